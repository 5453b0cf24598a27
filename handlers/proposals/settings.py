"""The [proposals] section of the config file: settings of proposals tables."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from bot.config import Section


class ProposalsSettings(Section):
    section: ClassVar[str] = "proposals"
    max_rows: int = Field(
        20,
        ge=1,
        le=200,
        description=(
            "rows in the forum reply's table, e.g. max_rows = 20 (between 1 and 200; the CSV/JSON export has them all)"
        ),
    )
