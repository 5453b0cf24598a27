"""A call link dated by a numeric date is for the day the forum's order reads: asked on Wednesday 6 May for
that day's session, the link under "5/6 · 8 – 10 PM" is the one on an American forum (May 6th), another
session's on a day-first one (the 5th of June)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.events import MentionReceived, PostCreated
from bot.models import Post
from handlers import links
from tests.handler_kit import make_ctx, make_post
from tests.handlers.links.test_links import Bot, replies, topic_of

CALL = "https://meet.google.com/rev-isio-call"
MORNING = datetime(2026, 5, 6, 6, 0, tzinfo=UTC)
AFTERNOON = datetime(2026, 5, 6, 13, 0, tzinfo=UTC)
BLOCKS = {
    "en": (
        "Revision sessions this week.\n\nFinal revision session:\n{day} · 8:00 – 10:00pm\nVideo call link: {call}",
        "From where can I get today's live session link?",
    ),
    "fr": (
        "Les visios de révision de la semaine.\n\nDernière visio :\n{day} · 20h – 22h\nLien de la visio : {call}",
        "Bonjour, où trouver le lien de la visio d'aujourd'hui ?",
    ),
}


async def _decision(day: str, order: str, language: str = "en") -> tuple[str, object]:
    """What scribe does when asked, that afternoon, for the session link of a block dated `day`."""
    announcement, asked = BLOCKS[language]
    posts = [
        make_post(1, "tutor", announcement.format(day=day, call=CALL), created_at=MORNING),
        make_post(2, "lea", asked, created_at=AFTERNOON),
    ]
    topic = topic_of(posts, title="Revision sessions")
    ctx = make_ctx([topic], now=AFTERNOON, language=language, date_order=order)
    [request] = (await links.preview(topic, ctx))["link_requests"]
    return request["decision"], request["answer"]


@pytest.mark.parametrize("language", sorted(BLOCKS))
@pytest.mark.parametrize(
    ("day", "order", "today"),
    [("5/6", "MDY", True), ("5/6", "DMY", False), ("6/5", "DMY", True), ("6/5", "MDY", False), ("6/5", "YMD", False)],
)
async def test_a_call_link_dated_by_numbers_is_for_the_day_the_forums_order_reads(
    language: str, day: str, order: str, today: bool
) -> None:
    expected = ("answer", {"post_number": 1, "url": CALL}) if today else ("silent", None)
    assert await _decision(day, order, language) == expected


@pytest.mark.parametrize("order", ["DMY", "MDY"])
async def test_a_call_link_dated_by_a_day_past_twelve_is_that_day_in_either_order(order: str) -> None:
    """ "13/5" can only be the 13th of May: the link under it is no answer for the 6th on any forum."""
    assert await _decision("13/5", order) == ("silent", None)


def _asked_by(path: str) -> tuple[Any, Post]:
    """The event by which a member asks for today's session link: a post, or the link command."""
    if path == "post":
        post = make_post(2, "lea", "From where can I get today's live session link?", created_at=AFTERNOON)
        return PostCreated(post), post
    post = make_post(2, "lea", "@scribe link for today's live session", created_at=AFTERNOON)
    return MentionReceived(post, "link", "for today's live session"), post


@pytest.mark.parametrize("path", ["post", "command"])
@pytest.mark.parametrize(("order", "today"), [("MDY", True), ("DMY", False)])
async def test_every_way_of_asking_reads_the_forums_order(path: str, order: str, today: bool) -> None:
    """A request posted and the link command alike read "5/6" as the forum writes it: on a month-first forum
    the link under it is today's (May 6th), on a day-first one another session's (the 5th of June)."""
    announcement = BLOCKS["en"][0].format(day="5/6", call=CALL)
    event, asked = _asked_by(path)
    topic = topic_of([make_post(1, "tutor", announcement, created_at=MORNING), asked], title="Revision sessions")
    bot = Bot(language="en", date_order=order)
    answers = [a for a in replies(await bot.send(event, topic, AFTERNOON)) if CALL in a.raw]
    assert len(answers) == (1 if today else 0)
