"""Load topics into the sandbox forum.

Two formats, detected from the JSON:

(a) a Discourse ``GET /t/{id}.json`` response with the whole stream inlined
    (cooked only, like real exports). Ids, post numbers, cooked HTML, post types,
    deleted/hidden flags and reactions are kept; authors become users (their
    ids, names, trust levels and staff flags). Like *counts* come from
    ``actions_summary`` id 2, but a topic export does not say who liked: the
    sandbox invents no likers. Such likes are kept as a count only
    (``PostRecord.unknown_likes``): ``actions_summary`` shows the full count, while
    ``/post_action_users.json`` lists only likers it knows (none for an
    imported post, plus anyone who likes it in the sandbox) and
    ``/user_actions.json`` has no LIKE/WAS_LIKED rows for them.
    Posts not inlined in the file (``stream`` longer than ``posts``) are skipped.

(b) the simplified seed format ``{"title", "language", "posts": [{post_number,
    username, created_at, raw, like_count, reply_to_post_number}]}``. The seed
    has no opening post (its notes say it is missing): a post 1 by
    ``AssoTiersLieux`` announcing the video meeting and its registration,
    *without* the link, is created; the other posts keep their numbers. Raw is
    cooked by the sandbox, and each post gets ``like_count`` likes from the
    deterministic accounts ``membre_01``, ``membre_02``… so likers are real.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from .state import ForumState, PostRecord, TopicRecord, UserRecord, parse_time, slugify

SEED_OPENING_AUTHOR = "AssoTiersLieux"
SEED_OPENING_RAW = (
    "Bonjour à toutes et à tous,\n\n"
    "Le ministère de la Cohésion des Territoires prépare la suite de sa politique en faveur des tiers-lieux "
    "(Fabriques de territoire, Manufactures de proximité…). Avant d’y contribuer, nous vous proposons d’en "
    "discuter ensemble, ici sur le forum et lors d’une visio ouverte à toutes et tous :\n\n"
    "**Mercredi 17 mai 2023 à 18h** (heure de Paris), en visio.\n\n"
    "L’inscription est gratuite mais obligatoire : inscrivez-vous via le lien d’inscription ci-dessous.\n\n"
    "Quelles suites souhaitez-vous voir données à cette politique ? Partagez ici vos retours d’expérience, "
    "vos attentes et vos propositions."
)

LIKER_PREFIX = "membre_"


def load(forum: ForumState, path: str | Path | dict) -> int:
    """Load a file (or an already-parsed dict); returns the topic id."""
    data = path if isinstance(path, dict) else json.loads(Path(path).read_text(encoding="utf-8"))
    if "post_stream" in data:
        return load_topic_json(forum, data)
    if "posts" in data and "title" in data:
        return load_seed(forum, data)
    raise ValueError("unknown topic format: expected a /t/{id}.json response or the seed format")


def _ensure_category(forum: ForumState, category_id: int | None) -> int | None:
    if category_id is None:
        return None
    if category_id not in forum.categories:
        forum.add_category(category_id, f"Catégorie {category_id}", f"category-{category_id}")
    return category_id


def _author(forum: ForumState, p: dict) -> UserRecord:
    name = p["username"]
    return forum.user(name) or forum.add_user(
        name,
        name=p.get("name") or name,
        admin=bool(p.get("admin")),
        moderator=bool(p.get("moderator")),
        trust_level=int(p.get("trust_level") or 0),
        id=p.get("user_id"),
    )


def load_topic_json(forum: ForumState, data: dict, before: datetime | None = None) -> int:
    """The topic with its posts; with `before`, only the posts written before that moment (the
    topic as it stood then: `add_post_json` adds the others at their time)."""
    topic_id = int(data["id"])
    if topic_id in forum.topics:
        raise ValueError(f"topic {topic_id} is already loaded")
    posts = data["post_stream"]["posts"]
    for p in posts:
        if int(p["id"]) in forum.posts:
            raise ValueError(f"post id {p['id']} is already used")
    authors = {p["username"]: _author(forum, p) for p in posts}
    tags = [t["name"] if isinstance(t, dict) else str(t) for t in data.get("tags") or []]
    created_by = (data.get("details") or {}).get("created_by") or {}
    first_author = authors[posts[0]["username"]] if posts else None
    user_id = data.get("user_id") or created_by.get("id") or (first_author.id if first_author else -1)
    archetype = data.get("archetype", "regular")
    allowed = []
    if archetype == "private_message":
        allowed = [u["username"].lower() for u in (data.get("details") or {}).get("allowed_users", [])]
        allowed += [p["username"].lower() for p in posts if p["username"].lower() not in allowed]
    forum.insert_topic(
        TopicRecord(
            id=topic_id,
            title=data["title"],
            slug=data.get("slug") or slugify(data["title"]),
            category_id=_ensure_category(forum, data.get("category_id")) if archetype != "private_message" else None,
            user_id=int(user_id),
            created_at=parse_time(data.get("created_at")) or forum.clock(),
            archetype=archetype,
            allowed_users=allowed,
            closed=bool(data.get("closed")),
            archived=bool(data.get("archived")),
            visible=data.get("visible", True) is not False,
            deleted_at=parse_time(data.get("deleted_at")),
            tags=tags,
            views=int(data.get("views") or 0),
        )
    )
    for p in posts:
        created = parse_time(p.get("created_at"))
        if before is None or (created is not None and created < before):
            add_post_json(forum, topic_id, p)
    return topic_id


def add_post_json(forum: ForumState, topic_id: int, p: dict) -> PostRecord:
    """One post of a `/t/{id}.json` answer, into its loaded topic."""
    likes = next((a.get("count", 0) for a in p.get("actions_summary") or [] if a.get("id") == 2), 0)
    created = parse_time(p.get("created_at")) or forum.clock()
    return forum.insert_post(
        PostRecord(
            id=int(p["id"]),
            topic_id=topic_id,
            post_number=int(p["post_number"]),
            username=_author(forum, p).username,
            raw=p.get("raw"),
            cooked=p.get("cooked") or "",
            created_at=created,
            updated_at=parse_time(p.get("updated_at")) or created,
            version=int(p.get("version") or 1),
            post_type=int(p.get("post_type") or 1),
            reply_to_post_number=p.get("reply_to_post_number"),
            hidden=bool(p.get("hidden")),
            deleted_at=parse_time(p.get("deleted_at")),
            user_deleted=bool(p.get("user_deleted")),
            unknown_likes=int(likes or 0),
            reactions=p.get("reactions") if "reactions" in p else None,
            action_code=p.get("action_code"),
            edit_reason=p.get("edit_reason"),
            wiki=bool(p.get("wiki")),
            reads=int(p.get("reads") or 0),
        )
    )


def load_seed(forum: ForumState, data: dict, category_id: int = 1) -> int:
    if data.get("language") in ("en", "fr"):
        forum.settings.default_locale = data["language"]  # a French thread comes from a French forum
    posts = sorted(data["posts"], key=lambda p: p["post_number"])
    authors: dict[str, UserRecord] = {}
    for name in [SEED_OPENING_AUTHOR, *(p["username"] for p in posts)]:
        authors[name] = forum.user(name) or forum.add_user(name, trust_level=1)
    max_likes = max((int(p.get("like_count") or 0) for p in posts), default=0)
    likers = [f"{LIKER_PREFIX}{i:02d}" for i in range(1, max_likes + 1)]
    for name in likers:
        if forum.user(name) is None:
            forum.add_user(name, trust_level=1)
    first_at = (parse_time(posts[0]["created_at"]) if posts else None) or forum.clock()
    opening_at = first_at - timedelta(hours=23)
    topic_id = forum.next_topic_id()
    opener = authors[SEED_OPENING_AUTHOR]
    forum.insert_topic(
        TopicRecord(
            id=topic_id,
            title=data["title"],
            slug=slugify(data["title"]),
            category_id=category_id,
            user_id=opener.id,
            created_at=opening_at,
        )
    )
    rows = list(posts)
    if not any(int(p["post_number"]) == 1 for p in posts):
        rows.insert(
            0,
            {
                "post_number": 1,
                "username": SEED_OPENING_AUTHOR,
                "created_at": None,
                "raw": SEED_OPENING_RAW,
                "like_count": 0,
                "reply_to_post_number": None,
            },
        )
    for row in rows:
        created = parse_time(row["created_at"]) or opening_at
        raw = row["raw"]
        post = forum.insert_post(
            PostRecord(
                id=forum.next_post_id(),
                topic_id=topic_id,
                post_number=int(row["post_number"]),
                username=authors[row["username"]].username,
                raw=raw,
                cooked=forum.cook(raw),
                created_at=created,
                updated_at=created,
                reply_to_post_number=row.get("reply_to_post_number"),
            )
        )
        for i in range(int(row.get("like_count") or 0)):
            post.likes.append((likers[i], created + timedelta(minutes=10 * (i + 1))))
    return topic_id
