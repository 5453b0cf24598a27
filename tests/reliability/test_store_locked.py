"""A store another scribe command holds locked: the running engine waits, then goes on."""

from __future__ import annotations

import asyncio
import sqlite3

SEED_TOPIC = 1


async def test_polling_outlives_a_store_another_command_holds_locked(sandbox, make_engine):
    """A one-shot command (`scribe schedules add`, a long `scribe summarize`) holds the database
    longer than SQLite's five-second wait while `scribe run` polls: that poll fails, the next
    ones go on, and a mention written afterwards is answered."""
    engine = await make_engine(sandbox, forum={"poll_seconds": 0.1})
    await engine.run_once()
    stop = asyncio.Event()
    running = asyncio.create_task(engine.run(stop))
    other = sqlite3.connect(engine.settings.store.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        await asyncio.sleep(6)  # longer than the store's wait for a lock
        other.execute("ROLLBACK")
        asked = sandbox.create_post("membre", "@scribe aide, après le verrou ?", SEED_TOPIC)
        for _ in range(100):
            if any(f"scribe:reply:{asked['id']}:" in (p.raw or "") for p in sandbox.posts_by("scribe")):
                break
            await asyncio.sleep(0.1)
    finally:
        other.close()
        stop.set()
        await asyncio.wait_for(running, 10)
    assert sum(f"scribe:reply:{asked['id']}:" in (p.raw or "") for p in sandbox.posts_by("scribe")) == 1
