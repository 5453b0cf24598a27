"""`eval/judged_meetings.py` against judged dated posts: a meeting counts as found only when a reminder starts at
its instant, a meeting announced within the hour is no miss, and a reminder of a judged post that starts at no
judged meeting (or at one called off) is counted against scribe."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

SCRIPT = Path(__file__).resolve().parents[2] / "eval" / "judged_meetings.py"


def _reminder(topic: int, post: int, start: str, ahead: str = "1h") -> dict[str, str]:
    return {"key": f"reminder:{topic}-{post}-{start}:{ahead}"}


def _measured(folder: Path, writes: list[dict[str, str]], verdicts: dict[str, Any]) -> str:
    """What the script prints for these writes and verdicts."""
    (folder / "writes.jsonl").write_text("".join(json.dumps(w) + "\n" for w in writes))
    (folder / "verdicts.json").write_text(json.dumps(verdicts))
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(folder / "writes.jsonl"), str(folder / "verdicts.json")],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_meetings_are_matched_with_reminders_by_their_start(tmp_path: Path) -> None:
    writes = [
        _reminder(1, 1, "20260408T1400Z", "1d"),
        _reminder(1, 1, "20260408T1400Z"),  # the same meeting's second reminder
        _reminder(2, 1, "20260410T1600Z"),  # the right day, the wrong hour
        _reminder(3, 2, "20260411T0900Z"),  # a post judged to announce nothing
        _reminder(4, 1, "20260412T1000Z"),  # a meeting called off later
    ]
    verdicts = {
        "items": [
            {
                "topic": 1,
                "post": 1,
                "created_at": "2026-04-02T18:00:00Z",
                "meetings": [
                    {"start": "2026-04-08T10:00:00-04:00", "cancelled": False},
                    {"start": "2026-04-08T22:00:00+00:00", "cancelled": False},
                ],
            },
            {
                "topic": 2,
                "post": 1,
                "created_at": "2026-04-01T12:00:00Z",
                "meetings": [{"start": "2026-04-10T14:00:00+00:00"}],
            },
            {"topic": 3, "post": 2, "created_at": "2026-04-01T12:00:00Z", "meetings": []},
            {
                "topic": 4,
                "post": 1,
                "created_at": "2026-04-01T12:00:00Z",
                "meetings": [{"start": "2026-04-12T10:00:00+00:00", "cancelled": True}],
            },
            {
                "topic": 5,
                "post": 3,
                "created_at": "2026-04-01T12:00:00Z",
                "meetings": [{"start": "2026-04-01T12:30:00+00:00"}],
            },
        ]
    }
    out = _measured(tmp_path, writes, verdicts)
    assert "5 posts judged: 3 meetings still to come an hour ahead, 1 reminded at their start" in out
    assert "(recall 33.3 %), 1 at another time; 1 announced too late to remind" in out
    assert "1 reminders of judged posts at no judged meeting's start; 1 meetings called off" in out


def test_a_day_without_an_hour_announced_less_than_a_day_ahead_is_too_late_not_missed(tmp_path: Path) -> None:
    """Such a day is reminded a day ahead only: "our hangout today" (no hour) can get no reminder."""
    verdicts = {
        "items": [
            {"topic": 1, "post": 1, "created_at": "2026-04-18T13:00:00Z", "meetings": [{"start": "2026-04-18"}]},
            {"topic": 2, "post": 1, "created_at": "2026-04-10T13:00:00Z", "meetings": [{"start": "2026-04-18"}]},
        ]
    }
    out = _measured(tmp_path, [_reminder(2, 1, "20260418T0400Z", "1d")], verdicts)
    assert "1 meetings still to come an hour ahead, 1 reminded at their start (recall 100.0 %)" in out
    assert "1 announced too late to remind" in out
