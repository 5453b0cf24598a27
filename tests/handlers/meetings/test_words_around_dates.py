"""The words around a date that say what it is, as a tiers-lieux network writes them: an emoji before "Réunion", a
weekday's number before a verb, an hour in the next sentence, weekdays kept as a rule, slots put to a poll, an
association's "bureau", friends' events, the change to summer time, "le dimanche" of a day told before."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.meetings.titles import without_dates
from tests.handlers.meetings.test_member_updates import _standing

BOARD = ("bureau_asso", "2026-03-02T10:00:00+01:00", "Réunion du conseil **mardi 10 mars à 18h30**, salle du haut.")


@pytest.mark.parametrize("mark", ["⚠️", "🔔", "📣", "-", "**"])
async def test_a_meeting_named_after_a_mark_is_a_meeting(mark: str) -> None:
    moved = ("bureau_asso", "2026-03-04T11:00:00+01:00", f"{mark} Réunion reportée au jeudi 12, même heure.")
    assert await _standing([BOARD, moved]) == ["2026-03-12T17:30:00Z"]


async def test_the_island_is_still_no_meeting() -> None:
    raw = "Je pars à la Réunion jeudi 12 mars à 18h, je ne serai pas là."
    assert await _standing([("voyageuse", "2026-03-02T10:00:00+01:00", raw)]) == []


@pytest.mark.parametrize("verb", ["passe à 19h", "commence à 19h", "démarre finalement à 19h"])
async def test_a_weekdays_number_before_a_verb_is_its_day(verb: str) -> None:
    # written on Monday the 2nd: "mardi" alone would be the 3rd
    moved = ("bureau_asso", "2026-03-02T15:00:00+01:00", f"La réunion du mardi 10 {verb}, la salle est prise avant.")
    assert await _standing([BOARD, moved]) == ["2026-03-10T18:00:00Z"]


@pytest.mark.parametrize(
    ("raw", "standing"),
    [
        ("**Nettoyage du jardin le dimanche 15 mars** !\nRDV **10h** devant la serre, fin vers midi.", ["09:00"]),
        ("Atelier vélo dimanche 15 mars au hangar. On commence à 14h30, pensez à vos chambres à air.", ["13:30"]),
        ("Atelier vélo dimanche 15 mars au hangar. Inscriptions avant 14h30 samedi.", []),
        ("Atelier vélo dimanche 15 mars au hangar et samedi 21 mars. RDV 14h30.", []),
    ],
)
async def test_an_hour_in_the_next_sentence_is_the_days_start(raw: str, standing: list[str]) -> None:
    starts = await _standing([("jardin_tl", "2026-03-02T10:00:00+01:00", raw)])
    assert [s[11:16] for s in starts if s.startswith("2026-03-15T") and s[11:16] != "00:00"] == standing


async def test_weekdays_kept_as_a_rule_are_no_meeting() -> None:
    raw = (
        "Grand **repair café samedi 21 mars de 10h à 17h** !\n"
        "Dépôts des objets à réparer aux permanences (mercredi et vendredi 14h-18h, samedi 10h-12h)."
    )
    assert await _standing([("ressourcerie_tl", "2026-03-02T10:00:00+01:00", raw)]) == ["2026-03-21T09:00:00Z"]


async def test_weekdays_named_together_with_their_numbers_are_meetings() -> None:
    raw = "Ateliers couture **mercredi 4 et vendredi 6 mars 14h-16h** à la ressourcerie."
    assert await _standing([("ressourcerie_tl", "2026-03-02T10:00:00+01:00", raw)]) == [
        "2026-03-04T13:00:00Z",
        "2026-03-06T13:00:00Z",
    ]


async def test_weekdays_named_together_before_at_are_the_coming_ones() -> None:
    raw = "Réunions de préparation de la fête **lundi et mardi à 18h30** au local."
    assert await _standing([("fetes_tl", "2026-03-04T10:00:00+01:00", raw)]) == [
        "2026-03-09T17:30:00Z",
        "2026-03-10T17:30:00Z",
    ]


async def test_slots_proposed_to_a_poll_are_not_meetings_until_one_is_kept() -> None:
    poll = (
        "Pour caler la visio du GT : https://framadate.org/gt-mars\n\nDates proposées :\n"
        "- lundi 9 mars 18h-19h\n- mercredi 11 mars 12h30-13h30\n- jeudi 12 mars 18h-19h\n"
    )
    posts = [
        ("coordo_gt", "2026-03-02T10:00:00+01:00", poll),
        ("coordo_gt", "2026-03-06T10:00:00+01:00", "Le créneau retenu est le **jeudi 12 mars 18h-19h**, merci !"),
    ]
    assert await _standing(posts, title="Visio du GT : choix de la date") == ["2026-03-12T17:00:00Z"]


@pytest.mark.parametrize(
    ("raw", "standing"),
    [
        ("Bureau **lundi 9 mars à 19h** au local.", ["2026-03-09T18:00:00Z"]),
        ("Je suis au bureau lundi 9 mars à 19h si besoin de clés.", []),
    ],
)
async def test_an_associations_bureau_by_its_day_is_a_meeting(raw: str, standing: list[str]) -> None:
    assert await _standing([("presidente", "2026-03-02T10:00:00+01:00", raw)]) == standing


async def test_a_bureau_called_off_by_its_day_is_called_off() -> None:
    posts = [
        ("presidente", "2026-03-02T10:00:00+01:00", "Bureau **lundi 9 mars à 19h** au local."),
        (
            "presidente",
            "2026-03-05T10:00:00+01:00",
            "Pas assez de monde : on annule le bureau de lundi, on voit ça par mail.",
        ),
    ]
    assert await _standing(posts, title="Bureau du 9 mars") == []


@pytest.mark.parametrize(
    "aside",
    [
        "PS : nos amis de la Recyclerie du Val font leur vide-grenier le dimanche 15 mars de 8h à 16h.",
        "Au fait, le Repair café du quartier fête ses 5 ans le dimanche 15 mars de 8h à 16h, allez y faire un tour !",
    ],
)
async def test_friends_events_told_in_passing_are_not_ours(aside: str) -> None:
    raw = f"**Soirée jeux vendredi 13 mars à 20h** au café.\n\n{aside}"
    assert await _standing([("cafe_tl", "2026-03-02T10:00:00+01:00", raw)]) == ["2026-03-13T19:00:00Z"]


async def test_the_change_to_summer_time_is_no_meeting() -> None:
    raw = (
        "Visio des référent·es **mardi 31 mars à 9h**.\n"
        "On passe à l'heure d'été le dimanche 29 mars à 2h : 9h de Paris !"
    )
    assert await _standing([("coordo", "2026-03-20T10:00:00+01:00", raw)]) == ["2026-03-31T07:00:00Z"]


async def test_the_sunday_a_reply_speaks_of_is_not_the_next_one() -> None:
    posts = [
        ("fetes_tl", "2026-03-02T10:00:00+01:00", "**Fête du printemps samedi 28 mars de 11h à 18h** au jardin."),
        (
            "fetes_tl",
            "2026-03-04T10:00:00+01:00",
            "Du coup le concert passe à 17h le dimanche (les musiciens jouent ailleurs).",
        ),
    ]
    assert "2026-03-08T16:00:00Z" not in await _standing(posts)


async def test_a_member_moving_it_with_a_word_between_holds_it_back() -> None:
    posts = [
        ("fetes_tl", "2026-03-02T10:00:00+01:00", "**Repair café samedi 28 mars de 9h à 13h** sur la place."),
        (
            "benevole",
            "2026-03-10T10:00:00+01:00",
            "La place est prise : on passe donc au dimanche 29 mars, mêmes horaires.",
        ),
    ]
    assert await _standing(posts, title="Repair café de printemps") == []


STAND = (
    "coop_tl",
    "2026-03-02T10:00:00+01:00",
    "La coop tient un stand au **marché paysan samedi 14 mars de 8h à 13h**.\n\n"
    "Pour s'organiser : **réunion de prépa mercredi 11 mars à 18h30** au local.",
)


async def test_a_change_said_in_words_no_rule_reads_holds_that_meeting_back() -> None:
    reply = (
        "coop_tl",
        "2026-03-09T10:00:00+01:00",
        "Dernière minute : la mairie repousse le marché paysan au samedi 21 mars. La prépa, elle, est maintenue.",
    )
    assert await _standing([STAND, reply]) == ["2026-03-11T17:30:00Z"]


ATELIER = ("fournil_tl", "2026-03-02T10:00:00+01:00", "**Atelier pain au levain samedi 21 mars à 14h** au four.")


async def test_a_change_taken_back_with_another_hour_beside_is_not_reminded_at_the_moved_hour() -> None:
    posts = [
        ATELIER,
        ("fournil_tl", "2026-03-03T10:00:00+01:00", "On décale l'atelier à 15h, le four chauffe lentement."),
        (
            "fournil_tl",
            "2026-03-04T10:00:00+01:00",
            "Oubliez mon message d'hier, Paul allume le four dès 11h finalement, on reste à 14h comme prévu.",
        ),
    ]
    assert "2026-03-21T14:00:00Z" not in await _standing(posts)


async def test_a_meeting_held_back_is_on_again_when_its_announcer_says_it_stays() -> None:
    posts = [
        ATELIER,
        ("benevole_tl", "2026-03-03T10:00:00+01:00", "La salle est prise l'après-midi : on avance l'atelier à 10h."),
        ("fournil_tl", "2026-03-04T10:00:00+01:00", "Non non, on reste à 14h comme prévu, la salle est libre."),
    ]
    assert await _standing(posts) == ["2026-03-21T13:00:00Z"]


@pytest.mark.parametrize(
    "reply",
    [
        "Si on annule je vous le dis ici avant midi.",
        "Non non, rien n'est décalé, à samedi !",
        "Vu le programme, l'atelier se terminera à 18h au lieu de 17h.",
        "N'oubliez pas vos torchons et un bocal pour le levain.",
        "Je dois décaler mon train, j'arriverai vers 14h30.",
        "Le marché de Noël est déplacé au dimanche, mais ça ne nous concerne pas.",
    ],
)
async def test_words_of_change_that_change_nothing_leave_it_reminded(reply: str) -> None:
    posts = [ATELIER, ("membre_tl", "2026-03-04T10:00:00+01:00", reply)]
    assert await _standing(posts) == ["2026-03-21T13:00:00Z"]


async def test_an_organiser_settling_one_of_two_meetings_moves_the_one_not_given_again() -> None:
    posts = [
        (
            "presidente",
            "2026-03-02T10:00:00+01:00",
            "Conseil d'administration **mardi 17 mars, 18h30**, en visio.\nBureau de préparation le lundi 16 à 12h30.",
        ),
        ("admin_2", "2026-03-03T10:00:00+01:00", "Le 17 je suis en déplacement, je propose le jeudi 19 ?"),
        (
            "presidente",
            "2026-03-04T10:00:00+01:00",
            "Bon, on part sur **jeudi 19 mars, 18h30**. Le bureau de prépa reste le lundi 16 à 12h30.",
        ),
    ]
    assert await _standing(posts, title="CA de printemps") == ["2026-03-16T11:30:00Z", "2026-03-19T17:30:00Z"]


@pytest.mark.parametrize(("title", "standing"), [("CA de mars", ["2026-03-17T17:30:00Z"]), ("Ça bouge en mars", [])])
async def test_a_board_by_its_capitals_is_a_meeting(title: str, standing: list[str]) -> None:
    posts = [("presidente", "2026-03-02T10:00:00+01:00", "**Mardi 17 mars à 18h30**, salle du haut. ODJ à suivre.")]
    assert await _standing(posts, title=title) == standing


async def test_an_hour_said_instead_of_another_moves_the_meeting() -> None:
    posts = [
        ATELIER,
        ("fournil_tl", "2026-03-04T10:00:00+01:00", "Pardon : **15h** et pas 14h, le four chauffe lentement."),
    ]
    assert await _standing(posts) == ["2026-03-21T14:00:00Z"]


def test_a_title_without_its_date_leaves_no_space_before_a_comma() -> None:
    paris = ZoneInfo("Europe/Paris")
    title = "CA de printemps mardi 17 mars, 18 h 30, en visio"
    assert (
        without_dates(title, datetime(2026, 3, 17, 18, 30, tzinfo=paris), paris, "DMY") == "CA de printemps, en visio"
    )


async def test_a_replys_gathering_of_the_weekday_is_not_the_next_one() -> None:
    posts = [
        (
            "reseau_tl",
            "2026-03-02T10:00:00+01:00",
            "**Rencontres du réseau du mercredi 25 au vendredi 27 mars**, à Lyon.",
        ),
        (
            "reseau_tl",
            "2026-03-10T10:00:00+01:00",
            "Précision : l'AG du vendredi commencera à 10h, le temps d'arriver.",
        ),
    ]
    assert "2026-03-13T09:00:00Z" not in await _standing(posts, title="Rencontres du réseau")


PERMS = (
    "epicerie_coord",
    "2026-03-02T10:00:00+01:00",
    "Permanences d'accueil de mars (10h-12h) :\n- samedi 14\n- samedi 21\n- samedi 28",
)


async def test_a_members_change_no_rule_reads_holds_that_meeting_back() -> None:
    reply = (
        "co_coord",
        "2026-03-05T10:00:00+01:00",
        "Le local est pris à midi. Donc le 28 on avance la perm à **9h30**, j'en ai parlé avec Morgane.",
    )
    standing = await _standing([PERMS, reply], title="Permanences de mars")
    assert "2026-03-28T09:00:00Z" not in standing and "2026-03-21T09:00:00Z" in standing


async def test_a_member_dropping_by_changes_nothing() -> None:
    reply = ("benevole", "2026-03-05T10:00:00+01:00", "Je passe à la perm déposer deux chaises et une lampe.")
    standing = await _standing([PERMS, reply], title="Permanences de mars")
    assert standing == ["2026-03-14T09:00:00Z", "2026-03-21T09:00:00Z", "2026-03-28T09:00:00Z"]


async def test_weekdays_listed_with_their_numbers_one_a_line_are_each_their_day() -> None:
    standing = await _standing([PERMS], title="Permanences de mars")
    assert standing == ["2026-03-14T09:00:00Z", "2026-03-21T09:00:00Z", "2026-03-28T09:00:00Z"]


@pytest.mark.parametrize(
    "reply",
    ["Agenda item: modification / addition to the threshold effect.", "I will report on the bug triage."],
)
async def test_english_words_spelt_like_french_changes_change_nothing(reply: str) -> None:
    posts = [
        ("host", "2026-03-02T10:00:00+01:00", "Weekly hangout **Tuesday March 10 at 5 PM**, same link as usual."),
        ("member", "2026-03-04T10:00:00+01:00", reply),
    ]
    assert await _standing(posts, title="Weekly hangout") == ["2026-03-10T16:00:00Z"]
