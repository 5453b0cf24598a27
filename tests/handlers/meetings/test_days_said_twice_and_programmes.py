"""A day said twice ("samedi prochain, le 29" written on Thursday the 20th is the 29th), the rows of a day's
programme ("Programme prévisionnel :" then "- 11h : ouverture", "- 15h : concert": one day starting at 11h), and a
table of dates above a poll of the same dates ("Merci de voter pour…"): dates offered, no meetings yet."""

from __future__ import annotations

import pytest

from tests.handlers.meetings.test_member_updates import _standing


@pytest.mark.parametrize(
    ("raw", "standing"),
    [
        ("Et **samedi prochain, le 29**, **atelier réparation vélo à 14h** avec Rémi.", ["2025-11-29T13:00:00Z"]),
        ("Atelier réparation vélo samedi prochain, le 29 à 14h.", ["2025-11-29T13:00:00Z"]),
        # alone, "samedi prochain" written on a Thursday may be the 22nd or the 29th: no reminder
        ("Atelier réparation vélo samedi prochain à 14h.", []),
        ("Réunion jeudi, 18 personnes inscrites, à 18h.", ["2025-11-27T17:00:00Z"]),
    ],
)
async def test_a_day_of_the_month_beside_a_weekday_says_which(raw: str, standing: list[str]) -> None:
    assert await _standing([("agnes_c", "2025-11-20T16:10:00+01:00", raw)]) == standing


@pytest.mark.parametrize(
    ("heading", "standing"),
    [
        ("Programme prévisionnel :", ["2026-06-13T09:00:00Z"]),
        ("Au programme :", ["2026-06-13T09:00:00Z"]),
        ("Deux ateliers ce jour-là :", ["2026-06-13T09:00:00Z", "2026-06-13T13:00:00Z"]),
    ],
)
async def test_the_rows_of_a_days_programme_are_its_parts(heading: str, standing: list[str]) -> None:
    raw = f"Le Grenier fête ses 5 ans le **samedi 13 juin** ! {heading}\n- 11h : ouverture\n- 15h : concert"
    assert await _standing([("stephane_p", "2026-05-12T10:00:00+02:00", raw)]) == standing


async def test_a_table_of_the_dates_a_poll_offers_is_no_meeting() -> None:
    raw = (
        "Deuxième session de la formation facilitation, à Blois. Merci de voter pour les dates qui vous arrangent :\n\n"
        "| Date | Créneau |\n|---|---|\n| mardi 12 mai | 9h30-17h |\n| jeudi 21 mai | 9h30-17h |\n\n"
        "[poll type=multiple]\n* mardi 12 mai\n* jeudi 21 mai\n[/poll]"
    )
    assert await _standing([("claire_v", "2026-04-20T10:00:00+02:00", raw)], cooked=True) == []


async def test_a_double_programme_lists_two_meetings() -> None:
    raw = (
        "Samedi 22 mars, double programme à la ressourcerie :\n\n- **Repair café** : de 10h à 13h\n"
        "- **Atelier couture** : 14h-16h30"
    )
    standing = await _standing([("ressourcerie", "2025-03-12T10:05:00+01:00", raw)])
    assert standing == ["2025-03-22T09:00:00Z", "2025-03-22T13:00:00Z"]
