"""The [links] section of the config file: settings of missing links."""

from __future__ import annotations

from collections.abc import Sequence
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
    ask_after_minutes: float = Field(
        60.0,
        ge=0,
        description="minutes after a link request nobody addressed to scribe before it asks the announcer for a link "
        "nobody gave (a link found is given after `settle_minutes`): members and announcers often answer within "
        "the hour, and an announcer who opened the topic is told of the request by the forum itself. A session of "
        "the topic starting sooner has the announcer asked a quarter of an hour before it starts",
    )
    look_elsewhere: bool = Field(
        False,
        description="with no link in the topic, also answer from the announcement of another topic of the same "
        "category about the same thing (GA6, project 2…); off by default: scribe eval cannot check those answers",
    )

    @property
    def in_review(self) -> bool:
        return self.answer_unasked == "review"

    def advice(self, openings: Sequence[str]) -> tuple[str, str] | None:
        """On a question-and-answer forum (most recent topics open with a question), unasked link answers were
        mostly wrong when replayed on thousands of real threads: answering them in public is then a choice to
        make after a trial."""
        if self.answer_unasked is not True or len(openings) < QUESTION_FORUM_SAMPLE:
            return None
        asking = sum("?" in text for text in openings)
        if asking < QUESTION_FORUM_SHARE * len(openings):
            return None
        return (
            f"[links] answer_unasked = true on a forum whose recent topics mostly open with a question "
            f"({asking} of {len(openings)})",
            "on question-and-answer forums scribe's unasked link answers are often wrong: set [links] "
            'answer_unasked = "review" for a trial (answers go to [permissions] review_group), or false',
        )


QUESTION_FORUM_SAMPLE = 8
"""Fewer recent topics than this say nothing of the forum."""
QUESTION_FORUM_SHARE = 0.6
"""The share of recent topics opening with a question from which a forum is one of questions and answers."""
