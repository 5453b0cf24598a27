"""An announcement saying its link goes another way than the forum ("Le lien est réservé aux adhérent·es : il est dans
la lettre d'info") forgot nothing; "le formulaire pour l'atelier couture n'apparaît pas dans ton message" asks for
the form its addressee forgot; so do "+1 je suis en retard, le lien ?" and "Dispo le replay ?"; "le replay n'est pas
terrible" asks for nothing."""

from __future__ import annotations

import pytest

from bot.sandbox.cook import cook
from handlers.links.forgotten import forgotten_link
from handlers.links.text import is_request
from tests.handler_kit import make_post


@pytest.mark.parametrize(
    ("raw", "phrase"),
    [
        (
            "**AG extraordinaire** mardi 12 janvier à 19h en visio.\n\nLe lien de la visio est **réservé aux "
            "adhérent·es** : il est dans la lettre d'info de la semaine. Pas de lien public ici.",
            None,
        ),
        (
            "**Conseil d'administration** jeudi 4 février à 18h en visio. Le lien sera envoyé par mail aux inscrits :",
            None,
        ),
        # the guards: a link pointed at below and not there, its sign-up sent by mail or not
        ("**AG extraordinaire** mardi 12 janvier à 19h en visio.\n\nLe lien est ci-dessous :", "ci-dessous"),
        (
            "**Atelier compost** samedi 9 mai à 10h. Inscription ici :\n\nLe compte-rendu sera envoyé par mail aux "
            "inscrits.",
            "Inscription ici",
        ),
    ],
)
def test_a_link_kept_private_is_not_forgotten(raw: str, phrase: str | None) -> None:
    post = make_post(1, "corentin_l", raw, cooked=cook(raw))
    found = forgotten_link(post)
    assert found == phrase if phrase is None else (found is not None and phrase in found)


@pytest.mark.parametrize(
    "text",
    [
        "Coucou Loïc, le formulaire pour l'atelier couture n'apparaît pas dans ton message",
        "Le formulaire n'apparaît pas dans ton annonce",
        "le replay de la séance 2 n'est pas en ligne",
        "+1 je suis en retard, le lien ?",
        "Désolée du retard, le lien ?",
        "Dispo le replay ? j'ai raté le début",
        "En ligne, les diapos ?",
    ],
)
def test_a_link_missing_from_a_post(text: str) -> None:
    assert is_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "le replay n'est pas terrible, le son coupe tout le temps",
        "le replay de la séance n'est pas top mais ça dépanne",
        # the guards: their own work, not their post; a question about the link one has; the asker available
        "ton tableau n'est pas à jour dans ton message",
        "Sinon pour les parkings, le lien est le même ?",
        "Je suis dispo, le replay on le regarde ensemble ?",
    ],
)
def test_nothing_asked(text: str) -> None:
    assert not is_request(text)
