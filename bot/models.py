"""Typed views of Discourse objects, parsed from the API's JSON.

Only the fields scribe uses are kept; parsing is tolerant of plugin fields and of
older Discourse versions (tags as strings or objects, no `raw` in topic views).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

LIKE = 2
REGULAR = 1


def parse_time(value: str | None) -> datetime | None:
    """Parse Discourse's ISO-8601 UTC timestamps ('2025-06-01T10:15:30.123Z')."""
    if not value:
        return None
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def like_count(actions_summary: list[dict[str, Any]] | None) -> int:
    """Likes live in `actions_summary` id 2; `count` is omitted when zero."""
    for entry in actions_summary or ():
        if entry.get("id") == LIKE:
            return int(entry.get("count") or 0)
    return 0


def listed(topic: dict[str, Any]) -> bool:
    """Whether a topic's JSON says it is listed: Discourse's `visible` is false for an unlisted one."""
    return topic.get("visible", True) is not False


@dataclass(frozen=True)
class Reaction:
    id: str
    count: int


@dataclass(frozen=True)
class PollOption:
    id: str
    html: str
    votes: int


@dataclass(frozen=True)
class Poll:
    """A poll of the post (discourse-poll's `polls` field); `votes` are absent when the reader may not see results."""

    name: str
    type: str
    status: str
    voters: int
    options: tuple[PollOption, ...]
    results: str = "always"
    """Who sees the votes: `always`, `on_vote` (those who voted), `on_close`, `staff_only`."""

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Poll:
        options = tuple(
            PollOption(str(o.get("id")), str(o.get("html") or ""), int(o.get("votes") or 0))
            for o in d.get("options") or ()
            if isinstance(o, dict)
        )
        return cls(
            str(d.get("name") or "poll"),
            str(d.get("type") or "regular"),
            str(d.get("status") or "open"),
            int(d.get("voters") or 0),
            options,
            str(d.get("results") or "always"),
        )


@dataclass(frozen=True)
class Post:
    id: int
    topic_id: int
    post_number: int
    username: str
    created_at: datetime
    cooked: str = ""
    raw: str | None = None
    updated_at: datetime | None = None
    version: int = 1
    post_type: int = REGULAR
    reply_to_post_number: int | None = None
    like_count: int = 0
    reactions: tuple[Reaction, ...] = ()
    topic_title: str | None = None
    topic_slug: str | None = None
    category_id: int | None = None
    archetype: str | None = None
    admin: bool = False
    moderator: bool = False
    trust_level: int | None = None
    hidden: bool = False
    deleted: bool = False
    name: str | None = None
    accepted_answer: bool = False
    """Marked as the solution by the topic's author (the solved plugin's `accepted_answer`)."""
    polls: tuple[Poll, ...] = ()

    @property
    def staff(self) -> bool:
        return self.admin or self.moderator

    @property
    def is_regular(self) -> bool:
        return self.post_type == REGULAR and not self.deleted

    @property
    def shown(self) -> bool:
        """Every reader of the topic sees it: not a whisper, deleted, nor hidden by flags (its
        words are withheld from readers, whoever wrote it)."""
        return self.is_regular and not self.hidden

    @classmethod
    def from_json(cls, d: dict[str, Any], topic: dict[str, Any] | None = None) -> Post:
        topic = topic or {}
        reactions = tuple(
            Reaction(str(r.get("id")), int(r.get("count") or 0))
            for r in d.get("reactions") or ()
            if isinstance(r, dict)
        )
        return cls(
            id=int(d["id"]),
            topic_id=int(d.get("topic_id") or topic.get("id") or 0),
            post_number=int(d["post_number"]),
            username=str(d.get("username") or ""),
            created_at=parse_time(d.get("created_at")) or datetime.now(UTC),
            cooked=d.get("cooked") or "",
            raw=d.get("raw"),
            updated_at=parse_time(d.get("updated_at")),
            version=int(d.get("version") or 1),
            post_type=int(d.get("post_type") or REGULAR),
            reply_to_post_number=_int_or_none(d.get("reply_to_post_number")),
            like_count=like_count(d.get("actions_summary")),
            reactions=reactions,
            topic_title=d.get("topic_title") or topic.get("title"),
            topic_slug=d.get("topic_slug") or topic.get("slug"),
            category_id=_int_or_none(d.get("category_id", topic.get("category_id"))),
            archetype=d.get("topic_archetype") or topic.get("archetype"),
            admin=bool(d.get("admin")),
            moderator=bool(d.get("moderator")),
            trust_level=_int_or_none(d.get("trust_level")),
            hidden=bool(d.get("hidden")),
            # An author's own "delete" keeps the post with a stand-in text and `user_deleted`
            # (PostDestroyer#mark_for_deletion): for scribe it is gone all the same.
            deleted=bool(d.get("deleted_at")) or bool(d.get("user_deleted")),
            name=d.get("name"),
            accepted_answer=d.get("accepted_answer") is True,
            polls=tuple(Poll.from_json(p) for p in d.get("polls") or () if isinstance(p, dict)),
        )


@dataclass(frozen=True)
class Topic:
    id: int
    title: str
    slug: str = ""
    category_id: int | None = None
    archetype: str = "regular"
    posts: tuple[Post, ...] = ()
    posts_count: int = 0
    created_by: str | None = None
    tags: tuple[str, ...] = ()
    created_at: datetime | None = None
    last_posted_at: datetime | None = None
    like_count: int = 0
    closed: bool = False
    listed: bool = True
    """False for an unlisted topic (`visible: false`): read only by those given its address."""

    @property
    def author(self) -> str | None:
        """The topic's author: the opening post's author when it is known."""
        first = self.post(1)
        return first.username if first else self.created_by

    def post(self, post_number: int) -> Post | None:
        for p in self.posts:
            if p.post_number == post_number:
                return p
        return None

    @classmethod
    def from_json(cls, d: dict[str, Any], posts: list[Post] | None = None) -> Topic:
        if posts is None:
            posts = [Post.from_json(p, d) for p in (d.get("post_stream") or {}).get("posts") or ()]
        details = d.get("details") or {}
        created_by = (details.get("created_by") or {}).get("username")
        tags = tuple(t["name"] if isinstance(t, dict) else str(t) for t in d.get("tags") or ())
        return cls(
            id=int(d["id"]),
            title=d.get("title") or d.get("fancy_title") or "",
            slug=d.get("slug") or "",
            category_id=_int_or_none(d.get("category_id")),
            archetype=d.get("archetype") or "regular",
            posts=tuple(sorted(posts, key=lambda p: p.post_number)),
            posts_count=int(d.get("posts_count") or len(posts)),
            created_by=created_by,
            tags=tags,
            created_at=parse_time(d.get("created_at")),
            last_posted_at=parse_time(d.get("last_posted_at")),
            like_count=int(d.get("like_count") or 0),
            closed=bool(d.get("closed")),
            listed=listed(d),
        )


@dataclass(frozen=True)
class User:
    id: int
    username: str
    admin: bool = False
    moderator: bool = False
    trust_level: int = 0
    groups: frozenset[str] = field(default_factory=frozenset)
    suspended: bool = False
    created_at: datetime | None = None

    @property
    def staff(self) -> bool:
        return self.admin or self.moderator

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> User:
        u = d.get("user", d)
        return cls(
            id=int(u.get("id") or 0),
            username=str(u["username"]),
            admin=bool(u.get("admin")),
            moderator=bool(u.get("moderator")),
            trust_level=int(u.get("trust_level") or 0),
            groups=frozenset(g["name"] for g in u.get("groups") or () if isinstance(g, dict)),
            suspended=bool(u.get("suspended_till") or u.get("suspended_at")),
            created_at=parse_time(u.get("created_at")),
        )


@dataclass(frozen=True)
class Category:
    id: int
    name: str
    slug: str
    read_restricted: bool = False

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Category:
        return cls(int(d["id"]), d.get("name") or "", d.get("slug") or "", bool(d.get("read_restricted")))


def _int_or_none(v: Any) -> int | None:
    if v is None or v == "":
        return None
    return int(v)
