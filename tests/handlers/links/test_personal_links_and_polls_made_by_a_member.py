"""A call's link the announcement says is sent after registering, or personal ("nominatif"), is not asked of its
author in public; a poll the announcement says a member will make and post is answered with the link that member
posts."""

from __future__ import annotations

from handlers.meetings.names import named_co_hosts
from tests.handlers.links.test_links_of_the_session_and_year_asked import decided
from tests.handlers.links.test_other_links_named_and_earlier_replays import _thread


def _training(said: str) -> tuple[str, str | None]:
    posts = _thread(
        ("annick_d", f"Formation **réparer son vélo** en visio, **mardi 10 février à 18h**.\n{said}", 2, None),
        ("tugdual_m", "Quelqu'un a le lien de la visio de ce soir ?", 10, None),
    )
    return decided(posts, "Formation vélo")


def test_a_call_link_sent_after_registering_is_not_asked_of_the_announcer() -> None:
    assert _training("Le lien de connexion est envoyé par l'atelier après votre inscription.")[0] == "silent"


def test_a_personal_call_link_is_not_asked_of_the_announcer() -> None:
    assert _training("Chaque inscrit·e reçoit son lien, il est nominatif.")[0] == "silent"


def test_a_call_link_to_be_posted_here_is_asked_of_the_announcer() -> None:
    """The guard: an announcement saying its link will be posted in the topic is asked for it."""
    assert _training("Le lien visio sera posté ici la veille.")[0] == "ask"


POLL = "https://framadate.org/pique-nique-juin"


def test_a_poll_a_member_was_to_make_is_answered_with_the_link_they_post() -> None:
    posts = _thread(
        (
            "youenn_k",
            "On fête les 5 ans du jardin en juin ! Maïwenn s'occupe de faire un sondage pour la date, "
            "elle le postera ici.",
            2,
            None,
        ),
        ("youenn_k", "@Maiwenn_L tu as le lien du sondage ?", 8, None),
        ("Maiwenn_L", f"Le voilà : {POLL}", 8, 2),
        ("goulven_p", "vous pouvez remettre le lien du sondage ?", 12, None),
    )
    assert decided(posts, "5 ans du jardin") == ("answer", POLL)


def test_the_one_making_the_poll_is_named_and_not_the_chores() -> None:
    assert named_co_hosts("maiwenn s'occupe de faire un sondage pour la date") == {"maiwenn"}
    assert named_co_hosts("maiwenn s'occupe de faire la vaisselle") == set()
