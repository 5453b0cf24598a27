"""An announcement giving one link and leaving another out ("Billetterie : <link>", then "bénévoles : inscrivez-vous
sur le tableau des créneaux ici :" and nothing): its author is told of the one missing, and a request that may be for
it is not answered with the other. A date poll is no registration form."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.models import Topic
from handlers.links.bursts import request_groups
from handlers.links.decision import decide
from handlers.links.forgotten import forgotten_link
from tests.handler_kit import make_post

T0 = datetime(2026, 5, 26, 8, 0, tzinfo=UTC)
TICKETS = "https://www.helloasso.com/associations/friche-du-sechoir/evenements/fete-de-la-friche-2026"
FETE = (
    "La fête de la Friche, c'est **samedi 20 juin** : marché l'après-midi, concert le soir.\n\n"
    f"Billetterie (prix libre) pour le concert : {TICKETS}\n\n"
    "On cherche aussi des bénévoles pour le bar : inscrivez-vous sur le tableau des créneaux ici :\n\n"
    "Merci d'avance 💛"
)


def _topic(opening: str, *replies: tuple[str, str]) -> Topic:
    posts = [make_post(1, "laure_b", opening, created_at=T0)]
    for n, (author, words) in enumerate(replies, start=2):
        posts.append(make_post(n, author, words, created_at=T0 + timedelta(days=n)))
    return Topic(id=1, title="Fête de la Friche", posts=tuple(posts), created_by="laure_b")


def test_a_link_left_out_beside_another_is_flagged() -> None:
    assert forgotten_link(make_post(1, "laure_b", FETE, created_at=T0)) is not None


@pytest.mark.parametrize(
    "opening",
    [
        "Repair café **samedi 6 septembre 14h-18h** ! Réparateurs, inscriptions [ici](https://framaforms.org/rep) 🔧",
        "Le cycle reprend, le jeudi de 18h à 20h en visio :\n- **15 janvier** : sociocratie\n\n"
        "Lien pour les séances : https://visio.example.org/b/gouv",
        "Billetterie : https://www.helloasso.com/x\n\nInscriptions des bénévoles ici :\nhttps://framaforms.org/benevoles",
    ],
)
def test_links_given_on_their_line_or_the_next_are_not_left_out(opening: str) -> None:
    assert forgotten_link(make_post(1, "orga", opening, created_at=T0)) is None


def test_a_request_that_may_be_for_the_link_left_out_is_not_answered_with_the_other() -> None:
    topic = _topic(FETE, ("hugo_b", "Je veux bien filer un coup de main au bar, je m'inscris où ?"))
    [group] = request_groups(topic, "scribe", order="DMY")
    decision = decide(topic, group, "scribe", [])
    assert decision.action == "silent" and decision.why is not None and decision.why.key == "forgotten_beside"


def test_a_poll_asked_is_not_answered_with_a_form() -> None:
    opening = (
        "Atelier compost le **samedi 21 mars à 10h**, 12 places. "
        "Inscription sur ce formulaire : https://framaforms.org/atelier-compost-1772971200"
    )
    topic = _topic(opening, ("hamid_c", "Je trouve plus le lien du sondage pour la fête, vous pouvez le remettre ?"))
    [group] = request_groups(topic, "scribe", order="DMY")
    decision = decide(topic, group, "scribe", [])
    assert decision.action != "answer"
    registration = _topic(
        opening, ("hamid_c", "Je trouve plus le lien pour s'inscrire au compost, vous pouvez le remettre ?")
    )
    [asked] = request_groups(registration, "scribe", order="DMY")
    answered = decide(registration, asked, "scribe", [])
    assert answered.action == "answer" and answered.found is not None and "framaforms" in answered.found.url


def test_a_link_the_forum_cooked_into_an_embed_is_not_left_out() -> None:
    video = "https://www.youtube.com/watch?v=QQ9kFT8XhtA"
    raw = f"Tickets: https://www.helloasso.com/x\n\nA short video is available here:\n\n{video}"
    cooked = (
        '<p>Tickets: <a href="https://www.helloasso.com/x">https://www.helloasso.com/x</a></p>\n'
        '<p>A short video is available here:</p>\n<div class="lazyYT" data-youtube-id="QQ9kFT8XhtA"></div>'
    )
    assert forgotten_link(make_post(1, "orga", raw, created_at=T0, cooked=cooked)) is None
