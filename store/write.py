"""Writing one notice: all its rows in one transaction, or none.

`write_notice` is the seam between the pipeline and the store. It decides what a write
means for the path it came from — new, unchanged, a replacement of what the path held
before, or a duplicate of a notice already stored from another path — and does it
between one BEGIN and one COMMIT; any error rolls the whole notice back.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from store import canon, fts
from store.record import NoticeRecord, as_record

log = logging.getLogger(__name__)

# A document rule saying the first unit listed in each annotation is its lead
# (`列第一位的为牵头单位`, `列第一位者为牵头单位，下同`).
FIRST_LISTED_LEADS = re.compile(r"(?:列|排)(?:在)?第[一1](?:位|个).{0,6}牵头")
_YEAR = re.compile(r"^(\d{4})")

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


def record_hash(record: NoticeRecord) -> str:
    """Digest of what the store knows of a notice, to tell a real change from a rerun.

    The raw scrape is left out: the same notice saved from two sites differs only in
    the chrome around it, and must not make each write undo the other.
    """
    payload = json.dumps([record.text, record.meta, record.goals, record.assignments, record.deadlines,
                          record.document_rules, record.pipeline_version],
                         ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def write_notice(db: sqlite_utils.Database, notice: Any, *, path: str | None = None,
                 file_hash: str | None = None, **record_kwargs: Any) -> WriteResult:
    """Store one notice (a `NoticeRecord`, an EXPORT.md dict or a `ProcessedNotice`).

    `path` is where it was read from (default: its `source`); a path that held another
    notice has that notice's rows replaced. Returns what happened.
    """
    record = as_record(notice, **record_kwargs)
    path = path or record.source
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = _write(conn, record, path, file_hash)
        conn.execute("DELETE FROM rejections WHERE path = ?", [path])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    log.debug("%s: %s (%s)", path, result.outcome, result.notice_id)
    return result


def _write(conn: sqlite3.Connection, record: NoticeRecord, path: str, file_hash: str | None) -> WriteResult:
    nid = record.notice_id
    digest = record_hash(record)
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
        _write_notice_row(conn, record, digest, stamp, update=True)
        outcome = "replaced"
    else:
        _write_notice_row(conn, record, digest, stamp, update=False)
        outcome = "replaced" if previous else "ingested"

    if previous == nid:
        conn.execute("UPDATE sources SET file_hash = ?, pipeline_version = ? WHERE path = ?",
                     [file_hash, record.pipeline_version, path])
    else:
        conn.execute("INSERT OR REPLACE INTO sources (path, notice_id, file_hash, pipeline_version, ingested_at) "
                     "VALUES (?, ?, ?, ?, ?)", [path, nid, file_hash, record.pipeline_version, stamp])
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


def _write_notice_row(conn: sqlite3.Connection, record: NoticeRecord, digest: str, stamp: str, *,
                      update: bool) -> None:
    meta = record.meta
    row = {
        "id": record.notice_id, "source": record.source, "title": meta.get("title"),
        "issuer": meta.get("issuer"), "issued": meta.get("issued"), "region": meta.get("region"),
        "year": meta.get("year"), "doc_number": meta.get("doc_number"), "script": meta.get("script"),
        "document_rules": json.dumps(record.document_rules, ensure_ascii=False),
        "raw_text": record.raw_text, "text": record.text, "record_hash": digest, "ingested_at": stamp,
        "pipeline_version": record.pipeline_version,
    }
    if update:
        assignments = ", ".join(f"[{column}] = ?" for column in row if column != "id")
        values = [value for column, value in row.items() if column != "id"]
        conn.execute(f"UPDATE notices SET {assignments} WHERE id = ?", [*values, record.notice_id])
    else:
        _insert(conn, "notices", row)
    _write_goals(conn, record)
    _write_assignments(conn, record)
    _write_deadlines(conn, record)


def _span(row: dict[str, Any], key: str = "span") -> tuple[int | None, int | None]:
    span = row.get(key)
    return (span[0], span[1]) if span else (None, None)


def _id_for(conn: sqlite3.Connection, table: str, key_column: str, key: str, row: dict[str, Any]) -> int:
    found = conn.execute(f"SELECT id FROM [{table}] WHERE [{key_column}] = ?", [key]).fetchone()
    return found[0] if found else _insert(conn, table, row)


def _search_doc(conn: sqlite3.Connection, record: NoticeRecord, kind: str, ref_id: int, body: str,
                indexed: str) -> None:
    doc_id = _insert(conn, "search_docs", {
        "kind": kind, "ref_id": ref_id, "notice_id": record.notice_id, "region": record.meta.get("region"),
        "year": record.meta.get("year"), "title": record.meta.get("title"), "body": body,
    })
    conn.execute("INSERT INTO search_fts (rowid, tokens) VALUES (?, ?)", [doc_id, fts.index_tokens(indexed)])


def goal_year(period: str | None, notice_year: int | None) -> tuple[int | None, str]:
    """The year a goal is for, and what else its period says (`Q4`, `per-month`, `range`).

    A goal with no period or a recurrence is for the notice's year; `2021-2025` is a
    range, filed under its first year but never compared with a one-year target.
    """
    if not period:
        return notice_year, ""
    if re.fullmatch(r"\d{4}", period):
        return int(period), ""
    if match := re.fullmatch(r"(\d{4})(Q[1-4])", period):
        return int(match.group(1)), match.group(2)
    if match := re.fullmatch(r"(\d{4})-\d{4}", period):
        return int(match.group(1)), "range"
    year = _YEAR.match(period)
    return (int(year.group(1)) if year else notice_year), period


def _write_goals(conn: sqlite3.Connection, record: NoticeRecord) -> None:
    for seq, goal in enumerate(record.goals):
        indicator = goal.get("indicator") or ""
        canonical = canon.canonical_indicator(indicator)
        indicator_id = _id_for(conn, "indicators", "name", canonical, {"name": canonical})
        factor, base_unit = canon.split_unit(goal.get("unit"))
        value = goal.get("value")
        year, period_class = goal_year(goal.get("period"), record.meta.get("year"))
        start, end = _span(goal)
        goal_id = _insert(conn, "goals", {
            "notice_id": record.notice_id, "seq": seq, "indicator": indicator, "indicator_id": indicator_id,
            "value": value, "unit": goal.get("unit"),
            "base_value": value * factor if isinstance(value, int | float) else None, "base_unit": base_unit,
            "comparator": goal.get("comparator"), "scope": goal.get("scope"),
            "scope_key": canon.scope_key(goal.get("scope")), "period": goal.get("period"),
            "period_class": period_class, "year": year, "kind": goal.get("kind"),
            "evidence": goal.get("evidence"), "span_start": start, "span_end": end,
        })
        _search_doc(conn, record, "goal", goal_id, indicator, f"{indicator} {canonical}")


def lead_rule(record: NoticeRecord) -> str | None:
    """The notice's own rule that the first listed unit leads, if it states one."""
    return next((rule for rule in record.document_rules if FIRST_LISTED_LEADS.search(rule)), None)


def _write_assignments(conn: sqlite3.Connection, record: NoticeRecord) -> None:
    region = record.meta.get("region")
    rule = lead_rule(record)
    for seq, assignment in enumerate(record.assignments):
        lead = list(assignment.get("lead") or [])
        units = list(assignment.get("units") or [])
        explicit = bool(assignment.get("explicit"))
        start, end = _span(assignment)
        ann_start, ann_end = _span(assignment, "annotation_span")
        task_text = record.text[start:end] if start is not None else None
        # The rule is about printed annotations; prose assignments name their lead in words.
        inferred = bool(rule and explicit and not lead and units)
        basis = "printed" if lead else "document_rule" if inferred else "none"
        assignment_id = _insert(conn, "assignments", {
            "notice_id": record.notice_id, "seq": seq, "task": assignment.get("task"), "task_text": task_text,
            "explicit": int(explicit), "lead_basis": basis, "lead_rule": rule if inferred else None,
            "span_start": start, "span_end": end, "annotation_start": ann_start, "annotation_end": ann_end,
        })
        listed = [(name, "lead") for name in lead] + [(name, "unit") for name in units]
        for position, (printed, printed_role) in enumerate(listed):
            unit = canon.canonical_unit(printed, region)
            unit_id = _id_for(conn, "units", "key", unit.key, {
                "key": unit.key, "name": unit.name, "region": unit.region, "generic": int(unit.generic)})
            first_inferred = inferred and position == 0
            _insert(conn, "assignment_units", {
                "assignment_id": assignment_id, "notice_id": record.notice_id, "position": position,
                "role": "lead" if first_inferred else printed_role, "printed_role": printed_role,
                "inferred": int(first_inferred), "printed_name": printed, "core_name": canon.unit_core(printed),
                "unit_id": unit_id,
            })
        if task_text:
            _search_doc(conn, record, "task", assignment_id, task_text, task_text)


def _write_deadlines(conn: sqlite3.Connection, record: NoticeRecord) -> None:
    for seq, deadline in enumerate(record.deadlines):
        start, end = _span(deadline)
        _insert(conn, "deadlines", {
            "notice_id": record.notice_id, "seq": seq, "text": deadline.get("text"),
            "start": deadline.get("start"), "end": deadline.get("end"),
            "recurrence": deadline.get("recurrence"), "day": deadline.get("day"), "task": deadline.get("task"),
            "span_start": start, "span_end": end,
        })
