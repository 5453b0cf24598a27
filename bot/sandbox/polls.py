"""Polls as the discourse-poll plugin serves them.

A `[poll …]` block in a post's raw (options as `* item` lines) becomes an entry of the
post's `polls` field: `name`, `type` (regular, multiple, number), `status`, `public`
(only when voters are visible), `results`, `min`/`max` for multiple polls, `options`
(`id` = digest of the option, `html`, `votes` when the reader may see results) and
`voters` (distinct people). Votes: `PUT /polls/vote` (post_id, poll_name, options[]),
`DELETE /polls/vote`; voters of a public poll: `GET /polls/voters.json`. Rules follow
the plugin: a closed poll takes no vote, a multiple poll takes between min and max
options, each option must exist, a secret poll's voters are not listed (400), results
`on_vote` are visible to the post's author and to those who voted, `staff_only` to staff.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aiohttp import web

from .state import SandboxError

if TYPE_CHECKING:  # pragma: no cover
    from .state import ForumState, PostRecord, UserRecord

_POLL = re.compile(r"\[poll((?:\s+[\w-]+=(?:\"[^\"]*\"|[^\s\]]+))*)\s*\](.*?)\[/poll\]", re.S | re.I)
_ATTR = re.compile(r"([\w-]+)=(?:\"([^\"]*)\"|([^\s\]]+))")
_OPTION = re.compile(r"^\s*(?:[*+-]|\d+\.)\s+(.+?)\s*$", re.M)
TYPES = ("regular", "multiple", "number")


@dataclass
class PollRecord:
    name: str
    type: str
    status: str
    results: str
    public: bool
    min: int | None
    max: int | None
    options: list[tuple[str, str]]  # (digest, html)
    votes: dict[str, list[str]] = field(default_factory=dict)  # username -> option digests

    def voters(self) -> int:
        return len(self.votes)

    def can_see_results(self, user: UserRecord | None, author: str) -> bool:
        if self.results == "staff_only":
            return bool(user and user.staff)
        if self.results == "always" or self.status == "closed":
            return True
        if self.results == "on_vote" and user is not None:
            return user.username.lower() == author.lower() or user.username in self.votes
        return False


def _digest(text: str) -> str:
    return hashlib.md5(json.dumps([text]).encode()).hexdigest()  # an id, not a secret


def parse(raw: str | None) -> list[PollRecord]:
    """The polls of a post's raw, in order; a block with no option is not a poll."""
    out: list[PollRecord] = []
    for m in _POLL.finditer(raw or ""):
        attrs = {a.group(1).lower(): a.group(2) if a.group(2) is not None else a.group(3) for a in _ATTR.finditer(m[1])}
        texts = [html.escape(re.sub(r"\\(.)", r"\1", o), quote=False) for o in _OPTION.findall(m[2])]
        if not texts:
            continue
        kind = attrs.get("type", "regular")
        out.append(
            PollRecord(
                name=attrs.get("name", "poll"),
                type=kind if kind in TYPES else "regular",
                status="closed" if attrs.get("status") == "closed" else "open",
                results=attrs.get("results", "always"),
                public=attrs.get("public") == "true",
                min=int(attrs["min"]) if attrs.get("min", "").isdigit() else None,
                max=int(attrs["max"]) if attrs.get("max", "").isdigit() else None,
                options=[(_digest(t), t) for t in texts],
            )
        )
    return out


class PollBook:
    """The polls of every post, kept with their votes; re-read when a post's raw changes."""

    def __init__(self) -> None:
        self._polls: dict[int, tuple[str | None, list[PollRecord]]] = {}

    def of(self, post: PostRecord) -> list[PollRecord]:
        raw, polls = self._polls.get(post.id, (None, []))
        if post.id not in self._polls or raw != post.raw:
            fresh = parse(post.raw)
            old = {p.name: p for p in polls}
            for p in fresh:  # votes survive an edit for options that still exist
                if p.name in old:
                    ids = {d for d, _ in p.options}
                    p.votes = {u: [o for o in v if o in ids] for u, v in old[p.name].votes.items()}
                    p.votes = {u: v for u, v in p.votes.items() if v}
            self._polls[post.id] = (post.raw, fresh)
            polls = fresh
        return polls


_BOOKS: weakref.WeakKeyDictionary[ForumState, PollBook] = weakref.WeakKeyDictionary()


def book(forum: ForumState) -> PollBook:
    if forum not in _BOOKS:
        _BOOKS[forum] = PollBook()
    return _BOOKS[forum]


def poll_json(poll: PollRecord, viewer: UserRecord | None, author: str) -> dict:
    visible = poll.can_see_results(viewer, author)
    counts: dict[str, int] = {}
    for chosen in poll.votes.values():
        for o in chosen:
            counts[o] = counts.get(o, 0) + 1
    d: dict = {"name": poll.name, "type": poll.type, "status": poll.status}
    if poll.public:
        d["public"] = True
    d["results"] = poll.results
    if poll.type == "multiple":
        if poll.min is not None:
            d["min"] = poll.min
        if poll.max is not None:
            d["max"] = poll.max
    d["options"] = [
        {"id": oid, "html": text, **({"votes": counts.get(oid, 0)} if visible else {})} for oid, text in poll.options
    ]
    d["voters"] = poll.voters()
    d["chart_type"] = "bar"
    d["title"] = None
    if poll.public and visible:
        d["preloaded_voters"] = _voters(poll, None)
    return d


def post_fields(forum: ForumState, post: PostRecord, viewer: UserRecord | None) -> dict:
    """`polls` and the viewer's own `polls_votes`, as the plugin adds them to a post with polls."""
    polls = book(forum).of(post)
    if not polls:
        return {}
    out: dict = {"polls": [poll_json(p, viewer, post.username) for p in polls]}
    if viewer is not None:
        mine = {p.name: p.votes[viewer.username] for p in polls if viewer.username in p.votes}
        if mine:
            out["polls_votes"] = mine
    return out


def _voters(poll: PollRecord, option_id: str | None) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for oid, _ in poll.options:
        if option_id and oid != option_id:
            continue
        out[oid] = [{"username": u} for u, chosen in sorted(poll.votes.items()) if oid in chosen]
    return out


def _invalid(name: str) -> SandboxError:
    return SandboxError(
        400,
        {"errors": [f"Invalid parameters: {name}"], "error_type": "invalid_parameters"},
    )


def _refused(message: str) -> SandboxError:
    return SandboxError(422, {"errors": [message]})


def _find(request: web.Request, params: dict) -> tuple[ForumState, PostRecord, PollRecord]:
    from .server import sb_of, visible_post

    forum = sb_of(request).forum
    post_id, name = params.get("post_id"), params.get("poll_name")
    if not post_id:
        raise SandboxError(400, {"errors": ["param is missing or the value is empty: post_id"]})
    if not name:
        raise SandboxError(400, {"errors": ["param is missing or the value is empty: poll_name"]})
    try:
        post = forum.posts.get(int(post_id))
    except (TypeError, ValueError):
        raise _invalid("post_id") from None
    post = visible_post(request, post)
    poll = next((p for p in book(forum).of(post) if p.name == name), None)
    if poll is None:
        raise _invalid("poll_name")
    return forum, post, poll


async def vote(request: web.Request) -> web.Response:
    from .server import jresp, read_params, require_login

    user = require_login(request)
    params = await read_params(request)
    _, post, poll = _find(request, params)
    chosen = params.get("options[]", params.get("options")) or []
    chosen = [str(c) for c in (chosen if isinstance(chosen, list) else [chosen])]
    if not chosen:
        raise SandboxError(400, {"errors": ["param is missing or the value is empty: options"]})
    if poll.status == "closed":
        raise _refused("This poll is closed, you cannot vote on it.")
    ids = {d for d, _ in poll.options}
    if any(c not in ids for c in chosen):
        raise _refused("Your vote contains invalid options.")
    chosen = list(dict.fromkeys(chosen))
    if poll.type != "multiple" and len(chosen) > 1:
        raise _refused("You can only vote for one option.")
    if poll.type == "multiple":
        low, high = poll.min or 1, poll.max or len(poll.options)
        if not low <= len(chosen) <= high:
            raise _refused(f"You must choose between {low} and {high} options.")
    poll.votes[user.username] = chosen
    return jresp({"poll": poll_json(poll, user, post.username), "vote": chosen})


async def remove_vote(request: web.Request) -> web.Response:
    from .server import jresp, read_params, require_login

    user = require_login(request)
    params = await read_params(request)
    _, post, poll = _find(request, params)
    if poll.status == "closed":
        raise _refused("This poll is closed, you cannot vote on it.")
    poll.votes.pop(user.username, None)
    return jresp({"poll": poll_json(poll, user, post.username)})


async def voters(request: web.Request) -> web.Response:
    from .server import jresp, read_params, viewer_of

    params = await read_params(request)
    _, post, poll = _find(request, params)
    if not (poll.public and poll.can_see_results(viewer_of(request), post.username)):
        raise _invalid("poll_name")
    return jresp({"voters": _voters(poll, params.get("option_id"))})


def register(router: web.UrlDispatcher) -> None:
    """The plugin's routes (mounted at /polls)."""
    for suffix in ("", ".json"):
        router.add_route("PUT", f"/polls/vote{suffix}", vote)
        router.add_route("DELETE", f"/polls/vote{suffix}", remove_vote)
        router.add_route("GET", f"/polls/voters{suffix}", voters)
