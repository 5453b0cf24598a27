"""aiohttp.web application: the Discourse HTTP API of the sandbox forum.

Shapes, status codes and error bodies follow Discourse (see the API reference):
JSON responses always carry ``Content-Type: application/json; charset=utf-8``;
topics#show errors are HTML (404) or plain text (403), like the real one.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from datetime import timedelta
from email.utils import format_datetime
from typing import TYPE_CHECKING

from aiohttp import web

from . import admin, polls, uploads
from . import serializers as ser
from .faults import ip_rate_limit_text, rate_limit_body
from .state import (
    INVALID_ACCESS,
    NOT_FOUND,
    NOT_LOGGED_IN,
    REGULAR,
    PostRecord,
    SandboxError,
    TopicRecord,
    UserRecord,
    iso,
    parse_time,
)

if TYPE_CHECKING:  # pragma: no cover
    from . import Sandbox

SANDBOX: web.AppKey = web.AppKey("sandbox", object)
VIEWER: web.RequestKey = web.RequestKey("viewer", object)

INVALID_API = {
    "errors": ["You are not permitted to view the requested resource. The API username or key is invalid."],
    "error_type": "invalid_access",
}
NOT_FOUND_HTML = (
    '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Page Not Found - Sandbox</title></head>\n'
    '<body><div class="page-not-found"><h1 class="title">Oops! That page doesn’t exist or is private.</h1>'
    "</div></body>\n</html>\n"
)


def jresp(data, status: int = 200, headers: dict | None = None) -> web.Response:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    resp = web.Response(text=body, status=status, headers=headers)
    resp.content_type = "application/json"
    resp.charset = "utf-8"
    return resp


def error(status: int, body: dict) -> web.Response:
    response = jresp(body, status)
    wait = (body.get("extras") or {}).get("wait_seconds") if status == 429 else None
    if wait is not None:
        response.headers["Retry-After"] = str(wait)  # ApplicationController#render_rate_limit_error
    return response


def sb_of(request: web.Request) -> Sandbox:
    return request.app[SANDBOX]


async def forum_date(request: web.Request, resp: web.StreamResponse) -> None:
    """Every answer carries the forum's time in its `Date` header, as a web server does: the
    sandbox's clock, the one that stamps its posts."""
    resp.headers["Date"] = format_datetime(sb_of(request).clock(), usegmt=True)


def viewer_of(request: web.Request) -> UserRecord | None:
    return request.get(VIEWER)


def require_login(request: web.Request) -> UserRecord:
    user = viewer_of(request)
    if user is None:
        raise SandboxError(403, NOT_LOGGED_IN)
    return user


async def read_params(request: web.Request) -> dict:
    """JSON, urlencoded or multipart body merged over the query string."""
    params: dict = {}
    for k in request.query:
        vals = request.query.getall(k)
        params[k] = vals if k.endswith("[]") else vals[-1]
    if request.body_exists:  # also when a fault rule already read it (the bytes are kept)
        ctype = request.content_type
        if ctype == "application/json":
            try:
                data = await request.json()
            except ValueError:
                raise SandboxError(
                    400,
                    {
                        "errors": ["You supplied invalid parameters to the request: JSON"],
                        "error_type": "invalid_parameters",
                    },
                ) from None
            if isinstance(data, dict):
                params.update(data)
        else:
            form = await request.post()
            for k in form:
                fields = form.getall(k)
                params[k] = [str(v) for v in fields] if k.endswith("[]") else str(fields[-1])
    return params


def nested(params: dict, root: str) -> dict:
    """Rails-style ``post[raw]`` keys or a nested JSON object."""
    out = dict(params.get(root) or {}) if isinstance(params.get(root), dict) else {}
    prefix = root + "["
    for k, v in params.items():
        if k.startswith(prefix) and k.endswith("]"):
            out[k[len(prefix) : -1]] = v
    return out


def as_int(value, name: str) -> int | None:
    """An optional integer parameter: None when absent or empty, 400 when not a number."""
    if value in (None, ""):
        return None
    return need_int(value, name)


def need_int(value, name: str) -> int:
    """A required integer parameter: 400 when absent or not a number."""
    try:
        return int(value)
    except (TypeError, ValueError):
        raise SandboxError(
            400,
            {"errors": [f"You supplied invalid parameters to the request: {name}"], "error_type": "invalid_parameters"},
        ) from None


# --------------------------------------------------------------------------- middlewares


@web.middleware
async def count_and_faults(request: web.Request, handler):
    sb = sb_of(request)
    sb._count(request.method, request.path)
    faults = sb.faults
    if faults.is_down:
        if request.transport is not None:
            request.transport.abort()
        raise asyncio.CancelledError()
    refused = faults.check_window(request.headers.get("User-Api-Key"))
    if refused is not None:
        wait, code = refused
        return jresp(rate_limit_body(wait), 429, {"Retry-After": str(wait), "Discourse-Rate-Limit-Error-Code": code})
    sent = (await request.read()).decode("utf-8", "replace") if faults.reads_bodies else ""
    picked = faults.take(request.method, request.path, sent)
    malformed = False
    for f in picked:
        if f.kind == "slow":
            await asyncio.sleep(f.params["seconds"])
    for f in picked:
        if f.kind == "rate_limit":
            w = f.params["wait_seconds"]
            return jresp(
                rate_limit_body(w),
                429,
                {"Retry-After": str(w), "Discourse-Rate-Limit-Error-Code": f.params["error_code"]},
            )
        if f.kind == "ip_rate_limit":
            w = f.params["wait_seconds"]
            return web.Response(
                text=ip_rate_limit_text(w, f.params["error_code"]),
                status=429,
                content_type="text/plain",
                headers={"Retry-After": str(w), "Discourse-Rate-Limit-Error-Code": f.params["error_code"]},
            )
        if f.kind == "server_error":
            status = f.params["status"]
            reason = {
                500: "Internal Server Error",
                502: "Bad Gateway",
                503: "Service Unavailable",
                504: "Gateway Time-out",
            }.get(status, "Error")
            return web.Response(
                text=f"<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
                f"<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
                status=status,
                content_type="text/html",
                headers={"Retry-After": str(f.params["retry_after"])} if f.params["retry_after"] is not None else None,
            )
        if f.kind == "malformed":
            malformed = True
    resp = await handler(request)
    if malformed and isinstance(resp, web.Response) and isinstance(resp.body, bytes | bytearray):
        body = bytes(resp.body)
        cut = web.Response(body=body[: max(1, len(body) // 2)], status=200)
        cut.content_type = "application/json"
        cut.charset = "utf-8"
        return cut
    return resp


@web.middleware
async def auth(request: web.Request, handler):
    sb = sb_of(request)
    key = request.headers.get("Api-Key")
    if key is not None:
        user = None
        if key != sb.api_key:
            user = admin.api_key_user(sb, key, request.headers.get("Api-Username"))
            if user is None:
                return error(403, INVALID_API)
        elif request.headers.get("Api-Username"):
            user = sb.forum.user(request.headers["Api-Username"])
        elif request.headers.get("Api-User-Id"):
            try:
                user = sb.forum.users_by_id.get(int(request.headers["Api-User-Id"]))
            except ValueError:
                user = None
        if user is None or user.suspended:
            return error(403, INVALID_API)
        request[VIEWER] = user
    try:
        return await handler(request)
    except SandboxError as e:
        return error(e.status, e.body)


# --------------------------------------------------------------------------- reading


async def site(request):
    sb = sb_of(request)
    viewer = viewer_of(request)
    forum = sb.forum
    cats = []
    for pos, c in enumerate(sorted(forum.categories.values(), key=lambda c: c.id)):
        if not forum.can_see_category(viewer, c.id):
            continue
        topics = [t for t in forum.topics.values() if t.category_id == c.id and t.deleted_at is None]
        cats.append(
            {
                "id": c.id,
                "name": c.name,
                "color": c.color,
                "text_color": "FFFFFF",
                "slug": c.slug,
                "topic_count": len(topics),
                "post_count": sum(len(t.post_ids) for t in topics),
                "position": pos,
                "description": c.description,
                "description_text": c.description,
                "topic_url": None,
                "read_restricted": c.read_restricted,
                "permission": 1 if viewer else None,
                "notification_level": 1,
                "parent_category_id": None,
                "has_children": False,
                "subcategory_ids": [],
            }
        )
    return jresp(
        {
            "default_archetype": "regular",
            "notification_types": {
                "mentioned": 1,
                "replied": 2,
                "quoted": 3,
                "edited": 4,
                "liked": 5,
                "private_message": 6,
                "invited_to_private_message": 7,
                "posted": 9,
                "linked": 11,
                "group_mentioned": 15,
                "liked_consolidated": 19,
                "reaction": 25,
            },
            "post_types": {"regular": 1, "moderator_action": 2, "small_action": 3, "whisper": 4},
            "trust_levels": {"newuser": 0, "basic": 1, "member": 2, "regular": 3, "leader": 4},
            "groups": [
                {"id": g.id, "name": g.name, "flair_url": None, "flair_bg_color": None, "flair_color": None}
                for g in sb.forum.groups.values()
            ],
            "post_action_types": [{"id": 2, "name_key": "like", "name": "Like", "is_flag": False}],
            "categories": cats,
            "archetypes": [{"id": "regular", "name": "Regular Topic", "options": []}],
            "can_create_tag": False,
            "can_tag_topics": False,
            "uncategorized_category_id": 1,
        }
    )


def _topic_list(request, topics) -> web.Response:
    sb = sb_of(request)
    forum = sb.forum
    viewer = viewer_of(request)
    page = as_int(request.query.get("page"), "page") or 0
    per_page = min(max(as_int(request.query.get("per_page"), "per_page") or 30, 1), 100)
    order = request.query.get("order", "default")
    asc = request.query.get("ascending") == "true"
    rows = []
    for t in topics:
        posts = forum.visible_posts(viewer, t)
        if posts:
            rows.append((t, posts))
    key = {
        "created": lambda r: r[0].created_at,
        "posts": lambda r: len(r[1]),
        "likes": lambda r: sum(p.like_count for p in r[1]),
    }.get(order, lambda r: r[1][-1].created_at)
    rows.sort(key=key, reverse=not asc)
    chunk = rows[page * per_page : (page + 1) * per_page]
    users: dict[int, dict] = {}
    items = []
    for t, posts in chunk:
        item = ser.topic_json_base(forum, t, posts)
        posters: list[dict] = []
        seen: list[int] = []
        for p in [posts[0], *posts[::-1]]:
            u = forum.user(p.username)
            if u and u.id not in seen and len(seen) < 5:
                seen.append(u.id)
                users[u.id] = ser.user_brief(u)
                desc = (
                    "Original Poster"
                    if not posters
                    else ("Most Recent Poster" if len(posters) == 1 else "Frequent Poster")
                )
                posters.append(
                    {
                        "extras": None if posters or len(posts) > 1 else "latest",
                        "description": desc,
                        "user_id": u.id,
                        "primary_group_id": None,
                    }
                )
        item["posters"] = posters
        item["tags"] = list(t.tags)
        item["op_like_count"] = posts[0].like_count
        items.append(item)
    topic_list = {"can_create_topic": viewer is not None, "per_page": per_page, "topics": items}
    if (page + 1) * per_page < len(rows):
        topic_list["more_topics_url"] = f"{request.path.removesuffix('.json')}?page={page + 1}"
    return jresp({"users": list(users.values()), "primary_groups": [], "topic_list": topic_list})


async def latest(request):
    forum = sb_of(request).forum
    viewer = viewer_of(request)
    # TopicQuery leaves deleted topics out of every list, staff's included (they see them only with status=deleted).
    topics = [
        t
        for t in forum.topics.values()
        if not t.is_pm and t.visible and t.deleted_at is None and forum.can_see_topic(viewer, t)
    ]
    return _topic_list(request, topics)


async def category_topics(request):
    forum = sb_of(request).forum
    viewer = viewer_of(request)
    cid = int(request.match_info["id"])
    if cid not in forum.categories:
        raise SandboxError(404, NOT_FOUND)
    if not forum.can_see_category(viewer, cid):
        raise SandboxError(403, INVALID_ACCESS)
    topics = [
        t
        for t in forum.topics.values()
        if t.category_id == cid and not t.is_pm and t.deleted_at is None and forum.can_see_topic(viewer, t)
    ]
    return _topic_list(request, topics)


async def categories(request):
    forum = sb_of(request).forum
    viewer = viewer_of(request)
    cats = [
        {
            "id": c.id,
            "name": c.name,
            "slug": c.slug,
            "color": c.color,
            "text_color": "FFFFFF",
            "read_restricted": c.read_restricted,
            "description": c.description,
            "topic_count": sum(1 for t in forum.topics.values() if t.category_id == c.id),
        }
        for c in forum.categories.values()
        if forum.can_see_category(viewer, c.id)
    ]
    return jresp(
        {
            "category_list": {
                "can_create_category": bool(viewer and viewer.admin),
                "can_create_topic": viewer is not None,
                "categories": cats,
            }
        }
    )


def _latest_posts(request, private: bool) -> web.Response:
    forum = sb_of(request).forum
    viewer = viewer_of(request)
    before = as_int(request.query.get("before"), "before")
    if before is not None and before <= 0:
        before = None  # PostsController#latest: `last_post_id = nil if last_post_id <= 0`
    inclusive = forum.settings.inclusive_before or forum.settings.id_window_before
    top = before if before is not None else max(forum.posts, default=0)
    out = []
    for pid in sorted(forum.posts, reverse=True):
        if before is not None and (pid > before if inclusive else pid >= before):
            continue
        if forum.settings.id_window_before and pid <= top - 50:
            break
        p = forum.posts[pid]
        t = forum.topics[p.topic_id]
        if t.is_pm != private or p.post_type != REGULAR or p.deleted_at is not None:
            continue
        if not private and (p.hidden or not t.visible):
            continue  # LatestPostsQuery#public_posts: Post.visible (topics.visible, posts.hidden false)
        if not forum.can_see_post(viewer, p):
            continue
        out.append(ser.post_json(forum, p, viewer, "latest"))
        if len(out) >= 50:
            break
    return jresp({"private_posts" if private else "latest_posts": out})


async def latest_posts(request):
    return _latest_posts(request, private=False)


async def private_posts(request):
    if viewer_of(request) is None:
        raise SandboxError(404, NOT_FOUND)
    return _latest_posts(request, private=True)


def _topic_or_html(request, topic_id: int):
    """topics#show: 404 → HTML page, 403 → plain text (not JSON)."""
    forum = sb_of(request).forum
    viewer = viewer_of(request)
    topic = forum.topics.get(topic_id)
    if topic is None or (topic.deleted_at is not None and not (viewer and viewer.staff)):
        return None, web.Response(text=NOT_FOUND_HTML, status=404, content_type="text/html")
    if not forum.can_see_topic(viewer, topic):
        return None, web.Response(
            text="You are not permitted to view the requested resource.", status=403, content_type="text/plain"
        )
    return topic, None


async def topic_show(request):
    forum = sb_of(request).forum
    viewer = viewer_of(request)
    mi = request.match_info
    slug = mi.get("slug")
    post_number = as_int(mi.get("post_number"), "post_number")
    topic_id = int(mi["id"])
    if (
        slug is not None
        and slug.isdigit()
        and post_number is None
        and int(slug) in forum.topics
        and forum.topics[int(slug)].slug != slug
    ):
        # /t/{topic_id}/{post_number}.json
        topic_id, post_number = int(slug), topic_id
        slug = None
    topic, err = _topic_or_html(request, topic_id)
    if err is not None:
        return err
    if slug is not None and slug != topic.slug:
        loc = f"/t/{topic.slug}/{topic.id}" + (f"/{post_number}" if post_number else "") + ".json"
        raise web.HTTPMovedPermanently(location=loc)
    page = as_int(request.query.get("page"), "page")
    topic.views += 1
    data = ser.topic_view_json(forum, topic, viewer, page)
    if post_number and not page:
        posts = forum.visible_posts(viewer, topic)
        idx = next((i for i, p in enumerate(posts) if p.post_number >= post_number), max(len(posts) - 1, 0))
        start = max(0, min(idx - 5, len(posts) - 20))
        data["post_stream"]["posts"] = [
            ser.post_json(forum, p, viewer, "topic_view") for p in posts[start : start + 20]
        ]
        data["current_post_number"] = post_number
    return jresp(data)


def _topic_of(request: web.Request) -> TopicRecord:
    """The topic of a `/t/{id}/…` JSON read, if its reader may see it (errors as JSON)."""
    forum = sb_of(request).forum
    viewer = viewer_of(request)
    topic = forum.topics.get(int(request.match_info["id"]))
    if topic is None or (topic.deleted_at is not None and not (viewer and viewer.staff)):
        raise SandboxError(404, NOT_FOUND)
    if not forum.can_see_topic(viewer, topic):
        raise SandboxError(403, INVALID_ACCESS)
    return topic


async def topic_post_ids(request):
    """topics#post_ids: every id after `post_number`, with no page limit (how the web client
    selects "everything below" in a mega topic); without a post number, the first page's.
    `username_filters` (comma-separated) keeps the opening post and those users' posts."""
    posts = sb_of(request).forum.visible_posts(viewer_of(request), _topic_of(request))
    if request.query.get("username_filters"):
        names = {n.strip().lower() for n in request.query["username_filters"].split(",")}
        posts = [p for p in posts if p.post_number == 1 or p.username.lower() in names]
    if request.query.get("post_number"):
        n = _sort_point(request, need_int(request.query["post_number"], "post_number"))
        chosen = [p for p in posts if p.post_number > n]
    else:
        chosen = posts[:20]
    return jresp({"post_ids": [p.id for p in chosen]})


def _sort_point(request: web.Request, post_number: int) -> int:
    """TopicView#get_sort_order: the post numbered so (deleted or not), else the nearest the
    topic has; reads before or after a post number are relative to it."""
    forum = sb_of(request).forum
    numbers = {forum.posts[i].post_number for i in forum.topics[int(request.match_info["id"])].post_ids}
    if not numbers or post_number in numbers:
        return post_number
    return min(numbers, key=lambda n: (abs(n - post_number), n))


async def topic_posts(request):
    forum = sb_of(request).forum
    viewer = viewer_of(request)
    topic = _topic_of(request)
    ids = request.query.getall("post_ids[]", []) or request.query.getall("post_ids", [])
    if ids:  # only the asked posts are looked at: a page of a long topic costs a page
        wanted = {as_int(i, "post_ids") for i in ids}
        chosen = [p for i in topic.post_ids if i in wanted and forum.can_see_post(viewer, p := forum.posts[i])]
    elif request.query.get("post_number"):
        posts = forum.visible_posts(viewer, topic)
        n = _sort_point(request, need_int(request.query["post_number"], "post_number"))
        if request.query.get("asc") == "true":
            chosen = [p for p in posts if p.post_number > n][:20]
        else:
            chosen = [p for p in posts if p.post_number < n][-20:]
    else:
        chosen = forum.visible_posts(viewer, topic)[:20]
    ctx = "topic_view_raw" if request.query.get("include_raw") in ("true", "1") else "topic_view"
    replies = ser.reply_counts(forum, topic)
    return jresp(
        {"post_stream": {"posts": [ser.post_json(forum, p, viewer, ctx, replies) for p in chosen]}, "id": topic.id}
    )


def visible_post(request: web.Request, post: PostRecord | None) -> PostRecord:
    forum = sb_of(request).forum
    viewer = viewer_of(request)
    if post is None:
        raise SandboxError(404, NOT_FOUND)
    topic = forum.topics[post.topic_id]
    if (post.deleted_at or topic.deleted_at) and not (viewer and viewer.staff):
        raise SandboxError(404, NOT_FOUND)
    if not forum.can_see_post(viewer, post):
        raise SandboxError(403, INVALID_ACCESS)
    return post


async def post_show(request):
    forum = sb_of(request).forum
    post = visible_post(request, forum.posts.get(int(request.match_info["id"])))
    return jresp(ser.post_json(forum, post, viewer_of(request), "show"))


async def post_by_number(request):
    forum = sb_of(request).forum
    tid, n = int(request.match_info["topic_id"]), int(request.match_info["post_number"])
    topic = forum.topics.get(tid)
    post = next((p for p in forum.topic_posts(tid) if p.post_number == n), None) if topic else None
    post = visible_post(request, post)
    return jresp(ser.post_json(forum, post, viewer_of(request), "show"))


async def raw_markdown(request):
    forum = sb_of(request).forum
    tid, n = int(request.match_info["topic_id"]), int(request.match_info.get("post_number", 1))
    post = next((p for p in forum.topic_posts(tid) if p.post_number == n), None) if tid in forum.topics else None
    post = visible_post(request, post)
    return web.Response(text=post.raw or "", content_type="text/plain")


# --------------------------------------------------------------------------- writing


def _signature(params: dict, user: UserRecord) -> str:
    items = sorted(
        [(k, json.dumps(v, sort_keys=True, ensure_ascii=False)) for k, v in params.items()] + [("user", str(user.id))]
    )
    return "post##" + hashlib.sha1("".join(f"{k}:{v}" for k, v in items).encode()).hexdigest()


async def create_post(request):
    sb = sb_of(request)
    forum = sb.forum
    user = require_login(request)
    params = await read_params(request)
    if not params.get("raw"):
        raise SandboxError(400, {"errors": ["param is missing or the value is empty: raw"]})
    # DistributedMemoizer: identical API request by the same user within 120 s → same result
    key = _signature(params, user)
    now = forum.clock()
    memo = sb._memo.get(key)
    if memo and memo[0] > now:
        status, body = memo[1], memo[2]
    else:
        try:
            post = forum.create_post(
                user.username,
                params.get("raw"),
                topic_id=as_int(params.get("topic_id"), "topic_id"),
                title=params.get("title"),
                category_id=as_int(params.get("category"), "category"),
                reply_to_post_number=as_int(params.get("reply_to_post_number"), "reply_to_post_number"),
                archetype=params.get("archetype") or "regular",
                target_recipients=params.get("target_recipients") or params.get("target_usernames"),
                created_at=parse_time(params.get("created_at")) if params.get("created_at") else None,
                skip_validations=str(params.get("skip_validations")).lower() == "true" and user.staff,
            )
            status, body = 200, ser.post_json(forum, post, user, "create")
        except SandboxError as e:
            if e.status != 422:
                raise
            status, body = e.status, e.body
        sb._memo[key] = (now + timedelta(seconds=120), status, body)
    if status == 200 and params.get("nested_post"):
        body = {"action": "create_post", "post": body, "success": True}
    return jresp(body, status)


async def update_post(request):
    forum = sb_of(request).forum
    user = require_login(request)
    params = await read_params(request)
    post_params = nested(params, "post")
    if "raw" not in post_params:
        if "raw" in params:
            post_params = {"raw": params["raw"], "edit_reason": params.get("edit_reason")}
        else:
            raise SandboxError(400, {"errors": ["param is missing or the value is empty: post"]})
    post = visible_post(request, forum.posts.get(int(request.match_info["id"])))
    post = forum.edit_post(post.id, post_params["raw"], user.username, post_params.get("edit_reason"))
    return jresp({"post": ser.post_json(forum, post, user, "update")})


async def delete_post(request):
    forum = sb_of(request).forum
    user = require_login(request)
    post = visible_post(request, forum.posts.get(int(request.match_info["id"])))
    forum.delete_post(post.id, user.username)
    return web.Response(status=200)


async def recover_post(request):
    forum = sb_of(request).forum
    user = require_login(request)
    post = forum.recover_post(int(request.match_info["id"]), user.username)
    return jresp(ser.post_json(forum, post, user, "update"))


async def update_topic(request):
    forum = sb_of(request).forum
    user = require_login(request)
    params = await read_params(request)
    category = as_int(params.get("category_id"), "category_id")
    topic = forum.edit_topic(int(request.match_info["id"]), user.username, params.get("title"), category)
    return jresp({"basic_topic": {"id": topic.id, "title": topic.title, "slug": topic.slug}})


async def post_actions_create(request):
    forum = sb_of(request).forum
    user = require_login(request)
    params = await read_params(request)
    pid = as_int(params.get("id"), "id")
    if pid is None:
        raise SandboxError(400, {"errors": ["param is missing or the value is empty: id"]})
    if as_int(params.get("post_action_type_id"), "post_action_type_id") != 2:
        raise SandboxError(403, INVALID_ACCESS)
    visible_post(request, forum.posts.get(pid))
    post = forum.like(pid, user.username)
    return jresp(ser.post_json(forum, post, user, "action"))


async def post_actions_delete(request):
    forum = sb_of(request).forum
    user = require_login(request)
    post = visible_post(request, forum.posts.get(int(request.match_info["id"])))
    before = len(post.likes)
    post.likes = [(u, t) for u, t in post.likes if u.lower() != user.username.lower()]
    if len(post.likes) == before:
        raise SandboxError(403, INVALID_ACCESS)
    return jresp(ser.post_json(forum, post, user, "action"))


async def post_action_users(request):
    forum = sb_of(request).forum
    viewer = viewer_of(request)
    pid = as_int(request.query.get("id"), "id")
    if pid is None:
        raise SandboxError(400, {"errors": ["param is missing or the value is empty: id"]})
    post = visible_post(request, forum.posts.get(pid))
    type_id = as_int(request.query.get("post_action_type_id"), "post_action_type_id") or 2
    page = as_int(request.query.get("page"), "page") or 0
    limit = min(as_int(request.query.get("limit"), "limit") or 200, 200)
    likers = sorted(post.likes, key=lambda ut: ut[1]) if type_id == 2 else []
    rows = []
    for name, _ in likers[page * limit : (page + 1) * limit]:
        u = forum.user(name)
        if u:
            rows.append(
                {
                    "id": u.id,
                    "username": u.username,
                    "name": u.name,
                    "avatar_template": u.avatar_template,
                    "post_url": None,
                    "username_lower": u.username.lower(),
                }
            )
    body: dict[str, object] = {"post_action_users": rows}
    if len(likers) > limit:
        body["total_rows_post_action_users"] = len(likers)
    _ = viewer
    return jresp(body)


# --------------------------------------------------------------------------- users


async def user_show(request):
    forum = sb_of(request).forum
    name = request.match_info["username"]
    user = forum.user(name)
    if user is None:
        raise SandboxError(404, NOT_FOUND)
    return jresp(ser.user_json(forum, user, viewer_of(request)))


async def session_current(request):
    user = viewer_of(request)
    if user is None:
        raise SandboxError(404, NOT_FOUND)
    return jresp(
        {
            "current_user": {
                **ser.user_brief(user),
                "admin": user.admin,
                "moderator": user.moderator,
                "staff": user.staff,
                "trust_level": user.trust_level,
                "groups": [
                    {"id": request.app[SANDBOX].forum.groups[g].id, "name": g}
                    for g in user.group_names()
                    if g in request.app[SANDBOX].forum.groups
                ],
            }
        }
    )


NOTIFICATION_TYPE_NAMES = {
    "mentioned": 1,
    "replied": 2,
    "quoted": 3,
    "edited": 4,
    "liked": 5,
    "private_message": 6,
    "invited_to_private_message": 7,
    "posted": 9,
    "linked": 11,
    "group_mentioned": 15,
    "liked_consolidated": 19,
}


async def notifications(request):
    forum = sb_of(request).forum
    viewer = require_login(request)
    name = request.query.get("username")
    target = forum.user(name) if name else viewer
    if target is None:
        raise SandboxError(404, NOT_FOUND)
    if target.id != viewer.id and not viewer.admin:
        raise SandboxError(403, INVALID_ACCESS)
    rows = [n for n in forum.notifications if n.user_id == target.id]
    rows.sort(key=lambda n: n.id, reverse=True)
    recent = request.query.get("recent") == "true"
    if request.query.get("filter_by_types"):
        wanted = {NOTIFICATION_TYPE_NAMES.get(x.strip()) for x in request.query["filter_by_types"].split(",")}
        rows = [n for n in rows if n.notification_type in wanted]
    filt = request.query.get("filter")
    if filt == "read":
        rows = [n for n in rows if n.read]
    elif filt == "unread":
        rows = [n for n in rows if not n.read]
    limit = min(as_int(request.query.get("limit"), "limit") or (15 if recent else 60), 60)
    offset = as_int(request.query.get("offset"), "offset") or 0
    if recent:
        rows.sort(key=lambda n: (n.read, not n.high_priority, -n.id))
    # Notification.filter_inaccessible_topic_notifications, after the page is cut: a page holds
    # fewer rows when some are of topics the reader may no longer see.
    page = [n for n in rows[offset : offset + limit] if _topic_readable(forum, viewer, n.topic_id)]
    seen = max((n.id for n in forum.notifications if n.user_id == target.id and n.read), default=0)
    body: dict[str, object] = {"notifications": [ser.notification_json(forum, n) for n in page]}
    if recent:
        body["seen_notification_id"] = seen
    else:
        body.update(
            {
                "total_rows_notifications": len(rows),
                "seen_notification_id": seen,
                "load_more_notifications": (
                    f"/notifications?limit={limit}&offset={offset + limit}&username={target.username}"
                ),
            }
        )
    return jresp(body)


def _topic_readable(forum, viewer: UserRecord, topic_id: int | None) -> bool:
    topic = forum.topics.get(topic_id) if topic_id is not None else None
    return topic is None or forum.can_see_topic(viewer, topic)


async def mark_read(request):
    forum = sb_of(request).forum
    viewer = require_login(request)
    params = await read_params(request)
    nid = as_int(params.get("id"), "id")
    for n in forum.notifications:
        if n.user_id == viewer.id and (nid is None or n.id == nid):
            n.read = True
    return jresp({"success": "OK"})


async def user_actions(request):
    from .user_actions import user_actions_for

    forum = sb_of(request).forum
    viewer = viewer_of(request)
    name = request.query.get("username")
    if not name:
        raise SandboxError(400, {"errors": ["param is missing or the value is empty: username"]})
    user = forum.user(name)
    if user is None:
        raise SandboxError(404, NOT_FOUND)
    filt = request.query.get("filter", "")
    types = {int(x) for x in filt.split(",") if x.strip().isdigit()}
    offset = as_int(request.query.get("offset"), "offset") or 0
    limit = min(as_int(request.query.get("limit"), "limit") or 30, 60)
    rows = user_actions_for(forum, user, viewer, types)
    return jresp({"user_actions": rows[offset : offset + limit]})


# --------------------------------------------------------------------------- app


def both(router, method, path, handler):
    """Register ``path`` (ending in .json) and its form without the extension."""
    router.add_route(method, path, handler)
    router.add_route(method, path[: -len(".json")], handler)


def build_app(sandbox: Sandbox) -> web.Application:
    app = web.Application(middlewares=[count_and_faults, auth], client_max_size=10 * 1024**2)
    app.on_response_prepare.append(forum_date)
    app[SANDBOX] = sandbox
    r = app.router
    both(r, "GET", "/site.json", site)
    both(r, "GET", "/latest.json", latest)
    both(r, "GET", "/categories.json", categories)
    both(r, "GET", "/c/{slug}/{id:\\d+}.json", category_topics)
    both(r, "GET", "/c/{id:\\d+}.json", category_topics)
    both(r, "GET", "/posts.json", latest_posts)
    both(r, "GET", "/private-posts.json", private_posts)
    both(r, "POST", "/posts.json", create_post)
    both(r, "GET", "/t/{id:\\d+}/posts.json", topic_posts)
    both(r, "GET", "/t/{id:\\d+}/post_ids.json", topic_post_ids)
    both(r, "GET", "/t/{id:\\d+}.json", topic_show)
    both(r, "GET", "/t/{slug}/{id:\\d+}.json", topic_show)
    both(r, "GET", "/t/{slug}/{id:\\d+}/{post_number:\\d+}.json", topic_show)
    both(r, "GET", "/posts/{id:\\d+}.json", post_show)
    both(r, "PUT", "/posts/{id:\\d+}.json", update_post)
    both(r, "DELETE", "/posts/{id:\\d+}.json", delete_post)
    both(r, "PUT", "/posts/{id:\\d+}/recover.json", recover_post)
    both(r, "PUT", "/t/{slug}/{id:\\d+}.json", update_topic)
    both(r, "PUT", "/t/{id:\\d+}.json", update_topic)
    both(r, "GET", "/posts/by_number/{topic_id:\\d+}/{post_number:\\d+}.json", post_by_number)
    r.add_get("/raw/{topic_id:\\d+}", raw_markdown)
    r.add_get("/raw/{topic_id:\\d+}/{post_number:\\d+}", raw_markdown)
    both(r, "POST", "/post_actions.json", post_actions_create)
    both(r, "DELETE", "/post_actions/{id:\\d+}.json", post_actions_delete)
    both(r, "GET", "/post_action_users.json", post_action_users)
    both(r, "GET", "/u/{username}.json", user_show)
    both(r, "GET", "/users/{username}.json", user_show)
    both(r, "GET", "/session/current.json", session_current)
    both(r, "GET", "/notifications.json", notifications)
    both(r, "PUT", "/notifications/mark-read.json", mark_read)
    both(r, "GET", "/user_actions.json", user_actions)
    uploads.register(r)
    admin.register(r)
    polls.register(r)
    _ = iso
    return app
