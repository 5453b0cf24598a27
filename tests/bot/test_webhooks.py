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
