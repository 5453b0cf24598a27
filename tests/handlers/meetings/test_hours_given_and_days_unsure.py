"""Hours given later, days a reader cannot be sure of, and others' events, as a tiers-lieux network writes them: a
change agreed with someone first, a start of two hours "selon la météo", an hour given by a member, "on ouvre à
14h", a neighbour's event readers are sent to."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.events import PostCreated
from bot.models import Topic
from handlers import meetings
from tests.handler_kit import make_ctx, make_post
from tests.handlers.meetings.test_meetings import apply, at
from tests.handlers.meetings.test_member_updates import _standing

START = datetime(2026, 2, 1, 9, tzinfo=UTC)
CA = ("bureau_asso", "2026-03-02T10:00:00+01:00", "**Conseil d'administration jeudi 12 mars à 18h**, salle du haut.")


@pytest.mark.parametrize(
    "lead",
    ["Après échange avec Marc", "Après discussion avec Marc et Inès", "En accord avec Marc,", "D'un commun accord"],
)
async def test_a_change_agreed_with_someone_first_moves(lead: str) -> None:
    moved = ("bureau_asso", "2026-03-06T12:00:00+01:00", f"{lead} on décale le CA à **19h**, la salle est prise avant.")
    assert await _standing([CA, moved]) == ["2026-03-12T18:00:00Z"]


@pytest.mark.parametrize(
    "raw",
    [
        "**Atelier compost jeudi 12 mars**, début 14h ou 14h30 selon la météo, je vous redis.",
        "Balade botanique samedi 14 mars à 9h (ou 9h30 s'il pleut la veille).",
    ],
)
async def test_a_start_of_two_hours_is_not_settled(raw: str) -> None:
    assert await _standing([("jardin_tl", "2026-03-02T10:00:00+01:00", raw)]) == []


async def test_an_organisers_new_opening_hour_moves_the_open_day() -> None:
    posts = [
        ("fablab_tl", "2026-02-20T10:00:00+01:00", "**Journée portes ouvertes samedi 14 mars, 10h-17h** au fablab."),
        (
            "fablab_tl",
            "2026-03-09T09:00:00+01:00",
            "Changement : la mairie garde la salle le matin, donc on ouvre **à 14h** (jusqu'à 18h) le samedi 14.",
        ),
    ]
    assert await _standing(posts) == ["2026-03-14T13:00:00Z"]


@pytest.mark.parametrize(
    ("raw", "standing"),
    [
        ("Au passage, le fablab voisin tient sa fête samedi 14 mars à 15h, allez-y si vous pouvez !", []),
        ("La ressourcerie d'à côté organise son AG le mardi 10 mars à 18h, n'hésitez pas à y aller.", []),
        ("Le GT numérique organise sa première rencontre le samedi 14 mars à 15h.", ["2026-03-14T14:00:00Z"]),
    ],
)
async def test_an_event_readers_are_sent_to_is_not_ours(raw: str, standing: list[str]) -> None:
    assert await _standing([("reseau_tl", "2026-03-02T10:00:00+01:00", raw)]) == standing


TITLE = "Repair café et atelier tricot de mars"


async def _records(posts: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """The meetings reminded once every post of a thread is read: (author, ISO time, raw) each."""
    written = [
        make_post(
            n, author, raw, topic_id=9, created_at=datetime.fromisoformat(when).astimezone(UTC), topic_title=TITLE
        )
        for n, (author, when, raw) in enumerate(posts, start=1)
    ]
    ctx = make_ctx([Topic(id=9, title=TITLE, posts=tuple(written), created_by=written[0].username)], now=START)
    memory: dict[str, dict[str, Any]] = {}
    for post in written:
        memory = apply(memory, await meetings.on_post_created(PostCreated(post), at(ctx, post.created_at, memory)))
    standing = [r for r in memory.get("meetings", {}).values() if not r["cancelled"] and r.get("offsets")]
    return sorted(standing, key=lambda r: r["starts_at"])


ANNOUNCED = (
    "collectif_tl",
    "2026-03-02T10:00:00+01:00",
    "**Repair café samedi 14 mars** à la salle des fêtes, horaires à confirmer.\n\n"
    "Et un **atelier tricot le vendredi 13 mars** dans l'après-midi, l'heure sera donnée ici.",
)


async def test_the_hour_given_by_a_member_replaces_the_day_alone() -> None:
    given = ("jo_laine", "2026-03-03T12:00:00+01:00", "Atelier tricot : vendredi 13 à **15h**, au local.")
    standing = await _records([ANNOUNCED, given])
    assert [(r["starts_at"], r.get("all_day", False)) for r in standing] == [
        ("2026-03-13T14:00:00Z", False),
        ("2026-03-13T23:00:00Z", True),
    ]


async def test_an_hour_given_in_words_naming_nothing_keeps_the_announced_title() -> None:
    given = ("collectif_tl", "2026-03-10T09:00:00+01:00", "C'est bon on a les clés : RDV **10h-13h** samedi 14 !")
    standing = await _records([ANNOUNCED, given])
    café = [r for r in standing if r["starts_at"] == "2026-03-14T09:00:00Z"]
    assert [r["title"] for r in café] == ["Repair café samedi 14 mars à la salle des fêtes, horaires à confirmer."]


DISTRIBUTION = (
    "epicerie_tl",
    "2025-11-24T14:00:00+01:00",
    "La **distribution de colis** aura lieu le **samedi 13 décembre de 9h30 à 12h** au local.",
)


@pytest.mark.parametrize(
    "moved",
    [
        "Beaucoup d'inscrits : **la distrib est avancée d'une demi-heure**, on commence à **9h**.",
        "Petite correction pour le samedi 13 : le camion arrive tôt, donc distribution **à partir de 9h**.",
    ],
)
async def test_a_food_banks_distribution_is_a_gathering_moved(moved: str) -> None:
    assert await _standing([DISTRIBUTION, ("epicerie_tl", "2025-12-02T11:15:00+01:00", moved)]) == [
        "2025-12-13T08:00:00Z"
    ]


async def test_everyone_is_not_every_meeting() -> None:
    posts = [
        ("jardin_tl", "2025-05-12T08:40:00+02:00", "**Permanence samedi 17 mai 10h**, puis **AG samedi 17 mai 14h**."),
        ("jardin_tl", "2025-05-13T12:15:00+02:00", "On décale l'AG à **15h** pour laisser à tout le monde le temps."),
    ]
    assert await _standing(posts) == ["2025-05-17T08:00:00Z", "2025-05-17T13:00:00Z"]


async def test_a_co_organiser_moving_from_one_weekday_to_another_leaves_the_day_left_unreminded() -> None:
    posts = [
        ("friche_tl", "2025-04-02T11:30:00+02:00", "**Atelier ouvert : mercredi 16 avril, 15h-17h**, dès 7 ans."),
        (
            "cie_invitee",
            "2025-04-09T22:10:00+02:00",
            "Planning revu : l'atelier ouvert passe du mercredi au jeudi 17, même créneau (15h-17h).",
        ),
    ]
    assert await _standing(posts) == ["2025-04-17T13:00:00Z"]


async def test_several_changes_on_several_lines_hold_back_those_named_but_the_one_unchanged() -> None:
    posts = [
        (
            "numerique_tl",
            "2025-12-08T10:00:00+01:00",
            '**Module 1** : [date=2026-01-13 time=14:00:00 timezone="Europe/Paris"]\n\n'
            '**Module 2** : [date=2026-01-20 time=14:00:00 timezone="Europe/Paris"]\n\n'
            '**Module 3** : [date=2026-01-27 time=14:00:00 timezone="Europe/Paris"]',
        ),
        (
            "numerique_tl",
            "2026-01-05T09:20:00+01:00",
            "Deux changements :\n- le module 2 est avancé d'une demi-heure\n- le module 3 est reporté au mardi 3 "
            "février, même heure\n\nLe module 1 ne change pas.",
        ),
    ]
    assert [r["starts_at"] for r in await _records(posts)] == ["2026-01-13T13:00:00Z"]


async def test_the_organisers_confirmation_of_a_proposed_hour_replaces_the_announced_one() -> None:
    posts = [
        ("cafe_tl", "2026-02-16T12:00:00+01:00", "**Soirée ciné-débat jeudi 5 mars à 20h** au café."),
        ("ressourcerie_tl", "2026-02-18T09:45:00+01:00", "On pourrait **avancer à 19h30** ? Vous validez ?"),
        ("lison", "2026-02-20T18:10:00+01:00", "C'est changé du coup ? 🤔"),
        ("cafe_tl", "2026-02-21T10:30:00+01:00", "Oui, confirmé : **projection à 19h30** le jeudi 5 mars."),
    ]
    assert await _standing(posts) == ["2026-03-05T18:30:00Z"]


async def test_a_gathering_in_place_of_one_called_off_is_not_titled_as_it() -> None:
    posts = [
        ("compost_tl", "2026-03-30T10:00:00+02:00", "- **samedi 4 avril 11h** : visite de la déchèterie"),
        (
            "compost_tl",
            "2026-04-01T13:00:00+02:00",
            "la visite de samedi est annulée 😤 à la place on fait une distribution de compost samedi 10h-12h",
        ),
    ]
    standing = await _records(posts)
    assert [r["starts_at"] for r in standing] == ["2026-04-04T08:00:00Z"]
    assert "visite de la déchèterie" not in standing[0]["title"]


async def test_a_meeting_moved_back_is_reminded_under_its_title() -> None:
    posts = [
        (
            "bureau_tl",
            "2025-02-17T19:30:00+01:00",
            "- **lundi 3 mars 18h** : commission programmation\n"
            "- **jeudi 6 mars 19h** : CA (arrêté des comptes avant l'AG)",
        ),
        (
            "bureau_tl",
            "2025-02-24T09:00:00+01:00",
            "⚠️ Changement : le **CA passe au mardi 11 mars 19h**, les devis n'arriveront pas avant le 7.",
        ),
        (
            "tresorier_tl",
            "2025-02-24T12:30:00+01:00",
            "Les devis sont arrivés ! Et le 11 je ne peux pas, on garde le 6 ?",
        ),
        (
            "bureau_tl",
            "2025-02-24T18:10:00+01:00",
            "Oubliez mon message de ce matin : **on reste au jeudi 6 mars à 19h** pour le CA. "
            "La commission du 3 ne bouge pas non plus.",
        ),
    ]
    standing = [r for r in await _records(posts) if r["starts_at"] > "2025-03"]
    assert [(r["starts_at"], r["title"]) for r in standing] == [
        ("2025-03-03T17:00:00Z", "lundi 3 mars 18h : commission programmation"),
        ("2025-03-06T18:00:00Z", "jeudi 6 mars 19h : CA (arrêté des comptes avant l'AG)"),
    ]


async def test_a_replys_weekday_written_on_that_weekday_names_the_meeting_on_record() -> None:
    posts = [
        (
            "grange_tl",
            "2025-09-22T16:00:00+02:00",
            "- **vendredi 10 octobre, 18:00** : vernissage\n- **samedi 11 octobre, 20:30** : concert folk",
        ),
        (
            "grange_tl",
            "2025-10-03T11:45:00+02:00",
            "Le **concert passe à 21h**, le vernissage ne bouge pas, vendredi 18h.",
        ),
    ]
    starts = [r["starts_at"] for r in await _records(posts)]
    assert "2025-10-10T16:00:00Z" in starts  # the vernissage stays
    assert "2025-10-11T18:30:00Z" not in starts  # the concert is no longer at 20:30


async def test_a_co_organisers_changes_on_several_lines_owned_by_the_organiser_leave_no_old_hour() -> None:
    posts = [
        (
            "maison_tl",
            "2025-06-23T09:00:00+02:00",
            "Cette semaine :\n- **mercredi 25** : atelier semis, 17h\n- **jeudi 26** : pique-nique, 19h, dans la cour\n"
            "- **samedi 28** : chantier enduit, 9h-17h",
        ),
        (
            "coanim_tl",
            "2025-06-24T11:30:00+02:00",
            "Avec la chaleur on adapte :\n🎨 le **chantier enduit de samedi commence à 7h30**\n"
            "🧺 le pique-nique de jeudi est maintenu à 19h mais sous le préau\n"
            "🌱 l'atelier semis de mercredi passe à **19h** au lieu de 17h",
        ),
        ("maison_tl", "2025-06-24T12:02:00+02:00", "Merci, validé 👌"),
    ]
    assert [r["starts_at"] for r in await _records(posts)] == [
        "2025-06-25T17:00:00Z",
        "2025-06-26T17:00:00Z",
        "2025-06-28T05:30:00Z",
    ]


@pytest.mark.parametrize(
    "raw",
    [
        "On va lancer un sondage. En gros ce serait le samedi 6 ou le samedi 13 décembre, ou le dimanche 14.",
        "Les ateliers du jeudi midi c'est terminé, la dernière séance a eu lieu jeudi dernier.",
    ],
)
async def test_days_offered_or_a_series_ended_are_not_reminded(raw: str) -> None:
    posts = [
        ("recyclerie_tl", "2025-10-20T14:00:00+02:00", "Nouveau rythme des perms bénévoles, on en reparle bientôt."),
        ("recyclerie_tl", "2025-10-21T11:32:00+02:00", raw),
    ]
    assert await _records(posts) == []
