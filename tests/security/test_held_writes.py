"""A write that waited before going out is judged again: what it cites may have become private."""

from __future__ import annotations

from datetime import timedelta

from bot import actions as A
from bot.events import TickFired
from tests.conftest import Clock

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


async def test_a_write_whose_check_cannot_be_read_waits_and_is_not_given_up(sandbox, make_engine, clock):
    """In the morning, the read that judges a held write again is refused (a 400 from a proxy):
    nothing was sent, so the write is neither given up nor counted as an attempt; it is judged
    again some minutes later, and goes out."""
    sandbox.set_user("scribe", moderator=True)
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    other = sandbox.forum.create_post("membre", "Un débat ouvert à tous.", title="Un autre débat public")
    morning = clock.now + timedelta(hours=8)
    cited = f"{BODY}\n\nVoir [le débat](/t/debat/{other.topic_id}/1)."
    write = A.ReplyToPost("digest:probe:reply", 1, cited, not_before=morning, sources=(other.topic_id,))
    await engine.store.commit(TickFired("probe", clock.now, "probe:1"), [write], clock.now)
    clock.advance(hours=9)
    sandbox.faults.server_error(count=1, status=400, path_prefix="/t/", method="GET")
    assert await engine.send() == []
    assert sandbox.faults.injected and sandbox.posts_by("scribe") == []
    [row] = await engine.store.outbox()
    assert (row["status"], row["attempts"]) == ("pending", 0)
    await engine.send()
    assert sandbox.posts_by("scribe") == []  # not asked again at once
    clock.advance(minutes=11)
    await engine.send()
    assert len(sandbox.posts_by("scribe")) == 1
    assert [r["status"] for r in await engine.store.outbox()] == ["done"]


async def test_a_write_held_by_a_rate_limit_is_judged_again_after_scribes_clock_was_set_back(
    sandbox, make_engine, clock
):
    """A topic quoting a debate is told by the forum to wait ten minutes; scribe's clock is set
    back an hour meanwhile, and the debate moved to the staff's category. Its staging time now
    reads as "to come", yet it waited: it is judged again and not posted."""
    sandbox.set_user("scribe", moderator=True)
    own = Clock(clock.now)
    engine = await make_engine(sandbox, clock=own)
    await engine.run_once()
    quoting = A.CreateTopic(
        "digest:probe:1",
        "Ce que dit le débat cette semaine",
        f"{BODY}\n\nVoir [le débat](/t/debat/1/1).",
        category_id=1,
        sources=(1,),
    )
    await engine.store.commit(TickFired("probe", own.now, "probe:1"), [quoting], own.now)
    sandbox.faults.rate_limit(count=1, wait_seconds=600, path_prefix="/posts", method="POST", error_code="create_topic")
    await engine.send()
    sandbox.forum.edit_topic(1, "moderateur", category_id=4)
    own.advance(hours=-1)
    await engine.send()
    for c in (clock, own):
        c.advance(minutes=11)
    await engine.send()
    assert [p for p in sandbox.posts_by("scribe") if p.post_number == 1] == []
    assert [r["status"] for r in await engine.store.outbox()] == ["failed"]
