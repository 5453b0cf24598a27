"""A write the forum may or may not have made, then the forum down for an hour: scribe looks for
it with the spacing of the write's own retries, not at every drain, and once the forum is back
the write is there exactly once."""

from __future__ import annotations

import pytest

from bot import actions as A
from bot.events import TickFired
from bot.hygiene import has_mark
from bot.sandbox import Sandbox

SEED_TOPIC = 1
KEY = "links:reply:outage"
BODY = "Le formulaire d'inscription rouvre lundi matin, le lien reste le même."


def copies(sb: Sandbox, key: str = KEY) -> int:
    """How many of scribe's posts carry the write's key: the forum made it that many times."""
    return sum(1 for p in sb.posts_by("scribe") if has_mark(p.raw, key))


async def drains(engine, clock, minutes: int) -> list[float]:
    """The daemon's drains after the events it handles, one every 30 s for `minutes`: the minutes
    (from the start) at which the outbox asked the forum anything."""
    asked: list[float] = []
    for step in range(1, minutes * 2 + 1):
        clock.advance(seconds=30)
        before = engine.forum.requests
        await engine.send()
        if engine.forum.requests > before:
            asked.append(step / 2)
    return asked


@pytest.mark.parametrize("made", [True, False])
async def test_an_unsure_write_is_looked_for_with_backoff_while_the_forum_is_down(sandbox, make_engine, clock, made):
    """The reply's answer is lost (`made`: the forum made it, its answer cut) or the forum failed on
    it (a 502, nothing made), then the forum is down for an hour: the outbox looks for the reply
    at 30 s, 1, 2, 4, 8, 16, 32 and 48 minutes, never gives it up, and once the forum is back the
    reply is found, or sent, once."""
    sandbox.set_user("scribe", moderator=True)
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    write = A.ReplyToPost(KEY, SEED_TOPIC, BODY, reply_to_post_number=2)
    await engine.store.commit(TickFired("probe", clock.now, "probe:outage"), [write], clock.now)
    if made:
        sandbox.faults.malformed(count=1, path_prefix="/posts", method="POST")
    else:
        sandbox.faults.server_error(count=1, status=502, path_prefix="/posts", method="POST")
    assert await engine.send() == []
    assert copies(sandbox) == int(made)
    sandbox.faults.down()
    before = engine.forum.requests
    assert await drains(engine, clock, minutes=60) == [0.5, 1, 2, 4, 8, 16, 32, 48]
    assert engine.forum.requests - before <= 8 * engine.forum._max_attempts  # one read per search, retried
    [row] = await engine.store.outbox()
    assert (row["status"], row["attempts"]) == ("sending", 1)
    sandbox.faults.up()
    assert await drains(engine, clock, minutes=20) == [4]  # 64 minutes after the write
    [row] = await engine.store.outbox()
    assert row["status"] == "done"
    assert copies(sandbox) == 1
