"""Questions whether an event's recording or slides will be offered, read as asked before or after the event:
before it nothing exists yet, so no link is missing."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from bot.text import ANALYSED, fold
from handlers.links.text.asking import request_sentence
from handlers.links.text.words import EVENT_FR, normalise

_OUTPUT = (
    r"(?:recordings?|recorded|videos?|replays?|youtube|slides|decks?|presentations?|ppts?|notes|diapos?|"
    r"diaporamas?|enregistre\w*|enregistrements?|support|rediffusion|filmee?s?|mise?s? en ligne|"
    r"comptes?[- ]rendus?|cr|proces-verbal|pv)"
)
"""What an event leaves behind for those who missed it: a recording, slides, notes, its minutes."""
_NAMES_OUTPUT = re.compile(rf"\b{_OUTPUT}")
_OFFERED = "(?:recorded|shared|posted|uploaded|available|published|released|sent|provided|online|on youtube|put online)"
_OFFER = re.compile(
    rf"\b(?:will|shall)\b[^.!?\n]{{0,60}}?\b(?:be|get)\b(?: \w+)?(?: made)? {_OFFERED}\b"
    rf"|\b(?:is|are)\b[^.!?\n]{{0,40}}?\bgoing to be (?:\w+ )?{_OFFERED}\b"
    rf"|\bwill there be (?:a |any )?(?:\w+ )?{_OUTPUT}"
    rf"|\b(?:y aura-t-il|il y aura|est-ce qu'il y aura|y aura)(?: un| une| des| le| la)? (?:\w+ )?{_OUTPUT}"
    rf"|\b(?:will (?:you|u|they|we|someone|anyone)|(?:are|is) (?:you|u|they|we|someone|anyone) (?:going|planning) to|"
    rf"(?:do|does) (?:you|u|they) plan to) "
    rf"(?:record|share|post|upload|publish|send|provide|release|get|receive|have)\b[^.!?\n]{{0,40}}?\b{_OUTPUT}"
    rf"|\b(?:post|share|upload|send|put up|publish)\b[^.!?\n]{{0,40}}?\b{_OUTPUT}\b[^.!?\n]{{0,30}}?"
    rf"\b(?:afterwards|after (?:the |this |that )?(?:session|class|lecture|call|meeting|webinar|talk|workshop|event)s?|"
    r"once (?:it|the \w+) is (?:over|done))\b"
    r"|\b(?:sera|seront|va|vont)(?:-t-(?:il|elle)|-(?:ils|elles))?(?: \w+)?(?: etre)? (?:enregistree?s?|partagee?s?|"
    r"filmee?s?|disponibles?|dispos?|publiee?s?|envoyee?s?|diffusee?s?|mise?s? en ligne|en ligne)\b"
)
"""A question on whether something will be offered ("will this session be recorded?", "will the slides be
shared?", "les diapos seront-elles partagées ?"), or a plea to offer it after the event ("can someone post the
notes afterwards?"), not on when a thing that exists comes ("when will yesterday's recording be uploaded?")."""
_ASKED_HOW = re.compile(r"\b(?:when|where|how|quand|ou|comment)\b")
_EVENT = r"(?:session|class|lecture|call|meeting|webinar|talk|workshop|live|hangout|seminar)"
"""An event held at a time, whose recording or slides may be asked for."""
_TO_COME = re.compile(
    r"\b(?:tomorrow|tonight|upcoming|later today|this evening|demain|ce soir|prochaine?s?)\b"
    rf"|\bnext (?:week'?s? |month'?s? |\w+'?s? )?(?:{_EVENT}|training|course)s?\b"
)
"""Words putting the event still to come."""
_HELD = re.compile(
    rf"\b(?:yesterday|last (?:night|week|time)|last (?:\w+'?s? )?{_EVENT}s?|earlier today|missed|"
    r"(?:was|were) (?:not able|unable) to|"
    r"(?:could not|couldn't|did not|didn't|was not able to) (?:attend|join|make it|watch)|\w+ ago|hier|"
    r"(?:j'ai|on a|nous avons) (?:rate|manque|loupe)|"
    r"(?:je n'ai|on n'a|nous n'avons) pas pu (?:y )?(?:assister|venir|participer|etre (?:la|present)|"
    r"(?:me|nous|se) connecter)|(?:j'etais|j'ai ete|nous etions|on etait) absente?s?|"
    rf"merci (?:\w+ )?pour (?:la |le |l'|cette |ce |cet )(?:belle |bel |super |chouette )?(?:{EVENT_FR}|journee|"
    r"matinee|soiree|formation|intervention|presentation)s?|"
    r"merci (?:\w+ )?pour (?:ce soir|ce matin|cet apres-midi|cet aprem|aujourd'hui))\b"
)
"""Words putting the event past ("yesterday's session", "I missed it", "I could not attend", "je n'ai pas pu
venir", "j'étais absente", "Merci pour la visio", "Merci pour ce soir, très riche !")."""
_COMING = re.compile(
    rf"\b(?:tomorrow'?s?|tonight'?s?|upcoming|next(?: week'?s?| month'?s?)?) (?:\w+ )?(?:{_EVENT}|one)s?\b"
    rf"|\b(?:{_EVENT}|one)s? (?:of |on )?(?:tomorrow|tonight|this evening|later today|next \w+)\b"
    rf"|\b{EVENT_FR}s? (?:de |d')?(?:demain|ce soir|la semaine prochaine)\b"
    rf"|\bprochaine?s? {EVENT_FR}s?\b|\b{EVENT_FR}s? (?:prochaine?s?|suivante?s?)\b"
)
"""The event a question asks about, named as still to come ("will tomorrow's session be recorded?", "the next
one", "la visio de demain"), unlike a time the recording is asked by ("posted by tomorrow")."""


Offer = Literal["held", "ahead", "open"]


@lru_cache(maxsize=ANALYSED)
def offer_asked(text: str) -> Offer | None:
    """When a post's request asks whether an event's recording or slides will be offered: "held" when its
    words put one past ("yesterday's session", "I missed it": a recording is asked for, even "by
    tomorrow"), "ahead" when they put it still to come ("tomorrow's talk"), "open" when they say neither
    (the event's announced time then decides); None for any other post. The question's own naming of its
    event comes first: "I missed the last session. Will the next one be recorded?" asks ahead. Before the
    event nothing exists yet: no link is asked."""
    sentence = request_sentence(text)
    if sentence is None:
        return None
    m = _OFFER.search(sentence)
    if m is None or _ASKED_HOW.search(sentence, 0, m.start()) or not _NAMES_OUTPUT.search(sentence):
        return None
    # the question's own words name its event first: a session missed before is not the one asked about
    # ("I missed the last session. Will tomorrow's session be recorded?")
    asked = sentence[m.start() :]
    if not _HELD.search(asked) and _COMING.search(asked):
        return "ahead"
    folded = normalise(fold(text))
    if _HELD.search(folded):
        return "held"
    return "ahead" if _TO_COME.search(folded) else "open"


_DONE_IN = (
    r"(?:discussed|explained|showed|shown|demonstrated|demoed|covered|solved|taught|talked about|went through|"
    r"walked (?:us )?through|presented|reviewed|abordee?s?|expliquee?s?|presentee?s?|traitee?s?)"
)
"""What was done in a session, said after it (past participles and simple pasts)."""
_NOT_AHEAD = r"(?:(?!\b(?:will|shall|going to|gonna|sera|seront|va|vont)\b)[^.!?\n])"
"""A word of the sentence that is no future tense ("where this will be discussed" is still to come)."""
_HELD_EVENT = re.compile(
    rf"\b(?:{_EVENT}|{EVENT_FR})s?\b[^.!?\n]{{0,25}}?\b(?:in which|during which|wherein|where|when|that|"
    rf"dans laquelle|lors de laquelle|ou|pendant laquelle)\b{_NOT_AHEAD}{{0,30}}?\b{_DONE_IN}\b"
    rf"|\b(?:yesterday'?s?|last(?: week'?s?| month'?s?)?|previous|earlier|past) (?:\w+'?s? )?{_EVENT}s?\b"
    rf"|\b{_EVENT}s? (?:held |conducted |taken )?(?:yesterday|last (?:week|night|time)|earlier today|\w+ days? ago)\b"
    rf"|\b{EVENT_FR}s? (?:d'hier|de la semaine derniere|precedente?s?|passee?s?|derniere?s?)\b"
    rf"|\b{_EVENT}s?\b[^.!?\n]{{0,40}}?\b(?:be |been |get |got |is |are |was |were )?(?:uploaded|re-?uploaded)\b"
)
"""An event the sentence puts in the past: by what was done in it ("the session in which you discussed
this", "la séance où vous avez expliqué"), or by its time ("yesterday's class", "the previous session",
"la visio d'hier"), or by what is done once it is over ("the session is not uploaded yet")."""


def held_event(sentence: str) -> bool:
    """The asking sentence speaks of an event already held: its call link is of no use any more, the link
    asked for is its recording ("can you share the session link in which you discussed this?")."""
    return bool(_HELD_EVENT.search(normalise(fold(sentence))))
