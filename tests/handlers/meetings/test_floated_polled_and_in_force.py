"""Dates that announce nothing to attend, or change one: a day floated ("peut-être le mardi 2 juin, j'attends la
confirmation"), the day new opening hours take effect ("valables à partir du mercredi 1er avril"), numbered options put
to the vote ("- option 1 : mardi 23 décembre") then settled by a majority, a session "supprimée", and a move whose
reason names the room's other use ("le jeudi 22 la salle sert pour la réunion du conseil de quartier"); and a
lone link labelled a spreadsheet ("Le tableur des bénévoles est ici :") is no meeting's join link."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.meetings.extract import read_post
from tests.handler_kit import make_post
from tests.handlers.meetings.test_member_updates import _standing

PREP = "Je propose une **réunion de préparation jeudi 21 mai à 18h30 au local** pour caler notre argumentaire."


@pytest.mark.parametrize(
    "floated",
    [
        "Le RDV avec l'élue serait peut-être le mardi 2 juin en fin de journée.",
        "La rencontre avec la mairie aurait lieu mardi 2 juin à 17h, j'attends la confirmation de son secrétariat.",
        "La visite du chantier, ce serait probablement le mardi 2 juin.",
    ],
)
async def test_a_day_floated_is_no_meeting(floated: str) -> None:
    posts = [("romain_t", "2026-05-07T09:40:00+02:00", f"{floated}\n\n{PREP}")]
    assert await _standing(posts) == ["2026-05-21T16:30:00Z"]


async def test_a_confirmation_awaited_in_another_sentence_leaves_the_date() -> None:
    raw = "Rencontre avec l'élue le **mardi 2 juin à 17h** en mairie. J'attends la confirmation du thème."
    assert await _standing([("romain_t", "2026-05-07T09:40:00+02:00", raw)]) == ["2026-06-02T15:00:00Z"]


@pytest.mark.parametrize("valid", ["valables à partir du", "applicables dès le", "en vigueur à compter du"])
async def test_the_day_opening_hours_take_effect_is_no_meeting(valid: str) -> None:
    raw = (
        f"Suite à l'AG, le CA a validé les nouveaux horaires du café, {valid} **mercredi 1er avril** :\n\n"
        "- mercredi : 10h – 18h\n- vendredi : 10h – 22h\n\n"
        "Pour fêter ça, un **apéro d'inauguration samedi 4 avril à 11h** au café 🥂"
    )
    assert await _standing([("margaux_r", "2026-03-16T18:30:00+01:00", raw)]) == ["2026-04-04T09:00:00Z"]


POLL = (
    "nadege_f",
    "2025-12-05T18:00:00+01:00",
    "Le jeudi tombe le 25 décembre, on vous propose d'avancer la distribution :\n\n"
    "- option 1 : **mardi 23 décembre**, 18h-19h30\n- option 2 : **mercredi 24 décembre**, 11h-12h30\n\n"
    "Répondez en commentaire !",
)


async def test_numbered_options_are_put_to_the_vote() -> None:
    assert await _standing([POLL, ("herve_s", "2025-12-05T19:10:00+01:00", "Option 1 pour moi")]) == []


@pytest.mark.parametrize(
    "settled", ["majorité pour le mardi 23 décembre, 18h-19h30", "unanimité pour le mardi 23 à 18h"]
)
async def test_a_majority_settles_the_option(settled: str) -> None:
    posts = [POLL, ("nadege_f", "2025-12-11T21:00:00+01:00", f"Merci pour vos réponses : **{settled}** à la Grange.")]
    assert await _standing(posts, title="Distribution de Noël") == ["2025-12-23T17:00:00Z"]


ROTA = (
    "lea_g",
    "2026-03-25T15:00:00+01:00",
    "Planning des **permanences d'accueil** :\n\n"
    "- samedi 4 avril, 10h-12h : Hugo\n- mercredi 15 avril, 14h-18h : Solène",
)


async def test_a_session_said_removed_is_called_off() -> None:
    removed = (
        "lea_g",
        "2026-04-01T10:40:00+02:00",
        "On ferme pour l'inventaire, **la permanence du 15 est supprimée**.",
    )
    assert await _standing([ROTA, removed]) == ["2026-04-04T08:00:00Z"]


LASER = (
    "thibault_r",
    "2026-01-08T11:20:00+01:00",
    "**Formation découpeuse laser** le **jeudi 22 janvier à 18h**, au fablab. Inscrivez-vous en répondant ici.",
)


@pytest.mark.parametrize("taken", ["la salle sert pour", "le local est pris par"])
async def test_the_rooms_other_use_is_the_reason_not_what_moves(taken: str) -> None:
    move = (
        "thibault_r",
        "2026-01-14T17:31:00+01:00",
        f"Changement de programme : le jeudi 22 {taken} la réunion du conseil de quartier. "
        "**Finalement ce sera le mercredi 21 janvier, même heure.**",
    )
    assert await _standing([LASER, move]) == ["2026-01-21T17:00:00Z"]


AG = (
    "reemploi71",
    "2026-01-12T09:00:00+01:00",
    "Vous êtes convoqué·es à l'**Assemblée Générale** le **samedi 7 février 2026 à 10h00**, salle polyvalente. "
    "Elle sera précédée d'un Conseil d'Administration à 9h00.",
)


@pytest.mark.parametrize(
    ("off", "standing"),
    [
        ("Non : le CA de 9h est supprimé, on le tiendra après l'AG.", ["2026-02-07T09:00:00Z"]),
        # "annulé" of a gathering no rule places: the 10h meeting is held back, unsure, rather than reminded
        ("Le CA de 9h est annulé, on le fera après l'AG.", []),
        ("Désolé, l'AG de 10h est annulée, faute de quorum annoncé.", []),
    ],
)
async def test_a_call_off_by_its_hour_is_of_the_meeting_at_that_hour(off: str, standing: list[str]) -> None:
    assert await _standing([AG, ("reemploi71", "2026-02-03T08:15:00+01:00", off)]) == standing


@pytest.mark.parametrize(
    ("label", "joins"),
    [
        ("Le tableur des bénévoles est ici :", False),
        ("Le planning des bénévoles (tableur) :", False),
        ("Ordre du jour et lien de la visio :", True),
        ("On se retrouve en visio ici :", True),
    ],
)
def test_a_lone_link_labelled_a_spreadsheet_is_no_join_link(label: str, joins: bool) -> None:
    pad = "https://pad.example.org/fete-friche-2026"
    raw = f"Réunion de lancement (visio) : **mardi 12 mai, 19h**.\n\n{label} {pad}"
    post = make_post(1, "aurelien_b", raw, topic_id=7, created_at=datetime(2026, 5, 4, 8, 0, tzinfo=UTC))
    (meeting,) = read_post(post, ZoneInfo("Europe/Paris"), order="DMY").meetings
    assert (meeting.link == pad) is joins
