"""Pleas for a guide, a document, code or data, and questions whether one exists: a request by the shape of
the question, even inside a long report of one's trouble."""

from __future__ import annotations

from itertools import islice

from handlers.links.text.exclusions import NOT_A_LINK, for_a_link, is_over
from handlers.links.text.words import (
    CONTROL,
    EXAMPLE_PLEA,
    GUIDE,
    IN_QUESTION,
    IN_SENTENCE,
    KEENLY,
    OWN_CASE,
    TROUBLE,
    WHO,
    compiled,
    sentence_of,
)

_NO_GUIDE = r"(?:ways?|possibilit\w+|options?|chance|methods?|means)"
"""What "is there" asks for when it asks how, not for a guide ("is there a way to record a video?")."""
_POINT_PLEA = (
    rf"\b(?:could|can|would) {WHO}(?: please)? (?:please )?(?:re)?(?:direct|point|guide|refer|lead) (?:me|us) "
    r"(?:to|towards) "
    rf"(?:a |an |the |some |any )?(?:[\w-]+ ){{0,3}}?(?:{GUIDE}|scripts?|scripting|code|examples?|resources?|"
    rf"references?|pages?)\b"
)
"""A plea to be pointed to a guide or to code ("could you direct me to Python scripting that…", "could someone
redirect me to the documentation?"): asked of someone."""
_NOT_DOC = (
    rf"(?![\w-])(?!{CONTROL}|{OWN_CASE}|\s+(?:changes?|updates?|errors?|problems?|issues?|bugs?|fix(?:es)?|review|style|"
    r"base|path|folder|director(?:y|ies)|line|block|generation|editor|(?:is|are|was|were) (?:not|broken|wrong)\b|"
    r"(?:that )?(?:you|u) (?:need|want|require|would like|'d like)\b|(?:too |so |very |rather |quite )?(?:confusing|"
    r"useful|helpful|hard|difficult|easy|outdated|unclear|misleading|incomplete)\b))"
)
"""After the thing: not a part of the program ("the documentation button"), nor one's own example case
("a sample data set of yours"), nor a change or a fault in code ("any code changes", "a documentation
update"), nor what the addressee may want, offered ("any resources you need, tell me"), nor an opinion of
it ("has anyone found the documentation confusing?")."""
_PUBLISHED = (
    rf"(?:{GUIDE}|user ?guides?|walk-?throughs?|how-?tos?|references? (?:to|on|for|about|describing)|papers?|"
    r"publications?|articles?|resources?|(?:learning|training|teaching|reading|course|educational) materials?|"
    r"links?|pointers?(?= (?:to|towards)\b)(?! to (?:try|solve|fix|do|help|get|make|understand|figure|resolve)\b)|"
    r"wiki|installers?|release ?notes?|change ?logs?|"
    r"install(?:ation)? (?:files?|packages?)|source code|write-?ups?|literature|"
    r"(?:text)?books?|"
    r"(?:sample|example|test|demo|public|open) (?:code|scripts?|data ?sets?|data|projects?|notebooks?)|"
    rf"notebooks?){_NOT_DOC}"
)
"""What a link leads to on a software's forum: a guide, a paper, example code, a data set, an installer; "pointers"
only to something ("a pointer to a public data set"): "any pointers on my new issues?" asks for advice."""
_EXAMPLE = (
    r"(?:examples?|samples?)(?= (?:about|for|on|showing|that|which|how)\b|\s*\?)"
    r"(?! (?:for|on) (?:your|my|our|their|his|her|data|such)\b)"
)
"""An example or a sample followed by what it shows ("is there a sample about calling C++ from JavaScript?"): on a
software's forum, example code to read, not one's own case ("an example for my data")."""
_DOC = rf"(?:{_PUBLISHED}|(?:code|scripts?|snippets?|data ?sets?|{_EXAMPLE}){_NOT_DOC})"
"""The same, or code or a data set: asked whether one exists or where it is, it is someone's published work;
asked to be sent ("can you send me the code?", "could you share the data set?"), it is the addressee's own,
or a solution to be handed over."""
_QUALIFIER = (
    rf"(?:a |an |any |some |the |good |other |more |further )*(?:(?!(?:{_NO_GUIDE}|{TROUBLE}|of|with|in|on|for|to|"
    r"from|about|between|through|via|by|at|into|help|this|that|these|those|my|your|our|his|her|their|no)\b)"
    r"[\w-]+[ /]){0,4}?"
)
"""Words before the thing that qualify it ("any good python scripting tutorial"), none a place, a relation
or an owner ("a problem only with this data set" asks about a fault)."""
_ASKED_DOC = rf"(?:also |already |maybe |perhaps )?{_QUALIFIER}{_DOC}"
"""The thing asked whether it exists, as the question names it ("is there also a good python tutorial")."""
_SOMEONE_HAS = (
    r"(?:does|do) (?:anyone|anybody|someone|somebody)(?: here| else| of you| out there)? (?:have|know(?: of)?)"
)
"""Asking whether someone has one ("does anyone know of…")."""
_WANTED = r"(?:an? |any |some )?(?:[\w-]+ (?:or|and|/) )?(?:[\w-]+ ){0,2}?"
"""The words opening a sentence before the thing one would welcome ("any references or links…", "a video tutorial")."""
_HELPFUL = (
    r"(?:^|[.!?\n] ?)(?!(?:[\w-]+ ){0,2}?(?:this|that|these|those|the|having|my|your|our|his|her|their|its)\b)"
    rf"{_WANTED}{_PUBLISHED}[^.!?\n]{{0,50}}?"
    rf"\b(?:would|will) be {KEENLY}(?:helpful|useful)\b"
    r"|(?:^|[.!?\n] ?)(?:any|some) (?:[\w-]+ (?:or|and|/) )?(?:any |some )?(?:[\w-]+ ){0,2}?"
    rf"{_PUBLISHED}[^.!?\n]{{0,50}}?\b(?:is|are) {KEENLY}(?:appreciated|welcome|helpful|useful)\b"
)
"""A guide or a link one wants, said to be welcome ("a video tutorial will be really helpful", "any references or
any links related to this is very helpful"): one that exists, not "this video would be helpful" (one given), nor
"having a data set would be helpful" or "any script will be useful" (one's own, or code to be written)."""
_OPENING_ASKS = (
    rf"(?:^|(?<=[.!?\n])|(?<=[.!?\n] ))(?:(?:is|are) there(?! the\b)|{_SOMEONE_HAS}) {_ASKED_DOC}"
    rf"(?={IN_SENTENCE}{{0,150}}(?:[.\n]|$))"
)
"""A sentence opening on the question's inverted words ("Is there a simple example on how to…") asks, with or
without its question mark, when it ends as a sentence does (not an unpunctuated wall of words)."""
_DOC_FRAMES = (
    # whether one exists, or someone has one
    r"(?:\b(?:(?:is|are|was|were|isn't|aren't) there(?! the\b)|(?:if|whether) there (?:is|are|was|were)(?! the\b)|"
    rf"{_SOMEONE_HAS}|"
    r"(?:anyone|anybody|someone|somebody) (?:has|have|knows?(?: of)?)|do (?:you|u) know(?: of)?|"
    r"(?:has|have|did) (?:anyone|anybody|someone|somebody) (?:written|made|published|shared|seen|come across|found)) "
    r"|(?:^|(?<=[.!?\n] )|(?<=\n))(?:and |also |or )?(?=any\b))"
    rf"{_ASKED_DOC}"
    rf"(?={IN_SENTENCE}{{0,150}}(?:\?|\b(?:please|thanks?|thank you|interested|let (?:me|us) know)\b))"
    rf"|{_OPENING_ASKS}"
    # the same, asked indirectly ("I was wondering if, besides the wiki, there is a guide on…")
    r"|\b(?:wonder(?:ing|ed)?|(?:like|want(?:ed)?) to know|ask(?:ing)?) (?:if|whether)\b[^.!?\n]{0,70}?"
    rf"\bthere (?:is|are|was|were)(?! the\b) {_ASKED_DOC}"
    rf"|\b(?:can|could|may) (?:i|we|one) (?:find|get|download|obtain|access) {_QUALIFIER}{_PUBLISHED}"
    rf"(?={IN_SENTENCE}{{0,150}}\?)"
    # whether a program, a module or a project has a guide
    r"|\b(?:does|do) (?!(?:you|u|i|we|they|anyone|anybody|someone|somebody|my|your|our)\b)(?:the |this |that )?"
    rf"[\w-]+(?: [\w-]+)?? (?:have|has|provide|offer|come with) {_QUALIFIER}{GUIDE}{_NOT_DOC}"
    rf"(?={IN_SENTENCE}{{0,150}}\?)"
    # one is looking for one, or needs one
    r"|\b(?:(?:i|we)(?:'m| am|'re| are| was| were) (?:still |currently |also )?(?:looking|searching) for|"
    r"(?:i|we)(?:'m| am|'re| are| was| were|'ve been| have been) (?:trying|hoping) to (?:find|get|locate)|"
    rf"(?<!when )(?:i|we) (?:would like|'d like|need|want) to (?:find|read|see)) {_QUALIFIER}{_DOC}"
    rf"|\b(?<!when )(?:i|we) (?:would like|'d like|need|want) (?:an? |some )(?:(?!to\b)[\w-]+ ){{0,3}}?"
    rf"{GUIDE}{_NOT_DOC}"
    # a plea to share, suggest or send one
    rf"|\b(?:please|pls|kindly|(?:could|can|would|will) {WHO}(?: please)?(?: be able to)?|"
    rf"(?:if|whether) {WHO} (?:could|can|would)(?: please)?|(?:would|will) it be possible(?: for {WHO})? to|"
    rf"is it possible(?: for {WHO})? to) (?:please )?"
    r"(?:[\w-]+ (?:[\w-]+ )?(?:or|and) )?(?:share|send|provide|post|suggest|recommend|give|point out|"
    r"refer (?:me|us) to) "
    rf"(?:me |us )?(?:with )?{_QUALIFIER}{_PUBLISHED}"
    rf"|\b(?:would|do) {WHO} mind (?:sharing|sending|posting|providing|uploading) "
    rf"(?:me |us )?(?:with )?{_QUALIFIER}{_PUBLISHED}"
    # where it is to be found, downloaded or read about
    r"|\b(?:know (?:of )?|(?:is|are) there )(?:any ?where|somewhere|(?:an? |any )?(?:good |other )?(?:places?|sites?|"
    r"websites?))(?: where)? (?:i|we|one) (?:can|could|might) (?:go (?:to )?)?(?:learn|read|find out)\b"
    r"|\bwhere(?: else)? (?:(?:can|could|do|should|would|may) (?:i|we|one|you)|"
    r"(?:i|we|one|you) (?:can|could|should|might)) "
    r"(?:find|get|download|obtain|read|access|grab) "
    rf"{_QUALIFIER}{_DOC}"
    rf"|\bhow (?:to|(?:can|could|do|should) (?:i|we|one)) (?:find|locate) (?:the |a |an |any )?(?:[\w.-]+ ){{0,3}}?"
    rf"(?:{_DOC}|documents?)"
    r"|\bwhere(?: else)? (?:can|could|do|should|would|may) (?:i|we|one) download\b"
    r"(?![^.!?,\n]{0,40}? to\s*(?:[.!?,\n]|$))"
    r"|\bwhere(?:'s| is| are) (?:the |an? )?(?:[\w-]+ ){0,2}?(?:projects?|packages?|files?|versions?|releases?|"
    rf"builds?|binar(?:y|ies)|{_DOC}) (?:to|for) download\b"
    # where in a program's source something is written, or is to be changed
    r"|\b(?:which|what) (?:source )?(?:files?|folders?|director(?:y|ies)) (?:contains?|holds?|has|have|implements?|"
    r"defines?) (?:the |those |this |that |these )?(?:[\w-]+ ){0,2}?(?:code|implementation)\b(?! (?:i|we)\b)"
    r"|\b(?:code|source|python|c\+\+|functions?|class(?:es)?|methods?)\b[^.!?\n]{0,100}?\bwhich (?:source )?files? "
    r"(?:should (?:i|we)|(?:i|we) (?:should|must|need to|have to)) (?:go to )?(?:modify|edit|change)\b"
    rf"|\bhow (?:(?:can|could|do|should|would|may) (?:i|we|one)|(?:i|we|one) (?:can|could|should)) download "
    rf"{_QUALIFIER}{_DOC}|\bhow to download {_QUALIFIER}{_PUBLISHED}"
    r"|\bwhere (?:is|are|was|were) (?:the |this |that |these |those )?(?:[\w'-]+ ){1,4}?(?:documented|described|"
    r"explained|published)\b"
    # what there is to read, or a plea that it would be welcome
    rf"|\b(?:what|which) {_QUALIFIER}{_PUBLISHED} (?:is|are|would be|exists?) (?:there|available|out there|"
    r"recommended)\b"
    rf"|(?:^|[.!?\n] ?){_WANTED}"
    rf"{_DOC}[^.!?\n]{{0,50}}?\b(?:(?:i would|i'd|would be|will be) {KEENLY}appreciated?|would (?:really )?help)\b"
    rf"|{_HELPFUL}"
)
"""Asking for something a link leads to by the shape of the question, not by its words: whether one exists
(or "any…?", or "I was wondering if there is one"), whether one can find one or a program has one, that
one is looking or trying to find one or needs one ("I need a user manual"), where one can go to learn, a plea
to share or suggest one, where to find or download one, which source file holds some code or is to be changed,
what there is to read, or that one would be appreciated, would help, or would be helpful (`_HELPFUL`)."""
_GUIDE_FR = (
    r"(?:tutoriels?|tutos?|documentations?|docs?|manuels?|modes? d'emploi|notices?|"
    r"guides? (?:d'|de l'|du |de )?(?:installation|utilisation|utilisateur|demarrage|configuration|prise en main)|"
    r"exemples? de (?:code|scripts?|projets?))\b"
)
"""A guide or example code, in French: what "y a-t-il un tutoriel ?" asks for; a guide only when it is
one to read ("un guide d'installation"), not the person leading a walk."""
_FR_PLEA = (
    # whether one exists, or someone has one
    r"\b(?:y a-t-il|existe-t-il|est-ce qu'il y a|est-ce qu'il existe|il y a|il existe|"
    r"(?:quelqu'un|vous) (?:a|aurait|auriez|avez|connait|connaitrait|connaissez)(?: deja)?|connaissez-vous|"
    r"auriez-vous|avez-vous) (?:un |une |des |de la |du |de |d'|quelques )?(?:bons? |bonnes? |petite? )?"
    rf"{_GUIDE_FR}{IN_QUESTION}{{0,90}}\?"
    # one is looking for one
    rf"|\b(?:je|nous) (?:re)?cherch(?:e|ons) (?:un |une |des |de la |du |de |d'|quelques )?(?:bons? |bonnes? )?"
    rf"{_GUIDE_FR}"
    # where to find, read or download one, or where to download at all
    r"|\bou (?:puis-je|peut-on|pourrais-je|pourrait-on|est-ce que je peux|est-ce qu'on peut|je peux|on peut|"
    r"trouver|trouve-t-on) (?:(?:trouver|lire|consulter|telecharger) )?(?:le |la |les |l'|un |une |des )?"
    rf"{_GUIDE_FR}"
    r"|\bou (?:puis-je|peut-on|pourrais-je|pourrait-on|est-ce que je peux|est-ce qu'on peut|je peux|on peut) "
    r"telecharger\b"
)
"""The same in French: whether a guide exists ("est-ce qu'il y a un tutoriel pour ca ?"), where to find
one, or where to download something ("ou puis-je telecharger la derniere version ?")."""
_GUIDE_PLEA = (
    rf"{_POINT_PLEA}|\b(?:is|are|was|were) there\b (?!(?:a |an |any |some )?(?:\w+ )?{_NO_GUIDE}\b|the\b)"
    rf"(?:a |an |any |some )?(?:(?!of\b)[\w-]+ ){{0,4}}?"
    rf"(?:{GUIDE}\b(?!{CONTROL}|\s+(?:changes?|updates?)\b)|references? (?:to|on|for|about|describing)\b)"
    rf"{IN_QUESTION}{{0,90}}\?"
    rf"|{_DOC_FRAMES}"
    rf"|{EXAMPLE_PLEA}"
    rf"|{_FR_PLEA}"
)
"""A question whether a guide or a reference exists ("is there documentation on how these differ?", "is there
a reference to the method…?") or a plea for one ("a tutorial… I would appreciate it"): asked outright, a
request even inside a long report of one's trouble, or halfway through a very long post."""


def guide_plea(folded: str) -> str | None:
    """In a very long post, a plea for a guide or for code, or a question whether one exists, wherever it
    stands (a long report that asks "could someone redirect me to the documentation, please?" or "is there a
    reference describing the method?" halfway through, among other questions)."""
    return None if is_over(folded) else plea_sentence(folded)


PLEAS_READ = 8
"""Pleas read in one post at most: each is checked against its whole sentence, and a post is rarely
more than a few questions."""


def plea_sentence(folded: str) -> str | None:
    """The sentence of the first plea for a guide, code or data that is for a link: not one's own trouble or
    work, not a video made for one question (`NOT_A_LINK`)."""
    for m in islice(compiled(_GUIDE_PLEA).finditer(folded), PLEAS_READ):
        sentence = sentence_of(folded, m)
        if not NOT_A_LINK.search(sentence) and for_a_link(folded, m):
            return sentence
    return None
