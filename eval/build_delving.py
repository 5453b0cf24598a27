"""Rebuild the Delving Bitcoin threads the public audit replays, from the forum's public archive.

The archive (github.com/jamesob/delving-bitcoin-archive) keeps one JSON file per post, as Discourse's
`/posts/{id}.json` answers with every value written as a string (`"None"`, `"False"`, `"42"`). This
turns them into one `/t/{id}.json` answer per topic, the posts in their order, values typed again:

    git clone https://github.com/jamesob/delving-bitcoin-archive /tmp/delving
    git -C /tmp/delving checkout 377638f9965468ed343c05e53e134303589f3d6b
    python eval/build_delving.py /tmp/delving /tmp/delving-threads

The threads carry members' names, so they stay outside the project.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

_TEXTS = ("cooked", "raw", "username", "name", "topic_title", "topic_slug")
"""Fields kept as text even when they read as a number or a word ("None" aside: no value)."""


def _typed(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if value == "None":
        return None
    if value in ("True", "False"):
        return value == "True"
    if value.lstrip("-").isdigit():
        return int(value)
    return value


def _post(raw: dict[str, Any]) -> dict[str, Any]:
    return {k: (None if v == "None" else v) if k in _TEXTS else _typed(v) for k, v in raw.items()}


def _later(post: dict[str, Any], kept: dict[str, Any]) -> bool:
    """A post saved twice (its topic renamed or moved between two runs of the archiver): the later
    snapshot, the one read more, wins."""
    return (str(post.get("updated_at")), post.get("reads") or 0) > (str(kept.get("updated_at")), kept.get("reads") or 0)


def main(archive: str, out: str) -> int:
    newest: dict[tuple[int, int], dict[str, Any]] = {}
    for path in sorted(Path(archive, "archive", "posts").glob("*/*.json")):
        post = _post(json.loads(path.read_text(encoding="utf-8")))
        key = (int(post["topic_id"]), int(post["post_number"]))
        if key not in newest or _later(post, newest[key]):
            newest[key] = post
    topics: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for (topic_id, _), post in newest.items():
        topics[topic_id].append(post)
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    for topic_id, posts in topics.items():
        posts.sort(key=lambda p: p["post_number"])
        first = posts[0]
        answer = {
            "id": topic_id,
            "title": first.get("topic_title"),
            "slug": first.get("topic_slug"),
            "created_at": first["created_at"],
            "posts_count": len(posts),
            "category_id": first.get("category_id"),
            "post_stream": {"posts": posts, "stream": [p["id"] for p in posts]},
        }
        (target / f"topic_{topic_id}.json").write_text(json.dumps(answer), encoding="utf-8")
    print(f"{len(topics)} topics, {sum(map(len, topics.values()))} posts written to {out}")
    return 0


if __name__ == "__main__":
    cli = argparse.ArgumentParser(description="Turn the archive's per-post files into /t/{id}.json answers.")
    cli.add_argument("archive", metavar="ARCHIVE_CHECKOUT")
    cli.add_argument("out", metavar="OUT_DIR")
    args = cli.parse_args()
    sys.exit(main(args.archive, args.out))
