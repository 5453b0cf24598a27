"""`scribe backup`: a consistent copy of the SQLite store while scribe keeps running.

sqlite's online backup API copies the database page by page and starts over by itself if
scribe writes meanwhile, so the copy is one moment of the store, never a torn file (a plain
`cp` of a WAL database can be). It copies a few hundred pages at a time and pauses in
between, so the running bot is never held up long. The copy is written next to the
target, checked (`PRAGMA integrity_check`), then renamed into place.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

PAGES_PER_STEP = 256


class BackupError(Exception):
    pass


def backup(source: str | Path, target: str | Path) -> int:
    """Copy the store at `source` to `target`; the number of pages copied."""
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise BackupError(f"{source} does not exist: is [store] path (SCRIBE_DB) right?")
    if not target.parent.is_dir():
        raise BackupError(f"the folder {target.parent} does not exist: create it first (mkdir -p {target.parent})")
    partial = target.with_name(target.name + ".part")
    total = 0

    def seen(_status: int, _remaining: int, pages: int) -> None:
        nonlocal total
        total = pages

    src = sqlite3.connect(f"file:{source}?mode=rw", uri=True, timeout=30)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst, pages=PAGES_PER_STEP, progress=seen, sleep=0.01)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
            check = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    if check != "ok":
        partial.unlink(missing_ok=True)
        raise BackupError(f"the copy failed its integrity check: {check}")
    os.replace(partial, target)
    return total
