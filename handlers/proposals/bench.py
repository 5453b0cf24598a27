"""`scribe bench` figures of the proposals feature.

- `proposals.posts_per_s`, `proposals.found690`: the big topic ranked once, nothing in memory.
- `growth.proposals.ms_per_post.1k|10k`: CPU per post to read and group a 1,000- and a
  10,000-post topic (the seed's posts in turn, raw and cooked): flat when the work is linear.
  The topic comes page by page as the forum serves it (`synthetic_pages`: the topic view's
  first posts, then 200 a request), each page made when asked for and let go once read, so
  the figure covers making, reading and ranking every post and the process never holds the
  topic's whole text.
- `proposals.requests.1k`: requests from `@scribe propositions` to its answer on a
  1,000-post topic of the sandbox forum with likes, the limiter at Discourse's 60/min;
  `proposals.requests.1k.again`: the same question asked again.

The package hands in its functions (`figures(ranked, router)`), so this module does
not import the package.
"""

from __future__ import annotations

import json
import logging
import random
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

from bot.config import load_settings
from bot.ctx import Ctx, ReadOnlyMemory, StaticForum
from bot.forum import POST_IDS_PER_REQUEST
from bot.i18n import Messages
from bot.models import Post, Topic
from bot.routing import BenchFn, Put, Router
from bot.state import MemoryState
from bot.text import analyse
from handlers.proposals.settings import ProposalsSettings

log = logging.getLogger("scribe.bench")
Ranked = Callable[..., Awaitable[Any]]
SEED = Path(__file__).resolve().parents[2] / "bot" / "sandbox" / "data" / "seed-thread.json"
NAMES = tuple(f"membre_{k:02d}" for k in range(40))
TITLE = "Un très long débat"
INLINE_POSTS = 20
"""Posts the topic view carries inline, before the first page of ids."""


def _ctx(topic: Topic) -> Ctx:
    settings = load_settings(None, sections=(ProposalsSettings,), language="fr")
    return Ctx(settings, StaticForum([topic]), ReadOnlyMemory(MemoryState()), datetime.now(UTC), None, Messages("fr"))


def seed_raws() -> list[tuple[str, int]]:
    """The seed's posts (raw, like count), the text long debates are made of here."""
    data = json.loads(SEED.read_text(encoding="utf-8"))
    return [(p["raw"], int(p.get("like_count") or 0)) for p in data["posts"]]


def synthetic_topic(posts: int, topic_id: int = 900) -> Topic:
    """A topic of `posts` posts as the forum serves it (raw and cooked): the seed's posts in
    turn, each numbered so none is a copy."""
    return Topic(topic_id, TITLE, posts=tuple(_synthetic_posts(posts, topic_id)), posts_count=posts)


async def synthetic_pages(posts: int, topic_id: int = 900) -> AsyncIterator[Topic]:
    """`synthetic_topic` page by page as the forum delivers it (`ForumView.topic_pages`): the
    topic view's first posts, then `POST_IDS_PER_REQUEST` a page, each made when asked for."""
    made = _synthetic_posts(posts, topic_id)
    size = INLINE_POSTS
    while page := tuple(islice(made, size)):
        yield Topic(topic_id, TITLE, posts=page, posts_count=posts)
        size = POST_IDS_PER_REQUEST


def _synthetic_posts(posts: int, topic_id: int) -> Iterator[Post]:
    from bot.sandbox.cook import cook

    raws = seed_raws()
    cooked = [cook(raw) for raw, _ in raws]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(posts):
        raw, likes = raws[i % len(raws)]
        yield Post(
            id=topic_id * 100_000 + i + 1,
            topic_id=topic_id,
            post_number=i + 1,
            username=NAMES[i % len(NAMES)],
            created_at=start + timedelta(minutes=i),
            raw=f"{raw}\n\n(message {i})",
            cooked=f"{cooked[i % len(raws)]}\n<p>(message {i})</p>",
            like_count=likes,
        )


def figures(ranked: Ranked, router: Router) -> list[BenchFn]:
    async def rate(topic: Topic, put: Put) -> None:
        ctx = _ctx(topic)
        for p in topic.posts:
            analyse(p)
        t0 = time.perf_counter()
        found = (await ranked(topic, ctx)).proposals
        elapsed = time.perf_counter() - t0
        put("proposals.posts_per_s", round(len(topic.posts) / elapsed, 1), "posts/s")
        put("proposals.found690", len(found), "proposals")

    async def growth(topic: Topic, put: Put) -> None:
        for size, name in ((1000, "1k"), (10_000, "10k")):
            put(f"growth.proposals.ms_per_post.{name}", await cpu_ms_per_post(ranked, size), "ms")

    async def requests(topic: Topic, put: Put) -> None:
        first, again = await sandbox_requests(1000, router)
        put("proposals.requests.1k", first, "requests")
        put("proposals.requests.1k.again", again, "requests")

    return [rate, growth, requests]


async def cpu_ms_per_post(ranked: Ranked, size: int) -> float:
    """CPU milliseconds (every thread of the process) per post for a first ranking of a
    `size`-post topic, its posts read from scratch as they come, page by page (each page made
    then, as the forum path would parse it)."""
    topic_id = 800 + size % 97
    ctx = _ctx(Topic(topic_id, TITLE, posts_count=size))
    t0 = time.process_time()
    await ranked(synthetic_pages(size, topic_id), ctx)
    return round((time.process_time() - t0) * 1000 / size, 3)


async def sandbox_requests(posts: int, router: Router) -> tuple[int, int]:
    """Requests from a mention to scribe's answer, then for the same question again (the engine
    with this feature alone, so only its own requests and the engine's are counted)."""
    from bot.clients import make_forum
    from bot.dispatch import Dispatcher
    from bot.engine import Engine
    from bot.sandbox import Sandbox
    from bot.store import Store

    key = "bench-key"
    sb = Sandbox(api_key=key)
    rng = random.Random(7)
    for n in NAMES:
        sb.add_user(n)
    raws = seed_raws()
    start = datetime.now(UTC) - timedelta(days=30)
    first = sb.create_post(NAMES[0], raws[0][0], title="Un long débat pour compter les requêtes", category_id=1)
    topic_id = int(first["topic_id"])
    for i in range(1, posts):
        raw, likes = raws[i % len(raws)]
        made = sb.create_post(
            NAMES[i % len(NAMES)], f"{raw}\n\n(message {i})", topic_id=topic_id, created_at=start + timedelta(minutes=i)
        )
        for name in rng.sample([n for n in NAMES if n != NAMES[i % len(NAMES)]], min(likes, 8)):
            sb.like(made["id"], name)
    with tempfile.TemporaryDirectory() as tmp:
        async with sb.serve() as url:
            settings = load_settings(
                None,
                sections=(ProposalsSettings,),
                forum={"url": url, "api_key": key, "requests_per_minute": 60},
                store={"path": f"{tmp}/b.db"},
            )
            sb.faults.limit(60)
            forum = make_forum(settings)
            store = await Store(settings.store.path).open()
            engine = Engine(settings, forum, store, Dispatcher([router]), lambda _: [], echo=lambda _: None)
            try:
                await engine.run_once()
                counts = []
                for asker, words in (("membre_01", "@scribe propositions"), ("membre_02", "@scribe propositions ?")):
                    sb.create_post(asker, words, topic_id=topic_id)
                    answers = len(sb.posts_by("scribe"))
                    sb.reset_requests()
                    await engine.run_once()
                    counts.append(sb.requests)
                    log.info("bench.requests", extra={"paths": [p for _, p in sb.request_log]})
                    if len(sb.posts_by("scribe")) != answers + 1:
                        raise RuntimeError("scribe did not answer the mention")
            finally:
                await forum.close()
                await store.close()
    return counts[0], counts[1]
