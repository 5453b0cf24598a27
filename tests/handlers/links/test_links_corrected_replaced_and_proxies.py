"""A link a reply said was last year's is no answer any more, a call link its announcer says will not be used gives way
to the new one, an AG's proxy asked as "le pouvoir" is not another form, and French asks where to download a poster
or take seats."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from handlers.links.text import is_request
from tests.handler_kit import make_post
from tests.handlers.links.test_links_of_the_session_and_year_asked import decided

OLD = "https://framaforms.org/vide-grenier-tilleuls-2025"
NEW = "https://framaforms.org/vide-grenier-tilleuls-2026"


def test_a_link_a_reply_said_was_last_years_is_no_answer() -> None:
    posts = (
        make_post(
            1,
            "lina_b",
            "Bonjour, le vide-grenier des Tilleuls c'est bien en mai ? On réserve un emplacement où ?",
            created_at=datetime(2026, 4, 1, 9, 0, tzinfo=UTC),
        ),
        make_post(
            2,
            "marc_d",
            f"Salut, c'est ce formulaire : {OLD}",
            created_at=datetime(2026, 4, 1, 10, 0, tzinfo=UTC),
            reply_to_post_number=1,
        ),
        make_post(
            3,
            "sonia_k",
            f"Attention c'est celui de l'an dernier ! Le bon pour cette année : {NEW}",
            created_at=datetime(2026, 4, 1, 11, 0, tzinfo=UTC),
            reply_to_post_number=2,
        ),
        make_post(
            4,
            "hugo_p",
            "Le lien d'inscription c'est lequel du coup ?",
            created_at=datetime(2026, 4, 12, 9, 0, tzinfo=UTC),
        ),
    )
    assert decided(posts, "Vide-grenier des Tilleuls : inscriptions ?")[1] != OLD


JITSI = "https://meet.jit.si/ag-collectif-2026"
BBB = "https://visio.example.org/b/ag-collectif-2026"


def test_a_call_link_its_announcer_says_will_not_be_used_gives_way_to_the_new_one() -> None:
    posts = (
        make_post(
            1,
            "anne_f",
            f"Assemblée du collectif **samedi 6 juin à 10h**, au local et en visio : {JITSI}",
            created_at=datetime(2026, 5, 20, 8, 0, tzinfo=UTC),
        ),
        make_post(
            2,
            "anne_f",
            f"Petite modif : la visio se fera sur notre BBB, plus stable : {BBB} (le lien Jitsi de l'annonce ne sera "
            "pas utilisé)",
            created_at=datetime(2026, 6, 1, 8, 0, tzinfo=UTC),
        ),
        make_post(3, "tom_r", "le lien visio c'est lequel ?", created_at=datetime(2026, 6, 6, 7, 50, tzinfo=UTC)),
    )
    assert decided(posts, "Assemblée du collectif") == ("answer", BBB)


def test_a_proxy_asked_as_le_pouvoir_is_not_the_membership_form() -> None:
    join = "https://www.helloasso.com/associations/collectif-des-tilleuls/adhesions/adhesion-2026"
    posts = (
        make_post(
            1,
            "anne_f",
            "AG du collectif **samedi 6 juin à 10h** au local. Convocation et pouvoir envoyés par mail.",
            created_at=datetime(2026, 5, 20, 8, 0, tzinfo=UTC),
        ),
        make_post(
            2,
            "anne_f",
            f"Seuls les adhérents à jour votent. Pour adhérer c'est ici : {join}",
            created_at=datetime(2026, 5, 22, 8, 0, tzinfo=UTC),
        ),
        make_post(
            3,
            "paul_m",
            "je retrouve plus le formulaire pour le pouvoir, vous l'avez ?",
            created_at=datetime(2026, 6, 2),
        ),
    )
    assert decided(posts, "AG du collectif")[1] != join


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, c'est où pour télécharger les affiches du festival ?",
        "c'est où qu'on prend les places pour le spectacle ?",
    ],
)
def test_french_asks_where_to_download_or_take_seats(text: str) -> None:
    assert is_request(text)
