"""Events: past-tense facts the poller, the webhook receiver and the scheduler report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.models import Post


@dataclass(frozen=True)
class PostCreated:
    """A new post. `answered` is True when the post also addressed a command to scribe
    and that command took it: features then read it without answering it again.

    `polled` when it came from `/posts.json`, the forum's feed in id order: handled, it moves the
    poll's cursor. A post a webhook or a notification brought leaves the cursor where it is, since
    older posts may not have been read yet (webhooks come from background jobs, in any order)."""

    post: Post
    answered: bool = False
    polled: bool = False


@dataclass(frozen=True)
class PostEdited:
    post: Post


@dataclass(frozen=True)
class PostDeleted:
    """A post was deleted or hidden: what scribe keeps of it must go."""

    post: Post


@dataclass(frozen=True)
class TopicEdited:
    """A topic's title, category or tags changed (Discourse's `topic_edited` webhook; the
    opening post's version does not move): the features read it as an edit of the opening post,
    read anew (`bot.dispatch`)."""

    topic_id: int
    attempt: int = 1
    """1, then 2… when scribe reads the opening post again after the forum could not be read."""


@dataclass(frozen=True)
class PostLiked:
    post: Post
    username: str


@dataclass(frozen=True)
class MentionReceived:
    """A post that addresses the bot (`@scribe …` outside quotes and code).

    `command` is the first word after the mention, lower-cased ("" when none);
    `args` is the rest of that line. `direct` is False when the mention sits inside a
    sentence ("merci @scribe") rather than opening a request.
    """

    post: Post
    command: str
    args: str
    direct: bool = True
    attempt: int = 1
    """1, then 2… when scribe tries again after the forum could not be read."""


@dataclass(frozen=True)
class TickFired:
    """A schedule or a timer came due. `name` says which; `key` is unique per firing."""

    name: str
    at: datetime
    key: str
    payload: dict[str, Any] = field(default_factory=dict)


def changed(post: Post) -> PostEdited | PostDeleted:
    """A post read again: an edit, or gone (deleted, withdrawn by its author, hidden)."""
    return PostDeleted(post) if post.deleted or post.hidden else PostEdited(post)


Event = PostCreated | PostEdited | PostDeleted | TopicEdited | PostLiked | MentionReceived | TickFired
