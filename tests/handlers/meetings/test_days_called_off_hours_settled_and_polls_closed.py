"""A reply calling off one day by its weekday and number ("on annule le dimanche 13"), or "tout pour septembre" with
one session kept; a confirmation promised for the morning after; a place's weekly hours after "le jeudi"; a poll said
closed; a session given a new hour by its rank; an hour settled for a day announced without one; goods delivered on a
day named beside a series."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing

MARKET = (
    "sabrina_g",
    "2026-11-16T10:00:00+01:00",
    "Notre marché de Noël aura lieu au tiers-lieu :\n- **samedi 12 décembre** 10h-19h\n"
    "- **dimanche 13 décembre** 10h-18h\n\n**Réunion exposants jeudi 3 décembre à 19h** pour l'organisation.",
)


async def test_calling_off_a_day_by_its_weekday_and_number_calls_off_that_day_only() -> None:
    off = (
        "sabrina_g",
        "2026-11-28T18:30:00+01:00",
        "Bilan : on n'a que 7 exposants pour le dimanche, c'est maigre… on **annule le dimanche 13** et on concentre "
        "tout sur le samedi.",
    )
    assert await _standing([MARKET, off]) == ["2026-12-03T18:00:00Z", "2026-12-12T09:00:00Z"]


async def test_a_day_called_off_in_its_clause_leaves_the_one_named_after_it() -> None:
    building = (
        "gael_r",
        "2026-04-22T19:30:00+02:00",
        "Deux journées de chantier participatif :\n- samedi 16 mai, 9h-17h : fondations\n"
        "- samedi 23 mai, 9h-17h : voûte",
    )
    off = (
        "gael_r",
        "2026-05-06T18:00:00+02:00",
        "Point inscriptions : **On annule le 23**, et on essaie de tout faire le 16.",
    )
    assert await _standing([building, off]) == ["2026-05-16T07:00:00Z"]


SEWING = (
    "francine_c",
    "2026-07-06T10:00:00+02:00",
    "Les ateliers couture de la rentrée, de 14h à 17h :\n- mercredi 2 septembre\n- mercredi 16 septembre\n"
    "- mercredi 14 octobre",
)


async def test_all_called_off_for_a_month_leaves_the_next_months_session() -> None:
    off = (
        "francine_c",
        "2026-08-26T15:40:00+02:00",
        "Travaux de toiture en septembre 😩 **On annule tout pour septembre.** On garde la suite.",
    )
    assert await _standing([SEWING, off]) == ["2026-10-14T12:00:00Z"]


async def test_all_called_off_with_no_month_calls_off_every_session() -> None:
    off = ("francine_c", "2026-08-26T15:40:00+02:00", "Le local ferme pour travaux, **on annule tout**, désolée.")
    assert await _standing([SEWING, off]) == []


VISIO = ("pauline_r", "2026-02-03T14:00:00+01:00", "Visio du groupe communication **lundi 9 février 18h**.")


async def test_a_confirmation_promised_for_the_next_morning_holds_the_meeting_back() -> None:
    agreed = ("kevin_m", "2026-02-03T15:22:00+01:00", "ok pour moi")
    maybe = (
        "pauline_r",
        "2026-02-08T21:30:00+01:00",
        "Je vais sûrement devoir décaler à 19h ou à mardi, je vous confirme demain matin.",
    )
    assert await _standing([VISIO, agreed, maybe]) == []


async def test_a_bare_confirmation_of_a_members_word_still_confirms() -> None:
    moved = ("kevin_m", "2026-02-03T15:22:00+01:00", "Pour info on décale la visio à 19h, la salle est prise avant.")
    confirms = ("pauline_r", "2026-02-03T16:00:00+01:00", "Merci Kevin, je confirme.")
    assert await _standing([VISIO, moved, confirms]) == ["2026-02-09T18:00:00Z"]


async def test_a_places_weekly_hours_after_le_jeudi_are_no_meeting() -> None:
    raw = (
        "**Réunion de rentrée** de l'AMAP **mardi 15 septembre à 20h**, salle des fêtes.\n\n"
        "Rappel : les distributions continuent le jeudi 18h-19h30 sous la halle."
    )
    assert await _standing([("veronique_s", "2026-09-01T08:45:00+02:00", raw)]) == ["2026-09-15T18:00:00Z"]


async def test_a_reply_naming_the_told_days_workshop_with_its_hour_still_gives_it() -> None:
    first = ("anouk_l", "2026-02-27T10:00:00+01:00", "Ateliers thématiques en visio **mardi 24 mars, 14h-16h30**.")
    link = (
        "anouk_l",
        "2026-03-20T08:45:00+01:00",
        "Nouveau lien pour les ateliers du mardi 14h : https://visio.example.org/b/ateliers",
    )
    assert await _standing([first, link]) == ["2026-03-24T13:00:00Z"]


async def test_a_date_given_as_a_closed_polls_outcome_is_the_meeting() -> None:
    poll = (
        "julien_t",
        "2026-02-16T10:00:00+01:00",
        "Sondage pour notre **AG annuelle** :\n\n- samedi 21 mars, 14h\n- samedi 28 mars, 14h\n\n"
        "👉 https://framadate.org/ag-2026",
    )
    closed = (
        "julien_t",
        "2026-03-02T09:30:00+01:00",
        "Le sondage est clos : l'AG aura lieu le **samedi 28 mars à 14h**, salle polyvalente.",
    )
    assert await _standing([poll, closed]) == ["2026-03-28T13:00:00Z"]


async def test_a_session_given_another_hour_by_its_rank_is_reminded_once() -> None:
    course = (
        "marion_l",
        "2025-12-15T10:00:00+01:00",
        "La formation se fera en 3 séances, **le lundi de 9h30 à 12h** :\n\n- 1re séance : lundi 12 janvier – posture\n"
        "- 2e séance : lundi 19 janvier – outils\n- 3e séance : lundi 2 février – bilan",
    )
    moved = (
        "marion_l",
        "2026-01-08T16:30:00+01:00",
        "Changement : **la 2e séance est déplacée au mardi 20 janvier**, la formatrice est prise le lundi 19.",
    )
    change = (
        "marion_l",
        "2026-01-14T11:00:00+01:00",
        "Autre info : la **3e séance** (lundi 2 février) se fera en présentiel à la Halle, **de 10h à 16h**.",
    )
    assert (await _standing([course, moved, change]))[-2:] == ["2026-01-20T08:30:00Z", "2026-02-02T09:00:00Z"]


async def test_an_hour_settled_for_a_day_announced_without_one_is_its_start() -> None:
    day = (
        "claire_v",
        "2026-04-20T09:00:00+02:00",
        "Le sondage est clos : la rencontre régionale aura lieu le **jeudi 21 mai à Felletin**. Horaires à préciser.",
    )
    proposal = ("antoine_f", "2026-04-20T10:30:00+02:00", "On propose 9h ?")
    settled = (
        "claire_v",
        "2026-04-21T17:00:00+02:00",
        "Merci pour vos retours. On part sur un **démarrage à 10h30**, fin vers 17h.",
    )
    assert await _standing([day, proposal, settled]) == ["2026-05-21T08:30:00Z"]


async def test_goods_delivered_on_a_day_beside_a_series_are_no_session() -> None:
    raw = (
        "Notre AG annuelle aura lieu **mardi 17 mars à 19h** à la salle polyvalente.\n\n"
        "Rappel : les paniers sont toujours distribués le jeudi de 18h à 19h30, et les paniers spéciaux de Pâques "
        "seront livrés le jeudi 2 avril."
    )
    assert await _standing([("christophe_l", "2026-03-05T20:00:00+01:00", raw)]) == ["2026-03-17T18:00:00Z"]
