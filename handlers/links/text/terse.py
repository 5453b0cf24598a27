"""Requests too terse for the rules to speak on: a thing's bare name with a plea or a question mark
("recording of TA session pls", "mock test link?"), or "do you have the X?". As often as a link that should
exist, they ask a peer for their own copy, which one is meant, or whether the thing exists at all. The rules
leave them in doubt (`doubt.in_doubt`): a model may judge them; without one, scribe stays silent."""

from __future__ import annotations

from handlers.links.text.words import (
    _BARE_PLEA,
    _LINK_EN,
    _NAMED_BEFORE,
    _NOUN_WORD,
    _RELATION,
    _THING_EN,
    compiled,
)

TERSE = [
    _BARE_PLEA,
    rf"(?:^|[.!?\n] ?)(?:@[\w.-]+ )?(?:(?!(?:broken|dead|expired|invalid|wrong|old|new)\b){_NOUN_WORD} ){{1,3}}"
    rf"{_LINK_EN} ?\?",
    rf"\b(?:do|does) (?:you|u|anyone|anybody|someone|somebody) (?:have|got) (?:the |a |any )?{_NAMED_BEFORE}"
    rf"{_THING_EN}\b{_RELATION}(?: (?:for|of|from|on|too|as well|also)\b[^.!?\n]{{0,40}}?)?\s*\?",
]


def is_terse(folded: str) -> bool:
    """A sentence of a folded post asks in one of the terse forms."""
    return any(compiled(pattern).search(folded) for pattern in TERSE)
