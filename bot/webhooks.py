"""Discourse webhooks → the same events as polling, on the same queue.

The signature is checked on the raw body (`sha256=` + HMAC-SHA256 with the
webhook's secret); redeliveries repeat the Event-Id and are dropped; scribe's own
posts (the echo of its replies) stop here; the answer is sent at once and the work
happens in the engine, without a poll.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict

from bot.config import ConfigError, Settings
from bot.events import Event, PostCreated, PostDeleted, PostEdited, PostLiked, TopicEdited, changed
from bot.models import Post

log = logging.getLogger("scribe.webhooks")
Put = Callable[[Event], None]
PUT: web.AppKey[Put] = web.AppKey("put")
SECRET = web.AppKey("secret", bytes)
SEEN = web.AppKey("seen", OrderedDict)
SELF = web.AppKey("self", str)


def signature(secret: bytes, body: bytes) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


class HookPost(BaseModel):
    """The fields of a webhook's post scribe reads, with their types checked at the edge:
    a payload of another shape is refused (400) and never reaches the engine."""

    model_config = ConfigDict(extra="allow", strict=True)
    id: int
    topic_id: int
    post_number: int
    username: str
    raw: str | None = None
    cooked: str | None = None
    created_at: str | None = None
    version: int = 1
    post_type: int = 1
    reply_to_post_number: int | None = None
    topic_title: str | None = None
    topic_slug: str | None = None
    topic_archetype: str | None = None
    category_id: int | None = None


def _post(value: Any) -> Post:
    return Post.from_json(HookPost.model_validate(value).model_dump())


def to_event(kind: str, payload: Any) -> Event | None:
    if not isinstance(payload, dict):
        raise ValueError("the payload is not a JSON object")
    if kind in ("post_created", "post_edited", "post_destroyed", "post_recovered") and "post" in payload:
        post = _post(payload["post"])
        if kind == "post_destroyed":
            return PostDeleted(post)
        event = changed(post)
        return PostCreated(post) if kind == "post_created" and isinstance(event, PostEdited) else event
    if kind == "topic_edited" and "topic" in payload:
        topic_id = payload["topic"]["id"] if isinstance(payload["topic"], dict) else None
        if not isinstance(topic_id, int) or isinstance(topic_id, bool):
            raise ValueError("topic.id is not a number")
        return TopicEdited(topic_id)
    if kind == "post_liked" and "like" in payload:
        like = payload["like"]
        username = like["user"]["username"]
        if not isinstance(username, str):
            raise ValueError("like.user.username is not a string")
        return PostLiked(_post(like["post"]), username)
    return None


async def receive(request: web.Request) -> web.Response:
    body = await request.read()
    expected = signature(request.app[SECRET], body)
    given = request.headers.get("X-Discourse-Event-Signature", "").encode("utf-8", "surrogateescape")
    if not hmac.compare_digest(given, expected.encode()):
        log.warning("webhook.bad_signature", extra={"event_id": request.headers.get("X-Discourse-Event-Id")})
        raise web.HTTPUnauthorized(text="bad signature")
    event_id = request.headers.get("X-Discourse-Event-Id", "")
    seen = request.app[SEEN]
    if event_id and event_id in seen:
        return web.json_response({"ok": True, "duplicate": True})
    seen[event_id] = True
    while len(seen) > 10_000:
        seen.popitem(last=False)
    try:
        event = to_event(request.headers.get("X-Discourse-Event", ""), json.loads(body))
    except (ValueError, KeyError, TypeError) as exc:  # pydantic's ValidationError is a ValueError
        log.warning("webhook.refused", extra={"event_id": event_id, "why": type(exc).__name__})
        raise web.HTTPBadRequest(text="unreadable payload") from None
    if event is not None and not _own(event, request.app[SELF]):
        request.app[PUT](event)
    return web.json_response({"ok": True})


def _own(event: Event, bot: str) -> bool:
    """scribe's own new post or edit: nothing to answer (a like of it still counts)."""
    return isinstance(event, PostCreated | PostEdited) and event.post.username.lower() == bot


def make_app(settings: Settings, put: Put) -> web.Application:
    """The receiver; every event it reads is handed to `put` (the engine's queue)."""
    secret = settings.webhooks.secret.get_secret_value() if settings.webhooks.secret else ""
    if len(secret) < 12:
        raise ConfigError(
            "webhooks.secret must be set (at least 12 characters) when webhooks are enabled. "
            "Fix: set SCRIBE_WEBHOOK_SECRET to the secret of the Discourse webhook."
        )
    app = web.Application()
    app[PUT] = put
    app[SECRET] = secret.encode()
    app[SEEN] = OrderedDict()
    app[SELF] = settings.forum.username.lower()
    app.router.add_post(settings.webhooks.path, receive)
    return app


async def start_receiver(settings: Settings, put: Put) -> web.AppRunner:
    runner = web.AppRunner(make_app(settings, put))
    await runner.setup()
    await web.TCPSite(runner, settings.webhooks.host, settings.webhooks.port).start()
    log.info(
        "webhook.listening",
        extra={"host": settings.webhooks.host, "port": settings.webhooks.port, "path": settings.webhooks.path},
    )
    return runner
