"""`scribe bench` figures of the proposals feature: how fast a big topic's proposals are ranked.

The package registers them on its router (`router.bench(bench.figures(rank_proposals))`):
the ranking function comes in as an argument, so this module does not import the package.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from bot.config import load_settings
from bot.ctx import Ctx, ReadOnlyMemory, StaticForum
from bot.i18n import Messages
from bot.models import Topic
from bot.routing import BenchFn, Put
from bot.state import MemoryState
from bot.text import analyse
from handlers.proposals.settings import ProposalsSettings

Rank = Callable[[Topic, Ctx], Awaitable[list[Any]]]


def figures(rank: Rank) -> BenchFn:
    """`proposals.posts_per_s` and `proposals.found690`: every proposal of the topic ranked
    once, with the posts already read (`analyse`) and nothing in memory."""

    async def proposals_rate(topic: Topic, put: Put) -> None:
        settings = load_settings(None, sections=(ProposalsSettings,), language="fr")
        ctx = Ctx(
            settings,
            StaticForum([topic]),
            ReadOnlyMemory(MemoryState()),
            datetime.now(UTC),
            None,
            Messages(settings.language),
        )
        for p in topic.posts:
            analyse(p)
        t0 = time.perf_counter()
        found = await rank(topic, ctx)
        elapsed = time.perf_counter() - t0
        put("proposals.posts_per_s", round(len(topic.posts) / elapsed, 1), "posts/s")
        put("proposals.found690", len(found), "proposals")

    return proposals_rate
