"""How many of the meetings announced in a sample of dated posts scribe reminds, at their start, against verdicts.

The writes show the meetings scribe reminds; what it misses needs the posts read. Judges read a sample of the posts
that carry Discourse's date markup (`eval/labels/audit/*_dates_*.json`) and say which announce a meeting still to
come, and its start. A replay's writes (`eval/public_audit.py`) are matched with them by topic and start instant:

- found: a judged meeting (not called off) with a reminder at its start (a day without an hour: that day);
- wrong time: one reminded on the same day at another time, and nothing at its start;
- too late to remind: announced less than an hour before it starts (no reminder could go out), or a day without
  an hour announced less than a day before it (its one reminder is a day ahead), counted apart;
- not meetings: reminders keyed to a judged post that start at no judged meeting's time;
- called off: judged meetings cancelled or moved later in the thread that are reminded all the same.

    .venv/bin/python eval/public_audit.py DIR /tmp/writes.jsonl --timezone America/New_York --half dev
    .venv/bin/python eval/judged_meetings.py /tmp/writes.jsonl eval/labels/audit/wild_dates_dev.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

REMINDER_KEY = re.compile(r"^reminder:(\d+)-(\d+)-(\d{8}T\d{4}Z)")
"""A reminder's key: its topic, post and start (UTC)."""
TOO_LATE = timedelta(hours=1)
"""A meeting announced this close to its start, or closer, gets no reminder, by design."""
DAY_TOO_LATE = timedelta(days=1)
"""A day without an hour is reminded a day ahead only: announced later than that (its midnight, UTC, less a day),
no reminder could go out."""


def reminded(writes: list[dict[str, Any]]) -> set[tuple[int, int, datetime]]:
    """(topic, post, start) of every meeting the writes remind (its reminders a day and an hour before are one)."""
    out = set()
    for w in writes:
        m = REMINDER_KEY.match(w.get("key", ""))
        if m:
            start = datetime.strptime(m[3], "%Y%m%dT%H%MZ").replace(tzinfo=UTC)
            out.add((int(m[1]), int(m[2]), start))
    return out


def measure(writes: list[dict[str, Any]], verdicts: dict[str, Any]) -> dict[str, int]:
    """Judged meetings, those reminded at their start, at another time, too late to remind, and reminders of judged
    posts that are no judged meeting."""
    sent = reminded(writes)
    starts = {(t, s) for t, _, s in sent}
    judged = {(i["topic"], _instant(m["start"])) for i in verdicts["items"] for m in i.get("meetings") or []}
    days = {
        (i["topic"], m["start"]) for i in verdicts["items"] for m in i.get("meetings") or [] if "T" not in m["start"]
    }
    stray = {(t, s) for t, s in starts if (t, s) not in judged and (t, s.date().isoformat()) not in days}
    figures = {
        "posts": 0,
        "meetings": 0,
        "found": 0,
        "wrong_time": 0,
        "too_late": 0,
        "not_meetings": 0,
        "called_off": 0,
    }
    late_days: set[tuple[int, date]] = set()
    for item in verdicts["items"]:
        figures["posts"] += 1
        posted = _instant(item["created_at"])
        for meeting in item.get("meetings") or []:
            start = _instant(meeting["start"])
            if "T" not in meeting["start"]:  # a day without an hour: reminded that day, at any hour
                if not meeting.get("cancelled") and start - posted <= DAY_TOO_LATE:
                    figures["too_late"] += 1
                elif not meeting.get("cancelled"):
                    figures["meetings"] += 1
                    figures["found"] += any(t == item["topic"] and s.date() == start.date() for t, s in starts)
                continue
            if meeting.get("cancelled"):
                figures["called_off"] += (item["topic"], start) in starts
                continue
            if start - posted <= TOO_LATE:
                figures["too_late"] += 1
                continue
            figures["meetings"] += 1
            if (item["topic"], start) in starts:
                figures["found"] += 1
            elif any(t == item["topic"] and s.date() == start.date() for t, s in stray):
                figures["wrong_time"] += 1
                late_days.add((item["topic"], start.date()))
    posts = {(i["topic"], i["post"]) for i in verdicts["items"]}
    figures["not_meetings"] = sum(
        1 for t, p, s in sent if (t, p) in posts and (t, s) in stray and (t, s.date()) not in late_days
    )
    return figures


def _instant(value: str) -> datetime:
    """An instant in UTC; a day alone (a meeting announced without its hour) stands for that day."""
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def main() -> int:
    cli = argparse.ArgumentParser(description="Meetings of judged dated posts that a replay reminds at their start.")
    cli.add_argument("writes", help="the writes of eval/public_audit.py")
    cli.add_argument("verdicts", help="a judged file of eval/labels/audit/ (*_dates_*.json)")
    args = cli.parse_args()
    writes = [json.loads(line) for line in Path(args.writes).read_text(encoding="utf-8").splitlines() if line]
    verdicts = json.loads(Path(args.verdicts).read_text(encoding="utf-8"))
    f = measure(writes, verdicts)
    share = f"{100 * f['found'] / f['meetings']:.1f} %" if f["meetings"] else "n/a"
    print(
        f"{f['posts']} posts judged: {f['meetings']} meetings still to come an hour ahead, {f['found']} reminded "
        f"at their start (recall {share}), {f['wrong_time']} at another time; {f['too_late']} announced too late to "
        f"remind; {f['not_meetings']} reminders of judged posts at no judged meeting's start; {f['called_off']} "
        "meetings called off and reminded all the same"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
