"""Outgoing webhooks, signed like Discourse's (app/jobs/regular/emit_web_hook_event.rb).

Body: compact JSON ``{"<type>": payload}``; headers ``X-Discourse-Instance``,
``X-Discourse-Event-Id`` (increasing), ``X-Discourse-Event-Type``,
``X-Discourse-Event`` and, with a secret, ``X-Discourse-Event-Signature:
sha256=<hex HMAC-SHA256(secret, body)>``. Events: post_created, post_edited
(type ``post``) and post_liked (type ``like``). Deliveries are made on the
running event loop; ``await sandbox.webhooks.drain()`` waits for them.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from dataclasses import dataclass, field

import aiohttp

from . import serializers as ser
from .state import ForumState


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@dataclass
class WebHook:
    url: str
    secret: str | None = None
    events: set[str] | None = None  # None = every event


@dataclass
class Delivery:
    event_id: int
    event: str
    url: str
    headers: dict
    body: bytes
    status: int | None = None
    error: str | None = None


@dataclass
class WebHooks:
    forum: ForumState
    instance: str = "http://sandbox.localhost"
    hooks: list[WebHook] = field(default_factory=list)
    deliveries: list[Delivery] = field(default_factory=list)
    _next_id: int = 1
    _pending: list[Delivery] = field(default_factory=list)
    _tasks: set = field(default_factory=set)

    def __post_init__(self):
        self.forum.listeners.append(self._on_event)

    def add(self, url: str, secret: str | None = None, events=None) -> WebHook:
        hook = WebHook(url, secret, set(events) if events else None)
        self.hooks.append(hook)
        return hook

    def payload(self, event: str, data: dict) -> tuple[str, dict]:
        if event.startswith("topic_"):
            topic = data["topic"]
            return "topic", {"topic": ser.topic_hook_json(self.forum, topic)}
        post = data["post"]
        post_payload = ser.post_json(self.forum, post, self.forum.user("system"), "webhook")
        if event == "post_liked":
            return "like", {"like": {"post": post_payload, "user": ser.user_brief(data["liker"])}}
        return "post", {"post": post_payload}

    def _on_event(self, event: str, data: dict) -> None:
        if not self.hooks:
            return
        event_type, payload = self.payload(event, data)
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        for hook in self.hooks:
            if hook.events is not None and event not in hook.events:
                continue
            headers = {
                "Accept": "*/*",
                "Connection": "close",
                "Content-Type": "application/json",
                "User-Agent": "Discourse/3.4.0",
                "X-Discourse-Instance": self.instance,
                "X-Discourse-Event-Id": str(self._next_id),
                "X-Discourse-Event-Type": event_type,
                "X-Discourse-Event": event,
            }
            if hook.secret:
                headers["X-Discourse-Event-Signature"] = signature(hook.secret, body)
            d = Delivery(self._next_id, event, hook.url, headers, body)
            self._next_id += 1
            self.deliveries.append(d)
            self._pending.append(d)
        self._flush()

    def _flush(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop yet: sent by the next drain()
        while self._pending:
            task = loop.create_task(self._send(self._pending.pop(0)))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _send(self, d: Delivery) -> None:
        try:
            timeout = aiohttp.ClientTimeout(total=20)
            async with (
                aiohttp.ClientSession(timeout=timeout) as s,
                s.post(d.url, data=d.body, headers=d.headers) as r,
            ):
                d.status = r.status
        except Exception as e:
            d.error = repr(e)

    async def redeliver(self, event_id: int) -> Delivery:
        """Resend the same stored headers and body (same Event-Id and signature)."""
        old = next(d for d in self.deliveries if d.event_id == event_id)
        d = Delivery(old.event_id, old.event, old.url, dict(old.headers), old.body)
        self.deliveries.append(d)
        await self._send(d)
        return d

    async def drain(self) -> None:
        self._flush()
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
