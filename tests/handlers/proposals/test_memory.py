"""What a ranking keeps in memory: readings of older topics, shared wordings, the analysis."""

from __future__ import annotations

import gc
import weakref
from collections import OrderedDict
from dataclasses import replace

import pytest

from bot.models import Topic
from handlers import proposals
from handlers.proposals import ranked
from tests.handler_kit import make_ctx, make_post, seed_topic

PROPOSAL = (
    "Il faudrait financer les tiers-lieux ruraux sur trois ans. "
    "Cela permettrait de stabiliser les équipes qui les animent."
)


@pytest.fixture
def readings(monkeypatch: pytest.MonkeyPatch) -> OrderedDict[int, dict[int, object]]:
    kept: OrderedDict[int, dict[int, object]] = OrderedDict()
    monkeypatch.setattr(proposals, "_READINGS", kept)
    monkeypatch.setattr(proposals, "READINGS_KEPT", 4)
    return kept


def _posts(topic_id: int, count: int) -> list:
    return [make_post(n, f"membre_{n}", f"{PROPOSAL} (message {n})", topic_id=topic_id) for n in range(1, count + 1)]


def _read_topic(topic_id: int, posts: list) -> dict:
    reader = proposals.TopicReader(topic_id, len(posts), frozenset(), "scribe")
    reader.add(posts)
    reader.analysis()
    return reader.readings


def test_older_topics_readings_leave_before_a_long_topic_is_read(readings, monkeypatch):
    _read_topic(1, _posts(1, 3))
    _read_topic(2, _posts(2, 1))
    assert list(readings) == [1, 2]  # 4 posts in all: both kept
    held_while_reading: list[set[int]] = []
    read_post = proposals.read_post

    def watched(post, text):
        held_while_reading.append(set(readings))
        return read_post(post, text)

    monkeypatch.setattr(proposals, "read_post", watched)
    _read_topic(3, _posts(3, 6))
    assert held_while_reading and all(topics == set() for topics in held_while_reading)
    assert list(readings) == [3]


def test_a_wording_said_again_is_held_once(readings):
    first, again = (make_post(n, f"membre_{n}", PROPOSAL) for n in (1, 2))
    got = _read_topic(1, [first, again])
    a, b = got[1], got[2]
    assert a.candidates and [c.text for c in a.candidates] == [c.text for c in b.candidates]
    for x, y in zip(a.candidates, b.candidates, strict=True):
        assert x.lead is y.lead and x.text is y.text
    assert a.units and all(u.tokens is v.tokens for u, v in zip(a.units, b.units, strict=True))
    assert [c.post_number for c in b.candidates] == [2]


async def test_a_ranking_leaves_no_analysis_behind(readings):
    topic = Topic(7351, "Un débat", posts=tuple(_posts(7351, 3)))
    await ranked(topic, make_ctx([topic]))
    # nothing awaited since the ranking: what woke this task must not hold the topic's analysis
    assert not [o for o in gc.get_objects() if isinstance(o, proposals.Analysis) and o.topic_id == 7351]


async def test_a_topic_ranked_page_by_page_is_ranked_alike_and_its_read_pages_go(readings):
    """A ranking fed page by page keeps no post it has read: when a page is asked for, the posts
    of the pages before the last one are gone (only their readings stay)."""
    topic = seed_topic()
    size = 5
    alive: list[list[weakref.ref]] = []
    held_while_reading: list[int] = []

    async def pages():
        for start in range(0, len(topic.posts), size):
            gc.collect()  # a post caught in a reference cycle is gone only once the collector has run
            held_while_reading.append(sum(1 for page in alive[:-1] for ref in page if ref() is not None))
            page = tuple(replace(p) for p in topic.posts[start : start + size])
            alive.append([weakref.ref(p) for p in page])
            yield replace(topic, posts=page)

    paged = await ranked(pages(), make_ctx([topic]))
    whole = await ranked(topic, make_ctx([topic]))
    assert len(alive) > 3 and held_while_reading == [0] * len(alive)
    assert paged.proposals and [p.as_dict() for p in paged.proposals] == [p.as_dict() for p in whole.proposals]
