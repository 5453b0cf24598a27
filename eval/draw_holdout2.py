"""Draw the later held-out splits (`holdout2`, `holdout3`, `holdout4`) and the fifth and sixth
tuning draws of `tuning_forum2` from the public archive, all by one rule of `split.json` (`holdout2_rule`).

Each draw is fixed in `split.json` before any of its threads is read; this script is that rule,
so a draw can be repeated from a checkout of the archive at the same commit:

    python eval/draw_holdout2.py /tmp/slicer [holdout2|holdout3|holdout4|tuning_forum2|tuning_forum2_6]

It prints the drawn ids as a JSON list in draw order (the question threads, then the plain link
replies); it writes nothing. The holdout had few link requests (11 in 70 threads), so these draws
lean on questions naming a link, a download, a recording or documentation.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from draw_forum2 import SENTENCE, SPLIT, _threads

FIRST, LAST = "2022-01-01", "2026-08-22"
ASK = re.compile(
    r"\b(links?|urls?|download\w*|recordings?|recorded|slides|videos?|tutorials?|documentation|webinar|zoom)\b", re.I
)
PLAIN = re.compile(r"\b(link|download)", re.I)
FORUM2_FIRST_DRAWS = 200  # tuning_forum2's ids before its fifth draw (all dated 2019-2021)
FORUM2_FIVE_DRAWS = 260  # tuning_forum2's ids before its sixth draw


@dataclass(frozen=True)
class Draw:
    """One draw by the rule: how many question and plain threads, their seeds, and the lists of
    `split.json` left out (each key with how many of its first ids, None for all of them)."""

    asks: int
    ask_seed: int
    plains: int
    plain_seed: int
    excluded: tuple[tuple[str, int | None], ...]


DRAWS = {
    "holdout2": Draw(35, 2040, 15, 2041, (("tuning_forum2", FORUM2_FIRST_DRAWS),)),
    "holdout3": Draw(35, 2060, 15, 2061, (("holdout2", None), ("tuning_forum2", FORUM2_FIRST_DRAWS))),
    "tuning_forum2": Draw(
        40, 2050, 20, 2051, (("holdout2", None), ("holdout3", None), ("tuning_forum2", FORUM2_FIRST_DRAWS))
    ),
    "holdout4": Draw(
        35, 2070, 15, 2071, (("holdout2", None), ("holdout3", None), ("tuning_forum2", FORUM2_FIVE_DRAWS))
    ),
    "tuning_forum2_6": Draw(
        55,
        2080,
        25,
        2081,
        (("holdout2", None), ("holdout3", None), ("holdout4", None), ("tuning_forum2", FORUM2_FIVE_DRAWS)),
    ),
}


def draw(archive: str, rule: Draw = DRAWS["holdout2"], split: str = SPLIT) -> tuple[list[int], list[int]]:
    """`rule.asks` threads where a post holds a question sentence with an `ASK` word, then
    `rule.plains` among the others where a reply (post 2 on) holds 'link' or 'download' and no '?';
    threads of the holdout's window and sizes, outside the holdout and the lists `rule` excludes."""
    lists = json.loads(Path(split).read_text(encoding="utf-8"))
    left_out = {int(t) for key, count in rule.excluded for t in lists[key][:count]}
    asks: list[int] = []
    plains: list[int] = []
    for topic, _, posts in _threads(archive, left_out, split, FIRST, LAST):
        sentences = [m.group(0) for _, text in posts for m in SENTENCE.finditer(text)]
        if any(s.endswith("?") and ASK.search(s) for s in sentences):
            asks.append(topic)
        elif any(number > 1 and PLAIN.search(text) and "?" not in text for number, text in posts):
            plains.append(topic)
    return (
        random.Random(rule.ask_seed).sample(asks, rule.asks),
        random.Random(rule.plain_seed).sample(plains, rule.plains),
    )


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3) or (len(sys.argv) == 3 and sys.argv[2] not in DRAWS):
        print(f"usage: python eval/draw_holdout2.py ARCHIVE_CHECKOUT [{'|'.join(DRAWS)}]", file=sys.stderr)
        sys.exit(2)
    drawn_asks, drawn_plains = draw(sys.argv[1], DRAWS[sys.argv[2] if len(sys.argv) == 3 else "holdout2"])
    print(json.dumps([*drawn_asks, *drawn_plains]))
