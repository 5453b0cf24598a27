"""Every SQL statement scribe runs. Functions take the database as their first argument and
run on the store's thread (see `bot.store.Store`). Connections are in autocommit mode: a
statement commits on its own, and `atomic` groups statements in one transaction."""

from __future__ import annotations

import base64
import dataclasses
import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from bot import actions as A
from bot.events import Event, PostCreated, PostDeleted, PostEdited, TickFired
from bot.schedule import Schedule
from bot.state import State

KINDS: dict[str, type[A.ForumWrite]] = {
    "reply": A.ReplyToPost,
    "topic": A.CreateTopic,
    "pm": A.SendPrivateMessage,
    "edit": A.EditPost,
}
KIND_OF = {cls: kind for kind, cls in KINDS.items()}
_TIMES = ("expires_at", "not_before")


# connections and rows -----------------------------------------------------------------------


def connect(path: str, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (`isolation_level=None`): transactions only through `atomic`."""
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=not read_only)
    if read_only:
        db.execute("PRAGMA query_only = ON")
    return db


@contextmanager
def atomic(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """The statements of the block in one transaction: all committed, or none on an error."""
    db.execute("BEGIN")
    try:
        yield db
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _dicts(db: sqlite3.Connection, sql: str, args: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, args)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def _upsert(db: sqlite3.Connection, table: str, row: dict[str, Any], pk: str) -> None:
    """Insert `row`, or update the columns it names in the row of the same `pk`."""
    names = ", ".join(f'"{c}"' for c in row)
    marks = ", ".join("?" * len(row))
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in row if c != pk)
    db.execute(
        f'INSERT INTO "{table}" ({names}) VALUES ({marks}) ON CONFLICT("{pk}") DO UPDATE SET {updates}',
        list(row.values()),
    )


# forum writes as rows -----------------------------------------------------------------------


def _utc(moment: datetime | None) -> str | None:
    """A moment as stored: ISO 8601 in UTC, so that stored moments compare as text."""
    return moment.astimezone(UTC).isoformat() if moment is not None else None


def _iso(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"cannot store {type(value).__name__} in the outbox")


def write_to_row(action: A.ForumWrite, now: datetime) -> dict[str, Any]:
    return {
        "key": action.key,
        "kind": KIND_OF[type(action)],
        "payload": json.dumps(dataclasses.asdict(action), ensure_ascii=False, default=_iso),
        "status": "pending",
        "attempts": 0,
        "created_at": now.isoformat(),
        "retry_at": action.not_before.astimezone(UTC).isoformat() if action.not_before else None,
    }


def write_from_row(row: dict[str, Any]) -> A.ForumWrite:
    data = json.loads(row["payload"])
    cls = KINDS[row["kind"]]
    known = {f.name for f in dataclasses.fields(cls)}
    data = {k: v for k, v in data.items() if k in known}
    for name in ("mentions", "tags", "recipients", "sources"):
        if name in data:
            data[name] = tuple(data[name])
    for name in _TIMES:
        if data.get(name):
            data[name] = datetime.fromisoformat(data[name])
    if "images" in data:
        data["images"] = tuple(_image(i) for i in data["images"])
    return cls(**data)


def _image(data: dict[str, Any]) -> A.Image:
    raw = data.get("data")
    return A.Image(data["name"], data["alt"], data.get("chart"), base64.b64decode(raw) if raw else None)


# schedules as rows --------------------------------------------------------------------------


def _schedule_from_row(row: dict[str, Any]) -> Schedule:
    spec = json.loads(row["spec"])
    return Schedule(
        row["name"],
        tuple(spec["days"]),
        spec["time"],
        spec["timezone"],
        row["origin"],
        row["changed_by"],
        row["changed_at"],
        bool(row["paused"]),
        row["last_run"],
        spec.get("options") or {},
    )


def load_schedules(db: sqlite3.Connection) -> list[Schedule]:
    return [_schedule_from_row(r) for r in _dicts(db, "SELECT * FROM schedules ORDER BY name")]


def save_schedule(db: sqlite3.Connection, s: Schedule) -> None:
    _upsert(
        db,
        "schedules",
        {
            "name": s.name,
            "spec": json.dumps(s.spec()),
            "origin": s.origin,
            "changed_by": s.changed_by,
            "changed_at": s.changed_at,
            "paused": int(s.paused),
            "last_run": s.last_run,
        },
        "name",
    )


class SqliteState(State):
    """`State` on the database, inside the caller's transaction."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def stage(self, write: A.ForumWrite, now: datetime) -> bool:
        if self.db.execute("SELECT 1 FROM outbox WHERE key = ?", [write.key]).fetchone():
            return False
        row = write_to_row(write, now)
        names = ", ".join(f'"{c}"' for c in row)
        self.db.execute(f"INSERT INTO outbox ({names}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
        return True

    def remember(self, namespace: str, key: str, value: Any, now: datetime, expires_at: datetime | None = None) -> None:
        if value is None:
            self.db.execute("DELETE FROM memory WHERE namespace = ? AND key = ?", [namespace, key])
            return
        self.db.execute(
            "INSERT INTO memory (namespace, key, value, updated_at, expires_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(namespace, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
            "expires_at = excluded.expires_at",
            [
                namespace,
                key,
                json.dumps(value, ensure_ascii=False, default=str),
                now.isoformat(),
                expires_at.astimezone(UTC).isoformat() if expires_at else None,
            ],
        )

    def timer_fired(self, key: str) -> bool:
        return bool(self.db.execute("SELECT 1 FROM timers WHERE key = ? AND status = 'fired'", [key]).fetchone())

    def set_timer(self, timer: A.ScheduleTimer) -> None:
        row = {
            "key": timer.key,
            "at": timer.at.isoformat(),
            "name": timer.name,
            "payload": json.dumps(timer.payload, default=str),
            "status": "pending",
            "since": _utc(timer.since),
        }
        _upsert(self.db, "timers", row, "key")

    def cancel_timer(self, key: str) -> None:
        self.db.execute("DELETE FROM timers WHERE key = ? AND status = 'pending'", [key])

    def schedule(self, name: str) -> Schedule | None:
        rows = _dicts(self.db, "SELECT * FROM schedules WHERE name = ?", [name])
        return _schedule_from_row(rows[0]) if rows else None

    def all_schedules(self) -> list[Schedule]:
        return load_schedules(self.db)

    def put_schedule(self, schedule: Schedule) -> None:
        save_schedule(self.db, schedule)

    def drop_schedule(self, name: str) -> None:
        self.db.execute("DELETE FROM schedules WHERE name = ?", [name])

    def set_paused(self, value: dict[str, Any] | None) -> None:
        set_meta(self.db, "paused", json.dumps(value) if value else "")


# events -------------------------------------------------------------------------------------


def already_handled(db: sqlite3.Connection, event: Event) -> bool:
    """Webhooks and polls may deliver the same fact twice; handle it once."""
    if isinstance(event, PostCreated | PostEdited):
        row = db.execute("SELECT version FROM seen WHERE post_id = ?", [event.post.id]).fetchone()
        if row is None:
            return False
        return isinstance(event, PostCreated) or row[0] >= event.post.version
    if isinstance(event, PostDeleted):
        row = db.execute("SELECT version FROM seen WHERE post_id = ?", [event.post.id]).fetchone()
        return row is not None and row[0] < 0
    if isinstance(event, TickFired):
        timer = db.execute("SELECT status FROM timers WHERE key = ?", [event.key]).fetchone()
        if timer is not None:
            return bool(timer[0] == "fired")
        sched = db.execute("SELECT last_run FROM schedules WHERE name = ?", [event.name]).fetchone()
        return bool(sched and sched[0] and sched[0] >= event.at.isoformat())
    return False


def commit(
    db: sqlite3.Connection, event: Event, actions: list[A.Action], now: datetime, given_up: Sequence[TickFired] = ()
) -> None:
    """One event's outcome in one transaction: the post seen, the cursor, the tick fired, the actions; and
    the timers `given_up`, handled with nothing to do."""
    from bot.apply import apply_all

    with atomic(db):
        for handled in (event, *given_up):
            _handled(db, handled, now)
        apply_all(SqliteState(db), actions, now)


def _handled(db: sqlite3.Connection, event: Event, now: datetime) -> None:
    """The event marked handled: the post seen (and the cursor past it), or the tick fired."""
    if isinstance(event, PostCreated | PostEdited | PostDeleted):
        p = event.post
        version = -1 if isinstance(event, PostDeleted) else p.version
        db.execute(
            "INSERT INTO seen (post_id, version, topic_id, post_number, seen_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(post_id) DO UPDATE SET version = excluded.version, topic_id = excluded.topic_id, "
            "post_number = excluded.post_number, seen_at = excluded.seen_at",
            [p.id, version, p.topic_id, p.post_number, now.isoformat()],
        )
        if isinstance(event, PostCreated) and event.polled:
            db.execute(
                "INSERT INTO meta (key, value) VALUES ('cursor', ?) ON CONFLICT(key) DO UPDATE SET value = "
                "CASE WHEN CAST(value AS INTEGER) < CAST(excluded.value AS INTEGER) THEN excluded.value "
                "ELSE value END",
                [str(p.id)],
            )
    elif isinstance(event, TickFired):
        at = event.at.isoformat()
        db.execute("UPDATE timers SET status = 'fired' WHERE key = ?", [event.key])
        db.execute(
            "UPDATE schedules SET last_run = ? WHERE name = ? AND (last_run IS NULL OR last_run < ?)",
            [at, event.name, at],
        )


def commit_quiet(
    db: sqlite3.Connection, events: list[PostCreated | PostEdited], now: datetime, passed: list[int]
) -> None:
    """Posts handled without any action, many in one transaction: seen, and the cursor moved past
    them and past the polled posts already handled (`passed`: brought earlier by a webhook)."""
    with atomic(db):
        db.executemany(
            "INSERT INTO seen (post_id, version, topic_id, post_number, seen_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(post_id) DO UPDATE SET version = excluded.version, topic_id = excluded.topic_id, "
            "post_number = excluded.post_number, seen_at = excluded.seen_at",
            [(e.post.id, e.post.version, e.post.topic_id, e.post.post_number, now.isoformat()) for e in events],
        )
        created = [e.post.id for e in events if isinstance(e, PostCreated) and e.polled] + passed
        if created:
            db.execute(
                "INSERT INTO meta (key, value) VALUES ('cursor', ?) ON CONFLICT(key) DO UPDATE SET value = "
                "CASE WHEN CAST(value AS INTEGER) < CAST(excluded.value AS INTEGER) THEN excluded.value "
                "ELSE value END",
                [str(max(created))],
            )


def apply_actions(db: sqlite3.Connection, actions: list[A.Action], now: datetime) -> None:
    from bot.apply import apply_all

    with atomic(db):
        apply_all(SqliteState(db), actions, now)


def seen_positions(db: sqlite3.Connection, pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    values = ",".join("(?, ?)" for _ in pairs)
    args = [x for pair in pairs for x in pair]
    rows = db.execute(
        f"SELECT topic_id, post_number FROM seen WHERE (topic_id, post_number) IN (VALUES {values})", args
    )
    return {(int(t), int(n)) for t, n in rows.fetchall()}


def seen_versions(db: sqlite3.Connection, ids: list[int]) -> dict[int, int]:
    marks = ",".join("?" * len(ids))
    return dict(db.execute(f"SELECT post_id, version FROM seen WHERE post_id IN ({marks})", ids).fetchall())


def due_timers(db: sqlite3.Connection, now_iso: str) -> list[TickFired]:
    rows = _dicts(db, "SELECT * FROM timers WHERE status = 'pending' AND at <= ? ORDER BY at", [now_iso])
    return [
        TickFired(r["name"], datetime.fromisoformat(r["at"]), r["key"], json.loads(r["payload"] or "{}")) for r in rows
    ]


def next_timer_at(db: sqlite3.Connection) -> datetime | None:
    row = db.execute("SELECT MIN(at) FROM timers WHERE status = 'pending'").fetchone()
    return datetime.fromisoformat(row[0]) if row and row[0] else None


def get_meta(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_meta(db: sqlite3.Connection, key: str, value: str) -> None:
    _upsert(db, "meta", {"key": key, "value": value}, "key")


def memory_get(db: sqlite3.Connection, namespace: str, key: str) -> Any | None:
    row = db.execute("SELECT value FROM memory WHERE namespace = ? AND key = ?", [namespace, key]).fetchone()
    return json.loads(row[0]) if row else None


def memory_items(db: sqlite3.Connection, namespace: str, prefix: str = "") -> dict[str, Any]:
    if prefix:
        # A range on the primary key (namespace, key): only the rows of that prefix are read.
        rows = db.execute(
            "SELECT key, value FROM memory WHERE namespace = ? AND key >= ? AND key < ?",
            [namespace, prefix, prefix + "\U0010ffff"],
        ).fetchall()
    else:
        rows = db.execute("SELECT key, value FROM memory WHERE namespace = ?", [namespace]).fetchall()
    return {k: json.loads(v) for k, v in rows}


def prune(db: sqlite3.Connection, now_iso: str, seen_before_iso: str) -> dict[str, int]:
    with atomic(db):
        memory = db.execute("DELETE FROM memory WHERE expires_at IS NOT NULL AND expires_at < ?", [now_iso]).rowcount
        cursor = get_meta(db, "cursor")
        seen = db.execute(
            "DELETE FROM seen WHERE seen_at < ? AND post_id < ?", [seen_before_iso, int(cursor or 0)]
        ).rowcount
    return {"memory": memory, "seen": seen}


# outbox -------------------------------------------------------------------------------------


def pending_writes(db: sqlite3.Connection, now_iso: str) -> list[dict[str, Any]]:
    return _dicts(
        db,
        "SELECT * FROM outbox WHERE status IN ('pending', 'sending') AND (retry_at IS NULL OR retry_at <= ?) "
        "ORDER BY seq",
        [now_iso],
    )


def outbox_depth(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'sending')").fetchone()[0])


def outbox_rows(db: sqlite3.Connection) -> list[dict[str, Any]]:
    return _dicts(db, "SELECT * FROM outbox ORDER BY seq")


def timer_rows(db: sqlite3.Connection) -> list[dict[str, Any]]:
    return _dicts(db, "SELECT * FROM timers ORDER BY at")


def defer(db: sqlite3.Connection, key: str, error: str, retry_at: str, since: str) -> None:
    db.execute(
        "UPDATE outbox SET status = 'pending', error = ?, retry_at = ?, retry_since = ? WHERE key = ?",
        [error, retry_at, since, key],
    )


def retry_later(db: sqlite3.Connection, key: str, error: str, retry_at: str, since: str) -> None:
    db.execute(
        "UPDATE outbox SET error = ?, retry_at = ?, retry_since = ? WHERE key = ?", [error, retry_at, since, key]
    )


def wait_for_forum(db: sqlite3.Connection, keys: list[str], error: str, retry_at: datetime, since: datetime) -> None:
    """The writes wait from `since` until `retry_at` for a forum that could not be reached, the
    wait added to their `forum_wait` (in seconds); their status is kept."""
    wait = (retry_at - since).total_seconds()
    with atomic(db):
        db.executemany(
            'UPDATE outbox SET error = ?, retry_at = ?, retry_since = ?, "forum_wait" = "forum_wait" + ? WHERE key = ?',
            [(error, _utc(retry_at), _utc(since), wait, key) for key in keys],
        )


def not_sent(db: sqlite3.Connection, key: str) -> None:
    """A send that certainly did not reach the forum: the write is pending again, its attempt uncounted."""
    db.execute("UPDATE outbox SET status = 'pending', attempts = MAX(attempts - 1, 0) WHERE key = ?", [key])


def restart_waits(db: sqlite3.Connection, now: datetime) -> int:
    """Waits that began after `now` (scribe's clock was set back since) begin again at `now`, with
    their length: a timer's or a write's wait never lasts longer than it was set for. How many."""
    now_iso = _utc(now)
    waits = [
        ("timers", "at", "since", "status = 'pending'"),
        ("outbox", "retry_at", "retry_since", "status IN ('pending', 'sending')"),
    ]
    restarted = 0
    for table, at, since, live in waits:
        rows = db.execute(
            f'SELECT "key", "{at}", "{since}" FROM "{table}" WHERE {live} AND "{since}" > ?', [now_iso]
        ).fetchall()
        if not rows:
            continue  # the usual case: no transaction
        with atomic(db):
            for key, until, began in rows:
                length = datetime.fromisoformat(until) - datetime.fromisoformat(began)
                db.execute(
                    f'UPDATE "{table}" SET "{at}" = ?, "{since}" = ? WHERE "key" = ?',
                    [_utc(now + max(length, timedelta(0))), now_iso, key],
                )
        restarted += len(rows)
    return restarted


def age_writes(db: sqlite3.Connection, now: datetime, longest: timedelta) -> int:
    """A drain of the outbox at `now`: each waiting write ages by the time it waited since the
    previous drain, counted at most `longest`, and by nothing when scribe's clock went back (its
    staging moment moves by the rest, as its age is read from it). A clock set forward, or scribe
    stopped, does not make old a write that had no chance to go. How many writes moved."""
    with atomic(db):
        previous = get_meta(db, "drained_at")
        since = datetime.fromisoformat(previous) if previous else now
        moved: list[tuple[str, str]] = []
        rows = db.execute("SELECT \"key\", \"created_at\" FROM outbox WHERE status IN ('pending', 'sending')")
        for key, staged in rows.fetchall():
            began = datetime.fromisoformat(staged)
            waited = now - max(began, since)
            uncounted = waited - min(max(waited, timedelta(0)), longest)
            if uncounted:
                moved.append(((began + uncounted).isoformat(), key))
        db.executemany('UPDATE outbox SET "created_at" = ? WHERE "key" = ?', moved)
        set_meta(db, "drained_at", now.astimezone(UTC).isoformat())
    return len(moved)


def mark_sending(db: sqlite3.Connection, key: str, at: str) -> None:
    db.execute("UPDATE outbox SET status = 'sending', sending_at = ?, attempts = attempts + 1 WHERE key = ?", [at, key])


def mark_done(db: sqlite3.Connection, key: str, at: str, result: str, sent_at: str | None) -> None:
    db.execute(
        "UPDATE outbox SET status = 'done', done_at = ?, result = ?, error = NULL, sent_at = ? WHERE key = ?",
        [at, result, sent_at, key],
    )


def sent_between(db: sqlite3.Connection, since: str, until: str) -> int:
    return int(
        db.execute("SELECT COUNT(*) FROM outbox WHERE sent_at > ? AND sent_at <= ?", [since, until]).fetchone()[0]
    )


def mark_failed(db: sqlite3.Connection, key: str, error: str, permanent: bool) -> None:
    db.execute(
        "UPDATE outbox SET status = ?, error = ? WHERE key = ?", ["failed" if permanent else "pending", error, key]
    )


def write_statuses(db: sqlite3.Connection, keys: list[str]) -> dict[str, str]:
    marks = ",".join("?" * len(keys))
    return dict(db.execute(f"SELECT key, status FROM outbox WHERE key IN ({marks})", keys).fetchall())


def created_topics(db: sqlite3.Connection, keys: list[str]) -> dict[str, int]:
    """Topic ids of writes already done, by key."""
    out = {}
    for key in keys:
        row = db.execute("SELECT result FROM outbox WHERE key = ? AND status = 'done'", [key]).fetchone()
        if row and row[0]:
            topic_id = json.loads(row[0]).get("topic_id")
            if topic_id:
                out[key] = int(topic_id)
    return out
