"""The [summaries] section of the config file: settings of syntheses."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from bot.config import Section


class SummariesSettings(Section):
    section: ClassVar[str] = "summaries"
    category_id: int | None = Field(None, description="category of new synthesis topics (id from /site.json)")
    post_as: Literal["topic", "reply"] = "topic"
    min_new_posts: int = Field(20, ge=1)
    every: str = Field("fri 17:00", description='when periodic syntheses run, e.g. "fri 17:00"')
    organisers: list[str] = Field(
        default_factory=list,
        description='usernames whose statements count as decisions, besides staff, e.g. organisers = ["Remy_Seillier"]',
    )
    max_topics: int = Field(10, ge=1, le=100, description="at most this many topics synthesised per periodic run")
