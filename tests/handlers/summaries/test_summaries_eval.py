"""`scribe eval` for syntheses: outcome stated, against outcome labels, on a small corpus."""

from __future__ import annotations

import json
from pathlib import Path

from bot.app import load_settings, make_dispatcher
from bot.evaluation import Corpus, run_eval
from tests.bot.test_evaluation import _topic_json

DATA = Path(__file__).parents[2] / "data"


def topic_json(topic_id: int, posts: list[tuple[str, str, dict]]) -> dict:
    """A `/t/{id}.json` answer (cooked only), with per-post fields such as `moderator`."""
    data = _topic_json(topic_id, [(user, f"<p>{text}</p>") for user, text, _ in posts])
    for post, (_, _, extra) in zip(data["post_stream"]["posts"], posts, strict=True):
        post.update(extra)
    return data


def write_corpus(tmp_path: Path) -> tuple[Corpus, Path]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    topics = {
        301: [
            ("student", "Sir please extend the deadline of the assignment, it is too short for us.", {}),
            ("other", "Greetings sir! Same here, please extend it.", {}),
            ("ta", "The deadline has been extended by two days, to Sunday night.", {"moderator": True}),
        ],
        302: [
            ("alice", "Should the study group meet on Thursdays or on Mondays this term?", {}),
            ("bob", "I think Thursdays are better because the labs are on Monday.", {}),
            ("carol", "I disagree, Mondays are better for the people who work late on Thursdays.", {}),
        ],
    }
    for tid, posts in topics.items():
        (folder / f"topic_{tid}.json").write_text(json.dumps(topic_json(tid, posts)), encoding="utf-8")
    (tmp_path / "split.json").write_text(json.dumps({"tuning": [301, "seed"], "check": [302]}), encoding="utf-8")
    labels = tmp_path / "labels" / "outcomes"
    labels.mkdir(parents=True)
    for tid, posts, has in ((301, [3], True), (302, [], False), ("seed", [], False)):
        label = {"topic": tid, "outcome_posts": posts, "has_outcome": has}
        (labels / f"{tid}.json").write_text(json.dumps(label), encoding="utf-8")
    return Corpus.load(folder, tmp_path / "split.json", DATA / "seed-thread.json"), tmp_path / "labels"


async def test_outcome_stated_on_each_split(tmp_path: Path) -> None:
    corpus, labels = write_corpus(tmp_path)
    lines: list[str] = []
    results = await run_eval(
        corpus, load_settings(None), labels, ("tuning", "check"), make_dispatcher(), True, lines.append
    )
    tuning = results[("summaries", "tuning")].figures
    assert tuning["outcome_stated"].detail == "1/1" and tuning["outcome_in_decisions"].detail == "1/1"
    assert tuning["false_decisions"].value == 0 and tuning["bad_themes"].value == 0
    check = results[("summaries", "check")].figures
    assert check["outcome_stated"].value is None  # no topic with an outcome there
    assert check["false_decisions"].value == 0  # a members' debate decides nothing
    assert "summaries.tuning.outcome_stated 100.0 % (1/1)" in lines
