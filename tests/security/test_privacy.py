"""A fact reaches an output only if every reader of that output could read its source.

The forum: a public category (1), a read-restricted one (4, the `staff` group), private
messages. scribe is a moderator, so it reads all of them, as it does on real forums where
it is given moderator rights; what it may *say* where is the question. Every feature that
reuses a stored fact is checked: the meetings list and reminders, link answers, syntheses
(with their "Liens utiles"), the digest, proposals; with a topic moved into the restricted
category after scribe read it, a private message delivered by webhook, and deletions seen by
polling only or by webhook.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager

import pytest

from bot.app import load_settings
from bot.engine import PassReport
from bot.sandbox import Sandbox
from bot.webhooks import start_receiver

PUBLIC, STAFF = 1, 4
SECRET_LINK = "https://meet.jit.si/bureau-restreint-4242"
MOVED_LINK = "https://meet.jit.si/atelier-7777"
PM_LINK = "https://meet.jit.si/message-prive-5555"
DELETED_LINK = "https://meet.jit.si/annonce-retiree-3131"
WEBHOOK_SECRET = "a-webhook-secret-of-some-length"
MEETING_DAY = "jeudi 12 novembre 2026 à 18h"


def scribe_posts(sb: Sandbox, topic_id: int | None = None) -> list:
    return [p for p in sb.posts_by("scribe") if topic_id is None or p.topic_id == topic_id]


def new_topic(sb: Sandbox, user: str, title: str, raw: str, category_id: int = PUBLIC) -> dict:
    return sb.create_post(user, raw, title=title, category_id=category_id)


@pytest.fixture
def forum(sandbox: Sandbox) -> Sandbox:
    """scribe and the moderator read the staff category; `membre` and `curieux` do not."""
    sandbox.set_user("scribe", moderator=True)
    sandbox.set_user("membre", trust_level=2)
    sandbox.add_user("curieux", trust_level=2)
    return sandbox


async def announce_staff_meeting(forum: Sandbox, engine) -> dict:
    """A topic of the staff category whose opening post announces a meeting, read by scribe."""
    await engine.run_once()
    topic = new_topic(
        forum,
        "moderateur",
        "Réunion du bureau",
        f"Réunion du bureau le {MEETING_DAY}, en visio : {SECRET_LINK}\n\nOrdre du jour : budget, recrutements.",
        STAFF,
    )
    await engine.run_once()
    assert any(r.get("link") == SECRET_LINK for r in (await engine.store.items("meetings")).values())
    return topic


def private_meeting(forum: Sandbox) -> dict:
    """A private message between the moderator, `membre` and scribe, announcing a meeting."""
    return forum.create_post(
        "moderateur",
        f"Réunion privée le {MEETING_DAY} : {PM_LINK}",
        title="Entre nous, la réunion",
        archetype="private_message",
        target_recipients="scribe,membre",
    )


@pytest.fixture
def public_topic(forum: Sandbox) -> dict:
    return new_topic(
        forum, "membre", "Questions ouvertes du réseau", "Un sujet ouvert à tous pour poser des questions."
    )


async def ask(forum: Sandbox, engine, topic_id: int, text: str, user: str = "curieux") -> str:
    """`user` posts `text` in `topic_id`; scribe runs; what scribe answered there (all its new posts)."""
    before = {p.id for p in scribe_posts(forum)}
    forum.create_post(user, text, topic_id=topic_id)
    await engine.run_once()
    await engine.run_once()  # jobs (syntheses) run right after the pass that asked for them
    return "\n".join(p.raw or "" for p in scribe_posts(forum) if p.id not in before)


@asynccontextmanager
async def webhooks(forum: Sandbox, engine, port: int):
    settings = load_settings(
        None, webhooks={"enabled": True, "host": "127.0.0.1", "port": port, "secret": WEBHOOK_SECRET}
    )
    runner = await start_receiver(settings, engine.put)
    forum.add_webhook(f"http://127.0.0.1:{port}/webhooks/discourse", WEBHOOK_SECRET)
    try:
        yield
    finally:
        await runner.cleanup()


async def deliver(forum: Sandbox, engine) -> None:
    """Webhook deliveries reach the engine's queue and are handled."""
    await forum.webhooks.drain()
    await asyncio.sleep(0.2)
    await engine.drain_queue(PassReport())


# --- the meetings list ------------------------------------------------------------------------


async def test_meetings_list_in_a_public_topic_leaves_out_the_restricted_category(
    forum, make_engine, clock, public_topic
):
    engine = await make_engine(forum, clock=clock)
    staff_meeting = await announce_staff_meeting(forum, engine)
    answer = await ask(forum, engine, public_topic["topic_id"], "@scribe réunions tout")
    assert answer, "scribe answers the public request"
    assert SECRET_LINK not in answer and f"/{staff_meeting['topic_id']}/" not in answer
    # the staff themselves, in their own category, are told
    inside = await ask(forum, engine, staff_meeting["topic_id"], "@scribe réunions à venir ?", user="moderateur")
    assert SECRET_LINK in inside


async def test_a_topic_moved_into_the_restricted_category_after_scribe_read_it_polling_only(
    forum, make_engine, clock, public_topic
):
    engine = await make_engine(forum, clock=clock)
    await engine.run_once()
    moved = new_topic(
        forum, "membre", "Atelier numérique du réseau", f"Atelier numérique le {MEETING_DAY} : {MOVED_LINK}"
    )
    await engine.run_once()
    assert await engine.store.items("meetings"), "scribe read the meeting while the topic was public"
    before = await ask(forum, engine, public_topic["topic_id"], "@scribe réunions tout")
    assert MOVED_LINK in before  # public then: listing it was right
    clock.advance(minutes=15)
    forum.forum.edit_topic(moved["topic_id"], "moderateur", category_id=STAFF)  # no webhook: polling only
    after = await ask(forum, engine, public_topic["topic_id"], "@scribe réunions toutes")
    assert after and MOVED_LINK not in after and f"/{moved['topic_id']}/" not in after


async def test_a_topic_moved_into_the_restricted_category_by_webhook(
    forum, make_engine, clock, public_topic, unused_tcp_port
):
    engine = await make_engine(forum, clock=clock)
    await engine.run_once()
    moved = new_topic(
        forum, "membre", "Atelier numérique du réseau", f"Atelier numérique le {MEETING_DAY} : {MOVED_LINK}"
    )
    await engine.run_once()
    async with webhooks(forum, engine, unused_tcp_port):
        forum.forum.edit_topic(moved["topic_id"], "moderateur", category_id=STAFF)
        await deliver(forum, engine)
    after = await ask(forum, engine, public_topic["topic_id"], "@scribe réunions tout")
    assert after and MOVED_LINK not in after


async def test_a_private_message_delivered_by_webhook_stays_in_the_message(
    forum, make_engine, clock, public_topic, unused_tcp_port
):
    engine = await make_engine(forum, clock=clock)
    await engine.run_once()
    async with webhooks(forum, engine, unused_tcp_port):
        pm = private_meeting(forum)
        await deliver(forum, engine)
    assert any(r.get("topic_id") == pm["topic_id"] for r in (await engine.store.items("meetings")).values())
    answer = await ask(forum, engine, public_topic["topic_id"], "@scribe réunions tout")
    assert answer and PM_LINK not in answer and f"/{pm['topic_id']}/" not in answer


async def test_a_private_message_from_a_webhook_that_does_not_say_it_is_one(forum, make_engine, clock, public_topic):
    """Discourse versions before `topic_archetype` was added to the post webhook: the payload does not say
    the post is a private message; scribe must not take it for a public one."""
    from bot.webhooks import to_event

    engine = await make_engine(forum, clock=clock)
    await engine.run_once()
    pm = private_meeting(forum)
    _, payload = forum.webhooks.payload("post_created", {"post": forum.forum.posts[pm["id"]]})
    payload["post"].pop("topic_archetype")
    await engine.handle(to_event("post_created", payload))
    assert any(r.get("topic_id") == pm["topic_id"] for r in (await engine.store.items("meetings")).values())
    answer = await ask(forum, engine, public_topic["topic_id"], "@scribe réunions tout")
    assert answer and PM_LINK not in answer and f"/{pm['topic_id']}/" not in answer


# --- links -------------------------------------------------------------------------------------


async def test_a_link_request_in_a_public_topic_with_a_similar_title_gets_no_restricted_link(forum, make_engine, clock):
    engine = await make_engine(forum, clock=clock)
    staff_meeting = await announce_staff_meeting(forum, engine)
    look_alike = new_topic(
        forum, "membre", "Réunion du bureau ouverte", "Une réunion du bureau ouverte à tous bientôt."
    )
    await engine.run_once()
    answer = await ask(
        forum, engine, look_alike["topic_id"], "Bonjour, quelqu'un aurait le lien de la visio de la réunion ?"
    )
    assert SECRET_LINK not in answer
    assert f"topic:{staff_meeting['topic_id']}" not in answer and "Ordre du jour" not in answer
    command = await ask(forum, engine, look_alike["topic_id"], "@scribe lien de la visio svp", user="membre")
    assert command and SECRET_LINK not in command and "Ordre du jour" not in command


# --- syntheses -----------------------------------------------------------------------------------


async def test_scribes_own_posts_are_never_a_source_of_useful_links(forum, make_engine, clock, public_topic):
    """scribe is staff: its own post, even liked, never vouches for a link in a later synthesis."""
    engine = await make_engine(forum, clock=clock, summaries={"post_as": "reply"})
    await engine.run_once()
    tid = public_topic["topic_id"]
    mine = forum.create_post(
        "scribe",
        f"Réunions à venir :\n\n- Réunion du bureau — {SECRET_LINK}\n\n"
        "Décision : le budget du réseau est fixé à 4242 euros, validé par le bureau. "
        "Je propose que nous adoptions ce budget de 4242 euros.",
        topic_id=tid,
    )
    forum.like(mine["id"], "membre")
    for i, user in enumerate(("membre", "curieux", "membre", "curieux")):
        forum.create_post(
            user, f"Contribution numéro {i} au débat : https://exemple.org/ressource-{i} à lire.", topic_id=tid
        )
    await engine.run_once()
    synthesis = await ask(forum, engine, tid, "@scribe synthèse du sujet svp")
    assert "exemple.org" in synthesis or "Contribution" in synthesis  # a synthesis was written
    assert SECRET_LINK not in synthesis and "4242" not in synthesis


async def test_a_synthesis_after_a_leak_attempt_has_no_restricted_link(forum, make_engine, clock, public_topic):
    engine = await make_engine(forum, clock=clock, summaries={"post_as": "reply"})
    await announce_staff_meeting(forum, engine)
    tid = public_topic["topic_id"]
    await ask(forum, engine, tid, "@scribe réunions tout")
    for i, user in enumerate(("membre", "curieux", "membre")):
        forum.create_post(user, f"Avis numéro {i} sur l'organisation du réseau, à discuter.", topic_id=tid)
    synthesis = await ask(forum, engine, tid, "@scribe synthèse du sujet svp")
    assert synthesis and SECRET_LINK not in synthesis


# --- the digest and proposals ----------------------------------------------------------------------


async def test_the_digest_names_nothing_restricted_moved_or_private(forum, make_engine, clock):
    engine = await make_engine(forum, clock=clock, digest={"enabled": True})
    staff_meeting = await announce_staff_meeting(forum, engine)
    moved = new_topic(
        forum, "membre", "Atelier numérique du réseau", f"Atelier numérique le {MEETING_DAY} : {MOVED_LINK}"
    )
    private_meeting(forum)
    for i in range(3):
        forum.create_post(
            "moderateur", f"Je propose d'augmenter le budget numéro {i} du bureau.", topic_id=staff_meeting["topic_id"]
        )
    await engine.run_once()
    await ask(forum, engine, staff_meeting["topic_id"], "@scribe propositions", user="moderateur")
    forum.forum.edit_topic(moved["topic_id"], "moderateur", category_id=STAFF)
    from handlers.digest import build_digest

    clock.advance(minutes=1)  # the week ends now: what was just written is in it
    raw = (await build_digest(await engine.ctx())).raw
    for secret in (SECRET_LINK, MOVED_LINK, PM_LINK, "budget"):
        assert secret not in raw
    assert f"/{staff_meeting['topic_id']}/" not in raw and f"/{moved['topic_id']}/" not in raw


async def test_proposals_of_a_restricted_topic_stay_in_it(forum, make_engine, clock, public_topic):
    engine = await make_engine(forum, clock=clock)
    staff_meeting = await announce_staff_meeting(forum, engine)
    for i in range(3):
        forum.create_post(
            "moderateur",
            f"Je propose de revoir la cotisation numéro {i} des membres.",
            topic_id=staff_meeting["topic_id"],
        )
    await engine.run_once()
    inside = await ask(forum, engine, staff_meeting["topic_id"], "@scribe propositions", user="moderateur")
    assert "cotisation" in inside
    outside = await ask(forum, engine, public_topic["topic_id"], "@scribe propositions")
    assert "cotisation" not in outside


# --- the one guard -----------------------------------------------------------------------------------


async def test_the_last_guard_drops_a_write_whose_source_its_readers_cannot_see(
    forum, make_engine, clock, public_topic, caplog
):
    """Whatever a feature decides, a reply citing a restricted post in a public topic is not staged."""
    from bot.actions import ReplyToPost
    from bot.app import make_dispatcher
    from bot.dispatch import Dispatcher
    from bot.events import MentionReceived
    from bot.routing import Router

    careless = Router("careless")

    @careless.command("fuite", help="help.title")
    async def leak(event: MentionReceived, ctx) -> list:
        quote = f'[quote="moderateur, post:1, topic:{sid}"]\nOrdre du jour : budget\n[/quote]'
        return [
            ReplyToPost(f"reply:{event.post.id}:leak", event.post.topic_id, quote, event.post.post_number),
            ReplyToPost(
                f"reply:{event.post.id}:fine",
                event.post.topic_id,
                "Rien de secret ici, bonne journée.",
                event.post.post_number,
            ),
            # no citation in the text: the source the feature names is enough
            ReplyToPost(
                f"reply:{event.post.id}:named",
                event.post.topic_id,
                f"Le lien de la visio : {SECRET_LINK}",
                event.post.post_number,
                sources=(sid,),
            ),
        ]

    engine = await make_engine(forum, clock=clock)
    engine.dispatcher = Dispatcher([careless, *make_dispatcher().routers])
    sid = (await announce_staff_meeting(forum, engine))["topic_id"]
    caplog.set_level(logging.INFO)
    answer = await ask(forum, engine, public_topic["topic_id"], "@scribe fuite, pour voir")
    assert "Rien de secret" in answer and "Ordre du jour" not in answer and SECRET_LINK not in answer
    assert len([r for r in caplog.records if r.getMessage() == "audience.dropped"]) == 2
    # the same write in the staff topic itself is fine: its readers are the source's readers
    inside = await ask(forum, engine, sid, "@scribe fuite, pour voir", user="moderateur")
    assert "Ordre du jour" in inside


# --- deletions ------------------------------------------------------------------------------------------


async def announce_and_read(forum: Sandbox, engine, public_topic: dict) -> dict:
    await engine.run_once()
    post = forum.create_post(
        "membre", f"Visio de préparation le {MEETING_DAY}, lien : {DELETED_LINK}", topic_id=public_topic["topic_id"]
    )
    await engine.run_once()
    assert any(r.get("post_id") == post["id"] for r in (await engine.store.items("meetings")).values())
    assert [t for t in await engine.store.timers() if t["name"] == "meetings.reminder" and t["status"] == "pending"]
    return post


async def test_a_deleted_announcement_is_forgotten_with_polling_only(forum, make_engine, clock, public_topic):
    engine = await make_engine(forum, clock=clock)
    post = await announce_and_read(forum, engine, public_topic)
    forum.forum.delete_post(post["id"], "moderateur")  # no webhook: scribe must find out by itself
    listed = await ask(forum, engine, public_topic["topic_id"], "@scribe réunions à venir ?")
    assert DELETED_LINK not in listed
    before = len(scribe_posts(forum))
    clock.now = clock.now.replace(day=11, hour=17, minute=30)  # past the 24h reminder, before the 1h one
    await engine.run_once()
    clock.advance(hours=24)  # past the 1h reminder too
    await engine.run_once()
    reminders = [p for p in scribe_posts(forum)[before:] if p.reply_to_post_number == post["post_number"]]
    assert reminders == [] and not any(DELETED_LINK in (p.raw or "") for p in scribe_posts(forum))
    assert not any(r.get("post_id") == post["id"] for r in (await engine.store.items("meetings")).values())
    assert not [t for t in await engine.store.timers() if t["name"] == "meetings.reminder" and t["status"] == "pending"]


async def test_an_announcement_made_a_whisper_leaves_the_list_and_the_reminders(
    forum, make_engine, clock, public_topic
):
    """A moderator turns the announcement into a whisper (staff only): the topic's other
    readers may no longer read it, not even in its own topic."""
    engine = await make_engine(forum, clock=clock)
    post = await announce_and_read(forum, engine, public_topic)
    forum.forum.posts[post["id"]].post_type = 4  # what the moderator's "toggle whisper" leaves
    clock.advance(minutes=5)
    listed = await ask(forum, engine, public_topic["topic_id"], "@scribe réunions à venir ?", user="membre")
    assert listed and DELETED_LINK not in listed
    before = len(scribe_posts(forum))
    clock.now = clock.now.replace(day=11, hour=17, minute=30)
    await engine.run_once()
    assert not any(DELETED_LINK in (p.raw or "") for p in scribe_posts(forum)[before:])


async def test_a_topic_unlisted_after_scribe_read_it_reaches_no_other_topic(forum, make_engine, clock, public_topic):
    """An unlisted topic is read only by those given its address: what it says stays in it."""
    engine = await make_engine(forum, clock=clock)
    await engine.run_once()
    hidden = new_topic(
        forum, "membre", "Atelier numérique du réseau", f"Atelier numérique le {MEETING_DAY} : {MOVED_LINK}"
    )
    await engine.run_once()
    assert MOVED_LINK in await ask(forum, engine, public_topic["topic_id"], "@scribe réunions tout")
    forum.topic(hidden["topic_id"]).visible = False  # unlisted by a moderator, no webhook
    clock.advance(minutes=15)
    after = await ask(forum, engine, public_topic["topic_id"], "@scribe réunions toutes")
    assert after and MOVED_LINK not in after and f"/{hidden['topic_id']}/" not in after
    inside = await ask(forum, engine, hidden["topic_id"], "@scribe réunions à venir ?")
    assert MOVED_LINK in inside, "in the topic itself, its own readers are told"


async def test_an_announcement_withdrawn_by_its_author_is_forgotten_with_polling_only(
    forum, make_engine, clock, public_topic
):
    engine = await make_engine(forum, clock=clock)
    post = await announce_and_read(forum, engine, public_topic)
    forum.forum.delete_post(post["id"], "membre")
    clock.advance(minutes=5)
    listed = await ask(forum, engine, public_topic["topic_id"], "@scribe réunions tout", user="membre")
    assert DELETED_LINK not in listed


async def test_a_deleted_announcement_is_forgotten_by_webhook(forum, make_engine, clock, public_topic, unused_tcp_port):
    engine = await make_engine(forum, clock=clock)
    post = await announce_and_read(forum, engine, public_topic)
    async with webhooks(forum, engine, unused_tcp_port):
        forum.forum.delete_post(post["id"], "moderateur")
        await deliver(forum, engine)
    assert not any(r.get("post_id") == post["id"] for r in (await engine.store.items("meetings")).values())
    assert not [t for t in await engine.store.timers() if t["name"] == "meetings.reminder" and t["status"] == "pending"]
    assert await engine.store.get("proposals", f"topic:{public_topic['topic_id']}") is None


async def test_a_deleted_topic_moves_nothing_into_the_digest(forum, make_engine, clock, public_topic):
    engine = await make_engine(forum, clock=clock)
    await announce_and_read(forum, engine, public_topic)
    first = next(p for p in forum.topic_posts(public_topic["topic_id"]) if p.post_number == 1)
    forum.forum.delete_post(first.id, "moderateur")  # the whole topic goes
    from handlers.digest import build_digest

    clock.advance(minutes=1)  # the week ends now: what was just written is in it
    raw = (await build_digest(await engine.ctx())).raw
    assert DELETED_LINK not in raw


async def test_a_topic_deleted_by_webhook_takes_the_meetings_of_its_replies_along(
    forum, make_engine, clock, public_topic, unused_tcp_port
):
    engine = await make_engine(forum, clock=clock)
    post = await announce_and_read(forum, engine, public_topic)
    first = next(p for p in forum.topic_posts(public_topic["topic_id"]) if p.post_number == 1)
    async with webhooks(forum, engine, unused_tcp_port):
        forum.forum.delete_post(first.id, "moderateur")  # the opening post: the whole topic goes
        await deliver(forum, engine)
    assert not any(r.get("post_id") == post["id"] for r in (await engine.store.items("meetings")).values())
    assert not [t for t in await engine.store.timers() if t["name"] == "meetings.reminder" and t["status"] == "pending"]


async def test_a_synthesis_is_not_built_on_one_that_read_a_post_since_deleted():
    """Polling only: the deletion was never seen; the model's previous synthesis read the post, so
    the next one starts afresh from the posts that are there instead of building on it."""
    from dataclasses import replace

    from bot.app import load_settings
    from bot.ctx import ReadOnlyMemory
    from bot.llm import Llm
    from bot.sandbox.llm import FakeLlm, posts_in
    from bot.state import MemoryState
    from handlers.summaries import memory_value, synthesize
    from tests.handler_kit import make_ctx, seed_topic

    server = FakeLlm()
    await server.start()
    try:
        topic = seed_topic()
        settings = load_settings(llm={"base_url": server.url, "max_retries": 0, "timeout_seconds": 5})
        ctx = replace(make_ctx([topic], settings=settings), llm=Llm.from_settings(settings))
        first = await synthesize(topic, ctx)
        assert first.method == "llm" and 5 in first.covered_post_numbers
        gone = replace(topic, posts=tuple(p for p in topic.posts if p.post_number != 5))
        memory = ReadOnlyMemory(MemoryState({"summaries": {"1": memory_value(first, "summary:1:21")}}))
        sent = len(server.requests)
        second = await synthesize(gone, replace(ctx, memory=memory))
        await ctx.llm.close()
    finally:
        await server.stop()
    read_again = [n for body in server.requests[sent:] for n, _ in posts_in(body)]
    assert 5 not in second.covered_post_numbers and 5 not in read_again
    read_first = [n for body in server.requests[:sent] for n, _ in posts_in(body)]
    assert read_again == [n for n in read_first if n != 5]  # everything there, read afresh


# --- the rule itself --------------------------------------------------------------------------------


def _aud(kind: str, topic: int | None = None, category: int | None = None, users: str = "") -> object:
    from bot.audience import Audience

    return Audience(kind, topic, category, frozenset(u for u in users.split(",") if u))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("source", "output", "allowed"),
    [
        (("public", 1, 1), ("public", 2, 1), True),
        (("public", 1, 1), ("pm", None, None, "membre,scribe"), True),
        (("category", 4, 4), ("public", 2, 1), False),
        (("category", 4, 4), ("category", 4, 4), True),  # the same topic
        (("category", 4, 4), ("category", 9, 4), True),  # the same category
        (("category", 4, 4), ("category", 9, 5), False),
        (("category", 4, 4), ("pm", None, None, "moderateur,scribe"), False),  # not known to read it: silent
        (("pm", 7, None, "alice,bob,scribe"), ("public", 2, 1), False),
        (("pm", 7, None, "alice,bob,scribe"), ("pm", None, None, "alice,scribe"), True),
        (("pm", 7, None, "alice,bob,scribe"), ("pm", None, None, "alice,carole,scribe"), False),
        (("nobody",), ("public", 1, 1), False),
        (("nobody", 1), ("public", 1, 1), False),  # a deleted post is no source, even in its own topic
    ],
)
def test_every_reader_of_the_output_can_read_the_source(source, output, allowed):
    from bot.audience import covers

    assert covers(_aud(*source), _aud(*output)) is allowed  # type: ignore[arg-type]


def test_the_guard_reads_the_sources_scribe_cites():
    from bot.audience import cited

    raw = (
        'Voir [#2](/t/-/7/2) et /t/un-sujet/12/3.\n[quote="alice, post:1, topic:9"]\ntexte\n[/quote]\n'
        "Un lien qu'un membre a donné, tel quel : https://forum.example.org/t/autre/42"
    )
    assert cited(raw) == {7, 12, 9}


@pytest.mark.parametrize("withdrawn", ["deleted", "whisper"])
async def test_a_deleted_proposal_leaves_the_digest_with_polling_only(
    forum, make_engine, clock, public_topic, withdrawn
):
    engine = await make_engine(forum, clock=clock)
    await engine.run_once()
    tid = public_topic["topic_id"]
    idea = forum.create_post("membre", "Je propose de créer un fonds commun pour les tiers-lieux ruraux.", topic_id=tid)
    forum.like(idea["id"], "curieux")
    forum.like(idea["id"], "moderateur")
    await engine.run_once()
    table = await ask(forum, engine, tid, "@scribe propositions")
    assert "fonds commun" in table and await engine.store.get("proposals", f"topic:{tid}")
    from handlers.digest import build_digest

    clock.advance(minutes=1)  # the week ends now: what was just written is in it
    before = (await build_digest(await engine.ctx())).raw
    assert "fonds commun" in before, before
    if withdrawn == "deleted":
        forum.forum.delete_post(idea["id"], "moderateur")  # no webhook
    else:
        forum.forum.posts[idea["id"]].post_type = 4  # made a whisper by a moderator: staff only
    clock.advance(minutes=5)
    engine.view.reset()
    after = (await build_digest(await engine.ctx())).raw
    assert "fonds commun" not in after


async def test_a_private_message_gets_a_restricted_fact_only_if_each_recipient_may_read_it(
    forum, make_engine, clock, public_topic
):
    """The readers of a message are its recipients: the forum is asked, for each, whether they may
    read the source (as the reminders sent by message need)."""
    from bot.actions import SendPrivateMessage
    from bot.app import make_dispatcher
    from bot.dispatch import Dispatcher
    from bot.events import MentionReceived
    from bot.routing import Router

    careless = Router("careless")

    @careless.command("message", help="help.title")
    async def tell(event: MentionReceived, ctx) -> list:
        raw = f"Rappel : la réunion du bureau ([annonce](/t/-/{sid}/1)) — {SECRET_LINK}"
        return [
            SendPrivateMessage(f"pm:{event.post.id}:{who}", (who,), "Rappel de la réunion du bureau", raw)
            for who in ("moderateur", "curieux")
        ]

    engine = await make_engine(forum, clock=clock)
    engine.dispatcher = Dispatcher([careless, *make_dispatcher().routers])
    sid = (await announce_staff_meeting(forum, engine))["topic_id"]
    forum.create_post("membre", "@scribe message, pour le bureau", topic_id=public_topic["topic_id"])
    await engine.run_once()
    told = {tuple(forum.topic(p.topic_id).allowed_users) for p in scribe_posts(forum) if SECRET_LINK in (p.raw or "")}
    assert {tuple(sorted(u)) for u in told} == {("moderateur", "scribe")}


@pytest.mark.parametrize(
    ("raw", "topics"),
    [
        ('[quote="ana, post:3, topic:12"]\nLe compte rendu.\n[/quote]', {12}),
        ('[QUOTE="bo, post:1, topic: 7, full:true"]\nOui.\n[/QUOTE]', {7}),
        ('[quote=brouillon [quote="ana, post:1, topic:9"]\nLe lien.\n[/quote]', {9}),  # an opening left unclosed
        ("[quote=x " * 2000 + "topic:5", {5}),  # many unclosed openings: the last one names the topic
        ("Voir /t/atelier/31/4 et [quote=ana]sans sujet[/quote]", {31}),
    ],
)
def test_the_topics_a_write_cites_are_those_of_its_links_and_well_formed_quotes(raw: str, topics: set[int]) -> None:
    from bot.audience import cited

    assert cited(raw) == topics
