"""The digest's sections. Each returns its lines, or nothing when it has nothing to say.

Everything listed comes from posts every member may read (see `activity.readable`), and
member text is shown only as short excerpts made inert (`bot.markup.inert`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from bot import markup
from bot.audience import PUBLIC
from bot.ctx import Ctx
from bot.hygiene import topic_link
from bot.i18n import Messages
from bot.models import Post, Topic
from bot.text import EMOJI_CODE, analyse, fold, fold_same_length
from handlers.digest.activity import Activity, Week
from handlers.links.memory import OpenRequest, open_requests, request_record
from handlers.links.text import kind_label
from handlers.meetings import upcoming_meetings
from handlers.meetings.aside import DEADLINE_AFTER, DEADLINE_BEFORE
from handlers.meetings.dates import find_dates, find_markup
from handlers.proposals import Proposal
from handlers.summaries.check import check_draft
from handlers.summaries.offline import offline_draft

AHEAD = timedelta(days=14)
DEADLINE_CUE = re.compile(
    r"\b(?:deadline|due|date limite|dates limites|au plus tard|dernier delai|avant le|jusqu'au|echeance|"
    r"cloture|a rendre|submit|submission|no later than|at the latest)\b"
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
"""Where a sentence ends: a full stop in "3.2" or "2.5 hours" does not end one."""
EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")
"""What a link given in brackets leaves once its address is taken out of the text."""
NOT_A_LIMIT = re.compile(
    r"\b(?:publiee?s?|publication|parution|sortie|released?|mise? a jour|actualisee?|updated|edited|modifiee?|"
    r"depuis|since)\b[^.!?\n]{0,30}$"
)
"""Before a date, what makes it the day a text comes out or was changed, not a limit (the
meetings' `DEADLINE_BEFORE` holds both: a meeting is neither)."""
QUIET_FOR = timedelta(hours=24)
"""A question is listed as unanswered once a day has passed without another member posting after it."""


def excerpt(text: str, size: int = 140) -> str:
    """A short, inert excerpt, cut at a word, without emoji codes (inert, they would show as code)."""
    text = re.sub(r"\s+", " ", EMPTY_BRACKETS.sub("", EMOJI_CODE.sub("", text))).strip()
    if len(text) > size:
        text = text[:size].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return markup.inert(text)


def topic_ref(post: Post) -> str:
    return markup.topic_link(post.topic_title or f"#{post.topic_id}", post.topic_id, post.topic_slug)


def _trend(now: int, before: int | None) -> str:
    if before is None:
        return ""
    if now == before:
        return " (=)"
    return f" (▲ +{now - before})" if now > before else f" (▼ −{before - now})"


def numbers(activity: Activity, m: Messages) -> list[str]:
    """Posts, active members, new members and new topics, each against last week."""
    week, last = activity.this_week, activity.last_week
    if week is None:
        return []
    cells = [
        (m.get("digest.posts"), len(week.posts), len(last.posts) if last else None),
        (m.get("digest.people"), len(week.people), len(last.people) if last else None),
    ]
    if week.new_members is not None:
        previous = last.new_members if last is not None else None
        cells.append((m.get("digest.new_members"), week.new_members, previous))
    cells.append((m.get("digest.new_topics"), week.new_topics, last.new_topics if last else None))
    head = "| " + " | ".join(name for name, _, _ in cells) + " |"
    rule = "|" + "---|" * len(cells)
    values = "| " + " | ".join(f"**{n}**{_trend(n, b)}" for _, n, b in cells) + " |"
    return [head, rule, values]


@dataclass(frozen=True)
class Decision:
    topic_id: int
    post_number: int
    username: str
    text: str


def _decisions_of(record: dict[str, Any], topic_id: int) -> list[Decision]:
    """The summaries record's `decisions` list, or else the decisions of its synthesis."""
    out = []
    for d in record.get("decisions") or ():
        if isinstance(d, dict) and d.get("text") and d.get("post_number"):
            where = int(d.get("topic_id") or topic_id)
            out.append(Decision(where, int(d["post_number"]), str(d.get("username") or ""), str(d["text"])))
    if out or "decisions" in record:
        return out
    for point in (record.get("synthesis") or {}).get("decisions") or ():
        numbers = point.get("post_numbers") or [] if isinstance(point, dict) else []
        if numbers and point.get("text"):
            out.append(Decision(topic_id, int(max(numbers)), "", str(point["text"])))
    return out


async def decided(ctx: Ctx, week: Week, records: dict[str, Any]) -> list[str]:
    """One line per topic where the week's posts decided something, with the deciding post."""
    posts = {(p.topic_id, p.post_number): p for p in week.posts}
    lines = []
    for key, record in records.items():
        if not key.isdigit() or not isinstance(record, dict):
            continue
        found = [(d, posts[(d.topic_id, d.post_number)]) for d in _decisions_of(record, int(key))]
        found = [(d, p) for d, p in found if (d.topic_id, d.post_number) in posts]
        if not found:
            continue
        decision, post = max(found, key=lambda dp: dp[1].created_at)
        who = markup.plain_name(decision.username or post.username)
        link = markup.post_link(post.topic_id, post.post_number)
        lines.append((post.created_at, f"- {topic_ref(post)} : {excerpt(decision.text, 160)} ({link}, {who})"))
    return [line for _, line in sorted(lines)][:5]


async def coming_up(ctx: Ctx, allowed: set[int], recent: list[Post], m: Messages) -> list[str]:
    """Meetings and deadlines of the next two weeks, apart."""
    horizon = ctx.now + AHEAD
    tz = ctx.settings.timezone
    meetings = [
        mt
        for mt in await upcoming_meetings(ctx, PUBLIC)
        if mt.topic_id in allowed and not mt.private and mt.start <= horizon
    ][:5]
    out: list[str] = []
    if meetings:
        out += [f"**{m.get('digest.meetings')}**", ""]
        for mt in meetings:
            link = f" — {markup.url(mt.link)}" if mt.link else ""
            source = markup.post_link(mt.topic_id, mt.post_number)
            out.append(f"- {markup.date(mt.start, tz, mt.all_day)} — {excerpt(mt.title, 80)}{link} ({source})")
        out.append("")
    deadlines = find_deadlines(recent, ctx, horizon)[:5]
    if deadlines:
        out += [f"**{m.get('digest.deadlines')}**", ""]
        for when, all_day, what, post in deadlines:
            link = markup.post_link(post.topic_id, post.post_number)
            out.append(
                f"- {markup.date(when, tz, all_day)} — {what} ({link} {m.get('digest.in_topic')} {topic_ref(post)})"
            )
        out.append("")
    return out


def find_deadlines(posts: list[Post], ctx: Ctx, horizon: datetime) -> list[tuple[datetime, bool, str, Post]]:
    """Dates a post gives as a limit ("date limite", "due by", "avant le"…) in the coming two weeks."""
    tz = ctx.settings.tz
    found: dict[tuple[int, str], tuple[datetime, bool, str, Post]] = {}
    for post in posts:
        text = analyse(post).with_cited  # a deadline forwarded from an e-mail ("> ") is still one
        low = fold_same_length(text)
        if not DEADLINE_CUE.search(low):
            continue
        for f in find_markup(text, tz) + find_dates(text, post.created_at, tz, ctx.settings.date_order):
            if not (ctx.now < f.start <= horizon) or not _is_limit(low, f.span):
                continue
            start, end = sentence_around(low, f.span)
            if not DEADLINE_CUE.search(low[start:end]):
                continue  # "due on the 3rd. Results by the 12th.": the 12th is no limit of the readers'
            sentence = re.sub(r"\[/?(?:date|date-range|event)[^\]]*\]", "", text[start:end])
            key = (post.topic_id, f.start.date().isoformat())
            found.setdefault(key, (f.start, f.all_day, excerpt(sentence, 100), post))
    return sorted(found.values(), key=lambda d: d[0])


def _is_limit(low: str, span: tuple[int, int]) -> bool:
    line_start = low.rfind("\n", 0, span[0]) + 1
    before = low[max(line_start, span[0] - 40) : span[0]]
    limit = DEADLINE_BEFORE.search(before) and not NOT_A_LIMIT.search(before)
    return bool(limit or DEADLINE_AFTER.match(low[span[1] : span[1] + 30]))


def sentence_around(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The bounds of the sentence holding `span`: after the last end opened before it (cut at it), to the next."""
    starts, ends = _sentence_ends(text)
    at = bisect_left(starts, span[0]) - 1
    after = SENTENCE_END.search(text, span[1])
    return (min(ends[at], span[0]) if at >= 0 else 0), after.start() if after else len(text)


@lru_cache(maxsize=8)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Where the text's sentence ends start and stop, found once for all the dates of a post."""
    found = list(SENTENCE_END.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


async def debates(week: Week, records: dict[str, Any], organisers: set[str], shown: int, m: Messages) -> list[str]:
    """For each active topic: how much it moved this week, one point of the week, its latest synthesis."""
    by_topic: dict[int, list[Post]] = {}
    for p in week.posts:
        by_topic.setdefault(p.topic_id, []).append(p)
    ranked = sorted(by_topic.values(), key=lambda posts: -len(posts))[:shown]
    lines = []
    for posts in ranked:
        first = posts[0]
        people = len({p.username.lower() for p in posts})
        line = f"- {topic_ref(first)} — {m.get('digest.activity', posts=len(posts), people=people)}"
        week_only = Topic(
            id=first.topic_id, title=first.topic_title or "", slug=first.topic_slug or "", posts=tuple(posts)
        )
        draft, _ = check_draft(offline_draft(week_only, organisers, size="brief"), week_only)
        points = [p for th in draft.themes for p in th.points] + draft.decisions + draft.open_questions
        if points and points[0].post_numbers:
            point = points[0]
            line += f" : « {excerpt(point.text, 120)} » ({markup.post_link(first.topic_id, point.post_numbers[0])})"
        record = records.get(str(first.topic_id))
        if isinstance(record, dict) and record.get("key"):
            line += f" · [{m.get('digest.synthesis')}]({topic_link(str(record['key']))})"
        lines.append(line)
    return lines


def proposal_id(p: Proposal) -> str:
    return f"{p.topic_id}:{min(p.post_numbers) if p.post_numbers else 0}"


def proposals(items: list[Proposal], allowed: set[int], before: dict[str, int], m: Messages) -> list[str]:
    """The best supported proposals (at least one supporter), with their gain since the last digest."""
    kept = sorted(
        (p for p in items if p.text and p.supporters > 0 and p.topic_id in allowed),
        key=lambda p: (-p.supporters, p.topic_id),
    )[:3]
    lines = []
    for p in kept:
        count = m.get("digest.supporters", count=p.supporters)
        previous = before.get(proposal_id(p))
        gain = f" (+{p.supporters - previous})" if previous is not None and p.supporters > previous else ""
        nums = markup.post_links(p.topic_id, p.post_numbers[:3])
        lines.append(f"- « {excerpt(p.text, 140)} » — {count}{gain} ({nums})")
    return lines


def appreciated(week: Week, m: Messages) -> list[str]:
    """The three most liked posts of the week, each with a short excerpt. The same words posted
    in several topics (a cross-post) are one line, the most liked, that names the others too."""
    liked = sorted((p for p in week.posts if p.like_count > 0), key=lambda p: (-p.like_count, p.created_at))
    shown: list[tuple[str, list[Post]]] = []
    for p in liked:
        text = excerpt(analyse(p).text, 140)
        same = next((posts for seen, posts in shown if same_words(seen, text)), None)
        if same is not None:
            same.append(p)
        elif text and len(shown) < 3:
            shown.append((text, [p]))
    lines = []
    for text, (p, *others) in shown:
        who = markup.plain_name(p.username)
        also = "".join(f"; {m.get('digest.also')} {_liked_in(o, m)}" for o in others)
        lines.append(f"- « {text} » — {who}, {_liked_in(p, m)}{also}")
    return lines


SAME_WORDS = 90
"""How alike (rapidfuzz ratio, accents and case aside) two excerpts are to be the same words."""


def same_words(a: str, b: str) -> bool:
    return bool(a and b) and fuzz.ratio(fold(a), fold(b)) >= SAME_WORDS


def _liked_in(p: Post, m: Messages) -> str:
    """Where a liked post is and how liked: its link, its topic, its likes."""
    likes = m.get("digest.likes", count=p.like_count)
    return f"{markup.post_link(p.topic_id, p.post_number)} {m.get('digest.in_topic')} {topic_ref(p)} ({likes})"


async def still_open(ctx: Ctx, allowed: set[int], activity: Activity, m: Messages) -> list[str]:
    """Links asked for that nobody gave (saying what was asked), and questions nobody answered."""
    posts = {(p.topic_id, p.post_number): p for p in activity.posts()}
    lines = []
    requests = [r for r in await open_requests(ctx) if r.topic_id in allowed]
    asked = {(r.topic_id, r.post_number) for r in requests}
    first: dict[tuple[int, tuple[str, ...]], OpenRequest] = {}
    for r in requests:  # members asking again for the same link: the first request stands for them
        first.setdefault((r.topic_id, tuple(sorted(r.kinds))), r)
    for r in list(first.values())[:3]:
        what = kind_label(r.kinds, m)
        label = m.get("digest.link_asked", what=what) if what else m.get("digest.link_asked_plain")
        post = posts.get((r.topic_id, r.post_number))
        words = f" : « {excerpt(analyse(post).text, 100)} »" if post else ""
        who = markup.plain_name(r.username)
        lines.append(f"- {label} ({who}, {markup.post_link(r.topic_id, r.post_number)}){words}")
    for post, question in (await unanswered_questions(ctx, activity, asked))[:3]:
        who = markup.plain_name(post.username)
        link = markup.post_link(post.topic_id, post.post_number)
        lines.append(f"- {m.get('digest.question')} « {excerpt(question, 120)} » ({who}, {link} {topic_ref(post)})")
    return lines


async def unanswered_questions(ctx: Ctx, activity: Activity, skip: set[tuple[int, int]]) -> list[tuple[Post, str]]:
    """Questions of the week after which nobody else wrote in the topic for at least a day
    (a request for a link is the links feature's: answered or listed apart). Only the asker's
    own, the member who opened the topic: another's question there is mostly one to the asker
    ("could you share the error?"), and a question to a named member (`@name`) is theirs."""
    week = activity.this_week
    if week is None:
        return []
    later: dict[int, list[Post]] = {}
    for p in activity.posts():
        later.setdefault(p.topic_id, []).append(p)
    askers: dict[int, str | None] = {}  # the opening post's writer of each topic, read once from the forum
    out = []
    for post in week.posts:
        if (post.topic_id, post.post_number) in skip or ctx.now - post.created_at < QUIET_FOR:
            continue
        read = analyse(post)
        if read.mentions:
            continue
        questions = [q for s in SENTENCE_END.split(read.text) if len(q := s.strip()) > 12 and q.endswith("?")]
        name = post.username.lower()
        if not questions or any(
            p.post_number > post.post_number and p.username.lower() != name for p in later.get(post.topic_id, ())
        ):
            continue
        if post.post_number == 1:
            askers[post.topic_id] = name
        elif post.topic_id not in askers:
            opening = await ctx.forum.post_by_number(post.topic_id, 1)
            askers[post.topic_id] = opening.username.lower() if opening else None
        if askers[post.topic_id] == name and await request_record(ctx, post.id) is None:
            out.append((post, questions[-1]))
    return out
