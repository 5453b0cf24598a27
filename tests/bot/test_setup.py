"""`scribe setup` on a fresh sandbox forum: a working scribe.toml and .env, scribe answers a
mention with them, and a second run changes nothing. Also `scribe backup`."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
import sys
from pathlib import Path

from bot.setup import read_env
from tests.conftest import KEY

SCRIBE = str(Path(sys.executable).with_name("scribe"))


async def scribe(*args: str, cwd: Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Run the `scribe` command while the test's event loop keeps serving the sandbox."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SCRIBE_", "DISCOURSE_"))}
    proc = await asyncio.create_subprocess_exec(
        SCRIBE,
        *args,
        cwd=cwd,
        env={**clean, **(env or {})},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    return proc.returncode or 0, out.decode(), err.decode()


def setup_args(url: str, *extra: str) -> list[str]:
    return [
        "setup",
        "--url",
        url,
        "--scribe-url",
        "http://127.0.0.1:8099",
        "--synthesis-category",
        "Synthèses des débats",
        "--digest-category",
        "Résumés de la semaine",
        *extra,
    ]


async def test_setup_then_run_then_setup_again(make_sandbox, tmp_path):
    sb = await make_sandbox()
    admin = {"DISCOURSE_ADMIN_API_KEY": KEY}
    assert not sb.forum.user("scribe").moderator

    code, out, err = await scribe(*setup_args(sb.url, "--dry-run"), cwd=tmp_path, env=admin)
    assert code == 0, err
    assert "would      make scribe a moderator" in out and "Dry run" in out
    assert not (tmp_path / "scribe.toml").exists() and not sb.admin.keys and not sb.forum.user("scribe").moderator

    code, out, err = await scribe(*setup_args(sb.url), cwd=tmp_path, env=admin)
    assert code == 0, err
    assert sb.forum.user("scribe").moderator and sb.admin.grants == [("grant_moderation", "scribe")]
    [key] = sb.admin.keys
    assert key.user_id == sb.forum.user("scribe").id  # a single-user key
    cats = {c.name: c.id for c in sb.forum.categories.values()}
    [hook] = sb.admin.hooks.values()
    assert hook.payload_url == "http://127.0.0.1:8099/webhooks/discourse" and hook.active
    assert {201, 202, 203, 204, 103, 1501} == set(hook.event_type_ids)

    env_file = tmp_path / ".env"
    assert stat.S_IMODE(env_file.stat().st_mode) == 0o600
    secrets = read_env(env_file)
    assert secrets == {"DISCOURSE_API_KEY": key.key, "SCRIBE_WEBHOOK_SECRET": hook.secret}
    config = (tmp_path / "scribe.toml").read_text(encoding="utf-8")
    assert f"[summaries]\ncategory_id = {cats['Synthèses des débats']}" in config
    assert f"[digest]\ncategory_id = {cats['Résumés de la semaine']}" in config
    assert KEY not in config and key.key not in config and hook.secret not in config

    # scribe runs with those two files: a first pass starts from the newest post, the second answers
    run = ["--config", "scribe.toml", "run", "--once"]
    code, _, err = await scribe(*run, cwd=tmp_path, env=secrets)
    assert code == 0, err
    mention = sb.create_post("membre", "@scribe aide, s'il te plaît", topic_id=sb.seed_topic_id)
    code, _, err = await scribe(*run, cwd=tmp_path, env=secrets)
    assert code == 0, err
    answers = [p for p in sb.posts_by("scribe") if p.reply_to_post_number == mention["post_number"]]
    assert len(answers) == 1

    before = (config, env_file.read_text(encoding="utf-8"), len(sb.admin.keys), len(sb.forum.categories))
    code, out, err = await scribe(*setup_args(sb.url), cwd=tmp_path, env=admin)
    assert code == 0, err
    assert "Nothing to change" in out and "done" not in out, out
    after = (
        (tmp_path / "scribe.toml").read_text(encoding="utf-8"),
        env_file.read_text(encoding="utf-8"),
        len(sb.admin.keys),
        len(sb.forum.categories),
    )
    assert after == before and sb.admin.grants == [("grant_moderation", "scribe")]


async def test_setup_creates_a_missing_account_and_says_how_without_an_email(make_sandbox, tmp_path):
    sb = await make_sandbox(seed=False)
    admin = {"DISCOURSE_ADMIN_API_KEY": KEY}
    code, _, err = await scribe("setup", "--url", sb.url, "--bot-username", "greffier", cwd=tmp_path, env=admin)
    assert code == 1 and "--bot-email" in err
    code, out, err = await scribe(
        "setup",
        "--url",
        sb.url,
        "--bot-username",
        "greffier",
        "--bot-email",
        "greffier@example.org",
        cwd=tmp_path,
        env=admin,
    )
    assert code == 0, err
    user = sb.forum.user("greffier")
    assert user is not None and user.moderator and "create the account greffier" in out
    code, _, err = await scribe("setup", "--url", sb.url, cwd=tmp_path, env={"DISCOURSE_ADMIN_API_KEY": "wrong"})
    assert code == 1 and "scribe setup:" in err


async def test_backup_copies_the_store_while_it_is_open(tmp_path):
    from bot.store import Store

    store = await Store(tmp_path / "scribe.db").open()
    try:
        await store.set_meta("cursor", "1234")
        (tmp_path / "scribe.toml").write_text(f'[store]\npath = "{tmp_path / "scribe.db"}"\n', encoding="utf-8")
        code, out, err = await scribe("--config", "scribe.toml", "backup", "copy.db", cwd=tmp_path)
        assert code == 0 and "integrity checked" in out, err
        code, _, err = await scribe("--config", "scribe.toml", "backup", "backups/copy.db", cwd=tmp_path)
        assert code == 1 and "the folder backups does not exist" in err
    finally:
        await store.close()
    copy = sqlite3.connect(tmp_path / "copy.db")
    assert copy.execute("SELECT value FROM meta WHERE key = 'cursor'").fetchone() == ("1234",)
    (tmp_path / "missing.toml").write_text(f'[store]\npath = "{tmp_path / "none.db"}"\n', encoding="utf-8")
    code, _, err = await scribe("--config", "missing.toml", "backup", "x.db", cwd=tmp_path)
    assert code == 1 and "does not exist" in err and not (tmp_path / "none.db").exists()
