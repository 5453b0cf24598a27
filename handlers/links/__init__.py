"""Missing links: answer the members who ask for one, and tell authors whose
announcement points at a link it does not carry.

Memory: see `handlers.links.memory`; other features read it through `open_requests`.
Timers: `links:missing:{post_id}` fires `TickFired(name="links.missing", payload={"post_id"})`;
`links:settle:{post_id}` fires `links.settle` once a request's settle delay is over (`handlers.links.settle`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from bot import markup, review
from bot.actions import Action, CancelTimer, Remember, ReplyToPost, ScheduleTimer, SendPrivateMessage, reply
from bot.audience import cited, topic_audience
from bot.ctx import Ctx
from bot.events import MentionReceived, PostCreated, PostEdited, TickFired
from bot.forum import NotFound
from bot.i18n import Messages
from bot.mentions import parse_mention
from bot.models import Post, Topic
from bot.routing import Router
from bot.text import analyse
from handlers.links.answer import Reason, because, reason_fields, says_broken
from handlers.links.bursts import RequestGroup, command_group, group_of, request_groups, same_kinds, unique
from handlers.links.candidates import (
    Candidate,
    addressed,
    elsewhere,
    follow_up_link,
    related_announcements,
    same_subject,
)
from handlers.links.decision import Decision, decide
from handlers.links.evaluate import evaluate
from handlers.links.forgotten import forgotten_link, missing_links, points_at_the_opening
from handlers.links.given import carries_link, excerpt
from handlers.links.memory import (
    NS,
    Outcome,
    RequestRecord,
    for_link,
    mark,
    request_record,
    topic_key,
    topic_state,
    waits,
)
from handlers.links.model import judge
from handlers.links.settings import LinksSettings
from handlers.links.settle import SETTLE, ask_timer, asks_at, settle_timer, settles_at
from handlers.links.text import (
    asks_scribe_for,
    doubt_cues,
    in_doubt,
    is_agreement,
    is_request,
    kind_label,
    kinds_of,
    mail_not_come,
    offer_asked,
    wanted_kinds,
)
from handlers.meetings import known_meetings
from handlers.meetings.meeting import Meeting

router = Router("links", settings=LinksSettings)
router.evaluation(evaluate)
TIMER = "links.missing"
MAX_MENTIONS = 10


def _not_pm(event: PostCreated | PostEdited) -> bool:
    return event.post.archetype != "private_message"


def _tick(event: TickFired) -> bool:
    return event.name == TIMER


def _settle_tick(event: TickFired) -> bool:
    return event.name == SETTLE


def _asks_for_link(event: MentionReceived) -> bool:
    return event.post.archetype != "private_message" and is_request(analyse(event.post).text)


@router.on(MentionReceived, _asks_for_link)
async def on_request_to_scribe(event: MentionReceived, ctx: Ctx) -> list[Action]:
    """ "@scribe il manque le lien ?" is a link request addressed to scribe: answered with the link. In
    review, the burst it joins may have had its answer proposed to the moderators only: the member
    who asks scribe directly is answered as by the `link` command."""
    actions = await answer_request(event.post, ctx)
    if ctx.settings.of(LinksSettings).in_review and not any(isinstance(a, ReplyToPost) for a in actions):
        return actions + await link_command(event, ctx)
    return actions


def _asks_scribe_for_a_thing(event: MentionReceived) -> bool:
    if not event.direct or event.post.archetype == "private_message":
        return False
    text = analyse(event.post).text
    return not is_request(text) and asks_scribe_for(text)


@router.on(MentionReceived, _asks_scribe_for_a_thing)
async def on_thing_asked_of_scribe(event: MentionReceived, ctx: Ctx) -> list[Action]:
    """ "@scribe le programme ?": asked directly for a thing a link gives, scribe answers as the `link` command
    does (the link, or why none is sure), not that it did not understand "le"."""
    return await link_command(event, ctx)


@router.on(PostCreated, _not_pm)
async def on_post(event: PostCreated, ctx: Ctx) -> list[Action]:
    """A request nobody addressed to scribe waits for the settle delay (`handlers.links.settle`) unless
    read once it is over; a follow-up (the link asked for has come) goes at once."""
    post = event.post
    unasked = bool(ctx.settings.of(LinksSettings).answer_unasked) and not event.answered
    at = settles_at(post, ctx) if unasked else None
    if at is not None:
        waiting: list[Action] = [settle_timer(post, at)] if await _may_ask(post, ctx) else []
        return waiting + _reviewed(await follow_up(post, ctx), ctx) + await watch_announcement(post, ctx)
    # read once its settle delay is over (a catch-up): asking the announcer still waits its own delay
    patient = unasked and ctx.settings.of(LinksSettings).settle_minutes > 0
    actions = await answer_request(post, ctx, patient=patient) if unasked else []
    if not actions:
        actions = await follow_up(post, ctx)
    return _reviewed(actions, ctx) + await watch_announcement(post, ctx)


@router.on(TickFired, _settle_tick)
async def on_settled(event: TickFired, ctx: Ctx) -> list[Action]:
    """The settle delay of a request is over: the post is read again as it stands (edited, deleted)
    and dealt with on the thread as it is now, so a member's answer meanwhile makes scribe silent."""
    post = await ctx.forum.post(int(event.payload.get("post_id") or 0))
    if post is None or not post.shown or ctx.ignores(post.username):
        return []
    if not ctx.settings.of(LinksSettings).answer_unasked:
        return []
    return _reviewed(await answer_request(post, ctx, patient=not event.payload.get("ask")), ctx)


@router.on(PostEdited, _not_pm)
async def on_edit(event: PostEdited, ctx: Ctx) -> list[Action]:
    return _reviewed(await follow_up(event.post, ctx), ctx) + await watch_announcement(event.post, ctx)


def _reviewed(actions: list[Action], ctx: Ctx) -> list[Action]:
    """In review (`answer_unasked = "review"`), what scribe would post in a topic on its own goes to
    the review group instead (`bot.review`). The requests are recorded as dealt with, so nothing is
    proposed twice."""
    if not ctx.settings.of(LinksSettings).in_review:
        return actions
    return [_for_review(a, ctx) if isinstance(a, ReplyToPost) else a for a in actions]


def _for_review(action: ReplyToPost, ctx: Ctx) -> SendPrivateMessage:
    title = ctx.t("links.review_title", topic=action.topic_id, post=action.reply_to_post_number or 1)
    return review.for_review(action, ctx, title, "links.review_pm")


@router.on(TickFired, _tick)
async def on_tick(event: TickFired, ctx: Ctx) -> list[Action]:
    post_id = int(event.payload.get("post_id") or 0)
    return await check_announcement(post_id, ctx) if post_id else []


@router.command("lien", "link", "liens", "links", help="links.help")
async def link_command(event: MentionReceived, ctx: Ctx) -> list[Action]:
    """Asked directly: always answers, cooldown or not, but gives a link only by the rule of every
    answer (`decide`); when unsure it says so, and points at the posts whose links could fit."""
    post = event.post
    topic = await ctx.forum.topic_window(post.topic_id, post.id)
    sessions = await _sessions(ctx, topic)
    order = ctx.settings.date_order
    also = event.command in ("et", "and")
    group = command_group(topic, post, kinds_of(event.args), ctx.bot_username, sessions, order, also=also)
    groups = request_groups(topic, ctx.bot_username, sessions=sessions, order=order)
    decision = await _decision(topic, group, ctx, groups)
    found = decision.found
    if decision.action == "answer" and found is not None:
        raw = await _with_source(ctx, found, "links.command_found", "links.command_meeting")
        answer = replace(reply(event, raw, "links"), sources=_sources(ctx, found))
        return [answer, *await _given_while_waiting(post, group, groups, answer.key, ctx)]
    return [reply(event, _not_sure(topic, group, decision, ctx), "links")]


async def _given_while_waiting(
    post: Post, group: RequestGroup, groups: list[RequestGroup], key: str, ctx: Ctx
) -> list[Action]:
    """The requests for the same link still within their settle or ask delay when the command gives it: recorded
    as answered by it, so that the end of their delay adds no second answer."""
    actions: list[Action] = []
    for waiting in groups:
        if _waits_until(waiting, ctx, asking=True, meetings=()) is None or not same_kinds(waiting.kinds, group.kinds):
            continue
        before = [r.post for r in waiting.requests if r.post.post_number < post.post_number]
        unrecorded = [p for p in before if await request_record(ctx, p.id) is None]
        actions += mark(unrecorded, "answered", key, waiting.kinds)
    return actions


def _not_sure(topic: Topic, group: RequestGroup, decision: Decision, ctx: Ctx) -> str:
    """What a member who asked scribe directly is told when no link is sure: the post that already
    answers, or the posts of this topic whose links could fit (as candidates, no link stated), and
    who posted the announcement (named, not pinged: the member decides whether to ask them)."""
    if decision.answered is not None:
        return ctx.t("links.command_answered", post=markup.post_link(topic.id, decision.answered))
    kind = kind_label(wanted_kinds(group.kinds), ctx.messages)
    posts = sorted({c.post_number for c in decision.could if c.post_number})
    count = len({c.url for c in decision.could})
    if count > 1:
        raw = ctx.t("links.command_unsure", kind=kind, count=count, posts=markup.post_links(topic.id, posts))
    else:
        raw = ctx.t("links.command_none", kind=kind)
    if decision.who:
        raw += " " + ctx.t("links.command_announcer", announcer=markup.plain_name(decision.who))
    return raw


async def _decision(
    topic: Topic, group: RequestGroup, ctx: Ctx, groups: list[RequestGroup], meetings: list[Meeting] | None = None
) -> Decision:
    """The decision on a burst of requests, the same for every path that may give a link: the
    topic's own (`decide`, `groups`: the topic's bursts as this path grouped them), else the
    announcement of another topic about the same thing."""
    meetings = await _meetings(ctx, topic) if meetings is None else meetings
    decision = _decided(topic, group, ctx, meetings, groups)
    if decision.found is None and decision.answered is None and ctx.settings.of(LinksSettings).look_elsewhere:
        found_elsewhere = await _announced_elsewhere(topic, group, ctx)
        if found_elsewhere is not None:
            decision = Decision("answer", found_elsewhere, decision.who)
    return decision


def _decided(
    topic: Topic, group: RequestGroup, ctx: Ctx, meetings: list[Meeting], groups: list[RequestGroup]
) -> Decision:
    """`decide`, with nobody to ask when the announcer is one of the forum's own accounts (a
    category's description, a welcome topic): they announce nothing and read no ping."""
    decision = decide(topic, group, ctx.bot_username, meetings, groups)
    if not decision.who or not ctx.ignores(decision.who):
        return decision
    if decision.action == "ask":
        return replace(decision, action="silent", who=None, why=because("no_announcement"))
    return replace(decision, who=None)


@router.preview
async def preview(topic: Topic, ctx: Ctx) -> dict[str, Any]:
    bot = ctx.bot_username
    meetings = await _meetings(ctx, topic)
    requests = []
    groups = await _bursts(ctx, topic)
    for group in groups:
        decision = _decided(topic, group, ctx, meetings, groups)
        found = decision.found
        answer = {"post_number": found.post_number, "url": found.url} if found else None
        waiting = _waits_until(group, ctx, asking=decision.action == "ask", meetings=meetings)
        requests.append(
            {
                "post_number": group.first.post_number,
                "waiting_until": waiting.astimezone(ctx.settings.tz).isoformat() if waiting else None,
                "post_numbers": group.post_numbers,
                "askers": group.askers,
                "kinds": sorted(wanted_kinds(group.kinds)),
                "announcer": decision.who,
                "answer": answer,
                "decision": decision.action,
                **reason_fields(decision.why),
            }
        )
    missing = [{"post_number": p.post_number, "phrase": phrase} for p, phrase in missing_links(topic, bot)]
    asked = {n for group in groups for n in group.post_numbers}
    doubts = [
        {
            "post_number": p.post_number,
            "why": "may ask for a link, in words the rules are not sure of (a model may judge)",
            "cues": list(doubt_cues(analyse(p).text)),
        }
        for p in topic.posts
        if p.is_regular and p.post_number not in asked and in_doubt(analyse(p).text)
    ]
    return {"link_requests": requests, "missing_links": missing, "in_doubt": doubts}


def _waits_until(group: RequestGroup, ctx: Ctx, *, asking: bool, meetings: Sequence[Meeting]) -> datetime | None:
    """Until when a burst still waits (`handlers.links.settle`): one nobody addressed to scribe, whose first request
    is younger than the settle delay, or, when scribe would ask the announcer, than the ask delay (`asks_at`),
    while scribe answers those. Addressed as the running bot reads it (`bot.mentions`): "> @scribe …" cites someone
    else's words."""
    links = ctx.settings.of(LinksSettings)
    if not links.answer_unasked or parse_mention(group.first, ctx.bot_username):
        return None
    later = asks_at(group.first, ctx, meetings) if asking and links.settle_minutes > 0 else None
    return later or settles_at(group.first, ctx)


@router.preview_lines("link_requests")
def request_line(item: dict[str, Any], messages: Messages) -> str:
    """A link request with scribe's decision and its reason in full: the reason is what a moderator reads.
    A request still within its settle delay says until when it waits, then what scribe decides on the
    thread as it is now (a member may answer first)."""
    who = ", ".join(item.get("askers") or [])
    kinds = ", ".join(_worded(messages, "kinds", k) for k in item.get("kinds") or []) or messages.get(
        "links.preview.a_link"
    )
    decision = _worded(messages, "decisions", str(item.get("decision")))
    if item.get("waiting_until"):
        until = datetime.fromisoformat(item["waiting_until"])
        decision = messages.get("links.preview.waiting", until=f"{until:%H:%M}", decision=decision)
    line = messages.get(
        "links.preview.request",
        post=item["post_number"],
        who=who,
        kinds=kinds,
        decision=decision,
        why=_reason(item, messages),
    )
    return line.rstrip(" —")


@router.preview_lines("missing_links")
def missing_line(item: dict[str, Any], messages: Messages) -> str:
    """An announcement that promises a link it does not carry: its author gets a private note."""
    return messages.get("links.preview.missing", post=item["post_number"], phrase=item.get("phrase") or "")


@router.preview_lines("in_doubt")
def doubt_line(item: dict[str, Any], messages: Messages) -> str:
    """A post that may ask for a link in words the rules are unsure of: the ways of asking it shows, and what happens
    to it, with or without a model."""
    keys = [f"links.preview.cues.{cue}" for cue in item.get("cues") or ()]
    told = [messages.get(key) for key in keys if messages.has(key)]
    return messages.get("links.preview.doubt", post=item["post_number"], cues=f" ({', '.join(told)})" if told else "")


def _reason(item: dict[str, Any], messages: Messages) -> str:
    """Why scribe is silent, in the forum's words: the stored message and its values; the English
    `why` as it is for an item without them."""
    reason = Reason.from_json(item.get("reason"))
    return reason.words(messages) if reason is not None else str(item.get("why") or "")


def _worded(messages: Messages, table: str, value: str) -> str:
    """A kind or a decision of the preview in the forum's words; a value the catalogue lacks as it is."""
    key = f"links.preview.{table}.{value}"
    return messages.get(key) if messages.has(key) else value


def _reading(text: str, ctx: Ctx) -> tuple[bool, bool, bool]:
    """Whether a post asks for a link, may ask in words the rules are unsure of (with a model to judge
    them) or echoes a request ("+1", "the mail has not come")."""
    requesting = is_request(text) or offer_asked(text) == "open"
    doubtful = not requesting and ctx.llm is not None and in_doubt(text)
    return requesting, doubtful, is_agreement(text) or mail_not_come(text)


async def _may_ask(post: Post, ctx: Ctx) -> bool:
    """Whether the post may be a request once its delay is over: one that asks or may ask; a "+1" only
    where a request left its mark on the topic (a "+1" to a request still waiting joins its burst then)."""
    requesting, doubtful, echo = _reading(analyse(post).text, ctx)
    return requesting or doubtful or (echo and bool(await _topic_state(ctx, post.topic_id)))


async def answer_request(post: Post, ctx: Ctx, patient: bool = False) -> list[Action]:
    """One answer per burst: the link with its source, or a request to the announcer (`patient`: once the ask
    delay is over, `handlers.links.settle.asks_at`)."""
    requesting, doubtful, echo = _reading(analyse(post).text, ctx)
    if not (requesting or doubtful or echo):
        return []  # most posts: no memory read, no topic read
    if await request_record(ctx, post.id):
        return []
    judged: list[Action] = []
    state = await _topic_state(ctx, post.topic_id)
    if doubtful:
        judgement = await judge(post, ctx)
        if judgement is not None and judgement.link_request:
            kinds = [] if judgement.kind in ("other", "none") else [judgement.kind]
            state = {**state, "confirmed": {**state.get("confirmed", {}), str(post.post_number): kinds}}
            judged.append(_remember_topic(post.topic_id, state))
    confirmed = {int(n): frozenset(k) for n, k in (state.get("confirmed") or {}).items()}
    # A "+1" matters only right after a request, which left its mark on the topic:
    # no need to read the whole topic for every "+1" of a debate.
    if not (requesting or post.post_number in confirmed) and (not echo or not state):
        return judged
    topic = await ctx.forum.topic_window(post.topic_id, post.id)
    groups = await _bursts(ctx, topic, confirmed)
    group = group_of(groups, post.post_number)
    if group is None:
        return judged
    return judged + await _answer_group(post, topic, group, groups, ctx, state, patient)


async def _answer_group(
    post: Post,
    topic: Topic,
    group: RequestGroup,
    groups: list[RequestGroup],
    ctx: Ctx,
    state: dict[str, Any],
    patient: bool = False,
) -> list[Action]:
    """The decision for the burst a new request belongs to, among the topic's `groups` (`state`: the
    topic's memory)."""
    records = {r.post.id: await request_record(ctx, r.post.id) for r in group.requests}
    kept = waits(state)
    # the wait for this burst's link, if any (the newest; one still holding first)
    alike = [w for w in kept if for_link(w, group.kinds)]
    held = next((w for w in reversed(alike) if not _lapsed(w, ctx)), alike[-1] if alike else None)
    # past `wait_days` the ask no longer holds the topic's requests for other links back, and a new request for its
    # link may have the announcer asked again; a newer post of the announcer without the link does not end it
    lapsed = held is not None and _lapsed(held, ctx)
    # an ask still holding for another link: its link, when it comes, is not this burst's
    other = next((w for w in kept if not for_link(w, group.kinds) and not _lapsed(w, ctx)), None)
    done = {pid: _settled(record, lapsed) for pid, record in records.items()}
    burst = [r.post for r in group.requests if not done[r.post.id]]
    waiting = held if held is not None and not lapsed else None
    silent = next((r for r in records.values() if r is not None and r.outcome == "silent" and _sticky(r)), None)
    if silent is not None and not waiting:
        return [*mark(burst, "silent", None, group.kinds, silent.why)]
    if waiting or any(done.values()) or _cooling(state, ctx):
        outcome: Outcome = "joined" if waiting or any(done.values()) else "cooldown"
        actions: list[Action] = [*mark(burst, outcome, None, group.kinds)]
        if waiting:
            askers = unique([*waiting.get("askers", []), *(p.username for p in burst)])
            joined = [{**w, "askers": askers} if w is waiting else w for w in kept]
            actions.append(_remember_topic(topic.id, state, waits=joined))
        return actions
    meetings = await _meetings(ctx, topic)
    decision = await _decision(topic, group, ctx, groups, meetings)
    if decision.action == "silent" or other is not None:
        # the topic's mark lets the "+1"s that follow join the request (see above); while scribe waits on
        # the announcer for another link, this topic's links are not settled: no other link is given
        why = decision.why if decision.action == "silent" or other is None else _awaiting(other, ctx)
        return [
            *mark(burst, "silent", None, group.kinds, why),
            _remember_topic(topic.id, state, last_request_at=ctx.now.isoformat()),
        ]
    who, found = decision.who, decision.found
    askers = unique(p.username for p in burst)
    key = f"reply:{post.id}:links"
    if found is not None:
        raw = await _with_source(ctx, found, "links.answer", "links.answer_meeting", askers=_names(askers, ctx, "@"))
        return [
            ReplyToPost(
                key, topic.id, raw, post.post_number, tuple(askers[:MAX_MENTIONS]), sources=_sources(ctx, found)
            ),
            *mark(burst, "answered", key, group.kinds),
            _remember_topic(topic.id, state, last_answer_at=ctx.now.isoformat()),
        ]
    later = asks_at(group.first, ctx, meetings) if patient else None
    if later is not None:
        return [ask_timer(post, later)]
    kind = kind_label(wanted_kinds(group.kinds), ctx.messages)
    words = "links.ask_dead" if says_broken(group) else "links.ask"
    raw = ctx.t(words, announcer=markup.plain_name(who or ""), askers=_names(askers, ctx, ""), kind=kind)
    mentions: tuple[str, ...] = (who,) if who else ()
    # asked again for the same link: those who asked the first time are still told when it comes
    earlier = held.get("askers", []) if held is not None else []
    wait = {
        "askers": unique([*earlier, *askers]),
        "announcer": who,
        "first_post_id": group.first.id,
        "first_post_number": group.first.post_number,
        "kinds": sorted(group.kinds),
        "asked_at": ctx.now.isoformat(),
    }
    return [
        ReplyToPost(key, topic.id, raw, post.post_number, mentions),
        *mark(burst, "asked", key, group.kinds),
        _remember_topic(
            topic.id, state, last_answer_at=ctx.now.isoformat(), waits=[*(w for w in kept if w is not held), wait]
        ),
    ]


async def follow_up(post: Post, ctx: Ctx) -> list[Action]:
    """A link the announcer was asked for has appeared: tell the askers of its wait, once, and end the wait.
    Each wait is for its own link: a post giving two links asked for tells each wait's askers, naming
    nobody twice."""
    state = await _topic_state(ctx, post.topic_id)
    kept = waits(state)
    if not kept or not carries_link(post):
        return []
    topic = await ctx.forum.topic_window(post.topic_id, post.id)
    trusting = [w for w in kept if _may_give(post, topic, w)]
    if not trusting:
        return []
    groups = await _bursts(ctx, topic)
    meetings: list[Meeting] | None = None
    # those the new post replies to, quotes or names were told by the forum itself
    told = addressed(post, topic)
    replies: list[Action] = []
    ended: list[dict[str, Any]] = []
    for wait in trusting:
        # the burst it answers, so that a link is given only for the thing it asked about
        group = group_of(groups, int(wait.get("first_post_number") or 0))
        if group is None:
            continue
        meetings = await _meetings(ctx, topic) if meetings is None else meetings
        kinds = frozenset(wait.get("kinds") or ())
        # only a link of this new post: the ones before were there when the announcer was asked
        found = follow_up_link(topic, ctx.bot_username, kinds, wait.get("announcer"), meetings, group, post)
        if found is None:
            continue
        ended.append(wait)
        askers = [a for a in wait.get("askers") or [] if a.lower() not in told]
        told |= {a.lower() for a in askers}
        if askers:
            replies.append(await _told(ctx, topic, wait, askers, found))
    if not ended:
        return []
    left = [w for w in kept if all(w is not e for e in ended)]
    if not replies:
        return [_remember_topic(topic.id, state, waits=left)]
    return [*replies, _remember_topic(topic.id, state, last_answer_at=ctx.now.isoformat(), waits=left)]


def _may_give(post: Post, topic: Topic, wait: dict[str, Any]) -> bool:
    """A post that may carry the link a wait is for: the opening post, or one by the announcer asked, the
    topic's author or staff."""
    trusted = {n.lower() for n in (wait.get("announcer"), topic.author) if n}
    return post.post_number == 1 or post.username.lower() in trusted or post.staff


async def _told(ctx: Ctx, topic: Topic, wait: dict[str, Any], askers: list[str], found: Candidate) -> ReplyToPost:
    """The follow-up telling a wait's askers their link has come."""
    raw = await _with_source(ctx, found, "links.followup", "links.followup", askers=_names(askers, ctx, "@"))
    return ReplyToPost(
        f"reply:{wait.get('first_post_id')}:links-followup",
        topic.id,
        raw,
        int(wait.get("first_post_number") or 0) or None,
        tuple(askers[:MAX_MENTIONS]),
        sources=_sources(ctx, found),
    )


async def watch_announcement(post: Post, ctx: Ctx) -> list[Action]:
    """A post that points at a link it lacks: look again after the grace period."""
    key = f"missing:{post.id}"
    state = await ctx.memory.get(NS, key)
    if forgotten_link(post) is None:
        if state and state.get("state") == "scheduled" and carries_link(post):
            return [CancelTimer(f"links:missing:{post.id}"), Remember(NS, key, {"state": "resolved"})]
        return []
    if state or ctx.settings.of(LinksSettings).notify == "none":
        return []
    grace = timedelta(minutes=ctx.settings.of(LinksSettings).grace_minutes)
    at = max(post.created_at + grace, ctx.now)
    return [
        ScheduleTimer(f"links:missing:{post.id}", at, TIMER, {"post_id": post.id, "topic_id": post.topic_id}),
        Remember(NS, key, {"state": "scheduled", "at": at.isoformat()}),
    ]


async def check_announcement(post_id: int, ctx: Ctx) -> list[Action]:
    """At the end of the grace period: re-read the post; if the link is still missing, tell its author."""
    key = f"missing:{post_id}"
    state = await ctx.memory.get(NS, key) or {}
    if state.get("state") in ("notified", "resolved"):
        return []
    post = await ctx.forum.post(post_id)
    if post is None or not post.is_regular:
        return [Remember(NS, key, {"state": "resolved"})]
    phrase = forgotten_link(post)
    if phrase is None or await _link_posted_next(post, ctx) or await _points_at_the_opening(post, phrase, ctx):
        return [Remember(NS, key, {"state": "resolved"})]
    url = f"/t/{post.topic_slug or '-'}/{post.topic_id}/{post.post_number}"
    mode = ctx.settings.of(LinksSettings).notify
    done = Remember(NS, key, {"state": "notified", "via": mode})
    if mode == "pm":
        raw = ctx.t("links.missing_pm", username=markup.plain_name(post.username), phrase=markup.inert(phrase), url=url)
        return [
            SendPrivateMessage(f"pm:{post.id}:links-missing", (post.username,), ctx.t("links.missing_title"), raw),
            done,
        ]
    if mode == "reply":
        raw = ctx.t("links.missing_reply", username=markup.plain_name(post.username), phrase=markup.inert(phrase))
        return [
            ReplyToPost(f"reply:{post.id}:links-missing", post.topic_id, raw, post.post_number, (post.username,)),
            done,
        ]
    return [done]


async def _points_at_the_opening(post: Post, phrase: str, ctx: Ctx) -> bool:
    """A reply pointing at a link the opening post gives (`points_at_the_opening`)."""
    if post.post_number == 1:
        return False
    opening = await ctx.forum.post_by_number(post.topic_id, 1)
    return opening is not None and points_at_the_opening(phrase, post, opening)


async def _link_posted_next(post: Post, ctx: Ctx) -> bool:
    """The author put the link in their next post instead ("ci-dessous" meaning the next message)."""
    try:
        topic = await ctx.forum.topic_window(post.topic_id, post.id, before=0, after=2)
    except NotFound:
        return False
    later = [p for p in topic.posts if p.post_number > post.post_number][:2]
    return any(p.username == post.username and carries_link(p) for p in later)


async def _with_source(ctx: Ctx, found: Candidate, key: str, meeting_key: str, **values: Any) -> str:
    """The message with the link and a quote of the post it comes from (or the meeting's title)."""
    post = found.post
    if post is None and found.post_number:
        post = await _post_in(ctx, found.topic_id, found.post_number)
    url, title = markup.url(found.url), markup.inert(found.title or "")
    if post is None:
        return ctx.t(meeting_key, url=url, title=title, quote="", **values).rstrip()
    quote = markup.quote(post.username, post.post_number, post.topic_id, excerpt(post, found.url))
    return ctx.t(key, url=url, quote=quote, title=title, **values)


async def _announced_elsewhere(topic: Topic, group: RequestGroup, ctx: Ctx) -> Candidate | None:
    """The link in the announcement of another topic of the same category about what is asked."""
    try:
        ids = related_announcements(topic, group, await ctx.forum.latest_topics(30))
        others = [await ctx.forum.topic(i) for i in ids]
    except NotFound:
        return None
    return elsewhere(group, ctx.bot_username, others)


def _sources(ctx: Ctx, found: Candidate) -> tuple[int, ...]:
    """The topic an answer's link comes from and, when the link is one of the forum's own topics, that
    topic too: the last guard withholds the answer from readers who cannot read either (a topic only
    staff read opens for nobody else)."""
    link, home = urlsplit(found.url), urlsplit(ctx.settings.forum.url or "")
    if link.netloc and link.netloc.lower() != home.netloc.lower():
        return (found.topic_id,)
    return (found.topic_id, *sorted(cited(link.path)))


async def _post_in(ctx: Ctx, topic_id: int, post_number: int) -> Post | None:
    return await ctx.forum.post_by_number(topic_id, post_number)


async def _meetings(ctx: Ctx, topic: Topic) -> list[Meeting]:
    """The meetings that may answer in the topic (of the same subject, with a link) or tell when its sessions were
    held (its own, link or not), and may be named there (`bot.audience`)."""

    def may_answer(m: Meeting) -> bool:
        return m.topic_id == topic.id or (bool(m.link) and same_subject(m.title, topic.title))

    return await known_meetings(ctx, await topic_audience(ctx.forum, topic.id), may_answer)


async def _bursts(ctx: Ctx, topic: Topic, confirmed: Mapping[int, frozenset[str]] | None = None) -> list[RequestGroup]:
    """The topic's bursts of requests (`request_groups`) with its own sessions, numeric dates read as the forum
    writes them; `confirmed`: posts a model took for requests."""
    sessions, order = await _sessions(ctx, topic), ctx.settings.date_order
    return request_groups(topic, ctx.bot_username, confirmed=confirmed, sessions=sessions, order=order)


async def _sessions(ctx: Ctx, topic: Topic) -> list[Meeting]:
    """The topic's own meetings, link or not: whether one was held tells if "will it be recorded?" asks."""
    return await known_meetings(ctx, await topic_audience(ctx.forum, topic.id), topic_id=topic.id)


async def _topic_state(ctx: Ctx, topic_id: int) -> dict[str, Any]:
    return topic_state(await ctx.memory.get(NS, topic_key(topic_id)))


def _remember_topic(topic_id: int, state: dict[str, Any], **changes: Any) -> Remember:
    return Remember(NS, topic_key(topic_id), {**state, **changes})


def _settled(record: RequestRecord | None, lapsed: bool = False) -> bool:
    """A request already answered or waiting with others; one held back by the cooldown or by a wait on
    the announcer for another link is not, nor one whose own wait on the announcer has `lapsed`."""
    if record is None or record.outcome == "cooldown" or not _sticky(record):
        return False
    return not (lapsed and record.outcome in ("asked", "joined"))


def _lapsed(waiting: dict[str, Any], ctx: Ctx) -> bool:
    """Whether scribe asked the announcer more than `[links] wait_days` ago; a wait of no known date
    still holds (scribe stays quiet)."""
    asked = waiting.get("asked_at")
    if not asked:
        return False
    return ctx.now - datetime.fromisoformat(asked) >= timedelta(days=ctx.settings.of(LinksSettings).wait_days)


def _sticky(record: RequestRecord) -> bool:
    """A decision the burst keeps: all but a silence while waiting on the announcer for another link,
    which ends."""
    return record.outcome != "silent" or record.why is None or record.why.key != "awaiting_other"


def _awaiting(waiting: dict[str, Any], ctx: Ctx) -> Reason:
    """Why no link is given while scribe waits on the announcer for another one."""
    days = ctx.settings.of(LinksSettings).wait_days
    return because("awaiting_other", post=int(waiting.get("first_post_number") or 0), days=f"{days:g}")


def _cooling(state: dict[str, Any], ctx: Ctx) -> bool:
    last = state.get("last_answer_at")
    if not last:
        return False
    return ctx.now - datetime.fromisoformat(last) < timedelta(minutes=ctx.settings.of(LinksSettings).cooldown_minutes)


def _names(names: list[str], ctx: Ctx, prefix: str) -> str:
    shown = [f"{prefix}{markup.plain_name(n)}" for n in names]
    if len(shown) <= 1:
        return "".join(shown)
    return f"{', '.join(shown[:-1])} {ctx.t('links.and')} {shown[-1]}"
