"""What a post is, from its asking sentence: a request, one saying the link is missing, or a status stated."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.text import ANALYSED, fold
from handlers.links.text.asking import request_sentence
from handlers.links.text.events import offer_asked


@lru_cache(maxsize=ANALYSED)
def is_request(text: str) -> bool:
    """A post (its own words) that asks for a link that is missing. A question on whether an event's
    recording or slides will be offered asks only once the event is held (`offer_asked`). A post giving the link it
    says is missing asks for nothing (`gives_it`)."""
    return request_sentence(text) is not None and offer_asked(text) in (None, "held") and not gives_it(text)


_GIVES_IT = re.compile(
    r"\b(?:(?:le|la|les) voici|voici (?:le|la|les|ton|votre) (?:lien|formulaire)|"
    r"voila (?:le|la|les) (?:lien|formulaire)|"
    r"je (?:te |vous )?(?:le |la |les )?(?:remets|reposte|colle|mets) (?:ici|le lien|dessous)|here it is|here you go)\b"
    r"[^?\n]{0,60}?https?://[^?\s]+[^?]*$"
)
"""Words giving a link, the link after them and no question after it ("Paul a oublié le lien je crois, le voici :
https://…")."""


def gives_it(text: str) -> bool:
    """Whether the post gives the link it speaks of, asking nothing after it."""
    return _GIVES_IT.search(fold(text)) is not None


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
