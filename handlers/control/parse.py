"""Reading the schedules moderators write: "jeudi 17h30", "every thursday 5:30 pm", "24h 1h"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from bot.config import parse_duration
from bot.schedule import DAYS
from bot.text import fold

_DAY_WORDS = {
    "lundi": "mon",
    "lun": "mon",
    "monday": "mon",
    "mon": "mon",
    "mardi": "tue",
    "tuesday": "tue",
    "tue": "tue",
    "tues": "tue",
    "mercredi": "wed",
    "mer": "wed",
    "wednesday": "wed",
    "wed": "wed",
    "jeudi": "thu",
    "jeu": "thu",
    "thursday": "thu",
    "thu": "thu",
    "thurs": "thu",
    "vendredi": "fri",
    "ven": "fri",
    "friday": "fri",
    "fri": "fri",
    "samedi": "sat",
    "sam": "sat",
    "saturday": "sat",
    "sat": "sat",
    "dimanche": "sun",
    "dim": "sun",
    "sunday": "sun",
    "sun": "sun",
}
_EVERY_DAY = re.compile(r"\b(tous les jours|chaque jour|quotidien(ne)?(ment)?|every ?day|daily)\b")
_WEEKDAYS = re.compile(r"\b(en semaine|jours ouvres|weekdays?|every weekday)\b")
_TIME_H = re.compile(r"\b([01]?\d|2[0-3])\s*(?:h|:)\s*([0-5]\d)?\b")
_TIME_AMPM = re.compile(r"\b(1[0-2]|0?\d)(?::([0-5]\d))?\s*(am|pm)\b")
_NOON = re.compile(r"\b(midi|noon)\b")


@dataclass(frozen=True)
class When:
    days: tuple[str, ...]
    time: str


def parse_when(text: str) -> When | None:
    """Days and a time of day, in French or English; None when either is missing."""
    t = fold(text)
    if _EVERY_DAY.search(t):
        days: tuple[str, ...] = DAYS
    elif _WEEKDAYS.search(t):
        days = DAYS[:5]
    else:
        found = []
        for word in re.findall(r"[a-z]+", t):
            day = _DAY_WORDS.get(word.rstrip("s")) or _DAY_WORDS.get(word)
            if day and day not in found:
                found.append(day)
        days = tuple(sorted(found, key=DAYS.index))
    time = _parse_time(t)
    if not days or time is None:
        return None
    return When(days, time)


def _parse_time(t: str) -> str | None:
    m = _TIME_AMPM.search(t)
    if m:
        hour = int(m.group(1)) % 12 + (12 if m.group(3) == "pm" else 0)
        return f"{hour:02d}:{int(m.group(2) or 0):02d}"
    m = _TIME_H.search(t)
    if m:
        return f"{int(m.group(1)):02d}:{int(m.group(2) or 0):02d}"
    if _NOON.search(t):
        return "12:00"
    return None


_OFFSET = re.compile(r"\b(\d+(?:[.,]\d+)?)\s*(min|mn|h|j|d|w|m)\b")


def parse_offsets(text: str) -> list[str] | None:
    """ "24h 1h", "24h, 1h", "2j et 30 min pour nos réunions" → ["24h", "1h"]…, longest first; None if none."""
    tokens = {f"{m.group(1)}{m.group(2)}" for m in _OFFSET.finditer(fold(text))}
    if not tokens:
        return None
    durations = {t: parse_duration(t) for t in tokens}
    if any(d.total_seconds() <= 0 or d > timedelta(days=30) for d in durations.values()):
        return None
    return sorted(tokens, key=lambda t: durations[t], reverse=True)


def is_off(text: str) -> bool:
    return bool(re.fullmatch(r"\s*(off|stop|arret|desactive[rz]?|non|aucun|none|disable)\s*[.!]*\s*", fold(text)))


def is_on(text: str) -> bool:
    return bool(re.fullmatch(r"\s*(on|reprise|reprendre|active[rz]?|enable|resume)\s*[.!]*\s*", fold(text)))
