"""The forum's activity, week by week, as every member can read it.

Read from `/posts.json` (50 posts a request, newest first) back to the start of the oldest
week charted: posts of private messages, read-restricted categories and scribe's own
categories are left out, and so are scribe's and the other bots' posts. A week the pages
did not reach entirely (the `max_pages` ceiling) is dropped rather than shown short.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.ctx import Ctx
from bot.models import Post

NEW_MEMBER_LOOKUPS = 20
"""Accounts looked up per week to tell a new member from a returning one (one request each)."""


@dataclass
class Week:
    start: datetime
    end: datetime
    posts: list[Post] = field(default_factory=list)
    new_members: int | None = None
    """Members whose account was made this week and who wrote; None when it could not be told."""

    @property
    def people(self) -> set[str]:
        return {p.username.lower() for p in self.posts}

    @property
    def new_topics(self) -> int:
        return sum(1 for p in self.posts if p.post_number == 1)


@dataclass
class Activity:
    weeks: list[Week]
    """Complete weeks, oldest first; the last one ends now."""
    requests: int = 0

    @property
    def this_week(self) -> Week | None:
        return self.weeks[-1] if self.weeks else None

    @property
    def last_week(self) -> Week | None:
        return self.weeks[-2] if len(self.weeks) >= 2 else None

    def posts(self) -> list[Post]:
        return [p for w in self.weeks for p in w.posts]


async def public_categories(ctx: Ctx) -> tuple[set[int], set[int]]:
    """(read-restricted categories, scribe's own output categories)."""
    restricted = {c.id for c in await ctx.forum.categories() if c.read_restricted}
    return restricted, ctx.settings.output_categories()


def readable(post: Post, ctx: Ctx, restricted: set[int], own: set[int]) -> bool:
    return (
        post.shown
        and post.archetype != "private_message"
        and post.category_id not in restricted
        and post.category_id not in own
        and not ctx.ignores(post.username)
    )


async def read_activity(ctx: Ctx, weeks: int, max_pages: int) -> Activity:
    """The last `weeks` weeks of readable posts (each week ends at the same weekday and hour as now)."""
    restricted, own = await public_categories(ctx)
    starts = [ctx.now - timedelta(days=7 * (weeks - i)) for i in range(weeks)]
    buckets = [Week(s, s + timedelta(days=7)) for s in starts]
    oldest = starts[0]
    seen: set[int] = set()
    reached = ctx.now
    before: int | None = None
    pages = 0
    exhausted = False
    while pages < max_pages:
        page = [p for p in await ctx.forum.latest_posts(before) if p.id not in seen]
        pages += 1
        if not page:
            exhausted = True
            break
        for post in page:
            seen.add(post.id)
            reached = min(reached, post.created_at)
            if post.created_at < oldest or post.created_at >= ctx.now or not readable(post, ctx, restricted, own):
                continue
            index = int((post.created_at - oldest) / timedelta(days=7))
            buckets[min(index, weeks - 1)].posts.append(post)
        before = min(p.id for p in page)
        if reached < oldest:
            exhausted = True
            break
    complete = buckets if exhausted else [w for w in buckets if w.start >= reached]
    activity = Activity(complete, pages)
    await _count_new_members(ctx, activity)
    return activity


async def _count_new_members(ctx: Ctx, activity: Activity) -> None:
    """For this week and last week: authors whose first post in the weeks read is in that week,
    and whose account was created in it. Unknown (None) when too many accounts would be read."""
    earlier: set[str] = set()
    firsts: list[set[str]] = []
    for week in activity.weeks:
        firsts.append(week.people - earlier)
        earlier |= week.people
    for week, first in list(zip(activity.weeks, firsts, strict=True))[-2:]:
        if len(first) > NEW_MEMBER_LOOKUPS:
            continue
        count = 0
        for name in sorted(first):
            user = await ctx.forum.user(name)
            if user is not None and user.created_at is not None and week.start <= user.created_at < week.end:
                count += 1
        week.new_members = count
