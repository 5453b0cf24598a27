"""Shared fixtures for the sandbox forum tests (real HTTP on localhost)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import aiohttp
import jsonschema
import pytest

from bot.sandbox import Sandbox

DATA = Path(__file__).parent / "data"
SCHEMAS = Path(__file__).parent / "schemas"
KEY = "sandbox-key"


class FakeClock:
    """An injectable UTC clock that only moves when told to."""

    def __init__(self, start: datetime | None = None):
        self.now = start or datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw) -> None:
        self.now += timedelta(**kw)


def validate(schema_name: str, data) -> None:
    schema = json.loads((SCHEMAS / f"{schema_name}.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sb(clock) -> Sandbox:
    sandbox = Sandbox(api_key=KEY, clock=clock)
    sandbox.seed_topic_id = sandbox.load(DATA / "seed-thread.json")
    return sandbox


@pytest.fixture
async def url(sb):
    async with sb.serve() as base:
        yield base


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
async def api(url):
    async with aiohttp.ClientSession(url, timeout=aiohttp.ClientTimeout(total=10)) as s:
        yield Api(s)
