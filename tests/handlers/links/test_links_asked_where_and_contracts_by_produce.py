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
        "Heu, le lien ? je ne le vois pas",
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


@pytest.mark.parametrize(
    "text",
    [
        "Merci ! je ne vois pas la fiche adhésion, elle est où ?",
        "Et le modèle de convention, il est où ?",
    ],
)
def test_a_thing_named_first_then_asked_where_it_is(text: str) -> None:
    assert is_request(text)


def _board(asks: str, second: str = "") -> tuple[str, str | None]:
    april = "https://pad.example.org/p/conseil-2027-04"
    posts = (
        make_post(
            1,
            "pauline_d",
            "Conseil du lieu **mercredi 7 avril** à 19h. Pad de l'ordre du jour et du compte rendu : " + april,
            created_at=datetime(2027, 3, 30, 18, 0, tzinfo=UTC),
        ),
        make_post(2, "marion_g", asks, created_at=datetime(2027, 4, 9, 10, 0, tzinfo=UTC)),
    )
    return decided(posts, "Conseil du lieu – avril")


def test_the_report_of_a_council_asked_by_its_month_is_not_anothers() -> None:
    assert _board("Je n'étais pas là, c'est où le compte rendu du conseil de mars ?")[1] is None


def test_tickets_are_not_the_volunteers_poll() -> None:
    poll = "https://framadate.org/fest-noz-benevoles-1710"
    posts = (
        make_post(
            1,
            "elouan_p",
            f"Fest-noz **samedi 17 octobre** à 20h30 au café. Bénévoles, inscrivez-vous sur le sondage : {poll}",
            created_at=datetime(2026, 10, 1, 16, 0, tzinfo=UTC),
        ),
        make_post(
            2, "tanguy_p", "c'est où pour prendre les places ?", created_at=datetime(2026, 10, 12, 11, 0, tzinfo=UTC)
        ),
    )
    assert decided(posts, "Fest-noz au café")[1] is None


def test_a_list_the_announcement_sent_the_link_to_is_no_missing_link() -> None:
    posts = (
        make_post(
            1,
            "elouan_p",
            "Disco soupe **samedi 17 octobre** à 16h. Pour les bénévoles, le planning a été envoyé sur la liste "
            "bénévoles, pas ici.",
            created_at=datetime(2026, 10, 1, 16, 0, tzinfo=UTC),
        ),
        make_post(2, "mael_g", "Je veux bien aider, vous avez le lien du planning ?", created_at=T0),
    )
    assert decided(posts, "Disco soupe")[0] != "ask"


def test_a_form_a_member_posted_for_no_day_is_there_for_a_day_asked() -> None:
    form = "https://framaforms.org/chantier-four-a-pain-mai-2027"
    posts = (
        make_post(
            1,
            "gilles_v",
            "Chantier participatif **samedi 15 et dimanche 16 mai** : on construit le four à pain. Inscription sur le "
            "formulaire (lien en dessous).",
            created_at=datetime(2027, 5, 1, 17, 0, tzinfo=UTC),
        ),
        make_post(2, "maelle_d", "Il manque le lien je crois", created_at=datetime(2027, 5, 2, 6, 0, tzinfo=UTC)),
        make_post(
            3,
            "samuel_a",
            f"Le voici, Gilles l'avait envoyé par mail : {form}",
            created_at=datetime(2027, 5, 2, 6, 30, tzinfo=UTC),
        ),
        make_post(
            4,
            "louise_p",
            "On peut venir juste le dimanche ? il faut s'inscrire où ?",
            created_at=datetime(2027, 5, 9, 20, 0, tzinfo=UTC),
        ),
    )
    assert decided(posts, "Chantier participatif – four à pain")[0] != "ask"
