"""Incremental reading of `/posts.json`: new posts since the cursor, and recent edits.

An idle poll is one request. Catching up N new posts costs ceil(N/50) requests
(`before` is inclusive: the next page starts at the oldest id seen minus one).
A bot started on a forum for the first time sets its cursor to the newest post
and answers nothing older.
"""

from __future__ import annotations

import logging

from bot.events import Event, PostCreated, PostEdited
from bot.forum import POSTS_PER_PAGE, Forum
from bot.models import Post
from bot.store import Store

log = logging.getLogger("scribe.poller")
MAX_CATCHUP_PAGES = 200


class Poller:
    def __init__(self, forum: Forum, store: Store) -> None:
        self.forum = forum
        self.store = store

    async def cursor(self) -> int | None:
        value = await self.store.get_meta("cursor")
        return int(value) if value is not None else None

    async def poll(self) -> list[Event]:
        cursor = await self.cursor()
        page = await self.forum.latest_posts()
        if cursor is None:
            newest = max((p.id for p in page), default=0)
            await self.store.set_meta("cursor", str(newest))
            log.info("poller.first_start", extra={"cursor": newest})
            return []
        new = [p for p in page if p.id > cursor]
        older = page
        pages = 1
        while len(older) >= POSTS_PER_PAGE and min(p.id for p in older) > cursor + 1 and pages < MAX_CATCHUP_PAGES:
            older = await self.forum.latest_posts(before=min(p.id for p in older) - 1)
            pages += 1
            new += [p for p in older if p.id > cursor]
        if pages == MAX_CATCHUP_PAGES:
            log.warning("poller.catchup_truncated", extra={"pages": pages})
        edited = await self._edited([p for p in page if p.id <= cursor])
        events: list[Event] = [PostCreated(p) for p in sorted({p.id: p for p in new}.values(), key=lambda p: p.id)]
        return events + [PostEdited(p) for p in edited]

    async def _edited(self, posts: list[Post]) -> list[Post]:
        """Posts of the first page whose version grew since scribe last read them."""
        if not posts:
            return []
        ids = [p.id for p in posts]

        def versions(db, ids: list[int]) -> dict[int, int]:  # type: ignore[no-untyped-def]
            marks = ",".join("?" * len(ids))
            return dict(db.execute(f"SELECT post_id, version FROM seen WHERE post_id IN ({marks})", ids).fetchall())

        seen = await self.store.call(versions, ids)
        return [p for p in posts if p.id in seen and p.version > seen[p.id]]
