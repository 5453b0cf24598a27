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
