"""Replies that settle a meeting's day or hour as a tiers-lieux network writes them: a co-organiser's move the
organiser agrees to by restating the hour, a meeting announced then restated and moved as one, a day saved and later
given its hour, a weekday alone meaning the meeting's own week; and what settles nothing: a member's word alone, a
weekday said as a habit, an afternoon that is no noon."""

from __future__ import annotations

import pytest

from tests.handlers.meetings.test_member_updates import _standing

SOIREE = ("tom_lab", "2025-02-03T21:47:00+01:00", "soirée réparation jeudi 19h au lab, ramenez vos grille-pains")


@pytest.mark.parametrize(
    ("agreed", "standing"),
    [
        ("ah zut j'avais zappé. ok 20h du coup merci !", ["2025-02-06T19:00:00Z"]),
        ("parfait, va pour 20h", ["2025-02-06T19:00:00Z"]),
        ("ok 21h alors", []),  # another hour than the one proposed: nobody settled it
        ("ok 20h ?", []),  # asked, not agreed
    ],
)
async def test_the_organiser_agreeing_with_the_hour_a_co_organiser_moved_to_settles_it(
    agreed: str, standing: list[str]
) -> None:
    posts = [
        SOIREE,
        ("lea_lab", "2025-02-05T18:10:00+01:00", "dsl on decale a 20h jeudi, la salle est prise jusqu a 19h45"),
        ("tom_lab", "2025-02-05T18:32:00+01:00", agreed),
    ]
    assert await _standing(posts) == standing


async def test_a_members_move_alone_or_a_move_they_ask_about_leaves_the_meeting_unreminded() -> None:
    moved = ("lea_lab", "2025-02-05T18:10:00+01:00", "la soirée passe à 20h, la salle est prise avant")
    told = ("lea_lab", "2025-02-05T18:10:00+01:00", "Je vous informe que la soirée est décalée à 20h.")
    asked = ("kev_59", "2025-02-05T18:10:00+01:00", "c'est décalé à 20h ?")
    assert await _standing([SOIREE, moved]) == []
    assert await _standing([SOIREE, told]) == []  # "je" tells, it is not their own plan
    assert await _standing([SOIREE, asked]) == []  # a change heard of: unsure until someone says it stays


async def test_a_meeting_restated_then_moved_is_moved_once() -> None:
    posts = [
        (
            "jardin_b",
            "2026-03-07T19:00:00+01:00",
            "Merci pour le chantier de ce matin !\nOn remet ça **dans 15 jours, même heure** (9h) pour les fraisiers.",
        ),
        ("jardin_b", "2026-03-16T08:30:00+01:00", "Rappel : chantier **samedi 21 à 9h**, bottes conseillées !"),
        (
            "jardin_b",
            "2026-03-20T17:45:00+01:00",
            "Pluie annoncée demain toute la matinée… on décale à dimanche 22, même heure.",
        ),
    ]
    standing = await _standing(posts)
    assert "2026-03-22T08:00:00Z" in standing and "2026-03-21T08:00:00Z" not in standing


async def test_a_day_saved_then_given_its_hour_is_reminded_at_that_hour_only() -> None:
    posts = [
        (
            "chaufferie",
            "2026-04-01T11:00:00+02:00",
            "Save the date ! **Journée portes ouvertes** le **samedi 18 avril**.",
        ),
        (
            "chaufferie",
            "2026-04-10T16:30:00+02:00",
            "## Programme de la JPO du samedi 18 avril\n\n- **10h-18h** : portes ouvertes, visites",
        ),
    ]
    assert await _standing(posts) == ["2026-04-18T08:00:00Z"]


@pytest.mark.parametrize(
    ("moved", "standing"),
    [
        (
            "Finalement ce sera **mercredi**, même heure (le formateur bosse le mardi ce mois-ci).",
            ["2025-10-15T16:00:00Z"],
        ),
        ("Finalement on décale à **lundi**, même heure, désolé pour le changement.", ["2025-10-13T16:00:00Z"]),
    ],
)
async def test_a_weekday_alone_a_meeting_moves_to_is_the_one_of_its_week(moved: str, standing: list[str]) -> None:
    posts = [
        ("fablab42", "2025-10-01T18:00:00+02:00", "Formation **découpeuse laser** le **mardi 14 octobre 18h-20h**."),
        ("fablab42", "2025-10-02T12:30:00+02:00", moved),
    ]
    assert await _standing(posts) == standing


async def test_a_move_by_a_length_after_a_contrast_word_keeps_the_hour_it_gives() -> None:
    posts = [
        ("hugo_ftl", "2026-03-16T11:00:00+01:00", "Webinaire financement le **mercredi 1er avril 2026 à 11h**."),
        ("hugo_ftl", "2026-03-18T09:40:00+01:00", "Haha non ! Par contre **on avance d'une demi-heure : 10h30**."),
    ]
    assert await _standing(posts) == ["2026-04-01T08:30:00Z"]


async def test_a_commission_moved_by_its_name_among_the_others() -> None:
    posts = [
        (
            "secretariat",
            "2025-12-29T10:00:00+01:00",
            "- Commission com' : lundi 12 janvier, 18h\n- Commission travaux : mercredi 14 janvier, 18h30",
        ),
        ("secretariat", "2026-01-05T10:30:00+01:00", "Noté. Et la commission travaux **passe à 19h**."),
    ]
    assert await _standing(posts) == ["2026-01-12T17:00:00Z", "2026-01-14T18:00:00Z"]


@pytest.mark.parametrize(
    "reply",
    [
        "12h30 plutôt non ? Beaucoup d'entre nous sortent de visio à 12h30 le jeudi",
        "je voudrais un créneau svp, plutôt en début d'après-midi",
    ],
)
async def test_a_habit_or_an_afternoon_in_a_reply_moves_nothing(reply: str) -> None:
    posts = [
        ("alix_cw", "2026-02-02T10:00:00+01:00", "Atelier CV **jeudi 12 février à 14h** au coworking."),
        ("nora_h", "2026-02-03T11:30:00+01:00", reply),
    ]
    assert await _standing(posts) == ["2026-02-12T13:00:00Z"]


async def test_an_hour_from_which_both_days_run_is_each_days_start() -> None:
    posts = [
        (
            "hamid_c",
            "2025-10-13T19:00:00+02:00",
            "Chantier isolation **samedi 25 et dimanche 26 octobre, à partir de 9h30** !",
        )
    ]
    assert await _standing(posts) == ["2025-10-25T07:30:00Z", "2025-10-26T08:30:00Z"]


TWO = (
    "flo_cafe",
    "2025-01-06T18:00:00+01:00",
    "Au café asso ce mois-ci :\n🎲 **soirée jeux vendredi 17 janvier, 20h**\n"
    "🧶 **atelier tricot samedi 18 janvier, 15h** (animé par @mamie_jo)",
)


async def test_a_call_off_in_brackets_is_of_the_thing_it_names_and_the_host_may_call_hers_off() -> None:
    reminder = (
        "flo_cafe",
        "2025-01-16T17:00:00+01:00",
        "Rappel soirée jeux **demain 20h** 🎲 (le tricot est bien annulé)",
    )
    hers = (
        "mamie_jo",
        "2025-01-08T10:00:00+01:00",
        "Pour le tricot je serai absente, **on annule ce mois-ci**, désolée !",
    )
    assert await _standing([TWO, reminder]) == ["2025-01-17T19:00:00Z", "2025-01-18T14:00:00Z"]
    assert await _standing([TWO, hers, reminder]) == ["2025-01-17T19:00:00Z"]


async def test_an_organisers_reminder_at_another_hour_stands_and_a_question_between_two_hours_leaves_it_unsure() -> (
    None
):
    posts = [
        (
            "isabelle_a",
            "2026-01-12T10:00:00+01:00",
            "- **Comité d'animation** : mercredi 21 janvier, 18h30, salle 2\n"
            "- **Permanence juridique** : samedi 24 janvier, 10h-12h",
        ),
        ("isabelle_a", "2026-01-20T09:00:00+01:00", "Rappel : comité d'animation demain 18h, salle 2 !"),
    ]
    assert await _standing(posts) == ["2026-01-21T17:00:00Z", "2026-01-24T09:00:00Z"]
    asked = ("remi_a", "2026-01-20T09:40:00+01:00", "18h ou 18h30 ? 🤔")
    assert await _standing([*posts, asked]) == ["2026-01-24T09:00:00Z"]


async def test_a_meeting_going_to_an_hour_by_its_name_alone_is_not_reminded_at_its_old_hour() -> None:
    posts = [
        (
            "kevin_n",
            "2025-10-21T16:00:00+02:00",
            "Deux ateliers numériques :\n1. **Canva pour les assos** – lundi 3 novembre, 14h\n"
            "2. **Mots de passe** – lundi 17 novembre, 14h",
        ),
        ("kevin_n", "2025-10-23T10:00:00+02:00", "Le 17 reste à 14h. Par contre **Canva le 3 passe à 14h30**."),
    ]
    assert "2025-11-03T13:00:00Z" not in await _standing(posts)


@pytest.mark.parametrize(
    "reply",
    [
        "Just a heads up, I will need to drop off the call at 20:00 tomorrow.",
        "pas de soirée jeudi pour moi, je serai au forum",
        "soirée réparation jeudi 19h → 19h-22h plutôt, pour être précis",
    ],
)
async def test_a_members_own_plans_or_the_start_said_again_leave_the_meeting_reminded(reply: str) -> None:
    assert await _standing([SOIREE, ("kev_59", "2025-02-05T18:10:00+01:00", reply)]) == ["2025-02-06T18:00:00Z"]


@pytest.mark.parametrize(
    ("author", "reply", "standing"),
    [
        (
            "jardin_p",
            "Oui : pelles, gants 🧤\n\nHoraires confirmés : **RDV 9h** au jardin, repas vers 12h30.",
            ["2025-05-17T07:00:00Z"],
        ),
        ("tresorier", "L'horaire est calé avec la mairie pour la salle : **10h**, suivie d'un repas.", []),
    ],
)
async def test_the_hour_of_a_day_saved_given_by_its_organiser_or_left_unsure_by_another(
    author: str, reply: str, standing: list[str]
) -> None:
    posts = [
        (
            "jardin_p",
            "2025-04-28T19:00:00+02:00",
            "Grand chantier participatif le **samedi 17 mai**. Horaires à confirmer.",
        ),
        (author, "2025-05-12T20:30:00+02:00", reply),
    ]
    assert await _standing(posts) == standing


ATELIERS = (
    "valerie_m",
    "2025-10-27T10:00:00+01:00",
    "Deux ateliers :\n- **Jeudi 6 novembre 10h-12h** : tablette\n- **Jeudi 20 novembre 10h-12h** : démarches",
)


async def test_an_organiser_summing_up_a_change_gives_the_day_its_new_hour() -> None:
    reply = "Le 6 je ne peux pas changer, mais le 20 on peut le passer à **14h-16h**.\n"
    reply += "Donc : 6/11 à 10h (inchangé), 20/11 à 14h."
    posts = [ATELIERS, ("valerie_m", "2025-10-28T09:15:00+01:00", reply)]
    assert await _standing(posts) == ["2025-11-06T09:00:00Z", "2025-11-20T13:00:00Z"]


async def test_a_members_ok_for_an_hour_on_another_weekday_holds_nothing_back() -> None:
    posts = [ATELIERS, ("robert_c", "2025-10-28T10:00:00+01:00", "ok pour 14h mercredi 👍")]
    assert await _standing(posts) == ["2025-11-06T09:00:00Z", "2025-11-20T09:00:00Z"]


async def test_a_brunch_is_a_gathering_and_its_organiser_moves_it() -> None:
    posts = [
        ("zoe_b", "2026-03-20T10:00:00+01:00", "Brunch des membres **dimanche 29 mars à 11h** au jardin 🥐"),
        ("zoe_b", "2026-03-21T09:00:00+01:00", "Bien vu 😄 On **décale à 11h30** pour laisser dormir tout le monde."),
    ]
    assert await _standing(posts) == ["2026-03-29T09:30:00Z"]


async def test_an_organiser_answering_yes_with_the_day_settles_it() -> None:
    posts = [
        (
            "bruno_r",
            "2025-04-10T08:30:00+02:00",
            "Désolé, **l'atelier réparation de ce soir est annulé**, je suis malade.",
        ),
        ("sylvie_g", "2025-04-10T10:00:00+02:00", "Bon rétablissement ! On le refait quand ? Le jeudi 24 ?"),
        ("bruno_r", "2025-04-10T12:30:00+02:00", "Oui jeudi 24 avril, 18h, même endroit."),
    ]
    assert await _standing(posts, title="Atelier réparation – annulé ce soir") == ["2025-04-24T16:00:00Z"]


async def test_a_change_of_plan_naming_the_evening_it_leaves_replaces_the_meeting() -> None:
    posts = [
        ("gaelle_t", "2025-06-16T12:00:00+02:00", "☀️ Apéro de fin de saison **vendredi 27 juin à partir de 19h** !"),
        (
            "gaelle_t",
            "2025-06-23T09:15:00+02:00",
            "Changement de programme : orages annoncés vendredi soir. **L'apéro est remplacé par un pique-nique le "
            "samedi 28 juin à midi** au parc.",
        ),
    ]
    assert await _standing(posts) == ["2025-06-28T10:00:00Z"]


async def test_the_first_day_of_a_series_is_at_its_hour_and_an_exception_replaces_it() -> None:
    posts = [
        (
            "agnes_r",
            "2025-02-20T10:00:00+01:00",
            "On lance le **café des bénévoles** : **tous les premiers mardis du mois à 18h**. Premier rendez-vous le "
            "mardi 4 mars.",
        ),
    ]
    assert await _standing(posts) == ["2025-03-04T17:00:00Z"]
    moved = "La salle est prise le mardi 4 : **pour mars exceptionnellement on le fait le mercredi 5 mars à 18h30**."
    assert await _standing([*posts, ("agnes_r", "2025-02-24T14:10:00+01:00", moved)]) == ["2025-03-05T17:30:00Z"]


async def test_dates_offered_to_a_vote_are_no_meetings() -> None:
    poll = (
        "helene_r",
        "2026-02-02T10:30:00+01:00",
        "Pour la prochaine réunion (en visio, 18h), je vous propose 3 dates :\n- mardi 17 février\n"
        "- mercredi 18 février\n- jeudi 19 février\n\nVotez ici : https://framadate.org/reseau",
    )
    assert await _standing([poll]) == []


async def test_an_organiser_switching_days_after_a_reason_moves_it() -> None:
    posts = [
        ("lowtech", "2026-05-26T09:30:00+02:00", "Prochain atelier : **lundi 8 juin à 18h**, le four solaire."),
        ("lowtech", "2026-05-28T10:15:00+02:00", "Ok, vu le nombre d'absents on bascule au **mardi 9 juin, 18h**."),
    ]
    assert await _standing(posts) == ["2026-06-09T16:00:00Z"]


async def test_a_day_settled_at_another_hour_replaces_the_one_announced() -> None:
    posts = [
        (
            "reseau_tl",
            "2026-03-16T10:00:00+01:00",
            "Visio inter-réseaux : **mercredi 1er avril à 9h (heure de Paris)**.",
        ),
        ("reseau_tl", "2026-03-17T14:00:00+01:00", "C'est acté : **mercredi 1er avril, 14h30 heure de Paris**."),
    ]
    assert await _standing(posts, title="Visio inter-réseaux") == ["2026-04-01T12:30:00Z"]


async def test_a_member_asked_by_a_mention_is_no_host_and_their_own_hour_is_no_meeting() -> None:
    posts = [
        ("claire_tl", "2025-02-24T10:14:00+01:00", "La réunion mensuelle aura lieu **jeudi 6 mars à 18h30**."),
        ("claire_tl", "2025-02-27T09:20:00+01:00", "Donc on se retrouve **jeudi 6 mars à 18h30**. @hugo_b ça te va ?"),
        ("hugo_b", "2025-02-27T12:31:00+01:00", "oui jeudi ça marche, toujours vers 19h pour moi"),
    ]
    assert await _standing(posts, title="Réunion mensuelle") == ["2025-03-06T17:30:00Z"]
