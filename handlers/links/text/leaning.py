"""How much a post the rules do not take leans towards asking for a link: named cues, weighed.

The phrase tables (`verdict`) are precise, and miss most requests written as a need, a search or a complaint
("anyone got the lecture from Tuesday somewhere?", "Le formulaire ne marche pas chez moi"). No phrase table found
more of them without taking other posts; what decides which posts a model reads (`doubt`) is a score instead: each cue
is a kind of word a request uses (a thing one reaches, a search that failed, a plea, a question), and each
pair a request makes in one sentence (a thing and a failed search); their weights are a logistic regression
fitted on the labelled tuning threads by `eval/fit_leaning.py`, which prints them. The cues are words of
French and English, named for what they are, never words drawn from the threads.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from bot.text import ANALYSED, fold
from handlers.links.text.words import SENTENCES, normalise

CUES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in {
        "thing": r"\b(?:links?|urls?|pages?|forms?|record\w*|videos?|slides?|ppts?|pdfs?|docs?|document\w*|files?|"
        r"notes?|lectures?|materials?|tutorial\w*|guides?|manuals?|examples?|repo\w*|codes?|sheets?|portal\w*|meet\w*|zoom|"
        r"playlists?|youtube|websites?|sites?|wiki\w*|scripts?|data\w*|results?|scores?|e?-?mails?|papers?|"
        r"liens?|formulaires?|enregistrement\w*|replays?|diapo\w*|supports?|fichiers?|comptes?[- ]rendus?|cr|"
        r"tutos?|exemples?|programmes?|ordres? du jour|pads?|inscriptions?|visios?)\b",
        "link": r"\b(?:links?|urls?|liens?)\b",
        "search_failed": r"\b(?:can'?t|cannot|can not|unable to|not able to|couldn'?t|don'?t|didn'?t|do not|did not|no)"
        r" (?:\w+ ){0,2}(?:find|locate|see|access|get|open|view|download)\w*"
        r"|\bn'?(?:\w+ ){0,1}(?:trouve|vois|arrive|accede|parviens)\w*|\bimpossible d'|\bpas (?:trouve|reussi|pu)\b",
        "where": r"\b(?:some|any)?where\b|\bquelque part\b|\bou (?:est|sont|trouver|se trouve|peut|puis|on)\b",
        "any": r"\b(?:is|are) there\b|\bany\b|\by a[- ]t[- ]il\b|\bexiste\b|\by a des?\b",
        "give": r"\b(?:share|provide|send|upload|post|give|add|put|point)\w*|\b(?:partag|envo|transm|ajout|publi|"
        r"donn|fourni|mett)\w*",
        "plea": r"\b(?:please|pls|plz|kindly|could you|can you|can someone|can anyone|anyone|svp|s'il (?:vous|te) "
        r"plait|merci de|pourriez|pourrais|pouvez|peux[- ]tu|quelqu'un)\b",
        "lacking": r"\b(?:missing|not (?:yet )?(?:available|uploaded|working|there|visible|shared|updated|released|"
        r"received|got)|n't got|broken|404|dead|manqu\w*|absent\w*|introuvable|"
        r"pas (?:encore )?(?:dispo\w*|en ligne|partage\w*|publie\w*|recu\w*)|ne (?:marche|fonctionne) pas)\b",
        "question": r"\?",
        "how": r"\bhow (?:to|do|can|should)\b|\bcomment (?:faire|on|je|puis|peut|acceder)\b",
        "error": r"\b(?:error|exception|traceback|failed|crash\w*|bugs?|erreurs?|plant\w*)\b",
        "code": r"[{}();=]{3,}|\bdef |\bimport |self\.",
        "thanks": r"\b(?:thanks|thank you|thx|merci)\b",
        "offering": r"\b(?:i have(?! not| no)|i've(?! not| no)|here is|here's|i found|try this|you can|voici|voila|"
        r"j'ai trouve|tu peux)\b",
        "address": r"https?://",
        "mention": r"@\w",
        "when": r"\bwhen (?:will|is|are|can)\b|\bquand (?:est|sera|aura|va|pourr)\w*",
        "receiving": r"\b(?:receiv\w*|got|get|recu\w*|recevoir|recoi\w*)\b",
    }.items()
}
"""Each cue: a kind of word a request for a link uses, or a post that is no request does."""
PAIRS: dict[str, tuple[str, ...]] = {
    "thing+search_failed": ("thing", "search_failed"),
    "thing+where": ("thing", "where"),
    "thing+give+plea": ("thing", "give", "plea"),
    "thing+lacking": ("thing", "lacking"),
    "thing+question": ("thing", "question"),
    "link+question": ("link", "question"),
    "thing+any+question": ("thing", "any", "question"),
    "thing+when": ("thing", "when"),
}
"""Cues a request makes in one sentence: the thing and what is asked or said of it."""
SHORT_WORDS = 25
LONG_WORDS = 150
LENGTHS = ("short", "long")
FEATURES: tuple[str, ...] = (*CUES, *PAIRS, *LENGTHS)

WEIGHTS: dict[str, float] = {
    "thing": 0.65,
    "link": 0.82,
    "search_failed": 1.76,
    "where": 2.21,
    "any": 1.31,
    "give": 0.21,
    "plea": 0.90,
    "lacking": 1.02,
    "question": 0.07,
    "how": 0.96,
    "error": -1.32,
    "code": -0.05,
    "thanks": 0.67,
    "offering": -0.34,
    "address": -1.00,
    "mention": 0.11,
    "when": 1.92,
    "receiving": 0.49,
    "thing+search_failed": 0.80,
    "thing+where": -0.44,
    "thing+give+plea": 1.30,
    "thing+lacking": 1.05,
    "thing+question": 1.05,
    "link+question": 0.69,
    "thing+any+question": 1.46,
    "thing+when": -0.23,
    "short": 1.31,
    "long": -1.34,
}
"""The fitted weights, as `eval/fit_leaning.py` prints them (fitted on the tuning threads of `scribe eval`)."""
BIAS = -2.90
DOUBT_LEAN = 0.5
"""The leaning from which a post the rules do not take goes to a model: the lowest keeping the tuning threads' posts
in doubt within a sixth of their posts (`eval/fit_leaning.py --budget`)."""
SCORE_DIGITS = 9
"""The decimals a post's summed weights are rounded to: far finer than the weights' own two, far coarser than a
float's rounding error."""


@lru_cache(maxsize=ANALYSED)
def shown_cues(text: str) -> frozenset[str]:
    """The cues, pairs and lengths (`FEATURES`) a post's own text shows: read once, weighed by `leaning`, worded by
    `telling`."""
    folded = normalise(fold(text))
    cues = {name for name, cue in CUES.items() if cue.search(folded)}
    sentences = [s for s in SENTENCES.split(folded) if s.strip()]
    pairs = {
        name
        for name, of in PAIRS.items()
        if cues.issuperset(of) and any(all(CUES[c].search(s) for c in of) for s in sentences)
    }
    words = len(folded.split())
    lengths = {name for name, on in zip(LENGTHS, (words < SHORT_WORDS, words > LONG_WORDS), strict=True) if on}
    return frozenset(cues | pairs | lengths)


TOLD: dict[str, str] = {
    "thing+search_failed": "search_failed",
    "search_failed": "search_failed",
    "thing+where": "where",
    "where": "where",
    "thing+any+question": "exists",
    "thing+give+plea": "share",
    "thing+lacking": "missing",
    "lacking": "missing",
    "when": "when",
    "how": "how",
    "thing+question": "question",
    "link+question": "question",
}
"""The cues `scribe preview` words (`links.preview.cues.<value>`): what a reader recognises as a way of asking. The
others (a length, thanks, a mention) weigh, but say nothing to a moderator."""
TOLD_AT_MOST = 2


def telling(text: str) -> tuple[str, ...]:
    """What the post does that leans it most towards a request, in `TOLD`'s words, strongest first."""
    told: list[str] = []
    for name in sorted(shown_cues(text) & TOLD.keys(), key=lambda n: -WEIGHTS.get(n, 0.0)):
        if TOLD[name] not in told:
            told.append(TOLD[name])
    return tuple(told[:TOLD_AT_MOST])


def odds(shown: Iterable[str], weights: Mapping[str, float], bias: float) -> float:
    """The odds, as a share from 0 to 1, that a post showing these cues asks for a link, under these weights. The
    weights are summed exactly and the sum rounded, so that a post whose cues add up to the threshold falls on the
    same side whatever order they come in (a set's order changes from one run to the next)."""
    score = round(math.fsum([bias, *(weights.get(name, 0.0) for name in shown)]), SCORE_DIGITS)
    return 1.0 / (1.0 + math.exp(-score))


def leaning(text: str) -> float:
    """The odds that a post asks for a link, by its cues alone and the fitted weights."""
    return odds(shown_cues(text), WEIGHTS, BIAS)
