"""Every forum write, exactly once across crashes and restarts.

An action is staged with its key in the same transaction that records the post it
answers (so it is never lost), marked `sending` before the request and `done`
after. A row found `sending` at start-up may or may not have reached the forum:
the forum is searched for the post's invisible marker before sending again.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from bot import actions as A
from bot import metrics
from bot.forum import AmbiguousWrite, Forum, ForumError, RateLimited, Rejected, Unavailable
from bot.hygiene import clean, fill_topic_links, has_mark, mark, topic_keys
from bot.models import Post
from bot.store import Store, read_write
from bot.text import fold

log = logging.getLogger("scribe.outbox")

NEW_TOPIC, NEW_PRIVATE_MESSAGE = 4, 12  # UserAction types (app/models/user_action.rb)
MAX_ATTEMPTS = 8
WAITED = timedelta(minutes=5)
"""A write staged this long ago is checked again against who may read what it cites."""
AMBIGUOUS_RETRY = timedelta(seconds=15)
"""First wait after a write the forum failed on (a 5xx, a timeout); doubled at each attempt."""
LONGEST_RETRY = AMBIGUOUS_RETRY * 2 ** (MAX_ATTEMPTS - 2)
"""The wait before a failing write's last try: the longest a write waits between two tries (to send
it, or to look for it on the forum) while the forum cannot be reached."""
GIVE_UP_AFTER = timedelta(hours=1)
"""A write still failing this long after it was staged is given up (logged, counted)."""
DRAIN_GAP = timedelta(minutes=10)
"""The longest a running scribe goes between two drains (its polls back off up to 10 minutes). A
write's age (WAITED, GIVE_UP_AFTER) counts a longer gap as this long: scribe's clock set forward,
or scribe stopped, gives up no write that had no chance to go."""
DEFER = timedelta(minutes=10)
DEFERRED_ATTEMPTS = 200
# A 422 carries no error type and its text is in the site's language, so scribe decides from
# what the forum holds: a reply refused while scribe wrote the topic's last post waits for
# someone else to reply (Discourse's `max_consecutive_replies`, non-staff accounts), retried
# every DEFER instead of being dropped; a write refused because it is already there
# (`just_posted_that`) is found by its marker and marked done.


class SimulatedCrash(BaseException):
    """Raised by tests at a chosen step of a write to prove recovery."""


class Unsearched(Exception):
    """A write that may be on the forum could not be looked for there (the forum unreachable)."""


class Outbox:
    def __init__(
        self,
        store: Store,
        forum: Forum,
        bot_username: str,
        clock: Callable[[], datetime] | None = None,
        writes_per_minute: int = 12,
        still_allowed: Callable[[A.ForumWrite], Awaitable[bool]] | None = None,
    ) -> None:
        self.store = store
        self.forum = forum
        self.bot = bot_username.lower()
        self.clock = clock or (lambda: datetime.now(UTC))
        self.crash_at: str | None = None
        self.writes_per_minute = writes_per_minute
        self.still_allowed = still_allowed
        """Asked again, before it goes, for a write staged more than WAITED ago."""

    async def pending(self) -> list[dict[str, Any]]:
        now = self.clock()
        await self.store.restart_waits(now)
        await self.store.age_writes(now, DRAIN_GAP)
        return await self.store.pending_writes(now)

    async def drain(self) -> list[tuple[A.ForumWrite, Post | None]]:
        """Send what is pending, in order. Stops at the first unreachable forum (that write and those not
        tried behind it wait for it, `_wait_for_forum`).
        A write refused by a rate limit of scribe's account holds the writes of its kind (replies,
        topics, messages, edits) until the wait is over: a catch-up of many answers asks once per
        wait, not once per answer. At most `writes_per_minute` posts, topics and messages go out in
        any minute, counted in the store so that a restart keeps to it; the others wait for a later
        drain (edits, and writes found already made after a lost answer, are not counted). A write
        that may be on the forum and could not be looked for there waits with backoff of its own
        (`_wait_for_forum`), the others go on."""
        sent: list[tuple[A.ForumWrite, Post | None]] = []
        now = self.clock()
        held: dict[type, datetime] = {}
        # Sends older than a minute are out of the window; so are sends "to come" (the clock was set back).
        written = await self.store.writes_sent(now - timedelta(minutes=1), now)
        rows = await self.pending()
        for index, row in enumerate(rows):
            action = read_write(row)
            expires = getattr(action, "expires_at", None)
            if expires is not None and now >= expires and row["status"] == "pending":
                log.info("outbox.expired", extra={"key": action.key, "expired_at": expires.isoformat()})
                await self.store.mark_failed(action.key, "expired before it could be sent", True)
                continue
            if await self._waits_for_its_topic(action):
                continue
            if type(action) in held:
                await self.store.retry_later(action.key, "waits for the forum's rate limit", held[type(action)], now)
                continue
            creates = not isinstance(action, A.EditPost)
            if creates and written >= self.writes_per_minute:
                continue  # the minute's budget is spent: it waits for the next drain
            try:
                if await self._withheld(row, action, now):
                    continue
                post, counted = await self._deliver(row, action)
            except Unsearched as exc:
                await self._wait_for_forum(row, [row], str(exc))
                continue
            except AmbiguousWrite as exc:
                # This write failed (the forum may or may not have acted): it waits, the others go on.
                await self._retry_later(row, action, str(exc))
                continue
            except Unavailable as exc:
                # Nothing reached the forum: this write and the others not tried yet wait for it.
                untried = [later for later in rows[index + 1 :] if later["status"] == "pending"]
                await self._wait_for_forum(row, [row, *untried], str(exc))
                break
            except RateLimited as exc:
                held[type(action)] = await self._rate_limited(action, exc)
                continue
            except ForumError as exc:
                await self._failed(row, action, exc)
                continue
            written += counted
            metrics.WRITES.labels("sent").inc()
            sent.append((action, post))
        return sent

    async def _withheld(self, row: dict[str, Any], action: A.ForumWrite, now: datetime) -> bool:
        """A write not sent yet that waited (quiet hours, rate limits, retries) is judged again: what
        it cites may have become private since it was decided (then it is given up). A check the
        forum refused to answer sent nothing: not a failed attempt, it waits for a later drain."""
        waited = now - datetime.fromisoformat(row["created_at"]) >= WAITED
        if row["status"] != "pending" or not waited or self.still_allowed is None:
            return False
        try:
            if await self.still_allowed(action):
                return False
        except ForumError as exc:
            log.warning("outbox.unchecked", extra={"key": action.key, "why": str(exc)})
            await self._defer(action.key, f"who may read it could not be checked: {exc}", now + DEFER, now)
            return True
        await self.store.mark_failed(action.key, "what it cites can no longer be read by its readers", True)
        return True

    async def _deliver(self, row: dict[str, Any], action: A.ForumWrite) -> tuple[Post | None, bool]:
        """The write on the forum, and whether it made a post, topic or message just now (it counts
        against the write budget: not an edit, nor a write found already made)."""
        if row["status"] == "sending" and not isinstance(action, A.EditPost):
            try:
                found = await self.find_sent(action)
            except Unavailable as exc:
                raise Unsearched(str(exc)) from exc
            if found is not None:
                log.info("outbox.recovered", extra={"key": action.key, "post_id": found.id})
                await self._mark_done(action.key, found)
                return found, False
        self._crash("before_send")
        await self.store.mark_sending(action.key, self.clock())
        try:
            post = await self._send(action)
        except AmbiguousWrite:
            raise
        except Unavailable:
            await self.store.not_sent(action.key)  # refused connections, every one: nothing was sent
            raise
        except Rejected:
            found = await self.find_sent(action)
            if found is not None:
                log.info("outbox.already_there", extra={"key": action.key, "post_id": found.id})
                await self._mark_done(action.key, found)
                return found, False
            raise
        self._crash("after_send")
        counted = not isinstance(action, A.EditPost)
        await self._mark_done(action.key, post, counted)
        self._crash("after_mark")
        log.info("outbox.sent", extra={"key": action.key, "post_id": post.id if post else None})
        return post, counted

    def _crash(self, step: str) -> None:
        if self.crash_at == step:
            raise SimulatedCrash(step)

    async def _send(self, action: A.ForumWrite) -> Post:
        f = self.forum
        if topic_keys(action.raw):
            created = await self.store.created_topics(topic_keys(action.raw))
            action = dataclasses.replace(action, raw=fill_topic_links(action.raw, created))
        if isinstance(action, A.ReplyToPost | A.CreateTopic):
            action = dataclasses.replace(action, raw=await self._with_images(action))
        if isinstance(action, A.ReplyToPost):
            return await f.create_post(
                mark(clean(action.raw, (*action.mentions, self.bot)), action.key),
                action.topic_id,
                action.reply_to_post_number,
            )
        if isinstance(action, A.CreateTopic):
            return await f.create_topic(
                action.title,
                mark(clean(action.raw, (*action.mentions, self.bot)), action.key),
                action.category_id,
                action.tags,
            )
        if isinstance(action, A.SendPrivateMessage):
            return await f.send_private_message(
                action.recipients, action.title, mark(clean(action.raw, (*action.mentions, self.bot)), action.key)
            )
        return await f.edit_post(action.post_id, clean(action.raw, (self.bot,)), action.edit_reason)

    async def _with_images(self, action: A.ReplyToPost | A.CreateTopic) -> str:
        """Upload the write's images and put each where its placeholder line is. An image that
        cannot be drawn or uploaded is left out (its line removed): the post goes without it."""
        raw = action.raw
        for image in action.images:
            shown = ""
            try:
                data = image.data if image.data is not None else await _draw(image.chart or {})
                upload = await self.forum.upload(data, f"{image.name}.png")
                size = f"|{upload['width']}x{upload['height']}" if upload.get("width") else ""
                alt = image.alt.replace("[", "(").replace("]", ")").replace("|", "/")
                shown = f"![{alt}{size}]({upload['short_url']})"
            except Exception as exc:  # a chart that cannot be drawn or uploaded never stops the post
                log.warning("outbox.image_left_out", extra={"key": action.key, "image": image.name, "why": str(exc)})
            raw = re.sub(rf"^{re.escape(image.placeholder)}[ \t]*\n?", shown + "\n" if shown else "", raw, flags=re.M)
        return raw

    async def find_sent(self, action: A.ForumWrite) -> Post | None:
        """Our own post carrying the action's marker, looked for where the write would be: for a
        reply, scribe's own posts after the one it answers (a reply lands after it, however many
        posts came since; 1 request for their ids, 1 per 200 of them for their raw, oldest first,
        where the reply is); scribe's latest new topics or sent messages of the same title for a
        topic or a message (titles compared on letters and digits, as the forum may tidy a title;
        no time is compared: scribe's clock and the forum's may disagree). The marker is in raw
        only (cooked and search drop comments)."""
        if isinstance(action, A.EditPost):
            return None
        if isinstance(action, A.ReplyToPost):
            after = action.reply_to_post_number or 1
            async for page in self.forum.posts_of_after(action.topic_id, after, self.bot):
                for post in page:
                    if post.username.lower() == self.bot and has_mark(post.raw, action.key):
                        return post
            return None
        kind = NEW_PRIVATE_MESSAGE if isinstance(action, A.SendPrivateMessage) else NEW_TOPIC
        title = _letters(action.title)
        for row in await self.forum.user_actions(self.bot, (kind,)):
            if not row.get("post_id") or (row.get("title") is not None and _letters(str(row["title"])) != title):
                continue
            mine = await self.forum.post(int(row["post_id"]))
            if mine is not None and has_mark(mine.raw, action.key):
                return mine
        return None

    async def _waits_for_its_topic(self, action: A.ForumWrite) -> bool:
        """A notice that links to a topic scribe has yet to create waits for it, and one whose
        topic the forum refused is dropped: a refused write is never announced as done."""
        keys = topic_keys(action.raw)
        statuses = await self.store.write_statuses(keys)
        if any(statuses.get(k) == "failed" for k in keys):
            log.error("outbox.orphaned", extra={"key": action.key, "announces": keys})
            await self.store.mark_failed(action.key, "announces a topic the forum refused", True)
            metrics.WRITES.labels("failed").inc()
            return True
        return any(statuses.get(k) in ("pending", "sending") for k in keys)

    async def _waits_for_others(self, action: A.ReplyToPost) -> bool:
        """scribe wrote the topic's last post: a reply may be refused until someone else writes."""
        try:
            last = await self.forum.last_post(action.topic_id)
        except (ForumError, Unavailable):
            return False
        return last is not None and last.username.lower() == self.bot

    async def _retry_later(self, row: dict[str, Any], action: A.ForumWrite, why: str) -> None:
        """Back off on a write that keeps failing, and give it up after MAX_ATTEMPTS or GIVE_UP_AFTER
        (its time waiting for an unreachable forum not counted: it had no chance to go)."""
        now = self.clock()
        attempts = int(row["attempts"]) + 1
        staged = datetime.fromisoformat(row["created_at"]) + timedelta(seconds=row["forum_wait"])
        if attempts >= MAX_ATTEMPTS or now - staged >= GIVE_UP_AFTER:
            log.error("outbox.gave_up", extra={"key": action.key, "attempts": attempts, "why": why})
            await self.store.mark_failed(action.key, why, True)
            metrics.WRITES.labels("failed").inc()
            return
        retry_at = min(now + AMBIGUOUS_RETRY * 2 ** (attempts - 1), staged + GIVE_UP_AFTER)
        log.warning(
            "outbox.retry_later",
            extra={"key": action.key, "attempts": attempts, "why": why, "retry_at": retry_at.isoformat()},
        )
        await self.store.retry_later(action.key, why, retry_at, now)
        metrics.WRITES.labels("deferred").inc()

    async def _wait_for_forum(self, row: dict[str, Any], rows: list[dict[str, Any]], why: str) -> None:
        """The forum could not be reached for `row` (its search, or its send: nothing reached the
        forum). It waits twice its last wait, as a failing write's retries do, up to LONGEST_RETRY,
        and `rows` (it, and the writes not tried yet behind it) wait as long: a forum that is down
        is waited out, not asked at every drain, and they go in their order once it is back. No
        attempt is counted and none is given up for this, nor aged by the wait (GIVE_UP_AFTER): it
        was not tried. A write that may be on the forum stays `sending`, looked for before it goes."""
        now = self.clock()
        waited = AMBIGUOUS_RETRY
        if row["retry_at"] and row["retry_since"]:
            waited = datetime.fromisoformat(row["retry_at"]) - datetime.fromisoformat(row["retry_since"])
        retry_at = now + min(max(2 * waited, AMBIGUOUS_RETRY), LONGEST_RETRY)
        keys = [r["key"] for r in rows]
        log.warning(
            "outbox.forum_unreachable",
            extra={
                "keys": keys,
                "attempts": row["attempts"],
                "why": why,
                "retry_at": retry_at.isoformat(),
            },
        )
        await self.store.wait_for_forum(keys, why, retry_at, now)
        metrics.WRITES.labels("deferred").inc(len(keys))

    async def _mark_done(self, key: str, post: Post | None, counted: bool = False) -> None:
        result = {"post_id": post.id, "topic_id": post.topic_id, "post_number": post.post_number} if post else {}
        await self.store.mark_done(key, self.clock(), result, counted)

    async def _defer(self, key: str, why: str, until: datetime, since: datetime) -> None:
        """The write waits, pending, from `since` until `until` (counted as deferred)."""
        await self.store.defer(key, why, until, since)
        metrics.WRITES.labels("deferred").inc()

    async def _rate_limited(self, action: A.ForumWrite, exc: RateLimited) -> datetime:
        """The write waits as long as the forum said (and one second); when it may go again."""
        now = self.clock()
        retry_at = now + timedelta(seconds=exc.wait + 1)
        log.warning("outbox.rate_limited", extra={"key": action.key, "retry_at": retry_at.isoformat()})
        await self._defer(action.key, str(exc), retry_at, now)
        return retry_at

    async def _failed(self, row: dict[str, Any], action: A.ForumWrite, exc: ForumError) -> None:
        if (
            exc.status == 422
            and isinstance(action, A.ReplyToPost)
            and row["attempts"] + 1 < DEFERRED_ATTEMPTS
            and await self._waits_for_others(action)
        ):
            now = self.clock()
            retry_at = now + DEFER
            log.warning(
                "outbox.deferred",
                extra={
                    "key": action.key,
                    "errors": exc.errors,
                    "retry_at": retry_at.isoformat(),
                    "fix": "give the bot account moderator rights: staff are exempt from this limit",
                },
            )
            await self._defer(action.key, str(exc), retry_at, now)
            return
        permanent = exc.status in (400, 403, 404, 409, 410, 422) or row["attempts"] + 1 >= MAX_ATTEMPTS
        log.error(
            "outbox.failed",
            extra={"key": action.key, "status": exc.status, "errors": exc.errors, "permanent": permanent},
        )
        await self.store.mark_failed(action.key, str(exc), permanent)
        metrics.WRITES.labels("failed" if permanent else "deferred").inc()


def _letters(title: str) -> str:
    """A title's letters and digits, folded: what the forum's tidying of titles leaves alone."""
    return "".join(c for c in fold(title) if c.isalnum())


async def _draw(chart: dict[str, Any]) -> bytes:
    """A chart drawn off the event loop (matplotlib takes a few hundred milliseconds)."""
    from bot import charts

    return await asyncio.to_thread(charts.render, chart)
