"""Quiet hours: a daily window ("22:00-07:00", in the forum's time zone) in which scribe
holds back what it posts on its own; answers to people who asked still go out."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

_WINDOW = re.compile(r"^\s*([01]?\d|2[0-3])[:h]([0-5]\d)?\s*-\s*([01]?\d|2[0-3])[:h]([0-5]\d)?\s*$")


def parse_window(spec: str) -> tuple[time, time] | None:
    """'22:00-07:00' or '22h-7h' → (start, end); '' → None (no quiet hours)."""
    if not spec.strip():
        return None
    m = _WINDOW.match(spec.lower())
    if not m:
        raise ValueError(f"{spec!r} is not a time window; write it like 22:00-07:00")
    start, end = time(int(m.group(1)), int(m.group(2) or 0)), time(int(m.group(3)), int(m.group(4) or 0))
    if start == end:
        raise ValueError(f"{spec!r} starts and ends at the same time")
    return start, end


def format_window(window: tuple[time, time]) -> str:
    return f"{window[0]:%H:%M}-{window[1]:%H:%M}"


def quiet_until(now: datetime, spec: str, tz: ZoneInfo) -> datetime | None:
    """When the quiet window `now` falls in ends, or None when `now` is not in one."""
    window = parse_window(spec)
    if window is None:
        return None
    start, end = window
    local = now.astimezone(tz)
    t = local.timetz().replace(tzinfo=None)
    inside = start <= t < end if start < end else (t >= start or t < end)
    if not inside:
        return None
    day = local.date() if (start < end or t < end) else local.date() + timedelta(days=1)
    return datetime.combine(day, end, tz)
