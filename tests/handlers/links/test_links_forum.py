"""Every path that may give a link, through the whole engine against the sandbox forum: the
direct command and the announcement of another topic give a link only by the rule of an answer."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.forum import Forum
from tests.conftest import KEY, Clock, run_settled

ANNOUNCEMENTS = 2
"""A public category of the sandbox forum."""


def as_user(sandbox, username: str) -> Forum:
    return Forum(sandbox.url, username, KEY)


async def engine_on_empty_forum(make_sandbox, make_engine, **settings):
    clock = Clock(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    sandbox = await make_sandbox(clock, seed=False)
    for name in ("lea", "tom"):
        sandbox.add_user(name)
    engine = await make_engine(sandbox, clock=clock, **settings)
    await run_settled(engine)
    return sandbox, engine, clock


async def command_reply(make_sandbox, make_engine, language: str, announcement: str, command: str) -> str:
    """A moderator announces a workshop; two hours later a member asks scribe directly: its reply."""
    sandbox, engine, clock = await engine_on_empty_forum(make_sandbox, make_engine, language=language)
    async with as_user(sandbox, "moderateur") as mod:
        made = await mod.create_topic("Atelier cartographie participative", announcement, category_id=ANNOUNCEMENTS)
    clock.advance(hours=2)
    async with as_user(sandbox, "lea") as lea:
        await lea.create_post(command, made.topic_id)
    await run_settled(engine)
    [answer] = sandbox.posts_by("scribe")
    assert answer.topic_id == made.topic_id
    return answer.raw


async def test_the_command_states_no_link_when_two_fit_equally(make_sandbox, make_engine) -> None:
    said = await command_reply(
        make_sandbox,
        make_engine,
        "fr",
        "Deux groupes cette semaine, chacun avec sa visio.\n\n"
        "Groupe des débutants : https://meet.jit.si/carto-debutants\n\n"
        "Groupe des confirmés : https://meet.jit.si/carto-confirmes",
        "@scribe lien visio pour jeudi soir, merci !",
    )
    assert "meet.jit.si" not in said
    assert said.startswith("Je ne sais pas quel lien de la visio est voulu")
    assert "/t/-/" in said and "/1)" in said  # the post carrying both, as candidates
    assert "moderateur, qui a publié l'annonce" in said and "@moderateur" not in said


async def test_the_command_gives_the_link_its_words_name(make_sandbox, make_engine) -> None:
    said = await command_reply(
        make_sandbox,
        make_engine,
        "en",
        "Two groups this week, each with its own call.\n\n"
        "Beginners on Tuesday: https://meet.jit.si/mapping-beginners\n\n"
        "Advanced group on Thursday: https://meet.jit.si/mapping-advanced",
        "@scribe link for Thursday's call",
    )
    assert "https://meet.jit.si/mapping-advanced" in said and "mapping-beginners" not in said


async def announced_elsewhere(make_sandbox, make_engine, announcement: str) -> str:
    """A member asks, in a topic of their own, for a recording announced in a reply to the
    announcement of another topic of the same category: scribe's reply."""
    sandbox, engine, clock = await engine_on_empty_forum(
        make_sandbox, make_engine, language="en", links={"look_elsewhere": True}
    )
    async with as_user(sandbox, "moderateur") as mod:
        made = await mod.create_topic(
            "Session 4 and session 5: live classes",
            "Both sessions are live on Wednesday evening and will be recorded. The recordings will be posted here.",
            category_id=ANNOUNCEMENTS,
        )
        clock.advance(days=2)
        await mod.create_post(announcement, made.topic_id)
    clock.advance(days=1)
    async with as_user(sandbox, "lea") as lea:
        await lea.create_topic(
            "Session 4 recording",
            "Hello, I cannot find the recording of session 4 anywhere. Where is it?",
            category_id=ANNOUNCEMENTS,
        )
    await run_settled(engine)
    return "\n".join(p.raw for p in sandbox.posts_by("scribe"))


async def test_a_recording_of_another_session_announced_elsewhere_is_not_given(make_sandbox, make_engine) -> None:
    said = await announced_elsewhere(
        make_sandbox,
        make_engine,
        "The recording of session 4 is not ready yet, but here is the one of session 5: "
        "https://www.youtube.com/watch?v=session-five",
    )
    assert "session-five" not in said


async def test_the_recording_announced_elsewhere_for_the_session_asked_is_given(make_sandbox, make_engine) -> None:
    said = await announced_elsewhere(
        make_sandbox,
        make_engine,
        "Session 4 recording: https://www.youtube.com/watch?v=session-four\n\nSession 5 will be recorded as well.",
    )
    assert "https://www.youtube.com/watch?v=session-four" in said


async def recording_asked(make_sandbox, make_engine, hours_after_announcement: int) -> str:
    """A moderator announces a recorded live session for the next evening; a member asks whether the
    recording will be shared, some hours later: what scribe says in the topic."""
    sandbox, engine, clock = await engine_on_empty_forum(make_sandbox, make_engine, language="en")
    async with as_user(sandbox, "moderateur") as mod:
        made = await mod.create_topic(
            "Live session: cleaning survey data",
            "Live session on Wednesday 25 November 2026, 18:00 to 19:00 UTC.\n\n"
            "Join: https://meet.jit.si/survey-cleaning-live\n\nThe session will be recorded.",
            category_id=ANNOUNCEMENTS,
        )
    await run_settled(engine)
    clock.advance(hours=hours_after_announcement)
    async with as_user(sandbox, "lea") as lea:
        await lea.create_post("Will the recording of this session be shared with us?", made.topic_id)
    await run_settled(engine)
    return "\n".join(p.raw for p in sandbox.posts_by("scribe") if p.topic_id == made.topic_id)


async def test_asking_before_the_session_whether_it_will_be_shared_asks_for_nothing(make_sandbox, make_engine) -> None:
    said = await recording_asked(make_sandbox, make_engine, hours_after_announcement=5)
    assert "moderateur" not in said and "recording" not in said.lower()


async def test_the_same_question_once_the_session_is_held_asks_for_its_recording(make_sandbox, make_engine) -> None:
    said = await recording_asked(make_sandbox, make_engine, hours_after_announcement=40)
    assert "moderateur" in said and "recording" in said.lower()


STAFF = 4
"""The sandbox forum's category only staff read."""


async def link_to_a_topic_asked(make_sandbox, make_engine, category_id: int) -> tuple[str, str]:
    """A moderator's announcement whose one link leads to another topic of the forum (in `category_id`),
    and a member asking for the link: what scribe said, and that topic's address."""
    sandbox, engine, clock = await engine_on_empty_forum(make_sandbox, make_engine, language="en")
    async with as_user(sandbox, "moderateur") as mod:
        notes = await mod.create_topic(
            "GA5 doubt session: joining details", "Google Meet for the GA5 session: see the calendar.", category_id
        )
        address = f"{sandbox.url.rstrip('/')}/t/ga5-doubt-session-joining-details/{notes.topic_id}"
        made = await mod.create_topic(
            "GA5 doubt session",
            f"GA5 doubt session tomorrow at 7 PM IST. Meeting link and details: {address}",
            category_id=ANNOUNCEMENTS,
        )
    clock.advance(hours=2)
    async with as_user(sandbox, "lea") as lea:
        await lea.create_post("Sir please share the meeting link for the session", made.topic_id)
    await run_settled(engine)
    return "\n".join(p.raw for p in sandbox.posts_by("scribe") if p.topic_id == made.topic_id), address


async def test_a_link_to_a_topic_only_staff_read_is_not_given_in_public(make_sandbox, make_engine) -> None:
    said, address = await link_to_a_topic_asked(make_sandbox, make_engine, STAFF)
    assert address not in said


async def test_a_link_to_a_public_topic_of_the_forum_is_given(make_sandbox, make_engine) -> None:
    said, address = await link_to_a_topic_asked(make_sandbox, make_engine, ANNOUNCEMENTS)
    assert address in said


async def test_the_announcer_answering_scribes_ask_with_the_link_has_its_askers_told(make_sandbox, make_engine) -> None:
    """scribe asks the announcer for the link and promises to tell the askers; the announcer answers that very
    ask with the link (a reply to scribe's post): the askers are told, once."""
    sandbox, engine, clock = await engine_on_empty_forum(make_sandbox, make_engine, language="en")
    async with as_user(sandbox, "moderateur") as mod:
        made = await mod.create_topic(
            "Week 5 live session", "Week 5 live session on Saturday at 7 PM IST.", category_id=ANNOUNCEMENTS
        )
    clock.advance(hours=2)
    async with as_user(sandbox, "lea") as lea:
        await lea.create_post("Sir kindly share the meeting link for Saturday", made.topic_id)
    await run_settled(engine)
    [ask] = [p for p in sandbox.posts_by("scribe") if p.topic_id == made.topic_id]
    assert "@moderateur" in ask.raw
    clock.advance(hours=1)
    async with as_user(sandbox, "moderateur") as mod:
        await mod.create_post("Here it is: https://meet.google.com/wkf-ivex-sat", made.topic_id, ask.post_number)
    await run_settled(engine)
    said = [p.raw for p in sandbox.posts_by("scribe") if p.topic_id == made.topic_id]
    told = [raw for raw in said[1:] if "meet.google.com/wkf-ivex-sat" in raw]
    assert len(told) == 1 and "@lea" in told[0]
