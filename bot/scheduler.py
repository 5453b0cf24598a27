"""Schedules: weekly moments stored in SQLite, fired as `TickFired` events.

The store is the truth (origin, who changed it, last run); APScheduler's
AsyncIOScheduler is only the alarm clock: its job puts a `TickFired` on the queue.
A run missed while scribe was down fires once at the next start (coalesced),
never twice: a firing is recorded as the schedule's `last_run` in the same
transaction as its outcome, and a firing at or before `last_run` is skipped.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from bot.config import Settings
from bot.events import TickFired
from bot.schedule import Schedule
from bot.store import Store

if TYPE_CHECKING:
    from apscheduler.schedulers.asyncio import AsyncIOScheduler

log = logging.getLogger("scribe.scheduler")


WantedSchedules = Callable[[Settings], list[Schedule]]


class Scheduler:
    def __init__(self, store: Store, settings: Settings, wanted: WantedSchedules) -> None:
        self.store = store
        self.settings = settings
        self.wanted = wanted
        """The schedules the features ask for from the config file."""
        self._aps: AsyncIOScheduler | None = None
        self._queue: asyncio.Queue[Any] | None = None

    async def all(self) -> list[Schedule]:
        return await self.store.schedules()

    async def get(self, name: str) -> Schedule | None:
        return next((s for s in await self.all() if s.name == name), None)

    async def sync_config(self, now: datetime) -> None:
        """Add config schedules that are new; follow config changes unless the forum overrode them."""
        current = {s.name: s for s in await self.all()}
        for wanted in self.wanted(self.settings):
            have = current.get(wanted.name)
            if have is None:
                await self.store.save_schedule(replace(wanted, last_run=now.isoformat()))
            elif have.origin == "config" and have.spec() != wanted.spec():
                await self.store.save_schedule(replace(wanted, last_run=have.last_run, paused=have.paused))

    async def due(self, now: datetime) -> list[TickFired]:
        ticks = []
        for s in await self.all():
            fire = s.latest_due(now)
            if fire is not None:
                fire = fire.astimezone(UTC)
                ticks.append(TickFired(s.name, fire, f"{s.name}@{fire.isoformat()}", s.options or {}))
        return ticks

    # live alarm clock ---------------------------------------------------------

    async def start(self, queue: asyncio.Queue[Any]) -> None:
        from apscheduler.schedulers.asyncio import AsyncIOScheduler  # the live `run` only, not `run --once`

        self._queue = queue
        self._aps = AsyncIOScheduler(
            timezone=self.settings.tz, job_defaults={"misfire_grace_time": 300, "coalesce": True, "max_instances": 1}
        )
        self._aps.start(paused=True)
        for s in await self.all():
            await self._reschedule(s.name)
        self._aps.resume()

    def stop(self) -> None:
        if self._aps is not None:
            self._aps.shutdown(wait=False)
            self._aps = None

    async def refresh(self, name: str) -> None:
        """Apply a stored change to the running alarm clock at once."""
        await self._reschedule(name)

    async def _reschedule(self, name: str) -> None:
        if self._aps is None:
            return
        s = await self.get(name)
        if self._aps.get_job(name):
            self._aps.remove_job(name)
        if s is not None and not s.paused:
            self._aps.add_job(_fire, s.trigger(), id=name, args=[self._queue, name, s.options or {}])


async def _fire(queue: asyncio.Queue[Any], name: str, options: dict[str, Any]) -> None:
    """The APScheduler job: only put the tick on the queue."""
    at = datetime.now(UTC).replace(second=0, microsecond=0)
    await queue.put(TickFired(name, at, f"{name}@{at.isoformat()}", options))
