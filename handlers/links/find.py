"""Reading a topic for links: who asked for one, who announced, where a link is.

Pure functions over a `Topic` (and the meetings scribe knows, passed in), so the
handler, the preview and the tests read a thread the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Literal

from bot.dateorder import DateOrder
from bot.models import Post, Topic
from bot.text import ANALYSED, Link, analyse, chat_invite, every_link, fold, topic_page
from handlers.links.answer import (
    Reason,
    announcement_of,
    another_version,
    because,
    choose,
    dead_words,
    families,
    families_asked,
    fitting,
    other_than_the_call,
    says_dead,
    says_replaced,
    things_asked,
)
from handlers.links.days import (
    _WEEKDAY,
    DAY,
    MEETING_LENGTH,
    _dates,
    _days,
    _link_days,
    _names_a_date,
    _over,
    _sessions_over,
    _unless_weekdays,
)
from handlers.links.forgotten import forgotten_link
from handlers.links.given import (
    _BARE_URL,
    _clause_with,
    _links_given,
    _sentence_with,
    carries_link,
    heading_above,
    usable,
)
from handlers.links.subject import as_written, asked_about, link_words, off_subject, theme
from handlers.links.text import (
    MEETING_KINDS,
    after_solved,
    asked_in_turn,
    asks_session_upload,
    asks_whether,
    copied_from,
    held_event,
    is_agreement,
    is_request,
    kinds_of,
    mail_not_come,
    names_mail,
    offer_asked,
    own_trouble,
    pointer_phrase,
    request_sentence,
    says_missing,
    states_status,
    subjects,
    things,
    trouble_over,
    url_kind,
    wanted_kinds,
)
from handlers.meetings.extract import Meeting

AGREEMENT_DISTANCE = 1
"""A "+1" that replies to no post counts as a request only right after one (in a busy thread the
posts further down are about something else)."""
AFTER_WINDOW = 30
"""Posts by other members count as an answer only this close after the question."""
GROUP_GAP = timedelta(days=2)
"""Requests further apart than this are separate bursts."""
_CHAT_ASKED = re.compile(r"\b(?:whatsapp|telegram|discord|slack|signal|chat)\b")


@dataclass(frozen=True)
class Request:
    post: Post
    agreement: bool
    kinds: frozenset[str]
    judged: bool = False
    """Taken for a request by a model, not by the rules."""


@dataclass
class RequestGroup:
    """Requests in a row for the same missing link, until a link answers them."""

    requests: list[Request]
    order: DateOrder
    """How the forum writes numeric dates: the days the requests and the links' posts name are read in it. No
    default: a burst read day first on a month-first forum would take another day's link for today's."""

    @property
    def first(self) -> Post:
        return self.requests[0].post

    @property
    def post_numbers(self) -> list[int]:
        return [r.post.post_number for r in self.requests]

    @property
    def askers(self) -> list[str]:
        return unique(r.post.username for r in self.requests)

    @property
    def asker_names(self) -> set[str]:
        """The askers' names in lower case, as mentions and other posts' authors are compared with them."""
        return {a.lower() for a in self.askers}

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset().union(*(r.kinds for r in self.requests))

    @property
    def own(self) -> list[Request]:
        """The requests asking in their own words, not those agreeing with one before ("+1", "same here")."""
        return [r for r in self.requests if not r.agreement]

    @property
    def named(self) -> set[str]:
        """The precise things the requests in their own words name ("GA6", "week 4"), each read in its own post:
        a number opening one post ("4 of us can't find it") is not of the word ending the one before ("…for
        this week")."""
        return {s for r in self.own for s in subjects(analyse(r.post).text)}

    @property
    def asking(self) -> list[str]:
        """The asking sentence of each request in its own words ("" where none is found): what it names is asked."""
        return [request_sentence(analyse(r.post).text) or "" for r in self.own]

    @property
    def text(self) -> str:
        """The requests' words, one after the other: what the group asks for."""
        return " ".join(analyse(r.post).text for r in self.requests)

    def contains(self, post_number: int) -> bool:
        return post_number in self.post_numbers


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


def unique(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for n in names:
        if n and n.lower() not in seen:
            seen.add(n.lower())
            out.append(n)
    return out


def is_resolution(post: Post, topic: Topic, bot: str, announcer: str | None) -> bool:
    """A post that gives a link: by the announcer, the topic author, staff, scribe, or pointing at it."""
    if not any(usable(link.url) for link in every_link(post)):
        return False
    who = post.username.lower()
    trusted = {n.lower() for n in (announcer, topic.author, bot) if n}
    return who in trusted or post.staff or pointer_phrase(analyse(post).text) is not None


def request_groups(
    topic: Topic,
    bot: str,
    upto: int | None = None,
    confirmed: Mapping[int, frozenset[str]] | None = None,
    sessions: Sequence[Meeting] = (),
    *,
    order: DateOrder,
) -> list[RequestGroup]:
    """Every burst of link requests in the topic, in order (posts after `upto` ignored).
    `confirmed`: posts a model took for requests, with the kinds it gave; `sessions`: the topic's own
    meetings, whose start tells whether "will it be recorded?" came after the session; `order`: how the
    forum writes numeric dates."""
    confirmed = confirmed or {}
    groups: list[RequestGroup] = []
    open_group: RequestGroup | None = None
    announcers: dict[tuple[int, int], str | None] = {}

    def announcer_of(group: RequestGroup) -> str | None:
        """The group's announcer, worked out once per state of the group (it reads the topic)."""
        state = (id(group), len(group.requests))
        if state not in announcers:
            announcers[state] = announcer(topic, group, bot)
        return announcers[state]

    for post in topic.posts:
        if upto is not None and post.post_number > upto:
            break
        if not post.is_regular:
            continue
        if post.username.lower() == bot.lower():
            if open_group and carries_link(post):
                open_group = None
            continue
        text = analyse(post).text
        by_rules = (
            is_request(text) and not _quotes_earlier(topic, post, text) and not _echoes_trouble(topic, post, text)
        ) or (offer_asked(text) == "open" and _held_before(post, sessions))
        asks = by_rules or post.post_number in confirmed
        if asks and open_group and post.reply_to_post_number in open_group.post_numbers and states_status(text):
            asks = False  # "not uploaded yet" in reply to the request answers it
        if asks and not post.staff:  # staff give links; their "share your URL" asks for a member's
            # a request only a model saw has the kind the model gave, not the kinds its words happen to name
            kinds = _asked_kinds(text) if by_rules else confirmed.get(post.post_number, frozenset())
            request = Request(post, False, kinds, judged=not by_rules)
            if open_group and _in_time(post, open_group) and same_kinds(open_group.kinds, request.kinds):
                open_group.requests.append(request)
            else:
                open_group = RequestGroup([request], order)
                groups.append(open_group)
            continue
        if open_group and not post.staff and asked_in_turn(text) and _follows_in_time(topic, post, open_group):
            # "what about the GA3 link?" right after a request asks for another link: a burst of its own
            if _another_link(text, open_group):
                open_group = RequestGroup([Request(post, False, _asked_kinds(text))], order)
                groups.append(open_group)
            else:
                open_group.requests.append(Request(post, True, frozenset()))
            continue
        if open_group and is_agreement(text) and _follows(topic, post, open_group):
            open_group.requests.append(Request(post, True, frozenset()))
            continue
        if open_group and not post.staff and _same_mail(post, text, open_group):
            open_group.requests.append(Request(post, True, frozenset()))
            continue
        if open_group and is_resolution(post, topic, bot, announcer_of(open_group)):
            open_group = None
    return groups


def _in_time(post: Post, group: RequestGroup) -> bool:
    """The post comes within the burst's time: at most `GROUP_GAP` after its last request."""
    return post.created_at - group.requests[-1].post.created_at <= GROUP_GAP


def _follows_in_time(topic: Topic, post: Post, group: RequestGroup) -> bool:
    """The post comes right after the burst's last request (`_follows`), within the burst's time."""
    return _in_time(post, group) and _follows(topic, post, group)


def _another_link(text: str, group: RequestGroup) -> bool:
    """The post names another link than the burst asks for: another kind, or another assessment or session by
    its name ("GA3" after "quiz 2"); "what about the quiz 2 link?" after "where is the quiz 2 link?" asks again."""
    asked = group.named
    named = subjects(text)
    return not same_kinds(group.kinds, _asked_kinds(text)) or bool(named and asked and not named <= asked)


def _same_mail(post: Post, text: str, group: RequestGroup) -> bool:
    """The post says a mail did not come (`mail_not_come`), within the burst's time, whose requests ask for a
    mail: it asks for that mail again, whoever it replies to."""
    return (
        _in_time(post, group)
        and mail_not_come(text)
        and any(names_mail(analyse(r.post).text) for r in group.requests if not r.agreement)
    )


def _quotes_earlier(topic: Topic, post: Post, text: str) -> bool:
    """The post's asking sentence first stood in someone else's post: it restates their question."""
    earlier = [p for p in topic.posts if p.post_number < post.post_number and p.is_regular]
    first = copied_from(text, (analyse(p).text for p in earlier))
    return first is not None and earlier[first].username != post.username


_ASKS_TOO = re.compile(
    r"\b(?:where|share|send|upload|provide|give|post|partager|envoyer)\b|\b(?:can|could) (?:you|u|someone|anyone)\b"
)
"""Words that ask for a thing, beside an echo of the trouble: a request of its own."""


def _echoes_trouble(topic: Topic, post: Post, text: str) -> bool:
    """ "Same problem as above, GA2 not showing up" echoes what the posts above report: after error reports
    (the post it replies to, or the member's post before it), none asking for a link, it reports the same
    trouble and asks for none. The same echo of a request, or one naming a link or asking for a thing ("same
    issue, please share the recording"), stays a request."""
    sentence = request_sentence(text) or ""
    if not is_agreement(text) or _LINK_WORD.search(sentence) or _ASKS_TOO.search(sentence):
        return False
    replied = _replied_to(topic, post)
    before = next(
        (
            p
            for p in reversed(topic.posts)
            if p.post_number < post.post_number and p.is_regular and not p.staff and p.username != post.username
        ),
        None,
    )
    echoed = [analyse(p).text for p in (replied, before) if p is not None]
    return any(own_trouble(t) for t in echoed) and not any(is_request(t) for t in echoed)


def _held_before(post: Post, sessions: Sequence[Meeting]) -> bool:
    """One of the topic's sessions had started when the post was written (a day named without an hour:
    once that day is over). With none known, the question's own tense ("will it be recorded?") says the
    session is still to come: nothing exists yet."""
    return any(
        m.start + (timedelta(days=1) if m.all_day else timedelta()) <= post.created_at
        for m in sessions
        if not m.cancelled
    )


def _asked_kinds(text: str) -> frozenset[str]:
    """The kinds of link the sentence that asks names ("…all these create issues in GA2. Where are the
    slides?" asks for slides); the whole post's when that sentence names none."""
    return sentence_kinds(text) or kinds_of(text)


def sentence_kinds(text: str) -> frozenset[str]:
    """The kinds of link the sentence that asks names itself. The link of a session it says was held
    ("the session link in which you discussed this", "the link of yesterday's class"), naming nothing
    else, is its recording: the call is over."""
    sentence = request_sentence(text) or ""
    return frozenset({"recording"}) if _asks_for_held(sentence) else kinds_of(sentence)


def _asks_for_held(sentence: str) -> bool:
    """The sentence asks for the link of a session it says was held, naming no kind but a call's (or an exam's
    it was about, when it pleads for the session to be uploaded)."""
    kinds = kinds_of(sentence)
    if asks_session_upload(sentence):
        return kinds <= {"meeting", "exam"}
    return kinds <= {"meeting"} and held_event(sentence)


def same_kinds(theirs: frozenset[str], mine: frozenset[str]) -> bool:
    """Two requests want the same link unless each names a kind and the kinds differ: a request joins
    the burst before it unless it plainly asks for another kind of link (the exam page after the
    recordings)."""
    a, b = wanted_kinds(theirs), wanted_kinds(mine)
    return not a or not b or a == b


def group_of(groups: list[RequestGroup], post_number: int) -> RequestGroup | None:
    return next((g for g in groups if g.contains(post_number)), None)


def _replied_to(topic: Topic, post: Post) -> Post | None:
    """The post `post` replies to, when it replies to one this topic has."""
    return topic.post(post.reply_to_post_number) if post.reply_to_post_number else None


def _follows(topic: Topic, post: Post, group: RequestGroup) -> bool:
    """A "+1" agrees with the request it replies to; one replying to another post agrees with that
    post (in a busy thread, "same issue" a post after a request is usually about someone's error).
    The distance counts people's posts only: a moderator moving or retagging the topic says nothing."""
    if post.reply_to_post_number:
        return post.reply_to_post_number in group.post_numbers
    last = group.requests[-1].post.post_number
    between = sum(1 for p in topic.posts if last < p.post_number < post.post_number and p.is_regular)
    return last < post.post_number and between < AGREEMENT_DISTANCE


def announcer(topic: Topic, group: RequestGroup, bot: str) -> str | None:
    """Who should add the link: the author of the announcement the requests are about.

    That is the opening post's author, unless the topic opens with a question (a request,
    or a post by one of the askers): then there is no announcement and nobody to ask.
    When the opening post is missing (a partial export), the user the requests address
    ("Hello @AssoTiersLieux il manque le lien") is the one, else the topic's creator.
    """
    askers = group.asker_names
    first = topic.post(1)
    if first is not None:
        if first.username.lower() in askers | {bot.lower()} or not is_announcement(topic, group.order):
            return None
        return _replied_staff(topic, group, askers | {bot.lower()}) or first.username
    for request in group.requests:
        for name in sorted(analyse(request.post).mentions):
            if name not in askers and name != bot.lower() and name not in ("all", "here"):
                return proper_name(topic, name, analyse(request.post).text)
    if topic.created_by and topic.created_by.lower() not in askers:
        return topic.created_by
    return None


def _replied_staff(topic: Topic, group: RequestGroup, excluded: set[str]) -> str | None:
    """The staff member whose later post the first request replies to: in a thread where each session
    is announced in a reply, that post is the announcement, and its author the one to add its link."""
    replied = topic.post(announcement_of(group))
    if replied is None or replied.post_number == 1 or not replied.shown or not replied.staff:
        return None
    return None if replied.username.lower() in excluded else replied.username


def is_announcement(topic: Topic, order: DateOrder) -> bool:
    """A topic opened to announce something: by staff, or with a link, a pointer to one, or an
    event of its own; a member's question ("it shows not submitted, please inspect") is not one."""
    first = topic.post(1)
    if first is None or opens_with_question(topic, order):
        return False
    text = analyse(first).text
    return (
        first.staff or carries_link(first) or pointer_phrase(text) is not None or bool(kinds_of(text) & MEETING_KINDS)
    )


def opens_with_question(topic: Topic, order: DateOrder) -> bool:
    """A topic opened to ask something (a link, help): its author announced nothing."""
    first = topic.post(1)
    if first is None:
        return False
    text = analyse(first).text
    linkless = not every_link(first)
    asks = "?" in text and linkless and (kinds_of(text) <= {"exam", "recording"} or not _dated(first, order))
    opens_asking = linkless and not first.staff and _OPENS_ASKING.match(fold(text)) is not None
    return asks or opens_asking or is_request(text) or (not first.staff and _ADDRESSED.match(fold(text)) is not None)


_OPENS_ASKING = re.compile(
    r"\s*(?:(?:hi|hello|hey|dear all|bonjour|salut|coucou)(?: all| everyone| a tous| tout le monde)?[ ,!.]*)?"
    r"(?:does (?:anyone|anybody)|(?:anyone|anybody) knows?|do (?:you|we|i) (?:know|have|need)|is there|are there|"
    r"should (?:we|i)|how|when|where|what|why|which|quelqu'un|qqn|savez-vous|sais-tu|est-ce qu|faut-il|y a-t-il|"
    r"peut-on|pourquoi|comment|quand|combien)\b[^?\n]{0,200}\?"
)
"""A member's post opening on a question ("does anyone know if there is a session on Saturday?", "quelqu'un sait s'il
faut s'inscrire pour la fête samedi ?"): it asks about an event, it does not announce it, whatever day it names
(unlike "Visio jeudi 18h, qui vient ?", an announcement closed by a question)."""


_ADDRESSED = re.compile(r"\s*(?:(?:dear|hi|hello|hey|respected|bonjour|salut)\s+)?@(?!(?:all|here|everyone)\b)[\w.-]+")
"""A member's opening post written to named people ("@tutor sir, the form says…"): a message to them (a
question, a complaint), not an announcement to everyone."""


def _dated(post: Post, order: DateOrder) -> bool:
    """The post names a day or an hour: a question there may close the announcement of an event
    ("Visio jeudi 18h, qui vient ?"); without one, a member naming a call or a form ("happy to do it
    over Zoom, is anyone free?") asks for help and announces nothing."""
    return _names_a_date(analyse(post).text, post.created_at, order)


def proper_name(topic: Topic, name: str, text: str = "") -> str:
    """A lower-cased mention written the way its owner, or the person mentioning them, writes it."""
    for p in topic.posts:
        if p.username.lower() == name.lower():
            return p.username
    m = re.search(rf"@({re.escape(name)})(?![\w.-])", text, re.I)
    return m.group(1) if m else name


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
    trusted = {n.lower() for n in (who, topic.author) if n}
    askers = group.asker_names if group else set()
    theirs = _links_they_have(topic, group) if group else set()
    not_before = _session_start(topic, meetings, group) if "recording" in wanted else None
    asked_text = group.text if group else ""
    asked = things_asked(asked_text)
    other_version_asked = another_version(asked_text)
    chat_asked = _CHAT_ASKED.search(fold(asked_text)) is not None
    by_name = group is not None and not wanted and _by_name(group)
    nouns = things(asked_text) if by_name else frozenset()
    days = _days_asked(group) if group and "recording" in wanted else set()
    call_days = _days_asked(group, weekdays=False) if group and wanted <= {"meeting"} and not any_day else set()
    found: dict[str, Candidate] = {}
    posted_by: dict[str, set[str]] = {}
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
        elif after is not None and 0 < post.post_number - after <= AFTER_WINDOW and not is_request(analyse(post).text):
            source, base = "after", 1.0
        else:
            continue  # not a source: its text is not read
        pointing = pointer_phrase(analyse(post).with_cited) is not None
        for link, sentence, around in _links_given(post, theirs):
            kinds = kinds_of(around)
            if not _eligible(kinds, wanted, source, pointing):
                continue
            own = url_kind(link.url)
            if wanted and own is not None and own not in wanted:
                continue  # a form is no exam page, a call link no recording, whatever the line says
            if source != "after" and posted_by.get(link.url, set()) & addressed(post, topic) - {post.username.lower()}:
                continue  # "@nora your notebook <link> …": the member's own link, spoken of to them
            if chat_invite(link.url) and not chat_asked:
                continue  # a chat group's invite is not the call, the form or the document asked
            clause = _clause_with(sentence, link.url, link.text)
            if _topic_page(link.url, wanted) and not _LINK_WORD.search(fold(clause)):
                continue  # "details are in <topic>": where the call, the recording or the form may be, not it
            named = things_asked(f"{link.text} {clause}") or things_asked(around)
            if asked and named and not asked & named:
                continue  # the GA5 link is no answer to a request for GA6
            if another_version(clause) and not other_version_asked:
                continue  # last term's recording, the mock test: no answer to a request for the thing itself
            if other_version_asked and not another_version(around):
                continue  # the exam itself, this term's call: no answer to a request for a mock or last term's
            if by_name and not nouns & things(around):
                continue  # a request for no kind of link takes only a link said to be of the thing it names
            if days and group and not _of_the_days(days, around, post, group.order):
                continue  # the recording of 3rd Nov is no answer to a request for 8th Nov's
            if call_days and group and not _for_the_days(call_days, clause, post, link, group.order):
                continue  # "link for tomorrow's session" is no answer to a request for today's
            score = base + _kind_score(kinds, wanted) + (1.0 if pointing else 0.0) + post.post_number / 10000
            heading = heading_above(analyse(post).with_cited, link.url, link.text)
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
        if known is not None:
            _keep(found, _as_its_post_says(known, found.get(known.url)))
    return sorted(found.values(), key=lambda c: -c.score)


def _days_asked(group: RequestGroup, weekdays: bool = True) -> set[date]:
    """The days the requests name ("yesterday's session", "the 8th Nov class"); without `weekdays`, not
    those named by a weekday alone ("Thursday's session" written on a Thursday may be read as next week's:
    weekdays are compared as words, `things_asked`)."""
    return {
        d
        for r in group.own
        for d in _days(_unless_weekdays(analyse(r.post).text, weekdays), r.post.created_at, group.order)
    }


def _of_the_days(asked: set[date], around: str, post: Post, order: DateOrder) -> bool:
    """A recording said to be of a day is of one the requests name (a day off allowed; a weekday read
    as to come is the one before: it records a session held); one said to be of none was posted no
    earlier than the day before the first day asked. (A call's link is often the same from one session
    to the next: its days are not compared.)"""
    written = post.created_at.date()
    named = {n - 7 * DAY if n > written else n for n in _days(around, post.created_at, order)}
    if named:
        return any(abs(a - n) <= DAY for a in asked for n in named)
    return written >= min(asked) - DAY


def _for_the_days(asked: set[date], clause: str, post: Post, link: Link, order: DateOrder) -> bool:
    """A call link its words say is for a day (`_link_days`) is for one of the days the requests name; one
    said to be for none may be for any (a call's link is often the same from one session to the next)."""
    named = _link_days(post, clause, link, order)
    return not named or bool(named & asked)


def _given_for(known: Candidate, asked: set[date], order: DateOrder) -> bool:
    """A known meeting's link is, where its post gives it, for one of the days asked (or for no day said)."""
    post = known.post
    link = next((k for k in every_link(post) if k.url == known.url), None) if post is not None else None
    if post is None or link is None:
        return True
    clause = _clause_with(_sentence_with(analyse(post).with_cited, link.url, link.text), link.url, link.text)
    return _for_the_days(asked, clause, post, link, order)


_THANKED = re.compile(r"\b(?:thanks?|thank you|thx|merci)\b[^.!?\n]{0,20}?\b(?:links?|liens?|urls?)\b")
"""A request that thanks for a link ("thanks for the link, do you have the next one?"): the asker has it."""


def _links_they_have(topic: Topic, group: RequestGroup) -> set[str]:
    """The links the askers gave themselves, and those of a post a request replies to while thanking for its
    link: a request made after receiving one link asks for another."""
    have = {link.url for r in group.requests for link in every_link(r.post)}
    for r in group.requests:
        replied = _replied_to(topic, r.post)
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
    wanted = wanted or _announced_kinds(topic)
    found = candidates(topic, bot, wanted, group.first.post_number, who, meetings, group)
    mine = [c for c in found if c.topic_id == topic.id and c.post_number == post.post_number]
    return choose(mine, topic, group, wanted, home=post.post_number)[0]


def _announced_kinds(topic: Topic) -> frozenset[str]:
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


_LINK_WORD = re.compile(r"\b(?:liens?|links?|urls?)\b")


def _by_name(group: RequestGroup) -> bool:
    """The requests name what they want ("I can't find the logs") rather than "the link", which
    means the announcement's own."""
    return not any(_LINK_WORD.search(fold(analyse(r.post).text)) for r in group.requests)


def _session_start(topic: Topic, meetings: Sequence[Meeting], group: RequestGroup | None) -> datetime:
    """The start of the last session of the topic before the request: its recording cannot be older.
    With no session known, the request itself (a recording is posted after someone missed it)."""
    asked = group.first.created_at if group else datetime.max.replace(tzinfo=UTC)
    started = [m.start for m in meetings if m.topic_id == topic.id and m.start <= asked]
    first = topic.post(1)
    return max(started) if started else (first.created_at + timedelta(seconds=1) if first else asked)


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
    found, unsure = choose(every, topic, group, wanted)
    could = tuple(c for c in fitting(every, group, wanted) if c.topic_id == topic.id and c.post_number)
    if wanted and (not _kind_named(group, wanted) or other_than_the_call(group, wanted)):
        return Decision("silent", who=who, why=because("kind_unsure"), could=could)
    if (
        found is not None
        and found.post is not None
        and _still_waiting(group)
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
        replaced = _said_replaced(topic, found, group)
        if replaced is not None:
            why = because("replaced", post=found.post_number, newer=replaced.post_number)
            return Decision("silent", who=who, why=why, could=could)
        later = _next_session(topic, found, group, who, wanted)
        if later is not None:
            why = because("next_session", post=found.post_number, newer=later.post_number)
            return Decision("silent", who=who, why=why, could=could)
        ahead = _none_held_yet(topic, group, meetings) if wanted == {"recording"} else None
        if ahead is not None:
            return Decision("silent", who=who, why=because("not_held_yet", post=ahead.post_number), could=could)
        if wanted <= {"meeting"} and _call_held(found, group):
            why = because("session_over", post=found.post_number)
            return Decision("silent", who=who, why=why, could=could)
        theirs = None if wanted else _addressed_since(topic, group, found, bot)
        if theirs is not None:
            why = because("their_post", post=theirs.post_number, link=found.post_number or 0)
            return Decision("silent", who=who, why=why, could=could)
        asked = _asked_not_of(topic, group, bot, found)
        if asked is not None:
            return Decision("silent", who=who, why=because("theirs_to_answer", name=asked), could=could)
        if not wanted and _not_the_event_link(topic, found, group):
            return Decision("silent", who=who, why=because("not_the_call", post=found.post_number), could=could)
        unnamed = frozenset() if wanted else _things_unsaid(topic, group, found)
        if unnamed:
            why = because("thing_unsaid", post=found.post_number or 0, things=", ".join(sorted(unnamed)))
            return Decision("silent", who=who, why=why, could=could)
        unsaid = _unsaid_purpose(topic, group, found)
        if unsaid:
            why = because("unsaid_purpose", post=found.post_number or 0, words=unsaid)
            return Decision("silent", who=who, why=why, could=could)
        if _guide_asked(group, wanted):
            return Decision("silent", who=who, why=because("guide_asked"), could=could)
        about = _about_else(topic, group, found, wanted)
        if about is not None:
            return Decision("silent", who=who, why=about, could=could)
        declined = _declined_before(topic, group, bot, meetings, found, groups)
        if declined is not None:
            why = because("declined_before", post=declined, link=found.post_number or 0)
            return Decision("silent", who=who, why=why, could=could)
        return Decision("answer", found, who)
    if unsure and not says_dead(group):
        return Decision("silent", who=who, why=unsure, could=could)
    if who is None:
        given = _given_in_thread(topic, group, bot, wanted)
        if given is None:
            return Decision("silent", why=because("no_announcement"), could=could)
        seen = _seen_by_askers(topic, group, given)
        if seen is not None:
            return Decision("silent", why=because("seen_it", post=given.post_number or 0, asker=seen), could=could)
        if _guide_asked(group, wanted):
            return Decision("silent", why=because("guide_asked"), could=could)
        about = _about_else(topic, group, given, wanted)
        if about is not None:
            return Decision("silent", why=about, could=could)
        asked = _asked_not_of(topic, group, bot, given)
        if asked is not None:
            return Decision("silent", why=because("theirs_to_answer", name=asked), could=could)
        return Decision("answer", given)
    if not wanted and _by_name(group):
        why = because("no_kind_named")
        return Decision("silent", who=who, why=why, could=could)
    if not _promised(topic, group, wanted):
        return Decision("silent", who=who, why=because("not_promised"), could=could)
    other = _announced_other(topic, group)
    if other is not None:
        return Decision("silent", who=who, why=other, could=could)
    home = topic.post(announcement_of(group))
    if another_version(group.text) and not (home is not None and another_version(analyse(home).with_cited)):
        return Decision("silent", who=who, why=because("other_version"), could=could)
    if home is not None and home.shown and _PRIVATE_WAY.search(fold(analyse(home).text)):
        return Decision("silent", who=who, why=because("sent_privately", post=home.post_number), could=could)
    ahead = _not_held_yet(topic, group, meetings)
    if ahead is not None:
        return Decision("silent", who=who, why=because("not_held_yet", post=ahead.post_number), could=could)
    other_host = _given_elsewise(topic, group, bot, wanted)
    if other_host is not None:
        return Decision("silent", who=who, why=because("other_host", post=other_host), could=could)
    listed = _named_there(topic, group, wanted)
    if listed is not None:
        return Decision("silent", who=who, why=listed, could=could)
    dated = _for_another_day(topic, group, bot, wanted, who, meetings)
    if dated is not None:
        return Decision("silent", who=who, why=because("other_day", post=dated), could=could)
    addressed = _asked_of_another(topic, group, bot, who)
    if addressed is not None:
        return Decision("silent", who=who, why=because("asked_directly", name=addressed), could=could)
    if all(asks_whether(sentence) for sentence in group.asking):
        return Decision("silent", who=who, why=because("asks_whether"), could=could)
    return Decision("ask", who=who, why=because("none_of_kind"), could=could)


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
    """A document asked about one thing ("is there any tutorial?" after "how can I train my own model?") and a
    link whose own words (its clause, heading and title; the topic's title for the opening post's) speak of none
    of it, the topic's theme aside: another thing's document, so silence."""
    if wanted != {"document"}:
        return None
    asked = [asked_about(sentence, analyse(r.post).text) for r, sentence in zip(group.own, group.asking, strict=True)]
    if not any(asked):
        return None  # the requests say nothing of what their document is about: the topic's theme is not read
    last = group.post_numbers[-1]
    common = theme(analyse(p).text for p in topic.posts if p.is_regular and p.post_number <= last)
    # the opening post's links come with the topic's title ("the slides of the compost workshop" in "Compost workshop")
    opening = topic.title if found.topic_id == topic.id and found.post_number == 1 else ""
    said = link_words(" ".join((found.context, found.heading, found.title or "", opening)), found.url)
    off = off_subject(asked, said, common)
    if not off:
        return None
    words = as_written(off, (analyse(r.post).text for r in group.own))
    return because("off_subject", post=found.post_number or 0, words=", ".join(words))


def _seen_by_askers(topic: Topic, group: RequestGroup, found: Candidate) -> str | None:
    """In a topic opened to ask, an asker who has read the link a reply gave: they posted after it, or it
    answered their own post. Giving it back answers nothing; they ask for another thing (a tutorial for
    one step, the video of one feature) or find that one wrong. Their name, or None. (An announcement's
    link asked again by name, "le lien du sondage svp, je voudrais revoter", is still given.)"""
    post = found.post
    first = group.first
    if post is None or found.topic_id != topic.id or post.post_number >= first.post_number:
        return None
    askers = group.asker_names
    for between in topic.posts:
        if post.post_number < between.post_number < first.post_number and between.username.lower() in askers:
            return between.username
    replied = _replied_to(topic, post)
    return replied.username if replied is not None and replied.username.lower() in askers else None


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
    own = _own_names(group, bot)
    names: set[str] = set()
    pos = 0
    while (m := _OPENING_NAME.match(text, pos)) is not None:
        names.add(m.group(1).lower())
        pos = m.end()
    posters = {p.username.lower() for p in topic.posts if p.post_number < group.first.post_number}
    return (names - own) & posters


def _asked_not_of(topic: Topic, group: RequestGroup, bot: str, found: Candidate) -> str | None:
    """A member the first request opens by naming when the link was posted by none of them: its answer is
    theirs to give. Their name, or None."""
    if found.post is None:
        return None  # a link scribe knows from a meeting, not from a member's post
    asked = _addressed_to(topic, group, bot)
    if not asked or found.post.username.lower() in asked:
        return None
    return sorted(asked)[0]


def _asked_of_another(topic: Topic, group: RequestGroup, bot: str, who: str) -> str | None:
    """The member the first request asks directly, by name or by replying to their post, when it is not the
    announcer scribe would ask ("@bob, is it possible for you to provide a sample data set?"): that member was
    asked, and pinging the announcer asks the wrong person. Their name, or None."""
    first = group.first
    own = _own_names(group, bot)
    named = [n for n in sorted(analyse(first).mentions) if n not in own]
    replied = _replied_to(topic, first)
    if replied is not None and replied.username.lower() not in own and replied.post_number != 1:
        named.append(replied.username)
    others = [n for n in named if n.lower() != who.lower()]
    if not others or not any(_SECOND_PERSON.search(fold(sentence)) for sentence in group.asking):
        return None
    return others[0]


def _for_another_day(
    topic: Topic, group: RequestGroup, bot: str, wanted: frozenset[str], who: str | None, meetings: Sequence[Meeting]
) -> int | None:
    """The post giving a call link that is not for the day the requests name, only for another day's
    session: the link may well be the same for every session, so the announcer is not told none is there."""
    if not wanted <= {"meeting"} or not _days_asked(group, weekdays=False):
        return None
    every = candidates(topic, bot, wanted, group.first.post_number, who, meetings, group, any_day=True)
    return next((c.post_number for c in every if c.topic_id == topic.id and c.post_number), None)


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
            if _ANY_PURPOSE.fullmatch(word) or families(word) or kinds_of(word) or _WEEKDAY.search(word):
                continue
            if not re.search(rf"(?<![a-z0-9]){re.escape(word.rstrip('s'))}", said):
                words.append(word)
    return ", ".join(unique(words))


def _said_with(topic: Topic, found: Candidate) -> list[str]:
    """The words a link comes with: the topic's title, the link's clause, the heading above it and its title."""
    return [topic.title, found.context, found.heading, found.title or ""]


def _things_named(group: RequestGroup) -> frozenset[str]:
    """The things the requests' asking sentences name ("a link to the source code" names the code)."""
    return frozenset().union(*(things(sentence) for sentence in group.asking))


def _things_unsaid(topic: Topic, group: RequestGroup, found: Candidate) -> frozenset[str]:
    """Requests naming no kind of link but a thing ("is there a link to the source code?") and a link whose words,
    heading and topic title name none of it: the only link of the announcement is then another thing's. The
    things the requests name, or none when the link's words name one of them."""
    named = _things_named(group)
    said = things(" ".join(_said_with(topic, found)))
    return named if named and not named & said else frozenset()


def _spoken_of(topic: Topic, group: RequestGroup, bot: str, wanted: frozenset[str]) -> int | None:
    """The first request replies to a member's post that speaks of a thing of the kind asked without giving its
    link ("I also filled the mentorship form yesterday" → "where is the link for the mentorship form?"): the
    request asks that member for what they spoke of, not for the announcement's link. A member here is not staff,
    not the topic's author, not an asker, and their post asks for no link itself. Its post."""
    first = group.first
    replied = _replied_to(topic, first)
    if replied is None or replied.post_number == 1 or not replied.shown or replied.staff:
        return None
    if replied.username.lower() in _insiders(topic, group, bot):
        return None
    text = analyse(replied).text
    if is_request(text) or any(usable(link.url) for link in every_link(replied)):
        return None
    spoken = kinds_of(text)
    return replied.post_number if (spoken & wanted if wanted else spoken) else None


_PRIVATE_WAY = re.compile(
    r"\b(?:links?|urls?|invite|invitation|liens?)\b[^.!?\n]{0,80}?"
    r"(?:\b(?:personal|private|direct) (?:messages?|chats?)\b|\bdms?\b|"
    r"\b(?:whatsapp|telegram|signal) (?:group|channel)s?\b|\b(?:the|your) (?:dashboard|student portal)\b|"
    r"\b(?:selected|registered|shortlisted) (?:students|participants|candidates)\b|"
    r"\b(?:aux|les) (?:inscrits|inscrites|adherents|adherentes|participants)\b|\bmessages? prives?\b|\ben mp\b|"
    r"\bgroupe (?:whatsapp|telegram|signal)\b)"
)
"""The announcement says its link reaches people another way than the topic, or only some of them ("sent to each
of you by personal message", "shared in the WhatsApp group", "on your dashboard", "envoyé aux adhérents"): asking
its author in public to add it to the topic would be asking to publish what was not meant for every reader."""


def _announced_other(topic: Topic, group: RequestGroup) -> Reason | None:
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


def _not_held_yet(topic: Topic, group: RequestGroup, meetings: Sequence[Meeting]) -> Meeting | None:
    """The topic's meeting, announced before the requests, that had not started when they asked for
    what only its holding makes (its recording, its minutes): nothing to ask the announcer for yet. The
    call's own words only name whose they are ("le compte-rendu de la visio")."""
    made = (families_asked(group) or families(group.text)) - {"call"}
    if not made or not made <= {"recording", "notes"}:
        return None
    asked_at = group.first.created_at
    return next((m for m in _announced_before(topic, group, meetings) if m.start > asked_at), None)


def _announced_before(topic: Topic, group: RequestGroup, meetings: Sequence[Meeting]) -> list[Meeting]:
    """The topic's sessions, not called off, announced before the requests."""
    first = group.first.post_number
    return [m for m in meetings if m.topic_id == topic.id and not m.cancelled and m.post_number < first]


def _none_held_yet(topic: Topic, group: RequestGroup, meetings: Sequence[Meeting]) -> Meeting | None:
    """The first session the topic announced before the requests, when every one was still to come as they asked
    for a recording: none exists yet, and a video the thread links (an older workshop's, a product page's) is not
    it. None when one was held."""
    announced = _announced_before(topic, group, meetings)
    if any(m.start <= group.first.created_at for m in announced):
        return None
    return min(announced, key=lambda m: m.start, default=None)


def _named_there(topic: Topic, group: RequestGroup, wanted: frozenset[str]) -> Reason | None:
    """The announcement gives a link of the kind asked whose own words name what the requests name
    ("Session 6: <video>" for "the session 6 recording"), one the rules of an answer left out (a
    recording posted before the session known): an ask saying it is missing would be false. Why, naming its
    post; else whether a post before the requests gives one of that kind (`_kind_there`)."""
    home = topic.post(announcement_of(group))
    asked = things_asked(group.text)
    if not wanted or home is None or not home.shown:
        return None
    text = analyse(home).with_cited
    for link, sentence, around in _links_given(home, _links_they_have(topic, group)):
        if not (kinds_of(around) & wanted or url_kind(link.url) in wanted):
            continue
        clause = _clause_with(sentence, link.url, link.text)
        named = things_asked(f"{link.text} {clause}") or things_asked(heading_above(text, link.url, link.text))
        if asked & named:
            return because("named_there", post=home.post_number)
    return _kind_there(topic, group, wanted)


def _kind_there(topic: Topic, group: RequestGroup, wanted: frozenset[str]) -> Reason | None:
    """The requests name no session, day or assignment and do not say theirs is dead, and a post before them
    (the announcement or anyone's but the askers') gives a link of the kind asked by its host (a video, a form,
    a call) not said to be another term's: "Week 3 session recording: <video>" for "the recording link", a
    member's "the meet link is <call>" for "kindly share the meeting link". Left out as an answer (posted
    before the session known, or unvouched for), it is still there: an ask saying it is missing would be
    false. Why, naming its post."""
    if things_asked(group.text) or _days_asked(group) or says_dead(group):
        return None
    askers = group.asker_names
    theirs = _links_they_have(topic, group)
    for post in topic.posts:
        if post.post_number >= group.first.post_number:
            break
        if not post.shown or post.username.lower() in askers:
            continue
        for link, sentence, _ in _links_given(post, theirs):
            if url_kind(link.url) in wanted and not another_version(_clause_with(sentence, link.url, link.text)):
                return because("kind_there", post=post.post_number)
    return None


UNSURE = frozenset(
    {
        "release",
        "newer",
        "replaced",
        "next_session",
        "session_over",
        "not_the_call",
        "other_thing",
        "named",
        "several",
        "several_unnamed",
        "unnamed",
        "named_there",
        "kind_there",
        "other_host",
        "dead",
        "declined_before",
        "spoken_of",
        "unsaid_purpose",
        "off_subject",
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


def _not_the_event_link(topic: Topic, c: Candidate, group: RequestGroup) -> bool:
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


def _given_elsewise(topic: Topic, group: RequestGroup, bot: str, wanted: frozenset[str]) -> int | None:
    """The announcement gives a link its words call the thing asked, on a site of another kind (a
    session streamed on YouTube): no answer, and no ask saying the link is not there. Its post."""
    home = topic.post(announcement_of(group))
    if not wanted or home is None or not home.shown or home.username.lower() == bot.lower():
        return None
    for link, _, around in _links_given(home, _links_they_have(topic, group)):
        if kinds_of(around) & wanted and url_kind(link.url) not in (None, *wanted):
            return home.post_number
    return None


def _said_replaced(topic: Topic, found: Candidate, group: RequestGroup) -> Post | None:
    """A post between the link's and the requests that says a link is dead, has changed or a new one comes
    ("a new link will be shared", "that link is not working, we are in this one: …"), not giving the link
    found again: the link found may be the one it replaces (and a member's new link is unvouched for)."""
    if found.topic_id != topic.id or not found.post_number:
        return None
    for post in topic.posts:
        if not found.post_number < post.post_number < group.first.post_number or not post.shown:
            continue
        if says_replaced(analyse(post).text) and found.url not in {link.url for link in every_link(post)}:
            return post
    return None


def _next_session(
    topic: Topic, found: Candidate, group: RequestGroup, who: str | None, wanted: frozenset[str]
) -> Post | None:
    """A call link given for a session over before the requests, when a later post of the announcer or
    staff announces a session still to come without a link: the link asked is that session's, and last
    week's call link is no answer ("Week 2 session tomorrow 7 PM, link will be shared")."""
    post, asked = found.post, group.first.created_at
    if post is None or found.topic_id != topic.id or not wanted <= {"meeting"}:
        return None
    if not _call_of_a_session_over(found, group):
        return None
    trusted = {n.lower() for n in (who, topic.author) if n}
    for later in topic.posts:
        if not post.post_number < later.post_number < group.first.post_number or not later.shown:
            continue
        if not (later.staff or later.username.lower() in trusted) or carries_link(later):
            continue
        if any(_over(d) >= asked for d in _dates(analyse(later).text, later.created_at, group.order)):
            return later
    return None


_RECURRING = re.compile(
    r"\b(?:every|each|weekly|daily|fortnightly|all (?:the )?(?:sessions|classes)|same link|chaque|tous les|"
    r"toutes les|hebdomadaires?)\b"
)
"""A post whose call link serves sessions that come back ("every Tuesday", "same link for all sessions")."""


def _call_held(c: Candidate, group: RequestGroup) -> bool:
    """A call link of sessions all over when the requests came, none said to come back ("every Tuesday",
    "same link for all sessions"): asked for after, it is no answer (the recording or the next call's
    link may be what is wanted)."""
    if "recording" in c.kinds or url_kind(c.url) not in (None, "meeting") or c.post is None:
        return False
    return _call_of_a_session_over(c, group) and not _RECURRING.search(fold(analyse(c.post).text))


def _call_of_a_session_over(c: Candidate, group: RequestGroup) -> bool:
    """A call link from a post whose every session was over when the requests came (last week's)."""
    call = "meeting" in c.kinds or url_kind(c.url) == "meeting"
    return call and c.post is not None and _sessions_over(c.post, group.first.created_at, group.order)


EARLIER_KINDS = frozenset({"recording", "document", "registration"})
"""The kinds of link a reply may already have given in a topic opened to ask: not a call's link,
which changes with each session, nor an exam's, which changes with each term."""


def _given_in_thread(topic: Topic, group: RequestGroup, bot: str, wanted: frozenset[str]) -> Candidate | None:
    """A link the thread already gave for what the requests ask (`_earlier_answer`, `_restated_answer`):
    only for kinds of link that stay the same from one day to the next (`EARLIER_KINDS`), asked naming no
    day, time or session (`_timeless`), by askers who do not say their link is dead."""
    if not wanted or not wanted <= EARLIER_KINDS or says_dead(group) or not _timeless(group):
        return None
    return _earlier_answer(topic, group, bot, wanted) or _restated_answer(topic, group, bot, wanted)


def _insiders(topic: Topic, group: RequestGroup, bot: str) -> set[str]:
    """The askers, scribe and the topic's author, lower-cased: what they post is no member's answer to the
    requests, nor a member's word the requests could be asking about."""
    return group.asker_names | {bot.lower(), (topic.author or "").lower()}


def _earlier_answer(topic: Topic, group: RequestGroup, bot: str, wanted: frozenset[str]) -> Candidate | None:
    """In a topic opened to ask, the link an earlier reply gave whose own words (its address aside)
    name all the request names ("a video tutorial here: …" for "is there a video tutorial?"), posted
    by staff or by a member answering there (the topic's author and whoever asked in it are not),
    when it is the only such link and not one the askers have (thanked for): the thread already holds
    the answer."""
    named = families_asked(group)
    if not named:
        return None
    asked = things_asked(group.text)
    before = [p for p in topic.posts if p.shown and p.post_number < group.first.post_number]
    asking = {p.username.lower() for p in before if is_request(analyse(p).text)}
    excluded = asking | _insiders(topic, group, bot)
    theirs = _links_they_have(topic, group)
    found: dict[str, Candidate] = {}
    for post in before:
        if post.username.lower() in excluded:
            continue
        for link, sentence, around in _links_given(post, theirs):
            kinds, own = kinds_of(around), url_kind(link.url)
            if not (kinds & wanted or own in wanted) or (own is not None and own not in wanted):
                continue
            words = _BARE_URL.sub(" ", f"{link.text} {sentence}")
            if not named <= families(words) or not _same_things(asked, things_asked(around)):
                continue
            found[link.url.rstrip("/").lower()] = Candidate(
                link.url, 1.0, kinds, "earlier", topic.id, post.post_number, post, context=around
            )
    return next(iter(found.values())) if len(found) == 1 else None


_WHEN = re.compile(
    r"\b(?:today'?s?|tonight'?s?|yesterday'?s?|tomorrow'?s?|latest|most recent|hier|demain|aujourd'?hui|ce soir|"
    r"dernier(?:e|s|es)?|(?:last|this|next) (?:week|class|session)|(?:la )?semaine (?:derniere|prochaine))\b"
)
_SESSION = re.compile(r"\b(?:sessions?|class(?:es)?|lectures?|live|meetings?|calls?|webinars?|seances?|visios?)\b")


def _timeless(group: RequestGroup) -> bool:
    """The requests name no day or time ("yesterday's", "on 11th Feb", "the latest"), nor, asking for a
    recording, a session: what they ask is the same from one day to the next, and an answer given
    days before still fits."""
    for r in group.own:
        text = analyse(r.post).text
        folded = fold(text)
        if _WHEN.search(folded) or _names_a_date(text, r.post.created_at, group.order):
            return False
        if "recording" in r.kinds and _SESSION.search(folded):
            return False
    return True


def _same_things(asked: set[str], named: set[str]) -> bool:
    """A link names the thing asked: one of the GAs, sessions or days the request names; or, the
    request naming none, the link names none either (the slides of week 4 are no answer to "the slides")."""
    return bool(asked & named) if asked or named else True


def _restated_answer(topic: Topic, group: RequestGroup, bot: str, wanted: frozenset[str]) -> Candidate | None:
    """In a topic opened with a request, the one link of the reply that answered its opener: a later
    request for the same kind of link, naming the same things as the opening request (the same GA,
    session or day; a "+1" adds none) and no time, asks the topic's question again. None when that
    reply carries several links, is not addressed to the opening askers (a reply, a quote or a
    mention), gives a link of another kind or a single video, or someone said since that its link does
    not work."""
    opening = group_of(request_groups(topic, bot, upto=group.first.post_number - 1, order=group.order), 1)
    if opening is None or wanted_kinds(opening.kinds) != wanted:
        return None
    said = [" ".join(analyse(r.post).text for r in g.own) for g in (opening, group)]
    if things_asked(said[0]) != things_asked(said[1]) or not _timeless(opening):
        return None
    answer = human_answer(topic, opening, bot)
    if answer is None or answer.post_number >= group.first.post_number or not _addresses(answer, opening, topic):
        return None
    between = [p for p in topic.posts if answer.post_number < p.post_number < group.first.post_number]
    if any(p.is_regular and dead_words(analyse(p).text) for p in between):
        return None  # someone said since that the link does not work
    theirs = _links_they_have(topic, opening) | _links_they_have(topic, group)
    urls = unique(link.url for link in every_link(answer) if usable(link.url) and link.url not in theirs)
    own = url_kind(urls[0]) if len(urls) == 1 else None
    if len(urls) != 1 or (own is not None and own not in wanted) or own == "recording":
        return None  # one video is one session's: a later request may mean another
    context = _sentence_with(analyse(answer).with_cited, urls[0], "")
    return Candidate(urls[0], 1.0, kinds_of(context), "restated", topic.id, answer.post_number, answer, context=context)


def _addresses(post: Post, group: RequestGroup, topic: Topic) -> bool:
    """The post answers the group: it replies to, quotes or mentions one of its requests' authors."""
    return bool(group.asker_names & addressed(post, topic))


def addressed(post: Post, topic: Topic) -> set[str]:
    """Whom a post speaks to, lower-cased: the author of the post it replies to, those it quotes or
    mentions (the forum tells each of them)."""
    read = analyse(post)
    replied = _replied_to(topic, post)
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
            and not _call_of_a_session_over(c, group)
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


def command_group(
    topic: Topic,
    post: Post,
    kinds: frozenset[str],
    bot: str,
    sessions: Sequence[Meeting],
    order: DateOrder,
) -> RequestGroup:
    """A direct command ("@scribe lien", "@scribe link slides") as a request: with the burst of
    requests it replies to, whose words say what is asked, else alone."""
    replied = post.reply_to_post_number
    earlier = (
        group_of(request_groups(topic, bot, upto=post.post_number - 1, sessions=sessions, order=order), replied)
        if replied
        else None
    )
    if earlier is None:
        return RequestGroup([Request(post, False, kinds)], order)
    # naming nothing, the command agrees with the requests it replies to
    return RequestGroup([*earlier.requests, Request(post, not kinds, kinds)], order)


_WAITING = re.compile(
    r"\b(?:yet|still|enabled|awaiting|waiting|not (?:been )?(?:released|uploaded|opened|available)|encore|toujours|"
    r"pas encore)\b"
    r"|\bwill\b[^.!?\n]{0,40}\b(?:be|get) (?:made )?(?:shared|posted|uploaded|available|released|recorded|sent|"
    r"published)\b|\b(?:sera|seront)\b[^.!?\n]{0,30}\b(?:partagee?s?|publiee?s?|envoyee?s?|enregistree?s?|disponibles?)\b"
)


def _still_waiting(group: RequestGroup) -> bool:
    """The askers wait for something to be released ("is the exam link enabled yet?"): what the
    announcement already gave is not it."""
    return any(_WAITING.search(fold(analyse(r.post).text)) for r in group.requests)


def human_answer(topic: Topic, group: RequestGroup, bot: str) -> Post | None:
    """A member's post after the group's first request that answers it: it replies to or quotes
    a request, carries a link (shown as a onebox or not), or comes from staff or the announcer (scribe catching up on a
    topic sees the answers written meanwhile)."""
    askers = group.asker_names
    asked = set(group.post_numbers)
    first = topic.post(1)
    author = first.username.lower() if first else ""
    for post in topic.posts:
        if post.post_number <= group.first.post_number or not post.shown:
            continue
        if post.username.lower() in askers | {bot.lower()} or post.post_number in asked:
            continue
        read = analyse(post)
        if bot.lower() in read.mentions:
            continue  # addressed to scribe, not an answer
        quoted = any(q.post_number in asked for q in read.quotes)
        if (
            post.reply_to_post_number in asked
            or quoted
            or post.staff
            or post.username.lower() == author
            or any(usable(link.url) for link in every_link(post))  # a onebox too: the link is there
        ):
            return post
    return None


def sorted_out(topic: Topic, group: RequestGroup) -> Post | None:
    """An asker's later post saying their trouble is over ("got it now, it was in the mail") and asking
    nothing new: scribe catching up on the thread has nothing left to give them, nor anyone to ping. A
    trouble it names as one of another kind of link than asked ("the form issue got sorted" after asking
    for the call's link) is not the request's."""
    askers = group.asker_names
    for post in topic.posts:
        if post.post_number <= group.first.post_number or group.contains(post.post_number):
            continue
        if not post.shown or post.username.lower() not in askers:
            continue
        folded = fold(analyse(post).text)
        rest = after_solved(folded)
        if rest != folded and not is_request(rest) and not _other_trouble(folded, group):
            return post
    return None


def _kind_named(group: RequestGroup, wanted: frozenset[str]) -> bool:
    """A request names the kind asked in the very sentence that asks, or asks there for "the link" of what
    the rest of its post speaks of (or a model, or a command's words, gave that kind). A kind read only
    elsewhere in a post whose asking sentence names something else ("…even GA2 was hard. Is there any
    complete guide?") is a guess: a link of that kind is no answer, and an ask would name it in public."""
    for r in group.own:
        text = analyse(r.post).text
        sentence = request_sentence(text)
        by_name = not r.judged and sentence is not None and not _LINK_WORD.search(fold(sentence))
        if (sentence_kinds(text) if by_name else r.kinds) & wanted:
            return True
    return False


def _promised(topic: Topic, group: RequestGroup, wanted: frozenset[str]) -> bool:
    """The announcement speaks of the link asked for (or points at one it lacks), or the askers
    say it is missing from it."""
    if any(says_missing(analyse(r.post).text) for r in group.requests):
        return True
    first = topic.post(1)
    if first is None:
        return False
    if forgotten_link(first) is not None:
        return True
    kinds = _announced_kinds(topic)
    if "recording" in wanted and "meeting" in kinds and any(_held_asked(r) for r in group.requests):
        return True  # the session announced is the one asked for, held since: its recording is what lacks
    return bool(kinds & wanted) if wanted else bool(kinds & MEETING_KINDS)


def _other_trouble(folded: str, group: RequestGroup) -> bool:
    """The trouble a post says is over is named as one of another kind of link than the requests ask."""
    about = kinds_of(trouble_over(folded))
    return bool(about and group.kinds and not about & group.kinds)


def _held_asked(request: Request) -> bool:
    """The request asks for the link of a session it says was held."""
    return not request.judged and _asks_for_held(request_sentence(analyse(request.post).text) or "")


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
    if not same_topic and not (title and _same_subject(title, topic.title)):
        return None
    kinds = kinds_of(f"{url} {title or ''}") | {"meeting"}
    if wanted and not kinds & wanted:
        return None
    post_number = meeting.post_number or None
    post = topic.post(post_number) if same_topic and post_number else None
    score = (4.0 if same_topic else 2.0) + _kind_score(kinds, wanted)
    return Candidate(url, score, frozenset(kinds), "meeting", meeting.topic_id, post_number, post, title, title or "")


def _same_subject(a: str, b: str) -> bool:
    """Two titles about the same thing: alike, and naming the same assignments, weeks, sessions and days
    ("GA4 doubt session" is another session than "GA5 doubt session", however alike they read)."""
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(fold(a), fold(b)) >= 85 and things_asked(a) == things_asked(b)
