"""The write budget (`[forum] writes_per_minute`) holds across restarts, and counts only what is sent."""

from __future__ import annotations

from bot import actions as A
from bot.events import TickFired

BODY = "Votre annonce parle d'un lien d'inscription qui n'y est pas encore."


def notes(first: int, count: int) -> list[A.SendPrivateMessage]:
    return [
        A.SendPrivateMessage(f"links:pm:{i}", ("membre",), f"Le lien de votre annonce {i}", BODY)
        for i in range(first, first + count)
    ]


async def test_a_restart_keeps_to_the_minutes_write_budget(sandbox, make_engine, clock):
    """scribe sent its two writes of the minute, then crashed and was started again at once (a
    restart loop): the new process sends nothing more in that minute, and the rest afterwards."""
    sandbox.set_user("scribe", moderator=True)
    engine = await make_engine(sandbox, clock=clock, forum={"writes_per_minute": 2})
    await engine.run_once()
    await engine.store.commit(TickFired("probe", clock.now, "probe:1"), notes(0, 5), clock.now)
    await engine.send()
    assert len(sandbox.posts_by("scribe")) == 2
    await engine.forum.close()
    await engine.store.close()
    for _ in range(3):
        clock.advance(seconds=10)
        restarted = await make_engine(sandbox, clock=clock, forum={"writes_per_minute": 2})
        await restarted.send()
        assert len(sandbox.posts_by("scribe")) == 2
        await restarted.forum.close()
        await restarted.store.close()
    clock.advance(seconds=31)
    restarted = await make_engine(sandbox, clock=clock, forum={"writes_per_minute": 2})
    await restarted.send()
    assert len(sandbox.posts_by("scribe")) == 4


async def test_a_write_found_already_made_does_not_spend_the_budget(sandbox, make_engine, clock):
    """A message the forum made but whose answer was lost is found on the forum when scribe tries
    again: nothing went out then, so the two other writes of that minute both go."""
    sandbox.set_user("scribe", moderator=True)
    engine = await make_engine(sandbox, clock=clock, forum={"writes_per_minute": 2})
    await engine.run_once()
    await engine.store.commit(TickFired("probe", clock.now, "probe:1"), notes(0, 1), clock.now)
    sandbox.faults.malformed(count=1, path_prefix="/posts", method="POST")
    assert await engine.send() == []
    clock.advance(minutes=3)
    await engine.store.commit(TickFired("probe", clock.now, "probe:2"), notes(1, 2), clock.now)
    sent = await engine.send()
    assert [w.key for w, _ in sent] == ["links:pm:0", "links:pm:1", "links:pm:2"]
    assert len(sandbox.posts_by("scribe")) == 3


async def test_two_engines_on_one_store_share_the_minutes_write_budget(sandbox, make_engine, clock):
    """A second scribe started by mistake on the same store while the first still runs: what the
    first sent this minute counts for the second too."""
    sandbox.set_user("scribe", moderator=True)
    first = await make_engine(sandbox, clock=clock, forum={"writes_per_minute": 3})
    await first.run_once()
    await first.store.commit(TickFired("probe", clock.now, "probe:1"), notes(0, 2), clock.now)
    await first.send()
    second = await make_engine(sandbox, clock=clock, forum={"writes_per_minute": 3})
    await second.store.commit(TickFired("probe", clock.now, "probe:2"), notes(2, 3), clock.now)
    clock.advance(seconds=20)
    assert [w.key for w, _ in await second.send()] == ["links:pm:2"]
    assert await first.send() == []
    clock.advance(seconds=41)
    assert len(await first.send()) == 2
    assert len(sandbox.posts_by("scribe")) == 5
