"""A meeting its announcer called off, then says is on after all ("Oubliez mon message d'hier !! … **L'initiation de
jeudi est maintenue**, même heure", "Finalement on maintient"): on again at the start it had, its reminders with it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from bot.dateorder import DateOrder
from bot.models import Post
from bot.text import analyse, fold
from handlers.meetings.called_off import CANCEL, FORGET_MY_MESSAGE_EN, FORGET_MY_MESSAGE_FR, STANDS
from handlers.meetings.cues import GATHERING
from handlers.meetings.dates import find_dates
from handlers.meetings.meeting import Meeting
from handlers.meetings.names import days_of_month, named, words_of

CALL_OFF_TAKEN_BACK = re.compile(
    rf"\b(?:{FORGET_MY_MESSAGE_FR}|{FORGET_MY_MESSAGE_EN}|finalement on (?:maintient|le fait|la fait)|c'est reparti|"
    rf"(?:on|nous) (?:maintient|maintenons) (?:(?:le|la|les|l'|notre|nos) ?)?(?={GATHERING.pattern})|"
    r"(?:is|it's) back on)\b"
)
"""Words taking a call-off back ("Oubliez mon message d'hier", "Finalement on maintient", "the call is back on"), or
keeping on a gathering they name ("on maintient la soirée en scène ouverte seule"; not "on maintient le 4", nor
"on maintient tout")."""


def back_on(
    post: Post, put_off: Sequence[Meeting], others: Sequence[Meeting], tz: ZoneInfo, order: DateOrder
) -> list[Meeting]:
    """The meetings to come called off that the post, by their announcer, says are on after all: with words taking
    the call-off back, or saying a meeting stands (`STANDS`) without calling anything off. Those on a day the post
    names; with no day named, the one its words name among the topic's meetings (`others`: those not called off), or
    the only one called off when it takes a call-off back ("Oubliez mon message d'hier")."""
    text = analyse(post).text
    low = fold(text)
    taken_back = CALL_OFF_TAKEN_BACK.search(low) is not None
    if not (taken_back or (STANDS.search(low) and not CANCEL.search(low))):
        return []
    theirs = [m for m in put_off if m.author.lower() == post.username.lower() and m.start > post.created_at]
    words = words_of(low, 0, len(low))
    numbers = days_of_month(words)
    # with a day of the month written alone, a weekday alone is no day of theirs ("c'est le samedi de Pâques, mais on
    # maintient le 4": the next one, not Saturday the 7th called off)
    days = {
        f.start.astimezone(ZoneInfo(f.tz)).date()
        for f in find_dates(text, post.created_at, tz, order)
        if not numbers or any(c.isdigit() for c in text[f.span[0] : f.span[1]])
    }
    if days:
        return [m for m in theirs if m.day in days]
    if numbers and not any(f"d{m.day.day}" in numbers for m in theirs):
        return []
    at = named(words, [m.names for m in (*theirs, *others)])
    if at is not None and at < len(theirs):
        return [theirs[at]]
    return theirs if taken_back and at is None and len(theirs) == 1 else []
