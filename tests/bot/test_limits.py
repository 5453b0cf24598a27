"""The hourly command budget per member and per topic (`[limits]`), through the real dispatcher."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.events import MentionReceived
from tests.handler_kit import make_ctx, make_post, seed_topic, simulate, state_of

T0 = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def _mention(n: int, username: str, topic_id: int, **kw: object) -> MentionReceived:
    post = make_post(n, username, f"@scribe aide {n}", topic_id=topic_id, **kw)
    return MentionReceived(post=post, command="aide", args=str(n))


async def _run(events: list[tuple[MentionReceived, datetime]], **limits: int) -> list[str]:
    ctx = make_ctx([seed_topic()], limits=limits)
    sim = simulate(ctx, state_of(ctx))
    for event, at in events:
        await sim.feed(event, at)
    return [w.raw for w in sim.writes]


async def test_a_member_past_the_hourly_budget_is_told_once_then_left_unanswered() -> None:
    events = [(_mention(n, "membre", 1), T0 + timedelta(minutes=n)) for n in range(2, 8)]
    raws = await _run(events, member_per_hour=3)
    assert len(raws) == 4  # three answers, then one notice, then silence
    assert "dernière heure" in raws[3] and all("dernière heure" not in r for r in raws[:3])


async def test_the_budget_comes_back_after_an_hour() -> None:
    events = [(_mention(n, "membre", 1), T0 + timedelta(minutes=n)) for n in range(2, 6)]
    events.append((_mention(9, "membre", 1), T0 + timedelta(minutes=70)))
    raws = await _run(events, member_per_hour=3)
    assert len(raws) == 5 and "dernière heure" not in raws[4]


async def test_a_topic_has_its_own_budget_across_members() -> None:
    events = [(_mention(n, f"membre{n}", 1), T0 + timedelta(minutes=n)) for n in range(2, 8)]
    raws = await _run(events, topic_per_hour=2)
    assert len(raws) == 3 and "Ce sujet" in raws[2]


async def test_staff_are_not_budgeted() -> None:
    events = [(_mention(n, "modo", 1, moderator=True), T0 + timedelta(minutes=n)) for n in range(2, 8)]
    raws = await _run(events, member_per_hour=2, topic_per_hour=2)
    assert len(raws) == 6 and all("dernière heure" not in r for r in raws)


async def test_a_clock_set_back_does_not_hold_the_budget_for_the_hour_it_went_back() -> None:
    """The budget is spent, then scribe's clock is set back an hour: the commands it counted are
    "to come" on the new clock and no longer count, as a clock set back holds no write either."""
    events = [(_mention(n, "membre", 1), T0 + timedelta(minutes=n)) for n in range(2, 5)]
    events.append((_mention(6, "membre", 1), T0 + timedelta(minutes=6) - timedelta(hours=1)))
    raws = await _run(events, member_per_hour=3)
    assert len(raws) == 4 and "dernière heure" not in raws[3]


async def test_a_clock_set_back_does_not_make_a_command_a_repeat_for_the_hour_it_went_back() -> None:
    """A member asks for help, then again a quarter of an hour later while scribe's clock was set
    back an hour meanwhile: the first request is "to come" on the new clock, not a repeat."""
    asked = [make_post(n, "membre", "@scribe aide", topic_id=1) for n in (2, 3)]
    events = [
        (MentionReceived(post=asked[0], command="aide", args=""), T0),
        (MentionReceived(post=asked[1], command="aide", args=""), T0 + timedelta(minutes=15) - timedelta(hours=1)),
    ]
    raws = await _run(events)
    assert len(raws) == 2 and all("déjà fait cette demande" not in r for r in raws)
