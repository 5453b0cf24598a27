"""What scribe does about a burst of requests: answer with a link, ask the announcer for it, or stay silent, and why
(the reasons each read the thread for one doubt; a link unsure once stays unsure for the same asking)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Literal

from bot.dateorder import DateOrder
from bot.models import Post, Topic
from bot.text import analyse, every_link, fold
from handlers.links.answer import (
    Reason,
    announcement_of,
    another_version,
    because,
    choose,
    families,
    families_asked,
    fitting,
    other_than_the_call,
    says_dead,
    things_asked,
)
from handlers.links.ask_announcer import (
    announced_other,
    by_another,
    denied,
    forgotten_beside,
    given_elsewise,
    inside_another,
    linked_there,
    member_gave,
    named_there,
    newer_given,
    other_group,
    page_there,
    promised,
    sent_privately,
)
from handlers.links.bursts import (
    LINK_WORD,
    RequestGroup,
    announcer,
    replied_to,
    request_groups,
    sentence_kinds,
    unique,
)
from handlers.links.candidates import Candidate, _by_name, candidates, month_over
from handlers.links.covered import given_in_thread, human_answer, insiders, seen_by_askers, sorted_out
from handlers.links.days import MEETING_LENGTH, WEEKDAY
from handlers.links.given import carries_link, excerpt, gives_a_link_of, usable
from handlers.links.subject import as_written, asked_about, link_words, off_subject, the_one_named, theme, words_of
from handlers.links.text import (
    MEETING_KINDS,
    PAPERS,
    asks_whether,
    bound_words,
    is_request,
    kinds_of,
    request_sentence,
    things,
    url_kind,
    wanted_kinds,
)
from handlers.links.text.words import SENTENCES, THING_FR
from handlers.links.timing import (
    call_held,
    closed_forms,
    for_another_day,
    held_since,
    next_session,
    none_held_yet,
    not_held_yet,
    not_the_event_link,
    on_none_of_its_days,
    promised_later,
    promised_since,
    said_replaced,
    still_waiting,
)
from handlers.meetings.joining import speaks_of_online
from handlers.meetings.meeting import Meeting
from handlers.meetings.names import username_parts


@dataclass(frozen=True)
class Decision:
    """What scribe does about a burst of requests: `answer` with `found`, `ask` the announcer
    `who` for the link, or stay `silent` (`why` says why, for `scribe preview`)."""

    action: Literal["answer", "ask", "silent"]
    found: Candidate | None = None
    who: str | None = None
    why: Reason | None = None
    answered: int | None = None
    """The member's post that already answers the requests."""
    could: tuple[Candidate, ...] = ()
    """With no link sure: the links of this topic that may be the one asked, best first."""


def decide(
    topic: Topic,
    group: RequestGroup,
    bot: str,
    meetings: Sequence[Meeting],
    groups: Sequence[RequestGroup] | None = None,
) -> Decision:
    """The right link or silence. A member already answered: silence. A link of the kind asked,
    from the announcement, its author, staff or a meeting scribe knows: the answer. None: ask the
    announcement's author, only when the announcement is about such a link (or the askers say it
    is missing from it); otherwise silence. `groups`: the topic's bursts as the caller grouped them
    (with the model's confirmations and the sessions), among which the earlier ones asking the same
    are read; by default as the rules alone group them."""
    answered = human_answer(topic, group, bot)
    if answered is not None:
        return Decision("silent", why=because("answered", post=answered.post_number), answered=answered.post_number)
    settled = sorted_out(topic, group)
    if settled is not None:
        return Decision("silent", why=because("sorted_out", post=settled.post_number))
    wanted = wanted_kinds(group.kinds)
    # only a request read in words: one a model alone saw, naming no kind, stays unsure (below)
    by_words = not all(r.judged or r.agreement for r in group.requests)
    at_its_time = not wanted and by_words and _at_its_time(topic, group, meetings)
    wanted = frozenset({"meeting"}) if at_its_time else wanted
    spoken = _spoken_of(topic, group, bot, wanted)
    if spoken is not None:
        return Decision("silent", why=because("spoken_of", post=spoken))
    if not wanted and all(r.judged or r.agreement for r in group.requests):
        return Decision("silent", why=because("model_only"))
    quoted = _quoted_post(topic, group)
    if quoted is not None and every_link(quoted):
        return Decision("silent", why=because("quoted_has_link", post=quoted.post_number))
    who = announcer(topic, group, bot)
    every = candidates(topic, bot, wanted, group.first.post_number, who, meetings, group)
    closed = closed_forms(topic, every, group, who)
    still_open = [c for c in every if c.url not in closed]
    found, unsure = choose(still_open, topic, group, wanted)
    if found is None and unsure is not None and unsure.key in ("several_unnamed", "several"):
        found = _named_by_words(topic, group, fitting(still_open, group, wanted, topic))
        unsure = None if found is not None else unsure
    if found is not None and not wanted and _names_another(group, found):
        found, unsure = None, because("unnamed")
    could = tuple(c for c in fitting(every, group, wanted, topic) if c.topic_id == topic.id and c.post_number)
    if wanted and not at_its_time and (not _kind_named(group, wanted) or other_than_the_call(group, wanted)):
        return Decision("silent", who=who, why=because("kind_unsure"), could=could)
    if (
        found is not None
        and found.post is not None
        and still_waiting(group)
        and found.post.created_at < group.first.created_at
    ):
        # "is it enabled yet?": the link announced before is not what they wait for, and the
        # announcement already says where it will be: nothing to add, nobody to ping
        return Decision(
            "silent",
            who=who,
            why=because("release", post=found.post.post_number),
            could=could,
        )
    if found is not None:
        replaced = said_replaced(topic, found, group)
        instead = _instead(topic, group, bot, who, meetings, found, replaced) if replaced is not None else None
        if replaced is not None and instead is None:
            why = because("replaced", post=found.post_number, newer=replaced.post_number)
            return Decision("silent", who=who, why=why, could=could)
        found = instead or found
        later = next_session(topic, found, group, who, wanted)
        if later is not None:
            why = because("next_session", post=found.post_number, newer=later.post_number)
            return Decision("silent", who=who, why=why, could=could)
        still_to_come = promised_since(topic, group, found, who)
        if still_to_come is not None:
            why = because("promised_since", post=still_to_come.post_number, link=found.post_number or 0)
            return Decision("silent", who=who, why=why, could=could)
        ahead = none_held_yet(topic, group, meetings) if wanted == {"recording"} else None
        if ahead is not None:
            return Decision("silent", who=who, why=because("not_held_yet", post=ahead.post_number), could=could)
        since = held_since(topic, group, found, meetings, wanted)
        if since is not None:
            why = because("held_since", post=found.post_number or 0, newer=since.post_number)
            return Decision("silent", who=who, why=why, could=could)
        if wanted <= {"meeting"} and call_held(found, group):
            why = because("session_over", post=found.post_number)
            return Decision("silent", who=who, why=why, could=could)
        if wanted and wanted <= MEETING_KINDS and month_over(found, group.first.created_at):
            return Decision("silent", who=who, why=because("month_over", post=found.post_number), could=could)
        theirs = None if wanted else _addressed_since(topic, group, found, bot)
        if theirs is not None:
            why = because("their_post", post=theirs.post_number, link=found.post_number or 0)
            return Decision("silent", who=who, why=why, could=could)
        asked = _asked_not_of(topic, group, bot, found)
        if asked is not None:
            return Decision("silent", who=who, why=asked, could=could)
        pointed = _pointed_at_reply(topic, group, found)
        if pointed is not None:
            why = because("pointed_at_reply", post=pointed, link=found.post_number or 0)
            return Decision("silent", who=who, why=why, could=could)
        if not wanted and not_the_event_link(topic, found, group):
            return Decision("silent", who=who, why=because("not_the_call", post=found.post_number), could=could)
        unnamed = _papers_unsaid(topic, group, found) if wanted else _things_unsaid(topic, group, found)
        if unnamed:
            why = because("thing_unsaid", post=found.post_number or 0, things=", ".join(sorted(unnamed)))
            return Decision("silent", who=who, why=why, could=could)
        unsaid = _unsaid_purpose(topic, group, found)
        if unsaid:
            why = because("unsaid_purpose", post=found.post_number or 0, words=unsaid)
            return Decision("silent", who=who, why=why, could=could)
        if _guide_asked(group, wanted):
            return Decision("silent", who=who, why=because("guide_asked"), could=could)
        about = _about_else(topic, group, found, wanted) or _named_by_another_link(topic, group, found)
        if about is not None:
            return Decision("silent", who=who, why=about, could=could)
        declined = _declined_before(topic, group, bot, meetings, found, groups)
        if declined is not None:
            why = because("declined_before", post=declined, link=found.post_number or 0)
            return Decision("silent", who=who, why=why, could=could)
        left = forgotten_beside(topic, group, found, wanted)
        if left is not None:
            return Decision("silent", who=who, why=because("forgotten_beside", post=left), could=could)
        return Decision("answer", found, who)
    if closed:
        # the form asked was closed since: nothing to give, and asking for another would press the organiser
        shut = min(post.post_number for post in closed.values())
        return Decision("silent", who=who, why=because("closed", post=shut), could=could)
    if unsure and not says_dead(group):
        return Decision("silent", who=who, why=unsure, could=could)
    if who is None:
        given = given_in_thread(topic, group, bot, wanted)
        if given is None:
            return Decision("silent", why=because("no_announcement"), could=could)
        seen = seen_by_askers(topic, group, given)
        if seen is not None:
            return Decision("silent", why=because("seen_it", post=given.post_number or 0, asker=seen), could=could)
        if _guide_asked(group, wanted):
            return Decision("silent", why=because("guide_asked"), could=could)
        about = _about_else(topic, group, given, wanted)
        if about is not None:
            return Decision("silent", why=about, could=could)
        asked = _asked_not_of(topic, group, bot, given)
        if asked is not None:
            return Decision("silent", why=asked, could=could)
        return Decision("answer", given)
    if not wanted and _by_name(group):
        why = because("no_kind_named")
        return Decision("silent", who=who, why=why, could=could)
    refused = denied(topic, group, wanted, who)
    if refused is not None:
        return Decision("silent", who=who, why=because("denied", post=refused), could=could)
    poster = _dead_link_poster(topic, group, wanted)
    if poster is None and not promised(topic, group, wanted):
        return Decision("silent", who=who, why=because("not_promised"), could=could)
    other = announced_other(topic, group)
    if other is not None:
        return Decision("silent", who=who, why=other, could=could)
    home = topic.post(announcement_of(group))
    if another_version(group.text) and not (home is not None and another_version(analyse(home).with_cited)):
        return Decision("silent", who=who, why=because("other_version"), could=could)
    if home is not None and home.shown and sent_privately(fold(analyse(home).text), wanted):
        return Decision("silent", who=who, why=because("sent_privately", post=home.post_number), could=could)
    if home is not None and home.shown and inside_another(fold(analyse(home).text), fold(group.text)):
        return Decision("silent", who=who, why=because("inside_another", post=home.post_number), could=could)
    if home is not None and home.shown and by_another(analyse(home).text):
        return Decision("silent", who=who, why=because("promised_by_other", post=home.post_number), could=could)
    others = other_group(topic, group)
    if others is not None:
        return Decision("silent", who=who, why=others, could=could)
    ahead = not_held_yet(topic, group, meetings)
    if ahead is not None:
        return Decision("silent", who=who, why=because("not_held_yet", post=ahead.post_number), could=could)
    coming = promised_later(topic, group, meetings, home, wanted)
    if coming is not None:
        return Decision("silent", who=who, why=because("link_to_come", post=coming.post_number), could=could)
    other_host = given_elsewise(topic, group, bot, wanted)
    if other_host is not None:
        return Decision("silent", who=who, why=because("other_host", post=other_host), could=could)
    listed = named_there(topic, group, wanted) or page_there(topic, group, wanted) or newer_given(topic, group, wanted)
    listed = listed or member_gave(topic, group, wanted, bot, who)
    if listed is not None:
        return Decision("silent", who=who, why=listed, could=could)
    dated = for_another_day(topic, group, bot, wanted, who, meetings)
    if dated is not None:
        return Decision("silent", who=who, why=because("other_day", post=dated), could=could)
    elsewhen = on_none_of_its_days(topic, group, meetings) if wanted <= {"meeting"} else None
    if elsewhen is not None:
        return Decision("silent", who=who, why=because("not_its_day", post=elsewhen.post_number), could=could)
    forms = _in_person_with_forms(topic, group, meetings) if wanted == {"meeting"} else None
    if forms is not None:
        return Decision("silent", who=who, why=because("in_person", post=forms), could=could)
    addressed = _asked_of_another(topic, group, bot, who)
    if addressed is not None:
        return Decision("silent", who=who, why=because("asked_directly", name=addressed), could=could)
    if all(asks_whether(sentence) for sentence in group.asking):
        return Decision("silent", who=who, why=because("asks_whether"), could=could)
    there = None if wanted else linked_there(topic, group, bot)
    if there is not None:
        return Decision("silent", who=who, why=there, could=could)
    return Decision("ask", who=poster or who, why=because("none_of_kind"), could=could)


def _in_person_with_forms(topic: Topic, group: RequestGroup, meetings: Sequence[Meeting]) -> int | None:
    """The opening post giving forms for sessions all held in person (no link and no word of a call, or a form read as
    theirs), when the requests ask for "the link of the session" naming no call ("y a un lien pour la séance en plus
    ?"): its link is a form, which one a guess, and no call is missing. That post."""
    ours = [m for m in meetings if m.topic_id == topic.id]
    first = topic.post(1)
    in_person = all(
        m.offline
        or (m.link is not None and url_kind(m.link) == "registration")
        or (m.link is None and not speaks_of_online(m.title))
        for m in ours
    )
    if not ours or not in_person or first is None or not first.shown:
        return None
    if _A_CALL_NAMED.search(fold(group.text)):
        return None
    return 1 if gives_a_link_of(first, frozenset({"registration"})) else None


_A_CALL_NAMED = re.compile(
    r"\b(?:visio\w*|zoom|jitsi|meet|teams|en ligne|a distance|connexion|connecter|online|call)\b"
)
"""Words of a request naming a call to join."""


def _dead_link_poster(topic: Topic, group: RequestGroup, wanted: frozenset[str]) -> str | None:
    """Who posted the link the askers say is dead, when the first request replies to that post and it is not the
    opening one ("Le lien du tableur covoit demande un mot de passe" in reply to the member who opened the carpool
    sheet): the one who can mend it, and whose announcement the request is about."""
    at = announcement_of(group)
    post = topic.post(at)
    if at == 1 or post is None or not post.shown or not says_dead(group):
        return None
    if post.username.lower() in group.asker_names:
        return None
    return post.username if gives_a_link_of(post, wanted) else None


_THAT_ONE = re.compile(r"\b(?:celle|celui|celles|ceux)-la\b")
"""A request pointing at a thing with "celle-là" ("Et le lien d'inscription pour celle-là ?"): the thing the post it
replies to speaks of."""


def _pointed_at_reply(topic: Topic, group: RequestGroup, found: Candidate) -> int | None:
    """The post the first request replies to, when the request points at "celle-là" and that post is neither the
    opening post nor the link's: the thing asked is what that post speaks of (another session, "les premiers mardis
    du mois"), not what the link was given for. Its number, or None."""
    first = group.first
    replied = replied_to(topic, first)
    if replied is None or replied.post_number in (1, found.post_number) or found.topic_id != topic.id:
        return None
    return replied.post_number if _THAT_ONE.search(fold(analyse(first).text)) else None


def _addressed_since(topic: Topic, group: RequestGroup, found: Candidate, bot: str) -> Post | None:
    """The latest post, after the link's, of a member the first request names ("@ann can you add a link here?" after
    ann's "posted it to the community page"): a request naming no kind asks them for a link to what they said there,
    not for the link posted before. None when the request names nobody, or nobody who wrote since."""
    first = group.first
    own = _own_names(group, bot)
    named = {n for n in analyse(first).mentions if n not in own}
    if not named or found.topic_id != topic.id or found.post_number is None:
        return None
    return next(
        (
            p
            for p in reversed(topic.posts)
            if found.post_number < p.post_number < first.post_number and p.username.lower() in named
        ),
        None,
    )


def _quoted_post(topic: Topic, group: RequestGroup) -> Post | None:
    """The post of this topic by another member that the first request quotes ("…is available here." — "there
    is no link attached"): the link asked is that post's, not the opening post's."""
    askers = group.asker_names
    for quote in analyse(group.first).quotes:
        if quote.post_number is None or quote.topic_id not in (None, topic.id):
            continue
        post = topic.post(quote.post_number)
        if post is not None and post.post_number < group.first.post_number and post.username.lower() not in askers:
            return post
    return None


def _asked(group: RequestGroup) -> list[set[str]]:
    """What each request says the thing it asks for is about (`asked_about`), its asking sentence and the one before."""
    return [asked_about(sentence, analyse(r.post).text) for r, sentence in zip(group.own, group.asking, strict=True)]


def _theme_so_far(topic: Topic, group: RequestGroup) -> set[str]:
    """The words most of the topic's posts use up to its last request (`theme`): they tell no link apart."""
    last = group.post_numbers[-1]
    return theme(analyse(p).text for p in topic.posts if p.is_regular and p.post_number <= last)


def _named_by_words(topic: Topic, group: RequestGroup, found: Sequence[Candidate]) -> Candidate | None:
    """A request naming no kind of link, of several: the one link whose own words share a word with what the
    request says it wants ("le lien de l'appli pour le covoit" beside a planning's), the topic's theme aside."""
    links = list({c.url: c for c in found if c.source != "after"}.values())
    said = [_own_words(c) for c in links]
    pick = the_one_named(_asked(group), said, _theme_so_far(topic, group))
    return links[pick] if pick is not None else None


SOON_BEFORE = timedelta(hours=1)
"""How long before a meeting "le lien ?" is asked for its call."""


PLACE_ASKED = re.compile(
    r"\b(?:c'est ou|ou (?:est-ce que ca se passe|ca se passe|se trouve|on se retrouve)|(?:le |du )lieu|adresse|"
    r"plan d'acces|itineraire|localisation|how (?:do i|to) get there|address|directions to)\b"
)
"""Words asking where a gathering is held: a place, no call to join."""


_THING_NAMED = re.compile(rf"\b{THING_FR}\b")
"""A thing a link leads to, named by a request without the word "lien": what it asks for, whatever the hour."""


def _at_its_time(topic: Topic, group: RequestGroup, meetings: Sequence[Meeting]) -> bool:
    """Requests naming no kind of link, asked in the hour before one of the topic's meetings or while it is held (a
    day's event all that day; "Re, c'est quoi le lien déjà ?" two minutes before the visio): its call's link is the
    one asked."""
    asked = group.first.created_at
    if PLACE_ASKED.search(fold(group.text)):
        return False  # "Pour l'apéro de ce soir, c'est où exactement ? Il y a un lien vers le lieu ?": no call's link
    if _by_name(group) and _THING_NAMED.search(fold(" ".join(group.asking))):
        return False  # "je trouve plus le tableau des arrosages ??" before the meeting: the table, not the call
    return any(
        m.start - SOON_BEFORE <= asked <= (m.end or m.start + (timedelta(days=1) if m.all_day else MEETING_LENGTH))
        for m in meetings
        if m.topic_id == topic.id and not m.cancelled
    )


def _own_words(c: Candidate) -> set[str]:
    """What a link's own words (its clause, the heading above it, and the line above it when it stands alone on its
    own: "La carte est en ligne !" over the map's bare address) and its address speak of."""
    above = excerpt(c.post, c.url) if c.post is not None else ""
    return link_words(" ".join((c.context, c.heading, above)), c.url)


def _names_another(group: RequestGroup, found: Candidate) -> bool:
    """A request naming no kind of link, whose words bound to "lien" (or, asking by name, whose own words) name a thing
    the link's own words do not ("vous avez un lien maps ?", "les rapports moral et financier sont dispo quelque part
    ?" beside a registration form or a call): it asks for another link than the one there."""
    own = zip(group.own, group.asking, strict=True)
    asked = words_of(" ".join(_what_asked(r.post, sentence) for r, sentence in own))
    said = _own_words(found)
    return bool(asked) and the_one_named([asked], [said], set()) is None


def _what_asked(post: Post, sentence: str) -> str:
    """The words naming what a request asks: those bound to "lien"/"link", or the asking sentence's without it."""
    if LINK_WORD.search(fold(sentence)):
        return bound_words(sentence)
    return " ".join(sorted(asked_about(sentence, analyse(post).text)))


def _instead(
    topic: Topic,
    group: RequestGroup,
    bot: str,
    who: str | None,
    meetings: Sequence[Meeting],
    found: Candidate,
    replaced: Post,
) -> Candidate | None:
    """The one link of the post saying the link found has changed, by that link's own poster: its replacement
    ("⚠️ on a changé de plateforme de RDV : …"), whatever its words call it."""
    if found.post is None or replaced.username.lower() != found.post.username.lower():
        return None
    urls = {link.url for link in every_link(replaced) if usable(link.url)}
    if len(urls) != 1:
        return None
    every = candidates(topic, bot, frozenset(), group.first.post_number, who, meetings, group)
    return next((c for c in every if c.url in urls and c.post_number == replaced.post_number), None)


_GUIDE_SPOKEN_OF = re.compile(
    r"\b(?:the|this|that|these|those|your|le|la|les|ce|cet|cette|ces|votre|vos)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:tutorials?|tutos?|tutoriels?|guides?|documentation|docs|manuals?)\b"
)
"""A guide named as one already spoken of ("the tutorial to read before the workshop"), not any guide."""


def _guide_asked(group: RequestGroup, wanted: frozenset[str]) -> bool:
    """Whether the requests ask for any tutorial or guide on how to do something ("is there any tutorial on how to
    draw a trajectory line?", "do you have a tutorial I can follow?"): whether a link of the thread teaches that
    is in the page it leads to, not in the words around it. Replayed on a support forum's threads, such answers
    were right one time in four, so scribe leaves them to members. "The tutorial" an announcement gave, or the
    slides, notes or programme of a session, are still given."""
    if wanted != {"document"}:
        return False
    named = families_asked(group)
    if "guide" not in named or not named <= {"guide", "code", "data"}:
        return False
    return not any(_GUIDE_SPOKEN_OF.search(fold(sentence)) for sentence in group.asking)


def _about_else(topic: Topic, group: RequestGroup, found: Candidate, wanted: frozenset[str]) -> Reason | None:
    """A document asked about one thing ("are there any materials?" after "how can I train my own model?") and a
    link whose own words (its clause, heading and title; the topic's title for the opening post's) speak of none
    of it, the topic's theme aside: another thing's document, so silence."""
    if wanted != {"document"}:
        return None
    asked = _asked(group)
    if not any(asked):
        return None  # the requests say nothing of what their document is about: the topic's theme is not read
    common = _theme_so_far(topic, group)
    # the opening post's links come with the topic's title ("the slides of the compost workshop" in "Compost workshop")
    opening = topic.title if found.topic_id == topic.id and found.post_number == 1 else ""
    # and, taken for the one the request names as theirs, with their poster's name ("les slides de Sami")
    poster = " ".join(username_parts(found.post.username)) if found.post is not None and found.source == "named" else ""
    said = link_words(" ".join((found.context, found.heading, found.title or "", opening, poster)), found.url)
    off = off_subject(asked, said, common)
    if not off:
        return None
    words = as_written(off, (analyse(r.post).text for r in group.own))
    return because("off_subject", post=found.post_number or 0, words=", ".join(words))


def _named_by_another_link(topic: Topic, group: RequestGroup, found: Candidate) -> Reason | None:
    """The requests name a thing ("je voudrais m'inscrire à la greffe") that another's link in the thread carries in its
    words or its address (".../planches-atelier-greffe-fevrier"), and that neither the link found's own words, its
    post nor the topic's title say ("Atelier taille des fruitiers … Inscription : <form>"): the other link is the one
    asked, the one found another thing's, so silence. Not a link of the found one's poster: the "salle de janvier" a
    member is in was replaced by the same announcer's "Nouveau lien" for February."""
    if found.post is None or found.topic_id != topic.id:
        return None
    asked = set().union(*_asked(group)) - _theme_so_far(topic, group)
    if not asked:
        return None
    last = group.post_numbers[-1]
    mine = _own_words(found) | words_of(analyse(found.post).text) | words_of(topic.title)
    # its poster's other links are of the same things, or those it replaced ("Nouveau lien : …"); the askers' are theirs
    skipped = group.asker_names | {found.post.username.lower()}
    for post in topic.posts:
        if not post.shown or post.post_number >= last or post.username.lower() in skipped:
            continue
        for link in every_link(post):
            other = link_words(excerpt(post, link.url), link.url)
            if link.url != found.url and the_one_named([asked], [mine, other], set()) == 1:
                words = ", ".join(as_written(asked, (analyse(r.post).text for r in group.own)))
                return because("named_elsewhere", post=post.post_number, link=found.post_number or 0, words=words)
    return None


_SECOND_PERSON = re.compile(
    r"\b(?:you|your|yours|u|could|can|would|please|pls|plz|kindly|vous|votre|vos|tu|toi|pourriez|pourrais|"
    r"pouvez|peux)\b"
)
"""Words asking the person a post is written to ("is it possible for you to provide", "could you share")."""


def _own_names(group: RequestGroup, bot: str) -> set[str]:
    """Names a request may mention without asking anyone else: its askers, scribe, the whole forum."""
    return group.asker_names | {bot.lower(), "all", "here", "everyone"}


_OPENING_NAME = re.compile(r"[\s,;:&]*(?:(?:hi|hello|hey|dear|and|et|bonjour|salut)\b[\s,]*)?@([\w.-]+)")


def _addressed_to(topic: Topic, group: RequestGroup, bot: str) -> set[str]:
    """The members of the topic the first request opens by naming ("@gregorio and @moondrake99 is it possible to
    provide some images/videos showing…"): it asks them, about their own work; a link someone else posted is not
    their answer. Empty when it opens otherwise, or names only its askers, scribe or people not in the topic."""
    text = fold(analyse(group.first).text)
    names: set[str] = set()
    pos = 0
    while (m := _OPENING_NAME.match(text, pos)) is not None:
        names.add(m.group(1).lower())
        pos = m.end()
    names -= _own_names(group, bot)
    if not names:
        return names  # most requests open on no name: the topic's posters need not be read
    return names & {p.username.lower() for p in topic.posts if p.post_number < group.first.post_number}


_OWNER_NAMED = re.compile(
    r"\b(?:to|of|from|by)\s+@([\w.-]+)\s+(?!(?:please|pls|and|or|as|too|also|if|so|for|because|when|thanks?)\b)[a-z]"
    r"|@([\w.-]+)'s\b"
)
"""A member named as whose the thing asked is ("the link to @lumak setup", "@ann's notebook"), not one it is for
("send the link to @bob please")."""


def _owners_named(group: RequestGroup, bot: str) -> set[str]:
    """The members the first request's asking sentence names as the owners of what it asks for: only their post,
    or a page under their name, gives it. Another member's link near their name ("thanks to @lumak, here is my
    work on top of it: …") is not theirs."""
    sentence = group.asking[0] if group.asking else ""
    names = {(m.group(1) or m.group(2)).lower() for m in _OWNER_NAMED.finditer(sentence)}
    return names - _own_names(group, bot)


def _asked_not_of(topic: Topic, group: RequestGroup, bot: str, found: Candidate) -> Reason | None:
    """A member the first request opens by naming, or names as the owner of what it asks, when the link was
    posted by none of them (nor, for an owner, leads under their name): its answer is theirs to give. Why, or
    None."""
    if found.post is None:
        return None  # a link scribe knows from a meeting, not from a member's post
    poster = found.post.username.lower()
    owners = {name for name in _owners_named(group, bot) if name != poster and name not in found.url.lower()}
    if owners:
        return because("owner_named", name=sorted(owners)[0])
    asked = _addressed_to(topic, group, bot)
    if not asked or poster in asked:
        return None
    return because("theirs_to_answer", name=sorted(asked)[0])


def _asked_of_another(topic: Topic, group: RequestGroup, bot: str, who: str) -> str | None:
    """The member the first request asks directly, by name or by replying to their post, when it is not the
    announcer scribe would ask ("@bob, is it possible for you to provide a sample data set?"): that member was
    asked, and pinging the announcer asks the wrong person. Their name, or None."""
    first = group.first
    own = _own_names(group, bot)
    named = [n for n in sorted(analyse(first).mentions) if n not in own]
    replied = replied_to(topic, first)
    if replied is not None and replied.username.lower() not in own and replied.post_number != 1:
        named.append(replied.username)
    others = [n for n in named if n.lower() != who.lower()]
    if not others or not any(_SECOND_PERSON.search(fold(sentence)) for sentence in group.asking):
        return None
    return others[0]


_PURPOSE = re.compile(
    r"\b([a-z][a-z-]{2,}) (?:forms?|talks?|sessions?|recordings?|videos?|slides|webinars?|meetings?|classes|class|"
    r"lectures?|workshops?|calls?|notebooks?|sheets?|documents?|portals?)\b"
)
"""The word saying what a thing asked is for, just before it ("the mentorship form", "the placement talk")."""
_ANY_PURPOSE = re.compile(
    r"(?:the|this|that|these|those|its|our|your|their|my|any|some|same|new|old|correct|right|proper|actual|official|"
    r"main|final|full|whole|entire|other|another|next|last|previous|latest|upcoming|(?:today|tomorrow|tonight|yesterday|"
    r"week)'?s|weekly|daily|live|online|offline|zoom|meet|google|teams|microsoft|youtube|meeting|session|class|video|"
    r"recording|recorded|registration|register|sign-?up|joining|join|doubts?|clearing|solving|revision|practice|extra|"
    r"special|general|common|group|team|combined)"
)
"""Words before a thing that say nothing of what it is for, or that its kind already says."""


def _unsaid_purpose(topic: Topic, group: RequestGroup, found: Candidate) -> str:
    """What the requests say the thing asked is for ("the mentorship form", "the feedback form", "the placement
    talk") when neither the link's post, its words nor the topic's title say it: the announcement's only form is
    then no answer to a request for another form. The words not said, or "" when every one is."""
    said = fold(" ".join([*_said_with(topic, found), analyse(found.post).with_cited if found.post else ""]))
    words = []
    for sentence in group.asking:
        for word in _PURPOSE.findall(sentence):
            if _ANY_PURPOSE.fullmatch(word) or families(word) or kinds_of(word) or WEEKDAY.search(word):
                continue
            if not re.search(rf"(?<![a-z0-9]){re.escape(word.rstrip('s'))}", said):
                words.append(word)
    return ", ".join(unique(words))


def _said_with(topic: Topic, found: Candidate) -> list[str]:
    """The words a link comes with: the topic's title, the link's clause, the heading above it and its title."""
    return [topic.title, found.context, found.heading, found.title or ""]


def _things_named(group: RequestGroup) -> frozenset[str]:
    """The things the requests' asking sentences name ("a link to the source code" names the code); when they name
    none, those their posts' questions name ("Elle est où la charte ? pas de lien dans le message": the asking
    sentence says a link is missing, the question beside it what for)."""
    named = frozenset().union(*(things(sentence) for sentence in group.asking))
    if named:
        return named
    return frozenset().union(
        *(things(q) for r in group.own for q in SENTENCES.split(fold(analyse(r.post).text)) if q.rstrip().endswith("?"))
    )


def _things_unsaid(topic: Topic, group: RequestGroup, found: Candidate) -> frozenset[str]:
    """Requests naming no kind of link but a thing ("is there a link to the source code?") and a link whose words,
    heading and topic title name none of it: the only link of the announcement is then another thing's. The
    things the requests name, or none when the link's words name one of them."""
    named = _things_named(group)
    said = things(" ".join(_said_with(topic, found)))
    return named if named and not named & said else frozenset()


def _papers_unsaid(topic: Topic, group: RequestGroup, found: Candidate) -> frozenset[str]:
    """Of a request naming its kind, the papers it names ("le formulaire de procuration est sorti ?") that the link's
    words do not: the registration form beside them is another form."""
    named = _things_named(group) & frozenset(PAPERS)
    return named if named and not named & things(" ".join(_said_with(topic, found))) else frozenset()


def _spoken_of(topic: Topic, group: RequestGroup, bot: str, wanted: frozenset[str]) -> int | None:
    """The first request replies to a member's post that speaks of a thing of the kind asked without giving its
    link ("I also filled the mentorship form yesterday" → "where is the link for the mentorship form?"): the
    request asks that member for what they spoke of, not for the announcement's link. A member here is not staff,
    not the topic's author, not an asker, and their post asks for no link itself. Its post."""
    first = group.first
    replied = replied_to(topic, first)
    if replied is None or replied.post_number == 1 or not replied.shown or replied.staff:
        return None
    if replied.username.lower() in insiders(topic, group, bot):
        return None
    text = analyse(replied).text
    if is_request(text) or any(usable(link.url) for link in every_link(replied)):
        return None
    spoken = kinds_of(text)
    return replied.post_number if (spoken & wanted if wanted else spoken) else None


UNSURE = frozenset(
    {
        "release",
        "newer",
        "replaced",
        "next_session",
        "held_since",
        "session_over",
        "month_over",
        "not_the_call",
        "pointed_at_reply",
        "other_thing",
        "named",
        "several",
        "several_unnamed",
        "unnamed",
        "named_there",
        "kind_there",
        "newer_given",
        "member_gave",
        "forgotten_beside",
        "page_there",
        "other_host",
        "dead",
        "declined_before",
        "spoken_of",
        "unsaid_purpose",
        "off_subject",
        "named_elsewhere",
        "guide_asked",
        "their_post",
        "thing_unsaid",
    }
)
"""The silences where scribe was unsure which link, or whether a link, answered (an unsure link stays
unsure for every later asking of the same, however many)."""


def _declined_before(
    topic: Topic,
    group: RequestGroup,
    bot: str,
    meetings: Sequence[Meeting],
    found: Candidate,
    groups: Sequence[RequestGroup] | None,
) -> int | None:
    """The last earlier burst asking for the same kind of link and the same things, for which scribe was
    unsure of `found` (among the links that could fit), when nothing was posted since with a link nor
    was the post of `found` edited: a link unsure then is no surer now. Its first request's number."""
    earlier = _Earlier.of(topic, bot, meetings, groups, group.order)
    last = earlier.last_alike(group)
    if last is None:
        return None
    first = last.group.first
    since = [p for p in topic.posts if first.post_number < p.post_number < group.first.post_number and p.shown]
    edited = found.post is not None and (found.post.updated_at or found.post.created_at) > first.created_at
    if edited or any(carries_link(p) for p in since):
        return None
    decided = earlier.decision(last)
    unsure = decided.action == "silent" and decided.why is not None and decided.why.key in UNSURE
    return first.post_number if unsure and any(c.url == found.url for c in decided.could) else None


@dataclass(frozen=True)
class _Burst:
    """An earlier burst of requests as `_declined_before` reads it: its place among the topic's bursts
    (None for a burst cut short by the request it comes before)."""

    group: RequestGroup
    index: int | None


@dataclass
class _Earlier:
    """The bursts of a topic and scribe's decision on each, worked out front to back, once per topic:
    the decision on a burst reads the one on the last burst before it asking the same, so a topic asked
    the same hundreds of times is read once, not once per asking."""

    topic: Topic
    bot: str
    meetings: tuple[Meeting, ...]
    groups: list[RequestGroup]
    alike: list[tuple[frozenset[str], frozenset[str]]]
    source: Sequence[RequestGroup] | None
    """The bursts as the caller gave them (None: as the rules alone group them)."""
    order: DateOrder
    decided: dict[int, Decision] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        topic: Topic,
        bot: str,
        meetings: Sequence[Meeting],
        groups: Sequence[RequestGroup] | None,
        order: DateOrder,
    ) -> _Earlier:
        """The topic's pass, kept for the same topic, bot, meetings, bursts and date order (`decide`)."""
        kept = _KEPT.get(id(topic))
        if (
            kept is not None
            and kept.topic is topic
            and kept.bot == bot
            and kept.meetings == tuple(meetings)
            and kept.order == order
            and (kept.source is None if groups is None else _same_groups(kept.groups, groups))
        ):
            return kept
        grouped = list(groups) if groups is not None else request_groups(topic, bot, order=order)
        made = cls(topic, bot, tuple(meetings), grouped, [_alike(g) for g in grouped], groups, order)
        _KEPT.pop(id(topic), None)
        while len(_KEPT) >= MAX_KEPT:
            _KEPT.pop(next(iter(_KEPT)))
        _KEPT[id(topic)] = made
        return made

    def last_alike(self, group: RequestGroup) -> _Burst | None:
        """The last burst before `group` asking for the same kind of link and the same things, as the topic
        read up to the post before `group` has it (a burst going on past it is cut short there)."""
        start = group.first.post_number
        alike = _alike(group)
        last: _Burst | None = None
        for index, earlier in enumerate(self.groups):
            if earlier.first.post_number >= start:
                break
            if earlier.requests[-1].post.post_number < start:
                if self.alike[index] == alike:
                    last = _Burst(earlier, index)
                continue
            cut = RequestGroup([r for r in earlier.requests if r.post.post_number < start], earlier.order)
            if _alike(cut) == alike:
                last = _Burst(cut, None)
        return last

    def decision(self, burst: _Burst) -> Decision:
        """The decision on an earlier burst; those on the bursts before it asking the same are made first,
        in order, so that each reads the one before it already made."""
        if burst.index is None:
            return decide(self.topic, burst.group, self.bot, self.meetings, self.source)
        alike = self.alike[burst.index]
        for index in range(burst.index + 1):
            if index not in self.decided and self.alike[index] == alike:
                self.decided[index] = decide(self.topic, self.groups[index], self.bot, self.meetings, self.source)
        return self.decided[burst.index]


MAX_KEPT = 16
_KEPT: dict[int, _Earlier] = {}
"""The last topics read, by identity (a topic does not change: an edit or a new post makes another), kept
with their bursts and decisions so that every burst of one reuses them; each holds its topic, whose
identity no other topic can take while it is kept."""


def _same_groups(kept: list[RequestGroup], groups: Sequence[RequestGroup]) -> bool:
    """The same bursts, one for one: the pass was made from this very grouping of the topic."""
    return len(kept) == len(groups) and all(a is b for a, b in zip(kept, groups, strict=True))


def _alike(group: RequestGroup) -> tuple[frozenset[str], frozenset[str]]:
    """What a burst asks for: the kind of link and the things named (two bursts alike ask the same)."""
    return wanted_kinds(group.kinds), frozenset(things_asked(group.text))


def _kind_named(group: RequestGroup, wanted: frozenset[str]) -> bool:
    """A request names the kind asked in the very sentence that asks, or asks there for "the link" of what
    the rest of its post speaks of (or a model, or a command's words, gave that kind). A kind read only
    elsewhere in a post whose asking sentence names something else ("…even GA2 was hard. Is there any
    complete guide?") is a guess: a link of that kind is no answer, and an ask would name it in public."""
    for r in group.own:
        text = analyse(r.post).text
        sentence = request_sentence(text)
        by_name = not r.judged and sentence is not None and not LINK_WORD.search(fold(sentence))
        if (sentence_kinds(text) if by_name else r.kinds) & wanted:
            return True
    return False
