"""Progress bars on a terminal, for one-shot commands that take a while.

    from bot import progress

    with progress.bar("Reading topic 12", total=600) as b:
        for ...:
            b.advance()
    for item in progress.track(items, "Labelling"):
        ...

Bars are drawn (with rich, on stderr, so stdout stays clean for `--format json`) only when
stderr is a terminal and neither `--quiet` nor `scribe run` turned them off
(`configure`). Otherwise every call is a no-op, and rich is not even imported.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")

_settings = {"quiet": False, "disabled": False}
_live: Any = None
"""The rich `Progress` shown while at least one bar is open."""
_open = 0


def configure(*, quiet: bool | None = None, disabled: bool | None = None) -> None:
    """`quiet`: the user asked for silence (`--quiet`); `disabled`: never draw (the daemon)."""
    if quiet is not None:
        _settings["quiet"] = quiet
    if disabled is not None:
        _settings["disabled"] = disabled


def enabled() -> bool:
    if _settings["quiet"] or _settings["disabled"]:
        return False
    isatty = getattr(sys.stderr, "isatty", None)
    return bool(isatty and isatty())


class Bar:
    """One task on the screen; `advance` and `update` do nothing when bars are off."""

    def __init__(self, description: str, total: int | None) -> None:
        self.completed = 0
        self.total = total
        self._task: Any = None
        if enabled():
            self._task = _start().add_task(description, total=total)

    def advance(self, n: int = 1) -> None:
        self.completed += n
        if self._task is not None:
            _live.update(self._task, advance=n)

    def update(self, *, completed: int | None = None, total: int | None = None, description: str | None = None) -> None:
        if completed is not None:
            self.completed = completed
        if total is not None:
            self.total = total
        if self._task is not None:
            fields: dict[str, Any] = {"completed": completed, "total": total, "description": description}
            _live.update(self._task, **{k: v for k, v in fields.items() if v is not None})

    def close(self, finished: bool = True) -> None:
        """Stop the bar; `finished` shows it full (the work is done even if fewer steps came)."""
        global _open
        if self._task is None:
            return
        if finished:
            _live.update(self._task, total=max(self.completed, 1), completed=max(self.completed, 1))
        _live.stop_task(self._task)
        self._task = None
        _open -= 1
        if _open == 0:
            _live.stop()


def _start() -> Any:
    global _live, _open
    if _open == 0 or _live is None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        _live = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(file=sys.stderr),
        )
        _live.start()
    _open += 1
    return _live


def open_bar(description: str, total: int | None = None) -> Bar:
    """A bar to `close()` yourself (when its work spans several calls)."""
    return Bar(description, total)


@contextmanager
def bar(description: str, total: int | None = None) -> Iterator[Bar]:
    b = Bar(description, total)
    try:
        yield b
    finally:
        b.close()


def track(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
    """Iterate and advance a bar by one per item."""
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    with bar(description, total) as b:
        for item in items:
            yield item
            b.advance()
