"""Splitting a post's own words into proposals.

A proposal is a list item (•, -, *, "1/", "1.", emoji-led like `:dart:`), a line
labelled "Proposition :" / "Proposal:", or a sentence that proposes ("il faut…",
"financer…", "on pourrait…", "ne plus…", "we should…"). Headings, questions,
thanks and greetings are not proposals. Every sentence of a post is also kept as
a `Unit`, so that a later restatement (a synthesis whose quotes were flattened)
can be traced back to the post that said it first.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from sys import intern

from bot.models import Post
from bot.text import QUESTION_WORDS, PostText, Quote, analyse, courtesy
from bot.text import fold as _fold_text

fold = lru_cache(maxsize=1024)(_fold_text)
"""`bot.text.fold`, remembered: a sentence is folded for several tests in a row."""

_BULLET = re.compile(r"^(?:=>|->|→|[-*•·▪◦‣–]|\d{1,2}\s*[/.)](?!\d)|[a-z]\))\s*")
_BARE_BULLET = re.compile(r"^(?:[-*•·▪◦‣–]|\d{1,2}\s*[/.)])$")
_EMOJI = re.compile(r"^:[a-z0-9_+-]+:\s*")
_HEADING_EMOJI = {"point_right", "point_down", "arrow_right", "arrow_down", "pushpin", "round_pushpin", "bookmark"}
_PROPOSAL_EMOJI = {
    "dart",
    "bulb",
    "light_bulb",
    "seedling",
    "heavy_plus_sign",
    "ballot_box_with_check",
    "raising_hand",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "keycap_ten",
    "small_orange_diamond",
    "small_blue_diamond",
    "large_orange_diamond",
    "large_blue_diamond",
    "arrow_forward",
}
_QUESTION_EMOJI = {"thinking", "question", "grey_question", "thinking_face"}
_LABEL = re.compile(
    r"^(?:propositions?|proposals?|suggestions?|id[ée]es?|idea|piste|recommandations?|recommendations?)\s*(?:\d+\s*)?:\s*",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\s\"»”)]*\s+(?=[«\"“(]?[A-ZÀ-ÖØ-Þ0-9:@])|(?<=\s[.!?])\s+(?=\w)")
"""A mark then a capital, a figure or a mention; or a mark standing alone between spaces ("… got 4 . please
extend …"), which ends a sentence whatever follows."""
_MARK = re.compile(r"[.!?…]")
"""Where a `_SENTENCE_END` match can start: just after one of these."""


def _holds(pattern: re.Pattern[str], words: tuple[str, ...], folded: str) -> bool:
    """`pattern.search(folded)`, given `words` one of which every match holds: a few `in` tests
    spare most texts the scan (a pattern opening on \\b or an alternation is tried at every character)."""
    for word in words:
        if word in folded:
            return pattern.search(folded) is not None
    return False


# Lead-ins that may come before the proposing words ("Oui il faut…", "Je pense donc que l'état devrait…").
_LEAD = (
    r"(?:(?:oui|non|donc|alors|et|mais|aussi|enfin|ensuite|d'abord|peut-etre|surtout|bref|plutot|idealement|"
    r"so|and|but|also|ideally|maybe|perhaps|instead|then)[\s,]+|"
    r"(?:pour moi|selon moi|selon nous|a mon avis|a mon sens|en bref|dans l'ideal|a terme|in short|to me|imo|"
    r"imho),?\s+|"
    r"(?:je pense|je crois|nous pensons|je trouve|i think|i believe|we think)(?: donc| aussi| vraiment)? (?:qu'|que |"
    r"that )?)*"
)
_VERBS_FR = (
    "financer|soutenir|creer|limiter|realiser|trouver|renforcer|permettre|relancer|favoriser|developper|mettre|"
    "organiser|inventer|defendre|investir|participer|abandonner|exclure|faire (?:evoluer|en sorte|exister|connaitre|"
    "reconnaitre|remonter|participer)|tester|deployer|instaurer|integrer|"
    "maintenir|proposer|accompagner|simplifier|supprimer|ouvrir|reduire|augmenter|garantir|encourager|valoriser|"
    "reconnaitre|eviter|arreter|reconduire|pousser|flecher|mutualiser|former|sanctuariser|securiser|publier|rendre|"
    "donner|accorder|prevoir|imposer|interdire|clarifier|definir|etablir|lancer|construire|animer|structurer|"
    "perenniser|consacrer|dedier|allouer|affecter|associer|impliquer|ameliorer|elargir|adapter|assouplir|alleger|"
    "harmoniser|privilegier|prioriser|cibler|conditionner|exiger|verser|payer|remunerer|embaucher|recruter|"
    "ajouter|retirer|remplacer|installer|equiper|diffuser|partager|documenter|evaluer|mesurer|suivre|piloter|"
    "co-construire|coconstruire|decentraliser|mobiliser|professionnaliser|labelliser|outiller|informer|sensibiliser|"
    "acculturer|exercer|creons|finançons|soutenons|arretons|gardons|faisons|ouvrons|proposons|travaillons|"
    "organisons|mettons|limitons|donnons|utiliser|utilisons|passer|privilegions"
)
_VERBS_EN = (
    "fund|support|create|limit|allow|stop|start|make|add|remove|introduce|set up|provide|ensure|publish|reduce|"
    "increase|require|ban|replace|extend|build|organise|organize|share|document|evaluate|measure|test|try|launch|"
    "keep|give|pay|hire|open|simplify|focus|invest|prioritise|prioritize|encourage|drop|move|switch|use|adopt"
)
_INFO = (
    r"(?:(?:sincerely |really |truly )?thank|express|say|mention|share that|bring (?:this |it )?to|"
    r"give (?:us )?(?:the |a )?(?:date|time|agenda|hint|details|update|link)|"
    r"let|tell|clarify|confirm|update|inform|explain|help|look|check|reply|respond|know|ask|understand|guide|"
    r"advise|suggest|share (?:the|your)|provide (?:an? |the |any |some )?(?:update|timeline|link|clarification|"
    r"response|details|information|guidance))"
)
_OWN_DOING = (
    r"use|do|try|test|have tested|compare|run|load|work|learn|import|export|segment|apply|install|build|download|"
    r"process|analy[sz]e|extract|create my|start my|visuali[sz]e"
)
"""What one would like to do oneself ("I would like to use the vmtk library", "… to do some benchmarking"): one's own
work, not a proposal ("I would like to be able to hide the shadows", "… to see a fill effect" are)."""
_CHANGE = (
    r"extend|release|increase|reduce|change|remove|add|allow|give|grant|revise|reconsider|postpone|reschedule|lower|"
    r"raise|make|publish|introduce|arrange|organi[sz]e|conduct|hold|waive|accept|award|re-?evaluate|regrade|relax|"
    r"simplify|shift|move|cancel|improve|fix|correct the|update the"
)
_CHANGE_PASSIVE = (
    r"given|extended|provided|released|changed|removed|increased|reduced|improved|added|allowed|revised|"
    r"reconsidered|arranged|organi[sz]ed|held|moved|postponed|waived|accepted|awarded|fixed|corrected"
)
_MODAL = (
    r"il (?:nous |leur |lui )?faut|il (?:nous |leur |lui )?faudrait|il serait (?:\w+ )?(?:bien|bon|utile|interessant|"
    r"souhaitable|judicieux|pertinent|necessaire|preferable|temps) d[e']|"
    r"(?:on|nous|l'on) (?:pourrait|pourrions|devrait|devrions|doit|devons|gagnerait|gagnerions)|"
    r"(?<!qui )\b(?:devrait|devraient|devrions|devons) |"
    r"(?:politique publique|politiques publiques|l'etat|etat|l'antl|antl|ministere|gouvernement|l'anct|anct|region|"
    r"reseaux?|tiers-lieux|tl|l'on|on|nous) (?:ne )?(?:doit|doivent) |"
    r"(?:milit\w+|plaid\w+) pour |j'aimerais? (?:d'avantage|davantage|plutot) |"
    r"(?:pourrait|pourraient|devrait|devraient) (?:par exemple |plutot |aussi )?etre (?:fait|faite|faits|faites|"
    r"mene|menee|realise|realisee|confie|confiee|organise|organisee|finance|financee|attribue|attribuee|decide|"
    r"decidee|evalue|evaluee|porte|portee|gere|geree)\b|"
    r"pourquoi ne pas|et si |je propose|nous proposons|je suggere|nous suggerons|je recommande|nous recommandons|"
    r"(?:my|our|one|another) (?:suggestion|proposal|improvement|idea|option) (?:would be|could be|is) to |"
    r"(?:the |a )(?:simplest|best|easiest|better|cleanest|proper) (?:fix|solution|option|way|approach|behaviou?r) "
    r"(?:[\w-]+ ){0,6}would be to |(?:\+ ?1|vote) for (?:\w+ing)\b|(?:maybe|perhaps) we can (?!not\b|'t)|"
    r"we (?:should|could|must|ought to)(?! not|n't| have| be able| only)|^(?:so |then |i think )?we need to|let's|"
    r"let us (?!know)|i (?:propose|suggest|recommend)|why not|"
    rf"it (?:would|might|could) be (?:\w+ )?(?:good|great|better|useful|nice|wise|helpful|beneficial|reasonable|"
    rf"sensible|preferable) (?:to|if|for (?:the |all |our )?[\w-]+ to) (?!(?:we |i )?"
    rf"(?:get|have|receive|know|learn|hear|{_INFO}))|"
    rf"(?:please|pls|plz|kindly) (?:do )?(?:{_CHANGE})\b|"
    rf"(?:i|we) (?:would )?(?:kindly |humbly |sincerely |also )?request "
    rf"(?!(?:you to |that |for )?(?:a |an |the )?(?:{_INFO}|update|response|clarification|share))|"
    r"(?<!pull )(?<!merge )\brequest that |"
    rf"\b(?:if|whether|can|could) (?:a|an|the|some|more) [a-z0-9 ]{{1,40}}(?:can |could )?be (?:{_CHANGE_PASSIVE})\b|"
    r"would (?:really |greatly )?help (?:us|students|everyone|ensure)|"
    rf"(?:we would like to (?!{_INFO}|then\b)|i would like to (?!{_INFO}|then\b|(?:{_OWN_DOING})\b)|"
    r"(?:we|i) would like (?:a|an|more|some) )|"
    rf"\b(?:should|must|could) be (?:{_CHANGE_PASSIVE})\b"
)
_PROPOSING_LEAD = re.compile(rf"{_LEAD}(?:(?:ne (?:plus|pas|jamais) )|(?:n'(?:importe)?)|(?:{_VERBS_FR})\b)")
# An English sentence opening on a bare verb is mostly an instruction ("Use the VALUE function"):
# it proposes only as an item of a list.
_ITEM_LEAD_EN = re.compile(rf"{_LEAD}(?:{_VERBS_EN})\b(?! (?:i|you|we|they|he|she|it)\b)")
_PROPOSING_MODAL = re.compile(rf"(?:^|\W)(?:{_MODAL})")
# Words one of which every `_MODAL`, `_ENDORSE` or `_DISSENT` match holds: a set lookup spares the long
# patterns the sentences that cannot match them (most of a topic).
_MODAL_HINT_WORDS = (
    "faut faudrait serait pourrait pourrions pourraient devrait devrions devraient doit doivent devons gagnerait "
    "gagnerions pourquoi si propose proposons suggere suggerons recommande recommandons aimerai aimerais etre "
    "should could must need ought let why what would suggest recommend please pls plz kindly request help like "
    "can be suggestion proposal improvement idea option 1 vote maybe perhaps simplest best easiest better cleanest "
    "proper"
)
_MODAL_HINTS = frozenset(_MODAL_HINT_WORDS.split())
_MODAL_STEMS = ("milit", "plaid")
_STANCE_HINT_WORDS = (
    "1 plussoie accord desaccord soutiens soutenons rejoins partage agree agreed disagree support same seconded "
    "seconde oppose contre against yes oui request"
)
_STANCE_HINTS = frozenset(_STANCE_HINT_WORDS.split())

# Words (runs of a-z0-9) and the runs `_WORD` reads its words from (a-z0-9 and '), cut out by
# bytes.translate and split, a few C passes instead of a regex scan: every byte outside the class
# becomes a space, and UTF-8 writes a non-ASCII character in bytes outside every class here.
_ALNUM = b"abcdefghijklmnopqrstuvwxyz0123456789"
_LETTER_BYTES = bytes(c if c in _ALNUM else 32 for c in range(256))
_RUN_BYTES = bytes(c if c in _ALNUM + b"'" else 32 for c in range(256))
_MODAL_HINT_BYTES = frozenset(w.encode() for w in _MODAL_HINTS)
_STANCE_HINT_BYTES = frozenset(w.encode() for w in _STANCE_HINTS)


def _letter_words(folded: str) -> list[bytes]:
    """The runs of a-z0-9 in `folded`, as bytes."""
    return folded.encode("utf-8", "surrogatepass").translate(_LETTER_BYTES).split()


_NOT_THE_MAIN_CLAUSE = re.compile(
    r"(?<=\w)(?:,\s*|\s+)(?:because|since|parce que|puisque)\b[^,;]*|"
    r"(?<!think )(?<!believe )(?<!suggest )(?<!propose )(?<!agree )(?<!feel )(?<!hope )(?<!sure )(?<!guess )"
    r"(?<!seems )(?<!say )(?<!so )(?<!mean )(?<!is )(?<!, )"
    r"\b(?:that|which) (?=(?:we|you|one) (?:could|should|can|might)\b)\w+ \w+"
)
"""What a modal in a sentence does not propose: a reason given after the main clause, up to the next comma ("these
limits don't help, because the value must be allowed to go lower"), a relative clause ("the patches that we could
backport")."""


def _proposing(folded: str) -> bool:
    """`_PROPOSING_LEAD` at the start, or a modal ("il faut", "on pourrait", "we should") in the main clause."""
    if _PROPOSING_LEAD.match(folded):
        return True
    if _MODAL_HINT_BYTES.isdisjoint(_letter_words(folded)) and not any(s in folded for s in _MODAL_STEMS):
        return False
    return bool(_PROPOSING_MODAL.search(_NOT_THE_MAIN_CLAUSE.sub(" ", folded)))


def _stance(opening: str) -> tuple[bool, bool]:
    """(agrees, disagrees) for the opening words of a paragraph."""
    if _STANCE_HINT_BYTES.isdisjoint(_letter_words(opening)):
        return False, False
    dissent = bool(_DISSENT.search(opening))
    return bool(_ENDORSE.search(opening)) and not dissent, dissent


_SUGGESTION_QUESTION = re.compile(
    r"^(?:\W*)(?:et si|pourquoi ne pas|why not|proposition|proposal|shall we|how about|what about)\b|"
    r"(?:^|\W)et si\b|\bshould we (?:just |maybe |all |not )?(?:make|create|ask|start|use|set up|organi[sz]e|move|"
    r"open|try|have|split|add|switch|keep|remove|change|drop|bundle|rename|merge|replace|include|copy)\b|"
    rf"\b(?:can|could) (?:you|u) (?:please |kindly |at least |not )*(?:{_CHANGE})\b|"
    r"(?:^|\W)(?:(?:ne )?(?:pourriez|pouvez)-vous(?: pas)?|(?:ne )?(?:pourrait|pourrions|peut|pouvons)-(?:on|nous)"
    r"(?: pas)?|(?:serait|est)-il (?:possible|envisageable) d[e']|"
    r"est-ce (?:qu'on|que l'on|que nous|que vous) (?:pourrait|pourrions|pourriez|peut|pouvons|pouvez))"
    rf"(?:,? (?:svp|s'il vous plait),?)? (?:aussi |plutot |enfin )?(?:{_VERBS_FR})\b"
)
_SUGGESTION_WORDS = (
    *("et si", "pourquoi ne pas", "why not", "propos", "shall we", "how about", "what about", "should we"),
    *("can you", "can u", "could you", "could u", "-vous", "-on", "-nous", "-il ", "est-ce "),
)
"""Words every `_SUGGESTION_QUESTION` match holds."""


_QUESTION_START = re.compile(
    rf"^(?:{QUESTION_WORDS}|peut-on|faut-il|doit-on|avons-nous|avez-vous|sommes-nous|pensez-vous|should we|do we|"
    r"does|is it|are we|can we|my (?:question|doubt|query) is|ma question (?:est|c'est))\b"
)
_ENDORSE = re.compile(
    r"(?:^|\W)(?:\+ ?1|je plussoie|plussoie|(?:tout a fait |totalement |entierement |"
    r"completement )?d'accord(?! avec (?:ca|cela) ?\?)|je soutiens|nous soutenons|"
    r"je rejoins|je partage (?:cet avis|ton avis|votre avis|l'avis)|i agree|agreed|i support|same here|seconded|"
    r"yes,? (?:sir,? |ma'?am,? )?(?:please|pls|plz|(?:this|it) (?:will|would) (?:really |surely )?help)|"
    r"oui,? (?:svp|s'il vous plait)|(?:i|we) (?:also |too )?request the same|"
    r"je seconde)(?:\W|$)"
)
_DISSENT = re.compile(
    r"(?:^|\W)(?:pas d'accord|en desaccord|desaccord|je m'oppose|i disagree|disagree|-1|je ne soutiens pas|"
    r"i don't agree|je suis contre|i'm against)(?:\W|$)"
)
_INTRO = re.compile(
    r"\b(?:my|our|some|a few|following|these) requests?\b|\brequests?\s*:|\brequest for|\b(?:i|we) (?:kindly )?request|"
    r"\b(?:for|suggested|possible|proposed|some) improvements?\b|suggestion|proposition|pistes?\b|idees?\b|"
    r"recommandation|il faut|il faudrait|"
    r"on pourrait|on devrait|ideas?\b|proposals?\b|suggest|recommend|we should|we could|we need"
)
_NOT_PROPOSING = re.compile(
    r"\b(?:if|whether|what|how|why|when|where|which|si|comment|quoi|ce que) (?:we|you|i|they|on|nous|l'on) (?:should|"
    r"could|would|must|pourrait|devrait|doit)\b|\bil (?:me |nous )?(?:faut|faudrait) (?:bien |au moins |quand meme |"
    r"tout de meme )?(?:esperer|croire|dire|avouer|admettre|savoir|noter|voir|le dire|reconnaitre que)\b|"
    r"\bpourquoi pas,? mais\b|\b(?:like|as|than|where) (?:we|i|you) (?:could|should)\b|"
    r"\b(?:something|anything|what) (?:we|i|you) (?:should|could|must|ought to)\b|"
    r"\bquelque chose (?:que|qu') ?(?:nous|on|l'on) (?:devrait|devrions|pourrait|pourrions|doit|devons)\b|"
    r"\blet's (?:be (?:real|honest|clear|fair)|see|wait|hope)\b|"
    r"\b(?:as per|according to) (?:the |an? |\w+'s )?(?:e-?mail|mail|instructions?|notice|guidelines?|announcement|"
    r"rules?)\b|"
    r"\b(?:selon|d'apres) (?:le|la|les|l') ?(?:mail|courriel|consignes?|regles?|reglement|annonce)\b"
)
"""Not proposing: a question about what to do, "il faut dire que…", a rule reported ("as per the email we should…"),
a proposal that names nothing ("it is something we ought to address")."""
_DISCREPANCY = re.compile(
    r"\b(?:is|are|was|were|seems|looks) (?:still )?(?:different|not the same|wrong|incorrect|broken|outdated|missing|"
    r"mismatched)\b|\b(?:does not|doesn't|do not|don't|did not|didn't) (?:match|work|correspond)\b|\bmismatch|"
    r"\b(?:est|sont|etait|semble) (?:toujours )?(?:differente?s?|errone\w*|incorrecte?s?|faux|fausses?|casse\w*|"
    r"manquante?s?|obsolete\w*|pas (?:le|la|les) meme)\b|"
    r"\bne (?:correspond|correspondent|marche|marchent|fonctionne|fonctionnent) (?:pas|plus)\b"
)
"""A fault stated ("the URL in the script is different from the real one", "le lien ne marche pas"):
a problem to fix, even with "please change it" after it; a proposal only when the group is asked
to do something ("we should…", "il faudrait…")."""
_DISCREPANCY_WORDS = (
    *("differen", "the same", "wrong", "incorrect", "broken", "outdated", "missing", "match", "work", "correspond"),
    *("errone", "faux", "fausse", "casse", "manquant", "obsolete", "meme", "marche", "fonctionne"),
)
"""Words every `_DISCREPANCY` match holds."""
_FOR_US = re.compile(
    r"\b(?:we|nous|on|l'on) (?:should|could|must|ought to|need to|devrions|pourrions|devons|pourrait|devrait|doit)\b|"
    r"\bil (?:nous )?(?:faut|faudrait)\b|\blet's\b|"
    r"\b(?:i|je|we|nous) (?:propose|suggest|recommend|propos\w*|sugger\w*)\b"
)
_INDIVIDUAL = re.compile(
    r"\bmy (?:own )?(?:submission|mark|score|application|project|assignment|answer|exam|grade|repo|case|request|"
    r"account|code|result|attempt|evaluation|work|form|file)|\b(?:allow|let|give|help|grant|consider) me\b|\bfor me\b|"
    r"\bi (?:was (?:unable|not able|disconnected|absent|ill|sick)|wasn't|got|scored|submitted|spent|realize|missed|"
    r"could not|couldn't|didn't|have (?:done|completed|"
    r"submitted|put|scored|worked))\b"
)
"""A request about one's own case ("consider my submission", "I got disconnected… please"): individual help."""
_INDIVIDUAL_WORDS = ("my ", " me", "i ")
"""Words every `_INDIVIDUAL` match holds."""
_ADVICE = re.compile(
    r"\byour\b(?! (?:kind |)(?:consideration|attention|understanding|response|support|help|time|reply|guidance|"
    r"patience|efforts?)\b)|\b(?:i|we) (?:would )?(?:suggest|recommend|advise)(?: that)? (?:you\b|\w+ing\b)|"
    r"\bmake sure (?:that )?(?:you|your)\b|\bgive it a (?:shot|try|go)\b|\btry (?:again|it)\b|\bhelp you\b"
)
"""Advice to the member who asked ("add context to your query", "I recommend attending…"): an answer."""
_ADVICE_WORDS = ("your", "suggest", "recommend", "advise", "make sure", "give it a", "try ", "help you")
"""Words every `_ADVICE` match holds."""
_INFO_REQUEST = re.compile(
    r"\b(?:please|pls|plz|kindly|could you|can you|can u)\W+(?:\w+\W+){0,3}(?:give|share|provide|tell|send)\W+"
    r"(?:us\W+|me\W+)?(?:the\W+|a\W+|some\W+|more\W+|any\W+)?(?:date|agenda|hint|details|update|link|recording|clarity|"
    r"information|timeline|schedule)"
)
"""Asking to be told something ("please give the date and agenda"): a question, not a change."""
_INFO_REQUEST_WORDS = ("please", "pls", "plz", "kindly", "could you", "can you", "can u")
"""Words every `_INFO_REQUEST` match holds."""
_HELP_PLEA = re.compile(
    r"(?:\b(?:kindly|please|pls|plz) (?:help|guide|advise|assist)(?: (?:me|us|out))?|\bany help|\baidez[- ]moi|"
    r"\bmerci de m'aider|\bbesoin d'aide)(?:\W+(?:svp|stp|s'il vous plait|please|pls|sir))?\W*$",
    re.M,
)
"""A plea for help closing a line ("Kindly help", "Aidez-moi svp"): the post's questions ask what to do,
even "Should we open the link in incognito mode?"."""
_HELP_PLEA_WORDS = (
    *(f"{ask} {verb}" for ask in ("kindly", "please", "pls", "plz") for verb in ("help", "guide", "advise", "assist")),
    *("any help", "aidez", "m'aider", "d'aide"),
)
"""Words every `_HELP_PLEA` match holds."""
_HELP_WORDS = ("help", "guide", "advise", "assist", "aide")
"""One of these is in each of `_HELP_PLEA_WORDS`: five scans of a whole post spare most posts twenty."""


_ANAPHORA = re.compile(
    r"^(?:c'est (?:ce|cette|cela|ca|celui|celle)\b|ce dernier|cette derniere|ces derniers|cela|ca |celui|celle|"
    r"ceux|this|that|these|those)\b"
)
_WORD = re.compile(r"(?<![a-z0-9'])(?:(?:qu|[ldnscjmt])')?([a-z0-9]+(?:'[a-z0-9]+)?)")
_STOP = frozenset(
    [
        "a",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "cet",
        "cette",
        "dans",
        "de",
        "des",
        "du",
        "en",
        "et",
        "il",
        "ils",
        "elle",
        "elles",
        "je",
        "la",
        "le",
        "les",
        "leur",
        "leurs",
        "lui",
        "ma",
        "me",
        "mes",
        "mon",
        "ne",
        "nos",
        "notre",
        "nous",
        "on",
        "ou",
        "par",
        "pas",
        "plus",
        "pour",
        "qu",
        "que",
        "qui",
        "sa",
        "se",
        "ses",
        "si",
        "son",
        "sur",
        "ta",
        "te",
        "tes",
        "ton",
        "tu",
        "un",
        "une",
        "vos",
        "votre",
        "vous",
        "y",
        "est",
        "sont",
        "etre",
        "ont",
        "avoir",
        "fait",
        "faire",
        "c",
        "d",
        "j",
        "l",
        "m",
        "n",
        "s",
        "t",
        "qu'",
        "aussi",
        "tres",
        "bien",
        "meme",
        "comme",
        "mais",
        "donc",
        "or",
        "ni",
        "car",
        "afin",
        "the",
        "of",
        "and",
        "to",
        "in",
        "for",
        "on",
        "with",
        "is",
        "are",
        "be",
        "a",
        "an",
        "that",
        "this",
        "it",
        "as",
        "at",
        "by",
        "from",
        "or",
        "not",
        "we",
        "our",
        "you",
        "your",
        "they",
        "their",
        "i",
        "d'un",
        "d'une",
        "l'on",
        "qu'il",
        "qu'ils",
        "c'est",
        "n'est",
        "s'il",
    ]
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One proposal as stated in one post: `lead` is the sentence that states it, `text` the
    whole statement (a list item with its explanation, or the sentence and what follows it)."""

    post_number: int
    author: str
    lead: str
    text: str
    kind: str  # "item", "emoji", "label" or "sentence"


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence of a post, and the candidate it belongs to (an index into the post's candidates) if any."""

    post_number: int
    author: str
    folded: str
    tokens: tuple[str, ...]
    candidate: int | None


SHORT_REPLY_WORDS = 40
"""A reply this short ("+1, d'accord") answers the post just above it."""
WORDS_COUNTED = SHORT_REPLY_WORDS + 1


@dataclass(frozen=True, slots=True)
class PostReading:
    post_number: int
    author: str
    candidates: tuple[Candidate, ...]
    units: tuple[Unit, ...]
    endorses: bool  # a paragraph opens with agreement ("+1", "d'accord", "I agree")
    dissents: bool
    words: int  # counted up to WORDS_COUNTED + 1: enough to tell a short reply from a longer one
    quotes: tuple[Quote, ...] = ()
    cited: tuple[str, ...] = ()  # bare blockquotes ("> "), which name no post
    synthesis_cue: bool = False  # "je tente une petite synthèse", "to sum up the thread"
    reply_to: int | None = None
    asks: bool = False  # the post asks something ("?" in its own words)
    asks_group: bool = False  # …asks the group what to do ("Faut-il… ?", "Should we… ?")

    @property
    def states_something(self) -> bool:
        """Whether the post counts for the ranking at all (a "merci" or the asking post does not)."""
        return bool(self.candidates or self.endorses or self.dissents or self.quotes)


_ADDITIVE = re.compile(
    r"^(?:(?:on|nous|l'on) (?:pourrait|pourrions|devrait|devrions|peut|doit) (?:\w+ )?aussi|"
    r"il (?:faut|faudrait|serait \w+ de) aussi|(?:aussi|egalement|de plus|par ailleurs|en outre),? (?:il faut|il "
    r"faudrait|on pourrait|on devrait)|we (?:could|should|must) also|also,? we (?:could|should))\b"
)
_JUSTIFIES = re.compile(
    r"\b(?:would (?:really |greatly )?(?:help|allow|ensure|enable|let)|this would|that would|"
    r"cela permettrait|ce qui permettrait|ca permettrait|permettrait de)\b"
)
"""A sentence saying what the one before it would bring belongs to it ("Increasing X would help…")."""
_SUMMING_UP = re.compile(
    r"^(?:en bref|bref|en resume|pour resumer|en somme|en conclusion|au final|je pense donc|nous pensons donc|donc|"
    r"in short|to sum up|in summary|so to conclude)\b"
)
_NARRATIVE_INTRO = re.compile(
    r"comme suit|ont ete (?:utilise|depense|affecte|reparti)|a ete (?:utilise|depense)|voici ce qui|"
    r"nous avons (?:fait|finance|utilise)|were (?:spent|used) as follows|we (?:spent|used)"
)
_PROBLEM = re.compile(r"^(?:problematique|probleme|constat|le probleme|le souci|the problem|problem|issue|the issue)\b")
_SYNTHESIS_WORDS = ("synthe", "recap", "resume du fil", "compte-rendu du fil", "summary of", "to sum up", "tl")
"""One of these is in every `_SYNTHESIS_CUE` match."""
_SYNTHESIS_CUE = re.compile(
    r"\b(?:synthese|synthetiser|recapitulatif|recap|resume du fil|compte-rendu du fil|summary of (?:the|this) "
    r"(?:thread|discussion)|to sum up (?:the|this) (?:thread|discussion)|tl;?dr)\b"
)


def _synthesis_cue(line: str) -> bool:
    folded = fold(line)
    return any(w in folded for w in _SYNTHESIS_WORDS) and bool(_SYNTHESIS_CUE.search(folded))


def read_post(post: Post, text: PostText | None = None) -> PostReading:
    """The proposals a post states and every sentence it contains (quotes excluded).
    `text` is the post already read (`bot.text.analyse`); read here when not given."""
    seen = text or analyse(post)
    candidates: list[Candidate] = []
    bodies: list[list[str]] = []  # each candidate's sentences, for its full wording
    units: list[Unit] = []
    item_next = False
    options = False  # items listed after a question ("Quelle démarche … qui : - soulignerait …") are its options
    listing = False  # items after "Quelques suggestions :" / "Il faudrait … :" are proposals whatever their wording
    narrative = False  # items after "… ont été utilisés comme suit :" report what was done
    folded_text = _fold_text(seen.text)  # once, and not into `fold`'s memory of sentences
    pleads = any(w in folded_text for w in _HELP_WORDS) and _holds(_HELP_PLEA, _HELP_PLEA_WORDS, folded_text)
    titles = [link.text for link in seen.links if len(link.text.split()) >= REFERENCE_WORDS]
    for raw_line in seen.text.split("\n"):
        line = raw_line.strip()
        if not line:
            continue
        if _BARE_BULLET.match(line):
            item_next = True
            continue
        line_kind, body = _line_kind(line, item_next)
        item_next = False
        sentences = split_sentences(body)
        if not sentences:
            continue
        if line_kind not in ("item", "emoji"):
            folded_body = fold(body) if body.endswith(":") else ""
            options = body.endswith(":") and _is_question(folded_body)
            if body.endswith(":") and not options:
                narrative = bool(_NARRATIVE_INTRO.search(folded_body))
                if not narrative and len(sentences[-1].split()) <= 15 and _INTRO.search(fold(sentences[-1])):
                    listing = True
                elif line_kind == "heading":
                    listing = False  # a new heading opens a new list: "Correct answers:" after "We need:"
            elif line_kind == "text":
                narrative = False
        elif narrative:
            line_kind = "reported"  # what was done, not what is proposed
        owner: int | None = None
        if options and line_kind in ("item", "emoji"):
            line_kind = "option"
        elif line_kind in ("item", "emoji", "label") and not _a_reference(body, titles):
            lead = sentences[0]
            listed = (line_kind == "emoji" or listing) and not narrative
            if _is_proposal(lead, explicit=line_kind == "label", item=listed):
                owner = len(candidates)
                candidates.append(Candidate(post.post_number, post.username, lead, lead, line_kind))
                bodies.append([])
        current = owner
        for i, sentence in enumerate(sentences):
            folded = fold(sentence)
            mine: int | None = None
            if owner is not None and i == 0:
                mine = owner
            elif (
                line_kind not in ("heading", "option")
                and _is_proposal(sentence)
                and not (len(candidates) >= 3 and _SUMMING_UP.match(folded))
                and (line_kind != "reported" or _PROPOSING_MODAL.search(folded))
                and not (pleads and _is_question(folded))
            ):
                justifies = current is not None and _JUSTIFIES.search(folded)
                if (owner is None and not justifies) or _ADDITIVE.match(_strip_lead(folded)):
                    mine = len(candidates)
                    candidates.append(Candidate(post.post_number, post.username, sentence, sentence, "sentence"))
                    bodies.append([])
                    current = mine
                else:
                    mine = current
            elif current is not None and (owner is not None or _ANAPHORA.match(_strip_lead(folded))):
                mine = current
            if mine is not None:
                bodies[mine].append(sentence)
            units.append(Unit(post.post_number, post.username, folded, sentence_tokens(folded), mine))
    full = [
        Candidate(c.post_number, c.author, c.lead, " ".join(body) or c.lead, c.kind)
        for c, body in zip(candidates, bodies, strict=True)
    ]
    lines = [line for line in seen.text.split("\n") if line.strip()]
    stances = [_stance(_opening(line)) for line in lines]
    return PostReading(
        post_number=post.post_number,
        author=post.username,
        candidates=tuple(full),
        units=tuple(units),
        endorses=any(agrees for agrees, _ in stances),
        dissents=any(disagrees for _, disagrees in stances),
        words=len(seen.text.split(None, WORDS_COUNTED)),
        quotes=seen.quotes,
        cited=seen.cited,
        synthesis_cue=any(_synthesis_cue(line) for line in lines[:6]),
        reply_to=post.reply_to_post_number,
        asks="?" in seen.text,
        asks_group="?" in seen.text and _holds(_GROUP_QUESTION, _GROUP_QUESTION_WORDS, folded_text),
    )


REFERENCE_WORDS = 2
"""Fewer words than this besides its links and mentions, and a list item is a reference."""
_MENTION = re.compile(r"@[\w.-]+")
_WORD_OF_TWO = re.compile(r"\w{2,}")


def _a_reference(body: str, titles: list[str]) -> bool:
    """Whether a list item is a link and little else ("from @ann: dockerfiles/ci at main · GitHub" under "I suggest to
    build on the following work:"): a work pointed to, not a proposal of its own."""
    rest = body
    for title in titles:
        if title in rest:
            rest = rest.replace(title, " ")
    if rest == body:
        return False
    return len(_WORD_OF_TWO.findall(_MENTION.sub(" ", rest))) < REFERENCE_WORDS


OPENING_WORDS = 15


def _opening(line: str) -> str:
    """The first 15 words of the folded line, folding only them (folding never joins two words,
    but a word of marks alone can fold to nothing: then the whole line is folded)."""
    head = line.split(None, OPENING_WORDS)
    words = fold(" ".join(head[:OPENING_WORDS])).split()
    if len(words) < OPENING_WORDS and len(head) > OPENING_WORDS:
        words = fold(line).split()
    return " ".join(words[:OPENING_WORDS])


def _strip_lead(folded: str) -> str:
    return _LEADING_MARKS.sub("", folded.strip(" \"'«»“”"))


def _line_kind(line: str, item_next: bool) -> tuple[str, str]:
    """("item" | "emoji" | "label" | "heading" | "text", the line without its bullet/emoji/label)."""
    body = line
    bullet = _BULLET.match(body)
    is_item = item_next or bool(bullet)
    if bullet:
        body = body[bullet.end() :]
    emoji = _EMOJI.match(body)
    if emoji:
        name = emoji.group(0).strip().strip(":")
        body = body[emoji.end() :]
        if name in _HEADING_EMOJI:
            return "heading", body
        clean = _clean(body)
        if _is_title(clean):
            return "heading", clean
        if name in _PROPOSAL_EMOJI:
            return _labelled(clean, "emoji")
        if name not in _QUESTION_EMOJI:
            is_item = True
    return _labelled(_clean(body), "item" if is_item else "text")


def _is_title(body: str) -> bool:
    """An emoji-led title ("🔹 Lack of Prerequisites"): a few words, no sentence, no proposing verb."""
    folded = fold(body)
    return (
        0 < len(folded.split()) <= 8
        and not re.search(r"[.!?:;,]$", folded)
        and not _PROPOSING_LEAD.match(folded)
        and not _ITEM_LEAD_EN.match(folded)
        and not _proposing(folded)
    )


def _labelled(body: str, kind: str) -> tuple[str, str]:
    label = _LABEL.match(body)
    if label:
        return "label", body[label.end() :]
    if body.endswith(":") and len(body.split()) <= 12:
        return "heading", body
    return kind, body


_EMOJI_CODE = re.compile(r":[a-z0-9_+-]+:")
_LEADING_MARKS = re.compile(r"^[^a-z0-9+]+")
_LEADING_QUOTES = re.compile(r"^[\"“”«»'\s=>]+")
_SPACES = re.compile(r"\s{2,}")


def _clean(text: str) -> str:
    """Drop inline emoji codes and stray markup characters; keep the words."""
    if ":" in text:
        text = _EMOJI_CODE.sub(" ", text)
    if "**" in text or "__" in text:
        text = text.replace("**", "").replace("__", "")
    text = _LEADING_QUOTES.sub("", text)
    return _SPACES.sub(" ", text).strip() if "  " in text else text.strip()


_TWO_LETTERS = re.compile(r"[A-Za-zÀ-ÿ]{2}")


def split_sentences(text: str) -> list[str]:
    if "." in text or "!" in text or "?" in text or "…" in text:
        parts = [p.strip() for p in _split_at_ends(text)]
    else:  # no sentence end to split at
        parts = [text.strip()]
    return [p for p in parts if _TWO_LETTERS.search(p)]


def _split_at_ends(text: str) -> list[str]:
    """`_SENTENCE_END.split(text)`, its matches tried only after a mark (a regex starting with a
    lookbehind is otherwise tried at every character)."""
    parts = []
    start = 0
    for mark in _MARK.finditer(text):
        if mark.end() < start:
            continue
        end = _SENTENCE_END.match(text, mark.end())
        if end:
            parts.append(text[start : end.start()])
            start = end.end()
    parts.append(text[start:])
    return parts


def _is_proposal(sentence: str, explicit: bool = False, item: bool = False) -> bool:
    """Whether a sentence proposes. Items and labelled lines propose unless they are
    questions, thanks, greetings or sign-offs; free sentences need proposing words."""
    folded = _LEADING_MARKS.sub("", fold(sentence).strip(" \"'«»“”"))
    free = not explicit and not item
    if (
        free
        and not _proposing(folded)
        and not (folded.rstrip().endswith("?") and _holds(_SUGGESTION_QUESTION, _SUGGESTION_WORDS, folded))
    ):
        return False  # the test a free sentence needs in the end, first: most sentences stop here
    words = folded.split()
    if len(words) < 2 and not explicit:
        return False
    if folded.endswith(":") and not explicit:
        return False
    if courtesy(folded) or _PROBLEM.match(folded):
        return False
    if _ENDORSE.match(folded) and len(words) <= 6:
        return False
    if _NOT_PROPOSING.search(folded) or (not item and _ANAPHORA.match(folded)):
        return False
    if (
        _holds(_INDIVIDUAL, _INDIVIDUAL_WORDS, folded)
        or _holds(_ADVICE, _ADVICE_WORDS, folded)
        or _holds(_INFO_REQUEST, _INFO_REQUEST_WORDS, folded)
    ):
        return False
    if not explicit and _holds(_DISCREPANCY, _DISCREPANCY_WORDS, folded) and not _FOR_US.search(folded):
        return False
    if _is_question(folded) and not explicit and not _holds(_SUGGESTION_QUESTION, _SUGGESTION_WORDS, folded):
        return False
    if explicit:
        return True
    if item and len(words) >= 3:
        return True
    return free or _proposing(folded) or (item and bool(_ITEM_LEAD_EN.match(folded)))


_CLOSING_ASIDE = re.compile(r"\s*\([^()]*\)\W*$")


def _is_question(folded: str) -> bool:
    """Ends with "?" (a closing aside in brackets aside) or opens with a question word."""
    end = (_CLOSING_ASIDE.sub("", folded) if "(" in folded else folded).rstrip(' .…»"”):')
    return end.endswith("?") or bool(_QUESTION_START.match(folded))


class _Vocabulary(dict[str, str]):
    """Each word seen once: its matching form ("" for a stop-word), interned, remembered."""

    def __missing__(self, word: str) -> str:
        if len(self) > 200_000:
            self.clear()
        if (len(word) < 2 and not word.isdigit()) or word in _STOP:
            token = ""  # a lone digit stays: "projet 5" is not "projet 6"
        else:
            token = intern(word[:-1] if len(word) > 4 and word[-1] in "sx" else word)
        self[word] = token
        return token


_VOCABULARY = _Vocabulary()


class _Runs(dict[bytes, str]):
    """Each run of letters, digits and apostrophes seen once: the token `_WORD` reads in it
    (a run holds one `_WORD` match at most, at its start), through `_VOCABULARY`."""

    def __missing__(self, run: bytes) -> str:
        if len(self) > 200_000:
            self.clear()
        word = run.decode("ascii")
        if "'" in word:
            found = _WORD.findall(word)
            word = found[0] if found else ""
        token = self[run] = _VOCABULARY[word]
        return token


_RUNS = _Runs()


def content_tokens(folded: str) -> tuple[str, ...]:
    """Words that carry meaning, for matching: elision and stop-words out, plural -s/-x trimmed.
    (`_WORD.findall(folded)`, word for word, read run by run.)"""
    runs = folded.encode("utf-8", "surrogatepass").translate(_RUN_BYTES).split()
    return tuple(filter(None, map(_RUNS.__getitem__, runs)))


sentence_tokens = lru_cache(maxsize=4096)(content_tokens)
"""`content_tokens` of a sentence, remembered: a sentence said again (a repost, a restatement,
a quote) shares its tuple with the first saying instead of holding one of its own."""


_COLLECTIVE = re.compile(
    r"\b(?:we|us|our|everyone|everybody|all of us|many of us|students|nous|notre|nos|on|l'on|chacun|tous|"
    r"collectivement|ensemble)\b"
)
_EXPLICIT = re.compile(
    r"\b(?:je propose|nous proposons|je suggere|nous suggerons|je recommande|nous recommandons|i propose|we propose|"
    r"i suggest|we suggest|proposition|proposal|suggestion)\b"
)
_GROUP_QUESTION = re.compile(
    r"\b(?:faut-il|doit-on|devons-nous|devrait-on|devrions-nous|pourrait-on|pourrions-nous|qu'en pensez-vous|"
    r"vous en pensez quoi|should we|shall we|do we want|what do you (?:all )?think|thoughts\s*\?)"
)
_GROUP_QUESTION_WORDS = ("-il", "-on", "-nous", "-vous", "pensez quoi", " we", "think", "thoughts")
"""Words every `_GROUP_QUESTION` match holds."""


DELIBERATION = 2
"""Signals a thread needs before its proposals are listed (see `deliberative`)."""


def deliberative(readings: dict[int, PostReading]) -> bool:
    """Whether the thread debates what to do, so that its proposals can be listed at all.

    A question answered, a logistics thread or one member's lone request holds no proposals a
    group would vote on. Each of these counts one signal, and two are needed: a member stating
    a proposal (each member counts), a proposal worded for the group ("we should…", "il faut
    que nous…", "allow us…") or a list of proposals, one stated as such ("je propose…",
    "Proposal:"), an opening post asking the group what to do ("Faut-il… ?"), a reply agreeing
    or objecting to a post that states one (or quoting it). A post answering another member's question with nothing
    worded for the group gives advice to that member: no signal."""
    collective = {n for n, r in readings.items() if r.candidates and _for_the_group(r)}
    numbers = sorted(readings)
    proposing = {
        n: r
        for n, r in readings.items()
        if r.candidates and (n in collective or not _answers_question(n, r, readings, numbers))
    }
    if not proposing:
        return False
    score = len({r.author for r in proposing.values()}) + (1 if collective else 0)
    if any(_EXPLICIT.search(fold(c.text)) or c.kind == "label" for r in proposing.values() for c in r.candidates):
        score += 1
    if (first := readings.get(min(readings))) is not None and first.asks_group:
        score += 1
    authors = {n: r.author for n, r in proposing.items()}
    for n, r in readings.items():
        if score >= DELIBERATION:
            break
        if not (r.endorses or r.dissents):
            continue
        if any(m in authors and authors[m] != r.author for m in _answered(n, r, numbers)):
            score += 1
    return score >= DELIBERATION


def _for_the_group(reading: PostReading) -> bool:
    """A proposal worded for the group ("we should…", "allow us…", "il faut que nous…"), or a list of them."""
    return any(
        _COLLECTIVE.search(fold(c.text)) or (c.kind != "sentence" and len(reading.candidates) >= 2)
        for c in reading.candidates
    )


def _answered(number: int, reading: PostReading, numbers: list[int]) -> set[int]:
    """The posts a post answers: those it quotes, the one it replies to, else the one just above
    (`numbers`: the topic's post numbers, sorted)."""
    quoted = {q.post_number for q in reading.quotes if q.post_number}
    if reading.reply_to:
        return quoted | {reading.reply_to}
    at = bisect_left(numbers, number)
    return quoted | {numbers[at - 1] if at else 0}


def _answers_question(number: int, reading: PostReading, readings: dict[int, PostReading], numbers: list[int]) -> bool:
    """Whether the post answers a question another member asked."""
    return any(
        (other := readings.get(m)) is not None and other.asks and other.author != reading.author
        for m in _answered(number, reading, numbers)
    )
