"""The weekly digest, posted as one new topic per ISO week in the configured category.

On `TickFired(name="digest.weekly")`: the week in numbers (against last week, with a chart
of the last weeks), what was decided, what is coming (meetings and deadlines, apart), the
debates and what moved in them, the best supported proposals, the most appreciated posts,
and what is still open (links asked for, questions nobody answered). A section with
nothing to say is left out. Only what every reader of the digest may read: private
messages and topics of read-restricted categories are left out. Keyed
`digest:{iso_year}-W{week:02d}`: once a week, even if the tick fires twice.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bot import charts
from bot.actions import Action, CreateTopic, Image, Remember, image_placeholder
from bot.config import Settings
from bot.ctx import Ctx
from bot.dateorder import day_and_month
from bot.events import TickFired
from bot.i18n import Messages
from bot.oneshot import Kit, report
from bot.routing import Router
from bot.schedule import Schedule
from handlers.digest import sections
from handlers.digest.activity import read_activity
from handlers.digest.settings import DigestSettings
from handlers.proposals import Proposal, stored_rankings
from handlers.summaries.settings import SummariesSettings

router = Router("digest", settings=DigestSettings)
NAMESPACE = "digest"
WEEKLY = "digest.weekly"
CHART = "activite"
SUMMARIES = "summaries"


@dataclass(frozen=True)
class Digest:
    title: str
    raw: str
    images: tuple[Image, ...] = ()
    remembered: dict[str, Any] | None = None
    """What the next digest compares with (support per proposal)."""


def week_key(ctx: Ctx) -> str:
    year, week, _ = ctx.now.astimezone(ctx.settings.tz).isocalendar()
    return f"digest:{year}-W{week:02d}"


async def _previous_support(ctx: Ctx) -> dict[str, int]:
    """Support per proposal as the last digest before this week saw it."""
    records = [v for k, v in (await ctx.memory.items(NAMESPACE)).items() if k != week_key(ctx) and isinstance(v, dict)]
    records.sort(key=lambda v: str(v.get("posted_at") or ""))
    return dict(records[-1].get("support") or {}) if records else {}


async def standing(ctx: Ctx, proposals: list[Proposal], allowed: set[int], wanted: int = 3) -> list[Proposal]:
    """The best supported proposals whose posts are still there: a ranking kept in memory may
    predate a deletion scribe never heard of (no webhook). A few cheap reads, for those shown."""
    ranked = sorted(
        (p for p in proposals if p.text and p.supporters > 0 and p.topic_id in allowed),
        key=lambda p: (-p.supporters, p.topic_id),
    )
    kept: list[Proposal] = []
    for p in ranked:
        if len(kept) >= wanted:
            break
        posts = [await ctx.forum.post_by_number(p.topic_id, n) for n in p.post_numbers[:3]]
        if all(post is not None and post.shown for post in posts):
            kept.append(p)
    return kept


def _section(title: str, lines: list[str]) -> list[str]:
    return [f"## {title}", "", *lines, ""] if lines else []


async def build_digest(ctx: Ctx, proposals: list[Proposal] | None = None) -> Digest:
    """The digest of the week ending at `ctx.now`. `proposals` defaults to the rankings the
    proposals feature keeps."""
    settings = ctx.settings.of(DigestSettings)
    m = Messages(ctx.settings.language)
    tz = ctx.settings.tz
    # The ISO week most of the covered seven days fall in: a Monday digest names last week.
    year, week_number, _ = (ctx.now - timedelta(days=3, hours=12)).astimezone(tz).isocalendar()
    title = m.get("digest.title", week=week_number, year=year)
    activity = await read_activity(ctx, settings.chart_weeks, settings.max_pages)
    week = activity.this_week
    if week is None:
        return Digest(title, m.get("digest.unreadable") + "\n")
    allowed = {p.topic_id for p in activity.posts()}
    summaries = await ctx.memory.items(SUMMARIES)
    if proposals is None:
        proposals = await stored_rankings(ctx)
    before = await _previous_support(ctx)
    organisers = set(ctx.settings.of(SummariesSettings).organisers)

    start = week.start.astimezone(tz)
    order = ctx.settings.date_order
    out = [
        m.get(
            "digest.intro",
            start=day_and_month(start.date(), order),
            end=day_and_month(ctx.now.astimezone(tz).date(), order),
        ),
        "",
    ]
    images: list[Image] = []
    numbers = sections.numbers(activity, m) if week.posts or activity.last_week else []
    if numbers and len(activity.weeks) >= 2:
        spec = charts.weekly_activity(
            [day_and_month(w.start.astimezone(tz).date(), order) for w in activity.weeks],
            [len(w.posts) for w in activity.weeks],
            [len(w.people) for w in activity.weeks],
            ctx.settings.language,
        )
        images.append(Image(CHART, charts.alt_text(spec), chart=spec))
        numbers = [*numbers, "", image_placeholder(CHART)]
    out += _section(m.get("digest.numbers"), numbers)
    out += _section(m.get("digest.decided"), await sections.decided(ctx, week, summaries))
    out += _section(m.get("digest.coming"), (await sections.coming_up(ctx, allowed, activity.posts(), m))[:-1])
    debates = await sections.debates(week, summaries, organisers, settings.max_topics, m)
    out += _section(m.get("digest.debates"), debates)
    shown = await standing(ctx, proposals, allowed)
    out += _section(m.get("digest.proposals"), sections.proposals(shown, allowed, before, m))
    out += _section(m.get("digest.appreciated"), sections.appreciated(week, m))
    out += _section(m.get("digest.still_open"), await sections.still_open(ctx, allowed, activity, m))
    if not week.posts:
        out += [m.get("digest.quiet"), ""]
    out += ["---", "_" + m.get("digest.footer") + "_"]
    support = {sections.proposal_id(p): p.supporters for p in proposals if p.topic_id in allowed and p.supporters}
    return Digest(title, "\n".join(out).strip() + "\n", tuple(images), {"support": support})


@router.on(TickFired, lambda e: e.name == WEEKLY)
async def weekly(event: TickFired, ctx: Ctx) -> list[Action]:
    settings = ctx.settings.of(DigestSettings)
    if not settings.enabled:
        return []
    key = week_key(ctx)
    if await ctx.memory.get(NAMESPACE, key):
        return []
    digest = await build_digest(ctx)
    value = {"posted_at": ctx.now.isoformat(), "title": digest.title, **(digest.remembered or {})}
    return [
        CreateTopic(
            key=key, title=digest.title, raw=digest.raw, category_id=settings.category_id, images=digest.images
        ),
        Remember(NAMESPACE, key, value),
    ]


@router.schedule
def weekly_schedule(settings: Settings) -> list[Schedule]:
    digest = settings.of(DigestSettings)
    return [Schedule(WEEKLY, (digest.day,), digest.time, settings.timezone)] if digest.enabled else []


def _digest_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--post", action="store_true", help="publish it (once per week)")


@router.cli("digest", "this week's digest (printed; --post publishes it, once per week)", _digest_args)
async def digest_cli(args: argparse.Namespace, kit: Kit) -> str:
    ctx = await kit.bot_ctx()
    if not args.post:
        digest = await build_digest(ctx)
        raw = digest.raw
        for image in digest.images:  # printed, the chart is named by what it shows
            raw = raw.replace(image.placeholder, f"_({image.alt})_")
        return f"# {digest.title}\n\n{raw}"
    sent = await kit.perform(await weekly(TickFired(WEEKLY, ctx.now, f"digest.cli@{ctx.now.isoformat()}"), ctx))
    return report(sent) if sent else "The digest of this week was already posted."
