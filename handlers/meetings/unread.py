"""Replies that say a meeting changes in words scribe cannot read into a new day or hour.

A reply saying "la mairie reporte le marché au samedi 14" or "Oubliez mon message d'hier, on reste à 14h comme prévu"
changes the meeting even when no rule reads where it goes. Reminding it at its old start would be confidently wrong
in public; holding it back (no reminder, the preview says why) is what a careful moderator does until its announcer
writes it plainly."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from bot.dateorder import DateOrder
from bot.models import Post
from bot.text import analyse, fold_same_length
from handlers.meetings.aside import CLOCK_CHANGE
from handlers.meetings.called_off import BARE_BEFORE, ENDS_AT, KEPT_AFTER, KEPT_ON, NEGATED, NOT_OURS_FR, UNSETTLED
from handlers.meetings.dates import (
    P_TIME,
    WD,
    WEEKDAY_INDEX,
    Found,
    find_dates,
    hours_named,
    on_day,
    read_clock,
    read_span,
    wall,
)
from handlers.meetings.meeting import Meeting
from handlers.meetings.moves import day_number_at
from handlers.meetings.names import DAY_WORDS, named, words_of
from handlers.meetings.sentences import _clause, sentence_bounds

CHANGE = re.compile(
    r"\b(?:decal\w*|report(?:e|ee|es|ees|er|ons|era|erons)|annul\w*|"
    r"(?<!se )(?<!me )(?<!te )(?<!nous )(?<!vous )deplac\w*|repouss\w*|recul\w*|reprogramm\w*|"
    r"(?<!d')(?<!en )avanc(?:e|ee|es|ees|er|ons|era|erons)(?= (?:a|au|aux|de|d'|du|l'|la|le|les|notre)\b)|"
    r"bascul\w*|recal\w*|(?:on a|on l'a|nous avons|j'ai|ils ont|elles ont) cale|le lendemain|changement|"
    r"modifi(?:e|ee|es|ees|er|ons)|rectif\w*|erratum|"
    r"(?<!n')oubliez|(?<!n')ignorez|au lieu d[eu]|a la place|remplac\w*|on reste a|restera a|"
    r"(?<!je )(?<!tu )(?:passe|passera) (?:a|au)"
    r"(?= \**(?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|la semaine|l'apres|le matin|midi))|"
    r"nouvel(?:le)? (?:date|horaire|heure)|nouveaux horaires|n'aura pas lieu|n'a plus lieu)\b"
)
"""Words of a change of day or hour, or of a call-off ("la mairie reporte le marché", "on reste à 14h", "passe à 15h",
"n'aura pas lieu", "on a calé la soirée le lendemain"); not "en avance", "merci d'avance", "on avance bien", a
"reportage", "n'oubliez pas", "je passe à la perm déposer des chaises", people who "se déplacent", nor English words
spelt alike ("a bug report", "Modification / addition to…")."""
UNCHANGED = re.compile(
    r"\b(?:pas de changement|aucun changement|rien ne change|ne change pas|ne bouge pas|sans changement|"
    r"toujours (?:le|a|au)|toujours(?= \**\d)|(?:reste|restent|on garde|nous gardons|c'est) bien|comme prevu|"
    r"comme (?:annonce|indique|dans (?:le|mon|l') ?(?:premier |1er )?(?:message|post|annonce))|"
    r"comme d'hab\w*|maintenue?s?|(?:on |nous )?maint(?:ient|enons) bien|(?:rien|personne) n'(?:est|a ete|sera)|"
    r"rien n'a change|ne change rien|pas (?:reportee?s?|annulee?s?|decalee?s?|deplacee?s?)(?! (?:a|au|pour)\b)|"
    rf"(?:on est|c'est|nous sommes) toujours bons?|{NOT_OURS_FR}|(?:on garde|nous gardons)(?= \**\d{{1,2}} ?h)|"
    r"on se (?:retrouve|reverra|revoit) (?:donc )?(?:a la|au|a l')(?= (?:reunion|rentree|ag|assemblee|prochaine?))|"
    r"memes? (?:jour|date),? (?:et )?memes? (?:heures?|horaires?))\b|"
    r"(?:^|[.!?…]\s+)\W*(?:oui,? )?c'est(?= \**\d{1,2} ?h)"
)
"""Words saying the meeting stays as it was ("pas de changement pour jeudi", "maintenue mercredi 4 juin", "Non non,
toujours 14h30 le 11", "C'est le concert de la Tour qui est annulé, pas le nôtre. Samedi 21h30, on est toujours bons",
"l'AG reste bien le jeudi 26 mars à 19h", "On garde bien 14h le samedi 22", "Non on garde 18h30, dsl", "on annule tout
pour août, on se retrouve à la réunion de rentrée", "Mardi 8, 18:00, comme dans le premier message", "la réunion se
fera au café, même jour même heure": another place), or its hour given in answer ("c'est 18 h, le tableau est faux" to
"c'est 18 h ou 18h30 ?")."""
TAKEN_BACK = re.compile(r"\b(?:oubliez|ignorez|on (?:reste|revient|repasse) (?:donc |finalement |bien )?a)\b")
"""Words taking a change back ("Oubliez mon message, on reste à 14h comme prévu"): back from the moved hour, which
"comme prévu" does not keep."""
KEPT_DAY_REACH = 6
"""How far after "on maintient" / "on garde" the day kept is written (a space, bold marks, an article)."""
_KEPT_ON_A_DAY = re.compile(rf"\b(?:on |nous )?(?:maintient|maintenons|garde|gardons)(?= \**(?:le |la )?\**(?:{WD})\b)")
"""A day said kept, with its date ("On maintient samedi 28.", "Non on garde samedi : le dimanche le portail est
fermé"): the meeting of that day stays, the day read in the sentence; alone ("on maintient"), the words say nothing
of which."""
BACK_TO = re.compile(r"\bon (?:reste|revient|repasse) (?:donc |finalement |bien )?a\s+")
"""Before an hour, the words taking a meeting back to it ("on reste donc à 10h", "on revient à 18h")."""

OWN_PLANS = re.compile(
    r"\bi(?:'ll| will)? (?:need to |have to |must )?(?:drop|leave|skip|miss|be late|be away|join late)\b|"
    r"\bi (?:can't|cannot|won't) (?:make|attend|join)\b|\bpour moi\b|"
    r"\bmon (?:creneau|rdv|rendez-vous|train|bus|vol|covoit\w*|travail|boulot)\b|\bma (?:participation|venue)\b|"
    r"\bje (?:ne )?(?:pourrai|serai|peux|pourrais) (?:pas )?(?:etre la|venir|absente?|en retard|partir)\b|"
    r"\bje (?:dois|vais) partir\b"
)
"""A member speaking of their own plans in the reply ("I will need to drop off the call at 10:00", "pas de perm le
samedi 22 pour moi", "je serai absente", "je dois décaler mon train"): what they move or call off is theirs, not the
meeting. Not any "je": a co-organiser writes "je vous informe que la réunion passe à 19h"."""


def changed_unread(post: Post, ahead: Sequence[Meeting], read: Collection[date], order: DateOrder) -> list[Meeting]:
    """The meetings to come a reply's sentences of change name, not asked about, not of the writer's own plans, not
    said to stay: the one it names by its words or its day, or the topic's only one when it names none. A sentence
    giving exactly a meeting's own start restates it; one naming a day whose change the post was read for (`read`:
    "Rectif : pas de perm samedi 10, le local sera fermé du jeudi au samedi") is read. Which of the meetings the
    post did change is the caller's to know."""
    if post.post_number < 2 or not ahead:
        return []
    text, low = _texts(post)
    out: dict[str, Meeting] = {}
    for m in CHANGE.finditer(low):
        start, end = sentence_bounds(low, m.start())
        if _left_standing(low, m, start, end):
            continue
        if kept := KEPT_AFTER.search(low, m.end(), end):
            end = kept.start()  # "la scène ouverte du 24 est annulée, celle du 10 est maintenue": the 24th's only
        said, hours = _said(post, text[start:end], ahead[0].tz, order)
        if any(_day(f) in read for f in said):
            continue
        stays = _STAYS_AT.match(low, m.end()) if m.group(0) in ("on reste a", "restera a") else None
        onto = _ONTO_A_WEEKDAY.match(low, m.end()) if m.group(0).endswith((" au", " a")) else None
        for meeting in _named(low, start, end, ahead, said):
            if stays is not None and (int(stays.group(1)), int(stays.group(2) or 0)) == meeting.clock:
                continue  # "la salle ferme à 20h30… on reste à 18h30": its own hour, the other one a reason
            if onto is not None and _its_weekday_this_week(meeting, post, onto.group(1)) and not hours:
                continue  # "tout passe au samedi" of Saturday's open stage: where it already is
            if not _restates(meeting, said, hours):
                out[meeting.id] = meeting
    return list(out.values())


_ONTO_A_WEEKDAY = re.compile(rf"\s*(?:le\s+)?\**({WD})\b")
"""The weekday a change word moves to ("tout passe au samedi")."""


def _its_weekday_this_week(meeting: Meeting, post: Post, weekday: str) -> bool:
    """Whether a weekday named is the meeting's own, in the week after the post: the day it is already on."""
    local = meeting.start.astimezone(ZoneInfo(meeting.tz))
    days_ahead = (local.date() - post.created_at.astimezone(ZoneInfo(meeting.tz)).date()).days
    return WEEKDAY_INDEX[weekday] == local.weekday() and 0 <= days_ahead < 7


_STAYS_AT = re.compile(r"\s*\**(\d{1,2})\s*(?:h|:)\s*(\d\d)?")
"""The hour a meeting is said to stay at, right after "on reste à"."""


def restated(post: Post, held: Sequence[Meeting], order: DateOrder, asked: Collection[str] = ()) -> list[Meeting]:
    """Of meetings held back, those a reply gives again at their own start, in a sentence saying they stay or take a
    change back ("Oubliez notre message précédent : on reste à 10h comme prévu", "Non non, toujours 14h30 le 11"): on
    again when their announcer writes it. One held back for a change a member only asked about (`asked`, by id) is
    on again by a sentence saying it stays without a day or an hour ("Non non, pas reportée !"), or by a short answer of
    its announcer giving its day again ("non non mardi 👍"); one in doubt, by a short answer of its announcer giving
    its day and hour again ("Vendredi 18h30 👍"). A day said kept is the one right after the words keeping it ("Non on
    garde samedi : le dimanche le portail est fermé": Saturday)."""
    if post.post_number < 2 or not held:
        return []
    text, low = _texts(post)
    out: dict[str, Meeting] = {}
    matches = [(m, False) for pattern in (UNCHANGED, TAKEN_BACK) for m in pattern.finditer(low)]
    matches += [(m, True) for m in _KEPT_ON_A_DAY.finditer(low)]  # a day said kept: the day right after the words
    for m, on_a_day in matches:
        start, end = sentence_bounds(low, m.start())
        if "?" in low[m.end() : end + 1]:
            continue
        said, hours = _said(post, text[start:end], held[0].tz, order)
        if on_a_day:  # not the day of the reason given ("le dimanche le portail est fermé")
            said = [f for f in said if 0 <= f.span[0] - (m.end() - start) <= KEPT_DAY_REACH]
            if not said:
                continue
        # "19h comme d'hab 😊" answering "c'est à 19h ou 19h30 ?": the one held back, at its own start
        # "Non non : … la date ne bouge pas" answering "J'ai entendu que l'AG allait être décalée ?": the one asked of
        asked_of = [m for m in held if m.id in asked] if not said and not hours else []
        named = _named(low, start, end, held, said) or (list(held) if len(held) == 1 else [])
        for meeting in {m.id: m for m in (*named, *(asked_of if len(asked_of) == 1 else []))}.values():
            if _restates(meeting, said, hours) and (hours or meeting.all_day):
                out[meeting.id] = meeting
            elif not hours and said and {_day(f) for f in said} == {meeting.day}:
                out[meeting.id] = meeting  # "Non non c'est bien samedi 13 !": its day, its hour unsaid
            elif not hours and not said and meeting.id in asked:
                out[meeting.id] = meeting
    if not out and post.reply_to_post_number is not None and len(low) <= SHORT_ANSWER:
        # "Vendredi 18h30 👍" answering "Du coup vendredi ou samedi ?": the one in doubt, given again whole by its
        # announcer
        said, hours = _said(post, text, held[0].tz, order)
        out = {m.id: m for m in held if _by(m, post) and said and hours and _restates(m, said, hours)}
        # "non non mardi 👍" answering "c pas plutôt mercredi ?": the one asked of, its day given again
        out |= {
            m.id: m
            for m in held
            if m.id in asked and _by(m, post) and said and not hours and {_day(f) for f in said} == {m.day}
        }
    return list(out.values())


def _by(meeting: Meeting, post: Post) -> bool:
    """Whether the post is by the meeting's announcer."""
    return meeting.author.lower() == post.username.lower()


SHORT_ANSWER = 80
"""The longest reply read whole as the answer to a question on a meeting's day or hour."""


def _said(post: Post, sentence: str, tz: str, order: DateOrder) -> tuple[list[Found], set[tuple[int, int]]]:
    """The dates a sentence of the post writes, and the hours it names."""
    return find_dates(sentence, post.created_at, ZoneInfo(tz), order), hours_named(sentence)


def _left_standing(low: str, m: re.Match[str], start: int, end: int) -> bool:
    """Whether a sentence's change word leaves the meeting as it was: asked ("c'est décalé ?"), denied ("pas
    reporté", "rien n'est décalé"), maybe or past ("si on annule je le dis ici"), the writer's own plans, said
    unchanged or kept on after it ("oubliez mon message d'hier : on maintient la réunion"), a new end ("se terminera
    à 21h au lieu de 20h") or the clocks changing."""
    asked = "?" in low[m.end() : end + 1]
    denied = NEGATED.search(low[max(start, m.start() - 16) : m.start()]) is not None
    maybe = UNSETTLED.search(low, start, m.start()) is not None
    kept = UNCHANGED.search(low, start, end) is not None and TAKEN_BACK.search(low, start, end) is None
    # "oubliez mon message d'hier : on maintient la réunion du 3/12": a call-off taken back
    kept = kept or (TAKEN_BACK.search(low, start, end) is not None and KEPT_ON.search(low, m.end(), end) is not None)
    other = OWN_PLANS.search(low, start, end) or ENDS_AT.search(low, start, end) or CLOCK_CHANGE.search(low, start, end)
    return asked or denied or maybe or kept or other is not None


BARE_SUBJECT = re.compile(
    r"(?:(?:non|oui|si|ah|oh|euh|bah|ok|bon|alors|donc|pardon)\W+)*"
    r"(?:(?:on|nous|je|j'|c'|ca|elle|il|ce)\s?(?:a|avons|ai|est|sera|va|doit|devons)?\s*)?"
    r"(?:(?:ete|bien|donc|finalement|exceptionnellement|tout)\s+)*"
)
"""Before a change word, a subject that names nothing ("on décale", "Non non, on reste à 14h", "c'est reporté",
"Oubliez mon message"): the topic's meeting."""


_OWN_NUMBERED = re.compile(r"(?!h\d)[a-z]+\d{1,2}")
"""A day of the month as `words_of` names it ("le 31": "d31") or a label ("le M2"): a meeting's own, unlike an hour's
"h30"."""


def _named(low: str, start: int, end: int, ahead: Sequence[Meeting], said: list[Found]) -> list[Meeting]:
    """The meeting a sentence names: by its day written there, else by the most words of its own (not a weekday nor a
    number, but its day of the month or a label: "jeudi" may be the day it goes to, "le 31" is its day, "le M2" its
    label), else the only one to come when nothing else is the subject ("on décale à 15h"; not "le séminaire est
    déplacé", "c'est la réunion du CA qui est décalée")."""
    days = {_day(f) for f in said}
    on_day = [m for m in ahead if m.day in days]
    if on_day:
        return on_day if len(on_day) == 1 else []
    words = frozenset(
        w for w in words_of(low, start, end) if w not in DAY_WORDS and (w.isalpha() or _OWN_NUMBERED.fullmatch(w))
    )
    at = named(words, [m.names for m in ahead])
    if at is not None:
        return [ahead[at]]
    return list(ahead) if len(ahead) == 1 and _bare(low, start, end) else []


def _bare(low: str, start: int, end: int) -> bool:
    """Whether the sentence's change word has no subject naming something: a lead-in, then a pronoun at most."""
    first = CHANGE.search(low, start, end)
    if first is None:
        return False
    lead = BARE_BEFORE.match(low, start, first.start())
    return BARE_SUBJECT.fullmatch(low, lead.end() if lead else start, first.start()) is not None


def _restates(meeting: Meeting, said: list[Found], hours: set[tuple[int, int]]) -> bool:
    """Whether a sentence gives the meeting's own start and nothing else: its day (or none) at its hour."""
    days = {_day(f) for f in said}
    if days - {meeting.day}:
        return False
    if meeting.all_day:
        return bool(days) and not hours
    return hours == {meeting.clock}


NOT_THAT = re.compile(r"[\s*]*(?:,|et|\()?\s*(?:pas|non|et pas|et non|au lieu d[eu])\s+(?:a\s+|de\s+)?")
"""Between the hour a meeting is at and the one it is not ("le M2 c'est 13h30-16h30, pas 9h-12h", "14h30 au lieu de
14h", "débutera à **16h** (au lieu de 15h)")."""
Corrected = tuple[Meeting, datetime, datetime | None]


def corrected_hours(post: Post, coming: Sequence[Meeting], order: DateOrder) -> list[Corrected]:
    """The meetings to come a reply gives another hour by writing the one they are not at ("petite correction : le
    semis c'est 14h30, pas 14h", "coquille dans le tableau, le M2 c'est 13h30-16h30, pas 9h-12h"), or takes a change
    back to ("Oubliez mon message de mercredi : …, donc on reste à 18h", not the "dès 11h" beside it), with their new
    start and end, the same day: the meeting whose start is the hour denied, the one the sentence names when several
    are. Not when the sentence (the clause taking a change back) names another day, a move the rules read or not, or
    asks."""
    if post.post_number < 2 or not coming:
        return []
    text, low = _texts(post)
    out: dict[str, Corrected] = {}
    for new in _hours(low):
        between = NOT_THAT.match(low, new.end())
        old = P_TIME.match(low, between.end()) if between and new.group("time").strip() else None
        if old is None or not old.group("time").strip():
            continue
        start, end = sentence_bounds(low, new.start())
        now, was = read_span(low[new.start() : new.end()]), read_span(low[old.start() : old.end()])
        if now is None or was is None or now[0] == was[0] or "?" in low[old.end() : end + 1]:
            continue
        said, _ = _said(post, text[start:end], coming[0].tz, order)
        at_that_hour = [m for m in coming if not m.all_day and m.clock == was[0]]
        for meeting in _named(low, start, end, at_that_hour, said) if len(at_that_hour) > 1 else at_that_hour:
            if said and meeting.day not in {_day(f) for f in said}:
                continue
            out[meeting.id] = (meeting, *on_day(meeting.day, now, ZoneInfo(meeting.tz)))
    for m in BACK_TO.finditer(low):
        start, end = sentence_bounds(low, m.start())
        back = read_clock(low[m.end() : end])
        if back is None or "?" in low[m.end() : end + 1]:
            continue
        # the days of its own clause: "Oubliez mon message de mercredi : le CM est déplacé au 13, donc on reste à 18h"
        clause, stop = _clause(low, m.span())
        said, _ = _said(post, text[clause:stop], coming[0].tz, order)
        for meeting in _named(low, start, end, coming, said):
            if meeting.all_day or meeting.clock == back or any(_day(f) != meeting.day for f in said):
                continue
            out.setdefault(meeting.id, (meeting, wall(meeting.day, time(*back), ZoneInfo(meeting.tz)), None))
    return list(out.values())


def _hours(low: str) -> Iterator[re.Match[str]]:
    """The times a folded text writes, a day's number before "à" aside ("jeudi 18 à 19h30 au lieu de 19h": 19h30, not
    a range from 18h)."""
    at = 0
    while (m := P_TIME.search(low, at)) is not None:
        if day := day_number_at(low, m.start()):
            at = day.end()
            continue
        yield m
        at = m.end()


def _texts(post: Post) -> tuple[str, str]:
    """The post's text, and the same folded to read its words (same length: positions hold in both)."""
    text = analyse(post).text
    return text, fold_same_length(text)


def _day(f: Found) -> date:
    return f.start.astimezone(ZoneInfo(f.tz)).date()
