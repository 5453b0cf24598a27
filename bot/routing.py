"""Routers: how a capability declares itself to the application.

Each feature package under `handlers/` owns one `Router`. On it the feature registers
what it reacts to (`@router.on(PostCreated)`), its mention commands with their French
and English aliases (`@router.command("lien", "link", help="links.help")`), its
schedules (`router.schedule(...)`), its settings section (`Router(name, settings=…)`),
its one-shot command-line commands (`@router.cli(...)`), its part of `scribe preview`
(`@router.preview`) with the sentence each of its findings reads as in the forum's language
(`@router.preview_lines(key)`, titled by `<router>.preview.<key>` in its locale file),
its figures for `scribe bench` (`@router.bench`) and for `scribe eval` (`@router.evaluation`).
`bot/app.py` composes the routers; the engine never imports a feature.
"""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.actions import Action
from bot.events import Event, MentionReceived
from bot.models import Topic
from bot.text import fold

if TYPE_CHECKING:
    from bot.config import Section, Settings
    from bot.ctx import Ctx
    from bot.evaluation import EvaluateFn
    from bot.i18n import Messages
    from bot.oneshot import Kit
    from bot.schedule import Schedule

Handler = Callable[[Any, "Ctx"], Awaitable[list[Action]]]
Filter = Callable[[Any], bool]
PreviewFn = Callable[[Topic, "Ctx"], Awaitable[dict[str, Any]]]
LineFn = Callable[[dict[str, Any], "Messages"], str]
ScheduleFn = Callable[["Settings"], "list[Schedule]"]
CliRun = Callable[[argparse.Namespace, "Kit"], Awaitable[str]]
CliArgs = Callable[[argparse.ArgumentParser], None]
Put = Callable[[str, float, str], None]
BenchFn = Callable[[Topic, Put], Awaitable[None]]


@dataclass(frozen=True)
class Command:
    """`@scribe <alias> …`: `help` is a message key shown by `aide`/`help`."""

    aliases: tuple[str, ...]
    help: str
    staff_only: bool = False
    usage: str = ""
    while_paused: bool = False
    pauses: bool | None = None
    """True for the command that pauses scribe, False for the one that resumes it: `scribe preview`
    reads from them when a topic's posts were written while scribe was paused."""

    def names(self, word: str) -> bool:
        folded = fold(word)
        return any(folded == fold(a) for a in self.aliases)


@dataclass(frozen=True)
class Route:
    event_type: type
    handler: Handler
    filters: tuple[Filter, ...] = ()
    command: Command | None = None
    router: str = ""

    def matches(self, event: Event) -> bool:
        if not isinstance(event, self.event_type):
            return False
        if self.command is not None and not (isinstance(event, MentionReceived) and self.command.names(event.command)):
            return False
        return all(f(event) for f in self.filters)

    @property
    def name(self) -> str:
        return f"{self.router}.{getattr(self.handler, '__name__', 'handler')}"


@dataclass(frozen=True)
class Shown:
    """A key of a feature's `scribe preview` part that the readable output prints: a list (its
    count, then `line(item, messages)` for each of its first items) or, with no `line`, a text
    printed whole. `title` is the catalogue key of its heading, in the feature's locale file."""

    key: str
    title: str
    line: LineFn | None = None


@dataclass(frozen=True)
class CliCommand:
    name: str
    help: str
    arguments: CliArgs
    run: CliRun


@dataclass
class Router:
    """A feature's declarations. `settings` is its section of the config file (`[name]`)."""

    name: str
    settings: type[Section] | None = None
    routes: list[Route] = field(default_factory=list)
    schedules: list[ScheduleFn] = field(default_factory=list)
    previews: list[PreviewFn] = field(default_factory=list)
    shown: list[Shown] = field(default_factory=list)
    clis: list[CliCommand] = field(default_factory=list)
    benches: list[BenchFn] = field(default_factory=list)
    evaluations: list[EvaluateFn] = field(default_factory=list)

    @property
    def commands(self) -> list[Command]:
        return [r.command for r in self.routes if r.command is not None]

    def on(self, event_type: type, *filters: Filter) -> Callable[[Handler], Handler]:
        def register(fn: Handler) -> Handler:
            self.routes.append(Route(event_type, fn, filters, router=self.name))
            return fn

        return register

    def command(
        self,
        *aliases: str,
        help: str,
        staff_only: bool = False,
        usage: str = "",
        while_paused: bool = False,
        when: Filter | None = None,
        pauses: bool | None = None,
    ) -> Callable[[Handler], Handler]:
        """Register `@scribe <alias> …`. Only commands marked `while_paused` answer while scribe
        is paused; `staff_only` ones are checked against the forum's user record by the dispatcher;
        `when` narrows the route further (first match wins among every router's routes); `pauses`
        marks the commands that pause (True) and resume (False) scribe."""
        command = Command(tuple(a.lower() for a in aliases), help, staff_only, usage, while_paused, pauses)

        def register(fn: Handler) -> Handler:
            filters = (when,) if when is not None else ()
            self.routes.append(Route(MentionReceived, fn, filters, command, router=self.name))
            return fn

        return register

    def schedule(self, fn: ScheduleFn) -> ScheduleFn:
        """The schedules this feature wants from the config file (the forum may override them)."""
        self.schedules.append(fn)
        return fn

    def preview(self, fn: PreviewFn) -> PreviewFn:
        self.previews.append(fn)
        return fn

    def preview_lines(self, key: str) -> Callable[[LineFn], LineFn]:
        """How the readable `scribe preview` prints each item of this feature's list `key`: one
        sentence a moderator reads in the forum's language, the feature's own words on its own
        records; the list's heading is `<router>.preview.<key>` of the feature's locale file."""

        def register(fn: LineFn) -> LineFn:
            self.shown.append(Shown(key, f"{self.name}.preview.{key}", fn))
            return fn

        return register

    def preview_text(self, key: str) -> None:
        """A text of this feature's preview (`key`) that the readable `scribe preview` prints whole,
        under the heading `<router>.preview.<key>` of the feature's locale file."""
        self.shown.append(Shown(key, f"{self.name}.preview.{key}"))

    def bench(self, fn: BenchFn) -> BenchFn:
        """Figures `scribe bench` prints for this feature, measured on a big topic (`put(name, value, unit)`)."""
        self.benches.append(fn)
        return fn

    def evaluation(self, fn: EvaluateFn) -> EvaluateFn:
        """How right this feature is on real threads, against hand labels (`scribe eval`):
        `fn(evaluation)` reads the replayed topics of one split and returns a `bot.evaluation.Result`."""
        self.evaluations.append(fn)
        return fn

    def cli(self, name: str, help: str, arguments: CliArgs | None = None) -> Callable[[CliRun], CliRun]:
        """A one-shot `scribe <name>` command; it prints what `run` returns."""

        def register(fn: CliRun) -> CliRun:
            self.clis.append(CliCommand(name, help, arguments or (lambda p: None), fn))
            return fn

        return register
