"""French asks the tables missed (where the call is, the slides "vous les avez ?", "aussi", a link to forward), an
AMAP contract asked by its produce before the word "contrat", and a reply pointing at the link another member posted,
which forgot nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from handlers.links.forgotten import forgotten_link
from handlers.links.text import is_request
from tests.handler_kit import make_post
from tests.handlers.links.test_links_of_the_session_and_year_asked import decided


@pytest.mark.parametrize(
    "text",
    [
        "Bonsoir, c'est où la visio pour le point mensuel ?",
        "On est où pour la visio des coordos ? je vois rien sur le forum",
        "Merci pour la présentation ! Vous auriez aussi les diapos de la partie compta ?",
        "Le replay de l'atelier de mars, vous l'avez quelque part ?",
        "Les slides du webinaire sur les baux, qqn les a sous la main ?",
        "Où est-ce qu'on paie la cotisation cette année ?",
        "qqn peut me transférer le lien de ce soir ? pas eu le mail",
    ],
)
def test_french_asks_for_a_link(text: str) -> None:
    assert is_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Je ne trouve pas la salle 12, c'est où ?",
        "Les slides de Julie étaient top, vous les avez trouvées claires ?",
        "On est où pour le covoiturage ? je pars de Dreux",
    ],
)
def test_french_words_that_ask_no_link(text: str) -> None:
    assert not is_request(text)


VEG = "https://cloud.example.org/s/amap-bocage-contrat-legumes-2027"


def _contracts(asks: str) -> tuple[str, str | None]:
    posts = (
        make_post(
            1,
            "odile_p",
            f"Les contrats de la saison sont prêts. Contrat légumes : {VEG}\n\nÀ rendre à la distribution du 4 mars.",
            created_at=datetime(2027, 2, 1, 18, 0, tzinfo=UTC),
        ),
        make_post(2, "paul_r", asks, created_at=datetime(2027, 2, 8, 19, 0, tzinfo=UTC)),
    )
    return decided(posts, "AMAP du Bocage – contrats 2027")


def test_a_contract_asked_by_its_produce_before_the_word_is_not_anothers() -> None:
    assert _contracts("Et pour le pain, il y a un contrat aussi ? vous avez le lien ?")[1] is None


def test_the_contract_asked_by_its_own_produce_is_given() -> None:
    assert _contracts("Et pour les légumes, il y a un contrat ? vous avez le lien ?") == ("answer", VEG)


T0 = datetime(2027, 4, 2, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Oui bien sûr ! Inscription sur le lien que Karim a mis, merci à lui",
        "Tout se passe sur le formulaire donné par Estelle hier",
    ],
)
def test_a_reply_pointing_at_the_link_another_member_posted_forgot_none(text: str) -> None:
    assert forgotten_link(make_post(6, "gilles_v", text, created_at=T0)) is None


def test_a_reply_pointing_at_a_link_it_lacks_forgot_it() -> None:
    assert forgotten_link(make_post(6, "gilles_v", "Inscription sur le lien ici :", created_at=T0)) is not None
