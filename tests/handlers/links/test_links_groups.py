"""A request for one group's link under another group's announcement, a kind the asker says they have, and an asker
who takes their request back."""

from __future__ import annotations

import pytest

from bot.text import fold
from handlers.links.answer import groups_named
from handlers.links.bursts import _asked_kinds
from handlers.links.text import is_request, wanted_kinds
from handlers.links.text.exclusions import after_solved
from tests.handlers.links.test_links import meet_link_asked_then
from tests.handlers.links.test_links_asks import Thread, scribe_says


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Section B & C will have separate sessions", {"sectionb", "sectionc"}),
        ("groups 2, 3 and 4 meet tomorrow", {"group2", "group3", "group4"}),
        ("groupes A et B : visio mardi", {"groupa", "groupb"}),
        ("mam section C link please. I am from section C", {"sectionc"}),
        ("Batch 1 and Batch 2", {"batch1", "batch2"}),
        ("the group a bit later", set()),
        ("Group 2 and I will go", {"group2"}),
    ],
)
def test_the_groups_a_text_names_include_those_of_a_list(text: str, groups: set[str]) -> None:
    assert groups_named(text) == groups


OTHER_GROUP: dict[str, Thread] = {
    "another section's TAs": (
        "en",
        "Section A: TA session Thursday",
        [
            (
                "moderateur",
                "Section A students: TA session on Thursday, 7 PM.\nhttps://meet.google.com/sca-mtwo-ghp\n"
                "Section B & C will have separate sessions with their own TAs.",
            ),
            ("irfan", "mam section C link please. I am from section C"),
        ],
    ),
    "un autre groupe": (
        "fr",
        "Ateliers compta par groupe",
        [
            (
                "moderateur",
                "Groupe A : atelier compta mardi à 18h, https://visio.reseau-tierslieux.fr/b/compta-a\n"
                "Le groupe B a sa propre visio, organisée par les Fabriques.",
            ),
            ("lea", "Et le lien pour le groupe B ?"),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(OTHER_GROUP))
async def test_the_announcer_is_not_asked_for_the_link_of_a_group_seen_to_apart(
    make_sandbox, make_engine, case: str
) -> None:
    """The announcement is for one group and says the one asked is seen to apart: its author is not the one to ask,
    and the other group's call is no answer."""
    said = await scribe_says(make_sandbox, make_engine, OTHER_GROUP[case])
    assert not [raw for raw in said if ":links -->" in raw]


async def test_the_announcer_is_asked_for_a_group_s_link_it_said_would_come(make_sandbox, make_engine) -> None:
    """The announcement names the group asked among its own, its link to come: its author is the one to ask."""
    thread: Thread = (
        "en",
        "TA sessions by section",
        [
            (
                "moderateur",
                "TA sessions this week.\nSection A: Thursday 7 PM, https://meet.google.com/sca-mtwo-ghp\n"
                "Section C: Friday 7 PM, link below.",
            ),
            ("irfan", "mam section C link please. I am from section C"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    asks = [raw for raw in said if ":links -->" in raw]
    assert len(asks) == 1 and "@moderateur" in asks[0] and "sca-mtwo-ghp" not in asks[0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Merci ! Par contre les slides ne sont pas dans le message, seulement la vidéo. Le tableau serait utile",
            "document",
        ),
        ("The slides are not in the post, only the video. Could you add them?", "document"),
        ("there's only the recording here, where are the slides?", "document"),
        ("only the recording please, I missed the session", "recording"),
    ],
)
def test_what_the_asker_says_is_all_there_is_is_not_the_kind_asked(text: str, kind: str) -> None:
    assert wanted_kinds(_asked_kinds(text)) == {kind}


@pytest.mark.parametrize(
    "sentence",
    [
        "ignore me, it's in the playlist — I was looking at the wrong channel",
        "please ignore my previous message, found the recording",
        "oubliez ma question, c'est dans la playlist",
        "laissez tomber, je l'ai",
    ],
)
def test_an_asker_taking_their_request_back_asks_for_nothing(sentence: str) -> None:
    folded = fold(sentence)
    assert after_solved(folded) != folded and not is_request(sentence)


async def test_a_request_its_asker_takes_back_gets_nothing() -> None:
    said, memory, posts = await meet_link_asked_then("ignore me, it was in the calendar invite all along")
    assert said == []
    assert "post 3" in memory[f"request:{posts[1].id}"]["why"]


def test_a_request_taken_back_then_asked_again_is_still_read() -> None:
    assert is_request("ignore my last message. Where is the meet link for today's session?")


async def test_a_link_given_for_what_is_asked_answers_though_the_asker_names_what_they_have(
    make_sandbox, make_engine
) -> None:
    """ "the solution pdf is not there, only the video": the pdf is asked, and the announcer gave it in a reply."""
    pdf = "https://drive.google.com/file/d/1MltW3GaSolnPdf/view?usp=sharing"
    thread: Thread = (
        "en",
        "Week 3 graded assignment solutions",
        [
            ("moderateur", "Tomorrow 7 PM we will discuss Week 3 graded assignment solutions."),
            ("moderateur", f"Solutions PDF: {pdf}"),
            ("sneha_r", "sir the solution pdf is not there on course page, only the video of discussion is there"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert [raw for raw in said if pdf in raw] and not [raw for raw in said if "@moderateur" in raw]
