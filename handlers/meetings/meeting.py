"""A meeting as scribe reads it from a post and keeps it, and what one post says of meetings.

The reading makes them; the handler, the evaluation and other handlers that speak of meetings use them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from handlers.meetings.dates import Found
from handlers.meetings.reasons import Aside


@dataclass(frozen=True)
class Meeting:
    id: str
    title: str
    start: datetime
    end: datetime | None
    tz: str
    all_day: bool
    link: str | None
    topic_id: int
    post_number: int
    post_id: int
    author: str
    category_id: int | None = None
    source: str = "prose"
    cancelled: bool = False
    private: bool = False
    """Announced in a private message: only its own readers may hear of it."""
    other_links: bool = False
    """No link is sure to be the meeting's, but the announcement carries some: a reminder sends readers
    to it instead of saying it gives none."""
    offline: bool = False
    """The announcement carries no link and says nothing of joining from afar (no call, no visio, nothing
    online): people come in person, and a reminder asks for no link."""
    link_elsewhere: bool = False
    """The announcement says its link reaches its people another way (by mail, in private, to the members only): a
    reminder sends readers to the announcement instead of asking for the link in the topic."""
    names: frozenset[str] = frozenset()
    """The words written before its date in its announcement ("docs sprint", "comite animation"): a reply naming one
    meeting of several calls off or moves that one (`names.named`)."""

    @property
    def day(self) -> date:
        """The day it starts on, in its own zone."""
        return self.start.astimezone(ZoneInfo(self.tz)).date()

    @property
    def clock(self) -> tuple[int, int]:
        """The hour and minute it starts at, in its own zone."""
        local = self.start.astimezone(ZoneInfo(self.tz))
        return local.hour, local.minute

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "starts_at": utc_iso(self.start),
            "ends_at": utc_iso(self.end) if self.end else None,
            "timezone": self.tz,
            "all_day": self.all_day,
            "link": self.link,
            "topic_id": self.topic_id,
            "post_number": self.post_number,
            "post_id": self.post_id,
            "author": self.author,
            "category_id": self.category_id,
            "source": self.source,
            "cancelled": self.cancelled,
            "private": self.private,
            "other_links": self.other_links,
            "offline": self.offline,
            "link_elsewhere": self.link_elsewhere,
            "names": sorted(self.names),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Meeting:
        tz = ZoneInfo(d["timezone"])
        end = d.get("ends_at")
        return cls(
            id=d["id"],
            title=d["title"],
            start=_from_iso(d["starts_at"]).astimezone(tz),
            end=_from_iso(end).astimezone(tz) if end else None,
            tz=d["timezone"],
            all_day=bool(d.get("all_day")),
            link=d.get("link"),
            topic_id=int(d["topic_id"]),
            post_number=int(d["post_number"]),
            post_id=int(d["post_id"]),
            author=d.get("author") or "",
            category_id=d.get("category_id"),
            source=d.get("source") or "prose",
            cancelled=bool(d.get("cancelled")),
            private=bool(d.get("private")),
            other_links=bool(d.get("other_links")),
            offline=bool(d.get("offline")),
            link_elsewhere=bool(d.get("link_elsewhere")),
            names=frozenset(d.get("names") or ()),
        )


class NewClock(NamedTuple):
    """The hour a reply moves a meeting to, its zone when written, and whether its half of the day is (am/pm, 24 h)."""

    hour: int
    minute: int
    zone: str | None
    sure: bool


@dataclass(frozen=True)
class Reading:
    """What one post says about meetings: the meetings it announces (cancelled ones flagged),
    the local days of meetings it calls off or moves, and whether it calls off one without a date."""

    meetings: tuple[Meeting, ...]
    cancelled_days: tuple[date, ...] = ()
    cancels_undated: bool = False
    set_aside: tuple[tuple[datetime, Aside], ...] = ()
    """Dates read in the post that are no meeting to come, with why (for `scribe preview`)."""
    doubts: tuple[Found, ...] = ()
    """Dates the rules set aside without being sure (`MAYBE`): a model, when configured, may judge them."""
    cancelled_weekdays: tuple[date, ...] = ()
    """The days of `cancelled_days` named by a weekday alone ("la visio de jeudi est annulée"): a meeting on
    record on that weekday of the week after may be the one meant."""
    moves_undated: bool = False
    """The post moves a meeting to one it announces without naming the day it leaves ("la visio est reportée au
    vendredi 11 à 18h", "nouvelle date : …"): the one meeting on record is the one moved."""
    corrected_days: tuple[date, ...] = ()
    """The days a post correcting a slip names ("No, today. Typo!"): a meeting on record on another day was
    announced on the wrong one."""
    moved_to: tuple[datetime, ...] = ()
    """Starts of the post's own meetings named in a sentence that moves one ("office hours moved to 4 PM today",
    "reportée au jeudi 3, même heure"): in a reply, where the topic's meeting goes."""
    cancels_all: bool = False
    """The post calls off every meeting of its topic ("Tout est annulé", "both sessions are cancelled")."""
    all_of_months: frozenset[int] = frozenset()
    """The months whose meetings only it calls off all of ("on annule tout pour septembre": 9)."""
    cancels_named: bool = False
    """The post calls off only a meeting its words name, beside one it says stands ("L'atelier est annulé, l'apéro est
    maintenu"): with no meeting so named, none."""
    remote_only: bool = False
    """What the post calls off is only a way to follow from afar ("Pas de visio cette année, mais les pouvoirs sont là
    pour ça"): a meeting held in person stands."""
    quoted: tuple[datetime, ...] = ()
    """The starts of the lines a reply quotes: the meeting it speaks of, of several (`extract._quoted`)."""
    replace_words: frozenset[str] = frozenset()
    """The words naming what a reply speaking of a new plan replaces, before its new date (`extract._replace_words`)."""
    same_time: tuple[datetime, ...] = ()
    """Days a reply gives a meeting "at the same time" ("Prochaine perm le samedi 22 février, même heure"): the hour of
    its author's last meeting of the topic."""
    by_weekday: tuple[datetime, ...] = ()
    """Starts of the post's own meetings read from a weekday alone, timed or not ("finalement ce sera mercredi", "ce
    sera jeudi, même heure (18 h)"): the next one after the post, where a move may mean the one of the week of the
    meeting it moves."""
    weekday_alone: tuple[datetime, ...] = ()
    """Starts of a reply's own meetings, timed or not, read from a bare weekday ("le lundi on commence à 9h"; not
    "lundi prochain", "ce lundi"): the next one after the post, where the topic may have a meeting on that weekday
    of a later week that it speaks of."""
    told_weekday: tuple[datetime, ...] = ()
    """Of those, the weekdays said with their article in a reply ("le samedi on démarre plus tôt, 13h30"): a day told
    before, kept only when the topic has a meeting to come on that weekday, on whose day it is put."""
    following: tuple[datetime, ...] = ()
    """Of those, the weekdays said to follow ("On décale au samedi suivant"): the first one after the day of the meeting
    it moves."""
    restated: tuple[datetime, ...] = ()
    """Starts of meetings a reply says stay, named by their weekday alone ("Le ciné-débat reste à 20h vendredi"): read
    from the reply's day, that weekday may be another week's than the meeting on record."""
    unchanged_words: frozenset[str] = frozenset()
    """The words of a reply's clauses saying meetings do not move ("Group A timing unchanged"): not the one it moves."""
    off_words: frozenset[str] = frozenset()
    """The words of the sentences that call a meeting off and not the rest of their sentence: which one they name."""
    target_words: frozenset[str] = frozenset()
    """The words of the sentences that call a meeting off or move it: which meeting of several they name."""
    moved_names: frozenset[str] = frozenset()
    """The kinds of gathering the sentences moving a meeting name (`cues.gatherings_named`): the meeting moved is one
    of them ("the hackathon is moved to June 28" moves no call)."""
    new_clock: NewClock | None = None
    """The hour a reply moves a meeting to without naming a day ("session rescheduled to 8 PM", "visio décalée à
    18h30"): the topic's meeting, that day, at this hour."""
    shift_days: int | None = None
    """The whole days a reply moves a meeting by, its hour kept ("postponed to next week, same time")."""
    shift_minutes: int | None = None
    """The minutes a reply moves a meeting by, later or (below zero) earlier ("pushed back 30 minutes")."""
    settles: bool = False
    """The reply settles the day of the gathering its topic is titled for ("C'est acté : mercredi 1er avril, 14h30")."""
    replaces: bool = False
    """The post speaks of a change of plan: a move or call-off said of a meeting, or words of a new plan ("re-report :
    jeudi 18 mars à 18h", "Final answer: Friday Nov 20, 10am ET", "we're back to 3pm"), and adds no meeting beside
    ("an extra session"): a meeting it gives replaces the topic's one meeting to come."""


def utc_iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _from_iso(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def meeting_id(topic_id: int, post_number: int, start: datetime) -> str:
    """Deterministic: the same announcement of the same start is the same meeting."""
    return f"{topic_id}-{post_number}-{start.astimezone(UTC):%Y%m%dT%H%MZ}"
