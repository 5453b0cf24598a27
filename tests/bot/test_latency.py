"""Latency without waste: scribe's own posts stop at the webhook receiver; polling speeds up after
activity and slows down while the forum is quiet."""

from __future__ import annotations

import asyncio
import json

from bot.app import load_settings
from bot.webhooks import make_app, signature

SECRET = "a_secret_of_the_webhook"


def _delivery(event_id: int, username: str) -> tuple[bytes, dict[str, str]]:
    post = {
        "id": 100 + event_id,
        "topic_id": 1,
        "post_number": event_id,
        "username": username,
        "created_at": "2026-11-26T10:00:00.000Z",
        "raw": "Bonjour @membre, voici le lien.",
        "cooked": "<p>Bonjour</p>",
        "post_type": 1,
    }
    body = json.dumps({"post": post}, separators=(",", ":")).encode()
    headers = {
        "X-Discourse-Event": "post_created",
        "X-Discourse-Event-Type": "post",
        "X-Discourse-Event-Id": str(event_id),
        "X-Discourse-Event-Signature": signature(SECRET.encode(), body),
        "Content-Type": "application/json",
    }
    return body, headers


async def test_scribes_own_posts_stop_at_the_receiver(aiohttp_client):
    queue: asyncio.Queue = asyncio.Queue()
    settings = load_settings(None, webhooks={"enabled": True, "secret": SECRET})
    client = await aiohttp_client(make_app(settings, queue.put_nowait))
    for event_id, username in ((1, "Scribe"), (2, "membre")):
        body, headers = _delivery(event_id, username)
        assert (await client.post("/webhooks/discourse", data=body, headers=headers)).status == 200
    assert queue.qsize() == 1
    assert queue.get_nowait().post.username == "membre"


async def test_polling_speeds_up_after_activity_and_slows_down_when_quiet(sandbox, make_engine):
    engine = await make_engine(sandbox, forum={"poll_seconds": 30})
    assert engine.next_poll(30, found=3) == 5
    delays = [5.0]
    for _ in range(8):
        delays.append(engine.next_poll(delays[-1], found=0))
    assert delays == sorted(delays) and delays[-1] == 30
    hooked = await make_engine(sandbox, forum={"poll_seconds": 30}, webhooks={"enabled": True, "secret": SECRET})
    assert hooked.next_poll(10, found=2) == 30
    assert hooked.next_poll(600, found=0) == 120
