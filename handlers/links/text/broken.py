"""A member saying in French that the link they have does not work ("Le lien ne marche pas chez moi, page
introuvable", "le lien framaforms renvoie une erreur 404", "le zoom marche pas"): what they ask for is a link that
works. scribe answers it only with a link given after the one they have (`answer.fitting`), or asks the announcer to
look at theirs. The English course forum's reports of a dead link ("the link has expired") stay out of the requests:
there the staff fix the page, and its labels read them as reports, not asks."""

from __future__ import annotations

import re

from bot.text import ADDRESS
from handlers.links.text.words import sentence_of

_HOLDER = (
    r"(?:liens?|url|formulaires?|zoom|jitsi|bbb|visio|salle|salon|discord|billetterie|questionnaire|sondage|"
    r"helloasso|framaforms|drive|dossier|partage|pad|replay|invitation|reglement|tableur|document|fichier)"
)
"""What a member clicks on and finds dead: a link or the thing it leads to."""
_PAPER = r"(?:programme|pdf|diapos?|diaporama|affiche|flyer|compte[- ]rendu)"
"""A paper a member opens, said not to open ("le programme ne s'ouvre pas chez moi")."""
_FAILS = re.compile(
    rf"\b(?:{_HOLDER}|{_PAPER})\b[^.!?\n]{{0,50}}?\b(?:ne |n')?(?:marche|fonctionne|s'ouvre|charge) (?:pas|plus)\b"
    rf"|\b{_HOLDER}\b[^.!?\n]{{0,40}}?\b(?:renvoie|me met|m'affiche|affiche|donne|me donne|"
    r"(?:mene|m'envoie) (?:a|sur|vers))\b[^.!?\n]{0,25}?"
    r"(?:erreur|404|50[023]|introuvable|page blanche|expire|n'existe (?:pas|plus))"
    r"|\b(?:page|salle|salon|formulaire|reunion|evenement|partage|invitation) (?:est )?(?:introuvable|indisponible|"
    r"invalide|expiree?)\b"
    rf"|\b{_HOLDER}\b[^.!?\n]{{0,30}}?\b(?:a|est) (?:expire|mort|casse|perime)\b"
    rf"|\b{_HOLDER}\b[^.!?\n]{{0,30}}?\b(?:me )?demande un mot de passe\b"
    rf"|\b(?:{_HOLDER}|page|reunion|evenement) n'existe (?:pas|plus)\b|\bacces refuse\b"
    r"|\berreur (?:404|50[023])\b"
    rf"|\b{_HOLDER}\b[^.!?\n]{{0,50}}?\b(?:ca |il |elle )?(?:tourne|charge|mouline) "
    r"(?:dans le vide|a l'infini|sans fin)\b"
)
"""A link said to fail, in a member's words, or the page it gives ("salle introuvable", "erreur 404", "cette page
n'existe pas", "accès refusé", "ce lien me demande un mot de passe", "je clique sur le lien et ça tourne dans le
vide": a link they cannot open)."""
_NOT_THEIRS = re.compile(
    r"\bsi (?:le |la |ce |l')?[^.!?\n]{0,30}?(?:(?:ne )?(?:marche|fonctionne|s'ouvre) pas|n'existe (?:pas|plus))\b"
    r"|\b(?:ca|tout) (?:re)?marche\b(?! (?:pas|plus|toujours pas|chez))|\bremarche\b|\bc'est bon\b"
    r"|\b(?:marche|fonctionne)(?:nt)? (?:bien )?(?:pour|chez) (?:vous|toi|les autres|quelqu'un)\b"
    r"|\bc'est (?:le|celui) (?:2e|deuxieme|second|nouveau|dernier|du bas)\b"
)
"""The failure said of a case to come ("si le lien ne marche pas, écrivez-moi"), solved since ("ça remarche"), asked
of the others ("Le lien marche pour vous ? moi ça me met « réunion introuvable »": they answer), or told to another
as the reason to take the newer link ("c'est le 2e lien dans le message du Tilleul, le premier marche plus")."""


_REPLACING = re.compile(
    r"\b(?:nouveau lien|le nouveau (?:est|ci-dessous|juste en dessous)|j'ai (?:du )?(?:recree|refait))\b"
)
"""Words of a writer giving a new link for the one that fails ("Nouveau lien ci-dessous", "j'ai dû recréer le
dossier"), not asking for it."""


def broken_sentence(folded: str) -> str | None:
    """The sentence in which a folded French post says the link its writer has fails, or None: not a post that
    gives a link itself (a replacement, "l'ancien ne marche plus, voici le nouveau : …"), nor one saying what to do
    if it fails or that it works again."""
    if ADDRESS.search(folded) or _NOT_THEIRS.search(folded):
        return None
    if _REPLACING.search(folded) and "?" not in folded:
        return None  # "l'ancien lien ne fonctionne plus. Nouveau lien ci-dessous 👇": its writer replaces it
    m = _FAILS.search(folded)
    return None if m is None else sentence_of(folded, m)
