"""What a synthesis may say: every point cites real posts, every quote is verbatim, every
decision comes from someone who may decide, no link the thread did not contain, no
markup that escapes its place.

These checks run on every draft, whoever wrote it; a model's answer is data, never
trusted: its text is made plain (no markdown link or image, no BBCode tag, no URL the
thread does not contain) before `bot.markup.inert` makes it inert at rendering; names
and roles are scribe's, from the posts, never the model's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.markup import DATE_TAG
from bot.models import Post, Topic
from bot.text import analyse
from handlers.summaries.model import Draft, Point, Position, Quote, Theme
from handlers.summaries.text import squash

_URL = re.compile(r"https?://[^\s<>\"')\]]+[^\s<>\"')\].,;:!?]", re.I)
# A scheme is short: unbounded, every word start of "a.b.c…" would scan to the end of the run.
_LOOSE_URL = re.compile(r"(?:\b[a-z][a-z0-9+.-]{0,63}:)?//[^\s<>\"')\]]+|\bwww\.[^\s<>\"')\]]+", re.I)
# Image, link, autolink and tag: the closing part is optional and the match is changed only when
# it is there (`_closed`). An opening that closes nothing takes the text up to where it stopped
# along, unchanged, so each `[` or `<` of a line left open is not read again to the end: linear,
# and the same spans as the patterns that require the closing part.
_IMAGE = re.compile(r"!\[[^\]]*(?:\](?:\([^)]*(?P<closed>\))?)?)?")
_MD_LINK = re.compile(r"\[([^\]]*)(?:\](?:\(([^)]*)(?P<closed>\))?)?)?")
_REF_LINK = re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$")
_AUTOLINK = re.compile(r"<(?:[a-z][a-z0-9+.-]*:|//)[^>\s]*(?P<closed>>)?", re.I)
_TAG = re.compile(r"\[(/?[A-Za-z][\w-]*)([^\]\n]*)(?P<closed>\])?")
_BLANKS = re.compile(r"\n{3,}")


@dataclass
class CheckReport:
    dropped_quotes: int = 0
    dropped_points: int = 0
    dropped_links: int = 0
    dropped_decisions: int = 0


def thread_links(topic: Topic) -> set[str]:
    return {link.url for p in topic.posts if p.is_regular for link in analyse(p).links}


def plain(text: str, allowed: set[str], report: CheckReport | None = None) -> str:
    """Text with no markup of its own: images and link syntax removed (a link's label kept),
    BBCode-like tags but a well-formed `[date]` turned into parentheses, URLs kept only if in
    `allowed`. Its lines stay (a model's paragraphs or list written on purpose), each read on its
    own and squashed, one empty line at most between two (a line left empty by what was removed
    goes); the renderer makes each line inert on its own."""
    out = []
    for line in text.splitlines():
        kept = _plain_line(line, allowed, report)
        if kept or not line.strip():
            out.append(kept)
    return _BLANKS.sub("\n\n", "\n".join(out)).strip()


def _plain_line(text: str, allowed: set[str], report: CheckReport | None) -> str:
    def drop(_: object) -> str:
        if report is not None:
            report.dropped_links += 1
        return ""

    def keep_or_drop(m: re.Match[str]) -> str:
        url = m.group(0)
        if url in allowed:
            return url
        return drop(m)

    text = _IMAGE.sub(_closed(drop), text)
    text = _MD_LINK.sub(_closed(lambda m: m.group(1) + (drop(m) if m.group(2).strip() else "")), text)
    text = _REF_LINK.sub(drop, text)
    text = _AUTOLINK.sub(_closed(drop), text)
    text = _URL.sub(keep_or_drop, text)
    text = _LOOSE_URL.sub(
        lambda m: m.group(0) if m.group(0) in allowed or _inside_allowed(m, allowed) else drop(m), text
    )
    # A well-formed `[date]` stays one (`inert` keeps it too): "(date=… timezone=…)" reads as garbage.
    text = _TAG.sub(
        _closed(lambda m: m.group(0) if DATE_TAG.fullmatch(m.group(0)) else f"({m.group(1)}{m.group(2)})"), text
    )
    return squash(text)


def _closed(replace: Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str]:
    """`replace` for a match whose closing part is there; an opening left open stays as it is."""
    return lambda m: replace(m) if m.group("closed") else m.group(0)


def _inside_allowed(m: re.Match[str], allowed: set[str]) -> bool:
    """`//host/…` matched inside an allowed `https://host/…` just kept."""
    start = m.start()
    return any(m.string[max(0, start - 6) : m.end()].endswith(url[url.find("//") :]) for url in allowed if "//" in url)


def check_draft(
    draft: Draft,
    topic: Topic,
    keep_thread_links: bool = False,
    decides: Callable[[Post], bool] | None = None,
) -> tuple[Draft, CheckReport]:
    """Keep only points with real sources, quotes found verbatim in the post they cite, and
    decisions whose cited posts are by someone `decides` accepts (staff and the topic's author
    when not given). Names come from the cited posts.

    URLs in prose are removed (links are listed by scribe from the posts), unless
    `keep_thread_links` and the URL is in the thread: the offline path's sentences are the
    members' own words.
    """
    report = CheckReport()
    posts = {p.post_number: p for p in topic.posts if p.is_regular}
    texts = {n: squash(analyse(p).text) for n, p in posts.items()}
    allowed = thread_links(topic) if keep_thread_links else set()
    usernames = {p.username for p in posts.values()}
    author = topic.author
    if decides is None:

        def decides(p: Post) -> bool:
            return p.staff or p.accepted_answer or (author is not None and p.username == author)

    def fix(point: Point, holders_from_posts: bool) -> Point | None:
        numbers = [n for n in dict.fromkeys(point.post_numbers) if n in posts]
        quote = point.quote
        if quote is not None:
            needle = squash(quote.text)
            if quote.post_number in posts and len(needle) >= 3 and needle in texts[quote.post_number]:
                quote = Quote(post_number=quote.post_number, text=needle, username=posts[quote.post_number].username)
                if quote.post_number not in numbers:
                    numbers.append(quote.post_number)
            else:
                report.dropped_quotes += 1
                quote = None
        text = plain(point.text, allowed, report)
        if not numbers or not text:
            report.dropped_points += 1
            return None
        cited = [posts[n].username for n in numbers]
        kept = [h for h in point.holders if h in usernames]
        holders = list(dict.fromkeys(cited + ([] if holders_from_posts else kept)))
        return Point(text=text, post_numbers=numbers, quote=quote, holders=holders)

    def fix_all(points: Iterable[Point], holders_from_posts: bool) -> list[Point]:
        return [q for q in (fix(p, holders_from_posts) for p in points) if q is not None]

    def fix_position(point: Position, holders_from_posts: bool) -> Position | None:
        fixed = fix(point, holders_from_posts)
        if fixed is None:
            return None
        objections = fix_all(point.objections, True)
        return Position(**fixed.model_dump(), objections=objections)

    def fix_decision(point: Point) -> Point | None:
        by_decider = [n for n in point.post_numbers if n in posts and decides(posts[n])]
        if not by_decider:
            report.dropped_decisions += 1
            return None
        return fix(point.model_copy(update={"post_numbers": by_decider}), True)

    from_model = not keep_thread_links
    themes = []
    for t in draft.themes:
        points = [q for q in (fix_position(p, from_model) for p in t.points) if q is not None]
        if points:
            themes.append(Theme(title=plain(t.title, set(), report), points=points))
    checked = Draft(
        question=plain(draft.question, allowed, report),
        decisions=[d for d in (fix_decision(p) for p in draft.decisions) if d is not None],
        themes=themes,
        open_questions=fix_all(draft.open_questions, True),
        next_steps=fix_all(draft.next_steps, True),
    )
    return checked, report
