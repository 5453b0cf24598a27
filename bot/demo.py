"""`scribe demo`: the sandbox forum with the seed thread, members posting, scribe answering.

No account, no key, no network: everything runs on localhost and ends within a minute.
"""

from __future__ import annotations

import tempfile
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.app import load_settings, make_engine
from bot.engine import PassReport
from bot.events import PostCreated, PostEdited, TickFired
from bot.forum import Forum
from bot.sandbox import Sandbox
from bot.store import Store

SEED = Path(__file__).parent / "sandbox" / "data" / "seed-thread.json"
KEY = "demo-key"


def _show(who: str, text: str, where: str = "", max_lines: int = 14) -> None:
    head = f"  [{who}]{(' ' + where) if where else ''}"
    print(head)
    lines = text.strip().splitlines()
    if len(lines) > max_lines:
        lines = [*lines[:max_lines], f"… ({len(lines) - max_lines} more lines)"]
    print(textwrap.indent("\n".join(line if len(line) < 160 else line[:157] + "…" for line in lines), "      "))


async def demo(language: str = "fr") -> int:
    sandbox = Sandbox(api_key=KEY)
    topic_id = sandbox.load(SEED)
    sandbox.set_user("scribe", moderator=True)
    with tempfile.TemporaryDirectory() as tmp:
        async with sandbox.serve() as url:
            settings = load_settings(
                None,
                language=language,
                forum={"url": url, "api_key": KEY, "poll_seconds": 1},
                summaries={"category_id": 3},
                store={"path": str(Path(tmp) / "scribe.db")},
                meetings={"reminder_offsets": ["3m"]},
            )
            print(
                f"Sandbox forum at {url} with the seed thread (topic {topic_id}, "
                f"{len(sandbox.topic_posts(topic_id))} posts). scribe reads it as '{settings.forum.username}', "
                "a moderator account as the README recommends.\n"
            )
            store = await Store(settings.store.path).open()
            forum = Forum(url, settings.forum.username, KEY)
            clock = _Clock()
            engine = make_engine(settings, forum, store, clock=clock)
            try:
                await engine.run_once()
                print("1. First start: scribe starts from the newest post and answers nothing old.\n")
                members = Forum(url, "membre", KEY)
                moderator = Forum(url, "moderateur", KEY)
                try:
                    print("2. Members write:")
                    for who, client, raw in (
                        ("membre", members, "@scribe aide, que sais-tu faire ?"),
                        (
                            "moderateur",
                            moderator,
                            "Bonjour à tous, merci pour ces échanges très riches. @scribe propositions",
                        ),
                        ("membre", members, "Je ne trouve pas le lien pour la prochaine visio, quelqu'un l'a ?"),
                        ("moderateur", moderator, "@scribe synthèse de ce long débat, s'il te plaît"),
                    ):
                        post = await client.create_post(raw, topic_id)
                        _show(who, raw, f"post {post.post_number}")
                    now = datetime.now(UTC)
                    local = (now + timedelta(minutes=5)).astimezone(settings.tz)
                    # five minutes from now may be past midnight in the forum's zone
                    day = "aujourd'hui" if local.date() == now.astimezone(settings.tz).date() else "demain"
                    announce = await moderator.create_topic(
                        "Visio de suivi de la politique tiers-lieux",
                        f"Bonjour, une visio {day} à {local:%H}h{local:%M} pour faire le point. "
                        "Inscription : https://framaforms.org/visio-suivi-tiers-lieux",
                        category_id=2,
                    )
                    _show(
                        "moderateur",
                        f"(new topic {announce.topic_id}) Une visio {day} à {local:%H}h{local:%M}… + link",
                    )
                finally:
                    await members.close()
                    await moderator.close()
                print(
                    "\n3. scribe runs once (`scribe run --once`); the link request nobody addressed to it waits "
                    "(`[links] settle_minutes`), in case a member answers it first:"
                )
                report = await engine.run_once()
                _transcript(report)
                clock.advance(timedelta(minutes=3))
                print("\n4. Three minutes later (the clock is moved, not waited), scribe runs again:")
                _transcript(await engine.run_once())
                # the link request's settle delay, then the delay before its announcer is asked: scribe's next
                # timers, the clock moved on to each while nobody posts
                for step, news in ((5, "nobody has posted"), (6, "nobody has given the link asked for")):
                    due = await store.next_timer_at()
                    if due is None or not clock() < due <= clock() + DEMO_HORIZON:
                        break
                    waited = due - clock()
                    clock.advance(waited)
                    print(f"\n{step}. {waited.total_seconds() / 60:.0f} minutes later, at scribe's next timer, {news}:")
                    _transcript(await engine.run_once())
                print("\nLast, one more run: nothing new, nothing posted twice.")
                again = await engine.run_once()
                _transcript(again)
                print(
                    f"\nDone: {len(sandbox.posts_by('scribe'))} posts by scribe in the sandbox; "
                    f"{sandbox.requests} HTTP requests in all."
                )
            finally:
                await forum.close()
                await store.close()
    return 0


DEMO_HORIZON = timedelta(hours=2)
"""How far ahead the demo moves its clock to scribe's next timers: the link request's delays, not next week's digest."""


class _Clock:
    """Real time plus an offset, so the demo can jump ahead without waiting."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, delta: timedelta) -> None:
        self.offset += delta


def _transcript(report: PassReport) -> None:
    for event in report.events:
        if isinstance(event, (PostCreated, PostEdited)):
            p = event.post
            print(f"  read  {type(event).__name__:12} topic {p.topic_id} post {p.post_number} by {p.username}")
        elif isinstance(event, TickFired):
            print(f"  timer {event.name} ({event.key})")
    for action, post in report.sent:
        where = f"topic {post.topic_id} post {post.post_number}" if post else ""
        raw = getattr(action, "raw", "")
        _show("scribe", raw, f"→ {where} ({action.key})")
    if not report.sent:
        print("  (scribe posted nothing)")
