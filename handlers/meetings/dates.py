"""Dates and times as people write them, in French and English, read into aware datetimes.

dateparser reads day and month names ("17 mai", "6 déc.", "Friday 28 Feb") and weekdays;
it misreads French times ("18 h" as a year, "9 h 30" as 19:00, "vendredi 14h" as the
14th) and matches durations and bare numbers inside sentences. So this module finds the
date expressions itself with a small grammar, hands dateparser only the date words
(with explicit `languages`, `RELATIVE_BASE` and `PREFER_DATES_FROM`), and reads times,
ranges and time zones on its own. Discourse `[date]`, `[date-range]` and discourse-calendar
`[event]` markup, and their cooked HTML attributes, are read exactly.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from itertools import islice, pairwise
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.dateorder import DateOrder, day_first
from bot.text import fold_same_length
from bot.zones import PLACE_TIME, TZ_ABBR, same_zone, unread_zone
from bot.zones import tz_after as _tz_after
from handlers.meetings.cues import EXAM, GATHERING, GOODS
from handlers.meetings.sentences import ROW_CELLS, line_bounds, lines_after, sentence_bounds

MONTHS_FR = (
    "janvier|janv|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|octobre|novembre|decembre"
)
MONTHS_EN = (
    "january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|"
    "november|nov|december|dec"
)
MONTHS = "|".join(sorted(set(MONTHS_FR.split("|")) | set(MONTHS_EN.split("|")), key=lambda m: (-len(m), m)))
"""Every month's name, longest first; those of one length in a fixed order, the same pattern in every process."""
MONTH_NUMBER = {
    name: n
    for n, names in enumerate(
        (
            "janvier january",
            "fevrier february",
            "mars march",
            "avril april",
            "mai may",
            "juin june",
            "juillet july",
            "aout august",
            "septembre september",
            "octobre october",
            "novembre november",
            "decembre december",
        ),
        start=1,
    )
    for name in names.split()
}
"""A month's number by its full name, folded ("the one of April": "le café d'avril")."""
_FR_ONLY = set(MONTHS_FR.split("|")) - set(MONTHS_EN.split("|"))
_EN_ONLY = set(MONTHS_EN.split("|")) - set(MONTHS_FR.split("|"))
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD_ABBR_FR = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
WD_ABBR_EN = {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "weds": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
"""English weekdays cut short ("Tue and Thu live sessions are cancelled")."""
_WD_ABBR = {**_WD_ABBR_FR, **WD_ABBR_EN}
_WD_EN_OWN = ("tues", "thurs", "weds")
"""English weekdays cut short that no other word is spelt as: weekdays wherever written (`P_WEEKDAY`)."""
_WD_EN_SHORT = "|".join(w for w in WD_ABBR_EN if w not in _WD_EN_OWN)
"""The other English weekdays cut short ("sat", "sun" and "wed" are words too): weekdays only before a time
(`P_WEEKDAY_SHORT`)."""
WEEKDAY_INDEX = {**{w: i for i, w in enumerate(WEEKDAYS_FR)}, **{w: i for i, w in enumerate(WEEKDAYS_EN)}}
WD = "|".join(WEEKDAYS_FR + WEEKDAYS_EN)
WD_ANY = "|".join((*WEEKDAYS_FR, *WEEKDAYS_EN, *sorted(_WD_ABBR, key=len, reverse=True)))

# Relative day words → days after the post's own (local) date, and the part of day they imply.
RELATIVE_DAYS: dict[str, tuple[int, str | None]] = {
    "aujourd'hui": (0, None),
    "aujourd hui": (0, None),
    "ce soir": (0, "pm"),
    "ce matin": (0, "am"),
    "cet apres-midi": (0, "pm"),
    "cet aprem": (0, "pm"),
    "demain soir": (1, "pm"),
    "demain matin": (1, "am"),
    "demain apres-midi": (1, "pm"),
    "apres-demain": (2, None),
    "apres demain": (2, None),
    "demain": (1, None),
    "today": (0, None),
    "right now": (0, None),
    "en ce moment": (0, None),
    "tonight": (0, "pm"),
    "this evening": (0, "pm"),
    "this afternoon": (0, "pm"),
    "this morning": (0, "am"),
    "tomorrow evening": (1, "pm"),
    "tomorrow night": (1, "pm"),
    "tomorrow morning": (1, "am"),
    "tomorrow afternoon": (1, "pm"),
    "day after tomorrow": (2, None),
    "tomorrow": (1, None),
    "tmrw": (1, None),
    "tommorow": (1, None),
    "tommorrow": (1, None),
    "tomorow": (1, None),
    "in a week": (7, None),
    "in one week": (7, None),
    "in two weeks": (14, None),
    "in 2 weeks": (14, None),
    "in a fortnight": (14, None),
    "in three weeks": (21, None),
    "in 3 weeks": (21, None),
    "dans une semaine": (7, None),
    "dans huit jours": (7, None),
    "dans 8 jours": (7, None),
    "dans deux semaines": (14, None),
    "dans 2 semaines": (14, None),
    "dans quinze jours": (14, None),
    "dans 15 jours": (14, None),
    "dans trois semaines": (21, None),
    "dans 3 semaines": (21, None),
}
WEEKS_ON = 7
"""From this many days on, a relative day ("in two weeks", "dans quinze jours") dates a meeting only with its time and
no other day in its sentence ("Next call in two weeks, same time (1pm ET)"): alone, it is a manner of speaking."""
NIGHT_ENDS = 5
"""Before this local hour, people still count the day that is starting as "tomorrow"."""
_REL = "|".join(re.escape(k) for k in sorted(RELATIVE_DAYS, key=len, reverse=True))

_YEAR = r"(?P<y>(?:19|20)\d\d)(?!\s*(?:hrs?|hours)\b|\s*(?:-|–|to)\s*\d{4}\s*(?:hrs?|hours)\b)"
"""A year, not a time the military way ("5th Nov, 1900-2100 hrs", "2000 hrs")."""
_WD_AFTER = (
    rf"(?:(?<![.!?]),?[^\S\n]*(?:(?:\(|-[^\S\n]|\|)[^\S\n]*)?(?P<wd2>{WD_ANY})\b"
    rf"(?!\.?,?[^\S\n]+(?:(?:the|le)[^\S\n]+)?(?:[0-3]?\d(?:st|nd|rd|th|er)?\b(?![:.h]\d|\s*(?:[ap]\.?m\b|h\b|hrs?\b))|{MONTHS_EN}\b))\.?\)?)?"
)
"""A weekday set after the date it names ("13th Nov, Wednesday at 6.30 PM", "13/11 (Wed)", a table's "| 13-11-2024 |
Wednesday |"): part of that date; never across a full stop ("due 13 Nov. Wednesday's session…") nor a line's end
(a list's "- Tue 14 July" then "- Thu 16 July"), nor when a day follows it: that weekday is the next date's
("Friday December 11, Saturday December 12 and…")."""
P_DAY_MONTH = re.compile(
    rf"(?:\b(?P<wd>{WD_ANY})\.?,?\s+(?:prochaine?\s+)?)?(?:\b(?:le|the)\s+)?\b(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|e)?(?:\s+(?:of\s+)?|-)"
    rf"(?P<m>{MONTHS})\b\.?(?:(?:,?\s+|-){_YEAR}\b)?{_WD_AFTER}"
)
P_MONTH_DAY = re.compile(
    rf"(?:\b(?P<wd>{WD_ANY})\.?,?\s+)?\b(?P<m>{MONTHS_EN})\b\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?"
    rf"{_WD_AFTER}"
)
_LIST_AND = r"\s*(?:,(?:\s*(?:and|et|&))?|&|and|et)\s*"
"""What joins the days of a list ("9th & 10th Nov", "Tuesday and Thursday", "les 4, 5 et 6 mai"); the spaces
after a bare comma are matched one way only, or a long list of numbers takes time doubling with each."""
P_DAY_LISTED = re.compile(
    rf"(?:\b(?:on\s+)?(?P<wd>{WD_ANY})\.?,?\s+)?(?<!week )(?<!weeks )(?<!module )(?<!lecture )(?<!chapter )"
    r"(?<!session )(?<!seance )(?<!partie )(?<!episode )(?<!etape )"
    rf"\b(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|e)?"
    rf"(?=(?:{_LIST_AND}(?:(?:{WD_ANY})\.?,?\s+)?[0-3]?\d(?:er|st|nd|rd|th|e)?){{1,6}}\s+(?:of\s+)?(?P<m>{MONTHS})\b\.?"
    rf"(?:,?\s+{_YEAR}\b)?)"
)
"""A day listed before the month it shares with the next ("9th & 10th Nov", "les 4 et 5 mai"), its weekday with the
"on" before it ("on Friday 11, Saturday 12 and Sunday 13 December": not the weekday alone): a day of its own; not a
part's number ("Session 3, mardi 6 octobre").
A list holds at most seven days, so a long run of numbers with no month after it is read in linear time."""
_NOT_HOUR = r"(?![:.]\d|\s*(?:[ap]\.?m\b|h\b|hrs?\b|heures?\b|%|/))"
P_MONTH_DAY_LIST = re.compile(
    rf"\b(?:{MONTHS_EN})\b\.?\s+[0-3]?\d(?:st|nd|rd|th)?(?P<rest>(?:\s*,\s*[0-3]?\d(?:st|nd|rd|th)?\b)*"
    rf"\s*,?\s*(?:and|&)\s*[0-3]?\d(?:st|nd|rd|th)?\b){_NOT_HOUR}"
    r"|\ble\s+[0-3]?\d(?:er|e)?(?P<reste>(?:\s*,\s*le\s+[0-3]?\d(?:er|e)?\b)*\s*,?\s*et\s+le\s+[0-3]?\d(?:er|e)?\b)"
    rf"{_NOT_HOUR}"
)
"""Days of one month listed after it ("July 7, 14, 21 and 28", "Dec 3, 10 and 17"), or in French after a month named
before ("en septembre (le 1er, le 8, le 15 et le 22)"): the list's days after its first, each a day of its own
(`P_LISTED_DAY`), of the month named last before it; only in a sentence naming a series (a list of days otherwise is
often one event's run: "June 25, 26 and 27")."""
P_LISTED_DAY = re.compile(r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|e)?\b")
_MONTH_NAMED = re.compile(rf"\b(?P<m>{MONTHS})\b")
MONTH_REACH = 80
"""How far before a listed day its month may be named."""
_DAY_TO = r"\s*(?:-|–|—|to|through|thru|until|till|au|jusqu'au)\s*"
"""What joins the first and the last day of a span ("14-18 December", "June 28 to July 2")."""
P_DAY_SPAN = re.compile(
    rf"\b(?P<d>[0-3]?\d)(?:er|st|nd|rd|th)?{_DAY_TO}[0-3]?\d(?:er|st|nd|rd|th|e)?\s+(?:of\s+)?"
    rf"(?P<m>{MONTHS})\b\.?(?:,?\s+{_YEAR}\b)?"
)
"""Days sharing one month ("du 23 au 27 mars", "14-18 December"): the first day."""
_RUN_END = re.compile(
    r"[^\S\n]*(?:-|–|to|through|thru)\s*(?:[a-z]{3,9}\.?\s*\d{1,2}(?:st|nd|rd|th)?|\d{1,2})\b"
    r"(?!\s*(?:[:h.]\d|am\b|pm\b|a\.m|p\.m))"
)
"""Right after a day, the last day of its run, no hour ("Dec 14-18", "June 28-July 2", "June 27- July 1st"): with
the month first, `P_DAY_SPAN` cannot read the run whole, so the date read is its first day and the run only marks
it. An ordinal day only after its month: "from 18th Feb to 19th Feb" moves a session, it is no run; nor is the next
line of a list ("- Tue 14 July" then "- Thu 16 July")."""
P_ISO = re.compile(rf"\b(?P<y>20\d\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)\b(?![.-]\d){_WD_AFTER}")
P_NUMERIC = re.compile(
    rf"(?:\b(?P<wd>{WD_ANY})\.?,?\s+|\b(?P<lead>le|du|au|on|the)\s+)?\b(?P<d>[0-3]?\d)/(?P<m>[0-3]?\d)(?:/(?P<y>(?:19|20)?\d\d))?(?![\d/])(?!\s*(?:journee|jour|heure|day|hour|page|part|tiers))"
    rf"{_WD_AFTER}"
)
NUMBERED_BEFORE = re.compile(
    r"(?:\b(?:parts?|partie|ga|q|weeks?|modules?|units?|chapters?|chapitres?|assignments?|projects?|questions?|"
    r"levels?|rounds?|problems?|exercises?|exercices?|marks|scores?|points|versions?|v|slides?|episodes?)"
    r"\s*[:#]?\s*|\.)$"
)
"""Right before a numeric "day/month" without a year, weekday or "on": what it numbers or scores ("part 1/2",
"GA 3/4", "marks: 1/2"), or a version's dot ("v2.1/3"); no date then. Not an event's name ("quiz 12/03",
"session 12/03"), nor a verb ("mark 12/03", "set 12/03"): those are often followed by a date."""
NUMBERED_REACH = 30
"""How far before the date `NUMBERED_BEFORE` is looked for: its longest word and the spaces after it."""
P_NUMERIC_YEAR = re.compile(
    rf"(?:\b(?P<wd>{WD_ANY})\.?,?\s+)?(?<![\d.-])\b(?P<d>[0-3]?\d)(?P<sep>[-.])(?P<m>[0-3]?\d)(?P=sep)"
    rf"(?P<y>(?:20)?\d\d)\b(?![.-]\d){_WD_AFTER}"
)
"""A day, a month and a year joined by dots or dashes ("05.11.24", "5-11-2024")."""
NEAR_YEARS = 1
"""A year written with two digits is a date's only this close to the post's ("3.12.10" is a version)."""
_SPACED_DASH_TIME = r"(?=[^\S\n]+[-–—][^\S\n]+(?:[01]?\d|2[0-3])\s?(?:h\b|h[0-5]\d|:[0-5]\d))"
"""After a weekday's number, a dash with a space on each side, then a time ("Mardi 5 – 9h-12h : permanence", a
programme's line): the number is the day, the time its hour ("mardi 18-20h" stays a range of hours)."""
P_WEEKDAY_DAY = re.compile(
    rf"\b(?P<wd>{WD}|(?:lun|mer|jeu|ven|sam|dim)\.?|mar\.)\s+(?:the\s+)?(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|e)?\b"
    rf"(?![:.h]\d|\s*(?:h\b|[ap]\.?m\b|hrs?\b|heures?\b|%|/)"
    rf"|(?!{_SPACED_DASH_TIME})[^\S\n]*(?:-|–|to\b)[^\S\n]*(?:\d|(?:{WD})\b))"
    rf"(?=\s*(?:[,.;:!?()@\n\u2600-\u27bf\U0001f300-\U0001faff]|$|[-–—](?=[^\S\n]*[^\W\d])|{_SPACED_DASH_TIME}|(?:a|at|from|de|des|vers|between|entre|on|in|et|and)\b|"
    r"(?:c'est|c|ce|il|elle|je|j'\w+|tu|nous|vous|pour|avec|chez|au|aux|matin|soir|midi|apres-midi|est|sera|aura|"
    r"alors|donc|mais|puis|le|la|les|l'\w+|un|une|"
    r"ne|n'|se|s'|qui|on|y|en|sur|par|dans|sont|seront|ont|is|will|was|has|the|"
    r"(?:passe|reste|change|commence|demarre|debute|bouge|tombe|avance|recule|decale|devient|glisse|move|start|begin|"
    r"annul|report|maintenu|confirm|supprim|cancel|postpon)\w*)\b))"
)
"""A weekday and its day of the month, no month ("mardi 18 à 20h", "Tuesday the 18th"): the next month
where that day falls on that weekday ("mardi 3 c'est la réunion des financeurs", "le webinaire du jeudi 9 passe à
13h", "Mardi 17 – Permanence 10h-12h", "le samedi 22 😉", "dim. 29 à 10h", "le jeudi 22 la salle est prise", "Samedi 25
annulé du coup"). A number that is an hour ("mardi 18h", "Tuesday 8-10 PM") or counts something ("mardi 2 séances") is
not one."""
P_WEEKDAYS_OF_SERIES = re.compile(
    r"(?:(?<=\btous les )|(?<=\bevery )|(?<=\bpremiers )|(?<=\bderniers )|(?<=\bdeuxiemes )|(?<=\btroisiemes )|"
    rf"(?<=\bquatriemes ))(?P<wd>{WD})s\b"
)
"""A weekday in the plural after the words of a series ("tous les mardis à 17h", "every Tuesdays", "tous les premiers
jeudis du mois"): the series' slot."""
_AFTER_ITS_TIME = "|".join(
    rf"(?<={clock}{bold} )" for clock in (r"\dh", r"h[0-5]\d", r":[0-5]\d") for bold in ("", r"\*\*")
)
"""Right after a time ("18h30 le 12", "**18h30** le 12"), each in a look-behind of its own length."""
P_DAY_ALONE = re.compile(
    r"\b(?:le|the|on the)\s+(?P<d>[0-3]?\d)(?:er|st|nd|rd|th)?"
    r"(?=\s*,?\s*(?:a|at|@|vers|des|from|de)\s*(?:[01]?\d|2[0-3])(?:\s?h\b|\s?h\s?[0-5]\d|[:.][0-5]\d|\s?[ap]\.?m\b))"
    rf"|(?:{_AFTER_ITS_TIME})le\s+(?P<d2>[0-3]?\d)(?:er)?\b(?=[^\S\n]*(?:[,.;!)]|\n|$))"
)
"""A day of the month alone, before its time ("RDV le 9 à 18h", "on the 12th at 6 PM") or right after it ("on coupe
la poire en deux : **18h30** le 12, c'est acté"): the next such day. Without a time, "le 9" is as often a rank or a
number."""
_MOVED_VERBS = "reporte reportee reportes reportees decale decalee decales decalees repousse repoussee deplace deplacee"
_MOVED_TO = "|".join(rf"(?<=\b{verb} )" for verb in (*_MOVED_VERBS.split(), "passe", "glisse"))
"""The words before a day a meeting is moved to, each in a look-behind of its own length."""
P_DAY_MOVED = re.compile(
    rf"(?:{_MOVED_TO})au\s+(?P<d>[0-3]?\d)(?:er)?"
    r"(?=[^\S\n]*(?:[.,;!)]|\n|$|a la meme heure\b|meme heure\b))"
)
"""A day of the month alone that a meeting is put off or moved to ("Le concert est reporté au 12. Même heure, même
lieu."): the next such day; its hour is the meeting's."""
WEEKDAY_DAY_MONTHS = 3
"""How many months ahead the day of a weekday is looked for."""
P_RELATIVE = re.compile(rf"\b(?P<rel>{_REL})\b(?!-la\b)")
"""A day named from the post's own; not "ce soir-là", the evening of a day told before."""
P_WEEKDAY = re.compile(
    rf"\b(?:(?P<mod>ce|cette|this|next week(?:'s)?(?: on)?|next|on|last)\s+)?(?P<wd>{WD}|{'|'.join(_WD_EN_OWN)})\b"
    r"(?P<mod2>\s+prochain\b|\s+next week\b|\s+of next week\b|\s+de la semaine prochaine\b|\s+next\b|"
    r"\s+dernier\b)?"
)
"""A weekday, the next one unless "last Tuesday" / "mardi dernier" points back to the one just past, or
"next week Tuesday" / "mardi de la semaine prochaine" to the one of the next calendar week."""
_ORDINAL = (
    r"(?:first|second|third|fourth|last|1st|2nd|3rd|4th|premiers?|deuxiemes?|troisiemes?|quatriemes?|derniers?|"
    r"1ers?|1res?|[2-5](?:e|eme|emes)\b)"
)
_NTH = rf"{_ORDINAL}(?:\s*(?:,|and|&|et|ou|or)\s*(?:(?:the|le|la|les)\s+)?{_ORDINAL})*"
"""The days of the month a weekday comes back on ("first", "1st and 3rd", "le 1er et le 3e")."""
P_SERIES = re.compile(
    rf"\b(?:every|each|chaque|tous les|toutes les)\s+(?:other\s+|alternate\s+)?(?:{WD_ANY})s?\b"
    rf"(?:{_LIST_AND}(?:{WD_ANY})s?\b)*"
    rf"|\b(?:{WD_ANY})\.?\s*(?:-|–|to|through|thru|till|until|au|a)\s*(?:{WD_ANY})\b"
    rf"|\b(?:un|une|one)\s+(?:{WD})\s+(?:sur|out of|in)\s+(?:deux|trois|quatre|two|three|four)\b"
)
"""Weekdays of a series ("every Tuesday and Thursday", "tous les jeudis", "Mon-Fri", "du lundi au vendredi",
"un mardi sur deux"); with `P_NTH_SERIES`, no day of their own."""
NTH_LIST = re.compile(rf"\b{_NTH}")
P_NTH_SERIES = re.compile(rf"\b{_NTH}\s+(?:{WD})s?\s+(?:of\s+(?:the|each|every)\s+month|du mois|de chaque mois)\b")
"""Weekdays of a series by their days of the month ("le premier jeudi du mois", "le 1er et le 3e mardi du mois"),
read from the first day of a list (`NTH_LIST`): a series read from the list's first day is read from no later one,
and trying each would read a long list once per day in it."""
SERIES_WORDS = re.compile(
    r"\b(?:weekly|every week|each week|per week|regularly|usually|generally|recurring|timetable|"
    r"hebdomadaires?|mensuelle?s?|monthly|chaque semaine|toutes les semaines|par semaine|habituellement|"
    r"opening hours|open(?:ing)? times|horaires d'ouverture|heures d'ouverture|change(?:ment)? d'horaires|"
    r"(?:horaires|heures) (?:de |d'|du )?(?:distribution|accueil|depots?|(?:la )?boutique|(?:l')?epicerie|"
    r"(?:la )?ressourcerie|ete|hiver|vacances)|horaires estivaux|(?:nos |les )?horaires (?:du|de la|de l'|des) "
    r"(?:fablab|cafe|lieu|tiers-lieu|coworking|atelier|boutique|jardin|local|bar)|nos horaires)\b"
)
"""Words of a series: a weekday in their line, or under a heading holding them ("Weekly schedule:"), is
a slot that comes back, not one meeting ("this Tuesday" still names one)."""
HEADING_REACH = 8
"""How many lines above a weekday its list's heading may be."""
_MOVED = (
    r"changed|shifted|shifting|moved|moving|rescheduled|preponed|postponed|pushed|"
    r"decalee?s?|deplacee?s?|avancee?s?|reportee?s?"
)
"""Verbs of a meeting moved, English and French (folded)."""
_MOVED_BEFORE = re.compile(rf"\b(?:{_MOVED})\b[^.!?\n]{{0,48}}$")
"""Before two weekdays joined like a range, a move ("shifted from Tuesday to Wednesday", "moving this week's hangout
from Thursday to Friday"): the days it moves between."""
LEFT_FOR = re.compile(rf"\b(?:{_MOVED})\b[^.!?\n]{{0,48}}\b(?:from|du|de)\s+(?:(?:the|le)\s+)?$")
"""Before a day, a move from it ("moving this week's hangout from Thursday to Friday"): the day left, when another
follows after "to"."""
P_WEEKDAY_SHORT = re.compile(
    r"(?<!\bi )(?<!\bwe )(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!\byou )"
    rf"\b(?:(?P<mod>this|next|on)\s+)?(?P<wd>{_WD_EN_SHORT})\b\.?"
    r"(?=,?\s*(?:at\s+|@\s*|from\s+)?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d\s?(?:[ap]\.?m\b|hrs\b)?|\s?[ap]\.?m\b))"
)
"""An English weekday cut short ("Sat 7PM", "Wed, 6:30pm"): only before a time and after no pronoun ("I sat at
7 PM"), for "sat", "sun" and "wed" are words of their own."""

_H24 = r"(?:[01]?\d|2[0-3])"
_AP = r"(?P<ap{n}>[ap]\.?m\b\.?)"
_HOUR_QUAL = (
    r"(?:\s+(?P<q{n}>du soir|du matin|de l'apres-midi|in the evening|in the morning|in the afternoon|at night))?"
)


_HRS = r"\s?(?:hrs|hours)\b"
"""After four digits, a time written the military way ("1900 hrs", "1830-2000 hrs"); after a time, part of it
("20:00 hrs")."""


_PART_AFTER = r"(?=\s+(?:in the evening|in the morning|in the afternoon|at night|du soir|du matin)\b)"
"""After a bare hour, the part of day that makes it a time ("at 6 in the evening")."""


def _time_re(n: int) -> str:
    """A time of day, numbered `n` for its named groups (the start of a range and its end); not a length after "d'"
    ("une visio d'1h le même jour à 18h" starts at 18h, not at 1 AM)."""
    return (
        rf"(?:(?<!\d/)(?<!\d)(?!(?<=d')0?1\s?h)(?P<h{n}>{_H24})\s?h(?:eures?)?(?:\s?(?P<mi{n}>[0-5]\d))?(?!\w)"
        rf"|(?P<hc{n}>{_H24})[:.](?P<mic{n}>[0-5]\d)(?!\d)(?:\s?{_AP.format(n=n)}|{_HRS}\.?)?"
        rf"|(?P<ha{n}>1[0-2]|0?[1-9])\s?(?P<apa{n}>[ap]\.?m\b\.?)"
        rf"|(?P<hm{n}>[01]\d|2[0-3])(?P<mm{n}>[0-5]\d)(?={_HRS}|\s*(?:-|–|to)\s*(?:[01]\d|2[0-3])[0-5]\d{_HRS})"
        rf"(?:{_HRS}\.?)?"
        rf"|(?:12\s?)?(?<!\bdu )(?<!apres-)(?<!apres )(?P<word{n}>midi|noon|minuit|midnight)"
        rf"|(?P<hq{n}>1[0-2]|0?[1-9]){_PART_AFTER})" + _HOUR_QUAL.format(n=n)
    )


_BARE = rf"(?<![\d/.])(?P<hb1>{_H24})(?=\s*(?:-|–|—|a|to|until|(?(btw)(?:and|et)|(?!)))\s*\d)"
"""A bare hour opening a range ("8-10 PM", "between 8 and 10 PM"): its end tells its part of day; never the end of a
number ("0 à 19h" of "la réunion du 30 à 19h")."""
_RANGE_TO = r"(?:-|–|—|->|a|au|to|until|till|jusqu'a|(?(btw)(?:et|and)|(?!)))"
"""What joins a range's two times; "and" only after "between" ("10 AM and 7 PM" are two starts)."""
_ZONE_WORD = rf"(?:ist|utc|gmt|cet|cest|est|edt|et|pst|pdt|pt|bst|{PLACE_TIME})"
"""A zone's abbreviation or a place's time ("UK time") that may stand between a time and what follows it
(read after the time)."""
_ZONE_BETWEEN = rf"(?:\s*\(?{_ZONE_WORD}\)?(?=\s*{_RANGE_TO}\s*\d))?"
"""A zone written after the start as well as after the end ("10:00 AM ET until 11:00 AM ET")."""
P_TIME = re.compile(
    r"(?P<time>(?P<btw>(?<=between )|(?<=entre )|(?:entre|between)\s+)?(?:(?:de|from)\s+)?"
    rf"(?:{_time_re(1)}|{_BARE}){_ZONE_BETWEEN}"
    rf"(?:\s*{_RANGE_TO}\s*(?:{_time_re(2)}))?)"
)
P_DURATION = re.compile(
    r"\s*(?:\(\s*(?:duree|duration|length)?\s*:?\s*|,?\s*(?:for|lasting|pendant|durant)\s+)(?:about\s+|environ\s+)?"
    r"(?P<n>\d{1,3}(?:[.,]\d)?|an?|one|two|three|une|deux|trois)\s*-?\s*"
    r"(?P<unit>hours?|hrs?|h(?![a-z0-9])|heures?|minutes?|mins?|mn)(?![a-z])"
    r"(?!\s*(?:later|earlier|sooner|before|after|plus tard|plus tot|avant|apres)\b)"
)
"""A length written after the start ("at 10am ET (1 hour)", "à 18h pendant deux heures"): the end; not a shift ("(one
hour later)")."""
_WORD_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "un": 1,
    "une": 1,
    "two": 2,
    "deux": 2,
    "three": 3,
    "trois": 3,
    "four": 4,
    "quatre": 4,
    "five": 5,
    "cinq": 5,
    "six": 6,
}
"""Counts written in words (a length, a delay), folded."""
_CONNECT_AFTER = re.compile(
    r"^(?:[\s,:()·|]|-(?=\s)|–|\bde\b|\ba partir de\b|\ba\b|\bat\b|\bdes\b|\bvers\b|\baround\b|\bfrom\b|\bentre\b|"
    r"\bbetween\b|\bboth\b|\beach\b|\b(?:toutes|tous) (?:les )?deux\b|"
    r"\bstarting at\b|\b(?:on|nous) (?:commence|demarre|debute|se retrouve|ouvre)(?:ra|rons|ons)?"
    r"(?: (?:la|le|les|l') ?[\w-]+)?\b|\brdv\b|"
    r"\bsoir\b|\bmatin\b|\bapres-midi\b|\bevening\b|\bmorning\b|\bafternoon\b|\bnight\b|@|"
    "[\u2022\u2300-\u23ff\u2600-\u27bf\ufe0f\u200d\U0001f300-\U0001faff])*"
)
"""Between a date and its time: spaces, a colon, "at", "on commence à", a part of the day, "both" closing a list
("Nov 3 and Nov 17, both 14:00 UTC"), or the emoji and bullets opening the line of the time ("📅 Jeudi 17
septembre" then "🕕 18h – 20h")."""
UNTIL = re.compile(r"\b(?:till|until|untill|upto|up to|jusqu'a|jusqu'au)\s*$")
"""Before a time, the end of what goes on, not its start ("extended till 9:30 PM", "prolongée jusqu'à 20h")."""
CHANGED = re.compile(rf"\b(?:{_MOVED}|revised|modified|advanced|changee?s?|modifiee?s?)\s+(?:from|de)\s+")
"""Before a range, a time changed from one to another ("shifted from 7 PM to 8 PM", "décalée de 18h à 19h")."""
INSTEAD = re.compile(
    r"\b(?:instead of|in place of|rather than|au lieu(?: d[eu'])?|a la place(?: d[eu'])?|"
    r"(?:and|but|et|mais),? (?:not|pas|non))"
    r"\s*(?:(?:the|le|la|l'|on|this|ce|cette)\s*)*$"
)
"""Before a day or a time, the one a meeting no longer takes place at ("on Thursday instead of Wednesday",
"ce mardi, et pas mercredi comme annoncé")."""
_CONNECT_BEFORE = re.compile(
    rf"(?:[\s,*]|\ble\b|\bon\b|\bce\b|\bthis\b|\bonwards\b|\bsharp\b|\b{_ZONE_WORD}\b|\([^()\n]{{0,30}}\))*"
    rf"(?:\b(?:{WD})s\b[\s,]*(?:starting|beginning)(?: on| from)?\s*)?$"
)
"""Words between a time and the date after it ("10 AM ET on 2020.08.11", "7 PM sharp on 5th Nov",
"8 PM IST (9:30 AM EST), Tuesday"); the zone is read after the time. A series' hour and weekday before the
day it starts on are that day's ("at 10am on Tuesdays, starting October 13": its first meeting)."""


@dataclass(frozen=True)
class Found:
    """A date expression read from text: where it is and what it means."""

    start: datetime
    end: datetime | None
    tz: str
    all_day: bool
    span: tuple[int, int]
    source: str = "prose"
    title: str | None = None
    url: str | None = None
    clock: int | None = None
    """Where the start's time is written ("tomorrow's session is moved to 8 PM": after the move)."""
    series: bool = False
    """A weekday of a series ("every Tuesday at 8 PM", a weekly schedule's "Monday: 8-10 PM"): no one meeting."""
    days_run: bool = False
    """The first of a run of days ("Dec 14-18", "June 28-July 2", "du 14 au 18 décembre"): a week's event, not
    a session."""
    unread_zone: bool = False
    """Its time is written in a zone scribe cannot read ("10 AM AST", "noon Central Asia time"): of no known instant."""


LATER = "later"
"""The source of a second gathering of the post's day told by its hour alone ("the project week call will begin at
10:30"): its title and link are its own, not the post's dated meeting's."""


def wall(day: date, clock: time, tz: ZoneInfo) -> datetime:
    """A local wall time as a real instant: a time skipped by a DST change ("2h30" on the
    last Sunday of March in Paris) becomes the instant it would have been (03:30 CEST)."""
    return datetime.combine(day, clock, tz).astimezone(UTC).astimezone(tz)


def zone(name: str | None, default: ZoneInfo) -> ZoneInfo:
    if not name:
        return default
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return default


def _guess_language(low: str, text: str) -> str:
    """English or French, by their commonest short words; a zone written "EST" is no French "est", and a bare "a"
    is as English as French: only "à" counts."""
    fr = len(re.findall(r"\b(?:le|la|les|des|du|et|une|est|pour|avec)\b", low)) - len(re.findall(r"\bEST\b", text))
    fr += len(re.findall(r"(?<!\w)à(?!\w)", text.lower()))
    en = len(re.findall(r"\b(?:the|and|at|on|is|for|with|of|to)\b", low))
    return "en" if en > fr else "fr"


@lru_cache(maxsize=1024)
def _parse_words(words: str, language: str, base: datetime) -> date | None:
    """dateparser on date words only, with the language and base set (no autodetection). The words are
    always a day, a month's name and a year in that order (`_date_of` writes them so), whatever order the
    forum writes numeric dates in: hence `DATE_ORDER` DMY."""
    import dateparser  # imported here: a tenth of a second, paid only once a post holds date words

    settings: dict[str, Any] = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future", "DATE_ORDER": "DMY"}
    result = dateparser.parse(words, languages=[language], settings=settings)
    return result.date() if result else None


def _weekday_of(word: str | None) -> int | None:
    if not word:
        return None
    word = word.rstrip(".")
    return WEEKDAY_INDEX.get(word, _WD_ABBR.get(word))


def _choose_year(month: int, day: int, weekday: int | None, base: date) -> date | None:
    """A day and month without a year: the next such day (a date up to 31 days back stays in the past:
    reports of recent meetings), or with a weekday, the latest such day on that weekday not after it
    (none when the weekday does not fit: "Wednesday 18th Feb" when the 18th is a Tuesday)."""
    candidates = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    chosen = next((c for c in candidates if c >= base - timedelta(days=31)), None)
    if weekday is not None:
        # a weekday of an earlier year tells a past event; one only a later year has is a slip
        matching = [c for c in candidates if c.weekday() == weekday and (chosen is None or c <= chosen)]
        return max(matching) if matching else None
    return chosen


def _day_alone(day: int, base: date) -> date | None:
    """The next day of the month `day` from the post's day on (this month's, or the next month's that has it)."""
    year, month = base.year, base.month
    for _ in range(3):
        try:
            found = date(year, month, day)
        except ValueError:
            found = None
        if found is not None and found >= base:
            return found
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _weekday_day(weekday: int, day: int, base: date) -> date | None:
    """The day of the month `day` that falls on `weekday` nearest the post, from the post's month on: a few weeks
    back still count, as for any date (a report of a recent meeting), but "le mercredi 4" written on Monday 23
    February, when 4 February and 4 March are both Wednesdays, is the one to come, nearer."""
    year, month = base.year, base.month
    matching: list[date] = []
    for _ in range(WEEKDAY_DAY_MONTHS):
        try:
            found = date(year, month, day)
        except ValueError:
            found = None
        if found is not None and found.weekday() == weekday and found >= base - timedelta(days=31):
            matching.append(found)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    past = [d for d in matching if d < base]
    ahead = [d for d in matching if d >= base]
    if past and ahead and ahead[0] - base <= base - past[-1]:
        return ahead[0]
    return matching[0] if matching else None


def _numeric_day(g: dict[str, str | None], base: date, language: str, order: DateOrder) -> date | None:
    """The day a numeric date names, read in the forum's order: "05/11/2024" is the 5th of November where
    the day comes first (DMY), May 11th where the month does (MDY, and YMD, whose forums write "11/05" without
    the year). The other reading is taken only when the forum's cannot be or names another weekday than the
    one written with it: a first number past twelve is a day on any forum ("25/11" is the 25th of November on
    an American one too, a fraction above one being no score); a second one past twelve is a day on a
    day-first forum only with its year ("11/15/2024": "11/15" alone is as likely a score). A date whose weekday
    neither reading has, or whose two-digit year is far from the post's, is no date; nor, in English, one far
    off in the forum's order and near in the other (French is never written month first)."""
    first, second, year = int(g["d"] or 0), int(g["m"] or 0), g.get("y")
    if year and len(year) == 2 and abs(2000 + int(year) - base.year) > NEAR_YEARS:
        return None
    weekday = _weekday_of(g.get("wd") or g.get("wd2"))
    readings = [_day_of(day, month, year, base) for day, month in ((first, second), (second, first))]
    if weekday is not None:
        readings = [r if r is not None and r.weekday() == weekday else None for r in readings]
    own, other = readings if day_first(order) else readings[::-1]
    if language == "en" and own and other and _far(own, base) and not _far(other, base):
        return None  # "3/1" written in February on a day-first forum: the 3rd of January is far, March 1st near
    if weekday is not None:
        return own or other
    return own if own is not None or (day_first(order) and not year) else other


NEAR_DAYS = 62
"""How far from the post a date is near: a numeric date read day first that lies further, when read month
first it lies nearer, is in doubt."""


def _far(day: date, base: date) -> bool:
    return abs((day - base).days) > NEAR_DAYS


def _day_of(day: int, month: int, year: str | None, base: date) -> date | None:
    """The date of a day and a month, in the year written or else the nearest one to come."""
    if not year:
        return _choose_year(month, day, None, base) if 1 <= month <= 12 else None
    try:
        return date(int(year) + (2000 if len(year) == 2 else 0), month, day)
    except ValueError:
        return None


def _date_of(
    m: re.Match[str], kind: str, low: str, language: str, base_local: datetime, order: DateOrder
) -> tuple[date | None, str | None]:
    """The calendar day a date match names (a numeric one in the forum's `order`; no other kind depends on
    it), and the part of day ("am"/"pm") it implies."""
    base = base_local.replace(tzinfo=None)
    g = m.groupdict()
    if kind == "iso":
        try:
            return date(int(g["y"]), int(g["m"]), int(g["d"])), None
        except ValueError:
            return None, None
    if kind == "numeric":
        return _numeric_day(g, base.date(), language, order), None
    if kind == "relative":
        days, part = RELATIVE_DAYS[g["rel"]]
        if 1 <= days < WEEKS_ON and base.hour < NIGHT_ENDS:
            days -= 1  # "tomorrow" written at 2 a.m. is the day that is starting
        return base.date() + timedelta(days=days), part
    if kind == "weekday_day":
        return _weekday_day(_weekday_of(g["wd"]) or 0, int(g["d"]), base.date()), None  # the pattern names one
    if kind == "day_alone":
        return _day_alone(int(g["d"] or g.get("d2") or 0), base.date()), None
    if kind == "month_listed":
        named = list(_MONTH_NAMED.finditer(low, max(0, m.start() - MONTH_REACH), m.start()))
        if not named:
            return None, None
        g = {"d": g["d"], "m": named[-1].group("m")}
    if kind == "weekday":
        target = _weekday_of(g["wd"]) or 0
        name = g["wd"] if g["wd"] in WEEKDAY_INDEX else WEEKDAYS_EN[target]
        lang = "fr" if name in WEEKDAYS_FR else "en"
        if g.get("mod") in ("ce", "cette", "this") and base.weekday() == target:
            return base.date(), None
        starting = base.hour < NIGHT_ENDS and g.get("mod") not in ("next", "last") and not g.get("mod2")
        if base.weekday() == target and starting:
            return base.date(), None  # "on Sunday" written at 2 a.m. that Sunday: the day starting
        if g.get("mod") == "last" or (g.get("mod2") or "").strip() == "dernier":
            return base.date() - timedelta(days=(base.weekday() - target) % 7 or 7), None
        if "week" in (g.get("mod") or "") or "week" in (g.get("mod2") or "") or "semaine" in (g.get("mod2") or ""):
            return base.date() + timedelta(days=7 - base.weekday() + target), None
        return _parse_words(name, lang, base), None
    month = g["m"]
    lang = "fr" if month in _FR_ONLY else "en" if month in _EN_ONLY else language
    year = int(g["y"]) if g.get("y") else base.year
    parsed = _parse_words(f"{int(g['d'])} {month} {year}", lang, base)
    if parsed is None:
        return None, None
    if g.get("y"):
        return parsed, None
    return _choose_year(parsed.month, parsed.day, _weekday_of(g.get("wd") or g.get("wd2")), base.date()), None


def _hour(g: dict[str, str | None], n: int, part: str | None) -> tuple[int, int] | None:
    """One time of a time match, as (hour, minute); `part` ("am"/"pm") from the context."""
    ap = g.get(f"ap{n}") or g.get(f"apa{n}")
    qual = g.get(f"q{n}") or ""
    # The pattern captures `mic{n}` together with `hc{n}`, in the same alternative.
    if (hour := g.get(f"h{n}")) is not None:
        h, mi = int(hour), int(g.get(f"mi{n}") or 0)
    elif (hour := g.get(f"hc{n}")) is not None and (minute := g.get(f"mic{n}")) is not None:
        h, mi = int(hour), int(minute)
    elif (hour := g.get(f"hm{n}")) is not None:
        h, mi = int(hour), int(g.get(f"mm{n}") or 0)
    elif (hour := g.get(f"ha{n}") or g.get(f"hq{n}")) is not None:
        h, mi = int(hour), 0
    elif g.get(f"word{n}"):
        return (12, 0) if g[f"word{n}"] in ("midi", "noon") else (0, 0)
    elif n == 1 and (hour := g.get("hb1")) is not None:
        h, mi = int(hour), 0
    else:
        return None
    pm = (ap or "").startswith("p") or qual in (
        "du soir",
        "de l'apres-midi",
        "in the evening",
        "in the afternoon",
        "at night",
    )
    am = (ap or "").startswith("a") or qual in ("du matin", "in the morning")
    if pm and h < 12:
        h += 12
    elif am and h == 12:
        h = 0
    elif not am and not pm and part == "pm" and h < 12 and not ap:
        h += 12
    return h, mi


EITHER_HALF = 8
"""Up to this hour, an English time with no am/pm ("at 7:30", "from 7 to 9") may be the morning's or the
evening's: a course's evening session as likely as a morning one. A leading zero ("09:30") or an hour
past noon ("19:00-21:00") tells the clock is read on 24 hours."""


def _either_half(tm: re.Match[str], part: str | None) -> bool:
    """Whether a time leaves its half of the day open: no am/pm, no part of day, a 12-hour clock's hour."""
    g = tm.groupdict()
    if part or any(g.get(k) for k in ("ap1", "apa1", "ap2", "apa2", "q1", "q2", "word1", "h1", "hm1", "hq1")):
        return False
    hour = g.get("hc1") or g.get("hb1")
    if hour is None or hour.startswith("0") or int(hour) > EITHER_HALF:
        return False
    second = _hour(g, 2, None)
    return second is None or second[0] <= 12


_ZONE_WORD_AFTER = re.compile(r"(?:\s*(?:-|–|to|and|until)\s*\d{1,2}(?:[:.]\d\d)?)?\s*\(?([A-Z]{2,5})\b")


def _written_zone(text: str, pos: int) -> str | None:
    """The zone an abbreviation right after a time, or after the end of its range, names ("2-4 EST", "2 to 4 EST"),
    read even where the time is bare: its hour is only read as the afternoon's in the zone it is read in."""
    m = _ZONE_WORD_AFTER.match(text, pos)
    return TZ_ABBR.get(m.group(1)) if m else None


AFTERNOON_UNTIL = 5
"""Up to this hour, an English time with no am/pm ("2-4 EST", "at 3:30") is the afternoon's: nobody meets in the
small hours. From 6 to `EITHER_HALF` it may be either."""


def _afternoon(tm: re.Match[str], part: str | None) -> bool:
    """Whether a time with no am/pm is one of the afternoon's early hours (`AFTERNOON_UNTIL`) on a 12-hour clock."""
    if not _either_half(tm, part):
        return False
    hour = tm.groupdict().get("hc1") or tm.groupdict().get("hb1") or ""
    if _VERSION.match(tm.string, tm.end()) or tm.string[max(0, tm.start() - 1) : tm.start()] in (".", "v"):
        return False  # "Slicer 5.12.2": a version's numbers, no time
    return 1 <= int(hour) <= AFTERNOON_UNTIL


_VERSION = re.compile(r"\.\d")


def _read_time(tm: re.Match[str], part: str | None) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    g = tm.groupdict()
    second = _hour(g, 2, part)
    if second is not None and g.get("ap1") is None and g.get("apa1") is None:
        ap2 = g.get("ap2") or g.get("apa2")
        if ap2:
            part = "pm" if ap2.startswith("p") else "am"
    first = _hour(g, 1, part)
    if first is None:
        return None
    if second is not None and part == "pm" and first > second and first[0] >= 12 and (before := _hour(g, 1, None)):
        first = before  # "11:30 - 1:00 PM": the end's PM would put the start after the end
    return first, second


def read_clock(text: str) -> tuple[int, int] | None:
    """The hour and minute a time written at the start of `text` gives ("10:30 am", "3 pm", "11h"), or None."""
    times = read_span(text)
    return times[0] if times else None


def read_span(text: str) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The start and the end (None without one) of the time or range written at the start of `text` ("7 PM to 8:30
    PM"), or None."""
    m = P_TIME.match(text)
    return _read_time(m, None) if m else None


_EVENING = re.compile(r"\b(?:soir|apres-midi|evening|afternoon|night)\b")
_MORNING = re.compile(r"\b(?:matin|morning)\b")
_AT = re.compile(r"(?:\b(?:at|a|vers|around)\b|@)\W*$")
P_BARE_HOUR = re.compile(
    r"(?P<time>(?P<hq1>1[0-2]|0?[1-9]))(?![\d/-]|[:.,h]\d|\s*(?:-|–|to|or|ou|et|and)\s*\d)"
    r"(?!\s*(?:%|st|nd|rd|th|er|e|days?|hours?|hrs?|h|mins?|minutes?|jours?|heures?|students?|people|personnes)\b)"
)
"""An hour written bare ("at 9"): a time only right after a part of day ("tonight at 9", "ce soir à 9")."""


_Near = tuple[re.Match[str], int, int, str | None]
"""A date's time: its match, where it starts and ends, and the part of day the words around it imply."""


def _time_near(low: str, start: int, end: int, part: str | None = None) -> _Near | None:
    """A time written just after the date ("le 5 avril de 14h à 16h") or just before it
    ("à 18h le 5 avril"), with the part of day the words between imply ("mardi soir à 8h"), or the
    date's own (`part`: "tonight"): with one, a bare hour after "at" is a time ("tonight at 9")."""
    window = low[end : end + 48]
    lead = _CONNECT_AFTER.match(window)
    pos = end + (lead.end() if lead else 0)
    between = low[end:pos]
    part = "pm" if _EVENING.search(between) else "am" if _MORNING.search(between) else part
    tm = P_TIME.match(low, pos)
    if not (tm and tm.group("time").strip()) and part and _AT.search(between):
        tm = P_BARE_HOUR.match(low, pos)
    if tm and tm.group("time").strip() and not _LEFT_IN_BRACKETS.search(between):
        return tm, tm.start(), tm.end(), part
    before = low[max(0, start - 40) : start]
    gap = _CONNECT_BEFORE.search(before)
    cut = max(0, start - 40) + (gap.start() if gap else len(before))
    for tm in P_TIME.finditer(low, max(0, start - 40), cut):
        if "\n" in low[tm.end() : start]:
            continue  # "Sat 16/01 — 15:00-16:30" then "Sun 17/01 — …": the time ending the line above is its day's
        if tm.end() == cut and tm.group("time").strip():
            replaced = INSTEAD.search(low, max(0, tm.start() - 30), tm.start())
            if replaced is None:
                return tm, tm.start(), tm.end(), None
            # "at 7:30 PM instead of 7 PM today": the time before the replaced one
            new = [
                t
                for t in P_TIME.finditer(low, max(0, replaced.start() - 30), replaced.start())
                if t.group("time").strip() and not low[t.end() : replaced.start()].strip()
            ]
            return (new[-1], new[-1].start(), new[-1].end(), None) if new else None
    bare = BARE_HOUR_BEFORE.search(low, max(0, start - 12), start) if part else None
    return (bare, bare.start("time"), bare.end("time"), part) if bare else None


_LEFT_IN_BRACKETS = re.compile(r"\(\s*(?:from|de|du|instead of|au lieu de)\b")
"""After a date, a time in brackets it is moved from ("preponed to 6 PM today (from 7 PM)"): the one before is its."""
BARE_HOUR_BEFORE = re.compile(r"(?:\bat|\ba|@)\s*(?P<time>(?P<hq1>1[0-2]|0?[1-9]))\s+$")
"""A bare hour right before a day word that gives its part of the day ("at 9 tonight", "at 10 tomorrow morning")."""


_Candidates = tuple[tuple[re.Match[str], str], ...]
"""A post's day expressions, in the order written, none overlapping another, each with its kind: found once
per post, for `find_dates` and `find_stamped_times` both."""


TITLE_QUOTED = re.compile(r"\u00ab[^\u00bb\n]{1,80}\u00bb|\u201c[^\u201d\n]{1,80}\u201d")
"""A title in quotes (ciné-débat « Demain », the talk “Tomorrow's cities”): its "demain" is no day."""


@lru_cache(maxsize=4)
def _candidates(low: str) -> _Candidates:
    found = [(m, "day_month") for m in P_DAY_MONTH.finditer(low)]
    found += [(m, "day_month") for m in P_DAY_SPAN.finditer(low)]
    found += [(m, "day_month") for m in P_DAY_LISTED.finditer(low)]
    found += [(m, "month_day") for m in P_MONTH_DAY.finditer(low)]
    found += [(m, "iso") for m in P_ISO.finditer(low)]
    found += [(m, "numeric") for m in P_NUMERIC.finditer(low)]
    found += [(m, "numeric") for m in P_NUMERIC_YEAR.finditer(low)]
    titles = [t.span() for t in TITLE_QUOTED.finditer(low)]
    found += [(m, "relative") for m in P_RELATIVE.finditer(low) if not any(a < m.start() < b for a, b in titles)]
    found += [(m, "weekday") for m in P_WEEKDAY.finditer(low)]
    found += [(m, "weekday_day") for m in P_WEEKDAY_DAY.finditer(low)]
    found += [(m, "weekday") for m in P_WEEKDAY_SHORT.finditer(low)]
    found += [(m, "weekday") for m in P_WEEKDAYS_OF_SERIES.finditer(low)]
    found += [(m, "day_alone") for m in P_DAY_ALONE.finditer(low)]
    found += [(m, "day_alone") for m in P_DAY_MOVED.finditer(low)]
    for listed in P_MONTH_DAY_LIST.finditer(low):
        if not _in_series_sentence(low, listed.start()):
            continue  # "June 25, 26 and 27": the days of one event, not sessions
        rest = "rest" if listed.group("rest") else "reste"
        first = listed.start() + 2 if rest == "reste" else listed.start(rest)  # "le 1er, le 8…": the first day too
        found += [(m, "month_listed") for m in P_LISTED_DAY.finditer(low, first, listed.end(rest))]
    found.sort(key=lambda x: (-(x[0].end() - x[0].start()), x[0].start()))
    chosen: list[tuple[re.Match[str], str]] = []  # in the order written, none overlapping another
    starts: list[int] = []
    for m, kind in found:
        # only the neighbours where it would go can overlap it: a post of thousands of dates is read in n log n
        at = bisect_right(starts, m.start())
        if (at and chosen[at - 1][0].end() > m.start()) or (at < len(chosen) and starts[at] < m.end()):
            continue
        chosen.insert(at, (m, kind))
        starts.insert(at, m.start())
    return tuple(chosen)


def _in_series_sentence(low: str, at: int) -> bool:
    """Whether the sentence before `at` names a series ("every Tuesday in July at 1 PM (July 7, 14, 21 and 28)")."""
    start = max(sentence_bounds(low, at)[0], at - SERIES_REACH)
    return P_SERIES.search(low, start, at) is not None or P_NTH_SERIES.search(low, start, at) is not None


SERIES_REACH = 200
"""How far before a list of days its series may be named (a list of a thousand days is not read from each)."""


def _series_spans(low: str) -> list[tuple[int, int]]:
    """Where the text names weekdays of a series (`P_SERIES`), not those a move goes between: in order, those
    that overlap merged into one."""
    nth = [m for days in NTH_LIST.finditer(low) if (m := P_NTH_SERIES.match(low, days.start()))]
    spans = sorted(
        m.span()
        for m in [*P_SERIES.finditer(low), *nth]
        if not _MOVED_BEFORE.search(low, max(0, m.start() - 60), m.start())
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _slot_of_series(low: str, m: re.Match[str], series: list[tuple[int, int]]) -> bool:
    """A weekday of a series ("every Tuesday"), or not pinned down ("this", "next") in a line naming a
    series, or in a list under such a heading ("Weekly schedule:")."""
    at = bisect_right(series, (m.start(), len(low) + 1))  # apart and in order: only the last one opened can hold it
    if at and m.start() < series[at - 1][1]:
        return True
    if m.groupdict().get("mod") in ("this", "next", "ce", "cette") or (m.groupdict().get("mod2") or "").strip():
        return False
    return _series_line(low, low.rfind("\n", 0, m.start()) + 1)


@lru_cache(maxsize=64)
def _series_line(low: str, start: int) -> bool:
    """Whether the line from `start` names a series, or is in a list under such a heading: read once per line,
    for all its weekdays."""
    end = low.find("\n", start)
    if SERIES_WORDS.search(low[start : len(low) if end < 0 else end]):
        return True
    seen, end = 0, start - 1
    while end > 0 and seen < HEADING_REACH:  # the written lines above, nearest first, to the list's heading
        begin = low.rfind("\n", 0, end) + 1
        line = low[begin:end].strip()
        if line:
            seen += 1
            if line.endswith(":"):
                return SERIES_WORDS.search(line) is not None
        end = begin - 1
    return False


_EDIT_WORDS = r"edit(?:ed)?|update[ds]?|last updated|mise a jour|mis a jour|maj|modification"
"""The words that open an edit stamp, as a line's first words or as a heading of their own."""
STAMP_LINE = re.compile(rf"^(?:[^\w\n]|_)*(?:{_EDIT_WORDS}|modifie|edite)\b", re.M)
"""A line that dates an edit of the post ("Update 27 Feb:", "[EDIT]", "Mise à jour du 3 mai")."""
STAMP_LEAD = re.compile(rf"(?:[^\w\n]|_)*(?:{_EDIT_WORDS}|modifie|edite)\b(?:\s*(?:du|of|on|le))?[\s:]*")
"""An edit word opening its line, right before a date ("**Update 27/02:**", "Mise à jour du 3/05"): that date is the
stamp's, a date even without its year (a date alone with none is often a score, "3/4")."""
_STAMP_HEADING = re.compile(rf"(?:[^\w\n]|_)*(?:{_EDIT_WORDS})(?:\s*(?:(?:#|no\.?)\s*)?\d{{1,2}})?(?:[^\w\n]|_)*")
"""An edit word standing alone as a heading ("Update 3", "EDIT:"), its date on the line below."""
_WHEN_WORDS = re.compile(rf"\b(?:{MONTHS}|{WD_ANY}|[ap]\.?m|h|at|a|le|on)\b")
"""The words a line holding only a date or a time may have ("12/03/2025 6:40 pm", "3 avril 2026, 9h10")."""


def stamped_under_heading(low: str, line_start: int, line_end: int) -> bool:
    """Whether the line holds only the date an edit was written, under an edit word standing alone as a
    heading ("Update 3" then "12/03/2025 6:40 pm"): an edit stamp, like "Update 12 Mar, 6:40 pm:"."""
    line = low[line_start:line_end]
    if not any(c.isdigit() for c in line) or re.search(r"[^\W\d_]", _WHEN_WORDS.sub(" ", re.sub(r"\d+", " ", line))):
        return False
    above_end = line_start
    while above_end > 0 and low[above_end - 1].isspace():
        above_end -= 1
    return _STAMP_HEADING.fullmatch(low, low.rfind("\n", 0, above_end) + 1, above_end) is not None


@lru_cache(maxsize=4)
def stamp_lines(low: str) -> tuple[tuple[int, int, int], ...]:
    """Where each edit stamp of the post is, as (its block's start, the start and end of the line holding
    its date): a line opened by an edit word, or the line under such a word standing alone as a heading. Found
    once per post, for `find_dates` and `find_stamped_times` both."""
    out = []
    for m in STAMP_LINE.finditer(low):
        end = _line_end(low, m.start())
        out.append((m.start(), m.start(), end))
        below = end
        while below < len(low) and low[below].isspace():
            below += 1
        if below < len(low) and stamped_under_heading(low, below, below_end := _line_end(low, below)):
            out.append((m.start(), below, below_end))
    return tuple(out)


def _line_end(low: str, pos: int) -> int:
    end = low.find("\n", pos)
    return len(low) if end < 0 else end


_TIME_WORDS = r"timings?|time|times|heures?|horaires?"
"""The words that name a time of day (a session's "Timings:")."""
_CLOCK = r"(?:[\u23f0\u231a\u23f1\u23f2]|[\U0001f550-\U0001f567])\ufe0f?"
"""A clock ("⏰", "🕙"), as a line's lead giving its hour."""
_TIMINGS = re.compile(rf"\b(?:{_TIME_WORDS})\s*:\s*|^[^\S\n]*(?P<clock>{_CLOCK})[^\S\n]*:?[^\S\n]*", re.M)
"""A line of the time alone: "Timings:", "Horaires :", or a clock opening it under a list ("⏰ 18h-21h, à L'Établi"
below "- Séance 1 : mardi 7 avril", "- Séance 2 : …")."""
_LIST_ITEM = re.compile(r"[^\S\n]*(?:[-*\u2022]|\d{1,2}[.)])\s")
_LISTED_ROW = re.compile(rf"{_LIST_ITEM.pattern}|[^\S\n]*\||[^\n]*\t")
"""A list's item, or a table's row as its raw writes it ("| 2 | mar. 14 avril | Inkscape |") or as read, its cells
apart by tabs."""


def _strong_time(tm: re.Match[str]) -> bool:
    """A time written as a time (18h, 18:30, 6 pm, noon), not a bare number; a range whose end is
    one ("8-10 PM", "8 to 10pm") is one too."""
    g = tm.groupdict()
    first = any(g.get(k) for k in ("h1", "hc1", "hm1", "ha1", "hq1", "word1"))
    return first or (bool(g.get("hb1")) and any(g.get(k) for k in ("h2", "hc2", "hm2", "ha2", "word2")))


def clock_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes a time of day as one ("9 PM - 10 PM", "18h30"), with or without a day: not a bare number."""
    return [tm.span() for tm in P_TIME.finditer(fold_same_length(text)) if _strong_time(tm)]


def hours_named(text: str) -> set[tuple[int, int]]:
    """The hours and minutes the times of day `text` writes start at ("ok 20h du coup", "18h ou 18h30 ?")."""
    return {clock for start, end in clock_spans(text) if (clock := read_clock(text[start:end])) is not None}


NOT_A_START = re.compile(
    r"\b(?:by|before|opens?|closes?|due|deadline|upload\w*|posted|published|recordings?|available|ends?|ending|over|"
    r"avant|ouvre|ferme|limite|enregistrements?|mise?s? en ligne|publiee?s?)\b"
)
"""Words that make a later time another thing's (a recording uploaded by 11 PM, a link that opens at 6:45 PM,
"Tuesday's call will be recorded; slides will be posted at 8 PM"); a time a meeting goes on "until" is its end
(`UNTIL`)."""
_CLAUSE_JOINS = re.compile(r"[,;:]|\band\b|\bet\b")


def _of_something_else(low: str, pos: int, at: int) -> bool:
    """Whether the clause a later time is written in (from the last comma, "and" or semicolon after the date)
    makes it the time of something else than the day's meeting."""
    joins = [m.end() for m in _CLAUSE_JOINS.finditer(low, pos, at)]
    return NOT_A_START.search(low, joins[-1] if joins else pos, at) is not None


_TIME_WORD = re.compile(rf"\b(?:{_TIME_WORDS})\b")
_TO_COME = re.compile(
    r"\b(?:later|soon|tbd|tba|"
    r"to be (?:announced|confirmed|decided|shared)|will be (?:shared|announced|communicated|confirmed|updated)|"
    r"a venir|a confirmer|suivront|seront communiquee?s)\b"
)
_TBD = re.compile(r"\btb[ad]\b")


@lru_cache(maxsize=16)
def _own_timing(low: str, start: int, end: int) -> bool:
    """Whether a date's sentence (`start`, `end`) says its own time is to come ("timings will be shared later"):
    the post's "Timings:" line is another session's. The time word is found first, then what is to come after
    it: one pattern with ".*" between them would scan the rest of the sentence again for every time word. Read
    once per sentence, for all the dates in it."""
    word = _TIME_WORD.search(low, start, end)
    return (word is not None and _TO_COME.search(low, word.end(), end) is not None) or bool(
        _TBD.search(low, start, end)
    )


def _time_later(low: str, pos: int, limit: int) -> _Near | None:
    """A time further on in the same sentence, before the next date (`limit`): "today's live
    session at 8pm"; or on a "Timings: 8pm - 10pm" line of the post."""
    s_end = min((at for stop in _STOPS if (at := low.find(stop, pos)) >= 0), default=len(low))
    for tm in P_TIME.finditer(low, pos, min(limit, s_end, pos + 80)):
        if (numbered := _NAME_NUMBER.match(low, tm.start())) and (
            _NAMED_BEFORE.search(low, max(0, tm.start() - 20), tm.start()) or low[tm.start() - 1 : tm.start()].isalpha()
        ):
            tm = P_TIME.match(low, numbered.end()) or tm  # "Stats 2 - 6 PM": course 2, at 6 PM
        if limit < len(low) and _NEXT_DAYS.fullmatch(low, tm.end(), limit):
            break  # "vendredi, on reste à 10h samedi": the hour right before the next day is that day's
        if tm.group("time").strip() and _strong_time(tm) and not _of_something_else(low, pos, tm.start()):
            return tm, tm.start(), tm.end(), None
    s_start = max(low.rfind(stop, 0, pos) for stop in _STOPS) + 1
    if _own_timing(low, s_start, s_end):
        return None  # "Instructor session on 7th Nov, timings will be shared later"
    return (
        _programme_start(low, s_end, limit)
        or _heading_time(low, pos, limit)
        or _clock_line_below(low, pos, limit)
        or _gathering_row_below(low, pos, limit)
        or _hour_below_the_list(low, pos)
        or _hour_below_the_table(low, pos)
        or _hour_above_the_list(low, pos)
        or _timings_line(low)
    )


_HOUR_LINE = re.compile(
    r"[^\w\n]*(?:(?:toujours|horaires?|always)\b[^\w\n]*)?(?:(?:de|des|a|entre|from)\s+)?[*_]*(?=\d)"
)
"""What may open a line giving the hour of the days listed above it ("de 9h à 12h, sans rdv", "Toujours **9h30-12h30**,
dernier dépôt à 12h", "Horaires : 14h-17h")."""


def _hour_below_the_list(low: str, pos: int) -> _Near | None:
    """The hour a line right under a list of days gives every one of them ("- mar. 5/05", "- mar. 12/05", then "de 9h
    à 12h, sans rdv"): the date's line is a row holding nothing but its day, so are the rows after it, and the first
    written line after them opens on the hour."""
    line_start = low.rfind("\n", 0, pos) + 1
    if not _LIST_ITEM.match(low, line_start) or len(low[pos : _line_end(low, pos)].strip(" *_,.")) > 0:
        return None
    for a, b in lines_after(low, pos):
        row = low[a:b]
        if not row.strip():
            continue
        if _LIST_ITEM.match(row):
            if len(row) > LISTED_DAY_ROW:
                return None  # a row saying more than its day: its own line, not a list of days
            continue
        lead = _HOUR_LINE.match(low, a, b)
        tm = P_TIME.match(low, lead.end()) if lead else None
        return (tm, tm.start(), tm.end(), None) if tm and tm.group("time").strip() and _strong_time(tm) else None
    return None


_EVERY_ONE = re.compile(
    r"[^\w\n]*(?:toutes? les|chaque|each|all) (?:seances?|sessions?|ateliers?|rencontres?|dates?|soirees?|"
    r"formations?|visios?|permanences?|modules?|webinaires?|sorties?)\b[^\d\n]{0,30}?(?=\d)"
)
"""What opens a line giving the hour of every row of a table above it ("Toutes les séances de 18h à 20h au Quai.")."""


def _hour_below_the_table(low: str, pos: int) -> _Near | None:
    """The hour a line right under a table gives every one of its rows (a row "| 1 | lun. 7 sept. | Bases |", then
    "Toutes les séances de 18h à 20h au Quai."): the date's line is a table's row, so are the written lines after it
    up to that line, which says it of every session and gives one hour."""
    line_start = low.rfind("\n", 0, pos) + 1
    if ROW_CELLS not in low[line_start : _line_end(low, pos)]:
        return None
    for a, b in lines_after(low, pos):
        if not low[a:b].strip() or ROW_CELLS in low[a:b]:
            continue
        if (lead := _EVERY_ONE.match(low, a, b)) is None:
            return None
        tm = next((tm for tm in P_TIME.finditer(low, lead.end(), b) if tm.group("time").strip()), None)
        return (tm, tm.start(), tm.end(), None) if tm is not None and _strong_time(tm) else None
    return None


LISTED_DAY_ROW = 30
"""The longest row of a list of days alone ("- mar. 12/05")."""


_EACH_LASTS = re.compile(r"\s*(?:chacune?|each|par (?:session|seance|atelier|webinaire))\b")
"""After a length, words giving each session's ("1h30 chacun"): a length, no hour."""


LIST_REACH = 40
"""The most lines read up from a list's row for the line opening it: a long list's rows do not each read it all."""


_PICKUP = re.compile(r"\b(?:livraisons?|retraits?|paniers?|colis|commandes?)\b")
"""Words of goods handed out ("dates de livraison des paniers … entre 18h et 19h30 :"): a pickup's hours."""


def _hour_above_the_list(low: str, pos: int) -> _Near | None:
    """The hour the line opening a list gives every day listed ("cycle de 3 webinaires (1h30 chacun, 18h-19h30) :" over
    "1. **mardi 27 janvier** – subventions publiques"): the date's line is a list's row, and the first written line
    above the list's rows ends on a colon, names a gathering, not goods to pick up (`_PICKUP`), and gives one hour,
    not a length; or is a clock's line giving one hour and no day ("🕤 9h30-12h30" over "- Session 1 : jeudi 16
    avril"); over a table's rows, the paragraph introducing it may end as it likes when it names a gathering and no
    day ("Les midis de La Ruche reprennent … Toujours à 12h15" over "| mar. 12/05 | Enora |")."""
    line_start = low.rfind("\n", 0, pos) + 1
    table = _LIST_ITEM.match(low, line_start) is None
    if table and not _LISTED_ROW.match(low, line_start):
        return None
    at, lines = line_start, 0
    while at > 0 and lines < LIST_REACH:
        above, lines = low.rfind("\n", 0, at - 1) + 1, lines + 1
        line, at = low[above : at - 1], above
        if not line.strip() or (_LISTED_ROW if table else _LIST_ITEM).match(line):
            continue
        clock = _CLOCK_LEAD.match(line) is not None
        # over a table, the paragraph introducing it ("… Toujours à **12h15**, dans la cuisine commune.") with no day
        said = table and not _DAY_WRITTEN.search(line)
        opens = line.rstrip(" *_").endswith(":") or said
        if not clock and (not opens or not GATHERING.search(line) or _PICKUP.search(line)):
            return None
        if not clock and not table and _DATE_WRITTEN.search(line):
            return None  # "La fête aura lieu le samedi 30 mai, de 18h à 2h. Pour l'organiser :": that day's hours
        end = above + len(line)
        times = [
            tm
            for tm in P_TIME.finditer(low, above, end)
            if tm.group("time").strip()
            and _strong_time(tm)
            and not _EACH_LASTS.match(low, tm.end())
            and not _LENGTH_BEFORE.search(low, max(above, tm.start() - 16), tm.start())
        ]
        if len(numeric := [tm for tm in times if _DIGIT.search(tm.group(0))]) == 1:
            times = numeric  # "**9h-17h** (repas partagé le midi) :": the one hour written as one
        if len(times) != 1 or (clock and _DIGIT.search(low[above : times[0].start()] + low[times[0].end() : end])):
            return None
        return times[0], times[0].start(), times[0].end(), None
    return None


_DIGIT = re.compile(r"\d")
_LENGTH_BEFORE = re.compile(r"\b(?:duree|dure|pendant|length|lasts?)\W{0,3}(?:de |d'|environ |about )?[~\W]{0,3}$")
"""Before a time, words making it a length ("durée ~1h30"): each session's length, not its hour."""
_DATE_WRITTEN = re.compile(rf"\b\d{{1,2}}(?:er)? (?:{MONTHS})\b|\b\d{{1,2}}/\d{{1,2}}\b")
"""A date written in a line ("30 mai", "30/05"): a list's opening line giving one gives its hour to that day."""
_DAY_WRITTEN = re.compile(rf"\b(?:{WD})\b|{_DATE_WRITTEN.pattern}")
"""A day written in a line (a weekday, "12 mai", "12/05"): a line giving a day gives its hour to that day."""
_CLOCK_LEAD = re.compile(rf"[^\S\n]*[*_]*{_CLOCK}")
"""A clock opening a line ("🕙 …", "⏰ …")."""
_START_WORD = re.compile(r"\b(?:debut|demarrage|commence|on commence|ca commence|starts?|starting)\b[^\d\n]{0,25}$")
"""Words just before a time giving it as the start ("début de l'AG à 10h")."""


_ROW_DAY_AFTER = re.compile(r"[*_]*\s*(?::|-|–|—)")
"""After a list row's opening date, what ends it: a colon or a dash before the row's subject ("- 7/10 : ourlets")."""


def _listed_day(low: str, m: re.Match[str]) -> bool:
    """Whether a numeric day opens a list's row, its subject after a colon or a dash ("- 14/10 : réparer un jean"): an
    agenda's day, not a score or a share."""
    line_start = low.rfind("\n", 0, m.start()) + 1
    lead = _ROW_LEAD.match(low, line_start, m.start())
    return lead is not None and lead.end() == m.start() and _ROW_DAY_AFTER.match(low, m.end()) is not None


def _clock_line_below(low: str, pos: int, limit: int) -> _Near | None:
    """The hour a clock's line right under a day's gives ("📅 samedi 14 mars" then "🕙 accueil café dès 9h30, début de
    l'AG à 10h précises"): the time said to be the start, else the line's one time; none when it gives several and
    names no start, or comes after the next date."""
    below = next(((a, b) for a, b in lines_after(low, pos) if low[a:b].strip()), None)
    if below is None or below[0] >= limit or not _CLOCK_LEAD.match(low, *below):
        return None
    times = [tm for tm in P_TIME.finditer(low, below[0], min(below[1], limit)) if _strong_time(tm)]
    started = [tm for tm in times if _START_WORD.search(low, below[0], tm.start())]
    chosen = started[:1] if started else times if len(times) == 1 else []
    return (chosen[0], chosen[0].start(), chosen[0].end(), None) if chosen else None


_ROW_OF_A_GATHERING = re.compile(
    rf"[ \t]*(?:[-*•]|\d{{1,2}}[.)])[ \t]+[*_]*{GATHERING.pattern}[^\n\d]{{0,12}}?(?:de |a |des |: )?[*_]*(?=\d)"
)
"""A list's row opening on a gathering and its hour ("- AG de **9h30 à 12h30** (rapport moral, …)")."""


def _gathering_row_below(low: str, pos: int, limit: int) -> _Near | None:
    """The hour of the row right under a line that gives a day and ends on a colon, when the row names a gathering
    ("Précisions pour le 23/01 :" then "- AG de **9h30 à 12h30**"): that gathering's start that day."""
    line_end = low.find("\n", pos)
    if line_end < 0 or low[pos:line_end].strip(" *_\t") != ":":
        return None
    below = next(((a, b) for a, b in lines_after(low, pos) if low[a:b].strip()), None)
    row = _ROW_OF_A_GATHERING.match(low, *below) if below is not None and below[0] < limit else None
    tm = P_TIME.match(low, row.end()) if row else None
    if tm is None or not tm.group("time").strip() or not _strong_time(tm):
        return None
    return tm, tm.start(), tm.end(), None


_PROGRAMME = r"programme|deroule|deroulement"
"""Words of a day's programme, in French."""
_PROGRAMME_HEADING = re.compile(
    rf"[^\w\n]*(?:au |le )?(?:(?:{_PROGRAMME}|ordre du jour|agenda|schedule|timings?)\b[^\n:]{{0,30}}:"
    rf"|(?:{_PROGRAMME}|ordre du jour|agenda|schedule|timings?)(?: de la journee| du jour)?)[^\w\n]*"
)
"""A heading of its own line opening a day's programme ("Programme :", "**Déroulé de l'après-midi :**", a markdown
"### Programme" read without its marks)."""
_ROW_LEAD = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+[*_]*")
"""The marker opening a list's row ("- ", "* **", "1. ")."""


def _programme_start(low: str, s_end: int, limit: int) -> _Near | None:
    """The time of the first row of a programme right after the date's sentence ("L'AG aura lieu le samedi 14 juin"
    then "Programme :" and "- **14h00** : accueil"): when the day starts. Only the heading on the next written line,
    its first row a time, and no other date before it."""
    lines = list(islice(((a, b) for a, b in lines_after(low, s_end) if low[a:b].strip()), 2))
    if len(lines) < 2 or not _PROGRAMME_HEADING.fullmatch(low, *lines[0]):
        return None
    lead = _ROW_LEAD.match(low, lines[1][0], lines[1][1])
    tm = P_TIME.match(low, lead.end()) if lead else None
    if tm is None or tm.start() >= limit or not tm.group("time").strip() or not _strong_time(tm):
        return None
    return tm, tm.start(), tm.end(), None


def _heading_time(low: str, pos: int, limit: int) -> _Near | None:
    """The first time of the paragraph under a post's first line when that line is a heading giving the day alone
    ("Chantier participatif – samedi 11 avril" then "On refait les bacs… **De 9h30 à 12h30**, puis pique-nique"): the
    day's hours. Only a short first line ending on no stop, the next written line, before any other date, and not
    another thing's time (`NOT_A_START`)."""
    begin = len(low) - len(low.lstrip())
    first = (begin, _line_end(low, begin))
    if not first[0] <= pos <= first[1] or first[1] - first[0] > HEADING_LENGTH:
        return None
    if low[first[0] : first[1]].rstrip(" *_").endswith((".", "!", "?", ":")):
        return None
    below = next(((a, b) for a, b in lines_after(low, pos) if low[a:b].strip()), None)
    if below is None or below[0] >= limit:
        return None
    for tm in P_TIME.finditer(low, below[0], min(below[1], limit)):
        if tm.group("time").strip() and _strong_time(tm):
            return None if _of_something_else(low, below[0], tm.start()) else (tm, tm.start(), tm.end(), None)
    return None


HEADING_LENGTH = 80
"""The longest first line read as a heading."""


_NEXT_DAYS = re.compile(r"[ *]*(?:le |ce |on |the )?")
"""Between a time and the next date on its line, nothing but spaces, markup or an article: the time is that date's (a
row's time ends its line, before the next row's day)."""
_NAME_NUMBER = re.compile(r"\d{1,2}\s*(?:-|–|—)\s*(?=\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|h\b))")
"""A bare number then a dash and a time ("2 - 6 PM"): a range, or a name's number then the time."""
_NAMED_BEFORE = re.compile(
    rf"\b(?!(?:at|a|from|de|des|du|vers|entre|between|starting|et|and|or|ou|le|la|the|on|to|till|until|"
    rf"time|timings?|slot|same|now|still|horaires?|heure|creneau|{MONTHS}|{WD_ANY})\b)[a-z]+\s$"
)
"""A word right before that number naming a thing ("Stats 2 - 6 PM", "GA 2 – 8 pm"; "GA3 — 6 PM" glued to it): the
number is the thing's, not a range's start ("same time 8-9 PM")."""
_STOPS = ("\n", ". ", "! ", "? ")
"""Where a sentence ends."""


@lru_cache(maxsize=1)
def _timings_line(low: str) -> _Near | None:
    """The time of the post's first "Timings: 8pm - 10pm" line that gives one: the same for every date of
    the post, so read once per post."""
    for label in _TIMINGS.finditer(low):
        above = _written_line_above(low, label.start())
        if label.group("clock") and (above is None or not _LISTED_ROW.match(low[slice(*above)])):
            continue  # "📅 mer. 26/11" then "⏰ 18:30": that day's hour, not every date's
        timing = P_TIME.match(low, label.end())
        if timing and timing.group("time").strip() and _strong_time(timing):
            return timing, timing.start(), timing.end(), None
    return None


_LISTED = re.compile(rf"{_LIST_AND}(?:(?:on|le|the)\s+)?")


def _shared_time(low: str, candidates: _Candidates, i: int, known: dict[int, _Near | None]) -> _Near | None:
    """The time written after the last day of a list the i-th date opens ("Tuesday and Thursday at 7 PM",
    "9th & 10th Nov, 7-8 PM"): every day of the list is at that time. `known`: what the dates of the post
    read before found, kept for each date they walked past (theirs is the same), so that a list of a thousand
    days is walked once, not once for each of its days."""
    walked: list[int] = []
    shared: _Near | None = None
    for j in range(i, len(candidates) - 1):
        if j in known:
            shared = known[j]
            break
        walked.append(j)
        before, after = candidates[j][0], candidates[j + 1][0]
        if not _LISTED.fullmatch(low, before.end(), after.start()):
            break
        near = _time_near(low, after.start(), after.end())
        if near is not None:
            shared = near if near[1] >= after.end() else None
            break
    known.update(dict.fromkeys(walked, shared))
    return shared


def _bases(candidates: _Candidates, stamps: tuple[tuple[int, int, int], ...]) -> list[tuple[int, int]]:
    """Where an update block starts and the index of the absolute date that stamps it (`stamps`: the post's
    `stamp_lines`): "tonight" and weekday names below it count from that date, not from the post's."""
    starts = [m.start() for m, _ in candidates]
    out = []
    for block, line_start, line_end in stamps:
        i = bisect_left(starts, line_start)
        while i < len(starts) and starts[i] < line_end and candidates[i][1] in ("relative", "weekday"):
            i += 1
        if i < len(starts) and starts[i] < line_end:
            out.append((block, i))
    return out


def _duration(low: str, pos: int) -> timedelta | None:
    """The length written right after a start, if any (a few minutes to twelve hours)."""
    m = P_DURATION.match(low, pos, pos + 40)
    if m is None:
        return None
    minutes = _minutes(m)
    return timedelta(minutes=minutes) if 5 <= minutes <= 12 * 60 else None


def _minutes(m: re.Match[str], extra: float = 0.0) -> float:
    """The minutes a match's count (`n`, plus `extra`) of its `unit` (minutes or hours) make."""
    n = m.group("n").replace(",", ".")
    amount = (float(n) if n[0].isdigit() else float(_WORD_NUMBERS[n])) + extra
    return amount * (1 if m.group("unit").startswith("m") else 60)


_ALSO = re.compile(r"\s*(?:/|\||\(|\bor\b|\bi\.?e\.?,?)\s*")
"""Between a time and the same written in another zone ("10:30 AM EDT / 8 PM IST", "(8 PM IST)")."""


_Restated = tuple[re.Match[str], str, int]
"""A start written again in a stated zone: its time, the zone and where the zone's words end."""


def _restated(low: str, text: str, pos: int) -> _Restated | None:
    """The start written again right after, in a zone it states ("10:30 AM EDT / 8 PM IST")."""
    lead = _ALSO.match(low, pos)
    tm = P_TIME.match(low, lead.end()) if lead else None
    if tm is None or not tm.group("time").strip() or not _strong_time(tm):
        return None
    name, end = _tz_after(low, text, tm.end())
    return (tm, name, end) if name is not None else None


def _forum_time(
    stated: str, again: _Restated, forum: ZoneInfo, near: _Near, placed: tuple[date, str | None], tz: ZoneInfo
) -> bool:
    """Whether the start written again is the one read: written in the forum's own zone (whatever its name:
    IST in a forum set to Asia/Calcutta) after one in another zone, it is the time the forum's staff worked
    out ("10:30 AM EDT / 8 PM IST" in November, when New York keeps standard time). The zones are compared
    at the meeting's time, `near` on the day `placed` in `tz`, the stated zone: a post written before a daylight-saving
    change about a meeting after it ("18h UTC+2 / 18h heure de Paris" written in October for November) is
    read as the meeting will be held."""
    day, part = placed
    times = _read_time(near[0], part or near[3])
    at = wall(day, time(*times[0]) if times else time(12), tz)
    return not same_zone(stated, forum.key, at) and same_zone(again[1], forum.key, at)


_WEEK_AHEAD = r"(?:la semaine prochaine|la semaine d'apres|next week|the week after|the following week)"
_WEEKS_OFF = r"(?:dans (?:quinze|15|deux|2|trois|3) (?:jours|semaines)|in (?:two|2|three|3) weeks|(?:in )?a fortnight)"
"""Weeks off, in words that tell no day: a bare weekday beside them is of no known week."""


def _right_before(words: str) -> re.Pattern[str]:
    """`words` right before a weekday ("la semaine prochaine, jeudi", "next week, Thursday")."""
    return re.compile(rf"\b{words}[\s,:-]*(?:(?:le|on)\s+)?$")


def _right_after(words: str) -> re.Pattern[str]:
    """`words` right after a weekday and its time ("jeudi 18h la semaine prochaine")."""
    return re.compile(
        rf"(?:,?\s+(?:(?:a|at|@|vers|from|de)\s+)?\d{{1,2}}(?:[:h.]\d\d|\s?h\b|h)?(?:\s?[ap]\.?m\.?)?)?\s+{words}\b"
    )


_WEEK_BEFORE = _right_before(_WEEK_AHEAD)
_WEEK_AFTER = _right_after(_WEEK_AHEAD)
_OFF_BEFORE = _right_before(_WEEKS_OFF)
_OFF_AFTER = _right_after(_WEEKS_OFF)
_WEEK_BEHIND = _right_before(
    r"(?:la semaine (?:derniere|passee|precedente)|last week|the week before|the previous week)"
)
"""Last week named right before a weekday ("la semaine dernière, jeudi", "last week, Thursday")."""
_EIGHT_DAYS_ON = re.compile(r"\s+en huit\b")
"""French "jeudi en huit": the Thursday a week after the coming one."""
_REACH = 80
"""How far before a weekday the words naming its week are looked for: a few words, not the whole post."""


def _weeks_on(m: re.Match[str], kind: str) -> bool:
    """A relative day weeks on ("in two weeks", "dans quinze jours"): it tells no weekday's week beside it."""
    return kind == "relative" and RELATIVE_DAYS[m.group("rel")][0] >= WEEKS_ON


def _weeks_on_beside(low: str, candidates: _Candidates, i: int, base_local: datetime) -> date | None:
    """The day of a relative day weeks on right before the i-th date, a weekday naming it again ("in two weeks, same
    time (Tue 11am ET)", "in two weeks, on Thursday")."""
    m = candidates[i][0]
    for c, kind in candidates[:i]:
        if _weeks_on(c, kind) and _AGAIN.fullmatch(low, c.end(), m.start()):
            return base_local.date() + timedelta(days=RELATIVE_DAYS[c.group("rel")][0])
    return None


_ANY_ONE = re.compile(r"\b(?:un|on a|some|any)\s+$")
"""Before a weekday, words of no one day ("un jeudi fin juin", "on a Thursday", "some Friday")."""
_AGAIN = re.compile(r"(?:[\s,(:-]|\b(?:same time|meme heure|meme creneau|on|le|at|a)\b)*")
"""Between a relative day and the weekday naming it again ("in two weeks, same time (Tue", "in two weeks, on")."""


def _other_day(low: str, m: re.Match[str]) -> bool:
    """Another day named in the sentence of a relative day (`_candidates`): the day it tells is that one's."""
    start, end = sentence_bounds(low, m.start())
    return any(c is not m and start <= c.start() < end for c, _ in _candidates(low))


_BRACKETED = re.compile(r"(?:'s)?\s*[(\[]\s*")
"""Between a day and its date in brackets right after it ("Sunday's (6/12)", "jeudi (12/03)")."""


def _week_of_weekday(low: str, m: re.Match[str], day: date, base: date) -> date | None:
    """A bare weekday (no "this", "next", "dernier") in the week the words right beside it name: next week
    ("la semaine prochaine, jeudi", "Thursday at 6 PM next week"), last week's after "la semaine dernière",
    a week on for "jeudi en huit"; None when they put it weeks off ("dans quinze jours, jeudi", "Thursday in two
    weeks"), whatever else the sentence says is weeks off. Otherwise the coming one."""
    if m.groupdict().get("mod") not in (None, "on") or (m.groupdict().get("mod2") or "").strip():
        return day
    reach = max(0, m.start() - _REACH)
    start = max(reach, *(low.rfind(c, reach, m.start()) + 1 for c in ".!?\n;"))
    if _OFF_BEFORE.search(low, start, m.start()) or _OFF_AFTER.match(low, m.end()):
        return None
    if _WEEK_BEHIND.search(low, start, m.start()):
        return base - timedelta(days=base.weekday() + 7 - day.weekday())
    if _EIGHT_DAYS_ON.match(low, m.end()):
        return day + timedelta(days=7)
    if _WEEK_BEFORE.search(low, start, m.start()) or _WEEK_AFTER.match(low, m.end()):
        return day + timedelta(days=7) if day.isocalendar()[:2] == base.isocalendar()[:2] else day
    return day


_BESIDE = re.compile(r"[\s,(]*(?:i\.?e\.?,?\s*)?")
"""Between a relative day and the weekday naming it ("today (Monday)", "Tuesday (tomorrow)", "tomorrow, i.e.
Tuesday")."""


RELATIVE = frozenset({"relative"})
CALENDAR = frozenset({"day_month", "month_day", "iso", "numeric", "weekday_day", "day_alone", "month_listed"})
"""The kinds of date that name their day of the month."""


def _beside(
    low: str,
    candidates: _Candidates,
    i: int,
    kinds: frozenset[str],
    language: str,
    base_local: datetime,
    order: DateOrder,
) -> date | None:
    """The day a date of one of `kinds` written right beside the i-th date names: a relative word beside a
    weekday ("today (Monday)" written on a Monday is today, not next Monday), a calendar date beside a relative
    word ("tomorrow, Tuesday Jan 17th" is the 17th even when posted on the 17th: an e-mail passed on a day after
    it was written, its "tomorrow" counting from then)."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(candidates) and candidates[j][1] in kinds and not _weeks_on(*candidates[j]):
            first, second = sorted((candidates[j][0], candidates[i][0]), key=lambda m: m.start())
            if _BESIDE.fullmatch(low, first.end(), second.start()):
                return _date_of(candidates[j][0], candidates[j][1], low, language, base_local, order)[0]
    return None


_DAY_NUMBER_AFTER = re.compile(
    r"[^\S\n]*,[^\S\n]*le[^\S\n]+([0-3]?\d)(?:er)?(?=[^\S\n]*(?:[,.;:!?)*\n]|$|a\b|des?\b|vers\b))"
)
"""A day of the month right after a weekday and a comma ("samedi prochain, le 29,"), not an hour nor a count."""
_DAY_NUMBER_BEFORE = re.compile(r"\b(?:le|au|du)[^\S\n]+([0-3]?\d)(?:er)?[^\S\n]*\([^\S\n]*$")
"""A day of the month right before a weekday in brackets ("reporté au 12 (samedi)")."""


def _day_number_beside(low: str, m: re.Match[str], day: date, base: date) -> date | None:
    """The day a weekday names when a day of the month follows it ("samedi prochain, le 29" written on Thursday the
    20th: the 29th, not the 22nd) or comes before it, the weekday in brackets ("au 12 (samedi)"): that day, if it
    falls on that weekday within `WEEKDAY_DAY_MONTHS`."""
    after = _DAY_NUMBER_AFTER.match(low, m.end()) or _DAY_NUMBER_BEFORE.search(low, max(0, m.start() - 16), m.start())
    if after is None:
        return None
    numbered = _weekday_day(day.weekday(), int(after.group(1)), base)
    return numbered if numbered is not None and numbered >= base else None


BARE_WEEKDAY = re.compile(rf"(?:{WD})")
"""A date written as a weekday alone ("jeudi"), no "ce", "prochain" nor day of the month."""


def _within_span(low: str, candidates: _Candidates, i: int, days: dict[int, date], day: date) -> date | None:
    """A weekday alone right after days sharing a month, in the same sentence ("Hackathon: 15th-17th Nov,
    kickoff Friday 6 PM"): that weekday among those days, if one is."""
    m = candidates[i][0]
    if i == 0 or (i - 1) not in days or not BARE_WEEKDAY.fullmatch(m.group(0)):
        return None
    span = candidates[i - 1][0]
    if span.re is not P_DAY_SPAN or _SENTENCE_END.search(low, span.end(), m.start()):
        return None
    first, last = (int(n) for n in re.findall(r"\d+", span.group(0))[:2])
    among = [days[i - 1] + timedelta(days=k) for k in range(max(0, min(last - first, 14)) + 1)]
    return next((d for d in among if d.weekday() == day.weekday()), None)


def _day_of_date(
    low: str,
    candidates: _Candidates,
    i: int,
    language: str,
    tz: ZoneInfo,
    created_at: datetime,
    bases: list[tuple[int, int]],
    days: dict[int, date],
    order: DateOrder,
) -> tuple[date, str | None] | None:
    """The day the i-th date names, counted from the post's day in `tz` (or from the update block's day, in
    `days`), a numeric one in the forum's `order`, and the part of day its words imply; None when it names no
    day one can tell."""
    m, kind = candidates[i]
    base_local = created_at.astimezone(tz)
    if kind in ("relative", "weekday"):
        stamp = next((days.get(j) for at, j in reversed(bases) if at < m.start() and j in days), None)
        if stamp is not None:
            base_local = datetime.combine(stamp, base_local.time(), tz)
    day, part = _date_of(m, kind, low, language, base_local, order)
    if day is None:
        return None
    if kind == "relative" and (named := _beside(low, candidates, i, CALENDAR, language, base_local, order)):
        day = named
    elif kind == "weekday" and (
        beside := _beside(low, candidates, i, RELATIVE | CALENDAR, language, base_local, order)
    ):
        day = beside if beside.weekday() == day.weekday() else day
    elif kind == "weekday" and (numbered := _day_number_beside(low, m, day, base_local.date())) is not None:
        day = numbered
    elif kind == "weekday" and _ANY_ONE.search(low, max(0, m.start() - 8), m.start()):
        return None  # "Apéro du réseau : un jeudi fin juin, date à venir": some Thursday
    elif kind == "weekday" and (weeks := _weeks_on_beside(low, candidates, i, base_local)) is not None:
        if weeks.weekday() != day.weekday():
            return None  # "in two weeks, on Thursday" written on a Monday: which Thursday?
        day = weeks  # "Next call in two weeks, same time (Tue 11am ET)" written on a Tuesday
    elif kind == "weekday" and (within := _within_span(low, candidates, i, days, day)) is not None:
        day = within
    elif kind == "weekday" and (day := _week_of_weekday(low, m, day, base_local.date())) is None:
        return None
    return day, part


def find_dates(text: str, created_at: datetime, default_tz: ZoneInfo, order: DateOrder) -> list[Found]:
    """Every date (with its time, end and zone when written) in prose, relative to `created_at`
    (or to the date of the update block it sits in), numeric ones read in the forum's `order`. A day word
    without a time ("tonight's session", "the Tuesday session") is a whole day."""
    low = fold_same_length(text)
    language = _guess_language(low, text)
    candidates = _candidates(low)
    bases = _bases(candidates, stamp_lines(low))
    series = _series_spans(low)
    days: dict[int, date] = {}
    shared: dict[int, _Near | None] = {}
    carried: dict[int, _Near] = {}  # a relative day's time weeks on, by sentence, for the day the sentence names
    out: list[Found] = []
    for i, (m, kind) in enumerate(candidates):
        near = _time_near(low, m.start(), m.end(), RELATIVE_DAYS[m.group("rel")][1] if kind == "relative" else None)
        if (
            kind == "numeric"
            and not any(m.groupdict().get(k) for k in ("y", "wd", "lead"))
            and (near is None or NUMBERED_BEFORE.search(low, max(0, m.start() - NUMBERED_REACH), m.start()))
            and not STAMP_LEAD.fullmatch(low, low.rfind("\n", 0, m.start()) + 1, m.start())
            and not _listed_day(low, m)
        ):
            # "3/4" alone is a score or a share: a date only with a year, a weekday, "le"/"on" or a time, and
            # never after the thing it numbers ("part 1/2", "GA 3/4", "marks: 1/2", "v2.1/3"), time or not
            continue
        tz_name, end_pos, again = None, m.end(), None
        if near:
            tz_name, end_pos = _tz_after(low, text, near[2])
            end_pos = max(end_pos, near[2], m.end())
            again = _restated(low, text, end_pos) if tz_name else None
        if tz_name is None:
            tz_name, tz_end = _tz_after(low, text, m.end())
            end_pos = max(end_pos, tz_end)
        tz = zone(tz_name, default_tz)
        placed = _day_of_date(low, candidates, i, language, tz, created_at, bases, days, order)
        if (
            placed is not None
            and near
            and again
            and tz_name
            and _forum_time(tz_name, again, default_tz, near, placed, tz)
        ):
            near, tz_name, end_pos = (again[0], again[0].start(), again[0].end(), None), again[1], again[2]
            tz = zone(tz_name, default_tz)
            placed = _day_of_date(low, candidates, i, language, tz, created_at, bases, days, order)
        if placed is None:
            continue
        day, part = placed
        if _weeks_on(m, kind) and (last := _meeting_just_held(low, m, days, created_at.astimezone(tz).date())):
            day = last + timedelta(days=RELATIVE_DAYS[m.group("rel")][0])  # "dans 15 jours, même jour": from it
        days[i] = day
        in_series = kind == "weekday" and _slot_of_series(low, m, series)
        run = m.re is P_DAY_SPAN or _RUN_END.match(low, m.end()) is not None
        adjacent = near is not None
        if near is None and (near := _shared_time(low, candidates, i, shared)) is not None:
            zone_name, _ = _tz_after(low, text, near[2])
            tz = zone(zone_name, tz)
        if near is None:
            after = i + 1
            while after < len(candidates) and _BRACKETED.fullmatch(low, m.end(), candidates[after][0].start()):
                after += 1  # "this Sunday's (6/12) session will be at 12 noon": the day in brackets is the same one
            limit = candidates[after][0].start() if after < len(candidates) else len(low)
            near = _time_later(low, m.end(), limit)
            if near is not None:
                zone_name, _ = _tz_after(low, text, near[2])
                if zone_name is not None and zone_name != tz.key:
                    tz = zone(zone_name, default_tz)
        if (
            near is not None
            and language == "en"
            and _afternoon(near[0], part or near[3])
            and _written_zone(text, near[2]) in (None, tz.key)
        ):
            near = (*near[:3], "pm")  # "2-4 EST": nobody meets at 2 in the night
        if near is not None and language == "en" and _either_half(near[0], part or near[3]):
            near = None  # "at 7:30", "7-9": morning or evening? the day only
        sentence = sentence_bounds(low, m.start())[0]
        if near is None:
            near = carried.get(sentence)
        if _weeks_on(m, kind) and (near is None or _other_day(low, m)):
            if near is not None:  # "dans 15 jours, même heure (19h), donc le mercredi 18": that day's time
                carried[sentence] = near
            continue  # "I'll post it in two weeks", "in two weeks, on Thursday": no day of its own
        if near is None:
            if kind == "relative" and RELATIVE_DAYS[m.group("rel")] == (0, None):
                continue  # "aujourd'hui", "today" without a time: a manner of speaking
            start = wall(day, time(0, 0), tz)
            span = (min(m.start(), end_pos), end_pos)
            out.append(Found(start, None, tz.key, True, span, series=in_series, days_run=run))
            continue
        if (
            (restart := RESTART.match(low, near[2])) is not None
            and (later := P_TIME.match(low, restart.end()))
            and later.group("time").strip()
        ):
            near = (later, later.start(), later.end(), None)  # "at 7 PM will now start at 7:30 PM"
        times = _read_time(near[0], part or near[3])
        if times is None or (times[1] is None and UNTIL.search(low, max(0, near[1] - 12), near[1])):
            continue  # "today, till 9:30 PM": only when it ends
        (h1, m1), second = times
        changed = CHANGED.search(low, max(0, near[1] - 30), near[1] + 5)
        if second is not None and changed is not None and changed.end() >= near[1]:
            (h1, m1), second = second, None  # "changed from 7 PM to 8 PM": the new time is the start
        start = wall(day, time(h1, m1), tz)
        end = None
        if second is not None:
            end_day = day + timedelta(days=1) if second <= (h1, m1) else day
            end = wall(end_day, time(*second), tz)
        elif (length := _duration(low, max(end_pos, near[2]))) is not None:
            end = start + length
        span = (min(m.start(), near[1]), max(end_pos, near[2])) if adjacent else (m.start(), end_pos)
        unread = tz_name is None and unread_zone(low, text, near[2])
        out.append(
            Found(start, end, tz.key, False, span, clock=near[1], series=in_series, days_run=run, unread_zone=unread)
        )
    return _amended(out, low, text, candidates, default_tz)


_SAME_DAY = re.compile(r"\W*(?:le |au )?meme jour\b")
"""After a relative day weeks on, the weekday of the meeting just held ("dans 15 jours, même jour même heure")."""


def _meeting_just_held(low: str, m: re.Match[str], days: dict[int, date], today: date) -> date | None:
    """The day of the meeting the post tells of, held in the week before it, when the relative day weeks on is
    said to fall on its weekday ("la réunion d'hier (mer. 15/07) … Prochaine réunion dans 15 jours, même jour"):
    counted from that meeting, not from the post."""
    if _SAME_DAY.match(low, m.end()) is None:
        return None
    held = [d for d in days.values() if timedelta() < today - d < timedelta(days=WEEKS_ON)]
    return held[-1] if held else None


AMEND = re.compile(
    rf"^(?:[^\w\n]|_)*(?:{_EDIT_WORDS}|correction|erratum|rectif\w*|ps)\b|"
    r"\b(?:i meant|je voulais dire|je precise|to clarify|pour preciser|sorry,? (?:that's|that is|it's|it is))\b",
    re.M,
)
"""Words after which a post restates what it said ("**Edit:** I meant 3pm ET", "EDIT : je précise, c'est 18h heure de
Dakar")."""


def _amended(out: list[Found], low: str, text: str, candidates: _Candidates, forum: ZoneInfo) -> list[Found]:
    """The one timed meeting of a post at the time a later edit of it restates in a stated zone ("Tuesday Feb 9 at
    3pm PT" then "**Edit:** I meant 3pm ET"; "Sunday 20 Sept at 7 PM" then "EDIT: that's 7 PM Singapore time, i.e.
    4:30 PM IST"), on the day it was given: the time written in the forum's zone when the edit gives one, else its
    first; in a zone nobody can read, a time of no known instant. An edit naming a day of its own is another matter
    (a move, an update block), and a time with no zone restated is left as it was."""
    stamps = [(start, end) for _, start, end in stamp_lines(low)]
    timed = [f for f in out if not f.all_day and not any(a <= f.span[0] < b for a, b in stamps)]
    if len(timed) != 1:
        return out
    found = timed[0]
    amend = AMEND.search(low, found.span[1])
    if amend is None:
        return out
    # what the edit says begins past its own stamp ("EDIT (Sep 8, 2pm):")
    colon = low.find(":", amend.end(), _line_end(low, amend.start()))
    said = colon + 1 if colon >= 0 and STAMP_LINE.match(low, amend.start()) else amend.end()
    if any(m.start() >= said for m, _ in candidates):
        return out
    stated: list[tuple[re.Match[str], str]] = []
    unread = False
    for tm in P_TIME.finditer(low, said):
        if not _strong_time(tm):
            continue
        zone_name, _ = _tz_after(low, text, tm.end())
        if zone_name is not None:
            stated.append((tm, zone_name))
        unread = unread or unread_zone(low, text, tm.end())
    if not stated:
        return [replace(f, unread_zone=True) if f is found else f for f in out] if unread else out
    day = found.start.astimezone(ZoneInfo(found.tz)).date()
    ours = [(tm, name) for tm, name in stated if same_zone(name, forum.key, found.start)]
    tm, name = ours[-1] if ours else stated[0]
    times = _read_time(tm, None)
    if times is None:
        return out
    start = wall(day, time(*times[0]), zone(name, forum))
    end = found.end + (start - found.start) if found.end else None
    moved = replace(found, start=start, end=end, tz=zone(name, forum).key, unread_zone=False)
    return [moved if f is found else f for f in out]


RESTART = re.compile(
    rf"[\s,]*(?:{_ZONE_WORD}\s*)?(?:will|shall|would) (?:now )?(?:start|begin|commence) (?:at|from)\s*(?=\d)"
)
"""Right after a meeting's time, the other time it will start at instead ("on 5th Nov at 7 PM will now start
at 7:30 PM"): that one is its start."""


_SENTENCE_END = re.compile("|".join(map(re.escape, _STOPS)))
"""Where a sentence ends, found in one pass over a block."""
_OTHER_DAY = re.compile(
    r"\b(?:next|upcoming|later|weeks?|weekends?|months?|days|daily|every|each|other|"
    r"prochaine?s?|semaines?|week-ends?|mois|jours|chaque|tous les|toutes les|quotidienne?s?)\b"
)
"""Words that put a time on some other day than the update's own, or on many ("next week's sessions at 9pm",
"every evening at 9pm")."""


def find_stamped_times(text: str, found: list[Found]) -> list[Found]:
    """The first time of each sentence with no day in it, in an update block stamped with its day (`found`: the
    post's dates, the stamp's among them): "Update 2" / "26/02/2025 11:00 am" / "a session at 9pm" is at 9 pm
    that day. Only a time written as one, later than the stamp's own, in a sentence naming no other day; whether
    it starts a meeting is for the reader of the sentence to say."""
    low = fold_same_length(text)
    lines = stamp_lines(low)
    if not lines:
        return []
    candidates = _candidates(low)
    starts = sorted({block for block, _, _ in lines})
    days = [m.start() for m, _ in candidates]
    language = _guess_language(low, text)
    out: list[Found] = []
    seen: set[int] = set()
    for block, i in _bases(candidates, lines):
        if block in seen:
            continue
        seen.add(block)
        stamp = next((f for f in found if f.span[0] <= candidates[i][0].start() < f.span[1]), None)
        if stamp is None:
            continue
        begin = _line_end(low, candidates[i][0].start())
        end = next((at for at in starts if at > block), len(low))
        tz = ZoneInfo(stamp.tz)
        day = stamp.start.astimezone(tz).date()
        ends = [m.start() for m in _SENTENCE_END.finditer(low, begin, end)] + [end]
        for s_start, s_end in pairwise([begin - 1, *ends]):
            timed = _sentence_time(low, text, (s_start + 1, s_end), days, language)
            if timed is not None:
                (h1, m1), second, tm, zone_name = timed
                when = zone(zone_name, tz)
                start = wall(day, time(h1, m1), when)
                if stamp.all_day or start > stamp.start:
                    stop = (
                        wall(day + timedelta(days=1 if second <= (h1, m1) else 0), time(*second), when)
                        if second
                        else None
                    )
                    out.append(Found(start, stop, when.key, False, tm.span(), clock=tm.start()))
    return out


def _sentence_time(
    low: str, text: str, bounds: tuple[int, int], days: list[int], language: str
) -> tuple[tuple[int, int], tuple[int, int] | None, re.Match[str], str | None] | None:
    """The first time written as one in a sentence naming no day (`bounds`; `days`: where the post's days are
    written, in order), its start, end, match and zone."""
    s_start, s_end = bounds
    first = bisect_left(days, s_start)
    if (first < len(days) and days[first] < s_end) or _OTHER_DAY.search(low, s_start, s_end):
        return None
    for tm in P_TIME.finditer(low, s_start, s_end):
        if not tm.group("time").strip():
            continue
        if not _strong_time(tm) or (language == "en" and _either_half(tm, None)):
            return None
        times = _read_time(tm, None)
        if times is None or UNTIL.search(low, max(0, tm.start() - 12), tm.start()):
            return None
        return times[0], times[1], tm, _tz_after(low, text, tm.end())[0]
    return None


_COUNT = r"\d{1,2}(?:[.,]\d{1,2})?|an?|one|two|three|four|five|six|une?|deux|trois|quatre|cinq|six"
P_DELAY = re.compile(
    rf"\b(?:in|dans|d'ici)(?: about| around| roughly| environ| a peu pres)? "
    rf"(?:(?P<n>{_COUNT}) ?(?P<unit>hours?|hrs?|h(?![a-z0-9])|minutes?|mins?|heures?|mn)"
    r"(?P<half> and a half| et demie?)?|(?P<halfhour>half an hour|une demi-heure))(?![a-z0-9])"
)
"""A start given as a delay from the post ("in 9.5 hours", "dans deux heures", "d'ici une heure")."""
_ENDING = re.compile(r"\b(?:ends?|ending|over|done|finish\w*|closes?|fini\w*|termine\w*)\s+$")
"""Before a delay, an end ("the meeting ends in 30 minutes"), not a start."""


def find_delays(text: str, created_at: datetime, default_tz: ZoneInfo) -> list[Found]:
    """Starts written as a delay from the post's time, rounded as people round them: to five minutes
    under an hour, else to the quarter hour ("in 9.5 hours" written at 4:32 is 2:00)."""
    low = fold_same_length(text)
    out: list[Found] = []
    for m in P_DELAY.finditer(low):
        if _ENDING.search(low, max(0, m.start() - 20), m.start()):
            continue
        minutes = 30.0 if m.group("halfhour") else _minutes(m, 0.5 if m.group("half") else 0.0)
        if not 1 <= minutes <= 24 * 60:
            continue
        step = 5 * 60 if minutes < 60 else 15 * 60
        stamp = (created_at + timedelta(minutes=minutes)).timestamp()
        start = datetime.fromtimestamp(round(stamp / step) * step, UTC).astimezone(default_tz)
        out.append(Found(start, None, default_tz.key, False, m.span()))
    return out


# --- Discourse markup -------------------------------------------------------------------

_ATTR = re.compile(r'([\w-]+)=(?:"([^"]*)"|“([^”]*)”|([^\s\]]+))')
P_DATE_TAG = re.compile(r"\[date=([^\]]+)\]")
P_RANGE_TAG = re.compile(r"\[date-range\s+([^\]]+)\]")
P_EVENT_TAG = re.compile(r"\[event\s+([^\]]+)\]")


def _attrs(spec: str) -> dict[str, str]:
    return {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTR.finditer(spec)}


def _at(day: str, clock: str | None, tz: ZoneInfo) -> datetime | None:
    try:
        d = date.fromisoformat(day.strip()[:10])
    except ValueError:
        return None
    if not clock:
        return wall(d, time(0, 0), tz)
    try:
        t = time.fromisoformat(clock.strip()[:8] if clock.count(":") == 2 else clock.strip()[:5])
    except ValueError:
        return None
    return wall(d, t, tz)


def _split_stamp(value: str) -> tuple[str, str | None]:
    value = value.strip()
    for sep in ("T", " "):
        if sep in value:
            d, _, t = value.partition(sep)
            return d, t
    return value, None


def from_date_attrs(attrs: dict[str, str], default_tz: ZoneInfo, span: tuple[int, int] = (0, 0)) -> Found | None:
    """A `[date=…]` tag or a cooked `span.discourse-local-date` (data-date, data-time, data-timezone)."""
    tz = zone(attrs.get("timezone"), default_tz)
    start = _at(attrs.get("date", ""), attrs.get("time"), tz)
    if start is None:
        return None
    return Found(start, None, tz.key, not attrs.get("time"), span, "date")


def from_range_attrs(attrs: dict[str, str], default_tz: ZoneInfo, span: tuple[int, int] = (0, 0)) -> Found | None:
    tz = zone(attrs.get("timezone"), default_tz)
    start = _at(*_split_stamp(attrs.get("from", "")), tz)
    if start is None:
        return None
    end = _at(*_split_stamp(attrs["to"]), tz) if attrs.get("to") else None
    return Found(start, end, tz.key, False, span, "date")


_DOWNTIME = re.compile(r"\b(?:maintenances?|downtime|outage|interruption de service|indisponibilit)")
"""Words naming a service's downtime, in English or French."""


def from_event_attrs(attrs: dict[str, str], default_tz: ZoneInfo, span: tuple[int, int] = (0, 0)) -> Found | None:
    """A discourse-calendar `[event start=… end=… timezone=… name=… url=…]` (or its cooked div). An event named
    for a service's downtime ("Web infrastructure maintenance") is a notice on the calendar, not a meeting anyone
    joins. (Its "standalone" status only says Discourse collects no attendance: a weekly call can be one.)"""
    if _DOWNTIME.search(attrs.get("name", "").lower()):
        return None
    tz = zone(attrs.get("timezone"), default_tz)
    start = _at(*_split_stamp(attrs.get("start", "")), tz)
    if start is None:
        return None
    end = _at(*_split_stamp(attrs["end"]), tz) if attrs.get("end") else None
    return Found(start, end, tz.key, False, span, "event", attrs.get("name") or None, attrs.get("url") or None)


def find_markup(text: str, default_tz: ZoneInfo) -> list[Found]:
    """`[event …]`, `[date-range …]` and `[date=…]` written in a post's text."""
    out: list[Found] = []
    for pattern, read in ((P_EVENT_TAG, from_event_attrs), (P_RANGE_TAG, from_range_attrs)):
        for m in pattern.finditer(text):
            found = read(_attrs(m.group(1)), default_tz, m.span())
            if found:
                out.append(found)
    dates: list[Found] = []
    for m in P_DATE_TAG.finditer(text):
        found = from_date_attrs(_attrs("date=" + m.group(1)), default_tz, m.span())
        if found:
            dates.append(found)
    return out + _ranges(text, dates)


_RANGE_GAP = re.compile(r"[^\S\n]*(?:→|->|-|–|—|to|until|till|au|a|à|jusqu'au|jusqu’au)[^\S\n]*", re.I)
"""What joins the two ends of a range, on one line: dates on lines of their own ("- [date=…]" items of
a list, one a session) are as many starts, the list's dash no range."""


def _ranges(text: str, dates: list[Found]) -> list[Found]:
    """`[date=…]→[date=…]` (how a cooked range reads back) or `[date=…] - [date=…]`: one meeting
    from the first to the second."""
    out: list[Found] = []
    i = 0
    while i < len(dates):
        f = dates[i]
        if i + 1 < len(dates):
            nxt = dates[i + 1]
            if _RANGE_GAP.fullmatch(text[f.span[1] : nxt.span[0]]) and nxt.start > f.start:
                out.append(Found(f.start, nxt.start, f.tz, False, (f.span[0], nxt.span[1]), "date"))
                i += 2
                continue
        out.append(f)
        i += 1
    return out


def find_cooked(local_dates: list[dict[str, str]], events: list[dict[str, str]], default_tz: ZoneInfo) -> list[Found]:
    """Cooked `span.discourse-local-date` and `div.discourse-post-event` data attributes."""
    out: list[Found] = []
    for a in events:
        found = from_event_attrs({k.removeprefix("data-"): v for k, v in a.items()}, default_tz)
        if found:
            out.append(found)
    pending: Found | None = None
    for a in local_dates:
        found = from_date_attrs({k.removeprefix("data-"): v for k, v in a.items()}, default_tz)
        if found is None:
            continue
        role = a.get("data-range")
        if role == "from":
            pending = found
        elif role == "to" and pending is not None:
            out.append(Found(pending.start, found.start, pending.tz, False, pending.span, "date"))
            pending = None
        else:
            out.append(found)
    if pending is not None:
        out.append(pending)
    return out


_DAY_SPAN_GAP = re.compile(_DAY_TO.replace(r"\s*", r"[^\S\n]*", 1))
"""Between the first and last days of a span, on one line: a list's next line ("- Tue 14 July" then "- Thu 16 July")
is a day of its own."""


LISTED_TIMES = 6
"""How many lines of times a day's list may hold."""
LISTED_LINE = 100
"""How long a line of a day's list of sessions may be."""
_CLOCK_SECONDS = re.compile(r"\d:\d\d:\d\d")


def times_listed_under(low: str, text: str, dates: list[Found]) -> list[Found]:
    """The sessions a post lists under one day by their times alone, the day's line ending on a colon ("two doubt
    sessions on Sunday 20th Sep:" then "Session 1: 11:00 AM - 12:30 PM", "Session 2: 7:00 PM - 8:30 PM"): each that
    day at its time, in the zone written after it. Only lines right below, each with a time and no day; two or more;
    not an exam's sittings ("End Term exam on 23 August in two sessions:"), nor a log's lines."""
    out: list[Found] = []
    for f in dates:
        end = low.find("\n", f.span[0])
        day_line = line_bounds(low, f.span[0])
        if (
            end < 0
            or not low[f.span[0] : end].rstrip(" *_").endswith(":")
            or EXAM.search(low, *day_line)
            or _CLOCK_SECONDS.search(low, *day_line)
        ):
            continue
        tz = ZoneInfo(f.tz)
        day = f.start.astimezone(tz).date()
        listed: list[Found] = []
        for start, stop in lines_after(low, f.span[0]):
            if start == stop:
                continue
            if len(listed) == LISTED_TIMES or any(start <= g.span[0] < stop for g in dates):
                break
            if stop - start > LISTED_LINE or _CLOCK_SECONDS.search(low, start, stop):
                break  # a log's lines, not a list of sessions
            tm = next((t for t in P_TIME.finditer(low, start, stop) if t.group("time").strip()), None)
            times = _read_time(tm, None) if tm is not None and _strong_time(tm) else None
            if tm is None or times is None:
                break
            zone_name, _ = _tz_after(low, text, tm.end())
            here = zone(zone_name, tz)
            listed.append(Found(*on_day(day, times, here), here.key, False, tm.span()))
        if len(listed) >= 2:
            # "fête ses 5 ans le samedi 13 juin ! Programme :" then "- 11h : ouverture", "- 15h : concert": the parts of
            # one day, which starts at the first
            out += listed[:1] if _PROGRAMME_WORD.search(low, f.span[1], end) else listed
    return out


_PROGRAMME_WORD = re.compile(rf"(?<!double )(?<!deux )(?<!triple )\b(?:{_PROGRAMME}|au menu)\b")
"""A word calling what a day's line lists the parts of that day ("Programme prévisionnel :"); not two gatherings
said to share it ("Samedi 22 mars, double programme :" then the repair café and the sewing workshop)."""


def days_listed_under(low: str, text: str, dates: list[Found]) -> dict[int, Found]:
    """The days a post lists under a line giving their one time and no day, ending on a colon ("Revision sessions
    (all 7 PM – 9 PM IST):" then "- Weeks 1-4: Mon 7 Dec", "- Weeks 5-8: Tue 8 Dec"): each that day at that time,
    by the id of the day as read. Two days or more, each alone on its line, every line between them and the heading
    a day's or blank; not an exam's. A line may list several days ("- jeudi 4, 11, 18 et 25 juin")."""
    days = [f for f in dates if f.all_day and f.source != "event"]
    by_line: dict[int, list[Found]] = {}
    for f in days:
        by_line.setdefault(line_bounds(low, f.span[0])[0], []).append(f)
    out: dict[int, Found] = {}
    for start, firsts in sorted(by_line.items()):
        if id(firsts[0]) in out:
            continue
        heading = _heading_above(low, start, by_line)
        if heading is None:
            continue
        listed = list(firsts)
        for line, stop in lines_after(low, start):
            if len(listed) >= LISTED_TIMES:
                break
            if (more := by_line.get(line)) is not None:
                listed += more
            elif low[line:stop].strip():
                break
        if len(listed) < 2:
            continue
        times = _read_time(heading, None)
        if times is None:
            continue
        zone_name, _ = _tz_after(low, text, heading.end())
        for f in listed:
            tz = zone(zone_name, ZoneInfo(f.tz))
            begins, ends = on_day(f.start.astimezone(ZoneInfo(f.tz)).date(), times, tz)
            out[id(f)] = replace(f, start=begins, end=ends, tz=tz.key, all_day=False)
    return out


HOUR_AFTER = re.compile(
    r"\b(?:rdv|rendez-vous|debut|on commence|ca commence|demarrage|on demarre|on se retrouve|"
    r"on vous attend|meet(?:ing)? at|starts?)\b[^\S\n]*:?[^\S\n]*\**[^\S\n]*"
    r"(?:(?:a|a partir de|des|vers|at|from)[^\S\n]+\**)?(?=\d)"
)
"""Words opening the sentence after a day written alone that give its hour ("le samedi 16 mai. RDV **9h** au jardin",
"Début à 14h", "On vous attend dès 9h30")."""


_WORD = re.compile(r"\w")
_ANOTHER_SUBJECT = re.compile(r"\b(?:pour|quant a|as for|for) (?:la|le|l'|les|the)\b")
"""Words naming what the hour after a day is of ("Et pour la réunion bilan, on commence à 18h30"): not that day."""


def hour_after_day(low: str, text: str, dates: list[Found]) -> dict[int, Found]:
    """The one day a post writes without an hour, given its start by the next words of a start (`HOUR_AFTER`) in its
    sentence or the next: that day at that hour, by the id of the day as read. Only when the post dates nothing else;
    two days, or a timed date anywhere, and which day the hour is of stays unsaid."""
    if len(dates) != 1 or not dates[0].all_day or dates[0].source == "event":
        return {}
    f = dates[0]
    _, end = sentence_bounds(low, f.span[1])
    after = _WORD.search(low, end + 1)
    _, end = sentence_bounds(low, after.start()) if after else (0, end)
    m = HOUR_AFTER.search(low, f.span[1], end)
    if m and _ANOTHER_SUBJECT.search(low, f.span[1], m.start()):
        return {}  # "Rappel pour samedi ! Et pour la réunion bilan, on commence à 18h30": the meeting's hour
    tm = P_TIME.match(low, m.end()) if m else None
    times = _read_time(tm, None) if tm is not None and _strong_time(tm) else None
    if tm is None or times is None:
        return {}
    zone_name, _ = _tz_after(low, text, tm.end())
    tz = zone(zone_name, ZoneInfo(f.tz))
    begins, ends = on_day(f.start.astimezone(ZoneInfo(f.tz)).date(), times, tz)
    return {id(f): replace(f, start=begins, end=ends, tz=tz.key, all_day=False)}


def on_day(
    day: date, times: tuple[tuple[int, int], tuple[int, int] | None], tz: ZoneInfo
) -> tuple[datetime, datetime | None]:
    """A time read (`_read_time`) on a day: its start, and its end when it ends after it."""
    begins = wall(day, time(*times[0]), tz)
    ends = wall(day, time(*times[1]), tz) if times[1] else None
    return begins, ends if ends and ends > begins else None


_A_DATE = re.compile(rf"\b(?:{WD})\s+\d|\b\d{{1,2}}(?:er)?\s+(?:{MONTHS})\b")
"""A date of its own: a weekday or a day with its number ("un lundi par mois" names none)."""
_TABLE_HEADER = re.compile(r"[^\d\n\t:]{1,20}(?:(?: : |\t)[^\d\n\t:]{1,30}){1,4}")
"""A table's header row, its cells apart by tabs (`rows_on_a_line`) or colons ("Date : Bénévole référent·e"): short
labels, no number."""


def _written_line_above(low: str, start: int) -> tuple[int, int] | None:
    """The bounds of the nearest line above `start` that is not blank, if any."""
    pos = start - 1
    while pos > 0:
        above = low.rfind("\n", 0, pos) + 1
        if low[above:pos].strip():
            return above, pos
        pos = above - 1
    return None


def _ends_on_colon(line: str) -> bool:
    """Whether a line ends on a colon, its markup aside: it introduces what is below it."""
    return line.rstrip(" *_").endswith(":")


def _table_header(line: str) -> bool:
    """Whether a line is a table's header row (`_TABLE_HEADER`), not a line introducing the table."""
    return not _ends_on_colon(line) and _TABLE_HEADER.fullmatch(line.strip()) is not None


def _heading_above(low: str, start: int, by_line: Mapping[int, object]) -> re.Match[str] | None:
    """The one strong time of the nearest line above `start` that is not blank, or above a table's short header
    ("Date : Bénévole"), when that line ends on a colon and names no day (`by_line`, `_A_DATE`: "La fête aura lieu le
    samedi 30 mai, de 18h à 2h. On se fait :" gives that day's hours), no exam and no goods handed out ("Les dates de
    distribution des paniers, de 18h à 19h30 :")."""
    found = _written_line_above(low, start)
    if found is not None and _table_header(low[slice(*found)]):
        found = _written_line_above(low, found[0])
    if found is None:
        return None
    above, pos = found
    line = low[above:pos]
    if above in by_line or not _ends_on_colon(line) or EXAM.search(line):
        return None
    if GOODS.search(line) or _A_DATE.search(line):
        return None
    times = [t for t in P_TIME.finditer(low, above, pos) if t.group("time").strip() and _strong_time(t)]
    return times[0] if len(times) == 1 else None


def day_spans(found: list[Found], low: str) -> list[Found]:
    """A span of days across months ("June 28-July 2") is one event known by its first day: the
    last day is no date of its own (a span within one month is read whole by `P_DAY_SPAN`)."""
    days = sorted((f for f in found if f.all_day), key=lambda f: f.span)
    ends = {
        id(b)
        for a, b in pairwise(days)
        if a.span[1] <= b.span[0] and b.start > a.start and _DAY_SPAN_GAP.fullmatch(low, a.span[1], b.span[0])
    }
    return [f for f in found if id(f) not in ends]
