"""A series' first session named a sentence later ("Première séance : mardi 13 octobre"), the day a move's reason
names ("la salle est réservée jeudi"), dates offered in a table under "quelle date vous convient :", a move to a
`[date]` ("on bascule : [date=…]") with its hour stressed after, a section of others' events below our own, an
organiser's "c'est 18h" answering a member's doubt, and "C'est validé avec Paul :" settling a member's move."""

from __future__ import annotations

import pytest

from tests.handlers.meetings.test_member_updates import _standing

SERIES = (
    "Dès la rentrée, l'atelier couture devient mensuel : **chaque deuxième mardi du mois, de 18h à 20h**. "
    "Machines fournies, venez avec votre tissu.\n\n"
)


async def test_a_series_first_session_named_a_sentence_later_is_at_its_hour() -> None:
    raw = SERIES + "Première séance : **mardi 13 octobre**."
    assert await _standing([("lea_m", "2026-09-20T10:00:00+02:00", raw)]) == ["2026-10-13T16:00:00Z"]


async def test_a_day_a_sentence_later_not_led_to_as_the_first_keeps_no_hour() -> None:
    raw = SERIES + "Le **mardi 13 octobre**, on range le local avant."
    assert "2026-10-13T16:00:00Z" not in await _standing([("lea_m", "2026-09-20T10:00:00+02:00", raw)])


REPAIR = ("lea_m", "2026-03-01T10:00:00+01:00", "Prochain **repair café jeudi 12 mars à 14h** au local.")


async def test_the_day_a_moves_reason_names_is_neither_where_it_goes_nor_a_meeting() -> None:
    move = "Changement : le repair café passe au **samedi 14 mars**, même heure, le local est pris jeudi."
    posts = [REPAIR, ("lea_m", "2026-03-04T18:00:00+01:00", move)]
    assert await _standing(posts) == ["2026-03-14T13:00:00Z"]


async def test_dates_in_a_table_under_which_date_suits_are_offered() -> None:
    raw = (
        "On organise une **formation au logiciel de caisse** au café. Dites-nous quelle date vous convient :\n\n"
        "| Date | Horaire |\n|---|---|\n| jeudi 5 mars | 14h-17h |\n| mardi 10 mars | 9h-12h |\n\n"
        "Merci de répondre vite 🙏"
    )
    assert await _standing([("lea_m", "2026-02-20T10:00:00+01:00", raw)], cooked=True) == []


async def test_a_table_of_sessions_under_another_heading_is_kept() -> None:
    raw = (
        "Les **deux sessions de la formation caisse** sont fixées :\n\n"
        "| Date | Horaire |\n|---|---|\n| jeudi 5 mars | 14h-17h |\n| mardi 10 mars | 9h-12h |"
    )
    assert await _standing([("lea_m", "2026-02-20T10:00:00+01:00", raw)], cooked=True) == [
        "2026-03-05T13:00:00Z",
        "2026-03-10T08:00:00Z",
    ]


CA = ("paul_b", "2026-03-20T09:00:00+01:00", 'CA le [date=2026-04-09 time=18:30:00 timezone="Europe/Paris"] au local.')


async def test_a_move_to_a_date_after_a_colon() -> None:
    move = 'Trop d\'absents le 9, donc on bascule : [date=2026-04-16 time=18:30:00 timezone="Europe/Paris"].'
    assert await _standing([CA, ("paul_b", "2026-03-30T09:00:00+02:00", move)]) == ["2026-04-16T16:30:00Z"]


async def test_the_hour_stressed_after_a_move_is_the_new_starts() -> None:
    move = (
        'Trop d\'absents le 9, donc on bascule : [date=2026-04-16 time=19:00:00 timezone="Europe/Paris"].\n'
        "Bien **19h** et pas 18h30, le local est pris avant."
    )
    assert await _standing([CA, ("paul_b", "2026-03-30T09:00:00+02:00", move)]) == ["2026-04-16T17:00:00Z"]


@pytest.mark.parametrize("theirs", ["C'est pas nous qui organisons", "Inscription sur leur site"])
async def test_others_event_in_a_paragraph_of_its_own_leaves_ours(theirs: str) -> None:
    raw = (
        "🌿 **Apéro troc de plantes** du jardin le **vendredi 19 juin à 18h**, apportez vos boutures.\n\n"
        f"Autre chose : le Département tient un forum des associations le jeudi 11 juin à Mende. {theirs}."
    )
    assert await _standing([("lea_m", "2026-06-01T10:00:00+02:00", raw)], cooked=True) == ["2026-06-19T16:00:00Z"]


async def test_items_of_one_list_of_others_events_stay_others() -> None:
    raw = (
        "Deux infos qui peuvent vous intéresser :\n\n"
        "- La bibliothèque organise une lecture le **jeudi 5 mars à 18h**.\n\n"
        "- La CAF fait une réunion d'info le **mardi 10 mars à 10h** (inscription sur leur site)."
    )
    assert await _standing([("lea_m", "2026-02-20T10:00:00+01:00", raw)], cooked=True) == []


AG = ("paul_b", "2026-01-05T09:00:00+01:00", "**AG de l'asso lundi 9 février à 18h**, salle polyvalente.")
DOUBT = ("marc_t", "2026-01-20T20:00:00+01:00", "c'est 18h ou 18h30 ? l'affiche du local dit 18h30")


@pytest.mark.parametrize(("answer", "standing"), [("c'est 18h, l'affiche est fausse", ["2026-02-09T17:00:00Z"])])
async def test_the_organisers_hour_given_in_answer_puts_it_back_on(answer: str, standing: list[str]) -> None:
    assert await _standing([AG, DOUBT, ("paul_b", "2026-01-21T08:00:00+01:00", answer)]) == standing


async def test_the_doubt_alone_holds_it_back() -> None:
    assert await _standing([AG, DOUBT]) == []


NEWS = (
    "claire_d",
    "2026-01-08T16:00:00+01:00",
    "## À venir\n"
    "- **Mercredi 21 janvier, 12h30** – déjeuner des bénévoles en visio.\n"
    "- **Mercredi 28 janvier, 18h** – conseil d'administration (visio).\n",
)
PROPOSED = (
    "martine_l",
    "2026-01-12T11:00:00+01:00",
    "Pour le CA du 28, je propose qu'on le **décale au jeudi 29 janvier, même heure**. Ça va à tout le monde ?",
)


async def test_validated_with_someone_settles_the_members_move() -> None:
    settled = ("claire_d", "2026-01-13T09:30:00+01:00", "C'est validé avec Paul : **CA jeudi 29 janvier à 18h**.")
    assert await _standing([NEWS, PROPOSED, settled]) == ["2026-01-21T11:30:00Z", "2026-01-29T17:00:00Z"]
