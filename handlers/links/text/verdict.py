"""What a post is, from its asking sentence: a request, one saying the link is missing, or a status stated."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.text import ANALYSED, fold
from handlers.links.text.asking import pleads, request_sentence
from handlers.links.text.events import offer_asked
from handlers.links.text.kinds import kinds_of


@lru_cache(maxsize=ANALYSED)
def is_request(text: str) -> bool:
    """A post (its own words) that asks for a link that is missing. A question on whether an event's
    recording or slides will be offered asks only once the event is held (`offer_asked`)."""
    return request_sentence(text) is not None and offer_asked(text) in (None, "held")


_OTHER_WORK = re.compile(
    r"\b(?:synthes\w*|resume\w*|summar\w*|rappel\w*|remind\w*|sondage|poll|propositions?|proposals?)\b"
)
"""What scribe does besides giving links: a post addressed to it that names one asks for that, not a link."""


def asks_scribe_for(text: str) -> bool:
    """A post addressed to scribe that asks, or pleads, for a thing a link gives ("@scribe le programme ?",
    "@scribe et le pad aussi stp"): addressed to it, the thing is the link asked for, though no word of asking
    for a link is there. Not when it names scribe's other work ("@scribe une synthèse du pad ?")."""
    return bool(kinds_of(text)) and pleads(text) and not _OTHER_WORK.search(fold(text))


_MISSING = re.compile(
    r"\b(?:il manque|manque|manquant|oubli\w*|absent|missing|forgot|left out|no link|pas de lien|sans lien|"
    r"n'y est pas|isn't there|is not there)\b"
)


def says_missing(text: str) -> bool:
    """The asker says the link is missing from the announcement ("il manque le lien", "link missing")."""
    return bool(_MISSING.search(fold(text))) and is_request(text)


_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|me|my|we|us|our|je|j'|moi|nous|mon|ma|mes)\b")


@lru_cache(maxsize=ANALYSED)
def states_status(text: str) -> bool:
    """Words that neither ask nor speak of the writer ("the recording is not uploaded yet"): in a
    reply to a request, they answer it."""
    folded = fold(text)
    return "?" not in folded and not _FIRST_PERSON.search(folded)
