"""The sandbox forum: a local Discourse-compatible HTTP server.

    from bot.sandbox import Sandbox
    sb = Sandbox(api_key="sandbox-key")
    topic_id = sb.load("tests/data/seed-thread.json")
    async with sb.serve() as url:       # "http://127.0.0.1:41234/"
        ...

The sandbox key acts for any username (an "All users" admin key).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from pathlib import Path

from aiohttp import web

from .admin import AdminState
from .faults import FaultPlan
from .loaders import load as _load
from .serializers import post_json
from .server import build_app
from .state import ForumState, PostRecord, SandboxError, SiteSettings, TopicRecord, UserRecord
from .uploads import Uploads
from .webhooks import WebHooks

__all__ = [
    "PostRecord",
    "Sandbox",
    "SandboxError",
    "SiteSettings",
    "TopicRecord",
    "UserRecord",
    "build_app",
    "run_sandbox",
]


class Sandbox:
    def __init__(
        self,
        api_key: str = "sandbox-key",
        clock: Callable[[], datetime] | None = None,
        settings: SiteSettings | None = None,
    ):
        self.api_key = api_key
        self.forum = ForumState(clock=clock, settings=settings)
        self.faults = FaultPlan(self.forum.clock)
        self.webhooks = WebHooks(self.forum)
        self.uploads = Uploads()
        self.admin = AdminState()
        self.requests = 0
        self.request_log: list[tuple[str, str]] = []
        self._memo: dict[str, tuple] = {}
        self.url: str | None = None

    # ------------------------------------------------------------------ clock/settings
    @property
    def clock(self) -> Callable[[], datetime]:
        return self.forum.clock

    @property
    def settings(self) -> SiteSettings:
        return self.forum.settings

    # ------------------------------------------------------------------ requests
    def _count(self, method: str, path: str) -> None:
        self.requests += 1
        self.request_log.append((method, path))

    def reset_requests(self) -> None:
        self.requests = 0
        self.request_log.clear()

    # ------------------------------------------------------------------ content
    def load(self, path: str | Path | dict) -> int:
        return _load(self.forum, path)

    def add_user(
        self,
        username: str,
        name: str | None = None,
        admin: bool = False,
        moderator: bool = False,
        trust_level: int = 1,
        groups=(),
        suspended: bool = False,
    ) -> UserRecord:
        return self.forum.add_user(
            username,
            name=name,
            admin=admin,
            moderator=moderator,
            trust_level=trust_level,
            groups=groups,
            suspended=suspended,
        )

    def set_user(self, username: str, **changes) -> UserRecord:
        return self.forum.set_user(username, **changes)

    def add_category(self, id: int, name: str, slug: str, read_restricted: bool = False, allowed_groups=()):
        return self.forum.add_category(id, name, slug, read_restricted, allowed_groups)

    def create_post(
        self,
        username: str,
        raw: str,
        topic_id: int | None = None,
        title: str | None = None,
        category_id: int | None = None,
        reply_to_post_number: int | None = None,
        archetype: str = "regular",
        target_recipients=None,
        created_at: datetime | None = None,
    ) -> dict:
        """Create a post with the same rules as ``POST /posts.json``; returns its JSON (create shape)."""
        post = self.forum.create_post(
            username,
            raw,
            topic_id=topic_id,
            title=title,
            category_id=category_id,
            reply_to_post_number=reply_to_post_number,
            archetype=archetype,
            target_recipients=target_recipients,
            created_at=created_at,
        )
        return post_json(self.forum, post, self.forum.user(username), "create")

    def edit_post(self, post_id: int, raw: str, username: str, edit_reason: str | None = None) -> dict:
        post = self.forum.edit_post(post_id, raw, username, edit_reason)
        return post_json(self.forum, post, self.forum.user(username), "update")

    def like(self, post_id: int, username: str) -> dict:
        post = self.forum.like(post_id, username)
        return post_json(self.forum, post, self.forum.user(username), "action")

    def add_webhook(self, url: str, secret: str | None = None, events=None):
        return self.webhooks.add(url, secret, events)

    # ------------------------------------------------------------------ inspection
    def posts_by(self, username: str) -> list[PostRecord]:
        return self.forum.posts_by(username)

    def topic_posts(self, topic_id: int) -> list[PostRecord]:
        return self.forum.topic_posts(topic_id)

    def topic(self, topic_id: int) -> TopicRecord:
        return self.forum.topics[int(topic_id)]

    # ------------------------------------------------------------------ serving
    def app(self) -> web.Application:
        return build_app(self)

    @contextlib.asynccontextmanager
    async def serve(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
        """Serve on a real TCP socket; yields the base URL (with a trailing slash)."""
        runner = web.AppRunner(self.app(), access_log=None, handler_cancellation=True)
        await runner.setup()
        handler = runner.server
        if handler is None:  # AppRunner.setup() has just made it
            raise RuntimeError("the aiohttp runner has no server")
        loop = asyncio.get_running_loop()
        sock = _listen(host, port)
        host, port = sock.getsockname()[:2]
        state: dict = {"server": await loop.create_server(handler, sock=sock)}

        def on_down():
            srv = state.pop("server", None)
            if srv is not None:
                srv.close()  # closes the listening socket: new connections are refused

        def on_up():
            if "server" in state:
                return
            new_sock = _listen(host, port)

            async def start():
                state["server"] = await loop.create_server(handler, sock=new_sock)

            state["starting"] = loop.create_task(start())

        self.faults._on_down.append(on_down)
        self.faults._on_up.append(on_up)
        self.url = f"http://{host}:{port}/"
        self.webhooks.instance = self.url.rstrip("/")
        try:
            if self.faults.is_down:
                on_down()
            yield self.url
        finally:
            self.faults._on_down.remove(on_down)
            self.faults._on_up.remove(on_up)
            if state.get("starting"):
                with contextlib.suppress(Exception):
                    await state["starting"]
            srv = state.pop("server", None)
            if srv is not None:
                srv.close()
            await self.webhooks.drain()
            await runner.cleanup()
            self.url = None


def _listen(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)  # listening now: connections queue even before the loop accepts them
    sock.setblocking(False)
    return sock


async def run_sandbox(
    port: int = 4200, loads: list[str] | None = None, api_key: str = "sandbox-key", host: str = "127.0.0.1"
) -> None:
    """Serve a sandbox forum until cancelled (the ``scribe sandbox`` command)."""
    sb = Sandbox(api_key=api_key)
    for path in loads or []:
        topic_id = sb.load(path)
        print(f"loaded {path} as topic {topic_id}", flush=True)
    async with sb.serve(host=host, port=port) as url:
        print(f"sandbox forum at {url}", flush=True)
        print(f"api key: {api_key}  (acts for any username: Api-Username: scribe)", flush=True)
        await asyncio.Event().wait()
