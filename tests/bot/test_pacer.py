"""The pacer: every request of the process to a forum under Discourse's admin-key limit, whoever
sends it and however many at once; a 429 stops every caller until its Retry-After."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta

from bot.forum import Forum, Pacer
from tests.conftest import KEY


class VirtualTime:
    """A monotonic clock that sleeping moves forward (no wall-clock wait), also as a UTC clock
    for the sandbox's limiter."""

    def __init__(self) -> None:
        self.t = 1000.0
        self.start = datetime(2026, 12, 1, tzinfo=UTC)

    def monotonic(self) -> float:
        return self.t

    def utc(self) -> datetime:
        return self.start + timedelta(seconds=self.t)

    async def sleep(self, seconds: float) -> None:
        self.t += seconds
        await asyncio.sleep(0)


def _liked_posts(sandbox, count: int) -> list[int]:
    sandbox.add_user("fan")
    ids = []
    for i in range(count):
        post = sandbox.forum.create_post(
            "membre", f"Une proposition numéro {i} pour le lieu.", topic_id=sandbox.seed_topic_id, skip_validations=True
        )
        sandbox.like(post.id, "fan")
        ids.append(post.id)
    return ids


SPEED = 50
"""How much faster than the wall the forum's time runs: a busy machine's second spent handling
requests counts SPEED forum seconds, so a faster pace would fail the timing on load alone."""


class FastTime:
    """Wall time running SPEED times faster (the forum's minutes in seconds), for the pacer and the
    sandbox's limiter alike: requests in flight take their real time."""

    def __init__(self) -> None:
        self.t0 = time.monotonic()
        self.start = datetime(2026, 12, 1, tzinfo=UTC)

    def monotonic(self) -> float:
        return (time.monotonic() - self.t0) * SPEED

    def utc(self) -> datetime:
        return self.start + timedelta(seconds=self.monotonic())

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds / SPEED)


async def test_requests_launched_at_once_are_never_refused(sandbox):
    """120 likers asked at once (asyncio.gather) against Discourse's 60/min: no 429, and the
    whole takes two forum minutes (50, 50 a minute later, the last 20 a minute after)."""
    ids = _liked_posts(sandbox, 120)
    ft = FastTime()
    sandbox.faults.limit(60, clock=ft.utc)
    sandbox.reset_requests()
    async with Forum(sandbox.url, "scribe", KEY, requests_per_minute=50, clock=ft.monotonic, sleep=ft.sleep) as forum:
        answers = await asyncio.gather(*(forum.likers(i) for i in ids))
    assert all(a == ["fan"] for a in answers)
    assert sandbox.faults.refused == 0
    assert sandbox.requests == 120
    assert 120 <= ft.monotonic() <= 200


async def test_forums_of_one_process_share_one_pacer(sandbox):
    vt = VirtualTime()
    one = Forum(sandbox.url, "scribe", KEY, clock=vt.monotonic, sleep=vt.sleep)
    two = Forum(sandbox.url, "scribe", KEY, requests_per_minute=30, clock=vt.monotonic, sleep=vt.sleep)
    assert one.pacer is two.pacer and one.pacer.per_minute == 30
    await one.close()
    await two.close()


async def test_a_site_wide_429_holds_every_caller(sandbox):
    vt = VirtualTime()
    sandbox.reset_requests()
    sandbox.faults.rate_limit(count=1, wait_seconds=30)
    async with Forum(sandbox.url, "scribe", KEY, clock=vt.monotonic, sleep=vt.sleep) as forum:
        await asyncio.gather(*(forum.latest_posts() for _ in range(5)))
    assert sandbox.requests == 6
    assert vt.t - 1000 >= 30


async def test_waiters_wake_one_at_a_time():
    """After a sleep the window is checked again: ten waiters on 3 a minute never put a fourth
    request in any minute, and a short job goes at once."""
    vt = VirtualTime()
    pacer = Pacer(3, clock=vt.monotonic, sleep=vt.sleep)
    times: list[float] = []

    async def one() -> None:
        await pacer.take()
        async with pacer.flight():
            times.append(vt.t)

    await asyncio.gather(*(one() for _ in range(10)))
    assert times[:3] == [1000.0] * 3
    assert max(sum(1 for t in times if s <= t < s + 60) for s in times) == 3
    assert times[-1] - 1000 == 180
