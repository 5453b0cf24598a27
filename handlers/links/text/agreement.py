"""A "+1" after a request ("pareil", "same here", "I also can't find it", a bump "up ?"): it asks again."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.text import AGREEMENT_LEAD, ANALYSED, fold
from handlers.links.text.exclusions import NOT_A_LINK, after_solved
from handlers.links.text.words import MAIL_WORD, NOT_YET_FR, PLEASE_FR, THE_FR, THING_FR, normalise

_AGREEMENT = re.compile(
    rf"^{AGREEMENT_LEAD}"
    r"(?:\+ ?1|\+\+|(?:petit )?up(?=\s*(?:[?!.,]|$|pour\b))|pareil|idem|moi aussi|moi non plus|moi de meme|"
    r"meme question|meme chose|meme probleme|"
    r"(?:(?:(?:i|we|me)(?: also| too)? (?:have|had|got|am having|are having)|i've got|got|j'ai) (?:the |la )?)?"
    r"(?:same(?: (?:question|problem|issue)(?: here| too)?| here| for me| with me)?|meme question)|me too|ditto|"
    r"je confirme|seconded|je plussoie|je (?:me joins a|rejoins) (?:la|cette|ta|votre) (?:demande|question)|"
    r"je me pose (?:la meme question|la question aussi))"
    r"(?![\w])(?P<rest>.*)$",
    re.S,
)


_NOT_EITHER_FR = (
    r"(?:toujours )?rien (?:recu )?(?:pour moi )?non plus|je ne l'ai (?:toujours )?pas (?:recue? )?non plus|"
    r"(?:toujours )?pas recue? non plus"
)
"""Not received either, said in French ("rien reçu non plus", "je ne l'ai pas reçue non plus", "pas reçu non
plus")."""
_ECHO = re.compile(
    rf"{AGREEMENT_LEAD}"
    r"(?:(?:i am |i'm |am |we are |we're )?(?:also |too )?facing (?:the )?same (?:issue|problem)"
    r"|(?:i |even i |i also |me also |i too |we also |we too )(?:(?:am|was|are|were) )?(?:also |too )?"
    r"(?:can't|cannot|couldn't|"
    r"(?:am |was |are |were )?(?:not able|unable) to|don't|do not|didn't) (?:find|see|get|access|locate)"
    r"(?: (?:it|them|this|that|anything|the (?:link|recording|video|slides|form|page)s?))?"
    r"(?: (?:either|too|as well|anywhere))?"
    r"|me neither|moi non plus(?:,? je ne (?:le |la |les )?(?:trouve|vois) pas|,? je ne l'ai (?:toujours )?pas"
    r"(?: recue?)?|,? (?:toujours )?rien(?: recu)?)?"
    rf"|{_NOT_EITHER_FR}"
    r"|(?:je ne|j'arrive pas a) (?:le |la |les )?(?:trouve|vois|trouver|voir)\w* "
    r"(?:pas )?non plus)"
    r"(?:[\s,.!]+(?:sir|madam|maam|please|pls|monsieur|madame))*[\W_]*"
    r"(?:(?:ca m'interesse|ca nous interesse|je suis interessee?)(?: aussi)?[\W_]*)?$"
)
"""An echo of the request above in one's own words ("I also can't find it", "moi non plus", "je ne l'ai pas non
plus", "moi non plus, rien reçu")."""
_ROLL = re.compile(r"(?:and )?my (?:roll ?(?:no|number)|id|roll) is \w*\d\w*")
"""The rest of a "+1" that only gives who is asking ("same for me, my roll number is …")."""
_PLEA_REST = re.compile(
    r"(?:(?:please|pls|plz|kindly|do the needful|look into (?:it|this|the matter)|share|upload|help|resolve|asap|"
    r"it|this|svp|merci)\s*)+"
)
"""The rest of a "+1" that only asks again ("same here. please do the needful")."""
_ECHO_REST = re.compile(
    rf"(?:{_NOT_EITHER_FR}"
    r"|je (?:voudrais|veux|souhaite|voulais) (?:bien )?(?:adherer|m'inscrire|participer|reserver|y acceder)(?: aussi)?"
    r"|(?:je n'ai|j'ai|j'ai toujours|je n'ai toujours) rien vu passer(?: non plus)?"
    rf"|pour {THE_FR}{THING_FR}\b[\w' -]{{0,50}})$"
)
"""The rest of a "+1" in French that says the same lack or wish, or names the thing asked ("+1, rien reçu non plus",
"+1, je voudrais adhérer aussi", "je me pose la même question, je n'ai rien vu passer", "+1 pour le replay de la
séance gouvernance")."""
_OWN_CASE_FR = re.compile(
    r"(?:(?:moi aussi|aussi|ici|pour moi|chez moi|de mon cote|qu'?[a-z][\w-]+)\s+)*"
    r"(?:je |j'|j |on |nous |pas |rien |ca m'interesse|ca nous interesse|interessee?s?\b|surtout |"
    r"et (?:le|la|les|l')\b|il n'y a|il y a|y a |y'a |il dit|ca (?:ne )?marche pas|il me (?:dit|met|demande)|"
    r"ca (?:fait|me met|m'affiche|renvoie)|erreur|page |mot de passe|sur (?:mobile|mon tel|l'appli)|"
    r"en deplacement|toujours (?:rien|pas)|la page|le lien|(?:svp|stp)\b|"
    r"(?:ce|ca) serait (?:utile|pratique|plus simple|top|bien)\b|ca (?:m'|nous )aiderait\b|"
    r"si (?:quelqu'un|qqn|y a|il y a)\b|"
    rf"pour {THE_FR}{THING_FR}\b)"
)
"""The rest of a French "+1" that says the member's own case: what they lack or cannot open, why they missed it,
what they wish ("+1, je n'ai pas pu venir", "pareil, erreur 404 chez moi", "+1 surtout la table ronde")."""
_NOT_ASKING_FR = re.compile(
    r"\b(?:idees?|propositions?|d'accord|bravo|votes?|vote|soutiens|valide|adore|felicitations|"
    r"je (?:serai|serais|suis) (?:la|partante?|dispo|present)|je viens\b|je viendrai|on (?:vient|viendra|sera la)\b|"
    r"(?:je suis |on est )?inscrite?s?\b(?! (?:sur|a la|au|a l') )|merci (?!d'avance)|pas lue?s?\b)"
)
"""In the rest of a "+1", what says it agrees with an idea, comes to the event or has not read a thing ("moi non plus
je ne l'ai pas lu"): no request, whatever else it says."""
_FOUND_SINCE = re.compile(r"\b(?:j'ai trouve|on a trouve|c'est bon|ca marche(?! pas)|resolu)\b")
"""In the rest of a "+1", the link found since ("pareil, j'ai trouvé merci"): it asks nothing."""
_SAME_TROUBLE = re.compile(r"(?:@[\w.-]+\s*)*(?:same (?:issue|problem)|meme probleme|moi aussi,? (?:je|j'))\b")
"""A longer "+1" that says the asker has the same trouble, then shows it."""


_INTERESTED = re.compile(
    rf"{AGREEMENT_LEAD}"
    r"(?:i (?:would|'d|am|'m) (?:also |very |really )?(?:be )?(?:also |very |really )?interested in "
    r"(?:this|that|it|the same)(?:,? too|,? as well)?|je suis (?:aussi )?interessee? (?:aussi|par (?:ca|cela))?|"
    r"(?:je suis |moi aussi,? je suis )?(?:aussi |egalement )?preneu(?:r|se)s?(?: aussi| egalement)?|"
    r"(?:(?:bonne question,? )?moi aussi,? )?(?:ca|cela) m'interesse(?: aussi| egalement)?)"
    r"\s*(?:[.!]|[\u2600-\u27bf\U0001f300-\U0001faff\s]*$)"
)
"""A post opening on "I would be interested in this, too." ("je suis preneuse aussi", "ça m'intéresse aussi"): the
request above, asked again, whatever follows."""


@lru_cache(maxsize=ANALYSED)
def is_agreement(text: str) -> bool:
    """A short "+1" / "pareil" / "same here": it counts only right after a request."""
    folded = normalise(fold(text)).strip()
    if len(folded) <= 400 and _INTERESTED.match(folded):
        return True
    if len(folded) > 200:
        return False
    m = _AGREEMENT.match(folded)
    if not m:
        return len(folded) <= 100 and bool(_ECHO.match(folded))
    rest = re.sub(r"@[\w.-]+|\b(?:sir|madam|maam|monsieur|madame)\b", " ", m.group("rest"))
    rest = re.sub(r"[^\w\s']", " ", rest).strip()
    if _FOUND_SINCE.search(rest):
        return False
    if (
        len(rest) <= 15
        or _ROLL.fullmatch(rest)
        or _PLEA_REST.fullmatch(rest)
        or re.search(r"\b(liens?|links?|url|trouve\w*(?! qu)|find|see|vois)\b", rest)
        or _ECHO_REST.match(rest)
    ):
        return len(folded) <= 80
    if len(folded) <= 140 and _OWN_CASE_FR.match(rest) and not _NOT_ASKING_FR.search(rest):
        return True
    return bool(_SAME_TROUBLE.match(folded)) and not NOT_A_LINK.search(rest)


_A_MAIL = re.compile(rf"\b{MAIL_WORD}\b")


def names_mail(text: str) -> bool:
    """The post names a mail ("did not get the exam mail", "pas reçu le courriel"): a request for what a mail
    brings."""
    return _A_MAIL.search(fold(text)) is not None


MAIL_POST = 200
"""Characters a post saying a mail did not come holds at most: a longer one explains something else (how the
mail system failed, say)."""
_MAIL_NOT_COME = re.compile(
    r"(?:\b(?:not|never|yet to|didnt|havent|pas|jamais)|n't) (?:yet |still |even |either |also )?"
    r"(?:receive|recieve|received|recieved|recived|get|got|getting|recu) "
    rf"(?:(?:the |an? |any |my |that |this |le |la |les |de |d'|aucun )?(?:[\w'-]+ ){{0,6}}?{MAIL_WORD}\b|anything\b)"
    rf"|\b(?:not|no) any {MAIL_WORD}\b|\bno {MAIL_WORD} (?:yet|received|for me)\b"
    rf"|\b(?:please|pls|plz|kindly|(?:can|could|would) (?:you|u)(?: please| kindly)?(?: ask [\w ]{{0,20}}?to)?) "
    rf"(?:re-?send|send) (?:us |me |them |the )?(?:the )?{MAIL_WORD}(?: again| once more)?\b|\bplease resend\b"
    # French: "pas de mail reçu", "rien reçu", "le mail n'est jamais arrivé", "je ne l'ai pas reçu", "rien dans mes
    # spams", "pouvez-vous le renvoyer ?"
    rf"|(?<!y a )(?<!y aura )(?<!y avait )\b(?:toujours |encore )?(?:pas|aucun) (?:de |d')?{MAIL_WORD}\b"
    r"(?! (?:a|pour) (?:ceux|celles|les|tous)\b)"
    r"|\brien (?:recu|eu|du tout|pour moi|de mon cote|dans (?:mes|les|ma) (?:spams?|indesirables|boite))\b"
    rf"|\b{MAIL_WORD} (?:ne m'est|n'est|n'a) {NOT_YET_FR}(?:arrive|parvenu|venu)\b"
    rf"|\b(?:je |on |nous )?(?:ne )?l'(?:ai|a|avons) {NOT_YET_FR}"
    r"(?:recue?\b|(?=(?:non plus)?\s*(?:[.!,]|$)))"
    rf"|\b{PLEASE_FR} (?:me |nous )?(?:(?:le |la |l')(?:renvoyer|re-?envoyer)|(?:renvoyer|re-?envoyer) "
    rf"(?:le |la |l'|les )?(?:{MAIL_WORD}|invitations?))\b"
)
"""A mail said not to have come, or asked to be sent again ("I also did not get any mail", "can you ask the team to
send the mails again"), whatever it is for; not staff saying they will have it sent again."""

_FOR_OTHERS = re.compile(
    r"\b(?:if|in case|incase|those who|whoever|anyone who|students who|people who|for those|has anyone|have anyone|"
    r"did anyone|anybody|anyone else|si (?:vous|tu|on|quelqu'un)|quelqu'un|ceux qui|celles qui)\b[^,:;?]{0,40}$"
)
"""Before the mail said not come: a condition or the people it is for ("if you did not get the mail, check your
spam"), or a question to others: advice or a count, not one's own mail asked again."""
_CAME_SINCE = re.compile(
    r"\b(?:came|arrived|got it|found (?:it|them|the link)|(?:it's|its|it is) (?:fine|ok|okay|there)|"
    r"arrivee?|je l'ai (?:bien )?recue?|c'est bon|(?:suis|nous sommes) inscrite?s?|je l'ai trouvee?|"
    r"pas grave|no (?:issue|problem)|(?:could|can|was able to|am able to|managed to) (?:open|access|see|join|attempt|"
    r"take))\b"
)
"""After it: the mail said to have come since, or the thing found another way ("but it came after 2 days", "mais je
me suis inscrite sur le site", "but I could open the quiz from the dashboard")."""


_PATIENCE = re.compile(
    r"\b(?:be patient|(?:\bis|\bare|'s|\bits|\bthats) (?:very |quite |pretty |so |totally )?(?:common|normal|usual|"
    r"expected)|(?<!will )(?<!i'll )(?<!to )wait (?:a|one|another|\d+) (?:days?|hours?|while)|"
    r"nothing (?:to worry|new|unusual)|happens (?:often|every|always|to (?:everyone|all|many|most))|"
    r"(?:don't|dont|do not) worry|no need to (?:worry|panic)|just wait|c'est (?:normal|courant|frequent)|"
    r"pas de panique|ne vous inquietez pas|soyez patients?|patientez)\b(?![^.!?\n]*\?)"
)
"""Telling those waiting that a mail late is usual ("not receiving the mail is common, be patient", "that's common,
wait a day"): advice, not one's own mail asked again; asking whether it is normal still is."""


@lru_cache(maxsize=ANALYSED)
def mail_not_come(text: str) -> bool:
    """The post says a mail did not come or asks for it again: after a request for what a mail brings (the
    quiz invitation, the review assignment), it asks for that mail too, however little it names; one saying
    the mail came asks nothing."""
    folded = re.sub(r"[\u2026\s.]+", " ", normalise(fold(text)))
    if len(folded) > MAIL_POST:
        return False
    rest = after_solved(folded)
    said = _MAIL_NOT_COME.search(rest)
    return (
        said is not None
        and not _FOR_OTHERS.search(rest, 0, said.start())
        and not _CAME_SINCE.search(rest, said.end())
        and not _PATIENCE.search(rest)
    )
