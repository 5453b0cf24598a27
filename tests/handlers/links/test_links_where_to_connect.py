"""French asks for a call, a recording or minutes in the words of members who never say "lien": where one connects,
whether a session can be watched again, where what was said can be read. And the posts that look like them."""

from __future__ import annotations

import pytest

from handlers.links.bursts import sentence_kinds
from handlers.links.text import is_request, wanted_kinds
from tests.handlers.links.test_links_asks import Thread, scribe_says

ASKS = [
    ("C'est dans 5 minutes, on se branche où ?", "meeting"),
    ("On se connecte à quelle adresse demain soir ?", "meeting"),
    ("Merci ! Et pour se connecter le 16, c'est où ?", "meeting"),
    ("On se retrouve sur quelle plateforme ce soir ?", "meeting"),
    ("Inscrite ! Pour rejoindre la visio le 17, je fais comment ?", "meeting"),
    ("On suit depuis Saumur, c'est où pour la retransmission ?", "meeting"),
    ("Vous pouvez redonner l'endroit où on réserve ? J'ai cherché sans trouver", "registration"),
    ("Par contre je ne vois pas où on se connecte pour la première séance ?", "meeting"),
    ("J'ai dû partir à la moitié, la séance est visible en différé quelque part ?", "recording"),
    ("Je n'ai pas pu y assister, y a moyen de rattraper la séance ?", "recording"),
    ("Et la séance 2, on peut la revoir quelque part ? Je l'ai ratée", "recording"),
    ("Je voudrais revoir la table ronde de la plénière, c'est possible ?", "recording"),
    ("La formation de novembre a-t-elle été filmée ? Si oui, où peut-on la regarder ?", "recording"),
    ("Je ne retrouve pas comment revoir la matinée sur les statuts", "recording"),
    ("Je n'ai pas pu venir mardi, où est-ce que je peux lire ce qui s'est dit ?", "document"),
    ("Je peux lire le résumé quelque part ?", "document"),
    ("Je n'étais pas là, il y a moyen de récupérer le support ?", "document"),
    ("Je rejoins le groupe. Vous pouvez m'aiguiller vers les notes de la réunion de janvier ?", "document"),
    ("Pour préparer : le compte-rendu de septembre, il a été rangé où ?", "document"),
    ("Le CR de mars, il était où déjà ? Je voudrais le relire avant.", "document"),
]


@pytest.mark.parametrize(("sentence", "kind"), ASKS)
def test_where_to_connect_watch_or_read_is_a_request_for_that_kind(sentence: str, kind: str) -> None:
    assert is_request(sentence)
    assert wanted_kinds(sentence_kinds(sentence)) == {kind}


@pytest.mark.parametrize(
    "sentence",
    [
        "On se connecte à 18h, soyez à l'heure !",
        "Je sais où on se connecte, merci",
        "Je ne sais pas où on se retrouve, au jardin ou au café ?",
        "On peut revoir le planning quelque part ?",
        "Je voudrais revoir la question du budget, c'est possible ?",
        "Il faudrait revoir le programme, c'est trop chargé",
        "Je peux lire le résumé demain matin, pas de souci.",
        "Le compte-rendu a été rangé dans le drive, dossier AG.",
        "Je ne sais pas où cliquer pour voter, c'est quel bouton ?",
        "L'endroit où on réserve la salle, c'est à la mairie.",
    ],
)
def test_what_only_looks_like_asking_where_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


async def test_connection_details_sent_by_mail_are_not_asked_for_in_public(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "Cycle compta associative",
        [
            (
                "thomas_tl",
                "**Cycle compta associative** : 4 séances en visio, le mardi à 18h en décembre.\n\n"
                "Inscription : https://framaforms.org/cycle-compta-2026\n\n"
                "Les infos de connexion arrivent par mail aux inscrits.",
            ),
            ("maxime_tl", "On se connecte à quelle adresse demain ?"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert not any("@thomas_tl" in raw for raw in said)


async def test_whether_there_will_be_a_connection_is_asked_of_nobody(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "AG ordinaire de décembre",
        [
            (
                "gaelle_tl",
                "L'**AG ordinaire** aura lieu le **samedi 19 décembre** au Garage, et en ligne pour celles et ceux qui "
                "ne peuvent pas se déplacer.",
            ),
            ("claire_tl", "Pour suivre à distance, on aura une adresse de connexion ?"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert not any("@gaelle_tl" in raw for raw in said)


SUPPORT = "https://cloud.example.org/s/facilitation-support"


async def test_a_member_who_missed_the_training_is_given_its_support(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "Formation facilitation : retours",
        [
            ("yann_tl", f"Merci à toutes et tous pour la formation facilitation ! Le support : {SUPPORT}"),
            ("sophie_tl", "Je n'étais pas là, il y a moyen de récupérer le support ?"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert len(said) == 1 and SUPPORT in said[0]


@pytest.mark.parametrize(
    "said",
    [
        "le lien est envoyé uniquement par mail aux structures adhérentes.",
        "Le lien visio est envoyé aux membres du CA et aux référent·es par mail.",
        "Réunion au tiers-lieu et en visio (lien envoyé avec la convocation).",
    ],
)
async def test_a_link_sent_to_some_by_mail_is_not_asked_for_in_public(make_sandbox, make_engine, said: str) -> None:
    thread: Thread = (
        "fr",
        "Réunion du CA élargi",
        [
            ("paul_tl", f"Réunion du **CA élargi jeudi 10 décembre à 18h** (budget 2027). {said}"),
            ("olivier_tl", "Je suis référent pour l'Allier, vous pouvez mettre le lien de la visio ici ?"),
        ],
    )
    said_by_scribe = await scribe_says(make_sandbox, make_engine, thread)
    assert not any("@paul_tl" in raw for raw in said_by_scribe)


def test_not_knowing_where_to_click_for_tomorrow_asks_for_a_link() -> None:
    """No kind named: the topic's session at hand says which (`decision._at_its_time`)."""
    assert is_request("Je ne sais plus où il faut cliquer pour demain 😅")
