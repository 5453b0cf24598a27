"""The [digest] section of the config file: settings of the weekly digest."""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import Field, field_validator

from bot.config import Section


class DigestSettings(Section):
    section: ClassVar[str] = "digest"
    enabled: bool = True
    category_id: int | None = Field(None, description="category of the weekly digest topic")
    day: str = Field("mon", description="mon, tue, wed, thu, fri, sat or sun")
    time: str = Field("09:00", description="HH:MM in the forum's time zone")
    max_topics: int = Field(5, ge=1, le=20, description="active topics listed under Debates")
    chart_weeks: int = Field(8, ge=2, le=26, description="weeks shown in the activity chart")
    max_pages: int = Field(
        40,
        ge=1,
        le=400,
        description="pages of /posts.json (50 posts, one request each) read back for the weekly figures; "
        "weeks beyond are left out of the chart",
    )

    @field_validator("day")
    @classmethod
    def _day(cls, v: str) -> str:
        if v.lower()[:3] not in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
            raise ValueError(f"{v!r} is not a day; use mon, tue, wed, thu, fri, sat or sun")
        return v.lower()[:3]

    @field_validator("time")
    @classmethod
    def _time(cls, v: str) -> str:
        if not re.match(r"^([01]?\d|2[0-3]):[0-5]\d$", v):
            raise ValueError(f"{v!r} is not a time; write it HH:MM, e.g. 09:00")
        return v
