"""The scale bench's forum clock: scribe's waits for the limit pass `scale` times faster, its work
at its real duration, and the limiter (in the bench's process) reads the same forum time as the
pacer (in scribe's)."""

from __future__ import annotations

import time

from bot.forum import Forum
from bot.scale import ForumClock, Size, Waits, limit
from tests.conftest import KEY


async def test_a_retry_after_passes_at_the_forum_pace_and_the_work_at_its_own(sandbox, tmp_path):
    path = str(tmp_path / "waits")
    limit(sandbox, Size(limit_per_minute=3), 600.0, path)
    clock = ForumClock(Waits(path, 600.0))
    sandbox.reset_requests()
    real = time.monotonic()
    async with Forum(
        sandbox.url,
        "scribe",
        KEY,
        requests_per_minute=60,
        clock=lambda: clock.t0 + clock.seconds(),
        sleep=clock.waits.sleep,
    ) as forum:
        for _ in range(4):
            await forum.latest_posts()
    real = time.monotonic() - real
    assert sandbox.faults.refused == 1
    assert sandbox.requests == 5
    assert 55 <= clock.waited() <= 61
    assert real < 2
    assert clock.seconds() - clock.waited() <= real

    before, spin = clock.seconds(), time.monotonic()
    while time.monotonic() - spin < 0.2:
        pass
    assert 0.2 <= clock.seconds() - before < 1
