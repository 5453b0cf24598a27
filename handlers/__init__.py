"""The capabilities. Each module owns one `router`; the engine routes events to them."""

from __future__ import annotations

from bot.routing import Command, Router


def routers() -> list[Router]:
    """Every handler module's router, in dispatch order (imported late: modules import bot.*)."""
    from handlers import control as schedules
    from handlers import digest, links, meetings, proposals, summaries
    from handlers import help as commands

    return [
        commands.router,
        schedules.router,
        links.router,
        meetings.router,
        proposals.router,
        summaries.router,
        digest.router,
    ]


def all_commands() -> list[Command]:
    return [c for r in routers() for c in r.commands]
