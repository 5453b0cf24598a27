"""The application: the one place that knows the features and composes them.

Adding a capability is a package under `handlers/` with a `router`, and one line in
`ROUTERS` below. The order is the routing order for mentions and ticks (first match
wins): the control commands first, help and the unknown-command answer last.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot import config
from bot.clients import make_forum, make_llm
from bot.config import Section, Settings
from bot.dispatch import Dispatcher
from bot.engine import Engine
from bot.forum import Forum
from bot.routing import Router
from bot.schedule import Schedule
from bot.store import Store
from handlers import control, digest, help, links, meetings, proposals, summaries

ROUTERS: tuple[Router, ...] = (
    control.router,
    links.router,
    meetings.router,
    proposals.router,
    summaries.router,
    digest.router,
    help.router,
)


def routers() -> list[Router]:
    return list(ROUTERS)


def sections() -> tuple[type[Section], ...]:
    return tuple(r.settings for r in ROUTERS if r.settings is not None)


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """The settings with every feature's section (see `bot.config.load_settings`)."""
    return config.load_settings(path, sections=sections(), **overrides)


def wanted_schedules(settings: Settings) -> list[Schedule]:
    return [s for r in ROUTERS for fn in r.schedules for s in fn(settings)]


def make_dispatcher() -> Dispatcher:
    return Dispatcher(routers())


def make_engine(settings: Settings, forum: Forum, store: Store, **kw: Any) -> Engine:
    return Engine(settings, forum, store, make_dispatcher(), wanted_schedules, **kw)


@asynccontextmanager
async def open_engine(settings: Settings, *, dry_run: bool = False, **kw: Any) -> AsyncIterator[Engine]:
    forum = make_forum(settings)
    store = await Store(settings.store.path).open()
    llm = make_llm(settings)
    try:
        yield make_engine(settings, forum, store, llm=llm, dry_run=dry_run, **kw)
    finally:
        if llm is not None and hasattr(llm, "close"):
            await llm.close()
        await forum.close()
        await store.close()
