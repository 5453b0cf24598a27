"""The links that may answer a burst of requests, best first: from the thread, the meetings scribe knows
and other recent topics, each with the words it comes with, so the choice of one reads them all alike."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from bot.dateorder import DateOrder
from bot.models import Post, Topic
from bot.text import Link, analyse, chat_invite, every_link, fold, topic_page
from handlers.links.answer import (
    MONTH_NUMBER,
    OF_MONTH,
    another_version,
    choose,
    months_asked,
    says_dead,
    says_replaced,
    things_asked,
)
from handlers.links.bursts import LINK_WORD, RequestGroup, is_announcement, kinds_had, replied_to
from handlers.links.co_hosts import co_hosts
from handlers.links.days import DAY, MEETING_LENGTH, _days, link_days, sessions_over, unless_weekdays
from handlers.links.forgotten import forgotten_link
from handlers.links.given import (
    NAME,
    another_programme_item,
    clause_with,
    gives_url,
    heading_above,
    links_given,
    names_another_item,
    sentence_with,
    usable,
)
from handlers.links.text import (
    MEETING_KINDS,
    chat_group_asked,
    is_request,
    kinds_of,
    pointer_phrase,
    request_sentence,
    subjects,
    things,
    url_kind,
    wanted_kinds,
)
from handlers.meetings.dates import WEEKDAYS_EN, WEEKDAYS_FR
from handlers.meetings.meeting import Meeting
from handlers.meetings.names import username_parts

AFTER_WINDOW = 30
"""Posts by other members count as an answer only this close after the question."""
_CHAT_ASKED = re.compile(r"\b(?:whatsapp|telegram|discord|slack|signal|chat)\b")


@dataclass(frozen=True)
class Candidate:
    """A link that may be the one asked for, and where it was found."""

    url: str
    score: float
    kinds: frozenset[str]
    source: str
    topic_id: int
    post_number: int | None = None
    post: Post | None = None
    title: str | None = None
    context: str = ""
    """The link's own words: its anchor and its sentence (with the heading above a short one)."""
    heading: str = ""
    """The nearest line above the link in its post that names a thing (`heading_above`)."""


def candidates(
    topic: Topic,
    bot: str,
    wanted: frozenset[str] = frozenset(),
    after: int | None = None,
    who: str | None = None,
    meetings: Sequence[Meeting] = (),
    group: RequestGroup | None = None,
    any_day: bool = False,
) -> list[Candidate]:
    """Links that may answer a request, best first (`any_day`: a call link for another day than the one
    asked too).

    Sources: the opening post (latest version), posts by the announcer `who`, the
    topic author or staff, posts after the question (`after`) that point at a link
    or carry a meeting/registration link, and the meetings scribe knows. Never a link
    the askers gave themselves (they have it), nor one its words say is another term's or a mock
    test, nor a chat group's invite, unless asked so, nor a member's own link that staff speak of
    to them; a recording only from a post written after the session it records started.
    """
    trusted = {n.lower() for n in (who, topic.author) if n} | co_hosts(topic, who or topic.author)
    askers = group.asker_names if group else set()
    theirs = links_they_have(topic, group) if group else set()
    asked_text = group.text if group else ""
    asked = things_asked(asked_text)
    other_version_asked = another_version(request_sentence(asked_text) or asked_text) if asked_text else False
    # the recording of the topic's session, not one of last year's the askers ask for, comes after it
    not_before = _session_start(topic, meetings, group) if "recording" in wanted and not other_version_asked else None
    folded_asked = fold(asked_text)
    group_asked = chat_group_asked(folded_asked)
    chat_asked = _CHAT_ASKED.search(folded_asked) is not None or group_asked
    by_name = group is not None and not wanted and _by_name(group)
    nouns = things(asked_text) if by_name else frozenset()
    days = held_days(group) if group and "recording" in wanted else set()
    # "le CR de la réunion de lundi (2 mars) il est où ?": minutes said to be of another day are not these; a weekday
    # alone names as often the meeting the minutes are read for ("pour préparer jeudi"): not read
    minutes_days = days_asked(group, weekdays=False) if group and "document" in wanted and not days else set()
    call_days = days_asked(group, weekdays=False) if group and wanted <= {"meeting"} and not any_day else set()
    whose = set(_WHOSE.findall(folded_asked))  # "les slides de Sami": whose thing is asked
    found: dict[str, Candidate] = {}
    posted_by: dict[str, set[str]] = {}
    others: set[str] = set()  # links whose own words name another thing than the one asked
    asking = request_sentence(asked_text) if asked_text else None
    had = kinds_had(group.text) if group else frozenset()
    thanked = _thanked(topic, trusted)
    other_session_asked = _ANOTHER_SESSION.search(folded_asked) is not None
    carpool_asked = _CARPOOL.search(folded_asked) is not None
    full_said = _FULL.search(folded_asked) is not None
    for post in topic.posts:
        if post.shown and not post.staff and post.username.lower() not in trusted:
            for link in every_link(post):
                posted_by.setdefault(link.url, set()).add(post.username.lower())
        if not post.shown or post.username.lower() in askers | {bot.lower()}:
            continue
        if not_before is not None and post.created_at < not_before:
            continue
        if post.post_number == 1:
            source, base = "first_post", 3.0
        elif post.username.lower() in trusted:
            source, base = "announcer", 3.0
        elif post.staff:
            source, base = "staff", 2.0
        elif post.post_number in thanked and (pointed := _pointed_at(topic, post)):
            source, base = "thanked", 2.0
        elif after is not None and 0 < post.post_number - after <= AFTER_WINDOW and not is_request(analyse(post).text):
            source, base = "after", 1.0
        elif (
            group is not None
            and post.post_number < group.first.post_number
            and set(username_parts(post.username)) & whose
        ):
            source, base = "named", 2.0  # "les slides de Sami svp ?": the slides Sami posted
        else:
            continue  # not a source: its text is not read
        pointing = pointer_phrase(analyse(post).with_cited) is not None
        for link, sentence, around in links_given(post, theirs):
            heading = heading_above(analyse(post).with_cited, link.url, link.text)
            # "Submit here: <link>" under "the deadline for Week 5 Graded Assignment is extended": the heading's kind
            if source == "thanked":  # the form the announcement forgot, given as "the sheet": said as it says it
                around = f"{around} {pointed}"
            if (
                source in ("announcer", "staff")
                and url_kind(link.url) is None
                and not kinds_of(f"{link.text} {sentence}".replace(link.url, " "))
            ):
                # "Pardon Chloé !! <link>" to "où le tableau ?"; "le lien évidemment 🙄 <link>" under their own
                around = f"{around} {_answered_words(topic, post) or _completing_words(topic, post)}"
            kinds = kinds_of(around) or kinds_of(heading)
            if not _eligible(kinds, wanted, source, pointing):
                continue
            own = url_kind(link.url)
            if wanted and own is not None and own not in wanted:
                continue  # a form is no exam page, a call link no recording, whatever the line says
            if had and not kinds & wanted and ({own} | kinds) & had:
                continue  # "le formulaire je l'ai, c'est la carte que je cherche": not the form
            if source != "after" and posted_by.get(link.url, set()) & addressed(post, topic) - {post.username.lower()}:
                continue  # "@nora your notebook <link> …": the member's own link, spoken of to them
            if group_asked and not chat_invite(link.url):
                continue  # the garden's chat group asked: its watering sheet is no answer
            if chat_invite(link.url) and not chat_asked:
                continue  # a chat group's invite is not the call, the form or the document asked
            clause = clause_with(sentence, link.url, link.text)
            if _topic_page(link.url, wanted) and not LINK_WORD.search(fold(clause)):
                continue  # "details are in <topic>": where the call, the recording or the form may be, not it
            named = things_asked(f"{link.text} {clause}") or things_asked(around)
            if asked and named and not asked & named:
                others.add(link.url)
                continue  # the GA5 link is no answer to a request for GA6
            if asking and names_another_item(post, link.url, asking):
                others.add(link.url)
                continue  # Montpellier's form is no answer to "et pour Sète ?"
            if asking and another_programme_item(topic, link.url, asking):
                others.add(link.url)
                continue  # session 1's replay is no answer to a request for session 2's
            if another_version(clause) and not other_version_asked:
                continue  # last term's recording, the mock test: no answer to a request for the thing itself
            folded_clause = fold(clause)
            if group is not None and (
                _other_month(folded_clause, group.first.created_at)
                or _other_place(_asking_as_written(asked_text, asking), clause)
                or _other_contract(asking or asked_text, asked_text, link.url, folded_clause)
                or _month_asked_other(asking or "", asked_text, link.url, folded_clause)
                or _year_asked_other(asking or asked_text, link.url, folded_clause)
                or _draft_for_a_final(asking or asked_text, link.url, folded_clause)
                or _other_service(asking or asked_text, link.url)
                or _other_audience(asking or asked_text, folded_clause)
                or (other_session_asked and _NEXT_SESSION.search(folded_clause) is None)
                or _carpool_other(carpool_asked, wanted, f"{_address(link.url)} {folded_clause}")
                or (full_said and post.post_number < group.first.post_number)
                or (wanted <= MEETING_KINDS and _EARLIER_CALL.search(folded_clause) is not None)
                or (_EARLIER_ONE.search(fold(sentence)) is not None and _EARLIER_ONE.search(folded_asked) is None)
            ):
                others.add(link.url)
                continue  # September's call for October's AG, Tulle's minutes for Brive's
            if other_version_asked and not another_version(f"{link.text} {_up_to(sentence, link.url)}"):
                continue  # the exam itself, this term's call: no answer to a request for a mock or last term's
            if by_name and not nouns & things(around):
                continue  # a request for no kind of link takes only a link said to be of the thing it names
            if days and group and not _of_the_days(days, around, post, group.order):
                continue  # the recording of 3rd Nov is no answer to a request for 8th Nov's
            if minutes_days and group and not _of_the_days(minutes_days, around, post, group.order, unsaid=True):
                continue  # February's minutes are no answer to a request for March's
            if call_days and group and not for_the_days(call_days, clause, post, link, group.order, topic):
                continue  # "link for tomorrow's session" is no answer to a request for today's
            score = base + _kind_score(kinds, wanted) + (1.0 if pointing else 0.0) + post.post_number / 10000
            _keep(
                found,
                Candidate(
                    link.url, score, kinds, source, topic.id, post.post_number, post, context=around, heading=heading
                ),
            )
    asked_at = group.first.created_at if group else None
    for meeting in meetings if not wanted & {"recording", "exam", "document"} else ():
        known = _meeting_candidate(meeting, topic, wanted, asked_at)
        if (
            known is not None
            and call_days
            and not {meeting.start.date(), meeting.start.astimezone(UTC).date()} & call_days
        ):
            continue  # the meeting of 28th Nov is no answer to a request for today's
        if (
            known is not None
            and call_days
            and group
            and known.post is not None
            and not _given_for(known, call_days, group.order)
        ):
            continue  # its post gives its link under another day's date: the link is that day's session's
        if known is not None and other_version_asked and not another_version(known.context):
            continue  # a mock or last term's asked: the meeting itself is not it
        if known is not None and known.url in others:
            continue  # Section A's call, as its post says, is no answer to a request for Section B's
        if known is not None:
            _keep(found, _as_its_post_says(known, found.get(known.url)))
    return sorted(found.values(), key=lambda c: -c.score)


_THANKS = re.compile(r"^\W*(?:(?:super|top|grand|ok),? )?(?:merci|thanks|thank you)\b")
"""A reply opening on thanks ("Merci Aurore, la tête ailleurs !")."""


_WHOSE = re.compile(r"\b(?:de |d')(\w+)")
"""The word after "de" in a request: a member's name when it is a word of their username ("les slides de Sami" of
Sami_Ouali's post), whose post is then a source of the link."""


def _answered_words(topic: Topic, post: Post) -> str:
    """What a bare link a post gives in reply to a request is said to be: the words of its asking sentence ("Je relance
    pour le tableau, toujours pas trouvé le lien"), and the words of the opening post pointing at the link it forgot
    ("Merci de vous inscrire sur le tableau des créneaux"); "" when the post replies to no request of another, or gives
    several links."""
    asked = topic.post(post.reply_to_post_number) if post.reply_to_post_number else None
    if asked is None or asked.username.lower() == post.username.lower() or not is_request(analyse(asked).text):
        return ""
    if len({link.url for link in every_link(post)}) != 1:
        return ""  # "Le replay : <link> et les photos : <link>": each said to be its own thing
    opening = topic.post(1)
    forgot = forgotten_link(opening) if opening is not None and opening.shown else None
    said = analyse(asked).text
    return f"{request_sentence(said) or said} {forgot or ''}"


def _completing_words(topic: Topic, post: Post) -> str:
    """What a bare link its announcer gives under their opening post is: the words of the opening post pointing at
    the link it forgot ("inscrivez-vous sur un créneau dans le tableau, il est ici :", then "le lien évidemment 🙄
    <link>"); "" when the post replies to another, or gives several links."""
    opening = topic.post(1)
    if opening is None or not opening.shown or post.reply_to_post_number not in (None, 1):
        return ""
    if opening.username.lower() != post.username.lower() or len({link.url for link in every_link(post)}) != 1:
        return ""
    return forgotten_link(opening) or ""


def _thanked(topic: Topic, trusted: AbstractSet[str]) -> set[int]:
    """The posts the announcer thanks in a reply saying nothing against them ("Je l'ai eu par la fédé : https://… tu
    as oublié le lien", then "Merci Aurore, la tête ailleurs !"): their links are the announcer's too. Read once for a
    topic's posts."""
    return {
        reply.reply_to_post_number
        for reply in topic.posts
        if reply.shown
        and reply.reply_to_post_number is not None
        and reply.username.lower() in trusted
        and _THANKS.match(fold(analyse(reply).text)) is not None
        and not says_replaced(analyse(reply).text)  # "merci, mais c'est celui de l'an dernier"
    }


_AUDIENCES = {
    "volunteers": re.compile(r"\b(?:benevoles?|volontaires?)\b"),
    "exhibitors": re.compile(r"\b(?:exposant(?:e|es|s)?|stands?)\b"),
    "audience": re.compile(r"\b(?:billets?|billetterie|spectateurs?)\b"),
}
"""Who a form is for: those who help, those who hold a stand, those who come to watch."""


def _other_audience(asked: str, folded_clause: str) -> bool:
    """A form asked for one public ("il y a un formulaire pour les exposants ?", "pour tenir un stand") and a link
    said to be for another only ("Inscription bénévole : …", "Billetterie : …"): not the one asked."""
    wanted = _audiences(fold(asked))
    given = _audiences(folded_clause)
    return bool(wanted) and bool(given) and not wanted & given


@lru_cache(maxsize=256)
def _audiences(folded: str) -> frozenset[str]:
    """The publics a folded text names: read once for a request, which every link of its topic is checked against."""
    return frozenset(name for name, rx in _AUDIENCES.items() if rx.search(folded))


def _pointed_at(topic: Topic, post: Post) -> str:
    """The paragraph of the post a member replies to that points at a link and forgot it ("Chaque lieu s'inscrit sur
    le tableau … Lien vers le tableau ici :"): the link the member gives is that one."""
    replied = replied_to(topic, post)
    if replied is None:
        return ""
    text = analyse(replied).text
    pointer = pointer_phrase(text)
    if pointer is None or (at := text.find(pointer)) < 0:
        return ""
    return text[text.rfind("\n\n", 0, at) + 1 : at + len(pointer)]


def days_asked(group: RequestGroup, weekdays: bool = True) -> set[date]:
    """The days the requests name ("yesterday's session", "the 8th Nov class"); without `weekdays`, not
    those named by a weekday alone ("Thursday's session" written on a Thursday may be read as next week's:
    weekdays are compared as words, `things_asked`)."""
    return {d for _, d in _request_days(group, weekdays)}


def _request_days(group: RequestGroup, weekdays: bool = True) -> Iterator[tuple[Post, date]]:
    """Each request in its own words with each day it names (`days_asked`)."""
    for r in group.own:
        for d in _days(unless_weekdays(_asked_part(r.post), weekdays), r.post.created_at, group.order):
            yield r.post, d


_THE_ONE_SEEN = re.compile(
    r"\b(?:le seul|la seule|les seuls|celui|celle|ceux)s? (?:que (?:je|j'|on) (?:vois|voit|ai|a|trouve)|(?:qui est )?"
    r"(?:la|ici|au-dessus|ci-dessus))\b[^.!?\n]*"
    r"|\b(?:the )?only (?:one|link)s? (?:i|we) (?:see|can see|have|found)\b[^.!?\n]*"
    r"|\bthe one (?:above|here|posted|in the post) is\b[^.!?\n]*",
    re.I,
)
"""Where the asker says which link they see, not the one they want ("le seul que je vois c'est celui de demain"): the
day it names is that link's."""


def _asked_part(post: Post) -> str:
    """A request's words, without what it says of the link it sees instead."""
    return _THE_ONE_SEEN.sub(" ", analyse(post).text)


_OCCASIONS = (
    r"(?:visios?|reunions?|seances?|sessions?|webinaires?|ateliers?|permanences?|rencontres?|calls?|meetings?|"
    r"webinars?|workshops?|office hours)"
)
_OCCASION_MONTH = re.compile(
    rf"\b(?:{_OCCASIONS}|liens?|links?) (?:de |d'|du mois de |du mois d'|of |from |in |pour |for )"
    rf"({'|'.join(MONTH_NUMBER)})\b"
    rf"|\b({'|'.join(MONTH_NUMBER)})'s {_OCCASIONS}\b"
    rf"|^\W*({OF_MONTH})(?: \d{{4}})?\s*(?::|-|–|—)"
)
"""A month a link's words give it to: "la visio de septembre", "January's call", or a month heading its line ("Octobre
: https://framadate.org/…", a monthly poll's)."""
_EARLIER_CALL = re.compile(
    r"\b(?:last|previous|past) (?:week|month|time|session|call|meeting)(?:'s)?\b|\b(?:la semaine|le mois) "
    r"(?:derniere?|passee?)\b|\bla derniere fois\b|\b(?:seance|visio|reunion|session) precedente\b|"
    r"\b(?:were|was|etait) (?:at|on|ici|sur) https?://"
)
"""A call link its words say was another, earlier session's ("Last week's call: <link>", "(October's office hours
were at <link>)"): no answer to a request for this one's."""


_EARLIER_ONE = re.compile(
    r"\b(?:du|de la|de l'|des|of the|from the) (?:precedente?s?|anciens?|anciennes?|previous|earlier) "
    r"(?:webinaires?|seances?|visios?|sessions?|ateliers?|reunions?|conferences?|rencontres?|formations?|webinars?|"
    r"calls?|meetings?|workshops?)\b"
)
"""A link its sentence gives to an earlier gathering than the one spoken of ("PS : le replay du précédent webinaire
(sur le mécénat) est toujours dispo : <link>"): no answer to a request for this one's, unless it asks for the earlier
one too."""


_ANOTHER_SESSION = re.compile(
    r"\b(?:une autre|une prochaine|une nouvelle|une deuxieme|une 2e|d'autres) "
    r"(?:sessions?|seances?|editions?|dates?|ateliers?|formations?)\b"
)
"""A request for a session to come that is not the one announced ("y aura une autre session ? où on s'inscrit ?",
written once the announced one is held): the announced one's form is no answer, unless the link's own words give it
to a next session (`_NEXT_SESSION`)."""
_NEXT_SESSION = re.compile(
    r"\b(?:prochaine?s?|autres?|nouvelles?|suivantes?|deuxieme|2e) (?:sessions?|seances?|editions?|dates?)\b"
)
_FULL = re.compile(
    r"(?:\bcomplets?|\b(?:est|c'est|deja|dit|affiche|indique|marque) complete?s?|\bcomplete?s? deja|"
    r"\b(?:is|are|was|already|now) full|\bfully booked)\b"
)
"""A request saying the session is full ("complet déjà 😭 y a une liste d'attente ? un lien ?"): the form given before
it is the one that is full, no answer; one given after it (a waiting list) may be."""
_CARPOOL = re.compile(r"covoit|car-?pool")
"""The carpool sheet ("🚗 Covoiturage : …/rencontre-2025-covoit"): a sheet of its own, whatever the lines around it say,
no answer to a request that does not ask for a lift ("un lien pour suivre les plénières à distance ?")."""


def _carpool_other(carpool_asked: bool, wanted: frozenset[str], said: str) -> bool:
    """A link that is the carpool sheet when no lift is asked for, or, to a request for a lift naming no kind of link
    ("le lien du covoit svp ?"), one that is not (the programme)."""
    carpool = _CARPOOL.search(said) is not None
    return (carpool and not carpool_asked) or (carpool_asked and not wanted and not carpool)


def _other_month(folded_clause: str, asked_at: datetime) -> bool:
    """The link's words (folded) give it to a gathering of a month other than the one asked in or the next ("pour
    rappel la visio de septembre c'était ici", asked in October): another session's link."""
    months = {MONTH_NUMBER[a or b or c] for a, b, c in _OCCASION_MONTH.findall(folded_clause)}
    return bool(months) and not months & {asked_at.month, asked_at.month % 12 + 1}


_URL_WORD = re.compile(r"[a-z]+")


_MONTH_OF_THING = re.compile(
    r"\b(?:celui|celle|ceux|celles|pour|liens?|formulaires?|inscriptions?|sessions?|seances?|visios?|replay|cr|"
    r"comptes?[- ]rendus?|pads?|notes|supports?|diapos?|ateliers?|permanences?|reunions?|rencontres?|"
    r"cycles?|stages?|formations?|conseils?|comites?|copils?|assemblees?|ag|webinaires?) "
    rf"(?:de |d'|du mois de |pour |en |\()?({'|'.join(MONTH_NUMBER)})\b"
)
"""A month naming the thing asked ("celui de décembre", "pour décembre", "le formulaire de mars", "un cycle en janvier",
"la dernière réunion (septembre)", "le compte rendu du conseil de mars"); not one naming what the asker has ("je suis
dans la salle de janvier")."""
SEASONS = {"printemps": {3, 4, 5, 6}, "ete": {6, 7, 8, 9}, "automne": {9, 10, 11, 12}, "hiver": {12, 1, 2, 3}}
"""The months a season's session may fall in ("le cycle d'automne", "…/residence-ete-2026")."""
_SEASON_SAID = re.compile(r"\b(?:printemps|automne|hiver|(?<=d')ete|(?<=l')ete|(?<=cet )ete)\b")
"""A season in words ("d'automne", "cet été"); "été" after "a" is a verb's."""


_THAT_ONE = re.compile(r"\b(?:celui|celle|ceux|celles)-(?:la|ci)\b")
"""An asking sentence pointing back at the thing a sentence before it names ("…un cycle en janvier ? vous avez le
lien pour s'inscrire à celui-là ?")."""


def _month_asked_other(asking: str, asked: str, url: str, folded_clause: str) -> bool:
    """The request's asking sentence, or when it names none and points back its post ("il y aura un cycle en
    janvier ? vous avez le lien pour s'inscrire à celui-là ?"), names a month ("Pour celui de décembre, on s'inscrit
    où ?") and the link, by its address or its own clause, only other months or seasons ("…/benevoles-15-novembre",
    "le cycle d'automne"): another session's link."""
    wanted = _months_of_thing(asking) or (_months_of_thing(asked) if _THAT_ONE.search(fold(asking)) else set())
    given = _url_months(url) | _months_named(folded_clause) | _seasons_named(url, folded_clause)
    return only_others(wanted, given)


def only_others(wanted: AbstractSet[object], given: AbstractSet[object]) -> bool:
    """Both sides name something (months, years, produce, places) and never the same: the link is another one's."""
    return bool(wanted) and bool(given) and not wanted & given


_YEAR = re.compile(r"(?<![\d.])(20\d\d)(?![\d.])")
"""A year ("2023", "…/convention-2027-relecture"), not a version number's part."""


def _year_asked_other(asking: str, url: str, folded_clause: str) -> bool:
    """The request names a year ("le lien de l'ancienne convention (2023) ?") and the link, by its address or its own
    clause, only others ("…/convention-friche-2027-relecture"): another year's document."""
    wanted = set(_YEAR.findall(asking))
    given = set(_YEAR.findall(_address(url))) | set(_YEAR.findall(folded_clause))
    return only_others(wanted, given)


_LATER_VERSION = re.compile(
    r"\bversion (?:finale|definitive|corrigee|amendee|mise a jour|a jour|votee)\b|"
    r"\bapres (?:les |la |le )?(?:modifs?|modifications?|corrections?|amendements?|vote)\b|"
    r"\btel(?:le)?s? que votee?s?\b|"
    r"\b(?:actuel(?:le)?s?|en vigueur)\b"
)
"""Words asking for a version made since ("la version finale des statuts après les modifs de lundi") or the one in
force ("les statuts actuels", "en vigueur")."""
_DRAFT = re.compile(r"\b(?:projets?|brouillons?|drafts?|provisoires?|v\d{1,2})\b")
"""Words or an address naming a draft ("Projet de statuts", "…/projet-statuts-v3")."""


def _draft_for_a_final(asking: str, url: str, folded_clause: str) -> bool:
    """The request asks for a version made since ("la version finale des statuts après les modifs de lundi, elle est
    dispo ?") and the link is a draft by its address or its clause ("…/projet-statuts-v3"): not the one asked."""
    address = re.sub(r"[-_/.]", " ", _address(url))
    return _LATER_VERSION.search(fold(asking)) is not None and bool(
        _DRAFT.search(address) or _DRAFT.search(folded_clause)
    )


_SERVICES = {
    "helloasso": "helloasso",
    "framaforms": "framaforms",
    "framadate": "framadate",
    "framacalc": "framacalc",
    "doodle": "doodle",
    "zoom": "zoom",
    "jitsi": "jit",
    "youtube": "youtu",
    "eventbrite": "eventbrite",
    "weezevent": "weezevent",
    "billetweb": "billetweb",
}
"""Services a member may ask a link by ("il y a un lien helloasso ?"), with the word their addresses hold."""
_SERVICE_NAMED = re.compile(rf"\b(?:{'|'.join(_SERVICES)})\b")


_TICKETS = re.compile(r"\b(?:places|billets?|billetterie|tickets?)\b")
_NO_TICKETS = ("framadate", "doodle", "framacalc")
"""Services that sell no ticket: a poll, a sheet (the volunteers' slots)."""


def _other_service(asking: str, url: str) -> bool:
    """The request asks a link by its service ("il y a un lien helloasso ?") and the link is of another known one
    (the table-holders' framaforms), or asks for tickets ("c'est où pour prendre les places ?") and the link is a poll
    or a sheet (the volunteers' framadate): not the page asked."""
    folded = fold(asking)
    address = _address(url)
    if _TICKETS.search(folded) and any(mark in address for mark in _NO_TICKETS):
        return True
    wanted = {_SERVICES[m] for m in _SERVICE_NAMED.findall(folded)}
    given = {mark for mark in _SERVICES.values() if mark in address}
    return only_others(wanted, given)


def _months_of_thing(text: str) -> set[int]:
    """The months a text names a thing asked by (`_MONTH_OF_THING`)."""
    return {MONTH_NUMBER[m[1]] for m in _MONTH_OF_THING.finditer(fold(text))}


def _seasons_named(url: str, folded_clause: str) -> set[int]:
    """The months of the seasons a link's address or clause names."""
    words = set(_URL_WORD.findall(_address(url))) | set(_SEASON_SAID.findall(folded_clause))
    return {month for word in words & SEASONS.keys() for month in SEASONS[word]}


def _address(url: str) -> str:
    """A link's address without its scheme, folded: the words it names ("…/contrat-legumes-ete2026")."""
    return fold(url.split("//", 1)[-1])


def _months_named(folded: str) -> set[int]:
    """The months a folded text names by their words ("…-15-novembre", "celle de mars")."""
    return {MONTH_NUMBER[w] for w in _URL_WORD.findall(folded) if w in MONTH_NUMBER}


def _url_months(url: str) -> set[int]:
    """The months a link's address names, by their words ("…/permanence-mars", "…/benevoles-15-novembre") or after
    their year ("…/gt-2026-11")."""
    address = _address(url)
    return _months_named(address) | {int(m) for m in _YEAR_MONTH.findall(address)}


_YEAR_MONTH = re.compile(r"(?<![\d.])20\d\d[-_](0[1-9]|1[0-2])(?![\d.])")
"""A year and its month in an address ("…/gt-mutualisation-2026-11", "…/cr_2026_09_19"), not a version number."""


def month_over(c: Candidate, asked_at: datetime) -> bool:
    """The link's address names one month, over when asked ("…/permanence-mars" asked in April), and its words name
    none ("La visio de novembre, c'est ici : …/visio-octobre" is November's): last month's calendar or call, no
    answer to a request for the next one's."""
    if _OCCASION_MONTH.search(fold(c.context)):
        return False
    months = _url_months(c.url)
    return len(months) == 1 and 1 <= (asked_at.month - months.pop()) % 12 <= 5


_PLACE = re.compile(rf"\b(?:de|d'|du|à|au|of|in|at)\s+(?:la |le |l')?({NAME})")
"""A gathering's place or name after its preposition, capitalised ("la rencontre de Brive", "the meetup in Lyon")."""


def _asking_as_written(text: str, asking: str | None) -> str:
    """The sentences of a request, as written, that hold its asking sentence (`asking`, folded): what it asks for, not
    where the asker will use it ("le lien de la carte ? Je veux la mettre sur le site de la mairie de Terves"); the
    whole text when none does."""
    if not asking:
        return text
    held = [s for s in _SENTENCE.findall(text) if (f := fold(s).strip()) and (f in asking or asking in f)]
    return " ".join(held) or text


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
"""A sentence of a text, its stop with it."""


def _other_place(asked: str, clause: str) -> bool:
    """The request and the link's words each name a place or a name, and not the same ("le CR de la rencontre de
    Brive" and "CR de la rencontre de Tulle : <link>"): the link is the other one's."""
    wanted, said = (set(map(fold, _PLACE.findall(t))) - _NOT_A_PLACE for t in (asked, clause))
    return only_others(wanted, said)


_CONTRACT_OF = re.compile(
    r"\bcontrats?[ _-]+(?:pour (?:les |le |la |l'))?(?:paniers? (?:de |d')?)?(?:de |d'|du |des )?([a-z]{3,})"
    r"(?:,? (?:et|&) (?:de |d'|du |des |les |le |la )?([a-z]{3,}))?|"
    r"\bpour (?:les |le |la |l')([a-z]{3,})\b[^.!?\n]{0,30}?\bcontrats?\b"
)
_NOT_PRODUCE = {
    "ete",
    "hiver",
    "printemps",
    "automne",
    "signe",
    "signes",
    "amap",
    "annuel",
    "saison",
    "engagement",
    "pour",
    "paniers",
}
"""Words after "contrat" that name no produce: a season, its being signed, the AMAP, what it is for ("le contrat pour
les paniers de légumes")."""


def _other_contract(asking: str, asked: str, url: str, folded_clause: str) -> bool:
    """An AMAP's contract asked by its produce ("le contrat fromage de chèvre, vous avez le lien ?"), in the asking
    sentence or the request's other words ("et pour les œufs il y a un contrat ? vous avez le lien ?"), and the link's
    address or clause naming only other produce ("…/contrat-legumes-ete2026"): another producer's contract."""
    wanted = _produce_named(asking) or _produce_named(asked)
    given = _produce_named(_address(url)) | _produce_named(folded_clause)
    return only_others(wanted, given)


@lru_cache(maxsize=64)
def _produce_named(text: str) -> frozenset[str]:
    """The produce a text names its contracts by (`_CONTRACT_OF`, read folded): read once for a request, which every
    link of its topic is checked against."""
    folded = fold(text).replace("œ", "oe").replace("æ", "ae")
    return frozenset(word for pair in _CONTRACT_OF.findall(folded) for word in pair if word) - _NOT_PRODUCE


_NOT_A_PLACE = set(MONTH_NUMBER) | {fold(d) for d in WEEKDAYS_EN + WEEKDAYS_FR}
"""Capitalised words after "de" that name a day, not a place."""


def _up_to(sentence: str, url: str) -> str:
    """A link's sentence up to the link: what it is said to be ("Practice set: <link>"), not what follows it
    ("Week 7 ROE: <link> Practice set will be shared separately")."""
    at = sentence.find(url)
    return sentence if at < 0 else sentence[: at + len(url)]


def held_days(group: RequestGroup) -> set[date]:
    """The days of the sessions whose recording the requests ask for: a day named that is still to come when
    asked is not the session's ("le lien du replay pour le partager à notre CA lundi"), but the same weekday
    before, as `_of_the_days` reads a recording's."""
    return {d - 7 * DAY if d > post.created_at.date() else d for post, d in _request_days(group)}


def _of_the_days(asked: set[date], around: str, post: Post, order: DateOrder, unsaid: bool = False) -> bool:
    """A recording said to be of a day is of one the requests name (a day off allowed; a weekday read
    as to come is the one before: it records a session held); one said to be of none was posted no
    earlier than the day before the first day asked. (A call's link is often the same from one session
    to the next: its days are not compared.) `unsaid`: one said to be of no day may be of any (a document
    is often given with the announcement, before the session)."""
    written = post.created_at.date()
    named = {n - 7 * DAY if n > written else n for n in _days(around, post.created_at, order)}
    if named:
        return any(abs(a - n) <= DAY for a in asked for n in named)
    return unsaid or written >= min(asked) - DAY


def for_the_days(
    asked: set[date], clause: str, post: Post, link: Link, order: DateOrder, topic: Topic | None = None
) -> bool:
    """A call link its words say is for a day (`link_days`) is for one of the days the requests name; one given in
    reply to an earlier request naming its day ("Le lien pour la session 2 (ce soir) svp ?", then the bare link) is
    for that day; one said to be for none may be for any (a call's link is often the same from one session to the
    next)."""
    named = link_days(post, clause, link, order) or (_days_replied(topic, post, order) if topic is not None else set())
    return not named or bool(named & asked)


def _days_replied(topic: Topic, post: Post, order: DateOrder) -> set[date]:
    """The days named by the link request a post replies to."""
    asked = replied_to(topic, post)
    if asked is None or LINK_WORD.search(fold(analyse(asked).text)) is None:
        return set()
    return _days(_asked_part(asked), asked.created_at, order)


def _given_for(known: Candidate, asked: set[date], order: DateOrder) -> bool:
    """A known meeting's link is, where its post gives it, for one of the days asked (or for no day said)."""
    post = known.post
    link = next((k for k in every_link(post) if k.url == known.url), None) if post is not None else None
    if post is None or link is None:
        return True
    clause = clause_with(sentence_with(analyse(post).with_cited, link.url, link.text), link.url, link.text)
    return for_the_days(asked, clause, post, link, order)


_THANKED = re.compile(r"\b(?:thanks?|thank you|thx|merci)\b[^.!?\n]{0,20}?\b(?:links?|liens?|urls?)\b")
"""A request that thanks for a link ("thanks for the link, do you have the next one?"): the asker has it."""


def links_they_have(topic: Topic, group: RequestGroup) -> set[str]:
    """The links the askers gave themselves, and those of a post a request replies to while thanking for its
    link: a request made after receiving one link asks for another."""
    have = {link.url for r in group.requests for link in every_link(r.post)}
    for r in group.requests:
        replied = replied_to(topic, r.post)
        if replied is not None and _THANKED.search(fold(analyse(r.post).text)):
            have |= {link.url for link in every_link(replied)}
    return have


def follow_up_link(
    topic: Topic,
    bot: str,
    wanted: frozenset[str],
    who: str | None,
    meetings: Sequence[Meeting],
    group: RequestGroup,
    post: Post,
) -> Candidate | None:
    """The link of the kind asked that the announcer's new `post` gives, by the same rule as an answer;
    asked for no kind, of a kind the announcement speaks of (the session's slides are not its call
    link). None from a post answering someone else (a reply, quote or mention of others only)."""
    if _answers_others(post, group, topic, bot):
        return None
    wanted = wanted or announced_kinds(topic)
    found = candidates(topic, bot, wanted, group.first.post_number, who, meetings, group)
    mine = [c for c in found if c.topic_id == topic.id and c.post_number == post.post_number]
    return choose(mine, topic, group, wanted, home=post.post_number)[0]


def announced_kinds(topic: Topic) -> frozenset[str]:
    """The kinds of link the topic's title and opening post speak of."""
    first = topic.post(1)
    return kinds_of(f"{topic.title}\n{analyse(first).with_cited if first is not None else ''}")


def _answers_others(post: Post, group: RequestGroup, topic: Topic, bot: str) -> bool:
    """The post speaks to people (replies to, quotes or mentions them), none of them an asker: a reply
    to the opening post, or to the writer's own post, speaks to everyone, and one to scribe (its ask for the
    link) speaks for the askers it promised to tell."""
    opening = topic.post(1)
    to_all = {post.username.lower(), bot.lower()} | (
        {opening.username.lower()} if opening and post.reply_to_post_number == 1 else set()
    )
    others = addressed(post, topic) - to_all
    return bool(others) and not others & group.asker_names


def _by_name(group: RequestGroup) -> bool:
    """The requests name what they want ("I can't find the logs") rather than "the link", which
    means the announcement's own."""
    return not any(LINK_WORD.search(fold(analyse(r.post).text)) for r in group.requests)


def _session_start(topic: Topic, meetings: Sequence[Meeting], group: RequestGroup | None) -> datetime:
    """The start of the last session of the topic before the request: its recording cannot be older. With no
    session known, just after the opening post (a recording is posted after someone missed it), or the opening post
    itself when it says its recording is out; with a month asked, that month's session, or that month."""
    asked = group.first.created_at if group else datetime.max.replace(tzinfo=UTC)
    started = [m.start for m in meetings if m.topic_id == topic.id and m.start <= asked]
    ranks = ranks_asked(group) if group else set()
    sessions = sorted({m.start for m in meetings if m.topic_id == topic.id})
    if len(ranks) == 1 and (rank := min(ranks)) <= len(sessions) and sessions[rank - 1] <= asked:
        return sessions[rank - 1]  # "le replay de la 1re session": the first session of the topic's
    months = months_asked(group.asking) if group else set()
    if months:
        # "le replay de janvier": January's session, or with none known (a past session may be forgotten), January
        in_month = [s for s in started if s.month in months]
        firsts = [
            asked.replace(
                year=asked.year - (m > asked.month), month=m, day=1, hour=0, minute=0, second=0, microsecond=0
            )
            for m in months
        ]
        return max(in_month) if in_month else max(firsts)
    first = topic.post(1)
    if started or first is None:
        return max(started) if started else asked
    # an opening post saying its recording is out was written after the session it records
    return first.created_at + (timedelta() if _OUT.search(fold(analyse(first).text)) else timedelta(seconds=1))


_SESSION_RANK = re.compile(r"(?:session|seance|atelier|visio|webinaire|cours)(\d{1,2})")
"""A session named by its rank or number ("la 1re session", "la séance 2"), as `subjects` names it."""


def ranks_asked(group: RequestGroup) -> set[int]:
    """The ranks of the sessions the requests ask a thing of ("un replay de la 1re session ?": 1)."""
    return {
        int(m[1]) for sentence in group.asking for name in subjects(sentence) if (m := _SESSION_RANK.fullmatch(name))
    }


_OUT = re.compile(
    r"\b(?:replay|enregistrement|rediffusion|recording|video)s?\b[^.!?\n]{0,60}?\b(?:est |sont |is |are |now )?"
    r"(?:en ligne|disponibles?|dispo|available|(?:is |are )?up|uploaded|online)\b"
    r"|\b(?:voici|voila|here is|here's|here are) (?:le |la |les |l'|the )?(?:replay|enregistrement|rediffusion|"
    r"recording|video)s?\b"
    r"|^\W*(?:(?:le|la|les|l'|the)\s?)?(?:replay|enregistrement|rediffusion|recording|video)s?"
    r"(?: (?:de|du|des|d')(?![^:\n]*(?:\d|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\b))"
    r"[^:\n]{1,40}?)?\s*:\s*(?:https?://|\[)",
    re.M,
)
"""A post saying the recording is out ("Le replay du webinaire de mardi est en ligne", "here's the recording"), or
giving it on a line of its own, labelled so ("- le replay : <link>", "- replay de la table ronde : <link>"; "Recording
of the Monday session: <link>" or "replay de la visio de jeudi : <link>" says which session, whose day is read with
the requests')."""


def call_of_a_session_over(c: Candidate, group: RequestGroup) -> bool:
    """A call link from a post whose every session was over when the requests came (last week's)."""
    call = "meeting" in c.kinds or url_kind(c.url) == "meeting"
    return call and c.post is not None and sessions_over(c.post, group.first.created_at, group.order)


def addressed(post: Post, topic: Topic) -> set[str]:
    """Whom a post speaks to, lower-cased: the author of the post it replies to, those it quotes or
    mentions (the forum tells each of them)."""
    read = analyse(post)
    replied = replied_to(topic, post)
    names = {q.username for q in read.quotes if q.username} | {replied.username if replied else ""}
    return {n.lower() for n in names if n} | set(read.mentions)


def related_announcements(topic: Topic, group: RequestGroup, latest: Sequence[Topic]) -> list[int]:
    """Recent topics of the same category (same readers) whose title names what the requests ask
    about: where the announcement the askers mean may be."""
    wanted = subjects(group.text)
    if not wanted or topic.category_id is None or topic.archetype == "private_message":
        return []
    return [
        t.id
        for t in latest
        if t.id != topic.id
        and t.category_id == topic.category_id
        and t.archetype != "private_message"
        and wanted & subjects(t.title)
    ][:3]


def elsewhere(group: RequestGroup, bot: str, others: Sequence[Topic]) -> Candidate | None:
    """A link of the kind asked in a recent staff post of another topic about the same thing (its
    opening post or its staff's posts, `_announced_lately`), chosen there by the rule of an answer in the topic itself
    (`choose`, the announcement being that topic's opening post), when exactly one such topic has one.
    Askers who say their link is dead may have it from one of those announcements: none."""
    wanted = wanted_kinds(group.kinds)
    if not wanted or says_dead(group):
        return None
    found = []
    for other in others:
        if not is_announcement(other, group.order):
            continue
        theirs = [
            c
            for c in candidates(other, bot, wanted, None, other.author, (), group)
            if c.source in ("first_post", "announcer", "staff")
            and _announced_lately(c, group)
            and not call_of_a_session_over(c, group)
        ]
        pick = choose(theirs, other, group, wanted, home=1)[0]
        if pick is not None:
            found.append(pick)
    return found[0] if len({c.url for c in found}) == 1 else None


ELSEWHERE_AGE = timedelta(days=60)
"""A link of another topic older than this before the request is likely another term's ("GA6" comes back
each term, some four months apart)."""


def _announced_lately(c: Candidate, group: RequestGroup) -> bool:
    """A link of another topic is given only from a staff post written lately: a member's link there is
    unvouched for, and an old one may be last term's."""
    post = c.post
    return post is not None and post.staff and group.first.created_at - post.created_at <= ELSEWHERE_AGE


def _keep(found: dict[str, Candidate], cand: Candidate) -> None:
    """The best-scored source of each URL, carrying what every source says of it (a meeting's title,
    the sentence of the post that gives its link and the heading above it)."""
    old = found.get(cand.url)
    if old is None:
        found[cand.url] = cand
        return
    best, other = (cand, old) if cand.score > old.score else (old, cand)
    found[cand.url] = replace(best, context=f"{best.context} {other.context}", heading=best.heading or other.heading)


def _as_its_post_says(known: Candidate, given: Candidate | None) -> Candidate:
    """A meeting's link with the words of the post of this topic that gives it, when there is one: what
    the post says its link is for wins over the meeting read from it, which may be another of its sessions
    ("Week 3 session … Link: … / Week 4 session, link later")."""
    if given is None or (given.topic_id, given.post_number) != (known.topic_id, known.post_number):
        return known
    return replace(known, context=given.context, heading=given.heading)


def _topic_page(url: str, wanted: frozenset[str]) -> bool:
    """A forum topic's address, for a request of any kind but a document: unless its words call it the
    link ("Meeting link and details: <topic>"), the topic is where the call, the recording or the form
    may be, not one of them (nor is it a meeting's link, its address naming a session)."""
    return wanted != {"document"} and topic_page(url)


def _eligible(kinds: frozenset[str], wanted: frozenset[str], source: str, pointing: bool) -> bool:
    if wanted:
        return bool(kinds & wanted)
    if source == "after":
        return pointing or bool(kinds & MEETING_KINDS)
    return True


def _kind_score(kinds: frozenset[str], wanted: frozenset[str]) -> float:
    return (3.0 if kinds & MEETING_KINDS else 0.0) + (2.0 if kinds & wanted else 0.0) + (0.5 if kinds else 0.0)


def _meeting_candidate(
    meeting: Meeting, topic: Topic, wanted: frozenset[str], asked_at: datetime | None = None
) -> Candidate | None:
    """A meeting the meetings feature knows, with its link; not one called off or over before the
    request (last week's call link is no answer to "where is the link?")."""
    url = meeting.link
    if not url or not usable(url) or meeting.cancelled or _topic_page(url, wanted) or chat_invite(url):
        return None  # a topic's address or a chat group's invite read as a meeting's link is not its call
    own = url_kind(url)
    if wanted and own is not None and own not in wanted:
        return None  # a sign-up form read as a meeting's link is no call link, as in a post
    if asked_at is not None and (meeting.end or meeting.start + MEETING_LENGTH) < asked_at:
        return None
    title = meeting.title or None
    same_topic = meeting.topic_id == topic.id
    if meeting.private and not same_topic:
        return None  # a private message's meeting is not given to anyone else
    if not same_topic and not (title and same_subject(title, topic.title)):
        return None
    kinds = kinds_of(f"{url} {title or ''}") | {"meeting"}
    if wanted and not kinds & wanted:
        return None
    post_number = meeting.post_number or None
    post = topic.post(post_number) if same_topic and post_number else None
    if post is not None and (giver := _link_given_later(topic, post, url, asked_at)) is not None:
        post_number, post = giver.post_number, giver  # "Nouveau lien, l'ancien ne marchera pas : …" gave it
    score = (4.0 if same_topic else 2.0) + _kind_score(kinds, wanted)
    return Candidate(url, score, frozenset(kinds), "meeting", meeting.topic_id, post_number, post, title, title or "")


def _link_given_later(topic: Topic, announced: Post, url: str, asked_at: datetime | None) -> Post | None:
    """The reply that gave a meeting the link its announcement does not hold (the meetings feature keeps a room a
    reply gave it): the latest such reply before the request, whose words say what the link is for."""
    if gives_url(announced, url):
        return None
    return next(
        (
            p
            for p in reversed(topic.posts)
            if p.post_number > announced.post_number
            and (asked_at is None or p.created_at <= asked_at)
            and gives_url(p, url)
        ),
        None,
    )


def same_subject(a: str, b: str) -> bool:
    """Two titles about the same thing: alike, and naming the same assignments, weeks, sessions and days
    ("GA4 doubt session" is another session than "GA5 doubt session", however alike they read)."""
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(fold(a), fold(b)) >= 85 and things_asked(a) == things_asked(b)
