"""What scribe posts never pings by accident and never carries raw HTML: the outbox's last net.

Member and model text is already inert (`bot.markup.inert`); this pass catches whatever
slipped through. Handlers list in an action the usernames it may notify; every other
`@name` (including @all/@here and groups) gets a zero-width space after its `@`, which
Discourse's mention rule cannot read past. `<tag` becomes `&lt;tag`, and entities that
stand for `@` are written out. Only real code (fenced blocks, code spans with matching
backtick runs) is left alone: Discourse reads no mention or HTML there. Quotes are not
exempt: a `[quote]` written in the middle of a line is no quote.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from bot.markup import ZWSP

# Only what is surely code is left alone: a fence at the start of a line (an indented one may
# belong to a list item that ends before it does), a code span within one line and one cell.
_FENCE = re.compile(r"^(`{3,}|~{3,})")
_CLOSE = re.compile(r"^ {0,3}(`{3,}|~{3,})\s*$")
# Linkify may swallow backticks into an address and pair the rest differently: on a line
# with anything it could link, no code span is trusted.
_LINKISH = re.compile(r"[:/]/|www\.|\w\.[^\W\d_]{2}|\w@\w", re.I)
# `@` then a name, backslash escapes included (`@\\_x` is cooked as `@_x`).
_MENTION = re.compile(r"@((?:\\?[\w.-])+)")
# An address such as contact@example.org, written where no link can end just before its `@`
# (a dotted or schemed name could be linkified up to it, leaving `@domain` to ping).
_EMAIL = re.compile(r"(?<!\S)[A-Za-z0-9_+-]*[A-Za-z0-9]@[\w-]+(?:\.[\w-]+)+")
_TAG = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});")
MARKER = "<!-- scribe:{key} -->"
_TOPIC_LINK = re.compile(r"\{\{topic:([^}]+)\}\}")


def topic_link(key: str) -> str:
    """A placeholder for the address of the topic another action creates; the outbox fills it in."""
    return "{{topic:" + key + "}}"


def fill_topic_links(raw: str, created: dict[str, int]) -> str:
    """Replace placeholders with `/t/{topic_id}` of topics already created (or drop the link)."""
    return _TOPIC_LINK.sub(lambda m: f"/t/{created[m.group(1)]}" if m.group(1) in created else "#", raw)


def topic_keys(raw: str) -> list[str]:
    return _TOPIC_LINK.findall(raw)


def _segments(raw: str) -> list[tuple[str, bool]]:
    """`raw` cut into (text, is_code) pieces: fenced code blocks and code spans as CommonMark
    reads them (a backtick run closes only on a run of the same length; `\\`` is no opener),
    when in doubt text."""
    out: list[tuple[str, bool]] = []
    text: list[str] = []
    fence: str | None = None
    for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        m = _FENCE.match(line)
        if fence is not None:
            out.append((line + "\n", True))
            end = _CLOSE.match(line)
            if end and end.group(1)[0] == fence[0] and len(end.group(1)) >= len(fence):
                fence = None
        elif m and not (m.group(1)[0] == "`" and "`" in line[m.end() :]):
            out += _spans("".join(text))
            text = []
            fence = m.group(1)
            out.append((line + "\n", True))
        else:
            text.append(line + "\n")
    out += _spans("".join(text))
    if out:
        last, code = out[-1]
        out[-1] = (last[:-1] if last.endswith("\n") else last, code)
    return out


def _run(text: str, i: int) -> int:
    j = i
    while j < len(text) and text[j] == "`":
        j += 1
    return j - i


def _spans(text: str) -> list[tuple[str, bool]]:
    """Code spans of a piece of text outside fences, trusted only if every backtick run pairs
    within its own line (else markdown may pair them across lines, differently)."""
    lines = text.split("\n")
    out: list[tuple[str, bool]] = []
    for line in [f"{x}\n" for x in lines[:-1]] + lines[-1:]:
        pieces = _line_spans(line)
        if pieces is None:
            return [(text, False)]
        out += pieces
    return out


def _line_spans(text: str) -> list[tuple[str, bool]] | None:
    """The line cut into text and code spans; None if a backtick run finds no partner in it."""
    if _LINKISH.search(text):
        return [(text, False)] if "`" not in text else None
    out: list[tuple[str, bool]] = []
    pos = i = 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c != "`":
            i += 1
            continue
        n = _run(text, i)
        close = _closing(text, i + n, n)
        if close is None:
            return None
        out.append((text[pos:i], False))
        out.append((text[i : close + n], True))
        pos = i = close + n
    out.append((text[pos:], False))
    return [(t, code) for t, code in out if t]


def _closing(text: str, i: int, n: int) -> int | None:
    """Where a run of exactly `n` backticks closes a span opened before `i` (same line and cell)."""
    end = min((k for k in (text.find("\n", i), text.find("|", i)) if k >= 0), default=len(text))
    while i < end:
        if text[i] == "`":
            m = _run(text, i)
            if m == n and i + m <= end:
                return i
            i += m
        else:
            i += 1
    return None


def _outside_code(raw: str, fix: Callable[[str], str]) -> str:
    return "".join(piece if code else fix(piece) for piece, code in _segments(raw))


def defuse_mentions(raw: str, allowed: tuple[str, ...] | list[str] = ()) -> str:
    keep = {a.lower() for a in allowed}

    def fix(text: str) -> str:
        def entity(m: re.Match[str]) -> str:
            # An entity can spell a name or an `@` (`&#64;here`): none is left to decode.
            live = html.unescape(m.group(0)) != m.group(0) and not _escaped(text, m.start())
            return "&amp;" + m.group(0)[1:] if live else m.group(0)

        text = _ENTITY.sub(entity, text)
        emails = {m.start() + m.group(0).index("@") for m in _EMAIL.finditer(text)}

        def repl(m: re.Match[str]) -> str:
            name = m.group(1).replace("\\", "").rstrip(".-")
            if not (name[:1].isalnum() or name[:1] == "_") or name.lower() in keep or m.start() in emails:
                return m.group(0)
            return "@" + ZWSP + m.group(1)

        return _MENTION.sub(repl, text)

    return _outside_code(raw, fix)


def escape_html(raw: str) -> str:
    """`<tag` becomes `&lt;tag` outside code (unless already backslash-escaped), so no HTML
    reaches the cooked post."""

    def fix(text: str) -> str:
        return "".join(
            "&lt;" if c == "<" and _TAG.match(text, i) and not _escaped(text, i) else c for i, c in enumerate(text)
        )

    return _outside_code(raw, fix)


def _escaped(text: str, i: int) -> bool:
    n = 0
    while i - n - 1 >= 0 and text[i - n - 1] == "\\":
        n += 1
    return n % 2 == 1


def clean(raw: str, allowed: tuple[str, ...] | list[str] = ()) -> str:
    return escape_html(defuse_mentions(raw, allowed))


def mark(raw: str, key: str) -> str:
    """Append the invisible marker that lets the outbox recognise its own post after a crash."""
    return f"{raw.rstrip()}\n\n{MARKER.format(key=key.replace('--', '-'))}"


def has_mark(raw: str | None, key: str) -> bool:
    return bool(raw) and MARKER.format(key=key.replace("--", "-")) in raw  # type: ignore[operator]
