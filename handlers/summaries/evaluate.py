"""How often a synthesis states a thread's outcome, measured against hand labels
(`scribe eval`, and the `summary.outcome_*` figures of `scribe bench`).

Labels (`eval/labels/outcomes/<topic>.json`, `seed.json` for the seed) give, for real
threads and the seed, the post numbers of the decision or outcome (`outcome_posts`) and
whether there is one (`has_outcome`); no text, no names. On each split of
`eval/split.json` (tune on `tuning`, only check on `check`), the offline synthesis of
each labelled topic is scored:

- outcome stated: the synthesis cites an outcome post (in its decisions, positions,
  objections or next steps), for topics that have an outcome;
- outcome decided: the same, in its decisions section only (who may decide is strict:
  staff, organisers, the topic's author, announcers, the answer the author accepted);
- false decisions: topics without an outcome whose synthesis lists a decision;
- bad themes: themes named after a greeting, a username or a word of the title.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.config import Settings, load_settings
from bot.ctx import Ctx, ReadOnlyMemory, StaticForum
from bot.evaluation import EvaluateFn, Evaluation, Result, count, share
from bot.i18n import Messages
from bot.models import Topic
from bot.state import MemoryState
from bot.text import fold
from bot.topicfile import load_topic_file
from handlers.proposals.settings import ProposalsSettings
from handlers.summaries.model import Point, Synthesis
from handlers.summaries.settings import SummariesSettings

log = logging.getLogger(__name__)
ROOT = Path(__file__).parents[2]
FOLDER = "outcomes"
LABELS = ROOT / "eval" / "labels" / FOLDER
SPLIT = ROOT / "eval" / "split.json"
SEED = ROOT / "bot" / "sandbox" / "data" / "seed-thread.json"

GREETINGS = {"greetings", "hello", "hi", "hey", "dear", "sir", "thanks", "thank", "bonjour", "salut", "merci"}
Synthesize = Callable[[Topic, Ctx], Awaitable[Synthesis]]


@dataclass
class SplitScore:
    with_outcome: int = 0
    stated: int = 0
    decided: int = 0
    without_outcome: int = 0
    false_decisions: int = 0
    themes: int = 0
    bad_themes: int = 0
    missed: list[str] = field(default_factory=list)


def corpus_dir() -> Path:
    """The folder of real topic exports the split names (relative to the project)."""
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    return (ROOT / split.get("corpus", "").split(" ", 1)[0]).resolve()


def split_of(key: int | str) -> str:
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    return "check" if key in split.get("check", []) else "tuning"


def _topic(key: int | str, corpus: Path) -> Topic | None:
    if key == "seed":
        return load_topic_file(SEED)
    for name in (f"topic_{key}.json", f"{key}.json"):
        if (corpus / name).exists():
            return load_topic_file(corpus / name)
    return None


def _ctx(topic: Topic, settings: Settings) -> Ctx:
    return Ctx(
        settings,
        StaticForum([topic]),
        ReadOnlyMemory(MemoryState()),
        datetime.now(UTC),
        None,
        Messages(settings.language),
    )


def _cited(points: list[Point], wanted: set[int]) -> bool:
    return any(set(p.post_numbers) & wanted for p in points)


def bad_theme(title: str, topic: Topic) -> bool:
    """A theme named after a greeting, a username or only words of the title."""
    if not title:
        return False
    folded = fold(title)
    names = {fold(p.username) for p in topic.posts}
    title_words = set(fold(topic.title).replace("-", " ").split())
    words = set(folded.replace("-", " ").split())
    return bool(words & GREETINGS) or folded in names or words <= title_words


async def evaluate(synthesize: Synthesize, corpus: Path | None = None) -> dict[str, SplitScore]:
    """Scores per split of the offline synthesis of every labelled topic found."""
    corpus = corpus or corpus_dir()
    scores = {"tuning": SplitScore(), "check": SplitScore()}
    for path in sorted(LABELS.glob("*.json")):
        label: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        key = label["topic"]
        topic = _topic(key, corpus)
        if topic is None:
            log.warning("labelled topic %s is not in %s", key, corpus)
            continue
        language = "fr" if key == "seed" else "en"
        settings = load_settings(
            None,
            sections=(SummariesSettings, ProposalsSettings),
            language=language,
            timezone="Europe/Paris" if key == "seed" else "Asia/Kolkata",
        )
        s = await synthesize(topic, _ctx(topic, settings))
        score_one(scores[split_of(key)], s, topic, label)
    return scores


def score_one(score: SplitScore, s: Synthesis, topic: Topic, label: dict[str, Any]) -> None:
    """Add one labelled topic's synthesis to its split's score."""
    positions = [p for t in s.themes for p in t.points]
    objections = [o for p in positions for o in p.objections]
    wanted = set(label.get("outcome_posts") or ())
    if label.get("has_outcome"):
        score.with_outcome += 1
        stated = _cited(s.decisions + positions + objections + s.next_steps, wanted)
        score.stated += stated
        score.decided += _cited(s.decisions, wanted)
        if not stated:
            score.missed.append(str(label.get("topic")))
    else:
        score.without_outcome += 1
        score.false_decisions += bool(s.decisions)
    score.themes += sum(1 for t in s.themes if t.title)
    score.bad_themes += sum(1 for t in s.themes if bad_theme(t.title, topic))


def evaluator(synthesize: Synthesize) -> EvaluateFn:
    """The `scribe eval` evaluator: each labelled topic of the split replayed, then synthesised
    offline with the memory the replay left (meetings, proposals) as scribe would when asked."""

    async def evaluate_outcomes(ev: Evaluation) -> Result:
        score = SplitScore()
        for case, label in ev.labelled(FOLDER):
            run = await ev.run(case)
            s = await synthesize(case.topic, run.ctx())
            score_one(score, s, case.topic, label)
        return Result(
            {
                "outcome_stated": share(score.stated, score.with_outcome),
                "outcome_in_decisions": share(score.decided, score.with_outcome),
                "false_decisions": count(score.false_decisions, "topics"),
                "bad_themes": count(score.bad_themes, "themes"),
            },
            [f"outcome not stated in topic {key}" for key in score.missed],
        )

    return evaluate_outcomes
