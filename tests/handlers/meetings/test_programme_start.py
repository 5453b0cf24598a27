"""A day announced without its hour, then its programme: the first row's time is when the day starts ("L'AG aura lieu
le samedi 14 juin" then "Programme :" and "- **14h00** : accueil"), not a whole day reminded at midnight."""

from __future__ import annotations

import pytest

from tests.handlers.meetings.test_member_updates import _standing

AG = (
    "L'assemblée générale de l'association aura lieu le **samedi 14 juin 2025 à la salle des fêtes**.\n\n"
    "{heading}\n"
    "{row}\n"
    "- 14h30 : rapport moral et rapport d'activité\n"
    "- 17h30 : fin, pot de l'amitié\n\n"
    "Pensez à vos procurations."
)


@pytest.mark.parametrize(
    ("heading", "row"),
    [
        ("Programme :", "- **14h00** : accueil, émargement"),
        ("**Déroulé de l'après-midi :**", "1. 14h : accueil, émargement"),
        ("Ordre du jour :", "* 14h00 – accueil, émargement"),
    ],
)
async def test_the_first_row_of_the_programme_gives_the_start(heading: str, row: str) -> None:
    raw = AG.format(heading=heading, row=row)
    assert await _standing([("odile_c", "2025-05-26T20:12:00+02:00", raw)]) == ["2025-06-14T12:00:00Z"]


async def test_an_english_schedule_gives_the_start_too() -> None:
    raw = (
        "Our annual meetup will be held on **Saturday, June 14, 2025** at the library.\n\n"
        "Schedule:\n- 2:00 PM: welcome and coffee\n- 2:30 PM: talks\n- 5:00 PM: wrap-up"
    )
    assert await _standing([("odile_c", "2025-05-26T20:12:00+02:00", raw)]) == ["2025-06-14T12:00:00Z"]


@pytest.mark.parametrize(
    "between",
    [
        "Venez nombreux, on compte sur vous pour le vote du budget.\n\n",  # a paragraph between: another thing's?
        "**Vendredi 13 juin**\n",  # the programme's first line is another day
    ],
)
async def test_a_programme_not_right_after_the_day_gives_it_no_hour(between: str) -> None:
    raw = (
        "L'assemblée générale aura lieu le **samedi 14 juin 2025**.\n\n"
        f"{between}Programme :\n- 14h00 : accueil\n- 17h30 : pot"
    )
    starts = await _standing([("odile_c", "2025-05-26T20:12:00+02:00", raw)])
    assert "2025-06-14T12:00:00Z" not in starts


async def test_a_programme_whose_first_row_has_no_hour_gives_none() -> None:
    raw = (
        "L'assemblée générale aura lieu le **samedi 14 juin 2025**.\n\n"
        "Programme :\n- accueil à partir de 13h30\n- 14h30 : rapport moral"
    )
    assert "2025-06-14T12:30:00Z" not in await _standing([("odile_c", "2025-05-26T20:12:00+02:00", raw)])


WORK_DAY = (
    "Chantier participatif – samedi 11 avril\n\n"
    "On refait les bacs surélevés au jardin partagé. **De 9h30 à 12h30**, puis pique-nique partagé.\n\n"
    "Merci de vous inscrire **avant le mercredi 8 avril (date limite)**."
)


async def test_a_heading_giving_the_day_takes_the_hours_of_the_paragraph_below() -> None:
    assert await _standing([("claire_d", "2026-03-25T20:00:00+01:00", WORK_DAY)]) == ["2026-04-11T07:30:00Z"]


async def test_a_length_in_hours_is_no_hour() -> None:
    raw = "Atelier game jam samedi 15 novembre au fablab, 48h pour créer un jeu en équipe !"
    assert "2025-11-15T07:00:00Z" not in await _standing([("yanis_b", "2025-10-20T10:00:00+02:00", raw)])


async def test_a_sentence_opening_the_post_is_no_heading() -> None:
    raw = "Le chantier participatif aura lieu samedi 11 avril.\n\nLe matin, on monte les bacs à 9h30 si le bois est là."
    assert "2026-04-11T07:30:00Z" not in await _standing([("claire_d", "2026-03-25T20:00:00+01:00", raw)])
