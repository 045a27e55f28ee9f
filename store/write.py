"""Writing one notice: all its rows in one transaction, or none.

`write_notice` is the seam between the pipeline and the store. It decides what a write
means for the path it came from — new, unchanged, a replacement of what the path held
before, or a duplicate of a notice already stored from another path — and does it
between one BEGIN and one COMMIT; any error rolls the whole notice back.
"""
from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from store.record import as_record
from store.rows import NoticeRows, notice_rows

log = logging.getLogger(__name__)

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


def write_notice(db: sqlite_utils.Database, notice: Any, *, path: str | None = None,
                 file_hash: str | None = None, **record_kwargs: Any) -> WriteResult:
    """Store one notice (`NoticeRows`, a `NoticeRecord`, an EXPORT.md dict or a `ProcessedNotice`).

    `path` is where it was read from (default: its `source`); a path that held another
    notice has that notice's rows replaced. Returns what happened.
    """
    rows = notice if isinstance(notice, NoticeRows) else notice_rows(as_record(notice, **record_kwargs))
    path = path or rows.source
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = _write(conn, rows, path, file_hash)
        conn.execute("DELETE FROM rejections WHERE path = ?", [path])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    log.debug("%s: %s (%s)", path, result.outcome, result.notice_id)
    return result


def _write(conn: sqlite3.Connection, rows: NoticeRows, path: str, file_hash: str | None) -> WriteResult:
    nid = rows.notice_id
    digest = rows.record_hash
    stamp = now_iso()
    held = conn.execute("SELECT notice_id FROM sources WHERE path = ?", [path]).fetchone()
    previous = held[0] if held else None
    stored = conn.execute("SELECT record_hash FROM notices WHERE id = ?", [nid]).fetchone()

    if stored and (stored[0] == digest or previous != nid):
        # The same clean text: unchanged at its own path; from another path (the same
        # notice scraped from another site, with other chrome) one notice, two sources.
        outcome = "unchanged" if previous == nid else "duplicate"
    elif stored:
        # Same path and text, new extraction (a newer pipeline): rewrite the facts. The
        # notices row is updated, not deleted, since other paths' sources point at it.
        _delete_rows(conn, nid)
        _write_notice_rows(conn, rows, stamp, update=True)
        outcome = "replaced"
    else:
        _write_notice_rows(conn, rows, stamp, update=False)
        outcome = "replaced" if previous else "ingested"

    if previous == nid:
        conn.execute("UPDATE sources SET file_hash = ?, pipeline_version = ? WHERE path = ?",
                     [file_hash, rows.pipeline_version, path])
    else:
        conn.execute("INSERT OR REPLACE INTO sources (path, notice_id, file_hash, pipeline_version, ingested_at) "
                     "VALUES (?, ?, ?, ?, ?)", [path, nid, file_hash, rows.pipeline_version, stamp])
    replaced = None
    if previous and previous != nid:
        replaced = previous
        if outcome == "duplicate":
            outcome = "replaced"
        _delete_orphan(conn, previous)
    return WriteResult(outcome, nid, replaced)


def forget_path(db: sqlite_utils.Database, path: str) -> str | None:
    """Drop what `path` held (its source row, and the notice if no other path holds it)."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        held = conn.execute("SELECT notice_id FROM sources WHERE path = ?", [path]).fetchone()
        if held:
            conn.execute("DELETE FROM sources WHERE path = ?", [path])
            _delete_orphan(conn, held[0])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return held[0] if held else None


def _delete_orphan(conn: sqlite3.Connection, notice_id: str) -> None:
    if conn.execute("SELECT 1 FROM sources WHERE notice_id = ? LIMIT 1", [notice_id]).fetchone():
        return
    _delete_rows(conn, notice_id)
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


def _write_notice_rows(conn: sqlite3.Connection, rows: NoticeRows, stamp: str, *, update: bool) -> None:
    notice = {**rows.notice, "record_hash": rows.record_hash, "ingested_at": stamp}
    if update:
        assignments = ", ".join(f"[{column}] = ?" for column in notice)
        conn.execute(f"UPDATE notices SET {assignments} WHERE id = ?", [*notice.values(), rows.notice_id])
    else:
        _insert(conn, "notices", {"id": rows.notice_id, **notice})
    _write_goals(conn, rows)
    _write_assignments(conn, rows)
    _write_deadlines(conn, rows)


def _write_goals(conn: sqlite3.Connection, rows: NoticeRows) -> None:
    for goal in rows.goals:
        indicator_id = _id_for(conn, "indicators", "name", goal.indicator, {"name": goal.indicator})
        goal_id = _insert(conn, "goals", {"notice_id": rows.notice_id, **goal.row, "indicator_id": indicator_id})
        _search_doc(conn, rows, "goal", goal_id, goal.search_body, goal.search_tokens)


def _write_assignments(conn: sqlite3.Connection, rows: NoticeRows) -> None:
    for assignment in rows.assignments:
        assignment_id = _insert(conn, "assignments", {"notice_id": rows.notice_id, **assignment.row})
        for unit, link in assignment.units:
            unit_id = _id_for(conn, "units", "key", unit.key, {
                "key": unit.key, "name": unit.name, "region": unit.region, "generic": int(unit.generic)})
            _insert(conn, "assignment_units", {"assignment_id": assignment_id, "notice_id": rows.notice_id,
                                               **link, "unit_id": unit_id})
        if assignment.search_tokens is not None:
            _search_doc(conn, rows, "task", assignment_id, assignment.row["task_text"], assignment.search_tokens)


def _write_deadlines(conn: sqlite3.Connection, rows: NoticeRows) -> None:
    for deadline in rows.deadlines:
        _insert(conn, "deadlines", {"notice_id": rows.notice_id, **deadline})


def _id_for(conn: sqlite3.Connection, table: str, key_column: str, key: str, row: dict[str, Any]) -> int:
    found = conn.execute(f"SELECT id FROM [{table}] WHERE [{key_column}] = ?", [key]).fetchone()
    return found[0] if found else _insert(conn, table, row)


def _search_doc(conn: sqlite3.Connection, rows: NoticeRows, kind: str, ref_id: int, body: str,
                tokens: str) -> None:
    doc_id = _insert(conn, "search_docs", {"kind": kind, "ref_id": ref_id, **rows.search_facets, "body": body})
    conn.execute("INSERT INTO search_fts (rowid, tokens) VALUES (?, ?)", [doc_id, tokens])
