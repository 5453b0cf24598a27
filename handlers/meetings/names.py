"""Which meeting of a topic a reply speaks of, by the words naming it.

An announcement often holds several meetings ("the docs sprint on Wednesday and the community hangout on Thursday",
"Comité mercredi, AG samedi"); a reply calling one off or moving it names it ("the TA session stands cancelled", "l'AG
est repoussée au 21"). Each meeting keeps the words written just before its date; a reply's words pick the one they
share the most with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text import fold
from handlers.meetings.dates import MONTHS, WD_ABBR_EN, WEEKDAY_INDEX
from handlers.meetings.sentences import line_bounds, sentence_bounds

WORD = re.compile(r"[a-z][a-z0-9]+")
STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "on",
        "at",
        "in",
        "to",
        "for",
        "this",
        "that",
        "these",
        "those",
        "is",
        "are",
        "be",
        "will",
        "with",
        "our",
        "your",
        "we",
        "you",
        "it",
        "its",
        "by",
        "from",
        "two",
        "three",
        "things",
        "week",
        "next",
        "today",
        "tomorrow",
        "tonight",
        "kindly",
        "note",
        "please",
        "dear",
        "all",
        "everyone",
        "hi",
        "hello",
        "schedule",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "de",
        "du",
        "et",
        "ou",
        "au",
        "aux",
        "en",
        "sur",
        "pour",
        "par",
        "ce",
        "cette",
        "ces",
        "est",
        "sera",
        "avec",
        "nous",
        "vous",
        "programme",
        "semaine",
        "prochaine",
        "demain",
        "aujourd",
        "soir",
        "matin",
        "lien",
        "contre",
        "dsl",
        "desole",
        "desolee",
        "petit",
        "petite",
        "changement",
        "coucou",
        "bonjour",
        "salut",
        "merci",
        "ok",
        "oui",
        "haha",
        "bon",
        "alors",
        "donc",
        "finalement",
        "rappel",
        "ete",
    ]
)
"""Words that name no meeting: articles, days, greetings, and "été" (folded, the summer as "a été annulée")."""


def name_words(
    low: str, start: int, date: tuple[int, int], weekday: int, next_at: int, markup: bool = False
) -> frozenset[str]:
    """The words naming the meeting whose date spans `date`: those written before it, since `start` (the end of the
    date before it), its line and its sentence; on a line of its own (no date after it on the line, before `next_at`),
    those after it too ("- Thu 17/09 — Stacks and Queues — 7 PM") with the members it mentions (`MENTION`); and its
    `weekday` (Monday is 0). A date in markup alone on its line (`markup`) is named by the line above it."""
    line_start, line_end = line_bounds(low, date[0])
    before = words_of(low, max(start, line_start, sentence_bounds(low, date[0])[0]), date[0])
    after = words_of(low, date[1], line_end) if line_end <= next_at else frozenset()
    # a member mentioned on the date's line hosts it ("Avec @sandrine on co-anime"), not one asked a question ("… à
    # 18h30. @hugo ça te va toujours ?")
    mentions = MENTION.finditer(low, line_start, line_end) if line_end <= next_at else ()
    hosts = {f"u:{m.group(1)}" for m in mentions if not _asks(low, m.start())}
    if line_end <= next_at:
        hosts |= {f"h:{w}" for m in _HOSTED.finditer(low, line_start, line_end) for w in m.groups() if _a_name(w)}
    words = before | after
    if markup and line_start > start and not re.search(r"\w", low[line_start : date[0]] + low[date[1] : line_end]):
        # a date on a line of its own ("[date=2026-03-29 time=10:00:00]" under "**Troc de plantes** dans la cour"):
        # the line above it names it
        end = line_start - 1
        while end > start and low[end - 1] == "\n":
            end -= 1  # the blank lines between
        words = words_of(low, max(start, low.rfind("\n", start, end) + 1), end)
    return words | _short_forms(words) | hosts | frozenset(WEEKDAYS[weekday])


SHORT_FORMS = {
    "ca": ("conseil", "administration"),
    "ag": ("assemblee", "generale"),
    "copil": ("comite", "pilotage"),
    "distrib": ("distribution",),
    "prepa": ("preparation",),
    "expo": ("exposition",),
    "com": ("communication",),
}
"""The initials a board or an assembly goes by and the short words for a gathering ("le CA est avancé au jeudi 18" of
the "Conseil d'administration", "la distrib est avancée d'une demi-heure" of the "distribution spéciale de Noël", "Pour
la com, on décale à 18h ?" of the "Commission communication")."""


def _short_forms(words: frozenset[str]) -> frozenset[str]:
    """The initials and short words of the gatherings the words name in full."""
    return frozenset(short for short, full in SHORT_FORMS.items() if set(full) <= words)


def _asks(low: str, pos: int) -> bool:
    """Whether the sentence at `pos` is a question."""
    return low[: sentence_bounds(low, pos)[1] + 1].rstrip().endswith("?")


MENTION = re.compile(r"(?<![\w@])@([a-z0-9][\w.-]*[a-z0-9]|[a-z0-9])")
"""A member mentioned on a meeting's own line ("office hours with @bkr"): its host, "u:bkr"."""


_HOSTED = re.compile(
    r"\b(?:avec|with|hosted by|led by|run by|animee? par|tenue? par|ta|mentor|instructor|speaker|intervenante?)"
    r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?"
)
"""A member named as host on a meeting's line without a mention ("Permanence numérique avec Sami", "Statistics | TA
Priya"): "h:sami"."""
_NOT_A_NAME = frozenset(
    {
        *("the", "our", "your", "their", "all", "everyone", "you", "and", "link", "zoom", "meet", "jitsi", "teams"),
        *("vous", "nous", "les", "des", "tout", "tous", "toutes", "une", "qui", "pour", "lien", "visio", "discord"),
    }
)


def _a_name(word: str | None) -> bool:
    return word is not None and len(word) >= 3 and word not in _NOT_A_NAME


_CO_HOST = re.compile(
    r"\bje\s+(?:l'\s*|le\s+|la\s+|les\s+)?(?:co-?organise|co-?anime|organise|anime)\s+(?:\w+\s+)?avec\s+@?([a-z][\w.-]*)"
)
"""A reply's author saying whom they run a meeting with ("je co-organise avec Fanny", "Info de l'équipe webinaire (je
l'organise avec Justine)")."""


_NAMED_CO_HOST = re.compile(
    r"\b([a-z][a-z-]{2,}),? (?:qui )?(?:co-?anime|co-?organise|va (?:vous )?(?:poster|partager|envoyer|donner)|"
    r"postera|partagera|enverra|s'occupe (?:du|de la|des|de (?:faire|creer|lancer|preparer) (?:un|une|le|la)) "
    r"(?:compte-?rendu|compte rendu|cr|pad|photos|inscriptions|formulaire|lien|visio|replay|enregistrement|diaporama|"
    r"support|framadate|sondage|doodle))\b|"
    r"\b(?:co-?animee?s?|co-?organisee?s?|co-?anime|co-?organise|co-?presidente?s?) (?:avec|par) ([a-z][a-z-]{2,})\b|"
    r"\bavec ([a-z][a-z-]{2,})\b[^.!?\n]{0,50}?,? (?:on|nous) co-?(?:anim|organis)\w*|"
    r"\b(?:animee?s?|organisee?s?|proposee?s?|menee?s?) par ([a-z][a-z-]{2,}) et moi\b"
)
"""In an opening post, a first name and the words saying its bearer co-hosts or posts the link ("Raphaël, qui co-anime",
"co-animé avec Léa", "Avec Coralie Bonnet (La Grange), on co-anime", "animée par Stéphane et moi", a signature
"Christophe, co-président avec Isabelle"), or is given a thing to post ("Florent s'occupe du compte-rendu", "Katell
s'occupe de faire un framadate")."""


def named_co_hosts(low: str) -> set[str]:
    """The first names a folded opening post gives its co-hosts (`_NAMED_CO_HOST`)."""
    return {name for m in _NAMED_CO_HOST.finditer(low) for name in m.groups() if name}


def username_parts(username: str) -> tuple[str, ...]:
    """The words of a username a post may name its member by ("thomas_kieffer": "thomas", "kieffer"), folded as the
    post's words are ("Stéphane_Mansuy": "stephane")."""
    return tuple(part for part in re.split(r"[._-]", fold(username)) if len(part) >= 3)


def co_host_of(low: str, username: str) -> bool:
    """Whether a folded post's author says they run its meetings with the member `username`, named by a word of their
    username ("je co-anime avec Thomas" of thomas_kieffer) or mentioned: their word on its changes counts as theirs."""
    name = username.lower()
    parts = username_parts(name)
    return any(m.group(1) == name or m.group(1) in parts for m in _CO_HOST.finditer(low))


def hosted_by(names: frozenset[str], username: str) -> bool:
    """Whether a meeting's line names the member as its host: mentions them, names them after "with" by a word of
    their username ("avec Sami" and sami_num), or names every word of it."""
    low = username.lower()
    parts = username_parts(low)
    # or a place's account by every word of its name ("fablab_du_coin" and "**Le Fablab du Coin** (Nantes)")
    return (
        f"u:{low}" in names
        or any(f"h:{part}" in names for part in parts)
        or (len(parts) > 1 and all(part in names for part in parts))
    )


WEEKDAYS = (
    ("monday", "lundi"),
    ("tuesday", "mardi"),
    ("wednesday", "mercredi"),
    ("thursday", "jeudi"),
    ("friday", "vendredi"),
    ("saturday", "samedi"),
    ("sunday", "dimanche"),
)
"""A meeting's weekday in both languages: a reply names it by its day as often as by its name ("Tuesday's session
will happen at 10 PM instead", "la perm' de jeudi est déplacée")."""


DAY_WORDS = frozenset(word for pair in WEEKDAYS for word in pair)


def days_named(words: frozenset[str]) -> set[int]:
    """The weekdays (Monday is 0) words name, in full or in English short ("Tue and Thu live sessions are
    cancelled")."""
    return {WEEKDAY_INDEX[w] for w in words if w in WEEKDAY_INDEX} | {WD_ABBR_EN[w] for w in words if w in WD_ABBR_EN}


MONTH_WORDS = frozenset(MONTHS.split("|"))
"""Words of a date a number follows ("April 2"): a day, not a thing's number."""


NUMBERED = re.compile(r"\b([a-z]+)\s?#?(\d{1,2})\b(?![:.h]\d)")
"""A thing named with its number ("atelier 2", "part 2", "session #3"): the number is a word naming it, "#2"."""


LETTERED = re.compile(r"\b(?:group|groupe|section|batch|team|equipe|cohort|cohorte|track)\s+([a-z])\b(?!\s*\d)")
"""A group named by its letter ("Group B", "section C"): the letter is a word naming it, "#b"."""
_ORDINALS = {
    1: "first|1st|premiere?|1re|1ere|1er",
    2: "second|2nd|deuxieme|seconde?|2e|2eme",
    3: "third|3rd|troisieme|3e|3eme",
    4: "fourth|4th|quatrieme|4e|4eme",
}
ORDINAL = re.compile(
    rf"\b(?:(?P<o1>{_ORDINALS[1]})|(?P<o2>{_ORDINALS[2]})|(?P<o3>{_ORDINALS[3]})|(?P<o4>{_ORDINALS[4]}))\b"
    rf"(?![^\S\n]*(?:[,.;:!?)]|$)|[^\S\n]+(?:of|week|time|fois|semaine|day|jour|half|moitie|year|annee|thing|all|"
    rf"at|{MONTHS})\b)"
)
"""The rank of one meeting among a post's ("the second one moves to 5:30pm", "la 2e on la déplace", "1st one
unchanged"), "@2"; not a day ("moved to the 2nd") nor a first time."""


DAY_OF_MONTH = re.compile(
    r"\b(?:(?:du|le|the) (?P<a>[12]?\d|3[01])(?:st|nd|rd|th|er)?|on (?P<b>[12]?\d|3[01])(?:st|nd|rd|th))\b"
    rf"(?![:h.]?\d)(?!\s*(?:h|am|pm|min|mn|heures?|hours?|minutes?|{MONTHS})\b)"
)
"""A day of the month alone ("celle du 20", "the one on the 12th"): the meeting on that day, "d20"."""


def days_of_month(words: frozenset[str]) -> set[str]:
    """The days of the month words name (`DAY_OF_MONTH`), as "d20"."""
    return {w for w in words if w[0] == "d" and w[1:].isdigit()}


MONDAY_SHORT = re.compile(
    r"\bmon\b(?!\s+(?![\d&]|(?:and|or|to|through|thru|till|until|et|ou|au|a|session|sessions|class|classes|meeting|"
    rf"call|lecture|live|office|lab|tutorial|webinar|morning|evening|afternoon|night|slot|batch|group|{MONTHS})\b)\w)"
)
""""Mon" for Monday ("Mon and Wed sessions are cancelled", "Mon 7 Dec"), not the French possessive ("Oubliez mon
message"), which a word other than a date's, a list's or a gathering's follows."""


def words_of(low: str, start: int, end: int) -> frozenset[str]:
    """The words of `low[start:end]` that may name a meeting, with the numbers and letters things are named by
    (`NUMBERED`, `LETTERED`: "the atelier 2" names the second of three ateliers) and their ranks (`ORDINAL`)."""
    words = {w for w in WORD.findall(low, start, end) if w not in STOP}
    if "mon" in words and MONDAY_SHORT.search(low, start, end) is None:
        words.discard("mon")  # "mon message": my message, not Monday's
    for m in NUMBERED.finditer(low, start, end):
        if m.group(1) not in STOP and m.group(1) not in DAY_WORDS and m.group(1) not in MONTH_WORDS:
            words.add(f"#{int(m.group(2))}")
    words |= {f"#{m.group(1)}" for m in LETTERED.finditer(low, start, end)}
    words |= {f"@{m.lastgroup[1:]}" for m in ORDINAL.finditer(low, start, end) if m.lastgroup}
    words |= {f"d{int(m.group('a') or m.group('b'))}" for m in DAY_OF_MONTH.finditer(low, start, end)}
    if {"assemblee", "generale"} <= words or {"assemblees", "generales"} <= words:
        words |= _AG_OF.get(next((w for w in _AG_OF if w in words), ""), {"ag"})  # "l'AGE" names it too
    return frozenset(words)


_AG_OF = {"extraordinaire": {"ag", "age"}, "ordinaire": {"ag", "ago"}}
"""The initials a general assembly goes by in French ("AG", "AGE" extraordinary, "AGO" ordinary)."""


def numbered(words: frozenset[str]) -> bool:
    """Whether words name a thing by its number (`NUMBERED`: "part 2" of a series)."""
    return any(w.startswith("#") for w in words)


def named(words: frozenset[str], names: Sequence[frozenset[str]]) -> int | None:
    """The index of the one name sharing the most words with `words`, or None when none does or two tie. A weekday
    said decides first, when it is one meeting's alone ("Thursday office hours move to 5 PM")."""
    days = words & DAY_WORDS
    by_day = [i for i, name in enumerate(names) if days & name]
    if days and len(by_day) == 1:
        return by_day[0]
    shared = sorted(((len(words & name), i) for i, name in enumerate(names)), reverse=True)
    if not shared or shared[0][0] == 0 or (len(shared) > 1 and shared[1][0] == shared[0][0]):
        return None
    return shared[0][1]
