"""The hour a line under a table gives every session; "Pas de visio cette année" of a meeting held in a hall; a day
settled after an ellipsis, by "Vendu !", by "On retient donc jeudi …", or given as "Les prochains : …, mêmes
horaires"; a network's new year wishes; a new room for the one of two meetings a reply names by its day, or given
beside the day it restates; a markdown "### Programme" under a day alone gives it its first hour."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing, standing_records

BBB = "https://bbb.example.org/b/gt-ruraux"
JITSI = "https://meet.jit.si/gt-ruraux-avril"


async def _links(posts: list[tuple[str, str, str]], title: str) -> dict[str, str | None]:
    """The link of each meeting still reminded once every post is read, by start."""
    return {r["starts_at"]: r["link"] for r in await standing_records(posts, title, cooked=True)}


async def test_the_hour_under_a_table_is_every_sessions() -> None:
    posts = [
        (
            "claire_a",
            "2026-08-27T10:00:00+02:00",
            "Formation gratuite pour les trésorier·es des assos :\n\n"
            "| Séance | Date | Thème |\n|---|---|---|\n| 1 | lun. 7 sept. | Bases |\n| 2 | lun. 14 sept. | Budget |\n\n"
            "Toutes les séances de 18h à 20h au Quai. 12 places.",
        )
    ]
    assert await _standing(posts, title="Formation compta", cooked=True) == [
        "2026-09-07T16:00:00Z",
        "2026-09-14T16:00:00Z",
    ]


AG = (
    "soizic_m",
    "2026-04-20T12:00:00+02:00",
    "L'**assemblée générale** se tiendra le **samedi 30 mai 2026 à 10h** à la salle polyvalente de Plounévézel.",
)


async def test_no_visio_this_year_leaves_an_ag_held_in_a_hall() -> None:
    posts = [
        AG,
        (
            "yann_k",
            "2026-04-25T15:20:00+02:00",
            "Est-ce qu'il y aura une visio pour ceux qui ne peuvent pas venir ?",
            1,
        ),
        ("soizic_m", "2026-04-27T11:00:00+02:00", "Pas de visio cette année, désolée, mais les pouvoirs sont là.", 2),
    ]
    assert await _standing(posts, title="AG du réseau") == ["2026-05-30T08:00:00Z"]


async def test_no_visio_this_month_still_calls_off_a_visio() -> None:
    """The guard: the meeting is the visio itself, its link given."""
    posts = [
        (
            "soizic_m",
            "2026-04-20T12:00:00+02:00",
            "Visio du réseau **mardi 12 mai à 18h** : https://meet.jit.si/reseau-mai",
        ),
        ("soizic_m", "2026-05-04T11:00:00+02:00", "Pas de visio ce mois-ci, trop de monde en congés."),
    ]
    assert await _standing(posts, title="Visio du réseau") == []


async def test_a_day_agreed_after_an_ellipsis_moves_the_meeting() -> None:
    posts = [
        (
            "loic_c",
            "2026-01-26T21:00:00+01:00",
            "Prochain **conseil d'administration lundi 9 février à 20h**, en visio.",
        ),
        ("nolwenn_g", "2026-01-27T08:40:00+01:00", "Lundi 9 je suis en formation… On peut faire mardi 10 ?", 1),
        ("loic_c", "2026-01-27T12:55:00+01:00", "Sans la trésorière… **Ok pour mardi 10 février, 20h**, même lien.", 2),
    ]
    assert await _standing(posts, title="CA de février") == ["2026-02-10T19:00:00Z"]


async def test_vendu_settles_the_day_a_member_asked_for() -> None:
    posts = [
        ("maelle_t", "2026-03-25T18:00:00+01:00", "**Réunion des jardinier·es mardi 7 avril, 18h30** au cabanon."),
        (
            "claire_d",
            "2026-03-26T09:00:00+01:00",
            "Le mardi 7 c'est le conseil municipal. On peut décaler au mercredi 8 ?",
            1,
        ),
        ("maelle_t", "2026-03-26T20:00:00+01:00", "Vendu ! **Réunion mercredi 8 avril, 18h30**, au cabanon.", 2),
    ]
    assert await _standing(posts, title="Réunion des jardinier·es") == ["2026-04-08T16:30:00Z"]


async def test_the_day_kept_from_a_poll_is_the_meeting() -> None:
    posts = [
        (
            "veronique_p",
            "2026-03-04T10:00:00+01:00",
            "Il faut qu'on se réunisse avant l'AG de la fédé. Je propose 3 dates :\n- lun. 23/03\n- jeu. 26/03\n\n"
            "Toujours 20h, à la Bobine.",
        ),
        ("olivier_r", "2026-03-04T12:30:00+01:00", "26 uniquement", 1),
        ("veronique_p", "2026-03-09T09:30:00+01:00", "Merci ! On retient donc **jeudi 26 mars à 20h**, à la Bobine."),
    ]
    assert await _standing(posts, title="Date du CA de printemps — vos dispos", cooked=True) == ["2026-03-26T19:00:00Z"]


async def test_the_next_ones_given_the_same_hours_are_reminded() -> None:
    posts = [
        (
            "nadine_c",
            "2026-03-02T14:20:00+01:00",
            "Le prochain Repair Café aura lieu **samedi 21 mars de 10h à 12h30** à la Trocante.",
        ),
        ("pauline_d", "2026-03-09T10:11:00+01:00", "C'est toujours le 3e samedi du mois ?", 1),
        (
            "nadine_c",
            "2026-03-09T11:30:00+01:00",
            "Oui ! Les prochains : **18 avril** et **16 mai**, mêmes horaires.",
            2,
        ),
    ]
    assert await _standing(posts, title="Repair Café de la Trocante") == [
        "2026-03-21T09:00:00Z",
        "2026-04-18T08:00:00Z",
        "2026-05-16T08:00:00Z",
    ]


async def test_a_networks_new_year_wishes_are_a_gathering() -> None:
    posts = [
        (
            "romain_t",
            "2026-12-01T10:00:00+01:00",
            "🎆 **Vœux du réseau + galette** le **vendredi 8 janvier 2027 à 18h30**.",
        )
    ]
    assert await _standing(posts, title="Vœux 2027") == ["2027-01-08T17:30:00Z"]


async def test_a_new_room_goes_to_the_meeting_whose_day_the_reply_names() -> None:
    posts = [
        (
            "valerie_c",
            "2026-05-25T10:00:00+02:00",
            "La Fête des tiers-lieux, c'est le **samedi 20 juin** de 10h à 18h sur la place.\n\n"
            "💻 **Réunion de prépa en visio mardi 2 juin à 20h** : https://visio.example.org/fete-prepa",
        ),
        (
            "valerie_c",
            "2026-06-01T18:00:00+02:00",
            "Petit changement : la réunion de prépa de demain aura lieu sur un autre salon. "
            "**Nouveau lien** : https://visio.example.org/fete-prepa-2",
        ),
    ]
    assert (await _links(posts, "Fête des tiers-lieux"))[
        "2026-06-02T18:00:00Z"
    ] == "https://visio.example.org/fete-prepa-2"


async def test_a_new_room_given_beside_the_day_it_restates_is_the_meetings() -> None:
    posts = [
        ("gwen_b", "2025-03-25T09:45:00+01:00", f"Prochaine réunion du GT **mardi 8 avril 10h-12h**.\nVisio : {BBB}"),
        (
            "gwen_b",
            "2025-04-07T17:30:00+02:00",
            f"⚠️ Le serveur BBB est en maintenance demain matin, on bascule sur Jitsi.\n**Nouveau lien** : {JITSI}",
        ),
    ]
    assert await _links(posts, "GT lieux ruraux") == {"2025-04-08T08:00:00Z": JITSI}


async def test_a_markdown_programme_heading_gives_the_day_its_first_hour() -> None:
    posts = [
        (
            "maelle_g",
            "2026-10-01T10:00:00+02:00",
            "Cette année c'est nous qui accueillons la **rencontre régionale** du réseau !\n\n"
            "**Jeudi 29 octobre 2026**, à la friche de la Baratière.\n\n"
            "### Programme\n- 9h30 : accueil café\n- 10h : plénière\n- 16h30 : clôture",
        )
    ]
    assert await _standing(posts, title="Rencontre régionale", cooked=True) == ["2026-10-29T08:30:00Z"]
