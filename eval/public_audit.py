"""Everything scribe would post on real threads nobody labelled: the audit of its public mistakes.

Labelled splits measure recall, but they are small; what hurts a forum is a wrong post, and that is
rare enough to need thousands of threads to be seen. This script replays every `/t/{id}.json` of a
folder through the real dispatcher (as `scribe eval` does, timers fired at their time) and writes
one JSON line per post, topic or message scribe would send, with the step that caused it. The lines
hold the threads' text, so the output stays outside the project; the judgments made on it hold only
topic ids, post numbers and verdicts (`eval/labels/audit/`).

    .venv/bin/python eval/public_audit.py /tmp/wild /tmp/audit.jsonl --timezone America/New_York

Which topics are read is for the caller (one folder); `--half check|dev` keeps the topics whose
`int(sha256(str(id)).hexdigest(), 16)` is even (check) or odd (dev), the split `eval/labels/audit/`
fixes before any output is read.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bot import actions as A  # noqa: E402
from bot.app import load_settings, make_dispatcher  # noqa: E402
from bot.evaluation import Case, Corpus, Replayer, Step, _settings_for, _topics  # noqa: E402
from handlers.links.evaluate import given_url  # noqa: E402

Public = A.ReplyToPost | A.CreateTopic | A.SendPrivateMessage


def half(topic_id: int) -> str:
    """The audit's fixed split: `check` for an even hash of the id, `dev` for an odd one."""
    return "check" if int(hashlib.sha256(str(topic_id).encode()).hexdigest(), 16) % 2 == 0 else "dev"


def _line(case: Case, step: Step, action: Public) -> dict[str, Any]:
    return {
        "topic": case.topic.id,
        "half": half(case.topic.id),
        "after_post": step.post.post_number,
        "at": step.now.isoformat(),
        "timer": step.timer,
        "kind": type(action).__name__,
        "key": action.key,
        "reply_to": getattr(action, "reply_to_post_number", None),
        "mentions": list(action.mentions),
        "url": given_url(action.raw),
        "raw": action.raw,
    }


async def replay(cases: list[Case], config: str | None) -> list[str]:
    """One JSON line per write scribe would send, thread after thread."""
    replayer = Replayer(Corpus(cases, {}), make_dispatcher(), _settings_for(load_settings(config)))
    lines: list[str] = []
    for case in cases:
        run = await replayer.run(case)
        for step in run.steps:
            lines += [
                json.dumps(_line(case, step, action), ensure_ascii=False) + "\n"
                for action in step.actions
                if isinstance(action, Public)
            ]
    return lines


def audit(folder: str, out: str, timezone: str, language: str, only: str | None, config: str | None) -> int:
    topics = [t for t in _topics(folder) if only is None or half(t.id) == only]
    cases = [Case(str(t.id), t, timezone, language, folder) for t in topics]
    lines = asyncio.run(replay(cases, config))
    Path(out).write_text("".join(lines), encoding="utf-8")
    print(f"{len(cases)} topics replayed, {len(lines)} writes scribe would send, in {out}")
    return 0


if __name__ == "__main__":
    cli = argparse.ArgumentParser(description="Every write scribe would send on a folder of real threads.")
    cli.add_argument("folder")
    cli.add_argument("out")
    cli.add_argument("--timezone", default="America/New_York")
    cli.add_argument("--language", default="en")
    cli.add_argument("--half", choices=("check", "dev"), default=None)
    cli.add_argument("--config", default=None)
    args = cli.parse_args()
    sys.exit(audit(args.folder, args.out, args.timezone, args.language, args.half, args.config))
