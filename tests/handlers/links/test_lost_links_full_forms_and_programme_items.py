"""Requests said in a member's own turn of phrase ("le lien de la billetterie, je le trouve pas", "le lien c'est où ?",
"j'ai perdu le lien", "toujours pas de lien ?", "le lien pour suivre la plénière ?", "il est où le tableau pour le
covoit ?", "c'est où qu'on vote ?", "le lien c'est toujours le même ?"), and links that answer none of them: the form
a full session's asker already has, last session's form for another session, one session's replay for another's, a
pad the announcer replaced, a link kept off the forum for members only; an announcer saying the old link is out of date
asks for nothing, and announcements pointing at a link they forgot ("ci-dessous", "lien plus bas", "ici 👉")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from handlers.links.text import is_request, pointer_phrase
from tests.handler_kit import make_post
from tests.handlers.links.test_links_of_the_session_and_year_asked import decided


@pytest.mark.parametrize(
    "asked",
    [
        "+1 pour le lien de la billetterie, je le trouve pas sur mon téléphone",
        "le lien c'est où ?",
        "j'ai perdu le lien du contrat pain 🙈",
        "je relance : toujours pas de lien ? c'est demain",
        "je suis coincé chez moi 🤒 le lien pour suivre la plénière ?",
        "Il est où le tableau pour le covoit ? je peux prendre 2 personnes",
        "la visio de ce soir c'est où ?",
        "Super atelier ! Le pad reste ouvert ? je n'ai plus le lien",
        "c'est où qu'on vote ?",
        "Pour le 12 c'est encore possible ? le lien c'est toujours le même ?",
        "Je trouve pas où on réserve la salle du haut ?",
    ],
)
def test_a_request_in_a_members_own_turn_of_phrase(asked: str) -> None:
    assert is_request(asked)


@pytest.mark.parametrize(
    "said",
    [
        "le programme, je le trouve pas terrible",
        "où est le lien entre les deux projets ?",
        "il est où le tableau blanc ?",
        "J'ai recopié les inscriptions. L'ancien lien n'est plus à jour.",
    ],
)
def test_words_near_a_request_that_ask_for_no_link(said: str) -> None:
    assert not is_request(said)


FORM = "https://www.helloasso.com/associations/atelier-du-port/evenements/initiation-tournage-12-juin"


def test_the_form_a_full_sessions_asker_already_has_is_no_answer() -> None:
    posts = (
        make_post(
            1,
            "yves_l",
            f"**Initiation tournage** à l'atelier, **samedi 12 juin, 9h-12h**. 6 places.\n\nInscription : {FORM}",
            created_at=datetime(2026, 6, 1, 8, 0, tzinfo=UTC),
        ),
        make_post(
            2,
            "nina_b",
            "complet déjà 😭 y a une liste d'attente ? un lien ?",
            created_at=datetime(2026, 6, 3, 8, 0, tzinfo=UTC),
            reply_to_post_number=1,
        ),
    )
    assert decided(posts, "Initiation tournage — samedi 12 juin")[1] != FORM


def test_last_sessions_form_is_no_answer_for_another_session() -> None:
    form = "https://framaforms.org/atelier-communication-1768800000"
    posts = (
        make_post(
            1,
            "manon_g",
            f"Atelier **« Communiquer »** le **mardi 27 janvier, 18h-20h**, en visio.\n\nInscription : {form}",
            created_at=datetime(2026, 1, 19, 11, 0, tzinfo=UTC),
        ),
        make_post(
            2,
            "sophie_c",
            "Je me suis pas inscrite à temps 😢 y aura une autre session ? où on s'inscrit ?",
            created_at=datetime(2026, 2, 2, 17, 0, tzinfo=UTC),
        ),
    )
    assert decided(posts, "Atelier communication")[1] != form


def test_one_sessions_replay_is_no_answer_for_anothers() -> None:
    first = "https://cloud.example.org/s/replay-cycle-1-compostage"
    posts = (
        make_post(
            1,
            "elodie_v",
            "Cycle de 3 visios :\n\n1. **jeudi 16 avril** — Compostage collectif\n2. **jeudi 30 avril** — Semences "
            "paysannes\n3. **jeudi 21 mai** — Récupération d'eau de pluie\n\nToutes à 18h, même lien : "
            "https://visio.example.org/b/cycle-jardins",
            created_at=datetime(2026, 4, 7, 8, 0, tzinfo=UTC),
        ),
        make_post(
            2,
            "elodie_v",
            f"Merci pour hier ! Replay séance 1 : {first}",
            created_at=datetime(2026, 4, 17, 7, 0, tzinfo=UTC),
        ),
        make_post(
            3,
            "ines_b",
            "Vous avez le replay de la séance sur les semences ?",
            created_at=datetime(2026, 5, 4, 8, 0, tzinfo=UTC),
        ),
    )
    assert decided(posts, "Cycle jardins")[1] != first


def test_a_pad_the_announcer_replaced_is_no_answer() -> None:
    pad = "https://pad.example.org/p/arrosage-ete-2026"
    posts = (
        make_post(
            1,
            "gisele_p",
            f"Planning d'arrosage pour l'été : {pad}\nInscrivez-vous sur au moins 2 soirs svp 💧",
            created_at=datetime(2026, 6, 22, 6, 0, tzinfo=UTC),
        ),
        make_post(
            2,
            "gisele_p",
            "⚠️ Le pad a été vandalisé, j'ai recréé un tableau protégé : "
            "https://cloud.example.org/s/arrosage-ete-2026-tableau\nRemettez vos noms svp !",
            created_at=datetime(2026, 7, 2, 7, 0, tzinfo=UTC),
        ),
        make_post(
            3,
            "hubert_l",
            "C'est quoi le lien du planning d'arrosage ? je voudrais prendre la semaine du 15 août",
            created_at=datetime(2026, 7, 5, 16, 0, tzinfo=UTC),
        ),
    )
    assert decided(posts, "Planning d'arrosage")[1] != pad


def test_a_link_kept_off_the_forum_for_members_is_not_asked_for() -> None:
    posts = (
        make_post(
            1,
            "vincent_a",
            "Visio réservée aux adhérent·es **mardi 30 juin à 18h30** : bilan du projet de foncière.\n\nLe lien a été "
            "envoyé dans la lettre aux adhérent·es, on ne le met pas ici car on parlera de chiffres.",
            created_at=datetime(2026, 6, 22, 7, 0, tzinfo=UTC),
        ),
        make_post(
            2,
            "samir_h",
            "Je ne suis pas adhérent mais ça m'intéresse, je peux avoir le lien ?",
            created_at=datetime(2026, 6, 25, 12, 0, tzinfo=UTC),
        ),
    )
    assert decided(posts, "Visio adhérent·es")[0] != "ask"


@pytest.mark.parametrize(
    ("announced", "phrase"),
    [
        (
            "Chantier participatif samedi 1er août. Formulaire d'inscription ci-dessous pour prévoir les repas !",
            "Formulaire d'inscription ci-dessous",
        ),
        ("Réunion d'orga lundi 27 avril à 18h30 en visio (lien plus bas).", "lien plus bas"),
        (
            "AG extraordinaire mardi 24 mars. Le projet de statuts est à lire avant via ce lien, merci.",
            "à lire avant via ce lien",
        ),
        (
            "Fête samedi 13 juin dès 15h, la billetterie est sur HelloAsso ici 👉\n\nOn cherche des bénévoles !",
            "ici 👉",
        ),
    ],
)
def test_an_announcement_pointing_at_a_link_it_forgot(announced: str, phrase: str) -> None:
    assert pointer_phrase(announced, opening=True) == phrase
