"""An outcome stated once, late in a thread, or given by a closed poll, reaches the synthesis."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.models import Poll, PollOption
from handlers.summaries.render import render_synthesis
from tests.summaries_kit import synthesis_of, thread

STREET_PARTY_FR = [
    ("alice", "Pour la fête de quartier de juin, deux lieux : A, la place du marché, ou B, le jardin de l'école."),
    ("bruno", "La place du marché est plus visible, mais il faudra une autorisation de la mairie et des barrières."),
    ("chloe", "Le jardin est plus calme et on peut brancher la sono chez les voisins, je penche pour B."),
    ("david", "Attention, au jardin il n'y a pas de toilettes, il faudrait en louer deux pour la journée."),
    ("alice", "La location de toilettes coûte environ 150 euros, c'est dans le budget de l'association."),
    ("emma", "Pour la place, la mairie répond en général sous trois semaines, ça peut être juste."),
    ("bruno", "Je peux demander un devis pour les barrières si on part sur la place, mais ce sera cher."),
    ("alice", "Merci pour tous ces retours. On part donc sur l'option B, validé en réunion mardi soir."),
    ("emma", "Parfait, je préviens le centre de loisirs pour le spectacle des enfants."),
    ("david", "Je réserve les toilettes chez le loueur de la zone artisanale dès demain."),
]
STREET_PARTY_EN = [
    ("alice", "For the June street party, two places: A, the market square, or B, the school garden."),
    ("bruno", "The market square is more visible, but we would need a council permit and crowd barriers."),
    ("chloe", "The garden is quieter and neighbours can lend us power for the speakers, I lean towards B."),
    ("david", "Careful, the garden has no toilets, we would have to rent two for the day."),
    ("alice", "Renting toilets costs about 150 euros, which fits the association's budget."),
    ("emma", "The council usually answers permit requests within three weeks, which could be tight."),
    ("bruno", "I can get a quote for the barriers if we go for the square, but it will be expensive."),
    ("alice", "Thanks for all the feedback. So we are going with option B, approved at Tuesday's meeting."),
    ("emma", "Great, I will tell the youth centre about the children's show."),
    ("david", "I will book the toilets with the rental company tomorrow."),
]


@pytest.mark.parametrize("language,texts", [("fr", STREET_PARTY_FR), ("en", STREET_PARTY_EN)])
async def test_the_authors_late_decision_stated_once_is_found(language, texts):
    synthesis = await synthesis_of(thread(900, texts, title="Fête de quartier"), language)
    assert [d.post_numbers[0] for d in synthesis.decisions] == [8]
    assert "B" in synthesis.decisions[0].text


@pytest.mark.parametrize(
    "language,texts,said",
    [
        ("fr", STREET_PARTY_FR, "Merci à tous. On part donc sur l'option B."),
        ("en", STREET_PARTY_EN, "Thanks everyone. So we are going with option B."),
        ("en", STREET_PARTY_EN, "Thanks everyone. We'll go with option B, agreed at the meeting."),
    ],
)
async def test_an_option_chosen_in_plain_words_is_a_decision(language, texts, said):
    texts = [*texts[:7], ("alice", said), *texts[8:]]
    synthesis = await synthesis_of(thread(900, texts, title="Fête de quartier"), language)
    assert [d.post_numbers[0] for d in synthesis.decisions] == [8]


async def test_an_option_weighed_is_no_decision():
    texts = [*STREET_PARTY_FR[:7], ("alice", "Si on part sur la place, il faudra louer des barrières.")]
    texts += STREET_PARTY_FR[8:]
    synthesis = await synthesis_of(thread(900, texts, title="Fête de quartier"), "fr")
    assert synthesis.decisions == []


async def test_an_option_still_in_question_is_no_decision():
    """ "Whether we're going with B" asks, as "if we go with B" does: nothing is chosen yet."""
    said = "Whether we're going with option B depends on the council's answer."
    texts = [*STREET_PARTY_EN[:7], ("alice", said), *STREET_PARTY_EN[8:]]
    synthesis = await synthesis_of(thread(900, texts, title="Street party"), "en")
    assert synthesis.decisions == []


def _with_poll(texts: list[tuple[str, str]], poll: Poll):
    topic = thread(901, texts, title="Fête de quartier")
    return replace(topic, posts=(replace(topic.posts[0], polls=(poll,)), *topic.posts[1:]))


PLACES = [
    (
        "alice",
        "Pour la fête de quartier, votez pour le lieu, le sondage ferme dimanche soir.\n\n"
        "[poll]\n* La place du marché\n* Le jardin de l'école\n[/poll]",
    ),
    ("bruno", "La place du marché est plus visible, mais il faudra une autorisation de la mairie et des barrières."),
    ("chloe", "Le jardin est plus calme et on peut brancher la sono chez les voisins, je penche pour lui."),
    ("david", "Attention, au jardin il n'y a pas de toilettes, il faudrait en louer deux pour la journée."),
]


def _poll(status: str = "closed", results: str = "always", votes: tuple[int, int] = (7, 13)) -> Poll:
    options = (
        PollOption("a1", "La place du marché", votes[0]),
        PollOption("b2", "Le jardin de l'<b>école</b>", votes[1]),
    )
    return Poll("poll", "regular", status, sum(votes), options, results)


async def test_a_closed_polls_winner_is_an_outcome_every_reader_can_check():
    synthesis = await synthesis_of(_with_poll(PLACES, _poll()), "fr")
    assert [(d.post_numbers, "jardin de l'école" in d.text, "13" in d.text) for d in synthesis.decisions] == [
        ([1], True, True)
    ]


@pytest.mark.parametrize(
    "poll",
    [
        _poll(status="open"),  # still running: no outcome yet
        _poll(results="staff_only"),  # scribe sees the votes as staff, the readers do not
        _poll(results="on_vote"),  # only those who voted see them
        _poll(votes=(10, 10)),  # a tie decides nothing
    ],
)
async def test_a_poll_that_is_running_hidden_or_tied_decides_nothing(poll):
    synthesis = await synthesis_of(_with_poll(PLACES, poll), "fr")
    assert synthesis.decisions == []


async def test_a_poll_a_member_ran_is_no_decision():
    texts = [PLACES[1], PLACES[0], *PLACES[2:]]
    topic = thread(902, texts, title="Fête de quartier")
    topic = replace(topic, posts=(topic.posts[0], replace(topic.posts[1], polls=(_poll(),)), *topic.posts[2:]))
    assert (await synthesis_of(topic, "fr")).decisions == []


async def test_a_post_hidden_by_flags_is_no_source():
    """Hidden by the community's flags, a post is read by staff only: neither its words, nor its
    links, nor the decision it states reach the synthesis."""
    texts = [
        ("alice", "Pour la fête de quartier de juin, deux lieux possibles : la place du marché ou le jardin."),
        ("bruno", "La place du marché est plus visible, mais il faudra une autorisation de la mairie."),
        ("modo", "Le budget réel est de 4200 euros, voir https://drive.example.org/budget — décidé en bureau."),
        ("chloe", "Le jardin est plus calme et on peut brancher la sono chez les voisins."),
    ]
    topic = thread(903, texts, title="Fête de quartier", moderators=frozenset({"modo"}))
    shown = await synthesis_of(topic, "fr")
    assert any("4200" in d.text for d in shown.decisions), "a standing post of a moderator decides"
    hidden = replace(topic, posts=tuple(replace(p, hidden=p.post_number == 3) for p in topic.posts))
    synthesis = await synthesis_of(hidden, "fr")
    raw = render_synthesis(synthesis, "Europe/Paris")
    assert "4200" not in raw and "drive.example.org" not in raw and "/903/3" not in raw
