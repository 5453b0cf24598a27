"""Incremental reading of `/posts.json`: new posts since the cursor, and recent edits.

An idle poll is two requests: `/posts.json` and scribe's notifications (which bring the private
messages and other posts `/posts.json` leaves out). Catching up N new posts costs ceil(N/50) requests
(`before` is strict on current Discourse and was inclusive on older versions: the next page
asks `before` the oldest id seen, and ids already seen are dropped, which is right on both; before
3.3 a page was a window of 50 ids, read window after window, see `Poller._older`).
A bot started on a forum for the first time sets its cursor to the newest post
and answers nothing older.
"""

from __future__ import annotations

import logging

from bot.events import Event, PostCreated, changed
from bot.forum import NOTIFICATIONS_PER_PAGE, POSTS_PER_PAGE, Forum
from bot.models import Post
from bot.store import Store

log = logging.getLogger("scribe.poller")
# Notification types (Notification.types): mentioned, replied, quoted, private_message, posted.
ADDRESSED = frozenset({1, 2, 3, 6, 9})
MAX_CATCHUP_PAGES = 200
MAX_NOTIFICATION_PAGES = 10


GONE_KEPT = 1000


class Poller:
    def __init__(self, forum: Forum, store: Store, gone_kept: int = GONE_KEPT) -> None:
        self.forum = forum
        self.store = store
        self.gone_kept = gone_kept
        self._gone: dict[tuple[int, int], None] = {}
        """Notified posts that no longer exist (not asked for again), the `gone_kept` latest found:
        an older one is past the notifications' mark, or costs one request if read again."""

    async def poll(self) -> list[Event]:
        cursor = await self.store.cursor()
        page = await self.forum.latest_posts()
        if cursor is None:
            newest = max((p.id for p in page), default=0)
            await self.store.set_cursor(newest)
            await self._from_notifications(set())  # sets where notifications start counting
            log.info("poller.first_start", extra={"cursor": newest})
            return []
        new = [p for p in page if p.id > cursor] + await self._older(page, cursor)
        edited = await self._edited(page)
        polled = {p.id: p for p in new}
        notified = {p.id: p for p in await self._from_notifications({(p.topic_id, p.post_number) for p in new})}
        events: list[Event] = [
            PostCreated(p, polled=p.id in polled) for p in sorted({**notified, **polled}.values(), key=lambda p: p.id)
        ]
        return events + [changed(p) for p in edited]

    async def _older(self, page: list[Post], cursor: int) -> list[Post]:
        """The posts newer than the cursor on the pages after the first. Current Discourse pages by 50
        visible posts with `before` strict: a short page is the last. A forum whose `before` is
        inclusive may be one from before 3.3, whose pages are windows of 50 ids, short or empty
        when the window holds private messages or whispers: it is read window after window down to
        the cursor."""
        out: list[Post] = []
        before = min((p.id for p in page), default=None)
        read = True  # `before` is a post already read, not a window's edge
        inclusive = False
        last = len(page) < POSTS_PER_PAGE
        pages = 1
        while before is not None and before > cursor + read and pages < MAX_CATCHUP_PAGES:
            if last and pages > 1 and not inclusive:
                break
            older = await self.forum.latest_posts(before=before)
            pages += 1
            if any(p.id > before for p in older):
                break  # a forum that ignores `before`: no further page to read
            inclusive = inclusive or any(p.id == before for p in older)
            fresh = [p for p in older if p.id < before or not read]
            out += [p for p in fresh if p.id > cursor]
            if not fresh and not inclusive:
                break
            ids = [p.id for p in fresh]
            step = min([*ids, before - POSTS_PER_PAGE] if inclusive else ids)
            read = step in ids
            before, last = step, len(older) < POSTS_PER_PAGE
        if pages == MAX_CATCHUP_PAGES:
            log.warning("poller.catchup_truncated", extra={"pages": pages})
        return out

    async def _from_notifications(self, have: set[tuple[int, int]]) -> list[Post]:
        """Posts `/posts.json` leaves out (private messages, whispers, hidden topics) that mention
        scribe, answer it or write to it: found in scribe's notifications (one request, more after
        a downtime: pages are read back to the notifications already dealt with). Only those newer
        than the first start, and not handled yet, are read."""
        stored = await self.store.get_meta("notifications_from")
        notes, total = await self.forum.notifications()
        if stored is None:
            await self.store.set_meta("notifications_from", str(max((int(n["id"]) for n in notes), default=0)))
            return []
        mark = int(stored)
        pages = 1
        while (total or 0) > NOTIFICATIONS_PER_PAGE * pages and pages < MAX_NOTIFICATION_PAGES:
            if min((int(n["id"]) for n in notes), default=mark + 1) <= mark:
                break
            more, total = await self.forum.notifications(offset=NOTIFICATIONS_PER_PAGE * pages)
            notes += more
            pages += 1
        addressed = [
            (int(n["id"]), (int(n["topic_id"]), int(n["post_number"])))
            for n in notes
            if int(n["id"]) > mark
            and n.get("notification_type") in ADDRESSED
            and n.get("topic_id")
            and n.get("post_number")
        ]
        wanted = [w for w in dict.fromkeys(w for _, w in addressed) if w not in have and w not in self._gone]
        seen = await self.store.seen_positions(wanted)
        out = []
        for topic_id, post_number in wanted:
            if (topic_id, post_number) in seen:
                continue
            post = await self.forum.post_by_number(topic_id, post_number)
            if post is None:
                self._gone[(topic_id, post_number)] = None
                if len(self._gone) > self.gone_kept:
                    del self._gone[next(iter(self._gone))]
            else:
                out.append(post)
        # The next poll reads back to the oldest notification whose post is not handled yet (this
        # poll's posts too: one whose handling met a failing forum is read again from here).
        waiting = {(p.topic_id, p.post_number) for p in out} | have
        unhandled = [i for i, w in addressed if w in waiting]
        newest = max((int(n["id"]) for n in notes), default=mark)
        await self.store.set_meta("notifications_from", str(min(unhandled) - 1 if unhandled else newest))
        return out

    async def _edited(self, posts: list[Post]) -> list[Post]:
        """Posts of the first page whose version grew since scribe last read them (newer than the
        cursor too: a post a webhook brought is seen before the cursor passes it)."""
        if not posts:
            return []
        seen = await self.store.seen_versions([p.id for p in posts])
        return [p for p in posts if p.id in seen and p.version > seen[p.id]]
