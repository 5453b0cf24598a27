"""How long scribe waits on an announcer it asked for a link, through the whole engine against the
sandbox forum: within `[links] wait_days` the topic's other requests stay silent and the askers of
the same link join the wait, pinging nobody; past it, another request is dealt with again, and the
announcer is asked once more for the same link, once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.actions import ReplyToPost
from bot.events import PostCreated
from bot.forum import Forum
from bot.i18n import Messages
from bot.models import Post
from handlers import links
from tests.conftest import KEY, Clock, run_settled
from tests.handler_kit import make_ctx, make_post
from tests.handlers.links.test_links import DAY, T0, Bot, topic_of

ANNOUNCEMENTS = 2
"""A public category of the sandbox forum."""

WORKSHOP = (
    "Mapping workshop every Thursday at 18:00 UTC.\n\n"
    "The meeting link will be posted here before each session, and the slides after it."
)

Timeline = list[tuple[float, str, str]]
"""Posts after the announcement: (days since the announcement, author, words)."""


async def scribe_in_topic(make_sandbox, make_engine, timeline: Timeline, **settings: Any) -> list[list[str]]:
    """The moderator announces the workshop, then each post of `timeline` comes at its day, scribe
    reading the forum after each: what scribe posted in the topic after each post of the timeline."""
    clock = Clock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    sandbox = await make_sandbox(clock, seed=False)
    for name in {author for _, author, _ in timeline} - {"moderateur"}:
        sandbox.add_user(name)
    engine = await make_engine(sandbox, clock=clock, language="en", **settings)
    await run_settled(engine)
    async with Forum(sandbox.url, "moderateur", KEY) as mod:
        made = await mod.create_topic("Mapping workshop", WORKSHOP, category_id=ANNOUNCEMENTS)
    await run_settled(engine)
    said: list[list[str]] = []
    before, elapsed = 0, 0.0
    for day, author, words in timeline:
        clock.advance(days=day - elapsed)
        elapsed = day
        async with Forum(sandbox.url, author, KEY) as forum:
            await forum.create_post(words, made.topic_id)
        await run_settled(engine)
        posts = [p.raw for p in sandbox.posts_by("scribe") if p.topic_id == made.topic_id]
        said.append(posts[before:])
        before = len(posts)
    return said


def asks(said: list[str]) -> list[str]:
    """The posts of scribe asking the announcer for a link."""
    return [s for s in said if s.startswith("Hello @moderateur")]


OTHER_KIND: Timeline = [
    (1, "lea", "Could you please share the meeting link for this week?"),
    (3, "tom", "Where can I find the slides of the first workshop?"),
    (12, "sam", "Is there a link to the slides of last week's workshop?"),
]


async def test_a_wait_past_its_limit_no_longer_silences_a_request_for_another_link(make_sandbox, make_engine) -> None:
    said = await scribe_in_topic(make_sandbox, make_engine, OTHER_KIND)
    assert [len(asks(s)) for s in said] == [1, 0, 1]
    assert "video call link" in said[0][0]
    assert "document link" in said[2][0] and "(sam)" in said[2][0]


async def test_the_limit_is_the_configured_number_of_days(make_sandbox, make_engine) -> None:
    said = await scribe_in_topic(make_sandbox, make_engine, OTHER_KIND, links={"wait_days": 14})
    assert [len(asks(s)) for s in said] == [1, 0, 0]


async def test_each_link_asked_for_is_given_to_its_own_askers_once(make_sandbox, make_engine) -> None:
    """Past lea's wait for the call link, sam has the announcer asked for the slides: when the call link
    comes, lea is told; when the slides come, sam; the call link posted again tells nobody."""
    timeline: Timeline = [
        *OTHER_KIND,
        (13, "moderateur", "Here is the call for this week: https://meet.jit.si/mapping-workshop-thursday"),
        (14, "moderateur", "The slides of the first workshop: https://example.org/mapping/workshop-1-slides.pdf"),
        (15, "moderateur", "Reminder, the call is here: https://meet.jit.si/mapping-workshop-thursday"),
    ]
    said = await scribe_in_topic(make_sandbox, make_engine, timeline)
    assert [len(s) for s in said] == [1, 0, 1, 1, 1, 0]
    assert said[3][0].startswith("@lea:") and "meet.jit.si" in said[3][0]
    assert said[4][0].startswith("@sam:") and "workshop-1-slides" in said[4][0]


SAME_LINK: Timeline = [
    (1, "lea", "Could you please share the meeting link for this week?"),
    (3, "tom", "Still no link for the meeting?"),
    (5, "moderateur", "Reminder: this week we map the bike lanes of the old town."),
    (6, "noor", "Where is the meeting link please?"),
    (9, "sam", "I can't find the meeting link anywhere."),
    (9.5, "kim", "Same here, where is the link for the call?"),
    (11, "moderateur", "Here is the call: https://meet.jit.si/mapping-workshop-thursday"),
]


async def test_the_announcer_is_asked_again_for_the_same_link_once_past_the_limit(make_sandbox, make_engine) -> None:
    """lea asks on day 1; tom and noor join that wait, the announcer's reminder on day 5 does not end it;
    sam, past the seven days, gets the announcer asked again, and kim joins that second ask. The link,
    when it comes, is for all of them."""
    said = await scribe_in_topic(make_sandbox, make_engine, SAME_LINK)
    assert [len(asks(s)) for s in said] == [1, 0, 0, 0, 1, 0, 0]
    assert "(sam)" in said[4][0]
    [follow_up] = said[6]
    assert follow_up.startswith("@lea, @tom, @noor, @sam and @kim")


def workshop_posts(later: list[tuple[float, str, str]]) -> list[Post]:
    """The announcement, then `later` as (days after it, author, words)."""
    posts = [make_post(1, "moderateur", WORKSHOP, created_at=T0, moderator=True)]
    for n, (day, author, words) in enumerate(later, start=2):
        posts.append(make_post(n, author, words, created_at=T0 + timedelta(days=day), moderator=author == "moderateur"))
    return posts


async def said_after_each(bot: Bot, posts: list[Post]) -> list[list[str]]:
    """What scribe posts after each post but the announcement, the topic as it was then."""
    said = []
    for n, post in enumerate(posts[1:], start=2):
        out = await bot.send(PostCreated(post), topic_of(posts[:n], title="Mapping workshop"), post.created_at)
        said.append([a.raw for a in out if isinstance(a, ReplyToPost)])
    return said


async def test_the_requests_a_wait_silenced_are_asked_for_once_it_lapses() -> None:
    """The slides asked while scribe waited on the call link: past the wait, the next request for them
    has the announcer asked for the slides, for both askers."""
    posts = workshop_posts(
        [
            (1, "lea", "Could you please share the meeting link for this week?"),
            (2, "tom", "Where can I find the slides of the first workshop?"),
            (4, "sam", "Are the slides of the first workshop online somewhere?"),
        ]
    )
    bot = Bot(language="en", links={"wait_days": 3})
    said = await said_after_each(bot, posts)
    assert [len(s) for s in said] == [1, 0, 1]
    assert said[2][0].startswith("Hello @moderateur, the document link has been asked for here (tom and sam)")
    assert bot.memory["links"][f"request:{posts[2].id}"]["outcome"] == "asked"


@pytest.mark.parametrize(("language", "words"), [("en", "post 2 less than 7 days"), ("fr", "message 2 il y a moins")])
async def test_a_wait_kept_before_asks_had_a_date_lapses_from_the_topics_last_answer(language: str, words: str) -> None:
    asked = {"askers": ["lea"], "announcer": "moderateur", "first_post_id": 1002, "first_post_number": 2}
    posts = workshop_posts(
        [
            (1, "lea", "Could you please share the meeting link for this week?"),
            (3, "tom", "Where can I find the slides of the first workshop?"),
            (9, "sam", "Is there a link to the slides of last week's workshop?"),
        ]
    )
    kept = {"waiting": {**asked, "kinds": ["meeting"]}, "last_answer_at": (T0 + DAY).isoformat()}
    bot = Bot({"links": {"topic:1": kept}}, language=language)
    said = await said_after_each(bot, posts)
    assert [len(s) for s in said] == [0, 0, 1]
    assert "(sam)" in said[2][0]
    record = bot.memory["links"][f"request:{posts[2].id}"]
    assert record["reason"] == {"key": "awaiting_other", "values": {"post": 2, "days": "7"}}
    assert words in links.request_line({**record, "decision": "silent", "askers": ["tom"]}, Messages(language))


CALL = "https://meet.jit.si/mapping-workshop-thursday"
SLIDES = "https://example.org/mapping/workshop-1-slides.pdf"


async def test_a_lapsed_wait_still_tells_its_askers_when_their_link_comes_after_an_ask_for_another() -> None:
    """lea's wait for the call link lapses and sam's request for the slides has the announcer asked for
    them: each link, when it comes, is for those who asked for it, once."""
    posts = workshop_posts(
        [
            (1, "lea", "Could you please share the meeting link for this week?"),
            (9, "sam", "Is there a link to the slides of last week's workshop?"),
            (10, "moderateur", f"Here is the call for this week: {CALL}"),
            (11, "moderateur", f"The slides of the first workshop: {SLIDES}"),
            (12, "moderateur", f"Reminder, the call is here: {CALL}"),
        ]
    )
    bot = Bot(language="en")
    said = await said_after_each(bot, posts[:3])
    assert [len(s) for s in said] == [1, 1]
    assert "video call link" in said[0][0] and "document link" in said[1][0]
    assert await still_open(bot) == ["lea", "sam"]
    said = await said_after_each(bot, posts)
    assert [len(s) for s in said] == [0, 0, 1, 1, 0]
    assert said[2][0].startswith("@lea:") and CALL in said[2][0] and "@sam" not in said[2][0]
    assert said[3][0].startswith("@sam:") and SLIDES in said[3][0] and "@lea" not in said[3][0]
    assert await still_open(bot) == []


async def still_open(bot: Bot) -> list[str]:
    """Who still waits for a link, as the other features read it."""
    return [r.username for r in await links.memory.open_requests(make_ctx(memory=bot.memory))]


async def test_a_post_giving_two_links_asked_for_tells_each_their_own() -> None:
    posts = workshop_posts(
        [
            (1, "lea", "Could you please share the meeting link for this week?"),
            (9, "sam", "Is there a link to the slides of last week's workshop?"),
            (10, "moderateur", f"Here is the call for this week: {CALL}\n\nAnd the slides of the first one: {SLIDES}"),
        ]
    )
    bot = Bot(language="en")
    said = await said_after_each(bot, posts)
    assert [len(s) for s in said] == [1, 1, 2]
    assert said[2][0].startswith("@lea:") and CALL in said[2][0] and "@sam" not in said[2][0]
    assert said[2][1].startswith("@sam:") and SLIDES in said[2][1] and "@lea" not in said[2][1]
    assert bot.memory["links"]["topic:1"]["waits"] == []


async def test_a_wait_kept_in_the_former_shape_still_tells_its_askers() -> None:
    """A topic's wait written as the single `waiting` of before: it still holds, and its askers are
    told when the link comes."""
    posts = workshop_posts(
        [
            (1, "lea", "Could you please share the meeting link for this week?"),
            (2, "tom", "Where can I find the slides of the first workshop?"),
            (3, "moderateur", f"Here is the call for this week: {CALL}"),
        ]
    )
    asked = {"askers": ["lea"], "announcer": "moderateur", "first_post_id": posts[1].id, "first_post_number": 2}
    former = {"waiting": {**asked, "kinds": ["meeting"], "asked_at": (T0 + DAY).isoformat()}}
    request = {"topic_id": 1, "post_number": 2, "outcome": "asked", "reply": f"reply:{posts[1].id}:links"}
    bot = Bot({"links": {"topic:1": former, f"request:{posts[1].id}": {**request, "username": "lea"}}}, language="en")
    said = []
    for post in posts[2:]:
        out = await bot.send(
            PostCreated(post), topic_of(posts[: post.post_number], title="Mapping workshop"), post.created_at
        )
        said.append([a.raw for a in out if isinstance(a, ReplyToPost)])
    assert [len(s) for s in said] == [0, 1]
    assert said[1][0].startswith("@lea:") and CALL in said[1][0]
    assert bot.memory["links"]["topic:1"]["waits"] == [] and "waiting" not in bot.memory["links"]["topic:1"]
    assert bot.memory["links"][f"request:{posts[2].id}"]["reason"]["key"] == "awaiting_other"
