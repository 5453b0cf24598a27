"""Reading link requests and link pointers in a post's own words (French and English).

Everything matches on `fold(text)` (lower case, no accents, plain apostrophes), so
"Où est le lien ?" and "ou est le lien ?" are the same. Patterns are anchored on
what a request *does* (something is missing, cannot be found, is asked for) rather
than on the word "lien": "le lien social" or "links between places" must not fire.

The modules: `kinds` (what a link is for), `words` (shared building blocks), `requests` and
`statements` (the two pattern tables), `pleas` (guides and code asked for), `results` (an assessment's
published results looked for), `exclusions` (what rules a match out), `asking` (the sentence that asks),
`events` (recordings asked before or after an event), `verdict`, `doubt`, `agreement` and `pointers`.
"""

from handlers.links.text.agreement import is_agreement, mail_not_come, names_mail
from handlers.links.text.asking import asks_whether, copied_from, request_sentence
from handlers.links.text.doubt import doubt_cues, in_doubt
from handlers.links.text.events import held_event, offer_asked
from handlers.links.text.exclusions import after_solved, own_trouble, trouble_over
from handlers.links.text.kinds import (
    MEETING_KINDS,
    PAPERS,
    bound_kinds,
    bound_words,
    chat_group_asked,
    kind_label,
    kinds_denied,
    kinds_of,
    no_call_in_a_chat,
    subjects,
    things,
    unclocked,
    url_kind,
    wanted_kinds,
)
from handlers.links.text.pointers import link_not_here, link_to_come, pointer_phrase, points_back
from handlers.links.text.terse import asked_in_turn
from handlers.links.text.verdict import asks_scribe_for, is_request, says_missing, states_status
from handlers.links.text.words import asks_session_upload

__all__ = [
    "MEETING_KINDS",
    "PAPERS",
    "after_solved",
    "asked_in_turn",
    "asks_scribe_for",
    "asks_session_upload",
    "asks_whether",
    "bound_kinds",
    "bound_words",
    "chat_group_asked",
    "copied_from",
    "doubt_cues",
    "held_event",
    "in_doubt",
    "is_agreement",
    "is_request",
    "kind_label",
    "kinds_denied",
    "kinds_of",
    "link_not_here",
    "link_to_come",
    "mail_not_come",
    "names_mail",
    "no_call_in_a_chat",
    "offer_asked",
    "own_trouble",
    "pointer_phrase",
    "points_back",
    "request_sentence",
    "says_missing",
    "states_status",
    "subjects",
    "things",
    "trouble_over",
    "unclocked",
    "url_kind",
    "wanted_kinds",
]
