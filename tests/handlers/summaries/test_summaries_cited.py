"""A reply citing a passage as a bare "> " block (which names no post) answers the post it copies,
not the post just above it nor the one it replies to."""

from __future__ import annotations

from dataclasses import replace

from handlers.summaries.outcome import accepted_answers
from tests.summaries_kit import synthesis_of, thread

ANN = "À mon avis la place du marché est le meilleur endroit pour la fête, tout le monde y passe le samedi matin."
BEN = "Pour moi le parc derrière l'école convient mieux à la fête, les enfants y jouent à l'ombre des platanes."


def _ideas(objector: str) -> list[tuple[str, str]]:
    return [
        ("lea", "Où et quand organiser la fête du quartier cette année ? Donnez vos idées."),
        ("ann", ANN),
        ("ben", BEN),
        ("chloe", objector),
    ]


async def _positions(texts: list[tuple[str, str]], topic_id: int, replies: dict[int, int] | None = None):
    topic = thread(topic_id, texts, title="Fête du quartier")
    if replies:
        topic = replace(
            topic, posts=tuple(replace(p, reply_to_post_number=replies.get(p.post_number)) for p in topic.posts)
        )
    s = await synthesis_of(topic, "fr")
    return {p.post_numbers[0]: p for t in s.themes for p in t.points}


async def test_an_objection_citing_a_passage_goes_to_the_position_it_copies_not_the_post_above():
    objection = f"> {ANN}\n\nJe ne suis pas d'accord, la place du marché est trop bruyante pour une fête."
    by_post = await _positions(_ideas(objection), 90)
    assert [o.post_numbers for o in by_post[2].objections] == [[4]]
    assert by_post[3].objections == []
    assert by_post[2].holders == ["ann"]  # "pas d'accord" holds no "d'accord"


async def test_a_cited_passage_wins_over_the_post_replied_to():
    objection = f"> {ANN}\n\nJe ne suis pas d'accord, la place du marché est trop bruyante pour une fête."
    by_post = await _positions(_ideas(objection), 91, replies={4: 3})
    assert [o.post_numbers for o in by_post[2].objections] == [[4]]
    assert by_post[3].objections == []


async def test_agreeing_with_a_cited_passage_makes_its_author_a_holder():
    texts = [
        *_ideas(f"> {ANN}\n\nTout à fait d'accord avec cette idée, c'est parfait."),
        ("dan", "Bonne journée à tous."),
    ]
    by_post = await _positions(texts, 92)
    assert "chloe" in by_post[2].holders
    assert "chloe" not in by_post[3].holders


async def test_thanks_citing_an_answer_accept_the_answer_copied_not_the_post_above():
    answer = "Il faut renommer le fichier sans espaces, la page de dépôt refuse ces noms-là."
    texts = [
        ("asker", "La page de dépôt du rapport refuse mon fichier, comment le déposer avant vendredi ?"),
        ("remi", answer),
        ("zoe", "Chez moi la page de dépôt marchait mieux avec un autre navigateur, il me semble."),
        ("asker", f"> {answer}\n\nMerci beaucoup, ça a marché !"),
    ]
    assert accepted_answers(thread(93, texts, title="Dépôt du rapport")) == {2}
