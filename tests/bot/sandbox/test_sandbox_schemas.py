"""Responses of every endpoint the bot uses validate against the official schemas."""

import json

import jsonschema

from tests.conftest import DATA, SCHEMAS, validate


async def _fill(sandbox, api):
    """Some activity: a reply with a mention, a like, a new topic, a PM."""
    tid = sandbox.seed_topic_id
    reply = await api.post(
        "posts.json",
        json={"topic_id": tid, "reply_to_post_number": 2, "raw": "Bonjour @membre, le lien d’inscription est ici."},
    )
    await api.post("post_actions.json", user="membre", json={"id": reply["id"], "post_action_type_id": 2})
    sandbox.create_post(
        "membre",
        "Une nouvelle discussion sur les tiers-lieux ruraux.",
        title="Tiers-lieux ruraux : vos retours",
        category_id=1,
    )
    sandbox.create_post(
        "moderateur",
        "Un message privé pour scribe.",
        title="Question privée",
        archetype="private_message",
        target_recipients="scribe",
    )
    sandbox.load(DATA / "topic_cooked.json")
    return reply


async def test_latest_posts_schema(sandbox, api):
    await _fill(sandbox, api)
    data = await api.get("posts.json")
    assert data["latest_posts"]
    validate("latest_posts_response", data)
    anon = await api.get("posts.json", user=None)
    validate("latest_posts_response", anon)


async def test_topic_show_schema(sandbox, api):
    await _fill(sandbox, api)
    for tid in (sandbox.seed_topic_id, 9001):
        data = await api.get(f"t/{tid}.json")
        validate("topic_show_response", data)
        data = await api.get(f"t/{tid}.json", user=None)
        validate("topic_show_response", data)
    pm = next(t for t in sandbox.forum.topics.values() if t.is_pm)
    validate("topic_show_response", await api.get(f"t/{pm.id}.json"))


async def test_topic_posts_schema(sandbox, api):
    await _fill(sandbox, api)
    tid = sandbox.seed_topic_id
    stream = (await api.get(f"t/{tid}.json"))["post_stream"]["stream"]
    data = await api.get(
        f"t/{tid}/posts.json", params=[("post_ids[]", i) for i in stream[20:]] + [("include_raw", "true")]
    )
    assert {p["id"] for p in data["post_stream"]["posts"]} == set(stream[20:])
    validate("topic_posts_response", data)


async def test_a_mega_topic_view_names_its_ends_and_lists_ids_after_a_post_number(sandbox, api):
    """PostStreamSerializerMixin: from `MEGA_TOPIC_POSTS_COUNT` posts the view has no `stream` and
    no `timeline_lookup`, and names `firstId`/`lastId`; topics#post_ids lists every id after a
    post number (the nearest existing one when that number is gone)."""
    sandbox.settings.mega_topic_posts = 60
    first = sandbox.forum.create_post("membre", "Un très long sujet, lu sans sa liste.", title="Un sujet très long")
    more = [
        sandbox.forum.create_post("membre", f"Message {i}", topic_id=first.topic_id, skip_validations=True)
        for i in range(1, 70)
    ]
    ids = [first.id, *(p.id for p in more)]
    data = await api.get(f"t/{first.topic_id}.json")
    stream = data["post_stream"]
    assert "stream" not in stream and "timeline_lookup" not in data
    assert (stream["isMegaTopic"], stream["firstId"], stream["lastId"]) == (True, ids[0], ids[-1])
    assert [p["id"] for p in stream["posts"]] == ids[:20]
    schema = json.loads((SCHEMAS / "topic_show_response.json").read_text(encoding="utf-8"))
    schema["required"].remove("timeline_lookup")
    ends = {"isMegaTopic": {"type": "boolean"}, "firstId": {"type": "integer"}, "lastId": {"type": "integer"}}
    schema["properties"]["post_stream"]["required"] = ["posts"]
    schema["properties"]["post_stream"]["properties"].update(ends)
    jsonschema.Draft202012Validator(schema).validate(data)
    tid = first.topic_id
    assert await api.get(f"t/{tid}/post_ids.json", params={"post_number": 20}) == {"post_ids": ids[20:]}
    assert await api.get(f"t/{tid}/post_ids.json") == {"post_ids": ids[:20]}
    # post 500 does not exist: the nearest, the last (70), stands for it
    assert await api.get(f"t/{tid}/post_ids.json", params={"post_number": 500}) == {"post_ids": []}
    before = await api.get(f"t/{tid}/posts.json", params={"post_number": 500, "asc": "false"})
    assert [p["id"] for p in before["post_stream"]["posts"]] == ids[49:69]


async def test_post_ids_keep_the_opening_post_and_the_filtered_users_posts(sandbox, api):
    """TopicView#setup_filtered_posts: `username_filters` keeps post 1 and the named users' posts,
    names compared without case; after a post number, post 1 is left behind like any other."""
    first = sandbox.forum.create_post("membre", "Un sujet où plusieurs personnes répondent.", title="Qui répond ici ?")
    tid = first.topic_id
    theirs = [
        sandbox.forum.create_post(("moderateur", "scribe")[i % 2], f"Réponse {i}", topic_id=tid, skip_validations=True)
        for i in range(6)
    ]
    mine = [p.id for p in theirs if p.username == "scribe"]
    everyone = await api.get(f"t/{tid}/post_ids.json", params={"post_number": 1})
    assert everyone == {"post_ids": [p.id for p in theirs]}
    filtered = await api.get(f"t/{tid}/post_ids.json", params={"post_number": 1, "username_filters": "Scribe"})
    assert filtered == {"post_ids": mine}
    later = await api.get(f"t/{tid}/post_ids.json", params={"post_number": 4, "username_filters": "scribe,membre"})
    assert later == {"post_ids": mine[1:]}
    opening = await api.get(f"t/{tid}/post_ids.json", params={"username_filters": "scribe"})
    assert opening == {"post_ids": [first.id, *mine]}


async def test_post_show_create_update_action_schemas(sandbox, api):
    reply = await _fill(sandbox, api)
    validate("topic_create_response", reply)
    validate("post_show_response", await api.get(f"posts/{reply['id']}.json"))
    topic = await api.post(
        "posts.json",
        json={
            "title": "Synthèse de la semaine (essai)",
            "raw": "Voici la synthèse des échanges de la semaine.",
            "category": 3,
        },
    )
    validate("topic_create_response", topic)
    upd = await api.put(
        f"posts/{reply['id']}.json",
        json={"post": {"raw": "Bonjour @membre, le lien d’inscription est là.", "edit_reason": "typo"}},
    )
    validate("post_update_response", upd)
    liked = await api.post("post_actions.json", user="moderateur", json={"id": reply["id"], "post_action_type_id": 2})
    validate("post_action_response", liked)


async def test_user_notifications_actions_latest_schemas(sandbox, api):
    await _fill(sandbox, api)
    for name in ("scribe", "membre", "moderateur", "system", "Simon"):
        validate("user_get_response", await api.get(f"u/{name}.json"))
        validate("user_get_response", await api.get(f"u/{name}.json", user="moderateur"))
    notes = await api.get("notifications.json", user="membre")
    assert notes["notifications"]
    validate("notifications_response", notes)
    for filt in ("1", "2", "4", "5", "6", "7", "1,2,4,5,7"):
        for who in ("membre", "scribe", "Simon"):
            validate(
                "user_actions_response", await api.get("user_actions.json", params={"username": who, "filter": filt})
            )
    validate("latest_topics_response", await api.get("latest.json"))


async def test_reply_counts_are_the_same_in_every_read(sandbox, api):
    tid = sandbox.seed_topic_id
    second = next(p for p in sandbox.forum.topic_posts(tid) if p.post_number == 2)
    before = second.id
    for i in range(2):
        sandbox.forum.create_post("membre", f"Réponse {i} au deuxième message.", topic_id=tid, reply_to_post_number=2)
    by_id = await api.get(f"t/{tid}/posts.json", params=[("post_ids[]", before)])
    view = await api.get(f"t/{tid}.json")
    counts = {p["id"]: p["reply_count"] for p in view["post_stream"]["posts"]}
    assert by_id["post_stream"]["posts"][0]["reply_count"] == counts[before] >= 2
    assert (await api.get(f"posts/{before}.json"))["reply_count"] == counts[before]
