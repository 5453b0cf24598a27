"""Hours said around a day rather than with it: "même heure" in an announcement is the hour it gave the session held
before; the writer closing their shop first is no window; "Et pour la réunion bilan, on commence à 18h30" is the
meeting's hour, not the day named just before; "Pas d'objection, donc **lundi 28 à 18h30**" settles the hour."""

from __future__ import annotations

import pytest

from tests.handlers.meetings.test_member_updates import _standing


async def test_the_same_hour_as_the_session_held_is_the_next_ones() -> None:
    raw = (
        "Merci à la vingtaine de personnes venues à l'atelier compta de jeudi dernier (5 mars, 14h-16h) !\n\n"
        "Le support est sur le drive. Le **prochain atelier** (paie et contrats aidés) aura lieu le "
        "**jeudi 2 avril, même heure**."
    )
    assert await _standing([("lea_m", "2026-03-07T10:00:00+01:00", raw)]) == ["2026-04-02T12:00:00Z"]


async def test_two_hours_said_before_leave_the_same_hour_unread() -> None:
    raw = (
        "Merci pour les ateliers de la semaine dernière (mardi 3 mars à 10h, jeudi 5 mars à 14h) !\n\n"
        "Le **prochain atelier** aura lieu le **jeudi 2 avril, même heure**."
    )
    assert await _standing([("lea_m", "2026-03-07T10:00:00+01:00", raw)]) != ["2026-04-02T12:00:00Z"]


APERO = ("maelle_d", "2026-06-04T10:05:00+02:00", "**Ce soir 19h** apéro au jardin des Douves pour fêter les fraises !")


@pytest.mark.parametrize(
    "change",
    [
        "Petite modif pour ce soir : **on dit plutôt 19h30**, le temps que je ferme la boutique de l'asso.",
        "Changement pour ce soir, on dit plutôt 19h30 : le temps que je ferme l'atelier.",
    ],
)
async def test_the_writer_closing_their_shop_is_no_window(change: str) -> None:
    moved = ("maelle_d", "2026-06-04T16:20:00+02:00", change)
    assert await _standing([APERO, moved]) == ["2026-06-04T17:30:00Z"]


SEASON = (
    "monique_r",
    "2025-10-13T18:00:00+02:00",
    "🌱 **Bourse aux graines** le **samedi 25 octobre de 10h à 13h** sous la tonnelle.\n\n"
    "📋 **Réunion bilan de la saison** le **lundi 27 octobre à 18h** à la maison de quartier.",
)


async def test_the_hour_after_another_meeting_named_is_that_meetings() -> None:
    change = (
        "monique_r",
        "2025-10-22T20:00:00+02:00",
        "Rappel pour samedi ! Et pour la réunion bilan, on commence **à 18h30** finalement, la salle est prise avant.",
    )
    assert await _standing([SEASON, change]) == ["2025-10-25T08:00:00Z", "2025-10-27T17:30:00Z"]


async def test_an_hour_right_after_a_day_alone_is_still_its_start() -> None:
    raw = "Chantier participatif au jardin le samedi 16 mai. RDV **9h** devant le portail, gants fournis."
    assert await _standing([("theo_b", "2026-05-04T10:00:00+02:00", raw)]) == ["2026-05-16T07:00:00Z"]


VISIO = (
    "francois_d",
    "2026-09-14T09:00:00+02:00",
    "Point d'étape du groupe achats le **lundi 28 septembre à 18h** en visio.",
)
ASKED = ("delphine_m", "2026-09-15T08:30:00+02:00", "Je pourrai pas à 18h, 18h30 possible ?")


@pytest.mark.parametrize(
    "settled",
    ["Pas d'objection, donc **lundi 28 à 18h30**. Lien à venir.", "Personne ne s'y oppose, donc lundi 28, 18h30."],
)
async def test_no_objection_then_the_day_and_hour_settles_them(settled: str) -> None:
    posts = [VISIO, ASKED, ("francois_d", "2026-09-18T09:00:00+02:00", settled)]
    assert await _standing(posts, title="Visio du groupe achats") == ["2026-09-28T16:30:00Z"]


async def test_a_member_unable_to_come_settles_nothing() -> None:
    posts = [VISIO, ("delphine_m", "2026-09-15T08:30:00+02:00", "Je ne pourrai pas, donc lundi 28 à 18h30 sans moi.")]
    assert await _standing(posts, title="Visio du groupe achats") == ["2026-09-28T16:00:00Z"]


HOLIDAYS = (
    "Bonjour à tous les coworkers de l'Atelier des Minimes,\n\n"
    "Horaires pendant les fêtes :\n"
    "- du lundi 15 au vendredi 19 décembre : horaires normaux, 8h30-19h\n"
    "- lundi 22 et mardi 23 décembre : 9h-17h\n"
    "- **fermeture du mercredi 24 décembre au vendredi 2 janvier inclus**\n"
)


async def test_a_places_hours_on_dated_days_are_no_meetings() -> None:
    assert await _standing([("aurelie_b", "2025-12-08T10:00:00+01:00", HOLIDAYS)], cooked=True) == []


async def test_a_gathering_listed_under_the_hours_is_still_one() -> None:
    raw = HOLIDAYS + "- vendredi 19 décembre : apéro de fin d'année à 18h dans la cuisine commune\n"
    standing = await _standing([("aurelie_b", "2025-12-08T10:00:00+01:00", raw)], cooked=True)
    assert standing == ["2025-12-19T17:00:00Z"]


WORKS = (
    "christophe_b",
    "2026-09-14T19:00:00+02:00",
    "Grand chantier d'automne à la friche :\n\n🛠️ **samedi 10 octobre : 9h-18h**\n🛠️ **dimanche 11 octobre : 9h-17h**",
)
PROPOSED = ("mathis_r", "2026-09-15T08:30:00+02:00", "9h le dimanche c'est dur, on pourrait commencer à 10h plutôt ?")


async def test_the_organiser_settling_the_sunday_hour_moves_the_sunday() -> None:
    settled = ("christophe_b", "2026-09-15T12:00:00+02:00", "Allez, va pour **10h le dimanche** (fin toujours 17h).")
    standing = await _standing([WORKS, PROPOSED, settled], cooked=True)
    assert standing == ["2026-10-10T07:00:00Z", "2026-10-11T08:00:00Z"]


async def test_a_member_agreeing_moves_no_sunday() -> None:
    agreed = ("lea_g", "2026-09-15T09:10:00+02:00", "Ok pour moi, 10h le dimanche ce serait top !")
    standing = await _standing([WORKS, PROPOSED, agreed], cooked=True)
    assert standing == ["2026-10-10T07:00:00Z", "2026-10-11T07:00:00Z"]
