"""The command line on topic files: preview, proposals, summarize (no forum needed)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository root
SEED = str(ROOT / "tests" / "data" / "seed-thread.json")


def scribe(*args: str, language: str = "fr") -> str:
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "SCRIBE_LANGUAGE": language},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_preview_json_on_the_seed():
    out = json.loads(scribe("preview", SEED, "--json"))
    assert set(out) >= {"topic", "proposals", "meetings", "link_requests", "missing_links", "summary", "actions"}
    sas = [p for p in out["proposals"] if "SAS classique" in p["text"]]
    assert len(sas) == 1 and sas[0]["post_numbers"] == [14] and sas[0]["cited_in"] == [18]
    assert len(out["proposals"]) >= 15
    assert out["proposals"][0]["supporters"] == max(p["supporters"] for p in out["proposals"])
    assert out["meetings"] == []  # the visios it names were held before post 19 reported them
    assert [(r["post_number"], r["decision"]) for r in out["link_requests"]] == [(2, "ask")]
    assert out["warnings"] == []
    assert {m["post_number"] for m in out["missing_links"]} >= {13, 19} and 11 not in {
        m["post_number"] for m in out["missing_links"]
    }
    assert not any(a["key"].startswith("reminder:") for a in out["actions"])
    assert "Synthèse" in out["summary"]


def test_proposals_exports():
    rows = list(csv.DictReader(io.StringIO(scribe("proposals", SEED, "--format", "csv"))))
    assert rows[0]["rank"] == "1" and len(rows) >= 15
    data = json.loads(scribe("proposals", SEED, "--format", "json"))
    # one object holding the ranked list, the same rows as the CSV, in the same order
    assert isinstance(data, dict) and list(data) == ["proposals"]
    assert [(p["rank"], p["text"]) for p in data["proposals"]] == [(int(r["rank"]), r["text"]) for r in rows]
    assert scribe("proposals", SEED).count("\n|") >= 15


def test_summarize_prints_without_posting():
    out = scribe("summarize", SEED)
    assert "/t/-/1/" in out and "@" not in out.replace("`@", "")


def test_preview_prints_each_feature_in_its_own_words():
    out = scribe("preview", SEED, "-q", language="en")
    assert "judged as if it had just been written" in out
    heads = [line.split(":")[0] for line in out.splitlines() if line and not line.startswith(("  ", "Topic", "Every"))]
    assert heads[:7] == [
        "link requests",
        "missing links",
        "posts in doubt",
        "meetings",
        "dates set aside",
        "proposals",
        "summary",
    ]
    assert "  - post 2 (membre_a, membre_b; registration): ask — no link of the kind asked in this topic" in out
    proposals = out.split("\nproposals:")[1].split("\n\n")[0].splitlines()[1:]
    assert proposals and all("supporter(s)" in line and "(#" in line for line in proposals)


def test_a_french_forum_previews_in_french():
    out = scribe("preview", SEED, "-q")
    assert "Chaque message est jugé comme s'il venait d'être écrit" in out
    heads = [
        line.split(" :")[0] for line in out.splitlines() if line and not line.startswith(("  ", "Sujet", "Chaque"))
    ]
    assert heads[:7] == [
        "demandes de lien",
        "liens manquants",
        "messages dans le doute",
        "réunions",
        "dates écartées",
        "propositions",
        "synthèse",
    ]
    assert "  - message 19 : 2023-05-17 — une réponse nomme un jour sans heure" in out
    assert "  - message 13 : « accessibles ici » sans lien — un message privé à son auteur" in out
