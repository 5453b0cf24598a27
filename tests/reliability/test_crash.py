"""Crashes: scribe killed at any moment of a busy run loses nothing and posts nothing twice.

In process, a crash at each step of a write (before the request, after it, after marking it
done); as users run it, `scribe run` killed with SIGKILL at random moments while members keep
writing to it, and started again.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
from pathlib import Path

import pytest

from bot.outbox import SimulatedCrash
from bot.sandbox import Sandbox
from tests.bot.test_process import finish, scribe
from tests.conftest import started_again

SEED_TOPIC = 1
KILLS = 4
MENTIONS_PER_ROUND = 3
MEMBERS = ("ana", "bruno", "chloe")
"""Members who write to scribe, each within the hourly budget of commands per member."""


def scribe_posts(sb: Sandbox) -> list:
    return sb.posts_by("scribe")


@pytest.mark.parametrize("step", ["before_send", "after_send", "after_mark"])
async def test_crash_at_each_write_step_leaves_no_duplicate(sandbox, make_engine, member, clock, step):
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    await member.create_post("@scribe aide, que sais-tu faire ?", SEED_TOPIC)
    engine.outbox.crash_at = step
    with pytest.raises(SimulatedCrash):
        await engine.run_once()
    restarted = await started_again(engine, make_engine, sandbox, clock)
    await restarted.run_once()
    await restarted.run_once()
    assert len(scribe_posts(sandbox)) == 1
    rows = await restarted.store.outbox()
    assert [r["status"] for r in rows] == ["done"]


@pytest.fixture
async def live_sandbox(make_sandbox) -> Sandbox:
    """A scribe process reads the wall clock, so here the forum does too."""
    sb = await make_sandbox()
    sb.set_user("scribe", moderator=True)  # staff: no limit on consecutive replies
    for name in MEMBERS:
        sb.add_user(name, trust_level=2)
    return sb


async def wait_for(condition, within: float) -> bool:
    for _ in range(int(within / 0.1)):
        if condition():
            return True
        await asyncio.sleep(0.1)
    return condition()


async def test_scribe_killed_at_random_moments_of_a_busy_run_answers_every_mention_once(live_sandbox, tmp_path: Path):
    sb = live_sandbox
    db = tmp_path / "scribe.db"
    config = tmp_path / "scribe.toml"
    config.write_text("[forum]\npoll_seconds = 0.2\n", encoding="utf-8")
    rng = random.Random(int(os.environ.get("SCRIBE_CRASH_SEED", "20261102")))
    topics = [
        sb.create_post(MEMBERS[i], f"Sujet de test numéro {i} pour la robustesse", title=f"Robustesse du robot {i}")
        for i in range(3)
    ]
    mentions: list[dict] = []
    proc = await scribe(sb, db, "run", SCRIBE_CONFIG=str(config))
    try:
        assert await wait_for(lambda: any(p.endswith("posts.json") for _, p in sb.request_log), 30)
        await asyncio.sleep(0.3)  # the first poll set the cursor: what follows is new
        started = len(sb.request_log)
        for kill in range(KILLS):
            for i in range(MENTIONS_PER_ROUND):
                topic = topics[(kill + i) % len(topics)]
                text = f"@scribe aide, question {kill}-{i} : que sais-tu faire ?"
                mentions.append(sb.create_post(MEMBERS[i], text, topic_id=topic["topic_id"]))
                await asyncio.sleep(rng.uniform(0.0, 0.3))
            await asyncio.sleep(rng.uniform(0.0, 1.2))
            proc.send_signal(signal.SIGKILL)
            await proc.wait()
            started = len(sb.request_log)
            proc = await scribe(sb, db, "run", SCRIBE_CONFIG=str(config))

        def answered() -> dict[int, int]:
            return {
                m["id"]: sum(1 for p in scribe_posts(sb) if f"scribe:reply:{m['id']}:" in (p.raw or ""))
                for m in mentions
            }

        await wait_for(lambda: all(answered().values()), 60)
        # SIGTERM is for a running scribe: one still starting Python is only killed by it
        await wait_for(lambda: len(sb.request_log) > started, 30)
        proc.send_signal(signal.SIGTERM)
        code, output = await finish(proc, 30)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    counts = answered()
    assert code == 0, output[-2000:]
    assert [mid for mid, n in counts.items() if n == 0] == [], "lost mentions"
    assert [mid for mid, n in counts.items() if n > 1] == [], "answered twice"
    assert len(scribe_posts(sb)) == len(mentions)
