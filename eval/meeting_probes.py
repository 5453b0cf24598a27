"""How right scribe's meeting reminders are on threads written for the purpose, each with the reminders its writer
expects: announcements, then replies that move, call off, replace, confirm or only ask about them.

The real threads the project replays seldom change a meeting by a reply; a tiers-lieux network's forum does it all the
time. Writers who saw neither the code nor each other's sets wrote such threads in French (`eval/probes/meetings-fr/`,
`README.md` there), each stating, before any run, which meetings a careful moderator wants reminded and at which
instant. Each thread is replayed through the real dispatcher (`eval/public_audit.py`, timers fired up to 60 days after
its last post, forum in French, Europe/Paris) and its reminders are matched with what its writer expects:

- right: an expected meeting reminded at its start (a day without an hour: that day);
- wrong: a reminder at a start nobody expects, sent after the thread's last post (one sent before a later post moved
  or called the meeting off was right when it was sent); of those, how many remind a day alone on which a meeting is
  expected at an hour (the right day, its hour missed).

    .venv/bin/python eval/meeting_probes.py eval/probes/meetings-fr/dev1 [--mistakes]

`--mistakes` names each thread and start missed or reminded wrongly: for the sets meant to be read (`dev*`), never
for `held`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bot.evaluation import Case  # noqa: E402
from bot.models import Topic  # noqa: E402
from bot.sandbox.cook import cook  # noqa: E402
from eval.judged_meetings import REMINDER_KEY  # noqa: E402
from eval.public_audit import replay  # noqa: E402

PARIS = ZoneInfo("Europe/Paris")
HORIZON = timedelta(days=60)


def topic_of(thread: dict[str, Any], topic_id: int) -> Topic:
    """A written thread as the forum would serve it: each post's markdown cooked as the sandbox cooks it, the members
    it mentions known."""
    users = {p["user"].lower() for p in thread["posts"]}
    posts = [
        {
            "id": topic_id * 100 + p["n"],
            "topic_id": topic_id,
            "post_number": p["n"],
            "username": p["user"],
            "created_at": p["at"],
            "raw": p["raw"],
            "cooked": cook(p["raw"], lambda name: name if name.lower() in users else None),
            "reply_to_post_number": p.get("reply_to"),
        }
        for p in thread["posts"]
    ]
    return Topic.from_json(
        {
            "id": topic_id,
            "title": thread["title"],
            "posts_count": len(posts),
            "details": {"created_by": {"username": posts[0]["username"]}},
            "post_stream": {"posts": posts},
        }
    )


def score(thread: dict[str, Any], writes: list[dict[str, Any]]) -> tuple[int, list[str], list[str]]:
    """The expected meetings reminded at their start, the starts missed, and the starts reminded wrongly."""
    last = max(datetime.fromisoformat(p["at"]) for p in thread["posts"])
    starts = {datetime.fromisoformat(e["start"]).astimezone(UTC) for e in thread["expect"] if "T" in e["start"]}
    days = {e["start"] for e in thread["expect"] if "T" not in e["start"]}
    sent = []
    for w in writes:
        if m := REMINDER_KEY.match(w["key"]):
            sent.append((datetime.strptime(m[3], "%Y%m%dT%H%MZ").replace(tzinfo=UTC), datetime.fromisoformat(w["at"])))
    reminded = {start for start, _ in sent}
    on_day = {start.astimezone(PARIS).date().isoformat() for start in reminded}
    right = len(starts & reminded) + len(days & on_day)
    missed = sorted([s.isoformat() for s in starts - reminded] + [d for d in days if d not in on_day])
    wrong = sorted(
        {
            start.isoformat()
            for start, at in sent
            if at > last and start not in starts and start.astimezone(PARIS).date().isoformat() not in days
        }
    )
    return right, missed, wrong


def replayed(folder: str, horizon: timedelta) -> tuple[list[Path], dict[int, dict[str, Any]], list[str], list[str]]:
    """A folder of written threads replayed in French, Europe/Paris: its files, its threads by topic id, scribe's
    public writes and the posts it took for link requests (JSON lines of `eval/public_audit.py`)."""
    files = sorted(Path(folder).glob("*.json"))
    threads = {900_000 + i: json.loads(f.read_text(encoding="utf-8")) for i, f in enumerate(files, start=1)}
    cases = [Case(str(t), topic_of(thread, t), "Europe/Paris", "fr", folder) for t, thread in threads.items()]
    lines, requests = asyncio.run(replay(cases, None, horizon))
    return files, threads, lines, requests


def measure(folder: str, mistakes: bool) -> int:
    files, threads, lines, _ = replayed(folder, HORIZON)
    by_topic: dict[int, list[dict[str, Any]]] = {}
    for line in lines:
        write = json.loads(line)
        by_topic.setdefault(write["topic"], []).append(write)
    expected = right = wrong = wrong_threads = hourless = 0
    for (topic, thread), path in zip(threads.items(), files, strict=True):
        hits, missed, stray = score(thread, by_topic.get(topic, []))
        expected, right, wrong = expected + len(thread["expect"]), right + hits, wrong + len(stray)
        wrong_threads += bool(stray)
        hourless += len(_days_without_their_hour(thread, stray))
        for kind, found in (("missed", missed), ("wrong", stray)) if mistakes else ():
            for start in found:
                print(f"{kind} {path.name} {start}")
    name = Path(folder).name
    print(f"{name}: {len(threads)} threads, {expected} meetings expected, {right} reminded at their start,")
    print(
        f"  {wrong} wrong reminders in {wrong_threads} threads ({hourless} of them a day without its hour, on an "
        "expected meeting's day)"
    )
    return 0


def _days_without_their_hour(thread: dict[str, Any], stray: list[str]) -> list[str]:
    """The wrong reminders that remind a day alone (its start at midnight, Paris) on which the writer expects a meeting
    at an hour: the right day, its hour missed, rather than a meeting nobody announced."""
    expected_days = {e["start"][:10] for e in thread["expect"] if "T" in e["start"]}
    out = []
    for start in stray:
        local = datetime.fromisoformat(start).astimezone(PARIS)
        if (local.hour, local.minute) == (0, 0) and local.date().isoformat() in expected_days:
            out.append(start)
    return out


if __name__ == "__main__":
    cli = argparse.ArgumentParser(description="Reminders on written threads against what their writers expect.")
    cli.add_argument("folder", help="a folder of written threads (eval/probes/meetings-fr/…)")
    cli.add_argument("--mistakes", action="store_true", help="name each start missed or reminded wrongly")
    args = cli.parse_args()
    sys.exit(measure(args.folder, args.mistakes))
