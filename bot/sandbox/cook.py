"""Raw markdown → Discourse-like cooked HTML.

markdown-it-py (CommonMark, ``breaks`` on like Discourse) plus the Discourse
extensions a bot meets: ``[quote]`` blocks, ``@mentions``, ``[date]`` local
dates, ``:emoji:`` and bare-URL links. The output imitates the shape of real
Discourse cooked HTML (see the quote/mention/emoji/date samples in real topic
exports); it is not byte-identical (no oneboxes, no lightboxes, no avatars
fetched from a CDN).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from markdown_it import MarkdownIt
from markdown_it.token import Token

__all__ = ["EMOJI", "cook"]

# A small set of emoji names; unknown names stay plain text, like Discourse.
EMOJI = frozenset(
    [
        "smile",
        "smiley",
        "grinning",
        "grin",
        "laughing",
        "joy",
        "wink",
        "blush",
        "slight_smile",
        "upside_down_face",
        "thinking",
        "neutral_face",
        "confused",
        "frowning",
        "slightly_frowning_face",
        "cry",
        "sob",
        "rage",
        "heart",
        "+1",
        "-1",
        "thumbsup",
        "thumbsdown",
        "clap",
        "pray",
        "raised_hands",
        "muscle",
        "ok_hand",
        "wave",
        "tada",
        "confetti_ball",
        "rocket",
        "star",
        "sparkles",
        "fire",
        "white_check_mark",
        "heavy_check_mark",
        "x",
        "warning",
        "bulb",
        "eyes",
        "point_right",
        "point_up",
        "calendar",
        "date",
        "clock3",
        "memo",
        "pencil",
        "link",
        "handshake",
        "sunflower",
        "seedling",
        "house",
        "europe_african",
        "france",
        "open_mouth",
        "hugs",
        "partying_face",
        "sweat_smile",
        "rofl",
        "innocent",
    ]
)

_URL_RE = re.compile(r"https?://[^\s<>\"]+")
_MENTION_RE = re.compile(r"(?<![\w@/.\-])@([\w][\w.\-]*[\w]|[\w])", re.UNICODE)
_EMOJI_RE = re.compile(r"(?<![\w:]):([a-z0-9_+\-]+):(?![\w:])")
_DATE_RE = re.compile(r"\[date=(\d{4}-\d{2}-\d{2})((?:\s+\w+=(?:\"[^\"]*\"|[^\s\]]+))*)\s*\]")
_ATTR_RE = re.compile(r"(\w+)=(?:\"([^\"]*)\"|([^\s\]]+))")
_QUOTE_OPEN_RE = re.compile(r"^\s*\[quote(?:=(\"[^\"]*\"|[^\]]*))?\]\s*$", re.IGNORECASE)
_QUOTE_CLOSE_RE = re.compile(r"^\s*\[/quote\]\s*$", re.IGNORECASE)
_FENCE_RE = re.compile(r"^\s*(```|~~~)")

# (username) -> canonical username or None; (name) -> group name or None
UserLookup = Callable[[str], "str | None"]


def _make_md() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"breaks": True, "html": False, "linkify": False, "xhtmlOut": False})
    md.enable("table")
    md.enable("strikethrough")
    return md


_MD = _make_md()


def cook(
    raw: str,
    user_exists: UserLookup | None = None,
    group_exists: UserLookup | None = None,
) -> str:
    """Render ``raw`` to cooked HTML.

    ``user_exists(name)`` returns the canonical username if the user exists
    (mentions of unknown users become ``<span class="mention">``).
    """
    user_exists = user_exists or (lambda _n: None)
    group_exists = group_exists or (lambda _n: None)
    parts = []
    for kind, payload in _split_quotes(raw):
        if kind == "md":
            if payload.strip():
                parts.append(_render_markdown(payload, user_exists, group_exists).strip())
        else:
            attrs, inner = payload
            parts.append(_render_quote(attrs, inner, user_exists, group_exists))
    return "\n".join(p for p in parts if p)


# --------------------------------------------------------------------------- quotes


def _split_quotes(raw: str):
    """Split raw into markdown chunks and top-level [quote] blocks (nesting ok)."""
    lines = raw.replace("\r\n", "\n").split("\n")
    out: list = []
    buf: list[str] = []
    i = 0
    in_fence = None
    while i < len(lines):
        line = lines[i]
        fence = _FENCE_RE.match(line)
        if in_fence:
            buf.append(line)
            if fence and fence.group(1) == in_fence:
                in_fence = None
            i += 1
            continue
        if fence:
            in_fence = fence.group(1)
            buf.append(line)
            i += 1
            continue
        m = _QUOTE_OPEN_RE.match(line)
        if m:
            depth, j = 1, i + 1
            while j < len(lines):
                if _QUOTE_OPEN_RE.match(lines[j]):
                    depth += 1
                elif _QUOTE_CLOSE_RE.match(lines[j]):
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if depth == 0:
                if buf:
                    out.append(("md", "\n".join(buf)))
                    buf = []
                out.append(("quote", (m.group(1), "\n".join(lines[i + 1 : j]))))
                i = j + 1
                continue
        buf.append(line)
        i += 1
    if buf:
        out.append(("md", "\n".join(buf)))
    return out


def _parse_quote_attrs(spec: str | None) -> dict:
    if not spec:
        return {}
    spec = spec.strip()
    if spec.startswith('"') and spec.endswith('"'):
        spec = spec[1:-1]
    pieces = [p.strip() for p in spec.split(",")]
    attrs = {"username": pieces[0]} if pieces and pieces[0] else {}
    for p in pieces[1:]:
        if ":" in p:
            k, v = p.split(":", 1)
            attrs[k.strip()] = v.strip()
    return attrs


def _render_quote(spec, inner, user_exists, group_exists) -> str:
    a = _parse_quote_attrs(spec)
    user = a.get("username")
    data = ""
    if user:
        data += f' data-username="{html.escape(user)}"'
    if a.get("post", "").isdigit():
        data += f' data-post="{a["post"]}"'
    if a.get("topic", "").isdigit():
        data += f' data-topic="{a["topic"]}"'
    if a.get("full") == "true":
        data += ' data-full="true"'
    body = cook(inner, user_exists, group_exists)
    title = ""
    if user:
        title = (
            '<div class="title">\n<div class="quote-controls"></div>\n'
            f'<img alt="" width="24" height="24" src="/letter_avatar_proxy/v4/letter/'
            f'{html.escape(user[:1].lower())}/8e7dd6/48.png" class="avatar"> {html.escape(user)}:</div>\n'
        )
    return f'<aside class="quote no-group"{data}>\n{title}<blockquote>\n{body}\n</blockquote>\n</aside>'


# --------------------------------------------------------------------------- inline


def _render_markdown(text: str, user_exists, group_exists) -> str:
    env = {"user_exists": user_exists, "group_exists": group_exists}
    tokens = _MD.parse(text, env)
    for tok in tokens:
        if tok.type == "inline" and tok.children:
            tok.children = _rewrite_inline(tok.children, env)
    return _MD.renderer.render(tokens, _MD.options, env)


def _rewrite_inline(children: list[Token], env) -> list[Token]:
    out: list[Token] = []
    link_depth = 0
    for tok in children:
        if tok.type == "link_open":
            link_depth += 1
        elif tok.type == "link_close":
            link_depth -= 1
        if tok.type == "text" and link_depth == 0:
            rendered = _rich_text(tok.content, env)
            if rendered is not None:
                t = Token("html_inline", "", 0)
                t.content = rendered
                out.append(t)
                continue
        out.append(tok)
    return out


def _rich_text(text: str, env) -> str | None:
    """HTML for a text run with dates, URLs, mentions and emoji, or None if plain."""
    if not any(c in text for c in "@:[") and "http" not in text:
        return None
    pieces: list[str] = []
    pos = 0
    pattern = re.compile(
        "|".join(
            [
                f"(?P<date>{_DATE_RE.pattern})",
                f"(?P<url>{_URL_RE.pattern})",
                f"(?P<mention>{_MENTION_RE.pattern})",
                f"(?P<emoji>{_EMOJI_RE.pattern})",
            ]
        ),
        re.UNICODE,
    )
    changed = False
    for m in pattern.finditer(text):
        repl = None
        if m.group("date"):
            repl = _render_date(m.group("date"))
        elif m.group("url"):
            url = m.group("url").rstrip(".,;:!?)’'\"")
            tail = m.group("url")[len(url) :]
            repl = f'<a href="{html.escape(url)}" rel="noopener nofollow ugc">{html.escape(url)}</a>{html.escape(tail)}'
        elif m.group("mention"):
            repl = _render_mention(m.group("mention")[1:], env)
        elif m.group("emoji"):
            name = m.group("emoji")[1:-1]
            if name in EMOJI:
                repl = (
                    f'<img src="/images/emoji/twitter/{name}.png?v=12" title=":{name}:" '
                    f'class="emoji" alt=":{name}:" loading="lazy" width="20" height="20">'
                )
        if repl is None:
            continue
        pieces.append(html.escape(text[pos : m.start()], quote=False))
        pieces.append(repl)
        pos = m.end()
        changed = True
    if not changed:
        return None
    pieces.append(html.escape(text[pos:], quote=False))
    return "".join(pieces)


def _render_mention(name: str, env) -> str:
    user = env["user_exists"](name)
    if user:
        return f'<a class="mention" href="/u/{html.escape(user.lower())}">@{html.escape(name)}</a>'
    group = env["group_exists"](name)
    if group:
        return f'<a class="mention-group" href="/groups/{html.escape(group.lower())}">@{html.escape(name)}</a>'
    return f'<span class="mention">@{html.escape(name)}</span>'


def _render_date(src: str) -> str:
    m = _DATE_RE.match(src)
    if m is None:  # callers pass text that already matched as a date; anything else stays text
        return html.escape(src)
    date = m.group(1)
    attrs = {k: (v1 if v1 else v2) for k, v1, v2 in _ATTR_RE.findall(m.group(2) or "")}
    time = attrs.get("time")
    tzname = attrs.get("timezone")
    data = [f'data-date="{date}"']
    if time:
        data.append(f'data-time="{html.escape(time)}"')
    data.append('class="discourse-local-date"')
    for key in ("format", "timezones", "countdown", "recurring", "displayedTimezone"):
        if key in attrs:
            dashed = re.sub(r"([A-Z])", lambda x: "-" + x.group(1).lower(), key)
            data.append(f'data-{dashed}="{html.escape(attrs[key])}"')
    try:
        tz = ZoneInfo(tzname) if tzname else ZoneInfo("UTC")
        if tzname:
            data.append(f'data-timezone="{html.escape(tzname)}"')
    except (ZoneInfoNotFoundError, ValueError):
        tz = ZoneInfo("UTC")
    try:
        hh, mm, *ss = (time or "00:00").split(":")
        local = datetime.fromisoformat(date).replace(
            hour=int(hh), minute=int(mm), second=int(ss[0]) if ss else 0, tzinfo=tz
        )
        utc = local.astimezone(ZoneInfo("UTC"))
        shown = utc.strftime("%Y-%m-%dT%H:%M:%SZ") if time else date
        data.append(f'data-email-preview="{shown} UTC"')
    except ValueError:
        shown = date
    return f"<span {' '.join(data)}>{shown}</span>"
