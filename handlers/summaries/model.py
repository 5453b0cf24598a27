"""The one shape of a thread synthesis, whichever path produced it.

`Draft` is what a language model is asked to fill (and what the offline path builds);
`Synthesis` adds what scribe knows for certain itself: meetings, links, proposals,
which posts were read and what it cost.
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


class Theme(BaseModel):
    title: str = Field(description="a short name for the theme")
    points: list[Point] = Field(default_factory=list, description="the positions expressed on this theme")


class Draft(BaseModel):
    """The content of a synthesis: what the model writes, checked by scribe afterwards."""

    question: str = Field("", description="the question debated, in one sentence")
    themes: list[Theme] = Field(default_factory=list)
    agreements: list[Point] = Field(default_factory=list, description="what participants agree on")
    disagreements: list[Point] = Field(default_factory=list, description="where participants disagree")
    open_questions: list[Point] = Field(default_factory=list, description="questions still unanswered")
    decisions: list[Point] = Field(
        default_factory=list,
        description="decisions or outcomes stated by organisers or staff in the posts (not guessed from the title)",
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
    post_numbers: list[int] = Field(default_factory=list)


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

    def draft(self) -> Draft:
        return Draft.model_validate(self.model_dump(include=set(Draft.model_fields)))

    def points(self) -> list[Point]:
        out = [p for t in self.themes for p in t.points]
        return out + self.agreements + self.disagreements + self.open_questions + self.decisions
