"""Loading the seed fixture and a cooked-only /t/{id}.json export."""

import json

from bot.sandbox import Sandbox
from bot.sandbox.loaders import add_post_json, load_topic_json
from bot.sandbox.state import parse_time
from tests.conftest import DATA


def test_seed_numbers_likes_and_likers(sandbox):
    posts = sandbox.topic_posts(sandbox.seed_topic_id)
    assert [p.post_number for p in posts] == list(range(1, 22))
    seed = json.loads((DATA / "seed-thread.json").read_text(encoding="utf-8"))
    expected = {p["post_number"]: p["like_count"] for p in seed["posts"]}
    assert {p.post_number: p.like_count for p in posts[1:]} == expected
    for p in posts:
        assert [u for u, _ in p.likes] == [f"membre_{i:02d}" for i in range(1, p.like_count + 1)]
        assert all(sandbox.forum.user(u) for u, _ in p.likes)
    opening = posts[0]
    assert opening.username == "AssoTiersLieux"
    assert "visio" in opening.raw and "inscription" in opening.raw and "http" not in opening.raw
    assert opening.created_at < posts[1].created_at
    assert sandbox.topic(sandbox.seed_topic_id).category_id == 1
    # raw was cooked: mentions of existing users become links
    assert '<a class="mention" href="/u/assotierslieux">@AssoTiersLieux</a>' in posts[1].cooked


def test_seed_ids_are_global_and_increasing(sandbox):
    ids = [p.id for p in sandbox.topic_posts(sandbox.seed_topic_id)]
    assert ids == sorted(ids) and len(set(ids)) == 21
    new = sandbox.create_post("membre", "Une réponse après le chargement du fil.", topic_id=sandbox.seed_topic_id)
    assert new["id"] == max(ids) + 1 and new["post_number"] == 22


async def test_cooked_topic_loads_and_serves(clock, api, sandbox):
    tid = sandbox.load(DATA / "topic_cooked.json")
    assert tid == 9001
    posts = sandbox.topic_posts(tid)
    assert [p.id for p in posts] == [70001, 70002, 70003, 70004, 70005, 70006]
    assert all(p.raw is None for p in posts)
    assert posts[0].like_count == 3 and posts[0].likes == []  # no invented likers
    assert posts[3].post_type == 3 and posts[3].action_code == "pinned.enabled"
    assert sandbox.forum.user("bob").id == 502 and sandbox.forum.user("modo").moderator
    view = await api.get(f"t/{tid}.json", user="membre")
    stream = view["post_stream"]["stream"]
    assert stream == [70001, 70002, 70003, 70004, 70006]  # the deleted post is for staff only
    assert 70005 in (await api.get(f"t/{tid}.json", user="moderateur"))["post_stream"]["stream"]
    first = view["post_stream"]["posts"][0]
    assert first["actions_summary"][0]["count"] == 3
    assert first["reactions"] == [
        {"id": "heart", "type": "emoji", "count": 2},
        {"id": "+1", "type": "emoji", "count": 1},
    ]
    assert "raw" not in first
    assert 'aside class="quote no-group" data-username="bob"' in view["post_stream"]["posts"][2]["cooked"]
    # likers are unknown: the endpoint answers with what it knows (nobody yet)
    likers = await api.get("post_action_users.json", params={"id": 70001, "post_action_type_id": 2})
    assert likers == {"post_action_users": []}
    await api.post("post_actions.json", user="membre", json={"id": 70001, "post_action_type_id": 2})
    likers = await api.get("post_action_users.json", params={"id": 70001, "post_action_type_id": 2})
    assert [u["username"] for u in likers["post_action_users"]] == ["membre"]
    assert (await api.get("posts/70001.json"))["actions_summary"][0]["count"] == 4
    # raw-less posts read as "" where the API adds raw; small actions never reach /posts.json
    latest = (await api.get("posts.json"))["latest_posts"]
    assert 70004 not in [p["id"] for p in latest] and 70005 not in [p["id"] for p in latest]
    # a new reply continues the numbering and the global ids
    reply = sandbox.create_post("alice", "Merci à toutes et à tous pour vos retours.", topic_id=tid)
    assert reply["post_number"] == 7 and reply["id"] == 70007


def test_load_detects_format_and_rejects_unknown(tmp_path):
    sandbox = Sandbox()
    bad = tmp_path / "x.json"
    bad.write_text("{}")
    try:
        sandbox.load(bad)
    except ValueError as e:
        assert "unknown topic format" in str(e)
    else:
        raise AssertionError("expected ValueError")


async def test_a_topic_loads_as_it_stood_then_gains_its_later_posts(clock, api, sandbox):
    """A past week replayed: the topic holds the posts written before a moment, the others are
    added at their own time, under their own ids and numbers."""
    data = json.loads((DATA / "topic_cooked.json").read_text(encoding="utf-8"))
    posts = data["post_stream"]["posts"]
    then = parse_time(posts[2]["created_at"])
    tid = load_topic_json(sandbox.forum, data, before=then)
    assert [p.post_number for p in sandbox.topic_posts(tid)] == [1, 2]
    sandbox.forum.reserve_topic_ids(tid + 100)
    made = sandbox.create_post(
        "alice", "Un nouveau sujet pendant que le fil est rejoué.", title="Un sujet créé pendant"
    )
    assert made["topic_id"] == tid + 101
    for p in posts[2:]:
        add_post_json(sandbox.forum, tid, p)
    assert [p.post_number for p in sandbox.topic_posts(tid)] == [1, 2, 3, 4, 5, 6]
    stream = (await api.get(f"t/{tid}.json", user="membre"))["post_stream"]["stream"]
    assert stream == [70001, 70002, 70003, 70004, 70006]
