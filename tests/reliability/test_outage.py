"""A forum read that fails while scribe handles a mention: tried again later, and after
repeated failure the member gets a short apology, never silence."""

from __future__ import annotations

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
