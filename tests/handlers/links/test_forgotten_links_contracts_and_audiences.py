"""A contract asked by its produce is no call link, an AG's minutes are not its proxy form, a question quoted inside a
sentence asks nothing, the link a member gave for the announcer's forgotten one answers, a contract asked "pour les
paniers de légumes" or after another produce, a subject to propose is not the registration form, a form for stands is
not the volunteers', and the one report there answers no request for another."""

from __future__ import annotations

from datetime import UTC, datetime

from handlers.links.text import is_request
from tests.handler_kit import make_post
from tests.handlers.links.test_links_of_the_session_and_year_asked import decided

JITSI = "https://meet.jit.si/inter-amap-octobre"
FOLDER = "https://cloud.example.org/s/inter-amap-contrats-2027"


def test_a_contract_asked_by_its_produce_is_no_call_link() -> None:
    posts = (
        make_post(
            1,
            "rose_l",
            f"Visio inter-AMAP **mardi 13 octobre à 20h** : {JITSI}\nLes projets de contrats (dossier) : {FOLDER}",
            created_at=datetime(2026, 10, 1, 8, 0, tzinfo=UTC),
        ),
        make_post(
            2, "noel_t", "j'ai pas le contrat œufs, il est où ?", created_at=datetime(2026, 10, 5, 18, 0, tzinfo=UTC)
        ),
    )
    assert decided(posts, "Visio inter-AMAP d'octobre")[1] != JITSI


def test_the_minutes_of_the_last_ag_are_not_the_proxy_form() -> None:
    proxy = "https://framaforms.org/pouvoir-age-la-fabrique-2026"
    posts = (
        make_post(
            1,
            "ines_c",
            "AG extraordinaire **samedi 14 novembre à 10h**.\n"
            "- Projet de statuts : https://cloud.example.org/s/fabrique-statuts-projet\n"
            f"- Pouvoir : {proxy}",
            created_at=datetime(2026, 10, 20, 8, 0, tzinfo=UTC),
        ),
        make_post(
            2,
            "yann_b",
            "Merci. Et le PV de la dernière AG, il est dispo quelque part ?",
            created_at=datetime(2026, 10, 22, 9, 0, tzinfo=UTC),
        ),
    )
    assert decided(posts, "AGE de la Fabrique")[1] != proxy


def test_a_question_quoted_inside_a_sentence_asks_nothing() -> None:
    assert not is_request(
        "On lit trop souvent des « c'est quoi le lien ? » sous les annonces. Et si on mettait les liens en haut ?"
    )


SHEET = "https://framacalc.org/journees-portes-ouvertes-2026"


def test_the_link_a_member_gave_for_the_announcers_forgotten_one_answers() -> None:
    posts = (
        make_post(
            1,
            "odile_m",
            "Portes ouvertes du réseau **samedi 10 octobre**. Chaque lieu s'inscrit sur le tableau pour donner ses "
            "horaires. Lien vers le tableau ici :",
            created_at=datetime(2026, 9, 1, 8, 0, tzinfo=UTC),
        ),
        make_post(
            2,
            "remi_g",
            f"Je l'ai reçu par la fédé : {SHEET}\nOdile tu as oublié le lien 😉",
            created_at=datetime(2026, 9, 1, 9, 0, tzinfo=UTC),
            reply_to_post_number=1,
        ),
        make_post(
            3,
            "odile_m",
            "Merci Rémi, j'avais la tête ailleurs !",
            created_at=datetime(2026, 9, 1, 10, 0, tzinfo=UTC),
            reply_to_post_number=2,
        ),
        make_post(
            4,
            "lise_v",
            "On peut s'inscrire pour la Grange ? c'est où ?",
            created_at=datetime(2026, 9, 8, 9, 0, tzinfo=UTC),
        ),
    )
    assert decided(posts, "Portes ouvertes du réseau") == ("answer", SHEET)


VEG = "https://cloud.example.org/s/amap-contrat-legumes-2027"


def test_a_contract_asked_for_a_basket_of_produce_is_that_produces() -> None:
    posts = (
        make_post(
            1,
            "joan_p",
            f"Les contrats 2027 sont prêts. Le contrat légumes est ici : {VEG}\nPour le pain c'est papier.",
            created_at=datetime(2026, 12, 1, 8, 0, tzinfo=UTC),
        ),
        make_post(
            2,
            "eric_s",
            "Bonjour, je viens d'arriver, c'est où le contrat pour les paniers de légumes ?",
            created_at=datetime(2026, 12, 3, 9, 0, tzinfo=UTC),
        ),
    )
    assert decided(posts, "Contrats 2027 de l'AMAP") == ("answer", VEG)


BOTH = "https://cloud.example.org/s/amap-contrats-legumes-oeufs"


def test_a_link_to_two_contracts_answers_for_the_second() -> None:
    posts = (
        make_post(
            1,
            "joan_p",
            f"Les contrats légumes et œufs de la saison sont en ligne : {BOTH}\nÀ rendre à la distribution.",
            created_at=datetime(2026, 3, 1, 8, 0, tzinfo=UTC),
        ),
        make_post(
            2,
            "eric_s",
            "je retrouve plus le contrat œufs, il est où ?",
            created_at=datetime(2026, 3, 5, 9, 0, tzinfo=UTC),
        ),
    )
    assert decided(posts, "Contrats de la saison") == ("answer", BOTH)


FORM = "https://framaforms.org/rencontre-reseau-2026"


def test_a_subject_to_propose_is_not_the_registration_form() -> None:
    pad = "https://pad.example.org/p/rencontre-reseau-sujets"
    posts = (
        make_post(
            1,
            "clea_r",
            f"Rencontre du réseau **samedi 17 octobre**.\n👉 Inscription (pour le repas) : {FORM}\n"
            f"👉 Pad pour proposer des sujets d'ateliers : {pad}",
            created_at=datetime(2026, 9, 1, 8, 0, tzinfo=UTC),
        ),
        make_post(
            2,
            "tim_k",
            "le lien pour proposer un sujet c'est lequel ?",
            created_at=datetime(2026, 9, 3, 9, 0, tzinfo=UTC),
        ),
    )
    assert decided(posts, "Rencontre du réseau")[1] != FORM


VOLUNTEERS = "https://framaforms.org/benevoles-fete-du-quartier-2026"


def test_a_form_for_stands_is_not_the_volunteers() -> None:
    posts = (
        make_post(
            1,
            "maud_l",
            f"Fête du quartier **samedi 4 juillet**. On cherche des bénévoles, inscription bénévole : {VOLUNTEERS}",
            created_at=datetime(2026, 6, 1, 8, 0, tzinfo=UTC),
        ),
        make_post(
            2,
            "sami_o",
            "On peut tenir un stand pour notre asso ? il y a un formulaire pour les exposants ?",
            created_at=datetime(2026, 6, 3, 9, 0, tzinfo=UTC),
        ),
    )
    assert decided(posts, "Fête du quartier")[1] != VOLUNTEERS


def test_the_one_report_there_answers_no_request_for_another() -> None:
    finances = "https://cloud.example.org/s/ag-2026-rapport-financier"
    posts = (
        make_post(
            1,
            "ines_c",
            "AG annuelle **vendredi 5 juin à 18h30**.\n"
            "- Convocation : https://cloud.example.org/s/ag-2026-convocation\n"
            f"- Rapport financier 2025 : {finances}",
            created_at=datetime(2026, 5, 15, 8, 0, tzinfo=UTC),
        ),
        make_post(
            2,
            "yann_b",
            "Le rapport moral il est où ? je vois que le rapport financier",
            created_at=datetime(2026, 5, 16, 9, 0, tzinfo=UTC),
        ),
    )
    assert decided(posts, "AG annuelle 2026")[1] != finances
