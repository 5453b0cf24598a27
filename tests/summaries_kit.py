"""Shared pieces for synthesis and digest tests."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.ctx import Ctx, StaticForum
from bot.models import Category, Topic
from handlers.summaries import synthesize
from handlers.summaries.model import Synthesis
from tests.handler_kit import make_ctx, make_post

LIVE_MENTION = re.compile(r"(?<![\w`/])@[A-Za-z0-9_]")
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def without_code(raw: str) -> str:
    return re.sub(r"`[^`\n]*`", "", raw)


def live_mentions(raw: str) -> list[str]:
    return LIVE_MENTION.findall(without_code(raw))


def thread(
    topic_id: int,
    texts: list[tuple[str, str]],
    title: str = "Topic",
    start: datetime = T0,
    moderators: frozenset[str] = frozenset(),
    **topic_kw,
) -> Topic:
    posts = tuple(
        make_post(
            i,
            user,
            text,
            topic_id=topic_id,
            created_at=start + timedelta(hours=i),
            topic_title=title,
            moderator=user in moderators,
        )
        for i, (user, text) in enumerate(texts, 1)
    )
    return Topic(
        id=topic_id,
        title=title,
        posts=posts,
        posts_count=len(posts),
        created_at=posts[0].created_at,
        last_posted_at=posts[-1].created_at,
        **topic_kw,
    )


async def synthesis_of(topic: Topic, language: str = "fr") -> Synthesis:
    """The synthesis of `topic`, read from a forum that holds only it."""
    return await synthesize(topic, make_ctx([topic], language=language))


def with_forum(ctx: Ctx, topics: list[Topic], categories: list[Category] = (), llm=None) -> Ctx:  # type: ignore[assignment]
    return replace(ctx, forum=StaticForum(topics, categories=list(categories)), llm=llm)


ENGLISH = [
    (
        "alice",
        "Should we move the weekly meeting to Thursday evenings? Several members cannot attend on Monday mornings.",
    ),
    ("bob", "I agree with moving it, Thursday evenings work much better for volunteers who have day jobs."),
    ("carol", "I disagree: Thursday evenings clash with the repair cafe, which many volunteers run."),
    ("dave", "What about alternating between Monday mornings and Thursday evenings every other week?"),
    (
        "alice",
        "Alternating meetings could confuse newcomers, but the repair cafe clash is a real problem for volunteers.",
    ),
    ("erin", "The repair cafe could start one hour later on meeting weeks, volunteers told me they would accept that."),
]
