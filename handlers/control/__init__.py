"""Moderators steer scribe's schedules from the forum: list, change, pause, resume.

`@scribe planning`, `@scribe digest jeudi 17h30`, `@scribe synthèse chaque vendredi 17h`
(in a category's topic), `@scribe rappels 24h 1h`, `@scribe pause` / `reprendre`.
Changes are actions (`ChangeSchedule`, `PauseBot`, `Remember`) the engine applies live;
the permission check is done by the commands module against the forum's user record.
"""

from __future__ import annotations

import re

from bot import markup
from bot.actions import Action, ChangeSchedule, PauseBot, Remember, reply
from bot.config import format_duration
from bot.ctx import Ctx
from bot.events import MentionReceived
from bot.routing import Router
from bot.schedule import Schedule
from bot.text import fold
from handlers.control.parse import DAYS, is_off, is_on, parse_offsets, parse_when
from handlers.meetings.settings import MeetingsSettings

router = Router("control")
SUMMARY_WORDS = ("synthèse", "summary", "synthese", "syntheses", "synthèses", "summaries")
OVERRIDES = "overrides"
_QUIET = re.compile(
    r"\b(\d{1,2})\s*[:h]\s*(\d{2})?\s*(?:-|–|a|to|till|until|jusqu'a)\s*(\d{1,2})\s*(?:[:h]\s*(\d{2})?)?"
)


def _day_names(days: tuple[str, ...], ctx: Ctx) -> str:
    if tuple(days) == DAYS:
        return ctx.t("schedules.every_day")
    return ", ".join(ctx.t(f"schedules.day.{d}") for d in days)


def _describe(s: Schedule, ctx: Ctx) -> str:
    kind = "summaries.periodic" if s.name.startswith("summaries.periodic") else s.name
    label = ctx.t(f"schedules.name.{kind}") if ctx.messages.has(f"schedules.name.{kind}") else s.name
    if s.options and s.options.get("category_id"):
        label += " " + ctx.t("schedules.in_category", category=s.options["category_id"])
    when = ctx.t("schedules.when", days=_day_names(s.days, ctx), time=s.time)
    nxt = s.next_run(ctx.now)
    state = (
        ctx.t("schedules.paused")
        if s.paused
        else (ctx.t("schedules.next", date=markup.date(nxt, s.timezone)) if nxt else "")
    )
    origin = (
        ctx.t("schedules.origin_config")
        if s.origin == "config"
        else ctx.t(
            "schedules.origin_changed",
            by=s.changed_by or "?",
            origin=s.origin,
            date=(s.changed_at or "")[:16].replace("T", " "),
        )
    )
    return f"- **{label}** : {when} — {state} ({origin})"


@router.command("planning", "schedules", "horaires", help="schedules.help_list", while_paused=True)
async def list_schedules(event: MentionReceived, ctx: Ctx) -> list[Action]:
    lines = [ctx.t("schedules.list_intro"), ""]
    for s in await ctx.memory.schedules():
        lines.append(_describe(s, ctx))
    offsets = ctx.settings.of(MeetingsSettings).offsets()
    override = await ctx.memory.get(OVERRIDES, "meetings.reminder_offsets")
    origin = (
        ctx.t(
            "schedules.origin_changed",
            by=markup.plain_name(override["by"]),
            origin="forum",
            date=override["at"][:16].replace("T", " "),
        )
        if override
        else ctx.t("schedules.origin_config")
    )
    before = ", ".join(format_duration(o) for o in offsets)
    lines.append(f"- **{ctx.t('schedules.name.reminders')}** : {ctx.t('schedules.before', offsets=before)} ({origin})")
    quiet = await ctx.memory.get(OVERRIDES, "quiet.hours")
    hours = quiet["value"] if quiet else ctx.settings.quiet.hours
    if hours:
        origin = (
            ctx.t(
                "schedules.origin_changed",
                by=markup.plain_name(quiet["by"]),
                origin="forum",
                date=quiet["at"][:16].replace("T", " "),
            )
            if quiet
            else ctx.t("schedules.origin_config")
        )
        lines.append(f"- **{ctx.t('schedules.name.quiet')}** : {hours} ({origin})")
    paused = await ctx.memory.paused()
    if paused:
        lines += [
            "",
            ctx.t(
                "schedules.bot_paused",
                by=markup.plain_name(str(paused.get("by") or "")),
                date=paused.get("at", "")[:16].replace("T", " "),
            ),
        ]
    return [reply(event, "\n".join(lines))]


@router.command("digest", "résumé-hebdo", help="schedules.help_digest", staff_only=True, usage="jeudi 17h30")
async def set_digest(event: MentionReceived, ctx: Ctx) -> list[Action]:
    return _set_schedule(event, ctx, "digest.weekly", {}, "digest")


def _sets_schedule(event: MentionReceived) -> bool:
    """`@scribe synthèse chaque vendredi 17h` sets a schedule; plain `@scribe synthèse` asks for one now."""
    return bool(parse_when(event.args) or is_off(event.args) or is_on(event.args))


@router.command(
    *SUMMARY_WORDS, help="schedules.help_summaries", staff_only=True, usage="chaque vendredi 17h", when=_sets_schedule
)
async def set_summaries(event: MentionReceived, ctx: Ctx) -> list[Action]:
    category = event.post.category_id
    if category is None:
        category = (await ctx.forum.topic(event.post.topic_id)).category_id
    name = f"summaries.periodic.c{category}" if category is not None else "summaries.periodic"
    options = {"category_id": category} if category is not None else {}
    return _set_schedule(event, ctx, name, options, "summaries")


def _set_schedule(event: MentionReceived, ctx: Ctx, name: str, options: dict, what: str) -> list[Action]:
    by = event.post.username
    if is_off(event.args):
        return [
            ChangeSchedule(name, by, paused=True),
            reply(event, ctx.t("schedules.ack_off", what=ctx.t(f"schedules.name.{what}"))),
        ]
    if is_on(event.args):
        return [
            ChangeSchedule(name, by, paused=False),
            reply(event, ctx.t("schedules.ack_on", what=ctx.t(f"schedules.name.{what}"))),
        ]
    when = parse_when(event.args)
    if when is None:
        return [
            reply(event, ctx.t(f"schedules.example_{what}", bot=ctx.bot_username, text=markup.inert(event.args) or "…"))
        ]
    s = Schedule(name, when.days, when.time, ctx.settings.timezone, options=options)
    nxt = s.next_run(ctx.now)
    ack = ctx.t(
        "schedules.ack",
        what=ctx.t(f"schedules.name.{what}"),
        when=ctx.t("schedules.when", days=_day_names(when.days, ctx), time=when.time),
        next=markup.date(nxt, s.timezone) if nxt else "",
        by=by,
    )
    return [
        ChangeSchedule(
            name, by, days=when.days, time=when.time, timezone=ctx.settings.timezone, options=options, paused=False
        ),
        reply(event, ack),
    ]


@router.command("rappels", "reminders", help="schedules.help_reminders", staff_only=True, usage="24h 1h")
async def set_reminders(event: MentionReceived, ctx: Ctx) -> list[Action]:
    offsets = parse_offsets(event.args)
    if offsets is None:
        return [
            reply(
                event, ctx.t("schedules.example_reminders", bot=ctx.bot_username, text=markup.inert(event.args) or "…")
            )
        ]
    names = offsets
    value = {
        "value": names,
        "also": {"meetings.category_offsets": {}},
        "by": event.post.username,
        "at": ctx.now.isoformat(),
    }
    return [
        Remember(OVERRIDES, "meetings.reminder_offsets", value),
        reply(
            event, ctx.t("schedules.ack_reminders", offsets=", ".join(names), by=markup.plain_name(event.post.username))
        ),
    ]


@router.command("silence", "quiet", help="schedules.help_quiet", staff_only=True, usage="22h-7h")
async def set_quiet(event: MentionReceived, ctx: Ctx) -> list[Action]:
    """Quiet hours: scribe's own posts (reminders, digests, syntheses) wait for the window's end."""
    from bot.quiet import format_window, parse_window

    by = event.post.username
    if is_off(event.args):
        value = {"value": "", "by": by, "at": ctx.now.isoformat()}
        return [Remember(OVERRIDES, "quiet.hours", value), reply(event, ctx.t("schedules.ack_quiet_off"))]
    m = _QUIET.search(fold(event.args))
    try:
        window = parse_window(f"{m[1]}:{m[2] or '00'}-{m[3]}:{m[4] or '00'}") if m else None
    except ValueError:
        window = None
    if window is None:
        return [
            reply(event, ctx.t("schedules.example_quiet", bot=ctx.bot_username, text=markup.inert(event.args) or "…"))
        ]
    value = {"value": format_window(window), "by": by, "at": ctx.now.isoformat()}
    return [
        Remember(OVERRIDES, "quiet.hours", value),
        reply(
            event,
            ctx.t(
                "schedules.ack_quiet", start=f"{window[0]:%H:%M}", end=f"{window[1]:%H:%M}", by=markup.plain_name(by)
            ),
        ),
    ]


@router.command("pause", help="schedules.help_pause", staff_only=True, pauses=True)
async def pause(event: MentionReceived, ctx: Ctx) -> list[Action]:
    """What a pause drops and what it holds for the resume: `bot.dispatch.pause`, `held_by_pause`."""
    return [PauseBot(True, event.post.username), reply(event, ctx.t("schedules.ack_pause", bot=ctx.bot_username))]


@router.command(
    "reprendre", "resume", "reprise", help="schedules.help_resume", staff_only=True, while_paused=True, pauses=False
)
async def resume(event: MentionReceived, ctx: Ctx) -> list[Action]:
    return [PauseBot(False, event.post.username), reply(event, ctx.t("schedules.ack_resume"))]
