"""Moderators change schedules from the forum; members cannot; changes are live and durable."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from bot.forum import Forum
from handlers.control.parse import parse_offsets, parse_when
from tests.conftest import KEY, Clock

MONDAY = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text, days, time",
    [
        ("jeudi 17h30", ("thu",), "17:30"),
        ("le jeudi à 17 h 30", ("thu",), "17:30"),
        ("tous les jeudis à 17h", ("thu",), "17:00"),
        ("chaque vendredi 17h", ("fri",), "17:00"),
        ("lundi et jeudi 9h", ("mon", "thu"), "09:00"),
        ("tous les jours à midi", ("mon", "tue", "wed", "thu", "fri", "sat", "sun"), "12:00"),
        ("en semaine 8h15", ("mon", "tue", "wed", "thu", "fri"), "08:15"),
        ("every thursday 17:30", ("thu",), "17:30"),
        ("every friday 5pm", ("fri",), "17:00"),
        ("Thursdays at 5:30 pm", ("thu",), "17:30"),
        ("daily at 7am", ("mon", "tue", "wed", "thu", "fri", "sat", "sun"), "07:00"),
        ("mon, wed 18:00", ("mon", "wed"), "18:00"),
    ],
)
def test_phrasings(text, days, time):
    when = parse_when(text)
    assert when is not None and (when.days, when.time) == (days, time)


@pytest.mark.parametrize("text", ["jeudi", "17h30", "la semaine prochaine", "bientôt", "every 25:00", ""])
def test_phrasings_that_cannot_be_understood(text):
    assert parse_when(text) is None


def test_reminder_offsets():
    assert parse_offsets("24h 1h") == ["24h", "1h"]
    assert parse_offsets("1h, 24h") == ["24h", "1h"]
    assert parse_offsets("2j et 30 min") == ["2j", "30min"]
    assert parse_offsets("demain") is None


async def post_as(sandbox, username: str, raw: str, topic_id: int = 1):
    async with Forum(sandbox.url, username, KEY) as f:
        return await f.create_post(raw, topic_id)


def at(clock: Clock, moment: datetime) -> Clock:
    """The forum's and scribe's shared clock, set to `moment` (commands are judged by their age)."""
    clock.now = moment
    return clock


async def test_moderator_sets_digest_and_it_is_live_and_listed(sandbox, make_engine, clock, tmp_path):
    clock.now = MONDAY
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    await post_as(sandbox, "moderateur", "@scribe digest jeudi 17h30")
    await engine.run_once()
    [ack] = sandbox.posts_by("scribe")
    assert "jeudi à 17:30" in ack.raw and '[date=2026-11-26 time=17:30:00 timezone="Europe/Paris"]' in ack.raw
    digest = await engine.scheduler.get("digest.weekly")
    assert (digest.days, digest.time, digest.origin, digest.changed_by) == (("thu",), "17:30", "forum", "moderateur")
    done = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "bot.cli", "schedules", "list"],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "SCRIBE_DB": engine.settings.store.path, "PYTHONPATH": "."},
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("digest.weekly"))
    assert "thu 17:30" in line and "moderateur" in line


async def test_member_is_refused_and_nothing_is_paused(sandbox, make_engine, clock):
    engine = await make_engine(sandbox, clock=at(clock, MONDAY))
    await engine.run_once()
    await post_as(sandbox, "membre", "@scribe pause, merci beaucoup")
    await engine.run_once()
    [refusal] = sandbox.posts_by("scribe")
    assert "réservée" in refusal.raw
    assert await engine.store.paused() is None


async def test_a_command_read_late_is_not_applied_on_todays_rights(sandbox, make_engine, clock):
    """A member promoted after writing `@scribe pause` does not get it applied when scribe reads it hours later."""
    engine = await make_engine(sandbox, clock=at(clock, MONDAY))
    await engine.run_once()
    await post_as(sandbox, "membre", "@scribe pause, merci beaucoup")
    clock.advance(hours=3)  # scribe was down
    sandbox.set_user("membre", moderator=True)
    await engine.run_once()
    [answer] = sandbox.posts_by("scribe")
    assert "plus de 30 minutes" in answer.raw
    assert await engine.store.paused() is None


async def test_demoted_moderator_is_refused(sandbox, make_engine, clock):
    engine = await make_engine(sandbox, clock=at(clock, MONDAY))
    await engine.run_once()
    await post_as(sandbox, "moderateur", "Bonjour, une question de planning pour tout le monde.")
    sandbox.set_user("moderateur", moderator=False)
    await post_as(sandbox, "moderateur", "@scribe digest vendredi 8h, s'il vous plaît")
    await engine.run_once()
    assert "réservée" in sandbox.posts_by("scribe")[-1].raw
    assert (await engine.scheduler.get("digest.weekly")).origin == "config"


async def test_configured_group_member_is_accepted(sandbox, make_engine, clock):
    sandbox.add_user("animatrice", groups=("animateurs",))
    engine = await make_engine(sandbox, clock=at(clock, MONDAY), permissions={"groups": ["animateurs"]})
    await engine.run_once()
    await post_as(sandbox, "animatrice", "@scribe rappels 48h 2h pour nos réunions")
    await engine.run_once()
    assert "48h, 2h" in sandbox.posts_by("scribe")[-1].raw
    assert (await engine.store.get("overrides", "meetings.reminder_offsets"))["value"] == ["48h", "2h"]


async def test_pause_and_resume(sandbox, make_engine, clock):
    engine = await make_engine(sandbox, clock=at(clock, MONDAY))
    await engine.run_once()
    await post_as(sandbox, "moderateur", "@scribe pause pendant les vacances")
    await engine.run_once()
    assert (await engine.store.paused())["by"] == "moderateur"
    await post_as(sandbox, "membre", "@scribe aide, tu es là pendant la pause ?")
    await engine.run_once()
    assert len(sandbox.posts_by("scribe")) == 1
    await post_as(sandbox, "moderateur", "@scribe reprendre le travail maintenant")
    await engine.run_once()
    assert await engine.store.paused() is None and len(sandbox.posts_by("scribe")) == 2


async def test_unclear_phrase_gets_an_example(sandbox, make_engine, clock):
    engine = await make_engine(sandbox, clock=at(clock, MONDAY), language="en")
    await engine.run_once()
    await post_as(sandbox, "moderateur", "@scribe digest sometime next week")
    await engine.run_once()
    assert "@scribe digest every thursday 17:30" in sandbox.posts_by("scribe")[-1].raw


async def test_live_rescheduling_without_restart(sandbox, make_engine, clock):
    import asyncio

    engine = await make_engine(sandbox, clock=at(clock, MONDAY))
    await engine.run_once()
    await engine.scheduler.start(asyncio.Queue())
    try:
        job = engine.scheduler._aps.get_job("digest.weekly")
        assert "mon" in str(job.trigger)
        await post_as(sandbox, "moderateur", "@scribe digest every thursday 17:30")
        await engine.run_once()
        job = engine.scheduler._aps.get_job("digest.weekly")
        assert "thu" in str(job.trigger) and "17" in str(job.trigger)
    finally:
        engine.scheduler.stop()


def test_quiet_window():
    from zoneinfo import ZoneInfo

    from bot.quiet import quiet_until

    paris = ZoneInfo("Europe/Paris")
    night = datetime(2026, 11, 26, 22, 30, tzinfo=UTC)  # 23:30 in Paris
    assert quiet_until(night, "22:00-07:00", paris) == datetime(2026, 11, 27, 7, 0, tzinfo=paris)
    assert quiet_until(datetime(2026, 11, 27, 5, 0, tzinfo=UTC), "22h-7h", paris) == datetime(
        2026, 11, 27, 7, 0, tzinfo=paris
    )
    assert quiet_until(datetime(2026, 11, 27, 9, 0, tzinfo=UTC), "22:00-07:00", paris) is None
    assert quiet_until(night, "", paris) is None
    with pytest.raises(ValueError):
        quiet_until(night, "late", paris)


async def test_quiet_hours_hold_own_posts_but_not_answers(sandbox, make_engine, clock):
    from bot.actions import CreateTopic, ReplyToPost
    from bot.events import TickFired

    clock.now = datetime(2026, 11, 26, 22, 30, tzinfo=UTC)  # 23:30 in Paris
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    await post_as(sandbox, "moderateur", "@scribe silence 22h-7h, merci")
    await engine.run_once()
    assert "22:00" in sandbox.posts_by("scribe")[-1].raw
    from bot.dispatch import Dispatcher
    from bot.routing import Router

    own = Router("probe")

    @own.on(TickFired)
    async def posts_on_its_own(event: TickFired, ctx) -> list:
        digest = CreateTopic(
            key="digest:test", title="Un résumé de la semaine passée", raw="Le contenu du résumé de la semaine."
        )
        reminder = ReplyToPost(
            key="reminder:test:1h",
            topic_id=1,
            raw="Rappel : la réunion commence bientôt.",
            expires_at=datetime(2026, 11, 27, 5, 30, tzinfo=UTC),  # a 06:30 meeting
        )
        return [digest, reminder]

    engine.dispatcher = Dispatcher([own])
    await engine.handle(TickFired("probe.own", clock.now, "probe.own@1"))
    await engine.run_once()
    assert len(sandbox.posts_by("scribe")) == 1
    clock.now = datetime(2026, 11, 27, 6, 5, tzinfo=UTC)  # 07:05 in Paris: the window is over
    await engine.run_once()
    titles = [sandbox.topic(p.topic_id).title for p in sandbox.posts_by("scribe") if p.post_number == 1]
    assert titles == ["Un résumé de la semaine passée"]
    assert not any("Rappel" in p.raw for p in sandbox.posts_by("scribe"))


@pytest.mark.parametrize("jump", [{"hours": 2}, {"days": 3}])
async def test_a_command_is_not_too_old_because_scribes_clock_jumped_forward(sandbox, make_engine, clock, jump):
    """scribe's clock is set forward after a moderator wrote `@scribe pause`: the command is a minute
    old on the forum's clock, which stamped it, so it is applied."""
    own = Clock(at(clock, MONDAY).now)
    engine = await make_engine(sandbox, clock=own)
    await engine.run_once()
    await post_as(sandbox, "moderateur", "@scribe pause pendant la réunion de rentrée")
    clock.advance(minutes=1)
    own.advance(minutes=1, **jump)
    await engine.run_once()
    assert await engine.store.paused() is not None
    assert not any("30 minutes" in p.raw for p in sandbox.posts_by("scribe"))


async def test_a_command_old_on_the_forums_clock_is_refused_whatever_scribes_clock_says(sandbox, make_engine, clock):
    """scribe was down three hours and its clock came back set behind, saying ten minutes passed: the
    command is three hours old on the forum's clock, which stamped it, so it is refused all the same."""
    own = Clock(at(clock, MONDAY).now)
    engine = await make_engine(sandbox, clock=own)
    await engine.run_once()
    await post_as(sandbox, "moderateur", "@scribe pause pendant la réunion de rentrée")
    clock.advance(hours=3)
    own.advance(minutes=10)
    await engine.run_once()
    assert await engine.store.paused() is None
    assert "plus de 30 minutes" in sandbox.posts_by("scribe")[-1].raw
