"""A reply naming one of its topic's days by a bare weekday ("le lundi on commence à 9h", written a fortnight before a
training's Monday), and a move of a day a reply had restated: the day the thread speaks of, not the next one on the
calendar."""

from __future__ import annotations

import pytest

from tests.handlers.meetings.test_member_updates import _standing

TRAINING = (
    "fanny_fede",
    "2026-02-09T14:00:00+01:00",
    "La fédé organise une **formation de 2 jours pour les bénévoles des repair cafés** :\n\n"
    "📅 **lundi 9 et mardi 10 mars 2026**\n🕤 9h30 – 17h\n📍 La Cagette, Toulouse",
)


async def test_an_organiser_moving_the_start_of_the_monday_moves_the_training_s_monday() -> None:
    earlier = ("fanny_fede", "2026-02-24T11:45:00+01:00", "Café d'accueil ajouté : **le lundi on commence à 9h**.")
    assert await _standing([TRAINING, earlier], title="Formation repair café") == [
        "2026-03-09T08:00:00Z",
        "2026-03-10T08:30:00Z",
    ]


async def test_a_weekday_said_to_be_the_next_one_is_the_next_one() -> None:
    """ "Lundi prochain" counts from the post, whatever the topic's days."""
    other = ("fanny_fede", "2026-02-24T11:45:00+01:00", "Et lundi prochain à 18h, réunion de préparation en visio.")
    assert await _standing([TRAINING, other], title="Formation repair café") == [
        "2026-03-02T17:00:00Z",
        "2026-03-09T08:30:00Z",
        "2026-03-10T08:30:00Z",
    ]


async def test_a_sunday_restated_then_moved_is_reminded_once_at_its_new_hour() -> None:
    weekend = (
        "hamid_chantier",
        "2025-10-13T19:00:00+02:00",
        "On organise un **week-end chantier participatif** : **samedi 25 et dimanche 26 octobre, à partir de 9h30 "
        "les deux jours**.",
    )
    restated = ("hamid_chantier", "2025-10-14T09:30:00+02:00", "Exact ! Donc dimanche 9h30 heure d'hiver.")
    moved = (
        "hamid_chantier",
        "2025-10-20T20:15:00+02:00",
        "Petit ajustement : **dimanche on commence à 10h30** finalement. **Samedi reste à 9h30.**",
    )
    assert await _standing([weekend, restated, moved], title="Chantier participatif") == [
        "2025-10-25T07:30:00Z",
        "2025-10-26T09:30:00Z",
    ]


VELO = (
    "maelle_velo",
    "2025-03-10T19:12:00+01:00",
    "Prochain **atelier réparation vélo** samedi 15 mars, de 14h à 17h au local de la Rustine.",
)


async def test_the_saturday_told_before_starting_earlier_moves_the_workshop() -> None:
    earlier = (
        "maelle_velo",
        "2025-03-11T12:05:00+01:00",
        "Petite précision : le samedi on démarre plus tôt maintenant, 13h30, pour profiter de la lumière.",
    )
    assert await _standing([VELO, earlier], title="Atelier réparation vélo") == ["2025-03-15T12:30:00Z"]


async def test_a_weekday_told_before_of_no_meeting_of_the_topic_is_none() -> None:
    """ "Le dimanche on démarre plus tôt" in a topic with no Sunday: no meeting of its own, the Saturday stays."""
    other = ("maelle_velo", "2025-03-11T12:05:00+01:00", "Et le dimanche on démarre plus tôt maintenant, 9h30.")
    assert await _standing([VELO, other], title="Atelier réparation vélo") == ["2025-03-15T13:00:00Z"]


async def test_an_hour_said_to_be_it_after_all_moves_the_meeting() -> None:
    announced = (
        "thomas_bureau",
        "2026-04-13T21:40:00+02:00",
        "Réunion de bureau demain 18h au local, on fait le point sur la subvention Région.",
    )
    later = ("thomas_bureau", "2026-04-14T08:15:00+02:00", "Ce sera 18h30 finalement, je sors tard du boulot")
    assert await _standing([announced, later], title="Réunion de bureau") == ["2026-04-14T16:30:00Z"]


async def test_an_hour_said_to_suit_better_by_the_organiser_moves_the_meeting() -> None:
    announced = (
        "loeiz_cafe",
        "2025-11-02T19:00:00+01:00",
        "Apéro des bénévoles **vendredi 21 novembre à 19h** au café",
    )
    later = ("loeiz_cafe", "2025-11-10T13:30:00+01:00", "On le fait à 19h30 plutôt, le temps de fermer le café.")
    assert await _standing([announced, later], title="Apéro des bénévoles") == ["2025-11-21T18:30:00Z"]


async def test_the_volunteers_drink_named_first_is_moved_by_its_organiser() -> None:
    announced = (
        "loeiz_cafe",
        "2025-11-02T19:00:00+01:00",
        "Le pot des bénévoles, c'est **vendredi 21 novembre à 19h**",
    )
    later = ("loeiz_cafe", "2025-11-10T13:30:00+01:00", "Pour le pot on le fait à 19h30 plutôt, le temps de fermer.")
    assert await _standing([announced, later], title="Fin des travaux au café") == ["2025-11-21T18:30:00Z"]


@pytest.mark.parametrize("jar", ["le pot de miel", "le pot commun"])
async def test_a_pot_of_honey_or_the_kitty_is_no_gathering(jar: str) -> None:
    post = ("loeiz_cafe", "2025-11-02T19:00:00+01:00", f"Pensez à {jar} vendredi 21 novembre à 19h, merci !")
    assert await _standing([post], title="Fin des travaux au café") == []
