"""The proposals measured against hand labels (`eval/labels/proposals/<topic>.json`).

Each label names the posts that state one proposal and describes it in a few words of its
own (no text copied from the thread). An item scribe lists matches the label that shares
one of its posts and whose words it covers best (word stems, at least a quarter of the
label's); the labels are exhaustive, so an item matching none counts against precision.

- precision: items matching a label / items listed;
- recall: labels matched by an item / labels;
- duplicates left: items beyond the first matching one same label;
- cut: items whose label is over 12 words or ends mid-phrase.

Figures are per split of `eval/split.json` (rules are tuned on `tuning` only), and, for the
seed, the share of the proposals its post 18 (a member's synthesis) lists that scribe finds
in the thread without that post.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.models import Topic
from bot.topicfile import load_topic_file
from handlers.proposals.extract import content_tokens, fold
from handlers.proposals.label import ends_whole, words

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "eval" / "labels" / "proposals"
SPLIT = ROOT / "eval" / "split.json"
FIXTURES = ROOT.parent / "shared" / "fixtures"
SEED_SYNTHESIS = 18
MIN_COVER = 0.25
STEM = 5

Rank = Callable[[Topic], Awaitable[list[Any]]]


def _stems(text: str) -> set[str]:
    return {t[:STEM] for t in content_tokens(fold(text))}


@dataclass
class Score:
    items: int = 0
    matched_items: int = 0
    labels: int = 0
    found_labels: int = 0
    duplicates: int = 0
    cut: int = 0
    topics: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("items", "matched_items", "labels", "found_labels", "duplicates", "cut"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.topics += other.topics

    @property
    def precision(self) -> float:
        return self.matched_items / self.items if self.items else 1.0

    @property
    def recall(self) -> float:
        return self.found_labels / self.labels if self.labels else 1.0


def match(items: Iterable[Any], labels: list[dict[str, Any]]) -> tuple[list[int | None], dict[int, int]]:
    """For each item, the index of the label it matches (or None); and how many items each label got."""
    stems = [_stems(lab["label"]) for lab in labels]
    chosen: list[int | None] = []
    counts: dict[int, int] = {}
    for item in items:
        posts = set(item.post_numbers)
        said = _stems(f"{item.text} {item.full}")
        best: tuple[float, int, int] | None = None  # (cover, words covered, label)
        for i, lab in enumerate(labels):
            if not posts & set(lab["posts"]) or not stems[i]:
                continue
            shared = len(stems[i] & said)
            cover = shared / len(stems[i])
            if cover >= MIN_COVER and (best is None or (cover, shared) > best[:2]):
                best = (cover, shared, i)
        chosen.append(best[2] if best else None)
        if best:
            counts[best[2]] = counts.get(best[2], 0) + 1
    return chosen, counts


def score(name: str, items: list[Any], labels: list[dict[str, Any]]) -> Score:
    chosen, counts = match(items, labels)
    return Score(
        items=len(items),
        matched_items=sum(1 for c in chosen if c is not None),
        labels=len(labels),
        found_labels=len(counts),
        duplicates=sum(n - 1 for n in counts.values()),
        cut=sum(1 for i in items if words(i.text) > 12 or not ends_whole(i.text)),
        topics=[name],
    )


def topic_of(key: str, fixtures: Path = FIXTURES) -> Topic:
    if key == "seed":
        return load_topic_file(fixtures / "seed-thread.json")
    return load_topic_file(fixtures / "discourse-real" / f"topic_{key}.json")


def without(topic: Topic, post_number: int) -> Topic:
    return Topic(topic.id, topic.title, posts=tuple(p for p in topic.posts if p.post_number != post_number))


def _load(labels_dir: Path, fixtures: Path) -> tuple[set[str], list[tuple[dict[str, Any], Topic]]]:
    """The check split's topic ids, and each label file with its topic."""
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    out = []
    for path in sorted(labels_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out.append((data, topic_of(str(data["topic"]), fixtures)))
    return {str(t) for t in split["check"]}, out


async def evaluate(rank: Rank, labels_dir: Path = LABELS, fixtures: Path = FIXTURES) -> dict[str, Any]:
    """Scores per split, and the seed's synthesis recall without post 18."""
    check, labelled = _load(labels_dir, fixtures)
    scores = {"tuning": Score(), "check": Score()}
    seed: dict[str, Any] = {}
    for data, topic in labelled:
        key = str(data["topic"])
        items = await rank(topic)
        scores["check" if key in check else "tuning"].add(score(key, items, data["proposals"]))
        if key == "seed":
            listed = [lab for lab in data["proposals"] if lab.get("in_synthesis")]
            alone = await rank(without(topic, SEED_SYNTHESIS))
            _, counts = match(alone, listed)
            seed = {
                "ideas": len(items),
                "synthesis_listed": len(listed),
                "synthesis_found_without_it": len(counts),
                "duplicates": score(key, items, data["proposals"]).duplicates,
            }
    return {"splits": scores, "seed": seed}


def report(result: dict[str, Any]) -> str:
    lines = []
    for name, s in result["splits"].items():
        lines.append(
            f"proposals {name}: topics {len(s.topics)}, items {s.items}, labels {s.labels}, "
            f"precision {s.precision:.2f}, recall {s.recall:.2f}, duplicates left {s.duplicates}, cut {s.cut}"
        )
    seed = result["seed"]
    if seed:
        lines.append(
            f"proposals seed: {seed['ideas']} ideas, duplicates {seed['duplicates']}, synthesis proposals found "
            f"without post {SEED_SYNTHESIS}: {seed['synthesis_found_without_it']}/{seed['synthesis_listed']}"
        )
    return "\n".join(lines)


def figures(rank: Rank) -> Callable[[Topic, Callable[[str, float, str], None]], Awaitable[None]]:
    """`scribe bench` figures: precision, recall and duplicates left per split, and the seed's."""

    async def put_figures(_: Topic, put: Callable[[str, float, str], None]) -> None:
        if not LABELS.is_dir() or not FIXTURES.is_dir():
            return  # an installed wheel has no labels or threads: nothing to measure
        result = await evaluate(rank)
        for name, s in result["splits"].items():
            put(f"eval.proposals.{name}.precision", round(s.precision, 3), "ratio")
            put(f"eval.proposals.{name}.recall", round(s.recall, 3), "ratio")
            put(f"eval.proposals.{name}.duplicates", s.duplicates, "items")
        seed = result["seed"]
        if seed:
            put("eval.proposals.seed.ideas", seed["ideas"], "ideas")
            put("eval.proposals.seed.duplicates", seed["duplicates"], "items")
            found = seed["synthesis_found_without_it"] / max(seed["synthesis_listed"], 1)
            put("eval.proposals.seed.synthesis_recall_without_18", round(found, 3), "ratio")

    return put_figures
