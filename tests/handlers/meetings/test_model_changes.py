"""With a model configured, an announcer's change no rule reads goes to it (over HTTP, to a local OpenAI-compatible
server, through the real client); its answer moves the meeting only where the reply bears it out, and the meeting
stays held back otherwise, as without a model."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.dispatch import Dispatcher
from bot.events import PostCreated
from bot.llm import Llm
from bot.models import Topic
from bot.replay import Simulation
from handlers import meetings
from tests.handler_kit import make_ctx, make_post, scripted_model

ANNOUNCED = datetime(2026, 3, 2, 8, tzinfo=UTC)
REPLIED = datetime(2026, 3, 9, 8, tzinfo=UTC)
ANNOUNCEMENT = "**Atelier pain au four à bois** le **samedi 14 mars à 10h** au jardin."
CHANGE = "Petit changement : Hervé allume le four dès 11h, du coup tout le monde pour 14h."


async def _standing(answer: dict[str, Any] | str, author: str = "four_tl") -> tuple[list[str], int]:
    """The starts reminded once the announcement and the reply are read, and how many requests the model got."""
    first = make_post(1, "four_tl", ANNOUNCEMENT, topic_id=9, created_at=ANNOUNCED, topic_title="Atelier pain")
    reply = make_post(2, author, CHANGE, topic_id=9, created_at=REPLIED, topic_title="Atelier pain")
    server = scripted_model(answer, {"verdict": "unclear"})
    await server.start()
    try:
        topic = Topic(id=9, title="Atelier pain", posts=(first, reply), created_by="four_tl")
        ctx = make_ctx([topic], now=ANNOUNCED, timezone="Europe/Paris", llm={"base_url": server.url, "max_retries": 0})
        llm = Llm.from_settings(ctx.settings)
        assert llm is not None
        simulation = Simulation(Dispatcher([meetings.router]), ctx.settings, ctx.forum, llm=llm)
        await simulation.feed(PostCreated(first), ANNOUNCED)
        await simulation.feed(PostCreated(reply), REPLIED)
        await llm.close()
        assert llm.tokens_used > 0 or not server.requests or not isinstance(answer, dict)  # counted
    finally:
        await server.stop()
    if server.requests:
        assert "<post" in server.requests[0]["messages"][-1]["content"]
    records = simulation.state.data.get("meetings", {}).values()
    standing = sorted(r["starts_at"] for r in records if "starts_at" in r and not r["cancelled"])
    return standing, len(server.requests)


@pytest.mark.parametrize(
    ("answer", "standing"),
    [
        ({"verdict": "moved", "start": "2026-03-14T14:00"}, ["2026-03-14T13:00:00Z"]),
        ({"verdict": "moved", "start": "2026-03-14T15:00"}, []),  # a time the reply does not write
        ({"verdict": "moved", "start": "2026-03-21T14:00"}, []),  # a day the reply does not write
        ({"verdict": "unchanged", "start": None}, []),  # the rules held it back: only a move the reply bears out counts
        ("500", []),  # the model fails: held back, as without a model
        ("invalid", []),
    ],
)
async def test_an_announcers_change_no_rule_reads_goes_to_the_model(answer: Any, standing: list[str]) -> None:
    assert await _standing(answer) == (standing, 1)


def test_only_a_move_the_reply_bears_out_gives_a_start() -> None:
    from handlers.meetings.model_changes import Change, new_start

    reply = make_post(2, "four_tl", CHANGE, topic_id=9, created_at=REPLIED)
    first = make_post(1, "four_tl", ANNOUNCEMENT, topic_id=9, created_at=ANNOUNCED)
    [meeting] = meetings.read_post(first, make_ctx(now=ANNOUNCED).settings.tz, "scribe", order="DMY").meetings
    assert new_start(Change(verdict="moved", start="2026-03-14T14:00"), meeting, reply, "DMY") is not None
    assert new_start(Change(verdict="called_off"), meeting, reply, "DMY") is None


async def test_a_members_change_is_not_put_to_the_model() -> None:
    assert await _standing({"verdict": "moved", "start": "2026-03-14T14:00"}, author="voisin") == ([], 0)
