"""The one shape of a thread synthesis, whichever path produced it: a debate.

`Draft` is what a language model is asked to fill (and what the offline path builds):
the question, what was decided, the positions by theme with their objections, the open
questions and what comes next. `Synthesis` adds what scribe knows for certain itself:
who wrote each cited post, the proposals and their support (from the proposals
feature), meetings, links, which posts were read and what it cost.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class Quote(BaseModel):
    """A verbatim excerpt of one post; kept only if found in that post."""

    post_number: int = Field(description="number of the post the text is copied from")
    text: str = Field(description="words copied exactly from that post, one or two sentences")
    username: str = Field("", description="filled by scribe")


class Point(BaseModel):
    text: str = Field(description="one idea, in your own words, in the thread's language")
    post_numbers: list[int] = Field(default_factory=list, description="numbers of the posts this point comes from")
    quote: Quote | None = Field(None, description="optional short verbatim excerpt supporting the point")
    holders: list[str] = Field(default_factory=list, description="filled by scribe: authors of the cited posts")


class Position(Point):
    objections: list[Point] = Field(
        default_factory=list, description="objections raised against this position, each with its own posts"
    )


class Theme(BaseModel):
    title: str = Field(description="a short descriptive name for the theme (a phrase, not a username or greeting)")
    points: list[Position] = Field(default_factory=list, description="the positions expressed on this theme")


class Draft(BaseModel):
    """The content of a synthesis: what the model writes, checked by scribe afterwards."""

    question: str = Field("", description="the question debated, in one sentence, from the first post")
    decisions: list[Point] = Field(
        default_factory=list,
        description="decisions or outcomes stated in posts by staff, organisers or the topic's author "
        "(role staff, organiser or author), latest first; never guessed from the title",
    )
    themes: list[Theme] = Field(default_factory=list)
    open_questions: list[Point] = Field(default_factory=list, description="questions still unanswered")
    next_steps: list[Point] = Field(
        default_factory=list, description="what comes next: meetings, deadlines, reports, announced actions"
    )


class MeetingRef(BaseModel):
    title: str
    starts_at: str
    link: str = ""
    post_number: int | None = None


class LinkRef(BaseModel):
    url: str
    text: str = ""
    post_number: int


class ProposalRef(BaseModel):
    text: str
    supporters: int = 0
    shared: int = 0
    """Likes on a post stating several ideas: support for the post, not votes for this one."""
    post_numbers: list[int] = Field(default_factory=list)
    author: str = ""
    theme: str = ""
    objections: list[Point] = Field(default_factory=list)


class DecisionRecord(BaseModel):
    """What the weekly digest lists under "decided this week": plain text, short."""

    topic_id: int
    post_number: int
    username: str
    text: str


class Synthesis(Draft):
    topic_id: int
    title: str
    language: Literal["fr", "en"] = "fr"
    proposals: list[ProposalRef] = Field(default_factory=list)
    meetings: list[MeetingRef] = Field(default_factory=list)
    links: list[LinkRef] = Field(default_factory=list)
    covered_post_numbers: list[int] = Field(default_factory=list)
    highest_post_number: int = 0
    tokens_used: int = 0
    method: Literal["llm", "offline"] = "offline"
    fallback_reason: str = ""
    accepted_answers: list[int] = Field(default_factory=list)
    """Posts whose decisions are only answers the asker accepted: shown as the accepted answer."""

    def decided(self) -> list[Point]:
        """The decisions stated by someone who may decide (not an answer only accepted)."""
        return [d for d in self.decisions if not self.accepted(d)]

    def accepted(self, point: Point) -> bool:
        return bool(point.post_numbers) and point.post_numbers[0] in self.accepted_answers

    def draft(self) -> Draft:
        return Draft.model_validate(self.model_dump(include=set(Draft.model_fields)))

    def points(self) -> list[Point]:
        out: list[Point] = []
        for t in self.themes:
            for p in t.points:
                out += [p, *p.objections]
        for r in self.proposals:
            out += r.objections
        return out + self.decisions + self.open_questions + self.next_steps
