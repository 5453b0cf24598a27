"""Proposals and the support they gather, inside one long topic.

Posts are split into proposals (`proposals_extract`), restatements and near-duplicates
are grouped (`proposals_merge`), and each idea is credited with the people who liked a
post stating or endorsing it plus the authors of endorsing replies, each person once.
Likes go to whole posts, so a post's likers support every idea that post states.
The ranking is kept per topic in memory, keyed by a fingerprint of the posts' ids,
versions, like counts and reactions, so it is recomputed only when those change.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

from bot.actions import Action, Asker, Remember, reply, run_job
from bot.ctx import Ctx
from bot.events import MentionReceived, PostDeleted, TickFired
from bot.models import Post, Topic
from bot.oneshot import Kit
from bot.routing import Router
from bot.text import analyse, fold
from handlers.proposals import bench
from handlers.proposals.extract import PostReading, Unit, content_tokens, read_post, split_sentences
from handlers.proposals.merge import Group, clearest, group_proposals, similar
from handlers.proposals.render import render
from handlers.proposals.settings import ProposalsSettings

router = Router("proposals", settings=ProposalsSettings)
NAMESPACE = "proposals"
JOB = "proposals.job"
ALGORITHM = "1"  # bump when extraction changes, so cached rankings are recomputed

NEGATIVE_REACTIONS = frozenset(
    {
        "-1",
        "thumbsdown",
        "thumbs_down",
        "angry",
        "rage",
        "disappointed",
        "face_with_symbols_over_mouth",
        "confused",
        "no_entry",
        "no_entry_sign",
        "x",
        "unamused",
        "pouting_face",
        "person_gesturing_no",
    }
)
_SHORT_REPLY_WORDS = 40


@dataclass(frozen=True)
class Proposal:
    text: str
    author: str
    topic_id: int
    post_numbers: list[int]
    supporters: int
    likers: list[str] = field(default_factory=list)
    endorsers: list[str] = field(default_factory=list)
    endorsed_in: list[int] = field(default_factory=list)
    opponents: int = 0
    exact: bool = True
    """False when some likers could not be read and like counts stood in for people."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def cache_key(topic_id: int) -> str:
    return f"topic:{topic_id}"


async def stored_ranking(ctx: Ctx, topic_id: int) -> list[Proposal] | None:
    """The topic's ranking as last computed, if any (read by other features)."""
    cached = await ctx.memory.get(NAMESPACE, cache_key(topic_id))
    if not isinstance(cached, dict):
        return None
    return [Proposal(**p) for p in cached.get("proposals") or ()]


async def stored_rankings(ctx: Ctx) -> list[Proposal]:
    """Every topic's last ranking, together (read by the digest)."""
    out: list[Proposal] = []
    for key in await ctx.memory.items(NAMESPACE):
        if key.startswith("topic:"):
            out += await stored_ranking(ctx, int(key.removeprefix("topic:"))) or []
    return out


async def rank_proposals(topic: Topic, ctx: Ctx) -> list[Proposal]:
    """Every proposal of the topic, most supported first."""
    proposals, _ = await ranked(topic, ctx)
    return proposals


async def ranked(topic: Topic, ctx: Ctx) -> tuple[list[Proposal], Remember | None]:
    """The ranking, from memory when the topic has not changed, and the `Remember` that
    stores a fresh one (None when the cached one was used)."""
    posts = _counted_posts(topic, ctx)
    cached = await fresh_ranking(topic, ctx)
    if cached is not None:
        return cached, None
    proposals = await _compute(topic, posts, ctx)
    value = {"fingerprint": _fingerprint(posts), "proposals": [p.as_dict() for p in proposals]}
    return proposals, Remember(NAMESPACE, cache_key(topic.id), value)


async def fresh_ranking(topic: Topic, ctx: Ctx) -> list[Proposal] | None:
    """The stored ranking if the topic has not changed since it was computed, else None."""
    cached = await ctx.memory.get(NAMESPACE, cache_key(topic.id))
    if isinstance(cached, dict) and cached.get("fingerprint") == _fingerprint(_counted_posts(topic, ctx)):
        return [Proposal(**p) for p in cached.get("proposals") or ()]
    return None


def _counted_posts(topic: Topic, ctx: Ctx) -> list[Post]:
    """Posts that count: visible regular posts by people (not scribe's own tables, not other bots)."""
    return [p for p in topic.posts if p.is_regular and not p.hidden and not ctx.ignores(p.username)]


def _fingerprint(posts: list[Post]) -> str:
    h = hashlib.sha1(ALGORITHM.encode())
    for p in posts:
        reactions = ",".join(f"{r.id}={r.count}" for r in p.reactions)
        h.update(f"{p.id}:{p.version}:{p.like_count}:{reactions};".encode())
    return h.hexdigest()


def positive_count(post: Post) -> int:
    """Likes; with the reactions plugin every reaction but the negative ones counts as a like."""
    reacted = sum(r.count for r in post.reactions if r.id not in NEGATIVE_REACTIONS)
    return max(post.like_count, reacted)


def negative_count(post: Post) -> int:
    return sum(r.count for r in post.reactions if r.id in NEGATIVE_REACTIONS)


async def _compute(topic: Topic, posts: list[Post], ctx: Ctx) -> list[Proposal]:
    by_number = {p.post_number: p for p in posts}
    readings = {p.post_number: read_post(p) for p in posts}
    groups = group_proposals(readings)
    stated_in: dict[int, list[int]] = {}
    for g_id, group in enumerate(groups):
        for n in group.posts:
            stated_in.setdefault(n, []).append(g_id)

    endorsements: dict[int, dict[int, str]] = {}  # group -> {post_number: author}
    dissents: dict[int, set[str]] = {}
    for post in posts:
        reading = readings[post.post_number]
        if not (reading.endorses or reading.dissents):
            continue
        for g_id in _targets(post, reading, topic.id, groups, readings, stated_in, by_number):
            if reading.endorses:
                endorsements.setdefault(g_id, {})[post.post_number] = post.username
            else:
                dissents.setdefault(g_id, set()).add(post.username)

    needed = {n for g in groups for n in g.posts} | {n for e in endorsements.values() for n in e}
    likers = await _likers([by_number[n] for n in sorted(needed) if n in by_number], ctx)

    proposals = []
    for g_id, group in enumerate(groups):
        author = group.origin[1] if group.origin else group.members[0].author
        endorsed = {n: a for n, a in endorsements.get(g_id, {}).items() if n not in group.posts}
        people: set[str] = set()
        estimated = 0
        exact = True
        for n in sorted(group.posts | set(endorsed)):
            member = by_number.get(n)
            if member is None:
                continue
            names = likers.get(member.id)
            if names is None:
                exact = False
                estimated += positive_count(member)
            else:
                people.update(names)
        endorsers = {a for a in endorsed.values() if a != author}
        likers_only = people - {author}
        people = likers_only | endorsers
        opponents = sum(negative_count(by_number[n]) for n in group.posts if n in by_number)
        opponents += len(dissents.get(g_id, set()) - {author} - people)
        proposals.append(
            Proposal(
                text=clearest(group.members),
                author=author,
                topic_id=topic.id,
                post_numbers=sorted(group.posts),
                supporters=len(people) + estimated,
                likers=sorted(likers_only, key=str.lower),
                endorsers=sorted(endorsers, key=str.lower),
                endorsed_in=sorted(endorsed),
                opponents=opponents,
                exact=exact,
            )
        )
    proposals.sort(key=lambda p: (-p.supporters, -len(p.post_numbers) - len(p.endorsed_in), p.post_numbers[0]))
    return proposals


def _targets(
    post: Post,
    reading: PostReading,
    topic_id: int,
    groups: list[Group],
    readings: dict[int, PostReading],
    stated_in: dict[int, list[int]],
    by_number: dict[int, Post],
) -> set[int]:
    """The ideas an agreeing (or disagreeing) post answers: those of the passages it quotes,
    else those of the post it replies to, else, for a short "+1", those of the post just above."""
    quotes = [
        q
        for q in analyse(post).quotes
        if q.post_number and (q.topic_id in (None, topic_id)) and q.post_number in by_number
    ]
    if quotes:
        out: set[int] = set()
        for q in quotes:
            out |= _quoted_groups(q.text, q.post_number, readings, stated_in, groups)  # type: ignore[arg-type]
        return out
    if post.reply_to_post_number in by_number:
        return set(stated_in.get(post.reply_to_post_number, ()))
    if reading.words <= _SHORT_REPLY_WORDS:
        earlier = [n for n in by_number if n < post.post_number]
        if earlier:
            return set(stated_in.get(max(earlier), ()))
    return set()


def _quoted_groups(
    text: str, number: int, readings: dict[int, PostReading], stated_in: dict[int, list[int]], groups: list[Group]
) -> set[int]:
    """Ideas of post `number` that the quoted passage states; all of them when the whole post is quoted."""
    reading = readings.get(number)
    candidates = stated_in.get(number, [])
    if reading is None or not candidates:
        return set()
    quoted = [
        Unit(number, "", fold(s), content_tokens(fold(s)), None) for s in split_sentences(text.replace("\n", " "))
    ]
    post_tokens = sum(len(u.tokens) for u in reading.units)
    quote_tokens = sum(len(u.tokens) for u in quoted)
    if post_tokens and quote_tokens >= 0.8 * post_tokens:
        return set(candidates)
    out = set()
    for g_id in candidates:
        for member in groups[g_id].members:
            folded = fold(member.text)
            unit = Unit(number, "", folded, content_tokens(folded), None)
            if any(similar(unit, q) or folded.rstrip("…") in q.folded for q in quoted):
                out.add(g_id)
                break
    return out


async def _likers(posts: list[Post], ctx: Ctx) -> dict[int, list[str] | None]:
    """Who liked each post; posts nobody liked are not asked about."""
    asked = [p for p in posts if positive_count(p) > 0]
    answers = await asyncio.gather(*(ctx.forum.likers(p.id) for p in asked))
    out: dict[int, list[str] | None] = {p.id: [] for p in posts}
    out.update({p.id: (list(a) if a is not None else None) for p, a in zip(asked, answers, strict=False)})
    return out


def preview_dict(proposals: list[Proposal]) -> dict[str, Any]:
    return {
        "proposals": [
            {
                "text": p.text,
                "supporters": p.supporters,
                "post_numbers": p.post_numbers,
                "likers": p.likers if p.exact else [],
                "author": p.author,
                "endorsers": p.endorsers,
                "endorsed_in": p.endorsed_in,
                "opponents": p.opponents,
                "counted_from": "likers" if p.exact else "like_counts",
            }
            for p in proposals
        ]
    }


@router.preview
async def preview(topic: Topic, ctx: Ctx) -> dict[str, Any]:
    return preview_dict(await rank_proposals(topic, ctx))


@router.command("propositions", "proposals", help="proposals.help")
async def proposals_command(event: MentionReceived, ctx: Ctx) -> list[Action]:
    """The table at once when the ranking is fresh; a first ranking (who liked what) runs as its own job."""
    topic = await ctx.forum.topic(event.post.topic_id)
    fresh = await fresh_ranking(topic, ctx)
    if fresh is None:
        return [run_job(JOB, event.post, ctx.now)]
    return [reply(event, _table(fresh, ctx), "proposals")]


@router.on(TickFired, lambda e: e.name == JOB)
async def proposals_job(event: TickFired, ctx: Ctx) -> list[Action]:
    asker = Asker.from_payload(event.payload)
    proposals, remember = await ranked(await ctx.forum.topic(asker.topic_id), ctx)
    actions: list[Action] = [reply(asker, _table(proposals, ctx), "proposals")]
    if remember is not None:
        actions.append(remember)
    return actions


def _table(proposals: list[Proposal], ctx: Ctx) -> str:
    return render(proposals, "md", ctx.settings.language, limit=ctx.settings.of(ProposalsSettings).max_rows)


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
    return render(await rank_proposals(topic, ctx), args.format, ctx.settings.language)


router.bench(bench.figures(rank_proposals))
