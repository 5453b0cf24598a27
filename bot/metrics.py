"""What `scribe run` tells a monitoring system: `/healthz` and Prometheus `/metrics`.

The counters live in scribe's own registry (not the process-wide default one), so several
engines in one process (tests, the benchmark) never clash.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    disable_created_metrics,
    generate_latest,
)

if TYPE_CHECKING:
    from aiohttp import web

log = logging.getLogger("scribe.metrics")
disable_created_metrics()  # no `_created` series: the counters alone say what happened
REGISTRY = CollectorRegistry()

REQUESTS = Counter(
    "scribe_forum_requests", "Requests made to the forum", ["method", "endpoint", "status"], registry=REGISTRY
)
RATE_LIMIT_WAIT = Counter(
    "scribe_forum_rate_limit_wait_seconds", "Seconds the forum asked scribe to wait (429)", registry=REGISTRY
)
EVENTS = Counter("scribe_events", "Events handled, by type", ["type"], registry=REGISTRY)
WRITES = Counter("scribe_writes", "Forum writes, by outcome (sent, deferred, failed)", ["outcome"], registry=REGISTRY)
OUTBOX_DEPTH = Gauge("scribe_outbox_depth", "Writes waiting to be sent", registry=REGISTRY)
POLL_LAG = Gauge("scribe_poll_lag_seconds", "Seconds since the last successful poll", registry=REGISTRY)

_NUMBER = re.compile(r"/\d+")


def endpoint(path: str) -> str:
    """A path with its ids folded (`t/123.json` -> `t/{id}.json`), so labels stay few."""
    return _NUMBER.sub("/{id}", "/" + path.split("?", 1)[0].lstrip("/"))


Health = Callable[[], Awaitable[dict[str, Any]]]


def max_poll_lag(poll_seconds: float) -> float:
    """How long without a successful poll before scribe counts as unhealthy: three missed polls and a minute."""
    return 3 * poll_seconds + 60


def assess(report: dict[str, Any], poll_seconds: float) -> dict[str, Any]:
    """The store's health report judged: the poll lag, and ok while it is under `max_poll_lag`."""
    last = report.get("last_poll_at")
    lag = (datetime.now(UTC) - datetime.fromisoformat(last)).total_seconds() if last else None
    return {**report, "poll_lag_seconds": lag, "ok": lag is not None and lag < max_poll_lag(poll_seconds)}


def make_app(health: Health, poll_seconds: float) -> web.Application:
    """`/healthz` (200 while the last poll is recent, 503 otherwise) and `/metrics`."""
    from aiohttp import web  # the server side of aiohttp: only when the endpoint is enabled

    async def refresh() -> dict[str, Any]:
        report = assess(await health(), poll_seconds)
        OUTBOX_DEPTH.set(report.get("outbox_depth") or 0)
        if report["poll_lag_seconds"] is not None:
            POLL_LAG.set(report["poll_lag_seconds"])
        return report

    async def healthz(request: web.Request) -> web.Response:
        report = await refresh()
        return web.json_response(report, status=200 if report["ok"] else 503)

    async def metrics(request: web.Request) -> web.Response:
        await refresh()
        return web.Response(body=generate_latest(REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST})

    app = web.Application()
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics)
    return app


async def start(health: Health, host: str, port: int, poll_seconds: float) -> web.AppRunner:
    from aiohttp import web

    runner = web.AppRunner(make_app(health, poll_seconds))
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    log.info("metrics.listening", extra={"host": host, "port": port})
    return runner
