"""Draw the second forum's discussion threads for the proposals (`tuning5` and `holdout7` in `split.json`).

The other splits were drawn for link requests and meetings, and hold few proposals; these threads are
drawn from what no split lists (the public audit's rest, `eval/build_holdout.py ARCHIVE DIR --key rest`),
among threads of 8 to 40 posts by at least 4 members, so that ideas are put to several readers. The rule
(`tuning5_rule`) was fixed before any drawn thread was read; this script is that rule:

    python eval/draw_debates.py /tmp/wild

It prints `{"tuning5": [...], "holdout7": [...]}` (each sorted; `tuning5` holds both draws); it writes nothing. Both
lists stay in the rest (`build_holdout.FROM_REST`), so the public audit's threads do not change.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

MIN_POSTS, MAX_POSTS, MIN_MEMBERS = 8, 40, 4
SEED, DRAWN = 20261204, 40
SECOND_SEED = 20261205
"""The second draw's: 40 more, all tuned on (`tuning5_second_rule`), once the first draw's holdout had shown how
little of the first half's tuning carried over."""


def _eligible(rest: str) -> list[int]:
    ids = []
    for path in sorted(Path(rest).glob("*.json")):
        posts = json.loads(path.read_text(encoding="utf-8"))["post_stream"]["posts"]
        if MIN_POSTS <= len(posts) <= MAX_POSTS and len({p["username"] for p in posts}) >= MIN_MEMBERS:
            ids.append(int(path.stem.removeprefix("topic_")))
    return ids


def draw(rest: str) -> dict[str, list[int]]:
    """The drawn ids, halved by `sha256(str(id)) mod 2` (0: tuned on; 1: held out), then the second draw's among the
    threads the first left, all tuned on."""
    eligible = _eligible(rest)
    first = list(eligible)
    random.Random(SEED).shuffle(first)
    drawn = sorted(first[:DRAWN])
    tuned = [t for t in drawn if int(hashlib.sha256(str(t).encode()).hexdigest(), 16) % 2 == 0]
    second = [t for t in eligible if t not in drawn]
    random.Random(SECOND_SEED).shuffle(second)
    return {
        "tuning5": sorted(tuned + second[:DRAWN]),
        "holdout7": [t for t in drawn if t not in tuned],
    }


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python eval/draw_debates.py REST_DIR")
    print(json.dumps(draw(sys.argv[1])))
