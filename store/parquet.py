"""The store's tables as partitioned Parquet, written by a cluster's workers and loaded
into one SQLite store later (`policydb load DIR --db FILE`).

    write_part(folder, part, outcomes)   # a worker: its notices' rows, its rejections
    for outcome in read_parts(folder):   # the loader, in input order
        ...

A folder holds one dataset per table, `FOLDER/TABLE/part-00007.parquet`: `notices`,
`goals`, `assignments`, `assignment_units`, `deadlines`, and `outcomes` (one row per
input: its name, digest, fetch time and what became of it). Rows carry the notice id and
their order in the notice instead of the store's integer ids, which only the one SQLite
writer assigns; units and indicators are named (canonical name and key). So a folder is
also a dataset in its own right: DuckDB reads `goals/*.parquet` joined to
`notices/*.parquet` as it stands. pyarrow is the `cluster` extra, imported here only.
"""
from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from policydb.errors import PolicydbError
from store.rows import AssignmentRow, GoalRow, NoticeRows, UnitKey
from store.schema import column_types

TABLES = ("outcomes", "notices", "goals", "assignments", "assignment_units", "deadlines")
_ARROW_TYPES = {str: "string", int: "int64", float: "float64", bool: "bool_"}
# The store's columns a partition leaves out: ids only the one SQLite writer assigns, and
# when it wrote them. The rest of each table's columns are what a notice's rows hold.
_WRITER_ONLY = {
    "notices": ("id", "record_hash", "ingested_at", "search_id"),
    "goals": ("id", "notice_id", "indicator_id", "search_id"),
    "assignments": ("id", "notice_id", "search_id"),
    "assignment_units": ("id", "assignment_id", "notice_id", "unit_id"),
    "deadlines": ("id", "notice_id"),
}
# What a partition adds to them: the notice's key, and the names the writer resolves to ids.
_ADDED: dict[str, dict[str, type]] = {
    "outcomes": {"order": int, "name": str, "digest": str, "fetched_at": str, "status": str, "code": str,
                 "reason": str, "notice_id": str},
    "notices": {"notice_id": str, "record_hash": str},
    "goals": {"notice_id": str, "canonical_indicator": str, "search_body": str, "search_tokens": str},
    "assignments": {"notice_id": str, "search_tokens": str},
    "assignment_units": {"notice_id": str, "assignment_seq": int, "unit_key": str, "unit_name": str,
                         "unit_region": str, "unit_generic": bool},
    "deadlines": {"notice_id": str},
}


@functools.cache
def _keys(table: str) -> tuple[str, ...]:
    """The store's columns of a table that a notice's rows carry (NoticeRows' dicts)."""
    return tuple(c for c in column_types(table) if c not in _WRITER_ONLY[table])


@functools.cache
def _columns(table: str) -> dict[str, type]:
    """A partition's columns of a table and their types, taken from the store's schema."""
    stored = column_types(table) if table in _WRITER_ONLY else {}
    return {**_ADDED[table], **{c: stored[c] for c in _keys(table)}} if stored else dict(_ADDED[table])


@dataclass
class Outcome:
    """What became of one input: its rows ("ok"), or a code and reason ("rejected",
    "skipped"), in the order the inputs came."""

    order: int
    name: str
    status: str  # ok | rejected | skipped
    digest: str | None = None
    fetched_at: str | None = None
    code: str | None = None
    reason: str | None = None
    rows: NoticeRows | None = None


def pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise PolicydbError("E008", "Parquet needs pyarrow: pip install 'policydb[cluster]'") from None
    return pa, pq


def _schema(table: str):
    pa, _ = pyarrow()
    return pa.schema([(name, getattr(pa, _ARROW_TYPES[kind])()) for name, kind in _columns(table).items()])


def _table_rows(outcomes: list[Outcome]) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
    for outcome in outcomes:
        notice = outcome.rows
        rows["outcomes"].append({"order": outcome.order, "name": outcome.name, "digest": outcome.digest,
                                 "fetched_at": outcome.fetched_at, "status": outcome.status, "code": outcome.code,
                                 "reason": outcome.reason, "notice_id": notice.notice_id if notice else None})
        if notice is None:
            continue
        nid = notice.notice_id
        rows["notices"].append({"notice_id": nid, "record_hash": notice.record_hash,
                                **{k: notice.notice.get(k) for k in _keys("notices")}})
        for goal in notice.goals:
            rows["goals"].append({"notice_id": nid, **{k: goal.row.get(k) for k in _keys("goals")},
                                  "canonical_indicator": goal.indicator, "search_body": goal.search_body,
                                  "search_tokens": goal.search_tokens})
        for assignment in notice.assignments:
            rows["assignments"].append({"notice_id": nid,
                                        **{k: assignment.row.get(k) for k in _keys("assignments")},
                                        "search_tokens": assignment.search_tokens})
            for unit, link in assignment.units:
                rows["assignment_units"].append({
                    "notice_id": nid, "assignment_seq": assignment.row["seq"], "unit_key": unit.key,
                    "unit_name": unit.name, "unit_region": unit.region, "unit_generic": unit.generic,
                    **{k: link.get(k) for k in _keys("assignment_units")}})
        rows["deadlines"].extend({"notice_id": nid, **{k: d.get(k) for k in _keys("deadlines")}}
                                 for d in notice.deadlines)
    return rows


def write_part(folder: str | os.PathLike[str], part: int, outcomes: list[Outcome]) -> None:
    """Write one partition of outcomes, a file per table. The files appear whole or not at
    all (written beside, then renamed), so a loader never reads half a partition."""
    pa, pq = pyarrow()
    for table, rows in _table_rows(outcomes).items():
        target = Path(folder) / table / f"part-{part:05d}.parquet"
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        schema = _schema(table)
        # Column lists, not row dicts: pyarrow builds a table from them in two thirds of the time.
        columns = {name: [row.get(name) for row in rows] for name in schema.names}
        pq.write_table(pa.Table.from_pydict(columns, schema=schema), partial)
        os.replace(partial, target)


def parts(folder: str | os.PathLike[str]) -> list[int]:
    """The partitions a folder holds whole (every table's file written), in order."""
    outcomes = Path(folder) / "outcomes"
    if not outcomes.is_dir():
        raise PolicydbError("E001", f"{folder} holds no policydb Parquet (no outcomes/ folder)")
    found = sorted(int(p.stem.split("-")[1]) for p in outcomes.glob("part-*.parquet"))
    return [n for n in found if all((Path(folder) / t / f"part-{n:05d}.parquet").exists() for t in TABLES)]


def read_part(folder: str | os.PathLike[str], part: int) -> list[Outcome]:
    """One partition's outcomes, in input order, each notice's rows rebuilt."""
    _, pq = pyarrow()
    tables = {}
    for table in TABLES:
        path = Path(folder) / table / f"part-{part:05d}.parquet"
        try:
            columns = pq.read_table(path).to_pydict()  # rows rebuilt from columns: faster than to_pylist
        except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
            raise PolicydbError("E021", f"{path} cannot be read as Parquet: {exc}") from None
        names = list(columns)
        tables[table] = [dict(zip(names, values, strict=True)) for values in zip(*columns.values(), strict=True)]
    return _outcomes(tables)


def _grouped(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        grouped.setdefault(row["notice_id"], []).append(row)
    return grouped


def _outcomes(tables: dict[str, list[dict[str, Any]]]) -> list[Outcome]:
    notices = {row["notice_id"]: row for row in tables["notices"]}
    goals, assignments = _grouped(tables["goals"]), _grouped(tables["assignments"])
    units, deadlines = _grouped(tables["assignment_units"]), _grouped(tables["deadlines"])
    outcomes = []
    for row in sorted(tables["outcomes"], key=lambda r: r["order"]):
        outcome = Outcome(order=row["order"], name=row["name"], status=row["status"], digest=row["digest"],
                          fetched_at=row["fetched_at"], code=row["code"], reason=row["reason"])
        nid = row["notice_id"]
        if nid is not None:
            outcome.rows = _notice_rows(notices[nid], goals.get(nid, []), assignments.get(nid, []),
                                        units.get(nid, []), deadlines.get(nid, []))
        outcomes.append(outcome)
    return outcomes


def _notice_rows(notice: dict[str, Any], goals: list[dict[str, Any]], assignments: list[dict[str, Any]],
                 units: list[dict[str, Any]], deadlines: list[dict[str, Any]]) -> NoticeRows:
    by_assignment: dict[int, list[dict[str, Any]]] = {}
    for unit in units:
        by_assignment.setdefault(unit["assignment_seq"], []).append(unit)
    rows = NoticeRows(notice_id=notice["notice_id"], source=notice["source"],
                      pipeline_version=notice["pipeline_version"], record_hash=notice["record_hash"],
                      notice={k: notice[k] for k in _keys("notices")})
    rows.goals = [GoalRow({k: g[k] for k in _keys("goals")}, g["canonical_indicator"], g["search_body"],
                          g["search_tokens"]) for g in sorted(goals, key=lambda g: g["seq"])]
    rows.assignments = [
        AssignmentRow({k: a[k] for k in _keys("assignments")},
                      [(UnitKey(u["unit_key"], u["unit_name"], u["unit_region"], bool(u["unit_generic"])),
                        {k: u[k] for k in _keys("assignment_units")})
                       for u in sorted(by_assignment.get(a["seq"], []), key=lambda u: u["position"])],
                      a["search_tokens"])
        for a in sorted(assignments, key=lambda a: a["seq"])]
    rows.deadlines = [{k: d[k] for k in _keys("deadlines")} for d in sorted(deadlines, key=lambda d: d["seq"])]
    return rows


def read_parts(folder: str | os.PathLike[str]) -> Iterator[Outcome]:
    """Every outcome of a folder, partition by partition, in input order."""
    for part in parts(folder):
        yield from read_part(folder, part)
