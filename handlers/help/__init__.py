"""`@scribe aide` / `help`, and the short help for a command scribe does not know.

Composed last by the application: the unknown-command answer is the last route of the
mention observer, reached only when no feature took the mention.
"""

from __future__ import annotations

from bot import markup
from bot.actions import Action, reply
from bot.ctx import Ctx
from bot.events import MentionReceived
from bot.routing import Router

router = Router("help")


@router.command("aide", "help", "?", help="commands.help_help")
async def help_command(event: MentionReceived, ctx: Ctx) -> list[Action]:
    lines = [ctx.t("commands.help_intro", bot=ctx.bot_username), ""]
    for command in ctx.commands:
        names = " / ".join(f"`{a}`" for a in command.aliases if a != "?")
        usage = f" `{command.usage}`" if command.usage else ""
        staff = ctx.t("commands.staff_only") if command.staff_only else ""
        lines.append(f"- {names}{usage} : {ctx.t(command.help)}{staff}")
    return [reply(event, "\n".join(lines))]


@router.on(MentionReceived, lambda e: bool(e.command) and e.direct)
async def unknown_command(event: MentionReceived, ctx: Ctx) -> list[Action]:
    return [reply(event, ctx.t("commands.unknown", command=markup.inert(event.command), bot=ctx.bot_username))]
