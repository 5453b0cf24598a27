"""A French "+1" that goes on with the member's own case (what they cannot open, why they missed the session, what
they wish) asks again, and so does a bump ("up ? 🙏"); one agreeing with an idea, coming to the event or having found
the link since does not. A registration said missed ("j'ai pas pu m'inscrire à temps") is not what is asked; a table
asked just before the meeting is the table, not the call; "le lien d'inscription pour celle-là ?" under a post on
another session is not answered with the announcement's form; "je viens de te le renvoyer en MP" and "j'oubliais le
lien 🙄 <link>" ask nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.models import Topic
from bot.sandbox.cook import cook
from handlers.links.bursts import request_groups, sentence_kinds
from handlers.links.text import is_request
from handlers.links.text.agreement import is_agreement
from tests.handler_kit import make_post
from tests.handlers.links.test_links_of_the_session_and_year_asked import decided, session
from tests.handlers.links.test_other_links_named_and_earlier_replays import _thread


@pytest.mark.parametrize(
    "text",
    [
        "+1, j'étais en déplacement ce jour-là",
        "+1 je n'ai pas pu me libérer 😢",
        "Pareil, erreur 404 chez moi aussi",
        "pareil, la page m'affiche « formulaire clos »",
        "+1 pour le replay, j'ai dû partir avant la fin",
        "moi non plus, le lien m'envoie sur une page blanche",
        "+1, intéressée par le support",
        "+1 surtout la partie sur les baux commerciaux",
        "+1, ça marche pas chez moi",
        "idem, si quelqu'un l'a je prends",
        "+1 ça m'aiderait bien pour notre CA",
        "Pas reçu non plus 😕 ça m'intéresse aussi",
        "up ? 🙏",
        "Petit up pour le replay 🙂",
    ],
)
def test_a_plus_one_telling_ones_own_case_asks_again(text: str) -> None:
    assert is_agreement(text)


@pytest.mark.parametrize(
    "text",
    [
        "+1 je viendrai avec deux bénévoles",
        "pareil, j'ai trouvé merci !",
        "+1, c'est bon pour moi",
        "Pareil, je serai là samedi",
        "+1, je suis inscrite depuis lundi",
        "+1 pour la proposition de Louise, on en reparle en CA",
        "+1, je soutiens l'idée d'un repas partagé",
        "Up to you, both days work for me",
        "upload it when you can",
    ],
)
def test_a_plus_one_agreeing_coming_or_found_asks_nothing(text: str) -> None:
    """The guards: an idea agreed with, a member coming or registered, a link found since."""
    assert not is_agreement(text)


def test_a_plus_one_telling_why_one_missed_it_joins_the_request_above() -> None:
    posts = _thread(
        ("maelle_t", "Atelier « réparer son vélo » jeudi 12 février à 18h à la Recyclerie. Merci à tous !", 1, None),
        ("jules_p", "Merci pour l'atelier ! Vous pourriez mettre le replay ici ?", 13, None),
        ("ines_b", "+1, j'étais coincée au boulot ce soir-là", 13, None),
    )
    topic = Topic(id=1, title="Atelier vélo", posts=posts, created_by="maelle_t")
    assert request_groups(topic, "scribe", order="DMY")[-1].post_numbers == [2, 3]


def test_a_registration_said_missed_is_not_what_is_asked() -> None:
    assert sentence_kinds("J'ai pas pu m'inscrire à temps, vous pouvez partager les slides ici ?") == {"document"}


def test_a_registration_one_cannot_make_is_still_asked() -> None:
    """The guard: "je n'arrive pas à m'inscrire" asks for the form."""
    assert sentence_kinds("Je n'arrive pas à m'inscrire, vous pouvez remettre le lien ?") == {"registration"}


TABLE = "https://cloud.example.org/s/tableau-arrosages"


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 2, day, hour, minute, tzinfo=UTC)


def test_a_table_asked_just_before_the_meeting_is_the_table_not_the_call() -> None:
    opening = (
        "Réunion de printemps **mercredi 11 février à 18h** au cabanon.\n\n"
        "Le tableau des parcelles et des arrosages est ici :\n\nPour suivre de loin, visio sur le lien habituel."
    )
    raws = [
        ("helene_c", opening, _at(2, 9), None),
        ("helene_c", f"Oups, le tableau 🙈 : {TABLE}", _at(2, 9, 4), 1),
        ("aurore_m", "C'est quoi le « lien habituel » pour la visio ?", _at(10, 19), 1),
        ("jm_t", "c'est https://visio.example.org/jardin , le même pour toutes les réunions", _at(10, 19, 30), 3),
        ("mathis_l", "je trouve plus le tableau des arrosages ??", _at(11, 16, 40), None),
    ]
    posts = tuple(
        make_post(n, user, raw, created_at=when, reply_to_post_number=to, cooked=cook(raw))
        for n, (user, raw, when, to) in enumerate(raws, start=1)
    )
    meeting = session(1, datetime(2026, 2, 11, 17, 0, tzinfo=UTC), "Réunion de printemps", "helene_c")
    assert decided(posts, "Jardin : réunion de printemps", [meeting]) == ("answer", TABLE)


LASER = "https://www.helloasso.com/associations/fablab/evenements/initiation-laser-mars"


def _laser(asked_under: int) -> tuple[str, str | None]:
    posts = _thread(
        ("quentin_l", f"Initiation découpe laser **vendredi 13 mars, 18h-20h**.\nInscription : {LASER}", 2, None),
        ("manon_l", "L'initiation sécurité c'est quand la prochaine ?", 5, None),
        ("quentin_l", "Tous les premiers mardis du mois, 18h.", 5, 2),
        ("manon_l", "Et le lien d'inscription pour celle-là ?", 6, asked_under),
    )
    return decided(posts, "Initiation laser")


def test_that_one_asked_under_a_post_on_another_session_is_not_the_announcements() -> None:
    assert _laser(asked_under=3) == ("silent", None)


def test_that_one_asked_under_the_announcement_is_its_session() -> None:
    """The guard: "celle-là" replying to the opening post is the session it announces."""
    assert _laser(asked_under=1) == ("answer", LASER)


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Lucie, le lien n'est pas public, il part par mail. Je viens de te le renvoyer en MP.",
        "j'oubliais le lien 🙄 https://framaforms.org/repair-cafe-mars",
    ],
)
def test_a_link_just_sent_or_added_asks_nothing(text: str) -> None:
    assert not is_request(text)
