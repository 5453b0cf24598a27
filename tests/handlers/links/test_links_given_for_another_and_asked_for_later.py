"""A member saying the announcer forgot the link and giving it ("Thierry a oublié le lien 😄 c'est celui-là : …") asks
for nothing, nor does an announcer's "le lien visio n'est jamais posté ici, je te l'envoie en MP"; "Lien de ce soir
?", "Alors, ce replay ?", "Le compte-rendu sera mis où ?", "… un support de présentation, qqn l'a ?" and "C'est
encore possible de s'inscrire ? où ?" ask for a link; a "captation" is a recording; the announcer is not asked for a
call's link a member gave in the topic (scribe cannot vouch for it, and saying none is there would be false); an
announcement giving one link and pointing at another it forgot ("Le replay est dispo ici :" above "le compte-rendu
écrit : <link>", "remplissez le formulaire de procuration ci-dessous avant le lundi 8 juin :" and nothing below) is
told of the one forgotten; a replay its announcer promised in a reply ("Oui on enregistre, je mettrai le lien ici")
is asked of them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.models import Topic
from bot.sandbox.cook import cook
from handlers.links.bursts import request_groups
from handlers.links.decision import decide
from handlers.links.forgotten import forgotten_link
from handlers.links.text import is_request, kinds_of
from tests.handler_kit import make_post
from tests.handlers.links.test_links_of_the_session_and_year_asked import session

FORM = "https://www.helloasso.com/associations/jardin-partage/evenements/stage-vannerie"


@pytest.mark.parametrize(
    "text",
    [
        "Lien de ce soir ?",
        "Alors, ce replay ? 😇",
        "Merci pour l'AG ! Le compte-rendu sera mis où ?",
        "Il y avait aussi un support de présentation sur le foncier, qqn l'a ?",
        "C'est encore possible de s'inscrire ? où ?",
        "Bonsoir, on est un tout nouveau lieu, c'est encore possible de s'inscrire ? si oui c'est où ?",
    ],
)
def test_a_link_asked_for(text: str) -> None:
    assert is_request(text)


@pytest.mark.parametrize(
    "text",
    [
        f"Thierry a oublié le lien 😄 c'est celui-là : {FORM}",
        f"Je crois que le lien a été oublié, c'est celle-ci : {FORM}",
        "Bastien, le lien visio n'est jamais posté ici (le forum est public), je te l'envoie en MP là 👍",
        # the guards: a registration asked about, not its link; a replay spoken of
        "Alors, ce replay, il était top ?",
        "Les chaises seront mises où ?",
        "Le CR de la réunion, quelqu'un l'a lu ?",
        "C'est encore possible de s'inscrire ?",
    ],
)
def test_nothing_asked(text: str) -> None:
    assert not is_request(text)


def test_a_captation_is_a_recording() -> None:
    assert "recording" in kinds_of("s'il y a une captation vous pourrez mettre le lien ici ?")


def test_a_forgotten_link_given_by_another_with_a_question_after_it_still_asks() -> None:
    """The guard: a question after the link given ("c'est celui-là ? …") is no giving."""
    assert is_request(f"Thierry a oublié le lien je crois, c'est celui-là {FORM} ? il ne marche pas chez moi")


PUBLIC_MEETING = (
    "La mairie et l'asso organisent une **réunion publique jeudi 17 septembre à 18h30** à la Conserverie. Pour celles "
    "et ceux qui ne peuvent pas se déplacer, ce sera aussi en visio, lien ci-dessous."
)
CALL = "https://visio.example.org/conserverie-reunion-publique"


def _last_decided(*raws: tuple[str, str], day: int = 17) -> tuple[str, str]:
    """What scribe decides about the thread's last request, each post (author, raw) written a minute apart on `day`
    of September (the meeting is on the 17th)."""
    posts = tuple(
        make_post(n, user, raw, created_at=datetime(2026, 9, day, 16, n, tzinfo=UTC), cooked=cook(raw))
        for n, (user, raw) in enumerate(raws, start=1)
    )
    topic = Topic(id=1, title="Réunion publique", posts=posts, created_by=posts[0].username)
    meetings = [session(1, datetime(2026, 9, 17, 16, 30, tzinfo=UTC), "Réunion publique", posts[0].username)]
    group = request_groups(topic, "scribe", order="DMY", sessions=meetings)[-1]
    decision = decide(topic, group, "scribe", meetings)
    return decision.action, decision.why.key if decision.why else ""


def test_the_announcer_is_not_asked_for_a_call_link_a_member_gave() -> None:
    assert _last_decided(
        ("ronan_d", PUBLIC_MEETING),
        ("aziliz_c", f"Ronan l'a envoyé sur la liste mail de l'asso, c'est {CALL}"),
        ("jean_luc", "Le lien de la visio svp, je suis en retard 😬"),
    ) == ("silent", "member_gave")


@pytest.mark.parametrize(
    "given",
    [
        "Les photos du chantier sont ici : https://photos.example.org/conserverie-ete",
        "Je mets ici le pad des idées, à alimenter avant la réunion : https://pad.example.org/p/conserverie-idees",
        "L'an dernier c'était ce lien : https://visio.example.org/conserverie-2025",
    ],
)
def test_the_announcer_is_asked_for_a_call_link_no_member_gave(given: str) -> None:
    """The guards: a member's link of another kind, or of another version, leaves the ask as it was."""
    assert _last_decided(
        ("ronan_d", PUBLIC_MEETING),
        ("aziliz_c", given),
        ("jean_luc", "Le lien de la visio svp, je suis en retard 😬"),
    ) == ("ask", "none_of_kind")


@pytest.mark.parametrize(
    ("raw", "phrase"),
    [
        (
            "La table ronde de jeudi dernier est en ligne ! 🎥 Le replay est dispo ici :\n\nEt pour ceux qui "
            "préfèrent lire, le compte-rendu écrit : https://pad.example.org/p/cr-table-ronde\n\nSandrine",
            "🎥 Le replay est dispo ici",
        ),
        (
            "**AG extraordinaire mercredi 10 juin à 18h30**, en visio : https://visio.example.org/la-cale-age\n\n"
            "Si vous ne pouvez pas être là, **remplissez le formulaire de procuration ci-dessous avant le lundi 8 "
            "juin** :\n\nLes documents ont été envoyés par mail.",
            "remplissez le formulaire",
        ),
        # the guards: the link pointed at is the next line's, of its kind
        ("Visio jeudi 18h. Le lien de la visio est ici :\nhttps://visio.example.org/jeudi\n\nÀ jeudi !", None),
        (
            "Atelier samedi 10h, programme : https://pad.example.org/p/atelier\n\nInscriptions ici :\n"
            "https://framaforms.org/atelier-samedi",
            None,
        ),
    ],
)
def test_a_link_forgotten_beside_another(raw: str, phrase: str | None) -> None:
    post = make_post(1, "sandrine_m", raw, cooked=cook(raw))
    assert forgotten_link(post) == phrase


ASKED_TO_RECORD = ("klervi_c", "Et vous enregistrerez ? je suis en atelier ce soir-là")


@pytest.mark.parametrize(
    ("answer", "decided"),
    [
        ("Oui on enregistre si l'intervenant est ok, je mettrai le lien ici", ("ask", "none_of_kind")),
        # the guard: no promise, nothing to ask of the announcer
        ("Bonne question, je ne sais pas encore", ("silent", "not_promised")),
    ],
)
def test_a_replay_promised_in_a_reply_is_asked_of_its_announcer(answer: str, decided: tuple[str, str]) -> None:
    announcement = "**Réunion publique jeudi 17 septembre à 18h30** à la Conserverie, et en visio : " + CALL
    assert (
        _last_decided(
            ("ronan_d", announcement),
            ASKED_TO_RECORD,
            ("ronan_d", answer),
            ("klervi_c", "Alors, ce replay ? 😇"),
            day=19,
        )
        == decided
    )
