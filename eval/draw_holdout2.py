"""Draw the second held-out split (`holdout2` in `split.json`) from the public archive.

The rule is fixed in `split.json` (`holdout2_rule`) before any of its threads is read; this
script is that rule, so the draw can be repeated from a checkout of the archive at the same commit:

    python eval/draw_holdout2.py /tmp/slicer

It prints the drawn ids as a JSON list in draw order (the question threads, then the plain link
replies); it writes nothing. The holdout had few link requests (11 in 70 threads), so this draw
leans on questions naming a link, a download, a recording or documentation.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from draw_forum2 import SENTENCE, SPLIT, _threads

FIRST, LAST = "2022-01-01", "2026-08-22"
ASK = re.compile(
    r"\b(links?|urls?|download\w*|recordings?|recorded|slides|videos?|tutorials?|documentation|webinar|zoom)\b", re.I
)
PLAIN = re.compile(r"\b(link|download)", re.I)
ASKS, ASK_SEED, PLAINS, PLAIN_SEED = 35, 2040, 15, 2041


def draw(archive: str, split: str = SPLIT) -> tuple[list[int], list[int]]:
    """`ASKS` threads where a post holds a question sentence with an `ASK` word, then `PLAINS`
    among the others where a reply (post 2 on) holds 'link' or 'download' and no '?'; threads of
    the holdout's window and sizes, outside the holdout and the second forum's tuning threads."""
    tuning = {int(t) for t in json.loads(Path(split).read_text(encoding="utf-8"))["tuning_forum2"]}
    asks: list[int] = []
    plains: list[int] = []
    for topic, _, posts in _threads(archive, tuning, split, FIRST, LAST):
        sentences = [m.group(0) for _, text in posts for m in SENTENCE.finditer(text)]
        if any(s.endswith("?") and ASK.search(s) for s in sentences):
            asks.append(topic)
        elif any(number > 1 and PLAIN.search(text) and "?" not in text for number, text in posts):
            plains.append(topic)
    return random.Random(ASK_SEED).sample(asks, ASKS), random.Random(PLAIN_SEED).sample(plains, PLAINS)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python eval/draw_holdout2.py ARCHIVE_CHECKOUT", file=sys.stderr)
        sys.exit(2)
    drawn_asks, drawn_plains = draw(sys.argv[1])
    print(json.dumps([*drawn_asks, *drawn_plains]))
