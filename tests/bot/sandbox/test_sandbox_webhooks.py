"""Webhooks signed like Discourse's, delivered to a local receiver."""

import hashlib
import hmac
import json

from aiohttp import web

from bot.sandbox.webhooks import signature

SECRET = "my_lovely_secret_for_web_hook"


def test_signature_test_vector():
    assert signature(SECRET, b'{"ping":"OK"}') == (
        "sha256=162f107f6b5022353274eb1a7197885cfd35744d8d08e5bcea025d309386b7d6"
    )


async def test_post_created_edited_liked_are_delivered(sandbox, aiohttp_server):
    received = []

    async def hook(request):
        received.append((dict(request.headers), await request.read()))
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/hook", hook)
    server = await aiohttp_server(app)
    sandbox.add_webhook(str(server.make_url("/hook")), secret=SECRET)

    post = sandbox.create_post("membre", "Bonjour @scribe, une question sur la visio.", topic_id=sandbox.seed_topic_id)
    sandbox.edit_post(post["id"], "Bonjour @scribe, une question sur la visio de mercredi.", username="membre")
    sandbox.like(post["id"], "moderateur")
    await sandbox.webhooks.drain()

    assert [h["X-Discourse-Event"] for h, _ in received] == ["post_created", "post_edited", "post_liked"]
    assert [h["X-Discourse-Event-Type"] for h, _ in received] == ["post", "post", "like"]
    ids = [int(h["X-Discourse-Event-Id"]) for h, _ in received]
    assert ids == sorted(ids) and len(set(ids)) == 3
    for headers, body in received:
        expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        assert headers["X-Discourse-Event-Signature"] == expected
        assert headers["X-Discourse-Instance"] == sandbox.url.rstrip("/")
        assert b": " not in body and b", " not in body[:50]  # compact JSON
    created = json.loads(received[0][1])["post"]
    assert created["raw"].startswith("Bonjour @scribe") and created["topic_archetype"] == "regular"
    assert "actions_summary" not in created and "yours" not in created
    liked = json.loads(received[2][1])["like"]
    assert liked["user"]["username"] == "moderateur" and liked["post"]["id"] == post["id"]
    # redelivery resends identical bytes and headers
    again = await sandbox.webhooks.redeliver(ids[0])
    assert again.status == 200 and received[-1][1] == received[0][1]
    assert received[-1][0]["X-Discourse-Event-Id"] == str(ids[0])
