"""A model turned against the forum: its answer is data, and none of it reaches a post as markup.

The local model server answers every request of scribe with an attack (`bot.sandbox.llm.MALICIOUS`),
in every section of the synthesis; scribe runs for real against the sandbox forum, a member asks
for a synthesis, and the post scribe publishes, raw and cooked, is searched for the attack.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest
from selectolax.lexbor import LexborHTMLParser

from bot import app
from bot.llm import Llm
from bot.sandbox import Sandbox
from bot.sandbox.llm import MALICIOUS, FakeLlm
from bot.store import Store
from tests.conftest import KEY, no_sleep
from tests.summaries_kit import live_mentions

SUMMARY_CATEGORY = 3
THREAD = [
    ("moderateur", "Faut-il déplacer la réunion mensuelle du jeudi au mardi soir ? Donnez votre avis ici."),
    ("membre", "Je préfère le mardi soir, le jeudi tombe en même temps que le café réparation."),
    ("moderateur", "Nous avons décidé de garder le jeudi pour ce mois-ci, la question reviendra en janvier."),
    ("membre", "Dommage, mais il faudrait au moins annoncer la date de janvier assez tôt."),
]


@pytest.fixture
async def model() -> AsyncIterator[FakeLlm]:
    fake = FakeLlm()
    await fake.start()
    yield fake
    await fake.stop()


async def published(sandbox: Sandbox, settings_for, model: FakeLlm) -> tuple[str, str]:
    """(raw, cooked) of the synthesis scribe publishes when a member asks for one."""
    first = sandbox.create_post(THREAD[0][0], THREAD[0][1], title="Jour de la réunion mensuelle", category_id=2)
    topic_id = int(first["topic_id"])
    for username, raw in THREAD[1:]:
        sandbox.create_post(username, raw, topic_id=topic_id)
    settings = settings_for(
        sandbox,
        summaries={"category_id": SUMMARY_CATEGORY},
        llm={"base_url": model.url, "max_retries": 0, "timeout_seconds": 5, "token_budget": 8000},
    )
    llm = Llm.from_settings(settings)
    store = await Store(settings.store.path).open()
    from bot.forum import Forum

    forum = Forum(sandbox.url, settings.forum.username, KEY, sleep=no_sleep)
    engine = app.make_engine(settings, forum, store, clock=sandbox.clock, echo=lambda s: None, llm=llm)
    try:
        await engine.run_once()
        sandbox.create_post("membre", "@scribe synthèse de ce sujet, merci", topic_id=topic_id)
        await engine.run_once()
    finally:
        if llm is not None:
            await llm.close()
        await forum.close()
        await store.close()
    assert model.requests, "scribe never asked the model"
    [post] = [p for p in sandbox.posts_by("scribe") if p.post_number == 1]
    assert sandbox.topic(post.topic_id).category_id == SUMMARY_CATEGORY
    return post.raw, post.cooked


def outside_links(cooked: str) -> list[str]:
    """Every address the cooked post points to that is not a page of the forum itself."""
    tree = LexborHTMLParser(cooked)
    out = []
    for node in tree.css("a, img, iframe, source, video, audio"):
        for attr in ("href", "src", "srcset"):
            value = (node.attributes.get(attr) or "").strip()
            if value and not re.match(r"^/(?!/)", value):
                out.append(value)
    return out


def assert_inert(raw: str, cooked: str) -> None:
    assert "evil.example" not in raw and outside_links(cooked) == []
    assert live_mentions(raw) == [] and 'class="mention' not in cooked
    assert "<img" not in cooked and "<script" not in cooked and "![" not in raw
    for tag in ("[event", "[/event", "[poll", "[wrap", "[url", "[details"):
        assert tag not in raw.lower()


@pytest.mark.parametrize("kind", ["live_links", "protocol_relative", "images", "here", "event", "lines"])
async def test_injected_markup_never_reaches_the_post(sandbox, settings_for, model, kind):
    model.responder = MALICIOUS[kind]  # type: ignore[assignment]
    raw, cooked = await published(sandbox, settings_for, model)
    assert_inert(raw, cooked)
    # a model's own lines open no block: no heading of its own, no list inside scribe's bullet, no quote
    assert "<h1" not in cooked and "<ol" not in cooked and "<blockquote" not in cooked
    assert "<li>\n<ul" not in cooked and "<ul>\n<li>\n<ul" not in cooked
    # the attack was in every section, and the sections that cite real posts still came through, inert
    assert "## Décisions" in raw and "## Positions" in raw and "## Questions ouvertes" in raw
    assert "## Et ensuite" in raw


async def test_a_decision_put_in_a_members_mouth_is_not_published(sandbox, settings_for, model):
    model.responder = MALICIOUS["member_decision"]  # type: ignore[assignment]
    raw, cooked = await published(sandbox, settings_for, model)
    assert "dissolution" not in raw.lower()
    assert_inert(raw, cooked)


async def test_an_invalid_answer_is_logged_and_the_offline_synthesis_posted(sandbox, settings_for, model, caplog):
    model.script = [MALICIOUS["invalid_json"]] * 20
    raw, cooked = await published(sandbox, settings_for, model)
    assert_inert(raw, cooked)
    assert "alert(1)" not in raw and "Voici la synthèse" not in raw
    assert "invalid" not in raw.lower() and "validation" not in raw.lower() and "json" not in raw.lower()
    assert "sans modèle de langue" in raw and "n'a pas pu répondre" in raw
    # the staff decision of post 3 is in the offline synthesis, the reason is in the log
    assert "Nous avons décidé de garder le jeudi" in raw
    assert any("synthesis of topic" in r.getMessage() and "invalid" in r.getMessage() for r in caplog.records)
