"""`scribe preview`: a topic of the sandbox forum previewed, and the readable output built from
what each feature declares (its lists and the sentence each item reads as)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from bot import app
from bot.forum import Forum
from bot.i18n import LANGUAGES, Messages, catalogue
from bot.oneshot import Kit
from bot.preview import preview, readable
from bot.routing import Router
from bot.sandbox import Sandbox
from tests.conftest import KEY, Clock
from tests.handlers.links.test_links_settle import ANNOUNCEMENT, as_user, settle_timers


async def test_preview_of_a_topic_read_from_the_forum(sandbox: Sandbox) -> None:
    seed = sandbox.seed_topic_id  # type: ignore[attr-defined]
    async with Forum(sandbox.url, "scribe", KEY) as forum:
        kit = Kit(app.load_settings(None), forum=forum)
        try:
            result = await preview(str(seed), kit, app.make_dispatcher())
        finally:
            await kit.close()
    assert list(result)[:8] == [
        "topic",
        "link_requests",
        "missing_links",
        "in_doubt",
        "meetings",
        "set_aside",
        "proposals",
        "summary",
    ]
    assert result["topic"]["id"] == seed and result["topic"]["posts"] == 21
    text = readable(result, app.routers(), Messages("en"))
    assert text.startswith(f"Topic {seed}: ")
    assert f"\nlink requests: {len(result['link_requests'])}\n  - post 2 (membre_a, membre_b; registration): " in text


async def test_a_french_forum_reads_its_preview_in_french(sandbox: Sandbox) -> None:
    seed = sandbox.seed_topic_id  # type: ignore[attr-defined]
    settings = app.load_settings(None)
    settings.language = "fr"
    fr = Messages("fr")
    async with Forum(sandbox.url, "scribe", KEY) as forum:
        kit = Kit(settings, forum=forum)
        try:
            result = await preview(str(seed), kit, app.make_dispatcher(), messages=fr)
        finally:
            await kit.close()
    text = readable(result, app.routers(), fr)
    lines = text.splitlines()
    assert lines[0].startswith(f"Sujet {seed} : ") and lines[0].endswith(" (21 messages)")
    assert lines[1].startswith("Chaque message est jugé comme s'il venait d'être écrit")
    assert (
        f"\ndemandes de lien : {len(result['link_requests'])}\n  - message 2 (membre_a, membre_b ; inscription) : "
        "se taire — le message 6 y répond déjà\n" in text
    )
    assert f"\nliens manquants : {len(result['missing_links'])}\n" in text
    assert f"\nréunions : {len(result['meetings'])}" in text
    assert f"\ndates écartées : {len(result['set_aside'])}" in text
    assert f"\nmessages dans le doute : {len(result['in_doubt'])}" in text
    assert f"\npropositions : {len(result['proposals'])}\n" in text and " soutien(s)" in text
    assert "\nsynthèse :\n" in text and f"\nactions que scribe ferait : {len(result['actions'])}" in text
    frame = [line for line in lines if not line.startswith(("  - ", "- ", "#", "**", "_", "Synthèse"))]
    english = ("post ", "link", "Topic", "warning", "would", "supporter", "summary", "proposals", "meetings")
    assert [line for line in frame if any(word in line for word in english)] == []


def test_every_message_has_both_languages() -> None:
    keys = [set(catalogue(language)) for language in LANGUAGES]
    assert keys[0] == keys[1]


def test_every_part_of_the_preview_has_a_heading_in_both_languages() -> None:
    for section in (s for r in app.routers() for s in r.shown):
        assert all(section.title in catalogue(language) for language in LANGUAGES), section.title


def demo_router() -> Router:
    router = Router("demo")

    @router.preview_lines("odd_things")
    def odd_line(item: dict[str, Any], messages: Messages) -> str:
        return f"{messages.language} thing {item['n']}"

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
    lines = readable(result, [demo_router()], Messages("en")).splitlines()
    assert lines[:4] == ["Topic 5: Jardin partagé (30 posts)", lines[1], "", "odd things: 20"]
    assert lines[4:19] == [f"  - en thing {n}" for n in range(15)]
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
    lines = readable(result, [demo_router()], Messages("en")).splitlines()
    assert lines[2:] == ["", "odd things: 0", "", "actions scribe would take: 0"]


async def test_a_request_citing_a_command_to_scribe_waits_in_the_preview_as_it_does_live(
    make_sandbox, make_engine, settings_for
) -> None:
    """A request that names scribe only inside a bare quote ("> @scribe …") is not addressed to it: the
    running bot waits for its settle delay, and the preview says so too."""
    clock = Clock(datetime.now(UTC) - timedelta(hours=2))  # the preview reads the topic now
    sandbox = await make_sandbox(clock, seed=False)
    sandbox.add_user("lea")
    engine = await make_engine(sandbox, clock=clock)
    async with as_user(sandbox, "moderateur") as mod:
        made = await mod.create_topic("Atelier cartographie", ANNOUNCEMENT, category_id=2)
    await engine.run_once()
    clock.advance(hours=2)
    async with as_user(sandbox, "lea") as lea:
        asked = await lea.create_post(
            "> @scribe il manque le lien ?\n\nPareil, je ne trouve pas le lien d'inscription pour l'atelier.",
            made.topic_id,
        )
    await engine.run_once()
    assert [t["key"] for t in await settle_timers(engine)] == [f"links:settle:{asked.id}"]
    async with Forum(sandbox.url, "scribe", KEY) as forum:
        kit = Kit(settings_for(sandbox), forum=forum)
        try:
            result = await preview(str(made.topic_id), kit, app.make_dispatcher())
        finally:
            await kit.close()
    [request] = result["link_requests"]
    assert request["post_number"] == asked.post_number and request["waiting_until"] is not None


async def test_the_preview_says_which_actions_a_pause_would_have_held_back(make_sandbox, settings_for) -> None:
    """A moderator paused scribe in the topic, then resumed it: the answer to a member who asked
    during the pause is marked as one a running scribe would not have given, in both languages;
    the answer after the resume is not."""
    from datetime import UTC, datetime, timedelta

    from tests.conftest import Clock

    clock = Clock(datetime.now(UTC) - timedelta(days=3))  # read days later: every command is old
    sandbox = await make_sandbox(clock, seed=False)
    sandbox.add_user("lea")
    sandbox.add_user("tom")
    opening = sandbox.create_post(
        "moderateur", "Le point sur le chantier du local.", title="Chantier du local associatif", category_id=2
    )
    topic_id = opening["topic_id"]
    steps = [
        ("moderateur", "@scribe pause le temps des travaux"),
        ("lea", "@scribe aide, que sais-tu faire ?"),
        ("moderateur", "@scribe reprendre, les travaux sont finis"),
        ("tom", "@scribe aide, que peux-tu faire ici ?"),
    ]
    numbers = {}
    for username, raw in steps:
        clock.advance(minutes=5)
        numbers[username + raw[8:12]] = sandbox.create_post(username, raw, topic_id)["post_number"]
    async with Forum(sandbox.url, "scribe", KEY) as forum:
        kit = Kit(settings_for(sandbox), forum=forum)
        try:
            result = await preview(str(topic_id), kit, app.make_dispatcher())
        finally:
            await kit.close()
    helped = {a["reply_to_post_number"]: a for a in result["actions"] if a["kind"] == "reply"}
    pause, lea, tom = numbers["moderateurpaus"], numbers["leaaide"], numbers["tomaide"]
    assert helped[lea]["paused_since"] == pause
    assert "paused_since" not in helped[tom]
    english = readable(result, app.routers(), Messages("en"))
    french = readable(result, app.routers(), Messages("fr"))
    assert english.count(f"paused since post {pause}") == 1
    assert french.count(f"en pause depuis le message {pause}") == 1
