"""The first table: requests that ask for a link by that word ("où est le lien ?", "could you share the link?")."""

from __future__ import annotations

from handlers.links.text.words import (
    ANYONE,
    APP_FR,
    DET_EN,
    DET_FR,
    DET_FR_ONE,
    GIVE_EN,
    GIVE_FR,
    GREETED_FR,
    GREETING,
    HAVE_YOU_FR,
    IN_QUESTION,
    IN_SENTENCE,
    KEENLY,
    KIND_WORD,
    LACKS_PART,
    LINK_EN,
    LINK_FR,
    NAMED_BEFORE,
    NOT_YOURS_FR,
    NOUN_PHRASE_FR,
    OF_A_LINK_FR,
    OF_EVENT_FR,
    ONCE_MORE,
    PLEASE_FR,
    RELATION,
    SEND_AGAIN_FR,
    SEND_FR,
    SENT_FOR_SEND,
    SERVICE_URL,
    SIR,
    SOME_LINK_EN,
    STILL_FR,
    TO_ME_FR,
    TO_OTHERS_FR,
    URL_PART,
    WANT_FR,
    YOU_CAN_FR,
)

_WHAT_IS_FR = r"(?:quel est|quel etait|c'est quoi|c'etait quoi|c quoi|c koi|c'est koi|c'est lequel)"
"""Asking what a thing is, now or as it was ("c'était quoi le lien de la carte ?")."""
_NOT_GIVEN = "".join(
    rf"(?<!\b{w} )" for w in ("here", "this", "that", "it", "mine", "below", "above", "one", "which", "there")
)
"""Not the subject of a sentence giving or pointing at a link ("here is the link shared by the TA")."""

_NOT_THEIRS = (
    r"(?! (?:you|u|they|he|she) (?:are |'re |were |have |'ve )?(?:using|use|used|tried|trying|opened|clicked)\b)"
)
"""Not the link someone else is using ("what's the link you are using?"), asked to see their trouble."""

_NOT_A_STEP = r"(?! (?:steps?|stages?|phases?|errors?|flags?|options?|time|librar(?:y|ies)|order)\b)"
"""Not "link" as building speaks of it ("is there a link step I'm missing for the static build?")."""
_NOT_A_NOUN = (
    r"(?! (?:rate|speed|layer|state|budget|quality|aggregation|status|light|type|text|colou?r|style|element|tag|"
    r"attribute)s?\b)"
)
"""Not "link" in a compound that is no address ("the link rate", "the link layer")."""

REQUESTS = [
    # French: it is missing / forgotten
    rf"\bil manque {STILL_FR}{DET_FR_ONE} {LINK_FR}\b{RELATION}",
    rf"\bmanque {STILL_FR}{DET_FR_ONE} {LINK_FR}\b{RELATION}",
    rf"\b{DET_FR} {LINK_FR}(?: {APP_FR})?{OF_EVENT_FR} (?:manque|manquent|(?:est|sont) (?:absents?|manquants?)|"
    rf"(?:n')?apparait (?:toujours |pas encore |plus )?(?:pas|nulle part)|(?:ne )?s'affiche (?:toujours )?pas|"
    rf"ne figure (?:pas|nulle part)|n'y est pas|(?:a ete|est|a bien ete) (?:oublie|omis)|n'est pas (?:la|"
    rf"dans|indique|visible))",
    rf"\b(?:il n'y a|y a|y'a|ya|il y a|il n'y ait|n'y ait) {STILL_FR}pas (?:de|d'un|le|les) {LINK_FR}\b{RELATION}",
    rf"\bne pas avoir (?:recu )?{DET_FR} {LINK_FR}\b{RELATION}",
    rf"\b(?:(?:est-ce qu')?on|je|est-ce que je|peut-on|puis-je|pourrait-on|pourrais-je) (?:peut |peux |pourrait |"
    rf"pourrais )?(?:avoir|recevoir|obtenir|recuperer) {DET_FR} {LINK_FR}\b{RELATION}{IN_SENTENCE}*\?",
    rf"\b(?:quelqu'un|qqn|qq1|vous|tu) (?:a|as|avez) (?:bien |finalement )?(?:recu|eu) {DET_FR} {LINK_FR}\b{RELATION}"
    rf"{IN_SENTENCE}*\?",
    rf"\bpas de {LINK_FR} (?:dans|pour|vers|d'inscription|de (?:la |l')?{KIND_WORD})",
    rf"\boubli(?!ez\b|ons\b)\w* (?:de (?:mettre|partager|ajouter|donner) )?{DET_FR} {LINK_FR}\b",
    # French: where is it / cannot find it
    rf"\bou (?:est|sont|se trouve(?:nt)?|trouver|trouve-t-on|peut-on trouver|puis-je trouver|"
    rf"est-ce qu'on trouve) {DET_FR} {LINK_FR}\b{RELATION}",
    rf"\b(?:je |j'|j)?(?:ne )?(?:trouve|vois|retrouve) (?:pas?|plus|nulle part) (?:{DET_FR}|de) {LINK_FR}\b"
    rf"{RELATION}",
    rf"\b(?:pas|toujours pas|jamais) (?:re)?trouve {DET_FR} {LINK_FR}\b{RELATION}",
    rf"\b{LINK_FR}{OF_EVENT_FR} (?:est |reste |toujours )*introuvables?\b",
    rf"\baucun {LINK_FR}\b{RELATION}(?! ne\b)",
    rf"\b(?:j'arrive pas|je n'arrive pas|impossible|pas reussi|je ne parviens pas|je n'ai pas reussi) (?:a|"
    rf"de) (?:trouver|voir|retrouver|acceder) (?:a |au )?{DET_FR}? ?{LINK_FR}\b{RELATION}",
    rf"\b(?:je |on )(?:cherche|recherche) {DET_FR} {LINK_FR}\b{RELATION}",
    rf"\bbesoin (?:du|d'un|des) {LINK_FR}\b{RELATION}",
    rf"\b{WANT_FR} "
    rf"{DET_FR} {LINK_FR}\b{RELATION}",
    # French: please give it
    rf"\b{LINK_FR}{RELATION}(?: (?!(?:de|du|des|d'|pour|vers)\b)[\w-]+)?(?: (?:(?:de|du|des|pour|vers) |d')"
    rf"[^.!?\n,]{{0,40}}?)?,? (?:svp|stp|s'il vous plait|s'il te plait|"
    r"please|merci d'avance)\b",
    rf"\b{PLEASE_FR} {TO_ME_FR}{GIVE_FR} {DET_FR} {LINK_FR}\b",
    rf"(?:^|[.!?\n,] ?)(?:(?:bonjour|hello|salut|coucou|du coup|et)[ ,!]*)?(?:@[\w.-]+ )?"
    rf"(?:{SEND_FR}-(?:moi|nous)|{SEND_AGAIN_FR}) {DET_FR} {LINK_FR}\b{RELATION}{TO_OTHERS_FR}",
    rf"\b(?:tu|vous) (?:me |m'|nous ){SEND_FR}\w* {DET_FR} {LINK_FR}\b{RELATION}{IN_SENTENCE}*\?",
    rf"\b(?:(?:quelqu'un|qqn|qq1) (?:a|aurait|a-t-il|aurait-il)|personne n'a|(?:vous|tu|quelqu'un) "
    rf"l'(?:avez|as|a|auriez|aurais|aurait)) {DET_FR} {LINK_FR}\b{RELATION}",
    rf"\b(?:solliciter|vous demander|vous ecrire|vous contacter|je vous ecris)\b[^.!?\n]{{0,20}}?(?:afin d'|pour )"
    rf"(?:obtenir|recevoir|avoir) {DET_FR} {LINK_FR}\b{RELATION}",
    rf"\b{HAVE_YOU_FR} {DET_FR} {LINK_FR}\b{RELATION}{IN_SENTENCE}*\?",
    rf"\b(?:est-ce qu'on a|on a|on aura|a-t-on|aura-t-on) {DET_FR} {LINK_FR}\b{RELATION}{IN_SENTENCE}*\?",
    rf"\b{DET_FR} {LINK_FR} (?:est|a ete|sera|est-il|a-t-il (?:bien )?ete) (?:bien )?(?:deja )?(?:dispo|disponible|"
    rf"partage|envoye|publie|en ligne|communique)\b{IN_QUESTION}*\?",
    rf"\b{LINK_FR} (?:de |d'|du |pour |vers )(?:la |l'|le |les )?{KIND_WORD}\b(?!{OF_A_LINK_FR})"
    rf"{IN_SENTENCE}{{0,60}}\?",
    rf"\b{LINK_FR} (?:{KIND_WORD}|{APP_FR}) ?\?",
    rf"\b{_WHAT_IS_FR} {DET_FR} {LINK_FR}{RELATION} "
    rf"(?:(?:de |d'|du |pour |vers )(?:la |l'|le )?)?{KIND_WORD}",
    # "c'est quoi le lien de l'AG ?": asked of an event however named, with its question mark
    rf"\b{_WHAT_IS_FR} {DET_FR} {LINK_FR}{RELATION} (?:de |d'|du |des |pour |vers )"
    rf"(?:la |l'|le |les )?[^.!?\n]{{1,40}}\?",
    rf"\bsur quel {LINK_FR}\b",
    rf"\bmerci (?:d'|par )avance (?:pour|de) {DET_FR} {LINK_FR}\b{RELATION}",
    rf"{GREETED_FR}(?:(?:et|alors|du coup|bon),? |@[\w.-]+ )?{DET_FR} {LINK_FR} ?\?",
    # "+1 je suis en retard, le lien ?": after a short clause of the asker's
    rf"(?:^|[.!?\n] ?){ONCE_MORE}[^.!?\n,:]{{3,40}}, {DET_FR} {LINK_FR} ?\?",
    rf"{GREETED_FR}(?:(?:et|alors|du coup|bon),? |@[\w.-]+ )?(?:{DET_FR} )?{LINK_FR}{RELATION} "
    rf"(?:(?:de|du|des|pour|vers|sur) |d'){NOUN_PHRASE_FR} ?\?",
    # "le lien c'est où ?", "le lien de la visio, il est où ?"
    rf"{GREETED_FR}(?:(?:et|alors|du coup|bon),? |@[\w.-]+ )?{DET_FR} {LINK_FR}{RELATION}{OF_EVENT_FR},? "
    r"(?:c'est|il est|ils sont) ou\b[^.!?\n]{0,20}\?",
    # "le lien c'est toujours le même ?"
    rf"{GREETED_FR}(?:(?:et|alors|du coup|bon),? )?{DET_FR} {LINK_FR}{RELATION},? (?:c'est|est) "
    r"(?:toujours|bien|encore) (?:le meme|celui)\b[^.!?\n]{0,30}\?",
    # "j'ai perdu le lien du contrat légumes", "je n'ai plus le lien", "toujours pas de lien ?"
    rf"\b(?:j'ai|on a|nous avons) (?:perdu|paume|egare) {DET_FR} {LINK_FR}\b{RELATION}",
    rf"\b(?:je n'ai|j'ai|on n'a|on a) plus {DET_FR} {LINK_FR}\b{RELATION}",
    rf"\b(?:toujours|encore) pas de {LINK_FR} ?\?",
    # "le lien pour suivre la plénière ?"
    rf"\b{DET_FR} {LINK_FR} pour (?:suivre|rejoindre|assister a|participer a|se connecter a) [^.!?\n]{{1,40}}\?",
    # English
    rf"\b(?:the |a |no )?(?:link|url) (?:is )?missing\b{LACKS_PART}",
    rf"\b{LINK_EN}{RELATION}(?: (?!(?:is|are|was)\b)[^\s.!?]+){{0,5}} (?:is |are |seems to be |still )+missing\b"
    rf"{LACKS_PART}",
    r"\bmissing (?:the|a) (?:link|url)\b",
    rf"\b(?:there's|there is|there are) no (?:meet |zoom |teams |session |class |join(?:ing)? |registration |call |"
    rf"video |meeting |stream |live )?"
    rf"{LINK_EN}\b{RELATION}",
    rf"\bforgot (?:to (?:add|include|share|post) )?{DET_EN} {LINK_EN}\b",
    rf"\bwhere(?:'s| is| are| can i find| do i find| do we find| to find|"
    rf" can we find) (?:{DET_EN} )?{LINK_EN}\b{RELATION}",
    # whether the link is out; not "here is the link shared by…", which gives it
    rf"{_NOT_GIVEN}\b(?:is|has) {DET_EN} (?:[\w-]+ ){{0,2}}{LINK_EN} (?:been )?"
    r"(?:out|up|available|ready|shared|posted|sent|live)\b",
    rf"\b(?:can't|cannot|can not|couldn't|could not|unable to|don't|do not|didn't|did not) (?:find|see|locate|"
    rf"get) (?:{DET_EN} )?{LINK_EN}\b{RELATION}",
    rf"\b(?:i'm|i am|we're|we are) (?:still )?not (?:seeing|finding) (?:{DET_EN} )?(?:[\w-]+ )?{LINK_EN}\b{RELATION}",
    rf"\b(?:i am|i'm|we are|we're) (?:still )?not able to (?:find|see|locate|get) (?:{DET_EN} )?(?:[\w-]+ )?{LINK_EN}\b"
    rf"{RELATION}",
    # the word alone, asked: "lien ?", "Lien ?? 🙏"
    rf"{GREETED_FR}(?:et |du coup |alors )?{LINK_FR} ?\?",
    # French fragments and statements: "lien pour le GT fablabs ??", "je vois le pad mais pas le lien de la visio"
    rf"{GREETED_FR}(?:et |du coup )?(?:le )?{LINK_FR} (?:pour|du|de la|de l') "
    rf"(?:le |la |l'|les )?{NOUN_PHRASE_FR} ?\?",
    rf"\bmais (?:toujours )?pas (?:le|de) {LINK_FR}\b{RELATION}",
    # "c'est quoi le lien déjà ?", "c'est quoi le bon lien ?", "c'était quoi le lien helloasso déjà ?", "c'est quoi le
    # lien déjà pour ce soir ?"
    rf"\b{_WHAT_IS_FR} (?:le|son|ton|votre) (?:bon |vrai |nouveau )?"
    rf"{LINK_FR}(?: deja)?(?: [a-z][\w-]*|"
    r" (?:pour |de )?(?:ce soir|demain(?: soir| matin)?|aujourd'hui|ce matin|cet apres-midi))?"
    r"(?: deja| du coup)? ?(?:\?|$)",
    # "Missing: link to the starter repo", "link below where?", "recording link is empty in your post",
    # "any link for the doubt session today?", "Notes ka drive link kahan hai?"
    rf"\bmissing\s*:\s*(?:the |a )?(?:[\w-]+ )?{LINK_EN}\b{RELATION}",
    rf"\bdid (?:the |a )?(?:right |correct |new |real )?{LINK_EN} (?:ever |finally |already )?get (?:posted|shared)\b",
    rf"\b(?:envoie|envoyez|partage|partagez|mets|mettez|poste|postez) {DET_FR} {LINK_FR}\b[^.!?\n]{{0,30}}\b(?:svp|stp|"
    r"s'il te plait|s'il vous plait)\b",
    rf"\b(?:j'ai |g |jai )?(?:pas|jamais) vu passer {DET_FR} {LINK_FR}\b{RELATION}",
    rf"\b{LINK_EN} (?:below|above) where\s*\?",
    rf"\b{LINK_EN}{RELATION} (?:is|are|seems to be|looks) (?:empty|blank)\b(?! (?:string|value|field|attribute)s?\b)",
    rf"(?:^|[.!?\n] ?){GREETING}any {LINK_EN} (?:for|to) [^.!?\n]{{1,60}}\?",
    rf"\b{LINK_EN}\b[^.!?\n]{{0,12}}\b(?:kahan|kaha|kidhar) (?:hai|h|milega|mil)\b",
    # "le lien framaforms…, ce serait possible de le remettre ici ?"
    rf"\b{DET_FR} {LINK_FR}\b{RELATION}[^.!?\n]{{0,60}}?\b(?:possible de|pourriez-vous|pouvez-vous|peux-tu|tu peux|"
    r"vous pouvez) (?:le |la |les |l')?(?:remettre|reposter|repartager|renvoyer|partager|poster|mettre ici)\b"
    rf"{TO_OTHERS_FR}",
    rf"\b(?:(?:could|can|would|will) (?:you|u|someone|somebody|anyone|anybody|(?:an? |one of the )?(?:maintainers?|"
    rf"admins?|moderators?|mods?|organi[sz]ers?|mentors?|staff|team members?))|(?:if|whether) (?:you|u|someone|"
    rf"somebody|anyone|anybody) (?:could|can|would)) (?:please |pls |plz |kindly )?(?:{GIVE_EN}|{SENT_FOR_SEND}) "
    rf"(?:us |me )?{SOME_LINK_EN}\b",
    # whether anyone gave it, asked by one who has not got it ("anyone shared the link to me?"), not asked of
    # one who lacks it ("did someone send the link to you?")
    rf"\b(?:(?:has|have|did) )?{ANYONE} (?:already )?(?:{GIVE_EN}|{SENT_FOR_SEND}|posted|dropped) (?:us |me )?"
    rf"{SOME_LINK_EN}\b{RELATION}(?! (?:to|with) (?:you|u)\b){IN_SENTENCE}*\?",
    rf"\bwould (?:you|u|anyone|someone) mind (?:sharing|posting|sending|providing|giving|dropping|pasting) (?:us |me )?"
    rf"{DET_EN} (?:\w+ )?{LINK_EN}\b",
    rf"\b(?:does |do )?(?:anyone|anybody|someone|somebody|(?<!here )you) (?:have|got) {SOME_LINK_EN}\b"
    rf"{RELATION}",
    rf"\b{LINK_EN}(?: (?:for|to|of) [^.!?\n,]{{0,40}}?)?(?: too| also| as well)?,? (?:please|pls|plz|kindly)\b",
    rf"\b(?:need|looking for|still waiting for|waiting on|would like|'d like|want) {SOME_LINK_EN}\b"
    rf"{RELATION}",
    rf"\b(?:still waiting for|waiting for|waiting on|awaiting) (?:{DET_EN} )?{NAMED_BEFORE}{LINK_EN}\b{RELATION}"
    r"(?! to be\b)",
    r"\b(?:could|can|would|will) (?:you|someone|somebody|anyone|anybody) (?:please )?link (?:me|us) to\b",
    rf"\b(?:i|we) (?:don't|do not|didn't|did not|still don't) (?:have|get|got) {DET_EN} {LINK_EN}\b{RELATION}",
    rf"\b{LINK_EN} (?:to|for) (?:the |this |that )?(?:[\w'-]+ ){{0,2}}?{KIND_WORD}\b{IN_SENTENCE}{{0,60}}\?",
    rf"\b{KIND_WORD} {LINK_EN} ?\?",
    # "what's the zoom link again?", "whats the meet link for today?"; not the link someone is using
    rf"\b(?:what|which)(?:'s|s| is) (?:{DET_EN}|our) (?:[\w-]+ ){{0,2}}?{LINK_EN}\b{RELATION}{_NOT_THEIRS}{_NOT_A_NOUN}"
    rf"(?: (?:to|for)\b|{IN_SENTENCE}{{0,40}}\?)",
    rf"\b{LINK_EN} (?:to|for) [^.!?\n]{{0,40}}?\b(?:would be|will be|is) {KEENLY}(?:appreciated|welcome|helpful)\b",
    rf"(?:^|[.!?\n] ?)(?:and |so |@[\w.-]+ )?{DET_EN} {LINK_EN} ?\?",
    # a fragment asking for the link of a thing, or for the right one ("link for the GA8 discussion?", "sir correct
    # link?"); the thing's bare name with a link ("GA7 link?") stays in doubt
    rf"(?:^|[.!?\n] ?){GREETING}(?:the )?{LINK_EN} (?:for|to) (?:the |today'?s |tonight'?s |this |our )?"
    rf"(?:[\w'-]+ ){{0,4}}?[\w'-]+ ?\?",
    rf"(?:^|[.!?\n] ?)(?:(?:{SIR}|hi|hello)[, ]+|the )(?:correct|right|new|working|updated|proper|actual|real|valid) "
    rf"{LINK_EN} ?\?",
    # a link wished for in the post ("would be great to have the meeting link in the post itself")
    rf"\b(?:would|it'd|it would|'d) be (?:really |very |so )?(?:great|nice|helpful|good|useful|handy) to have "
    rf"{SOME_LINK_EN}\b{RELATION}(?: [\w-]+){{0,2}} (?:(?:in|on) (?:the|this|your|ur) (?:post|announcement|message|"
    r"thread|topic|invite)\b|here\b)",
    rf"\b(?:is there|are there) (?:a|an|any) (?:[\w-]+ )?(?:{LINK_EN}|urls?)\b{RELATION}(?!{URL_PART}){_NOT_A_STEP}"
    rf"{IN_QUESTION}{{0,60}}\?",
    rf"\bwhat (?:would|will|should) be the (?:[\w-]+ )?(?:link|url) (?:to|for)\b{IN_QUESTION}{{0,60}}\?",
    rf"\b(?:what(?:'s| is)|(?:please|pls|plz|kindly|(?:could|can|would|will) (?:you|u|someone|anyone))\s+"
    rf"(?:please\s+|pls\s+)?(?:share|send|give|provide|post)(?: us| me)?) (?:the |a )?{SERVICE_URL}",
    # a link said not to be where it should ("the Zoom link doesn't seem to be in the post", "link is not there in
    # your message", "link's missing I think?", "je crois que le lien a sauté", "c'est quel lien pour aujourd'hui ?")
    rf"\b{LINK_EN}{RELATION}(?: (?:is|are|was|were)(?: still)? not| (?:isn't|aren't|wasn't|weren't)) (?:(?:there|here)"
    r"(?! any ?more| now\b)|anywhere (?:in|on) (?:here|there|the (?:post|thread|topic|announcement))\b|"
    r"in (?:the|this|that|your|ur) (?:post|message|announcement|mail|e-?mail|invite|calendar)|"
    r"showing|added|included|attached)\b",
    rf"\b{LINK_EN}{RELATION} not (?:updated|added|shared|posted|given|uploaded|showing|visible|available|attached)\b"
    r"(?! (?:yet|till|until) (?:tomorrow|the day)\b)",
    rf"\b{LINK_EN}{RELATION} (?:didn't|did not|doesn't|does not) (?:make it|get|go) (?:into|in|to) "
    r"(?:the|this|your|ur) (?:post|message|announcement)\b",
    rf"\b{LINK_EN}{RELATION} (?:below|above|here) ?(?:\.{{2,}}|\u2026|[?!,]) ?(?:where|which one)\b"
    r"|\b(?:it|the link) (?:didn't|did not) "
    r"(?:paste|get pasted|come through)\b",
    # Hinglish: "mock OPPE ka link bhej do please", "link nahi mila abhi tak", "form ka link share kar do"
    rf"\b{LINK_EN}\b[^.!?\n]{{0,12}}\b(?:bhej|share kar|send kar|de do|dedo|dijiye|dena)\w*"
    rf"|\b(?:ka|ki|ke) {LINK_EN} (?:share|send|bhej)\w*\b"
    rf"|(?<!agar )(?<!if )\b{LINK_EN}\b[^.!?\n]{{0,12}}\b(?:nahi|nhi|nai) (?:mila|mil raha|dikh raha|hai|aaya)\b"
    r"(?! (?:to|toh|tho)\b)",
    rf"\b{LINK_EN}{RELATION} (?:doesn't|does not|don't|do not) (?:seem to be|appear to be|appear) (?:in|on|there|"
    r"anywhere)\b",
    r"\b(?:link|url)'s (?:still )?missing\b",
    rf"\b{DET_FR} {LINK_FR}\b{RELATION}{OF_EVENT_FR} (?:a saute|a disparu|n'y est (?:plus|pas)|n'apparait plus)\b"
    r"(?! de\b)"
    r"(?![^.!?\n]{0,30}\b(?:je viens de|je l'ai|je le remets|c'est corrige|c'est repare|remis))",
    rf"\b(?:c'est|c est|cest) quel {LINK_FR}\b(?! qu){IN_QUESTION}*\?",
    # a post or announcement without one, a link one does not have (English and French)
    rf"\b(?:has|have|had|with|contains?|carries) no (?:join(?:ing)? |meeting |zoom |meet |call |registration )?"
    rf"{LINK_EN}\b{RELATION}",
    rf"\b(?:n'a|n'ont|n'avait|ne contient|ne contenait|ne comporte|ne comportait) pas (?:de|le|les) {LINK_FR}\b"
    rf"{RELATION}",
    rf"\b{NOT_YOURS_FR}(?:pas|jamais) (?:encore |toujours )?recu\b[^.!?\n]{{0,40}}?\b{LINK_FR}\b{RELATION}",
    rf"\b{DET_FR} {LINK_FR}\b{RELATION}{OF_EVENT_FR},? (?:ce serait|ca serait|ce serait vraiment) "
    r"(?:\w+ )?(?:top|bien|super|cool|genial|pratique|parfait|utile|chouette)\b",
    rf"(?:^|[.!?\n] ?)(?:et |alors |si oui,? |du coup )?quel {LINK_FR} ?\?",
    rf"(?:^|[.!?\n] ?)(?:et |toujours |encore |mais )?(?:pas|toujours pas|encore pas) de {LINK_FR} ?\?",
    rf"\b(?:still|yet) no (?:(?:google |zoom )?{KIND_WORD} )?{LINK_EN}\b{RELATION}",
    rf"\bno {LINK_EN} (?:has|have|was|were|is) (?:yet |still )?(?:been )?(?:shared|posted|given|sent|provided)\b",
    rf"\b{LINK_FR} pour (?:regarder|voir|revoir|acceder a|telecharger) (?:le |la |les |l')?"
    rf"(?:replay|enregistrement|video|diapos?|diaporama|support|document)s?\b{IN_QUESTION}*\?",
    rf"\b(?:je n'ai|j'ai|on n'a|on a|nous n'avons) (?:toujours )?pas (?:{DET_FR} |l')?{LINK_FR}\b{RELATION}",
    rf"\b{YOU_CAN_FR} {TO_ME_FR}{GIVE_FR} (?:{DET_FR} |l')(?:nouveau )?{LINK_FR}\b",
    # the link asked where it is, the thing named first ("HALL TICKET DOWNLOAD LINK WHERE??", "GA6 link where is
    # it??", "sir wher is GA3 link"); not where a link one is using leads ("where is the broken link coming from")
    rf"\b{LINK_EN}{RELATION} wh?ere?(?: (?:is|are) (?:it|they|that))? ?\?",
    rf"\b(?:where|wher|whr)(?:'s| is| are) (?:the |my |our )?(?:[\w-]+ ){{1,3}}?{LINK_EN}\b{RELATION}{_NOT_THEIRS}"
    r"(?! (?:is |are )?(?:coming|pointing|going|leading|defined|stored|set|created|generated|built)\b)",
    # the link alone asked ("Sir link?"), or as a list's point with no question mark ("2. whats the link")
    rf"(?:^|[.!?\n] ?){GREETING}(?:the |da )?{LINK_EN} ?\?",
    rf"(?:^|\n)[ \t]*(?:\d{{1,2}}[.)] ?|[-*\u2022] ?)?(?:and |so )?what(?:'s|s| is) (?:the|our) (?:[\w-]+ )?{LINK_EN}"
    r"[ \t]*(?:\n|$)",
    # no link where it should be ("no meeting link in the calendar invite", "No meet link in the mail also sir")
    rf"(?:^|[.!?,\n] ?){GREETING}(?:but |and |also |still )?no (?:[\w-]+ ){{0,2}}?{LINK_EN}\b(?= here\b| (?:in|on|"
    r"inside|with) (?:(?:the|this|your|ur|my|today'?s) )?(?:[\w-]+ ){0,2}?(?:mail|e-?mail|invite|invitation|calendar|"
    r"post|announcement|message|page|event)\b)",
    # looked for long ("i have been searching for 30 mins for the mock test link")
    rf"\b(?:(?:i|we)(?:'ve| have| had)? been|(?:i|we) (?:was|were|am|are)|i'm|im|we're) (?:searching|hunting|looking "
    rf"everywhere|looking all over) for (?:(?!(?:in|on|within|by)\b)[\w-]+ ){{0,6}}?{LINK_EN}\b{RELATION}",
    # "Aucun mail reçu avec le lien de la visio de ce soir"
    rf"\baucune? (?:mail|e-?mail|courriel|message|invitation)s? (?:recue?s? )?(?:avec|contenant) {DET_FR} {LINK_FR}\b"
    rf"{RELATION}",
]

"""The table in the order it is read, each pattern compiled when a post first reaches it (`compiled`)."""
