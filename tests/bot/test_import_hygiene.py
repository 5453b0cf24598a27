"""Starting scribe pays only for what it uses: the heavy libraries are imported where they are
first needed, so `scribe --help` and an idle `scribe run --once` never load them.

Checked in a fresh interpreter (this one has imported everything already), by the modules it
holds in `sys.modules` once done.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from tests.conftest import KEY

ROOT = Path(__file__).resolve().parents[2]  # the repository root

HEAVY = {
    "openai": "only when a model is configured",
    "dateparser": "only once a post holds date words",
    "numpy": "charts only (through matplotlib)",
    "matplotlib": "charts only",
    "markdown_it": "only for a post without cooked HTML",
    "sqlite_utils": "the store uses sqlite3",
}

SHOW_MODULES = "import sys; print('\\n'.join(sorted(sys.modules)))"


async def modules_after(code: str, env: dict[str, str] | None = None) -> set[str]:
    """The modules a fresh interpreter holds after running `code` (which must exit 0)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        code,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), **(env or {})},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    return set(out.decode().split())


def loaded_heavy(modules: set[str]) -> dict[str, str]:
    return {name: why for name, why in HEAVY.items() if name in modules}


async def test_the_check_sees_an_import() -> None:
    assert "json" in await modules_after(f"import json; {SHOW_MODULES}")


async def test_importing_the_command_and_the_app_loads_no_heavy_library() -> None:
    modules = await modules_after(f"import bot.cli, bot.app; {SHOW_MODULES}")
    assert "handlers.meetings.dates" in modules  # the features are imported, not their libraries
    assert loaded_heavy(modules) == {}


async def test_an_idle_run_once_loads_no_heavy_library(make_sandbox, tmp_path) -> None:
    sandbox = await make_sandbox()
    env = {"SCRIBE_FORUM_URL": sandbox.url, "DISCOURSE_API_KEY": KEY, "SCRIBE_DB": str(tmp_path / "scribe.db")}
    run_once = f"from bot.cli import main\nassert main(['run', '--once']) == 0\n{SHOW_MODULES}"
    for _ in range(2):  # the first pass sets the cursor, the second finds nothing new
        modules = await modules_after(run_once, env)
        assert "bot.store.sqlite" in modules
        assert loaded_heavy(modules) == {}
