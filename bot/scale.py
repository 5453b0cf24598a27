"""`scribe bench --scale`: scribe on a forum of 100,000 posts, behind Discourse's limiter.

The sandbox forum is built in this process (2,000 topics, one of 10,000 posts, likes, meetings,
link requests) and served with Discourse's limiter (60 requests a minute shared by the admin
keys). Each phase runs scribe in a child process, so its peak memory is scribe's own:

- catch-up: scribe's cursor set, then 5,000 new posts read and handled in one pass;
- proposals: `@scribe propositions` on a topic of 1,000 posts, half of them liked, then on the
  topic of 10,000 posts (a mega topic: Discourse lists no id stream for it);
- preview: `scribe preview` of the 10,000-post topic, read from the forum;
- growth: CPU per post to rank the proposals of a 1,000- and a 10,000-post topic of the seed's
  long posts, raw and cooked, made and read page by page as the forum serves them (the feature's
  own figure), and that process's peak memory;
- dispatch: an ordinary post handled with 0 and with 10,000 meetings stored;
- webhook: mentions delivered by webhook, answered in real time at the default budget;
- run --once: an idle `scribe run --once`, the whole process.

Each phase runs on a forum clock (`ForumClock`), which the limiter and scribe's pacer share: the
time scribe spends waiting for the limit (its pacer, a Retry-After) passes `time_scale` times
faster, everything else (scribe's CPU, the sandbox's answers) at its real duration.
`seconds_at_60rpm` is the phase's duration on that clock, what it takes against a forum at 60
requests a minute but for a real forum's own answering time; `waited_s` is its part spent waiting
for the limit, `cpu_s` scribe's CPU time. A clock scaled throughout would also multiply scribe's
work and the machine's load by `time_scale` (a phase of 10 requests and 0.7 s of CPU read 7 to
35 s on the same machine). `--quick` builds a forum ten times smaller and runs the same phases in
about a minute.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import resource
import signal
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.sandbox import Sandbox
from bot.sandbox.state import ForumState, PostRecord, TopicRecord

KEY = "scale-key"
SECRET = "scale-webhook-secret"
SEED = Path(__file__).parent / "sandbox" / "data" / "seed-thread.json"
MEMBERS = [f"membre_{k:02d}" for k in range(60)]


@dataclass(frozen=True)
class Size:
    posts: int = 100_000
    topics: int = 2_000
    big: int = 10_000
    catchup: int = 5_000
    proposals: int = 1_000
    meetings: int = 10_000
    link_requests: int = 10
    mentions: int = 20
    time_scale: float = 10.0
    limit_per_minute: int = 60


FULL = Size()
QUICK = Size(posts=10_000, topics=200, big=2_000, catchup=1_000, proposals=200, meetings=2_000, mentions=8)


def emit(name: str, value: float, unit: str) -> None:
    print(f"{name} {value:g} {unit}", flush=True)


@lru_cache(maxsize=1)
def _paragraphs() -> tuple[str, ...]:
    """Debate text: the first paragraph of each post of the seed thread, those that speak of
    links left out (that thread is about a missing link: the link requests are placed apart)."""
    posts = json.loads(SEED.read_text(encoding="utf-8"))["posts"]
    firsts = (p["raw"].strip().split("\n\n")[0][:400] for p in posts)
    return tuple(t for t in firsts if not any(w in t.lower() for w in ("lien", "link", "http", "@", "inscri")))


class Builder:
    """Writes the forum's records directly (the API's validations are not what is measured)."""

    def __init__(self, sb: Sandbox, seed: int = 7) -> None:
        self.sb = sb
        self.forum: ForumState = sb.forum
        self.rng = random.Random(seed)
        self._cooked: dict[str, str] = {}

    def cooked(self, raw: str) -> str:
        if raw not in self._cooked:
            self._cooked[raw] = self.forum.cook(raw)
        return self._cooked[raw]

    def topic(self, title: str, at: datetime, category_id: int = 1) -> TopicRecord:
        forum = self.forum
        return forum.insert_topic(TopicRecord(forum.next_topic_id(), title, f"sujet-{title[-6:]}", category_id, 1, at))

    def post(self, topic: TopicRecord, username: str, raw: str, at: datetime, suffix: str = "") -> PostRecord:
        forum = self.forum
        number = len(topic.post_ids) + 1
        cooked = self.cooked(raw) + (f"<p>{suffix}</p>" if suffix else "")
        record = PostRecord(
            forum.next_post_id(), topic.id, number, username, raw + (f"\n\n{suffix}" if suffix else ""), cooked, at, at
        )
        return forum.insert_post(record)

    def filler(self, topic: TopicRecord, at: datetime) -> PostRecord:
        raw = self.rng.choice(_paragraphs())
        return self.post(topic, self.rng.choice(MEMBERS), raw, at, f"(message {self.forum.next_post_id()})")

    def like(self, post: PostRecord, count: int, at: datetime) -> None:
        for name in self.rng.sample(MEMBERS, count):
            if name != post.username:
                post.likes.append((name, at))


def meeting_text(day: datetime, n: int) -> str:
    return f"Prochaine visio le {day:%d/%m/%Y} à 18h30 : https://meet.jit.si/tiers-lieux-{n}"


REQUEST = "Bonjour, où est le lien de la visio ? Je ne le trouve pas."
PROPOSAL = "Je propose que l'on ouvre le lieu le samedi matin pour l'atelier numéro {n}."


@dataclass
class Built:
    big: int
    proposals: int
    with_meeting: list[int]


def build(sb: Sandbox, size: Size) -> Built:
    """The forum before scribe's cursor: `posts - catchup` posts in `topics` topics."""
    for name in MEMBERS:
        sb.add_user(name)
    b = Builder(sb)
    now = datetime.now(UTC)
    start = now - timedelta(days=365)
    existing = size.posts - size.catchup
    big = b.topic("Le grand débat du réseau", start)
    proposals = b.topic("Nos propositions pour le lieu", start)
    others = [b.topic(f"Sujet du réseau {k:05d}", start + timedelta(hours=k)) for k in range(size.topics - 2)]
    rest = existing - size.big - size.proposals
    weights = [b.rng.paretovariate(1.3) for _ in others]
    total = sum(weights)
    counts = [max(1, int(rest * w / total)) for w in weights]
    counts[0] += rest - sum(counts)
    step = timedelta(days=365) / max(existing, 1)
    for k in range(size.big):
        b.filler(big, start + step * k)
    for k in range(size.proposals):
        at = start + step * k
        raw = PROPOSAL.format(n=k)
        post = b.post(proposals, b.rng.choice(MEMBERS), raw, at) if k % 3 == 0 else b.filler(proposals, at)
        if k % 2 == 0:
            b.like(post, b.rng.randint(1, 6), at)
    with_meeting = []
    for topic, count in zip(others, counts, strict=True):
        for k in range(count):
            at = topic.created_at + step * k
            if k == 0 and b.rng.random() < 0.1:
                b.post(topic, b.rng.choice(MEMBERS), meeting_text(now + timedelta(days=20), topic.id), at)
                with_meeting.append(topic.id)
            else:
                post = b.filler(topic, at)
                if b.rng.random() < 0.05:
                    b.like(post, b.rng.randint(1, 3), at)
    b.post(big, MEMBERS[0], meeting_text(now + timedelta(days=20), big.id), now - timedelta(days=1))
    return Built(big.id, proposals.id, [big.id, *with_meeting])


def add_catchup(sb: Sandbox, size: Size, built: Built) -> None:
    """`catchup` new posts: a fifth in the big topic, the rest spread; some link requests, some
    meeting announcements, a few mentions of scribe."""
    b = Builder(sb, seed=11)
    forum = sb.forum
    now = datetime.now(UTC)
    topics = [t for t in forum.topics.values() if t.id != built.proposals]
    asking = [built.big, built.big, *b.rng.sample(built.with_meeting[1:], size.link_requests - 2)]
    special: dict[int, tuple[int, str]] = {}
    slots = b.rng.sample(range(size.catchup), size.link_requests + size.link_requests + 3)
    for slot, topic_id in zip(slots, asking, strict=False):
        special[slot] = (topic_id, REQUEST)
    for k, slot in enumerate(slots[size.link_requests : 2 * size.link_requests]):
        special[slot] = (b.rng.choice(topics).id, meeting_text(now + timedelta(days=10 + k), 90_000 + k))
    for slot in slots[2 * size.link_requests :]:
        special[slot] = (b.rng.choice(topics).id, "@scribe aide")
    for k in range(size.catchup):
        if k in special:
            topic_id, raw = special[k]
            forum.create_post(b.rng.choice(MEMBERS), raw, topic_id=topic_id, skip_validations=True)
            continue
        topic_id = built.big if k % 5 == 0 else b.rng.choice(topics).id
        raw = f"{b.rng.choice(_paragraphs())}\n\n(nouveau {k})"
        forum.create_post(b.rng.choice(MEMBERS), raw, topic_id=topic_id, skip_validations=True)


# --- the parent: the forum, the limiter, the phases ------------------------------------------


class Waits:
    """The real seconds a phase's scribe spent waiting on the forum's clock (its pacer, a
    Retry-After, a backoff), in a small file: the child writes it, the limiter in the parent reads
    it, so both keep the same forum time. Waits that overlap count once; a wait that oversleeps (a
    busy machine) counts its excess as ordinary time."""

    def __init__(self, path: str, scale: float) -> None:
        self.path = path
        self.scale = scale
        self.total = 0.0
        self.start = 0.0
        self.due = 0.0
        """When the waits under way end (0: none under way)."""
        self._sleepers = 0

    def reset(self) -> None:
        self._save()

    def load(self) -> None:
        self.total, self.start, self.due = struct.unpack("3d", Path(self.path).read_bytes())

    def _save(self) -> None:
        """Written aside then renamed: the parent never reads half a file."""
        Path(f"{self.path}.new").write_bytes(struct.pack("3d", self.total, self.start, self.due))
        os.replace(f"{self.path}.new", self.path)

    def waited(self, now: float) -> float:
        return self.total + (min(now, self.due) - self.start if self.due else 0.0)

    async def sleep(self, seconds: float) -> None:
        """Wait `seconds / scale` real seconds, counted as waited."""
        now = time.monotonic()
        real = seconds / self.scale
        if not self._sleepers:
            self.start, self.due = now, now + real
        self.due = max(self.due, now + real)
        self._sleepers += 1
        self._save()
        try:
            await asyncio.sleep(real)
        finally:
            self._sleepers -= 1
            if not self._sleepers:
                self.total += min(time.monotonic(), self.due) - self.start
                self.due = 0.0
            self._save()


class ForumClock:
    """The forum's time in a phase, in seconds from its start: real time, except that the time
    spent waiting on the forum's clock passes `scale` times faster. Scribe's own work (CPU, the
    sandbox's answers) counts at its real duration and its waits for the limiter at their forum
    duration, which is what a run against a real forum takes (the minutes of waiting, the
    seconds of work); a clock that ran `scale` times faster throughout would also multiply the
    work, and the load of the machine with it."""

    def __init__(self, waits: Waits) -> None:
        self.scale = waits.scale
        self.waits = waits
        self.t0 = time.monotonic()

    def seconds(self) -> float:
        now = time.monotonic()
        return now - self.t0 + (self.scale - 1) * self.waits.waited(now)

    def waited(self) -> float:
        """Forum seconds spent waiting so far."""
        return self.scale * self.waits.waited(time.monotonic())


async def child(phase: str, env: dict[str, str], **args: Any) -> dict[str, Any]:
    """One phase in a fresh Python process; its last output line is its JSON report."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.scale",
        phase,
        json.dumps(args),
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"phase {phase} failed ({proc.returncode})")
    return dict(json.loads(out.decode().strip().splitlines()[-1]))


def limit(sb: Sandbox, size: Size, scale: float, waits: str) -> None:
    """Discourse's limiter, a fresh window on a fresh forum clock (the child's waits from zero)."""
    clock = ForumClock(Waits(waits, scale))
    clock.waits.reset()
    d0 = datetime.now(UTC)

    def now() -> datetime:
        clock.waits.load()
        return d0 + timedelta(seconds=clock.seconds())

    sb.faults.limit(size.limit_per_minute, clock=now)


async def scale_bench(quick: bool = False) -> dict[str, float]:
    size = QUICK if quick else FULL
    figures: dict[str, float] = {}

    def put(name: str, value: float, unit: str) -> None:
        figures[name] = value
        emit(name, value, unit)

    t0 = time.perf_counter()
    sb = Sandbox(api_key=KEY)
    built = build(sb, size)
    put("scale.build.seconds", round(time.perf_counter() - t0, 1), "s")
    with tempfile.TemporaryDirectory() as tmp:
        async with sb.serve() as url:
            env = {
                "SCRIBE_FORUM_URL": url,
                "DISCOURSE_API_KEY": KEY,
                "SCRIBE_DB": f"{tmp}/scribe.db",
                "SCRIBE_WEBHOOK_SECRET": SECRET,
            }
            k = size.time_scale
            waits = f"{tmp}/waits"
            limit(sb, size, k, waits)
            await child("once", env, scale=k, waits=waits)
            add_catchup(sb, size, built)

            async def phase(name: str, kind: str = "once", **args: Any) -> dict[str, Any]:
                """One `scribe run --once` (or `kind`) behind a fresh limiter window: its requests,
                429s, forum time (and the part of it waited for the limit) and memory, as
                `scale.<name>.*`."""
                limit(sb, size, k, waits)
                sb.reset_requests()
                got = await child(kind, env, scale=k, waits=waits, **args)
                put(f"scale.{name}.requests", sb.requests, "requests")
                put(f"scale.{name}.refused", sb.faults.refused, "requests")
                put(f"scale.{name}.seconds_at_60rpm", round(got["forum_s"], 1), "s")
                put(f"scale.{name}.waited_s", round(got["waited_s"], 1), "s")
                put(f"scale.{name}.cpu_s", round(got["cpu_s"], 2), "s")
                put(f"scale.{name}.peak_rss_mb", got["rss_mb"], "MB")
                return got

            got = await phase(f"catchup{size.catchup}")
            put(f"scale.catchup{size.catchup}.posts_per_s", round(size.catchup / got["cpu_s"], 1), "posts/s")
            rss = got["rss_mb"]
            _breakdown(sb)

            sb.forum.create_post("membre_00", "@scribe propositions", topic_id=built.proposals, skip_validations=True)
            got = await phase(f"proposals{size.proposals}")
            rss = max(rss, got["rss_mb"])

            big = len(sb.forum.topics[built.big].post_ids) + 1
            sb.forum.create_post("membre_01", "@scribe propositions", topic_id=built.big, skip_validations=True)
            got = await phase(f"proposals{size.big}")
            put(f"scale.proposals{size.big}.ms_per_post", round(got["cpu_s"] * 1000 / big, 3), "ms")
            rss = max(rss, got["rss_mb"])

            got = await phase(f"preview{size.big}", "preview", topic=built.big)
            _breakdown(sb)
            put(f"scale.preview{size.big}.posts", got["posts"], "posts")
            put(f"scale.preview{size.big}.ms_per_post", round(got["cpu_s"] * 1000 / max(got["posts"], 1), 3), "ms")
            rss = max(rss, got["rss_mb"])

            sb.faults.limit(size.limit_per_minute)
            sb.faults.limit(size.limit_per_minute, clock=lambda: datetime.now(UTC))
            await webhook_phase(sb, size, env, put)

            sb.reset_requests()
            t = time.perf_counter()
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.cli", "run", "--once", env={**os.environ, **env}
            )
            await proc.wait()
            put("run_once.idle_s", round(time.perf_counter() - t, 2), "s")
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            put("run_once.idle_cpu_s", round(cpu, 2), "s")
            put("run_once.idle_requests", sb.requests, "requests")
    got = await child("growth", {})
    for name in ("1k", "10k"):
        put(f"growth.proposals.ms_per_post.{name}", got[name], "ms")
    put("scale.growth.peak_rss_mb", got["rss_mb"], "MB")
    put("scale.peak_rss_mb", max(rss, got["rss_mb"]), "MB")
    got = await child("dispatch", {}, meetings=[0, size.meetings])
    put("scale.dispatch_ms_per_post.meetings0", got["0"], "ms")
    put(f"scale.dispatch_ms_per_post.meetings{size.meetings}", got[str(size.meetings)], "ms")
    put("scale.total_seconds", round(time.perf_counter() - t0, 1), "s")
    return figures


async def webhook_phase(sb: Sandbox, size: Size, env: dict[str, str], put: Callable[..., None]) -> None:
    """Mentions delivered by webhook to a running scribe; the time until its reply is on the forum."""
    port = _free_port()
    sb.add_webhook(f"http://127.0.0.1:{port}/webhooks/discourse", SECRET)
    env = {**env, "SCRIBE_UNUSED_PORT": str(port)}
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.scale",
        "serve",
        json.dumps({"port": port}),
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
    )
    try:
        await _until(lambda: _listening(port), 20)
        await asyncio.sleep(1.0)
        topics = [t.id for t in sb.forum.topics.values() if t.post_ids][:200]
        latencies = []
        sb.reset_requests()
        for i in range(size.mentions):
            topic = sb.forum.topics[topics[i * 7 % len(topics)]]
            before = len(topic.post_ids)
            raw = f"@scribe aide (question {i})"
            sb.forum.create_post(MEMBERS[i % 60], raw, topic_id=topic.id, skip_validations=True)
            t = time.perf_counter()
            replied = await _until(lambda t=topic, n=before: _replied(sb, t, n), 60)  # type: ignore[misc]
            latencies.append(time.perf_counter() - t if replied else 60.0)
            await asyncio.sleep(1.5)
        requests = sb.requests
    finally:
        proc.send_signal(signal.SIGTERM)
        await proc.wait()
        sb.webhooks.hooks.clear()
    latencies.sort()
    put("latency.webhook.p50_s", round(latencies[len(latencies) // 2], 3), "s")
    put("latency.webhook.p95_s", round(latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))], 3), "s")
    put("latency.webhook.max_s", round(latencies[-1], 3), "s")
    put("latency.webhook.requests_per_mention", round(requests / size.mentions, 2), "requests")


def _breakdown(sb: Sandbox) -> None:
    """Where the requests went, by endpoint (on stderr, beside the figures)."""
    counts: dict[str, int] = {}
    for method, path in sb.request_log:
        parts = path.strip("/").split("/")
        name = f"{method} /{parts[0]}" + ("/…" if len(parts) > 1 else "")
        counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.items(), key=lambda x: -x[1])
    print("  requests: " + ", ".join(f"{k} {v}" for k, v in ranked), file=sys.stderr)


def _replied(sb: Sandbox, topic: TopicRecord, before: int) -> bool:
    return any(sb.forum.posts[i].username == "scribe" for i in topic.post_ids[before:])


async def _until(test: Callable[[], bool | Awaitable[bool]], seconds: float) -> bool:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        result = test()
        if isinstance(result, Awaitable):
            result = await result
        if result:
            return True
        await asyncio.sleep(0.01)
    return False


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _listening(port: int) -> bool:
    try:
        _, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        return False
    writer.close()
    return True


# --- the children -----------------------------------------------------------------------------


def _paced_forum(settings: Any, args: dict[str, Any]) -> tuple[Any, ForumClock]:
    """The forum client with its pacer on the phase's forum clock."""
    from bot.clients import make_forum

    forum = make_forum(settings)
    clock = ForumClock(Waits(str(args["waits"]), float(args["scale"])))
    forum.use_clock(lambda: clock.t0 + clock.seconds(), clock.waits.sleep)
    return forum, clock


def _timed(clock: ForumClock, cpu: float, forum_s: float, waited: float) -> dict[str, float]:
    """The phase's CPU seconds, forum seconds and forum seconds waited since the marks given."""
    return {
        "cpu_s": time.process_time() - cpu,
        "forum_s": clock.seconds() - forum_s,
        "waited_s": clock.waited() - waited,
    }


async def _once(args: dict[str, Any]) -> dict[str, Any]:
    from bot.app import load_settings, make_engine
    from bot.store import Store

    settings = load_settings(None)
    forum, clock = _paced_forum(settings, args)
    store = await Store(settings.store.path).open()
    engine = make_engine(settings, forum, store, echo=lambda s: None)
    try:
        marks = time.process_time(), clock.seconds(), clock.waited()
        report = await engine.run_once()
        timed = _timed(clock, *marks)
    finally:
        await forum.close()
        await store.close()
    return {**timed, "events": len(report.events), "rss_mb": _rss_mb()}


async def _preview(args: dict[str, Any]) -> dict[str, Any]:
    """`scribe preview` of a topic of the forum: the topic read whole, every feature's preview."""
    from bot.app import load_settings, make_dispatcher
    from bot.oneshot import Kit
    from bot.preview import preview

    settings = load_settings(None)
    forum, clock = _paced_forum(settings, args)
    kit = Kit(settings, forum=forum)
    try:
        marks = time.process_time(), clock.seconds(), clock.waited()
        result = await preview(str(args["topic"]), kit, make_dispatcher())
        timed = _timed(clock, *marks)
    finally:
        await kit.close()
        await forum.close()
    return {**timed, "posts": result["topic"]["posts"], "rss_mb": _rss_mb()}


async def _growth(args: dict[str, Any]) -> dict[str, Any]:
    """The proposals feature's own CPU figure (`growth.proposals.ms_per_post.*`: a 1,000- then a
    10,000-post topic ranked from scratch, page by page), in a process of its own for its peak
    memory: the imports, the readings the ranking keeps and a page of posts, not the topic's text."""
    from bot.app import routers
    from bot.models import Topic

    out: dict[str, Any] = {}

    def put(name: str, value: float, unit: str) -> None:
        out[name.rsplit(".", 1)[-1]] = value

    figures = [f for r in routers() if r.name == "proposals" for f in r.benches if f.__name__ == "growth"]
    for figure in figures:
        await figure(Topic(0, ""), put)
    return {**out, "rss_mb": _rss_mb()}


async def _serve(args: dict[str, Any]) -> dict[str, Any]:
    from bot.app import load_settings, open_engine

    settings = load_settings(None, webhooks={"enabled": True, "host": "127.0.0.1", "port": int(args["port"])})
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    async with open_engine(settings) as engine:
        await engine.run(stop)
    return {"rss_mb": _rss_mb()}


async def _dispatch(args: dict[str, Any]) -> dict[str, Any]:
    """ms per ordinary post through the engine (dispatch and commit), with N meetings stored."""
    from bot.actions import Remember
    from bot.app import load_settings, make_engine
    from bot.ctx import StaticForum
    from bot.events import PostCreated
    from bot.forum import Forum
    from bot.models import Post, Topic
    from bot.store import Store

    out: dict[str, Any] = {}
    now = datetime.now(UTC)
    raws = _paragraphs()
    for count in [0, *args["meetings"]]:  # the first run warms up (imports, caches) and is not kept
        with tempfile.TemporaryDirectory() as tmp:
            settings = load_settings(None, forum={"url": "http://127.0.0.1:9/"}, store={"path": f"{tmp}/d.db"})
            store = await Store(settings.store.path).open()
            engine = make_engine(settings, Forum("http://127.0.0.1:9/", "scribe", None), store, echo=lambda s: None)
            records = [Remember("meetings", r["id"], r) for r in (_meeting_record(now, i) for i in range(count))]
            for chunk in range(0, len(records), 1000):
                await store.apply(list(records[chunk : chunk + 1000]), now)
            posts = [
                Post.from_json(
                    {
                        "id": 500 + n,
                        "topic_id": 77,
                        "post_number": n + 1,
                        "username": MEMBERS[n % 60],
                        "raw": raws[n % len(raws)],
                        "cooked": f"<p>{raws[n % len(raws)]}</p>",
                        "created_at": now.isoformat(),
                        "topic_title": "Un sujet",
                        "category_id": 1,
                    }
                )
                for n in range(300)
            ]
            engine.view = StaticForum([Topic.from_json({"id": 77, "title": "Un sujet"}, posts)])  # type: ignore[assignment]
            for post in posts[:20]:
                await engine.handle(PostCreated(post))
            t = time.perf_counter()
            for post in posts[20:]:
                await engine.handle(PostCreated(post), batch=True)
            await engine.flush()
            out["warm-up" if "warm-up" not in out else str(count)] = round(
                (time.perf_counter() - t) * 1000 / (len(posts) - 20), 3
            )
            await store.close()
    return out


def _meeting_record(now: datetime, i: int) -> dict[str, Any]:
    """A meeting as the meetings feature stores it (memory namespace `meetings`), in topic 10000+i."""
    start = now + timedelta(days=i % 60 - 30, hours=i % 24)
    return {
        "id": f"{10_000 + i}-1-{start:%Y%m%dT%H%MZ}",
        "title": f"Réunion {i}",
        "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(hours=1)).isoformat(),
        "timezone": "Europe/Paris",
        "all_day": False,
        "link": f"https://meet.jit.si/r-{i}",
        "topic_id": 10_000 + i,
        "post_number": 1,
        "post_id": 1_000_000 + i,
        "author": "membre_00",
        "category_id": 1,
        "source": "post",
        "cancelled": False,
        "private": False,
        "offsets": [],
        "reminded": [],
    }


def _rss_mb() -> float:
    """This process's peak resident memory. `ru_maxrss` would not do: on Linux a child keeps,
    through fork and exec, the peak of the parent it was forked from (here the whole forum)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
    return round(kb / 1024, 1)


PHASES: dict[str, Callable[[dict[str, Any]], Coroutine[Any, Any, dict[str, Any]]]] = {
    "once": _once,
    "preview": _preview,
    "growth": _growth,
    "serve": _serve,
    "dispatch": _dispatch,
}


def main(argv: list[str]) -> int:
    phase, args = argv[0], json.loads(argv[1]) if len(argv) > 1 else {}
    import logging

    logging.basicConfig(level=logging.ERROR)
    print(json.dumps(asyncio.run(PHASES[phase](args))), flush=True)
    return 0


__all__ = ["FULL", "QUICK", "Size", "asdict", "scale_bench"]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
