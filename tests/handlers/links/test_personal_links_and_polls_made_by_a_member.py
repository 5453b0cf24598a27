"""A call's link the announcement says is sent after registering, or personal ("nominatif"), is not asked of its
author in public; a poll the announcement says a member will make and post is answered with the link that member
posts. "Est-ce qu'on a le CR ?", "le bon lien c'est lequel finalement ?", "le planning, il est en ligne quelque part ?"
and "le lien mène sur une page d'erreur" ask for a link."""

from __future__ import annotations

import pytest

from handlers.links.text import is_request
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


@pytest.mark.parametrize(
    "text",
    [
        "Est-ce qu'on a le compte-rendu de l'AG ? j'étais pas là",
        "on a aussi les slides de la 2e séance ?",
        "Le planning des permanences il est en ligne quelque part ?",
        "le bon formulaire c'est lequel du coup ?",
        "le lien m'envoie sur une page d'erreur",
        "le lien mène sur une page blanche 😕",
    ],
)
def test_asking_whether_we_have_it_which_is_the_right_one_or_where_it_leads_is_a_request(text: str) -> None:
    assert is_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "On a le droit de venir avec les enfants ?",
        "On a le compte-rendu, je le mets en ligne ce soir.",
        "Le planning est chargé cette semaine !",
        "ce chemin mène sur la place du marché",
    ],
)
def test_saying_we_have_it_or_where_a_path_leads_is_no_request(text: str) -> None:
    assert not is_request(text)
