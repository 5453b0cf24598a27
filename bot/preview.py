"""`scribe preview`: what scribe sees in a topic and what it would do, posting nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.app import load_topic
from bot.config import Settings
from bot.ctx import Ctx, DictMemory, StaticForum
from bot.dispatch import describe
from bot.engine import PassForum
from bot.i18n import Messages
from bot.replay import replay


async def preview(ref: str, settings: Settings, now: datetime | None = None) -> dict[str, Any]:
    from handlers import routers

    topic, forum = await load_topic(ref, settings)
    view = PassForum(forum) if forum else StaticForum([topic])
    try:
        ctx = Ctx(settings, view, DictMemory(), now or datetime.now(UTC), None, Messages(settings.language))
        result: dict[str, Any] = {
            "topic": {"id": topic.id, "title": topic.title, "posts": len(topic.posts)},
            "proposals": [],
            "meetings": [],
            "link_requests": [],
            "missing_links": [],
            "summary": "",
        }
        for router in routers():
            for fn in router.previews:
                result.update(await fn(topic, ctx))
        writes = await replay(topic, view, settings, routers(), at=ctx.now)
        result["actions"] = [_public(describe(w)) for w in writes]
        return result
    finally:
        if forum is not None:
            await forum.close()


def _public(action: dict[str, Any]) -> dict[str, Any]:
    if "reply_to_post_number" in action:
        action = {
            "kind": action.pop("kind"),
            "topic_id": action.pop("topic_id"),
            "reply_to_post_number": action.pop("reply_to_post_number"),
            **action,
        }
    return action
