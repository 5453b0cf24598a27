"""French asks that name the thing and not the word "lien": "le questionnaire, c'est lequel ?", "vous auriez le
flyer ?", "c'est où pour payer la cotisation ?", a greeting with a name before a terse ask, a page that "n'existe
plus", a link asking for a password; and a dead link asked of the member who posted it, not of the topic's opener."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.models import Topic
from handlers.links.bursts import request_groups, sentence_kinds
from handlers.links.decision import decide
from handlers.links.text import is_request
from tests.handler_kit import make_post


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le sondage pour la date, c'est lequel ?", "registration"),
        ("Vous auriez le flyer ? Je le mettrais à la boulangerie.", "document"),
        ("C'est où pour payer la cotisation ?", "registration"),
        ("Pour rejoindre l'association on passe par où pour payer ?", None),
        ("Le lien demande un mot de passe, c'est normal ?", None),
        ("Merci, mais ce lien me demande un mot de passe 😕", None),
        ("Je trouve pas où adhérer sur le site", "registration"),
        ("Salut Marion, le lien pour l'atelier ?", "meeting"),
        ("C'est encore le lien du mois dernier ?", None),
        ("J'ai bien le programme mais pas le formulaire d'inscription ?", "registration"),
        ("On se connecte comment pour la plénière ?", "meeting"),
        ("Le compte-rendu de l'AG est prêt ?", "document"),
        ("Le formulaire me dit « cette page n'existe plus »", "registration"),
    ],
)
def test_a_thing_asked_for_plainly_is_a_request(text: str, kind: str | None) -> None:
    assert is_request(text)
    if kind is not None:
        assert kind in sentence_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "L'affiche est superbe !",
        "Le budget prévisionnel a été voté.",
        "La cotisation a augmenté cette année.",
        "Je ne sais pas où réserver mon train",
        "C'est lequel ton atelier préféré ?",
        "Le compte-rendu est prêt, je le poste ce soir.",
        "Bonjour Vincent, merci pour le lien !",
        "Si la salle n'existe plus, on ira au café.",
        "J'ai le programme mais pas encore mes billets de train.",
        "Changement de salle : https://visio.example.org/b/nat-reemploi. Oubliez le lien Jitsi !",
        "N'oubliez pas le lien pour vous inscrire avant vendredi.",
    ],
)
def test_look_alikes_ask_for_nothing(text: str) -> None:
    assert not is_request(text)


T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
SIGN_UP = "https://www.helloasso.com/associations/le-refuge/evenements/journee-montagne"
SHEET = "https://cloud.example.org/s/Covoit-Chamonix"


def _day_with_carpool(*replies: tuple[str, str, int | None]) -> Topic:
    """The day announced with its form, a member's carpool sheet in reply, then replies (author, words, replied to)."""
    posts = [
        make_post(
            1,
            "baptiste_s",
            f"Journée tiers-lieux et montagne le vendredi 12 juin. Inscription : {SIGN_UP}",
            created_at=T0,
        ),
        make_post(
            2,
            "aurelie_v",
            f"Pour le covoiturage, j'ai ouvert un tableur partagé : {SHEET}",
            created_at=T0 + timedelta(hours=4),
        ),
    ]
    for n, (author, words, replied) in enumerate(replies, start=3):
        posts.append(make_post(n, author, words, created_at=T0 + timedelta(days=n), reply_to_post_number=replied))
    return Topic(id=1, title="Journée tiers-lieux et montagne – 12 juin", posts=tuple(posts), created_by="baptiste_s")


def test_a_dead_link_is_asked_of_the_member_who_posted_it() -> None:
    topic = _day_with_carpool(("nadia_c", "Le lien du tableur covoit me met « cette page n'existe plus » 🤔", 2))
    decision = decide(topic, request_groups(topic, "scribe", order="DMY")[0], "scribe", [])
    assert decision.action == "ask" and decision.who == "aurelie_v"


def test_a_dead_link_of_the_announcement_is_asked_of_its_author() -> None:
    topic = _day_with_carpool(("nadia_c", "Le lien d'inscription me dit « cette page n'existe plus »", 1))
    decision = decide(topic, request_groups(topic, "scribe", order="DMY")[0], "scribe", [])
    assert decision.action == "ask" and decision.who == "baptiste_s"


def test_a_dead_carpool_sheet_does_not_replace_the_form() -> None:
    topic = _day_with_carpool(
        ("nadia_c", "Le lien du tableur covoit me met « cette page n'existe plus » 🤔", 2),
        ("emilie_g", "Vous avez le lien d'inscription ? Je ne trouve que le covoit", None),
    )
    decision = decide(topic, request_groups(topic, "scribe", order="DMY")[-1], "scribe", [])
    assert decision.action == "answer" and decision.found is not None and decision.found.url == SIGN_UP
