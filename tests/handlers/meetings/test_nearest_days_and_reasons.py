"""A weekday and its number naming two days a month apart, a public body named in full holding its own event, a
second assembly said not to take place, a day given as the reason for a move: how members of a tiers-lieux network
write them, and the starts left standing."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.meetings.dates import _weekday_day
from tests.handlers.meetings.test_member_updates import _standing


@pytest.mark.parametrize(
    ("weekday", "day", "written", "meant"),
    [
        # 4 February and 4 March 2026 are both Wednesdays: written on the 23rd, the one to come is nearer
        (2, 4, date(2026, 2, 23), date(2026, 3, 4)),
        # written on the 10th, the 4th six days back is nearer than the 4th of March
        (2, 4, date(2026, 2, 10), date(2026, 2, 4)),
        # five days back is nearer than 18 March: the report of last week's meeting keeps its day
        (2, 18, date(2026, 2, 23), date(2026, 2, 18)),
    ],
)
def test_a_weekday_and_its_number_are_the_nearest_day_that_has_both(
    weekday: int, day: int, written: date, meant: date
) -> None:
    assert _weekday_day(weekday, day, written) == meant


async def test_an_announcer_moving_a_meeting_to_its_weekday_and_number_next_month_moves_it() -> None:
    announced = (
        "nadia_tl",
        "2026-02-20T10:00:00+01:00",
        "Le dossier de la Région est à rendre **avant le 15 mars**. Je propose qu'on l'écrive ensemble : **mercredi 4 "
        "mars de 14h à 17h** au coworking.",
    )
    asked = (
        "camille_tl",
        "2026-02-23T09:00:00+01:00",
        "Je dois partir à 16h30… on pourrait avancer d'une demi-heure ?",
    )
    moved = ("nadia_tl", "2026-02-23T12:30:00+01:00", "Ok, on avance : **13h30-16h30** le mercredi 4.")
    assert await _standing([announced, asked, moved], title="Atelier collectif : dossier de la Région") == [
        "2026-03-04T12:30:00Z"
    ]


@pytest.mark.parametrize(
    "body",
    ["la Région Nouvelle-Aquitaine organise", "la mairie de Castres organise", "la Région organise"],
)
async def test_a_public_body_named_in_full_holding_its_own_event_is_told_of(body: str) -> None:
    post = (
        "thomas_tl",
        "2026-05-27T14:00:00+02:00",
        f"Pour info, {body} un webinaire d'information le **mardi 2 juin à 10h** (inscription sur leur site).\n\n"
        "De notre côté, on se retrouve pour en débriefer **jeudi 4 juin à 12h30** en visio : "
        "https://visio.example.org/debrief",
    )
    assert await _standing([post]) == ["2026-06-04T10:30:00Z"]


async def test_a_second_assembly_said_not_to_take_place_is_called_off() -> None:
    convened = (
        "presidente_tl",
        "2026-05-20T19:00:00+02:00",
        "Le CA vous convoque à une Assemblée générale extraordinaire le **samedi 13 juin 2026 à 9h30** en ligne.\n\n"
        "Une seconde AGE se tiendra le **samedi 20 juin à 9h30** pour voter le règlement intérieur.",
    )
    over = (
        "presidente_tl",
        "2026-06-13T12:20:00+02:00",
        "Merci à toutes et tous, tout a été voté ! **Il n'y aura donc pas de seconde AGE le 20 juin.**",
    )
    assert await _standing([convened, over]) == ["2026-06-13T07:30:00Z"]


async def test_a_day_given_after_a_dash_as_the_reason_of_a_move_is_no_meeting() -> None:
    """ "mardi 3" written on 20 February is 3 March, the day left (read as 3 February, past, it was set aside
    anyway)."""
    announced = (
        "reseau_tl",
        "2026-02-06T09:00:00+01:00",
        "Atelier régional des tiers-lieux **jeudi 26 mars à Poitiers, 9h30-17h**. Inscriptions ouvertes !",
    )
    moved = (
        "reseau_tl",
        "2026-02-20T16:00:00+01:00",
        "Le café-visio de mars est exceptionnellement **décalé au mercredi 4 mars, même heure (12h30)** — mardi 3 "
        "c'est la réunion des financeurs.",
    )
    assert await _standing([announced, moved]) == ["2026-03-04T11:30:00Z", "2026-03-26T08:30:00Z"]
