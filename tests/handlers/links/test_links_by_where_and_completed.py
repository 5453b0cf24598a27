"""French asks of where a thing is ("le tableau de covoit c'est par où ?", "y a un tableau covoit quelque part ?", "le
contrat, c'est où ?", "je voudrais donner procuration, c'est où ?"), a pad said not to exist; and the link an
announcer forgot, given in their very next post minutes later ("Le lien serait mieux 😅 <link>"), is the
announcement's own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.models import Topic
from handlers.links.bursts import request_groups
from handlers.links.decision import decide
from handlers.links.text import is_request
from handlers.links.text.agreement import is_agreement
from tests.handler_kit import make_post


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, le tableau de covoit c'est par où ? je pars de Fougères",
        "Je viens depuis Figeac avec 3 places, y a un tableau covoit quelque part ?",
        "Le contrat légumes, c'est où ?",
        "je voudrais donner procuration, c'est où ?",
        "J'ai un message « ce pad n'existe pas », il a bougé ?",
        "Et pour les statuts c'est où ? Je voudrais les relire avant l'AG",
        "On peut réserver le repas quelque part ? Je viendrai avec mes parents",
        "Merci ! Et le support du coup, il est quelque part ?",
        "Bonsoir, c'est où pour prendre les places ?",
        "Tu peux coller le lien de la visio ?",
    ],
)
def test_where_a_thing_is_asked(text: str) -> None:
    assert is_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Y a un tableau blanc quelque part ?",
        "Le marché, c'est par où ? je suis perdue",
        "Si le pad n'existe plus, on en refait un.",
        "On peut se garer quelque part ?",
        "Les clés, elles sont quelque part ?",
        "Je colle le lien ici pour ceux qui l'ont pas.",
        "Je trouve pas le lien... ah si c'est bon j'ai trouvé, dans le premier message, désolé",
    ],
)
def test_look_alikes_ask_for_no_link(text: str) -> None:
    assert not is_request(text)


FORM = "https://framaforms.org/formation-securite-electrique"
T0 = datetime(2025, 11, 3, 9, 2, tzinfo=UTC)


def _forgotten(second_author: str, after: timedelta) -> Topic:
    posts = (
        make_post(
            1,
            "christophe_b",
            "Formation sécurité électrique samedi 29 novembre, 9h-17h.\n\nInscription ici :",
            created_at=T0,
        ),
        make_post(2, second_author, f"Le lien serait mieux 😅 {FORM}", created_at=T0 + after),
        make_post(
            3, "fatou_l", "qqn pourrait remettre le lien svp ? je le vois pas", created_at=T0 + timedelta(days=17)
        ),
    )
    return Topic(id=1, title="Formation sécurité électrique", posts=posts, created_by="christophe_b")


def _decision(topic: Topic) -> tuple[str, str | None]:
    (group,) = request_groups(topic, "scribe", order="DMY")
    decision = decide(topic, group, "scribe", [])
    return decision.action, decision.found.url if decision.found else None


def test_the_link_its_announcer_adds_at_once_answers() -> None:
    assert _decision(_forgotten("christophe_b", timedelta(minutes=2))) == ("answer", FORM)


@pytest.mark.parametrize(("author", "after"), [("alain_p", timedelta(minutes=2)), ("christophe_b", timedelta(hours=5))])
def test_a_link_by_another_or_much_later_is_not_the_announcements(author: str, after: timedelta) -> None:
    assert _decision(_forgotten(author, after))[0] != "answer"


@pytest.mark.parametrize(
    ("text", "echoes"),
    [
        ("Je me pose la même question, je n'ai rien vu passer.", True),
        ("Bonne question, moi aussi ça m'intéresse 👀", True),
        ("Je me pose la même question sur le fond du projet, est-ce vraiment utile ?", False),
        ("Bonne question, je pense que non.", False),
    ],
)
def test_the_same_question_asked_again(text: str, echoes: bool) -> None:
    assert is_agreement(text) is echoes


NOVEMBER = "https://framaforms.org/repair-cafe-benevoles-15-novembre"


@pytest.mark.parametrize(
    ("request_text", "answered"),
    [
        ("Pour celui de décembre, on s'inscrit où ? je ne peux pas en novembre", False),
        ("On s'inscrit où pour novembre ? je ne trouve plus le formulaire", True),
    ],
)
def test_a_form_of_another_month_is_no_answer(request_text: str, answered: bool) -> None:
    posts = (
        make_post(
            1,
            "didier_c",
            f"Repair café le samedi 15 novembre, 14h-17h. Bénévoles, inscrivez-vous ici : {NOVEMBER}",
            created_at=T0,
        ),
        make_post(2, "odile_f", request_text, created_at=T0 + timedelta(days=16)),
    )
    topic = Topic(id=1, title="Repair café – bénévoles", posts=posts, created_by="didier_c")
    assert (_decision(topic) == ("answer", NOVEMBER)) is answered
