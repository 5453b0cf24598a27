"""A reply to a request that asks for another link in turn ("Et il y aura un replay ?") neither joins it nor answers
it: the first request is still answered; an emoji between a trouble and a question ends a sentence ("il me dit
« lecture seule » 😕 quelqu'un aurait le bon lien ?" asks for a link); "Est-ce que les diapos … pourraient être
partagées ?" asks for them."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.models import Post, Topic
from bot.sandbox.cook import cook
from handlers.links.bursts import request_groups
from handlers.links.decision import decide
from handlers.links.text import is_request
from tests.handler_kit import make_post
from tests.handlers.links.test_links_of_the_session_and_year_asked import session

CALL = "https://visio.example.org/reseau-table-ronde-habitat"
ROUND_TABLE = f"Table ronde en visio « Habiter les tiers-lieux », **jeudi 12 mars à 18h30** : {CALL}"


def _thread(*posts: tuple[str, str, int, int, int | None]) -> tuple[Post, ...]:
    """(author, raw, day of March, minute past 18h, replied-to post) each, numbered from 1."""
    return tuple(
        make_post(
            n,
            user,
            raw,
            created_at=datetime(2026, 3, day, 17, minute, tzinfo=UTC),
            reply_to_post_number=to,
            cooked=cook(raw),
        )
        for n, (user, raw, day, minute, to) in enumerate(posts, start=1)
    )


def _first_decided(posts: tuple[Post, ...]) -> tuple[str, str | None]:
    """What scribe decides about the thread's first burst of requests, the table ronde on record."""
    topic = Topic(id=1, title="Table ronde habitat", posts=posts, created_by=posts[0].username)
    meetings = [session(1, datetime(2026, 3, 12, 17, 30, tzinfo=UTC), "Table ronde habitat", posts[0].username)]
    group = request_groups(topic, "scribe", order="DMY", sessions=meetings)[0]
    decision = decide(topic, group, "scribe", meetings)
    return decision.action, decision.found.url if decision.action == "answer" and decision.found else None


def _replied(reply: str) -> tuple[str, str | None]:
    """What scribe decides about a request for the call's link that another member replies to with `reply`."""
    return _first_decided(
        _thread(
            ("helene_b", ROUND_TABLE, 2, 0, None),
            ("marc_l", "c'est quoi le lien pour la table ronde de ce soir ?", 12, 20, None),
            ("ines_t", reply, 12, 22, 2),
        )
    )


def test_a_reply_asking_for_a_replay_in_turn_leaves_the_call_request_answered() -> None:
    assert _replied("Et il y aura un replay ?") == ("answer", CALL)


def test_a_reply_pointing_at_the_link_answers_the_request_in_scribes_place() -> None:
    """The guard: a member's reply that answers, not asks, leaves scribe silent."""
    assert _replied("Il est dans le premier message !") == ("silent", None)


def test_an_emoji_between_a_trouble_and_a_question_ends_a_sentence() -> None:
    assert is_request("il me dit « lecture seule » 😕 quelqu'un aurait le bon lien ?")


def test_an_emoji_in_a_thanks_asks_nothing() -> None:
    """The guard: "j'ai le lien 🙏 merci" gives thanks."""
    assert not is_request("j'ai le lien 🙏 merci")


def test_slides_asked_with_est_ce_que_and_a_conditional_are_a_request() -> None:
    assert is_request("Super atelier ! Est-ce que les diapos d'Yvette pourraient être partagées ?")


def test_slides_judged_with_est_ce_que_are_no_request() -> None:
    """The guard: "Est-ce que le support était clair ?" asks an opinion."""
    assert not is_request("Est-ce que le support était clair pour tout le monde ?")
