"""Whether the link found comes at the right time for the requests: its session over, the next one announced
without a link, none held yet, another day's link, a link said replaced since, or a release awaited."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import lru_cache

from bot.dateorder import DateOrder
from bot.models import Post, Topic
from bot.text import ANALYSED, analyse, fold
from handlers.links.answer import families, families_asked, link_families, months_asked, revived, says_replaced
from handlers.links.bursts import RequestGroup
from handlers.links.candidates import Candidate, call_of_a_session_over, candidates, days_asked, ranks_asked
from handlers.links.days import DAY, _dates, names_a_date, over
from handlers.links.given import carries_link, gives_url
from handlers.links.text import MEETING_KINDS, kinds_of, link_to_come, url_kind
from handlers.links.text.words import LEFT_BEHIND_FR
from handlers.meetings.meeting import Meeting


def for_another_day(
    topic: Topic, group: RequestGroup, bot: str, wanted: frozenset[str], who: str | None, meetings: Sequence[Meeting]
) -> int | None:
    """The post giving a call link that is not for the day the requests name, only for another day's
    session: the link may well be the same for every session, so the announcer is not told none is there."""
    if not wanted <= {"meeting"} or not days_asked(group, weekdays=False):
        return None
    every = candidates(topic, bot, wanted, group.first.post_number, who, meetings, group, any_day=True)
    return next((c.post_number for c in every if c.topic_id == topic.id and c.post_number), None)


def on_none_of_its_days(topic: Topic, group: RequestGroup, meetings: Sequence[Meeting]) -> Meeting | None:
    """The topic's first session, when the requests ask for a call's link naming days (a weekday too: "la visio du
    réseau mardi prochain") none of its sessions is on: another meeting's link, which its announcer need not give."""
    sessions = _announced_before(topic, group, meetings)
    asked = days_asked(group)
    if not sessions or not asked:
        return None
    held = {m.day for m in sessions}
    return None if asked & held else min(sessions, key=lambda m: m.start)


def not_held_yet(topic: Topic, group: RequestGroup, meetings: Sequence[Meeting]) -> Meeting | None:
    """The topic's meeting, announced before the requests, that had not started when they asked for
    what only its holding makes (its recording, its minutes): nothing to ask the announcer for yet. The
    call's own words only name whose they are ("le compte-rendu de la visio")."""
    made = (families_asked(group) or families(group.text)) - {"call"}
    if not made or not made <= {"recording", "notes"}:
        return None
    asked_at = group.first.created_at
    return next((m for m in _announced_before(topic, group, meetings) if m.start > asked_at), None)


_NOT_THE_CALL = re.compile(
    r"\b(?:inscri\w*|register\w*|registration\w*|sign[- ]?ups?|forms?|formulaires?|billetterie|tickets?|slides|"
    r"diapos?|replays?|recordings?|enregistrements?|compte-rendu|minutes|documents?)\b"
)
"""What a promised link is for when it is not the call ("les inscriptions ouvrent lundi, le lien sera ajouté ici")."""
PROMISE_LEAD = timedelta(hours=1)
"""How long before its meeting a link the announcement says is to come may still come: asked for earlier, its author
has not forgotten it."""


def promised_later(
    topic: Topic, group: RequestGroup, meetings: Sequence[Meeting], home: Post | None, wanted: frozenset[str]
) -> Meeting | None:
    """The topic's meeting, announced before the requests by a post saying its link is to come ("Visio jeudi 12/11 à
    14h, lien à venir"), when the requests came more than `PROMISE_LEAD` before it: the call's link was promised, not
    forgotten, and asking its author for it would only hurry them. A form or a document promised is not the call's:
    when it is due the meeting does not say ("les inscriptions ouvrent lundi, le lien sera ajouté ici")."""
    if wanted - MEETING_KINDS or home is None or not home.shown:
        return None
    promise = link_to_come(analyse(home).text)
    if promise is None or kinds_of(promise) - MEETING_KINDS or _NOT_THE_CALL.search(promise):
        return None
    asked_at = group.first.created_at
    return next((m for m in _announced_before(topic, group, meetings) if m.start - PROMISE_LEAD > asked_at), None)


_THING_LEFT = rf"(?:{LEFT_BEHIND_FR}|pv|proces-verbal|videos?|notes)"
_TO_COME = re.compile(
    rf"\b(?:le |la |les |l')({_THING_LEFT})\b[^.!?\n]{{0,40}}?\b(?:suivra|suivront|arrivera|arriveront|viendra|"
    r"a venir|sera (?:postee?|partagee?|mise? en ligne|envoyee?|publiee?|disponible)|"
    r"seront (?:postee?s|partagee?s|mise?s? en ligne|envoyee?s|publiee?s|disponibles))\b"
    r"|\b(?:je|on|nous) (?:posterai|partagerai|mettrai|enverrai|publierai|posterons|partagerons|mettrons|enverrons|"
    rf"va poster|va partager|vais poster|vais partager) (?:ici )?(?:le |la |les |l')({_THING_LEFT})\b"
)
"""A thing a session leaves, said to be still to come ("le CR suivra dans ce fil", "je posterai le replay ici")."""


def promised_since(topic: Topic, group: RequestGroup, found: Candidate, who: str | None) -> Post | None:
    """A post after the link found and before the requests, by its poster, the announcer or staff, saying the thing
    asked is still to come ("Merci pour cette visio, le CR suivra dans ce fil" after the agenda's pad): the link given
    before is not that thing. The post, or None."""
    if found.post_number is None or found.topic_id != topic.id:
        return None
    asked = families_asked(group)
    bare = not asked and not group.kinds and not _LINK_OF.search(fold(group.text))  # "le lien ?", of nothing named
    trusted = {n.lower() for n in (who, found.post.username if found.post else None) if n}
    for post in topic.posts:
        if not found.post_number <= post.post_number < group.first.post_number or not post.shown:
            continue
        if not (post.staff or post.username.lower() in trusted):
            continue
        said = fold(analyse(post).text)
        if bare and _LINK_TO_COME.search(said):
            return post  # "Je posterai le lien ici la veille" above the agenda's pad: "le lien ?" asks for that one
        if post.post_number == found.post_number:
            continue
        for m in _TO_COME.finditer(said):
            if families(m.group(1) or m.group(2)) & asked:
                return post
    return None


_LINK_TO_COME = re.compile(
    r"\b(?:(?:je|on|nous) (?:posterai|partagerai|mettrai|enverrai|publierai|posterons|partagerons|mettrons|"
    r"enverrons|va poster|vais poster|va partager|vais partager) (?:ici )?le lien|"
    r"le lien (?:suivra|arrivera|viendra|sera (?:poste|partage|envoye|publie|ajoute|mis)|a venir))\b"
    r"(?!\s+(?:du|de|des|d')\b)"
)
"""The link itself said to be still to come ("Je posterai le lien ici la veille", "le lien sera posté le jour
même"), not another thing's ("je posterai le lien du replay")."""
_LINK_OF = re.compile(r"\bliens? (?:du|de|des|d'|pour|vers)\b")
"""A link asked by what it is of ("le lien du cahier des charges"): not the bare "le lien ?"."""


def _announced_before(topic: Topic, group: RequestGroup, meetings: Sequence[Meeting]) -> list[Meeting]:
    """The topic's sessions, not called off, announced before the requests."""
    first = group.first.post_number
    return [m for m in meetings if m.topic_id == topic.id and not m.cancelled and m.post_number < first]


def none_held_yet(topic: Topic, group: RequestGroup, meetings: Sequence[Meeting]) -> Meeting | None:
    """The first session the topic announced before the requests, when every one was still to come as they asked
    for a recording: none exists yet, and a video the thread links (an older workshop's, a product page's) is not
    it. None when one was held."""
    announced = _announced_before(topic, group, meetings)
    if any(m.start <= group.first.created_at for m in announced):
        return None
    return min(announced, key=lambda m: m.start, default=None)


AFTER_A_SESSION = frozenset({"recording", "document", "slides"})
"""What a session leaves behind: its recording, its notes or report, its slides."""


def held_since(
    topic: Topic, group: RequestGroup, found: Candidate, meetings: Sequence[Meeting], wanted: frozenset[str]
) -> Meeting | None:
    """A session the topic announced after the post giving the recording, notes or slides found, held before the
    requests, asked in words naming no day nor month ("Les notes : …/cafe-fevrier-notes", then "Prochain café lundi 2
    mars", then that afternoon "pas pu venir, y a des notes comme la dernière fois ?"): that session's are asked, and
    the ones found are an earlier session's, posted after it. None when there is none, or when the requests ask for
    the one posted again ("qqn pourrait remettre le lien du CR ?") or by a month, a day or a session's rank."""
    post = found.post
    if post is None or found.topic_id != topic.id or not wanted or not wanted <= AFTER_A_SESSION:
        return None
    announced = _announced_before(topic, group, meetings)
    if not any(m.start <= post.created_at for m in announced) or _AGAIN.search(fold(group.text)):
        return None
    if (
        months_asked(group.asking)
        or ranks_asked(group)
        or any(names_a_date(analyse(r.post).text, r.post.created_at, group.order) for r in group.requests)
    ):
        return None  # "les notes du café de février ?", "le replay de la 1re séance": asked by month, day or rank
    asked = group.first.created_at
    return next((m for m in announced if m.post_number > post.post_number and post.created_at < m.start <= asked), None)


_AGAIN = re.compile(r"\b(?:remettre|remets|remettez|redonner|redonne|reposter|repost|again|de nouveau|a nouveau)\b")
"""Words asking for a link given before, again."""


def not_the_event_link(topic: Topic, c: Candidate, group: RequestGroup) -> bool:
    """A link said to be another thing than a call (a sign-up form, the agenda, the slides, a poll of dates)
    asked for in words naming none of those things, when "the link" wanted may be an event's own: given
    with the day or hour of an event ("Talk tomorrow 6 PM. Register here: …") and asked for on the eve of
    that event or later, or followed by a post dating a call ("on cale la visio ? sondage : …", then "c'est
    calé : visio mardi à 18h", then "le lien ?")."""
    said = families(c.context)
    other = url_kind(c.url) not in (None, "meeting") or (bool(said) and "call" not in said)
    if not other or c.post is None or said & families_asked(group):
        return False
    asked_at = group.first.created_at
    if any(d.start <= asked_at + DAY for d in _dates(analyse(c.post).text, c.post.created_at, group.order)):
        return True
    return c.topic_id == topic.id and any(
        c.post.post_number < p.post_number < group.first.post_number and _dates_a_call(p, group.order)
        for p in topic.posts
    )


def _dates_a_call(post: Post, order: DateOrder) -> bool:
    """A shown post naming a call and a day or hour ("visio mardi à 18h")."""
    return post.shown and _names_a_dated_call(analyse(post).text, post.created_at, order)


@lru_cache(maxsize=ANALYSED)
def _names_a_dated_call(text: str, written: datetime, order: DateOrder) -> bool:
    """A text naming a call and a day or hour: read once per post, however many links and requests
    ask about the posts between them."""
    return bool(kinds_of(text) & MEETING_KINDS) and bool(_dates(text, written, order))


def said_replaced(topic: Topic, found: Candidate, group: RequestGroup) -> Post | None:
    """A post between the link's and the requests that says a link is dead, has changed or a new one comes
    ("a new link will be shared", "that link is not working, we are in this one: …"), not giving the link
    found again: the link found may be the one it replaces (and a member's new link is unvouched for). Not a post
    naming only another kind of link than the one found (the carpool sheet's, where the form was found), or only
    other things (the programme's new version, where the carpool pad was found)."""
    if found.topic_id != topic.id or not found.post_number:
        return None
    for post in topic.posts:
        if not found.post_number < post.post_number < group.first.post_number or not post.shown:
            continue
        text = analyse(post).text
        if not says_replaced(text) or gives_url(post, found.url):
            continue
        if revived(topic, post.post_number, group.first.post_number):
            continue  # "le lien m'envoie sur « formulaire fermé »" then "C'est rouvert, même lien"
        said = kinds_of(text)
        if said and found.kinds and not said & found.kinds:
            continue  # the carpool sheet's password, not the form's
        named, own = families(text), link_families(found) | families(found.url)
        if not (named and own and not named & own):  # "nouvelle version du programme", not the carpool pad
            return post
    return None


_CLOSED = re.compile(
    r"\b(?:c'est|est|sont|deja|desormais|maintenant) (?:deja |desormais |maintenant )?complete?s?\b|"
    r"(?:^|[.!\n]\W*)complete?s?\W*(?:[!.\n]|$)|"
    r"\binscriptions? (?:sont |est )?(?:desormais |maintenant )?(?:fermees?|closes?|cloturees?|terminees?)\b|"
    r"\b(?:n'y a|y a|il n'y a) plus (?:de|aucune) places?\b|\bplus aucune place\b|"
    r"\bregistrations? (?:is |are |has |have )?(?:now |been )*closed\b|\bsold out\b|\bfully booked\b|"
    r"\bno (?:more )?(?:seats|spots|places) left\b|\b(?:we are|we're|it's|it is|session is) (?:now )?full\b"
)
"""A post saying the registration is closed or the event full ("📢 C'est COMPLET ! Les inscriptions sont fermées",
"Registration is now closed"): the form given before no longer takes anyone."""


def closed_forms(topic: Topic, found: Sequence[Candidate], group: RequestGroup, who: str | None) -> dict[str, Post]:
    """The registration links of the topic a later post says are closed, each with that post: one of the link's
    poster, the announcer or staff, between the link and the requests ("📢 C'est COMPLET ! Les inscriptions sont
    fermées"). Giving such a form would send the askers to a closed door; not the new link of a post saying the old
    one is closed ("le formulaire est fermé … Nouveau lien, l'ancien ne marche plus : <billetterie>"). The posts are
    read only when a form is among the links."""
    forms = [
        c
        for c in found
        if c.topic_id == topic.id
        and c.post_number
        and c.post is not None
        and (url_kind(c.url) == "registration" or "registration" in kinds_of(c.context))
    ]
    if not forms:
        return {}
    first = min(c.post_number or 0 for c in forms)
    saying = [
        post
        for post in topic.posts
        if first <= post.post_number < group.first.post_number
        and post.shown
        and _CLOSED.search(fold(analyse(post).text))
    ]
    closed: dict[str, Post] = {}
    for c in forms:
        trusted = {n.lower() for n in (who, c.post.username if c.post else None) if n}
        post = next(
            (
                p
                for p in saying
                if p.post_number >= (c.post_number or 0)
                and (p.staff or p.username.lower() in trusted)
                and not (p.post_number == c.post_number and says_replaced(analyse(p).text))
            ),
            None,
        )
        if post is not None:
            closed[c.url] = post
    return closed


def next_session(
    topic: Topic, found: Candidate, group: RequestGroup, who: str | None, wanted: frozenset[str]
) -> Post | None:
    """A call link given for a session over before the requests, when a later post of the announcer or
    staff announces a session still to come without a link: the link asked is that session's, and last
    week's call link is no answer ("Week 2 session tomorrow 7 PM, link will be shared")."""
    post, asked = found.post, group.first.created_at
    if post is None or found.topic_id != topic.id or not wanted <= {"meeting"}:
        return None
    if not call_of_a_session_over(found, group):
        return None
    trusted = {n.lower() for n in (who, topic.author) if n}
    for later in topic.posts:
        if not post.post_number < later.post_number < group.first.post_number or not later.shown:
            continue
        if not (later.staff or later.username.lower() in trusted) or carries_link(later):
            continue
        if any(over(d) >= asked for d in _dates(analyse(later).text, later.created_at, group.order)):
            return later
    return None


_RECURRING = re.compile(
    r"\b(?:every|each|weekly|daily|fortnightly|all (?:the )?(?:sessions|classes)|same link|chaque|tous les|"
    r"toutes les|hebdomadaires?)\b"
)
"""A post whose call link serves sessions that come back ("every Tuesday", "same link for all sessions")."""


def call_held(c: Candidate, group: RequestGroup) -> bool:
    """A call link of sessions all over when the requests came, none said to come back ("every Tuesday",
    "same link for all sessions"): asked for after, it is no answer (the recording or the next call's
    link may be what is wanted)."""
    if "recording" in c.kinds or url_kind(c.url) not in (None, "meeting") or c.post is None:
        return False
    return call_of_a_session_over(c, group) and not _RECURRING.search(fold(analyse(c.post).text))


_WAITING = re.compile(
    r"\b(?:yet|still|enabled|awaiting|waiting|not (?:been )?(?:released|uploaded|opened|available)|encore|toujours|"
    r"pas encore)\b"
    r"|\bwill\b[^.!?\n]{0,40}\b(?:be|get) (?:made )?(?:shared|posted|uploaded|available|released|recorded|sent|"
    r"published)\b|\b(?:sera|seront)\b[^.!?\n]{0,30}\b(?:partagee?s?|publiee?s?|envoyee?s?|enregistree?s?|disponibles?)\b"
    r"|\b(?:sera|seront) ou\b"
)
"""Words of something awaited ("is it enabled yet?", "le compte-rendu de jeudi, il sera où ?")."""


def still_waiting(group: RequestGroup) -> bool:
    """The askers wait for something to be released ("is the exam link enabled yet?"): what the
    announcement already gave is not it."""
    return any(_WAITING.search(fold(analyse(r.post).text)) for r in group.requests)
