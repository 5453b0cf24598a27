"""Sales and swaps a tiers-lieu holds (a braderie, a troc de graines, "la grande vente"), a sale of others told "pour
info", and a move to a weekday said with the meeting's hour ("ce sera mardi, même heure (19 h)"), read in the meeting's
own week; a session's number before its day, a board ("CA") moved by its capitals alone, and a table row's title
without its date."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from handlers.meetings.titles import without_dates
from tests.handlers.meetings.test_member_updates import _standing


async def test_a_braderie_announced_is_a_meeting() -> None:
    raw = "Notre **braderie de printemps** : samedi 18 avril, de 9h à 13h, dans la cour de la ressourcerie !"
    assert await _standing([("odile_p", "2026-04-01T10:00:00+02:00", raw)]) == ["2026-04-18T07:00:00Z"]


async def test_a_seed_swap_announced_is_a_meeting() -> None:
    raw = "Troc de graines et de boutures au jardin le dimanche 8 mars à 10h, venez avec vos sachets 🌱"
    assert await _standing([("remi_t", "2026-02-20T18:00:00+01:00", raw)]) == ["2026-03-08T09:00:00Z"]


async def test_a_great_sale_announced_is_a_meeting() -> None:
    raw = "La grande vente de vélos d'occasion, c'est le samedi 26 septembre à partir de 14h au hangar."
    assert await _standing([("lea_v", "2026-09-10T09:00:00+02:00", raw)]) == ["2026-09-26T12:00:00Z"]


async def test_a_sale_price_is_no_meeting() -> None:
    raw = "Le prix de vente des bocaux passe à 3 € à partir du samedi 3 octobre, pensez à changer les étiquettes."
    assert await _standing([("lea_v", "2026-09-20T09:00:00+02:00", raw)]) == []


async def test_a_sale_of_others_told_for_information_is_not_ours() -> None:
    raw = (
        "Bonjour,\n\nPour info, le comité des fêtes de Marcillac organise sa braderie le dimanche 14 juin de 8h à 18h. "
        "Inscriptions auprès d'eux."
    )
    assert await _standing([("odile_p", "2026-05-25T10:00:00+02:00", raw)]) == []


async def test_our_own_sale_told_for_information_stays() -> None:
    raw = "Pour info, notre braderie aura lieu le dimanche 14 juin de 8h à 18h dans la cour."
    assert await _standing([("odile_p", "2026-05-25T10:00:00+02:00", raw)]) == ["2026-06-14T06:00:00Z"]


KNITTING = ("colette_b", "2026-10-05T18:00:00+02:00", "Atelier tricot **lundi 19 octobre à 19h** à la médiathèque.")


async def test_a_move_to_a_weekday_at_the_same_hour_is_in_the_meetings_week() -> None:
    move = (
        "colette_b",
        "2026-10-07T09:00:00+02:00",
        "Finalement ce sera mardi, même heure (19 h), la salle est prise le lundi.",
    )
    assert await _standing([KNITTING, move]) == ["2026-10-20T17:00:00Z"]


async def test_a_move_to_a_weekday_at_another_hour_stays_the_next_one() -> None:
    move = ("colette_b", "2026-10-07T09:00:00+02:00", "Changement : ce sera jeudi à 17h, au local.")
    assert await _standing([KNITTING, move]) == ["2026-10-08T15:00:00Z"]


async def test_a_sessions_number_before_its_day_is_no_day_of_its_own() -> None:
    raw = (
        "Cycle de visios sur les communs :\n- Séance 1, mardi 3 mars : les bases\n"
        "- Séance 2, mardi 17 mars : les licences\n- Séance 4, mardi 31 mars : le bilan"
    )
    standing = await _standing([("yann_k", "2026-02-20T10:00:00+01:00", raw)])
    assert standing == ["2026-03-02T23:00:00Z", "2026-03-16T23:00:00Z", "2026-03-30T22:00:00Z"]


BOARD = (
    "marion_d",
    "2026-01-05T10:00:00+01:00",
    "Les dates du trimestre :\n\n| Quoi | Quand |\n|---|---|\n"
    "| CA | mardi 20 janvier, 19h |\n| AG | samedi 7 mars, 14h |",
)


async def test_a_board_meeting_moved_by_its_capitals_alone() -> None:
    move = (
        "marion_d",
        "2026-01-12T09:00:00+01:00",
        "Vu avec le bureau : **CA décalé au jeudi 22 janvier, même heure**.",
    )
    assert await _standing([BOARD, move], cooked=True) == ["2026-01-22T18:00:00Z", "2026-03-07T13:00:00Z"]


async def test_ca_as_a_pronoun_before_another_verb_moves_nothing() -> None:
    board = (
        "marion_d",
        "2026-01-05T10:00:00+01:00",
        "Le prochain CA aura lieu le mercredi 14 janvier à 19h au local.\n\nODJ :\n1. Budget\n"
        "2. Journée de la fédé le 24 janvier à Rodez : qui y va ?",
    )
    said = ("paul_r", "2026-01-06T09:00:00+01:00", "Pour la journée de la fédé, ça commence à 9h30 je crois, j'y vais.")
    assert await _standing([board, said]) == ["2026-01-14T18:00:00Z"]


def test_a_table_rows_title_keeps_one_dash_where_its_date_was() -> None:
    paris = ZoneInfo("Europe/Paris")
    title = "CA – mardi 20 janvier, 19h – au local"
    assert without_dates(title, datetime(2026, 1, 20, 19, 0, tzinfo=paris), paris, "DMY") == "CA – au local"


REPAIRS = (
    "leo_b",
    "2026-09-20T10:00:00+02:00",
    "Ateliers réparation tous les jeudis d'octobre, 18h-20h :\n"
    "- jeudi 1 octobre\n- jeudi 8 octobre\n- jeudi 15 octobre",
)


async def test_all_called_off_after_a_reason_then_taken_up_again() -> None:
    off = (
        "leo_b",
        "2026-09-25T18:00:00+02:00",
        "Mauvaise nouvelle : la salle est inondée depuis l'orage, on annule tout pour octobre.\n\n"
        "Les ateliers reprendront le jeudi 5 novembre, 18h-20h.",
    )
    assert await _standing([REPAIRS, off]) == ["2026-11-05T17:00:00Z"]


async def test_the_whole_of_another_thing_called_off_is_not_all() -> None:
    off = ("leo_b", "2026-09-25T18:00:00+02:00", "Info : la mairie annule tout le marché de producteurs d'octobre.")
    assert len(await _standing([REPAIRS, off])) == 3


async def test_a_meeting_replaced_after_yesterdays_board_meeting() -> None:
    general = ("nadia_f", "2026-05-04T10:00:00+02:00", "**AG annuelle samedi 13 juin à 10h**, salle des fêtes.")
    replaced = (
        "nadia_f",
        "2026-05-20T09:00:00+02:00",
        "Suite au CA d'hier : l'AG du 13 juin est remplacée par une AG extraordinaire le samedi 20 juin à 10h.",
    )
    assert await _standing([general, replaced]) == ["2026-06-20T08:00:00Z"]


async def test_a_member_asking_which_of_two_weekdays_holds_the_meeting_back() -> None:
    board = ("nadia_f", "2026-05-04T10:00:00+02:00", "Prochain **CA mardi 19 mai à 20h** en visio.")
    doubt = (
        "karim_z",
        "2026-05-10T18:00:00+02:00",
        "Alors, c'est mardi ou mercredi ? On avait dit mercredi au dernier CA",
    )
    assert await _standing([board, doubt]) == []


async def test_a_member_naming_two_weekdays_of_another_thing_leaves_the_meeting() -> None:
    board = ("nadia_f", "2026-05-04T10:00:00+02:00", "Prochain **CA mardi 19 mai à 20h** en visio.")
    other = ("karim_z", "2026-05-10T18:00:00+02:00", "Pour le covoit, je pars lundi ou samedi, je verrai.")
    assert await _standing([board, other]) == ["2026-05-19T18:00:00Z"]
