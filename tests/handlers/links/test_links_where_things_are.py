"""French asks for where a thing is, said straight ("Les photos sont où ?", "les notes sont où ?"), for a thing still
not given ("Toujours pas de slides ?"), for where a session is watched live, and for an online room's address; and
the look-alikes that ask for no link (a board on a wall, a place's address, news, a link forgotten and given)."""

from __future__ import annotations

import pytest

from handlers.links.bursts import sentence_kinds
from handlers.links.text import is_request, wanted_kinds
from tests.handlers.links.test_links_asks import Thread, scribe_says

ASKS = [
    "Les photos sont où ? Je voudrais en mettre une dans notre bulletin",
    "Et les photos de la fête, elles sont où ?",
    "Bonsoir, les notes des séances précédentes sont où ? J'aimerais rattraper avant de me connecter",
    "Les documents préparatoires, c'est où déjà ? Je voudrais relire le budget avant cet après-midi",
    "Bonjour, où sont les supports de la deuxième journée ?",
    "Toujours pas de slides ? 🙂",
    "On peut la regarder où en direct ? Je suis coincée au bureau",
    "C'est quoi l'adresse du salon des fabmanagers ? Element ne me le trouve pas",
]

NOT_ASKS = [
    "Le tableau blanc est où ? Je ne le trouve pas dans l'atelier",
    "Les clés sont où ?",
    "C'est quoi l'adresse du local déjà ?",
    "Toujours pas de nouvelles de la mairie ?",
    "On peut la regarder où, la pièce ? Au théâtre ?",
    "**Edit** : j'avais oublié le lien visio, le voici : https://meet.jit.si/coworking-petitdej",
]


@pytest.mark.parametrize("text", ASKS)
def test_where_a_thing_is_asks_for_it(text: str) -> None:
    assert is_request(text)


@pytest.mark.parametrize("text", NOT_ASKS)
def test_things_of_a_room_or_a_place_ask_for_no_link(text: str) -> None:
    assert not is_request(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Toujours pas de slides ? 🙂", "document"), ("On peut la regarder où en direct ?", "meeting")],
)
def test_the_kind_asked(text: str, kind: str) -> None:
    assert kind in wanted_kinds(sentence_kinds(text))


async def test_the_notes_of_earlier_sessions_are_the_notes_pad(make_sandbox, make_engine) -> None:
    """ "Précédentes" says which notes, not what they are about: the pad of the notes answers."""
    thread: Thread = (
        "fr",
        "GT modèle économique : visios mensuelles",
        [
            (
                "nicolas_gt",
                "Les séances du GT : chaque 2e mardi du mois à 17h30, https://visio.example.org/rooms/gt-eco\n\n"
                "Notes partagées : https://pad.example.org/p/gt-eco",
            ),
            ("laetitia_r", "Merci pour cette première séance, très riche !"),
            ("yves_d", "Pour la séance de novembre je serai là."),
            ("laetitia_r", "À tout de suite pour la visio !"),
            ("sabrina_c", "Bonsoir, les notes des séances précédentes sont où ? J'aimerais rattraper avant"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert any("https://pad.example.org/p/gt-eco" in raw for raw in said)
