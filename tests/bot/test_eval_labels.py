"""The hand labels of `eval/labels/**/links-meetings/` and `eval/labels/**/proposals/` are well formed: a
malformed field would be read as a miss or a wrong answer by `scribe eval`, never reported."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.evaluation import OWN_FOLDER, PROPOSALS_ONLY, SPLIT_KEY

EVAL = Path(__file__).resolve().parents[2] / "eval"
KINDS = {"meeting", "registration", "recording", "document", "exam", "other"}
WHYS = {"past", "recording", "edit_stamp", "deadline", "window", "asked", "other"}
BARE_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _post(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _instant(value: Any, bare_date: bool = False) -> datetime | None:
    """An ISO instant with its offset (or, when allowed, a bare day), else None."""
    if not isinstance(value, str):
        return None
    try:
        if bare_date and BARE_DATE.fullmatch(value):
            day = date.fromisoformat(value)
            return datetime(day.year, day.month, day.day, tzinfo=ZoneInfo("UTC"))
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _url(value: Any) -> bool:
    return isinstance(value, str) and re.match(r"https?://\S+$", value) is not None


def problems(name: str, label: Any) -> list[str]:
    """What is wrong with one `links-meetings/<name>.json` (nothing when it is well formed)."""
    if not isinstance(label, dict) or set(label) != {"topic", "timezone", "link_requests", "meetings", "not_meetings"}:
        return [f"{name}: keys {sorted(label) if isinstance(label, dict) else type(label).__name__}"]
    out = []
    if str(label["topic"]) != name or (name != "seed" and not isinstance(label["topic"], int)):
        out.append(f"{name}: topic {label['topic']!r}")
    try:
        ZoneInfo(label["timezone"])
    except (ValueError, TypeError, KeyError):
        out.append(f"{name}: timezone {label['timezone']!r}")
    requests = label["link_requests"]
    for r in requests:
        where = f"{name} request {r.get('post')!r}"
        if set(r) - {"explicit"} != {"post", "kind", "answer", "human_answer"} or not _post(r["post"]):
            out.append(f"{where}: keys {sorted(r)} or post")
            continue
        if not isinstance(r.get("explicit", False), bool):
            out.append(f"{where}: explicit {r['explicit']!r} is no true or false")
        if r["kind"] not in KINDS:
            out.append(f"{where}: kind {r['kind']!r}")
        answer = r["answer"]
        if answer is not None and (
            set(answer) != {"post", "url"} or not _post(answer["post"]) or not _url(answer["url"])
        ):
            out.append(f"{where}: answer {answer!r}")
        human = r["human_answer"]
        if human is not None and not (_post(human) and human > r["post"]):
            out.append(f"{where}: human_answer {human!r} is no later post")
    for m in label["meetings"]:
        where = f"{name} meeting {m.get('post')!r}"
        if set(m) != {"post", "start", "end", "url"} or not _post(m["post"]):
            out.append(f"{where}: keys {sorted(m)} or post")
            continue
        start = _instant(m["start"], bare_date=True)
        end = None if m["end"] is None else _instant(m["end"])
        if start is None or (m["end"] is not None and (end is None or BARE_DATE.fullmatch(m["start"]) or end <= start)):
            out.append(f"{where}: start {m['start']!r}, end {m['end']!r}")
        if m["url"] is not None and not _url(m["url"]):
            out.append(f"{where}: url {m['url']!r}")
    for n in label["not_meetings"]:
        if set(n) != {"post", "why"} or not _post(n["post"]) or n["why"] not in WHYS:
            out.append(f"{name} not-meeting {n.get('post')!r}: {n!r}")
    for field in ("link_requests", "not_meetings"):
        posts = [e.get("post") for e in label[field]]
        if len(posts) != len(set(map(str, posts))):
            out.append(f"{name}: a post twice in {field}")
    return out


def _folders() -> dict[Path, set[str]]:
    """Each labels folder and the topics `split.json` gives it: the course forum's (tuning, check,
    the seed), then one per split of a folder of its own."""
    split = json.loads((EVAL / "split.json").read_text(encoding="utf-8"))
    folders = {EVAL / "labels" / "links-meetings": {str(t) for t in split["tuning"] + split["check"]} | {"seed"}}
    for name, folder in OWN_FOLDER.items():
        if name not in PROPOSALS_ONLY:
            folders[EVAL / "labels" / folder / "links-meetings"] = {str(t) for t in split[SPLIT_KEY.get(name, name)]}
    return folders


@pytest.mark.parametrize("folder", list(_folders()), ids=lambda p: p.parent.name)
def test_every_label_file_is_well_formed_and_its_split_fully_labelled(folder: Path) -> None:
    files = sorted(folder.glob("*.json"))
    assert {f.stem for f in files} == _folders()[folder]  # every drawn topic labelled, no other
    found = [p for f in files for p in problems(f.stem, json.loads(f.read_text(encoding="utf-8")))]
    assert found == []


def proposal_problems(name: str, label: dict[str, Any]) -> list[str]:
    """What is wrong in one topic's proposal labels (`eval/labels/proposals/README.md`), field by field."""
    out = [] if str(label.get("topic")) == name else [f"{name}: topic {label.get('topic')!r}"]
    for i, p in enumerate(label.get("proposals") or ()):
        posts, text = p.get("posts"), p.get("label")
        if not set(p) <= {"posts", "label", "in_synthesis"} or not posts or not all(map(_post, posts)):
            out.append(f"{name} proposal {i}: keys {sorted(p)} or posts {posts!r}")
        if not isinstance(text, str) or not 0 < len(text.split()) <= 8:
            out.append(f"{name} proposal {i}: label {text!r} is not 1 to 8 words")
    return out


def test_every_proposal_label_is_well_formed_and_each_drawn_split_fully_labelled() -> None:
    split = json.loads((EVAL / "split.json").read_text(encoding="utf-8"))
    folders = {EVAL / "labels" / "proposals": None}
    folders |= {
        EVAL / "labels" / OWN_FOLDER[name] / "proposals": {str(t) for t in split[name]} for name in PROPOSALS_ONLY
    }
    for folder, drawn in folders.items():
        files = sorted(folder.glob("*.json"))
        assert files and (drawn is None or {f.stem for f in files} == drawn), folder
        found = [p for f in files for p in proposal_problems(f.stem, json.loads(f.read_text(encoding="utf-8")))]
        assert found == []


def test_a_malformed_proposal_label_is_reported() -> None:
    assert proposal_problems("7", {"topic": 7, "proposals": [{"posts": [3], "label": "extend the deadline"}]}) == []
    bad = {"topic": 8, "proposals": [{"posts": [], "label": "x"}, {"posts": [2], "label": " ".join("w" * 9)}]}
    assert len(proposal_problems("7", bad)) == 3


def test_a_malformed_label_is_reported_field_by_field() -> None:
    good = {
        "topic": 7,
        "timezone": "America/New_York",
        "link_requests": [
            {"post": 2, "kind": "document", "answer": {"post": 3, "url": "https://x.org/a"}, "human_answer": 3}
        ],
        "meetings": [{"post": 1, "start": "2026-03-02T10:00:00-05:00", "end": None, "url": None}],
        "not_meetings": [{"post": 4, "why": "past"}],
    }
    assert problems("7", good) == []
    bad = json.loads(json.dumps(good))
    bad["link_requests"] += [{"post": 0, "kind": "document", "answer": None, "human_answer": None}]
    bad["link_requests"][0] |= {"kind": "slides", "human_answer": 1}
    bad["meetings"] += [
        {"post": 5, "start": "2026-03-02T10:00:00", "end": None, "url": None},  # no offset
        {"post": 6, "start": "2026-03-02T10:00:00-05:00", "end": "2026-03-02T09:00:00-05:00", "url": "zoom"},
    ]
    bad["not_meetings"] += [{"post": 8, "why": "holiday"}]
    assert [p.split(":")[0] for p in problems("7", bad)] == [
        "7 request 2",  # kind
        "7 request 2",  # a human answer before the request
        "7 request 0",
        "7 meeting 5",
        "7 meeting 6",  # ends before it starts
        "7 meeting 6",  # url
        "7 not-meeting 8",
    ]
    assert problems("8", good) == ["8: topic 7"]
    assert problems("7", good | {"timezone": "Mars/Olympus"}) == ["7: timezone 'Mars/Olympus'"]


POINT_FOLDERS = {EVAL / "labels" / "positions": "tuning", EVAL / "labels" / "forum2" / "positions": "tuning_forum2"}


@pytest.mark.parametrize("folder", list(POINT_FOLDERS), ids=lambda p: p.parent.name)
def test_point_labels_name_bullets_by_post_and_hash_only(folder: Path) -> None:
    split = json.loads((EVAL / "split.json").read_text(encoding="utf-8"))
    files = sorted(folder.glob("*.json"))
    assert files and {int(f.stem) for f in files} <= set(split[POINT_FOLDERS[folder]])
    for f in files:
        label = json.loads(f.read_text(encoding="utf-8"))
        assert set(label) == {"topic", "points"} and label["topic"] == int(f.stem)
        for p in label["points"]:
            assert set(p) == {"post", "hash", "usable"} and _post(p["post"]), (f.stem, p)
            assert re.fullmatch(r"[0-9a-f]{10}", p["hash"]) and isinstance(p["usable"], bool), (f.stem, p)
