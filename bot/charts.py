"""Charts as PNG images, described by a small JSON-able spec so an action can carry one.

A handler builds a spec (`weekly_activity`, `proposal_support`); the outbox renders it
(`render`) just before uploading, so the outbox row stays small and the handler does no
drawing. matplotlib is imported only when a chart is drawn (start-up of `scribe run
--once` stays fast) and always with the Agg backend (no display needed). Colours are the
Okabe-Ito palette, told apart by colour-blind readers; labels follow the forum's language.
"""

from __future__ import annotations

import io
from typing import Any

# Okabe & Ito (2008), "Color Universal Design": safe for the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")

LABELS = {
    "fr": {
        "activity_title": "Activité des {n} dernières semaines",
        "posts": "Messages",
        "people": "Membres actifs",
        "week": "Semaine du",
        "support_title": "Soutiens par proposition",
        "supporters": "Soutiens",
        "activity_alt": "Graphique : messages par semaine, du {first} au {last} : {posts} ; membres actifs : {people}",
        "support_alt": "Graphique : soutiens des propositions les mieux classées, dans l'ordre : {values}",
    },
    "en": {
        "activity_title": "Activity over the last {n} weeks",
        "posts": "Posts",
        "people": "Active members",
        "week": "Week of",
        "support_title": "Supporters per proposal",
        "supporters": "Supporters",
        "activity_alt": "Chart: posts per week, from {first} to {last}: {posts}; active members: {people}",
        "support_alt": "Chart: supporters of the best-ranked proposals, in order: {values}",
    },
}


def _labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["en"])


def weekly_activity(weeks: list[str], posts: list[int], people: list[int], language: str = "fr") -> dict[str, Any]:
    """Posts and active members per week; `weeks` are short labels such as "23/11"."""
    return {"kind": "weekly_activity", "language": language, "weeks": weeks, "posts": posts, "people": people}


def proposal_support(labels: list[str], supporters: list[int], language: str = "fr") -> dict[str, Any]:
    """Supporters per proposal, most supported first (labels are shortened when drawn)."""
    return {"kind": "proposal_support", "language": language, "labels": labels, "supporters": supporters}


def alt_text(spec: dict[str, Any]) -> str:
    """What the chart shows, in words, for readers who cannot see it."""
    t = _labels(spec.get("language", "fr"))
    if spec["kind"] == "weekly_activity":
        first, last = (spec["weeks"][0], spec["weeks"][-1]) if spec["weeks"] else ("", "")
        posts = ", ".join(str(v) for v in spec["posts"])
        people = ", ".join(str(v) for v in spec["people"])
        return t["activity_alt"].format(first=first, last=last, posts=posts, people=people)
    if spec["kind"] == "proposal_support":
        values = ", ".join(str(v) for v in spec["supporters"])
        return t["support_alt"].format(values=values)
    raise ValueError(f"unknown chart kind {spec['kind']!r}")


def render(spec: dict[str, Any]) -> bytes:
    """The chart as PNG bytes (runs matplotlib: call it off the event loop)."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    t = _labels(spec.get("language", "fr"))
    fig = Figure(figsize=(7.5, 3.2), dpi=100, layout="constrained")
    ax = fig.add_subplot()
    if spec["kind"] == "weekly_activity":
        x = list(range(len(spec["weeks"])))
        width = 0.4
        ax.bar([i - width / 2 for i in x], spec["posts"], width, label=t["posts"], color=PALETTE[0])
        ax.bar([i + width / 2 for i in x], spec["people"], width, label=t["people"], color=PALETTE[1], hatch="//")
        ax.set_xticks(x, spec["weeks"])
        ax.set_xlabel(t["week"])
        ax.set_title(t["activity_title"].format(n=len(x)))
        ax.legend(frameon=False)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    elif spec["kind"] == "proposal_support":
        labels = [_shorten(s, 40) for s in spec["labels"]][::-1]
        values = list(spec["supporters"])[::-1]
        ax.barh(range(len(values)), values, color=PALETTE[2])
        ax.set_yticks(range(len(values)), labels)
        ax.set_xlabel(t["supporters"])
        ax.set_title(t["support_title"])
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    else:
        raise ValueError(f"unknown chart kind {spec['kind']!r}")
    ax.spines[["top", "right"]].set_visible(False)
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def _shorten(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"
