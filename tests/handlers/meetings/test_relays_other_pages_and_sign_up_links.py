"""A member relaying the organiser ("elle m'a dit que la réunion de jeudi passait à 10h") moves the meeting to that
hour, not beside it; a member asking "C'est toujours jeudi ?" where another page shows another day ("sur la page
Facebook c'est marqué vendredi 27"), or "18 ou 25 ?" under two dates given for one meeting, holds it back; an
announcement whose only link is one to sign up with ("inscription via le lien ci-dessous") is of a meeting in person,
whose reminder asks for no link; the day a poll's author settles ("je vous propose un sondage", then "Ce sera le jeudi
22 janvier, 12h30-13h30") is reminded; a meeting moved to another place "même jour même heure" stays at its start; a
meeting's title carries no web address (cut to the title's length, one would be a wrong link); the day the author of
a topic asking "Qui est partant·e ?" settles with "Bonne idée : mardi 26 janvier, 18h" is reminded."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.meetings.extract import read_post
from tests.handler_kit import make_post
from tests.handlers.meetings.test_member_updates import _standing

MONTHLY = "Petite **réunion mensuelle des coworkers jeudi 19 février à 9h** dans la salle de réu. 30 min max promis ⏱️"


async def test_a_member_relaying_the_organisers_new_hour_moves_the_meeting() -> None:
    relay = (
        "Je relaie pour Mathilde qui n'a plus accès au forum : elle m'a dit que la réunion de jeudi **passait à 10h** "
        "(elle a un rdv le matin)."
    )
    posts = [("mathilde_r", "2026-02-09T09:30:00+01:00", MONTHLY), ("jules_d", "2026-02-16T17:55:00+01:00", relay)]
    assert await _standing(posts, title="Réunion des coworkers") == ["2026-02-19T09:00:00Z"]


async def test_someone_dropping_by_at_an_hour_moves_nothing() -> None:
    """The guard: "je passais à 10h" is the writer's own plan."""
    drop_by = "Je passais à 10h déposer les clés, je peux rester pour la réunion si besoin."
    posts = [("mathilde_r", "2026-02-09T09:30:00+01:00", MONTHLY), ("jules_d", "2026-02-16T17:55:00+01:00", drop_by)]
    assert await _standing(posts, title="Réunion des coworkers") == ["2026-02-19T08:00:00Z"]


SCREENING = "🎬 Projection du documentaire suivie d'un débat, **jeudi 26 février à 20h**, au café. Prix libre."


async def test_a_day_another_page_shows_asked_about_holds_the_meeting_back() -> None:
    asked = "C'est toujours jeudi ? Sur la page Facebook du café c'est marqué vendredi 27 😕"
    posts = [("fanch_m", "2026-02-10T18:00:00+01:00", SCREENING), ("baptiste_c", "2026-02-20T19:00:00+01:00", asked, 1)]
    assert await _standing(posts, title="Ciné-débat") == []


async def test_asking_whether_it_still_holds_with_no_other_day_holds_nothing() -> None:
    """The guard: the question alone, nothing shown elsewhere."""
    asked = "C'est toujours jeudi ? J'ai hâte !"
    posts = [("fanch_m", "2026-02-10T18:00:00+01:00", SCREENING), ("baptiste_c", "2026-02-20T19:00:00+01:00", asked, 1)]
    assert await _standing(posts, title="Ciné-débat") == ["2026-02-26T19:00:00Z"]


REVIEW = "On fait une **réunion de bilan de la saison** le **jeudi 18 juin à 18h** à L'Établi."


async def test_two_days_of_the_month_asked_between_hold_the_meeting_back() -> None:
    posts = [
        ("sterenn_r", "2026-06-01T09:30:00+02:00", REVIEW),
        ("lenaig_c", "2026-06-08T18:02:00+02:00", "18 ou 25 ? 🤔", 1),
    ]
    assert await _standing(posts, title="Bilan de la saison") == []


async def test_two_counts_asked_between_hold_nothing() -> None:
    """The guard: "2 ou 3 personnes ?" and "à 18 ou 19 ?" ask no day."""
    posts = [
        ("sterenn_r", "2026-06-01T09:30:00+02:00", REVIEW),
        ("lenaig_c", "2026-06-08T18:02:00+02:00", "On prévoit à manger pour 18 ou 25 personnes ?", 1),
        ("hugo_f", "2026-06-08T19:02:00+02:00", "On finit à 18 ou 19 ?", 1),
    ]
    assert await _standing(posts, title="Bilan de la saison") == ["2026-06-18T16:00:00Z"]


def _offline(raw: str) -> bool:
    """Whether the one meeting `raw` announces is read as met in person."""
    post = make_post(1, "gaelle_t", raw, created_at=datetime(2026, 3, 16, 17, 0, tzinfo=UTC))
    (meeting,) = read_post(post, ZoneInfo("Europe/Paris"), order="DMY").meetings
    return meeting.offline


def test_a_workshop_whose_only_link_is_to_sign_up_with_is_met_in_person() -> None:
    assert _offline(
        "Atelier compost le samedi 21 mars à 10h au jardin partagé des Capucines. Gratuit mais on limite à 15 "
        "personnes, inscription via le lien ci-dessous :"
    )


def test_a_workshop_with_a_call_link_to_come_is_not_met_in_person() -> None:
    """The guard: "le lien de la visio" is a way to join from afar."""
    assert not _offline("Atelier compost le samedi 21 mars à 10h, en visio. Le lien ci-dessous :")


POLL = (
    "Pour notre visio trimestrielle, je vous propose un sondage : https://framadate.example/liamm-t1\n\n"
    "Créneaux proposés :\n- mardi 20 janvier 12h30\n- jeudi 22 janvier 12h30\n- vendredi 23 janvier 9h"
)


async def test_the_day_a_polls_author_settles_is_reminded() -> None:
    settled = "Merci à tous·tes ! Ce sera le **jeudi 22 janvier, 12h30-13h30**.\nLien : https://visio.example.org/cw"
    posts = [("romain_j", "2026-01-05T09:00:00+01:00", POLL), ("romain_j", "2026-01-10T10:10:00+01:00", settled)]
    assert await _standing(posts, title="Visio des coworkings") == ["2026-01-22T11:30:00Z"]


async def test_a_day_another_member_says_after_a_poll_is_not_reminded() -> None:
    """The guard: the day is the poll's author's to settle."""
    said = "Merci à tous·tes ! Ce sera le **jeudi 22 janvier, 12h30-13h30** je pense."
    posts = [("romain_j", "2026-01-05T09:00:00+01:00", POLL), ("claire_m", "2026-01-10T10:10:00+01:00", said)]
    assert await _standing(posts, title="Visio des coworkings") == []


REVIEW_MEETING = "Et surtout : **réunion bilan de saison mardi 8 décembre à 20h** à la salle des associations."


async def test_a_meeting_moved_to_another_place_the_same_day_and_hour_stays() -> None:
    elsewhere = (
        "Petit changement : la salle des assos n'est pas dispo le 8, **la réunion bilan se fera au café Ar Vilin**, "
        "même jour même heure."
    )
    posts = [
        ("benoit_l", "2026-11-23T20:30:00+01:00", REVIEW_MEETING),
        ("benoit_l", "2026-12-02T18:00:00+01:00", elsewhere),
    ]
    assert await _standing(posts, title="AMAP") == ["2026-12-08T19:00:00Z"]


async def test_a_meeting_moved_to_another_day_at_the_same_hour_moves() -> None:
    """The guard: "même heure" alone keeps the hour, not the day."""
    moved = "Petit changement : la salle n'est pas dispo le 8, la réunion bilan est décalée au jeudi 10, même heure."
    posts = [
        ("benoit_l", "2026-11-23T20:30:00+01:00", REVIEW_MEETING),
        ("benoit_l", "2026-12-02T18:00:00+01:00", moved),
    ]
    assert await _standing(posts, title="AMAP") == ["2026-12-10T19:00:00Z"]


def test_a_title_carries_no_web_address() -> None:
    raw = (
        "Trois visios, de 18h30 à 20h :\n\n"
        "1. **Jeudi 16 avril** – statuts, licence IV, assurances, tout ce qu'on oublie toujours → "
        "https://visio.example.org/cafe-asso-session-1\n"
        "2. **Jeudi 30 avril** – modèle économique → https://visio.example.org/cafe-asso-session-2"
    )
    post = make_post(1, "odile_c", raw, created_at=datetime(2026, 4, 6, 9, 0, tzinfo=UTC))
    meetings = read_post(post, ZoneInfo("Europe/Paris"), order="DMY").meetings
    assert [(m.title, m.link) for m in meetings] == [
        (
            "Jeudi 16 avril – statuts, licence IV, assurances, tout ce qu'on oublie toujours",
            "https://visio.example.org/cafe-asso-session-1",
        ),
        ("Jeudi 30 avril – modèle économique", "https://visio.example.org/cafe-asso-session-2"),
    ]


WHO_IS_IN = (
    "La Région a ouvert un appel à projets. Je propose qu'on monte un dossier commun jardin + AMAP + café : "
    "**atelier d'écriture lundi 18 janvier 2027, 18h-21h** au coworking.\n\nQui est partant·e ?"
)
SECOND_SESSION = "On pourrait faire une 2e séance de relecture vers le 26 ? Ça laisse 3 jours avant le dépôt."
AGREED = "Bonne idée : **mardi 26 janvier, 18h**, relecture finale, même lieu. Je réserve la salle."


@pytest.mark.parametrize(("agreeing", "standing"), [("sterenn_r", ["2027-01-26T17:00:00Z"]), ("maelle_g", [])])
async def test_the_day_a_topics_author_settles_with_a_good_idea_is_reminded(agreeing: str, standing: list[str]) -> None:
    """The guard: another member's "Bonne idée : …" settles nothing."""
    posts = [
        ("sterenn_r", "2026-12-07T10:00:00+01:00", WHO_IS_IN),
        ("nolwenn_c", "2026-12-09T19:40:00+01:00", SECOND_SESSION, 1),
        (agreeing, "2026-12-10T08:30:00+01:00", AGREED, 2),
    ]
    assert await _standing(posts, title="Appel à projets : on répond ensemble ?") == standing
