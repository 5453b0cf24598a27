"""The second table: a missing thing asked for or stated without the word "link" ("the recording is not
uploaded yet", "je n'ai pas reçu le formulaire"), each pattern tried only when its gate words are present."""

from __future__ import annotations

import re

from handlers.links.text.exclusions import NOT_A_LINK, for_a_link, theirs
from handlers.links.text.results import results_sentence
from handlers.links.text.words import (
    ANNOUNCED,
    ASSESSED_EN,
    ASSESSMENT,
    BUT,
    BUT_ABSENT,
    CONNECT_FR,
    EVENT_FR,
    EXAMPLE_PLEA,
    GAP,
    GAP_NOT_HANDED_IN,
    GIVE_EN,
    GIVE_FR,
    GREETING,
    GUIDE,
    HAVE_YOU_FR,
    HELD_SESSIONS,
    HELLO_FR,
    IN_HAND,
    IN_QUESTION,
    JOIN_FR,
    KEPT_FR,
    KIND_WORD,
    LACKS_PART,
    LEFT_BEHIND_FR,
    LINKABLE,
    NAME_GAP,
    NAMED_BEFORE,
    NEAR,
    NOT_SEEN_EN,
    NOT_YET_FR,
    NOT_YOURS_FR,
    OBJECT,
    OBJECT_GAP,
    OF_EVENT_FR,
    OF_THING_FR,
    ONCE_MORE,
    OTHER_FR,
    OWN_CASE,
    PLEASE_FR,
    RECEIVED,
    RELATION,
    SEND_AGAIN_FR_INF,
    SENT_FOR_SEND,
    SESSION_UPLOAD_ASKED,
    SIR,
    SOFTWARE,
    THE_FR,
    THING_EN,
    THING_FR,
    TO_EVENT_FR,
    TO_ME_FR,
    TO_OTHERS_FR,
    TROUBLE,
    WANT_FR,
    WHEN_FR,
    WHO,
    YOU_CAN_FR,
    compiled,
    match_end,
    sentence_of,
    sentence_start,
)
from handlers.meetings.dates import MONTHS_FR

_GATHERED_FR = (
    r"(?:l'ag|l'assemblee(?: generale)?|le dejeuner|le repas|la formation|la journee|la soiree|l'apero|"
    r"la table ronde|la pleniere|la conference)"
)
"""What members gather for besides a session, joined from afar ("on se connecte comment demain pour l'AG ?")."""

_AFAR_FR = r"(?:celles et ceux|ceux|celles|les personnes|les gens|les adherents?) qui [^.!?\n]{0,40}?"
"""Who joins from afar, said by who they are ("pour celles et ceux qui sont pas sur place")."""

_ROOM_FR = r"(?:(?:le |la |l')?(?:salle |page )?(?:jitsi|bbb|zoom|meet|visio|salle|lien|page de la (?:visio|reunion)))"
"""A call's room a member is in, by its tool or its name ("sur Jitsi", "sur le BBB", "sur le lien")."""
_FROM_AFAR_FR = r"(?:a distance|en visio|en ligne|de loin|de chez (?:moi|soi|nous))"
"""How one follows from afar ("on se connecte comment pour suivre à distance ?")."""

_CHANCE_FR = r"(?:le temps|l'occasion|la possibilite|l'envie|le courage) d"
"""What one had no time or chance for ("je n'ai pas eu le temps de lire le CR"): the thing is there, unread."""

_HANDED_IN = (
    r"(?:(?:final|second|first|third|last|next|mock|practice|bonus|week ?\d+|module ?\d+) )*"
    rf"(?:{ASSESSED_EN} )?(?:{ASSESSED_EN}|reports?|peer ?reviews?|solutions?|tasks?)\b"
    r"(?!(?:[ -]?\d+)? (?:answers?|files?|urls?|links?|code|images?|repo\w*|forms?|screenshots?|questions?|q ?\d+)\b)"
)
"""A piece of work handed in for grading, not a thing put inside one ("the GA3 answer file", "the repo url")."""

_NOT_OPENED = r"(?!(?:ga ?\d+|graded assignments?|assignments?)(?:[ -]?\d+)?\b)"
"""Not an assignment, whose release asked about ("when will GA7 be released?") is a date asked, not its link: on
the course forum none of six such questions asked for one."""

_SHOWN = r"(?:slides|slide ?decks?|decks?|ppts?|presentations?|recordings?|notebooks?|colabs?|notes|minutes)"
"""What a session shows or leaves that a member asks to find ("Rafael's deck", "the recording"); not a link nor a file
of one's own, which a helper asks to have uploaded ("upload it somewhere and post the link here")."""


_SHOWN_FR = ("slides", "diapo", "diaporama", "support", "presentation", "replay", "enregistrement")
"""What a session shows or leaves of itself, asked for alone after it."""
_KEPT_FR = rf"{THING_FR}|{KEPT_FR}|tableur"
"""What a network keeps for its members to find again: its minutes, reports, templates, charter, spreadsheets."""
_WHERE_KEPT_FR = rf"(?!liens?\b|url\b)(?:{_KEPT_FR}|photos|albums?|notes)"
"""What a member asks where to find ("les photos sont où ?"), besides what a network keeps: its photos, its notes;
not a "lien", which the requests' table reads ("où est le lien entre le financement et l'impact ?" asks for none)."""
_NOT_A_BOARD = r"(?! (?:blanc|noir|de liege|d'affichage|en liege))"
"""Not the board on a wall ("le tableau blanc est où ?"): a thing in a room, no link."""

_SESSION_FR = (
    r"visio\w*|reunions?|seances?|sessions?|permanences?|webinaires?|salles?|calls?|lives?|formations?|ateliers?|"
    r"conferences?|ag|assemblee"
)
"""What one joins online, asked how ("comment on fait pour rejoindre la visio ?")."""

_KEPT_ONLINE_FR = r"tableau|planning|contrats?|fiches?|pdf|trame|modeles?|statuts|documents?|formulaire"
"""What a French member asks where it is, kept online by the network: a sheet, a schedule, a contract, a template."""

_STATEMENTS: list[tuple[tuple[str, ...], str]] = [
    # English: cannot find, see, reach or did not get it
    (
        ("n't", "not", "unable", "cannot"),
        rf"\b(?:can't|cannot|can not|couldn't|could not|unable to|not able to|not being able to|don't|do not|didn't|"
        rf"did not|could only|(?:haven't|have not|hasn't|has not|didn't|did not) (?:managed?|been able) to)\s+"
        rf"(?:seem to\s+)?(?:find|see|locate|reach){OBJECT_GAP}{THING_EN}\b{RELATION}"
        rf"|\b(?:i'm|i am|im|we're|we are) (?:still )?not seeing (?:the |any |a )?(?:[\w-]+ )?"
        rf"(?:{_SHOWN}|links?|videos?|forms?)\b(?! (?:of|in) (?:my|our)\b| between\b)",
    ),
    # which of the links to use ("sir which link I should use today?")
    (
        ("which",),
        r"\bwhich (?:link|one|zoom|meet link|room|of (?:these|the) links) (?:i|we) (?:should|have to|must|need to|"
        r"am supposed to|are supposed to) (?:use|join|click|open)\b",
    ),
    # French: never posted ("Le CR de la visio de septembre n'a jamais été posté")
    (
        ("jamais", "toujours pas", "pas encore"),
        rf"\b{THING_FR}\b{OF_EVENT_FR} n'a (?:jamais|toujours pas|pas encore) ete (?:postee?s?|partagee?s?|"
        r"mise?s? en ligne|publiee?s?|envoyee?s?|ajoutee?s?)\b",
    ),
    # English: looked for in vain ("No luck finding the slides on the docs site")
    (
        ("luck",),
        rf"\bno luck (?:finding|locating|getting to|tracking down){OBJECT_GAP}{THING_EN}\b{RELATION}",
    ),
    (
        ("n't", "not", "unable", "cannot", "yet to"),
        rf"\b(?:can't|cannot|couldn't|could not|unable to|not able to|didn't|did not|haven't|have not|not|yet to) "
        r"(?:get|got|getting) (?:the |an? |any |my )?"
        r"(?:recorded |session |zoom |meeting |join(?:ing)? |roe |oppe |exam |quiz )?(?:practice |mock )?"
        rf"(?:{RECEIVED}|meet link|mail|e-?mail|intimation|notification)\b"
        rf"(?!\s+{TROUBLE}\b)",
    ),
    (
        ("receiv", "reciev"),
        rf"\b(?:have not|haven't|has not|hasn't|did not|didn't|not|never|yet to) (?:yet |still )?(?:receive|recieve|"
        rf"received|recieved)d?(?:{GAP}(?:{THING_EN}|mail|e-?mail|"
        rf"invit(?:e|ation)\b(?! to (?!(?:join|attend|the|this|that|our|today'?s|tomorrow'?s)\b)))|"
        rf" (?:the |an? |any )?(?:[\w-]+ ){{0,3}}?forms?)\b",
    ),
    # English: it is not there
    (
        ("not", "n't", "yet to"),
        rf"\b(?:{THING_EN}|{HELD_SESSIONS})\b{NAME_GAP}"
        r"(?:is|are|was|were|seems to be|seem to be)?\s*"
        rf"(?:not|isn't|aren't|wasn't|weren't|still not|yet to be|has not been|have not been|hasn't been|haven't been|"
        rf"has not yet been|have not yet been|(?:doesn't|does not|don't|do not) (?:seem|appear) to (?:be|have been))\s+"
        rf"(?:yet )?(?:available|visible|showing|shown|"
        rf"displayed|there|here|(?<=yet )updated|updated(?= yet\b)|uploaded|enabled|released|shared|posted|"
        rf"opened|live|given|found|on|received|attached|"
        rf"accessible(?! (?:through|via|from|with|in|inside|on|for|to|by)\b))\b",
    ),
    # where a piece of work is handed in: the submission page or form
    (
        ("submit",),
        r"\bwhere (?:and how )?(?:do|can|should|shall|to|will|would|are) (?:i |we |one |you |u |students )?"
        rf"(?:have to |need to |supposed to |be )?submit(?:ted)?(?= ?(?:[?.!,\n]|$)| (?:it|this|them)\b|"
        rf" (?:the |this |that |our |my )?{_HANDED_IN})",
    ),
    # a session, however named, said not there and asked to be uploaded ("the second one" after a session named)
    (
        ("upload",),
        SESSION_UPLOAD_ASKED,
    ),
    # a session, however named, that is not uploaded: only its recording is ever uploaded
    (
        ("upload",),
        rf"\b(?:sessions?|class(?:es)?|lectures?|meetings?|calls?|webinars?)\b{NAME_GAP}"
        r"(?:is|are|was|were|has|have)?\s*(?:not|isn't|aren't|wasn't|weren't|still not|yet to be|"
        r"(?:has|have)(?: not|n't)(?: yet)? been)\s+(?:yet )?uploaded\b",
    ),
    (
        ("not", "n't"),
        r"\b(?:not|isn't|aren't) (?:yet )?(?:available|uploaded|released|enabled|visible|showing|shown|appearing) "
        r"(?:yet )?(?:on|in|at) "
        r"(?:the |my )?(?:exam|portal|youtube|playlist|channel|dashboard|course|website|site|page)",
    ),
    (
        ("missing",),
        rf"\b{THING_EN}(?: (?:for|of|from) (?!(?:my|our|me|us)\b)[\w.'-]+(?: [\w.'-]+){{0,2}}?)? "
        rf"(?:seems to be |(?:is|are) (?:still |also )?)?missing\b{LACKS_PART}",
    ),
    (
        ("await", "waiting"),
        rf"\b(?:awaiting|waiting for|still waiting|waiting on) (?:the |for the )?{NAMED_BEFORE}{THING_EN}\b"
        r"(?! to be\b)",
    ),
    # English and French: announced for a time, then not found, in the same sentence or the next one opening on
    # "but" (a line ending without a stop keeps its break, so the kept sentences meet at a doubled one)
    (
        ("but", "however", "mais"),
        rf"\b(?:{THING_EN}|{THING_FR}|{ASSESSMENT})\b[^?\n]{{0,40}}?\b{ANNOUNCED}"
        rf"(?:[^?\n]|\n\n?(?={BUT}\b)){{0,80}}?{BUT_ABSENT}",
    ),
    # English: an assessment not found where it opens, things asked where to get
    (
        ("n't", "not", "unable", "cannot", "cant", "dont", "didnt", "couldnt"),
        rf"{NOT_SEEN_EN} (?:the |any )?(?:[\w-]+ ){{0,2}}?{ASSESSED_EN}(?= (?:on|in|at) (?:the |my )?(?:[\w-]+ )?"
        rf"(?:portal|dashboard|site|website|page|seek)\b| anywhere\b|[^.!?\n]{{0,40}}? (?:that|which) "
        rf"(?:was|were|is|are) "
        rf"{ANNOUNCED})|{NOT_SEEN_EN} (?:the )?(?:project|ga|graded assignment|assignment|"
        r"roe|oppe|quiz|exam|mock|test) ?(?:\d+|[ivx]+)\s*(?:[.!?\n]|$)",
    ),
    (
        ("where",),
        rf"\bwhere (?:is|are) (?:the |these |those |this |that )(?!(?:{TROUBLE})\b)[\w-]+\b[^.!?\n]{{0,20}}?"
        r"\b(?:and|or) (?:where|how) (?:can|could|do|should) (?:i|we) (?:get|find|download|access) "
        r"(?:it|them|these|those)\b",
    ),
    # English and French: the place that should hold it does not
    (
        ("n't", "not", "ne "),
        r"\b(?:playlist|channel|drive|folder|page|portal|site|website|dashboard|repo(?:sitory)?|chaine|dossier) "
        r"(?:still )?(?:doesn't|does not|don't|do not|didn't|did not|ne|(?:is |are )?not) (?:have|contain|show|include|"
        r"list|showing|displaying|listing|"
        rf"contient|montre|propose|affiche)(?: pas)? (?:the |any |l'|le |la |les )?(?:[\w-]+ ){{0,2}}"
        rf"(?:{THING_EN}|{HELD_SESSIONS}|{THING_FR})\b",
    ),
    # English: where is it, is it out yet
    (
        ("where",),
        rf"\bwhere(?:'s| (?:is|are|exactly is|can i|can we|do i|do we|should i|to|we can|i can|i will|will i|we "
        rf"will))\b"
        rf"{GAP_NOT_HANDED_IN}{THING_EN}\b{RELATION}",
    ),
    (
        ("?",),
        rf"\b(?:is|are|was|were|has|have) (?:the |this |that |our )?{NEAR}\b{THING_EN}"
        rf"(?: (?:of|from|for|in) (?:(?!{TROUBLE}\b)[^\s.!?]+ ?){{1,4}}?)? (?:been )?(?:enabled|released|"
        rf"uploaded|available|out|shared|posted|live|up|opened|online|accessible)\b{IN_QUESTION}*\?",
    ),
    (
        ("whether", "if "),
        rf"\b(?:whether|if) (?:the |it |this )?{NEAR}\b(?:is|was|has been) (?:released|uploaded|available|out)\b",
    ),
    # English: please give it
    (
        ("please", "pls", "plz", "pl ", "kindly", "could", "can ", "would", "will", "request"),
        rf"\b(?:please|pls|plz|pl|kindly|(?:could|can|would|will) {WHO}|(?:if|whether) {WHO} (?:could|can|would)|"
        r"(?:(?:i|we) )?(?:humbly |kindly )?request(?:ing)?(?: (?:you|u|sir|mam|maam))? to)\s+"
        rf"(?:please\s+|kindly\s+)?(?:(?:someone|somebody|anyone|anybody)\s+)?"
        r"(?:do the needful (?:and |& ?)(?:please |kindly )?)?"
        rf"(?:{GIVE_EN}|(?<!kindly ){SENT_FOR_SEND}|point (?:out|to|me to)|(?:re)?direct (?:me |us )?to)\b"
        rf"{OBJECT}(?:[\w-]+ )?\b(?:{THING_EN}|{HELD_SESSIONS})\b",
    ),
    # English: when it comes, asked without the mark
    (
        ("when",),
        rf"(?:^|[.!?\n] ?){GREETING}when (?:will |would )?(?:the )?{NAMED_BEFORE}"
        rf"{THING_EN}\b{NAME_GAP}(?:will )?(?:be |get )(?:uploaded|released|available|shared|posted)"
        rf"(?: {SIR})?\s*(?=[.!\n]|$)",
    ),
    # English: was it recorded (the recording is what is wanted)
    (
        ("recorded", "uploaded", "posted", "online"),
        r"\b(?:was|were|is|will|did|has|have)\b[^.!?\n]{0,40}?\b(?:session|lecture|class|meeting|live|meet|call|"
        r"webinar|"
        r"workshop|demo|talk|presentation|hangout|course|training|seminar)s?\b"
        r"[^.!?\n]{0,20}?\b(?:be |been |get |got )?recorded\b"
        r"|\b(?:session|lecture|class|meeting|call|webinar|workshop|demo|talk|presentation|hangout|seminar)s? "
        rf"(?:was|were|will be|got|get|been) recorded\b{IN_QUESTION}*\?"
        r"|\b(?:is|are|was|were|has|have)\b[^.!?\n]{0,40}?\b(?:session|lecture|class|meeting|call|webinar|workshop|"
        r"talk)s? "
        rf"(?:still )?(?:not )?(?:yet )?(?:been )?(?:uploaded|posted|online|put online)\b{IN_QUESTION}*\?"
        r"|\b(?:missed|miss|skipped|could not (?:attend|join|make)|couldn't (?:attend|join|make)) (?:the |this |that |"
        r"yesterday'?s |today'?s |last (?:week'?s )?|our )?(?:\w+ )?(?:session|lecture|class|meeting|call|webinar|"
        r"workshop|talk|hangout|seminar)s?\b[^?]{0,40}?\b(?:was|were|has|did) (?:it|this|that|they) (?:been |get |got "
        r")?"
        r"recorded\b",
    ),
    (
        ("how",),
        rf"\bhow (?:to|do i|can i|should i|do we|can we|i can|we can) (?:access|find|get to|reach|open)\b{NEAR}\b"
        rf"(?:{THING_EN}|details)\b",
    ),
    (
        ("peer",),
        r"\bhow (?:to|do i|can i|do we) (?:do |give |submit )?(?:the )?peer review\b",
    ),
    (
        (" too ",),
        rf"\b(?:i|me) too (?:want|need|prefer|would like|am waiting for)\b{NEAR}\b{THING_EN}\b",
    ),
    # English: questions asking to have it, when it comes, how to join
    (
        ("?",),
        rf"\b(?:can|could|may) (?:i|we) (?:please )?(?:get|have|access)\b{OBJECT}\b{THING_EN}\b{IN_QUESTION}*\?",
    ),
    (
        ("?",),
        r"(?<!till )(?<!until )"
        rf"\bwhen\b[^.!?\n]{{0,40}}\b{_NOT_OPENED}{THING_EN}\b[^.!?\n]{{0,30}}\b(?:be |get |gets |is |are )?"
        r"(?:uploaded|released|"
        rf"available|shared|posted|out|up)\b{IN_QUESTION}*\?",
    ),
    (
        ("join", "attend"),
        r"\b(?:sessions?|meetings?|live|class|call|webinars?|lectures?)\b[^.!?\n]{0,60}"
        r"\bhow (?:can|could|do|should|will|to) (?:i |we |one )?(?:join|attend)\b"
        r"|\bhow (?:can|could|do|should|will|to) (?:i |we |one )?(?:join|attend) (?:the |this |today'?s |tomorrow'?s )?"
        r"(?:live |project |doubt |demo )?(?:sessions?|meetings?|live|class|call|webinars?)\b",
    ),
    (
        ("any ",),
        rf"(?:^|[.!?\n] ?)(?:- )?any (?:\w+ (?:or|and|/) )?{THING_EN}\b{IN_QUESTION}{{0,60}}(?:\?|\bfor\b)",
    ),
    (
        ("there", "have", "will we"),
        r"\b(?:(?:is|are) there(?! the\b)|do we have|"
        rf"will we (?:also |still |ever )?(?:get|receive|have|be (?:getting|receiving)))\b{OBJECT}(?:(?:any|some) )?"
        rf"(?:other |more |further )?(?:[\w-]+ )?{THING_EN}\b{RELATION}(?!{IN_HAND})"
        rf"{IN_QUESTION}{{0,90}}\?",
    ),
    (
        ("which",),
        r"\bwhich (?:form|link|page|portal|playlist|video|recording)s? (?:should|do|must|shall|to|can|is)\b",
    ),
    (
        ("where",),
        rf"\bwhere (?:can|could|do|should) (?:i|we) (?:see|watch|find|get|access) (?:the )?{HELD_SESSIONS}",
    ),
    (
        ("way",),
        rf"\bis there (?:any|a|some) way (?:to|(?:i|we) can|(?:i|we) could) (?:get|access|watch|see|find|download)"
        rf"{OBJECT}(?:[\w-]+ )?{THING_EN}\b",
    ),
    (
        ("where",),
        r"\b(?:tell|let (?:me|us) know|say|show)(?: me| us)? where (?:(?:i|we) (?:can|could|should) (?:find|get|see|"
        rf"access) |to (?:find|get|see|access) )?(?:the )?{NAMED_BEFORE}{THING_EN}\b",
    ),
    (
        ("where",),
        r"^(?:\w+,? )?(?:from )?where (?:can i |can we |do i |do we |should i |should we )?(?:to )?(?:download|access|"
        r"get)"
        r"(?: (?:it|this|that|them|these|those))?\s*\??$",
    ),
    (
        ("regist", "sign", "enrol", "rsvp"),
        r"\b(?:how|where) (?:do|can|should|could|to) (?:i |we |one )?(?:actually |even |now |exactly )?"
        r"(?:register|sign up|signup|enrol|enroll|rsvp)"
        r"(?: (?:for|to|in)\b|(?: (?:though|then|now|exactly|again))?\s*[?.!]|\s*$)",
    ),
    # where a thing kept will be put, or who has it ("Le compte-rendu sera mis où ?", "Il y avait aussi un support de
    # présentation sur le foncier, qqn l'a ?")
    (
        ("sera", "seront", "qqn", "quelqu'un", "qq1"),
        rf"\b(?:{_KEPT_FR})\b[^.!?\n]{{0,40}}?\b(?:sera|seront) "
        r"(?:mise?s?|postee?s?|publiee?s?|deposee?s?|partagee?s?) ou\s*\?"
        rf"|\b(?:{_KEPT_FR})\b[^.!?\n]{{0,60}}?,? (?:qqn|quelqu'un|qq1) (?:l'a|les a|l'aurait|les aurait)\s*\?",
    ),
    # whether one may still sign up, and where ("C'est encore possible de s'inscrire ? si oui c'est où ?")
    (
        ("inscri", "reserv"),
        r"\bpossible de (?:s'inscrire|m'inscrire|nous inscrire|reserver)\b[^.!?\n]{0,40}\?\s*(?:et )?(?:si oui,? )?"
        r"(?:c'est )?ou\s*\?",
    ),
    # where the sign-up is, or where talks are proposed ("where's the sign up?", "sign up where?", "where do we
    # submit talk proposals?")
    (
        ("regist", "sign", "rsvp", "submit"),
        r"\bwhere(?:'s| is) (?:the )?(?:sign ?-?up|registration|rsvp)(?: (?:form|page|sheet))?\s*\?"
        r"|(?:^|[.!?\n] ?)(?:sign ?-?up|register|registration|rsvp) where\s*\?"
        r"|\bwhere (?:do|can|should) (?:i|we|one) (?:submit|send|propose) (?:a |an |our |my |the )?(?:talk |session |"
        r"lightning talk )?(?:proposals?|abstracts?|talks?|submissions?)\b",
    ),
    # a thing asked to be somewhere ("are the minutes posted somewhere?", "le support, il est dispo quelque part ?",
    # "le compte-rendu a été mis en ligne ? si oui où ?")
    (
        ("somewhere", "anywhere", "quelque part", "qq part", "si oui"),
        rf"\b(?:{THING_EN}|minutes|notes)\b[^.!?\n]{{0,40}}?\b(?:posted|available|uploaded|online|up|shared|"
        r"published)\b (?:somewhere|anywhere)\b[^.!\n]{0,20}\?"
        rf"|\b(?:{_KEPT_FR}|rapports?)\b[^.!?\n]{{0,60}}?\b(?:dispo\w*|en ligne|accessibles?|consultables?|"
        r"publiee?s?|partagee?s?|postee?s?|mise?s?|deposee?s?)\b[^.!?\n]{0,20}?(?:quelque part|qq part)\b"
        r"[^.!\n]{0,10}\?"
        rf"|\b{THING_FR}\b[^.!?\n]{{0,60}}?\b(?:mise?s? en ligne|publiee?s?|partagee?s?|dispo\w*|postee?s?)\b"
        r"[^\n]{0,10}\?\s*(?:et )?si oui,? (?:c'est )?ou\b"
        # "y a un tableau covoit quelque part ?", "les diapos, elles sont quelque part ?", "On peut réserver le repas
        # quelque part ?"
        rf"|\b(?:il )?y a (?:un|une|des) (?:{_WHERE_KEPT_FR})\b{_NOT_A_BOARD}[^.!?\n]{{0,30}}?(?:quelque part|qq part)"
        r"\s*\?"
        rf"|\b{THE_FR}(?:{_WHERE_KEPT_FR})\b(?: [\w'-]+){{0,3}},? (?:il|elle|ils|elles) (?:est|sont) (?:quelque part|"
        r"qq part)\s*\?"
        r"|\b(?:on peut|peut-on|je peux|est-ce qu'on peut) (?:reserver|s'inscrire|m'inscrire|adherer|payer|prendre "
        r"(?:des |les |mes )?(?:billets|places))\b[^.!?\n]{0,30}?(?:quelque part|qq part)\s*\?",
    ),
    # French: a kept thing said to be out, asked ("La version finale des statuts, elle est dispo ?", "le PV sera dispo
    # où ?"), had somewhere ("le rapport financier, on l'a quelque part ?") or to be had ("les slides de Sylvie, on
    # peut les avoir ?")
    (
        ("dispo", "en ligne", "accessible", "quelque part", "qq part", "avoir", "recuperer"),
        rf"\b(?:{_KEPT_FR}|rapports?)\b[^.!?\n]{{0,60}}?\b(?:est|sont|sera|seront) (?:dispo\w*|en ligne|accessibles?|"
        r"consultables?)\s*(?:ou\s*)?\?"
        rf"|\b(?:{_KEPT_FR}|rapports?)\b[^.!?\n]{{0,40}}?\bon (?:l'a|les a)\b[^.!?\n]{{0,10}}?"
        r"(?:quelque part|qq part)\s*\?"
        rf"|\b(?:{_KEPT_FR}|rapports?)\b[^.!?\n]{{0,40}}?,? (?:on peut|je peux|est-ce qu'on peut|peut-on|pourrait-on) "
        r"(?:les |l')?(?:avoir|recuperer|consulter)\b[^.!?\n]{0,20}\?",
    ),
    # French: a known thing one needs ("j'aurais besoin des slides de la formation")
    (
        ("besoin",),
        r"\b(?:j'aurais|j'ai|on aurait|on a|nous aurions|nous avons) (?:bien |vraiment )?besoin "
        rf"(?:des|du|de la|de l') ?(?:{LEFT_BEHIND_FR}|videos?|documents?|programme|ordre du jour)\b"
        r"(?! (?:rempli|complete|signe|de chacun|de tou)\w*)",
    ),
    # French: not managed to find, seen nowhere ("pas réussi à mettre la main sur le pad", "je vois nulle part le QCM")
    (
        ("reussi", "nulle part"),
        rf"\b(?:pas|jamais) (?:reussi|arrive) a (?:mettre la main sur|trouver|retrouver|voir) {THE_FR}{THING_FR}\b"
        rf"|\b(?:je |on )?(?:ne )?(?:vois|trouve|voit) (?:nulle part|pas) {THE_FR}{THING_FR}\b[^.!?\n]{{0,40}}?"
        r"\b(?:nulle part|sur|dans|ici)\b"
        rf"|\b(?:je |on )?(?:ne )?(?:vois|trouve|voit) nulle part {THE_FR}{THING_FR}\b",
    ),
    # French: the thing first, then not found ("+1 pour le lien de la billetterie, je le trouve pas sur mon tel")
    (
        ("trouve pas", "vois pas", "trouve plus", "trouve nulle"),
        rf"\b{THE_FR}{THING_FR}\b[^.!?\n]{{0,40}}?, (?:je|on) (?:ne )?(?:le |la |les |l')(?:trouve|vois|retrouve) "
        r"(?:pas|plus|nulle part)(?= ?(?:$|[.!?,;:(]|(?:sur|dans|ici|nulle part|non plus)\b))",
    ),
    # French: looked for and not seen ("j'ai cherché le replay sur la chaîne mais je le vois pas")
    (
        ("cherch", "fouill", "regard"),
        rf"\b(?:j'ai|on a|nous avons) (?:bien )?(?:cherche|fouille|regarde)\b[^.!?\n]{{0,30}}?\b{THE_FR}{THING_FR}\b"
        r"[^.!?\n]{0,60}?\bmais (?:(?:je |j'|on |nous )?(?:ne |n')?(?:le |la |les |l')(?:vois|voit|voyons|trouve|"
        r"trouvons|retrouve) (?:pas|nulle part|toujours pas)\b|rien\b|(?:je |on )?(?:ne )?(?:trouve|vois) rien\b)"
        rf"|\b(?:j'ai|on a|nous avons) (?:bien )?(?:cherche|fouille)\b[^.!?\n]{{0,30}}?\b{THE_FR}{THING_FR}\b"
        r"[^.!?\n]{0,60}?,? (?:et )?(?:(?:je n'ai |j'ai |on a |on n'a )?rien trouve|sans succes|en vain)\b",
    ),
    # a recording or a document said not to be where it is published ("Recording's still not on the YouTube channel",
    # "the replay of the MAD1 project session is not there in the course playlist")
    (
        ("not", "n't"),
        r"\b(?:recordings?|replays?|videos?|slides|notes|minutes)\b(?:'s)?[^.!?\n]{0,40}?\b(?:is |are |'s )?(?:still )?"
        r"(?:not|isn't|aren't)\s+(?:yet )?(?:there |up |uploaded |posted |available )?(?:yet )?(?:on|in) "
        r"(?:the|our|your|ur) (?:[\w-]+ ){0,2}?(?:channel|playlist|page|portal|drive|folder|site|website)\b"
        r"(?![^.!?\n]{0,40}\b(?:because|since|as it|as we|car|parce)\b)",
    ),
    # a call's room asked by its service ("which jitsi room? don't see it"), slides asked by chance
    (
        ("which", "chance"),
        r"\bwhich (?:zoom|jitsi|meet|teams|bbb|webex|whereby|visio) ?(?:room|link|call|meeting|salle)?\s*\?"
        r"|\bany chance (?:you|u|someone|anyone) (?:could|can) (?:share|post|send|upload) (?:the |your )?(?:[\w-]+ )?"
        r"(?:slides|slide deck|deck|presentation|ppt|recording|replay|video|notes|minutes|link)\b",
    ),
    # the call itself asked for where it streams ("where's the stream? starting soon")
    (
        ("where",),
        r"\bwhere(?:'s| is) (?:the |today'?s |tonight'?s )?(?:live ?stream|stream|zoom(?: call)?|webinar|call)\s*\?",
    ),
    # a recording or slides one would have liked to see ("I'd love to catch the replay", "j'aurais bien aimé voir le
    # replay"), not thanks for one given
    (
        ("love", "like", "aime"),
        r"^(?!.*\b(?:thanks?|thank you|merci)\b).*?(?:"
        r"\b(?:i'd|i would|would) (?:really |so )?(?:love|like) to (?:catch|see|get|have) (?:the |a )?"
        r"(?:replay|recording|video|slides)\b(?! again\b)"
        r"|\bj'aurais (?:bien |vraiment |tellement |beaucoup )?aime (?:voir|regarder|avoir|revoir|ecouter) "
        r"(?:le |la |les )?(?:replay|enregistrement|video|support|diapos?|slides)\b)",
    ),
    # French: a known document or recording asked to have ("On peut avoir le support de la formation ?")
    (
        ("avoir", "recevoir", "obtenir", "recuperer"),
        r"\b(?:(?:est-ce qu')?on|je|est-ce que je|peut-on|puis-je|pourrait-on|pourrais-je|pourrions-nous|nous) "
        r"(?:peut |peux |pourrait |pourrais |pouvons |pourrions )?(?:avoir|recevoir|obtenir|recuperer) "
        rf"(?:le |la |les |l')(?:{LEFT_BEHIND_FR}|videos?)\b[^.!\n]{{0,60}}\?",
    ),
    # French: a known thing one did not see come ("le formulaire pour proposer un atelier, je l'ai pas vu passer") or
    # that is still not online ("toujours pas de diapos en ligne pour la formation compta")
    (
        ("pas", "jamais"),
        rf"\b{THE_FR}{THING_FR}\b{RELATION}[^.!?\n]{{0,60}}?,? (?:je|on|nous) (?:ne |n')?l'(?:ai|a|avons) "
        r"(?:pas|jamais) (?:vue? passer|recue?|eue?)\b"
        rf"|\b(?:toujours|encore) pas (?:de |d')(?:{THING_FR})\b[^.!?\n]{{0,30}}?\b(?:en ligne|dispo\w*|partagee?s?|"
        r"publiee?s?|sur le (?:drive|site|forum|pad|cloud|nuage)|ici)\b",
    ),
    # an exam page asked where it is ("Where's the mock OPPE? Not visible under exam tab.")
    (
        ("where",),
        r"\bwhere(?:'s| is) (?:the )?(?:mock (?:oppe|roe|quiz|exam|test)|oppe|roe|ga ?\d+)\s*\?",
    ),
    # French: whether someone has a known thing ("est-ce que quelqu'un a le CR de la rencontre ?"), where to sign up
    # ("je vois pas où inscrire notre lieu"), a pointer echoed to ask where ("Inscriptions ici… où ça ?")
    (
        ("quelqu", "qqn", "qq1", "inscri", "ou ca", "where", "pas ou on", "pas ou je"),
        rf"\b(?:quelqu'un|qqn|qq1) (?:a|aurait) {THE_FR}(?:{LEFT_BEHIND_FR}|formulaire|programme|ordre du jour)\b"
        r"[^.!\n]{0,60}\?"
        r"|\b(?:je |on )?(?:ne )?(?:vois|sais|trouve) pas (?:ou|comment) (?:m'|nous |s'|on peut )?inscrire\b"
        r"|\b(?:je |on )?(?:ne )?(?:vois|trouve) pas ou (?:on|je) (?:reserve|vote|s'inscrit|m'inscris)\b"
        r"|\b(?:ici|la|here|below|ci-dessous)\W{0,6}(?:ou ca|where)\s*\?",
    ),
    # a thing still not here ("Still no minutes here unless I'm blind"), looked for in vain ("J'ai cherché partout le CR
    # de l'AG, impossible de mettre la main dessus")
    (
        ("still", "yet", "impossible"),
        rf"\b(?:still|yet) no (?:{THING_EN}|minutes|notes)\b (?:here|yet|posted|shared|uploaded|up)\b"
        rf"|\b{THE_FR}{THING_FR}\b[^.!?\n]{{0,40}}?,? impossible de (?:le |la |les |l')?(?:trouver|retrouver|"
        r"mettre la main dessus)\b",
    ),
    # French: where a sheet is ("Il est où le tableau pour le covoit ?", "mais le tableau est où ?"), where a call is
    # ("la visio de ce soir c'est où ?")
    (
        ("est ou", "sont ou", "c'est ou"),
        rf"\b(?:il|elle|ils|elles) (?:est|sont) ou,? {THE_FR}(?:{_KEPT_ONLINE_FR}|{_WHERE_KEPT_FR})\b{_NOT_A_BOARD}"
        r"[^.!?\n]{0,40}\?"
        r"|\b(?:la|le) (?:visio|webinaire|zoom|jitsi)\b[^.!?\n]{0,30}? c'est ou\s*\?"
        rf"|\b{THE_FR}(?:{_KEPT_ONLINE_FR}|{_WHERE_KEPT_FR})\b{_NOT_A_BOARD}[^.!?\n]{{0,40}}? (?:est|sont) ou\s*\?",
    ),
    # French: still nothing of what a session left ("toujours rien pour le replay de la session 2 ?")
    (
        ("toujours rien",),
        rf"\btoujours rien (?:pour|de) {THE_FR}(?:{LEFT_BEHIND_FR}|{THING_FR})\b[^.!?\n]{{0,40}}\?",
    ),
    # a fragment asking for a form by what it is for ("Sir the form for end term city preference?")
    (
        ("form",),
        rf"(?:^|[.!?\n] ?){GREETING}(?:the )?(?:registration |sign-?up |rsvp |preference )?forms? (?:for|of) "
        r"[^.!?\n]{1,60}\?",
    ),
    # what an announcement shows of the link: nothing ("the zoom details got cut off?", "nothing shows up after the
    # colon", "I only see 'sign up here:' and then nothing", "rien n'est joint")
    (
        ("cut off", "nothing", "rien", "pj", "piece", "attachment"),
        r"\b(?:zoom|meet|meeting|call|join(?:ing)?|dial-?in|webinar|event|registration|sign-?up|link) (?:details|info|"
        r"information|link|form)\b[^.!?\n]{0,10}?\b(?:got|get|was|were|been|are|is|seems? to have been|seems? to be) "
        r"cut off\b"
        r"|\bthere(?:'s| is) nothing (?:below|under(?:neath)?|beneath)(?:\s*[?!]| (?:it|that|the (?:post|message|"
        r"announcement))\b)"
        r"|\bnothing is there (?:mam|sir|maam)\b"
        r"|\bnothing is below\b"
        r"|\bnothing (?:shows? up|is there|appears|showing|at all)\b[^.!?\n]{0,20}?\b(?:after|below|under|beneath) "
        r"(?:the |that |this |your )?(?:colon|message|post|heading|announcement)\b"
        r"|['\"\u201c\u2018][^'\"\n]{1,40}:['\"\u201d\u2019] and then nothing\b"
        r"|\brien n'est (?:joint|attache|en piece jointe)\b"
        r"|\b(?:il n'y a|y a|y'a|ya) rien (?:apres|en dessous|dessous|ci-dessous|ci-dessus)\b"
        r"|\bnothing is clickable\b|\bpas de (?:pj|piece jointe)\b"
        r"|\b(?:don't|do not|can't|cannot|didn't|did not) see (?:any |the |an )?attachments?\b"
        r"(?! (?:option|button|icon|feature|field|menu|limit|size|setting)s?\b)"
        r"|(?:^|[.!?\n] ?)(?:(?:sir|mam|maam|but|and)[, ]+)*(?:there(?:'s| is) )?nothing (?:is |was |got )?attached\b"
        r"|\bnothing (?:is |shows? |appears )?(?:there )?after ['\"\u201c\u2018]?(?:here|ici|below|click here)\b"
        r"|\bje ne vois rien (?:sous|apres) (?:ton|votre|le) (?:message|post)\b",
    ),
    (
        ("will",),
        r"(?<!till when )(?<!until when )"
        rf"\bwill (?:the |these |those |your |any )?{NEAR}\b{_NOT_OPENED}{THING_EN}"
        rf"(?: (?:of|from|for) [^.!?\n]{{1,30}}?)? (?:be|"
        rf"get) "
        rf"(?:made )?(?:shared|posted|uploaded|available|published|released|sent|recorded)\b",
    ),
    (
        ("possible",),
        rf"\b(?:would it be|is it|will it be) possible to (?:share|send|post|upload|get|have|access|provide)\b{OBJECT}"
        rf"(?:\w+ )?{THING_EN}\b",
    ),
    # French: statements of absence; not of the one thing seen ("je ne vois que le lien de la visio" says what there is)
    (
        ("ne ", "pas", "plus", "impossible", "n'"),
        rf"\b(?:(?:je ne|j'arrive pas a|je n'arrive pas a|impossible de|pas moyen de|impossible d'|pas moyen d'|on ne|"
        rf"je n'ai pas) ?(?:trouve|vois|"
        rf"trouver|voir|acceder|recu|eu|retrouve|retrouver)\b(?! qu(?:e\b|'))(?: pas| plus| nulle "
        rf"part)?|je (?:trouve|vois|retrouve) (?:pas|plus)\b)(?!{NEAR}\b{_CHANCE_FR})(?:{NEAR})\b{THING_FR}\b"
        rf"{RELATION}",
    ),
    (
        ("n'", "ne "),
        rf"\b{THING_FR} (?:{KIND_WORD} |framaforms |framadate |helloasso )?(?:d'inscription |d'acces |de connexion )?"
        rf"(?:(?:de|a|au|pour) (?:la |l'|le )?{EVENT_FR}(?: [\w-]+)? )?(?:n'est|ne sont|n'a|n'ont|"
        rf"ne s'affiche|n'apparait|n'apparaissent|n'a toujours) (?:pas|plus|toujours pas|jamais)\b"
        r"(?! (?:a jour|valables?|valides?|utilisee?s?|d'actualite|terribles?|top|genial|claire?s?|audibles?|"
        r"bons?|bonnes?|mal)\b)",
    ),
    (
        ("manque",),
        rf"\b(?:il )?manque (?!du liens?\b){THE_FR}{THING_FR}\b{RELATION}",
    ),
    # French: the thing, then that it is missing ("les diapos de la semaine 3 manquent"), not that it lacks something
    (
        ("manque", "absent"),
        rf"\b{THE_FR}{THING_FR}\b(?: (?:de |du |des |pour |d')[^.!?\n,]{{0,40}}?)? (?:(?:manquent|manque)\b"
        r"(?! (?:de|du|des)\b| d')|(?:est|sont) (?:toujours |encore )?(?:manquante?s?|absente?s?)\b)",
    ),
    (
        ("quelqu'un", "qqn", "qq1", "vous", "tu as", "as-tu", "aurais", "t'a"),
        rf"\b(?:(?:quelqu'un|qqn|qq1) (?:a|aurait)|{HAVE_YOU_FR}) {THE_FR}{THING_FR}\b{RELATION}",
    ),
    # French: whether someone has the notes, or the right one ("vous avez les notes d'hier ?", "+1, vous avez le bon
    # CR ?"), asked
    (
        ("vous", "tu as", "as-tu", "aurais", "t'a"),
        rf"\b{HAVE_YOU_FR} {THE_FR}(?:(?:bon|bonne|bons|bonnes|vrai|vraie|dernier|derniere|nouveau|nouvelle) )?"
        rf"(?:{THING_FR}|notes)\b{IN_QUESTION}{{0,40}}\?",
    ),
    # French: whether "we" have what a session left behind ("Est-ce qu'on a aussi le CR de la réunion de février ?")
    (
        ("on a",),
        rf"\b(?:est-ce qu')?on a (?:aussi |deja |bien )?{THE_FR}(?:{LEFT_BEHIND_FR})\b{IN_QUESTION}{{0,60}}\?",
    ),
    (
        ("sembl",),
        r"\b(?:semble|semblent) (?:manquer|absent|absente)\b",
    ),
    (
        ("inscri",),
        r"\b(?:comment|ou) (?:(?:fait-on|faire|on fait|je fais|faut-il faire) pour )?(?:s'inscrire|peut-on s'inscrire|"
        r"on s'inscrit|je m'inscris|m'inscrire|puis-je m'inscrire|s'inscrit-on|est[- ]ce qu'on s'inscrit)\b"
        r"|\b(?:c'est |c )?(?:ou|comment) (?:c'est )?pour (?:s'inscrire|m'inscrire|nous inscrire|l'inscription)\b"
        r"|\bc'est (?:ou|comment) (?:qu'on|que je|que l'on) (?:s'inscrit|m'inscris)\b"
        r"|\b(?:s'inscrire|on s'inscrit|je m'inscris|m'inscrire|l'inscription|les inscriptions)"
        rf"(?: (?:c'est|se fait|se font|ca se passe))? (?:ou|comment)\b(?: pour (?:la |le |l'|les )?(?:{EVENT_FR}|ag|"
        r"assemblee|journee|formation|soiree|repas|apero)\w*(?: [^.!?\n]{0,50}?)?)?\s*\?",
    ),
    (
        ("par ou", "ou pour", "ou cliquer", "ou reserver", "ou adherer", "ou payer", "ou renouveler"),
        # "c'est par où pour adhérer ?", "je vois pas où cliquer"
        r"\b(?:c'est |c )?(?:par ou|ou) pour (?:adherer|reserver|s'abonner|commander|renouveler|payer|prendre "
        r"(?:des |les |mes )?(?:billets|places))\b[^.!?\n]{0,40}\?"
        r"|\bje (?:ne )?(?:vois|trouve) (?:pas|plus) ou (?:cliquer|reserver|adherer|payer|renouveler)\b",
    ),
    (
        ("pj", "piece jointe", "rien sous", "dans le message", "dans ton message", "dans votre message"),
        # "la PJ n'est pas passée", "il n'y a rien sous le message", "y'a pas de formulaire dans le message"
        r"\b(?:la |ta |votre )?(?:pj|piece jointe) (?:n'est pas|est pas|ne semble pas) (?:passee|la|arrivee|jointe)\b"
        r"|\b(?:il n'y a|il y a|y'a|y a) rien (?:sous|dans) (?:le|ton|votre) message\b"
        r"(?! (?:sur|pour|concernant|a propos))"
        rf"|\b(?:il n'y a|il y a|y'a|y a) (?:pas|aucun|aucune) (?:de |d')?{THING_FR} (?:dans|sous) "
        r"(?:le|ton|votre) (?:message|post|annonce)\b",
    ),
    (
        ("ou",),
        # "C'est où la visio ce soir ?", "On est où pour la visio ?", "Je ne trouve pas le tableau, c'est où ?" is not
        # one (a room, a board): only what is online
        r"\b(?:c'est ou|ou est|ou sont|on est ou pour|ou se trouve(?:nt)?) (?:la |le |les |l')?"
        r"(?:visio|replay|enregistrement|slides|diapos?|pad|formulaire|billetterie|framadate|framaforms|"
        r"helloasso|zoom|jitsi)\b[^.!?\n]{0,40}\?"
        # "c'est où qu'on prend les places pour le concert ?", "où est-ce qu'on paie l'adhésion ?"
        r"|\b(?:c'est ou qu'on|ou (?:est-ce|est ce) qu'on) (?:prend (?:les |des )?places|achete (?:les |des )?"
        r"(?:places|billets)|reserve|paie|paye|adhere|s'inscrit)\b[^.!?\n]{0,50}\?",
    ),
    (
        ("ou ?", "ou?"),
        # "le planning des bénévoles, il est où ?", "Et les slides de la Région, elles sont où ?", "c'est où le
        # planning ?"
        rf"\b(?:les |le |la |l')(?:{LEFT_BEHIND_FR}|{_KEPT_ONLINE_FR})\b[^.!?\n]{{0,60}}?,? (?:il|elle|ils|elles) "
        r"(?:est|sont) ou\s*\?"
        rf"|\bc'est ou (?:les |le |la |l')(?:{LEFT_BEHIND_FR}|{_KEPT_ONLINE_FR})\b[^.!?\n]{{0,40}}\?",
    ),
    (
        ("vous les", "tu les", "qqn les", "quelqu'un les", "vous l'", "tu l'", "qqn l'", "quelqu'un l'"),
        # "Les slides de la rencontre de juin, vous les avez ?", "les slides de février, qqn les a sous la main ?"
        rf"\b(?:les |le |la |l')(?:{LEFT_BEHIND_FR}|notes)\b[^.!?\n]{{0,60}}, "
        r"(?:vous|tu|qqn|quelqu'un) (?:les |l'|le |la )?(?:avez|as|a|auriez|aurais|aurait)"
        r"(?: (?:pas|encore|toujours|quelque part|sous la main|en pdf|ici|dispo|par hasard|de cote))*\s*\?",
    ),
    (
        ("trouve", "avoir le", "avoir la", "avoir les"),
        # "où est-ce qu'on trouve les contrats ?", "on peut avoir le programme des ateliers ?"
        rf"\bou (?:est-ce qu'on|est ce qu'on|on|je|peut-on|puis-je) (?:peut )?trouve\w* (?:le |la |les |l')"
        rf"(?:{THING_FR}|contrats?|statuts|fiches?|tableau|planning|comptes)\b[^.!?\n]{{0,40}}\?"
        rf"|\b(?:on peut|je peux|est-ce qu'on peut|pourrait-on|peut-on) avoir (?:le |la |les |l')"
        rf"(?!liens? (?:social|sociaux|fort|entre|avec)\b){THING_FR}\b"
        r"(?![^.!?\n]{0,50}\b(?:papier|imprimee?s?|a l'accueil|sur place)\b)[^.!?\n]{0,50}\?",
    ),
    (
        ("quel formulaire",),
        # "je m'inscris sur quel formulaire ?", "c'est quel formulaire ?"
        r"\b(?:sur|c'est|c'etait) quel formulaire\b[^.!?\n]{0,30}\?",
    ),
    (
        ("connect", "rejoin", "particip", "assist", "acced"),
        rf"\bcomment (?:est-ce qu'on |est ce qu'on |on |je |peut-on |puis-je |fait-on pour |faire pour |on fait pour |"
        rf"je fais pour )?(?:{JOIN_FR} {TO_EVENT_FR}|{CONNECT_FR}(?: {WHEN_FR})?\s*\?)"
        rf"|\b(?:on|je|nous) (?:se |me |nous |s'y |y )?(?:connecte|rejoint|rejoins|rejoignons|participe|accede)\w* "
        rf"{TO_EVENT_FR} comment(?: {WHEN_FR})?\s*\?"
        rf"|\b(?:on|je|nous|il|elle|ils|elles) (?:se |me |nous |s'y )connecte\w* (?:comment|ou)(?: {WHEN_FR})?"
        rf"(?: {TO_EVENT_FR}(?: \w+){{0,2}}| a {_GATHERED_FR}| pour (?:suivre|participer|y assister|assister|"
        rf"{_GATHERED_FR}|{_AFAR_FR})(?: {_FROM_AFAR_FR})?)?\s*\?"
        r"|\bc'est ou (?:qu'on|que l'on|que je) (?:se connecte|me connecte|rejoint|rejoins|se retrouve)\b",
    ),
    (
        ("personne", "tout seul", "toute seule"),
        # "Je suis sur Jitsi et il n'y a personne", "je clique sur la salle Jitsi et je suis tout seul": the wrong room
        rf"\b(?:je suis|suis|j'suis|je me suis) (?:connectee?|sur {_ROOM_FR})[^.!?\n]{{0,40}}?"
        r"\b(?:il n'y a|il y a|y a|y'a) personne\b"
        rf"|\b{_ROOM_FR}[^.!?\n]{{0,40}}?\bje suis tout(?:e)? seule?\b"
        rf"|\bje suis tout(?:e)? seule? (?:sur|dans) {_ROOM_FR}",
    ),
    (
        ("retrouve plus", "la main sur"),
        # "Je ne retrouve plus la salle, quelqu'un peut la remettre ?", "je remets pas la main sur la vidéo"
        rf"\bje (?:ne )?(?:retrouve plus|remets pas la main sur|remets plus la main sur) {THE_FR}"
        rf"(?:{_WHERE_KEPT_FR}|salle|planning)\b",
    ),
    (
        ("sera ou", "seront ou"),
        # "Et le CR de la visio de mardi dernier, il sera où ?"
        rf"\b{THE_FR}(?:{THING_FR}|{_WHERE_KEPT_FR})\b(?: [\w'-]+){{0,6}},? (?:(?:il|elle|ils|elles) )?"
        r"(?:sera|seront) ou\b",
    ),
    (
        ("pas moyen",),
        # "Dommage… pas moyen d'avoir un lien pour suivre à distance ?"
        rf"\bpas moyen d'(?:avoir|recuperer|obtenir) {THE_FR}{THING_FR}\b[^.!?\n]{{0,50}}\?",
    ),
    (
        ("meme lien", "meme adresse", "meme que"),
        # "C'est toujours le même lien ?": the one of the meeting to come, asked
        r"(?:^|[.!?\n] ?)(?:et )?c'est (?:toujours |bien |encore )?le meme lien\b[^.!?\n]{0,40}\?"
        # "Le lien de ce matin, c'est le même que la semaine dernière ?": this time's, asked
        r"|(?:\b(?:lien|adresse)\b[^.!?\n]{0,40}?\bc'est (?:toujours |bien |encore )?(?:le|la) meme|"
        r"\bc'est (?:toujours |bien |encore )?(?:le meme lien|la meme adresse)) qu(?:e |')(?:le mois|la semaine|"
        rf"la derniere fois|la fois|l'an|avant|(?:en |le mois de )?(?:{MONTHS_FR}))\b[^.!?\n]{{0,30}}\?",
    ),
    (
        ("c'est ou",),
        # "Et pour le repas c'est où qu'on réserve ?", "je voudrais donner procuration, c'est où ?"
        r"\bc'est ou (?:qu'on|que l'on|que je|pour) (?:reserve|s'inscri\w*|m'inscri\w*|paye|adhere|vote|"
        r"donne procuration)\b"
        # "c'est où pour télécharger les affiches ?"
        rf"|\bc'est ou pour (?:telecharger|recuperer) {THE_FR}(?:{THING_FR}|{_WHERE_KEPT_FR})\b"
        r"|\b(?:donner (?:ma |une )?procuration|m'inscrire|s'inscrire|reserver|adherer)(?: [^.!?\n,]{1,30})?,? "
        r"c'est ou\b",
    ),
    (
        ("-il", "-elle", "-ils", "-elles"),
        rf"\b{THING_FR}{OF_THING_FR} (?:est-il|est-elle|sont-ils|sont-elles|sera-t-il|sera-t-elle|seront-ils|"
        rf"seront-elles|"
        rf"va-t-il etre|va-t-elle etre|(?:a-t-il|a-t-elle|ont-ils|ont-elles) (?:deja |bien )?ete) (?:deja |bien )?"
        rf"(?:disponibles?|en ligne|partagee?s?|publiee?s?|envoyee?s?|diffusee?s?|transmise?s?|communiquee?s?|"
        rf"mise?s? en ligne)\b",
    ),
    (
        ("?",),
        rf"\b{THING_FR}{OF_THING_FR} (?:est|sont|sera|seront) (?:deja |bien |maintenant )?(?:dispo(?:nible)?s?|"
        rf"en ligne|partagee?s?|publiee?s?|envoyee?s?|mise?s? en ligne)(?: quelque part| ici| sur le forum)?\s*\?"
        rf"|\b{THING_FR}{OF_EVENT_FR} (?:est|sont|se trouvent?|(?:sera|seront) (?:dispo(?:nible)?s?|en ligne)) "
        rf"ou\s*\?"
        # "le compte-rendu des ateliers est prêt ?", "le formulaire pour donner procuration c'est lequel ?", "Le doc de
        # programmation c'est lequel ?", "le bon lien c'est lequel finalement ?"
        rf"|\b{THING_FR}{OF_EVENT_FR} (?:est|sont) (?:deja )?prete?s?\s*\?"
        rf"|\b{THE_FR}(?:(?:bon|bonne|vrai|vraie|nouveau|nouvelle) )?(?:{THING_FR}|doc)\b(?: [^.!?\n,]{{0,40}}?)?,? "
        r"c'est (?:lequel|laquelle|lesquels|lesquelles)(?: finalement| du coup| alors| maintenant)?\s*\?"
        # "je trouve le règlement mais pas le formulaire de candidature ?"
        rf"|\b(?:je (?:trouve|vois)|j'ai) (?:bien )?{THE_FR}{THING_FR}\b[^.!?\n]{{0,40}}? mais pas {THE_FR}{THING_FR}\b"
        # "c'est toujours le lien du premier message ?": whether the link given before still holds
        rf"|\bc'est (?:toujours|encore) {THE_FR}(?:meme )?liens? (?:du|de|d'|dans)[^.!?\n]{{0,40}}\?",
    ),
    (
        ("ou",),
        rf"\b{THE_FR}{THING_FR}\b{RELATION}[^.!?\n]{{0,50}}?,? (?:on|je|nous) "
        rf"(?:(?:peut|peux|pourrait|pourrais|doit) )?(?:le |la |les |l')"
        rf"(?:trouve|retrouve|recupere|voit|voi[rs]|regarde)\w* ou\b"
        rf"|\b{THING_FR}{OF_EVENT_FR},? (?:il|elle|ils|elles) (?:est|sont) ou\b"
        rf"|\b(?:il|elle|ils|elles) (?:est|sont) ou {THE_FR}"
        rf"(?:{THING_FR}\b{RELATION}|(?:drive|dossier partage|nuage)\b)",
    ),
    (
        ("adresse",),
        rf"\badresse (?:de |du |d'|pour )(?:la |le |l')?(?:visio\w*|zoom|jitsi|bbb|teams|connexion|reunion en ligne|"
        rf"webinaire)\b{IN_QUESTION}{{0,30}}\?"
        r"|\bquelle adresse (?:est-ce qu')?(?:on |je |nous |doit-on |faut-il )?(?:se |me |nous )?connect\w*",
    ),
    (
        ("recu", "eu "),
        rf"\b(?:(?:je n'ai|j'ai|on n'a|on a|nous n'avons) )?{NOT_YOURS_FR}(?:toujours |encore |jamais )?"
        rf"(?:pas|jamais) (?:encore |toujours )?(?:recu|eu) {THE_FR}{THING_FR}\b{RELATION}",
    ),
    # French: not had, then asked to be sent again ("toujours pas de lien, pouvez-vous le renvoyer ?")
    (
        ("renvoy", "reenvoy", "redonn", "repartag", "remettre"),
        rf"(?:(?:\b(?:pas|plus|jamais) (?:encore |toujours )?(?:recu |eu )?(?:de |d'|{THE_FR})|\baucune? |\bsans "
        rf"{THE_FR}?){THING_FR}\b{RELATION}|{THE_FR}{THING_FR}\b{RELATION} (?:ne m'est|ne nous est|n'est) "
        rf"{NOT_YET_FR}(?:arrivee?|parvenue?))[^.!?\n]{{0,40}}?\b{PLEASE_FR} {TO_ME_FR}"
        rf"(?:le |la |les |l')?{SEND_AGAIN_FR_INF}\b{TO_OTHERS_FR}",
    ),
    (
        ("voudr", "aimer", "veux bien", "faut", "faudr", "souhait", "interess"),
        rf"\b{WANT_FR} {THE_FR}{THING_FR}\b{RELATION}",
    ),
    (
        ("cherche", "en est", "en sont"),
        rf"\b(?:je |on |nous )(?:re)?cherch\w* {THE_FR}{THING_FR}\b{RELATION}"
        rf"|\bou en (?:est|sont) {THE_FR}(?:liens?|replay|enregistrements?|videos?|compte[- ]rendu|cr|diaporamas?|"
        rf"diapos?|supports?|slides)\b{RELATION}",
    ),
    (
        ("possible",),
        rf"\b{THE_FR}{THING_FR}\b{RELATION}[^.!?\n]{{0,50}}?,? (?:c'est|est-ce|serait-ce|ce serait|serait-il) "
        rf"possible (?:de |d')(?:l'|le |la |les )(?:avoir|recevoir|recuperer|consulter|obtenir)\b",
    ),
    (
        ("nouvelle", "nouveau", "news", "arrive", "sort"),
        rf"\b(?:des nouvelles|du nouveau|des news) (?:du |de la |des |de l'|pour |concernant |sur )(?:le |la |les |l')?"
        rf"{THING_FR}\b{RELATION}"
        rf"|\b{THE_FR}{THING_FR}\b{RELATION}{OF_EVENT_FR},? (?:il|elle|ils|elles|ca) (?:arrive|sort|vient)\w*"
        rf"(?: quand| bientot)?\s*\?",
    ),
    (
        ("acces",),
        rf"\b(?:(?:est-ce qu')?on|je|est-ce que je|peut-on|puis-je|pourrait-on|pourrais-je) (?:peut |peux |pourrait |"
        rf"pourrais )?avoir acces (?:au |aux |a la |a l')(?:{THING_FR})\b{RELATION}{IN_QUESTION}*\?",
    ),
    # French: how to join a call, asked by someone lost ("Comment on fait pour rejoindre ? Il faut installer un
    # logiciel ?", "Comment je fais pour entrer demain ?"); not how to join the association or a group
    (
        ("comment",),
        r"\bcomment (?:on fait|je fais|je vais faire|faut-il faire|fait-on|faire|je peux faire|on peut faire) "
        r"(?:pour )?(?:rejoindre|entrer|me connecter|se connecter|nous connecter|acceder)\b"
        rf"(?: (?:a |au |aux )?(?:la |le |les |l')?(?:[\w'-]+ ){{0,2}}?(?:{_SESSION_FR})\b"
        r"|(?! (?:a |au |aux |dans )?(?:la |le |les |l'|un |une |notre |votre |nos |vos |ce |cet |cette |ces |mon |"
        r"ma |son |sa )))[^.!?\n]{0,40}\?",
    ),
    # French: a document asked in a format one can open or print ("Vous ne l'auriez pas en PDF ?", "Une version PDF
    # m'arrangerait aussi", "Il est dispo en pdf quelque part ?", "moyen de l'avoir sous une forme que je puisse
    # imprimer ?")
    (
        ("pdf", "forme", "format"),
        r"\b(?:vous|tu|quelqu'un) (?:ne )?(?:l'|les |le |la )?(?:auriez|aurais|aurait|avez|as|a)(?: pas)?(?: aussi)? "
        r"en (?:version |format )?pdf\b"
        r"|\bversion pdf\b[^.!?\n]{0,30}?\b(?:m'arrangerait|nous arrangerait|serait (?:possible|top|bien|pratique)|"
        r"possible|dispo\w*|existe)\b"
        r"|\b(?:dispo\w*|disponibles?) en pdf\b[^.!?\n]{0,40}\?"
        r"|\b(?:on peut|peut-on|je peux|puis-je|pourrait-on|est-ce qu'on peut|on pourrait) (?:l'|les |le |la )?"
        r"avoir (?:[\w'-]+ ){0,3}?en pdf\b"
        r"|\b(?:l'|les |le |la )?avoir (?:sous une forme|dans un format) (?:que je puisse|qu'on puisse|imprimable)"
        r"|\b(?:possible|moyen) de (?:l'|les |le |la )?(?:avoir|recevoir|obtenir) (?:[\w'-]+ ){0,3}?en (?:version |"
        r"format )?pdf\b",
    ),
    # French: whether a session held was recorded ("J'ai raté la visio, est-ce qu'elle a été enregistrée ?", "la
    # séance de janvier a été filmée ?", "J'ai dû partir au bout de 20 minutes, c'était enregistré par hasard ?")
    (
        ("filme", "enregistre"),
        rf"\b(?:{_SESSION_FR})\b[^.!?\n]{{0,60}}?\b(?:a|ont) ete (?:filmee?s?|enregistree?s?)\b[^.!?\n]{{0,40}}\?"
        r"|\bc'etait (?:filme|enregistre)\b[^.!?\n]{0,30}\?",
    ),
    (
        ("par ou",),
        r"\bpar ou (?:on passe|passer|faut-il passer|il faut passer|je passe|doit-on passer) pour (?:s'inscrire|"
        r"m'inscrire|l'inscription|se connecter|rejoindre|participer)\b"
        r"|\bc'est par ou (?:l'inscription|les inscriptions|pour s'inscrire|pour l'inscription)\b",
    ),
    (
        ("preneu",),
        rf"\bpreneu(?:r|se)s? (?:aussi |egalement )?(?:d'|de |du |des )(?:la |l')?{THING_FR}\b{RELATION}",
    ),
    (
        ("relance",),
        rf"\brelance\w* (?:pour|concernant|au sujet de|a propos de|sur) {THE_FR}(?:{THING_FR}|{KEPT_FR})\b{RELATION}",
    ),
    (
        ("y a", "existe", "il y"),
        rf"\b(?:y a-t-il|y aura-t-il|existe-t-il|est-ce qu'il y a|est-ce qu'il y aura|il y a|il y aura|y a|y'a|"
        rf"y aura) (?:un |une |"
        rf"des |"
        rf"le |la |les |l')?{OTHER_FR}{THING_FR}\b{RELATION}{IN_QUESTION}{{0,60}}\?",
    ),
    (
        ("ou ",),
        rf"\bou (?:est|sont|se trouve|se trouvent|peut-on|puis-je|pourrait-on|pourrais-je|trouver|retrouver|"
        rf"peut on trouver|peut on retrouver|on peut trouver|on peut retrouver|"
        rf"peut-on trouver|peut-on retrouver|puis-je trouver|puis-je retrouver|"
        rf"est[- ]ce qu'on (?:peut )?(?:trouve|retrouve)\w*) "
        rf"(?:(?:voir|regarder|revoir|telecharger|acceder a) )?(?:le |la |les |l'|un |une )?"
        rf"{THING_FR}\b{RELATION}",
    ),
    (
        ("comment",),
        rf"\bcomment (?:on |je |peut-on |puis-je |est-ce qu'on |faire pour )?(?:acced\w*|avoir acces|voir|revoir|"
        rf"regarder|visionner|telecharger|recuperer) (?:a |au |aux |a la |a l')?{THE_FR}?{THING_FR}\b{RELATION}",
    ),
    (
        ("ou ",),
        rf"\b(?:c'est|c|on (?:les? |la |l')?(?:re)?trouve|je (?:les? |la |l')?(?:re)?trouve|ca se trouve) ou "
        rf"(?:le |la |les |l'|un |une )?{THING_FR}\b{RELATION}"
        rf"|\bou (?:peut-on|puis-je|pourrait-on|on peut|je peux|est[- ]ce qu'on peut|est[- ]ce que je peux) "
        rf"(?:revoir|re-?regarder|visionner) {THE_FR}{EVENT_FR}",
    ),
    (
        ("possible",),
        rf"\b(?:serait-il|est-il|sera-t-il|est-ce|est ce|c'est|serait-ce|ce serait|ca serait) possible "
        rf"(?:d'(?:avoir|obtenir|acceder a|recevoir|recuperer)|"
        rf"de (?:recevoir|recuperer|consulter|revoir|telecharger)) (?:le |la |les |l')?{THING_FR}\b",
    ),
    (
        ("est-ce", "est ce", "enregistr", "filme", "mise en ligne", "mises en ligne"),
        r"\b(?:est-ce que|est ce que) (?:la |le |l')?(?:visio|reunion|seance|session|atelier|webinaire)s? "
        r"(?:a ete|sera|est) (?:enregistree?|filmee?)\b"
        rf"|\b{EVENT_FR}s?\b[^.!?\n]{{0,30}}? (?:sera-t-elle|sera-t-il|seront-elles|seront-ils|sera|seront|va etre|"
        rf"vont etre) (?:bien )?(?:enregistree?s?|filmee?s?)\b"
        rf"|\b(?:ce|ca) sera (?:bien )?(?:enregistre|filme)\b"
        rf"|\b{EVENT_FR}s?\b[^.!?\n]{{0,40}}?,? (?:elle|il|elles|ils) (?:sera|seront) (?:bien )?(?:mise?s? en ligne|"
        rf"enregistree?s?|filmee?s?|partagee?s?|disponibles?|dispos?)\s*\?"
        rf"|(?:^|[.!?\n] ?)(?:et )?(?:la |le |l')?{EVENT_FR}s?(?: [^.!?\n]{{0,30}}?)? "
        rf"(?:a|ont|a-t-elle|a-t-il|ont-elles|ont-ils) (?:bien )?ete "
        r"(?:enregistree?s?|filmee?s?)\s*\?"
        rf"|\b(?:quelqu'un|qqn|qq1|vous|tu) (?:a|avez|as|aurait|auriez|aurais) (?:bien )?(?:enregistre|filme) "
        rf"{THE_FR}{EVENT_FR}s?\b{IN_QUESTION}{{0,60}}\?",
    ),
    (
        ("vous", "tu", "merci de", "possible", "pourr", "peut"),
        rf"\b{PLEASE_FR} {TO_ME_FR}{GIVE_FR} {THE_FR}{THING_FR}\b",
    ),
    (
        ("vous", "tu"),
        rf"\b{YOU_CAN_FR} {TO_ME_FR}{GIVE_FR} {THE_FR}{THING_FR}\b",
    ),
    # French: whether someone will share a thing, asked ("tu vas partager le tableau du budget prévisionnel ?")
    (
        ("vous allez", "tu vas"),
        rf"\b(?:vous allez|tu vas) {TO_ME_FR}{GIVE_FR} {THE_FR}(?:{THING_FR}|{KEPT_FR})\b{IN_QUESTION}{{0,60}}\?",
    ),
    # English: when it comes, any news of it, still none, if it was recorded
    (
        ("when",),
        # with no question mark, only "get" or "receive": "when I have non-kinematic body with manual velocity" is
        # a condition
        r"\bwhen (?:(?:(?:will |shall |do |would |can )(?:we|i)|(?:we|i)(?=[^.!?\n]*\?)) (?:get|receive|see|have)|"
        r"(?:we|i)(?=[^,.!?\n]*(?:[.!\n]|$)) (?:get|receive)) "
        rf"(?:the |our |any )?{NEAR}\b{THING_EN}\b{RELATION}",
    ),
    (
        ("update", "news", "info"),
        r"\bany (?:update|news|updates|info|information) (?:on|about|regarding|for) (?:the |this |that "
        r")?[^.!?\n]{0,30}?"
        r"\b(?:recordings?|videos?|replays?|slides|links?)\b",
    ),
    (
        ("still no",),
        rf"\bstill no {THING_EN}\b",
    ),
    (
        ("if there",),
        rf"\bif there (?:is|are) (?:any |a |some )?{NEAR}\b{THING_EN}\b[^.!?\n]{{0,40}}"
        r"\b(?:please|pls|plz|kindly|share)\b",
    ),
    (
        ("recorded",),
        r"\b(?:if|in case|incase) (?:it|the \w+|this|that|today'?s \w+|yesterday'?s \w+) (?:was|has been|got|is) "
        r"recorded\b"
        r"[^.!?\n]{0,30}\b(?:please |kindly |pls )?(?:share|provide|post|send|upload)\b",
    ),
    # English, on a software's support forum: a guide one may already have, a pointer, an older release
    (
        ("have", "know"),
        rf"\b(?:do|does) (?:you|anyone|anybody|someone|somebody) (?:have|know(?: of)?) (?:a |an |any |some )?"
        rf"(?:[\w-]+(?: or |/| and ))?(?:[\w-]+ )?{GUIDE}\b{IN_QUESTION}{{0,90}}(?:\?|,? (?:thanks?|thank you)\b)",
    ),
    (
        ("pointer",),
        rf"\b(?:grateful|thankful) for (?:a |any )?pointers? to (?:an? |the |any |some "
        rf")?[^.!?\n]{{0,30}}?\b{THING_EN}\b",
    ),
    (
        ("which",),
        r"\bwhich (?:live |recorded )?(?:sessions?|lectures?|class(?:es)?|videos?|recordings?) (?:did |do |have |has )?"
        r"(?:you |u |they |sir |we )?(?:have |has )?(?:discuss|explain|cover|teach|taught|talk|show|demonstrat|"
        r"solv)\w*",
    ),
    (
        ("where",),
        r"\bwhere (?:can|could|do|should) (?:i|we|one) (?:learn|study)\b"
        r"|\b(?:provide|tell|show|share|say|let (?:me|us) know)(?: me| us)? (?:from )?where (?:(?:do|can|could|should) "
        r"(?:i|we)|(?:i|we) (?:can|could|should)|to) (?:get|find|download|access|look)\b"
        rf"(?!{NEAR}\b{TROUBLE}\b)"
        r"|\bwhere did (?:you|u) (?:download(?:ed)?|get|got|find|found) (?:the |these |those |this |that )?"
        rf"(?:(?!(?:{TROUBLE}|{SOFTWARE})\b)[\w-]+ )"
        r"{1,3}?from\b",
    ),
    (
        ("there",),
        rf"\b(?:there is|there's|there are) no (?:{THING_EN}|log(?:s|(?: files?)?))\b[^.!?\n]{{0,30}}?\bfor (?:me|"
        rf"my)\b",
    ),
    (
        ("download", "get ", "find"),
        r"\b(?:is there (?:any|a) (?:chance|way)(?: that)? (?:i|we) (?:can|could)|where (?:can|could|do|should) (?:i|"
        r"we)|"
        r"where to) (?:download|get|find) (?:the |an? )?(?:old(?:er)? |previous |earlier |past )?(?:slicer )?"
        r"(?:versions?|releases?|builds?|v?\d+\.)"
        r"|\b(?:is it possible to|can (?:i|we)|could (?:i|we)) (?:still )?(?:download|get) (?:the |an? |that |this )?"
        r"(?:old(?:er)?|previous|earlier|past|specific|particular|exact) (?:slicer )?(?:versions?|releases?|builds?)\b"
        r"(?! numbers?\b| strings?\b)",
    ),
    # English: an example one may look at, a place to download from, links someone may have
    (
        ("example",),
        rf"\b(?:is there|are there)\b(?! the\b)(?={LINKABLE}) (?:a |an |any |some )?(?:[\w-]+ ){{0,4}}?examples?\b"
        rf"(?!{OWN_CASE})"
        rf"{IN_QUESTION}{{0,90}}\?"
        rf"|{EXAMPLE_PLEA}",
    ),
    (
        ("where", "which"),
        r"\b(?:is there|are there) (?:a |an |any )?(?:place|site|website|web site|page|location)s? (?:where|from "
        r"which) "
        r"(?:i|we|one) (?:can|could) (?:download|find|get)\b",
    ),
    (
        ("if ",),
        r"\bif (?:you|anyone|someone|anybody|somebody) (?:has|have|knows?)(?: of)? (?:a |an |any |some )(?:[\w-]+ "
        r"){0,2}?"
        rf"(?:links?|tutorials?|documentation|docs|examples?|guides?|videos?)\b(?!{OWN_CASE})",
    ),
    # English: where to get an add-on named just before ("…give the X extension a try! Where can I find it?")
    (
        ("where",),
        r"\bwhere (?:can|could|do|should) (?:i|we|one) (?:find|get|download) (?:the |this |that )?(?:[\w-]+ ){0,2}?"
        r"(?:extension|plugin|add-?on)s?(?=\s*\?)",
    ),
    # English: more of the data a member shared ("I wanted to ask if there are any additional scans of…")
    (
        ("additional", "more "),
        r"\b(?:(?:if|whether|is|are) there (?:is |are )?(?:any )?|(?:looking|searching) for )(?:additional|more) "
        r"(?:[\w-]+ ){0,4}?(?:files|data ?sets|datasets|scans|volumes|images|cases|examples)\b",
    ),
    # English: a thing said not linked where it should be ("the minutes from the 28th never got linked here", "the
    # application form isn't linked anywhere in the post"); not a library linked into a build
    (
        ("linked",),
        rf"\b(?:{THING_EN}|minutes|wiki(?: page)?)\b{NAME_GAP}?(?:isn't|is not|aren't|are not|wasn't|was not|"
        r"never (?:got|was|were|been)|(?:doesn't|does not|don't|do not) (?:seem|appear) to (?:be|have been)|"
        r"hasn't been|has not been|haven't been|have not been|not) (?:yet )?linked\b"
        r"(?! (?:against|into|with|statically|dynamically|to (?:my|our|your|his|her|their|the) (?:[\w-]+ )?(?:account|"
        r"profile|e-?mail|id|roll|login))\b)",
    ),
    # English: asked to be pointed at or linked ("can someone point me at the recording?", "Can someone link the
    # draft release notes?")
    (
        ("point", "link"),
        rf"\b(?:could|can|would|will) {WHO} (?:please |pls |kindly )?(?:point (?:me|us) (?:at|to)|link(?: me| us)?"
        rf"(?: to)?) (?:the|your|a|an|today'?s|yesterday'?s) (?:[\w-]+ ){{0,3}}?(?:{THING_EN}|release notes|minutes)\b",
    ),
    # Hinglish: where the thing is found ("slides for week 9 kaha milenge?")
    (
        ("kaha", "kidhar"),
        rf"\b{THING_EN}\b[^.!?\n]{{0,20}}?\b(?:kahan|kaha|kidhar) (?:hai|hain|h|milega|milenge|milegi|mil|milta)\b",
    ),
    # English: the call asked by its service's name or its address ("what's the zoom for this?", "what's the zoom
    # again?", "gmeet for python tutorial session?", "on which meet we need to join?", "which jitsi room are we in?",
    # "what's the meeting url?")
    (
        ("zoom", "meet", "jitsi", "teams", "webex", "bbb", "visio", "url", "room"),
        r"\bwhat(?:'s|s| is) (?:the|our|today'?s|tonight'?s) (?:zoom|jitsi|meet|teams|webex|bbb|visio)"
        r"(?: room| id| url)?(?: (?:for|to) [^.!?\n]{0,30}?)? ?\?"
        r"|"
        r"\bwhat(?:'s|s| is) (?:the|our|today'?s|tonight'?s) (?:[\w-]+ )?(?:zoom|g-?meet|google meet|jitsi|webex|bbb)"
        r"(?: (?:link|url|room|id|call))?(?: again| for (?:it|this|that|today|tonight|[^.!?\n]{1,40}?))? ?\?"
        r"|\bwhat(?:'s|s| is) (?:the|our) (?:meeting |call |session |zoom |jitsi |join(?:ing)? )?url(?: again)? ?\?"
        r"|\b(?:in|on|from|through|via) which (?:g-?meet|meet|zoom|jitsi|room|link|call) (?:do |should |shall )?"
        r"(?:we|i|us|students?) (?:have to |need to |should |must |can )?join\b"
        r"|\bwhich (?:zoom|jitsi|meet|teams|bbb|visio) (?:room|link|call) (?:are we|do we|should we|is it)\b"
        r"|(?:^|[.!?\n] ?)(?:(?:sir|mam|maam|ma'am|hi|hello)[, ]+)*(?:the )?(?:g-?meet|zoom|jitsi)(?: link)? "
        r"(?:for|of) [^.!?\n]{1,50}\?",
    ),
    # English: where to join or watch a session ("where we join tonight's discussion?", "where can I watch it", "is
    # there a place to join the Friday pairing session?"); not where to join a team or a project
    (
        ("where", "place to"),
        r"\bwhere (?:do |can |should |shall |to |are )?(?:we|i|u|you|one|students)? ?(?:join|connect|log ?in)\b"
        r"(?! (?:the |a |this |our |your )?(?:[\w-]+ )?(?:team|group|project|community|org\w*|club|discord|slack|"
        r"channel|mailing|list|sig|effort|program\w*)\b)(?=[^.!?\n]{0,40}\?|\s*$)"
        r"|\bwhere (?:do |can |should |to )?(?:we|i|u|you|one)? ?(?:(?:watch|rewatch|view) (?:it|them)\b|"
        r"(?:watch|see|rewatch|view|find) (?:"
        r"(?:the |yesterday'?s |last (?:week'?s |night'?s )?|today'?s |that )(?:[\w-]+ ){0,2}?(?:recording|session|"
        r"video|live|talk|call|webinar|class|lecture|replay|rec)s?))\b"
        r"(?! (?:tab|button|menu|panel|module|option|setting|icon|window|player|widget|section|feature|mode)s?\b)"
        r"(?=[^.!?\n]{0,40}(?:\?|$))"
        r"|\bis there (?:a|any) (?:place|link|way) to (?:join|watch|attend|tune in)\b",
    ),
    # English: a thing asked to be found somewhere ("Is Rafael's deck available somewhere too?", "could whoever
    # presented drop the slide deck somewhere?", "anyone has that ppt??")
    (
        ("somewhere", "anywhere", "anyone", "anybody", "someone"),
        rf"\b(?:is|are) (?:the |that |this |their |his |her |[\w']+'s )?(?:[\w-]+ ){{0,2}}?{_SHOWN}\b "
        r"(?:available|up|posted|shared|uploaded|online)(?: \w+)? (?:somewhere|anywhere)\b"
        rf"|\b(?:drop|put|post|share|upload) (?:the|that|your|his|her|their) (?:[\w-]+ ){{0,2}}?{_SHOWN}"
        r"\b (?:somewhere|here|in (?:this|the) thread)\b"
        r"|\b(?:anyone|anybody|someone|somebody|any1) (?:has|have|got) (?:that|the|this) (?:[\w-]+ ){0,3}?"
        r"(?:ppts?|decks?|slides|slide deck|agenda(?: doc)?|colab|notebook|recordings?|spreadsheet|videos?|replays?|"
        r"(?:registration |sign-?up |google )?forms?|notes|pdfs?|minutes|links?|drive|pyqs?)\b"
        r"[^.!?\n]{0,50}\?",
    ),
    # the pointer of the post answered, echoed ("below where? 🙂", "here where sir? 😅", "ci-dessous… il est où ?",
    # "ici = ? 😅")
    (
        ("below", "here", "above", "dessous", "ici"),
        r"(?:^|[.!?\n] ?)\W*(?:below|here|above)\W{0,3} ?where\b[^.!?\n]{0,15}\?"
        r"|(?:^|[.!?\n] ?)\W*(?:ci-?dessous|en dessous|ici)\W{0,5}(?:il est |elle est |c'est )?(?:ou|=)\W{0,3}\?"
        r"|\bou ca,? (?:ci-?dessous|en dessous|ici)\W{0,3}\?",
    ),
    # French: the thing said missing under the post answered ("je ne vois pas de formulaire sous ton message")
    (
        ("vois pas", "vois aucun"),
        r"\b(?:ne )?vois (?:pas de |pas d'|aucune? )(?:formulaire|lien|fichier|document|pdf|doc|pj|piece jointe|"
        r"diapo|support)s? (?:sous|dans|en dessous de|apres) (?:ton|votre|ce|le|cet) (?:message|post|annonce)\b",
    ),
    # the post answered lacks its link ("I don't see anything under your post", "nothing is given below", "after
    # 'following link' nothing is coming", "where is the 'here' mam?", "no form attached in your reply")
    (
        ("nothing", "anything", "here", "attached"),
        r"\b(?:don't|do not|can't|cannot|didn't) see anything (?:under|below|after|beneath|in (?:your|the|this) "
        r"(?:post|reply|message|announcement))\b"
        r"|\bnothing(?:'s| is| was)? (?:given|there|showing|coming|visible|shown|attached) (?:below|under|after|"
        r"on my end|in (?:your|the) (?:post|reply|message))\b"
        r"|\bafter ['\"\u201c\u2018][^'\"\u201d\u2019\n]{1,30}['\"\u201d\u2019] nothing\b"
        r"|\bwhere is (?:the|that|your) ['\"\u201c\u2018]?(?:here|below|link below)['\"\u201d\u2019]? ?(?:\w+ ?)?\?"
        r"|\bno (?:form|file|pdf|doc|document|link|slides?) (?:is )?attached (?:in|to|with) (?:your|the|this)\b",
    ),
    # French: the post answered lacks its link ("en dessous y a rien", "le formulaire ci-joint n'est pas joint", "ton
    # « ci-dessous » est resté vide", "voici où ?", "j'ai cliqué sur « ici », ça mène nulle part")
    (
        ("rien", "joint", "vide", "voici ou", "nulle part"),
        r"\b(?:en dessous|dessous|ci-dessous|apres)(?: de ton message| du message)? (?:y a|il y a|y'a|ya) rien\b"
        r"(?! (?:a signaler|de (?:special|nouveau|grave|plus)|d'autre)\b)"
        r"|\bci-joint n'est pas joint\b"
        r"|\b(?:ci-dessous|ici|lien)\W{0,3} (?:est reste vide|est vide|mene nulle part|ne mene nulle part)\b"
        r"|(?:^|[.!?\n] ?)(?:\w+ ?[!,.]* ?)?(?:euh\W* )?voici ou ?\?"
        r"|\bclique (?:partout )?sur ['\"\u00ab\u201c]? ?ici ?['\"\u00bb\u201d]?,? (?:ca|cela) (?:ne )?mene "
        r"nulle part\b",
    ),
    # French: where it is ("Le CR complet il est où ?", "je voulais regarder la vidéo mais je ne sais pas où elle
    # est"), not seen anywhere, looked for everywhere, lacking one of two ("il me manque le rapport d'activité"), how
    # to join ("pour rejoindre la permanence on passe par où ?")
    (
        ("est ou", "sont ou", "etait ou", "etaient ou"),
        rf"\b{THE_FR}{THING_FR}\b(?: [\w'-]+){{0,2}},? (?:il|elle|ils|elles) (?:est|sont|etait|etaient) ou\b"
        rf"|\b(?:il|elle|ils|elles) (?:est|sont) ou,? {THE_FR}{THING_FR}\b",
    ),
    # or said straight ("Les photos sont où ?", "les notes des séances précédentes sont où ?", "Les documents
    # préparatoires, c'est où déjà ?", "où sont les supports de la deuxième journée ?")
    (
        ("est ou", "sont ou", "c'est ou", "c'est par ou", "ou est", "ou sont"),
        rf"(?:^|[.!?\n,] ?)(?:{HELLO_FR}[ ,!]*)?{ONCE_MORE}(?:et )?(?:pour )?{THE_FR}(?:{_WHERE_KEPT_FR})\b"
        rf"{_NOT_A_BOARD}"
        r"(?: [\w'-]+){0,4},? (?:(?:il|elle|ils|elles) )?(?:est|sont|c'est|c'est par|etait|etaient) ou\b"
        r"(?: deja| donc| svp| stp)* ?\?"
        rf"|\b(?:ou (?:est|sont|se trouve|se trouvent)|c'est ou) {THE_FR}(?:{_WHERE_KEPT_FR})\b{_NOT_A_BOARD}"
        r"[^.!?\n]{0,50}\?",
    ),
    (
        ("ou il est", "ou elle est", "ou ils sont", "ou elles sont"),
        rf"(?<!\bmis )(?<!\bmet )(?<!\bdepose )(?<!\bposte )\b{THE_FR}(?:[\w'-]+ ){{0,2}}?{THING_FR}\b[^.!?\n]{{0,60}}?"
        r"\bje (?:ne )?sais (?:pas|plus) ou "
        r"(?:il|elle|ils|elles) (?:est|sont)\b",
    ),
    (
        ("nulle part", "partout"),
        rf"\b(?:je |j'|on )?(?:ne )?(?:vois|trouve|retrouve) {THE_FR}(?:[\w'-]+ ){{0,2}}?{THING_FR}\b"
        r"[^.!?\n]{0,40}? nulle part\b"
        rf"|\b(?:j'ai|jai|on a) (?:cherche|fouille)(?: partout)? {THE_FR}(?:[\w'-]+ ){{0,2}}?{THING_FR}\b"
        r"[^.!?\n]{0,90}?\b(?:pas trouve|rien trouve|introuvable|nulle part)\b",
    ),
    (
        ("manque",),
        rf"\bil (?:me|nous) manque {THE_FR}(?:{THING_FR}|rapport|budget|annexe|fichier|piece jointe)\b",
    ),
    # where a thing of the network is to be found ("où est-ce que je peux trouver le compte-rendu de la réunion de
    # janvier ?", "je cherche le modèle de budget dont ils ont parlé, il est où ?", "le PV de l'AG est dispo ?")
    (
        ("ou", "cherche", "dispo", "sorti"),
        rf"\bou (?:est-ce que |est-ce qu')?(?:je peux|on peut|l'on peut|puis-je|peut-on|trouver|trouve-t-on|"
        rf"se trouve(?:nt)?)\b[^.!?\n]{{0,20}}?\b{THE_FR}(?:{_KEPT_FR})\b"
        rf"|\bje (?:cherche|recherche) {THE_FR}(?:{_KEPT_FR})\b[^.!?\n]{{0,60}}?(?:\bou|\bquelque part|\bdispo\w*) ?\?"
        rf"|(?:^|[.!?\n] ?)(?:{HELLO_FR}[ ,!]*)?(?:et )?{THE_FR}(?:{_KEPT_FR})\b[^.!?\n]{{0,40}}?\b(?:est|sont) "
        r"(?:dispos?|disponibles?|sortie?s?)\b[^.!?\n]{0,20}\?",
    ),
    # a thing a session leaves behind, pleaded for alone ("le replay svp ?", "Bonjour, le support d'hier (session 3)
    # svp ?")
    (
        ("svp", "stp", "s'il vous plait", "s'il te plait"),
        rf"(?:^|[.!?\n] ?)(?:{HELLO_FR}[ ,!]*)?(?:et )?(?:le|la|les|l'|ton|ta|tes|votre|vos) ?(?:{LEFT_BEHIND_FR})\b"
        r"(?:(?!\b(?:est|sont|etait|sera|a ete)\b)[^.!?\n]){0,40}?\b(?:svp|stp|s'il vous plait|s'il te plait)"
        r"\s*(?:[?!.\n]|$)",
    ),
    # what a session shows, asked alone ("Et les slides de la session 2 ?", "@Nicolas les slides ?", "Le replay aussi
    # ?", "Est-ce que les slides de Bastien pourraient être partagées ?", "Alors, ce replay ? 😇"), saying nothing of
    # it ("le replay était top ?", "Le replay, je le regarde ce soir, où en êtes-vous ?" are no asks), nor naming its
    # session by a rank alone ("Et le support de la 3e ?": of which series, the rules cannot tell); a report asked so
    # ("Le CR ?") may be asked whether one exists: left in doubt
    (
        _SHOWN_FR,
        rf"(?:^|[.!?\n] ?)(?:{HELLO_FR}[ ,!]*)?(?:@[\w.-]+ )?(?:(?:et|alors),? )?(?:est-ce que )?"
        rf"(?:le|la|les|l'|ce|cette|ces) ?(?:{'|'.join(_SHOWN_FR)})s?\b"
        r"(?:(?!\b(?:est|sont|etait|etaient|sera|a ete|c'etait|\d{1,2}(?:e|eme|ieme|er|ere))\b)[^.!?\n,]){0,40}?\s*\?",
    ),
    # the call asked by its room or service ("what's the week 6 zoom id?", "jitsi room name?", "what room are we using
    # today?", "c'est quoi la salle pour ce soir ?", "lien jitsi pour la perm de ce soir ?")
    (
        ("zoom", "jitsi", "meet", "teams", "bbb", "webex", "room", "salle"),
        r"\b(?:zoom|jitsi|meet|teams|bbb|webex|whereby) (?:id|room(?: name)?|code|meeting id)\b[^.!?\n]{0,30}\?"
        r"|\bwhat (?:room|zoom|jitsi|call|meet) (?:are|do|is|will) (?:we|you|u) (?:using|use|on|in|join)\b"
        r"(?![^.!?\n]{0,40}\b(?:offline|in person|in-person|physical|building|floor|campus|hall|venue)\b)"
        r"|\bc'est quoi (?:la salle|le salon|la visio|le lien)\b(?! de bains?\b)"
        r"(?![^.!?\n]{0,40}\b(?:sur place|etage|batiment|en presentiel|physique)\b)[^.!?\n]{0,40}\?"
        r"|\b(?:lien|salle) (?:jitsi|zoom|bbb|meet|teams|visio)\b"
        r"(?![^.!?\n]{0,40}\b(?:marche|fonctionne|plante|bug|erreur|404|ouvre pas|charge pas)\w*)[^.!?\n]{0,40}\?",
    ),
    # a plea to post a recording or slides here afterwards ("could someone post the recording here afterwards?", "vous
    # pourrez mettre le replay ici ?", "can you also upload the ppt you showed in the session?")
    (
        ("recording", "replay", "ppt", "slides", "deck", "notes", "enregistrement", "diapo", "support"),
        r"\b(?:could|can|would|will) (?:someone|somebody|anyone|you|u) (?:also |please |pls |kindly )*"
        r"(?:post|share|upload|put) (?:the |your |that )?(?:recording|replay|video|ppts?|slides|deck|notes)\b"
        r"|\b(?:vous pourr(?:ez|iez)|tu pourr(?:as|ais)|pourr(?:ez|iez)-vous|pourr(?:as|ais)-tu) "
        r"(?:mettre|poster|partager|deposer|mettre en ligne) (?:le |la |les |l')?"
        r"(?:replay|enregistrement|video|diapos?|diaporama|support|slides)\b",
    ),
    # nothing after the announcement's pointer ("after 'Mock OPPE link:' it is empty", "après « Inscriptions ici : » y
    # a rien", "à côté de « Lien de connexion » il n'y a rien", "je ne vois rien après « Inscriptions ici »", "il n'y a
    # pas de formulaire en dessous chez moi")
    (
        ("after", "apres", "dessous", "a cote"),
        r"\bafter ['\"\u00ab\u201c\u2018] ?[^'\"\u00bb\u201d\u2019\n]{1,30} ?['\"\u00bb\u201d\u2019] "
        r"(?:it is |it's |there is |there's |is )?(?:empty|nothing|blank)\b"
        r"|\b(?:apres|a cote de|a cote du) ['\"\u00ab\u201c] ?[^'\"\u00bb\u201d\n]{1,30} ?['\"\u00bb\u201d],? "
        r"(?:y a|il y a|il n'y a|y'a|c'est) (?:rien|vide)\b"
        r"|\b(?:je ne vois|je vois|on ne voit|on voit) (?:rien|pas de lien|aucun lien) (?:apres|a cote de|a cote du) "
        r"['\"\u00ab\u201c]"
        r"|\bn'y a pas de (?:formulaire|lien|document|fichier|pdf|doc) (?:en dessous|dessous|ci-dessous|"
        r"sous (?:ton|votre|le|ce) message)\b",
    ),
    # whether a recording came out ("Vous savez si le replay de la session 2 est sorti ?", "le replay du webinaire, il a
    # été mis en ligne finalement ?")
    (
        ("replay", "enregistrement", "video", "compte-rendu"),
        r"\b(?:replay|enregistrement|video|compte-rendu)\b[^.!?\n]{0,45}(?:est sorti|a ete mis en ligne|est en ligne|"
        r"est dispo(?:nible)?|a ete poste|a ete publie)\b[^.!?\n]{0,25}\?",
    ),
    # registering asked how ("On s'inscrit comment pour le 26 ?"), or by what ("il n'y a rien pour s'inscrire comme
    # bénévole ?", "il y a un formulaire pour s'inscrire à l'atelier ?")
    (
        ("inscri",),
        r"\b(?:on|je|nous|il faut) (?:s'|m'|nous )?inscri\w* comment\b"
        r"|\bcomment (?:on |je )?(?:s'|m')inscri\w*[^.!?\n]{0,40}\?"
        r"|\b(?:il n'y a|n'y a-t-il|y a|il y a|y'a|est-ce qu'il y a)(?: rien| pas de (?:lien|formulaire)| un (?:lien|"
        r"formulaire)) pour (?:s'|m'|nous |vous )?inscri\w*[^.!?\n]{0,40}\?",
    ),
    (
        ("par ou",),
        r"\b(?:pour |on |je )(?:rejoindre|se connecter|me connecter|participer|acceder|assister)\b (?:a |au |aux )?"
        r"(?:la |le |les |l')?(?:[\w'-]+ ){0,3}?(?:visio\w*|permanences?|reunions?|ateliers?|sessions?|webinaires?|"
        r"conferences?|formations?|live|call|direct|ag|assemblee)\b[^.!?\n]{0,30}?"
        r"\b(?:on|je|il faut|faut-il) (?:passe|doit passer|dois passer|passer) par ou\b",
    ),
    # French: where one connects, asked without the word "lien" ("C'est dans 5 minutes, on se branche où ?", "On se
    # connecte à quelle adresse demain ?", "Et pour se connecter le 16, c'est où ?", "On se retrouve sur quelle
    # plateforme ce soir ?", "Pour rejoindre la visio le 17, je fais comment ?", "On peut la regarder où en direct
    # ?"); not where one meets in a place
    (
        (
            "connect",
            "branche",
            "plateforme",
            "comment",
            "cliquer",
            "retransmission",
            "direct",
            "live",
            "endroit",
        ),
        r"\bon se (?:connecte|branche)\b[^.!?\n]{0,30}?\b(?:ou|a quelle adresse|sur quelle (?:plateforme|salle|adresse|"
        r"appli\w*))\b[^.!?\n]{0,30}\?"
        r"|\bje ne (?:vois|sais|trouve) (?:pas|plus) (?:ou|comment) (?:on se|je me|se) (?:connecte|branche)\b"
        r"|\bpour (?:se|me|nous) connecter\b[^.!?\n]{0,30}?,? c'est ou\b"
        r"|\bon se retrouve sur quelle (?:plateforme|salle|appli\w*|outil)\b"
        r"|\bje ne sais (?:plus|pas) ou (?:il faut )?cliquer pour (?:demain|ce soir|tout a l'heure|cet aprem\w*|"
        r"rejoindre|la visio|la reunion|la seance|la permanence|l'atelier)\b"
        r"|\bc'est ou pour (?:la |le |l')?(?:retransmission|direct|live|diffusion)\b"
        r"|\b(?:on peut|peut-on|je peux|puis-je) (?:la |le |les |l')?(?:regarder|suivre|voir) ou en (?:direct|live)\b"
        r"|\bou (?:est-ce qu'on peut|peut-on|on peut|je peux) (?:la |le |les |l')?(?:regarder|suivre|voir) en "
        r"(?:direct|live)\b"
        r"|\bl'endroit ou (?:on|je|il faut) (?:reserve|s'inscrit|m'inscris|s'inscrire)\b[^.!?\n]{0,40}\?"
        rf"|\bpour (?:rejoindre|acceder a) (?:la |le |l')?(?:{_SESSION_FR})\b[^.!?\n]{{0,30}}?,? (?:je fais|on fait|il "
        r"faut faire) comment\b",
    ),
    # French: a thing still not given, asked again ("Toujours pas de slides ? 🙂"), and the address of an online room
    # ("C'est quoi l'adresse du salon des fabmanagers ?"; not of a place: "l'adresse du local")
    (
        ("toujours pas", "adresse"),
        rf"(?:^|[.!?\n] ?)(?:{HELLO_FR}[ ,!]*)?(?:et )?toujours pas (?:de |d')(?:{LEFT_BEHIND_FR}|{THING_FR})\b"
        r"[^.!?\n]{0,20}\?"
        r"|\b(?:c'est quoi|quelle est) l'adresse (?:du|de la|de l'|des) (?:salon|canal|chat|serveur|groupe (?:matrix|"
        r"element|signal|discord)|discord|matrix|espace (?:matrix|element|discord))\b",
    ),
    # French: a session held, to be watched again ("la séance est visible en différé quelque part ?", "y a moyen de
    # rattraper la séance ?", "on peut la revoir quelque part ?", "a-t-elle été filmée ? Si oui, où peut-on la
    # regarder ?", "Je voudrais revoir la table ronde, c'est possible ?")
    (
        ("differe", "rattraper", "revoir", "regarder", "-t-"),
        r"\b(?:visible|disponible|dispo) en differe\b[^.!?\n]{0,30}\?"
        rf"|\b(?:moyen|possible) de (?:rattraper|revoir) (?:la |le |les |l')?(?:{_SESSION_FR}|videos?|matinee|"
        r"apres-midi|pleniere|table ronde|intervention|conference)\b"
        r"|\b(?:on|je) (?:peut|peux|pourrait|pourrais) (?:la |le |les )(?:revoir|rattraper)\b[^.!?\n]{0,20}? "
        r"quelque part\b"
        r"|\bou (?:est-ce qu'on peut|est-ce que je peux|peut-on|on peut|je peux|puis-je) (?:la |le |les )?"
        r"(?:regarder|revoir)\b[^.!?\n]{0,30}\?"
        r"|\bje (?:voudrais|voulais|aimerais) (?:bien )?revoir (?:la |le |les |l')(?:[\w'-]+ ){0,2}?"
        rf"(?:{_SESSION_FR}|videos?|matinee|pleniere|table ronde|intervention|conference|presentation)\b"
        r"[^.!?\n]{0,60}\?"
        r"|\b(?:a-t-elle|a-t-il|ont-elles|ont-ils) ete (?:filmee?s?|enregistree?s?)\b"
        r"|\bje ne (?:re)?trouve (?:pas|plus) (?:comment|ou) (?:la |le |les )?(?:revoir|regarder)\b",
    ),
    # French: what was said, to be read ("où est-ce que je peux lire ce qui s'est dit ?", "Je peux lire le résumé
    # quelque part ?", "il y a moyen de récupérer le support ?", "vous pouvez m'aiguiller vers les notes de janvier ?",
    # "le compte-rendu de septembre, il a été rangé où ?")
    (
        ("lire", "recuperer", "aiguiller", "range", "classe"),
        r"\bou (?:est-ce que je peux|est-ce qu'on peut|je peux|on peut|peut-on|puis-je) (?:lire|relire) "
        r"(?:ce qui s'est dit|ce qui a ete dit|le resume|les notes|le compte[- ]rendu|le cr)\b"
        r"|\b(?:je peux|on peut|peut-on|puis-je) (?:lire|relire|consulter) (?:le |la |les |l')(?:resume|notes|"
        r"compte[- ]rendu|cr|synthese)\b[^.!?\n]{0,30}? quelque part\b"
        rf"|\b(?:moyen|possible) de (?:recuperer|telecharger) (?:le |la |les |l')(?:{LEFT_BEHIND_FR}|notes|resume)\b"
        rf"|\b(?:m'aiguiller|me diriger|m'orienter) vers (?:le |la |les |l')(?:{LEFT_BEHIND_FR}|notes|documents?|"
        r"dossiers?)\b"
        rf"|\b{THE_FR}(?:{LEFT_BEHIND_FR}|notes)\b[^.!?\n]{{0,40}}?,? (?:il|elle|ils|elles) (?:a|ont) ete "
        r"(?:range|classe|mis|depose)e?s? ou\b",
    ),
    # French: where, said short ("c'est où pour la procuration ?", "c'est où pour faire la procuration ?", "c'est où
    # pour ce soir ?", "C'est trop tard pour s'inscrire ? c'est où ?"), a sheet for something ("y a un tableau pour le
    # covoit ?"), a recording to be put here ("vous mettrez l'enregistrement ici ?"), a way to have it ("y a moyen
    # d'avoir le replay de la session 1 ?"), the link still there ("le lien est toujours dispo ?")
    (
        ("c'est ou", "y a un", "y a une", "ici", "moyen d'avoir", "lien est", "lien il est"),
        r"\bc'est ou pour (?:faire |remplir |donner |envoyer )?(?:la |le |l'|les |sa |ma )?"
        rf"(?:{_WHERE_KEPT_FR}|procuration|ce soir|demain|cet apres-midi|ce matin|tout a l'heure)\b[^.!?\n]{{0,20}}\?"
        r"|\b(?:s'inscrire|m'inscrire|reserver|inscriptions?)\b[^.!?\n]{0,40}\?\s*(?:et )?c'est ou\s*\?"
        rf"|\by a (?:un|une) (?:{_KEPT_FR}) (?:pour|de|du|des) [^.!?\n]{{1,30}}\?"
        r"|\b(?:vous|tu) (?:mettrez|mettras|pourrez mettre|pourras mettre|pourriez mettre|pourrais mettre|allez mettre|"
        rf"vas mettre|posterez|posteras|partagerez|partageras) {THE_FR}(?:{LEFT_BEHIND_FR}|videos?)\b[^.!?\n]{{0,40}}?"
        r"\bici\b[^.!?\n]{0,20}\?"
        rf"|\by a moyen d'avoir {THE_FR}(?:{LEFT_BEHIND_FR}|{THING_FR})\b[^.!?\n]{{0,40}}\?"
        r"|\ble lien (?:est|il est) (?:toujours|encore) (?:dispo|disponible|valable|actif|bon)\b[^.!?\n]{0,20}\?",
    ),
    # French: the thing asked for after the word asking whether it is out ("Dispo le replay ?", "En ligne, les
    # diapos ?")
    (
        ("dispo", "en ligne"),
        rf"(?:^|[.!?\n] ?)(?:{HELLO_FR}[ ,!]*)?(?:deja |toujours pas )?(?:dispos?|disponibles?|en ligne),? "
        rf"{THE_FR}(?:{LEFT_BEHIND_FR})\b[^.!?\n]{{0,30}}\?",
    ),
]
"""Each pattern with the words it needs: a pattern whose words are absent is not tried."""


_FORM_OR_LINK = re.compile(r"\b(?:forms?|links?|formulaires?|liens?)\s*$")
"""A match ending on a form or a link: the words before it may say what it is for."""


def _about_a_score(folded: str, m: re.Match[str]) -> bool:
    """The words around the match, in its sentence, ask about a score, a date or a key (`NOT_A_LINK`); just
    before a form or a link asked for, even across a sentence, they say what it is for ("the marks correction
    form", "can I get an extension? please share the form")."""
    start = max(0, m.start() - 30)
    if _FORM_OR_LINK.search(m.group(0)):
        return bool(NOT_A_LINK.search(folded, start, m.start()))
    # anything else is read in its own sentence: "are the marks final? where are the slides?" asks for slides
    start = max(start, sentence_start(folded, m.start()))
    return bool(NOT_A_LINK.search(folded, start, min(match_end(folded, m), m.end() + 20)))


_LEFT_OUT = re.compile(
    r"\battach|\b(?:anything|nothing)(?:'s| is| was)? (?:under|below|after|beneath|given|shown)\b|"
    r"\b(?:sous|en dessous de|apres) (?:ton|votre) (?:message|post|annonce)\b"
)
"""An attachment or a link said missing from the addressee's post ("I don't see any attachment in your reply", "I
don't see anything under your post", "je ne vois pas de formulaire sous ton message"), or from it just after the match
("le formulaire pour l'atelier n'apparaît pas dans ton message"): they forgot it, unlike a link the addressee's own
work lacks ("I couldn't find the URL in your response")."""
_IN_THEIR_POST = re.compile(r"\s(?:dans|sous) (?:ton|votre) (?:message|post|annonce)\b")


def statement_sentence(folded: str) -> str | None:
    """The sentence asking for a link as a statement ("the recording is not uploaded yet"), or one looking for
    published results (`results_sentence`), or None."""
    for gate, pattern in _STATEMENTS:
        if not any(w in folded for w in gate):
            continue
        m = compiled(pattern).search(folded)
        if (
            m
            and not _about_a_score(folded, m)
            and (_LEFT_OUT.search(m.group(0)) or _IN_THEIR_POST.match(folded, m.end()) or not theirs(folded, m))
            and for_a_link(folded, m)
        ):
            return sentence_of(folded, m)
    return results_sentence(folded)
