"""A reply the forum made but whose answer was lost is found again, however long its topic grew."""

from __future__ import annotations

from bot import actions as A
from bot.events import TickFired

SEED_TOPIC = 1
BODY = "Le lien d'inscription est maintenant dans le premier message du sujet."


async def test_a_reply_whose_answer_was_lost_is_found_after_its_topic_got_sixty_posts(sandbox, make_engine, clock):
    """The forum made the reply but cut its answer; before scribe tries again, past the forum's two
    minutes of answering a repeated request from memory, members wrote 65 posts in the topic.
    scribe finds its reply among its own posts after the one it answers: no second copy."""
    sandbox.set_user("scribe", moderator=True)
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    write = A.ReplyToPost("links:reply:1", SEED_TOPIC, BODY, reply_to_post_number=2)
    await engine.store.commit(TickFired("probe", clock.now, "probe:1"), [write], clock.now)
    sandbox.faults.malformed(count=1, path_prefix="/posts", method="POST")
    assert await engine.send() == []
    assert len(sandbox.posts_by("scribe")) == 1
    for i in range(65):
        sandbox.forum.create_post(
            ("membre", "moderateur")[i % 2],
            f"Merci, je regarde le lien tout de suite ({i}).",
            SEED_TOPIC,
            skip_validations=True,
        )
    clock.advance(minutes=3)
    sandbox.reset_requests()
    await engine.send()
    assert len(sandbox.posts_by("scribe")) == 1
    assert [r["status"] for r in await engine.store.outbox()] == ["done"]
    assert sandbox.requests <= 2  # scribe's post ids after the answered one, then their raw


async def test_a_reply_is_looked_for_among_scribes_posts_only(sandbox, make_engine, clock):
    """A reply lost the same way, in a topic where scribe had answered a hundred posts before the
    answered one and where members then wrote many more: only scribe's posts after the answered
    one are read, in one request for their ids and one for their raw."""
    sandbox.set_user("scribe", moderator=True)
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    forum = sandbox.forum
    for i in range(100):
        forum.create_post("scribe", f"Une réponse de scribe, la numéro {i}.", SEED_TOPIC, skip_validations=True)
    asked = forum.create_post("membre", "Où se trouve le lien d'inscription, s'il vous plaît ?", SEED_TOPIC)
    write = A.ReplyToPost("links:reply:2", SEED_TOPIC, BODY, reply_to_post_number=asked.post_number)
    await engine.store.commit(TickFired("probe", clock.now, "probe:2"), [write], clock.now)
    sandbox.faults.malformed(count=1, path_prefix="/posts", method="POST")
    assert await engine.send() == []
    for i in range(70):
        forum.create_post("moderateur", f"Une autre question sans rapport, la {i}.", SEED_TOPIC, skip_validations=True)
    clock.advance(minutes=3)
    sandbox.reset_requests()
    await engine.send()
    assert len(sandbox.posts_by("scribe")) == 101
    assert [r["status"] for r in await engine.store.outbox()] == ["done"]
    assert sorted(path for _, path in sandbox.request_log) == ["/t/1/post_ids.json", "/t/1/posts.json"]
