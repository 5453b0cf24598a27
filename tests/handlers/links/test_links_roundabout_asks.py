"""Link requests of members not at ease with computers, who ask without the word "lien": how to get into the call,
the document in a format they can open, whether a session was filmed, where a report was put. And what looks like
them but asks for no link."""

from __future__ import annotations

import pytest

from handlers.links.bursts import sentence_kinds
from handlers.links.text import is_request, pointer_phrase, wanted_kinds
from tests.handlers.links.test_links_asks import Thread, scribe_says

ASKS = [
    ("Bonsoir, comment on fait pour rejoindre ? Je n'ai jamais fait de visio", frozenset({"meeting"})),
    ("Comment je fais pour entrer tout à l'heure ?", frozenset()),
    ("Comment faire pour me connecter à la permanence de jeudi ?", frozenset({"meeting"})),
    ("Merci ! Vous ne l'auriez pas en pdf ? Mon ordinateur n'ouvre pas ce fichier", frozenset({"document"})),
    ("Une version PDF nous arrangerait pour l'affichage.", frozenset({"document"})),
    ("Le programme est dispo en pdf ?", frozenset({"document"})),
    ("Est-ce qu'on pourrait avoir le dossier en pdf svp ?", frozenset({"document"})),
    ("J'étais malade mardi : la formation a été filmée ?", frozenset({"recording"})),
    ("Je n'ai pas pu venir, est-ce que la réunion a été enregistrée ?", frozenset({"recording"})),
    ("Le compte-rendu de l'AG a été déposé quelque part ?", frozenset({"document"})),
    ("Les rapports d'activité sont en ligne quelque part ?", frozenset()),
    ("J'aimerais revoir la vidéo du webinaire mais je ne sais plus où elle est", frozenset({"recording"})),
    ("Je ne vois rien après « Formulaire : » dans l'annonce, c'est normal ?", frozenset({"registration"})),
    ("À côté de « Lien de la salle », il n'y a rien chez moi", frozenset()),
    ("Je n'arrive pas à ouvrir le .odt, ce serait possible de l'avoir en PDF ?", frozenset({"document"})),
    ("Super atelier ! @Claire_TL les diapos ?", frozenset({"document"})),
    ("Et le replay de la session 2 ?", frozenset({"recording"})),
    ("Je suis arrivée en retard, c'était enregistré par hasard ?", frozenset()),
    # a question of one's own for the people it names, not advice to them
    ("Pour celles et ceux qui suivront de chez eux, on se connecte comment jeudi ?", frozenset({"meeting"})),
    # the one link seen says what is not asked: the form, not the call's
    (
        "Il y a un formulaire pour s'inscrire à l'atelier ? Je ne vois que le lien de la visio.",
        frozenset({"registration"}),
    ),
]


@pytest.mark.parametrize(("sentence", "kind"), ASKS)
def test_a_roundabout_ask_is_a_request_for_the_kind_it_names(sentence: str, kind: frozenset[str]) -> None:
    assert is_request(sentence)
    assert wanted_kinds(sentence_kinds(sentence)) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Comment on fait pour rejoindre l'association ? Il y a une cotisation ?",
        "Comment faire pour rejoindre le groupe de travail compostage ?",
        "Mon inscription a bien été enregistrée ?",
        "Le chantier sera filmé par la télé locale samedi.",
        "J'ai converti le diaporama en pdf, il est plus léger.",
        "Comment on fait pour entrer dans le bâtiment le dimanche ?",
        "J'ai posté la vidéo sur le cloud hier, je ne sais plus où elle est rangée exactement",
        "Et le support de la 3e ?",
        "Pour ceux qui n'ont pas le lien, il est dans le premier message.",
        "Le replay était top ?",
    ],
)
def test_what_looks_like_a_roundabout_ask_but_asks_for_no_link(sentence: str) -> None:
    assert not is_request(sentence)


VISIO = "https://visio.example.org/b/cafe-benevoles"


async def test_a_member_asking_how_to_get_in_is_given_the_call_link(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "Café des bénévoles en visio",
        [
            ("coordo_tl", f"Café des bénévoles en visio **jeudi 3 décembre à 18h**. Pour nous rejoindre : {VISIO}"),
            (
                "gisele_tl",
                "Bonsoir, je suis nouvelle. Comment on fait pour rejoindre ? Il faut installer quelque chose ?",
            ),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert len(said) == 1 and VISIO in said[0]


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("Quand je clique sur le lien j'arrive sur une page « cette réunion est terminée », c'est normal ?", False),
        ("J'ai cliqué sur le lien mais rien ne se passe", False),
        ("Pour vous inscrire, cliquez sur le lien", True),
    ],
)
def test_a_member_clicking_a_link_points_at_none(text: str, points: bool) -> None:
    """A member telling what happens when they click forgot no link; an announcement asking to click may have."""
    assert (pointer_phrase(text) is not None) == points
