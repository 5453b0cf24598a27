"""Writes never tried, then the forum down for an hour: the outbox tries them with the spacing an
unsure write's search has, counts no attempt and gives none up; once the forum is back they go,
oldest first, once each. An hour spent waiting for the forum does not age a write toward its
giving up: one more failure after the outage is retried, not the end of it."""

from __future__ import annotations

import pytest

from bot import actions as A
from bot.events import TickFired
from bot.forum import Unavailable
from bot.hygiene import has_mark
from tests.reliability.test_outage_unsure_write import copies, drains

SEED_TOPIC = 1
KEYS = ["notes:reply:first", "notes:reply:second", "notes:reply:third"]
BODIES = [
    "Les notes du premier contrôle sont en ligne depuis ce matin.",
    "La salle du TD de jeudi change : rendez-vous au bâtiment B.",
    "Le corrigé de l'exercice 4 est ajouté à la fin du polycopié.",
]


async def stage(engine, clock, count: int) -> None:
    writes = [A.ReplyToPost(KEYS[i], SEED_TOPIC, BODIES[i], reply_to_post_number=1) for i in range(count)]
    await engine.store.commit(TickFired("probe", clock.now, "probe:pending-outage"), writes, clock.now)


async def test_never_tried_writes_wait_out_an_outage_with_backoff(sandbox, make_engine, clock):
    sandbox.set_user("scribe", moderator=True)
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    sandbox.faults.down()
    with pytest.raises(Unavailable):  # the poll finds the forum down: its connections refused from now on
        await engine.run_once()
    await stage(engine, clock, 3)
    assert await drains(engine, clock, minutes=60) == [0.5, 1, 2, 4, 8, 16, 32, 48]
    rows = await engine.store.outbox()
    assert [(r["status"], r["attempts"]) for r in rows] == [("pending", 0)] * 3
    sandbox.faults.up()
    assert await drains(engine, clock, minutes=20) == [4]  # 64 minutes after the writes
    rows = await engine.store.outbox()
    assert [(r["status"], r["attempts"]) for r in rows] == [("done", 1)] * 3
    assert [copies(sandbox, key) for key in KEYS] == [1, 1, 1]
    mine = [p for p in sandbox.posts_by("scribe") if any(has_mark(p.raw, key) for key in KEYS)]
    assert [next(k for k in KEYS if has_mark(p.raw, k)) for p in sorted(mine, key=lambda p: p.id)] == KEYS


@pytest.mark.parametrize("unsure", [False, True])
async def test_one_more_failure_after_an_outage_is_retried(sandbox, make_engine, clock, unsure):
    """The write is never tried (or failed once on a 502, `unsure`), the forum is down for an
    hour, then its first send fails on one 502: it is tried again, not given up, and the forum
    ends up with it once."""
    sandbox.set_user("scribe", moderator=True)
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    await stage(engine, clock, 1)
    if unsure:
        sandbox.faults.server_error(count=1, status=502, path_prefix="/posts", method="POST")
        assert await engine.send() == []
    sandbox.faults.down()
    with pytest.raises(Unavailable):
        await engine.run_once()
    await drains(engine, clock, minutes=60)
    sandbox.faults.up()
    sandbox.faults.server_error(count=1, status=502, path_prefix="/posts", method="POST")
    await drains(engine, clock, minutes=30)
    [row] = await engine.store.outbox()
    assert (row["status"], row["attempts"]) == ("done", 2 + int(unsure))
    assert copies(sandbox, KEYS[0]) == 1


async def test_a_write_that_waited_out_an_outage_is_judged_again(sandbox, make_engine, clock):
    """A reply citing a debate waits out the outage; meanwhile the debate is moved to the staff's
    category. Its wait for the forum does not make it fresh: once the forum is back it is judged
    again and withheld."""
    sandbox.set_user("scribe", moderator=True)
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    public = sandbox.forum.create_post("membre", "Où trouver les notes du contrôle ?", title="Les notes du contrôle")
    body = f"{BODIES[0]}\n\nVoir [le débat](/t/debat/{SEED_TOPIC}/1)."
    write = A.ReplyToPost(KEYS[0], public.topic_id, body, 1, sources=(SEED_TOPIC,))
    sandbox.faults.down()
    with pytest.raises(Unavailable):
        await engine.run_once()
    await engine.store.commit(TickFired("probe", clock.now, "probe:held-outage"), [write], clock.now)
    await drains(engine, clock, minutes=60)
    sandbox.forum.edit_topic(SEED_TOPIC, "moderateur", category_id=4)
    sandbox.faults.up()
    await drains(engine, clock, minutes=20)
    [row] = await engine.store.outbox()
    assert (row["status"], row["attempts"]) == ("failed", 0)
    assert copies(sandbox, KEYS[0]) == 0
