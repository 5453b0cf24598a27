"""The pacer: every request of the process to a forum under Discourse's admin-key limit, whoever
sends it and however many at once; a 429 stops every caller until its Retry-After."""

from __future__ import annotations

import asyncio
import itertools
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


async def test_requests_launched_at_once_are_never_refused(sandbox):
    """120 likers asked at once (asyncio.gather) against Discourse's 60/min: no 429, and no
    minute of the forum's clock sees more than 60 requests."""
    ids = _liked_posts(sandbox, 120)
    vt = VirtualTime()
    sandbox.faults.limit(60, clock=vt.utc)
    sandbox.reset_requests()
    sent: list[float] = []
    async with Forum(sandbox.url, "scribe", KEY, requests_per_minute=50, clock=vt.monotonic, sleep=vt.sleep) as forum:
        take = forum.pacer.take

        async def stamped() -> None:
            await take()
            sent.append(vt.t)

        forum.pacer.take = stamped  # type: ignore[method-assign]
        answers = await asyncio.gather(*(forum.likers(i) for i in ids))
    assert all(a == ["fan"] for a in answers)
    assert sandbox.faults.refused == 0
    assert sandbox.requests == 120
    assert max(sum(1 for t in sent if s <= t < s + 60) for s in sent) <= 60
    assert 60 * (120 - 60) / 50 <= vt.t - 1000 <= 60 * 120 / 50 + 1


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
    """After a sleep the bucket is checked again: ten waiters never spend one token twice."""
    vt = VirtualTime()
    pacer = Pacer(60, burst=1, clock=vt.monotonic, sleep=vt.sleep)
    times: list[float] = []

    async def one() -> None:
        await pacer.take()
        times.append(vt.t)

    await asyncio.gather(*(one() for _ in range(10)))
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert all(g >= 0.999 for g in gaps), gaps
