"""The shape a moderator publishes: one idea in one place, objections under what they answer."""

from __future__ import annotations

from dataclasses import replace

from bot.text import fold
from handlers.proposals import Proposal
from handlers.summaries import proposals_chart, synthesize
from handlers.summaries.render import render_synthesis
from tests.handler_kit import make_ctx
from tests.summaries_kit import thread

LIBRARY = [
    ("ines", "Comment faire vivre la bibliothèque associative du quartier l'an prochain ?"),
    (
        "paul",
        "La bibliothèque associative manque de bénévoles le samedi matin. "
        "Il faut ouvrir la bibliothèque associative le samedi après-midi avec deux bénévoles. "
        "C'est ce créneau du samedi qu'il faut défendre auprès de la mairie pour la bibliothèque associative.",
    ),
    (
        "lea",
        "Les bénévoles de la bibliothèque associative sont fatigués par les permanences du samedi. "
        "Il faudrait prêter les livres de la bibliothèque associative aux écoles du quartier le samedi.",
    ),
    ("marc", "La mairie finance déjà la bibliothèque associative et les permanences du samedi restent fragiles."),
    ("sara", "Les écoles du quartier viennent déjà emprunter des livres à la bibliothèque associative."),
]


def _proposals(topic_id: int) -> list[Proposal]:
    """What the proposals feature reads in the library thread, plus a long tail of ideas shown in no synthesis."""
    said = [
        Proposal(
            "Ouvrir le samedi après-midi avec deux bénévoles",
            "paul",
            topic_id,
            [2],
            3,
            full=(
                "Il faut ouvrir la bibliothèque associative le samedi après-midi avec deux bénévoles. "
                "C'est ce créneau du samedi qu'il faut défendre auprès de la mairie pour la bibliothèque associative."
            ),
        ),
        Proposal(
            "Prêter des livres aux écoles du quartier",
            "lea",
            topic_id,
            [3],
            0,
            full="Il faudrait prêter les livres de la bibliothèque associative aux écoles du quartier le samedi.",
        ),
    ]
    tail = [
        Proposal(f"Organiser l'atelier numéro {i}", "ines", topic_id, [n], 1, full=f"Organiser l'atelier numéro {i}.")
        for i, n in enumerate((1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5), 1)
    ]
    return said[:1] + tail + said[1:]


async def test_a_proposal_is_never_a_position_whether_shown_or_not():
    topic = thread(31, LIBRARY, title="Bibliothèque associative")
    proposals = _proposals(topic.id)
    s = await synthesize(topic, make_ctx([topic]), proposals=proposals)
    positions = [fold(p.text) for t in s.themes for p in t.points]
    assert positions  # the thread still has its positions
    for p in proposals:
        wording = fold(p.full)
        # neither the last sentence of a proposal's wording nor a proposal left out of the list
        assert not [x for x in positions if x.rstrip(". ") in wording], p.text
    assert "Prêter des livres aux écoles du quartier" not in {p.text for p in s.proposals}


GARDEN = [
    ("alice", "How should the community garden share its tools and its water next season?"),
    (
        "bob",
        "Tools should be kept in a locked shed with a sign-out sheet, so that nothing goes missing over winter. "
        "Watering should follow a weekly rota posted on the gate, with two members on each evening.",
    ),
    ("carol", "A rota on the gate worked well at the allotments near the school, members liked it."),
    (
        "dave",
        "Thanks bob for the detailed plan. I don't think the council pays for the compost bins directly, "
        "the residents association bought them last spring.",
    ),
    ("erin", "I am facing the same problem with the tap by the greenhouse, my watering log is showing incorrect."),
]


async def test_an_objection_is_attached_only_to_a_position_it_speaks_of():
    topic = thread(33, GARDEN, title="Garden tools and water")
    posts = tuple(replace(p, reply_to_post_number=2) if p.post_number == 5 else p for p in topic.posts)
    topic = replace(topic, posts=posts)
    s = await synthesize(topic, make_ctx([topic], language="en"), proposals=[])
    objections = {o.post_numbers[0]: o for t in s.themes for p in t.points for o in p.objections}
    # dave names bob but corrects a fact bob never stated: no objection to bob's tools or rota
    assert 4 not in objections
    # erin's "showing incorrect" describes her own log, it objects to nobody
    assert 5 not in objections
    assert "_Objection:_" not in render_synthesis(s)


async def test_a_courtesy_line_is_no_position():
    texts = [
        ("asha", "Could the lab report deadline move to Friday for the evening batch of the course?"),
        (
            "ravi",
            "The evening batch gets the lab report only on Wednesday night, two days are too short for it. "
            "I would be truly grateful for your kind consideration of the lab report deadline for our batch.",
        ),
        ("meena", "The lab report needs the Thursday practical too, so a Friday deadline fits the evening batch."),
    ]
    topic = thread(34, texts, title="Lab report deadline")
    s = await synthesize(topic, make_ctx([topic], language="en"), proposals=[])
    positions = [p.text for t in s.themes for p in t.points]
    assert any(p.startswith("The evening batch gets the lab report") for p in positions)
    assert not [p for p in positions if "grateful" in p]


ASKED = [
    ("ines", "Comment mieux faire connaître les ateliers du jardin partagé cette année ?"),
    ("paul", "Il faudrait afficher le programme des ateliers à l'entrée du jardin chaque lundi."),
    ("lea", "Pourriez-vous ajouter les liens des visios dans le compte-rendu de chaque atelier ?"),
    ("marc", "D'accord avec Léa, les liens des visios manquent souvent dans les comptes-rendus."),
    ("sara", "On pourrait aussi envoyer une lettre aux écoles du quartier avant chaque atelier."),
]


async def test_a_proposal_put_as_a_question_is_given_as_what_it_proposes():
    topic = thread(33, ASKED, title="Ateliers du jardin")
    s = await synthesize(topic, make_ctx([topic]))
    texts = [p.text for p in s.proposals]
    assert "Ajouter les liens des visios dans le compte-rendu de chaque atelier" in texts
    assert not any(t.startswith("Pourriez-vous") for t in texts)


async def test_proposals_follow_the_thread_and_the_chart_ranks_them():
    topic = thread(34, LIBRARY, title="Bibliothèque associative")
    said = [
        Proposal(
            "Prêter des livres aux écoles du quartier",
            "lea",
            topic.id,
            [3],
            4,
            full="Il faudrait prêter les livres de la bibliothèque associative aux écoles du quartier le samedi.",
        ),
        Proposal(
            "Ouvrir le samedi après-midi avec deux bénévoles",
            "paul",
            topic.id,
            [2],
            2,
            full="Il faut ouvrir la bibliothèque associative le samedi après-midi avec deux bénévoles.",
        ),
    ]
    s = await synthesize(topic, make_ctx([topic]), proposals=said)
    assert [p.post_numbers[0] for p in s.proposals] == [2, 3]  # as the thread raised them
    chart = proposals_chart(s)
    assert chart is not None and chart.chart is not None and chart.chart["supporters"] == [4, 2]  # best first


async def test_a_sentence_a_post_says_twice_is_one_point():
    """A post pasting the same line twice (two examples of a prompt, a line quoted again) says it once: the synthesis
    lists it once, and the room goes to another point."""
    repeated = "Reply with Yes or No only."
    texts = [
        ("asha", "How did people get the model to answer Yes in question 7 of the exam?"),
        ("ravi", f"{repeated} Is India a country? {repeated} Is Delhi the capital of India?"),
        ("meena", "The grader only checked whether the model answered Yes, so short prompts worked best."),
    ]
    topic = thread(35, texts, title="Question 7 prompts")
    s = await synthesize(topic, make_ctx([topic], language="en"), proposals=[])
    positions = [p.text for t in s.themes for p in t.points]
    assert sum(p == repeated for p in positions) <= 1, positions
