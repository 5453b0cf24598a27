"""One renderer for every synthesis: Discourse markdown, in the thread's language.

The shape of a debate: the question, what was decided, positions by theme (who holds
each, the objections under it), proposals by theme with their support, open questions,
what comes next (meetings, announced steps), the links the thread carries. Points link to their source posts
(`/t/-/{topic}/{n}`), names link to user pages (never an @mention), verified quotes
become `[quote="user, post:N, topic:T"]` blocks, meetings use `[date=…]`. Every piece of
forum or model text goes through `bot.markup.inert`; every URL written is one the
thread itself contains (checked before rendering).
"""

from __future__ import annotations

import re
from urllib.parse import quote as url_quote

from bot.i18n import Messages
from bot.markup import date, inert, inert_paragraphs, link, plain_name, plain_title, post_link, post_links, quote, url
from bot.models import parse_time
from handlers.summaries.model import LinkRef, Point, Position, ProposalRef, Synthesis
from handlers.summaries.text import QUESTION


def sources(topic_id: int, numbers: list[int]) -> str:
    return post_links(topic_id, numbers)


def user_link(username: str) -> str:
    """`[name](/u/name)`: who said it, one click away, without pinging them."""
    name = plain_name(username)
    label = inert(name).replace("[", "(").replace("]", ")")
    return f"[{label}](/u/{url_quote(name, safe='')})"


def names(usernames: list[str], limit: int = 6) -> str:
    shown = [user_link(u) for u in dict.fromkeys(usernames)][:limit]
    extra = len(dict.fromkeys(usernames)) - len(shown)
    return ", ".join(shown) + (f" +{extra}" if extra > 0 else "")


def date_tag(starts_at: str, timezone: str) -> str:
    dt = parse_time(starts_at)
    return inert(starts_at) if dt is None else date(dt, timezone)


def _line(point: Point, topic_id: int, indent: str = "", prefix: str = "") -> list[str]:
    """A point as a bullet: its text's own lines (a model's paragraphs or list) kept under the
    bullet, each inert, who holds it and its sources after the last."""
    who = f" — {names(point.holders)}" if point.holders else ""
    first, *rest = inert_paragraphs(point.text) or [inert(point.text)]
    lines = [f"{indent}- {prefix}{first}", *(f"{indent}  {line}" if line else "" for line in rest)]
    lines[-1] += f"{who} ({sources(topic_id, point.post_numbers)})"
    return lines


def render_point(point: Point, topic_id: int, t: Messages | None = None, quotes: bool = True) -> list[str]:
    lines = _line(point, topic_id)
    if isinstance(point, Position) and t is not None:
        for objection in point.objections:
            lines += _line(objection, topic_id, "  ", f"_{t.get('summaries.objection')}_ ")
    if quotes and point.quote is not None:
        lines += ["", quote(point.quote.username, point.quote.post_number, topic_id, point.quote.text), ""]
    return lines


def _label(ref: LinkRef) -> str:
    """The link's words, or its own address when they are none or another address (a mail
    tracker behind a course URL): a reader sees where a link goes before following it."""
    text = (ref.text or "").strip()
    if sum(c.isalpha() for c in text) < 3 or re.match(r"(?:https?://|www\.)", text, re.I):
        return ref.url
    return text


def _proposal(p: ProposalRef, tid: int, t: Messages) -> list[str]:
    who = f" — {user_link(p.author)}" if p.author else ""
    support = [t.get("summaries.supporters", count=p.supporters)] if p.supporters else []
    if p.shared:
        support.append(t.get("summaries.shared_support", count=p.shared))
    counted = f" — {', '.join(support)}" if support else ""
    lines = [f"- {inert(p.text)}{who}{counted} ({sources(tid, p.post_numbers)})"]
    for objection in p.objections:
        lines += _line(objection, tid, "  ", f"_{t.get('summaries.objection')}_ ")
    return lines


def render_synthesis(synthesis: Synthesis, timezone: str = "Europe/Paris", heading_level: int = 2) -> str:
    """The synthesis as a Discourse post body."""
    m = Messages(synthesis.language)
    t = m.get
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
        # a question is shown as one, a request as a request, the title as the topic: a statement never as a question
        if QUESTION.search(synthesis.question.rstrip()):
            kind = "question"
        else:
            kind = "subject" if synthesis.question.strip() == synthesis.title.strip() else "request"
        out += [f"**{t('summaries.' + kind)}** {inert(synthesis.question)}", ""]
    decided = synthesis.decided()
    accepted = [d for d in synthesis.decisions if synthesis.accepted(d)]
    for key, points in (("summaries.decisions", decided), ("summaries.accepted_answer", accepted)):
        if points:
            out += [f"{h} {t(key)}", ""]
            for point in points:
                out += render_point(point, tid, m)
            out.append("")
    if synthesis.themes:
        out += [f"{h} {t('summaries.themes')}", ""]
        for theme in synthesis.themes:
            if theme.title or len(synthesis.themes) > 1:
                out += [f"{h}# {inert(theme.title) if theme.title else t('summaries.other_positions')}", ""]
            for point in theme.points:
                out += render_point(point, tid, m)
            out.append("")
    if synthesis.proposals:
        out += [f"{h} {t('summaries.proposals')}", ""]
        groups: dict[str, list[ProposalRef]] = {}
        for p in synthesis.proposals:
            groups.setdefault(p.theme, []).append(p)
        for group, items in sorted(groups.items(), key=lambda kv: kv[0] == ""):
            if len(groups) > 1:
                out += [f"{h}# {inert(group) if group else t('summaries.other_proposals')}", ""]
            for p in items:
                out += _proposal(p, tid, m)
            out.append("")
    if synthesis.open_questions:
        out += [f"{h} {t('summaries.open_questions')}", ""]
        for point in synthesis.open_questions:
            out += render_point(point, tid, m)
        out.append("")
    if synthesis.next_steps or synthesis.meetings:
        out += [f"{h} {t('summaries.next_steps')}", ""]
        for mt in synthesis.meetings:
            address = f" — {url(mt.link)}" if mt.link else ""
            source = f" ({post_link(tid, mt.post_number)})" if mt.post_number else ""
            out.append(f"- {inert(mt.title)} — {date_tag(mt.starts_at, timezone)}{address}{source}")
        for point in synthesis.next_steps:
            out += render_point(point, tid, m)
        out.append("")
    if synthesis.links:
        # A link a thread carries (a course page, a profile) is no step to come: its own heading.
        out += [f"{h} {t('summaries.links')}", ""]
        first: dict[str, LinkRef] = {}
        for ref in synthesis.links:
            first.setdefault(ref.url, ref)
        for ref in first.values():
            out.append(f"- {link(_label(ref), ref.url)} ({post_link(tid, ref.post_number)})")
        out.append("")
    out.append("---")
    if synthesis.method == "llm":
        out.append("_" + t("summaries.method_llm", tokens=synthesis.tokens_used) + "_")
    else:
        out.append("_" + t("summaries.method_offline") + "_")
        if synthesis.fallback_reason:
            out.append("_" + t("summaries.fallback") + "_")
    return "\n".join(out).strip() + "\n"


def summary_title(language: str, title: str, last: int) -> str:
    """ "Synthèse : <titre> (jusqu'au message N)" within Discourse's 15–255 character limits.
    The range keeps each synthesis's title unique: Discourse refuses a title already used."""
    messages = Messages(language)
    suffix = " " + messages.get("summaries.title_range", last=last)
    text = plain_title(messages.get("summaries.title", title=title))
    if len(text) + len(suffix) > 255:
        text = text[: 254 - len(suffix)].rstrip() + "…"
    if len(text.strip()) < 15:
        text = text.strip() + " " + messages.get("summaries.title_pad")
    return text + suffix
