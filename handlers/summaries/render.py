"""One renderer for every synthesis: Discourse markdown, in the thread's language.

Points link to their source posts (`/t/-/{topic}/{n}`), verified quotes become
`[quote="user, post:N, topic:T"]` blocks so readers can jump to the source, meetings
use `[date=…]` so everyone reads them in their own time zone. All forum and model text
goes through `safe_text`: no live mention, no HTML, no stray BBCode.
"""

from __future__ import annotations

from bot.i18n import Messages
from bot.markup import date, inert, link, plain_title, post_link, post_links, quote, url
from bot.models import parse_time
from handlers.summaries.model import Point, Synthesis


def sources(topic_id: int, numbers: list[int]) -> str:
    return post_links(topic_id, numbers)


def quote_block(topic_id: int, username: str, post_number: int, text: str) -> str:
    return quote(username, post_number, topic_id, inert(text))


def date_tag(starts_at: str, timezone: str) -> str:
    dt = parse_time(starts_at)
    return inert(starts_at) if dt is None else date(dt, timezone)


def render_point(point: Point, topic_id: int, quotes: bool = True) -> list[str]:
    lines = [f"- {inert(point.text)} ({sources(topic_id, point.post_numbers)})"]
    if quotes and point.quote is not None:
        lines += ["", quote_block(topic_id, point.quote.username, point.quote.post_number, point.quote.text), ""]
    return lines


def render_synthesis(synthesis: Synthesis, timezone: str = "Europe/Paris", heading_level: int = 2) -> str:
    """The synthesis as a Discourse post body."""
    t = Messages(synthesis.language).get
    h = "#" * heading_level
    tid = synthesis.topic_id
    covered = synthesis.covered_post_numbers
    out = [
        t(
            "summaries.intro",
            title=inert(synthesis.title),
            url=f"/t/-/{tid}",
            first=min(covered) if covered else 0,
            last=synthesis.highest_post_number,
            count=len(covered),
        ),
        "",
    ]
    if synthesis.question:
        out += [f"**{t('summaries.question')}** {inert(synthesis.question)}", ""]
    if synthesis.proposals:
        out += [f"{h} {t('summaries.proposals')}", ""]
        for p in synthesis.proposals:
            out.append(
                f"- {inert(p.text)} — {t('summaries.supporters', count=p.supporters)} ({sources(tid, p.post_numbers)})"
            )
        out.append("")
    if synthesis.themes:
        out += [f"{h} {t('summaries.themes')}", ""]
        for theme in synthesis.themes:
            out += [f"{h}# {inert(theme.title)}", ""]
            for point in theme.points:
                out += render_point(point, tid)
            out.append("")
    for name in ("decisions", "agreements", "disagreements", "open_questions"):
        points = getattr(synthesis, name)
        if points:
            out += [f"{h} {t('summaries.' + name)}", ""]
            for point in points:
                out += render_point(point, tid)
            out.append("")
    if synthesis.meetings:
        out += [f"{h} {t('summaries.meetings')}", ""]
        for m in synthesis.meetings:
            address = f" — {url(m.link)}" if m.link else ""
            source = f" ({post_link(tid, m.post_number)})" if m.post_number else ""
            out.append(f"- {inert(m.title)} — {date_tag(m.starts_at, timezone)}{address}{source}")
        out.append("")
    if synthesis.links:
        out += [f"{h} {t('summaries.links')}", ""]
        for ref in synthesis.links:
            out.append(f"- {link(ref.text or ref.url, ref.url)} ({post_link(tid, ref.post_number)})")
        out.append("")
    out.append("---")
    if synthesis.method == "llm":
        out.append("_" + t("summaries.method_llm", tokens=synthesis.tokens_used) + "_")
    else:
        out.append("_" + t("summaries.method_offline") + "_")
        if synthesis.fallback_reason:
            out.append("_" + t("summaries.fallback", reason=inert(synthesis.fallback_reason)) + "_")
    return "\n".join(out).strip() + "\n"


def summary_title(language: str, title: str) -> str:
    """ "Synthèse : <titre>" within Discourse's 15–255 character limits."""
    text = plain_title(Messages(language).get("summaries.title", title=title))
    if len(text) > 255:
        text = text[:254].rstrip() + "…"
    if len(text.strip()) < 15:
        text = text.strip() + " " + Messages(language).get("summaries.title_pad")
    return text
