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


def open_to_model(text: str) -> bool:
    """A post a model may read at all: short enough, and neither taken for a request nor asking whether a recording
    will be offered (the rules decide those)."""
    return len(text) <= DOUBT_CHARS and not is_request(text) and not offer_asked(text)


def asks_tersely(text: str) -> bool:
    """A post asking in a few words ("Le CR ?", "recording pls"): in doubt whatever its cues (`terse`)."""
    return is_terse(normalise(fold(text)))


@lru_cache(maxsize=ANALYSED)
def in_doubt(text: str) -> bool:
    """A post the rules do not take for a request but cannot rule out: it asks in a terse form, or its cues lean
    towards a request (`leaning`). A model may judge it (`handlers.links.model`); without one, the rules stay
    silent."""
    return open_to_model(text) and (asks_tersely(text) or leaning(text) >= DOUBT_LEAN)


def doubt_cues(text: str) -> tuple[str, ...]:
    """Why a post in doubt is: asked in a terse form, or the ways of asking its cues show (`telling`)."""
    return ("terse",) if asks_tersely(text) else telling(text)
