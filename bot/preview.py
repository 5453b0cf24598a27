"""`scribe preview`: what scribe sees in a topic and what it would do, posting nothing."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from bot.dispatch import Dispatcher, describe
from bot.i18n import Messages
from bot.oneshot import Kit
from bot.replay import Simulation, replay
from bot.routing import Router, Shown
from bot.text import analyse
from bot.zones import other_zones


def zone_warnings(texts: list[str], configured: str, messages: Messages | None = None) -> list[str]:
    """Posts that state their times in another zone than the forum's: scribe reads those times
    in the zone they state, but a setting that does not match the forum misplaces all the others.
    Worded in English unless `messages` says otherwise: the JSON output keeps one wording."""
    m = messages or Messages("en")
    others = other_zones(texts, configured)
    return [m.get("preview.zone", n=n, zone=zone, configured=configured) for zone, n in others.most_common()]


async def preview(ref: str, kit: Kit, dispatcher: Dispatcher, messages: Messages | None = None) -> dict[str, Any]:
    """Every feature's findings, the zone warnings (in the language of `messages`, English by
    default) and the actions scribe would take. The keys the readable output prints come first,
    in the dispatcher's order of features."""
    topic, ctx, _ = await kit.topic(ref)
    result: dict[str, Any] = {"topic": {"id": topic.id, "title": topic.title, "posts": len(topic.posts)}}
    for shown in (s for r in dispatcher.routers for s in r.shown):
        result[shown.key] = [] if shown.line else ""
    for router in dispatcher.routers:
        for fn in router.previews:
            result.update(await fn(topic, ctx))
    result["warnings"] = zone_warnings(
        [analyse(p).text for p in topic.posts if p.is_regular], kit.settings.timezone, messages
    )
    simulation = Simulation(dispatcher, kit.settings, ctx.forum)
    writes = await replay(topic, simulation, at=ctx.now)
    result["actions"] = [_public(describe(w), simulation.paused.get(w.key)) for w in writes]
    return result


def _public(action: dict[str, Any], paused: int | None) -> dict[str, Any]:
    """An action as the preview shows it; `paused_since`: the post that paused scribe when the post
    it is owed to was written (a running scribe would not take it)."""
    if "reply_to_post_number" in action:
        head = {k: action.pop(k) for k in ("kind", "topic_id", "reply_to_post_number")}
        action = {**head, **action}
    return action if paused is None else {**action, "paused_since": paused}


def readable(result: dict[str, Any], routers: Sequence[Router], messages: Messages) -> str:
    """The preview as a moderator reads it, in the forum's language (`messages`): each feature's
    lists in the words of the feature (`Router.preview_lines`), the warnings, its texts, then the
    actions as JSON."""
    topic = result["topic"]
    m = messages
    out = [m.get("preview.topic", id=topic["id"], title=topic["title"], posts=topic["posts"]), m.get("preview.judged")]
    shown = [s for r in routers for s in r.shown]
    for section in shown:
        if section.line is not None:
            items = result.get(section.key) or []
            out.append("\n" + m.get("preview.section", title=_title(section, m), count=len(items)))
            out.extend("  - " + section.line(item, m) for item in items[:15])
    out.extend("\n" + m.get("preview.warning", warning=warning) for warning in result.get("warnings") or [])
    for section in shown:
        if section.line is None and result.get(section.key):
            out.append("\n" + m.get("preview.text", title=_title(section, m)) + "\n" + result[section.key])
    out.append("\n" + m.get("preview.actions", count=len(result["actions"])))
    for action in result["actions"]:
        paused = m.get("preview.paused", post=action["paused_since"]) + " " if "paused_since" in action else ""
        out.append("  - " + paused + json.dumps(action, ensure_ascii=False)[:300])
    return "\n".join(out)


def _title(section: Shown, messages: Messages) -> str:
    """The heading of a feature's part, from its locale file; its key in words if it has none."""
    return messages.get(section.title) if messages.has(section.title) else section.key.replace("_", " ")
