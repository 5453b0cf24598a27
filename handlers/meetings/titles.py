"""The title a meeting is given, which reminders and lists name it by: its own, its topic's, or the sentence
that announces it.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import replace
from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from bot.dateorder import DateOrder
from bot.models import Post
from handlers.meetings.dates import Found, clock_spans, find_dates
from handlers.meetings.meeting import Meeting
from handlers.meetings.sentences import ROW_CELLS, line_bounds, sentence_bounds


def titled_for_another_day(post: Post, found: Found, order: DateOrder | None) -> bool:
    """The topic's title names days, none of them the meeting's ("Project Week: January 20-24" for its preparation
    call of 15 October): as the meeting's title it would give readers two dates. `order` None: not read."""
    if order is None or not post.topic_title:
        return False
    day = found.start.astimezone(ZoneInfo(found.tz)).date()
    named = find_dates(post.topic_title, post.created_at, ZoneInfo(found.tz), order)
    return bool(named) and not any(
        g.start.astimezone(ZoneInfo(g.tz)).date() <= day <= (g.end or g.start).astimezone(ZoneInfo(g.tz)).date()
        for g in named
    )


def _title(text: str, found: Found, post: Post, single: bool) -> str:
    if found.title:
        return found.title
    if single and post.post_number == 1 and post.topic_title:
        return post.topic_title
    start, end = line_bounds(text, found.span[0])
    if ROW_CELLS in text[start:end]:  # a table's row: its cells, its dots ending no sentence ("sam. 11/04")
        row = " – ".join(c.strip() for c in text[start:end].split(ROW_CELLS))
        return _sentence_title(row, 0, len(row))
    sentence = _sentence_title(text, *sentence_bounds(text, found.span[0]))
    return sentence or post.topic_title or ""


def titled_by_topic(post: Post, meetings: list[Meeting], order: DateOrder | None) -> list[Meeting]:
    """The one meeting of an opening post whose sentence is only its date ("samedi 6 juin 2026 à 14h" on its own line
    under "Convocation à l'Assemblée Générale") under the topic's title; several such (a table's rows) keep theirs,
    which tell them apart."""
    if post.post_number != 1 or not post.topic_title:
        return meetings
    bare = (m for m in meetings if m.title and not _words_beside_date(m.title, m.start, ZoneInfo(m.tz), order))
    first, second = next(bare, None), next(bare, None)  # read no further than a second one (a line of many dates)
    if first is None or second is not None:
        return meetings
    return [replace(m, title=post.topic_title) if m is first else m for m in meetings]


def _words_beside_date(sentence: str, start: datetime, tz: ZoneInfo, order: DateOrder | None) -> bool:
    """Whether a sentence says more than its date and hour."""
    return re.search(r"\w{3,}", without_dates(sentence, start, tz, order or "DMY")) is not None


TITLE_LENGTH = 90
"""The longest title a sentence gives a meeting, cut between words."""


@lru_cache(maxsize=64)
def _sentence_title(text: str, start: int, end: int) -> str:
    """The title a sentence gives its meetings, read once for all the dates in it (a line of a thousand
    dates is one sentence)."""
    title = textwrap.shorten(_cleaned(text[start:end]), TITLE_LENGTH, placeholder="…")  # whole words
    return title[:-1].rstrip(",;:–-— ") + "…" if title.endswith("…") else title


_ADDRESS = re.compile(r"\s*(?:→|->|=>|:|–|-)?\s*\bhttps?://\S+")
"""A web address and the arrow or colon leading to it ("… assurances → https://visio…"): no words of a title, and
cut to its length it would be a wrong link."""


def _cleaned(sentence: str) -> str:
    """The sentence without its date markup, timestamps and web addresses, its spaces run together."""
    sentence = _ADDRESS.sub(" ", sentence)
    sentence = re.sub(r"\[/?(?:date|date-range|event)[^\]]*\]", "", sentence).strip(" -–:;,\t")
    return re.sub(r"\s+", " ", re.sub(r"\b\d{4}-\d\d-\d\dT[\d:.]+Z?(?: UTC)?", "", sentence)).strip(" -–:;,")


_DATE_LEFT = "\x00"
"""Where a date or an hour was taken out of a title, until the words leading to it go too."""
_DANGLING = re.compile(
    rf"(?:\b(?:on|at|from|this|next|le|du|de|ce|a|à|dès)\s+)?{_DATE_LEFT}(?:\s*\))?|\(\s*\)",
    re.IGNORECASE,
)
"""A date's place with the small word before it ("at", "du") and what is left of its brackets."""


def without_dates(title: str, start: datetime, tz: ZoneInfo, order: DateOrder, days: bool = True) -> str:
    """A title with the days and hours it names taken out, and the small words that led to them ("Friday Dec 4 at
    2pm: community hangout" is "community hangout"): a meeting moved elsewhere keeps its title, not its old time,
    which a reminder giving the new one would contradict. Read as written the day before the meeting's old `start`
    ("mardi 3" is a Tuesday the 3rd only in its month). Empty when the title was only a date. `days` False: the
    hours only, for a meeting given another hour the same day."""
    spans = [f.span for f in find_dates(title, start - timedelta(days=1), tz, order)] if days else []
    spans += clock_spans(title)
    if not spans:
        return title
    merged: list[list[int]] = []
    for a, b in sorted(spans):  # an hour inside a date's span is one span with it
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    for a, b in reversed(merged):
        title = title[:a] + _DATE_LEFT + title[b:]
    title = re.sub(r"\s+", " ", _DANGLING.sub(" ", title))
    return _SPACE_BEFORE_COMMA.sub(",", _PUNCTUATION_RUN.sub(r"\1", title)).strip(" -–—:;,.")


_PUNCTUATION_RUN = re.compile(r"([:;,–—-])(?:\s*[:;,–—])+")
"""Marks left side by side where a date was ("Restitution publique : , suivie d'un apéro", a table row's "CA – , –
visio"): the first one stays."""
_SPACE_BEFORE_COMMA = re.compile(r"\s+,")
"""A space left before a comma where a date was ("CA de printemps mardi 17 mars, en visio" → "CA de printemps, en
visio")."""
