"""Draw the second forum's tuning threads (`tuning_forum2` in `split.json`) from the public archive.

The rule is fixed in `split.json` (`tuning_forum2_rule`) before any thread is read; this script
is that rule, so the draw can be repeated from a checkout of the archive at the same commit:

    python eval/draw_forum2.py /tmp/slicer

It prints the drawn ids (cue threads first, then meeting titles); it writes nothing.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HEADING = re.compile(r"^## Post #\d+ by @\S+ \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\)\s*$", re.M)
FRONT_DATE = re.compile(r"^date:\s*(\d{4}-\d\d-\d\d)\s*$", re.M)
FRONT_TITLE = re.compile(r"^title:\s*\"?(.*?)\"?\s*$", re.M)
CUE = re.compile(r"\b(links?|recordings?|slides|videos?|zoom)\b|where can i (find|download)", re.I)
MEETING_TITLE = re.compile(r"\b(meetings?|webinars?|courses?|workshops?|project ?week)\b", re.I)
TAG = re.compile(r"<[^>]+>")
FIRST, LAST = "2019-01-01", "2021-12-31"
MAX_POSTS, CUES, TITLES, SEED = 30, 25, 15, 2028


def draw(archive: str, split: str = str(Path(__file__).with_name("split.json"))) -> tuple[list[int], list[int]]:
    """`CUES` threads among those whose posts (tags removed) hold a link-request cue and whose title
    names no meeting, then `TITLES` among those whose title names one; ids sorted before sampling."""
    holdout = {int(t) for t in json.loads(Path(split).read_text(encoding="utf-8"))["holdout"]}
    cues, titles = [], []
    for path in Path(archive, "archive", "rendered-topics").rglob("*-id*.md"):
        topic = int(path.stem.rsplit("-id", 1)[1])
        text = path.read_text(encoding="utf-8")
        day = FRONT_DATE.search(text)
        if topic in holdout or day is None or not FIRST <= day.group(1) <= LAST:
            continue
        posts = list(HEADING.finditer(text))
        if not 1 <= len(posts) <= MAX_POSTS:
            continue
        title = FRONT_TITLE.search(text)
        if title is not None and MEETING_TITLE.search(title.group(1)):
            titles.append(topic)
        elif CUE.search(TAG.sub(" ", HEADING.sub(" ", text[posts[0].start() :]))):
            cues.append(topic)
    rng = random.Random(SEED)
    return rng.sample(sorted(cues), CUES), rng.sample(sorted(titles), TITLES)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python eval/draw_forum2.py ARCHIVE_CHECKOUT", file=sys.stderr)
        sys.exit(2)
    drawn_cues, drawn_titles = draw(sys.argv[1])
    print(json.dumps({"cues": drawn_cues, "titles": drawn_titles}))
