"""The reminders of a public audit that a running scribe would leave out: the same event reminded first in another
topic of its category (`handlers.meetings.announced_before`).

`eval/public_audit.py` replays every thread on its own state, so each thread's reminders are written as if no other
thread existed. A running scribe keeps every thread's meetings in one memory, and a reminder whose event (same
start, same link) was announced first in another topic of the category is not sent. This reads the audit's writes
back as the records a running scribe would hold and asks the handler's own rule of each reminder.

    .venv/bin/python eval/public_audit.py WILD /tmp/writes.jsonl --half dev
    .venv/bin/python eval/cross_topic.py /tmp/writes.jsonl WILD
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from handlers.meetings import announced_before
from handlers.meetings.meeting import Meeting

KEY = re.compile(r"^reminder:(?P<topic>\d+)-(?P<post>\d+)-(?P<start>\d{8}T\d{4}Z):(?P<label>.+)$")


def _topic_facts(folder: Path, topic: int) -> tuple[int | None, dict[int, int]]:
    """A topic's category and its posts' ids by number, as the forum gives them."""
    data = json.loads((folder / f"topic_{topic}.json").read_text(encoding="utf-8"))
    posts = data.get("post_stream", {}).get("posts", [])
    return data.get("category_id"), {p["post_number"]: p["id"] for p in posts}


def records(writes: list[dict[str, Any]], folder: Path) -> list[tuple[Meeting, str]]:
    """Each reminder written, as the meeting a running scribe would hold for it, with its label."""
    facts: dict[int, tuple[int | None, dict[int, int]]] = {}
    out = []
    for write in writes:
        m = KEY.match(write["key"])
        if m is None:
            continue
        topic, post = int(m["topic"]), int(m["post"])
        category, ids = facts.setdefault(topic, _topic_facts(folder, topic))
        start = datetime.strptime(m["start"], "%Y%m%dT%H%MZ").replace(tzinfo=UTC)
        meeting = Meeting(
            id=f"{topic}-{post}-{m['start']}",
            title="",
            start=start,
            end=None,
            tz="UTC",
            all_day=False,
            link=write.get("url"),
            topic_id=topic,
            post_number=post,
            post_id=ids.get(post, 0),
            author="",
            category_id=category,
        )
        out.append((meeting, m["label"]))
    return out


def left_out(writes: list[dict[str, Any]], folder: Path) -> list[str]:
    """The keys of the reminders the handler's rule leaves out once every thread's meetings are on record."""
    held = records(writes, folder)
    labels: dict[str, set[str]] = {}
    for meeting, label in held:
        labels.setdefault(meeting.id, set()).add(label)
    on_record = {meeting.id: meeting.to_json() | {"offsets": sorted(labels[meeting.id])} for meeting, _ in held}
    return [f"reminder:{meeting.id}:{label}" for meeting, label in held if announced_before(meeting, label, on_record)]


def main() -> int:
    cli = argparse.ArgumentParser(description="Audit reminders a running scribe sends once across topics.")
    cli.add_argument("writes", help="the writes of eval/public_audit.py")
    cli.add_argument("folder", help="the threads the audit replayed")
    args = cli.parse_args()
    lines = Path(args.writes).read_text(encoding="utf-8").splitlines()
    writes = [json.loads(line) for line in lines if line.strip()]
    out = left_out(writes, Path(args.folder))
    reminders = sum(1 for w in writes if KEY.match(w["key"]))
    print(f"{reminders} reminders written; {len(out)} of an event reminded first in another topic of its category")
    for key in out:
        print(f"  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
