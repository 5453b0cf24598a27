"""Faults of the forum: 429 bursts, 5xx, slow and malformed answers, downtime.

scribe waits them out, never loses a mention, and asks no more than its backoff allows while
the forum is away.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import random

import pytest

from bot.forum import Unavailable
from bot.sandbox import Sandbox
from tests.conftest import no_sleep

SEED_TOPIC = 1


def scribe_posts(sb: Sandbox) -> list:
    return sb.posts_by("scribe")


async def test_rate_limit_burst_is_waited_out_with_bounded_requests(sandbox, make_engine, member):
    engine = await make_engine(sandbox)
    await engine.run_once()
    await member.create_post("@scribe aide, que sais-tu faire ?", SEED_TOPIC)
    no_sleep.waits.clear()
    sandbox.reset_requests()
    sandbox.faults.rate_limit(count=3, wait_seconds=7)
    await engine.run_once()
    assert len(scribe_posts(sandbox)) == 1
    assert no_sleep.waits[:3] == [7, 7, 7]
    assert sandbox.requests <= 3 + 3


async def test_forum_down_is_waited_out_and_nothing_is_skipped(sandbox, make_engine, member):
    from bot.forum import Unavailable

    engine = await make_engine(sandbox)
    await engine.run_once()
    await member.create_post("@scribe aide, pendant la panne ?", SEED_TOPIC)
    sandbox.faults.down()
    with pytest.raises(Unavailable):
        await engine.run_once()
    sandbox.faults.up()
    await engine.run_once()
    assert len(scribe_posts(sandbox)) == 1


async def test_server_errors_and_malformed_bodies_are_retried(sandbox, make_engine, member):
    engine = await make_engine(sandbox)
    await engine.run_once()
    await member.create_post("@scribe aide, malgré les erreurs ?", SEED_TOPIC)
    sandbox.faults.server_error(count=2, status=502)
    sandbox.faults.malformed(count=1)
    await engine.run_once()
    assert len(scribe_posts(sandbox)) == 1


def answers_to(sb: Sandbox, post_id: int) -> int:
    return sum(1 for p in scribe_posts(sb) if f"scribe:reply:{post_id}:" in (p.raw or ""))


async def test_fault_soak_loses_no_mention_and_answers_none_twice(sandbox, make_engine, clock):
    """Twenty mentions while the forum throws every fault it has, in turn: each is answered once."""
    sandbox.set_user("scribe", moderator=True)  # staff: no limit on consecutive replies
    members = ["ana", "bruno", "chloe", "driss"]  # each within the per-member hourly budget
    for name in members:
        sandbox.add_user(name, trust_level=2)
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    rng = random.Random(11)
    asked = []
    for i in range(20):
        text = f"@scribe aide, question {i} pendant la tempête ?"
        asked.append(sandbox.create_post(members[i % len(members)], text, SEED_TOPIC))
        kind = i % 5
        if kind == 0:
            sandbox.faults.rate_limit(count=rng.randint(1, 4), wait_seconds=rng.randint(1, 30))
        elif kind == 1:
            sandbox.faults.server_error(count=rng.randint(1, 3), status=rng.choice((500, 502, 503)))
        elif kind == 2:
            sandbox.faults.slow(seconds=0.1, count=2)
        elif kind == 3:
            sandbox.faults.malformed(count=rng.randint(1, 2))
        else:
            sandbox.faults.down()
        with contextlib.suppress(Unavailable):  # the forum away for the whole pass: the next one catches up
            await engine.run_once()
        sandbox.faults.up()
        clock.advance(minutes=1)
    assert len(sandbox.faults.injected) >= 20  # the faults did happen
    sandbox.faults.clear()
    for _ in range(10):
        clock.advance(minutes=5)
        await engine.run_once()
        if all(answers_to(sandbox, m["id"]) for m in asked):
            break
    counts = {m["id"]: answers_to(sandbox, m["id"]) for m in asked}
    assert [k for k, n in counts.items() if n != 1] == [], counts
    assert len(scribe_posts(sandbox)) == len(asked)


async def test_requests_while_the_forum_is_down_stay_within_the_backoff_bound(sandbox, make_engine):
    """While the forum is away, each poll tries a bounded number of times and the polls space out
    (doubling from `poll_seconds`); the mention written meanwhile is answered once it is back."""
    poll = 0.05
    engine = await make_engine(sandbox, forum={"poll_seconds": poll})
    await engine.run_once()
    stop = asyncio.Event()
    running = asyncio.create_task(engine.run(stop))
    try:
        await asyncio.sleep(0.3)
        sandbox.faults.down()
        before = engine.forum.requests
        down_for = 1.6
        asked = sandbox.create_post("membre", "@scribe aide, pendant la panne du forum ?", SEED_TOPIC)
        await asyncio.sleep(down_for)
        during = engine.forum.requests - before
        sandbox.faults.up()
        for _ in range(100):
            if answers_to(sandbox, asked["id"]):
                break
            await asyncio.sleep(0.1)
    finally:
        stop.set()
        await asyncio.wait_for(running, 10)
    # polls fit in the downtime when the waits between them double: p·(2 + 4 + … + 2^(n-1)) <= D
    polls = math.ceil(math.log2(down_for / poll + 2)) + 1
    assert 0 < during <= engine.forum._max_attempts * polls
    assert answers_to(sandbox, asked["id"]) == 1


def ask_in_topics_of_their_own(sandbox: Sandbox, clock, count: int) -> list[str]:
    """`count` members each open a topic and ask scribe for help in it (5 s between two posts of
    one member, the forum's own spacing); their names."""
    members = [f"membre{i}" for i in range(count)]
    for i, name in enumerate(members):
        sandbox.add_user(name, trust_level=2)
        title = f"Une question du membre {i}"
        opened = sandbox.forum.create_post(name, f"Le sujet {i} ouvre une question pour tous.", title=title)
        clock.advance(seconds=5)
        sandbox.forum.create_post(name, f"@scribe aide, que fais-tu pour le sujet {i} ?", opened.topic_id)
    return members


async def test_a_catch_up_against_the_forums_post_rate_limit_asks_about_once_per_answer(sandbox, make_engine, clock):
    """scribe's account (not staff) may post once every 5 seconds. Twelve members asked while scribe
    was away: the answers go out one per wait, and a refusal holds the other answers instead of
    each asking in turn (which made some sixty refused requests for twelve answers)."""
    sandbox.settings.rate_limit_create_post = 5
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    members = ask_in_topics_of_their_own(sandbox, clock, 12)
    sandbox.reset_requests()
    for _ in range(40):
        await engine.run_once()
        clock.advance(seconds=2)
    writes = [r for r in sandbox.request_log if r == ("POST", "/posts.json")]
    assert len(scribe_posts(sandbox)) == len(members)
    assert len(writes) <= 2 * len(members)


async def test_a_forum_in_maintenance_is_asked_again_when_it_says(sandbox, make_engine, member):
    """503 with `Retry-After: 120` (a site in maintenance, a deploy behind a load balancer): scribe
    waits the two minutes it was told, not a few seconds, then reads and answers."""
    engine = await make_engine(sandbox)
    await engine.run_once()
    await member.create_post("@scribe aide, pendant la maintenance ?", SEED_TOPIC)
    no_sleep.waits.clear()
    sandbox.reset_requests()
    sandbox.faults.server_error(count=2, status=503, path_prefix="/posts.json", method="GET", retry_after=120)
    await engine.run_once()
    assert len(scribe_posts(sandbox)) == 1
    assert sum(no_sleep.waits) >= 2 * 120
    assert sandbox.request_log[:3] == [("GET", "/posts.json")] * 3


async def test_a_catch_up_after_a_downtime_posts_at_the_write_budget(sandbox, make_engine, clock):
    """Thirty members asked while scribe was down; scribe is staff, so the forum would take every
    answer at once. They go out at `writes_per_minute` (12) at most in any minute, all of them."""
    sandbox.set_user("scribe", moderator=True)
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    ask_in_topics_of_their_own(sandbox, clock, 30)
    minutes = []
    for _ in range(6):
        before = len(scribe_posts(sandbox))
        await engine.run_once()
        minutes.append(len(scribe_posts(sandbox)) - before)
        clock.advance(seconds=61)
    assert minutes == [12, 12, 6, 0, 0, 0]
