"""Shared fixtures: the sandbox forum on localhost, clients as forum users, a scribe engine over HTTP."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import jsonschema
import pytest

from bot import app
from bot.config import Settings
from bot.engine import Engine
from bot.forum import Forum
from bot.sandbox import Sandbox
from bot.store import Store

DATA = Path(__file__).parent / "data"
SCHEMAS = Path(__file__).parent / "schemas"
KEY = "sandbox-key"


class Clock:
    """An injected UTC clock: tests move time instead of waiting for it."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


async def run_settled(engine: Engine) -> None:
    """scribe reads the forum, then again once the settle delay of the link requests it read is over
    (`[links] settle_minutes`), and once the delay before asking an announcer is (`ask_after_minutes`), nobody
    posting meanwhile: the engine's clock is a `Clock`."""
    from handlers.links.settings import LinksSettings

    links = engine.settings.of(LinksSettings)
    await engine.run_once()
    engine.clock.advance(minutes=links.settle_minutes)  # type: ignore[attr-defined]
    await engine.run_once()
    if links.ask_after_minutes > links.settle_minutes:
        engine.clock.advance(minutes=links.ask_after_minutes - links.settle_minutes)  # type: ignore[attr-defined]
        await engine.run_once()


async def started_again(engine: Engine, make_engine: Callable[..., Any], sandbox: Sandbox, clock: Clock) -> Engine:
    """scribe stopped (as a killed process, its connections dropped) and started again on the same store."""
    await engine.forum.close()
    await engine.store.close()
    return await make_engine(sandbox, clock=clock)


def validate(schema_name: str, data) -> None:
    schema = json.loads((SCHEMAS / f"{schema_name}.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
async def make_sandbox() -> AsyncIterator[Callable[..., Awaitable[Sandbox]]]:
    """Served sandbox forums, seeded with the seed thread unless `seed=False`; all stopped at teardown."""
    async with AsyncExitStack() as served:

        async def make(clock: Callable[[], datetime] | None = None, *, seed: bool = True) -> Sandbox:
            sb = Sandbox(api_key=KEY, clock=clock)
            if seed:
                sb.seed_topic_id = sb.load(DATA / "seed-thread.json")  # type: ignore[attr-defined]
            await served.enter_async_context(sb.serve())
            return sb

        yield make


@pytest.fixture
async def sandbox(make_sandbox: Callable[..., Awaitable[Sandbox]], clock: Clock) -> Sandbox:
    """The sandbox forum, seeded and served, on the `clock` fixture."""
    return await make_sandbox(clock)


class Api:
    """Tiny helper: requests as a given forum user with the sandbox key."""

    def __init__(self, session: aiohttp.ClientSession):
        self.s = session

    def headers(self, user: str | None, key: str = KEY) -> dict:
        if user is None:
            return {}
        return {"Api-Key": key, "Api-Username": user}

    async def call(self, method: str, path: str, user: str | None = "scribe", key: str = KEY, **kw):
        async with self.s.request(method, path, headers=self.headers(user, key), allow_redirects=False, **kw) as r:
            body = await r.read()
            return r, body

    async def json(self, method: str, path: str, user: str | None = "scribe", expect: int = 200, **kw):
        r, body = await self.call(method, path, user, **kw)
        assert r.status == expect, (r.status, body[:500])
        assert r.headers["Content-Type"] == "application/json; charset=utf-8"
        return json.loads(body)

    async def get(self, path, user="scribe", expect=200, **kw):
        return await self.json("GET", path, user, expect, **kw)

    async def post(self, path, user="scribe", expect=200, **kw):
        return await self.json("POST", path, user, expect, **kw)

    async def put(self, path, user="scribe", expect=200, **kw):
        return await self.json("PUT", path, user, expect, **kw)


@pytest.fixture
async def api(sandbox: Sandbox) -> AsyncIterator[Api]:
    async with aiohttp.ClientSession(sandbox.url, timeout=aiohttp.ClientTimeout(total=10)) as s:
        yield Api(s)


async def no_sleep(seconds: float) -> None:
    """Client retries record their waits instead of spending them."""
    no_sleep.waits.append(seconds)  # type: ignore[attr-defined]


no_sleep.waits = []  # type: ignore[attr-defined]


@pytest.fixture
def settings_for(tmp_path: Path) -> Callable[..., Settings]:
    def make(sb: Sandbox, **overrides: Any) -> Settings:
        base: dict[str, Any] = {
            "language": "fr",
            "forum": {"url": sb.url, "api_key": KEY},
            "store": {"path": str(tmp_path / "scribe.db")},
        }
        for k, v in overrides.items():
            base[k] = {**base.get(k, {}), **v} if isinstance(v, dict) else v
        return app.load_settings(None, **base)

    return make


@pytest.fixture
async def make_engine(settings_for: Callable[..., Settings]) -> AsyncIterator[Callable[..., Any]]:
    opened: list[tuple[Forum, Store]] = []

    async def make(sb: Sandbox, clock: Clock | None = None, **overrides: Any) -> Engine:
        """An engine on `sb`; without `clock` it reads the forum's own clock."""
        settings = settings_for(sb, **overrides)
        forum = Forum(sb.url, settings.forum.username, KEY, sleep=no_sleep)
        store = await Store(settings.store.path).open()
        opened.append((forum, store))
        return app.make_engine(settings, forum, store, clock=clock or sb.clock, echo=lambda s: None)

    yield make
    for forum, store in opened:
        await forum.close()
        await store.close()


@pytest.fixture
async def member(sandbox: Sandbox) -> AsyncIterator[Forum]:
    """The forum as the member `membre` sees it, through scribe's own client."""
    async with Forum(sandbox.url, "membre", KEY) as f:
        yield f
