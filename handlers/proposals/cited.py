"""Which post a bare "> " passage cites: such a block names no post, so it is taken as citing the
latest earlier post holding one of its sentences (the post just above may be answering another)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.models import Post
from bot.text import analyse
from handlers.proposals.extract import Unit, content_tokens, fold, split_sentences
from handlers.proposals.merge import similar


def sentence_units(text: str) -> list[Unit]:
    """A passage's sentences (quoted, or a whole post's own text), as units of no post."""
    return [Unit(0, "", fold(s), content_tokens(fold(s)), None) for s in split_sentences(text.replace("\n", " "))]


def copied_post(text: str, earlier: Iterable[tuple[int, Sequence[Unit]]]) -> int | None:
    """The number of the first of `earlier` (posts latest first, each with its sentences) that holds a
    sentence of the passage `text`, or None."""
    quoted = sentence_units(text)
    return next((n for n, units in earlier if any(similar(u, q) for u in units for q in quoted)), None)


def cited_posts(post: Post, earlier: Sequence[Post]) -> list[int]:
    """The posts `post`'s bare "> " passages cite, among `earlier` (the posts before it, latest first),
    each once, in the order of the passages."""
    cited = analyse(post).cited
    if not cited:
        return []
    units: dict[int, Sequence[Unit]] = {}

    def sentences() -> Iterable[tuple[int, Sequence[Unit]]]:
        for p in earlier:
            if p.post_number not in units:
                units[p.post_number] = sentence_units(analyse(p).text)
            yield p.post_number, units[p.post_number]

    found = (copied_post(text, sentences()) for text in cited)
    return list(dict.fromkeys(n for n in found if n is not None))
