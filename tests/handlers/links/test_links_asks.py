"""What scribe says in public about a missing link, through the whole engine against the sandbox forum:
it pings an announcement's author only for the kind of link truly asked, and only when there is an
announcement; otherwise it stays silent."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.forum import Forum
from tests.conftest import KEY, Clock

ANNOUNCEMENTS = 2
"""A public category of the sandbox forum."""

Thread = tuple[str, str, list[tuple[str, str]]]
"""A topic: the forum's language, its title, and its posts (author, words), the opening one first."""


def as_user(sandbox, username: str) -> Forum:
    return Forum(sandbox.url, username, KEY)


async def scribe_says(make_sandbox, make_engine, thread: Thread) -> list[str]:
    """The posts of `thread` a day apart, scribe reading the forum after each: what scribe posted there."""
    language, title, posts = thread
    clock = Clock(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    sandbox = await make_sandbox(clock, seed=False)
    for name in {author for author, _ in posts} - {"moderateur"}:
        sandbox.add_user(name)
    engine = await make_engine(sandbox, clock=clock, language=language)
    await engine.run_once()
    (opener, words), rest = posts[0], posts[1:]
    async with as_user(sandbox, opener) as forum:
        made = await forum.create_topic(title, words, category_id=ANNOUNCEMENTS)
    await engine.run_once()
    for author, words in rest:
        clock.advance(days=1)
        async with as_user(sandbox, author) as forum:
            await forum.create_post(words, made.topic_id)
        await engine.run_once()
    return [p.raw for p in sandbox.posts_by("scribe") if p.topic_id == made.topic_id]


ASKED: dict[str, tuple[Thread, str, str]] = {
    "the link of a session said held is its recording": (
        (
            "en",
            "Week 6: a faster way to collect the repositories",
            [
                (
                    "tutor",
                    "There is a much quicker way to collect the data for week 6. We will show it in the next live "
                    "session.\n\nSee you there!",
                ),
                (
                    "lea",
                    "Hello @tutor\n\nCould you share the live session link where you explained the quicker way? "
                    "I searched but could not find it.",
                ),
            ],
        ),
        "Hello @tutor, the recording link has been asked for here (lea)",
        "video call",
    ),
}


@pytest.mark.parametrize("case", sorted(ASKED))
async def test_the_announcer_is_asked_for_the_kind_of_link_truly_asked(make_sandbox, make_engine, case: str) -> None:
    thread, opening, never = ASKED[case]
    [ask] = await scribe_says(make_sandbox, make_engine, thread)
    assert ask.startswith(opening) and never not in ask
