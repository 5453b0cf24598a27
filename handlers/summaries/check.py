"""What a synthesis may say: every point cites real posts, every quote is verbatim,
no link the thread did not contain, no live mention, no markup that escapes its place.

These checks run on every draft, whoever wrote it; a model's answer is never trusted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.models import Topic
from bot.text import analyse
from handlers.summaries.model import Draft, Point, Quote, Theme
from handlers.summaries.text import squash

_URL = re.compile(r"https?://[^\s<>\"')\]]+[^\s<>\"')\].,;:!?]", re.I)


@dataclass
class CheckReport:
    dropped_quotes: int = 0
    dropped_points: int = 0
    dropped_links: int = 0


def thread_links(topic: Topic) -> set[str]:
    return {link.url for p in topic.posts if p.is_regular for link in analyse(p).links}


def check_draft(draft: Draft, topic: Topic, keep_thread_links: bool = False) -> tuple[Draft, CheckReport]:
    """Keep only points with real sources and quotes found verbatim in the post they cite.

    URLs in a point's prose are removed (links are listed by scribe from the posts), unless
    `keep_thread_links` and the URL is in the thread: the offline path's sentences are the
    members' own words.
    """
    report = CheckReport()
    posts = {p.post_number: p for p in topic.posts if p.is_regular}
    texts = {n: squash(analyse(p).text) for n, p in posts.items()}
    allowed_links = thread_links(topic) if keep_thread_links else set()

    def fix(point: Point) -> Point | None:
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
        text = point.text
        for url in _URL.findall(text):
            if url not in allowed_links:
                report.dropped_links += 1
                text = text.replace(url, "")
        text = squash(text)
        if not numbers or not text:
            report.dropped_points += 1
            return None
        return Point(text=text, post_numbers=numbers, quote=quote)

    def fix_all(points: list[Point]) -> list[Point]:
        return [q for q in (fix(p) for p in points) if q is not None]

    themes = [Theme(title=squash(t.title), points=fix_all(t.points)) for t in draft.themes]
    checked = Draft(
        question=squash(draft.question),
        themes=[t for t in themes if t.points and t.title],
        agreements=fix_all(draft.agreements),
        disagreements=fix_all(draft.disagreements),
        open_questions=fix_all(draft.open_questions),
        decisions=fix_all(draft.decisions),
    )
    return checked, report
