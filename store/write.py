"""Writing notices: all of one notice's rows in one transaction, or none; groups of
notices committed together; what a path holds or why it was rejected.

`write_notice` is the seam between the pipeline and the store. It decides what a write
means for the path it came from — new, unchanged, a replacement of what the path held
before, or a duplicate of a notice already stored from another path — and does it
atomically: in a transaction of its own, or in a savepoint of the caller's (a batch
ingest commits groups of notices); any error rolls the whole notice back.
"""
from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from store import text_index
from store.record import as_record
from store.rows import NoticeRows, notice_rows

log = logging.getLogger(__name__)

# A group commit (`GroupCommit`): at most this many notices, or this many seconds of them.
# Groups of 200 would share more index-page writes (0.1 ms a notice less), but a small
# batch ingested by two workers would then commit only once: 50 keeps a killed ingest's
# loss to a few notices at any size (tests/test_store_safety.py).
COMMIT_EVERY = 50
COMMIT_SECONDS = 1.0
# Tables holding a notice's rows, children first, so deleting in this order keeps
# every foreign key satisfied.
_NOTICE_TABLES = ("assignment_units", "assignments", "goals", "deadlines", "search_docs")


@dataclass(frozen=True)
class WriteResult:
    outcome: str  # "ingested" | "unchanged" | "replaced" | "duplicate"
    notice_id: str
    replaced_id: str | None = None  # the notice the path held before, when it was another


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


# Full-text rows: (search_docs.id, tokens).
SearchRows = list[tuple[int, str]]


def write_notice(db: sqlite_utils.Database, notice: Any, *, path: str | None = None,
                 file_hash: str | None = None, search_rows: SearchRows | None = None,
                 fetched_at: str | None = None, **record_kwargs: Any) -> WriteResult:
    """Store one notice (`NoticeRows`, a `NoticeRecord` or an EXPORT.md dict).

    `path` is where it was read from (default: its `source`); a path that held another
    notice has that notice's rows replaced. Returns what happened.

    `fetched_at` is when a crawler fetched this copy (a WARC record's date), kept with
    its source.

    `search_rows`, given by a caller that holds the transaction open over many notices,
    receives the notice's full-text rows to insert before it commits: FTS5 writes its
    index at every savepoint, so one insert per group costs a fraction of one per notice.
    """
    rows = notice if isinstance(notice, NoticeRows) else notice_rows(as_record(notice, **record_kwargs))
    path = path or rows.source
    conn = db.conn
    with atomic(conn):
        result, fts_rows = _write(conn, rows, path, file_hash, fetched_at)
        conn.execute("DELETE FROM rejections WHERE path = ?", [path])
        if search_rows is None:
            insert_search_rows(conn, fts_rows)
    if search_rows is not None:
        search_rows.extend(fts_rows)
    log.debug("%s: %s (%s)", path, result.outcome, result.notice_id)
    return result


def _write(conn: sqlite3.Connection, rows: NoticeRows, path: str, file_hash: str | None,
           fetched_at: str | None = None) -> tuple[WriteResult, SearchRows]:
    nid = rows.notice_id
    digest = rows.record_hash
    stamp = now_iso()
    held = conn.execute("SELECT notice_id FROM sources WHERE path = ?", [path]).fetchone()
    previous = held[0] if held else None
    stored = conn.execute("SELECT record_hash FROM notices WHERE id = ?", [nid]).fetchone()
    fts_rows: SearchRows = []
    if stored and (stored[0] == digest or previous != nid):
        # The same clean text: unchanged at its own path; from another path (the same
        # notice scraped from another site, with other chrome) one notice, two sources.
        outcome = "unchanged" if previous == nid else "duplicate"
    elif stored:
        # Same path and text, new extraction (a newer pipeline): rewrite the facts. The
        # notices row is updated, not deleted, since other paths' sources point at it.
        _delete_rows(conn, nid)
        fts_rows = _write_notice_rows(conn, rows, stamp, update=True)
        outcome = "replaced"
    else:
        fts_rows = _write_notice_rows(conn, rows, stamp, update=False)
        outcome = "replaced" if previous else "ingested"

    # The URL its scraper gave for this path (a copy of the notice from another site has its own).
    url = rows.notice.get("url")
    if previous == nid:
        conn.execute("UPDATE sources SET file_hash = ?, pipeline_version = ?, url = ?, fetched_at = ? WHERE path = ?",
                     [file_hash, rows.pipeline_version, url, fetched_at, path])
    else:
        conn.execute("INSERT OR REPLACE INTO sources (path, notice_id, url, fetched_at, file_hash, pipeline_version, "
                     "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [path, nid, url, fetched_at, file_hash, rows.pipeline_version, stamp])
    replaced = None
    if previous and previous != nid:
        replaced = previous
        if outcome == "duplicate":
            outcome = "replaced"
        _delete_orphan(conn, previous)
    return WriteResult(outcome, nid, replaced), fts_rows


@contextmanager
def atomic(conn: sqlite3.Connection) -> Iterator[None]:
    """All or nothing: a transaction of its own, or a savepoint when the caller already
    holds one (a batch commits many notices at once, each still whole or absent)."""
    if conn.in_transaction:
        conn.execute("SAVEPOINT notice")
        try:
            yield
        except BaseException:
            # A full disk can make SQLite roll back the whole transaction by itself: then
            # there is no savepoint left to undo, and the caller must hear the first error.
            if conn.in_transaction:
                conn.execute("ROLLBACK TO notice")
                conn.execute("RELEASE notice")
            raise
        conn.execute("RELEASE notice")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class GroupCommit:
    """Commit notices in groups: each notice is written in a savepoint of its own (whole
    or absent), and the group commits every `COMMIT_EVERY` notices or `COMMIT_SECONDS`.

    A commit is the dearest part of a write (the WAL pages reach the disk); a killed
    ingest loses at most the uncommitted group, which a re-run parses again.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.count = 0
        self.started = 0.0
        self.search_rows: SearchRows = []  # the group's full-text rows, inserted at commit
        self.pending: list[str] = []  # the paths written since the last commit
        self.lost: list[str] = []  # the paths of a group given up (`abandon`)

    def __enter__(self) -> GroupCommit:
        return self

    def before_write(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self.count, self.started = 0, time.monotonic()

    def after_write(self, path: str | None = None) -> None:
        self.count += 1
        if path is not None:
            self.pending.append(path)
        if self.count >= COMMIT_EVERY or time.monotonic() - self.started >= COMMIT_SECONDS:
            self.commit()

    def commit(self) -> None:
        try:
            insert_search_rows(self.conn, self.search_rows)
            self.conn.execute("COMMIT")
        except BaseException:
            self.abandon()
            raise
        self.search_rows.clear()
        self.pending.clear()

    def abandon(self) -> None:
        """Give up the uncommitted group (the store cannot take it: a full disk, a store
        made read-only); its paths, none of them stored, join `lost`."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        self.lost.extend(self.pending)
        self.pending.clear()
        self.search_rows.clear()  # else a later group would insert them again

    def __exit__(self, *exc: object) -> None:
        # Every notice in the group is whole, so the group is kept even when the run
        # stops early (Ctrl-C, a failing disk read): nothing half-written is committed.
        if self.conn.in_transaction:
            self.commit()


def record_rejection(db: sqlite_utils.Database, path: str, code: str, reason: str, digest: str | None,
                     *, forget: bool = True) -> None:
    """Record that `path` could not be ingested. A path that held a notice no longer does
    (its file is now the bad one), unless `forget` is False (a failed write keeps it)."""
    if forget:
        forget_path(db, path)
    row = rejection_of(db, path)
    if row != (code, reason, digest):
        db.execute("INSERT OR REPLACE INTO rejections (path, code, reason, file_hash, rejected_at) "
                   "VALUES (?, ?, ?, ?, ?)", [path, code, reason, digest, now_iso()])


def source_of(db: sqlite_utils.Database, path: str) -> tuple[str, str | None, str | None] | None:
    """What `path` holds: (notice_id, file_hash, pipeline_version), or None."""
    row = db.execute("SELECT notice_id, file_hash, pipeline_version FROM sources WHERE path = ?", [path]).fetchone()
    return tuple(row) if row else None


def rejection_of(db: sqlite_utils.Database, path: str) -> tuple[str, str, str | None] | None:
    """Why `path` was rejected: (code, reason, file_hash), or None."""
    row = db.execute("SELECT code, reason, file_hash FROM rejections WHERE path = ?", [path]).fetchone()
    return tuple(row) if row else None


def forget_path(db: sqlite_utils.Database, path: str) -> str | None:
    """Drop what `path` held (its source row, and the notice if no other path holds it)."""
    conn = db.conn
    with atomic(conn):
        held = conn.execute("SELECT notice_id FROM sources WHERE path = ?", [path]).fetchone()
        if held:
            conn.execute("DELETE FROM sources WHERE path = ?", [path])
            _delete_orphan(conn, held[0])
    return held[0] if held else None


def _delete_orphan(conn: sqlite3.Connection, notice_id: str) -> None:
    if conn.execute("SELECT 1 FROM sources WHERE notice_id = ? LIMIT 1", [notice_id]).fetchone():
        return
    _delete_rows(conn, notice_id)
    text_index.forget_notice(conn, notice_id)
    conn.execute("DELETE FROM notices WHERE id = ?", [notice_id])


def _delete_rows(conn: sqlite3.Connection, notice_id: str) -> None:
    conn.execute("DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE notice_id = ?)",
                 [notice_id])
    for table in _NOTICE_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE notice_id = ?", [notice_id])


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    columns = ", ".join(f"[{c}]" for c in row)
    marks = ", ".join("?" for _ in row)
    cursor = conn.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(row.values()))
    return cursor.lastrowid


def _insert_many(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert rows that all have the same columns, in one statement."""
    if not rows:
        return
    columns = ", ".join(f"[{c}]" for c in rows[0])
    marks = ", ".join("?" for _ in rows[0])
    conn.executemany(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", [list(r.values()) for r in rows])


class _Ids:
    """The next free id of each table, read once inside the notice's write transaction.

    The transaction holds SQLite's write lock, so no other process can take these ids
    before it commits; assigning them here lets each table's rows go in one
    `executemany` instead of one statement per row to learn its id.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.next: dict[str, int] = {}

    def take(self, table: str) -> int:
        if table not in self.next:
            self.next[table] = self.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM [{table}]").fetchone()[0]
        self.next[table] += 1
        return self.next[table] - 1


def insert_search_rows(conn: sqlite3.Connection, search_rows: SearchRows) -> None:
    conn.executemany("INSERT INTO search_fts (rowid, tokens) VALUES (?, ?)", search_rows)


def _write_notice_rows(conn: sqlite3.Connection, rows: NoticeRows, stamp: str, *, update: bool) -> SearchRows:
    notice = {**rows.notice, "record_hash": rows.record_hash, "ingested_at": stamp}
    if update:
        assignments = ", ".join(f"[{column}] = ?" for column in notice)
        conn.execute(f"UPDATE notices SET {assignments} WHERE id = ?", [*notice.values(), rows.notice_id])
    else:
        search_id = text_index.next_search_id(conn)
        _insert(conn, "notices", {"id": rows.notice_id, **notice, "search_id": search_id})
    ids = _Ids(conn)
    search: list[tuple[dict[str, Any], str]] = []
    _write_goals(conn, rows, ids, search)
    _write_assignments(conn, rows, ids, search)
    _write_deadlines(conn, rows)
    _insert_many(conn, "search_docs", [doc for doc, _ in search])
    return [(doc["id"], tokens) for doc, tokens in search]


def _search_doc(rows: NoticeRows, ids: _Ids, kind: str, ref_id: int, body: str) -> dict[str, Any]:
    return {"id": ids.take("search_docs"), "kind": kind, "ref_id": ref_id, **rows.search_facets, "body": body}


def _write_goals(conn: sqlite3.Connection, rows: NoticeRows, ids: _Ids,
                 search: list[tuple[dict[str, Any], str]]) -> None:
    indicator_ids = _ids_for(conn, "indicators", "name", {g.indicator: {"name": g.indicator} for g in rows.goals})
    goals = []
    for goal in rows.goals:
        goal_id = ids.take("goals")
        doc = _search_doc(rows, ids, "goal", goal_id, goal.search_body)
        goals.append({"id": goal_id, "notice_id": rows.notice_id, **goal.row,
                      "indicator_id": indicator_ids[goal.indicator], "search_id": doc["id"]})
        search.append((doc, goal.search_tokens))
    _insert_many(conn, "goals", goals)


def _write_assignments(conn: sqlite3.Connection, rows: NoticeRows, ids: _Ids,
                       search: list[tuple[dict[str, Any], str]]) -> None:
    unit_ids = _ids_for(conn, "units", "key", {
        unit.key: {"key": unit.key, "name": unit.name, "region": unit.region, "generic": int(unit.generic)}
        for assignment in rows.assignments for unit, _ in assignment.units})
    assignments, links = [], []
    for assignment in rows.assignments:
        assignment_id = ids.take("assignments")
        doc = None
        if assignment.search_tokens is not None:
            doc = _search_doc(rows, ids, "task", assignment_id, assignment.row["task_text"])
            search.append((doc, assignment.search_tokens))
        assignments.append({"id": assignment_id, "notice_id": rows.notice_id, **assignment.row,
                            "search_id": doc["id"] if doc else None})
        links.extend({"id": ids.take("assignment_units"), "assignment_id": assignment_id,
                      "notice_id": rows.notice_id, **link, "unit_id": unit_ids[unit.key]}
                     for unit, link in assignment.units)
    _insert_many(conn, "assignments", assignments)
    _insert_many(conn, "assignment_units", links)


def _write_deadlines(conn: sqlite3.Connection, rows: NoticeRows) -> None:
    _insert_many(conn, "deadlines", [{"notice_id": rows.notice_id, **deadline} for deadline in rows.deadlines])


def _ids_for(conn: sqlite3.Connection, table: str, key_column: str,
             wanted: dict[str, dict[str, Any]]) -> dict[str, int]:
    """Ids of the rows with these keys, inserting the rows that are missing."""
    found: dict[str, int] = {}
    keys = list(wanted)
    for i in range(0, len(keys), 500):  # SQLite's limit on bound parameters
        chunk = keys[i:i + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(conn.execute(f"SELECT [{key_column}], id FROM [{table}] WHERE [{key_column}] IN ({marks})",
                                  chunk).fetchall())
    for key, row in wanted.items():
        if key not in found:
            found[key] = _insert(conn, table, row)
    return found
