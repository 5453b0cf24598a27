"""After a day held: its thanks ("Merci à toutes et tous pour la journée de jeudi") speak of a day past, its replay
labelled on a line ("- replay de la table ronde : <link>") is the recording asked, what the thanks name is not what is
asked ("Merci pour la visio d'hier ! Le tableau que Gaëlle a montré, vous avez le lien ?"); and a sign-up said to go by
e-mail has no link to ask the announcer for."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.models import Topic
from handlers.links.bursts import request_groups
from handlers.links.decision import decide
from handlers.links.text import wanted_kinds
from tests.handler_kit import make_post
from tests.handlers.links.test_links_asks import Thread, scribe_says

REPLAY = "https://video.example.org/w/tl-transition-table-ronde"
SURVEY = "https://framaforms.org/satisfaction-journee-transition"
T0 = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)  # a Monday


async def test_the_replay_of_the_day_thanked_for_is_given(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "Journée « Tiers-lieux & transition » – replay, questionnaire",
        [
            (
                "benoit_s",
                "Merci à toutes et tous pour la journée de jeudi à Lalinde ! Voici tout ce qu'il faut :\n\n"
                f"- replay de la table ronde : {REPLAY}\n- questionnaire de satisfaction : {SURVEY}",
            ),
            ("olivier_c", "Et le replay de la table ronde, il est où ?"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert len(said) == 1 and REPLAY in said[0] and SURVEY not in said[0]


ROOM = "https://visio.example.org/b/ama-jrd"


def _garden(request: str) -> Topic:
    posts = (
        make_post(
            1, "amandine_l", f"Visio d'échange de pratiques mardi 2 décembre à 18h30. Lien : {ROOM}", created_at=T0
        ),
        make_post(2, "camille_l", request, created_at=T0 + timedelta(days=2)),
    )
    return Topic(id=1, title="Visio d'échange des jardins partagés", posts=posts, created_by="amandine_l")


def test_what_the_thanks_name_is_not_what_is_asked() -> None:
    topic = _garden("Merci pour la visio d'hier ! Le tableau des paillages que Gaëlle a montré, vous avez le lien ?")
    groups = request_groups(topic, "scribe", order="DMY")
    assert all("meeting" not in wanted_kinds(g.kinds) for g in groups)
    assert all(decide(topic, g, "scribe", []).action != "answer" for g in groups)


def test_a_call_link_asked_after_thanks_is_still_the_call() -> None:
    topic = _garden("Merci pour l'organisation ! Vous pouvez remettre le lien de la visio ?")
    groups = request_groups(topic, "scribe", order="DMY")
    assert len(groups) == 1 and "meeting" in wanted_kinds(groups[0].kinds)


def _training(announcement: str) -> Topic:
    posts = (
        make_post(1, "francois_l", announcement, created_at=T0),
        make_post(
            2,
            "mathilde_t",
            "Il y a un lien pour s'inscrire ou c'est seulement par mail ?",
            created_at=T0 + timedelta(days=1),
        ),
    )
    return Topic(id=1, title="Formation comptabilité associative", posts=posts, created_by="francois_l")


def test_no_announcer_is_asked_for_a_sign_up_said_to_go_by_mail() -> None:
    topic = _training(
        "Bonjour à tous, formation « Comptabilité associative » au coworking mardi 9 décembre, 9h-12h30. "
        "Inscription par mail uniquement à francois@example.org."
    )
    decision = decide(topic, request_groups(topic, "scribe", order="DMY")[0], "scribe", [])
    assert decision.action == "silent" and decision.why is not None and decision.why.key == "sent_privately"


def test_the_announcer_is_asked_for_a_sign_up_left_out() -> None:
    topic = _training(
        "Bonjour à tous, formation « Comptabilité associative » au coworking mardi 9 décembre, 9h-12h30. "
        "Inscription obligatoire, 12 places."
    )
    decision = decide(topic, request_groups(topic, "scribe", order="DMY")[0], "scribe", [])
    assert decision.action == "ask" and decision.who == "francois_l"
