"""`scribe eval` for syntheses: outcome stated, against outcome labels, on a small corpus."""

from __future__ import annotations

import json
from pathlib import Path

from bot.app import load_settings, make_dispatcher
from bot.evaluation import Corpus, run_eval
from handlers.summaries.model import Point
from handlers.summaries.points import PointScore, point_hash, score_points
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


async def test_points_listed_are_scored_usable_or_noise_beside_the_outcome(tmp_path: Path) -> None:
    corpus, labels = write_corpus(tmp_path)
    said = {
        2: "I think Thursdays are better because the labs are on Monday.",
        3: "I disagree, Mondays are better for the people who work late on Thursdays.",
    }
    points = [{"post": n, "hash": point_hash(text), "usable": n == 2} for n, text in said.items()]
    points.append({"post": 2, "hash": point_hash("Thursdays suit the labs."), "usable": True})  # never listed
    (labels / "positions").mkdir()
    (labels / "positions" / "302.json").write_text(json.dumps({"topic": 302, "points": points}), encoding="utf-8")
    lines: list[str] = []
    results = await run_eval(corpus, load_settings(None), labels, ("check",), make_dispatcher(), True, lines.append)
    check = results[("summaries", "check")].figures
    assert check["points_noise"].detail == "1/2"  # the objection, labelled noise here, is listed
    assert check["points_kept"].detail == "1/2"  # the point never listed is lost
    assert check["points_unlabelled"].value == 0
    assert check["false_decisions"].value == 0  # the outcome figures are kept beside them


def test_a_bullet_no_label_names_is_counted_apart() -> None:
    score = PointScore()
    label = {"points": [{"post": 4, "hash": point_hash("The lab opens at nine."), "usable": True}]}
    listed = [Point(text="The  lab opens at nine.", post_numbers=[4]), Point(text="Hello all", post_numbers=[5])]
    score_points(score, 9, listed, label)
    assert (score.listed, score.noise, score.usable_kept, score.unlabelled) == (1, 0, 1, 1)
    assert score.mistakes == [f"unlabelled point in topic 9 post 5 ({point_hash('Hello all')})"]
