"""How many of the posts scribe takes for link requests really ask for one, against judged verdicts.

The labelled splits count requests on a few hundred threads; on the audit's thousands, a judge reads the
posts the rules take for requests (all of them, or a fixed sample) and says which ask for a link
(`eval/labels/audit/*_requests.json`). After a rule change, the posts still taken are matched with those
verdicts: the precision among the judged ones still taken, and the judged requests no longer taken (lost).
Posts taken now that no judge has seen are counted apart, never guessed.

A verdict file judged over whole topics (`"scope": "topics"`, its `topics` listed, its items the posts judged to
ask for a link) also gives recall: the share of those requests the rules take, and the precision of what they
take in those topics (a post of a judged topic not listed asks for none).

    .venv/bin/python eval/public_audit.py /tmp/urho /tmp/writes.jsonl --timezone UTC --half check \
        --requests /tmp/requests.jsonl
    .venv/bin/python eval/judged_requests.py /tmp/requests.jsonl eval/labels/audit/urho_requests.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import public_audit  # run as `python eval/judged_requests.py`, this folder is on the path


def measure(taken: list[dict[str, Any]], verdicts: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Per half: posts taken now, those judged (in any of the verdict files), judged requests among them, and the
    judged requests lost."""
    judged = {(i["topic"], i["post"]): i for data in verdicts for i in data["items"]}
    now = {(d["topic"], d["post"]) for d in taken}
    figures: dict[str, dict[str, int]] = {}
    read = {d["half"] for d in taken}  # a replay of one half says nothing of the other
    for half in sorted({i["half"] for i in judged.values()} & read):
        mine = {k for k, i in judged.items() if i["half"] == half}
        requests_judged = {k for k in mine if judged[k]["verdict"] == "request"}
        seen = now & mine
        figures[half] = {
            "taken": sum(1 for d in taken if d["half"] == half),
            "judged": len(seen),
            "requests": len(seen & requests_judged),
            "lost": len(requests_judged - now),
            "requests_judged": len(requests_judged),
        }
    return figures


def recall(taken: list[dict[str, Any]], verdicts: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Per half, over the topics judged whole: topics, requests judged, those taken now, and the posts taken there."""
    now = {(d["topic"], d["post"]) for d in taken}
    read = {d["half"] for d in taken}  # a replay of one half says nothing of the other
    figures: dict[str, dict[str, int]] = {}
    for data in verdicts:
        if data.get("scope") != "topics":
            continue
        asked = {(i["topic"], i["post"]) for i in data["items"] if i["verdict"] == "request"}
        for topic in data["topics"]:
            half = public_audit.half(topic)
            if half not in read:
                continue
            mine = {k for k in asked if k[0] == topic}
            into = figures.setdefault(half, {"topics": 0, "requests": 0, "found": 0, "taken": 0})
            into["topics"] += 1
            into["requests"] += len(mine)
            into["found"] += len(mine & now)
            into["taken"] += sum(1 for k in now if k[0] == topic)
    return figures


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "n/a"


def main() -> int:
    cli = argparse.ArgumentParser(description="Precision of the posts taken for link requests, against verdicts.")
    cli.add_argument("requests", help="the --requests output of eval/public_audit.py")
    cli.add_argument("verdicts", nargs="+", help="judged files of eval/labels/audit/ (several draws add up)")
    args = cli.parse_args()
    taken = [json.loads(line) for line in Path(args.requests).read_text(encoding="utf-8").splitlines() if line.strip()]
    verdicts = [json.loads(Path(f).read_text(encoding="utf-8")) for f in args.verdicts]
    for half, f in measure(taken, verdicts).items():
        share = _share(f["requests"], f["judged"])
        print(
            f"{half}: {f['taken']} posts taken; of the {f['judged']} judged, {f['requests']} ask for a link ({share}); "
            f"judged requests no longer taken: {f['lost']} of {f['requests_judged']}"
        )
    for half, r in recall(taken, verdicts).items():
        print(
            f"{half}, {r['topics']} topics judged whole: {r['found']} of their {r['requests']} requests taken "
            f"(recall {_share(r['found'], r['requests'])}); {r['found']} of the {r['taken']} posts taken there ask for "
            f"a link (precision {_share(r['found'], r['taken'])})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
