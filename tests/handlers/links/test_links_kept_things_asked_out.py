"""French asks for a kept thing said to be out ("les statuts votés, ils sont dispo quelque part ?", "elle est dispo
?"), had somewhere ("on l'a quelque part ?") or to be had ("on peut les avoir ?"), and for tonight's link ("c'est quoi
le lien ce soir déjà ?"); a final version asked is no draft's link."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from handlers.links.text import is_request
from tests.handler_kit import make_post
from tests.handlers.links.test_links_of_the_session_and_year_asked import decided


@pytest.mark.parametrize(
    "text",
    [
        "Les statuts tels qu'adoptés en mars (avec les retouches) sont dispo quelque part ?",
        "La version corrigée des statuts après le CA, elle est dispo ?",
        "et le rapport d'activité complet, on l'a quelque part ?",
        "Bravo pour la présentation ! et les diapos d'Odile, on peut les avoir ?",
        "c'est quoi le lien ce soir déjà ?",
    ],
)
def test_a_kept_thing_asked_out_is_a_request(text: str) -> None:
    assert is_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le contrat est dispo depuis lundi, pensez à le signer.",
        "la salle est dispo jeudi ?",
        "Le tableau des permanences est en ligne, merci Paul !",
        "Les statuts, on peut les modifier en AG extraordinaire ?",
    ],
)
def test_a_thing_said_out_or_another_question_is_no_request(text: str) -> None:
    assert not is_request(text)


def _final_asked(asks: str) -> str | None:
    posts = (
        make_post(
            1,
            "isabelle_f",
            "Le projet de statuts est prêt pour relecture :\n"
            "- version PDF : https://cloud.example.org/s/scic-projet-statuts-v3\n\n"
            "On en discute en visio lundi 13 juillet à 18h.",
            created_at=datetime(2026, 6, 22, 8, 0, tzinfo=UTC),
        ),
        make_post(2, "arnaud_s", asks, created_at=datetime(2026, 7, 16, 7, 0, tzinfo=UTC)),
    )
    return decided(posts, "Projet de statuts de la SCIC")[1]


def test_a_final_version_asked_is_no_drafts_link() -> None:
    assert _final_asked("La version finale des statuts après les modifs de lundi, elle est dispo ?") is None


def test_the_draft_asked_again_is_its_link() -> None:
    assert _final_asked("Le PDF des statuts, on peut l'avoir ?") == "https://cloud.example.org/s/scic-projet-statuts-v3"
