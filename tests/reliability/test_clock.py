"""scribe's clock against the forum's: a clock set wrong, or set back, makes no write twice and holds none."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from bot import actions as A
from bot.events import TickFired
from tests.conftest import Clock

BODY = "Votre annonce parle d'un lien d'inscription qui n'y est pas encore."
WRITES = {
    "message": A.SendPrivateMessage("links:pm:7", ("membre",), "Le lien de votre annonce", BODY),
    "topic": A.CreateTopic("summaries:topic:7", "Synthèse de la semaine du collectif", BODY, category_id=1),
}


@pytest.mark.parametrize("kind", sorted(WRITES))
@pytest.mark.parametrize("skew", [timedelta(hours=1), timedelta(hours=-1)])
async def test_a_write_whose_answer_was_lost_is_found_whatever_scribes_clock_says(
    sandbox, make_engine, clock, kind, skew
):
    """The forum made the topic (or message) but its answer was cut; when scribe tries again,
    after the forum's two minutes of answering a repeated request from memory, it finds its write
    on the forum instead of making a second one, with its clock an hour off the forum's."""
    own = Clock(clock.now + skew)
    engine = await make_engine(sandbox, clock=own)
    await engine.run_once()
    sandbox.set_user("scribe", moderator=True)
    write = WRITES[kind]
    await engine.store.commit(TickFired("probe", own.now, "probe:1"), [write], own.now)
    sandbox.faults.malformed(count=1, path_prefix="/posts", method="POST")
    assert await engine.send() == []
    assert len(sandbox.posts_by("scribe")) == 1
    for c in (clock, own):
        c.advance(minutes=3)
    await engine.send()
    assert len(sandbox.posts_by("scribe")) == 1
    assert [r["status"] for r in await engine.store.outbox()] == ["done"]


async def test_a_clock_set_back_does_not_stop_the_writes(sandbox, make_engine, clock):
    """The minute's write budget is spent, then the system clock is set back an hour: the writes
    still waiting go out at the next minute of the new clock, not an hour later."""
    sandbox.set_user("scribe", moderator=True)
    engine = await make_engine(sandbox, clock=clock, forum={"writes_per_minute": 2})
    await engine.run_once()
    notes = [A.SendPrivateMessage(f"links:pm:{i}", ("membre",), f"Votre annonce {i}", BODY) for i in range(4)]
    await engine.store.commit(TickFired("probe", clock.now, "probe:1"), notes, clock.now)
    await engine.send()
    assert len(sandbox.posts_by("scribe")) == 2
    clock.advance(hours=-1)
    await engine.send()
    assert len(sandbox.posts_by("scribe")) == 4


async def test_a_write_the_forum_asked_to_wait_waits_that_long_on_a_clock_set_back(sandbox, make_engine, clock):
    """The forum asks scribe to wait 30 seconds before its next message, then scribe's clock is set
    back an hour: the message waits its 30 seconds on the new clock, not an hour and a half."""
    own = Clock(clock.now)
    engine = await make_engine(sandbox, clock=own)
    await engine.run_once()
    note = A.SendPrivateMessage("links:pm:1", ("membre",), "Votre annonce", BODY)
    await engine.store.commit(TickFired("probe", own.now, "probe:1"), [note], own.now)
    sandbox.faults.rate_limit(count=1, wait_seconds=30, path_prefix="/posts", method="POST", error_code="create_post")
    await engine.send()
    own.advance(hours=-1)
    await engine.send()
    assert sandbox.posts_by("scribe") == []
    own.advance(seconds=25)
    await engine.send()
    assert sandbox.posts_by("scribe") == []
    own.advance(seconds=10)
    await engine.send()
    assert len(sandbox.posts_by("scribe")) == 1


async def test_a_command_put_off_by_a_failing_forum_waits_no_longer_on_a_clock_set_back(
    sandbox, make_engine, member, clock, caplog
):
    """A command met by a failing forum is tried again two minutes later: scribe's clock set back an
    hour meanwhile, it is still tried two minutes of the new clock later, not an hour after."""
    own = Clock(clock.now)
    engine = await make_engine(sandbox, clock=own)
    await engine.run_once()
    await member.create_post("@scribe propositions, s'il te plaît", 1)
    sandbox.faults.server_error(count=6, path_prefix="/t/")
    await engine.run_once()
    assert sandbox.posts_by("scribe") == []
    own.advance(hours=-1)
    with caplog.at_level(logging.WARNING, "scribe"):
        await engine.run_once()
    assert sandbox.posts_by("scribe") == []
    assert [r.waits for r in caplog.records if r.message == "store.waits_restarted"] == [1]
    own.advance(minutes=3)
    await engine.run_once()
    [answer] = sandbox.posts_by("scribe")
    assert "|" in answer.raw  # the proposals table


@pytest.mark.parametrize("tried", [0, 1])
async def test_a_write_is_not_given_up_as_too_old_after_scribes_clock_jumped_forward(
    sandbox, make_engine, clock, tried
):
    """A message waits in the outbox (not tried yet, or tried once and failed), then scribe's clock
    jumps two hours forward: the forum failing on it once more does not make it an hour old and
    given up; it is tried again and goes out, once."""
    own = Clock(clock.now)
    engine = await make_engine(sandbox, clock=own)
    await engine.run_once()
    await engine.store.commit(TickFired("probe", own.now, "probe:1"), [WRITES["message"]], own.now)
    sandbox.faults.server_error(count=tried + 1, status=502, path_prefix="/posts", method="POST")
    if tried:
        await engine.send()
    own.advance(hours=2)
    await engine.send()
    assert [r["status"] for r in await engine.store.outbox()] == ["sending"]
    for c in (clock, own):
        c.advance(minutes=1)
    await engine.send()
    assert len(sandbox.posts_by("scribe")) == 1
    assert [r["status"] for r in await engine.store.outbox()] == ["done"]
