"""Fault injection and rate limiting for the sandbox server.

A :class:`FaultPlan` holds rules consumed in order by the server middleware:
bursts of 429 (Discourse's JSON body or the per-IP plain-text one), 5xx
answers, slow answers, truncated JSON bodies with a 200, and downtime
(listening socket closed, open connections dropped). A rule can be limited
to a path prefix and/or an HTTP method.

The optional limiter is Discourse's (lib/auth/default_current_user_provider.rb): a
sliding window (RateLimiter) of ``max_admin_api_reqs_per_minute`` (60) requests per 60 s
shared by every admin API key of the site (key ``admin_api_min``, no user), and one window of
``max_user_api_reqs_per_minute`` (20) per user API key. A refusal is a 429 with
``extras.wait_seconds``, ``Retry-After`` and the limiter's error code. It runs on the sandbox
clock unless given its own, so tests never wait on the wall clock.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Fault:
    kind: str  # rate_limit | ip_rate_limit | server_error | slow | malformed
    count: int | None  # None = until cleared
    path_prefix: str | None = None
    method: str | None = None
    params: dict = field(default_factory=dict)
    body_contains: str | None = None
    """Only requests whose body holds this text (one write among others)."""

    def matches(self, method: str, path: str, body: str = "") -> bool:
        if self.method and self.method.upper() != method.upper():
            return False
        if self.body_contains is not None and self.body_contains not in body:
            return False
        return not self.path_prefix or path.startswith(self.path_prefix)


def rate_limit_body(wait_seconds: int) -> dict:
    return {
        "errors": [
            f"You’ve performed this action too many times. Please wait {wait_seconds} seconds before trying again."
        ],
        "error_type": "rate_limit",
        "extras": {"wait_seconds": wait_seconds},
    }


def ip_rate_limit_text(wait_seconds: int, code: str) -> str:
    return (
        "Slow down, too many requests from this IP address.\n"
        f"Please retry again in {wait_seconds} seconds.\n"
        f"Error code: {code}.\n"
    )


class FaultPlan:
    def __init__(self, clock: Callable[[], datetime]):
        self._clock = clock
        self.rules: list[Fault] = []
        self.is_down = False
        self._on_down: list[Callable[[], None]] = []
        self._on_up: list[Callable[[], None]] = []
        self.limit_per_minute: int | None = None
        self.user_limit_per_minute = 20
        self._limit_clock: Callable[[], datetime] | None = None
        self._windows: dict[str, deque[datetime]] = {}
        self.refused = 0
        """Requests the limiter answered 429."""
        self.injected: list[tuple[str, str, str]] = []  # (kind, method, path) actually served

    # ------------------------------------------------------------------ plan
    def _add(self, kind, count, path_prefix, method, **params) -> Fault:
        rule = Fault(kind, count, path_prefix, method, params)
        self.rules.append(rule)
        return rule

    def rate_limit(
        self,
        count: int = 1,
        wait_seconds: int = 1,
        path_prefix: str | None = None,
        method: str | None = None,
        error_code: str = "admin_api_key_rate_limit",
    ) -> Fault:
        """N answers 429 with Discourse's JSON body, Retry-After and the error-code header."""
        return self._add("rate_limit", count, path_prefix, method, wait_seconds=wait_seconds, error_code=error_code)

    def ip_rate_limit(
        self,
        count: int = 1,
        wait_seconds: int = 10,
        path_prefix: str | None = None,
        method: str | None = None,
        error_code: str = "ip_10_secs_limit",
    ) -> Fault:
        """N answers 429 from the per-IP middleware: text/plain body, Retry-After."""
        return self._add("ip_rate_limit", count, path_prefix, method, wait_seconds=wait_seconds, error_code=error_code)

    def server_error(
        self,
        count: int | None = 1,
        status: int = 502,
        path_prefix: str | None = None,
        method: str | None = None,
        body_contains: str | None = None,
        retry_after: int | str | None = None,
    ) -> Fault:
        """N answers 5xx (None: until cleared); `body_contains` picks one write among others;
        `retry_after`: the `Retry-After` header's value, seconds (a site in maintenance, a deploy)
        or anything a proxy may write there."""
        rule = self._add("server_error", count, path_prefix, method, status=status, retry_after=retry_after)
        rule.body_contains = body_contains
        return rule

    def slow(
        self, seconds: float = 1.0, count: int | None = 1, path_prefix: str | None = None, method: str | None = None
    ) -> Fault:
        return self._add("slow", count, path_prefix, method, seconds=seconds)

    def malformed(self, count: int = 1, path_prefix: str | None = None, method: str | None = None) -> Fault:
        """N answers 200 whose JSON body is cut in the middle."""
        return self._add("malformed", count, path_prefix, method)

    def down(self) -> None:
        """Stop listening (connections refused) and drop requests on open connections."""
        self.is_down = True
        for cb in list(self._on_down):
            cb()

    def up(self) -> None:
        self.is_down = False
        for cb in list(self._on_up):
            cb()

    def limit(
        self,
        per_minute: int | None,
        *,
        user_per_minute: int = 20,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        """Discourse's limiter: `per_minute` requests a minute shared by the admin keys (None =
        off), `user_per_minute` for each user API key; on `clock` (default: the sandbox's)."""
        self.limit_per_minute = per_minute
        self.user_limit_per_minute = user_per_minute
        self._limit_clock = clock
        self._windows.clear()
        self.refused = 0

    def clear(self) -> None:
        self.rules.clear()
        self.limit_per_minute = None
        self._windows.clear()
        if self.is_down:
            self.up()

    # ------------------------------------------------------------------ serving
    @property
    def reads_bodies(self) -> bool:
        return any(rule.body_contains is not None for rule in self.rules)

    def take(self, method: str, path: str, body: str = "") -> list[Fault]:
        """Faults to apply to this request (at most one blocking fault, plus slow/malformed)."""
        picked: list[Fault] = []
        kinds: set[str] = set()
        for rule in list(self.rules):
            if rule.kind in kinds or not rule.matches(method, path, body):
                continue
            blocking = rule.kind in ("rate_limit", "ip_rate_limit", "server_error")
            if blocking and kinds & {"rate_limit", "ip_rate_limit", "server_error"}:
                continue
            picked.append(rule)
            kinds.add(rule.kind)
            if rule.count is not None:
                rule.count -= 1
                if rule.count <= 0:
                    self.rules.remove(rule)
        for rule in picked:
            self.injected.append((rule.kind, method, path))
        return picked

    def check_window(self, user_api_key: str | None = None) -> tuple[int, str] | None:
        """(seconds to wait, error code) when the request's window is full, else None (and the
        request is counted). Admin keys share one window; each user API key has its own."""
        if not self.limit_per_minute:
            return None
        if user_api_key:
            name, limit, code = f"user:{user_api_key}", self.user_limit_per_minute, "user_api_key_limiter_60_secs"
        else:
            name, limit, code = "admin_api_min", self.limit_per_minute, "admin_api_key_rate_limit"
        now = (self._limit_clock or self._clock)()
        window = self._windows.setdefault(name, deque())
        while window and (now - window[0]).total_seconds() >= 60:
            window.popleft()
        if len(window) >= limit:
            self.refused += 1
            age = (now - window[0]).total_seconds()
            return max(1, round(60 - age)), code
        window.append(now)
        return None
