"""The weekly digest, posted as one new topic per ISO week.

On `TickFired(name="digest.weekly")`: new topics, most active topics, most liked posts,
proposals gaining support (hook), upcoming meetings and open link requests (from the
other capabilities' memory), and a short synthesis per active topic. Only what every
reader of the digest may read: private messages and topics of read-restricted
categories are left out. Keyed `digest:{iso_year}-W{week:02d}`: once a week, even if
the tick fires twice.
"""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta

from bot import markup
from bot.actions import Action, CreateTopic, Remember
from bot.config import Settings
from bot.ctx import Ctx
from bot.events import TickFired
from bot.i18n import Messages
from bot.models import Topic
from bot.oneshot import Kit, report
from bot.routing import Router
from bot.schedule import Schedule
from handlers.digest.settings import DigestSettings
from handlers.links.memory import OpenRequest, open_requests
from handlers.links.text import kind_label
from handlers.meetings import upcoming_meetings
from handlers.proposals import Proposal, stored_rankings
from handlers.summaries.check import check_draft
from handlers.summaries.offline import offline_draft
from handlers.summaries.settings import SummariesSettings

router = Router("digest", settings=DigestSettings)
NAMESPACE = "digest"
WEEKLY = "digest.weekly"
LISTED = 100
SHOWN = 5


def week_key(ctx: Ctx) -> str:
    year, week, _ = ctx.now.astimezone(ctx.settings.tz).isocalendar()
    return f"digest:{year}-W{week:02d}"


def _topic_link(topic: Topic) -> str:
    return markup.topic_link(topic.title, topic.id, topic.slug)


async def readable_topics(ctx: Ctx, since: datetime) -> list[Topic]:
    """Topics active since `since` that every member may read (no PMs, no restricted categories)."""
    restricted = {c.id for c in await ctx.forum.categories() if c.read_restricted}
    own = ctx.settings.output_categories()
    out = []
    for t in await ctx.forum.latest_topics(LISTED):
        if t.archetype == "private_message" or t.category_id in restricted or t.category_id in own:
            continue
        last = t.last_posted_at or t.created_at
        if last is not None and last >= since:
            out.append(t)
    return out


def _request_line(r: OpenRequest, m: Messages) -> str:
    """Where the request is, who asked and which link, if scribe could tell."""
    what = kind_label(r.kinds, m).strip()
    who = markup.plain_name(r.username)
    return f"{markup.post_link(r.topic_id, r.post_number)} ({who})" + (f" — {what}" if what else "")


async def build_digest(ctx: Ctx, proposals: list[Proposal] | None = None) -> tuple[str, str]:
    """The digest of the week ending at `ctx.now`: (title, raw). `proposals` defaults to the
    rankings the proposals feature keeps."""
    if proposals is None:
        proposals = await stored_rankings(ctx)
    settings = ctx.settings.of(DigestSettings)
    m = Messages(ctx.settings.language)
    t = m.get
    since = ctx.now - timedelta(days=7)
    year, week, _ = ctx.now.astimezone(ctx.settings.tz).isocalendar()
    title = t("digest.title", week=week, year=year)
    listed = await readable_topics(ctx, since)
    allowed = {tp.id for tp in listed}
    new_topics = [tp for tp in listed if tp.created_at and tp.created_at >= since]

    full: list[tuple[Topic, list]] = []
    for listed_topic in listed[: settings.max_topics]:
        topic = await ctx.forum.topic(listed_topic.id)
        week_posts = [p for p in topic.posts if p.is_regular and p.created_at >= since]
        if week_posts:
            full.append((topic, week_posts))
    full.sort(key=lambda x: -len(x[1]))

    out = [
        t(
            "digest.intro",
            start=f"{since.astimezone(ctx.settings.tz):%d/%m}",
            end=f"{ctx.now.astimezone(ctx.settings.tz):%d/%m}",
        ),
        "",
    ]
    if new_topics:
        out += [f"## {t('digest.new_topics')}", ""]
        out += [f"- {_topic_link(tp)}" for tp in new_topics[:10]]
        out.append("")
    if full:
        out += [f"## {t('digest.active_topics')}", ""]
        for topic, posts in full[:SHOWN]:
            people = len({p.username for p in posts})
            out.append(f"- {_topic_link(topic)} — {t('digest.activity', posts=len(posts), people=people)}")
        out.append("")
        liked = sorted((p for _, posts in full for p in posts if p.like_count > 0), key=lambda p: -p.like_count)[:SHOWN]
        if liked:
            out += [f"## {t('digest.liked_posts')}", ""]
            for p in liked:
                topic = next(tp for tp, _ in full if tp.id == p.topic_id)
                out.append(
                    f"- {markup.plain_name(p.username)} {t('digest.in_topic')} {_topic_link(topic)} "
                    f"({markup.post_link(topic.id, p.post_number)}) — {t('digest.likes', count=p.like_count)}"
                )
            out.append("")
    gaining = sorted((p for p in proposals if p.text and p.topic_id in allowed), key=lambda p: -p.supporters)
    if gaining:
        out += [f"## {t('digest.proposals')}", ""]
        for p in gaining[:SHOWN]:
            nums = markup.post_links(p.topic_id, p.post_numbers)
            out.append(f"- {markup.inert(p.text)} — {t('digest.supporters', count=p.supporters)} ({nums})")
        out.append("")
    meetings = [mt for mt in await upcoming_meetings(ctx) if mt.topic_id in allowed]
    if meetings:
        out += [f"## {t('digest.meetings')}", ""]
        for mt in meetings[:10]:
            link = f" — {mt.link}" if mt.link else ""
            source = f" ({markup.post_link(mt.topic_id, mt.post_number)})" if mt.post_number else ""
            when = markup.date(mt.start, ctx.settings.timezone)
            out.append(f"- {markup.inert(mt.title)} — {when}{link}{source}")
        out.append("")
    requests = [r for r in await open_requests(ctx) if r.topic_id in allowed]
    if requests:
        out += [f"## {t('digest.link_requests')}", ""]
        out += [f"- {_request_line(r, m)}" for r in requests[:10]]
        out.append("")
    if full:
        out += [f"## {t('digest.summaries')}", ""]
        for topic, posts in full[:SHOWN]:
            week_only = Topic(
                id=topic.id, title=topic.title, slug=topic.slug, category_id=topic.category_id, posts=tuple(posts)
            )
            draft, _ = check_draft(
                offline_draft(week_only, set(ctx.settings.of(SummariesSettings).organisers), size="brief"), topic
            )
            points = [p for th in draft.themes for p in th.points][:2] + draft.decisions[:1] + draft.open_questions[:1]
            if not points:
                continue
            out += [f"### {_topic_link(topic)}", ""]
            for p in points:
                out.append(f"- {markup.inert(p.text)} ({markup.post_links(topic.id, p.post_numbers)})")
            out.append("")
    if len(out) <= 2:
        out += [t("digest.quiet"), ""]
    out += ["---", "_" + t("digest.footer") + "_"]
    return title, "\n".join(out).strip() + "\n"


@router.on(TickFired, lambda e: e.name == WEEKLY)
async def weekly(event: TickFired, ctx: Ctx) -> list[Action]:
    settings = ctx.settings.of(DigestSettings)
    if not settings.enabled:
        return []
    key = week_key(ctx)
    if await ctx.memory.get(NAMESPACE, key):
        return []
    title, raw = await build_digest(ctx)
    return [
        CreateTopic(key=key, title=title, raw=raw, category_id=settings.category_id),
        Remember(NAMESPACE, key, {"posted_at": ctx.now.isoformat(), "title": title}),
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
        title, raw = await build_digest(ctx)
        return f"# {title}\n\n{raw}"
    sent = await kit.perform(await weekly(TickFired(WEEKLY, ctx.now, f"digest.cli@{ctx.now.isoformat()}"), ctx))
    return report(sent) if sent else "The digest of this week was already posted."
