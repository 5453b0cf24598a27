"""`eval/cross_topic.py`: the audit's reminders read back as one forum's records, and the handler's own rule
asked which a running scribe would leave out (the same event reminded first in another topic of its category)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "eval" / "cross_topic.py"
ROOM = "https://zoom.us/j/861"


def _topic(folder: Path, topic: int, category: int) -> None:
    posts = [{"id": topic * 10 + 1, "post_number": 1}]
    (folder / f"topic_{topic}.json").write_text(json.dumps({"category_id": category, "post_stream": {"posts": posts}}))


def test_only_the_later_topics_reminder_of_the_same_event_is_left_out(tmp_path: Path) -> None:
    for topic, category in ((7, 5), (8, 5), (9, 6), (10, 5)):
        _topic(tmp_path, topic, category)
    writes = [
        {"key": "reminder:7-1-20260601T1400Z:1h", "url": ROOM},  # announced first
        {"key": "reminder:8-1-20260601T1400Z:1h", "url": ROOM},  # the same event again: left out
        {"key": "reminder:9-1-20260601T1400Z:1h", "url": ROOM},  # another category: its readers may not see 7
        {"key": "reminder:10-1-20260601T1400Z:1h", "url": "https://zoom.us/j/other"},  # another room
        {"key": "reminder:8-1-20260601T1400Z:1d", "url": ROOM},  # a reminder the first topic has not planned
        {"key": "answer:3-4", "url": ROOM},
    ]
    path = tmp_path / "writes.jsonl"
    path.write_text("".join(json.dumps(w) + "\n" for w in writes))
    out = subprocess.run([sys.executable, str(SCRIPT), str(path), str(tmp_path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        "5 reminders written; 1 of an event reminded first in another topic of its category",
        "  reminder:8-1-20260601T1400Z:1h",
    ]
