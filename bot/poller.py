"""Incremental reading of `/posts.json`: new posts since the cursor, and recent edits.

An idle poll is two requests: `/posts.json` and scribe's notifications (which bring the private
messages and other posts `/posts.json` leaves out). Catching up N new posts costs ceil(N/50) requests
(`before` is strict on current Discourse and was inclusive on older versions: the next page
asks `before` the oldest id seen, and ids already seen are dropped, which is right on both; before
3.3 a page was a window of 50 ids, read window after window, see `Poller._older`).
A bot started on a forum for the first time sets its cursor to the newest post
and answers nothing older.

A pass reads at most `catchup_pages` pages of posts. Behind by more than that (a long outage), it
reads the oldest of the new posts, the pages just above the cursor, and the next pass goes on from
the cursor those answers moved: a long outage costs more passes, never skipped posts. scribe's
notifications likewise: read back at most `notification_pages` pages a pass, the posts they name
given out, oldest first, once the reading back is over.
"""

from __future__ import annotations

import json
import logging

from bot.events import Event, PostCreated, changed
from bot.forum import NOTIFICATIONS_PER_PAGE, POSTS_PER_PAGE, Forum
from bot.models import Post
from bot.store import Store

log = logging.getLogger("scribe.poller")
# Notification types (Notification.types): mentioned, replied, quoted, private_message, posted.
ADDRESSED = frozenset({1, 2, 3, 6, 9})
MAX_CATCHUP_PAGES = 200
"""Pages of `/posts.json` a pass reads at most (10,000 posts)."""
MAX_NOTIFICATION_PAGES = 10
"""Pages of notifications a pass reads at most (600)."""
GONE_KEPT = 1000
STRIDE = POSTS_PER_PAGE - 1
"""Ids a page of posts is sure to cover whatever the forum's rule for `before` (one may be read twice)."""


class Poller:
    def __init__(
        self,
        forum: Forum,
        store: Store,
        gone_kept: int = GONE_KEPT,
        catchup_pages: int = MAX_CATCHUP_PAGES,
        notification_pages: int = MAX_NOTIFICATION_PAGES,
    ) -> None:
        self.forum = forum
        self.store = store
        self.gone_kept = gone_kept
        self.catchup_pages = max(3, catchup_pages)
        """Pages of posts read in one pass at most (the newest page, a page of slack, the others)."""
        self.notification_pages = max(1, notification_pages)
        self._jump = False
        """The pages from the newest did not reach the cursor: the next pass reads up from it."""
        self._gone: dict[tuple[int, int], None] = {}
        """Notified posts that no longer exist (not asked for again), the `gone_kept` latest found:
        an older one is past the notifications' mark, or costs one request if read again."""

    async def poll(self) -> list[Event]:
        cursor = await self._cursor()
        page = await self.forum.latest_posts()
        if cursor is None:
            newest = max((p.id for p in page), default=0)
            await self.store.set_cursor(newest)
            await self._from_notifications(set())  # sets where notifications start counting
            log.info("poller.first_start", extra={"cursor": newest})
            return []
        new = await self._new(page, cursor)
        edited = await self._edited(page)
        polled = {p.id: p for p in new}
        notified = {p.id: p for p in await self._from_notifications({(p.topic_id, p.post_number) for p in new})}
        events: list[Event] = [
            PostCreated(p, polled=p.id in polled) for p in sorted({**notified, **polled}.values(), key=lambda p: p.id)
        ]
        return events + [changed(p) for p in edited]

    async def _cursor(self) -> int | None:
        """The cursor, moved past the ids a catch-up pass found nothing visible in once that pass's
        posts are handled (a run of private messages is not read again and again)."""
        cursor = await self.store.cursor()
        skip = await self.store.get_meta("catchup_skip")
        if cursor is None or not skip:
            return cursor
        last, upto = (int(x) for x in skip.split(":"))
        if cursor >= last:
            await self.store.set_meta("catchup_skip", "")
            if upto > cursor:
                await self.store.set_cursor(upto)
                return upto
        return cursor

    async def _new(self, page: list[Post], cursor: int) -> list[Post]:
        """The posts newer than the cursor, or when they take more pages than a pass reads, the
        oldest of them: those up to the id the pass's pages are sure to reach."""
        lowest = min((p.id for p in page), default=cursor)
        reach = cursor + 1 + STRIDE * (self.catchup_pages - 2)
        if lowest <= reach and not self._jump:
            older = await self._older(page, cursor)
            if older is not None:
                return [p for p in page if p.id > cursor] + older
            self._jump = True  # not reached in a pass: the next pass reads up from the cursor
            return []
        self._jump = False
        top = min(reach, lowest)
        found = await self._window(cursor, top)
        if found is None:
            return []
        log.info("poller.catchup_window", extra={"cursor": cursor, "up_to": top, "posts": len(found)})
        last = max((p.id for p in found), default=cursor)
        await self.store.set_meta("catchup_skip", f"{last}:{top - 1}")
        return found

    async def _window(self, cursor: int, top: int) -> list[Post] | None:
        """Every visible post with an id between the cursor and `top`, read down from `top` (None
        if the pages did not reach the cursor). Whatever the forum's rule for `before` (strict,
        inclusive, a window of 50 ids), a page covers STRIDE ids at least."""
        out: dict[int, Post] = {}
        before = top
        if top <= cursor + 1:
            return []
        for _ in range(self.catchup_pages - 1):
            older = await self.forum.latest_posts(before=before)
            if any(p.id > before for p in older):
                log.error("poller.before_ignored", extra={"before": before})
                return None
            out.update((p.id, p) for p in older if cursor < p.id < top)
            ids = [p.id for p in older]
            if min(ids, default=before) <= cursor:
                return list(out.values())
            before = min(ids) if len(older) >= POSTS_PER_PAGE else min([*ids, before - POSTS_PER_PAGE])
            if before <= cursor:
                return list(out.values())
        log.error("poller.catchup_unreached", extra={"cursor": cursor, "top": top})
        return None

    async def _older(self, page: list[Post], cursor: int) -> list[Post] | None:
        """The posts newer than the cursor on the pages after the first. Current Discourse pages by 50
        visible posts with `before` strict: a short page is the last. A forum whose `before` is
        inclusive may be one from before 3.3, whose pages are windows of 50 ids, short or empty
        when the window holds private messages or whispers: it is read window after window down to
        the cursor. None if `catchup_pages` pages did not reach it."""
        out: list[Post] = []
        before = min((p.id for p in page), default=None)
        read = True  # `before` is a post already read, not a window's edge
        inclusive = False
        last = len(page) < POSTS_PER_PAGE
        pages = 1
        while before is not None and before > cursor + read:
            if last and pages > 1 and not inclusive:
                break
            if pages >= self.catchup_pages:
                log.warning("poller.catchup_unreached", extra={"pages": pages})
                return None
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
        return out

    async def _from_notifications(self, have: set[tuple[int, int]]) -> list[Post]:
        """Posts `/posts.json` leaves out (private messages, whispers, hidden topics) that mention
        scribe, answer it or write to it: found in scribe's notifications (one request, more after
        a downtime: pages are read back to the notifications already dealt with, at most
        `notification_pages` a pass, the next pass going on from where this one stopped). Only
        those newer than the first start, and not handled yet, are read."""
        stored = await self.store.get_meta("notifications_from")
        resume = json.loads(await self.store.get_meta("notifications_resume") or "{}")
        offset = int(resume.get("offset", 0))
        notes, total = await self.forum.notifications(offset=offset)
        if stored is None:
            await self.store.set_meta("notifications_from", str(max((int(n["id"]) for n in notes), default=0)))
            return []
        mark = int(stored)
        pages = 1

        def reached() -> bool:
            oldest = min((int(n["id"]) for n in notes), default=mark + 1)  # an empty page says nothing
            return oldest <= mark or (total or 0) <= offset + NOTIFICATIONS_PER_PAGE * pages

        while not reached() and pages < self.notification_pages:
            more, total = await self.forum.notifications(offset=offset + NOTIFICATIONS_PER_PAGE * pages)
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
        # Posts an earlier poll gave out (or found, reading back) that are not handled yet.
        earlier = [(int(i), (int(t), int(n))) for i, t, n in resume.get("waiting", ())]
        done = await self.store.seen_positions([w for _, w in earlier])
        addressed += [(i, w) for i, w in earlier if w not in done]
        newest = int(resume.get("top") or max((int(n["id"]) for n in notes), default=mark))
        if not reached():
            # Cut by the page cap: the mark stays, the next pass reads on below this one's pages
            # (notifications that came meanwhile only push those pages down: some read twice).
            # What is found waits, to be given out oldest first once the read back is over.
            log.info("poller.notifications_read_back", extra={"offset": offset, "pages": pages})
            going_on = {
                "waiting": [[i, *w] for i, w in dict(addressed).items()],
                "offset": offset + NOTIFICATIONS_PER_PAGE * pages,
                "top": newest,
            }
            await self.store.set_meta("notifications_resume", json.dumps(going_on))
            return []
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
        await self.store.set_meta("notifications_from", str(newest))
        # The next poll asks again for this poll's posts that are not handled by then (one whose
        # handling met a failing forum, or a polled one let go), whatever the mark.
        waiting = {(p.topic_id, p.post_number) for p in out} | have
        going_on = {"waiting": [[i, *w] for i, w in dict(addressed).items() if w in waiting]}
        if going_on != (resume or {"waiting": []}):
            await self.store.set_meta("notifications_resume", json.dumps(going_on))
        return out

    async def _edited(self, posts: list[Post]) -> list[Post]:
        """Posts of the first page whose version grew since scribe last read them (newer than the
        cursor too: a post a webhook brought is seen before the cursor passes it)."""
        if not posts:
            return []
        seen = await self.store.seen_versions([p.id for p in posts])
        return [p for p in posts if p.id in seen and p.version > seen[p.id]]
