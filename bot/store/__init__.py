"""scribe's memory: SQLite (the standard library's sqlite3), in WAL mode.

Writes run on one dedicated thread (sqlite objects must stay on the thread that made them,
and a write may wait for a lock or a sync). Point reads by primary key (a memory value, a
seen post, a meta value) run on the event loop through a second, read-only connection: in
WAL mode a reader never waits for the writer, and one read costs microseconds where a trip
to the thread costs a hundred (seven reads a post, on a catch-up of thousands of posts).
The store offers named operations only; every SQL statement lives in `bot.store.sqlite`,
the schema in `bot.store.migrations`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from bot import actions as A
from bot.events import Event, PostCreated, PostEdited, TickFired
from bot.schedule import Schedule
from bot.store import sqlite as q
from bot.store.migrations import migrate

log = logging.getLogger("scribe.store")
T = TypeVar("T")
SEEN_KEPT = timedelta(days=30)
"""How long a handled post is remembered: past that, its redelivery is too late to matter."""


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scribe-db")
        self._db: sqlite3.Connection | None = None
        self._reader: sqlite3.Connection | None = None

    async def open(self) -> Store:
        await self._run(self._open)
        if self.path != ":memory:":
            self._reader = q.connect(self.path, read_only=True)
        return self

    def _open(self, _db: None = None) -> None:
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._db = q.connect(self.path)
        if self.path != ":memory:":
            self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA busy_timeout = 5000")
        # In WAL mode NORMAL syncs at checkpoints, not at every commit: a power cut may lose the
        # last commits but never corrupts, and the outbox finds a write it already sent.
        self._db.execute("PRAGMA synchronous = NORMAL")
        migrate(self._db)

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._db is not None:
            await self._run(lambda db: db.close())
            self._db = None
        self._executor.shutdown(wait=True)

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(db, *args)` on the database thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: fn(self._db, *args))

    async def _read(self, fn: Callable[..., T], *args: Any) -> T:
        """Run the read `fn(db, *args)` on the read-only connection (the thread for `:memory:`)."""
        if self._reader is None:
            return await self._run(fn, *args)
        return fn(self._reader, *args)

    # the read-only view handlers get (bot.state.MemoryView) ------------------------------------

    async def get(self, namespace: str, key: str) -> Any | None:
        return await self._read(q.memory_get, namespace, key)

    async def items(self, namespace: str, prefix: str = "") -> dict[str, Any]:
        return await self._read(q.memory_items, namespace, prefix)

    async def schedules(self) -> list[Schedule]:
        return await self._read(q.load_schedules)

    async def paused(self) -> dict[str, Any] | None:
        value = await self._read(q.get_meta, "paused")
        return json.loads(value) if value else None

    # events and actions ---------------------------------------------------------------------

    async def already_handled(self, event: Event) -> bool:
        return await self._read(q.already_handled, event)

    async def commit(
        self, event: Event, actions: list[A.Action], now: datetime, given_up: Sequence[TickFired] = ()
    ) -> None:
        """The event's outcome and its actions, in one transaction; with them, the timers `given_up`
        handled with nothing to do (a resume gives up the work held too long: no crash may come between)."""
        await self._run(q.commit, event, actions, now, given_up)

    async def commit_quiet(
        self, events: list[PostCreated | PostEdited], now: datetime, passed: Sequence[int] = ()
    ) -> None:
        """Posts handled without any action, in one transaction (a catch-up's thousands of
        ordinary posts cost one trip to the database thread per batch, not one each); `passed`:
        polled posts handled before, which the cursor moves past."""
        if events or passed:
            await self._run(q.commit_quiet, events, now, list(passed))

    async def apply(self, actions: list[A.Action], now: datetime) -> None:
        """Actions decided outside an event (one-shot commands), in one transaction."""
        await self._run(q.apply_actions, actions, now)

    # cursor and seen posts --------------------------------------------------------------------

    async def cursor(self) -> int | None:
        value = await self._read(q.get_meta, "cursor")
        return int(value) if value is not None else None

    async def set_cursor(self, post_id: int) -> None:
        await self._run(q.set_meta, "cursor", str(post_id))

    async def mark_polled(self, at: datetime) -> None:
        await self._run(q.set_meta, "last_poll_at", at.astimezone(UTC).isoformat())

    async def health(self) -> dict[str, Any]:
        """What `scribe health` reports: the last successful poll and the writes waiting."""
        last = await self._read(q.get_meta, "last_poll_at")
        return {"last_poll_at": last, "outbox_depth": await self._run(q.outbox_depth)}

    async def seen_positions(self, pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
        """Which (topic id, post number) scribe has already handled."""
        return await self._read(q.seen_positions, pairs) if pairs else set()

    async def get_meta(self, key: str) -> str | None:
        return await self._read(q.get_meta, key)

    async def set_meta(self, key: str, value: str) -> None:
        await self._run(q.set_meta, key, value)

    async def seen_versions(self, post_ids: list[int]) -> dict[int, int]:
        return await self._read(q.seen_versions, post_ids) if post_ids else {}

    async def prune(self, now: datetime) -> dict[str, int]:
        """Drop what can no longer matter: memory past its expiry, and posts seen long ago behind
        the cursor (rows deleted, by table)."""
        return await self._run(q.prune, now.astimezone(UTC).isoformat(), (now - SEEN_KEPT).astimezone(UTC).isoformat())

    # timers and schedules ---------------------------------------------------------------------

    async def due_timers(self, now: datetime) -> list[TickFired]:
        return await self._run(q.due_timers, now.astimezone(UTC).isoformat())

    async def next_timer_at(self) -> datetime | None:
        return await self._run(q.next_timer_at)

    async def timers(self) -> list[dict[str, Any]]:
        return await self._run(q.timer_rows)

    async def save_schedule(self, schedule: Schedule) -> None:
        await self._run(q.save_schedule, schedule)

    # outbox -----------------------------------------------------------------------------------

    async def pending_writes(self, now: datetime) -> list[dict[str, Any]]:
        return await self._run(q.pending_writes, now.astimezone(UTC).isoformat())

    async def outbox(self) -> list[dict[str, Any]]:
        """Every write ever staged, oldest first (for tests and diagnostics)."""
        return await self._run(q.outbox_rows)

    async def mark_sending(self, key: str, at: datetime) -> None:
        await self._run(q.mark_sending, key, at.isoformat())

    async def mark_done(self, key: str, at: datetime, result: dict[str, Any], counted: bool = False) -> None:
        """The write is on the forum; `counted`: it made a post, topic or message just now (one of
        the write budget's), not found there after a lost answer."""
        sent_at = at.astimezone(UTC).isoformat() if counted else None
        await self._run(q.mark_done, key, at.isoformat(), json.dumps(result), sent_at)

    async def writes_sent(self, since: datetime, until: datetime) -> int:
        """How many counted writes went out after `since` and not after `until` (whatever process
        sent them: a restart keeps to the budget)."""
        return await self._run(q.sent_between, since.astimezone(UTC).isoformat(), until.astimezone(UTC).isoformat())

    async def mark_failed(self, key: str, error: str, permanent: bool) -> None:
        await self._run(q.mark_failed, key, error, permanent)

    async def defer(self, key: str, error: str, retry_at: datetime, since: datetime) -> None:
        """A write that waits from `since` (scribe's clock) until `retry_at`, pending."""
        await self._run(q.defer, key, error, retry_at.astimezone(UTC).isoformat(), since.astimezone(UTC).isoformat())

    async def retry_later(self, key: str, error: str, retry_at: datetime, since: datetime) -> None:
        """A write that may or may not have reached the forum: tried again at `retry_at`, still
        `sending`, so the forum is searched for it before it is sent again."""
        await self._run(
            q.retry_later, key, error, retry_at.astimezone(UTC).isoformat(), since.astimezone(UTC).isoformat()
        )

    async def wait_for_forum(self, keys: list[str], error: str, retry_at: datetime, since: datetime) -> None:
        """Writes that wait until `retry_at` for a forum that cannot be reached: a wait that does
        not age them toward their giving up."""
        await self._run(q.wait_for_forum, keys, error, retry_at, since)

    async def not_sent(self, key: str) -> None:
        """A send the forum certainly did not receive (it could not be reached): not an attempt."""
        await self._run(q.not_sent, key)

    async def restart_waits(self, now: datetime) -> int:
        """Waits (timers set for a wait, writes told to wait) that began after `now`, scribe's clock
        having been set back, begin again at `now`: none lasts longer than it was set for."""
        restarted = await self._run(q.restart_waits, now)
        if restarted:
            log.warning("store.waits_restarted", extra={"waits": restarted, "now": now.isoformat()})
        return restarted

    async def age_writes(self, now: datetime, longest: timedelta) -> int:
        """The writes waiting age by the time since the previous drain, at most `longest`
        (`bot.store.sqlite.age_writes`)."""
        moved = await self._run(q.age_writes, now, longest)
        if moved:
            log.info("store.drain_gap_not_counted", extra={"writes": moved, "now": now.isoformat()})
        return moved

    async def write_statuses(self, keys: list[str]) -> dict[str, str]:
        return await self._run(q.write_statuses, keys) if keys else {}

    async def created_topics(self, keys: list[str]) -> dict[str, int]:
        return await self._run(q.created_topics, keys)


def read_write(row: dict[str, Any]) -> A.ForumWrite:
    """The forum write an outbox row holds."""
    return q.write_from_row(row)
