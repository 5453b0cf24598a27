"""Schedules and timers with an injected clock: a missed run fires once at restart, never twice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.actions import ChangeSchedule, ReplyToPost, ScheduleTimer
from bot.app import wanted_schedules
from bot.dispatch import Dispatcher
from bot.engine import Engine
from bot.events import PostCreated, TickFired
from bot.forum import Forum
from bot.routing import Router
from bot.store import Store
from tests.conftest import KEY, Clock


def recording_router(fired: list[TickFired]) -> Router:
    router = Router("probe")

    @router.on(TickFired)
    async def on_tick(event: TickFired, ctx) -> list:
        fired.append(event)
        if event.name == "probe.timer":
            return [
                ReplyToPost(key=f"probe:{event.key}", topic_id=1, raw="Le minuteur a sonné, voici le message prévu.")
            ]
        return []

    @router.on(PostCreated)
    async def on_post(event: PostCreated, ctx) -> list:
        return [
            ScheduleTimer(key=f"probe-timer:{event.post.id}", at=ctx.now + timedelta(minutes=3), name="probe.timer")
        ]

    return router


async def engine_for(sandbox, settings_for, clock, fired) -> Engine:
    settings = settings_for(sandbox, digest={"day": "thu", "time": "17:30"})
    store = await Store(settings.store.path).open()
    forum = Forum(sandbox.url, "scribe", KEY)
    return Engine(settings, forum, store, Dispatcher([recording_router(fired)]), wanted_schedules, clock=clock)


async def close(engine: Engine) -> None:
    await engine.forum.close()
    await engine.store.close()


async def test_missed_weekly_run_fires_once_at_restart(sandbox, settings_for):
    clock = Clock(datetime(2026, 11, 23, 12, 0, tzinfo=UTC))  # a Monday
    fired: list[TickFired] = []
    engine = await engine_for(sandbox, settings_for, clock, fired)
    await engine.run_once()
    assert fired == []
    await close(engine)

    clock.now = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)  # down for two Thursdays
    engine = await engine_for(sandbox, settings_for, clock, fired)
    await engine.run_once()
    digests = [t for t in fired if t.name == "digest.weekly"]
    assert len(digests) == 1
    assert digests[0].at == datetime(2026, 12, 3, 16, 30, tzinfo=UTC)  # 17:30 Paris, the latest missed
    await engine.run_once()
    await close(engine)
    engine = await engine_for(sandbox, settings_for, clock, fired)
    await engine.run_once()
    assert len([t for t in fired if t.name == "digest.weekly"]) == 1
    clock.now = datetime(2026, 12, 10, 16, 31, tzinfo=UTC)
    await engine.run_once()
    assert len([t for t in fired if t.name == "digest.weekly"]) == 2
    await close(engine)


async def test_timer_fires_once_across_restart(sandbox, settings_for, clock):
    fired: list[TickFired] = []
    engine = await engine_for(sandbox, settings_for, clock, fired)
    await engine.run_once()
    async with Forum(sandbox.url, "membre", KEY) as member:
        await member.create_post("Un message qui déclenche un minuteur de test.", 1)
    await engine.run_once()
    clock.advance(minutes=2)
    await engine.run_once()
    assert [t for t in fired if t.name == "probe.timer"] == []
    await close(engine)
    clock.advance(minutes=5)
    engine = await engine_for(sandbox, settings_for, clock, fired)
    await engine.run_once()
    await engine.run_once()
    assert len([t for t in fired if t.name == "probe.timer"]) == 1
    assert len(sandbox.posts_by("scribe")) == 1
    await close(engine)


async def test_forum_change_wins_over_config_and_is_kept(sandbox, settings_for):
    clock = Clock(datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    engine = await engine_for(sandbox, settings_for, clock, [])
    await engine.run_once()
    change = ChangeSchedule("digest.weekly", "moderateur", days=("fri",), time="08:00", timezone="Europe/Paris")
    await engine.store.apply([change], clock.now)
    await close(engine)
    engine = await engine_for(sandbox, settings_for, clock, [])
    await engine.run_once()
    digest = await engine.scheduler.get("digest.weekly")
    assert digest.days == ("fri",) and digest.origin == "forum" and digest.changed_by == "moderateur"
    assert digest.next_run(clock.now) == datetime(2026, 11, 27, 8, 0, tzinfo=digest.trigger().timezone)
    await close(engine)
