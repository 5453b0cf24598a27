"""Discourse's rules, checked over HTTP: paging, validation, duplicates, memoizer, auth, visibility."""

import json

import pytest

from bot.sandbox import SandboxError

LONG = "Merci pour ce fil, je partage le lien demandé plus haut."


async def test_posts_before_is_strict_and_paged_by_50(sandbox, api):
    """Current Discourse: `posts.id < before` (lib/latest_posts_query.rb); the old rule is an option."""
    tid = sandbox.seed_topic_id
    for i in range(40):
        sandbox.create_post(
            f"auteur_{i % 7}"
            if sandbox.forum.user(f"auteur_{i % 7}")
            else sandbox.add_user(f"auteur_{i % 7}").username,
            f"Message numéro {i} dans le fil de discussion.",
            topic_id=tid,
        )
    first = (await api.get("posts.json"))["latest_posts"]
    assert len(first) == 50
    ids = [p["id"] for p in first]
    assert ids == sorted(ids, reverse=True)
    page = (await api.get("posts.json", params={"before": ids[-1]}))["latest_posts"]
    assert page[0]["id"] < ids[-1] and len(page) == 61 - 50  # strict
    assert all("raw" in p for p in page)
    assert len((await api.get("posts.json", params={"before": 0}))["latest_posts"]) == 50  # before <= 0: ignored
    sandbox.forum.settings.inclusive_before = True
    page = (await api.get("posts.json", params={"before": ids[-1]}))["latest_posts"]
    assert page[0]["id"] == ids[-1] and len(page) == 61 - 50 + 1  # the older, inclusive rule
    sandbox.forum.settings.inclusive_before = False
    sandbox.forum.settings.id_window_before = True  # before 3.3: a window of 50 ids, what is visible in it
    whisper = sandbox.forum.create_post("moderateur", "Une note que seule l'équipe voit.", tid)
    whisper.post_type = 4
    newest = (await api.get("posts.json"))["latest_posts"]
    assert [p["id"] for p in newest] == [i for i in ids if i > whisper.id - 50]
    window = (await api.get("posts.json", params={"before": ids[10]}))["latest_posts"]
    assert [p["id"] for p in window] == [i for i in range(ids[10], ids[10] - 50, -1) if i in sandbox.forum.posts]


async def test_posts_json_leaves_out_hidden_posts_and_unlisted_topics(sandbox, api):
    """LatestPostsQuery#public_posts reads `Post.visible`: the topic listed, the post not hidden by flags."""
    tid = sandbox.seed_topic_id
    flagged = sandbox.forum.create_post("membre", "Un message que la communauté a signalé.", tid)
    kept = sandbox.forum.create_post("membre", "Un message que personne n'a signalé.", tid)
    unlisted = sandbox.forum.create_post("membre", "Un sujet que l’équipe a retiré.", title="Un sujet non listé")
    flagged.hidden = True
    sandbox.forum.topics[unlisted.topic_id].visible = False
    ids = [p["id"] for p in (await api.get("posts.json"))["latest_posts"]]
    assert kept.id in ids and flagged.id not in ids and unlisted.id not in ids


async def test_too_short_bodies_and_titles(sandbox, api):
    tid = sandbox.seed_topic_id
    body = await api.post("posts.json", expect=422, json={"topic_id": tid, "raw": "  trop court  <!-- x -->"})
    # The seed comes from a French forum: Discourse answers in the site's language.
    assert body == {"action": "create_post", "errors": ["Corps est trop court (nombre minimal de caractères : 20)"]}
    sandbox.forum.settings.default_locale = "en"
    body = await api.post("posts.json", expect=422, json={"topic_id": tid, "raw": "  too short  <!-- x -->"})
    assert body == {"action": "create_post", "errors": ["Body is too short (minimum is 20 characters)"]}
    body = await api.post("posts.json", expect=422, json={"title": "Court", "raw": LONG, "category": 1})
    assert body == {"action": "create_post", "errors": ["Title is too short (minimum is 15 characters)"]}
    # PMs: 10 / 2
    ok = await api.post(
        "posts.json",
        json={"title": "Hi", "raw": "Dix lettres", "archetype": "private_message", "target_recipients": "membre"},
    )
    assert ok["post_number"] == 1
    body = await api.post("posts.json", expect=400, json={"topic_id": tid})
    assert body["errors"] == ["param is missing or the value is empty: raw"]


async def test_duplicate_post_rule_uses_the_clock(sandbox, api, clock):
    tid = sandbox.seed_topic_id
    await api.post("posts.json", user="membre", json={"topic_id": tid, "raw": LONG})
    clock.advance(seconds=130)  # past the memoizer window
    body = await api.post("posts.json", user="membre", expect=422, json={"topic_id": tid, "raw": LONG})
    assert body == {"action": "create_post", "errors": ["Corps est trop similaire à ce que vous avez récemment publié"]}
    # same raw in another topic is still a duplicate (the key is per user, any topic)
    other = sandbox.create_post("scribe", "Un autre sujet pour tester les doublons.", title="Sujet pour les doublons")
    with pytest.raises(SandboxError) as exc:
        sandbox.create_post("membre", LONG, topic_id=other["topic_id"])
    assert exc.value.status == 422
    # staff are exempt; PMs use a separate key
    await api.post("posts.json", user="moderateur", json={"topic_id": tid, "raw": LONG})
    await api.post(
        "posts.json",
        user="membre",
        json={"title": "Un message", "raw": LONG, "archetype": "private_message", "target_recipients": "scribe"},
    )
    clock.advance(minutes=5)
    await api.post("posts.json", user="membre", json={"topic_id": tid, "raw": LONG})


async def test_memoized_replay_creates_one_post(sandbox, api, clock):
    tid = sandbox.seed_topic_id
    req = {"topic_id": tid, "raw": "Réponse envoyée deux fois par un client qui réessaie."}
    a = await api.post("posts.json", json=req)
    clock.advance(seconds=60)
    b = await api.post("posts.json", json=req)
    assert a == b
    assert len(sandbox.posts_by("scribe")) == 1
    clock.advance(seconds=61)  # memo expired: now the duplicate-post rule answers
    c = await api.post("posts.json", expect=422, json=req)
    assert c["errors"] == ["Corps est trop similaire à ce que vous avez récemment publié"]
    # form-encoded, without .json (pydiscourse's way) is the same endpoint
    r, body = await api.call("POST", "posts", data={"topic_id": str(tid), "raw": "Une réponse postée en formulaire."})
    assert r.status == 200 and json.loads(body)["post_number"] == 23


async def test_bad_key_unknown_user_and_anonymous(sandbox, api):
    expected = {
        "errors": ["You are not permitted to view the requested resource. The API username or key is invalid."],
        "error_type": "invalid_access",
    }
    r, body = await api.call("GET", "posts.json", key="nope")
    assert r.status == 403 and json.loads(body) == expected
    assert r.headers["Content-Type"] == "application/json; charset=utf-8"
    r, body = await api.call("GET", "posts.json", user="personne")
    assert r.status == 403 and json.loads(body) == expected
    sandbox.set_user("membre", suspended=True)
    r, body = await api.call("GET", "posts.json", user="membre")
    assert r.status == 403
    # anonymous reads of public content are allowed, writes are not
    assert (await api.get("posts.json", user=None))["latest_posts"]
    body = await api.post("posts.json", user=None, expect=403, json={"topic_id": sandbox.seed_topic_id, "raw": LONG})
    assert body["error_type"] == "not_logged_in"


async def test_topic_show_errors_are_not_json(sandbox, api):
    r, body = await api.call("GET", "t/999999.json")
    assert r.status == 404 and r.content_type == "text/html"
    staff = sandbox.create_post(
        "moderateur", "Discussion interne de l’équipe de modération.", title="Réunion de l’équipe", category_id=4
    )
    r, body = await api.call("GET", f"t/{staff['topic_id']}.json", user="membre")
    assert r.status == 403 and r.content_type == "text/plain"
    # the other endpoints answer JSON errors
    body = await api.get(f"posts/{staff['id']}.json", user="membre", expect=403)
    assert body["error_type"] == "invalid_access"
    body = await api.get("posts/999999.json", expect=404)
    assert body["error_type"] == "not_found"
    body = await api.get("u/personne.json", expect=404)
    assert body["error_type"] == "not_found"


async def test_slug_mismatch_redirects(sandbox, api):
    tid = sandbox.seed_topic_id
    r, _ = await api.call("GET", f"t/mauvais-slug/{tid}.json")
    assert r.status == 301 and r.headers["Location"] == f"/t/{sandbox.topic(tid).slug}/{tid}.json"
    data = await api.get(f"t/{sandbox.topic(tid).slug}/{tid}.json")
    assert data["id"] == tid


async def test_read_restricted_category(sandbox, api):
    staff = sandbox.create_post(
        "moderateur", "Discussion interne de l’équipe de modération.", title="Réunion de l’équipe", category_id=4
    )
    for_member = await api.get("site.json", user="membre")
    assert 4 not in [c["id"] for c in for_member["categories"]]
    for_mod = await api.get("site.json", user="moderateur")
    assert {"id": 4, "read_restricted": True}.items() <= next(c for c in for_mod["categories"] if c["id"] == 4).items()
    assert staff["id"] not in [p["id"] for p in (await api.get("posts.json", user="membre"))["latest_posts"]]
    assert staff["id"] not in [p["id"] for p in (await api.get("posts.json", user="scribe"))["latest_posts"]]
    assert staff["id"] in [p["id"] for p in (await api.get("posts.json", user="moderateur"))["latest_posts"]]
    assert (await api.get(f"t/{staff['topic_id']}.json", user="moderateur"))["category_id"] == 4
    assert staff["topic_id"] not in [
        t["id"] for t in (await api.get("latest.json", user="membre"))["topic_list"]["topics"]
    ]
    # membre cannot post there either
    body = await api.post(
        "posts.json", user="membre", expect=403, json={"title": "Je veux écrire ici", "raw": LONG, "category": 4}
    )
    assert body["error_type"] == "invalid_access"


async def test_mentions_replies_and_quotes_notify(sandbox, api):
    tid = sandbox.seed_topic_id
    await api.post("posts.json", user="membre", json={"topic_id": tid, "raw": "Bonjour @scribe, peux-tu résumer ?"})
    await api.post(
        "posts.json",
        user="moderateur",
        json={
            "topic_id": tid,
            "raw": f'[quote="membre, post:22, topic:{tid}"]\nBonjour @scribe, peux-tu résumer ?\n[/quote]\n\n'
            "Moi aussi je veux un résumé.",
        },
    )
    await api.post(
        "posts.json", user="Simon", json={"topic_id": tid, "raw": "Écrire `@scribe` en code ne notifie pas."}
    )
    notes = (await api.get("notifications.json"))["notifications"]
    assert [(n["notification_type"], n["post_number"]) for n in notes] == [(1, 22)]
    assert notes[0]["data"]["original_username"] == "membre"
    # the quote notified membre as quoted (3), not mentioned
    member = (await api.get("notifications.json", user="membre"))["notifications"]
    assert [n["notification_type"] for n in member] == [3]
    # a reply to a post notifies its author (2)
    await api.post(
        "posts.json",
        json={"topic_id": tid, "reply_to_post_number": 22, "raw": "Voici un résumé des échanges jusqu’ici."},
    )
    member = (await api.get("notifications.json", user="membre"))["notifications"]
    assert [n["notification_type"] for n in member] == [2, 3]
    await api.put("notifications/mark-read.json", user="membre", json={"id": member[0]["id"]})
    unread = (await api.get("notifications.json", user="membre", params={"filter": "unread"}))["notifications"]
    assert [n["notification_type"] for n in unread] == [3]
    # mention stream for the bot
    actions = (await api.get("user_actions.json", params={"username": "scribe", "filter": "7"}))["user_actions"]
    assert [(a["post_number"], a["acting_username"]) for a in actions] == [(22, "membre")]


async def test_private_messages(sandbox, api):
    pm = await api.post(
        "posts.json",
        user="membre",
        json={
            "title": "Question privée",
            "raw": "Peux-tu m’aider en privé ?",
            "archetype": "private_message",
            "target_recipients": "scribe",
        },
    )
    assert sandbox.topic(pm["topic_id"]).archetype == "private_message"
    assert [n["notification_type"] for n in (await api.get("notifications.json"))["notifications"]] == [6]
    assert (await api.get("private-posts.json"))["private_posts"][0]["id"] == pm["id"]
    assert pm["id"] not in [p["id"] for p in (await api.get("posts.json"))["latest_posts"]]
    r, _ = await api.call("GET", f"t/{pm['topic_id']}.json", user="moderateur")
    assert r.status == 403
    await api.get(f"t/{pm['topic_id']}.json", user="system")  # admins see every PM
    assert (await api.get("private-posts.json", user="moderateur"))["private_posts"] == []


async def test_edit_permissions_and_versions(sandbox, api):
    post = await api.post(
        "posts.json", json={"topic_id": sandbox.seed_topic_id, "raw": "Première version de ma réponse."}
    )
    body = await api.put(
        f"posts/{post['id']}.json",
        user="membre",
        expect=403,
        json={"post": {"raw": "Je modifie la réponse d’un autre."}},
    )
    assert body["error_type"] == "invalid_access"
    upd = await api.put(
        f"posts/{post['id']}",
        user="moderateur",
        data={"post[raw]": "Version corrigée par la modération.", "post[edit_reason]": "typo"},
    )
    assert upd["post"]["version"] == 2 and upd["post"]["raw"] == "Version corrigée par la modération."
    assert upd["post"]["edit_reason"] == "typo"


async def test_consecutive_replies_limit(sandbox, api):
    topic = sandbox.create_post("membre", "Un sujet ouvert par membre pour tester.", title="Sujet ouvert par membre")
    tid = topic["topic_id"]
    for i in range(3):
        await api.post("posts.json", json={"topic_id": tid, "raw": f"Réponse consécutive numéro {i} du bot."})
    body = await api.post("posts.json", expect=422, json={"topic_id": tid, "raw": "Une quatrième réponse de suite."})
    assert body["errors"][0].startswith("Seules 3 réponses consécutives sont autorisées.")


async def test_likes_and_likers(sandbox, api):
    tid = sandbox.seed_topic_id
    post = sandbox.topic_posts(tid)[1]  # post 2, 2 seed likes
    liked = await api.post("post_actions.json", json={"id": post.id, "post_action_type_id": 2})
    assert liked["actions_summary"][0] == {"id": 2, "count": 3, "acted": True, "can_undo": True, "can_act": False}
    users = await api.get("post_action_users.json", params={"id": post.id, "post_action_type_id": 2})
    assert [u["username"] for u in users["post_action_users"]] == ["membre_01", "membre_02", "scribe"]
    assert "total_rows_post_action_users" not in users
    paged = await api.get("post_action_users.json", params={"id": post.id, "post_action_type_id": 2, "limit": 2})
    assert paged["total_rows_post_action_users"] == 3 and len(paged["post_action_users"]) == 2
    # no like → no count key; the author cannot act on their own post
    mine = await api.get(f"posts/{sandbox.topic_posts(tid)[2].id}.json", user=sandbox.topic_posts(tid)[2].username)
    assert mine["actions_summary"] == []
    fresh = await api.get(f"posts/{sandbox.topic_posts(tid)[2].id}.json")
    assert fresh["actions_summary"] == [{"id": 2, "can_act": True}]
    received = (await api.get("user_actions.json", params={"username": post.username, "filter": "2"}))["user_actions"]
    assert sorted(a["acting_username"] for a in received) == ["membre_01", "membre_02", "scribe"]
