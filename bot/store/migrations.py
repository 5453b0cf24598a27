"""The database schema, as numbered migrations applied in order, once each.

Each migration is a list of statements run in one transaction, with the schema version it
reaches (statement by statement: `executescript` would commit before running)."""

from __future__ import annotations

import sqlite3

from bot.store.sqlite import atomic

_M1_CORE = [
    'CREATE TABLE "meta" ("key" TEXT PRIMARY KEY, "value" TEXT)',
    'CREATE TABLE "seen" ("post_id" INTEGER PRIMARY KEY, "version" INTEGER, "topic_id" INTEGER, '
    '"post_number" INTEGER, "seen_at" TEXT)',
    'CREATE TABLE "outbox" ("seq" INTEGER PRIMARY KEY, "key" TEXT, "kind" TEXT, "payload" TEXT, "status" TEXT, '
    '"attempts" INTEGER, "created_at" TEXT, "sending_at" TEXT, "done_at" TEXT, "result" TEXT, "error" TEXT)',
    'CREATE UNIQUE INDEX "idx_outbox_key" ON "outbox" ("key")',
    'CREATE INDEX "idx_outbox_status" ON "outbox" ("status")',
    'CREATE TABLE "memory" ("namespace" TEXT, "key" TEXT, "value" TEXT, "updated_at" TEXT, '
    'PRIMARY KEY ("namespace", "key"))',
    'CREATE TABLE "timers" ("key" TEXT PRIMARY KEY, "at" TEXT, "name" TEXT, "payload" TEXT, "status" TEXT)',
    'CREATE INDEX "idx_timers_status_at" ON "timers" ("status", "at")',
]

_M2_SCHEDULES = [
    'CREATE TABLE "schedules" ("name" TEXT PRIMARY KEY, "spec" TEXT, "origin" TEXT, "changed_by" TEXT, '
    '"changed_at" TEXT, "paused" INTEGER, "last_run" TEXT)',
]

_M3_OUTBOX_RETRY = ['ALTER TABLE "outbox" ADD COLUMN "retry_at" TEXT']

# Memory that expires (meetings after they end), and seen posts read by age.
_M4_EXPIRY = [
    'ALTER TABLE "memory" ADD COLUMN "expires_at" TEXT',
    "CREATE INDEX IF NOT EXISTS memory_expires ON memory (expires_at) WHERE expires_at IS NOT NULL",
    'CREATE INDEX IF NOT EXISTS "idx_seen_seen_at" ON "seen" ("seen_at")',
]

# When each write that made a post, topic or message went out: the write budget of the last
# minute, read again after a restart.
_M5_SENT_AT = [
    'ALTER TABLE "outbox" ADD COLUMN "sent_at" TEXT',
    'CREATE INDEX IF NOT EXISTS "idx_outbox_sent_at" ON "outbox" ("sent_at") WHERE "sent_at" IS NOT NULL',
]

# When a wait began (a retry, a rate limit), on scribe's clock: a clock set back since then does
# not lengthen it (`bot.store.sqlite.restart_waits`).
_M6_WAITS_SINCE = [
    'ALTER TABLE "outbox" ADD COLUMN "retry_since" TEXT',
    'ALTER TABLE "timers" ADD COLUMN "since" TEXT',
]

# How long, in seconds, a write waited for a forum that could not be reached: not counted in its
# age when it is given up (`bot.outbox.GIVE_UP_AFTER`).
_M7_FORUM_WAIT = ['ALTER TABLE "outbox" ADD COLUMN "forum_wait" REAL NOT NULL DEFAULT 0']

MIGRATIONS: list[list[str]] = [
    _M1_CORE,
    _M2_SCHEDULES,
    _M3_OUTBOX_RETRY,
    _M4_EXPIRY,
    _M5_SENT_AT,
    _M6_WAITS_SINCE,
    _M7_FORUM_WAIT,
]


def migrate(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = db.execute("SELECT MAX(version) FROM schema_version").fetchone()
    current = row[0] or 0
    for number, statements in enumerate(MIGRATIONS, start=1):
        if number > current:
            with atomic(db):
                for statement in statements:
                    db.execute(statement)
                db.execute("INSERT INTO schema_version (version) VALUES (?)", [number])
