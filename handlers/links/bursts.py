"""Requests for a link and their bursts: which posts ask, which agree with a request before them, where a
burst ends, and who announced what they ask about (the one to add the link)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from bot.dateorder import DateOrder
from bot.models import Post, Topic
from bot.text import analyse, every_link, fold
from handlers.links.answer import announcement_of, lacking, unhad
from handlers.links.days import names_a_date
from handlers.links.forgotten import forgotten_link
from handlers.links.given import carries_link, usable
from handlers.links.text import (
    MEETING_KINDS,
    asked_in_turn,
    asks_session_upload,
    bound_kinds,
    copied_from,
    held_event,
    is_agreement,
    is_request,
    kinds_of,
    mail_not_come,
    names_mail,
    no_call_in_a_chat,
    offer_asked,
    own_trouble,
    pointer_phrase,
    request_sentence,
    states_status,
    subjects,
    wanted_kinds,
)
from handlers.meetings.meeting import Meeting

AGREEMENT_DISTANCE = 1
"""A "+1" that replies to no post counts as a request only right after one (in a busy thread the
posts further down are about something else)."""
GROUP_GAP = timedelta(days=2)
"""Requests further apart than this are separate bursts."""
UNNAMED_DISTANCE = 6
"""A request naming no kind of link joins a burst (or is joined by one naming a kind) only with fewer people's posts
than this between them, unless it replies to it: "le lien svp ?" a few posts after "où est le lien de la visio ?"
asks for it again; "what is the base url?" forty posts after requests for a recording asks for something else."""


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
            is_request(text)
            and not _quotes_earlier(topic, post, text)
            and not _echoes_trouble(topic, post, text)
            and not _asks_opener_for_theirs(topic, post, text)
        ) or (offer_asked(text) == "open" and _held_before(post, sessions))
        asks = by_rules or post.post_number in confirmed
        if asks and open_group and post.reply_to_post_number in open_group.post_numbers and states_status(text):
            asks = False  # "not uploaded yet" in reply to the request answers it
        if asks and not post.staff:  # staff give links; their "share your URL" asks for a member's
            # a request only a model saw has the kind the model gave, not the kinds its words happen to name
            kinds = _asked_kinds(text) if by_rules else confirmed.get(post.post_number, frozenset())
            request = Request(post, False, kinds, judged=not by_rules)
            if open_group and _in_time(post, open_group) and _joins(topic, request, open_group):
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
        if open_group and (
            is_resolution(post, topic, bot, announcer_of(open_group)) or _asker_served(topic, post, open_group)
        ):
            open_group = None
    return groups


_SERVED = re.compile(
    r"^[^?]{0,40}?\b(?:merci|ca marche|ca fonctionne|c'est bon|trouve|parfait|thanks?|thank you|got it|it works|"
    r"works now)\b[^?]*$"
)
"""An asker's few words of thanks, with no question ("Ça marche, merci !", "Trouvé, merci")."""


def _asker_served(topic: Topic, post: Post, group: RequestGroup) -> bool:
    """One of the burst's askers thanks after someone gave a link since their request ("Il y a une coquille, c'est
    <link>", then "Ça marche, merci !"): the burst is over, and whoever asks after it asks anew."""
    if post.username.lower() not in group.asker_names:
        return False
    last = group.requests[-1].post.post_number
    given = any(last < p.post_number < post.post_number and carries_link(p) for p in topic.posts)
    return given and _SERVED.search(fold(analyse(post).text).strip()) is not None


def _in_time(post: Post, group: RequestGroup) -> bool:
    """The post comes within the burst's time: at most `GROUP_GAP` after its last request."""
    return post.created_at - group.requests[-1].post.created_at <= GROUP_GAP


_AND_THEN = re.compile(r"\W*(?:et|and)\b")
"""A request opening on "and", naming its kind, after one naming none ("Et il y aura un replay ?"): another link."""


def _joins(topic: Topic, request: Request, group: RequestGroup) -> bool:
    """A request in its own words joins the burst open before it when both name the same kind of link; when one of
    them names none, only when it replies to the burst or comes within `UNNAMED_DISTANCE` posts of it: in a busy
    thread "what is the base url?" forty posts after a request for a recording asks for something else."""
    theirs, mine = wanted_kinds(group.kinds), wanted_kinds(request.kinds)
    if theirs and mine:
        return theirs == mine
    post = request.post
    if mine and _AND_THEN.match(fold(analyse(post).text)):
        return False  # "c'est quoi le lien pour la table ronde de ce soir ?", then "Et il y aura un replay ?"
    if mine and _replied_between(topic, post, group):
        return False
    return post.reply_to_post_number in group.post_numbers or _within(topic, post, group, UNNAMED_DISTANCE)


def _replied_between(topic: Topic, post: Post, group: RequestGroup) -> bool:
    """Someone who did not ask replied to the burst before the post: "je peux avoir le lien ?", answered "je t'ai
    renvoyé l'invitation", then "le pad, il est où ?" asks for the pad, not the call's link again."""
    last = group.requests[-1].post.post_number
    askers = group.asker_names
    return any(
        last < p.post_number < post.post_number
        and p.is_regular
        and p.username.lower() not in askers
        and p.reply_to_post_number in group.post_numbers
        for p in topic.posts
    )


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
    if not is_agreement(text) or LINK_WORD.search(sentence) or _ASKS_TOO.search(sentence):
        return False
    replied = replied_to(topic, post)
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


_OPENERS_OWN = re.compile(
    r"\b(?:provide|share|send|post|upload|attach|give|have|make|record|take)\s+(?:me |us )?(?:[\w/-]+ ){0,4}?"
    r"(?:data ?sets?|sample data|test data|(?:sample|example|test) (?:files?|scenes?|images?|volumes?|cases?)|"
    r"screenshots?|screen ?recordings?|(?:images?|screenshots?) ?(?:/|and/or|or|and) ?videos?|"
    r"(?:step[- ]by[- ]step |end[- ]to[- ]end |detailed |exact )?(?:instructions|steps) (?:to (?:replicate|reproduce)|"
    r"on what you did|that reproduce))\b"
)
"""What a helper asks a topic's opener to give of their own: their data, a sample of their case, a capture of what
happens, the steps to reproduce it."""
_TO_YOU = re.compile(
    r"\b(?:you|u|your)\b|\b(?:please|pls|kindly|is it possible to) (?:provide|share|send|upload|post|attach|give)\b"
)


def _asks_opener_for_theirs(topic: Topic, post: Post, text: str) -> bool:
    """A reply by someone else than the topic's opener, asking them (in the second person, or with "please provide")
    for their own data, a capture or the steps to reproduce: "could you provide sample data sets that I can test
    with", "can you post screenshots and/or videos", "please provide a sample dataset". The helper asks the member
    to make or share it; no link to it exists."""
    if post.post_number == 1 or post.username.lower() == (topic.author or "").lower():
        return False
    sentence = request_sentence(text) or ""
    return bool(_OPENERS_OWN.search(sentence) and _TO_YOU.search(sentence))


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
    slides?" asks for slides); the whole post's when that sentence names none, but those it says it has."""
    return no_call_in_a_chat(sentence_kinds(text), fold(text)) or kinds_of(lacking(text)) - kinds_had(text)


_HAD_THING = (
    r"formulaires?|form|inscriptions?|visio|replays?|enregistrements?|slides|diapos?|supports?|compte[- ]rendus?|cr|"
    r"programmes?|sondages?|pad|tableur|tableau|carte|billetterie"
)
_LINK_OF = r"(?:lien (?:du |de la |de l'|des )?)?"
_HAD = re.compile(
    rf"\b(?:le|la|les|l')\s*{_LINK_OF}({_HAD_THING})\b,?\s*(?:je l'ai|je les ai|on l'a|on les a)\b|"
    rf"\bj'ai (?:deja |bien )?(?:le|la|les|l')\s*{_LINK_OF}({_HAD_THING})\b"
)
"""The asker saying which link they have ("(le formulaire je l'ai, c'est la carte que je cherche)", "j'ai déjà le
lien de la visio"): not the one they ask for."""


_REGISTERED = re.compile(
    r"\b(?:je me suis|je suis|on s'est|on est|nous nous sommes|nous sommes) (?:bien |deja )?inscrite?s?\b|"
    r"\bj'ai (?:bien |deja )?rempli (?:le|ton|votre) (?:formulaire|form)\b"
)
"""The asker saying they registered ("Je me suis inscrite mais j'ai rien reçu"): the form is behind them."""


def kinds_had(text: str) -> frozenset[str]:
    """The kinds of link the askers say they have (`_HAD`), the registration form when they say they
    registered (`_REGISTERED`)."""
    folded = fold(text)
    had = (kinds_of(next(g for g in m.groups() if g)) for m in _HAD.finditer(folded))
    registered = {"registration"} if _REGISTERED.search(folded) else set()
    return frozenset(registered).union(*had)


_TOO_LATE = re.compile(
    r"\b(?:pas|jamais) (?:pu|eu le temps de|reussi a) (?:m'|nous |s')inscrire a temps\b"
    r"|\b(?:j'ai|on a) (?:loupe|rate) (?:les|l') ?inscriptions?\b"
)
"""Registering said missed ("j'ai pas pu m'inscrire à temps, vous pouvez partager les slides ?"): why the asker
lacks the session's papers, not a form asked for."""


def sentence_kinds(text: str) -> frozenset[str]:
    """The kinds of link the sentence that asks names itself, but a registration it says was missed
    (`_TOO_LATE`). The link of a session it says was held ("the session link in which you discussed this",
    "the link of yesterday's class"), naming nothing else, is its recording: the call is over."""
    sentence = request_sentence(text) or ""
    if asks_for_held(sentence):
        return frozenset({"recording"})
    lacked = _TOO_LATE.sub(" ", unhad(sentence))
    return bound_kinds(lacked) or kinds_of(lacked)


def asks_for_held(sentence: str) -> bool:
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


def replied_to(topic: Topic, post: Post) -> Post | None:
    """The post `post` replies to, when it replies to one this topic has."""
    return topic.post(post.reply_to_post_number) if post.reply_to_post_number else None


def _follows(topic: Topic, post: Post, group: RequestGroup) -> bool:
    """A "+1" agrees with the request it replies to; one replying to another post agrees with that
    post (in a busy thread, "same issue" a post after a request is usually about someone's error).
    The distance counts people's posts only: a moderator moving or retagging the topic says nothing."""
    if post.reply_to_post_number:
        return post.reply_to_post_number in group.post_numbers
    return _within(topic, post, group, AGREEMENT_DISTANCE)


def _within(topic: Topic, post: Post, group: RequestGroup, distance: int) -> bool:
    """The post comes after the burst's last request with fewer than `distance` people's posts between them."""
    last = group.requests[-1].post.post_number
    between = sum(1 for p in topic.posts if last < p.post_number < post.post_number and p.is_regular)
    return last < post.post_number and between < distance


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
        excluded = askers | {bot.lower()}
        return _forgetful_named(topic, group, excluded) or _replied_staff(topic, group, excluded) or first.username
    for request in group.requests:
        for name in sorted(analyse(request.post).mentions):
            if name not in askers and name != bot.lower() and name not in ("all", "here"):
                return proper_name(topic, name, analyse(request.post).text)
    if topic.created_by and topic.created_by.lower() not in askers:
        return topic.created_by
    return None


def _forgetful_named(topic: Topic, group: RequestGroup, excluded: set[str]) -> str | None:
    """The member a request names who, in a later post before it, pointed at a link and forgot it ("the new Meet
    link is below" by the TA taking the session over, then "@shreya_ta new link is not in the post"), or who did so
    in the post right before it ("New link below…" then "where is new link?? nothing is below"), or the staff member
    who, right before it, spoke of the thing asked without its link ("Voici le compte-rendu de l'AGE :" then "il
    manque le lien du CR"): that post is the announcement the request is about."""
    first = group.first
    earlier = [p for p in topic.posts if p.post_number < first.post_number and p.shown]
    replies = earlier[1:] if earlier and earlier[0].post_number == 1 else earlier
    named = sorted(analyse(first).mentions - excluded)
    forgot = next(
        (p for name in named for p in replies if p.username.lower() == name and forgotten_link(p) is not None), None
    )
    if forgot is not None:
        return forgot.username
    before = earlier[-1] if earlier else None
    if before is None or before.post_number == 1 or before.username.lower() in excluded:
        return None
    wanted = wanted_kinds(group.kinds)
    about_it = before.staff and not carries_link(before) and bool(wanted & kinds_of(analyse(before).text))
    return before.username if about_it or forgotten_link(before) is not None else None


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
    return names_a_date(analyse(post).text, post.created_at, order)


def proper_name(topic: Topic, name: str, text: str = "") -> str:
    """A lower-cased mention written the way its owner, or the person mentioning them, writes it."""
    for p in topic.posts:
        if p.username.lower() == name.lower():
            return p.username
    m = re.search(rf"@({re.escape(name)})(?![\w.-])", text, re.I)
    return m.group(1) if m else name


LINK_WORD = re.compile(r"\b(?:liens?|links?|urls?)\b")


def command_group(
    topic: Topic,
    post: Post,
    kinds: frozenset[str],
    bot: str,
    sessions: Sequence[Meeting],
    order: DateOrder,
    *,
    also: bool = False,
) -> RequestGroup:
    """A direct command ("@scribe lien", "@scribe link slides") as a request: with the burst of
    requests it replies to, whose words say what is asked, else alone. `also`: the command opens on "and"
    ("@scribe et le pad aussi stp"): naming a thing, it asks for another than the burst's."""
    replied = post.reply_to_post_number
    earlier = (
        group_of(request_groups(topic, bot, upto=post.post_number - 1, sessions=sessions, order=order), replied)
        if replied and not (also and kinds)
        else None
    )
    if earlier is None:
        return RequestGroup([Request(post, False, kinds)], order)
    # naming nothing, the command agrees with the requests it replies to
    return RequestGroup([*earlier.requests, Request(post, not kinds, kinds)], order)
