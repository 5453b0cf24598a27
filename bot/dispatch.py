"""The dispatcher: routes one event to the features' handlers through the middlewares.

Facts about posts (`PostCreated`, `PostEdited`, `PostDeleted`, `PostLiked`) go to every
matching route: each feature reads every post. A mention and a tick go to the first
matching route only: a command has one answer, a timer one owner. A new post that
addresses scribe is first offered as a `MentionReceived`; when a command takes it, the
`PostCreated` that follows says so (`answered`), so no feature answers it a second time.

What cuts across features is written once, here, as middlewares: the ignore list
(scribe itself, other bots, posts that are not regular), pause, staff-only commands and
quiet hours. A handler that fails is logged and skipped for that event; it never blocks
the others or the cursor.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from bot import actions as A
from bot import audience, markup
from bot.ctx import Ctx
from bot.events import (
    Event,
    MentionReceived,
    PostCreated,
    PostDeleted,
    PostEdited,
    PostLiked,
    TickFired,
    TopicEdited,
    changed,
)
from bot.forum import Unavailable
from bot.mentions import parse_mention
from bot.models import REGULAR, Post
from bot.quiet import quiet_until
from bot.routing import Command, Route, Router
from bot.text import fold

log = logging.getLogger("scribe.dispatch")
FIRST_MATCH = (MentionReceived, TickFired)
COMMAND_WINDOW = timedelta(minutes=30)
REPEAT_WINDOW = timedelta(minutes=10)
RETRY = "dispatch.retry"
RETRY_DELAY = timedelta(minutes=2)
MAX_ATTEMPTS = 5
EVERY_ROUTE = "*"
"""A retry of a whole event rather than of one feature's reading of it."""
MENTION = "mention"
"""The route a mention's retry names: its command is found again when it fires."""
EDITED_TOPIC = "edited_topic"
"""A retry's payload key: the topic whose edit is read again."""
RETRIED = re.compile(r"(?::retry\d+)+$")
"""The suffix a timer's retries carry: one `:retry{n}`, or a chain of them in a store written
before retries kept a single one."""
LIMITS = "limits"
"""How old a staff-only command may be when scribe reads it."""

Next = Callable[[], Awaitable[list[A.Action]]]
RouteMiddleware = Callable[[Route, Event, Ctx, Next], Awaitable[list[A.Action]]]


# middlewares ------------------------------------------------------------------------------


def ignored(event: Event, ctx: Ctx) -> bool:
    """scribe never reads its own posts, other bots' posts, or posts that are not regular."""
    if not isinstance(event, PostCreated | PostEdited | PostDeleted | PostLiked | MentionReceived):
        return False
    post = event.post
    if ctx.ignores(post.username) or post.post_type != REGULAR:
        return True
    return post.deleted and not isinstance(event, PostDeleted)


HELD_AT_MOST = timedelta(days=1)
"""How long past its time work held by a pause is still done at the resume. A member's request is
answered within hours or not usefully at all (a link asked for tonight's meeting), and a resume
after the holidays would otherwise answer, all at once, threads that moved on weeks ago."""


def held_by_pause(tick: TickFired) -> bool:
    """Work on a post scribe read before a pause (the timer's payload names it: a request waiting
    for its settle delay, a missing link to tell its author, a job answering a command, a read put
    off after the forum failed): while scribe is paused the engine keeps it waiting, and after the
    resume it is done on the thread as it stands then, unless its time is more than `HELD_AT_MOST`
    past. What scribe does on its own schedule (meeting reminders, digests, syntheses) is not held:
    due during the pause, it is dropped, as a reminder after its moment is no use."""
    return any(k in tick.payload for k in ("post_id", EDITED_TOPIC, "answers"))


async def pause(route: Route, event: Event, ctx: Ctx, call: Next) -> list[A.Action]:
    """While paused, only the commands marked `while_paused` run (`reprendre`, `planning`): what is
    posted, and what scribe's own timers and schedules ask, is dropped, not caught up after the
    resume. The work `held_by_pause` does not reach here while paused."""
    if route.command is not None and route.command.while_paused:
        return await call()
    if await ctx.memory.paused():
        return []
    return await call()


async def may_change_bot(username: str, ctx: Ctx) -> bool:
    """Admins, moderators and configured groups, read from the forum's user record now."""
    user = await ctx.forum.user(username)
    if user is None or user.suspended:
        return False
    allowed = {g.lower() for g in ctx.settings.permissions.groups}
    return user.staff or any(g.lower() in allowed for g in user.groups)


async def staff_only(route: Route, event: Event, ctx: Ctx, call: Next) -> list[A.Action]:
    command: Command | None = route.command
    if command is None or not command.staff_only or not isinstance(event, MentionReceived):
        return await call()
    post = event.post
    if (ctx.forum_now or ctx.now) - post.created_at > COMMAND_WINDOW:
        # The forum tells who is staff now, not when the command was written: a command read late
        # (scribe was down, a long catch-up) is not applied on rights its author may not have had.
        # Its age is read on the forum's clock, which stamped it, when the forum's answers gave it.
        minutes = int(COMMAND_WINDOW.total_seconds() // 60)
        return [A.reply(event, ctx.t("commands.too_old", minutes=minutes, username=markup.plain_name(post.username)))]
    if await may_change_bot(post.username, ctx):
        return await call()
    return [A.reply(event, ctx.t("commands.refused", username=markup.plain_name(post.username)))]


async def quiet_hours(route: Route, event: Event, ctx: Ctx, call: Next) -> list[A.Action]:
    """What scribe posts on its own (timers, schedules) waits for the end of quiet hours;
    answers to members who posted (also those a job prepares, or a timer that deals with a member's
    post later: `for_post`) go out at once."""
    actions = await call()
    if not isinstance(event, TickFired) or event.payload.get("answers") or event.payload.get("for_post"):
        return actions
    until = quiet_until(ctx.now, ctx.settings.quiet.hours, ctx.settings.tz)
    if until is None:
        return actions
    return [dataclasses.replace(a, not_before=until) if isinstance(a, A.FORUM_WRITES) else a for a in actions]


async def repeats(route: Route, event: Event, ctx: Ctx, call: Next) -> list[A.Action]:
    """A member who repeats a command in the same topic within REPEAT_WINDOW is pointed once to
    the earlier request, then not answered again: one member cannot make scribe flood a topic."""
    if route.command is None or not isinstance(event, MentionReceived):
        return await call()
    post = event.post
    asked = " ".join(fold(event.args).split())[:80]
    key = f"{post.username.lower()}:{post.topic_id}:{route.command.aliases[0]}:{asked}"
    earlier = await ctx.memory.get(LIMITS, key)
    if isinstance(earlier, dict) and _within(earlier["at"], ctx.now, REPEAT_WINDOW):
        if earlier.get("told"):
            return []
        link = markup.post_url(post.topic_id, int(earlier["post_number"]))
        told = A.Remember(LIMITS, key, {**earlier, "told": True})
        return [A.reply(event, ctx.t("commands.repeated", url=link)), told]
    record = {"at": ctx.now.isoformat(), "post_number": post.post_number}
    return [*await call(), A.Remember(LIMITS, key, record)]


BUDGET_WINDOW = timedelta(hours=1)


async def budget(route: Route, event: Event, ctx: Ctx, call: Next) -> list[A.Action]:
    """Commands of members who are not staff are answered within an hourly budget per member
    and per topic (`[limits]`): past it, the member is told once, then scribe stays silent
    until the hour has passed. Staff are trusted to run scribe as often as they need."""
    if route.command is None or not isinstance(event, MentionReceived) or event.post.staff:
        return await call()
    limits = ctx.settings.limits
    post = event.post
    keys = {
        f"member:{post.username.lower()}": limits.member_per_hour,
        f"topic:{post.topic_id}": limits.topic_per_hour,
    }
    records = {key: _recent(await ctx.memory.get(LIMITS, key), ctx.now) for key in keys}
    spent = [key for key, cap in keys.items() if len(records[key]["at"]) >= cap]
    if spent:
        key = spent[0]
        if records[key]["told"]:
            return []
        told = {**records[key], "told": ctx.now.isoformat()}
        message = "commands.limited_member" if key.startswith("member:") else "commands.limited_topic"
        return [A.reply(event, ctx.t(message)), A.Remember(LIMITS, key, told)]
    stamp = ctx.now.isoformat()
    counted = [A.Remember(LIMITS, k, {**r, "at": [*r["at"], stamp]}) for k, r in records.items()]
    return [*await call(), *counted]


def _recent(record: Any, now: datetime) -> dict[str, Any]:
    """A budget record with only the commands of the last hour, and whether the member was told."""
    record = record if isinstance(record, dict) else {}
    at = [t for t in record.get("at", []) if _within(t, now, BUDGET_WINDOW)]
    told = record.get("told")
    return {"at": at, "told": told if told and _within(told, now, BUDGET_WINDOW) else None}


def _within(stamp: str, now: datetime, window: timedelta) -> bool:
    """Whether a stored moment is less than `window` before `now`. One "to come" (scribe's clock was
    set back since) is not: it would count for the hour the clock went back, on top of its window."""
    return timedelta(0) <= now - datetime.fromisoformat(stamp) < window


MIDDLEWARES: tuple[RouteMiddleware, ...] = (pause, staff_only, repeats, budget, quiet_hours)


# routing ----------------------------------------------------------------------------------


class Dispatcher:
    def __init__(self, routers: list[Router], middlewares: tuple[RouteMiddleware, ...] = MIDDLEWARES) -> None:
        self.routers = routers
        self.routes = [route for router in routers for route in router.routes]
        self.first_match = sorted(self.routes, key=lambda r: r.command is None)
        """Command routes first, then the others (free-text mentions, the unknown-command answer)."""
        self.middlewares = middlewares
        self.commands = tuple(c for router in routers for c in router.commands)

    async def dispatch(self, event: Event, ctx: Ctx) -> list[A.Action]:
        """The actions every handler concerned decides for `event`; a write some reader of its
        target could not read the sources of is dropped here, whatever the feature (`bot.audience`).
        When who reads what cannot be read, the whole event is put off, as a feature's failed read is:
        nothing of it is lost when the running engine goes on with the next one."""
        actions = await self._dispatch(event, ctx)
        try:
            return await audience.guard(actions, ctx)
        except Unavailable as exc:
            log.warning("dispatch.readers_unavailable", extra={"event": type(event).__name__, "why": str(exc)})
            return _later(None, event, ctx, 1)

    async def _dispatch(self, event: Event, ctx: Ctx) -> list[A.Action]:
        if ignored(event, ctx):
            return []
        if isinstance(event, TickFired) and event.name == RETRY:
            return await self._retry(event, ctx)
        if isinstance(event, TopicEdited):
            return await self._topic_edited(event, ctx)
        if isinstance(event, PostCreated):
            mention = parse_mention(event.post, ctx.bot_username)
            if mention is not None:
                actions, answered = await self._first(mention, ctx)
                return actions + await self._all(dataclasses.replace(event, answered=answered), ctx)
        if isinstance(event, FIRST_MATCH):
            return (await self._first(event, ctx))[0]
        return await self._all(event, ctx)

    def command_of(self, mention: MentionReceived) -> Command | None:
        """The command a mention calls, as the dispatcher would route it (None: no command)."""
        route = self._route_of(mention)
        return route.command if route is not None else None

    def _route_of(self, event: Event) -> Route | None:
        """The first route, commands before the others, that takes the event."""
        return next((r for r in self.first_match if r.matches(event)), None)

    async def _first(self, event: Event, ctx: Ctx) -> tuple[list[A.Action], bool]:
        route = self._route_of(event)
        return ([], False) if route is None else (await self._run(route, event, ctx), True)

    async def _topic_edited(self, event: TopicEdited, ctx: Ctx) -> list[A.Action]:
        """A changed title or category reaches the features as an edit of the opening post, read
        now. Only a webhook reports a topic edit: when the forum cannot be read, it is put off."""
        try:
            first = await ctx.forum.opening_post(event.topic_id)
        except Unavailable as exc:
            log.warning("dispatch.topic_unavailable", extra={"topic_id": event.topic_id, "why": str(exc)})
            return _later(None, event, ctx, event.attempt)
        return await self._dispatch(changed(first), ctx) if first is not None else []

    async def _retry(self, tick: TickFired, ctx: Ctx) -> list[A.Action]:
        """A mention, one feature's reading of a post, or a topic edit, that met an unreachable
        forum: read and handled again."""
        attempt = int(tick.payload.get("attempt") or 1)
        if EDITED_TOPIC in tick.payload:
            return await self._topic_edited(TopicEdited(int(tick.payload[EDITED_TOPIC]), attempt), ctx)
        try:
            post = await ctx.forum.post(int(tick.payload["post_id"]))
        except Unavailable as exc:
            # The retry itself put off with the same backoff, and ended the same way: a member who
            # asked is apologised to from what the payload holds, as the post cannot be read.
            log.warning("dispatch.retry_unavailable", extra={"key": tick.key, "why": str(exc)})
            return _later(None, tick, ctx, attempt)
        if post is None or ignored(PostCreated(post), ctx):
            return []
        name = tick.payload.get("route")
        if name:
            return await self._again(str(name), post, tick.payload, attempt, ctx)
        mention = parse_mention(post, ctx.bot_username)
        if mention is None:
            return []
        return (await self._first(dataclasses.replace(mention, attempt=attempt), ctx))[0]

    async def _again(self, name: str, post: Post, payload: dict[str, Any], attempt: int, ctx: Ctx) -> list[A.Action]:
        """One feature's reading of a post that met an unreachable forum, done again on the post as
        it stands now."""
        event: Event = (
            PostEdited(post) if payload.get("edited") else PostCreated(post, answered=bool(payload.get("answered")))
        )
        if name == EVERY_ROUTE:
            return await self._dispatch(event, ctx)
        route = next((r for r in self.routes if r.name == name and r.matches(event)), None)
        return await self._run(route, event, ctx, attempt) if route is not None else []

    async def _all(self, event: Event, ctx: Ctx) -> list[A.Action]:
        actions: list[A.Action] = []
        for route in self.routes:
            if route.matches(event):
                actions += await self._run(route, event, ctx)
        return actions

    async def _run(self, route: Route, event: Event, ctx: Ctx, attempt: int = 1) -> list[A.Action]:
        async def handler() -> list[A.Action]:
            return await route.handler(event, ctx)

        call: Next = handler
        for middleware in reversed(self.middlewares):
            call = _wrap(middleware, route, event, ctx, call)
        try:
            return await call()
        except Unavailable as exc:
            log.warning("handler.forum_unavailable", extra={"handler": route.name, "why": str(exc)})
            return _later(route, event, ctx, attempt)
        except Exception:
            log.exception("handler.failed", extra={"handler": route.name, "event": type(event).__name__})
            return _apology(event, ctx)


def _asker(event: Event) -> tuple[A.Asker, int] | None:
    """Who is waiting for an answer (a mention, or a job answering one), and which attempt this is."""
    if isinstance(event, MentionReceived):
        return A.Asker.of(event.post), event.attempt
    if isinstance(event, TickFired) and event.payload.get("answers"):
        return A.Asker.from_payload(event.payload), int(event.payload.get("attempt") or 1)
    return None


def _later(route: Route | None, event: Event, ctx: Ctx, attempt: int) -> list[A.Action]:
    """The forum could not be read: the same work again later (one feature's, or with no `route`
    the whole event's), waiting longer each time. A member who asked is apologised to when it keeps
    failing; other work (a post read by a feature, a timer) is then given up, with a log."""
    name = route.name if route is not None else EVERY_ROUTE
    asker = _asker(event)
    if isinstance(event, MentionReceived | TopicEdited):
        attempt = event.attempt
    elif isinstance(event, TickFired):
        attempt = int(event.payload.get("attempt") or 1)
    if attempt >= MAX_ATTEMPTS:
        if asker is not None:
            return _apology(event, ctx)
        log.error("handler.given_up", extra={"handler": name, "event": type(event).__name__})
        return []
    at = ctx.now + RETRY_DELAY * 2 ** (attempt - 1)
    if isinstance(event, TickFired):
        payload = {**event.payload, "attempt": attempt + 1}
        if event.name != RETRY:  # a job: the same job, later (a retry put off again is named as one)
            return [A.ScheduleTimer(f"{RETRIED.sub('', event.key)}:retry{attempt}", at, event.name, payload, ctx.now)]
    elif asker is not None:
        payload = {"post_id": asker[0].post_id, **asker[0].payload(), "attempt": attempt + 1}
    elif isinstance(event, PostCreated | PostEdited):
        payload = {
            "post_id": event.post.id,
            "route": name,
            "edited": isinstance(event, PostEdited),
            "answered": isinstance(event, PostCreated) and event.answered,
            "attempt": attempt + 1,
        }
    elif isinstance(event, TopicEdited):
        payload = {EDITED_TOPIC: event.topic_id, "attempt": attempt + 1}
    else:
        return []
    return [A.ScheduleTimer(retry_key(payload, attempt), at, RETRY, payload, ctx.now)]


def retry_key(payload: dict[str, Any], attempt: int) -> str:
    """A retry's timer name, read from what it retries: `retry:topic:{topic_id}:{n}` for a topic
    edit, `retry:{post_id}:{route}:{n}` for a post (`mention` for a command asked of scribe). A
    retry whose own read fails is named the same way with its next attempt, whatever name an older
    store gave it."""
    if EDITED_TOPIC in payload:
        return f"retry:topic:{payload[EDITED_TOPIC]}:{attempt}"
    return f"retry:{payload['post_id']}:{payload.get('route') or MENTION}:{attempt}"


def _apology(event: Event, ctx: Ctx) -> list[A.Action]:
    """A member who asked is never left in silence: a short apology, once per post."""
    asker = _asker(event)
    if asker is None:
        return []
    return [A.reply(asker[0], ctx.t("commands.failed"), "failed")]


def _wrap(middleware: RouteMiddleware, route: Route, event: Event, ctx: Ctx, call: Next) -> Next:
    async def wrapped() -> list[A.Action]:
        return await middleware(route, event, ctx, call)

    return wrapped


def describe(action: A.Action) -> dict[str, Any]:
    """An action as the JSON `--dry-run` and `scribe preview` print."""
    kinds: dict[type, str] = {
        A.ReplyToPost: "reply",
        A.CreateTopic: "topic",
        A.SendPrivateMessage: "pm",
        A.EditPost: "edit",
        A.Remember: "remember",
        A.ScheduleTimer: "timer",
        A.CancelTimer: "cancel_timer",
        A.ChangeSchedule: "schedule",
        A.PauseBot: "pause",
    }
    out: dict[str, Any] = {"kind": kinds[type(action)]}
    for k, v in action.__dict__.items():
        if k == "images":
            v = tuple({"name": i.name, "alt": i.alt, "chart": i.chart is not None} for i in v)
        out[k] = v.isoformat() if isinstance(v, datetime) else list(v) if isinstance(v, tuple) else v
    return out
