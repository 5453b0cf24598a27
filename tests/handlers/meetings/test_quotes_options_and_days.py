"""A date a member quotes from elsewhere, days offered under "Options :", a day called off by its name alone, drop-offs
at the usual hours, a new start agreed to by name: how members of a tiers-lieux network write them, and the starts
left standing."""

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


async def test_drop_offs_taken_again_at_the_usual_hours_are_no_meeting() -> None:
    post = (
        "marc_tl",
        "2026-03-20T18:00:00+01:00",
        "Le repair café d'avril est prévu le **samedi 11 avril, 9h-12h**, au foyer Saint-Léon.\n\n"
        "Rappel : la ressourcerie est fermée le lundi 6 avril. Les dépôts reprennent le mardi 7 avril, horaires "
        "habituels 10h-18h.",
    )
    assert await _standing([post]) == ["2026-04-11T07:00:00Z"]


async def test_an_organiser_agreeing_by_name_to_a_new_start_moves_the_meeting() -> None:
    bilan = ("thomas_tl", "2026-06-08T10:00:00+02:00", "Réunion bilan de la saison **mardi 30 juin à 18h**, en visio.")
    asked = ("claire_tl", "2026-06-22T17:30:00+02:00", "Beaucoup sortent du boulot à 18h, on démarre à 18h15 ?")
    agreed = (
        "thomas_tl",
        "2026-06-22T18:05:00+02:00",
        "Oui bonne idée Claire, **début 18h15**. Je mets à jour l'invitation.",
    )
    assert await _standing([bilan, asked, agreed]) == ["2026-06-30T16:15:00Z"]


async def test_an_organiser_answering_parfait_makes_a_co_organisers_replacement_theirs() -> None:
    visio = (
        "theo_tl",
        "2025-11-03T09:40:00+01:00",
        "Visio partenaires pour le bilan 2025 : **mardi 18 novembre 10h**.",
    )
    replaced = (
        "ines_tl",
        "2025-11-12T15:20:00+01:00",
        "La Région préfère venir sur place : **la visio de mardi est remplacée par une rencontre en présentiel "
        "jeudi 20 novembre à 10h**, salle Tilleul.",
    )
    agreed = ("theo_tl", "2025-11-12T16:00:00+01:00", "Parfait, j'ai prévenu la Fondation.")
    assert await _standing([visio, replaced, agreed]) == ["2025-11-20T09:00:00Z"]


async def test_a_day_said_decided_after_a_poll_replaces_the_day_before_it() -> None:
    announced = (
        "julie_tl",
        "2026-05-04T10:00:00+02:00",
        "Rencontre régionale des repair cafés : **samedi 13 juin, 10h**.",
    )
    moved = ("julie_tl", "2026-05-05T09:00:00+02:00", "Ok, on passe au **samedi 20 juin**, même horaire.")
    polled = (
        "julie_tl",
        "2026-05-07T10:00:00+02:00",
        "Troisième essai, sondage :\n\n- samedi 27 juin\n- samedi 4 juillet",
    )
    decided = (
        "julie_tl",
        "2026-05-12T09:00:00+02:00",
        "C'est tranché : **samedi 27 juin à Bar-le-Duc**. Début 10h, fin vers 16h30.",
    )
    assert await _standing([announced, moved, polled, decided], title="Rencontre régionale des repair cafés") == [
        "2026-06-27T08:00:00Z"
    ]
