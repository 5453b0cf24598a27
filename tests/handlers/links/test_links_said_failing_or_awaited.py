"""A link said to spin ("je clique sur le lien et ça tourne dans le vide"), a record asked in the future ("le
compte-rendu de la visio de jeudi, il sera où ?": awaited, so no link given before it is the answer), "pas moyen
d'avoir un lien pour suivre à distance ?", "c'est toujours le même lien ?"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.models import Topic
from handlers.links.bursts import request_groups
from handlers.links.decision import decide
from handlers.links.text import is_request
from tests.handler_kit import make_post


@pytest.mark.parametrize(
    "text",
    [
        "J'ouvre le lien de l'annonce et ça tourne dans le vide depuis 5 minutes",
        "Le compte-rendu de l'atelier de samedi, il sera où ?",
        "Et les notes de la réunion d'hier, elles seront où ?",
        "Je suis coincée à la maison, pas moyen d'avoir un lien pour suivre de chez moi ?",
        "Bonsoir ! C'est toujours le même lien ?",
    ],
)
def test_a_link_spinning_or_awaited_is_asked_for(text: str) -> None:
    assert is_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mon ordi tourne dans le vide depuis ce matin, je redémarre",
        "La réunion sera où ? À la salle des fêtes ?",
        "Pas moyen d'avoir une place de parking là-bas ?",
        "C'est le même lien que celui que j'ai envoyé hier, il marche.",
    ],
)
def test_look_alikes_ask_for_no_link(text: str) -> None:
    assert not is_request(text)


T0 = datetime(2025, 1, 27, 14, 0, tzinfo=UTC)
PAD = "https://pad.example.org/p/visio-reseau-fevrier"


def test_a_record_asked_in_the_future_is_not_the_pad_given_before() -> None:
    posts = (
        make_post(
            1,
            "camille_r",
            f"Visio mensuelle **jeudi 6 février 10h-11h30**.\n\nOrdre du jour + prise de notes : {PAD}\n"
            "Lien visio : https://visio.example.org/reseau-mensuelle",
            created_at=T0,
        ),
        make_post(
            2,
            "ines_c",
            "Merci pour la visio ! Le compte-rendu de jeudi il sera où ? j'aimerais le faire passer à mon CA",
            created_at=T0 + timedelta(days=14),
        ),
    )
    topic = Topic(id=1, title="Visio réseau – jeudi 6 février", posts=posts, created_by="camille_r")
    groups = request_groups(topic, "scribe", order="DMY")
    assert len(groups) == 1
    decision = decide(topic, groups[0], "scribe", [])
    assert decision.action != "answer"
