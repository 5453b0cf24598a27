"""Where the line, the sentence and the clause around a date start and end in a post's text.

Every reading of a date weighs its own sentence or clause: the bounds are found once for all the dates of a post.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

ROW_CELLS = "\t"
"""What stands between the cells of a table row in the text dates are read in (`extract.rows_on_a_line`)."""
BRACKETS = re.compile(r"\([^()]*\)")
"""A bracketed aside of a sentence ("(le maraîcher est en formation)"): it names no gathering of the sentence's own."""


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def lines_after(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """The lines after the one holding `pos`, blank ones too, each as (start, end): read in place, not from a copy of
    the rest of the text (a post of many dated lines would be copied once per date)."""
    at = text.find("\n", pos)
    while at >= 0:
        end = text.find("\n", at + 1)
        yield at + 1, len(text) if end < 0 else end
        at = end


SENTENCE_ENDS = ("\n", ". ", "! ", "? ", "\u2026 ", " et remplacee par ", " et remplace par ", " and replaced by ")
"""Where a sentence ends, an ellipsis's character too ("Samedi 17 la friche fait sa grosse journée, ça va se
concurrencer… On annule l'atelier semis"); a call-off's ends where what replaces it begins ("La visio de mardi est
annulée et remplacée par un atelier jeudi 3 décembre à 14h": the atelier is not called off)."""


@lru_cache(maxsize=8)
def _sentence_ends(text: str) -> tuple[tuple[int, ...], ...]:
    """Where each of `SENTENCE_ENDS` is in the text, found once for all the dates of a post (a sentence of a
    thousand dates is not read from each to its ends)."""
    out = []
    for end in SENTENCE_ENDS:
        found, at = [], text.find(end)
        while at >= 0:
            found.append(at)
            at = text.find(end, at + len(end))
        out.append(tuple(found))
    return tuple(out)


EMOJI_END = re.compile(
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?(?= (?:par contre|en revanche|sinon|du coup|bref|reprise|"
    r"on (?:reprend|annule|decale|d[ée]cale|reporte|repart|condense|regroupe|garde|maintient))\b|"
    r" (?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce|cette|sinon|bon|ok|bref)\b)[a-z][a-z-]{2,},"
    r"(?= (?:la|le|les|l'|tu|vous|c'est|est-ce)\b)|"
    r"(?P<article> (?:la|le|les|l')\s?(?:visios?|reunions?|rencontres?|seances?|sessions?|ateliers?|formations?|"
    r"permanences?|ag|assemblees?|soirees?|conferences?|webinaires?)\b))",
    re.IGNORECASE,
)
"""An emoji ending a sentence where a stop would: before "par contre", "on annule"… ("Merci pour hier, les panneaux
sont magnifiques 🎨 Par contre on annule la réunion du 22", "on annule tout pour septembre 😕 Reprise le mercredi 7
octobre", "session 2 annulée, trop peu d'inscrits 😕 On condense tout sur la session du 14"), before someone
addressed by name ("désolé pour les allers-retours 🙈 Nathalie, la salle est dispo ?"), or before a gathering named
with its article ("vous avez été nombreux à le demander 😄 La visio du jeudi 4 juin est remplacée…"). A decorative
one inside a sentence ("Soirée jeux 🎲 vendredi 4", "Oubliez mes messages 🙃 la troupe a annulé sa répèt") ends
none; nor one before a gathering after a date or an hour ("Ok va pour samedi 20 à 11h 👍 la réunion reste le jeudi
18": one sentence settles both)."""
_DIGIT = re.compile(r"\d")
_STOPS = SENTENCE_ENDS[:5]
"""The stops of `SENTENCE_ENDS` (a line's end, ". ", "! ", "? ", "… "), not where a call-off's replacement begins."""


def _emoji_ends(text: str) -> tuple[int, ...]:
    """Where each `EMOJI_END` ends a sentence (its last character)."""
    out = []
    for m in EMOJI_END.finditer(text):
        if m.group("article"):
            opened = max(text.rfind(mark, 0, m.start()) for mark in _STOPS)
            if _DIGIT.search(text, opened + 1, m.start()):
                continue
        out.append(m.end() - 1)
    return tuple(out)


@lru_cache(maxsize=8)
def _ends(text: str) -> tuple[tuple[int, tuple[int, ...]], ...]:
    """Each kind of sentence end with its length and where it is in the text: `SENTENCE_ENDS`, then `EMOJI_END` (the
    emoji's last character, then a space)."""
    marks = tuple(zip((len(mark) for mark in SENTENCE_ENDS), _sentence_ends(text), strict=True))
    return (*marks, (2, _emoji_ends(text)))


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence around `pos`: from after the last of `SENTENCE_ENDS` or `EMOJI_END` written before it to the
    next."""
    start, end = -1, len(text)
    for length, found in _ends(text):
        before = bisect_right(found, pos - length) - 1  # as `rfind(mark, 0, pos)`: the mark ends by `pos`
        if before >= 0:
            start = max(start, found[before])
        after = bisect_left(found, pos)
        if after < len(found):
            end = min(end, found[after])
    return (start + 1 if start >= 0 else 0), end


_CLAUSE_ENDS = ".!?\n,;:"
ASIDE_ENDS = _CLAUSE_ENDS + "()"
"""An aside in brackets is a clause of its own when telling which event past words speak of."""
_END_OF = {ends: re.compile(f"[{re.escape(ends)}]") for ends in (_CLAUSE_ENDS, ASIDE_ENDS)}


def _clause(low: str, span: tuple[int, int], ends: str = _CLAUSE_ENDS) -> tuple[int, int]:
    """The bounds of the clause around a span: between commas, colons or sentence ends."""
    start = max(low.rfind(c, 0, span[0]) for c in ends) + 1
    after = _END_OF[ends].search(low, span[1])
    return start, after.start() if after else len(low)


@lru_cache(maxsize=256)
def _found(pattern: re.Pattern[str], low: str, start: int, end: int) -> bool:
    """`pattern` between `start` and `end` of the post: searched once for all the dates of a clause (a line of a
    thousand dates is one clause)."""
    return pattern.search(low, start, end) is not None
