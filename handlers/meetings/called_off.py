"""Which meetings a post calls off or moves, and the days they leave.

An announcement's own words ("annulé", "reporté", "moved to", an update paragraph) change the meetings on record.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from zoneinfo import ZoneInfo

from bot.models import Post
from bot.text import fold_same_length
from handlers.meetings.cues import EXAM, GATHERING
from handlers.meetings.dates import MONTHS, MONTHS_FR, STAMP_LINE, WD, Found
from handlers.meetings.meeting import Meeting
from handlers.meetings.sentences import _clause, _found, sentence_bounds

_WHICH = r"(?:(?:the|this|that|our|today's|tomorrow's|tonight's|this week's|next week's|\w+day's)\s+)*"
_THIS_ONE = (
    rf"(?:{_WHICH}(?:[\w'-]+\s+){{0,2}}?{GATHERING.pattern}|"
    r"(?:it|today|tonight|this week|for today|this one|that one)\b)"
)
"""What a verb calling a meeting off acts on: a gathering ("cancel tomorrow's call", "skip office hours"), or the
topic's own, by a pronoun or its day ("skip today", "cancel it"); not "cancel my attendance"."""
_NOT_THEIRS = r"(?! (?:sa|son|ses|leur|leurs)\b)"
"""After a French word of calling off, no possessive: "la chorale a annulé sa répèt" calls off the choir's own thing."""
CANCEL = re.compile(
    rf"\b(?:cancel(?:l?ing)?\s+{_THIS_ONE}|cancel(?:l?ing)?(?=\s*(?:[.,;!]|$))|(?:skip|drop)(?:ping)?\s+{_THIS_ONE}|"
    r"scratch (?:this|that) one|"
    r"(?:drop|dropping|cancel|cancelling|canceling) \**(?:the |our |my )?\**(?:part \d|(?:[\w-]+ ){0,2}check-?ins?)\b|"
    r"cancel mine\b|(?:drop|cancel|skip)(?:ping|ling)? one of (?:the|our|these|those) [\w -]{2,30}?\b|"
    r"call(?:ing)?\s+(?:(?:it|this(?: one)?|that(?: one)?)\s+)?off\b|"
    r"not doing (?:it|this|that|the [\w -]{2,30}?) ?any ?more\b|"
    r"(?:is|are|'s)\s+\**off\**\s+(?:for\s+)?(?:today|tonight|tomorrow|this (?:week|weekend|time|round|month))|"
    r"(?:is|are|'s)\s+\*{0,2}off(?=\*{0,2}\s*[.!])|"
    r"not happening|(?:on|nous|j'|je)\s?(?:annul|supprim)(?:e|ons)|ca saute)\b|"
    rf"{GATHERING.pattern}\s+(?:(?:is|are)\s+(?:now\s+)?off|saute|sautent)\b|"
    rf"\b(?:annulee?s?{_NOT_THEIRS}|annulation|"
    r"cancell?ed|cancell?ation(?! (?:policy|policies|fees?|charges?|deadline|form|request))|"
    r"called off|n'aura pas lieu|n'aura plus lieu|n'a (?:donc |finalement |alors )?plus lieu|"
    r"(?:est|sont|a ete|ont ete) supprimee?s?|"
    r"will not take place|won't take place|suspendue?s?|tombee?s? a l'eau|"
    r"(?:(?:will|shall|would) not|won't|shan't) (?:be (?:conducted|held|happening|organi[sz]ed)|happen)"
    r"(?! (?:online|offline|virtually|in person|physically|on (?:zoom|meet|google meet|teams)|in (?:the )?class))|"
    r"ne (?:pourra|peut|pourront|peuvent) (?:pas|plus) (?:avoir lieu|se tenir)|"
    rf"(?:vient|viennent) d'annuler{_NOT_THEIRS}|(?:a|ont) annule{_NOT_THEIRS}|"
    r"(?:dois|doit|devons|devez|devoir|obligee?s? d'|contrainte?s? d'|decide d'|preferons|prefere)"
    r"(?: \w+ment)? ?annuler)\b"
)
NO_MEETING = re.compile(
    r"(?:\bthere (?:will|would|shall) be no|\bthere is no|\bthere's no|\bthere (?:won't|will not) be (?:a|any)|"
    r"(?:^|(?<=[.!:,;] )|(?<=[—–-] ))no)\s+(?:[a-z]+ \d{1,2}\s+)?(?:(?:live|ta|doubt|clearing|doubt-clearing|revision|"
    r"regular|weekly|office|"
    r"online|offline|further|more|group|mentoring|lab|community|dev|the|a|any)\s+)*"
    r"(?:sessions?|class(?:es)?|meetings?|calls?|lectures?|hours|webinars?|tutorials?|meets?|hangouts?|meetups?|"
    r"syncs?|standups?)\b"
    r"(?!\s*(?:links?|recordings?|replays?|videos?|slides|notes|ids?|codes?|passwords?|materials?|attendance)\b)"
    r"|\b(?:(?:il n'y|il y|y) (?:aura|a) )?(?:pas|plus) (?:de |d')(?:\w+ )?"
    r"(?:visios?(?![^.!?\n]*\b(?:en presentiel|sur place)\b)|"
    r"reunions?|reus?|seances?|permanences?|perms?\b|ateliers?|rencontres?|webinaires?|lives?|aperos?|"
    r"comites?|copils?|repair ?cafes?|cafes?[- ](?:rencontres?|reparations?|debats?)|formations?|soirees?|"
    r"chantiers?|assemblees?|ag[eo]?|cours|sessions?|distributions?|distribs?|modules?|open ?labs?|projections?|"
    r"concerts?|repetitions?|balades?)\b",
    re.M,
)
"""A meeting said not to take place ("there will be no live session on Sunday", "pas de visio jeudi"):
called off like a cancelled one; a session's missing link or recording is not, nor a visio held in person instead
("plus de visio : le CA du mardi 7 se fera en présentiel")."""
_THEN = r"(?: (?:donc|alors|du coup|finalement|plutot))?"
"""A word between a move's verb and where it goes ("on passe donc au dimanche 14", "on avance finalement à 9h")."""
_WHERE_TO = rf" \**(?:le |la )?(?:{WD}|\d|\[date=)"
"""Where a meeting goes: a day, a date or a time, or a `[date]` ("on bascule : [date=2026-04-14 time=19:00:00]")."""
STARTS_SHIFTED = (
    r"(?:on|nous) (?:commence|demarre|debute)(?:ra|rons|ons)? (?:(?:un peu|un poil|une demi-heure|\d+ ?min) )?"
    r"plus (?:tard|tot)"
)
"""A start said to come earlier or later ("on commence un peu plus tôt", "on démarre une demi-heure plus tard")."""
POSTPONE = re.compile(
    r"\b(?:reportee?s?|decalee?s?|deplacee?s?|repoussee?s?|postponed|preponed|rescheduled|shifted|shifting|"
    r"moved to(?! (?:daylight|summer time|winter time|standard time|dst)\b)|"
    r"pushed (?:back|to)|bumped (?:back|to)|push(?:ing)? (?:it|this|that) (?:back |forward )?to|"
    r"push(?:ing|ed)? (?:it|this|that) (?:back |forward )?(?:by )?(?:an?|one|two|half an?|\d+) ?"
    r"(?:hours?|minutes?|mins?|days?|weeks?)|"
    rf"mov(?:e|ing) (?:it|this|that|ours|mine) to (?=\**(?:next |the |this )?(?:\d|(?:{WD})\b|tomorrow|today|tonight|"
    r"later|week\b))|"
    r"(?:on|nous|je|j')\s?(?:reporte|decale|repousse)(?:ons)?|"
    r"(?:on|nous|j') ?(?:l')?(?:a|avons|ai) (?:reporte|decale|repousse|deplace)e?s?|"
    rf"(?:on|nous) (?:passe|bascule)(?:ons)?{_THEN}(?: (?:a|au|sur)(?={_WHERE_TO})|(?= ?:{_WHERE_TO}))|"
    rf"(?:on|nous) bascul(?:e|ons){_THEN}(?={_WHERE_TO})|"
    rf"(?:on|nous) (?:revient|revenons|repasse|repassons|retourne|retournons){_THEN} (?:au|a|sur) "
    rf"(?=\**(?:le )?\**(?:{WD})\b)|"
    r"(?:ce|ca) sera (?:plutot |donc )?(?:a |vers )?(?=\d{1,2}h\d{0,2} finalement\b)|"
    r"finalement,? (?:ce|ca) sera (?:plutot )?(?:a |vers )?(?=\d{1,2}h)|"
    r"(?:on|nous) (?:le |la |les )?(?:fait|fera|ferons|faisons) (?:ca )?(?:a |vers )?(?=\d{1,2}h\d{0,2} plutot\b)|"
    rf"(?:on|nous) (?:(?:le |la |les )(?:fait|fera|ferons|faisons)|(?:fait|fera|ferons|faisons) ca) "
    rf"(?=(?:plutot |finalement )?(?:demain|"
    rf"apres-demain|(?:le |la )?(?:{WD})\b)[^.!?\n]{{0,30}}?\b(?:meme heure|meme horaire|plutot|finalement)\b)|"
    rf"(?:on|nous|je|j')\s?avan(?:ce|cons){_THEN}(?= (?:a|au|de|d'|le debut|le demarrage|l'heure|l'horaire)\b)|"
    rf"{STARTS_SHIFTED}|"
    r"(?<=, )(?:debut|demarrage) (?:a )?(?=\d{1,2}h\d{2}\s*[.!]?\s*(?:$|\n|je |on |nous ))|"
    r"(?:est|sont|sera|seront|a ete|ont ete) avancee?s? (?:a|au|de|d')|"
    r"(?:dois|doit|devons|devez|faut|allons|vais|va|preferons|prefere|a du|avons du|ont du) (?:la |le |les )?"
    r"(?:reporter|decaler|repousser|avancer)|(?:demande|demandent) (?:de |d')(?:reporter|decaler|repousser|avancer)|"
    r"report (?:sine die|a une (?:date ulterieure|autre date)|a plus tard|de la|du|des)|"
    r"remise?s? (?:a plus tard|a une (?:date ulterieure|autre date)))\b"
)
NEGATED = re.compile(r"(?:\b(?:pas|plus|not|jamais|never)|\bwon't)\s+(?:ete\s+|etre\s+|been\s+|be\s+)?$")
_NE = re.compile(r"\b(?:ne |n')(?:la |le |les |l')?$")
_PAS = re.compile(r"\s+(?:pas|plus|jamais|rien)\b")
"""The two halves of a French negation around a verb ("on ne la déplace pas", "on n'annule rien")."""
UNSETTLED = re.compile(
    r"\b(?:may|might|could|would|can)\s+(?:(?:have to|need to)\s+)?(?:be\s+|get\s+)?$|"
    r"\b(?:pourrai(?:t|ent)|risquer?a?i?t?)\s+(?:d')?(?:etre\s+)?$|"
    r"\b(?:if|unless|in case|whether|si|au cas ou)\b|"
    r"\b(?:last (?:week|time|month|year|session|\w+day)|yesterday|previous|la semaine derniere|la derniere fois|"
    r"(?<!\bca d')(?<!\bag d')(?<!\bbureau d')(?<!\breunion d')(?<!\bcopil d')hier|precedente?)\b|"
    r"\b(?:doesn't|does not|doesnt|don't|do not|didn't|did not) mean\b|\bne (?:veut|voulait) pas dire\b|"
    r"\bne signifie pas\b|\b(?:the other|another|l'autre|une autre|un autre)\b"
)
"""Before a call-off word in its sentence, what leaves the topic's meeting standing: a call-off that may come ("may
be cancelled if fewer than ten sign up"), asked about ("asked whether it is cancelled"), denied ("doesn't mean the
hangout is cancelled"), past ("last week's hangout was cancelled"; not the board meeting that decided it: "Suite au CA
d'hier, la visio du 10 est annulée"), or another meeting's ("the other call is cancelled")."""
STANDS = re.compile(
    r"\b(?:still on(?! (?:hold|track)\b)|(?:is|it's|it is) on(?=\s*(?:[.!,;]|$))|(?:will |shall )?go(?:es)? ahead|"
    r"as (?:planned|scheduled)|(?:is |are )?(?:unaffected|not affected)|maintenue?s?|a bien lieu|aura bien lieu|"
    r"toujours (?:d'actualite|prevue?s?)|comme prevu)\b"
)
"""Words saying a meeting stands ("this one is still on", "l'atelier est maintenu"): a post saying so beside a
call-off calls off another thing, or only the day it names."""


_FILLER = (
    r"bon|allez|alors|donc|du coup|finalement|par contre|en revanche|en fait|au fait|sinon|bref|malheureusement|helas|"
    r"desolee?s?|dsl|sorry|sadly|unfortunately|so|ok|okay|well|je serai absente?|je ne serai pas la|"
    r"update|edit|hey|hi|hello|dear|all|everyone|everybody|folks|team|guys|students|tout le monde|quick|heads[ -]?up|"
    r"attention|important|fyi|psa|nb|rappel|reminder|"
    r"scratch that|same time|tout est|everything is|the|time|timing|timings|horaire|is|are|being|been|has|have|be|"
    r"it'll|il|elle|ils|elles|they|they'll|he|she|la|le|les|l'|un|une|"
    r"petit changement|changement|small change|p'?tite? modif|modif|pour|for|"
    r"today|tomorrow|tonight|demain|ce soir|aujourd'hui|cette semaine|this week|"
    r"we|we'll|we're|we are|we will|i|i'm|i am|i'll|i will|afraid|have to|need to|must|going to|gonna|will|"
    r"it|it's|it is|this|on|nous|je|j'|c'est|ce sera|dois|devons|faut|va|allons|"
    r"start|starting|begin|do it|demarre|demarrons|demarrer|commence|commencons|commencer|le faire|"
    r"change of plans?|changement de (?:programme|plan)|"
    r"good (?:catch|point)|fair point|makes sense|agreed|bien vu|bonne (?:idee|remarque)|no problem|no worries|sure|"
    r"noted|got it|yes|yep|oui|d'accord|entendu|c'est note|effectivement|indeed|confirmed?|i confirm|confirmee?|valide|"
    r"je (?:vous )?(?:informe|confirme|signale|precise) que?|pour info|"
    r"(?:apres|suite a|suite aux?) (?:discussion|echange|concertation|accord|validation|un echange|une discussion|"
    r"(?:vos|nos|ces|les|tes|des) (?:retours?|remarques?|reponses?|dispos?|disponibilites|demandes?|messages?|avis))s?"
    r"(?: avec [\w-]+(?: et [\w-]+)?)?|en accord avec [\w-]+(?: et [\w-]+)?|comme convenu(?: avec [\w-]+)?|"
    r"d'un commun accord|"
    r"pas de (?:souci|soucis|probleme|pb)|aucun (?:souci|probleme)|ah|oh|ugh|argh|oops|oups|thanks|merci"
)
_REASON_FIRST = (
    r"(?:vu|etant donne|a cause d[eu']|en raison d[eu']|faute d[e']|avec|due to|because of|owing to|given|with|"
    r"comme|puisque|since|as)\b[^.!?\n,;:]{1,100}?(?:[,:]|\s+\Z)"
)
_PLACE_TAKEN = (
    r"(?:la salle|le local|l'espace|le lieu|la piece|la cuisine|l'atelier|le fablab)\b[^.!?\n,;:]{0,20}?"
    r"\b(?:est|sera|n'est pas|ne sera pas|n'est plus) (?:prise?|occupee?|reservee?|indisponible|pas dispo|dispo|libre|"
    r"fermee?|en travaux)\b[^.!?\n,;:]{0,100}?[,:]"
)
"""A clause saying the place is taken ("la salle est prise par le club d'échecs jusqu'à 19h ce jeudi-là, on décale à
19h"): the reason for the move after it, naming nothing it moves."""
PLACE_TAKEN = re.compile(_PLACE_TAKEN)
_HOST_UNABLE = (
    r"(?:l[ea] |l')(?:formateur|formatrice|intervenante?|animateur|animatrice|conferencier|conferenciere|prof)\b"
    r"[^.!?\n,;:]{0,20}?\b(?:ne (?:peut|pourra) (?:pas|plus)|n'est pas (?:dispo|disponible|libre)|a un empechement|"
    r"est (?:malade|indisponible|empeche))\b[^.!?\n,;:]{0,60}?[,:]"
)
"""A clause saying who leads the gathering cannot come ("Le formateur ne peut pas le 18, on passe au 25"): the reason
for the move after it, naming nothing it moves."""
_LEAD_IN = (
    r"(?:[^.!?\n:\u2026\u2192\u2600-\u27bf\U0001f300-\U0001faff]{1,120}"
    r"(?::|\u2026|\.\.\.|\u2192|->|=>|,? (?:donc|du coup|alors|so)\b|[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)"
    r"|\s*(?:donc|du coup|alors|so)\b)+"
)
"""A clause the sentence opens on, ended by a colon, an ellipsis, an arrow, an emoji or "donc" ("Bon vu que vous êtes
plusieurs à me l'avoir dit : on décale à 18h", "la salle doit être rendue à 16h30, donc on avance d'une demi-heure",
"Pluie annoncée toute la journée 🌧️ on annule"): what it says leads to the move, it names nothing the move is of."""
_AWAY_FIRST = (
    r"(?:on (?:est|sera)|nous (?:sommes|serons)|je (?:suis|serai)|beaucoup (?:sont|seront)|plusieurs (?:sont|seront))\b"
    r"[^.!?\n,;:]{0,40}?\b(?:en deplacement|absente?s?|pas la|en vacances|en conge|malades?|indisponibles?|"
    r"pas dispo(?:nibles?)?)\b[^.!?\n,;:]{0,60}?[,:]"
)
"""A clause saying people are away ("on est nombreux à être en déplacement cette semaine, on décale au vendredi 13"):
the reason for the move after it, naming nothing it moves."""
_OPENER = r"(?:bonjour|bonsoir|salut|coucou|hello|hi|hey|oui|ok|okay|merci|top|parfait|super|bonne idee|d'accord)"
_GREETING = rf"(?:{_OPENER}(?:\s+{_OPENER})*(?:\s+[\w-]+)?\s*[,!]\s*)?"
"""A greeting or an acknowledgement, a name after it ("Bonjour Benoît,", "Oui bonne idée Claire,")."""
BARE_BEFORE = re.compile(
    rf"\W*{_GREETING}(?:\b(?:{_FILLER})\b\W*)*(?:{_REASON_FIRST}|{_PLACE_TAKEN}|{_HOST_UNABLE}|{_AWAY_FIRST}|{_LEAD_IN})?"
    rf"(?:\W*\b(?:{_FILLER})\b)*\W*"
)
"""What a sentence calling off "nothing named" opens on: greetings (a name after them), regrets, a pronoun, an
acknowledgement ("Sorry folks, we'll skip today", "Bon, finalement on annule", "Good catch — moving it to Tuesday",
"Pas de souci, on décale à jeudi"), after its reason ("Vu le peu d'inscrits, on annule", "Due to the strike, we're
cancelling", "Bonjour Benoît, comme convenu, on avance d'une demi-heure")."""
LEAD_IN = re.compile(rf"\W*{_LEAD_IN}")
"""`_LEAD_IN` at a part's start: where the part a move is read in begins (`part_bounds`)."""
BARE_AFTER = re.compile(
    r"(?:\W*\b(?:(?:for |pour )?(?:today|tonight|tomorrow|this week|ce soir|aujourd'hui|demain|cette semaine)|"
    r"for now|pour l'instant|pour le moment|sorry|desolee?s?|dsl|folks|everyone|all|guys|again|du coup|finalement|"
    r"until further notice|jusqu'a nouvel ordre|sine die|indefinitely|tout|tous|toutes|everything|"
    rf"(?:pour|for) (?:le mois d[e']\s?|the month of )?(?:{MONTHS})|"
    r"(?:pour |for )?(?:ce mois-ci|this month|cette fois(?:-ci)?|this time)|cote [\w'-]+|"
    rf"(?:ce |this |on )?(?:{WD})(?: (?:prochain|next))?)\b)*\W*"
)
"""What may follow it to the end of its clause: its day, regrets, the whole of it, the side of the house it is
("Cancelled, sorry", "on annule ce soir", "on annule samedi", "on annule tout pour septembre côté couture")."""


def bare(low: str, pos: int) -> bool:
    """A call-off of nothing named, at `pos` ("Cancelled.", "Finalement on annule, trop peu d'inscrits", "We'll
    skip today", "Report à une date ultérieure", "Postponed until further notice — we're waiting…"): in a reply by the
    announcer or staff, the topic's meeting."""
    start = sentence_bounds(low, pos)[0]
    if not BARE_BEFORE.fullmatch(low, start, pos):
        return False
    return _nothing_after(low, CANCEL.match(low, pos) or NO_MEETING.match(low, pos) or POSTPONE.match(low, pos))


def _nothing_after(low: str, m: re.Match[str] | None) -> bool:
    """Whether the call-off or move word `m` ends its clause, but for its day or regrets (`BARE_AFTER`)."""
    if m is None:
        return False
    end = min(_clause(low, (m.end(), m.end()))[1], part_bounds(low, m.end())[1])
    return BARE_AFTER.fullmatch(low, m.end(), end) is not None


_FRONTED = re.compile(r"\W*(?:pour|for|as for|quant (?:a|aux)) [^.!?;:\n]{1,60}?,?\s*")
"""What a call-off naming its meetings before it opens on ("Pour les ressourceries et les fablabs on annule", "For the
APAC group, we're cancelling")."""


def fronted(low: str, pos: int) -> bool:
    """A call-off at `pos` whose meetings the words before it name, and nothing after it: it calls off the meetings
    those words name by a word the others lack, and no other."""
    start = sentence_bounds(low, pos)[0]
    if not _FRONTED.fullmatch(low, start, pos):
        return False
    return _nothing_after(low, CANCEL.match(low, pos) or POSTPONE.match(low, pos))


PART_END = re.compile(r"[;—]|(?<![\dmh])(?<![\dmh]\s)(?:–|\s-\s)|(?:–|\s-\s)(?!\s?\d)")
"""What ends a part of a sentence: a semicolon or a dash, not the dash of a range of hours ("2–3pm", "18h - 20h")."""
ALL_OF = re.compile(
    r"\b(?:tout(?! le monde\b)|tous|toutes|everything|both|les deux|"
    r"all (?:the |our |of the |\w+ ){0,3}?(?:sessions|meetings|calls|events|hangouts|workshops|classes))\b"
)
"""Words calling off every meeting of the topic ("Tout est annulé", "both sessions this weekend are cancelled"); not
"tout le monde" (everyone)."""


def part_bounds(low: str, pos: int) -> tuple[int, int]:
    """The part of the sentence around `pos`, between semicolons or dashes ("No TA session this week; next one on
    13th May at 8 PM", "Cancelling Friday's call — we'll fold it into the sprint on Wednesday")."""
    start, end = sentence_bounds(low, pos)
    before = [m.end() for m in PART_END.finditer(low, start, pos)]
    after = PART_END.search(low, pos, end)
    start = before[-1] if before else start
    lead = LEAD_IN.match(low, start, pos)
    ours = [m.end() for m in _WE_START.finditer(low, start, min(end, pos + 30)) if m.end() == pos]
    led = max([*([lead.end()] if lead is not None else []), *ours], default=None)
    if led is not None and not GATHERING.search(low, start, led) and not _A_DAY.search(low, start, led):
        # "la salle doit être rendue à 20h30, donc on avance d'une demi-heure": not 20h30; "on fait ça en terrasse,
        # et on commence à 18h30": the move's own clause
        start = led
    return start, (after.start() if after else end)


_WE_START = re.compile(
    r"(?:,|\bet\b)\s*(?=(?:on|nous) (?:(?:commence|demarre|debute|se retrouve)(?:ra|rons|ons)? (?:a|des|vers)|"
    r"(?:decale|avance|repousse|deplace)(?:ra|rons)? (?:a|au|d'une|de \d))\b)"
)
"""Where a clause giving the writers' own start or move opens after a comma or "et" ("on fait ça en terrasse, et on
commence à 18h30", "la salle n'est dispo que l'après-midi, on décale à 14h"): what comes before it names no meeting
it moves."""


_A_DAY = re.compile(rf"\b(?:{WD})\b|\d{{1,2}}(?:er)? (?:\w+ )?\d{{0,4}}\b(?![h:.])")
"""A weekday or a day of the month: a lead-in naming one names the meeting a move is of ("Pour jeudi : on décale")."""


def off_bounds(low: str, pos: int) -> tuple[int, int]:
    """The words a call-off at `pos` speaks of: its part of the sentence (`part_bounds`), or its clause alone when the
    part says elsewhere that a meeting stands and the clause names a gathering ("L'atelier compost est annulé (pluie
    annoncée), l'apéro est maintenu": the workshop is called off, not the apéro), or goes on to the meeting that
    follows (`RESUMED`)."""
    start, end = part_bounds(low, pos)
    c_start, c_end = _clause(low, (pos, pos))
    c_start, c_end = max(start, c_start), min(end, c_end)
    stands = STANDS.search(low, start, end) and not STANDS.search(low, c_start, c_end)
    # "La soirée d'ouverture est annulée, on fera juste un mot d'accueil au début du troc samedi": not the troc
    follows = RESUMED.search(low, c_end, end) is not None and RESUMED.search(low, c_start, c_end) is None
    if (stands or follows) and GATHERING.search(low, c_start, c_end) is not None:
        return c_start, c_end
    return start, end


SUBJECT = re.compile(r"(?:\b(?:le|la|les|un|une|du|des|the|our|an?|notre|nos)\s+|\bl')[a-z]")
"""A thing named by its article or owner ("le marché", "the release", "our booth")."""
AG_FOLDED = re.compile(r"\bag[oe]?\b")
"""An "AG" (assemblée générale) in folded text, where its capitals are lost."""
BOARD_FOLDED = re.compile(r"\bca\s+(?:est\s+|sera\s+|a ete\s+)?$")
"""A "CA" (conseil d'administration) in folded text, where it reads as "ça", right before a call-off or move
participle (`_PARTICIPLE`: "CA décalé au lundi 14", "CA annulé"): a board meeting, or a pronoun for the meeting spoken
of; either is said of a meeting. Before another verb ("Ça commence à 9h30") it is a pronoun for anything."""
_PARTICIPLE = re.compile(r"(?:annule|reporte|decale|deplace|repousse|avance)e?s?\b")
"""A call-off or move word said as a participle ("annulé", "décalée")."""


OWN_ONE = r"(?:ours|la notre|le notre|la mienne|le mien)"
"""The writer's own meeting named by a possessive pronoun ("on décale la nôtre", "I need to cancel ours")."""
_PRONOUN_AFTER = re.compile(rf"(?:\w+\s+){{1,2}}(?:celle|celui|celles|ceux|it|this one|that one|mine|{OWN_ONE})\b")
"""A call-off or move word whose object is a pronoun ("on annule celle d'août", "we're moving it"): the meeting spoken
of."""
ALL_AFTER = re.compile(r"(?:\w+\s+){1,2}(?:tout|tous|toutes)\b(?!\s+(?:le|la|les|l'|ce|cet|cette|ces|ca)\b)")
"""A call-off or move word whose object is "tout" alone ("on annule tout pour septembre", "on décale tout d'une
semaine"): the topic's meetings; not "tout le marché"."""
PRONOUN_SUBJECT = re.compile(
    r"\b(?:celle|celui|(?:the|this|that) (?:[\w:]+ ){0,2}?one|"
    r"(?:la|le) (?:premiere?|1(?:re|ere|er)|deuxieme|seconde?|2e|2eme|troisieme|3e|3eme|quatrieme|4e|derniere?))\b"
)
"""A pronoun for one meeting before the move or call-off word ("celle de mercredi passe au jeudi 15", "the second one
moves to 5:30pm", "la deuxième passe à l'après-midi"); not a possessive ("mine"), said of anyone's."""
_CLITIC_BEFORE = re.compile(r"\b(?:l'|la |le |les )$")
"""A French object pronoun before the verb ("on l'annule", "je la reporte")."""


BOARD_ARTICLE = r"le|du|au|un|notre|prochain"
"""The words before a folded "ca" that make it a board meeting ("le CA passe au mercredi", "suite au CA"), not "ça"."""
MEETING_PART = re.compile(
    r"\b(?:slots?|creneaux?|editions?|tracks?|part \d|partie \d|groupe? (?:\d|[a-h]\b)|section (?:\d|[a-h]\b)|"
    rf"(?:{BOARD_ARTICLE}) ca|conseil d'administration|"
    r"copil|codir)\b|"
    rf"\b(?:le|la|l') ?[\w-]+ (?:de |d'|du mois d')(?:{MONTHS_FR})\b"
)
"""What a move may be said of beside a gathering's name: a slot or an edition of it, its part 2, a group's or a
section's, a board, the one of a month ("le CA passe au mercredi 17 juin", "Wednesday's slot moves to Thursday",
"part 2 moves to Wednesday", "Group 3 again rescheduled", "le café d'avril est avancé au mercredi 1er avril")."""


_PART_AFTER = re.compile(rf"\w+\W{{1,4}}(?:the |la |le )?{MEETING_PART.pattern}")
"""A part of a series as the object of the call-off word ("I have to drop **Part 2**")."""


_AN_HOUR = (
    r"\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b|h\b)|\d{1,2}:\d\d|\d{1,2}\s*[–-]\s*\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b|h\b)"
)
_LETS_DO = rf"\blet'?s (?:do|make|have|hold|start) (?:it |this |that )?(?:at |from )?(?=\**(?:{_AN_HOUR}))"
"""An organiser settling a new hour ("Let's do 2–3pm ET instead", "let's make it 6pm"): a move of the topic's
meeting."""
_LETS_DO_AT = re.compile(_LETS_DO)


def said_of_a_meeting(low: str, pos: int) -> bool:
    """Whether the call-off or move word at `pos` is said of a gathering or of nothing named before it, in its part of
    the sentence ("the session is postponed", "Postponed."), or of a pronoun ("on annule celle d'août"), or of a day
    ("le dimanche est annulé"), or of a gathering a month has none of ("pas de permanence en août"), not of another
    thing ("the quiz is postponed")."""
    start = part_bounds(low, pos)[0]
    return (
        _PRONOUN_AFTER.match(low, pos) is not None
        or ALL_AFTER.match(low, pos) is not None
        or _LETS_DO_AT.match(low, pos) is not None
        or _CLITIC_BEFORE.search(low, max(start, pos - 4), pos) is not None
        or MEETING_PART.search(low, start, pos) is not None
        or _PART_AFTER.match(low, pos) is not None
        or PRONOUN_SUBJECT.search(low, start, pos) is not None
        or BARE_BEFORE.fullmatch(low, start, pos) is not None
        or GATHERING.search(low, start, pos) is not None
        or GATHERING.match(low, pos) is not None
        or AG_FOLDED.search(low, start, pos) is not None
        or (BOARD_FOLDED.search(low, start, pos) is not None and _PARTICIPLE.match(low, pos) is not None)
        or (_HE_SHE.fullmatch(low, start, pos) is not None and _gathering_before(low, start))
        or DAY_SUBJECT.search(low, start, pos) is not None
        or _DAY_FRONTED.fullmatch(low, start, pos) is not None
        or NONE_IN_MONTH.match(low, pos) is not None
    )


_DAY_FRONTED = re.compile(r"\W*(?:(?:et|mais|par contre|pour) )?le \d{1,2}(?:er)?\W*")
"""A day of the month opening the part before its move, the gathering of that day ("le maçon est ok : le 24 on commence
à 9h")."""
NONE_IN_MONTH = re.compile(rf"(?:pas|plus) (?:de |d')(?:\w+ )?\w+ (?:en|au mois d'|au mois de) ({MONTHS})\b")
"""A month said to have none of a gathering ("pas de permanence en août", "plus de distrib en février"): that month's
are called off."""
DAY_SUBJECT = re.compile(rf"\b(?:le|celui du|celle du) (?:{WD}) (?:est|sera|a ete) $")
"""A day with its article as the subject of a call-off ("on fait tout samedi, le dimanche est annulé"): the meeting
of that day."""


_HE_SHE = re.compile(
    r"\W*(?:il|elle|ils|elles|it|they) (?:est|sont|sera|seront|a ete|ont ete|is|are|has been|have been) "
)
"""A pronoun alone before a move or call-off ("Il est déplacé au vendredi 13 février"): the meeting of the sentence
before, when that sentence names one (`_gathering_before`)."""


def _gathering_before(low: str, start: int) -> bool:
    """Whether the sentence before the one opening at `start` names a gathering ("Changement pour le module 3 : la
    salle n'est pas libre le jeudi 12. Il est déplacé…"), not another thing ("Le marché est annulé. Il est…")."""
    if start < 2:
        return False
    before = sentence_bounds(low, start - 2)
    return GATHERING.search(low, *before) is not None or AG_FOLDED.search(low, *before) is not None


def stands_around(low: str, pos: int) -> bool:
    """Whether the sentence around `pos` says a meeting stands (`STANDS`)."""
    return STANDS.search(low, *sentence_bounds(low, pos)) is not None


def cancel_marks(low: str) -> list[tuple[int, int, str]]:
    """Sentences that call a meeting off ("cancel") or move it ("move"): (word position, sentence end, kind)."""
    return [
        (m.start(), sentence_bounds(low, m.start())[1], kind)
        for kind, pattern in (("cancel", CANCEL), ("cancel", NO_MEETING), ("move", POSTPONE))
        for m in _affirmed(pattern, low)
    ]


def _affirmed(pattern: re.Pattern[str], low: str) -> Iterator[re.Match[str]]:
    """The pattern's matches that no negation just before or around denies ("n'a pas été annulée", "not cancelled",
    "on ne la déplace pas"), nor leaves unsettled in their sentence (`UNSETTLED`), nor asks about ("cancelled?")."""
    for m in pattern.finditer(low):
        start, end = sentence_bounds(low, m.start())
        if NEGATED.search(low[max(0, m.start() - 16) : m.start()]) or UNSETTLED.search(low, start, m.start()):
            continue
        if _NE.search(low[max(0, m.start() - 12) : m.start()]) and _PAS.match(low, m.end()):
            continue  # "on ne la déplace pas à cause du forum"
        if _NOT_OURS.match(low, m.end()):
            continue  # "c'est le concert de la salle des fêtes qui est annulé, pas le nôtre"
        if not low[m.end() : end + 1].rstrip().endswith("?"):
            yield m


NOT_OURS_FR = r"pas (?:le|la|les) notres?"
"""Words saying a meeting spoken of is another's ("c'est le concert de la salle des fêtes qui est annulé, pas le
nôtre")."""
_NOT_OURS = re.compile(rf"\W{{0,3}}\s*{NOT_OURS_FR}\b")
"""After a call-off, the words saying it is another's meeting, not ours."""


FORGET_MY_MESSAGE_FR = r"(?:oubliez|ignorez) mon (?:dernier |precedent )?message"
FORGET_MY_MESSAGE_EN = r"(?:forget|ignore|disregard) my (?:last |previous |earlier )?(?:message|post)"
"""Words taking one's own last message back ("Oubliez mon message d'hier", "Ignore my previous post")."""
CORRECTION = re.compile(
    r"\b(?:typo|my mistake|my bad|coquille)\s*[!.]|\b(?:i meant|je voulais dire)\b|"
    r"\bsorry,? (?:that's|that is|it's|it is)(?= \d)|"
    r"\b(?:oops|oups|correction|erratum|rectif(?:ication)?|(?:time ?)?zone fix|(?:petite )?precision|to clarify|"
    r"(?:petite )?erreur de ma part|(?:au|autant) temps pour moi|autant pour moi|je me suis trompee?|"
    r"erreur de (?:copier-coller|copie|saisie|frappe|date)|faute de frappe|mauvais copier-coller|"
    rf"{FORGET_MY_MESSAGE_FR}(?: d'hier| de ce matin| precedent)?|{FORGET_MY_MESSAGE_EN})\b"
    r"[^.!?\n]{0,40}?\s*(?:[:!,]|\u2192|->|=>)"
)
"""Words owning up to a slip ("No, today. Typo!", "I meant Thursday", "Oubliez mon message, la visio reste à 18h",
"erreur de copier-coller : c'est le jeudi 12"), not a typo fixed in something: the day or hour named with them is
the right one."""


_MY_DOING = re.compile(r"\bje (?:vous |la |le |les |l')?[\w-]+ $")
"""Right before a day, the writer's own doing then ("l'affiche est fausse, je la corrige ce soir"): no day corrected."""


KEPT_ON = re.compile(r"\b(?:on |nous )?(?:maintient|maintenons|maintenue?s?|est toujours)\b")
"""Words keeping a meeting on, after a slip owned up to ("oubliez mon message d'hier : on maintient la réunion du 3/12
à 18h30"): a call-off taken back, no day corrected nor meeting moved."""


def corrected_days(low: str, found: list[Found], written: date) -> tuple[date, ...]:
    """The days a post correcting a slip names, "today" among them (no date by itself), but those of the writer's own
    doing (`_MY_DOING`): none when it corrects nothing, or takes a call-off back (`KEPT_ON`)."""
    slip = CORRECTION.search(low)
    if slip is None or KEPT_ON.search(low, slip.end(), sentence_bounds(low, slip.end())[1]):
        return ()
    days = {f.start.astimezone(ZoneInfo(f.tz)).date() for f in found if not _MY_DOING.search(low, 0, f.span[0])}
    today = any(not NOT_TODAY.search(low, max(0, m.start() - 5), m.start()) for m in TODAY.finditer(low))
    return tuple(sorted(days | ({written} if today else set())))


_HOUR_SET_FR = (
    r"horaires? (?:confirmee?s?|calee?s?|fixee?s?|precisee?s?|definitifs?)|"
    r"l'horaire est (?:cale|fixe|confirme|precise)e?"
)
"""A French reply settling the hour of a day announced without one ("Horaires confirmés : RDV 9h", "L'horaire est calé
avec la mairie : 10h")."""
MOVED_TO = re.compile(
    r"(?<!pour la )(?<!sur la )(?<!de la )"
    r"\b(?:nouvelle date(?! (?:a venir|a definir|a confirmer|a fixer|bientot|prochainement))|nouvel horaire|"
    rf"nouveaux horaires|changement de (?:date|programme|plan|jour|creneau)|{_HOUR_SET_FR}|"
    r"new (?:date|time|timings?)|change of (?:plans?|date|time|schedule)|"
    r"will now (?:be|take place)|(?:is|are) now (?:on|scheduled|held)|now (?:be )?(?:held|scheduled|conducted))\b"
)
"""Words of a move that name only where the meeting goes ("nouvelle date : vendredi 11 à 18h", "the session
will now be held on Friday"); not a new date to come ("je vous tiens au courant pour la nouvelle date", "nouvelle date
à venir")."""


def moves_undated(low: str, marks: list[tuple[int, int, str]], kept: list[Found], meetings: list[Meeting]) -> bool:
    """A sentence moves a meeting ("reportée au…", "nouvelle date :") to one the post announces after those words,
    naming no day before them: the day left is not written."""
    standing = {m.start for m in meetings if not m.cancelled}
    moves = [pos for pos, _, kind in marks if kind == "move"] + [m.start() for m in MOVED_TO.finditer(low)]
    for pos in moves:
        start, end = sentence_bounds(low, pos)
        if not said_of_a_meeting(low, pos):
            continue  # "le marché est déplacé à samedi": no meeting moves
        inside = [f for f in kept if start <= f.span[0] < end]
        if any(f.span[0] < pos for f in inside):
            continue
        if any(f.span[0] > pos and f.start in standing for f in inside):
            return True
    return False


_HOUR_SETTLED = r"(?:^|(?<=[.!:;,] )|(?<=[.!:;,]))\**\d{1,2}h(?:\d\d)?\** (?:alors|donc)\b(?!\s*\?)"
HOUR_SETTLED = re.compile(_HOUR_SETTLED)
"""An hour its writer settles on, opening its clause ("Ah oui bien vu. **19h30** alors, même endroit"): said by the
organiser to a proposal, the meeting's new hour; not a day restated with its hour ("ok, mercredi 28 à 14h donc")."""
NEW_HOUR = re.compile(
    r"\b(?:instead of|rather than|in place of|au lieu de)\s+(?:the\s+)?"
    r"\d{1,2}(?:[:.h]\d\d)?\s*(?:[ap]\.?m\b|h\b|hrs?\b)|"
    r"\bwill now (?:start|begin)\b|"
    r"\bnow (?:starts?|begins?) at\b|"
    r"\b\d{1,2}(?:h\d\d|h|[:.]\d\d)\**\s*\(?(?:et|,)\s*(?:non|pas|plus)\s+(?:a\s+)?\d{1,2}(?:h\d\d|h\b|[:.]\d\d)|"
    r"\b(?:on|nous) (?:commence|demarre|commencera|demarrera|commencerons|demarrerons)"
    r"(?: (?:finalement|desormais|maintenant|plutot|donc|plus tot|plus tard))? (?:a|des) \d{1,2}(?:h|[:.]\d\d)|"
    r"\b(?:on part sur|va pour|go pour) (?:(?:un |une )?(?:demarrage|debut|accueil|lancement) (?:a|des) )?"
    r"\**\d{1,2}(?:h|[:.]\d\d)|"
    rf"{_HOUR_SETTLED}"
)
"""Words giving a meeting its new hour ("will start at 8:30 PM instead of 8 PM", "will now start at 8:30 PM", "pardon :
19h et pas 18h30 le 19", "les visites commencent à 10h (et plus 9h30)", "le lundi on commence à 9h" of a day on
record at 9h30, "Ah oui bien vu. **19h30** alors, même endroit", "On part sur un démarrage à 10h30", "Go pour **13h**,
même lien")."""


def new_hour(low: str, f: Found) -> bool:
    """Whether the date's sentence gives its meeting a new hour: the day's meeting on record at another hour
    no longer starts when it said."""
    return _found(NEW_HOUR, low, *sentence_bounds(low, f.span[0]))


REFUSED = re.compile(
    r"\b(?:not|cannot|can't|won't|never|pas(?! de (?:souci|soucis|probleme|pb)\b)|plus(?! tot\b| tard\b))\b"
    r"[^.!?\n]{0,20}$"
)
"""Just before a time, words refusing it ("not at 6 PM", "pas à 18h"); not "plus tôt", "plus tard" (earlier, later),
nor "pas de souci" (agreeing)."""


ENDS = re.compile(
    r"\b(?:(?:se )?(?:termine|finit|finira|terminera|terminerons|finirons)|fin(?: prevue)?|ends?|will end|"
    r"(?:will )?finish(?:es)?|wraps? up)\s+(?:a|vers|at|around|by)?\s*\**$"
)
"""Before a time, words of a meeting's end ("la réunion se terminera à 21h au lieu de 20h"): its start stays."""
ENDS_AT = re.compile(ENDS.pattern.removesuffix("$") + r"\d")
"""Words of a meeting's end and the time they give: a new end, no new start."""


def moved_on(
    low: str, marks: list[tuple[int, int, str]], kept: list[Found], meetings: list[Meeting], found: list[Found]
) -> set[int]:
    """The one meeting of the post (its id in `kept`) written before a sentence that moves the session to a
    new start named after the move word ("Live session on 5th Nov, 7 PM. P.S. It is moved to 6th Nov at 7 PM"):
    it no longer starts when it said. A sentence naming the day it moves from ("Sauf le jeudi 14 mai (Ascension) : la
    distribution est avancée au mercredi 13 mai", of `found`, set aside or not) moves that one, not the meeting
    above."""
    standing = {id(f) for f, m in zip(kept, meetings, strict=True) if not m.cancelled}
    for pos, _, kind in marks:
        start, end = sentence_bounds(low, pos)
        inside = [f for f in kept if start <= f.span[0] < end]
        if kind != "move" or not inside or any(f.span[0] < pos or id(f) not in standing for f in inside):
            continue
        if any(start <= f.span[0] < pos for f in found):
            continue
        before = [f for f in kept if f.span[0] < start and id(f) in standing]
        if len(before) == 1 and all(f.start != before[0].start for f in inside):
            return {id(before[0])}
    return set()


_NEW_TIME_FR = (
    r"nouvelle (?:date|heure)|nouvel horaire|nouveaux horaires|nouveau creneau|"
    rf"changement (?:de date|d'horaire|d'heure|de creneau|de jour)|{_HOUR_SET_FR}"
)
"""A French update's new day or hour ("nouvel horaire", "changement de date", "horaires confirmés")."""
MOVING = re.compile(
    r"\bback to (?:the |its |our )?(?:original|usual|initial|old|earlier)\b|"
    r"\b(?:now (?:on|at|be|scheduled|held|happen|take place)|new (?:date|time|timings?)|changed to|shifted to|instead|"
    rf"au lieu|a la place|desormais|finalement|{_NEW_TIME_FR})\b|{_LETS_DO}|"
    r"\b(?:changed|changee?s?|revised|shifted|moved|timings?|horaires?)\s*(?:→|->|=>)|"
    rf"(?<=\w)[ \t]*(?:→|->|=>)[ \t]*(?=\**(?:{WD}|\d))"
)
"""Words of an update that moves a meeting ("the session is now on Wednesday", "will now happen on", "new timing: 8
PM", "timing changed → 1800-1930 hrs", "Group B → Wednesday Sep 16")."""


def _update_blocks(low: str) -> list[tuple[int, int]]:
    """The paragraphs an edit stamp opens ("Update 12 Nov: …", "EDIT: …"), from the first stamp of each: a
    later stamp of the same paragraph opens a block inside it, which neither adds to it nor needs reading
    again (a post of a thousand stamps would be read a thousand times)."""
    blocks: list[tuple[int, int]] = []
    for m in STAMP_LINE.finditer(low):
        if blocks and m.start() < blocks[-1][1]:
            continue
        end = low.find("\n\n", m.start())
        blocks.append((m.start(), len(low) if end < 0 else end))
    return blocks


def called_off(low: str, f: Found, marks: list[tuple[int, int, str]]) -> tuple[bool, bool]:
    """Whether a sentence calls the date's meeting off (or moves it away from the date), and whether it
    moves it to a new time that day ("tomorrow's session is moved to 8 PM": the day named before the
    move, at the time after it)."""
    cancelled = retimed = False
    for pos, _sentence_end, kind in marks:
        s_start, s_end = part_bounds(low, pos)
        if not (s_start <= f.span[0] < s_end) or not f.span[1] or _resumes(low, pos, f.span):
            continue
        if kind == "cancel" and _of_another_in_brackets(low, pos, f.span[0]):
            continue
        if kind == "cancel" and KEPT_AFTER.search(low, pos, max(pos, f.span[0])):
            continue  # "on annule le 24 et on garde le mardi 31 à 18h": the 31st stays
        if f.span[0] < pos and _AFFIRMED.search(low, max(s_start, f.span[0] - 30), f.span[0]):
            continue  # "c'est bien jeudi 5 mars 17h, la formation CCI a été déplacée": the 5th stands
        moved_here = kind == "move" and f.clock is not None and f.span[0] < pos < f.clock
        moved_from = kind == "move" and MOVED_FROM.fullmatch(low, pos, f.span[0]) is not None
        cancelled = kind == "cancel" or moved_from or (f.span[0] < pos and not moved_here)
        retimed = retimed or moved_here
    return cancelled or _formerly(low, f), retimed


_AFFIRMED = re.compile(r"\b(?:c'est|ce sera|ca reste|on reste|reste|restera) (?:bien|toujours)(?: (?:le|la|au|a))?\W*$")
"""Right before a date, words saying it stands ("c'est bien jeudi 5 mars", "on reste bien au jeudi 11"): a move said
after it in its part of the sentence is another thing's."""


KEPT_AFTER = re.compile(
    r"\b(?:et|mais) (?:on|nous) (?:garde|gardons|maintient|maintenons|conserve|conservons)\b"
    r"|\bet (?:on|nous) (?:le |la |les |l')?(?:remplace|remplacons)\b|[,;]\s*remplacee?s? par\b"
    r"|\b(?:et|,) (?:fusionnee?s?|regroupee?s?) avec\b"
    r"|[,;]\s*(?:mais\s+)?(?:celle|celui|celles|ceux)\b"
    r"(?=[^.!?\n]{0,30}\b(?:(?:est|sont|reste|restent) (?:bien )?(?:maintenue?s?|confirmee?s?)|(?:a|ont) bien lieu)\b)"
)
"""After a call-off, the words keeping another day ("on annule le 24 et on garde le mardi 31", "la scène ouverte du 24
est annulée, celle du 10 est maintenue") or giving the one replacing it ("on annule le CA du 8 et on le remplace par un
CA en présentiel : samedi 19 décembre à 12h30", "Atelier du 7 annulé, remplacé par le samedi 14 mars même heure") or
the one it merges with ("la commission travaux est annulée et fusionnée avec la programmation le mardi 14 avril"):
that day stays."""


def _of_another_in_brackets(low: str, pos: int, date_at: int) -> bool:
    """Whether a call-off is said in brackets of a thing they name, the date outside them ("Rappel soirée jeux demain
    20h (le tricot est bien annulé)"): it is that thing's, not the date's meeting's."""
    opened = low.rfind("(", 0, pos)
    if opened < 0 or ")" in low[opened:pos] or "\n" in low[opened:pos] or opened <= date_at < low.find(")", pos) + 1:
        return False
    return SUBJECT.search(low, opened, pos) is not None


_FORMER_WORD = r"\b(?:originally|earlier|previously|initially|formerly)"
FORMERLY = re.compile(
    _FORMER_WORD + r"(?:\s+(?:planned|scheduled|announced|set|fixed|slated))?(?:\s+(?:for|on|at))?[\s:,-]*"
    r"(?:the\s+)?$"
)
"""Just before a date, words naming it as the one planned before ("originally planned for 5th Nov", "earlier
5th Nov 7 PM, now…"): the day left, when its sentence moves the meeting."""
FORMER_WORD = re.compile(_FORMER_WORD)


@lru_cache(maxsize=4)
def _former_words(low: str) -> tuple[list[int], list[int]]:
    """Where the post's words of `FORMERLY` start and end, found once for all its dates."""
    found = list(FORMER_WORD.finditer(low))
    return [m.start() for m in found], [m.end() for m in found]


def _formerly_before(low: str, start: int, pos: int) -> bool:
    """`FORMERLY` between `start` and `pos`: it can only open on the last of its words ending before `pos`
    (what follows that word up to the date holds none of them), so only there is it tried, not from `start`."""
    starts, ends = _former_words(low)
    at = bisect_right(ends, pos) - 1
    return at >= 0 and starts[at] >= start and FORMERLY.match(low, starts[at], pos) is not None


def _formerly(low: str, f: Found) -> bool:
    """Whether the date is named as the former one of a meeting its sentence moves elsewhere."""
    start, end = sentence_bounds(low, f.span[0])
    if not _formerly_before(low, start, f.span[0]):
        return False
    return POSTPONE.search(low, start, end) is not None or any(p.search(low, f.span[1], end) for p in (MOVING, RETIMED))


MOVED_FROM = re.compile(r"\w+\s+(?:from|du|de)\s+(?:(?:the|le|la)\s+)?")
"""Between a move and a date, "from" ("rescheduled from 18th Feb to 19th Feb", "déplacée du mardi…"): the day left."""
RESUMED = re.compile(
    r"\b(?:next|prochaine?s?|suivante?s?|will|aura|sera|reprise|reprend|resumes?|instead|plutot|"
    r"on se retrouve|retrouvons-nous|rendez-vous|rdv|see you|we(?: will|'ll)? meet|on se (?:cale|voit)|on cale|"
    r"on (?:le |la )?fera|nous (?:le |la )?ferons)\b"
)
"""In a clause after a cancellation, words of the meeting that follows ("…cancelled, the next session is on
Monday", "pas de permanence ce samedi, reprise le 22", "…annulée, on se retrouve jeudi")."""
INSTEAD_OF = re.compile(
    r"\b(?:mais|but)\b(?! (?:aussi|egalement|also|too|as well)\b)|\ba la place\b(?! d)|\bin its place\b|"
    r"\ben remplacement\b(?! d)"
)
"""Between a day called off and the next one, "mais"/"but", "à la place": the day held instead ("pas mardi mais
jeudi", "la visite de samedi est annulée 😤 à la place on fait une distribution samedi 10h-12h"), not one called off
too ("mais aussi celle de jeudi")."""


def before_resumed(low: str, pos: int, end: int, spans: list[tuple[int, int]]) -> int:
    """Where the part of the call-off at `pos` ends before a clause naming the meeting that follows it ("La soirée
    d'ouverture est annulée, on fera juste un mot d'accueil au début du troc samedi"): that clause's date is not the
    one called off, and does not date the call-off."""
    for span in sorted(spans):
        if pos < span[0] < end and _resumes(low, pos, span):
            return _clause(low, span)[0]
    return end


def _resumes(low: str, mark: int, span: tuple[int, int]) -> bool:
    """Whether the date, after the mark, names the meeting that follows (or replaces) the one called off:
    in a clause of its own opening on words of a meeting to come, or after "mais"/"but"."""
    start, _ = _clause(low, span)
    if mark < start and RESUMED.search(low, start, span[1]) is not None:
        return True
    return mark < span[0] and INSTEAD_OF.search(low, mark, span[0]) is not None


def superseded(low: str, kept: list[Found], read: list[Found], marks: list[tuple[int, int, str]]) -> set[int]:
    """The meetings of the post (ids of `kept`) an update paragraph of its own replaces: those on a day the
    update calls off or moves (any date it reads, `read`, counts: "the 18th Feb session is postponed"), or
    the one meeting outside the updates when an update moves a meeting to another day or time, or all of
    them when it calls off a meeting without a date ("Update: the session is cancelled"). An update that
    only adds a meeting replaces none."""
    blocks = _update_blocks(low)
    if not blocks:
        return set()
    inside = {id(f) for f in kept + read if any(a <= f.span[0] < b for a, b in blocks)}
    off = {id(f): any(called_off(low, f, marks)) for f in kept + read if id(f) in inside}
    old = [f for f in kept if id(f) not in inside]
    moved_days = {f.start.date() for f in read if off.get(id(f))}
    gone = {id(f) for f in old if f.start.date() in moved_days}
    undated_cancel = any(
        kind == "cancel"
        and any(a <= pos < b for a, b in blocks)
        and not any(sentence_bounds(low, pos)[0] <= f.span[0] < end for f in read)
        for pos, end, kind in marks
    )
    if undated_cancel:  # "Update: the session is cancelled"
        return {id(f) for f in old}
    postponed = any(POSTPONE.search(low, a, b) for a, b in blocks)
    moving = postponed or any(MOVING.search(low, a, b) for a, b in blocks)
    retimed = postponed or any(RETIMED.search(low, a, b) for a, b in blocks)
    if len(old) == 1 and (retimed or (moving and any(id(f) in inside and not off[id(f)] for f in kept))):
        gone.add(id(old[0]))
    if retimed or moving:  # "Update 27/02: tonight's session will start at 8 PM instead of 7 PM": that day's old hour
        new_days = {_day(f) for f in kept if id(f) in inside and not off[id(f)] and not f.all_day}
        gone |= {id(f) for f in old if not f.all_day and _day(f) in new_days}
    return gone


def _day(f: Found) -> date:
    """The local day a date is of."""
    return f.start.astimezone(ZoneInfo(f.tz)).date()


COUNT_OF_TIMES = r"(?:\d+|une|deux|trois|quatre) fois\b"
"""How often a thing happens ("passe à 2 fois par mois"): no day or time a meeting moves to."""
_NEW_WHEN = rf"\**(?:the |le )?\**(?!{COUNT_OF_TIMES})(?:\d[\w:.]*|{WD}|today|tomorrow|tonight|demain)"
"""Where an update moves a meeting: a day, a time; not a count (`COUNT_OF_TIMES`)."""
RETIMED = re.compile(
    rf"\b(?:now (?:be|scheduled|held|starts?|begins?)|new (?:date|time|timings?)|desormais|{_NEW_TIME_FR}|"
    rf"(?:{WD})[^.!?\n]{{0,40}}(?:(?:a la )?meme heure|same time)|"
    r"(?:commencera|debutera|demarrera|commencerons|will (?:now )?(?:start|begin)) (?:a|at|des) \d[\w:.]*|"
    rf"(?:(?:now|changed|shifted|moved|moves|moving|pushed|bumped|preponed) (?:to|on|at)|instead of|au lieu de|"
    rf"(?:passe|passera|avancee?|decalee?|reportee?|deplacee?) (?:a|au|a la)|will (?:now )?be (?:from|at|between)) "
    rf"{_NEW_WHEN})\b"
)
"""Words of an update that moves a meeting to another day or time ("EDIT: moved to Thursday, same time"), even
where the new start is not read: the one meeting outside the update no longer starts when it said. Not a
link "now at" another address."""


TODAY = re.compile(r"\b(?:today|aujourd'hui|aujourd hui)\b")
TONIGHT = re.compile(rf"{TODAY.pattern}|\b(?:tonight|ce soir)\b")
"""Today, or tonight: a day its meetings are named by without a date."""
NOT_TODAY = re.compile(r"\b(?:not|pas)\s+$")


def moves_today(low: str, marks: list[tuple[int, int, str]], found: list[Found]) -> bool:
    """Whether a sentence calls off or moves today's meeting, named by "today" alone ("today's session is
    postponed to tomorrow 7 PM"): "today" without a time dates nothing by itself, yet names the day left."""
    for pos, end, kind in marks:
        start = sentence_bounds(low, pos)[0]
        if EXAM.search(low, start, end) and not GATHERING.search(low, start, end):
            continue  # "today's quiz is postponed": an exam's day, no meeting's
        for m in TODAY.finditer(low, start, pos if kind == "move" else end):
            if not any(f.span[0] <= m.start() < f.span[1] for f in found):
                return True
    return False


def title_calls_off(post: Post) -> bool:
    """The topic's title says its one meeting is called off ("2018.11.13 Hangout - Cancelled"): organisers edit
    the title of a weekly call's topic and leave its body as it was."""
    if post.post_number != 1 or not post.topic_title:
        return False
    return next(_affirmed(CANCEL, fold_same_length(post.topic_title)), None) is not None


_AT_ITS_HOUR_OFF = re.compile(
    r"\b(?:de|du|a) (?P<h>[01]?\d|2[0-3]) ?h(?:[0-5]\d)?\b[^.!?\n]{0,12}?\b(?:est|sont|a ete|ont ete|sera|seront) "
    r"(?:supprimee?s?|annulee?s?)\b"
)
"""A gathering called off by its hour ("le CA de 9h est supprimé"): the one at that hour, not another of the day."""


def hours_called_off(low: str) -> frozenset[int]:
    """The hours by which a folded post names what it calls off ("le CA de 9h est supprimé": 9)."""
    return frozenset(int(m["h"]) for m in _AT_ITS_HOUR_OFF.finditer(low))
