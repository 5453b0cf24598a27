"""Schedules: weekly moments stored in SQLite, fired as `TickFired` events.

The store is the truth (origin, who changed it, last run); APScheduler's
AsyncIOScheduler is only the alarm clock: its job puts a `TickFired` on the queue.
A run missed while scribe was down fires once at the next start (coalesced),
never twice: a firing is recorded as the schedule's `last_run` in the same
transaction as its outcome, and a firing at or before `last_run` is skipped.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from sqlite_utils import Database

from bot.config import Settings
from bot.events import TickFired
from bot.store import Store

log = logging.getLogger("scribe.scheduler")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Schedule:
    name: str
    days: tuple[str, ...]
    time: str
    timezone: str
    origin: str = "config"
    changed_by: str | None = None
    changed_at: str | None = None
    paused: bool = False
    last_run: str | None = None
    options: dict[str, Any] | None = None

    def trigger(self) -> CronTrigger:
        hour, minute = (int(x) for x in self.time.split(":"))
        return CronTrigger(day_of_week=",".join(self.days), hour=hour, minute=minute, timezone=ZoneInfo(self.timezone))

    def spec(self) -> dict[str, Any]:
        return {"days": list(self.days), "time": self.time, "timezone": self.timezone, "options": self.options or {}}

    def next_run(self, after: datetime) -> datetime | None:
        return self.trigger().get_next_fire_time(None, after)

    def latest_due(self, now: datetime) -> datetime | None:
        """The most recent firing in (last_run, now], if any: missed runs coalesce into it."""
        if self.paused or self.last_run is None:
            return None
        start = datetime.fromisoformat(self.last_run) + timedelta(microseconds=1)
        trig = self.trigger()
        fire = trig.get_next_fire_time(None, start)
        latest = None
        while fire is not None and fire <= now:
            latest = fire
            fire = trig.get_next_fire_time(fire, fire + timedelta(seconds=1))
        return latest


def config_schedules(settings: Settings) -> list[Schedule]:
    """The schedules the config file asks for; the forum may override them."""
    out = []
    if settings.digest.enabled:
        out.append(Schedule("digest.weekly", (settings.digest.day,), settings.digest.time, settings.timezone))
    day, _, time = settings.summaries.every.partition(" ")
    out.append(Schedule("summaries.periodic", tuple(day.split(",")), time or "17:00", settings.timezone))
    return out


def _row_to_schedule(row: dict[str, Any]) -> Schedule:
    spec = json.loads(row["spec"])
    return Schedule(
        row["name"],
        tuple(spec["days"]),
        spec["time"],
        spec["timezone"],
        row["origin"],
        row["changed_by"],
        row["changed_at"],
        bool(row["paused"]),
        row["last_run"],
        spec.get("options") or {},
    )


def load_schedules(db: Database) -> list[Schedule]:
    return [_row_to_schedule(dict(r)) for r in db.query("SELECT * FROM schedules ORDER BY name")]


def _save(db: Database, s: Schedule) -> None:
    db["schedules"].upsert(
        {
            "name": s.name,
            "spec": json.dumps(s.spec()),
            "origin": s.origin,
            "changed_by": s.changed_by,
            "changed_at": s.changed_at,
            "paused": int(s.paused),
            "last_run": s.last_run,
        },
        pk="name",
    )


class Scheduler:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self._aps: AsyncIOScheduler | None = None
        self._queue: asyncio.Queue[Any] | None = None

    async def all(self) -> list[Schedule]:
        return await self.store.call(load_schedules)

    async def get(self, name: str) -> Schedule | None:
        return next((s for s in await self.all() if s.name == name), None)

    async def sync_config(self, now: datetime) -> None:
        """Add config schedules that are new; follow config changes unless the forum overrode them."""
        current = {s.name: s for s in await self.all()}
        for wanted in config_schedules(self.settings):
            have = current.get(wanted.name)
            if have is None:
                await self.store.call(_save, Schedule(**{**wanted.__dict__, "last_run": now.isoformat()}))
            elif have.origin == "config" and have.spec() != wanted.spec():
                await self.store.call(
                    _save, Schedule(**{**wanted.__dict__, "last_run": have.last_run, "paused": have.paused})
                )

    async def put(self, schedule: Schedule, now: datetime) -> None:
        """Create or change a schedule (from the forum or the command line) and apply it live."""
        old = await self.get(schedule.name)
        last_run = old.last_run if old and old.last_run else now.isoformat()
        await self.store.call(_save, Schedule(**{**schedule.__dict__, "last_run": last_run}))
        await self._reschedule(schedule.name)

    async def remove(self, name: str) -> bool:
        found = await self.store.call(lambda db: db.execute("DELETE FROM schedules WHERE name = ?", [name]).rowcount)
        if self._aps and self._aps.get_job(name):
            self._aps.remove_job(name)
        return bool(found)

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
