"""Where a reply moves its topic's meeting: the sentences that move it, the new hour or the shift they give.

A reply by the meeting's announcer or staff often moves it in few words: "visio décalée à 18h30", "the hangout moves
to 6 PM ET", "postponed to next week, same time", "Thursday → Friday, 5 PM". The handler (`_moved`) applies what is
read here to the one meeting on record.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from bot.zones import tz_after
from handlers.meetings.called_off import (
    BARE_BEFORE,
    CANCEL,
    CORRECTION,
    COUNT_OF_TIMES,
    ENDS,
    ENDS_AT,
    KEPT_ON,
    LEAD_IN,
    MOVED_TO,
    MOVING,
    NEW_HOUR,
    PLACE_TAKEN,
    POSTPONE,
    REFUSED,
    RETIMED,
    SUBJECT,
    part_bounds,
    said_of_a_meeting,
)
from handlers.meetings.cues import EXAM, GATHERING
from handlers.meetings.dates import CHANGED, P_TIME, WD, Found, read_clock, read_span
from handlers.meetings.meeting import Meeting, NewClock, meeting_id
from handlers.meetings.names import words_of
from handlers.meetings.sentences import _clause, sentence_bounds

SHIFTED = re.compile(
    r"\b(?:an?|one|two|half an?|\d+|une|deux|trente|un peu|un poil|a bit|a little)\s*"
    r"(?:hours?|heures?|h|minutes?|mins?)?\s*"
    r"(?:earlier|later|late|early|plus tot|plus tard|en retard|en avance)\b|"
    r"\bpush(?:ing)? (?:it|this|that) (?:back |forward )?to\b"
)
"""A meeting moved by a length, or pushed ("an hour earlier this week: 10 AM", "30 minutes late, at 10:30", "30 min
plus tard", "pushing this to Friday"; "pushing it one hour" is a `POSTPONE` mark)."""
_REPLACE_BY = r"(?:remplace|remplacons|remplacee?s?) par"
"""The words of one meeting put in another's place, in French."""
REPLACED_BY_DAY = rf"{_REPLACE_BY} (?=\**(?:le |la )?\**(?:(?:{WD})\b|\d))"
"""A meeting replaced by a day alone ("On le remplace par samedi 21 mars, même heure"): moved there."""
SUBJECT_MOVE = re.compile(
    r"\b(?:moving|moves? to|move (?:it|this|the \w+) to|pushing|pushed by|bumping|deferred|differee?s?|avancee?s?|"
    rf"on avance|passe (?:a|au)(?! {COUNT_OF_TIMES})|glisse (?:a|au)|"
    r"revised to|revisee?s?|plutot|starts? at|(?:will |shall )?(?:now )?start at|begins? at|"
    r"aura lieu (?:a|au|le)|will (?:now )?(?:be held|take place) (?:at|on)|now (?:from|between)|"
    r"commencer(?:a|ons)? (?:\w+ )?a|on (?:commence|demarre|debute|ouvre)(?:ra)? a|on ouvrira a|"
    r"debuter(?:a)? (?:\w+ )?a|"
    r"(?:commence|debute|demarre) (?:a|des) (?=\d)|on reste (?:a|sur) (?=\d)|(?:ok|d'accord|va) pour (?=\**\d)|"
    r"(?:(?<=^)|(?<=[.!?] )|(?<=oui )|(?<=oui, )|(?<=c'est ))confirmee?,? (?=\**\d{1,2}\s?h)|"
    r"(?:ce|ca) sera (?:a|vers|de|entre) (?=\**\d)|c'est (?:a|plutot a) (?=\**\d)|"
    r"(?:sera|passe|passera|aura lieu) (?:a )?(?:l'apres-midi|l'aprem|le matin|le soir|en soiree|en matinee)\**,? "
    r"(?:(?:de|a|vers|entre) )?(?=\**\d)|"
    rf"{REPLACED_BY_DAY}|"
    r"demarrer(?:a)? (?:\w+ )?a|"
    r"(?:(?:it's|it is|we're|we are|is|moves?|moving|goes|going) )?back to(?= \**\d)|"
    r"on (?:revient|repasse|retourne) (?:donc |finalement |bien )?(?:a|sur)(?= \**\d)|"
    r"meme jour,? (?:mais )?(?:a|des|vers)(?= \**\d)|meme jour(?=,? \**\d))\b|"
    rf"\b(?:{WD})\b\s*(?:=>|->|→)\s*(?:{WD})\b|"
    rf"\bpasse (?:du|de) (?:{WD})(?: \d{{1,2}})? (?:au|a)\b|"
    r"\b(?:ok|allez|bon),? on (?:dit|fait|part sur) (?=\**\d{1,2}(?:h|[:.]\d\d))"
)
"""Words moving a meeting, or giving it a start ("the hangout moves to 6 PM", "we'll start at 5:15", "on se voit plutôt
vendredi", "Thursday → Friday", "l'atelier passe du mercredi au jeudi 17", "scratch that, back to 6 PM", "on revient à
18h30", "remplacée par une réunion en présentiel, même jour mais à 10h", "remplacée par une visio, même jour,
14h30-16h", "la formation du 26 sera l'après-midi, de 14h à 17h", "la session 1 passera l'après-midi, 14h-17h", "On le
remplace par samedi 21 mars, même heure", "Ok on dit **15:00** alors", "Oui confirmé, **20h30** !"); not an agenda's
item ("Alice's demo starts at 6:30", see `moving`)."""
NEXT_OF_TOPIC = re.compile(
    r"\b(?:la|le) (?:suivante?|prochaine?)\s*(?:,\s*)?(?:c'est|ce sera|sera|aura lieu|est prevue?)\b"
    r"|\bles (?:suivant|prochain)e?s(?: dates?)?\s*(?::|,? (?:ce sont|ce sera|sont|seront)\b)"
)
"""A reply naming the next of the topic's gatherings by a pronoun ("Et pour info la suivante c'est le jeudi 23 avril
même heure", under "Visios mensuelles du réseau"; "Les prochains : 18 avril et 16 mai, mêmes horaires"): more of them,
their days read, the topic's title naming the gathering; none moved."""
LEFT = re.compile(
    r"\b(?:(?<!now )from|de|du|instead(?: of)?|au lieu(?: de)?|rather than|not|pas|originally|initialement)\s+"
    r"(?:the\s+)?$"
)
"""Just before a time, words naming the start left ("from 7 PM to 8 PM", "à 15h au lieu de 14h", its "de" read with
the time)."""
ADDED = re.compile(
    r"\b(?:(?<!the )(?<!la )(?<!le )(?:second|deuxieme|seconde)(?! one\b)|also|additional|extra|as well|aussi|"
    r"egalement|en plus|supplementaires?)\b"
)
"""Words of a meeting added beside the one on record ("a second session is on Friday", "une deuxième visio"), in the
clause of a move word ("we need an extra hour" beside "Release party now 8-10 PM" adds none); not a rank ("the second
one moves to 5:30pm", "la deuxième passe à 14h", "le deuxième atelier sera mercredi 6 mai")."""
NOW_HOURS = re.compile(r"\bnow (?=\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|h\b|[-–]|to\b))")
"""A meeting's new hours given after "now" ("The live session is now 8-9 PM", "Release party now 8-10 PM ET")."""
PRONOUNS = frozenset({"it", "ll", "they", "we", "re", "ve", "elle", "il", "ils", "elles", "on", "ca", "this", "that"})
"""Words a subject names nothing by: a pronoun, the end of its contraction ("it'll", "we're")."""
SURE_HALF = re.compile(r"[ap]\.?m\b|\d\s*h|hrs?\b|heures?\b")
"""In a time, what tells its half of the day (am/pm, "18h", "20:00 hrs"); "at 5:15" alone does not."""
SAME_TIME = re.compile(
    r"\b(?:same (?:day and )?time|same timing|as usual|"
    r"memes? (?:jour,? )?(?:memes? )?(?:heures?|horaires?|creneau|format))\b"
)
"""Words keeping a moved meeting's hour ("postponed to next week, same time", "même jour même heure", "même
créneau", "Session 3 : jeudi 10 décembre, même format")."""
_N = r"(?:an?|one|une?|1|two|deux|2|three|trois|3)"
SHIFT = re.compile(
    r"\b(?:to |a |au )?(?:next week|the following week|la semaine (?:prochaine|suivante)|semaine prochaine)\b"
    rf"|\b(?:by|de|d'|back|forward)\s*(?:by\s+)?(?P<n>{_N})\s*(?P<unit>days?|jours?|weeks?|semaines?)\b"
)
"""A move by whole days or weeks, the hour kept ("postponed to next week, same time", "postponed by a day", "décalée
d'une semaine")."""
_NUMBERS = {"a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "1": 1, "two": 2, "deux": 2, "2": 2}
_NUMBERS |= {"three": 3, "trois": 3, "3": 3}


UNCHANGED = re.compile(
    r"\b(?:unchanged|no change|(?:don't|doesn't|do not|does not|won't|will not) (?:change|move)|unaffected|"
    r"not affected|as (?:it is|is|before|planned|scheduled|per (?:above|table|the table|schedule|plan))|"
    r"stays?|remains?|still on|inchangee?s?|ne bougen?t? pas|ne change(?:nt|ra)? pas|pas de changement|"
    r"rest(?:e|es|ent)|maintenue?s?|"
    r"comme prevu)\b"
)
"""Words of a reply saying meetings do not move ("Linked lists and revision sessions as it is", "Lundi et vendredi ne
bougent pas"): what they name is not the one it moves."""


def unchanged_words(low: str) -> frozenset[str]:
    """The words of the clauses saying meetings do not move (`UNCHANGED`), but those going on to a new hour ("la fête
    est maintenue le 30 mai mais commencera à 17h": its day stays, its hour changes)."""
    clauses = [(*_clause(low, m.span()), m.end()) for m in UNCHANGED.finditer(low)]
    return frozenset().union(
        *(words_of(low, start, end) for start, end, at in clauses if not _NEW_HOUR_AFTER.search(low, at, end))
    )


_NEW_HOUR_AFTER = re.compile(r"\b(?:mais|but)\b[^.!?\n]{0,40}?\d{1,2}\s?(?:h|:)")
"""After a meeting said to stay, "but" and an hour: its hour changes."""


class Moving(NamedTuple):
    """What of a reply moves a meeting (`moving`)."""

    sentences: list[tuple[int, int]]
    """The sentences: where the day a meeting moves to is read."""
    parts: list[tuple[int, int]]
    """Their parts between semicolons or dashes: where its new hour or shift is read ("the quiz is postponed to next
    week; see you at the session as usual" shifts no session)."""
    subjects: list[tuple[int, int]]
    """What each part says before its first move word ("the TA session" of "the TA session is preponed to Saturday,
    same time"): the meeting moved, not the day it goes to; of a part owning up to a slip alone, from that on
    ("Correction: the revision session is at 11:30 AM, not 11 AM")."""


NOT_MOVING = Moving([], [], [])


REVISED = re.compile(
    r"\b(?:finalement|final answer|final date|ce sera|re-?reports?|re-?changement|reconvoquee?s?|scratch that|"
    r"exceptionnellement|exceptionally|cette fois-ci|pour cette fois|(?:just )?this once|"
    r"change of plans?|"
    r"on bouge|on a (?:revu|change) (?:ca|le programme|les horaires|l'horaire)|"
    r"changement de plan|(?:petit |leger |gros )?changement\s*[:!]|"
    r"(?:c'est )?(?:valide|acte|tranche)(?: avec [^:.!?\n]{1,30})?\s*(?::|[\u2600-\u27bf\U0001f300-\U0001faff])|"
    r"je corrige\s*:|(?:petite )?correction\s*:|erratum\s*:|rectificatif\s*:|"
    r"instead|plutot|as (?:originally )?planned|original (?:timing|time|slot|date)|"
    r"horaire (?:initial|d'origine)|comme prevu (?:initialement|au depart)|"
    rf"(?:alors|donc|du coup) (?:c'est|c|on fait|on dit)(?= \**(?:le |la )?\**(?:{WD})\b)|"
    rf"(?:^|[.!?…]\s+)[^.!?\n]{{0,30}}\balors(?= \**(?:{WD})\b)|"
    r"(?:^|[.!?…]\s+)\W*du coup,?(?= \**\d{1,2} ?h)|"
    rf"(?:^|[.!?…]\s+)\W*(?:allez|bon|ok),? on (?:dit|fait)(?= \**(?:(?:le |la )?(?:{WD})\b|\d{{1,2}}(?:h|[:.]\d\d)))|"
    rf"back to (?=\**(?:the |l')?\**(?:\d|(?:{WD})\b|original|usual|normal)))"
)
"""Words of a new plan ("Zut. Bon, re-report : jeudi 18 mars à 18h", "Final answer: Friday Nov 20, 10am ET", "we're back
to 3pm ET on Tuesday as originally planned", "Exceptionnellement, la visio aura lieu mercredi 2 décembre", "ah ok dsl
alors c mercredi 17, meme heure", "Petit changement : … Donc demain 10h !", "Oui, validé : mardi 21 octobre, 14h",
"Allez, on dit 17h30-19h30 jeudi 2", "Exact, merci Julie, je corrige : mardi 10 février, 18h", "Validé 👍 Atelier
semis dimanche 29 mars à 14h", "Ah oui dsl 🤦 alors jeudi 12 novembre, 18h", "On décale à 18h ? … Du coup 18h jeudi
12.", "on a revu ça à la réunion d'hier soir : ouverture au public l'aprèm seulement, samedi 19 à 14h")."""


REPLACED_BY = re.compile(
    r"\b(?:remplacee?s? par|replaced (?:by|with)|laisse(?:nt)? (?:sa |la |leur )?place a|fait place a|"
    r"cede(?:nt)? (?:sa |la |leur )?place a|(?:on|nous) rempla(?:ce|cons) (?:la|le|les|l')\b[^.!?\n]{0,60}? par)\b"
)
"""Words of a meeting giving way to another ("La perm du samedi 7 mars est remplacée par une journée portes
ouvertes", "the talk is replaced by a panel on Thursday", "on remplace la réunion publique du 17 par une balade"): the
one named before them is off, the one after is on."""


REPLACING = re.compile(rf"\b{_REPLACE_BY}\b")
"""Where the words naming what replaces a meeting begin ("on le remplace par un CA en présentiel")."""


def replaces(low: str, marks: list[tuple[int, int, str]]) -> bool:
    """Whether a reply speaks of a change of plan (`Reading.replaces`): a move or call-off said of a meeting or of
    nothing named, or words of a new plan or of a meeting replaced by another, and no meeting added beside
    (`ADDED`)."""
    changed = any(said_of_a_meeting(low, pos) for pos, _, _ in marks) or REVISED.search(low) is not None
    changed = changed or REPLACED_BY.search(low) is not None
    return changed and ADDED.search(low) is None


def moving(low: str, marks: list[tuple[int, int, str]]) -> Moving:
    """Where a reply moves a meeting: a move word, a new time or day, a slip owned up to, a length it shifts by, a start
    given (`SUBJECT_MOVE`), said of a gathering or of nothing named before it ("the hangout moves to 6 PM", "Moving
    this to 19:00 UTC"), not of an exam or a release ("Exam will start at 1pm"); not in a part adding a meeting
    (`ADDED`)."""
    words = [pos for pos, _, kind in marks if kind == "move"]
    verbs = set(words)  # "déplacée", not the weekday a "même heure" follows, ends a subject
    for pattern in _MOVE_MARKS:
        words += [m.start() for m in pattern.finditer(low)]
    passes = [m.start() for m in HOUR_PASSES.finditer(low)]
    # one meeting's new hour; "l'atelier couture passe à 15h30, et la découpe laser passe à 14h" are a programme's rows
    words += passes if len(passes) == 1 else []
    owned = {m.start() for m in CORRECTION.finditer(low)}
    sentences: set[tuple[int, int]] = set()
    parts: dict[tuple[int, int], int | None] = {}
    said_at: dict[int, list[int]] = {}
    for pos in sorted({*words, *owned}):
        start, end = part_bounds(low, pos)
        said = _slip_of_a_meeting(low, pos, end) if pos in owned else said_of_a_meeting(low, pos)
        if not said or ADDED.search(low, *_clause(low, (pos, pos))):
            continue
        if NEXT_OF_TOPIC.search(low, sentence_bounds(low, pos)[0], pos):
            continue  # "la suivante c'est le jeudi 23 avril même heure": one more, none moved
        sentences.add(sentence_bounds(low, pos))
        parts.setdefault((start, end), pos if pos in owned else None)
        if pos not in owned:
            said_at.setdefault(start, []).append(pos)
    subjects = [
        _first_subject(low, start, sorted(at, key=lambda p: (p not in verbs, p))) for start, at in said_at.items()
    ]
    subjects += [(slip, end) for (start, end), slip in parts.items() if start not in said_at and slip is not None]
    return Moving(sorted(sentences), sorted(parts), sorted(subjects))


def _slip_of_a_meeting(low: str, pos: int, end: int) -> bool:
    """Whether the slip owned up to at `pos` is a meeting's: what follows it up to a time names a gathering, or no thing
    ("Small correction: the session is at 8:30 PM", "Oups : c'est jeudi à 17h30"), not another one ("Correction: the
    quiz is at 8:30 PM"); not one taking back a call-off ("oubliez mon message d'hier : on maintient la réunion du
    3/12 à 18h30"), which moves nothing."""
    slip = CORRECTION.match(low, pos)
    after = slip.end() if slip else pos
    stop = next((t.start() for t in P_TIME.finditer(low, after, end) if t.group("time").strip()), end)
    if KEPT_ON.search(low, after, stop):
        return False
    if GATHERING.search(low, after, stop):
        return True
    return EXAM.search(low, after, stop) is None and SUBJECT.search(low, after, stop) is None


_OBJECT = re.compile(
    r"(?:moving|pushing|bumping|shifting|rescheduling|deplacer|decaler|reporter|avancer|repousser|"
    r"on (?:deplace|decale|reporte|avance|repousse))\s+(?!(?:to|a|au|by|from|until|till|jusqu|de|d')\b)"
    r"[^.:;,!?\n()]{1,60}?"
    r"(?=\s+(?:to|a|au|by|from|until|till|one more time|again|so|because|jusqu)\b|\s*[.:;,!?\n(]|$)"
)
"""A move verb and its object, up to where the meeting goes ("moving the **triage** call to Friday"): the object
names the meeting moved."""


def _first_subject(low: str, start: int, marks: list[int]) -> tuple[int, int]:
    """The subject of a part's first move mark (`marks`, verbs first), past an adverb opening the part, which names
    nothing before it ("Finalement le deuxième atelier sera mercredi 6 mai, même heure": the deuxième atelier); not
    past words agreeing to a day ("Ok pour mercredi 16, même heure": the day is where the meeting goes)."""
    if len(marks) > 1 and _OPENING_ADVERB.match(low, marks[0]) and not words_of(low, start, marks[0]) - PRONOUNS:
        return _named_subject(low, start, marks[1])
    return _named_subject(low, start, marks[0])


_OPENING_ADVERB = re.compile(r"(?:finalement|en fait|en definitive)\b")
"""An adverb a move may open on, naming no meeting ("Finalement le deuxième atelier sera …")."""


def _named_subject(low: str, start: int, pos: int) -> tuple[int, int]:
    """What a part says before its first move word and, when that word is a verb, its object ("Heads up: moving the
    triage call to Friday"), or, when that is a pronoun alone ("Small change for the sprint. It'll now start at 3
    PM"), from the sentence before it: the meeting it names."""
    if obj := _OBJECT.match(low, pos):
        return start, obj.end()
    if words_of(low, start, pos) - PRONOUNS or start == 0:
        return start, pos
    return sentence_bounds(low, start - 2)[0], pos  # two back: past the space and the stop ending the one before


REASON_AFTER = re.compile(
    r",\s*(?:j'ai|on a|nous avons|il y a|car|parce qu|puisqu|le temps (?:de|que?)|pour que?|pour laisser|"
    r"afin (?:de|d'|que?)|histoire de|because|since|as (?:i|we) have|(?:i|we) have|so that)\b|"
    r"\b(?:la salle|le local|l'espace|le lieu) "
    r"(?:sert|servira|est (?:prise?|occupee?|reservee?|pris|occupe|reserve))\b|"
    r",\s*(?:la salle|le local|l'espace|le lieu|le cafe|le bar|la boutique|la mediatheque|la mairie) "
    r"(?:ferme|fermera|est fermee?|sera fermee?)\b"
)
"""A reason given after a move ("on avance au lundi 30, même heure, j'ai un conseil d'administration le 31", "on
commence à 18h30, le temps que tout le monde sorte des calls", "On décale à 18h, le café ferme plus tôt jeudi"), or
the room taken by something else ("Changement de programme : le jeudi 22 la salle sert pour la réunion du conseil de
quartier"): what it names is not what moves."""


def reason_at(low: str, start: int, end: int) -> int:
    """Where a sentence's reason after its move begins (`REASON_AFTER`), or its end; the room taken said first, before
    the move ("la salle est prise jusqu'à 19h ce jeudi-là, on décale à 19h"), is read past."""
    m = REASON_AFTER.search(low, start, end)
    first = PLACE_TAKEN.match(low, m.start(), end) if m else None
    if first is not None and _WE_MOVE.match(low, first.end(), end):
        m = REASON_AFTER.search(low, first.end(), end)
    return m.start() if m else end


_WE_MOVE = re.compile(r"\W*(?:(?:donc|alors|du coup)\s+)?(?:on|nous|je)\b")
"""After the room said taken, the writer's own move ("…, on décale à 19h"), not another thing's ("…, donc l'ouverture du
hackathon se fera à 19h")."""


def retimed_undated(low: str, found: list[Found]) -> bool:
    """A sentence gives the meeting a new time ("the session timing is changed to 7 PM", "nouvel horaire : 19h")
    naming no day, neither asked nor refused: the one meeting on record no longer starts when it said; a day in the
    reason after it is not the meeting's ("On décale à 18h, le café ferme plus tôt jeudi")."""
    for m in RETIMED.finditer(low):
        start, end = sentence_bounds(low, m.start())
        reason = reason_at(low, start, end)
        if any(start <= f.span[0] < reason for f in found) or "?" in low[m.end() : end + 1]:
            continue
        if not REFUSED.search(low, start, m.start()) and not ENDS_AT.search(low, start, m.start()):
            return True
    return False


_UNTIL = re.compile(r"\b(?:jusqu'(?:a|au|vers)|until|till)\s*\**$")
"""Right before a time, the words of how long a meeting lasts ("On commence à 18h comme prévu, prévoyez jusqu'à
20h30"): an end, not a new start."""


def new_clock(low: str, orig: str, found: list[Found], moving: list[tuple[int, int]]) -> NewClock | None:
    """The hour a reply moves a meeting to without naming its day ("rescheduled to 8 PM", "décalée à 18h30", "moves to
    17:00 UTC"), or naming it apart ("preponed to 6 PM on the same day (5 Nov)"): the first time of a moving sentence
    that holds no date read with its hour, not the one left, neither asked nor refused.
    `orig`: the text `low` folds, for the case of a zone's abbreviation."""
    for start, end in moving:
        end = reason_at(low, start, end)  # "On avance d'une demi-heure, j'ai un souci après 21h": not 21h
        if any(start <= f.span[0] < end and not f.all_day for f in found):
            continue  # a day's new hour is read with the day
        for m in _times_moved_to(low, start, end):
            if "?" in low[m.start() : _clause(low, m.span())[1] + 1]:
                continue  # a new hour asked for moves nothing; "Ok pour 19h30, tout le monde a vu ?" does
            if any(f.span[0] <= m.start() < f.span[1] for f in found) or day_number_at(low, m.start(), start):
                continue  # "la formation des 5-6 février est reportée", "au samedi 21 à 10h30": days, not hours
            if (
                LEFT.search(low, max(start, m.start() - 20), m.start())
                or REFUSED.search(low, start, m.start())
                or ENDS.search(low, max(start, m.start() - 30), m.start())
                or _UNTIL.search(low, max(start, m.start() - 12), m.start())
            ):
                continue
            changed = CHANGED.search(low, max(start, m.start() - 30), m.end())
            if changed is not None and changed.end() > m.start():
                # "shifted from 7 PM to 8:30 PM": the range's end is the new hour; "from 7 PM" alone, the one left
                span = read_span(low[m.start() : end])
                clock = span[1] if span else None
                if clock is None:
                    continue
            else:
                clock = read_clock(low[m.start() : end])
            if clock:
                zone, _ = tz_after(low, orig, m.end())
                sure = clock[0] > 12 or clock[0] == 0 or SURE_HALF.search(m.group(0)) is not None
                return NewClock(clock[0], clock[1], zone, sure)
    return None


_DAY_NUMBER = re.compile(r"\d{1,2}(?!\d|\s*(?:h\b|h\d|[:.]\d|[ap]\.?m\b))")
"""A number that is no hour written as one ("21" of "samedi 21 à 10h30", not "21h")."""
_BEFORE_A_DAY_NUMBER = re.compile(rf"\b(?:{WD}|du|le|au)\s+$")
"""Right before a number, a weekday or an article ("la réunion du 30 à 19h"): the number is its day of the month."""


def day_number_at(low: str, at: int, start: int = 0) -> re.Match[str] | None:
    """The day of the month written at `at` after a weekday or an article ("jeudi 18 à 19h30", "la réunion du 30 à
    19h"), not an hour, the text before `start` aside: its match, or None."""
    day = _DAY_NUMBER.match(low, at)
    return day if day and _BEFORE_A_DAY_NUMBER.search(low, max(start, at - 12), at) else None


def _times_moved_to(low: str, start: int, end: int) -> list[re.Match[str]]:
    """The times of a moving part, those after its first move word first ("the committee grabbed our 11am slot, so the
    call moves to 1 PM": 1 PM, then 11am)."""
    times = list(P_TIME.finditer(low, start, end))
    at = _first_move_word(low, start, end)
    if at is not None:
        times = [m for m in times if m.start() >= at] + [m for m in times if m.start() < at]
    # "on avance d'une demi-heure pour que les élus puissent partir à 11h30 : début 9h": the start said as such
    return sorted(times, key=lambda m: not START_LABEL.search(low, max(start, m.start() - 20), m.start()))


START_LABEL = re.compile(r"\b(?:debut|demarrage|starts?|starting|on commence|commence(?:ra)?)\s*(?:a|:|at)?\s*\**$")
"""Before a time, words giving it as a meeting's start ("début 9h", "début à 9h")."""


def _first_move_word(low: str, start: int, end: int) -> int | None:
    """Where a part first says a meeting moves ("reportée", "moves to", "an hour later"): what it names before is
    the meeting moved, what comes after is where it goes."""
    words = [
        m.start()
        for pattern in (POSTPONE, MOVING, MOVED_TO, SUBJECT_MOVE, SHIFTED)
        if (m := pattern.search(low, start, end))
    ]
    return min(words, default=None)


def shift_days(low: str, found: list[Found], moving: list[tuple[int, int]]) -> int | None:
    """The whole days a reply moves a meeting by, its hour kept ("postponed to next week, same time": 7; "postponed
    by a day": 1), in a moving sentence that names no date after its move word (the day named before it is the one
    left: "Tuesday's call is pushed by a week")."""
    for start, end in moving:
        # a date before the move word is the one left ("la visio de mardi est reportée à la semaine prochaine");
        # one after it is where the meeting goes, read with the day
        at = _first_move_word(low, start, end)
        after = start if at is None else at
        if any(after <= f.span[0] < end for f in found) or "?" in low[start : end + 1]:
            continue
        if m := SHIFT.search(low, start, end):
            if not m.group("n"):
                return 7 if SAME_TIME.search(low, start, end) else None  # "see you next week" dates nothing
            weeks = m.group("unit").startswith(("week", "semaine"))
            return _NUMBERS.get(m.group("n"), 1) * (7 if weeks else 1)
    return None


_LENGTH = r"(?P<n>\d{1,3}|an?|one|two|half an?|une?|deux|une demi-?)\s*(?P<unit>hours?|heures?|h|minutes?|mins?|min)\b"
BY_LENGTH = re.compile(
    r"\b(?:(?:push|mov|shift|delay|postpon|bump)(?:ed|e|es|ing)? (?:(?:it|this|that|the \w+) )?(?:back )?(?:by )?|"
    r"(?P<up>moved up (?:by )?|(?:avancee?s?|on avance|avancer(?: (?:le|la|l') ?[\w-]+)?) (?:de |d'))|"
    r"(?:decalee?s?|retardee?s?|repoussee?s?|on (?:decale|retarde|repousse)|"
    rf"(?:decaler|retarder|repousser)(?: (?:le|la|l') ?[\w-]+)?) (?:de |d')){_LENGTH}"
)
"""A meeting moved by a length of time, the new hour unsaid ("the call is pushed back 30 minutes", "décalée d'une
heure", "avancée de 15 minutes", "avancer le RDV d'une demi-heure": earlier)."""
LENGTH_LATER = re.compile(rf"\b{_LENGTH}\s*(?:later|plus tard|(?P<up>earlier|plus tot))\b")
"""A length then the way it moves ("une demi-heure plus tard", "an hour earlier"); not someone's own lateness ("I'll
be 10 minutes late")."""


HOUR_PASSES = re.compile(
    r"(?<!je )(?<!j'y )(?<!tu )(?<!il )(?<!elle )(?<!on )\bpass(?:e|ent|ait|aient) (?:a|au) (?=\**\d{1,2}h)"
)
"""A meeting going to another hour ("l'initiation passe à **14h-16h**, toujours le samedi 3 octobre", relayed: "elle
m'a dit que la réunion de jeudi passait à 10h"): its new hour, its day unchanged; not someone dropping by ("je passe
à 18h")."""


_MOVE_MARKS = (
    MOVING,
    RETIMED,
    NEW_HOUR,
    MOVED_TO,
    SHIFTED,
    SUBJECT_MOVE,
    SHIFT,
    SAME_TIME,
    NOW_HOURS,
    BY_LENGTH,
    LENGTH_LATER,
)
"""What marks a part of a reply as moving a meeting (`moving`): a move word, a new time or day, a start given, a
length it shifts by, a new hour."""


def shift_minutes(low: str, found: list[Found], moving: list[tuple[int, int]]) -> int | None:
    """The minutes a reply moves a meeting by, later or earlier (`BY_LENGTH`, `LENGTH_LATER`), in a moving part that
    gives no date, nor a time in the clause of the length (a time given there is the new hour: `new_clock`; one in
    another clause, "on avance d'une demi-heure, l'intervenante doit partir à 19h", may be no start at all)."""
    for start, end in moving:
        if any(start <= f.span[0] < end for f in found) or "?" in low[start : end + 1]:
            continue
        if m := BY_LENGTH.search(low, start, end) or LENGTH_LATER.search(low, start, end):
            if any(t.group("time").strip() for t in P_TIME.finditer(low, *_clause(low, m.span()))):
                continue
            n = m.group("n")
            number = 0.5 if n.startswith(("half", "une demi")) else _NUMBERS.get(n) or (int(n) if n.isdigit() else 0)
            minutes = round(number * (60 if m.group("unit").startswith("h") else 1))
            return -minutes if m.group("up") else minutes
    return None


def unnamed_moves(low: str) -> list[tuple[int, int]]:
    """The sentences of a reply that move, or correct the day of, what they do not name ("we're pushing this to
    Friday at 9 AM", "Oops, my mistake: it is Friday 11 December"), or call off a day alone ("Le dimanche est
    annulé"): the topic's meeting, named by its day."""
    found = [m for pattern in (POSTPONE, CORRECTION, STARTS_NOW) for m in pattern.finditer(low)]
    spans = [(sentence_bounds(low, m.start()), m.start()) for m in found]
    by_day = [(sentence_bounds(low, m.start()), m.start()) for m in CANCEL.finditer(low)]
    return sorted(
        {span for span, pos in spans if BARE_BEFORE.fullmatch(low, span[0], pos)}
        | {span for span, pos in by_day if DAY_CALLED_OFF.fullmatch(low, _after_lead_in(low, span[0], pos), pos)}
    )


def _after_lead_in(low: str, start: int, pos: int) -> int:
    """Where a sentence's words of a call-off at `pos` begin, past a clause leading to it ("Mise à jour : pas assez
    de terre pour deux jours, donc le dimanche 18 est annulé")."""
    lead = LEAD_IN.match(low, start, pos)
    return lead.end() if lead and DAY_CALLED_OFF.fullmatch(low, lead.end(), pos) else start


STARTS_NOW = re.compile(r"\bon (?:(?:demarre|commence|debute)(?:ra)? (?:a|des)|reste (?:a|sur)) (?=\d)")
"""A reply giving the topic's meeting its start in so many words ("Petite modif : on démarre à 18h", "→ on reste à
18h" after a move taken back): a new hour, or the same said again (`_restated`)."""
DAY_CALLED_OFF = re.compile(
    rf"\W*(?:(?:le|the|this|ce)\s+)?(?:{WD})(?:\s+\d{{1,2}}(?:er)?)?\b\W{{0,3}}(?:(?:est|is|sera|will be)\s+)?"
)
"""A day alone before a call-off ("Le dimanche est annulé", "- mercredi : annulée", "le dimanche 18 est annulé"): the
topic's meeting that day."""


def same_hour(
    low: str, kept: list[tuple[Found, Meeting]], left: list[Meeting], said: Sequence[Found] = ()
) -> list[Meeting]:
    """The post's meetings, a day alone its update moves the post's one meeting to taking that meeting's hour
    ("Visio jeudi 5 mars à 18h … EDIT : finalement vendredi 6 mars, même heure": Friday at 18h); with no meeting
    moved, the one hour an announcement gave before it, to a session held or to come ("Merci aux participant·es de la
    visio de mardi dernier (3 février, 18h-19h30) ! … prochaine session le mardi 3 mars, même heure"), among `said`
    (its dates read)."""
    if len(left) == 1:
        old = left[0]
        return [
            at_start(m, datetime.combine(m.start.date(), old.start.astimezone(ZoneInfo(old.tz)).timetz()), old)
            if m.all_day and not m.cancelled and SAME_TIME.search(low, *sentence_bounds(low, f.span[0]))
            else m
            for f, m in kept
        ]
    if left:
        return [m for _, m in kept]
    return [_hour_said_before(low, f, m, said) for f, m in kept]


def _hour_said_before(low: str, f: Found, m: Meeting, said: Sequence[Found]) -> Meeting:
    """A day alone said "même heure" at the one clock the post gave before it (`same_hour`), or, when its sentence
    first names the day it replaces, at the one clock given before to that weekday ("toujours le jeudi de 18h à
    19h30 … Sauf le jeudi 14 mai : la distribution est avancée au mercredi 13 mai, mêmes horaires", after a meeting at
    19h)."""
    bounds = sentence_bounds(low, f.span[0])
    if not m.all_day or m.cancelled or not SAME_TIME.search(low, *bounds):
        return m
    before = [g for g in said if not g.all_day and g.span[1] <= f.span[0]]
    replaced = {g.start.astimezone(ZoneInfo(g.tz)).weekday() for g in said if bounds[0] <= g.span[0] < f.span[0]}
    if replaced:
        before = [g for g in before if g.start.astimezone(ZoneInfo(g.tz)).weekday() in replaced]
    clocks = {g.start.astimezone(ZoneInfo(g.tz)).timetz().replace(tzinfo=None) for g in before}
    if len(clocks) != 1:
        return m
    g = before[0]
    start = datetime.combine(m.start.astimezone(ZoneInfo(m.tz)).date(), clocks.pop(), ZoneInfo(m.tz))
    return _timed(m, start, m.tz, g.end - g.start if g.end else None)


def at_start(m: Meeting, start: datetime, old: Meeting) -> Meeting:
    """`m` at `start`, in the zone and for the length of the meeting it moves (`old`), its id with its start."""
    return _timed(m, start, old.tz, old.end - old.start if old.end else None)


def _timed(m: Meeting, start: datetime, tz: str, length: timedelta | None) -> Meeting:
    """`m` at `start` in zone `tz`, lasting `length` when known, no longer a whole day, its id with its start."""
    end = start + length if length is not None else None
    return replace(m, start=start, end=end, tz=tz, all_day=False, id=meeting_id(m.topic_id, m.post_number, start))
