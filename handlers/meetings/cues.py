"""The words that name a meeting ("visio", "réunion", "webinar", "office hours"…), and whether a text speaks of one.

A post is read for meetings only when it names one (`has_cue`); the links handler reads `MET` too: a problem
met is no meeting.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.text import ANALYSED, fold_same_length

MET_AFTER = (
    "ai",
    "as",
    "a",
    "avons",
    "avez",
    "ont",
    "avais",
    "avait",
    "avions",
    "aviez",
    "avaient",
    "aurai",
    "aura",
    "aurons",
    "aurez",
    "auront",
    "aurais",
    "aurait",
    "je",
    "tu",
    "il",
    "elle",
    "on",
    "qui",
    "pas",
    "jamais",
    "deja",
    "aussi",
    "souvent",
    "parfois",
    "egalement",
    "toujours",
    "encore",
    "recemment",
)
"""The words the verb "rencontrer" comes after, folded: an auxiliary, a subject, an adverb ("j'ai rencontré",
"je rencontre", "nous avons déjà rencontré")."""
_RENCONTRE = "(?=rencontre)" + "".join(rf"(?<!\b{w} )" for w in MET_AFTER) + "rencontres?"
"""A meeting named "rencontre" ("une rencontre", "la rencontre de jeudi", "Rencontre jeudi 18h"), not the verb
folded to the same letters ("j'ai rencontré un problème", "nous avons rencontré des difficultés"). The word is
looked for first: the words before it are read only where it stands (`GATHERING` is searched at every word)."""
MET = re.compile(rf"\b((?:{'|'.join(MET_AFTER)}) )rencontr\w*")
"""The verb "rencontrer" after one of those words, the word kept in group 1: a problem met, not a meeting."""
_PERM_FR = (
    r"(?:(?<=\bla )|(?<=\bles )|(?<=\bune )|(?<=\bdes )|(?<=\bnos )|(?<=\bma )|(?<=\bta )|(?<=\bsa )|"
    r"(?<=\bnotre )|(?<=\bprochaine )|(?<=\bprochaines )|(?<=\bcette )|(?<=\bces )|(?<=\bpas de ))perms?"
    r"|perms?(?='| (?:du|de|des|ce|cette|ces|au|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ouvertes?)\b| d')"
)
"""French "perm" for a permanence ("la perm' de jeudi", "les perms du mardi", "perm jeudi 14h"), by its apostrophe, the
article before it or the day or "de" after it: in English "perms" are permissions ("file perms")."""
_GATHERINGS = (
    r"visios?|visio-?conferences?|visio-?confs?|videoconferences?|reunions?|reus?|copils?|"
    rf"{_RENCONTRE}|webinaires?|"
    r"webinars?|ateliers?|"
    rf"permanences?|{_PERM_FR}|assemblees? generales?|"
    r"(?<!colab )(?<!jupyter )(?<!kernel )(?<!runtime )(?<!browser )(?<!login )(?<!terminal )(?<!ssh )sessions?|"
    r"(?<!api )(?<!function )(?<!tool )(?<!method )calls?"
    r"(?! (?:the |an? |this |that |your |my |our )?(?:apis?|functions?|methods?|endpoints?|models?|llms?|tools?)\b)|"
    r"meetings?|meetups?|rdv|rendez-vous|conferences?|"
    r"seances?|workshops?|zoom(?! (?:in|into|out)\b)|jitsi|table ronde|tables rondes|apero|afterwork|comite|"
    r"conseil d'administration|"
    r"(?<!\bau )(?<!\bmon )(?<!\bton )(?<!\bson )(?<!\bleur )(?<!\bdu )bureaux?"
    r"(?= (?:(?:de |du |d')?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir)\b|"
    r"du \d{1,2}(?:er)?\b(?!\s*(?:h\b|e\b|eme\b|etage))|restreint|elargi))|"
    r"on se retrouve|retrouvons-nous|rejoignez-nous|on se voit|join us|let's meet|hangout|gmeet|google meet|"
    r"(?:on (?:re)?fait|(?:re)?faisons) (?:le|un|notre) (?:point|bilan)|"
    r"(?<!salle des )(?<!salles des )(?<!comite des )fetes? (?:du |de la |de l'|des |de |d')"
    r"(?!(?:l'|la )?(?:meres|peres|grands?-(?:meres|peres)|musique|travail|victoire|armistice|noel|paques|toussaint|"
    r"independance|rois)\b)|fetes? (?:annuelle|de fin d'annee)s?|"
    r"we(?: will|'ll| shall)? meet (?:again|online|on|at|next|this|every|in)|"
    r"office hours?|meet (?:with|me|us)|drop (?:by|in)|tutorials?|formations?|hackathons?|open ?labs?|"
    r"(?:release|launch|watch) part(?:y|ies)|bug bash(?:es)?|(?:docs?|code|triage|design) sprints?|"
    r"trainings?(?! (?:data|sets?|datasets?|loss|models?|examples|split|pipelines?|jobs?|runs?|epochs?|time))|"
    r"(?:guest|special|extra|bonus|live|online) lectures?|seminars?|"
    r"(?:alumni|mentors?|students?|parents?|faculty|team|community|study) meets?|study (?:groups?|circles?)|"
    r"group stud(?:y|ies)|"
    r"(?:live|today's|tomorrow's|tonight's|(?:mock|quiz|test|exam|paper)(?: [\w-]+)?) walkthroughs?|"
    r"(?:doing|hosting|running|holding) an? walkthroughs?|amas?|ask me anything|town ?halls?|dcs|doubt clearing|"
    r"walkthroughs?(?= (?:sessions?|calls?|of (?:the )?(?:mock|quiz|exam|test|paper|assignment|ga|pyq)))|"
    r"(?:dev|weekly|monthly|team|community|maintainers?|contributors?|this|the|next|our|today's|tomorrow's) syncs?|"
    r"sprints?(?! (?:planning|backlog|goal|review|retro|board|velocity)\b)|chantiers?|"
    r"portes?[ -]ouvertes?|cine-?debats?|cafes?-reparations?|repair cafes?|"
    r"cafes?-(?:langues?|philos?|debats?|tricots?|citoyens?|rencontres?|lectures?|parents?|jeux)|initiations?|"
    r"(?:journee|seance|soiree|matinee|samedi|dimanche)s? decouverte|"
    r"aperos?|apero-\w+|pique-?niques?|plenieres?|prepas?|ag|assemblees?|fresques?|vernissages?|gouters?|"
    r"jurys? (?:de |d')[a-z]+|(?:presentations?|restitutions?) publiques?|inaugurations?|"
    r"(?:(?<=\ble )|(?<=\bun )|(?<=\bpetit )|(?<=\bprochain )|(?<=\bce )|(?<=\bau ))pots?"
    r"(?! (?:de |d'|a )(?:miel|confiture|peinture|fleurs?|yaourts?|colle|terre|compost|verre|creme|moutarde|crayons)\b"
    r"| commun\b)|"
    r"galettes? des (?:rois|benevoles|adherents|membres|voisins|v(?:oe|œ)ux)|"
    r"(?:ceremonie|soiree|pot|temps) des v(?:oe|œ)ux|"
    r"v(?:oe|œ)ux (?:du reseau|de l'asso\w*|du collectif|du tiers-lieu)|"
    r"repas partages?|repas (?:de fin d'annee|de noel|des (?:benevoles|adherents|membres|voisins)|de l'asso\w*|"
    r"annuel|collectif|convivial|solidaire|de quartier)|soirees?|"
    r"commissions? (?=[a-z])(?!(?:bancaire|de \d|sur |europeenne)\b)|brunchs?|"
    r"petits?[- ]dej(?:euner)?s?|dej(?:euner)?s? partages?|barbecues?|kermesses?|"
    r"balades?|randos?|randonnees?|collectes?|concerts?|scenes? ouvertes?|projections?|spectacles?|"
    r"temps (?:d'echanges?|conviviale?s?)|"
    r"initiations? (?:a |au |aux |a la |de )|(?:(?<=\bl')|(?<=\bune )|(?<=\bprochaine ))initiation|"
    r"(?:(?<=\bdeux )|(?<=\btrois )|(?<=\bdes )|(?<=\bnos ))initiations|"
    r"stages? (?:de |d'|d'initiation)|"
    r"distribs?|distris?|(?:(?<=\bla )|(?<=\bune )|(?<=\bprochaine )|(?<=\bcette ))distribution|"
    r"(?<=\bles )distributions|"
    r"(?:(?<=\ble )|(?<=\bdu )|(?<=\bau )|(?<=\bprochain )|(?<=\bce ))module|"
    r"distributions? (?:alimentaires?|solidaires?|speciales?|de (?:colis|paniers|legumes|noel)|"
    r"(?=a |des |du |le |ce ))|"
    r"(?:midpoint|mid-?point|weekly|daily|monthly|team|progress|group|mentor) check-?ins?|"
    r"braderies?|vide-?greniers?|vide-?dressings?|trocs? (?:de |d'|aux )|bourses? aux \w+|"
    r"(?:grande |petite )?ventes? (?:speciales?|solidaires?|de noel|flash|de plants|de livres|a petits prix)|"
    r"grandes? ventes?|inaugurations?|visites? (?:guidees?|commentees?|du|de la|des)|"
    r"nettoyages? (?:de |du |des |d')|plantations? (?:de |du |des |d')|repetitions?(?! (?:de|du|des) \w)|"
    r"inventaires? (?:collectifs?|participatifs?)|"
    r"(?:de)?montages? (?:des |du |de la |de l')?(?:stands?|barnums?|tentes?|scenes?|chapiteaux?|expos?|exposition|"
    r"decors?)\b|"
    r"(?:journees?|apres-midi|matinees?) (?:semis|plantations?|jardinage|tailles?|greffes?|recoltes?|bricolage|"
    r"rangement|menage|benevoles?|citoyennes?|d'entretien|de nettoyage)"
)
"""What people gather for, by name: a session, a call, office hours (not an API call, not training data, not a Colab
session, not a zoom into a chart), a food bank's "distrib" or "distri" (not a software distribution), "le module 2"
of a training (not a software module: French articles only), an association's "bureau" by its day ("le bureau de
lundi", "Bureau du 8 décembre"; not a desk, an office or "au bureau"), "le pot des bénévoles" after its article (not
a pot of honey, paint or "le pot commun"), "la galette des rois" or "des bénévoles" in January, a network's new year
wishes ("Vœux du réseau + galette"), a garden's or a place's day of work ("Journée semis le 3/04", "matinée
rangement", "inventaire collectif le samedi 14/11"), a fête of the place ("Fête du jardin samedi 16 mai", not "la
fête des mères" nor "la salle des fêtes") or its setting up ("montage des stands samedi 27 juin à 9h"), or to take
stock together ("On fait le bilan de la saison jeudi 29 octobre à 18h", "on refait un point mardi")."""
_LIVE = (
    r"(?<!\bis )(?<!\bare )(?<!\bnow )lives?"
    r"(?! on (?:the )?(?:dashboard|portal|site|website|page|platform|server)|"
    r" (?:leaderboards?|dashboards?|scores?|data|previews?|reload|servers?)\b)"
)
"""A live (a stream, "live session"), not a thing that "is live", "live on the dashboard", a live leaderboard."""
STRONG_CUE = re.compile(
    rf"\b(?:{_GATHERINGS}|{_LIVE}|will be held|will take place|takes place|aura lieu|se tiendra|se deroulera)\b"
)
GATHERING = re.compile(rf"\b(?:{_GATHERINGS})\b")
GATHERING_EN = r"call|meeting|hangout|session|webinar"
GATHERING_FR = r"visio\w*|reunion|appel|seance|atelier|permanence"
"""What a second gathering is called (folded text), in English and in French."""
DELIVERIES = r"livraisons?|deliver(?:y|ies)"
"""Goods arriving, in French and English."""
GOODS = re.compile(rf"\b(?:{DELIVERIES}|distributions?|collectes?|depots?|retraits?)\b")
"""Goods delivered, handed out or dropped off: "la distribution du 24 mars est avancée au lundi 23" moves no meeting."""
EXAM = re.compile(
    r"\b(?:exams?|examens?|examinations?|quiz(?:zes)?|roe|oppe|end ?terms?|mid ?terms?|mock (?:tests?|exams?)|"
    r"viva|proctored)\b"
)
"""An exam, a quiz or a proctored slot: held at a time, sat rather than joined (a window, not a meeting)."""
EXAM_SITTING = re.compile(
    rf"(?:{EXAM.pattern})(?:\s+(?!(?:practice|prep|preparation|revision|discussion|doubts?|review|walkthrough)\b)\w+)?"
    r"\s+(?:sessions?|slots?)\b|"
    rf"\bsessions?\s+(?={EXAM.pattern})|"
    r"\b(?:\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\.?|forenoon|afternoon|fn|an)\s+sessions?\b"
)
"""An exam's own session ("the end term exam session", "ROE session", "the 2 PM session" of an OPPE slot,
"the session quiz"): the sitting, no gathering."""


_SITTINGS = frozenset(
    {"visio", "visioconference", "videoconference", "reunion", "reu", "call", "meeting", "session", "seance"}
    | {"hangout", "meet", "rdv", "rendez-vous", "rencontre", "appel", "zoom", "gmeet", "jitsi", "webinaire", "webinar"}
)
"""Words for one kind of gathering, a sitting people join: a call, a visio, a meeting are the same one."""


VERB_PHRASE = re.compile(r"on se|on fait|faisons|retrouvons|rejoignez|join us|let's|we\b|meet |drop ")
"""Of the words naming a gathering, those that say to gather without naming what ("on se retrouve", "join us",
"we'll meet again", "on fait le bilan")."""


_ANY_KIND = frozenset({"rdv", "rendez-vous"})
"""Where any gathering is met ("on décale le RDV à 15h" of a rando): no kind of its own."""


def gatherings_named(low: str) -> frozenset[str]:
    """The kinds of gathering a folded text names by a noun ("the prep call", "la visio", "office hours", "the docs
    sprint"): every sitting word is one kind (`_SITTINGS`), each other its own; words such as "join us" or "le RDV"
    name none."""
    named = set()
    for m in GATHERING.finditer(low):
        word = m.group(0)
        if VERB_PHRASE.match(word) or word in _ANY_KIND:
            continue
        one = _SHORT_FOR.get(word.removesuffix("s"), word.removesuffix("s"))
        named.add("sitting" if word in _SITTINGS or one in _SITTINGS else one)
    return frozenset(named)


_SHORT_FOR = {
    "perm": "permanence",
    "reu": "reunion",
    "distrib": "distribution",
    "distri": "distribution",
    "visioconference": "visio",
}
"""Short forms of a kind of gathering, the kind they are ("la perm" is the permanence announced)."""


def no_sitting(text: str) -> str:
    """The text without an exam's sessions, to tell whether it still names a gathering."""
    return EXAM_SITTING.sub(" ", text)


WEAK_CUE = re.compile(
    r"\b(?:echanges?|soirees?|journees?|ordre du jour|inscriptions?|register|registration|agenda)\b|"
    r"\b(?:prochaine?|next(?: one)?)(?: date)?\s*:"
)
"""Words near a day alone that make it a meeting's, in a post speaking of one: an evening, an agenda, a label of the
next one ("Les visios ont lieu le premier jeudi du mois à 14h. Prochaine : jeudi 3 décembre")."""
AG = re.compile(r"\b(?:AG[OE]?|CA)\b(?!-)")
"""A general assembly or a board ("AG", "AGE", "CA de printemps") by its capitals: "ça" is no board, nor "CA-1"."""
ISLAND = re.compile(r"(?<=[^\W\d_] )Réunion\b|(?<=[(,])[^\S\n]*Réunion\b|\bRéunion(?=[^\S\n]*[,)])")
""""Réunion" capitalised after a word ("à la Réunion", "île de La Réunion") or in a list of places: the island; after
a mark or an emoji opening a line ("⚠️ Réunion reportée au jeudi 12", "**Réunion**"), or on the line below a greeting
("Bonjour," then "Réunion de préparation…"), the meeting."""


@lru_cache(maxsize=ANALYSED)
def has_cue(text: str) -> bool:
    """Whether a text speaks of a meeting (the island of La Réunion is not a réunion)."""
    masked = ISLAND.sub("island", text)
    return bool(STRONG_CUE.search(fold_same_length(masked)) or AG.search(masked))
