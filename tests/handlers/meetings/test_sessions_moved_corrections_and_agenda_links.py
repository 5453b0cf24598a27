"""One session of several moved by its number or its day ("la séance 2 est reportée"), a listed day given another part
of the day ("celle du 12 aura lieu l'après-midi"), an organiser agreeing to a correction with "Exact" and the new day,
a meeting replaced by "on remplace … par …" and said to take place no more, an agenda's line without a link of its
own, which takes no other line's; a clock's line under a day or under a table, a move after saying people are away,
numeric days opening a list's rows, a question in a quoted title, a move answering the one day a member named, the
dates of a text passed on "pour info" in a quote, a section of the writer's own events beside others', a poll's result
"ce sera le …", an hour under a list of days, a selection jury and a public presentation, a short answer ending a
doubt, and the announcer saying nothing moves after a member heard it did."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.events import PostCreated
from bot.models import Topic
from handlers import meetings
from tests.handler_kit import make_ctx, make_post
from tests.handlers.meetings.test_meetings import apply, at
from tests.handlers.meetings.test_member_updates import _standing

TRAINING = (
    "yann_b",
    "2026-05-04T10:00:00+02:00",
    "On lance la formation « Imprimante 3D » en trois séances au fablab :\n\n"
    "- jeu. 21/05, 18h-20h : prise en main\n- jeu. 28/05, 18h-20h : atelier modélisation\n"
    "- jeu. 04/06, 18h-20h : projet perso",
)


async def test_a_session_named_by_its_number_moves_alone() -> None:
    posts = [
        TRAINING,
        ("yann_b", "2026-05-12T09:00:00+02:00", "La séance 2 est décalée au vendredi 29 mai, même horaire."),
    ]
    assert await _standing(posts, title="Imprimante 3D") == [
        "2026-05-21T16:00:00Z",
        "2026-05-29T16:00:00Z",
        "2026-06-04T16:00:00Z",
    ]


async def test_a_session_named_by_its_day_moves_alone() -> None:
    posts = [
        TRAINING,
        ("yann_b", "2026-05-12T09:00:00+02:00", "Attention : la séance du 28 est reportée au mardi 2 juin, 18h-20h."),
    ]
    assert await _standing(posts, title="Imprimante 3D") == [
        "2026-05-21T16:00:00Z",
        "2026-06-02T16:00:00Z",
        "2026-06-04T16:00:00Z",
    ]


async def test_one_more_session_tomorrow_moves_none() -> None:
    """The guard: "on refait une session demain, même heure" adds one beside tonight's permanence."""
    posts = [
        ("paul_g", "2026-12-03T10:00:00+01:00", "Permanence couture exceptionnelle **ce soir de 18h à 20h** au local."),
        ("ines_r", "2026-12-03T10:30:00+01:00", "Et demain ? Ce soir je ne peux pas.", 1),
        ("paul_g", "2026-12-03T11:00:00+01:00", "Oui, on refait une session **demain, même heure**.", 2),
    ]
    assert await _standing(posts, title="Permanence couture") == ["2026-12-03T17:00:00Z", "2026-12-04T17:00:00Z"]


async def test_a_listed_day_held_in_the_afternoon_takes_its_new_hour() -> None:
    posts = [
        (
            "agnes_p",
            "2026-02-23T10:00:00+01:00",
            "Permanences « papiers » à la Maison du quartier, les jeudis de mars, 9h-11h :\n"
            "- jeudi 5 mars\n- jeudi 12 mars\n- jeudi 19 mars",
        ),
        (
            "agnes_p",
            "2026-03-02T18:00:00+01:00",
            "Petit changement : celle du 12 aura lieu l'après-midi, 15h-17h (salle prise le matin).",
        ),
    ]
    assert await _standing(posts, title="Permanences papiers") == [
        "2026-03-05T08:00:00Z",
        "2026-03-12T14:00:00Z",
        "2026-03-19T08:00:00Z",
    ]


async def test_exact_and_the_corrected_day_replace_the_slip() -> None:
    posts = [
        (
            "claire_v",
            "2026-01-20T21:00:00+01:00",
            "CR de la réunion d'hier.\n\n**Prochaine réunion : lundi 9 février, 19h.**",
        ),
        ("remi_t", "2026-01-21T08:00:00+01:00", "Le lundi on n'a pas la salle, ce ne serait pas plutôt mardi 10 ?", 1),
        ("claire_v", "2026-01-21T09:30:00+01:00", "Exact ! Prochaine réunion : **mardi 10 février, 19h**.", 2),
    ]
    assert await _standing(posts, title="Réunions du collectif compost") == ["2026-02-10T18:00:00Z"]


async def test_a_meeting_replaced_by_another_gathering_takes_place_no_more() -> None:
    posts = [
        (
            "lina_k",
            "2026-05-04T10:00:00+02:00",
            "Réunion d'information sur le futur café associatif : **mardi 19 mai à 18h30**.",
        ),
        (
            "lina_k",
            "2026-05-11T12:00:00+02:00",
            "Suite à vos messages, on remplace la réunion publique du 19 par une visite du local le samedi 23 mai à "
            "11h. La réunion en salle du mardi n'a donc plus lieu.",
        ),
    ]
    assert await _standing(posts, title="Café associatif") == ["2026-05-23T09:00:00Z"]


async def _links(raw: str) -> dict[str, str | None]:
    """Each meeting of an opening post, by its start, with the link scribe would give in its reminders."""
    post = make_post(1, "aurore_d", raw, topic_id=9, created_at=datetime(2026, 4, 1, 8, tzinfo=UTC))
    ctx = make_ctx([Topic(id=9, title="Agenda", posts=(post,), created_by="aurore_d")], now=post.created_at)
    read = await meetings.on_post_created(PostCreated(post), at(ctx, post.created_at, {}))
    memory: dict[str, dict[str, Any]] = apply({}, read)
    return {r["starts_at"]: r["link"] for r in memory["meetings"].values()}


async def test_an_agenda_line_without_a_link_takes_no_other_lines_link() -> None:
    visio = "https://visio.example.org/reseau-avril"
    links = await _links(
        "Agenda d'avril :\n\n- **Sam 11 avril** – Troc de graines au jardin, 10h\n"
        f"- **Jeu 16 avril** – Visio du réseau, 12h30 → {visio}\n- **Mer 22 avril** – Soirée jeux, 19h"
    )
    assert links == {"2026-04-11T08:00:00Z": None, "2026-04-16T10:30:00Z": visio, "2026-04-22T17:00:00Z": None}


async def test_a_link_on_a_line_of_no_day_is_every_meetings() -> None:
    """The guard: "Lien : …" under the listed days is theirs."""
    visio = "https://visio.example.org/reseau-avril"
    links = await _links(f"Visios du réseau :\n\n- jeudi 16 avril, 12h30\n- jeudi 30 avril, 12h30\n\nLien : {visio}")
    assert set(links.values()) == {visio}


async def test_a_clock_line_under_the_day_gives_the_start_it_names() -> None:
    posts = [
        (
            "odile_l",
            "2026-02-16T10:00:00+01:00",
            "L'assemblée générale de l'asso aura lieu :\n\n📅 **samedi 21 mars 2026**\n"
            "🕙 accueil dès 9h, début de l'AG à **9h30**\n📍 salle des fêtes\n\n"
            "Les candidatures au bureau sont à envoyer avant le vendredi 13 mars.",
        )
    ]
    assert await _standing(posts, title="Assemblée générale") == ["2026-03-21T08:30:00Z"]


async def test_a_clock_line_of_two_hours_and_no_start_gives_none() -> None:
    """The guard: "🕙 accueil dès 9h, repas partagé à 12h" says no start."""
    posts = [
        (
            "odile_l",
            "2026-02-16T10:00:00+01:00",
            "Assemblée générale :\n\n📅 **samedi 21 mars 2026**\n🕙 accueil dès 9h, repas partagé à 12h\n\n"
            "Candidatures avant le vendredi 13 mars.",
        )
    ]
    assert await _standing(posts, title="Assemblée générale") == []


async def test_a_move_after_saying_people_are_away_moves_the_meeting() -> None:
    posts = [
        ("leo_p", "2026-03-01T10:00:00+01:00", "Apéro des coworkers **jeudi 12 mars à partir de 18h30** 🍻"),
        (
            "leo_p",
            "2026-03-04T09:00:00+01:00",
            "On est plusieurs à être en déplacement la semaine prochaine, on décale au jeudi 19 mars, même heure.",
        ),
    ]
    assert await _standing(posts, title="Apéro des coworkers") == ["2026-03-19T17:30:00Z"]


async def test_numeric_days_opening_a_lists_rows_are_its_sessions() -> None:
    posts = [
        (
            "nadia_b",
            "2026-09-25T15:00:00+02:00",
            "Les ateliers tricot reprennent, **tous les jeudis d'octobre de 18h à 20h** :\n"
            "- 8/10 : les bases\n- 15/10 : le jacquard\n- 22/10 : finitions",
        )
    ]
    assert await _standing(posts, title="Ateliers tricot") == [
        "2026-10-08T16:00:00Z",
        "2026-10-15T16:00:00Z",
        "2026-10-22T16:00:00Z",
    ]


async def test_a_fraction_in_a_row_is_no_day() -> None:
    """The guard: "- 1/2 tarif pour les adhérents" opens a row with no colon after it."""
    posts = [
        ("nadia_b", "2026-09-25T15:00:00+02:00", "Tarifs de l'atelier :\n- 1/2 tarif pour les adhérents\n- 5 € sinon")
    ]
    assert await _standing(posts, title="Tarifs") == []


async def test_a_question_in_a_quoted_title_leaves_the_opening_post_an_announcement() -> None:
    posts = [
        (
            "yannick_m",
            "2026-05-26T10:00:00+02:00",
            "# Fête de la friche – 19 juin\n\n**Vendredi 19 juin**\n- 18h : ouverture, buvette\n"
            "- 19h : table ronde « Que faire des friches ? »\n- 21h : concert",
        )
    ]
    assert await _standing(posts, title="Fête de la friche") == ["2026-06-19T16:00:00Z"]


async def test_a_move_replying_to_the_day_a_member_named_moves_that_meeting() -> None:
    posts = [
        (
            "pierre_b",
            "2026-05-27T11:00:00+02:00",
            "La Région présente son appel à projets en **webinaire mardi 9 juin, 14h**.\n\n"
            "Je propose qu'on se retrouve pour monter un dossier commun : **lundi 8 juin à 17h** au fablab.",
        ),
        ("agnes_f", "2026-05-27T12:30:00+02:00", "Mais le 8 c'est avant le webinaire, non ?", 1),
        ("pierre_b", "2026-05-27T14:05:00+02:00", "Bien vu. On décale au **lundi 15 juin, 17h**, même endroit.", 2),
    ]
    assert "2026-06-15T15:00:00Z" in await _standing(posts, title="Appel à projets")


async def test_the_dates_of_a_text_passed_on_in_a_quote_are_anothers() -> None:
    posts = [
        (
            "pierre_b",
            "2026-05-27T11:00:00+02:00",
            "Pour info, appel à projets pour les lieux qui font de la réparation (ressourceries, repair cafés) :\n\n"
            "> **Webinaire de présentation : jeudi 11 juin, 10h** (inscription sur le site du Département)\n"
            "> **Date limite de dépôt : mardi 30 juin**\n\n"
            "On en parle à notre **réunion de bureau du mardi 16 juin à 18h30**.",
        )
    ]
    assert await _standing(posts, title="Appel à projets") == ["2026-06-16T16:30:00Z"]


async def test_the_dates_of_an_own_quoted_line_stay_its_meetings() -> None:
    """The guard: a post quoting a line without passing anything on keeps its date."""
    posts = [
        (
            "pierre_b",
            "2026-05-27T11:00:00+02:00",
            "Rappel de ce qu'on avait dit :\n\n> **Réunion de bureau : jeudi 11 juin, 18h30** au local",
        )
    ]
    assert await _standing(posts, title="Bureau") == ["2026-06-11T16:30:00Z"]


async def test_a_clock_line_under_a_table_gives_every_row_its_hour() -> None:
    posts = [
        (
            "thibault_r",
            "2026-03-20T14:30:00+01:00",
            "Cycle « Couture » en 3 séances :\n\n| Séance | Date | Contenu |\n|---|---|---|\n"
            "| 1 | jeu. 9 avril | Les bases |\n| 2 | jeu. 16 avril | Ourlets |\n| 3 | jeu. 23 avril | Projet |\n\n"
            "🕡 18h-20h à chaque fois, au local.",
        )
    ]
    assert await _standing(posts, title="Cycle couture", cooked=True) == [
        "2026-04-09T16:00:00Z",
        "2026-04-16T16:00:00Z",
        "2026-04-23T16:00:00Z",
    ]


async def test_our_section_of_a_post_telling_of_others_events_keeps_our_dates() -> None:
    posts = [
        (
            "elodie_f",
            "2026-10-22T14:00:00+02:00",
            "## Novembre, mois de l'ESS\n\n### Nos rendez-vous\n- **mer. 4/11, 18h30** – Apéro-rencontre au Bief\n"
            "- **sam. 14/11, 10h-12h** – Visite de la Chaudronnerie\n\n### Chez les copains (pour info)\n"
            "- jeu. 19/11, 18h30 : conférence sur les SCIC (organisée par la médiathèque)",
        )
    ]
    assert await _standing(posts, title="Mois de l'ESS") == ["2026-11-04T17:30:00Z", "2026-11-14T09:00:00Z"]


async def test_a_polls_result_said_it_will_be_a_day_settles_it() -> None:
    posts = [
        (
            "paul_g",
            "2026-03-10T18:00:00+01:00",
            "Chantier de printemps au jardin, je vous propose 3 dates :\n- samedi 4 avril matin\n"
            "- samedi 11 avril matin\n- samedi 18 avril matin\n\nVotez en répondant !",
        ),
        ("elodie_m", "2026-03-10T19:00:00+01:00", "Le 11 pour moi", 1),
        (
            "paul_g",
            "2026-03-21T10:20:00+01:00",
            "Résultat du sondage : ce sera le **samedi 11 avril**, on commence à **9h**.",
        ),
    ]
    assert await _standing(posts, title="Date du chantier de printemps") == ["2026-04-11T07:00:00Z"]


async def test_an_hour_under_a_list_of_days_is_every_days() -> None:
    posts = [
        (
            "fabien_r",
            "2026-04-27T11:00:00+02:00",
            "En mai, permanences vélo à l'atelier :\n- jeu. 7/05\n- jeu. 21/05\n\nde 17h à 19h, sans rendez-vous.",
        )
    ]
    assert await _standing(posts, title="Permanences vélo") == ["2026-05-07T15:00:00Z", "2026-05-21T15:00:00Z"]


async def test_taking_back_yesterdays_message_keeps_the_first_day_and_a_short_answer_ends_a_doubt() -> None:
    posts = [
        ("paul_g", "2026-08-24T10:00:00+02:00", "Apéro de rentrée au jardin **vendredi 4 septembre à 18h30** 🍹"),
        ("paul_g", "2026-08-31T19:40:00+02:00", "Orage annoncé : on décale au **samedi 5 à 11h**."),
        (
            "paul_g",
            "2026-09-01T09:15:00+02:00",
            "Oubliez mon message d'hier, la météo a changé : on reste bien sur **vendredi 4 à 18h30** comme prévu.",
        ),
        ("elodie_m", "2026-09-01T12:00:00+02:00", "Du coup vendredi ou samedi ? je m'y perds"),
        ("paul_g", "2026-09-01T12:30:00+02:00", "Vendredi 18h30 👍", 4),
    ]
    assert await _standing(posts, title="Apéro de rentrée") == ["2026-09-04T16:30:00Z"]


async def test_a_selection_jury_and_a_public_presentation_are_gatherings() -> None:
    posts = [
        (
            "anais_b",
            "2026-11-09T10:00:00+01:00",
            "# Appel à candidatures – résidence\n\n- Candidatures jusqu'au **30 novembre**\n"
            "- **Jury de sélection : mardi 8 décembre à 14h**\n- **Présentation publique : samedi 12 décembre à 17h**",
        )
    ]
    assert await _standing(posts, title="Résidence 2027") == ["2026-12-08T13:00:00Z", "2026-12-12T16:00:00Z"]


async def test_the_announcer_saying_nothing_moves_puts_back_the_meeting_a_member_heard_was_moved() -> None:
    posts = [
        ("bernard_g", "2026-02-17T18:30:00+01:00", "AG du café **samedi 28 mars à 14h**, au café."),
        ("yves_c", "2026-02-20T12:00:00+01:00", "14h ou 14h30 ? Sur l'affiche c'est marqué 14h30."),
        (
            "bernard_g",
            "2026-02-20T13:10:00+01:00",
            "C'est l'affiche qui a raison. Donc AG **samedi 28 mars, 14h30**.",
            2,
        ),
        ("karine_b", "2026-03-05T17:45:00+01:00", "J'ai entendu que l'AG allait être décalée au dimanche ?"),
        (
            "bernard_g",
            "2026-03-05T19:00:00+01:00",
            "Non non : la salle des fêtes n'est pas dispo, on reste au café, et la date ne bouge pas.",
            4,
        ),
    ]
    assert await _standing(posts, title="AG du café") == ["2026-03-28T13:30:00Z"]
