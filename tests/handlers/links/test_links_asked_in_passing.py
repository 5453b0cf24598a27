"""French asks the tables missed: connecting said of someone else or of those who are away ("il se connecte comment
samedi ?"), where to click or to join, an attachment that did not come through, where to find a document, asking to
have one; and an announcer saying the link they forgot is fixed asks for nothing."""

from __future__ import annotations

import pytest

from handlers.links.bursts import sentence_kinds
from handlers.links.text import is_request


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Un bénévole ne pourra pas venir, il se connecte comment jeudi ?", "meeting"),
        ("On se connecte comment pour ceux qui ne sont pas sur place ?", "meeting"),
        ("Je voulais prendre deux places mais je ne vois pas où cliquer", None),
        ("Bonsoir, je suis nouvelle dans le coin, c'est par où pour adhérer ?", "registration"),
        ("Coucou Marie, la PJ n'est pas passée je crois, il n'y a rien sous le message", None),
        ("Pareil, il n'y a pas de formulaire dans le message 🤷", "registration"),
        ("Nouvel adhérent ici, où est-ce qu'on trouve les contrats de légumes ?", "document"),
        ("Bonjour, on peut avoir le programme de la journée ? On hésite à venir", "document"),
    ],
)
def test_asks_in_passing_are_read(text: str, kind: str | None) -> None:
    assert is_request(text)
    if kind is not None:
        assert kind in sentence_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Où est-ce qu'on trouve les clés du local le dimanche ?",
        "On peut avoir le programme en version papier à l'accueil ?",
        "Il n'y a rien dans le message sur le parking ?",
        "J'ai signé mon contrat hier, merci !",
        "EDIT : j'avais oublié le lien, c'est corrigé, merci Chloé !",
        "Je passe par où pour aller au jardin depuis la gare ?",
    ],
)
def test_look_alikes_ask_for_no_link(text: str) -> None:
    assert not is_request(text)
