"""The fast readers of a sentence say exactly what the regexes they replace say."""

from __future__ import annotations

import re

from handlers.proposals import extract
from handlers.proposals.extract import _VOCABULARY, _WORD, content_tokens, fold

SENTENCES = [
    "Il faudrait qu'on ouvre l'atelier d'ici à 2027, aujourd'hui c'est-à-dire « demain » !",
    "l''x a'b'c 'abc qu'il qu'' l' t'5 x'' ''y 12'34'56 — ’ déjà-vu 1er ½ ﬁn ¨ 😀",
    "We should extend the deadline by 2 days; let's (maybe) talk: +1 d'accord?",
    "\ud800 lone surrogate l'\udfff café",
    "",
]


def test_content_tokens_read_the_words_the_word_pattern_finds():
    for text in SENTENCES:
        folded = fold(text)
        expected = tuple(t for t in map(_VOCABULARY.__getitem__, _WORD.findall(folded)) if t)
        assert content_tokens(folded) == expected


def test_hint_words_are_the_letter_runs():
    for text in SENTENCES:
        folded = fold(text)
        assert [w.decode() for w in extract._letter_words(folded)] == re.findall(r"[a-z0-9]+", folded)


def test_a_line_opening_is_its_first_fifteen_folded_words():
    lines = [
        *SENTENCES,
        "a ¨ b c d e f g h i j k l m n o p q r",
        " ".join(["¨"] * 20 + ["x"] * 20),
        "ΑΣ ΑΣ " * 10,
        "Bonjour   à\xa0tous, je suis d’accord",
    ]
    for line in lines:
        assert extract._opening(line) == " ".join(fold(line).split()[:15])
