"""French asks the tables missed: connecting "pour l'AG", the link of a named service asked again ("c'était quoi le
lien helloasso déjà ?"), which form to use; and a link the asker says they cannot write in ("il est en lecture
seule") is no answer to them."""

from __future__ import annotations

import pytest

from handlers.links.bursts import sentence_kinds
from handlers.links.text import is_request
from tests.handlers.links.test_links_asks import Thread, scribe_says


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Bonsoir, on se connecte comment demain pour l'AG ? Je suis en déplacement", "meeting"),
        ("On se connecte comment pour le déjeuner ? j'ai raté le mail", "meeting"),
        ("c'était quoi le lien helloasso déjà ? je voudrais inscrire un bénévole", "registration"),
        ("Il reste de la place ? J'aimerais inscrire une collègue, c'est quel formulaire ?", "registration"),
        ("je suivrai à distance, je m'inscris sur quel formulaire ?", "registration"),
    ],
)
def test_asks_with_their_purpose_are_read(text: str, kind: str) -> None:
    assert is_request(text)
    assert kind in sentence_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "On se connecte comment à la box internet du local ?",
        "C'est quel formulaire qui vous a posé problème l'an dernier, que je le refasse ?",
    ],
)
def test_look_alikes_ask_for_no_link(text: str) -> None:
    assert not is_request(text)


async def test_a_link_said_read_only_is_not_given_back(make_sandbox, make_engine) -> None:
    sheet = "https://cloud.labascule.example/s/permanences-decembre"
    thread: Thread = (
        "fr",
        "Planning des permanences de décembre",
        [
            ("agnes_r", f"Le planning des permanences de décembre est prêt, inscrivez-vous sur le tableau : {sheet}"),
            ("fabien_c", "Je n'arrive pas à modifier le tableau, il est en lecture seule. Tu peux mettre un lien ?"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert not any(sheet in raw for raw in said)
