"""Routers: how a handler module declares what it reacts to.

Each module in `handlers/` owns one `router`. It registers event handlers
(`@router.on(PostCreated)`), mention commands with their French and English
aliases (`@router.command("lien", "link", help="links.help")`) and, if it has one,
its contribution to `scribe preview` (`@router.preview`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from bot.actions import Action
from bot.models import Topic

Handler = Callable[[Any, Any], Awaitable[list[Action]]]
Filter = Callable[[Any], bool]
PreviewFn = Callable[[Topic, Any], Awaitable[dict[str, Any]]]


@dataclass(frozen=True)
class Route:
    event_type: type
    handler: Handler
    filters: tuple[Filter, ...] = ()

    def matches(self, event: Any) -> bool:
        return isinstance(event, self.event_type) and all(f(event) for f in self.filters)


@dataclass(frozen=True)
class Command:
    aliases: tuple[str, ...]
    handler: Handler
    help: str
    staff_only: bool = False
    usage: str = ""
    while_paused: bool = False


@dataclass
class Router:
    name: str
    routes: list[Route] = field(default_factory=list)
    commands: list[Command] = field(default_factory=list)
    previews: list[PreviewFn] = field(default_factory=list)

    def on(self, event_type: type, *filters: Filter) -> Callable[[Handler], Handler]:
        def register(fn: Handler) -> Handler:
            self.routes.append(Route(event_type, fn, filters))
            return fn

        return register

    def command(
        self, *aliases: str, help: str, staff_only: bool = False, usage: str = "", while_paused: bool = False
    ) -> Callable[[Handler], Handler]:
        """Register `@scribe <alias> …`; `help` is a message key shown by `aide`/`help`.
        Only commands marked `while_paused` answer while scribe is paused."""

        def register(fn: Handler) -> Handler:
            self.commands.append(Command(tuple(a.lower() for a in aliases), fn, help, staff_only, usage, while_paused))
            return fn

        return register

    def preview(self, fn: PreviewFn) -> PreviewFn:
        self.previews.append(fn)
        return fn
