"""Which post a bare "> " passage cites: such a block names no post, so it is taken as citing the
latest earlier post holding one of its sentences (the post just above may be answering another)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.models import Post
from bot.text import ANALYSED, analyse
from handlers.proposals.extract import Unit, content_tokens, fold, split_sentences
from handlers.proposals.merge import SET_RATIO, similar


@lru_cache(maxsize=ANALYSED)
def sentence_units(text: str) -> tuple[Unit, ...]:
    """A passage's sentences (quoted, or a whole post's own text), as units of no post: read once
    however many passages of the thread are looked for in it."""
    return tuple(Unit(0, "", fold(s), content_tokens(fold(s)), None) for s in split_sentences(text.replace("\n", " ")))


def copied_post(text: str, earlier: Iterable[tuple[int, Sequence[Unit]]]) -> int | None:
    """The number of the first of `earlier` (posts latest first, each with its sentences) that holds a
    sentence of the passage `text`, or None. Sentences are first sifted by `similar`'s own word test, run
    on all of them at once: a long thread is read in one pass, not one comparison at a time."""
    quoted = [q for q in sentence_units(text) if q.tokens]
    owners: list[int] = []
    units: list[Unit] = []
    for number, said in earlier:
        for u in said:
            if u.tokens:
                owners.append(number)
                units.append(u)
    if not quoted or not units:
        return None
    words = [" ".join(u.tokens) for u in units]
    found = [
        i
        for q in quoted
        for _, _, i in process.extract(
            " ".join(q.tokens), words, scorer=fuzz.token_set_ratio, processor=None, score_cutoff=SET_RATIO, limit=None
        )
        if similar(units[i], q)
    ]
    return owners[min(found)] if found else None


def cited_posts(post: Post, thread: Iterable[Post]) -> list[int]:
    """The posts `post`'s bare "> " passages cite, among the posts of `thread` (in thread order) before
    it, each once, in the order of the passages. A post without such a passage costs no pass over the thread."""
    cited = analyse(post).cited
    if not cited:
        return []
    earlier = [p for p in thread if p.post_number < post.post_number][::-1]
    sentences = [(p.post_number, sentence_units(analyse(p).text)) for p in earlier]
    found = (copied_post(text, sentences) for text in cited)
    return list(dict.fromkeys(n for n in found if n is not None))
