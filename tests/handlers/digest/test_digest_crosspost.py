"""The digest's most appreciated posts, when a member opened two topics with the same words (a
cross-post) and both were liked: the words are shown once, on one line naming both topics."""

from __future__ import annotations

import pytest

from handlers.digest.sections import same_words
from tests.conftest import Clock
from tests.handlers.digest.test_digest import section
from tests.handlers.digest.test_digest_shapes import START, digest_forum, digest_posted

TEXTS = {
    "en": {
        "first": "Lab room change for Thursday",
        "second": "Thursday lab moves to room B12",
        "crossed": "The Thursday lab moves to room B12 from next week; bring your own laptop and charger.",
        "again": "The Thursday lab moves to room B12 from next week, bring your own laptop and charger!",
        "other": ("Notes of the first lecture", "I typed up my notes of the first lecture, corrections welcome."),
        "section": "Most appreciated",
    },
    "fr": {
        "first": "Changement de salle du TP de jeudi",
        "second": "Le TP du jeudi passe en salle B12",
        "crossed": "Le TP du jeudi passe en salle B12 dès la semaine prochaine ; apportez votre portable et chargeur.",
        "again": "Le TP du jeudi passe en salle B12 dès la semaine prochaine, apportez votre portable et chargeur !",
        "other": ("Notes du premier cours", "J'ai tapé mes notes du premier cours, les corrections sont bienvenues."),
        "section": "Les plus appréciés",
    },
}


async def appreciated_of_week(make_sandbox, make_engine, language: str) -> tuple[str, dict[str, int]]:
    text = TEXTS[language]
    clock = Clock(START)
    sb, engine = await digest_forum(make_sandbox, make_engine, clock, language, ("ana", "bob", "carla", "dan", "eve"))
    topics: dict[str, int] = {}
    opened = [
        ("first", "ana", text["crossed"], ("bob", "carla")),
        ("second", "ana", text["again"], ("bob", "carla", "dan")),
    ]
    for key, user, raw, likers in opened:
        clock.advance(hours=2)
        made = sb.create_post(user, raw, title=text[key], category_id=1)
        topics[key] = made["topic_id"]
        for liker in likers:
            sb.like(made["id"], liker)
        await engine.run_once()
    clock.advance(hours=2)
    title, raw = text["other"]
    made = sb.create_post("eve", raw, title=title, category_id=1)
    topics["other"] = made["topic_id"]
    sb.like(made["id"], "ana")
    await engine.run_once()
    return section(await digest_posted(sb, engine, clock), text["section"]), topics


@pytest.mark.parametrize("language", ["en", "fr"])
async def test_a_cross_post_is_one_line_naming_both_topics(make_sandbox, make_engine, language):
    liked, topics = await appreciated_of_week(make_sandbox, make_engine, language)
    lines = [line for line in liked.splitlines() if line.startswith("- ")]
    assert len(lines) == 2, liked
    crossed, other = lines
    assert "B12" in crossed and "B12" not in other, liked
    assert f"/t/-/{topics['second']}/1" in crossed and f"/t/-/{topics['first']}/1" in crossed, crossed
    assert TEXTS[language]["second"] in crossed and TEXTS[language]["first"] in crossed, crossed
    assert crossed.index(f"/t/-/{topics['second']}/1") < crossed.index(f"/t/-/{topics['first']}/1")  # most liked
    assert f"/t/-/{topics['other']}/1" in other


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (
            "Le TP du jeudi passe en salle B12 ; apportez un portable.",
            "Le TP du jeudi passe en salle B12, apportez un portable !",
            True,
        ),
        ("LE TP DU JEUDI passe en salle B12.", "Le TP du jeudi passe en salle B12.", True),
        (
            "The Thursday lab moves to room B12 from next week.",
            "The Friday lab moves to room C40 from next week.",
            False,
        ),
        ("Merci à tous pour la soirée !", "Merci à tous pour la réunion !", False),
    ],
)
def test_only_the_same_words_are_one_line(a: str, b: str, same: bool) -> None:
    assert same_words(a, b) is same
