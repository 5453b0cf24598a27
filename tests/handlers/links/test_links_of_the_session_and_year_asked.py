"""Notes asked for after a session held since the last ones were posted are that session's: the older notes are no
answer. A document asked for by its year ("l'ancienne convention (2023)") is not another year's. A call link said to
go by mail to members only, however long the words between, is not asked for in public."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.models import Post, Topic
from handlers.links.ask_announcer import sent_privately
from handlers.links.bursts import request_groups
from handlers.links.decision import decide
from handlers.meetings.meeting import Meeting
from tests.handler_kit import make_post


def decided(posts: tuple[Post, ...], title: str, meetings: list[Meeting] | None = None) -> tuple[str, str | None]:
    """What scribe decides about the thread's last burst of requests, and the link it would give."""
    topic = Topic(id=1, title=title, posts=posts, created_by=posts[0].username)
    group = request_groups(topic, "scribe", order="DMY")[-1]
    decision = decide(topic, group, "scribe", meetings or [])
    return decision.action, decision.found.url if decision.action == "answer" and decision.found else None


def session(
    post_number: int, start: datetime, title: str = "Café-visio des coordos", author: str = "camille_r"
) -> Meeting:
    """A session of topic 1 announced in post `post_number`, as the meetings handler keeps it."""
    return Meeting(
        id=f"1:{post_number}",
        title=title,
        start=start,
        end=None,
        tz="Europe/Paris",
        all_day=False,
        link=None,
        topic_id=1,
        post_number=post_number,
        post_id=1000 + post_number,
        author=author,
    )


def _notes_asked(asks: str, with_march: bool = True) -> tuple[str, str | None]:
    posts = (
        make_post(
            1,
            "camille_r",
            "Café-visio mensuel des coordos, **lundi 2 février à 12h30** : https://meet.jit.si/cafe-fevrier",
            created_at=datetime(2026, 1, 28, 8, 0, tzinfo=UTC),
        ),
        make_post(
            2,
            "camille_r",
            "Merci pour ce premier café ! Les notes : https://pad.example.org/p/cafe-fevrier-notes",
            created_at=datetime(2026, 2, 3, 9, 0, tzinfo=UTC),
        ),
        make_post(
            3,
            "camille_r",
            "Prochain café-visio **lundi 2 mars à 12h30** : https://meet.jit.si/cafe-mars",
            created_at=datetime(2026, 2, 25, 8, 0, tzinfo=UTC),
        ),
        make_post(4, "sandrine_o", asks, created_at=datetime(2026, 3, 2, 12, 30, tzinfo=UTC)),
    )
    meetings = [session(1, datetime(2026, 2, 2, 11, 30, tzinfo=UTC))]
    meetings += [session(3, datetime(2026, 3, 2, 11, 30, tzinfo=UTC))] if with_march else []
    return decided(posts, "Café-visio des coordos", meetings)


def test_notes_asked_after_a_session_held_since_are_not_the_older_ones() -> None:
    outcome, _ = _notes_asked("Dsl pas pu venir, y a des notes comme la dernière fois ? vous avez le lien ?")
    assert outcome != "answer"


def test_notes_asked_before_any_later_session_are_the_ones_posted() -> None:
    asked = "Dsl pas pu venir, y a des notes ? vous avez le lien ?"
    assert _notes_asked(asked, with_march=False) == ("answer", "https://pad.example.org/p/cafe-fevrier-notes")


def test_notes_asked_by_their_month_are_given_after_a_later_session() -> None:
    asked = "vous avez le lien des notes du café de février ?"
    assert _notes_asked(asked) == ("answer", "https://pad.example.org/p/cafe-fevrier-notes")


def _convention(asks: str) -> str | None:
    posts = (
        make_post(
            1,
            "mathieu_s",
            "Le projet de nouvelle convention est sur le pad pour qu'on annote : "
            "https://pad.example.org/p/convention-friche-2027-relecture",
            created_at=datetime(2026, 11, 16, 18, 0, tzinfo=UTC),
        ),
        make_post(2, "heloise_s", asks, created_at=datetime(2026, 11, 17, 7, 30, tzinfo=UTC)),
    )
    return decided(posts, "Convention d'occupation de la friche")[1]


def test_a_document_asked_by_another_year_is_not_this_years() -> None:
    assert _convention("Qqn a le lien de l'ancienne convention (2023) pour comparer ?") is None


def test_a_document_asked_by_its_own_year_is_given() -> None:
    assert (
        _convention("c'est quoi le lien du pad de la convention 2027 ?")
        == "https://pad.example.org/p/convention-friche-2027-relecture"
    )


def test_a_call_link_said_to_go_by_mail_to_members_far_from_its_name_is_private() -> None:
    said = (
        "le lien de visio et les documents preparatoires (rapport de gestion, comptes 2025) sont envoyes par mail aux "
        "societaires uniquement."
    )
    assert sent_privately(said, frozenset({"meeting"}))


def test_notes_asked_again_after_a_later_session_are_the_ones_posted() -> None:
    asked = "Qqn pourrait remettre le lien des notes ? je veux les transférer"
    assert _notes_asked(asked) == ("answer", "https://pad.example.org/p/cafe-fevrier-notes")
