"""The delay before asking an announcer (`[links] ask_after_minutes`), through the whole engine against the sandbox
forum: a link found is given once the settle delay is over, but the announcer is asked for one nobody gave only an
hour after the request, unless the session starts before; a member giving it meanwhile leaves scribe silent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from handlers import links
from tests.conftest import Clock
from tests.handler_kit import make_ctx, make_post
from tests.handlers.links.test_links import T0, topic_of
from tests.handlers.links.test_links_settle import ANNOUNCEMENTS, as_user, post, scribe_in

VISIO = "Visio du groupe compost **jeudi 26 novembre à 18h**, le lien de la visio ci-dessous."
ASKED = "Bonjour, il manque le lien de la visio ?"
GIVEN = "Le voici, il était dans la lettre d'info : https://meet.jit.si/groupe-compost-novembre"


def asks(sandbox, topic_id: int) -> list[str]:
    """What scribe posted in the topic asking its announcer (not its reminders of the visio)."""
    return [raw for raw in scribe_in(sandbox, topic_id) if "@moderateur" in raw]


async def asked_at(make_sandbox, make_engine, when: datetime):
    """A moderator's announcement of a visio that forgets its link, read by scribe, then a member's request at
    `when`, read at once: the sandbox, the engine, the clock and the topic."""
    clock = Clock(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    sandbox = await make_sandbox(clock, seed=False)
    for name in ("lea", "tom"):
        sandbox.add_user(name)
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    async with as_user(sandbox, "moderateur") as mod:
        made = await mod.create_topic("Visio du groupe compost", VISIO, category_id=ANNOUNCEMENTS)
    await engine.run_once()
    clock.now = when
    await post(sandbox, "lea", ASKED, made.topic_id)
    await engine.run_once()
    return sandbox, engine, clock, made.topic_id


async def test_the_announcer_is_asked_an_hour_after_the_request_not_at_the_end_of_the_settle_delay(
    make_sandbox, make_engine
) -> None:
    sandbox, engine, clock, topic_id = await asked_at(
        make_sandbox, make_engine, datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    )
    clock.advance(minutes=11)
    await engine.run_once()
    assert asks(sandbox, topic_id) == []
    clock.advance(minutes=50)
    await engine.run_once()
    assert len(asks(sandbox, topic_id)) == 1


async def test_a_member_giving_the_link_within_the_hour_leaves_scribe_silent(make_sandbox, make_engine) -> None:
    sandbox, engine, clock, topic_id = await asked_at(
        make_sandbox, make_engine, datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    )
    clock.advance(minutes=11)
    await engine.run_once()  # the settle delay over: nothing to give yet
    clock.advance(minutes=20)
    await post(sandbox, "tom", GIVEN, topic_id)
    await engine.run_once()
    clock.advance(minutes=40)
    await engine.run_once()
    assert asks(sandbox, topic_id) == []


async def test_just_before_the_session_the_announcer_is_asked_a_quarter_of_an_hour_before_it(
    make_sandbox, make_engine
) -> None:
    """Asked at 17:30 for the visio of 18:00 (Paris): an hour's wait would ask after it started; asking once the
    settle delay is over would beat the members who answer within minutes. The announcer is asked at 17:45."""
    sandbox, engine, clock, topic_id = await asked_at(
        make_sandbox, make_engine, datetime(2026, 11, 26, 16, 30, tzinfo=UTC)
    )
    clock.advance(minutes=11)
    await engine.run_once()
    assert asks(sandbox, topic_id) == []
    clock.advance(minutes=5)
    await engine.run_once()
    assert len(asks(sandbox, topic_id)) == 1


async def test_a_member_answering_before_the_quarter_of_an_hour_before_the_session_leaves_scribe_silent(
    make_sandbox, make_engine
) -> None:
    """Asked at 17:30 for the visio of 18:00, the link given at 17:41: nobody is asked."""
    sandbox, engine, clock, topic_id = await asked_at(
        make_sandbox, make_engine, datetime(2026, 11, 26, 16, 30, tzinfo=UTC)
    )
    clock.advance(minutes=11)
    await engine.run_once()
    await post(sandbox, "tom", GIVEN, topic_id)
    await engine.run_once()
    clock.advance(minutes=10)
    await engine.run_once()
    assert asks(sandbox, topic_id) == []


async def test_a_request_read_late_still_waits_the_hour_before_asking(make_sandbox, make_engine) -> None:
    """scribe reads the forum 25 minutes after the request (a catch-up): past the settle delay, not the ask's."""
    clock = Clock(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    sandbox = await make_sandbox(clock, seed=False)
    sandbox.add_user("lea")
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    async with as_user(sandbox, "moderateur") as mod:
        made = await mod.create_topic("Visio du groupe compost", VISIO, category_id=ANNOUNCEMENTS)
    await engine.run_once()
    clock.now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    await post(sandbox, "lea", ASKED, made.topic_id)
    clock.advance(minutes=25)
    await engine.run_once()
    assert asks(sandbox, made.topic_id) == []
    clock.advance(minutes=36)
    await engine.run_once()
    assert len(asks(sandbox, made.topic_id)) == 1


async def test_the_preview_says_until_when_an_ask_waits() -> None:
    request_at = T0 - timedelta(minutes=3)
    topic = topic_of(
        [
            make_post(1, "moderateur", VISIO, created_at=T0 - timedelta(hours=2)),
            make_post(2, "lea", ASKED, created_at=request_at),
        ],
        title="Visio du groupe compost",
    )
    ctx = make_ctx([topic], now=T0, language="fr", links={"settle_minutes": 10})
    [request] = (await links.preview(topic, ctx))["link_requests"]
    until = (request_at + timedelta(minutes=60)).astimezone(ctx.settings.tz)
    assert request["decision"] == "ask" and request["waiting_until"] == until.isoformat()
