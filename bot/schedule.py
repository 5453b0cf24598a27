"""A schedule: weekly moments in a time zone, with who set it and when it last ran.

Pure logic (no storage, no clock): the store keeps schedules, the scheduler rings them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from apscheduler.triggers.cron import CronTrigger

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
        from apscheduler.triggers.cron import CronTrigger  # imported once a schedule exists

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
