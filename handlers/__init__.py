"""The capabilities. Each module owns one `router`; the engine routes events to them."""
from __future__ import annotations

from bot.routing import Command, Router


def routers() -> list[Router]:
    """Every handler module's router, in dispatch order (imported late: modules import bot.*)."""
    from handlers import commands, meetings

    return [
        commands.router,
        meetings.router,
    ]


def all_commands() -> list[Command]:
    return [c for r in routers() for c in r.commands]
