"""What scribe posts never pings by accident and never carries raw HTML.

Handlers list in an action the usernames it may notify; every other `@name`
(including @all/@here and groups) is put in inline code, which Discourse never
turns into a mention. Quote blocks and code are left alone: Discourse ignores
mentions there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.text import MENTION

_PROTECTED = re.compile(r"```.*?```|`[^`\n]*`|\[quote[^\]]*\].*?\[/quote\]", re.S | re.I)
_TAG = re.compile(r"<(?=[A-Za-z/!?])")
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


def _outside_protected(raw: str, fix: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> str:
    out: list[str] = []
    pos = 0
    for m in _PROTECTED.finditer(raw):
        out.append(fix.sub(repl, raw[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(fix.sub(repl, raw[pos:]))
    return "".join(out)


def defuse_mentions(raw: str, allowed: tuple[str, ...] | list[str] = ()) -> str:
    keep = {a.lower() for a in allowed}

    def repl(m: re.Match[str]) -> str:
        return m.group(0) if m.group(1).lower() in keep else f"`@{m.group(1)}`"

    return _outside_protected(raw, MENTION, repl)


def escape_html(raw: str) -> str:
    """`<tag` becomes `&lt;tag` outside code, so no HTML reaches the cooked post."""
    return _outside_protected(raw, _TAG, "&lt;")


def clean(raw: str, allowed: tuple[str, ...] | list[str] = ()) -> str:
    return escape_html(defuse_mentions(raw, allowed))


def mark(raw: str, key: str) -> str:
    """Append the invisible marker that lets the outbox recognise its own post after a crash."""
    return f"{raw.rstrip()}\n\n{MARKER.format(key=key.replace('--', '-'))}"


def has_mark(raw: str | None, key: str) -> bool:
    return bool(raw) and MARKER.format(key=key.replace("--", "-")) in raw  # type: ignore[operator]
