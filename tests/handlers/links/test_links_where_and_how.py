"""French asks of where and how, said mid-sentence: "J'ai raté le début, le replay c'est où déjà ?", "c'est où le tuto
pour…", "c'est où qu'on réserve ?", "pour s'inscrire, c'est où ?", "on se connecte comment pour suivre à distance ?",
"…comment à la plénière ?"; and where a place, a room or a meal is, which no link answers."""

from __future__ import annotations

import pytest

from handlers.links.bursts import sentence_kinds
from handlers.links.text import is_request


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Je suis arrivée en retard, le replay c'est où déjà ?", "recording"),
        ("Merci Sonia, et le compte-rendu c'est où ?", "document"),
        ("Salut, c'est où le tuto pour installer Linux sur les vieux PC ?", "document"),
        ("Et pour le brunch, c'est où qu'on réserve ? Je ne vois que l'affiche.", "registration"),
        ("Pour s'inscrire à la formation, c'est où ?", "registration"),
        ("Je serai en déplacement, on se connecte comment pour suivre en visio ?", "meeting"),
        ("Pas dispo pour venir, on se connecte comment à la table ronde ?", "meeting"),
    ],
)
def test_where_and_how_asked_mid_sentence_is_a_request(text: str, kind: str) -> None:
    assert is_request(text)
    assert kind in sentence_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pour l'atelier de samedi, le lieu c'est où ?",
        "Bon, la salle c'est où déjà ?",
        "C'est où le repas ?",
        "C'est où qu'on se gare ?",
        "On se retrouve comment pour le covoiturage ?",
    ],
)
def test_where_a_place_is_asks_for_no_link(text: str) -> None:
    assert not is_request(text)
