"""Actions: what a handler asks the engine to do. Each carries an idempotency key.

Forum writes (reply, topic, message, edit) go through the outbox and happen once
per key across crashes and restarts. A reply or a topic may carry images (`Image`): the
outbox uploads each one just before the write and puts it where its placeholder line is;
an image that cannot be made or uploaded is left out, the write still goes. `Remember`, `ScheduleTimer` and
`CancelTimer` change scribe's own store, atomically with the dispatch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.models import Post

if TYPE_CHECKING:
    from bot.events import MentionReceived


@dataclass(frozen=True)
class Image:
    """An image shown in a write: PNG bytes, or a chart spec (`bot.charts`) drawn by the
    engine. Its place in the raw is the line `image_placeholder(name)`."""

    name: str
    alt: str
    chart: dict[str, Any] | None = None
    data: bytes | None = None

    @property
    def placeholder(self) -> str:
        return image_placeholder(self.name)


def image_placeholder(name: str) -> str:
    return "{{image:" + name + "}}"


@dataclass(frozen=True)
class ReplyToPost:
    key: str
    topic_id: int
    raw: str
    reply_to_post_number: int | None = None
    mentions: tuple[str, ...] = ()
    """Usernames this reply may notify; every other @name is written so it does not ping."""
    expires_at: datetime | None = None
    """Not sent after this moment (a reminder is pointless once the meeting started)."""
    not_before: datetime | None = None
    """Held until this moment (quiet hours)."""
    images: tuple[Image, ...] = ()
    sources: tuple[int, ...] = ()
    """Topics the facts it states were read from, besides those its text cites (`bot.audience`)."""


@dataclass(frozen=True)
class CreateTopic:
    key: str
    title: str
    raw: str
    category_id: int | None = None
    tags: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    not_before: datetime | None = None
    images: tuple[Image, ...] = ()
    sources: tuple[int, ...] = ()
    """Topics the facts it states were read from, besides those its text cites (`bot.audience`)."""


@dataclass(frozen=True)
class SendPrivateMessage:
    key: str
    recipients: tuple[str, ...]
    title: str
    raw: str
    mentions: tuple[str, ...] = ()
    expires_at: datetime | None = None
    not_before: datetime | None = None
    sources: tuple[int, ...] = ()
    """Topics the facts it states were read from, besides those its text cites (`bot.audience`)."""


@dataclass(frozen=True)
class EditPost:
    key: str
    post_id: int
    raw: str
    edit_reason: str = ""
    not_before: datetime | None = None


@dataclass(frozen=True)
class Remember:
    """Store a JSON-able value under (namespace, key); `value=None` forgets it. A value with
    `expires_at` is dropped by the store once that moment has passed (memory stays small)."""

    namespace: str
    key: str
    value: Any
    expires_at: datetime | None = None


@dataclass(frozen=True)
class ScheduleTimer:
    """Fire `TickFired(name, payload)` at `at` (UTC), once. Same key replaces the timer."""

    key: str
    at: datetime
    name: str
    payload: dict[str, Any] = field(default_factory=dict)
    since: datetime | None = None
    """When the wait began, for a timer set for a wait (a retry, a job to run now) rather than for
    a moment: a clock set back afterwards does not make it wait longer than `at - since`."""


@dataclass(frozen=True)
class CancelTimer:
    key: str


@dataclass(frozen=True)
class ChangeSchedule:
    """Create or change (days/time/timezone/options), pause or resume, or remove a schedule.

    Applied by the engine to the store and to the running scheduler at once; the
    change records who made it (`changed_by`) and from where (`origin`).
    """

    name: str
    changed_by: str
    origin: str = "forum"
    days: tuple[str, ...] | None = None
    time: str | None = None
    timezone: str | None = None
    options: dict[str, Any] | None = None
    paused: bool | None = None
    remove: bool = False


@dataclass(frozen=True)
class PauseBot:
    """Stop (or resume) everything scribe does on its own; mentions of staff commands still work."""

    paused: bool
    changed_by: str


ForumWrite = ReplyToPost | CreateTopic | SendPrivateMessage | EditPost
Action = ForumWrite | Remember | ScheduleTimer | CancelTimer | ChangeSchedule | PauseBot
FORUM_WRITES = (ReplyToPost, CreateTopic, SendPrivateMessage, EditPost)


@dataclass(frozen=True)
class Asker:
    """The post a job answers."""

    post_id: int
    topic_id: int
    post_number: int

    @classmethod
    def of(cls, post: Post) -> Asker:
        return cls(post.id, post.topic_id, post.post_number)

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Asker:
        return cls(int(payload["answers"]), int(payload["topic_id"]), int(payload["post_number"]))

    def payload(self) -> dict[str, int]:
        """What a timer's payload carries of the post, so that its answer (or an apology) can be
        written without reading it again."""
        return {"answers": self.post_id, "topic_id": self.topic_id, "post_number": self.post_number}


def reply(
    to: MentionReceived | Post | Asker, raw: str, suffix: str = "command", mentions: tuple[str, ...] = ()
) -> ReplyToPost:
    """The one answer to a post (a mention), keyed by the post and the feature that answers."""
    asker = to if isinstance(to, Asker) else Asker.of(to if isinstance(to, Post) else to.post)
    return ReplyToPost(
        key=f"reply:{asker.post_id}:{suffix}",
        topic_id=asker.topic_id,
        reply_to_post_number=asker.post_number,
        raw=raw,
        mentions=mentions,
    )


def run_job(name: str, asker: Post, now: datetime, **payload: Any) -> ScheduleTimer:
    """Run a long piece of work (a synthesis, a first ranking) as its own job, right after the
    events already waiting: a `TickFired(name)` whose payload names the post it answers."""
    return ScheduleTimer(
        key=f"job:{name}:{asker.id}",
        at=now,
        name=name,
        payload={**Asker.of(asker).payload(), **payload},
        since=now,
    )
