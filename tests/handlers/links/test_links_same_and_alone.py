"""French asks of this time's link by last time's ("Le lien de ce soir, c'est le même que la semaine dernière ?"), of
a member alone in the call's room ("je suis sur Jitsi et il n'y a personne"), of a thing lost ("je ne retrouve plus la
salle", "je remets pas la main sur la vidéo"); and look-alikes about cakes, keys, a desk."""

from __future__ import annotations

import pytest

from handlers.links.text import is_request


@pytest.mark.parametrize(
    "text",
    [
        "Le lien de ce soir, c'est le même que la semaine dernière ?",
        "C'est bien la même adresse que le mois dernier ? Je l'ai perdue",
        "Pour l'atelier, c'est toujours le même lien qu'en janvier ?",
        "Je suis sur Jitsi depuis 10 minutes et il n'y a personne, vous êtes où ?",
        "J'ouvre la salle Zoom et je suis toute seule 😅",
        "Je ne retrouve plus la salle, quelqu'un peut la remettre ?",
        "Je remets pas la main sur le replay de la formation, vous l'avez ?",
        "Où est-ce qu'on trouve les comptes 2025 ?",
    ],
)
def test_this_times_link_or_a_lost_one_is_asked_for(text: str) -> None:
    assert is_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "C'est le même que l'an dernier, le gâteau ?",
        "C'est le même lien helloasso que les visiteurs ou il y a un tableau à part ?",
        "Je suis sur place et il n'y a personne à l'accueil",
        "Je suis toute seule à ranger la salle ce soir",
        "Je ne retrouve plus mes clés, quelqu'un les a vues ?",
    ],
)
def test_look_alikes_ask_for_no_link(text: str) -> None:
    assert not is_request(text)
