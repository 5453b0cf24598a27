"""A move read past the reason said before it ("la salle est prise jusqu'à 19h ce jeudi-là, on décale à 19h") or after
it ("…la salle est prise jeudi"), the short "perm" for the permanence announced, a weekday no meeting is on, "on reste
à 18h30" beside the hour a room closes, and an organiser's bare "ok" to a member's move."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing

WORKSHOP = (
    "thomas_r",
    "2026-02-02T17:20:00+01:00",
    "Atelier **impression 3D pour débutants** jeudi 12 février, 18h30 → 20h30 au fablab.",
)
TAKEN_BEFORE = "Petit changement : la salle est prise par le club de go jusqu'à 19h ce jeudi-là, **on décale à 19h**."


async def test_a_move_after_the_room_taken_by_its_organiser_gives_the_new_hour() -> None:
    move = ("thomas_r", "2026-02-06T11:12:00+01:00", TAKEN_BEFORE)
    assert await _standing([WORKSHOP, move]) == ["2026-02-12T18:00:00Z"]


async def test_a_move_after_the_room_taken_by_a_member_holds_the_meeting_back() -> None:
    move = ("nadege_p", "2026-02-06T11:12:00+01:00", TAKEN_BEFORE)
    assert await _standing([WORKSHOP, move]) == []


PERM_TITLE = "Permanence accompagnement numérique – Mauriac"
PERM = (
    "claire_b",
    "2026-01-28T09:30:00+01:00",
    "La prochaine perm' d'accompagnement numérique aura lieu **jeudi 5 février de 14h à 17h** à l'Espace du Puy.",
)


async def test_the_perm_moved_is_the_permanence_announced() -> None:
    move = (
        "claire_b",
        "2026-02-02T18:15:00+01:00",
        "Changement : la perm passe au **vendredi 6 février**, même horaire, la salle est prise jeudi.",
    )
    assert await _standing([PERM, move], title=PERM_TITLE) == ["2026-02-06T13:00:00Z"]


async def test_a_move_taken_back_the_next_day_leaves_the_first_day() -> None:
    move = (
        "claire_b",
        "2026-02-02T18:15:00+01:00",
        "Changement : la perm passe au **vendredi 6 février**, même horaire, la salle est prise jeudi.",
    )
    back = (
        "claire_b",
        "2026-02-03T10:05:00+01:00",
        "Oubliez mon message d'hier 🙈 la résa a sauté, **c'est bien jeudi 5** comme prévu, 14h-17h.",
    )
    assert await _standing([PERM, move, back], title=PERM_TITLE) == ["2026-02-05T13:00:00Z"]


async def test_a_weekday_no_meeting_is_on_names_none_of_those_moved() -> None:
    compost = (
        "mathilde_j",
        "2026-10-01T18:00:00+02:00",
        "Atelier **compost** le **mardi 13 octobre à 17h30** au jardin.",
    )
    proposal = ("florian_p", "2026-10-05T12:20:00+02:00", "L'abri est réservé le 13. Je propose jeudi 15, même heure ?")
    settled = (
        "mathilde_j",
        "2026-10-06T09:00:00+02:00",
        "L'intervenante n'est pas dispo le jeudi.\n**Finalement ce sera mercredi 14, même heure.**",
    )
    assert await _standing([compost, proposal, settled]) == ["2026-10-14T15:30:00Z"]


INFO = (
    "patricia_l",
    "2026-11-03T10:00:00+01:00",
    "**Réunion d'information** sur la SCIC : **mardi 17 novembre à 18h30**, salle du conseil.",
)


async def test_staying_at_its_hour_beside_the_hour_a_room_closes_keeps_the_meeting() -> None:
    asked = ("loic_b", "2026-11-04T08:40:00+01:00", "Je propose qu'on décale à 19h. Je mets 19h sur l'affiche ?")
    stays = (
        "patricia_l",
        "2026-11-04T09:30:00+01:00",
        "Non, la salle ferme à 20h30 et la mairie a été claire… on reste à **18h30**.",
    )
    assert await _standing([INFO, asked, stays]) == ["2026-11-17T17:30:00Z"]


BOARD = ("seb_a", "2026-02-02T21:10:00+01:00", "Prochain **CA jeudi 12 février à 18h30**, en visio.")


async def test_an_organisers_bare_ok_to_a_members_move_moves_it() -> None:
    move = ("jeanne_p", "2026-02-04T13:20:00+01:00", "Vu qu'on bosse jusqu'à 18h, on décale à **19h**, même lien.")
    ok = ("seb_a", "2026-02-04T14:02:00+01:00", "ok pour moi 👍 invit mise à jour")
    assert await _standing([BOARD, move, (*ok, 2)]) == ["2026-02-12T18:00:00Z"]


async def test_an_organisers_bare_ok_to_a_post_naming_no_hour_moves_nothing() -> None:
    other = ("jeanne_p", "2026-02-04T13:20:00+01:00", "Je peux préparer l'ordre du jour si tu veux.")
    ok = ("seb_a", "2026-02-04T14:02:00+01:00", "ok pour moi 👍")
    assert await _standing([BOARD, other, (*ok, 2)]) == ["2026-02-12T17:30:00Z"]


async def test_the_room_taken_before_another_things_new_hour_moves_no_meeting_on_record() -> None:
    first = (
        "lucas_m",
        "2026-01-14T11:00:00+01:00",
        "Hackathon du 6 au 8 février. Avant ça, **réunion de préparation en visio** mardi 27 janvier à 20h.",
    )
    change = (
        "lucas_m",
        "2026-01-23T17:45:00+01:00",
        "Petite modif : la salle est occupée par le yoga jusqu'à 18h45 le vendredi, donc **l'ouverture du hackathon "
        "se fera à 19h et pas 18h**.",
    )
    assert await _standing([first, change], title="Hackathon low-tech") == ["2026-01-27T19:00:00Z"]


async def test_another_part_of_a_day_named_moves_no_meeting_of_another_day() -> None:
    perms = (
        "sophie_o",
        "2026-01-05T09:40:00+01:00",
        "Les perms reprennent : **tous les jeudis de 9h30 à 12h30**.\n\n"
        "➕ perm exceptionnelle le **samedi 31 janvier de 10h à 12h**",
    )
    change = (
        "sophie_o",
        "2026-01-12T17:02:00+01:00",
        "Petite modif : le **jeudi 22 janvier**, la perm aura lieu **l'après-midi, de 14h à 17h** (au lieu du matin).",
    )
    assert await _standing([perms, change], title="Permanences d'accueil") == [
        "2026-01-22T13:00:00Z",
        "2026-01-31T09:00:00Z",
    ]


async def test_a_dated_weekday_of_a_series_moved_is_not_the_first_day_on_record() -> None:
    series = (
        "ines_m",
        "2026-08-26T10:00:00+02:00",
        "Les permanences en ligne reprennent **à partir du lundi 7 septembre** : **tous les lundis et jeudis de 9h à "
        "10h**.",
    )
    change = (
        "ines_m",
        "2026-09-01T17:00:00+02:00",
        "Une exception : le jeudi 17 septembre, la permanence est **décalée au vendredi 18 septembre, même heure**.",
    )
    standing = await _standing([series, change], title="Permanences en ligne")
    assert "2026-09-07T07:00:00Z" in standing
