"""Fit the weights of `handlers.links.text.leaning` on the labelled tuning threads, and say what a model would read.

Every regular post of a labelled topic of the tuned splits (`bot.evaluation.TUNED`) is one example: a request if
its labels list it under `link_requests`. The weights are a logistic regression (requests weighed as many as the
other posts, L2 penalty), fitted by gradient descent over the posts grouped by the cues they show. The threshold
a post must reach to be in doubt is the lowest of a fixed grid at which the posts in doubt on the tuned splits
stay within `--budget` (a share of their posts: what a model is shown, and paid for).

Then, on every split given, never fitted on or not: the requests the rules miss, how many posts are in doubt,
and how many of the missed requests are among them (what a configured model could add).

    .venv/bin/python eval/fit_leaning.py --corpus ../shared/fixtures/discourse-real --forum2 DIR --tuning3 DIR \
        --tuning4 DIR --holdout5 DIR [--holdout DIR --holdout2 DIR … --holdout6 DIR]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bot.evaluation import ALL_SPLITS, OWN_FOLDER, TUNED, Corpus
from bot.text import analyse
from handlers.links.evaluate import FOLDER
from handlers.links.text import is_request
from handlers.links.text.doubt import asks_tersely, open_to_model
from handlers.links.text.leaning import FEATURES, odds, shown_cues

GRID = tuple(round(0.05 * i, 2) for i in range(6, 20))
"""The thresholds tried, 0.30 to 0.95."""
PENALTY = 1.0
STEPS = 3000
RATE = 0.5


@dataclass(frozen=True)
class Example:
    """One post: the cues it shows, whether it is a labelled request, whether the rules take it, whether a model
    may read it at all (short enough, not taken), and whether it asks in a terse form (in doubt whatever its cues)."""

    shown: frozenset[str]
    request: bool
    taken: bool
    open_to_model: bool
    terse: bool


def examples(corpus: Corpus, split: str, labels: Path) -> list[Example]:
    """The regular posts of the split's labelled topics."""
    folder = labels / OWN_FOLDER[split] / FOLDER if split in OWN_FOLDER else labels / FOLDER
    out: list[Example] = []
    for case in corpus.of(split):
        path = folder / f"{case.key}.json"
        if not path.is_file():
            continue
        asked = {r["post"] for r in json.loads(path.read_text(encoding="utf-8")).get("link_requests", [])}
        for post in case.topic.posts:
            if not post.is_regular:
                continue
            text = analyse(post).text
            readable = open_to_model(text)
            terse = readable and asks_tersely(text)
            out.append(Example(shown_cues(text), post.post_number in asked, is_request(text), readable, terse))
    return out


def fit(data: list[Example]) -> tuple[dict[str, float], float]:
    """Weights and bias of a class-balanced, L2-penalised logistic regression over the cues."""
    groups = Counter((e.shown, e.request) for e in data)
    positives = sum(n for (_, request), n in groups.items() if request)
    negatives = sum(groups.values()) - positives
    lift = negatives / max(1, positives)
    total = negatives + lift * positives
    weights = dict.fromkeys(FEATURES, 0.0)
    bias = 0.0
    for _ in range(STEPS):
        grad = dict.fromkeys(FEATURES, 0.0)
        grad_bias = 0.0
        for (shown, request), n in groups.items():
            p = odds(shown, weights, bias)
            g = (p - (1.0 if request else 0.0)) * n * (lift if request else 1.0)
            grad_bias += g
            for f in shown:
                grad[f] += g
        for f in FEATURES:
            weights[f] -= RATE * (grad[f] + PENALTY * weights[f]) / total
        bias -= RATE * (grad_bias + PENALTY * bias) / total
    return weights, bias


def doubted(rows: list[Example], weights: dict[str, float], bias: float, threshold: float) -> list[Example]:
    """The posts a model would read: open to it, and terse or leaning at least `threshold`."""
    return [e for e in rows if e.open_to_model and (e.terse or odds(e.shown, weights, bias) >= threshold)]


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--corpus", required=True)
    for name in OWN_FOLDER.values():
        cli.add_argument(f"--{name}")
    cli.add_argument("--split-file", default="eval/split.json")
    cli.add_argument("--labels", default="eval/labels")
    cli.add_argument("--budget", type=float, default=1 / 6, help="the share of tuned posts a model may be shown")
    args = cli.parse_args()
    own = {name: getattr(args, name) for name in OWN_FOLDER.values()}
    corpus = Corpus.load(args.corpus, args.split_file, **own)
    data = {s: examples(corpus, s, Path(args.labels)) for s in ALL_SPLITS}
    tuned = [e for s in TUNED for e in data.get(s, [])]
    weights, bias = fit(tuned)
    print("WEIGHTS: dict[str, float] = {")
    for name in FEATURES:
        print(f'    "{name}": {weights[name]:.2f},')
    print("}")
    print(f"BIAS = {bias:.2f}")
    threshold = next(
        (t for t in GRID if len(doubted(tuned, weights, bias, t)) <= args.budget * len(tuned)),
        GRID[-1],
    )
    print(
        f"DOUBT_LEAN = {threshold}  # the lowest of {GRID[0]}…{GRID[-1]} keeping tuned posts in doubt within "
        f"{args.budget:.1%} of {len(tuned)}"
    )
    print("\nper split: the requests the rules miss, the posts in doubt with these weights, the missed among them")
    for split, rows in data.items():
        if not rows:
            continue
        missed = sum(1 for e in rows if e.request and not e.taken)
        doubt = doubted(rows, weights, bias, threshold)
        tag = "fitted on" if split in TUNED else "never fitted on"
        print(
            f"  {split} ({tag}): {len(rows)} posts, {sum(e.request for e in rows)} requests, {missed} missed by the "
            f"rules; {len(doubt)} posts in doubt, {sum(1 for e in doubt if e.request)} of the missed among them"
        )


if __name__ == "__main__":
    main()
