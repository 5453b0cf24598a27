"""The [meetings] section of the config file: settings of meetings and reminders."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any, ClassVar, Literal

from pydantic import Field, field_validator

from bot.config import Section, parse_duration


class MeetingsSettings(Section):
    section: ClassVar[str] = "meetings"
    env: ClassVar[dict[str, str]] = {"SCRIBE_REMINDER_OFFSETS": "reminder_offsets"}
    reminder_offsets: list[str] = Field(
        default_factory=lambda: ["24h", "1h"],
        description='e.g. reminder_offsets = ["24h", "1h"] (or SCRIBE_REMINDER_OFFSETS=24h,1h)',
    )
    category_offsets: dict[str, list[str]] = Field(
        default_factory=dict, description='per category id, e.g. {"2" = ["48h", "2h"]}'
    )
    remind_via: Literal["mention", "pm", "review"] = Field(
        "mention",
        description='"mention": the reminder in the topic names who asked for it; "pm": they get it privately; '
        '"review": the topic gets nothing, the reminder goes privately to [permissions] review_group (a trial), '
        "and who asked still gets it privately",
    )

    @property
    def in_review(self) -> bool:
        return self.remind_via == "review"

    @field_validator("reminder_offsets", mode="before")
    @classmethod
    def _split(cls, v: Any) -> Any:
        return [s for s in re.split(r"[,\s]+", v) if s] if isinstance(v, str) else v

    @field_validator("reminder_offsets")
    @classmethod
    def _offsets(cls, v: list[str]) -> list[str]:
        for item in v:
            parse_duration(item)
        return v

    def offsets(self, category_id: int | None = None) -> list[timedelta]:
        raw = (
            self.category_offsets.get(str(category_id), self.reminder_offsets)
            if category_id is not None
            else self.reminder_offsets
        )
        return sorted({parse_duration(x) for x in raw}, reverse=True)
