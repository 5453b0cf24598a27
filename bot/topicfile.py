"""Topics read from files: a Discourse `/t/{id}.json` response, or the simplified seed format
(`{"title", "language", "posts": [{"post_number", "username", "created_at", "raw", "like_count"}]}`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bot.models import Post, Topic, parse_time


def load_topic_file(path: str | Path) -> Topic:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return topic_from_data(data)


def topic_from_data(data: dict[str, Any], topic_id: int = 1) -> Topic:
    if "post_stream" in data:
        return Topic.from_json(data)
    return _from_seed(data, topic_id)


def _from_seed(data: dict[str, Any], topic_id: int) -> Topic:
    posts = [
        Post(
            id=topic_id * 1000 + int(p["post_number"]),
            topic_id=topic_id,
            post_number=int(p["post_number"]),
            username=p["username"],
            created_at=parse_time(p["created_at"]),  # type: ignore[arg-type]
            raw=p["raw"],
            like_count=int(p.get("like_count") or 0),
            reply_to_post_number=p.get("reply_to_post_number"),
            topic_title=data.get("title"),
        )
        for p in data["posts"]
    ]
    return Topic(
        id=topic_id,
        title=data.get("title", ""),
        posts=tuple(sorted(posts, key=lambda p: p.post_number)),
        posts_count=len(posts),
        created_by=posts[0].username if posts else None,
        created_at=posts[0].created_at if posts else None,
        last_posted_at=posts[-1].created_at if posts else None,
    )
