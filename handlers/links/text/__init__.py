"""Reading link requests and link pointers in a post's own words (French and English).

Everything matches on `fold(text)` (lower case, no accents, plain apostrophes), so
"Où est le lien ?" and "ou est le lien ?" are the same. Patterns are anchored on
what a request *does* (something is missing, cannot be found, is asked for) rather
than on the word "lien": "le lien social" or "links between places" must not fire.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import islice
from typing import Literal

from bot.i18n import Messages
from bot.text import AGREEMENT_LEAD, ANALYSED, fold, fold_same_length

# What a link is for. A request naming a kind wants a link of that kind.
KINDS: dict[str, tuple[str, ...]] = {
    "meeting": (
        "visio",
        "visioconference",
        "zoom",
        "meet.google",
        "google meet",
        "meet.jit.si",
        "jitsi",
        "teams",
        "bigbluebutton",
        "bbb",
        "webinaire",
        "webinar",
        "webex",
        "whereby",
        "reunion",
        "meeting",
        "call",
        "conference",
        "live",
        "direct",
        "connexion",
        "se connecter",
        "rejoindre",
        "join",
        "atelier",
        "session",
    ),
    "registration": (
        "inscription",
        "inscrire",
        "inscrivez",
        "formulaire",
        "framaforms",
        "helloasso",
        "forms.gle",
        "docs.google.com/forms",
        "forms.office",
        "eventbrite",
        "billetterie",
        "weezevent",
        "register",
        "registration",
        "sign up",
        "signup",
        "sign-up",
        "tickets",
        "rsvp",
        "questionnaire",
        "sondage",
        "framadate",
        "survey",
        "form",
    ),
    "document": (
        "notes",
        "pad",
        "mypads",
        "framapad",
        "hedgedoc",
        "compte-rendu",
        "compte rendu",
        "comptes-rendus",
        "compte-rendus",
        "cr ",
        "minutes",
        "document",
        "doc",
        "slides",
        "support",
        "presentation",
        "programme",
        "pdf",
        "question paper",
        "question papers",
        "spreadsheet",
        "sheet",
        "material",
        "materials",
        "resources",
        "tutorial",
        "tutorials",
        "documentation",
        "notebook",
        "notebooks",
        "dataset",
        "datasets",
        "transcript",
        "transcripts",
        "diapos",
        "logs",
        "log file",
        "log files",
    ),
    "recording": (
        "replay",
        "enregistrement",
        "enregistree",
        "recording",
        "recordings",
        "recorded",
        "video",
        "videos",
        "youtube.com/watch",
        "youtu.be",
        "youtube",
        "playlist",
        "rediffusion",
    ),
    "exam": (
        "exam",
        "exams",
        "examen",
        "roe",
        "oppe",
        "quiz",
        "end term",
        "endterm",
        "peer review",
        "ga1",
        "ga2",
        "ga3",
        "ga4",
        "ga5",
        "ga6",
        "ga7",
        "ga8",
        "ga9",
        "graded assignment",
    ),
}
MEETING_KINDS = frozenset({"meeting", "registration"})

_KIND_RE = {
    kind: re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(w.strip()) for w in words) + r")(?![a-z0-9])")
    for kind, words in KINDS.items()
}

# Words that follow "lien"/"link" when it means a relation, not a URL.
_RELATION = r"(?!\s+(?:entre|avec|between|with|social|sociaux)\b)"
_DET_FR = r"(?:le|les|un|des|du|ton|votre|vos|ce|cet)"
_DET_EN = r"(?:the|a|any|your|this|that)"
_LINK_FR = r"liens?"
_LINK_EN = r"(?:links?)"
_KEENLY = r"(?:(?:much|greatly|really|very|highly|most|super) )?"
"""How a plea is softened: "would be much appreciated", "super grateful"."""
"""Not "url": on a course forum "the URL" is the one a member deploys and submits, not one announced."""
_SERVICE_URL = r"(?:base|proxy|api|endpoint|server)(?: (?:base|proxy|api|endpoint|server))? url\b"
"""The address of a service the course runs ("the base proxy url"), named by its role: unlike a bare
"the URL", which on a course forum is the one a member deploys, it is announced to everyone."""
_KIND_WORD = (
    r"(?:visio\w*|inscriptions?|reunions?|zoom|meet|teams|jitsi|webinaires?|connexion|formulaire|questionnaire|"
    r"replay|live|direct|sondage|pad|evenement|atelier|conference|session|call|participation|bbb|bigbluebutton|"
    r"rejoindre|participer|assister|se connecter|"
    r"meeting|webinar|registration|form|event|workshop|stream|signup|sign-up)"
)

_OWN_CASE = (
    r"\s+(?:data(?:sets?)?|files?|scenes?|images?|volumes?|cases?|of (?:what|how) (?:you|your))\b"
    r"|[^.!?\n]{0,150}\breproduc"
)
"""An example that is the member's own case ("an example file", "an example of what you mean"), which a
helper asks them to share: it does not exist yet."""
_CODE_WORD = (
    r"(?:code|scripts?|scripting|python|c\+\+|cmake|notebooks?|jupyter|data ?sets?|tutorials?|documentation|modules?|"
    r"repositor(?:y|ies)|librar(?:y|ies)|extensions?|plugins?|widgets?|snippets?|github|gitlab)"
)
"""Words of code and its documentation: an example of one of these is something a link leads to."""
_LINKABLE = rf"[^.!?\n]*\b(?:{_CODE_WORD}|(?:source|build) (?:projects?|files?|pages?))(?!\w)"
"""What an example asked for must be for a link to lead to it ("is there a script repository example…?",
"a CMake project", "a source file"), unlike an example of a garden: a project, a file, a page or a website
alone is as often a community's project, a paper form or a page of the town's site."""
_CODE_EXAMPLE = (
    r"(?:(?:code|scripts?|python|cmake|modules?|repository) examples?|examples? (?:code|scripts?|modules?|"
    r"repositor(?:y|ies)|notebooks?|projects?|cmake files?)|examples? of (?:a |an |the )?(?:[\w-]+ )?(?:modules?|"
    r"scripts?|code|extensions?|notebooks?))\b"
)
"""Example code one is pointed to ("any example code", "an example repository"), which exists already."""
_URL_PART = (
    r"\s+(?:formats?|schemes?|syntax|parameters?|patterns?|encoding|prefix(?:es)?|paths?|fields?|handlers?|protocols?|"
    r"options?|settings?|buttons?|templates?)\b"
)
"""What a program does with URLs ("is there a URL format for the endpoint?"): a question about the software."""
_LACKS_PART = r"(?!\s+(?:the|a|an|some|its|their|parts?|frames?|audio|sound|slices?|\d+)\b)"
"""After "missing", what the thing lacks ("the video is missing the first minutes"): it is there, incomplete."""
_SOFTWARE = (
    r"(?:slicer|installers?|versions?|builds?|packages?|python|extensions?|apps?|application|software|binar(?:y|ies)|"
    r"plugins?|modules?)"
)
"""The program itself: "where did you download Slicer from?" asks how a member installed it."""

_REQUEST_PATTERNS = [
    # French: it is missing / forgotten
    rf"\bil manque {_DET_FR} {_LINK_FR}\b",
    rf"\bmanque {_DET_FR} {_LINK_FR}\b{_RELATION}",
    rf"\b{_DET_FR} {_LINK_FR} (?:manque|manquent|est absent|n'apparait pas|n'y est pas|n'est pas (?:la|dans|indique|"
    rf"visible))",
    rf"\b(?:il n'y a|y a|il y a) pas (?:de|d'un) {_LINK_FR}\b{_RELATION}",
    rf"\bpas de {_LINK_FR} (?:dans|pour|vers|d'inscription|de (?:la |l')?{_KIND_WORD})",
    rf"\boubli\w* (?:de (?:mettre|partager|ajouter|donner) )?{_DET_FR} {_LINK_FR}\b",
    # French: where is it / cannot find it
    rf"\bou (?:est|sont|se trouve(?:nt)?|trouver|trouve-t-on|peut-on trouver|puis-je trouver|"
    rf"est-ce qu'on trouve) {_DET_FR} {_LINK_FR}\b{_RELATION}",
    rf"\b(?:je |j')?(?:ne )?(?:trouve|vois|retrouve) (?:pas|plus|nulle part) {_DET_FR} {_LINK_FR}\b{_RELATION}",
    rf"\b(?:j'arrive pas|je n'arrive pas|impossible|pas reussi|je ne parviens pas|je n'ai pas reussi) (?:a|"
    rf"de) (?:trouver|voir|retrouver|acceder) (?:a |au )?{_DET_FR}? ?{_LINK_FR}\b{_RELATION}",
    rf"\b(?:je |on )(?:cherche|recherche) {_DET_FR} {_LINK_FR}\b{_RELATION}",
    rf"\bbesoin (?:du|d'un|des) {_LINK_FR}\b{_RELATION}",
    # French: please give it
    rf"\b{_LINK_FR},? (?:svp|stp|s'il vous plait|s'il te plait|please|merci d'avance)\b",
    rf"\b(?:pouvez-vous|pourriez-vous|peux-tu|pourrais-tu|vous pouvez|tu peux|tu pourrais|vous pourriez|possible de|"
    rf"merci de) (?:nous |me )?(?:partager|envoyer|mettre|donner|poster|ajouter|transmettre|remettre|communiquer|"
    rf"republier) {_DET_FR} {_LINK_FR}\b",
    rf"\b(?:quelqu'un|qqn|qq1) (?:a|aurait|peut (?:partager|donner|envoyer)) {_DET_FR} {_LINK_FR}\b{_RELATION}",
    rf"\b(?:avez-vous|vous avez|tu as|as-tu|aurais-tu|auriez-vous) {_DET_FR} {_LINK_FR}\b{_RELATION}[^.!?\n]*\?",
    rf"\b{_DET_FR} {_LINK_FR} (?:est|a ete|sera|est-il|a-t-il ete) (?:deja )?(?:dispo|disponible|partage|envoye|"
    rf"publie|en ligne|communique)\b[^.!\n]*\?",
    rf"\b{_LINK_FR} (?:de |d'|du |pour |vers )(?:la |l'|le |les )?{_KIND_WORD}\b[^.!?\n]{{0,60}}\?",
    rf"\b{_LINK_FR} {_KIND_WORD} ?\?",
    rf"\bquel est {_DET_FR} {_LINK_FR} (?:de |d'|du |pour |vers )(?:la |l'|le )?{_KIND_WORD}",
    rf"(?:^|[.!?\n] ?)(?:et |alors |du coup |@[\w.-]+ )?{_DET_FR} {_LINK_FR} ?\?",
    # English
    rf"\b(?:the |a |no )?(?:link|url) (?:is )?missing\b{_LACKS_PART}",
    rf"\b{_LINK_EN}{_RELATION}(?: (?!(?:is|are|was)\b)[^\s.!?]+){{0,5}} (?:is |are |seems to be |still )+missing\b"
    rf"{_LACKS_PART}",
    r"\bmissing (?:the|a) (?:link|url)\b",
    rf"\b(?:there's|there is|there are) no {_LINK_EN}\b{_RELATION}",
    rf"\bforgot (?:to (?:add|include|share|post) )?{_DET_EN} {_LINK_EN}\b",
    rf"\bwhere(?:'s| is| are| can i find| do i find| do we find| to find|"
    rf" can we find) {_DET_EN} {_LINK_EN}\b{_RELATION}",
    rf"\b(?:is|has) {_DET_EN} {_LINK_EN} (?:been )?(?:out|up|available|ready|shared|posted|sent|live)\b",
    rf"\b(?:can't|cannot|can not|couldn't|could not|unable to|don't|do not|didn't|did not) (?:find|see|locate|"
    rf"get) {_DET_EN} {_LINK_EN}\b{_RELATION}",
    rf"\b(?:could|can|would|will) (?:you|u|someone|somebody|anyone|anybody) (?:please |pls |plz )?(?:share|send|post|"
    rf"add|give|provide|drop|paste|forward|include) (?:us |me )?{_DET_EN} (?:\w+ )?{_LINK_EN}\b",
    rf"\bwould (?:you|u|anyone|someone) mind (?:sharing|posting|sending|providing|giving|dropping|pasting) (?:us |me )?"
    rf"{_DET_EN} (?:\w+ )?{_LINK_EN}\b",
    rf"\b(?:does |do )?(?:anyone|anybody|someone|somebody|you) (?:have|got) {_DET_EN} (?:[\w-]+ )?{_LINK_EN}\b"
    rf"{_RELATION}",
    rf"\b{_LINK_EN},? please\b",
    rf"\b(?:need|looking for|still waiting for|waiting on|would like|'d like|want) {_DET_EN} (?:\w+ )?{_LINK_EN}\b"
    rf"{_RELATION}",
    r"\b(?:could|can|would|will) (?:you|someone|somebody|anyone|anybody) (?:please )?link (?:me|us) to\b",
    rf"\b(?:i|we) (?:don't|do not|didn't|did not|still don't) (?:have|get|got) {_DET_EN} {_LINK_EN}\b{_RELATION}",
    rf"\b{_LINK_EN} (?:to|for) (?:the |this |that )?{_KIND_WORD}\b[^.!?\n]{{0,60}}\?",
    rf"\b{_KIND_WORD} {_LINK_EN} ?\?",
    rf"\b(?:what|which)(?:'s| is) {_DET_EN} {_LINK_EN} (?:to|for)\b",
    rf"\b{_LINK_EN} (?:to|for) [^.!?\n]{{0,40}}?\b(?:would be|will be|is) {_KEENLY}(?:appreciated|welcome|helpful)\b",
    rf"(?:^|[.!?\n] ?)(?:and |so |@[\w.-]+ )?{_DET_EN} {_LINK_EN} ?\?",
    rf"\b(?:is there|are there) (?:a|an|any) (?:[\w-]+ )?(?:{_LINK_EN}|urls?)\b{_RELATION}(?!{_URL_PART})"
    rf"[^.!\n]{{0,60}}\?",
    r"\bwhat (?:would|will|should) be the (?:[\w-]+ )?(?:link|url) (?:to|for)\b(?:[^.!\n]|\.(?=\d)){0,60}\?",
    rf"\b(?:what(?:'s| is)|(?:please|pls|plz|kindly|(?:could|can|would|will) (?:you|u|someone|anyone))\s+"
    rf"(?:please\s+|pls\s+)?(?:share|send|give|provide|post)(?: us| me)?) (?:the |a )?{_SERVICE_URL}",
    # a post or announcement without one, a link one does not have (English and French)
    rf"\b(?:has|have|had|with|contains?|carries) no {_LINK_EN}\b{_RELATION}",
    rf"\b(?:n'a|n'ont|n'avait) pas de {_LINK_FR}\b{_RELATION}",
    rf"(?:^|[.!?\n] ?)(?:et |toujours |encore |mais )?(?:pas|toujours pas|encore pas) de {_LINK_FR} ?\?",
    rf"\b(?:still|yet) no {_LINK_EN}\b{_RELATION}",
    rf"\b{_LINK_FR} pour (?:regarder|voir|revoir|acceder a|telecharger) (?:le |la |les |l')?"
    rf"(?:replay|enregistrement|video|diapos?|diaporama|support|document)s?\b[^.!\n]*\?",
    rf"\b(?:je n'ai|j'ai|on n'a|on a|nous n'avons) (?:toujours )?pas (?:{_DET_FR} |l')?{_LINK_FR}\b{_RELATION}",
    rf"\b(?:est-ce que vous pouvez|est-ce que tu peux|vous pouvez|tu peux) (?:nous |me )?(?:partager|envoyer|mettre|"
    rf"donner|poster|ajouter|transmettre|remettre|communiquer) (?:{_DET_FR} |l')(?:nouveau )?{_LINK_FR}\b",
]

_GRADER_LOGS = (
    r"(?:(?:evaluation|eval|docker|grading|grader)[ _]log(?:s|(?: files?)?)|"
    r"log(?:s|(?: files?)?) (?:(?:like|similar to) )?(?:(?:for|of|in) )?(?:the )?(?:\w+ )?"
    r"(?:project|evaluation|assignment|ga)\s?\d*)"
)
"""Logs the graders send to everyone ("the evaluation logs", "log files for project 2"), unlike a
program's own log file ("where is the log file?") or a member's own logs ("my logs say the module
is missing")."""

# What people ask to be given when they ask without the word "link": a thing one reaches
# through a link (a recording, a form, an exam page, course material).
_CONTROL = (
    r"\s+(?:buttons?|icons?|tabs?|menus?|toolbars?|panels?|widgets?|checkbox(?:es)?|options?|settings?|fields?|"
    r"modes?|features?|functions?|functionality|effects?|tools?|nodes?|sliders?|windows?|dialogs?|presets?|"
    r"parameters?|modules?)\b"
)
"""A part of a program named after a thing ("the recording button", "the download tab"): asking where it
is asks how to use the program, not for a link."""
_THING_CORE = (
    r"links?|recordings?|recorded (?:session|video|lecture)s?|videos?|lectures?|playlist|slides|replays?|"
    r"forms?|registration(?! (?:of|between|to|tools?|algorithms?|modules?|methods?|results?|transforms?|fail\w*|"
    r"errors?|problems?|issues?|fees?|costs?|prices?|deadlines?|period|desk)\b)|"
    r"exam(?:ination)? (?:link|page|portal)|(?:roe|oppe|exam) (?:link|mail)|"
    r"question papers?|(?:previous|past|sample|mock) (?:year )?(?:papers?|questions?)|"
    r"assignments?|ga ?\d+|graded assignments?|modules? ?\d+|(?:course|week ?\d+) modules?|"
    r"project (?:details|statement|page)|"
    r"calend[ae]r|course (?:calend[ae]r|page|content|material)|materials?|resources?|"
    r"notes|documents?|sheet|spreadsheet|pdf|peer review|notebooks?|transcripts?|datasets?|source code|"
    r"(?:sample|example|test) data|tutorials?|documentation|docs|manuals?|guides?|agendas?|publications?|"
    r"(?:code|files?|notebooks?|slides|notes) (?:for|of|from) (?:this|the|that|today'?s|yesterday'?s|last) "
    r"(?:session|lecture|class|live|demo)|"
    rf"{_GRADER_LOGS}"
)
_THING_EN = rf"(?:{_THING_CORE})(?!{_CONTROL})"
_THING_FR = (
    r"(?:liens?|url|enregistrements?|replay|videos?|formulaire|inscription|diaporamas?|diapos?|slides|support|"
    r"compte[- ]rendu|documents?|pad|programme|questionnaire)"
)
_GUIDE = r"(?:videos?|tutorials?|demos?|documentation|docs|guides?|manuals?|instructions?|slides|recordings?)"
"""What a member may ask a helper to point to, with "do you have": how-to material, never data (a helper's
"do you have a sample data set?" asks for the member's own)."""
_RECEIVED = r"(?:links?|recordings?|recorded (?:session|video|lecture)s?|forms?|invite|invitation|calend[ae]r invite)"
"""What one "gets" as something sent: "I didn't get the assignment" says it was not understood."""
_NEAR = r"[^.!?\n]{0,40}?"
_TROUBLE = (
    r"(?:error|errors|problem|problems|issue|issues|mistake|bug|answer|answers|solution|code|"
    r"difference|option|score|scores|marks|reason|way|output|response|submission|erreur|probleme|reponse)"
)
_GAP = rf"(?:\s+(?!{_TROUBLE}\b)[^\s.!?]+){{0,5}}?\s+"
"""A few words between a verb and its object, none saying the trouble is something else
("where is the error in my GA2" asks for no link)."""
_OBJECT_GAP = rf"(?:\s+(?!(?:{_TROUBLE}|in|on|inside|within|into|under|at)\b)[^\s.!?]+){{0,5}}?\s+"
"""The words between "I can't see" and what is not seen, up to a place: in "I can't see the segments
in the video", the segments are missing, not the video."""
_WHO = r"(?:you|u|someone|somebody|anyone|anybody|sir|team)"
_OBJECT = (
    r"(?:\s+(?:us|me|the|a|an|that|this|those|these|its|their|our|link|links|of|for|to|in|on|from|"
    r"yesterday's|today's|last|recent|session|lecture|class|live|youtube|meet|zoom|exam|roe|ga\s?\d+|week\s?\d+))*\s+"
)
"""Between "please share" and what is shared: small words only ("please post any questions" is no request)."""
_IN_HAND = (
    r"(?: (?:that|which))? (?:we|i|you|they|one|people|everyone|volunteers|members)"
    r"(?: (?:need to|have to|must|should|shall|will|can|could))? (?:sign|bring|print|carry|buy|wear|hand in)\b"
)
"""What one signs, brings or prints ("are there any documents we need to sign?", "any material we should
bring?"): paper and objects, not something a link leads to."""
_EXAMPLE_PLEA = (
    rf"\b(?:please|kindly|(?:could|can|would|will) {_WHO}(?: be able to)?)\s+(?:please\s+)?(?:share|provide|send|"
    rf"post|give|point (?:me |us )?to|direct (?:me |us )?to)\s+(?:me |us )?(?:with )?(?:a |an |any |some )"
    rf"(?!minimal )(?:[\w-]+ ){{0,3}}?{_CODE_EXAMPLE}(?!{_OWN_CASE})"
    rf"|\b(?:please|kindly) (?:share|provide|send|post|give)\b[^.!?\n]{{0,20}}?\bif (?:there (?:is|are)|you have) "
    rf"(?:a |an |any |some )(?:[\w-]+ ){{0,3}}?{_CODE_EXAMPLE}"
)
"""A plea for example code ("would you be able to share any example code…?"): asked outright, even in a
report of one's trouble."""
_STATEMENTS = [
    # English: cannot find, see, reach or did not get it
    rf"\b(?:can't|cannot|can not|couldn't|could not|unable to|not able to|not being able to|don't|do not|didn't|"
    rf"did not|could only|(?:haven't|have not|hasn't|has not|didn't|did not) (?:managed?|been able) to)\s+"
    rf"(?:find|see|locate|reach){_OBJECT_GAP}{_THING_EN}\b{_RELATION}",
    rf"\b(?:can't|cannot|couldn't|could not|unable to|not able to|didn't|did not|haven't|have not|not) (?:get|got) "
    rf"(?:the |a |any |my )?(?:recorded |session |zoom |meeting |join(?:ing)? )?"
    rf"(?:{_RECEIVED}|meet link|mail|e-?mail|intimation|notification)\b"
    rf"(?!\s+{_TROUBLE}\b)",
    rf"\b(?:have not|haven't|has not|hasn't|did not|didn't|not|never|yet to) (?:receive|recieve|received|"
    rf"recieved)d?{_GAP}(?:{_THING_EN}|mail|e-?mail)\b",
    # English: it is not there
    rf"\b{_THING_EN}\b(?:\s+(?!{_TROUBLE}\b)[^\s.!?]+){{0,3}}?\s+(?:is|are|was|were|seems to be|seem to be)?\s*"
    rf"(?:not|isn't|aren't|wasn't|weren't|still not|yet to be|has not been|have not been|hasn't been|haven't been|"
    rf"has not yet been|have not yet been)\s+(?:yet )?(?:available|visible|showing|shown|"
    rf"displayed|there|uploaded|enabled|released|shared|posted|opened|live|given|found|on)\b",
    r"\b(?:not|isn't|aren't) (?:yet )?(?:available|uploaded|released|enabled|visible) (?:yet )?(?:on|in|at) "
    r"(?:the |my )?(?:exam|portal|youtube|playlist|channel|dashboard|course|website|site|page)",
    rf"\b{_THING_EN} (?:seems to be |is |are )?missing\b{_LACKS_PART}",
    rf"\b(?:awaiting|waiting for|still waiting|waiting on) (?:the |for the )?{_THING_EN}\b",
    # English: where is it, is it out yet
    rf"\bwhere (?:is|are|exactly is|can i|can we|do i|do we|should i|to|we can|i can|i will|will i|we will)\b"
    rf"{_GAP}{_THING_EN}\b{_RELATION}",
    rf"\b(?:is|are|was|were|has|have) (?:the |this |that |our )?{_NEAR}\b{_THING_EN}"
    rf"(?: (?:of|from|for|in) (?:(?!{_TROUBLE}\b)[^\s.!?]+ ?){{1,4}}?)? (?:been )?(?:enabled|released|"
    rf"uploaded|available|out|shared|posted|live|up|opened|online|accessible)\b[^.!\n]*\?",
    rf"\b(?:whether|if) (?:the |it |this )?{_NEAR}\b(?:is|was|has been) (?:released|uploaded|available|out)\b",
    # English: please give it
    rf"\b(?:please|pls|plz|kindly|(?:could|can|would|will) {_WHO})\s+(?:please\s+|kindly\s+)?(?:provide|share|"
    rf"send|forward|post|give|upload|add|drop|paste|point (?:out|to|me to)|(?:re)?direct (?:me |us )?to)\b{_OBJECT}"
    rf"(?:\w+ )?\b{_THING_EN}\b",
    # English: was it recorded (the recording is what is wanted)
    r"\b(?:was|were|is|will|did|has|have)\b[^.!?\n]{0,40}?\b(?:session|lecture|class|meeting|live|meet|call|webinar|"
    r"workshop|demo|talk|presentation|hangout|course|training|seminar)s?\b"
    r"[^.!?\n]{0,20}?\b(?:be |been |get |got )?recorded\b"
    r"|\b(?:session|lecture|class|meeting|call|webinar|workshop|demo|talk|presentation|hangout|seminar)s? "
    r"(?:was|were|will be|got|get|been) recorded\b[^.!\n]*\?"
    r"|\b(?:is|are|was|were|has|have)\b[^.!?\n]{0,40}?\b(?:session|lecture|class|meeting|call|webinar|workshop|talk)s? "
    r"(?:still )?(?:not )?(?:yet )?(?:been )?(?:uploaded|posted|online|put online)\b[^.!\n]*\?"
    r"|\b(?:missed|miss|skipped|could not (?:attend|join|make)|couldn't (?:attend|join|make)) (?:the |this |that |"
    r"yesterday'?s |today'?s |last (?:week'?s )?|our )?(?:\w+ )?(?:session|lecture|class|meeting|call|webinar|"
    r"workshop|talk|hangout|seminar)s?\b[^?]{0,40}?\b(?:was|were|has|did) (?:it|this|that|they) (?:been |get |got )?"
    r"recorded\b",
    rf"\bhow (?:to|do i|can i|should i|do we|can we|i can|we can) (?:access|find|get to|reach|open)\b{_NEAR}\b"
    rf"(?:{_THING_EN}|details)\b",
    r"\bhow (?:to|do i|can i|do we) (?:do |give |submit )?(?:the )?peer review\b",
    rf"\b(?:i|me) too (?:want|need|prefer|would like|am waiting for)\b{_NEAR}\b{_THING_EN}\b",
    # English: questions asking to have it, when it comes, how to join
    rf"\b(?:can|could|may) (?:i|we) (?:please )?(?:get|have|access)\b{_OBJECT}\b{_THING_EN}\b[^.!\n]*\?",
    rf"\bwhen\b[^.!?\n]{{0,40}}\b{_THING_EN}\b[^.!?\n]{{0,30}}\b(?:be |get |gets |is |are )?(?:uploaded|released|"
    rf"available|shared|posted|out|up)\b[^.!\n]*\?",
    r"\b(?:sessions?|meetings?|live|class|call|webinars?|lectures?)\b[^.!?\n]{0,60}"
    r"\bhow (?:can|could|do|should|will|to) (?:i |we |one )?(?:join|attend)\b"
    r"|\bhow (?:can|could|do|should|will|to) (?:i |we |one )?(?:join|attend) (?:the |this |today'?s |tomorrow'?s )?"
    r"(?:live |project |doubt |demo )?(?:sessions?|meetings?|live|class|call|webinars?)\b",
    rf"(?:^|[.!?\n] ?)(?:- )?any (?:\w+ (?:or|and|/) )?{_THING_EN}\b[^.!\n]{{0,60}}(?:\?|\bfor\b)",
    rf"\b(?:is there|are there|do we have|will we (?:get|receive|have))\b{_OBJECT}(?:(?:any|some) )?"
    rf"(?:other |more |further )?(?:[\w-]+ )?{_THING_EN}\b{_RELATION}(?!{_IN_HAND})"
    rf"[^.!\n]{{0,90}}\?",
    r"\bwhich (?:form|link|page|portal|playlist|video|recording)s? (?:should|do|must|shall|to|can|is)\b",
    r"^(?:\w+,? )?(?:from )?where (?:can i |can we |do i |do we |should i |should we )?(?:to )?(?:download|access|get)"
    r"(?: (?:it|this|that|them|these|those))?\s*\??$",
    r"\b(?:how|where) (?:do|can|should|could|to) (?:i |we |one )?(?:register|sign up|signup|enrol|enroll)"
    r"(?: (?:for|to|in)\b|\s*[?.!]|\s*$)",
    rf"\bwill (?:the |these |those |your |any )?{_NEAR}\b{_THING_EN}(?: (?:of|from|for) [^.!?\n]{{1,30}}?)? (?:be|get) "
    rf"(?:made )?(?:shared|posted|uploaded|available|published|released|sent|recorded)\b",
    rf"\b(?:would it be|is it|will it be) possible to (?:share|send|post|upload|get|have|access|provide)\b{_OBJECT}"
    rf"(?:\w+ )?{_THING_EN}\b",
    # French: statements of absence
    rf"\b(?:je ne|j'arrive pas a|je n'arrive pas a|impossible de|pas moyen de|on ne|je n'ai pas) ?(?:trouve|vois|"
    rf"trouver|voir|acceder|recu|eu|retrouve|retrouver)\b(?: pas| plus| nulle part)?{_NEAR}\b{_THING_FR}\b{_RELATION}",
    rf"\b{_THING_FR} (?:d'inscription |de (?:la |l')?(?:visio|reunion|seance) )?(?:n'est|ne sont|n'a|n'ont|"
    rf"ne s'affiche|n'apparait|n'apparaissent|n'a toujours) (?:pas|plus|toujours pas|jamais)\b",
    r"\b(?:semble|semblent) (?:manquer|absent|absente)\b",
    r"\b(?:comment|ou) (?:s'inscrire|peut-on s'inscrire|on s'inscrit|je m'inscris|puis-je m'inscrire|s'inscrit-on)\b",
    rf"\b{_THING_FR} (?:est-il|est-elle|sont-ils|sont-elles|sera-t-il|sera-t-elle|seront-ils|seront-elles|"
    rf"va-t-il etre|va-t-elle etre) (?:deja |bien )?(?:disponibles?|en ligne|partagee?s?|publiee?s?|envoyee?s?|"
    rf"mise?s? en ligne)\b",
    rf"\b(?:y a-t-il|y aura-t-il|existe-t-il|est-ce qu'il y a|est-ce qu'il y aura|il y a|il y aura) (?:un |une |des |"
    rf"le |la |les |l')?{_THING_FR}\b{_RELATION}[^.!\n]{{0,60}}\?",
    rf"\bou (?:est|sont|se trouve|se trouvent|peut-on|puis-je|pourrait-on|pourrais-je|trouver|retrouver|"
    rf"peut-on trouver|peut-on retrouver|puis-je trouver|puis-je retrouver|"
    rf"est-ce qu'on (?:peut )?(?:trouve|retrouve)\w*) "
    rf"(?:(?:voir|regarder|revoir|telecharger|acceder a) )?(?:le |la |les |l'|un |une )?"
    rf"{_THING_FR}\b{_RELATION}",
    rf"\b(?:serait-il|est-il|sera-t-il) possible d'(?:avoir|obtenir|acceder a|recevoir|recuperer) (?:le |la |les |l')?"
    rf"{_THING_FR}\b",
    r"\b(?:est-ce que|est ce que) (?:la |le |l')?(?:visio|reunion|seance|session|atelier|webinaire)s? "
    r"(?:a ete|sera|est) (?:enregistree?|filmee?)\b",
    rf"\b(?:pourriez-vous|pouvez-vous|peux-tu|pourrais-tu|merci de|serait-il possible de|est-il possible de) "
    rf"(?:nous |me )?(?:partager|envoyer|mettre|donner|poster|ajouter|transmettre|communiquer) {_DET_FR} {_THING_FR}\b",
    rf"\b(?:est-ce que vous pouvez|est-ce que tu peux|vous pouvez|tu peux) (?:nous |me )?(?:partager|envoyer|mettre|"
    rf"donner|poster|ajouter|transmettre|communiquer) (?:{_DET_FR} |l'){_THING_FR}\b",
    # English: when it comes, any news of it, still none, if it was recorded
    rf"\bwhen (?:will |shall |do |would |can )?(?:we|i) (?:get|receive|see|have) (?:the |our |any )?{_NEAR}\b"
    rf"{_THING_EN}\b{_RELATION}",
    r"\bany (?:update|news|updates|info|information) (?:on|about|regarding|for) (?:the |this |that )?[^.!?\n]{0,30}?"
    r"\b(?:recordings?|videos?|replays?|slides|links?)\b",
    rf"\bstill no {_THING_EN}\b",
    rf"\bif there (?:is|are) (?:any |a |some )?{_NEAR}\b{_THING_EN}\b[^.!?\n]{{0,40}}"
    r"\b(?:please|pls|plz|kindly|share)\b",
    r"\b(?:if|in case|incase) (?:it|the \w+|this|that|today'?s \w+|yesterday'?s \w+) (?:was|has been|got|is) recorded\b"
    r"[^.!?\n]{0,30}\b(?:please |kindly |pls )?(?:share|provide|post|send|upload)\b",
    # English, on a software's support forum: a guide one may already have, a pointer, an older release
    rf"\b(?:do|does) (?:you|anyone|anybody|someone|somebody) (?:have|know(?: of)?) (?:a |an |any |some )?"
    rf"(?:[\w-]+(?: or |/| and ))?(?:[\w-]+ )?{_GUIDE}\b[^.!\n]{{0,90}}(?:\?|,? (?:thanks?|thank you)\b)",
    rf"\b(?:grateful|thankful) for (?:a |any )?pointers? to (?:an? |the |any |some )?[^.!?\n]{{0,30}}?\b{_THING_EN}\b",
    r"\bwhich (?:live |recorded )?(?:sessions?|lectures?|class(?:es)?|videos?|recordings?) (?:did |do |have |has )?"
    r"(?:you |u |they |sir |we )?(?:have |has )?(?:discuss|explain|cover|teach|taught|talk|show|demonstrat|solv)\w*",
    r"\bwhere (?:can|could|do|should) (?:i|we|one) (?:learn|study)\b"
    r"|\b(?:provide|tell|show|share|say|let (?:me|us) know)(?: me| us)? (?:from )?where (?:(?:do|can|could|should) "
    r"(?:i|we)|(?:i|we) (?:can|could|should)|to) (?:get|find|download|access|look)\b"
    rf"(?!{_NEAR}\b{_TROUBLE}\b)"
    r"|\bwhere did (?:you|u) (?:download(?:ed)?|get|got|find|found) (?:the |these |those |this |that )?"
    rf"(?:(?!(?:{_TROUBLE}|{_SOFTWARE})\b)[\w-]+ )"
    r"{1,3}?from\b",
    rf"\b(?:there is|there's|there are) no (?:{_THING_EN}|log(?:s|(?: files?)?))\b[^.!?\n]{{0,30}}?\bfor (?:me|my)\b",
    r"\b(?:can't|cannot|couldn't|couldnt|could not|not able to|unable to|don't|do not|didn't|did not) (?:see|find) "
    r"(?:the )?my (?:id|roll ?(?:no|number)|name|e-?mail|entry)\b[^.!?\n]{0,30}?\bin (?:the |any of the |any )?"
    r"(?:[\w-]+ ){0,2}?logs?\b",
    r"\b(?:is there (?:any|a) (?:chance|way)(?: that)? (?:i|we) (?:can|could)|where (?:can|could|do|should) (?:i|we)|"
    r"where to) (?:download|get|find) (?:the |an? )?(?:old(?:er)? |previous |earlier |past )?(?:slicer )?"
    r"(?:versions?|releases?|builds?|v?\d+\.)"
    r"|\b(?:is it possible to|can (?:i|we)|could (?:i|we)) (?:still )?(?:download|get) (?:the |an? )?"
    r"(?:old(?:er)?|previous|earlier|past) (?:slicer )?(?:versions?|releases?|builds?)\b",
    # English: an example one may look at, a place to download from, links someone may have
    rf"\b(?:is there|are there)\b(?={_LINKABLE}) (?:a |an |any |some )?(?:[\w-]+ ){{0,4}}?examples?\b(?!{_OWN_CASE})"
    r"[^.!\n]{0,90}\?"
    rf"|{_EXAMPLE_PLEA}",
    r"\b(?:is there|are there) (?:a |an |any )?(?:place|site|website|web site|page|location)s? (?:where|from which) "
    r"(?:i|we|one) (?:can|could) (?:download|find|get)\b",
    r"\bif (?:you|anyone|someone|anybody|somebody) (?:has|have|knows?)(?: of)? (?:a |an |any |some )(?:[\w-]+ ){0,2}?"
    rf"(?:links?|tutorials?|documentation|docs|examples?|guides?|videos?)\b(?!{_OWN_CASE})",
    # English: where to get an add-on named just before ("…give the X extension a try! Where can I find it?")
    r"\bwhere (?:can|could|do|should) (?:i|we|one) (?:find|get|download) (?:the |this |that )?(?:[\w-]+ ){0,2}?"
    r"(?:extension|plugin|add-?on)s?(?=\s*\?)",
    # English: more of the data a member shared ("I wanted to ask if there are any additional scans of…")
    r"\b(?:(?:if|whether|is|are) there (?:is |are )?(?:any )?|(?:looking|searching) for )(?:additional|more) "
    r"(?:[\w-]+ ){0,4}?(?:files|data ?sets|datasets|scans|volumes|images|cases|examples)\b",
]
_REQUEST = [re.compile(p) for p in _REQUEST_PATTERNS]
_GATES: list[tuple[str, ...]] = [
    ("n't", "not", "unable", "cannot"),
    ("n't", "not", "unable", "cannot"),
    ("receiv", "reciev"),
    ("not", "n't", "yet to"),
    ("not", "n't"),
    ("missing",),
    ("await", "waiting"),
    ("where",),
    ("?",),
    ("whether", "if "),
    ("please", "pls", "plz", "kindly", "could", "can ", "would", "will"),
    ("recorded", "uploaded", "posted", "online"),
    ("how",),
    ("peer",),
    (" too ",),
    ("?",),
    ("?",),
    ("join", "attend"),
    ("any ",),
    ("there", "have", "will we"),
    ("which",),
    ("where",),
    ("regist", "sign", "enrol"),
    ("will",),
    ("possible",),
    ("ne ", "pas", "impossible", "n'"),
    ("n'", "ne "),
    ("sembl",),
    ("inscri",),
    ("-il", "-elle", "-ils", "-elles"),
    ("y a", "existe", "il y"),
    ("ou ",),
    ("possible",),
    ("est-ce", "est ce"),
    ("vous", "tu", "merci de", "possible"),
    ("vous", "tu"),
    ("when",),
    ("update", "news", "info"),
    ("still no",),
    ("if there",),
    ("recorded",),
    ("have", "know"),
    ("pointer",),
    ("which",),
    ("where",),
    ("there",),
    ("my ",),
    ("download", "get ", "find"),
    ("example",),
    ("where", "which"),
    ("if ",),
    ("where",),
    ("additional", "more "),
]
"""Words each statement pattern needs (same order): a pattern whose words are absent is not tried."""
_STATEMENT = [(gate, re.compile(p)) for gate, p in zip(_GATES, _STATEMENTS, strict=True)]
_NOT_A_LINK = re.compile(
    r"\b(?:scores?|marks?|grades?|results?|eta|deadline|certificate|"
    r"(?:deadline|time|date|due) extensions?|(?:get|grant|give|request|ask for|asking for|need|want|apply for|"
    r"chance of|any) (?:an? |the |some |one )?extension|extension (?:request|(?:of|for|in|on) (?:the |my |our )?"
    r"(?:deadline|due date|date|time|submission|assignment|project|ga))|"
    r"api key|token|"
    r"(?:video|recording) (?:for|on|explaining|to explain) (?:this |the |that )?(?:q|question))\b"
)
"""What a sentence asks about when it is not something announced behind a link: a score, a date,
access or a key, a video made on purpose for one question (the labels' own exclusions); not a program's
"extension manager"."""
_TROUBLE_REPORT = re.compile(
    r"\b(?:errors?|exceptions?|traceback|failed|fails|failing|not working|isn't working|doesn't work|does not work|"
    r"wrong|incorrect|invalid|crash\w*|bug|status code|40[0-9]|50[0-9]|erreur|ne marche pas|ne fonctionne pas|plante)\b"
)
"""A sentence reporting one's own trouble ("it is giving error 'module not found'", "the form shows a
wrong score"): the asker has the thing and it misbehaves; no link is missing."""
_OWN = re.compile(
    r"\b(?:my|mine|mon|ma|mes)\s+(?:own\s+|\w+\s+)?(?:assignments?|ga ?\d+|graded assignments?|projects?|"
    r"modules?|forms?|documents?|notes|sheets?|spreadsheets?|pdfs?|submissions?|answers?|codes?|repo\w*|"
    r"responses?|files?|videos?|logs?|results?|devoirs?|formulaires?)\b"
)
"""One's own work ("I can't find my submission", "my form is not shown"): nobody announced it."""
_MY_GRADER_LOGS = re.compile(r"\bmy (?:evaluation|eval|docker|grading|grader)[ _]logs?(?: files?)?\b")
"""One's share of the logs the graders send to everyone: not found, it is a missing link; said to be
"missing", it repeats the verdict the results mail gives ("evaluation log file is missing")."""
_THEIRS = re.compile(r"\b(?:your|ton|ta|tes|votre|vos)\b")
""""I couldn't find the URL in your response": someone reviewing another's work, not asking for a link."""

_BROKEN = re.compile(
    rf"\b(?:{_LINK_FR}|{_LINK_EN}|urls?)\b[^.!?\n]{{0,40}}?\b(?:(?:is|are|seems|was|has|have|got|gives?|shows?|"
    r"returns?) (?:\w+ )?(?:expired|broken|dead|invalid|404|not working|no longer (?:works|valid|working))|"
    r"(?:doesn't|does not|don't|do not) (?:work|open|load)|"
    r"(?:ne )?(?:marche|fonctionne|s'ouvre) (?:pas|plus)|(?:est|semble) (?:mort|casse|expire|invalide|perime))\b"
    rf"|\b(?:update|fix|correct|repair|mettre a jour|corriger|reparer) (?:{_DET_EN}|{_DET_FR}) "
    rf"(?:{_LINK_EN}|{_LINK_FR})\b"
    r"|\b(?:404|page not found|page introuvable)\b"
    rf"|\b(?:can't|cannot|can not|couldn't|could not|unable to|not able to) (?:open|load|reach) "
    rf"(?:the |this |that |your |a )?(?:{_LINK_EN}|{_LINK_FR}|urls?)\b"
)
"""A link that exists and fails ("the link has expired", "could you update the link, I get a 404"):
a broken link reported, not a missing one asked for."""

_AGREEMENT = re.compile(
    rf"^{AGREEMENT_LEAD}"
    r"(?:\+ ?1|\+\+|pareil|idem|moi aussi|moi de meme|meme question|meme chose|meme probleme|"
    r"(?:(?:i have|i've got|i got|i had|got|j'ai) (?:the |la )?)?"
    r"(?:same(?: (?:question|problem|issue)(?: here| too)?| here| for me| with me)?|meme question)|me too|ditto|"
    r"je confirme|seconded)"
    r"(?![\w])(?P<rest>.*)$",
    re.S,
)

_POINTER_PATTERNS = [
    r"ci-?dessous,? (?:le |les |un |votre )?(?:liens?|formulaire|inscriptions?|acces)\b[^.!?\n:]{0,50}",
    r"\b(?:le |les |un )?liens? (?:[^.!?\n]{0,40} )?ci-?dessous",
    r"\b(?:cliquez|cliquer|cliquant|clique) (?:ici|sur ce lien|sur le lien)",
    r"\baccessibles? (?:en cliquant )?(?:ici|via ce lien|sur ce lien|a ce lien|par ici)",
    r"\bdisponibles? (?:ici|via ce lien|sur ce lien|a ce lien|par ici)",
    r"\b(?:voici|voila) (?:le |les |un )liens?\b(?! (?:entre|avec|social))",
    r"\b(?:le |les )?liens? d'(?:inscription|acces)(?: (?:a|au|pour) [^.!?\n:]{0,40})? ?(?::|ici|est ici|"
    r"est le suivant|se trouve ici)",
    r"\b(?:le |les )?liens? (?:de|vers|pour) (?:la |l'|le )?(?:visio\w*|reunion|connexion|participer|rejoindre|"
    r"s'inscrire|formulaire|zoom|replay)(?: [^.!?\n:]{0,40})? ?(?::|ici|est ici)",
    r"\binscri(?:vez-vous|ptions?|re) (?:ici|via ce lien|sur ce lien|par ici|en cliquant)",
    r"\b(?:register|sign up|signup|rsvp|join us|join|read more|available|accessible) here\b",
    r"\b(?:the |a )?links? (?:is |are )?below\b",
    r"\bhere(?:'s| is| are) (?:the |a |your )links?\b",
    r"\bclick here\b",
    r"\bclick (?:on )?(?:the|this) link below\b",
    r"\b(?:registration|meeting|zoom|signup|sign-up) link ?:",
]
_POINTER = [re.compile(p) for p in _POINTER_PATTERNS]


_MAYBE = re.compile(
    r"\b(?:lien|link|url|record|video|lectur|playlist|slide|form|regist|exam|roe\b|oppe|paper|assign|ga ?\d|"
    r"module|project|calend|course|material|resource|notes|document|sheet|pdf|peer|mail|e-?mail|intimation|notif|join|attend|"
    r"notebook|transcript|dataset|session|download|data\b|tutorial|doc|manual|guide|agenda|sign ?up|enrol|talk|"
    r"class|upload|source code|(?:\b|_)logs?\b|log files?|learn|from where|where to look|example|publication|"
    r"enregistr|replay|inscri|diapo|support|compte|pad\b|programme|manqu|semble|filme|script|extension|plugin|"
    r"add-?on|files\b|scans\b|instructions? (?:on|for|about) how\b|code\b|repositor|referenc|pointer|installer|snippet|"
    r"article|wiki|write-?up|literature)"
)
"""Words one of which every request names: posts without any skip the pattern tables."""
_SENTENCES = re.compile(r"(?:(?<=[!?\n])|(?<=\.)(?!\d))\s*")
"""Where sentences end: not at the dot of a version number ("from 4.13 on")."""
_LINK_WORD = re.compile(r"lien|link|url")
"""The first table asks for a link by that word; without it, only statements can be requests."""


LONG_POST = 600
"""Requests are short (on the course forum 54 of 56 are under 500 characters): in a longer post,
"I can't see the video" is a detail of a problem report or a discussion. Past twice this, even
the word "link" is, but for a plea for a guide or a question whether one exists (`_guide_plea`)."""
CLOSING = 300
"""A long post is also read by its closing lines alone, up to this many characters: a long report
on a support forum puts its question last ("…Is there any other tutorial I could follow? Thanks!").
Only a question or a plea counts there; a statement stays a detail of the report."""


@lru_cache(maxsize=ANALYSED)
def is_request(text: str) -> bool:
    """A post (its own words) that asks for a link that is missing. A question on whether an event's
    recording or slides will be offered asks only once the event is held (`offer_asked`)."""
    return request_sentence(text) is not None and offer_asked(text) in (None, "held")


_OUTPUT = (
    r"(?:recordings?|recorded|videos?|replays?|youtube|slides|decks?|presentations?|ppts?|notes|diapos?|"
    r"diaporamas?|enregistre\w*|enregistrements?|support|rediffusion|filmee?s?)"
)
"""What an event leaves behind for those who missed it: a recording, slides, notes."""
_NAMES_OUTPUT = re.compile(rf"\b{_OUTPUT}")
_OFFERED = "(?:recorded|shared|posted|uploaded|available|published|released|sent|provided|online|on youtube|put online)"
_OFFER = re.compile(
    rf"\b(?:will|shall)\b[^.!?\n]{{0,60}}?\b(?:be|get)\b(?: \w+)?(?: made)? {_OFFERED}\b"
    rf"|\b(?:is|are)\b[^.!?\n]{{0,40}}?\bgoing to be (?:\w+ )?{_OFFERED}\b"
    rf"|\bwill there be (?:a |any )?(?:\w+ )?{_OUTPUT}"
    rf"|\b(?:will (?:you|u|they|we|someone|anyone)|(?:are|is) (?:you|u|they|we|someone|anyone) (?:going|planning) to|"
    rf"(?:do|does) (?:you|u|they) plan to) "
    rf"(?:record|share|post|upload|publish|send|provide|release|get|receive|have)\b[^.!?\n]{{0,40}}?\b{_OUTPUT}"
    r"|\b(?:sera|seront|va|vont)(?:-t-(?:il|elle)|-(?:ils|elles))?(?: \w+)?(?: etre)? (?:enregistree?s?|partagee?s?|"
    r"filmee?s?|disponibles?|publiee?s?|envoyee?s?|diffusee?s?|mise?s? en ligne|en ligne)\b"
)
"""A question on whether something will be offered ("will this session be recorded?", "will the slides be
shared?", "les diapos seront-elles partagées ?"), not on when a thing that exists comes ("when will
yesterday's recording be uploaded?")."""
_ASKED_HOW = re.compile(r"\b(?:when|where|how|quand|ou|comment)\b")
_EVENT = r"(?:session|class|lecture|call|meeting|webinar|talk|workshop|live|hangout|seminar)"
"""An event held at a time, whose recording or slides may be asked for."""
_TO_COME = re.compile(
    r"\b(?:tomorrow|tonight|upcoming|later today|this evening|demain|ce soir|prochaine?s?)\b"
    rf"|\bnext (?:week'?s? |month'?s? |\w+'?s? )?(?:{_EVENT}|training|course)s?\b"
)
"""Words putting the event still to come."""
_HELD = re.compile(
    rf"\b(?:yesterday|last (?:night|week|time)|last (?:\w+'?s? )?{_EVENT}s?|earlier today|missed|"
    r"(?:was|were) (?:not able|unable) to|"
    r"(?:could not|couldn't|did not|didn't|was not able to) (?:attend|join|make it|watch)|\w+ ago|hier|"
    r"(?:j'ai|on a|nous avons) (?:rate|manque))\b"
)
"""Words putting the event past ("yesterday's session", "I missed it", "I could not attend")."""
_EVENT_FR = r"(?:visio|reunion|seance|session|atelier|conference|webinaire|rencontre|cours|live)"
_COMING = re.compile(
    rf"\b(?:tomorrow'?s?|tonight'?s?|upcoming|next(?: week'?s?| month'?s?)?) (?:\w+ )?(?:{_EVENT}|one)s?\b"
    rf"|\b(?:{_EVENT}|one)s? (?:of |on )?(?:tomorrow|tonight|this evening|later today|next \w+)\b"
    rf"|\b{_EVENT_FR}s? (?:de |d')?(?:demain|ce soir|la semaine prochaine)\b"
    rf"|\bprochaine?s? {_EVENT_FR}s?\b|\b{_EVENT_FR}s? (?:prochaine?s?|suivante?s?)\b"
)
"""The event a question asks about, named as still to come ("will tomorrow's session be recorded?", "the next
one", "la visio de demain"), unlike a time the recording is asked by ("posted by tomorrow")."""


Offer = Literal["held", "ahead", "open"]


@lru_cache(maxsize=ANALYSED)
def offer_asked(text: str) -> Offer | None:
    """When a post's request asks whether an event's recording or slides will be offered: "held" when its
    words put one past ("yesterday's session", "I missed it": a recording is asked for, even "by
    tomorrow"), "ahead" when they put it still to come ("tomorrow's talk"), "open" when they say neither
    (the event's announced time then decides); None for any other post. The question's own naming of its
    event comes first: "I missed the last session. Will the next one be recorded?" asks ahead. Before the
    event nothing exists yet: no link is asked."""
    sentence = request_sentence(text)
    if sentence is None:
        return None
    m = _OFFER.search(sentence)
    if m is None or _ASKED_HOW.search(sentence, 0, m.start()) or not _NAMES_OUTPUT.search(sentence):
        return None
    # the question's own words name its event first: a session missed before is not the one asked about
    # ("I missed the last session. Will tomorrow's session be recorded?")
    asked = sentence[m.start() :]
    if not _HELD.search(asked) and _COMING.search(asked):
        return "ahead"
    folded = _normalise(fold(text))
    if _HELD.search(folded):
        return "held"
    return "ahead" if _TO_COME.search(folded) else "open"


@lru_cache(maxsize=ANALYSED)
def request_sentence(text: str) -> str | None:
    """The sentence of a post that asks for a missing link (folded), or None: what it asks for is
    read there ("…even in GA2 all these create issues. Is there any guide?" asks for a guide).
    Saying one has no link, with an apology and no question, answers a request (`_SORRY`)."""
    folded = _normalise(fold(text))
    if not _MAYBE.search(folded):
        return None
    found = _asking_sentence(folded) if len(folded) <= LONG_POST * 2 else _guide_plea(folded)
    if found is None and len(folded) > LONG_POST and not _over(folded):
        closing = _closing(folded)
        asked = _asking_sentence(closing)
        found = asked if asked is not None and ("?" in asked or _asks(closing, asked)) else None
    if (
        found is not None
        and _LACKING_ONE.search(found)
        and (_SORRY.search(folded) or _POINTED.search(found))
        and not _asks(folded, found)
    ):
        return None
    return found


def _guide_plea(folded: str) -> str | None:
    """In a very long post, a plea for a guide or for code, or a question whether one exists, wherever it
    stands (a long report that asks "could someone redirect me to the documentation, please?" or "is there a
    reference describing the method?" halfway through, among other questions)."""
    return None if _over(folded) else _plea_sentence(folded)


PLEAS_READ = 8
"""Pleas read in one post at most: each is checked against its whole sentence, and a post is rarely
more than a few questions."""


def _plea_sentence(folded: str) -> str | None:
    """The sentence of the first plea for a guide, code or data that is for a link: not one's own trouble or
    work, not a video made for one question (`_NOT_A_LINK`)."""
    for m in islice(_GUIDE_PLEA.finditer(folded), PLEAS_READ):
        sentence = _sentence(folded, m)
        if not _NOT_A_LINK.search(sentence) and _for_a_link(folded, m):
            return sentence
    return None


def _closing(folded: str) -> str:
    """The last lines of a post, whole, up to `CLOSING` characters."""
    lines = folded.rstrip().split("\n")
    size, start = 0, len(lines)
    while start > 0 and size + len(lines[start - 1]) <= CLOSING:
        start -= 1
        size += len(lines[start]) + 1
    return "\n".join(lines[start:])


def _over(folded: str) -> bool:
    """The post says the thing was promised, turned up, or is there and broken: nothing is asked."""
    return _promises(folded) or _solved(folded) or bool(_BROKEN.search(folded))


def _asks(folded: str, sentence: str) -> bool:
    """The sentence ends with a question mark, or asks someone to do something."""
    end = folded.find(sentence) + len(sentence)
    return folded[end : end + 1] == "?" or bool(re.search(rf"\b(?:could|can|would|will) {_WHO}\b", sentence))


def _asking_sentence(folded: str) -> str | None:
    """The sentence the tables take for a request in a folded post, or None."""
    if _over(folded):
        return None
    trouble = bool(_TROUBLE_REPORT.search(_TO_DIAGNOSE.sub(" ", folded)))
    long = len(folded) > LONG_POST
    folded = _resolve_back(folded)
    # only the sentences that name something a link leads to go through the tables
    folded = "\n".join(s for s in _SENTENCES.split(folded) if _MAYBE.search(s))
    # a plea for a guide, code or data, or a question whether one exists, counts even in a report of one's trouble
    plea = _plea_sentence(folded)
    if plea is not None:
        return plea
    if not _LINK_WORD.search(folded):
        # without the word "link", a post reporting an error, or a long one, is about something else
        return None if trouble or long else _statement(folded)
    for p in _REQUEST:
        m = p.search(folded)
        if m and _for_a_link(folded, m):
            return _sentence(folded, m)
    return _statement(folded)


_NO_GUIDE = r"(?:ways?|possibilit\w+|options?|chance|methods?|means)"
"""What "is there" asks for when it asks how, not for a guide ("is there a way to record a video?")."""
_POINT_PLEA = (
    rf"\b(?:could|can|would) {_WHO}(?: please)? (?:please )?(?:re)?(?:direct|point|guide|refer|lead) (?:me|us) "
    r"(?:to|towards) "
    rf"(?:a |an |the |some |any )?(?:[\w-]+ ){{0,3}}?(?:{_GUIDE}|scripts?|scripting|code|examples?|resources?|"
    rf"references?|pages?)\b"
)
"""A plea to be pointed to a guide or to code ("could you direct me to Python scripting that…", "could someone
redirect me to the documentation?"): asked of someone."""
_NOT_DOC = (
    rf"(?![\w-])(?!{_CONTROL}|{_OWN_CASE}|\s+(?:changes?|errors?|problems?|issues?|bugs?|fix(?:es)?|review|style|"
    r"base|path|folder|director(?:y|ies)|line|block|generation|editor|(?:is|are|was|were) (?:not|broken|wrong)\b))"
)
"""After the thing: not a part of the program ("the documentation button"), nor one's own example case
("a sample data set of yours"), nor a change or a fault in code ("any code changes")."""
_PUBLISHED = (
    rf"(?:{_GUIDE}|user ?guides?|walk-?throughs?|how-?tos?|references? (?:to|on|for|about|describing)|papers?|"
    r"publications?|articles?|resources?|(?:learning|training|teaching|reading|course|educational) materials?|"
    r"links?|pointers?|wiki|installers?|source code|write-?ups?|literature|(?:text)?books?|"
    r"(?:sample|example|test|demo|public|open) (?:code|scripts?|data ?sets?|data|projects?|notebooks?)|"
    rf"notebooks?){_NOT_DOC}"
)
"""What a link leads to on a software's forum: a guide, a paper, example code, a data set, an installer."""
_DOC = rf"(?:{_PUBLISHED}|(?:code|scripts?|snippets?|data ?sets?){_NOT_DOC})"
"""The same, or code or a data set: asked whether one exists or where it is, it is someone's published work;
asked to be sent ("can you send me the code?", "could you share the data set?"), it is the addressee's own,
or a solution to be handed over."""
_QUALIFIER = (
    rf"(?:a |an |any |some |the |good |other |more |further )*(?:(?!(?:{_NO_GUIDE}|{_TROUBLE}|of|with|in|on|for|to|"
    r"from|about|between|through|via|by|at|into|help|this|that|these|those|my|your|our|his|her|their)\b)"
    r"[\w-]+[ /]){0,4}?"
)
"""Words before the thing that qualify it ("any good python scripting tutorial"), none a place, a relation
or an owner ("a problem only with this data set" asks about a fault)."""
_DOC_FRAMES = (
    # whether one exists, or someone has one
    r"(?:\b(?:is there|are there|isn't there|aren't there|(?:if|whether) there (?:is|are)|"
    r"(?:does|do) (?:anyone|anybody|someone|somebody) (?:have|know(?: of)?)|"
    r"(?:anyone|anybody|someone|somebody) (?:has|have|knows?(?: of)?)|do (?:you|u) know(?: of)?|"
    r"(?:has|have|did) (?:anyone|anybody|someone|somebody) (?:written|made|published|shared|seen|come across|found)) "
    r"|(?:^|(?<=[.!?\n] ))(?:and |also |or )?(?=any\b))"
    rf"(?:also |already |maybe |perhaps )?{_QUALIFIER}{_DOC}"
    r"(?=[^.!?\n]{0,150}(?:\?|\b(?:please|thanks?|thank you)\b))"
    rf"|\b(?:can|could|may) (?:i|we|one) (?:find|get|download|obtain|access) {_QUALIFIER}{_PUBLISHED}"
    r"(?=[^.!?\n]{0,150}\?)"
    # one is looking for one, or needs one
    r"|\b(?:(?:i|we)(?:'m| am|'re| are| was| were) (?:still |currently |also )?(?:looking|searching) for|"
    r"(?:i|we)(?:'m| am|'re| are| was| were|'ve been| have been) (?:trying|hoping) to (?:find|get|locate)|"
    rf"(?:i|we) (?:would like|'d like|need|want) (?:to (?:find|get|read|see) )?) {_QUALIFIER}{_DOC}"
    # a plea to share, suggest or send one
    rf"|\b(?:please|pls|kindly|(?:could|can|would|will) {_WHO}(?: please)?(?: be able to)?|"
    rf"(?:if|whether) {_WHO} (?:could|can|would)(?: please)?|(?:would|will) it be possible(?: for {_WHO})? to|"
    rf"is it possible(?: for {_WHO})? to) (?:please )?"
    r"(?:[\w-]+ (?:[\w-]+ )?(?:or|and) )?(?:share|send|provide|post|suggest|recommend|give|point out|"
    r"refer (?:me|us) to) "
    rf"(?:me |us )?(?:with )?{_QUALIFIER}{_PUBLISHED}"
    rf"|\b(?:would|do) {_WHO} mind (?:sharing|sending|posting|providing|uploading) "
    rf"(?:me |us )?(?:with )?{_QUALIFIER}{_PUBLISHED}"
    # where it is to be found, downloaded or read about
    r"|\bwhere (?:(?:can|could|do|should|would|may) (?:i|we|one|you)|(?:i|we|one|you) (?:can|could|should|might)) "
    r"(?:find|get|download|obtain|read|access|grab) "
    rf"{_QUALIFIER}{_DOC}"
    r"|\bwhere (?:can|could|do|should|would|may) (?:i|we|one) download\b"
    rf"|\bhow (?:(?:can|could|do|should|would|may) (?:i|we|one)|(?:i|we|one) (?:can|could|should)) download "
    rf"{_QUALIFIER}{_DOC}"
    r"|\bwhere (?:is|are|was|were) (?:the |this |that |these |those )?(?:[\w'-]+ ){1,4}?(?:documented|described|"
    r"explained|published)\b"
    # what there is to read, or a plea that it would be welcome
    rf"|\b(?:what|which) {_QUALIFIER}{_PUBLISHED} (?:is|are|would be|exists?) (?:there|available|out there|"
    r"recommended)\b"
    r"|(?:^|[.!?\n] ?)(?:an? |any |some )?(?:[\w-]+ (?:or|and|/) )?(?:[\w-]+ ){0,2}?"
    rf"{_DOC}[^.!?\n]{{0,50}}?\b(?:(?:i would|i'd|would be|will be) {_KEENLY}appreciated?|would (?:really )?help)\b"
)
"""Asking for something a link leads to by the shape of the question, not by its words: whether one exists
(or "any…?"), whether one can find one, that one is looking or trying to find one, a plea to share or suggest
one, where to find or download one, what there is to read, or that one would be appreciated or would help."""
_GUIDE_PLEA = re.compile(
    rf"{_POINT_PLEA}|\b(?:is there|are there)\b (?!(?:a |an |any |some )?(?:\w+ )?{_NO_GUIDE}\b)"
    rf"(?:a |an |any |some )?(?:(?!of\b)[\w-]+ ){{0,4}}?(?:{_GUIDE}\b|references? (?:to|on|for|about|describing)\b)"
    rf"[^.!\n]{{0,90}}\?"
    rf"|{_DOC_FRAMES}"
    rf"|{_EXAMPLE_PLEA}"
)
"""A question whether a guide or a reference exists ("is there documentation on how these differ?", "is there
a reference to the method…?") or a plea for one ("a tutorial… I would appreciate it"): asked outright, a
request even inside a long report of one's trouble, or halfway through a very long post."""
_THING_RE = re.compile(rf"\b{_THING_EN}\b")
_PART_RE = re.compile(_CONTROL)
"""A part of the program named after the thing: "it" then means that part ("the tutorial says to click
Apply but there is no Apply button. Where is it?")."""
_BACK = re.compile(r"\b(?:it|this|that|them|these|those)(?=\s*[?.!]*\s*$)")
_ADD_ON = re.compile(r"\b(?:extension|plugin|add-?on)\b")
"""An add-on one installs, named by its name ("the PelvisMapper extension"): "where can I find it?"
right after asks where to get that add-on."""


def _resolve_back(folded: str) -> str:
    """A sentence ending on "it"/"this" speaks of the thing the sentence before names ("I'd like the
    companion notebook. Where can we access this?"): the thing is written in its place."""
    sentences = _SENTENCES.split(folded)
    for i in range(1, len(sentences)):
        named = _THING_RE.search(sentences[i - 1])
        if named and not _THING_RE.search(sentences[i]) and not _PART_RE.search(sentences[i - 1], named.end()):
            sentences[i] = _BACK.sub(f"the {named.group(0)}", sentences[i], count=1)
        elif not named and (add_on := _ADD_ON.search(sentences[i - 1])) and not _THING_RE.search(sentences[i]):
            sentences[i] = _BACK.sub(f"the {add_on.group(0)}", sentences[i], count=1)
    return " ".join(sentences)


_NAMED = re.compile(
    rf"\b(?:{_THING_CORE}|{_THING_FR[3:-1]}|logs?|log files?|repo\w*|books?|data|apis?|urls?|code|solutions?|"
    r"answers?|questions|options?)\b|(?<=_)logs?\b"
)
"""Things a request may name, widely: in doubt, a model reads the rest."""
_REACHING = re.compile(
    r"\b(?:record(?:ed|ing)|post(?:ed)?|upload(?:ed)?|available|released?|shared?|publish(?:ed)?|enabled|live|"
    r"provided?|sen[dt]|forward|download|access|find|found|locate|see|seen|get|got|receiv\w*|reciev\w*|obtain|have|"
    r"there|show\w*|what is|what's|dispo\w*|trouv\w*|acced\w*|telecharg\w*|recu|partag\w*|envoy\w*|publi\w*|"
    r"en ligne|learn)\b"
)
"""Words of reaching, having or being given something."""
_ASKING = re.compile(
    r"\?|\b(?:please|pls|plz|kindly|where|when|which|could|can|would|will|is there|are there|do we|svp|merci de|"
    r"pourriez|pouvez|ou|quand|any)\b"
)
_LACKING = re.compile(
    r"\b(?:not|no|never|unable|missing|yet|still|without|nor|pas|plus|jamais|toujours|encore|manque\w*)\b|n't"
)
DOUBT_CHARS = 1500


@lru_cache(maxsize=ANALYSED)
def in_doubt(text: str) -> bool:
    """A post the rules do not take for a request but cannot rule out, from weak signals in one
    sentence: it names a thing (widely), speaks of reaching or having it, and asks or says it is
    lacking. A model may judge it (`handlers.links.model`); without one, the rules stay silent."""
    if len(text) > DOUBT_CHARS or is_request(text) or offer_asked(text):
        return False
    folded = _normalise(fold(text))
    return any(
        len(s) <= 300 and _NAMED.search(s) and _REACHING.search(s) and (_ASKING.search(s) or _LACKING.search(s))
        for s in _SENTENCES.split(folded)
    )


def _statement(folded: str) -> str | None:
    """The sentence asking for a link as a statement ("the recording is not uploaded yet"), or None."""
    for gate, p in _STATEMENT:
        if not any(w in folded for w in gate):
            continue
        m = p.search(folded)
        if (
            m
            and not _NOT_A_LINK.search(folded, max(0, m.start() - 30), m.end() + 20)
            and not _THEIRS.search(folded, m.start(), m.end() + 12)
            and _for_a_link(folded, m)
        ):
            return _sentence(folded, m)
    return None


def _sentence(folded: str, m: re.Match[str]) -> str:
    """The sentence of a match: one whose match ends on its question mark ends there."""
    start = max(folded.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    after = m.end() - 1 if m.group(0).endswith("?") else m.end()
    ends = [e for e in (folded.find(c, after) for c in ".!?\n") if e >= 0]
    return folded[start : min(ends) if ends else len(folded)]


_PROMISE = re.compile(
    r"\b(?:will|would|shall|should) (?:soon |also |surely )?be (?:soon |made )?(?:uploaded|available|shared|released|"
    r"posted|enabled|sent|published|updated|visible|opened|live)\b"
    r"|\b(?:sera|seront) (?:bientot |tres vite )?"
    r"(?:disponibles?|partagee?s?|envoyee?s?|publiee?s?|en ligne|mise?s? en ligne)"
)
"""A post that says when the thing will come ("it will be uploaded by tomorrow"), outside a question,
answers a request: it is not one."""


_ADVICE = re.compile(
    r"\b(?:(?:if|in case|incase) (?:you|u|anyone|anybody|someone|somebody|they|students?|people)(?! knows?\b)|"
    r"whoever|those who|"
    r"anyone who|students who|people who|si (?:vous|tu|quelqu'un|on)|ceux qui|celles qui)\b"
    r"(?:(?! but )[^.!?\n]){0,40}$"
)
"""Before the match in its sentence: a condition or the people it is for ("if you can't find the
recording, check the playlist"): advice to others, not a request; "if you know one, please say where"
still asks."""
_SOLVED = re.compile(
    r"\b(?:(?<!n't )(?<!not )(?<!never )found it|got it now|resolved|solved|never ?mind|nvm|sorted(?: out)?|"
    r"figured (?:it )?out|"
    r"(?:it's|it is) (?:there|visible|available) now|c'est bon|j'ai trouve|trouve,? merci|resolu)\b"
)
"""A post saying the thing turned up or the trouble is over asks for nothing."""
_NOT_YET = re.compile(r"\b(?:when|once|until|till|if|after|before|whether|quand|une fois|si)\b[^.!?\n]{0,30}$")
"""A clause opening on a time still to come ("when this gets sorted out"): nothing is solved yet."""


def _solved(folded: str) -> bool:
    """The post says the trouble is over, not that it will be ("once it is sorted out, …")."""
    return any(not _NOT_YET.search(folded, 0, m.start()) for m in _SOLVED.finditer(folded))


def _promises(folded: str) -> bool:
    return any(_PROMISE.search(s) and "?" not in s for s in _SENTENCES.split(folded))


_REPORTED = re.compile(
    r"\b(?:shows?|showing|shown|says?|saying|said|states?|stating|mentions?|mentioning|indicates?|"
    r"displays?|displaying|written|affiche|indique|dit)\b"
)
"""Before the match in its sentence: what a system or a mail said ("the mail shows that my log
file is missing", "my logs say the cv2 module is missing"): a verdict reported, no link asked."""
_YOURS = re.compile(
    r"\b(?:links?|liens?|urls?)\s+(?:to|for|of|vers|de|du|pour|a)\s+(?:your|yours|vos|votre|ton|ta|tes)\b"
    r"(?!\s+(?:slides|presentation|talk|recording|diapos?|diaporama|support|presentation|enregistrement|intervention))"
)
"""A link to the addressee's own thing ("send me the link to your dataset", "le lien vers vos données"):
something they have to share, nothing announced is missing; a speaker's slides or recording excepted."""
_TO_EXAMINE = re.compile(
    r"\b(?:you|u) (?:used|use|are using|were using|tested|ran)\b"
    r"|\bso (?:that )?(?:we|i|others|someone|people|developers) (?:can|could|may) (?:have a look|take a look|look|"
    r"reproduce|check|investigate|debug|test|try|see what|help)\b"
    r"|\b(?:to reproduce|for (?:debugging|reproducing|reproduction))\b"
    r"|\b(?:showing|shows|that shows|demonstrating|reproducing|illustrating) (?:the |this |your |that |an? )?"
    r"(?:issue|problem|error|bug|crash|behaviou?r)\b"
    r"|\bpour (?:qu'on puisse |que je puisse |que nous puissions )?(?:reproduire|verifier|tester|debugger|deboguer)\b"
    r"|\b(?:que )?(?:vous avez|tu as) (?:utilise|teste)\b"
    r"|\bto show (?:what|how|where|when) (?:you|u)\b"
    r"|\bscreen ?(?:video )?(?:recordings?|captures?|videos?|casts?)\b"
    r"|\b(?:anonymi[sz]ed|de-?identified|phantom) (?:or (?:\w+ )?)?(?:data|images?|scans?|volumes?|studies|cases?)\b"
)
"""A helper asking a member for the member's own material, to look into it ("share a link to the data
you used so we can reproduce", "a screen recording to show what you do", "an anonymized data set"):
nothing announced is missing."""
_SHOWN_IN_APP = re.compile(
    r"\s+(?:in|on|inside|within|dans|sur)\s+(?:the |my |this |a |an |la |le |l'|mon |ma |cette |ce )?"
    r"(?:[\w-]+ ){0,2}?(?:view|viewport|viewer|panel|pane|window|canvas|scene|editor|preview|timeline|screen|"
    r"display|monitor|vue|fenetre|panneau|apercu|editeur|visionneuse|ecran|canevas)s?\b"
)
"""After what is not seen: a place of a program's screen ("I cannot see the video in the 3D view"):
a display problem, not a missing link."""
_LACKING_ONE = re.compile(
    r"\b(?:i|we) (?:don't|do not|didn't|did not|still don't|haven't|have not) (?:have|got)\b"
    r"|\b(?:je|nous) n'(?:ai|avons)\b"
)
_SORRY = re.compile(
    r"\b(?:sorry|i'm afraid|i am afraid|desolee?s?|navree?s?)\b(?!\s+(?:for|to|if|about|de|pour|si|d')\b)"
)
"""Someone saying they have no link to give ("I don't have a link for that yet, sorry"), apologising
rather than asking: an answer to a request, not one (no question in the sentence)."""
_POINTED = re.compile(r"\bbut (?:you|u|one) (?:can|could|may|will|should) (?:find|get|see|download|grab|look)\b")
"""Saying one has no link and where it is ("I don't have it, but you can find it on the dashboard"): an answer."""
_TO_DIAGNOSE = re.compile(
    r"\b(?:to (?:check|see|know|find out|understand) )?(?:what|where) (?:has |had |have |is |was )?(?:gone |went |go )?"
    r"(?:wrong|failed)\b"
)
"""What a thing is wanted for ("any log for project 1 to check what went wrong?"): a purpose, not a
report of one's own trouble."""
_TO_BE_MADE = re.compile(rf"\b(?:share|send|provide|give|upload|release)\b[^.!?\n]{{0,20}}{_GRADER_LOGS}")
"""A plea for the graders' logs asks them to make them ("please share the evaluation logs"), unlike
"will we receive logs for the evaluation?" or "I can't find my evaluation logs"."""
_ONES_OWN_AIM = re.compile(
    r"[^.!?\n]{0,20}?\b(?:related to|relating to|for) what (?:i|we) (?:would like|want|wish|need)"
)
"""A thing defined by what the asker wants to make ("no tutorial related to what I would like to obtain"):
it may not exist; nothing announced is missing."""
_CARRIER = re.compile(r"\b(?:e-?mails?|mails?|intimations?|notifications?)\b")
"""What brings a link without being one: a mail is a missing link only when it is for something
a link leads to ("the mail for the ROE exam"), not for one's marks."""


def _for_a_link(folded: str, m: re.Match[str]) -> bool:
    """The sentence asks for something that should already be behind a link: not one's own
    trouble ("it gives an error"), not one's own work ("my submission"), not a verdict reported,
    not a mail about one's marks or about nothing named."""
    sentence = _sentence(folded, m)
    start = max(folded.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    if _ONES_OWN_AIM.match(folded, m.end()):
        return False
    if _CARRIER.search(m.group(0)) and (
        _NOT_A_LINK.search(sentence) or not kinds_of(_CARRIER.sub(" ", sentence)) - {"meeting"}
    ):
        return False
    return not (
        _TROUBLE_REPORT.search(_TO_DIAGNOSE.sub(" ", sentence))
        or _OWN.search(
            sentence if "missing" in m.group(0) else _MY_GRADER_LOGS.sub(" ", sentence[: m.end() - start + 40])
        )
        or _TO_BE_MADE.search(m.group(0))
        or _ADVICE.search(folded, start, m.start())
        or _REPORTED.search(folded, start, m.start())
        or _YOURS.search(folded, m.start(), m.end() + 30)
        or _TO_EXAMINE.search(sentence)
        or _SHOWN_IN_APP.match(folded, m.end())
        or _SELF_MADE.search(sentence)
        or _PLACED.search(sentence)
        or _STORED.search(sentence)
    )


_STORED = re.compile(
    r"\bwhere\b[^.!?\n]{0,40}?\b(?:is|are|was|were|gets?|got) (?:being )?(?:saved|stored|cached|written|kept)\b"
)
"""Where files end up on one's computer ("I can't find where the recordings are saved"): a program's behaviour."""
_PLACED = re.compile(
    r"\b(?:add|update|put|include|insert)\b[^.!?\n]{0,60}?\b(?:to|on|in|into|with)\b[^.!?\n]{0,25}?\b(?:page|wiki|"
    r"website|site|docs|documentation|readme|list|spreadsheet|agenda|calendar|description)\b"
    r"|\b(?:update|edit|fix)\b (?:the |our |this )?(?:[\w-]+ ){0,3}?(?:page|wiki|website|site|docs|documentation|"
    r"readme|list|spreadsheet|agenda|calendar|description|post) with\b"
)
"""A link to be put somewhere ("could you add the link to the recording to the project page?"): an edit
asked for, not a link the asker lacks."""
_SELF_MADE = re.compile(
    r"\bso (?:i|we) (?:have |just |then )?(?:created|made|wrote|added|opened|submitted|uploaded|posted|updated|fixed)\b"
)
"""The writer made the missing thing themselves ("I didn't see it in the docs, so I opened a pull
request"): nothing is asked for."""


_MISSING = re.compile(
    r"\b(?:il manque|manque|manquant|oubli\w*|absent|missing|forgot|left out|no link|pas de lien|sans lien|"
    r"n'y est pas|isn't there|is not there)\b"
)


def says_missing(text: str) -> bool:
    """The asker says the link is missing from the announcement ("il manque le lien", "link missing")."""
    return bool(_MISSING.search(fold(text))) and is_request(text)


_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|me|my|we|us|our|je|j'|moi|nous|mon|ma|mes)\b")


@lru_cache(maxsize=ANALYSED)
def states_status(text: str) -> bool:
    """Words that neither ask nor speak of the writer ("the recording is not uploaded yet"): in a
    reply to a request, they answer it."""
    folded = fold(text)
    return "?" not in folded and not _FIRST_PERSON.search(folded)


_ECHO = re.compile(
    rf"{AGREEMENT_LEAD}"
    r"(?:(?:i am |i'm |am |we are |we're )?(?:also |too )?facing (?:the )?same (?:issue|problem)"
    r"|(?:i |even i |i also |me also |i too )(?:also |too )?(?:can't|cannot|couldn't|am not able to|am unable to|"
    r"don't|do not|didn't) (?:find|see|get|access|locate)"
    r"(?: (?:it|them|this|that|anything|the (?:link|recording|video|slides|form|page)s?))?"
    r"(?: (?:either|too|as well|anywhere))?"
    r"|me neither|moi non plus|(?:je ne|j'arrive pas a) (?:le |la |les )?(?:trouve|vois|trouver|voir)\w* "
    r"(?:pas )?non plus)"
    r"(?:[\s,.!]+(?:sir|madam|maam|please|pls|monsieur|madame))*[\s.!?]*$"
)
"""An echo of the request above in one's own words ("I also can't find it", "moi non plus")."""
_ROLL = re.compile(r"(?:and )?my (?:roll ?(?:no|number)|id|roll) is \w*\d\w*")
"""The rest of a "+1" that only gives who is asking ("same for me, my roll number is …")."""
_SAME_TROUBLE = re.compile(r"(?:@[\w.-]+\s*)*(?:same (?:issue|problem)|meme probleme|moi aussi,? (?:je|j'))\b")
"""A longer "+1" that says the asker has the same trouble, then shows it."""


_INTERESTED = re.compile(
    rf"{AGREEMENT_LEAD}"
    r"(?:i (?:would|'d|am|'m) (?:also |very |really )?(?:be )?(?:also |very |really )?interested in "
    r"(?:this|that|it|the same)(?:,? too|,? as well)?|je suis (?:aussi )?interessee? (?:aussi|par (?:ca|cela))?)\s*[.!]"
)
"""A post opening on "I would be interested in this, too.": the request above, asked again, whatever follows."""


@lru_cache(maxsize=ANALYSED)
def is_agreement(text: str) -> bool:
    """A short "+1" / "pareil" / "same here": it counts only right after a request."""
    folded = _normalise(fold(text)).strip()
    if len(folded) <= 400 and _INTERESTED.match(folded):
        return True
    if len(folded) > 200:
        return False
    m = _AGREEMENT.match(folded)
    if not m:
        return len(folded) <= 100 and bool(_ECHO.match(folded))
    rest = re.sub(r"@[\w.-]+|\b(?:sir|madam|maam|monsieur|madame)\b", " ", m.group("rest"))
    rest = re.sub(r"[^\w\s']", " ", rest).strip()
    if len(rest) <= 15 or _ROLL.fullmatch(rest) or re.search(r"\b(liens?|links?|url|trouve\w*|find|see|vois)\b", rest):
        return len(folded) <= 80
    return bool(_SAME_TROUBLE.match(folded))


@lru_cache(maxsize=ANALYSED)
def pointer_phrase(text: str) -> str | None:
    """The words that point at a link ("accessibles ici", "register here"), as written."""
    folded = fold_same_length(text)
    best: tuple[int, int] | None = None
    for p in _POINTER:
        m = p.search(folded)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    if best is None:
        return None
    return text[best[0] : best[1]].strip(" :,")


_IMAGE_REGISTRATION = re.compile(
    r"\b(?:rigid|affine|deformable|elastic|non-?rigid|non-?linear|b-?spline|landmark|fiducial|image|surface|"
    r"volume|intensity|point-based|manual|automatic|automated)[- ]regist(?:ration|er\w*)\b|"
    r"\bregistration (?:of|between|to|tools?|algorithms?|modules?|methods?|results?|transforms?|matri(?:x|ces)|"
    r"errors?)\b"
)
"""Registration as imaging speaks of it (aligning images or models): no form to sign up with."""


@lru_cache(maxsize=ANALYSED)
def kinds_of(text: str) -> frozenset[str]:
    """What kind of link a text (request, link text, URL, paragraph) talks about."""
    folded = _IMAGE_REGISTRATION.sub(" ", fold(text))
    return frozenset(kind for kind, rx in _KIND_RE.items() if rx.search(folded))


def _normalise(folded: str) -> str:
    """Spaces tidied, French spaced punctuation ("lien ?") kept as one token."""
    return re.sub(r"[ \t\xa0\u202f]+", " ", folded)


_NOUN = re.compile(
    r"\b(?:recording|video|playlist|slide|form|calendar|calender|paper|notebook|repo|repository|transcript|dataset|"
    r"book|log|notes|document|sheet|spreadsheet|pdf|module|material|resource|project|portal|page|exam|quiz|"
    r"assignment|tutorial|documentation|doc|guide|manual|data|"
    r"enregistrement|replay|formulaire|diaporama|support|programme|compte-rendu|pad)s?\b"
)


@lru_cache(maxsize=ANALYSED)
def things(text: str) -> frozenset[str]:
    """The nouns of things a text names that a link leads to ("logs", "the form", "slides"), in the
    singular: a request naming no kind of link is answered only by a link said to be of that thing."""
    return frozenset(m.group(0).rstrip("s") if m.group(0) != "notes" else "notes" for m in _NOUN.finditer(fold(text)))


KIND_ORDER = ("recording", "exam", "registration", "meeting", "document")
"""When a text names several kinds, the one it asks for: "the recording of the session" wants
the recording, not the session's call link."""


def wanted_kinds(kinds: frozenset[str]) -> frozenset[str]:
    """The kind a request asks for, of the kinds its words name."""
    first = next((k for k in KIND_ORDER if k in kinds), None)
    return frozenset({first}) if first else frozenset()


def kind_label(kinds: Iterable[str], messages: Messages) -> str:
    """The kind of link asked for, in the forum's language (" d'inscription"), or "" when unknown."""
    kind = next((k for k in KIND_ORDER if k in kinds), None)
    return messages.get(f"links.kind.{kind}") if kind else ""


_SUBJECT = re.compile(
    r"\b(?:ga|graded assignment|project|week|module|quiz|mock|session|atelier|visio|webinaire|lecture|class|lab|"
    r"part|day|seance|cours|semaine)\s?#?(\d{1,2})\b"
    r"|\b(roe|oppe|end ?term)\b"
)


def subjects(text: str) -> set[str]:
    """The precise things a text names ("GA6", "project 2", "ROE"): what an announcement elsewhere
    must be about to answer a request made here."""
    out = set()
    for m in _SUBJECT.finditer(fold(text)):
        if m.group(1):
            word = m.group(0).split()[0] if " " in m.group(0) else re.sub(r"\d+$", "", m.group(0))
            word = "ga" if word.startswith("graded") else word.rstrip("#")
            out.add(f"{word}{int(m.group(1))}")
        else:
            out.add(m.group(2).replace(" ", ""))
    return out


_URL_KINDS = (
    ("meeting", ("meet.google.", "zoom.us/j", "meet.jit.si", "teams.microsoft.com/l/meetup", "whereby.com", "/b/")),
    ("registration", ("forms.gle", "docs.google.com/forms", "framaforms", "helloasso", "eventbrite", "typeform")),
    ("recording", ("youtube.com/watch", "youtu.be/", "youtube.com/live", "vimeo.com/")),
)


def url_kind(url: str) -> str | None:
    """The kind a link is by its address alone (a Meet call, a form, a video), or None."""
    low = url.lower()
    return next((kind for kind, hosts in _URL_KINDS if any(h in low for h in hosts)), None)
