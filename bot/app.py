"""Assembling scribe from its settings: forum client, store, LLM, engine."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.config import ConfigError, Settings
from bot.engine import Engine
from bot.forum import Forum
from bot.models import Topic
from bot.store import Store
from bot.topicfile import load_topic_file


def make_forum(settings: Settings) -> Forum:
    if not settings.forum.url:
        raise ConfigError(
            'forum.url is not set. Fix: write url = "https://forum.example.org/" under [forum] in your config file '
            "or set SCRIBE_FORUM_URL; to try scribe without a forum, run `scribe demo`."
        )
    key = settings.forum.api_key.get_secret_value() if settings.forum.api_key else None
    return Forum(
        settings.forum.url,
        settings.forum.username,
        key,
        timeout=settings.forum.timeout_seconds,
        requests_per_minute=settings.forum.requests_per_minute,
    )


def make_llm(settings: Settings) -> Any:
    """The LLM client when an endpoint is configured, else None (the offline summariser)."""
    try:
        from bot.llm import Llm
    except ImportError:
        return None
    return Llm.from_settings(settings)


@asynccontextmanager
async def open_engine(settings: Settings, *, dry_run: bool = False, **kw: Any) -> AsyncIterator[Engine]:
    forum = make_forum(settings)
    store = await Store(settings.store.path).open()
    llm = make_llm(settings)
    try:
        yield Engine(settings, forum, store, llm=llm, dry_run=dry_run, **kw)
    finally:
        if llm is not None and hasattr(llm, "close"):
            await llm.close()
        await forum.close()
        await store.close()


def topic_ref(ref: str) -> int | Path:
    """TOPIC: a topic id, a topic URL (…/t/slug/123…), or a topic JSON file."""
    if Path(ref).is_file():
        return Path(ref)
    if ref.isdigit():
        return int(ref)
    m = re.search(r"/t/(?:[^/]+/)?(\d+)", ref)
    if m:
        return int(m.group(1))
    raise ConfigError(f"{ref!r} is neither a topic id, a topic URL nor a topic JSON file")


async def load_topic(ref: str, settings: Settings) -> tuple[Topic, Forum | None]:
    target = topic_ref(ref)
    if isinstance(target, Path):
        return load_topic_file(target), None
    forum = make_forum(settings)
    return await forum.topic(target), forum
