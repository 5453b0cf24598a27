"""Posts the rules do not take for a request but cannot rule out: weak signals a model may judge."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.text import ANALYSED, fold
from handlers.links.text.events import offer_asked
from handlers.links.text.terse import is_terse
from handlers.links.text.verdict import is_request
from handlers.links.text.words import SENTENCES, THING_CORE, THING_FR, normalise

_NAMED = re.compile(
    rf"\b(?:{THING_CORE}|{THING_FR[3:-1]}|logs?|log files?|repo\w*|books?|data|apis?|urls?|code|solutions?|"
    r"answers?|questions|options?)\b|(?<=_)logs?\b"
)
"""Things a request may name, widely: in doubt, a model reads the rest."""
_REACHING = re.compile(
    r"\b(?:record(?:ed|ing)|post(?:ed)?|upload(?:ed)?|available|released?|shared?|publish(?:ed)?|enabled|live|"
    r"provided?|sen[dt]|forward|download|access|find|found|locate|see|seen|get|got|receiv\w*|reciev\w*|obtain|have|"
    r"there|show\w*|what is|what's|dispo\w*|trouv\w*|acced\w*|telecharg\w*|recu|partag\w*|envoy\w*|publi\w*|"
    r"en ligne|learn)\b"
)
"""Words of reaching, having or being given something."""
_ASKING = re.compile(
    r"\?|\b(?:please|pls|plz|kindly|where|when|which|could|can|would|will|is there|are there|do we|svp|merci de|"
    r"pourriez|pouvez|ou|quand|any)\b"
)
_LACKING = re.compile(
    r"\b(?:not|no|never|unable|missing|yet|still|without|nor|pas|plus|jamais|toujours|encore|manque\w*)\b|n't"
)
DOUBT_CHARS = 1500


@lru_cache(maxsize=ANALYSED)
def in_doubt(text: str) -> bool:
    """A post the rules do not take for a request but cannot rule out, from weak signals in one
    sentence: it names a thing (widely), speaks of reaching or having it, and asks or says it is
    lacking, or it asks in a terse form (`terse`). A model may judge it (`handlers.links.model`); without one,
    the rules stay silent."""
    if len(text) > DOUBT_CHARS or is_request(text) or offer_asked(text):
        return False
    folded = normalise(fold(text))
    if is_terse(folded):
        return True
    return any(
        len(s) <= 300 and _NAMED.search(s) and _REACHING.search(s) and (_ASKING.search(s) or _LACKING.search(s))
        for s in SENTENCES.split(folded)
    )
