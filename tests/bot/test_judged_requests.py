"""`eval/judged_requests.py` against verdicts judged over whole topics: recall counts the judged requests the
rules take, precision what they take in those topics, and a replay of one half says nothing of the other."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "eval" / "judged_requests.py"


def _run(tmp_path: Path, taken: list[tuple[int, int, str]], verdicts: dict[str, object]) -> str:
    requests = tmp_path / "requests.jsonl"
    requests.write_text("".join(json.dumps({"topic": t, "post": p, "half": h}) + "\n" for t, p, h in taken))
    judged = tmp_path / "verdicts.json"
    judged.write_text(json.dumps(verdicts))
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(requests), str(judged)], capture_output=True, text=True, check=True
    )
    return done.stdout


def test_recall_and_precision_over_topics_judged_whole(tmp_path: Path) -> None:
    # topics 1, 2 and 5 fall in the `dev` half of the audit's split
    verdicts = {
        "scope": "topics",
        "topics": [1, 2, 5],
        "items": [
            {"topic": 1, "post": 3, "half": "dev", "verdict": "request", "kind": "document", "torn": False},
            {"topic": 2, "post": 1, "half": "dev", "verdict": "request", "kind": "meeting", "torn": False},
            {"topic": 5, "post": 2, "half": "dev", "verdict": "not_request", "torn": True},
        ],
    }
    out = _run(tmp_path, [(1, 3, "dev"), (5, 2, "dev"), (5, 4, "dev"), (9, 1, "dev")], verdicts)
    assert "dev, 3 topics judged whole: 1 of their 2 requests taken (recall 50.0 %)" in out
    assert "1 of the 3 posts taken there ask for a link (precision 33.3 %)" in out


def test_topics_of_the_half_not_replayed_are_left_out(tmp_path: Path) -> None:
    # topic 3 is in `check`: a replay of `dev` cannot tell whether its request was taken
    verdicts = {
        "scope": "topics",
        "topics": [1, 3],
        "items": [{"topic": 3, "post": 1, "half": "check", "verdict": "request", "kind": "other", "torn": False}],
    }
    out = _run(tmp_path, [(1, 2, "dev")], verdicts)
    assert "dev, 1 topics judged whole: 0 of their 0 requests taken (recall n/a)" in out
    assert "check" not in out
