"""The settle delay (`[links] settle_minutes`): a link request nobody addressed to scribe is dealt
with once the delay is over, on the thread as it stands then.

Members often answer each other within minutes, and a reply scribe has posted cannot be taken
back: answering at once leaves the thread with two answers, or an ask to the announcer that was
not needed. The timer `links:settle:{post_id}` (stable: a post read twice, by the poll and a
webhook, sets it once; one already fired is never set again) fires `TickFired(name="links.settle",
payload={"post_id", "topic_id", "for_post"})` at the post's time plus the delay; a request read once the
delay is over (a catch-up) is dealt with at once.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.actions import ScheduleTimer
from bot.ctx import Ctx
from bot.models import Post
from handlers.links.settings import LinksSettings

SETTLE = "links.settle"


def settles_at(post: Post, ctx: Ctx) -> datetime | None:
    """When a request nobody addressed to scribe is to be dealt with; None: now (no delay, or read
    once the delay is over)."""
    minutes = ctx.settings.of(LinksSettings).settle_minutes
    at = post.created_at + timedelta(minutes=minutes)
    return at if minutes > 0 and at > ctx.now else None


def settle_timer(post: Post, at: datetime) -> ScheduleTimer:
    """The timer that deals with the request of `post` at `at`. What it posts answers a member (`for_post`):
    quiet hours do not hold it back, as they do not hold an answer given at once."""
    payload = {"post_id": post.id, "topic_id": post.topic_id, "for_post": True}
    return ScheduleTimer(f"links:settle:{post.id}", at, SETTLE, payload)
