"""Why a date read in a post is no meeting to come: past, a deadline, a window or an exam, asked for…

A post names many dates; only the announced meetings are kept, and `scribe preview` shows why the others are not.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import replace
from datetime import datetime
from functools import cached_property, lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

from bot.dateorder import DateOrder
from bot.models import Post
from bot.text import Link, analyse, fold_same_length, tables, topic_page
from handlers.meetings.called_off import (
    BOARD_ARTICLE,
    CANCEL,
    CORRECTION,
    MOVING,
    NEW_HOUR,
    NO_MEETING,
    POSTPONE,
    SUBJECT,
    cancel_marks,
    said_of_a_meeting,
    stands_around,
)
from handlers.meetings.cues import DELIVERIES, EXAM, GATHERING, WEAK_CUE, has_cue, no_sitting
from handlers.meetings.dates import (
    BARE_WEEKDAY,
    HEADING_REACH,
    INSTEAD,
    LEFT_FOR,
    MONTHS,
    STAMP_LINE,
    TITLE_QUOTED,
    WD,
    WD_ANY,
    WEEKDAY_INDEX,
    Found,
    find_dates,
    stamped_under_heading,
    wall,
)
from handlers.meetings.joining import link_rank
from handlers.meetings.moves import NEXT_OF_TOPIC, REVISED, moving
from handlers.meetings.names import WEEKDAYS
from handlers.meetings.reasons import Aside
from handlers.meetings.sentences import (
    ASIDE_ENDS,
    BRACKETS,
    ROW_CELLS,
    _clause,
    _found,
    line_bounds,
    lines_after,
    sentence_bounds,
)

DEADLINE_WORDS = r"date limite|dates limites|deadline|due date"
"""A deadline by its name, French or English."""
DEADLINE_BEFORE = re.compile(
    r"\b(?:au plus tard|date limite|dates limites|limite|deadline|due date|last date|last day|cut-?off|"
    r"closing date|"
    r"(?<!apero de )(?<!soiree de )(?<!fete de )(?<!repas de )(?<!pleniere de )(?<!ceremonie de )(?<!seance de )"
    r"(?<!reunion de )(?<!concert de )(?<!diner de )clotures?|echeance|candidatures?|"
    r"publiee?s?|publication|parution|sortie|released?(?! (?:party|parties|planning|call|meeting|sync|review))|"
    r"expire|expires|close|closes|closing|ferme|fermeront)\b"
    r"[^.!?\n]{0,30}$"
    r"|\b(?:mise? a jour|actualisee?|updated|edited|last updated|modifiee?)\W*(?:(?:du|le|on|at|a)\s+)?$"
    rf"|\b(?:{DEADLINE_WORDS})\b[^.!?\n]{{0,60}}$"
    r"|\b(?:early|late|early-bird|early bird) registration\b[^.!?\n]{0,20}$"
    r"|\b(?:avant|jusqu'(?:au|a)|d'ici|before|by|until|till|due|no later than|depuis|since|rendu|rendre|"
    r"between (?:today|now) and|entre (?:aujourd'hui|maintenant) et)"
    r"(?:\s+(?:le|la|the|au|a|du|on))?\s*$"
)
DEADLINE_AFTER = re.compile(r"^[\s,:(-]*(?:date limite|deadline|dernier delai|au plus tard|at the latest)\b")
_PAST_DAY = r"yesterday|last (?:night|week|session|class|time)|earlier today|hier"
"""Past words that date an event themselves."""
PAST = re.compile(
    r"(?<!\bbe )(?<!\bbeing )\b(?:held|discussed|covered|explained|shown|conducted|submitted)\b|"
    r"\bmissed (?:(?:the|this|that|today's|yesterday's|last|our|your|their|a|an) )?(?:[\w'-]+ ){0,2}?"
    r"(?:sessions?|meetings?|class(?:es)?|webinars?|lectures?|live|calls?|events?|workshops?|talks?|seminars?)\b|"
    r"\b(?:sessions?|meetings?|class|webinar|lecture|live|call)\b[^.!?]{0,60}\bmissed it\b|"
    rf"\b(?:was|were|had|did|attended|took place|happened|showed|{_PAST_DAY}|"
    r"a eu lieu|ont eu lieu|s'est tenue?s?|se sont tenue?s?|s'est deroulee?s?|se sont deroulee?s?|"
    r"avons eu|avez ete|etiez|etait)\b|"
    r"\b(?:ai|as|a|avons|avez|ont) (?:rate|manque|loupe) (?:(?:la|le|les|l'|cette|notre|votre) ?)?(?:[\w'-]+ ){0,2}?"
    r"(?:visios?|reunions?|seances?|sessions?|ateliers?|webinaires?|conferences?|rencontres?|cours|lives?)\b|"
    r"\b(?:merci|thanks|thank you)(?: a (?:toutes et tous|tous|toutes|vous|tout le monde))?,? (?:pour|for) "
    r"(?:la |le |l'|cette |ce |notre |votre |the |this |our |your )(?:belle |super |chouette |great |lovely )?"
    r"(?:journee|soiree|matinee|atelier|rencontre|visio|reunion|seance|session|formation|webinaire|day|evening|"
    r"workshop|meeting|webinar)\b"
)
"""A sentence about something that already happened: its date is not a meeting to come ("will be
held" is to come). Only a meeting missed puts it past: a missed bus or deadline does not. Thanks for a gathering are
for one held ("Merci à toutes et tous pour la journée de jeudi à Lalinde !")."""
_SESSION_FR = (
    r"(?:visios?|reunions?|seances?|ateliers?|webinaires?|rencontres?|permanences?|ag|assemblees?|conferences?|"
    r"formations?|comites?|lives?|sessions?)"
)
_OF_SESSION_FR = rf"(?:la |le |l'|les |notre |votre |cette |ce )?(?:[\w-]+ )?{_SESSION_FR}"
"""A French session, with its article ("l'atelier", "la dernière visio")."""
_RECORD_FR = (
    r"replay|enregistrements?|videos?|diaporamas?|diapos?|cr|comptes?[- ]rendus?|supports?(?: de presentation)?|"
    r"photos|notes|decisions"
)
"""The record of a session handed over after it ("le CR de la réunion", "le replay de la visio")."""
_AGREED_FR = (
    r"convenue?s?|discutee?s?|evoquee?s?|dite?s?|decidee?s?|abordee?s?|presentee?s?|expliquee?s?|vue?s?|prise?s?"
)
"""What was agreed or said at a session ("comme convenu lors de la réunion de mardi"): it is behind."""
DEED = re.compile(
    r"\b(?:came|joined|met|went|ran|talked|spoke|presented|enjoyed|turnout|missed you|"
    r"(?:could|did|was|were)(?:n'?t| not) (?:make it|attend|join|come|be there)|"
    r"(?:recordings?|replay|notes|slides|summary|recap|minutes|photos|pictures) (?:of|from)|"
    r"notes taken (?:during|at|in)|"
    r"(?<!etre )(?<!\bete )(?:a|ont) ete (?!(?:\w+ment )?(?:programmee?s?|prevue?s?|fixee?s?|calee?s?|planifiee?s?|"
    r"confirmee?s?|decalee?s?|deplacee?s?|reportee?s?|avancee?s?|annulee?s?|maintenue?s?|ouverte?s?|organisee?s?|"
    r"ajoutee?s?|modifiee?s?|changee?s?|envoyee?s?|renvoyee?s?|transmise?s?|partagee?s?|communiquee?s?)\b)|"
    r"(?:s'est|se sont|s'etait) (?:\w+ )?(?:passee?s?|vue?s?|retrouvee?s?|reunie?s?)|"
    r"(?:nous nous|vous vous) sommes (?:vue?s|retrouvee?s|reunie?s)|"
    r"(?:etes|sont|d'etre) venue?s?|(?:a|ont) reuni|"
    r"(?:avons|avez|ont|on a|nous avons) (?:parle|discute|fait|vu|echange|presente|aborde)|"
    r"(?:retour sur|bilan d[eu']|merci (?:a (?:tous|toutes|vous) )?pour) ?(?:la|le|l'|cette|ce|notre|votre)? ?"
    r"(?:\w+ )?(?:visios?|reunions?|seances?|sessions?|ateliers?|webinaires?|rencontres?|lives?|soirees?|"
    r"permanences?|ag|assemblees?|copils?)|"
    r"suite a (?:la|le|l'|notre|votre|cette|ce)|"
    r"merci (?:a tous les |a toutes les |aux )participant(?:s|es|[·.]e[·.]?s)|"
    rf"(?:{_RECORD_FR}) (?:de|du|des|d')(?= ?{_OF_SESSION_FR})|"
    rf"(?<!etre )(?:{_AGREED_FR}) (?:lors d[eu']|pendant|durant|au cours d[eu']|a|au|en) ?{_OF_SESSION_FR})\b"
)
"""Past deeds and past-event words ("went well", "thanks to all who came", "s'est bien passée", "bilan de"):
the event of their own clause is over ("a été très riche"; not what was done to its link: "a été envoyé").
Looser than `PAST`, so only read in the date's clause, and not in one put in the future ("the slides of the
talk will be shown on Thursday at 6 pm")."""
FUTURE = re.compile(r"\b(?:will|'ll|shall|sera|seront|aura|auront)\b")
LATER = re.compile(
    r"\b(?:tomorrow|tonight|this evening|later today|upcoming|next|"
    r"demain|ce soir|plus tard|prochaine?s?|suivante?s?|a venir|va pour)\b"
)
"""Words of an event still to come ("the next one", "tomorrow", "la prochaine", "va pour 19h"): past words on the
other side of them speak of another event ("for those who missed the last session: join the next one
tomorrow at 6 pm"; "J'en ai parlé au CA hier soir : ok, va pour 19h le jeudi 23 avril")."""
OWN_EVENT = re.compile(rf"{_PAST_DAY}|missed .*|\w+ (?:rate|manque|loupe) .*")
"""The past words of `PAST` that date or name an event themselves ("hier", "missed yesterday's call"): in
a clause naming its own event they speak of that one ("rendez-vous manqué hier, on se retrouve jeudi à
18h"; "sorry I missed yesterday's call, see you on Tuesday at 10 am for the workshop")."""
REPORT = re.compile(
    r"\b(?:(?:accessibles?|disponibles?|available|accessible|uploaded|en ligne)\s+(?:ici|here|en cliquant|via|sur|on)|"
    r"compte[- ]rendus?|comptes[- ]rendus|minutes of|"
    r"(?:recordings?|replay|enregistrements?|slides|diaporamas?)\s+(?:is |are |will be |sera |seront |est )?"
    r"(?:available|here|uploaded|disponibles?|ici|en ligne|link|lien)|"
    r"(?:watch|voir|revoir|access) (?:the |le |l')?(?:recordings?|replay|enregistrement))\b"
)
"""A line that points at the record of a session (its minutes, its recording): the session is over."""
OPEN_TO_ALL = (
    r"(?! (?:a|to) (?:tous|toutes|tout le monde|all|everyone|everybody|anyone|the public|members|(?:all )?staff)\b|"
    r" (?:au|aux) (?:public|adherent|adherente|membres|benevoles|habitant|habitante|curieux|curieuses|volontaires)|"
    r" a (?:toutes et tous|tous et toutes|nos|vos))"
)
"""After "open"/"ouvert": a gathering people may join ("un atelier ouvert à tous", "open to everyone", "un CA de
préparation (ouvert aux adhérent·es qui…)"), no window."""
WINDOW = re.compile(
    rf"\b(?:(?<!\bin the )(?:opens?|opened|ouverte?)\b{OPEN_TO_ALL}|"
    r"available|accessible|closes?|closed|downtime|maintenance|submit|submission|deadline|"
    r"due(?! to\b)|"
    r"window|extended|released?|go live|goes live|went live|portal|jusqu'au(?! bout\b)|disponibles?|"
    r"(?:till|until)(?!\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|h\b))|"
    r"(?<!salle )(?<!bar )(?<!local )(?<!lieu )(?<!je )fermee?|cloture|depot|"
    r"exams?|examen|quiz|roe|oppe|end ?term|mock|test|evaluations?(?! (?:d'|de l')impact)|evaluated|grading|graded|"
    r"results?)\b"
)
"""Words of a window (a form open till, a portal down between) or of an exam: not a meeting
unless the same sentence names one ("meets in the open" opens nothing, "9 AM till 10:30 AM" is a session's end); not
the room closing after it ("jeudi 22 octobre, 18h30 (la salle ferme à 21h)"), nor the writer closing their shop first
("on dit plutôt 19h30, le temps que je ferme la boutique"), nor a party's open end ("de 14h jusqu'au bout de la
nuit")."""
PROPOSING = re.compile(
    r"\b(?:anyone (?:want|wants|interested|up for)|who(?:'s| is) (?:in|interested|up for)|"
    r"reply if (?:you're |you are )?interested|qui (?:est|serait|seraient) (?:partante?s?|interessee?s?|dispo))|"
    r"\b(?:je vous propose|on vous propose|voici) (?:\d|deux|trois|quatre|plusieurs|quelques) (?:dates|creneaux)\b|"
    r"\b(?:votez|(?<!venez avec )(?<!apportez )vos (?:dispos|disponibilites))\b|"
    r"\b(?:remplir|remplissez|repondez a|repondre a|lien du|voici le|via le|sur le) (?:le |au )?"
    r"(?:sondage|doodle|framadate)"
)
"""A member's post sounding who would come ("Anyone want to form a study group? We can meet Sunday 10 am. Reply if
interested"), or offering dates to vote on ("je vous propose 3 dates : … Votez ici : framadate…"): a proposal, not yet
a meeting. Not "Venez avec vos dispos", said of a meeting set to choose a date."""
OTHERS = re.compile(
    r"\b(?:closed (?:meeting|session|door)|huis clos|reunion fermee|report back|on vous (?:dira|tiendra)|not ours|"
    r"run by|pas (?:le|la) notre|organisee? par|(?:ce n'est|c'est) pas (?:nous|notre|chez nous)|sur leur site|"
    r"ce ne sont pas (?:des|nos) (?:evenements|events|rendez-vous|rdv|activites)|"
    r"not (?:related|linked|connected) (?:to|with) (?:our|this|the) (?:course|project|community|network|forum|group)|"
    r"(?:leur|their) (?:own )?(?:reunion|meeting|conference|webinaire|webinar|comite|assemblee|seminaire|seminar)|"
    r"(?:giving|give|presenting|speaking) (?:a talk |a workshop )?at an? (?:[\w-]+ ){0,3}"
    r"(?:conference|conf|summit|meetup|convention|congres|salon|festival)|"
    r"on saura (?:apres|ensuite)|we'll know (?:after|afterwards|then)|fingers crossed|croisez les doigts|"
    r"anyone (?:from here )?(?:attending|going)\b|quelqu'un (?:y va|y sera|y assiste))"
)
"""Words of a meeting of others, told of in passing ("the foundation's TAC meets Wednesday at 10am PT… It's a closed
meeting, I'll report back", "NPTEL is having a webinar on Friday 5 PM. Anyone from here attending?", "la Région tient
son comité le 3 février, on saura après si le dossier passe", "a meetup on 14 Aug at 5 PM. Not related to our course,
just sharing", "(ce n'est pas nous, inscription sur leur site)", "leur réunion publique du 5 mai", "I'm giving a talk
at a Python conference on Thursday"): with no link to join in the post, none of ours."""
EXCEPT_BEFORE = re.compile(
    r"\b(?:sauf|hormis|excepte|hors|except|apart from|but not)\s+(?:le\s+|les\s+|the\s+|on\s+)?$"
)
"""Before a day, the one a series skips ("tous les mardis de 9h à 12h (sauf le mardi 11 novembre, jour férié)"): no
meeting that day."""
NONE_OF = re.compile(
    r"\b(?:pas|plus) (?:de |d')(?!(?:souci|soucis|probleme|problemes|quoi|bol|chance|panique|stress|changement)\b)"
    r"[\w-]+\s+(?:le\s+|ce\s+)?$"
)
"""Before a day, a thing said not to be held then that no word of a meeting names ("pas de déjeuner le jeudi 11
juin"): the day it skips ("pas de perm le jeudi 18" calls off a meeting the rules read)."""
BODY_HOLDS = re.compile(
    r"\b(?:la|le|l')\s?(?:region|departement|mairie|ville|prefecture|metropole|agglo\w*|caf|ademe|anct|dreets|"
    r"cci|cma|cress|urscop|etat|conseil (?:regional|departemental)|communaute de communes|fede\w*(?: nationale)?)\s+"
    r"(?:(?:de |d')?[\w-]+\s+)?(?:organise|organisent|organisera|tient|tiendra|propose|lance|accueille|fait|fera)\b|"
    r"\b(?:la|le|l')\s?(?:mediatheque|bibliotheque|musee|universite|office de tourisme)\b[^.!?\n]{0,40}?"
    r"\b(?:organise|organisera|propose|proposera)\b|"
    r"\bc'est eux qui\b|\bpas (?:par )?nous\)|\b(?:c'est )?de leur cote\b|\bon vous (?:relaiera|relayera)\b|"
    r"\b(?:tient|tiennent|tiendra|organise|organisent|organisera|fait|font|fera) (?:son|sa|ses|leur|leurs)\b"
    r"(?=[^.!?\n]{0,120}\b(?:y aller|y vont|y allez)\b)|"
    r"\b(?:allez[- ]y|allez les voir|passez les voir|y faire un tour)\b|"
    r"\bpour info,? (?:le|la|les|l')\s?[^.!?\n]{0,60}?"
    r"\b(?:organise|organisent|organisera|tient|tiennent|tiendra|fait|font) (?:son|sa|ses|leur|leurs)\b|"
    r"\b(?:le reseau|le collectif|l'asso\w*|nous|on) y (?:est|sommes|serons|sera) (?:tous |toutes )?invitee?s?\b|"
    r"\bnos (?:copains|copines|amis|amies|voisins|voisines|partenaires|camarades) (?:de|du|des|d')\b[^.!?\n]{0,60}?"
    r"\b(?:tient|tiennent|tiendra|organise|organisent|organisera|fait|font|fera|propose|proposent|lance|lancent)\b"
)
"""A public body holding its own event, in the sentence of its date ("La Région organise ses Assises de l'ESS le jeudi
26 mars", "la Région Nouvelle-Aquitaine organise un webinaire le mardi 2 juin à 10h", "la mairie de Castres organise…",
"la ville fait une réunion publique sur le parc le mardi 17 mars"), or a library's, a museum's or a university's ("la
médiathèque Carré d'Art organise une conférence le jeudi 4 juin"), or another's said so ("la permanence de France Active
a lieu au tiers-lieu le jeudi 2 octobre (c'est eux qui gèrent les RDV, pas nous)"), or any other's the writer sends
readers to ("la Ressourcerie voisine tient son AG le jeudi 5 mars, allez-y si vous pouvez", "…, allez y faire un tour"),
or friends' ("nos copains de la Ressourcerie du Pays Fort font leur braderie le dimanche 20 juillet"), or one told "pour
info" ("Pour info, le comité des fêtes tient sa brocante le dimanche 7 juin"), or one "we" are invited to ("les vœux du
maire ont lieu le vendredi 15 janvier à 18h30, le réseau y est invité"): told of, not ours to remind."""
ELSEWHERE_ROW = re.compile(r"\bchez eux\b|\bpas chez nous\b|\bchez (?:nos |les )?partenaires?\b|\(partenaires?\)")
"""A table's row saying its event is held by others at their place ("Vélo-école de Sélestat (chez eux)")."""
THEIR_OWN = re.compile(r"\b(?:organise|organisent|organisera|tient|tiennent|tiendra) (?:ses|son|sa|leurs?)\b")
"""Someone holding their own event ("Le réseau Grand Est organise ses Rencontres régionales")."""
GOING_THERE = re.compile(r"\b(?:y vont|y aller|y allez|on y va|y serez|y allons|covoit\w*|on s'y retrouve)\b")
"""Members asked who goes, or going together ("Est-ce que certain·es d'entre vous y vont ?", "un covoit"): the event
is somewhere else, someone else's."""
OURS = re.compile(
    r"\b(?:de notre cote|(?<!pas )chez nous|je (?:vous )?propose|nous (?:vous )?proposons|on (?:vous )?propose|"
    r"nous organisons|on organise|j'organise|rejoignez-nous|on se retrouve|on se voit|"
    r"(?:we|i)(?:'re| are|'m| am) (?:holding|organi[sz]ing|hosting)|join us|on our side)\b"
)
"""In the sentence of a date, words of the writer's own gathering ("De notre côté je propose un point de préparation
vendredi 7 mars à 11h", "Et on se voit jeudi 28 à 18h !"): a meeting of others told of elsewhere in the post
("inscription sur leur site") is not this one."""
CLOCK_CHANGE = re.compile(
    r"\b(?:daylight saving|dst)\b|\bclocks? (?:go|change|move|spring|fall)|\bchangement d'heure\b|"
    r"\b(?:passage|pass\w*) a l'heure d'(?:ete|hiver)\b"
)
"""A sentence about the clocks changing ("the US moved to daylight saving time on 8 March"): its day is theirs."""
SIGNED = re.compile(r"^[ \t]*(?:--|—|__)[ \t]*$", re.M)
"""The line opening a signature ("--" alone): what follows is the writer's, not the post's ("Permanence d'accueil le
mardi 9h-12h", "on leave Dec 21 – Jan 4")."""
EXAMPLE_BEFORE = re.compile(r"(?:\(|\b)(?:ex\s?:|ex\.|par ex(?:\.|emple)|e\.g\.|for example|for instance)[^().!?\n]*$")
"""A date in an example, after its word, before its bracket or sentence closes ("prévoir un temps de régulation (ex :
La Station à Cergy le fait le 1er lundi de chaque trimestre à 18h)"): how others do it, no meeting."""
AWAY = re.compile(
    r"\b(?:on (?:leave|vacation|holidays?|pto|sabbatical)|out of (?:the )?office|ooo|away|off work|"
    r"en conges?|en vacances|absente?s?|indisponibles?)\b(?:\s+(?:from|between|du|de|entre|le|on|until|till))?\s*$"
)
"""Right before a day, words of someone away ("on leave Dec 21 – Jan 4", "OOO until Monday", "en congé du 21 au
4"): their days, no meeting."""
HOLIDAY_BEFORE = re.compile(r"\b(?:(?:le |du )?pont (?:du|de l')|(?:jour )?ferie(?: du| le)?|bank holiday(?: on)?)\s*$")
"""Right before a day, a public holiday ("le 9 c'est le pont du 8 mai", "férié le 14 juillet"): why a meeting moves,
no meeting of its own."""
SETTLING_FR = r"va pour|go pour|on part sur"
"""Words of an organiser settling a proposal, in French ("va pour 10h le dimanche", "on part sur le 28")."""
SETTLING = re.compile(rf"\b(?:{SETTLING_FR}|ok pour)\b(?! moi\b)")
"""Those words, or "ok pour" but for one's own part ("Allez, va pour 10h le dimanche", not "ok pour moi")."""
_AGREEING = r"(?:ca|cela) me (?:va|convient)|ca m'arrange|ok pour moi|works for me|suits me"
"""Words agreeing to a proposal (`AGREED`), among those of a date asked for (`ASKED`)."""
ASKED = re.compile(
    r"\b(?:would love|would like to (?:request|know|ask|demonstrate|present|show)|i'd like to|can we|could we|"
    r"can i|could i|may i|is it possible|would it be possible|when will|when is|when does|est-ce possible|"
    r"pourrait-on|pourrions-nous|serait-il possible|est-il possible|quand aura|quand est|on pourrait|"
    r"nous pourrions|we could|we might|what time|which time|quelle heure|i could|if (?:that|it|this) (?:works|suits)|"
    r"works for you|are you (?:free|available)|how about|what about|would you be (?:free|available)|"
    r"si (?:ca|cela) (?:vous|te) (?:va|convient)|ca vous va|seriez-vous disponibles?|"
    rf"je (?:suis|serais|serai) (?:aussi )?dispo\w*|{_AGREEING}|"
    r"pour moi,? (?:\w+ ){0,3}(?:c'est|ce serait|ca serait) (?:bon|ok|parfait|ideal|top)|"
    r"je (?:viendrai|passerai|serai la|serai presente?)|"
    r"i(?:'ll| will) (?:be there|come|attend)|"
    r"(?:i|we)(?:'m| am|'re| are) (?:available|free)|if you (?:want|wish|would like|'d like)|"
    r"a confirmer (?:selon|en fonction)|selon (?:vos|les) dispos\w*|sous reserve d[e'])\b"
)
"""A date someone asks for or about, offers subject to the others ("je propose le mardi 4 novembre à 18h, à
confirmer selon vos dispos") or says they will come to ("moi je viendrai à la collecte samedi 11h"): not a meeting
anyone announced."""
AGREED = re.compile(rf"\b(?:{_AGREEING})\b")
"""Words agreeing to a proposal: a member's, a date they would come to; its organiser's, the date settled ("Ok pour
moi et Mireille aussi : la visio de préparation passe au mercredi 29 octobre, 18h")."""
QUESTION_START = re.compile(
    r"^[\W_]*(?:(?:hi|hello|sir|mam|ma'am|madam|dear \w+|team|all|everyone|@[\w.-]+)\W+)*"
    r"(?:is|are|will|would|shall|can|could|do|does|did|has|have)\s+"
    r"(?:there|the|this|that|it|we|you|they|our|any|today'?s?|tomorrow'?s?)\b"
)
"""A sentence opening on "is there", "will the session", "are we": a question, its mark often dropped."""
STAMP_BEFORE = re.compile(
    r"\b(?:screenshot|screen shot|capture|image|img|photo|file|fichier|log|logs)\b[^\S\n]*[_-]*[^\S\n]*$"
)
"""A date in a file name or a log line ("Screenshot 2025-01-30 at 3.07.09 pm"), on its line: not a list's next row after
"… premier fichier"."""
SECONDS = re.compile(r".*?(?<![\d.])\d{1,2}[:.]\d\d[:.]\d\d(?:[.,]\d{1,6}(?!\d))?(?![.\d])")
"""A time written to the second, or to its fraction as a log line writes it ("11:20:21.429"), is a timestamp,
not a meeting (a date written 2020.08.11 is not one). Read from where the date's time is written: the date
itself may be dotted ("20.02.25 at 7 PM")."""
SECONDS_REACH = 12
"""How far after a date's time (or its start) the seconds of a timestamp may end."""
_REQUEST = (
    r"requests?|requesting|could you|can you|would you|will you|pourriez-vous|pouvez-vous|"
    r"(?:can|could) be (?:arranged|conducted|scheduled)|if possible|"
    r"(?:please|pls|plz|kindly) (?:conduct|arrange|organi[sz]e|schedule|hold|keep|plan)"
)
REQUEST = re.compile(rf"\b(?:{_REQUEST})\b")
"""A member asking for a session ("requesting a session on Sunday at 11 AM", "it would be helpful if a
session can be arranged tomorrow", "kindly arrange a session"): asked, not announced, even in a topic the
member opens."""
PLEA = re.compile(
    rf"\b(?:(?:please|pls|plz|kindly)(?! (?:join|attend|come|register))|hope|hoping|wish|svp|merci de|{_REQUEST}|"
    r"je (?:propose|suggere)|i (?:would )?suggest|i propose)\b"
)
"""A member's reply pleading for a session ("please take a session tomorrow at 8 pm"): asked, not announced.
Not in a topic a member opens ("hope to see you all at the session tomorrow at 8 PM" is how a TA without
the staff flag announces one), nor "it would be great if you demonstrate it in today's session at 8pm"."""
MEMBER_QUESTION = re.compile(
    r"^\W*(?:any|anyone|anybody|quelqu'un)\b|\b(?:will|is|are|can|could|does|shall) (?:it|this|that|there)\b|"
    r"\b(?:right|correct|isn't it|na)\W*$|"
    r"^\W*(?:clarifications?|query|queries|questions?|issues?|problems?|confusion)\s+(?:regarding|about|on|with|in)\b"
)
"""A member's question without its mark ("Any live session tonight at 9", "today's session at 7 PM will it
be recorded", "the session is tomorrow at 8 PM right", "Query about tomorrow's session at 8 PM"): the member
asks about a session, and announces none."""
REMARK = re.compile(
    r"\b(?:not able to|unable to|can't|cannot|can not|couldn't|could not|not working|isn't working|doesn't work|"
    r"not (?:opening|loading|accessible)|(?:is|was) (?:broken|expired)|"
    r"clash\w*|told (?:me|us)|heard|i think|i guess|i believe|not yet|won't be able|will not be able|"
    r"impossible de|n'arrive pas|ne marche pas|pourrai pas|pourrais pas|peux pas|serai pas|serais pas|"
    r"ne fonctionne pas)\b"
)
"""A member who cannot join, finds a clash, or passes on what they heard: the session is someone else's."""
AWAY_THEN = re.compile(
    r"\bje (?:ne )?suis (?:en (?:formation|deplacement|conge|vacances|reunion|rdv|voyage)|prise?|absente?|"
    r"indispo\w*|pas dispo\w*|(?:a|au|aux|chez) (?:la |le |l'|les |mon |ma )?(?:permanence|boulot|taf|travail|"
    r"bureau|marche|ecole|hopital)|deja pris)\b|\bje (?:bosse|travaille)\b|\bc'est complique pour moi\b"
)
"""A member saying they are elsewhere in the date's clause ("Jeudi midi je suis en formation, dommage", "le jeudi 17h
je suis à la permanence de la ressourcerie"; not "Visio
jeudi à 18h, puis je suis en congé"), not a room ("la salle n'est pas dispo le matin"): unless the sentence moves a
session ("Petit changement : la 2e séance passe au mercredi 13 mai (je suis en déplacement le 12)"), the day is
theirs."""
_CHANGING = re.compile(r"\b(?:changements?|modifs?|modifications?|passe au|passe a|passent au|passent a)\b")
ONGOING = re.compile(
    r"\b(?:right now|now live|is live|going live|going on|en ce moment|en cours|commence maintenant)\b"
)
"""A meeting under way, still to join ("one session is going live right now, from 3 to 5 pm")."""


def _is_deadline(low: str, span: tuple[int, int]) -> bool:
    line_start, _ = line_bounds(low, span[0])
    before = low[max(line_start, span[0] - 80) : span[0]]
    before = before[before.rfind(";") + 1 :]  # "GA 5 deadline is 20th Feb; the session is on the 19th"
    ended = low[span[1] - 1 : span[1]] in (".", "!", "?")  # a deadline of the next sentence is its own
    return bool(DEADLINE_BEFORE.search(before) or (not ended and DEADLINE_AFTER.match(low[span[1] : span[1] + 30])))


UNCONFIRMED = re.compile(
    r"\(\s*(?:date |horaire |heure |jour )?(?:a confirmer|sous reserve|provisoire|tbc|to be confirmed)\s*\)|"
    r"\b(?:dates?|horaires?|heures?|jours?) (?:(?:encore|toujours) )?(?:a confirmer|provisoires?|sous reserve)\b|"
    r"\b(?:date|time|day) (?:tbc|to be confirmed)\b|\(tbc\)"
)
"""Words saying a date or its hour is not settled yet ("le 7 avril à 18h (date à confirmer)", "horaire provisoire",
"date TBC"), not a detail beside it ("salle à confirmer")."""


_TO_SEE = re.compile(r"[\s*]*[,(]\s*(?:a voir|a confirmer|on verra|rien de sur|pas encore sur)\b")
"""Right after a date, words leaving it open ("une petite balade le dimanche 21 juin, à voir", "Je proposerais
mercredi 4 mars, à confirmer")."""


CONDITIONAL = re.compile(
    r"\b(?:seulement|uniquement|only) (?:si|s'il|if)\b|\ba condition (?:que|qu'|d'|de)\b|"
    r"\bsi (?:on|nous) (?:atteint|atteignons|a|avons) (?:au moins |assez d'|suffisamment d')|"
    r"\b(?:si|s'il y a) (?:au moins|minimum) (?:\d{1,2}|deux|trois|quatre|cinq|six|huit|dix) "
    r"(?:personnes|inscrite?s|participante?s|volontaires|partante?s)\b"
)
"""Words holding a meeting to a condition ("aura lieu seulement si on atteint 6 inscrits", "only if we get enough
sign-ups", "je peux faire un 2e atelier mardi 8 septembre à 18h, si au moins 3 personnes sont partantes"): not settled
until someone says it is met."""


HEDGED_BEFORE = re.compile(
    r"\b(?:peut-etre|sans doute|probablement|maybe|perhaps|possibly|probably)\s+(?:le\s+|la\s+|ce\s+|on\s+|the\s+)?$"
)
"""Right before a date, a word of doubt ("peut-être le mardi 2 juin", "maybe on the 12th"): a date floated."""
AWAITING = re.compile(
    r"\b(?:j'attends (?:la |leur |sa |une )?confirmation|en attente (?:de |d')(?:la |leur |sa )?confirmation|"
    r"on vous (?:le |la )?(?:redit|redira|tient au courant|tiendra au courant)|"
    r"(?:waiting|awaiting) (?:for )?(?:their |the |a )?confirmation)\b"
)
"""Words of a date waiting for someone else's yes ("peut-être le mardi 2 juin, j'attends la confirmation de son
secrétariat", "Pour le jeudi 14 mai (Ascension), on attend la réponse du maraîcher, on vous redit": a day its writer
will say again)."""


def _unconfirmed(low: str, span: tuple[int, int]) -> bool:
    """Whether the date's clause says it is not settled yet (`UNCONFIRMED`, `_TO_SEE`), or its sentence floats it
    (`HEDGED_BEFORE`, `AWAITING`); a stop ending the date's span ends its clause ("le samedi 17 mai. Horaires à
    confirmer." gives the day, its hours are to come)."""
    end = span[1] - 1 if low[span[1] - 1 : span[1]] in (".", "!", "?", ",", ";") else span[1]
    if HEDGED_BEFORE.search(low, max(0, span[0] - 20), span[0]):
        return True
    if AWAITING.search(low, *sentence_bounds(low, span[0])) or _TO_SEE.match(low, span[1]):
        return True
    return UNCONFIRMED.search(low, *_clause(low, (span[0], max(span[0], end)))) is not None


RECORD = re.compile(r"\b(?:recordings?|replays?|slides|videos?|enregistrements?|diaporamas?)\b")
RELEASED = re.compile(
    r"\b(?:upload\w*|available|released?|releasing|published|publish|shared|posted|put up|disponibles?|"
    r"mise?s? en ligne|publiee?s?|partagee?s?)\b"
)
"""A clause on a session's recording or slides going online ("the recording will be uploaded tomorrow"):
its date is the release, the session is over or dated elsewhere."""
ALTERNATIVE_AFTER = re.compile(
    rf"\s*(?:\d{{1,2}}(?:er)?\s*)?,?\s*(?:or|ou)\s+(?:on\s+|le\s+|at\s+|a\s+)?(?:\d|(?:{WD_ANY}|tomorrow|demain)\b)"
)
ALTERNATIVE_BEFORE = re.compile(r"\b(?:or|ou)\s+(?:on\s+|le\s+|at\s+|a\s+)?$")
EITHER_HOUR = re.compile(
    r"\bsoit (?:a |vers )?\d{1,2}(?:h\d*|:\d\d)?\w*,? soit (?:a |vers )?\d|"
    r"\beither (?:at )?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)? or (?:at )?\d|"
    r"\b\d{1,2}(?:h\d{0,2}|:\d\d)\s*\(?ou (?:a |vers |plutot )?\d{1,2}(?:h|:\d\d)|"
    r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\.? or (?:at )?\d{1,2}(?::\d\d)?\s*[ap]\.?m\b"
)
"""Two hours offered in one sentence ("jeudi 4 décembre, soit 14h soit 16h, j'attends leur réponse", "either 2 or 4
PM", "début 18h ou 18h30 selon la salle"): the day's hour is not settled."""
"""Dates offered as alternatives ("on 18th Feb or 19th Feb", "mardi 19h ou mercredi 20h"): not settled yet."""
TROUBLE = re.compile(
    r"\b(?:crash\w*|errors?|exceptions?|(?<!without )fail\w*|froze|freez\w*|hangs?|bug(?! bash)|disconnect\w*|"
    r"timed out|plante|erreur|bloque)\b"
)
"""A sentence about something going wrong ("the session crashed at 3 pm"): a software session, no meeting."""
HELP_TITLE = re.compile(
    rf"{TROUBLE.pattern}|\b(?:not working|(?:does not|doesn't|do not|don't|won't|cannot|can't) "
    r"(?:work|load|open|start)|(?:is|are) broken|unable to|how (?:to|do|can|should))\b"
)
"""A topic's title reporting trouble or asking how ("X is not working", "Error when loading", "How to…"): a help
request, its question mark often left out."""


def settings_of_sessions(found: list[Found], why: dict[int, Aside | None]) -> set[int]:
    """The runs of days a post names beside a session it announces with its hour, still to come or begun ("NOW: the
    prep meeting", posted as it starts): ids of `found`."""
    if not any(why[id(f)] in (None, Aside.PAST) and not f.all_day for f in found):
        return set()
    return {id(f) for f in found if why[id(f)] is None and f.all_day and f.days_run and f.source != "event"}


def usual_weekdays(low: str, found: list[Found], why: dict[int, Aside | None]) -> set[int]:
    """Weekdays named alone, with no time, in a post giving a date on that weekday ("Les permanences du mardi
    reprennent : mardi 15 décembre de 14h à 18h", "The Tuesday office hours resume on December 15 at 2 PM"): the
    gathering's usual day, or that date's, not a meeting on the nearest such day. Not one a sentence calls off or
    moves ("la perm de mardi est annulée, on se retrouve mardi 15"): ids of `found`."""
    standing = [f for f in found if why[id(f)] is None]
    bare = {id(f) for f in standing if BARE_WEEKDAY.fullmatch(low, *f.span)}
    dated = {_weekday(f) for f in standing if id(f) not in bare}
    return {
        id(f)
        for f in standing
        if id(f) in bare
        and f.all_day
        and _weekday(f) in dated
        and not any(p.search(low, *sentence_bounds(low, f.span[0])) for p in (CANCEL, POSTPONE))
    }


def _weekday(f: Found) -> int:
    return f.start.astimezone(ZoneInfo(f.tz)).weekday()


NEXT_ONE = re.compile(r"[\s.!?]*(?:la |le |the )?(?:prochaine?|next|premiere?|first)\b[^.!?\n]{0,40}")
"""Right after a series' sentence, the words leading to the next or first one's day ("Prochaine : jeudi 3 décembre",
"La prochaine aura lieu le jeudi 3 décembre", "Premier rendez-vous le mardi 4 mars", "The next one is on Thursday,
December 3")."""


def days_of_series(low: str, found: list[Found], why: dict[int, Aside | None]) -> list[tuple[Found, Found]]:
    """The days a post lists with a series it gives the hour of ("triage every Tuesday in July at 1 PM (July 7, 14,
    21 and 28)", "every Sunday at 8 PM: 13th, 20th and 27th December", "every Tuesday and Thursday, 8-9 PM" then the
    lines "- Tue 14 July", "- Thu 16 July"), at that hour: each one a meeting, where the series alone is none. Only
    days on one of the series' weekdays, in its sentence, in the lines of days right after it (two or more) or as
    the next or first one right after it or opening a later sentence ("Prochaine : jeudi 3 décembre"): a Tuesday
    named elsewhere in the post is another event's. Each (the day as read, the day at that hour)."""
    slots: dict[int, Found] = {}
    for f in found:
        if why[id(f)] is Aside.SERIES and not f.all_day:
            slots.setdefault(f.start.astimezone(ZoneInfo(f.tz)).weekday(), f)
    days = [
        f
        for f in found
        if f.all_day
        and f.source != "event"
        and not f.days_run
        and why[id(f)] in (None, Aside.FAR)
        and f.start.astimezone(ZoneInfo(f.tz)).weekday() in slots
    ]
    lines = {line_bounds(low, f.span[0])[0] for f in found if f.all_day}
    out = []
    for f in days:
        slot = slots[f.start.astimezone(ZoneInfo(f.tz)).weekday()]
        start, end = sentence_bounds(low, slot.span[0])
        # "Prochaine : jeudi 3 décembre" right after the series' sentence, or opening a later one ("…de 14h à 17h.
        # Outils en libre accès. Première session : samedi 7 mars")
        opens = sentence_bounds(low, f.span[0])[0] if f.span[0] >= end else end
        next_one = NEXT_ONE.fullmatch(low, end, f.span[0]) is not None or (
            NEXT_ONE.fullmatch(low, opens, f.span[0]) is not None
        )
        if not (start <= f.span[0] < end or next_one or (len(days) > 1 and _listed_after(low, end, f.span[0], lines))):
            continue
        if _DELIVERED.search(low, *_clause(low, f.span)):
            continue  # "…le jeudi de 18h à 19h30, et les paniers de Pâques seront livrés le jeudi 2 avril": goods
        tz = ZoneInfo(slot.tz)
        at = wall(f.start.astimezone(ZoneInfo(f.tz)).date(), slot.start.astimezone(tz).time(), tz)
        ends = at + (slot.end - slot.start) if slot.end else None
        out.append((f, replace(f, start=at, end=ends, tz=slot.tz, all_day=False, clock=slot.clock)))
    return out


def _listed_after(low: str, end: int, at: int, lines: set[int]) -> bool:
    """Whether every line from `end` to the one holding `at` is blank or a line of the listed days (`lines`)."""
    if at < end:
        return False
    for start, stop in lines_after(low, end):
        if start > at:
            break
        if low[start:stop].strip() and start not in lines:
            return False
    return True


def _asks_for_help(title: str) -> bool:
    return HELP_TITLE.search(fold_same_length(title).lower()) is not None


FIELD_LABEL = re.compile(
    r"^[^\w\n]*(?:quand|ou|quoi|qui|pour qui|comment|combien|c'est quoi|c'est ou|c'est quand|when|where|what|who|"
    r"how)\s*\?",
    re.M,
)
"""The label of an announcement's field, ending on its question mark the French way ("📅 Quand ? Jeudi 12 mars",
"Où ? En ligne"): no question asked."""


CALL_FOR_ENTRIES = re.compile(
    r"\b(?:call for (?:papers|abstracts|submissions|contributions|proposals|posters|applications|nominations)|cfp|"
    r"applications? (?:for [^.?!\n]{1,80} )?(?:is |are )?(?:now )?open|"
    r"appel (?:a|aux) (?:communications|contributions|candidatures|projets|propositions|posters))\b"
)
"""What a post calling for papers or applications says of itself, in its title or its first line ("Call for
Papers - MICCAI Workshop…", "Applications for the winter workshop is now open", "Appel à communications"): the
event it names ("Granada, Sep 20th", "Workshop dates Feb 16-23") is where the chosen present, not a session the
forum is reminded of; its deadlines are read as such."""


def calls_for_entries(post: Post, low: str) -> bool:
    """Whether the post's title or its first line calls for papers or applications (`CALL_FOR_ENTRIES`)."""
    first_line = low.lstrip()[:200].split("\n", 1)[0]
    return bool(
        CALL_FOR_ENTRIES.search(fold_same_length(post.topic_title or "")) or CALL_FOR_ENTRIES.search(first_line)
    )


HOOK = re.compile(
    r"^\W*(?:[^?\n]{0,80}\n\W*)?(?:interested in|want to learn|looking to learn|curious about|ever wanted to|need help|"
    r"envie d(?:e |')(?:apprendre|decouvrir)|interesse\w* par|curieu\w* de|besoin d'(?:aide|un coup de main))"
    r"[^?\n]{0,200}\?"
)
"""The question an announcement opens on, under its title line or not, to catch its readers ("Interested in medical
imaging…? The IGT group is organizing a three-day workshop…", "Envie de découvrir… ? Atelier le…", "Besoin d'aide pour
une démarche en ligne ? Les permanences reprennent…"): no question asked."""


@lru_cache(maxsize=1)
def _asks(low: str) -> bool:
    """A question mark in the post outside its fields' labels (`FIELD_LABEL`), its opening hook (`HOOK`) and the
    titles it quotes (table ronde « Que faire des friches ? »): the same for each of its dates, so read once per
    post."""
    return "?" in TITLE_QUOTED.sub(" ", HOOK.sub(" ", FIELD_LABEL.sub(" ", low)))


_NOT_HABITUAL = r"prochain|suivant|d'apres|qui vient|precedent|dernier|d'avant|en huit|\(\s*\d|:"
HABITUAL = re.compile(
    r"\b(?:le (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
    rf"(?!\s*(?:\d{{1,2}}(?!\d|\s*h(?:\b|\d)|:\d|\s*heures?\b)|{_NOT_HABITUAL}))|"
    rf"(?<=s )du (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b(?!\s*(?:\d|{_NOT_HABITUAL})))"
)
"""A weekday after "le" with no day of the month, nor "prochain", "suivant" ("sortent de visio à 12h30 le jeudi", "le
formateur bosse le mardi", "les distributions continuent le jeudi 18h-19h30"), or after a plural and "du" with no
hour either ("les perms du jeudi midi"; "les ateliers du mardi 14h" are that Tuesday's): in French, what happens on
that weekday as a rule, not on the next one."""


WEEKDAYS_TOGETHER = re.compile(
    rf"\b(?:{WD})s?(?:\s*(?:,|et|&|/|and)\s*(?:{WD})s?)+\b"
    r"(?=\s*(?:de\s+|from\s+)?\d{1,2}\s*(?:h|:\d\d|am|pm))"
)
"""Weekdays named together and straight after them their one time, no day of the month ("mardi et vendredi 14h-18h"):
the hours a place keeps as a rule, not the coming days ("mardi 4 et vendredi 7 à 18h", "mardi et jeudi prochains à
18h", "Lundi et mardi restent à 8h30" are)."""
_WEEKDAY_ALONE = re.compile(rf"(?:{WD})s?\b(?!\s*\d{{1,2}}\b(?!\s*h|[h:.]\d))")


def _habitual(low: str, f: Found) -> bool:
    """Whether the date is a weekday said as a rule (`HABITUAL`), nothing else dating it, or one of a list whose
    weekdays are named together (`WEEKDAYS_TOGETHER`: "aux horaires habituels (mardi et vendredi 14h-18h, samedi
    9h-12h)", the Saturday with them)."""
    if _weekday_alone(HABITUAL, low, f):
        return True
    day = _WEEKDAY_ALONE.search(low, *f.span)
    return day is not None and WEEKDAYS_TOGETHER.search(low, *sentence_bounds(low, day.start())) is not None


OF_THE_WEEKDAY = re.compile(rf"\b(?<!s )du (?:{WD})\b(?!\s*(?:\d|prochain|suivant|qui vient|d'apres))")
"""A gathering named by its weekday alone after "du" ("l'AG du vendredi"): the day told before."""


def of_the_weekday(low: str, f: Found) -> bool:
    """Whether the date is a weekday said after "du" ("le concert du samedi"), a day told before: not the next one."""
    return _weekday_alone(OF_THE_WEEKDAY, low, f)


def _weekday_alone(pattern: re.Pattern[str], low: str, f: Found) -> bool:
    """Whether the date is a weekday the pattern reads (`HABITUAL`, `OF_THE_WEEKDAY`), nothing else dating it."""
    m = pattern.search(low, max(0, f.span[0] - 3), min(len(low), f.span[1] + 40))
    # its hours may follow it ("le jeudi 18h-19h30"), not a day of the month
    return (
        m is not None
        and m.end() <= f.span[1] + 1
        and not any(ch.isdigit() for ch in _HOURS.sub(" ", low[m.end() : f.span[1]]))
    )


_HOURS = re.compile(r"\d{1,2}\s*(?:h|:)\d{0,2}")
"""An hour ("18h", "19h30", "18:30"), taken out of the words after a weekday before looking for its day's number."""


def set_aside(
    f: Found, post: Post, words: str, low: str, prose: bool, authority: bool, order: DateOrder = "DMY"
) -> Aside | None:
    """Why a date of the post is not a meeting still to come (None when it is one): already past
    when written, a deadline, a window, an exam, an edit stamp, the record of a session held, a
    date asked for, or a member's mention without an announced time. `scribe preview` shows it.
    `words`: the post's text with its addresses blanked (`_unaddressed`), `low` the same folded: a
    meeting is named in words, not in an address ("…/weekly-review-session" names a page). `authority`: staff
    wrote it, or the author of a meeting of the topic, whose word on it counts as staff's. `order`: how the forum
    writes numeric dates, for the title's."""
    written = post.created_at.astimezone(ZoneInfo(f.tz))
    if f.all_day and f.start.date() < written.date():
        return Aside.PAST
    if f.all_day and f.source != "event" and calls_for_entries(post, low):
        return Aside.CALL_FOR
    if not f.span[1]:
        return None if f.all_day or f.start > post.created_at else Aside.PAST
    s_start, s_end = sentence_bounds(low, f.span[0])
    line_start, line_end = line_bounds(low, f.span[0])
    s = _sentence(words, low, (s_start, s_end, max(s_end, f.span[1])), (line_start, line_end))
    if not f.all_day and f.start <= post.created_at and not _under_way(f, post, s):
        return Aside.PAST
    if AWAY.search(low, max(line_start, f.span[0] - 40), f.span[0]):
        return Aside.AWAY
    if HOLIDAY_BEFORE.search(low, max(line_start, f.span[0] - 30), f.span[0]):
        return Aside.OTHER_THING
    if EXAMPLE_BEFORE.search(low, max(line_start, f.span[0] - 100), f.span[0]):
        return Aside.EXAMPLE
    if MESSAGE_OF.search(low, max(line_start, f.span[0] - 40), f.span[0]):
        return Aside.PAST  # "Oubliez mon message de mercredi": the day it was written
    if any(m.start() < f.span[0] < m.end() for m in _REASON.finditer(low, s_start, s_end)):
        return Aside.OTHER_THING  # "…moves to Wednesday because of the maintenance window on Tuesday"
    bounds = _clause(low, f.span)
    if (
        not s.called
        and _DELIVERED.search(low, *bounds)
        and not GATHERING.search(BRACKETS.sub(" ", low[bounds[0] : bounds[1]]))
    ):
        # "les paniers du jeudi 15 seront livrés le mercredi 14 (le maraîcher est en formation)": goods
        return Aside.OTHER_THING
    marks = _post_marks(low)
    if marks.signed is not None and marks.signed < f.span[0]:
        return Aside.SIGNATURE
    if s.has(CLOCK_CHANGE) and not s.named:
        return Aside.OTHER_THING
    if (
        prose
        and marks.others
        and not OURS.search(low, s_start, s_end)
        and not _others_of_another_date(low, f.span[0])
        and not _in_our_section(low, line_start)
        and not any(link.url.startswith("http") for link in analyse(post).links)
    ):
        return Aside.OTHERS
    if prose and BODY_HOLDS.search(low, s_start, s_end) and not OURS.search(low, s_start, s_end):
        return Aside.OTHERS  # "La Région organise ses Assises de l'ESS le jeudi 26 mars"
    if prose and ROW_CELLS in low[line_start:line_end] and ELSEWHERE_ROW.search(low, line_start, line_end):
        return Aside.OTHERS  # "| mer. 24/09 | 14h-17h | Atelier vélo | Vélo-école de Sélestat (chez eux) |"
    if prose and THEIR_OWN.search(low, s_start, s_end) and GOING_THERE.search(low) and not OURS.search(low):
        return Aside.OTHERS  # "Le réseau Grand Est organise ses Rencontres … le 14 octobre", then "qui y va ?"
    if prose and _in_others_section(low, line_start) and not OURS.search(low, s_start, s_end):
        return Aside.OTHERS  # "## Chez nos partenaires (pour info)" then "- 10 avril, 11h : webinaire …"
    if prose and _relayed(post, low, line_start, line_end):
        return Aside.OTHERS  # "Pour info la Région a lancé un appel à projets :" then "> Webinaire : mardi 9 juin, 14h"
    if f.unread_zone:
        return Aside.ZONE
    linked = _linked(post, words)
    if prose and any(a <= f.span[0] and f.span[1] <= b and topic_page(link.url) for a, b, link in linked):
        return Aside.TOPIC_LINKED  # "(see [2024.07.16 Weekly Meeting](/t/…))": told there
    if prose and not authority:
        # a member announces a meeting only with its time; in a reply (or a topic opened with a question),
        # in the sentence that names it (or under the heading of the block whose "Date & Time:" line it
        # is); the day of one it calls off or moves is still read
        moved = s.has(CANCEL) or s.has(POSTPONE)
        replying = post.post_number > 1 or _asks(low)
        moved_to = post.post_number > 1 and POSTPONE.search(low, s_start, f.span[0]) is not None
        if replying and f.all_day and (not moved or moved_to):
            return Aside.REPLY_DAY  # "la réu est reportée à vendredi", from a member: a day they have no say on
        if f.all_day and not moved and _asks_for_help(post.topic_title or ""):
            return Aside.HELP_DAY  # "I need these tools for my workshop starting on Monday": a day in the asker's story
        if replying and not s.named:
            return Aside.REPLY_UNNAMED
        if replying and _named_only_by_pages(words, low, s, linked):
            return Aside.OTHER_PAGE
        if s.has(PLEA if replying else REQUEST) or (marks.proposing and not _item_apart(low, line_start, line_end)):
            return Aside.ASKED_FOR
        if s.member_question:
            return Aside.ASKED
        away = replying and _found(AWAY_THEN, low, *bounds)
        if s.has(REMARK) or (away and not moved and not s.has(_CHANGING)):
            return Aside.REMARK
    if _is_deadline(low, f.span):
        return Aside.DEADLINE
    if _unconfirmed(low, f.span) or s.has(CONDITIONAL):
        return Aside.UNCONFIRMED
    stamp = s.line.stamp
    if (
        stamp
        and not _after_stamp(low, line_start + stamp.end(), f.span[0])
        and not _DAY_OF_A_GATHERING.match(low, f.span[1])
    ) or s.line.stamped_under_heading:
        return Aside.EDIT_STAMP
    if _in_timetable(s.line.unspaced, post):
        return Aside.TIMETABLE
    if _record_of_held(low, f.span, s.records):
        return Aside.RECORD
    if _held(low, f.span, s.past) and not s.has(POSTPONE):
        return Aside.PAST
    if _hours_of_a_day(low, f, line_start, line_end):
        return Aside.OPENING
    if _weekday_span(low, f, line_start, line_end):
        return Aside.SERIES  # "du lundi au vendredi, 8h30-18h (au lieu de 19h)": hours changed, still every week's
    weekly = _habitual(low, f) or _opening_hours(low, f, line_start) or _weekdays_run(low, f, line_start, line_end)
    # "Allez, va pour 10h le dimanche": the organiser settling a proposal speaks of the topic's Sunday
    changed = s.called or (post.post_number > 1 and authority and s.has(SETTLING))
    if (f.series or weekly) and not changed:
        return Aside.SERIES  # its day called off or moved is still read
    if post.post_number > 1 and not s.has(CANCEL) and (weekly if changed else _weekday_alone(OF_THE_WEEKDAY, low, f)):
        # "l'atelier passe à 15h le dimanche", "l'AG du vendredi commencera à 10h": the day the topic speaks of, which
        # may not be the next one
        return Aside.THE_WEEKDAY
    if _next_in_its_week(low, f, post, order):
        return Aside.NEXT_IN_WEEK
    if _told_before(low, f):
        return Aside.THE_WEEKDAY
    if s.asks_beyond_agreeing if authority else s.question:
        return Aside.ASKED
    if _another_things_day(low, f):
        return Aside.OTHER_THING
    if f.all_day and BOUND_BEFORE.search(low, max(0, f.span[0] - 40), f.span[0]):
        return Aside.BOUNDARY
    if f.all_day and post.post_number > 1 and not s.called and stands_around(low, f.span[0]):
        return Aside.REPLY_DAY  # "Monday and Friday sessions will happen as scheduled": the days on record, restated
    if (
        INSTEAD.search(low, max(0, f.span[0] - 30), f.span[0])
        or _left_for_another(low, f)
        or EXCEPT_BEFORE.search(low, max(0, f.span[0] - 20), f.span[0])
        or (not s.called and NONE_OF.search(low, max(0, f.span[0] - 24), f.span[0]))
    ):
        return Aside.REPLACED
    if (
        ALTERNATIVE_AFTER.match(low, f.span[1], s_end)
        or _alternative_before(low, s_start, f.span[0])
        or EITHER_HOUR.search(low, s_start, s_end)
        or _poll_option(post, low[line_start:line_end])
        or _polled(low, line_start)
        or OPTION_LINE.match(low, line_start, f.span[0])
        or _polled_inline(low, line_start, f.span[0])
    ):
        return Aside.ALTERNATIVE
    if prose and s.has(TROUBLE) and not s.has(CORRECTION) and not s.called:
        # "Oups, erreur : c'est demain" owns up to a slip; "my laptop crashed, the session is shifted to tomorrow"
        return Aside.TROUBLE
    if _found(RECORD, low, *bounds) and _found(RELEASED, low, *bounds):
        return Aside.RELEASE  # a clause on a recording or slides going online
    if s.window and not s.gathering:
        # "the ROE will be held on Sunday at 1 PM", "the evaluation will take place at 10 AM", "Quiz 2 goes
        # live at 9": only a gathering named in the sentence (its support call, a review session) is a meeting
        return Aside.WINDOW
    if _under_a_window(low, line_start):
        return Aside.WINDOW
    if s.has(EXAM) and not s.gathering:
        return Aside.WINDOW
    own = _own_start(low, s_start, f.span[0])

    def in_own(pattern: re.Pattern[str]) -> bool:
        return _own_words(pattern, low, own).found(f.span[0])

    if (in_own(WINDOW_ACT) or in_own(EXAM)) and (not in_own(GATHERING) or in_own(REGISTERING)):
        return Aside.WINDOW  # "the session is at 7 PM today and the quiz opens at 9 PM today"
    if _exam_clause(low, *bounds):
        return Aside.WINDOW  # "the quiz is on 20th Feb, so the session on the 19th at 7 PM…"
    if prose and STAMP_BEFORE.search(low[max(0, f.span[0] - 20) : f.span[0]]):
        return Aside.LOG_LINE
    if prose and SECONDS.match(low, *_timestamp_bounds(f)):
        return Aside.TIMESTAMP
    if prose and f.all_day and WEEK_OF.search(low, max(line_start, f.span[0] - 20), f.span[0]):
        return Aside.WEEK
    if prose and f.all_day and not _dates_field_of_titled(post, low, line_start, f.span[0]):
        # in a table's row, the date's own cell: "| lundi 16 mars | visio |" names no hour for the visio
        cell_start = words.rfind(ROW_CELLS, line_start, f.span[0]) + 1 or line_start
        cell_end = (words.find(ROW_CELLS, f.span[1], line_end) + 1 or line_end + 1) - 1
        near = words[max(cell_start, s_start, f.span[0] - 40) : min(cell_end, max(s_end, f.span[1]), f.span[1] + 40)]
        if not (
            has_cue(near)
            or WEAK_CUE.search(fold_same_length(near))
            or _moves_the_topics(post, low, f, authority)
            or _labelled(words, max(line_start, s_start), f.span[0])
        ):
            return Aside.FAR
    return None


LABEL_REACH = 100
"""How long the label of a line giving its gathering's day may be ("AG du Réseau des tiers-lieux du
Centre-Bretagne :")."""


def _labelled(words: str, start: int, at: int) -> bool:
    """Whether the date's sentence, from `start`, opens on a label naming a gathering, a colon after it ("AG du Réseau
    des tiers-lieux du Centre-Bretagne : **samedi 23 janvier 2027**, à la Filature"): the day is that gathering's,
    however long its name; not a label of the sentence after another's ("Orientation session: 20 Feb, 10 AM. Term
    starts: 24 Feb."), nor a time's colon ("We will start weekly videoconferences on Tuesdays 10:30am Boston time
    starting April 30")."""
    label = words[start:at].rstrip(" *_\t")
    return label.endswith(":") and len(label) <= LABEL_REACH and has_cue(label[:-1])


BOUND_BEFORE = re.compile(
    r"\b(?:after|before|apres|avant|not until|pas avant|"
    r"(?:valables?|valides?|applicables?|en vigueur|effecti(?:f|ve)s?|valid|effective)\s+"
    r"(?:a partir|a compter|des|from|as of|starting))\s+(?:the\s+|le\s+|du\s+|de\s+)?$"
)
"""Right before a day, words making it a bound ("plan another one after 12th July", "pas avant le 3"), or the day
something takes effect ("nouveaux horaires, valables à partir du mercredi 1er avril")."""
_TO_ANOTHER = re.compile(r"\s*(?:to|au|a)\s+\S")


def _left_for_another(low: str, f: Found) -> bool:
    """Whether the date is the day a move leaves for another ("moving this week's hangout from Thursday to Friday")."""
    left = LEFT_FOR.search(low, max(0, f.span[0] - 80), f.span[0]) is not None
    return left and _TO_ANOTHER.match(low, f.span[1]) is not None


def _another_things_day(low: str, f: Found) -> bool:
    """Whether the date is where its clause moves, or when it calls off, a thing it names that is no meeting ("le
    marché de producteurs est déplacé à samedi", "the release got pushed to Monday"): not said of a gathering
    (`said_of_a_meeting`). A move naming nothing ("reporté au samedi 16 mai") is the meeting's."""
    start = _clause(low, f.span)[0]
    return any(
        SUBJECT.search(low, start, m.start()) is not None
        and not said_of_a_meeting(low, m.start())
        and not GATHERING.search(low, m.end(), f.span[0])  # "la mairie vient d'annuler le RDV du 27 novembre"
        for pattern in (POSTPONE, CANCEL)
        for m in pattern.finditer(low, start, f.span[0])
    )


def _moves_the_topics(post: Post, low: str, f: Found, authority: bool) -> bool:
    """Whether the date, in a reply, names where its sentence moves, or which day it calls off, the topic's meeting
    ("It will now be held on Friday", "Finalement on annule jeudi"), or the day its organiser settles ("Bien vu 🙈 va
    pour mercredi 13 mai, même créneau"): near no meeting's name, yet one's day; in an announcement, only in a
    sentence naming the meeting ("today's live session is postponed to tomorrow, same time")."""
    if post.post_number == 1 and not GATHERING.search(low, *sentence_bounds(low, f.span[0])):
        return False
    moved, called = _moves_and_call_offs(low)
    start, end = sentence_bounds(low, f.span[0])
    if post.post_number > 1 and REVISED.search(low, start, end):
        return True  # "ah ok dsl alors c mercredi 17, meme heure"
    if post.post_number > 1 and authority and SETTLING.search(low, start, f.span[0]):
        return True  # "Bien vu 🙈 va pour mercredi 13 mai, même créneau"
    if post.post_number > 1 and NEXT_OF_TOPIC.search(low, start, f.span[0]):
        return True  # "la suivante c'est le jeudi 23 avril même heure": the topic's next one
    return any(a <= f.span[0] < b for a, b in moved) or any(start <= pos < end for pos in called)


@lru_cache(maxsize=8)
def _moves_and_call_offs(low: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    """The sentences of a post that move a meeting, and where it calls one off: read once for all its far dates."""
    marks = cancel_marks(low)
    return tuple(moving(low, marks).sentences), tuple(pos for pos, _, kind in marks if kind == "cancel")


DATES_FIELD = re.compile(r"\W*(?:dates?|when|quand)\s*:\s*$")
"""The label of an announcement's field giving its days ("Dates: June 18–20, 2025", "Quand : 12 mars")."""


def _dates_field_of_titled(post: Post, low: str, line_start: int, at: int) -> bool:
    """Whether the day is given in a "Dates:" field of a topic opened to announce a gathering ("Workshop on 3D
    Slicer and SOFA"): the meeting is named by the title, the field's line says only when."""
    return (
        post.post_number == 1
        and bool(DATES_FIELD.fullmatch(low, line_start, at))
        and has_cue(post.topic_title or "")
        and not (post.topic_title or "").rstrip().endswith("?")
    )


@lru_cache(maxsize=64)
def _linked(post: Post, words: str) -> tuple[tuple[int, int, Link], ...]:
    """Where the post's words are the text of one of its links (each place that text is written), with the
    link: read once for all the post's dates."""
    out = []
    for link in analyse(post).links:
        if len(link.text.strip()) < 3:
            continue  # "[1]", "→": a mark, no words
        at = words.find(link.text)
        while at >= 0:
            out.append((at, at + len(link.text), link))
            at = words.find(link.text, at + len(link.text))
    return tuple(out)


def _named_only_by_pages(words: str, low: str, s: _Sentence, linked: tuple[tuple[int, int, Link], ...]) -> bool:
    """Whether the sentence names its meeting only in the text of links to pages (neither a call nor a form):
    "X will present in the upcoming [imaging workshop](…/workshop.html) on Wednesday at 9" points at a meeting
    its page tells of, which a member's reply does not announce."""
    start = _heading_start(low, s.start)
    pages = [(a, b) for a, b, link in linked if start <= a and b <= s.reach and link_rank(link) == 2]
    if not pages:
        return False
    said = list(words[start : s.reach])
    for a, b in pages:
        said[a - start : b - start] = " " * (b - a)
    return not has_cue("".join(said))


def _space_before(low: str, start: int, end: int) -> int:
    """Where the run of spaces ending at `end` starts (`end` when there is none), not before `start`."""
    while end > start and low[end - 1].isspace():
        end -= 1
    return end


_POLL = re.compile(r"\[poll\b[^\]]*\](.*?)\[/poll\]", re.S | re.I)
_OPTION = re.compile(r"^\s*(?:[*+-]|\d+[.)])\s+(.+?)\s*$", re.M)
_TAG = re.compile(r"<[^>]+>")


@lru_cache(maxsize=64)
def poll_options(post: Post) -> frozenset[str]:
    """The options of the post's polls, folded: from the polls Discourse serves with the post, and from its `[poll]`
    markup when only the raw text is known."""
    served = (html.unescape(_TAG.sub("", o.html)) for poll in post.polls for o in poll.options)
    written = (m.group(1) for block in _POLL.finditer(post.raw or "") for m in _OPTION.finditer(block.group(1)))
    return frozenset(" ".join(fold_same_length(o).split()) for o in (*served, *written) if o.strip())


class _PostMarks(NamedTuple):
    """What of a post's whole text `set_aside` reads for each of its dates: found once per post, not once per date (a
    post may hold hundreds)."""

    signed: int | None
    """Where its signature's "--" line is (`SIGNED`), if any."""
    others: bool
    """It tells of a meeting of others (`OTHERS`)."""
    proposing: bool
    """It sounds who would come (`PROPOSING`)."""


@lru_cache(maxsize=64)
def _post_marks(low: str) -> _PostMarks:
    signed = SIGNED.search(low)
    return _PostMarks(signed.start() if signed else None, OTHERS.search(low) is not None, bool(PROPOSING.search(low)))


_DATE_WORDS = re.compile(rf"\b(?:{WD})\b|\b\d{{1,2}}(?:er)? (?:{MONTHS})\b")
"""A paragraph naming a date of its own: a weekday, or a day and its month."""
_LIST_ITEM = re.compile(r"\s*(?:[-*•]|\d+[.)])\s")
"""The mark a list item's paragraph opens on ("- ", "• ", "2) ")."""


def _others_of_another_date(low: str, at: int) -> bool:
    """Whether every word of others' meetings (`OTHERS`) stands in a paragraph other than the date's, one naming a
    date of its own ("Apéro réseau le vendredi 12 juin à 18h30" then, below, "la Région organise son salon le jeudi 4
    juin. C'est pas nous qui organisons"): the words are that date's."""
    paragraphs, spans = _others_paragraphs(low)
    own = next((p for p in paragraphs if p[0] <= at < p[1]), (at, at))
    return bool(spans) and all(
        p is not None and p != own and _DATE_WORDS.search(low, *p) is not None and not _one_list(low, own, p)
        for p in spans
    )


@lru_cache(maxsize=64)
def _others_paragraphs(low: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int] | None, ...]]:
    """The post's paragraphs, and the one each word of others' meetings (`OTHERS`) stands in: read once for all the
    dates of a post."""
    paragraphs = tuple(m.span() for m in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", low))
    spans = tuple(next((p for p in paragraphs if p[0] <= m.start() < p[1]), None) for m in OTHERS.finditer(low))
    return paragraphs, spans


def _one_list(low: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two paragraphs are items of one list: list items both, with only items between."""
    first, last = sorted((one, other))
    paragraphs = re.split(r"\n\s*\n", low[first[0] : last[1]])
    return all(not part.strip() or _LIST_ITEM.match(part) for part in paragraphs)


def _item_apart(low: str, line_start: int, line_end: int) -> bool:
    """Whether the date's line is a list item and every word of a proposal (`PROPOSING`) stands on another item: an
    item of a programme ("- Soirée jeux : vendredi 27 mars, 20h") beside one put to the vote ("- Chantier : date à
    définir, votez"); not a date offered under "je vous propose 3 dates :"."""
    if _LIST_ITEM.match(low, line_start) is None:
        return False
    lines = (line_bounds(low, m.start()) for m in PROPOSING.finditer(low))
    return all(start != line_start and _LIST_ITEM.match(low, start) is not None for start, _ in lines)


def _poll_option(post: Post, line: str) -> bool:
    """Whether the date's line is an option of a poll ("* Sat 12 Sep, 7 PM" in a poll choosing a session's slot): a
    day offered to the vote, not yet a meeting; or a table's row whose first cell is one ("| mardi 12 mai | 9h30-17h |"
    above a poll of "mardi 12 mai")."""
    if not post.polls and "[poll" not in (post.raw or ""):
        return False
    options = poll_options(post)
    first_cell = line.strip(" *-•").split(ROW_CELLS)[0]
    return any(" ".join(part.strip(" \t*-•").split()) in options for part in (line, first_cell))


DATES_OFFERED = r"je (?:vous )?propose (?:\d|deux|trois|quatre|plusieurs|quelques) (?:dates|creneaux)"
"""Days offered to choose from ("je propose trois dates, dites-moi ce qui vous va :")."""
POLLED = re.compile(
    r"\b(?:sondage|poll|doodle|framadate|vot(?:e|er|ez) (?:for|on|pour)|votez|merci de voter|voter (?:d'ici|avant)|"
    r"quelle date|which date|dates? possibles?|"
    rf"{DATES_OFFERED}|"
    r"possible dates|creneaux possibles|possible slots|(?:creneaux|dates|options) proposee?s|propositions? de dates?|"
    r"proposed (?:dates|slots)|(?:deux|trois|quatre|plusieurs|two|three|several) (?:options|possibilites|"
    r"propositions))\b|"
    r"(?:^|[.!?]\s)\W*(?:propositions?|options?)(?=\s*(?:\([^()\n]*\)\s*|,[^:\n]{0,40})?:)|"
    r"\bje (?:vous )?propose\s*:$"
)
"""Words of a vote on the date ("Sondage pour fixer la date de la prochaine AG :", "Vote for a slot:", a heading
"Propositions (toutes à 18h30) :", "Merci de voter d'ici le vendredi 4 septembre :", "Je propose 3 dates, répondez
ici :", "On cale la rencontre. Propositions, toujours à 18:30 :", "Je propose :", "Options (toujours à 18h30) :", "Deux
options :", "Trois possibilités (20h, salle du conseil) :"); not "Deux dates à retenir :" nor "Deux dates au choix
(même contenu) :", sessions both held."""


OPTION_LINE = re.compile(
    r"[^\S\n]*[-*•]?[^\S\n]*(?:options?|propositions?|choix|possibilites?|creneaux?)[^\S\n]*(?:n°[^\S\n]*)?"
    r"(?:\d|[a-d]\b)[^\S\n]*[:).–-]"
)
"""A line offering one of several numbered choices ("- option 1 : mardi 23 décembre, 18h-19h30", "Proposition B)
jeudi 8"): a date put to the vote."""


def _polled(low: str, line_start: int) -> bool:
    """Whether the date's line is an item of a list whose heading puts dates to a vote ("Sondage pour fixer la date
    de la prochaine AG :" then "- mar. 11 mai 18h", "- mer. 12 mai 18h"): days offered, no meeting yet."""
    heading = _heading(low, line_start) or _table_heading(low, line_start)
    polled = POLLED.search(heading)
    if polled is not None and polled.group(0).startswith("je "):
        # "Je propose :" then "- lundi 19 janvier 18h", "- mardi 20 janvier 18h": days offered; "- réunion de bureau
        # le jeudi 12 novembre" under it is a meeting proposed, each its own
        return GATHERING.search(low, line_start, line_bounds(low, line_start)[1]) is None
    return polled is not None


def _table_heading(low: str, line_start: int) -> str:
    """The line ending on a colon right above the table whose row starts at `line_start`, past its other rows and its
    header ("Dites-moi quelle date vous arrange :" above "Date | Créneau", "mardi 10 mars | 9h-12h"); "" when none."""
    line_end = low.find("\n", line_start)
    if ROW_CELLS not in low[line_start : line_end if line_end >= 0 else len(low)]:
        return ""
    end, header = line_start - 1, False
    for _ in range(HEADING_REACH):
        if end <= 0:
            return ""
        begin = low.rfind("\n", 0, end) + 1
        line = low[begin:end].strip()
        if line.endswith(":"):
            return line
        if line and ROW_CELLS not in line:
            if header:
                return ""
            header = True
        end = begin - 1
    return ""


def _under_a_window(low: str, line_start: int) -> bool:
    """Whether the date's line is an item of a list whose heading says what the days are windows of, and names no
    gathering ("Voici les dates de livraison des paniers (retrait entre 18h et 19h30) :" then "- jeudi 8 janvier")."""
    heading = _heading(low, line_start)
    return DELIVERY.search(heading) is not None and GATHERING.search(heading) is None


DELIVERY = re.compile(rf"\b(?:{DELIVERIES})\b")
"""Goods arriving: when they do, nobody gathers."""
_DELIVERED = re.compile(rf"\b(?:{DELIVERIES}|livr(?:ee?s?|ent|era|eront)|delivered)\b")
"""Goods said to arrive on a day ("seront livrés le jeudi 2 avril"): that day is no session of a series."""


OTHERS_SECTION = re.compile(
    r"\b(?:(?:chez |de )?(?:nos |les )?partenaires|ailleurs|chez les voisins|dans le coin|autour de (?:nous|chez nous)|"
    r"on relaie|hors (?:reseau|collectif|asso|association)|pas (?:organisee?s?|portee?s?) par nous|"
    r"not (?:organi[sz]ed|run|hosted) by us|"
    r"(?:agenda|evenements|rendez-vous) (?:local|locaux|du territoire|du secteur|des autres))\b"
)
"""A section of a post telling of others' events ("Chez nos partenaires (pour info)", "Ailleurs sur le territoire",
"On relaie", "Agenda du secteur (hors réseau)", "quelques trucs en novembre (pas organisés par nous) :")."""


def _in_others_section(low: str, line_start: int) -> bool:
    """Whether the date's line is an item of a section whose title tells of others' events (`OTHERS_SECTION`): the
    nearest line above the item that is no list item nor blank, short and ending on no stop, a markdown heading as
    read."""
    line = _section_title(low, line_start)
    return bool(line) and not line.endswith((".", "!", "?")) and bool(OTHERS_SECTION.search(line))


_ITEMS = ("-", "*", "•", "▶")
"""What opens a list's item."""


def _section_title(low: str, line_start: int) -> str:
    """The title of the section whose list the date's line is an item of: the nearest short line above the list; ""
    when the line is no item ("Prochaine réunion : mardi 25 novembre" below the others' list is no item of it)."""
    if not low[line_start:].lstrip().startswith(_ITEMS):
        return ""
    line = _above_the_list(low, line_start, SECTION_REACH, _ITEMS)
    return line if len(line) <= 80 else ""


RELAYED = re.compile(r"\b(?:pour info|pour information|je relaie|on relaie|vu passer|fyi)\b")
"""Words of a post telling of another's text for information ("Pour info la Région a lancé…", "Je relaie :"); not an
organiser forwarding the announcement of a meeting members attend ("Je transmets l'annonce reçue du réseau")."""


def _relayed(post: Post, low: str, line_start: int, line_end: int) -> bool:
    """Whether the date's line is in a block the post cites (a "> " quote, out of its own words), which its own words
    say they tell of for information (`RELAYED`): another's text, its dates another's events."""
    pt = analyse(post)
    blocks = _passed_on(pt.text, pt.cited) if pt.cited else ()
    line = low[line_start:line_end].strip(" >*_")
    return bool(line) and any(line in block for block in blocks)


@lru_cache(maxsize=64)
def _passed_on(text: str, cited: tuple[str, ...]) -> tuple[str, ...]:
    """The blocks a post cites, folded, when its own words tell of them for information; none otherwise: read once
    per post, not once per date."""
    if RELAYED.search(fold_same_length(text)) is None:
        return ()
    return tuple(fold_same_length(block) for block in cited)


OUR_SECTION = re.compile(
    r"\b(?:nos|notre) (?:rendez-vous|rdv|evenements|dates|ateliers|rencontres|agenda|programme|soirees)\b|"
    r"\bchez nous\b|\bour (?:events|meetups|dates|agenda)\b"
)
"""A section of a post telling of the writer's own events ("### Nos rendez-vous (réseau des tiers-lieux)")."""


def _in_our_section(low: str, line_start: int) -> bool:
    """Whether the date's line is an item of a section whose title tells of the writer's own events (`OUR_SECTION`):
    others' events told of in another section of the post are not its."""
    return OUR_SECTION.search(_section_title(low, line_start)) is not None


SECTION_REACH = 24
"""How many lines up a section's title is looked for: its list items and the blank lines between them."""


def _heading(low: str, line_start: int) -> str:
    """The heading of the list the line starting at `line_start` is an item of: the nearest line above ending on a
    colon, a few lines up at most, with only list items (or blank lines) between; "" when none."""
    line = _above_the_list(low, line_start, HEADING_REACH, ("-", "*", "•"))
    return line if line.endswith(":") else ""


def _above_the_list(low: str, line_start: int, reach: int, items: tuple[str, ...]) -> str:
    """The nearest line above `line_start` ending on a colon or that is neither blank nor a list item (`items`),
    within `reach` lines; "" when none."""
    end = line_start - 1
    for _ in range(reach):
        if end <= 0:
            return ""
        begin = low.rfind("\n", 0, end) + 1
        line = low[begin:end].strip()
        if line.endswith(":") or (line and not line.startswith(items)):
            return line
        end = begin - 1
    return ""


_WEEKDAY_AT = re.compile(
    rf"(?:{WD})\b\s*(?:[-–:,]\s*)?(?:(?:de|des|a|vers|from|at|around)\s+)?(?:\d{{1,2}}\s*(?:h|:|[ap]\.?m)|$)"
)
"""A weekday and its hour, no day of the month nor month ("vendredi 16h-19h", not "vendredi 16 mai", "Monday Dec 7")."""
NEXT_NAMED = re.compile(rf"\b(?:next\s+(?:{WD})|(?:{WD})\s+prochain)\b")
"""A weekday said "next" ("jeudi prochain", "next Thursday"): written earlier in that weekday's own week, this one or
the one after, as many readers take it one way as the other."""
_ITS_NUMBER = re.compile(r"[\s,(]*(?:the\s+|le\s+)?\d{1,2}(?:st|nd|rd|th|er)?\b(?![:.h]\d|\s*(?:h\b|[ap]\.?m\b))")
"""After a weekday, its day of the month ("next Wednesday (5 Feb)", "jeudi prochain 11"), not an hour."""


def _told_before(low: str, f: Found) -> bool:
    """Whether the date is a weekday with its article ("fin le mardi vers 16h") after the post named that weekday with
    another day of the month ("Séminaire : lundi 26 et mardi 27 octobre"): that day, not the next such weekday."""
    if not re.search(r"\ble\s+$", low[max(0, f.span[0] - 4) : f.span[0]]) or not _WEEKDAY_AT.match(low, *f.span):
        return False
    local = f.start.astimezone(ZoneInfo(f.tz))
    names = "|".join(WEEKDAYS[local.weekday()])
    return any(int(m.group(1)) != local.day for m in re.finditer(rf"\b(?:{names})\s+(\d{{1,2}})\b", low[: f.span[0]]))


def _next_in_its_week(low: str, f: Found, post: Post, order: DateOrder) -> bool:
    """Whether the date is a weekday said "next" without its day of the month, written earlier in its own week, and
    the topic's title does not date it ("2021.12.07 Weekly Meeting" over "Next Tuesday, we will…" written the 6th)."""
    said = NEXT_NAMED.search(low, *f.span)
    if said is None or _ITS_NUMBER.match(low, said.end()):
        return False
    tz = ZoneInfo(f.tz)
    written, day = post.created_at.astimezone(tz), f.start.astimezone(tz)
    if day.isocalendar()[:2] != written.isocalendar()[:2]:
        return False
    titled = find_dates(post.topic_title, post.created_at, tz, order) if post.topic_title else []
    return all(t.start.astimezone(tz).date() != day.date() for t in titled)


MESSAGE_OF = re.compile(
    r"\b(?:mon|notre|ton|votre|son|leur|mes|nos|le|ce) (?:dernier |precedent )?"
    r"(?:message|post|mail|e-mail|courriel|sms|mot)s? (?:de |d'|du )$"
)
"""Before a day, the message written then ("Oubliez mon message de mercredi"): no meeting's day."""
OPENING_HOURS = re.compile(
    r"\b(?:(?:est|sont|sera|seront) ouverte?s?|ouverte?s? (?:le|les|du|tous)|horaires? d'ouverture|horaires|"
    r"(?:opening|business) hours|(?:is|are) open)\b"
)
"""A heading over a place's weekly hours ("Pour rappel, l'épicerie est ouverte :" then "- mardi 16h-19h", "- vendredi
16h-19h"): each weekday is a rule, not the next one's meeting."""


WEEKDAYS_RUN = re.compile(rf"\b(?:{WD})(?:\s*(?:,|et|and|&)\s*(?:{WD})\b){{2,}}")
"""Three weekdays or more named in a row, no day of the month between ("lundi, mardi et jeudi, 9h-12h"): a week's
hours, each day every week, when they do not follow each other (three days running may be one event's)."""


def _weekdays_run(low: str, f: Found, line_start: int, line_end: int) -> bool:
    """Whether the date is a weekday alone of a run of weekdays on its line (`WEEKDAYS_RUN`): a schedule, not the
    next of each."""
    for m in WEEKDAYS_RUN.finditer(low, line_start, line_end):
        if m.start() <= f.span[0] < m.end():
            days = [WEEKDAY_INDEX[w] for w in re.findall(rf"\b(?:{WD})\b", m.group(0))]
            return any(b - a != 1 for a, b in itertools.pairwise(days))
    return False


WEEKDAY_SPAN = re.compile(rf"\b(?:du|de) (?:{WD}) (?:au|a) (?:{WD})\b|\b(?:{WD}) ?[-\u2013] ?(?:{WD})\b")
"""A span of weekdays, no day of the month in it ("du lundi au vendredi, 8h30-18h", "lundi-vendredi"): a week's
hours, every week."""


def _weekday_span(low: str, f: Found, line_start: int, line_end: int) -> bool:
    """Whether the date is a weekday alone opening or closing a span of weekdays on its line (`WEEKDAY_SPAN`)."""
    if _WEEKDAY_AT.match(low, *f.span) is None:
        return False
    return any(m.start() <= f.span[0] < m.end() for m in WEEKDAY_SPAN.finditer(low, line_start, line_end))


def _opening_hours(low: str, f: Found, line_start: int) -> bool:
    """Whether the date is a weekday alone ("- vendredi 16h-19h", not "- vendredi 16 mai") listed under a heading of
    opening hours."""
    if _WEEKDAY_AT.match(low, *f.span) is None:
        return False
    return OPENING_HOURS.search(_heading(low, line_start)) is not None


def _hours_of_a_day(low: str, f: Found, line_start: int, line_end: int) -> bool:
    """Whether the date, with its day of the month, is an item listed under a heading of opening hours and the item
    names no gathering ("Horaires pendant les fêtes :" then "- lundi 22 et mardi 23 décembre : 9h-17h"), or an item
    giving hours (`_HOURS_ITEM`): when the place is open, nobody meets."""
    item = low[line_start:line_end].lstrip()
    if _WEEKDAY_AT.match(low, *f.span) is not None or not item.startswith(("-", "*", "•")):
        return False
    hours = OPENING_HOURS.search(_heading(low, line_start)) is not None or _HOURS_ITEM.match(item) is not None
    return hours and not has_cue(item)


_HOURS_ITEM = re.compile(r"[-*•]\s*\**\s*(?:horaires?|opening hours)\b")
"""An item giving a place's hours itself ("- Horaires d'été du 6 juillet au 28 août : 9h-17h du lundi au vendredi")."""


_CHOSEN = re.compile(
    r"\b(?:retenue?s?|choisie?s?|gagnante?s?|l'emporte|fixee?s?|arretee?s?|chosen|picked|selected|won|wins|winner|"
    r"results?|resultats?|decided|finali[sz]ed|confirmed|confirmee?s?|"
    r"(?:est |a ete |sondage |vote )(?:clos|cloture|ferme|termine)e?|(?:is|was|has been) (?:closed|over)|"
    r"(?:apres|suite au?) (?:le |un |notre )?(?:sondage|vote)(?: rapide)?|(?:sondage|vote) a (?:parle|tranche))\b"
)
"""Words of a vote closed ("Suite au sondage, la date retenue est…", "the poll results: Tuesday wins", "Le sondage est
clos : l'AG aura lieu le samedi 28 mars", "Sondage clos : jeudi 10 septembre", "Après sondage rapide avec les coordos :
on bascule au jeudi", "Le sondage a parlé : le copil aura lieu lundi 30 mars à 14h")."""


def _polled_inline(low: str, line_start: int, at: int) -> bool:
    """Whether the date follows, on its own line, words putting dates to a vote and the colon opening what is put
    to it ("Framadate pour choisir la date de la prochaine formation : mardi 12, jeudi 14 ou vendredi 15 janvier"),
    and no word saying the vote is over. "Je clos le sondage dimanche" closes it on a day, which is no option."""
    before = low[line_start:at]
    polled = POLLED.search(before)
    return polled is not None and ":" in before[polled.end() :] and _CHOSEN.search(before) is None


def _alternative_before(low: str, start: int, end: int) -> bool:
    """`ALTERNATIVE_BEFORE` between `start` and `end`, read back only as far as a match can reach: "or", a run
    of spaces, a word of at most two letters and another run (a thousand dates in one sentence are not each
    read from the sentence's start)."""
    last = _space_before(low, start, end)
    first = min([last] + [_space_before(low, start, max(start, last - n)) for n in (1, 2)])
    return ALTERNATIVE_BEFORE.search(low, max(start, first - 2), end) is not None


_TO_ITS_HOUR = re.compile(r"[\s,]*(?:(?:a|at|@|des|from|vers|around)\b[\s,]*)?$")
"""What leads from a weekday to its hour ("jeudi à 18h")."""


_NEXT_WEEK = re.compile(
    r"\b(?:semaine (?:prochaine|suivante|d'apres)|next week|following week|dans (?:8|huit) jours)\b"
)
"""Words putting a weekday in the week after ("la semaine prochaine, même heure (mardi 9h)")."""


def today_or_next_week(low: str, found: list[Found], why: dict[int, Aside | None], written: datetime) -> set[int]:
    """Weekdays alone, with their hour, written on that weekday ("réunion des bénévoles jeudi 18h" posted on a
    Thursday evening), their sentence not saying which week, and no date of the days between named before them (a
    conference's "Sunday 12:30 … Tuesday 12:15" posted on a Tuesday runs through the week to come): the date reader
    takes next week's, a reader cannot tell it from today's. Ids of `found`."""
    out = set()
    for f in found:
        if why[id(f)] is not None or f.all_day:
            continue
        day = f.start.astimezone(written.tzinfo).date()
        if (day - written.date()).days != 7 or _NEXT_WEEK.search(low, *sentence_bounds(low, f.span[0])):
            continue
        said = low[f.span[0] : f.clock if f.clock is not None and f.clock > f.span[0] else f.span[1]]
        if BARE_WEEKDAY.fullmatch(_TO_ITS_HOUR.sub("", said, count=1)) is None:
            continue
        if not any(
            g.span[0] < f.span[0] and written.date() < g.start.astimezone(written.tzinfo).date() < day for g in found
        ):
            out.add(id(f))
    return out


@lru_cache(maxsize=64)
def _exam_clause(low: str, start: int, end: int) -> bool:
    """A clause naming an exam and no gathering beside its sittings: read once for all its dates."""
    clause = low[start:end]
    return EXAM.search(clause) is not None and GATHERING.search(no_sitting(clause)) is None


class _Line:
    """The checks of `set_aside` that read a date's whole line, made once for all the sentences on it (a line
    of a thousand sentences is read once, not a thousand times), each when first asked."""

    def __init__(self, low: str, start: int, end: int) -> None:
        self.low, self.start, self.end = low, start, end

    @cached_property
    def text(self) -> str:
        return self.low[self.start : self.end]

    @cached_property
    def stamp(self) -> re.Match[str] | None:
        return STAMP_LINE.match(self.text)

    @cached_property
    def stamped_under_heading(self) -> bool:
        return stamped_under_heading(self.low, self.start, self.end)

    @cached_property
    def unspaced(self) -> str:
        return _unspaced(self.text)

    @cached_property
    def short(self) -> bool:
        return len(self.text.strip()) < 60


@lru_cache(maxsize=64)
def _line(low: str, start: int, end: int) -> _Line:
    """One reading per line for all the sentences of a post on it."""
    return _Line(low, start, end)


class _Sentence:
    """The checks of `set_aside` that read a date's whole sentence, made once for all the dates in it (a
    sentence of two thousand dates is read once, not two thousand times), each when first asked; those of its
    line, once for all the line's sentences (`_Line`)."""

    def __init__(self, text: str, low: str, bounds: tuple[int, int, int], line: tuple[int, int]) -> None:
        self.text, self.low = text, low
        self.start, self.end, self.reach = bounds  # `reach`: the end, or the end of a date running past it
        self.line = _line(low, *line)
        self.words = low[self.start : self.reach]
        self._found: dict[re.Pattern[str], bool] = {}

    def has(self, pattern: re.Pattern[str]) -> bool:
        if pattern not in self._found:
            self._found[pattern] = pattern.search(self.words) is not None
        return self._found[pattern]

    @cached_property
    def named(self) -> bool:
        """A meeting named in the sentence, or in the heading of the block whose field line it is."""
        return has_cue(self.text[_heading_start(self.low, self.start) : self.reach])

    @cached_property
    def member_question(self) -> bool:
        return MEMBER_QUESTION.search(self.words.strip()) is not None

    @cached_property
    def question(self) -> bool:
        return self._asks(self.words)

    @cached_property
    def asks_beyond_agreeing(self) -> bool:
        """A question, its agreeing words (`AGREED`) left aside: the sentence of an organiser who agrees still asks."""
        return self._asks(AGREED.sub(" ", self.words))

    def _asks(self, words: str) -> bool:
        """Whether the sentence, read as `words`, asks: a date asked for or about, a question's opening or its mark."""
        return (
            ASKED.search(words) is not None
            or QUESTION_START.match(words) is not None
            or self.low[self.end : self.end + 1] == "?"
            or words.rstrip().endswith("?")
        )

    @cached_property
    def records(self) -> tuple[tuple[tuple[int, int], bool], ...]:
        """The clauses pointing at a session's record, and whether each puts that record to come."""
        clauses = (_clause(self.low, m.span()) for m in REPORT.finditer(self.low, self.start, self.reach))
        return tuple((c, FUTURE.search(self.low, *c) is not None) for c in clauses)

    @cached_property
    def past(self) -> tuple[tuple[re.Match[str], bool], ...]:
        """The past words, and whether each dates or names an event of its own."""
        return tuple((m, _dates_its_own(self.low, m)) for m in PAST.finditer(self.low, self.start, self.reach))

    @cached_property
    def called(self) -> bool:
        """The sentence calls a meeting off, says there is none, moves one or gives it a new hour."""
        return self.has(CANCEL) or self.has(NO_MEETING) or self.has(POSTPONE) or self.has(NEW_HOUR)

    @cached_property
    def above(self) -> str:
        """The line above a short line of its own ("Two revision sessions will be held before the End Term exam:" above
        "Thursday, 2nd July – 6:00 PM IST"), or nothing; not a table's row above another."""
        if not (self.line.short and self.line.start > 0):
            return ""
        end = self.line.start - 1  # the last written line above, found without copying the post up to it
        while end > 0 and self.low[end - 1] == "\n":
            end -= 1
        above = self.low[self.low.rfind("\n", 0, end) + 1 : end]
        # a table's rows head none of each other ("| mercredi 11 | — | fermé |" above "| jeudi 12 | 18h30 | compost |")
        return "" if ROW_CELLS in above and ROW_CELLS in self.line.text else above

    @cached_property
    def window(self) -> bool:
        """Words of a window or an exam in the sentence, or in the line above a short line of its own; not in a reason
        given ("part 2 moves to Wednesday because of the infra maintenance window on Tuesday")."""
        return WINDOW.search(_REASON.sub(" ", f"{self.above}\n{self.words}")) is not None

    @cached_property
    def gathering(self) -> bool:
        """A gathering named beside an exam's sittings, in the sentence or in the heading above its short line (a line
        ending on a colon, or the line whose exam's words `window` read: "Python OPPE preparation session" above
        "Date: 05-09-2026"): not in its addresses, whose words ("…/weekly-review-session") name a page, not a session
        the sentence announces."""
        heading = self.above if self.above.rstrip(" *_").endswith(":") or WINDOW.search(self.above) else ""
        return GATHERING.search(no_sitting(f"{heading}\n{self.words}")) is not None


_REASON = re.compile(
    r"(?<=[a-z0-9)*] )(?:because of|due to|owing to|a cause d(?:e|u|es)|en raison d(?:e|u|es))\b[^.,;!?\n]*|"
    rf"(?<= )[\u2014\u2013-] (?:le )?(?:(?:{WD}) )?\d{{1,2}}(?:er)?,? c'est (?:la|le|l'|notre|leur|nos|leurs)\b"
    r"[^.;!?\n]*"
)
"""A reason given after what it explains, to the end of its clause ("…moves to Wednesday because of the maintenance
window on Tuesday", "…en raison de la fermeture du lieu jeudi", "…décalé au mercredi 4 mars — mardi 3 c'est la réunion
des financeurs"): its days and words are the reason's, not a meeting's.
Not one opening its sentence, which may run into what it explains with no comma ("Due to unavoidable reasons the
session is postponed to Saturday")."""


@lru_cache(maxsize=64)
def _sentence(text: str, low: str, bounds: tuple[int, int, int], line: tuple[int, int]) -> _Sentence:
    """One reading per sentence for all the dates of a post in it."""
    return _Sentence(text, low, bounds, line)


def _timestamp_bounds(f: Found) -> tuple[int, int]:
    """Where seconds would make the date a timestamp: at its time when it has one, else from its start."""
    return (f.clock, f.clock + SECONDS_REACH) if f.clock is not None else (f.span[0], f.span[1] + SECONDS_REACH)


WINDOW_ACT = re.compile(
    rf"\b(?:(?:opens?|opened|ouverte?s?)\b{OPEN_TO_ALL}|"
    r"closes?|closed|due(?! to\b)|deadline|released?|go live|goes live|submit|submission|available|"
    r"results?|(?<!\bon )(?<!\bnous )(?:ouvre|ouvrira)(?! (?:ses|nos|leurs|les) portes)|"
    r"(?:ouvrent|ouvriront)(?! (?:leurs|les) portes)|ferme|ferment|fermeront|fermee?s?|fermetures?(?! eclair)|"
    r"cloture|date limite|"
    rf"delivered|{DELIVERIES}|depots?|horaires habituels|reouverture|re?ouvre|re?ouvrira|reopens?|reopening)\b"
)
"""What a window does (opens, reopens, closes, is due, is delivered, takes drop-offs at its usual hours): in the
words of a date's own, no session's. "On ouvre à 13h" opens a gathering to its guests, "la ressourcerie ouvre ses
portes le samedi 18" holds its open day; "Livraison des fûts : mardi 30 juin entre 8h et 10h" is when goods arrive,
"Les dépôts reprennent le mardi 7 avril, horaires habituels 10h-18h" when the shop takes things again, "Réouverture le
lundi 5 janvier aux horaires habituels" when a place opens again, "Fermeture exceptionnelle le samedi 16 mai
(inventaire)" when it closes: nobody gathers."""
REGISTERING = re.compile(r"\b(?:registrations?|enrol(?:l)?ments?|inscriptions?|applications?|bookings?|sign-?ups?)\b")
"""What opens or closes for a session ("registrations for the workshop open on…"): a window, not the session."""
_JOINS = (" and ", ", ", " et ")


_DAY_BEFORE_JOIN = re.compile(rf"(?:\b\d{{1,2}}(?:er)?(?: (?:{MONTHS}))?|\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)\s*$")
"""A day ending the words before a join: "17 avril" in "les vendredis 17 avril et 22 mai"."""


def _own_start(low: str, start: int, pos: int) -> int:
    """Where the words that go with a date start: after the last "and" or comma of its sentence before it, unless
    that join only lists it after another day ("livraisons les vendredis 17 avril et 22 mai": the deliveries' both)."""
    while True:
        joins = [(at, j) for j in _JOINS if (at := low.rfind(j, start, pos)) >= 0]
        if not joins:
            return start
        at, j = max(joins)
        if not _DAY_BEFORE_JOIN.search(low, start, at):
            return at + len(j)
        pos = at


OWN_REACH = 100
"""More than the longest word `_OwnWords` looks for, with all its pattern reads around it."""


class _OwnWords:
    """A pattern searched in the words of a date's own, from their start (`_own_start`) to the date. The dates
    of a sentence with no "and" nor comma between them share that start: each reads on from where the one
    before stopped (a sentence of a thousand dates is read once, not a thousand times), with the same answer
    as a search of the text from that start to the date."""

    def __init__(self, pattern: re.Pattern[str], low: str, start: int) -> None:
        self.pattern, self.low, self.start = pattern, low, start
        self.read_to = start
        self.hit: int | None = None  # where the match found up to `read_to` ends

    def found(self, end: int) -> bool:
        if end < self.read_to:
            return self.pattern.search(self.low[self.start : end]) is not None
        if self.hit is not None and self.hit + OWN_REACH <= self.read_to:
            return True  # a match read well before the end stands whatever follows
        # a match the last reading missed would end within reach of where it stopped; one starting before
        # that reach would have been seen (its pattern reads less far than OWN_REACH around it)
        resume = self.read_to - OWN_REACH if self.hit is None else self.start
        if resume - OWN_REACH >= self.start:
            m = self.pattern.search(self.low, resume, end)  # reads the text before `resume`, not before `start`
            hit = m.end() if m else None
        else:
            m = self.pattern.search(self.low[self.start : end])
            hit = self.start + m.end() if m else None
        self.read_to, self.hit = end, hit
        return hit is not None


@lru_cache(maxsize=256)
def _own_words(pattern: re.Pattern[str], low: str, start: int) -> _OwnWords:
    """One reader per pattern and start of own words, for all the dates that share them."""
    return _OwnWords(pattern, low, start)


WEEK_OF = re.compile(r"\b(?:weeks?|semaines?)\b(?: \d{1,2})?[\s(:,-]*(?:du|of|from|starting)?\s*$")
"""Before a day, the week it names ("Week 6 (17-23 Feb)", "semaine du 17 février"): no meeting that day."""
_WEEKDAY_CELL = re.compile(rf"^(?:{WD_ANY})\.?$")
TIMETABLE_DAYS = 3
"""Header cells naming a weekday that make a table a weekly timetable."""


def timetable_rows(post: Post) -> frozenset[str]:
    """The rows (folded, their cells run together as the flat text runs them, blanks dropped) below
    a weekly timetable's header: a table whose header names weekdays as columns. A slot's day is its
    column's, which the flat text cannot tell; and a timetable gives a series of slots, often other
    courses' too, not one meeting announced: no reminder from it."""
    return _timetable_rows(tables(post))


@lru_cache(maxsize=256)
def _timetable_rows(post_tables: tuple[tuple[tuple[str, ...], ...], ...]) -> frozenset[str]:
    """Read once per post, not again for each date `set_aside` weighs."""
    rows: set[str] = set()
    for table in post_tables:
        below_days = False
        for row in table:
            if _names_weekdays(row):
                below_days = True
            elif below_days and any(c.isdigit() for cell in row for c in cell):
                rows.add(_unspaced(fold_same_length("".join(row)).lower()))
    return frozenset(rows)


def _names_weekdays(row: tuple[str, ...]) -> bool:
    return sum(1 for cell in row if _WEEKDAY_CELL.match(fold_same_length(cell).strip().lower())) >= TIMETABLE_DAYS


def _in_timetable(own: str, post: Post) -> bool:
    """The line (`own`, its spaces dropped) is (part of) a timetable's row: the whole line, not a cell's text
    found inside it, so that a short cell ("2", a week's number) silences no date written under the table."""
    return bool(own) and any(own in row for row in timetable_rows(post))


def _unspaced(text: str) -> str:
    return "".join(text.split())


def _held(low: str, span: tuple[int, int], past: tuple[tuple[re.Match[str], bool], ...]) -> bool:
    """Whether the past words of the sentence (`past`, each with whether it dates an event of its own: see
    `_dates_its_own`) speak of the dated event: not when words of an event to come stand between them
    and the date, the date's own words included ("missed the last session: join the next one tomorrow
    at 6 pm"), nor, outside the date's clause, when that clause puts its event to come, or when they
    date an event their own clause names. Past words after the date are of its event whatever comes
    between ("the workshop on Tuesday at 6 pm, the next in our series, was a success"), unless the
    date's own words put it to come. A date in brackets right after the gathering it dates ("yesterday's community
    call (Thursday, 11am)") is read in that gathering's clause."""
    c_start, c_end = _clause(low, span, ASIDE_ENDS)
    if span[0] > 1 and low[span[0] - 1] == "(" and GATHERING.search(low, max(0, span[0] - 32), span[0] - 1):
        c_start = min(c_start, _clause(low, (span[0] - 2, span[0] - 2), ASIDE_ENDS)[0])
    future = _found(FUTURE, low, c_start, c_end)
    later_clause = bool(past) and (future or _found(LATER, low, c_start, c_end))
    before = [m.end() for m, _ in past if m.start() < span[0]]
    later_before, later_own = _later_from(low, before, span[1]), LATER.search(low, *span) is not None
    for i, (m, dates_its_own) in enumerate(past):
        later = i < later_before if i < len(before) else later_own
        if later:
            continue
        if not (c_start <= m.start() < c_end) and (later_clause or dates_its_own):
            continue
        return True
    return not future and any(not _later_between(low, m, span) for m in _deeds(low, c_start, c_end))


@lru_cache(maxsize=64)
def _deeds(low: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """The past deeds (`DEED`) of a clause, found once for all the dates in it (a line of a thousand dates
    is one clause)."""
    return tuple(DEED.finditer(low, start, end))


def _later_from(low: str, starts: list[int], end: int) -> int:
    """How many of `starts` (rising) have words of an event to come between them and `end`: the first ones,
    as a search from further on finds less; found by halving, not by a search from each (a line of two
    thousand dates, each with its past words, would search it four million times)."""
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if LATER.search(low, starts[mid], end):
            lo = mid + 1
        else:
            hi = mid
    return lo


def _later_between(low: str, past: re.Match[str], span: tuple[int, int]) -> bool:
    """Words of an event to come between past words and the date they precede, or in the date's own
    words when the past words come after it."""
    return LATER.search(low, *((past.end(), span[1]) if past.start() < span[0] else span)) is not None


OWN_DATE = re.compile(rf"\b(?:{WD})\b|\b\d{{1,2}}(?:[:h.]\d\d|\s?h\b|\s?[ap]\.?m\b)")
"""A day or time of its own in the clause of past words: they speak of that one ("last week we met on
Tuesday at 6 pm, next we meet on Thursday at 6 pm")."""


def _record_of_held(low: str, span: tuple[int, int], records: tuple[tuple[tuple[int, int], bool], ...]) -> bool:
    """Whether the sentence points at the record of a session held (`records`: the clauses that point at one,
    and whether each is put to come): not at a record still to come ("the replay will be available here
    afterwards", "réunion jeudi 18h, le compte rendu sera publié ensuite") of a date in another clause, or in
    its own clause put to come."""
    if not records:
        return False  # most sentences point at no record: their date's clause need not be read
    clause = _clause(low, span)
    to_come = _found(LATER, low, *clause) or _found(FUTURE, low, *clause)
    return any(not (future and (record != clause or to_come)) for record, future in records)


def _dates_its_own(low: str, past: re.Match[str]) -> bool:
    """Past words dating or naming an event ("hier", "missed the call") in a clause that names it, or
    in a clause giving a day or time of its own."""
    clause = low[slice(*_clause(low, past.span(), ASIDE_ENDS))]
    named = has_cue(clause) or _BOARD_NAMED.search(clause) is not None
    return (OWN_EVENT.fullmatch(past.group()) is not None and named) or OWN_DATE.search(clause) is not None


_BOARD_NAMED = re.compile(rf"\b(?:{BOARD_ARTICLE}|dernier) ca\b|\bl'ag[oe]?\b")
"""A board meeting or a general assembly in folded text, by its article ("Suite au CA d'hier", "l'AG d'hier"), where
their capitals are lost."""


_DAY_OF_A_GATHERING = re.compile(rf"(?:'s|’s)?\s+(?:[a-z]+\s+)?(?:{GATHERING.pattern})")
"""After a date, a gathering it names ("Update: Sunday session back to 11 AM"): the day of a meeting, no stamp."""


STAMP_WORDS = 6
"""The most words an update's stamp and the date it stamps are apart ("Mise à jour : on n'aura pas assez de terre
pour deux jours, donc le dimanche 18 est annulé" dates no update)."""


def _after_stamp(low: str, stamp_end: int, pos: int) -> bool:
    """A date on an update line after the one that stamps it ("Update 27 Feb: tonight's session at
    8 pm" — "tonight" counts from the 27th): the words between name a meeting, or move one ("EDIT:
    rescheduled to Thursday 20th Feb"), or make the date part of a phrase ("Update: the 18th Feb session…")."""
    between = low[stamp_end:pos]
    return has_cue(between) or bool(
        re.search(r"\d|\b(?:the|this|that|ce|cette|la|le|les)\b", between)
        or len(between.split()) > STAMP_WORDS
        or re.match(r"(?:the|le)\s", low[pos : pos + 4])
        or POSTPONE.search(between)
        or MOVING.search(between)
    )


_FIELD = re.compile(r"[^\S\n]*[\W_]*[^\S\n]*(?:date|time|date (?:&|and) time|when|timings?|quand|horaires?|heure)\s*:")
"""A "Date & Time:" line of an announcement: what it dates is named by the block's heading."""


def _heading_start(low: str, s_start: int) -> int:
    """Where the sentence's context starts: the sentence itself, or for a field line of a block
    ("Date & Time: …"), the two written lines above it (the block's heading)."""
    if not _FIELD.match(low, s_start):
        return s_start
    start, lines = s_start, 0
    while lines < 2 and start > 1:
        start = low.rfind("\n", 0, start - 1) + 1
        lines += bool(low[start : low.find("\n", start)].strip())
    return start


def _under_way(f: Found, post: Post, sentence: _Sentence) -> bool:
    """Started before the post but not over, and the post says it is on now: still a meeting to join."""
    return f.end is not None and f.end > post.created_at and sentence.has(ONGOING)
