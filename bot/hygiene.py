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

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_MENTION = re.compile(r"@(?=\w)([\w.-]*\w|\w)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
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
    reads them (a backtick run closes only on a run of the same length; `\\`` is no opener)."""
    out: list[tuple[str, bool]] = []
    text: list[str] = []
    fence: str | None = None
    for line in raw.split("\n"):
        m = _FENCE.match(line)
        if fence is not None:
            out.append((line + "\n", True))
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not line[m.end() :].strip():
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
            i += n
            continue
        out.append((text[pos:i], False))
        out.append((text[i : close + n], True))
        pos = i = close + n
    out.append((text[pos:], False))
    return [(t, code) for t, code in out if t]


def _closing(text: str, i: int, n: int) -> int | None:
    """Where a run of exactly `n` backticks closes a span opened before `i` (same paragraph)."""
    end = text.find("\n\n", i)
    end = len(text) if end < 0 else end
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
            live = html.unescape(m.group(0)) in ("@", "<") and not _escaped(text, m.start())
            return "&amp;" + m.group(0)[1:] if live else m.group(0)

        text = _ENTITY.sub(entity, text)
        emails = [m.span() for m in _EMAIL.finditer(text)]

        def repl(m: re.Match[str]) -> str:
            if m.group(1).lower() in keep or any(a < m.start() < b for a, b in emails):
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
