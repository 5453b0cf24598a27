"""How right scribe's link answers are on threads written for the purpose, each with what its writer expects.

The labelled real threads are an English course forum and a software project's; the first users are a French network
of tiers-lieux, whose members ask each other for the visio link, the registration form, the replay, the slides.
Writers who saw neither the code nor each other's sets wrote such threads in French (`eval/probes/links-fr/`,
`README.md` there), each stating, before any run, every post that asks for a link and what a careful bot does about
it: the link of an earlier post to answer with, the person a later post of whom answers it, the announcer to ask when
no post carries it; and every announcement that promises a link it lacks. Each thread is replayed through the real
dispatcher (`eval/public_audit.py`, timers fired, forum in French, Europe/Paris) and scribe's link writes are matched
with what its writer expects.

    .venv/bin/python eval/link_probes.py eval/probes/links-fr/dev1 [--mistakes]

`--mistakes` names each thread and post scribe got wrong or missed: for the sets meant to be read (`dev*`), never for
`held*`.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from eval.meeting_probes import replayed  # noqa: E402

HORIZON = timedelta(days=30)
WRONG = (
    "wrong link",
    "after a person answered",
    "to a post that asked for nothing",
    "pinged the wrong person",
    "pinged when nobody should be",
    "author told of a link not missing",
)
"""What a reader of the forum sees as a mistake, each counted once per write."""


@dataclass
class Tally:
    """The figures of one set, summed over its threads."""

    threads: int = 0
    requests: int = 0
    taken: int = 0
    found: int = 0
    to_answer: int = 0
    answered: int = 0
    to_ask: int = 0
    asked: int = 0
    asked_with_link_there: int = 0
    unsure: int = 0
    missing: int = 0
    told: int = 0
    wrong: dict[str, int] = field(default_factory=lambda: dict.fromkeys(WRONG, 0))
    wrong_threads: int = 0


def _same_url(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.rstrip("/").lower() == b.rstrip("/").lower()


def _when(thread: dict[str, Any], n: int | None) -> datetime | None:
    return next((datetime.fromisoformat(p["at"]) for p in thread["posts"] if p["n"] == n), None)


def _served(item: dict[str, Any], thread: dict[str, Any], write: dict[str, Any], since: int) -> bool:
    """A write meant for this request: a reply to its post, or, for a request of the same burst (after the post the
    write before it replied to), one naming its author or asking the announcer."""
    if write["reply_to"] == item["post"]:
        return True
    if not since < item["post"] < (write["reply_to"] or 0):
        return False
    if item["answered_by"] is not None and item["answered_by"] < (write["reply_to"] or 0):
        return False  # a person answered it before the request replied to: that one is another burst
    author = next(p["user"] for p in thread["posts"] if p["n"] == item["post"]).lower()
    return not write["url"] or author in {m.lower() for m in write["mentions"]}


def _bursts(answers: list[dict[str, Any]]) -> list[tuple[dict[str, Any], int]]:
    """Each link reply with the post the reply before it answered: the requests between are its burst's."""
    out, since = [], 0
    for write in sorted(answers, key=lambda w: w["at"]):
        out.append((write, since))
        since = max(since, write["reply_to"] or 0)
    return out


def score(thread: dict[str, Any], writes: list[dict[str, Any]], taken: set[int], tally: Tally) -> list[str]:
    """Add one thread's figures to `tally`; return its mistakes, one line each. A post scribe answered as a command
    (`@scribe le lien ?`) leaves no request record, and was taken for one all the same."""
    items = {r["post"]: r for r in thread["requests"]}
    taken = taken | {w["reply_to"] for w in writes if w["key"].endswith(":links") and w["reply_to"]}
    missing = {m["post"]: m for m in thread.get("missing", [])}
    notes: list[str] = []
    wrong_before = sum(tally.wrong.values())
    tally.threads += 1
    tally.requests += len(items)
    tally.taken += len(taken)
    tally.found += len(taken & items.keys())
    notes += [f"missed request {n}" for n in sorted(items.keys() - taken)]
    notes += [f"taken for a request {n}" for n in sorted(taken - items.keys())]
    answers = _bursts([w for w in writes if w["key"].endswith(":links")])
    for write, since in answers:
        mine = [i for i in items.values() if _served(i, thread, write, since)]
        if not mine:
            tally.wrong["to a post that asked for nothing"] += 1
            notes.append(f"replied to {write['reply_to']}, which asked for nothing")
            continue
        at = datetime.fromisoformat(write["at"])
        if any((t := _when(thread, i["answered_by"])) is not None and t <= at for i in mine):
            tally.wrong["after a person answered"] += 1
            notes.append(f"replied to {write['reply_to']} after a person answered")
        elif write["url"]:
            if not any(_same_url(write["url"], i["answer"]) for i in mine):
                tally.wrong["wrong link"] += 1
                notes.append(f"answered {write['reply_to']} with {write['url']}")
        elif not write["mentions"]:
            tally.unsure += 1  # "no link I am sure of" to one who asked scribe itself: pings nobody, gives nothing
        elif not any(i["ask"] for i in mine):
            tally.wrong["pinged when nobody should be"] += 1
            notes.append(f"asked {write['mentions']} on {write['reply_to']}, nobody to ask")
        elif not any(m.lower() == (i["ask"] or "").lower() for i in mine for m in write["mentions"]):
            tally.wrong["pinged the wrong person"] += 1
            notes.append(f"asked {write['mentions']} on {write['reply_to']}")
    for item in items.values():
        mine = [w for w, since in answers if _served(item, thread, w, since)]
        if item["answer"] and item["answered_by"] is None:
            tally.to_answer += 1
            if any(_same_url(w["url"], item["answer"]) for w in mine):
                tally.answered += 1
            else:
                notes.append(f"not answered {item['post']} with {item['answer']}")
        elif item["ask"] and not item["answer"] and item["answered_by"] is None:
            tally.to_ask += 1
            # a request made after the announcer was asked joins that wait: they are told when the link comes
            if any(not w["url"] and item["ask"].lower() in {m.lower() for m in w["mentions"]} for w, _ in answers):
                tally.asked += 1
            else:
                notes.append(f"not asked {item['ask']} on {item['post']}")
        if item["answer"] and any(not w["url"] and w["mentions"] for w in mine):
            tally.asked_with_link_there += 1
            notes.append(f"asked on {item['post']} though {item['answer']} was there")
    tally.missing += len(missing)
    told = {w["reply_to"] or int(w["key"].split(":")[1]) % 100 for w in writes if w["key"].endswith("links-missing")}
    tally.told += len(told & missing.keys())
    tally.wrong["author told of a link not missing"] += len(told - missing.keys())
    notes += [f"told the author of {n}, not missing" for n in sorted(told - missing.keys())]
    notes += [f"not told the author of {n}" for n in sorted(missing.keys() - told)]
    tally.wrong_threads += sum(tally.wrong.values()) > wrong_before
    return notes


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole}" + (f" ({100 * part / whole:.1f} %)" if whole else "")


def measure(folder: str, mistakes: bool) -> int:
    files, threads, lines, requests = replayed(folder, HORIZON)
    writes: dict[int, list[dict[str, Any]]] = {}
    for line in lines:
        write = json.loads(line)
        if "links" in write["key"]:
            writes.setdefault(write["topic"], []).append(write)
    taken: dict[int, set[int]] = {}
    for line in requests:
        record = json.loads(line)
        taken.setdefault(record["topic"], set()).add(record["post"])
    tally = Tally()
    for (topic, thread), path in zip(threads.items(), files, strict=True):
        for note in score(thread, writes.get(topic, []), taken.get(topic, set()), tally):
            if mistakes:
                print(f"{path.name}: {note}")
    t = tally
    print(f"{Path(folder).name}: {t.threads} threads, {t.requests} link requests")
    print(f"  requests taken: recall {_share(t.found, t.requests)}, precision {_share(t.found, t.taken)}")
    print(f"  answered with the expected link: {_share(t.answered, t.to_answer)}")
    print(f"  announcer asked, no link in the thread: {_share(t.asked, t.to_ask)}")
    print(f"  asked though the link was in the thread: {t.asked_with_link_there}")
    print(f"  told no link is sure, pinging nobody: {t.unsure}")
    print(f"  authors told of a missing link: {_share(t.told, t.missing)}")
    wrong = ", ".join(f"{n} {k}" for k, n in t.wrong.items() if n) or "none"
    print(f"  wrong in public: {sum(t.wrong.values())} in {t.wrong_threads} threads ({wrong})")
    return 0


if __name__ == "__main__":
    cli = argparse.ArgumentParser(description="Link answers on written threads against what their writers expect.")
    cli.add_argument("folder", help="a folder of written threads (eval/probes/links-fr/…)")
    cli.add_argument("--mistakes", action="store_true", help="name each request missed or answered wrongly")
    args = cli.parse_args()
    sys.exit(measure(args.folder, args.mistakes))
