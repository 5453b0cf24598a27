"""Numeric dates read in the order the forum writes them (`date_order`): "5/6" is the 5th of June on a
day-first forum, May 6th on an American one. Posts are written on Wednesday 6 May 2026 in the morning."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.models import Topic
from handlers import meetings
from handlers.meetings import parse_add
from handlers.meetings.extract import read_post
from tests.handler_kit import make_ctx, make_post

NEW_YORK = ZoneInfo("America/New_York")
PARIS = ZoneInfo("Europe/Paris")
WRITTEN = datetime(2026, 5, 6, 13, 0, tzinfo=UTC)  # 9:00 in New York, 15:00 in Paris


def _starts(text: str, tz: ZoneInfo, order: str) -> list[datetime]:
    post = make_post(1, "tutor", text, created_at=WRITTEN, moderator=True)
    return [m.start for m in read_post(post, tz, "scribe", order=order).meetings]


def _at(month: int, day: int, hour: int, tz: ZoneInfo) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=tz)


@pytest.mark.parametrize(
    ("text", "order", "month", "day"),
    [
        # ambiguous: the forum's order says which
        ("Revision webinar on 5/6 at 7 PM.", "DMY", 6, 5),
        ("Revision webinar on 5/6 at 7 PM.", "MDY", 5, 6),
        ("Revision webinar on 5/6 at 7 PM.", "YMD", 5, 6),
        ("Revision webinar on 05/06/2026 at 7 PM.", "DMY", 6, 5),
        ("Revision webinar on 05/06/2026 at 7 PM.", "MDY", 5, 6),
        ("Revision webinar on 05.06.26 at 7 PM.", "MDY", 5, 6),
        ("Revision webinar on 05-06-2026 at 7 PM.", "DMY", 6, 5),
        # a first number past twelve is a day whatever the order
        ("Revision webinar on 25/5 at 7 PM.", "DMY", 5, 25),
        ("Revision webinar on 25/5 at 7 PM.", "MDY", 5, 25),
        ("Revision webinar on 25/05/2026 at 7 PM.", "MDY", 5, 25),
        # month first, day past twelve
        ("Revision webinar on 5/25 at 7 PM.", "MDY", 5, 25),
        ("Revision webinar on 5/25/2026 at 7 PM.", "DMY", 5, 25),
        # the year first is year, month, day on any forum
        ("Revision webinar on 2026/05/08 at 7 PM.", "DMY", 5, 8),
        ("Revision webinar on 2026-05-08 at 7 PM.", "MDY", 5, 8),
        # the weekday written with it settles it against the forum's order (the 5th of June is a Friday)
        ("Revision webinar on Friday 5/6 at 7 PM.", "MDY", 6, 5),
        ("Revision webinar on Wednesday 5/6 at 7 PM.", "DMY", 5, 6),
    ],
)
def test_an_english_numeric_date_is_read_in_the_forums_order(text: str, order: str, month: int, day: int) -> None:
    assert _starts(text, NEW_YORK, order) == [_at(month, day, 19, NEW_YORK)]


@pytest.mark.parametrize(
    ("text", "order", "month", "day"),
    [
        ("Visio du collectif le 5/6 à 18h.", "DMY", 6, 5),
        ("Visio du collectif le 5/6 à 18h.", "MDY", 5, 6),
        ("Visio du collectif le 12/06/2026 à 18h.", "DMY", 6, 12),
        ("Visio du collectif le 06/12/2026 à 18h.", "MDY", 6, 12),
        ("Visio du collectif le 25/5 à 18h.", "MDY", 5, 25),
        ("Visio du collectif le 2026-05-25 à 18h.", "DMY", 5, 25),
    ],
)
def test_a_french_numeric_date_is_read_in_the_forums_order(text: str, order: str, month: int, day: int) -> None:
    assert _starts(text, PARIS, order) == [_at(month, day, 18, PARIS)]


def test_a_second_number_past_twelve_without_a_year_stays_a_score_on_a_day_first_forum() -> None:
    """ "5/25" alone reads like a mark out of 25 where dates are written day first; an American forum writes
    its dates so."""
    assert _starts("Revision webinar on 5/25 at 7 PM.", NEW_YORK, "DMY") == []


def test_a_date_far_off_in_the_forums_order_and_near_in_the_other_is_in_doubt() -> None:
    """ "8/6" written in May: August 6th is three months off on an American forum, the 8th of June near."""
    assert _starts("Revision webinar on 8/6 at 7 PM.", NEW_YORK, "MDY") == []
    assert _starts("Revision webinar on 6/8 at 7 PM.", NEW_YORK, "DMY") == []


def test_a_meeting_added_by_command_reads_its_date_in_the_forums_order() -> None:
    parsed = parse_add("5/6 7 PM Revision webinar", WRITTEN, NEW_YORK, "MDY")
    assert parsed is not None and parsed[0] == _at(5, 6, 19, NEW_YORK)


@pytest.mark.parametrize(("order", "month", "day"), [("DMY", 6, 5), ("MDY", 5, 6)])
async def test_the_meetings_feature_reads_the_configured_order(order: str, month: int, day: int) -> None:
    post = make_post(1, "tutor", "Revision webinar on 5/6 at 7 PM.", created_at=WRITTEN, moderator=True)
    topic = Topic(id=1, title="Revision webinar", posts=(post,), created_by=post.username)
    ctx = make_ctx([topic], now=WRITTEN, language="en", timezone="America/New_York", date_order=order)
    [meeting] = (await meetings.preview(topic, ctx))["meetings"]
    assert datetime.fromisoformat(meeting["starts_at"]) == _at(month, day, 19, NEW_YORK)
