"""Discourse's own markup, written in one place: post and topic links, quotes, `[date]`,
and member or model text made inert (no ping, no HTML, no BBCode, no hashtag, emoji code or
emoticon, no link but http(s)).

Scribe's posts are built from typed pieces: its own markup (links to posts, quotes,
dates, the usernames it means to ping) and member or model text, which enters only
through `inert` (or `url` for an address, `plain_name` for a username, `plain_title`
for a topic title).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from zoneinfo import ZoneInfo

ZWSP = "\u200b"
"""Put after `@` and between `//`: Discourse's mention rule needs a word character right
after `@`, linkify needs `//`; readers see the same text."""

_URL = re.compile(r"(?<![A-Za-z0-9+.-])https?://(?=[A-Za-z0-9\[])[^\s\x00-\x1f]+", re.I)
"""An http(s) address with a host: "http://#here" has none, Discourse links nothing and its "#here" is a hashtag."""
DATE_TAG = re.compile(r'\[date=\d{4}-\d\d-\d\d(?: time=\d\d:\d\d(?::\d\d)?)?(?: timezone="[\w/+\-]+")?\]')
"""A well-formed local date: in member text it stays a date (each reader sees it in their
own zone), the one piece of BBCode that can neither ping, nor carry HTML, nor hide text."""
_KEPT = re.compile(f"{DATE_TAG.pattern}|{_URL.pattern}", re.I)
# Markdown and Discourse syntax characters, backslash-escaped wherever they are (CommonMark
# lets any ASCII punctuation be escaped, and an escaped character is plain text).
_ESCAPE = frozenset("\\`*_~[]{}<>&|")
# Characters that open a block only at the start of a line: heading, quote, list, setext, table.
_LINE_START = frozenset("#>+-=")
_ORDERED = re.compile(r"(\d{1,9})([.)])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# In an address, what could end it early or be read as markup is percent-encoded.
_URL_UNSAFE = re.compile(r"[^A-Za-z0-9\-._~:/?#!$&'()+,;=%\u00a0-\U0010ffff]|&(?=#|[A-Za-z0-9]+;)|[\u200b-\u200f]")
_URL_DELIMITER = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|~(?=~)|(?<=~)~")
_NAME = re.compile(r"[^\w.\-]")
HASHTAG_CHAR = r"[\u00C0-\u1FFF\u2C00-\uD7FF\w:-]"
"""What may follow `#` in a Discourse hashtag (features/hashtag-autocomplete.js)."""
_HASHTAG_CHAR = re.compile(HASHTAG_CHAR)
EMOTICONS = (
    *(":)", ":-)", ":(", ":-(", ":'(", ":'-(", ":-'(", ":p", ":P", ":-P", ":O", ":-O", ":D", ":-D"),
    *(":|", ":-|", ":/", ":$", ":-$", ";)", ";-)", ";P", ";-P", "8-)", "^_^", "^__^"),
)
"""What Discourse turns into an emoji image when its emoji shortcuts are on (pretty-text's emoji
translations): after a space, a punctuation mark or nothing, before a space or nothing. A forum's
own translations are not known here."""
EMOTICON = re.compile("|".join(re.escape(e) for e in sorted(EMOTICONS, key=len, reverse=True)))


class Inert(str):
    """Text already made inert: `inert` returns it unchanged, so escaping twice is harmless."""

    __slots__ = ()


def inert(text: str) -> Inert:
    """Member or model text as Discourse markdown that shows the same words on one line and
    does nothing: no mention (`@` is escaped and kept from the name by a zero-width space), no
    HTML, no BBCode, no markdown construct, no hashtag, emoji code or emoticon (`:)`), no link
    but http(s) ones. On one line, it cannot end the list item, heading or table cell it is put in."""
    if isinstance(text, Inert):
        return text
    return _inert_words(_CONTROL.sub("", text).split())


def inert_lines(text: str) -> str:
    """`inert`, line by line: a quote's body keeps the lines of the post."""
    if isinstance(text, Inert):
        return text
    # Leading whitespace goes (it would make an indented code block: Discourse turns
    # no-break spaces into spaces when a post is saved), the rest of each line is escaped.
    return "\n".join(_line_start(_escape_line(line.lstrip())) for line in _lines(text))


def inert_paragraphs(text: str) -> list[Inert]:
    """Model or member text that breaks its lines on purpose (paragraphs, the lines of a list), as
    inert lines for the caller to lay out (indented under its own bullet): each line as `inert`
    makes it, so none opens a heading, a list, a quote, a code block or BBCode; an address alone on
    its line written `<…>`, an autolink Discourse never oneboxes; one empty line where the text
    left one or more, none at either end."""
    if isinstance(text, Inert):
        return [text] if text else []
    out: list[Inert] = []
    for line in _lines(text):
        words = line.split()
        if not words:
            if out and out[-1]:
                out.append(Inert(""))
        elif len(words) == 1 and _URL.fullmatch(words[0]):
            out.append(Inert(f"<{url(words[0])}>"))
        else:
            out.append(_inert_words(words))
    while out and not out[-1]:
        out.pop()
    return out


def _lines(text: str) -> list[str]:
    """The lines of `text`, whichever line breaks it uses, without control characters."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")


def _inert_words(words: list[str]) -> Inert:
    """Words as `inert` makes them, on one line."""
    return Inert(_line_start(_escape_line(" ".join(words))))


def _escape_line(line: str) -> str:
    out: list[str] = []
    pos = 0
    for m in _KEPT.finditer(line):
        out.append(_escape_text(line[pos : m.start()]))
        out.append(m.group(0) if m.group(0).startswith("[") else url(m.group(0)))
        pos = m.end()
    out.append(_escape_text(line[pos:]))
    return "".join(out)


def _escape_text(text: str) -> str:
    out: list[str] = []
    for i, c in enumerate(text):
        nxt = text[i + 1 : i + 2]  # at the end of a piece, an address may follow: "@http…"
        if c in _ESCAPE:
            out.append("\\" + c)
        elif c == "@":
            out.append("\\@" + ("" if nxt.isspace() and nxt else ZWSP))
        elif c == "/" and nxt == "/":
            out.append("/" + ZWSP)  # no protocol-relative or ftp:// link
        elif c == "#" and (not nxt or _HASHTAG_CHAR.match(nxt)):
            out.append("#" + ZWSP)  # an escape would not stop the hashtag rule (it reads text)
        elif c == ":" and (i == 0 or boundary(text[i - 1])) and not (nxt.isspace() or nxt == ":"):
            out.append(":" + ZWSP)  # nor the emoji rule
        elif c in ";8^" and (i == 0 or boundary(text[i - 1])) and EMOTICON.match(text, i):
            out.append(c + ZWSP)  # nor an emoticon ("^_^", ";)"), which the escapes of "_" would not stop
        else:
            out.append(c)
    return "".join(out)


def boundary(c: str) -> bool:
    """Whitespace or punctuation: what Discourse's mention, hashtag and emoji rules need beside them
    (features/text-post-process.js)."""
    return c.isspace() or unicodedata.category(c)[0] in "PS"


def _line_start(line: str) -> str:
    if not line:
        return line
    if line[0] in _LINE_START:
        return "\\" + line
    m = _ORDERED.match(line)
    if m:
        return f"{m.group(1)}\\{m.group(2)}{line[m.end() :]}"
    return line


def url(address: str) -> str:
    """An http(s) address as a bare link Discourse will linkify, every character that could be
    read as markup percent-encoded; anything else (javascript:, data:, //host, mailto:) as text."""
    scheme = re.match(r"https?://", address, re.I)
    if not scheme:
        return inert(address)
    # Past its own `//`, a `//` could start a protocol-relative link if linkify stops early.
    rest = address[scheme.end() :].replace("//", "/%2F")
    rest = _URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group(0).encode()), rest)
    # `_` and `~~` could open emphasis or strikethrough if linkify stopped early; inside a word
    # a `_` cannot, and stays as it is (`utm_source`).
    return scheme.group(0) + _URL_DELIMITER.sub(lambda m: "%5F" if m.group(0) == "_" else "%7E", rest)


def link(label: str, address: str) -> str:
    """`[label](address)` for an http(s) or forum-relative address; the label alone otherwise."""
    text = inert(label)
    if address.startswith("/") and not address.startswith("//"):
        target = _URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group(0).encode()), address)
    elif re.match(r"https?://", address, re.I):
        target = url(address)
    else:
        return text
    target = target.replace("(", "%28").replace(")", "%29")
    return f"[{text}]({target})"


def plain_name(username: str) -> str:
    """A username as plain text (never `@name`): only the characters Discourse allows in one."""
    return _NAME.sub("", username)


def plain_title(text: str) -> str:
    """Text for a topic or message title: one line, no control character. Discourse escapes
    titles itself and never reads mentions or markdown in them."""
    return " ".join(_CONTROL.sub("", text).split())


def topic_url(topic_id: int, slug: str | None = None) -> str:
    return f"/t/{plain_name(slug or '') or '-'}/{topic_id}"


def post_url(topic_id: int, post_number: int, slug: str | None = None) -> str:
    return f"{topic_url(topic_id, slug)}/{post_number}"


def post_link(topic_id: int, post_number: int) -> str:
    """`[#12](/t/-/7/12)`: a short link to a post."""
    return f"[#{post_number}]({post_url(topic_id, post_number)})"


def post_links(topic_id: int, numbers: list[int]) -> str:
    return ", ".join(post_link(topic_id, n) for n in numbers)


def topic_link(title: str, topic_id: int, slug: str | None = None) -> str:
    return f"[{inert(title)}]({topic_url(topic_id, slug)})"


def quote(username: str, post_number: int, topic_id: int, text: str) -> str:
    """A `[quote]` readers can follow back to its post. The quoted text is made inert like any
    member text: Discourse does not notify mentions inside a quote, but HTML and BBCode in it
    would still be cooked, and a `[/quote]` in it would end the quote early."""
    return f'[quote="{plain_name(username)}, post:{post_number}, topic:{topic_id}"]\n{inert_lines(text)}\n[/quote]'


def date(moment: datetime, tz: str, all_day: bool = False) -> str:
    """`[date=… time=… timezone=…]`: every reader sees the moment in their own time zone."""
    local = moment.astimezone(ZoneInfo(tz))
    if all_day:
        return f'[date={local:%Y-%m-%d} timezone="{tz}"]'
    return f'[date={local:%Y-%m-%d} time={local:%H:%M:%S} timezone="{tz}"]'


def date_range(start: datetime, end: datetime | None, tz: str, all_day: bool = False) -> str:
    first = date(start, tz, all_day)
    if end is None or all_day:
        return first
    return f"{first} → {date(end, tz)}"
