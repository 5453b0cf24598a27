"""Discourse's own markup, written in one place: post and topic links, quotes, `[date]`,
and member or model text made inert (no ping, no HTML, no stray BBCode)."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

_MENTION = re.compile(r"(?<![\w@`/])@(?=[A-Za-z0-9_])")
_BBCODE = re.compile(r"\[(/?)(quote|date|poll|details|spoiler|wrap|grid|img|url|code)", re.I)


def inert(text: str) -> str:
    """Forum or model text made inert for a post: no ping, no HTML, no stray BBCode."""
    text = _MENTION.sub("", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return _BBCODE.sub(lambda m: "\\[" + m.group(1) + m.group(2), text)


def plain_name(username: str) -> str:
    """A username as plain text (never `@name`)."""
    return username.lstrip("@").replace("<", "").replace(">", "")


def topic_url(topic_id: int, slug: str | None = None) -> str:
    return f"/t/{slug or '-'}/{topic_id}"


def post_url(topic_id: int, post_number: int, slug: str | None = None) -> str:
    return f"{topic_url(topic_id, slug)}/{post_number}"


def post_link(topic_id: int, post_number: int) -> str:
    """`[#12](/t/-/7/12)`: a short link to a post."""
    return f"[#{post_number}]({post_url(topic_id, post_number)})"


def post_links(topic_id: int, numbers: list[int]) -> str:
    return ", ".join(post_link(topic_id, n) for n in numbers)


def topic_link(title: str, topic_id: int, slug: str | None = None) -> str:
    label = inert(title).replace("[", "(").replace("]", ")")
    return f"[{label}]({topic_url(topic_id, slug)})"


def quote(username: str, post_number: int, topic_id: int, text: str) -> str:
    """A `[quote]` readers can follow back to its post; the quoted text is kept as it is
    (Discourse ignores mentions inside quotes)."""
    return f'[quote="{plain_name(username)}, post:{post_number}, topic:{topic_id}"]\n{text}\n[/quote]'


def date(moment: datetime, tz: str, all_day: bool = False) -> str:
    """`[date=… time=… timezone=…]`: every reader sees the moment in their own time zone."""
    local = moment.astimezone(ZoneInfo(tz))
    if all_day:
        return f'[date={local:%Y-%m-%d} timezone="{tz}"]'
    return f'[date={local:%Y-%m-%d} time={local:%H:%M:%S} timezone="{tz}"]'


def date_range(start: datetime, end: datetime | None, tz: str, all_day: bool = False) -> str:
    first = date(start, tz, all_day)
    if end is None or all_day:
        return first
    return f"{first} → {date(end, tz)}"
