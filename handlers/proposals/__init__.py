"""Proposals and the support they gather, inside one long topic.

Posts are read once per pass (`proposals_extract`), page by page as the forum serves
them (`ForumView.topic_pages`): of each post only its reading and its `Counted` (author,
number, likes) are kept, so a long topic's text never sits in memory whole. Restatements,
fragments and quotes are grouped into one idea (`proposals_merge`), a member's synthesis of the thread only
points back to the posts it restates, and support is counted honestly
(`proposals_support`): likes on a post stating one idea are votes, likes on a post
stating many are shared support, agreeing replies count, thanks do not. A scribe poll
(`@scribe sondage`), once answered, is the measured support of the ideas it lists.

The ranking is kept per topic in memory, keyed by a fingerprint of the posts that state
something (the asking post, a "merci" do not change it); likers read from the forum are
kept per (post, like count), so asking again costs no liker read.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import hashlib
import logging
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import AsyncIterable, Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import UTC, datetime
from typing import Any, ParamSpec, TypeVar

from bot import charts
from bot.actions import Action, Image, Remember, reply
from bot.ctx import Ctx
from bot.evaluation import Evaluation, Result
from bot.events import MentionReceived, PostDeleted, TickFired
from bot.forum import ForumError, Unavailable
from bot.i18n import Messages
from bot.models import Post, Topic
from bot.oneshot import Kit
from bot.routing import Router
from bot.text import ANALYSED, analyse, read_once
from handlers.proposals import bench, evaluate, polls
from handlers.proposals.cited import copied_post, sentence_units
from handlers.proposals.extract import (
    SHORT_REPLY_WORDS,
    Candidate,
    PostReading,
    Unit,
    content_tokens,
    fold,
    read_post,
)
from handlers.proposals.label import label
from handlers.proposals.merge import Group, Grouping, group_proposals, similar
from handlers.proposals.render import render
from handlers.proposals.settings import ProposalsSettings
from handlers.proposals.support import Counted, Tally, count, positive_count, tally

log = logging.getLogger("scribe.proposals")
router = Router("proposals", settings=ProposalsSettings)
NAMESPACE = "proposals"
ALGORITHM = "6"  # bump when extraction or labels change, so cached rankings are recomputed
T = TypeVar("T")
P = ParamSpec("P")
LIKER_READS = 6
"""Liker lists read from the forum per answer at most; beyond, like counts stand in (and the answer says so)."""
RESTATED = 8
"""Other wordings of one proposal kept with it, at most."""


@dataclass(frozen=True)
class Proposal:
    text: str
    """The short label (12 words at most, never cut mid-phrase)."""
    author: str
    topic_id: int
    post_numbers: list[int]
    supporters: int
    full: str = ""
    """The whole statement, as its first author wrote it."""
    authors: list[str] = field(default_factory=list)
    likers: list[str] = field(default_factory=list)
    endorsers: list[str] = field(default_factory=list)
    endorsed_in: list[int] = field(default_factory=list)
    opponents: int = 0
    objectors: list[str] = field(default_factory=list)
    objected_in: list[int] = field(default_factory=list)
    shared: int = 0
    """Likes on posts stating this idea among others: support for the post, not a vote for the idea."""
    cited_in: list[int] = field(default_factory=list)
    """Syntheses of the thread that restate it."""
    votes: int | None = None
    """Votes in scribe's poll, when the poll listed it."""
    exact: bool = True
    """False when some likers could not be read and like counts stood in for people."""
    restated: list[str] = field(default_factory=list)
    """How other posts worded the same request ("please release the mock or the resources"), a few:
    a synthesis does not list them again among the positions."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Proposal:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})


def cache_key(topic_id: int) -> str:
    return f"topic:{topic_id}"


def likers_key(post_id: int) -> str:
    return f"likers:{post_id}"


async def stored_ranking(ctx: Ctx, topic_id: int) -> list[Proposal] | None:
    """The topic's ranking as last computed, if any (read by other features)."""
    cached = await ctx.memory.get(NAMESPACE, cache_key(topic_id))
    if not isinstance(cached, dict):
        return None
    return [Proposal.from_dict(p) for p in cached.get("proposals") or ()]


async def stored_rankings(ctx: Ctx) -> list[Proposal]:
    """Every topic's last ranking, together (read by the digest)."""
    out: list[Proposal] = []
    for key in await ctx.memory.items(NAMESPACE):
        if key.startswith("topic:"):
            out += await stored_ranking(ctx, int(key.removeprefix("topic:"))) or []
    return out


# --- reading a topic (CPU only, off the event loop) ----------------------------------------


READINGS_KEPT = 4096
"""Posts whose readings are kept across rankings, besides those of the topic ranked last."""
_READINGS: OrderedDict[int, dict[int, tuple[int, PostReading]]] = OrderedDict()
"""Topic id -> post id -> (hash of what the reading depends on, the reading); the topic ranked last at the end."""

Pages = AsyncIterable[Topic]
"""A topic page by page as the forum serves it (`ForumView.topic_pages`): each page a `Topic`
holding some of its posts."""


class TopicReader:
    """A topic read page by page: each counted post read once per version, and kept as its
    reading and its `Counted` (no text), so that a long topic's posts can go once read.

    The readings kept are the topic's own and, while they stay under `READINGS_KEPT` posts in
    all, those of the topics ranked before it; they hold hashes of the posts' texts, not the
    texts. A topic longer than the text cache of `bot.text.analyse` is read without it (it
    would keep only texts nobody reads again). `posts` is the topic's size, as far as known."""

    def __init__(self, topic_id: int, posts: int, ignored: frozenset[str], bot_username: str) -> None:
        self.topic_id = topic_id
        self.ignored = ignored
        self.bot_username = bot_username
        self._kept = _READINGS.pop(topic_id, {})
        _make_room(posts)
        self._read = analyse if posts <= ANALYSED else read_once
        self._fresh: dict[int, tuple[int, PostReading]] = {}
        self._wordings: dict[str, str] = {}
        self.counted: list[Counted] = []
        self.readings: dict[int, PostReading] = {}
        self.poll: polls.PollResults | None = None

    def add(self, posts: Iterable[Post]) -> None:
        """One page of the topic, in the topic's order."""
        posts = list(posts)
        self.poll = polls.latest(posts, self.bot_username, self.poll)
        for post in posts:
            if not post.shown or post.username.lower() in self.ignored:
                continue
            key = hash((post.post_number, post.version, post.username, post.cooked, post.raw))
            hit = self._kept.get(post.id)
            if hit is not None and hit[0] == key:
                reading = hit[1]
            else:
                reading = _share(read_post(post, self._read(post)), self._wordings)
            self._fresh[post.id] = (key, reading)
            self.readings[post.post_number] = reading
            self.counted.append(Counted.of(post))

    def analysis(self) -> Analysis:
        """The topic's ideas grouped and their support tallied; its readings kept for the next ranking."""
        self._kept = {}
        _READINGS[self.topic_id] = self._fresh
        return _grouped(self.topic_id, self.counted, self.readings, self.poll)


def _make_room(posts: int) -> None:
    """Forget the oldest topics' readings before a topic of `posts` posts is read, not after:
    kept through the pass, they would sit in memory beside the new readings for nothing."""
    held = posts + sum(len(r) for r in _READINGS.values())
    while _READINGS and held > max(READINGS_KEPT, posts):
        held -= len(_READINGS.popitem(last=False)[1])


def _share(reading: PostReading, wordings: dict[str, str]) -> PostReading:
    """The reading, its proposals' wording shared with the posts of the pass that said the same
    (reposts, copies): one string per wording, not one per post."""
    if not reading.candidates:
        return reading
    candidates = tuple(
        Candidate(
            c.post_number, c.author, wordings.setdefault(c.lead, c.lead), wordings.setdefault(c.text, c.text), c.kind
        )
        for c in reading.candidates
    )
    return replace(reading, candidates=candidates)


@dataclass
class Analysis:
    """A topic read and grouped, before any liker is known."""

    topic_id: int
    posts: list[Counted]
    by_number: dict[int, Counted]
    readings: dict[int, PostReading]
    grouping: Grouping
    tallies: list[Tally]
    fingerprint: str
    poll: polls.PollResults | None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector waits while posts are read and grouped: the pass makes a
    million small acyclic objects, and each full collection would walk them all again (the
    pass's cost would grow faster than the topic)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def analyse_topic(topic: Topic, ignored: frozenset[str], bot_username: str) -> Analysis:
    """Read every counted post once and group the ideas: O(n log n), no I/O."""
    with _collector_paused():
        reader = TopicReader(topic.id, len(topic.posts), ignored, bot_username)
        reader.add(topic.posts)
        return reader.analysis()


def _grouped(
    topic_id: int, counted: list[Counted], read: dict[int, PostReading], poll: polls.PollResults | None
) -> Analysis:
    posts = sorted(counted, key=lambda p: p.post_number)
    by_number = {p.post_number: p for p in posts}
    readings = {n: read[n] for n in by_number}
    numbers = sorted(by_number)
    grouping = group_proposals(readings)
    groups = grouping.groups
    stated_in: dict[int, list[int]] = {}
    for g_id, group in enumerate(groups):
        for n in group.posts:
            stated_in.setdefault(n, []).append(g_id)
    ideas_in = {n: len(ids) for n, ids in stated_in.items()}

    endorsements: dict[int, dict[int, str]] = {}
    objections: dict[int, dict[int, str]] = {}
    targets_of: dict[int, int] = {}
    for post in posts:
        reading = readings[post.post_number]
        if not (reading.endorses or reading.dissents) or post.post_number in grouping.syntheses:
            continue
        targets = _targets(post, reading, topic_id, groups, readings, stated_in, by_number, numbers)
        targets_of[post.post_number] = len(targets)
        for g_id in targets:
            if post.post_number in groups[g_id].posts:
                continue
            if reading.endorses:
                endorsements.setdefault(g_id, {})[post.post_number] = post.username
            else:
                objections.setdefault(g_id, {})[post.post_number] = post.username
    tallies = [
        tally(g, endorsements.get(i, {}), objections.get(i, {}), ideas_in, targets_of, by_number)
        for i, g in enumerate(groups)
    ]
    return Analysis(topic_id, posts, by_number, readings, grouping, tallies, _fingerprint(posts, readings, poll), poll)


def _fingerprint(posts: list[Counted], readings: dict[int, PostReading], poll: polls.PollResults | None) -> str:
    """What the ranking depends on: posts that state something (not the asking post, not a "merci")."""
    h = hashlib.sha1(ALGORITHM.encode())
    for p in posts:
        if readings[p.post_number].states_something:
            reactions = ",".join(f"{r.id}={r.count}" for r in p.reactions)
            h.update(f"{p.id}:{p.version}:{p.like_count}:{reactions};".encode())
    if poll is not None:
        h.update(repr(sorted(poll.votes.items())).encode())
    return h.hexdigest()


def _targets(
    post: Counted,
    reading: PostReading,
    topic_id: int,
    groups: list[Group],
    readings: dict[int, PostReading],
    stated_in: dict[int, list[int]],
    by_number: dict[int, Counted],
    numbers: list[int],
) -> set[int]:
    """The ideas an agreeing (or disagreeing) post answers: those of the passages it quotes (a bare
    "> " passage is of the latest earlier post stating them), else those of the post it replies
    to, else, for a short "+1", those of the post just above."""
    quotes = [
        q for q in reading.quotes if q.post_number and (q.topic_id in (None, topic_id)) and q.post_number in by_number
    ]
    if quotes:
        out: set[int] = set()
        for q in quotes:
            out |= _quoted_groups(q.text, q.post_number, readings, stated_in, groups)  # type: ignore[arg-type]
        return out
    at = bisect_left(numbers, post.post_number)  # the posts before this one: numbers[:at]
    cited = [_cited_groups(text, numbers[:at][::-1], readings, stated_in, groups) for text in reading.cited]
    if any(cited):
        return set().union(*cited)
    if post.reply_to_post_number in by_number:
        return set(stated_in.get(post.reply_to_post_number, ()))
    if reading.words <= SHORT_REPLY_WORDS and at:
        return set(stated_in.get(numbers[at - 1], ()))
    return set()


def _cited_groups(
    text: str,
    earlier: list[int],
    readings: dict[int, PostReading],
    stated_in: dict[int, list[int]],
    groups: list[Group],
) -> set[int]:
    """The ideas a bare "> " passage states, of the latest of the `earlier` posts (latest first) it
    copies a sentence of."""
    number = copied_post(text, ((n, readings[n].units) for n in earlier if n in readings))
    return set() if number is None else _quoted_groups(text, number, readings, stated_in, groups)


def _quoted_groups(
    text: str, number: int, readings: dict[int, PostReading], stated_in: dict[int, list[int]], groups: list[Group]
) -> set[int]:
    """Ideas of post `number` that the quoted passage states; all of them when the whole post is quoted."""
    reading = readings.get(number)
    candidates = stated_in.get(number, [])
    if reading is None or not candidates:
        return set()
    quoted = sentence_units(text)
    post_tokens = sum(len(u.tokens) for u in reading.units)
    quote_tokens = sum(len(u.tokens) for u in quoted)
    if post_tokens and quote_tokens >= 0.8 * post_tokens:
        return set(candidates)
    out = set()
    for g_id in candidates:
        for member in groups[g_id].members:
            folded = fold(member.lead)
            unit = Unit(number, "", folded, content_tokens(folded), None)
            if any(similar(unit, q) or folded.rstrip("…") in q.folded for q in quoted):
                out.add(g_id)
                break
    return out


# --- support ----------------------------------------------------------------------------------


def proposals_of(analysis: Analysis, likers: dict[int, list[str] | None]) -> list[Proposal]:
    """Every idea with its support, most supported first (measured poll votes first where they exist)."""
    out = []
    for group, t in zip(analysis.grouping.groups, analysis.tallies, strict=True):
        c = count(t, likers, analysis.by_number)
        first = group.members[0]
        author = group.origin[1] if group.origin else first.author
        short = label(first.lead)
        votes = analysis.poll.votes_for(short) if analysis.poll else None
        out.append(
            Proposal(
                text=short,
                author=author,
                topic_id=analysis.topic_id,
                post_numbers=sorted(group.posts),
                supporters=c.supporters,
                full=first.text,
                authors=sorted({m.author for m in group.members if m.post_number in group.posts}, key=str.lower),
                likers=c.likers,
                endorsers=c.endorsers,
                endorsed_in=sorted(t.endorsers),
                opponents=c.opponents,
                objectors=c.objectors,
                objected_in=sorted(t.objectors),
                shared=c.shared,
                cited_in=sorted(group.cited_in),
                votes=votes,
                exact=c.exact,
                restated=list(dict.fromkeys(m.text for m in group.members if m.text != first.text))[:RESTATED],
            )
        )
    out.sort(
        key=lambda p: (
            p.votes is None,
            -(p.votes or 0),
            -p.supporters,
            -p.shared,
            -len(p.post_numbers) - len(p.endorsed_in),
            p.post_numbers[0],
        )
    )
    return out


def posts_needing_likers(
    analysis: Analysis, shown: int, cached: dict[int, list[str]], every_liker: bool = False
) -> list[Counted]:
    """Like-bearing posts whose likers change what the table shows: ideas whose people could
    be counted twice, among those that can reach the first `shown` rows; best ideas first."""
    by_number = analysis.by_number
    bounds = [t.bounds(by_number) for t in analysis.tallies]
    floor = sorted((low for low, _ in bounds), reverse=True)[: max(shown, 1)][-1] if bounds else 0
    order = sorted(range(len(bounds)), key=lambda i: -bounds[i][1])
    wanted: dict[int, Counted] = {}
    for i in order:
        t = analysis.tallies[i]
        high = bounds[i][1]
        if not every_liker and (high < floor or not t.needs_likers(by_number)):
            continue
        for n in t.vote_posts:
            post = by_number[n]
            if positive_count(post) and post.id not in cached:
                wanted.setdefault(post.id, post)
    return list(wanted.values())


async def cached_likers(analysis: Analysis, ctx: Ctx) -> dict[int, list[str]]:
    """Likers read earlier, still valid (same like count)."""
    out: dict[int, list[str]] = {}
    for t in analysis.tallies:
        for n in t.vote_posts:
            post = analysis.by_number[n]
            if not positive_count(post) or post.id in out:
                continue
            stored = await ctx.memory.get(NAMESPACE, likers_key(post.id))
            if isinstance(stored, dict) and stored.get("likes") == post.like_count:
                out[post.id] = list(stored.get("names") or [])
    return out


@dataclass
class Ranking:
    proposals: list[Proposal]
    remember: list[Remember]
    complete: bool = True
    """False when the forum could not tell who liked some posts (like counts stood in)."""


async def _analysed(source: Topic | Pages, ignored: frozenset[str], bot_username: str) -> Analysis:
    """The topic read page by page off the event loop, each page let go once read. The analysis
    comes back in a list emptied at once: the loop keeps the future that woke the task until the
    task next waits, and a caller that goes on without waiting (the next topic read) would keep
    the whole analysis meanwhile."""
    if isinstance(source, Topic):
        box = await asyncio.to_thread(lambda: [analyse_topic(source, ignored, bot_username)])
        return box.pop()
    reader: TopicReader | None = None
    async for page in source:
        if reader is None:
            reader = TopicReader(page.id, max(page.posts_count, len(page.posts)), ignored, bot_username)
        await asyncio.to_thread(_paused, reader.add, page.posts)
    if reader is None:
        raise ValueError("a topic of no page")
    done = reader
    box = await asyncio.to_thread(lambda: [_paused(done.analysis)])
    return box.pop()


def _paused(work: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """`work` run with the cyclic garbage collector paused (see `_collector_paused`)."""
    with _collector_paused():
        return work(*args, **kwargs)


async def ranked(
    topic: Topic | Pages, ctx: Ctx, liker_reads: int | None = LIKER_READS, every_liker: bool = False
) -> Ranking:
    """The ranking, from memory when nothing that counts has changed; otherwise computed
    off the event loop (from the whole topic, or page by page from `ForumView.topic_pages`,
    keeping no post's text), reading at most `liker_reads` liker lists the table depends on
    (`every_liker`: those of every post whose likes are votes, for an export naming supporters)."""
    ignored = frozenset({ctx.bot_username.lower(), *(b.lower() for b in ctx.settings.forum.other_bots)})
    analysis = await _analysed(topic, ignored, ctx.bot_username)
    stored = await ctx.memory.get(NAMESPACE, cache_key(analysis.topic_id))
    if isinstance(stored, dict) and stored.get("fingerprint") == analysis.fingerprint:
        return Ranking([Proposal.from_dict(p) for p in stored.get("proposals") or ()], [])
    known = await cached_likers(analysis, ctx)
    shown = ctx.settings.of(ProposalsSettings).max_rows
    wanted = posts_needing_likers(analysis, shown, known, every_liker)
    remember: list[Remember] = []
    complete = True
    for post in wanted if liker_reads is None else wanted[:liker_reads]:
        try:
            names = await ctx.forum.likers(post.id)
        except (ForumError, Unavailable, TimeoutError) as exc:
            log.warning("proposals.likers_failed", extra={"post_id": post.id, "error": str(exc)})
            complete = False
            break
        if names is None:
            complete = False
            continue
        known[post.id] = names
        remember.append(Remember(NAMESPACE, likers_key(post.id), {"likes": post.like_count, "names": names}))
    if liker_reads is not None and len(wanted) > liker_reads:
        complete = False
    likers: dict[int, list[str] | None] = dict(known)
    proposals = proposals_of(analysis, likers)
    value = {"fingerprint": analysis.fingerprint, "proposals": [p.as_dict() for p in proposals]}
    if complete:
        remember.append(Remember(NAMESPACE, cache_key(analysis.topic_id), value))
    return Ranking(proposals, remember, complete)


async def rank_proposals(topic: Topic, ctx: Ctx) -> list[Proposal]:
    """Every proposal of the topic, most supported first."""
    return (await ranked(topic, ctx)).proposals


def preview_dict(proposals: list[Proposal]) -> dict[str, Any]:
    return {
        "proposals": [
            {
                "text": p.text,
                "full": p.full,
                "supporters": p.supporters,
                "shared": p.shared,
                "votes": p.votes,
                "post_numbers": p.post_numbers,
                "likers": p.likers,
                "author": p.author,
                "authors": p.authors,
                "endorsers": p.endorsers,
                "endorsed_in": p.endorsed_in,
                "opponents": p.opponents,
                "objected_in": p.objected_in,
                "cited_in": p.cited_in,
                "counted_from": "likers" if p.exact else "like_counts",
            }
            for p in proposals
        ]
    }


@router.preview
async def preview(topic: Topic, ctx: Ctx) -> dict[str, Any]:
    return preview_dict(await rank_proposals(topic, ctx))


@router.preview_lines("proposals")
def proposal_line(item: dict[str, Any], messages: Messages) -> str:
    """A proposal by its label, who made it, where, and the support counted for it."""
    posts = ", ".join(f"#{n}" for n in item.get("post_numbers") or [])
    support = messages.get("proposals.preview.support", count=item.get("supporters") or 0)
    if item.get("shared"):
        support += messages.get("proposals.preview.shared", count=item["shared"])
    authors = ", ".join(item.get("authors") or [])
    return messages.get("proposals.preview.line", text=item.get("text"), authors=authors, posts=posts, support=support)


def _table(ranking: Ranking, ctx: Ctx) -> str:
    settings = ctx.settings.of(ProposalsSettings)
    return render(ranking.proposals, "md", ctx.settings.language, limit=settings.max_rows, complete=ranking.complete)


@router.command("propositions", "proposals", help="proposals.help")
async def proposals_command(event: MentionReceived, ctx: Ctx) -> list[Action]:
    """The table, in one pass: like counts at once, the few liker lists that matter, and a
    plain answer from like counts if the forum will not say who liked what."""
    ranking = await ranked(ctx.forum.topic_pages(event.post.topic_id), ctx)
    answer = reply(event, _table(ranking, ctx), "proposals")
    shown = ranking.proposals
    votes = [p.votes if p.votes is not None else p.supporters for p in shown]  # a poll's votes, else people
    chart = support_chart([p.text for p in shown], votes, ctx.settings.language)
    if chart is not None:
        answer = replace(answer, raw=f"{answer.raw}\n\n{chart.placeholder}\n", images=(chart,))
    return [answer, *ranking.remember]


SUPPORT_CHART = "support"
CHART_ROWS = 10


def support_chart(labels: list[str], supporters: list[int], language: str) -> Image | None:
    """Measured support of the best-ranked proposals as a bar chart, only when at least two
    ideas have some: a chart of zeros says nothing a table does not."""
    labels, supporters = labels[:CHART_ROWS], supporters[:CHART_ROWS]
    if sum(1 for v in supporters if v > 0) < 2:
        return None
    spec = charts.proposal_support(labels, supporters, language)
    return Image(SUPPORT_CHART, charts.alt_text(spec), chart=spec)


@router.command("sondage", "poll", help="proposals.poll_help")
async def poll_command(event: MentionReceived, ctx: Ctx) -> list[Action]:
    """A Discourse poll of the best proposals; its results become their measured support."""
    ranking = await ranked(ctx.forum.topic_pages(event.post.topic_id), ctx)
    settings = ctx.settings.of(ProposalsSettings)
    raw = polls.poll_post(ranking.proposals, settings.poll_options, ctx.messages)
    return [reply(event, raw, "poll"), *ranking.remember]


@router.on(TickFired, lambda e: e.name == polls.PERIODIC or e.name.startswith(polls.PERIODIC + "."))
async def poll_with_synthesis(event: TickFired, ctx: Ctx) -> list[Action]:
    """With `poll_with_synthesis`, each periodic synthesis also opens a poll in topics whose
    ranking scribe keeps and that have no scribe poll yet (no forum read: the stored ranking)."""
    settings = ctx.settings.of(ProposalsSettings)
    if not settings.poll_with_synthesis:
        return []
    actions: list[Action] = []
    for key, value in (await ctx.memory.items(NAMESPACE)).items():
        if not key.startswith("topic:") or not isinstance(value, dict) or value.get("polled"):
            continue
        proposals = [Proposal.from_dict(p) for p in value.get("proposals") or ()]
        if len(proposals) < 2:
            continue
        topic_id = int(key.removeprefix("topic:"))
        raw = polls.poll_post(proposals, settings.poll_options, ctx.messages)
        actions.append(polls.periodic_reply(topic_id, raw, event.at))
        actions.append(Remember(NAMESPACE, key, {**value, "polled": True}))
    return actions


@router.on(PostDeleted)
async def forget_removed(event: PostDeleted, ctx: Ctx) -> list[Action]:
    """A deleted or hidden post's words leave the cached ranking at once."""
    if await ctx.memory.get(NAMESPACE, cache_key(event.post.topic_id)) is None:
        return []
    return [Remember(NAMESPACE, cache_key(event.post.topic_id), None)]


def _proposals_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("topic", help="topic id, topic URL or topic JSON file")
    parser.add_argument("--format", choices=("md", "csv", "json"), default="md")


@router.cli("proposals", "the proposals of a topic and the support each gathers", _proposals_args)
async def proposals_cli(args: argparse.Namespace, kit: Kit) -> str:
    topic, ctx, _ = await kit.topic(args.topic)
    ranking = await ranked(topic, ctx, liker_reads=None, every_liker=True)  # the export names every supporter
    return render(ranking.proposals, args.format, ctx.settings.language, complete=ranking.complete)


async def _rank_file_topic(topic: Topic) -> list[Proposal]:
    """A topic read from a file, ranked as `scribe proposals FILE` does (like counts, empty memory)."""
    from bot.config import load_settings
    from bot.ctx import ReadOnlyMemory, StaticForum
    from bot.state import MemoryState

    settings = load_settings(None, sections=(ProposalsSettings,))
    ctx = Ctx(settings, StaticForum([topic]), ReadOnlyMemory(MemoryState()), datetime.now(UTC), None, Messages("en"))
    return await rank_proposals(topic, ctx)


@router.evaluation
async def proposals_evaluation(ev: Evaluation) -> Result:
    """`scribe eval`: the proposals against `eval/labels/proposals/` (see `handlers.proposals.evaluate`)."""
    return await evaluate.evaluation(ev, _rank_file_topic)


for _figure in bench.figures(ranked, router):
    router.bench(_figure)
