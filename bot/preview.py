"""`scribe preview`: what scribe sees in a topic and what it would do, posting nothing."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.dispatch import Dispatcher, describe
from bot.oneshot import Kit
from bot.replay import Simulation, replay
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
    topic, ctx, _ = await kit.topic(ref)
    if now is not None:
        ctx = ctx.__class__(**{**ctx.__dict__, "now": now})
    result: dict[str, Any] = {
        "topic": {"id": topic.id, "title": topic.title, "posts": len(topic.posts)},
        "proposals": [],
        "meetings": [],
        "link_requests": [],
        "missing_links": [],
        "summary": "",
    }
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
