"""A reply moving every session to a new hour ("on décale toutes les séances à 14h30"), a member naming the day a
session cannot be and the day it can ("le 7 avril l'intervenant n'est dispo que le mercredi 8"), an organiser going
back to the first day ("on revient au jeudi 19"), a clock opening the line of the hour every session shares ("⏰
18h-21h"), an item of opening hours, a day its writer will say again ("on vous redit"), thanks "aux participant·es"
of a session held, a café-langues and an initiation as gatherings, and several days on a line under their hour."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing

SESSIONS = (
    "marion_t",
    "2026-09-10T10:00:00+02:00",
    "Cycle « Monter son budget » au Hangar, 3 séances le mardi :\n\n- mar. 6 octobre, 18h-20h : le prévisionnel\n"
    "- mar. 13 octobre, 18h-20h : le plan de trésorerie\n- mar. 20 octobre, 18h-20h : les subventions",
)


async def test_every_session_moved_to_a_new_hour_keeps_its_day() -> None:
    posts = [
        SESSIONS,
        ("kevin_r", "2026-09-15T19:00:00+02:00", "Je finis le boulot à 18h15, c'est juste 😬", 1),
        ("marion_t", "2026-09-16T09:00:00+02:00", "Ok, on décale toutes les séances à 18h30 (fin 20h30).", 2),
    ]
    assert await _standing(posts, title="Monter son budget") == [
        "2026-10-06T16:30:00Z",
        "2026-10-13T16:30:00Z",
        "2026-10-20T16:30:00Z",
    ]


async def test_one_session_moved_to_a_new_hour_is_still_unsure() -> None:
    """The guard: "la séance passe à 18h30" of three names none of them: held back, as before."""
    posts = [SESSIONS, ("marion_t", "2026-09-16T09:00:00+02:00", "Petit changement : la séance passe à 18h30.", 1)]
    assert await _standing(posts, title="Monter son budget") == []


async def test_a_member_naming_the_day_left_and_the_day_taken_lets_the_move_find_its_session() -> None:
    posts = [
        (
            "irene_c",
            "2026-01-05T10:00:00+01:00",
            "Visio mensuelle du réseau, le 1er mardi du mois, **12h-13h** :\n\n- **3 février** : les assurances\n"
            "- **3 mars** : la compta\n- **7 avril** : le bénévolat",
        ),
        (
            "hugo_d",
            "2026-02-20T12:00:00+01:00",
            "Pour le 3 mars, l'intervenante m'a écrit qu'elle ne pouvait que le mercredi 4 🤷",
        ),
        ("irene_c", "2026-02-20T14:00:00+01:00", "Merci Hugo ! Alors on décale au **mercredi 4 mars**, même heure.", 2),
    ]
    assert await _standing(posts, title="Les midis du réseau", cooked=True) == [
        "2026-02-03T11:00:00Z",
        "2026-03-04T11:00:00Z",
        "2026-04-07T10:00:00Z",
    ]


async def test_going_back_to_the_first_weekday_takes_the_move_back() -> None:
    posts = [
        ("lucie_m", "2026-11-02T09:00:00+01:00", "Visio du bureau **jeudi 19 novembre, 12h30-13h30**."),
        ("marc_e", "2026-11-03T10:00:00+01:00", "Je ne peux pas le jeudi, on décale ?", 1),
        ("lucie_m", "2026-11-03T14:00:00+01:00", "Ok, je décale au **vendredi 20 novembre**, même heure.", 2),
        ("odile_s", "2026-11-04T18:00:00+01:00", "Vendredi je tiens la distrib, impossible pour moi.", 3),
        ("lucie_m", "2026-11-05T08:45:00+01:00", "Bon, on revient au jeudi 19 novembre, 12h30, désolée !"),
    ]
    assert await _standing(posts, title="Visio du bureau") == ["2026-11-19T11:30:00Z"]


async def test_a_clock_opening_a_line_gives_every_session_its_hour() -> None:
    posts = [
        (
            "aurelie_m",
            "2026-03-16T14:00:00+01:00",
            "Formation « Animer une réunion » en 2 soirées :\n\n- Séance 1 : mardi 7 avril — les bases\n"
            "- Séance 2 : mardi 14 avril — la décision\n\n⏰ 18h-21h, à L'Établi\n💶 gratuit pour les adhérents",
        )
    ]
    assert await _standing(posts, title="Animer une réunion") == ["2026-04-07T16:00:00Z", "2026-04-14T16:00:00Z"]


async def test_an_item_giving_a_places_hours_is_no_meeting() -> None:
    posts = [
        (
            "nicolas_b",
            "2026-07-20T10:00:00+02:00",
            "☀️ Infos été au Quai\n\n- Horaires d'été du 6 juillet au 28 août : 9h-17h du lundi au vendredi\n"
            "- Apéro de rentrée **jeudi 3 septembre, 18h30**, sur la terrasse",
        )
    ]
    assert await _standing(posts, title="Infos été") == ["2026-09-03T16:30:00Z"]


async def test_a_day_waiting_for_an_answer_is_not_reminded() -> None:
    posts = [
        (
            "patrice_g",
            "2026-04-27T18:00:00+02:00",
            "Les distributions de mai, comme d'habitude le **jeudi de 18h à 19h30** sous le préau :\n- jeudi 7 mai\n"
            "- jeudi 21 mai\n\nPour le jeudi 14 mai (Ascension), on attend la réponse du producteur, on vous redit.",
        )
    ]
    assert await _standing(posts, title="Distributions de mai", cooked=True) == [
        "2026-05-07T16:00:00Z",
        "2026-05-21T16:00:00Z",
    ]


async def test_thanks_to_the_participants_of_mondays_workshop_date_a_session_held() -> None:
    posts = [
        (
            "benoit_l",
            "2026-04-28T17:00:00+02:00",
            "Merci aux participant·es de l'atelier FDVA de lundi !\n\n- Replay : https://video.example.org/w/fdva",
        )
    ]
    assert await _standing(posts, title="Atelier FDVA") == []


async def test_a_cafe_langues_is_a_gathering() -> None:
    posts = [("fatou_d", "2026-06-01T14:00:00+02:00", "**Café-langues** au Comptoir le jeudi 25 juin, 18h30-20h 🌍")]
    assert await _standing(posts, title="Au Comptoir") == ["2026-06-25T16:30:00Z"]


async def test_an_initiation_is_a_gathering() -> None:
    posts = [
        ("hugo_d", "2026-02-24T15:00:00+01:00", "**Samedi au FabBar — sam. 7/03**\n\n- 10h-12h : initiation soudure")
    ]
    assert await _standing(posts, title="Au FabBar") == ["2026-03-07T09:00:00Z"]


async def test_several_days_on_a_line_under_their_hour_each_take_it() -> None:
    posts = [
        (
            "fatou_d",
            "2026-06-01T14:00:00+02:00",
            "**Café-langues au Comptoir** 🌍\nLes jeudis, 18h30-20h :\n- jeudi 4, 11 et 18 juin\n- jeudi 2 juillet",
        )
    ]
    assert await _standing(posts, title="Café-langues", cooked=True) == [
        "2026-06-04T16:30:00Z",
        "2026-06-11T16:30:00Z",
        "2026-06-18T16:30:00Z",
        "2026-07-02T16:30:00Z",
    ]
