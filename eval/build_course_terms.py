"""Rebuild the course forum's other-term splits (`holdout5`, `tuning3`, `holdout6`, `tuning4`).

Their threads carry members' names, so they stay outside the project. They are real `/t/{id}.json`
answers saved by public scrapers (`holdout5_source` in `split.json`), copied as they are, one
`topic_<id>.json` per topic the split lists:

    git clone https://github.com/Agilesh-R/Project1_TDS /tmp/a1
    git -C /tmp/a1 checkout 9507c9581aa028da1a1515c828acc4873b685980
    git clone https://github.com/Agilesh-R/Project1_TDS /tmp/a2
    git -C /tmp/a2 checkout 3f60146aeee068b7115ef73d94c611a805852448
    git clone https://github.com/geek0609/TDS_Project1 /tmp/g
    git -C /tmp/g checkout ee242119958e272a3116accf72af2fa0771864cd
    git clone https://github.com/yaaashhh725/Virtual_Teaching_Assistant /tmp/y
    git -C /tmp/y checkout d842277435611f43e50b264169c3ab6e21e65e4d
    python eval/build_course_terms.py /tmp/holdout5 --key holdout5 \
        /tmp/a1/discourse_json /tmp/y/discourse_json /tmp/g/scripts/raw /tmp/a2/discourse_json

A topic saved by several scrapes is taken from the first folder that holds it, in the order given:
the Sep 2024 term's scrape, then the 4 Jan 2025 topics the fixtures left out, then the May 2025
term, and the later Sep 2024 commit only for the two topics the earlier one lacks.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path

NAME = re.compile(r"topic[_-](\d+)\.json$")


def main(out: str, key: str, sources: list[str], split: str = str(Path(__file__).with_name("split.json"))) -> int:
    """Copies the answers `split.json` lists under `key` to `out`, the first source holding each."""
    wanted = {int(t) for t in json.loads(Path(split).read_text(encoding="utf-8"))[key]}
    found: dict[int, Path] = {}
    for source in sources:
        for path in sorted(Path(source).glob("*.json")):
            match = NAME.search(path.name)
            if match and int(match.group(1)) in wanted:
                found.setdefault(int(match.group(1)), path)
    Path(out).mkdir(parents=True, exist_ok=True)
    for topic, path in sorted(found.items()):
        shutil.copyfile(path, Path(out, f"topic_{topic}.json"))
    missing = sorted(wanted - set(found))
    print(f"{len(found)} topics written to {out}" + (f"; missing from the sources: {missing}" if missing else ""))
    return 1 if missing else 0


if __name__ == "__main__":
    cli = argparse.ArgumentParser(description="Copy the scraped answers a split.json list names.")
    cli.add_argument("out", metavar="OUT_DIR")
    cli.add_argument("--key", required=True, help="the split.json key listing the topic ids")
    cli.add_argument("sources", nargs="+", metavar="SOURCE_DIR", help="scrape folders, first wins")
    args = cli.parse_args()
    sys.exit(main(args.out, args.key, args.sources))
