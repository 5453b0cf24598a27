"""What the links feature keeps (memory namespace `links`), typed, and what other features
may read of it.

- `request:{post_id}`: a request scribe dealt with (`RequestRecord`);
- `topic:{topic_id}`: `last_answer_at` (cooldown), `waits`: one per link the announcer was
  asked to add (its `kinds`), with the askers waiting for it and when it was asked
  (`asked_at`): a wait ends when its link arrives and its askers are told; past `[links]
  wait_days` it no longer silences the topic's requests for other links and a new request for
  its link asks again (taking its askers along), but its askers are still told when the link
  comes; and `confirmed`: posts a model took for requests (post number → kinds). A topic kept
  with a single `waiting` (the former shape) is read as that one wait (`topic_state`);
- `missing:{post_id}`: an announcement without its link (`state`: scheduled, notified, resolved).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from bot.actions import Remember
from bot.ctx import Ctx
from bot.models import Post
from handlers.links.answer import Reason, reason_fields
from handlers.links.bursts import same_kinds

NS = "links"
Outcome = Literal["answered", "asked", "joined", "cooldown", "silent"]


@dataclass(frozen=True)
class RequestRecord:
    """How scribe dealt with one request: `answered` with the link; `asked` the announcer for
    it; `joined` a request already answered or waiting; held back by the `cooldown`; `silent`
    when unsure (`why` says why: a member answered, nobody to ask, no such link announced). Its
    JSON keeps the reason's English words (`why`) and its message with values (`reason`)."""

    topic_id: int
    post_number: int
    outcome: Outcome
    reply: str | None = None
    username: str = ""
    kinds: tuple[str, ...] = ()
    why: Reason | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "topic_id": self.topic_id,
            "post_number": self.post_number,
            "outcome": self.outcome,
            "reply": self.reply,
            "username": self.username,
            "kinds": list(self.kinds),
            **reason_fields(self.why),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RequestRecord:
        return cls(
            topic_id=int(data["topic_id"]),
            post_number=int(data["post_number"]),
            outcome=data["outcome"],
            reply=data.get("reply"),
            username=str(data.get("username") or ""),
            kinds=tuple(data.get("kinds") or ()),
            why=Reason.from_json(data.get("reason")),
        )


@dataclass(frozen=True)
class OpenRequest:
    """A link a member asked for that nobody has given yet."""

    topic_id: int
    post_number: int
    username: str
    kinds: tuple[str, ...]


def request_key(post_id: int) -> str:
    return f"request:{post_id}"


def topic_key(topic_id: int) -> str:
    return f"topic:{topic_id}"


def mark(
    posts: list[Post], outcome: Outcome, reply_key: str | None, kinds: frozenset[str], why: Reason | None = None
) -> list[Remember]:
    """Record how each request of a burst was dealt with."""
    return [
        Remember(
            NS,
            request_key(p.id),
            RequestRecord(
                p.topic_id, p.post_number, outcome, reply_key, p.username, tuple(sorted(kinds)), why
            ).to_json(),
        )
        for p in posts
    ]


async def request_record(ctx: Ctx, post_id: int) -> RequestRecord | None:
    value = await ctx.memory.get(NS, request_key(post_id))
    return RequestRecord.from_json(value) if isinstance(value, dict) else None


def topic_state(value: Mapping[str, Any] | None) -> dict[str, Any]:
    """A topic's memory in its current shape: a single `waiting` kept before waits were one per link
    is that one wait, dated at the topic's last answer when it had no date (none is given while
    waiting)."""
    state = dict(value or {})
    former = state.pop("waiting", None)
    if former and "waits" not in state:
        state["waits"] = [former if "asked_at" in former else {**former, "asked_at": state.get("last_answer_at")}]
    return state


def waits(state: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The topic's waits on the announcer, oldest first (`topic_state`)."""
    return [w for w in state.get("waits") or () if isinstance(w, dict)]


async def open_requests(ctx: Ctx) -> list[OpenRequest]:
    """Requests still waiting for their link: the announcer was asked and has not posted it yet."""
    values = await ctx.memory.items(NS)
    waiting = {
        int(key.removeprefix("topic:")): waits(topic_state(value))
        for key, value in values.items()
        if key.startswith("topic:") and isinstance(value, dict)
    }
    records = [
        RequestRecord.from_json(value)
        for key, value in values.items()
        if key.startswith("request:") and isinstance(value, dict)
    ]
    # A request that joined an answer keeps "joined" while its topic waits for another link:
    # it is not open once a link of its kind was given in the topic.
    given: dict[int, list[tuple[str, ...]]] = {}
    for record in records:
        if record.outcome == "answered":
            given.setdefault(record.topic_id, []).append(record.kinds)
    out = [
        OpenRequest(r.topic_id, r.post_number, r.username, r.kinds)
        for r in records
        if r.outcome in ("asked", "joined")
        and any(for_link(w, frozenset(r.kinds)) for w in waiting.get(r.topic_id, []))
        and not _served(r.kinds, given.get(r.topic_id, []))
    ]
    return sorted(out, key=lambda r: (r.topic_id, r.post_number))


def for_link(wait: Mapping[str, Any], kinds: frozenset[str]) -> bool:
    """Whether a wait is for a link of `kinds` (a wait or a request naming no kind is for any link)."""
    return same_kinds(frozenset(wait.get("kinds") or ()), kinds)


def _served(kinds: tuple[str, ...], given: list[tuple[str, ...]]) -> bool:
    """Whether a link of one of `kinds` was already given (kindless asks match kindless answers)."""
    return any(set(kinds) & set(answer) or (not kinds and not answer) for answer in given)
