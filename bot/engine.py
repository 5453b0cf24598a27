"""The engine: sources → one queue → dispatcher → store and outbox → forum.

Three sources put events on the queue: the poller (`/posts.json`), the webhook receiver
and the clock (timers and schedules, rung by APScheduler). One consumer takes events
off the queue, one at a time: dispatch, commit the outcome, and, when the queue is empty,
send what the outbox holds. The engine knows Discourse, time and storage; the features
reach it only through the dispatcher the application hands it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bot import actions as A
from bot import metrics
from bot.audience import PM, TopicAccess, guard
from bot.config import Settings
from bot.ctx import Ctx, ReadOnlyMemory, window_ids, window_of
from bot.dispatch import HELD_AT_MOST, Dispatcher, describe, held_by_pause
from bot.events import Event, PostCreated, PostEdited, TickFired
from bot.forum import POST_IDS_PER_REQUEST, Forum, ForumError, Unavailable
from bot.i18n import Messages
from bot.models import Category, Post, Topic, User
from bot.outbox import Outbox
from bot.poller import Poller
from bot.scheduler import Scheduler, WantedSchedules
from bot.store import Store

log = logging.getLogger("scribe.engine")
MAX_TIMER_SLEEP = 30.0
MAX_BACKOFF = 600.0
PRUNE_EVERY = timedelta(hours=1)
MAX_PASS_POSTS = 20_000
MAX_PASS_HEADS = 500
OVERRIDES = "overrides"
MIN_POLL = 5.0
QUIET_BATCH = 200


def utcnow() -> datetime:
    return datetime.now(UTC)


class PassForum:
    """The handlers' read-only view of the forum, read once per pass: a topic is read once (its
    head, the windows asked for, or the whole of it), and the posts the poll brought are not read
    again. Bounded: past `max_posts` posts held, the oldest topics and posts are let go."""

    def __init__(self, forum: Forum, max_posts: int = MAX_PASS_POSTS) -> None:
        self.forum = forum
        self.max_posts = max_posts
        self._topics: OrderedDict[int, Topic] = OrderedDict()
        self._heads: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self._posts: OrderedDict[int, Post] = OrderedDict()
        self._categories: list[Category] | None = None
        self._access: dict[tuple[int, frozenset[int]], TopicAccess] = {}

    def reset(self) -> None:
        self._topics.clear()
        self._heads.clear()
        self._posts.clear()
        self._categories = None
        self._access.clear()

    def seen(self, posts: list[Post]) -> None:
        """Posts just read (the poll's): a window that holds them does not read them again."""
        for post in posts:
            if post.raw is not None:
                self._posts[post.id] = post
        self._trim()

    def _trim(self) -> None:
        held = sum(len(t.posts) for t in self._topics.values())
        while len(self._topics) > 1 and held > self.max_posts:
            held -= len(self._topics.popitem(last=False)[1].posts)
        while len(self._posts) > self.max_posts:
            self._posts.popitem(last=False)
        while len(self._heads) > MAX_PASS_HEADS:
            self._heads.popitem(last=False)

    async def topic(self, topic_id: int) -> Topic:
        topic = self._topics.get(topic_id)
        if topic is None:
            topic = self._topics[topic_id] = await self.forum.topic(topic_id)
            self._trim()
        return topic

    async def topic_pages(self, topic_id: int) -> AsyncIterator[Topic]:
        """The topic as held, or page by page from the forum without holding it: a reader of
        every page (a ranking of a long topic) keeps what it needs of each, not the text."""
        held = self._topics.get(topic_id)
        if held is not None:
            yield held
            return
        async for page in self.forum.topic_pages(topic_id):
            yield page

    async def topic_window(self, topic_id: int, post_id: int, before: int = 60, after: int = 10) -> Topic:
        if topic_id in self._topics:
            return window_of(self._topics[topic_id], post_id, before, after)
        head = self._heads.get(topic_id)
        if head is None:
            head = self._heads[topic_id] = await self.forum.request("GET", f"t/{topic_id}.json")
        stream = head.get("post_stream") or {}
        if "stream" not in stream:
            return await self._mega_window(head, post_id, before, after)
        ids = window_ids([int(i) for i in stream.get("stream") or ()], post_id, before, after)
        # The head's inline posts (the first 20) come without raw, as in `Forum.topic`: the features
        # read the cooked text; the posts the pass already holds come with it.
        have = {p["id"]: Post.from_json(p, head) for p in stream.get("posts") or ()}
        have.update({i: self._posts[i] for i in ids if i in self._posts})
        missing = [i for i in ids if i not in have]
        for start in range(0, len(missing), POST_IDS_PER_REQUEST):
            chunk = missing[start : start + POST_IDS_PER_REQUEST]
            for post in await self.forum.posts_by_ids(topic_id, chunk, topic=head):
                have[post.id] = self._posts[post.id] = post
        self._trim()
        return Topic.from_json(head, [have[i] for i in ids if i in have])

    async def _mega_window(self, head: dict[str, Any], post_id: int, before: int, after: int) -> Topic:
        """A topic too big for its id stream (Discourse's mega topics, 10,000 posts and more):
        the window read by post numbers, 20 at a time, from what the pass does not hold yet."""
        topic_id = int(head["id"])
        inline = [Post.from_json(p, head) for p in (head.get("post_stream") or {}).get("posts") or ()]
        by_number = {p.post_number: p for p in inline}
        by_number.update({p.post_number: p for p in self._posts.values() if p.topic_id == topic_id})
        held = self._posts.get(post_id) or await self.forum.post(post_id)
        if held is not None and held.topic_id == topic_id:
            by_number[held.post_number] = held
            number = held.post_number
        else:
            number = int(head.get("highest_post_number") or 0)
        low, high = max(1, number - before), number + after
        edge = number + 1
        while edge > low and any(n not in by_number for n in range(low, edge)):
            page = await self.forum.posts_near(topic_id, edge, after=False, topic=head)
            by_number.update({p.post_number: p for p in page})
            if not page or min(p.post_number for p in page) >= edge:
                break
            edge = min(p.post_number for p in page)
        last = int(head.get("highest_post_number") or number)
        if after and any(n not in by_number for n in range(number + 1, min(high, last) + 1)):
            page = await self.forum.posts_near(topic_id, number, after=True, topic=head)
            by_number.update({p.post_number: p for p in page})
        wanted = [p for n, p in sorted(by_number.items()) if n == 1 or low <= n <= high]
        return Topic.from_json(head, wanted)

    async def post(self, post_id: int) -> Post | None:
        return await self.forum.post(post_id)

    async def can_read(self, topic_id: int, username: str) -> bool:
        return await self.forum.can_read(topic_id, username)

    async def post_by_number(self, topic_id: int, post_number: int) -> Post | None:
        topic = self._topics.get(topic_id)
        if topic is not None:
            return topic.post(post_number)
        return await self.forum.post_by_number(topic_id, post_number)

    async def opening_post(self, topic_id: int) -> Post | None:
        """Read from the forum (the topic view: its title and category too); a title or category
        changed, so the pass reads the forum anew afterwards."""
        first = await self.forum.first_post(topic_id)
        self.reset()
        return first

    async def access(self, topic_id: int, post_ids: Iterable[int] = ()) -> TopicAccess:
        """Read once per pass; a topic already read whole this pass answers without a request."""
        asked = frozenset(post_ids)
        topic = self._topics.get(topic_id)
        first = topic.post(1) if topic is not None else None
        if topic is not None and topic.archetype != PM and first is not None and not first.deleted:
            alive = {p.id for p in topic.posts if p.shown}
            return TopicAccess(
                topic_id, True, topic.category_id, topic.archetype, listed=topic.listed, live=asked & alive
            )
        if (topic_id, asked) not in self._access:
            head = self._heads.get(topic_id)
            self._access[(topic_id, asked)] = (
                await self.forum.access_of(head, asked, self._posts)
                if head is not None
                else await self.forum.access(topic_id, asked)
            )
        return self._access[(topic_id, asked)]

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

    async def latest_posts(self, before: int | None = None) -> list[Post]:
        return await self.forum.latest_posts(before)


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
        dispatcher: Dispatcher,
        schedules: WantedSchedules,
        *,
        clock: Callable[[], datetime] = utcnow,
        llm: Any = None,
        dry_run: bool = False,
        echo: Callable[[str], None] = print,
    ) -> None:
        self.settings = settings
        self.forum = forum
        self.store = store
        self.clock = clock
        self.llm = llm
        self.dry_run = dry_run
        self.echo = echo
        self.view = PassForum(forum)
        self.poller = Poller(forum, store)
        self.scheduler = Scheduler(store, settings, schedules)
        self.outbox = Outbox(
            store, forum, settings.forum.username, clock, settings.forum.writes_per_minute, self.still_allowed
        )
        self.dispatcher = dispatcher
        self.messages = Messages(settings.language)
        self.queue: asyncio.Queue[Event] = asyncio.Queue()
        self._queued_ticks: set[str] = set()
        self._timers_changed = asyncio.Event()
        self._sending = asyncio.Lock()
        self._started = False
        self._pruned_at: datetime | None = None
        self._effective: Settings | None = None
        self._quiet: list[PostCreated | PostEdited] = []
        self._passed: list[int] = []

    def new_pass(self) -> None:
        """Forget what was read for the previous pass: the forum's pages, the settings' overrides."""
        self.view.reset()
        self._effective = None

    async def ctx(self) -> Ctx:
        settings = await self.effective_settings()
        memory = ReadOnlyMemory(self.store)
        return Ctx(
            settings,
            self.view,
            memory,
            self.clock(),
            self.llm,
            self.messages,
            self.dispatcher.commands,
            forum_now=self.forum.now(),
        )

    async def effective_settings(self) -> Settings:
        """The config file's settings with the changes made from the forum (memory namespace
        `overrides`: key `section.field`, value `{"value": …, "also": {…}, "by", "at"}`), read
        once a pass and again after an event changed them."""
        if self._effective is None:
            self._effective = await self._read_settings()
        return self._effective

    async def _read_settings(self) -> Settings:
        overrides = await self.store.items(OVERRIDES)
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

    # sources ----------------------------------------------------------------------------------

    def put(self, event: Event) -> None:
        """Queue an event from any source; a tick already waiting is not queued twice."""
        if isinstance(event, TickFired):
            if event.key in self._queued_ticks:
                return
            self._queued_ticks.add(event.key)
        self.queue.put_nowait(event)

    async def poll(self) -> int:
        """Queue what the forum has new; how many events come from others than scribe."""
        events = await self.poller.poll()
        self.view.seen([e.post for e in events if isinstance(e, PostCreated | PostEdited)])
        for event in events:
            self.put(event)
        if not self.dry_run:
            now = self.clock()
            await self.store.mark_polled(now)
            if self._pruned_at is None or now - self._pruned_at >= PRUNE_EVERY:
                dropped = await self.store.prune(now)
                self._pruned_at = now
                if any(dropped.values()):
                    log.info("engine.pruned", extra=dropped)
        bot = self.settings.forum.username.lower()
        return sum(1 for e in events if getattr(getattr(e, "post", None), "username", "").lower() != bot)

    async def due_events(self) -> list[Event]:
        """The timers and schedules due now; while scribe is paused, the work it owes the posts it
        read before (`bot.dispatch.held_by_pause`) waits for the resume."""
        now = self.clock()
        await self.store.restart_waits(now)
        ticks = await self.store.due_timers(now)
        if ticks and await self.store.paused():
            ticks = [t for t in ticks if not held_by_pause(t)]
        return [*ticks, *await self.scheduler.due(now)]

    async def held_too_long(self, actions: list[A.Action]) -> list[TickFired]:
        """When `actions` resume scribe, the work the pause held whose time is more than `HELD_AT_MOST`
        past: given up in the resume's own transaction (handled with nothing to do, it never fires), so
        that a crash just after the resume cannot restart scribe unpaused with that work still owed."""
        if not any(isinstance(a, A.PauseBot) and not a.paused for a in actions):
            return []
        return [t for t in await self.store.due_timers(self.clock() - HELD_AT_MOST) if held_by_pause(t)]

    async def queue_due(self) -> int:
        due = await self.due_events()
        for event in due:
            self.put(event)
        return len(due)

    # the consumer ------------------------------------------------------------------------------

    async def handle(self, event: Event, batch: bool = False) -> list[A.Action]:
        """Dispatch one event and commit its outcome, unless it was already handled. With `batch`,
        a post that calls for nothing is marked seen with others, at the next `flush`."""
        try:
            if await self.store.already_handled(event):
                if isinstance(event, PostCreated) and event.polled:
                    self._passed.append(event.post.id)  # brought first by a webhook: the poll reads on
                return []
            if isinstance(event, TickFired) and held_by_pause(event) and await self.store.paused():
                return []  # queued before a pause read in the same pass: it waits for the resume
            metrics.EVENTS.labels(type(event).__name__).inc()
            try:
                actions = await self.dispatcher.dispatch(event, await self.ctx())
            except Unavailable:
                raise
            except Exception:
                # A post scribe cannot read is logged and left behind: no event stops the daemon.
                log.exception("engine.event_failed", extra={"event": type(event).__name__})
                actions = []
            if self.dry_run:
                for action in actions:
                    self.echo(json.dumps(describe(action), ensure_ascii=False))
                return actions
            if batch and not actions and isinstance(event, PostCreated | PostEdited):
                # Nothing to do: marked seen with others, later. Handled again after a crash, such
                # a post would again call for nothing.
                self._quiet.append(event)
                if len(self._quiet) >= QUIET_BATCH:
                    await self.flush()
                return actions
            await self.flush()
            given_up = await self.held_too_long(actions)
            await self.store.commit(event, actions, self.clock(), given_up)
            for tick in given_up:
                log.warning("timer.given_up_after_pause", extra={"key": tick.key, "due": tick.at.isoformat()})
            if any(isinstance(a, A.Remember) and a.namespace == OVERRIDES for a in actions):
                self._effective = None
        finally:
            if isinstance(event, TickFired):
                self._queued_ticks.discard(event.key)
        for action in actions:
            if isinstance(action, A.ChangeSchedule):
                await self.scheduler.refresh(action.name)
        if isinstance(event, TickFired) or any(isinstance(a, A.ScheduleTimer | A.PauseBot) for a in actions):
            self._timers_changed.set()
        return actions

    async def flush(self) -> None:
        """Mark seen the posts that called for nothing (see `handle`), and move the cursor past them
        and past the polled posts handled before."""
        quiet, self._quiet = self._quiet, []
        passed, self._passed = self._passed, []
        await self.store.commit_quiet(quiet, self.clock(), passed)

    async def drain_queue(self, report: PassReport) -> None:
        while not self.queue.empty():
            event = self.queue.get_nowait()
            report.events.append(event)
            report.actions += await self.handle(event, batch=True)
        await self.flush()

    async def still_allowed(self, write: A.ForumWrite) -> bool:
        """Whether every reader of a write that waited (quiet hours, a rate limit) may still read what
        it cites: a topic moved meanwhile to a restricted category withholds it."""
        return bool(await guard([write], await self.ctx()))

    async def send(self) -> list[tuple[A.ForumWrite, Post | None]]:
        """Drain the outbox; one drain at a time, whoever asks."""
        if self.dry_run:
            return []
        async with self._sending:
            return await self.outbox.drain()

    # passes -----------------------------------------------------------------------------------

    async def run_once(self) -> PassReport:
        """One pass: poll, the timers and schedules that are due (also those the pass itself
        made due, such as a long job), then the outbox."""
        await self.start()
        report = PassReport()
        self.new_pass()
        await self.poll()
        await self.queue_due()
        await self.drain_queue(report)
        for _ in range(3):
            if not await self.queue_due():
                break
            await self.drain_queue(report)
        report.sent = await self.send()
        return report

    async def run(self, stop: asyncio.Event) -> None:
        """Until `stop`: the sources feed the queue, the consumer empties it."""
        await self.start()
        await self.scheduler.start(self.queue)
        receiver = monitor = None
        if self.settings.webhooks.enabled:
            from bot.webhooks import start_receiver

            receiver = await start_receiver(self.settings, self.put)
        if self.settings.metrics.enabled:
            watch = self.settings.metrics
            poll = self.settings.forum.poll_seconds
            monitor = await metrics.start(self.store.health, watch.host, watch.port, poll)
        sources = [asyncio.create_task(self._polling(stop)), asyncio.create_task(self._timers(stop))]
        try:
            await self._consume(stop)
        finally:
            with contextlib.suppress(Exception):
                await self.flush()
            for task in sources:
                task.cancel()
            for task in sources:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            self.scheduler.stop()
            for runner in (receiver, monitor):
                if runner is not None:
                    await runner.cleanup()

    async def _consume(self, stop: asyncio.Event) -> None:
        stopping = asyncio.create_task(stop.wait())
        try:
            while not stop.is_set():
                getting = asyncio.create_task(self.queue.get())
                await asyncio.wait({getting, stopping}, return_when=asyncio.FIRST_COMPLETED)
                if not getting.done():
                    getting.cancel()
                    break
                await self._consume_one(getting.result())
        finally:
            stopping.cancel()

    async def _consume_one(self, event: Event) -> None:
        try:
            await self.handle(event, batch=True)
            if self.queue.empty():
                await self.flush()
                await self.send()
                self.new_pass()
        except Exception as exc:
            # The forum away, or the store held by another scribe command: the poll reads the post
            # again (the cursor did not pass it), the timers ring again.
            if isinstance(exc, Unavailable):
                log.warning("engine.forum_unavailable", extra={"why": str(exc)})
            else:
                log.exception("engine.event_not_handled", extra={"event": type(event).__name__})
            if isinstance(event, TickFired):
                self._queued_ticks.discard(event.key)

    def next_poll(self, delay: float, found: int) -> float:
        """Poll sooner after activity (a conversation goes on), then slow down while it stays quiet:
        down to a sixth of `poll_seconds` (never under 5 s: two requests of the budget), up to
        `poll_seconds`. With webhooks, which bring the events, polling is the safety net: every
        `poll_seconds` after activity, up to four times that when quiet."""
        every = self.settings.forum.poll_seconds
        if self.settings.webhooks.enabled:
            return every if found else min(every * 4, delay * 1.5)
        if found:
            return max(min(MIN_POLL, every), every / 6)
        return min(every, delay * 1.5)

    async def _polling(self, stop: asyncio.Event) -> None:
        delay = self.settings.forum.poll_seconds
        while not stop.is_set():
            try:
                found = await self.poll()
                await self.send()
                delay = self.next_poll(delay, found)
            except (Unavailable, ForumError) as exc:
                # The forum away, or refusing for now (a revoked key, a 404): wait, never stop.
                delay = min(delay * 2, MAX_BACKOFF)
                log.warning("engine.forum_unavailable", extra={"why": str(exc), "next_try_seconds": delay})
            except Exception:
                # Anything else (the store held by another scribe command…): the next poll tries again.
                delay = min(delay * 2, MAX_BACKOFF)
                log.exception("engine.poll_failed", extra={"next_try_seconds": delay})
            await _sleep_or_stop(stop, delay)

    async def _timers(self, stop: asyncio.Event) -> None:
        """Timers due now go on the queue; sleep until the next one (or a new timer is set)."""
        while not stop.is_set():
            self._timers_changed.clear()
            wait = MAX_TIMER_SLEEP
            try:
                await self.queue_due()
                nxt = await self.store.next_timer_at()
            except Exception:
                log.exception("engine.timers_failed")  # the store held by another command: next round
                nxt = None
            if nxt is not None and nxt > self.clock():
                wait = max(0.05, min(wait, (nxt - self.clock()).total_seconds()))
            changed = asyncio.create_task(self._timers_changed.wait())
            await _sleep_or_stop(stop, wait, changed)
            changed.cancel()


async def _sleep_or_stop(stop: asyncio.Event, seconds: float, *also: asyncio.Task[Any]) -> None:
    stopping = asyncio.create_task(stop.wait())
    try:
        await asyncio.wait({stopping, *also}, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopping.cancel()
