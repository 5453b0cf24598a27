"""The settle delay (`[links] settle_minutes`): a link request nobody addressed to scribe is dealt
with once the delay is over, on the thread as it stands then.

Members often answer each other within minutes, and a reply scribe has posted cannot be taken
back: answering at once leaves the thread with two answers, or an ask to the announcer that was
not needed. The timer `links:settle:{post_id}` (stable: a post read twice, by the poll and a
webhook, sets it once; one already fired is never set again) fires `TickFired(name="links.settle",
payload={"post_id", "topic_id", "for_post"})` at the post's time plus the delay; a request read once the
delay is over (a catch-up) is dealt with at once. When what it decides then is to ask the announcer for the link,
it waits longer (`[links] ask_after_minutes`, `asks_at`): a second timer `links:ask:{post_id}` deals with the thread
as it stands then.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.actions import ScheduleTimer
from bot.ctx import Ctx
from bot.models import Post
from handlers.links.settings import LinksSettings
from handlers.meetings.meeting import Meeting

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


def asks_at(first: Post, ctx: Ctx, sessions: Sequence[Meeting]) -> datetime | None:
    """When the announcer may be asked for a link nobody gave (`[links] ask_after_minutes` after the first request):
    members and the announcer often answer within the hour, and the announcer who opened the topic is told of
    every reply by the forum itself. A session of the topic (`sessions` may hold other topics') starting before the
    wait ends shortens it: the announcer is asked `ASK_LEAD` before its start, time enough to give the link, and
    the members who answer within minutes ("Toujours 18h ce soir ? vous avez le lien visio ?" at 17:30, answered at
    17:41) still do first. None: now."""
    at = first.created_at + timedelta(minutes=ctx.settings.of(LinksSettings).ask_after_minutes)
    own = [m.start for m in sessions if m.topic_id == first.topic_id and not m.cancelled and ctx.now < m.start]
    if soon := [start for start in own if start <= at + SESSION_MARGIN]:
        at = min(at, min(soon) - ASK_LEAD)
    return None if at <= ctx.now else at


SESSION_MARGIN = timedelta(minutes=30)
"""How long before a session an ask still waits its whole time: one starting within this margin after the wait
shortens it."""
ASK_LEAD = timedelta(minutes=15)
"""How long before a session starting soon its announcer is asked for the link: time to give it."""


def ask_timer(post: Post, at: datetime) -> ScheduleTimer:
    """The timer that deals again with the request of `post` once the announcer may be asked (`asks_at`): the
    thread as it stands then, a link given meanwhile making scribe silent."""
    payload = {"post_id": post.id, "topic_id": post.topic_id, "for_post": True, "ask": True}
    return ScheduleTimer(f"links:ask:{post.id}", at, SETTLE, payload)
