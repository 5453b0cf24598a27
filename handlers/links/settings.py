"""The [links] section of the config file: settings of missing links."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from bot.config import Section


class LinksSettings(Section):
    section: ClassVar[str] = "links"
    grace_minutes: float = Field(
        10.0, ge=0, description="minutes before telling an author their announcement has no link"
    )
    notify: Literal["pm", "reply", "none"] = "pm"
    cooldown_minutes: float = Field(
        60.0, ge=0, description="at most one link answer per topic in this time, unless asked directly"
    )
    wait_days: float = Field(
        7.0,
        gt=0,
        description="days scribe waits on an announcer it asked for a link: past them the topic's other requests "
        "are dealt with again, and a new request for the same link asks the announcer once more",
    )
    answer_unasked: bool | Literal["review"] = Field(
        True,
        description="answer a link request nobody addressed to scribe; false: only `@scribe …` requests get the "
        'link (scribe preview still lists what it would have answered); "review": what scribe would post for them '
        "(answers, asks, follow-ups) goes as a private message to `[permissions] review_group` instead, for a trial",
    )
    settle_minutes: float = Field(
        10.0,
        ge=0,
        description="minutes scribe waits before dealing with a link request nobody addressed to it (or asking the "
        "announcer for the link): members often answer each other within minutes, and a reply scribe has posted "
        "cannot be taken back; then it decides on the thread as it stands. 0: at once. Requests addressed to "
        "scribe (`@scribe …`, the `link` command) are answered at once",
    )
    look_elsewhere: bool = Field(
        False,
        description="with no link in the topic, also answer from the announcement of another topic of the same "
        "category about the same thing (GA6, project 2…); off by default: scribe eval cannot check those answers",
    )

    @property
    def in_review(self) -> bool:
        return self.answer_unasked == "review"
