"""Which of the links found in a topic is THE answer to a burst of requests, if any.

A bot confidently wrong in public is worse than none. A link found is given only when it is of
the kind asked and its own words (anchor, sentence, the heading above it, the topic's title for
the opening post) name the thing asked, or when it is the only link of that kind in the
announcement the requests reply to. Two links that fit equally well, a request naming no kind of
link under an announcement carrying several, a link the askers say is dead: silence, with why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from bot.i18n import Messages
from bot.models import Topic
from bot.text import analyse, fold, holds_url
from handlers.links.text import bound_kinds, kinds_of, subjects, unclocked, url_kind
from handlers.links.text.broken import broken_sentence
from handlers.meetings.dates import WEEKDAYS_EN, WEEKDAYS_FR

if TYPE_CHECKING:
    from handlers.links.bursts import RequestGroup
    from handlers.links.candidates import Candidate

WEEKDAYS = rf"\b({'|'.join(WEEKDAYS_EN + WEEKDAYS_FR)})\b"
"""A day of the week named ("Tuesday's call", "la visio de jeudi"), in English or French."""
_DAYS = re.compile(WEEKDAYS)
_DEAD = re.compile(
    r"\b(?:expired|not working|doesn't work|does not work|isn't working|no longer works|"
    r"(?:broken|invalid|dead) (?:links?|urls?|liens?)|(?:links?|urls?) (?:broken|invalid|dead)|"
    r"(?:links?|urls?|it|this|that|one)(?: \w+){0,2} (?:is|are|seems|looks|was) (?:broken|invalid|dead)|"
    r"(?:new|updated|correct|right|working|valid) (?:\w+ )?link|ne (?:marche|fonctionne) (?:pas|plus)|expire|"
    r"(?<!sur d'avoir le )(?<!sure d'avoir le )(?<!lequel le )(?:nouveau|bon) lien|"
    r"lien (?:valide|a jour|mort|casse|errone|perime)|"
    r"(?:lien|link) (?:qui (?:marche|fonctionne)|that works)|"
    r"(?:donne|renvoie|affiche|gives?|shows?|throws?|returns?) (?:une |an |a )?(?:erreur|error|404)|introuvable|"
    r"(?:en )?lecture seule|read-only|view-only|lien (?:modifiable|d'edition|en ecriture)|"
    r"lien (?:qui permet|pour) (?:d'|de )?(?:ecrire|modifier|editer)|(?:acces|access) (?:refuse|denied)|"
    r"(?:renvoie|mene|pointe|amene|envoie) (?:vers|sur|a) (?:la |une )?(?:v\d+|ancienne|vieille|version)|"
    r"(?:ancienne|vieille|mauvaise) version|pas la (?:bonne|derniere) version|version (?:perimee|obsolete)|"
    r"(?:formulaires?|form|inscriptions?|billetterie|lien)\W+(?:(?:dit|affiche|indique|marque|est|sont)\W+)?"
    r"(?:fermee?s?|close?s?|complete?s?)\b(?!\s*(?:le|a|au|jusqu|demain|ce|dans|des|apres)\b))\b"
)
"""The askers say the link they have is dead or wrong ("le lien des statuts renvoie vers la v3"): only a link posted
after them may answer. "Broken" or "dead"
said of a link, not of anything ("happy to fix typos and broken examples"); "le bon lien" asked in doubt or among
several ("pas sûr d'avoir le bon lien", "c'est lequel le bon lien ?") says none is dead."""
_CHANGED = re.compile(
    r"\b(?:(?:links?|urls?|one) (?:has |have |got )?(?:been |is )?(?:changed|updated|replaced)|"
    r"(?:changed|updated|replaced) the (?:\w+ )?(?:link|url)|(?:fresh|different|another) (?:\w+ )?link|"
    r"(?:this|that|the above|above) (?:\w+ )?(?:link|one) is (?:old|outdated)|old link|"
    r"liens? (?:a |ont )?(?:change|ete change|ete modifie|modifie)|ancien lien|changement de lien|autre lien|"
    r"(?:il y a une|petite|une) coquille|faute de frappe dans le lien|"
    r"(?:creating|making|setting up|will (?:post|share|send|create|make|set up)) (?:a )?(?:new|fresh|different) "
    r"(?:one|link|room)|(?:je (?:cree|refais|remets|mets)|on (?:cree|refait|remet)) un (?:nouveau|autre) "
    r"(?:lien|salon)|"
    r"nouveau salon|(?:wrong|mauvais) (?:\w+ )?(?:link|lien)|"
    r"(?:j'ai|on a|je) (?:recree|refait|recreee?) (?:un|une) |(?:a|ont) ete (?:vandalisee?s?|effacee?s?|supprimee?s?)|"
    r"(?:change|changeons|changer|changement) d'(?:outil|adresse)|(?:change|changeons|changer|changement) de "
    r"(?:plateforme|salle virtuelle|salon|formulaire|logiciel)|nouvelle plateforme|nouveau formulaire|"
    r"(?:moved|switched|switching|moving) to (?:a )?(?:new|different) (?:platform|form|room)|"
    r"(?:link|lien|one|celui)[^.!?\n]{0,30}?\b(?:is|est|was|etait) (?:celui|the one|that|le lien) (?:de l'an dernier|"
    r"de l'annee derniere|de la saison derniere|of last year|from last year|of last term|from last term)|"
    r"(?:c'est|cest|that's|that is|it's|it is) (?:le |la |l'|the )?(?:\w+ ){0,2}?(?:de l'an dernier|"
    r"de l'annee derniere|de la saison derniere|of last year|from last year|last year's)|"
    r"(?:version|programme|planning) (?:a jour|mise? a jour|corrigee?|actualisee?)|nouvelle version|"
    r"(?:new|updated|corrected) version|(?:la|voici la|voila la) bonne version|"
    r"(?:voici|voila) le bon (?:lien|formulaire)|lien corrige|"
    r"ne l'utilisez pas|n'utilisez pas (?:ce|cet|le|la)|(?:don't|do not) use (?:it|this|that|the above)|"
    r"(?:c'est|ce n'est|cest) pas (?:le |la )?bon(?:ne)?|je remets le bon|"
    r"(?:that's|that is) (?:the )?(?:old|wrong) one|"
    r"(?:lien|link)[^.!?\n]{0,40}?\b(?:ne sera (?:pas|plus) utilise|ne servira (?:pas|plus)|"
    r"n'est plus (?:valable|valide|utilise)|won't be used|will not be used|is no longer (?:valid|used)))\b"
)
"""A post saying the link given before has changed ("the link has changed, a fresh one soon", "the room above is
last year's, I'm creating a new one", "je crée un nouveau salon", "attention, le lien ci-dessus est celui de l'an
dernier", "version à jour : …", "la bonne version : …", "wrong link, sorry", "Oups, c'est le formulaire de l'an
dernier ! Ne l'utilisez pas", "le lien Jitsi de l'annonce ne sera pas utilisé")."""
_FAMILIES = {
    "slides": r"slides?|presentations?|decks?|diapos?|diaporamas?|support de presentation|keynote|slideshare|"
    r"speakerdeck",
    "recording": r"recordings?|recorded|videos?|replays?|youtube|youtu\.be|vimeo|enregistre\w*|rediffusion",
    "notes": r"notes|minutes|compte[- ]rendus?|comptes[- ]rendus|cr|pv|proces-verbal|pad|hedgedoc|framapad",
    "data": r"data|datasets?|sample data|donnees|jeux de donnees",
    "report": r"rapports?(?: moral| financier| d'activites?)?",
    "guide": r"tutorials?|tutoriels?|tutos?|guides?|documentation|docs|manuals?|manuels?|how-?to",
    "syllabus": r"syllabus|syllabi|curriculum|course outline|question banks?|rubrics?|programme du cours",
    "notebook": r"notebooks?|colab|jupyter",
    "code": r"code|repo|repository|github|gitlab|scripts?",
    "proposals": r"cfp|calls? for (?:proposals|papers|talks|speakers|contributions)|(?:talk |session )?proposals?|"
    r"submit (?:a |your |my )?talks?|appels? a (?:contributions|ateliers|communications|propositions)|"
    r"proposer (?:un atelier|(?:un|des|vos|tes|ton|votre) sujets?)",
    "poll": r"sondages?|framadate|doodle|polls?|evento|rdv360",
    "form": r"forms?|formulaires?|registration|register|inscri\w*|sign[- ]?up|questionnaire|survey|rsvp|"
    r"framaforms|forms\.gle|helloasso|eventbrite|typeform|weezevent|billetterie|tally\.so",
    "agenda": r"agendas?|programmes?|program|schedule|planning|ordre du jour|odj|"
    r"(?:ajouter|proposer|ajoutez|proposez|rajouter|rajoutez) (?:des|vos|tes|vos propres) points",
    "ticket": r"hall ?tickets?|admit ?cards?|convocations?",
    "rules": r"reglements? interieurs?|house rules|code of conduct",
    "contract": r"contrats?|contracts?",
    "call": r"join|rejoindre|zoom|google meet|meet\.google|jitsi|meet\.jit\.si|teams|webex|whereby|visio\w*|"
    r"connexion|bigbluebutton|bbb",
}
SUBJECT_FAMILIES = frozenset({"rules", "contract"})
"""Families a link's words may name as what it is about ("permanence juridique (statuts, baux, contrats de travail)"
in visio): they tell the règlement from the contract asked, not a call from a document."""
_FAMILY_KIND = {
    "recording": "recording",
    "form": "registration",
    "poll": "registration",
    "proposals": "registration",
    "call": "meeting",
}
"""The kind of link each family is (the others are documents)."""
_FAMILY_RE = {name: re.compile(rf"(?<![a-z0-9])(?:{words})(?![a-z0-9])") for name, words in _FAMILIES.items()}
"""What a request names within a kind ("the slides" is a document, so is "the documentation"): a
link answers only when its own words name the same."""


_PART_OF_DAY = re.compile(r"\b(morning|forenoon|afternoon|evening|night|matin|matinee|apres-midi|soir|soiree)\b")
"""The part of a day a session or a batch is of ("the evening batch", "l'atelier du soir")."""
_GROUP = re.compile(r"\b((?i:groupe|group|section|batch|slot|cohort|team|[ée]quipe))s?\s?#?([A-H]|\d{1,2})\b")
"""A group of the askers a session or a link is for ("Group 2", "section B", "groupe A": a letter in
capitals, "group a bit later" naming none)."""
_MORE_GROUPS = re.compile(r"(?:\s?(?:,|&|/|\+|\band\b|\bet\b)\s?)#?([A-H]|\d{1,2})\b")
"""The other groups of a list after the first ("Section B & C", "groups 2, 3 and 4", "groupes A et B")."""
_GROUP_WORD = {"groupe": "group", "equipe": "team"}
_NOT_A_BATCH = re.compile(
    r"\bgood (?:morning|afternoon|evening|night)\b|\bbonne (?:soiree|apres-midi|nuit)\b|"
    r"\b(?:ce|cette|this|tomorrow|yesterday|demain|hier|last|tonight's) (?:matin|matinee|morning|soir|soiree|evening|"
    r"apres-midi|afternoon|night|nuit)\b"
)
"""Parts of a day that name none of a session's: a greeting, or a day's part said from the day of writing ("le lien
de la permanence de ce matin", "this morning's call"): when, not which batch."""


def things_asked(text: str) -> set[str]:
    """What a text names precisely: numbered things ("session 4", "GA6"), days ("Tuesday's call"), parts
    of a day ("the evening batch"; a greeting names none) and groups ("group 2", "section B")."""
    folded = fold(text)
    parts = set(_PART_OF_DAY.findall(_NOT_A_BATCH.sub(" ", folded)))
    return subjects(text) | set(_DAYS.findall(folded)) | parts | groups_named(text)


def groups_named(text: str) -> set[str]:
    """The groups a text names, each as its word and its letter or number ("sectionb", "group2"), those of a
    list too ("Section B & C" names "sectionb" and "sectionc")."""
    found = set()
    for m in _GROUP.finditer(text):
        word = _GROUP_WORD.get(fold(m.group(1)), fold(m.group(1)))
        found.add(f"{word}{m.group(2).lower()}")
        at = m.end()
        while more := _MORE_GROUPS.match(text, at):
            found.add(f"{word}{more.group(1).lower()}")
            at = more.end()
    return found


def families(text: str) -> set[str]:
    """The things of `_FAMILIES` a text names; a form to propose a talk is that, not any form ("the CFP form")."""
    folded = unclocked(fold(text))
    found = {name for name, rx in _FAMILY_RE.items() if rx.search(folded)}
    return found - {"form"} if "proposals" in found else found


_HAD = re.compile(
    r"\b(?:(?:i|we)(?:'ve| have)? )?(?:got|have|found|received|can see) (?:the |your |a |an )?(?:[\w-]+ ){0,3}?"
    r"[\w-]+,? (?:but|though)\b"
    r"|\b(?:j'ai|on a) (?:bien )?(?:recu |eu |trouve |vu )?(?:le |la |les |l'|ton |votre )(?:[\w'-]+ ){0,3}?[\w'-]+,? "
    r"mais\b"
    r"|\b(?:je suis|on est|nous sommes) (?:deja |bien )?(?:sur|dans) (?:le |la |les |l')(?:[\w'-]+ ){0,2}?[\w'-]+,? "
    r"mais\b"
    r"|\b(?:merci|thanks|thank you) (?:pour|for)\b[^.!?\n]{0,60}[!.]"
)
"""What the asker says they have, before what they ask ("got the demo repo but I don't see the slides link", "j'ai
bien reçu le budget mais pas le rapport"), or thanks for ("Merci pour la visio d'hier ! Le tableau que Gaëlle a montré,
vous avez le lien ?"): not asked."""


_ONLY_THERE = re.compile(
    r"(?:\b(?:not|no|pas|aucune?|nowhere)\b[^.!?\n]{0,80}?,\s*(?:mais |but )?(?:seulement|uniquement|juste|only|just) |"
    r"\b(?:there(?:'s| is| are) only|il n'y a que|il n'y a qu'|y a que|y a qu'|i (?:only|just) (?:see|found|got|have)|"
    r"je (?:ne )?(?:vois|trouve|retrouve) que|je n'ai que|j'ai juste|j'ai seulement) )"
    r"(?P<had>(?:the |la |le |les |l'|une? |a )?[\w-]+)"
)
"""What a request says is all there is ("the slides are not in the post, only the video", "les slides ne sont pas
dans le message, seulement la vidéo", "there's only the recording"): had, not asked."""


def unhad(text: str) -> str:
    """The folded text without what it says is all there is (`_ONLY_THERE`): what it lacks is left to read."""
    return _ONLY_THERE.sub(lambda m: m.group(0)[: m.start("had") - m.start()], fold(text))


def families_asked(group: RequestGroup) -> set[str]:
    """What the requests' asking sentences name (a "+1" names nothing), but for what they say they have or is all
    there is ("the solution pdf is not there, only the video": the pdf); when they name nothing, not even a kind of
    link ("vous avez le lien ?"), what the sentences before them name ("Le compte-rendu est sorti ? vous avez le
    lien ?": the minutes, not the slides)."""
    named = set().union(*(families(lacking(sentence)) for sentence in group.asking))
    if named or kinds_of(" ".join(group.asking)):
        return named
    return families(lacking(group.text))


def families_had(group: RequestGroup) -> set[str]:
    """What the requests' asking sentences say the askers have or is all there is ("Je vois que le formulaire, elle
    est où la carte ?": the form): a link of only those things is not the one asked."""
    had: set[str] = set()
    for sentence in group.asking:
        folded = fold(sentence)
        had |= {f for m in _ONLY_THERE.finditer(folded) for f in families(m.group("had"))}
        had |= {f for m in _HAD.finditer(folded) for f in families(m.group(0))}
    return had


def lacking(text: str) -> str:
    """The folded text without what it says the writer has or is on ("je suis sur le pad mais je le trouve pas"), nor
    what it says is all there is: what they lack is left to read."""
    return _HAD.sub(" ", unhad(text))


_LINK_CLAUSE = re.compile(r"\s*(?:;|,\s*(?:and|et)\b|\b(?:but|whereas|mais|tandis que|alors que)\b)\s*")
"""Where a link's sentence turns to another thing ("Slides are linked below, and the demo repo is <link>")."""


def link_families(c: Candidate) -> set[str]:
    """The things a link's own clause names, else those its words around it name: in "Slides are linked below, and
    the demo repo is <link>" the link is the repository, not the slides. Its words before its address: "Ordre du
    jour provisoire : https://pad.example.org/…" is the agenda, whatever tool holds it."""
    own = _own_clause(c)
    for text in (own, c.context):
        if said := _things_held(families(text.replace(c.url, " ")), text.replace(c.url, " ")):
            return said | (families(c.url) - _ANY_DOCUMENT)
        if said := families(text):
            return said
    return set()


_ANY_DOCUMENT = frozenset({"notes"})
"""What a link's address may name that holds any document (a pad): its words say which."""
_TOOL = re.compile(r"(?<![a-z0-9])(?:pad|framapad|hedgedoc)(?![a-z0-9])")
"""The words of a tool that holds any document, counted as notes only when nothing else is said of it."""


def _things_held(said: set[str], text: str) -> set[str]:
    """What a link's words say it holds: "ajoutez vos points sur le pad" is the agenda, not notes, the pad being
    only where it is written."""
    if "notes" in said and len(said) > 1 and "notes" not in families(_TOOL.sub(" ", fold(text))):
        return said - {"notes"}
    return said


def _own_clause(c: Candidate) -> str:
    """The part of a link's sentence that holds it (`_LINK_CLAUSE`), up to an "and" after its address ("le règlement
    est ici <link> et le contrat vous est envoyé par mail"); empty when its address is not written there."""
    part = next((part for part in reversed(_LINK_CLAUSE.split(c.context)) if holds_url(part, c.url)), "")
    after = _AND_AFTER.search(part, part.rfind(c.url) + len(c.url)) if part else None
    return part[: after.start()] if after else part


_AND_AFTER = re.compile(r"\s(?:and|et)\s", re.IGNORECASE)
"""After a link's address, where its sentence goes on to another thing."""


OF_KINDS = frozenset({"meeting", "exam"})
"""The kinds of link a thing asked is often said to be of ("the minutes of the call", "the GA5 notebook")."""


def other_than_the_call(group: RequestGroup, wanted: frozenset[str]) -> bool:
    """A call's or an exam's link read as asked where the requests name a thing of another kind ("the
    minutes of the call", "the notebook link for GA5", "le compte-rendu de la visio … merci de partager
    le lien"): the call's or the exam's words only say what the thing is of, the thing is what is asked.
    The asking sentence's things, or the whole request's when that sentence names none."""
    if not wanted or not wanted <= OF_KINDS:
        return False
    if any(bound_kinds(sentence) == wanted for sentence in group.asking):
        return False  # "le lien de connexion", whatever else the sentence speaks of ("j'ai oublié de m'inscrire")
    said = {_FAMILY_KIND.get(f, "document") for f in families_asked(group) or _families_said(group)}
    return bool(said - wanted)


def _families_said(group: RequestGroup) -> set[str]:
    """What the requests name anywhere in their words (a "+1" names nothing)."""
    return {f for r in group.requests if not r.agreement for f in families(analyse(r.post).text)}


def says_dead(group: RequestGroup) -> bool:
    return any(dead_words(analyse(r.post).text) for r in group.requests)


def says_broken(group: RequestGroup) -> bool:
    """An asker says in French the link they have fails ("le lien me met une page d'erreur"), not only that they
    want a new one ("new link is not in the post"): the announcer is asked to look at theirs."""
    return any(broken_sentence(fold(analyse(r.post).text)) is not None for r in group.requests)


def dead_words(text: str) -> bool:
    """The text says a link is dead or wrong ("the link is not working", "le lien me met une page d'erreur")."""
    folded = fold(text)
    return _DEAD.search(folded) is not None or broken_sentence(folded) is not None


_ANOTHER_TERM = re.compile(
    r"\b(?:last|previous|past|earlier|old|older|prior) (?:terms?|years?|semesters?|sems?|batch(?:es)?|cohorts?|"
    r"editions?|runs?|offerings?)\b|\b(?:l'an|l'annee|l'edition|la promo|la saison) (?:derniere?|precedente|passee)\b|"
    r"\b(?:derniere|precedente|ancienne) (?:edition|promo|saison)\b|"
    r"\b(?:c'etait|c'etaient|it was|that was|those were) (?:ici|la|here|there)\b"
)
"""Words saying a thing is of another term, year or edition ("last term's recording", "celui de l'an dernier"), or
was, not is ("pour rappel la visio de septembre c'était ici")."""
_STAND_IN = re.compile(
    r"\b(?:mock|practice|sample|dummy|demo|trial|model) (?:tests?|quiz(?:zes)?|exams?|papers?|assessments?)\b|"
    r"\bmocks?\b|\bprevious years?'?s? (?:papers?|questions?)\b|\b(?:examens?|tests?|sujets?) blancs?\b|"
    r"\b(?:roe|oppe|quiz|exam|test)s? practice\b|\bpractice (?:sets?|roe|oppe|papers?)\b|"
    r"\b(?:version de test|version test|brouillon|test version|draft version|pour relecture|for review)\b|"
    r"\bne (?:vous )?(?:inscrivez|inscris|repondez|reponds) pas\b|\b(?:don't|do not) (?:register|sign up|fill)\b"
)
"""Words saying a thing stands in for the real one: for an exam ("the mock test", "sample paper", "examen blanc"), for
a form ("voilà la version de test pour relecture (ne vous inscrivez pas dessus)")."""


def another_version(text: str) -> bool:
    """The text says what it speaks of is another term's, year's or edition's, or a stand-in for an exam
    (a mock test): not the thing itself."""
    folded = fold(text)
    return _ANOTHER_TERM.search(folded) is not None or _STAND_IN.search(folded) is not None


def says_replaced(text: str) -> bool:
    """The text says a link is dead or has changed: the link given before it no longer holds."""
    folded = fold(text)
    return dead_words(text) or _CHANGED.search(folded) is not None


MONTH_NUMBER = {
    name: n
    for names in (
        "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
        "january february march april may june july august september october november december",
    )
    for n, name in enumerate(names.split(), start=1)
}
"""The months by their full names, French and English, folded: "septembre" is 9."""
OF_MONTH = "|".join(m for m in MONTH_NUMBER if m != "may")
"""The months by name but English "may", a modal verb more often than a month."""
_MONTH_OF = re.compile(rf"\b(?:de|d'|du mois de|of|in|from) ({OF_MONTH})\b|\b({OF_MONTH})'s\b")
"""A month a thing is said to be of ("le replay de janvier", "January's recording"); English "may" is left out, a
modal verb more often than a month."""


def months_asked(sentences: Iterable[str]) -> set[int]:
    """The months the sentences say their thing is of ("le replay de janvier": January)."""
    return {MONTH_NUMBER[m[1] or m[2]] for sentence in sentences for m in _MONTH_OF.finditer(fold(sentence))}


def announcement_of(group: RequestGroup) -> int:
    """The post the requests are about: the one the first request replies to, else the opening post."""
    return group.first.reply_to_post_number or 1


@dataclass(frozen=True)
class Reason:
    """Why scribe gives no link: a message of `links.why` and its values, kept as such so that
    each reader words it in its own language (the JSON output and the records in English, the
    readable preview in the forum's)."""

    key: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def words(self, messages: Messages) -> str:
        return messages.get(f"links.why.{self.key}", **self.values)

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "values": dict(self.values)}

    @classmethod
    def from_json(cls, data: object) -> Reason | None:
        """A reason stored by `to_json`; None for anything else (a record older than the keys)."""
        if not isinstance(data, dict) or not isinstance(data.get("key"), str):
            return None
        return cls(data["key"], dict(data.get("values") or {}))


def because(reason: str, **values: Any) -> Reason:
    """Why scribe gives no link: the message `links.why.<reason>` with its values."""
    return Reason(reason, values)


def reason_fields(reason: Reason | None) -> dict[str, Any]:
    """A reason as the JSON output and the records keep it: its English words (`why`) beside its
    message and values (`reason`); no reason, no words."""
    if reason is None:
        return {"why": "", "reason": None}
    return {"why": reason.words(Messages("en")), "reason": reason.to_json()}


COMPLETED_WITHIN = timedelta(minutes=30)
"""How soon after an announcement its author's next post still completes it ("Le lien serait mieux 😅 <url>")."""


def _completing(topic: Topic, home: int) -> int | None:
    """The post completing the announcement `home` with what it forgot: the very next post of the topic, by the same
    author, within `COMPLETED_WITHIN`. A link there is the announcement's own."""
    announced = topic.post(home)
    following = min((p for p in topic.posts if p.post_number > home), key=lambda p: p.post_number, default=None)
    if announced is None or following is None:
        return None
    same = following.username.lower() == announced.username.lower()
    return following.post_number if same and following.created_at - announced.created_at <= COMPLETED_WITHIN else None


def choose(
    found: Sequence[Candidate], topic: Topic, group: RequestGroup, wanted: frozenset[str], home: int | None = None
) -> tuple[Candidate | None, Reason | None]:
    """The answer among `found` (best first, each already of the kind asked), or None and why.
    `home`: the post the answer belongs to (by default the announcement the requests are about)."""
    # "inscrivez-vous sur le pad : <pad>" for "le pad pour s'inscrire": its own clause says it is of the kind asked,
    # its words another thing; it may be the one asked, so no ask saying it is missing
    said_of_kind = [c for c in found if kinds_of(_own_clause(c)) & wanted]
    found = fitting(found, group, wanted, topic)
    if not found and says_dead(group):
        return None, because("dead")
    if not found and said_of_kind:
        return None, because("said_other_there", post=said_of_kind[0].post_number)
    if not found:
        return None, None  # none of the thing asked: as if no link of its kind were there
    home = home or announcement_of(group)
    at_home = _distinct([c for c in found if c.post_number == home and c.topic_id == topic.id])
    if not at_home and (completing := _completing(topic, home)) is not None:
        at_home = _distinct([c for c in found if c.post_number == completing and c.topic_id == topic.id])
    asked = things_asked(group.text)
    if not wanted:
        if len(at_home) != 1 or len(_distinct([c for c in found if c.source != "after"])) != 1:
            return None, because("several_unnamed")
        if asked and not asked & things_asked(at_home[0].context):
            # "the GA 5 link" names no kind: only the link's own words say it is GA 5's, not the
            # announcement's heading (its one link may be the course page)
            return None, because("unnamed")
        return at_home[0], None
    named = _distinct([c for c in found if asked & _named(c, topic)]) if asked else []
    every = _distinct(found)
    if len(named) > 1:
        return None, because("named", count=len(named))
    if named or len(at_home) == 1:
        pick = named[0] if named else at_home[0]
        said = _named(pick, topic)
        if asked and not named and said:
            # the one link of the announcement is said to be another thing's ("Week 3 … Link: …" for week 4)
            return None, because("other_thing", post=pick.post_number, things=", ".join(sorted(said)))
    elif asked:
        return None, because("unnamed")
    elif len(every) == 1:
        pick = every[0]
    else:
        return None, because("several", count=len(every))
    newer = [c for c in every if c.source != "after" and (c.post_number or 0) > (pick.post_number or 0)]
    if newer and newer[0].topic_id == topic.id:
        if len(newer) == 1 and _replaces(newer[0], pick):
            return newer[0], None  # "Attention, nouveau lien pour la visio : …" by whoever gave the first
        if _of_the_month_asked(pick, newer, group):
            return pick, None  # "le replay de janvier" is January's, however many months' came since
        return None, because("newer", newer=newer[0].post_number, post=pick.post_number)
    return pick, None


def _of_the_month_asked(pick: Candidate, newer: Sequence[Candidate], group: RequestGroup) -> bool:
    """The requests name a month, the link picked is said to be of it, and none of the later ones is."""
    months = months_asked(group.asking)
    return bool(months & months_asked([pick.context])) and not any(months & months_asked([c.context]) for c in newer)


def _replaces(newer: Candidate, pick: Candidate) -> bool:
    """The later link is given in place of the one picked: by its author, in words of a link that replaces it."""
    if newer.post is None or pick.post is None:
        return False
    return newer.post.username.lower() == pick.post.username.lower() and says_replaced(analyse(newer.post).text)


def fitting(found: Sequence[Candidate], group: RequestGroup, wanted: frozenset[str], topic: Topic) -> list[Candidate]:
    """The links of `found` that may be the thing asked: posted after the requests when the askers
    say theirs is dead (unless a later post says it works again), not said to be another kind of thing, and saying
    they are the thing the requests name ("the slides"), when they name one."""
    if says_dead(group) and not revived(topic, group.first.post_number):
        found = [c for c in found if _after(c, group) or _the_replacement(c, found)]
    had = families_had(group)
    kept = [c for c in found if not _said_other(c, wanted) and not _had(c, had)]
    named_things = families_asked(group) if wanted else set()
    return [c for c in kept if named_things & link_families(c) or _on_the_tool(c, group)] if named_things else kept


def _on_the_tool(c: Candidate, group: RequestGroup) -> bool:
    """ "Le pad aussi stp" names only the tool: a link on a pad ("Ordre du jour à compléter sur le pad : …") is the
    one asked, whatever it holds, as a link's own words say what a pad holds (`_things_held`)."""
    asked = fold(" ".join(group.asking).strip() or group.text)
    if not _TOOL.search(asked) or "notes" in families(_TOOL.sub(" ", asked)):
        return False
    return bool(_TOOL.search(fold(c.url)) or _TOOL.search(fold(_own_clause(c))))


_REOPENED = re.compile(
    r"\b(?:c'est |il est |elle est |le formulaire est |les inscriptions sont )?(?:rouverte?s?|reouverte?s?)\b"
    r"(?![^.!?\n]*\?)|"
    r"\b(?:ca (?:re)?marche|ca fonctionne) (?:maintenant|a nouveau|de nouveau)\b(?![^.!?\n]*\?)|"
    r"\b(?:reopened|works now|working again)\b(?![^.!?\n]*\?)"
)
"""Words saying a link said dead works again ("C'est rouvert, même lien", "ça marche maintenant"), not asking it."""


def revived(topic: Topic, since: int, until: int | None = None) -> bool:
    """Whether a post between two (after `since`, before `until` if given) says the link said dead works again
    ("C'est rouvert, même lien"): it may be given again."""
    return any(
        since < p.post_number < (until or p.post_number + 1) and p.shown and _REOPENED.search(fold(analyse(p).text))
        for p in topic.posts
    )


def _after(c: Candidate, group: RequestGroup) -> bool:
    return c.post_number is not None and c.post_number > group.first.post_number


def _the_replacement(c: Candidate, found: Sequence[Candidate]) -> bool:
    """Whether the link is the newest of those found and its post says it replaces the one before ("⚠️ Changement de
    lien : … Nouveau lien, l'ancien ne marche plus : <link>"): the one an asker stuck on the old link wants."""
    newest = max((f.post_number or 0 for f in found), default=0)
    return (
        c.post is not None
        and c.post_number is not None
        and c.post_number == newest > 1
        and says_replaced(analyse(c.post).text)
    )


def _had(c: Candidate, had: set[str]) -> bool:
    """Whether the link is only of things the askers say they have (`families_had`)."""
    own = link_families(c)
    return bool(own) and own <= had


def _said_other(c: Candidate, wanted: frozenset[str]) -> bool:
    """A link its own words call another kind of thing than the one asked ("Slides of today's session:
    …" for the session's call link), unless its host is of the kind asked."""
    if not wanted or url_kind(c.url) in wanted:
        return False
    said = {_FAMILY_KIND.get(f, "document") for f in families(c.context) - SUBJECT_FAMILIES}
    return bool(said - wanted - {"meeting"})  # a call's words name what a document or a recording is of


def _named(c: Candidate, topic: Topic) -> set[str]:
    """The things a link's own words name; else those of the nearest line above it naming any; else its
    heading's (the topic title, a meeting's title)."""
    own = things_asked(c.context) or things_asked(c.heading)
    if own:
        return own
    heading = " ".join(t for t in (c.title, topic.title if c.post_number == 1 else None) if t)
    return things_asked(heading)


def _distinct(found: Sequence[Candidate]) -> list[Candidate]:
    """One candidate per URL (the best, `found` being best first)."""
    seen: set[str] = set()
    out = []
    for c in found:
        key = c.url.rstrip("/").lower()
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
