"""A feature's reading of a post put off by a failing forum is retried under one name,
`retry:{post_id}:{route}:{n}`, also when the retry's own read of the post fails; a retry stored
under an older name still fires."""

from __future__ import annotations

from bot.actions import ScheduleTimer
from bot.dispatch import RETRY, Dispatcher
from bot.events import MentionReceived, PostCreated, TickFired
from bot.routing import Router
from tests.handlers.links.test_links_settle import post
from tests.reliability.test_topic_edited import retry_keys

SEED_TOPIC = 1
ASKED = "Quelqu'un a le lien de la visio de jeudi pour l'atelier compta ?"


def reading(engine) -> list[int]:
    """The engine's features replaced by one that reads the topic of each post about the visio."""
    seen: list[int] = []
    probe = Router("probe")

    @probe.on(PostCreated, lambda e: "visio" in e.post.raw)
    async def reads_the_topic(event: PostCreated, ctx) -> list:
        await ctx.forum.topic(event.post.topic_id)
        seen.append(event.post.id)
        return []

    engine.dispatcher = Dispatcher([probe])
    return seen


def failing(sandbox, post_id: int) -> None:
    """The forum failing on the post's topic and on the post itself."""
    sandbox.faults.server_error(count=None, status=503, path_prefix=f"/t/{SEED_TOPIC}")
    sandbox.faults.server_error(count=None, status=503, path_prefix=f"/posts/{post_id}.json")


async def put_off_twice_then_read(sandbox, engine, clock, post_id: int, route: str) -> None:
    """The forum failing on the post: its reading is put off as `…:1`, then `…:2` when the retry's own
    read fails too; the forum back, the next retry reads it."""
    failing(sandbox, post_id)
    await engine.run_once()
    assert await retry_keys(engine) == [f"retry:{post_id}:{route}:1"]
    clock.advance(minutes=2)
    await engine.run_once()
    assert await retry_keys(engine) == [f"retry:{post_id}:{route}:2"]
    sandbox.faults.clear()
    clock.advance(minutes=4)
    await engine.run_once()


async def test_a_retry_whose_read_of_the_post_fails_is_put_off_under_the_same_form(sandbox, make_engine, clock):
    engine = await make_engine(sandbox, clock=clock)
    seen = reading(engine)
    await engine.run_once()
    asked = await post(sandbox, "membre", ASKED, SEED_TOPIC)
    await put_off_twice_then_read(sandbox, engine, clock, asked.id, "probe.reads_the_topic")
    assert seen == [asked.id]
    assert await retry_keys(engine) == []


async def test_a_retry_stored_under_an_older_name_fires_and_goes_on_under_the_form(sandbox, make_engine, clock):
    """A store written before holds `retry:{post_id}:{route}:1:retry2`: it fires, is put off again
    under `retry:{post_id}:{route}:3`, and reads the post once the forum is back."""
    engine = await make_engine(sandbox, clock=clock)
    seen = reading(engine)
    await engine.run_once()
    asked = await post(sandbox, "membre", ASKED, SEED_TOPIC)
    route = "probe.reads_the_topic"
    payload = {"post_id": asked.id, "route": route, "edited": False, "answered": False, "attempt": 3}
    older = ScheduleTimer(f"retry:{asked.id}:{route}:1:retry2", clock.now, RETRY, payload)
    await engine.store.commit(TickFired("probe", clock.now, "probe:1"), [older], clock.now)
    await engine.store.set_cursor(asked.id)
    failing(sandbox, asked.id)
    await engine.run_once()
    assert await retry_keys(engine) == [f"retry:{asked.id}:{route}:3"]
    sandbox.faults.clear()
    clock.advance(minutes=8)
    await engine.run_once()
    assert seen == [asked.id]


async def test_a_command_met_by_a_failing_forum_is_retried_under_the_route_mention(sandbox, make_engine, clock):
    """A command asked of scribe is found again when its retry fires: its name says `mention`."""
    answered: list[int] = []
    probe = Router("probe")

    @probe.command("visio", help="the visio's link")
    async def visio(event: MentionReceived, ctx) -> list:
        await ctx.forum.topic(event.post.topic_id)
        answered.append(event.post.id)
        return []

    engine = await make_engine(sandbox, clock=clock)
    engine.dispatcher = Dispatcher([probe])
    await engine.run_once()
    asked = await post(sandbox, "membre", "@scribe visio de jeudi, s'il vous plaît", SEED_TOPIC)
    await put_off_twice_then_read(sandbox, engine, clock, asked.id, "mention")
    assert answered == [asked.id]
