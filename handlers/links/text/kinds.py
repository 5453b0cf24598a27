"""What kind of link a text speaks of (a recording, a form, a call…), the things and subjects it names,
and what kind a URL is by its address."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.i18n import Messages
from bot.text import ANALYSED, fold
from handlers.links.text.words import ALIGNING
from handlers.meetings.cues import MET

_HELD = (
    "seance",
    "session",
    "visio",
    "reunion",
    "formation",
    "webinaire",
    "conference",
    "pleniere",
    "table ronde",
    "matinee",
    "intervention",
    "atelier",
)
"""What is held and may be watched again ("revoir la plénière", "rattraper la séance"): a recording asked."""

# What a link is for. A request naming a kind wants a link of that kind.
KINDS: dict[str, tuple[str, ...]] = {
    "meeting": (
        "visio",
        "visioconference",
        "zoom",
        "meet.google",
        "google meet",
        "meet link",
        "meet links",
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
        "reu",
        "meeting",
        "call",
        "conference",
        "live",
        "direct",
        "connexion",
        "se connecter",
        "se connecte",
        "s'y connecte",
        "me connecte",
        "me connecter",
        "se branche",
        "retransmission",
        "lien pour suivre",
        "suivre a distance",
        "en distanciel",
        "quelle plateforme",
        "nous connecter",
        "perm",
        "perms",
        "pleniere",
        "rejoindre",
        "join",
        "atelier",
        "session",
        "seance",
        "permanence",
        "rencontre",
        "l'ag",
        "assemblee generale",
        "copil",
        "comite de pilotage",
        "rdv",
        "rendez-vous",
    ),
    "registration": (
        "inscription",
        "inscrire",
        "inscrivez",
        "s'inscrit",
        "m'inscris",
        "reserver",
        "on reserve",
        "reservez",
        "reservation",
        "lien de resa",
        "prise de rdv",
        "prendre rdv",
        "adherer",
        "adhesion",
        "cotisation",
        "formulaire",
        "framaforms",
        "helloasso",
        "forms.gle",
        "docs.google.com/forms",
        "forms.office",
        "eventbrite",
        "billetterie",
        "prend les places",
        "prendre les places",
        "prendre des places",
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
        "resume",
        "ce qui s'est dit",
        "ce qui a ete dit",
        "pad",
        "mypads",
        "framapad",
        "hedgedoc",
        "compte-rendu",
        "compte rendu",
        "comptes-rendus",
        "compte-rendus",
        "cr ",
        "ordre du jour",
        "odj",
        "statuts",
        "contrat",
        "contrats",
        "pv",
        "proces-verbal",
        "proces-verbaux",
        "reglement",
        "affiche",
        "affiches",
        "flyer",
        "flyers",
        "budget previsionnel",
        "rapport moral",
        "rapport financier",
        "rapport d'activite",
        "minutes",
        "document",
        "documents",
        "doc",
        "slides",
        "support",
        "supports",
        "presentation",
        "programme",
        "pdf",
        "question paper",
        "question papers",
        "spreadsheet",
        "tableur",
        "framacalc",
        "planning",
        "sheet",
        "material",
        "materials",
        "resources",
        "tutorial",
        "tutorials",
        "tutoriel",
        "tutoriels",
        "tuto",
        "tutos",
        "documentation",
        "notebook",
        "notebooks",
        "dataset",
        "datasets",
        "transcript",
        "transcripts",
        "diapos",
        "logs",
        "log file",
        "log files",
        "draft",
        "drafts",
        "rfc",
        "rfcs",
    ),
    "recording": (
        "replay",
        "enregistrement",
        "enregistree",
        "l'avez enregistre",
        "l'avez enregistree",
        "l'a enregistre",
        "l'a enregistree",
        "a ete enregistre",
        "ete enregistree",
        "filmee",
        "filmees",
        "filme",
        "recording",
        "recordings",
        "recorded",
        "video",
        "videos",
        "youtube.com/watch",
        "youtu.be",
        "youtube",
        "yt",
        "playlist",
        "rediffusion",
        "captation",
        "enregistrerez",
        "enregistrera",
        "enregistrerons",
        "en differe",
        "la revoir",
        "le revoir",
        "les revoir",
        "lien pour revoir",
        "moyen de revoir",
        "possible de revoir",
        *(
            f"{verb} {det}{thing}"
            for verb in ("revoir", "rattraper")
            for det in ("la ", "le ", "l'")
            for thing in _HELD
        ),
    ),
    "exam": (
        "exam",
        "exams",
        "examen",
        "roe",
        "oppe",
        "quiz",
        "end term",
        "endterm",
        "peer review",
        "peer evaluation",
        "peer assessment",
        *(f"ga{space}{n}" for space in ("", " ") for n in range(1, 13)),
        "assignment",
        "assignments",
        "graded assignment",
    ),
}
MEETING_KINDS = frozenset({"meeting", "registration"})

_KIND_RE = {
    kind: re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(w.strip()) for w in words) + r")(?![a-z0-9])")
    for kind, words in KINDS.items()
}


_IMAGE_REGISTRATION = re.compile(
    r"\b(?:rigid|affine|deformable|elastic|non-?rigid|non-?linear|b-?spline|landmark|fiducial|image|surface|"
    r"volume|intensity|point-based|manual|automatic|automated)[- ]regist(?:ration|er\w*)\b|"
    rf"\bregistration {ALIGNING}\b"
)
"""Registration as imaging speaks of it (aligning images or models): no form to sign up with."""


_CFP = re.compile(
    r"\bcalls? for (?:proposals|papers|talks|speakers|contributions|participation)\b|\bcfp\b"
    r"|\b(?:proposer|soumettre) (?:un |une |des |votre |ton |vos |tes )?(?:atelier|intervention|contribution|sujet|"
    r"session|retour d'experience|projet)s?\b|\bappels? a (?:contributions?|propositions?|projets?|candidatures?)\b"
)
"""A call for proposals: a form to submit a talk by ("le lien pour proposer un atelier"), no call to join."""
_RSVP_DONE = re.compile(
    r"\brsvp(?:'?e?d|'?ing)\b|\b(?:filled|submitted|completed) (?:in |out |up )?(?:the |a |my |that )?"
    r"(?:rsvp |sign-?up |registration )?(?:form|rsvp)\b|\b(?:j'ai|on a|nous avons) (?:deja |bien )?(?:rempli|envoye) "
    r"(?:le |mon |notre )?(?:formulaire|questionnaire)\b"
)
"""An RSVP made or a form filled ("RSVP'd a while ago", "Filled the form last week", "j'ai rempli le formulaire"):
done, like "registered", it asks for no form."""


_EVENT = (
    r"(?:sessions?|live|class(?:es)?|lectures?|calls?|meetings?|webinars?|reunions?|seances?|visios?|ateliers?|"
    r"permanences?|rencontres?|ag|assemblees? generales?|copils?|comites? de pilotage)"
)
_DOCUMENT = (
    r"(?:slides|notes|notebooks?|pdfs?|documents?|docs?|materials?|transcripts?|datasets?|sheets?|diapos?|supports?|cr|"
    r"comptes?[- ]rendus?|ordre du jour|pads?|drafts?|rfcs?)"
)
_SHOWN_BY = (
    r"(?:(?:that|which|you|we|they|he|she|sir|mam|ma'am|was|were|had|have|has|been|are|is|just|all|que|qui|vous|nous|"
    r"avez|avons|ont|a|ete) ){0,4}"
    r"(?:(?:used|using|shown|showing|shared|sharing|discussed|discussing|presented|presenting|explained|explaining|"
    r"going through|went through|mentioned|mentioning|referred to|talked about|utilises?|montres?|presentes?|"
    r"partages?|mentionnee?s?|cite?e?s?) )?"
)
"""A relative clause between a document and its event ("the pdf you were showing in", "le document que vous avez
montré pendant")."""
_SHOWN_IN = r"(?:videos?|recordings?|replays?|enregistrements?|rediffusions?)"
"""A recording a document is shown or spoken of in ("the notebook used in the video")."""
_EVENTS_DOCUMENT = re.compile(
    rf"\b({_DOCUMENT}) {_SHOWN_BY}(?:of|from|for|in|on|during|at|de|du|des|pendant|lors de|dans) "
    rf"(?:the |this |that |today'?s |yesterday'?s |last |la |l'|le |les )?(?:[\w'-]+ ){{0,2}}(?:{_EVENT}|{_SHOWN_IN})\b"
    rf"|\b(?:live )?{_EVENT}(?= {_DOCUMENT}\b)"
)
"""The event or the recording a document belongs to ("the slides used in today's session", "live session notes",
"the dataset mentioned in the video", "the transcript of the recording"): it says which document is meant, not that
the event's call or the recording is asked."""


_BOUND = (
    re.compile(
        r"\bliens?\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|vers\s+(?:la\s+|le\s+|l'|les\s+)?|"
        r"pour\s+(?:la\s+|le\s+|l'|les\s+)?(?:se\s+|me\s+|nous\s+|vous\s+|s'|m')?)([\w'-]+(?:\s+[\w'-]+){0,2})"
    ),
    re.compile(r"\blinks?\s+(?:to|for|of)\s+(?:the\s+|this\s+|that\s+|today'?s\s+)?([\w'-]+(?:\s+[\w'-]+)?)"),
    re.compile(r"([\w.'-]+)\s+links?\b"),
)
"""The words bound to the word "lien"/"link" ("le lien de connexion", "le lien pour m'inscrire", "the registration
link", "the link to the recording"): the kind they name is the link asked, whatever else the sentence speaks of."""


_FOR_WHEN = re.compile(
    r"\b(?:aujourd'hui|ce soir|ce matin|cet? ?(?:aprem|apres-midi)|tout a l'heure|demain|today|tonight|tomorrow)\b"
)
""""Le lien pour ce soir", "the link for today": the link of the meeting held then."""


_BARE_AFTER = re.compile(r"\bliens? (?!(?:de|du|des|d'|pour|vers|sur|a|au|aux|et|ou|est|sont|svp|stp)\b)([a-z][\w-]+)")
"""A word right after "lien" without a preposition ("un lien maps", "le lien zoom")."""


def _bound(sentence: str, patterns: tuple[re.Pattern[str], ...] = _BOUND) -> list[str]:
    """Each run of words `patterns` bind to "lien"/"link" in a sentence."""
    folded = fold(sentence)
    return [m.group(1) for rx in patterns for m in rx.finditer(folded)]


def bound_words(sentence: str) -> str:
    """The words bound to "lien"/"link" in a sentence, joined ("le lien pour s'inscrire", "un lien maps")."""
    return " ".join(_bound(sentence, (*_BOUND, _BARE_AFTER)))


def bound_kinds(sentence: str) -> frozenset[str]:
    """The kinds the words bound to "lien"/"link" name ("j'ai oublié de m'inscrire, je peux avoir le lien de
    connexion ?" asks for the call, not the form; "le lien pour ce soir ?", the call held then); empty when they
    name none."""
    bound = _bound(sentence)
    when = frozenset({"meeting"}) if any(_FOR_WHEN.search(words) for words in bound) else frozenset()
    return kinds_of(" ".join(bound)) | when if bound else frozenset()


_NONE_OF: dict[str, re.Pattern[str]] = {
    "meeting": re.compile(
        r"\b(?:pas de|sans|aucune?) (?:visio|visioconference|retransmission|diffusion en (?:ligne|direct)|"
        r"lien (?:de |pour la )?visio)\b|\b(?:uniquement|seulement|que) en presentiel\b|"
        r"\ben presentiel (?:uniquement|seulement)\b|\bno (?:zoom|online|virtual|remote) "
        r"(?:option|link|participation|attendance|access)\b|\bin[- ]person only\b|"
        r"\b(?:will not|won't) be (?:streamed|online|on zoom)\b"
    ),
    "recording": re.compile(
        r"\b(?:pas de|sans|aucun) (?:replay|enregistrement|rediffusion)\b|"
        r"\bne sera pas (?:enregistree?|filmee?)\b|\b(?:will not|won't) be recorded\b|\bno recordings?\b"
    ),
    "registration": re.compile(
        r"\b(?:sans |pas d'|pas besoin d'|aucune )inscription\b|\bpas besoin de (?:s'|vous )inscrire\b|"
        r"\b(?:sans|pas de) (?:resa|reservation)\b|"
        r"\bno (?:registration|sign-?up) (?:needed|required)\b"
    ),
}
"""What an announcement says there is none of ("Pas de visio prévue, c'est vraiment en présentiel", "this one won't be
recorded", "sans inscription", "Pas d'inscription, venez directement"): a request for that link has nothing to answer
and nobody to ask."""


def kinds_denied(text: str) -> frozenset[str]:
    """The kinds of link a text says there will be none of."""
    folded = fold(text)
    return frozenset(kind for kind, rx in _NONE_OF.items() if rx.search(folded))


_GRADED = r"(?:ga ?\d+|graded assignments?(?: \d+)?)"
"""A graded assignment, by number."""
_EXAM = rf"(?:{_GRADED}|quiz(?:zes)?(?: ?\d+)?|roe|oppe|exams?|end ?term|mock(?: tests?)?)"
_SESSION = r"(?:sessions?|class(?:es)?|calls?|meetings?)"
"""A session, however called."""
_HELP_SESSION = (
    r"(?:doubt(?:s| clearing| solving)?|revision|practice|discussion|prep\w*|clarification|ta|support|review|"
    rf"solving|live)\s+{_SESSION}"
)
_ASSIGNMENTS_SESSION = rf"(?:(?:live )?{_SESSION})"
"""A session held for an assignment: an assignment is done on the portal, never in a session of its own."""
_ABOUT_AN_EXAM = re.compile(
    rf"\b{_EXAM}\s+({_HELP_SESSION})\b|\b({_HELP_SESSION}) (?:on|for|about|regarding|of) (?:the )?{_EXAM}\b"
    rf"|\b{_GRADED}\s+({_ASSIGNMENTS_SESSION})\b"
)
"""The exam a help session is about ("the GA 5 doubt session", "the TA session on GA 6", "the GA7 session"): it
says which session is meant, not that the exam page is wanted; an exam's own session ("OPPE session 1") is the
exam."""


_DURATION = re.compile(
    r"\b(?:\d+|a few|few|several|some|ten|five|fifteen|twenty|thirty|quelques|cinq|dix|quinze|vingt|trente)\s*"
    r"(?:(?:premieres?|dernieres?|first|last|more|other|petites?|bonnes?)\s+)?minutes?\b"
)
"""A span of time ("les 5 premières minutes", "a few minutes"): minutes that are no meeting notes."""


def unclocked(folded: str) -> str:
    """The folded text without its spans of time in minutes."""
    return _DURATION.sub(" ", folded)


_SHOWN = re.compile(r"(?:\b(?:s'|n'|ca |il |elle |qui |m')|\bne s')affichen?t?\b|\baffichent? (?:pas|rien|plus|mal)\b")
"""The verb "afficher" ("il s'affiche pas", "ça n'affiche rien"): a page shown or not, no poster ("l'affiche")."""


@lru_cache(maxsize=ANALYSED)
def kinds_of(text: str) -> frozenset[str]:
    """What kind of link a text (request, link text, URL, paragraph) talks about; the event a document
    belongs to is no call (`_EVENTS_DOCUMENT`), the exam a help session is about no exam page (`_ABOUT_AN_EXAM`), a
    problem met ("j'ai rencontré un problème") no meeting (`MET`), an RSVP made no form (`_RSVP_DONE`), a call for
    proposals a form (`_CFP`), a page shown no poster (`_SHOWN`)."""
    folded = _CFP.sub(" form ", _RSVP_DONE.sub(" ", MET.sub(r"\1", unclocked(_SHOWN.sub(" ", fold(text))))))
    folded = _EVENTS_DOCUMENT.sub(lambda m: m.group(1) or " ", _IMAGE_REGISTRATION.sub(" ", folded))
    folded = _ABOUT_AN_EXAM.sub(lambda m: m.group(1) or m.group(2) or m.group(3), folded)
    return no_call_in_a_chat(frozenset(kind for kind, rx in _KIND_RE.items() if rx.search(folded)), folded)


def no_call_in_a_chat(kinds: frozenset[str], folded: str) -> frozenset[str]:
    """The kinds a folded text asks for, but a call where it names a chat group and no call ("Il y a un groupe de
    discussion ? un lien pour le rejoindre ?"): one joins the group, not a visio."""
    return kinds - {"meeting"} if chat_group_asked(folded) else kinds


def chat_group_asked(folded: str) -> bool:
    """Whether a folded text names a chat group (`CHAT_GROUP`) and no call."""
    return CHAT_GROUP.search(folded) is not None and _A_CALL.search(folded) is None


CHAT_GROUP = re.compile(
    r"\b(?:groupes? (?:de discussion|de discu|de messagerie|signal)|boucle signal|whatsapp|telegram|discord|slack)\b"
)
"""A chat group one joins ("un lien pour rejoindre le groupe Signal ?"): no call."""
_A_CALL = re.compile(r"\b(?:visio\w*|zoom|jitsi|meet|teams|webinaires?|webinars?|calls?|appel)\b")


PAPERS = ("procuration", "convocation", "attestation", "charte", "devis", "facture", "pv", "proces-verbal", "vote")
"""Papers a request names by their name ("le formulaire de procuration", "le PV de la dernière AG", "le formulaire de
vote"): things of their own, whatever their kind."""
_NOUN = re.compile(
    r"\b(?:recording|video|playlist|slide|form|calendar|calender|paper|notebook|repo|repository|code|transcript|dataset|"
    r"book|log|notes|document|sheet|spreadsheet|pdf|module|material|resource|project|portal|page|exam|quiz|"
    r"assignment|tutorial|documentation|doc|guide|manual|data|"
    r"enregistrement|replay|formulaire|diaporama|support|programme|compte-rendu|pad|paiement|payer|payment|tableaux|tableau|"
    rf"{'|'.join(PAPERS)}|bulletin|flyer|affiche)s?\b"
)
_SAME_THING = {"payer": "paiement", "payment": "paiement", "tableaux": "tableau"}
"""Words of one thing: "pour payer" asks for what "inscription + paiement" gives."""
_PROXY = re.compile(
    r"(?:(?<=\ble )|(?<=\bun )|(?<=\bdu )|(?<=\bles )|(?<=\bdes )|(?<=\bmon )|(?<=\bton )|(?<=\bson )|(?<=\bmes )|"
    r"(?<=\bvos )|(?<=\bvotre )|(?<=formulaire de )|(?<=formulaires de )|(?<=/)|(?<=-)|(?<=_))pouvoirs?\b|"
    r"\bpouvoirs?(?=\s*:)"
)
"""An AG's proxy called "pouvoir" after an article, as a label or in an address ("le formulaire pour le pouvoir",
"Pouvoir : https://…", "…/pouvoir-ag-2026"), not the verb ("pour pouvoir voter"): a procuration."""


@lru_cache(maxsize=ANALYSED)
def things(text: str) -> frozenset[str]:
    """The nouns of things a text names that a link leads to ("logs", "the form", "slides"), in the
    singular: a request naming no kind of link is answered only by a link said to be of that thing."""
    folded = _PROXY.sub("procuration", fold(text))
    found = (m.group(0).rstrip("s") if m.group(0) != "notes" else "notes" for m in _NOUN.finditer(folded))
    return frozenset(_SAME_THING.get(word, word) for word in found)


KIND_ORDER = ("recording", "exam", "registration", "meeting", "document")
"""When a text names several kinds, the one it asks for: "the recording of the session" wants
the recording, not the session's call link."""


def wanted_kinds(kinds: frozenset[str]) -> frozenset[str]:
    """The kind a request asks for, of the kinds its words name."""
    first = next((k for k in KIND_ORDER if k in kinds), None)
    return frozenset({first}) if first else frozenset()


def kind_label(kinds: Iterable[str], messages: Messages) -> str:
    """The kind of link asked for, in the forum's language (" d'inscription"), or "" when unknown."""
    kind = next((k for k in KIND_ORDER if k in kinds), None)
    return messages.get(f"links.kind.{kind}") if kind else ""


_SUBJECT = re.compile(
    r"\b(?:ga|graded assignment|project|week|module|quiz|mock|session|atelier|visio|webinaire|lecture|class|lab|"
    r"part|day|seance|cours|semaine)\s?#?(\d{1,2})\b"
    r"|\b(roe|oppe|end ?term)\b"
)


_WEEKS_GA = re.compile(r"\b(?:week|wk) ?#?(\d{1,2})(?:'s)? (?:graded assignment|ga)\b")
"""A week's graded assignment ("Week 5 Graded Assignment", "week 5 GA"): its GA by number too ("GA 5")."""


def subjects(text: str) -> set[str]:
    """The precise things a text names ("GA6", "project 2", "ROE"): what an announcement elsewhere
    must be about to answer a request made here. A week's graded assignment is that GA as well."""
    out = {f"ga{int(m.group(1))}" for m in _WEEKS_GA.finditer(fold(text))}
    for m in _SUBJECT.finditer(fold(text)):
        if m.group(1):
            word = m.group(0).split()[0] if " " in m.group(0) else re.sub(r"\d+$", "", m.group(0))
            word = "ga" if word.startswith("graded") else word.rstrip("#")
            out.add(f"{word}{int(m.group(1))}")
        else:
            out.add(m.group(2).replace(" ", ""))
    out |= {f"{m.group(2)}{_RANKS[m.group(1)]}" for m in _RANKED.finditer(fold(text))}
    return out


_RANKS = {
    **dict.fromkeys(("premiere", "premier", "1re", "1ere", "1er", "first", "1st"), 1),
    **dict.fromkeys(("deuxieme", "seconde", "second", "2e", "2eme", "2nd"), 2),
    **dict.fromkeys(("troisieme", "3e", "3eme", "third", "3rd"), 3),
    **dict.fromkeys(("quatrieme", "4e", "4eme", "fourth", "4th"), 4),
}
_RANKED = re.compile(
    rf"\b({'|'.join(sorted(_RANKS, key=len, reverse=True))}) "
    r"(module|session|atelier|visio|webinaire|lecture|class|seance|semaine|week|day|part)\b"
)
"""A thing named by its rank ("la première séance", "the second session"): the same as "séance 1", "session 2"."""


_URL_KINDS = (
    ("meeting", ("meet.google.", "zoom.us/j", "meet.jit.si", "teams.microsoft.com/l/meetup", "whereby.com", "/b/")),
    ("registration", ("forms.gle", "docs.google.com/forms", "framaforms", "helloasso", "eventbrite", "typeform")),
    ("recording", ("youtube.com/watch", "youtu.be/", "youtube.com/live", "vimeo.com/")),
)


def url_kind(url: str) -> str | None:
    """The kind a link is by its address alone (a Meet call, a form, a video), or None."""
    low = url.lower()
    return next((kind for kind, hosts in _URL_KINDS if any(h in low for h in hosts)), None)
