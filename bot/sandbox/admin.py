"""The admin endpoints `scribe setup` uses, as Discourse has them.

- `GET /session/hp.json` (the honeypot pydiscourse's `create_user` reads first) and
  `POST /users.json` (UsersController#create: `active`/`approved` honoured for admin keys;
  a taken username answers 200 with `success: false` and `errors`);
- `GET /admin/users/{id}.json`, `PUT /admin/users/{id}/grant_moderation.json`
  (Admin::UsersController; answers the admin user record);
- `GET|POST /admin/api/keys.json`, `POST /admin/api/keys/{id}/revoke.json`
  (Admin::ApiController: `key[description]`, `key[username]` for a single-user key; the
  full key is shown once, at creation; lists carry `truncated_key` only);
- `POST /categories.json` (CategoriesController#create: `name`, `color`, `text_color`,
  `permissions[group]`; a taken name is a 422);
- `GET|POST /admin/api/web_hooks.json`, `PUT /admin/api/web_hooks/{id}.json`
  (Admin::WebHooksController, AdminWebHookSerializer; a secret shorter than 12 characters
  is refused; `web_hook_event_type_ids` are WebHookEventType ids such as 201 post_created).

Admin routes answer 403 `invalid_access` to anyone but an admin. Keys made here
authenticate through the `auth` middleware (`api_key_user`): a single-user key acts only
as its user; a revoked key is refused.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime

from aiohttp import web

from .state import INVALID_ACCESS, NOT_FOUND, SandboxError, UserRecord, iso, slugify

# WebHookEventType::TYPES (app/models/web_hook_event_type.rb)
EVENT_TYPES = {
    101: "topic_created",
    102: "topic_revised",
    103: "topic_edited",
    104: "topic_destroyed",
    105: "topic_recovered",
    201: "post_created",
    202: "post_edited",
    203: "post_destroyed",
    204: "post_recovered",
    1501: "post_liked",
}
CONTENT_TYPES = {1: "application/json", 2: "application/x-www-form-urlencoded"}


@dataclass
class ApiKeyRecord:
    id: int
    key: str
    description: str
    user_id: int | None
    created_by_id: int
    created_at: datetime
    revoked_at: datetime | None = None

    @property
    def truncated_key(self) -> str:
        return self.key[:4]


@dataclass
class WebHookRecord:
    id: int
    payload_url: str
    secret: str
    content_type: int = 1
    wildcard_web_hook: bool = False
    verify_certificate: bool = True
    active: bool = False
    event_type_ids: list[int] = field(default_factory=list)
    category_ids: list[int] = field(default_factory=list)


@dataclass
class AdminState:
    keys: list[ApiKeyRecord] = field(default_factory=list)
    hooks: dict[int, WebHookRecord] = field(default_factory=dict)
    emails: dict[int, str] = field(default_factory=dict)
    deliveries: dict[int, object] = field(default_factory=dict)
    """The sandbox's outgoing hook (`WebHooks.add`) standing for each active web hook."""
    grants: list[tuple[str, str]] = field(default_factory=list)
    """(action, username) of every staff change, in order (what setup did)."""

    def key_user(self, key: str) -> ApiKeyRecord | None:
        return next((k for k in self.keys if k.key == key and k.revoked_at is None), None)


def api_key_user(sb, key: str, username: str | None) -> UserRecord | None:
    """The user a key made through the admin API acts as, or None (403)."""
    record = sb.admin.key_user(key)
    if record is None:
        return None
    if record.user_id is None:  # an "All users" key
        return sb.forum.user(username) if username else None
    user = sb.forum.users_by_id.get(record.user_id)
    if user is None or (username and username.lower() != user.username.lower()):
        return None
    return user


def _sb(request: web.Request):
    from .server import sb_of

    return sb_of(request)


def _admin(request: web.Request) -> UserRecord:
    from .server import viewer_of

    user = viewer_of(request)
    if user is None or not user.admin:
        raise SandboxError(403, INVALID_ACCESS)
    return user


def invalid(name: str) -> SandboxError:
    return SandboxError(
        400, {"errors": [f"You supplied invalid parameters to the request: {name}"], "error_type": "invalid_parameters"}
    )


def _flag(value) -> bool:
    return value is True or str(value).lower() in ("true", "1", "on")


def admin_user_json(sb, user: UserRecord) -> dict:
    return {
        "id": user.id,
        "username": user.username,
        "name": user.name,
        "avatar_template": user.avatar_template,
        "active": True,
        "admin": user.admin,
        "moderator": user.moderator,
        "created_at": iso(user.created_at),
        "trust_level": user.trust_level,
        "staged": False,
        "suspended": user.suspended,
        "email": sb.admin.emails.get(user.id),
        "can_grant_moderation": not user.moderator,
        "can_revoke_moderation": user.moderator,
        "post_count": len(sb.forum.posts_by(user.username)),
        "groups": [{"name": g} for g in user.group_names()],
    }


# --------------------------------------------------------------------------- users


async def honeypot(request: web.Request) -> web.Response:
    from .server import jresp

    return jresp({"value": secrets.token_hex(16), "challenge": secrets.token_hex(16)})


async def create_user(request: web.Request) -> web.Response:
    from .server import jresp, read_params, viewer_of

    sb = _sb(request)
    params = await read_params(request)
    for name in ("username", "email", "password"):
        if not params.get(name):
            raise SandboxError(400, {"errors": [f"param is missing or the value is empty: {name}"]})
    username = str(params["username"])
    errors: dict[str, list[str]] = {}
    if sb.forum.user(username) is not None:
        errors["username"] = ["must be unique"]
    if str(params["email"]).lower() in (e.lower() for e in sb.admin.emails.values()):
        errors["email"] = ["has already been taken"]
    if len(str(params["password"])) < 10:
        errors["password"] = ["is too short (minimum is 10 characters)"]
    if errors:
        message = "; ".join(f"{k.capitalize()} {v[0]}" for k, v in errors.items())
        return jresp({"success": False, "message": message, "errors": errors, "values": {"username": username}})
    viewer = viewer_of(request)
    active = bool(viewer and viewer.admin and _flag(params.get("active")))
    user = sb.forum.add_user(username, name=params.get("name") or username, trust_level=0)
    sb.admin.emails[user.id] = str(params["email"])
    message = "Your account is activated and ready to use." if active else "Please check your email to activate."
    return jresp({"success": True, "active": active, "message": message, "user_id": user.id})


def _user_by_id(request: web.Request) -> UserRecord:
    user = _sb(request).forum.users_by_id.get(int(request.match_info["id"]))
    if user is None:
        raise SandboxError(404, NOT_FOUND)
    return user


async def admin_user(request: web.Request) -> web.Response:
    from .server import jresp

    _admin(request)
    return jresp(admin_user_json(_sb(request), _user_by_id(request)))


async def grant_moderation(request: web.Request) -> web.Response:
    from .server import jresp

    _admin(request)
    sb = _sb(request)
    user = _user_by_id(request)
    if user.moderator:
        raise SandboxError(403, INVALID_ACCESS)  # guardian.ensure_can_grant_moderation!
    sb.forum.set_user(user.username, moderator=True)
    sb.admin.grants.append(("grant_moderation", user.username))
    return jresp({"admin_user": admin_user_json(sb, user)})


# --------------------------------------------------------------------------- API keys


def _key_json(sb, k: ApiKeyRecord, full: bool) -> dict:
    from .serializers import user_brief

    user = sb.forum.users_by_id.get(k.user_id) if k.user_id is not None else None
    creator = sb.forum.users_by_id.get(k.created_by_id)
    out = {
        "id": k.id,
        "truncated_key": k.truncated_key,
        "description": k.description,
        "created_at": iso(k.created_at),
        "last_used_at": None,
        "revoked_at": iso(k.revoked_at),
        "user": user_brief(user) if user else None,
        "created_by": user_brief(creator) if creator else None,
    }
    if full:
        out = {"id": k.id, "key": k.key, **out, "updated_at": iso(k.created_at), "api_key_scopes": []}
    return out


async def list_keys(request: web.Request) -> web.Response:
    from .server import as_int, jresp

    _admin(request)
    sb = _sb(request)
    offset = as_int(request.query.get("offset"), "offset") or 0
    keys = sorted(sb.admin.keys, key=lambda k: (k.revoked_at is not None, -k.id))
    return jresp({"keys": [_key_json(sb, k, False) for k in keys[offset : offset + 50]], "offset": offset, "limit": 50})


async def create_key(request: web.Request) -> web.Response:
    from .server import jresp, nested, read_params

    admin = _admin(request)
    sb = _sb(request)
    key_params = nested(await read_params(request), "key")
    if not key_params:
        raise invalid("key")
    user_id = None
    if key_params.get("username"):
        user = sb.forum.user(str(key_params["username"]))
        if user is None:
            raise SandboxError(404, NOT_FOUND)
        user_id = user.id
    record = ApiKeyRecord(
        len(sb.admin.keys) + 1,
        secrets.token_hex(32),
        str(key_params.get("description") or ""),
        user_id,
        admin.id,
        sb.forum.clock(),
    )
    sb.admin.keys.append(record)
    return jresp({"key": _key_json(sb, record, True)})


async def revoke_key(request: web.Request) -> web.Response:
    from .server import jresp

    _admin(request)
    sb = _sb(request)
    record = next((k for k in sb.admin.keys if k.id == int(request.match_info["id"])), None)
    if record is None:
        raise SandboxError(404, NOT_FOUND)
    record.revoked_at = sb.forum.clock()
    return jresp({"api_key": _key_json(sb, record, False)})


# --------------------------------------------------------------------------- categories


async def create_category(request: web.Request) -> web.Response:
    from .server import jresp, read_params

    _admin(request)
    forum = _sb(request).forum
    params = await read_params(request)
    name = str(params.get("name") or "").strip()
    if not name:
        raise SandboxError(400, {"errors": ["param is missing or the value is empty: name"]})
    if any(c.name.lower() == name.lower() for c in forum.categories.values()):
        raise SandboxError(422, {"errors": ["Category Name has already been taken"]})
    given = params.get("permissions")
    permissions: dict = dict(given) if isinstance(given, dict) else {}
    permissions.update({k[12:-1]: v for k, v in params.items() if k.startswith("permissions[") and k.endswith("]")})
    groups = {g for g in permissions if g != "everyone"}
    restricted = bool(permissions) and "everyone" not in permissions
    new_id = max(forum.categories, default=0) + 1
    slug = str(params.get("slug") or slugify(name))
    cat = forum.add_category(new_id, name, slug, restricted, groups)
    cat.color = str(params.get("color") or cat.color)
    body = {
        "id": cat.id,
        "name": cat.name,
        "color": cat.color,
        "text_color": str(params.get("text_color") or "FFFFFF"),
        "slug": cat.slug,
        "topic_count": 0,
        "post_count": 0,
        "position": len(forum.categories),
        "description": None,
        "read_restricted": cat.read_restricted,
        "permission": 1,
        "notification_level": 1,
        "can_edit": True,
    }
    return jresp({"category": body})


# --------------------------------------------------------------------------- web hooks


def _hook_json(h: WebHookRecord) -> dict:
    return {
        "id": h.id,
        "payload_url": h.payload_url,
        "content_type": h.content_type,
        "last_delivery_status": 1,
        "secret": h.secret,
        "wildcard_web_hook": h.wildcard_web_hook,
        "verify_certificate": h.verify_certificate,
        "active": h.active,
        "web_hook_event_types": [{"id": i, "name": EVENT_TYPES.get(i, str(i))} for i in h.event_type_ids],
        "categories": [],
        "category_ids": h.category_ids,
        "tag_names": [],
        "group_ids": [],
    }


def _hook_params(params: dict) -> dict:
    from .server import nested

    hook = nested(params, "web_hook")
    if not hook:
        raise invalid("web_hook")
    ids = hook.get("web_hook_event_type_ids") or params.get("web_hook[web_hook_event_type_ids][]") or []
    hook["web_hook_event_type_ids"] = [int(i) for i in (ids if isinstance(ids, list) else [ids])]
    return hook


def _validate_hook(hook: WebHookRecord) -> None:
    errors = []
    if not hook.payload_url.startswith(("http://", "https://")):
        errors.append("Payload URL is invalid")
    if hook.secret and len(hook.secret) < 12:
        errors.append("Secret is invalid (minimum 12 characters)")
    if not hook.wildcard_web_hook and not hook.event_type_ids:
        errors.append("Web hook event types can't be blank")
    if errors:
        raise SandboxError(422, {"errors": errors})


def _apply_hook(record: WebHookRecord, hook: dict) -> None:
    record.payload_url = str(hook.get("payload_url", record.payload_url))
    record.secret = str(hook.get("secret", record.secret) or "")
    if "content_type" in hook:
        record.content_type = int(hook["content_type"])
    for name in ("wildcard_web_hook", "verify_certificate", "active"):
        if name in hook:
            setattr(record, name, _flag(hook[name]))
    if hook.get("web_hook_event_type_ids"):
        record.event_type_ids = list(hook["web_hook_event_type_ids"])


def _deliver_from(sb, record: WebHookRecord) -> None:
    """The sandbox's outgoing deliveries follow the active hooks made here."""
    old = sb.admin.deliveries.pop(record.id, None)
    sb.webhooks.hooks = [h for h in sb.webhooks.hooks if h is not old]
    if record.active:
        events = None if record.wildcard_web_hook else {EVENT_TYPES.get(i, str(i)) for i in record.event_type_ids}
        sb.admin.deliveries[record.id] = sb.webhooks.add(record.payload_url, record.secret or None, events)


async def list_hooks(request: web.Request) -> web.Response:
    from .server import jresp

    _admin(request)
    hooks = list(_sb(request).admin.hooks.values())
    return jresp(
        {
            "web_hooks": [_hook_json(h) for h in hooks],
            "extras": {
                "event_types": [{"id": i, "name": n} for i, n in EVENT_TYPES.items()],
                "content_types": [{"id": i, "name": n} for i, n in CONTENT_TYPES.items()],
            },
            "total_rows_web_hooks": len(hooks),
            "load_more_web_hooks": "/admin/api/web_hooks.json?limit=50&offset=50",
        }
    )


async def create_hook(request: web.Request) -> web.Response:
    from .server import jresp, read_params

    _admin(request)
    sb = _sb(request)
    record = WebHookRecord(max(sb.admin.hooks, default=0) + 1, "", "")
    _apply_hook(record, _hook_params(await read_params(request)))
    _validate_hook(record)
    sb.admin.hooks[record.id] = record
    _deliver_from(sb, record)
    return jresp({"web_hook": _hook_json(record)})


async def update_hook(request: web.Request) -> web.Response:
    from .server import jresp, read_params

    _admin(request)
    sb = _sb(request)
    record = sb.admin.hooks.get(int(request.match_info["id"]))
    if record is None:
        raise SandboxError(404, NOT_FOUND)
    _apply_hook(record, _hook_params(await read_params(request)))
    _validate_hook(record)
    _deliver_from(sb, record)
    return jresp({"web_hook": _hook_json(record)})


def register(router: web.UrlDispatcher) -> None:
    from .server import both

    both(router, "GET", "/session/hp.json", honeypot)
    both(router, "POST", "/users.json", create_user)
    both(router, "GET", "/admin/users/{id:\\d+}.json", admin_user)
    both(router, "PUT", "/admin/users/{id:\\d+}/grant_moderation.json", grant_moderation)
    both(router, "GET", "/admin/api/keys.json", list_keys)
    both(router, "POST", "/admin/api/keys.json", create_key)
    both(router, "POST", "/admin/api/keys/{id:\\d+}/revoke.json", revoke_key)
    both(router, "POST", "/categories.json", create_category)
    both(router, "GET", "/admin/api/web_hooks.json", list_hooks)
    both(router, "POST", "/admin/api/web_hooks.json", create_hook)
    both(router, "PUT", "/admin/api/web_hooks/{id:\\d+}.json", update_hook)
