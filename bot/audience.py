"""Who may read what: a fact reaches an output only if every reader of that output could read
its source. The rule lives here, once, for every feature.

Every output has an audience: a public topic is read by everyone who reads the forum, a
topic of a read-restricted category by that category's groups, a private message by its
participants. Every fact scribe reuses (a meeting, a link, a quote, a proposal, a line of a
synthesis or of the digest) keeps its source: the topic, and where it matters the post, it
was read from. The source's audience is not copied into scribe's memory, where it would go
stale when a topic changes category or a post is deleted: it is read from the forum when the
fact is about to be used (one `/t/{id}.json`, shared by the whole pass), so a topic moved into
a restricted category after scribe read it, or a post deleted while scribe only polls, is
seen as it is now.

A private message's participants are few: when the model cannot tell, each recipient is
checked by reading the source as that user (the forum's own Guardian decides).

Two places use the rule: handlers, through `visible` and `keep_visible`, when they pick the
facts they may show in a given topic; and `guard`, the last step of every dispatch, which
drops a forum write whose sources (named by the handler in `sources`, or cited in its text:
post links and `[quote]`s) are not visible to every reader of its target, and logs it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal, Protocol, TypeVar

from bot import actions as A
from bot import metrics

if TYPE_CHECKING:
    from bot.ctx import Ctx
    from bot.models import Category, Post

log = logging.getLogger("scribe.audience")
T = TypeVar("T")
PM = "private_message"


@dataclass(frozen=True)
class Audience:
    """Who reads a topic (or would read an output).

    `public`: everyone who reads the forum; `category`: the groups of a read-restricted
    category (or one scribe cannot list); `pm`: the participants (`users`, `groups`);
    `topic`: an unlisted topic, read by those given its address (no other output has
    the same readers); `nobody`: a source that is gone (deleted, hidden, made a whisper,
    no longer readable).
    """

    kind: Literal["public", "category", "pm", "topic", "nobody"]
    topic_id: int | None = None
    category_id: int | None = None
    users: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()


PUBLIC = Audience("public")
NOBODY = Audience("nobody")


def covers(source: Audience, output: Audience) -> bool:
    """True when every reader of `output` can read `source`."""
    if source.kind == "nobody":
        return False
    if source.kind == "public":
        return True
    if source.topic_id is not None and source.topic_id == output.topic_id:
        return True  # the same topic: the same readers
    if source.kind == "topic":
        return False
    if source.kind == "category":
        return output.kind == "category" and output.category_id == source.category_id
    # A private message: only for a message among (some of) the same participants.
    among = output.users <= source.users and output.groups <= source.groups
    return output.kind == "pm" and bool(output.users) and among


@dataclass(frozen=True)
class TopicAccess:
    """What one read of a topic says about who reads it and which of its posts still stand."""

    topic_id: int
    readable: bool
    category_id: int | None = None
    archetype: str = "regular"
    listed: bool = True
    """False for an unlisted topic: out of every list, read by those given its address."""
    users: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()
    live: frozenset[int] = frozenset()
    """Ids of the posts asked about that every reader of the topic sees: neither deleted, hidden,
    nor whispers."""


class AccessView(Protocol):
    async def access(self, topic_id: int, post_ids: Iterable[int] = ()) -> TopicAccess: ...

    async def categories(self) -> list[Category]: ...

    async def post(self, post_id: int) -> Post | None: ...

    async def can_read(self, topic_id: int, username: str) -> bool: ...


def audience_of(access: TopicAccess, categories: Sequence[Category]) -> Audience:
    if not access.readable:
        return NOBODY
    if access.archetype == PM:
        return Audience("pm", access.topic_id, users=access.users, groups=access.groups)
    if not access.listed:
        return Audience("topic", access.topic_id, access.category_id)
    public = {c.id for c in categories if not c.read_restricted}
    if access.category_id is None or access.category_id in public:
        return replace(PUBLIC, topic_id=access.topic_id, category_id=access.category_id)
    # restricted, or a category scribe cannot even list: its readers are a few groups
    return Audience("category", access.topic_id, access.category_id)


@dataclass(frozen=True)
class Source:
    """Where a fact was read: a topic, and the post when the fact stands or falls with it."""

    topic_id: int
    post_id: int | None = None


async def source_audience(forum: AccessView, source: Source) -> Audience:
    posts = () if source.post_id is None else (source.post_id,)
    access = await forum.access(source.topic_id, posts)
    if source.post_id is not None and source.post_id not in access.live:
        return NOBODY
    return audience_of(access, await forum.categories())


async def topic_audience(forum: AccessView, topic_id: int) -> Audience:
    return audience_of(await forum.access(topic_id), await forum.categories())


async def output_audience(forum: AccessView, write: A.ForumWrite, bot: str) -> Audience:
    """Who will read a write: its topic's readers, its category's, or the message's participants."""
    if isinstance(write, A.ReplyToPost):
        return await topic_audience(forum, write.topic_id)
    if isinstance(write, A.CreateTopic):
        restricted = {c.id for c in await forum.categories() if c.read_restricted}
        if write.category_id in restricted:
            return Audience("category", category_id=write.category_id)
        return PUBLIC
    if isinstance(write, A.SendPrivateMessage):
        people = {r.lower() for r in write.recipients} | {bot.lower()}
        return Audience("pm", users=frozenset(people))
    edited = await forum.post(write.post_id)
    return PUBLIC if edited is None else await topic_audience(forum, edited.topic_id)


async def audiences(forum: AccessView, sources: Iterable[Source]) -> dict[Source, Audience]:
    """The audience of each source now, reading each topic once (with all its asked posts)."""
    wanted = list(dict.fromkeys(sources))
    posts: dict[int, set[int]] = {}
    for s in wanted:
        posts.setdefault(s.topic_id, set()).update(() if s.post_id is None else (s.post_id,))
    categories = await forum.categories() if wanted else []
    accesses = {t: await forum.access(t, ids) for t, ids in posts.items()}
    out: dict[Source, Audience] = {}
    for s in wanted:
        access = accesses[s.topic_id]
        out[s] = NOBODY if s.post_id is not None and s.post_id not in access.live else audience_of(access, categories)
    return out


async def visible(ctx: Ctx, source: Source, output: Audience) -> bool:
    """May a fact read at `source` appear in an output read by `output`?"""
    if source.post_id is None and source.topic_id == output.topic_id:
        return True
    return covers(await source_audience(ctx.forum, source), output)


async def sort_out(
    ctx: Ctx, facts: Sequence[T], source_of: Callable[[T], Source], output: Audience
) -> tuple[list[T], list[T]]:
    """The facts that may appear in an output read by `output` (in their order), and those whose
    source is gone (deleted, hidden, unreadable): what scribe keeps of them should go."""
    found = await audiences(ctx.forum, (source_of(f) for f in facts))
    shown = [f for f in facts if covers(found[source_of(f)], output)]
    lost = [f for f in facts if found[source_of(f)].kind == "nobody"]
    return shown, lost


async def keep_visible(ctx: Ctx, facts: Sequence[T], source_of: Callable[[T], Source], output: Audience) -> list[T]:
    """The facts that may appear in an output read by `output`, in their order."""
    return (await sort_out(ctx, facts, source_of, output))[0]


async def gone(ctx: Ctx, source: Source) -> bool:
    """The source post was deleted or hidden, or its topic can no longer be read (a cheap read)."""
    return (await source_audience(ctx.forum, source)).kind == "nobody"


# --- the last guard --------------------------------------------------------------------------

_POST_URL = re.compile(r"(?<![\w/])/t/(?:[^/\s()\]]+/)?(\d+)(?=[/)\s\]?#]|$)")
_QUOTE = re.compile(r"\[quote=[^\[\]]*?\btopic:\s*(\d+)", re.I)
"""A quote's attributes hold no bracket: each opening is read only up to the next one, not to the end
of a text of many unclosed openings (0.6 s on 20,000 characters when it read on)."""


def cited(raw: str) -> set[int]:
    """Topics a text cites: links to forum posts or topics, and `[quote]`s."""
    return {int(m) for m in _POST_URL.findall(raw)} | {int(m) for m in _QUOTE.findall(raw)}


def sources_of(write: A.ForumWrite) -> set[int]:
    return set(getattr(write, "sources", ())) | cited(write.raw)


@dataclass
class Guard:
    """The judgement of one batch of actions (audiences read once)."""

    ctx: Ctx
    outputs: dict[str, Audience] = field(default_factory=dict)

    async def allows(self, write: A.ForumWrite) -> tuple[bool, list[int]]:
        topics = sources_of(write)
        if isinstance(write, A.ReplyToPost):
            topics.discard(write.topic_id)  # its own topic: the same readers
        if not topics:
            return True, []
        output = await output_audience(self.ctx.forum, write, self.ctx.bot_username)
        found = await audiences(self.ctx.forum, (Source(t) for t in sorted(topics)))
        hidden = [s.topic_id for s, seen in found.items() if not covers(seen, output)]
        if hidden and isinstance(write, A.SendPrivateMessage):
            # A message's readers are few and known: each is asked about, as the forum judges it.
            people = [r for r in write.recipients if r.lower() != self.ctx.bot_username.lower()]
            hidden = [
                t
                for t in hidden
                if found[Source(t)].kind == "nobody" or not all([await self.ctx.forum.can_read(t, r) for r in people])
            ]
        return not hidden, hidden


async def guard(actions: list[A.Action], ctx: Ctx) -> list[A.Action]:
    """Drop (and log) every forum write whose sources some reader of its target may not read."""
    if not any(isinstance(a, A.FORUM_WRITES) for a in actions):
        return actions
    judge = Guard(ctx)
    kept: list[A.Action] = []
    for action in actions:
        if isinstance(action, A.FORUM_WRITES):
            ok, hidden = await judge.allows(action)
            if not ok:
                log.warning("audience.dropped", extra={"key": action.key, "sources": hidden})
                metrics.WRITES.labels("withheld").inc()
                continue
        kept.append(action)
    return kept
