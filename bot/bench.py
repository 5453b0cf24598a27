"""`scribe bench`: the figures, one `name value unit` line each, measured on the sandbox forum.

The engine's figures (polling, reading a big topic, dispatching) are measured here; each
feature adds its own with `@router.bench` (see `bot.routing.Router.bench`), run in the
application's router order on the same big topic.
"""

from __future__ import annotations

import json
import resource
import tempfile
import time
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from bot import progress
from bot.app import load_settings, make_dispatcher, make_engine, routers
from bot.clients import make_forum
from bot.config import Settings
from bot.ctx import StaticForum
from bot.events import PostCreated
from bot.models import Topic
from bot.replay import Simulation
from bot.routing import Put
from bot.sandbox import Sandbox
from bot.store import Store

KEY = "bench-key"
SEED = Path(__file__).parent / "sandbox" / "data" / "seed-thread.json"


def emit(name: str, value: float, unit: str) -> None:
    print(f"{name} {value:g} {unit}", flush=True)


@lru_cache(maxsize=1)
def _seed_raws() -> tuple[str, ...]:
    return tuple(p["raw"] for p in json.loads(SEED.read_text(encoding="utf-8"))["posts"])


def _filler(i: int) -> str:
    """Real debate text: the seed thread's posts in turn, numbered so none is a duplicate."""
    raws = _seed_raws()
    return f"{raws[i % len(raws)]}\n\n(message {i})"


def _big_topic(sb: Sandbox, posts: int) -> int:
    names = [f"bench_{k:02d}" for k in range(12)]
    for n in names:
        sb.add_user(n)
    start = datetime.now(UTC) - timedelta(days=30)
    first = sb.create_post(
        names[0], _filler(0), title="Un très long débat pour mesurer scribe", category_id=1, created_at=start
    )
    for i in range(1, posts):
        sb.create_post(
            names[i % len(names)], _filler(i), topic_id=first["topic_id"], created_at=start + timedelta(minutes=i)
        )
    return int(first["topic_id"])


async def bench(load: str | None = None) -> dict[str, float]:
    figures: dict[str, float] = {}

    steps = progress.open_bar("forum figures", 4)

    def put(name: str, value: float, unit: str) -> None:
        figures[name] = value
        emit(name, value, unit)

    sb = Sandbox(api_key=KEY)
    sb.load(SEED)
    with tempfile.TemporaryDirectory() as tmp:
        async with sb.serve() as url:
            settings = load_settings(
                None, forum={"url": url, "api_key": KEY, "requests_per_minute": 600}, store={"path": f"{tmp}/b.db"}
            )
            forum = make_forum(settings)
            store = await Store(settings.store.path).open()
            engine = make_engine(settings, forum, store, echo=lambda s: None)
            try:
                await engine.run_once()
                sb.reset_requests()
                await engine.run_once()
                put("poll.idle.requests", sb.requests, "requests")
                steps.advance()

                for name in ("ana", "bruno", "chloe", "david"):
                    sb.add_user(name)
                for i in range(500):
                    sb.create_post(("ana", "bruno", "chloe", "david")[i % 4], _filler(i), topic_id=1)
                sb.reset_requests()
                events = await engine.poller.poll()
                put("poll.catchup500.requests", sb.requests, "requests")
                assert len(events) == 500, len(events)
                steps.advance()

                topic_id = sb.load(load) if load else _big_topic(sb, 690)
                sb.reset_requests()
                t0 = time.perf_counter()
                topic = await forum.topic(topic_id)
                put("topic.read690.requests", sb.requests, "requests")
                put("topic.read690.seconds", round(time.perf_counter() - t0, 3), "s")
                put("topic.read690.posts", len(topic.posts), "posts")
                steps.advance()
            finally:
                await forum.close()
                await store.close()
    await _dispatch_rate(topic, settings, put)
    steps.advance()
    steps.close()
    for figure in progress.track([f for r in routers() for f in r.benches], "features' figures"):
        await figure(topic, put)
    put("memory.peak_rss", round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1), "MB")
    return figures


async def _dispatch_rate(topic: Topic, settings: Settings, put: Put) -> None:
    """The real dispatcher on every post of the big topic, the forum and scribe's state in memory:
    the handlers' own cost, with their actions applied (`bot.replay.Simulation`)."""
    dispatcher = make_dispatcher()
    forum = StaticForum([topic])
    posts = [p for p in topic.posts if p.is_regular]
    warm_up = Simulation(dispatcher, settings, forum)
    for post in posts[:20]:
        await warm_up.feed(PostCreated(post), post.created_at)
    simulation = Simulation(dispatcher, settings, forum)
    t0 = time.perf_counter()
    for post in posts:
        await simulation.feed(PostCreated(post), post.created_at)
    elapsed = time.perf_counter() - t0
    put("dispatch.posts_per_s", round(len(posts) / elapsed, 1), "posts/s")


async def fuzz_bench(posts: int, seed: int = 20261201) -> int:
    """Output hygiene: `posts` adversarial posts through every handler (`bot.fuzz`), every
    write audited as Discourse would cook it. Returns the number of findings (crashes, pings,
    HTML, member BBCode, foreign links): 0 is the only good figure."""
    from bot.fuzz import run

    t0 = time.perf_counter()
    report = await run(posts, seed)
    elapsed = time.perf_counter() - t0
    volumes = {"fuzz.posts": "posts", "fuzz.writes": "writes"}
    findings = 0
    for name, value in report.figures().items():
        emit(name, value, volumes.get(name, "findings"))
        findings += 0 if name in volumes else value
    emit("fuzz.seconds", round(elapsed, 1), "s")
    for example in report.examples:
        print("# " + example.replace("\n", "\n# "), flush=True)
    return findings
