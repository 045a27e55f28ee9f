"""The store's tables, keys, indexes and views (documented in store/SCHEMA.md).

Tables are created with sqlite-utils so Datasette and `sqlite-utils` see their primary
and foreign keys; the two views give Datasette one row per fact with region and year
to facet on. `open_db` is the only way the store opens a database: it turns on foreign
keys and puts the connection in autocommit mode, so each notice's write is an explicit
BEGIN … COMMIT of its own (sqlite-utils' writers commit as they go, so the notice
writer uses plain SQL inside its transaction).
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils

SCHEMA_VERSION = 1
DEFAULT_DB = "outputs/policydb.sqlite"

_VIEWS = {
    "task_units": """
        SELECT au.id, n.region, n.year, n.title, a.task, au.role, u.name AS unit, au.printed_name,
               au.inferred, a.explicit, a.task_text, a.notice_id, a.id AS assignment_id
        FROM assignment_units au
        JOIN assignments a ON a.id = au.assignment_id
        JOIN notices n ON n.id = a.notice_id
        JOIN units u ON u.id = au.unit_id""",
    "goal_list": """
        SELECT g.id, n.region, g.year, g.kind, i.name AS indicator, g.indicator AS printed_indicator,
               g.comparator, g.value, g.unit, g.scope, g.period, g.evidence, n.title, g.notice_id
        FROM goals g
        JOIN notices n ON n.id = g.notice_id
        JOIN indicators i ON i.id = g.indicator_id""",
}


def open_db(path: str | os.PathLike[str] | None = None) -> sqlite_utils.Database:
    """Open (creating if need be) the store at `path`; `None` or ':memory:' for a scratch store."""
    if path is None or str(path) == ":memory:":
        conn = sqlite3.connect(":memory:", isolation_level=None)
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    db = sqlite_utils.Database(conn)
    ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create whatever part of the schema is missing; existing tables are left alone."""
    tables = set(db.table_names())
    if "notices" not in tables:
        db["notices"].create({
            "id": str, "source": str, "title": str, "issuer": str, "issued": str, "region": str,
            "year": int, "doc_number": str, "script": str, "document_rules": str, "raw_text": str,
            "text": str, "record_hash": str, "ingested_at": str, "pipeline_version": str,
        }, pk="id", not_null={"source", "text", "ingested_at"})
        db["notices"].create_index(["region", "year"])
    if "sources" not in tables:
        db["sources"].create({
            "path": str, "notice_id": str, "file_hash": str, "pipeline_version": str, "ingested_at": str,
        }, pk="path", foreign_keys=[("notice_id", "notices", "id")], not_null={"notice_id"})
        db["sources"].create_index(["notice_id"])
    if "units" not in tables:
        db["units"].create({"id": int, "key": str, "name": str, "region": str, "generic": int},
                           pk="id", not_null={"key", "name"})
        db["units"].create_index(["key"], unique=True)
        db["units"].create_index(["name"])
    if "indicators" not in tables:
        db["indicators"].create({"id": int, "name": str}, pk="id", not_null={"name"})
        db["indicators"].create_index(["name"], unique=True)
    if "goals" not in tables:
        db["goals"].create({
            "id": int, "notice_id": str, "seq": int, "indicator": str, "indicator_id": int,
            "value": float, "unit": str, "base_value": float, "base_unit": str, "comparator": str,
            "scope": str, "scope_key": str, "period": str, "period_class": str, "year": int,
            "kind": str, "evidence": str, "span_start": int, "span_end": int,
        }, pk="id", foreign_keys=[("notice_id", "notices", "id"), ("indicator_id", "indicators", "id")],
            not_null={"notice_id"})
        db["goals"].create_index(["notice_id"])
        db["goals"].create_index(["indicator_id", "year"])
    if "assignments" not in tables:
        db["assignments"].create({
            "id": int, "notice_id": str, "seq": int, "task": str, "task_text": str, "explicit": int,
            "lead_basis": str, "lead_rule": str, "span_start": int, "span_end": int,
            "annotation_start": int, "annotation_end": int,
        }, pk="id", foreign_keys=[("notice_id", "notices", "id")], not_null={"notice_id"})
        db["assignments"].create_index(["notice_id"])
    if "assignment_units" not in tables:
        db["assignment_units"].create({
            "id": int, "assignment_id": int, "notice_id": str, "position": int, "role": str,
            "printed_role": str, "inferred": int, "printed_name": str, "core_name": str, "unit_id": int,
        }, pk="id", foreign_keys=[("assignment_id", "assignments", "id"), ("notice_id", "notices", "id"),
                                  ("unit_id", "units", "id")], not_null={"assignment_id", "unit_id"})
        db["assignment_units"].create_index(["assignment_id"])
        db["assignment_units"].create_index(["notice_id"])
        db["assignment_units"].create_index(["unit_id", "role"])
        db["assignment_units"].create_index(["core_name"])
    if "deadlines" not in tables:
        db["deadlines"].create({
            "id": int, "notice_id": str, "seq": int, "text": str, "start": str, "end": str,
            "recurrence": str, "day": int, "task": str, "span_start": int, "span_end": int,
        }, pk="id", foreign_keys=[("notice_id", "notices", "id")], not_null={"notice_id"})
        db["deadlines"].create_index(["notice_id"])
    if "rejections" not in tables:
        db["rejections"].create({"path": str, "code": str, "reason": str, "file_hash": str, "rejected_at": str},
                                pk="path", not_null={"code", "reason"})
    if "search_docs" not in tables:
        db["search_docs"].create({
            "id": int, "kind": str, "ref_id": int, "notice_id": str, "region": str, "year": int,
            "title": str, "body": str,
        }, pk="id", foreign_keys=[("notice_id", "notices", "id")], not_null={"kind", "ref_id", "notice_id"})
        db["search_docs"].create_index(["notice_id"])
        db["search_docs"].create_index(["kind", "ref_id"])
    if "search_fts" not in tables:
        # rowid = search_docs.id; `tokens` holds the jieba words joined by spaces.
        db.execute("CREATE VIRTUAL TABLE search_fts USING fts5(tokens, tokenize = 'unicode61')")
    if "store_info" not in tables:
        db["store_info"].insert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")
    views = set(db.view_names())
    for name, sql in _VIEWS.items():
        if name not in views:
            db.create_view(name, sql)
