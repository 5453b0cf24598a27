"""Replay a topic through the handlers without a forum or a store: what scribe would do.

Used by `scribe preview`: the topic's posts arrive in order as if scribe read them now
(`at`), memory changes and timers are applied in a scratch space, timers then fire at
their own time up to `horizon` later, and every forum write is collected instead of sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot import actions as A
from bot.config import Settings
from bot.ctx import Ctx, DictMemory, ForumView
from bot.dispatch import Dispatcher
from bot.events import Event, PostCreated, TickFired
from bot.i18n import Messages
from bot.models import Topic
from bot.routing import Router


@dataclass
class _Timer:
    at: datetime
    name: str
    key: str
    payload: dict[str, Any]


async def replay(
    topic: Topic,
    forum: ForumView,
    settings: Settings,
    routers: list[Router],
    at: datetime | None = None,
    horizon: timedelta = timedelta(days=7),
    llm: Any = None,
) -> list[A.ForumWrite]:
    dispatcher = Dispatcher(routers, settings.forum.username)
    memory = DictMemory()
    timers: dict[str, _Timer] = {}
    fired: set[str] = set()
    keys: set[str] = set()
    writes: list[A.ForumWrite] = []
    ignored = {settings.forum.username.lower(), *(b.lower() for b in settings.forum.other_bots)}
    messages = Messages(settings.language)

    async def run(event: Event, now: datetime) -> None:
        ctx = Ctx(settings, forum, memory, now, llm, messages)
        for action in await dispatcher.dispatch(event, ctx):
            if isinstance(action, A.FORUM_WRITES):
                if action.key not in keys:
                    keys.add(action.key)
                    writes.append(action)  # type: ignore[arg-type]
            elif isinstance(action, A.Remember):
                ns = memory.data.setdefault(action.namespace, {})
                if action.value is None:
                    ns.pop(action.key, None)
                else:
                    ns[action.key] = action.value
            elif isinstance(action, A.ScheduleTimer) and action.key not in fired:
                timers[action.key] = _Timer(action.at.astimezone(UTC), action.name, action.key, action.payload)
            elif isinstance(action, A.CancelTimer):
                timers.pop(action.key, None)

    async def fire_until(moment: datetime) -> None:
        while True:
            due = sorted((t for t in timers.values() if t.at <= moment), key=lambda t: t.at)
            if not due:
                return
            t = due[0]
            del timers[t.key]
            fired.add(t.key)
            await run(TickFired(t.name, t.at, t.key, t.payload), t.at)

    now = at or datetime.now(UTC)
    for post in topic.posts:
        if not post.is_regular or post.username.lower() in ignored:
            continue
        await run(PostCreated(post), max(now, post.created_at))
    await fire_until(now + horizon)
    return writes
