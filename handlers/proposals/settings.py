"""The [proposals] section of the config file: settings of proposals tables and polls."""

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
    poll_options: int = Field(
        8,
        ge=2,
        le=20,
        description="proposals offered in scribe's poll (`@scribe sondage`), e.g. poll_options = 8 (2 to 20)",
    )
    poll_with_synthesis: bool = Field(
        False,
        description=(
            "with each periodic synthesis, also open a poll of the best proposals in topics whose ranking "
            "scribe keeps, once per topic (poll_with_synthesis = true)"
        ),
    )
