"""A bare link given in reply to a request naming its day ("le lien pour l'atelier 2 (ce soir) ?") is that day's: a
later request for another day's session is answered with the link its own line in the programme gives. A pad whose
address names another year's month ("…/achats-2026-11") is no answer to a request for the meeting of "(octobre)"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.models import Topic
from handlers.links.bursts import request_groups
from handlers.links.decision import decide
from tests.handler_kit import make_post

PROGRAMME = (
    "Trois ateliers en ligne, à 19h :\n"
    "- Atelier 1, lundi 2 mars : compter ses heures bénévoles → https://visio.example.org/b/atl-1\n"
    "- Atelier 2, lundi 9 mars : écrire une demande de subvention → https://visio.example.org/b/atl-2\n"
    "- Atelier 3, lundi 16 mars : tenir sa compta → https://visio.example.org/b/atl-3"
)


def _answer(reply_to_the_first: bool) -> str | None:
    posts = (
        make_post(1, "agathe_m", PROGRAMME, created_at=datetime(2026, 2, 20, 9, 0, tzinfo=UTC)),
        make_post(
            2, "hugo_p", "Le lien pour l'atelier 2 (ce soir) ?", created_at=datetime(2026, 3, 9, 17, 40, tzinfo=UTC)
        ),
        make_post(
            3,
            "agathe_m",
            "@hugo_p https://visio.example.org/b/atl-2",
            created_at=datetime(2026, 3, 9, 17, 45, tzinfo=UTC),
            reply_to_post_number=2 if reply_to_the_first else None,
        ),
        make_post(4, "lina_v", "le lien pour ce soir ?", created_at=datetime(2026, 3, 16, 17, 50, tzinfo=UTC)),
    )
    topic = Topic(id=1, title="Ateliers en ligne", posts=posts, created_by="agathe_m")
    group = request_groups(topic, "scribe", order="DMY")[-1]
    decision = decide(topic, group, "scribe", [])
    return decision.found.url if decision.found else None


def test_a_link_given_in_reply_to_a_request_for_another_day_is_not_tonights() -> None:
    assert _answer(reply_to_the_first=True) == "https://visio.example.org/b/atl-3"


def test_a_bare_link_replying_to_no_request_may_be_for_any_day() -> None:
    assert _answer(reply_to_the_first=False) != "https://visio.example.org/b/atl-3"


def _found(first: str, asks: str) -> str | None:
    posts = (
        make_post(1, "agathe_m", first, created_at=datetime(2026, 10, 20, 9, 0, tzinfo=UTC)),
        make_post(2, "hugo_p", asks, created_at=datetime(2026, 10, 21, 9, 0, tzinfo=UTC)),
    )
    topic = Topic(id=1, title="Groupe de travail achats", posts=posts, created_by="agathe_m")
    (group,) = request_groups(topic, "scribe", order="DMY")
    decision = decide(topic, group, "scribe", [])
    return decision.found.url if decision.found else None


NEXT = "Prochaine réunion du groupe achats le jeudi 12 novembre à 18h.\nPad : https://pad.example.org/p/achats-2026-11"


@pytest.mark.parametrize(
    "asks",
    [
        "Vous pouvez remettre le pad de la réunion (octobre) ? je ne le retrouve plus",
        "Vous pouvez remettre le pad d'octobre ? je ne le retrouve plus",
    ],
)
def test_another_months_pad_by_the_year_and_month_of_its_address_is_no_answer(asks: str) -> None:
    assert _found(NEXT, asks) is None


def test_the_pad_of_the_month_its_address_names_is_an_answer() -> None:
    asks = "Vous pouvez remettre le pad de novembre ? je ne le retrouve plus"
    assert _found(NEXT, asks) == "https://pad.example.org/p/achats-2026-11"


def test_the_report_posted_by_the_member_the_opening_post_names_for_it_answers() -> None:
    posts = (
        make_post(
            1,
            "agathe_m",
            "Merci pour la journée du réseau ! Les photos : https://cloud.example.org/s/photos-journee\n\n"
            "Hugo s'occupe du compte-rendu.",
            created_at=datetime(2026, 6, 8, 9, 0, tzinfo=UTC),
        ),
        make_post(
            2,
            "hugo_p",
            "CR en ligne : https://pad.example.org/p/cr-journee-reseau",
            created_at=datetime(2026, 6, 10, 9, 0, tzinfo=UTC),
        ),
        make_post(3, "lina_v", "le lien du CR svp ?", created_at=datetime(2026, 6, 12, 9, 0, tzinfo=UTC)),
    )
    topic = Topic(id=1, title="Journée du réseau", posts=posts, created_by="agathe_m")
    (group,) = request_groups(topic, "scribe", order="DMY")
    decision = decide(topic, group, "scribe", [])
    assert (decision.action, decision.found.url if decision.found else None) == (
        "answer",
        "https://pad.example.org/p/cr-journee-reseau",
    )
