"""A date a member quotes from elsewhere, days offered under "Options :", a day called off by its name alone: how
members of a tiers-lieux network write them, and the starts left standing."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing

BUREAU = ("christophe_tl", "2026-10-26T20:00:00+01:00", "La réunion de bureau aura lieu le **lundi 9 novembre à 20h**.")


async def test_a_date_a_member_quotes_from_an_agenda_is_no_meeting() -> None:
    moved = (
        "christophe_tl",
        "2026-10-28T19:30:00+01:00",
        "La réunion de bureau est avancée au jeudi 5 novembre, même heure.",
    )
    quoted = (
        "rachid_tl",
        "2026-11-02T18:00:00+01:00",
        "Le 5 c'est confirmé ? J'ai encore « Mon 9 Nov, 8pm » dans l'agenda partagé.",
    )
    assert await _standing([BUREAU, moved, quoted], title="Réunion de bureau de novembre") == ["2026-11-05T19:00:00Z"]


async def test_days_under_a_heading_of_options_are_no_meeting_yet() -> None:
    poll = (
        "theo_tl",
        "2026-02-02T09:10:00+01:00",
        "On cherche une date pour l'AG ordinaire. Sondage : https://framadate.org/ag2026\n\n"
        "Options (toujours à 18h30) :\n- mardi 3 mars\n- jeudi 5 mars\n- lundi 9 mars",
    )
    assert await _standing([poll]) == []


async def test_a_day_called_off_by_its_name_leaves_the_other_day_of_the_event() -> None:
    chantier = (
        "lucie_tl",
        "2026-02-20T17:30:00+01:00",
        "Chantier participatif pour la serre : **samedi 7 et dimanche 8 mars, de 9h à 17h**.",
    )
    one_day = (
        "lucie_tl",
        "2026-03-04T19:15:00+01:00",
        "On est nombreux : on fait tout samedi, le dimanche est annulé. Samedi début 9h comme prévu.",
    )
    assert await _standing([chantier, one_day]) == ["2026-03-07T08:00:00Z"]
