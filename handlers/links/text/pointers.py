"""Phrases that point at a link ("cliquez ici", "register here"): an announcement that forgot its link."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.text import ANALYSED, fold_same_length
from handlers.links.text.words import sentence_of
from handlers.meetings.dates import WEEKDAYS_FR

_ONLINE_FORM_WORD = r"(?:formulaire|framaforms|framadate|helloasso|billetterie|questionnaire|doodle|pad)"
_ONLINE_FORM = rf"(?:le |ce |notre |l'|la |cette |un )?(?:{_ONLINE_FORM_WORD}|lien)(?: en ligne)?\b(?! papier)"
"""What one registers or answers through online, which only a link reaches ("via le formulaire", "sur helloasso")."""
_NOT_HELP = r"(?<!help )(?<!support )(?<!advice )(?<!assistance )(?<!people )(?<!aide )(?<!soutien )"
"""Help or people "available here" are on the forum itself ("there's lots of help available here"), not behind a
link the post forgot."""
_CLICK = r"(?<!\bje )(?<!\bj'ai )(?<!\bon )(?<!\bil )(?<!\belle )\b(?:cliquez|cliquer|cliquant|clique) "
"""A call to click, not a member's trouble ("quand je clique sur le lien j'arrive sur une page d'erreur")."""
_POINTER_PATTERNS = [
    r"ci-?dessous,? (?:le |les |un |votre )?(?:liens?|formulaire|inscriptions?|acces)\b[^.!?\n:]{0,50}",
    r"\b(?:le |les |un )?liens? (?:[^.!?\n]{0,40} )?ci-?dessous",
    r"\b(?:le |la |les )?(?:replay|enregistrement|video|slides|diapos?|diaporama|supports?|compte[- ]rendu)s?\b"
    r"[^.!?\n:]{0,30}? ci-?dessous\b",
    r"\b(?:inscriptions?|inscrivez-vous|s'inscrire)\b[^.!?\n]{0,30}?\b(?:c'est|ca se passe|ca se fait) (?:par )?ici\b",
    rf"\b{_ONLINE_FORM_WORD}(?: d'inscription)? ci-?dessous\b",
    r"\b(?:le |les )?liens? (?:est|sont) (?:dans ce (?:message|post)|ci-joints?)\b",
    r"\bliens? (?:plus bas|en bas|ci-apres)\b",
    r"\b(?:replay|enregistrement|video|slides|diapos?|diaporama|supports?|formulaire)\s*:\s*(?:voir |c'est )?"
    r"(?:ci-?dessous|en dessous|plus bas)\b",
    r"\ba (?:lire|consulter|remplir|signer|telecharger)\b[^.!?\n]{0,20}? (?:via|sur|avec|par) ce lien\b",
    r"\bici ?(?:\U0001f449|\u27a1\ufe0f?|\u2192)[ \t]*(?=\n|$)",
    # "cliquez ici"
    rf"{_CLICK}(?:ici|sur ce lien)",
    r"\baccessibles? (?:en cliquant )?(?:ici|via ce lien|sur ce lien|a ce lien|par ici)",
    rf"\b{_NOT_HELP}(?:disponibles?|dispo|en ligne|consultables?) (?:ici|via ce lien|sur ce lien|a ce lien|par ici)",
    # giving it here, or again
    r"\b(?:je |on )?(?:vous |te )?(?:mets|colle|partage|poste|donne|laisse|remets|repartage|reposte|redonne) "
    r"(?:le |les |un |mon )?liens?\b(?: [^.!?\n]{0,30}?)? (?:ici|ci-?dessous|(?:juste )?(?:en )?dessous)\b"
    r"|\b(?:je |on )(?:vous |te )?(?:remets|repartage|reposte|redonne) (?:le |les )liens?\b(?! (?:dans|sur|a|au)\b)",
    r"\b(?:le |les )?liens? (?:est|sont) ici\b",
    r"\b(?:retrouvez|trouvez|consultez|regardez|revoyez) (?:le |la |les |l')?[^.!?\n]{0,40}? ici\b",
    r"\b(?:voici|voila) (?:le |les |un )liens?\b(?! (?:entre|avec|social))",
    r"\bliens?\b[^.!?\n]{0,60}?,? (?:le|les) (?:voici|voila)\b",  # "nouveau lien (l'ancien a été supprimé), le voici :"
    r"\b(?:le |les )?liens? d'(?:inscription|acces)(?: (?:a|au|pour) [^.!?\n:]{0,40})? ?(?::|ici|est ici|"
    r"est le suivant|se trouve ici)",
    r"\b(?:le |les )?liens? (?:de|vers|pour) (?:la |l'|le )?(?:visio\w*|reunion|connexion|participer|rejoindre|"
    r"s'inscrire|formulaire|zoom|replay)(?: [^.!?\n:]{0,40})? ?(?::|ici|est ici)",
    r"\binscri(?:vez-vous|ptions?|re) (?:ici|via ce lien|sur ce lien|par ici|en cliquant)",
    # "Le compte-rendu est ici :", then nothing: what a meeting left, pointed at
    r"\b(?:le |la |les )?(?:compte[- ]rendu|cr|replay|enregistrement|diaporama|slides|diapos?|supports?|documents?)"
    r" (?:est|sont) (?:ici|la|dispo(?:nible)?s? ici)\s*:",
    rf"\b(?:register|sign up|signup|rsvp|join us|join|read more|{_NOT_HELP}(?:available|accessible)) here\b"
    r"(?=\s*(?:[:.!\n]|$))",
    r"\b(?:the |a )?links? (?:is |are )?(?:given |shared |posted |attached |added )?below\b",
    r"\bhere(?:'s| is| are) (?:the |a |your )links?\b",
    r"\bclick here\b",
    r"\bclick (?:on )?(?:the|this) link below\b",
    r"\b(?:registration|meeting|zoom|signup|sign-up) link ?:",
    # registering or answering through an online form, unless the post says another way (`_OTHER_WAY`)
    rf"\b(?:inscriptions? (?:obligatoires? |gratuites? |ouvertes? )?(?:se font |se fait |c'est )?|"
    rf"(?:inscri(?:vez|s)[- ](?:vous|toi)|reponde?z|remplisse?z|votez|merci de (?:repondre|remplir|voter|completer)|"
    rf"pour (?:s'inscrire|vous inscrire|voter|repondre)) )(?:via|sur|avec|par|au|a) {_ONLINE_FORM}",
    rf"\b(?:remplisse?z|completez|merci de (?:remplir|completer)|pensez a (?:remplir|completer)) {_ONLINE_FORM}",
]
_ENDS_ON_COLON = re.compile(
    rf"\b(?:liens?|inscriptions?|s'inscrire|{_ONLINE_FORM_WORD}|visio|replay|enregistrement|ici)\b[^.!?\n:]{{0,30}}?\s*:$"
)
"""The clause a post ends on, a colon after what a link is for ("Inscription sur helloasso :")."""
CLAUSE = 200
"""The longest last clause read for it: an announcement's line, not a whole post without a stop."""
_CALL = re.compile(
    r"\b(?:inscri(?:vez|s)[- ](?:vous|toi)|(?:pensez|pense) a (?:vous |t')inscrire|n'oubliez pas de vous inscrire|"
    r"merci de vous inscrire)\b"
)
"""A bare call to register ("inscrivez-vous !"): in a post announcing an event (`_EVENT`), a link serves it."""
_EVENT = re.compile(
    r"\b(?:visio\w*|ateliers?|rencontres?|webinaires?|reunions?|formations?|conferences?|evenements?|soirees?|"
    rf"journees?|seminaires?|ag|assemblees?|{'|'.join(WEEKDAYS_FR)}|demain|"
    r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|\d{1,2} ?h(?:\d\d)?)\b"
)
_POINTER = [re.compile(p) for p in _POINTER_PATTERNS]
_CLICK_THE_LINK = re.compile(rf"{_CLICK}sur le lien")
""""Cliquez sur le lien": in a post opening a topic, the link it gives; further down, the one the announcement gave
("vous cliquez sur le lien et vous autorisez le micro")."""
_POINTER_WORDS = (
    "lien",
    "link",
    "here",
    "dessous",
    "cliqu",
    "accessible",
    "disponible",
    "inscri",
    "framadate",
    "questionnaire",
    "formulaire",
    "ici",
)
"""A word each pattern above needs, or the colon a post ends on: a text with none of them is not searched."""
_OTHER_WAY = re.compile(
    r"\b(?:par (?:e-?mail|mail|courriel|telephone|tel|sms|retour)|aupres d\w*|en (?:repondant|commentaire|"
    r"reponse (?:a|ici|dans|sous) (?:ce|cet|ici|le)|(?:m'|nous )?ecrivant a|envoyant un)|sur place|a l'accueil|"
    r"dans (?:les commentaires|ce fil|ce sujet)|papier)\b|\w@\w"
)
"""Another way to register said in the pointer's sentence ("inscrivez-vous par mail", "en répondant à ce
message", a mail address, someone to see): no link is promised."""
_LATER = re.compile(
    r"\b(?:liens?|links?|urls?)\b[^.!?\n]{0,50}?(?:\b(?:suivra|suivront|viendra|bientot|prochainement|"
    r"ulterieurement|plus tard|to follow|will follow|coming soon|soon|later)\b|\ba venir\b|"
    r"\b(?:sera|seront|will be) (?:\w+ )?(?:envoyee?s?|partagee?s?|communiquee?s?|transmise?s?|donnee?s?|postee?s?|"
    r"publiee?s?|ajoutee?s?|mise?s?|diffusee?s?|disponibles?|sent|shared|posted|added|given|available|e?mailed)\b)"
    r"|\b(?:je|on|nous)(?: vous| te)?(?: (?:vais|va|allons)(?: vous| te)?)? (?:enverr\w*|partager\w*|mettr\w*|"
    r"posterai\w*|communiquer\w*|donner\w*|transmettr\w*|ajouter\w*)\b[^.!?\n]{0,20}?\bliens?\b"
    r"|\b(?:will|'ll|shall) (?:send|share|post|add|give|put)\b[^.!?\n]{0,30}?\blinks?\b"
    r"|\b(?:je|on|nous)(?: vous| te)? (?:mets|mettons|poste|postons|partage|partageons|envoie|envoyons|donne|donnons) "
    r"(?:le |les |un )?liens?\b[^.!?\n]{0,20}?\b(?:avant|apres|demain|plus tard|bientot|la veille|le jour (?:meme|j)|"
    r"(?:ce|jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche) (?:soir|matin))\b"
)
"""The post says its link is to come ("le lien suivra", "lien à venir", "le lien sera partagé ici jeudi",
"je vous enverrai le lien", "je mets le lien ici avant", "the TAs will post the links below"): its author knows
it is not there yet."""
_REMOVED = re.compile(
    r"\b(?:links?|urls?|liens?)\b(?:(?!\b(?:l'ancien|l'ancienne|ancien|ancienne|old|previous)\b)[^.!?\n]){0,30}?"
    r"\b(?:removed|deleted|taken down|redacted|supprimee?s?|retiree?s?|enlevee?s?)\b"
    r"|\b(?:removed|deleted) (?:the |my |this |that )?(?:links?|urls?)\b"
)
"""The author says the link was taken out on purpose ("link removed, see updated link below", "link removed as
the data set might hold patient data"): nothing was forgotten, and asking for it back may undo a removal. Not the
old one removed ("nouveau lien (l'ancien salon a été supprimé), le voici :")."""
_ELSEWHERE = re.compile(
    r"\b(?:liens?|links?|formulaires?|inscri\w*)\b[^.!?\n]{0,40}?(?:\b(?:ci-?dessus|plus haut|"
    r"(?:message|post) precedent|(?:dans le|du|au|sur le) (?:premier|precedent|dernier) (?:message|post)|"
    r"(?:dans|de|sur) (?:mon|son|ton) (?:premier |1er |dernier )?(?:message|post|annonce)|"
    r"juste au-dessus|en haut du (?:fil|sujet)|above|in the (?:first|previous) post|"
    r"(?:que|qu')\s?@?[\w.-]+ (?:a|avait) (?:mis|donne|poste|partage|envoye|colle|transmis)|"
    r"(?:donne|poste|partage|mis|envoye|transmis) par @?[\w.-]+)\b|"
    r"\((?:voir |cf\.? )?(?:le )?(?:premier|1er) (?:message|post)\))|"
    r"\b(?:liens?|links?)\b[^.!?\n]{0,15}?\b(?:dans|sur) (?:la |le |l'|notre |votre )?(?:lettre d'info\w*|"
    r"lettre d'information|newsletter|infolettre)\b"
)
"""The post says its link is in an earlier post ("le lien du premier message", "plus haut", "inscris-toi sur
HelloAsso (premier message)", "clique sur le lien Signal dans mon message", "Inscription sur le lien que Samuel a
mis", "le lien donné par Alice"), or in a newsletter ("lien dans la lettre d'info de mai"): nothing forgotten."""


@lru_cache(maxsize=ANALYSED)
def pointer_phrase(text: str, opening: bool = True) -> str | None:
    """The words that point at a link ("accessibles ici", "register here"), as written. A bare call to register
    ("inscrivez-vous !") or to click "sur le lien" points at one only in a post opening a topic (`opening`): further
    down, it recalls the link the announcement gave."""
    folded = fold_same_length(text)
    if not any(w in folded for w in _POINTER_WORDS) and not folded.rstrip().endswith(":"):
        return None
    best = _ending_on_colon(folded)
    calls = (([_CALL] if _EVENT.search(folded) else []) + [_CLICK_THE_LINK]) if opening else []
    for p in _POINTER + calls:
        m = p.search(folded)
        if m and (best is None or m.start() < best[0]) and not _OTHER_WAY.search(sentence_of(folded, m)):
            best = (m.start(), m.end())
    if best is None:
        return None
    return text[best[0] : best[1]].strip(" :,")


def _ending_on_colon(folded: str) -> tuple[int, int] | None:
    """Where the clause a post ends on lies, when it ends on a colon after what a link is for."""
    end = len(folded.rstrip())
    if not folded.endswith(":", 0, end):
        return None
    start = max(folded.rfind(c, 0, end - 1) for c in ".!?\n:") + 1
    if end - start > CLAUSE or not _ENDS_ON_COLON.search(folded, start, end):
        return None
    return start + len(folded[start:end]) - len(folded[start:end].lstrip()), end


_DRAFT = re.compile(
    r"\b(?:(?:the|my|a|this) (?:first )?draft|draft (?:text|version|message|letter|wording)|(?:following|proposed) "
    r"(?:text|wording|message)|template|brouillon|projet de (?:texte|message|courrier)|proposition de texte|"
    r"modele de (?:texte|message|courrier))\b[^\n]{0,60}:"
)
"""A post that presents a text for others to read over ("The following text is the draft:", "voici le brouillon
:"): a "code available here" inside it is the draft's, its link to come with the published text."""


_POINTS_BACK = re.compile(
    r"\b(?:it'?s|it is|its|c'est|c est|est|is|are|sont)\b(?:(?! not\b| pas\b)[^.!?\n]){0,25}?"
    r"\b(?:in the (?:first|1st|top|opening|original) post|(?:right )?above|dans le (?:premier|1er) (?:message|post)|"
    r"plus haut|tout en haut|en haut (?:du|de la) (?:fil|sujet|page)|dans l'annonce|in the announcement)\b"
    r"|\bscroll(?:ing)? up\b|\b(?:see|check|voir|regarde[zr]?) (?:the |le )?(?:first|1st|top|premier|1er) "
    r"(?:post|message)\b"
)
"""A member pointing back at the link ("le lien est dans le premier message, tout en haut", "it's in the first post",
"scroll up"): an answer."""


_NOT = re.compile(r"\b(?:not|no|n't|pas|aucun|rien)\b")
"""A negation inside a pointing back ("the link is not in the first post"): it points at nothing."""


def points_back(text: str) -> bool:
    """The post says the link is in an earlier post (`_POINTS_BACK`, `_ELSEWHERE`), not that it is not there ("the link
    is not in the first post"): someone has answered."""
    folded = fold_same_length(text)
    return any(not _NOT.search(m.group(0)) for p in (_POINTS_BACK, _ELSEWHERE) for m in p.finditer(folded))


def link_to_come(text: str) -> str | None:
    """The sentence in which the post says its link is to come ("lien à venir", "the link will be shared an hour
    before"), folded; None when it says none is."""
    folded = fold_same_length(text)
    m = _LATER.search(folded)
    return sentence_of(folded, m) if m else None


def link_not_here(text: str) -> bool:
    """The post says its link will follow, is in an earlier post or was removed, or presents a draft whose pointers
    are the draft's: pointing at it, it has forgotten nothing."""
    folded = fold_same_length(text)
    return bool(_LATER.search(folded) or _ELSEWHERE.search(folded) or _REMOVED.search(folded) or _DRAFT.search(folded))
