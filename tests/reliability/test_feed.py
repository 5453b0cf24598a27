"""The feed of new posts against a forum that delivers them out of order: webhooks, notifications
and `/posts.json` pages each bring some posts; none is skipped and none is read as new twice."""

from __future__ import annotations

import asyncio

import pytest

from bot.app import load_settings, make_dispatcher
from bot.dispatch import Dispatcher
from bot.engine import PassReport
from bot.events import PostCreated, PostEdited
from bot.poller import Poller
from bot.routing import Router
from bot.webhooks import start_receiver, to_event

SEED_TOPIC = 1
SECRET = "a-webhook-secret-of-some-length"


def recording(engine) -> list[int]:
    """The ids of the new posts the features are given, in order."""
    seen: list[int] = []
    probe = Router("probe")

    @probe.on(PostCreated)
    async def record(event, ctx) -> list:
        seen.append(event.post.id)
        return []

    engine.dispatcher = Dispatcher([*make_dispatcher().routers, probe])
    return seen


def posts_among_hidden_ones(sandbox, count: int, run_at: int | None = None) -> list[int]:
    """`count` posts scribe may read, each followed by one it may not: a private message, a post of
    the staff's category, a whisper or a deleted post; after the `run_at`-th, 300 private messages
    in a row. The ids of those it may read."""
    forum = sandbox.forum
    for name in ("ana", "bruno"):
        sandbox.add_user(name, trust_level=2)
    staff = forum.create_post("moderateur", "Un sujet réservé à l'équipe.", title="Organisation interne", category_id=4)
    private = forum.create_post(
        "ana",
        "Un message privé pour Bruno.",
        title="Entre nous",
        archetype="private_message",
        target_recipients="bruno",
    )
    expected = []
    for i in range(count):
        post = forum.create_post(
            ("ana", "bruno")[i % 2], f"Avis numéro {i} sur le lieu de la rencontre.", SEED_TOPIC, skip_validations=True
        )
        expected.append(post.id)
        hidden = i % 4
        if hidden == 0:
            forum.create_post("bruno", f"Réponse privée numéro {i}.", private.topic_id, skip_validations=True)
        elif hidden == 1:
            forum.create_post("moderateur", f"Note de l'équipe numéro {i}.", staff.topic_id, skip_validations=True)
        elif hidden == 2:
            whisper = forum.create_post("moderateur", f"Chuchotement numéro {i}.", SEED_TOPIC, skip_validations=True)
            whisper.post_type = 4
        else:
            gone = forum.create_post("ana", f"Message retiré numéro {i}.", SEED_TOPIC, skip_validations=True)
            forum.delete_post(gone.id, "moderateur")
        if i == run_at:
            for j in range(300):
                forum.create_post("ana", f"Long aparté numéro {j}.", private.topic_id, skip_validations=True)
    return expected


def replies_of_scribe(sandbox, count: int) -> list:
    """`count` posts of scribe's in the seed topic (others like them: notifications it does not answer)."""
    return [
        sandbox.forum.create_post("scribe", f"Une réponse de scribe, la numéro {i}.", SEED_TOPIC, skip_validations=True)
        for i in range(count)
    ]


def ana_writes_to_scribe(sandbox):
    """A member asks scribe in a private message; the message's opening post."""
    sandbox.add_user("ana", trust_level=2)
    return sandbox.forum.create_post(
        "ana",
        "@scribe aide, je t'écris en privé : que sais-tu faire ?",
        title="Une question pour scribe",
        archetype="private_message",
        target_recipients="scribe",
    )


async def test_a_post_delivered_by_webhook_leaves_the_older_posts_to_the_poll(sandbox, make_engine, unused_tcp_port):
    """Discourse sends webhooks from background jobs: a later post may arrive first, or alone when
    an earlier delivery failed. The poll still reads the earlier one."""
    engine = await make_engine(sandbox)
    seen = recording(engine)
    await engine.run_once()
    sandbox.add_user("ana", trust_level=2)
    sandbox.add_user("bruno", trust_level=2)
    earlier = sandbox.create_post("ana", "Je propose que la prochaine rencontre se tienne à Nantes.", SEED_TOPIC)
    settings = load_settings(
        None, webhooks={"enabled": True, "host": "127.0.0.1", "port": unused_tcp_port, "secret": SECRET}
    )
    runner = await start_receiver(settings, engine.put)
    try:
        sandbox.add_webhook(f"http://127.0.0.1:{unused_tcp_port}/webhooks/discourse", SECRET)
        later = sandbox.create_post("bruno", "Et moi je préfère Lyon, plus central pour tout le monde.", SEED_TOPIC)
        await sandbox.webhooks.drain()
        await asyncio.sleep(0.2)
        await engine.drain_queue(PassReport())
        assert seen == [later["id"]]
        await engine.run_once()
    finally:
        await runner.cleanup()
    assert sorted(seen) == sorted([earlier["id"], later["id"]])
    assert await engine.store.cursor() == later["id"]  # the poll reads on past both


@pytest.mark.parametrize("rule", ["strict", "inclusive", "id_window"])
async def test_a_burst_of_three_pages_among_posts_scribe_cannot_see_is_read_whole(sandbox, make_engine, rule):
    """Between two polls, 130 new posts whose ids are far from contiguous: private messages,
    whispers, posts of a category scribe may not read, deleted posts. Every post scribe may read
    is given to the features once, in order: with `before` strict, as now; inclusive, as on
    Discourse before 2025; or reading windows of 50 ids, as before 3.3, whose pages are short or
    empty with older posts still to read."""
    sandbox.settings.inclusive_before = rule == "inclusive"
    sandbox.settings.id_window_before = rule == "id_window"
    engine = await make_engine(sandbox)
    seen = recording(engine)
    await engine.run_once()
    expected = posts_among_hidden_ones(sandbox, 130)
    await engine.run_once()
    assert seen == expected
    await engine.run_once()
    assert seen == expected


async def test_an_edit_of_a_post_a_webhook_brought_is_read_by_the_poll(sandbox, make_engine):
    """A post handled from its webhook, then edited when no webhook came: the poll reads the edit."""
    engine = await make_engine(sandbox)
    await engine.run_once()
    record = sandbox.forum.create_post("membre", "La rencontre aura lieu à Nantes, sans doute en mars.", SEED_TOPIC)
    _, payload = sandbox.webhooks.payload("post_created", {"post": record})
    await engine.handle(to_event("post_created", payload))
    sandbox.forum.edit_post(record.id, "La rencontre aura lieu à Lyon, le 12 mars à 18 h.", "membre")
    events = await engine.poller.poll()
    assert [(type(e), e.post.version) for e in events] == [(PostCreated, 2), (PostEdited, 2)]
    for event in events:
        await engine.handle(event)
    await engine.flush()
    assert await engine.poller.poll() == []


async def test_a_private_message_older_than_a_page_of_notifications_is_read(sandbox, make_engine):
    """While scribe was away, a member wrote to it privately, then 84 likes of its posts came in:
    the message's notification is past the first page of 60. The poll reads back to it."""
    engine = await make_engine(sandbox)
    seen = recording(engine)
    await engine.run_once()
    forum = sandbox.forum
    ours = replies_of_scribe(sandbox, 7)
    private = ana_writes_to_scribe(sandbox)
    for i in range(12):
        sandbox.add_user(f"lecteur{i}")
        for post in ours:
            forum.like(post.id, f"lecteur{i}")
    await engine.run_once()
    assert private.id in seen
    await engine.run_once()  # reads back once more to the message, handled since
    sandbox.reset_requests()
    await engine.run_once()
    assert [path for _, path in sandbox.request_log].count("/notifications.json") == 1
    assert seen.count(private.id) == 1


async def test_a_mention_let_go_on_a_failing_forum_is_read_again_from_the_notifications(sandbox, make_engine):
    """The running engine lets go of an event whose handling met an unreachable forum and goes on
    with the next, which moves the cursor past it: the mention is read again from scribe's
    notifications at the next poll."""
    engine = await make_engine(sandbox)
    seen = recording(engine)
    await engine.run_once()
    mention = sandbox.forum.create_post("membre", "@scribe aide, que sais-tu faire pour nous ?", SEED_TOPIC)
    later = sandbox.forum.create_post("moderateur", "Une autre réponse, sans rapport avec scribe.", SEED_TOPIC)
    events = await engine.poller.poll()
    assert [e.post.id for e in events] == [mention.id, later.id]
    await engine.handle(events[1])
    assert await engine.store.cursor() == later.id
    await engine.run_once()
    assert seen == [later.id, mention.id]
    assert len(sandbox.posts_by("scribe")) == 1


async def test_notifications_of_topics_scribe_no_longer_reads_do_not_end_the_reading_back(sandbox, make_engine):
    """Discourse leaves out, after cutting a page of 60, the notifications of topics scribe may no
    longer read: a page comes short with older notifications still to read. A private message
    older than such a page is still read."""
    engine = await make_engine(sandbox)
    seen = recording(engine)
    await engine.run_once()
    forum = sandbox.forum
    private = ana_writes_to_scribe(sandbox)
    debate = forum.create_post("ana", "Un débat qui sera réservé à l'équipe.", title="Un débat bientôt réservé")
    for i in range(70):
        forum.create_post(
            "ana", f"@scribe, une remarque numéro {i} dans le débat.", debate.topic_id, skip_validations=True
        )
    forum.edit_topic(debate.topic_id, "moderateur", category_id=4)  # scribe is not staff
    await engine.run_once()
    assert private.id in seen


async def test_the_notified_posts_found_gone_are_remembered_within_a_bound(sandbox, make_engine):
    """Members mention scribe, then their posts are deleted before scribe reads them: each is asked
    for once and found gone. scribe remembers only the latest few of those (a long run does not
    grow without end), and the next poll asks for none of them again."""
    engine = await make_engine(sandbox)
    engine.poller = Poller(engine.forum, engine.store, gone_kept=2)
    await engine.run_once()
    for i in range(3):
        gone = sandbox.forum.create_post("membre", f"@scribe aide, question numéro {i} ?", SEED_TOPIC)
        sandbox.forum.delete_post(gone.id, "moderateur")
    sandbox.reset_requests()
    await engine.run_once()
    asked = [path for _, path in sandbox.request_log if path.startswith("/posts/by_number/")]
    assert len(asked) == 3
    assert len(engine.poller._gone) == 2
    sandbox.reset_requests()
    await engine.run_once()
    assert not [path for _, path in sandbox.request_log if path.startswith("/posts/by_number/")]


@pytest.mark.parametrize("rule", ["strict", "inclusive", "id_window"])
async def test_a_catch_up_longer_than_a_pass_goes_on_at_the_next_pass_oldest_first(sandbox, make_engine, rule):
    """A pass reads at most 4 pages of posts; while scribe was away, 330 posts came, among as many
    it may not read and a run of 300 private messages in a row. Each pass
    reads its 4 pages at most and goes on from where the last one stopped: every post scribe may
    read reaches the features once, oldest first, none skipped."""
    sandbox.settings.inclusive_before = rule == "inclusive"
    sandbox.settings.id_window_before = rule == "id_window"
    engine = await make_engine(sandbox)
    engine.poller = Poller(engine.forum, engine.store, catchup_pages=4)
    seen = recording(engine)
    await engine.run_once()
    expected = posts_among_hidden_ones(sandbox, 330, run_at=200)
    passes = 0
    while len(seen) < len(expected) and passes < 40:
        sandbox.reset_requests()
        await engine.run_once()
        passes += 1
        assert [path for _, path in sandbox.request_log].count("/posts.json") <= 4
    assert seen == expected
    assert passes > 3
    await engine.run_once()
    assert seen == expected


async def test_notifications_longer_than_a_pass_are_read_back_over_several_passes(sandbox, make_engine):
    """A pass reads at most 2 pages of notifications (120); while scribe was away, a member wrote to
    it privately three times, between some 300 likes of its posts. The passes read back page after
    page from where the last one stopped, then give out what they found: each message reaches the
    features once, oldest first, none skipped."""
    engine = await make_engine(sandbox)
    engine.poller = Poller(engine.forum, engine.store, notification_pages=2)
    seen = recording(engine)
    await engine.run_once()
    forum = sandbox.forum
    ours = replies_of_scribe(sandbox, 10)
    readers = [sandbox.add_user(f"lecteur{i}").username for i in range(30)]
    first = ana_writes_to_scribe(sandbox)
    messages = [first.id]
    for round_ in range(2):
        for name in readers[15 * round_ : 15 * round_ + 15]:
            for post in ours:
                forum.like(post.id, name)
        more = forum.create_post("ana", f"Je complète ma question, partie {round_}.", first.topic_id)
        messages.append(more.id)
    pages = []
    for _ in range(5):
        sandbox.reset_requests()
        await engine.run_once()
        pages.append([path for _, path in sandbox.request_log].count("/notifications.json"))
    assert [m for m in seen if m in messages] == messages  # each once, oldest first
    assert max(pages) == 2 and pages[-1] == 1
    assert len(pages) - pages.count(1) >= 2  # the read back took more than one pass


async def test_a_private_message_let_go_is_asked_for_again_at_the_next_poll(sandbox, make_engine):
    """A poll gives out a private message to scribe, whose handling then meets an unreachable forum
    and is let go: the next poll, though its notifications' mark is past the message, asks for it
    again, and it is handled once."""
    engine = await make_engine(sandbox)
    seen = recording(engine)
    await engine.run_once()
    private = ana_writes_to_scribe(sandbox)
    events = await engine.poller.poll()
    assert [e.post.id for e in events] == [private.id]
    await engine.run_once()
    assert seen == [private.id]
    sandbox.reset_requests()
    await engine.run_once()
    assert seen == [private.id]
    assert not [path for _, path in sandbox.request_log if path.startswith("/posts/by_number/")]
