"""A change a member only heard of, a move said in a clause of its own or by a pronoun, a day's number before a
smiley or a pronoun: how members of a tiers-lieux network write them, and the starts left standing."""

from __future__ import annotations

import pytest

from tests.handlers.meetings.test_member_updates import _standing

APERO = ("coordo_tl", "2026-06-01T09:00:00+02:00", "Apéro des bénévoles **vendredi 12 juin à 18h** au jardin 🌿")


@pytest.mark.parametrize(
    "reply",
    [
        "Petit changement : on s'installe sous la tonnelle, et on démarre à **18h30**, le temps que chacun sorte du "
        "travail.",
        "On le fait côté potager, on commence à 18h30 finalement.",
    ],
)
async def test_a_start_given_in_a_clause_of_its_own_moves_the_meeting(reply: str) -> None:
    """What comes before "et on démarre à 18h30" names no other gathering; a reason after it ("le temps que…") names
    nothing moved."""
    moved = ("coordo_tl", "2026-06-03T16:00:00+02:00", reply)
    assert await _standing([APERO, moved]) == ["2026-06-12T16:30:00Z"]


SESSIONS = (
    "forma_tl",
    "2026-02-02T10:00:00+01:00",
    "Le cycle « Gérer une asso » se tient en trois séances :\n\n"
    "| Séance | Date | Horaires |\n|---|---|---|\n"
    "| 1. Statuts | mardi 3 mars | 14h-17h |\n"
    "| 2. Budget | mardi 10 mars | 14h-17h |\n"
    "| 3. Bénévolat | mardi 17 mars | 14h-17h |",
)


async def test_a_pronoun_moves_the_meeting_the_sentence_before_names() -> None:
    moved = (
        "forma_tl",
        "2026-02-20T10:00:00+01:00",
        "Pour la séance 2 : la salle est prise le mardi 10 par la mairie. Elle est reportée au mercredi 11 mars, "
        "mêmes horaires.",
    )
    assert await _standing([SESSIONS, moved]) == [
        "2026-03-03T13:00:00Z",
        "2026-03-11T13:00:00Z",
        "2026-03-17T13:00:00Z",
    ]


async def test_a_pronoun_after_another_thing_moves_nothing() -> None:
    other = (
        "forma_tl",
        "2026-02-20T10:00:00+01:00",
        "Le marché de producteurs a changé de jour. Il est déplacé au mercredi 11 mars.",
    )
    assert await _standing([SESSIONS, other]) == [
        "2026-03-03T13:00:00Z",
        "2026-03-10T13:00:00Z",
        "2026-03-17T13:00:00Z",
    ]


CA = ("bureau_tl", "2026-04-01T09:00:00+02:00", "Conseil d'administration **jeudi 16 avril à 19h**, salle du haut.")
HEARD = ("adh_marie", "2026-04-10T20:00:00+02:00", "On m'a dit au marché que c'était repoussé à 20h, c'est vrai ?")


async def test_a_change_a_member_only_heard_of_holds_the_meeting_back() -> None:
    assert await _standing([CA, HEARD]) == []


@pytest.mark.parametrize(
    "heard",
    [
        "J'ai entendu dire que le CA passait au mercredi 15 ? Quelqu'un confirme ?",
        "Il paraît que le CA passe à 20h, c'est sûr ?",
    ],
)
async def test_a_move_heard_of_in_words_of_going_elsewhere_holds_the_meeting_back(heard: str) -> None:
    assert await _standing([CA, ("adh_marie", "2026-04-10T20:00:00+02:00", heard)]) == []


@pytest.mark.parametrize(
    ("who", "reply"),
    [
        ("bureau_tl", "Non non, c'est bien **19h** !"),
        ("bureau_tl", "Rien n'a changé : 19h comme annoncé."),
        ("tresoriere_tl", "Non, on maintient bien le jeudi 16 avril à 19h, c'est l'AG de l'amicale qui est à 20h."),
        ("bureau_tl", "Non non, toujours le jeudi 16 🙂"),
    ],
)
async def test_anyone_but_the_asker_saying_it_stays_puts_it_back(who: str, reply: str) -> None:
    denied = (who, "2026-04-11T09:00:00+02:00", reply)
    assert await _standing([CA, HEARD, denied]) == ["2026-04-16T17:00:00Z"]


async def test_the_asker_saying_it_stays_is_no_answer() -> None:
    again = ("adh_marie", "2026-04-11T09:00:00+02:00", "Bon, je suppose que c'est toujours 19h.")
    assert await _standing([CA, HEARD, again]) == []


async def test_a_question_about_the_hour_alone_holds_nothing_back() -> None:
    asked = ("adh_marie", "2026-04-10T20:00:00+02:00", "C'est bien à 19h ?")
    assert await _standing([CA, asked]) == ["2026-04-16T17:00:00Z"]


PERMS = (
    "fablab_tl",
    "2026-01-02T10:00:00+01:00",
    "Permanences de janvier : **mardi 20 janvier 16h-19h** et **mardi 27 janvier 16h-19h**.",
)


@pytest.mark.parametrize(
    "reply", ["Par contre mardi 27 j'arriverai à 17h au lieu de 16h.", "Mardi 27 je serai là à 17h au lieu de 16h."]
)
async def test_a_days_number_before_a_pronoun_stays_its_number(reply: str) -> None:
    later = ("fablab_tl", "2026-01-13T09:00:00+01:00", reply)
    assert await _standing([PERMS, later]) == ["2026-01-20T15:00:00Z", "2026-01-27T16:00:00Z"]


TWO_VISIOS = (
    "gt_tl",
    "2026-04-01T10:00:00+02:00",
    "Les deux prochaines du groupe :\n"
    "- **mardi 14 avril, 18h** : préparation du budget\n"
    "- **mardi 21 avril, 18h** : bilan des chantiers",
)


async def test_a_day_of_the_month_moves_one_of_a_list_its_title_names_the_kind_of() -> None:
    moved = (
        "gt_tl",
        "2026-04-08T10:00:00+02:00",
        "Vu les retours, la visio du 14 est déplacée au **jeudi 16 avril**, même heure. Celle du 21 ne bouge pas.",
    )
    standing = await _standing([TWO_VISIOS, moved], title="Visios du groupe de travail budget")
    assert standing == ["2026-04-16T16:00:00Z", "2026-04-21T16:00:00Z"]


async def test_an_hour_agreed_before_a_question_to_everyone_moves_the_meeting() -> None:
    bureau = ("pres_tl", "2026-04-08T16:00:00+02:00", "Réunion de bureau **demain 19h** au local.")
    asked = ("membre_tl", "2026-04-08T16:40:00+02:00", "Je ne serai pas là avant 19h30, on peut décaler ?")
    agreed = ("pres_tl", "2026-04-08T17:05:00+02:00", "Ok pour 19h30, tout le monde a vu ?")
    assert await _standing([bureau, asked, agreed]) == ["2026-04-09T17:30:00Z"]
    proposed = ("pres_tl", "2026-04-08T17:05:00+02:00", "On décale à 19h30, ça vous va ?")
    assert await _standing([bureau, asked, proposed]) == []


async def test_a_days_number_before_a_smiley_stays_its_number() -> None:
    day = ("jardin_tl", "2026-03-02T09:00:00+01:00", "Grand chantier paillage samedi 14 😉 à 10h au jardin !")
    assert await _standing([day]) == ["2026-03-14T09:00:00Z"]


async def test_a_date_its_writer_says_is_to_be_confirmed_waits_for_its_confirmation() -> None:
    tbc = (
        "reseau_tl",
        "2026-04-01T10:00:00+02:00",
        "Merci pour la visio d'hier ! Prochaine rencontre le 12 mai à 18h (date à confirmer), sur les statuts.",
    )
    assert await _standing([tbc]) == []
    confirmed = (
        "reseau_tl",
        "2026-04-20T10:00:00+02:00",
        "C'est confirmé : la rencontre aura lieu mardi 12 mai à 18h.",
    )
    assert await _standing([tbc, confirmed]) == ["2026-05-12T16:00:00Z"]


async def test_a_detail_to_be_confirmed_leaves_the_date_on() -> None:
    room = ("reseau_tl", "2026-04-01T10:00:00+02:00", "Rencontre du réseau le mardi 12 mai à 18h, salle à confirmer.")
    assert await _standing([room]) == ["2026-05-12T16:00:00Z"]


async def test_deliveries_are_no_meetings() -> None:
    news = (
        "cafe_tl",
        "2026-04-27T10:00:00+02:00",
        "Pour l'équipe :\n- Livraison du bois : lundi 4 mai entre 9h et 11h\n- **Soirée de lancement vendredi 8 mai à "
        "19h** au café\n\nDates de livraison des légumes (retrait entre 17h et 19h) :\n- mardi 12 mai\n- mardi 19 mai",
    )
    assert await _standing([news]) == ["2026-05-08T17:00:00Z"]


async def test_a_day_without_its_hour_in_a_reply_is_held_back() -> None:
    """A reply that moves nothing and names a day alone ("Reprise des ateliers le lundi 5 janvier") leaves its hour
    unsaid or elsewhere: reminding the day at midnight would be a guess."""
    last = (
        "atelier_tl",
        "2025-12-01T10:00:00+01:00",
        "Dernier atelier couture de l'année **jeudi 18 décembre à 18h**.",
    )
    again = ("atelier_tl", "2025-12-10T10:00:00+01:00", "Et reprise des ateliers couture le lundi 5 janvier !")
    assert await _standing([last, again]) == ["2025-12-18T17:00:00Z"]


async def test_an_abbreviated_weekday_before_its_number_is_that_day() -> None:
    ag = ("asso_tl", "2026-03-02T09:00:00+01:00", "AG de l'asso dim. 29 à 10h, salle des fêtes.")
    assert await _standing([ag]) == ["2026-03-29T08:00:00Z"]


async def test_a_denial_without_its_hour_answers_a_change_only_heard_of() -> None:
    training = ("garage_tl", "2026-11-02T18:30:00+01:00", "Formation freins **samedi 21 novembre 9h-13h** au garage.")
    heard = ("membre_g", "2026-11-16T10:05:00+01:00", "la formation est reportée je crois ? on m'a dit ça")
    denied = ("garage_tl", "2026-11-16T12:40:00+01:00", "Non non, pas reportée ! On vous attend.")
    assert await _standing([training, heard]) == []
    assert await _standing([training, heard, denied]) == ["2026-11-21T08:00:00Z"]


async def test_a_section_of_partners_events_is_told_of_not_reminded() -> None:
    news = (
        "coordo_tl",
        "2026-03-31T09:00:00+02:00",
        "Le récap du printemps :\n\n## Dans le réseau\n- Apéro-réseau : jeudi 16 avril à 18h30 au Moulin\n\n"
        "## Ailleurs sur le territoire\n- 10 avril, 11h : webinaire « Financer son tiers-lieu »\n"
        "- 24 avril à 14h : visite d'un jardin partagé voisin",
    )
    assert await _standing([news]) == ["2026-04-16T16:30:00Z"]


async def test_weekdays_that_do_not_follow_each_other_at_one_hour_are_a_schedule() -> None:
    hours = ("coordo_tl", "2026-03-31T09:00:00+02:00", "Permanence téléphonique : lundi, mardi et jeudi, 9h-12h.")
    assert await _standing([hours]) == []
    days = ("coordo_tl", "2026-03-31T09:00:00+02:00", "Formation des bénévoles : lundi, mardi et mercredi, 9h-12h.")
    assert await _standing([days]) != []  # three days running: one training's


async def test_an_hour_in_the_reason_for_a_move_is_not_where_it_goes() -> None:
    bureau = ("pres_tl", "2025-12-29T16:00:00+01:00", "Réunion de bureau **lundi 12 janvier à 19h** chez moi.")
    moved = (
        "pres_tl",
        "2026-01-07T09:12:00+01:00",
        "On avance d'une demi-heure, j'ai un souci de garde après 21h.",
    )
    # not at 21h: the move by half an hour is read, or, unread, the meeting is held back
    assert await _standing([bureau, moved]) in (["2026-01-12T17:30:00Z"], [])


async def test_days_under_a_heading_of_options_wait_for_the_one_chosen() -> None:
    options = (
        "secretaire_tl",
        "2025-12-08T19:00:00+01:00",
        "Il faut fixer la date de l'AG. Trois possibilités (20h, salle du conseil) :\n"
        "- lundi 12 janvier\n- mardi 13 janvier\n- jeudi 15 janvier\n\nRépondez avant le 20 décembre !",
    )
    assert await _standing([options]) == []
    chosen = ("secretaire_tl", "2025-12-21T11:30:00+01:00", "L'AG aura lieu le jeudi 15 janvier 2026 à 20h.")
    assert await _standing([options, chosen]) == ["2026-01-15T19:00:00Z"]


async def test_an_organiser_agreeing_to_a_members_new_day_moves_the_meeting() -> None:
    meeting = ("cuisine_tl", "2026-02-23T09:00:00+01:00", "Réunion des usagers de la cuisine **jeudi 5 mars à 19h**.")
    asked = ("usager_k", "2026-02-25T10:00:00+01:00", "Je ne peux pas le jeudi 5, on peut faire ça le lendemain ?")
    agreed = ("cuisine_tl", "2026-02-25T12:00:00+01:00", "Ok, ce sera vendredi 6 mars, toujours à 19h.")
    assert await _standing([meeting, asked, agreed]) == ["2026-03-06T18:00:00Z"]
