"""The offline synthesis: extractive, French and English, every post read, no model.

It has the shape of a debate, like the model's: the question (from the opening post),
what was decided (only by staff, organisers, the topic's author or whoever announced
its meetings, or the answer the asker accepted, marked or thanked; the latest decision on
a subject wins), positions grouped by theme with who holds them and the objections raised
against them (the latest answer to the thread's question always among them, however
short), open questions (asked with or without a question mark) and what comes next (what others
will do, foretold only by whoever may decide).

Sentences are scored by their similarity to the thread's TF-IDF centroid (what the
thread keeps talking about), with likes as a prior. Greetings, thanks, "+1", requests
for a link and remarks about the thread itself are never content. Nor are, among positions and
open questions, pleas, pieces of sentences, questions put to one member and, in a thread many
members write in, one member's own case: a moderator reads each point alone. Themes are phrases
several members used (never a word of the title, a username or a greeting).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property, lru_cache
from operator import itemgetter

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from bot.models import Post, Topic
from bot.text import GREETING, analyse, fold, is_noise
from handlers.proposals.cited import cited_posts
from handlers.summaries.choice import Weighed
from handlers.summaries.model import Draft, Point, Position, Theme
from handlers.summaries.outcome import MAX_ANSWERERS, accepted_answers, answers
from handlers.summaries.text import QUESTION, STOP, sentences

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)

AGREE = re.compile(
    r"\b(d'accord|je rejoins|je plussoie|je partage|je suis pour|exactement|tout a fait|bravo|"
    r"agree|agreed|same here|exactly|good point|well said|i support|seconded)\b|(?:^|\s)\+1(?![=\d])",
)
DISAGREE = re.compile(
    r"\b(pas d'accord|desaccord|je ne suis pas (sur|convaincu|d'accord)|je ne pense pas|au contraire|je comprends mal|"
    r"je ne vois pas|pas convaincu|je doute|je regrette|nous regrettons|pourquoi penser|je m'interroge|"
    r"il ne faut pas|je precise|"
    r"disagree|i don't think|i do not think|not convinced|on the contrary|i doubt|not so sure|that's not true|"
    r"(?:this|that|it) (?:is|'s) (?:not correct|incorrect|wrong))\b",
)
_ACTED = (
    r"(decided|moved|extended|postponed|cancell?ed|approved|closed|fixed|resolved|updated|reopened|held|conducted|"
    r"released|published|allowed|accepted|considered|given|evaluated|graded|counted|announced|shared|changed|"
    r"rescheduled|added|removed|granted|rejected|awarded|set)"
)
_AGREED = r"(agreed|approved) (at|in|during|by) the (meeting|committee|board|call)"
"""A choice made where decisions are taken; other choices in plain words are read by `choice`."""
DECIDE = re.compile(
    rf"\b({_AGREED}|decid\w*|decision\w*|retenu\w*|valide\w*|acte\w*|nous allons|ne sera pas|"
    r"sera (fait|organise|publie|prolonge|reporte|annule|maintenu)\w*|prochaine etape|"
    r"a ete (decide|valide|retenu|prolonge|reporte|annule|fixe)\w*|"
    r"avons (decide|retenu|valide)|annul\w*|report\w*|prolong\w*|"
    rf"(i|we) (have |'ve )?(enabled|created|fixed|{_ACTED[1:-1]})|"
    rf"decided|decision|will (not |never )?be {_ACTED}|won't be {_ACTED}|(has|have) been {_ACTED}|"
    r"next step|approved|final (decision|answer|date|deadline|word)|deadline|extended|"
    r"cancell?ed|postponed|not possible|cannot be|can't be|is closed|policy|not allowed|is allowed|are allowed|"
    r"permitted|never get)\b",
)
STRONG_DECIDE = re.compile(
    rf"\b({_AGREED}|decid\w*|decision\w*|retenu\w*|avons (decide|retenu|valide)|"
    # "validé en réunion", "approuvé par le bureau": the French "approved at the meeting"
    r"(valide|approuve)e?s? (en|lors de la|par le|par la|par l'|au|a la|a l') ?(reunion|conseil|bureau|comite|"
    r"assemblee|ag|ca|ago|age)|"
    r"decided|decision|approved|final decision|resolved|solved|closing this|will be (held|extended|postponed)|"
    r"(i|we) (have |'ve )?(created|enabled|fixed))\b"
)
NOT_DECIDING = re.compile(
    r"\b((your|their|his|her|votre|vos|leur|leurs|ta|sa) (final )?decisions?|would (\w+ )?appreciate|"
    r"(serais|serions) (\w+ )?reconnaissante?s?|vous saurai[st] gre)\b"
)
"""Someone else's decision, or a plea ("I respect your decision but…", "I would appreciate…"): not a decision."""
HEDGE = re.compile(
    r"\b(i think|i guess|i believe|i assume|i'm not sure|i am not sure|not sure|maybe|perhaps|probably|or something|"
    r"i suppose|it seems|je pense|je crois|il me semble|peut-etre|sans doute|je ne suis pas sure?|je suppose)\b"
)
"""A guess ("I think…", "I'm not sure…", "il me semble…") states no decision, whoever writes it,
unless the asker marked that very post as the solution."""
REQUEST = re.compile(
    r"\b(please|pls|plz|kindly|request\w*|sir|ma'?am|can you|could you|would you|can we|could we|"
    r"s'il vous plait|svp|stp|pourriez|pouvez-vous|merci de)\b"
)
STANCE = re.compile(
    r"\b(il faut|il faudrait|doit|doivent|devrait|devraient|je pense|selon (moi|nous)|pour moi|a mon avis|"
    r"je crois|propos\w*|important|essentiel|necessaire|risque|enjeu|plutot|"
    r"should|must|need to|needs to|i think|i believe|in my opinion|imo|better|important|propose|suggest\w*|"
    r"recommend\w*|worth|instead)\b"
)
NARRATIVE = re.compile(
    r"\b(a ete|ont ete|avons (eu|fait|pris|monte|ete)|avions|avait|avaient|etait|etaient|il y a \d+ ans|en \d{4}|"
    r"was|were|had|last (year|week|month)|ago)\b"
)
COURTESY = re.compile(
    r"\b((grateful|thankful|appreciate)\b[^.!?]{0,40}\b(consideration|understanding|patience|time)|"
    r"thank(s| you) (in advance|for your (time|consideration|understanding|patience))|merci (d'avance|par avance)|"
    r"(je|nous) vous remerci\w* (d'avance|par avance|pour votre (comprehension|attention|patience))|"
    r"(your|votre) (kind |aimable )?consideration|apologies for any inconvenience)\b"
)
"""Thanks for a reader's time, pleas for goodwill ("grateful for your consideration"): courtesy,
not a position; thanks for something asked ("grateful for your suggestions") may still be one."""
SUGGESTS = re.compile(r"(?:^|\W)(?:et si|pourquoi ne pas|why not|how about|what about|shall we)\b")
"""A suggestion put as a question ("Et si l'observatoire demandait… ?"): a proposal, not an open question."""
ASIDE = re.compile(r"\s*\([^()]*\)\W*$")
"""A closing aside in brackets: "… (et à retravailler ?)" does not make the sentence a question."""
RHETORIC = re.compile(r"(?:,|\s)\s*(?:pas vous|non|n'est-ce pas|right|isn't it|don't you think)\s*\?\W*$")
"""A question asked for effect ("…, pas vous ?", "…, right?"): rhetoric, not an open question."""
MIN_DECISION_TERMS = 2
"""Content words a decision needs: the act and what it acts on ("the deadline is extended")."""
REPORTED = re.compile(
    r"\b(he|she|they|someone|sir|ma'?am) (said|told (me|us)|says|replied|mentioned)\b|"
    r"\b(il|elle|ils|elles|on) (m'|nous )?a (dit|repondu|explique)\b|\b(m'|nous )(a|ont) (dit|repondu)\b"
)
"""What another said ("he said that we will…", "il m'a dit que…"): hearsay, not a next step announced."""
FORETOLD = re.compile(
    r"\b(will (?:not |never )?be|won't be|(?:is|are) going to be|(?:is|are) expected (?:to|by|on)|shall be|"
    r"deadline (?:is|has been|will)|sera|seront|va etre|vont etre|date limite|echeance)\b"
)
"""What others will do or decide, foretold ("Results will be announced by Friday", "la date limite sera
repoussée"): a next step when staff, the topic's author or an announcer says it; a member's guess
otherwise, left out. A member's own plan ("we will share our notes") and what is there now ("the notes
are here") stay, cited as theirs."""
MAX_NEXT_WORDS = 60
"""A longer sentence tells a story; a next step is said in a line."""
_ME = r"\b(?:i|we)(?:'m| am| are| m|m)?(?: also| still| now| really| keep| kept)?"
_TROUBLE = r"(?:issue|problem|trouble)s?\b(?! (?:tracker|report|page|number|list|template))"
_HELP_TO = (
    r"(?! (?:(?:me|us) )?(?:to )?(?!(?:me|us|with|out|understand|fix|solve|resolve|figure|find|get|debug|sort|"
    r"access|submit|open|download|install|log|in|on|regarding|please|pls|plz|kindly|i|sir|ma'?am|mam|here|this|"
    r"know|see|check|clear|what|how|why|where|if|whether)\b)[a-z]+\b)"
)
"""Help with a chore ("can anyone help me carry the tables?"): a hand asked, not a problem; help to
understand, fix or find something, or help left unsaid, is one."""
_AIDER_A = (
    r"(?! a (?!(?:comprendre|corriger|resoudre|trouver|acceder|soumettre|ouvrir|telecharger|installer|me connecter|"
    r"recuperer|retrouver|regler)\b)[a-z]+\b)"
)
"""The same in French ("quelqu'un peut m'aider à porter les tables ?")."""
PROBLEM = re.compile(
    rf"{_ME} (?:getting|facing|experiencing|got|get)\b.{{0,40}}\berrors?\b|"
    r"\b(?:getting|facing|got) (?:an? |the |this |same )?errors?\b|"
    r"\bstill (?:get|getting|facing|have|having) (?:the same|same|this|that)\b.{0,40}\b(?:issue|problem|error)s?\b|"
    r"\b(?:is|are|keeps?) (?:giving|throwing|showing) (?:an? |the |this |same )?errors?\b|"
    rf"{_ME} (?:getting|get|facing|experiencing|having|have|had|got|ran into|run into) (?:this|the same|same|that|"
    rf"these|an?|similar|a similar|the following|some|two|several|many)\b.{{0,40}}\b{_TROUBLE}|"
    rf"{_ME} (?:having|have|facing|getting) (?:issues|problems|trouble|errors)\b|"
    rf"{_ME} (?:not getting|not able to|unable to|cannot|can ?not|can't|couldn't|could not|do not understand|"
    r"don't understand|did not get|didn't get) (?:why|how|what|where|the|my|any|it|access|see|find|open|submit|"
    r"get|download|log ?in|understand)\b|"
    r"\bmy (?:\w+ ){0,3}(?:score|marks?|answer|grade|result|submission|status|attendance|dashboard|code|output|"
    r"repo(?:sitory)?|project|assignment|exam)s?\b.{0,40}\b(?:showing|shows|zero|absent|incorrect|wrong|not "
    r"(?:submitted|updated|showing|visible|evaluated|working)|missing|empty|failed|failing|reset\w*)\b|"
    r"\b(?:it|it's|its|still|but) (?:is |was |keeps )?(?:showing|shows|marked|marking)(?: as| me)? \W?"
    r"(?:incorrect|wrong|absent|zero|0|not submitted|failed|error)\b|"
    r"\b(?:can|could) (?:anyone|someone|somebody|anybody) (?:please |kindly |pls )?"
    rf"(?:help\b{_HELP_TO}|(?:guide|assist|tell|explain)\b)|"
    rf"\b(?:please|pls|plz|kindly) (?:help\b{_HELP_TO}|(?:guide|assist|suggest me|tell me)\b)|"
    rf"\bneed (?:your |some |urgent )?help\b{_HELP_TO}|\bhelp me\b{_HELP_TO}|"
    r"\banyone (?:have|has|having|got) (?:any )?idea\b|"
    r"\b(?:j'ai|nous avons|j'obtiens|je rencontre)(?: aussi| toujours| encore)? (?:cette|la meme|le meme|une|un|ce)\b"
    r".{0,40}\b(?:erreur|probleme|souci)s?\b|"
    r"\b(?:j'ai|j'obtiens|nous avons) (?:une |des |l')?erreurs?\b|"
    r"\bje (?:n'arrive pas a|ne parviens pas a|ne comprends pas (?:pourquoi|comment|ce qui)|ne vois pas (?:pourquoi|"
    r"comment|ou))\b|"
    r"\b(?:ma|mon|mes) (?:\w+ ){0,3}(?:note|notes|score|reponse|resultat|rendu|projet|devoir|copie)s?\b.{0,40}"
    r"\b(?:zero|absente?|incorrecte?|fausse?|faux|manquante?|vide|pas (?:prise?|comptee?|enregistree?|a jour))\b|"
    r"\b(?:ca|cela|il|elle) ne (?:marche|fonctionne|s'affiche|s'ouvre) (?:pas|plus)\b|"
    rf"\b(?:quelqu'un|qqn) (?:peut|pourrait|saurait)(?:-il)? m'(?:aider\b{_AIDER_A}|expliquer\b)|"
    rf"\baidez[- ]moi\b{_AIDER_A}|"
    r"\b(?:besoin d'aide|merci de m'aider|pouvez-vous m'aider|pourriez-vous m'aider)\b"
)
"""A problem reported or help asked for ("In question 4 I got error", "I am not getting why my score is
zero", "can someone help with this error", "je n'arrive pas à ouvrir le lien", "ma note affiche zéro"):
the thread's question again, not a position, with or without a question mark."""
POLICY = re.compile(
    r"\b(?:rules?|polic(?:y|ies)|decisions?|proposals?|plans?|rotas?|criteria|budgets?|funds|funding|votes?|"
    r"motions?|charter|regles?|reglements?|politiques?|propositions?|criteres|fonds|financements?|"
    r"repartition|repartir|charte|(?:facon|maniere) de)\b"
)
"""What a debate is about: a rule, a decision, a proposal, a budget."""
SUPPORT = re.compile(
    r"\b(?:errors?|bugs?|crash\w*|scores?|marks?|grades?|grading|submissions?|submit\w*|accounts?|log ?in|login|"
    r"passwords?|exercises?|assignments?|quiz\w*|exams?|dashboards?|code|install\w*|download\w*|links?|erreurs?|"
    r"notes?|rendus?|devoirs?|comptes?|connexion|connecter|mot de passe|exercices?|soumettre|soumission|copies?|"
    r"liens?|telecharg\w*)\b"
)
"""What a support problem is about: a tool, an account, an exercise, a score, an error."""


def _problem(s: Sentence) -> bool:
    """A problem reported or help asked for; not an objection to a rule or a decision ("I have a
    problem with the new rota", "je ne comprends pas pourquoi on change les critères"), which is a
    position, unless it names a tool, an account, a score or an error too."""
    return bool(PROBLEM.search(s.folded)) and not (POLICY.search(s.folded) and not SUPPORT.search(s.folded))


_VOCATIVE = r"^\W*(?:(?:sir|ma'?am|madam|mam|hi|hello|dear|team|all|everyone|monsieur|madame|bonjour)\W+)*"
ASKS = re.compile(
    _VOCATIVE + r"(?:any|anyone|anybody|is there|are there|"
    r"(?:how|what|when|where|why)(?! (?:i|we|you|u|they|he|she|it|a|an|the|my|our|your|this|that|these|those)\b)|"
    r"does|did|"
    r"(?:can|could|will|would|should|shall|is|are|has|have)(?!['’]|n't) (?:i|we|you|u|they|he|she|it|the|this|that|"
    r"these|those|there|my|our|any|anyone|someone)|est-ce que|est-ce qu'|comment|pourquoi|quand|quel|quelle|quels|"
    r"quelles|combien|y a-t-il|peut-on|faut-il|doit-on)\b"
)
"""A question asked without its question mark ("any notes on what the exam covers", "will the labs
count", "est-ce que la séance est enregistrée"): an ask, never a position. "When I ran it, …",
"What the grader wants is…" open a clause, not a question; "Which…", "Whether…" rarely ask."""
ASK_LEAD = re.compile(
    r"\b(?:(?:i|we) (?:just |also )?(?:(?:wanted|want|would like|'d like|wish) to (?:ask|know|enquire|inquire|request)"
    r"(?: you| u)?|(?:was|am|were) wondering)|(?:i|we) (?:kindly |humbly )?request (?:you|u)|"
    r"(?:i|we) (?:have|had) (?:a|one|some|a few|few|two) "
    r"(?:small |quick )?(?:questions?|doubts?|quer(?:y|ies))|je (?:voulais|voudrais|souhaite|souhaiterais|aimerais) "
    r"(?:savoir|demander|vous demander)|je me demande|(?:j'ai|nous avons) une (?:petite )?question)\b"
)
"""A member announcing they ask ("I wanted to ask for a quick suggestion", "I request you to share…",
"je voulais savoir…"): an ask, or a request the proposals feature reads, never a position."""
ASKED = re.compile(
    r"^\W*(?:whether|if|how|what|when|where|which|who|why|about|regarding|si|comment|quand|pourquoi|quel|quelle|quels|"
    r"quelles|combien|ou|sur)\b"
)
"""What follows `ASK_LEAD` when the ask is said in the sentence ("…to know whether the labs count")."""
PLEA = re.compile(
    r"^\W*(?:(?:yes|yeah|yup|oui|ok|okay)\W+(?:(?:sir|ma'?am|mam|madam|monsieur|madame)\W+)?"
    r"(?:please|pls|plz|kindly|s'il vous plait|svp|stp|do it|this (?:will|would) help|it (?:will|would) help)|"
    r"\+ ?1|same (?:request|here)|me too|moi aussi|(?:i|we) (?:also |too )?request the same|"
    r"(?:je|nous) (?:soutiens|soutenons|appuie|appuyons) (?:cette|la) demande|please do|oui,? svp)(?:\W|$)"
)
"""A plea that backs a request ("Yes sir please it will help us", "+1 it will help", "oui svp"): support
for the request it answers, counted by the proposals feature, not a position of its own."""


def _asks(s: Sentence) -> bool:
    """A question put without its question mark, or an ask announced."""
    return bool(ASKS.match(s.folded) or ASK_LEAD.search(s.folded))


def _asks_something(s: Sentence) -> bool:
    """An ask without its question mark that says what it asks: an open question, unlike an ask
    announced alone ("I wanted to ask for a suggestion", the question comes next) or help asked
    ("can someone help me with this error": the thread's question again)."""
    if _problem(s):
        return False
    if ASKS.match(s.folded):
        return True
    lead = ASK_LEAD.search(s.folded)
    return bool(lead and ASKED.match(s.folded[lead.end() :]))


UNMARKED = 0.7
"""An ask without its question mark is less surely a question: one with its mark comes first."""
_SUBORDINATE = r"^(since|because|as|although|though|whereas|puisque|parce que|car|bien que|alors que)\b"
FRAGMENT = re.compile(_SUBORDINATE + r"[^,;:]*$")
"""A subordinate clause left alone ("Since all the answers are positive."): its main clause is elsewhere."""
CONTINUED = re.compile(_SUBORDINATE)
"""The same clause in lower case, commas and all ("because it checks the answer each time, …"): it goes on
from the sentence before it."""
DANGLING = re.compile(
    r"(?:^|\s)(?:and|but|or|so|because|like|the|a|an|to|of|for|with|is|are|as|following|below|from|in|on|at|by|if|"
    r"that|then|et|mais|ou|donc|car|comme|le|la|les|un|une|de|des|du|pour|avec|par|dans|sur|si|que|suivant)\W*$"
)
"""A sentence that stops on "but", "like", "the" with no full stop: cut where an image, a code block or a
line break took over ("able to fix most of the errors but")."""
POINTING = re.compile(
    r"\b(?:following|below|above|attached|this (?:picture|image|screenshot|photo|pic|snapshot)|ci-dessous|ci-dessus|"
    r"ci-joint|suivante?s?|cette (?:image|capture|photo))\b"
)
"""A sentence about what the post shows beside it ("the following error", "the score below", "this picture"):
out of its post it points at nothing."""
SHOWN_TROUBLE = re.compile(
    r"\b(?:this|that|the same|same) (?:issue|error|problem)s?\b|"
    r"\b(?:cette|la meme|ce|le meme) (?:erreur|probleme|souci)\b"
)
"""A trouble pointed at ("anyone else faced this issue?", "same problem here"): the one the post shows, not
named; unless it is announced solved ("That problem has been fixed")."""
SUBJECTLESS = re.compile(r"^not (?!(?:all|every|only|many|much|everyone|everything|a|one)\b)")
"""A reply that lost its subject ("Not available yet at the exam portal", "Not able to get the links")."""
LOG_LINE = re.compile(r"^\W*(?:error|exception|traceback|warning|expected|actual|output|erreur)\b[^:]{0,20}:")
"""A line of a program's output ("Error: At [10].year: Values don't match."): a message pasted, not a sentence."""


def _fragment(s: Sentence) -> bool:
    """A piece of a sentence, or one that needs its post to be understood: a clause left alone, one
    that stops mid-phrase, one pointing at an image or a code block, a line of a program's output."""
    f = s.folded
    if FRAGMENT.match(f) or (s.text[:1].islower() and CONTINUED.match(f)):
        return True
    if not re.search(r"[.!?…:;)\"”»]\s*$", s.text) and DANGLING.search(f):
        return True
    if SUBJECTLESS.match(f) or POINTING.search(f) or LOG_LINE.match(f):
        return True
    if SHOWN_TROUBLE.search(f) and not DECIDE.search(f):
        return True
    if _heading(s.text):
        return True
    return s.words <= SHORT and bool(LEANING.search(f))


def _heading(text: str) -> bool:
    """A title line ("Time Zone Issues with the List Files Question"): no full stop and most of its
    words capitalised; it names a subject, it states nothing."""
    if re.search(r"[.!?…:;]\W*$", text):
        return False
    found = re.findall(r"[^\W\d_][\w'’-]*", text)
    return len(found) >= 3 and 2 * sum(1 for w in found if w[0].isupper()) >= len(found)


SHORT = 9
LEANING = re.compile(r"\b(?:it|ca|cela|ceci)\b|\b(?:this|that|them)\W*$")
"""A short sentence resting on "it", "this", "ça" ("I'd suggest you try that", "No, it is 45 minutes short"):
what it speaks of is in the post it answers."""


FIRST_PERSON = re.compile(
    r"\b(?:i(?!\.e\b)|i'm|i've|i'd|i'll|im|me|my|mine|myself|je|j'|moi|mon|ma(?!'am)|mes|m')(?=\W|$)"
)
OWN_CASE = re.compile(r"\b(?:in my case|dans mon cas)\b")
SELF_STANCE = re.compile(
    r"\bi (?:\w+ )?(?:need|should|must|have to|had to)\b|"
    r"\b(?:think|believe|feel|guess|understand) (?:that )?(?:i|my)\b|"
    r"\bje (?:\w+ )?(?:dois|devrais|devais)\b|\bil faut que je\b|\b(?:pense|crois) que (?:je|j'|mon|ma|mes)\b"
)
"""What the writer must do or believes of their own case ("I still need to finish my project", "I believe
my answer is correct", "je dois encore rendre mon projet"): their story, not a view on the thread's question."""


def _own_story(s: Sentence, who: Roles, crowded: bool) -> bool:
    """What happened to the writer ("I submitted my assignment twice", "My last submission was at
    1:47", "j'ai rendu mon devoir hier"), or one member told about their own case ("I can confirm
    your score is 90", "you are using the wrong key"; not what will be done for all), in a thread
    many members write in (`crowded`): one person's story among many, not a view others can weigh.
    In a thread about one member's case, that case is the subject. A view put in the first person
    ("I think…", "je pense qu'il faut…", "I don't agree") is one, unless it is about the writer's
    own case only ("I don't think it is added in my case", `SELF_STANCE`). Staff, organisers and announcers
    speak for the forum: what they did is news."""
    if not crowded or who.official(s.post):
        return False
    told = _figures_for_one(s.folded) or YOU_DID.search(s.folded)
    if OWN_CASE.search(s.folded) or (told and not FORETOLD.search(s.folded)):
        return True
    opinion = STANCE.search(s.folded) or HEDGE.search(s.folded) or DISAGREE.search(s.folded)
    return bool(FIRST_PERSON.search(s.folded)) and not (opinion and not SELF_STANCE.search(s.folded))


YOU_DID = re.compile(
    r"\byou (?:\w+ly )?(?:did|didn't|did not|submitted|used|made|wrote|had|are \w+ing|were \w+ing)\b|"
    r"\byour \w+(?:'s)? (?:logic|code|url|query|method)\b|"
    r"\b(?:vous|tu) (?:avez|as) (?:rendu|soumis|utilise|oublie|envoye)\b"
)
"""What one member did, told to them ("you are using the wrong key", "you submitted at 1:48", "vous avez
rendu après la date"): a diagnosis of their case."""
SECOND_PERSON = re.compile(r"\b(?:you|your|u|vous|votre|vos|tu|ton|ta|tes)\b")
SCORE_WORDS = re.compile(r"\b(?:scores?|scored|marks?|grades?|got|notes?|points?)\b")
NAMED_BY = re.compile(
    r"(?:ga|week|weeks|q|question|questions|module|task|project|lab|assignment|roe|no|number|part|level|step|version|"
    r"v|chapter|unit|exercise|tp|semaine|exercice|partie)"
)
FIGURE = re.compile(r"(?<![\w.#:/-])\d+(?:[.:]\d+)?(?![\w/-])")


def _figures_for_one(folded: str) -> bool:
    """One member told their own figures ("your score is 70", "you got 20", "vous avez eu 14 points"):
    a number given as a score to "you", not one that names a week, a question or a lab."""
    if not (SECOND_PERSON.search(folded) and SCORE_WORDS.search(folded)):
        return False
    for m in FIGURE.finditer(folded):
        before = folded[: m.start()].split()
        if not before or not NAMED_BY.fullmatch(before[-1].strip("(#:")):
            return True
    return False


INSTRUCTION = re.compile(
    r"\b(?:please|pls|plz|kindly|merci de|veuillez) (?:make sure|ensure|note|remember|be sure|do not|don't|avoid|"
    r"refer|read|follow|keep|bien|noter|vous assurer|ne pas|lire|consulter)\b"
)
"""An instruction with a "please" ("Please make sure the server runs when you submit"): advice for all."""


ADDRESSED = re.compile(r"\b(?:sir|ma'?am|mam|madam)\b")
"""A sentence that calls staff "sir" or "ma'am" is said to them about one's own case ("the answer is correct
but still marked incorrect sir")."""


def _plea(s: Sentence, who: Roles) -> bool:
    """A member asking for something ("Kindly check my answer", "please help to fix the issue") or
    speaking to staff about their case (`ADDRESSED`): a request, which the proposals feature reads
    when it asks for a change; never a position. An instruction is not one."""
    if who.official(s.post):
        return False
    return bool(ADDRESSED.search(s.folded) or ASKING.search(s.folded)) and not INSTRUCTION.search(s.folded)


TO_ONE = re.compile(r"\b(?:you|u|tu)\b")
OPEN_TO_ALL = re.compile(r"\b(?:do|would|don't) (?:you|u) (?:think|agree|suggest|recommend|advise)\b")


def _put_to_one(s: Sentence) -> bool:
    """A question put to one member ("What error are you getting?", "Did you solve it?"): a reply
    awaited from them, not a question left open for the readers; "do you think…" asks everyone."""
    return bool(TO_ONE.search(s.folded)) and not OPEN_TO_ALL.search(s.folded)


RELATIVE_DAY = re.compile(r"\b(yesterday|today|tonight|tomorrow|hier|aujourd'hui|demain|ce soir)\b")
STALE_AFTER = timedelta(hours=12)


def _stale(s: Sentence, latest: datetime | None) -> bool:
    """ "Yesterday's session", "today", "demain": a day counted from a post the thread has left
    behind points at the wrong day for whoever reads the synthesis."""
    return bool(latest and RELATIVE_DAY.search(s.folded) and latest - s.post.created_at > STALE_AFTER)


NEXT = re.compile(
    r"\b(compte[- ]rendu\w*|prochaine? (reunion|etape|visio|rencontre|seance|session)|nous (allons|prendrons|"
    r"publierons|reviendrons|analyserons)|prendrons le temps|on se retrouve|rendez-vous|date limite|echeance|"
    r"ser(?:a|ont) (?:publie|annonce|partage|envoye|communique|mise?s? en ligne|disponible)\w*|"
    r"next (week|meeting|step|session|class)|will be (held|published|released|shared|announced|extended|uploaded|"
    r"conducted|available)|deadline (is|has been|will)|recording|we will|i will share|stay tuned|"
    r"notes? (are|is) (available|here)|notes sont)\b"
)


_GENERIC_WORDS = (
    "able actually answer anyone autre best better check consider done even everyone fil first forum "
    "gens get good great issue kindly know last less look lot make many message mieux monde more much "
    "need next now people personne please post problem probleme question really regard reply reponse "
    "right same someone something still student sujet sure take thank thing think thread time today "
    "tomorrow tres try vraiment want well work yesterday getting showing using running facing trying working "
    "asking saying"
)
GENERIC = frozenset(_GENERIC_WORDS.split())
"""Words too general to name a theme."""


@dataclass
class Sentence:
    post: Post
    index: int
    text: str
    terms: tuple[str, ...]
    folded: str = ""
    noise: bool = False
    vector: dict[str, float] = field(default_factory=dict)
    score: float = 0.0
    echoes: set[int] = field(default_factory=set)
    """Other posts that say the same thing: word for word (a synthesis quoting it) or nearly
    (a staff answer given again to each member who asks)."""

    @cached_property
    def question(self) -> bool:
        return bool(QUESTION.search(ASIDE.sub("", self.text)))

    @cached_property
    def words(self) -> int:
        return len(self.text.split())


def _key(word: str) -> str:
    """Folded, with a light plural strip so 'politiques publiques' meets 'politique publique'."""
    key = fold(word)
    return key[:-1] if len(key) > 4 and key[-1] in "sx" else key


class _ContentKeys(dict[str, str]):
    """Each lower-cased word seen once: its key (`_key`), or "" for a stop-word or a word too short
    to count. A long thread says the same words thousands of times; each is folded once."""

    def __missing__(self, low: str) -> str:
        if len(self) > 200_000:
            self.clear()
        key = _key(low)
        value = self[low] = key if len(key) > 2 and fold(low) not in STOP else ""
        return value


_CONTENT_KEYS = _ContentKeys()


Terms = tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]


@lru_cache(maxsize=4096)
def _terms(text: str) -> Terms:
    """Folded content words, (key, surface) pairs, and (bigram key, surface) pairs.

    A bigram joins two content words with at most two stop-words between them, and keeps
    its surface form ('porteurs de projets') to name a theme. Remembered: a thread quotes and
    repeats its sentences, and themes read their positions' words again.
    """
    out: list[str] = []
    surface: list[tuple[str, str]] = []
    bigrams: list[tuple[str, str]] = []
    prev: tuple[str, int] | None = None
    gap = 0
    for m in _TOKEN.finditer(text.replace("’", "'")):
        low = m.group(0).lower()
        start = m.start()
        if "'" in low:
            parts = low.split("'")
            if len(parts[0]) <= 2:
                start += len(parts[0]) + 1
                low = parts[-1]
        key = _CONTENT_KEYS[low]
        if key:
            out.append(key)
            surface.append((key, low))
            if prev is not None and gap <= 2:
                bigrams.append((f"{prev[0]} {key}", text[prev[1] : m.end()].lower()))
            prev = (key, start)
            gap = 0
        else:
            gap += 1
    return tuple(out), tuple(surface), tuple(bigrams)


def _normalise(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {k: v / norm for k, v in vec.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def _length_factor(n: int) -> float:
    if n < 6:
        return n / 6
    if n > 45:
        return 45 / n
    return 1.0


@dataclass
class Reading:
    """The thread read once: sentences with scores, term statistics."""

    posts: list[Post]
    sents: list[Sentence]
    df: Counter
    surface: dict[str, dict[str, int]]
    """Term → its surface forms, each with the number of times it was used."""
    bigram_posts: dict[str, set[int]]
    authors: dict[str, set[str]]
    """Term → usernames that used it."""

    def content(self) -> list[Sentence]:
        return [s for s in self.sents if not s.noise]

    @cached_property
    def cites(self) -> dict[int, list[int]]:
        """Post number → the earlier posts its bare "> " passages copy (such a passage names no post)."""
        out: dict[int, list[int]] = {}
        for post in self.posts:
            if cited := cited_posts(post, self.posts):
                out[post.post_number] = cited
        return out

    @cached_property
    def answering(self) -> dict[int, set[int]]:
        """Post number → the posts that reply to it or quote it."""
        out: dict[int, set[int]] = defaultdict(set)
        for post in self.posts:
            for q in analyse(post).quotes:
                if q.post_number:
                    out[q.post_number].add(post.post_number)
            for number in self.cites.get(post.post_number, ()):
                out[number].add(post.post_number)
            if post.reply_to_post_number is not None:
                out[post.reply_to_post_number].add(post.post_number)
        return out


def read_thread(posts: list[Post], authority: Callable[[Post], bool] = lambda _: False) -> Reading:
    """Every sentence of `posts`, scored; a sentence said again in other posts is kept once, in
    the earliest post of the most authoritative (`authority`) author who said it, citing the others."""
    sents: list[Sentence] = []
    df: Counter = Counter()
    said: Counter[tuple[str, str]] = Counter()  # (term, surface form) → times used
    bigram_posts: dict[str, set[int]] = defaultdict(set)
    authors: dict[str, set[str]] = defaultdict(set)
    first_seen: dict[str, Sentence] = {}
    for post in posts:
        seen: set[str] = set()
        paired: set[str] = set()
        for i, s in enumerate(sentences(analyse(post).text)):
            terms, pairs, bigrams = _terms(s)
            said.update(pairs)
            said.update(bigrams)
            paired.update(key for key, _ in bigrams)
            seen.update(terms)
            folded = fold(" ".join(s.split()))
            sentence = Sentence(post, i, s, terms, folded, noise=is_noise(s))
            dedup = folded.strip(" .!?…\"'«»“”")
            original = first_seen.get(dedup)
            if original is not None:  # said again: an echo from another post, nothing more from the same one
                if original.post.post_number != post.post_number:
                    original.echoes.add(post.post_number)
                continue
            first_seen.setdefault(dedup, sentence)
            sents.append(sentence)
        df.update(seen)
        for key in paired:
            bigram_posts[key].add(post.post_number)
        for key in seen | paired:
            authors[key].add(post.username)
    surface: dict[str, dict[str, int]] = defaultdict(dict)
    for (key, low), times in said.items():  # each term's forms in the order the thread used them
        surface[key][low] = times
    sents = merge_near_duplicates(sents, authority)
    n = max(len(posts), 1)
    centroid: Counter = Counter()
    for sent in sents:
        tf = Counter(sent.terms)
        sent.vector = _normalise({t: c * math.log(1 + n / df[t]) for t, c in tf.items()})
        if not sent.noise:
            centroid.update(sent.vector)
    centroid_vec = _normalise(dict(centroid.most_common(200)))
    for sent in sents:
        prior = 1 + 0.25 * math.log1p(sent.post.like_count) + 0.25 * len(sent.echoes)
        sent.score = 0.0 if sent.noise else _cosine(sent.vector, centroid_vec) * prior * _length_factor(sent.words)
    return Reading(posts, sents, df, surface, bigram_posts, authors)


NEAR_SET_RATIO = 90.0
NEAR_PARTIAL_RATIO = 90.0
NEAR_LENGTH = 0.6
NEAR_MIN_WORDS = 4
NEAR_COMPARED = 32


def merge_near_duplicates(sents: list[Sentence], authority: Callable[[Post], bool]) -> list[Sentence]:
    """One sentence for each thing said several times in nearly the same words ("We will fix it
    in the dashboard" answered to five members): the kept one is the earliest by an authoritative
    author, else the earliest; the posts of the others are its echoes. Sentences are filed under
    their words and each looks in the files of its words, rarest first, for a bounded number of
    comparisons (rapidfuzz): a long thread costs a bounded number of comparisons per sentence."""
    df: Counter[str] = Counter()
    for s in sents:
        df.update(set(s.terms))
    order = sorted(
        (s for s in sents if not s.noise and s.words >= NEAR_MIN_WORDS and len(set(s.terms)) >= 2),
        key=lambda s: (not authority(s.post), s.post.post_number, s.index),
    )
    # sentences by their place in `order`: lists, not dicts keyed by object, in the inner loop
    files: dict[str, list[int]] = defaultdict(list)
    merged: set[int] = set()
    compared = _Compared([default_process(s.folded) for s in order], [frozenset(s.terms) for s in order], order)
    for k, s in enumerate(order):
        keys = sorted(compared.terms[k], key=lambda t: (df[t], t))
        found = compared.near_duplicate_of(k, keys, files)
        if found is None:
            for t in compared.terms[k]:
                files[t].append(k)
            continue
        kept = order[found]
        merged.add(id(s))
        if s.post.post_number != kept.post.post_number:
            kept.echoes.add(s.post.post_number)
        kept.echoes |= s.echoes - {kept.post.post_number}
    return [s for s in sents if id(s) not in merged]


@dataclass
class _Compared:
    """The sentences `merge_near_duplicates` compares, by place: plain text, content words, length."""

    plain: list[str]
    terms: list[frozenset[str]]
    sents: list[Sentence]

    def near_duplicate_of(self, k: int, keys: list[str], files: dict[str, list[int]]) -> int | None:
        """The first filed sentence nearly the same as sentence `k`, looked for in the files of
        `keys` in turn, at most `NEAR_COMPARED` of them compared."""
        budget = NEAR_COMPARED
        seen: set[int] = set()
        terms = self.terms[k]
        size = len(terms)
        for key in keys:
            for other in files.get(key, ()):
                if budget <= 0:
                    return None
                if other in seen:
                    continue
                seen.add(other)
                budget -= 1
                others = self.terms[other]
                # a set test first: most pairs part here, before any edit distance
                if 2 * len(terms & others) >= min(size, len(others)) and self.nearly_same(k, other):
                    return other
        return None

    def nearly_same(self, a: int, b: int) -> bool:
        """Nearly the same words; when lengths differ, the shorter found almost verbatim in the longer
        or all its content words in it ("We will fix it on dashboard" / "… in the dashboard, thanks…")."""
        if fuzz.token_set_ratio(self.plain[a], self.plain[b]) < NEAR_SET_RATIO:
            return False
        short, long_ = sorted((a, b), key=lambda i: self.sents[i].words)
        return (
            self.sents[short].words / self.sents[long_].words >= NEAR_LENGTH
            or self.terms[short] <= self.terms[long_]
            or fuzz.partial_ratio(self.plain[short], self.plain[long_]) >= NEAR_PARTIAL_RATIO
        )


@dataclass
class Roles:
    """Who may decide in this topic: staff, organisers, the topic's author, the announcers."""

    author: str
    deciders: set[str]
    weighed: Weighed
    """The options the thread weighed, which a choice in plain words must pick from."""
    accepted: frozenset[int] = frozenset()
    """Answers to the thread's question that were accepted: marked as the solution or thanked in
    reply (`accepted_answers`). In a thread where many members ask, an answer to another member
    that this member thanks settles their own question, not the thread's: help, not a decision."""

    def decides(self, post: Post) -> bool:
        return post.staff or self.is_accepted(post) or fold(post.username) in self.deciders

    def only_accepted(self, post: Post, text: str) -> bool:
        """`text` of `post` is there because the asker accepted that answer, not because someone who
        may decide stated a decision: advice ("usually you have to…") or a member's answer is an
        answer the asker took, which a reader must not take for a rule decided."""
        by_role = post.staff or fold(post.username) in self.deciders
        folded = fold(" ".join(text.split()))
        return self.is_accepted(post) and not (
            by_role and (DECIDE.search(folded) or self.weighed.chosen_in(folded, post))
        )

    def is_accepted(self, post: Post) -> bool:
        return post.post_number in self.accepted

    def official(self, post: Post) -> bool:
        """Staff, an organiser or an announcer: who speaks for the forum (the topic's author asks)."""
        name = fold(post.username)
        return post.staff or (name in self.deciders and name != self.author)

    def is_author(self, post: Post) -> bool:
        return fold(post.username) == self.author and not post.staff


def roles(topic: Topic, organisers: Iterable[str] = (), announcers: Iterable[str] = ()) -> Roles:
    author = fold(topic.author or "")
    deciders = {fold(o) for o in (*organisers, *announcers) if o} | ({author} if author else set())
    weighed = Weighed(topic.title, [p for p in topic.posts if p.is_regular])
    return Roles(author, deciders, weighed, accepted_answers(topic, thread_only=True))


def _point(s: Sentence, *extra: int) -> Point:
    numbers = [s.post.post_number] + [n for n in (*extra, *sorted(s.echoes)) if n != s.post.post_number]
    names = {fold(m) for m in analyse(s.post).mentions}
    return Point(text=_without_names(s.text, names) or s.text, post_numbers=list(dict.fromkeys(numbers)))


def _overlap(a: Sentence, b: Sentence) -> float:
    sa, sb = set(a.terms), set(b.terms)
    return len(sa & sb) / max(1, min(len(sa), len(sb)))


def _not_deciding(s: Sentence) -> bool:
    return bool(NOT_DECIDING.search(s.folded) or (HEDGE.search(s.folded) and not s.post.accepted_answer))


def _decisions(reading: Reading, who: Roles, used: set[int], limit: int) -> list[Point]:
    """Decisions, latest first; an earlier decision on the same subject as a later one is dropped."""

    def picks(s: Sentence) -> bool:
        return who.weighed.chosen(s.folded, s.post.post_number, s.index)

    def states(s: Sentence) -> bool:
        return bool(DECIDE.search(s.folded)) or picks(s)

    def candidate(s: Sentence) -> bool:
        if s.noise or s.question or s.words < 3 or not who.decides(s.post) or _not_deciding(s):
            return False
        # "I fixed this.", "C'est fait." name nothing decided: read alone, they tell nothing; an
        # option picked ("Ce sera l'option B.") names what was decided.
        if len(set(s.terms)) < MIN_DECISION_TERMS and not picks(s):
            return False
        # "Please find the form on the site" in an accepted answer is an instruction, not a request.
        if REQUEST.search(s.folded) and not who.is_accepted(s.post):
            return False
        if who.is_author(s.post) and not who.is_accepted(s.post):
            return bool(STRONG_DECIDE.search(s.folded)) or picks(s)
        return states(s) or who.is_accepted(s.post)

    cands = [s for s in reading.sents if candidate(s)]
    cands.sort(key=lambda s: (-s.post.post_number, -states(s), -s.score))
    chosen: list[Sentence] = []
    per_post: Counter = Counter()
    for s in cands:
        if per_post[s.post.post_number] >= 2 or any(_overlap(s, c) >= 0.4 for c in chosen):
            continue
        # Same post, second sentence: only when it states a decision too.
        if per_post[s.post.post_number] and not states(s):
            continue
        chosen.append(s)
        per_post[s.post.post_number] += 1
        used.add(id(s))
        if len(chosen) == limit:
            break
    return [_point(s) for s in chosen]


def _pick(
    cands: list[Sentence], used: set[int], limit: int, key: Callable[[Sentence], float] | None = None, per_post: int = 1
) -> list[Sentence]:
    cands = sorted(cands, key=key or (lambda s: s.score), reverse=True)
    out: list[Sentence] = []
    count: Counter = Counter()
    for s in cands:
        if id(s) in used or count[s.post.post_number] >= per_post:
            continue
        used.add(id(s))
        count[s.post.post_number] += 1
        out.append(s)
        if len(out) == limit:
            break
    out.sort(key=lambda s: (s.post.post_number, s.index))
    return out


def _theme_terms(reading: Reading, exclude: set[str], max_themes: int) -> list[tuple[str, str]]:
    """(term key, title) of phrases several members used, most telling first."""
    n = max(len(reading.posts), 1)
    term_posts: dict[str, set[int]] = defaultdict(set)
    for s in reading.content():
        for t in s.terms:
            term_posts[t].add(s.post.post_number)
    for key, nums in reading.bigram_posts.items():
        if len(nums) >= 2:
            term_posts[key] = nums
    # word → posts of its phrases with an excluded word ('publique' of 'politique publique')
    with_excluded: dict[str, int] = {}
    for key, nums in term_posts.items():
        parts = key.split()
        if len(parts) == 2:
            for word, other in (parts, parts[::-1]):
                if other in exclude:
                    with_excluded[word] = max(with_excluded.get(word, 0), len(nums))
    scored = []
    for term, nums in term_posts.items():
        k = len(nums)
        words = term.split()
        if k < 2 or k > 0.7 * n or any(w in exclude for w in words) or len(reading.authors.get(term, ())) < 2:
            continue
        if len(words) == 1 or len(set(words)) < len(words) or set(words) & GENERIC:
            continue  # a lone word ("Ressources", "Error") is shared by sentences that say unrelated things
        scored.append((k * math.log(1 + n / k) * (1.8 if len(words) > 1 else 1.0), term))
    scored.sort(reverse=True)
    chosen: list[tuple[str, set[int]]] = []
    for _, term in scored:
        nums = term_posts[term]
        if any(set(term.split()) & set(c.split()) or len(nums & cn) / len(nums | cn) > 0.6 for c, cn in chosen):
            continue
        chosen.append((term, nums))
        if len(chosen) == max_themes:
            break
    return [(term, _label(reading, term)) for term, _ in chosen]


def _label(reading: Reading, term: str) -> str:
    forms = reading.surface.get(term)
    form = max(forms.items(), key=itemgetter(1))[0] if forms else term  # the first most used
    return form[:1].upper() + form[1:]


def _has(terms: Iterable[str], term: str) -> bool:
    ts = set(terms)
    return all(w in ts for w in term.split())


def theme_for(text: str, themes: list[Theme]) -> str:
    """The title of the theme whose phrase `text` says (all its words), the one sharing most words
    with the theme's positions if several, or "": a proposal sharing one word with a theme is not on it."""
    terms = set(_terms(text)[0])
    best, score = "", -1.0
    for theme in themes:
        title = set(_terms(theme.title)[0]) if theme.title else set()
        if not title or not title <= terms:
            continue
        body = {t for p in theme.points for t in _terms(p.text)[0]}
        s = len(terms & body) / max(1.0, math.sqrt(len(body)))
        if s > score:
            best, score = theme.title, s
    return best


def _holders(s: Sentence, reading: Reading) -> list[str]:
    """The author, then members who agreed with that post in a reply ("pas d'accord" is no agreement) or by
    repeating it."""
    names = [s.post.username]
    number = s.post.post_number
    answering = reading.answering.get(number, set())
    for other in reading.sents:
        later = other.post.post_number
        if later <= number or other.post.username in names:
            continue
        if later in s.echoes or (
            later in answering and AGREE.search(other.folded) and not DISAGREE.search(other.folded)
        ):
            names.append(other.post.username)
    return names


def _target(
    s: Sentence, positions: list[tuple[Sentence, Position]], posts: list[Post], reading: Reading
) -> Position | None:
    """The position an objection answers: of the post it quotes or replies to (a bare "> " passage
    citing the latest earlier post it copies, rather than the post replied to), the one it shares
    most words with; else one it speaks of, of the latest member its post names (sharing two words
    the thread does not use all the time) or, for a post that replies to nothing (a flat thread),
    of the post just above (sharing a word). None when the answered post holds no such position:
    an objection is never attached to a position merely because it is near, nor a correction of
    one fact to a sentence that says another."""
    own = analyse(s.post)
    number = s.post.post_number
    earlier = [(src, pos) for src, pos in positions if src.post.post_number < number]
    cited = set(reading.cites.get(number, ()))
    refs = {q.post_number for q in own.quotes if q.post_number} | (cited or {s.post.reply_to_post_number or 0})
    refs.discard(0)
    if refs:
        answered = [(src, pos) for src, pos in earlier if src.post.post_number in refs]
        return _closest(s, answered, lambda w: True)
    common = 0.25 * max(len(posts), 1)

    def telling(word: str) -> bool:
        return reading.df[word] <= common and word not in GENERIC

    words = set(re.findall(r"[\w.-]+", fold(own.text)))
    named = {fold(m) for m in own.mentions} | words
    author = next(
        (
            src.post.username
            for src, _ in reversed(earlier)
            if fold(src.post.username) in named and src.post.username != s.post.username
        ),
        None,
    )
    if author is not None:
        return _closest(s, [(src, pos) for src, pos in earlier if src.post.username == author], telling, 2)
    above = max((p.post_number for p in posts if p.post_number < number), default=0)
    return _closest(s, [(src, pos) for src, pos in earlier if src.post.post_number == above], lambda w: True, 1)


def _closest(
    s: Sentence, candidates: list[tuple[Sentence, Position]], counts: Callable[[str], bool], least: int = 0
) -> Position | None:
    """Of `candidates`, the position sharing most words (those `counts`) with `s`, the latest on a
    tie; None when none shares `least` of them."""
    best: Position | None = None
    most = least - 1
    for src, pos in candidates:
        shared = sum(1 for w in set(s.terms) & set(src.terms) if counts(w))
        if shared >= most and shared >= least:
            best, most = pos, shared
    return best


SIZES = {"brief": (2, 1, 2, 3), "full": (5, 3, 5, 10), "long": (7, 3, 6, 16)}
"""size → (themes, decisions, questions and next steps, positions)."""


def offline_draft(
    topic: Topic,
    organisers: Iterable[str] = (),
    size: str = "full",
    announcers: Iterable[str] = (),
    proposal_texts: Iterable[str] = (),
    who: Roles | None = None,
) -> Draft:
    """An extractive synthesis of every regular post of `topic`.

    `proposal_texts` are listed by the proposals feature: positions do not repeat them.
    `who` (default: from `organisers` and `announcers`) says whose posts may hold decisions.
    """
    posts = [p for p in topic.posts if p.is_regular]
    who = who or roles(topic, organisers, announcers)
    reading = read_thread(posts, who.decides)
    if size == "full" and len(posts) > 100:
        size = "long"
    max_themes, limit_decisions, limit, max_positions = SIZES.get(size, SIZES["full"])
    used: set[int] = set()
    last = max((p.post_number for p in posts), default=1)
    proposal_texts = list(proposal_texts)
    proposals = {fold(" ".join(t.split())).rstrip("…. ") for t in proposal_texts}
    wordings = "\n".join(proposals)  # one search for "a sentence of a proposal's wording"
    longer = sorted((p for p in proposals if len(p) > 30), key=len)

    def is_proposal(s: Sentence) -> bool:
        said = s.folded.rstrip("…. ")  # the last sentence of a proposal's wording, its full stop stripped too
        if proposals and said in wordings:
            return True
        for p in longer:  # or a whole wording said in a longer sentence
            if len(p) > len(said):
                return False
            if p in said:
                return True
        return False

    question = _question(topic, reading, used)
    crowded = len({p.username for p in posts} - {topic.author}) > MAX_ANSWERERS
    decisions = _decisions(reading, who, used, limit_decisions)
    content = [s for s in reading.content() if id(s) not in used and not is_proposal(s)]
    latest = max((p.created_at for p in posts), default=None)
    next_steps = _pick(
        [
            s
            for s in content
            if NEXT.search(s.folded)
            and (who.decides(s.post) or not FORETOLD.search(s.folded))
            and not s.question
            and 5 <= s.words <= MAX_NEXT_WORDS
            and not REPORTED.search(s.folded)
            and not _stale(s, latest)
        ],
        used,
        limit,
        key=lambda s: s.score + s.post.post_number / last + (0.5 if who.decides(s.post) else 0.0),
        per_post=2,
    )
    opening = topic.post(1)
    suggested = {(s.post.post_number, s.index + 1) for s in reading.sents if s.question and SUGGESTS.search(s.folded)}
    questions = _pick(
        [
            s
            for s in content
            if (s.question or _asks_something(s))
            and s.words >= 6
            and len(set(s.terms)) >= 3
            and s.post is not opening
            and not REQUEST.search(s.folded)
            and not SUGGESTS.search(s.folded)
            and not PROBLEM.search(ASIDE.sub("", s.folded))
            and not _put_to_one(s)
            and not _fragment(s)
            and (s.post.post_number, s.index) not in suggested
            and not RHETORIC.search(s.folded)
            and not _asked_already(s, (question, topic.title))
        ],
        used,
        limit,
        key=lambda s: s.score * (1 + s.post.post_number / last) * (1.0 if s.question else UNMARKED),
    )
    objections = [  # "I don't think it is added in my case, I still get the same error" objects to nothing
        s
        for s in content
        if DISAGREE.search(s.folded)
        and s.words >= 6
        and id(s) not in used
        and _standalone(s)
        and not _problem(s)
        and not _own_story(s, who, crowded)
        and not _plea(s, who)
        and not _fragment(s)
    ]
    for s in objections:
        used.add(id(s))
    best = max((s.score for s in content), default=0.0)
    max_positions = min(max_positions, max(3, len({s.post.post_number for s in content})))

    stated = _pick(
        [
            s
            for s in content
            if not s.question
            and 6 <= s.words <= 80
            and id(s) not in used
            and _standalone(s)
            and s.score >= 0.25 * best
            and not COURTESY.search(s.folded)
            and not GREETING.match(s.folded)
            and not _problem(s)
            and not _fragment(s)
            and not _asks(s)
            and not PLEA.match(s.folded)
            and not _own_story(s, who, crowded)
            and not _plea(s, who)
        ],
        used,
        max_positions,
        key=lambda s: (
            s.score * (1.6 if STANCE.search(s.folded) else 1.0) * (0.7 if NARRATIVE.search(s.folded) else 1.0)
        ),
        per_post=2 if size != "brief" else 1,
    )
    positions = [
        (s, Position(**_point(s).model_dump(exclude={"holders"}), holders=_holders(s, reading))) for s in stated
    ]
    for s in objections:
        target = _target(s, positions, posts, reading)
        point = _point(s)
        point.holders = [s.post.username]
        if target is not None and len(target.objections) < 3:
            target.objections.append(point)
        elif size != "brief":
            positions.append((s, Position(**point.model_dump())))
    cited = {n for p in (*decisions, *(p for _, p in positions)) for n in p.post_numbers}
    cited |= {n for s in next_steps for n in (s.post.post_number, *s.echoes)}
    answer = _answer(topic, reading, cited)
    if answer is not None:
        used.add(id(answer))
        positions.append(
            (answer, Position(**_point(answer).model_dump(exclude={"holders"}), holders=[answer.post.username]))
        )
    positions.sort(key=lambda sp: (sp[0].post.post_number, sp[0].index))
    exclude = _title_and_names(topic, posts)
    themes = _group(reading, positions, exclude, max_themes, len(positions) >= 6 and len(posts) >= 8, proposal_texts)
    return Draft(
        question=question,
        decisions=decisions,
        themes=themes,
        open_questions=[_point(s) for s in questions],
        next_steps=[_point(s) for s in next_steps],
    )


def _answer(topic: Topic, reading: Reading, cited: set[int]) -> Sentence | None:
    """The latest answer to the thread's question, when the synthesis does not cite it yet: its
    best sentence, however short ("It has been released."), or the line that leads to a link
    ("The recording is here:"); never a quotation, nor a problem reported again ("I am getting the
    same error" answers nothing). None when it is cited or there is none."""
    by_post: dict[int, list[Sentence]] = defaultdict(list)
    for s in reading.sents:
        by_post[s.post.post_number].append(s)
    for number in answers(topic):
        said = [
            s
            for s in by_post.get(number, ())
            if not s.noise
            and not s.question
            and s.words >= 3
            and (_standalone(s) or s.text.rstrip().endswith(":"))
            and not _problem(s)
        ]
        if said:
            return None if number in cited else max(said, key=lambda s: s.score)
    return None


def _asked_already(s: Sentence, debated: tuple[str, ...]) -> bool:
    """The thread's own question (its title, its opening) restated in a reply: it is the question
    debated, stated once at the top, not a question left open."""
    said = s.folded.rstrip(" ?.!")
    return any(said == fold(q).rstrip(" ?.!") for q in debated if q)


LEADING_MENTIONS = re.compile(r"^(?:@[\w.-]+[,:]?\s+)+")


def _standalone(s: Sentence) -> bool:
    """A sentence that makes sense alone: not a lead-in to a list, not a figure, not a quotation,
    not a table row. The members it opens by addressing are not part of it ("@22f100 This is…")."""
    text = LEADING_MENTIONS.sub("", s.text.rstrip())
    if text.endswith(":") or text[:1] in '«"“|' or text[:1].isdigit() or text.count("|") >= 2:
        return False
    return sum(map(str.isdigit, text)) < 0.1 * len(text)


def _title_and_names(topic: Topic, posts: list[Post]) -> set[str]:
    """Words a theme may not be named after: the title's (that is the question) and usernames."""
    words = set(_terms(topic.title)[0]) | {_key(w) for w in re.findall(r"[^\W\d_]+", topic.title)}
    for p in posts:
        words.add(_key(p.username))
        words.update(_key(w) for w in re.split(r"[\W_]+", p.username) if w)
        if p.name:
            words.update(_key(w) for w in re.split(r"[\W_]+", p.name) if w)
    return words


def _group(
    reading: Reading,
    positions: list[tuple[Sentence, Position]],
    exclude: set[str],
    max_themes: int,
    grouped: bool,
    others: Iterable[str] = (),
) -> list[Theme]:
    """Positions under the phrases they share, picked greedily: each theme is the phrase
    (used by several members) that the most still ungrouped positions and proposals (`others`)
    use; a theme needs two positions, the rest go together, untitled."""
    if not positions:
        return []
    if not grouped:
        return [Theme(title="", points=[p for _, p in positions])]
    candidates = _theme_terms(reading, exclude, 60)
    items = [set(s.terms) for s, _ in positions]
    extra = [set(_terms(t)[0]) for t in others]
    free = set(range(len(items)))
    free_extra = set(range(len(extra)))
    themes: list[Theme] = []
    while len(themes) < max_themes:
        best: tuple[float, str, str, set[int], set[int]] | None = None
        for rank, (term, title) in enumerate(candidates):
            mine = {i for i in free if _has(items[i], term)}
            if len(mine) < 2:
                continue
            theirs = {i for i in free_extra if _has(extra[i], term)}
            score = (len(mine) + 0.5 * len(theirs)) * (1.3 if " " in term else 1.0) - rank * 0.01
            if best is None or score > best[0]:
                best = (score, term, title, mine, theirs)
        if best is None:
            break
        _, term, title, mine, theirs = best
        free -= mine
        free_extra -= theirs
        candidates = [(t, ti) for t, ti in candidates if t != term and not set(t.split()) & set(term.split())]
        themes.append(Theme(title=title, points=[positions[i][1] for i in sorted(mine)]))
    themes.sort(key=lambda t: t.points[0].post_numbers[0])
    rest = [positions[i][1] for i in sorted(free)]
    if rest:
        themes.append(Theme(title="", points=rest))
    return themes


ASKING = re.compile(
    r"\b(please|pls|plz|kindly|(i|we) (kindly |humbly |sincerely )?request|can you|could you|would you|"
    r"s'il vous plait|svp|stp|pourriez|pouvez-vous|merci de|je demande|nous demandons)\b"
)
"""Words that make a sentence ask for something (a bare "sir" does not)."""
QUESTION_WORDS = 45


def _question(topic: Topic, reading: Reading, used: set[int]) -> str:
    """The question as the opening post asks it, else the request it makes; the title when it
    asks nothing (a statement is never given as the question), asks a quiz's worth of
    questions, or is gone."""
    opening = topic.post(1)
    if opening is None:
        return topic.title
    own = [s for s in reading.sents if s.post is opening and not s.noise and 4 <= s.words <= QUESTION_WORDS]
    asked = [s for s in own if s.question]
    if len(asked) > 3:  # a quiz or a list of questions, not the question debated
        return topic.title
    wanted = [s for s in own if ASKING.search(s.folded) and not s.text.rstrip().endswith(":")]
    chosen = asked[:2] or wanted[:1]
    for s in chosen:
        used.add(id(s))
    names = {fold(m) for m in analyse(opening).mentions}
    text = " ".join(_without_names(s.text, names) for s in chosen).strip()
    if not text:
        return topic.title
    title_terms = set(_terms(topic.title)[0])
    if title_terms and not title_terms & {t for s in chosen for t in s.terms}:
        return f"{topic.title} — {text}"
    return text


def _without_names(text: str, names: set[str]) -> str:
    """A sentence without the usernames it starts by addressing."""
    words = text.split()
    while words and fold(words[0].strip(",:;@")) in names:
        words.pop(0)
    return " ".join(words)
