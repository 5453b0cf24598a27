"""The forum failing while a feature reads it, after the poll that brought the post went well:
the post or the timer is dealt with once the forum is back, not dropped."""

from __future__ import annotations

import contextlib
import json
from datetime import timedelta

import pytest

from bot.actions import ReplyToPost
from bot.events import PostCreated
from bot.forum import Unavailable
from tests.handlers.links.test_links_settle import ASKED, FORM, announced, as_user, post, scribe_in


@pytest.mark.parametrize("settle", [0, 10])
async def test_a_request_met_by_a_failing_forum_is_answered_once_it_is_back(
    make_sandbox, make_engine, settle: int
) -> None:
    sandbox, engine, clock, topic_id = await announced(make_sandbox, make_engine, links={"settle_minutes": settle})
    await post(sandbox, "lea", ASKED, topic_id)
    if settle:
        await engine.run_once()
        clock.advance(minutes=settle)
    sandbox.faults.server_error(count=None, status=503, path_prefix=f"/t/{topic_id}")
    await engine.run_once()
    assert scribe_in(sandbox, topic_id) == []
    sandbox.faults.clear()
    for _ in range(6):
        clock.advance(minutes=10)
        await engine.run_once()
    [answer] = scribe_in(sandbox, topic_id)
    assert FORM in answer and "@lea" in answer


async def test_a_post_whose_write_could_not_be_checked_for_its_readers_is_dealt_with_later(
    make_sandbox, make_engine, clock
) -> None:
    """The features decided, but who may read the topic a reply cites could not be read: the post is
    read again later, and the reply goes once the forum answers."""
    from bot.dispatch import Dispatcher
    from bot.routing import Router

    sandbox = await make_sandbox(clock, seed=False)
    sandbox.add_user("lea")
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    async with as_user(sandbox, "moderateur") as mod:
        cited = await mod.create_topic(
            "Visio de jeudi soir au local", "Visio jeudi à 18h, le lien suit.", category_id=2
        )
        here = await mod.create_topic("Questions sur la visio du jeudi", "Posez vos questions ici.", category_id=2)
    await engine.run_once()
    probe = Router("probe")

    @probe.on(PostCreated, lambda e: "visio ?" in e.post.raw)
    async def cites_the_visio(event: PostCreated, ctx) -> list:
        return [
            ReplyToPost(
                "reply:probe",
                event.post.topic_id,
                "Voir la visio de jeudi soir, annoncée dans son sujet.",
                sources=(cited.topic_id,),
            )
        ]

    engine.dispatcher = Dispatcher([probe])
    await post(sandbox, "lea", "On se voit à la visio ?", here.topic_id)
    await post(sandbox, "moderateur", "Oui, on se voit jeudi soir.", here.topic_id)
    sandbox.faults.server_error(count=None, status=503, path_prefix=f"/t/{cited.topic_id}")
    with contextlib.suppress(Unavailable):
        await engine.run_once()
    assert scribe_in(sandbox, here.topic_id) == []
    sandbox.faults.clear()
    for _ in range(4):
        clock.advance(minutes=10)
        await engine.run_once()
    [reply] = scribe_in(sandbox, here.topic_id)
    assert reply.startswith("Voir la visio de jeudi soir")


async def test_the_readers_check_meeting_a_failing_forum_puts_the_post_off_instead_of_failing_it(
    make_sandbox, settings_for, clock
) -> None:
    """The running engine goes on with the next post when one fails, and the cursor passes it: so the
    dispatcher itself puts off a post whose writes it could not check, like a feature's failed read."""
    from bot.dispatch import Dispatcher
    from bot.forum import Forum
    from bot.replay import Simulation
    from bot.routing import Router
    from tests.conftest import KEY

    sandbox = await make_sandbox(clock, seed=False)
    sandbox.add_user("lea")
    cited = sandbox.create_post(
        "moderateur", "Visio jeudi à 18h, lien à suivre.", title="Visio de jeudi soir", category_id=2
    )
    here = sandbox.create_post("moderateur", "Posez vos questions ici.", title="Questions sur la visio", category_id=2)
    asked = sandbox.create_post("lea", "On se voit à la visio ?", here["topic_id"])
    probe = Router("probe")

    @probe.on(PostCreated)
    async def cites_the_visio(event: PostCreated, ctx) -> list:
        words = "Voir la visio de jeudi soir, annoncée dans son sujet."
        return [ReplyToPost("reply:probe", event.post.topic_id, words, sources=(cited["topic_id"],))]

    async with Forum(sandbox.url, "scribe", KEY) as forum:
        simulation = Simulation(Dispatcher([probe]), settings_for(sandbox), forum)
        post = await forum.post(asked["id"])
        sandbox.faults.server_error(count=None, status=503, path_prefix=f"/t/{cited['topic_id']}")
        put_off = await simulation.feed(PostCreated(post), clock.now)
        assert [type(a).__name__ for a in put_off] == ["ScheduleTimer"]
        sandbox.faults.clear()
        await simulation.fire_until(clock.now + timedelta(minutes=5))
    assert [w.key for w in simulation.writes] == ["reply:probe"]


async def pending_keys(engine) -> list[str]:
    """The links timers waiting (the announcement's meeting reminders aside)."""
    return [t["key"] for t in await engine.store.timers() if t["status"] == "pending" and t["key"].startswith("links:")]


async def answered_once_back(sandbox, engine, clock, topic_id: int, minutes: int) -> None:
    """The forum back, the retry due `minutes` later answers the request, once."""
    sandbox.faults.clear()
    clock.advance(minutes=minutes)
    await engine.run_once()
    [answer] = scribe_in(sandbox, topic_id)
    assert FORM in answer and "@lea" in answer


async def test_a_timer_failing_twice_is_tried_again_under_its_own_key_and_the_attempt(
    make_sandbox, make_engine
) -> None:
    sandbox, engine, clock, topic_id = await announced(make_sandbox, make_engine)
    request = await post(sandbox, "lea", ASKED, topic_id)
    await engine.run_once()
    sandbox.faults.server_error(count=None, status=503, path_prefix=f"/t/{topic_id}")
    clock.advance(minutes=10)
    await engine.run_once()
    assert await pending_keys(engine) == [f"links:settle:{request.id}:retry1"]
    clock.advance(minutes=2)
    await engine.run_once()
    assert await pending_keys(engine) == [f"links:settle:{request.id}:retry2"]
    await answered_once_back(sandbox, engine, clock, topic_id, minutes=4)


async def test_a_retry_stored_under_a_key_of_retries_goes_on_under_one_retry_suffix(make_sandbox, make_engine) -> None:
    """A store written before retries kept one suffix holds `…:retry1:retry2`: it still fires, and
    failing again it is tried again under the timer's own key and the attempt."""
    from bot.actions import ScheduleTimer
    from bot.events import TickFired

    sandbox, engine, clock, topic_id = await announced(make_sandbox, make_engine)
    request = await post(sandbox, "lea", ASKED, topic_id)
    await engine.run_once()
    [settle] = [t for t in await engine.store.timers() if t["key"] == f"links:settle:{request.id}"]
    payload = json.loads(settle["payload"])
    fired = TickFired(settle["name"], clock.now, settle["key"], payload)
    stored = ScheduleTimer(f"{settle['key']}:retry1:retry2", clock.now, settle["name"], {**payload, "attempt": 3})
    await engine.store.commit(fired, [stored], clock.now)
    sandbox.faults.server_error(count=None, status=503, path_prefix=f"/t/{topic_id}")
    await engine.run_once()
    assert await pending_keys(engine) == [f"links:settle:{request.id}:retry3"]
    await answered_once_back(sandbox, engine, clock, topic_id, minutes=8)
