"""A clock's line over a list of sessions gives each its hour, and so do a list's opening line saying "midi" beside
its hour and the paragraph over a table naming no day; a market day moved "mêmes horaires" takes the market's hour and
leaves the post's other meeting; "Samedi 16 annulé du coup" names Saturday 16; "on remplace la séance 3 par …" calls
off the session 3; "**19h** le 14, c'est acté" moves a meeting; a member's "c'est pas plutôt le mercredi 16 ?" or "X
avait dit jeudi 8 non ?" holds the day back until the announcer answers; a rumour that the sessions "passeraient au
mardi" holds them back, and so does a move a member relays while asking its announcer to confirm; a co-host's "Je
confirme pour les semis mardi" leaves the announcer the one who moves the meetings."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from handlers.meetings.dates import find_dates
from tests.handlers.meetings.test_member_updates import _standing


async def test_a_clock_line_over_a_list_gives_every_session_its_hour() -> None:
    posts = [
        (
            "anna_k",
            "2026-03-02T10:00:00+01:00",
            "Formation « compta associative » en trois matinées, gratuite.\n\n📍 Salle du Moulin\n🕘 9h-12h\n\n"
            "- Séance 1 : mardi 10 mars — le budget\n- Séance 2 : mardi 17 mars — la trésorerie\n"
            "- Séance 3 : mardi 24 mars — le bilan",
        )
    ]
    assert await _standing(posts, title="Cycle compta") == [
        "2026-03-10T08:00:00Z",
        "2026-03-17T08:00:00Z",
        "2026-03-24T08:00:00Z",
    ]


async def test_a_clock_line_giving_a_day_is_that_days_not_the_lists() -> None:
    """The guard: "🕘 lundi 9h" under a day is that day's hour; the list's days below it stay without one."""
    posts = [
        (
            "anna_k",
            "2026-03-02T10:00:00+01:00",
            "Formation « compta associative », gratuite.\n\n🕘 lundi 9 mars 9h, réunion de calage\n\n"
            "- Séance 1 : mardi 10 mars — le budget\n- Séance 2 : mardi 17 mars — la trésorerie",
        )
    ]
    assert "2026-03-10T08:00:00Z" not in await _standing(posts, title="Cycle compta")


async def test_a_lists_opening_line_saying_noon_beside_its_hour_gives_that_hour() -> None:
    posts = [
        (
            "anna_k",
            "2026-02-05T10:00:00+01:00",
            "Prochaines journées de la formation, au tiers-lieu de la gare, **9h30-17h** (pique-nique le midi) :\n"
            "- **journée 2 : jeudi 19 février** — facilitation\n- **journée 3 : jeudi 5 mars** — conflits",
        )
    ]
    assert await _standing(posts, title="Formation facilitation") == ["2026-02-19T08:30:00Z", "2026-03-05T08:30:00Z"]


async def test_a_market_day_moved_at_the_same_hours_takes_the_markets_and_leaves_the_meeting_above() -> None:
    posts = [
        (
            "paul_r",
            "2026-04-20T20:00:00+02:00",
            "Bonjour à toutes et tous,\n\n**1. Assemblée de printemps** jeudi 7 mai à 20h30, à la grange.\n\n"
            "**2. Paniers** : la distribution reste le vendredi de 16h à 19h sous la halle. Sauf le **vendredi 1er "
            "mai** (férié) : la distribution est avancée au **jeudi 30 avril**, mêmes horaires.",
        )
    ]
    assert await _standing(posts, title="Infos du printemps") == ["2026-04-30T14:00:00Z", "2026-05-07T18:30:00Z"]


def test_a_saturday_said_called_off_by_its_day_of_the_month_is_that_day() -> None:
    """ "Samedi 16 annulé du coup", written on Tuesday 5 May: Saturday 16 May, not the coming Saturday 9."""
    paris = ZoneInfo("Europe/Paris")
    text = "On passe la permanence au mercredi 20 mai. Samedi 16 annulé du coup."
    found = find_dates(text, datetime(2026, 5, 5, 9, 0, tzinfo=paris), paris, "DMY")
    assert [f.start.date() for f in found] == [date(2026, 5, 20), date(2026, 5, 16)]


SESSIONS = (
    "mona_v",
    "2026-01-20T10:00:00+01:00",
    "Formation « gouvernance » à la maison des assos, de **9h à 17h** :\n"
    "- **séance 1 : mardi 10 février** — les rôles\n- **séance 2 : mardi 24 février** — la décision\n"
    "- **séance 3 : mardi 10 mars** — les tensions",
)


async def test_replacing_a_session_named_by_its_number_calls_it_off() -> None:
    posts = [
        SESSIONS,
        (
            "mona_v",
            "2026-02-03T17:00:00+01:00",
            "L'intervenante ne peut pas venir le 10 mars. On **remplace la séance 3 par une visio le jeudi 12 mars "
            "à 14h**. La séance 2 ne bouge pas.",
        ),
    ]
    assert await _standing(posts, title="Formation gouvernance") == [
        "2026-02-10T08:00:00Z",
        "2026-02-24T08:00:00Z",
        "2026-03-12T13:00:00Z",
    ]


async def test_an_hour_then_the_day_of_the_month_settles_the_meeting() -> None:
    posts = [
        ("yves_p", "2026-05-04T18:00:00+02:00", "Visio du groupe budget **jeu. 14/05 18h-19h**."),
        ("ines_b", "2026-05-05T09:00:00+02:00", "18h c'est tôt pour moi, 20h ?", 1),
        ("yves_p", "2026-05-06T19:00:00+02:00", "Bon, on coupe la poire en deux : **19h** le 14, c'est acté."),
    ]
    assert await _standing(posts, title="Visio du groupe budget") == ["2026-05-14T17:00:00Z"]


async def test_a_member_saying_the_day_was_another_holds_it_back() -> None:
    posts = [
        (
            "gael_m",
            "2026-08-28T10:00:00+02:00",
            "- prochain **CA lundi 14 septembre à 18h**\n- et **chantier samedi 19 septembre, 9h-12h** au jardin",
        ),
        ("iris_t", "2026-09-01T20:00:00+02:00", "Le CA c'était pas le mercredi 16 ? C'est ce qu'on avait noté.", 1),
    ]
    assert await _standing(posts, title="Infos de la rentrée") == ["2026-09-19T07:00:00Z"]


async def test_a_member_saying_another_wrote_another_day_holds_both_days_back() -> None:
    posts = [
        (
            "sara_l",
            "2026-09-25T10:00:00+02:00",
            "La **fête des récoltes** aura lieu **samedi 14 novembre de 11h à 18h**.\n\n"
            "**Réunion de préparation mercredi 7 octobre à 19h** au local.",
        ),
        (
            "tom_g",
            "2026-10-01T20:00:00+02:00",
            "Rappel : rdv **jeudi 8 octobre 19h** au local pour la réunion de préparation de la fête !",
        ),
        ("eva_r", "2026-10-02T08:30:00+02:00", "Heu… Sara avait dit mercredi 7 non ?", 2),
    ]
    assert await _standing(posts, title="Fête des récoltes") == ["2026-11-14T10:00:00Z"]


async def test_a_question_naming_the_meetings_own_day_holds_nothing_back() -> None:
    """The guard: "c'était pas le lundi 14 ?" of the CA on Monday 14 says no other day."""
    posts = [
        ("gael_m", "2026-08-28T10:00:00+02:00", "Prochain **CA lundi 14 septembre à 18h**, au local."),
        ("iris_t", "2026-09-01T20:00:00+02:00", "Le CA c'était pas le lundi 14 de toute façon ?", 1),
    ]
    assert await _standing(posts, title="CA") == ["2026-09-14T16:00:00Z"]


async def test_a_rumour_that_the_sessions_would_move_holds_the_next_back() -> None:
    posts = [
        (
            "jo_b",
            "2026-01-05T11:00:00+01:00",
            "Reprise des **ateliers numériques** à la médiathèque :\n- jeu. 15/01\n- jeu. 12/02\n\nde 14h à 16h.",
        ),
        (
            "lise_n",
            "2026-01-20T16:30:00+01:00",
            "On m'a dit que les ateliers passeraient au mardi à partir de février, c'est vrai ?",
        ),
    ]
    assert await _standing(posts, title="Ateliers numériques") == ["2026-01-15T13:00:00Z"]


async def test_a_move_a_member_relays_asking_its_announcer_to_confirm_holds_the_old_day_back() -> None:
    posts = [
        ("noe_c", "2026-05-01T19:00:00+02:00", "🔨 Chantier au verger : **samedi 16 mai, 9h-12h**."),
        (
            "alba_f",
            "2026-05-11T21:00:00+02:00",
            "J'ai croisé Noé : les piquets n'arrivent que samedi midi, il m'a dit que le chantier serait reporté au "
            "dimanche 17, même heure. Noé tu confirmes ici ?",
        ),
    ]
    assert await _standing(posts, title="Chantier verger") == []


async def test_the_announcers_no_giving_the_day_again_answers_the_question() -> None:
    """A guard of the hold: the announcer's "non non mardi 👍" puts the meeting held for the question on again."""
    posts = [
        ("mathou_c", "2025-12-04T16:20:00+01:00", "réu bénévoles mardi prochain 19h au café, on cause du planning"),
        ("ju_l", "2025-12-04T17:00:00+01:00", "c'est pas plutôt mercredi 10 ? qqn m'a dit mercredi", 1),
        ("mathou_c", "2025-12-04T17:12:00+01:00", "non non mardi 👍", 2),
    ]
    assert await _standing(posts, title="Réunion bénévoles") == ["2025-12-09T18:00:00Z"]


async def test_a_member_proposing_another_day_says_none_was_set() -> None:
    """The guard: "On pourrait pas plutôt faire ça jeudi ?" asks for a change, it does not say the day was another."""
    posts = [
        (
            "lucie_f",
            "2025-10-13T08:45:00+02:00",
            "**Réunion du collectif jardin mercredi 15 octobre à 18h30** au cabanon.",
        ),
        (
            "bastien_m",
            "2025-10-13T12:10:00+02:00",
            "On pourrait pas plutôt faire ça jeudi 16 ? le mercredi j'ai foot",
            1,
        ),
    ]
    assert await _standing(posts, title="Collectif jardin") == ["2025-10-15T16:30:00Z"]


async def test_a_co_host_confirming_they_come_leaves_the_announcer_moving_the_meeting() -> None:
    posts = [
        (
            "youenn_r",
            "2026-03-03T12:15:00+01:00",
            "Petite réunion **demain soir 19h** à la maison des assos pour les parcelles.\n"
            "Et **mardi prochain 14h**, atelier semis sous la serre avec Jeanne.",
        ),
        ("jeanne_c", "2026-03-03T13:00:00+01:00", "Je confirme pour les semis mardi, j'apporte le terreau", 1),
        ("malo_g", "2026-03-03T18:45:00+01:00", "Je finis à 19h, je serai en retard demain", 1),
        ("youenn_r", "2026-03-04T08:30:00+01:00", "Bon, plusieurs m'ont dit pareil : **on décale à 20h** ce soir.", 3),
    ]
    assert await _standing(posts, title="Collectif jardin") == ["2026-03-04T19:00:00Z", "2026-03-10T13:00:00Z"]


async def test_the_paragraph_over_a_table_gives_its_sessions_their_hour() -> None:
    posts = [
        (
            "aurelien_n",
            "2026-05-04T09:00:00+02:00",
            "Les **déjeuners-causeries** reprennent : une personne présente son projet 15 min puis repas partagé. "
            "Toujours à **12h30**, dans la grande salle.\n\n"
            "| Date | Qui | Sujet |\n|---|---|---|\n| mar. 12/05 | Enora | la traduction |\n"
            "| mar. 19/05 | Ronan | les abeilles |",
        )
    ]
    assert await _standing(posts, title="Déjeuners-causeries", cooked=True) == [
        "2026-05-12T10:30:00Z",
        "2026-05-19T10:30:00Z",
    ]


async def test_a_paragraph_over_a_table_giving_a_day_gives_no_hour_to_its_rows() -> None:
    """The guard: "lundi 4 mai à 18h" above the table is that day's meeting, not the rows' hour."""
    posts = [
        (
            "aurelien_n",
            "2026-04-27T09:00:00+02:00",
            "Réunion de lancement des **déjeuners-causeries** lundi 4 mai à 18h. Le planning :\n\n"
            "| Date | Qui |\n|---|---|\n| mar. 12/05 | Enora |\n| mar. 19/05 | Ronan |",
        )
    ]
    assert "2026-05-12T16:00:00Z" not in await _standing(posts, title="Déjeuners-causeries", cooked=True)
