"""A topic edit (a new title or category) that meets a failing forum: only a webhook reports it,
so the engine puts it off and reads the opening post again later, as it does for a post."""

from __future__ import annotations

import logging

from bot.dispatch import Dispatcher
from bot.events import PostEdited, TopicEdited
from bot.routing import Router

SEED_TOPIC = 1
TITLE = "Compte rendu de l'assemblée de novembre, version corrigée"


def recording(engine) -> list[PostEdited]:
    """The engine's features replaced by one that records the edits it reads."""
    seen: list[PostEdited] = []
    probe = Router("probe")

    @probe.on(PostEdited)
    async def record(event: PostEdited, ctx) -> list:
        seen.append(event)
        return []

    engine.dispatcher = Dispatcher([probe])
    return seen


async def retry_keys(engine) -> list[str]:
    return [t["key"] for t in await engine.store.timers() if t["status"] == "pending"]


async def test_a_topic_edit_met_by_a_failing_forum_reaches_the_features_once_it_is_back(
    sandbox, make_engine, clock
) -> None:
    engine = await make_engine(sandbox, clock=clock)
    seen = recording(engine)
    await engine.run_once()
    sandbox.forum.edit_topic(SEED_TOPIC, "moderateur", title=TITLE)
    engine.put(TopicEdited(SEED_TOPIC))
    sandbox.faults.server_error(count=None, status=503, path_prefix=f"/t/{SEED_TOPIC}")
    await engine.run_once()
    assert seen == []
    assert await retry_keys(engine) == [f"retry:topic:{SEED_TOPIC}:1"]
    sandbox.faults.clear()
    clock.advance(minutes=2)
    await engine.run_once()
    [edit] = seen
    assert (edit.post.topic_id, edit.post.post_number, edit.post.topic_title) == (SEED_TOPIC, 1, TITLE)
    assert await retry_keys(engine) == []


async def test_a_topic_edit_the_forum_keeps_failing_on_is_tried_with_longer_waits_then_given_up(
    sandbox, make_engine, clock, caplog
) -> None:
    engine = await make_engine(sandbox, clock=clock)
    seen = recording(engine)
    await engine.run_once()
    engine.put(TopicEdited(SEED_TOPIC))
    sandbox.faults.server_error(count=None, status=503, path_prefix=f"/t/{SEED_TOPIC}")
    await engine.run_once()
    for attempt, minutes in ((2, 2), (3, 4), (4, 8)):
        clock.advance(minutes=minutes - 1)
        await engine.run_once()
        assert await retry_keys(engine) == [f"retry:topic:{SEED_TOPIC}:{attempt - 1}"]  # not due yet
        clock.advance(minutes=1)
        await engine.run_once()
        assert await retry_keys(engine) == [f"retry:topic:{SEED_TOPIC}:{attempt}"]
    clock.advance(minutes=16)
    with caplog.at_level(logging.ERROR, "scribe"):
        await engine.run_once()
    assert await retry_keys(engine) == []
    assert any(r.message == "handler.given_up" for r in caplog.records)
    assert seen == []
