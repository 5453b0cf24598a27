"""An asker opening their next post on "Trouvé" needs nothing more; a link said to lead to an old version is no
answer to itself; a member sending others to the service whose page the announcement gives ("inscris-toi via
HelloAsso") forgot no link, while the announcer's own later post pointing at a page it lacks did."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.actions import SendPrivateMessage
from bot.events import PostCreated
from bot.text import analyse, fold
from handlers.links.answer import dead_words
from handlers.links.text import after_solved, is_request
from tests.handler_kit import make_post
from tests.handlers.links.test_links import T0, Bot, replies, topic_of

CONCERT = (
    "Soirée de soutien le vendredi 22 mai dès 19h.\n"
    "Billetterie ici : https://www.helloasso.com/associations/friche/evenements/concert\n\n"
    "On cherche des bénévoles buvette, tableau des créneaux : https://cloud.example.org/s/benevoles-22mai"
)


@pytest.mark.parametrize(
    "later", ["Trouvé, je me suis mis 21h-23h", "ok trouvé ! merci", "Ah. Trouvé, c'était dans l'annonce, désolé"]
)
def test_a_post_opening_on_found_asks_for_nothing(later: str) -> None:
    assert after_solved(fold(later)) == ""


@pytest.mark.parametrize(
    "later", ["Trouvé nulle part le lien du tableau", "trouvé où le lien ?", "Pas trouvé le lien, vous l'avez ?"]
)
def test_found_nowhere_or_asked_where_still_asks(later: str) -> None:
    assert after_solved(fold(later)) != ""


async def test_an_asker_who_found_it_before_scribe_answers_gets_nothing() -> None:
    posts = [
        make_post(1, "samir_h", CONCERT, created_at=T0),
        make_post(
            2, "julien_c", "Je veux bien faire un créneau buvette, je m'inscris où ?", created_at=T0 + timedelta(days=3)
        ),
        make_post(3, "julien_c", "trouvé, je me suis mis 21h-23h", created_at=T0 + timedelta(days=3, minutes=6)),
    ]
    bot = Bot()
    out = await bot.send(PostCreated(posts[1]), topic_of(posts, title="Concert de soutien"), posts[2].created_at)
    assert replies(out) == []


@pytest.mark.parametrize(
    "asks",
    [
        "Le lien des statuts renvoie vers la v3 non ? les modifs de mai n'y sont pas",
        "le lien du règlement mène à une ancienne version je crois",
        "c'est pas la bonne version des statuts dans le lien",
    ],
)
def test_a_link_said_to_lead_to_an_old_version_is_dead_to_its_asker(asks: str) -> None:
    assert dead_words(asks)


def test_a_version_named_without_fault_is_not_dead() -> None:
    assert not dead_words("Voici la version 2 des statuts, dites-moi si ça vous va")


async def test_a_request_saying_the_link_leads_to_an_old_version_is_not_answered_with_it() -> None:
    posts = [
        make_post(
            1,
            "agnes_v",
            "AG constitutive samedi 27 juin à 14h.\n- Projet de statuts : https://cloud.example.org/s/statuts-v4",
            created_at=T0,
        ),
        make_post(
            2,
            "georges_b",
            "Le lien des statuts renvoie vers la v3 non ? j'ai l'impression que les modifs de mai n'y sont pas",
            created_at=T0 + timedelta(hours=4),
        ),
    ]
    assert is_request(analyse(posts[1]).text)
    bot = Bot()
    out = await bot.send(PostCreated(posts[1]), topic_of(posts, title="AG constitutive"), T0 + timedelta(hours=6))
    assert all("statuts-v4" not in a.raw for a in replies(out))


async def _told(reply_author: str, reply: str) -> list[SendPrivateMessage]:
    """The private notes scribe sends once every post and timer of a short thread is played."""
    posts = [
        make_post(1, "agnes_v", CONCERT, created_at=T0),
        make_post(2, "ludivine_p", "Pour la visio, le lien est où ?", created_at=T0 + timedelta(days=1)),
        make_post(3, reply_author, reply, created_at=T0 + timedelta(days=1, minutes=40)),
    ]
    topic = topic_of(posts, title="Concert de soutien")
    bot = Bot()
    for post in posts:
        await bot.send(PostCreated(post), topic, post.created_at + timedelta(minutes=1))
    await bot.fire_timers(topic, posts[-1].created_at + timedelta(days=1))
    return [a for a in bot.sent if isinstance(a, SendPrivateMessage)]


async def test_a_member_sending_others_to_the_announcements_service_forgot_no_link() -> None:
    assert await _told("georges_b", "Il est envoyé aux inscrits, inscris-toi via HelloAsso et tu le recevras") == []


async def test_the_announcers_own_post_pointing_at_a_page_it_lacks_is_told() -> None:
    told = await _told("agnes_v", "Pour les adhésions, ça se passe sur HelloAsso ici :")
    assert [a.recipients for a in told] == [("agnes_v",)]
