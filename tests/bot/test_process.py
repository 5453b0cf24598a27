"""scribe as users run it: the `scribe run` process against the sandbox, and webhooks."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from pathlib import Path

import pytest

from bot.app import load_settings
from bot.forum import Forbidden, Forum, NotFound, Rejected
from bot.sandbox import Sandbox
from bot.webhooks import start_receiver
from tests.conftest import KEY

ROOT = Path(__file__).resolve().parents[2]  # the repository root


@pytest.fixture
async def sandbox(make_sandbox) -> Sandbox:
    """A scribe process reads the wall clock, so here the forum does too (no fake clock)."""
    return await make_sandbox()


async def scribe(sandbox, db: Path, *args: str, **env_changes: str) -> asyncio.subprocess.Process:
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
        "SCRIBE_FORUM_URL": sandbox.url,
        "DISCOURSE_API_KEY": KEY,
        "SCRIBE_DB": str(db),
    }
    env = {k: v for k, v in {**env, **env_changes}.items() if v is not None}
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        *args,
        env=env,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def finish(proc: asyncio.subprocess.Process, within: float = 60) -> tuple[int, str]:
    """The exit code and everything the process wrote: stdout, then stderr (the logs)."""
    out, err = await asyncio.wait_for(proc.communicate(), within)
    assert proc.returncode is not None
    return proc.returncode, out.decode() + err.decode()


def stored_bytes(db: Path) -> bytes:
    """The database as it is on disk, with its journal files (-wal, -shm, -journal) if any."""
    files = sorted(db.parent.glob(db.name + "*"))
    assert db in files, f"no database at {db}"
    return b"".join(f.read_bytes() for f in files)


async def test_run_once_answers_once_and_a_second_run_posts_nothing(sandbox, member, tmp_path):
    db = tmp_path / "scribe.db"
    code, first = await finish(await scribe(sandbox, db, "run", "--once"))
    assert code == 0, first
    await member.create_post("@scribe aide, que sais-tu faire ?", 1)
    code, second = await finish(await scribe(sandbox, db, "run", "--once"))
    assert code == 0, second
    assert len(sandbox.posts_by("scribe")) == 1
    code, third = await finish(await scribe(sandbox, db, "run", "--once"))
    assert code == 0, third
    assert len(sandbox.posts_by("scribe")) == 1
    # the key the processes authenticated with is never written out: not in any output or log, not in the database
    for output in (first, second, third):
        assert KEY not in output
    assert KEY.encode() not in stored_bytes(db)


async def test_run_stops_cleanly_on_sigterm(sandbox, member, tmp_path):
    proc = await scribe(sandbox, tmp_path / "scribe.db", "--log-json", "run")
    try:
        for _ in range(300):
            if any(path.endswith("posts.json") for _, path in sandbox.request_log):
                break
            await asyncio.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        code, err = await finish(proc, 30)
    finally:
        if proc.returncode is None:
            proc.kill()
    assert code == 0, err
    assert '"event": "run.stopped"' in err and KEY not in err


async def test_webhook_from_the_forum_reaches_the_engine(sandbox, make_engine, member, unused_tcp_port):
    engine = await make_engine(sandbox)
    await engine.run_once()
    secret = "a-webhook-secret-of-some-length"
    settings = load_settings(
        None, webhooks={"enabled": True, "host": "127.0.0.1", "port": unused_tcp_port, "secret": secret}
    )
    runner = await start_receiver(settings, engine.put)
    try:
        sandbox.add_webhook(f"http://127.0.0.1:{unused_tcp_port}/webhooks/discourse", secret)
        await member.create_post("@scribe aide, par webhook cette fois ?", 1)
        await sandbox.webhooks.drain()
        assert engine.queue.qsize() >= 1
        from bot.engine import PassReport

        await engine.drain_queue(PassReport())
        await engine.outbox.drain()
        assert len(sandbox.posts_by("scribe")) == 1
        await engine.run_once()
        assert len(sandbox.posts_by("scribe")) == 1
    finally:
        await runner.cleanup()


async def test_forum_errors_are_clear(sandbox, caplog):
    caplog.set_level(logging.DEBUG)
    messages: list[str] = []
    async with Forum(sandbox.url, "scribe", "wrong-key") as bad:
        try:
            await bad.create_post("Un message avec une mauvaise clé d'accès.", 1)
        except Forbidden as exc:
            messages.append(str(exc))
            assert exc.status == 403 and "API username or key is invalid" in str(exc)
        else:
            raise AssertionError("a wrong key must be refused")
    async with Forum(sandbox.url, "membre", KEY) as member:
        assert await member.post(999999) is None
        try:
            await member.create_post("court", 1)
        except Rejected as exc:
            messages.append(str(exc))
            assert exc.status == 422 and "Corps est trop court" in str(exc)
        else:
            raise AssertionError("a too short post must be refused")
        try:
            await member.topic(424242)
        except NotFound as exc:
            messages.append(str(exc))
            assert exc.status == 404
        else:
            raise AssertionError("a missing topic is a 404")
    # neither key, the refused one nor the valid one, shows in an error message or in a log record (extras included)
    logged = [f"{r.getMessage()} {r.__dict__}" for r in caplog.records]
    assert len(messages) == 3
    for text in messages + logged:
        assert "wrong-key" not in text and KEY not in text


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("wrong key", "refused scribe's API key"),
        ("empty key", "no API key"),
        ("missing key file", "DISCOURSE_API_KEY_FILE names"),
        ("not a forum", "answered 404"),
        ("unreachable", "cannot be reached"),
        ("database is a directory", "the database cannot be used"),
        ("corrupt database", "the database cannot be used"),
    ],
)
async def test_bad_setup_gets_one_sentence_and_exit_2(sandbox, tmp_path, unused_tcp_port, case, expected):
    db = tmp_path / "scribe.db"
    env: dict[str, str] = {}
    if case == "wrong key":
        env["DISCOURSE_API_KEY"] = "wrong-key"
    elif case == "empty key":
        env["DISCOURSE_API_KEY"] = ""
    elif case == "missing key file":
        env = {"DISCOURSE_API_KEY": "", "DISCOURSE_API_KEY_FILE": str(tmp_path / "absent")}
    elif case == "not a forum":
        env["SCRIBE_FORUM_URL"] = sandbox.url + "nothing-here/"
    elif case == "unreachable":
        env["SCRIBE_FORUM_URL"] = f"http://127.0.0.1:{unused_tcp_port}/"
    elif case == "database is a directory":
        db.mkdir()
    else:
        db.write_bytes(b"this is not a database" * 100)
    proc = await scribe(sandbox, db, "run", "--once", **env)
    code, output = await finish(proc, within=120)
    assert code == 2 and expected in output, output
    assert "Traceback" not in output and KEY not in output
