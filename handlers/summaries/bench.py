"""`scribe bench` figures of the summaries feature: offline and model syntheses, ROUGE-L.

ROUGE-L compares a synthesis of the seed thread *without* its post 18 (a member's own
synthesis of the debate) with that post 18, for scribe's offline synthesis and three
baselines cut to the same length: lead (first sentences), TextRank and LexRank.

The package registers the figures on its router (`router.bench(bench.figures(synthesize,
memory_value))`): the functions measured come in as arguments, so this module does not
import the package.
"""

from __future__ import annotations

import gc
import logging
import math
import re
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime
from itertools import pairwise
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
from handlers.proposals.settings import ProposalsSettings
from handlers.summaries.model import Synthesis
from handlers.summaries.settings import SummariesSettings
from handlers.summaries.text import sentences as split

log = logging.getLogger(__name__)
SEED = Path(__file__).parents[2] / "bot" / "sandbox" / "data" / "seed-thread.json"

Synthesize = Callable[[Topic, Ctx], Awaitable[Synthesis]]
MemoryValue = Callable[[Synthesis, str], dict[str, Any]]


def figures(synthesize: Synthesize, memory_value: MemoryValue) -> BenchFn:
    """The summaries figures, measured with the feature's own `synthesize` and `memory_value`."""

    async def summaries_figures(topic: Topic, put: Put) -> None:
        settings = load_settings(None, sections=(SummariesSettings, ProposalsSettings), language="fr")
        await offline_synthesis(topic, settings, put, synthesize)
        await model_tokens(topic, settings, put, synthesize, memory_value)
        await rouge(settings, put, synthesize)
        await outcomes(put, synthesize)

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
    # A full collection owed by the figures measured before (a heap of 10k-post topics) is not the
    # synthesis's cost: it is paid before the clock starts, or it lands in the figure by chance.
    gc.collect()
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


def _f1(overlap: int, candidate: int, reference: int) -> float:
    if not overlap:
        return 0.0
    p, r = overlap / candidate, overlap / reference
    return 2 * p * r / (p + r)


def rouge_l(candidate: str, reference: str) -> float:
    """ROUGE-L F1: longest common subsequence of the two token sequences."""
    a, b = _tokens(candidate), _tokens(reference)
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return _f1(prev[-1], len(a), len(b))


def rouge_2(candidate: str, reference: str) -> float:
    """ROUGE-2 F1: shared bigrams, each counted at most as often as in the other text."""
    a, b = _tokens(candidate), _tokens(reference)
    ca, cb = Counter(pairwise(a)), Counter(pairwise(b))
    return _f1(sum((ca & cb).values()), max(1, len(a) - 1), max(1, len(b) - 1))


def _clip(sentences: list[str], order: list[int], words: int) -> str:
    """The best-ranked sentences, in thread order, cut at exactly `words` tokens."""
    chosen: list[int] = []
    count = 0
    for i in order:
        if count >= words:
            break
        chosen.append(i)
        count += len(_tokens(sentences[i]))
    tokens = _tokens(" ".join(sentences[i] for i in sorted(chosen)))
    return " ".join(tokens[:words])


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


class _Tokenizer:
    """sumy's tokenizer interface on scribe's own splitter: sumy's default one needs NLTK
    data downloaded at run time, this one needs nothing."""

    def __init__(self, language: str) -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(re.findall(r"\w+(?:['’-]\w+)*", sentence))


def sumy_lexrank(sentences: list[str], language: str = "french") -> list[int] | None:
    """sumy's LexRank ranking of `sentences` (best first), or None when sumy is not installed
    (`pip install 'discourse-scribe[bench]'`)."""
    try:
        from sumy.nlp.stemmers import Stemmer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError:
        return None
    tokenizer = _Tokenizer(language)
    parser = PlaintextParser.from_string("\n\n".join(sentences), tokenizer)
    summarizer = LexRankSummarizer(Stemmer(language))
    summarizer.stop_words = get_stop_words(language)
    ranked: list[str] = []

    def capture(infos: list[Any]) -> list[Any]:
        ranked.extend(str(i.sentence) for i in infos)
        return infos

    summarizer(parser.document, capture)
    position = {s: i for i, s in reversed(list(enumerate(sentences)))}
    return [position[s] for s in ranked if s in position]


def synthesis_text(s: Synthesis) -> str:
    """Every word of a synthesis that says something (names, links and headings left out)."""
    parts = [s.question] + [p.text for p in s.decisions]
    for theme in s.themes:
        parts.append(theme.title)
        for point in theme.points:
            parts += [point.text] + [o.text for o in point.objections]
    parts += [p.text for p in s.proposals]
    parts += [p.text for p in s.open_questions + s.next_steps]
    return " ".join(x for x in parts if x)


async def rouge(settings: Settings, put: Put, synthesize: Synthesize) -> None:
    """ROUGE-2 and ROUGE-L F1 against the member's synthesis (post 18) of the seed without it,
    every method at the same number of words as scribe's."""
    seed = load_topic_file(SEED)
    reference = analyse(seed.post(18)).text  # type: ignore[arg-type]
    topic = replace(seed, posts=tuple(p for p in seed.posts if p.post_number != 18))
    s = await synthesize(topic, _ctx(topic, settings))
    ours = synthesis_text(s)
    words = len(_tokens(ours))
    sentences = list(dict.fromkeys(x for p in topic.posts for x in split(analyse(p).text)))
    put("summary.words.seed", words, "words")
    candidates = {
        "scribe": ours,
        "lead": _clip(sentences, list(range(len(sentences))), words),
        "textrank": _clip(sentences, textrank(sentences), words),
    }
    order = sumy_lexrank(sentences)
    if order is None:
        log.warning("sumy is not installed: no LexRank figures (pip install 'discourse-scribe[bench]')")
    else:
        candidates["lexrank"] = _clip(sentences, order, words)
    for metric, fn in (("rouge_2", rouge_2), ("rouge_l", rouge_l)):
        for name, text in candidates.items():
            put(f"summary.{metric}.{name}", round(fn(text, reference), 3), "F1")
        if "lexrank" in candidates:
            base = fn(candidates["lexrank"], reference)
            put(f"summary.{metric}.scribe_over_lexrank", round(fn(ours, reference) / base, 3) if base else 0, "x")


async def outcomes(put: Put, synthesize: Synthesize) -> None:
    """Outcome stated, on the labelled topics of each split (see `handlers.summaries.evaluate`)."""
    from handlers.summaries.evaluate import corpus_dir, evaluate

    if not corpus_dir().is_dir():
        log.warning("no topic exports at %s: no outcome figures", corpus_dir())
        return
    for part, score in (await evaluate(synthesize)).items():
        if score.with_outcome:
            put(f"summary.outcome_stated.{part}", round(score.stated / score.with_outcome, 3), "share")
            put(f"summary.outcome_in_decisions.{part}", round(score.decided / score.with_outcome, 3), "share")
        put(f"summary.false_decisions.{part}", score.false_decisions, "topics")
        put(f"summary.bad_themes.{part}", score.bad_themes, "themes")
