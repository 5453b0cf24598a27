"""One-shot commands: `scribe proposals`, `scribe summarize`, `scribe digest`.

They read a topic from the configured forum (or a topic JSON file) and print what the
capability computes; with `--post` they hand its actions to the engine, which sends
them through the outbox exactly like the running bot would (same keys, so a command
run twice posts once).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot import actions as A
from bot.app import load_topic, make_llm, open_engine
from bot.config import ConfigError, Settings
from bot.ctx import Ctx, DictMemory, StaticForum
from bot.dispatch import apply_all
from bot.engine import Engine, PassForum
from bot.events import TickFired
from bot.i18n import Messages


async def perform(engine: Engine, actions: list[A.Action]) -> list[tuple[A.ForumWrite, Any]]:
    """Commit actions decided outside the event loop, then send them."""
    await engine.store.call(apply_all, actions, engine.clock())
    return await engine.outbox.drain()


def _ctx(settings: Settings, forum: Any, llm: Any = None) -> Ctx:
    return Ctx(settings, forum, DictMemory(), datetime.now(UTC), llm, Messages(settings.language))


async def proposals(ref: str, settings: Settings, fmt: str) -> str:
    from handlers.proposals import rank_proposals, render

    topic, forum = await load_topic(ref, settings)
    try:
        view = PassForum(forum) if forum else StaticForum([topic])
        return render(await rank_proposals(topic, _ctx(settings, view)), fmt, settings.language)  # type: ignore[arg-type]
    finally:
        if forum:
            await forum.close()


async def summarize(ref: str, settings: Settings, post: bool) -> str:
    from handlers.summaries import synthesis_actions, synthesize
    from handlers.summaries.render import render_synthesis

    topic, forum = await load_topic(ref, settings)
    llm = make_llm(settings)
    try:
        if not post:
            view = PassForum(forum) if forum else StaticForum([topic])
            return render_synthesis(await synthesize(topic, _ctx(settings, view, llm)), settings.timezone)
        if forum is None:
            raise ConfigError("--post needs a topic of the configured forum (an id or URL), not a file")
        async with open_engine(settings) as engine:
            actions = await synthesis_actions(topic, await engine.ctx())
            sent = await perform(engine, actions)
        return _report(sent)
    finally:
        if llm is not None:
            await llm.close()
        if forum:
            await forum.close()


async def digest(settings: Settings, post: bool) -> str:
    from handlers.digest import build_digest, stored_proposals, weekly

    async with open_engine(settings) as engine:
        ctx = await engine.ctx()
        if not post:
            title, raw = await build_digest(ctx, await stored_proposals(ctx))
            return f"# {title}\n\n{raw}"
        actions = await weekly(TickFired("digest.weekly", ctx.now, f"digest.cli@{ctx.now.isoformat()}"), ctx)
        sent = await perform(engine, actions)
        return _report(sent) if sent else "The digest of this week was already posted."


def _report(sent: list[tuple[A.ForumWrite, Any]]) -> str:
    lines = []
    for action, post in sent:
        where = f"topic {post.topic_id}, post {post.post_number}" if post else "?"
        lines.append(f"posted {action.key} → {where}")
    return "\n".join(lines) or "nothing to post"
