"""Posts the rules do not take for a request but cannot rule out: what a model may judge."""

from __future__ import annotations

from functools import lru_cache

from bot.text import ANALYSED, fold
from handlers.links.text.events import offer_asked
from handlers.links.text.leaning import DOUBT_LEAN, leaning, telling
from handlers.links.text.terse import is_terse
from handlers.links.text.verdict import is_request
from handlers.links.text.words import normalise

DOUBT_CHARS = 1500


@lru_cache(maxsize=ANALYSED)
def in_doubt(text: str) -> bool:
    """A post the rules do not take for a request but cannot rule out: it asks in a terse form (`terse`), or
    its cues lean towards a request (`leaning`). A model may judge it (`handlers.links.model`); without one, the
    rules stay silent."""
    if len(text) > DOUBT_CHARS or is_request(text) or offer_asked(text):
        return False
    return is_terse(normalise(fold(text))) or leaning(text) >= DOUBT_LEAN


def doubt_cues(text: str) -> tuple[str, ...]:
    """Why a post in doubt is: asked in a terse form, or the ways of asking its cues show (`telling`)."""
    return ("terse",) if is_terse(normalise(fold(text))) else telling(text)
