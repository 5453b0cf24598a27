"""A member asking which day a meeting is ("this Thursday the 7th or the 14th?", "samedi 10 ou samedi 17 ?",
"Sir tomorrow means today (Tuesday) or Wednesday?"), or its announcer saying it may move ("we may shift to Friday —
will confirm"): the day scribe read is one the thread itself is unsure of, so its reminders are held back until the
announcer says it again."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from zoneinfo import ZoneInfo

from bot.dateorder import DateOrder
from bot.models import Post
from bot.text import analyse, fold_same_length
from handlers.meetings.aside import DEADLINE_WORDS
from handlers.meetings.called_off import CANCEL, POSTPONE
from handlers.meetings.cues import GATHERING
from handlers.meetings.dates import BARE_WEEKDAY, MONTHS, WD_ANY, find_dates, hours_named
from handlers.meetings.meeting import Meeting
from handlers.meetings.names import DAY_WORDS, days_of_month, named, words_of
from handlers.meetings.sentences import sentence_bounds

EITHER = re.compile(r"\b(?:or|ou)\b")
"""The word offering two days."""
OTHER_MEETING = re.compile(
    r"\b(?:the next|next one|another|la prochaine|le prochain|une autre|un autre|should we|shall we|could we|can we|"
    r"on pourrait|on peut|pourrait-on|peut-on|vous preferez|you prefer|works better)\b"
)
"""A question choosing the day of another meeting ("should the next one be Thursday or Friday?"): no doubt of this
one's."""
DAY_OF_MONTH = re.compile(
    rf"\b([0-3]?\d)(?:st|nd|rd|th)\b|\b(?:le|the|{WD_ANY})\.?\s+([0-3]?\d)\b(?!\s*(?:h|:|[ap]\.?m|/|-))"
)
"""A day of the month written alone or after its weekday ("the 14th", "21st", "le 7", "jeudi 10"), as questions about
a day name it."""


def doubted(post: Post, ahead: Sequence[Meeting], tz: ZoneInfo, order: DateOrder) -> list[Meeting]:
    """The meetings to come of the topic whose day or hour a reply asks about among others: a question offering two
    days or more ("…X or Y?"), one of them the meeting's (by its date, its day of the month, or its weekday when both
    are weekdays alone: "Alors, mardi ou jeudi ?"), or two hours ("18h ou 18h30 ?"), one of them its hour, or two parts
    of the day ("le matin ou l'aprem ?") of a day the thread gave two hours. Its announcer asking is no doubt of
    theirs: they would say the day."""
    others, text, low, questions = _questions_on_others(post, ahead)
    asked: set[date] = set()
    numbers: set[int] = set()
    weekdays: set[int] = set()
    clocks: set[tuple[int, int]] = set()
    parts_asked = False
    for start, q in questions:
        sentence = text[start : q + 1]
        if not EITHER.search(low, start, q) or OTHER_MEETING.search(low, start, q):
            continue
        found = find_dates(sentence, post.created_at, tz, order)
        days = {f.start.astimezone(ZoneInfo(f.tz)).date() for f in found}
        dom = {int(a or b) for a, b in DAY_OF_MONTH.findall(low, start, q)}
        dom |= {int(n) for pair in BARE_DAYS.findall(low, start, q + 1) for n in pair}
        if len({d.day for d in days} | dom) >= 2:
            asked |= days
            numbers |= dom
        # "Alors, mardi ou jeudi ?": two weekdays alone, one of them the meeting's, whichever week it is in
        alone = {
            f.start.astimezone(ZoneInfo(f.tz)).weekday()
            for f in found
            if BARE_WEEKDAY.fullmatch(fold_same_length(sentence[f.span[0] : f.span[1]]).strip())
        }
        if len(alone) >= 2:
            weekdays |= alone
        if len(hours := hours_named(low[start:q])) >= 2:
            clocks |= hours  # "18h ou 18h30 ?": which hour the meeting is at
        parts_asked = parts_asked or len({_PART_OF.get(p, p) for p in _PARTS_OF_DAY.findall(low, start, q)}) >= 2
    # "c'est le matin ou l'aprem ?" of a day the thread gave two hours: which one holds is unsure
    twice = {day for day, n in Counter(m.day for m in others if not m.all_day).items() if n > 1}
    return [
        m
        for m in others
        if m.day in asked
        or m.day.day in numbers
        or m.day.weekday() in weekdays
        or (not m.all_day and m.clock in clocks)
        or (parts_asked and m.day in twice)
    ]


BARE_DAYS = re.compile(r"(?<![\w,.:/-])(?<!a )(?<!vers )(?<!entre )([0-3]?\d) (?:ou|or) ([0-3]?\d)(?=\s*\?)")
"""Two numbers alone as a whole question's choice ("18 ou 25 ? 🤔" under two dates given for one meeting): days of
the month asked between; not "2 ou 3 personnes ?" (a word follows), nor "à 18 ou 19 ?" (hours)."""


CONTESTED = re.compile(
    r"\b(?:c'?etait pas|ce n'etait pas|n'etait-ce pas|c'?est pas plutot|ce n'est pas plutot|"
    r"(?:avait|avaient|avions|aviez|avais) (?:dit|annonce|parle d\w*)|"
    r"wasn'?t it|was it not|i thought it was|didn'?t we say|did(?:n'?t| not) (?:you|they|\w+) say)\b"
)
"""A member's question saying the day was another ("Le CA c'était pas le jeudi 15 ?", "Annaig avait dit mercredi 25
non ?", "wasn't it on the 15th?")."""


STILL_ASKED = re.compile(r"\b(?:c'est|c|ca tient|ca reste|on reste) (?:bien )?toujours\b")
"""A member's question whether the meeting is still on its day ("C'est toujours jeudi ?")."""
SHOWN_ELSEWHERE = re.compile(
    r"\b(?:c'est|il est|c'etait|ils ont|elle a|il a) (?:marque|ecrit|indique|affiche|mis|annonce)\b"
    r"|\bsur (?:la page|l'affiche|le flyer|l'evenement|le site|facebook|insta)\b[^.!?\n]{0,40}\b(?:dit|dise|disent)\b"
)
"""Words of another page showing the meeting's day ("Sur la page Facebook du café c'est marqué vendredi 27"): with a
question whether it still holds, that day contests the announced one."""


def contested(post: Post, ahead: Sequence[Meeting], tz: ZoneInfo, order: DateOrder) -> list[Meeting]:
    """The meetings to come of others a member's question says were set for another day (`CONTESTED`, one day said),
    or asks whether they still hold where another page shows another day (`STILL_ASKED`, `SHOWN_ELSEWHERE`):
    the one it names by its words, or the one of the post it replies to, and a meeting on record on the day it says
    (two days given for one meeting: "Petit rappel : rdv jeudi 26 novembre 18h … pour la réunion de prépa", then
    "Annaig avait dit mercredi 25 non ?"). Which day holds is the thread's doubt until their announcer says it again."""
    others, text, low, questions = _questions_on_others(post, ahead)
    for start, q in questions:
        if EITHER.search(low, start, q) or OTHER_MEETING.search(low, start, q):
            continue  # "On pourrait pas plutôt faire ça jeudi ?" proposes a day, it says none was set
        if CONTESTED.search(low, start, q):
            said_at = (start, q + 1)
        elif STILL_ASKED.search(low, start, q) and (shown := SHOWN_ELSEWHERE.search(low)) is not None:
            said_at = sentence_bounds(low, shown.start())  # "c'est marqué vendredi 27": the day another page says
        else:
            continue
        days = {
            f.start.astimezone(ZoneInfo(f.tz)).date()
            for f in find_dates(text[slice(*said_at)], post.created_at, tz, order)
        }
        if len(days) != 1:
            continue
        said = days.pop()
        elsewhere = [m for m in others if m.day != said]
        words = words_of(low, start, q)  # its words naming the meeting, not the day contested
        at = named(words - DAY_WORDS - days_of_month(words), [m.names for m in elsewhere])
        if at is not None:
            meant = [elsewhere[at]]
        else:
            meant = [m for m in elsewhere if m.post_number == post.reply_to_post_number]
        if len(meant) != 1:
            continue
        return meant + [m for m in others if m.day == said and m.post_id != meant[0].post_id]
    return []


_PARTS_OF_DAY = re.compile(r"\b(matin|apres-midi|aprem|soir|morning|afternoon|evening)\b")
"""Parts of the day a question may offer ("c'est le matin ou l'aprem ?")."""
_PART_OF = {"aprem": "apres-midi", "afternoon": "apres-midi", "morning": "matin", "evening": "soir"}
"""One name for each part of the day."""


PASSES = re.compile(
    rf"\bpass(?:e|ait|erait|era|ent|aient|eraient|eront) (?:au |a |en |le )(?:{WD_ANY}|\d)|"
    rf"{GATHERING.pattern}[^.!?\n]{{0,30}}?\bsaut(?:e|ait|erait|era|ent|aient|eraient|eront)\b"
)
"""A meeting said to go to another day or hour, or to be skipped, asked ("l'atelier passait au mercredi 25 ?", "la visio
passe à 19h ?", "les permanences passeraient au jeudi à partir de février, c'est vrai ?", "J'ai entendu que la perm du
16 sautait à cause de la foire, c'est vrai ?"; not a sewing machine that "saute des points"): words of a change a
member heard of."""


def heard_changed(post: Post, ahead: Sequence[Meeting]) -> list[Meeting]:
    """The meeting a member asks whether it was moved or called off ("Il me semble qu'Hélène m'a dit que c'était
    décalé à 16h ? Mais je n'ai pas vu de message…", "la visio est annulée ?"): they heard of a change its announcer
    has not written. The one their question names, or the only one to come of others."""
    others, _, low, questions = _questions_on_others(post, ahead)
    for start, q in questions:
        if not (POSTPONE.search(low, start, q) or CANCEL.search(low, start, q) or PASSES.search(low, start, q)):
            continue
        if _A_DEADLINE.search(low, start, q) and not GATHERING.search(low, start, q):
            continue  # "Est-ce que la date limite a été repoussée ?": no meeting's change
        if len(others) == 1:
            return list(others)
        at = named(words_of(low, start, q), [m.names for m in others])
        return [] if at is None else [others[at]]
    return []


_A_DEADLINE = re.compile(rf"\b(?:{DEADLINE_WORDS}|echeance|cloture des \w+)\b")
"""A deadline a question asks about, not a meeting."""


def _questions_on_others(post: Post, ahead: Sequence[Meeting]) -> tuple[list[Meeting], str, str, list[tuple[int, int]]]:
    """The meetings to come announced by others than the post's writer, the post's text and its folded text, and
    where each of its questions starts and where its mark is: none when there is no such meeting."""
    others = [m for m in ahead if m.author.lower() != post.username.lower()]
    text = analyse(post).text
    low = fold_same_length(text)
    if not others:
        return others, text, low, []
    return others, text, low, [(sentence_bounds(low, max(0, q - 1))[0], q) for q, c in enumerate(low) if c == "?"]


_OWN_DOUBT = (
    r"\bje risque (?:fort )?(?:de ne pas (?:pouvoir|etre la)|d'etre (?:coincee?|retenue?|bloquee?|absente?))\b"
    r"(?=[^?]{0,80}\b(?:on verra|je vous (?:redis|redirai|tiens au courant|confirme)))"
)
"""The announcer saying they may not be there, and will say ("Je risque d'être coincé au boulot jeudi soir… on verra,
je vous redis"): the meeting may not hold."""
_DOUBTED = re.compile(_OWN_DOUBT)
TENTATIVE = re.compile(
    r"\b(?:may|might|could|probably|possibly|perhaps|maybe)\s+(?:have to\s+|need to\s+)?"
    r"(?:shift|move|postpone|reschedule|push|cancel|change)\b|\bwill confirm\b|"
    r"\b(?:peut-etre|sans doute|probablement)\s+(?:\w+\s+){0,2}?(?:decaler|reporter|deplacer|annuler|changer)\b|"
    r"\b(?:decal|report|deplac|annul|avanc)\w*\s+(?:peut-etre|sans doute|probablement)\b|"
    r"\b(?:a confirmer|je (?:vous )?confirme (?:demain|bientot|plus tard))\b|"
    r"\bpas (?:sure?|certaine?) (?:qu'on|que l'on|que nous|de) (?:puisse|pourra|pouvoir) (?:\w+ )?maintenir\b|"
    r"\b(?:ca vous (?:va|convient)|ca (?:vous )?irait|ok pour (?:vous|tout le monde)|vous etes ok|d'accord)\s*\?|"
    rf"{_OWN_DOUBT}"
)
"""Words of a move or a call-off that may come ("we may shift to Friday — will confirm", "on va peut-être décaler,
je confirme demain", "on avance la réunion à 18h30, ça vous va ?", "Je ne suis pas sûr qu'on puisse maintenir la CNC
vendredi", "Je risque d'être coincé jeudi soir… on verra, je vous redis")."""


def may_move(post: Post) -> bool:
    """Whether a reply says a move or a call-off may come, in the sentence that moves or calls off ("on décale
    peut-être au jeudi 25, je confirme demain", "we may shift to Friday"), not a detail to confirm beside a day it
    gives ("salle à confirmer")."""
    low = fold_same_length(analyse(post).text)
    return _DOUBTED.search(low) is not None or any(
        POSTPONE.search(low, *bounds) or CANCEL.search(low, *bounds) or MAY_VERB.search(low, *bounds)
        for bounds in (sentence_bounds(low, m.start()) for m in TENTATIVE.finditer(low))
    )


MAY_VERB = re.compile(
    r"\b(?:shift|move|postpone|reschedule|push|cancel|decaler|reporter|deplacer|annuler|avancer|maintenir|"
    r"(?:on|nous) (?:avance|decale|reporte|deplace|repousse|annule)(?:ons)?)\b"
)
"""A verb of moving or calling off, as TENTATIVE's English and French infinitives name them."""


_DAY_OF_A_MONTH = re.compile(rf"\b([12]?\d|3[01])(?:er)?\s+(?:{MONTHS})\b")
"""A day of the month with its month ("mercredi 17 juin"): 17."""


def unsettled(post: Post, ahead: Sequence[Meeting]) -> list[Meeting]:
    """The meeting to come that its announcer (or staff), in a reply, says may move or be called off: its day is
    no longer sure. Of several, the one the sentence names ("on décale peut-être la visio au jeudi 25, je confirme
    demain. L'apéro ne bouge pas"); none when it names none of them or several, or names only other days of the
    month ("Et la suivante serait mercredi 17 juin, à confirmer")."""
    mine = [m for m in ahead if post.staff or m.author.lower() == post.username.lower()]
    low = fold_same_length(analyse(post).text)
    said = TENTATIVE.search(low)
    if not mine or said is None:
        return []
    bounds = sentence_bounds(low, said.start())
    words = words_of(low, *bounds)
    days = days_of_month(words) | {f"d{int(d)}" for d in _DAY_OF_A_MONTH.findall(low, *bounds)}
    if days and not any(f"d{m.day.day}" in days for m in mine):
        return []  # "Et la suivante serait mercredi 17 juin, à confirmer": another day than theirs
    if len(mine) == 1:
        return mine
    at = named(words, [m.names for m in mine])
    return [] if at is None else [mine[at]]
