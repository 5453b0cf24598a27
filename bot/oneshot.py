"""What a feature's one-shot command (`scribe proposals`, `summarize`, `digest`) gets to work with.

A `Kit` reads a topic from the configured forum (or a topic JSON file), builds the same
read-only context the running bot gives handlers, and, with `--post`, hands actions to
the engine, which sends them through the outbox exactly like the running bot would (same
keys, so a command run twice posts once).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, AsyncExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot import actions as A
from bot import audience, progress
from bot.clients import make_forum
from bot.config import ConfigError, Settings
from bot.ctx import Ctx, ForumView, ReadOnlyMemory, StaticForum, window_of
from bot.engine import Engine, PassForum
from bot.forum import Forum
from bot.i18n import Messages
from bot.models import Post, Topic
from bot.state import MemoryState
from bot.topicfile import load_topic_file


def topic_ref(ref: str) -> int | Path:
    """TOPIC: a topic id, a topic URL (…/t/slug/123…), or a topic JSON file."""
    if Path(ref).is_file():
        return Path(ref)
    if ref.isdigit():
        return int(ref)
    m = re.search(r"/t/(?:[^/]+/)?(\d+)", ref)
    if m:
        return int(m.group(1))
    raise ConfigError(f"{ref!r} is neither a topic id, a topic URL nor a topic JSON file")


EngineFactory = Callable[[Settings], AbstractAsyncContextManager[Engine]]


@dataclass
class Kit:
    settings: Settings
    llm: Any = None
    open_engine: EngineFactory | None = None
    """Opens the running bot's engine (configured forum and store), for `--post`."""
    forum: Forum | None = None
    _engine: Engine | None = None
    _stack: AsyncExitStack = field(default_factory=AsyncExitStack)

    async def topic(self, ref: str) -> tuple[Topic, Ctx, bool]:
        """The topic, a context to read it with (empty memory), and whether it is on the forum."""
        target = topic_ref(ref)
        view: ForumView
        if isinstance(target, Path):
            topic = load_topic_file(target)
            view = StaticForum([topic])
            on_forum = False
        else:
            if self.forum is None:
                self.forum = make_forum(self.settings)
                self._stack.push_async_callback(self.forum.close)
            with progress.bar(f"topic {target}: posts read", None) as reading:
                topic = await self.forum.topic(target, lambda done, total: reading.update(completed=done, total=total))
            view = ProgressForum(PassForum(self.forum), topic)
            self._stack.callback(view.close)
            on_forum = True
        memory = ReadOnlyMemory(MemoryState())
        ctx = Ctx(self.settings, view, memory, datetime.now(UTC), self.llm, Messages(self.settings.language))
        return topic, ctx, on_forum

    async def engine(self) -> Engine:
        if self._engine is None:
            if self.open_engine is None:
                raise ConfigError("this command needs the configured forum and store")
            self._engine = await self._stack.enter_async_context(self.open_engine(self.settings))
        return self._engine

    async def bot_ctx(self) -> Ctx:
        """The context the running bot would give a handler now (its memory included)."""
        return await (await self.engine()).ctx()

    async def perform(self, actions: list[A.Action]) -> list[tuple[A.ForumWrite, Any]]:
        """Commit actions decided outside the event loop, then send them."""
        engine = await self.engine()
        actions = await audience.guard(actions, await engine.ctx())
        await engine.store.apply(actions, engine.clock())
        return await engine.send()

    async def close(self) -> None:
        await self._stack.aclose()


class ProgressForum:
    """The forum view of a one-shot command on one topic: that topic as already read, and a bar
    for the likers it asks about (one request per liked post, the slow part on a real forum)."""

    def __init__(self, inner: PassForum, topic: Topic) -> None:
        self.inner = inner
        self._topic = topic
        self._posts = {p.id: p for p in topic.posts}
        self._likes: progress.Bar | None = None

    async def post(self, post_id: int) -> Post | None:
        """A post of the topic as just read (a preview's timers re-read many); others from the forum."""
        held = self._posts.get(post_id)
        return held if held is not None else await self.inner.post(post_id)

    async def topic(self, topic_id: int) -> Topic:
        return self._topic if topic_id == self._topic.id else await self.inner.topic(topic_id)

    async def topic_pages(self, topic_id: int) -> AsyncIterator[Topic]:
        if topic_id == self._topic.id:
            yield self._topic
            return
        async for page in self.inner.topic_pages(topic_id):
            yield page

    async def topic_window(self, topic_id: int, post_id: int, before: int = 60, after: int = 10) -> Topic:
        if topic_id == self._topic.id:
            return window_of(self._topic, post_id, before, after)
        return await self.inner.topic_window(topic_id, post_id, before, after)

    async def likers(self, post_id: int) -> list[str] | None:
        if self._likes is None:
            liked = sum(1 for p in self._topic.posts if p.like_count > 0 or p.reactions)
            self._likes = progress.open_bar(f"topic {self._topic.id}: likes read", liked or None)
        try:
            return await self.inner.likers(post_id)
        finally:
            self._likes.advance()

    def close(self) -> None:
        if self._likes is not None:
            self._likes.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def report(sent: list[tuple[A.ForumWrite, Any]]) -> str:
    lines = []
    for action, post in sent:
        where = f"topic {post.topic_id}, post {post.post_number}" if post else "?"
        lines.append(f"posted {action.key} → {where}")
    return "\n".join(lines) or "nothing to post"
