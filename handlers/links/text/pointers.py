"""Phrases that point at a link ("cliquez ici", "register here"): an announcement that forgot its link."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.text import ANALYSED, fold_same_length

_POINTER_PATTERNS = [
    r"ci-?dessous,? (?:le |les |un |votre )?(?:liens?|formulaire|inscriptions?|acces)\b[^.!?\n:]{0,50}",
    r"\b(?:le |les |un )?liens? (?:[^.!?\n]{0,40} )?ci-?dessous",
    r"\b(?:cliquez|cliquer|cliquant|clique) (?:ici|sur ce lien|sur le lien)",
    r"\baccessibles? (?:en cliquant )?(?:ici|via ce lien|sur ce lien|a ce lien|par ici)",
    r"\bdisponibles? (?:ici|via ce lien|sur ce lien|a ce lien|par ici)",
    r"\b(?:voici|voila) (?:le |les |un )liens?\b(?! (?:entre|avec|social))",
    r"\b(?:le |les )?liens? d'(?:inscription|acces)(?: (?:a|au|pour) [^.!?\n:]{0,40})? ?(?::|ici|est ici|"
    r"est le suivant|se trouve ici)",
    r"\b(?:le |les )?liens? (?:de|vers|pour) (?:la |l'|le )?(?:visio\w*|reunion|connexion|participer|rejoindre|"
    r"s'inscrire|formulaire|zoom|replay)(?: [^.!?\n:]{0,40})? ?(?::|ici|est ici)",
    r"\binscri(?:vez-vous|ptions?|re) (?:ici|via ce lien|sur ce lien|par ici|en cliquant)",
    r"\b(?:register|sign up|signup|rsvp|join us|join|read more|available|accessible) here\b",
    r"\b(?:the |a )?links? (?:is |are )?below\b",
    r"\bhere(?:'s| is| are) (?:the |a |your )links?\b",
    r"\bclick here\b",
    r"\bclick (?:on )?(?:the|this) link below\b",
    r"\b(?:registration|meeting|zoom|signup|sign-up) link ?:",
]
_POINTER = [re.compile(p) for p in _POINTER_PATTERNS]
_POINTER_WORDS = ("lien", "link", "here", "dessous", "cliqu", "accessible", "disponible", "inscri")
"""A word each pattern above needs: a text with none of them is not searched."""


@lru_cache(maxsize=ANALYSED)
def pointer_phrase(text: str) -> str | None:
    """The words that point at a link ("accessibles ici", "register here"), as written."""
    folded = fold_same_length(text)
    if not any(w in folded for w in _POINTER_WORDS):
        return None
    best: tuple[int, int] | None = None
    for p in _POINTER:
        m = p.search(folded)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    if best is None:
        return None
    return text[best[0] : best[1]].strip(" :,")
