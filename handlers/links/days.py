"""The days and hours a thread names, read in the forum's date order: the days a text or a link's block
names, and when the sessions they give are over."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.dateorder import DateOrder
from bot.models import Post
from bot.text import Link, analyse, fold
from handlers.links.answer import WEEKDAYS
from handlers.links.given import BARE_URL, _lines, line_of
from handlers.meetings.dates import P_DAY_MONTH, P_MONTH_DAY, P_NUMERIC, Found, find_dates

MEETING_LENGTH = timedelta(hours=3)
"""How long a meeting announced without an end is taken to last."""


def names_a_date(text: str, written: datetime, order: DateOrder) -> bool:
    """The text names a day or an hour (whatever its time zone: only whether it names one matters)."""
    return bool(_dates(text, written, order))


def _dates(text: str, written: datetime, order: DateOrder) -> list[Found]:
    """The days and hours a text names, numeric ones in the forum's `order`, an hour without its zone read in UTC."""
    return find_dates(text, written, ZoneInfo("UTC"), order)


DAY = timedelta(days=1)


WEEKDAY = re.compile(WEEKDAYS, re.I)


def unless_weekdays(text: str, weekdays: bool) -> str:
    return text if weekdays else WEEKDAY.sub(" ", text)


def _days(text: str, written: datetime, order: DateOrder) -> set[date]:
    """The days a text names, its addresses aside, with those it names from the day it was written
    ("yesterday's session"); a day read a day off near midnight, an hour's zone not being known, is
    allowed for by the readers."""
    text = BARE_URL.sub(" ", text)
    shifts = {_SHIFTS[m.group(1)] for m in _FROM_TODAY.finditer(fold(text))}
    return {f.start.date() for f in _dates(text, written, order)} | {written.date() + shift * DAY for shift in shifts}


_SHIFTS = {
    "day before yesterday": -2,
    "avant-hier": -2,
    "yesterday": -1,
    "hier": -1,
    "today": 0,
    "tonight": 0,
    "aujourd'hui": 0,
    "ce soir": 0,
    "tomorrow": 1,
    "demain": 1,
}
"""Days named from the day of writing, and how many days after it they are."""
_FROM_TODAY = re.compile(
    rf"\b({'|'.join(re.escape(w) for w in sorted(_SHIFTS, key=len, reverse=True))})(?:'?s)?(?![\w-])"
)


BLOCK_LINES = 3
"""How far above a link a line giving its session's date may be ("Saturday, November 28 · 8 PM / Time
zone: … / Video call link: …")."""
_DATED_LINE = (P_DAY_MONTH, P_MONTH_DAY, P_NUMERIC)
"""A line naming a day by its date, not one from the day of writing ("tonight" in a block added days later)."""
_HOUR = re.compile(r"\b\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}h(?:\d{2})?\b")
"""The hour a session's date line gives ("Saturday, November 28 · 8:00 – 10:00pm", "samedi 28 novembre · 20h"): a
date without one is a deadline or a line of a week's list, not the block of the link under it."""


def link_days(post: Post, clause: str, link: Link, order: DateOrder) -> set[date]:
    """The days a call link is said to be for: those its own clause names ("Link for tomorrow's session",
    "lien pour la visio du 28 novembre"; a weekday alone, "le lien pour mercredi", the coming one, or the day it was
    written on when that is one), else those of a line giving a date and an hour
    just above it (a calendar invite's block pasted into an announcement). A link in a block dated another day is not
    for the session of the day asked, whatever session the rest of the post announces."""
    named = _days(unless_weekdays(clause, False), post.created_at, order)
    if named:
        return named
    written = post.created_at.date()
    named = {d for day in _days(clause, post.created_at, order) for d in (day, day - 7 * DAY) if d >= written}
    if named:
        return named  # "le lien pour mercredi": the coming Wednesday, or today when written on one
    text = analyse(post).with_cited
    lines, at = _lines(text), line_of(text, link.url, link.text)
    for line in reversed(lines[max(0, at - BLOCK_LINES) : at]):
        folded = unless_weekdays(fold(line), False)
        if any(rx.search(folded) for rx in _DATED_LINE) and _HOUR.search(folded):
            return {f.start.date() for f in _dates(folded, post.created_at, order)}
    return set()


SESSION_SLACK = timedelta(hours=12)
"""A session whose hour was written without a zone is taken for over only this long after its end: an
hour read in the wrong time zone does not make a session to come look past."""


def sessions_over(post: Post, at: datetime, order: DateOrder) -> bool:
    """The post names days or hours, and every session they give is over at `at`."""
    dates = _dates(analyse(post).text, post.created_at, order)
    return bool(dates) and all(over(d) < at for d in dates)


def over(found: Found) -> datetime:
    """When a session named by a date is surely over: its end, and `SESSION_SLACK` more when its hour was
    written without a zone (read in UTC, it may be hours off)."""
    return _ends(found) + (SESSION_SLACK if found.tz == "UTC" else timedelta())


def _ends(found: Found) -> datetime:
    """When a session named by a date is over: its end, or its start and a usual length (a day named
    alone: that day's end)."""
    if found.end is not None:
        return found.end
    return found.start + (timedelta(days=1) if found.all_day else MEETING_LENGTH)
