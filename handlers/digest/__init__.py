"""The weekly digest, posted as one new topic per ISO week.

On `TickFired(name="digest.weekly")`: new topics, most active topics, most liked posts,
proposals gaining support (hook), upcoming meetings and open link requests (from the
other capabilities' memory), and a short synthesis per active topic. Only what every
reader of the digest may read: private messages and topics of read-restricted
categories are left out. Keyed `digest:{iso_year}-W{week:02d}`: once a week, even if
the tick fires twice.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bot.actions import Action, CreateTopic, Remember
from bot.ctx import Ctx
from bot.events import TickFired
from bot.i18n import Messages
from bot.models import Topic
from bot.routing import Router
from handlers.summaries import upcoming_meetings
from handlers.summaries.check import check_draft, safe_name, safe_text
from handlers.summaries.offline import offline_draft
from handlers.summaries.render import date_tag, post_link

router = Router("digest")
NAMESPACE = "digest"
WEEKLY = "digest.weekly"
LISTED = 100
SHOWN = 5


def week_key(ctx: Ctx) -> str:
    year, week, _ = ctx.now.astimezone(ctx.settings.tz).isocalendar()
    return f"digest:{year}-W{week:02d}"


def _topic_link(topic: Topic) -> str:
    return f"[{safe_text(topic.title).replace('[', '(').replace(']', ')')}](/t/{topic.slug or '-'}/{topic.id})"


async def readable_topics(ctx: Ctx, since: datetime) -> list[Topic]:
    """Topics active since `since` that every member may read (no PMs, no restricted categories)."""
    restricted = {c.id for c in await ctx.forum.categories() if c.read_restricted}
    own = {ctx.settings.digest.category_id} - {None}
    out = []
    for t in await ctx.forum.latest_topics(LISTED):
        if t.archetype == "private_message" or t.category_id in restricted or t.category_id in own:
            continue
        last = t.last_posted_at or t.created_at
        if last is not None and last >= since:
            out.append(t)
    return out


def _open_link_requests(values: dict[str, Any], allowed: set[int]) -> list[dict[str, Any]]:
    out = []
    for v in values.values():
        if (
            not isinstance(v, dict)
            or v.get("answer")
            or v.get("answered")
            or v.get("status") in ("answered", "closed", "done")
        ):
            continue
        if v.get("topic_id") in allowed:
            out.append(v)
    return sorted(out, key=lambda v: (v.get("topic_id") or 0, v.get("post_number") or 0))


async def stored_proposals(ctx: Ctx) -> list[dict[str, Any]]:
    """Every topic's proposals ranking the proposals capability keeps in memory."""
    out = []
    for key, value in (await ctx.memory.items("proposals")).items():
        if key.startswith("topic:") and isinstance(value, dict):
            out += [{**p, "topic_id": int(key.split(":", 1)[1])} for p in value.get("proposals") or ()]
    return out


async def build_digest(ctx: Ctx, proposals: list[dict[str, Any]] | None = None) -> tuple[str, str]:
    """The digest of the week ending at `ctx.now`: (title, raw).

    `proposals` (hook for the proposals capability): dicts with `text`, `supporters`,
    `post_numbers`, `topic_id` and, when known, `new_supporters` this week.
    """
    m = Messages(ctx.settings.language)
    t = m.get
    since = ctx.now - timedelta(days=7)
    year, week, _ = ctx.now.astimezone(ctx.settings.tz).isocalendar()
    title = t("digest.title", week=week, year=year)
    listed = await readable_topics(ctx, since)
    allowed = {tp.id for tp in listed}
    new_topics = [tp for tp in listed if tp.created_at and tp.created_at >= since]

    full: list[tuple[Topic, list]] = []
    for listed_topic in listed[: ctx.settings.digest.max_topics]:
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
                    f"- {safe_name(p.username)} {t('digest.in_topic')} {_topic_link(topic)} "
                    f"({post_link(topic.id, p.post_number)}) — {t('digest.likes', count=p.like_count)}"
                )
            out.append("")
    gaining = [p for p in proposals or () if p.get("text") and p.get("topic_id") in allowed]
    if gaining:
        gaining.sort(key=lambda p: -(p.get("new_supporters") or p.get("supporters") or 0))
        out += [f"## {t('digest.proposals')}", ""]
        for p in gaining[:SHOWN]:
            nums = ", ".join(post_link(p["topic_id"], n) for n in p.get("post_numbers") or ())
            out.append(
                f"- {safe_text(str(p['text']))} — {t('digest.supporters', count=p.get('supporters') or 0)} ({nums})"
            )
        out.append("")
    meetings = []
    for topic_id in allowed:
        meetings += [(mt, topic_id) for mt in await upcoming_meetings(ctx, topic_id)]
    meetings.sort(key=lambda x: x[0].starts_at)
    if meetings:
        out += [f"## {t('digest.meetings')}", ""]
        for mt, topic_id in meetings[:10]:
            link = f" — {mt.link}" if mt.link else ""
            source = f" ({post_link(topic_id, mt.post_number)})" if mt.post_number else ""
            out.append(f"- {safe_text(mt.title)} — {date_tag(mt.starts_at, ctx.settings.timezone)}{link}{source}")
        out.append("")
    requests = _open_link_requests(await ctx.memory.items("links"), allowed)
    if requests:
        out += [f"## {t('digest.link_requests')}", ""]
        for r in requests[:10]:
            what = safe_text(str(r.get("phrase") or r.get("text") or r.get("request") or "")).strip()
            where = (
                post_link(int(r["topic_id"]), int(r["post_number"]))
                if r.get("post_number")
                else f"/t/-/{r['topic_id']}"
            )
            out.append(
                f"- {where}"
                + (f" : « {what} »" if what and ctx.settings.language == "fr" else f": “{what}”" if what else "")
            )
        out.append("")
    if full:
        out += [f"## {t('digest.summaries')}", ""]
        for topic, posts in full[:SHOWN]:
            week_only = Topic(
                id=topic.id, title=topic.title, slug=topic.slug, category_id=topic.category_id, posts=tuple(posts)
            )
            draft, _ = check_draft(
                offline_draft(week_only, set(ctx.settings.summaries.organisers), size="brief"), topic
            )
            points = [p for th in draft.themes for p in th.points][:2] + draft.decisions[:1] + draft.open_questions[:1]
            if not points:
                continue
            out += [f"### {_topic_link(topic)}", ""]
            for p in points:
                out.append(f"- {safe_text(p.text)} ({', '.join(post_link(topic.id, n) for n in p.post_numbers)})")
            out.append("")
    if len(out) <= 2:
        out += [t("digest.quiet"), ""]
    out += ["---", "_" + t("digest.footer") + "_"]
    return title, "\n".join(out).strip() + "\n"


@router.on(TickFired, lambda e: e.name == WEEKLY)
async def weekly(event: TickFired, ctx: Ctx) -> list[Action]:
    if not ctx.settings.digest.enabled:
        return []
    key = week_key(ctx)
    if await ctx.memory.get(NAMESPACE, key):
        return []
    title, raw = await build_digest(ctx, event.payload.get("proposals") or await stored_proposals(ctx))
    return [
        CreateTopic(key=key, title=title, raw=raw, category_id=ctx.settings.digest.category_id),
        Remember(NAMESPACE, key, {"posted_at": ctx.now.isoformat(), "title": title}),
    ]
