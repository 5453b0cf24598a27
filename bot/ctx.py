"""The read-only context a handler receives, and in-memory views for tests and previews.

Handlers read the forum and scribe's memory through these views and never write:
writes are actions returned to the engine.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Protocol

from bot.audience import PM, TopicAccess
from bot.config import Settings
from bot.forum import NotFound
from bot.i18n import Messages
from bot.models import Category, Post, Topic, User
from bot.routing import Command
from bot.schedule import Schedule
from bot.state import MemoryView


class ForumView(Protocol):
    async def topic(self, topic_id: int) -> Topic:
        """The whole topic, every visible post (raw when the forum gives it).
        Raises `bot.forum.NotFound` when the topic does not exist or is not visible."""

    def topic_pages(self, topic_id: int) -> AsyncIterator[Topic]:
        """`topic` page by page as the forum serves it (the topic view with its first posts, then
        200 posts a request): each page a `Topic` holding some of its posts, in order, so that a
        reader of a long topic can let each page go once read. Raises like `topic`."""

    async def topic_window(self, topic_id: int, post_id: int, before: int = 60, after: int = 10) -> Topic:
        """The topic with only its opening post and the posts around `post_id` (`before` earlier,
        `after` later; the topic's last posts when `post_id` is not in it): what a handler reading
        one post in its context needs, 1–2 requests whatever the topic's size.
        Raises `bot.forum.NotFound` like `topic`."""

    async def post(self, post_id: int) -> Post | None: ...

    async def access(self, topic_id: int, post_ids: Iterable[int] = ()) -> TopicAccess:
        """Who reads the topic now, and which of `post_ids` still stand (`bot.audience`)."""

    async def can_read(self, topic_id: int, username: str) -> bool:
        """Whether the forum lets `username` read the topic (`bot.audience`)."""

    async def post_by_number(self, topic_id: int, post_number: int) -> Post | None:
        """One post of a topic (deleted ones flagged), or None when it is not there."""

    async def opening_post(self, topic_id: int) -> Post | None:
        """The topic's opening post with the topic's title and category as they are now (a topic
        was edited): what the view held of the forum is read again afterwards."""

    async def user(self, username: str) -> User | None:
        """The forum's current record of a user (staff flags, groups), never a cached copy."""

    async def likers(self, post_id: int) -> list[str] | None:
        """Usernames who liked the post, or None when the forum cannot tell."""

    async def categories(self) -> list[Category]: ...

    async def latest_topics(self, limit: int = 30) -> list[Topic]:
        """Most recently active topics (without their posts)."""

    async def latest_posts(self, before: int | None = None) -> list[Post]:
        """The forum's newest posts (a page of `/posts.json`), newest first; `before` pages back."""


class ReadOnlyMemory:
    """The handlers' view of scribe's memory: reads only (writes are actions)."""

    def __init__(self, inner: MemoryView) -> None:
        self._inner = inner
        self._paused: tuple[dict[str, Any] | None] | None = None

    async def get(self, namespace: str, key: str) -> Any | None:
        return await self._inner.get(namespace, key)

    async def items(self, namespace: str, prefix: str = "") -> dict[str, Any]:
        return await self._inner.items(namespace, prefix)

    async def schedules(self) -> list[Schedule]:
        return await self._inner.schedules()

    async def paused(self) -> dict[str, Any] | None:
        """Read once per view (one event): every route of the event asks."""
        if self._paused is None:
            self._paused = (await self._inner.paused(),)
        return self._paused[0]


@dataclass(frozen=True)
class Ctx:
    settings: Settings
    forum: ForumView
    memory: ReadOnlyMemory
    now: datetime
    llm: Any = None
    messages: Messages = field(default_factory=lambda: Messages("en"))
    commands: tuple[Command, ...] = ()
    """Every command the composed features answer (for `aide`/`help`)."""
    forum_now: datetime | None = None
    """The forum's clock, when its answers told it: a post's age is read on it, as the forum
    stamped the post, so that scribe's clock set forward does not age what was just written."""

    @property
    def bot_username(self) -> str:
        return self.settings.forum.username

    def ignores(self, username: str) -> bool:
        """scribe itself and the other bots: never answered, never counted as people."""
        name = username.lower()
        return name == self.bot_username.lower() or name in {b.lower() for b in self.settings.forum.other_bots}

    def t(self, key: str, **values: Any) -> str:
        """A message in the forum's language."""
        return self.messages.get(key, **values)


def window_ids(ids: list[int], post_id: int, before: int, after: int) -> list[int]:
    """The ids of a topic's window (see `ForumView.topic_window`), in the topic's order."""
    if not ids:
        return []
    at = ids.index(post_id) if post_id in ids else len(ids) - 1
    around = ids[max(0, at - before) : at + after + 1]
    return around if around[0] == ids[0] else [ids[0], *around]


def window_of(topic: Topic, post_id: int, before: int, after: int) -> Topic:
    """A whole topic cut to its window (`window_ids` on its posts), without a pass over the topic:
    a replay cuts the same topic once per post."""
    posts = topic.posts
    if not posts:
        return replace(topic, posts=())
    at = _positions(topic).get(post_id, len(posts) - 1)
    around = posts[max(0, at - before) : at + after + 1]
    return replace(topic, posts=around if at - before <= 0 else (posts[0], *around))


_LAST_CUT: list[tuple[Topic, dict[int, int]]] = []
"""The topic last cut and the place of each of its posts (a topic is frozen: its identity is enough)."""


def _positions(topic: Topic) -> dict[int, int]:
    last = _LAST_CUT[0] if _LAST_CUT else None
    if last is not None and last[0] is topic:
        return last[1]
    places: dict[int, int] = {}
    for i, p in enumerate(topic.posts):
        places.setdefault(p.id, i)
    _LAST_CUT[:] = [(topic, places)]
    return places


class StaticForum:
    """A ForumView over topics already in memory: tests, previews of topic files."""

    def __init__(
        self,
        topics: list[Topic] = (),  # type: ignore[assignment]
        users: list[User] = (),  # type: ignore[assignment]
        likers: dict[int, list[str]] | None = None,
        categories: list[Category] = (),  # type: ignore[assignment]
    ) -> None:
        self._topics = {t.id: t for t in topics}
        self._users = {u.username.lower(): u for u in users}
        self._likers = likers
        self._categories = list(categories)

    async def topic(self, topic_id: int) -> Topic:
        if topic_id not in self._topics:
            raise NotFound(404, "GET", f"/t/{topic_id}.json", [f"no topic {topic_id}"])
        return self._topics[topic_id]

    async def topic_pages(self, topic_id: int) -> AsyncIterator[Topic]:
        """The topic held, as one page."""
        yield await self.topic(topic_id)

    async def topic_window(self, topic_id: int, post_id: int, before: int = 60, after: int = 10) -> Topic:
        return window_of(await self.topic(topic_id), post_id, before, after)

    async def post(self, post_id: int) -> Post | None:
        for t in self._topics.values():
            for p in t.posts:
                if p.id == post_id:
                    return p
        return None

    async def access(self, topic_id: int, post_ids: Iterable[int] = ()) -> TopicAccess:
        """A topic of a category this view was not given reads as public (a topic file's own)."""
        topic = self._topics.get(topic_id)
        if topic is None:
            return TopicAccess(topic_id, readable=False)
        known = {c.id for c in self._categories}
        alive = {p.id for p in topic.posts if p.shown}
        return TopicAccess(
            topic_id,
            readable=True,
            category_id=topic.category_id if topic.category_id in known else None,
            archetype=topic.archetype,
            listed=topic.listed,
            users=frozenset({(topic.author or "").lower()} - {""}) if topic.archetype == PM else frozenset(),
            live=frozenset(post_ids) & alive,
        )

    async def can_read(self, topic_id: int, username: str) -> bool:
        """Unknown here: no."""
        return False

    async def post_by_number(self, topic_id: int, post_number: int) -> Post | None:
        topic = self._topics.get(topic_id)
        return topic.post(post_number) if topic is not None else None

    async def opening_post(self, topic_id: int) -> Post | None:
        return await self.post_by_number(topic_id, 1)

    async def user(self, username: str) -> User | None:
        return self._users.get(username.lower())

    async def likers(self, post_id: int) -> list[str] | None:
        if self._likers is None:
            return None
        return list(self._likers.get(post_id, []))

    async def categories(self) -> list[Category]:
        return list(self._categories)

    async def latest_posts(self, before: int | None = None) -> list[Post]:
        posts = sorted(
            (
                replace(p, category_id=t.category_id, topic_title=t.title, topic_slug=t.slug)
                for t in self._topics.values()
                if t.archetype != "private_message"
                for p in t.posts
            ),
            key=lambda p: -p.id,
        )
        return [p for p in posts if before is None or p.id < before][:50]

    async def latest_topics(self, limit: int = 30) -> list[Topic]:
        return sorted(
            self._topics.values(), key=lambda t: t.last_posted_at or t.created_at or datetime.min, reverse=True
        )[:limit]
