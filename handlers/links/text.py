"""Reading link requests and link pointers in a post's own words (French and English).

Everything matches on `fold(text)` (lower case, no accents, plain apostrophes), so
"Où est le lien ?" and "ou est le lien ?" are the same. Patterns are anchored on
what a request *does* (something is missing, cannot be found, is asked for) rather
than on the word "lien": "le lien social" or "links between places" must not fire.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.i18n import Messages
from bot.text import fold, fold_same_length

# What a link is for. A request naming a kind wants a link of that kind.
KINDS: dict[str, tuple[str, ...]] = {
    "meeting": (
        "visio",
        "visioconference",
        "zoom",
        "meet.google",
        "google meet",
        "meet.jit.si",
        "jitsi",
        "teams",
        "bigbluebutton",
        "bbb",
        "webinaire",
        "webinar",
        "webex",
        "whereby",
        "reunion",
        "meeting",
        "call",
        "conference",
        "live",
        "direct",
        "connexion",
        "se connecter",
        "rejoindre",
        "join",
        "atelier",
        "session",
    ),
    "registration": (
        "inscription",
        "inscrire",
        "inscrivez",
        "formulaire",
        "framaforms",
        "helloasso",
        "forms.gle",
        "docs.google.com/forms",
        "forms.office",
        "eventbrite",
        "billetterie",
        "weezevent",
        "register",
        "registration",
        "sign up",
        "signup",
        "sign-up",
        "tickets",
        "rsvp",
        "questionnaire",
        "sondage",
        "framadate",
        "survey",
        "form",
    ),
    "document": (
        "notes",
        "pad",
        "mypads",
        "framapad",
        "hedgedoc",
        "compte-rendu",
        "compte rendu",
        "comptes-rendus",
        "compte-rendus",
        "cr ",
        "minutes",
        "document",
        "doc",
        "slides",
        "support",
        "presentation",
        "replay",
        "enregistrement",
        "recording",
        "video",
        "programme",
        "pdf",
    ),
}
MEETING_KINDS = frozenset({"meeting", "registration"})

_KIND_RE = {
    kind: re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(w.strip()) for w in words) + r")(?![a-z0-9])")
    for kind, words in KINDS.items()
}

# Words that follow "lien"/"link" when it means a relation, not a URL.
_RELATION = r"(?!\s+(?:entre|avec|between|with|social|sociaux)\b)"
_DET_FR = r"(?:le|les|un|des|du|ton|votre|vos|ce|cet)"
_DET_EN = r"(?:the|a|any|your|this|that)"
_LINK_FR = r"liens?"
_LINK_EN = r"(?:links?|url)"
_KIND_WORD = (
    r"(?:visio\w*|inscriptions?|reunions?|zoom|meet|teams|jitsi|webinaires?|connexion|formulaire|questionnaire|"
    r"replay|live|direct|sondage|pad|evenement|atelier|conference|session|call|participation|bbb|bigbluebutton|"
    r"meeting|webinar|registration|form|event|workshop|stream|signup|sign-up)"
)

_REQUEST_PATTERNS = [
    # French: it is missing / forgotten
    rf"\bil manque {_DET_FR} {_LINK_FR}\b",
    rf"\bmanque {_DET_FR} {_LINK_FR}\b{_RELATION}",
    rf"\b{_DET_FR} {_LINK_FR} (?:manque|manquent|est absent|n'apparait pas|n'y est pas|n'est pas (?:la|dans|indique|"
    rf"visible))",
    rf"\b(?:il n'y a|y a|il y a) pas (?:de|d'un) {_LINK_FR}\b{_RELATION}",
    rf"\bpas de {_LINK_FR} (?:dans|pour|vers|d'inscription|de (?:la |l')?{_KIND_WORD})",
    rf"\boubli\w* (?:de (?:mettre|partager|ajouter|donner) )?{_DET_FR} {_LINK_FR}\b",
    # French: where is it / cannot find it
    rf"\bou (?:est|sont|se trouve(?:nt)?|trouver|trouve-t-on|peut-on trouver|puis-je trouver|"
    rf"est-ce qu'on trouve) {_DET_FR} {_LINK_FR}\b{_RELATION}",
    rf"\b(?:je |j')?(?:ne )?(?:trouve|vois|retrouve) (?:pas|plus|nulle part) {_DET_FR} {_LINK_FR}\b{_RELATION}",
    rf"\b(?:j'arrive pas|je n'arrive pas|impossible|pas reussi|je ne parviens pas|je n'ai pas reussi) (?:a|"
    rf"de) (?:trouver|voir|retrouver|acceder) (?:a |au )?{_DET_FR}? ?{_LINK_FR}\b{_RELATION}",
    rf"\b(?:je |on )(?:cherche|recherche) {_DET_FR} {_LINK_FR}\b{_RELATION}",
    rf"\bbesoin (?:du|d'un|des) {_LINK_FR}\b{_RELATION}",
    # French: please give it
    rf"\b{_LINK_FR},? (?:svp|stp|s'il vous plait|s'il te plait|please|merci d'avance)\b",
    rf"\b(?:pouvez-vous|pourriez-vous|peux-tu|pourrais-tu|vous pouvez|tu peux|tu pourrais|vous pourriez|possible de|"
    rf"merci de) (?:nous |me )?(?:partager|envoyer|mettre|donner|poster|ajouter|transmettre|remettre|communiquer|"
    rf"republier) {_DET_FR} {_LINK_FR}\b",
    rf"\b(?:quelqu'un|qqn|qq1) (?:a|aurait|peut (?:partager|donner|envoyer)) {_DET_FR} {_LINK_FR}\b{_RELATION}",
    rf"\b(?:avez-vous|vous avez|tu as|as-tu|aurais-tu|auriez-vous) {_DET_FR} {_LINK_FR}\b{_RELATION}[^.!?\n]*\?",
    rf"\b{_DET_FR} {_LINK_FR} (?:est|a ete|sera|est-il|a-t-il ete) (?:deja )?(?:dispo|disponible|partage|envoye|"
    rf"publie|en ligne|communique)\b[^.!\n]*\?",
    rf"\b{_LINK_FR} (?:de |d'|du |pour |vers )(?:la |l'|le |les )?{_KIND_WORD}\b[^.!?\n]{{0,60}}\?",
    rf"\b{_LINK_FR} {_KIND_WORD} ?\?",
    rf"\bquel est {_DET_FR} {_LINK_FR} (?:de |d'|du |pour |vers )(?:la |l'|le )?{_KIND_WORD}",
    rf"(?:^|[.!?\n] ?)(?:et |alors |du coup |@[\w.-]+ )?{_DET_FR} {_LINK_FR} ?\?",
    # English
    r"\b(?:the |a |no )?(?:link|url) (?:is )?missing\b",
    r"\bmissing (?:the|a) (?:link|url)\b",
    rf"\b(?:there's|there is|there are) no {_LINK_EN}\b{_RELATION}",
    rf"\bforgot (?:to (?:add|include|share|post) )?{_DET_EN} {_LINK_EN}\b",
    rf"\bwhere(?:'s| is| are| can i find| do i find| do we find| to find|"
    rf" can we find) {_DET_EN} {_LINK_EN}\b{_RELATION}",
    rf"\b(?:is|has) {_DET_EN} {_LINK_EN} (?:been )?(?:out|up|available|ready|shared|posted|sent|live)\b",
    rf"\b(?:can't|cannot|can not|couldn't|could not|unable to|don't|do not|didn't|did not) (?:find|see|access|locate|"
    rf"get) {_DET_EN} {_LINK_EN}\b{_RELATION}",
    rf"\b(?:could|can|would|will) (?:you|someone|somebody|anyone|anybody) (?:please )?(?:share|send|post|add|give|"
    rf"provide|drop|paste) (?:us |me )?{_DET_EN} {_LINK_EN}\b",
    rf"\b(?:does |do )?(?:anyone|anybody|someone|somebody|you) (?:have|got) {_DET_EN} {_LINK_EN}\b{_RELATION}",
    rf"\b{_LINK_EN},? please\b",
    rf"\b(?:need|looking for|still waiting for|waiting on) {_DET_EN} {_LINK_EN}\b{_RELATION}",
    rf"\b{_LINK_EN} (?:to|for) (?:the |this |that )?{_KIND_WORD}\b[^.!?\n]{{0,60}}\?",
    rf"\b{_KIND_WORD} {_LINK_EN} ?\?",
    rf"\b(?:what|which)(?:'s| is) {_DET_EN} {_LINK_EN} (?:to|for)\b",
    rf"(?:^|[.!?\n] ?)(?:and |so |@[\w.-]+ )?{_DET_EN} {_LINK_EN} ?\?",
]
_REQUEST = [re.compile(p) for p in _REQUEST_PATTERNS]

_AGREEMENT = re.compile(
    r"^(?:(?:@[\w.-]+|exact\w*|oui|yes|hello|bonjour|salut|hi|hey|tout a fait)[\s,!.]*)*"
    r"(?:\+ ?1|\+\+|pareil|idem|moi aussi|moi de meme|meme question|meme chose|meme probleme|"
    r"same(?: here| question| for me| problem)?|me too|ditto|je confirme|seconded)(?![\w])(?P<rest>.*)$",
    re.S,
)

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
_SENTENCE_END = re.compile(r"[.!?\n]")


@lru_cache(maxsize=16384)
def is_request(text: str) -> bool:
    """A post (its own words) that asks for a link that is missing."""
    folded = _normalise(fold(text))
    return any(p.search(folded) for p in _REQUEST)


@lru_cache(maxsize=16384)
def is_agreement(text: str) -> bool:
    """A short "+1" / "pareil" / "same here": it counts only right after a request."""
    folded = _normalise(fold(text)).strip()
    if len(folded) > 80:
        return False
    m = _AGREEMENT.match(folded)
    if not m:
        return False
    rest = re.sub(r"[^\w\s']", " ", m.group("rest")).strip()
    return len(rest) <= 15 or bool(re.search(r"\b(liens?|links?|url|trouve\w*|find|see|vois)\b", rest))


@lru_cache(maxsize=16384)
def pointer_phrase(text: str) -> str | None:
    """The words that point at a link ("accessibles ici", "register here"), as written."""
    folded = fold_same_length(text)
    best: tuple[int, int] | None = None
    for p in _POINTER:
        m = p.search(folded)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    if best is None:
        return None
    return text[best[0] : best[1]].strip(" :,")


@lru_cache(maxsize=16384)
def kinds_of(text: str) -> frozenset[str]:
    """What kind of link a text (request, link text, URL, paragraph) talks about."""
    folded = fold(text)
    return frozenset(kind for kind, rx in _KIND_RE.items() if rx.search(folded))


def _normalise(folded: str) -> str:
    """Spaces tidied, French spaced punctuation ("lien ?") kept as one token."""
    return re.sub(r"[ \t\xa0\u202f]+", " ", folded)


KIND_ORDER = ("registration", "meeting", "document")


def kind_label(kinds: Iterable[str], messages: Messages) -> str:
    """The kind of link asked for, in the forum's language (" d'inscription"), or "" when unknown."""
    kind = next((k for k in KIND_ORDER if k in kinds), None)
    return messages.get(f"links.kind.{kind}") if kind else ""
