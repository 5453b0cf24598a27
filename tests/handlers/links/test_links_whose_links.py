"""Whose link answers and whom to ask: a co-host the announcement names gives the link as the announcer would; a
replay the announcement keeps for members is asked of nobody; a visio of another day than any of the topic's sessions
is another meeting's; the link an asker says they have is not the one they ask for."""

from __future__ import annotations

import pytest

from handlers.links.co_hosts import co_hosts
from handlers.links.text import kinds_of
from tests.handler_kit import make_post
from tests.handlers.links.test_links import topic_of
from tests.handlers.links.test_links_asks import Thread, scribe_says

JOIN = "https://visio.example.org/b/raf-5ks-1pj"


async def test_a_link_posted_by_the_co_host_the_announcement_names_answers_a_later_request(
    make_sandbox, make_engine
) -> None:
    thread: Thread = (
        "fr",
        "Visio service civique",
        [
            (
                "benedicte_f",
                "Visio d'échange sur l'accueil de volontaires, **jeudi 10 décembre de 10h à 11h30**. Raphaël, qui "
                "co-anime, va vous poster le lien.",
            ),
            ("raphael_c", f"Voici le lien : [salle BBB du réseau]({JOIN})"),
            ("lisa_m", "Bonjour, c'est bientôt ! @benedicte_f vous avez le lien de la visio ?"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert any(JOIN in raw for raw in said)
    assert not any("@benedicte_f" in raw for raw in said)


async def test_a_replay_kept_for_members_is_asked_of_nobody(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "Conférence santé mentale et tiers-lieux",
        [
            (
                "amandine_t",
                "Conférence-débat **jeudi 26 novembre à 18h30** à l'Atelier. La conférence sera filmée ; le replay "
                "sera envoyé par mail aux adhérent·es du réseau.",
            ),
            ("guillaume_r", "Merci pour hier soir ! Quelqu'un a le lien du replay ? Je voudrais le montrer."),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread, gaps=[3])
    assert not any("@amandine_t" in raw for raw in said)


async def test_a_visio_of_a_day_none_of_the_topics_sessions_is_on_is_asked_of_nobody(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "Atelier compost aux Garets",
        [
            (
                "isabelle_f",
                "Atelier compost au jardin des Garets **samedi 5 décembre à 10h**. Gratuit, venez avec un seau.",
            ),
            (
                "dominique_a",
                "Au passage, quelqu'un a le lien de la visio du réseau des jardins mardi prochain ? Pas reçu.",
            ),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert not any("@isabelle_f" in raw for raw in said)


async def test_the_link_an_asker_says_they_have_is_not_given_them(make_sandbox, make_engine) -> None:
    form = "https://framaforms.org/mise-a-jour-carte-tl"
    thread: Thread = (
        "fr",
        "La carte des tiers-lieux est en ligne",
        [
            (
                "isa_tl",
                f"La **carte interactive des tiers-lieux** est en ligne ! Si votre lieu manque, remplissez le "
                f"formulaire de mise à jour : {form}",
            ),
            (
                "yannick_42",
                "T'aurais le lien vers la carte ? Je la trouve pas (le formulaire je l'ai, c'est la carte que je "
                "cherche)",
            ),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert not any(form in raw for raw in said)


@pytest.mark.parametrize(
    "opening",
    [
        "Avec Coralie Bonnet (La Grange, Laon), on co-anime un cycle de trois visios cet automne.",
        "Visio du cycle jeudi à 18h, co-animée avec Coralie.",
        "Visio du cycle jeudi à 18h. Coralie, qui co-anime, va vous poster le lien.",
    ],
)
def test_the_co_host_an_opening_names_is_read(opening: str) -> None:
    posts = [make_post(1, "rachid_b", opening), make_post(2, "coralie_b", "Les slides : https://cloud.example/s/s1")]
    assert co_hosts(topic_of(posts, title="Cycle de visios"), "rachid_b") == {"coralie_b"}


@pytest.mark.parametrize("words", ["Projet de statuts", "le rapport financier", "Règlement intérieur (v2)"])
def test_an_associations_papers_are_documents(words: str) -> None:
    """Statutes and reports are documents: under an AG announced with its visio, their links are no call's."""
    assert kinds_of(words) == {"document"}
