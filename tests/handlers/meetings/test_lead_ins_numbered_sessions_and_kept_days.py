"""Which of several meetings a move is of, when its lead-in names it ("Changement pour Plouha : la salle n'est pas
libre le 3. La rencontre est décalée au mardi 10"); a move said "on bascule samedi 9"; sessions a post numbers
elsewhere ("les mardis 3, 10 et 17 mars" over "séance 1 : …", "séance 2 : …", "séance 3 : …"), moved by their number;
a member relaying a rumour then asking "tu confirmes ?" answers nothing; a count ("passe à 2 fois par mois") is no day
a meeting moves to; "On maintient samedi 14." gives back a day a member asked to move."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing

TOUR = (
    "# Rencontres du réseau – printemps\n\nTrois après-midis d'échange, de **14h à 17h** :\n\n"
    "1. **mardi 3 mars** – Plouha, salle Ker Maria\n2. **mardi 17 mars** – Lanvollon, médiathèque\n"
    "3. **mardi 31 mars** – Paimpol, la Halle\n\nThème : l'accueil des bénévoles."
)


async def test_a_lead_in_naming_one_of_the_meetings_says_which_one_moves() -> None:
    moved = (
        "Changement pour **Plouha** : la salle n'est pas libre le 3 mars. La rencontre est décalée au **mardi 10 "
        "mars**, même horaire."
    )
    posts = [("anne_k", "2026-02-02T09:00:00+01:00", TOUR), ("anne_k", "2026-02-10T16:00:00+01:00", moved, 1)]
    assert await _standing(posts, title="Rencontres du réseau") == [
        "2026-03-10T13:00:00Z",
        "2026-03-17T13:00:00Z",
        "2026-03-31T12:00:00Z",
    ]


async def test_a_lead_in_naming_none_of_them_moves_none() -> None:
    """The guard: "Petit souci" names no meeting; which one moves is a guess, each is held back."""
    moved = "Petit souci : la salle n'est pas libre. La rencontre est décalée au **mardi 10 mars**, même horaire."
    posts = [("anne_k", "2026-02-02T09:00:00+01:00", TOUR), ("anne_k", "2026-02-10T16:00:00+01:00", moved, 1)]
    assert await _standing(posts, title="Rencontres du réseau") == []


WORK_DAY = "🌳 **Chantier plantation de haies samedi 7 mars**, rendez-vous à **9h** au verger. S'il pleut, ce sera le 8"


async def test_a_move_said_on_bascule_with_its_day_moves_the_meeting() -> None:
    moved = "Pluie battante annoncée demain ☔ → **on bascule dimanche 8 mars, 9h**, comme prévu."
    posts = [("youn_l", "2026-02-20T18:00:00+01:00", WORK_DAY), ("youn_l", "2026-03-06T17:00:00+01:00", moved, 1)]
    assert await _standing(posts, title="Chantier haies") == ["2026-03-08T08:00:00Z"]


COURSE = (
    "## Initiation à la soudure – 3 séances\n\nAu hangar, les mardis **3, 10 et 17 mars, 18h-20h**.\n\n"
    "- séance 1 : sécurité et postes\n- séance 2 : soudure à l'arc\n- séance 3 : petit projet\n\nVenez aux trois."
)


async def test_a_session_numbered_below_the_dates_moves_by_its_number() -> None:
    moved = "C'est noté : **séance 2 le mercredi 11 mars**, même horaire 18h-20h. Les autres ne bougent pas."
    posts = [("morgane_t", "2026-02-16T10:00:00+01:00", COURSE), ("morgane_t", "2026-02-20T18:00:00+01:00", moved, 1)]
    assert await _standing(posts, title="Initiation soudure") == [
        "2026-03-03T17:00:00Z",
        "2026-03-11T17:00:00Z",
        "2026-03-17T17:00:00Z",
    ]


async def test_numbers_that_do_not_count_the_dates_name_none_of_them() -> None:
    """The guard: two numbered items for three dates; "séance 2" is none of them by rank, nothing is read as moved
    by it."""
    course = COURSE.replace("- séance 3 : petit projet\n", "")
    moved = "C'est noté : **séance 2 le mercredi 11 mars**, même horaire 18h-20h. Les autres ne bougent pas."
    posts = [("morgane_t", "2026-02-16T10:00:00+01:00", course), ("morgane_t", "2026-02-20T18:00:00+01:00", moved, 1)]
    assert "2026-03-10T17:00:00Z" in await _standing(posts, title="Initiation soudure")


BREAKFAST = "☕ Les rdv du coworking en mars :\n\n- **ven. 6/03, 9h** : petit-déj des coworkers\n"


async def test_a_rumour_answered_by_a_question_stays_held_back() -> None:
    rumour = "On m'a dit que le petit-déj était décalé au vendredi 13 ? 🤔"
    unsure = "Ah bon ? Moi je pensais que c'était maintenu le 6. Gwen tu confirmes ?"
    posts = [
        ("gwen_p", "2026-02-20T09:00:00+01:00", BREAKFAST),
        ("loic_h", "2026-03-02T17:00:00+01:00", rumour, 1),
        ("anna_r", "2026-03-03T08:00:00+01:00", unsure, 2),
    ]
    assert await _standing(posts, title="Coworking") == []


async def test_a_rumour_answered_by_another_member_saying_it_stays_is_on_again() -> None:
    """The guard: an answer without a question puts it back, as before."""
    rumour = "On m'a dit que le petit-déj était décalé au vendredi 13 ? 🤔"
    answer = "Non non, c'est maintenu le 6 !"
    posts = [
        ("gwen_p", "2026-02-20T09:00:00+01:00", BREAKFAST),
        ("loic_h", "2026-03-02T17:00:00+01:00", rumour, 1),
        ("anna_r", "2026-03-03T08:00:00+01:00", answer, 2),
    ]
    assert await _standing(posts, title="Coworking") == ["2026-03-06T08:00:00Z"]


MINUTES = (
    "## CR du bureau de la recyclerie – mardi 3 mars\n\n**Décisions**\n"
    "- la collecte à domicile passe à 2 fois par mois (prochaine tournée le 20 mars)\n"
    "- devis pour le nouveau local\n\n**Prochaine réunion de bureau : lundi 13 avril, 18h30** à la recyclerie."
)


async def test_a_count_a_collection_goes_to_is_no_day_a_meeting_moves_to() -> None:
    posts = [("katell_m", "2026-03-05T14:00:00+01:00", MINUTES)]
    assert await _standing(posts, title="CR du bureau") == ["2026-04-13T16:30:00Z"]


async def test_a_move_to_a_day_is_still_read_in_a_reply() -> None:
    """The guard: the announcer's "La réunion passe au mardi 14 avril" moves it."""
    moved = "La réunion passe au **mardi 14 avril**, même heure."
    posts = [("katell_m", "2026-03-05T14:00:00+01:00", MINUTES), ("katell_m", "2026-03-20T14:00:00+01:00", moved, 1)]
    assert await _standing(posts, title="CR du bureau") == ["2026-04-14T16:30:00Z"]


GARDEN = "🌱 **Grand nettoyage du jardin samedi 14 mars à 10h**, on finit par un pique-nique."


async def test_a_day_its_announcer_says_kept_is_given_back() -> None:
    asked = "Il va pleuvoir samedi… on bascule dimanche ?"
    kept = "J'ai regardé, la pluie c'est le soir seulement. **On maintient samedi 14.** À samedi !"
    posts = [
        ("aude_b", "2026-03-01T09:00:00+01:00", GARDEN),
        ("gerard_m", "2026-03-10T18:00:00+01:00", asked, 1),
        ("aude_b", "2026-03-11T09:00:00+01:00", kept, 2),
    ]
    assert await _standing(posts, title="Nettoyage du jardin") == ["2026-03-14T09:00:00Z"]


async def test_on_maintient_without_a_day_gives_nothing_back() -> None:
    """ "on maintient" alone says nothing of which day: the day a member asked to move stays held back."""
    asked = "Il va pleuvoir samedi… on bascule dimanche ?"
    kept = "Je regarde la météo et on maintient ce qu'on peut, je vous redis."
    posts = [
        ("aude_b", "2026-03-01T09:00:00+01:00", GARDEN),
        ("gerard_m", "2026-03-10T18:00:00+01:00", asked, 1),
        ("aude_b", "2026-03-11T09:00:00+01:00", kept, 2),
    ]
    assert await _standing(posts, title="Nettoyage du jardin") == []
