"""The settle delay (`[links] settle_minutes`), through the whole engine against the sandbox forum: a
link request nobody addressed to scribe is dealt with once the delay is over, on the thread as it
stands then, once, across a restart too."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.events import PostCreated
from bot.forum import Forum
from bot.i18n import Messages
from bot.replay import replay
from handlers import links
from tests.conftest import KEY, Clock
from tests.handler_kit import make_ctx, make_post, simulate
from tests.handlers.links.test_links import T0, topic_of

ANNOUNCEMENTS = 2
"""A public category of the sandbox forum."""
FORM = "https://framaforms.org/atelier-cartographie-jeudi"
ANNOUNCEMENT = f"Atelier de cartographie participative jeudi à 18h à la médiathèque.\n\nInscription : {FORM}"
ASKED = "Bonjour, où est le lien d'inscription pour l'atelier ?"


def as_user(sandbox, username: str) -> Forum:
    return Forum(sandbox.url, username, KEY)


async def announced(make_sandbox, make_engine, **settings):
    """A moderator's announcement carrying its registration link, read by scribe: the sandbox, the
    engine, the clock and the topic."""
    clock = Clock(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    sandbox = await make_sandbox(clock, seed=False)
    for name in ("lea", "tom", "nina"):
        sandbox.add_user(name)
    engine = await make_engine(sandbox, clock=clock, **settings)
    await engine.run_once()
    async with as_user(sandbox, "moderateur") as mod:
        made = await mod.create_topic("Atelier cartographie", ANNOUNCEMENT, category_id=ANNOUNCEMENTS)
    await engine.run_once()
    clock.advance(hours=2)
    return sandbox, engine, clock, made.topic_id


async def post(sandbox, who: str, words: str, topic_id: int):
    async with as_user(sandbox, who) as forum:
        return await forum.create_post(words, topic_id)


def scribe_in(sandbox, topic_id: int) -> list[str]:
    return [p.raw for p in sandbox.posts_by("scribe") if p.topic_id == topic_id]


async def settle_timers(engine) -> list[dict]:
    return [t for t in await engine.store.timers() if t["key"].startswith("links:settle:")]


async def test_a_member_answering_within_the_delay_leaves_scribe_silent(make_sandbox, make_engine) -> None:
    sandbox, engine, clock, topic_id = await announced(make_sandbox, make_engine)
    request = await post(sandbox, "lea", ASKED, topic_id)
    await engine.run_once()
    assert scribe_in(sandbox, topic_id) == []
    clock.advance(minutes=3)
    await post(sandbox, "tom", f"Il est dans le premier message : {FORM}", topic_id)
    await engine.run_once()
    clock.advance(minutes=8)
    await engine.run_once()
    assert [t["status"] for t in await settle_timers(engine)] == ["fired"]
    assert scribe_in(sandbox, topic_id) == []
    record = await engine.store.get("links", f"request:{request.id}")
    assert record["outcome"] == "silent" and record["reason"]["key"] == "answered"


async def test_nobody_answering_gets_one_answer_after_the_delay_across_a_restart(make_sandbox, make_engine) -> None:
    sandbox, engine, clock, topic_id = await announced(make_sandbox, make_engine)
    await post(sandbox, "lea", ASKED, topic_id)
    await engine.run_once()
    clock.advance(minutes=9)
    await engine.run_once()
    assert scribe_in(sandbox, topic_id) == []
    await engine.forum.close()
    await engine.store.close()
    clock.advance(minutes=30)  # scribe was down when the delay ended: the timer is due at once
    restarted = await make_engine(sandbox, clock=clock)
    await restarted.run_once()
    [answer] = scribe_in(sandbox, topic_id)
    assert FORM in answer and "@lea" in answer
    clock.advance(minutes=30)
    await restarted.run_once()
    await restarted.run_once()
    assert len(scribe_in(sandbox, topic_id)) == 1


async def test_a_burst_of_requests_gets_one_answer(make_sandbox, make_engine) -> None:
    sandbox, engine, clock, topic_id = await announced(make_sandbox, make_engine)
    for who, words in (
        ("lea", ASKED),
        ("tom", "Pareil, je ne trouve pas le lien d'inscription"),
        ("nina", "+1, quelqu'un a le lien pour s'inscrire ?"),
    ):
        await post(sandbox, who, words, topic_id)
        await engine.run_once()
        clock.advance(minutes=1)
    assert len(await settle_timers(engine)) == 3
    for _ in range(3):
        clock.advance(minutes=5)
        await engine.run_once()
    [answer] = scribe_in(sandbox, topic_id)
    assert FORM in answer and all(f"@{name}" in answer for name in ("lea", "tom", "nina"))


@pytest.mark.parametrize(
    ("asked", "read_late", "settle"),
    [
        ("@scribe il manque le lien d'inscription à l'atelier ?", 0, 10),  # addressed to scribe
        (ASKED, 25, 10),  # scribe reads the forum late: a catch-up
        (ASKED, 0, 0),  # no delay
    ],
    ids=["addressed-to-scribe", "read-after-its-delay", "no-delay"],
)
async def test_a_request_is_answered_in_the_pass_that_reads_it_with_no_timer(
    make_sandbox, make_engine, asked: str, read_late: int, settle: int
) -> None:
    sandbox, engine, clock, topic_id = await announced(make_sandbox, make_engine, links={"settle_minutes": settle})
    await post(sandbox, "lea", asked, topic_id)
    clock.advance(minutes=read_late)
    await engine.run_once()
    [answer] = scribe_in(sandbox, topic_id)
    assert FORM in answer
    assert await settle_timers(engine) == []


async def test_a_request_read_twice_and_edited_waits_on_one_timer(make_sandbox, make_engine) -> None:
    sandbox, engine, clock, topic_id = await announced(make_sandbox, make_engine)
    request = await post(sandbox, "lea", ASKED, topic_id)
    await engine.run_once()
    engine.put(PostCreated(request))  # the same post brought again, as a webhook would
    await engine.run_once()
    async with as_user(sandbox, "lea") as lea:
        await lea.edit_post(request.id, ASKED + " Merci d'avance !")
    clock.advance(minutes=1)
    await engine.run_once()
    [timer] = await settle_timers(engine)
    assert timer["key"] == f"links:settle:{request.id}"
    clock.advance(minutes=10)
    await engine.run_once()
    assert len(scribe_in(sandbox, topic_id)) == 1


async def test_a_request_deleted_within_the_delay_gets_nothing(make_sandbox, make_engine) -> None:
    sandbox, engine, clock, topic_id = await announced(make_sandbox, make_engine)
    request = await post(sandbox, "lea", ASKED, topic_id)
    await engine.run_once()
    clock.advance(minutes=2)
    sandbox.forum.delete_post(request.id, "lea")
    clock.advance(minutes=10)
    await engine.run_once()
    assert scribe_in(sandbox, topic_id) == []


async def test_the_preview_says_a_request_waits_and_what_scribe_then_decides() -> None:
    request_at = T0 - timedelta(minutes=3)
    topic = topic_of(
        [
            make_post(1, "moderateur", ANNOUNCEMENT, created_at=T0 - timedelta(hours=2)),
            make_post(2, "lea", ASKED, created_at=request_at),
        ],
        title="Atelier cartographie",
    )
    ctx = make_ctx([topic], now=T0, language="en", links={"settle_minutes": 10})
    [request] = (await links.preview(topic, ctx))["link_requests"]
    until = (request_at + timedelta(minutes=10)).astimezone(ctx.settings.tz)
    assert request["waiting_until"] == until.isoformat() and request["decision"] == "answer"
    assert links.request_line(request, Messages("en")) == (
        f"post 2 (lea; registration): waits until {until:%H:%M}, in case a member answers first; "
        "then, on the thread as it is now: answer"
    )
    writes = await replay(topic, simulate(ctx), at=T0)
    [answer] = [w for w in writes if w.key == "reply:1002:links"]
    assert FORM in getattr(answer, "raw", "")


async def test_the_preview_of_a_request_older_than_the_delay_says_no_wait() -> None:
    topic = topic_of(
        [
            make_post(1, "moderateur", ANNOUNCEMENT, created_at=T0 - timedelta(hours=2)),
            make_post(2, "lea", ASKED, created_at=T0 - timedelta(minutes=30)),
        ],
        title="Atelier cartographie",
    )
    ctx = make_ctx([topic], now=T0, language="fr", links={"settle_minutes": 10})
    [request] = (await links.preview(topic, ctx))["link_requests"]
    assert request["waiting_until"] is None
    assert links.request_line(request, Messages("fr")) == "message 2 (lea ; inscription) : répondre"


async def test_in_review_the_proposal_waits_the_same_delay(make_sandbox, make_engine) -> None:
    sandbox, engine, clock, topic_id = await announced(make_sandbox, make_engine, links={"answer_unasked": "review"})
    await post(sandbox, "lea", ASKED, topic_id)
    await engine.run_once()
    assert sandbox.posts_by("scribe") == []
    clock.advance(minutes=10)
    await engine.run_once()
    [proposed] = sandbox.posts_by("scribe")
    assert proposed.topic_id != topic_id and FORM in proposed.raw
    assert sandbox.topic(proposed.topic_id).archetype == "private_message"


async def test_in_review_a_member_answering_within_the_delay_leaves_nothing_to_propose(
    make_sandbox, make_engine
) -> None:
    sandbox, engine, clock, topic_id = await announced(make_sandbox, make_engine, links={"answer_unasked": "review"})
    await post(sandbox, "lea", ASKED, topic_id)
    await engine.run_once()
    clock.advance(minutes=4)
    await post(sandbox, "moderateur", f"Le voici : {FORM}", topic_id)
    clock.advance(minutes=10)
    await engine.run_once()
    assert sandbox.posts_by("scribe") == []


async def test_quiet_hours_do_not_hold_back_the_answer_after_the_delay(make_sandbox, make_engine) -> None:
    sandbox, engine, clock, topic_id = await announced(make_sandbox, make_engine, quiet={"hours": "00:00-23:59"})
    await post(sandbox, "lea", ASKED, topic_id)
    await engine.run_once()
    clock.advance(minutes=10)
    await engine.run_once()
    [answer] = scribe_in(sandbox, topic_id)
    assert FORM in answer


async def test_the_link_command_within_the_delay_leaves_nothing_to_answer_after_it(make_sandbox, make_engine) -> None:
    sandbox, engine, clock, topic_id = await announced(make_sandbox, make_engine)
    await post(sandbox, "lea", ASKED, topic_id)
    await engine.run_once()
    clock.advance(minutes=2)
    await post(sandbox, "tom", "@scribe lien, s'il te plaît", topic_id)
    await engine.run_once()
    [answer] = scribe_in(sandbox, topic_id)
    assert FORM in answer
    clock.advance(minutes=10)
    await engine.run_once()
    assert scribe_in(sandbox, topic_id) == [answer]
