"""The database schema, as numbered migrations applied in order, once each."""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database


def _m1_core(db: Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("seen").create(
        {"post_id": int, "version": int, "topic_id": int, "post_number": int, "seen_at": str}, pk="post_id"
    )
    db.table("outbox").create(
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
    db.table("outbox").create_index(["key"], unique=True)
    db.table("outbox").create_index(["status"])
    db.table("memory").create({"namespace": str, "key": str, "value": str, "updated_at": str}, pk=("namespace", "key"))
    db.table("timers").create({"key": str, "at": str, "name": str, "payload": str, "status": str}, pk="key")
    db.table("timers").create_index(["status", "at"])


def _m2_schedules(db: Database) -> None:
    db.table("schedules").create(
        {
            "name": str,
            "spec": str,
            "origin": str,
            "changed_by": str,
            "changed_at": str,
            "paused": int,
            "last_run": str,
        },
        pk="name",
    )


def _m3_outbox_retry(db: Database) -> None:
    db.table("outbox").add_column("retry_at", str)


def _m4_expiry(db: Database) -> None:
    """Memory that expires (meetings after they end), and seen posts read by age."""
    db.table("memory").add_column("expires_at", str)
    db.execute("CREATE INDEX IF NOT EXISTS memory_expires ON memory (expires_at) WHERE expires_at IS NOT NULL")
    db.table("seen").create_index(["seen_at"], if_not_exists=True)


MIGRATIONS: list[Callable[[Database], None]] = [_m1_core, _m2_schedules, _m3_outbox_retry, _m4_expiry]


def migrate(db: Database) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = db.execute("SELECT MAX(version) FROM schema_version").fetchone()
    current = row[0] or 0
    for number, migration in enumerate(MIGRATIONS, start=1):
        if number > current:
            with db.atomic():
                migration(db)
                db.execute("INSERT INTO schema_version (version) VALUES (?)", [number])
