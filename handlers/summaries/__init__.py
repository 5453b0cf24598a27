"""Thread syntheses, posted back to the forum as new topics.

`@scribe synthèse` / `@scribe summary` in a topic, or the periodic tick
`summaries.periodic` for topics with enough new posts, produce a synthesis: by the
language model when one is configured (`ctx.llm`), updated from the previous synthesis
with only the new posts; offline and extractive otherwise, or whenever the model fails.

Memory (namespace `summaries`, key = topic id): the last synthesis, its highest post
number and the key it was posted under. Forum writes are keyed
`summary:{topic_id}:{highest_post_number}`, so the same state is never posted twice.
"""

from __future__ import annotations

import argparse
import logging
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from bot.actions import Action, Asker, CreateTopic, Image, Remember, ReplyToPost, reply, run_job
from bot.audience import topic_audience
from bot.config import ConfigError, Settings
from bot.ctx import Ctx
from bot.events import MentionReceived, PostDeleted, TickFired
from bot.hygiene import topic_link
from bot.i18n import Messages
from bot.llm import LlmError
from bot.markup import inert
from bot.models import Category, Topic
from bot.oneshot import Kit, report
from bot.routing import Router
from bot.schedule import Schedule
from bot.text import QUESTION_WORDS, analyse, fold
from handlers.meetings import upcoming_meetings
from handlers.meetings.meeting import utc_iso
from handlers.proposals import Proposal, rank_proposals, stored_ranking, support_chart
from handlers.proposals.label import ends_whole
from handlers.summaries import bench
from handlers.summaries.check import check_draft
from handlers.summaries.evaluate import evaluator
from handlers.summaries.llm import llm_synthesis
from handlers.summaries.model import DecisionRecord, Draft, LinkRef, MeetingRef, ProposalRef, Synthesis, Theme
from handlers.summaries.offline import Roles, offline_draft, roles, theme_for
from handlers.summaries.points import points_evaluator
from handlers.summaries.polls import poll_outcomes
from handlers.summaries.render import render_synthesis, summary_title
from handlers.summaries.settings import SummariesSettings
from handlers.summaries.text import language_of, squash
from handlers.summaries.text import sentences as split_sentences

log = logging.getLogger(__name__)
router = Router("summaries", settings=SummariesSettings)
NAMESPACE = "summaries"
PERIODIC = "summaries.periodic"
JOB = "summaries.job"
MAX_LINKS = 5
MAX_PROPOSALS = 12
DECISION_CHARS = 200


def topic_language(topic: Topic, default: str) -> str:
    return language_of([analyse(p).text for p in topic.posts[:40] if p.is_regular], default)


def highest(topic: Topic) -> int:
    return max((p.post_number for p in topic.posts if p.is_regular), default=0)


async def previous_synthesis(topic_id: int, ctx: Ctx) -> Synthesis | None:
    stored = await ctx.memory.get(NAMESPACE, str(topic_id))
    if not isinstance(stored, dict) or "synthesis" not in stored:
        return None
    try:
        return Synthesis.model_validate(stored["synthesis"])
    except ValueError:
        return None


async def synthesize(
    topic: Topic,
    ctx: Ctx,
    proposals: list[Proposal] | None = None,
    previous: Synthesis | None = None,
    size: str = "full",
) -> Synthesis:
    """A synthesis of every post of `topic`, never failing: the offline path backs up the model.

    `previous` defaults to the one in memory; the model path then reads only posts after it.
    `proposals` defaults to the topic's ranking the proposals feature last computed (or
    computes now). Whatever the path, the same checks run before anything is rendered.
    scribe's own posts and the other bots' are not read: they are never a source.
    """
    # Whispers, deleted posts and posts hidden by flags are read by staff only: never a source.
    topic = replace(topic, posts=tuple(p for p in topic.posts if p.shown and not ctx.ignores(p.username)))
    language = topic_language(topic, ctx.settings.language)
    meetings = await meeting_refs(ctx, topic.id)
    who = topic_roles(topic, ctx, meetings)
    if proposals is None:
        proposals = await topic_proposals(topic, ctx)
    # every proposal, shown or not, is kept out of the positions: one idea in one place
    every_proposal = [t for p in proposals for t in (p.text, p.full, stated(p, topic), *p.restated) if t]
    proposals = shown_proposals(proposals)
    if previous is None and size == "full":
        previous = await previous_synthesis(topic.id, ctx)
    top = highest(topic)
    tokens = 0
    reason = ""
    draft: Draft | None = None
    covered: list[int] = []
    method = "offline"
    if ctx.llm is not None and size == "full":
        # The previous synthesis to build on, when the model wrote it in this language, it is not ahead,
        # and every post it read is still there (a post deleted while scribe only polls leaves no trace).
        standing = {p.post_number for p in topic.posts}
        base = (
            previous
            if previous is not None
            and previous.method == "llm"
            and previous.language == language
            and previous.highest_post_number <= top
            and set(previous.covered_post_numbers) <= standing
            else None
        )
        if base is not None and base.highest_post_number == top:
            return _decorate(base, topic, ctx, proposals, meetings)
        before = ctx.llm.tokens_used
        try:
            run = await llm_synthesis(
                topic,
                ctx.llm,
                language,
                who,
                previous=base.draft() if base is not None else None,
                since=base.highest_post_number if base is not None else 0,
            )
            draft = run.draft
            covered = sorted(set(run.covered) | (set(base.covered_post_numbers) if base is not None else set()))
            method = "llm"
        except LlmError as exc:
            # The reason goes to the log only: a model's error text never reaches a post.
            log.warning("synthesis of topic %s by the model failed (%s); using the offline synthesis", topic.id, exc)
            reason = "model"
        tokens = ctx.llm.tokens_used - before
    if draft is None:
        draft = offline_draft(
            topic,
            size=size,
            who=who,
            proposal_texts=every_proposal,
        )
        covered = [p.post_number for p in topic.posts]
    checked, report = check_draft(draft, topic, keep_thread_links=method == "offline", decides=who.decides)
    polls = poll_outcomes(topic, who.decides, Messages(language))
    checked = checked.model_copy(update={"decisions": [*checked.decisions, *polls]})
    if report.dropped_quotes or report.dropped_points or report.dropped_links or report.dropped_decisions:
        log.info("synthesis of topic %s: dropped %s", topic.id, report)
    synthesis = Synthesis(
        **checked.model_dump(),
        accepted_answers=sorted(
            {
                d.post_numbers[0]
                for d in checked.decisions
                if d.post_numbers
                and (post := topic.post(d.post_numbers[0])) is not None
                and who.only_accepted(post, d.text)
            }
        ),
        topic_id=topic.id,
        title=topic.title,
        language=language,
        covered_post_numbers=covered,
        highest_post_number=top,
        tokens_used=tokens,
        method=method,
        fallback_reason=reason,
    )
    return _decorate(synthesis, topic, ctx, proposals, meetings)


def topic_roles(topic: Topic, ctx: Ctx, meetings: list[MeetingRef]) -> Roles:
    """Who may decide: staff, configured organisers, the topic's author, whoever announced its meetings."""
    posts = {p.post_number: p.username for p in topic.posts}
    announcers = [posts[m.post_number] for m in meetings if m.post_number in posts]
    return roles(topic, ctx.settings.of(SummariesSettings).organisers, announcers)


async def topic_proposals(topic: Topic, ctx: Ctx) -> list[Proposal]:
    """The proposals feature's ranking: stored if any, computed otherwise."""
    stored = await stored_ranking(ctx, topic.id)
    if stored is not None:
        return stored
    try:
        return await rank_proposals(topic, ctx)
    except Exception:  # a failure of another feature must not cost the synthesis
        log.exception("proposals of topic %s could not be ranked for its synthesis", topic.id)
        return []


def _decorate(
    synthesis: Synthesis, topic: Topic, ctx: Ctx, proposals: list[Proposal] | None, meetings: list[MeetingRef]
) -> Synthesis:
    """What scribe knows without a model: meetings from memory, links from posts, proposals by theme."""
    return synthesis.model_copy(
        update={
            "meetings": meetings,
            "links": key_links(topic, set(ctx.settings.of(SummariesSettings).organisers), ctx.ignores),
            "proposals": top_proposals(proposals, synthesis.themes, topic),
        }
    )


async def meeting_refs(ctx: Ctx, topic_id: int) -> list[MeetingRef]:
    """The topic's meetings to come, as the meetings feature knows them."""
    return [
        MeetingRef(title=m.title, starts_at=utc_iso(m.start), link=m.link or "", post_number=m.post_number)
        for m in await upcoming_meetings(ctx, await topic_audience(ctx.forum, topic_id), topic_id)
    ]


TEMPLATE_URL = re.compile(
    r"/(?:USER(?:NAME)?|REPO(?:SITORY)?|OWNER|ORG|YOUR[\w-]*|[Yy]our[-_][\w-]+|<[^/>]*>|\{[^/}]*\})(?=[/?#]|$)"
)
"""A template to fill in ("github.com/USER/REPO", "/<your-id>"): nowhere to go."""
PERSONAL_URL = re.compile(r"/ls/click\?|[?&](?:upn|token|access_token|sig|signature|auth)=", re.I)
"""A link from someone's mail or session: its token is theirs, not the thread's."""


def key_links(
    topic: Topic, organisers: set[str] | frozenset[str] = frozenset(), ignores: Callable[[str], bool] = lambda _: False
) -> list[LinkRef]:
    """Links the thread vouched for: in a liked post, shared twice, or from staff, organisers or
    the topic's author; most shared and most liked first (user pages and uploads left out).
    Posts by scribe and the other bots (`ignores`) are never a source: only people vouch."""
    seen: dict[str, tuple[float, LinkRef]] = {}
    count: dict[str, int] = {}
    vouched: set[str] = set()
    opening = topic.post(1)
    trusted = {o.lower() for o in organisers} | ({opening.username.lower()} if opening else set())
    for p in topic.posts:
        if not p.is_regular or ignores(p.username):
            continue
        for link in analyse(p).links:
            url = link.url
            if not url.lower().startswith(("https://", "http://")) or "/u/" in url or "/uploads/" in url:
                continue
            if TEMPLATE_URL.search(url) or PERSONAL_URL.search(url):
                continue
            weight = 1 + p.like_count
            count[url] = count.get(url, 0) + 1
            if p.like_count or p.staff or p.username.lower() in trusted:
                vouched.add(url)
            if url in seen:
                w, ref = seen[url]
                seen[url] = (w + weight, ref)
            else:
                seen[url] = (
                    weight,
                    LinkRef(url=url, text=link.text if link.text != url else "", post_number=p.post_number),
                )
    kept = [v for url, v in seen.items() if url in vouched or count[url] > 1]
    ranked = sorted(kept, key=lambda x: (-x[0], x[1].post_number))[:MAX_LINKS]
    return sorted((ref for _, ref in ranked), key=lambda r: r.post_number)


POINTED = re.compile(
    r"\b(?:this|that|these|those) (?!(?:is|was|will|would|can|could|should|must|has|have|had|may|might)\b)[a-z]|"
    r"\b(?:it|ca|cela|ceci)\b"
)
"""What a proposal acts on, pointed at rather than named ("Please reconsider this decision", "allow us to
submit it"): its post says what; a synthesis read on its own cannot. "as this was due to…" names a cause."""


def shown_proposals(proposals: list[Proposal] | None, limit: int | None = None, per_post: int = 3) -> list[Proposal]:
    """The most supported proposals, at most `per_post` from one post until every post had its
    turn: a synthesis gives each contributor's ideas a place, not one long post's whole list.
    A proposal that points at what it acts on (`POINTED`) is left to the proposals feature."""
    ranked = sorted(
        (p for p in proposals or () if p.text and not POINTED.search(fold(p.text))),
        key=lambda p: (-p.supporters, p.post_numbers[0] if p.post_numbers else 0),
    )
    first: list[Proposal] = []
    later: list[Proposal] = []
    count: dict[int, int] = {}
    for p in ranked:
        origin = p.post_numbers[0] if p.post_numbers else 0
        count[origin] = count.get(origin, 0) + 1
        (first if count[origin] <= per_post else later).append(p)
    return (first + later)[: limit or MAX_PROPOSALS]


def whole_sentence(text: str, topic: Topic, numbers: list[int]) -> str:
    """A proposal cut short ("…") for a table, given whole in the synthesis: the sentence of its post."""
    if not text.endswith("…"):
        return text
    start = fold(squash(text.removesuffix("…")))
    for n in numbers:
        post = topic.post(n)
        if post is None:
            continue
        for sentence in split_sentences(analyse(post).text):
            if fold(squash(sentence)).startswith(start):
                return squash(sentence)
    return text


STATED_WORDS = 30
STILL_ASKS = re.compile(
    rf"(?:are|is|do|does|did|can|could|should|would|will|shall|have|has|{QUESTION_WORDS})\b"
    r"|[\w']+-(?:on|nous|vous|il|elle|ils|elles|tu)\b"
)
"""A label that still asks ("Are we using this thread, or should we…"): its frame was no frame."""


def stated(p: Proposal, topic: Topic) -> str:
    """A proposal as a synthesis gives it: the sentence that states it when that reads in one
    breath (a label drops articles and frames, fine in a table, terse in prose), else its label.
    A proposal put as a question to someone ("Pourriez-vous ajouter les liens… ?", "Could you
    extend…?") is given by its label, what is proposed ("Ajouter les liens…"), when that is whole."""
    first = split_sentences(p.full)[0] if p.full else ""
    if first.rstrip(' )»"”').endswith("?") and ends_whole(p.text) and not STILL_ASKS.match(fold(p.text)):
        return p.text
    if first and len(first.split()) <= STATED_WORDS and not first.rstrip().endswith(":"):
        return squash(first)
    return whole_sentence(p.text, topic, list(p.post_numbers))


def top_proposals(proposals: list[Proposal] | None, themes: list[Theme], topic: Topic) -> list[ProposalRef]:
    """The proposals shown (the best supported), each under the theme of the synthesis it belongs to,
    in the order the thread raised them: a synthesis follows the debate in every section, each
    proposal carries its support, and the support chart below them ranks them."""
    ranked = sorted(proposals or (), key=lambda p: raised_at(p, topic))
    return [
        ProposalRef(
            text=stated(p, topic),
            supporters=p.supporters,
            shared=p.shared,
            post_numbers=list(p.post_numbers),
            author=p.author,
            theme=theme_for(p.text, themes),
        )
        for p in ranked
    ]


def raised_at(p: Proposal, topic: Topic) -> tuple[int, int]:
    """Where the thread first states a proposal: its earliest post, and the place of its wording there."""
    number = min(p.post_numbers, default=0)
    post = topic.post(number)
    if post is None:
        return number, 0
    text = fold(squash(analyse(post).text))
    where = text.find(fold(squash(p.full or p.text))[:40])
    return number, where if where >= 0 else len(text)  # a wording not found: after the post's others


def decision_records(synthesis: Synthesis) -> list[dict[str, Any]]:
    """The synthesis's decisions as plain short records, for the weekly digest's "decided this week"
    (an answer the asker only accepted is not one)."""
    out = []
    for d in synthesis.decided():
        if not d.post_numbers:
            continue
        text = d.text if len(d.text) <= DECISION_CHARS else d.text[: DECISION_CHARS - 1].rstrip() + "…"
        record = DecisionRecord(
            topic_id=synthesis.topic_id,
            post_number=d.post_numbers[0],
            username=d.holders[0] if d.holders else "",
            text=text,
        )
        out.append(record.model_dump())
    return out


def memory_value(synthesis: Synthesis, key: str) -> dict[str, Any]:
    return {
        "synthesis": synthesis.model_dump(mode="json"),
        "highest_post_number": synthesis.highest_post_number,
        "key": key,
        "decisions": decision_records(synthesis),
    }


async def restricted_categories(ctx: Ctx) -> set[int]:
    cats: list[Category] = await ctx.forum.categories()
    return {c.id for c in cats if c.read_restricted}


async def synthesis_actions(topic: Topic, ctx: Ctx, asker: Asker | None = None) -> list[Action]:
    """Post the synthesis of `topic` (a new topic, or a reply) and remember it; `asker` is the
    post that asked for it, if any, which gets the answer."""
    messages = Messages(topic_language(topic, ctx.settings.language))
    top = highest(topic)
    if top == 0:
        return [reply(asker, messages.get("summaries.nothing"), "summary")] if asker else []
    key = f"summary:{topic.id}:{top}"
    stored = await ctx.memory.get(NAMESPACE, str(topic.id))
    if isinstance(stored, dict) and stored.get("key") == key:
        if asker is None:
            return []
        title = summary_title(messages.language, topic.title, top)
        return [reply(asker, messages.get("summaries.up_to_date", last=top, title=inert(title)), "summary")]
    synthesis = await synthesize(topic, ctx)
    raw = render_synthesis(synthesis, ctx.settings.timezone)
    chart = proposals_chart(synthesis)
    images = (chart,) if chart is not None else ()
    if chart is not None:
        raw = _before_footer(raw, chart.placeholder)
    settings = ctx.settings.of(SummariesSettings)
    # A message, a restricted category's topic or an unlisted one: its readers are not the category's.
    as_reply = settings.post_as == "reply" or topic.archetype == "private_message" or not topic.listed
    if not as_reply and topic.category_id is not None and topic.category_id != settings.category_id:
        as_reply = topic.category_id in await restricted_categories(ctx)
    actions: list[Action] = []
    if as_reply:
        intro = messages.get("summaries.reply_intro")
        actions.append(
            ReplyToPost(
                key=key,
                topic_id=topic.id,
                raw=f"{intro}\n\n{raw}",
                reply_to_post_number=asker.post_number if asker else None,
                images=images,
            )
        )
    else:
        title = summary_title(synthesis.language, topic.title, top)
        actions.append(CreateTopic(key=key, title=title, raw=raw, category_id=settings.category_id, images=images))
        where = ""
        if settings.category_id is not None:
            slug = next((c.slug for c in await ctx.forum.categories() if c.id == settings.category_id), None)
            where = messages.get("summaries.in_category", slug=slug) if slug else ""
        note = messages.get(
            "summaries.posted_topic",
            first=min(synthesis.covered_post_numbers, default=1),
            last=top,
            title=inert(title),
            where=where,
            bot=ctx.bot_username,
            url=topic_link(key),
        )
        if asker is not None:
            actions.append(reply(asker, note, "summary"))
        else:
            actions.append(ReplyToPost(key=f"{key}:notice", topic_id=topic.id, raw=note))
    actions.append(Remember(NAMESPACE, str(topic.id), memory_value(synthesis, key)))
    return actions


def proposals_chart(synthesis: Synthesis) -> Image | None:
    """The support chart of the synthesis's proposals: listed as the thread raised them, charted
    best supported first."""
    refs = sorted(synthesis.proposals, key=lambda p: -p.supporters)
    return support_chart([p.text for p in refs], [p.supporters for p in refs], synthesis.language)


def _before_footer(raw: str, line: str) -> str:
    """`line` on its own, just before the synthesis's closing rule (its method note)."""
    head, rule, foot = raw.rpartition("\n---\n")
    return f"{head}\n\n{line}\n{rule}{foot}" if rule else f"{raw}\n\n{line}\n"


@router.command("synthèse", "synthese", "summary", "summarize", help="summaries.help")
async def summary_command(event: MentionReceived, ctx: Ctx) -> list[Action]:
    """A synthesis reads the whole topic and may call the model: it runs as its own job."""
    return [run_job(JOB, event.post, ctx.now)]


@router.on(TickFired, lambda e: e.name == JOB)
async def summary_job(event: TickFired, ctx: Ctx) -> list[Action]:
    asker = Asker.from_payload(event.payload)
    return await synthesis_actions(await ctx.forum.topic(asker.topic_id), ctx, asker)


@router.on(TickFired, lambda e: e.name == PERIODIC or e.name.startswith(PERIODIC + "."))
async def periodic(event: TickFired, ctx: Ctx) -> list[Action]:
    """Synthesise topics with at least `summaries.min_new_posts` posts since their last synthesis."""
    settings = ctx.settings.of(SummariesSettings)
    own = ctx.settings.output_categories()
    restricted = await restricted_categories(ctx) if settings.post_as == "topic" else set()
    actions: list[Action] = []
    done = 0
    for listed in await ctx.forum.latest_topics(50):
        if done >= settings.max_topics:
            break
        if listed.archetype == "private_message" or listed.category_id in own or listed.category_id in restricted:
            continue
        if settings.post_as == "topic" and not listed.listed:
            continue
        if event.payload.get("category_id") is not None and listed.category_id != event.payload["category_id"]:
            continue
        stored = await ctx.memory.get(NAMESPACE, str(listed.id))
        last = int(stored.get("highest_post_number") or 0) if isinstance(stored, dict) else 0
        if max(listed.posts_count, highest(listed)) - last < settings.min_new_posts:
            continue
        topic = await ctx.forum.topic(listed.id)
        if highest(topic) - last < settings.min_new_posts:
            continue
        actions += await synthesis_actions(topic, ctx)
        done += 1
    return actions


@router.on(PostDeleted)
async def forget_removed(event: PostDeleted, ctx: Ctx) -> list[Action]:
    """A deleted or hidden post's words must leave the stored synthesis: the next one starts afresh."""
    return [Remember(NAMESPACE, str(event.post.topic_id), None)]


@router.preview
async def preview(topic: Topic, ctx: Ctx) -> dict[str, Any]:
    synthesis = await synthesize(topic, ctx)
    return {"summary": render_synthesis(synthesis, ctx.settings.timezone)}


router.preview_text("summary")


@router.schedule
def periodic_schedule(settings: Settings) -> list[Schedule]:
    day, _, time = settings.of(SummariesSettings).every.partition(" ")
    return [Schedule(PERIODIC, tuple(day.split(",")), time or "17:00", settings.timezone)]


def _summarize_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("topic", help="topic id, topic URL or topic JSON file")
    parser.add_argument("--post", action="store_true", help="post it on the forum as scribe would")


@router.cli("summarize", "the synthesis of a topic (printed; --post publishes it)", _summarize_args)
async def summarize_cli(args: argparse.Namespace, kit: Kit) -> str:
    topic, ctx, on_forum = await kit.topic(args.topic)
    if not args.post:
        return render_synthesis(await synthesize(topic, ctx), ctx.settings.timezone)
    if not on_forum:
        raise ConfigError("--post needs a topic of the configured forum (an id or URL), not a file")
    return report(await kit.perform(await synthesis_actions(topic, await kit.bot_ctx())))


router.bench(bench.figures(synthesize, memory_value))
router.evaluation(evaluator(synthesize))
router.evaluation(points_evaluator(synthesize))
