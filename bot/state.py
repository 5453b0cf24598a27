"""scribe's own state, seen two ways: what handlers read, and what actions change.

`MemoryView` is the read-only view a handler gets (`ctx.memory`). `State` is what
`bot.apply.apply` changes; it has two implementations: SQLite (`bot.store.SqliteState`,
the running bot) and `MemoryState` below (previews, replays, handler tests), so the same
actions mean the same thing everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from bot import actions as A
from bot.schedule import Schedule


class MemoryView(Protocol):
    async def get(self, namespace: str, key: str) -> Any | None: ...

    async def items(self, namespace: str, prefix: str = "") -> dict[str, Any]:
        """The namespace's values whose key starts with `prefix` (an indexed range read)."""
        ...

    async def schedules(self) -> list[Schedule]:
        """The stored schedules, with their origin and last run."""
        ...

    async def paused(self) -> dict[str, Any] | None:
        """Who paused scribe and when, or None when it runs."""
        ...


class State(Protocol):
    """What actions change. Synchronous: it runs inside one transaction of the caller's."""

    def stage(self, write: A.ForumWrite, now: datetime) -> bool:
        """Record a forum write to send; a key already recorded is kept as it is."""
        ...

    def remember(
        self, namespace: str, key: str, value: Any, now: datetime, expires_at: datetime | None = None
    ) -> None: ...

    def timer_fired(self, key: str) -> bool: ...

    def set_timer(self, timer: A.ScheduleTimer) -> None: ...

    def cancel_timer(self, key: str) -> None: ...

    def schedule(self, name: str) -> Schedule | None: ...

    def all_schedules(self) -> list[Schedule]: ...

    def put_schedule(self, schedule: Schedule) -> None: ...

    def drop_schedule(self, name: str) -> None: ...

    def set_paused(self, value: dict[str, Any] | None) -> None: ...


@dataclass
class Timer:
    key: str
    at: datetime
    name: str
    payload: dict[str, Any]
    fired: bool = False


@dataclass
class MemoryState:
    """The whole state in dicts: a `State` for `apply` and a `MemoryView` for handlers."""

    data: dict[str, dict[str, Any]] = field(default_factory=dict)
    timers: dict[str, Timer] = field(default_factory=dict)
    stored_schedules: dict[str, Schedule] = field(default_factory=dict)
    writes: dict[str, A.ForumWrite] = field(default_factory=dict)
    pause: dict[str, Any] | None = None

    # MemoryView -------------------------------------------------------------
    async def get(self, namespace: str, key: str) -> Any | None:
        return self.data.get(namespace, {}).get(key)

    async def items(self, namespace: str, prefix: str = "") -> dict[str, Any]:
        return {k: v for k, v in self.data.get(namespace, {}).items() if k.startswith(prefix)}

    async def schedules(self) -> list[Schedule]:
        return self.all_schedules()

    async def paused(self) -> dict[str, Any] | None:
        return self.pause

    # State ------------------------------------------------------------------
    def stage(self, write: A.ForumWrite, now: datetime) -> bool:
        if write.key in self.writes:
            return False
        self.writes[write.key] = write
        return True

    def remember(self, namespace: str, key: str, value: Any, now: datetime, expires_at: datetime | None = None) -> None:
        if value is None:
            self.data.get(namespace, {}).pop(key, None)
        else:
            self.data.setdefault(namespace, {})[key] = value

    def timer_fired(self, key: str) -> bool:
        timer = self.timers.get(key)
        return timer is not None and timer.fired

    def set_timer(self, timer: A.ScheduleTimer) -> None:
        self.timers[timer.key] = Timer(timer.key, timer.at, timer.name, dict(timer.payload))

    def cancel_timer(self, key: str) -> None:
        timer = self.timers.get(key)
        if timer is not None and not timer.fired:
            del self.timers[key]

    def schedule(self, name: str) -> Schedule | None:
        return self.stored_schedules.get(name)

    def all_schedules(self) -> list[Schedule]:
        return [self.stored_schedules[n] for n in sorted(self.stored_schedules)]

    def put_schedule(self, schedule: Schedule) -> None:
        self.stored_schedules[schedule.name] = schedule

    def drop_schedule(self, name: str) -> None:
        self.stored_schedules.pop(name, None)

    def set_paused(self, value: dict[str, Any] | None) -> None:
        self.pause = value

    # replay -----------------------------------------------------------------
    def due_timers(self, until: datetime) -> list[Timer]:
        return sorted((t for t in self.timers.values() if not t.fired and t.at <= until), key=lambda t: t.at)
