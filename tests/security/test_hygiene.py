"""`markup.inert` makes any text inert in Discourse's markdown, and keeps what it says.

Adversarial text (mentions of @here/@all/groups, backslashes and backtick runs, entities,
HTML, Discourse BBCode, odd link schemes) goes through `inert`, then is cooked three ways:
markdown-it as Discourse configures it (CommonMark, linkify, HTML allowed) with Discourse's
mention rule run on the text nodes outside code and links; the token audit of `bot.fuzz`;
and the sandbox forum's own cook. None may show a mention, an HTML tag, a BBCode tag or a
link but http(s), and the visible text must still read as the original.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from selectolax.lexbor import LexborHTMLParser, LexborNode

from bot.fuzz import ATTACKS, TARGETS, audit, mentions_in, saved
from bot.hygiene import clean
from bot.markup import DATE_TAG, ZWSP, inert, inert_paragraphs, link, quote, url
from bot.sandbox.cook import cook

DISCOURSE = MarkdownIt("commonmark", {"html": True, "linkify": True, "breaks": True}).enable(
    ["linkify", "table", "strikethrough"]
)
ALPHABET = "@`\\[]<>&#:/()*_~|!=\"'{}.-+\n\t \r" + "aZ09é漢\u200b\u00a0\u202e"
WORDS = (
    *TARGETS,
    *(a.replace("{t}", t) for a in ATTACKS for t in ("here", "moderators")),
    "here",
    "all",
    "poll",
    "event",
    "chat",
    "wrap",
    "spoiler",
    "details",
    "quote",
    "/quote",
    "iframe",
    "img src=x onerror=alert(1)",
    "javascript:",
    "data:",
    "http://",
    "https://",
    "&#64;",
    "&#x40;",
    "&commat;",
    "&lt;",
    "&amp;",
    "```",
    "~~~",
    "    ",
    "\n\n",
    "1. ",
    "- ",
    "# ",
    "> ",
    "===",
)
text = st.lists(st.one_of(st.sampled_from(WORDS), st.text(ALPHABET, max_size=6), st.text(max_size=3)), max_size=20).map(
    "".join
)
SAFE_TAGS = {"html", "head", "body", "p", "br", "a"}
KNOWN = [
    "\\@here",
    "`@here",
    "``a` @all``",
    "`a`` @moderators",
    "x [quote]@here[/quote] y",
    "&#64;here",
    "@@discobot",
    "x.com@bob",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=//evil.example>",
    "[event]\n[/event]",
    "[poll]\n* a\n[/poll]",
    "[details=x]y[/details] [spoiler]s[/spoiler] [wrap=a]b[/wrap] [chat]c[/chat]",
    "[/quote]\n@here",
    "[x](javascript:alert(1)) <javascript:alert(1)> //evil.example ftp://evil.example mailto:a@b.example",
    "    @here\n```\n@here",
    "a\n\n\u00a0\u00a0\u00a0\u00a0\\*x* @here",
    "http://_a_ https://~~b~~ https://x.example/?utm_source=a_b",
    "@http://here",
    "Voir #staff-prive et (#bureau), puis #42",
    "C'est :white_check_mark: validé :tada: à 18:30",
    "http://#here https://?x#staff",
]


def _skipped(node: LexborNode) -> bool:
    """Inside a link or code, where Discourse reads no mention."""
    parent = node.parent
    while parent is not None:
        if parent.tag in ("a", "code", "pre"):
            return True
        parent = parent.parent
    return False


def discourse_findings(raw: str) -> list[str]:
    """What markdown-it, set up like Discourse, would cook from `raw` that inert text must not hold."""
    root = LexborHTMLParser(DISCOURSE.render(saved(raw))).body
    assert root is not None
    found = []
    for node in root.traverse(include_text=True):
        if node.tag == "-text":
            if not _skipped(node):
                found += [f"mention @{n}" for n in mentions_in(node.text_content or "")]
        elif node.tag not in SAFE_TAGS:
            found.append(f"tag <{node.tag}>")
        elif node.tag == "a" and not re.match(r"https?://", node.attributes.get("href") or ""):
            found.append(f"link {node.attributes.get('href')}")
    return found


def sandbox_findings(raw: str) -> list[str]:
    """The sandbox forum's cook (every name a user): no mention, no tag but emoji images.
    Its `[date]` is read on text after markdown escapes (Discourse reads BBCode in the
    source, where `\\[date` is no tag), so a date span is not counted here; the token audit
    and `unescaped_syntax` see BBCode as Discourse does."""
    root = LexborHTMLParser(cook(saved(raw), lambda n: n, lambda n: n)).body
    assert root is not None
    found = [f"mention {n.text()}" for n in root.css(".mention, .mention-group")]
    for node in root.traverse():
        classes = (node.attributes.get("class") or "").split()
        if (node.tag == "img" and "emoji" in classes) or (node.tag == "span" and "discourse-local-date" in classes):
            continue
        if node.tag not in SAFE_TAGS:
            found.append(f"tag <{node.tag}>")
        elif node.tag == "a" and not re.match(r"https?://", node.attributes.get("href") or ""):
            found.append(f"link {node.attributes.get('href')}")
    return found


def _visible(text: str) -> str:
    """Text as a reader compares it: no whitespace, no invisible character, addresses decoded."""
    text = unquote(text.replace("\x00", ""))
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf"))


def shown(raw: str) -> str:
    root = LexborHTMLParser(DISCOURSE.render(saved(raw))).body
    assert root is not None
    return _visible(root.text(separator=""))


def unescaped_syntax(raw: str) -> list[str]:
    """Markdown and BBCode characters in `raw` not preceded by an escaping backslash."""
    out, i = [], 0
    while i < len(raw):
        if raw[i] == "\\":
            i += 2
            continue
        if raw[i] in "`[]<>&*_~|{}" or (raw[i] == "@" and raw[i + 1 : i + 2] not in (ZWSP, " ", "\n", "\t")):
            out.append(raw[max(0, i - 10) : i + 10])
        i += 1
    return out


def _without_addresses(raw: str) -> str:
    """`raw` without what `inert` keeps on purpose: http(s) addresses and local dates."""
    return DATE_TAG.sub("", re.sub(r"https?://\S+", "", raw))


@settings(
    max_examples=1000, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(text)
def test_inert_text_does_nothing_in_discourse_and_reads_the_same(original: str) -> None:
    raw = inert(original)
    assert discourse_findings(raw) == []
    assert not audit(raw)
    assert sandbox_findings(raw) == []
    assert unescaped_syntax(_without_addresses(raw)) == []
    assert shown(raw) == _visible(original)
    assert clean(raw) == raw, "the outbox's last net leaves inert text as it is"


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(text)
@example(KNOWN[0])
def test_a_quote_of_member_text_holds_it_all(original: str) -> None:
    """A `[quote]` body is member text too: inert, and unable to end the quote early."""
    raw = quote("bob", 3, 7, original)
    assert not audit(raw)
    assert raw.count("\n[/quote]") == 1 and raw.endswith("\n[/quote]")
    assert sandbox_findings(raw.split("\n", 1)[1].rsplit("\n", 1)[0]) == []


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.text(max_size=60) | text)
def test_the_outbox_net_alone_stops_pings_and_html(original: str) -> None:
    """Text that never went through `inert` (a formatting line that forgot it): the outbox's
    `clean` still leaves no mention but the allowed ones and no HTML tag."""
    out = clean(original, ("alice",))
    found = audit(out, ("alice",))
    assert found.pings == [] and found.html == [], out


def test_known_attacks_are_inert():
    for original in KNOWN:
        raw = inert(original)
        assert discourse_findings(raw) == [], original
        assert not audit(raw), original
        assert sandbox_findings(raw) == [], original
        assert shown(raw) == _visible(original), original


def test_the_checks_see_what_they_look_for():
    """The checks themselves, on text that is not inert."""
    assert discourse_findings("hi @here and `@code` [@link](https://x.example)") == ["mention @here", "tag <code>"]
    assert discourse_findings('<img src=x onerror="alert(1)">') == ["tag <img>"]
    assert discourse_findings("[a](ftp://x.example)") == ["link ftp://x.example"]
    assert audit("x [event]y[/event] @all", ()).bbcode == ["[event", "[/event"]
    assert audit("&#64;here").pings == ["here"]
    assert sandbox_findings("@bob <b>x</b>") == ["mention @bob", "link /u/bob"]
    assert unescaped_syntax("\\[ok\\] [no") == ["\\[ok\\] [no"]
    assert audit("Voir #staff, (#bureau) et :tada: à 18:30").codes == ["#staff", "#bureau", ":tada:"]
    assert audit("\\#staff \\:tada\\:").codes == ["#staff", ":tada:"], "an escape does not stop them"


def test_hashtags_and_emoji_codes_of_member_text_stay_words() -> None:
    """Discourse cooks `#slug` in scribe's post with scribe's rights (a staff category's name
    shown to all) and `:name:` as an image: in member text they stay the words written."""
    for original in ("Le budget est dans #staff-prive, voir aussi #bureau.", "Option B :white_check_mark: validée"):
        raw = inert(original)
        assert audit(raw).codes == [], raw
        assert shown(raw) == _visible(original)
    assert audit(inert("Rendez-vous à 18:30, salle B:12")).codes == []


def test_the_audit_sees_emoticons_discourse_turns_into_emoji() -> None:
    """With emoji shortcuts on, Discourse turns `:)`, `;)`, `:D`, `^_^`… into images when a space or a
    punctuation mark is before them and a space or the end of the text after."""
    assert audit("Merci ;) à demain :D").codes == [";)", ":D"]
    assert audit("(^_^) ok, f(x;) et 8-)").codes == ["8-)"]
    assert audit("Bien joué :P\nsuite :( fin").codes == [":P", ":("]


def test_emoticons_of_member_text_stay_characters() -> None:
    """A member's or a model's `:)` is shown as typed, never as an emoji image scribe would post."""
    for original in (
        "Merci ;) à demain",
        "Super idée :D on vote",
        "Pas de chance :( on réessaie jeudi",
        "Good one ;-) see you",
        "^_^ ok pour moi",
        "Cool 8-) et :-P",
        "Just kidding ;P",
        "Hmm :/ not sure",
        "Oops :'( sorry",
    ):
        for raw in (inert(original), quote("alice", 2, 7, original)):
            assert audit(raw).codes == [], raw
        assert shown(inert(original)) == _visible(original)


def test_member_text_stays_on_its_line() -> None:
    """Text put in a list item or a heading cannot end it and start a block of its own: a
    paragraph holding an address alone (Discourse would onebox it), a heading, a list."""
    text = "On garde l'option B\n\n## Nouveau titre\n\nhttps://images.example/grand.png\n\n- autre point"
    for line in (f"- {inert(text)} (#3)", f"## {inert(text)}"):
        blocks = [t.type for t in DISCOURSE.parse(saved(line)) if t.level == 0]
        assert blocks in (["bullet_list_open", "bullet_list_close"], ["heading_open", "heading_close"]), line
    assert shown(inert(text)) == _visible(text)


MODEL_LINES = (
    "Le bureau retient l'option B.\n\n\n# Nouveau titre\n- louer deux barrières\n2. prévenir la mairie :)\n"
    "  https://images.example/plan.png  \n[quote]faux[/quote]\n> cité\n@everyone venez ;)\n```\n---\n\nFin."
)


def test_model_lines_keep_their_breaks_and_open_no_block() -> None:
    """A model's lines stay lines, each inert on its own: under scribe's bullet or alone, none opens
    a heading, a list, a quote, a code block or BBCode, and an address alone on its line is no onebox
    (Discourse oneboxes only a bare linkified address alone in a top-level paragraph)."""
    lines = inert_paragraphs(MODEL_LINES)
    assert len(lines) == 13 and lines[1] == "" and lines[-2] == "", lines
    bulleted = "- " + "\n".join(f"  {line}" if line else "" for line in lines).lstrip()
    for raw in (bulleted, "\n".join(lines)):
        tokens = DISCOURSE.parse(saved(raw))
        blocks = {t.type for t in tokens} - {"paragraph_open", "paragraph_close", "inline"}
        assert blocks <= {"bullet_list_open", "bullet_list_close", "list_item_open", "list_item_close"}, raw
        assert [t.type for t in tokens].count("list_item_open") == (1 if raw is bulleted else 0)
        assert not audit(raw), raw
        links = [c for t in tokens for c in t.children or () if c.type == "link_open"]
        assert [c.markup for c in links] == ["autolink"], "the lone address stays a link, not a onebox"
        assert shown(raw) == _visible(MODEL_LINES), raw
    assert inert_paragraphs("one line only") == [inert("one line only")]
    assert inert_paragraphs("\n\n  \n") == []
    assert inert_paragraphs(inert("déjà @inerte")) == [inert("déjà @inerte")], "escaped once, not twice"


def test_addresses_are_links_only_when_http():
    foreign = ("javascript:alert(1)", "data:text/html,x", "//evil.example/x", "ftp://evil.example", "mailto:a@b.c")
    for address in foreign:
        assert discourse_findings(url(address)) == [] and not audit(url(address)).links, address
        assert not audit(link("clic", address)).links, address
    assert url("https://a.example/p?q=1&r=<b>@here") == "https://a.example/p?q=1&r=%3Cb%3E%40here"
    assert link("[x]", "https://a.example/(y)") == "[\\[x\\]](https://a.example/%28y%29)"
    assert link("x", "/t/-/1/2") == "[x](/t/-/1/2)"


def test_a_local_date_in_member_text_stays_a_date_and_nothing_else_does() -> None:
    text = 'Session [date=2025-03-02 time=12:50:00 timezone="Asia/Kolkata"] then [date=2025-03-02 onclick=x] @here'
    made = inert(text)
    assert '[date=2025-03-02 time=12:50:00 timezone="Asia/Kolkata"]' in made
    assert "\\[date=2025-03-02 onclick=x\\]" in made and "@here" not in made
