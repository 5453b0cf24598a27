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
from datetime import timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bot import actions as A  # noqa: E402
from bot.app import load_settings, make_dispatcher  # noqa: E402
from bot.evaluation import Case, Corpus, Replayer, Step, settings_for, topics_in  # noqa: E402
from bot.text import analyse  # noqa: E402
from handlers.links.evaluate import given_url, request_records  # noqa: E402
from handlers.links.memory import RequestRecord  # noqa: E402

Public = A.ReplyToPost | A.CreateTopic | A.SendPrivateMessage
HORIZON_DAYS = 3650
"""How long after a thread's last post its timers still fire: every timer a running scribe would fire. A reminder
is due up to a day before its meeting, and meetings are announced weeks or months ahead ("Project Week will be held
Jan 29", a workshop of September called for in May). Audits of 2026-12-02 and before fired one day after the last
post only (`--horizon-days 1`), those of 2026-12-03 sixty days after it (`--horizon-days 60`): the reminders of a
meeting announced further ahead of a thread gone quiet were never written, nor judged."""


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


def _request_line(case: Case, record: RequestRecord) -> dict[str, Any]:
    """A post the rules took for a link request, with what scribe did about it and the post's words."""
    post = case.topic.post(record.post_number)
    return {
        "topic": case.topic.id,
        "half": half(case.topic.id),
        "post": record.post_number,
        "outcome": record.outcome,
        "kinds": list(record.kinds),
        "why": record.why.key if record.why else None,
        "text": analyse(post).text[:2000] if post is not None else "",
    }


async def replay(cases: list[Case], config: str | None, horizon: timedelta) -> tuple[list[str], list[str]]:
    """One JSON line per write scribe would send, thread after thread; and one per post taken for a link request."""
    settings = settings_for(load_settings(config))
    replayer = Replayer(Corpus(cases, {}), make_dispatcher(), settings, after_last_post=horizon)
    lines: list[str] = []
    requests: list[str] = []
    for case in cases:
        run = await replayer.run(case)
        for step in run.steps:
            lines += [
                json.dumps(_line(case, step, action), ensure_ascii=False) + "\n"
                for action in step.actions
                if isinstance(action, Public)
            ]
        records = sorted(request_records(run), key=lambda r: r.post_number)
        requests += [json.dumps(_request_line(case, r), ensure_ascii=False) + "\n" for r in records]
    return lines, requests


def audit(
    folder: str,
    out: str,
    timezone: str,
    language: str,
    only: str | None,
    config: str | None,
    requests_out: str | None,
    horizon_days: int = HORIZON_DAYS,
) -> int:
    topics = [t for t in topics_in(folder) if only is None or half(t.id) == only]
    cases = [Case(str(t.id), t, timezone, language, folder) for t in topics]
    lines, requests = asyncio.run(replay(cases, config, timedelta(days=horizon_days)))
    Path(out).write_text("".join(lines), encoding="utf-8")
    print(f"{len(cases)} topics replayed, {len(lines)} writes scribe would send, in {out}")
    if requests_out:
        Path(requests_out).write_text("".join(requests), encoding="utf-8")
        print(f"{len(requests)} posts taken for link requests, in {requests_out}")
    return 0


if __name__ == "__main__":
    cli = argparse.ArgumentParser(description="Every write scribe would send on a folder of real threads.")
    cli.add_argument("folder")
    cli.add_argument("out")
    cli.add_argument("--timezone", default="America/New_York")
    cli.add_argument("--language", default="en")
    cli.add_argument("--half", choices=("check", "dev"), default=None)
    cli.add_argument("--config", default=None)
    cli.add_argument("--requests", default=None, help="also write the posts taken for link requests to this file")
    cli.add_argument("--horizon-days", type=int, default=HORIZON_DAYS, help="timers fire this long after the last post")
    args = cli.parse_args()
    sys.exit(
        audit(
            args.folder,
            args.out,
            args.timezone,
            args.language,
            args.half,
            args.config,
            args.requests,
            args.horizon_days,
        )
    )
