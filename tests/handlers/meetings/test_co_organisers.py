"""A reply by someone who says they run the meeting with its announcer ("je co-organise avec Fanny"), a move that
also calls another day off, and a weekday whose only meeting is held back: the organisers' word, or silence."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing

AGENDA = (
    "justine_reseau",
    "2026-01-05T09:30:00+01:00",
    "Voici l'agenda du mois :\n\n"
    "- **GT Gouvernance** : mardi 13 janvier, 18h30\n"
    "- **Webinaire compta des assos** : jeudi 15 janvier, 12h30-13h30\n",
)


async def test_a_co_organiser_naming_the_announcer_moves_the_meeting() -> None:
    moved = (
        "mehdi_b",
        "2026-01-07T14:00:00+01:00",
        "Info de l'équipe (je l'organise avec Justine) : le webinaire compta est **décalé au jeudi 22 janvier**, "
        "même horaire.",
    )
    assert await _standing([AGENDA, moved], title="Agenda du réseau") == [
        "2026-01-13T17:30:00Z",
        "2026-01-22T11:30:00Z",
    ]


async def test_a_member_naming_someone_else_as_co_organiser_only_holds_the_meeting_back() -> None:
    """ "Je co-organise avec Sarah" of a meeting announced by Justine: their word does not count, the day is unsure."""
    moved = (
        "mehdi_b",
        "2026-01-07T14:00:00+01:00",
        "Info (je co-organise avec Sarah) : le webinaire compta est **décalé au jeudi 22 janvier**, même horaire.",
    )
    assert await _standing([AGENDA, moved], title="Agenda du réseau") == ["2026-01-13T17:30:00Z"]


WEBINAR = (
    "karim_reseau",
    "2026-02-03T14:15:00+01:00",
    "On organise un **webinaire** sur les fonds européens :\n"
    "➡️ **mardi 24 février, de 11h à 12h30**, sur Zoom\n\n"
    "On propose aussi un **temps d'échange en petits groupes le jeudi 26 février à 14h** (1h, en visio).",
)


async def test_a_move_that_calls_off_another_day_moves_one_and_calls_off_the_other() -> None:
    moved = (
        "karim_reseau",
        "2026-02-18T17:45:00+01:00",
        "L'intervenante a un empêchement : **le webinaire est décalé au mardi 3 mars, même horaire (11h-12h30)**.\n"
        "Du coup **le temps d'échange du 26 février est annulé**.",
    )
    assert await _standing([WEBINAR, moved], title="Fonds européens : webinaire et temps d'échange") == [
        "2026-03-03T10:00:00Z"
    ]


async def test_a_weekday_whose_only_meeting_is_held_back_is_no_new_meeting() -> None:
    """Which Monday a reply means when its topic's Monday is in doubt is unsure: not the next Monday."""
    training = (
        "fanny_fede",
        "2026-02-09T14:00:00+01:00",
        "**Formation de 2 jours** : **lundi 9 et mardi 10 mars 2026**, 9h30 – 17h, à La Cagette.",
    )
    doubt = ("fanny_fede", "2026-02-16T12:00:00+01:00", "On décale peut-être un des deux jours, je confirme demain.")
    monday = ("fanny_fede", "2026-02-24T11:45:00+01:00", "Café d'accueil ajouté : **le lundi on commence à 9h**.")
    standing = await _standing([training, doubt, monday], title="Formation repair café")
    assert "2026-03-02T08:00:00Z" not in standing
