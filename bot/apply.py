"""What an action does to scribe's state: written once, for SQLite and for memory alike."""

from __future__ import annotations

import dataclasses
import logging
from datetime import UTC, datetime

from bot import actions as A
from bot.schedule import Schedule
from bot.state import State

log = logging.getLogger("scribe.apply")
DEFAULT_SPEC = Schedule("", ("mon",), "09:00", "UTC")


def apply_all(state: State, actions: list[A.Action], now: datetime) -> None:
    for action in actions:
        apply(action, state, now)


def apply(action: A.Action, state: State, now: datetime) -> None:
    if isinstance(action, A.FORUM_WRITES):
        state.stage(action, now)
    elif isinstance(action, A.Remember):
        state.remember(action.namespace, action.key, action.value, now, action.expires_at)
    elif isinstance(action, A.ScheduleTimer):
        if not state.timer_fired(action.key):
            state.set_timer(dataclasses.replace(action, at=action.at.astimezone(UTC)))
    elif isinstance(action, A.CancelTimer):
        state.cancel_timer(action.key)
    elif isinstance(action, A.ChangeSchedule):
        change_schedule(state, action, now)
    elif isinstance(action, A.PauseBot):
        state.set_paused({"by": action.changed_by, "at": now.isoformat()} if action.paused else None)
        if not action.paused:
            # Resuming does not replay what was missed while paused.
            for s in state.all_schedules():
                if s.last_run is None or s.last_run < now.isoformat():
                    state.put_schedule(dataclasses.replace(s, last_run=now.isoformat()))
        log.info("bot.paused" if action.paused else "bot.resumed", extra={"by": action.changed_by})


def change_schedule(state: State, action: A.ChangeSchedule, now: datetime) -> None:
    """Create, change, pause, resume or remove a schedule; a resumed schedule does not
    replay the runs it missed while paused."""
    if action.remove:
        state.drop_schedule(action.name)
    else:
        old = state.schedule(action.name) or dataclasses.replace(DEFAULT_SPEC, name=action.name)
        changes: dict[str, object] = {}
        for name in ("days", "time", "timezone", "options"):
            value = getattr(action, name)
            if value is not None:
                changes[name] = value
        last_run = old.last_run or now.isoformat()
        paused = old.paused
        if action.paused is not None:
            if paused and not action.paused:
                last_run = now.isoformat()
            paused = action.paused
        state.put_schedule(
            dataclasses.replace(
                old,
                **changes,  # type: ignore[arg-type]
                origin=action.origin,
                changed_by=action.changed_by,
                changed_at=now.isoformat(),
                paused=paused,
                last_run=last_run,
            )
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
