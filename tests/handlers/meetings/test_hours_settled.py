"""An hour or day settled in the thread: by the organiser agreeing to a proposal ("Ça me va, validé : mercredi 6"),
deciding after a discussion ("Allez, on dit 17h30"), announcing a change ("Petit changement : … demain 10h"), a reason
said before the move ("la salle n'est libre que l'après-midi, on décale à 14h"); and the others' agenda of a recap."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.sandbox.cook import cook
from handlers.meetings.extract import read_post
from tests.handler_kit import make_post
from tests.handlers.meetings.test_member_updates import _standing

BUREAU = (
    "patrick_d",
    "2026-04-27T18:00:00+02:00",
    "Prochaine réunion de bureau **mardi 5 mai à 18h30** au local. ODJ : budget, bénévoles.",
)
PROPOSAL = (
    "valerie_a",
    "2026-04-28T07:40:00+02:00",
    "Le mardi je ne peux pas… Et si on faisait ça mercredi 6 au lieu de mardi ?",
)


async def test_the_organiser_agreeing_and_settling_a_proposed_day_moves_the_meeting() -> None:
    agreed = ("patrick_d", "2026-04-29T08:30:00+02:00", "Ça me va, validé : **mercredi 6, même heure (18h30)**.")
    assert await _standing([BUREAU, PROPOSAL, agreed], title="Réunion de bureau") == ["2026-05-06T16:30:00Z"]


async def test_a_member_agreeing_settles_nothing() -> None:
    agreed = ("arnaud_r", "2026-04-28T12:15:00+02:00", "Ça me va aussi : **mercredi 6, même heure**.")
    assert "2026-05-06T16:30:00Z" not in await _standing([BUREAU, PROPOSAL, agreed], title="Réunion de bureau")


async def test_the_organiser_agreeing_for_a_co_organiser_moves_the_meeting() -> None:
    visio = (
        "anais_d",
        "2025-10-08T14:00:00+02:00",
        "Une **visio de préparation** des référent·es aura lieu le **mardi 28 octobre à 18h**.",
    )
    asked = ("bastien_r", "2025-10-20T18:20:00+02:00", "Le 28 je suis pris. On peut la faire le mercredi 29 ?")
    agreed = (
        "anais_d",
        "2025-10-21T08:55:00+02:00",
        "Ok pour moi et pour Mireille : **la visio de préparation passe au mercredi 29 octobre, 18h**.",
    )
    assert await _standing([visio, asked, agreed], title="Visio de préparation") == ["2025-10-29T17:00:00Z"]


async def test_an_hour_decided_after_a_discussion_is_the_new_start() -> None:
    opening = (
        "nathalie_j",
        "2026-03-23T11:00:00+01:00",
        "Permanence d'accueil des nouveaux adhérents **jeudi 2 avril, de 17h à 19h** à la Forge.",
    )
    early = ("fabien_c", "2026-03-24T13:25:00+01:00", "17h c'est tôt pour ceux qui travaillent, on pourrait décaler ?")
    decided = ("nathalie_j", "2026-03-27T18:40:00+01:00", "Allez, on dit **17h30-19h30** jeudi 2. Merci à tous !")
    assert await _standing([opening, early, decided], title="Permanence d'accueil") == ["2026-04-02T15:30:00Z"]


async def test_a_change_announced_as_such_gives_the_new_hour() -> None:
    work_day = (
        "quentin_v",
        "2026-03-16T09:00:00+01:00",
        "Chantier d'isolation du grenier **vendredi 20 mars**, on commence à 9h. Repas offert le midi !",
    )
    change = (
        "quentin_v",
        "2026-03-19T21:40:00+01:00",
        "Petit changement : le grenier ne sera accessible qu'à partir de 10h. Donc **demain 10h** !",
    )
    assert await _standing([work_day, change], title="Chantier grenier") == ["2026-03-20T09:00:00Z"]


async def test_a_reason_said_before_the_move_does_not_hide_the_move() -> None:
    meeting = (
        "vincent_r",
        "2026-05-29T14:00:00+02:00",
        "Prochaine **rencontre départementale** le **mardi 16 juin à 9h30** à la Cartonnerie.",
    )
    moved = ("vincent_r", "2026-06-04T10:00:00+02:00", "La salle n'est libre que l'après-midi, on décale à **14h**.")
    assert await _standing([meeting, moved], title="Rencontre départementale") == ["2026-06-16T12:00:00Z"]


async def test_a_new_hour_with_the_one_left_after_it_is_read_on_the_topics_weekday() -> None:
    programme = (
        "anais_d",
        "2025-10-08T14:00:00+02:00",
        "Les **Rencontres** auront lieu les **vendredi 14 et samedi 15 novembre**.\n\n"
        "*Samedi 15/11*\n- 9h30 : visites\n- 14h : restitution",
    )
    change = (
        "anais_d",
        "2025-11-04T10:00:00+01:00",
        "Seul changement : **le samedi, les visites commencent à 10h** (et plus 9h30). Restitution inchangée.",
    )
    standing = await _standing([programme, change], title="Rencontres nationales")
    assert "2025-11-15T09:00:00Z" in standing
    assert "2025-11-15T08:30:00Z" not in standing


async def test_the_others_agenda_of_a_recap_is_not_reminded_but_the_next_meeting_below_it_is() -> None:
    recap = (
        "lea_f",
        "2025-10-01T14:00:00+02:00",
        "Compte rendu de notre réunion.\n\n"
        "**Agenda du secteur (hors réseau)**\n"
        "- Ville de Lyon : réunion publique sur l'urbanisme transitoire, jeudi 16 octobre, 18h30\n\n"
        "**Prochaine réunion** : mardi 25 novembre à 18h, à l'Usine à Gaz.",
    )
    assert await _standing([recap], title="Réunion des friches lyonnaises") == ["2025-11-25T17:00:00Z"]


def test_a_day_of_the_month_before_an_hour_is_not_read_as_a_range_from_midnight() -> None:
    """ "du 30 à 19h": the hour moved to is 19h, not a range "0 à 19h" read inside the day's number."""
    post = make_post(
        2,
        "yasmine",
        "Pas de souci, on décale la réunion du 30 à 19h.",
        created_at=datetime(2026, 4, 10, 9, 0, tzinfo=UTC),
    )
    clock = read_post(post, ZoneInfo("Europe/Paris"), order="DMY", announcer=True).new_clock
    assert clock is not None and (clock.hour, clock.minute) == (19, 0)


REPAIR_CAFES = (
    "marc_l",
    "2026-04-01T09:00:00+02:00",
    "Voici le calendrier des repair cafés du printemps :\n\n"
    "| Date | Lieu | Horaires |\n|---|---|---|\n"
    "| sam. 11/04 | Saint-Junien – L'Atelier du Gant | 14h-17h |\n"
    "| sam. 09/05 | Bellac – café Le Fil | 9h30-12h30 |\n",
)


async def test_a_tables_rows_are_read_each_with_its_own_hour() -> None:
    """The cells of a row are read together: the day with the hour of its row, not of the next."""
    assert await _standing([REPAIR_CAFES], title="Repair cafés du printemps", cooked=True) == [
        "2026-04-11T12:00:00Z",
        "2026-05-09T07:30:00Z",
    ]


async def test_a_public_holiday_given_as_the_reason_of_a_move_is_no_day_moved_to() -> None:
    moved = (
        "marc_l",
        "2026-04-20T18:00:00+02:00",
        "Modif : le repair café de Bellac du 09/05 est **déplacé au 16/05**, mêmes horaires (le 9 c'est le pont du "
        "8 mai, trop de bénévoles absents).",
    )
    assert await _standing([REPAIR_CAFES, moved], title="Repair cafés du printemps", cooked=True) == [
        "2026-04-11T12:00:00Z",
        "2026-05-16T07:30:00Z",
    ]


async def test_a_row_with_a_day_and_no_hour_is_no_day_long_meeting() -> None:
    """ "| lundi 16 mars | visio |" under "toujours le lundi à 18h30": the row names no hour, no day-long meeting."""
    board = (
        "nadia_b",
        "2026-01-05T10:00:00+01:00",
        "Les dates des réunions de bureau, toujours le **lundi à 18h30** :\n\n"
        "| Date | Lieu |\n|---|---|\n| lundi 19 janvier | Le Quai 9 |\n| lundi 16 mars | visio |\n",
    )
    assert "2026-03-15T23:00:00Z" not in await _standing([board], title="Réunions de bureau", cooked=True)


def test_a_rows_title_is_its_cells() -> None:
    raw = REPAIR_CAFES[2]
    post = make_post(1, "marc_l", raw, created_at=datetime(2026, 4, 1, 7, 0, tzinfo=UTC), cooked=cook(raw))
    titles = [m.title for m in read_post(post, ZoneInfo("Europe/Paris"), order="DMY").meetings]
    assert titles[0].startswith("sam. 11/04 – Saint-Junien")


APERO = (
    "mathieu_r",
    "2026-01-08T11:20:00+01:00",
    "Apéro des bénévoles **vendredi 16 janvier à 19h** au Bistrot des Remparts.",
)
LATER = (
    "aurelie_p",
    "2026-01-09T08:30:00+01:00",
    "La salle est prise jusqu'à 19h15, on pourrait décaler à 19h30 non ?",
)


async def test_the_organiser_settling_on_an_hour_proposed_moves_the_meeting() -> None:
    settled = (
        "mathieu_r",
        "2026-01-09T12:02:00+01:00",
        "Ah oui bien vu, j'avais oublié. **19h30** alors, même endroit.",
    )
    assert await _standing([APERO, LATER, settled], title="Apéro des bénévoles") == ["2026-01-16T18:30:00Z"]


async def test_a_member_restating_a_day_and_its_hour_moves_nothing() -> None:
    restated = ("kevin_l", "2026-01-09T12:30:00+01:00", "ok, vendredi 16 à 19h donc")
    assert await _standing([APERO, restated], title="Apéro des bénévoles") == ["2026-01-16T18:00:00Z"]


def test_agreeing_before_an_hour_is_no_refusal_of_it() -> None:
    """ "Pas de souci, 19h alors": "pas" agrees there; the hour is the one moved to."""
    post = make_post(2, "yasmine", "Pas de souci, **19h** alors.", created_at=datetime(2026, 4, 10, 9, 0, tzinfo=UTC))
    clock = read_post(post, ZoneInfo("Europe/Paris"), order="DMY", announcer=True).new_clock
    assert clock is not None and (clock.hour, clock.minute) == (19, 0)
