"""Meetings announced by a member (no staff rights), then moved, called off or put in doubt by that member in later
replies, as organisers of a tiers-lieux network write them: the reminders follow what the organiser last said."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.events import PostCreated
from bot.models import Topic
from bot.sandbox.cook import cook
from handlers import meetings
from tests.handler_kit import make_ctx, make_post
from tests.handlers.meetings.test_meetings import apply, at

START = datetime(2025, 2, 24, 9, 14, tzinfo=UTC)


async def _standing(
    posts: list[tuple[str, str, str]] | list[tuple[str, str, str, int]], title: str = "T", cooked: bool = False
) -> list[str]:
    """The starts reminded once every post of a thread is read: (author, ISO time, raw) each, the first the topic's,
    and the number of the post it replies to when it does; `cooked`: each post with the HTML the forum cooks from its
    raw (tables, lists), as the forum gives them."""
    return sorted(r["starts_at"] for r in await standing_records(posts, title, cooked))


async def standing_records(
    posts: list[tuple[str, str, str]] | list[tuple[str, str, str, int]], title: str = "T", cooked: bool = False
) -> list[dict[str, Any]]:
    """The meeting records still reminded once every post of a thread is read (`_standing`)."""
    written = [
        make_post(
            n,
            author,
            raw,
            topic_id=9,
            created_at=datetime.fromisoformat(when).astimezone(UTC),
            topic_title=title,
            reply_to_post_number=replying[0] if replying else None,
            **({"cooked": cook(raw)} if cooked else {}),
        )
        for n, (author, when, raw, *replying) in enumerate(posts, start=1)
    ]
    topic = Topic(id=9, title="Atelier du Hangar", posts=tuple(written), created_by=written[0].username)
    ctx = make_ctx([topic], now=START)
    memory: dict[str, dict[str, Any]] = {}
    for post in written:
        memory = apply(memory, await meetings.on_post_created(PostCreated(post), at(ctx, post.created_at, memory)))
    return [r for r in memory.get("meetings", {}).values() if not r["cancelled"] and r.get("offsets")]


@pytest.mark.parametrize(
    ("replies", "standing"),
    [
        (  # a lead-in ending on a colon, then the move
            ["Bon vu que vous êtes plusieurs à me l'avoir dit en MP : **on décale à 18h** (jusqu'à 21h). Même endroit"],
            ["2025-03-06T17:00:00Z"],
        ),
        (  # a reason, then "donc" and a move by a length of time
            ["Info pratique : la salle doit être rendue à 20h30, donc **on avance d'une demi-heure** le démarrage."],
            ["2025-03-06T15:30:00Z"],
        ),
        (["Changement : l'atelier est **avancé à 16h30**, contrainte de salle."], ["2025-03-06T15:30:00Z"]),
        (
            ["Avec les vacances, la moitié du groupe est partie… **on décale à la semaine prochaine, même heure**."],
            ["2025-03-13T16:00:00Z"],
        ),
        (["On avance bien sur l'organisation, merci à tous !"], ["2025-03-06T16:00:00Z"]),
    ],
)
async def test_an_organisers_reply_moves_the_meeting(replies: list[str], standing: list[str]) -> None:
    posts = [("Claire_TL", "2025-02-24T10:14:00+01:00", "Atelier d'autoréparation vélo **jeudi 6 mars, 17h-20h**.")]
    posts += [("Claire_TL", f"2025-02-27T19:4{i}:00+01:00", raw) for i, raw in enumerate(replies)]
    assert await _standing(posts) == standing


async def test_a_move_said_maybe_holds_that_meeting_back_and_moves_nothing() -> None:
    posts = [
        (
            "Clemence_TL",
            "2026-06-15T10:00:00+02:00",
            "Pour clôturer la saison :\n- **visio bilan mardi 23 juin 18h30**\n- **apéro de clôture vendredi 26 juin "
            "19h** au tiers-lieu",
        ),
        ("Antoine_b", "2026-06-16T20:30:00+02:00", "Le 23 je suis en déplacement, pas mal d'autres aussi je crois"),
        (
            "Clemence_TL",
            "2026-06-17T09:00:00+02:00",
            "Ah mince… on décale peut-être la visio au jeudi 25, je confirme demain. L'apéro ne bouge pas !",
        ),
    ]
    assert await _standing(posts) == ["2026-06-26T17:00:00Z"]


@pytest.mark.parametrize(
    "raw",
    [
        "**Apéro de clôture vendredi 26 juin 19h** au tiers-lieu, on sort les guirlandes",
        "**Pique-nique du réseau vendredi 26 juin à 19h** au parc, chacun ramène un plat",
        "**Plénière d'ouverture vendredi 26 juin à 19h** à la Cartonnerie",
    ],
)
async def test_a_tiers_lieux_gathering_is_a_meeting(raw: str) -> None:
    assert await _standing([("Clemence_TL", "2026-06-15T10:00:00+02:00", raw)]) == ["2026-06-26T17:00:00Z"]


ANNOUNCED = "2025-11-24T10:00:00+01:00"
TWO = (
    "Deux rdv début décembre :\n- atelier « cosmétiques maison » **mercredi 3 décembre, 18h**\n"
    "- ciné-débat « Demain » **vendredi 5 décembre, 20h**"
)


@pytest.mark.parametrize(
    ("reply", "standing"),
    [
        (  # a meeting said to stay, by its weekday: that Friday's, not the next one after the reply; the other agreed
            # to at 19h
            "Bonne idée, ok pour 19h pour l'atelier. Le ciné-débat reste à 20h vendredi.",
            ["2025-12-03T18:00:00Z", "2025-12-05T19:00:00Z"],
        ),
        ("Rien ne change. L'atelier du mercredi ne bouge pas.", ["2025-12-03T17:00:00Z", "2025-12-05T19:00:00Z"]),
        (  # one replaced by another event: it is off, the new one is on
            "Changement : **le ciné-débat est remplacé par une soirée jeux, samedi 6 décembre à 19h**.",
            ["2025-12-03T17:00:00Z", "2025-12-06T18:00:00Z"],
        ),
        ("Ok, trop de monde absent : **on annule tout pour décembre**, on reprogramme en janvier.", []),
        (  # a move, and a reason after it naming another gathering
            "Petit changement : on avance le ciné-débat au jeudi 4 décembre, même heure, j'ai un conseil "
            "d'administration le 5 au soir.",
            ["2025-12-03T17:00:00Z", "2025-12-04T19:00:00Z"],
        ),
    ],
)
async def test_a_reply_about_one_of_two_meetings(reply: str, standing: list[str]) -> None:
    posts = [("Anouk_ZD", ANNOUNCED, TWO), ("Anouk_ZD", "2025-11-25T12:00:00+01:00", reply)]
    assert await _standing(posts) == standing


async def test_a_general_assembly_put_off_by_its_initials_leaves_the_board_meeting() -> None:
    posts = [
        (
            "Presidente_Ecrin",
            "2025-06-16T19:30:00+02:00",
            "Vous êtes convoqués à une **assemblée générale extraordinaire le jeudi 3 juillet à 18h**.\n"
            "Elle sera précédée d'un **CA le mardi 1er juillet à 18h30 en visio**.",
        ),
        (
            "Presidente_Ecrin",
            "2025-06-25T08:50:00+02:00",
            "Effectivement : **l'AGE est reportée à une date ultérieure**, on vous tient au courant.\n"
            "**Le CA du 1er est maintenu**.",
        ),
    ]
    assert await _standing(posts) == ["2025-07-01T16:30:00Z"]


async def test_a_message_disowned_the_day_after_takes_the_meeting_back_to_its_hour() -> None:
    posts = [
        ("Elodie_Coop", "2025-09-25T15:20:00+02:00", "Nous organisons un **webinaire** le **jeudi 9 octobre à 11h**."),
        ("Elodie_Coop", "2025-09-30T09:02:00+02:00", "⚠️ Changement : on passe à **14h** le 9 octobre."),
        (
            "Elodie_Coop",
            "2025-10-01T16:45:00+02:00",
            "Oubliez mon message d'hier 🙈 Sandrine a pu s'arranger, **on reste à 11h** comme prévu au départ.",
        ),
    ]
    assert await _standing(posts) == ["2025-10-09T09:00:00Z"]


@pytest.mark.parametrize(
    ("change", "confirmation", "standing"),
    [
        (  # a volunteer calls one session off, the organiser confirms
            "J'ai vu avec l'équipe : **pas de perm le samedi 22**. Reprise normale le 29 !",
            "Merci Sandrine 👍 Je confirme, je mets l'affiche à jour.",
            ["2025-11-08T09:00:00Z", "2025-11-15T09:00:00Z", "2025-11-29T09:00:00Z"],
        ),
        (  # a member's wish, thanked but not confirmed: nothing changes
            "Pas de perm le samedi 22 pour moi, je serai au forum régional.",
            "Merci Sandrine, bon forum !",
            ["2025-11-08T09:00:00Z", "2025-11-15T09:00:00Z", "2025-11-22T09:00:00Z", "2025-11-29T09:00:00Z"],
        ),
    ],
)
async def test_the_organiser_confirming_a_members_change_makes_it(
    change: str, confirmation: str, standing: list[str]
) -> None:
    posts = [
        (
            "EPN_Granville",
            "2025-11-03T10:00:00+01:00",
            "Les permanences d'aide numérique reprennent : **les samedis 8, 15, 22 et 29 novembre, de 10h à 12h**.",
        ),
        ("Sandrine_benev", "2025-11-05T18:30:00+01:00", change),
        ("EPN_Granville", "2025-11-06T09:00:00+01:00", confirmation),
    ]
    assert await _standing(posts) == standing


async def test_the_organiser_confirming_a_co_organisers_move_makes_it() -> None:
    posts = [
        (
            "Marc_fresque",
            "2025-05-21T20:00:00+02:00",
            "On organise une **Fresque du Climat** le **samedi 7 juin, 9h30-12h30**.",
        ),
        ("Sophie_coanim", "2025-05-28T08:31:00+02:00", "Petit changement validé avec Marc : on commence à **9h** ☕"),
        ("Marc_fresque", "2025-05-28T09:12:00+02:00", "Merci Sophie, c'est ça ! 9h donc."),
    ]
    assert await _standing(posts) == ["2025-06-07T07:00:00Z"]
    assert await _standing(posts[:2]) == []  # a member's word alone moves nothing, and leaves the hour unsure


@pytest.mark.parametrize(
    ("title", "settled", "standing"),
    [
        (
            "Prochain comité de pilotage",
            "Go pour **mardi 3 mars 18h** alors, j'envoie l'invit dans la journée.",
            ["2026-03-03T17:00:00Z"],
        ),
        ("Atelier tricot-thé", "Oh pardon ! C'est bien **mercredi 4 mars**, à 15h.", ["2026-03-04T14:00:00Z"]),
        (
            "Sondage date : atelier gouvernance",
            "Le créneau retenu : **mercredi 4 mars, 18h-20h**",
            ["2026-03-04T17:00:00Z"],
        ),
        ("Questions diverses", "Go pour **mardi 3 mars 18h** alors.", []),  # a topic not titled for a gathering
    ],
)
async def test_a_reply_settling_the_day_of_the_gathering_the_topic_is_titled_for(
    title: str, settled: str, standing: list[str]
) -> None:
    ctx = make_ctx(now=START)
    opening = make_post(
        1,
        "Agnes_TL",
        "On pourrait se voir début mars ? Des préférences ?",
        topic_id=9,
        created_at=datetime(2026, 2, 16, 10, tzinfo=UTC),
        topic_title=title,
    )
    reply = make_post(
        6,
        "Agnes_TL",
        settled,
        topic_id=9,
        created_at=datetime(2026, 2, 18, 8, tzinfo=UTC),
        topic_title=title,
        reply_to_post_number=None,
    )
    memory: dict[str, dict[str, Any]] = {}
    for post in (opening, reply):
        memory = apply(memory, await meetings.on_post_created(PostCreated(post), at(ctx, post.created_at, memory)))
    records = memory.get("meetings", {}).values()
    assert sorted(r["starts_at"] for r in records if not r["cancelled"] and r.get("offsets")) == standing


async def test_a_convocation_giving_its_date_and_hour_in_a_table_is_a_meeting() -> None:
    raw = (
        "# Convocation à l'Assemblée Générale ordinaire\n\n| | |\n|---|---|\n| **Date** | samedi 30 mai 2026 |\n"
        "| **Heure** | 14h00 |\n| **Lieu** | salle polyvalente |\n\n"
        "Les procurations sont à envoyer avant le lundi 25 mai."
    )
    cooked = cook(raw)
    post = make_post(1, "CA_TL", raw, topic_id=9, created_at=datetime(2026, 5, 4, 7, tzinfo=UTC), cooked=cooked)
    ctx = make_ctx(now=START)
    memory = apply({}, await meetings.on_post_created(PostCreated(post), at(ctx, post.created_at, {})))
    assert [r["starts_at"] for r in memory["meetings"].values() if r.get("offsets")] == ["2026-05-30T12:00:00Z"]


async def test_a_new_date_for_a_meeting_put_off_is_its_organisers_announcement() -> None:
    posts = [
        (
            "Sophie_Reseau",
            "2025-05-06T16:00:00+02:00",
            "La prochaine **visio du réseau** aura lieu **mardi 20 mai à 18h30**.",
        ),
        (
            "Sophie_Reseau",
            "2025-05-15T11:45:00+02:00",
            "**La visio du 20 mai est annulée**, trop d'absents. Elle est reportée à une date ultérieure.",
        ),
        ("Sophie_Reseau", "2025-05-22T10:03:00+02:00", "Re-bonjour ! Nouvelle date fixée : **jeudi 5 juin, 18h30**."),
    ]
    assert await _standing(posts) == ["2025-06-05T16:30:00Z"]


async def test_the_next_one_at_the_same_time_takes_the_hour_of_the_organisers_last_one() -> None:
    posts = [
        (
            "Mathilde_MdA",
            "2025-02-05T10:30:00+01:00",
            "La permanence juridique reprend : **samedi 8 février, 10h-12h**.",
        ),
        (
            "Mathilde_MdA",
            "2025-02-07T17:48:00+01:00",
            "Désolée, **pas de perm ce samedi**, la juriste est malade.\nProchaine perm le **samedi 22 février**, même "
            "heure.",
        ),
    ]
    assert await _standing(posts) == ["2025-02-22T09:00:00Z"]


async def test_our_own_meeting_beside_another_organisations_is_ours() -> None:
    raw = (
        "Pour info la Région organise un webinaire d'info le mercredi 5 mars à 10h (inscription sur leur site, c'est "
        "pas nous qui organisons).\n\nDe notre côté je propose un **point de préparation vendredi 7 mars à 11h** au "
        "bureau."
    )
    assert await _standing([("Nico_TL", "2025-02-26T09:00:00+01:00", raw)]) == ["2025-03-07T10:00:00Z"]


@pytest.mark.parametrize(
    "later",
    [
        "Les pièces sont annoncées pour le 28 février, je vous tiens au courant pour la nouvelle date.",
        "La déchetterie nous livre la benne le mardi 25 février, créneau retenu 8h-9h.",
        "Info logistique : la livraison des tables c'est mardi 25, même heure que la dernière fois (8h). C'est calé.",
    ],
)
async def test_other_days_an_organiser_names_after_a_call_off_announce_nothing(later: str) -> None:
    posts = [
        (
            "Kevin_fablab",
            "2025-02-03T12:00:00+01:00",
            "Atelier initiation impression 3D **samedi 15 février 14h-17h**.",
        ),
        (
            "Kevin_fablab",
            "2025-02-12T18:30:00+01:00",
            "Je dois annuler l'atelier de samedi, je le reporte à une date ultérieure.",
        ),
        ("Kevin_fablab", "2025-02-12T19:20:00+01:00", later),
    ]
    assert await _standing(posts) == []


async def test_a_day_offered_subject_to_the_others_is_no_meeting() -> None:
    raw = "Première réunion : je propose le **mardi 4 novembre à 18h** en visio, à confirmer selon vos dispos."
    assert await _standing([("Sebastien_num", "2025-10-14T10:00:00+02:00", raw)]) == []


async def test_on_demarre_a_gives_the_organisers_meeting_its_new_hour() -> None:
    posts = [
        ("Ariane_tl", "2025-11-20T10:00:00+01:00", "Visio d'échange **mardi 25 novembre à 18h30 (heure de Paris)**."),
        ("Ariane_tl", "2025-11-21T09:00:00+01:00", "Petite modif : **on démarre à 18h** pour laisser plus de temps."),
    ]
    assert await _standing(posts) == ["2025-11-25T17:00:00Z"]


@pytest.mark.parametrize(
    "raw",
    [
        "Visio avec la Fondation **jeudi 4 décembre**, soit 14h soit 16h, j'attends leur réponse.",
        "Call with the foundation on **Thursday 4 December**, either 2 or 4 PM, waiting for their answer.",
    ],
)
async def test_a_day_at_one_of_two_hours_is_no_meeting_at_either(raw: str) -> None:
    assert await _standing([("Kevin_cp", "2025-12-01T10:00:00+01:00", raw)]) == []


@pytest.mark.parametrize(
    ("reply", "standing"),
    [
        (
            "ptite modif on commence a 19h30 finalement, le temps de ranger apres l'atelier tricot",
            ["2025-03-06T18:30:00Z"],
        ),
        (
            "Oubliez mon message d'hier 🙈 la salle est prise après 19h (chorale) → on reste à 17h.",
            ["2025-03-06T16:00:00Z"],
        ),
    ],
)
async def test_an_organisers_short_reply_sets_the_hour(reply: str, standing: list[str]) -> None:
    posts = [
        ("Claire_TL", "2025-02-24T10:14:00+01:00", "Apéro des bénévoles **jeudi 6 mars, 17h-20h** au café."),
        ("Claire_TL", "2025-02-27T19:40:00+01:00", "On décale à 19h, plusieurs bénévoles finissent tard."),
        ("Claire_TL", "2025-02-28T09:10:00+01:00", reply),
    ]
    assert await _standing(posts) == standing


async def test_a_slip_owned_up_to_in_a_newsletter_moves_the_evening_it_names() -> None:
    posts = [
        (
            "marion_cafe",
            "2025-12-15T10:00:00+01:00",
            "# La Gazette\n- **Soirée contes de Noël** : samedi 20 décembre, 17h\n"
            "- **Soirée jeux** : vendredi 2 janvier, 19h30",
        ),
        (
            "marion_cafe",
            "2025-12-19T09:30:00+01:00",
            "Oups, erreur dans la gazette : la soirée contes commence à **16h**.",
        ),
    ]
    assert await _standing(posts) == ["2025-12-20T15:00:00Z", "2026-01-02T18:30:00Z"]
