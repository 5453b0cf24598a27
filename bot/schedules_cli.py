"""`scribe schedules list|add|remove|pause|resume`: the same store and rules as the forum commands."""

from __future__ import annotations

import argparse
import getpass
import re
from datetime import UTC, datetime

from bot.actions import ChangeSchedule
from bot.config import Settings
from bot.schedule import DAYS
from bot.scheduler import Scheduler, WantedSchedules
from bot.store import Store


async def schedules(args: argparse.Namespace, settings: Settings, wanted: WantedSchedules) -> int:
    store = await Store(settings.store.path).open()
    try:
        now = datetime.now(UTC)
        scheduler = Scheduler(store, settings, wanted)
        await scheduler.sync_config(now)
        who = f"{getpass.getuser()} (command line)"
        if args.action == "list":
            for s in await scheduler.all():
                nxt = s.next_run(now)
                origin = (
                    "config file"
                    if s.origin == "config"
                    else f"{s.origin}: {s.changed_by} at {(s.changed_at or '')[:16]}"
                )
                state = (
                    "paused" if s.paused else f"next {nxt.astimezone(settings.tz):%a %Y-%m-%d %H:%M %Z}" if nxt else ""
                )
                print(f"{s.name:28} {','.join(s.days)} {s.time} {s.timezone}  {state}  ({origin})")
            paused = await store.paused()
            if paused:
                print(f"scribe is paused since {paused['at'][:16]} by {paused['by']}")
            return 0
        if args.action == "add":
            days = tuple(d.strip().lower()[:3] for d in args.days.split(","))
            if not all(d in DAYS for d in days) or not re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d", args.time):
                print(
                    "scribe: write days as mon,tue,…,sun and the time as HH:MM, "
                    "e.g. `scribe schedules add digest.weekly thu 17:30`"
                )
                return 2
            options = {"category_id": args.category} if args.category else None
            action = ChangeSchedule(
                args.name,
                who,
                origin="cli",
                days=days,
                time=args.time,
                timezone=settings.timezone,
                options=options,
                paused=False,
            )
        else:
            if await scheduler.get(args.name) is None:
                print(f"scribe: no schedule named {args.name!r}; see `scribe schedules list`")
                return 2
            action = ChangeSchedule(
                args.name,
                who,
                origin="cli",
                remove=args.action == "remove",
                paused={"pause": True, "resume": False}.get(args.action),
            )
        await store.apply([action], now)
        print(f"{args.action}: {args.name} ok")
        return 0
    finally:
        await store.close()
