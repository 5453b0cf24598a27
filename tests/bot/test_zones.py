"""Zones stated next to a time, as `scribe preview`, `scribe doctor` and the meetings feature read them."""

from __future__ import annotations

import re

import pytest

from bot.preview import zone_warnings
from bot.text import fold_same_length
from bot.zones import stated_zones, tz_after, unread_zone


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("The call is at 6 PM UK time.", "Europe/London"),
        ("The call is at 6 pm (UK time).", "Europe/London"),
        ("Doors open at 17:30 London time", "Europe/London"),
        ("We start at 6pm British time, sharp", "Europe/London"),
        ("We start at 7pm British Summer Time", "Europe/London"),
        ("On se voit à 18h heure de Londres", "Europe/London"),
        ("Rendez-vous à 18h30 heure française", "Europe/Paris"),
        ("Rendez-vous à 18h30 heure de France", "Europe/Paris"),
        ("Kick-off at 6:15 pm Paris time", "Europe/Paris"),
        ("Kick-off at 6:15 pm Central European Time", "Europe/Paris"),
        ("Doubt clearing at 7:30 PM India time", "Asia/Kolkata"),
        ("Doubt clearing at 7:30 PM Indian time", "Asia/Kolkata"),
        ("Doubt clearing at 7:30 PM Indian Standard Time", "Asia/Kolkata"),
        ("The panel opens at 9 AM New York time", "America/New_York"),
        ("The panel opens at 9 AM Eastern time", "America/New_York"),
        ("The panel opens at 9 AM US Eastern time", "America/New_York"),
        ("Atelier à 13h heure du Québec", "America/Toronto"),
        ("Atelier à 13h heure de Montréal", "America/Toronto"),
        ("Atelier à 13 h, heure de l’Est", "America/Toronto"),
        ("Atelier à 13 h heure normale de l'Est", "America/Toronto"),
        ("Workshop at 14:00 Brussels time", "Europe/Brussels"),
        ("Atelier à 14h heure belge", "Europe/Brussels"),
        ("Atelier à 14h heure suisse", "Europe/Zurich"),
        ("Webinar at 18:00 CET/CEST", "Europe/Paris"),
        ("Webinar at 18:00 CEST / CET", "Europe/Paris"),
        ("Webinar at 18:00 GMT/BST", "Europe/London"),
    ],
)
def test_a_places_time_is_a_zone(text: str, zone: str) -> None:
    assert stated_zones(text) == {zone: 1}


@pytest.mark.parametrize(
    "text",
    [
        "At 6 PM the UK team takes over the queue.",
        "At 6 PM UK students get their marks.",
        "Le cours de 18h à Paris est complet.",
        "À 18h Paris attend les résultats.",
        "Check the 5pm London timetable before coming.",
        "The 10:30 am India team standup is moved.",
        "Rendez-vous à 18h, heure limite pour rendre le devoir.",
    ],
)
def test_a_place_that_names_no_time_is_no_zone(text: str) -> None:
    assert stated_zones(text) == {}


def test_ambiguous_abbreviations_name_the_forums_usual_zone() -> None:
    """IST is India's, BST Britain's summer time, GMT alone UTC; two abbreviations of one zone together are
    that zone, two of different zones the first."""
    assert stated_zones("at 8:00 pm IST and 3:30 pm BST and 2:30 pm GMT") == {
        "Asia/Kolkata": 1,
        "Europe/London": 1,
        "UTC": 1,
    }
    assert stated_zones("at 9:00 am EST/PST") == {"America/New_York": 1}


def test_a_zone_ends_after_all_its_words() -> None:
    """Where the zone's words end: the meetings feature reads what follows (a restated time, a day)."""
    for text, words in [
        ("6 PM UK time, then", "6 PM UK time"),
        ("6 PM CET/CEST) then", "6 PM CET/CEST)"),
        ("6 PM CET/xyz then", "6 PM CET"),
        ("6 PM IST) then", "6 PM IST)"),
    ]:
        _, end = tz_after(fold_same_length(text), text, 4)
        assert text[:end].rstrip() == words


def test_preview_warns_of_a_places_time_other_than_the_forums() -> None:
    """Brussels keeps Paris's clock all year: no warning for it in a Paris forum; London does not."""
    texts = ["Call at 6 PM UK time", "Atelier à 14h heure belge"]
    assert zone_warnings(texts, "Europe/Paris") == [
        "1 time(s) stated in Europe/London, but the configured timezone is Europe/Paris: "
        "check the timezone setting (SCRIBE_TIMEZONE)"
    ]


def test_the_meetings_hour_is_no_time_on_reunion_island() -> None:
    """A "réunion" is a meeting as often as the island: only the capitalised name is the island's time."""
    assert stated_zones("Rendez-vous jeudi à 18h, heure de la réunion du bureau.") == {}
    assert stated_zones("On se retrouve à 18h (heure de réunion habituelle).") == {}
    assert stated_zones("Atelier en ligne à 18h heure de la Réunion.") == {"Indian/Reunion": 1}
    assert stated_zones("Live session at 6 pm Reunion time.") == {"Indian/Reunion": 1}


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Sprint kickoff at 2pm CST", "America/Chicago"),
        ("Sprint kickoff at 2pm CT", "America/Chicago"),
        ("Office hours at 10am MST/MDT", "America/Denver"),
        ("APAC call at 9:00 AEDT", "Australia/Sydney"),
        ("Guest lecture at 6 PM SGT", "Asia/Singapore"),
        ("Stand-up at 08:30 NZST / NZDT", "Pacific/Auckland"),
        ("Office hours this Saturday at 12pm Dubai time", "Asia/Dubai"),
        ("Call at 10am Singapore time", "Asia/Singapore"),
        ("Call at 10am Los Angeles time", "America/Los_Angeles"),
        ("Call at 9 AM Japan time", "Asia/Tokyo"),
        ("Visio à 9h heure de Dakar", "Africa/Dakar"),
        ("Visio à 9h heure de Dubaï", "Asia/Dubai"),
        ("Visio à 15h heure du Japon", "Asia/Tokyo"),
        ("Visio à 14h heure réunionnaise", "Indian/Reunion"),
        ("Visio à 14h (heure antillaise)", "America/Martinique"),
        ("Visio à 14h heure des Antilles", "America/Martinique"),
        ("Hangout at 8 PM (NY time)", "America/New_York"),
        ("Hangout at 8 PM Bay Area time", "America/Los_Angeles"),
    ],
)
def test_common_abbreviations_cities_and_countries_are_zones(text: str, zone: str) -> None:
    """The cities of the time zone database are places whose time people name, with a few countries of one zone
    and the abbreviations English-speaking forums use most."""
    assert stated_zones(text) == {zone: 1}


@pytest.mark.parametrize(
    "text",
    [
        "The call is at 9 AM New Jersey time",  # not the island of Jersey's
        "Party at 8 PM Christmas time",
        "Doors open at 6 pm lagos time",  # a city of the database only when capitalised
    ],
)
def test_a_word_of_the_time_zone_database_that_is_no_city_people_name_is_no_zone(text: str) -> None:
    assert stated_zones(text) == {}


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        ("Community call at 10 AM AST on Friday", True),  # Atlantic or Arabia
        ("Community call at noon Central Asia time", True),
        ("Community call at 9 AM Australian Eastern time", True),
        ("Community call at 5 PM US time", True),
        ("Visio à 18h heure de Wallis", True),
        ("Community call at 10 AM CST", False),  # read
        ("Community call at 6 pm our time", False),
        ("Community call at 6 PM. Time to get ready!", False),
        ("Visio à 18h heure d'été", False),
        ("Visio à 18h, heure de la réunion du bureau", False),
    ],
)
def test_a_zone_scribe_cannot_read_is_told_apart_from_no_zone(text: str, unread: bool) -> None:
    low = fold_same_length(text)
    at = re.search(r"\d{1,2} ?(?:am|pm|h)|noon", low)
    assert at is not None
    assert unread_zone(low, text, at.end()) is unread
