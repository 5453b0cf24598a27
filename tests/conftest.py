"""Shared fixtures: a sandbox forum on localhost and a scribe engine talking HTTP to it."""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings, load_settings
from bot.engine import Engine
from bot.forum import Forum
from bot.sandbox import Sandbox
from bot.store import Store

DATA = Path(__file__).parent / "data"
KEY = "test-key"


class Clock:
    """An injected clock: tests move time instead of waiting for it."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime.now(timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


async def no_sleep(seconds: float) -> None:
    """Client retries record their waits instead of spending them."""
    no_sleep.waits.append(seconds)  # type: ignore[attr-defined]


no_sleep.waits = []  # type: ignore[attr-defined]


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    sb = Sandbox(api_key=KEY)
    sb.load(DATA / "seed-thread.json")
    async with sb.serve():
        yield sb


@pytest.fixture
def settings_for(tmp_path: Path) -> Callable[..., Settings]:
    def make(sb: Sandbox, **overrides: Any) -> Settings:
        base: dict[str, Any] = {"language": "fr", "forum": {"url": sb.url, "api_key": KEY}, "store": {"path": str(tmp_path / "scribe.db")}}
        for k, v in overrides.items():
            base[k] = {**base.get(k, {}), **v} if isinstance(v, dict) else v
        return load_settings(None, **base)

    return make


@pytest.fixture
async def make_engine(settings_for: Callable[..., Settings]) -> AsyncIterator[Callable[..., Any]]:
    opened: list[tuple[Forum, Store]] = []

    async def make(sb: Sandbox, clock: Clock | None = None, **overrides: Any) -> Engine:
        settings = settings_for(sb, **overrides)
        forum = Forum(sb.url, settings.forum.username, KEY, sleep=no_sleep)
        store = await Store(settings.store.path).open()
        opened.append((forum, store))
        return Engine(settings, forum, store, clock=clock or Clock(), echo=lambda s: None)

    yield make
    for forum, store in opened:
        await forum.close()
        await store.close()


@pytest.fixture
async def member(sandbox: Sandbox) -> AsyncIterator[Forum]:
    """The forum as the member `membre` sees it, through scribe's own client."""
    async with Forum(sandbox.url, "membre", KEY) as f:
        yield f
