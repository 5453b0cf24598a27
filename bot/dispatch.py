"""The dispatcher: routes one event to every matching handler, then records the outcome.

A handler that fails is logged and skipped for that event; it never blocks the
others or the cursor. The event's outcome (the post marked seen, the cursor, the
timer or schedule marked fired, the writes staged, the memory changed) is
committed in one transaction, so a crash leaves either all of it or none.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from bot import actions as A
from bot.ctx import Ctx
from bot.events import Event, PostCreated, PostEdited, TickFired
from bot.mentions import parse_mention
from bot.outbox import stage
from bot.routing import Router

log = logging.getLogger("scribe.dispatch")


class Dispatcher:
    def __init__(self, routers: list[Router], bot_username: str) -> None:
        self.routers = routers
        self.bot = bot_username

    def expand(self, event: Event) -> list[Event]:
        """A new post that addresses the bot is also a `MentionReceived`."""
        if isinstance(event, PostCreated):
            mention = parse_mention(event.post, self.bot)
            return [event, mention] if mention else [event]
        return [event]

    async def dispatch(self, event: Event, ctx: Ctx, only: str | None = None) -> list[A.Action]:
        """Every matching handler's actions; `only` restricts to one router (while paused: commands)."""
        actions: list[A.Action] = []
        for sub in self.expand(event):
            for router in self.routers:
                if only is not None and router.name != only:
                    continue
                for route in router.routes:
                    if not route.matches(sub):
                        continue
                    try:
                        actions += await route.handler(sub, ctx)
                    except Exception:
                        log.exception(
                            "handler.failed",
                            extra={"handler": f"{router.name}.{route.handler.__name__}", "event": type(sub).__name__},
                        )
        return _drop_answered_fallbacks(actions)


def _drop_answered_fallbacks(actions: list[A.Action]) -> list[A.Action]:
    answered = {
        (a.topic_id, a.reply_to_post_number) for a in actions if isinstance(a, A.ReplyToPost) and not a.fallback
    }
    return [
        a
        for a in actions
        if not (isinstance(a, A.ReplyToPost) and a.fallback and (a.topic_id, a.reply_to_post_number) in answered)
    ]


@dataclass(frozen=True)
class Outcome:
    """What handling one event changes in the store."""

    event: Event
    actions: list[A.Action]
    now: datetime


def commit(db: Database, outcome: Outcome) -> None:
    event, now = outcome.event, outcome.now
    with db.atomic():
        if isinstance(event, (PostCreated, PostEdited)):
            p = event.post
            db["seen"].upsert(
                {
                    "post_id": p.id,
                    "version": p.version,
                    "topic_id": p.topic_id,
                    "post_number": p.post_number,
                    "seen_at": now.isoformat(),
                },
                pk="post_id",
            )
            if isinstance(event, PostCreated):
                db.execute(
                    "INSERT INTO meta (key, value) VALUES ('cursor', ?) ON CONFLICT(key) DO UPDATE SET value = "
                    "CASE WHEN CAST(value AS INTEGER) < CAST(excluded.value AS INTEGER) THEN excluded.value ELSE value END",
                    [str(p.id)],
                )
        elif isinstance(event, TickFired):
            db.execute("UPDATE timers SET status = 'fired' WHERE key = ?", [event.key])
            db.execute(
                "UPDATE schedules SET last_run = ? WHERE name = ? AND (last_run IS NULL OR last_run < ?)",
                [event.at.isoformat(), event.name, event.at.isoformat()],
            )
        apply_all(db, outcome.actions, now)


def apply_all(db: Database, actions: list[A.Action], now: datetime) -> None:
    """Apply actions in one transaction (nested in the caller's when there is one)."""
    with db.atomic():
        for action in actions:
            apply(db, action, now)


def apply(db: Database, action: A.Action, now: datetime) -> None:
    if isinstance(action, A.FORUM_WRITES):
        stage(db, action, now)  # type: ignore[arg-type]
    elif isinstance(action, A.Remember):
        if action.value is None:
            db.execute("DELETE FROM memory WHERE namespace = ? AND key = ?", [action.namespace, action.key])
        else:
            db["memory"].upsert(
                {
                    "namespace": action.namespace,
                    "key": action.key,
                    "value": json.dumps(action.value, ensure_ascii=False, default=str),
                    "updated_at": now.isoformat(),
                },
                pk=("namespace", "key"),
            )
    elif isinstance(action, A.ScheduleTimer):
        fired = db.execute("SELECT 1 FROM timers WHERE key = ? AND status = 'fired'", [action.key]).fetchone()
        if not fired:
            db["timers"].upsert(
                {
                    "key": action.key,
                    "at": action.at.astimezone(UTC).isoformat(),
                    "name": action.name,
                    "payload": json.dumps(action.payload, default=str),
                    "status": "pending",
                },
                pk="key",
            )
    elif isinstance(action, A.CancelTimer):
        db.execute("DELETE FROM timers WHERE key = ? AND status = 'pending'", [action.key])
    elif isinstance(action, A.ChangeSchedule):
        change_schedule(db, action, now)
    elif isinstance(action, A.PauseBot):
        value = json.dumps({"by": action.changed_by, "at": now.isoformat()}) if action.paused else ""
        db["meta"].upsert({"key": "paused", "value": value}, pk="key")
        if not action.paused:
            db.execute("UPDATE schedules SET last_run = ? WHERE last_run < ?", [now.isoformat(), now.isoformat()])
        log.info("bot.paused" if action.paused else "bot.resumed", extra={"by": action.changed_by})


def change_schedule(db: Database, action: A.ChangeSchedule, now: datetime) -> None:
    """Apply a schedule change; a resumed schedule does not replay the runs it missed while paused."""
    row = db.execute("SELECT spec, paused, last_run FROM schedules WHERE name = ?", [action.name]).fetchone()
    if action.remove:
        db.execute("DELETE FROM schedules WHERE name = ?", [action.name])
    else:
        spec = json.loads(row[0]) if row else {"days": ["mon"], "time": "09:00", "timezone": "UTC", "options": {}}
        for field_name in ("days", "time", "timezone", "options"):
            value = getattr(action, field_name)
            if value is not None:
                spec[field_name] = list(value) if isinstance(value, tuple) else value
        paused = bool(row[1]) if row else False
        last_run = row[2] if row and row[2] else now.isoformat()
        if action.paused is not None:
            if paused and not action.paused:
                last_run = now.isoformat()
            paused = action.paused
        db["schedules"].upsert(
            {
                "name": action.name,
                "spec": json.dumps(spec),
                "origin": action.origin,
                "changed_by": action.changed_by,
                "changed_at": now.isoformat(),
                "paused": int(paused),
                "last_run": last_run,
            },
            pk="name",
        )
    log.info(
        "schedule.changed",
        extra={
            "schedule": action.name,
            "by": action.changed_by,
            "origin": action.origin,
            "remove": action.remove,
            "paused": action.paused,
            "days": action.days,
            "time": action.time,
        },
    )


def already_handled(db: Database, event: Event) -> bool:
    """Webhooks and polls may deliver the same fact twice; handle it once."""
    if isinstance(event, (PostCreated, PostEdited)):
        row = db.execute("SELECT version FROM seen WHERE post_id = ?", [event.post.id]).fetchone()
        if row is None:
            return False
        if isinstance(event, PostEdited) and (event.post.deleted or event.post.hidden):
            return False
        return isinstance(event, PostCreated) or row[0] >= event.post.version
    if isinstance(event, TickFired):
        timer = db.execute("SELECT status FROM timers WHERE key = ?", [event.key]).fetchone()
        if timer is not None:
            return timer[0] == "fired"
        sched = db.execute("SELECT last_run FROM schedules WHERE name = ?", [event.name]).fetchone()
        return bool(sched and sched[0] and sched[0] >= event.at.isoformat())
    return False


def describe(action: A.Action) -> dict[str, Any]:
    """An action as the JSON `--dry-run` and `scribe preview` print."""
    kind = {
        A.ReplyToPost: "reply",
        A.CreateTopic: "topic",
        A.SendPrivateMessage: "pm",
        A.EditPost: "edit",
        A.Remember: "remember",
        A.ScheduleTimer: "timer",
        A.CancelTimer: "cancel_timer",
        A.ChangeSchedule: "schedule",
        A.PauseBot: "pause",
    }[type(action)]
    out: dict[str, Any] = {"kind": kind}
    for k, v in action.__dict__.items():
        out[k] = v.isoformat() if isinstance(v, datetime) else list(v) if isinstance(v, tuple) else v
    return out
