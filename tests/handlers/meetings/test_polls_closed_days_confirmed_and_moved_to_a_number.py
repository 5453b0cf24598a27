"""A poll said closed with the day it chose, a day its organiser confirms after a co-organiser put it off, a table's row
that heads none of the next, an emoji ending a sentence, days of garden work and an association's dinner, a meeting
put off to a bare day of the month, a move after a proposal taken, and a replacement "même jour mais à 10h"."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing

POLL_TITLE = "Réunion des bénévoles de rentrée : choix de la date"
POLL = (
    "marion_l",
    "2026-08-20T10:00:00+02:00",
    "Pour la réunion des bénévoles de rentrée, trois créneaux, votez :\n\n[poll type=regular]\n"
    "* lundi 14 septembre 19:00\n* mardi 15 septembre 19:00\n* jeudi 17 septembre 19:00\n[/poll]",
)


async def test_a_poll_said_closed_gives_the_day_it_chose() -> None:
    closed = ("marion_l", "2026-08-28T18:00:00+02:00", "Sondage clos : **mardi 15 septembre à 19h**, au grand atelier.")
    assert await _standing([POLL, closed], title=POLL_TITLE) == ["2026-09-15T17:00:00Z"]


async def test_a_poll_closed_with_its_results_in_a_table_gives_only_the_day_said() -> None:
    closed = (
        "marion_l",
        "2026-08-28T18:00:00+02:00",
        "Sondage clos, merci à tous !\n\n| Créneau | Oui |\n|---|---|\n| lun. 14 septembre 19h | 4 |\n"
        "| mar. 15 septembre 19h | 9 |\n\nLa réunion aura donc lieu **le mardi 15 septembre à 19h**.",
    )
    assert await _standing([POLL, closed], title=POLL_TITLE, cooked=True) == ["2026-09-15T17:00:00Z"]


TRAINING = ("karine_b", "2026-02-10T14:00:00+01:00", "Formation comptabilité associative **mardi 3 mars, 9h30-12h30**.")
PUT_OFF = (
    "stephanie_l",
    "2026-02-20T18:00:00+01:00",
    "Co-organisatrice ici : la salle n'est pas libre le 3. "
    "La formation est reportée au 12 (jeudi 12 mars), même heure.",
)


async def test_a_day_its_organiser_confirms_after_a_co_organiser_put_it_off() -> None:
    noted = ("mathieu_c", "2026-02-20T19:00:00+01:00", "c'est noté pour le 12 de notre côté", 2)
    confirmed = ("karine_b", "2026-02-21T09:00:00+01:00", "Merci Stéphanie ! Je confirme : jeudi 12 mars 9h30.")
    posts = [TRAINING, PUT_OFF, noted, confirmed]
    assert await _standing(posts, title="Formation compta – mars") == ["2026-03-12T08:30:00Z"]


async def test_a_closed_row_heads_none_of_the_rows_below() -> None:
    raw = (
        "Planning des ateliers de mai :\n\n| Jour | Heure | Atelier |\n|---|---|---|\n"
        "| vendredi 1er mai | — | fermé (férié) |\n| samedi 2 mai | 10h | réparation de vélos |"
    )
    posts = [("isabelle_g", "2026-04-24T10:00:00+02:00", raw)]
    assert await _standing(posts, title="Ateliers de mai", cooked=True) == ["2026-05-02T08:00:00Z"]


async def test_an_emoji_ends_the_sentence_before_the_new_meeting() -> None:
    visio = ("gaelle_p", "2026-05-10T12:00:00+02:00", "Visio du collectif des jardins **mardi 9 juin à 20h**.")
    replaced = (
        "gaelle_p",
        "2026-05-20T09:30:00+02:00",
        "Vous avez été plusieurs à le réclamer 😄 La visio du mardi 9 juin est remplacée par une réunion sur place "
        "le samedi 13 juin à 10h, au jardin des Lilas.",
    )
    assert await _standing([visio, replaced], title="Collectif des jardins") == ["2026-06-13T08:00:00Z"]


async def test_a_day_of_garden_work_is_a_gathering() -> None:
    raw = "**Matinée plantation le 11/04, 9h-12h** au jardin partagé. On plante les haies."
    assert await _standing([("emma_s", "2026-03-30T18:00:00+02:00", raw)], title="Au jardin") == [
        "2026-04-11T07:00:00Z"
    ]


async def test_an_associations_dinner_is_a_gathering() -> None:
    raw = "Repas des bénévoles **samedi 12 décembre 19h** au local, chacun amène un dessert."
    assert await _standing([("fanny_o", "2026-11-20T21:00:00+01:00", raw)], title="Fin d'année") == [
        "2026-12-12T18:00:00Z"
    ]


async def test_a_meeting_put_off_to_a_bare_day_of_the_month_keeps_its_hour() -> None:
    show = (
        "arnaud_m",
        "2026-08-24T17:00:00+02:00",
        "Spectacle de rentrée le **samedi 5 septembre, 20h30**, au Hangar.",
    )
    put_off = ("arnaud_m", "2026-09-01T10:30:00+02:00", "La comédienne est malade : le spectacle est reporté au 19.")
    assert await _standing([show, put_off], title="Spectacle de rentrée") == ["2026-09-19T18:30:00Z"]


async def test_a_move_after_a_proposal_taken_moves_the_meeting_taken() -> None:
    posts = [
        ("denis_a", "2026-01-12T20:00:00+01:00", "CA de l'association **lundi 26 janvier 18h** au local."),
        ("vero_l", "2026-01-19T08:30:00+01:00", "On décale à 18h30 svp ? je finis tard ce jour-là", 1),
        ("denis_a", "2026-01-19T12:00:00+01:00", "ok pour 18h30", 2),
        (
            "denis_a",
            "2026-01-22T18:00:00+01:00",
            "La salle est prise lundi. Bon, on passe au mercredi 28, toujours 18h30.",
        ),
    ]
    assert await _standing(posts, title="CA de janvier") == ["2026-01-28T17:30:00Z"]


async def test_a_replacement_the_same_day_at_another_hour() -> None:
    copil = ("greg_f", "2026-11-16T14:00:00+01:00", "Comité de pilotage en visio **jeudi 26 novembre 14h-16h**.")
    replaced = (
        "greg_f",
        "2026-11-18T09:30:00+01:00",
        "Bonne idée : la visio est remplacée par une réunion au Cargo, même jour mais à 10h, suivie d'un repas.",
    )
    assert await _standing([copil, replaced], title="Comité de pilotage") == ["2026-11-26T09:00:00Z"]


async def test_the_day_a_poll_chose_said_by_its_organiser() -> None:
    said = (
        "marion_l",
        "2026-08-28T18:00:00+02:00",
        "Merci à tous ! C'est donc **jeudi 17 septembre à 19h**, au local.",
    )
    assert await _standing([POLL, said], title="Date de la réunion des bénévoles – sondage") == ["2026-09-17T17:00:00Z"]


async def test_people_who_travel_change_no_meeting() -> None:
    posts = [
        ("sandrine_p", "2026-01-26T18:20:00+01:00", "Prochain **repair café** le **samedi 14 février, 9h30-12h30**."),
        (
            "marie_l",
            "2026-02-02T11:30:00+01:00",
            "Le 14 c'est la St Valentin, pas sûr que les gens se déplacent pour des grille-pains mais je serai là",
            1,
        ),
    ]
    assert await _standing(posts, title="Repair café de février") == ["2026-02-14T08:30:00Z"]


async def test_a_restart_fixed_on_a_day_after_a_month_called_off() -> None:
    posts = [
        (
            "rose_s",
            "2026-08-27T10:00:00+02:00",
            "Les ateliers tricot reprennent les **samedis 5 et 12 septembre, 14h**.",
        ),
        ("rose_s", "2026-09-02T09:15:00+02:00", "La salle est en travaux, **on annule tout pour septembre**."),
        ("rose_s", "2026-09-21T17:30:00+02:00", "Reprise fixée au **samedi 10 octobre à 14h** !"),
    ]
    assert await _standing(posts, title="Ateliers tricot – rentrée") == ["2026-10-10T12:00:00Z"]


async def test_the_meeting_a_call_off_sends_people_to_stands() -> None:
    posts = [
        (
            "patricia_l",
            "2026-06-29T09:00:00+02:00",
            "Planning du jardin :\n\n- goûter : **mercredi 12 août 17h**\n- réunion de rentrée : **jeudi 10 "
            "septembre 19h**",
        ),
        (
            "patricia_l",
            "2026-07-20T20:15:00+02:00",
            "Tout le monde part en août, on annule tout pour août, on se retrouve à la réunion de rentrée.",
        ),
    ]
    assert await _standing(posts, title="Planning de l'été au jardin") == ["2026-09-10T17:00:00Z"]


async def test_an_organiser_saying_yes_then_the_day_a_co_organiser_gave() -> None:
    posts = [
        ("benoit_d", "2026-10-05T10:00:00+02:00", "Réunion de la commission **mardi 13 octobre 19h**."),
        ("lise_m", "2026-10-05T12:30:00+02:00", "je suis en répét le mardi soir"),
        ("quentin_a", "2026-10-06T09:00:00+02:00", "J'ai vu avec Benoît : finalement ce sera mercredi, même heure."),
        ("benoit_d", "2026-10-06T10:45:00+02:00", "Oui, merci Quentin. Mercredi 14 à 19h, dans la petite salle."),
    ]
    assert await _standing(posts, title="Réunion de la commission programmation") == ["2026-10-14T17:00:00Z"]


async def test_an_organiser_taking_a_members_proposal_with_its_day() -> None:
    posts = [
        ("axel_b", "2026-11-02T12:00:00+01:00", "Soirée jeux de société **jeudi 19 novembre 20h** au café."),
        (
            "lea_c",
            "2026-11-02T14:30:00+01:00",
            "Et si on faisait plutôt le vendredi 20 à 19h ? On pourrait manger avant",
        ),
        ("axel_b", "2026-11-03T18:10:00+01:00", "Bonne idée Léa, on fait ça **vendredi 20 à 19h**.", 2),
    ]
    assert await _standing(posts, title="Soirée jeux au café") == ["2026-11-20T18:00:00Z"]
