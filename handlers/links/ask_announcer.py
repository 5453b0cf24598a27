"""The reasons read before asking the announcer for the link a burst of requests lacks: whether the
announcement speaks of that link, whether a post gives one after all (under other words, or on a site of another
kind), whether the topic is about another of the same series, and whether its link was meant for some readers only."""

from __future__ import annotations

import re

from bot.models import Topic
from bot.text import analyse, every_link, fold_same_length
from handlers.links.answer import (
    Reason,
    announcement_of,
    another_version,
    because,
    groups_named,
    says_dead,
    things_asked,
)
from handlers.links.bursts import Request, RequestGroup, asks_for_held
from handlers.links.candidates import Candidate, announced_kinds, days_asked, for_the_days, links_they_have
from handlers.links.co_hosts import co_hosts
from handlers.links.forgotten import forgotten_link
from handlers.links.given import clause_with, heading_above, links_given, of_kind, usable
from handlers.links.text import (
    MEETING_KINDS,
    kinds_denied,
    kinds_of,
    request_sentence,
    says_missing,
    subjects,
    url_kind,
)
from handlers.meetings.dates import WEEKDAYS_EN, WEEKDAYS_FR
from handlers.meetings.joining import PRIVATE_WAY

PRIVATE_DOCUMENT = re.compile(
    r"\b(?:compte[- ]rendus?|comptes[- ]rendus|cr|pv|proces[- ]verbal|documents?|supports?|diapos?|slides|"
    r"replays?|enregistrements?|videos?|captations?)\b"
    r"[^.!?\n]{0,100}?(?:\b(?:envoyee?s?|transmise?s?|communiquee?s?|diffusee?s?)(?: [^.!?\n]{0,50}?)? par "
    r"(?:e-?mail|mail|courriel)\b|\b(?:aux|les) (?:inscrit|adherent|membre|participant)\w*)"
)
"""The announcement says its report, documents or replay go to some by mail or only to some ("Le compte-rendu sera
envoyé par mail aux adhérent·es", "le replay sera envoyé par mail aux adhérent·es du réseau", "les supports seront
envoyés uniquement aux participant·es"): a document or a recording asked for is not to be asked for in public; a link
of another kind may still be."""


PRIVATE_SIGN_UP = re.compile(
    r"\b(?:inscriptions?|reservations?|on s'inscrit|s'inscrire|inscrivez-vous|reservez)\b"
    r"(?: (?:se fait|se font|uniquement|seulement|directement|obligatoire))*,? (?:par|en|au) "
    r"(?:(?:simple |un )?(?:mail|e-?mail|courriel|telephone|tel|sms|mp|message prive))\b"
)
"""The announcement says one signs up another way than a form ("Inscription par mail uniquement à …", "réservation
par téléphone"): there is no sign-up link to give or to ask for."""


def sent_privately(low: str, wanted: frozenset[str]) -> bool:
    """Whether a folded announcement says what is asked reaches people another way than the topic: its link
    (`PRIVATE_WAY`), or, when a document or a recording is asked, those (`PRIVATE_DOCUMENT`), or, when a sign-up
    is asked, the sign-up (`PRIVATE_SIGN_UP`)."""
    kept = wanted & {"document", "recording"}
    return (
        PRIVATE_WAY.search(low) is not None
        or (bool(kept) and PRIVATE_DOCUMENT.search(low) is not None)
        or (wanted == {"registration"} and PRIVATE_SIGN_UP.search(low) is not None)
    )


_INSIDE = re.compile(
    r"\b(?:le |la |les |l')(?P<thing>[\w'-]+)(?: [\w'-]+){0,3}? (?:est|sont|se trouve|se trouvent|figure|figurent) "
    r"(?:aussi |egalement |deja )?dans (?:le |la |les |l')(?:dossier|fichier|drive|cloud|pad|document|zip|archive)\b"
)
"""The announcement saying a thing is inside another link's folder ("le formulaire est dans le dossier des
rapports")."""


def inside_another(low: str, asked: str) -> bool:
    """Whether a folded announcement says the thing the folded request names is inside another link's folder
    (`_INSIDE`): that link holds it, and its announcer has nothing to add."""
    return any(m["thing"] in asked for m in _INSIDE.finditer(low))


_BY_ANOTHER = re.compile(
    r"\b(?:links?|urls?|liens?|invites?|invitations?)\b[^.!?\n]{0,40}?\b(?:will be|would be|is to be|shall be|"
    r"sera|seront|va etre|vont etre) (?:\w+ )?(?:shared|sent|posted|given|mailed|e-?mailed|added|envoyee?s?|"
    r"partagee?s?|communiquee?s?|transmise?s?|donnee?s?|postee?s?|ajoutee?s?) (?:by|par) "
)
"""The announcement says someone will give the link ("Group B: link will be shared by Kavya ma'am", "le lien sera
envoyé par Camille"); `by_another` reads who."""
_PERSON = re.compile(r"@[\w.-]+|[A-ZÀ-Ý][a-zà-ÿ'-]+\b")
"""A person named: a mention, or a name in capitals ("Kavya", "@meera_ta"); not a role ("the TAs", "l'équipe")."""


def by_another(text: str) -> bool:
    """The text says a person it names, not its author nor a team, will give the link: the author is not the one to
    ask. "The link will be shared by the TAs" leaves the author, who speaks for them, to ask."""
    folded = fold_same_length(text)
    return any(_PERSON.match(text, m.end()) for m in _BY_ANOTHER.finditer(folded))


_APART = re.compile(
    r"\b(?:separate|separately|(?:their|its) own|(?:has|have|get|gets) (?:a |an )?(?:different|another)|"
    r"(?:a|une?) part\b|separee?s?|separement|(?:leurs?|ses|son|sa) propres?|"
    r"(?:leurs?|ses|son|sa) (?:\w+ )?a (?:eux|elles|lui)\b)"
)
"""Words saying a group is seen to apart ("Section B & C will have separate sessions with their own TAs", "le
groupe B a sa propre visio")."""


def other_group(topic: Topic, group: RequestGroup) -> Reason | None:
    """The requests name their group ("section C link please") and the announcement is for others of the same word
    ("Section A students: …"), or names theirs only to say it is seen to apart ("Section B & C will have separate
    sessions with their own TAs"): its author is not the one to add that group's link. Why, with both named."""
    home = topic.post(announcement_of(group))
    asked = {g for r in group.own for g in groups_named(analyse(r.post).text)}
    if home is None or not home.shown or not asked:
        return None
    text = analyse(home).text
    announced = groups_named(text)
    apart = {
        g
        for line in re.split(r"(?<=[.!?\n])\s*", text)
        if _APART.search(fold_same_length(line))
        for g in groups_named(line)
    }
    words = {_group_word(g) for g in asked}
    ours = {g for g in announced if _group_word(g) in words}
    if not ours or (asked & ours) - apart:
        return None
    return because("other_group", things=", ".join(sorted(asked)), announced=", ".join(sorted(ours - apart or ours)))


def _group_word(group: str) -> str:
    """What kind of group a group is ("section" of "sectionc", "group" of "group2")."""
    return group.rstrip("abcdefgh0123456789")


def announced_other(topic: Topic, group: RequestGroup) -> Reason | None:
    """The requests name an assignment, week or session ("the GA6 link") in a topic whose title is about
    another of the same series ("GA5 released"): what they ask was not announced there, and its author is not
    the one to add it. A topic about a series ("GA6 doubt sessions", "Weekly live sessions") takes the link of
    any of its sessions. Why, with both named."""
    asked = group.named
    titled = subjects(topic.title)
    other = {t for t in titled - asked if _series(t) in {_series(a) for a in asked}}
    if not other or any(_series(a) == _series(t) for a in asked & titled for t in other):
        return None
    return because("other_subject", things=", ".join(sorted(asked)), announced=", ".join(sorted(other)))


def _series(subject: str) -> str:
    """What series a subject is of: "ga6" is of the assignments, "week4" of the weeks."""
    return subject.rstrip("0123456789")


def linked_there(topic: Topic, group: RequestGroup, bot: str) -> Reason | None:
    """Requests naming no kind of link and no thing, and a post before them giving a link ("c'est lequel le bon lien
    pour le 24 ? il y en a plein"): they may want that one, and asking the announcer to add a link would be asking for
    one already there (`_kind_there` reads the same of a kind named). Why, naming the last such post."""
    if things_asked(group.text):
        return None
    given = [
        post.post_number
        for post in topic.posts
        if post.post_number < group.first.post_number
        and post.username.lower() != bot.lower()
        and any(usable(link.url) for link in every_link(post))
    ]
    return because("unnamed_there", post=given[-1]) if given else None


def named_there(topic: Topic, group: RequestGroup, wanted: frozenset[str]) -> Reason | None:
    """The announcement gives a link of the kind asked whose own words name what the requests name
    ("Session 6: <video>" for "the session 6 recording"), one the rules of an answer left out (a
    recording posted before the session known): an ask saying it is missing would be false. Why, naming its
    post; else whether a post before the requests gives one of that kind (`_kind_there`)."""
    home = topic.post(announcement_of(group))
    asked = things_asked(group.text)
    if not wanted or home is None or not home.shown:
        return None
    text = analyse(home).with_cited
    for link, sentence, around in links_given(home, links_they_have(topic, group)):
        if not of_kind(link, around, wanted):
            continue
        clause = clause_with(sentence, link.url, link.text)
        named = things_asked(f"{link.text} {clause}") or things_asked(heading_above(text, link.url, link.text))
        if asked & named:
            return because("named_there", post=home.post_number)
    return _kind_there(topic, group, wanted)


_WEEKDAYS = frozenset(WEEKDAYS_EN + WEEKDAYS_FR)
"""Weekdays, which `things_asked` reads as words: a day asked, compared by `for_the_days` instead."""


def _kind_there(topic: Topic, group: RequestGroup, wanted: frozenset[str]) -> Reason | None:
    """The requests name no session or assignment and do not say theirs is dead, and a post before them
    (the announcement or anyone's but the askers') gives a link of the kind asked by its host (a video, a form,
    a call) not said to be another term's: "Week 3 session recording: <video>" for "the recording link", a
    member's "the meet link is <call>" for "kindly share the meeting link". Left out as an answer (posted
    before the session known, or unvouched for), it is still there: an ask saying it is missing would be
    false; and when they name a day, the link is said to be for it or for no day ("On peut venir juste le dimanche ?
    il faut s'inscrire où ?" under a member's "C'est celui-là : <form>"). Why, naming its post."""
    if things_asked(group.text) - _WEEKDAYS or says_dead(group):
        return None  # a weekday named is a day asked, read below
    askers = group.asker_names
    theirs = links_they_have(topic, group)
    days = days_asked(group)
    for post in topic.posts:
        if post.post_number >= group.first.post_number:
            break
        if not post.shown or post.username.lower() in askers:
            continue
        for link, sentence, _ in links_given(post, theirs):
            clause = clause_with(sentence, link.url, link.text)
            if url_kind(link.url) not in wanted or another_version(clause):
                continue
            if not days or for_the_days(days, clause, post, link, group.order, topic):
                return because("kind_there", post=post.post_number)
    return None


def page_there(topic: Topic, group: RequestGroup, wanted: frozenset[str]) -> Reason | None:
    """The announcement gives one link, a page of no kind, and no call is asked ("L'AAP de la Région : tout est là :
    <page>", then "vous auriez le lien vers l'appel à projets ?"): what is asked may be that page or on it; an ask
    saying the link is nowhere in the topic could be false. Why, naming its post."""
    home = topic.post(announcement_of(group))
    if not wanted or "meeting" in wanted or home is None or not home.shown:
        return None
    given = [(link, around) for link, _, around in links_given(home, links_they_have(topic, group))]
    page = len(given) == 1 and given[0][0].url.startswith("http") and url_kind(given[0][0].url) is None
    return because("page_there", post=home.post_number) if page and not kinds_of(given[0][1]) else None


def given_elsewise(topic: Topic, group: RequestGroup, bot: str, wanted: frozenset[str]) -> int | None:
    """The announcement gives a link its words call the thing asked, on a site of another kind (a
    session streamed on YouTube): no answer, and no ask saying the link is not there. Its post."""
    home = topic.post(announcement_of(group))
    if not wanted or home is None or not home.shown or home.username.lower() == bot.lower():
        return None
    for link, _, around in links_given(home, links_they_have(topic, group)):
        if kinds_of(around) & wanted and url_kind(link.url) not in (None, *wanted):
            return home.post_number
    return None


def denied(topic: Topic, group: RequestGroup, wanted: frozenset[str], who: str | None) -> int | None:
    """The post, the opening one or an earlier one of the announcer's, saying there is none of the link asked ("Pas
    de visio prévue, c'est vraiment en présentiel"): nothing to answer, and asking for it would ask for what was
    refused."""
    if not wanted:
        return None
    for post in topic.posts:
        if post.post_number >= group.first.post_number:
            break
        theirs = post.post_number == 1 or (who is not None and post.username.lower() == who.lower())
        if theirs and post.is_regular and wanted & kinds_denied(analyse(post).text):
            return post.post_number
    return None


def promised(topic: Topic, group: RequestGroup, wanted: frozenset[str]) -> bool:
    """The announcement speaks of the link asked for (or points at one it lacks), or the askers
    say it is missing from it."""
    if any(says_missing(analyse(r.post).text) for r in group.requests):
        return True
    first = topic.post(1)
    if first is None:
        return False
    if forgotten_link(first) is not None:
        return True
    kinds = announced_kinds(topic)
    if "recording" in wanted and "meeting" in kinds and any(_held_asked(r) for r in group.requests):
        return True  # the session announced is the one asked for, held since: its recording is what lacks
    if wanted and _promised_in_a_reply(topic, group, wanted):
        return True
    return bool(kinds & wanted) if wanted else bool(kinds & MEETING_KINDS)


_WILL_POST = re.compile(
    r"\b(?:je|on|nous) (?:vous |te )?(?:le |la |les |l')?(?:mettr|poster|partager|envoyer|enverr)(?:ai|a|ons)\b"
    r"|\bi(?:'ll| will) (?:post|share|upload|send)\b"
)
"""The topic's author saying they will post a thing ("je mettrai le lien ici", "I'll share the recording")."""


def _promised_in_a_reply(topic: Topic, group: RequestGroup, wanted: frozenset[str]) -> bool:
    """The topic's author promised a link of the kind asked in a reply before the requests ("Oui on enregistre si le
    courtier est ok, je mettrai le lien ici" to "Et vous enregistrerez ?"): the kind is what they said they would
    post, or what the post they answered (or the one before theirs) asked."""
    author = (topic.author or "").lower()
    for post in topic.posts:
        if post.post_number >= group.first.post_number:
            break
        if post.post_number == 1 or not post.shown or post.username.lower() != author:
            continue
        text = analyse(post).text
        if not _WILL_POST.search(fold_same_length(text)):
            continue
        replied = topic.post(post.reply_to_post_number or post.post_number - 1)
        said = f"{text} {analyse(replied).text if replied is not None and replied.shown else ''}"
        if kinds_of(said) & wanted:
            return True
    return False


def _held_asked(request: Request) -> bool:
    """The request asks for the link of a session it says was held."""
    return not request.judged and asks_for_held(request_sentence(analyse(request.post).text) or "")


def newer_given(topic: Topic, group: RequestGroup, wanted: frozenset[str]) -> Reason | None:
    """The askers say the link they have does not work, and someone gave another of the kind asked after the
    announcement and before them ("Il y a une coquille, c'est <link>"): they may have missed it, scribe cannot
    vouch for a member's link, and an ask saying no newer one is there would be false. Why, naming that post."""
    if not says_dead(group):
        return None
    given = _given_since(topic, group, wanted, set())
    return because("newer_given", post=given) if given is not None else None


def member_gave(topic: Topic, group: RequestGroup, wanted: frozenset[str], bot: str, who: str | None) -> Reason | None:
    """A member gave a link of the kind asked after the announcement and before the askers ("Ronan l'a envoyé sur la
    liste, c'est <link>"), which no rule made an answer: an ask saying none is in the topic would be false, and scribe
    cannot vouch for it. Not a link of the announcer, the topic's author, their co-hosts or staff (those the rules read
    as answers, and leave aside when they are another thing's), nor one its words say is another version ("l'an
    dernier c'était ce formulaire") or also of another kind (a pad "à alimenter avant la réunion"). Why, naming that
    post."""
    if not wanted:
        return None
    insiders = {bot.lower(), (topic.author or "").lower(), (who or "").lower()} | co_hosts(topic, who or topic.author)
    given = _given_since(topic, group, wanted, insiders, members_only=True)
    return because("member_gave", post=given) if given is not None else None


def _given_since(
    topic: Topic, group: RequestGroup, wanted: frozenset[str], besides: set[str], members_only: bool = False
) -> int | None:
    """The latest post after the announcement and before the askers, by none of them nor of `besides` (nor staff,
    `members_only`), that gives a link of the kind asked the announcement does not (of this version, and of no other
    kind by its words, `members_only`): its number, or None."""
    at = announcement_of(group)
    home = topic.post(at)
    announced = {link.url for link in every_link(home)} if home is not None else set()
    skipped = group.asker_names | besides
    between = [p for p in topic.posts if at < p.post_number < group.first.post_number]
    for post in reversed(between):
        if not post.shown or post.username.lower() in skipped or (members_only and post.staff):
            continue
        for link, sentence, words in links_given(post, announced):
            if members_only and (another_version(sentence) or not kinds_of(words) <= wanted):
                continue  # a pad's link "à alimenter avant la réunion" is no call's
            if of_kind(link, words, wanted):
                return post.post_number
    return None


def forgotten_beside(topic: Topic, group: RequestGroup, found: Candidate, wanted: frozenset[str]) -> int | None:
    """The link found is the announcement's, and that announcement left another of the kind asked out ("Billetterie
    pour le concert : <link>" then "bénévoles : inscrivez-vous sur le tableau des créneaux ici :" and nothing): the
    one asked may be the one forgotten. The announcement's number."""
    home = topic.post(announcement_of(group))
    if home is None or found.post_number != home.post_number or found.topic_id != topic.id:
        return None
    if found.url not in {link.url for link in every_link(home)}:
        return None  # the meeting's link its announcer gave after ("Oups, le lien : …"): the one forgotten, given
    phrase = forgotten_link(home)
    if phrase is None:
        return None
    line = next((line for line in analyse(home).text.split("\n") if phrase in line), phrase)
    said = kinds_of(line)
    return home.post_number if not wanted or said & wanted or not said else None
