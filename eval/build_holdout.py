"""Rebuild the holdout folder (or another list of `split.json`) from the public 3D Slicer Discourse archive.

The holdout's threads carry members' names, so they stay outside the project; this script
turns the archive's rendered topics (one Markdown file per thread: a front matter, then per
post a `## Post #N by @user (YYYY-MM-DD HH:MM UTC)` heading and its cooked HTML) into the
`/t/{id}.json` answers `scribe eval --holdout DIR` reads, for the topics `split.json` lists.

    git clone https://github.com/pieper/slicer-discourse-archive /tmp/slicer
    git -C /tmp/slicer checkout e93cda2348b80c9f151b6bd94fef9181e3b3057a
    python eval/build_holdout.py /tmp/slicer /tmp/holdout
    python eval/build_holdout.py /tmp/slicer /tmp/forum2 --key tuning_forum2
    python eval/build_holdout.py /tmp/slicer /tmp/holdout2 --key holdout2    # holdout3, holdout4 alike
    python eval/build_holdout.py /tmp/slicer /tmp/wild --key rest    # every thread no split lists
    python eval/build_holdout.py /tmp/slicer /tmp/tuning5 --key tuning5    # holdout7 alike

The archive keeps no post ids (made `topic_id * 10000 + post_number`), no seconds, likes,
staff flags, replies, edits or categories; a post it kept empty stays empty.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HEADING = re.compile(r"^## Post #(\d+) by @(\S+) \((\d{4}-\d\d-\d\d) (\d\d:\d\d) UTC\)\s*$", re.M)
TITLE = re.compile(r"^# (.+)$", re.M)
FRONT_ID = re.compile(r"^topic_id:\s*(\d+)\s*$", re.M)


def convert(text: str) -> dict:
    """One rendered thread as Discourse's `/t/{id}.json` answer (the fields scribe reads)."""
    topic_id = int(FRONT_ID.search(text).group(1))  # type: ignore[union-attr]
    body = text.split("\n---\n", 1)[1] if text.startswith("---") else text
    title = TITLE.search(body).group(1).strip()  # type: ignore[union-attr]
    marks = list(HEADING.finditer(body))
    posts = []
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(body)
        cooked = body[mark.end() : end].strip()
        cooked = re.sub(r"\n---\s*$", "", cooked).strip()
        number = int(mark.group(1))
        posts.append(
            {
                "id": topic_id * 10000 + number,
                "topic_id": topic_id,
                "post_number": number,
                "username": mark.group(2),
                "created_at": f"{mark.group(3)}T{mark.group(4)}:00.000Z",
                "cooked": cooked,
            }
        )
    return {
        "id": topic_id,
        "title": title,
        "posts_count": len(posts),
        "created_at": posts[0]["created_at"] if posts else None,
        "post_stream": {"posts": posts, "stream": [p["id"] for p in posts]},
    }


FROM_REST = ("tuning5", "holdout7")
"""The lists drawn from the rest itself (`eval/draw_debates.py`): they stay in it, so the public audit's
threads are the same as before they were drawn."""


def listed(raw: dict) -> set[int]:
    """Every topic id any split of `split.json` lists (the spent one's included), but `FROM_REST`'s."""
    ids: set[int] = set()
    for key, value in raw.items():
        if key in FROM_REST:
            continue
        items = value.get("topics", []) if isinstance(value, dict) else value
        if isinstance(items, list):
            ids |= {int(t) for t in items if str(t).isdigit()}
    return ids


def main(archive: str, out: str, split: str = str(Path(__file__).with_name("split.json")), key: str = "holdout") -> int:
    """Writes the threads `split.json` lists under `key` to `out`, one `topic_<id>.json` each; with
    `key` "rest", every thread of the archive that no split lists (the public audit's)."""
    raw = json.loads(Path(split).read_text(encoding="utf-8"))
    rest = key == "rest"
    wanted = listed(raw) if rest else {int(t) for t in raw[key]}
    found: dict[int, Path] = {}
    for path in Path(archive, "archive", "rendered-topics").rglob("*-id*.md"):
        topic = int(path.stem.rsplit("-id", 1)[1])
        if (topic in wanted) != rest:
            found[topic] = path
    Path(out).mkdir(parents=True, exist_ok=True)
    for topic, path in sorted(found.items()):
        data = convert(path.read_text(encoding="utf-8"))
        Path(out, f"topic_{topic}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    missing = [] if rest else sorted(wanted - set(found))
    print(f"{len(found)} topics written to {out}" + (f"; missing from the archive: {missing}" if missing else ""))
    return 1 if missing else 0


if __name__ == "__main__":
    cli = argparse.ArgumentParser(description="Convert the archive's threads a split.json list names.")
    cli.add_argument("archive", metavar="ARCHIVE_CHECKOUT")
    cli.add_argument("out", metavar="OUT_DIR")
    cli.add_argument("--key", default="holdout", help="the split.json key listing the topic ids, or rest")
    args = cli.parse_args()
    sys.exit(main(args.archive, args.out, key=args.key))
