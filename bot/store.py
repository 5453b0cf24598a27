"""scribe's memory: SQLite through sqlite-utils, in WAL mode, on one dedicated thread.

Every call runs on that thread (sqlite objects must stay on the thread that made
them, and nothing blocking may run on the event loop). Schema changes are
numbered migrations, applied in order once.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

T = TypeVar("T")


def _m1_core(db: Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["seen"].create(
        {"post_id": int, "version": int, "topic_id": int, "post_number": int, "seen_at": str}, pk="post_id"
    )
    db["outbox"].create(
        {
            "seq": int,
            "key": str,
            "kind": str,
            "payload": str,
            "status": str,
            "attempts": int,
            "created_at": str,
            "sending_at": str,
            "done_at": str,
            "result": str,
            "error": str,
        },
        pk="seq",
    )
    db["outbox"].create_index(["key"], unique=True)
    db["outbox"].create_index(["status"])
    db["memory"].create({"namespace": str, "key": str, "value": str, "updated_at": str}, pk=("namespace", "key"))
    db["timers"].create({"key": str, "at": str, "name": str, "payload": str, "status": str}, pk="key")
    db["timers"].create_index(["status", "at"])


def _m2_schedules(db: Database) -> None:
    db["schedules"].create(
        {"name": str, "spec": str, "origin": str, "changed_by": str, "changed_at": str, "paused": int, "last_run": str},
        pk="name",
    )


def _m3_outbox_retry(db: Database) -> None:
    db["outbox"].add_column("retry_at", str)


MIGRATIONS: list[Callable[[Database], None]] = [_m1_core, _m2_schedules, _m3_outbox_retry]


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scribe-db")
        self._db: Database | None = None

    async def open(self) -> Store:
        await self.call(self._open)
        return self

    def _open(self, _db: None = None) -> None:
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._db = Database(self.path)
        if self.path != ":memory:":
            self._db.enable_wal()
        self._db.execute("PRAGMA busy_timeout = 5000")
        self._migrate(self._db)

    @staticmethod
    def _migrate(db: Database) -> None:
        db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = db.execute("SELECT MAX(version) FROM schema_version").fetchone()
        current = row[0] or 0
        for number, migration in enumerate(MIGRATIONS, start=1):
            if number > current:
                with db.atomic():
                    migration(db)
                    db.execute("INSERT INTO schema_version (version) VALUES (?)", [number])

    async def close(self) -> None:
        if self._db is not None:
            await self.call(lambda db: db.close())
            self._db = None
        self._executor.shutdown(wait=True)

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(db, *args)` on the database thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: fn(self._db, *args))

    # meta ---------------------------------------------------------------------

    async def get_meta(self, key: str) -> str | None:
        return await self.call(_get_meta, key)

    async def set_meta(self, key: str, value: str) -> None:
        await self.call(_set_meta, key, value)

    # memory -------------------------------------------------------------------

    async def get(self, namespace: str, key: str) -> Any | None:
        return await self.call(_memory_get, namespace, key)

    async def items(self, namespace: str) -> dict[str, Any]:
        return await self.call(_memory_items, namespace)

    async def schedules(self) -> list[Any]:
        from bot.scheduler import load_schedules

        return await self.call(load_schedules)

    async def paused(self) -> dict[str, Any] | None:
        """Who paused scribe and when, or None when it runs."""
        value = await self.get_meta("paused")
        return json.loads(value) if value else None


def _get_meta(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _set_meta(db: Database, key: str, value: str) -> None:
    db["meta"].upsert({"key": key, "value": value}, pk="key")


def _memory_get(db: Database, namespace: str, key: str) -> Any | None:
    row = db.execute("SELECT value FROM memory WHERE namespace = ? AND key = ?", [namespace, key]).fetchone()
    return json.loads(row[0]) if row else None


def _memory_items(db: Database, namespace: str) -> dict[str, Any]:
    return {
        k: json.loads(v)
        for k, v in db.execute("SELECT key, value FROM memory WHERE namespace = ?", [namespace]).fetchall()
    }
