"""A write that waited before going out is judged again: what it cites may have become private."""

from __future__ import annotations

from datetime import timedelta

from bot import actions as A
from bot.events import TickFired

BODY = "Les avancées de la semaine, en quelques lignes pour tout le monde."


async def test_a_write_held_overnight_is_withheld_when_its_source_became_private(sandbox, make_engine, clock):
    """A public topic quoting two debates waits for the end of quiet hours; overnight, moderators
    move one debate to the staff's category. In the morning that topic is not posted (its quote
    would show the staff's debate to everyone); the one quoting a debate still public is."""
    sandbox.set_user("scribe", moderator=True)  # scribe still reads the moved debate
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    kept = sandbox.forum.create_post("membre", "Un débat qui reste ouvert à tous.", title="Le débat qui reste public")
    morning = clock.now + timedelta(hours=8)
    quoting = {
        topic: A.CreateTopic(
            f"digest:probe:{topic}",
            f"Ce que dit le débat {topic} cette semaine",
            f"{BODY}\n\nVoir [le débat](/t/debat/{topic}/1).",
            category_id=1,
            not_before=morning,
            sources=(topic,),
        )
        for topic in (1, kept.topic_id)
    }
    await engine.store.commit(TickFired("probe", clock.now, "probe:1"), list(quoting.values()), clock.now)
    sandbox.forum.edit_topic(1, "moderateur", category_id=4)
    clock.advance(hours=9)
    await engine.send()
    posted = [p for p in sandbox.posts_by("scribe") if p.post_number == 1]
    assert [p.raw.count(f"/t/debat/{kept.topic_id}/1") for p in posted] == [1]
    statuses = {r["key"]: r["status"] for r in await engine.store.outbox()}
    assert statuses == {quoting[1].key: "failed", quoting[kept.topic_id].key: "done"}
