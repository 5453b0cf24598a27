"""`eval/fit_leaning.py`: the weights it fits follow the labels, and the posts it puts in doubt stay within a budget."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "eval" / "fit_leaning.py"
_spec = importlib.util.spec_from_file_location("fit_leaning", SCRIPT)
assert _spec is not None and _spec.loader is not None
fit_leaning = importlib.util.module_from_spec(_spec)
sys.modules["fit_leaning"] = fit_leaning  # its dataclass looks itself up there
_spec.loader.exec_module(fit_leaning)
Example = fit_leaning.Example


def _posts() -> list[Example]:
    """Requests ask where a thing is; other posts report an error or say nothing; one request in ten."""
    ask = Example(frozenset({"thing", "where", "thing+where", "question"}), True, False, True, False)
    error = Example(frozenset({"error", "question"}), False, False, True, False)
    plain = Example(frozenset({"short"}), False, False, True, False)
    terse = Example(frozenset(), False, False, True, True)
    return [ask] * 10 + [error] * 40 + [plain] * 49 + [terse]


def test_the_weights_follow_the_labels() -> None:
    weights, bias = fit_leaning.fit(_posts())
    assert weights["where"] > 0 > weights["error"]
    assert bias < 0
    asking = fit_leaning.odds(frozenset({"thing", "where", "thing+where", "question"}), weights, bias)
    erring = fit_leaning.odds(frozenset({"error", "question"}), weights, bias)
    assert asking > 0.5 > erring


def test_posts_in_doubt_are_the_terse_and_those_leaning_enough() -> None:
    rows = _posts()
    weights, bias = fit_leaning.fit(rows)
    doubted = fit_leaning.doubted(rows, weights, bias, 0.5)
    assert sum(e.request for e in doubted) == 10
    assert sum(e.terse for e in doubted) == 1
    assert not [e for e in doubted if "error" in e.shown]
