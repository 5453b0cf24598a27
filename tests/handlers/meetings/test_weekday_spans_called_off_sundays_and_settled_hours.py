"""A span of weekdays with its hours ("du lundi au vendredi, 8h30-18h (au lieu de 19h)") is a week's hours, not the
next Friday's meeting; "on supprime le brunch du dimanche" calls off the festival's Sunday brunch weeks ahead, not the
next Sunday; the announcer's "Go pour 13h, même lien" moves the meeting to 13h; a list's opening line giving a length
beside the hour ("Tous à 18h …, durée ~1h30 :") gives the hour; "Fête du jardin" and "on refait un point mardi"
name gatherings."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing

HOURS = (
    "**Horaires d'été** à partir du lundi 1er juin : du lundi au vendredi, 8h30-18h (au lieu de 19h).\n\n"
    "Et **petit-déj des coworkers vendredi 12 juin à 8h30** : croissants offerts !"
)


async def test_a_span_of_weekdays_with_its_hours_is_no_meeting() -> None:
    posts = [("lena_c", "2026-05-25T09:00:00+02:00", HOURS)]
    assert await _standing(posts, title="Horaires d'été et petit-déj") == ["2026-06-12T06:30:00Z"]


async def test_a_weekday_with_its_day_of_the_month_beside_a_span_is_still_read() -> None:
    """The guard: "du lundi 10 au vendredi 21 août" has days of the month; "vendredi 12 juin à 8h30" is a meeting."""
    posts = [("lena_c", "2026-05-25T09:00:00+02:00", "Fermeture du lundi 10 au vendredi 21 août.\n\n" + HOURS)]
    assert "2026-06-12T06:30:00Z" in await _standing(posts, title="Horaires d'été et petit-déj")


FESTIVAL = (
    "Le festival revient !\n\n**Samedi 11 juillet** – ateliers dès **10h**\n\n"
    "**Dimanche 12 juillet** – **brunch de clôture à 11h**"
)


async def test_a_sunday_called_off_weeks_ahead_is_the_festivals() -> None:
    posts = [
        ("paulin_v", "2026-05-20T10:00:00+02:00", FESTIVAL),
        ("fanny_l", "2026-06-01T09:30:00+02:00", "Le brunch du dimanche est toujours prévu ?", 1),
        (
            "paulin_v",
            "2026-06-01T18:00:00+02:00",
            "Effectivement, on supprime le brunch du dimanche : pas assez de bras en cuisine.",
            2,
        ),
    ]
    assert await _standing(posts, title="Festival") == ["2026-07-11T08:00:00Z"]


async def test_a_sunday_spoken_of_without_calling_it_off_leaves_the_festival() -> None:
    """The guard: "on prépare le brunch du dimanche" calls nothing off."""
    posts = [
        ("paulin_v", "2026-05-20T10:00:00+02:00", FESTIVAL),
        ("fanny_l", "2026-06-01T09:30:00+02:00", "On prépare le brunch du dimanche ensemble ?", 1),
    ]
    assert await _standing(posts, title="Festival") == ["2026-07-11T08:00:00Z", "2026-07-12T09:00:00Z"]


async def test_the_announcers_go_for_an_hour_moves_the_meeting() -> None:
    posts = [
        (
            "gwen_lb",
            "2026-03-03T21:40:00+01:00",
            "**Visio express demain 12h30** pour valider le budget.\n\nhttps://visio.example.org/budget",
        ),
        ("fanch_q", "2026-03-04T08:10:00+01:00", "Je peux pas avant 13h. On peut décaler à 13h ?", 1),
        ("gwen_lb", "2026-03-04T08:45:00+01:00", "Ok pour moi. 13h pour tout le monde ?", 2),
        ("gaelle_r", "2026-03-04T09:20:00+01:00", "👍 13:00", 3),
        ("gwen_lb", "2026-03-04T09:30:00+01:00", "Go pour **13h**, même lien."),
    ]
    assert await _standing(posts, title="Budget 2027") == ["2026-03-04T12:00:00Z"]


async def test_a_lists_opening_line_giving_a_length_beside_the_hour_gives_the_hour() -> None:
    posts = [
        (
            "nolwenn_j",
            "2026-09-07T20:05:00+02:00",
            "Les ateliers du mercredi reviennent ! Tous à **18h** au jardin, durée ~1h30 :\n\n"
            "1. **mer. 16/09** – semis d'automne\n2. **mer. 23/09** – compost",
        )
    ]
    assert await _standing(posts, title="Ateliers du mercredi") == ["2026-09-16T16:00:00Z", "2026-09-23T16:00:00Z"]


async def test_a_fete_of_the_place_and_a_point_to_make_again_are_gatherings() -> None:
    posts = [
        ("lucie_c", "2026-06-05T21:10:00+02:00", "On prépare la fête ensemble ? Il faut se répartir les stands."),
        (
            "lucie_c",
            "2026-06-12T09:15:00+02:00",
            "Ce qu'on a décidé :\n\n- **Fête du jardin samedi 20 juin, de 15h à 22h**\n"
            "- on refait un point **mardi 16 juin à 18h30** au jardin",
        ),
    ]
    assert await _standing(posts, title="Prépa") == ["2026-06-16T16:30:00Z", "2026-06-20T13:00:00Z"]


async def test_the_fete_of_mothers_is_no_gathering() -> None:
    """The guard: "la fête des mères" is a day of the calendar, not the place's."""
    posts = [
        ("lucie_c", "2026-05-25T09:15:00+02:00", "Le jardin sera fermé pour la fête des mères dimanche 31 mai à 10h.")
    ]
    assert await _standing(posts, title="Jardin") == []
