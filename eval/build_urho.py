"""Rebuild the Urho3D threads the public audit replays, from the forum's public archive.

The archive (github.com/SirNate0/Urho3D-Discourse-Archive) keeps each topic's `/t/{id}.json` answer
as `posts/json/<slug>.<id>.json`; the audit reads them as `topic_<id>.json`, named by the answer's own
`id`:

    git clone https://github.com/SirNate0/Urho3D-Discourse-Archive /tmp/urho
    git -C /tmp/urho checkout 9a051431
    python eval/build_urho.py /tmp/urho /tmp/urho-threads

The threads carry members' names, so they stay outside the project.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(archive: str, out: str) -> int:
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    topics = posts = 0
    for path in sorted(Path(archive, "posts", "json").glob("*.json")):
        answer = json.loads(path.read_text(encoding="utf-8"))
        (target / f"topic_{answer['id']}.json").write_text(json.dumps(answer), encoding="utf-8")
        topics += 1
        posts += len(answer["post_stream"]["posts"])
    print(f"{topics} topics, {posts} posts written to {out}")
    return 0


if __name__ == "__main__":
    cli = argparse.ArgumentParser(description="Name the archive's /t/{id}.json answers by their topic id.")
    cli.add_argument("archive", metavar="ARCHIVE_CHECKOUT")
    cli.add_argument("out", metavar="OUT_DIR")
    args = cli.parse_args()
    sys.exit(main(args.archive, args.out))
