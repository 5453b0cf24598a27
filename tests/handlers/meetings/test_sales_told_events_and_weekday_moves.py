"""Sales and swaps a tiers-lieu holds (a braderie, a troc de graines, "la grande vente"), a sale of others told "pour
info", and a move to a weekday said with the meeting's hour ("ce sera mardi, même heure (19 h)"), read in the meeting's
own week."""

from __future__ import annotations

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
