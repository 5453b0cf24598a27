"""A decision told after what led to it ("J'en ai parlé au CA hier soir : ok, va pour 19h"), a member's own absence
("Jeudi midi je suis en formation"), a place reopening at its usual hours, and a delivery moved "même horaire":
only the meetings announced, at their hour."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing

AG = (
    "thibault_bouillon",
    "2026-03-30T11:00:00+02:00",
    "L'assemblée générale ordinaire du café associatif se tiendra le **jeudi 23 avril 2026 à 18h**, dans la grande "
    "salle du café.",
)


async def test_a_decision_after_yesterday_s_board_is_to_come() -> None:
    asked = ("nadia_c", "2026-03-31T08:15:00+02:00", "Est-ce qu'on pourrait la faire à 19h plutôt ?")
    decided = (
        "thibault_bouillon",
        "2026-04-02T09:45:00+02:00",
        "J'en ai parlé au CA hier soir : ok, **va pour 19h** le jeudi 23 avril. Je mets à jour la convocation.",
    )
    assert await _standing([AG, asked, decided], title="AG ordinaire 2026") == ["2026-04-23T17:00:00Z"]


async def test_a_member_saying_they_are_away_that_day_announces_nothing() -> None:
    point = (
        "gurvan_s",
        "2025-11-17T09:30:00+01:00",
        'Prochain point d\'étape du GT : [date=2025-11-27 time=12:30:00 timezone="Europe/Paris"] en visio, 45 min.',
    )
    away = ("maud_j", "2025-11-17T11:02:00+01:00", "Jeudi midi je suis en formation, dommage...")
    assert await _standing([point, away], title="Point d'étape du GT") == ["2025-11-27T11:30:00Z"]


async def test_a_place_reopening_at_its_usual_hours_is_no_meeting() -> None:
    closed = (
        "rozenn_station",
        "2025-12-10T11:00:00+01:00",
        "La Station sera **fermée du samedi 20 décembre au dimanche 4 janvier inclus**.\n"
        "Réouverture le **lundi 5 janvier** aux horaires habituels (9h-18h en semaine).\n\n"
        "Le badge fonctionne pendant la fermeture, mais pas de chauffage dans l'atelier bois !",
    )
    assert await _standing([closed], title="Fermeture de fin d'année") == []


async def test_a_delivery_moved_at_the_same_hour_does_not_take_the_meeting_s_hour() -> None:
    amap = (
        "celine_amap",
        "2026-03-03T12:30:00+01:00",
        "Les **distributions de paniers** ont lieu chaque mardi sous le préau.\n\n"
        "Et on se retrouve pour la **réunion de renouvellement** le **jeudi 2 avril à 20h** dans la grande salle.",
    )
    moved = (
        "celine_amap",
        "2026-03-16T18:20:00+01:00",
        "Petit changement : la distribution du 24 mars est **avancée au lundi 23 mars**, même horaire.",
    )
    assert await _standing([amap, moved], title="AMAP : distributions et réunion") == ["2026-04-02T18:00:00Z"]


async def test_a_practice_given_as_an_example_is_no_meeting() -> None:
    report = (
        "olivier_reseau",
        "2025-12-09T09:45:00+01:00",
        "Le compte-rendu du webinaire, points clés :\n\n"
        "1. la collégiale, c'est bien mais il faut un·e référent·e par chantier\n"
        "2. prévoir un temps de régulation régulier (ex : La Station à Cergy le fait le lundi 15 décembre à 18h)\n\n"
        "Prochain webinaire du cycle : mardi 13 janvier à 11h, en visio.",
    )
    assert await _standing([report], title="Cycle gouvernance partagée") == ["2026-01-13T10:00:00Z"]


TONIGHT = (
    "nadia_jardin",
    "2026-05-19T10:30:00+02:00",
    "Ce soir **19h**, petite réunion de l'asso au jardin pour préparer la fête des voisins.",
)


async def test_doing_it_tomorrow_at_the_same_hour_moves_the_meeting() -> None:
    moved = ("nadia_jardin", "2026-05-19T16:10:00+02:00", "Bon, orages annoncés… **on fait ça demain, même heure**.")
    assert await _standing([TONIGHT, moved], title="Réunion de l'asso ce soir") == ["2026-05-20T17:00:00Z"]


async def test_a_member_s_absence_after_a_meeting_s_clause_leaves_the_meeting() -> None:
    point = (
        "gurvan_s",
        "2025-11-17T09:30:00+01:00",
        "Prochain point d'étape du GT : jeudi 27 novembre à 12h30 en visio.",
    )
    reply = (
        "maud_j",
        "2025-11-17T11:02:00+01:00",
        "Et la visio de relecture du jeudi 20 novembre à 18h, puis je suis en congé jusqu'au 26.",
    )
    assert "2025-11-20T17:00:00Z" in await _standing([point, reply], title="Point d'étape du GT")
