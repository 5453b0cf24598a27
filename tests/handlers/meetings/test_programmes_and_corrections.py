"""A week's programme, dates put to a vote, an hour corrected by the one it is not: how a tiers-lieux network writes
them, and the starts left standing once every post is read."""

from __future__ import annotations

import pytest

from tests.handlers.meetings.test_member_updates import _standing

PROGRAMME = (
    "anim_tl",
    "2026-03-02T09:00:00+01:00",
    "Au programme du mois au tiers-lieu :\n\n"
    "**Mardi 17** – Permanence administrative 10h-12h\n"
    "**Mercredi 18** – Atelier tricot 15h\n"
    "**Vendredi 20** – Soirée jeux 19h30\n"
    "**Samedi 21** – Troc de graines 10h-13h",
)


async def test_each_line_of_a_programme_is_its_day_at_its_own_hour() -> None:
    """The hour ending a line is that line's, not the next line's day's; "Mardi 17 – …" keeps its number (written on
    the 2nd, "mardi" alone would be the 3rd)."""
    assert await _standing([PROGRAMME]) == [
        "2026-03-17T09:00:00Z",
        "2026-03-18T14:00:00Z",
        "2026-03-20T18:30:00Z",
        "2026-03-21T09:00:00Z",
    ]


async def test_a_day_left_off_by_a_reply_of_its_announcer_is_not_reminded() -> None:
    off = (
        "anim_tl",
        "2026-03-05T09:00:00+01:00",
        "Petite précision : pas de tricot le mercredi 18, Josette est absente.",
    )
    assert "2026-03-18T14:00:00Z" not in await _standing([PROGRAMME, off])


@pytest.mark.parametrize("idiom", ["pas de souci", "pas de problème"])
async def test_no_worry_about_a_day_leaves_it_on(idiom: str) -> None:
    reply = ("anim_tl", "2026-03-05T09:00:00+01:00", f"Oui {idiom} le mercredi 18, Josette sera là.")
    assert "2026-03-18T14:00:00Z" in await _standing([PROGRAMME, reply])


POLL = (
    "coordo_tl",
    "2026-03-02T09:00:00+01:00",
    "Il faut caler le comité de pilotage, j'ai fait un sondage : https://framadate.org/copil-avril\n\n"
    "Propositions (toutes à 18h) :\n- lundi 13 avril\n- mardi 14 avril\n- jeudi 16 avril\n\nMerci de répondre vite !",
)


async def test_days_under_a_heading_of_proposals_are_options_until_one_wins() -> None:
    assert await _standing([POLL], title="Comité de pilotage d'avril") == []
    chosen = ("coordo_tl", "2026-03-09T09:00:00+01:00", "Résultat : c'est le mardi 14 avril à 18h qui l'emporte !")
    assert await _standing([POLL, chosen], title="Comité de pilotage d'avril") == ["2026-04-14T16:00:00Z"]


async def test_an_organisers_settled_hour_goes_to_the_day_announced_alone() -> None:
    day = (
        "plume_tl",
        "2026-03-02T09:00:00+01:00",
        "L'atelier mosaïque reprend **vendredi 13 mars** ! Horaire à venir.",
    )
    settled = ("plume_tl", "2026-03-06T09:00:00+01:00", "C'est calé : **vendredi 13 mars, 18h-19h30**, au salon.")
    assert await _standing([day, settled], title="Atelier mosaïque : la reprise") == ["2026-03-13T17:00:00Z"]


SWAP = ("jardin_tl", "2026-03-02T09:00:00+01:00", "Atelier troc de plantes **jeudi 12 mars à 20h**, à la serre.")


async def test_an_hour_corrected_by_the_one_it_is_not_moves_the_meeting() -> None:
    fixed = ("jardin_tl", "2026-03-03T09:00:00+01:00", "Petite rectif : le troc c'est **20h30**, pas 20h !")
    assert await _standing([SWAP, fixed]) == ["2026-03-12T19:30:00Z"]
    instead = ("jardin_tl", "2026-03-03T09:00:00+01:00", "Oups, le troc sera à 20h30 au lieu de 20h.")
    assert await _standing([SWAP, instead]) == ["2026-03-12T19:30:00Z"]


async def test_an_hour_corrected_by_a_member_holds_the_meeting_back() -> None:
    member = ("jardiniere", "2026-03-03T09:00:00+01:00", "Attention le troc c'est 20h30 et pas 20h, d'après l'affiche")
    assert await _standing([SWAP, member]) == []


async def test_an_hour_asked_about_changes_nothing() -> None:
    asked = ("jardiniere", "2026-03-03T09:00:00+01:00", "Le troc c'est 20h30, pas 20h ?")
    assert await _standing([SWAP, asked]) == ["2026-03-12T19:00:00Z"]


TABLE = (
    "forma_tl",
    "2026-03-02T09:00:00+01:00",
    "Planning de la formation :\n\n| Module | Date | Horaire |\n|---|---|---|\n"
    "| M1 – Accueil | lundi 16 mars | 9h-12h |\n| M2 – Budget | lundi 23 mars | 9h-12h |\n"
    "| M3 – Bilan | lundi 30 mars | 9h-12h |",
)


async def test_a_table_rows_label_names_the_meeting_whose_hour_is_corrected() -> None:
    fixed = ("forma_tl", "2026-03-03T09:00:00+01:00", "Erreur dans le tableau : le M2 c'est 14h-17h, pas 9h-12h.")
    assert await _standing([TABLE, fixed]) == ["2026-03-16T08:00:00Z", "2026-03-23T13:00:00Z", "2026-03-30T07:00:00Z"]


async def test_a_move_after_the_replies_it_follows_moves() -> None:
    day = ("reseau_tl", "2026-03-02T09:00:00+01:00", "Réunion du réseau **mardi 17 mars à 18h30**, à la Fabrique.")
    moved = ("reseau_tl", "2026-03-09T09:00:00+01:00", "Suite à vos remarques, on avance d'une demi-heure. Même lieu.")
    assert await _standing([day, moved]) == ["2026-03-17T17:00:00Z"]


async def test_a_co_organiser_setting_it_the_next_day_holds_it_back() -> None:
    day = ("fablab_tl", "2026-03-02T09:00:00+01:00", "Soirée **Arduino** le **mercredi 11 mars à 19h** au fablab.")
    other = (
        "copine_fablab",
        "2026-03-05T09:00:00+01:00",
        "La salle est prise le 11 au soir, du coup on a calé la soirée Arduino le lendemain, même heure.",
    )
    assert await _standing([day, other]) == []


async def test_a_title_naming_a_monthly_series_reads_without_failing() -> None:
    post = ("coordo_tl", "2026-03-02T09:00:00+01:00", "Prochain café des coordos **jeudi 5 mars à 10h** en visio.")
    assert await _standing([post], title="Café des coordos – tous les premiers jeudis") == ["2026-03-05T09:00:00Z"]


async def test_an_hour_its_announcer_gives_alone_goes_to_the_day_announced_alone() -> None:
    day = (
        "recyclerie_tl",
        "2026-03-02T09:00:00+01:00",
        "**Atelier réparation** le **samedi 14 mars**, horaire à venir.",
    )
    hour = ("recyclerie_tl", "2026-03-06T09:00:00+01:00", "Les bénévoles ont confirmé : ce sera **de 14h à 17h**.")
    assert await _standing([day, hour]) == ["2026-03-14T13:00:00Z"]


@pytest.mark.parametrize(
    "move",
    [
        "Mauvaise nouvelle : la salle est en travaux le 17, pas de chauffage 🥶\n"
        "On décale donc au samedi suivant, le 21, à 10h30 :",
        "Les travaux de la chaudière sont le 17, pas de chauffage.\nOn décale donc au samedi 21 à 10h30 :",
    ],
)
async def test_a_move_to_a_day_given_in_markup_at_its_new_hour_leaves_no_meeting_on_the_old_day(move: str) -> None:
    first = (
        "media_tl",
        "2026-03-02T09:00:00+01:00",
        "Un **café-rencontre numérique** à la médiathèque :\n\n"
        '📅 [date=2026-03-17 time=18:00:00 timezone="Europe/Paris"]',
    )
    moved = (
        "media_tl",
        "2026-03-09T09:00:00+01:00",
        move + '\n[date=2026-03-21 time=10:30:00 timezone="Europe/Paris"]',
    )
    assert await _standing([first, moved]) == ["2026-03-21T09:30:00Z"]


async def test_a_change_taken_back_by_its_announcer_puts_it_back_at_the_hour_given() -> None:
    first = (
        "copil_tl",
        "2026-03-02T09:00:00+01:00",
        "**Comité de pilotage** le **jeudi 12 mars à 18h**, salle du haut.",
    )
    moved = ("copil_tl", "2026-03-04T09:00:00+01:00", "On décale à **19h**, le conseil municipal est à 18h.")
    back = (
        "copil_tl",
        "2026-03-06T09:00:00+01:00",
        "Oubliez mon message de mercredi : le conseil a été déplacé au 19, donc on reste à 18h comme prévu.",
    )
    assert await _standing([first, moved]) == ["2026-03-12T18:00:00Z"]
    assert await _standing([first, moved, back]) == ["2026-03-12T17:00:00Z"]


async def test_a_places_opening_hours_listed_under_their_heading_are_no_meetings() -> None:
    raw = (
        "**Réunion d'information** le **vendredi 20 mars à 19h** à la salle des fêtes.\n\n"
        "Pour rappel, l'épicerie est ouverte :\n- mardi 16h-19h\n- vendredi 16h-19h\n- samedi 9h-12h"
    )
    assert await _standing([("epicerie_tl", "2026-03-02T09:00:00+01:00", raw)]) == ["2026-03-20T18:00:00Z"]


async def test_a_move_to_the_following_weekday_is_the_one_after_the_meeting() -> None:
    first = (
        "velo_tl",
        "2026-03-02T09:00:00+01:00",
        "**Atelier vélo** : **samedi 21 mars, 9h-13h**, salle des fêtes.",
    )
    moved = (
        "velo_tl",
        "2026-03-12T09:00:00+01:00",
        "Changement : la salle est prise. On décale au samedi suivant, mêmes horaires.",
    )
    assert await _standing([first, moved]) == ["2026-03-28T08:00:00Z"]


DAYS_IN_MARKUP = (
    "ressourcerie_tl",
    "2026-03-02T09:00:00+01:00",
    "**Journée portes ouvertes** : visite des ateliers\n"
    '[date=2026-03-21 time=10:00:00 timezone="Europe/Paris"]\n\n'
    "**Troc de graines** dans la cour le lendemain\n"
    '[date=2026-03-22 time=10:00:00 timezone="Europe/Paris"]',
)


async def test_a_date_on_a_line_of_its_own_is_named_by_the_line_above() -> None:
    other = (
        "benevole_tl",
        "2026-03-10T09:00:00+01:00",
        "Pour le troc de graines on décale à 10h30, le temps de ranger.",
    )
    assert await _standing([DAYS_IN_MARKUP, other]) == ["2026-03-21T09:00:00Z"]


async def test_a_meeting_split_into_sessions_is_those_sessions() -> None:
    first = (
        "forma_tl",
        "2026-03-02T09:00:00+01:00",
        "**Formation à distance** le **mardi 17 mars de 9h à 12h** sur Zoom.",
    )
    split = (
        "forma_tl",
        "2026-03-05T09:00:00+01:00",
        "On coupe la formation en deux sessions :\n- Session 1 : mardi 17 mars, 9h30-11h\n"
        "- Session 2 : jeudi 19 mars, 9h30-11h",
    )
    assert await _standing([first, split]) == ["2026-03-17T08:30:00Z", "2026-03-19T08:30:00Z"]


async def test_meetings_merged_into_one_are_that_one() -> None:
    first = (
        "juriste_tl",
        "2026-03-02T09:00:00+01:00",
        "Permanences juridiques :\n- **mardi 17 mars, 10h-12h**\n- **jeudi 19 mars, 14h-16h**",
    )
    merged = (
        "juriste_tl",
        "2026-03-05T09:00:00+01:00",
        "Je regroupe les deux permanences en une seule, le mercredi 18 mars de 10h à 13h.",
    )
    assert await _standing([first]) == ["2026-03-17T09:00:00Z", "2026-03-19T13:00:00Z"]
    assert await _standing([first, merged]) == ["2026-03-18T09:00:00Z"]


@pytest.mark.parametrize(
    ("written", "raw", "standing"),
    [
        (
            "2026-03-03T09:00:00+01:00",
            "On se retrouve **jeudi prochain à 14h** à la Friche.",
            [],
        ),  # a Tuesday: 5th or 12th
        ("2026-03-06T09:00:00+01:00", "On se retrouve **jeudi prochain à 14h** à la Friche.", ["2026-03-12T13:00:00Z"]),
        ("2026-03-03T09:00:00+01:00", "Réunion jeudi prochain 12 mars à 14h à la Friche.", ["2026-03-12T13:00:00Z"]),
    ],
)
async def test_a_weekday_said_next_earlier_in_its_own_week_is_unsure(
    written: str, raw: str, standing: list[str]
) -> None:
    assert await _standing([("gt_tl", written, raw)], title="GT culture – prochaine réunion") == standing


async def test_a_calendars_zone_label_is_that_zones_time_in_summer_too() -> None:
    raw = (
        "Invitation copiée depuis Outlook :\n\n> **Réunion GT santé**\n"
        "> Quand : lundi 15 juin 2026 10:00-11:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n"
        "> Où : Réunion Microsoft Teams"
    )
    assert await _standing([("gt_sante", "2026-06-02T09:00:00+02:00", raw)]) == ["2026-06-15T08:00:00Z"]


async def test_a_weekday_said_next_is_the_one_its_topics_title_dates() -> None:
    raw = "Next Thursday we meet at 14h on Jitsi, right after the board call."
    assert await _standing([("gt_tl", "2026-03-03T09:00:00+01:00", raw)], title="2026.03.05 Weekly call") == [
        "2026-03-05T13:00:00Z"
    ]


async def test_a_numbered_sessions_rank_names_the_one_moved() -> None:
    """The words above a list of sessions name none of them alone: "la 2e séance" is the second."""
    sessions = (
        "forma_tl",
        "2026-03-02T09:00:00+01:00",
        "Formation **« Faciliter un collectif »** en 3 demi-journées, co-animée avec @cohote_tl :\n\n"
        "1. mardi 10 mars, de 9h à midi\n2. mardi 17 mars, de 9h à midi\n3. mardi 24 mars, de 9h à midi",
    )
    moved = ("forma_tl", "2026-03-04T09:00:00+01:00", "Petit changement : la 2e séance passe au mercredi 18 mars.")
    assert await _standing([sessions, moved]) == [
        "2026-03-10T08:00:00Z",
        "2026-03-18T08:00:00Z",
        "2026-03-24T08:00:00Z",
    ]


@pytest.mark.parametrize(
    "back",
    [
        "Oubliez mon dernier message 🙈 la brocante est reportée, on reste donc à 10h samedi 14, repas le midi.",
        "Oubliez mon message d'hier 🙃 Paul ouvre la salle dès 8h finalement, on reste à 10h comme prévu.",
    ],
)
async def test_a_change_taken_back_is_at_the_hour_it_goes_back_to(back: str) -> None:
    first = (
        "moulin_tl",
        "2026-03-02T09:00:00+01:00",
        "Notre **AG** aura lieu le **samedi 14 mars à 10h**, salle des meules.",
    )
    moved = (
        "moulin_tl",
        "2026-03-04T09:00:00+01:00",
        "⚠️ On décale l'AG à 15h le même jour, la brocante prend la cour.",
    )
    assert await _standing([first, moved]) == ["2026-03-14T14:00:00Z"]
    assert await _standing([first, moved, ("moulin_tl", "2026-03-06T09:00:00+01:00", back)]) == ["2026-03-14T09:00:00Z"]


async def test_an_assembly_another_body_holds_is_not_ours() -> None:
    raw = (
        "Journée réemploi le **samedi 21 mars de 10h à 17h** à la ressourcerie. Pour info, le collectif voisin tient "
        "son AG le 14 mars à Lyon (c'est de leur côté, on vous relaiera les infos)."
    )
    assert await _standing([("ressourcerie_tl", "2026-03-02T09:00:00+01:00", raw)]) == ["2026-03-21T09:00:00Z"]


async def test_a_weekday_with_its_article_after_that_weekdays_date_is_not_the_next_one() -> None:
    raw = (
        "Les dates de la rentrée pour bloquer vos agendas :\n\n- **AG du réseau : samedi 19 septembre** (horaires à "
        "confirmer)\n- **Rencontres annuelles : lundi 21 et mardi 22 septembre**, au Moulin. Accueil le lundi 21 à "
        "**9h30**, fin le mardi vers 16h."
    )
    starts = await _standing(
        [("reseau_tl", "2026-06-22T14:30:00+02:00", raw)], title="Save the date : AG et rencontres"
    )
    assert "2026-06-23T14:00:00Z" not in starts  # the Tuesday after the post


async def test_another_groups_call_off_of_its_own_thing_calls_off_nothing_of_ours() -> None:
    first = (
        "cafe_tl",
        "2026-03-02T09:00:00+01:00",
        "Prochain **comité d'anim jeudi 12 mars à 18h** dans l'arrière-salle.",
    )
    moved = (
        "cafe_tl",
        "2026-03-04T09:00:00+01:00",
        "La salle est prise le 12, va pour **mercredi 11 mars à 18h** alors.",
    )
    back = (
        "cafe_tl",
        "2026-03-09T09:00:00+01:00",
        "Oubliez mes messages 🙃 la troupe a annulé sa répèt, **on reste jeudi 12 à 18h comme prévu** au départ.",
    )
    assert await _standing([first, moved, back]) == ["2026-03-12T17:00:00Z"]


async def test_its_announcer_answering_a_question_with_its_hour_puts_it_back_on() -> None:
    first = ("bobine_tl", "2026-03-02T09:00:00+01:00", "Prochain **apéro des adhérents vendredi 13 mars à 19h** !")
    asked = ("adherente", "2026-03-03T09:00:00+01:00", "c'est à 19h ou 19h30 le 13 ?")
    answer = ("bobine_tl", "2026-03-03T10:00:00+01:00", "19h comme d'hab 😊")
    assert await _standing([first, asked]) == []
    assert await _standing([first, asked, answer]) == ["2026-03-13T18:00:00Z"]


async def test_a_places_hours_under_a_heading_of_hours_are_no_meetings() -> None:
    raw = (
        "Petit rappel des horaires de l'atelier vélo pour la rentrée :\n- mardi 17h-19h\n- samedi 10h-12h\n\n"
        "Et ce samedi on fait en plus un **atelier crevaison à 14h** !"
    )
    assert await _standing([("velo_tl", "2026-03-02T09:00:00+01:00", raw)]) == ["2026-03-07T13:00:00Z"]


async def test_a_weekdays_number_before_alors_is_its_day() -> None:
    first = ("cafe_tl", "2026-03-02T09:00:00+01:00", "**Brunch des bénévoles dimanche 29 mars à 10h30** au café.")
    settled = ("cafe_tl", "2026-03-05T09:00:00+01:00", "Ok, le brunch du dimanche 29 alors, je confirme !")
    assert "2026-03-07T23:00:00Z" not in await _standing([first, settled])  # not the next Sunday, the 8th


async def test_a_programmes_day_then_a_dash_then_its_hours_is_that_day_at_those_hours() -> None:
    """ "**Mardi 17** – 9h-12h" was read as the next Tuesday at 5 o'clock, "17 – 9h" as a range of hours."""
    raw = (
        "Cette semaine au tiers-lieu :\n\n**Mardi 17** – 9h-12h : permanence numérique\n"
        "**Mercredi 18** – 14h-17h : atelier vélo\n**Samedi 21** – 9h30 : chantier participatif"
    )
    assert await _standing([("moulin_tl", "2026-03-02T09:00:00+01:00", raw)]) == [
        "2026-03-17T08:00:00Z",
        "2026-03-18T13:00:00Z",
        "2026-03-21T08:30:00Z",
    ]


async def test_a_weekday_then_a_range_of_hours_is_no_day_of_the_month() -> None:
    raw = "Réunion des bénévoles mardi 18-20h à la salle du haut."
    assert await _standing([("moulin_tl", "2026-03-02T09:00:00+01:00", raw)]) == ["2026-03-03T17:00:00Z"]
