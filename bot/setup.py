"""`scribe setup`: provision a forum for scribe in one go, with an admin key, through pydiscourse.

It creates or checks, in order: the bot account; its moderator rights (staff are exempt
from the limits that would refuse scribe's posts, and a moderator reads no private message
it is not part of); its single-user API key; the synthesis and digest categories when
asked; the webhook pointing at scribe's address, with a fresh secret. Then it writes
`scribe.toml` and `.env` (the secrets, mode 600). Every step first looks at what is there:
a second run changes nothing and says so. `--dry-run` only reads and says what it would do.

pydiscourse is synchronous: the whole run happens in a worker thread, with a timeout on
every request. The admin key is read from the environment or a file, never from the
command line (it would show in the process list) and never written anywhere.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydiscourse import DiscourseClient
from pydiscourse.exceptions import DiscourseClientError, DiscourseError

TIMEOUT = 20
WEBHOOK_PATH = "/webhooks/discourse"
# WebHookEventType ids (app/models/web_hook_event_type.rb) of the events scribe reads.
WEBHOOK_EVENTS = {
    "topic_edited": 103,
    "post_created": 201,
    "post_edited": 202,
    "post_destroyed": 203,
    "post_recovered": 204,
    "post_liked": 1501,
}


@dataclass
class SetupOptions:
    url: str
    admin_key_file: Path | None = None
    """Where the admin API key is; default: $DISCOURSE_ADMIN_API_KEY."""
    admin_username: str = "system"
    bot_username: str = "scribe"
    bot_email: str | None = None
    scribe_url: str | None = None
    """Where Discourse reaches scribe's webhook receiver (e.g. https://scribe.example.org:8088)."""
    synthesis_category: str | None = None
    digest_category: str | None = None
    language: str = "fr"
    timezone: str = "Europe/Paris"
    config_path: Path = Path("scribe.toml")
    env_path: Path = Path(".env")
    db_path: str = "scribe.db"
    dry_run: bool = False


@dataclass
class Step:
    what: str
    changed: bool
    note: str = ""

    def line(self, dry_run: bool) -> str:
        if not self.changed:
            return f"unchanged  {self.what}" + (f" ({self.note})" if self.note else "")
        verb = "would     " if dry_run else "done      "
        return f"{verb} {self.what}" + (f" ({self.note})" if self.note else "")


@dataclass
class Outcome:
    steps: list[Step] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(s.changed for s in self.steps)


class SetupError(Exception):
    """A step could not be done; the message says how to do it by hand."""


def read_env(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    if not path.is_file():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        name, sep, value = line.partition("=")
        if sep and not name.strip().startswith("#"):
            out[name.strip()] = value.strip().strip('"')
    return out


def admin_key(options: SetupOptions) -> str:
    if options.admin_key_file is not None:
        try:
            key = options.admin_key_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise SetupError(f"cannot read {options.admin_key_file}: {exc.strerror or exc}") from None
    else:
        key = os.environ.get("DISCOURSE_ADMIN_API_KEY", "").strip()
    if not key:
        raise SetupError("an admin API key is needed: set DISCOURSE_ADMIN_API_KEY or pass --admin-key-file")
    return key


class Provisioner:
    def __init__(self, options: SetupOptions) -> None:
        self.o = options
        self.host = options.url.rstrip("/")
        self.admin = DiscourseClient(self.host, api_username=options.admin_username, api_key=admin_key(options))
        self.admin.timeout = TIMEOUT
        self.env = read_env(options.env_path)
        self.out = Outcome()

    def step(self, what: str, changed: bool, note: str = "") -> None:
        self.out.steps.append(Step(what, changed, note))

    # the steps ---------------------------------------------------------------------------------

    def account(self) -> dict[str, Any] | None:
        name = self.o.bot_username
        try:
            return dict(self.admin.user(name))
        except DiscourseClientError:
            pass
        if not self.o.bot_email:
            raise SetupError(f"there is no account {name}: pass --bot-email so setup can create it")
        self.step(f"create the account {name}", True)
        if self.o.dry_run:
            return None
        made = self.admin.create_user(
            name, name, self.o.bot_email, secrets.token_urlsafe(24), active="true", approved="true"
        )
        if not made.get("success"):
            raise SetupError(f"Discourse refused to create {name}: {made.get('message')}")
        return dict(self.admin.user(name))

    def moderator(self, user: dict[str, Any] | None) -> None:
        name = self.o.bot_username
        if user is not None and user.get("moderator"):
            self.step(f"{name} is a moderator", False)
        else:
            self.step(f"make {name} a moderator", True, "staff are exempt from the limits on consecutive replies")
            if not self.o.dry_run and user is not None:
                self.admin._put(f"/admin/users/{user['id']}/grant_moderation.json")
        if user is not None and user.get("admin"):
            self.out.problems.append(
                f"{name} is an admin: an admin key reads every private message of the site; "
                "a moderator account is enough (Admin › Users › revoke admin)"
            )

    def api_key(self) -> str | None:
        name = self.o.bot_username
        key = self.env.get("DISCOURSE_API_KEY")
        if key and self._acts_as(key, name):
            self.step(f"the API key in {self.o.env_path} acts as {name}", False)
            return key
        self.step(f"create a single-user API key for {name}", True)
        if self.o.dry_run:
            return key
        try:
            made = self.admin._post("/admin/api/keys.json", json=True, key={"description": "scribe", "username": name})
        except DiscourseError as exc:
            raise SetupError(
                f"the API key could not be created ({exc}). Create it by hand: Admin › Advanced › API keys › "
                f"New API key, user level 'Single user' = {name}, scope 'Global'; then put it in "
                f"{self.o.env_path} as DISCOURSE_API_KEY=… and run setup again"
            ) from exc
        return str(made["key"]["key"])

    def _acts_as(self, key: str, name: str) -> bool:
        client = DiscourseClient(self.host, api_username=name, api_key=key)
        client.timeout = TIMEOUT
        try:
            current = client._get("/session/current.json")
        except DiscourseError:
            return False
        return str((current or {}).get("current_user", {}).get("username", "")).lower() == name.lower()

    def category(self, name: str | None, role: str) -> int | None:
        if not name:
            return None
        for cat in self.admin.categories():
            if str(cat.get("name", "")).lower() == name.lower():
                self.step(f"the {role} category « {name} » exists (id {cat['id']})", False)
                return int(cat["id"])
        self.step(f"create the {role} category « {name} »", True)
        if self.o.dry_run:
            return None
        made = self.admin.create_category(name, "0088CC")
        return int(made["category"]["id"])

    def webhook(self) -> str | None:
        if not self.o.scribe_url:
            return None
        target = self.o.scribe_url.rstrip("/") + WEBHOOK_PATH
        wanted = sorted(WEBHOOK_EVENTS.values())
        hooks = self.admin._get("/admin/api/web_hooks.json").get("web_hooks") or []
        hook = next((h for h in hooks if h.get("payload_url") == target), None)
        secret = self.env.get("SCRIBE_WEBHOOK_SECRET")
        if hook is not None:
            ids = sorted(int(t["id"]) for t in hook.get("web_hook_event_types") or ())
            if secret and hook.get("secret") == secret and hook.get("active") and ids == wanted:
                self.step(f"the webhook to {target} is set", False)
                return secret
        secret = secrets.token_urlsafe(32)
        body = {
            "payload_url": target,
            "content_type": 1,
            "secret": secret,
            "wildcard_web_hook": False,
            "verify_certificate": target.startswith("https://"),
            "active": True,
            "web_hook_event_type_ids": wanted,
        }
        if hook is None:
            self.step(f"create the webhook to {target}, with a fresh secret", True)
            if not self.o.dry_run:
                self.admin._post("/admin/api/web_hooks.json", json=True, web_hook=body)
        else:
            self.step(f"update the webhook to {target}, with a fresh secret", True)
            if not self.o.dry_run:
                self.admin._put(f"/admin/api/web_hooks/{hook['id']}.json", json=True, web_hook=body)
        if urlsplit(target).hostname in ("localhost", "127.0.0.1") or str(urlsplit(target).hostname).startswith(
            ("10.", "192.168.")
        ):
            self.out.problems.append(
                "Discourse delivers webhooks to a private address only if the site setting "
                "allowed_internal_hosts lists it"
            )
        return secret

    def files(self, key: str | None, secret: str | None, categories: dict[str, int | None]) -> None:
        toml = render_config(self.o, categories)
        self._write(self.o.config_path, toml, 0o644)
        env = {"DISCOURSE_API_KEY": key, "SCRIBE_WEBHOOK_SECRET": secret}
        lines = ["# scribe's secrets (written by scribe setup; keep this file private)"]
        lines += [f"{k}={v}" for k, v in env.items() if v]
        self._write(self.o.env_path, "\n".join(lines) + "\n", 0o600)

    def _write(self, path: Path, text: str, mode: int) -> None:
        old = path.read_text(encoding="utf-8") if path.is_file() else None
        same_mode = old is None or (path.stat().st_mode & 0o777) == mode
        if old == text and same_mode:
            self.step(f"{path} is up to date", False)
            return
        self.step(f"{'write' if old is None else 'update'} {path}", True, f"mode {mode:o}")
        if self.o.dry_run:
            return
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(path, mode)

    def run(self) -> Outcome:
        user = self.account()
        self.moderator(user)
        key = self.api_key()
        categories = {
            "summaries": self.category(self.o.synthesis_category, "synthesis"),
            "digest": self.category(self.o.digest_category, "digest"),
        }
        categories.update({k: v for k, v in _categories_in(self.o.config_path).items() if categories.get(k) is None})
        secret = self.webhook()
        self.files(key, secret, categories)
        return self.out


def _categories_in(path: Path) -> dict[str, int | None]:
    """Category ids an earlier setup wrote, kept when this run is not asked about them."""
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError:
        return {}
    return {k: data[k].get("category_id") for k in ("summaries", "digest") if isinstance(data.get(k), dict)}


def render_config(o: SetupOptions, categories: dict[str, int | None]) -> str:
    lines = [
        "# Written by scribe setup; secrets are in .env (DISCOURSE_API_KEY, SCRIBE_WEBHOOK_SECRET).",
        f'language = "{o.language}"',
        f'timezone = "{o.timezone}"',
        "",
        "[forum]",
        f'url = "{o.url.rstrip("/")}/"',
        f'username = "{o.bot_username}"',
        "",
        "[store]",
        f'path = "{o.db_path}"',
    ]
    if o.scribe_url:
        port = urlsplit(o.scribe_url).port or 8088
        lines += ["", "[webhooks]", "enabled = true", 'host = "0.0.0.0"', f"port = {port}", f'path = "{WEBHOOK_PATH}"']
    for section in ("summaries", "digest"):
        if categories.get(section) is not None:
            lines += ["", f"[{section}]", f"category_id = {categories[section]}"]
    return "\n".join(lines) + "\n"


async def setup(options: SetupOptions) -> Outcome:
    return await asyncio.wait_for(asyncio.to_thread(lambda: Provisioner(options).run()), timeout=TIMEOUT * 20)
