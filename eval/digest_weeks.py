"""The weekly digest of past weeks of a real forum, replayed on the sandbox.

    .venv/bin/python eval/digest_weeks.py FOLDER --timezone Asia/Kolkata --busiest 3 --out DIR

FOLDER holds `/t/{id}.json` answers. The weeks are those the digest covers (seven days ending
at its schedule, Monday 09:00 in the forum's zone by default); `--busiest N` picks the N with
the most posts (regular, not deleted; ties: the earlier week), `--week 2025-W07` names one.

For each week the sandbox holds the topics as they stood a warm-up week before it (posts
written later are not there yet); scribe starts then, and each later post is added at its own
time with the clock set to it, scribe reading the forum after each. At the end of the week
the digest is posted by its schedule, read back from the sandbox and written to
DIR/<folder>-<week>.md. What the files do not say is not invented: likes are the counts of
the export (given later than the week), edits are the final text.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot import app
from bot.forum import Forum
from bot.sandbox import Sandbox
from bot.sandbox.loaders import add_post_json, load_topic_json
from bot.sandbox.state import parse_time
from bot.store import Store

KEY = "sandbox-key"
OUTPUT_CATEGORY = 990001
WARM_UP = timedelta(days=7)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


async def _no_wait(seconds: float) -> None:
    return None


def topics(folder: Path) -> list[dict]:
    out = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "post_stream" in data:
            out.append(data)
    return out


def chronological(data: list[dict]) -> list[dict]:
    """The files with post ids in the order the posts were written, as a forum numbers them (some
    exports make ids up from topic and post numbers; `/posts.json` is read newest id first), a
    hundred apart: scribe's own posts take the ids between."""
    order = sorted(posts_of(data), key=lambda x: (x[0], int(x[2]["id"]), int(x[1]["post_number"])))
    new_id = {id(p): 1_000_000 + 100 * i for i, (_, p, _) in enumerate(order)}
    return [
        {**t, "post_stream": {"posts": [{**p, "id": new_id.get(id(p), p["id"])} for p in t["post_stream"]["posts"]]}}
        for t in data
    ]


def add_authors(sb: Sandbox, data: list[dict]) -> None:
    """Every author, their account made when they first wrote in the files (an export does not
    say when: this makes "new members" a count of first posts in the files)."""
    for created, p, _ in sorted(posts_of(data), key=lambda x: x[0]):
        if sb.forum.user(p["username"]) is None:
            user = sb.forum.add_user(
                p["username"],
                name=p.get("name") or p["username"],
                admin=bool(p.get("admin")),
                moderator=bool(p.get("moderator")),
                trust_level=int(p.get("trust_level") or 0),
                id=p.get("user_id"),
            )
            user.created_at = created


def posts_of(data: list[dict]) -> Iterator[tuple[datetime, dict, dict]]:
    """(written at, post, topic) for every post of the files."""
    for topic in data:
        for p in topic["post_stream"]["posts"]:
            created = parse_time(p.get("created_at"))
            if created is not None:
                yield created, p, topic


def week_end(moment: datetime, tz: ZoneInfo, weekday: int, at: time) -> datetime:
    """The first digest moment (weekday `weekday` at `at`, forum zone) after `moment`."""
    local = moment.astimezone(tz)
    day = local.date() + timedelta(days=(weekday - local.weekday()) % 7)
    end = datetime.combine(day, at, tz)
    return end if end > local else end + timedelta(days=7)


def busiest(data: list[dict], tz: ZoneInfo, n: int) -> list[tuple[datetime, int]]:
    counts: Counter[datetime] = Counter()
    for created, p, _ in posts_of(data):
        if int(p.get("post_type") or 1) == 1 and not p.get("deleted_at") and not p.get("hidden"):
            counts[week_end(created, tz, 0, time(9, 0))] += 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def named_week(name: str, tz: ZoneInfo) -> datetime:
    """`2025-W07`: the digest of that ISO week, the Monday after it at 09:00."""
    year, week = name.split("-W")
    monday = datetime.fromisocalendar(int(year), int(week), 1)
    return datetime.combine(monday.date() + timedelta(days=7), time(9, 0), tz)


async def digest_of(data: list[dict], end: datetime, timezone: str, language: str, store: Path) -> str:
    start = end - timedelta(days=7) - WARM_UP
    clock = Clock(start.astimezone(UTC))
    sb = Sandbox(api_key=KEY, clock=clock)
    sb.add_category(OUTPUT_CATEGORY, "Digest", "digest")
    add_authors(sb, data)
    sb.forum.reserve_topic_ids(max(int(t["id"]) for t in data) + 1000)
    later = sorted(
        ((c, p, t) for c, p, t in posts_of(data) if start <= c < end),
        key=lambda x: (x[0], int(x[1]["id"])),
    )
    for topic in data:
        if any(c < start for c, _, _ in posts_of([topic])):
            load_topic_json(sb.forum, topic, before=start)
    async with sb.serve() as url:
        settings = app.load_settings(
            None,
            language=language,
            timezone=timezone,
            forum={"url": url, "api_key": KEY},
            store={"path": str(store)},
            digest={"category_id": OUTPUT_CATEGORY},
            summaries={"category_id": OUTPUT_CATEGORY},
            metrics={"enabled": False},
        )
        forum = Forum(url, settings.forum.username, KEY, sleep=_no_wait)  # a past week: no pacing
        db = await Store(str(store)).open()
        try:
            engine = app.make_engine(settings, forum, db, clock=clock, echo=lambda s: None)
            await engine.run_once()
            for created, p, topic in later:
                clock.now = created
                if int(topic["id"]) not in sb.forum.topics:
                    load_topic_json(sb.forum, topic, before=created)
                add_post_json(sb.forum, int(topic["id"]), p)
                await engine.run_once()
            clock.now = end.astimezone(UTC) + timedelta(minutes=1)
            await engine.run_once()
        finally:
            await forum.close()
            await db.close()
    made = [
        t
        for t in sb.forum.topics.values()
        if t.category_id == OUTPUT_CATEGORY and t.post_ids and t.created_at >= end.astimezone(UTC)
    ]
    return "\n\n".join(f"# {t.title}\n\n{sb.forum.posts[t.post_ids[0]].raw}" for t in made) or "(no digest)\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--timezone", default="Asia/Kolkata")
    parser.add_argument("--language", default="en", choices=("en", "fr"))
    parser.add_argument("--busiest", type=int, default=3, metavar="N", help="the N weeks with the most posts")
    parser.add_argument("--week", action="append", default=[], metavar="YYYY-Www", help="this ISO week instead")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR")
    args = parser.parse_args()
    tz = ZoneInfo(args.timezone)
    data = chronological(topics(args.folder))
    weeks = [(named_week(w, tz), 0) for w in args.week] or busiest(data, tz, args.busiest)
    args.out.mkdir(parents=True, exist_ok=True)
    for end, count in weeks:
        covered = (end - timedelta(days=7)).isocalendar()
        name = f"{args.folder.name}-{covered.year}-W{covered.week:02d}"
        with tempfile.TemporaryDirectory() as tmp:
            raw = asyncio.run(digest_of(data, end, args.timezone, args.language, Path(tmp) / "scribe.db"))
        (args.out / f"{name}.md").write_text(raw, encoding="utf-8")
        print(f"{name}: {count} posts, digest of {end.isoformat()} -> {args.out / name}.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
