"""pydiscourse, a client nobody here wrote, reads and writes through the sandbox."""

import asyncio

import pytest
from pydiscourse import DiscourseClient
from pydiscourse.exceptions import DiscourseClientError

from tests.conftest import KEY

T = {"override_request_kwargs": {"timeout": 5}}


def client(url, user="scribe", key=KEY):
    return DiscourseClient(url.rstrip("/"), api_username=user, api_key=key, timeout=5)


async def test_pydiscourse_reads(sandbox):
    c = client(sandbox.url)
    tid = sandbox.seed_topic_id
    latest = await asyncio.to_thread(c.latest_posts, **T)
    assert len(latest["latest_posts"]) == 21
    assert latest["latest_posts"][0]["raw"]
    older = await asyncio.to_thread(c.latest_posts, before=latest["latest_posts"][5]["id"], **T)
    assert older["latest_posts"][0]["id"] < latest["latest_posts"][5]["id"]  # strict, as current Discourse
    posts = await asyncio.to_thread(c.topic_posts, tid, **T)
    assert [p["post_number"] for p in posts["post_stream"]["posts"]] == list(range(1, 21))
    ids = [p.id for p in sandbox.topic_posts(tid)][20:]
    more = await asyncio.to_thread(c.posts, tid, post_ids=ids, **T)
    assert [p["post_number"] for p in more["post_stream"]["posts"]] == [21]
    one = await asyncio.to_thread(c.post_by_id, ids[0], **T)
    assert one["raw"] == sandbox.topic_posts(tid)[20].raw
    user = await asyncio.to_thread(c.user, "moderateur")  # timeout set on the client
    assert user["moderator"] is True and user["admin"] is False
    simon = next(p for p in sandbox.topic_posts(tid) if p.username == "Simon")
    likers = await asyncio.to_thread(c.post_action_users, simon.id, post_action_type_id=2, **T)
    assert [u["username"] for u in likers["post_action_users"]] == [f"membre_0{i}" for i in range(1, 8)]


async def test_pydiscourse_writes(sandbox):
    c = client(sandbox.url)
    tid = sandbox.seed_topic_id
    reply = await asyncio.to_thread(
        c.create_post, "Voici le lien d’inscription à la visio : https://example.org/visio", topic_id=tid, **T
    )
    assert reply["topic_id"] == tid and reply["post_number"] == 22
    topic = await asyncio.to_thread(
        c.create_post,
        "Synthèse des échanges de la semaine sur la politique tiers-lieux.",
        category_id=3,
        title="Synthèse de la semaine",
        **T,
    )
    assert topic["post_number"] == 1 and sandbox.topic(topic["topic_id"]).category_id == 3
    edited = await asyncio.to_thread(
        c.update_post, reply["id"], "Voici le lien d’inscription : https://example.org/v2", "lien corrigé", **T
    )
    assert edited["post"]["version"] == 2
    assert sandbox.forum.posts[reply["id"]].edit_reason == "lien corrigé"
    with pytest.raises(DiscourseClientError) as exc:
        await asyncio.to_thread(c.create_post, "trop court", topic_id=tid, **T)
    assert exc.value.response.status_code == 422
    assert "Corps est trop court (nombre minimal de caractères : 20)" in str(exc.value)  # the seed forum is French


async def test_pydiscourse_bad_key(sandbox):
    c = client(sandbox.url, key="wrong")
    with pytest.raises(DiscourseClientError) as exc:
        await asyncio.to_thread(c.latest_posts, **T)
    assert exc.value.response.status_code == 403
