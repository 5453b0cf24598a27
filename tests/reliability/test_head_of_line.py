"""One write the forum keeps failing never holds up the others: it waits with backoff, is given
up after a bounded time, and says so in the log and the metrics."""

from __future__ import annotations

import logging

from bot import metrics
from bot.actions import SendPrivateMessage
from bot.events import TickFired
from bot.outbox import GIVE_UP_AFTER, MAX_ATTEMPTS
from bot.sandbox import Sandbox
from tests.conftest import started_again


def replies_to(sb: Sandbox, post_id: int) -> list:
    return [p for p in sb.posts_by("scribe") if f"scribe:reply:{post_id}:" in (p.raw or "")]


def failed_writes() -> float:
    return metrics.REGISTRY.get_sample_value("scribe_writes_total", {"outcome": "failed"}) or 0.0


async def test_a_reply_that_always_gets_a_5xx_does_not_hold_up_the_others(sandbox, make_engine, clock, caplog):
    caplog.set_level(logging.INFO)
    sandbox.set_user("membre", trust_level=2)
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    topics = [
        sandbox.create_post("membre", f"Un sujet de plus, numéro {i}", title=f"Sujet du jour {i}") for i in range(3)
    ]
    stuck = sandbox.create_post("membre", "@scribe aide, première question ?", topic_id=topics[0]["topic_id"])
    others = [
        sandbox.create_post("membre", f"@scribe aide, autre question {i} ?", topic_id=t["topic_id"])
        for i, t in enumerate(topics[1:])
    ]
    sandbox.faults.server_error(count=None, status=502, method="POST", body_contains=f"scribe:reply:{stuck['id']}:")
    failed_before = failed_writes()
    started = clock.now
    await engine.run_once()
    # the others went out in the same pass, after the failing one was tried first
    assert [len(replies_to(sandbox, o["id"])) for o in others] == [1, 1]
    assert replies_to(sandbox, stuck["id"]) == []
    for _ in range(4 * MAX_ATTEMPTS):
        row = next(r for r in await engine.store.outbox() if r["key"] == f"reply:{stuck['id']}:command")
        if row["status"] == "failed":
            break
        clock.advance(minutes=5)
        await engine.run_once()
    assert row["status"] == "failed" and row["attempts"] <= MAX_ATTEMPTS
    assert clock.now - started <= GIVE_UP_AFTER
    assert replies_to(sandbox, stuck["id"]) == []  # never posted, never twice
    assert any(r.getMessage() == "outbox.gave_up" for r in caplog.records)
    assert failed_writes() == failed_before + 1
    # a later mention in the same topic is answered as usual
    later = sandbox.create_post("membre", "@scribe aide, une nouvelle question ?", topic_id=topics[0]["topic_id"])
    sandbox.faults.clear()
    await engine.run_once()
    assert len(replies_to(sandbox, later["id"])) == 1


async def test_a_write_that_waited_while_scribe_was_stopped_is_not_given_up_at_its_next_failure(
    sandbox, make_engine, clock
):
    """The forum fails on a message, then scribe is stopped for three hours: restarted, the forum
    failing on it once more does not make it hours old and given up; it goes out at the next try."""
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    note = SendPrivateMessage("links:pm:3", ("membre",), "Le lien de votre annonce", "Le lien manque encore.")
    await engine.store.commit(TickFired("probe", clock.now, "probe:1"), [note], clock.now)
    sandbox.faults.server_error(count=2, status=502, path_prefix="/posts", method="POST")
    await engine.send()
    clock.advance(hours=3)
    restarted = await started_again(engine, make_engine, sandbox, clock)
    await restarted.send()
    clock.advance(minutes=1)
    await restarted.send()
    assert [r["status"] for r in await restarted.store.outbox()] == ["done"]
    assert len(sandbox.posts_by("scribe")) == 1
