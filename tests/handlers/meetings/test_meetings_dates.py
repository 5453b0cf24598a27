"""Meetings as people write them: the table says what each post announces (start, end, zone),
or nothing. Posts are written on Thursday 5 March 2026, 10:00 in Paris, unless stated."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as dt_time
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.text import fold_same_length
from handlers.meetings.aside import PAST, set_aside
from handlers.meetings.called_off import cancel_marks, said_of_a_meeting
from handlers.meetings.dates import find_dates
from handlers.meetings.extract import read_post
from handlers.meetings.meeting import Reading
from handlers.meetings.moves import replaces
from handlers.meetings.names import words_of
from handlers.meetings.reasons import Aside
from tests.handler_kit import make_post

PARIS = ZoneInfo("Europe/Paris")
THU = "2026-03-05T09:00:00+00:00"

# (post text, written at, [(start, end or None, zone)]); a bare date as start = a meeting on that day.
CASES: list[tuple[str, str, list[tuple[str, str | None, str]]]] = [
    # French
    ("Visio du 17 mai 2027 à 18h", THU, [("2027-05-17T18:00+02:00", None, "Europe/Paris")]),
    ("Réunion vendredi 13 mars 10h-12h", THU, [("2026-03-13T10:00+01:00", "2026-03-13T12:00+01:00", "Europe/Paris")]),
    (
        "Visio vendredi 17 mars 10h-12h",
        "2023-03-01T09:00:00+00:00",
        [("2023-03-17T10:00+01:00", "2023-03-17T12:00+01:00", "Europe/Paris")],
    ),
    ("Visio mardi prochain à 14 h", THU, [("2026-03-10T14:00+01:00", None, "Europe/Paris")]),
    ("Atelier demain 9h30", THU, [("2026-03-06T09:30+01:00", None, "Europe/Paris")]),
    ("Atelier demain à 9 h 30", THU, [("2026-03-06T09:30+01:00", None, "Europe/Paris")]),
    (
        "On se retrouve en visio le 5 avril de 14h à 16h",
        THU,
        [("2026-04-05T14:00+02:00", "2026-04-05T16:00+02:00", "Europe/Paris")],
    ),
    # a weekday alone written on that weekday: today's or next week's, a reader cannot tell
    ("Réunion visio jeudi 19h, inscription obligatoire", THU, []),
    (
        "Réunion visio jeudi prochain 19h, inscription obligatoire",
        THU,
        [("2026-03-12T19:00+01:00", None, "Europe/Paris")],
    ),
    ("Réunion la semaine prochaine, même heure (jeudi 19h)", THU, [("2026-03-12T19:00+01:00", None, "Europe/Paris")]),
    ("Rencontre jeudi 12 mars à 18h30", THU, [("2026-03-12T18:30+01:00", None, "Europe/Paris")]),
    ("Permanence le 12/03 à 14h", THU, [("2026-03-12T14:00+01:00", None, "Europe/Paris")]),
    ("AG le 13 mars à 18 h", THU, [("2026-03-13T18:00+01:00", None, "Europe/Paris")]),
    ("Webinaire après-demain 9h30", THU, [("2026-03-07T09:30+01:00", None, "Europe/Paris")]),
    ("Visio ce soir à 20h30", THU, [("2026-03-05T20:30+01:00", None, "Europe/Paris")]),
    ("Visio ce soir à 8h", THU, [("2026-03-05T20:00+01:00", None, "Europe/Paris")]),
    ("Réunion mardi soir à 8h", THU, [("2026-03-10T20:00+01:00", None, "Europe/Paris")]),
    ("Une visio aujourd'hui à 18h15 pour caler la suite", THU, [("2026-03-05T18:15+01:00", None, "Europe/Paris")]),
    ("Réunion à 18h le 9 avril", THU, [("2026-04-09T18:00+02:00", None, "Europe/Paris")]),
    ("Atelier le 1er avril à 9 h 30", THU, [("2026-04-01T09:30+02:00", None, "Europe/Paris")]),
    # a day of the month alone, before its time
    ("RDV le 9 à 18h pour la perm du mois", THU, [("2026-03-09T18:00+01:00", None, "Europe/Paris")]),
    ("Office hours on the 12th at 4 PM, same room.", THU, [("2026-03-12T16:00+01:00", None, "Europe/Paris")]),
    # "perm" for a permanence without its apostrophe, in French; English "perms" are permissions
    ("Perm jeudi 12 mars à 14h, venez nombreux !", THU, [("2026-03-12T14:00+01:00", None, "Europe/Paris")]),
    (
        "Petit rappel : la perm de samedi 14 mars à 10h est assurée par Léa",
        THU,
        [("2026-03-14T10:00+01:00", None, "Europe/Paris")],
    ),
    ("Fixed the file perms on the server on March 12 at 2 PM.", THU, []),
    # a run of days each with its weekday: the weekday before a day is that day's, not the date before's nor alone
    (
        "Hackathon on Friday 13, Saturday 14 and Sunday 15 March, 10 AM to 6 PM",
        THU,
        [
            ("2026-03-13T10:00+01:00", "2026-03-13T18:00+01:00", "Europe/Paris"),
            ("2026-03-14T10:00+01:00", "2026-03-14T18:00+01:00", "Europe/Paris"),
            ("2026-03-15T10:00+01:00", "2026-03-15T18:00+01:00", "Europe/Paris"),
        ],
    ),
    (
        "Sprint Friday March 13, Saturday March 14 and Sunday March 15, 10 AM to 6 PM",
        THU,
        [
            ("2026-03-13T10:00+01:00", "2026-03-13T18:00+01:00", "Europe/Paris"),
            ("2026-03-14T10:00+01:00", "2026-03-14T18:00+01:00", "Europe/Paris"),
            ("2026-03-15T10:00+01:00", "2026-03-15T18:00+01:00", "Europe/Paris"),
        ],
    ),
    ("Office hours on March 18, Wednesday 6 PM", THU, [("2026-03-18T18:00+01:00", None, "Europe/Paris")]),
    # a move between two weekdays is no series: the day left, the day it goes to
    (
        "Moving this week's community call from Thursday to Friday, same time (4 PM).",
        THU,
        [("2026-03-06T16:00+01:00", None, "Europe/Paris")],
    ),
    (
        "Moving the community call from Tuesday 10 March to Wednesday 11 March, 4 PM.",
        THU,
        [("2026-03-11T16:00+01:00", None, "Europe/Paris")],
    ),
    # the sessions listed under one day by their times
    (
        "Two doubt sessions on Sunday 8 March:\n\n- Session 1: 11:00 AM - 12:30 PM\n- Session 2: 7:00 PM - 8:30 PM",
        THU,
        [
            ("2026-03-08T11:00+01:00", "2026-03-08T12:30+01:00", "Europe/Paris"),
            ("2026-03-08T19:00+01:00", "2026-03-08T20:30+01:00", "Europe/Paris"),
        ],
    ),
    ("End term exam on 8 March in two sessions:\n\n- FN session: 9 AM to 12 PM\n- AN session: 2 PM to 5 PM", THU, []),
    # a list of days with no series is one event's run: its first day
    ("Project week workshop on March 9, 10 and 11 at 9 AM.", THU, [("2026-03-09T09:00+01:00", None, "Europe/Paris")]),
    # the days listed under their one time
    (
        "Revision sessions (all 7 PM – 9 PM):\n\n- Weeks 1-4: Mon 9 March\n- Weeks 5-8: Tue 10 March",
        THU,
        [(f"2026-03-{d:02}T19:00+01:00", f"2026-03-{d:02}T21:00+01:00", "Europe/Paris") for d in (9, 10)],
    ),
    ("Quiz windows (each 7 PM – 9 PM):\n\n- Quiz 1: Mon 9 March\n- Quiz 2: Tue 10 March", THU, []),
    (
        "Le café-réparation a lieu tous les 1ers samedis du mois, de 14h à 17h :\n\n- 7 mars\n- 4 avril",
        THU,
        [
            ("2026-03-07T14:00+01:00", "2026-03-07T17:00+01:00", "Europe/Paris"),
            ("2026-04-04T14:00+02:00", "2026-04-04T17:00+02:00", "Europe/Paris"),
        ],
    ),
    # an announcement moving its own meeting to a day at the same time
    (
        "Due to a power cut, today's live session (scheduled at 7 PM) is postponed to tomorrow, same time.",
        THU,
        [("2026-03-06T19:00+01:00", None, "Europe/Paris")],
    ),
    # the days a series lists, at its hour
    (
        "Triage call every Tuesday in March at 1 PM (March 10, 17 and 24).",
        THU,
        [(f"2026-03-{d}T13:00+01:00", None, "Europe/Paris") for d in (10, 17, 24)],
    ),
    (
        "Permanences tous les mardis de 17h à 19h en mars (le 10, le 17 et le 24).",
        THU,
        [(f"2026-03-{d}T17:00+01:00", f"2026-03-{d}T19:00+01:00", "Europe/Paris") for d in (10, 17, 24)],
    ),
    # the next day of a series, named right after it, at its hour
    (
        "La visio du réseau a lieu chaque premier jeudi du mois à 14h. La prochaine aura lieu le jeudi 2 avril.",
        THU,
        [("2026-04-02T14:00+02:00", None, "Europe/Paris")],
    ),
    (
        "Les visios ont lieu chaque premier jeudi du mois à 14h. Prochaine : jeudi 2 avril.",
        THU,
        [("2026-04-02T14:00+02:00", None, "Europe/Paris")],
    ),
    (
        "La visio du réseau a lieu tous les premiers jeudis du mois à 14h. La prochaine aura lieu le jeudi 2 avril.",
        THU,
        [("2026-04-02T14:00+02:00", None, "Europe/Paris")],
    ),
    (
        "Les ateliers ont lieu les deuxièmes mardis du mois à 18h. Le prochain : mardi 10 mars.",
        THU,
        [("2026-03-10T18:00+01:00", None, "Europe/Paris")],
    ),
    (
        "Our community call is every Thursday at 5 PM. The next one is on Thursday, March 12.",
        THU,
        [("2026-03-12T17:00+01:00", None, "Europe/Paris")],
    ),
    (
        "TA sessions every Tuesday and Thursday, 8-9 PM:\n\n- Tue 10 March\n- Thu 12 March\n- Tue 17 March",
        THU,
        [(f"2026-03-{d}T20:00+01:00", f"2026-03-{d}T21:00+01:00", "Europe/Paris") for d in (10, 12, 17)],
    ),
    ("Visio jeudi 12 mars 18h (heure de Paris)", THU, [("2026-03-12T18:00+01:00", None, "Europe/Paris")]),
    ("Visio le 12 mars à 14h heure de la Réunion", THU, [("2026-03-12T14:00+04:00", None, "Indian/Reunion")]),
    ("Developer call on March 12 at 10 am Boston time", THU, [("2026-03-12T10:00-04:00", None, "America/New_York")]),
    ("Webinar Thursday March 12 at 9am Pacific time", THU, [("2026-03-12T09:00-07:00", None, "America/Los_Angeles")]),
    ("Office hours on March 12, 1 pm Eastern Time", THU, [("2026-03-12T13:00-04:00", None, "America/New_York")]),
    (
        "Next hangout at 10:00 AM ET until 11 AM ET on 2026.03.10",
        THU,
        [("2026-03-10T10:00-04:00", "2026-03-10T11:00-04:00", "America/New_York")],
    ),
    ("The Python tutorial will be held at 6.30PM CET today", THU, [("2026-03-05T18:30+01:00", None, "Europe/Paris")]),
    ("Our hackathon will take place online from March 23-March 27, 2026", THU, [("2026-03-23", None, "Europe/Paris")]),
    ("Hackathon du 23 au 27 mars 2026, en ligne", THU, [("2026-03-23", None, "Europe/Paris")]),
    ("The project week will be held 14-18 December on the internet", THU, [("2026-12-14", None, "Europe/Paris")]),
    ("The slides of the session were shown at 3 pm today", THU, []),
    (
        "Réunion le 20 mars de 18h00 à 20h00",
        THU,
        [("2026-03-20T18:00+01:00", "2026-03-20T20:00+01:00", "Europe/Paris")],
    ),
    ("Séance le 6 déc. à 17h", THU, [("2026-12-06T17:00+01:00", None, "Europe/Paris")]),
    ("Visio de 22h à 1h le 7 mars", THU, [("2026-03-07T22:00+01:00", "2026-03-08T01:00+01:00", "Europe/Paris")]),
    ("Conférence le 18 sept. 2026 à 10h", THU, [("2026-09-18T10:00+02:00", None, "Europe/Paris")]),
    ("Réunion le 2026-12-03 à 18:00", THU, [("2026-12-03T18:00+01:00", None, "Europe/Paris")]),
    ("Visio le 12/03/2026 à 18h", THU, [("2026-03-12T18:00+01:00", None, "Europe/Paris")]),
    (
        "Rendez-vous samedi 7 mars de 10h à midi",
        THU,
        [("2026-03-07T10:00+01:00", "2026-03-07T12:00+01:00", "Europe/Paris")],
    ),
    ("Réunion du 5 janvier à 18h", THU, [("2027-01-05T18:00+01:00", None, "Europe/Paris")]),
    (
        "Visio jeudi 12 mars à 18h puis vendredi 13 mars à 10h",
        THU,
        [("2026-03-12T18:00+01:00", None, "Europe/Paris"), ("2026-03-13T10:00+01:00", None, "Europe/Paris")],
    ),
    # Europe/Paris changes time on 29 March and 25 October 2026
    ("Réunion le 28 mars 2026 à 10h", THU, [("2026-03-28T10:00+01:00", None, "Europe/Paris")]),
    ("Réunion le 29 mars 2026 à 10h", THU, [("2026-03-29T10:00+02:00", None, "Europe/Paris")]),
    ("Visio le 29 mars 2026 à 2h30", THU, [("2026-03-29T03:30+02:00", None, "Europe/Paris")]),
    ("Réunion le 24 octobre 2026 à 10h", THU, [("2026-10-24T10:00+02:00", None, "Europe/Paris")]),
    ("Réunion le 25 octobre 2026 à 10h", THU, [("2026-10-25T10:00+01:00", None, "Europe/Paris")]),
    # English
    (
        "Live session Friday 28 Feb, 8:00 pm IST",
        "2025-02-20T09:00:00+00:00",
        [("2025-02-28T20:00+05:30", None, "Asia/Kolkata")],
    ),
    ("Community call tonight at 9 pm", THU, [("2026-03-05T21:00+01:00", None, "Europe/Paris")]),
    ("Meeting tomorrow 2-4pm", THU, [("2026-03-06T14:00+01:00", "2026-03-06T16:00+01:00", "Europe/Paris")]),
    ("Webinar on March 12 at 6:30 pm CET", THU, [("2026-03-12T18:30+01:00", None, "Europe/Paris")]),
    ("Call on Tuesday 10 March at 3pm UTC", THU, [("2026-03-10T15:00+00:00", None, "UTC")]),
    ("Meeting next Monday at 10 am ET", THU, [("2026-03-09T10:00-04:00", None, "America/New_York")]),
    ("Workshop on 15/04 at 14:00", THU, [("2026-04-15T14:00+02:00", None, "Europe/Paris")]),
    ("Let's meet on the 3rd of April at noon", THU, [("2026-04-03T12:00+02:00", None, "Europe/Paris")]),
    (
        "Meeting March 20th, 2026 from 6 to 8 pm",
        THU,
        [("2026-03-20T18:00+01:00", "2026-03-20T20:00+01:00", "Europe/Paris")],
    ),
    ("Meeting on 12 March at 18:00 GMT+2", THU, [("2026-03-12T18:00+02:00", None, "Etc/GMT-2")]),
    ("Online session on Monday 9 March, 5.30 pm London time", THU, [("2026-03-09T17:30+00:00", None, "Europe/London")]),
    (
        "Live Session - 2025/04/10 20:00 GMT+05:30 - recording",
        "2025-04-01T09:00:00+00:00",
        [("2025-04-10T20:00+05:30", None, "Asia/Kolkata")],
    ),
    ("Visio le 12 mars à 18h UTC+1", THU, [("2026-03-12T18:00+01:00", None, "Etc/GMT-1")]),
    # a place's time, not an abbreviation; the zone's own offset on the day, its summer time included
    ("Online session on Friday 13 March at 6 PM UK time", THU, [("2026-03-13T18:00+00:00", None, "Europe/London")]),
    ("Online session at 6 PM UK time on Friday 3 April", THU, [("2026-04-03T18:00+01:00", None, "Europe/London")]),
    ("Visio vendredi 13 mars à 14h heure de Montréal", THU, [("2026-03-13T14:00-04:00", None, "America/Toronto")]),
    ("Visio vendredi 13 mars à 18h heure belge", THU, [("2026-03-13T18:00+01:00", None, "Europe/Brussels")]),
    ("Live session on Friday 13 March, 7:30 PM Indian time", THU, [("2026-03-13T19:30+05:30", None, "Asia/Kolkata")]),
    ("Webinar on 14 January 2027 at 18:00 CEST", THU, [("2027-01-14T18:00+01:00", None, "Europe/Paris")]),
    ("Webinar on Friday 13 March at 5 PM GMT/BST", THU, [("2026-03-13T17:00+00:00", None, "Europe/London")]),
    (
        "Online session on Friday 13 March at 6 PM, the UK team joins",
        THU,
        [("2026-03-13T18:00+01:00", None, "Europe/Paris")],
    ),
    ("Visio vendredi 13 mars à 18h à Londres", THU, [("2026-03-13T18:00+01:00", None, "Europe/Paris")]),
    # a session preparing an exam is a session; the exam's own day is none
    (
        "Python OPPE preparation session\n\nDate: 12-03-2026\nTime: 6 pm onwards\nLink: https://meet.google.com/abc",
        THU,
        [("2026-03-12T18:00+01:00", None, "Europe/Paris")],
    ),
    ("Python OPPE\n\nDate: 12-03-2026\nTime: 6 pm onwards\nLink: https://meet.google.com/abc", THU, []),
    (
        "The steering committee meets in the open this month, anyone can listen in.\n\nThursday 12 March, 12pm\n"
        "https://zoom.us/j/1",
        THU,
        [("2026-03-12T12:00+01:00", None, "Europe/Paris")],
    ),
    # the time on the line under the day, after its emoji
    (
        "📅 Jeudi 12 mars\n🕕 18h – 20h\n📍 En visio : https://visio.example.org/r",
        THU,
        [("2026-03-12T18:00+01:00", "2026-03-12T20:00+01:00", "Europe/Paris")],
    ),
    # the weekday of a call held, in brackets after it; the days someone is away
    ("Thanks to everyone who joined yesterday's community call (Wednesday, 11am)!", THU, []),
    ("Priya · on leave March 9 – 20 · office hours by appointment", THU, []),
    (
        "Visio jeudi 12 mars à 18h, puis je suis en congé du 16 au 20 mars.",
        THU,
        [("2026-03-12T18:00+01:00", None, "Europe/Paris")],
    ),
    # the day in brackets after its weekday; a session's end after "till"; the clocks changing are no meeting
    (
        "This Sunday's (8/3) doubt session will be at 12 noon Dubai time. Please convert accordingly.",
        THU,
        [("2026-03-08T12:00+04:00", None, "Asia/Dubai")],
    ),
    (
        "This week: Saturday 7/3, 9 AM EST, till 10:30 AM EST. https://meet.google.com/abc",
        THU,
        [("2026-03-07T09:00-05:00", None, "America/New_York")],
    ),
    # opening hours are a series; a walkthrough or an AMA is a gathering
    (
        "À partir de lundi la ressourcerie change d'horaires :\n- boutique : mardi au samedi, 10h-18h\n"
        "- atelier vélo en libre-service : jeudi 14h-19h",
        THU,
        [],
    ),
    (
        "We'll do a mock ROE walkthrough this Saturday at 6 PM.\n\nLink: https://meet.google.com/roe",
        THU,
        [("2026-03-07T18:00+01:00", None, "Europe/Paris")],
    ),
    (
        "Roadmap AMA on Wednesday 11 March, 1–2pm ET: https://zoom.us/j/8",
        THU,
        [("2026-03-11T13:00-04:00", "2026-03-11T14:00-04:00", "America/New_York")],
    ),
    # days put to a vote; a meeting of others told of in passing
    (
        "Sondage pour fixer la date de la prochaine AG :\n- mar. 10 mars 18h\n- mer. 11 mars 18h\n"
        "Répondez ici avant vendredi : https://framadate.org/ag",
        THU,
        [],
    ),
    (
        "Prochaines visios du réseau :\n- mar. 10 mars 18h\n- mer. 11 mars 18h\nLien : https://visio.example.org/r",
        THU,
        [("2026-03-10T18:00+01:00", None, "Europe/Paris"), ("2026-03-11T18:00+01:00", None, "Europe/Paris")],
    ),
    (
        "FYI the foundation's TAC meets Wednesday at 10am PT. It's a closed meeting, I'll report back here afterwards.",
        THU,
        [],
    ),
    ("La Région tient son comité de programmation le 10 mars à 14h, on saura après si le dossier passe.", THU, []),
    (
        "FYI for people in Bangalore: a developer community meetup on 12 March at 5 PM at Koramangala. Not related "
        "to our course, just sharing.",
        THU,
        [],
    ),
    (
        "Pour info, la Région organise un webinaire sur les fonds FEDER le 12 mars à 10h (ce n'est pas nous, "
        "inscription sur leur site).",
        THU,
        [],
    ),
    (
        "Apparemment ils en parlent à leur réunion publique du 12 mars à 10h, je vous dirai ce qu'il en ressort.",
        THU,
        [],
    ),
    (
        "FYI I'll be mostly offline: I'm giving a talk at a Python conference in Long Beach on Thursday 12 March at "
        "2:30pm Pacific. Come say hi!",
        THU,
        [],
    ),
    (
        "Framadate pour choisir la date de la prochaine formation : mardi 10, mercredi 11 ou jeudi 12 mars "
        "(9h30-12h30).\nhttps://framadate.org/formation",
        THU,
        [],
    ),
    (
        "Suite au sondage, la date retenue est le mardi 10 mars à 18h : https://visio.example.org/r",
        THU,
        [("2026-03-10T18:00+01:00", None, "Europe/Paris")],
    ),
    (
        "Hangout Thursday 12 March 8-10 PM (NY time): https://meet.google.com/abc",
        THU,
        [("2026-03-12T20:00-04:00", "2026-03-12T22:00-04:00", "America/New_York")],
    ),
    (
        "Visio mercredi 11 mars à 14h heure des Antilles : https://meet.jit.si/tl",
        THU,
        [("2026-03-11T14:00-04:00", None, "America/Martinique")],
    ),
    # a US region's time without "time"; a member sounding who would come; a city's French name
    (
        "Industry webinar:\n\nThursday 12 March 2026, 9:00 AM Eastern (US)\nZoom: https://zoom.us/j/9",
        THU,
        [("2026-03-12T09:00-04:00", None, "America/New_York")],
    ),
    ("Anyone want to form a study group? We can meet on google meet Sunday 10 am. Reply if interested", THU, []),
    (
        "Atelier en ligne lundi 9 mars 2026, 11h heure de Beyrouth. Lien : https://meet.jit.si/atelier",
        THU,
        [("2026-03-09T11:00+02:00", None, "Asia/Beirut")],
    ),
    (
        "DCS for System Commands on Monday 9 March, 8–9 PM. meet.google.com/sys-cmds-dcs",
        THU,
        [("2026-03-09T20:00+01:00", "2026-03-09T21:00+01:00", "Europe/Paris")],
    ),
    # weeks on, its weekday named again; a course's number before the hour; some Thursday; a signature
    (
        "Notes from today's call.\n\nNext call in two weeks, same time (Thu 11am ET), same link: https://meet.google.com/a",
        THU,
        [("2026-03-19T11:00-04:00", None, "America/New_York")],
    ),
    (
        "Schedule of live sessions for this week:\n\n- Mon 9 March : Stats 2 - 6 PM\n- Wed 11 March : MLT - 8 PM",
        THU,
        [("2026-03-09T18:00+01:00", None, "Europe/Paris"), ("2026-03-11T20:00+01:00", None, "Europe/Paris")],
    ),
    ("- Apéro du réseau : un jeudi fin mars, date à venir", THU, []),
    (
        "Bonjour, je viens d'ouvrir un coworking, on se voit à l'AG !\n\n--\n"
        "Arthur — Le Quai\nPermanence le mardi 9h-12h",
        THU,
        [],
    ),
    # a list's items opening on a dash are no signature
    (
        "Programme du mois :\n— Jeudi 12 mars à 18h : visio https://visio.example.org/r\n"
        "— Jeudi 19 mars à 18h : atelier",
        THU,
        [("2026-03-12T18:00+01:00", None, "Europe/Paris"), ("2026-03-19T18:00+01:00", None, "Europe/Paris")],
    ),
    # weeks on, with a time and no other day in the sentence
    (
        "Thanks to all who joined today's call! Next call: in two weeks, same time (1pm ET), same link.",
        THU,
        [("2026-03-19T13:00-04:00", None, "America/New_York")],
    ),
    (
        "Merci à tous pour ce soir ! Prochaine visio dans deux semaines, même heure (18h), même lien.",
        THU,
        [("2026-03-19T18:00+01:00", None, "Europe/Paris")],
    ),
    ("The recording of the call will be up in two weeks.", THU, []),
    # the abbreviations and cities people write, read as their zone; a zone nobody can read dates no meeting
    ("Sprint kickoff on Wednesday 11 March at 2pm CST", THU, [("2026-03-11T14:00-05:00", None, "America/Chicago")]),
    ("Office hours on Saturday 7 March at noon Dubai time", THU, [("2026-03-07T12:00+04:00", None, "Asia/Dubai")]),
    ("APAC call on Tuesday 10 March at 9:00 AEDT", THU, [("2026-03-10T09:00+11:00", None, "Australia/Sydney")]),
    ("Visio vendredi 13 mars à 9h heure de Dakar", THU, [("2026-03-13T09:00+00:00", None, "Africa/Dakar")]),
    ("Visio mercredi 11 mars à 14h heure réunionnaise", THU, [("2026-03-11T14:00+04:00", None, "Indian/Reunion")]),
    ("Community call on Friday 13 March at 10 AM AST", THU, []),
    ("Community call on Friday 13 March at noon Central Asia time", THU, []),
    ("Visio vendredi 13 mars à 18h heure de Wallis", THU, []),
    # Discourse markup
    (
        'Rendez-vous en visio [date=2026-04-02 time=18:00:00 timezone="Europe/Paris"]',
        THU,
        [("2026-04-02T18:00+02:00", None, "Europe/Paris")],
    ),
    (
        'Atelier [date-range from=2026-04-02T18:00:00 to=2026-04-02T20:00:00 timezone="Europe/Paris"]',
        THU,
        [("2026-04-02T18:00+02:00", "2026-04-02T20:00+02:00", "Europe/Paris")],
    ),
    (
        '[event start="2026-03-20 18:00" end="2026-03-20 20:00" timezone="America/Montreal" name="AG" url="https://zoom.us/j/1"]\n[/event]',
        THU,
        [("2026-03-20T18:00-04:00", "2026-03-20T20:00-04:00", "America/Montreal")],
    ),
    # A day without a time is a meeting on that day ("tonight's session", "the Tuesday session")
    ("Réunion mercredi soir", THU, [("2026-03-11", None, "Europe/Paris")]),
    ("Just join tonight's session, it will help", THU, [("2026-03-05", None, "Europe/Paris")]),
    (
        "The Tuesday and the Thursday sessions will cover the exam",
        THU,
        [("2026-03-10", None, "Europe/Paris"), ("2026-03-12", None, "Europe/Paris")],
    ),
    # A time elsewhere in the sentence, or on a "Timings:" line
    ("Demo in today's live session at 8pm if you like", THU, [("2026-03-05T20:00+01:00", None, "Europe/Paris")]),
    # a range whose end alone carries "pm", after the day word
    (
        "Plan for today's (5 Mar) help session at 6-8 PM: scraping with selectors",
        THU,
        [("2026-03-05T18:00+01:00", "2026-03-05T20:00+01:00", "Europe/Paris")],
    ),
    (
        "Tomorrow's live session from 7 to 9pm",
        THU,
        [("2026-03-06T19:00+01:00", "2026-03-06T21:00+01:00", "Europe/Paris")],
    ),
    ("Marks of 6-8 out of ten today", THU, []),
    (
        "Live session [12-03-2026] on Flask.\nPlease join.\nTimings: 8pm - 10pm",
        THU,
        [("2026-03-12T20:00+01:00", "2026-03-12T22:00+01:00", "Europe/Paris")],
    ),
    (
        "Live Session Alert!\nDate & Time: Wednesday, March 11, 2026 · 9:00 – 10:00 PM (IST)",
        THU,
        [("2026-03-11T21:00+05:30", "2026-03-11T22:00+05:30", "Asia/Kolkata")],
    ),
    # Not meetings: past sessions, records of sessions, edit stamps, windows, dates asked for
    ("Visio vendredi 17 mars 10h", "2023-03-20T09:00:00+00:00", []),
    ("AG le 3 mars à 18 h", THU, []),
    ("Visio le 10 février à 18h", THU, []),
    ("Échanges du 17 mai 2023 - compte rendu de la visio", THU, []),
    ("Échanges du 12 mars 2026 - Accessible en cliquant ici", THU, []),
    ("Yesterday's session was great, the recording will be available on March 12 at 11:00", THU, []),
    ("As discussed in Tuesday's session, the project is due soon", THU, []),
    ("Update 6 March 2026, 10:00: the meeting link below was changed", THU, []),
    ("The feedback form for the session will be available till 12 March 2026 11:30 AM", THU, []),
    ("Live session notes below.\nThe portal will be down between 11 PM and 2 AM on 12 March for maintenance", THU, []),
    ("I would love to demonstrate our project in a Google Meet session on March 31st", THU, []),
    ("Could we have a session on 20 March at 6pm?", THU, []),
    ("Date limite pour envoyer vos contributions pour l'atelier : mercredi 11 mars", THU, []),
    ("In the live session demo I got this: Screenshot 2026-03-30 at 3.07.09 pm", THU, []),
    ("Live session log: 2026-03-30 15:07:09 ERROR connection refused", THU, []),
    ("I watched the session recordings, I will send my notes tomorrow to the whole class", THU, []),
    ("Remote online exam scheduled for\nSunday, 15th March 2026 at 1:00pm\nJoin the support meet if needed", THU, []),
    ("Visio d'information : date limite des candidatures le 15 mars à 18h", THU, []),
    ("Réunion : merci d'envoyer vos contributions avant le 20 mars à 18h", THU, []),
    ("Deadline for the meeting notes: March 20 at 5 pm", THU, []),
    ("The report is due on March 20 at 5pm, see the meeting notes", THU, []),
    ("Inscriptions à l'atelier jusqu'au 10 mars 18h", THU, []),
    ('Réunion — date limite : [date=2026-03-15 timezone="Europe/Paris"]', THU, []),
    ("La subvention est de 1 000 € pour 12 mois.", THU, []),
    ("Réunion sur le mot de passe 2024", THU, []),
    ("Proposition 4 : mutualiser les visios", THU, []),
    ("1/ Développer l'écosystème (réunions, ateliers)", THU, []),
    ("Merci pour la visio, les notes sont en ligne.", THU, []),
    ("La version 3.2 sortie le 12 mars à 10h corrige la visio", THU, []),
    ("La réunion durera 2 heures.", THU, []),
    ("Rendez-vous à 18h", THU, []),
    ("Je suis d'accord avec le point 2 de la réunion", THU, []),
    ("Vous avez été plus de 30 à participer (Réunion, Normandie, Corse) le 17 mai", THU, []),
    ("Le projet a démarré le 5 janvier 2026 à 9h.", THU, []),
    ("plusieurs ministères souhaitent poursuivre leur engagement en 2023 et 2024, beaucoup de réunions", THU, []),
    ("Pour une demi-journée d'atelier, le 1/2 journée suffit", THU, []),
    ("On pourrait organiser des rencontres, l'outil permet cela aujourd'hui", THU, []),
    # "rencontré", the verb, folds to the meeting's name: only the noun names a meeting
    ("J'ai rencontré un problème jeudi 12 mars à 18h avec mon inscription.", THU, []),
    ("Je rencontre un souci avec le formulaire pour jeudi 12 mars 18h", THU, []),
    ("Nous avons déjà rencontré ce souci, je peux regarder jeudi 12 mars à 18h", THU, []),
    ("La rencontre de jeudi 12 mars à 18h est confirmée.", THU, [("2026-03-12T18:00+01:00", None, "Europe/Paris")]),
    ("Une rencontre aura lieu jeudi 12 mars à 18h.", THU, [("2026-03-12T18:00+01:00", None, "Europe/Paris")]),
    # a start given as a delay from the post, with a meeting named in the sentence
    ("La visio commence dans deux heures.", THU, [("2026-03-05T12:00+01:00", None, "Europe/Paris")]),
    ("Réunion d'ici une heure sur le lien habituel", THU, [("2026-03-05T11:00+01:00", None, "Europe/Paris")]),
    ("The meeting starts in 30 minutes", THU, [("2026-03-05T10:30+01:00", None, "Europe/Paris")]),
    ("You can join the next call in 9.5 hours.", THU, [("2026-03-05T19:30+01:00", None, "Europe/Paris")]),
    ("Office hours in half an hour, bring your questions", THU, [("2026-03-05T10:30+01:00", None, "Europe/Paris")]),
    ("Session in 20 minutes!", "2026-03-05T09:07:00+00:00", [("2026-03-05T10:25+01:00", None, "Europe/Paris")]),
    ("I will send the file in 2 hours.", THU, []),
    ("I will post the notes in 2 hours. The meeting was great.", THU, []),
    ("The meeting ends in 30 minutes", THU, []),
    ("Can we have the call in 2 hours?", THU, []),
    ("Not ready yet, maybe in an hour, then we could all do a quick meeting", THU, []),
    ("La réunion est finie dans une heure", THU, []),
    # an e-mail passed on a day late: its "tomorrow" counts from when it was written, the date beside it stands
    (
        "Our prep call will take place tomorrow, Tuesday March 10th 2026 (6 pm Paris time).",
        "2026-03-10T09:00:00+00:00",
        [("2026-03-10T18:00+01:00", None, "Europe/Paris")],
    ),
    # a series' hour and weekday before the day it starts on give its first meeting
    ("Weekly calls at 6 PM on Fridays, starting 13 March.", THU, [("2026-03-13T18:00+01:00", None, "Europe/Paris")]),
    # a delay after what was done is how long it took, not when anything starts
    ("The tutorial shows how he built the whole model in 8 hours.", THU, []),
]


def _expected(value: str, tz: str) -> datetime:
    if len(value) == 10:
        return datetime.combine(date.fromisoformat(value), datetime.min.time(), ZoneInfo(tz))
    return datetime.fromisoformat(value)


@pytest.mark.parametrize(("text", "written", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_phrasing(text: str, written: str, expected: list[tuple[str, str | None, str]]) -> None:
    post = make_post(1, "alice", text, created_at=datetime.fromisoformat(written))
    meetings = [m for m in read_post(post, PARIS, "scribe", order="DMY").meetings if not m.cancelled]
    got = [(m.start, m.end, m.tz, m.all_day) for m in meetings]
    want = [(_expected(s, tz), _expected(e, tz) if e else None, tz, len(s) == 10) for s, e, tz in expected]
    assert got == want


def test_the_table_is_large_and_has_traps() -> None:
    assert len(CASES) >= 60
    assert sum(1 for c in CASES if not c[2]) >= 15


def test_cooked_local_date_and_event() -> None:
    cooked = (
        '<p>Visio de lancement <span data-date="2026-04-02" data-time="18:00:00" class="discourse-local-date" '
        'data-timezone="Europe/Paris" data-email-preview="2026-04-02T16:00:00Z UTC">2026-04-02T16:00:00Z</span></p>'
        '<div class="discourse-post-event" data-start="2026-04-10 09:00" data-end="2026-04-10 12:00" '
        'data-timezone="Europe/Brussels" data-name="Atelier compost" data-url="https://zoom.us/j/2"></div>'
    )
    post = make_post(1, "alice", None, created_at=datetime(2026, 3, 5, 9, tzinfo=UTC), cooked=cooked)
    meetings = read_post(post, PARIS, "scribe", order="DMY").meetings
    assert [(m.start, m.end, m.tz, m.title, m.link) for m in meetings] == [
        (datetime(2026, 4, 2, 18, tzinfo=PARIS), None, "Europe/Paris", "Visio de lancement", None),
        (
            datetime(2026, 4, 10, 9, tzinfo=ZoneInfo("Europe/Brussels")),
            datetime(2026, 4, 10, 12, tzinfo=ZoneInfo("Europe/Brussels")),
            "Europe/Brussels",
            "Atelier compost",
            "https://zoom.us/j/2",
        ),
    ]


@pytest.mark.parametrize(("name", "meeting"), [("Server maintenance", False), ("Weekly call", True)])
def test_an_event_named_for_a_downtime_is_a_notice_not_a_meeting(name: str, meeting: bool) -> None:
    """A maintenance window on the calendar is no meeting; a "standalone" event (no attendance collected) may be."""
    cooked = (
        "<p>The download server will be down for updates.</p>"
        '<div class="discourse-post-event" data-start="2026-04-10 14:00" data-end="2026-04-10 16:00" '
        f'data-status="standalone" data-timezone="Europe/Paris" data-name="{name}"></div>'
    )
    post = make_post(1, "admin", None, created_at=datetime(2026, 3, 5, 9, tzinfo=UTC), cooked=cooked)
    assert [m.title for m in read_post(post, PARIS, "scribe", order="DMY").meetings] == ([name] if meeting else [])


def test_cooked_date_range() -> None:
    cooked = (
        '<p>Atelier <span class="discourse-local-date" data-range="from" data-date="2026-04-02" data-time="14:00:00" '
        'data-timezone="Europe/Paris">a</span>→<span class="discourse-local-date" data-range="to" '
        'data-date="2026-04-02" data-time="16:00:00" data-timezone="Europe/Paris">b</span></p>'
    )
    post = make_post(2, "alice", None, created_at=datetime(2026, 3, 5, 9, tzinfo=UTC), cooked=cooked)
    (meeting,) = read_post(post, PARIS, "scribe", order="DMY").meetings
    assert (meeting.start, meeting.end) == (
        datetime(2026, 4, 2, 14, tzinfo=PARIS),
        datetime(2026, 4, 2, 16, tzinfo=PARIS),
    )


def _local_date(day: str, clock: str) -> str:
    return (
        f'<span class="discourse-local-date" data-date="{day}" data-time="{clock}" '
        f'data-timezone="Etc/UTC">{day}T{clock}Z</span>'
    )


def test_dates_listed_one_per_line_are_as_many_sessions_not_a_range() -> None:
    """Three runs of a demo, a `[date]` per list item: the list's dashes join no range, each run is a start."""
    items = "".join(
        f"<li>{_local_date(d, t)}</li>"
        for d, t in (("2026-04-08", "14:00:00"), ("2026-04-08", "22:00:00"), ("2026-04-09", "09:00:00"))
    )
    cooked = f"<p>We are going to do three runs of the demo so everyone has a chance to join live:</p><ol>{items}</ol>"
    post = make_post(1, "ann", None, created_at=datetime(2026, 4, 2, 18, tzinfo=UTC), cooked=cooked)
    meetings = read_post(post, ZoneInfo("UTC"), "scribe", order="DMY").meetings
    assert [(m.start, m.end) for m in meetings] == [
        (datetime(2026, 4, 8, 14, tzinfo=UTC), None),
        (datetime(2026, 4, 8, 22, tzinfo=UTC), None),
        (datetime(2026, 4, 9, 9, tzinfo=UTC), None),
    ]


@pytest.mark.parametrize("gap", [" - ", " → ", " to "])
def test_two_dates_joined_on_one_line_are_a_range(gap: str) -> None:
    start, end = _local_date("2026-04-08", "14:00:00"), _local_date("2026-04-08", "16:00:00")
    cooked = f"<p>Our community call: {start}{gap}{end}</p>"
    post = make_post(1, "ann", None, created_at=datetime(2026, 4, 2, 18, tzinfo=UTC), cooked=cooked)
    (meeting,) = read_post(post, ZoneInfo("UTC"), "scribe", order="DMY").meetings
    assert (meeting.start, meeting.end) == (datetime(2026, 4, 8, 14, tzinfo=UTC), datetime(2026, 4, 8, 16, tzinfo=UTC))


PREP_CALL = (
    "<p>Weekly preparation meetings will start on May 18th (10 am Boston time, EDT) on Zoom. You can join using "
    'the following link: <a href="https://zoom.us/j/861">https://zoom.us/j/861</a></p>'
    "<p>Project Week #35 will be held June 28-July 2 on the internet.</p>"
)


def test_a_run_of_days_beside_a_session_with_its_hour_is_its_setting_not_a_meeting() -> None:
    """A preparation call's announcement ending on the week it prepares: the call is the post's meeting; the week
    is reminded where it is announced, not from each call's topic with the call's link."""
    post = make_post(1, "tina", None, created_at=datetime(2026, 5, 11, 18, tzinfo=UTC), cooked=PREP_CALL)
    reading = read_post(post, ZoneInfo("America/New_York"), "scribe", explain=True, order="DMY")
    assert [m.start for m in reading.meetings] == [datetime(2026, 5, 18, 10, tzinfo=ZoneInfo("America/New_York"))]
    assert any("setting" in why for _, why in reading.set_aside)


def test_a_run_of_days_beside_a_session_that_has_begun_is_its_setting_too() -> None:
    """ "NOW: the prep meeting", posted as the call starts: the call is under way, the week still its setting."""
    cooked = PREP_CALL.replace("will start on May 18th", "start now, today May 18th")
    post = make_post(1, "tina", None, created_at=datetime(2026, 5, 18, 14, 7, tzinfo=UTC), cooked=cooked)
    assert read_post(post, ZoneInfo("America/New_York"), "scribe", order="DMY").meetings == ()


HANGOUT_AND_CALL = (
    "<p>Today, we will be having our weekly hangout at 10:00 AM EST until 10:30 AM. Anyone is welcome to join at "
    '<a href="https://meet.example.org/hangout">https://meet.example.org/hangout</a></p>'
    "<p>At 10:30 AM EST, we will be having the planning call for Project Week 31, June 24-28.</p>"
    '<p>The Zoom link for the Project Week call is: <a href="https://zoom.us/j/692">https://zoom.us/j/692</a></p>'
)


def test_a_second_gathering_of_the_day_told_by_its_hour_alone_is_a_meeting_of_that_day() -> None:
    """ "At 10:30 AM EST, we will be having the planning call": the post's one day, that hour, the call's own link."""
    post = make_post(1, "sam", None, created_at=datetime(2026, 4, 28, 12, 49, tzinfo=UTC), cooked=HANGOUT_AND_CALL)
    meetings = read_post(post, ZoneInfo("America/New_York"), "scribe", order="DMY").meetings
    ny = ZoneInfo("America/New_York")
    assert [(m.start, m.link) for m in meetings] == [
        (datetime(2026, 4, 28, 10, tzinfo=ny), "https://meet.example.org/hangout"),
        (datetime(2026, 4, 28, 10, 30, tzinfo=ny), "https://zoom.us/j/692"),
    ]


def test_a_second_gathering_of_the_day_in_french() -> None:
    cooked = (
        "<p>Aujourd'hui, visio de suivi à 10h, jusqu'à 10h45.</p>"
        "<p>À 11h, nous aurons l'atelier de préparation des rencontres régionales.</p>"
    )
    post = make_post(1, "anne", None, created_at=datetime(2026, 4, 28, 6, tzinfo=UTC), cooked=cooked)
    assert [m.start for m in read_post(post, PARIS, "scribe", order="DMY").meetings] == [
        datetime(2026, 4, 28, 10, tzinfo=PARIS),
        datetime(2026, 4, 28, 11, tzinfo=PARIS),
    ]


@pytest.mark.parametrize(
    ("said", "hour"),
    [("10:30", (10, 30)), ("2:00", (14, 0)), ("10:30 AM", (10, 30)), ("9:30", None), ("8:00 PM", (20, 0))],
)
def test_a_second_call_that_will_begin_at_an_hour_without_am_or_pm(said: str, hour: tuple[int, int] | None) -> None:
    """ "The project week call will begin at 10:30" after the hangout at 10:00 AM: the half of the day that puts
    it soon after the first; "9:30" would be before it or late at night, so it dates nothing."""
    cooked = (
        "<p>Tomorrow, we will be having our weekly hangout at 10:00 AM EST until 10:30 AM.</p>"
        f"<p>The project week call will begin at {said}</p>"
        '<p>Anyone is welcome to join at <a href="https://meet.example.org/h">https://meet.example.org/h</a></p>'
    )
    ny = ZoneInfo("America/New_York")
    post = make_post(1, "sam", None, created_at=datetime(2026, 4, 27, 23, tzinfo=UTC), cooked=cooked)
    meetings = read_post(post, ny, "scribe", order="MDY").meetings
    assert [m.start for m in meetings] == [datetime(2026, 4, 28, 10, tzinfo=ny)] + (
        [datetime(2026, 4, 28, *hour, tzinfo=ny)] if hour else []
    )
    # "Anyone is welcome to join at …" is the hangout's: the call's own link is not in the post
    assert [m.link for m in meetings] == ["https://meet.example.org/h"] + ([None] if hour else [])


@pytest.mark.parametrize(
    ("then", "second"),
    [
        ("L'atelier de préparation commencera à 14h30.", [datetime(2026, 4, 28, 14, 30, tzinfo=PARIS)]),
        # the dated gathering named again: its hour moved, no second one
        ("EDIT : la visio de suivi commencera à 10h30.", []),
    ],
)
def test_a_second_gathering_that_will_begin_at_its_hour_in_french(then: str, second: list[datetime]) -> None:
    cooked = f"<p>Demain, visio de suivi à 10h, jusqu'à 10h45.</p><p>{then}</p>"
    post = make_post(1, "anne", None, created_at=datetime(2026, 4, 27, 16, tzinfo=UTC), cooked=cooked)
    starts = [m.start for m in read_post(post, PARIS, "scribe", order="DMY").meetings]
    assert starts[1:] == second


def test_an_hour_alone_in_a_post_of_several_days_dates_nothing() -> None:
    """Two days with their hours: which one a bare "at 3 PM, we will have a call" belongs to is unsaid."""
    cooked = (
        "<p>Hangout on Tuesday April 28 at 10:00 AM and on Thursday April 30 at 11:00 AM.</p>"
        "<p>At 3 PM, we will have a review call.</p>"
    )
    post = make_post(1, "sam", None, created_at=datetime(2026, 4, 27, 12, tzinfo=UTC), cooked=cooked)
    starts = [m.start.hour for m in read_post(post, ZoneInfo("America/New_York"), "scribe", order="MDY").meetings]
    assert starts == [10, 11]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Call for Papers - Workshop on Shape Analysis",
            "Our paper submission deadline is June 25th, 2026. The workshop is held in Granada, Spain, Sep 20th, 2026.",
        ),
        (
            "Applications for the winter workshop are now open",
            "Application deadline is 11/17/2026. Decisions by December 1st. Workshop dates Feb 16-23.",
        ),
        ("Journées d'étude", "Appel à communications\n\nLes journées auront lieu les 14 et 15 octobre 2026 à Lyon."),
    ],
)
def test_the_event_a_call_for_papers_or_applications_names_is_no_meeting_to_remind(title: str, text: str) -> None:
    """The chosen attend it, far away; the forum is reminded of the deadline by no reminder of the event."""
    post = make_post(1, "org", text, created_at=datetime(2026, 6, 1, 9, tzinfo=UTC), topic_title=title)
    assert read_post(post, PARIS, "scribe", order="MDY").meetings == ()


def test_a_mailing_lists_page_in_a_posts_footer_is_no_meetings_link() -> None:
    text = (
        "Mark your calendars: we will start the preparation calls on Nov 29 2026.\n\n"
        "Project-week mailing list https://public.example.org/cgi-bin/mailman/listinfo/project-week"
    )
    post = make_post(1, "org", text, created_at=datetime(2026, 7, 1, 9, tzinfo=UTC), topic_title="Thank you")
    (meeting,) = read_post(post, PARIS, "scribe", order="MDY").meetings
    assert meeting.link is None


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("Nous organisons un atelier ouvert à tous.\n\nQuand : 18 juin 2026 à 14h\nOù : La Fabrique", True),
        ("We are holding a workshop open to everyone.\n\nWhen: June 18, 2026 at 2 PM\nWhere: the lab", True),
        # what opens is a window: the session is not that day
        ("Les inscriptions à l'atelier sont ouvertes.\n\nJusqu'au : 18 juin 2026 à 14h", False),
    ],
)
def test_a_gathering_open_to_all_is_no_window(text: str, meeting: bool) -> None:
    """ "Un atelier ouvert à tous" says who may come, not that something opens: its field's date is the meeting."""
    post = make_post(1, "org", text, created_at=datetime(2026, 5, 27, 9, tzinfo=UTC), topic_title="Atelier")
    starts = [m.start for m in read_post(post, PARIS, "scribe", order="MDY").meetings]
    assert starts == ([datetime(2026, 6, 18, 14, tzinfo=PARIS)] if meeting else [])


@pytest.mark.parametrize(
    ("title", "text", "day"),
    [
        (
            "Workshop on imaging and simulation",
            "Interested in medical imaging and simulation? Our group is organizing a three-day intensive workshop."
            "\n\nDates: June 18–20, 2026\nLocation: Campus, Room 1.A.03\nRegister here: https://forms.gle/abc",
            date(2026, 6, 18),
        ),
        (
            "Atelier cartographie participative",
            "Envie de découvrir la cartographie participative ? Nous organisons un atelier ouvert à tous."
            "\n\nQuand : 18 juin 2026\nOù : La Fabrique, salle 2",
            date(2026, 6, 18),
        ),
        # a question topic: the day is the asker's, not an announcement
        (
            "Which workshop should I take?",
            "Interested in simulation? I am too.\n\nDates: June 18–20, 2026\nWhich one would you pick?",
            None,
        ),
    ],
)
def test_an_announcement_opening_on_a_hook_with_its_days_in_a_field_is_a_meeting(
    title: str, text: str, day: date | None
) -> None:
    """ "Interested in…? … Dates: June 18–20": the question catches readers, the title names the gathering, the
    field says when."""
    post = make_post(1, "org", text, created_at=datetime(2026, 5, 27, 9, tzinfo=UTC), topic_title=title)
    meetings = read_post(post, PARIS, "scribe", order="MDY").meetings
    assert [m.start.date() for m in meetings] == ([day] if day else [])


def test_a_run_of_days_announced_alone_is_a_meeting() -> None:
    cooked = "<p>Project Week #35 will be held June 28-July 2 on the internet. Register on the website.</p>"
    post = make_post(1, "tina", None, created_at=datetime(2026, 5, 11, 18, tzinfo=UTC), cooked=cooked)
    (meeting,) = read_post(post, ZoneInfo("America/New_York"), "scribe", order="DMY").meetings
    assert meeting.start == datetime(2026, 6, 28, tzinfo=ZoneInfo("America/New_York"))


def test_postponed_in_one_sentence() -> None:
    post = make_post(
        4, "alice", "La visio du 12 mars est reportée au 19 mars à 18h.", created_at=datetime.fromisoformat(THU)
    )
    reading = read_post(post, PARIS, "scribe", order="DMY")
    assert [(m.start, m.cancelled) for m in reading.meetings] == [
        (datetime(2026, 3, 12, tzinfo=PARIS), True),
        (datetime(2026, 3, 19, 18, tzinfo=PARIS), False),
    ]
    assert reading.cancelled_days == (date(2026, 3, 12),)


def test_negated_cancellation_is_not_one() -> None:
    post = make_post(
        4, "alice", "La visio n'est pas annulée : rendez-vous le 12 mars à 18h", created_at=datetime.fromisoformat(THU)
    )
    reading = read_post(post, PARIS, "scribe", order="DMY")
    assert [m.cancelled for m in reading.meetings] == [False]
    assert not reading.cancels_undated


def test_link_is_the_video_link_and_title_the_topic() -> None:
    raw = "Bonjour, visio jeudi 12 mars à 18h : https://meet.jit.si/tiers-lieux\nLes notes : https://pad.example.org/notes"
    post = make_post(1, "alice", raw, created_at=datetime.fromisoformat(THU), topic_title="Visio de lancement")
    (meeting,) = read_post(post, PARIS, "scribe", order="DMY").meetings
    assert (meeting.title, meeting.link) == ("Visio de lancement", "https://meet.jit.si/tiers-lieux")


@pytest.mark.parametrize(
    "raw",
    [
        "Visio jeudi 12 mars à 18h sur https://meet.jit.si/atelier. Qui apporte le compte rendu de la dernière fois ?",
        "Book club call on Thursday 12 March at 6 pm: https://meet.jit.si/book-club. Has everyone finished chapter 4?",
        "Workshop on Thursday 12 March at 6 pm at https://meet.jit.si/workshop. Did you all get the notes?",
        "Permanence jeudi 12 mars à 18h, inscription sur www.example.org/permanence! Vous avez reçu le compte rendu ?",
    ],
)
def test_an_address_ending_a_sentence_leaves_its_full_stop(raw: str) -> None:
    """The sentence after an address is another sentence: its question or its past words are not the meeting's."""
    post = make_post(1, "alice", raw, created_at=datetime.fromisoformat(THU))
    reading = read_post(post, PARIS, "scribe", explain=True, order="DMY")
    assert ([m.start for m in reading.meetings], reading.set_aside) == ([datetime(2026, 3, 12, 18, tzinfo=PARIS)], ())


def test_a_time_in_a_zone_scribe_cannot_read_is_set_aside_and_says_why() -> None:
    """Reminded at the forum's hour, "10 AM AST" could be four hours off (Atlantic or Arabia): no reminder, and
    `scribe preview` says why."""
    text = "Community call on Friday 13 March at 10 AM AST: https://zoom.us/j/97"
    post = make_post(1, "alice", text, created_at=datetime.fromisoformat(THU))
    reading = read_post(post, PARIS, "scribe", explain=True, order="DMY")
    assert reading.meetings == ()
    assert [why for _, why in reading.set_aside] == [Aside.ZONE]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the edit restates the time in a zone: the meeting's day at that time, the forum's own zone first
        (
            "Sync on **Friday 13 March at 3pm PT**: https://zoom.us/j/8\n\n**Edit:** I meant 3pm **ET**, wrong coast",
            datetime(2026, 3, 13, 15, tzinfo=ZoneInfo("America/New_York")),
        ),
        (
            "Extra session on Friday 13 March at 7 PM.\n\n"
            "EDIT: sorry, that's 7 PM Singapore time, i.e. 12h heure de Paris.",
            datetime(2026, 3, 13, 12, tzinfo=PARIS),
        ),
        (
            "Visio avec Dakar vendredi 13 mars à 18h.\n\n"
            "EDIT : je précise, c'est 18h heure de Dakar, donc 19h chez nous.",
            datetime(2026, 3, 13, 18, tzinfo=ZoneInfo("Africa/Dakar")),
        ),
        # after the edit's own stamp
        (
            "Town hall on Friday 13 March, 10am PT, 90 minutes\n\n"
            "EDIT (Mar 5, 2pm): sorry, typo, that's 10am ET, not PT.",
            datetime(2026, 3, 13, 10, tzinfo=ZoneInfo("America/New_York")),
        ),
        # an edit restating no zone, or naming a day of its own, leaves the time as it was
        (
            "Visio vendredi 13 mars à 18h.\n\nEDIT : le lien est corrigé, à tout à l'heure, 18h !",
            datetime(2026, 3, 13, 18, tzinfo=PARIS),
        ),
        (
            "Visio vendredi 13 mars à 18h.\n\nEDIT : lundi 16 mars à 9h, le CR sera en ligne.",
            datetime(2026, 3, 13, 18, tzinfo=PARIS),
        ),
    ],
)
def test_an_edit_restating_the_time_in_a_zone_gives_the_meetings_start(text: str, start: datetime) -> None:
    post = make_post(1, "anim", text, created_at=datetime.fromisoformat(THU), moderator=True)
    assert [m.start for m in read_post(post, PARIS, "scribe", order="DMY").meetings if not m.cancelled][:1] == [start]


def test_the_day_the_clocks_change_is_no_meeting_nor_a_move() -> None:
    """A note on daylight saving time beside a talk given in US time: "moved to daylight saving time on 8 March"
    moves nothing, and its day is the clocks'."""
    text = (
        "Alumni talk on interview preparation.\n\n- Date: 12 March (Thursday)\n- Time: **10 AM Pacific time (US)**\n"
        "- Link: https://zoom.us/j/9\n\nNote: US has moved to daylight saving time on 8 March, kindly take care while "
        "converting."
    )
    post = make_post(1, "ta", text, created_at=datetime(2026, 3, 6, 9, 30, tzinfo=UTC), moderator=True)
    reading = read_post(post, KOLKATA, "scribe", explain=True, order="DMY")
    assert [m.start for m in reading.meetings] == [datetime(2026, 3, 12, 10, tzinfo=ZoneInfo("America/Los_Angeles"))]
    assert [why for _, why in reading.set_aside] == [Aside.OTHER_THING]


def test_an_edit_restating_the_time_in_a_zone_nobody_can_read_sets_it_aside() -> None:
    text = "Community call on Friday 13 March at 10 AM.\n\nEdit: sorry, that's 10 AM AST."
    post = make_post(1, "anim", text, created_at=datetime.fromisoformat(THU), moderator=True)
    assert read_post(post, PARIS, "scribe", order="DMY").meetings == ()


def test_command_lines_to_the_bot_are_not_announcements() -> None:
    post = make_post(5, "alice", "@scribe réunion 2026-12-03 18:00 Atelier", created_at=datetime.fromisoformat(THU))
    assert read_post(post, PARIS, "scribe", order="DMY").meetings == ()


def test_zones_stated_in_posts_other_than_the_forums() -> None:
    from bot.i18n import Messages
    from bot.preview import zone_warnings
    from bot.zones import stated_zones

    text = 'Visio à 18h heure de Paris, live at 8:00 pm IST, [date=2026-03-02 time=12:50:00 timezone="Asia/Calcutta"]'
    assert stated_zones(text) == {"Europe/Paris": 1, "Asia/Kolkata": 1, "Asia/Calcutta": 1}
    assert zone_warnings([text], "Asia/Kolkata") == [
        "1 time(s) stated in Europe/Paris, but the configured timezone is Asia/Kolkata: "
        "check the timezone setting (SCRIBE_TIMEZONE)"
    ]
    assert zone_warnings([text], "Asia/Kolkata", Messages("fr")) == [
        "1 heure(s) indiquée(s) en Europe/Paris, alors que le fuseau horaire configuré est Asia/Kolkata : "
        "vérifiez le réglage du fuseau horaire (SCRIBE_TIMEZONE)"
    ]
    assert zone_warnings(["Réunion à 18h"], "Europe/Paris") == []


KOLKATA = ZoneInfo("Asia/Kolkata")
SATURDAY_AFTERNOON = datetime(2025, 2, 15, 11, 9, tzinfo=UTC)


def test_a_members_reply_may_give_the_start_as_a_delay() -> None:
    post = make_post(
        4, "bob", "You can join the next meeting in 2 hours, or next week.", created_at=datetime.fromisoformat(THU)
    )
    assert [m.start for m in read_post(post, PARIS, order="DMY").meetings] == [
        datetime.fromisoformat("2026-03-05T11:00+00:00")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On tomorrow live sessions, kindly explain how to use docker.",
        "I missed the session. I will be free at 6 pm tomorrow.",
        "At what time will the session be happening tomorrow sir can you please give the details?",
        "Will there be a session on Tuesday?",
        "Sir please take a doubt clearing session tomorrow at 8 pm.",
        # a question or a plea without its mark
        "Today's session at 7 PM will it be recorded",
        "Any live session tonight at 9",
        "It would be helpful if a session can be arranged tomorrow at 8 PM.",
        "Anyone joining the study call tomorrow at 8 PM",
        "The link for today's session at 8 PM is not opening. Kindly help.",
        "Sir, the session is tomorrow at 8 PM right",
        "Hi, I am available for a call tomorrow at 7 PM if you want to discuss.",
        "We are free for a quick call on Thursday at 7 PM if you want to go over it.",
    ],
)
def test_a_members_reply_without_an_announced_time_is_no_meeting(text: str) -> None:
    post = make_post(5, "student", text, created_at=SATURDAY_AFTERNOON)
    assert read_post(post, KOLKATA, "scribe", order="DMY").meetings == ()


def test_a_member_inviting_to_a_timed_session_announces_it() -> None:
    post = make_post(7, "ta", "Please join the live session tomorrow at 8 pm.", created_at=SATURDAY_AFTERNOON)
    (meeting,) = read_post(post, KOLKATA, "scribe", order="DMY").meetings
    assert meeting.start == datetime(2025, 2, 16, 20, tzinfo=KOLKATA)


def test_a_members_reply_naming_the_meeting_only_by_a_link_to_its_page_announces_none() -> None:
    """The meeting's page tells of it; the reply points there (and at who will speak), it announces nothing."""
    page = "https://example.org/events/imaging-workshop.html"
    text = f"@bob can help, he will present this in the upcoming [imaging workshop]({page}) on Tuesday 18th Feb 9-11am."
    post = make_post(3, "carol", text, created_at=SATURDAY_AFTERNOON)
    assert read_post(post, KOLKATA, "scribe", order="DMY").meetings == ()
    own = make_post(3, "carol", f"Join our imaging workshop on Tuesday 18th Feb 9-11am ([programme]({page})).")
    own = replace(own, created_at=SATURDAY_AFTERNOON)
    (meeting,) = read_post(own, KOLKATA, "scribe", order="DMY").meetings
    assert meeting.start == datetime(2025, 2, 18, 9, tzinfo=KOLKATA)


def test_a_page_linked_under_words_of_its_own_is_no_meetings_link() -> None:
    """A page linked as "the [imaging workshop](…/workshop.html)" tells of it, it is not where to join it; an
    address written out in the meeting's sentence may be where to join."""
    text = (
        "The [imaging workshop](https://example.org/events/workshop.html) is on Tuesday 18th Feb at 9 AM, "
        "as part of the [project week](https://example.org/week/)."
    )
    (meeting,) = _staff_reading(text).meetings
    assert (meeting.link, meeting.other_links) == (None, True)
    (meeting,) = _staff_reading("Imaging workshop on Tuesday 18th Feb at 9 AM: https://rooms.example.org/w1").meetings
    assert meeting.link == "https://rooms.example.org/w1"


def test_a_date_in_the_title_of_a_topic_linked_to_is_no_meeting() -> None:
    """A footnote citing the notes of a meeting ("[2025.02.18 Weekly Meeting](…/t/…)"): told of in that topic."""
    topic = "https://forum.example.org/t/2025-02-18-weekly-meeting/321"
    text = f"The rules were revised in a weekly meeting, this post follows.\n\n1. [2025.02.18 Weekly Meeting]({topic})"
    post = make_post(1, "dev", text, created_at=SATURDAY_AFTERNOON)
    reading = read_post(post, KOLKATA, "scribe", explain=True, order="DMY")
    assert reading.meetings == ()
    assert [why for _, why in reading.set_aside] == ["the title of a topic linked to"]


@pytest.mark.parametrize(
    ("title", "announced"),
    [("Segmentation tools not working on macOS", False), ("How to load the tools", False), ("Tools workshop", True)],
)
def test_a_day_without_a_time_in_a_topic_opened_for_help_is_no_meeting(title: str, announced: bool) -> None:
    text = "I need these extensions for my workshop starting on Monday: Tools, Markups."
    post = make_post(1, "member", text, created_at=SATURDAY_AFTERNOON, topic_title=title)
    assert len(read_post(post, KOLKATA, "scribe", order="DMY").meetings) == announced


def test_the_topic_author_may_announce_a_day_without_a_time() -> None:
    post = make_post(1, "staff", "Project session on Tuesday, bring your questions.", created_at=SATURDAY_AFTERNOON)
    (meeting,) = read_post(post, KOLKATA, "scribe", order="DMY").meetings
    assert (meeting.start, meeting.all_day) == (datetime(2025, 2, 18, tzinfo=KOLKATA), True)


def test_a_session_under_way_is_still_one_to_join() -> None:
    post = make_post(9, "ta", "One session is live right now, today from 3 pm to 5 pm.", created_at=SATURDAY_AFTERNOON)
    (meeting,) = read_post(post, KOLKATA, "scribe", order="DMY").meetings
    assert (meeting.start, meeting.end) == (
        datetime(2025, 2, 15, 15, tzinfo=KOLKATA),
        datetime(2025, 2, 15, 17, tzinfo=KOLKATA),
    )
    over = make_post(9, "ta", "The session was today from 1 pm to 3 pm.", created_at=SATURDAY_AFTERNOON)
    assert read_post(over, KOLKATA, "scribe", order="DMY").meetings == ()


def test_a_topic_opened_with_a_question_announces_nothing_without_a_time() -> None:
    text = "The live session on Tuesday clashes with my lab. Will it be recorded for us?"
    post = make_post(1, "student", text, created_at=SATURDAY_AFTERNOON)
    assert read_post(post, KOLKATA, "scribe", order="DMY").meetings == ()


def test_a_session_going_on_right_now_takes_the_day_of_the_post() -> None:
    text = "A doubt session is going on right now (from 2 to 5 pm), join from the calendar."
    post = make_post(9, "ta", text, created_at=SATURDAY_AFTERNOON)
    (meeting,) = read_post(post, KOLKATA, "scribe", order="DMY").meetings
    assert (meeting.start, meeting.end) == (
        datetime(2025, 2, 15, 14, tzinfo=KOLKATA),
        datetime(2025, 2, 15, 17, tzinfo=KOLKATA),
    )


def test_a_weekday_with_its_date_in_brackets_is_one_meeting_with_the_stated_zone() -> None:
    text = "I will be on campus next Friday (21 Feb) from 11:15 am to 1 pm IST. Happy to meet with anyone."
    post = make_post(1, "faculty", text, created_at=SATURDAY_AFTERNOON, topic_title="Campus visit")
    (meeting,) = read_post(post, PARIS, "scribe", order="DMY").meetings
    assert (meeting.start, meeting.end) == (
        datetime(2025, 2, 21, 11, 15, tzinfo=KOLKATA),
        datetime(2025, 2, 21, 13, tzinfo=KOLKATA),
    )


def test_the_date_line_of_an_announcement_block_is_named_by_its_heading() -> None:
    text = (
        "Revision Live Session!\n\n- Date & Time: Monday, February 17, 2025 · 7:00 – 8:30 PM (IST)\n\n"
        "- Topic: the second quiz\n\n- Link: https://meet.google.com/abc-defg-hij"
    )
    post = make_post(12, "ta", text, created_at=SATURDAY_AFTERNOON)
    (meeting,) = read_post(post, KOLKATA, "scribe", order="DMY").meetings
    assert (meeting.start, meeting.end) == (
        datetime(2025, 2, 17, 19, tzinfo=KOLKATA),
        datetime(2025, 2, 17, 20, 30, tzinfo=KOLKATA),
    )
    assert meeting.link == "https://meet.google.com/abc-defg-hij"
    alone = make_post(
        12, "student", "- Date & Time: Monday, February 17, 2025 · 7:00 PM", created_at=SATURDAY_AFTERNOON
    )
    assert read_post(alone, KOLKATA, "scribe", order="DMY").meetings == ()


def test_tonight_on_an_update_line_counts_from_the_update_and_the_stamp_is_no_meeting() -> None:
    text = "Mise à jour du 27 novembre : la visio de ce soir est maintenue à 18h."
    post = make_post(4, "anim", text, created_at=datetime(2026, 11, 26, 10, tzinfo=UTC))
    (meeting,) = read_post(post, PARIS, "scribe", order="DMY").meetings
    assert meeting.start == datetime(2026, 11, 27, 18, tzinfo=PARIS)
    stamp = make_post(
        1,
        "anim",
        "Updated on 27 November: agenda of the visio attached.",
        created_at=datetime(2026, 11, 26, 10, tzinfo=UTC),
    )
    assert read_post(stamp, PARIS, "scribe", order="DMY").meetings == ()


@pytest.mark.parametrize(
    ("stamp", "order", "day"),
    [
        ("**Update 27/11:** the visio is tonight at 18h.", "DMY", 27),
        ("**Update 11/27:** the visio is tonight at 18h.", "MDY", 27),
        ("Update 27/11 : la visio a lieu demain à 18h.", "DMY", 28),
        ("Mise à jour du 27/11 : la visio de ce soir est à 18h.", "DMY", 27),
    ],
)
def test_an_update_stamped_with_a_day_and_month_alone_dates_its_block(stamp: str, order: str, day: int) -> None:
    """A stamp's date often has no year ("Update 27/02:"): it still dates "tonight" and "tomorrow" below it."""
    text = f"La date de la visio sera donnée ici.\n\n---\n{stamp}"
    post = make_post(1, "anim", text, created_at=datetime(2026, 11, 24, 10, tzinfo=UTC), moderator=True)
    (meeting,) = read_post(post, PARIS, "scribe", order=order).meetings  # type: ignore[arg-type]
    assert meeting.start == datetime(2026, 11, day, 18, tzinfo=PARIS)


def test_an_update_heading_with_its_stamp_on_the_next_line_dates_the_block_and_is_no_meeting() -> None:
    """An announcement edited day after day, each update a heading ("Update 3") over a line holding only
    when it was written: that line is an edit stamp, and "tonight" below it counts from it."""
    text = (
        "Dear students,\n\nUpdate 3\n\n12/03/2025 6:40 pm\n\nThe practice paper is out. "
        "A doubt-clearing session will be held tonight from 8pm to 9:30pm on the link below.\n\n"
        "Update 2\n\n11/03/2025 10:15 am\n\nThe practice paper will be released tomorrow.\n\n"
        "Update 1\n\n10/03/2025 7:05pm\n\nThanks for attending today."
    )
    post = make_post(1, "ta", text, created_at=datetime(2025, 3, 10, 11, tzinfo=UTC))
    (meeting,) = read_post(post, KOLKATA, "scribe", order="DMY").meetings
    assert (meeting.start, meeting.end) == (
        datetime(2025, 3, 12, 20, tzinfo=KOLKATA),
        datetime(2025, 3, 12, 21, 30, tzinfo=KOLKATA),
    )
    french = "Mise à jour\n\n3 avril 2026, 9h10\n\nLa visio de ce soir commence à 18h."
    post = make_post(1, "anim", french, created_at=datetime(2026, 4, 1, 8, tzinfo=UTC))
    (meeting,) = read_post(post, PARIS, "scribe", order="DMY").meetings
    assert meeting.start == datetime(2026, 4, 3, 18, tzinfo=PARIS)


def test_a_line_of_wide_spaces_above_a_stamp_is_read_quickly() -> None:
    """Whether the line above a date alone is an edit word standing as a heading must be read one way only:
    a long run of wide spaces on that line (a layout pasted from a word processor) took seconds."""
    text = "Update" + "\u2003" * 20_000 + "!\n12/03/2025 6:40 pm\nThe session tonight is at 9 pm."
    post = make_post(1, "ta", text, created_at=datetime(2025, 3, 10, 11, tzinfo=UTC))
    read_post(make_post(1, "ta", "Session on 3 March at 6 pm.", created_at=post.created_at), KOLKATA, order="DMY")
    started = time.process_time()
    read_post(post, KOLKATA, "scribe", order="DMY")
    assert time.process_time() - started < 0.5


_UPDATE = "Dear learners,\n\nUpdate 2\n\n14/05/2025 10:30 am\n\n{}\n\nRegards,\nCourse team"
_MISE_A_JOUR = "Bonjour à tous,\n\nMise à jour\n\n3 avril 2026, 9h10\n\n{}\n\nÀ bientôt"


@pytest.mark.parametrize(
    ("frame", "sentence", "written", "zone", "start"),
    [
        (
            _UPDATE,
            "The second practice mock goes live on the portal in the evening. "
            "We will be holding a doubt-clearing session at 9:30pm on Meet.",
            datetime(2025, 5, 12, 6, tzinfo=UTC),
            KOLKATA,
            datetime(2025, 5, 14, 21, 30, tzinfo=KOLKATA),
        ),
        (
            _UPDATE,
            "A live revision session will be conducted from 19:00 to 20:30 for those stuck on the last unit.",
            datetime(2025, 5, 12, 6, tzinfo=UTC),
            KOLKATA,
            datetime(2025, 5, 14, 19, tzinfo=KOLKATA),
        ),
        (
            _MISE_A_JOUR,
            "La permanence aura lieu à 18h.",
            datetime(2026, 4, 1, 8, tzinfo=UTC),
            PARIS,
            datetime(2026, 4, 3, 18, tzinfo=PARIS),
        ),
    ],
)
def test_a_gathering_at_a_time_with_no_day_in_a_stamped_update_is_on_the_stamps_day(
    frame: str, sentence: str, written: datetime, zone: ZoneInfo, start: datetime
) -> None:
    """An update block stamped with when it was written ("Update 2" over "14/05/2025 10:30 am") that
    announces a session at a time, without a day: the session is that day's, later than the stamp."""
    post = make_post(1, "ta", frame.format(sentence), created_at=written)
    (meeting,) = read_post(post, zone, "scribe", order="DMY").meetings
    assert meeting.start == start


@pytest.mark.parametrize(
    ("frame", "sentence"),
    [
        ("Dear learners,\n\n{}\n\nRegards,\nCourse team", "We will be holding a doubt-clearing session at 9:30pm."),
        ("Update: {}", "We will be holding a doubt-clearing session at 9:30pm."),
        (_UPDATE, "Please submit the feedback form for the session by 11pm."),
        (_UPDATE, "The doubt-clearing session at 9pm was recorded, the video is on the portal."),
        (_UPDATE, "The doubt-clearing session had been planned at 9pm but the mentor fell ill."),
        (_UPDATE, "We will be holding a doubt-clearing session at 9am."),
        (_UPDATE, "We will be holding a doubt-clearing session at 9."),
        (_UPDATE, "Will the doubt-clearing session be at 9pm?"),
        (_UPDATE, "The answer key will be shared here at 9pm."),
        (_UPDATE, "The mock exam session opens at 9pm and closes at 11pm."),
        (_UPDATE, "Next week, the doubt-clearing sessions will be at 9pm."),
        (_UPDATE, "Doubt-clearing sessions are held every evening at 9pm."),
        (_MISE_A_JOUR, "La permanence aura lieu à 8h."),
        (_MISE_A_JOUR, "La permanence a eu lieu à 18h, merci à tous."),
    ],
)
def test_a_time_with_no_day_is_no_meeting_outside_a_stamped_update_or_when_no_session_starts_then(
    frame: str, sentence: str
) -> None:
    """A time with no day is a session's only in an update block stamped with a day, in a sentence naming a
    gathering to come, later than the stamp: not a deadline, a past session, an hour before the stamp, a bare
    hour, a question, nothing gathered, an exam, another week or a series."""
    french = frame is _MISE_A_JOUR
    written = datetime(2026, 4, 1, 8, tzinfo=UTC) if french else datetime(2025, 5, 12, 6, tzinfo=UTC)
    post = make_post(1, "ta", frame.format(sentence), created_at=written)
    assert read_post(post, PARIS if french else KOLKATA, "scribe", order="DMY").meetings == ()


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("The session crashed at 3pm on Monday when I loaded the volume.", "trouble report"),
        ("I could join a meeting on Monday at 2pm if that works for you.", "asked"),
        ("The workshop registration closes on March 5 at 5pm.", "deadline"),
        ("The call on Tuesday at 10am was productive, thanks all.", "past"),
    ],
)
def test_a_members_dates_that_are_no_meeting_say_why(text: str, why: str) -> None:
    new_york = ZoneInfo("America/New_York")
    post = make_post(4, "member", text, created_at=datetime(2025, 2, 28, 15, tzinfo=UTC))
    reading = read_post(post, new_york, "scribe", order="DMY")
    assert reading.meetings == () and [w for _, w in reading.set_aside] == [why]


def test_an_early_registration_date_in_a_list_of_key_dates_is_a_deadline() -> None:
    text = (
        "The workshop will be held online.\n\nKey dates:\nEarly registration: March 17, 2025\nWorkshop: April 4, 2025"
    )
    post = make_post(1, "host", text, created_at=datetime(2025, 2, 10, 15, tzinfo=UTC), moderator=True)
    reading = read_post(post, ZoneInfo("America/New_York"), "scribe", order="DMY")
    assert [m.start.date() for m in reading.meetings] == [date(2025, 4, 4)]
    assert [(d.date(), why) for d, why in reading.set_aside] == [(date(2025, 3, 17), "deadline")]


def test_a_reply_inviting_to_a_call_tomorrow_in_another_zone_announces_it() -> None:
    text = "Please join us tomorrow at 9am ET for the project week kickoff call: https://zoom.us/j/123"
    post = make_post(4, "member", text, created_at=datetime(2025, 2, 28, 15, tzinfo=UTC))
    (meeting,) = read_post(post, PARIS, "scribe", order="DMY").meetings
    assert meeting.start == datetime(2025, 3, 1, 9, tzinfo=ZoneInfo("America/New_York"))
    assert meeting.link == "https://zoom.us/j/123"


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Developer call tomorrow at 10:00 AM ET until 11:00 AM ET.", (3, 1, 11, 0)),
        ("Developer call on Tuesday, March 4 at 10am ET (1 hour).", (3, 4, 11, 0)),
        ("Webinar on March 4 at 3pm ET for 90 minutes.", (3, 4, 16, 30)),
        ("Call on Tuesday, March 4 at 10am ET, 2 hours before the deadline.", None),
    ],
)
def test_ends_given_after_a_repeated_zone_or_as_a_length(text: str, end: tuple[int, ...] | None) -> None:
    new_york = ZoneInfo("America/New_York")
    post = make_post(1, "host", text, created_at=datetime(2025, 2, 28, 15, tzinfo=UTC), moderator=True)
    (meeting,) = read_post(post, KOLKATA, "scribe", order="DMY").meetings
    assert meeting.end == (datetime(2025, *end, tzinfo=new_york) if end else None)


def test_a_french_length_gives_the_end() -> None:
    post = make_post(1, "anim", "Visio jeudi 3 décembre à 18h pendant deux heures.", moderator=True)
    (meeting,) = read_post(post, PARIS, "scribe", order="DMY").meetings
    assert (meeting.start, meeting.end) == (
        datetime(2026, 12, 3, 18, tzinfo=PARIS),
        datetime(2026, 12, 3, 20, tzinfo=PARIS),
    )


def test_a_guide_linked_in_another_sentence_is_not_the_meeting_link() -> None:
    raw = (
        "Follow [this deployment guide](https://blog.example.org/deploy-flask) to add the headers. "
        "Then join the help session on Thursday 12 March at 6 pm.\n"
        "The [other guide](https://docs.example.org/cors) explains the second way."
    )
    post = make_post(4, "helper", raw, created_at=datetime.fromisoformat(THU))
    (meeting,) = read_post(post, PARIS, "scribe", order="DMY").meetings
    assert meeting.link is None
    same = "Join the help session on Thursday 12 March at 6 pm on [our room](https://rooms.example.org/help)."
    post = make_post(4, "helper", same + "\n" + raw.split("\n")[1], created_at=datetime.fromisoformat(THU))
    (meeting,) = read_post(post, PARIS, "scribe", order="DMY").meetings
    assert meeting.link == "https://rooms.example.org/help"


@pytest.mark.parametrize(
    ("sentence", "past"),
    [
        ("i missed the bus, will the meeting be recorded?", False),
        ("i missed the deadline by a day, is the call still on?", False),
        ("i missed the session on monday, is there a recording?", True),
        ("i missed yesterday's live class because of the power cut", True),
        ("the review call clashed with my exam so i missed it", True),
    ],
)
def test_only_a_meeting_missed_is_past(sentence: str, past: bool) -> None:
    assert bool(PAST.search(sentence)) is past


def test_a_missed_train_leaves_the_session_announced_to_come() -> None:
    text = "I missed the train this morning, so please join the live session tomorrow at 8 pm instead."
    (meeting,) = read_post(
        make_post(7, "ta", text, created_at=SATURDAY_AFTERNOON), KOLKATA, "scribe", order="DMY"
    ).meetings
    assert meeting.start == datetime(2025, 2, 16, 20, tzinfo=KOLKATA)


TOMORROW_6PM = datetime(2026, 3, 6, 18, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("For those who missed the last session: please join the next one tomorrow at 6 pm.", TOMORROW_6PM),
        ("For those who missed last week's workshop, we meet again tomorrow at 6 pm on the usual link.", TOMORROW_6PM),
        ("Pour ceux qui ont raté la dernière visio : rendez-vous demain à 18h.", TOMORROW_6PM),
        ("Pour ceux qui n'étaient pas là hier, la prochaine réunion a lieu demain à 18h.", TOMORROW_6PM),
        ("The last session was recorded, the next one is tomorrow at 6 pm.", TOMORROW_6PM),
        ("Rendez-vous manqué hier, on se retrouve demain à 18h.", TOMORROW_6PM),
        ("Rendez-vous manqué hier, on se retrouve vendredi à 18h.", TOMORROW_6PM),
        ("Sorry I missed yesterday's call, see you on Friday at 6 pm for the workshop.", TOMORROW_6PM),
        ("Hier, nous avons tenu la réunion de mardi à 18h.", None),
        ("We met again for the workshop on Tuesday at 6 pm, it was great.", None),
        ("Our weekly call on Tuesday at 6 pm ran late again, it was a long one.", None),
        ("The workshop on Tuesday at 6 pm, the next in our series, was a success.", None),
        ("La séance de mardi à 18h, la suivante du cycle, était complète.", None),
        ("I missed the session on Tuesday at 6 pm, my train was late.", None),
        ("J'ai raté la visio de mardi à 18h, mon train avait du retard.", None),
        ("Nous avons manqué la réunion de mardi à 18h à cause de la grève.", None),
        ("Nous avons loupé la réunion de mardi à 18h à cause de la grève.", None),
        ("On a loupé la visio d'hier, on se retrouve demain à 18h.", TOMORROW_6PM),
    ],
)
def test_the_session_missed_is_past_the_next_one_announced_is_to_come(text: str, start: datetime | None) -> None:
    post = make_post(7, "anim", text, created_at=datetime.fromisoformat(THU), moderator=True)
    reading = read_post(post, PARIS, "scribe", order="DMY")
    assert [m.start for m in reading.meetings] == ([start] if start else [])
    assert [why for _, why in reading.set_aside] == ([] if start else ["past"])


WEDNESDAY = datetime(2026, 3, 4, 9, tzinfo=UTC)
"""Wednesday 4 March 2026, 10:00 in Paris: "Tuesday" to come is the 10th, the one just past the 3rd."""
THURSDAY_6PM = datetime(2026, 3, 5, 18, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("We missed you at the meeting on Tuesday at 6 pm, hope to see you next time", None),
        ("Thanks to all who came to Tuesday's session at 6 pm", None),
        ("The meeting on Monday at 7 pm went well, notes below", None),
        ("Sorry I couldn't make it to the call on Monday at 5 pm", None),
        ("The recording of Tuesday's session at 6 pm is now online", None),
        ("Merci à tous pour la visio de mardi 18h", None),
        ("La réunion de mardi à 18h s'est bien passée, merci à tous", None),
        ("Nous nous sommes réunis mardi à 18h pour préparer l'AG", None),
        ("Nous avons parlé du budget pendant la réunion de mardi à 18h", None),
        ("Bilan de l'atelier de mardi à 18h", None),
        ("Suite à la visio de mardi 18h, voici les décisions prises", None),
        ("Last week we met on Tuesday at 6 pm, next we meet on Thursday at 6 pm", THURSDAY_6PM),
        ("Next session: Thursday 6 pm (last one was Tuesday 6 pm)", THURSDAY_6PM),
        ("Last Tuesday's call at 6 pm ran long, so Thursday's call at 6 pm will start with it", THURSDAY_6PM),
        ("On s'est vus mardi à 18h ; prochain rendez-vous jeudi 18h", THURSDAY_6PM),
        ("On a fait une visio mardi à 18h, la prochaine sera jeudi à 18h", THURSDAY_6PM),
        ("Thanks to all who came! Our next call is on Thursday at 6 pm", THURSDAY_6PM),
        ("We will meet on Thursday at 6 pm to go through the budget", THURSDAY_6PM),
        ("We decided to hold the meeting on Thursday at 6 pm", THURSDAY_6PM),
        ("The slides of the talk will be shown at the meeting on Thursday at 6 pm", THURSDAY_6PM),
        ("Retour sur le projet lors de la réunion de jeudi à 18h", THURSDAY_6PM),
        # a record still to come leaves its session to come
        ("Webinar tomorrow at 6 pm, the replay will be available here afterwards", THURSDAY_6PM),
        ("Réunion jeudi 18h, le compte rendu sera publié ensuite", THURSDAY_6PM),
        ("Le compte rendu de la réunion du 3 mars à 14h sera publié demain", None),
        ("Le compte rendu de la réunion du 3 mars à 14h est en ligne", None),
        ("The replay of Tuesday's webinar at 6 pm is available here", None),
    ],
)
def test_past_words_bound_to_a_date_put_its_event_behind(text: str, start: datetime | None) -> None:
    post = make_post(7, "anim", text, created_at=WEDNESDAY, moderator=True)
    assert [m.start for m in read_post(post, PARIS, "scribe", order="DMY").meetings] == ([start] if start else [])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Visio mardi dernier à 18h", date(2026, 3, 3)),
        ("last Wednesday at 6 pm", date(2026, 2, 25)),
        ("last Thursday at 6 pm", date(2026, 2, 26)),
        ("next Thursday at 6 pm", date(2026, 3, 5)),
    ],
)
def test_last_weekday_points_back_to_the_one_just_past(text: str, day: date) -> None:
    (found,) = find_dates(text, WEDNESDAY, PARIS, "DMY")
    assert found.start.astimezone(PARIS).date() == day


@pytest.mark.parametrize(
    ("text", "day", "run"),
    [
        ("Project Week will be held Dec 14-18 on the internet", date(2026, 12, 14), True),
        ("Project Week will be held June 28-July 2 on the internet", date(2026, 6, 28), True),
        ("Project Week will be held June 27- July 1st, with most activities online", date(2026, 6, 27), True),
        ("La semaine du projet se tiendra du 14 au 18 décembre en ligne", date(2026, 12, 14), True),
        ("The call is on Dec 14 at 10-11am", date(2026, 12, 14), False),
        ("Visio le 14 décembre de 10h à 12h", date(2026, 12, 14), False),
    ],
)
def test_the_first_day_of_a_run_of_days_says_so(text: str, day: date, run: bool) -> None:
    """A week's event is known by its first day, which says it opens a run: no session's call is its own."""
    first = min(find_dates(text, WEDNESDAY, PARIS, "DMY"), key=lambda f: f.span)
    assert first.start.astimezone(PARIS).date() == day
    assert first.days_run is run


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def test_a_weekly_timetables_slots_are_no_meeting_to_remind() -> None:
    timetable = _table(
        ["Course", "Monday", "Tuesday", "Wednesday", "Saturday"],
        [["Stats", "", "6 to 8 PM", "", ""], ["Python", "", "", "", "Live session: Saturday 17:00 to 19:00"]],
    )
    cooked = f"<p>The live session timetable for this term:</p>{timetable}<p>Kind regards</p>"
    post = make_post(2, "ta", "", cooked=cooked, created_at=SATURDAY_AFTERNOON, moderator=True)
    reading = read_post(post, KOLKATA, "scribe", explain=True, order="DMY")
    assert reading.meetings == ()
    assert any("timetable" in why for _, why in reading.set_aside)


def test_a_table_of_dated_sessions_is_read_as_before() -> None:
    sessions = _table(["Session", "When"], [["Live session", "Tuesday 8 December 2026 at 6 pm"]])
    post = make_post(
        2, "ta", "", cooked=f"<p>Live sessions:</p>{sessions}", created_at=SATURDAY_AFTERNOON, moderator=True
    )
    assert [m.start.hour for m in read_post(post, KOLKATA, "scribe", order="DMY").meetings] == [18]


def test_a_short_timetable_cell_silences_no_meeting_announced_under_it() -> None:
    timetable = _table(["Week", "Monday", "Tuesday", "Thursday"], [["2", "", "6 to 8 PM", ""]])
    cooked = (
        f"<p>This term's timetable:</p>{timetable}"
        "<p>Extra live session on Tuesday 8 December 2026 at 6 pm to revise before the quiz.</p>"
    )
    post = make_post(2, "ta", "", cooked=cooked, created_at=SATURDAY_AFTERNOON, moderator=True)
    reading = read_post(post, KOLKATA, "scribe", explain=True, order="DMY")
    assert [m.start.day for m in reading.meetings] == [8]


def test_a_table_of_dated_sessions_after_a_timetable_is_read() -> None:
    timetable = _table(["Course", "Monday", "Wednesday", "Friday"], [["Stats", "6 to 8 PM", "", ""]])
    extra = _table(["Session", "When"], [["Revision session", "Tuesday 8 December 2026 at 6 pm"]])
    cooked = f"<p>Weekly timetable:</p>{timetable}<p>One extra session:</p>{extra}"
    post = make_post(2, "ta", "", cooked=cooked, created_at=SATURDAY_AFTERNOON, moderator=True)
    assert [m.start.day for m in read_post(post, KOLKATA, "scribe", order="DMY").meetings] == [8]


@pytest.mark.parametrize(
    "text",
    [
        "The ROE will be held on Sunday from 1:00 PM to 2:45 PM. Keep your webcam on.",
        "The end term exam will take place on 20 December at 9 AM in your chosen centre.",
        "Quiz 2 takes place on Monday at 9 AM; bring your hall ticket.",
        "The OPPE will be held next Friday at 2 PM, remotely proctored.",
        "The evaluation of the second project will take place on Monday at 10 AM.",
        "Quiz 1 goes live on Sunday at 9 AM.",
    ],
)
def test_an_exam_announced_with_the_words_of_an_event_is_a_window(text: str) -> None:
    post = make_post(1, "ta", text, created_at=SATURDAY_AFTERNOON, moderator=True)
    reading = read_post(post, KOLKATA, "scribe", explain=True, order="DMY")
    assert reading.meetings == ()
    assert [why for _, why in reading.set_aside] == ["window or exam"]


@pytest.mark.parametrize(
    "text",
    [
        "A support call will be held during the ROE on Sunday at 1 PM: https://meet.google.com/abc-defg-hij",
        "The revision session for the end term exam will take place on Monday at 8 PM.",
    ],
)
def test_a_call_or_a_session_about_an_exam_is_still_a_meeting(text: str) -> None:
    post = make_post(1, "ta", text, created_at=SATURDAY_AFTERNOON, moderator=True)
    assert len(read_post(post, KOLKATA, "scribe", order="DMY").meetings) == 1


@pytest.mark.parametrize(
    ("text", "days", "why"),
    [
        (
            "Office hours are on Thursday at 7 PM.\n"
            "On Friday at 11:30 PM the assignment window closes: https://example.org/weekly-review-session",
            [20],
            "window or exam",
        ),
        (
            "Portal downtime on Sunday from 1 PM to 3 PM, see https://example.org/status/live-session-notes for news.",
            [],
            "no meeting named in the post",
        ),
        (
            "The notes will be uploaded on Friday at 5 PM to https://example.org/weekly-review-session",
            [],
            "no meeting named in the post",
        ),
    ],
)
def test_a_session_named_only_in_an_address_is_no_meeting(text: str, days: list[int], why: str) -> None:
    """An address's words ("…/weekly-review-session") are a page's name, not a session the post announces."""
    post = make_post(1, "ta", text, created_at=SATURDAY_AFTERNOON, moderator=True)
    reading = read_post(post, KOLKATA, "scribe", explain=True, order="DMY")
    assert [m.start.day for m in reading.meetings] == days
    assert [reason for _, reason in reading.set_aside] == [why]


def test_submissions_that_close_at_a_time_are_a_deadline_even_for_a_hackathon() -> None:
    post = make_post(
        1, "ta", "The hackathon submissions close on Friday at 5 PM.", created_at=SATURDAY_AFTERNOON, moderator=True
    )
    reading = read_post(post, KOLKATA, "scribe", explain=True, order="DMY")
    assert reading.meetings == ()
    assert [why for _, why in reading.set_aside] == ["deadline"]


@pytest.mark.parametrize(
    "text",
    [
        "The doubt session will be on 26th Feb, Wednesday at 6.30 PM.",
        "The doubt session will be on 26th Feb (Wednesday) at 6.30 PM.",
        "Doubt session on Feb 26th Wednesday 6:30 PM.",
        "Doubt session on 26/02/2025, Wednesday at 6:30 PM.",
        "Doubt session on 2025-02-26 (Wed) at 6:30 PM.",
    ],
)
def test_a_weekday_after_its_date_is_part_of_it(text: str) -> None:
    """Written after the date, the weekday names that date: one meeting at its time, not a day at midnight
    and a time on the next such weekday."""
    post = make_post(1, "ta", text, created_at=SATURDAY_AFTERNOON, moderator=True)
    starts = [m.start for m in read_post(post, KOLKATA, "scribe", order="DMY").meetings]
    assert starts == [datetime(2025, 2, 26, 18, 30, tzinfo=KOLKATA)]


def test_a_weekday_after_a_full_stop_opens_the_next_sentence() -> None:
    text = "The quiz is due on 19 Feb. Thursday session at 8 PM as usual."
    post = make_post(1, "ta", text, created_at=SATURDAY_AFTERNOON, moderator=True)
    starts = [m.start for m in read_post(post, KOLKATA, "scribe", order="DMY").meetings]
    assert starts == [datetime(2025, 2, 20, 20, 0, tzinfo=KOLKATA)]


def _staff_reading(text: str, post_number: int = 1) -> Reading:
    """What a staff post written on Saturday afternoon in Kolkata says about meetings."""
    post = make_post(post_number, "ta", text, created_at=SATURDAY_AFTERNOON, moderator=True)
    return read_post(post, KOLKATA, "scribe", order="DMY")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Doubt session on 20th Feb, 11:30 - 1:00 PM.", (11, 30), (13, 0)),
        ("Revision session on Thursday from 10 to 12 PM.", (10, 0), (12, 0)),
        ("Live session on 20th Feb, 7 - 8:30 PM.", (19, 0), (20, 30)),
    ],
)
def test_a_range_ending_after_noon_keeps_a_morning_start(text: str, start: tuple, end: tuple) -> None:
    """The end's PM is the start's too only when the start stays before the end: "11:30 - 1:00 PM"
    starts before noon."""
    (meeting,) = _staff_reading(text).meetings
    assert (meeting.start, meeting.end) == (
        datetime(2025, 2, 20, *start, tzinfo=KOLKATA),
        datetime(2025, 2, 20, *end, tzinfo=KOLKATA),
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Dear students, there will be no live session this Sunday due to the holiday.", 16),
        ("There will be no TA session today at 7 PM.", 15),
        ("Note: No doubt clearing session on Monday (17th Feb).", 17),
        ("There won't be any live sessions on 17th Feb as the faculty is travelling.", 17),
        ("Il n'y aura pas de visio jeudi 20 février à 18h.", 20),
    ],
)
def test_no_session_on_a_day_calls_it_off(text: str, day: int) -> None:
    """ "There will be no session on Sunday" names a meeting that will not take place: not one to remind,
    and the day of one announced before is called off."""
    reading = _staff_reading(text, 3)
    assert [m.cancelled for m in reading.meetings] == [True]
    assert [d.day for d in reading.cancelled_days] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "There is no session recording for week 4 yet. Live session on Monday at 7 PM.",
        "No session link is needed, the live session on Monday at 7 PM is on YouTube.",
    ],
)
def test_no_recording_or_link_of_a_session_calls_nothing_off(text: str) -> None:
    reading = _staff_reading(text, 3)
    assert [(m.start, m.cancelled) for m in reading.meetings] == [(datetime(2025, 2, 17, 19, tzinfo=KOLKATA), False)]
    assert not reading.cancelled_days


@pytest.mark.parametrize(
    ("text", "days", "end"),
    [
        ("Office hours: 18th & 19th Feb, 7-8 PM IST", [18, 19], True),
        ("Live sessions on 18th, 19th and 20th Feb at 7 PM", [18, 19, 20], False),
        ("Live session on 18th Feb and 20th Feb at 7 PM", [18, 20], False),
        ("Doubt sessions this week: Tuesday and Thursday at 7 PM", [18, 20], False),
        ("Réunion les 18 et 19 février à 19h", [18, 19], False),
        ("Réunion mardi 18 et jeudi 20 février à 19h", [18, 20], False),
        ("Contributor calls: **Tuesday Feb 18** and **Thursday Feb 20**, both **7 PM**, ~1h.", [18, 20], False),
        ("Visios mardi 18 et jeudi 20 février, toutes les deux à 19h.", [18, 20], False),
    ],
)
def test_days_listed_before_one_time_share_it(text: str, days: list[int], end: bool) -> None:
    """Days listed before one time ("9th & 10th Nov, 7-8 PM", "Tuesday and Thursday at 7 PM") are as many
    meetings at that time, not a day at midnight and a single meeting on the last day."""
    meetings = _staff_reading(text).meetings
    assert [(m.start.day, m.start.hour, m.end is not None) for m in meetings] == [(d, 19, end) for d in days]


@pytest.mark.parametrize("hours", ["1500-1630 hrs", "15:00-16:30"])
def test_the_time_ending_the_line_above_is_not_the_next_lines(hours: str) -> None:
    text = f"BDM sessions next weekend:\n\nTue 18/02/2025 — {hours}\nWed 19/02/2025 — {hours}"
    meetings = _staff_reading(text).meetings
    assert [(m.start.day, m.start.hour, m.end and m.end.hour) for m in meetings] == [(18, 15, 16), (19, 15, 16)]


def test_days_listed_with_their_own_times_keep_them() -> None:
    text = "Live session on 18th Feb at 6 PM and 20th Feb at 8 PM"
    assert [(m.start.day, m.start.hour) for m in _staff_reading(text).meetings] == [(18, 18), (20, 20)]


@pytest.mark.parametrize(
    ("text", "start", "replaced"),
    [
        ("Instead of Wednesday, the session will happen on Thursday 20th Feb at 7 PM.", (20, 19, 0), 19),
        ("Live session on Thursday at 7 PM instead of Wednesday.", (20, 19, 0), 19),
        ("The doubt session is moved to 20th Feb at 7 PM, in place of the 19th Feb.", (20, 19, 0), 19),
        ("Visio jeudi à 19h au lieu de mercredi.", (20, 19, 0), 19),
        ("The Thursday session will start at 7:30 PM instead of 7 PM.", (20, 19, 30), 20),
        ("The session will start at 7:30 PM instead of 7 PM on Thursday.", (20, 19, 30), 20),
        ("La visio est avancée à 19h au lieu de 20h le 20 février.", (20, 19, 0), 20),
    ],
)
def test_the_day_or_time_a_meeting_replaces_is_not_one(text: str, start: tuple, replaced: int | None) -> None:
    """ "Instead of Wednesday", "au lieu de mercredi": the day the meeting no longer takes place, called
    off; "at 7:30 PM instead of 7 PM": the new time is the start, the day's meeting at the old one is off."""
    reading = _staff_reading(text, 3)
    assert [m.start for m in reading.meetings] == [datetime(2025, 2, *start, tzinfo=KOLKATA)]
    assert [d.day for d in reading.cancelled_days] == ([replaced] if replaced else [])


@pytest.mark.parametrize(
    "text",
    [
        "The recording of today's session will be uploaded tomorrow.",
        "The session recording will be available on the portal from 18th Feb 10 AM.",
        "Recordings of the week 5 live sessions will be uploaded on Tuesday at 6 PM.",
        "Les enregistrements des visios seront mis en ligne lundi à 10h.",
    ],
)
def test_a_recording_released_on_a_day_is_no_meeting(text: str) -> None:
    """When a session's recording goes online is a release, not the session."""
    assert _staff_reading(text).meetings == ()


def test_a_session_announced_before_its_recording_is_released_is_a_meeting() -> None:
    reading = _staff_reading("Live session on Monday at 7 PM; the recording will be uploaded on Tuesday.")
    assert [m.start for m in reading.meetings] == [datetime(2025, 2, 17, 19, tzinfo=KOLKATA)]


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I am not able to join the live session at 7 PM today, the link is not working.",
        "Sir, the session at 8 PM today is clashing with my office timings.",
        "My friend told me the live session is at 8 PM today.",
        "I think the doubt session is tomorrow at 7 PM.",
        "Impossible de rejoindre la visio de ce soir 20h, le lien ne marche pas.",
    ],
)
def test_a_member_remarking_on_a_session_announces_none(text: str) -> None:
    """A member who cannot join, finds a clash, or passes on what they heard names a session someone
    else announced (or not): no meeting of theirs to remind."""
    post = make_post(4, "learner", text, created_at=SATURDAY_AFTERNOON)
    assert read_post(post, KOLKATA, "scribe", order="DMY").meetings == ()


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Revision session on Sunday (16th Feb) between 10 AM and 12 noon.", (16, 10, 0), (16, 12, 0)),
        ("Live session at 1900 hrs IST on 18th Feb.", (18, 19, 0), None),
        ("Live session on 18th Feb, 1830-2000 hrs.", (18, 18, 30), (18, 20, 0)),
        ("Live session on 18th Feb from 10 PM to 12 midnight.", (18, 22, 0), (19, 0, 0)),
        ("Visio mardi 18 février à 20h30 (durée 1h).", (18, 20, 30), (18, 21, 30)),
    ],
)
def test_times_as_staff_write_them(text: str, start: tuple, end: tuple | None) -> None:
    """ "12 noon", "1900 hrs", "1830-2000 hrs", "(durée 1h)": the start and end they write."""
    (meeting,) = _staff_reading(text).meetings
    assert meeting.start == datetime(2025, 2, *start, tzinfo=KOLKATA)
    assert meeting.end == (datetime(2025, 2, *end, tzinfo=KOLKATA) if end else None)


@pytest.mark.parametrize(
    "text",
    [
        "Join the live session on Tuesday at 7 PM. Last date to register is 17th Feb.",
        "Live session on Tuesday at 7 PM (last day for questions: Monday 17th Feb).",
        "Live session on Tuesday at 7 PM. The cut-off date for sending your doubts is 17th Feb.",
    ],
)
def test_a_last_date_is_a_deadline(text: str) -> None:
    """ "Last date", "last day", "cut-off date": Indian English for a deadline, no meeting."""
    assert [m.start for m in _staff_reading(text).meetings] == [datetime(2025, 2, 18, 19, tzinfo=KOLKATA)]


@pytest.mark.parametrize(
    "text",
    [
        "Between today and 28th Feb, instead of the regular office hour, we will hold the hangout to prepare the "
        "project week.",
        "Entre aujourd'hui et le 28 février, la visio de préparation remplace la permanence habituelle.",
    ],
)
def test_the_last_day_of_a_stretch_from_today_is_no_meeting(text: str) -> None:
    """ "Between today and December 19th, instead of your regular office hour…": the stretch's end, not a session."""
    assert _staff_reading(text).meetings == ()


def test_todays_session_moved_to_another_day_is_called_off() -> None:
    reading = _staff_reading("Today's session is postponed to tomorrow 7 PM due to technical issues.", 3)
    assert [m.start for m in reading.meetings] == [datetime(2025, 2, 16, 19, tzinfo=KOLKATA)]
    assert reading.cancelled_days == (date(2025, 2, 15),)


@pytest.mark.parametrize(
    "text",
    [
        "Poll for the doubt session: 7 PM on 18th Feb or 8 PM on 19th Feb",
        "The doubt session will be on 18th Feb at 7 PM or 19th Feb at 8 PM, we will confirm by tomorrow.",
        "Visio mardi 18 février à 19h ou mercredi 19 février à 20h, à confirmer.",
    ],
)
def test_dates_offered_as_alternatives_are_not_meetings_yet(text: str) -> None:
    """ "On 18th Feb or 19th Feb": one of them, not yet settled; neither is reminded."""
    assert _staff_reading(text).meetings == ()


def test_an_exam_in_its_own_clause_is_no_meeting_of_the_sentence() -> None:
    reading = _staff_reading("The quiz is on 20th Feb, so the live session on 19th Feb at 7 PM will cover revision.")
    assert [m.start for m in reading.meetings] == [datetime(2025, 2, 19, 19, tzinfo=KOLKATA)]


@pytest.mark.parametrize(
    "text",
    [
        "The video lectures of week 6 will go live on 18th Feb at 10 AM.",
        "The assignment goes live on Tuesday at 10 AM.",
    ],
)
def test_content_that_goes_live_is_a_release(text: str) -> None:
    assert _staff_reading(text).meetings == ()


@pytest.mark.parametrize(
    "text",
    [
        "Session timing changed from 7 PM to 8 PM on 18th Feb.",
        "Live session on 18th Feb shifted from 7 PM to 8 PM.",
        "Today's doubt session is preponed to 8 PM.",
    ],
)
def test_a_time_changed_from_one_to_another_starts_at_the_new_one(text: str) -> None:
    """ "Changed from 7 PM to 8 PM": the meeting starts at 8, it does not last from 7 to 8."""
    (meeting,) = [m for m in _staff_reading(text, 3).meetings if not m.cancelled]
    assert (meeting.start.hour, meeting.end) == (20, None)


@pytest.mark.parametrize(
    "text",
    [
        "Is there a session today at 8 PM",
        "Will there be a TA session tomorrow at 7 PM",
        "Sir, is the doubt session on Tuesday at 7 PM",
        "Hi, are we having the live session on 18th Feb at 7 PM",
        "The link for today's 8 PM session is not yet shared in the portal.",
    ],
)
def test_a_question_without_its_mark_or_a_missing_link_announces_nothing(text: str) -> None:
    """Students often drop the question mark: a sentence opening on "is there", "will there be" asks."""
    post = make_post(4, "learner", text, created_at=SATURDAY_AFTERNOON)
    assert read_post(post, KOLKATA, "scribe", order="DMY").meetings == ()


def test_a_staff_question_without_its_mark_announces_nothing() -> None:
    assert _staff_reading("Will the live session on Tuesday at 7 PM suit everyone", 3).meetings == ()


def test_an_update_paragraph_counts_its_days_from_its_stamp() -> None:
    text = "Hello all,\n\nUpdate 20 Feb: the session tomorrow will start at 7 PM.\n\nOld schedule: sessions on Mondays."
    (meeting,) = _staff_reading(text, 3).meetings
    assert meeting.start == datetime(2025, 2, 21, 19, tzinfo=KOLKATA)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tomorrow's session is moved to 8 PM.", 16),
        ("The doubt session on 18th Feb is rescheduled to 8 PM.", 18),
        ("Today's session is postponed to 8 PM.", 15),
        ("La visio de mardi est décalée à 20h.", 18),
    ],
)
def test_a_session_moved_to_a_new_time_that_day_is_a_meeting_at_it(text: str, day: int) -> None:
    """ "Tomorrow's session is moved to 8 PM": a meeting at 8 PM that day, the one announced before on that day
    called off."""
    reading = _staff_reading(text, 3)
    assert [(m.start, m.cancelled) for m in reading.meetings] == [(datetime(2025, 2, day, 20, tzinfo=KOLKATA), False)]
    assert reading.cancelled_days == (date(2025, 2, day),)


@pytest.mark.parametrize(
    ("cooked", "raw"),
    [
        ("<p>Live session on <s>Tuesday</s> Wednesday, 19th Feb at 8 PM.</p>", None),
        ("<p>Live session on 19th Feb at <del>7 PM</del> 8 PM.</p>", None),
        ("<p>Live session on <strike>18th Feb at 7 PM</strike> 19th Feb at 8 PM.</p>", None),
        ("", "Live session on ~~18th Feb~~ 19th Feb at ~~7 PM~~ 8 PM."),
    ],
)
def test_a_struck_out_day_or_time_is_the_old_one(cooked: str, raw: str | None) -> None:
    """Staff edit a schedule by striking the old day or time out: only what is left stands."""
    post = make_post(1, "ta", raw or "", cooked=cooked, created_at=SATURDAY_AFTERNOON, moderator=True)
    reading = read_post(post, KOLKATA, "scribe", order="DMY")
    assert [m.start for m in reading.meetings] == [datetime(2025, 2, 19, 20, tzinfo=KOLKATA)]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Live session on 18th Feb at 7 PM.\n\n**Update:** The session is now on 19th Feb at 8 PM.", [(19, 20)]),
        ("EDIT: rescheduled to Thursday 20th Feb, 8 PM.\n\nLive session on 18th Feb at 7 PM.", [(20, 20)]),
        (
            "Live sessions on 18th Feb at 7 PM and 21st Feb at 7 PM.\n\n"
            "Update: the 18th Feb session is postponed to 19th Feb at 7 PM.",
            [(19, 19), (21, 19)],
        ),
        (
            "Live sessions on 18th Feb at 7 PM and 21st Feb at 7 PM.\n\nUpdate: one more session on 20th Feb at 8 PM.",
            [(18, 19), (20, 20), (21, 19)],
        ),
        (
            "TA sessions:\n* Tuesday 18/02 – 7 PM\n* Friday 21/02 – 7 PM\n\n"
            "**Update 18/02:** tonight's session will start at 8 PM instead of 7 PM.",
            [(18, 20), (21, 19)],
        ),
        ("Demo call on Tuesday 18/02 at 11 AM.\n\n**Update 17/02:** tomorrow's call moves to **1 PM**.", [(18, 13)]),
        ("Visio mardi 18/02 à 19h.\n\nEdit du 17/02 : la visio de demain passe à 20h (même durée).", [(18, 20)]),
        (
            "Live session: **Tuesday 18/02/2025, 7 PM – 8 PM**.\n\n"
            "**Update 17/02:** Tomorrow's session will be from 8 PM to 9 PM due to a clash.",
            [(18, 20)],
        ),
    ],
)
def test_an_update_paragraph_replaces_the_meeting_it_moves(text: str, starts: list[tuple[int, int]]) -> None:
    """An edit that adds "Update: the session is now on…" leaves the old line in the post: the update stands,
    the meeting it moves does not (a meeting it adds is one more)."""
    meetings = [m for m in _staff_reading(text).meetings if not m.cancelled]
    assert [(m.start.day, m.start.hour) for m in meetings] == starts


@pytest.mark.parametrize(
    "text",
    [
        "Live session on 18th Feb at 7 PM.\n\nUpdate: The session is cancelled.",
        "Live session on 18th Feb at 7 PM.\n\nEDIT: This session stands cancelled due to unavoidable reasons.",
        "**Update:** Cancelled.\n\nLive session on 18th Feb at 7 PM.",
        "Visio le 18 février à 19h.\n\nMise à jour : la visio est annulée.",
    ],
)
def test_an_update_paragraph_calling_the_session_off_leaves_no_meeting(text: str) -> None:
    assert [m for m in _staff_reading(text).meetings if not m.cancelled] == []


@pytest.mark.parametrize(
    "text",
    [
        "Live session on 18th Feb at 7 PM.\n\nUpdated the link: https://meet.google.com/abc-defg-hij",
        "Live session on 18th Feb at 7 PM.\n\nLast updated on 16th Feb.",
    ],
)
def test_an_update_paragraph_that_moves_nothing_leaves_the_meeting(text: str) -> None:
    assert [m.start for m in _staff_reading(text).meetings] == [datetime(2025, 2, 18, 19, tzinfo=KOLKATA)]


@pytest.mark.parametrize(
    "text",
    [
        "The live session will be extended by 30 minutes today, till 9:30 PM.",
        "The doubt session on Tuesday will go on until 10 PM.",
        "La permanence de mardi est prolongée jusqu'à 20h.",
    ],
)
def test_a_time_something_lasts_until_is_no_start(text: str) -> None:
    """ "Till 9:30 PM" is when a session ends: no meeting starts then."""
    assert _staff_reading(text).meetings == ()


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("The doubt session is at 7 PM today and the quiz opens at 9 PM today.", [(15, 19)]),
        ("GA 5 deadline is 20th Feb; the doubt session on it is 19th Feb at 7 PM.", [(19, 19)]),
        ("Live session on 18th Feb at 7 PM and the assignment is due on 19th Feb at 11:59 PM.", [(18, 19)]),
    ],
)
def test_a_deadline_or_window_beside_a_session_is_read_apart(text: str, starts: list[tuple[int, int]]) -> None:
    """A session and a quiz or a deadline in one sentence: each date goes with the words written before it."""
    assert [(m.start.day, m.start.hour) for m in _staff_reading(text).meetings] == starts


@pytest.mark.parametrize(
    "text",
    [
        "Guest lecture by an industry expert on 19th Feb at 6 PM. Register here: https://forms.gle/abc",
        "Alumni meet on 19th Feb, 6 PM onwards.",
        "Seminar on careers in data science on 19th Feb at 6 PM.",
        "Live session on 19th Feb at 6 in the evening.",
        "A revision session for Quiz 2 will be held on 19th Feb at 6 PM.",
        "Live session on 19th Feb at 6 PM to discuss the ROE.",
        "The training session on Docker is on 19th Feb at 6 PM.",
        "Join the live on 19th Feb at 6 PM.",
    ],
)
def test_other_gatherings_staff_announce(text: str) -> None:
    assert [m.start for m in _staff_reading(text).meetings] == [datetime(2025, 2, 19, 18, tzinfo=KOLKATA)]


@pytest.mark.parametrize(
    "text",
    [
        "Please attend the live session on Tuesday at 7 PM without fail.",
        "Join the session on Tuesday at 7 PM. If you missed last week's session, watch the recording.",
        "The session held on Friday was cut short; we will continue on Tuesday at 7 PM.",
    ],
)
def test_announcements_beside_words_of_trouble_or_of_a_past_session(text: str) -> None:
    """ "Without fail" is no failure; a recording or a past session in another sentence or clause is not
    the one announced."""
    assert [m.start for m in _staff_reading(text).meetings] == [datetime(2025, 2, 18, 19, tzinfo=KOLKATA)]


def test_a_weekday_written_on_that_weekday_is_that_day() -> None:
    """ "Session on Sunday at 10 AM" written at 2 a.m. on Sunday is the day starting, not the next Sunday."""
    sunday_night = datetime(2025, 2, 15, 20, 30, tzinfo=UTC)  # 02:00 on Sunday 16th in Kolkata
    post = make_post(1, "ta", "Doubt session on Sunday at 10 AM.", created_at=sunday_night, moderator=True)
    assert [m.start for m in read_post(post, KOLKATA, "scribe", order="DMY").meetings] == [
        datetime(2025, 2, 16, 10, tzinfo=KOLKATA)
    ]


def test_a_session_to_come_in_a_clause_after_one_held_is_a_meeting() -> None:
    reading = _staff_reading("The session held yesterday was cut short; we will continue today at 8 PM.")
    assert [m.start for m in reading.meetings] == [datetime(2025, 2, 15, 20, tzinfo=KOLKATA)]


@pytest.mark.parametrize(
    "text",
    [
        "Live session on 18th Feb at 7 PM. Deadline for GA 6 is 20th Feb.",
        "Live session on 18th Feb at 7 PM! Due date for the project: 20th Feb.",
    ],
)
def test_a_deadline_in_the_next_sentence_is_not_the_sessions(text: str) -> None:
    assert [m.start for m in _staff_reading(text).meetings] == [datetime(2025, 2, 18, 19, tzinfo=KOLKATA)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("La permanence du 18 février est annulée, la prochaine aura lieu le 25 février à 10h.", 18),
        ("Pas de permanence ce samedi, reprise le samedi 22 février à 10h.", 15),
        ("Tomorrow's session is cancelled, the next session will be on Monday at 7 PM.", 16),
    ],
)
def test_the_next_meeting_named_after_a_cancellation_stands(text: str, day: int) -> None:
    """ "Cancelled, the next one is on the 25th": the one called off is before; the next one is a meeting."""
    reading = _staff_reading(text, 3)
    assert [m.start.day for m in reading.meetings if not m.cancelled] != []
    assert [d.day for d in reading.cancelled_days] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Je ne pourrai pas être à la visio de jeudi 18h, désolé.",
        "I won't be able to attend the session on Tuesday at 7 PM.",
    ],
)
def test_a_member_who_cannot_come_announces_nothing(text: str) -> None:
    post = make_post(4, "learner", text, created_at=SATURDAY_AFTERNOON)
    assert read_post(post, KOLKATA, "scribe", order="DMY").meetings == ()


@pytest.mark.parametrize(
    "text",
    [
        "Week 6 (17th Feb - 23rd Feb): live session on 19th Feb at 7 PM.",
        "For week 6 (17-23 Feb), the live session is on Wednesday at 7 PM.",
        "Semaine du 17 février : visio mercredi 19 février à 19h.",
    ],
)
def test_the_days_naming_a_week_are_no_meeting(text: str) -> None:
    """ "Week 6 (17-23 Feb)": the days say which week, the session is the dated one."""
    assert [m.start for m in _staff_reading(text).meetings] == [datetime(2025, 2, 19, 19, tzinfo=KOLKATA)]


@pytest.mark.parametrize(
    "text",
    ["Live session tmrw at 7 PM.", "Live session tommorow at 7 PM.", "Live session tomorow at 7 PM."],
)
def test_tomorrow_as_it_is_often_typed(text: str) -> None:
    assert [m.start for m in _staff_reading(text).meetings] == [datetime(2025, 2, 16, 19, tzinfo=KOLKATA)]


def test_a_long_list_of_numbers_is_read_in_linear_time() -> None:
    """A post listing many numbers and no month ("scores: 9, 9, 9, …") has no listed day to find; the days'
    separators must not be matched two ways each, which would double the reading time per number, and no
    number may look past the next few for its month, which would make a long post's time grow as its square."""
    written = datetime.fromisoformat(THU)
    for joiner in ("9, ", "9 and ", "9 & "):
        text = "Session scores so far: " + joiner * (20_000 // len(joiner)) + "and that is all."
        started = time.process_time()
        assert find_dates(text, written, PARIS, "DMY") == []
        assert time.process_time() - started < 1


def test_a_long_sentence_of_time_words_and_weekdays_is_read_quickly() -> None:
    """Every weekday of a long sentence asks whether the sentence says its time is to come ("timings will be
    shared later"); that question must not scan the rest of the sentence again for each time word in it,
    which made a post of a few thousand characters take seconds."""
    written = datetime.fromisoformat(THU)
    find_dates("Visio le 3 mars", written, PARIS, "DMY")  # dateparser's first import is not the reading's time
    took = []
    for tail in ("", " ", "  "):  # the best of three readings (each text its own, past any cache): a pause of the
        # machine running the whole suite is not the reading's time
        text = "Session times, " + "the time of the session on Tuesday, " * 170 + "and that is all." + tail
        started = time.process_time()
        assert len(find_dates(text, written, PARIS, "DMY")) == 170
        took.append(time.process_time() - started)
    assert min(took) < 0.5


@pytest.mark.parametrize(
    "text", ["Session on Friday at 6 pm" + " " * 20_000 + "!", "Session on 3 March" + "\u2003" * 20_000 + "!"]
)
def test_a_date_before_a_long_run_of_spaces_is_read_quickly(text: str) -> None:
    """A zone may follow a time, a weekday a date ("13th Nov, Wednesday"); the spaces before either must be
    read one way only, or a long run of them (where an address was set aside, or a layout pasted from a word
    processor) takes seconds."""
    written = datetime.fromisoformat(THU)
    find_dates("Visio le 3 mars", written, PARIS, "DMY")  # dateparser's first import is not the reading's time
    started = time.process_time()
    assert len(find_dates(text, written, PARIS, "DMY")) == 1
    assert time.process_time() - started < 0.5


def test_the_days_of_a_long_list_find_the_time_they_share_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Workshops on 6 March, 7 March, … at 6 pm": each day of the list is at the time after its last one,
    found by walking the list once for them all, not once from each day (seconds for eight hundred days)."""
    from handlers.meetings import dates

    looked: list[int] = []
    near = dates._time_near

    def counted(low: str, start: int, end: int, part: str | None = None) -> Any:
        looked.append(start)
        return near(low, start, end, part)

    monkeypatch.setattr(dates, "_time_near", counted)
    n = 200
    days = ", ".join(f"{date(2026, 3, 6) + timedelta(days=i):%d %B}" for i in range(n))
    found = find_dates(f"Workshops on {days} at 6 pm.", datetime.fromisoformat(THU), PARIS, "DMY")
    assert len(found) == n and {f.start.hour for f in found} == {18}
    assert len(looked) <= 2 * n


@pytest.mark.parametrize(("after", "why", "n"), [("", None, 200), (" was fun", "past", 100)])
def test_the_dates_of_a_long_line_read_their_sentence_once(
    after: str, why: str | None, n: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Why a date is no meeting reads its whole sentence: a line of hundreds of dates must read it once for
    them all, not once for each (minutes for a few thousand). The scaling itself is measured by
    `scribe bench`; here, how many times the sentence is read."""
    from handlers.meetings import aside

    readings: list[tuple[int, int, int]] = []

    class Counted(aside._Sentence):
        def __init__(self, text: str, low: str, bounds: tuple[int, int, int], line: tuple[int, int]) -> None:
            readings.append(bounds)
            super().__init__(text, low, bounds, line)

    monkeypatch.setattr(aside, "_Sentence", Counted)
    aside._sentence.cache_clear()
    written = datetime.fromisoformat(THU)
    days = ", ".join(f"{date(2026, 3, 6) + timedelta(days=i):%A %d %B %Y} at 6 pm{after}" for i in range(n))
    text = f"The book club sessions are online at these times: {days}."
    post = make_post(1, "ta", text, created_at=written, moderator=True)
    found, low = find_dates(text, written, PARIS, "DMY"), fold_same_length(text)
    verdicts = [set_aside(f, post, text, low, True, post.staff) for f in found]
    assert (len(found), set(verdicts)) == (n, {why})
    assert len(readings) == 1


class _Read:
    """A pattern whose searches are counted: how many, and over how many characters."""

    def __init__(self, pattern: Any) -> None:
        self.pattern, self.searches, self.chars = pattern, 0, 0

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self.searches += 1
        self.chars += (len(text) if endpos is None else endpos) - pos
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        """Tried at one place only: read as far as the pattern goes, not counted in `chars`."""
        self.searches += 1
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)


def _counted(monkeypatch: pytest.MonkeyPatch, module: Any, *names: str) -> dict[str, _Read]:
    """The patterns of `module` so named, their searches counted while the test runs."""
    read = {name: _Read(getattr(module, name)) for name in names}
    for name, counted in read.items():
        monkeypatch.setattr(module, name, counted)
    return read


def test_the_dates_of_a_long_sentence_read_their_clause_once_and_their_alternative_near(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whether a date's clause puts its event to come or speaks of a recording going online is the same for
    all the dates of the clause, read once; whether a date is offered after "or" is read just before it, not
    from the sentence's start (seconds for a thousand dates in one sentence)."""
    from handlers.meetings import aside

    read = _counted(monkeypatch, aside, "FUTURE", "RECORD", "ALTERNATIVE_BEFORE")
    n = 300
    text = "Live session " + " ".join(["5th nov at 7 pm IST"] * n)
    written = datetime(2024, 11, 1, 10, tzinfo=UTC)
    post = make_post(1, "ta", text, created_at=written, moderator=True)
    found, low = find_dates(text, written, KOLKATA, "DMY"), fold_same_length(text)
    assert len(found) == n
    assert [set_aside(f, post, text, low, True, post.staff) for f in found] == [None] * n
    assert read["FUTURE"].searches <= 3 and read["RECORD"].searches <= 1
    assert read["ALTERNATIVE_BEFORE"].chars <= 10 * n


@pytest.mark.parametrize("writer", ["membre", "ta"])
def test_the_sentences_of_a_long_line_read_their_line_once(writer: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A line of hundreds of short sentences, each with its date: whether the line is an edit stamp, or names
    a series, is the same for all its dates and read once, not once for each sentence (ten seconds for a
    member's line of twenty thousand characters)."""
    from handlers.meetings import aside, dates

    stamped: list[int] = []
    under = aside.stamped_under_heading

    def counted(low: str, start: int, end: int) -> bool:
        stamped.append(start)
        return under(low, start, end)

    monkeypatch.setattr(aside, "stamped_under_heading", counted)
    series = _Read(dates.SERIES_WORDS)
    monkeypatch.setattr(dates, "SERIES_WORDS", series)
    aside._line.cache_clear()
    dates._series_line.cache_clear()
    n = 300
    text = "Le club de lecture se retrouve en visio. " + "Rendez-vous mardi à 18h. " * n
    written = datetime.fromisoformat(THU)
    post = make_post(1, writer, text, created_at=written, moderator=writer == "ta")
    found, low = find_dates(text, written, PARIS, "DMY"), fold_same_length(text)
    assert len(found) == n
    assert [set_aside(f, post, text, low, True, post.staff) for f in found] == [None] * n
    assert (len(stamped), series.searches) == (1, 1)


def test_the_dates_of_a_long_sentence_without_commas_read_their_own_words_on_from_the_one_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A date's own words run from the sentence's last "and" or comma before it: in a long sentence with none,
    each date reads on from where the one before stopped, not from the sentence's start again (three seconds
    for a post of thirty thousand characters)."""
    from handlers.meetings import aside

    read = _counted(monkeypatch, aside, "WINDOW_ACT", "EXAM")
    n = 300
    days = " puis ".join(f"le {date(2026, 3, 6) + timedelta(days=i):%d/%m} à 18h" for i in range(n))
    text = f"Visio du club de lecture {days}."
    written = datetime.fromisoformat(THU)
    post = make_post(1, "ta", text, created_at=written, moderator=True)
    found, low = find_dates(text, written, PARIS, "DMY"), fold_same_length(text)
    assert len(found) == n
    assert [set_aside(f, post, text, low, True, post.staff) for f in found] == [None] * n
    assert read["WINDOW_ACT"].chars <= 20 * len(text) and read["EXAM"].chars <= 20 * len(text)


def test_the_meetings_of_a_long_sentence_ask_once_whether_it_gives_a_new_hour(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether a meeting's sentence gives it a new hour, or names its date as the one planned before, must not
    read the whole sentence again for each meeting in it (seconds for a thousand)."""
    from handlers.meetings import called_off

    read = _counted(monkeypatch, called_off, "NEW_HOUR", "FORMERLY")
    n = 300
    days = ", ".join(f"on {date(2026, 3, 6) + timedelta(days=i):%d %B} at 6 pm" for i in range(n))
    text = f"Book club sessions, originally planned for Mondays, now {days}."
    post = make_post(1, "ta", text, created_at=datetime.fromisoformat(THU), moderator=True)
    assert len(read_post(post, PARIS, "scribe", order="DMY").meetings) == n
    assert read["NEW_HOUR"].searches <= 2
    assert read["FORMERLY"].chars <= 20 * n


def test_the_former_words_tried_where_they_end_give_the_answer_of_a_search_from_the_sentence() -> None:
    """`FORMERLY` tried only on its last word before the date: the same answer as the search from anywhere."""
    from handlers.meetings.called_off import FORMERLY, _formerly_before

    texts = [
        "the session originally planned for the 5th, earlier 6th, now moved to formerly: 7th",
        "previously scheduled on  -  the 9th but initially set at 10th or originally for formerly 11th",
        "earlier earlier  earlier for the previously",
    ]
    for low in texts:
        for start in range(len(low) + 1):
            for pos in range(start, len(low) + 1):
                assert _formerly_before(low, start, pos) == (FORMERLY.search(low, start, pos) is not None)


def test_sentence_bounds_found_once_per_post_are_those_read_from_each_date() -> None:
    """The sentence ends of a post, found once, bound each date's sentence as reading back and on from the
    date to the nearest ones did."""
    from handlers.meetings.sentences import SENTENCE_ENDS, sentence_bounds

    def read_from(text: str, pos: int) -> tuple[int, int]:
        start = max(text.rfind(mark, 0, pos) for mark in SENTENCE_ENDS)
        ends = [e for e in (text.find(mark, pos) for mark in SENTENCE_ENDS) if e >= 0]
        return (start + 1 if start >= 0 else 0), (min(ends) if ends else len(text))

    for text in ["Visio mardi. Et jeudi ! Ou vendredi ?\nSamedi.", ". .  !! ?? \n\n. ", "", "Aucune fin"]:
        for pos in range(len(text) + 1):
            assert sentence_bounds(text, pos) == read_from(text, pos), (text, pos)


def test_own_words_read_on_give_the_answer_of_a_search_from_their_start() -> None:
    """Read on from where the last date stopped, or asked again for a date before it: the same answer as the
    search from the own words' start to the date, wherever a match ends (cut by the date, or by what follows
    it: "due" read alone is a window's, "due to" is not)."""
    from handlers.meetings.aside import REGISTERING, WINDOW_ACT, _OwnWords
    from handlers.meetings.cues import EXAM, GATHERING

    filler = " ".join(["mardi 14h puis"] * 20)
    texts = [
        f"{filler} the quiz opens {filler} due to the rain {filler}",
        f"{filler} results{filler} resultsabc {filler} registrations open {filler}",
        f"on se retrouve {filler} je rencontre {filler} nous avons rencontre {filler} rencontre {filler}",
        f"{filler} due to {filler} due {filler} mock tests {filler} end term",
    ]
    for pattern in (WINDOW_ACT, EXAM, GATHERING, REGISTERING):
        for low in map(fold_same_length, texts):
            for start in (0, 1, len(low) // 3):
                reader = _OwnWords(pattern, low, start)
                for end in [*range(start, len(low) + 1), len(low) // 2, start]:
                    assert reader.found(end) == (pattern.search(low[start:end]) is not None), (low, start, end)


@pytest.mark.parametrize(
    ("before", "offered"),
    [
        ("on 18th or", True),
        ("on 18th or  on", True),
        ("le 18 ou\n le", True),
        ("on 18th or a\t", True),
        ("on 18th or\n", True),
        ("or on", True),
        ("door", False),
        ("on 18th or at the", False),
        ("x", False),
    ],
)
def test_an_alternative_read_back_from_the_date_is_the_one_the_whole_sentence_gives(before: str, offered: bool) -> None:
    """Read back from the date only as far as "or" and a short word can reach, whatever the spaces: the same
    answer as the search from the sentence's start, wherever that start is."""
    from handlers.meetings.aside import ALTERNATIVE_BEFORE, _alternative_before

    for pad in (" ", "  \n", "\u2003" * 50):
        low = "Live session " + before + pad
        assert (ALTERNATIVE_BEFORE.search(low) is not None) == offered
        for start in range(len(low) + 1):
            found = ALTERNATIVE_BEFORE.search(low, start, len(low)) is not None
            assert _alternative_before(low, start, len(low)) == found, (low, start)


def test_the_meetings_of_a_long_line_read_their_title_from_the_sentence_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each meeting's title is its sentence: a line of hundreds of meetings cleans that sentence once for them
    all, not once for each (seconds for a thousand), and every meeting still gets it."""
    from handlers.meetings import titles

    readings: list[str] = []

    def counted(sentence: str) -> str:
        readings.append(sentence)
        return cleaned(sentence)

    cleaned = titles._cleaned
    monkeypatch.setattr(titles, "_cleaned", counted)
    titles._sentence_title.cache_clear()
    written = datetime.fromisoformat(THU)
    days = ", ".join(f"{date(2026, 3, 6) + timedelta(days=i):%A %d %B %Y} at 6 pm" for i in range(150))
    text = f"Dear members,\n\nThe   book club sessions are online at these times: {days}.\n\nSee you there."
    post = make_post(1, "ta", text, created_at=written, moderator=True)
    meetings = read_post(post, PARIS, "scribe", order="DMY").meetings
    title = "The book club sessions are online at these times: Friday 06 March 2026 at 6 pm, Saturday…"
    assert (len(meetings), {m.title for m in meetings}) == (150, {title})
    assert len(readings) == 1


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Dear all, the doubt clearing session is tonight at 9, link to follow.", (15, 21, 0)),
        ("We will have the revision session today evening at 7 on Meet.", (15, 19, 0)),
        ("The TA session is tomorrow night at 8.30, kindly join on time.", (16, 20, 30)),
        ("Mentoring session on Sunday evening at 6 for those who need help.", (16, 18, 0)),
        ("Doubt session tomorrow morning at 10, please be on time.", (16, 10, 0)),
        ("Visio ce soir à 9, le lien suit.", (15, 21, 0)),
        ("The doubt clearing session is at 9 tonight.", (15, 21, 0)),
        ("Mentoring session at 10 tomorrow morning.", (16, 10, 0)),
    ],
)
def test_a_bare_hour_after_a_part_of_day_is_a_time(text: str, start: tuple[int, int, int]) -> None:
    """ "tonight at 9", "tomorrow morning at 10": the part of day makes the bare hour a time, in the
    evening or the morning; "tomorrow at 9" alone stays a day (9 in the morning or at night?)."""
    day, hour, minute = start
    assert [m.start for m in _staff_reading(text).meetings] == [datetime(2025, 2, day, hour, minute, tzinfo=KOLKATA)]


@pytest.mark.parametrize(
    "text",
    [
        "Live session tomorrow at 9, link to follow.",
        "The doubt session tonight covers the 9 problems of week 3.",
        "Session tonight at 9 or 10, whichever suits most of you.",
    ],
)
def test_a_bare_hour_without_a_part_of_day_right_before_it_is_no_time(text: str) -> None:
    assert all(m.all_day for m in _staff_reading(text).meetings)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Doubt clearing session Fri 7PM on Google Meet.", (21, 19, 0), None),
        ("Office hours Sun 10AM, bring your questions.", (16, 10, 0), None),
        ("Live session on Wed, 6:30pm IST.", (19, 18, 30), None),
        ("Next live session: Tue 8PM - 9PM IST", (18, 20, 0), (18, 21, 0)),
        ("Revision session on Weds at 7 PM.", (19, 19, 0), None),
        ("Revision session next Thur @ 19:30.", (20, 19, 30), None),
    ],
)
def test_an_abbreviated_weekday_before_a_time_is_that_day(
    text: str, start: tuple[int, int, int], end: tuple[int, int, int] | None
) -> None:
    (meeting,) = _staff_reading(text).meetings
    want_end = datetime(2025, 2, end[0], end[1], end[2], tzinfo=KOLKATA) if end else None
    assert (meeting.start, meeting.end) == (datetime(2025, 2, start[0], start[1], start[2], tzinfo=KOLKATA), want_end)


@pytest.mark.parametrize(
    "text",
    [
        "I sat 2 quizzes before the session, both went fine.",
        "We sat at 7 PM with the TA to test the live session setup.",
        "The live session recording shows the sun 10 times brighter.",
        "Visio : mon 2e point concerne le lien.",
    ],
)
def test_a_word_spelled_like_a_short_weekday_dates_nothing(text: str) -> None:
    assert _staff_reading(text).meetings == ()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Live session on 20.02.25 at 7 PM.", date(2025, 2, 20)),
        ("Live session on 20-2-25 at 7 PM.", date(2025, 2, 20)),
        ("Live session on 05/03/2025 at 7 PM.", date(2025, 3, 5)),
        ("Live session on 05.03.25 at 7 PM.", date(2025, 3, 5)),
        ("Live session on 05-03-2025 at 7 PM.", date(2025, 3, 5)),
        ("Doubt session on Tue 04/03 at 7 PM.", date(2025, 3, 4)),
        ("Revision session on 11/03/2025 (Tuesday) at 7 PM.", date(2025, 3, 11)),
        # the weekday settles a date written month first; so does a month past twelve
        ("Revision session on 03/11/2025 (Tuesday) at 7 PM.", date(2025, 3, 11)),
        ("Revision session on 02/20/2025 at 7 PM.", date(2025, 2, 20)),
    ],
)
def test_a_numeric_date_is_read_day_first_unless_its_weekday_or_a_month_past_twelve_says_otherwise(
    text: str, day: date
) -> None:
    assert [m.start for m in _staff_reading(text).meetings] == [datetime.combine(day, dt_time(19), KOLKATA)]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Doubt session for GA 3/4 · 7 PM", []),
        ("Live session for week 3/4 · 8 PM", []),
        ("Doubt session for release v2.1/3 · 8 PM", []),
        ("Doubt session, 27/2 · 7 PM", [27]),
        ("Mark 12/03 at 7 PM in your calendar for the revision session.", [12]),
    ],
)
def test_a_number_after_what_it_numbers_is_no_day(text: str, days: list[int]) -> None:
    """ "GA 3/4", "week 3/4", "v2.1/3" beside an hour number an assignment, a week or a version, not the 3rd of
    April or the 1st of March; a day written alone before the hour, or after a verb, still is one."""
    assert [m.start.day for m in _staff_reading(text).meetings] == days


@pytest.mark.parametrize(
    ("text", "day"),
    [("Réunion le 05.04.26 à 18h.", date(2026, 4, 5)), ("Assemblée générale le 03/08 à 18h.", date(2026, 8, 3))],
)
def test_a_french_numeric_date_is_day_first(text: str, day: date) -> None:
    """Day first, with a short year, or far off when month first would be near: French has no other order."""
    post = make_post(1, "alice", text, created_at=datetime.fromisoformat(THU))
    assert [m.start for m in read_post(post, PARIS, order="DMY").meetings] == [
        datetime.combine(day, dt_time(18), PARIS)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Revision session on 03/12/2025 (Friday) at 7 PM.",  # a Wednesday read either way
        "Live session on 05.03.31 at 7 PM.",  # a year too far to be one
        "Live session at 7 PM, install Python 3.12.10 before it.",
        "Live session on 20.02.25.1 at 7 PM.",
    ],
)
def test_a_numeric_date_nothing_settles_stays_silent(text: str) -> None:
    assert _staff_reading(text).meetings == ()


@pytest.mark.parametrize(
    "text",
    [
        "Office hours are Mon-Fri, 5 PM to 6 PM.",
        "Doubt sessions run every Tuesday at 8 PM on the usual link.",
        "Live sessions are held every Tuesday and Thursday at 7 PM IST.",
        "TA sessions: Monday to Friday, 7-8 PM.",
        "Permanence tous les jeudis à 18h et chaque mardi à 19h.",
        "Here is the weekly timetable of TA sessions:\nTA session: Saturday 17:00 to 19:00\n"
        "TA session: Tuesday 20:00 to 22:00",
        "Weekly session schedule:\n- Monday: 8 PM - 10 PM (TA session)\n- Wednesday: 8 PM - 10 PM (doubt clearing)",
        "Doubt clearing sessions are usually on Sunday from 5 PM to 7 PM.",
        "Instructor session every alternate Friday at 8 PM.",
        "La visio mensuelle a lieu le premier jeudi du mois à 18h.",
        "Our community call happens on the last Friday of every month at 6 PM.",
        "Permanence juridique en visio le 1er et le 3e mardi du mois, de 14h à 16h.",
        "Permanence en visio les 2e et 4e jeudis du mois à 18h.",
        "Atelier couture le premier et le troisième samedi du mois à 10h.",
        "Une permanence a lieu un mardi sur deux à 14h.",
        "Community call on the 1st and 3rd Tuesday of each month at 6 PM.",
    ],
)
def test_a_weekly_series_is_no_dated_meeting(text: str) -> None:
    """ "every Tuesday at 8 PM", "Mon-Fri, 5 PM", weekdays under "Weekly schedule:" or with "usually": a
    series, not one meeting to remind."""
    assert _staff_reading(text).meetings == ()


@pytest.mark.parametrize("joined", ["le 1er et le 3e et ", "1st and 3rd, ", "2e ou "])
def test_a_long_list_of_ordinals_is_read_quickly(joined: str) -> None:
    """The days of the month a series comes back on ("le 1er et le 3e mardi du mois") are a list read once from
    its first day: not again from each of its days, which made a post of a long list of them take seconds."""
    text = "Visio : " + joined * (20_000 // len(joined)) + "rien.\nVisio le 1er et le 3e mardi du mois à 18h."
    _staff_reading("Visio le premier jeudi du mois à 18h.")
    started = time.process_time()
    assert _staff_reading(text).meetings == ()
    assert time.process_time() - started < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "The next doubt session is this Tuesday at 8 PM, and then every Thursday at 8 PM.",
        "TA sessions are usually on Sunday at 5 PM, but this Tuesday there is an extra session at 8 PM.",
    ],
)
def test_this_weekday_next_to_a_series_is_still_dated(text: str) -> None:
    assert [m.start for m in _staff_reading(text).meetings] == [datetime(2025, 2, 18, 20, tzinfo=KOLKATA)]


def test_a_tables_day_column_belongs_to_its_rows_date() -> None:
    text = (
        "Upcoming live sessions:\n\n| Date | Day | Time | Topic |\n|---|---|---|---|\n"
        "| 10-02-2025 | Monday | 7 PM | Pandas |\n| 18-02-2025 | Tuesday | 7 PM | Numpy |\n"
        "| 25-02-2025 | Tuesday | 7 PM | Plots |"
    )
    starts = [m.start for m in _staff_reading(text).meetings]
    assert starts == [datetime(2025, 2, 18, 19, tzinfo=KOLKATA), datetime(2025, 2, 25, 19, tzinfo=KOLKATA)]


def test_a_time_in_hours_before_its_date_is_its_start() -> None:
    text = "Live session at 20:00 hrs IST on 18th Feb."
    assert [m.start for m in _staff_reading(text).meetings] == [datetime(2025, 2, 18, 20, tzinfo=KOLKATA)]


@pytest.mark.parametrize(
    "text",
    [
        "The live session has been rescheduled from 18th Feb to 19th Feb, same time (7 PM).",
        "The doubt session is shifted from Tuesday to Wednesday at 7 PM.",
        "La visio est déplacée du mardi 18 février au mercredi 19 février à 19h.",
    ],
)
def test_the_day_a_session_is_moved_from_is_called_off(text: str) -> None:
    reading = _staff_reading(text)
    assert [(m.start, m.cancelled) for m in reading.meetings if not m.cancelled] == [
        (datetime(2025, 2, 19, 19, tzinfo=reading.meetings[-1].start.tzinfo), False)
    ]
    assert [d.day for d in reading.cancelled_days] == [18]


@pytest.mark.parametrize(
    "text",
    [
        "Live session on 18th Feb at 7 PM.\n\nEDIT: Moved to 19th Feb, same time.",
        "UPDATE 16 Feb: the session is shifted to 8 PM.\n\nLive session on 18th Feb at 7 PM.",
    ],
)
def test_an_update_moving_the_one_session_leaves_no_stale_start(text: str) -> None:
    """An update that moves the post's one session where the rules cannot follow ("same time", a time
    alone) leaves it in doubt: no reminder at the old start."""
    assert not any(m.start == datetime(2025, 2, 18, 19, tzinfo=KOLKATA) for m in _staff_reading(text).meetings)


def test_a_day_named_in_another_sentence_than_the_session_is_no_meeting() -> None:
    text = "Orientation session: 20 Feb, 10 AM. Term starts: 24 Feb."
    assert [m.start for m in _staff_reading(text).meetings] == [datetime(2025, 2, 20, 10, tzinfo=KOLKATA)]


@pytest.mark.parametrize(
    "update",
    [
        "Update 17th Feb: The session will now start at 8:00 PM instead of 7:00 PM.",
        "EDIT: the session now begins at 8 PM.",
        "Update: it will be held at 8 PM instead of 7 PM.",
    ],
)
def test_an_update_retiming_the_one_session_leaves_no_reminder_at_the_old_time(update: str) -> None:
    text = f"Live session for the project on 18th Feb from 7:00 PM to 9:00 PM.\n\n{update}"
    assert not any(m.start.hour == 19 for m in _staff_reading(text).meetings)


@pytest.mark.parametrize(
    "update",
    [
        "Update: please use this link instead of the old one.",
        "EDIT: the meeting link changed, it is now at https://meet.google.com/abc-defg-hij",
    ],
)
def test_an_update_giving_a_new_link_keeps_the_session(update: str) -> None:
    text = f"Live session on 18th Feb at 7 PM.\n\n{update}"
    assert [m.start for m in _staff_reading(text).meetings] == [datetime(2025, 2, 18, 19, tzinfo=KOLKATA)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Live session on 20th Feb between 8 and 10 PM.", (20, 0), (22, 0)),
        ("Doubt session on Thursday (20/02) at 8 PM.", (20, 0), None),
        ("Live session on 20th Feb at 10:30 AM EDT / 8 PM IST.", (20, 0), None),
        ("Live session on 20th Feb, 10:30 AM EDT (8:00 PM IST).", (20, 0), None),
        ("Live session: 8 PM IST (9:30 AM EST), Thursday, 20th February.", (20, 0), None),
        ("Live session will be held from 8 PM onwards on 20th Feb.", (20, 0), None),
    ],
)
def test_starts_written_around_the_date(text: str, start: tuple[int, int], end: tuple[int, int] | None) -> None:
    """ "between 8 and 10 PM" starts at 8 PM; a time after a bracket closing the date is its time; the
    forum's own zone written next to another's gives the start (the other's summer time may be wrong)."""
    (meeting,) = _staff_reading(text).meetings
    want_end = datetime(2025, 2, 20, *end, tzinfo=KOLKATA) if end else None
    assert (meeting.start, meeting.end) == (datetime(2025, 2, 20, *start, tzinfo=KOLKATA), want_end)


@pytest.mark.parametrize("forum", ["Asia/Kolkata", "Asia/Calcutta"])
def test_the_forums_zone_restated_is_read_whatever_name_the_forum_gives_its_zone(forum: str) -> None:
    """A forum configured with the old name of its zone (Asia/Calcutta) still reads "8 PM IST" as its own
    zone: the restated start wins over a summer time written in winter."""
    text = "Live session on 20th Feb at 10:30 AM EDT / 8 PM IST."
    post = make_post(1, "ta", text, created_at=SATURDAY_AFTERNOON, moderator=True)
    (meeting,) = read_post(post, ZoneInfo(forum), "scribe", order="DMY").meetings
    assert meeting.start == datetime(2025, 2, 20, 20, 0, tzinfo=KOLKATA)


def test_a_zone_is_the_forums_own_when_it_keeps_the_same_time_then() -> None:
    """Zones are compared by the offset they give at the moment concerned, not by their name."""
    from bot.zones import same_zone

    winter, summer = datetime(2026, 1, 10, 12, tzinfo=UTC), datetime(2026, 7, 10, 12, tzinfo=UTC)
    assert same_zone("Asia/Calcutta", "Asia/Kolkata", winter) and same_zone("Asia/Calcutta", "Asia/Kolkata")
    assert same_zone("UTC", "Europe/London", winter) and not same_zone("UTC", "Europe/London", summer)
    assert not same_zone("UTC", "Europe/London") and same_zone("Europe/Paris", "Europe/Berlin")


@pytest.mark.parametrize(
    ("text", "written", "start"),
    [
        # written in summer time for a meeting after the change: "UTC+2" is no longer Paris time then
        ("Visio jeudi 30 octobre à 18h UTC+2 / 18h heure de Paris", "2025-10-20T10:00", "2025-10-30T18:00+01:00"),
        ("Visio jeudi 30 octobre à 18h UTC+2 / 18h heure de Paris", "2025-10-28T10:00", "2025-10-30T18:00+01:00"),
        # a meeting before the change, written on the same day: "UTC+2" is Paris time then
        ("Visio jeudi 23 octobre à 18h UTC+2 / 19h heure de Paris", "2025-10-20T10:00", "2025-10-23T18:00+02:00"),
        # written in winter time for a meeting after the spring change
        ("Webinar on Thursday 2 April at 6 PM UTC+1 / 6 PM CET", "2026-03-20T10:00", "2026-04-02T18:00+02:00"),
        ("Webinar on Thursday 2 April at 6 PM UTC+1 / 6 PM CET", "2026-03-31T10:00", "2026-04-02T18:00+02:00"),
        ("Webinar on Thursday 26 March at 6 PM UTC+1 / 7 PM CET", "2026-03-20T10:00", "2026-03-26T18:00+01:00"),
    ],
)
def test_a_stated_zone_is_the_forums_own_when_it_is_at_the_meetings_time(text: str, written: str, start: str) -> None:
    """A zone that keeps the forum's time when the post is written but not when the meeting is held (a
    daylight-saving change in between) is another zone: the start restated in the forum's zone is read,
    whichever side of the change the post is written on."""
    post = make_post(1, "alice", text, created_at=datetime.fromisoformat(written).replace(tzinfo=UTC), moderator=True)
    (meeting,) = read_post(post, PARIS, "scribe", order="DMY").meetings
    assert meeting.start == datetime.fromisoformat(start)


@pytest.mark.parametrize(
    "text",
    [
        "Marks will be live on the dashboard from 20th Feb 6 PM.",
        "GA 6 is now live, the portal goes live again on 20th Feb at 6 PM after the fix.",
        "The API calls will be rate-limited from 20th Feb 6 PM onwards.",
        "The LLM function calls will fail between 20th Feb 6 PM and 8 PM during the upgrade.",
        "The training data will be refreshed on 20th Feb at 6 PM.",
        "The end term exam session for TDS is on 20th Feb from 9 AM to 12 PM.",
        "The ROE session will be conducted on 20th Feb at 1 PM.",
        "The OPPE slot for you is 20th Feb, 2 PM session.",
        "The grades for the session quiz will be out on 20th Feb at 6 PM.",
        "Session registrations open on 20th Feb at 10 AM.",
        "Registrations for the workshop open on 20th Feb at 10 AM.",
        "We will call the API at 7 PM on 20th Feb to refresh the live leaderboard.",
        "Zoom into the chart to see the class data from 20th Feb at 7 PM.",
        "The live demo video will be uploaded on 20th Feb at 7 PM.",
        "My Colab session disconnected on 20th Feb at 7 PM and I lost my work.",
    ],
)
def test_words_that_only_look_like_a_meeting_name_none(text: str) -> None:
    """ "live" on a dashboard, API calls, training data, an exam's session or slot, registrations that
    open, a chart zoomed into, a video uploaded, a Colab session: no meeting to join at that time."""
    assert _staff_reading(text).meetings == ()


@pytest.mark.parametrize(
    "text",
    [
        "Hello sir, I have my end term exam on 20th Feb at 2 PM and the live session is at the same time. "
        "Kindly reschedule the session.",
        "Requesting a doubt session on Docker this Sunday at 11 AM, many of us are stuck.",
        "The live session on 20th Feb at 7 PM clashes with the MLP live session. Please look into it.",
        "Unable to join today's live session at 7 PM",
        "Live session link not working for today 7 PM session",
        "Clarification regarding the live session on 20th Feb at 7 PM",
        "Query about tomorrow's session at 8 PM",
    ],
)
def test_a_members_opening_post_about_a_session_announces_none(text: str) -> None:
    """A topic a member opens to plead, report a clash or a failure about a session announces none, as a
    member's reply would not; an exam's time is the exam's even beside a session in the next clause."""
    post = make_post(1, "bob", text, created_at=SATURDAY_AFTERNOON)
    assert read_post(post, KOLKATA, "scribe", order="DMY").meetings == ()


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("Hi all, I'm organising a study session for GA 6 tomorrow at 9 PM on Google Meet.", 21),
        # a TA without the staff flag
        ("TA session tomorrow at 8 PM, kindly be on time.", 20),
        ("Hope to see you all in the doubt session tomorrow at 8 PM.", 20),
    ],
)
def test_a_member_opening_a_topic_to_invite_to_a_timed_session_announces_it(text: str, hour: int) -> None:
    post = make_post(1, "bob", text, created_at=SATURDAY_AFTERNOON)
    assert [m.start for m in read_post(post, KOLKATA, "scribe", order="DMY").meetings] == [
        datetime(2025, 2, 16, hour, tzinfo=KOLKATA)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Webinar on 2/20 at 7 PM.",  # not read: the day-first reading has no 20th month
        "Webinar on 3/1 at 7 PM.",  # the 3rd of January is ten months off, March 1st is near
        "Webinar on 03/01/2025 at 7 PM.",
    ],
)
def test_a_numeric_date_far_off_day_first_and_near_month_first_is_in_doubt(text: str) -> None:
    assert _staff_reading(text).meetings == ()


@pytest.mark.parametrize(
    ("text", "start", "zone"),
    [
        ("Visio mardi 18 à 20h.", (18, 20, 0), PARIS),
        ("Session on Tuesday 18 at 8 PM.", (18, 20, 0), KOLKATA),
        ("Session on 18-Feb-2025 at 8 PM", (18, 20, 0), KOLKATA),
        ("Visio jeudi 20 de 18h à 19h30.", (20, 18, 0), PARIS),
    ],
)
def test_a_weekday_and_its_day_of_the_month(text: str, start: tuple[int, int, int], zone: ZoneInfo) -> None:
    """ "mardi 18 à 20h" is Tuesday the 18th at 8 PM, not Tuesday from 12 to 8 PM; "18-Feb-2025" a date."""
    post = make_post(1, "ta", text, created_at=SATURDAY_AFTERNOON, moderator=True)
    day, hour, minute = start
    assert [m.start for m in read_post(post, zone, "scribe", order="DMY").meetings] == [
        datetime(2025, 2, day, hour, minute, tzinfo=zone)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Live session on Tuesday from 7 to 9.",
        "Live session on Tuesday 7-9, link to follow.",
        "Live session on 18th Feb at 7:30.",
        "Live session at 8.30 on Tuesday.",
        "Live session on Tuesday, 7:00-9:00.",
        "Live session on Tuesday from 2 to 4 EST.",
        "Live session on Tuesday 2-4 EST.",
        "Office hours on Tuesday 2-4 EST: a call.",
    ],
)
def test_an_english_hour_without_am_or_pm_that_could_be_either_gives_the_day_only(text: str) -> None:
    """ "7 to 9", "at 7:30" in English: morning or evening? The day is announced, the start is in doubt. So is "2 to 4
    EST" on a forum in another zone, where the afternoon rule cannot place the hour in its zone."""
    assert [(m.start, m.all_day) for m in _staff_reading(text).meetings] == [
        (datetime(2025, 2, 18, tzinfo=KOLKATA), True)
    ]


def test_a_versions_numbers_are_no_afternoon_hour() -> None:
    """ "5.12.2" is a release's number: its "5.12" is no meeting at 17:12."""
    reading = _staff_reading("Live session on Tuesday: the release of version 5.12.2.")
    assert all(m.all_day or m.start.hour != 17 for m in reading.meetings)


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("Live session on Tuesday, 19:00-21:00.", 19),
        ("Live session on Tuesday at 09:30.", 9),
        ("Live session on Tuesday at 10:30.", 10),
        ("Live session on Tuesday evening from 7 to 9.", 19),
        ("Visio mardi 18 à 7:30.", 7),
        ("Workshop on Tuesday, 2-4.", 14),
        ("Live session on Tuesday at 3:30.", 15),
        ("Live session on Tuesday at 02:30.", 2),
    ],
)
def test_an_hour_that_tells_its_half_of_the_day_keeps_it(text: str, hour: int) -> None:
    """An early hour with no am/pm ("2-4 EST") is the afternoon's: nobody meets in the small hours."""
    assert [m.start.hour for m in _staff_reading(text).meetings] == [hour]


@pytest.mark.parametrize(
    "text",
    [
        "Live session demo, see WhatsApp Image 2025-02-20 at 19.30.12 for the error.",
        "Live session on 20.02.2025 19.30.12 started late.",
        "2025/02/24 19:30:12.345 :: Traceback (most recent call last):",
    ],
)
def test_a_dotted_time_to_the_second_is_a_timestamp(text: str) -> None:
    assert _staff_reading(text).meetings == ()


def test_due_to_a_cause_is_no_due_date() -> None:
    text = "Due to technical issues, today's 7 PM session is rescheduled to 20th Feb (Thursday), 7 PM."
    reading = _staff_reading(text)
    assert [m.start for m in reading.meetings if not m.cancelled] == [datetime(2025, 2, 20, 19, tzinfo=KOLKATA)]


@pytest.mark.parametrize(
    "text",
    ["Both sessions tomorrow (10 AM and 7 PM) will be held as scheduled.", "Sessions tomorrow at 10 AM and 7 PM."],
)
def test_two_times_joined_by_and_are_two_starts_not_a_range(text: str) -> None:
    assert all(m.end is None for m in _staff_reading(text).meetings)


def test_between_two_times_is_a_range() -> None:
    (meeting,) = _staff_reading("Office hours tomorrow between 10 AM and 12 PM.").meetings
    assert (meeting.start.hour, meeting.end.hour if meeting.end else None) == (10, 12)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Visio ce mardi à 20h, et pas mercredi comme indiqué précédemment.", PARIS),
        ("The session is this Tuesday at 8 PM, and not Wednesday as announced earlier.", KOLKATA),
    ],
)
def test_a_day_said_not_to_be_the_one_is_called_off(text: str, zone: ZoneInfo) -> None:
    post = make_post(1, "ta", text, created_at=SATURDAY_AFTERNOON, moderator=True)
    reading = read_post(post, zone, "scribe", order="DMY")
    assert [m.start for m in reading.meetings] == [datetime(2025, 2, 18, 20, tzinfo=zone)]
    assert [d.day for d in reading.cancelled_days] == [19]


def test_a_posts_timings_line_is_not_the_time_of_a_session_whose_time_is_to_come() -> None:
    text = (
        "TA session on 18th Feb. Timings: 8 PM to 10 PM IST. "
        "Instructor session on 20th Feb, timings will be shared later."
    )
    starts = [(m.start, m.all_day) for m in _staff_reading(text).meetings]
    assert starts == [(datetime(2025, 2, 18, 20, tzinfo=KOLKATA), False), (datetime(2025, 2, 20, tzinfo=KOLKATA), True)]


MONDAY_MORNING = datetime(2025, 2, 17, 5, 0, tzinfo=UTC)
"""Monday 17 February 2025, 10:30 in Kolkata."""


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Live session next week Tuesday at 7 PM.", 25),
        ("Live session on Tuesday next week at 7 PM.", 25),
        ("Visio mardi de la semaine prochaine à 19h.", 25),
        ("Live session today (Monday) at 7 PM.", 17),
        ("Live session today, Monday at 7 PM.", 17),
        ("Live session on Tuesday (tomorrow) at 7 PM.", 18),
    ],
)
def test_the_week_or_the_day_a_weekday_is_in(text: str, day: int) -> None:
    """ "next week Tuesday" is in the next calendar week; a weekday beside "today" or "tomorrow" is that day."""
    post = make_post(1, "ta", text, created_at=MONDAY_MORNING, moderator=True)
    assert [m.start for m in read_post(post, KOLKATA, "scribe", order="DMY").meetings] == [
        datetime(2025, 2, day, 19, tzinfo=KOLKATA)
    ]


def test_a_weekday_its_date_does_not_fall_on_is_no_date() -> None:
    """ "Wednesday, 18th Feb" when the 18th is a Tuesday: a slip, and no reason to read a year later."""
    post = make_post(1, "ta", "Live session on Wednesday, 18th Feb at 7 PM.", created_at=MONDAY_MORNING, moderator=True)
    assert read_post(post, KOLKATA, "scribe", order="DMY").meetings == ()


def test_an_invitation_to_show_ones_work_in_a_session_announces_it() -> None:
    text = "Well done! It would be great if you present it in tomorrow's live session at 8 PM."
    post = make_post(3, "ta_without_flag", text, created_at=SATURDAY_AFTERNOON)
    assert [m.start for m in read_post(post, KOLKATA, "scribe", order="DMY").meetings] == [
        datetime(2025, 2, 16, 20, tzinfo=KOLKATA)
    ]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Live session tomorrow; the recording will be uploaded by 11 PM.", None),
        ("Live session tomorrow will be recorded; the slides will be posted at 8 PM.", None),
        ("Live session tomorrow; deadline for the feedback form is 8 PM.", None),
        ("Visio demain ; le compte rendu sera publié à 20h.", None),
        ("Live session tomorrow, the link opens at 6:45 PM and the session starts at 7 PM.", (19, 0)),
        ("Live session tomorrow, doors close at 6:55 PM, we begin at 7 PM sharp.", (19, 0)),
    ],
)
def test_a_later_time_of_something_else_is_not_the_start(text: str, start: tuple[int, int] | None) -> None:
    """The first time after a day is its start only when its own words make it one: not a recording's upload,
    a link that opens, a deadline."""
    (meeting,) = _staff_reading(text).meetings
    assert meeting.start == (
        datetime(2025, 2, 16, *start, tzinfo=KOLKATA) if start else datetime(2025, 2, 16, tzinfo=KOLKATA)
    )


def test_a_weekly_sessions_day_called_off_is_still_read() -> None:
    reading = _staff_reading("The weekly doubt session on Tuesday is cancelled this week.", 3)
    assert [(m.start.day, m.cancelled) for m in reading.meetings] == [(18, True)]
    assert [d.day for d in reading.cancelled_days] == [18]


@pytest.mark.parametrize(
    ("text", "end"),
    [("Live session on 20th Feb, 1900-2100 hrs IST.", 21), ("Live session on 20th Feb, 1900 hrs.", None)],
)
def test_a_military_time_after_a_date_is_no_year(text: str, end: int | None) -> None:
    (meeting,) = _staff_reading(text).meetings
    assert (meeting.start, meeting.end) == (
        datetime(2025, 2, 20, 19, tzinfo=KOLKATA),
        datetime(2025, 2, 20, end, tzinfo=KOLKATA) if end else None,
    )


def test_a_count_after_a_weekday_is_no_day_of_the_month() -> None:
    """ "mardi 2 séances": two sessions on Tuesday, not Tuesday the 2nd."""
    meetings = _staff_reading("Visio : mardi 2 séances sont prévues, les horaires suivront.").meetings
    assert [(m.start.day, m.all_day) for m in meetings] == [(18, True)]


def test_a_posts_timings_line_times_a_session_asked_to_be_on_time() -> None:
    text = "Live session on 18th Feb, please join on time.\nTimings: 8 PM to 10 PM IST"
    assert [m.start for m in _staff_reading(text).meetings] == [datetime(2025, 2, 18, 20, tzinfo=KOLKATA)]


def _a_href(url: str) -> str:
    return f'<a href="{url}">{url}</a>'


def test_an_address_names_no_day() -> None:
    """A topic's address spelling "session-on-friday" is where details are, not an announcement."""
    cooked = (
        "<p>The GA6 doubt session details are in "
        f"{_a_href('https://forum.example.ac.in/t/ga6-doubt-session-on-friday/4567')}, please check there.</p>"
    )
    post = make_post(2, "ta", "", cooked=cooked, created_at=SATURDAY_AFTERNOON, moderator=True)
    assert read_post(post, KOLKATA, "scribe", order="DMY").meetings == ()


@pytest.mark.parametrize(
    "url",
    [
        "https://forum.example.ac.in/t/ga6-doubt-session/4567",
        "https://chat.whatsapp.com/AbCdEfGh",
        "https://t.me/+AbCdEfGh",
        "https://discord.gg/AbCdEf",
    ],
)
def test_a_topic_page_or_a_chat_invite_is_no_meetings_link(url: str) -> None:
    cooked = f"<p>GA6 doubt session on Tuesday 8 December 2026 at 7 PM. Details: {_a_href(url)}</p>"
    post = make_post(2, "ta", "", cooked=cooked, created_at=SATURDAY_AFTERNOON, moderator=True)
    [meeting] = read_post(post, KOLKATA, "scribe", order="DMY").meetings
    assert meeting.start.hour == 19 and meeting.link is None


def test_a_call_link_beside_a_chat_invite_is_the_meetings_link() -> None:
    call = "https://meet.google.com/abc-defg-hij"
    cooked = (
        f"<p>GA6 doubt session on Tuesday 8 December 2026 at 7 PM: {_a_href(call)}</p>"
        f"<p>Questions before it in our group: {_a_href('https://chat.whatsapp.com/AbCdEfGh')}</p>"
    )
    post = make_post(2, "ta", "", cooked=cooked, created_at=SATURDAY_AFTERNOON, moderator=True)
    [meeting] = read_post(post, KOLKATA, "scribe", order="DMY").meetings
    assert meeting.link == call


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the record of a session (its minutes, replay, slides) is handed over after it, with or without its time
        ("Voici le CR de la réunion de mardi à 18h, bonne lecture", None),
        ("Voici le compte rendu de la réunion de mardi", None),
        ("Voici le replay de la visio de lundi 18h", None),
        ("Ci-joint le support de présentation de l'atelier de samedi", None),
        ("Vous trouverez ci-dessous le diaporama de la visio de lundi", None),
        ("Retrouvez l'enregistrement de la visio de lundi sur notre chaîne", None),
        # what was agreed or said at a session refers back to it
        ("Comme convenu lors de la réunion de mardi, je vous envoie le tableau", None),
        ("Comme discuté pendant la visio de lundi à 18h, je partage la liste des lieux", None),
        ("Comme dit lors de l'AG de samedi, on cherche encore des bénévoles", None),
        # a record or an agreement that dates nothing leaves the session announced to come
        ("Comme convenu, rendez-vous jeudi à 18h", THURSDAY_6PM),
        ("Comme convenu lors de la dernière réunion, on se retrouve jeudi à 18h", THURSDAY_6PM),
        ("Le support sera présenté lors de la visio de jeudi à 18h", THURSDAY_6PM),
        ("Le diaporama de l'atelier de jeudi à 18h sera projeté en salle", THURSDAY_6PM),
        ("Voici l'ordre du jour de la visio de jeudi à 18h", THURSDAY_6PM),
        ("Avec le support de la Région, atelier jeudi à 18h", THURSDAY_6PM),
        ("Le budget doit être discuté lors de la réunion de jeudi à 18h", THURSDAY_6PM),
    ],
)
def test_a_sessions_record_handed_over_or_what_was_agreed_at_it_puts_it_behind(
    text: str, start: datetime | None
) -> None:
    post = make_post(7, "anim", text, created_at=WEDNESDAY, moderator=True)
    reading = read_post(post, PARIS, "scribe", order="DMY")
    assert [m.start for m in reading.meetings] == ([start] if start else [])


@pytest.mark.parametrize(
    ("text", "stands"),
    [
        # the day called off, then the one it is held instead, after "mais"/"but" or a meeting phrase
        ("La visio n'aura pas lieu mardi mais jeudi à 18h", [THURSDAY_6PM]),
        ("La visio n'aura pas lieu mardi, mais jeudi à 18h", [THURSDAY_6PM]),
        ("Pas de visio mardi, mais jeudi à 18h", [THURSDAY_6PM]),
        ("La visio de mardi est annulée, on se retrouve jeudi à 18h", [THURSDAY_6PM]),
        ("L'atelier de mardi est annulé, rendez-vous jeudi à 18h", [THURSDAY_6PM]),
        ("The session will not take place on Tuesday but on Thursday at 6 pm", [THURSDAY_6PM]),
        # both called off
        ("La visio de mardi est annulée, mais aussi celle de jeudi à 18h", []),
        ("Les visios de mardi et de jeudi à 18h sont annulées", []),
    ],
)
def test_the_day_a_meeting_is_held_instead_of_one_called_off_stands(text: str, stands: list[datetime]) -> None:
    post = make_post(7, "anim", text, created_at=WEDNESDAY, moderator=True)
    reading = read_post(post, PARIS, "scribe", order="DMY")
    assert [m.start for m in reading.meetings if not m.cancelled] == stands


@pytest.mark.parametrize(
    ("update", "starts"),
    [
        # moved to another day, said the French way: the old day stands no more
        ("EDIT : finalement ce sera vendredi 6 mars à 18h", [datetime(2026, 3, 6, 18, tzinfo=PARIS)]),
        ("EDIT : changement de date, vendredi 6 mars à 18h", [datetime(2026, 3, 6, 18, tzinfo=PARIS)]),
        ("EDIT : finalement vendredi 6 mars, même heure", [datetime(2026, 3, 6, 18, tzinfo=PARIS)]),
        # moved to another hour the same day, the old hour written with two digits
        ("EDIT : on commence à 19h au lieu de 18h", []),
        ("EDIT: we will start at 7 PM instead of 18:00", []),
        ("EDIT : nouvel horaire, 19h", []),
        ("EDIT : la visio commencera à 19h", []),
        ("EDIT: the session will start at 7 PM", []),
        # an update that moves nothing
        ("EDIT : voici l'ordre du jour, à jeudi !", [THURSDAY_6PM]),
        ("EDIT : finalement nous serons une vingtaine, à jeudi !", [THURSDAY_6PM]),
        ("EDIT : même heure, même lien que d'habitude", [THURSDAY_6PM]),
    ],
)
def test_an_update_moving_the_meeting_in_french_or_from_a_two_digit_hour_leaves_no_reminder_at_the_old_start(
    update: str, starts: list[datetime]
) -> None:
    post = make_post(7, "anim", f"Visio jeudi 5 mars à 18h\n\n{update}", created_at=WEDNESDAY, moderator=True)
    assert [m.start for m in read_post(post, PARIS, "scribe", order="DMY").meetings if not m.cancelled] == starts


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a meeting named the short French way
        ("Réu jeudi à 18h pour caler le budget", THURSDAY_6PM),
        ("Prochaine réu le 5/03 à 18h", THURSDAY_6PM),
        ("Copil le 5/03 à 18h", THURSDAY_6PM),
        ("Prochain COPIL : 5 mars, 18h", THURSDAY_6PM),
        ("Visioconf jeudi à 18h", THURSDAY_6PM),
        # the same words of one held, or beside no time of a meeting
        ("Le copil du 3 mars à 18h a validé le budget", None),
        ("La réu de mardi à 18h s'est bien passée", None),
        ("Les reçus fiscaux seront envoyés le 5 mars à 18h", None),
    ],
)
def test_a_meeting_named_the_short_french_way(text: str, start: datetime | None) -> None:
    post = make_post(7, "anim", text, created_at=WEDNESDAY, moderator=True)
    assert [m.start for m in read_post(post, PARIS, "scribe", order="DMY").meetings] == ([start] if start else [])


@pytest.mark.parametrize(
    "text",
    [
        "Inscriptions ouvertes du 9 au 20 mars pour l'atelier",
        "Les inscriptions à la visio ferment le 9 mars à minuit",
        "Les inscriptions à l'atelier ouvrent le 9 mars à 10h",
        "Les inscriptions pour la rencontre sont closes le 9 mars à 18h",
        "Les inscriptions à l'AG seront ouvertes le 9 mars à 10h",
    ],
)
def test_registrations_for_a_session_that_open_or_close_the_french_way_are_a_window(text: str) -> None:
    post = make_post(7, "anim", text, created_at=WEDNESDAY, moderator=True)
    assert read_post(post, PARIS, "scribe", order="DMY").meetings == ()


def test_a_session_open_to_all_is_no_window() -> None:
    post = make_post(7, "anim", "Atelier ouvert à tous le 9 mars à 18h, inscriptions ouvertes", created_at=WEDNESDAY)
    assert [m.start for m in read_post(post, PARIS, "scribe", order="DMY").meetings] == [
        datetime(2026, 3, 9, 18, tzinfo=PARIS)
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # written on Wednesday 4 March: the week named beside a bare weekday is next week
        ("Visio la semaine prochaine, jeudi à 18h", date(2026, 3, 12)),
        ("Visio jeudi 18h la semaine prochaine", date(2026, 3, 12)),
        ("Visio jeudi en huit à 18h", date(2026, 3, 12)),
        ("Session next week, Thursday at 6 PM", date(2026, 3, 12)),
        ("Session on Thursday at 6 PM next week", date(2026, 3, 12)),
        # a weekday already in next week, or next week named for something else
        ("Visio la semaine prochaine, mardi à 18h", date(2026, 3, 10)),
        ("Session on Thursday at 6 PM, and a quiz next week", date(2026, 3, 5)),
        ("Visio jeudi et atelier la semaine prochaine", date(2026, 3, 5)),
        ("Visio jeudi 18h, la semaine prochaine on fera le bilan", date(2026, 3, 5)),
        ("Visio jeudi à 18h30 la semaine prochaine", date(2026, 3, 12)),
        # last week named beside it: last week's
        ("La semaine dernière, jeudi à 18h, une visio a réuni trente personnes", date(2026, 2, 26)),
        ("La semaine dernière jeudi, visio du réseau à 18h", date(2026, 2, 26)),
        ("Last week, Thursday at 6 PM, we held a call", date(2026, 2, 26)),
        # weeks off in words that tell no day: no date
        ("Visio dans quinze jours, jeudi à 18h", None),
        ("Session in two weeks, Thursday at 6 PM", None),
        # weeks off said of something else in the sentence: the weekday is the coming one
        ("Visio jeudi à 18h, les inscriptions ferment dans 2 semaines.", date(2026, 3, 5)),
        ("Call on Thursday at 6 PM; registrations close in two weeks.", date(2026, 3, 5)),
        ("Call on Thursday at 6 PM, the form closes in two weeks.", date(2026, 3, 5)),
        ("Atelier jeudi à 18h, et le rendu du projet dans quinze jours", date(2026, 3, 5)),
        # weeks off written right beside the weekday: no known week
        ("Visio jeudi dans 15 jours à 18h", None),
        ("Visio jeudi à 18h dans deux semaines", None),
        ("Session in two weeks, on Thursday at 6 PM", None),
        ("Session Thursday in two weeks at 6 PM", None),
        ("Session on Thursday at 6 PM in a fortnight", None),
    ],
)
def test_the_week_written_beside_a_bare_weekday_is_its_week(text: str, day: date | None) -> None:
    found = [f.start.astimezone(PARIS).date() for f in find_dates(text, WEDNESDAY, PARIS, "DMY")]
    assert found == ([day] if day else [])


def test_a_long_sentence_of_weekdays_is_read_quickly() -> None:
    """Each bare weekday asks which week the words beside it name; that must not read its sentence again
    from the start, which made a long sentence of weekdays take a time growing as its square."""
    text = "Calls " + "every Thursday at 6 PM, " * 1500 + "that is all."
    find_dates("Visio le 3 mars", WEDNESDAY, PARIS, "DMY")
    started = time.process_time()
    assert len(find_dates(text, WEDNESDAY, PARIS, "DMY")) == 1500
    assert time.process_time() - started < 1


_FIELDS = (
    "Nous organisons un webinaire sur les fonds européens.\n\n"
    "📅 Quand ? Jeudi 12 mars, de 14h à 15h30\n\n📍 Où ? En ligne\n\n✍️ Pour qui ? Les lieux adhérents"
)


def test_an_opening_post_whose_field_labels_end_on_a_question_mark_announces_its_meeting() -> None:
    """ "Quand ? … Où ? …": labels of an announcement's fields, the French way, no question asked."""
    post = make_post(1, "asso", _FIELDS, created_at=WEDNESDAY)
    reading = read_post(post, PARIS, "scribe", order="DMY")
    assert [(m.start, m.end) for m in reading.meetings] == [
        (datetime(2026, 3, 12, 14, tzinfo=PARIS), datetime(2026, 3, 12, 15, 30, tzinfo=PARIS))
    ]


def test_an_opening_post_asking_a_real_question_beside_its_fields_still_asks() -> None:
    post = make_post(1, "asso", _FIELDS + "\n\nQui serait partant pour animer ?", created_at=WEDNESDAY)
    assert read_post(post, PARIS, "scribe", order="DMY").meetings == ()


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a session with its bare weekday, told of after it was held
        ("La visio de lundi a été très riche, merci", None),
        ("La réunion de lundi à 18h a été l'occasion de faire le point", None),
        ("Bilan de la permanence de lundi : douze personnes accueillies", None),
        ("Voici les photos de l'atelier de samedi", None),
        ("Voici les notes prises pendant la réunion de lundi", None),
        ("Les décisions de la réunion de lundi sont ci-dessous", None),
        ("Here are the photos from Saturday's workshop", None),
        ("The notes taken during Monday's meeting are below", None),
        # a session told of as set, or its photos still to be taken
        ("La visio de jeudi a été programmée à 18h", THURSDAY_6PM),
        ("La visio a été fixée à jeudi 18h", THURSDAY_6PM),
        ("Pensez à apporter vos photos à l'atelier de jeudi à 18h", THURSDAY_6PM),
        # what "a été" says is the link's or the invitation's, sent for a session still to come
        ("Le lien de la visio de jeudi à 18h a été envoyé par mail", THURSDAY_6PM),
        ("L'invitation pour la réunion de jeudi à 18h a été transmise aux adhérents", THURSDAY_6PM),
        ("Le lien de l'atelier de jeudi à 18h a été partagé sur la liste", THURSDAY_6PM),
    ],
)
def test_a_sessions_bare_day_told_of_after_it_was_held_is_no_meeting_to_come(text: str, start: datetime | None) -> None:
    post = make_post(7, "anim", text, created_at=WEDNESDAY, moderator=True)
    assert [m.start for m in read_post(post, PARIS, "scribe", order="DMY").meetings] == ([start] if start else [])


@pytest.mark.parametrize(
    ("text", "off"),
    [
        ("La visio de jeudi à 18h est suspendue", True),
        ("Je dois annuler la visio de jeudi à 18h, désolée", True),
        ("Nous avons décidé d'annuler la visio de jeudi à 18h", True),
        ("La visio de jeudi à 18h ne pourra pas avoir lieu", True),
        ("La visio de jeudi à 18h est remise à plus tard", True),
        ("La visio de jeudi à 18h tombe à l'eau", True),
        # asked whether to call it off, or kept
        ("Pas question d'annuler la visio de jeudi à 18h", False),
        ("La visio de jeudi à 18h est maintenue, pas besoin d'annuler", False),
        ("La remise des prix aura lieu jeudi à 18h", False),
    ],
)
def test_a_meeting_called_off_the_french_way(text: str, off: bool) -> None:
    post = make_post(7, "anim", text, created_at=WEDNESDAY, moderator=True)
    reading = read_post(post, PARIS, "scribe", order="DMY")
    assert [m.start for m in reading.meetings if not m.cancelled] == ([] if off else [THURSDAY_6PM])


@pytest.mark.parametrize(
    ("text", "announced"),
    [
        # a member's reply that proposes a time or says it suits them: a date offered, none announced
        ("Je propose une visio jeudi à 18h.", False),
        ("Je suggère une visio jeudi à 18h pour avancer.", False),
        ("Pour moi jeudi 18h c'est parfait pour la visio", False),
        ("Je serais dispo pour la visio jeudi à 18h", False),
        ("Ça me va, visio jeudi à 18h", False),
        # a member inviting to a call set up, with its link
        ("On se retrouve en visio jeudi à 18h : https://meet.jit.si/suite-collectif", True),
        ("Je vous propose une visio jeudi à 18h pour en parler : https://meet.jit.si/suite-collectif", True),
    ],
)
def test_a_members_reply_proposing_a_time_or_saying_it_suits_them_announces_nothing(text: str, announced: bool) -> None:
    post = make_post(4, "membre", text, created_at=WEDNESDAY)
    assert [m.start for m in read_post(post, PARIS, "scribe", order="DMY").meetings] == (
        [THURSDAY_6PM] if announced else []
    )


KOLKATA = ZoneInfo("Asia/Kolkata")
SATURDAY_IST = datetime(2024, 11, 2, 17, 30, tzinfo=KOLKATA)
TUESDAY_7PM_IST = datetime(2024, 11, 5, 19, tzinfo=KOLKATA)


def _standing_ist(text: str) -> list[datetime]:
    """The starts a TA's post written on a Saturday afternoon in Kolkata leaves standing."""
    post = make_post(3, "ta_team", text, created_at=SATURDAY_IST, moderator=True)
    return [m.start for m in read_post(post, KOLKATA, "scribe", order="DMY").meetings if not m.cancelled]


@pytest.mark.parametrize(
    ("text", "off"),
    [
        ("Due to the festival holidays, the live session on 5th Nov at 7 PM will not be conducted.", True),
        ("The TA session on 5th Nov at 7 PM will not be held as the TA is unwell.", True),
        ("The live session on 5th Nov at 7 PM won't be happening, sorry for the short notice.", True),
        ("The doubt clearing session on 5th Nov at 7 PM shall not be conducted.", True),
        ("The 5th Nov live session at 7 PM will not happen.", True),
        # said of something else than the session, or asked: the session stands
        ("The live session on 5th Nov at 7 PM will be held as usual. The quiz will not be conducted.", False),
        ("The live session on 5th Nov at 7 PM will not be recorded, kindly join live.", False),
        ("The live session on 5th Nov at 7 PM will not be held online, it will be in the classroom.", False),
    ],
)
def test_a_session_said_not_to_be_conducted_or_held_is_called_off(text: str, off: bool) -> None:
    assert _standing_ist(text) == ([] if off else [TUESDAY_7PM_IST])


WEDNESDAY_8PM_IST = datetime(2024, 11, 6, 20, tzinfo=KOLKATA)


@pytest.mark.parametrize(
    ("text", "stands"),
    [
        # the old day named as what was planned before, the new one after: only the new one stands
        ("Session rescheduled: earlier 5th Nov 7 PM, now 6th Nov 8 PM.", [WEDNESDAY_8PM_IST]),
        ("The session originally planned for 5th Nov 7 PM will now be on 6th Nov at 8 PM.", [WEDNESDAY_8PM_IST]),
        ("The live session previously announced for 5th Nov at 7 PM is now on 6th Nov at 8 PM.", [WEDNESDAY_8PM_IST]),
        ("The TA session, initially scheduled on 5th Nov at 7 PM, is moved to 6th Nov at 8 PM.", [WEDNESDAY_8PM_IST]),
        # "earlier" that names no former date, or no move: the date stands
        ("As announced earlier, the live session is on 5th Nov at 7 PM.", [TUESDAY_7PM_IST]),
        ("This week the session will start earlier, on 5th Nov at 7 PM.", [TUESDAY_7PM_IST]),
        ("As planned earlier, 5th Nov at 7 PM is the live session.", [TUESDAY_7PM_IST]),
    ],
)
def test_a_session_moved_from_the_day_planned_earlier_stands_only_on_the_new_day(
    text: str, stands: list[datetime]
) -> None:
    assert _standing_ist(text) == stands


@pytest.mark.parametrize(
    "text",
    [
        "Kindly join the live session at 7 PM sharp on 5th November.",
        "Kindly join the live session at 7 PM IST sharp on 5th Nov, Tuesday.",
        "The TA session starts at 7:00 pm sharp, Tuesday 5th Nov.",
        "Kindly join the live session on 5th November at 7 PM sharp.",
    ],
)
def test_a_time_said_sharp_before_its_date_is_the_sessions_start(text: str) -> None:
    post = make_post(3, "ta_team", text, created_at=SATURDAY_IST, moderator=True)
    assert [m.start for m in read_post(post, KOLKATA, "scribe", order="DMY").meetings] == [TUESDAY_7PM_IST]


TUESDAY_7_30PM_IST = datetime(2024, 11, 5, 19, 30, tzinfo=KOLKATA)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the time announced, then the one the session will now start at
        ("The TA session scheduled for 5th Nov at 7 PM will start at 7:30 PM.", TUESDAY_7_30PM_IST),
        ("The TA session on 5th Nov at 7 PM will now start at 7:30 PM.", TUESDAY_7_30PM_IST),
        ("The live session on 5th Nov at 7 PM IST will now begin at 7.30 PM due to a clash.", TUESDAY_7_30PM_IST),
        # another thing that starts later: the session's own time stands
        ("The TA session on 5th Nov at 7 PM and the quiz will start at 7:30 PM.", TUESDAY_7PM_IST),
        ("The TA session on 5th Nov at 7 PM will be short. The quiz will start at 7:30 PM.", TUESDAY_7PM_IST),
    ],
)
def test_a_session_said_to_start_at_another_time_right_after_its_time_starts_then(text: str, start: datetime) -> None:
    post = make_post(3, "ta_team", text, created_at=SATURDAY_IST, moderator=True)
    assert [m.start for m in read_post(post, KOLKATA, "scribe", order="DMY").meetings] == [start]


SATURDAY_8PM_IST = datetime(2024, 11, 9, 20, tzinfo=KOLKATA)


@pytest.mark.parametrize(
    ("text", "announced"),
    [
        # a learner opening a topic to ask staff to hold a session: asked, not announced
        ("Sir please conduct a session on 9th Nov at 8 PM for Week 5 doubts.", False),
        ("Kindly arrange a doubt session on 9th Nov at 8 PM sir.", False),
        ("Pls organise one more revision session on 9th Nov at 8 PM before the quiz.", False),
        ("Please schedule a TA session on 9th Nov at 8 PM, many of us are stuck on GA 5.", False),
        # asked to join the session: announced
        ("Kindly join the doubt session on 9th Nov at 8 PM.", True),
        ("Please attend the revision session on 9th Nov at 8 PM.", True),
    ],
)
def test_a_learner_asking_staff_to_hold_a_session_announces_none(text: str, announced: bool) -> None:
    post = make_post(1, "learner", text, created_at=SATURDAY_IST, topic_title="Doubt session for Week 5")
    assert [m.start for m in read_post(post, KOLKATA, "scribe", order="DMY").meetings] == (
        [SATURDAY_8PM_IST] if announced else []
    )


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a weekday alone after the days of an event, in the same sentence: that weekday among those days
        ("Hackathon: 15th-17th Nov, kickoff session Friday 6 PM.", datetime(2024, 11, 15, 18, tzinfo=KOLKATA)),
        (
            "Workshop on 11-15 November, demo session Thursday at 6 PM.",
            datetime(2024, 11, 14, 18, tzinfo=KOLKATA),
        ),
        # a weekday outside those days, or in a sentence of its own: the next one
        ("Hackathon: 15th-17th Nov, orientation session Wednesday 6 PM.", datetime(2024, 11, 6, 18, tzinfo=KOLKATA)),
        (
            "Hackathon on 15th-17th Nov is open to all! Orientation session Friday 6 PM.",
            datetime(2024, 11, 8, 18, tzinfo=KOLKATA),
        ),
    ],
)
def test_a_weekday_after_the_days_of_an_event_is_the_one_among_them(text: str, start: datetime) -> None:
    post = make_post(3, "ta_team", text, created_at=SATURDAY_IST, moderator=True)
    starts = [m.start for m in read_post(post, KOLKATA, "scribe", order="DMY").meetings if not m.all_day]
    assert starts == [start]


WEDNESDAY_7PM_IST = datetime(2024, 11, 6, 19, tzinfo=KOLKATA)


@pytest.mark.parametrize(
    ("text", "stands"),
    [
        # a later sentence of the same post moves the session to another day: the first day no longer stands
        ("Live session on 5th Nov, 7 PM. P.S. The session has been moved to 6th Nov at 7 PM.", [WEDNESDAY_7PM_IST]),
        ("Live session on 5th Nov at 7 PM. Sorry, it is postponed to 6th Nov at 7 PM.", [WEDNESDAY_7PM_IST]),
        # the move of something else, or two sessions: both days as written
        ("Live session on 5th Nov at 7 PM. The quiz has been postponed to 6th Nov at 7 PM.", [TUESDAY_7PM_IST]),
        ("Live sessions on 5th Nov at 7 PM and on 6th Nov at 7 PM.", [TUESDAY_7PM_IST, WEDNESDAY_7PM_IST]),
    ],
)
def test_a_later_sentence_moving_the_session_leaves_only_the_new_day(text: str, stands: list[datetime]) -> None:
    assert _standing_ist(text) == stands


@pytest.mark.parametrize(
    ("text", "off"),
    [
        ("The session on 5th Nov at 7 PM will not be cancelled, it will happen as planned.", False),
        ("The session on 5th Nov at 7 PM won't be postponed, kindly join.", False),
        ("The session on 5th Nov at 7 PM has not been cancelled.", False),
        ("The session on 5th Nov at 7 PM will be cancelled.", True),
        ("The session on 5th Nov at 7 PM will be postponed.", True),
    ],
)
def test_a_session_said_not_to_be_cancelled_stands(text: str, off: bool) -> None:
    assert _standing_ist(text) == ([] if off else [TUESDAY_7PM_IST])


def test_a_long_sentences_title_is_cut_between_words() -> None:
    words = "Live session on Tuesday at 7 PM on segmentation, registration, volume rendering and extensions"
    (meeting,) = _staff_reading(f"{words} for everyone who joined the course this term.").meetings
    assert meeting.title.endswith("…") and len(meeting.title) <= 90 and meeting.title[-2] not in ",;:"
    assert meeting.title[:-1].split()[-1] in f"{words} for everyone who joined the course this term.".split()


@pytest.mark.parametrize(
    ("title", "titled"), [("Project week: March 20-24", False), ("Preparation call", True), ("Call on 18 Feb", True)]
)
def test_a_topic_title_naming_another_day_is_not_the_meetings_title(title: str, titled: bool) -> None:
    """ "Project week: March 20-24" for its preparation call of 18 February would give readers two dates."""
    text = "The first preparation call is on Tuesday 18 February at 4 PM."
    post = make_post(1, "ta", text, created_at=SATURDAY_AFTERNOON, moderator=True, topic_title=title)
    (meeting,) = read_post(post, KOLKATA, "scribe", order="DMY").meetings
    assert (meeting.title == title) == titled


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        # the usual day of a gathering, beside the date it resumes: no meeting on the nearest such day
        (
            "Les permanences du mardi reprennent : mardi 17 mars de 14h à 18h au local !",
            [datetime(2026, 3, 17, 14, tzinfo=PARIS)],
        ),
        ("L'atelier du jeudi reprend le 19 mars à 14h.", [datetime(2026, 3, 19, 14, tzinfo=PARIS)]),
        ("The Tuesday office hours resume on March 17 at 2 PM.", [datetime(2026, 3, 17, 14, tzinfo=PARIS)]),
        # a weekday called off beside the date of the next one is still that day's
        (
            "La perm de mardi est annulée, on se retrouve mardi 17 mars à 14h.",
            [datetime(2026, 3, 10, tzinfo=PARIS), datetime(2026, 3, 17, 14, tzinfo=PARIS)],
        ),
        # another weekday than the date's is its own day
        (
            "L'atelier du mercredi reprend, et la perm le mardi 17 mars à 14h.",
            [datetime(2026, 3, 11, tzinfo=PARIS), datetime(2026, 3, 17, 14, tzinfo=PARIS)],
        ),
    ],
)
def test_a_weekday_alone_beside_a_date_on_that_weekday_is_its_usual_day(text: str, starts: list[datetime]) -> None:
    post = make_post(1, "moderateur", text, created_at=datetime.fromisoformat(THU), moderator=True)
    assert [m.start for m in read_post(post, PARIS, "scribe", order="DMY").meetings] == starts


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("Session **preponed to 6 PM** from 8 PM on the same day (18 Feb). Ends by 7:30.", 18),
        ("La visio est décalée à 20h, même jour (mardi 18).", 20),
        ("Moving it to 2–3 PM on the same day (Tuesday 18th).", 14),
        ("Shifting it to 18h – 19h30, même jour.", 18),
        ("The session is moved to 8 PM.", 20),
    ],
)
def test_a_reply_moving_its_meeting_to_a_new_hour_of_a_day_named_apart_reads_the_hour(text: str, hour: int) -> None:
    """ "preponed to 6 PM … on the same day (5 Nov)": the day, named after the hour and apart from it, is read alone;
    the hour is still the one the meeting moves to."""
    clock = _staff_reading(text, 3).new_clock
    assert clock is not None and clock.hour == hour


def test_a_reply_moving_its_meeting_to_a_day_and_hour_reads_them_together() -> None:
    assert _staff_reading("The session is moved to Wednesday 19th Feb at 8 PM.", 3).new_clock is None


def test_an_update_moving_the_meeting_to_an_hour_alone_leaves_not_the_old_hour() -> None:
    """ "EDIT: the call is pushed to 1 PM": the 11 AM of the line above no longer holds (the new hour, with no day of
    its own, is not read in the opening post)."""
    reading = _staff_reading("Demo call on Tuesday 18/02 at 11 AM.\n\nEDIT: the call is pushed to 1 PM, same link.")
    assert all(m.start.hour != 11 for m in reading.meetings if not m.cancelled)


@pytest.mark.parametrize(
    "text",
    [
        "Posting for Amir who's out sick — the AMA on Thursday is **off**. We'll try again in May.",
        "Je dois malheureusement annuler la permanence de jeudi.",
        "Vu le nombre de gens en vacances, on annule celle d'août.",
        "I have to drop **Part 2**, I've got surgery scheduled that week.",
        "We're **dropping the midpoint check-in** altogether.",
        "Bad timing — I need to cancel mine, I'm moving apartments that week.",
    ],
)
def test_a_call_off_in_few_words_is_read(text: str) -> None:
    """ "is off", an adverb between "dois" and "annuler", a pronoun for the meeting ("celle d'août")."""
    low = fold_same_length(text).lower()
    assert any(said_of_a_meeting(low, pos) for pos, _, kind in cancel_marks(low) if kind == "cancel")


@pytest.mark.parametrize(
    ("text", "replacing"),
    [
        ("Zut. Bon, re-report : jeudi 18 mars à 18h.", True),
        ("Final answer: Friday Nov 20, 10am ET.", True),
        ("Scratch that, we're back to 3pm ET on Tuesday as originally planned.", True),
        ("Ce sera aussi une visio en plus vendredi à 18h, pour celles et ceux qui ne peuvent pas jeudi.", False),
        ("The quiz is postponed to Friday. Live session on Thursday at 7 PM.", False),
    ],
)
def test_a_reply_speaks_of_a_change_of_plan_unless_it_adds_a_meeting_or_moves_another_thing(
    text: str, replacing: bool
) -> None:
    low = fold_same_length(text).lower()
    assert replaces(low, cancel_marks(low)) is replacing


def test_dropping_a_course_calls_nothing_off() -> None:
    low = fold_same_length("I had to drop the course, too much work this term.").lower()
    assert cancel_marks(low) == []


@pytest.mark.parametrize(
    ("text", "ranks"),
    [
        ("Small update: 2nd revision session moved to 30/11.", {"@2"}),
        ("1st one unchanged.", {"@1"}),
        ("Et finalement la 2e on la déplace au mercredi.", {"@2"}),
        ("The session is moved to the 2nd, same time.", set()),
        ("Moved to the 2nd at 5pm.", set()),
        ("For the first time we will record it.", set()),
        ("See you on the 3rd of May.", set()),
    ],
)
def test_a_meeting_is_named_by_its_rank_not_by_a_day(text: str, ranks: set[str]) -> None:
    low = fold_same_length(text).lower()
    assert {w for w in words_of(low, 0, len(low)) if w.startswith("@")} == ranks


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Session on Thursday 20 Feb, same time 8-9 PM.", 20, 21),
        ("Live session Thu 20/02 — Revision for GA3 — 6 PM", 18, None),
    ],
)
def test_a_range_after_a_word_of_time_and_an_hour_after_a_things_number_are_read(
    text: str, start: int, end: int | None
) -> None:
    """ "same time 8-9 PM": 8 opens the range, it is no thing's number; "GA3 — 6 PM": 3 is GA's, not 3 to 6 PM."""
    (meeting,) = _staff_reading(text, 1).meetings
    assert meeting.start.hour == start and (meeting.end.hour if meeting.end else None) == end
