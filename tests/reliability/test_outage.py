"""A forum read that fails while scribe handles a mention: tried again later, and after
repeated failure the member gets a short apology, never silence."""

from __future__ import annotations

import contextlib

from bot.forum import Unavailable
from bot.sandbox import Sandbox

SEED_TOPIC = 1


def scribe_posts(sb: Sandbox) -> list:
    return sb.posts_by("scribe")


async def test_a_mention_met_by_a_forum_failure_is_answered_later(sandbox, make_engine, member, clock):
    """`@scribe propositions` while the topic cannot be read: retried later and answered, never silent."""
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    await member.create_post("@scribe propositions, s'il te plaît", SEED_TOPIC)
    sandbox.faults.server_error(count=6, path_prefix="/t/")
    await engine.run_once()
    assert scribe_posts(sandbox) == []
    assert [t["name"] for t in await engine.store.timers() if t["status"] == "pending"] == ["dispatch.retry"]
    clock.advance(minutes=3)
    await engine.run_once()
    [answer] = scribe_posts(sandbox)
    assert "|" in answer.raw  # the proposals table


async def test_a_mention_that_keeps_failing_gets_an_apology(sandbox, make_engine, member, clock):
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    await member.create_post("@scribe propositions, s'il te plaît", SEED_TOPIC)
    sandbox.faults.server_error(count=1000, path_prefix="/t/")
    for _ in range(6):
        await engine.run_once()
        clock.advance(minutes=20)
    sandbox.faults.clear()
    await engine.run_once()
    [apology] = scribe_posts(sandbox)
    assert "Désolé" in apology.raw


async def timers_through_an_outage(engine, sandbox, clock, minutes: int) -> list[float]:
    """What the running engine does for `minutes` while its polls fail: every 30 s the timers due
    are handled one by one, a failure left for the next round, and after each the outbox is
    drained. The minutes (from the start) at which scribe asked the forum anything."""
    asked: list[float] = []
    for step in range(1, minutes * 2 + 1):
        clock.advance(seconds=30)
        before = len(sandbox.request_log)
        for event in await engine.due_events():
            with contextlib.suppress(Unavailable):
                await engine.handle(event)
            await engine.send()
        if len(sandbox.request_log) > before:
            asked.append(step / 2)
    return asked


async def put_off_then_down(sandbox, make_engine, member, clock):
    """`@scribe propositions` met by a failing topic read, then the whole forum down; the engine and
    the post that asked."""
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    asked = await member.create_post("@scribe propositions, s'il te plaît", SEED_TOPIC)
    sandbox.faults.server_error(count=6, path_prefix="/t/")
    await engine.run_once()
    assert scribe_posts(sandbox) == []
    sandbox.faults.server_error(count=None, status=503)
    return engine, asked


async def test_a_mention_put_off_while_the_forum_is_down_is_read_again_with_backoff_then_answered(
    sandbox, make_engine, member, clock
):
    """The retry's own read of the post fails: it is put off again, two then four minutes later,
    not read every 30 seconds; the forum back, the mention is answered once."""
    engine, _ = await put_off_then_down(sandbox, make_engine, member, clock)
    assert await timers_through_an_outage(engine, sandbox, clock, minutes=10) == [2, 6]
    sandbox.faults.clear()
    assert await timers_through_an_outage(engine, sandbox, clock, minutes=10) == [4]
    for _ in range(3):
        clock.advance(minutes=20)
        await engine.run_once()
    [answer] = scribe_posts(sandbox)
    assert "|" in answer.raw  # the proposals table


async def test_a_mention_put_off_while_the_forum_stays_down_gets_one_apology(sandbox, make_engine, member, clock):
    """Down for an hour: the post is read at 2, 6, 14 and 30 minutes, then given up; the member
    who asked gets one apology once the forum is back, written without the post."""
    engine, asked = await put_off_then_down(sandbox, make_engine, member, clock)
    assert await timers_through_an_outage(engine, sandbox, clock, minutes=60) == [2, 6, 14, 30]
    sandbox.faults.clear()
    for _ in range(3):
        await engine.run_once()
        clock.advance(minutes=20)
    [apology] = scribe_posts(sandbox)
    assert "Désolé" in apology.raw
    assert apology.reply_to_post_number == asked.post_number
