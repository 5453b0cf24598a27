"""What a pause does to the work scribe had already taken on, through the whole engine against the
sandbox forum: a link request read before `@scribe pause`, whose settle delay ends during the pause,
is decided after `@scribe reprendre` on the thread as it stands then (one whose delay ended more
than a day before the resume is given up); a command put off by a failing forum is answered."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from bot.actions import PauseBot
from bot.events import TickFired
from bot.outbox import SimulatedCrash
from tests.conftest import started_again
from tests.handlers.links.test_links_settle import ASKED, FORM, announced, as_user, post, scribe_in, settle_timers

SEED_TOPIC = 1
ANSWER = f"Le lien est dans l'annonce : {FORM}"
RESUME = "@scribe reprendre le travail"


async def paused_by(mod, engine) -> int:
    """A moderator pauses scribe from the team's own topic (where scribe acknowledges): that topic."""
    staff = await mod.create_topic("Coordination de l'équipe", "On s'organise ici pour le forum.", category_id=2)
    await mod.create_post("@scribe pause pendant les vacances", staff.topic_id)
    await engine.run_once()
    assert await engine.store.paused() is not None
    return int(staff.topic_id)


async def paused_with_a_request(make_sandbox, make_engine):
    """A member's link request read by scribe, then scribe paused by a moderator: the sandbox, the engine,
    the clock, the request's topic, the request and the team's topic (where scribe is resumed)."""
    sandbox, engine, clock, topic_id = await announced(make_sandbox, make_engine)
    request = await post(sandbox, "lea", ASKED, topic_id)
    await engine.run_once()
    async with as_user(sandbox, "moderateur") as mod:
        staff = await paused_by(mod, engine)
    return sandbox, engine, clock, topic_id, request, staff


@pytest.mark.parametrize(
    ("paused_for", "answered_meanwhile", "outcome"),
    [
        (timedelta(hours=3), False, "answered"),
        (timedelta(hours=3), True, "silent"),
        (timedelta(days=2), False, None),
    ],
    ids=["nobody-answers", "a-member-answers-meanwhile", "delay-over-for-more-than-a-day"],
)
async def test_a_request_whose_delay_ends_during_a_pause_is_decided_after_the_resume(
    make_sandbox, make_engine, caplog, paused_for: timedelta, answered_meanwhile: bool, outcome: str | None
) -> None:
    sandbox, engine, clock, topic_id, request, staff = await paused_with_a_request(make_sandbox, make_engine)
    clock.advance(minutes=15)
    if answered_meanwhile:
        await post(sandbox, "tom", ANSWER, topic_id)
    await engine.run_once()
    assert scribe_in(sandbox, topic_id) == []
    assert [t["status"] for t in await settle_timers(engine)] == ["pending"]
    clock.now += paused_for - timedelta(minutes=5)
    await engine.run_once()  # the meeting's reminder due during the pause is dropped
    clock.advance(minutes=5)
    await post(sandbox, "moderateur", RESUME, staff)
    with caplog.at_level(logging.WARNING, "scribe"):
        await engine.run_once()
    assert await engine.store.paused() is None
    assert [t["status"] for t in await settle_timers(engine)] == ["fired"]
    record = await engine.store.get("links", f"request:{request.id}")
    assert (record or {}).get("outcome") == outcome
    if outcome == "answered":
        [answer] = scribe_in(sandbox, topic_id)
        assert FORM in answer and "@lea" in answer
    else:
        assert scribe_in(sandbox, topic_id) == []
    given_up = [r for r in caplog.records if r.getMessage() == "timer.given_up_after_pause"]
    assert [r.key for r in given_up] == ([] if outcome else [f"links:settle:{request.id}"])


async def test_a_crash_just_after_a_resume_does_not_run_the_work_held_too_long(
    make_sandbox, make_engine, monkeypatch
) -> None:
    """scribe killed the moment the resume is on disk: restarted unpaused, it still gives up the request
    whose delay ended more than a day before, as it would have without the crash."""
    sandbox, engine, clock, topic_id, request, staff = await paused_with_a_request(make_sandbox, make_engine)
    clock.advance(days=2)
    await engine.run_once()
    await post(sandbox, "moderateur", RESUME, staff)
    committed = engine.store.commit

    async def killed_after_the_resume(event, actions, *rest):
        await committed(event, actions, *rest)
        if any(isinstance(a, PauseBot) and not a.paused for a in actions):
            raise SimulatedCrash("killed just after the resume was committed")

    monkeypatch.setattr(engine.store, "commit", killed_after_the_resume)
    with pytest.raises(SimulatedCrash):
        await engine.run_once()
    restarted = await started_again(engine, make_engine, sandbox, clock)
    await restarted.run_once()
    clock.advance(minutes=15)
    await restarted.run_once()
    assert await restarted.store.paused() is None
    assert [t["status"] for t in await settle_timers(restarted)] == ["fired"]
    assert (await restarted.store.get("links", f"request:{request.id}") or {}).get("outcome") is None
    assert scribe_in(sandbox, topic_id) == []


async def test_the_work_a_pause_holds_is_not_handed_out_while_paused(make_sandbox, make_engine) -> None:
    """While paused, a request whose delay is over stays off the queue: not handed out pass after pass (and
    again within each pass) only to be turned away, however long the pause lasts."""
    sandbox, engine, clock, topic_id, request, staff = await paused_with_a_request(make_sandbox, make_engine)
    held = f"links:settle:{request.id}"
    handed: list[str] = []
    for _ in range(4):
        clock.advance(minutes=15)
        report = await engine.run_once()
        handed += [e.key for e in report.events if isinstance(e, TickFired)]
    assert held not in handed
    assert [t["status"] for t in await settle_timers(engine)] == ["pending"]
    await post(sandbox, "moderateur", RESUME, staff)
    report = await engine.run_once()
    assert [e.key for e in report.events if isinstance(e, TickFired)].count(held) == 1
    [answer] = scribe_in(sandbox, topic_id)
    assert FORM in answer and "@lea" in answer


async def test_a_command_put_off_by_a_failing_forum_before_a_pause_is_answered_after_the_resume(
    sandbox, make_engine, member, clock
) -> None:
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    await member.create_post("@scribe propositions, s'il te plaît", SEED_TOPIC)
    sandbox.faults.server_error(count=6, path_prefix="/t/")
    await engine.run_once()
    async with as_user(sandbox, "moderateur") as mod:
        staff = await paused_by(mod, engine)
        clock.advance(minutes=30)
        await engine.run_once()
        assert scribe_in(sandbox, SEED_TOPIC) == []
        await mod.create_post("@scribe reprendre, merci à tous", staff)
        await engine.run_once()
    [answer] = scribe_in(sandbox, SEED_TOPIC)
    assert "|" in answer  # the proposals table


async def test_a_request_whose_delay_ends_as_the_pause_is_read_waits_for_the_resume(make_sandbox, make_engine) -> None:
    """The pause and the end of the delay come in the same pass: the pause, read first, holds the request."""
    sandbox, engine, clock, topic_id = await announced(make_sandbox, make_engine)
    await post(sandbox, "lea", ASKED, topic_id)
    await engine.run_once()
    async with as_user(sandbox, "moderateur") as mod:
        staff = await mod.create_topic("Coordination de l'équipe", "On s'organise ici pour le forum.", category_id=2)
        clock.advance(minutes=9)
        await mod.create_post("@scribe pause pendant les vacances", staff.topic_id)
        clock.advance(minutes=2)
        await engine.run_once()
        assert await engine.store.paused() is not None
        assert [t["status"] for t in await settle_timers(engine)] == ["pending"]
        clock.advance(hours=1)
        await mod.create_post("@scribe reprendre le travail", staff.topic_id)
        await engine.run_once()
    [answer] = scribe_in(sandbox, topic_id)
    assert FORM in answer and "@lea" in answer
