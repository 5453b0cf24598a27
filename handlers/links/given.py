"""The links a post gives: which are worth giving, and the line, sentence, clause and heading each comes
with (what a link is said to be is read there, not in the rest of its post)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from bot.models import Post, Topic
from bot.text import ANALYSED, Link, analyse, every_link, fold, holds_url
from handlers.links.answer import things_asked
from handlers.links.text import kinds_of, url_kind
from handlers.meetings.dates import MONTHS, WEEKDAYS_EN, WEEKDAYS_FR
from handlers.summaries.text import STOP

EXCERPT_CHARS = 300
_IMAGE = re.compile(r"\.(?:png|jpe?g|gif|webp|svg|avif|heic)(?:\?.*)?$", re.I)
_FORUM_PAGE = re.compile(r"^/(?:t|u|c|tag|tags|g|badges|my|session|login|search)(?:/|$)")


def carries_link(post: Post) -> bool:
    """Any link at all: a URL in raw, an href in cooked, an upload."""
    return bool(every_link(post)) or "upload://" in (post.raw or "")


def gives_url(post: Post, url: str) -> bool:
    """Whether the post itself carries that very link (`every_link`)."""
    return any(link.url == url for link in every_link(post))


def usable(url: str) -> bool:
    """A link worth giving: not an image, not a forum page, not an e-mail address."""
    if not url or url.startswith(("mailto:", "tel:", "#")) or _IMAGE.search(url):
        return False
    if url.startswith("/") and not url.startswith("//"):
        return url.startswith("/uploads/") and not _FORUM_PAGE.match(url)
    return True


def links_given(post: Post, theirs: set[str]) -> Iterator[tuple[Link, str, str]]:
    """The post's usable links the askers do not have, each with its sentence (a link forwarded in a "> "
    block comes with its words) and the words around it: its address, its text and that sentence."""
    cited = analyse(post).with_cited
    for link in every_link(post):
        if usable(link.url) and link.url not in theirs:
            sentence = sentence_with(cited, link.url, link.text)
            yield link, sentence, " ".join((link.url, link.text, sentence))


def of_kind(link: Link, words: str, wanted: frozenset[str]) -> bool:
    """Whether a link given is of a kind asked, by its address or by the words around it (`links_given`)."""
    return url_kind(link.url) in wanted or bool(kinds_of(words) & wanted)


def gives_a_link_of(post: Post, kinds: frozenset[str]) -> bool:
    """Whether the post gives a usable link of one of `kinds` (`of_kind`)."""
    return any(of_kind(link, words, kinds) for link, _, words in links_given(post, set()))


BARE_URL = re.compile(r"https?://\S+")


def _carries(part: str, url: str, label: str) -> bool:
    """Whether a piece of text holds a link, by its URL or by its words."""
    return holds_url(part, url) or bool(label and label != url and label in part)


def _line_with(text: str, url: str, label: str) -> str:
    """The paragraph that carries a link (by its URL or its words), for its kind and its quote."""
    lines = _lines(text)
    for i, line in enumerate(lines):
        if _carries(line, url, label):
            if (len(line) < 40 or line.strip() in (url, label)) and i > 0:
                return lines[i - 1] + "\n" + line
            return line
    return ""


def heading_above(text: str, url: str, label: str) -> str:
    """The nearest line above a link's that names a thing (a GA, a week, a session, a day): under
    "Week 3 session on Monday / Link: …" the link is week 3's, however little its own line says."""
    headings = _headings(text)
    return headings[line_of(text, url, label)] if headings else ""


def line_of(text: str, url: str, label: str) -> int:
    """Which of a text's `_lines` carries a link (the first if none does)."""
    return next((i for i, line in enumerate(_lines(text)) if _carries(line, url, label)), 0)


@lru_cache(maxsize=ANALYSED)
def _lines(text: str) -> tuple[str, ...]:
    """A text's lines that are not blank: split once for all the links of a post."""
    return tuple(ln for ln in text.split("\n") if ln.strip())


@lru_cache(maxsize=ANALYSED)
def _headings(text: str) -> tuple[str, ...]:
    """For each of a text's `_lines`, the nearest line above it that names a thing ("" when none): read
    once for all the links of a post, each line's things once."""
    out: list[str] = []
    heading = ""
    for line in _lines(text):
        out.append(heading)
        if things_asked(line):
            heading = line
    return tuple(out)


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=\S)")


def sentence_with(text: str, url: str, label: str) -> str:
    """The sentence that carries a link, with the one before when it is short ("Recording:"): what
    the link is said to be, not what the rest of its paragraph speaks of."""
    parts = _SENTENCE_SPLIT.split(_line_with(text, url, label))
    for i, part in enumerate(parts):
        if _carries(part, url, label):
            return f"{parts[i - 1]} {part}" if len(part) < 40 and i > 0 else part
    return " ".join(parts)


_CLAUSE_SPLIT = re.compile(
    r"\s*(?:;|\b(?:but|whereas|while|meanwhile|in the meantime|mais|tandis que|alors que|en attendant)\b)\s*"
)


def clause_with(sentence: str, url: str, label: str) -> str:
    """The clause of a sentence that carries a link: in "session 4's recording is not ready, but
    here is session 5's: <link>" the link is session 5's alone."""
    clauses = _CLAUSE_SPLIT.split(sentence)
    return next((c for c in clauses if _carries(c, url, label)), sentence)


def excerpt(post: Post, url: str) -> str:
    """Verbatim words of the post around its link, short enough to quote."""
    text = analyse(post).with_cited
    label = next((link.text for link in every_link(post) if link.url == url), "")
    part = _line_with(text, url, label) or text
    if len(part) > EXCERPT_CHARS:
        part = part[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"
    return part.strip()


_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
NAME = r"[A-ZÀ-Ý][\w'’-]{2,}"
"""A name, as a capitalised word of three letters or more ("Sète", "Brive", "Lyon")."""
_NAME = re.compile(rf"(?<![\w/.]){NAME}")


_LABEL = re.compile(r"^[\s*\u2022#>-]*(?:\d{1,2}[.)]\s*)?([^:\u2014\u2013\n]{2,60}?)\s*(?::|\s[\u2014\u2013-]\s)")
"""What a line of a list is about: its words before a colon or a dash ("GT **numérique** : mercredi 18h — …")."""


def names_another_item(post: Post, url: str, asked: str) -> bool:
    """The link sits on one item of a list whose other items the request names by a name of theirs alone ("et
    pour Sète, c'est où qu'on s'inscrit ?" under "- Montpellier : inscriptions ici <form>" and "- Sète : Yannick
    postera le formulaire"; "je suis dans le GT numérique" under "- GT alimentation : … <call>" and "- GT
    numérique : … lien donné par Farid"): the link is the other item's, no answer. An item is a list point, else,
    in a post of no list, a line; its names are its capitalised words and the words of its label, read folded."""
    text = analyse(post).text
    items = [line for line in text.splitlines() if _ITEM.match(line)]
    listed = len(items) >= 2
    if not listed:
        items = [line for line in text.splitlines() if line.strip()]
    own = [i for i, line in enumerate(items) if holds_url(line, url)]
    if len(items) < 2 or len(own) != 1:
        return False
    names = [_unelided(_item_names(BARE_URL.sub(" ", line), listed)) for line in items]
    unique = [these - set().union(*names[:i], *names[i + 1 :]) for i, these in enumerate(names)]
    if not listed and not unique[own[0]]:
        return False  # a line with no name of its own ("Meet link: <call>") is no item of a list
    asked_words = _singular(_unelided(set(re.findall(r"[\w'-]+", fold(asked)))))
    named = {i for i, these in enumerate(unique) if _singular(these) & asked_words}
    return bool(named) and own[0] not in named


_ITEM_WORD = re.compile(r"[a-z]{5,}")
"""A word long enough to name a programme's item ("reemploi", "alimentation"), folded."""


@lru_cache(maxsize=256)
def _programme_words(opening: str, title: str) -> tuple[frozenset[str], ...]:
    """The words of each point of the opening post's list that no other point, no other line of the post and not the
    title has: what names that point alone ("semences", not the "tiers-lieux" of every line)."""
    lines = [fold(BARE_URL.sub(" ", line)) for line in opening.splitlines()]
    items = [line for line in lines if _ITEM.match(line)]
    words = [frozenset(_ITEM_WORD.findall(line)) - _DAY_OR_MONTH for line in items]
    common = frozenset(_ITEM_WORD.findall(" ".join([fold(title), *(line for line in lines if not _ITEM.match(line))])))
    return tuple(these - common - frozenset().union(*words[:i], *words[i + 1 :]) for i, these in enumerate(words))


def another_programme_item(topic: Topic, url: str, asked: str) -> bool:
    """A link whose address names one point of the programme the topic opens on, asked for another ("Replay séance 1 :
    …/replay-transition-1-reemploi" for "le replay de la séance sur l'alimentation", under "1. Réemploi et
    ressourceries", "2. Alimentation locale"): a session's recording or form is no answer for another's. Its address
    alone: the words around a link may name another point to set it apart ("le formulaire c'est pour le covoiturage
    🙂 Pour la visio c'est <call>")."""
    opening = topic.posts[0] if topic.posts else None
    if opening is None or len(unique := _programme_words(analyse(opening).text, topic.title)) < 2:
        return False
    given = set(_ITEM_WORD.findall(fold(re.sub(r"[-_/.]", " ", url))))
    wanted = set(_ITEM_WORD.findall(fold(asked)))
    of_link = {i for i, these in enumerate(unique) if these & given}
    of_ask = {i for i, these in enumerate(unique) if these & wanted}
    return bool(of_link) and bool(of_ask) and not of_link & of_ask


def _unelided(words: set[str]) -> set[str]:
    """Words without the article or pronoun elided before them ("l'atelier couture" asked names the "Atelier" of one
    item, and the place "L'Atelier 79" of another is the same word)."""
    return {_ELIDED.sub("", w) for w in words} - {""}


_ELIDED = re.compile(r"^(?:l|d|qu|j|n|s|c|m|t)'")
"""A French article or pronoun elided before a word ("l'", "d'", "qu'")."""


def _singular(words: set[str]) -> set[str]:
    """Words without their plural's "s" ("bénévoles" asked as "bénévole")."""
    return {w.removesuffix("s") if len(w) > 3 else w for w in words}


_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)[\s*#>-]*")
"""Where a sentence opens in a line: a capitalised word there is no name."""
_DAY_OR_MONTH = set(MONTHS.split("|")) | set(WEEKDAYS_EN) | set(WEEKDAYS_FR)
"""Capitalised words that date an item rather than name it ("Thursday", "Oct")."""


def _item_names(line: str, listed: bool) -> set[str]:
    """An item's capitalised words and, in a list, the words of its label, folded. A line that is no list point
    ("Visio de l'antenne Limousin jeudi : <call>" above "Pour l'antenne Auvergne, Héloïse enverra les infos") is
    named by its capitalised words but those opening a sentence, days and months aside; a line with no name of its
    own ("Meet link: <call>") makes no list. Words any sentence uses ("Pour", "ici") name no item."""
    if not listed:
        opening = {m.end() for m in _SENTENCE_START.finditer(line)}
        return {fold(m.group(0)) for m in _NAME.finditer(line) if m.start() not in opening} - _DAY_OR_MONTH
    label = _LABEL.match(line.replace("**", ""))
    words = set(re.findall(r"[\w'-]{3,}", fold(label.group(1)))) if label else set()
    return ({fold(n) for n in _NAME.findall(line)} | words) - STOP
