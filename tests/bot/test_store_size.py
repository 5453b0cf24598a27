"""State that stays small: memory read by key prefix, expired memory and old seen posts pruned."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.actions import Remember
from bot.events import PostCreated
from bot.models import Post
from bot.store import SEEN_KEPT, Store

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


def _post(post_id: int, topic_id: int = 5) -> Post:
    return Post.from_json(
        {"id": post_id, "topic_id": topic_id, "post_number": post_id, "username": "ana", "raw": "bonjour"}
    )


async def test_a_prefix_reads_one_topics_records_only(tmp_path):
    store = await Store(tmp_path / "s.db").open()
    try:
        await store.apply(
            [
                Remember("meetings", "10-1-20261203T1700Z", {"id": "10-1"}),
                Remember("meetings", "100-1-20261203T1700Z", {"id": "100-1"}),
                Remember("meetings", "10-7-20261210T1700Z", {"id": "10-7"}),
                Remember("meetings", "subscribers:10", ["ana"]),
            ],
            NOW,
        )
        assert sorted(await store.items("meetings", "10-")) == ["10-1-20261203T1700Z", "10-7-20261210T1700Z"]
        assert len(await store.items("meetings")) == 4
    finally:
        await store.close()


async def test_memory_past_its_expiry_is_pruned_and_the_rest_kept(tmp_path):
    store = await Store(tmp_path / "s.db").open()
    try:
        await store.apply(
            [
                Remember("meetings", "1-1-a", {"v": 1}, expires_at=NOW + timedelta(days=1)),
                Remember("meetings", "1-2-b", {"v": 2}, expires_at=NOW + timedelta(days=5)),
                Remember("meetings", "subscribers:1", ["ana"]),
            ],
            NOW,
        )
        dropped = await store.prune(NOW + timedelta(days=2))
        assert dropped["memory"] == 1
        assert sorted(await store.items("meetings")) == ["1-2-b", "subscribers:1"]
    finally:
        await store.close()


async def test_seen_posts_are_pruned_behind_the_cursor_once_old(tmp_path):
    store = await Store(tmp_path / "s.db").open()
    try:
        old = NOW - SEEN_KEPT - timedelta(days=1)
        for post_id in (1, 2, 3):
            await store.commit(PostCreated(_post(post_id), polled=True), [], old)
        await store.commit(PostCreated(_post(4), polled=True), [], NOW)
        assert await store.cursor() == 4
        dropped = await store.prune(NOW)
        assert dropped["seen"] == 3
        assert await store.seen_versions([1, 2, 3, 4]) == {4: 1}
        assert await store.already_handled(PostCreated(_post(4)))
    finally:
        await store.close()
