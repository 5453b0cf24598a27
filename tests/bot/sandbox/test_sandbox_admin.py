"""The admin endpoints scribe setup uses, as Discourse answers them."""

from __future__ import annotations

from tests.conftest import validate


async def test_users_keys_and_staff_rights(sandbox, api):
    made = await api.post(
        "/users.json",
        user="system",
        json={
            "name": "Greffier",
            "username": "greffier",
            "email": "g@example.org",
            "password": "x" * 16,
            "active": True,
        },
    )
    validate("user_create_response", made)
    assert made["success"] and made["active"]
    taken = await api.post(
        "/users.json", user="system", json={"username": "greffier", "email": "h@example.org", "password": "y" * 16}
    )
    assert taken["success"] is False and "username" in taken["errors"]
    await api.put(f"/admin/users/{made['user_id']}/grant_moderation.json", user="membre", expect=403)
    granted = await api.put(f"/admin/users/{made['user_id']}/grant_moderation.json", user="system")
    assert granted["admin_user"]["moderator"] is True

    key = (await api.post("/admin/api/keys.json", user="system", json={"key": {"username": "greffier"}}))["key"]
    listed = (await api.get("/admin/api/keys.json", user="system"))["keys"]
    assert "key" not in listed[0] and listed[0]["truncated_key"] == key["key"][:4]  # shown once, at creation
    me = await api.json("GET", "/session/current.json", user="greffier", key=key["key"])
    assert me["current_user"]["username"] == "greffier"
    r, _ = await api.call("GET", "/session/current.json", user="membre", key=key["key"])
    assert r.status == 403  # a single-user key acts only as its user
    await api.post(f"/admin/api/keys/{key['id']}/revoke.json", user="system")
    r, _ = await api.call("GET", "/session/current.json", user="greffier", key=key["key"])
    assert r.status == 403


async def test_categories_and_web_hooks(sandbox, api):
    made = await api.post("/categories.json", user="system", data={"name": "Résumés", "color": "0088CC"})
    assert made["category"]["slug"] == "resumes" and not made["category"]["read_restricted"]
    await api.post("/categories.json", user="system", data={"name": "résumés", "color": "0088CC"}, expect=422)
    hook = {
        "payload_url": "https://scribe.example.org/webhooks/discourse",
        "secret": "short",
        "active": True,
        "web_hook_event_type_ids": [201],
    }
    await api.post("/admin/api/web_hooks.json", user="system", json={"web_hook": hook}, expect=422)
    hook["secret"] = "a-secret-of-enough-length"
    made = (await api.post("/admin/api/web_hooks.json", user="system", json={"web_hook": hook}))["web_hook"]
    assert [t["name"] for t in made["web_hook_event_types"]] == ["post_created"]
    [listed] = (await api.get("/admin/api/web_hooks.json", user="system"))["web_hooks"]
    assert listed["secret"] == hook["secret"]
    assert [h.url for h in sandbox.webhooks.hooks] == [hook["payload_url"]]
    await api.get("/admin/api/web_hooks.json", user="moderateur", expect=403)
