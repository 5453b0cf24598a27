"""The real dispatcher on in-memory state: `scribe preview`, replays and handler tests.

Events are dispatched as the running bot would, their actions applied by `bot.apply` to a
`MemoryState`; timers fire at their own time when asked to; forum writes are collected
(once per key) instead of sent.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

from bot import actions as A
from bot.apply import apply_all
from bot.config import Settings
from bot.ctx import Ctx, ForumView, ReadOnlyMemory
from bot.dispatch import Dispatcher
from bot.events import Event, PostCreated, TickFired
from bot.i18n import Messages
from bot.mentions import parse_mention
from bot.models import Topic
from bot.state import MemoryState, Timer


class Simulation:
    def __init__(
        self,
        dispatcher: Dispatcher,
        settings: Settings,
        forum: ForumView,
        state: MemoryState | None = None,
        llm: Any = None,
    ) -> None:
        self.dispatcher = dispatcher
        self.settings = settings
        self.forum = forum
        self.state = state if state is not None else MemoryState()
        self.llm = llm
        self.messages = Messages(settings.language)
        self.paused: dict[str, int] = {}
        """Writes and timers (by key) a running scribe would not make, paused by the post of that
        number (`replay`)."""

    def ctx(self, now: datetime) -> Ctx:
        memory = ReadOnlyMemory(self.state)
        return Ctx(self.settings, self.forum, memory, now, self.llm, self.messages, self.dispatcher.commands)

    async def feed(self, event: Event, now: datetime) -> list[A.Action]:
        """Dispatch one event at `now` and apply its actions."""
        actions = await self.dispatcher.dispatch(event, self.ctx(now))
        if isinstance(event, TickFired) and event.key in self.state.timers:
            self.state.timers[event.key].fired = True
        apply_all(self.state, actions, now)
        return actions

    async def fire_each(self, moment: datetime) -> AsyncIterator[tuple[Timer, list[A.Action]]]:
        """Fire, in time order, every timer due by `moment` (also those set while firing), each at
        its own time: the timer with what it did."""
        while due := self.state.due_timers(moment):
            t = due[0]
            yield t, await self.feed(TickFired(t.name, t.at, t.key, t.payload), t.at)

    async def fire_until(self, moment: datetime) -> list[A.Action]:
        """Fire every timer due by `moment` (`fire_each`): all they did."""
        return [a async for _, actions in self.fire_each(moment) for a in actions]

    @property
    def writes(self) -> list[A.ForumWrite]:
        return list(self.state.writes.values())


async def replay(
    topic: Topic,
    simulation: Simulation,
    at: datetime | None = None,
    horizon: timedelta = timedelta(days=7),
) -> list[A.ForumWrite]:
    """The topic's posts arrive in order as if scribe read them `at`, then its timers fire up
    to `horizon` later: every forum write scribe would make. What is owed to a post written while
    a moderator had paused scribe (and to the timers it set) is noted in `simulation.paused`:
    read when it was written, it would have been dropped, unless it is a command that answers
    while paused."""
    now = at or datetime.now(UTC)
    pause: int | None = None
    for post in topic.posts:
        if post.is_regular:
            mention = parse_mention(post, simulation.settings.forum.username)
            command = simulation.dispatcher.command_of(mention) if mention is not None else None
            held = None if command is not None and command.while_paused else pause
            before = _made(simulation) if held is not None else set()
            await simulation.feed(PostCreated(post), max(now, post.created_at))
            if held is not None:
                simulation.paused.update(dict.fromkeys(_made(simulation) - before, held))
            if command is not None and command.pauses is not None and post.staff:
                # The forum's flags on the post tell staff; a group allowed by the settings is not known here.
                pause = (pause or post.post_number) if command.pauses else None
    if not simulation.paused:
        await simulation.fire_until(now + horizon)
        return simulation.writes
    before = _made(simulation)
    async for timer, _ in simulation.fire_each(now + horizon):
        made = _made(simulation)
        if timer.key in simulation.paused:
            simulation.paused.update(dict.fromkeys(made - before, simulation.paused[timer.key]))
        before = made
    return simulation.writes


def _made(simulation: Simulation) -> set[str]:
    """The keys of the writes and timers the simulation holds."""
    return set(simulation.state.writes) | set(simulation.state.timers)
