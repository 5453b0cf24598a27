"""The async Discourse client: one aiohttp session, one pacer for the site, 429s waited out.

Every request of the process to one forum goes through one `Pacer` (a sliding window under
Discourse's admin-key limit, shared by every `Forum` on that site, with a bounded number of
requests in flight): a 429 is the exception, never the pacing.

Reads are retried on rate limits (Retry-After / extras.wait_seconds), server errors
and network failures with jittered exponential backoff. Writes are retried only
when the forum certainly did not act (429, connection refused): an ambiguous
failure is raised as `AmbiguousWrite` and the outbox checks the forum before
sending again.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import mimetypes
import random
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import aiohttp

from bot import metrics
from bot.audience import TopicAccess
from bot.models import Category, Post, Topic, User, listed

log = logging.getLogger("scribe.forum")

POSTS_PER_PAGE = 50
NOTIFICATIONS_PER_PAGE = 60
"""NotificationsController#index serves 60 at most (`limit`), then `offset` pages on."""
POST_IDS_PER_REQUEST = 200
"""Posts asked by id in one `/t/{id}/posts.json`: Discourse serves every id it is given
(TopicView#filter_posts_by_ids has no limit); 200 ids keep the request line near 5 KB, under
the 8 KB that nginx and aiohttp accept."""
WINDOW = 60.0
"""Seconds of Discourse's rate-limit windows."""
RATE_LIMIT_WAIT = 10.0
"""Seconds waited after a 429 that names no wait of its own."""


class ForumError(Exception):
    """The forum answered with an error; `errors` holds Discourse's own messages."""

    def __init__(self, status: int, method: str, path: str, errors: list[str], body: str = "") -> None:
        self.status, self.method, self.path, self.errors, self.body = status, method, path, errors, body
        detail = "; ".join(errors) if errors else (body[:200] or "no details")
        super().__init__(f"{method} {path} → {status}: {detail}")


class NotFound(ForumError):
    pass


class Forbidden(ForumError):
    pass


class Rejected(ForumError):
    """422: Discourse refused the content (too short, too similar, …)."""


class RateLimited(ForumError):
    """429 on a write from a limiter of scribe's own account (topics or messages per day, posts
    per minute): that write waits `wait` seconds, the others go on."""

    def __init__(self, method: str, path: str, wait: float, code: str, body: str = "") -> None:
        super().__init__(429, method, path, [f"rate limited ({code or 'per-user limit'}), retry in {wait:.0f} s"], body)
        self.wait = wait
        self.code = code


# Limiters that stop every request scribe makes: the site-wide bucket of admin API keys and the
# per-IP middleware. Any other 429 concerns one kind of action of scribe's account.
SITE_WIDE_LIMITS = ("admin_api_key_rate_limit", "ip_", "id_", "user_api_key_limiter")


class Unavailable(Exception):
    """The forum could not be reached or kept failing after every retry."""


class AmbiguousWrite(Unavailable):
    """A write failed in a way that does not tell whether the forum acted."""


Sleep = Callable[[float], Awaitable[None]]
Monotonic = Callable[[], float]


class Pacer:
    """The one gate of every request to one forum: at most `per_minute` sends in any 60 seconds,
    at most `concurrency` requests in flight.

    Discourse counts the admin API keys of a site together in one sliding window of
    `DISCOURSE_MAX_ADMIN_API_REQS_PER_MINUTE` (60) per 60 s (RateLimiter `admin_api_min`); the
    pacer keeps the same kind of window, so a short job (a few dozen reads) goes at once and a
    long one settles at `per_minute`, never past the forum's. One waiter at a time holds the
    lock and sleeps; after sleeping it checks the window again, so callers never wake together
    and burst. A site-wide 429 (`hold`) stops every caller until its `Retry-After` has passed.
    """

    def __init__(
        self,
        per_minute: int,
        *,
        concurrency: int = 4,
        clock: Monotonic = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.per_minute = per_minute
        self.concurrency = concurrency
        self._clock = clock
        self._sleep = sleep
        self._skew = 0.0
        """Time a sleep was asked for but did not take (tests' instant sleeps): counted as passed."""
        self._sent: deque[float] = deque()
        """When each request of the window was answered, oldest first."""
        self._flying = 0
        """Requests sent and not answered yet: they count in the window, stamped when answered
        (the forum counts a request when it arrives, which is later than when it left)."""
        self._held_until = 0.0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = asyncio.Lock()
        self._slots = asyncio.Semaphore(concurrency)
        self._answer = asyncio.Event()
        self.waited = 0.0

    def _now(self) -> float:
        return self._clock() + self._skew

    def _bind(self) -> None:
        """Locks belong to one event loop: a pacer used from another loop starts new ones."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._loop = loop
            self._lock = asyncio.Lock()
            self._slots = asyncio.Semaphore(self.concurrency)
            self._answer = asyncio.Event()

    async def take(self) -> None:
        """Wait until the window has room (and a hold has ended), then count one send."""
        self._bind()
        async with self._lock:
            while True:
                now = self._now()
                while self._sent and now - self._sent[0] >= WINDOW:
                    self._sent.popleft()
                wait = self._held_until - now
                full = len(self._sent) + self._flying >= self.per_minute
                if wait <= 0 and not full:
                    self._flying += 1
                    return
                if full and not self._sent:
                    # Every request of the window is still in flight: the first answer frees room.
                    self._answer.clear()
                    await self._answer.wait()
                    continue
                if full:
                    wait = max(wait, self._sent[0] + WINDOW - now)
                await self._pause(math.ceil(wait * 1000) / 1000)

    def answered(self) -> None:
        """A request taken with `take` has its answer (or failed): stamped now in the window."""
        self._flying -= 1
        self._sent.append(self._now())
        self._answer.set()

    async def _pause(self, seconds: float) -> None:
        start = self._clock()
        await self._sleep(seconds)
        short = seconds - (self._clock() - start)
        if short > 0.001:
            self._skew += short
        self.waited += seconds

    @contextlib.asynccontextmanager
    async def flight(self) -> AsyncIterator[None]:
        """A request taken with `take`, in flight (at most `concurrency` at once) until its answer
        is read or it fails: then it is stamped in the window."""
        self._bind()
        try:
            async with self._slots:
                yield
        finally:
            self.answered()

    def hold(self, seconds: float) -> None:
        """The forum refused for the whole site: nobody sends for `seconds`."""
        self._held_until = max(self._held_until, self._now() + seconds)


_PACERS: dict[tuple[str, Monotonic, Sleep], Pacer] = {}


def pacer_for(base_url: str, per_minute: int, clock: Monotonic, sleep: Sleep) -> Pacer:
    """The process's one pacer for a forum (the slowest budget asked for wins)."""
    key = (base_url, clock, sleep)
    pacer = _PACERS.get(key)
    if pacer is None:
        pacer = _PACERS[key] = Pacer(per_minute, clock=clock, sleep=sleep)
    elif per_minute < pacer.per_minute:
        pacer.per_minute = per_minute
    return pacer


class Forum:
    def __init__(
        self,
        base_url: str,
        username: str,
        api_key: str | None,
        *,
        timeout: float = 30.0,
        requests_per_minute: int = 50,
        max_attempts: int = 6,
        max_wait: float = 120.0,
        sleep: Sleep = asyncio.sleep,
        clock: Monotonic = time.monotonic,
    ) -> None:
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.username = username
        self._api_key = api_key
        self._timeout = aiohttp.ClientTimeout(total=timeout, connect=min(10.0, timeout))
        self._rpm = requests_per_minute
        self.pacer = pacer_for(self.base_url, requests_per_minute, clock, sleep)
        self._max_attempts = max_attempts
        self._max_wait = max_wait
        self._sleep = sleep
        self._session: aiohttp.ClientSession | None = None
        self.requests = 0
        self._dated: tuple[datetime, float] | None = None
        """The forum's time in its last answer's `Date` header, and when (monotonic) it came."""

    async def __aenter__(self) -> Forum:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _headers(self, as_user: str | None) -> dict[str, str]:
        headers = {"Accept": "application/json"}
        if self._api_key:
            headers["Api-Key"] = self._api_key
            headers["Api-Username"] = as_user or self.username
        return headers

    def session(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession(
                base_url=self.base_url,
                timeout=self._timeout,
                connector=aiohttp.TCPConnector(limit_per_host=4),
                headers={"User-Agent": "discourse-scribe"},
            )
        return self._session

    def now(self) -> datetime | None:
        """The forum's clock now, read from its last answer (None before one, or without a `Date`):
        the clock that stamps its posts, whatever scribe's own clock is set to."""
        if self._dated is None:
            return None
        date, at = self._dated
        return date + timedelta(seconds=time.monotonic() - at)

    def _saw(self, headers: Mapping[str, str]) -> None:
        try:
            date = parsedate_to_datetime(headers.get("Date", ""))
        except (TypeError, ValueError):
            return
        if date.tzinfo is not None:
            self._dated = (date, time.monotonic())

    def use_clock(self, clock: Monotonic, sleep: Sleep) -> None:
        """Pace on another clock (benchmarks run the forum's minutes faster)."""
        self._sleep = sleep
        self.pacer = pacer_for(self.base_url, self._rpm, clock, sleep)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Any = None,
        json_body: Any = None,
        as_user: str | None = None,
        form: Callable[[], aiohttp.FormData] | None = None,
    ) -> Any:
        """One API call with Discourse's error semantics; `path` is relative ("posts.json").
        `form` builds a multipart body (built again for each attempt: a body is sent once)."""
        write = method != "GET"
        path = path.lstrip("/")
        for attempt in range(1, self._max_attempts + 1):
            await self.pacer.take()
            self.requests += 1
            try:
                async with (
                    self.pacer.flight(),
                    self.session().request(
                        method,
                        path,
                        params=params,
                        json=json_body,
                        data=form() if form else None,
                        headers=self._headers(as_user),
                        allow_redirects=False,
                    ) as resp,
                ):
                    # A body cut in the middle of a character is a malformed answer like any other.
                    body = (await resp.read()).decode("utf-8", "replace")
                    self._saw(resp.headers)
                    metrics.REQUESTS.labels(method, metrics.endpoint(path), str(resp.status)).inc()
                    if resp.status == 429:
                        wait = _retry_after(resp.headers, body)
                        code = resp.headers.get("Discourse-Rate-Limit-Error-Code", "")
                        log.warning(
                            "forum.rate_limited",
                            extra={"path": path, "wait_seconds": wait, "attempt": attempt, "code": code},
                        )
                        metrics.RATE_LIMIT_WAIT.inc(wait)
                        site_wide = code.startswith(SITE_WIDE_LIMITS)
                        if site_wide:
                            self.pacer.hold(min(wait, self._max_wait))
                        if write and not site_wide:
                            raise RateLimited(method, path, wait, code, body)
                        if not site_wide:
                            await self._sleep(min(wait, self._max_wait))
                        continue
                    if resp.status >= 500:
                        # A forum that says when to come back (maintenance, a deploy) is left alone
                        # until then, by every request of the process.
                        later = _retry_after_header(resp.headers)
                        if later is not None:
                            self.pacer.hold(min(later, self._max_wait))
                        if write:
                            raise AmbiguousWrite(f"{method} {path} → {resp.status}")
                        if later is None:
                            await self._backoff(path, attempt, f"status {resp.status}")
                        continue
                    if resp.status >= 300:
                        raise _error(resp.status, method, path, body)
                    try:
                        return json.loads(body) if body else None
                    except json.JSONDecodeError:
                        if write:
                            raise AmbiguousWrite(f"{method} {path}: unreadable answer") from None
                        await self._backoff(path, attempt, "malformed body")
                        continue
            except aiohttp.ClientConnectorError as exc:
                await self._backoff(path, attempt, f"cannot connect: {exc.os_error or exc}")
            except (TimeoutError, aiohttp.ClientError) as exc:
                if write:
                    raise AmbiguousWrite(f"{method} {path}: {type(exc).__name__}") from exc
                await self._backoff(path, attempt, type(exc).__name__)
        raise Unavailable(f"{method} {path}: still failing after {self._max_attempts} attempts")

    async def _backoff(self, path: str, attempt: int, why: str) -> None:
        delay = min(60.0, 0.5 * 2 ** (attempt - 1)) * random.uniform(0.5, 1.0)
        log.warning("forum.retry", extra={"path": path, "why": why, "attempt": attempt, "delay": round(delay, 2)})
        if attempt < self._max_attempts:
            await self._sleep(delay)

    # Reading -----------------------------------------------------------------

    async def latest_posts(self, before: int | None = None) -> list[Post]:
        """Newest regular public posts, 50 per page, newest first. `before` is strict on current
        Discourse (`id < before`) and was inclusive on older versions: callers page with
        `before = min(id)` and drop the ids they already have."""
        data = await self.request("GET", "posts.json", params={"before": before} if before else None)
        return [Post.from_json(p) for p in data.get("latest_posts", [])]

    async def private_posts(self, before: int | None = None) -> list[Post]:
        data = await self.request("GET", "private-posts.json", params={"before": before} if before else None)
        return [Post.from_json(p) for p in data.get("private_posts", [])]

    async def topic(self, topic_id: int, progress: Callable[[int, int], None] | None = None) -> Topic:
        """Every visible post of a topic: the topic view (first 20 posts and the id stream),
        then the missing ids 200 at a time (`/t/{id}/posts.json?post_ids[]=`). A mega topic
        (10,000 posts and more) comes without its id stream: the ids after its inline posts
        are listed by `/t/{id}/post_ids.json` (1 request), so it is read whole at the same cost.
        `progress(read, total)` is told after each request (a one-shot command's bar)."""
        head: dict[str, Any] = {}
        posts: list[Post] = []
        async for data, page in self._pages(topic_id, progress):
            head = data
            posts += page
        return Topic.from_json(head, posts)

    async def topic_pages(self, topic_id: int) -> AsyncIterator[Topic]:
        """`topic` page by page, each page a `Topic` of the posts one request brought."""
        async for data, page in self._pages(topic_id):
            yield Topic.from_json(data, page)

    async def _pages(
        self, topic_id: int, progress: Callable[[int, int], None] | None = None
    ) -> AsyncIterator[tuple[dict[str, Any], list[Post]]]:
        """The topic view and its inline posts, then each chunk of missing ids read (see `topic`)."""
        data = await self.request("GET", f"t/{topic_id}.json")
        stream = data.get("post_stream") or {}
        posts = [Post.from_json(p, data) for p in stream.get("posts") or ()]
        have = {p.id for p in posts}
        ids = stream.get("stream")
        if ids is None:
            ids = await self.post_ids_after(topic_id, max((p.post_number for p in posts), default=0))
        missing = [i for i in ids if i not in have]
        read, total = len(posts), len(posts) + len(missing)
        yield data, posts
        for chunk in _chunks(missing, POST_IDS_PER_REQUEST):
            if progress is not None:
                progress(read, total)
            page = await self.posts_by_ids(topic_id, chunk, topic=data)
            read += len(page)
            yield data, page
        if progress is not None:
            progress(read, read)

    async def post_ids_after(self, topic_id: int, post_number: int, by: str | None = None) -> list[int]:
        """The ids of every visible post after `post_number`, in order, without a page limit
        (`/t/{id}/post_ids.json`, Discourse's way to list a mega topic's stream); with `by`, only
        that user's (`username_filters`, which also keeps the opening post). A post number the
        topic does not have stands for the nearest one it has, as on Discourse."""
        params = {"post_number": str(post_number)} | ({"username_filters": by} if by else {})
        data = await self.request("GET", f"t/{topic_id}/post_ids.json", params=params)
        return [int(i) for i in data.get("post_ids") or ()]

    async def posts_of_after(self, topic_id: int, post_number: int, username: str) -> AsyncIterator[list[Post]]:
        """`username`'s posts after `post_number` (and the opening post, which `username_filters`
        keeps), with raw, oldest first: 1 request for their ids, then a page per 200 of them."""
        ids = await self.post_ids_after(topic_id, post_number, by=username)
        for chunk in _chunks(ids, POST_IDS_PER_REQUEST):
            yield await self.posts_by_ids(topic_id, chunk)

    async def topic_tail(self, topic_id: int, count: int) -> list[Post]:
        """The last `count` posts of a topic, with raw: the topic view's id stream, then the ids it
        does not carry inline (1–2 requests; a mega topic's last ids are listed first, 3). Where a
        reply lands."""
        data = await self.request("GET", f"t/{topic_id}.json")
        stream = data.get("post_stream") or {}
        if "stream" in stream:
            ids = (stream.get("stream") or [])[-count:]
        else:
            highest = int(data.get("highest_post_number") or 0)
            ids = (await self.post_ids_after(topic_id, max(1, highest - count - 1)))[-count:]
        # The topic view's inline posts carry raw only on some versions: without it they are read again.
        inline = {
            p["id"]: Post.from_json(p, data)
            for p in stream.get("posts") or ()
            if p.get("id") in ids and p.get("raw") is not None
        }
        missing = [i for i in ids if i not in inline]
        fetched = {p.id: p for p in await self.posts_by_ids(topic_id, missing, topic=data)} if missing else {}
        return [post for i in ids if (post := inline.get(i) or fetched.get(i)) is not None]

    async def user_actions(self, username: str, types: tuple[int, ...], limit: int = 30) -> list[dict[str, Any]]:
        """A user's recent activity, newest first (`/user_actions.json`; 4 new topic, 12 message sent)."""
        params = {"username": username, "filter": ",".join(str(t) for t in types), "limit": str(limit)}
        data = await self.request("GET", "user_actions.json", params=params)
        return list(data.get("user_actions") or [])

    async def notifications(self, offset: int = 0) -> tuple[list[dict[str, Any]], int | None]:
        """scribe's own notifications, newest first, from the `offset`-th (`/notifications.json`,
        NOTIFICATIONS_PER_PAGE rows a page, less those of topics scribe may no longer read, which
        Discourse leaves out after paging), and how many rows there are in all."""
        params = {"limit": str(NOTIFICATIONS_PER_PAGE)} | ({"offset": str(offset)} if offset else {})
        data = await self.request("GET", "notifications.json", params=params)
        total = data.get("total_rows_notifications")
        return list(data.get("notifications") or []), int(total) if isinstance(total, int) else None

    async def post_by_number(self, topic_id: int, post_number: int) -> Post | None:
        try:
            return Post.from_json(await self.request("GET", f"posts/by_number/{topic_id}/{post_number}.json"))
        except (NotFound, Forbidden):
            return None

    async def first_post(self, topic_id: int) -> Post | None:
        """The topic's opening post, as the topic view gives it (1 request)."""
        data = await self.request("GET", f"t/{topic_id}.json")
        posts = (data.get("post_stream") or {}).get("posts") or []
        first = next((p for p in posts if p.get("post_number") == 1), None)
        return Post.from_json(first, data) if first else None

    async def last_post(self, topic_id: int) -> Post | None:
        """The topic's last visible post (1–2 requests)."""
        tail = await self.topic_tail(topic_id, 1)
        return tail[-1] if tail else None

    async def access(self, topic_id: int, post_ids: Iterable[int] = ()) -> TopicAccess:
        """Who reads a topic and which of `post_ids` still stand (deleted, withdrawn, hidden ones and
        whispers do not): the topic view, and the asked posts it does not carry inline (1–2 requests).
        A topic scribe can no longer read, or a deleted one, reads as not readable."""
        try:
            data = await self.request("GET", f"t/{topic_id}.json")
        except (NotFound, Forbidden):
            return TopicAccess(topic_id, readable=False)
        return await self.access_of(data, post_ids)

    async def access_of(
        self, data: dict[str, Any], post_ids: Iterable[int] = (), held: Mapping[int, Post] | None = None
    ) -> TopicAccess:
        """`access` from a topic view already read (`held`: posts already read, by id)."""
        topic_id = int(data["id"])
        if data.get("deleted_at"):
            return TopicAccess(topic_id, readable=False)
        stream = data.get("post_stream") or {}
        posts = {int(p["id"]): Post.from_json(p, data) for p in stream.get("posts") or ()}
        # A mega topic names no stream: each asked post is looked for by its id.
        ids = set(stream["stream"]) if "stream" in stream else None
        wanted = [i for i in post_ids if ids is None or i in ids]
        posts.update({i: held[i] for i in wanted if held and i in held and i not in posts})
        missing = [i for i in wanted if i not in posts]
        for chunk in _chunks(missing, POST_IDS_PER_REQUEST):
            posts.update({p.id: p for p in await self.posts_by_ids(topic_id, chunk, topic=data)})
        details = data.get("details") or {}
        return TopicAccess(
            topic_id,
            readable=True,
            category_id=data.get("category_id"),
            archetype=data.get("archetype") or "regular",
            listed=listed(data),
            users=frozenset(str(u["username"]).lower() for u in details.get("allowed_users") or ()),
            groups=frozenset(str(g["name"]).lower() for g in details.get("allowed_groups") or ()),
            live=frozenset(i for i in wanted if i in posts and posts[i].shown),
        )

    async def can_read(self, topic_id: int, username: str) -> bool:
        """Whether `username` may read the topic, as the forum itself judges it (Guardian): the topic
        read as that user. A key that may not act for other users reads as "no"."""
        try:
            await self.request("GET", f"t/{topic_id}.json", as_user=username)
        except (NotFound, Forbidden):
            return False
        return True

    async def posts_by_ids(self, topic_id: int, post_ids: list[int], topic: dict[str, Any] | None = None) -> list[Post]:
        params = [("post_ids[]", str(i)) for i in post_ids] + [("include_raw", "true")]
        data = await self.request("GET", f"t/{topic_id}/posts.json", params=params)
        return [
            Post.from_json(p, topic or {"id": topic_id}) for p in (data.get("post_stream") or {}).get("posts") or ()
        ]

    async def posts_near(
        self, topic_id: int, post_number: int, after: bool, topic: dict[str, Any] | None = None
    ) -> list[Post]:
        """The 20 posts just before `post_number` (or just after it), with raw: how a topic too big
        for its id stream (a mega topic) is read around a post."""
        params = {"post_number": str(post_number), "asc": "true" if after else "false", "include_raw": "true"}
        data = await self.request("GET", f"t/{topic_id}/posts.json", params=params)
        return [
            Post.from_json(p, topic or {"id": topic_id}) for p in (data.get("post_stream") or {}).get("posts") or ()
        ]

    async def post(self, post_id: int) -> Post | None:
        try:
            return Post.from_json(await self.request("GET", f"posts/{post_id}.json"))
        except NotFound:
            return None

    async def user(self, username: str) -> User | None:
        try:
            return User.from_json(await self.request("GET", f"u/{username}.json"))
        except NotFound:
            return None

    async def likers(self, post_id: int) -> list[str] | None:
        """Who liked a post, every page of `/post_action_users.json`."""
        names: list[str] = []
        page = 0
        while True:
            data = await self.request(
                "GET",
                "post_action_users.json",
                params={"id": post_id, "post_action_type_id": 2, "page": page, "limit": 200},
            )
            batch = data.get("post_action_users") or []
            names += [u["username"] for u in batch]
            total = data.get("total_rows_post_action_users")
            if not batch or total is None or len(names) >= int(total):
                return names
            page += 1

    async def categories(self) -> list[Category]:
        data = await self.request("GET", "site.json")
        return [Category.from_json(c) for c in data.get("categories", [])]

    async def latest_topics(self, limit: int = 30) -> list[Topic]:
        topics: list[Topic] = []
        page = 0
        while len(topics) < limit:
            data = await self.request("GET", "latest.json", params={"page": page})
            batch = (data.get("topic_list") or {}).get("topics") or []
            topics += [Topic.from_json({**t, "post_stream": {"posts": []}}) for t in batch]
            if not (data.get("topic_list") or {}).get("more_topics_url") or not batch:
                break
            page += 1
        return topics[:limit]

    # Writing -----------------------------------------------------------------

    async def create_post(
        self, raw: str, topic_id: int, reply_to_post_number: int | None = None, as_user: str | None = None
    ) -> Post:
        body: dict[str, Any] = {"raw": raw, "topic_id": topic_id}
        if reply_to_post_number:
            body["reply_to_post_number"] = reply_to_post_number
        return _created(await self.request("POST", "posts.json", json_body=body, as_user=as_user))

    async def create_topic(
        self, title: str, raw: str, category_id: int | None = None, tags: Iterable[str] = (), as_user: str | None = None
    ) -> Post:
        body: dict[str, Any] = {"title": title, "raw": raw}
        if category_id is not None:
            body["category"] = category_id
        if tags:
            body["tags"] = list(tags)
        return _created(await self.request("POST", "posts.json", json_body=body, as_user=as_user))

    async def send_private_message(
        self, recipients: Iterable[str], title: str, raw: str, as_user: str | None = None
    ) -> Post:
        body = {"title": title, "raw": raw, "archetype": "private_message", "target_recipients": ",".join(recipients)}
        return _created(await self.request("POST", "posts.json", json_body=body, as_user=as_user))

    async def edit_post(self, post_id: int, raw: str, edit_reason: str = "", as_user: str | None = None) -> Post:
        data = await self.request(
            "PUT",
            f"posts/{post_id}.json",
            json_body={"post": {"raw": raw, "edit_reason": edit_reason}},
            as_user=as_user,
        )
        return Post.from_json(data.get("post", data))

    async def upload(self, data: bytes, filename: str, upload_type: str = "composer") -> dict[str, Any]:
        """Upload a file (`POST /uploads.json`, multipart, synchronous): Discourse's upload record,
        whose `short_url` (`upload://…`) is what a post's markdown shows."""

        def form() -> aiohttp.FormData:
            body = aiohttp.FormData()
            body.add_field("type", upload_type)
            body.add_field("synchronous", "true")
            body.add_field(
                "file",
                data,
                filename=filename,
                content_type=mimetypes.guess_type(filename)[0] or "application/octet-stream",
            )
            return body

        return dict(await self.request("POST", "uploads.json", form=form))

    async def like(self, post_id: int, as_user: str | None = None) -> None:
        await self.request(
            "POST", "post_actions.json", json_body={"id": post_id, "post_action_type_id": 2}, as_user=as_user
        )


def _created(data: dict[str, Any]) -> Post:
    if data.get("action") == "enqueued":
        raise Rejected(200, "POST", "posts.json", ["the post was queued for approval by the forum's moderators"])
    return Post.from_json(data.get("post", data))


def _retry_after_header(headers: Any) -> float | None:
    """The seconds of a `Retry-After` header, if it names a wait: zero, a negative figure or
    anything else (a date, a word) name none, and the caller waits as it would without one."""
    return _positive(headers.get("Retry-After"))


def _retry_after(headers: Any, body: str) -> float:
    """The wait a 429 asks for: its `Retry-After`, else its body's `wait_seconds`, else RATE_LIMIT_WAIT."""
    later = _retry_after_header(headers)
    if later is not None:
        return later
    try:
        return _positive(json.loads(body)["extras"]["wait_seconds"]) or RATE_LIMIT_WAIT
    except (ValueError, KeyError, TypeError):
        return RATE_LIMIT_WAIT


def _positive(value: Any) -> float | None:
    try:
        seconds = float(value)
    except (ValueError, TypeError):
        return None
    return seconds if 0 < seconds < math.inf else None


def _error(status: int, method: str, path: str, body: str) -> ForumError:
    try:
        data = json.loads(body)
        errors = [str(e) for e in data.get("errors") or []] if isinstance(data, dict) else []
    except json.JSONDecodeError:
        errors = [body.strip()[:200]] if body.strip() and not body.lstrip().startswith("<") else []
    if status in (301, 302):
        errors = errors or ["redirected: is the forum address right, and the API key valid?"]
    cls = {403: Forbidden, 404: NotFound, 410: NotFound, 422: Rejected}.get(status, ForumError)
    return cls(status, method, path, errors, body)


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
