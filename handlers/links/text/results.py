"""Results published on a page: asking where to see an assessment's results, or not finding them (or one's own
entry) there, asks for that page; asking when they come asks a date, and a complaint about one's score asks a
review. Read apart from the statement table, whose exclusions rule out every sentence naming a score."""

from __future__ import annotations

import re

from handlers.links.text.exclusions import for_a_link, theirs
from handlers.links.text.words import ASSESSED_EN, ASSESSED_FR, NOT_SEEN_EN, compiled, sentence_of

_RESULTS_EN = r"(?:results?|scores?|marks|grades?)"
_RESULTS_FR = r"(?:resultats?|notes)"
_OF_FR = r"(?:du|de la|des|de l'|d'|pour le|pour la)"

_OF_ASSESSED = rf"(?:(?:{ASSESSED_EN}|peer[- ]?reviews?|final|overall) )+"
"""An assessment named before its results ("the GA 4 scores", "the peer review marks")."""
_ENTRY = r"my (?:id|roll ?(?:no|number)|name|e-?mail|entry|row|evaluation)\b\.?"
"""One's own entry in a list published for everyone."""
_LIST = r"(?:logs?|results?|result sheets?|sheets?|lists?|spreadsheets?|excel|csv|sections?)\b"
"""Where a list published for everyone is read."""
_NOT_THERE = r"(?:is |was )?(?:not present|not there|missing|absent|not listed|not found|not included)\b"

_NOT_RECKONED = (
    r"(?! ?\d| from\b|(?: [\w-]+)? (?:calculation|calculated|formula|logic|weightage|weights?|computation|computed|"
    r"policy|rules?|cut-?offs?)\b| (?:getting|being|got|were|was|are|is|will|would|have|has|had)\b)"
)
"""After the marks: not how they were reckoned ("where did you get the final marks 85?", "where do we get the peer
review marks from?", "the OPPE marks calculation logic", "the marks getting reduced"), which no page published
answers."""

_LOOKED_FOR = (
    rf"\bwhere (?:can|could|do|did|should|will|would) (?:i|we|one|you|u) (?:check|see|find|view|look at|get|"
    rf"receive|received) (?:the |our )?"
    rf"(?:{_RESULTS_EN} (?:for|of) (?:the )?{ASSESSED_EN}|{_OF_ASSESSED}{_RESULTS_EN}\b{_NOT_RECKONED})"
    rf"|\bwhere (?:is|are) (?:the )?(?:{_RESULTS_EN} (?:for|of) (?:the )?{ASSESSED_EN}|{_OF_ASSESSED}{_RESULTS_EN} "
    r"(?:visible|shown|published|displayed|available|posted)\b)"
    rf"|{NOT_SEEN_EN} (?:the |any )?{_RESULTS_EN} (?:(?:for|of) (?:the )?{ASSESSED_EN}|(?:on|in) (?:the )?"
    r"(?:dashboard|portal|grades? tab|results? page)\b)"
    # one's own entry missing from a list sent to everyone
    rf"|{NOT_SEEN_EN} (?:the )?{_ENTRY}[^.!?\n]{{0,30}}?"
    rf"\bin (?:the |any of the |any )?(?:[\w'\"\u201c\u201d\u2018\u2019-]+ ){{0,3}}?(?:[\w-]+\.)?{_LIST}"
    rf"|\b(?:results?|sheets?|excel|csv|sections?)\b[^.!?\n]{{0,60}}?(?:{NOT_SEEN_EN} {_ENTRY}|{_ENTRY} {_NOT_THERE})"
    rf"|\bou (?:peut-on|puis-je|pourrait-on|est-ce qu'on peut|on peut|je peux) (?:voir|consulter|trouver) "
    rf"(?:les |nos |mes )?{_RESULTS_FR} {_OF_FR} ?{ASSESSED_FR}"
    rf"|\b(?:je ne|on ne) (?:vois|trouve) pas (?:les )?{_RESULTS_FR} {_OF_FR} ?{ASSESSED_FR}"
    rf"|\b(?:je n'arrive pas a|impossible de) (?:voir|trouver) (?:les )?{_RESULTS_FR} {_OF_FR} ?{ASSESSED_FR}"
)
"""Where an assessment's results are seen, or not seeing them there (English, French)."""

_OTHER_LIST = re.compile(
    r"\b(?:eligib\w*|attendance|responses?|registrations?|hall ?tickets?|admit cards?|drop-?downs?|"
    r"as (?:a )?reviewers?|teams?|qualified|shortlist\w*|whatsapp|groups?)\b"
    r"|\b(?:because|since|as|coz|b?cz|bcoz) (?:i|we)\b|\bso (?:no (?:issue|problem)|(?:it'?s |it is )?fine)\b"
    r"|\b(?:add|include|insert|put) (?:me|us|it|them|my \w+)\b"
)
"""A list that is no results list (the eligible students, the form's responses, the teams' dropdown), or one's
place in it as a reviewer: one's entry missing there is a complaint to the team, not a page asked for; nor is it
when the writer says why ("because I did not attempt") or that it does not matter, or asks to be added to it ("please
add me"): the list is kept by someone, no page to give."""


def results_sentence(folded: str) -> str | None:
    """The sentence looking for an assessment's published results ("where can we check the results for
    project 2?", "I couldn't find my name in the results sheet"), or None."""
    for m in compiled(_LOOKED_FOR).finditer(folded):
        if theirs(folded, m) or not for_a_link(folded, m):
            continue
        sentence = sentence_of(folded, m)
        if not _OTHER_LIST.search(sentence):
            return sentence
    return None
