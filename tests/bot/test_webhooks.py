"""The webhook receiver: Discourse's signature on the raw body, redeliveries dropped."""

from __future__ import annotations

import asyncio
import json

from bot.app import load_settings
from bot.events import PostCreated
from bot.webhooks import make_app, signature

SECRET = "my_lovely_secret_for_web_hook"


def test_signature_matches_discourse_test_vector():
    assert (
        signature(SECRET.encode(), b'{"ping":"OK"}')
        == "sha256=162f107f6b5022353274eb1a7197885cfd35744d8d08e5bcea025d309386b7d6"
    )


async def test_signed_post_created_becomes_one_event(aiohttp_client):
    queue: asyncio.Queue = asyncio.Queue()
    settings = load_settings(None, webhooks={"enabled": True, "secret": SECRET})
    client = await aiohttp_client(make_app(settings, queue.put_nowait))
    body = json.dumps(
        {
            "post": {
                "id": 9,
                "topic_id": 1,
                "post_number": 4,
                "username": "membre",
                "created_at": "2026-11-26T10:00:00.000Z",
                "raw": "@scribe aide",
                "cooked": "<p>@scribe aide</p>",
                "post_type": 1,
            }
        },
        separators=(",", ":"),
    ).encode()
    headers = {
        "X-Discourse-Event": "post_created",
        "X-Discourse-Event-Type": "post",
        "X-Discourse-Event-Id": "77",
        "X-Discourse-Event-Signature": signature(SECRET.encode(), body),
        "Content-Type": "application/json",
    }
    assert (await client.post("/webhooks/discourse", data=body, headers=headers)).status == 200
    assert (await client.post("/webhooks/discourse", data=body, headers=headers)).status == 200
    bad = {**headers, "X-Discourse-Event-Id": "78", "X-Discourse-Event-Signature": "sha256=" + "0" * 64}
    assert (await client.post("/webhooks/discourse", data=body, headers=bad)).status == 401
    assert queue.qsize() == 1
    event = queue.get_nowait()
    assert isinstance(event, PostCreated) and event.post.id == 9


async def test_a_deleted_post_leaves_the_cached_synthesis_and_proposals(sandbox, make_engine):
    """Deletions reach scribe by webhook (polling cannot see them) and empty the caches built from the post."""
    from bot.actions import Remember

    engine = await make_engine(sandbox)
    await engine.run_once()
    now = engine.clock()
    await engine.store.apply(
        [
            Remember("summaries", "1", {"highest_post_number": 21}),
            Remember("proposals", "topic:1", {"fingerprint": "x", "proposals": []}),
        ],
        now,
    )
    post = next(p for p in sandbox.topic_posts(1) if p.post_number == 14)
    payload = {
        "id": post.id,
        "topic_id": 1,
        "post_number": 14,
        "username": post.username,
        "created_at": "2023-05-15T09:00:00.000Z",
        "cooked": "",
        "post_type": 1,
        "deleted_at": "2026-11-26T10:00:00.000Z",
        "version": 1,
    }
    from bot.webhooks import to_event

    event = to_event("post_destroyed", {"post": payload})
    await engine.handle(event)
    assert await engine.store.get("summaries", "1") is None
    assert await engine.store.get("proposals", "topic:1") is None


async def test_deletions_recovery_and_topic_edits_from_the_forum_reach_the_features(
    sandbox, make_engine, unused_tcp_port
):
    """Discourse's own events, delivered by the sandbox: an author's withdrawal (post_edited with
    `user_deleted`, then post_destroyed), a moderator's deletion, a recovery, a new title (topic_edited)."""
    from bot.app import make_dispatcher
    from bot.dispatch import Dispatcher
    from bot.events import PostDeleted, PostEdited
    from bot.routing import Router
    from bot.webhooks import start_receiver
    from tests.conftest import KEY, Clock

    seen: list[object] = []
    probe = Router("probe")

    @probe.on(PostEdited)
    @probe.on(PostDeleted)
    async def record(event, ctx) -> list:
        seen.append(event)
        return []

    engine = await make_engine(sandbox, clock=Clock())
    engine.dispatcher = Dispatcher([*make_dispatcher().routers, probe])
    await engine.run_once()
    start = engine.clock().astimezone(engine.settings.tz).replace(hour=18, minute=0) + __import__("datetime").timedelta(
        days=3
    )
    sandbox.set_user("membre", trust_level=2)
    announce = sandbox.create_post(
        "membre",
        f"Visio de lancement le {start:%d/%m/%Y} à 18h00, lien : https://meet.jit.si/lancement-du-projet",
        title="Lancement du projet commun",
        category_id=1,
    )
    other = sandbox.create_post("membre", "Une réponse qu'un modérateur retirera.", topic_id=announce["topic_id"])
    await engine.run_once()
    assert await engine.store.items("meetings")
    assert [t for t in await engine.store.timers() if t["name"] == "meetings.reminder"]
    port = unused_tcp_port
    secret = "a-webhook-secret-of-some-length"
    settings = load_settings(None, webhooks={"enabled": True, "host": "127.0.0.1", "port": port, "secret": secret})
    runner = await start_receiver(settings, engine.put)
    try:
        sandbox.add_webhook(f"http://127.0.0.1:{port}/webhooks/discourse", secret)
        sandbox.forum.delete_post(announce["id"], "membre")  # the author withdraws the announcement
        sandbox.forum.delete_post(other["id"], "moderateur")
        sandbox.forum.edit_topic(1, "moderateur", title="Suites de la politique tiers-lieux, version longue")
        sandbox.forum.recover_post(other["id"], "moderateur")
        await sandbox.webhooks.drain()
        await asyncio.sleep(0.3)
        from bot.engine import PassReport

        await engine.drain_queue(PassReport())
    finally:
        await runner.cleanup()
    deleted = {e.post.id for e in seen if isinstance(e, PostDeleted)}
    assert deleted == {announce["id"], other["id"]}
    assert not any(r.get("post_id") == announce["id"] for r in (await engine.store.items("meetings")).values())
    assert not [t for t in await engine.store.timers() if t["name"] == "meetings.reminder"]  # gone with it
    edits = [e for e in seen if isinstance(e, PostEdited)]
    assert [(e.post.topic_id, e.post.post_number) for e in edits] == [
        (1, 1),  # a new title reaches the features as an edit of the opening post
        (announce["topic_id"], 2),  # the recovered reply comes back
    ]
    assert edits[0].post.topic_title == "Suites de la politique tiers-lieux, version longue"
    assert KEY not in json.dumps([d.body.decode() for d in sandbox.webhooks.deliveries])


GOOD_POST = {
    "id": 9,
    "topic_id": 1,
    "post_number": 4,
    "username": "membre",
    "created_at": "2026-11-26T10:00:00.000Z",
    "raw": "@scribe aide",
    "cooked": "<p>@scribe aide</p>",
    "post_type": 1,
}


async def test_malformed_payloads_are_refused_at_the_edge(aiohttp_client):
    """Signed but malformed payloads get 400 and put nothing on the queue; a strange signature header is a 401."""
    queue: asyncio.Queue = asyncio.Queue()
    settings = load_settings(None, webhooks={"enabled": True, "secret": SECRET})
    client = await aiohttp_client(make_app(settings, queue.put_nowait))
    bodies = [
        {"post": {**GOOD_POST, "cooked": ["x"]}},
        {"post": {**GOOD_POST, "raw": 123}},
        {"post": {**GOOD_POST, "id": "9"}},
        {"post": "x"},
        ["not", "an", "object"],
        {"topic": {"id": "1"}},
        {"like": {"post": GOOD_POST, "user": {"username": 5}}},
    ]
    kinds = [
        "post_created",
        "post_created",
        "post_edited",
        "post_created",
        "post_created",
        "topic_edited",
        "post_liked",
    ]
    for i, (kind, payload) in enumerate(zip(kinds, bodies, strict=True)):
        body = json.dumps(payload).encode()
        headers = {
            "X-Discourse-Event": kind,
            "X-Discourse-Event-Id": str(100 + i),
            "X-Discourse-Event-Signature": signature(SECRET.encode(), body),
        }
        r = await client.post("/webhooks/discourse", data=body, headers=headers)
        assert r.status == 400, (kind, payload)
    body = json.dumps({"post": GOOD_POST}).encode()
    odd = {
        "X-Discourse-Event": "post_created",
        "X-Discourse-Event-Id": "200",
        "X-Discourse-Event-Signature": "sha256=é",
    }
    assert (await client.post("/webhooks/discourse", data=body, headers=odd)).status == 401
    assert queue.empty()


async def test_no_event_stops_the_engine(sandbox, make_engine, member, monkeypatch):
    """A post that breaks scribe's reading is logged and left behind; the next ones are answered."""
    import bot.dispatch

    engine = await make_engine(sandbox)
    await engine.run_once()
    real = bot.dispatch.parse_mention

    def fragile(post, bot_name):
        if "piège" in (post.raw or ""):
            raise RuntimeError("unreadable post")
        return real(post, bot_name)

    monkeypatch.setattr(bot.dispatch, "parse_mention", fragile)
    await member.create_post("@scribe aide — un message piège pour le robot", 1)
    await member.create_post("@scribe aide, que sais-tu faire ?", 1)
    await engine.run_once()
    [answer] = sandbox.posts_by("scribe")
    assert answer.reply_to_post_number == sandbox.topic_posts(1)[-2].post_number
