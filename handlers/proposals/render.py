"""The ranking written out: a Discourse markdown table for the forum, CSV and JSON for export."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from bot.i18n import Messages
from bot.markup import inert, plain_name, post_url

if TYPE_CHECKING:
    from handlers.proposals import Proposal

Format = Literal["md", "csv", "json"]


def render(proposals: Sequence[Proposal], fmt: Format = "md", language: str = "fr", limit: int | None = None) -> str:
    """The ranked proposals as `md` (the forum reply), `csv` or `json`; `limit` caps the markdown table only."""
    if fmt == "md":
        return _markdown(proposals, Messages(language), limit)
    if fmt == "csv":
        return _csv(proposals)
    if fmt == "json":
        return json.dumps({"proposals": [_row(i, p) for i, p in enumerate(proposals, 1)]}, ensure_ascii=False, indent=2)
    raise ValueError(f"unknown format {fmt!r}: use md, csv or json")


def _row(rank: int, p: Proposal) -> dict[str, Any]:
    return {
        "rank": rank,
        "text": p.text,
        "author": p.author,
        "supporters": p.supporters,
        "opponents": p.opponents,
        "likers": p.likers if p.exact else [],
        "endorsers": p.endorsers,
        "post_numbers": p.post_numbers,
        "endorsed_in": p.endorsed_in,
        "links": [post_url(p.topic_id, n) for n in p.post_numbers],
        "counted_from": "likers" if p.exact else "like_counts",
    }


def _csv(proposals: Sequence[Proposal]) -> str:
    out = io.StringIO()
    fields = [
        "rank",
        "text",
        "author",
        "supporters",
        "opponents",
        "likers",
        "endorsers",
        "post_numbers",
        "endorsed_in",
        "links",
        "counted_from",
    ]
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for i, p in enumerate(proposals, 1):
        row = _row(i, p)
        for key in ("likers", "endorsers", "post_numbers", "endorsed_in", "links"):
            row[key] = " ".join(str(v) for v in row[key])
        writer.writerow(row)
    return out.getvalue()


def _cell(text: str) -> str:
    return inert(" ".join(text.split()))


def _markdown(proposals: Sequence[Proposal], m: Messages, limit: int | None) -> str:
    if not proposals:
        return m.get("proposals.none")
    shown = list(proposals[:limit] if limit else proposals)
    opponents = any(p.opponents for p in shown)
    lines = [m.get("proposals.intro", count=len(proposals)), ""]
    head = [m.get("proposals.col_rank"), m.get("proposals.col_text"), m.get("proposals.col_supporters")]
    align = ["---:", "---", "---:"]
    if opponents:
        head.append(m.get("proposals.col_opponents"))
        align.append("---:")
    head += [m.get("proposals.col_author"), m.get("proposals.col_posts")]
    align += ["---", "---"]
    lines += ["| " + " | ".join(head) + " |", "|" + "|".join(align) + "|"]
    for rank, p in enumerate(shown, 1):
        links = [f"[#{n}]({post_url(p.topic_id, n)})" for n in p.post_numbers]
        links += [f"[+#{n}]({post_url(p.topic_id, n)})" for n in p.endorsed_in]
        row = [str(rank), _cell(p.text), str(p.supporters)]
        if opponents:
            row.append(str(p.opponents))
        row += [plain_name(p.author), ", ".join(links)]
        lines.append("| " + " | ".join(row) + " |")
    notes = []
    if any(p.endorsed_in for p in shown):
        notes.append(m.get("proposals.endorsed_note"))
    notes.append(
        m.get("proposals.people_note") if all(p.exact for p in proposals) else m.get("proposals.estimate_note")
    )
    if len(shown) < len(proposals):
        notes.append(m.get("proposals.more", count=len(proposals) - len(shown)))
    return "\n".join(lines) + "\n\n" + "\n\n".join(notes) + "\n"
