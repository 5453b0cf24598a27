"""A festival's list of links: a request naming one item ("Il reste de la place pour le compost ?") is that item's, and
the words any line uses ("Pour", "ici", "aux") name no item: "C'est où pour s'inscrire ?" does not point at the line
"Pour tenir un stand, inscriptions ici :"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.models import Topic
from handlers.links.bursts import request_groups
from handlers.links.decision import Decision, decide
from handlers.links.given import names_another_item
from tests.handler_kit import make_post

CALL = "https://meet.jit.si/JardinsEnFete-Conference"
COMPOST = "https://www.helloasso.com/associations/jardins-bergerac/evenements/ateliers-compost-2026"
STANDS = "https://framaforms.org/stands-jardins-en-fete-2026"
T0 = datetime(2026, 4, 6, 7, 30, tzinfo=UTC)
ANNOUNCEMENT = (
    "Bonjour à toutes et tous !\n\nLes jardins partagés font la fête **dimanche 26 avril 2026** : troc de plants, "
    "ateliers compost, et à 15h une conférence sur les sols vivants.\n\n"
    f"- La conférence sera retransmise en visio : {CALL}\n"
    f"- Inscriptions aux ateliers compost : {COMPOST}\n"
    "- Pour tenir un stand, inscriptions ici :\n\nVenez nombreux !"
)
COMPOST_ASKED = "Il reste de la place pour le compost ? C'est où pour s'inscrire ?"


def _festival(*replies: tuple[str, str]) -> Topic:
    posts = [make_post(1, "joelle_b", ANNOUNCEMENT, created_at=T0)]
    for n, (user, raw) in enumerate(replies, start=2):
        posts.append(make_post(n, user, raw, created_at=T0 + timedelta(days=n)))
    return Topic(id=1, title="Jardins partagés en fête", posts=tuple(posts), created_by="joelle_b")


def _last_decision(topic: Topic) -> Decision:
    groups = request_groups(topic, "scribe", order="DMY")
    return decide(topic, groups[-1], "scribe", [])


def test_words_any_line_uses_name_no_item() -> None:
    post = _festival().posts[0]
    assert not names_another_item(post, COMPOST, "C'est où pour s'inscrire ?")
    assert not names_another_item(post, COMPOST, COMPOST_ASKED)


def test_an_item_named_by_its_own_words_still_points_elsewhere() -> None:
    post = _festival().posts[0]
    assert names_another_item(post, COMPOST, "Et pour tenir un stand, c'est où ?")
    assert names_another_item(post, CALL, "Le lien pour les ateliers compost ?")


def test_the_stands_form_is_no_answer_to_the_compost_request() -> None:
    topic = _festival(("joelle_b", f"Oups ! Pour les stands : {STANDS}"), ("thierry_l", COMPOST_ASKED))
    decision = _last_decision(topic)
    assert decision.action != "answer" or (decision.found is not None and decision.found.url == COMPOST)


def test_the_line_left_without_its_link_keeps_the_compost_request_unanswered() -> None:
    decision = _last_decision(_festival(("thierry_l", COMPOST_ASKED)))
    assert decision.action == "silent" and decision.why is not None and decision.why.key == "forgotten_beside"
