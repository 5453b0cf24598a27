"""How much of what a synthesis lists a moderator can use, measured against hand labels
(`scribe eval`, figures `summaries.<split>.points_*`).

Labels (`eval/labels/positions/<topic>.json`, and `positions/` in the folder of a split that has
its own) name each bullet the synthesis listed under positions, objections, proposals and open
questions by its first post and a hash of its text, usable or noise; no text, no names. A bullet
whose text changes is a new bullet: it is reported unlabelled until it is labelled.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.evaluation import EvaluateFn, Evaluation, Result, count, share
from bot.text import fold
from handlers.summaries.evaluate import Synthesize
from handlers.summaries.model import Point, ProposalRef, Synthesis
from handlers.summaries.text import squash

FOLDER = "positions"


def point_hash(text: str) -> str:
    """The key a label gives a bullet's text: its folded, squashed form, hashed."""
    return hashlib.sha1(squash(fold(text)).encode("utf-8")).hexdigest()[:10]


def listed(s: Synthesis) -> list[Point | ProposalRef]:
    """The bullets a reader weighs as points: positions and their objections, proposals and
    theirs, open questions (decisions and next steps are scored by the outcome labels)."""
    out: list[Point | ProposalRef] = []
    for theme in s.themes:
        for p in theme.points:
            out += [p, *p.objections]
    for r in s.proposals:
        out += [r, *r.objections]
    return out + list(s.open_questions)


def key(bullet: Point | ProposalRef) -> tuple[int, str]:
    return (bullet.post_numbers[0] if bullet.post_numbers else 0, point_hash(bullet.text))


@dataclass
class PointScore:
    listed: int = 0
    noise: int = 0
    usable_labelled: int = 0
    usable_kept: int = 0
    unlabelled: int = 0
    mistakes: list[str] = field(default_factory=list)


def score_points(score: PointScore, topic: Any, bullets: Iterable[Point | ProposalRef], label: dict[str, Any]) -> None:
    """Add one labelled topic's bullets to the score; name each noise listed, usable point lost and
    bullet no label names."""
    usable = {(int(p["post"]), str(p["hash"])): bool(p["usable"]) for p in label.get("points", [])}
    seen: set[tuple[int, str]] = set()
    for bullet in bullets:
        k = key(bullet)
        if k in seen:
            continue
        seen.add(k)
        if k not in usable:
            score.unlabelled += 1
            score.mistakes.append(f"unlabelled point in topic {topic} post {k[0]} ({k[1]})")
            continue
        score.listed += 1
        if not usable[k]:
            score.noise += 1
            score.mistakes.append(f"noise listed in topic {topic} post {k[0]} ({k[1]})")
    for k, good in usable.items():
        if good:
            score.usable_labelled += 1
            if k in seen:
                score.usable_kept += 1
            else:
                score.mistakes.append(f"usable point dropped in topic {topic} post {k[0]} ({k[1]})")


def points_evaluator(synthesize: Synthesize) -> EvaluateFn:
    """The `scribe eval` evaluator: each labelled topic replayed, synthesised offline, its bullets
    looked up in its labels."""

    async def evaluate_points(ev: Evaluation) -> Result:
        score = PointScore()
        for case, label in ev.labelled(FOLDER):
            run = await ev.run(case)
            s = await synthesize(case.topic, run.ctx())
            score_points(score, case.key, listed(s), label)
        return Result(
            {
                "points_noise": share(score.noise, score.listed),
                "points_kept": share(score.usable_kept, score.usable_labelled),
                "points_unlabelled": count(score.unlabelled, "points"),
            },
            score.mistakes,
        )

    return evaluate_points
