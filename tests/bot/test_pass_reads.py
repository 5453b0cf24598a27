"""A pass reads a topic once, and only the window a handler needs: 1-2 requests whatever the
topic's size; the cache of a pass is bounded."""

from __future__ import annotations

from bot.ctx import window_ids, window_of
from bot.engine import PassForum
from bot.forum import Forum
from bot.models import Topic
from tests.conftest import KEY, no_sleep
from tests.handler_kit import make_post


def _long_topic(sandbox, posts: int) -> tuple[int, list[int]]:
    first = sandbox.forum.create_post("membre", "Un long sujet pour lire une fenêtre.", title="Un très long sujet")
    ids = [first.id]
    for i in range(1, posts):
        post = sandbox.forum.create_post("membre", f"Message {i}", topic_id=first.topic_id, skip_validations=True)
        ids.append(post.id)
    return first.topic_id, ids


async def test_a_window_of_a_long_topic_costs_two_requests_and_one_pass_reads_it_once(sandbox):
    topic_id, ids = _long_topic(sandbox, 450)
    async with Forum(sandbox.url, "scribe", KEY, sleep=no_sleep) as forum:
        view = PassForum(forum)
        sandbox.reset_requests()
        window = await view.topic_window(topic_id, ids[300], before=60, after=10)
        assert sandbox.requests == 2
        numbers = [p.post_number for p in window.posts]
        assert numbers == [1, *range(241, 312)]
        assert all(p.raw for p in window.posts[1:]) and window.posts[0].cooked
        assert window.title == "Un très long sujet" and window.author == "membre"
        sandbox.reset_requests()
        again = await view.topic_window(topic_id, ids[310], before=5, after=0)
        assert [p.post_number for p in again.posts] == [1, *range(306, 312)]
        assert sandbox.requests == 0
        last = await view.topic_window(topic_id, 10**9, before=3, after=3)
        assert [p.post_number for p in last.posts] == [1, 447, 448, 449, 450]


async def test_posts_the_poll_brought_are_not_read_again_and_the_cache_is_bounded(sandbox):
    topic_id, ids = _long_topic(sandbox, 120)
    async with Forum(sandbox.url, "scribe", KEY, sleep=no_sleep) as forum:
        view = PassForum(forum, max_posts=100)
        view.seen(await forum.latest_posts())
        sandbox.reset_requests()
        window = await view.topic_window(topic_id, ids[-1], before=20, after=0)
        assert len(sandbox.request_log) == 1  # the head only: the first post is inline, the others held
        assert len(window.posts) == 22
        await view.topic(topic_id)
        await view.topic(sandbox.seed_topic_id)
        assert topic_id not in view._topics
        assert len(view._posts) <= 100


async def test_a_mega_topic_without_its_id_stream_is_read_around_the_post(sandbox):
    """From 10,000 posts Discourse sends no `stream`: the window is read by post numbers."""
    sandbox.settings.mega_topic_posts = 100
    topic_id, ids = _long_topic(sandbox, 150)
    async with Forum(sandbox.url, "scribe", KEY, sleep=no_sleep) as forum:
        view = PassForum(forum)
        sandbox.reset_requests()
        window = await view.topic_window(topic_id, ids[99], before=30, after=5)
        assert [p.post_number for p in window.posts] == [1, *range(70, 106)]
        assert sandbox.requests == 1 + 1 + 2 + 1  # the head, the post, two pages before, one after
        held = PassForum(forum)
        held.seen(await forum.latest_posts())
        sandbox.reset_requests()
        tail = await held.topic_window(topic_id, ids[-1], before=40, after=5)
        assert [p.post_number for p in tail.posts] == [1, *range(110, 151)]
        assert sandbox.requests == 1


async def test_posts_that_call_for_nothing_are_marked_seen_in_batches(sandbox, make_engine):
    engine = await make_engine(sandbox)
    await engine.run_once()
    for name in ("ana", "bruno", "chloe"):
        sandbox.add_user(name)
    for i in range(120):
        sandbox.forum.create_post(
            ("ana", "bruno", "chloe")[i % 3], f"Un message ordinaire, le numéro {i}.", topic_id=sandbox.seed_topic_id
        )
    sandbox.forum.create_post("ana", "@scribe aide", topic_id=sandbox.seed_topic_id, skip_validations=True)
    trips: list[str] = []
    for name in ("commit", "commit_quiet"):
        real = getattr(engine.store, name)

        async def counted(*args, _real=real, _name=name):  # type: ignore[no-untyped-def]
            trips.append(_name)
            return await _real(*args)

        setattr(engine.store, name, counted)
    report = await engine.run_once()
    assert len(report.events) == 121 and len(report.sent) == 1
    assert trips.count("commit") == 1 and trips.count("commit_quiet") <= 2
    sandbox.reset_requests()
    assert [e.post.username for e in await engine.poller.poll()] == ["scribe"]  # its own reply, sent after
    newest = max(p.id for p in sandbox.forum.posts.values() if p.username != "scribe")
    assert newest in await engine.store.seen_versions([newest])


async def test_a_mega_topic_is_read_whole_through_its_post_ids(sandbox):
    """Without the id stream, the ids after the inline posts are listed in one request, then
    read 200 at a time: the same cost as a topic that carries its stream."""
    sandbox.settings.mega_topic_posts = 100
    topic_id, ids = _long_topic(sandbox, 250)
    async with Forum(sandbox.url, "scribe", KEY, sleep=no_sleep) as forum:
        sandbox.reset_requests()
        topic = await forum.topic(topic_id)
        assert [p.id for p in topic.posts] == ids
        assert [p.post_number for p in topic.posts] == list(range(1, 251))
        assert sandbox.requests == 1 + 1 + 2  # the head, the ids after post 20, 230 posts by id


async def test_a_topic_read_page_by_page_costs_what_reading_it_whole_costs(sandbox):
    """`topic_pages`: the head's inline posts, then 200 posts a page; a pass does not hold the
    pages (a long topic's text goes once each page is read)."""
    sandbox.settings.mega_topic_posts = 100
    topic_id, ids = _long_topic(sandbox, 250)
    async with Forum(sandbox.url, "scribe", KEY, sleep=no_sleep) as forum:
        view = PassForum(forum)
        sandbox.reset_requests()
        pages = [page async for page in view.topic_pages(topic_id)]
        assert sandbox.requests == 1 + 1 + 2
        assert [len(p.posts) for p in pages] == [20, 200, 30]
        assert [p.id for page in pages for p in page.posts] == ids
        assert all(page.title == "Un très long sujet" and page.posts_count == 250 for page in pages)
        assert topic_id not in view._topics and not view._posts
        whole = await view.topic(topic_id)
        sandbox.reset_requests()
        assert [page async for page in view.topic_pages(topic_id)] == [whole]
        assert sandbox.requests == 0


async def test_a_mega_topic_tail_and_access_see_past_the_first_page(sandbox):
    sandbox.settings.mega_topic_posts = 100
    topic_id, ids = _long_topic(sandbox, 180)
    async with Forum(sandbox.url, "scribe", KEY, sleep=no_sleep) as forum:
        sandbox.reset_requests()
        tail = await forum.topic_tail(topic_id, 50)
        assert [p.id for p in tail] == ids[-50:] and all(p.raw for p in tail)
        assert sandbox.requests == 3
        last = await forum.last_post(topic_id)
        assert last is not None and last.id == ids[-1]
        access = await forum.access(topic_id, [ids[0], ids[150], ids[-1]])
        assert access.live == {ids[0], ids[150], ids[-1]}


async def test_a_one_shot_command_finds_the_posts_of_its_topic_without_asking_again(sandbox):
    from bot.oneshot import ProgressForum

    topic_id, ids = _long_topic(sandbox, 30)
    async with Forum(sandbox.url, "scribe", KEY, sleep=no_sleep) as forum:
        topic = await forum.topic(topic_id)
        view = ProgressForum(PassForum(forum), topic)
        sandbox.reset_requests()
        held = await view.post(ids[25])
        assert held is not None and held.post_number == 26 and sandbox.requests == 0
        other = await view.post(sandbox.forum.topic_posts(sandbox.seed_topic_id)[0].id)
        assert other is not None and sandbox.requests == 1


def test_a_topic_cut_to_a_window_keeps_the_opening_post_and_the_posts_around():
    posts = tuple(make_post(n, "fay", f"Message {n} du fil.") for n in range(1, 31))
    topic = Topic(id=7, title="Le fil", posts=posts)
    for post_id, before, after in [(posts[14].id, 3, 2), (posts[1].id, 5, 5), (posts[0].id, 0, 0), (-1, 2, 0)]:
        got = [p.id for p in window_of(topic, post_id, before, after).posts]
        assert got == window_ids([p.id for p in posts], post_id, before, after)
    assert [p.post_number for p in window_of(topic, posts[14].id, 3, 2).posts] == [1, 12, 13, 14, 15, 16, 17]
    assert [p.post_number for p in window_of(topic, -1, 2, 0).posts] == [1, 28, 29, 30]
    assert window_of(Topic(id=8, title="Vide"), 3, 1, 1).posts == ()
