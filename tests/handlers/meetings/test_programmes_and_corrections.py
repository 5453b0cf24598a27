"""A week's programme, dates put to a vote, an hour corrected by the one it is not: how a tiers-lieux network writes
them, and the starts left standing once every post is read."""

from __future__ import annotations

import pytest

from tests.handlers.meetings.test_member_updates import _standing

PROGRAMME = (
    "anim_tl",
    "2026-03-02T09:00:00+01:00",
    "Au programme du mois au tiers-lieu :\n\n"
    "**Mardi 17** – Permanence administrative 10h-12h\n"
    "**Mercredi 18** – Atelier tricot 15h\n"
    "**Vendredi 20** – Soirée jeux 19h30\n"
    "**Samedi 21** – Troc de graines 10h-13h",
)


async def test_each_line_of_a_programme_is_its_day_at_its_own_hour() -> None:
    """The hour ending a line is that line's, not the next line's day's; "Mardi 17 – …" keeps its number (written on
    the 2nd, "mardi" alone would be the 3rd)."""
    assert await _standing([PROGRAMME]) == [
        "2026-03-17T09:00:00Z",
        "2026-03-18T14:00:00Z",
        "2026-03-20T18:30:00Z",
        "2026-03-21T09:00:00Z",
    ]


async def test_a_day_left_off_by_a_reply_of_its_announcer_is_not_reminded() -> None:
    off = (
        "anim_tl",
        "2026-03-05T09:00:00+01:00",
        "Petite précision : pas de tricot le mercredi 18, Josette est absente.",
    )
    assert "2026-03-18T14:00:00Z" not in await _standing([PROGRAMME, off])


@pytest.mark.parametrize("idiom", ["pas de souci", "pas de problème"])
async def test_no_worry_about_a_day_leaves_it_on(idiom: str) -> None:
    reply = ("anim_tl", "2026-03-05T09:00:00+01:00", f"Oui {idiom} le mercredi 18, Josette sera là.")
    assert "2026-03-18T14:00:00Z" in await _standing([PROGRAMME, reply])


POLL = (
    "coordo_tl",
    "2026-03-02T09:00:00+01:00",
    "Il faut caler le comité de pilotage, j'ai fait un sondage : https://framadate.org/copil-avril\n\n"
    "Propositions (toutes à 18h) :\n- lundi 13 avril\n- mardi 14 avril\n- jeudi 16 avril\n\nMerci de répondre vite !",
)


async def test_days_under_a_heading_of_proposals_are_options_until_one_wins() -> None:
    assert await _standing([POLL], title="Comité de pilotage d'avril") == []
    chosen = ("coordo_tl", "2026-03-09T09:00:00+01:00", "Résultat : c'est le mardi 14 avril à 18h qui l'emporte !")
    assert await _standing([POLL, chosen], title="Comité de pilotage d'avril") == ["2026-04-14T16:00:00Z"]


async def test_an_organisers_settled_hour_goes_to_the_day_announced_alone() -> None:
    day = (
        "plume_tl",
        "2026-03-02T09:00:00+01:00",
        "L'atelier mosaïque reprend **vendredi 13 mars** ! Horaire à venir.",
    )
    settled = ("plume_tl", "2026-03-06T09:00:00+01:00", "C'est calé : **vendredi 13 mars, 18h-19h30**, au salon.")
    assert await _standing([day, settled], title="Atelier mosaïque : la reprise") == ["2026-03-13T17:00:00Z"]


SWAP = ("jardin_tl", "2026-03-02T09:00:00+01:00", "Atelier troc de plantes **jeudi 12 mars à 20h**, à la serre.")


async def test_an_hour_corrected_by_the_one_it_is_not_moves_the_meeting() -> None:
    fixed = ("jardin_tl", "2026-03-03T09:00:00+01:00", "Petite rectif : le troc c'est **20h30**, pas 20h !")
    assert await _standing([SWAP, fixed]) == ["2026-03-12T19:30:00Z"]
    instead = ("jardin_tl", "2026-03-03T09:00:00+01:00", "Oups, le troc sera à 20h30 au lieu de 20h.")
    assert await _standing([SWAP, instead]) == ["2026-03-12T19:30:00Z"]


async def test_an_hour_corrected_by_a_member_holds_the_meeting_back() -> None:
    member = ("jardiniere", "2026-03-03T09:00:00+01:00", "Attention le troc c'est 20h30 et pas 20h, d'après l'affiche")
    assert await _standing([SWAP, member]) == []


async def test_an_hour_asked_about_changes_nothing() -> None:
    asked = ("jardiniere", "2026-03-03T09:00:00+01:00", "Le troc c'est 20h30, pas 20h ?")
    assert await _standing([SWAP, asked]) == ["2026-03-12T19:00:00Z"]


TABLE = (
    "forma_tl",
    "2026-03-02T09:00:00+01:00",
    "Planning de la formation :\n\n| Module | Date | Horaire |\n|---|---|---|\n"
    "| M1 – Accueil | lundi 16 mars | 9h-12h |\n| M2 – Budget | lundi 23 mars | 9h-12h |\n"
    "| M3 – Bilan | lundi 30 mars | 9h-12h |",
)


async def test_a_table_rows_label_names_the_meeting_whose_hour_is_corrected() -> None:
    fixed = ("forma_tl", "2026-03-03T09:00:00+01:00", "Erreur dans le tableau : le M2 c'est 14h-17h, pas 9h-12h.")
    assert await _standing([TABLE, fixed]) == ["2026-03-16T08:00:00Z", "2026-03-23T13:00:00Z", "2026-03-30T07:00:00Z"]


async def test_a_move_after_the_replies_it_follows_moves() -> None:
    day = ("reseau_tl", "2026-03-02T09:00:00+01:00", "Réunion du réseau **mardi 17 mars à 18h30**, à la Fabrique.")
    moved = ("reseau_tl", "2026-03-09T09:00:00+01:00", "Suite à vos remarques, on avance d'une demi-heure. Même lieu.")
    assert await _standing([day, moved]) == ["2026-03-17T17:00:00Z"]


async def test_a_co_organiser_setting_it_the_next_day_holds_it_back() -> None:
    day = ("fablab_tl", "2026-03-02T09:00:00+01:00", "Soirée **Arduino** le **mercredi 11 mars à 19h** au fablab.")
    other = (
        "copine_fablab",
        "2026-03-05T09:00:00+01:00",
        "La salle est prise le 11 au soir, du coup on a calé la soirée Arduino le lendemain, même heure.",
    )
    assert await _standing([day, other]) == []
