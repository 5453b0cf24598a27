"""How a meeting is joined: the link a post gives for it (a call, a sign-up form, a page), or none.

A reminder gives readers that link, or says where to look, or asks none of a meeting held in person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.models import Post
from bot.text import ADDRESS, Link, chat_invite, every_link, fold_same_length, topic_page
from handlers.meetings.cues import GATHERING_EN, GATHERING_FR
from handlers.meetings.dates import LATER, MONTHS, WD, Found
from handlers.meetings.sentences import line_bounds, sentence_bounds

VIDEO_HOSTS = (
    "zoom.us",
    "meet.google",
    "meet.jit.si",
    "jitsi",
    "teams.microsoft",
    "teams.live",
    "whereby",
    "webex",
    "bigbluebutton",
    "bbb.",
    "visio.",
    "framatalk",
    "livestorm",
    "gotomeeting",
    "discord.gg",
    "youtube.com/live",
    "youtu.be",
    "twitch.tv",
    "/b/",
)
REGISTRATION_HOSTS = (
    "helloasso",
    "eventbrite",
    "framaforms",
    "forms.gle",
    "docs.google.com/forms",
    "typeform",
    "yurplan",
    "weezevent",
    "billetweb",
    "inscription",
    "register",
    "registration",
    "tally.so",
    "lu.ma",
    "meetup.com",
    "framadate",
    "openagenda",
)


def link_rank(link: Link) -> int:
    url = link.url.lower()
    if any(h in url for h in VIDEO_HOSTS):
        return 0
    if registration_form(url) or any(w in link.text.lower() for w in ("inscri", "regist")):
        return 1
    return 2


def registration_form(url: str) -> bool:
    """A sign-up form's address (Framaforms, HelloAsso, Google Forms…): a reminder calls it a registration, not
    "the link", since clicking it a minute before the start does not let the reader into the meeting."""
    low = url.lower()
    return any(h in low for h in REGISTRATION_HOSTS)


MAILING_LIST = re.compile(
    r"/(?:cgi-bin/)?mailman3?/(?:listinfo|lists|postorius)/|//groups\.google\.com/(?:g|forum|a)/|googlegroups\.com/|"
    r"//(?:www\.)?lists\.[^/]+/(?:listinfo|subscribe|sympa)|//framalistes\.org/|/wws/(?:info|subscribe)/",
    re.I,
)
"""A mailing list's page (Mailman, Google Groups, Sympa), often in the footer of a post sent from a list: where to
subscribe, no meeting's join link."""


def external(links: tuple[Link, ...]) -> list[Link]:
    """The links a meeting may be joined by: on the web, and neither a forum topic (where it is told
    about), a chat group's invitation nor a mailing list's page."""
    return [
        link
        for link in links
        if link.url.startswith(("http://", "https://", "//"))
        and not topic_page(link.url)
        and not chat_invite(link.url)
        and not MAILING_LIST.search(link.url)
    ]


JOIN_CUE = re.compile(
    r"\b(?:join\w*|connect\w*|dial[- ]in|log ?in|(?:meeting|call|zoom|meet|teams|webex|video) links?|rejoi\w+|"
    r"connexion|se connecter|participer|participez|liens? (?:de|pour) (?:la |le )?(?:visio\w*|reunion|connexion))\b",
    re.I,
)
"""What the sentence giving a call's link says of it ("you can join using the following link", "lien de la visio")."""


def _joining(text: str, links: list[Link]) -> list[tuple[int, Link]]:
    """The links sentences of the post give to join by, with where each stands: a call's host first, then any but
    a sign-up form (the post's other links are its agenda, a project page, where to propose a topic)."""
    cued = []
    for link in links:
        at = link_at(text, link)
        if at >= 0:
            start, said = said_at(text, at)
            if JOIN_CUE.search(said):
                cued.append((at, link, start))
    calls = {start for _, link, start in cued if link_rank(link) == 0}
    # "Google Meet Link: Join Here ( https://meet.google.com/… )": the anchor is the call behind a tracking redirect
    cued = [(at, link, start) for at, link, start in cued if link_rank(link) == 0 or start not in calls]
    ranked = sorted(((at, link) for at, link, _ in cued), key=lambda c: link_rank(c[1]))
    if not ranked or link_rank(ranked[0][1]) == 1:
        return []
    return [c for c in ranked if link_rank(c[1]) != 1]


def said_at(text: str, at: int) -> tuple[int, str]:
    """Where the sentence at `at` starts, and what it says with the line above it when that line leads into it
    ("You can join using the following link:")."""
    start, end = sentence_bounds(text, at)
    said = text[start:end]
    above = text[:start].rstrip()
    if above.endswith(":"):
        said = above[above.rfind("\n") + 1 :] + " " + said
    return start, said


Joined = tuple[tuple[int, str], ...]
"""The links a post gives to join by, best first, each with where it stands in the text (-1: below it)."""


def joined_by(post: Post, text: str, links: list[Link]) -> Joined:
    """The links the post gives to join its meetings, whatever their date: those sentences give to join by, else
    a call's previewed below the text (Discourse shows a lone Zoom link as a box, out of the post's words)."""
    joining = _joining(text, links) if links else []
    if joining:
        return tuple((at, link.url) for at, link in joining)
    previewed = _previewed_calls(post, links)
    return ((-1, previewed[0].url),) if previewed else ()


def _link(text: str, found: Found, links: list[Link], joined: Joined, first_date: int) -> str | None:
    """The meeting's link: its own, the one the post gives to join by (`joined_by`; of several, the first after
    the meeting's date: "hangout at 10:00, join at [Meet]… the planning call at 10:30, its Zoom link: […]"; one
    before it only when it comes before every date of the post, `first_date`: "Zoom: […]. Sessions on Monday and
    Wednesday"), else one near its date. The preparation call's link given before "Project Week will be held Dec
    14-18", or the link of an update above the one naming the meeting, is another meeting's."""
    if found.url:
        return found.url
    if found.source == LATER:
        return _named_for(text, found, joined)
    if found.all_day and found.days_run:
        return _on_its_line(text, found, links)  # a week's event ("held Dec 14-18"): no session's call is its own
    if joined:
        after = [(at if at >= 0 else len(text), url) for at, url in joined if at < 0 or at > found.span[0]]
        if after:
            return min(after)[1]
        return next((url for at, url in joined if at < first_date), None)
    if not links:
        return None
    near = _on_its_line(text, found, links)
    if near is not None:
        return near
    if _LINK_TO_COME.search(fold_same_length(text[slice(*line_bounds(text, found.span[0]))])):
        return None  # "Group B: Wednesday 7 PM, the link will be shared by Meera": group A's link is not its
    best = min(links, key=link_rank)
    if _on_a_dated_line(text, best, found):
        return None  # "- Jeu 16 avril – Café-visio, 12h30 → <call>" is that line's, not the troc's of the line above
    if (link_rank(best) < 2 or len(links) == 1) and not (link_rank(best) and _labelled_else(text, best)):
        return best.url
    return None


_DAY_WRITTEN = re.compile(
    rf"\b\d{{1,2}}(?:er)?\s+(?:{MONTHS})\b|\b(?:{WD})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}/\d{{1,2}}\b", re.I
)
"""A day written on a folded line ("16 février", "jeu. 16", "16/04")."""


def _on_a_dated_line(text: str, link: Link, found: Found) -> bool:
    """Whether a link stands on a line of its own day, another than the meeting's: an agenda's line for another
    event."""
    at = link_at(text, link)
    if at < 0:
        return False
    line = line_bounds(text, at)
    return (
        line != line_bounds(text, found.span[0])
        and _DAY_WRITTEN.search(fold_same_length(text[slice(*line)])) is not None
    )


_LINK_TO_COME = re.compile(
    r"\b(?:links?|liens?|urls?|invites?|invitations?)\b[^.!?\n]{0,40}?\b(?:will be|would be|shall be|is to be|sera|"
    r"seront|va etre|to follow|will follow|suivra|suivront|coming|a venir|tbd|tba|pending|en attente)\b",
    re.I,
)
"""The meeting's own line says its link comes later or from someone else ("Group B: Wednesday 7 PM, link will be
shared by Meera"): the post's one link, on another meeting's line, is not its."""


_ELSE_LABEL = re.compile(
    r"\b(?:agenda|ordre du jour|odj|notes|minutes|compte[- ]rendu|cr|slides|diapos?|pad|programme|program|replay|"
    r"recording|enregistrement|docs?|documentation|faq|wiki|blog|tableur|tableau|spreadsheet|sheet|framacalc)\b"
    r"[^.!?\n:]{0,40}:?\s*$",
    re.I,
)
"""The words just before a link calling it another thing than the call ("Agenda as always: <link>", "Le tableur des
bénévoles est ici : <link>")."""
_CALL_WORD = re.compile(r"\b(?:visio\w*|zoom|jitsi|meet|call|connexion|se connecter|rejoindre|join)\b", re.I)


def _labelled_else(text: str, link: Link) -> bool:
    """A link its own label, right before it, calls another thing than where people meet: the agenda, the notes;
    not a label naming the call too ("Ordre du jour et lien de la visio : <link>")."""
    at = link_at(text, link)
    label = _ELSE_LABEL.search(text, max(0, at - 60), at) if at > 0 else None
    return label is not None and not _CALL_WORD.search(label.group(0))


def link_at(text: str, link: Link) -> int:
    """Where a link stands in the post's words: by its text, else its address (-1 if neither is there)."""
    at = text.find(link.text) if link.text else -1
    return text.find(link.url) if at < 0 else at


_GATHERING_NOUN = re.compile(rf"\b(?:{GATHERING_EN}|{GATHERING_FR})\b")


def _named_for(text: str, found: Found, joined: Joined) -> str | None:
    """A second gathering's link (`LATER`): the first given after it to join by in a sentence naming it ("The Zoom
    link for the Project Week call is: …"). "Anyone is welcome to join at …", after "the project week call will
    begin at 10:30", is the day's first meeting's: the call's may be elsewhere, so none."""
    names = set(_GATHERING_NOUN.findall(fold_same_length(text[slice(*found.span)])))
    for at, url in sorted(joined):
        if at > found.span[0] and names & set(_GATHERING_NOUN.findall(fold_same_length(said_at(text, at)[1]))):
            return url
    return None


def _on_its_line(text: str, found: Found, links: list[Link]) -> str | None:
    """The link written beside the meeting's date: on its line, or, for a page, in its sentence."""
    line_start, line_end = line_bounds(text, found.span[0])
    line = text[line_start:line_end]
    start, end = sentence_bounds(text, found.span[0])
    sentence = text[start:end]
    for link in links:
        # A guide or a page linked in another sentence of the paragraph is not where people meet, nor one
        # under words of its own ("the upcoming [imaging workshop](…/workshop.html)"): a page about them.
        page = link_rank(link) == 2
        near = sentence if page else line
        if page and link.text and not ADDRESS.fullmatch(link.text):
            continue
        if (link.text and link.text in near) or link.url in near:
            return link.url
    return None


def _previewed_calls(post: Post, links: list[Link]) -> list[Link]:
    """The call links the post shows only as a preview box (a onebox), which its words leave out."""
    own = {link.url for link in links}
    return [link for link in external(every_link(post)) if link_rank(link) == 0 and link.url not in own]


_ONLINE = re.compile(
    r"\b(?:visio\w*|video\w*|zoom|meet|gmeet|jitsi|teams|webex|whereby|discord|bbb|bigbluebutton|online|en ligne|"
    r"distanciel|a distance|remote\w*|virtual\w*|virtuel\w*|hangouts?|webinars?|webinaires?|calls?|appels?|"
    r"live\w*|stream\w*|links?|liens?|url|connexion|connect\w*|dial\w*)\b"
)
"""Words of a meeting joined from afar, or of its link: a reminder of it may say the link is missing."""


PRIVATE_WAY = re.compile(
    r"\b(?:links?|urls?|invites?|invitations?|liens?|rooms?|salles?|(?:joining|access|connection) details|"
    r"codes? d'acces|identifiants|(?:infos?|informations?|details?|parametres?) de connexion)\b[^.!?\n]{0,100}?"
    r"(?:\b(?:personal|private|direct) (?:messages?|chats?)\b|\bdms?\b|"
    r"\b(?:e-?mailed|mailed|sent by (?:e-?mail|mail)|(?:envoyee?s?|transmise?s?|communiquee?s?|arrive(?:ra)?|"
    r"arrivent|parviendra|recevrez|recevront)(?: [^.!?\n]{0,50}?)? par (?:e-?mail|mail|courriel))\b|"
    r"\b(?:envoyee?s?|transmise?s?|communiquee?s?|sent|e-?mailed)(?: [^.!?\n]{0,50}?)? (?:apres|after) "
    r"(?:votre |ton |leur |l'|your |their )?(?:inscription|registration|signing up)\b|\bnominatif\b|"
    r"\b(?:envoyee?s?|transmise?s?|joint|jointe?s?) avec (?:la |les |votre |ta )?convocations?\b|"
    r"\b(?:registrants|individually|individuellement)\b|\b(?:aux|les) inscrit\W?e?s?\b|"
    r"\b(?:whatsapp|telegram|signal) (?:group|channel)s?\b|\b(?:the|your) (?:dashboard|student portal)\b|"
    r"\b(?:on|in|via|through) the portal\b|\bsur le portail\b|"
    r"\b(?:to|on) (?:your |the |their )?registered (?:e-?mails?|mails?)(?: ids?| addresses?)?\b|"
    r"\b(?:selected|registered|shortlisted) (?:students|participants|candidates)\b|"
    r"\b(?:aux|les) (?:inscrits|inscrites|adherent\W?e?s|participant\W?e?s)\b|\bmessages? prives?\b|"
    r"\ben (?:mp|prive)\b|\bdans (?:le|un|votre|ton|leur) (?:mail|e-?mail|courriel)\b|"
    r"\b(?:mail|e-?mail|courriel) de convocation\b|"
    r"\bgroupe (?:whatsapp|telegram|signal)\b)"
    r"|\b(?:recevront|recevrez|recevra|recoivent|recoit) (?:le |les |un |une |leur |leurs |votre |vos |ton )?"
    r"(?:liens?|invitations?|acces|codes?)\b[^.!?\n]{0,40}?\bpar (?:e-?mail|mail|courriel|mp)\b"
    r"|\b(?:do not|don't|never|please don't|please do not) (?:share|post) (?:the |any |exam )?(?:links?|urls?)\b"
    r"|\bne (?:partagez|postez|diffusez) pas (?:les |le )?liens?\b"
    r"|\bliens?\b[^.!?\n]{0,100}?\bon ne (?:le |la |les )?(?:met|mets|poste|partage|publie) pas ici\b"
    r"|\b(?:envoyee?s?|transmise?s?|diffusee?s?|circule) (?:seulement |uniquement )?(?:sur|a|via|par) la liste\b"
    r"|\bdemande[rz]? (?:le |les |un )?(?:liens?|acces|codes?)\b[^.!?\n]{0,40}?"
    r"\b(?:par|en) (?:e-?mail|mail|courriel|mp)\b"
)
"""The announcement says its link (or its room) reaches people another way than the topic, or only some of them ("sent
to each of you by personal message", "shared in the WhatsApp group", "on your dashboard", "envoyé aux adhérents",
"emailed to registrants the day before", "envoyé aux inscrit·es la veille", "le lien sera dans le mail de convocation",
"demandez le lien par mail à contact@…", "les membres du CA recevront le lien visio par mail", "Le lien visio est envoyé
par le syndicat après inscription, il est nominatif", "invitations go out individually", "shared on the portal on
Saturday", "do not share exam links on Discourse", "le planning a été envoyé sur la liste bénévoles, pas ici", "Le lien
a été envoyé dans la lettre aux adhérent·es, on ne le met pas ici"): asking its author in public to add it to the topic
would be asking to publish what was not meant for every reader."""


@lru_cache(maxsize=64)
def link_sent_elsewhere(text: str) -> bool:
    """Whether the post's words say its link reaches its people another way than the topic (`PRIVATE_WAY`): a
    reminder then neither gives one nor asks for one here. Read once for all its meetings."""
    return PRIVATE_WAY.search(fold_same_length(text)) is not None


_SIGN_UP_LINK = re.compile(
    r"\b(?:inscri\w*|formulaire|billetterie|reserv\w*)\b[^.!?\n]{0,30}?\bliens?\b"
    r"|\bliens? (?:d'|de |du |pour (?:l'|s'|vous )?)(?:inscri\w*|formulaire|billetterie|reserv\w*)"
)
"""A link to sign up with ("inscription via le lien ci-dessous", "le lien d'inscription"): a form, not a way to join
from afar."""


@lru_cache(maxsize=64)
def speaks_of_online(text: str) -> bool:
    """Whether the post's words speak of joining from afar (`_ONLINE`), a link to sign up with aside: read once for
    all its meetings."""
    return _ONLINE.search(_SIGN_UP_LINK.sub(" ", fold_same_length(text))) is not None
