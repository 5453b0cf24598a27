"""The ranking written out: a Discourse markdown table for the forum, CSV and JSON for export.

Each row shows the proposal's short label, linked to the post that states it in full (one
click away; the CSV and JSON exports carry the full wording too). Member text goes through
`bot.markup.inert`.
"""

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
_LIST_FIELDS = ("authors", "likers", "endorsers", "objectors", "post_numbers", "endorsed_in", "cited_in", "links")


def render(
    proposals: Sequence[Proposal],
    fmt: Format = "md",
    language: str = "fr",
    limit: int | None = None,
    complete: bool = True,
) -> str:
    """The ranked proposals as `md` (the forum reply), `csv` or `json`; `limit` caps the markdown table only."""
    if fmt == "md":
        return _markdown(proposals, Messages(language), limit, complete)
    if fmt == "csv":
        return _csv(proposals)
    if fmt == "json":
        return json.dumps({"proposals": [_row(i, p) for i, p in enumerate(proposals, 1)]}, ensure_ascii=False, indent=2)
    raise ValueError(f"unknown format {fmt!r}: use md, csv or json")


def _row(rank: int, p: Proposal) -> dict[str, Any]:
    return {
        "rank": rank,
        "text": p.text,
        "full": p.full,
        "author": p.author,
        "authors": p.authors,
        "supporters": p.supporters,
        "votes": p.votes,
        "shared": p.shared,
        "opponents": p.opponents,
        "likers": p.likers,
        "endorsers": p.endorsers,
        "objectors": p.objectors,
        "post_numbers": p.post_numbers,
        "endorsed_in": p.endorsed_in,
        "cited_in": p.cited_in,
        "links": [post_url(p.topic_id, n) for n in p.post_numbers],
        "counted_from": "poll" if p.votes is not None else "likers" if p.exact else "like_counts",
    }


def _csv(proposals: Sequence[Proposal]) -> str:
    out = io.StringIO()
    fields = list(_row(0, proposals[0]).keys()) if proposals else ["rank", "text"]
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for i, p in enumerate(proposals, 1):
        row = _row(i, p)
        for key in _LIST_FIELDS:
            row[key] = " ".join(str(v) for v in row[key])
        writer.writerow(row)
    return out.getvalue()


def _cell(text: str) -> str:
    return inert(" ".join(text.split()))


def _link_text(text: str) -> str:
    return _cell(text)  # brackets are escaped: the link text cannot end early


def _some(numbers: Sequence[int], topic_id: int, mark: str, first: int) -> list[str]:
    """Links to the first posts, and how many more (a long topic may state an idea in dozens)."""
    links = [f"[{mark}{n}]({post_url(topic_id, n)})" for n in numbers[:first]]
    if len(numbers) > first:
        links.append(f"+{len(numbers) - first}")
    return links


def _markdown(proposals: Sequence[Proposal], m: Messages, limit: int | None, complete: bool) -> str:
    if not proposals:
        return m.get("proposals.none")
    shown = list(proposals[:limit] if limit else proposals)
    opponents = any(p.opponents for p in shown)
    shared = any(p.shared for p in shown)
    votes = any(p.votes is not None for p in shown)
    lines = [m.get("proposals.intro", count=len(proposals)), ""]
    head = [m.get("proposals.col_rank"), m.get("proposals.col_text")]
    align = ["---:", "---"]
    if votes:
        head.append(m.get("proposals.col_votes"))
        align.append("---:")
    head.append(m.get("proposals.col_supporters"))
    align.append("---:")
    if shared:
        head.append(m.get("proposals.col_shared"))
        align.append("---:")
    if opponents:
        head.append(m.get("proposals.col_opponents"))
        align.append("---:")
    head += [m.get("proposals.col_author"), m.get("proposals.col_posts")]
    align += ["---", "---"]
    lines += ["| " + " | ".join(head) + " |", "|" + "|".join(align) + "|"]
    for rank, p in enumerate(shown, 1):
        first = p.post_numbers[0]
        links = _some(p.post_numbers, p.topic_id, "#", 3)
        links += _some(p.endorsed_in, p.topic_id, "+#", 2)
        links += _some(p.objected_in, p.topic_id, "−#", 2)
        links += [f"{link} {m.get('proposals.synthesis_mark')}" for link in _some(p.cited_in, p.topic_id, "#", 1)]
        row = [str(rank), f"[{_link_text(p.text)}]({post_url(p.topic_id, first)})"]
        if votes:
            row.append("" if p.votes is None else str(p.votes))
        row.append(str(p.supporters))
        if shared:
            row.append(str(p.shared) if p.shared else "")
        if opponents:
            row.append(str(p.opponents))
        row += [", ".join(plain_name(a) for a in (p.authors or [p.author])), ", ".join(links)]
        lines.append("| " + " | ".join(row) + " |")
    notes = [m.get("proposals.support_note")]
    if shared:
        notes.append(m.get("proposals.shared_note"))
    if any(p.endorsed_in or p.objected_in for p in shown):
        notes.append(m.get("proposals.endorsed_note"))
    if votes:
        notes.append(m.get("proposals.votes_note"))
    if not complete or not all(p.exact for p in proposals):
        notes.append(m.get("proposals.estimate_note"))
    if len(shown) < len(proposals):
        notes.append(m.get("proposals.more", count=len(proposals) - len(shown)))
    return "\n".join(lines) + "\n\n" + "\n\n".join(notes) + "\n"
