"""The engine: poller, webhooks and scheduler → one queue → dispatcher → outbox → forum."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bot import actions as A
from bot.config import Settings
from bot.ctx import Ctx
from bot.dispatch import Dispatcher, Outcome, already_handled, commit, describe
from bot.events import Event, PostCreated, PostEdited, PostLiked, TickFired
from bot.forum import Forum, Unavailable
from bot.i18n import Messages
from bot.models import REGULAR, Category, Post, Topic, User
from bot.outbox import Outbox
from bot.poller import Poller
from bot.quiet import quiet_until
from bot.routing import Router
from bot.scheduler import Scheduler
from bot.store import Store

log = logging.getLogger("scribe.engine")


def utcnow() -> datetime:
    return datetime.now(UTC)


class PassForum:
    """The handlers' read-only view of the forum: topics and categories are read once per pass."""

    def __init__(self, forum: Forum) -> None:
        self.forum = forum
        self._topics: dict[int, Topic] = {}
        self._categories: list[Category] | None = None

    def reset(self) -> None:
        self._topics.clear()
        self._categories = None

    async def topic(self, topic_id: int) -> Topic:
        if topic_id not in self._topics:
            self._topics[topic_id] = await self.forum.topic(topic_id)
        return self._topics[topic_id]

    async def post(self, post_id: int) -> Post | None:
        return await self.forum.post(post_id)

    async def user(self, username: str) -> User | None:
        return await self.forum.user(username)

    async def likers(self, post_id: int) -> list[str] | None:
        return await self.forum.likers(post_id)

    async def categories(self) -> list[Category]:
        if self._categories is None:
            self._categories = await self.forum.categories()
        return self._categories

    async def latest_topics(self, limit: int = 30) -> list[Topic]:
        return await self.forum.latest_topics(limit)


@dataclass
class PassReport:
    events: list[Event] = field(default_factory=list)
    actions: list[A.Action] = field(default_factory=list)
    sent: list[tuple[A.ForumWrite, Post | None]] = field(default_factory=list)


class Engine:
    def __init__(
        self,
        settings: Settings,
        forum: Forum,
        store: Store,
        *,
        routers: list[Router] | None = None,
        clock: Callable[[], datetime] = utcnow,
        llm: Any = None,
        dry_run: bool = False,
        echo: Callable[[str], None] = print,
    ) -> None:
        from handlers import routers as all_routers

        self.settings = settings
        self.forum = forum
        self.store = store
        self.clock = clock
        self.llm = llm
        self.dry_run = dry_run
        self.echo = echo
        self.view = PassForum(forum)
        self.poller = Poller(forum, store)
        self.scheduler = Scheduler(store, settings)
        self.outbox = Outbox(store, forum, settings.forum.username, clock, hold=self.quiet_until)
        self.dispatcher = Dispatcher(routers if routers is not None else all_routers(), settings.forum.username)
        self.messages = Messages(settings.language)
        self.queue: asyncio.Queue[Event] = asyncio.Queue()
        self.ignored = {settings.forum.username.lower(), *(b.lower() for b in settings.forum.other_bots)}
        self._started = False

    async def ctx(self) -> Ctx:
        return Ctx(await self.effective_settings(), self.view, self.store, self.clock(), self.llm, self.messages)

    async def quiet_until(self, now: datetime) -> datetime | None:
        settings = await self.effective_settings()
        return quiet_until(now, settings.quiet.hours, settings.tz)

    async def effective_settings(self) -> Settings:
        """The config file's settings with the changes made from the forum (memory namespace
        `overrides`: key `section.field`, value `{"value": …, "also": {…}, "by", "at"}`)."""
        overrides = await self.store.items("overrides")
        if not overrides:
            return self.settings
        changes: dict[str, dict[str, Any]] = {}
        for dotted, change in overrides.items():
            for path, value in {dotted: change["value"], **change.get("also", {})}.items():
                section, _, name = path.partition(".")
                changes.setdefault(section, {})[name] = value
        updates = {
            section: getattr(self.settings, section).model_copy(update=fields) for section, fields in changes.items()
        }
        return self.settings.model_copy(update=updates)

    async def start(self) -> None:
        if not self._started:
            await self.scheduler.sync_config(self.clock())
            self._started = True

    # one event ----------------------------------------------------------------

    def _ignored(self, event: Event) -> bool:
        if isinstance(event, (PostCreated, PostEdited, PostLiked)):
            post = event.post
            if post.username.lower() in self.ignored or post.post_type != REGULAR:
                return True
            return post.deleted and not isinstance(event, PostEdited)
        return False

    async def handle(self, event: Event) -> list[A.Action]:
        """Dispatch one event and commit its outcome, unless it was already handled."""
        if await self.store.call(already_handled, event):
            return []
        paused = await self.store.paused()
        if self._ignored(event) or (paused and not isinstance(event, PostCreated)):
            actions: list[A.Action] = []
        else:
            actions = await self.dispatcher.dispatch(event, await self.ctx(), only="commands" if paused else None)
        if self.dry_run:
            for action in actions:
                self.echo(json.dumps(describe(action), ensure_ascii=False))
            return actions
        await self.store.call(commit, Outcome(event, actions, self.clock()))
        for action in actions:
            if isinstance(action, A.ChangeSchedule):
                await self.scheduler.refresh(action.name)
        return actions

    async def due_events(self) -> list[Event]:
        now = self.clock()
        timers = await self.store.call(_due_timers, now.isoformat())
        ticks = [
            TickFired(t["name"], datetime.fromisoformat(t["at"]), t["key"], json.loads(t["payload"] or "{}"))
            for t in timers
        ]
        return ticks + await self.scheduler.due(now)

    async def drain_queue(self, report: PassReport) -> None:
        while not self.queue.empty():
            event = self.queue.get_nowait()
            report.events.append(event)
            report.actions += await self.handle(event)

    # passes -------------------------------------------------------------------

    async def run_once(self) -> PassReport:
        """One poll, the timers and schedules that are due, then the outbox."""
        await self.start()
        report = PassReport()
        self.view.reset()
        for event in await self.poller.poll():
            self.queue.put_nowait(event)
        await self.drain_queue(report)
        for _ in range(3):
            due = await self.due_events()
            if not due:
                break
            for event in due:
                self.queue.put_nowait(event)
            await self.drain_queue(report)
        if not self.dry_run:
            report.sent = await self.outbox.drain()
        return report

    async def run(self, stop: asyncio.Event) -> None:
        """Poll every `poll_seconds`, fire schedules live, take webhooks; stop cleanly on `stop`."""
        await self.start()
        await self.scheduler.start(self.queue)
        delay = self.settings.forum.poll_seconds
        try:
            while not stop.is_set():
                try:
                    await self.run_once()
                    delay = self.settings.forum.poll_seconds
                except Unavailable as exc:
                    delay = min(delay * 2, 600)
                    log.warning("engine.forum_unavailable", extra={"why": str(exc), "next_try_seconds": delay})
                try:
                    await asyncio.wait_for(_wait_any(stop, self.queue), timeout=delay)
                except TimeoutError:
                    pass
        finally:
            self.scheduler.stop()


async def _wait_any(stop: asyncio.Event, queue: asyncio.Queue[Event]) -> None:
    """Wake for a stop request or an event pushed by a webhook or the scheduler."""
    while not stop.is_set() and queue.empty():
        await asyncio.sleep(0.2)


def _due_timers(db: Any, now_iso: str) -> list[dict[str, Any]]:
    return [
        dict(r) for r in db.query("SELECT * FROM timers WHERE status = 'pending' AND at <= ? ORDER BY at", [now_iso])
    ]
