"""Building blocks the pattern tables share: words for a link, for things a link leads to, determiners,
the gaps allowed between a verb and its object, and how a folded post is cut into sentences."""

from __future__ import annotations

import re
from functools import cache

from handlers.meetings.dates import WEEKDAYS_FR

_BOND_ADJ = (
    r"(?:directe?s?|indirecte?s?|forte?s?|etroite?s?|evidente?s?|logiques?|clair(?:e|s|es)?|reel(?:le)?s?|"
    r"particulier(?:e|s|es)?|concrete?s?|naturel(?:le)?s?|possibles?|quelconques?|strong|close|clear|direct|real|"
    r"causal|obvious|[a-z]+(?:el|elle|els|elles|ique|iques|if|ive|ifs|ives|al|ale|aux|ier|iere|iers|ieres))"
)
"""What a bond is said to be ("un lien direct avec…", "a strong link between…"): before whom it binds, the
link is a relation, not an address."""
_BOND = (
    r"(?:social|sociaux|humains?|hierarchiques?|affectifs?|fort|forts|etroits?|evidents?|logiques?|"
    r"de (?:cause|causalite|subordination|parente|confiance|dependance|proximite|filiation|solidarite|amitie|"
    r"cooperation|reciprocite))"
)
"""Words after "lien" that make it a bond ("le lien social", "un lien de confiance"): no address has them."""
RELATION = rf"(?!\s+(?:{_BOND_ADJ}\s+)?(?:entre|avec|between|with)\b|\s+{_BOND}\b)"
"""After "lien"/"link": not a relation between people or things, however it is qualified."""
DET_FR = r"(?:le|les|un|des|du|ton|votre|vos|ce|cet)"
DET_FR_ONE = r"(?:le|les|un|des|ton|votre|vos|ce|cet)"
"""A French determiner of a link one lacks: "il manque du lien" is partitive, a bond lacking, never an address."""
THE_FR = r"(?:(?:le|la|les|un|une|des|du|ton|ta|tes|votre|vos|ce|cet|cette|ces) |l')"
"""Any French determiner before a thing, with its space ("la vidéo", "l'enregistrement", "ta présentation"):
unlike "lien", the things asked for are often feminine or open on a vowel."""
DET_EN = r"(?:the|a|any|your|this|that)"
SIR = r"(?:sir|mam|maam|ma'am)"
"""How a teacher is addressed, before or after what is asked ("sir, when…", "…please ma'am")."""
GREETING = rf"(?:(?:{SIR}|hi|hello)[, ]+)*"
"""The greetings a sentence may open on before it asks ("Sir, when will…")."""
YOUR_FR = (
    r"(?:ton|tes|votre|vos|ta(?= [a-z])(?! (?:sessions?|sir|maam|mam|team|support|live|class(?:es)?|meetings?|"
    r"calls?|recordings?|has|had|is|was|were|will|would|can|could|should|said|says|mentioned|posted|shared|"
    r"replied|told|asked|and|or|for|of|to|in|on|at|from|with|about|who|that|please|pls)\b))"
)
"""The addressee's own, in French ("ta réponse", "vos données"); an English teaching assistant folded to "ta"
("the TA session", "TA sir") is no French possessive."""
OTHER_FR = r"(?:(?:autre|nouveau|nouvel|nouvelle|bon|bonne|vrai|vraie) )?"
"""What a French speaker puts before a link or a thing that replaces one ("un autre lien", "le nouveau formulaire",
"le bon lien")."""
LINK_FR = rf"{OTHER_FR}liens?"
LEFT_BEHIND_FR = r"slides|diapos?|diaporamas?|supports?|presentations?|replay|enregistrements?|compte[- ]rendu|cr|pad"
"""What a French session leaves behind to be shared: its slides, its replay, its minutes, its pad."""
HELLO_FR = r"(?:bonjour|bonsoir|hello|salut|coucou)"
"""A greeting a terse French request may open on ("Bonsoir, le lien pour ce soir ?")."""
ONCE_MORE = r"(?:\+ ?1[ ,!]+)?"
"""A "+1" opening a request asked again in its own words ("+1 pour le replay, c'est où ?")."""
GREETED_FR = (
    rf"(?:^|[.!?\n] ?)(?:{HELLO_FR}(?: [a-z][\w-]*,)?[ ,!]*|[a-z][\w-]{{2,}}, )?(?:(?:euh+|heu+|bah|ben|hum+)[ ,!.]+)?"
    rf"{ONCE_MORE}"
)
"""A sentence's start, with the greeting it may open on and the name it may greet ("Bonjour Vincent, le lien pour la
plénière en visio ?", "Yannick, le lien de ce soir ?"), a hesitation ("Euh, le lien ?") or a "+1" (`ONCE_MORE`)."""
OF_EVENT_FR = r"(?: (?:de |du |des |d'|pour |vers )[^.!?\n,]{0,40}?)?"
"""What a French link or thing is for, after it ("le lien de la visio de jeudi 18h")."""
OF_A_LINK_FR = (
    r"[^.!?\n]{0,60}?\b(?:le meme|la meme|les memes|identiques?|valables?|publi(?:c|que)s?|prive|reserve|securise|"
    r"mot de passe|code d'acces|sur (?:mobile|telephone|smartphone|tablette)|ou (?:celui|celle|ceux) |"
    r"expire|fonctionne|marche|a change|change-t-il|cree|genere)"
)
"""What is asked of a link one has ("le lien est-il le même ?", "valable pour les deux séances ?", "ou celui du
webinaire ?"): a question about it, not a plea for it."""
_NOUN_WORD_FR = r"(?!(?:est|sont|etait|a|ont|marche|fonctionne|change|reste|sera|va|semble|peut|doit)\b)[^\s.!?]+"
NOUN_PHRASE_FR = rf"(?:{_NOUN_WORD_FR} ){{0,6}}{_NOUN_WORD_FR}"
"""What a French link is for, named without a verb ("vers l'annuaire des tiers-lieux"): the name alone asks."""
OF_THING_FR = rf"(?:{OF_EVENT_FR}|(?: (?:presente|montre|projete|utilise|diffuse|evoque)e?s?(?: [^.!?\n,]{{0,30}}?)?))"
"""What a French thing is of, or where it was shown ("le diaporama présenté hier")."""
LINK_EN = r"(?:links?)"
SOME_LINK_EN = (
    rf"(?:{DET_EN} (?:[\w-]+ )?|(?:the|your|this|that) [\w-]+ [\w-]+ |"
    rf"(?!(?:to|and|or|not|no|you|u|i|we|them|it)\b)(?:[\w-]+ )?){LINK_EN}"
)
"""A link named with its article or without ("do you have link for the quiz?", "need GA3 link"): on a course
forum written in a second language the article is often dropped; "need to link X" links things, "would like
no links" wants none."""
IN_SENTENCE = r"(?:[^.!?\n]|\.(?=\d))"
"""A character of the same sentence: the dot of a version number ("release 5.2") ends none."""
IN_QUESTION = r"(?:[^.!\n]|\.(?=\d))"
"""The same, through question marks: up to the question mark that ends a question."""
STILL_FR = r"(?:(?:toujours|encore|bien|vraiment|donc) )?"
"""What a French speaker puts between "il manque" or "il n'y a" and the rest ("il manque encore le lien")."""
GIVE_FR = (
    r"(?:partager|envoyer|(?:re)?mettre en ligne|mettre|donner|poster|ajouter|transmettre|remettre|communiquer|"
    r"republier|renvoyer|redonner|faire parvenir|faire suivre|transferer|filer|passer|"
    r"rappeler|repartager|reposter)"
)
"""What one asks to be done with a link, in French ("pouvez-vous partager le lien ?"), or done again
("pourriez-vous rappeler le lien ?")."""
GIVE_EN = (
    r"(?:share|send|post|add|give|provide|drop|paste|forward|include|(?:re-?)?mention|re-?send|re-?share|re-?post|"
    r"(?:re-?)?upload)"
)
"""What one asks to be done with a link in English, or done again ("could you re-mention the link?")."""
SENT_FOR_SEND = r"(?:sent|shared)"
"""The past said for the verb after a plea ("please sent the link", "can you shared it?"), common in Indian
English: after "please" or "could you" it asks, as "send" would; told of someone ("he sent the link") it does not."""
ANYONE = r"(?:anyone|anybody|someone|somebody)"
"""Someone unnamed, asked whether they did something ("anyone shared the link?")."""
YOU_CAN_FR = r"(?:est-ce que vous pouvez|est-ce que tu peux|vous pouvez|tu peux)"
"""A plea put as a question without inversion ("vous pouvez envoyer le lien ?")."""
PLEASE_FR = (
    r"(?:pouvez[- ]vous|pourriez[- ]vous|peux[- ]tu|pourrais[- ]tu|vous pouvez|tu peux|tu pourrais|vous pourriez|"
    r"possible de|merci de|serait-il possible de|est-il possible de|(?:quelqu'un|qqn|qq1) (?:peut|pourrait)|"
    r"bien vouloir|(?:l'amabilite|la gentillesse) de)"
)
"""Who is asked to do something with a link, hyphen or not ("pourriez vous", "quelqu'un pourrait"), or formally
("merci de bien vouloir", "auriez-vous l'amabilité de")."""
SEND_FR = (
    r"(?:re|r)?(?:envoie|envoyez|partage|partagez|donne|donnez|transmets|transmettez|poste|postez|communique|"
    r"communiquez|rappelle|rappelez|remets|remettez)"
)
"""What one tells someone to do with a link, in the imperative ("envoyez-nous le lien")."""
SEND_AGAIN_FR = r"(?:renvoie|renvoyez|redonne|redonnez|remets|remettez|rappelle|rappelez|colle|collez|recolle|recollez)"
"""Told to give it again, to no one named ("remettez le lien"): the one who says it lacks it; "partagez le lien"
alone tells members to spread it."""
MAIL_WORD = r"(?:e-?mails?|mails?|courriels?|intimations?)"
"""A mail, which brings a link or an invitation without being one (English, French)."""
NOT_YET_FR = r"(?:toujours |jamais |pas )+(?:encore )?"
"""Not (yet, still, ever) come, in French ("n'est toujours pas encore arrivé", "jamais parvenu")."""
NOT_YOURS_FR = r"(?<!vous n'avez )(?<!tu n'as )(?<!vous n'avez toujours )(?<!tu n'as toujours )"
"""Not asking whether the one addressed got it ("vous n'avez pas reçu le lien ? regardez vos spams")."""
SEND_AGAIN_FR_INF = r"(?:renvoyer|re-?envoyer|redonner|repartager|remettre|coller|recoller)"
"""Giving it again, after a plea ("pouvez-vous me le renvoyer ?")."""
TO_OTHERS_FR = r"(?![^.!?\n]{0,30}\b(?:a vos|a tes|a leurs|autour de|a tout le monde|aux|a ceux|a celles)\b)"
"""Not to others ("envoyez le lien à vos adhérents"): passing it on, not asking for it."""
WANT_FR = (
    r"(?:je voudrais|j'aimerais|je souhaiterais|nous voudrions|nous aimerions|il me faut|il nous faut|"
    r"(?:il )?(?:me |nous )?faudrait|je veux bien|je prendrais bien|(?:ce|ca) serait (?:\w+ )?d'avoir|"
    r"je suis (?:aussi |tres )?interessee? par|nous sommes (?:aussi |tres )?interessee?s par)(?: bien)?"
    r"(?: (?:avoir|recevoir|obtenir|recuperer))?"
)
"""Wanting it, said in French ("je voudrais bien", "il faudrait", "ce serait top d'avoir")."""
TO_ME_FR = r"(?:nous |me |m')?"
"""To whom, elided or not ("m'envoyer", "nous renvoyer")."""
HAVE_YOU_FR = (
    r"(?:avez-vous|vous avez|tu as|as-tu|aurais-tu|auriez-vous|vous auriez|tu aurais|t'as|t'aurais)"
    r"(?: (?:aussi|encore|deja|par hasard))?"
)
"""Asking whether someone has it, inverted or not ("auriez-vous", "vous auriez", "t'aurais"), maybe too ("Vous auriez
aussi les slides de la séance 1 ?")."""
EVENT_FR = r"(?:visio|reunion|seance|session|atelier|conference|webinaire|rencontre|cours|live)"
"""An event held at a time, in French."""
WHEN_FR = rf"(?:{'|'.join(WEEKDAYS_FR)}|demain|ce soir|cet apres-midi|tout a l'heure)"
"""A day an event is held, said the way members say it before it ("jeudi", "ce soir")."""
CONNECT_FR = r"(?:se connecter|se connecte|me connecter|me connecte|nous connecter|s'y connecter|s'y connecte)"
"""Connecting to a call: said alone ("on se connecte comment ?"), it joins the event the topic announces."""
JOIN_FR = rf"(?:{CONNECT_FR}|rejoindre|rejoint|rejoins|participer|participe|assister|y acceder|acceder|y accede)"
"""Joining an event ("rejoindre la visio", "participer à l'atelier"): a link only with the event named."""
TO_EVENT_FR = rf"(?:(?:a |au |a la |a l'|pour |pour la |pour le |pour l')?(?:la |le |l'|cette |ce )?{EVENT_FR}\w*)"
"""The event joined, with how it is named ("à la visio", "pour la réunion")."""
KEENLY = r"(?:(?:much|greatly|really|very|highly|most|super) )?"
"""How a plea is softened: "would be much appreciated", "super grateful"."""
SERVICE_URL = r"(?:base|proxy|api|endpoint|server)(?: (?:base|proxy|api|endpoint|server))? url\b"
"""The address of a service the course runs ("the base proxy url"), named by its role: unlike a bare
"the URL", which on a course forum is the one a member deploys, it is announced to everyone."""
KIND_WORD = (
    r"(?:visio\w*|inscriptions?|reunions?|reus?|zoom|meet|teams|jitsi|webinaires?|connexion|formulaire|questionnaire|"
    r"replay|live|direct|sondage|pad|evenement|atelier|conference|session|call|participation|bbb|bigbluebutton|"
    r"rejoindre|participer|assister|se connecter|"
    r"meeting|webinar|registration|form|event|workshop|stream|signup|sign-up)"
)
APP_FR = r"(?:zoom|teams|jitsi|meet|google meet|bbb|bigbluebutton|webex|whereby|skype|discord|livestorm|framadate)"
"""The service a French call or poll runs on, named right after "lien" ("le lien Whereby"); read only there:
"whereby" is an English word too."""

OWN_CASE = (
    r"\s+(?:data(?:sets?)?|files?|scenes?|images?|volumes?|cases?|of (?:what|how) (?:you|your))\b"
    r"|[^.!?\n]{0,150}\b(?:reproduc|(?:replicat|illustrat)\w* (?:the|this|that|your|my) (?:issue|problem|bug|error))"
)
"""An example that is the member's own case ("an example file", "an example of what you mean", "example data that
replicates the issue"), which a helper asks them to share: it does not exist yet."""
_CODE_WORD = (
    r"(?:code|scripts?|scripting|python|c\+\+|cmake|notebooks?|jupyter|data ?sets?|tutorials?|documentation|modules?|"
    r"repositor(?:y|ies)|librar(?:y|ies)|extensions?|plugins?|widgets?|snippets?|github|gitlab)"
)
"""Words of code and its documentation: an example of one of these is something a link leads to."""
LINKABLE = rf"[^.!?\n]*\b(?:{_CODE_WORD}|(?:source|build) (?:projects?|files?|pages?))(?!\w)"
"""What an example asked for must be for a link to lead to it ("is there a script repository example…?",
"a CMake project", "a source file"), unlike an example of a garden: a project, a file, a page or a website
alone is as often a community's project, a paper form or a page of the town's site."""
_CODE_EXAMPLE = (
    r"(?:(?:code|scripts?|python|cmake|modules?|repository) examples?|examples? (?:code|scripts?|modules?|"
    r"repositor(?:y|ies)|notebooks?|projects?|cmake files?)|examples? of (?:a |an |the )?(?:[\w-]+ )?(?:modules?|"
    r"scripts?|code|extensions?|notebooks?))\b"
)
"""Example code one is pointed to ("any example code", "an example repository"), which exists already."""
URL_PART = (
    r"\s+(?:formats?|schemes?|syntax|parameters?|patterns?|encoding|prefix(?:es)?|paths?|fields?|handlers?|protocols?|"
    r"options?|settings?|buttons?|templates?)\b"
)
"""What a program does with URLs ("is there a URL format for the endpoint?"): a question about the software."""
LACKS_PART = (
    r"(?!\s+(?:the|a|an|some|its|their|parts?|frames?|audio|sound|slices?|\d+|entries|fields|pages|sections|content|"
    r"data|information|details|values|questions|options|answers|text)\b)"
)
"""After "missing", what the thing lacks ("the video is missing the first minutes"): it is there, incomplete."""
SOFTWARE = (
    r"(?:slicer|installers?|versions?|builds?|packages?|python|extensions?|apps?|application|software|binar(?:y|ies)|"
    r"plugins?|modules?)"
)
"""The program itself: "where did you download Slicer from?" asks how a member installed it."""


GRADER_LOGS = (
    r"(?:(?:evaluation|eval|docker|grading|grader)[ _]log(?:s|(?: files?)?)|"
    r"log(?:s|(?: files?)?) (?:(?:like|similar to) )?(?:(?:for|of|in) )?(?:the )?(?:\w+ )?"
    r"(?:project|evaluation|assignment|ga)\s?\d*)"
)
"""Logs the graders send to everyone ("the evaluation logs", "log files for project 2"), unlike a
program's own log file ("where is the log file?") or a member's own logs ("my logs say the module
is missing")."""

_MANUAL = (
    r"manuals?(?! (?:and|or|/) (?:semi-?)?automatic\b| (?:segmentation|registration|approach|method|mode|process|"
    r"steps?|work|input|placement|correction|editing|velocity|control)\w*)"
)
"""A manual to read, not the adjective ("manual and automatic approaches", "manual segmentation")."""
ALIGNING = (
    r"(?:of|between|to|tools?|algorithms?|modules?|methods?|results?|transforms?|matri(?:x|ces)|errors?|"
    r"categor(?:y|ies))"
)
"""What follows "registration" when it means aligning images ("registration of the volumes", "registration
methods", a program's "registration category" of modules): no form to sign up with."""

# What people ask to be given when they ask without the word "link": a thing one reaches
# through a link (a recording, a form, an exam page, course material).
CONTROL = (
    r"\s+(?:buttons?|icons?|tabs?|menus?|toolbars?|panels?|widgets?|checkbox(?:es)?|options?|settings?|fields?|"
    r"modes?|features?|functions?|functionality|effects?|tools?|nodes?|sliders?|windows?|dialogs?|presets?|"
    r"parameters?|modules?|steps?|devices?|cards?|drivers?|codecs?|hierarch(?:y|ies)|recorders?|consoles?)\b"
)
"""A part of a program, a machine or a guide named after a thing ("the recording button", "the download tab", "a
video device", "the source code hierarchy", "a tutorial step"): asking where it is asks how to use them, not for a
link."""
THING_CORE = (
    r"links?|recordings?|recorded (?:session|video|lecture)s?|videos?|lectures?|playlist|slides|slide ?decks?|ppts?|"
    r"replays?|"
    rf"forms?|registration(?! (?:{ALIGNING}|fail\w*|problems?|issues?|fees?|costs?|prices?|deadlines?|period|desk)\b)|"
    r"exam(?:ination)? (?:link|page|portal)|(?:roe|oppe|exam) (?:link|mail)|"
    r"question papers?|(?:previous|past|sample|mock) (?:year )?(?:papers?|questions?)|"
    r"(?:previous|past|last) (?:years?'?s?|terms?'?s?) (?:[\w-]+ ){0,3}?(?:exam(?:ination)?|paper)s?|"
    r"assignments?|ga ?\d+|(?:week|wk) ?\d+ ga\b|graded assignments?|modules? ?\d+|(?:course|week ?\d+) modules?|"
    r"project(?: ?\d+)? (?:details|statement|page)|(?:submission|exam|assignment|quiz|project) (?:pages?|portals?)|"
    r"calend[ae]r|course (?:calend[ae]r|page|content|material)|(?:week|module) ?\d+ (?:content|materials?)|"
    r"materials?|resources?|hall tickets?|admit cards?|answer keys?|"
    r"(?<!explain )(?<!explain the )(?<!clarify the )(?<!understand the )(?:grading |evaluation |marking )?"
    r"(?:criteria|rubrics?)(?! (?:is |are |was |were )?(?:fair|unfair|clear|unclear|strict|harsh|lenient|wrong|"
    r"correct|right|same|different|confusing|reasonable)\b| (?:for|to) \w+ing\b)|"
    r"notes|documents?|sheet|spreadsheet|pdf|peer review|notebooks?|transcripts?|datasets?|source code|"
    rf"(?:sample|example|test) data|tutorials?|documentation|docs|{_MANUAL}|guides?|agendas?|publications?|"
    r"(?:code|files?|notebooks?|slides|notes) (?:for|of|from) (?:this|the|that|today'?s|yesterday'?s|last) "
    r"(?:session|lecture|class|live|demo)|"
    rf"{GRADER_LOGS}"
)
_BESIDE_CONTROL = r"(?<!buttons or )(?<!button or )(?<!buttons/)(?<!button/)(?<!\.)"
THING_EN = rf"{_BESIDE_CONTROL}(?:{THING_CORE}|ga\b)(?!{CONTROL}|\s*(?:or|/)\s*buttons?\b)"
"""A thing asked for, "GA" alone among them ("GA not visible"): too common a word to put a post in doubt. Links
named with buttons are controls of a page ("I don't see any buttons or links to mark it solved"); a dotted name is
code ("Urho.Forms")."""
HELD_SESSIONS = (
    r"(?:(?:live|doubt|tutor|instructor|revision|review|clearing|practice|weekly|previous|missed|recorded|ta|tas|"
    r"ta's|mentor(?:ing)?|extra|special|bonus|support|(?:week|ga|project) ?\d+) )+(?:sessions?|lectures?|class(?:es)?)"
    r"(?! (?:timings?|times?|schedule|slots?|dates?|"
    r"details|agenda)\b)"
)
"""Sessions held, named by what they were ("the tutor sessions", "the TA session", "the week 3 lectures"): one
asked to share or upload them asks for their recordings; their timings or schedule are no recording."""
_HELD_ONE = (
    r"\b(?:sessions?|class(?:es)?|lectures?|meetings?|webinars?|(?:second|other|next|first|third|last|latest|previous) "
    r"one)\b(?! (?:tests?|quiz\w*|notes|minutes|feedback|forms?|work|assignments?|papers?|schedule|timings?|slides)\b)"
)
"""A session, or "the second one" after the sessions named before it; not a thing named after one ("the class
test", "the meeting minutes")."""
_UPLOAD_PLEA = r"\b(?:please|pls|plz|kindly|can (?:you|u)|could (?:you|u))\b[^.!?\n]{0,15}?\bupload (?:it|them)\b"
"""A plea to upload a thing named before: of a session, only its recording is ever uploaded."""
_NO_OTHER_THING = (
    r"(?:(?!\b(?:minutes|answers?|keys?|papers?|notes|forms?|files?|solutions?|slides|pdfs?|certificates?|"
    r"assignments?|projects?|documents?|sheets?|questions?|notebooks?|codes?|materials?|screenshots?)\b)[^.!?\n])"
)
"""A letter of a sentence naming no thing of a session's but the session ("the minutes of the meeting", "the paper
from the revision session" are those things)."""
SESSION_UPLOAD_ASKED = (
    rf"(?<![^\n.!?]){_NO_OTHER_THING}*?{_HELD_ONE}{_NO_OTHER_THING}{{0,60}}?(?:\bnot|n't|\byet to be)\s+(?:yet )?"
    rf"(?:been )?(?:available|uploaded|there)\b[^.!?\n]{{0,30}}?{_UPLOAD_PLEA}"
)
"""A session, however named, said not there and asked to be uploaded ("the second one has not been uploaded,
please upload it"), its sentence naming nothing else: only its recording is ever uploaded."""
KEPT_FR = (
    r"\bpv\b|proces-verbal|rapports? (?:moral|financier|d'activite)|modeles?|cahier des charges|charte|statuts|tableau|"
    r"tutos?|tutoriels?|contrats?|procurations?"
)
"""What a network keeps for its members to find again, besides the things of `THING_FR`: its minutes of an AG,
reports, templates, charter, an AMAP's contracts, the proxy form of an AG."""
THING_FR = (
    r"(?:liens?|url|enregistrements?|replay|videos?|formulaire|inscription|diaporamas?|diapos?|slides|supports?|qcm|"
    r"presentations?|invitations?|"
    r"compte[- ]rendu|cr|ordre du jour|documents?|docs?(?: partagee?s?)?|dossiers? partagee?s?|pad|programme|"
    r"questionnaire|"
    r"framadate|framaforms|helloasso|billetterie|sondage|affiches?|flyers?|rapport moral|rapports? d'activite|"
    r"rapports? financiers?|budgets? previsionnels?|reglement|tableur|planning|"
    r"tableau(?! (?:blanc|noir|de liege|electrique)))"
)
ASSESSED_EN = (
    r"(?:projects?|ga|graded assignments?|assignments?|roe|oppe|quiz(?:zes)?|exams?|mock(?: tests?)?|tests?)"
    r"(?:[ -]?(?:\d+|[ivx]+)\b)?"
)
"""What is graded, opened on a portal and its results published: "project 2", "GA 3", "Project II", "the quiz"."""
ASSESSED_FR = r"(?:projets?|devoirs?|quiz|examens?|partiels?|tests?|controles?)"
"""The same, in French: "le projet", "le partiel"."""
ASSESSMENT = rf"(?:{ASSESSED_EN}|{ASSESSED_FR})"
"""The same, in English or French."""
NOT_SEEN_EN = (
    r"\b(?:can't|cant|cannot|can not|couldn't|couldnt|could not|unable to|not able to|don't|dont|do not|didn't|didnt|"
    r"did not) "
    r"(?:seem to )?(?:see|find|view|locate)"
)
"""Not seeing or finding a thing, with or without the apostrophe ("I cant find", "I don't seem to see")."""
BUT = r"(?:but|however|mais)"
"""What opens a turn against what was just said ("…supposed to open today. But I can't find it.")."""
BUT_ABSENT = (
    rf"\b{BUT},? [^.!?\n]{{0,25}}?\b(?:(?:can't|cannot|couldn't|could not|unable to|not able to|"
    r"don't|do not|didn't|did not) (?:find|see|access|locate|open)|(?:not|isn't|aren't|wasn't|weren't|hasn't been|"
    r"haven't been) (?:yet )?(?:visible|there|available|showing|shown|opened|open|uploaded|live|accessible)|"
    r"(?:je|on) ne (?:le |la |les )?(?:trouve|vois)|n'apparai\w* (?:toujours )?pas|"
    r"n'(?:est|sont) (?:toujours |encore )?pas (?:encore )?"
    r"(?:la|visibles?|disponibles?|ouverte?s?|en ligne|accessibles?|publiee?s?)|"
    r"(?:je|on) n'arrive pas a (?:le |la |les )?(?:trouver|voir)|there(?:'s| is| are| was) (?:still )?no|"
    r"there (?:isn't|aren't|wasn't) (?:a|an|any))\b"
)
"""What was announced, then not found ("…will be available an hour before, but it's not visible for me",
"…devait ouvrir lundi, mais je ne le trouve pas"): the promise is reported, the thing is missing; not any
negation after it ("…sera disponible lundi, mais ce n'est pas encore confirmé" doubts the date)."""
ANNOUNCED = (
    r"(?:(?:supposed|scheduled|expected|meant|due) to (?:open|start|go live|be (?:released|available|opened|open|live|"
    r"visible|up|uploaded|out))|(?:will|would|should) (?:be|have been) (?:made )?(?:available|released|opened|open|"
    r"live|visible|uploaded|out|up)|(?:devait|devaient|doit|doivent|devrait|devraient|sera|seront|serait) (?:etre )?"
    r"(?:ouvrir|ouverte?s?|disponibles?|en ligne|publiee?s?|mise?s? en ligne|accessibles?)|(?:opens|starts|is released|"
    r"goes live|ouvre|sort) (?:on|le)\b)\b"
)
"""When a thing was to be there ("supposed to open on Monday", "will be available an hour before", "devait
ouvrir lundi")."""
GUIDE = (
    rf"(?:videos?|tutorials?|demos?|documentation|docs|guides?(?! (?:me|us)\b)|{_MANUAL}|instructions?|slides|"
    r"slide decks?|recordings?)"
)
"""What a member may ask a helper to point to, with "do you have": how-to material, never data (a helper's
"do you have a sample data set?" asks for the member's own)."""
RECEIVED = r"(?:links?|recordings?|recorded (?:session|video|lecture)s?|forms?|invite|invitation|calend[ae]r invite)"
"""What one "gets" as something sent: "I didn't get the assignment" says it was not understood."""
NEAR = r"[^.!?\n]{0,40}?"
TROUBLE = (
    r"(?:error|errors|problem|problems|issue|issues|mistake|bug|answer|answers|solution|code|"
    r"differences?|option|score|scores|marks|reason|way|output|response|submission|erreur|probleme|reponse)"
)
GAP = rf"(?:\s+(?!{TROUBLE}\b)[^\s.!?]+){{0,5}}?\s+"
"""A few words between a verb and its object, none saying the trouble is something else
("where is the error in my GA2" asks for no link)."""
GAP_NOT_HANDED_IN = rf"(?:\s+(?!(?:{TROUBLE}|submit\w*)\b)[^\s.!?]+){{0,5}}?\s+"
"""The same, none handing a thing in: "where do I submit the GA3 answer file" asks where a file goes, and the
work handed in is read by its own rule (`_HANDED_IN`)."""
_DATE_WORD = r"\d{1,2}(?:st|nd|rd|th)?[ -]?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
"""A day and month ("12th Nov", "3 Oct"), one word of a thing's name where it stands ("the recording of 12th Nov")."""
_TIME_WORD = r"\d{1,2}(?:[.:]\d{2})? ?(?:am|pm|hrs|hours)\b"
"""A time of day ("6.30 PM", "20:00 hrs"), one word of a thing's name where it stands."""
TURN = r"(?:but|and|because|since|so|if|when|while|though|although|however|also)"
"""Words that open another clause: what follows them is said of something else."""
_NOT_MY_ENTRY = r"(?!my\s+(?:id|roll|name|e-?mail|entry|row)\b)"
"""Not one's own entry in a list ("in the team sheet my roll number is not there"): that entry is what is missing."""
NAME_GAP = (
    rf"(?:\s+(?:{_DATE_WORD}|{_TIME_WORD}|(?!(?:{TROUBLE}|{TURN}|is|are|was|were)\b){_NOT_MY_ENTRY}"
    r"(?:[^\s.!?]|\.(?=\d))+))"
    r"{0,3}?\s+"
)
"""The rest of a thing's name before what is said of it ("Recording of the TA session on 12th Nov | is not
uploaded"): up to three words, a date or a time as one, none of trouble, of a verb said of the thing ("the
notes are good, not shared…") nor opening another clause, nor one's own entry (`_NOT_MY_ENTRY`); a longer name
is left in doubt."""
NAMED_BEFORE = rf"(?:(?!(?:{TROUBLE}|{TURN}|to|for|you|your|him|her|them|someone|reply|response)\b)[\w'-]+ ){{0,3}}?"
"""Words naming a thing before its noun ("the mock ROE link", "the TA session recording"), none of trouble
nor of a person or an act awaited ("waiting for the admin to fix the link")."""
OBJECT_GAP = rf"(?:\s+(?!(?:{TROUBLE}|in|on|inside|within|into|under|at)\b)[^\s.!?]+){{0,5}}?\s+"
"""The words between "I can't see" and what is not seen, up to a place: in "I can't see the segments
in the video", the segments are missing, not the video."""
WHO = r"(?:you|u|someone|somebody|anyone|anybody|sir|team)"
OBJECT = (
    r"(?:\s+(?:us|me|with|the|a|an|that|this|those|these|its|their|our|link|links|of|for|to|in|on|from|"
    r"yesterday'?s?|today'?s?|last|recent|session|lecture|class|live|ta|tas|ta's|youtube|meet|zoom|exam|roe|ga\s?\d+|"
    r"week\s?\d+))*\s+"
)
"""Between "please share" and what is shared: small words only ("please post any questions" is no request)."""
IN_HAND = (
    r"(?: (?:that|which))? (?:we|i|you|they|one|people|everyone|volunteers|members)"
    r"(?: (?:need to|have to|must|should|shall|will|can|could))? (?:sign|bring|print|carry|buy|wear|hand in)\b"
)
"""What one signs, brings or prints ("are there any documents we need to sign?", "any material we should
bring?"): paper and objects, not something a link leads to."""
EXAMPLE_PLEA = (
    rf"\b(?:please|kindly|(?:could|can|would|will) {WHO}(?: be able to)?)\s+(?:please\s+)?(?:share|provide|send|"
    rf"post|give|point (?:me |us )?to|direct (?:me |us )?to)\s+(?:me |us )?(?:with )?(?:a |an |any |some )"
    rf"(?!minimal )(?:[\w-]+ ){{0,3}}?{_CODE_EXAMPLE}(?!{OWN_CASE})"
    rf"|\b(?:please|kindly) (?:share|provide|send|post|give)\b[^.!?\n]{{0,20}}?\bif (?:there (?:is|are)|you have) "
    rf"(?:a |an |any |some )(?:[\w-]+ ){{0,3}}?{_CODE_EXAMPLE}"
)
"""A plea for example code ("would you be able to share any example code…?"): asked outright, even in a
report of one's trouble."""


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    """A table's pattern compiled when a post first needs it: a run that reads no post starts sooner."""
    return re.compile(pattern)


def asks_session_upload(sentence: str) -> bool:
    """The sentence pleads for a session said not there to be uploaded (`SESSION_UPLOAD_ASKED`)."""
    return compiled(SESSION_UPLOAD_ASKED).search(sentence) is not None


_STOPS = r"(?<=[!?\n])|(?<=\.)(?<!roll no\.)(?!\d)"
EMOJI = r"[\U0001F300-\U0001FAFF]"
SENTENCES = re.compile(rf"(?:{_STOPS}|(?<={EMOJI})(?=\s+\w))\s*")
"""Where sentences end: not at the dot of a version number ("from 4.13 on") nor of "roll no."; at an emoji before
more words, where a chat puts its stop ("ça me dit « lecture seule » 🤔 qqn a le bon lien ?")."""
UNBROKEN = re.compile(rf"(?:{_STOPS})\s*")
"""Where sentences end, an emoji going on with its sentence ("je suis sur le jitsi toute seule 😭 c'est où ?")."""


_UNELIDED = re.compile(
    r"\b(?:(?:qu|l) (?=on\b)|m (?=inscri)|(?:qu|[cdjlnst]) (?=(?:il|ils|elle|elles|est|a|ai|as|avez|y|en|inscri\w*|"
    r"enregistr\w*|acces|avoir|ordre|annonce|atelier|evenement|agenda|adresse|invitation|equipe|aurais|aurait|"
    r"auriez)\b))"
)
"""A French elision typed without its apostrophe ("qu on s inscrit", "l enregistrement"), before the words it
comes before on a forum: restored, so the patterns read it as written with one."""


_CONTRACTED = re.compile(
    r"\b(?:(?:can|doesn|didn|isn|aren|wasn|weren|haven|hasn|hadn|couldn|wouldn|shouldn|won)(?=t\b)|"
    r"(?:there|where|what|how|that)(?=s\b)|i(?=m\b|ve\b)|you(?=re\b)|(?:i|we|you|u|they) don(?=t\b))"
)
"""An English contraction typed without its apostrophe ("cant find the link", "theres no link", "wheres the
recording", "i dont have it"): the letters before the apostrophe's place. Not "its", "ill", "were" or "well",
words of their own, nor the French "dont" ("le lien dont je parle"): "dont" only after a subject ("i dont")."""


_SHORTHAND = (
    (re.compile(r"\b(?:qqun|qqn|qq1|quelqu un)\b"), "quelqu'un"),
    (re.compile(r"\by'a\b"), "y a"),
    (re.compile(r"\breg (?=forms?\b|links?\b|pages?\b)"), "registration "),
    (re.compile(r"\bvids\b"), "videos"),
    (re.compile(r"\bvid\b"), "video"),
    (re.compile(r"\blnks?\b"), "link"),
)
"""Shorthand of hurried writing, spelt out ("qqun aurait le support ?", "y'a un replay ?", "the reg form", "anyone got
the vid?")."""


def normalise(folded: str) -> str:
    """Spaces tidied, French spaced punctuation ("lien ?") kept as one token, elisions typed without their
    apostrophe restored (`_UNELIDED`), English contractions (`_CONTRACTED`) and shorthand spelt out (`_SHORTHAND`)."""
    spaced = re.sub(r"[ \t\xa0\u202f]+", " ", folded)
    for pattern, written in _SHORTHAND:
        spaced = pattern.sub(written, spaced)
    return _CONTRACTED.sub(r"\g<0>'", _UNELIDED.sub(lambda m: m.group(0)[:-1] + "'", spaced))


_END = re.compile(r"[!?\n]|\.(?!\d)")
"""A sentence's last character, as `SENTENCES` cuts: not the dot of a version number."""


def sentence_start(folded: str, at: int) -> int:
    """Where the sentence holding position `at` begins."""
    return max((e.end() for e in _END.finditer(folded, 0, at)), default=0)


def sentence_end(folded: str, at: int) -> int:
    """Where the sentence holding position `at` ends (its closing mark excluded)."""
    end = _END.search(folded, at)
    return end.start() if end else len(folded)


def match_end(folded: str, m: re.Match[str]) -> int:
    """Where the sentence of a match ends: one whose match ends on its question mark ends there."""
    return sentence_end(folded, m.end() - 1 if m.group(0).endswith("?") else m.end())


def sentence_of(folded: str, m: re.Match[str]) -> str:
    """The sentence of a match."""
    return folded[sentence_start(folded, m.start()) : match_end(folded, m)]
