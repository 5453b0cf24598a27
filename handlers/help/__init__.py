"""`@scribe <command>`: finds the command among every module's aliases, checks who may
run it, and answers `aide`/`help` and unknown commands."""

from __future__ import annotations

from bot.actions import Action, ReplyToPost
from bot.ctx import Ctx
from bot.events import MentionReceived
from bot.routing import Command, Router
from bot.text import fold

router = Router("commands")


def find_command(word: str) -> Command | None:
    from handlers import all_commands

    folded = fold(word)
    for command in all_commands():
        if folded in (fold(a) for a in command.aliases):
            return command
    return None


async def may_change_bot(username: str, ctx: Ctx) -> bool:
    """Admins, moderators and configured groups, read from the forum's user record now."""
    user = await ctx.forum.user(username)
    if user is None or user.suspended:
        return False
    allowed = {g.lower() for g in ctx.settings.permissions.groups}
    return user.staff or any(g.lower() in allowed for g in user.groups)


def reply(
    event: MentionReceived, raw: str, suffix: str = "command", mentions: tuple[str, ...] = (), fallback: bool = False
) -> ReplyToPost:
    """The one answer to a mention post."""
    post = event.post
    return ReplyToPost(
        key=f"reply:{post.id}:{suffix}",
        topic_id=post.topic_id,
        reply_to_post_number=post.post_number,
        raw=raw,
        mentions=mentions,
        fallback=fallback,
    )


@router.on(MentionReceived)
async def on_mention(event: MentionReceived, ctx: Ctx) -> list[Action]:
    from handlers.control import schedule_command

    command = schedule_command(event) or (find_command(event.command) if event.command else None)
    if await ctx.memory.paused() and (command is None or not command.while_paused):
        return []
    if command is None:
        if not event.command or not event.direct:
            return []
        return [reply(event, ctx.t("commands.unknown", command=event.command, bot=ctx.bot_username), fallback=True)]
    if command.staff_only and not await may_change_bot(event.post.username, ctx):
        return [reply(event, ctx.t("commands.refused", username=event.post.username))]
    return await command.handler(event, ctx)


@router.command("aide", "help", "?", help="commands.help_help")
async def help_command(event: MentionReceived, ctx: Ctx) -> list[Action]:
    from handlers import all_commands

    lines = [ctx.t("commands.help_intro", bot=ctx.bot_username), ""]
    for command in all_commands():
        names = " / ".join(f"`{a}`" for a in command.aliases if a != "?")
        usage = f" `{command.usage}`" if command.usage else ""
        staff = ctx.t("commands.staff_only") if command.staff_only else ""
        lines.append(f"- {names}{usage} : {ctx.t(command.help)}{staff}")
    return [reply(event, "\n".join(lines))]
