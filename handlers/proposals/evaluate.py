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

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.evaluation import Evaluation, Result, count, share
from bot.models import Topic
from handlers.proposals.extract import content_tokens, fold
from handlers.proposals.label import ends_whole, words

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


def without(topic: Topic, post_number: int) -> Topic:
    return Topic(topic.id, topic.title, posts=tuple(p for p in topic.posts if p.post_number != post_number))


async def evaluation(ev: Evaluation, rank: Rank) -> Result:
    """`scribe eval`: precision, recall, duplicates left and labels cut mid-phrase over the labelled
    topics of one split, and for the seed the synthesis's proposals found without post 18."""
    total = Score()
    mistakes: list[str] = []
    seed: tuple[int, int] | None = None
    for case, data in ev.labelled("proposals"):
        labels = data.get("proposals") or []
        items = await rank(case.topic)
        total.add(score(case.key, items, labels))
        chosen, counts = match(items, labels)
        mistakes += [
            f"{case.key}: not a labelled proposal {i.post_numbers}: {i.text}"
            for i, c in zip(items, chosen, strict=True)
            if c is None
        ]
        mistakes += [
            f"{case.key}: missed {lab['posts']}: {lab['label']}" for k, lab in enumerate(labels) if k not in counts
        ]
        mistakes += [
            f"{case.key}: {n} items for {lab['label']}" for k, lab in enumerate(labels) if (n := counts.get(k, 0)) > 1
        ]
        if case.key == "seed":
            listed = [lab for lab in labels if lab.get("in_synthesis")]
            _, found = match(await rank(without(case.topic, SEED_SYNTHESIS)), listed)
            seed = (len(found), len(listed))
    figures = {
        "topics": count(len(total.topics)),
        "precision": share(total.matched_items, total.items),
        "recall": share(total.found_labels, total.labels),
        "duplicates_left": count(total.duplicates),
        "cut_mid_phrase": count(total.cut),
    }
    if seed is not None:
        figures["seed_synthesis_found_without_18"] = share(*seed)
    return Result(figures, mistakes)
