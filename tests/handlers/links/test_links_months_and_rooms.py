"""A new room for the visio does not replace the registration form ("la visio est décalée… nouveau lien"), and a
calendar named for a month already over ("…/permanence-mars", asked in April) is last session's: scribe gives the
form asked for, and no past month's calendar."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.models import Topic
from handlers.links.bursts import request_groups
from handlers.links.candidates import Candidate, month_over
from handlers.links.decision import decide
from tests.handler_kit import make_post
from tests.handlers.links.test_links_asks import Thread, scribe_says

FORM = "https://framaforms.org/jpo-tiers-lieux-savoie-2026-lieux"
ROOM = "https://visio.example.org/b/cla-jpo-prep"
NEW_ROOM = "https://visio.example.org/b/cla-jpo-prep-2"
OPEN_DAYS = (
    f"Les journées portes ouvertes reviennent samedi 9 et dimanche 10 janvier !\n\n"
    f"- Inscrire votre lieu (avant le 20 décembre) : {FORM}\n"
    f"- Visio de préparation jeudi 10 décembre à 12h30 : {ROOM}"
)
MOVED = (
    "Petit changement : la visio de préparation est décalée à vendredi 11 décembre, 12h30, "
    f"nouveau lien : {NEW_ROOM} (l'autre salle n'est plus valable)."
)


async def test_the_form_is_given_though_the_visio_moved_to_a_new_room(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "Journées portes ouvertes des tiers-lieux – 9 et 10 janvier",
        [
            ("claire_b", OPEN_DAYS),
            ("claire_b", MOVED),
            ("benoit_e", "Bonjour, je ne trouve pas le formulaire pour inscrire notre lieu, vous pouvez le remettre ?"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert len(said) == 1 and FORM in said[0] and NEW_ROOM not in said[0]


T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
MARCH = "https://rdv.tierslieux74.fr/permanence-mars"


def _permanences(request: str, asked_on: datetime) -> Topic:
    posts = (
        make_post(
            1,
            "francois_d",
            f"Permanences individuelles, prochaine date : mardi 17 mars. Réservez votre créneau sur le "
            f"[calendrier]({MARCH}).",
            created_at=T0,
        ),
        make_post(2, "justine_r", request, created_at=asked_on),
    )
    return Topic(id=1, title="Permanences d'accompagnement – printemps", posts=posts, created_by="francois_d")


def test_a_calendar_named_for_a_month_over_is_not_given() -> None:
    topic = _permanences("Vous pouvez remettre le lien pour réserver en avril ?", datetime(2026, 4, 8, 10, tzinfo=UTC))
    decision = decide(topic, request_groups(topic, "scribe", order="DMY")[0], "scribe", [])
    assert decision.action == "silent" and decision.why is not None and decision.why.key == "month_over"


def test_the_calendar_of_the_month_is_given() -> None:
    topic = _permanences("C'est quoi le lien pour réserver un créneau ?", T0 + timedelta(days=3))
    decision = decide(topic, request_groups(topic, "scribe", order="DMY")[0], "scribe", [])
    assert decision.action == "answer" and decision.found is not None and decision.found.url == MARCH


def _link(url: str, words: str = "Réservez votre créneau sur le calendrier") -> Candidate:
    return Candidate(url, 1.0, frozenset({"registration"}), "first_post", 1, context=words)


def test_a_month_in_an_address_is_read_as_a_word() -> None:
    april = datetime(2026, 4, 8, tzinfo=UTC)
    assert month_over(_link("https://rdv.example.org/permanence-mars"), april)
    assert not month_over(_link("https://rdv.example.org/permanence-avril"), april)
    assert not month_over(_link("https://rdv.example.org/permanence-mai"), april)  # next month's: still to come
    assert not month_over(_link("https://mail.example.org/marsouin"), april)  # no month, only words holding one
    assert not month_over(_link("https://example.org/mars-avril"), april)  # two months: which one is it?


def test_words_naming_the_month_win_over_the_address() -> None:
    april = datetime(2026, 4, 8, tzinfo=UTC)
    assert not month_over(_link("https://meet.jit.si/visio-mars", "La visio d'avril, c'est ici"), april)
