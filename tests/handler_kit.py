"""Building blocks for handler tests: plain data, no server."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.app import load_settings, make_dispatcher
from bot.config import Settings
from bot.ctx import Ctx, ReadOnlyMemory, StaticForum
from bot.i18n import Messages
from bot.models import Post, Topic, User
from bot.replay import Simulation
from bot.state import MemoryState
from bot.topicfile import load_topic_file

DATA = Path(__file__).parent / "data"


def seed_topic() -> Topic:
    return load_topic_file(DATA / "seed-thread.json")


def make_post(
    post_number: int, username: str, raw: str, topic_id: int = 1, created_at: datetime | None = None, **kw: Any
) -> Post:
    return Post(
        id=topic_id * 1000 + post_number,
        topic_id=topic_id,
        post_number=post_number,
        username=username,
        created_at=created_at or datetime(2026, 11, 26, 10, 0, tzinfo=UTC),
        raw=raw,
        **kw,
    )


def make_ctx(
    topics: list[Topic] = (),  # type: ignore[assignment]
    now: datetime | None = None,
    language: str = "fr",
    users: list[User] = (),  # type: ignore[assignment]
    likers: dict[int, list[str]] | None = None,
    memory: dict[str, dict[str, Any]] | None = None,
    settings: Settings | None = None,
    **overrides: Any,
) -> Ctx:
    """A handler's context on `topics`. Link requests are dealt with at once (`[links] settle_minutes = 0`)
    unless `overrides` say otherwise: the settle delay has tests of its own."""
    overrides["links"] = {"settle_minutes": 0, **overrides.get("links", {})}
    settings = settings or load_settings(language=language, **overrides)
    return Ctx(
        settings=settings,
        forum=StaticForum(list(topics), list(users), likers),
        memory=ReadOnlyMemory(MemoryState(memory if memory is not None else {})),
        now=now or datetime(2026, 11, 26, 10, 0, tzinfo=UTC),
        messages=Messages(settings.language),
        commands=make_dispatcher().commands,
    )


def simulate(ctx: Ctx, state: MemoryState | None = None) -> Simulation:
    """The real dispatcher and `apply` on in-memory state, reading the forum of `ctx`."""
    return Simulation(make_dispatcher(), ctx.settings, ctx.forum, state)


def feature_actions(actions: list) -> list:
    """A feature's own actions, without the dispatcher's bookkeeping (the repeat limit's memory)."""
    return [a for a in actions if getattr(a, "namespace", None) != "limits"]


def state_of(ctx: Ctx) -> MemoryState:
    """The in-memory state behind a context made by `make_ctx`, so a simulation shares it."""
    inner = ctx.memory._inner
    assert isinstance(inner, MemoryState)
    return inner


def scripted_model(answer: dict[str, Any] | str, default: dict[str, Any]) -> Any:
    """A local OpenAI-compatible server giving `answer` first (a JSON object), or behaving as the mode it names
    ("500", "invalid"), then `default`."""
    from bot.sandbox.llm import FakeLlm

    server = FakeLlm(lambda body: default)
    if isinstance(answer, dict):
        server.script.append(answer)
    else:
        server.default_mode = answer
    return server
