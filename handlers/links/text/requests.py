"""The first table: requests that ask for a link by that word ("où est le lien ?", "could you share the link?")."""

from __future__ import annotations

from handlers.links.text.words import (
    _ANYONE,
    _APP_FR,
    _DET_EN,
    _DET_FR,
    _DET_FR_ONE,
    _GIVE_EN,
    _GIVE_FR,
    _HAVE_YOU_FR,
    _IN_QUESTION,
    _IN_SENTENCE,
    _KEENLY,
    _KIND_WORD,
    _LACKS_PART,
    _LINK_EN,
    _LINK_FR,
    _NAMED_BEFORE,
    _NOT_YOURS_FR,
    _NOUN_PHRASE_FR,
    _OF_A_LINK_FR,
    _OF_EVENT_FR,
    _PLEASE_FR,
    _RELATION,
    _SEND_AGAIN_FR,
    _SEND_FR,
    _SENT_FOR_SEND,
    _SERVICE_URL,
    _SOME_LINK_EN,
    _STILL_FR,
    _TO_ME_FR,
    _TO_OTHERS_FR,
    _URL_PART,
    _WANT_FR,
    _YOU_CAN_FR,
)

_HELLO_FR = r"(?:bonjour|bonsoir|hello|salut|coucou)"
"""A greeting a terse French request may open on ("Bonsoir, le lien pour ce soir ?")."""
_NOT_GIVEN = "".join(
    rf"(?<!\b{w} )" for w in ("here", "this", "that", "it", "mine", "below", "above", "one", "which", "there")
)
"""Not the subject of a sentence giving or pointing at a link ("here is the link shared by the TA")."""

REQUESTS = [
    # French: it is missing / forgotten
    rf"\bil manque {_STILL_FR}{_DET_FR_ONE} {_LINK_FR}\b{_RELATION}",
    rf"\bmanque {_STILL_FR}{_DET_FR_ONE} {_LINK_FR}\b{_RELATION}",
    rf"\b{_DET_FR} {_LINK_FR}(?: {_APP_FR})?{_OF_EVENT_FR} (?:manque|manquent|(?:est|sont) (?:absents?|manquants?)|"
    rf"n'apparait (?:pas|nulle part)|"
    rf"ne figure (?:pas|nulle part)|n'y est pas|(?:a ete|est|a bien ete) (?:oublie|omis)|n'est pas (?:la|"
    rf"dans|indique|visible))",
    rf"\b(?:il n'y a|y a|y'a|ya|il y a|il n'y ait|n'y ait) {_STILL_FR}pas (?:de|d'un|le|les) {_LINK_FR}\b{_RELATION}",
    rf"\bne pas avoir (?:recu )?{_DET_FR} {_LINK_FR}\b{_RELATION}",
    rf"\b(?:(?:est-ce qu')?on|je|est-ce que je|peut-on|puis-je|pourrait-on|pourrais-je) (?:peut |peux |pourrait |"
    rf"pourrais )?(?:avoir|recevoir|obtenir|recuperer) {_DET_FR} {_LINK_FR}\b{_RELATION}{_IN_SENTENCE}*\?",
    rf"\b(?:quelqu'un|qqn|vous|tu) (?:a|as|avez) (?:bien )?recu {_DET_FR} {_LINK_FR}\b{_RELATION}{_IN_SENTENCE}*\?",
    rf"\bpas de {_LINK_FR} (?:dans|pour|vers|d'inscription|de (?:la |l')?{_KIND_WORD})",
    rf"\boubli\w* (?:de (?:mettre|partager|ajouter|donner) )?{_DET_FR} {_LINK_FR}\b",
    # French: where is it / cannot find it
    rf"\bou (?:est|sont|se trouve(?:nt)?|trouver|trouve-t-on|peut-on trouver|puis-je trouver|"
    rf"est-ce qu'on trouve) {_DET_FR} {_LINK_FR}\b{_RELATION}",
    rf"\b(?:je |j'|j)?(?:ne )?(?:trouve|vois|retrouve) (?:pas?|plus|nulle part) (?:{_DET_FR}|de) {_LINK_FR}\b"
    rf"{_RELATION}",
    rf"\b(?:pas|toujours pas|jamais) (?:re)?trouve {_DET_FR} {_LINK_FR}\b{_RELATION}",
    rf"\b{_LINK_FR}{_OF_EVENT_FR} (?:est |reste |toujours )*introuvables?\b",
    rf"\baucun {_LINK_FR}\b{_RELATION}(?! ne\b)",
    rf"\b(?:j'arrive pas|je n'arrive pas|impossible|pas reussi|je ne parviens pas|je n'ai pas reussi) (?:a|"
    rf"de) (?:trouver|voir|retrouver|acceder) (?:a |au )?{_DET_FR}? ?{_LINK_FR}\b{_RELATION}",
    rf"\b(?:je |on )(?:cherche|recherche) {_DET_FR} {_LINK_FR}\b{_RELATION}",
    rf"\bbesoin (?:du|d'un|des) {_LINK_FR}\b{_RELATION}",
    rf"\b{_WANT_FR} "
    rf"{_DET_FR} {_LINK_FR}\b{_RELATION}",
    # French: please give it
    rf"\b{_LINK_FR}{_RELATION}(?: (?!(?:de|du|des|d'|pour|vers)\b)[\w-]+)?(?: (?:de|du|des|d'|pour|vers) "
    rf"[^.!?\n,]{{0,40}}?)?,? (?:svp|stp|s'il vous plait|s'il te plait|"
    r"please|merci d'avance)\b",
    rf"\b{_PLEASE_FR} {_TO_ME_FR}{_GIVE_FR} {_DET_FR} {_LINK_FR}\b",
    rf"(?:^|[.!?\n,] ?)(?:(?:bonjour|hello|salut|coucou|du coup|et)[ ,!]*)?(?:@[\w.-]+ )?"
    rf"(?:{_SEND_FR}-(?:moi|nous)|{_SEND_AGAIN_FR}) {_DET_FR} {_LINK_FR}\b{_RELATION}{_TO_OTHERS_FR}",
    rf"\b(?:tu|vous) (?:me |m'|nous ){_SEND_FR}\w* {_DET_FR} {_LINK_FR}\b{_RELATION}{_IN_SENTENCE}*\?",
    rf"\b(?:(?:quelqu'un|qqn|qq1) (?:a|aurait|a-t-il|aurait-il)|personne n'a|(?:vous|tu|quelqu'un) "
    rf"l'(?:avez|as|a|auriez|aurais|aurait)) {_DET_FR} {_LINK_FR}\b{_RELATION}",
    rf"\b(?:solliciter|vous demander|vous ecrire|vous contacter|je vous ecris)\b[^.!?\n]{{0,20}}?(?:afin d'|pour )"
    rf"(?:obtenir|recevoir|avoir) {_DET_FR} {_LINK_FR}\b{_RELATION}",
    rf"\b{_HAVE_YOU_FR} {_DET_FR} {_LINK_FR}\b{_RELATION}{_IN_SENTENCE}*\?",
    rf"\b(?:est-ce qu'on a|on a|on aura|a-t-on|aura-t-on) {_DET_FR} {_LINK_FR}\b{_RELATION}{_IN_SENTENCE}*\?",
    rf"\b{_DET_FR} {_LINK_FR} (?:est|a ete|sera|est-il|a-t-il (?:bien )?ete) (?:bien )?(?:deja )?(?:dispo|disponible|"
    rf"partage|envoye|publie|en ligne|communique)\b{_IN_QUESTION}*\?",
    rf"\b{_LINK_FR} (?:de |d'|du |pour |vers )(?:la |l'|le |les )?{_KIND_WORD}\b(?!{_OF_A_LINK_FR})"
    rf"{_IN_SENTENCE}{{0,60}}\?",
    rf"\b{_LINK_FR} (?:{_KIND_WORD}|{_APP_FR}) ?\?",
    rf"\b(?:quel est|c'est quoi|c quoi|c koi|c'est koi) {_DET_FR} {_LINK_FR}{_RELATION} "
    rf"(?:(?:de |d'|du |pour |vers )(?:la |l'|le )?)?{_KIND_WORD}",
    rf"\bsur quel {_LINK_FR}\b",
    rf"\bmerci (?:d'|par )avance (?:pour|de) {_DET_FR} {_LINK_FR}\b{_RELATION}",
    rf"(?:^|[.!?\n] ?)(?:{_HELLO_FR}[ ,!]*)?(?:(?:et|alors|du coup|bon),? |@[\w.-]+ )?{_DET_FR} {_LINK_FR} ?\?",
    rf"(?:^|[.!?\n] ?)(?:{_HELLO_FR}[ ,!]*)?(?:(?:et|alors|du coup|bon),? |@[\w.-]+ )?{_DET_FR} {_LINK_FR}{_RELATION} "
    rf"(?:(?:de|du|des|pour|vers|sur) |d'){_NOUN_PHRASE_FR} ?\?",
    # English
    rf"\b(?:the |a |no )?(?:link|url) (?:is )?missing\b{_LACKS_PART}",
    rf"\b{_LINK_EN}{_RELATION}(?: (?!(?:is|are|was)\b)[^\s.!?]+){{0,5}} (?:is |are |seems to be |still )+missing\b"
    rf"{_LACKS_PART}",
    r"\bmissing (?:the|a) (?:link|url)\b",
    rf"\b(?:there's|there is|there are) no (?:meet |zoom |teams |session |class |join(?:ing)? |registration )?"
    rf"{_LINK_EN}\b{_RELATION}",
    rf"\bforgot (?:to (?:add|include|share|post) )?{_DET_EN} {_LINK_EN}\b",
    rf"\bwhere(?:'?s| is| are| can i find| do i find| do we find| to find|"
    rf" can we find) (?:{_DET_EN} )?{_LINK_EN}\b{_RELATION}",
    # whether the link is out; not "here is the link shared by…", which gives it
    rf"{_NOT_GIVEN}\b(?:is|has) {_DET_EN} (?:[\w-]+ ){{0,2}}{_LINK_EN} (?:been )?"
    r"(?:out|up|available|ready|shared|posted|sent|live)\b",
    rf"\b(?:can't|cannot|can not|couldn't|could not|unable to|don't|do not|didn't|did not) (?:find|see|locate|"
    rf"get) (?:{_DET_EN} )?{_LINK_EN}\b{_RELATION}",
    rf"\b(?:(?:could|can|would|will) (?:you|u|someone|somebody|anyone|anybody)|(?:if|whether) (?:you|u|someone|"
    rf"somebody|anyone|anybody) (?:could|can|would)) (?:please |pls |plz |kindly )?(?:{_GIVE_EN}|{_SENT_FOR_SEND}) "
    rf"(?:us |me )?{_SOME_LINK_EN}\b",
    # whether anyone gave it, asked by one who has not got it ("anyone shared the link to me?"), not asked of
    # one who lacks it ("did someone send the link to you?")
    rf"\b(?:(?:has|have|did) )?{_ANYONE} (?:already )?(?:{_GIVE_EN}|{_SENT_FOR_SEND}|posted|dropped) (?:us |me )?"
    rf"{_SOME_LINK_EN}\b{_RELATION}(?! (?:to|with) (?:you|u)\b){_IN_SENTENCE}*\?",
    rf"\bwould (?:you|u|anyone|someone) mind (?:sharing|posting|sending|providing|giving|dropping|pasting) (?:us |me )?"
    rf"{_DET_EN} (?:\w+ )?{_LINK_EN}\b",
    rf"\b(?:does |do )?(?:anyone|anybody|someone|somebody|(?<!here )you) (?:have|got) {_SOME_LINK_EN}\b"
    rf"{_RELATION}",
    rf"\b{_LINK_EN}(?: (?:for|to|of) [^.!?\n,]{{0,40}}?)?(?: too| also| as well)?,? (?:please|pls|plz)\b",
    rf"\b(?:need|looking for|still waiting for|waiting on|would like|'d like|want) {_SOME_LINK_EN}\b"
    rf"{_RELATION}",
    rf"\b(?:still waiting for|waiting for|waiting on|awaiting) (?:{_DET_EN} )?{_NAMED_BEFORE}{_LINK_EN}\b{_RELATION}"
    r"(?! to be\b)",
    r"\b(?:could|can|would|will) (?:you|someone|somebody|anyone|anybody) (?:please )?link (?:me|us) to\b",
    rf"\b(?:i|we) (?:don't|do not|didn't|did not|still don't) (?:have|get|got) {_DET_EN} {_LINK_EN}\b{_RELATION}",
    rf"\b{_LINK_EN} (?:to|for) (?:the |this |that )?(?:[\w'-]+ ){{0,2}}?{_KIND_WORD}\b{_IN_SENTENCE}{{0,60}}\?",
    rf"\b{_KIND_WORD} {_LINK_EN} ?\?",
    rf"\b(?:what|which)(?:'s| is) {_DET_EN} {_LINK_EN} (?:to|for)\b",
    rf"\b{_LINK_EN} (?:to|for) [^.!?\n]{{0,40}}?\b(?:would be|will be|is) {_KEENLY}(?:appreciated|welcome|helpful)\b",
    rf"(?:^|[.!?\n] ?)(?:and |so |@[\w.-]+ )?{_DET_EN} {_LINK_EN} ?\?",
    rf"\b(?:is there|are there) (?:a|an|any) (?:[\w-]+ )?(?:{_LINK_EN}|urls?)\b{_RELATION}(?!{_URL_PART})"
    rf"{_IN_QUESTION}{{0,60}}\?",
    rf"\bwhat (?:would|will|should) be the (?:[\w-]+ )?(?:link|url) (?:to|for)\b{_IN_QUESTION}{{0,60}}\?",
    rf"\b(?:what(?:'s| is)|(?:please|pls|plz|kindly|(?:could|can|would|will) (?:you|u|someone|anyone))\s+"
    rf"(?:please\s+|pls\s+)?(?:share|send|give|provide|post)(?: us| me)?) (?:the |a )?{_SERVICE_URL}",
    # a post or announcement without one, a link one does not have (English and French)
    rf"\b(?:has|have|had|with|contains?|carries) no {_LINK_EN}\b{_RELATION}",
    rf"\b(?:n'a|n'ont|n'avait|ne contient|ne contenait|ne comporte|ne comportait) pas (?:de|le|les) {_LINK_FR}\b"
    rf"{_RELATION}",
    rf"\b{_NOT_YOURS_FR}(?:pas|jamais) (?:encore |toujours )?recu\b[^.!?\n]{{0,40}}?\b{_LINK_FR}\b{_RELATION}",
    rf"\b{_DET_FR} {_LINK_FR}\b{_RELATION}{_OF_EVENT_FR},? (?:ce serait|ca serait|ce serait vraiment) "
    r"(?:\w+ )?(?:top|bien|super|cool|genial|pratique|parfait|utile|chouette)\b",
    rf"(?:^|[.!?\n] ?)(?:et |alors |si oui,? |du coup )quel {_LINK_FR} ?\?",
    rf"(?:^|[.!?\n] ?)(?:et |toujours |encore |mais )?(?:pas|toujours pas|encore pas) de {_LINK_FR} ?\?",
    rf"\b(?:still|yet) no (?:(?:google |zoom )?{_KIND_WORD} )?{_LINK_EN}\b{_RELATION}",
    rf"\bno {_LINK_EN} (?:has|have|was|were|is) (?:yet |still )?(?:been )?(?:shared|posted|given|sent|provided)\b",
    rf"\b{_LINK_FR} pour (?:regarder|voir|revoir|acceder a|telecharger) (?:le |la |les |l')?"
    rf"(?:replay|enregistrement|video|diapos?|diaporama|support|document)s?\b{_IN_QUESTION}*\?",
    rf"\b(?:je n'ai|j'ai|on n'a|on a|nous n'avons) (?:toujours )?pas (?:{_DET_FR} |l')?{_LINK_FR}\b{_RELATION}",
    rf"\b{_YOU_CAN_FR} {_TO_ME_FR}{_GIVE_FR} (?:{_DET_FR} |l')(?:nouveau )?{_LINK_FR}\b",
]

"""The table in the order it is read, each pattern compiled when a post first reaches it (`compiled`)."""
