"""Requests too terse for the rules to speak on: a thing's bare name with a plea or a question mark
("recording of TA session pls", "mock test link?"), or "do you have the X?". As often as a link that should
exist, they ask a peer for their own copy, which one is meant, or whether the thing exists at all. The rules
leave them in doubt (`doubt.in_doubt`): a model may judge them; without one, scribe stays silent."""

from __future__ import annotations

from bot.text import fold
from handlers.links.text.words import (
    LINK_EN,
    NAMED_BEFORE,
    RELATION,
    SIR,
    THING_EN,
    TROUBLE,
    TURN,
    compiled,
    normalise,
)

_NAMED_BARE = (
    r"(?:recordings?|recorded (?:session|video|lecture)s?|videos?|slides|playlist|replays?|notebooks?|notes|"
    r"question papers?|(?:previous|past|last) (?:years?'?s?|terms?'?s?) (?:[\w-]+ ){0,3}?(?:papers?|questions)|"
    r"datasets?|transcripts?|(?:study )?materials?)"
)
"""What a request may name alone, with a plea or a question mark ("recording of TA session pls",
"previous year papers?"): things a link leads to, never work to do (an assignment, a form)."""
_NOUN_WORD = (
    rf"(?!(?:{TROUBLE}|{TURN}|to|for|you|your|i|we|my|me|in|with|about|on|help|explain|check|watch|watched|see|"
    r"which|what|whose|how|why|where|that|this|it|same|"
    r"saw|seen|doubts?|query|queries|marks?|scores?|deadline|is|are|was|were|will|did|does|do|can|could|should|"
    r"would|has|have|had|be|been|not|no)\b)[\w'-]+"
)
"""A word of a noun phrase: no verb, no person, none of trouble, doubt or a score, no question word ("which
video?" asks which one is meant)."""
_BARE_PLEA = (
    rf"(?:^|[.!?\n] ?)(?:(?:{SIR}|hi|hello|dear \w+|respected \w+)[, ]+)*"
    rf"(?:(?:upload|share|send|provide) )?(?:the )?(?:{_NOUN_WORD} ){{0,4}}?{_NAMED_BARE}"
    rf"(?: (?:of|for|from|on) (?:{_NOUN_WORD} ){{0,5}}?{_NOUN_WORD} ?)?"
    r"(?: (?:yet |already )?(?:uploaded|available|out|shared|posted|released)(?: yet| already)?)?,?\s*"
    rf"(?:\b{SIR}[ ,]*)?"
    rf"(?:\b(?:please|pls|plz|kindly)(?: (?:{SIR}|upload|share))?|\?)\s*(?=[.!?\n]|$)"
)
"""A request made of the thing's name and a plea or a question mark, alone in its sentence, maybe with what
is awaited of it ("recording uploaded?")."""
_NAMED_BARE_FR = r"(?:replay|enregistrements?|videos?|diapos?|diaporamas?|slides|supports?|compte[- ]rendus?|cr|pad)"
"""What a French request may name alone ("le replay svp", "le CR ?")."""
_BARE_PLEA_FR = (
    rf"(?:^|[.!?\n] ?)(?:(?:bonjour|salut|hello|coucou|et|alors)[, ]+)*(?:le |la |les |l'|un |une |des |ce |cette )?"
    rf"{_NAMED_BARE_FR}(?: (?:de|du|des|d') ?(?:{_NOUN_WORD} ){{0,2}}{_NOUN_WORD})?,?\s*(?:svp|stp|s'il (?:vous|te) "
    r"plait)?\s*"
    r"(?:\?|(?<=svp)|(?<=stp)|(?<=plait))\s*(?=[.!?\n]|$)"
)
"""The same in French: the thing's name with a plea or a question mark, alone in its sentence."""
TERSE = [
    _BARE_PLEA,
    _BARE_PLEA_FR,
    rf"(?:^|[.!?\n] ?)(?:@[\w.-]+ )?(?:(?!(?:broken|dead|expired|invalid|wrong|old|new)\b){_NOUN_WORD} ){{1,3}}"
    rf"{LINK_EN} ?\?",
    rf"\b(?:do|does) (?:you|u|anyone|anybody|someone|somebody) (?:have|got) (?:the |a |any )?{NAMED_BEFORE}"
    rf"{THING_EN}\b{RELATION}(?: (?:for|of|from|on|too|as well|also)\b[^.!?\n]{{0,40}}?)?\s*\?",
]


_PURPOSE_WORD = rf"(?!(?:the|a|an|any)\b){_NOUN_WORD}"
_IN_TURN = (
    rf"^(?:@[\w.-]+\s+)*(?:(?:{SIR}|hi|hello|ok|okay|thanks|thank you)[, !.]+)*"
    r"(?:(?:and |but |ok |okay )?(?:what|how) about |and )(?:the |any )?"
    rf"(?:(?:{_PURPOSE_WORD} ){{1,3}}{LINK_EN}|{LINK_EN} (?:for|to|of) (?:the )?"
    rf"{_PURPOSE_WORD}(?: {_PURPOSE_WORD}){{0,3}})"
    rf"(?:[, ]*{SIR})?\s*\?[\s?]*$"
)
"""A whole post asking "what about" a link named by what it is for ("and what about the GA3 link?", "and the link
for GA3?"): it asks whatever the post before asked, of that link. Its words are read one by one, a space
between each: a long word is not cut into pieces in every way before the post is given up on."""


def asked_in_turn(text: str) -> bool:
    """The post is only "what about the X link?" (`_IN_TURN`): a request right after one for another link, a
    question whether that link does what the post before said of its own otherwise."""
    return bool(compiled(_IN_TURN).match(normalise(fold(text)).strip()))


def is_terse(folded: str) -> bool:
    """A sentence of a folded post asks in one of the terse forms."""
    return any(compiled(pattern).search(folded) for pattern in TERSE)
