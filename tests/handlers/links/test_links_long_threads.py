"""Requests in long threads: a call's link the announcement says is to come, a member pointing back at the link, a
link whose own words name nothing under a paragraph that does, and the shorthand of hurried writing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.events import PostCreated
from handlers.links.text import is_request, link_to_come, points_back, subjects
from tests.handler_kit import make_post
from tests.handlers.links.test_links import Bot, replies, topic_of
from tests.handlers.links.test_links_asks import Thread, scribe_says

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "coming"),
    [
        ("Visio jeudi 12/11 à 14h, lien à venir.", True),
        ("Office hours Thursday 5 PM ET, the link will be shared an hour before.", True),
        ("Visio jeudi 12/11 à 14h : https://visio.example.org/b/abc", False),
    ],
)
def test_a_post_saying_its_link_is_to_come_is_read(text: str, coming: bool) -> None:
    assert (link_to_come(text) is not None) is coming


@pytest.mark.parametrize(
    ("text", "pointing"),
    [
        ("Pour ceux qui demandent, le lien est dans le premier message, tout en haut 👆", True),
        ("it's in the first post, just scroll up", True),
        ("check the first post, the link is there", True),
        ("the link is not in the first post, I looked", False),
        ("Thanks for the session yesterday, very useful!", False),
    ],
)
def test_a_member_pointing_back_at_the_link_is_read(text: str, pointing: bool) -> None:
    assert points_back(text) is pointing


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("the deadline for **Week 5 Graded Assignment (BDM)** is extended", {"week5", "ga5"}),
        ("week 5 GA submissions", {"week5", "ga5"}),
        ("where do we submit GA 5??", {"ga5"}),
        ("week 5 lectures are live", {"week5"}),
    ],
)
def test_a_week_s_graded_assignment_is_that_ga(text: str, named: set[str]) -> None:
    assert subjects(text) == named


@pytest.mark.parametrize(
    "sentence",
    [
        "Y'a un replay ? j'ai dû partir au bout de 20 min",
        "Qqun aurait le support de la formation compta ? j'ai pas pu venir le 2e jour.",
        "Got the mail about meetup but there was no link in it... anyone has the reg form?",
        "Was asleep for this one (CET). Anyone got the vid? mostly want the retry/backoff bit",
        "below where? 🙂",
        "here where sir? 😅",
        "ici = ? 😅 chez moi le message s'arrête à « Inscriptions ici : »",
        "Merci ! Je ne vois pas de formulaire sous ton message par contre",
        "mam meet lnk?? 2 min left",
        "anyone has the PYQ drive? the first post link opens blank on my phone",
    ],
)
def test_shorthand_and_an_echoed_pointer_are_requests(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "what's the week 6 zoom id?",
        "running late, jitsi room name? 👀",
        "morning! what room are we using today?",
        "c'est quoi la salle pour ce soir du coup ?",
        "lien jitsi pour la perm de ce soir ? j'ai une question sur les statuts",
        "Je serai au marché jeudi, vous pourrez mettre le replay ici ?",
        "Sir can you also upload the ppt you showed in the session?",
        "Sir after 'Mock OPPE link:' it is empty in the post",
        "Yann, après « Inscriptions ici : » y'a rien 😅",
        "Il n'y a pas de formulaire en dessous chez moi, c'est normal ?",
        "Vous savez si le replay de la session 2 est sorti ? Je trouve pas",
        "il est où le qcm exactement ? sur la plateforme j'ai que les modules",
        "On s'inscrit comment pour le 26 ?",
    ],
)
def test_a_call_asked_by_its_room_a_plea_to_post_a_recording_or_nothing_after_a_pointer_are_requests(
    sentence: str,
) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I am here, where are you all sitting?",
        "c'est ici ou là-bas la salle ?",
        "Je ne vois pas de souci avec ton message",
        "the vid was great, thanks!",
        "le lien jitsi marche pour vous ?",
        "the zoom id was wrong yesterday",
        "what room are we using for the offline meetup, the big one?",
        "c'est quoi la salle de bain la plus proche ?",
    ],
)
def test_look_alikes_of_shorthand_and_echoed_pointers_ask_for_no_link(sentence: str) -> None:
    assert not is_request(sentence)


async def _after(posts: list[tuple[str, str, timedelta, bool]], title: str, language: str = "fr") -> list:
    made = [
        make_post(n, user, raw, created_at=T0 + delay, moderator=staff)
        for n, (user, raw, delay, staff) in enumerate(posts, 1)
    ]
    bot = Bot(language=language)
    topic = topic_of(made, title=title)
    out = await bot.send(PostCreated(made[1]), topic, made[1].created_at)
    out += await bot.fire_timers(topic, made[-1].created_at + timedelta(minutes=20))
    return replies(out)


async def test_the_announcer_is_not_asked_days_before_for_a_call_link_said_to_come(make_sandbox, make_engine) -> None:
    """The call is two days away and its link "à venir": promised, not forgotten; nobody is asked."""
    thread: Thread = (
        "fr",
        "Visio du réseau",
        [
            ("moderateur", "Visio du réseau jeudi 26 novembre 2026 à 14h, lien à venir."),
            ("lea", "Bonjour, il manque le lien de la visio ?"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert not [raw for raw in said if ":links -->" in raw]


async def test_the_announcer_is_asked_for_a_form_said_to_come_once_it_is_due(make_sandbox, make_engine) -> None:
    """A form promised for registrations opening on a day is not the call's link: asked for, its author is."""
    thread: Thread = (
        "fr",
        "Formation facilitation graphique",
        [
            (
                "moderateur",
                "Formation le 10 décembre 2026 à Vannes, 14h. Les inscriptions ouvrent demain, le lien sera ajouté "
                "ici.",
            ),
            ("lea", "C'est aujourd'hui 🙂 je vois toujours pas de lien pour s'inscrire"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    asks = [raw for raw in said if ":links -->" in raw]
    assert len(asks) == 1 and "@moderateur" in asks[0]


async def test_a_member_pointing_back_at_the_link_has_answered() -> None:
    said = await _after(
        [
            ("claire", "Visio jeudi 5/11 à 14h : https://visio.example.org/b/cla-n05", timedelta(), True),
            ("karim", "le lien de la visio svp ?", timedelta(days=1), False),
            (
                "manon",
                "Pour ceux qui demandent, le lien est dans le premier message, tout en haut 👆",
                timedelta(days=1, minutes=2),
                False,
            ),
        ],
        "Visio du réseau",
    )
    assert said == []


async def test_a_link_under_a_paragraph_naming_its_assignment_answers_a_request_for_it() -> None:
    said = await _after(
        [
            (
                "vikram",
                "The deadline for **Week 5 Graded Assignment (BDM)** is extended to Sunday 11:59 PM.\n\n"
                "Submit here: https://portal.example.org/courses/bdm/ga/week-5",
                timedelta(),
                True,
            ),
            ("karthik", "where do we submit GA 5?? the week 5 tab only shows lectures", timedelta(days=1), False),
        ],
        "BDM Week 5",
        language="en",
    )
    assert len(said) == 1 and "https://portal.example.org/courses/bdm/ga/week-5" in said[0].raw
