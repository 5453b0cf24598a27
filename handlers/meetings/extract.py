"""Meetings read from a post: which dates are meetings, their title, link and status.

A date is a meeting only in a post about a meeting (visio, réunion, webinaire, AG, call…);
deadlines ("avant le", "date limite"), releases and dates that name no day ("2024",
"12 mois") are not. Discourse `[event]` blocks are meetings by themselves. A meeting is
announced by staff or by a topic's opening post that asks nothing; any other post announces one
only with its time, in the sentence that names it (a day a student mentions is rarely a meeting).
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from bot.dateorder import DateOrder
from bot.models import Post
from bot.text import (
    ADDRESS,
    ANALYSED,
    Link,
    PostText,
    analyse,
    element_attributes,
    fold_same_length,
    tables,
    topic_page,
)
from handlers.meetings.aside import (
    DATES_OFFERED,
    SETTLING_FR,
    days_of_series,
    set_aside,
    settings_of_sessions,
    today_or_next_week,
    usual_weekdays,
)
from handlers.meetings.called_off import (
    ALL_AFTER,
    ALL_OF,
    CANCEL,
    CORRECTION,
    DAY_SUBJECT,
    HOUR_SETTLED,
    KEPT_AFTER,
    MEETING_PART,
    MOVED_TO,
    NONE_IN_MONTH,
    OWN_ONE,
    POSTPONE,
    PRONOUN_SUBJECT,
    STANDS,
    STARTS_SHIFTED,
    TONIGHT,
    bare,
    before_resumed,
    called_off,
    cancel_marks,
    corrected_days,
    fronted,
    moved_on,
    moves_today,
    moves_undated,
    new_hour,
    off_bounds,
    part_bounds,
    said_of_a_meeting,
    stands_around,
    superseded,
    title_calls_off,
)
from handlers.meetings.cues import GATHERING, GATHERING_EN, GATHERING_FR, gatherings_named, has_cue, no_sitting
from handlers.meetings.dates import (
    BARE_WEEKDAY,
    LATER,
    MONTH_NUMBER,
    MONTHS,
    WD,
    WEEKDAY_INDEX,
    Found,
    day_spans,
    days_listed_under,
    find_cooked,
    find_dates,
    find_delays,
    find_markup,
    find_stamped_times,
    hour_after_day,
    read_clock,
    times_listed_under,
    wall,
)
from handlers.meetings.joining import (
    Joined,
    _link,
    external,
    joined_by,
    link_rank,
    link_sent_elsewhere,
    speaks_of_online,
)
from handlers.meetings.meeting import Meeting, Reading, meeting_id
from handlers.meetings.moves import (
    NEXT_OF_TOPIC,
    NOT_MOVING,
    REPLACED_BY,
    REPLACED_BY_DAY,
    REPLACING,
    REVISED,
    SAME_TIME,
    SUBJECT_MOVE,
    UNCHANGED,
    Moving,
    moving,
    new_clock,
    reason_at,
    replaces,
    retimed_undated,
    same_hour,
    shift_days,
    shift_minutes,
    unchanged_words,
    unnamed_moves,
)
from handlers.meetings.names import NUMBERED, name_words, named_co_hosts, numbered, words_of
from handlers.meetings.reasons import Aside
from handlers.meetings.sentences import BRACKETS, ROW_CELLS, _clause, line_bounds, sentence_bounds
from handlers.meetings.titles import _title, titled_by_topic, titled_for_another_day

ABBREVIATED = re.compile(r"\b(?:i\.e\.|e\.g\.|w\.r\.t\.|c\.-a-d\.|c\.a\.d\.|p\.ex\.)")
"""Abbreviations whose dots end no sentence ("postponed by 30 mins, i.e. 6:30 PM", "avancé d'une heure, c.-à-d.
18h"): read as spaces, the same length."""
MAYBE = frozenset({Aside.REPLY_DAY, Aside.HELP_DAY, Aside.REPLY_UNNAMED})
"""Reasons that leave a date in doubt: a reply that speaks of a meeting, but not in the words the
rules need to be sure ("join tomorrow's session between 8-10")."""
MAX_DOUBTS = 2
DOUBT_CHARS = 1500

_BESIDE = re.compile(r"\b(?:juste |just )?(?:avant|apres|before|after) (?:le |la |les |l'|the )?[\w-]+")
"""A gathering a sentence times another by ("un CA en présentiel juste avant l'AG", "right after the AGM"): not the one
it moves."""


def _unaddressed(text: str) -> str:
    """The text with its written-out web addresses blanked, same length: "…/t/session-on-friday/12"
    names no day."""
    return ADDRESS.sub(lambda m: " " * len(m.group(0)), text)


def _own_text(text: str, bot_username: str | None) -> str:
    """The post's text without command lines addressed to the bot (`@scribe réunion …`)."""
    if not bot_username:
        return text
    mention = re.compile(rf"^\s*@{re.escape(bot_username)}\b", re.I)
    return "\n".join("" if mention.match(line) else line for line in text.split("\n"))


STRUCK_HTML = re.compile(r"<(s|del|strike)\b[^>]*>.*?</\1>", re.I | re.S)
STRUCK_RAW = re.compile(r"~~[^~\n]+~~|<(s|del|strike)>[^<]*</\1>", re.I)


def unstruck(post: Post) -> Post:
    """The post without its struck-out text: staff edit a schedule by striking the old day or time out
    ("on ~~Tuesday~~ Wednesday at 7 PM"), what is struck no longer stands."""
    if post.cooked:
        cooked, struck = STRUCK_HTML.subn(" ", post.cooked)
        return replace(post, cooked=cooked) if struck else post
    raw, struck = STRUCK_RAW.subn(" ", post.raw or "")
    return replace(post, raw=raw) if struck else post


_TAG = re.compile(r"<[^>]+>")


def struck_days(post: Post, default_tz: ZoneInfo, order: DateOrder) -> list[date]:
    """The days a reply strikes out ("- ~~Dec 17~~ — off"): called off by the one who may (on the opening post, a
    struck day is an old value edited away, `unstruck`)."""
    if post.post_number == 1:
        return []
    found = STRUCK_HTML.finditer(post.cooked) if post.cooked else STRUCK_RAW.finditer(post.raw or "")
    texts = [_TAG.sub(" ", m.group(0)).replace("~~", " ") for m in found]
    return [
        f.start.astimezone(default_tz).date() for t in texts for f in find_dates(t, post.created_at, default_tz, order)
    ]


def read_post(
    post: Post,
    default_tz: ZoneInfo,
    bot_username: str | None = None,
    explain: bool = False,
    *,
    order: DateOrder,
    announcer: bool = False,
    opened: bool = False,
    agreed: bool = False,
) -> Reading:
    """The meetings a post announces, calls off or moves, its numeric dates read in the forum's `order`.
    `explain`: also the timed dates of a post that names no meeting, set aside (the preview's reasons; not
    worth reading dates for otherwise). `announcer`: the post's author announced a meeting of its topic, and
    speaks of it as staff would ("on décale à vendredi, même heure" moves it; a member's day alone would not).
    `opened`: the post's author opened its topic asking when to meet (`asks_to_meet`): the day they settle is the
    meeting's, as in a topic titled for it. `agreed`: an organiser agreed to the post in a short reply (`_confirmed`,
    "Oui bonne idée, validé 👍"): the one day it proposed with a question mark is settled. Cached on the post as it
    stands (a preview reads each post for its figures, its lines and its sessions; an edit is another post)."""
    return _read_post(post, default_tz, bot_username, explain, order, announcer, opened, agreed)


ASKS_TO_MEET = re.compile(
    r"\b(?:qu'on se (?:voie|voit|retrouve|reunisse)|(?:se|nous) (?:voir|reunir|retrouver) pour|"
    rf"caler une (?:date|reunion|rencontre)|qui est (?:dispo|partante?)|vos dispos|{DATES_OFFERED}|"
    r"(?:je|on) (?:vous )?propose un (?:sondage|framadate|doodle)|(?:creneaux|dates) proposee?s|"
    r"sondage (?:pour|de date pour) (?:la |le |notre )?(?:prochaine?|date)|"
    r"je (?:vous )?propose (?:une?|de (?:faire|caler|organiser) une?) (?:reunion|rencontre|atelier|visio|seance|"
    r"soiree|apero|permanence|sortie|journee|matinee|chantier)s?)\b"
)
"""An opening post asking when to meet ("Il faudrait qu'on se voie pour préparer notre stand… Qui est dispo quand ?",
"je propose trois dates, dites-moi ce qui vous va :", "je vous propose un sondage : … Créneaux proposés :", "Qui est
partant pour un apéro au jardin demain soir, 18h ?", "Sondage pour la prochaine réunion du collectif"), or proposing
one ("Je propose une réunion de préparation jeudi 28 mai à 18h au Ti Kafe"): the day its author then settles is the
meeting's."""
_WILL_BE = re.compile(
    rf"(?:^|[.!?…]\s+)\W*(?:(?:ok|bon|alors)\W+)?(?:ca|ce) sera(?: donc)?(?= \**(?:le )?\**(?:{WD})\b)"
    rf"|\b(?:et )?on se (?:voit|retrouve) (?:donc )?(?=\**(?:le )?\**(?:{WD})\s+\d)"
    rf"|(?:^|[.!?…]\s+)\W*resultats?\s*:\s*(?=\**(?:le )?\**(?:{WD})\s+\d)"
)
"""Its opener settling the day ("Ok ça sera jeudi 4 juin à 12h15 au coworking", "Merci ! Ce sera donc jeudi 15
janvier à 18h", "Et on se voit jeudi 28 à 18h !", "Résultat : jeudi 23 avril à 19h" under their poll)."""


def settles_a_day(text: str) -> bool:
    """Whether a text has words settling a day ("va pour", "c'est validé", "ok ça sera jeudi"): a reply worth reading
    its topic's opening post for (`asks_to_meet`)."""
    low = fold_same_length(text)
    return SETTLED.search(low) is not None or _WILL_BE.search(low) is not None


def asks_to_meet(first: Post | None, post: Post) -> bool:
    """Whether `post`, a reply, is by the author of its topic's opening post `first`, which asks when to meet."""
    return (
        first is not None
        and post.post_number > 1
        and first.username.lower() == post.username.lower()
        and _asks_when(first)
    )


@lru_cache(maxsize=64)
def _asks_when(first: Post) -> bool:
    """Whether an opening post asks when to meet (`ASKS_TO_MEET`): read once, whichever of its replies asks."""
    return ASKS_TO_MEET.search(fold_same_length(analyse(first).text)) is not None


@lru_cache(maxsize=ANALYSED)
def _read_post(
    post: Post,
    default_tz: ZoneInfo,
    bot_username: str | None,
    explain: bool,
    order: DateOrder,
    announcer: bool,
    opened: bool,
    agreed: bool,
) -> Reading:
    struck = struck_days(post, default_tz, order)
    post = unstruck(post)
    pt = analyse(post)
    text = rows_on_a_line(_own_text(pt.with_cited, bot_username), tables(post))
    unaddressed = _unaddressed(text)
    low = ABBREVIATED.sub(lambda m: m.group(0).replace(".", " "), fold_same_length(unaddressed))
    links = external(pt.links)
    # "Go pour mardi 3 mars 18h alors", "C'est bien mercredi 21, à 15h" in a topic titled for the gathering: the day
    # it was organising, said as its organiser would
    settled = (
        post.post_number > 1
        and (has_cue(post.topic_title or "") or opened)
        and (
            SETTLED.search(low) is not None
            or (announcer and ANSWERED_YES.search(low) is not None)
            or (opened and _WILL_BE.search(low) is not None)
        )
    )
    cue = (
        has_cue(unaddressed)
        or any(link_rank(link) == 0 for link in links)
        or (post.post_number == 1 and bool(post.topic_title) and has_cue(post.topic_title or ""))
        # a reply moving the topic's meeting, or owning up to a slip, names it by its day alone: "we're pushing
        # this to Friday at 9 AM", "Oops: it is Friday 11 December, same time", "New date: Thursday Nov 19",
        # "re-report : jeudi 18 mars à 18h", or moves a slot, an edition or a part of it ("Wednesday's slot moves to
        # Thursday Mar 26, same time")
        or (post.post_number > 1 and _reply_moves(low))
        or settled
        or (post.post_number > 1 and has_cue(post.topic_title or "") and NEXT_OF_TOPIC.search(low) is not None)
    )
    # cooked `[date]`s read back as `[date=…]` in the text (bot.text), found with their place
    events = element_attributes(post, "div.discourse-post-event") if "discourse-post-event" in post.cooked else []
    structured = (find_markup(text, default_tz) if "[" in text else []) + find_cooked([], events, default_tz)
    written = post.created_at.astimezone(default_tz).date()
    quoted = _quoted(pt, post, default_tz, order) if post.post_number > 1 else ()
    if not structured and not cue:
        # "Cancelled.", "Finalement on annule": a reply calling off what it does not name (the topic's meeting)
        marks = cancel_marks(low) if post.post_number > 1 else []
        # or the line it quotes ("> Group C (infra): Tue Mar 3, 10:00 ET" then "Scratch this one.")
        # unless it names the day called off ("on annule le dimanche 13")
        off = [
            p
            for p, _, _ in marks
            if (_off_uncued(low, p) or (quoted and said_of_a_meeting(low, p)))
            and not _DAY_ALONE.search(low, *_off_clause(low, p))
        ]
        reply = _as_reply(low, unaddressed, marks, moving(low, marks), [], off) | {"quoted": quoted}
        struck += _days_alone_off(low, marks, written, _off_clause) if post.post_number > 1 else []
        if not explain and not CORRECTION.search(low):
            return Reading((), tuple(struck), **reply)
        dates = find_dates(unaddressed, post.created_at, default_tz, order)
        aside = tuple((f.start, Aside.NO_MEETING) for f in dates if not f.all_day) if explain else ()
        return Reading((), tuple(struck), set_aside=aside, corrected_days=corrected_days(low, dates, written), **reply)
    found = (
        _with_ends(structured, text, post, order) + _beside_markup(structured, text, unaddressed, low, post, order)
        if structured
        else _prose_dates(text, unaddressed, low, post, default_tz, order)
    )
    authority = post.staff or announcer or settled
    why = {
        id(f): set_aside(f, post, unaddressed, low, not structured, authority, order) if cue else Aside.NO_MEETING
        for f in found
    }
    if agreed and len(asked := [key for key, why_not in why.items() if why_not in (Aside.ASKED, Aside.ASKED_FOR)]) == 1:
        why[asked[0]] = None  # "Je propose un chantier vendredi 26 juin à 17h ?", then "Oui bonne idée, validé 👍"
    why |= dict.fromkeys(settings_of_sessions(found, why), Aside.SETTING)
    why |= dict.fromkeys(usual_weekdays(low, found, why), Aside.SERIES)
    if post.post_number == 1:  # a reply's weekday names the topic's meetings ("le vernissage ne bouge pas, vendredi")
        why |= dict.fromkeys(
            today_or_next_week(low, found, why, post.created_at.astimezone(default_tz)), Aside.SAME_WEEKDAY
        )
    for day, at_hour in days_of_series(low, found, why):
        found.append(at_hour)
        why[id(at_hour)] = set_aside(at_hour, post, unaddressed, low, not structured, authority, order)
        if why[id(at_hour)] is None:
            why[id(day)] = None  # the day as read is that meeting's (`_dedupe` keeps the one with its hour)
    # "le samedi on démarre plus tôt, 13h30": in a reply, a timed day told before is read, to be put on the topic's
    # meeting of that weekday or dropped (`told_weekday`, `handlers.meetings._on_their_weekday`)
    told = {id(f) for f in found if post.post_number > 1 and why[id(f)] == Aside.THE_WEEKDAY and not f.all_day}
    why |= dict.fromkeys(told, None)
    kept = _dedupe([f for f in found if f.source == "event" or why[id(f)] is None])
    aside = tuple((f.start, w) for f in found if f.source != "event" and (w := why[id(f)]) is not None)
    kept_days = {f.start.astimezone(ZoneInfo(f.tz)).date() for f in kept}
    doubts = tuple(
        f
        for f in found
        if why[id(f)] in MAYBE
        and len(text) <= DOUBT_CHARS
        and f.start.astimezone(ZoneInfo(f.tz)).date() not in kept_days
    )[:MAX_DOUBTS]
    marks = cancel_marks(low)
    meetings: list[Meeting] = []
    cancelled_days: list[date] = []
    weekdays: list[date] = []
    titled_off = len(kept) == 1 and title_calls_off(post)
    # a reply saying a meeting stands beside a call-off ("the other call is cancelled; this one is still on",
    # "le marché est annulé, mais l'atelier est maintenu") calls off only a day it names outside that sentence
    stands = post.post_number > 1 and STANDS.search(low) is not None
    joined = joined_by(post, text, links) if kept else ()
    first_date = min((f.span[0] for f in kept), default=0)
    co_hosts = {f"h:{name}" for name in named_co_hosts(low)} if post.post_number == 1 else set()
    dated = sum(k.source != LATER for k in kept)  # a second gathering by its hour alone leaves the post one meeting
    for f in kept:
        ends_before = [g.span[1] for g in kept if g.span[1] <= f.span[0]]
        starts_after = [g.span[0] for g in kept if g.span[0] >= f.span[1]]
        weekday = f.start.astimezone(ZoneInfo(f.tz)).weekday()
        names = name_words(
            low, max(ends_before, default=0), f.span, weekday, min(starts_after, default=len(low)), f.source != "prose"
        )
        names -= _beside_words(low, f)
        names |= {f"d{f.start.astimezone(ZoneInfo(f.tz)).day}"}  # its day of the month, as "celle du 20" names it
        names |= _row_words(post, low, f.span[0])
        names |= co_hosts  # those the opening post says run its meetings with its author, wherever it says so
        if len(kept) > 1:  # its rank among the post's meetings, as "the second one" names it
            names |= {f"@{len(ends_before) + 1}"}
        cancelled, retimed = called_off(low, f, marks)
        cancelled = cancelled or titled_off
        retimed = retimed or (not cancelled and not f.all_day and new_hour(low, f))
        if (cancelled or retimed) and not (stands and _stands_beside(low, f)):
            cancelled_days += _days_of(low, f)
            if f.all_day and BARE_WEEKDAY.fullmatch(low, *f.span):
                weekdays.append(f.start.date())
        single = len(kept) == 1 or (f.source != LATER and dated == 1)
        meeting = _meeting(post, text, f, links, single, joined, cancelled, order, first_date)
        meetings.append(replace(meeting, names=names))
    meetings = titled_by_topic(post, _numbered_by_line(low, kept, meetings), order)
    moved_away = moved_on(low, marks, kept, meetings, found)
    # "Le chantier du 11 est remplacé par un atelier … samedi 11 avril à 14h. Le chantier lui-même est reporté au
    # samedi 25": what replaces a meeting is new, not the meeting a later sentence moves
    moved_away -= {id(f) for f in kept if REPLACED_BY.search(low, sentence_bounds(low, f.span[0])[0], f.span[0])}
    gone = superseded(low, kept, [f for f in found if why[id(f)] is None], marks) | moved_away
    moves = moving(low, marks) if post.post_number > 1 else NOT_MOVING
    moves_off = [(sentence_bounds(low, pos)[0], end) for pos, end, kind in marks if kind == "move"]
    left = [
        m
        for f, m in zip(kept, meetings, strict=True)
        if not m.all_day and (id(f) in gone or (m.cancelled and any(a <= f.span[0] < b for a, b in moves_off)))
    ]
    # "Celle du midi jeudi ne bouge pas": a meeting said not to move, named again, is not where one moves to
    unmoved = {
        id(f)
        for f in kept
        # its clause up to a stop its span may end on
        if post.post_number > 1 and UNCHANGED.search(low, *_clause(low, (f.span[0], f.span[1] - 1)))
    }
    # in a reply, a day alone in the possessive names the meeting it speaks of ("Tuesday's live session will now
    # happen on Wednesday"): no meeting of its own, nor where it moves
    named_by = {
        id(f)
        for f in kept
        if post.post_number > 1
        and f.all_day
        and low.startswith(("'s ", "’s "), f.span[1])
        and any(a <= f.span[0] < b for a, b in moves.sentences)
    }
    # a day alone in the reason given after a move ("la perm passe au vendredi 6, la salle est prise jeudi") names
    # why, neither where it goes nor a meeting
    named_by |= {
        id(f)
        for f in kept
        if post.post_number > 1 and f.all_day and any(reason_at(low, a, b) <= f.span[0] < b for a, b in moves.sentences)
    }
    moved_to = tuple(
        m.start
        for f, m in zip(kept, meetings, strict=True)
        if id(f) not in gone
        and id(f) not in unmoved
        and id(f) not in named_by
        and not m.cancelled
        and (any(a <= f.span[0] < b for a, b in moves.sentences) or (moves.sentences and CORRECTION.search(low)))
    )
    # "Le ciné-débat reste à 20h vendredi", "L'atelier du jeudi ne bouge pas": a reply naming a meeting that stays
    # restates it by its weekday (`Reading.restated`)
    restated = tuple(m.start for f, m in zip(kept, meetings, strict=True) if id(f) in unmoved and _by_weekday(f, low))
    by_weekday = tuple(m.start for f, m in zip(kept, meetings, strict=True) if _by_weekday(f, low))
    weekday_alone = tuple(
        m.start
        for f, m in zip(kept, meetings, strict=True)
        if post.post_number > 1 and _by_weekday(f, low) and not _THIS_OR_NEXT.search(low, *_around(low, f.span))
    )
    told_weekday = tuple(m.start for f, m in zip(kept, meetings, strict=True) if id(f) in told)
    following = tuple(m.start for f, m in zip(kept, meetings, strict=True) if _FOLLOWING.match(low, f.span[1]))
    same_time = tuple(
        m.start
        for f, m in zip(kept, meetings, strict=True)
        if post.post_number > 1 and m.all_day and SAME_TIME.search(low, *sentence_bounds(low, f.span[0]))
    )
    meetings = same_hour(
        low,
        [(f, m) for f, m in zip(kept, meetings, strict=True) if id(f) not in gone | named_by],
        left,
        found if post.post_number == 1 else (),  # a reply's "même heure" is the hour of the meeting it moves
    )
    meetings = [m for m in meetings if m.cancelled or m.start not in quoted]  # a line quoted is pointed at, not said
    undated_at = [
        pos
        for pos, _, _ in marks
        if not (stands and STANDS.search(low, *off_bounds(low, pos)))
        and _calls_off_undated(text, low, pos, kept, bool(quoted))
    ]
    cancelled_days += [f.start.astimezone(ZoneInfo(f.tz)).date() for f in found if why[id(f)] == Aside.REPLACED]
    cancelled_days += _days_alone_off(low, marks, written, part_bounds) + struck
    if not stands and moves_today(low, marks, found):
        cancelled_days.append(written)
    return Reading(
        tuple(meetings),
        tuple(cancelled_days),
        set_aside=aside,
        doubts=doubts,
        cancelled_weekdays=tuple(weekdays),
        moves_undated=moves_undated(low, marks, kept, meetings) or retimed_undated(low, found),
        corrected_days=corrected_days(low, found, written),
        moved_to=moved_to,
        quoted=quoted,
        replace_words=_replace_words(low, kept),
        restated=restated,
        by_weekday=by_weekday,
        weekday_alone=weekday_alone,
        told_weekday=told_weekday,
        following=tuple(start for start in following if start in by_weekday),
        settles=settled,
        same_time=same_time,
        **_as_reply(low, unaddressed, marks, moves, found, undated_at),
    )


_DAY_OF_MONTH = re.compile(r"\b(?:[12]?\d|3[01])(?:er|st|nd|rd|th)?\b(?![:h.]\d|h\b|\s*(?:[ap]\.?m\b|heures?\b))")
"""A day of the month ("7", "1er", "21st"), not an hour ("20h", "18:30", "6 pm")."""
_WEEKDAY = re.compile(rf"\b(?:{WD})\b")


_THIS_OR_NEXT = re.compile(
    rf"\b(?:ce|cet|cette|this|next|coming)\s+(?:{WD})\b|\b(?:{WD})\s+(?:prochain|qui vient|suivant|d'apres|en huit)\b"
)
"""A weekday said to be this week's or the next ("ce lundi", "lundi prochain", "next Monday"): the reader's own
count, not the topic's meeting of another week."""


def _around(low: str, span: tuple[int, int]) -> tuple[int, int]:
    """A date's span with the word before it and the words after it, where "ce" or "prochain" sit."""
    return max(0, span[0] - 8), min(len(low), span[1] + 12)


_FOLLOWING = re.compile(r"\s+(?:suivante?|d'apres|following)\b")
"""After a weekday, the words making it the one after the day spoken of ("au samedi suivant")."""


def _by_weekday(f: Found, low: str) -> bool:
    """Whether a date is written by its weekday alone ("vendredi", "du jeudi"), not with its day of the month
    ("samedi 7 mars") nor as "ce soir"."""
    return _WEEKDAY.search(low, *f.span) is not None and _DAY_OF_MONTH.search(low, *f.span) is None


def _numbered_by_line(low: str, kept: list[Found], meetings: list[Meeting]) -> list[Meeting]:
    """Meetings listed one a line, none named by a number of its own: the k-th is item k of the list, as "part 2"
    names it (the list's own numbers are not in the text read). So are meetings the post numbers as many as they are
    elsewhere ("les jeudis 7, 14 et 21 mai" over "- séance 1 : …", "- séance 2 : …", "- séance 3 : …")."""
    lines = {low.rfind("\n", 0, f.span[0]) for f in kept}
    if len(kept) < 2 or any(n.startswith("#") for m in meetings for n in m.names):
        return meetings
    if len(lines) < len(kept) and not _counted_out(low, len(kept)):
        return meetings
    return [replace(m, names=m.names | {f"#{n[1:]}" for n in m.names if n.startswith("@")}) for m in meetings]


def _counted_out(low: str, count: int) -> bool:
    """Whether a post numbers gatherings of one word from 1 to `count`, each once ("séance 1", "séance 2", …)."""
    numbers: dict[str, list[int]] = {}
    for m in NUMBERED.finditer(low):
        if GATHERING.fullmatch(m.group(1)):
            numbers.setdefault(m.group(1), []).append(int(m.group(2)))
    return any(sorted(found) == list(range(1, count + 1)) for found in numbers.values())


_INLINE_QUOTE = re.compile(r"[\u00ab\u201c\"]\s*([^\u00ab\u00bb\u201c\u201d\"\n]{3,40}?)\s*[\u00bb\u201d\"]")
"""A few words a reply quotes in its own sentence ("J'ai encore « Mon 9 Nov, 8pm » dans l'agenda partagé")."""


def _quoted(pt: PostText, post: Post, default_tz: ZoneInfo, order: DateOrder) -> tuple[datetime, ...]:
    """The starts a reply quotes ("> Sunday 27 Dec, 11 AM — mock OPPE walkthrough" then "This is cancelled", or in
    its own sentence: "J'ai encore « Mon 9 Nov, 8pm » dans l'agenda"): the meeting it speaks of, not one it gives."""
    inline = tuple(m.group(1) for m in _INLINE_QUOTE.finditer(pt.text))
    texts = (*pt.cited, *(q.text for q in pt.quotes), *inline)
    return tuple(f.start for text in texts for f in find_dates(text, post.created_at, default_tz, order))


def _beside_words(low: str, f: Found) -> frozenset[str]:
    """The words before a date in its sentence timing it by another gathering (`_BESIDE`: "un CA en présentiel juste
    avant l'AG : samedi 19 à 12h30" is no AG)."""
    start = sentence_bounds(low, f.span[0])[0]
    return frozenset().union(*(words_of(low, *m.span()) for m in _BESIDE.finditer(low, start, f.span[0])))


def _replace_words(low: str, kept: list[Found]) -> frozenset[str]:
    """The words before the first date of the sentences speaking of a new plan (`REVISED`), or before the words of a
    meeting replaced (`REPLACED_BY`): which meeting of several it replaces ("Re-report de l'AG : samedi 5 décembre,
    14h-17h")."""
    words: set[str] = set()
    for m in REVISED.finditer(low):
        start, end = sentence_bounds(low, m.start())
        first = min((f.span[0] for f in kept if start <= f.span[0] < end), default=end)
        if replacing := REPLACING.search(low, m.end(), first):
            first = replacing.start()  # "… on le remplace par un CA juste avant l'AG : samedi 19": not the AG
        words |= words_of(low, start, max(first, m.end()))
    # "La conférence de mercredi est remplacée par une table ronde…": the conférence
    for m in REPLACED_BY.finditer(low):
        words |= words_of(low, sentence_bounds(low, m.start())[0], m.start())
        if low.startswith(("on ", "nous "), m.start()):  # "On remplace la session 3 par une visio": the session 3
            words |= words_of(low, m.start(), m.end())
    return frozenset(words)


def _as_reply(
    low: str, orig: str, marks: list[tuple[int, int, str]], moves: Moving, found: list[Found], off_at: list[int]
) -> dict[str, Any]:
    """What a post says of the topic's meetings it does not date (`Reading`'s fields for them): calls off (`off_at`,
    where), every one of them or the one its words name, moves to a new hour or by whole days, naming what kind of
    gathering. `orig`: the text `low` folds."""
    spoken_of = [(off_bounds(low, pos), part_bounds(low, pos)) for pos in off_at]
    own = [_own_words(low, bounds, part) for bounds, part in spoken_of]
    # of those, the words of the call-off's own clause when it names a part by its number ("la partie 3 est annulée, on
    # regroupe tout sur la partie 2": the part 3)
    in_clause = [_clause(low, (pos, pos)) for pos in off_at]
    clauses = [words & words_of(low, *bounds) for bounds, words in zip(in_clause, own, strict=True)]
    # or names an edition or a slot ("Morning edition is off this week (host clash), pls join the evening one"), or a
    # day ("on fait tout samedi, le dimanche est annulé")
    parted = [
        MEETING_PART.search(low, *bounds) is not None or DAY_SUBJECT.search(low, bounds[0], pos) is not None
        for bounds, pos in zip(in_clause, off_at, strict=True)
    ]
    named_off = [
        clause if numbered(clause) or part else words for clause, words, part in zip(clauses, own, parted, strict=True)
    ]
    return {
        "cancels_undated": bool(off_at),
        # said in the call-off's clause: "on regroupe tout sur la partie 2" after it calls off nothing more
        "cancels_all": any(ALL_OF.search(low, *bounds) for bounds in in_clause),
        "all_of_months": frozenset(
            MONTH_NUMBER[m.group(1)]
            for bounds in in_clause
            for pattern in (_ALL_OF_MONTH, NONE_IN_MONTH)
            for m in pattern.finditer(low, *bounds)
            if m.group(1) in MONTH_NUMBER
        ),
        # "Pour les ressourceries et les fablabs on annule": those its words name, or none
        "cancels_named": any(bounds != part for bounds, part in spoken_of) or any(fronted(low, pos) for pos in off_at),
        "remote_only": bool(off_at) and all(_remote_only(low, bounds) for bounds in in_clause),
        "off_words": frozenset().union(*named_off),
        "unchanged_words": unchanged_words(low),
        "target_words": frozenset().union(*own, *(words_of(low, a, b) for a, b in moves.subjects)),
        # a reason in brackets names no gathering moved ("push this by a week (the presenters are at a conference)")
        "moved_names": frozenset().union(
            *(
                gatherings_named(_BESIDE.sub(" ", BRACKETS.sub(" ", low[a : reason_at(low, a, b)])))
                for a, b in moves.sentences
            )
        ),
        "new_clock": new_clock(low, orig, found, moves.parts),
        "shift_days": shift_days(low, found, moves.parts),
        "shift_minutes": shift_minutes(low, found, moves.parts),
        "replaces": replaces(low, marks),
    }


_REMOTE = re.compile(r"(?:visios?|zoom|retransmissions?|diffusions?|live|direct)")
"""The gathering words of a way to follow a meeting from afar, not of a meeting of its own ("pas de visio")."""


def _remote_only(low: str, bounds: tuple[int, int]) -> bool:
    """Whether the gatherings a call-off's clause names are only ways to follow from afar ("Pas de visio cette
    année")."""
    words = [m.group(0) for m in GATHERING.finditer(low, *bounds)]
    return bool(words) and all(_REMOTE.fullmatch(word) for word in words)


_ALL_OF_MONTH = re.compile(
    rf"\b(?:tout|tous|toutes|everything|all)\b[^.!?\n]{{0,20}}?\b(?:pour|en|de|du mois de|sur|in|for|during) "
    rf"(?:le mois de |the month of )?({'|'.join(sorted(MONTH_NUMBER, key=len, reverse=True))})\b"
)
"""All said of one month ("on annule tout pour septembre", "everything in March is cancelled"): that month's."""


def _own_words(low: str, bounds: tuple[int, int], part: tuple[int, int]) -> frozenset[str]:
    """The words of a call-off's `bounds` that the rest of its `part` does not say ("atelier couture" of "L'atelier
    couture est annulé, l'atelier vélo a bien lieu" names the one called off by "couture", not "atelier")."""
    return words_of(low, *bounds) - words_of(low, part[0], bounds[0]) - words_of(low, bounds[1], part[1])


def _stands_beside(low: str, f: Found) -> bool:
    """Whether the date's sentence says a meeting stands beside what its clause calls off, when that clause names no
    gathering ("le marché de samedi est annulé, mais l'atelier est maintenu"): the meeting stands, not the market."""
    return stands_around(low, f.span[0]) and not GATHERING.search(low, *_clause(low, f.span))


_A_DAY_NEXT = rf"(?:le\s+)?\**(?=\d|(?:{WD})\b)"
"""Right before the day settled, by its number or its weekday ("C'est calé : jeudi 6 novembre", "c'est donc le 22")."""
_WEEKDAY_DAY_NEXT = rf"\**(?=(?:{WD})\s+\d)"
"""Right before a weekday and its day of the month ("Ok pour **mardi 20** à 20h")."""
SETTLED = re.compile(
    rf"\b(?:{SETTLING_FR}|ok go|c'est (?:bien|confirme|valide|acte|decide)|let's do|let's go with|"
    r"qui l'emporte|on retient (?:donc )?(?:le|la|les))\b|"
    rf"\bon retient (?:donc )?\**(?=(?:{WD})\b)|"
    r"\b(?:sondage|vote|doodle|framadate) (?:(?:est|a ete) )?(?:clos|cloture|ferme|termine)e?\s*"
    r"(?:[:,]|\W{1,6}?(?=ce sera))\s*(?:ce sera\s+)?"
    rf"{_A_DAY_NEXT}|"
    rf"\bresultats? du (?:sondage|vote|doodle|framadate)\s*:\s*(?:ce sera\s+(?:le\s+)?)?{_A_DAY_NEXT}|"
    rf"\bc'est (?:cale|fixe|officiel|tranche|donc)\s*(?::|,|pour)?\s*{_A_DAY_NEXT}|"
    rf"\b(?:on reste|ca reste|nous restons) (?:bien|donc) (?:au |a )?{_A_DAY_NEXT}|"
    rf"(?:^|[.!?…]\s+)\W*(?:ok,? )?valide pour (?:le\s+)?{_WEEKDAY_DAY_NEXT}|"
    rf"\b(?:reprise|nouvelle date|date) (?:est )?(?:fixee|calee|arretee) (?:au|a|pour|le)\s+{_A_DAY_NEXT}|"
    r"\b(?:date|creneau|jour|horaire|option) retenue?\s*(?::|est\b|sera\b)|"
    rf"\b(?:majorite|unanimite) (?:pour|en faveur d[ue])\s+(?:le\s+|l'option \d\s*[:,(]?\s*)?\**(?=\d|(?:{WD})\b)|"
    rf"(?:^|[.!?]\s+|\b(?:pas d'objection|pas d'opposition|personne ne s'y oppose|pas d'avis contraire),\s*)"
    rf"\W*donc,?\s+(?:[*_]*\d{{1,2}}\s?h(?:\d\d)?[*_]*\s+)?[*_]*(?:le\s+)?(?:{WD})\b|"
    r"(?:^|[.!?…]\s+)\W*(?:ok|okay|d'accord|entendu|exact|valide|vendu|adjuge|banco|(?:tres )?bonne idee)\s*[,!:]|"
    r"(?:^|[.!?…]\s+)\W*(?:ok|d'accord) pour (?:tout le monde|tous|nous tous)\b"
)
"""Words settling the day of the gathering a topic is titled for ("Go pour mardi 3 mars 18h alors", "Donc samedi 5 à 14h
tout le monde !", "Donc **18h30** le mardi 14", "Pas d'objection, donc **lundi 28 à 18h30**", "C'est bien mercredi 21, à
15h", "C'est calé : jeudi 6 novembre, 17h30-19h", "Validé pour mardi 14 à 20h", "C'est tranché : samedi 27 juin", "C'est
donc jeudi 22 janvier à 18h30", "On reste bien jeudi 11 juin, 18h30", "C'est le jeudi 11 qui l'emporte", "On retient
donc **jeudi 26 mars à 20h**", "On retient donc les deux mardis : mardi 3 mars et mardi 10 mars", "Sondage clos : jeudi
10 septembre à 18h30", "Sondage clos ✅ Ce sera le jeudi 5 février", "Résultat du sondage : mardi 3 à 19h", "majorité
pour le mardi 23 décembre", "Reprise fixée au samedi 3 octobre à 10h", "Let's do Tuesday 3 March at 6 PM", "Vendu !
Réunion mercredi 8 avril, 18h30")."""
ANSWERED_YES = re.compile(
    rf"^\W*(?:oui|yes|exactement|exactly)\b(?:[\s,!:]*(?=\**(?:{WD})\b)|[^.!?\n]{{0,40}}[.!]\s+{_WEEKDAY_DAY_NEXT})"
    rf"|(?:^|[.!?…]\s+)\W*(?:ok|d'accord|entendu) pour (?:le\s+)?{_WEEKDAY_DAY_NEXT}"
    rf"|\bje (?:vous )?confirme\s*[:,]?\s*(?:le\s+|donc\s+)?{_WEEKDAY_DAY_NEXT}"
    rf"|\bon fait (?:ca|comme ca)\s*[:,]?\s*(?:le\s+)?{_WEEKDAY_DAY_NEXT}"
)
"""An organiser answering yes with the day ("Oui jeudi 24 avril, 18h" to "Le jeudi 24 donc ?"), or taking a day proposed
with its number ("Yes, merci Quentin. Mercredi 14 à 19h", "Ok pour la proposition de Léa, on fait ça vendredi 20 à 19h",
"Ok pour mardi 20 à 20h" to "On décale au mardi 20, même heure ?"), or confirming one ("Je confirme : jeudi 12 mars
9h30" after a co-organiser put the day off): settled, said by them; a member's "oui mercredi ça marche, vers 19h pour
moi" settles nothing."""


def rows_on_a_line(text: str, post_tables: tuple[tuple[tuple[str, ...], ...], ...]) -> str:
    """`text` with each table row on a line of its own, its cells apart by tabs (`ROW_CELLS`): the flat text gives
    each cell a line, and a day is read with the hour of its row ("| sam. 11/04 | Saint-Junien | 14h-17h |"), not
    with the next row's. Every other character stays where it was."""
    at = 0
    for row in (row for table in post_tables for row in table if len(row) > 1):
        found = text.find("\n".join(row), at)
        if found < 0:
            continue
        joined = ROW_CELLS.join(row)
        text = text[:found] + joined + text[found + len(joined) :]
        at = found + len(joined)
    return text


def _row_words(post: Post, low: str, at: int) -> frozenset[str]:
    """The words of the other cells of the table row whose cell the date at `at` is ("| M2 – Modèle économique |
    lundi 15 juin | 9h-12h |": "le M2 c'est 13h30" names it): its line's, the rows on a line of their own."""
    if "<table" not in post.cooked:
        return frozenset()
    start, end = line_bounds(low, at)
    cells = low[start:end].split(ROW_CELLS)
    if len(cells) < 2:
        return frozenset()
    ends = [start + sum(len(c) + 1 for c in cells[: i + 1]) - 1 for i in range(len(cells))]
    mine = next((i for i, e in enumerate(ends) if at <= e), len(cells) - 1)
    return frozenset().union(*(words_of(c, 0, len(c)) for i, c in enumerate(cells) if i != mine))


def _reply_moves(low: str) -> bool:
    """Whether a reply's words move or replace a meeting it may name by its day alone (the cue to read its dates)."""
    # "celle de mercredi passe au jeudi 3", "on décale la nôtre au dimanche 24 mai"
    named_apart = MEETING_PART.search(low) or PRONOUN_SUBJECT.search(low) or _OURS.search(low)
    moves_a_part = named_apart and (POSTPONE.search(low) or SUBJECT_MOVE.search(low))
    return bool(
        unnamed_moves(low)
        or MOVED_TO.search(low)
        or REVISED.search(low)
        or moves_a_part
        or TO_AN_HOUR.search(low)
        or HOUR_SETTLED.search(low)
        or _BY_A_DAY.search(low)
    )


_BY_A_DAY = re.compile(REPLACED_BY_DAY)
"""A reply replacing the topic's meeting by a day ("On le remplace par samedi 21 mars, même heure"): its dates read."""


TO_AN_HOUR = re.compile(
    r"\b(?:(?:pass|gliss|bascul)(?:e|ent|er)\s+(?:a|au)|(?:ok|d'accord|va) pour|"
    r"(?:on|nous) (?:(?:commence|demarre|debute|ouvre)(?:ra|rons|ons)?|ouvri(?:ra|rons)) a|(?:ce|ca) sera (?:a|vers)|"
    rf"{STARTS_SHIFTED}(?: maintenant| desormais| cette fois)?\W{{0,3}}(?:a|des|vers)?|"
    r"c'est (?:plutot )?a|(?:ok|c'est) valide,?)"
    r"\s+\**\d{1,2}\s*(?:h|:)"
)
"""A thing going to an hour ("Canva le 3 passe à 14h30", "ok pour 19h pour l'atelier cosmétiques", "le mardi 23 on
commence à 9h30", "on ouvre à 13h le samedi 7", "le samedi on démarre plus tôt maintenant, 13h30", "Ok validé, 18h30
mardi"): a meeting of the topic moved, named by its name or its day alone."""


_DAY_ALONE = re.compile(
    r"\b(?:(?:on|the) (?P<en>[12]?\d|3[01])(?:st|nd|rd|th)|"
    rf"(?:le|du) (?:(?P<weekday>{WD}) )?(?P<fr>[12]?\d|3[01])(?:er)?)\b"
    rf"(?![:h]?\d)(?!,? (?:of )?(?:{MONTHS})\b)"
)
"""A day of the month named by its number alone ("no session on 26th", "pas de visio le 26"), or with its weekday ("on
annule le dimanche 13"): a call-off of that day, not of the meeting the post does not date."""


def _days_alone_off(
    low: str, marks: list[tuple[int, int, str]], written: date, bounds: Callable[[str, int], tuple[int, int]]
) -> list[date]:
    """The days a call-off names by their number alone (`_DAY_ALONE`) within `bounds` of it, the next ones of that
    number from the day the post is written ("la visio du 3 est annulée" written on 20 November: 3 December)."""
    named = [
        (int(m.group("en") or m.group("fr")), m.group("weekday"))
        for pos, _, kind in marks
        if kind == "cancel" and said_of_a_meeting(low, pos) and not STANDS.search(low, *off_bounds(low, pos))
        for m in _DAY_ALONE.finditer(low, *_before_kept(low, pos, bounds(low, pos)))
    ]
    return [
        day
        for number, weekday in named
        if (day := _next_numbered(number, written)) is not None
        and (weekday is None or WEEKDAY_INDEX[weekday] == day.weekday())
    ]


def _off_clause(low: str, pos: int) -> tuple[int, int]:
    """The clause of a call-off word: "On annule le 23, et on essaie de tout faire le 16" calls off the 23rd only, and
    "on annule le 24 et on garde le mardi 31" the 24th only (`KEPT_AFTER`)."""
    return _before_kept(low, pos, _clause(low, (pos, pos)))


def _before_kept(low: str, pos: int, bounds: tuple[int, int]) -> tuple[int, int]:
    """`bounds` of a call-off at `pos` ending where words keeping another day begin (`KEPT_AFTER`: "la scène ouverte du
    24 est annulée, celle du 10 est maintenue")."""
    kept = KEPT_AFTER.search(low, pos, bounds[1])
    return bounds[0], kept.start() if kept else bounds[1]


def _next_numbered(number: int, written: date) -> date | None:
    """The next day of the month `number` on or after `written`, within three months."""
    year, month = written.year, written.month
    for _ in range(3):
        if ((year, month) != (written.year, written.month) or number >= written.day) and number <= monthrange(
            year, month
        )[1]:
            return date(year, month, number)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _calls_off_undated(text: str, low: str, pos: int, kept: list[Found], quotes: bool = False) -> bool:
    """Whether the call-off at `pos` is of a meeting the post does not date: its part of the sentence names a
    meeting, or nothing ("Cancelled."), or the line the post `quotes` ("This is cancelled friends"), and no date, and
    what it calls off is a meeting or unnamed; "today's session" is today's, if there is one."""
    start, end = part_bounds(low, pos)
    end = before_resumed(low, pos, end, [f.span for f in kept])
    if (
        any(start <= f.span[0] < end for f in kept)
        or TONIGHT.search(low, start, end)
        or _DAY_ALONE.search(low, start, end)
    ):
        return False
    if not said_of_a_meeting(low, pos) and not fronted(low, pos):
        return False  # "the quiz is postponed", "le marché est déplacé": said of another thing than a meeting
    return quotes or has_cue(text[start:end]) or _off_uncued(low, pos)


def _off_uncued(low: str, pos: int) -> bool:
    """Whether the call-off at `pos` is of the topic's meeting named by no gathering's word: bare ("Cancelled."), of
    the writer's own (`_MINE`), of those the words before it name (`fronted`: "Pour les fablabs on annule"), of all
    ("on annule tout pour septembre", `ALL_AFTER`), or of a part of a series named by its number ("I have to drop
    Part 2"), or of one named by a pronoun ("the evening one is cancelled", "the 9 PM one is off") or its day ("le
    dimanche est annulé")."""
    if bare(low, pos) or _MINE.match(low, pos) or _ONE_OF.match(low, pos) or fronted(low, pos):
        return True
    if ALL_AFTER.match(low, pos):
        return True  # "le local est en travaux, on annule tout pour septembre": all the topic's meetings
    part = part_bounds(low, pos)
    if any(subject.search(low, part[0], pos) for subject in (PRONOUN_SUBJECT, DAY_SUBJECT)):
        return True  # "the evening one is cancelled", "le dimanche est annulé": one of the topic's meetings
    if not said_of_a_meeting(low, pos):
        return False
    # an edition or a slot called off, not moved ("Morning edition is off this week"; "Slot B shifted to 5 PM" moves)
    edition = MEETING_PART.search(low, *_clause(low, (pos, pos))) is not None and CANCEL.match(low, pos) is not None
    return edition or numbered(words_of(low, *part))


_OURS = re.compile(rf"\b{OWN_ONE}\b")
"""A meeting a reply names as the writer's ("on décale la nôtre"): the one they host."""
_ONE_OF = re.compile(r"(?:drop|cancel|skip)(?:ping|ling)? one of\b")
"""A call-off of one of several not said ("I have to drop one of the design reviews"): which one is unknown."""
_MINE = re.compile(rf"(?:\w+\W+){{1,2}}(?:mine|{OWN_ONE})\b")
"""A call-off of the writer's own meeting ("I need to cancel mine"): the one they host."""


def _prose_dates(
    text: str, unaddressed: str, low: str, post: Post, default_tz: ZoneInfo, order: DateOrder
) -> list[Found]:
    """The dates written in words, the delays, and the times of gatherings an update block dates by its stamp."""
    dates = day_spans(find_dates(unaddressed, post.created_at, default_tz, order), low)
    stamped = [
        f
        for f in find_stamped_times(unaddressed, dates)
        if GATHERING.search(no_sitting(low[slice(*sentence_bounds(low, f.span[0]))]))
    ]
    timed = days_listed_under(low, unaddressed, dates) | hour_after_day(low, unaddressed, dates)
    dates = [timed.get(id(f), f) for f in dates]
    listed = times_listed_under(low, unaddressed, dates)
    return dates + listed + _delays(text, low, post, default_tz) + stamped + _later_same_day(low, dates)


LATER_CALL = re.compile(
    r"\bat (?P<clock>(?:1[0-2]|0?[1-9])(?::[0-5]\d)? ?(?:am|pm|a\.m\.|p\.m\.))(?: (?:est|edt|et))?,? "
    r"(?:we will|we'll|there will) (?:be having|have|hold|be holding|be) (?:a |an |the |our )?(?:[\w-]+ ){0,3}?"
    rf"(?:{GATHERING_EN})\b"
    r"|\b(?!(?:the|a|an|our|this|that|next|same|first|today's|tomorrow's) )[\w-]+ +"
    rf"(?P<what>{GATHERING_EN}) +(?:will|is going to|is set to) "
    r"(?:begin|start|be held|take place) at "
    r"(?P<said>(?:1[0-2]|0?[1-9])(?::[0-5]\d)?(?: ?(?P<half>am|pm|a\.m\.|p\.m\.))?)(?![\d:])"
    r"|\ba (?P<heure>(?:[01]?\d|2[0-3]) ?h ?(?:[0-5]\d)?),? (?:nous aurons|nous tiendrons|nous ferons|il y aura) "
    rf"(?:la |le |l'|une |un |notre )?(?:[\w-]+ ){{0,3}}?(?:{GATHERING_FR})\b"
    rf"|\b(?P<quoi>{GATHERING_FR})(?: (?:de|du|des|d'|sur|pour)[\w' -]{{2,40}}?) "
    r"(?:commencera|debutera|aura lieu|se tiendra) "
    r"a (?P<dite>(?:[01]?\d|2[0-3]) ?h ?(?:[0-5]\d)?)"
)
"""A second gathering of the same day told by its hour alone, after the post's dated one: "Today, our hangout
at 10:00 AM until 10:30 AM. … At 10:30 AM EST, we will be having the planning call for Project Week", "The
project week call will begin at 10:30", "À 11h, nous aurons l'atelier de préparation", "l'atelier commencera à
14h". The gathering is named with what it is for ("project week call", "atelier de préparation"): "the
session will start at 7 PM", or a name the dated sentence gives too ("Visio jeudi à 18h. EDIT : la visio de suivi
commencera à 19h"), moves the post's meeting; it is no second one."""
BARE_HOUR_WITHIN = timedelta(hours=6)
"""How long after the day's first session an hour without am/pm may put the second ("call will begin at 10:30"
after a hangout at 10:00 AM is 10:30 AM; "at 2" after it, 2 PM; "at 9:30", neither: which it is stays unsaid)."""


def _later_same_day(low: str, dates: list[Found]) -> list[Found]:
    """The gatherings a post adds to its one day by their hour alone (`LATER_CALL`), when every timed date of the
    post falls on that day and the sentence dates nothing else with an hour."""
    timed = [f for f in dates if not f.all_day]
    if not timed or len({f.start.astimezone(ZoneInfo(f.tz)).date() for f in timed}) != 1:
        return []
    first = min(timed, key=lambda f: f.span)
    tz = ZoneInfo(first.tz)
    day = first.start.astimezone(tz).date()
    out = []
    for m in LATER_CALL.finditer(low, first.span[1]):
        start, end = sentence_bounds(low, m.start())
        if any(start <= f.span[0] < end for f in timed):
            continue
        named = m["what"] or m["quoi"]
        if named and named in low[slice(*sentence_bounds(low, first.span[0]))]:
            continue
        said = m["clock"] or m["said"] or m["heure"] or m["dite"]
        clock = read_clock(said)
        if clock is None:
            continue
        readings = [wall(day, time(*clock), tz)]
        if m["said"] and not m["half"] and clock[0] < 12:  # no am/pm: the half soon after the first session
            readings = [
                r
                for r in (readings[0], wall(day, time(clock[0] + 12, clock[1]), tz))
                if r - first.start <= BARE_HOUR_WITHIN
            ]
        at = next((r for r in readings if r > first.start), None)
        if at is not None:
            out.append(Found(at, None, tz.key, False, (m.start(), m.end()), source=LATER))
    return out


STARTING = re.compile(
    r"\b(?:starts?|starting|begins?|beginning|commencer?|commences?|debute|opens?|join\w*|rejoi\w+)\b"
)
"""A verb a delay gives the start of ("starts in 30 minutes", "commence dans deux heures", "join the call in…")."""
DELAY_LEAD = 4
"""The words before a delay that say what starts then."""


def _delays(text: str, low: str, post: Post, default_tz: ZoneInfo) -> list[Found]:
    """Starts given as a delay ("the call starts in 30 minutes"), only in a clause naming a meeting:
    "I'll send it in 2 hours" dates nothing, nor "ready in an hour, then a quick meeting". The delay follows
    what starts (a meeting's name, a verb of starting) or opens its clause: "he built the model in 8 hours" is
    how long it took."""
    out = []
    for f in find_delays(text, post.created_at, default_tz):
        start, end = _clause(low, f.span)
        lead = " ".join(low[start : f.span[0]].split()[-DELAY_LEAD:])
        if has_cue(text[start:end]) and (not lead or has_cue(lead) or STARTING.search(lead)):
            out.append(f)
    return out


def _meeting(
    post: Post,
    text: str,
    f: Found,
    links: list[Link],
    single: bool,
    joined: Joined,
    cancelled: bool = False,
    order: DateOrder | None = None,
    first_date: int | None = None,
) -> Meeting:
    """`first_date`: where the post's first meeting is written (a link before it is every meeting's); this one's
    by default."""
    first_date = f.span[0] if first_date is None else first_date
    return Meeting(
        id=meeting_id(post.topic_id, post.post_number, f.start),
        title=_title(text, f, post, single and not titled_for_another_day(post, f, order)),
        start=f.start,
        end=f.end,
        tz=f.tz,
        all_day=f.all_day,
        link=(link := _link(text, f, links, joined, first_date)),
        other_links=link is None and (bool(links) or any(topic_page(k.url) for k in analyse(post).links)),
        offline=not analyse(post).links and not speaks_of_online(text),
        link_elsewhere=link_sent_elsewhere(text),
        topic_id=post.topic_id,
        post_number=post.post_number,
        post_id=post.id,
        author=post.username,
        category_id=post.category_id,
        source=f.source,
        cancelled=cancelled,
        private=post.archetype == "private_message",
    )


def confirmed(post: Post, doubt: Found, start: datetime, end: datetime | None, bot_username: str | None) -> Meeting:
    """The meeting a model confirmed for a date in doubt, at the start (and end) it gave."""
    post = unstruck(post)
    text = _own_text(analyse(post).with_cited, bot_username)
    found = replace(doubt, start=start, end=end, all_day=False, source="model")
    links = external(analyse(post).links)
    return _meeting(post, text, found, links, True, joined_by(post, text, links))


def _beside_markup(
    structured: list[Found], text: str, unaddressed: str, low: str, post: Post, order: DateOrder
) -> list[Found]:
    """The dates with their hour written in words on lines holding no `[date]`, in a post that has some ("- Réunion
    du collectif : lundi 5 octobre, 19h" above "- Visio : [date=2026-10-07 time=12:30:00 …]"): a meeting of its
    own, at no start a `[date]` gives."""
    given = {f.start.astimezone(UTC) for f in structured}
    tz = ZoneInfo(structured[0].tz)
    return [
        f
        for f in _prose_dates(text, unaddressed, low, post, tz, order)
        if not f.all_day
        and f.start.astimezone(UTC) not in given
        and _MARKUP.search(text, *line_bounds(text, f.span[0])) is None
    ]


_MARKUP = re.compile(r"\[(?:date|event|calendar)\b")
"""The markup of a date, an event or a calendar on a line: its dates are the markup's."""


def _with_ends(structured: list[Found], text: str, post: Post, order: DateOrder) -> list[Found]:
    """A `[date]` gives the start; the same start written in words may give the end
    ("9:00 – 10:00 PM (IST) [date=… time=21:00:00 …]")."""
    if all(f.end is not None for f in structured):
        return structured
    ends = {
        f.start.astimezone(UTC): f.end
        for f in find_dates(text, post.created_at, ZoneInfo(structured[0].tz), order)
        if f.end is not None
    }
    return [f if f.end is not None else replace(f, end=ends.get(f.start.astimezone(UTC))) for f in structured]


_RUN = re.compile(r"(\d{1,2})\D{1,6}?(\d{1,2})\b")
"""The first and last days of a run of days ("5-6 février", "du 5 au 7 juin")."""
RUN_DAYS = 7
"""The longest run of days a call-off naming it calls off whole."""


def _days_of(low: str, f: Found) -> list[date]:
    """The days a date read stands for: its own, or each of a run it opens ("la formation des 5-6 février est
    reportée": both days)."""
    first = f.start.date()
    run = _RUN.search(low, *f.span) if f.days_run else None
    if run is None or not 0 < int(run[2]) - int(run[1]) < RUN_DAYS:
        return [first]
    return [first + timedelta(days=n) for n in range(int(run[2]) - int(run[1]) + 1)]


def _dedupe(found: list[Found]) -> list[Found]:
    """One meeting per start: the reading with the most detail (time, end, link, then the longest words: "jeudi 12"
    over the "jeudi" of "ne peut venir que jeudi : reporté au jeudi 12") wins. A day read alone that a timed reading
    gives too ("next Wednesday (5 Feb) from 10:30") is that meeting."""
    timed_days = {f.start.astimezone(ZoneInfo(f.tz)).date() for f in found if not f.all_day}
    best: dict[datetime, Found] = {}
    for f in found:
        if f.all_day and f.start.astimezone(ZoneInfo(f.tz)).date() in timed_days:
            continue
        key = f.start.astimezone(UTC)
        old = best.get(key)
        if old is None or _detail(f) > _detail(old):
            best[key] = f
    return sorted(best.values(), key=lambda f: f.start)


def _detail(f: Found) -> tuple[bool, bool, bool, int]:
    """How much a reading of a start says (`_dedupe`)."""
    return f.end is not None, f.url is not None, f.title is not None, f.span[1] - f.span[0]
