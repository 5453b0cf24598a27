"""Progress bars as a person sees them: `scribe proposals` run in a terminal (tmux) on a
600-post topic of the sandbox, the screen captured; silent when piped or with --quiet."""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import time
from pathlib import Path

import pytest

from bot import progress
from bot.sandbox import Sandbox
from tests.conftest import KEY

SCRIBE = str(Path(sys.executable).with_name("scribe"))
POSTS = 600
LIKED_EVERY = 10


def big_topic(sb: Sandbox) -> int:
    """A 600-post debate: four members in turn, one post in ten liked by two others."""
    people = ("ana", "bruno", "chloe", "david")
    for name in people:
        sb.add_user(name)
    first = sb.create_post(
        "ana", "Quelles priorités pour le budget participatif du tiers-lieu cette année ?", title="Budget participatif"
    )
    topic_id = int(first["topic_id"])
    for i in range(1, POSTS):
        author = people[i % 4]
        made = sb.create_post(
            author,
            f"Proposition {i} : consacrer une part du budget au projet numéro {i} du quartier.",
            topic_id=topic_id,
        )
        if i % LIKED_EVERY == 0:
            for liker in people:
                if liker != author:
                    sb.like(made["id"], liker)
                    break
    return topic_id


def config(tmp: Path, url: str) -> Path:
    path = tmp / "scribe.toml"
    path.write_text(
        f'language = "fr"\n[forum]\nurl = "{url}"\nrequests_per_minute = 600\n[store]\npath = "{tmp / "s.db"}"\n',
        encoding="utf-8",
    )
    return path


async def tmux(socket: str, *args: str) -> str:
    proc = await asyncio.create_subprocess_exec(
        "tmux", "-L", socket, *args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()
    return out.decode()


async def run_in_terminal(tmp: Path, command: str) -> str:
    """Run `command` in a 120×30 terminal; the screen once it has finished."""
    socket = f"scribe-test-{os.getpid()}"
    env = f"DISCOURSE_API_KEY={KEY} SCRIBE_CONFIG= "
    await tmux(
        socket, "new-session", "-d", "-x", "120", "-y", "30", "-s", "t", f"{env}{command}; echo EXIT=$?; sleep 60"
    )
    try:
        deadline = time.monotonic() + 120
        screen = ""
        while time.monotonic() < deadline:
            await asyncio.sleep(0.3)  # the sandbox serves the command meanwhile
            screen = await tmux(socket, "capture-pane", "-p", "-t", "t")
            if "EXIT=" in screen:
                return screen
        raise AssertionError(f"the command did not finish:\n{screen}")
    finally:
        await tmux(socket, "kill-server")


@pytest.fixture
async def big(make_sandbox, tmp_path):
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed")
    sb = await make_sandbox(seed=False)
    return sb, big_topic(sb), config(tmp_path, sb.url)  # the sandbox serves while the test runs


async def test_scribe_proposals_shows_its_progress_on_a_terminal(big, tmp_path):
    _, topic_id, cfg = big
    out = tmp_path / "out.md"
    screen = await run_in_terminal(tmp_path, f"{SCRIBE} --config {cfg} proposals {topic_id} > {out}")
    print(screen)
    assert "EXIT=0" in screen, screen
    lines = screen.splitlines()
    reading = next(line for line in lines if f"topic {topic_id}: posts read" in line)
    assert "━" in reading and f"{POSTS}/{POSTS}" in reading, screen
    likes = next(line for line in lines if f"topic {topic_id}: likes read" in line)
    assert f"{POSTS // LIKED_EVERY - 1}/{POSTS // LIKED_EVERY - 1}" in likes, screen
    assert "Proposition" in out.read_text(encoding="utf-8")  # the table went to stdout, the bars to the terminal


async def test_no_bars_with_quiet_or_when_not_a_terminal(big, tmp_path):
    _, topic_id, cfg = big
    screen = await run_in_terminal(tmp_path, f"{SCRIBE} --config {cfg} proposals {topic_id} --quiet > /dev/null")
    assert "EXIT=0" in screen and "posts read" not in screen and "━" not in screen, screen
    proc = await asyncio.create_subprocess_exec(
        SCRIBE,
        "--config",
        str(cfg),
        "proposals",
        str(topic_id),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "DISCOURSE_API_KEY": KEY},
    )
    stdout, stderr = await proc.communicate()
    assert proc.returncode == 0 and "Proposition" in stdout.decode()
    assert "posts read" not in stderr.decode() and "━" not in stderr.decode()


def test_bars_are_off_for_the_daemon_and_when_quiet(monkeypatch):
    class Tty:
        def isatty(self) -> bool:
            return True

        def write(self, text: str) -> int:
            return len(text)

        def flush(self) -> None:
            pass

    monkeypatch.setattr(sys, "stderr", Tty())
    try:
        progress.configure(quiet=False, disabled=False)
        assert progress.enabled()
        progress.configure(disabled=True)
        assert not progress.enabled()
        progress.configure(disabled=False, quiet=True)
        assert not progress.enabled()
        with progress.bar("x", 3) as b:  # a no-op bar still counts
            b.advance(2)
        assert b.completed == 2
    finally:
        progress.configure(quiet=False, disabled=False)
