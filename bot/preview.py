"""`scribe preview`: what scribe sees in a topic and what it would do, posting nothing."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.dispatch import Dispatcher, describe
from bot.oneshot import Kit
from bot.replay import Simulation, replay
from bot.routing import Router
from bot.text import analyse
from bot.zones import other_zones


def zone_warnings(texts: list[str], configured: str) -> list[str]:
    """Posts that state their times in another zone than the forum's: scribe reads those times
    in the zone they state, but a setting that does not match the forum misplaces all the others."""
    others = other_zones(texts, configured)
    return [
        f"{n} time(s) stated in {zone}, but the configured timezone is {configured}: "
        f"check the timezone setting (SCRIBE_TIMEZONE)"
        for zone, n in others.most_common()
    ]


async def preview(ref: str, kit: Kit, dispatcher: Dispatcher, now: datetime | None = None) -> dict[str, Any]:
    """Every feature's findings, the zone warnings and the actions scribe would take. The keys the
    readable output prints come first, in the dispatcher's order of features."""
    topic, ctx, _ = await kit.topic(ref)
    if now is not None:
        ctx = ctx.__class__(**{**ctx.__dict__, "now": now})
    result: dict[str, Any] = {"topic": {"id": topic.id, "title": topic.title, "posts": len(topic.posts)}}
    for shown in (s for r in dispatcher.routers for s in r.shown):
        result[shown.key] = [] if shown.line else ""
    for router in dispatcher.routers:
        for fn in router.previews:
            result.update(await fn(topic, ctx))
    result["warnings"] = zone_warnings([analyse(p).text for p in topic.posts if p.is_regular], kit.settings.timezone)
    simulation = Simulation(dispatcher, kit.settings, ctx.forum)
    writes = await replay(topic, simulation, at=ctx.now)
    result["actions"] = [_public(describe(w)) for w in writes]
    return result


def _public(action: dict[str, Any]) -> dict[str, Any]:
    if "reply_to_post_number" in action:
        head = {k: action.pop(k) for k in ("kind", "topic_id", "reply_to_post_number")}
        action = {**head, **action}
    return action


def readable(result: dict[str, Any], routers: Sequence[Router]) -> str:
    """The preview as a moderator reads it: each feature's lists in the words of the feature
    (`Router.preview_lines`), the warnings, its texts, then the actions as JSON."""
    topic = result["topic"]
    out = [
        f"Topic {topic['id']}: {topic['title']} ({topic['posts']} posts)",
        "Every post is judged as if it had just been written; a running scribe reads only posts newer than its start.",
    ]
    shown = [s for r in routers for s in r.shown]
    for section in shown:
        if section.line is not None:
            items = result.get(section.key) or []
            out.append(f"\n{section.key.replace('_', ' ')}: {len(items)}")
            out.extend("  - " + section.line(item) for item in items[:15])
    out.extend(f"\nwarning: {warning}" for warning in result.get("warnings") or [])
    for section in shown:
        if section.line is None and result.get(section.key):
            out.append(f"\n{section.key}:\n" + result[section.key])
    out.append(f"\nactions scribe would take: {len(result['actions'])}")
    out.extend("  - " + json.dumps(action, ensure_ascii=False)[:300] for action in result["actions"])
    return "\n".join(out)
