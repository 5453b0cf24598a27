"""What current Discourse does that the engine must survive: strict paging, translated errors, per-day limits."""

from __future__ import annotations

import pytest

from bot.events import PostCreated
from tests.conftest import KEY

SEED_TOPIC = 1


@pytest.mark.parametrize("inclusive", [False, True], ids=["strict-current", "inclusive-older"])
async def test_catch_up_of_500_posts_loses_nothing_and_repeats_nothing(sandbox, make_engine, inclusive):
    sandbox.forum.settings.inclusive_before = inclusive
    engine = await make_engine(sandbox)
    await engine.run_once()
    for name in ("ana", "bruno", "chloe"):
        sandbox.add_user(name)
    written = [
        sandbox.create_post(
            ("ana", "bruno", "chloe")[i % 3], f"Message numéro {i} du long rattrapage, assez long.", topic_id=SEED_TOPIC
        )["id"]
        for i in range(500)
    ]
    sandbox.reset_requests()
    events = await engine.poller.poll()
    seen = [e.post.id for e in events if isinstance(e, PostCreated)]
    assert seen == sorted(written)  # every post once, in order: none lost at a page boundary
    # ceil(500 / 50) pages (one more on the inclusive rule's overlap) and the notifications
    assert sandbox.requests <= 12


async def test_a_per_day_limit_on_a_topic_does_not_hold_up_an_answer(sandbox, make_engine, member):
    """A 429 `topics-per-day` reschedules that write and the outbox carries on with the others."""
    sandbox.set_user("scribe", moderator=False)
    sandbox.forum.settings.max_topics_per_day = 0
    engine = await make_engine(sandbox, summaries={"category_id": 3})
    await engine.run_once()
    await member.create_post("@scribe synthèse de ce long débat, merci", SEED_TOPIC)
    await member.create_post("@scribe aide, que sais-tu faire ?", SEED_TOPIC)
    await engine.run_once()
    [answer] = sandbox.posts_by("scribe")  # the notice linking to the synthesis waits for its topic
    assert answer.topic_id == SEED_TOPIC and "propositions" in answer.raw
    rows = {r["key"]: r for r in await engine.store.outbox()}
    synthesis = next(r for k, r in rows.items() if k.startswith("summary:") and not k.endswith(":notice"))
    assert synthesis["status"] == "pending" and synthesis["retry_at"] > engine.clock().isoformat()
    assert all(r["status"] != "failed" for r in rows.values())


async def test_the_api_key_shows_nowhere_in_a_rate_limited_error(sandbox, make_engine, member):
    sandbox.set_user("scribe", moderator=False)
    sandbox.forum.settings.max_topics_per_day = 0
    engine = await make_engine(sandbox, summaries={"category_id": 3})
    await engine.run_once()
    await member.create_post("@scribe synthèse de ce long débat, merci", SEED_TOPIC)
    await engine.run_once()
    assert all(KEY not in (r["error"] or "") for r in await engine.store.outbox())


@pytest.mark.parametrize("asked", ["aide", "synthèse"], ids=["reply", "new-topic"])
async def test_a_write_sent_before_a_crash_is_found_after_600_posts(sandbox, make_engine, member, clock, asked):
    """The sent-check looks where the write would be (the topic's tail, scribe's own new topics),
    not through the latest posts of the whole forum, which 600 posts and a hidden one push away."""
    from bot.outbox import SimulatedCrash

    engine = await make_engine(sandbox, clock=clock, summaries={"category_id": 3})
    await engine.run_once()
    await member.create_post(f"@scribe {asked}, merci beaucoup", SEED_TOPIC)
    engine.outbox.crash_at = "after_send"
    with pytest.raises(SimulatedCrash):
        await engine.run_once()
    first = [p.id for p in sandbox.posts_by("scribe")]
    assert len(first) == 1
    await engine.forum.close()
    await engine.store.close()
    clock.advance(minutes=10)  # the restart comes later: Discourse's 120 s replay memo has expired
    sandbox.add_user("bavard")
    other = sandbox.create_post(
        "bavard", "Un autre sujet très actif pendant la panne.", title="Discussion animée ailleurs"
    )
    for i in range(600):
        sandbox.create_post("bavard", f"Message numéro {i} d'une discussion animée.", topic_id=other["topic_id"])
    hidden = sandbox.create_post("bavard", "Un message masqué par la modération du forum.", topic_id=SEED_TOPIC)
    sandbox.forum.posts[hidden["id"]].hidden = True
    restarted = await make_engine(sandbox, clock=clock, summaries={"category_id": 3})
    await restarted.run_once()
    await restarted.run_once()
    mine = sandbox.posts_by("scribe")
    assert first[0] in [p.id for p in mine]
    keys = [r["key"] for r in await restarted.store.outbox()]
    assert len(mine) == len(keys) and len(set(keys)) == len(keys)  # each write once, the first one not twice
    assert all(r["status"] == "done" for r in await restarted.store.outbox())


async def test_a_private_message_to_scribe_is_answered_in_it_without_webhooks(sandbox, make_engine, member):
    """`/posts.json` leaves private messages out; scribe's notifications bring them in."""
    engine = await make_engine(sandbox)
    await engine.run_once()
    pm = await member.send_private_message(
        ("scribe",), "Une question pour le robot", "@scribe aide, que sais-tu faire ?"
    )
    sandbox.reset_requests()
    await engine.run_once()
    [answer] = sandbox.posts_by("scribe")
    assert answer.topic_id == pm.topic_id and "propositions" in answer.raw  # the answer stays in the message
    sandbox.reset_requests()
    await engine.run_once()
    assert sandbox.requests == 2 and len(sandbox.posts_by("scribe")) == 1  # idle again, answered once
