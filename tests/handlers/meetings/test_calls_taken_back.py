"""Changes said in passing: a call-off its organiser takes back ("Oubliez mon message d'hier… maintenue"), a date
corrected ("je corrige : mardi 10 février"), a new hour ("l'initiation passe à 14h-16h"), a co-president named in a
signature; and what is no meeting to remind: a session held to a condition, one its organiser doubts, a member's own
schedule, deliveries listed, an hour members moved among themselves."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing

LASER = (
    "karim_h",
    "2026-01-26T13:00:00+01:00",
    "Prochaine **initiation à la découpe laser** : **jeudi 5 février, 18h30-20h30**. 6 places, inscription ici.",
)
CALLED_OFF = ("karim_h", "2026-02-02T18:40:00+01:00", "Le tube a lâché 😩 **J'annule l'initiation de jeudi**, désolé.")


async def test_a_call_off_taken_back_by_its_organiser_is_on_again() -> None:
    back = (
        "karim_h",
        "2026-02-03T11:25:00+01:00",
        "Oubliez mon message d'hier !! Ce n'était que l'alim. **L'initiation de jeudi est maintenue**, même heure.",
    )
    assert await _standing([LASER, CALLED_OFF]) == []
    assert await _standing([LASER, CALLED_OFF, back]) == ["2026-02-05T17:30:00Z"]


async def test_a_member_saying_it_stands_brings_nothing_back() -> None:
    said = ("martine_r", "2026-02-03T11:25:00+01:00", "Oubliez mon message, l'initiation de jeudi est maintenue ?")
    assert await _standing([LASER, CALLED_OFF, said]) == []


PROGRAMME = (
    "helene_g",
    "2026-01-05T14:00:00+01:00",
    "Les ateliers de l'hiver :\n\n- **mer. 28 janvier, 14h-16h** : réparer une chaise cannée\n"
    "- **sam. 7 février, 10h-12h30** : relooker un petit meuble\n- **lun. 16 février, 20h** : réunion de bureau",
)
CHAIR_OFF = (
    "helene_g",
    "2026-01-23T17:30:00+01:00",
    "L'atelier **chaise cannée du 28 est annulé**, l'intervenante est malade.",
)


async def test_another_meeting_said_to_stand_does_not_bring_the_one_called_off_back() -> None:
    by_day = ("helene_g", "2026-01-23T18:20:00+01:00", "Oui, le 7 février est maintenu, ainsi que les autres.")
    by_name = ("helene_g", "2026-01-23T18:25:00+01:00", "Et la réunion de bureau est maintenue, dans le petit bureau.")
    standing = await _standing([PROGRAMME, CHAIR_OFF, by_day, by_name])
    assert "2026-01-28T13:00:00Z" not in standing
    assert standing == ["2026-02-07T09:00:00Z", "2026-02-16T19:00:00Z"]


async def test_a_co_president_named_in_the_signature_moves_the_meeting_and_its_announcer_still_counts() -> None:
    ag = (
        "christophe_l",
        "2026-01-26T20:00:00+01:00",
        "L'**assemblée générale** de l'AMAP aura lieu le **samedi 21 février à 10h**, salle Garros.\n\n"
        "Christophe, co-président avec Isabelle",
    )
    moved = (
        "isabelle_b",
        "2026-02-02T19:30:00+01:00",
        "La salle est prise le 21. **L'AG est donc déplacée au samedi 28 février**, même heure, même salle.",
    )
    earlier = ("christophe_l", "2026-02-10T21:00:00+01:00", "**On avance d'une demi-heure : début de l'AG à 9h30.**")
    assert await _standing([ag, moved], title="AG 2026") == ["2026-02-28T09:00:00Z"]
    assert await _standing([ag, moved, earlier], title="AG 2026") == ["2026-02-28T08:30:00Z"]


async def test_a_date_corrected_by_its_announcer_replaces_the_one_written() -> None:
    minutes = (
        "lucas_b",
        "2026-01-15T22:00:00+01:00",
        "Compte-rendu de la réunion d'équipe.\n\n**Prochaine réunion : mercredi 11 février, 18h, salle du haut.**",
    )
    slip = (
        "julie_c",
        "2026-01-16T08:30:00+01:00",
        "Petite correction : on avait dit **mardi 10 février**, pas mercredi 11.",
    )
    fixed = ("lucas_b", "2026-01-16T09:10:00+01:00", "Exact, merci Julie, je corrige : **mardi 10 février, 18h**.")
    assert await _standing([minutes, slip, fixed], title="CR réunion d'équipe") == ["2026-02-10T17:00:00Z"]


async def test_a_new_hour_the_organiser_gives_keeps_the_day() -> None:
    workshop = (
        "mathieu_g",
        "2026-09-21T18:20:00+02:00",
        "Prochaine initiation à la découpeuse laser : **samedi 3 octobre, 10h-12h** à L'Établi.",
    )
    ask = ("nadia_f", "2026-09-21T20:47:00+02:00", "Un créneau l'aprèm, genre 14h, ce serait jouable ?")
    moved = (
        "mathieu_g",
        "2026-09-23T19:10:00+02:00",
        "Donc je valide : l'initiation passe à **14h-16h**, toujours le samedi 3 octobre.",
    )
    assert await _standing([workshop, ask, moved]) == ["2026-10-03T12:00:00Z"]


async def test_an_hour_right_before_a_day_is_that_days() -> None:
    print3d = (
        "ahmed_f",
        "2026-04-20T18:30:00+02:00",
        "Atelier impression 3D ce **samedi 25 avril à 10h** au fablab.",
    )
    back = (
        "ahmed_f",
        "2026-04-23T19:48:00+02:00",
        "Le technicien passe finalement vendredi, **on reste à 10h samedi** comme prévu au départ.",
    )
    assert await _standing([print3d, back]) == ["2026-04-25T08:00:00Z"]


async def test_a_session_held_to_a_condition_is_not_reminded() -> None:
    training = (
        "aurelie_d",
        "2026-05-11T10:00:00+02:00",
        "Formation en deux sessions :\n\n- **Session 1 : mardi 9 juin, 9h-12h30**\n\n"
        "Une **session 2 optionnelle (mardi 23 juin, 9h)** aura lieu seulement si on atteint 6 inscrits.",
    )
    assert await _standing([training]) == ["2026-06-09T07:00:00Z"]


async def test_a_session_its_organiser_doubts_is_held_back() -> None:
    two = (
        "karim_h",
        "2026-02-06T12:00:00+01:00",
        "Deux formations ce mois-ci :\n1. **Sécurité fraiseuse CNC** – vendredi 20 février, 17h-19h\n"
        "2. **Découpe vinyle** – vendredi 27 février, 17h-18h30",
    )
    doubt = (
        "karim_h",
        "2026-02-16T20:30:00+01:00",
        "Je ne suis pas sûr qu'on puisse maintenir la CNC vendredi, le formateur est malade. Je vous redis mercredi.",
    )
    assert await _standing([two, doubt]) == ["2026-02-27T16:00:00Z"]


async def test_what_is_no_meeting_of_the_topic() -> None:
    poll = (
        "thomas_g",
        "2026-01-19T14:05:00+01:00",
        "Sondage pour la prochaine commission numérique : lun. 2 février 14h, mer. 4 février 10h, jeu. 5 février 17h.",
    )
    own = ("nadia_b", "2026-01-19T16:30:00+01:00", "Le mercredi c'est mieux, le jeudi 17h je suis à la permanence.")
    assert await _standing([poll, own], title="Sondage commission") == []
    amap = (
        "bernadette_l",
        "2026-04-02T20:05:00+02:00",
        "1. **Colis de veau** : livraisons les vendredis 17 avril et 22 mai, pendant la distribution.\n"
        "2. **Assemblée générale : vendredi 24 avril à 20h30** à la salle des fêtes.",
    )
    assert await _standing([amap], title="Printemps à l'AMAP") == ["2026-04-24T18:30:00Z"]


async def test_an_hour_members_moved_among_themselves_is_held_back() -> None:
    commission = (
        "francoise_d",
        "2026-01-07T17:00:00+01:00",
        "Réunion de la commission programmation **lundi 19 janvier à 18h** au café.",
    )
    later = (
        "bruno_m",
        "2026-01-12T21:40:00+01:00",
        "Du coup on fait ça à 20h plutôt, c'est plus simple pour ceux qui bossent.",
    )
    agree = ("annie_l", "2026-01-13T07:30:00+01:00", "+1 pour 20h")
    assert await _standing([commission]) == ["2026-01-19T17:00:00Z"]
    assert await _standing([commission, later, agree]) == []
