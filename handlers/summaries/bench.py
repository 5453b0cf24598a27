"""`scribe bench` figures of the summaries feature: offline and model syntheses, ROUGE-L.

ROUGE-L compares a synthesis of the seed thread *without* its post 18 (a member's own
synthesis of the debate) with that post 18, for scribe's offline synthesis and three
baselines cut to the same length: lead (first sentences), TextRank and LexRank.

The package registers the figures on its router (`router.bench(bench.figures(synthesize,
memory_value))`): the functions measured come in as arguments, so this module does not
import the package.
"""

from __future__ import annotations

import math
import re
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.config import Settings, load_settings
from bot.ctx import Ctx, ReadOnlyMemory, StaticForum
from bot.i18n import Messages
from bot.models import Topic
from bot.routing import BenchFn, Put
from bot.state import MemoryState
from bot.text import analyse, fold
from bot.topicfile import load_topic_file
from handlers.summaries.model import Synthesis
from handlers.summaries.settings import SummariesSettings
from handlers.summaries.text import sentences as split

SEED = Path(__file__).parents[2] / "bot" / "sandbox" / "data" / "seed-thread.json"

Synthesize = Callable[[Topic, Ctx], Awaitable[Synthesis]]
MemoryValue = Callable[[Synthesis, str], dict[str, Any]]


def figures(synthesize: Synthesize, memory_value: MemoryValue) -> BenchFn:
    """The summaries figures, measured with the feature's own `synthesize` and `memory_value`."""

    async def summaries_figures(topic: Topic, put: Put) -> None:
        settings = load_settings(None, sections=(SummariesSettings,), language="fr")
        await offline_synthesis(topic, settings, put, synthesize)
        await model_tokens(topic, settings, put, synthesize, memory_value)
        await rouge(settings, put, synthesize)

    return summaries_figures


def _ctx(topic: Topic, settings: Settings, llm: Any = None, memory: MemoryState | None = None) -> Ctx:
    return Ctx(
        settings,
        StaticForum([topic]),
        ReadOnlyMemory(memory if memory is not None else MemoryState()),
        datetime.now(UTC),
        llm,
        Messages(settings.language),
    )


async def offline_synthesis(topic: Topic, settings: Settings, put: Put, synthesize: Synthesize) -> None:
    t0 = time.perf_counter()
    s = await synthesize(topic, _ctx(topic, settings))
    put("summary.offline690.seconds", round(time.perf_counter() - t0, 3), "s")
    put("summary.offline690.covered_posts", len(s.covered_post_numbers), "posts")


async def model_tokens(
    topic: Topic, settings: Settings, put: Put, synthesize: Synthesize, memory_value: MemoryValue
) -> None:
    """Tokens of a full synthesis and of an update after 20 new posts, against the local model server."""
    from bot.llm import Llm
    from bot.sandbox.llm import FakeLlm

    server = FakeLlm(chars_per_token=3.3)
    await server.start()
    llm = Llm.from_settings(settings.llm.model_copy(update={"base_url": server.url, "max_retries": 0}))
    try:
        if llm is None:  # cannot happen: base_url is set just above
            raise RuntimeError("no model endpoint for the token benchmark")
        full = await synthesize(topic, _ctx(topic, settings, llm))
        put("llm.tokens.full", full.tokens_used, "tokens")
        put("llm.requests.full", len(server.requests), "requests")
        earlier = replace(topic, posts=topic.posts[:-20])
        base = await synthesize(earlier, _ctx(earlier, settings, llm))
        server.requests.clear()
        memory = MemoryState({"summaries": {str(topic.id): memory_value(base, "bench")}})
        update = await synthesize(topic, _ctx(topic, settings, llm, memory))
        put("llm.tokens.incremental", update.tokens_used, "tokens")
        put("llm.requests.incremental", len(server.requests), "requests")
    finally:
        if llm is not None:
            await llm.close()
        await server.stop()


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def rouge_l(candidate: str, reference: str) -> float:
    a, b = _tokens(candidate), _tokens(reference)
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    lcs = prev[-1]
    if not lcs:
        return 0.0
    p, r = lcs / len(a), lcs / len(b)
    return 2 * p * r / (p + r)


def _clip(sentences: list[str], order: list[int], words: int) -> str:
    chosen, count = [], 0
    for i in order:
        if count >= words:
            break
        chosen.append(i)
        count += len(_tokens(sentences[i]))
    return " ".join(sentences[i] for i in sorted(chosen))


def _rank(weights: list[list[float]]) -> list[int]:
    n = len(weights)
    out = [sum(row) or 1.0 for row in weights]
    score = [1.0] * n
    for _ in range(50):
        score = [0.15 + 0.85 * sum(weights[j][i] / out[j] * score[j] for j in range(n)) for i in range(n)]
    return sorted(range(n), key=lambda i: -score[i])


def textrank(sentences: list[str]) -> list[int]:
    sets = [set(_tokens(s)) for s in sentences]
    return _rank(
        [
            [
                len(a & b) / (math.log(len(a) + 1) + math.log(len(b) + 1)) if i != j and a and b else 0.0
                for j, b in enumerate(sets)
            ]
            for i, a in enumerate(sets)
        ]
    )


def lexrank(sentences: list[str], threshold: float = 0.1) -> list[int]:
    docs = [Counter(_tokens(s)) for s in sentences]
    df = Counter(w for d in docs for w in d)
    n = len(docs)
    vecs = [{w: c * math.log(n / df[w]) for w, c in d.items()} for d in docs]
    norms = [math.sqrt(sum(v * v for v in vec.values())) or 1.0 for vec in vecs]

    def cos(i: int, j: int) -> float:
        small, big = (vecs[i], vecs[j]) if len(vecs[i]) < len(vecs[j]) else (vecs[j], vecs[i])
        return sum(v * big.get(w, 0.0) for w, v in small.items()) / (norms[i] * norms[j])

    return _rank([[1.0 if i != j and cos(i, j) > threshold else 0.0 for j in range(n)] for i in range(n)])


async def rouge(settings: Settings, put: Put, synthesize: Synthesize) -> None:
    seed = load_topic_file(SEED)
    reference = analyse(seed.post(18)).text  # type: ignore[arg-type]
    topic = replace(seed, posts=tuple(p for p in seed.posts if p.post_number != 18))
    s = await synthesize(topic, _ctx(topic, settings))
    parts = [s.question] + [th.title + " " + " ".join(p.text for p in th.points) for th in s.themes]
    parts += [p.text for p in s.agreements + s.disagreements + s.open_questions + s.decisions]
    ours = " ".join(parts)
    words = len(_tokens(ours))
    sentences = [x for p in topic.posts for x in split(analyse(p).text)]
    put("summary.rouge_l.scribe", round(rouge_l(ours, reference), 3), "F1")
    put(
        "summary.rouge_l.lead", round(rouge_l(_clip(sentences, list(range(len(sentences))), words), reference), 3), "F1"
    )
    put("summary.rouge_l.textrank", round(rouge_l(_clip(sentences, textrank(sentences), words), reference), 3), "F1")
    put("summary.rouge_l.lexrank", round(rouge_l(_clip(sentences, lexrank(sentences), words), reference), 3), "F1")
