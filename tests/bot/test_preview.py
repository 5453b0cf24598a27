"""`scribe preview`: a topic of the sandbox forum previewed, and the readable output built from
what each feature declares (its lists and the sentence each item reads as)."""

from __future__ import annotations

from typing import Any

from bot import app
from bot.forum import Forum
from bot.oneshot import Kit
from bot.preview import preview, readable
from bot.routing import Router
from bot.sandbox import Sandbox
from tests.conftest import KEY


async def test_preview_of_a_topic_read_from_the_forum(sandbox: Sandbox) -> None:
    seed = sandbox.seed_topic_id  # type: ignore[attr-defined]
    async with Forum(sandbox.url, "scribe", KEY) as forum:
        kit = Kit(app.load_settings(None), forum=forum)
        try:
            result = await preview(str(seed), kit, app.make_dispatcher())
        finally:
            await kit.close()
    assert list(result)[:6] == ["topic", "link_requests", "missing_links", "meetings", "proposals", "summary"]
    assert result["topic"]["id"] == seed and result["topic"]["posts"] == 21
    text = readable(result, app.routers())
    assert text.startswith(f"Topic {seed}: ")
    assert f"\nlink requests: {len(result['link_requests'])}\n  - post 2 (membre_a, membre_b; registration): " in text


def demo_router() -> Router:
    router = Router("demo")

    @router.preview_lines("odd_things")
    def odd_line(item: dict[str, Any]) -> str:
        return f"thing {item['n']}"

    router.preview_text("note")
    return router


def test_readable_prints_a_feature_list_by_its_lines_and_its_text_after_the_warnings() -> None:
    result = {
        "topic": {"id": 5, "title": "Jardin partagé", "posts": 30},
        "odd_things": [{"n": n} for n in range(20)],
        "note": "Une note.",
        "warnings": ["2 time(s) stated in UTC"],
        "actions": [{"kind": "reply", "raw": "é"}],
    }
    lines = readable(result, [demo_router()]).splitlines()
    assert lines[:4] == ["Topic 5: Jardin partagé (30 posts)", lines[1], "", "odd things: 20"]
    assert lines[4:19] == [f"  - thing {n}" for n in range(15)]
    assert lines[19:] == [
        "",
        "warning: 2 time(s) stated in UTC",
        "",
        "note:",
        "Une note.",
        "",
        "actions scribe would take: 1",
        '  - {"kind": "reply", "raw": "é"}',
    ]


def test_an_empty_text_is_left_out_and_an_empty_list_counted() -> None:
    result = {"topic": {"id": 5, "title": "t", "posts": 1}, "odd_things": [], "note": "", "actions": []}
    lines = readable(result, [demo_router()]).splitlines()
    assert lines[2:] == ["", "odd things: 0", "", "actions scribe would take: 0"]
