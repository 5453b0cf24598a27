"""The engine against the sandbox forum, over real HTTP."""

from __future__ import annotations

import asyncio
import json

import pytest

from bot.app import make_engine
from bot.sandbox import Sandbox
from tests.conftest import KEY, Clock

SEED_TOPIC = 1


def scribe_posts(sb: Sandbox) -> list:
    return sb.posts_by("scribe")


async def test_first_start_answers_nothing_old(sandbox, make_engine, member):
    await member.create_post("@scribe aide, avant le démarrage du robot", SEED_TOPIC)
    engine = await make_engine(sandbox)
    report = await engine.run_once()
    assert report.events == [] and scribe_posts(sandbox) == []
    assert int(await engine.store.cursor()) == max(p.id for p in sandbox.topic_posts(SEED_TOPIC))


async def test_mention_gets_exactly_one_answer(sandbox, make_engine, member):
    engine = await make_engine(sandbox)
    await engine.run_once()
    asked = await member.create_post("@scribe aide, que sais-tu faire ?", SEED_TOPIC)
    await engine.run_once()
    posts = scribe_posts(sandbox)
    assert len(posts) == 1
    answer = posts[0]
    assert answer.reply_to_post_number == asked.post_number
    assert "aide" in answer.raw and "scribe:reply:" in answer.raw
    second = await engine.run_once()
    assert second.sent == [] and len(scribe_posts(sandbox)) == 1


async def test_unknown_command_gets_short_help_and_english(sandbox, make_engine, member):
    engine = await make_engine(sandbox, language="en")
    await engine.run_once()
    await member.create_post("@scribe frobnicate the whole thread please", SEED_TOPIC)
    await engine.run_once()
    [answer] = scribe_posts(sandbox)
    assert "frobnicate" in answer.raw and "@scribe help" in answer.raw


async def test_ignores_own_posts_other_bots_and_quoted_mentions(sandbox, make_engine, member):
    engine = await make_engine(sandbox)
    await engine.run_once()
    sandbox.add_user("discobot")
    async with type(member)(sandbox.url, "discobot", KEY) as bot:
        await bot.create_post("@scribe aide, je suis un autre robot", SEED_TOPIC)
    async with type(member)(sandbox.url, "scribe", KEY) as me:
        await me.create_post("@scribe aide : je me parle à moi-même", SEED_TOPIC)
    await member.create_post(
        '[quote="membre_a, post:2, topic:1"]\n@scribe aide\n[/quote]\n\nJe cite seulement ce message.', SEED_TOPIC
    )
    report = await engine.run_once()
    assert len(report.events) == 3
    assert [p.raw for p in scribe_posts(sandbox)] == ["@scribe aide : je me parle à moi-même"]


async def test_dry_run_prints_and_sends_nothing(sandbox, settings_for, member):
    from bot.forum import Forum
    from bot.store import Store

    settings = settings_for(sandbox)
    printed: list[str] = []
    async with Forum(sandbox.url, "scribe", KEY) as forum:
        store = await Store(settings.store.path).open()
        engine = make_engine(settings, forum, store, dry_run=True, echo=printed.append)
        await engine.run_once()
        await member.create_post("@scribe aide, en répétition ?", SEED_TOPIC)
        await engine.run_once()
        await store.close()
    assert scribe_posts(sandbox) == []
    replies = [line for line in printed if '"kind": "reply"' in line]
    assert len(replies) == 1 and all('"kind": "remember"' in line for line in printed if line not in replies)


async def test_catch_up_reads_ceil_n_over_50_pages(sandbox, make_engine):
    engine = await make_engine(sandbox)
    await engine.run_once()
    for name in ("ana", "bruno", "chloe"):
        sandbox.add_user(name)
    for i in range(120):
        sandbox.create_post(
            ("ana", "bruno", "chloe")[i % 3], f"Message numéro {i} du rattrapage, assez long.", topic_id=SEED_TOPIC
        )
    sandbox.reset_requests()
    events = await engine.poller.poll()
    assert len(events) == 120 and sandbox.requests == 3 + 1  # 3 pages and the notifications
    for event in events:
        await engine.handle(event)
    sandbox.reset_requests()
    assert await engine.poller.poll() == []
    assert sandbox.requests == 2  # an idle poll: /posts.json and /notifications.json


async def test_edit_of_a_recent_post_is_seen(sandbox, make_engine, member):
    from bot.events import PostEdited

    engine = await make_engine(sandbox)
    await engine.run_once()
    post = await member.create_post("Une annonce sans le lien pour l'instant.", SEED_TOPIC)
    await engine.run_once()
    await member.edit_post(post.id, "Une annonce avec le lien : https://framaforms.org/x")
    events = await engine.poller.poll()
    assert [type(e) for e in events] == [PostEdited] and events[0].post.version == 2


async def test_fourth_reply_in_a_row_waits_for_someone_else(sandbox, make_engine, member, clock):
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    await member.create_post("@scribe aide, que sais-tu faire ?", SEED_TOPIC)
    async with type(member)(sandbox.url, "scribe", KEY) as me:
        for i in range(3):
            await me.create_post(f"Message numéro {i} du robot dans ce sujet.", SEED_TOPIC)
    await engine.run_once()
    assert len(scribe_posts(sandbox)) == 3
    [row] = await engine.store.outbox()
    # The French forum says so in French; scribe decided from the topic's last post, not the text.
    assert row["status"] == "pending" and row["retry_at"] and "consécutives" in row["error"]
    await member.create_post("Je relance la discussion pour débloquer le robot.", SEED_TOPIC)
    sandbox.reset_requests()
    await engine.run_once()
    assert len(scribe_posts(sandbox)) == 3 and sandbox.requests == 2  # the poll only: the reply waits
    clock.advance(minutes=11)
    await engine.run_once()
    assert len(scribe_posts(sandbox)) == 4


async def test_health_follows_the_polls(sandbox, make_engine, capsys):
    """`scribe health` (the image's HEALTHCHECK) is ok once the bot has polled, not before."""
    from bot.cli import main

    engine = await make_engine(sandbox, clock=Clock())  # health is judged against real time
    env = {"SCRIBE_DB": engine.settings.store.path}
    with pytest.MonkeyPatch.context() as mp:
        for k, v in env.items():
            mp.setenv(k, v)
        assert await asyncio.to_thread(main, ["health"]) == 1
        await engine.run_once()
        assert await asyncio.to_thread(main, ["health"]) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report["ok"] is True and report["outbox_depth"] == 0


async def test_metrics_and_healthz_while_running(sandbox, make_engine, member, unused_tcp_port):
    """`scribe run` with [metrics] enabled: /healthz says ok once polled; /metrics counts requests and events."""
    import aiohttp

    engine = await make_engine(
        sandbox, clock=Clock(), forum={"poll_seconds": 0.2}, metrics={"enabled": True, "port": unused_tcp_port}
    )
    await member.create_post("@scribe aide, que sais-tu faire ?", SEED_TOPIC)
    stop = asyncio.Event()
    running = asyncio.create_task(engine.run(stop))
    try:
        base = f"http://127.0.0.1:{unused_tcp_port}"
        async with aiohttp.ClientSession() as http:
            for _ in range(50):
                await asyncio.sleep(0.1)
                try:
                    async with http.get(f"{base}/healthz") as r:
                        if r.status == 200:
                            health = await r.json()
                            break
                except aiohttp.ClientConnectorError:
                    continue
            else:
                raise AssertionError("/healthz never said ok")
            assert health["ok"] and health["outbox_depth"] == 0
            async with http.get(f"{base}/metrics") as r:
                text = await r.text()
    finally:
        stop.set()
        await asyncio.wait_for(running, 10)
    assert 'scribe_forum_requests_total{endpoint="/posts.json",method="GET",status="200"}' in text
    assert "scribe_outbox_depth 0.0" in text and "scribe_poll_lag_seconds" in text


async def test_a_member_repeating_a_command_gets_one_pointer_then_silence(sandbox, make_engine, member, clock):
    sandbox.set_user("membre", moderator=True)  # so the forum itself lets them post five times in a row
    engine = await make_engine(sandbox, clock=clock)
    await engine.run_once()
    for i in range(5):
        await member.create_post(f"@scribe aide\n\nMerci d'avance, essai numéro {i}.", SEED_TOPIC)
        clock.advance(minutes=1)
        await engine.run_once()
    answers = scribe_posts(sandbox)
    assert len(answers) == 2  # the help, then one pointer to the first request
    assert "propositions" in answers[0].raw and "/t/-/1/" in answers[1].raw
    clock.advance(minutes=11)
    await member.create_post("@scribe aide\n\nMerci d'avance, dernier essai.", SEED_TOPIC)
    await engine.run_once()
    assert len(scribe_posts(sandbox)) == 3  # later, the same command is answered again
