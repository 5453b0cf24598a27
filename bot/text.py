"""What a post says: its own words, the quotes it carries, its mentions and links.

Real Discourse exports carry only `cooked` HTML; the API's post lists also carry
`raw`. Both go through one path: raw is rendered to HTML the way Discourse would
(BBCode quotes become `aside.quote`), then read with selectolax.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from threading import Lock
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from bot.models import Post

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_QUOTE_OPEN = re.compile(r'\[quote(?:=(?:"([^"\]]*)"|([^\]]*)))?\]\s*', re.I)
_QUOTE_CLOSE = re.compile(r"\s*\[/quote\]", re.I)
_URL_REST = r"[^\s<>\"')\]]*[^\s<>\"')\].,;:!?]"
"""An address after its first character, the punctuation that ends a sentence after it left out."""
_URL = re.compile(rf"https?://[^\s<>\"')\]]{_URL_REST}", re.I)
MENTION = re.compile(r"(?<![\w@/`])@([\w][\w.-]*\w|\w)")
"""`@name` as Discourse links it; also used to write names that must not ping."""
EMOJI_CODE = re.compile(r"(?<![\w:]):[a-z0-9_+-]+:(?:t[2-6]:)?(?!:)")
"""An emoji code as Discourse reads it (`getEmojiName`): after a space, punctuation or nothing, with
an optional skin tone, whatever follows (":dart:Il faut" is a dart, then words); ":47:" inside the
time "1:47:00" is none. Quoted text drops them: made inert, they would show as their code."""


@dataclass(frozen=True)
class Quote:
    username: str | None
    post_number: int | None
    topic_id: int | None
    text: str


_TOPIC_PAGE = re.compile(r"^(?:(?:https?:)?//[^/]+)?/t/(?:[^/?#]+/)?\d+(?:/\d+)?/?(?:[?#].*)?$", re.I)
_CHAT_INVITE = re.compile(
    r"//(?:www\.)?(?:chat\.whatsapp\.com|wa\.me|t\.me|telegram\.me|discord\.gg|discord\.com/invite|"
    r"join\.slack\.com|signal\.group)/",
    re.I,
)
ADDRESS = re.compile(rf"\b(?:https?://|www\.){_URL_REST}", re.I)
"""A web address written out in a text: its words ("…/session-on-friday/…") say nothing of the post's. The
full stop after it is the sentence's ("Join at https://meet.example/abc. Tomorrow we rest.")."""


def topic_page(url: str) -> bool:
    """The address of a forum topic (`/t/slug/123`, `/t/123/4`), on whatever host: where something is
    told, never a call, a recording or a form itself."""
    return _TOPIC_PAGE.match(url) is not None


def chat_invite(url: str) -> bool:
    """An invitation to a chat group (WhatsApp, Telegram, Discord…): no meeting's join link."""
    return _CHAT_INVITE.search(url) is not None


@dataclass(frozen=True)
class Link:
    url: str
    text: str


@dataclass(frozen=True)
class PostText:
    """A post read once: own text (quotes, code and oneboxes removed) and its parts. `with_cited`:
    the own text with the bare blockquotes (Markdown "> ") left in place, for what a post passes on
    as it is (an announcement forwarded from an e-mail still announces its meeting); `text` leaves
    them out, as someone else's words (a reply quoting the question it answers asks nothing);
    `cited`: the text of each outermost one (whose post it copies is for the reader to find);
    `tables`: the cooked tables outside quotes (see `tables`)."""

    text: str
    quotes: tuple[Quote, ...]
    mentions: frozenset[str]
    links: tuple[Link, ...]
    with_cited: str
    cited: tuple[str, ...] = ()
    tables: tuple[tuple[tuple[str, ...], ...], ...] = ()


def analyse(post: Post) -> PostText:
    """Read a post, cached on its id, version and a hash of its texts (an edit is read again):
    the hash, not the texts, so that the cache keeps no post's whole text alive."""
    key = (post.id, post.version, hash((post.cooked, post.raw)))
    with _ANALYSED_LOCK:
        got = _ANALYSED.get(key)
        if got is not None:
            _ANALYSED.move_to_end(key)
            return got
    got = read_once(post)
    with _ANALYSED_LOCK:
        _ANALYSED[key] = got
        while len(_ANALYSED) > ANALYSED:
            _ANALYSED.popitem(last=False)
    return got


def read_once(post: Post) -> PostText:
    """`analyse` without the cache: for a pass over more posts than the cache holds, which would
    only fill it with texts nobody reads again."""
    if post.cooked:
        return read_html(post.cooked, from_raw=False)
    return read_html(render_raw(post.raw or ""), from_raw=True)


ANALYSED = 4096
"""Posts whose reading `analyse` keeps."""
_ANALYSED: OrderedDict[tuple[int, int, int], PostText] = OrderedDict()
_ANALYSED_LOCK = Lock()  # posts are read on the event loop and in worker threads


@cache
def _markdown() -> MarkdownIt:
    """The markdown renderer, built when a post without `cooked` is first read."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "breaks": True})


def render_raw(raw: str) -> str:
    """Markdown + Discourse quote BBCode to HTML close to Discourse's cooked."""
    parts: list[str] = []
    pos = 0
    depth = 0
    for m in re.finditer(r'\[quote(?:=(?:"[^"\]]*"|[^\]]*))?\]|\[/quote\]', raw, re.I):
        chunk = raw[pos : m.start()]
        if chunk.strip():
            parts.append(_markdown().render(chunk))
        pos = m.end()
        if m.group(0).lower().startswith("[/quote"):
            if depth:
                parts.append("</blockquote></aside>")
                depth -= 1
            continue
        attrs = _quote_attrs(m.group(0))
        data = "".join(f' data-{k}="{html.escape(str(v))}"' for k, v in attrs.items() if v is not None)
        parts.append(f'<aside class="quote no-group"{data}><blockquote>')
        depth += 1
    tail = raw[pos:]
    if tail.strip():
        parts.append(_markdown().render(tail))
    parts.append("</blockquote></aside>" * depth)
    return "".join(parts)


def _quote_attrs(tag: str) -> dict[str, str | None]:
    m = _QUOTE_OPEN.match(tag)
    spec = (m.group(1) or m.group(2) or "") if m else ""
    fields = [f.strip() for f in spec.split(",") if f.strip()]
    attrs: dict[str, str | None] = {"username": None, "post": None, "topic": None}
    for i, f in enumerate(fields):
        key, sep, value = f.partition(":")
        if sep and key.strip() in ("post", "topic"):
            attrs[key.strip()] = value.strip()
        elif i == 0:
            attrs["username"] = f
    return attrs


def _content_root(doc: str) -> LexborNode:
    """The parsed document's <body>, where a post's content is read."""
    tree = LexborHTMLParser(doc)
    root = tree.body or tree.root
    if root is None:  # lexbor always builds <html><body>, even for an empty string
        raise ValueError("HTML parser returned no document")
    return root


def read_html(doc: str, from_raw: bool = False) -> PostText:
    root = _content_root(doc)
    quotes = tuple(_read_quote(a) for a in root.css("aside.quote"))
    for node in root.css("aside.quote"):
        node.decompose()
    cells = _read_tables(root) if not from_raw and "<table" in doc else ()
    for node in root.css("pre, aside.onebox, .lightbox-wrapper .meta, div.poll-info"):
        node.decompose()
    for img in root.css("img.emoji"):
        img.replace_with(img.attributes.get("alt") or "")
    for span in root.css("span.discourse-local-date"):
        span.replace_with(_date_markup(span.attributes) or span.text())
    mentions = {n.text(strip=True).lstrip("@").lower() for n in root.css("a.mention, span.mention")}
    links = [_link(a) for a in root.css("a[href]") if _is_content_link(a)]
    text, with_cited, cited = _split_cited(root)
    if from_raw:
        bare = LexborHTMLParser(doc)
        for node in bare.css("aside.quote, pre, code"):
            node.decompose()
        mentions |= {m.lower() for m in MENTION.findall(bare.text(separator=" "))}
        known = {link.url for link in links}
        links += [Link(u, u) for u in _URL.findall(with_cited) if u not in known]
    return PostText(text, quotes, frozenset(mentions), tuple(links), with_cited, cited, cells)


def _date_markup(attrs: dict[str, str | None]) -> str | None:
    """A cooked `[date]` read back as the `[date]` its author wrote: its text is the instant in
    UTC (what the server rendered), the attributes say the instant in the author's zone."""
    day = attrs.get("data-date")
    if not day or not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        return None
    clock = attrs.get("data-time") or ""
    zone = attrs.get("data-timezone") or ""
    time_part = f" time={clock}" if re.fullmatch(r"\d\d:\d\d(?::\d\d)?", clock) else ""
    zone_part = f' timezone="{zone}"' if re.fullmatch(r"[\w/+-]+", zone) else ""
    return f"[date={day}{time_part}{zone_part}]"


def _read_quote(aside: LexborNode) -> Quote:
    a = aside.attributes
    body = aside.css_first("blockquote")
    return Quote(
        username=a.get("data-username"),
        post_number=_int(a.get("data-post")),
        topic_id=_int(a.get("data-topic")),
        text=_block_text(body) if body else "",
    )


def _is_content_link(a: LexborNode) -> bool:
    classes = (a.attributes.get("class") or "").split()
    href = a.attributes.get("href") or ""
    if {"mention", "mention-group", "hashtag", "hashtag-cooked", "lightbox"} & set(classes):
        return False
    return href.startswith(("http://", "https://", "//")) or (href.startswith("/") and not href.startswith("/u/"))


_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "blockquote", "tr", "br", "ul", "ol", "aside", "hr"}


def _block_text(node: LexborNode) -> str:
    """Text with a line break after each block element, whitespace tidied."""
    return _tidy("".join(_pieces(node)))


def _pieces(node: LexborNode, quoted: list[tuple[int, int]] | None = None) -> list[str]:
    """`_walk` of the node, its `<br>` first made line breaks."""
    for br in node.css("br"):
        br.replace_with("\n")
    out: list[str] = []
    _walk(node, out, quoted)
    return out


def _split_cited(root: LexborNode) -> tuple[str, str, tuple[str, ...]]:
    """`_block_text` of the root without its bare blockquotes, with them, and of each outermost
    one, from one walk: the pieces each blockquote wrote are cut out of the whole."""
    spans: list[tuple[int, int]] = []
    out = _pieces(root, spans)
    if not spans:
        text = _tidy("".join(out))
        return text, text, ()
    own: list[str] = []
    at = 0
    for start, end in spans:
        own += out[at:start]
        at = end + 1  # the line break after the blockquote goes with it
    own += out[at:]
    cited = tuple(_tidy("".join(out[start:end])) for start, end in spans)
    return _tidy("".join(own)), _tidy("".join(out)), cited


def _tidy(text: str) -> str:
    # Runs of spaces, tabs and no-break spaces become one space, spaces around a line break go,
    # three line breaks or more become two: with `str.replace`, several times faster than regexes.
    text = text.replace("\t", " ").replace("\xa0", " ")
    while "  " in text:
        text = text.replace("  ", " ")
    text = text.replace(" \n", "\n").replace("\n ", "\n")
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()


def _walk(node: LexborNode, out: list[str], quoted: list[tuple[int, int]] | None = None) -> None:
    """The text pieces of `node` into `out`; with `quoted`, where each outermost blockquote's
    pieces start and end in `out` (the line break after it not included). Walked with a stack of its
    own, not by recursion: a post of thousands of unclosed tags nests that deep."""
    tasks: list[_Task] = [_Kids(node, quoted)]
    while tasks:
        task = tasks.pop()
        if isinstance(task, str):
            out.append(task)
        elif isinstance(task, _Quote):
            task.mark(out)
        else:
            children = []
            child = task.node.child
            while child is not None:
                children.append(child)
                child = child.next
            for child in reversed(children):
                tasks.extend(_visit(child, task.quoted))


@dataclass
class _Kids:
    """Walk a node's children, recording blockquotes in `quoted` if given."""

    node: LexborNode
    quoted: list[tuple[int, int]] | None


@dataclass
class _Quote:
    """Where an outermost blockquote's pieces start (its first mark) and end (its second)."""

    quoted: list[tuple[int, int]]
    start: int | None = None

    def mark(self, out: list[str]) -> None:
        if self.start is None:
            self.start = len(out)
        else:
            self.quoted.append((self.start, len(out)))


_Task = str | _Kids | _Quote


def _visit(child: LexborNode, quoted: list[tuple[int, int]] | None) -> list[_Task]:
    """What one child node adds to the walk, in stack order (the last task runs first)."""
    if child.tag == "-text":
        return [child.text_content or ""]
    if child.tag == "li":
        return ["\n", _Kids(child, quoted), "\n- "]
    if child.tag == "tr":
        return _row(child, quoted)
    if quoted is not None and child.tag == "blockquote":
        quote = _Quote(quoted)
        return ["\n", quote, _Kids(child, None), quote]
    return [*(["\n"] if child.tag in _BLOCKS else []), _Kids(child, quoted)]


def _row(tr: LexborNode, quoted: list[tuple[int, int]] | None) -> list[_Task]:
    """A table row of a label and its value as one line ("Date : samedi 30 mai 2026", "Heure : 14h00": read one a
    line, the label would part from what it labels); other rows as blocks, a cell a line (a timetable's grid is no
    sentence)."""
    cells = [c for c in tr.iter() if c.tag in ("td", "th")]
    label = cells[0].text(strip=True) if len(cells) == 2 else ""
    if not label or len(label) > ROW_LABEL_CHARS or any(ch.isdigit() for ch in label) or not cells[1].text(strip=True):
        return ["\n", _Kids(tr, quoted)]
    return ["\n", _Kids(cells[1], quoted), " : ", _Kids(cells[0], quoted)]


ROW_LABEL_CHARS = 25
"""The longest first cell of two read as the label of the second ("Date", "Heure", "Lieu", "Zoom link")."""


class _FoldTable(dict[int, str]):
    """`str.translate` table built on demand: accents removed, typographic marks made plain."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        if c in "\u2019\u2018":
            value = "'"
        elif c in "\xa0\u202f":
            value = " "
        else:
            value = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
        self[code] = value
        return value


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, accents removed, typographic apostrophes made plain: for matching."""
    text = text.lower()
    return text if text.isascii() else text.translate(_FOLD)


def fold_same_length(text: str) -> str:
    """`fold`, one character for one, so a match's indices are valid in the original text."""
    return text.lower() if text.isascii() else "".join(map(_fold_char, text))


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    folded = c.lower().translate(_FOLD)
    return folded if len(folded) == 1 else c.lower()[:1] or c


def _int(v: str | None) -> int | None:
    try:
        return int(v) if v not in (None, "") else None
    except ValueError:
        return None


_URL_GOES_ON = re.compile(r"[\w/?=&%#~+-]|\.(?=\w)")
"""What, right after an address, makes it part of a longer one ("…/atelier-com" inside "…/atelier-compta")."""


def holds_url(text: str, url: str) -> bool:
    """Whether a text holds a link's address as a whole, not as the start of a longer one: the line of
    ".../rencontre-atelier-compta" does not hold ".../rencontre-atelier-com"."""
    at = text.find(url)
    while at >= 0:
        if not _URL_GOES_ON.match(text, at + len(url)):
            return True
        at = text.find(url, at + 1)
    return False


def every_link(post: Post) -> tuple[Link, ...]:
    """Every link the post itself carries, oneboxes included; quotes and code excluded.

    `analyse(post).links` leaves out oneboxes (they are not the author's words); a
    post that shows its meeting link as a onebox still carries it.
    """
    return _every_link(post.id, post.version, post.cooked, post.raw)


@lru_cache(maxsize=4096)
def _every_link(_id: int, _version: int, cooked: str, raw: str | None) -> tuple[Link, ...]:
    doc = cooked or render_raw(raw or "")
    root = _content_root(doc)
    links: list[Link] = list(_embedded(root))
    seen: set[str] = {link.url for link in links}
    for node in root.css("aside.quote, pre, code"):
        node.decompose()
    for a in root.css("a[href]"):
        if _is_content_link(a) and (link := _link(a)).url not in seen:
            seen.add(link.url)
            links.append(link)
    for url in _URL.findall(root.text(separator=" ")):
        if url not in seen:
            seen.add(url)
            links.append(Link(url, url))
    return tuple(links)


def _embedded(root: LexborNode) -> Iterator[Link]:
    """The links a post shows as a preview rather than as an anchor of its own: another topic's onebox
    (an `aside.quote` with no quoted author, its title linking the topic), a video player (old `lazyYT`,
    current `lazy-video-container`) or an embedded frame. "A short video is available here:" above a
    player gives its link."""
    for aside in root.css("aside.quote"):
        if "data-username" not in aside.attributes:
            for a in aside.css("div.title a[href]"):
                if _is_content_link(a):
                    yield _link(a)
    for player in root.css("div.lazyYT[data-youtube-id], div.lazy-video-container[data-video-id]"):
        video = player.attributes.get("data-youtube-id") or player.attributes.get("data-video-id") or ""
        provider = player.attributes.get("data-provider-name") or "youtube"
        if video and provider == "youtube":
            yield Link(f"https://www.youtube.com/watch?v={video}", player.attributes.get("data-youtube-title") or "")
    for frame in root.css("iframe[src]"):
        src = frame.attributes.get("src") or ""
        if src.startswith(("http://", "https://")):
            yield Link(src, "")


_WRAPPERS = ("safelinks.protection.outlook.com", "urldefense.com", "urldefense.proofpoint.com", "secure-web.cisco.com")
"""Mail filters that rewrite every address of a message a list forwards to the forum."""
_URLDEFENSE_V3 = re.compile(r"/v3/__(.+?)__;")


def _link(a: LexborNode) -> Link:
    """An anchor as its reader follows it."""
    text = a.text(strip=True)
    return Link(_unwrapped(a.attributes.get("href") or "", text), text)


def _unwrapped(href: str, text: str) -> str:
    """The address a mail filter's wrapper (Outlook SafeLinks, Proofpoint URL Defense, Cisco Secure Email) stands
    for: the anchor's text when it is itself an address, else the one the wrapper encodes. Scribe never passes a
    wrapper on: it is not where the author pointed, and it carries the mail address of whoever received it."""
    parts = urlsplit(href)
    host = (parts.hostname or "").lower()
    if not any(host == w or host.endswith("." + w) for w in _WRAPPERS):
        return href
    if _URL.fullmatch(text):
        return text
    query = parse_qs(parts.query)
    if inner := query.get("url"):
        return _unwrapped(inner[0], text)  # SafeLinks around another filter's wrapper
    if host == "secure-web.cisco.com" and (encoded := parts.path.split("/", 2)[-1]).startswith("http"):
        return unquote(encoded)  # Cisco Secure Email: "/<token>/https%3A%2F%2Fexample.org%2Fa"
    if inner := query.get("u"):
        if parts.path.startswith("/v2/"):
            return unquote(inner[0].replace("-", "%").replace("_", "/"))  # URL Defense v2: "https-3A__example.org_a"
        if parts.path.startswith("/v1/"):
            return inner[0]
    v3 = _URLDEFENSE_V3.search(unquote(href))
    return v3.group(1) if v3 else href


def element_attributes(post: Post, selector: str) -> list[dict[str, str]]:
    """Attributes of the cooked elements matching `selector` outside quotes (e.g. Discourse's
    `span.discourse-local-date` data-date/data-time/data-timezone), in document order."""
    if not post.cooked:
        return []
    return [dict(attrs) for attrs in _element_attributes(post.cooked, selector)]


@lru_cache(maxsize=1024)
def _element_attributes(cooked: str, selector: str) -> list[dict[str, str]]:
    root = _content_root(cooked)
    for node in root.css("aside.quote"):
        node.decompose()
    return [{k: v or "" for k, v in node.attributes.items()} for node in root.css(selector)]


def tables(post: Post) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The cooked tables outside quotes, in document order, each as its rows of cells' texts (header
    rows included): a table says by its layout what its cells are, which the flat text loses. Read
    with the rest of the post (`analyse`), from the same parse."""
    return analyse(post).tables if post.cooked and "<table" in post.cooked else ()


def _read_tables(root: LexborNode) -> tuple[tuple[tuple[str, ...], ...], ...]:
    return tuple(
        tuple(tuple(c.text(strip=True) for c in row.css("th, td")) for row in table.css("tr"))
        for table in root.css("table")
    )


# --- words that are never content: greetings, thanks, sign-offs, "+1", link requests, meta -----
#
# One table for every feature. Each pattern reads `fold`ed text and matches at its start.

_GREETING_WORDS = (
    r"bonjour|bonsoir|salut|coucou|hello|hi|hey|dear|greetings|good (?:morning|afternoon|evening)|respected|namaste|"
    r"yo|cher|chere|chers|cheres"
)
_THANKS_WORDS = (
    r"(?:un grand |many |(?:first and foremost, )?(?:i |we )?(?:sincerely |really |truly |heartily )?)?"
    r"(?:merci|mercis|thanks|thank you|thank|thx|ty|bravo|felicitations|congrats|congratulations|appreciate)"
)
_SIGNOFF_WORDS = (
    r"kind regards|kindest regards|best regards|warm regards|regards|best|cheers|cordialement|bien a (?:vous|toi)|"
    r"bonne (?:journee|soiree|semaine)|au plaisir|a bientot|see you"
)
_AGREEMENT_WORDS = (
    r"\+ ?1|\+\+|pareil|idem|moi aussi|moi de meme|meme question|meme chose|meme probleme|"
    r"same(?: here| question| for me| problem)?|me too|ditto|je confirme|seconded"
)
_AGREEMENT_LEADS = rf"(?>@[\w.-]+)|(?>exact\w*)|oui|yes|{_GREETING_WORDS}|tout a fait|please|pls|svp|sir"
_ADDRESSEES = r"(?:[\s,]+(?:a |à )?(?:tous|toutes|tout le monde|all|everyone|everybody|@?[\w.-]+)){0,3}[\s,!.]*$"

GREETING = re.compile(rf"^(?:{_GREETING_WORDS})\b")
"""A sentence opening with a greeting ("Bonjour à tous", "Hello sir")."""
GREETING_ONLY = re.compile(rf"^(?:{_GREETING_WORDS})\b{_ADDRESSEES}")
"""A greeting and whom it greets, nothing else ("Bonjour à tous,")."""
THANKS = re.compile(rf"^{_THANKS_WORDS}\b")
"""A sentence opening with thanks or congratulations ("Merci à tous…", "We really appreciate…")."""
SIGNOFF = re.compile(rf"^(?:{_SIGNOFF_WORDS})\b")
"""A closing formula ("Cordialement", "Kind regards")."""
QUESTION_WORDS = (
    r"est-ce|qu'est-ce|comment|pourquoi|quel|quelle|quels|quelles|qui|ou|combien|how|why|what|which|who|where|when"
)
"""Words that open a question, in French and English (`fold`ed: "où" is "ou")."""
BARE_AGREEMENT = re.compile(
    r"^(?:\+ ?1|exact|exactement|same|me too|moi aussi|idem|pareil|ok|okay|yes|oui|d'accord|agreed)\b"
)
"""A sentence opening on agreement alone ("+1", "Pareil", "Same here")."""
AGREEMENT_LEAD = rf"(?:(?:{_AGREEMENT_LEADS})[\s,!.]*)*"
"""What may come before a "+1" or a "me too": mentions, "oui", greetings, "please"."""
AGREEMENT = re.compile(rf"^{AGREEMENT_LEAD}(?:{_AGREEMENT_WORDS})(?![\w])(?P<rest>.*)$", re.S)
"""A "+1" after optional mentions and courtesies; `rest` is what follows it."""
LINK_REQUEST = re.compile(
    r"(il manque le lien|manque (le|un) lien|lien d.inscription|ou est le lien|pas (de|le) lien|le lien svp|"
    r"where is the link|link (is )?(missing|not (found|working|available))|can'?t find the link|"
    r"(share|send|post) the link|no link|(provide|share|upload|send|post) the (recording|link|slides)|"
    r"recording (is |has )?not (been )?(uploaded|available|shared))"
)
"""Asking for a link: the links feature answers it; never a synthesis's content."""
META = re.compile(
    r"^(desole pour le pave|je me permets|petit partage|sorry for the (long|late)|tl;?dr|hope (this|it) helps)"
)
"""Words about the post itself ("désolé pour le pavé", "hope this helps")."""
_MENTION_LEAD = re.compile(r"^(@[\w.-]+[\s,:–—-]*)+")


def courtesy(folded: str) -> bool:
    """A sentence (folded) that opens with thanks or a sign-off, or that only greets: never a proposal."""
    return bool(THANKS.match(folded) or SIGNOFF.match(folded) or GREETING_ONLY.match(folded))


@lru_cache(maxsize=8192)
def is_noise(sentence: str) -> bool:
    """Greetings, thanks, "+1", requests for a link and remarks about the thread: never content.
    Short sentences only: a long one opening with "Merci" may still say something. Remembered:
    a long thread says "Thank you sir" many times."""
    text = _MENTION_LEAD.sub("", fold(" ".join(sentence.split()))).strip(" ,.!:;-")
    words = text.split()
    if len(words) < 3 or sum(map(str.isalpha, text)) < 0.5 * len(text):
        return True
    if LINK_REQUEST.search(text):
        return True
    if GREETING.match(text) and len(words) <= 8:
        return True
    if (THANKS.match(text) or SIGNOFF.match(text)) and len(words) <= 12:
        return True
    if BARE_AGREEMENT.match(text) and len(words) <= 10:
        return True
    return bool(META.match(text))
