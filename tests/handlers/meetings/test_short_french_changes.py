"""Changes written short, the way members type them: "on avance d 1/2h, rdv 18h le 17" (a half hour, not 2 o'clock),
"pas d'Open Lab le 30" (an evening of the programme called off), "Donc **18h30** le mardi 14" (the organiser taking
the hour a partner asked for)."""

from __future__ import annotations

import pytest

from tests.handlers.meetings.test_member_updates import _standing

BUREAU = ("dom_a", "2026-02-05T22:14:00+01:00", "reunion de bureau **mar 17/02 a 18h30** ds la salle du haut")


@pytest.mark.parametrize(
    "moved",
    [
        "petite modif : on avance d 1/2h, rdv 18h le 17 (la femme de ménage passe a 19h30)",
        "on avance d'1/2h : rdv 18h le 17",
    ],
)
async def test_a_half_hour_written_as_a_fraction_is_no_hour(moved: str) -> None:
    assert await _standing([BUREAU, ("dom_a", "2026-02-12T13:03:00+01:00", moved)]) == ["2026-02-17T17:00:00Z"]


async def test_a_date_written_with_a_slash_keeps_its_hour() -> None:
    moved = ("dom_a", "2026-02-12T13:03:00+01:00", "petite modif : la réunion de bureau est déplacée au 18/02 à 18h")
    assert await _standing([BUREAU, moved]) == ["2026-02-18T17:00:00Z"]


OPEN_LAB = (
    "yoann_d",
    "2026-03-25T17:00:00+01:00",
    "Le programme d'avril au fablab :\n\n| Date | Horaire | Atelier |\n|---|---|---|\n"
    "| jeu. 9 avril | 18h30-21h | Soirée Open Lab |\n| jeu. 16 avril | 18h-20h | Initiation découpe laser |\n"
    "| jeu. 30 avril | 18h30-21h | Soirée Open Lab |",
)


async def test_no_open_lab_on_a_day_calls_that_evening_off() -> None:
    off = (
        "yoann_d",
        "2026-04-27T09:00:00+02:00",
        "Dernière modif du mois : **pas d'Open Lab le 30**, l'équipe est en vacances.",
    )
    assert await _standing([OPEN_LAB, off], cooked=True) == ["2026-04-09T16:30:00Z", "2026-04-16T16:00:00Z"]


async def test_an_open_lab_of_its_own_is_announced() -> None:
    raw = "Open Lab jeudi 9 avril à 18h30 au fablab, accès libre !"
    assert await _standing([("yoann_d", "2026-03-25T17:00:00+01:00", raw)]) == ["2026-04-09T16:30:00Z"]


VISIO = (
    "camille_a",
    "2026-03-31T11:00:00+02:00",
    "La visio de suivi avec nos partenaires est fixée au **mardi 14 avril à 18h** (heure de Paris).",
)
ASKED = ("giulia_f", "2026-04-01T09:20:00+02:00", "Hi all! Could we start at 6:30pm instead? I teach until 6pm.")


async def test_the_organiser_taking_the_hour_asked_for_settles_it() -> None:
    agreed = ("camille_a", "2026-04-01T10:05:00+02:00", "No problem Giulia. Donc **18h30** le mardi 14, je préviens.")
    assert await _standing([VISIO, ASKED, agreed], title="Visio partenaires – 14 avril") == ["2026-04-14T16:30:00Z"]


async def test_a_member_saying_so_settles_nothing() -> None:
    said = ("benoit_c", "2026-04-01T10:05:00+02:00", "Donc **18h30** le mardi 14 ? Ça m'arrange aussi.")
    assert await _standing([VISIO, ASKED, said], title="Visio partenaires – 14 avril") == ["2026-04-14T16:00:00Z"]


async def test_the_room_closing_after_a_new_date_is_no_window() -> None:
    talk = (
        "nora_v",
        "2026-09-28T10:00:00+02:00",
        "Réunion publique habitat partagé **jeudi 15 octobre à 19h** à La Gare.",
    )
    off = (
        "nora_v",
        "2026-10-12T14:30:00+02:00",
        "L'intervenante est malade, la réunion est **reportée à une date ultérieure**.",
    )
    new = (
        "nora_v",
        "2026-10-14T09:00:00+02:00",
        "Nouvelle date : **jeudi 22 octobre, 18h30** (un peu plus tôt que prévu, la salle ferme à 21h).",
    )
    assert await _standing([talk, off, new]) == ["2026-10-22T16:30:00Z"]


async def test_a_form_closing_is_still_a_window() -> None:
    raw = "Les inscriptions pour l'atelier seront fermées le jeudi 22 octobre à 18h30."
    assert await _standing([("nora_v", "2026-10-14T09:00:00+02:00", raw)]) == []


async def test_thanks_for_a_day_put_it_past() -> None:
    raw = (
        "Merci à toutes et tous pour la journée de jeudi à Lalinde ! Voici tout ce qu'il faut :\n\n"
        "- replay de la table ronde : https://video.example.org/w/tl-transition-table-ronde\n"
        "- photos : https://cloud.example.org/s/photos-lalinde"
    )
    assert await _standing([("benoit_s", "2025-12-08T09:00:00+01:00", raw)], title="Journée transition") == []


async def test_thanks_for_coming_leave_the_next_meeting() -> None:
    raw = "Merci d'être venus nombreux ! Prochaine réunion jeudi 11 décembre à 18h à la friche."
    assert await _standing([("benoit_s", "2025-12-08T09:00:00+01:00", raw)]) == ["2025-12-11T17:00:00Z"]
