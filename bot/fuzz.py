"""Adversarial posts through every handler, and an audit of what scribe would post.

`audit` reads a post body the way Discourse cooks it (markdown-it, CommonMark with linkify,
HTML allowed, then Discourse's mention rule on text outside code and links) and lists what
must never come from scribe unless it means it: mentions of anyone it was not asked to
notify, raw HTML tags, BBCode written by members, links to anything but http(s) or the
forum itself. `run` feeds seeded adversarial topics (mentions of @here/@all/groups, broken
code spans, entities, HTML, BBCode, odd links) through the real dispatcher in memory
(`bot.replay.Simulation`) and audits every forum write. Used by the tests and `scribe bench
--fuzz N`.
"""

from __future__ import annotations

import logging
import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from importlib.util import find_spec

from markdown_it import MarkdownIt
from markdown_it.token import Token

from bot import actions as A
from bot.app import load_settings, make_dispatcher
from bot.ctx import StaticForum
from bot.events import PostCreated, TickFired
from bot.hygiene import clean
from bot.markup import DATE_TAG, EMOTICON, HASHTAG_CHAR, boundary
from bot.models import Post, Topic, User
from bot.replay import Simulation

# ------------------------------------------------------------------------------ audit

# Discourse's mention rule (discourse-markdown-it features/mentions.js with unicode
# usernames): run on text tokens outside links and code, with a whitespace or punctuation
# boundary on both sides (features/text-post-process.js).
MENTION = re.compile(r"@(\w[\w.-]{0,58}\w)|@(\w)")
# Discourse's hashtag rule (features/hashtag-autocomplete.js, same boundaries as a mention),
# looked up with the permissions of the post's author: in scribe's post, a restricted
# category's name. And its emoji rule (features/emoji.js): `:name:` after a space or a
# punctuation mark, an image the forum chose (custom emoji included); with its emoji shortcuts
# on, an emoticon (`:)`, `;)`, `^_^`) after a space, a punctuation mark or nothing and before a
# space or nothing is one too.
HASHTAG = re.compile(rf"#{HASHTAG_CHAR}{{1,101}}")
EMOJI_CODE = re.compile(r":[\w+\-]{1,59}:")  # the names of emoji, custom ones included
BBCODE_TAGS = (
    "quote|poll|chat|event|wrap|spoiler|details|date|date-range|url|img|email|b|i|u|s|code|color|size|"
    "left|center|right|ul|ol|li|list|grid|timer|template|math|footnote|video|audio|iframe|table|hide|blur"
)
_BBCODE = re.compile(rf"\[/?(?:{BBCODE_TAGS})(?=[\s=\]/]|$)", re.I)
# BBCode scribe lets through: its own quotes of a post it names, and local dates (harmless).
_OWN_QUOTE = re.compile(r'^\[quote="[\w.\-]+, post:\d+, topic:\d+"\]$')
_OWN_DATE = DATE_TAG
_MARKER = re.compile(r"^<!-- scribe:[^>]*-->$")
_OWN_HREF = re.compile(r"^(?:https?://|/(?!/)|#|%7B%7Btopic:)", re.I)
# What Discourse does to a post's raw when it is saved (TextCleaner.normalize_whitespaces).
_WHITESPACE = re.compile("[\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


def saved(raw: str) -> str:
    """A post body as Discourse stores it: unusual spaces made plain, trailing space dropped."""
    return _WHITESPACE.sub(" ", raw).rstrip()


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "breaks": True, "linkify": find_spec("linkify_it") is not None})
    md.enable(["table", "strikethrough"])
    if md.options["linkify"]:
        md.enable("linkify")
    # Escaped characters stay apart (`\\[` is no BBCode); `audit` joins them back for the
    # mention rule, as Discourse's text_join does before its text post-processing.
    return md.disable("text_join")


_MD = _markdown()


@dataclass
class Audit:
    pings: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    bbcode: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    """Hashtags, emoji codes and emoticons of member text, which Discourse would cook as links or images."""

    def __bool__(self) -> bool:
        return bool(self.pings or self.html or self.bbcode or self.links or self.codes)


def _bounded(pattern: re.Pattern[str], text: str, ends: Callable[[str], bool] = boundary) -> list[re.Match[str]]:
    """Matches with a whitespace or punctuation boundary before them and a character `ends` accepts after
    them, the start and the end of the text counting as a space (text-post-process.js)."""
    out = []
    for m in pattern.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if boundary(before) and ends(after):
            out.append(m)
    return out


def mentions_in(text: str) -> list[str]:
    """Names Discourse's mention rule finds in one text token."""
    return [m.group(1) or m.group(2) for m in _bounded(MENTION, text)]


def codes_in(text: str) -> list[str]:
    """Hashtags, emoji codes and emoticons Discourse's rules find in one text token."""
    out = [m.group(0) for m in (*_bounded(HASHTAG, text), *_bounded(EMOTICON, text, str.isspace))]
    pos = 0
    while (code := EMOJI_CODE.search(text, pos)) is not None:
        if code.start() == 0 or boundary(text[code.start() - 1]):
            out.append(code.group(0))
            pos = code.end()
        else:
            pos = code.start() + 1
    return out


def _inline(tokens: list[Token]) -> Iterable[tuple[Token, int]]:
    """Every inline child with the depth of links around it; -1 inside a linkified address,
    whose text is the address decoded (`%5B` shown as `[`), not what the source says. A
    block's end is a `softbreak`-like separator: a mention never spans two blocks."""
    for block in tokens:
        depth = 0
        auto = False
        for child in block.children or ():
            if child.type == "link_open":
                depth += 1
                auto = child.markup in ("linkify", "autolink")
            elif child.type == "link_close":
                depth -= 1
                auto = False
            yield child, (-1 if auto else depth)
        yield Token("softbreak", "br", 0), 0


def _without_own_bbcode(raw: str) -> tuple[str, list[str]]:
    """Scribe's own quotes (opened and closed on their own lines) and dates blanked out."""
    lines = raw.split("\n")
    opened: list[int] = []
    unbalanced: list[str] = []
    for i, line in enumerate(lines):
        if _OWN_QUOTE.match(line):
            opened.append(i)
        elif line == "[/quote]" and opened:
            lines[opened.pop()] = ""
            lines[i] = ""
    unbalanced += [lines[i] for i in opened]
    return _OWN_DATE.sub(" ", "\n".join(lines)), unbalanced  # a date is cooked as its own element


def audit(raw: str, allowed: Iterable[str] = ()) -> Audit:
    """What in `raw` Discourse would turn into a ping, HTML, BBCode or a foreign link."""
    keep = {a.lower() for a in allowed}
    found = Audit()
    own_free, found.bbcode = _without_own_bbcode(saved(raw))
    tokens = _MD.parse(own_free)
    for tok in tokens:
        if tok.type == "html_block" and not _MARKER.match(tok.content.strip()):
            found.html.append(tok.content.strip())
    run: list[str] = []
    for child, depth in _inline(tokens):
        if child.type in ("text", "text_special") and depth == 0:
            run.append(child.content)
            if child.type == "text":
                found.bbcode += _BBCODE.findall(child.content)
            continue
        found.pings += [n for n in mentions_in("".join(run)) if n.lower() not in keep]
        found.codes += codes_in("".join(run))
        run = []
        if child.type == "html_inline" and not _MARKER.match(child.content):
            found.html.append(child.content)
        elif child.type == "text" and depth > 0:
            found.bbcode += _BBCODE.findall(child.content)
        elif child.type in ("link_open", "image"):
            href = str(child.attrs.get("href") or child.attrs.get("src") or "")
            if not _OWN_HREF.match(href):
                found.links.append(href)
    found.pings += [n for n in mentions_in("".join(run)) if n.lower() not in keep]
    found.codes += codes_in("".join(run))
    return found


# ------------------------------------------------------------------------------ posts

BOT = "scribe"
MEMBERS = ("alice", "bob", "chloe", "david", "emma", "farid", "gaelle", "hugo")
STAFF = ("orga", "modo")
TARGETS = ("here", "all", "moderators", "staff", "admins", "trust_level_1", "discobot", *MEMBERS, "orga")
ATTACKS = (
    "@{t}",
    "\\@{t}",
    "`@{t}",
    "``@{t}`",
    "```@{t}``",
    "`a`` @{t}",
    "``a`@{t}",
    "\\`@{t}`",
    "[quote]@{t}[/quote]",
    "x [quote]@{t}[/quote] y",
    '[quote="{t}, post:1, topic:1"]\n@{t}\n[/quote]',
    "[/quote]\n@{t}",
    "&#64;{t}",
    "&#x40;{t}",
    "&commat;{t}",
    "@@{t}",
    "(@{t})",
    "*@{t}*",
    "_@{t}_",
    "x.com@{t}",
    "**@{t}**",
    "> @{t}",
    "# @{t}",
    "    @{t}",
    "- @{t}",
    "@{t}.",
    "\u200b@{t}",
    "<b>@{t}</b>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">clic</a>',
    "<iframe src=//evil.example></iframe>",
    "<script>alert(1)</script>",
    "<details><summary>x</summary>y</details>",
    "<!-- scribe:reply:1:links -->",
    "[poll]\n* oui\n* non\n[/poll]",
    "[poll type=regular]\n* a\n[/poll]",
    "[chat quote=x]bla[/chat]",
    '[event start="2026-12-01 18:00" status="public"]\n[/event]',
    "[wrap=box]x[/wrap]",
    "[spoiler]secret[/spoiler]",
    "[details=Voir]caché[/details]",
    "[url=javascript:alert(1)]clic[/url]",
    "[img]https://evil.example/x.png[/img]",
    '[date=2026-12-01 time=18:00:00 timezone="Europe/Paris"]',
    "[x](javascript:alert(1))",
    "[x](//evil.example/y)",
    "![x](data:image/png;base64,AAAA)",
    "<javascript:alert(1)>",
    "javascript:alert(1)",
    "data:text/html,<b>x</b>",
    "//evil.example/x",
    "ftp://evil.example/f",
    "mailto:someone@evil.example",
    "someone@evil.example",
    "www.example.org",
    "{{topic:x}}",
    "| @{t} | x |\n|---|---|",
    "~~~\n@{t}\n~~~",
    "```\n@{t}\n```",
    "\\",
    "`",
    "*",
    "_",
    "<",
    "&",
    "\r\n",
    "\x00",
    "＠{t}",
    "@{t}\u0301",
    "🎉 @{t} 🎉",
    "#{t}",
    "(#staff-only)",
    ":white_check_mark: {t}",
    ":tada:",
    "{t} :) ;) :D :P",
    "^_^ {t} 8-)",
)
_NOISE = "@`\\[]<>&#:/()*_~|\n !?.,;=\"'{}é€漢\u200b\u00a0"


def attack(rng: random.Random) -> str:
    """One to three adversarial fragments with a little noise between them."""
    parts = []
    for _ in range(rng.randint(1, 3)):
        parts.append(rng.choice(ATTACKS).replace("{t}", rng.choice(TARGETS)))
        parts.append("".join(rng.choice(_NOISE) for _ in range(rng.randint(0, 4))))
    return "".join(parts)


def _post_text(rng: random.Random, kind: str, day: int) -> str:
    a = attack(rng)
    texts = {
        "announce": f"Bonjour,\n\nRéunion « {a} » le {day} décembre à 18h. Lien de la visio : "
        f"https://meet.example.org/{rng.randint(100, 999)} {attack(rng)}",
        "announce_nolink": f"Visio {a} le {day} décembre à 18h, le lien d'inscription est ci-dessous {attack(rng)}",
        "link_added": f"Voici le lien de la visio : https://meet.example.org/{rng.randint(100, 999)} {a}",
        "request": f"Hello @orga il manque le lien d'inscription à la visio ? {a}",
        "plus_one": f"+1 il manque le lien {a}",
        "propose": f"Je propose que {a} soit discuté.",
        "propose_list": f"Mes propositions :\n- {a}\n- il faudrait {attack(rng)}",
        "endorse": f"+1 pour {a}",
        "quote": f'[quote="bob, post:2, topic:1"]\n{a}\n[/quote]\n{attack(rng)}',
        "chatter": f"{a} {attack(rng)}",
        "cmd_link": f"@{BOT} lien {a}",
        "cmd_meetings": f"@{BOT} réunions {rng.choice(['', 'tout'])} {a}",
        "cmd_remind": f"@{BOT} rappelle-moi {a}",
        "cmd_unknown": f"@{BOT} {a}",
        "cmd_proposals": f"@{BOT} propositions {a}",
        "cmd_summary": f"@{BOT} synthèse {a}",
        "cmd_help": f"@{BOT} aide {a}",
        "cmd_planning": f"@{BOT} planning {a}",
        "staff_meeting": f"@{BOT} réunion 2026-12-{day:02d} 18:00 https://visio.example.org/{rng.choice(ATTACKS)} {a}",
        "staff_digest": f"@{BOT} digest {a}",
        "staff_reminders": f"@{BOT} rappels {a}",
        "staff_quiet": f"@{BOT} silence {a}",
    }
    return texts[kind]


KINDS = (
    ("announce", 3),
    ("announce_nolink", 2),
    ("request", 4),
    ("link_added", 1),
    ("plus_one", 2),
    ("propose", 4),
    ("propose_list", 2),
    ("endorse", 2),
    ("quote", 2),
    ("chatter", 6),
    ("cmd_link", 1),
    ("cmd_meetings", 1),
    ("cmd_remind", 1),
    ("cmd_unknown", 1),
    ("cmd_proposals", 1),
    ("cmd_summary", 1),
    ("cmd_help", 1),
    ("cmd_planning", 1),
    ("staff_meeting", 1),
    ("staff_digest", 1),
    ("staff_reminders", 1),
    ("staff_quiet", 1),
)


def topic(rng: random.Random, topic_id: int, posts: int, start: datetime) -> Topic:
    """A topic of adversarial posts: an announcement first, then requests, proposals, commands."""
    names, weights = zip(*KINDS, strict=True)
    out = []
    title = f"Visio {attack(rng)}"[:200]
    for n in range(1, posts + 1):
        kind = rng.choice(("announce", "announce_nolink")) if n == 1 else rng.choices(names, weights)[0]
        staff = kind.startswith("staff") or kind == "link_added" or n == 1
        user = rng.choice(STAFF) if staff else rng.choice(MEMBERS)
        out.append(
            Post(
                id=topic_id * 1000 + n,
                topic_id=topic_id,
                post_number=n,
                username=user,
                created_at=start + timedelta(minutes=7 * n),
                raw=_post_text(rng, kind, rng.randint(2, 28)),
                topic_title=title,
                topic_slug="visio",
                category_id=1,
                moderator=staff,
                like_count=rng.randint(0, 4),
            )
        )
    return Topic(id=topic_id, title=title, slug="visio", category_id=1, posts=tuple(out), posts_count=posts)


# ------------------------------------------------------------------------------ run


@dataclass
class Report:
    posts: int = 0
    writes: int = 0
    crashes: int = 0
    unintended_pings: int = 0
    raw_html: int = 0
    member_bbcode: int = 0
    foreign_links: int = 0
    member_codes: int = 0
    before_net: int = 0
    """Findings in the handlers' own bodies, before the outbox's net: 0 when every piece of
    member text went through `markup.inert`."""
    examples: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, int]:
        return {
            "fuzz.posts": self.posts,
            "fuzz.writes": self.writes,
            "fuzz.crashes": self.crashes,
            "fuzz.unintended_pings": self.unintended_pings,
            "fuzz.raw_html": self.raw_html,
            "fuzz.member_bbcode": self.member_bbcode,
            "fuzz.foreign_links": self.foreign_links,
            "fuzz.member_codes": self.member_codes,
            "fuzz.before_net": self.before_net,
        }


class _Failures(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _allowed(write: A.ForumWrite) -> tuple[str, ...]:
    """Whom a write may name with `@`: those it means to notify, and scribe itself (Discourse
    never notifies a post's author)."""
    return (BOT,) if isinstance(write, A.EditPost) else (*write.mentions, BOT)


def posted(write: A.ForumWrite) -> str:
    """The body the outbox sends for a write (its last safety net applied)."""
    return clean(write.raw, _allowed(write))


def check(write: A.ForumWrite, report: Report) -> None:
    """Audit one write as posted (counted by kind) and as the handler wrote it."""
    allowed = _allowed(write)
    body = posted(write)
    found = audit(body, allowed)
    own = found if body == write.raw else audit(write.raw, allowed)
    report.writes += 1
    report.unintended_pings += len(found.pings)
    report.raw_html += len(found.html)
    report.member_bbcode += len(found.bbcode)
    report.foreign_links += len(found.links)
    report.member_codes += len(found.codes)
    report.before_net += len(own.pings) + len(own.html) + len(own.bbcode) + len(own.links) + len(own.codes)
    for kind, what, raw in (("posted", found, body), ("handler", own, write.raw)):
        if what and len(report.examples) < 5:
            report.examples.append(f"{kind}: {what}\n---\n{raw}")


async def run(posts: int = 5000, seed: int = 20261201, per_topic: int = 25) -> Report:
    """`posts` adversarial posts in topics of `per_topic`, each topic its own simulation with
    every timer fired (reminders, missing-link notices, jobs) and a weekly digest at the end."""
    rng = random.Random(seed)
    # Each topic runs with one of these, so every way of answering is written at least once.
    variants = [
        load_settings(None),
        load_settings(None, links={"notify": "reply"}, meetings={"remind_via": "pm"}, summaries={"post_as": "reply"}),
    ]
    dispatcher = make_dispatcher()
    users = [User(id=i + 1, username=n, moderator=n in STAFF) for i, n in enumerate((*MEMBERS, *STAFF))]
    report = Report()
    failures = _Failures()
    log = logging.getLogger("scribe.dispatch")
    log.addHandler(failures)
    start = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    try:
        topic_id = 0
        while report.posts < posts:
            topic_id += 1
            t = topic(rng, topic_id, min(per_topic, posts - report.posts), start)
            sim = Simulation(dispatcher, variants[topic_id % 2], StaticForum([t], users))
            for post in t.posts:
                # The forum as it is when the post arrives: no later post is known yet.
                sim.forum = StaticForum([replace(t, posts=t.posts[: post.post_number])], users)
                try:
                    await sim.feed(PostCreated(post), post.created_at)
                except Exception:
                    report.crashes += 1
            end = t.posts[-1].created_at
            try:
                await sim.fire_until(end + timedelta(days=40))
                await sim.feed(TickFired("digest.weekly", end, f"fuzz:{topic_id}"), end + timedelta(hours=1))
            except Exception:
                report.crashes += 1
            report.posts += len(t.posts)
            for write in sim.writes:
                check(write, report)
    finally:
        log.removeHandler(failures)
    report.crashes += failures.count
    return report
