"""A notice as the rows the store will hold: everything computed, nothing yet written.

Turning a `NoticeRecord` into rows — canonical unit and indicator names, goal years, the
bigram tokens of the search index, the content hashes — is pure work on one notice. It is
done here, in the process that parsed the notice, so the one process that writes to
SQLite does nothing but insert: with several parsing workers, the writer would
otherwise become the bottleneck (segmenting the search words with jieba, as the first
store did, cost more than the inserts).

The ids rows refer to (units, indicators, the goal a search entry points at) are only
known inside the writer's transaction; rows carry their keys instead.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from policydb.records import NoticeRecord
from store import canon, fts

# A document rule saying the first unit listed in each annotation is its lead
# (`列第一位的为牵头单位`, `列第一位者为牵头单位，下同`).
FIRST_LISTED_LEADS = re.compile(r"(?:列|排)(?:在)?第[一1](?:位|个).{0,6}牵头")
_YEAR = re.compile(r"^(\d{4})")
# A goal's period, compiled once (goal_year runs for every goal): 2025, 2025Q3, 2021-2025.
_ONE_YEAR = re.compile(r"\d{4}")
_QUARTER = re.compile(r"(\d{4})(Q[1-4])")
_YEAR_SPAN = re.compile(r"(\d{4})-\d{4}")


@dataclass(frozen=True)
class UnitKey:
    key: str
    name: str
    region: str | None
    generic: bool


@dataclass
class GoalRow:
    row: dict[str, Any]          # the goals row, without notice_id and indicator_id
    indicator: str               # canonical indicator name (→ indicators.id)
    search_body: str
    search_tokens: str


@dataclass
class AssignmentRow:
    row: dict[str, Any]          # the assignments row, without notice_id
    units: list[tuple[UnitKey, dict[str, Any]]]  # (unit, assignment_units row without ids)
    search_tokens: str | None    # None: no task text to index


@dataclass
class NoticeRows:
    notice_id: str
    source: str
    pipeline_version: str | None
    record_hash: str
    notice: dict[str, Any]       # the notices row, without ingested_at
    goals: list[GoalRow] = field(default_factory=list)
    assignments: list[AssignmentRow] = field(default_factory=list)
    deadlines: list[dict[str, Any]] = field(default_factory=list)

    @property
    def search_facets(self) -> dict[str, Any]:
        """The notice columns every search entry repeats, for faceting without a join."""
        return {"notice_id": self.notice_id, "region": self.notice["region"], "year": self.notice["year"],
                "title": self.notice["title"]}


def record_hash(record: NoticeRecord) -> str:
    """Digest of what the store knows of a notice, to tell a real change from a rerun.

    The raw scrape is left out: the same notice saved from two sites differs only in
    the chrome around it, and must not make each write undo the other.
    """
    payload = json.dumps([record.text, record.meta, record.goals, record.assignments, record.deadlines,
                          record.document_rules, record.pipeline_version],
                         ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def goal_year(period: str | None, notice_year: int | None) -> tuple[int | None, str]:
    """The year a goal is for, and what else its period says (`Q4`, `per-month`, `range`).

    A goal with no period or a recurrence is for the notice's year; `2021-2025` is a
    range, filed under its first year but never compared with a one-year target.
    """
    if not period:
        return notice_year, ""
    if _ONE_YEAR.fullmatch(period):
        return int(period), ""
    if match := _QUARTER.fullmatch(period):
        return int(match.group(1)), match.group(2)
    if match := _YEAR_SPAN.fullmatch(period):
        return int(match.group(1)), "range"
    year = _YEAR.match(period)
    return (int(year.group(1)) if year else notice_year), period


def lead_rule(record: NoticeRecord) -> str | None:
    """The notice's own rule that the first listed unit leads, if it states one."""
    return next((rule for rule in record.document_rules if FIRST_LISTED_LEADS.search(rule)), None)


def division_codes(code: str | None) -> dict[str, str | None]:
    """The region's official division code and those of the city and province it lies in
    (GB/T 2260: PPCCDD), so a query can go down from a province or city to its counties."""
    if not code or len(code) != 6 or not code.isdigit():
        return {"region_code": None, "city_code": None, "province_code": None}
    city = code[:4] + "00" if code[2:4] != "00" else None
    return {"region_code": code, "city_code": city, "province_code": code[:2] + "0000"}


def notice_rows(record: NoticeRecord) -> NoticeRows:
    meta = record.meta
    rows = NoticeRows(
        notice_id=record.notice_id, source=record.source, pipeline_version=record.pipeline_version,
        record_hash=record_hash(record),
        notice={
            "source": record.source, "title": meta.get("title"), "issuer": meta.get("issuer"),
            "issued": meta.get("issued"), "region": meta.get("region"), **division_codes(meta.get("region_code")),
            "year": meta.get("year"),
            "doc_number": meta.get("doc_number"), "script": meta.get("script"),
            "document_rules": json.dumps(record.document_rules, ensure_ascii=False),
            "url": meta.get("url"), "supplied": json.dumps(meta.get("supplied") or []),
            "raw_text": record.raw_text, "text": record.text, "pipeline_version": record.pipeline_version,
        })
    rows.goals = [_goal_row(seq, goal, meta.get("year"), meta.get("region")) for seq, goal in enumerate(record.goals)]
    rows.assignments = _assignment_rows(record)
    rows.deadlines = [_deadline_row(seq, deadline) for seq, deadline in enumerate(record.deadlines)]
    return rows


def _span(row: dict[str, Any], key: str = "span") -> tuple[int | None, int | None]:
    span = row.get(key)
    return (span[0], span[1]) if span else (None, None)


def _goal_row(seq: int, goal: dict[str, Any], notice_year: int | None, region: str | None) -> GoalRow:
    indicator = goal.get("indicator") or ""
    canonical = canon.canonical_indicator(indicator, goal.get("unit"))
    factor, base_unit = canon.split_unit(goal.get("unit"))
    value = goal.get("value")
    year, period_class = goal_year(goal.get("period"), notice_year)
    start, end = _span(goal)
    row = {
        "seq": seq, "indicator": indicator, "value": value, "upper": goal.get("upper"), "unit": goal.get("unit"),
        "base_value": value * factor if isinstance(value, int | float) else None, "base_unit": base_unit,
        "comparator": goal.get("comparator"), "scope": goal.get("scope"),
        "scope_key": canon.scope_key(goal.get("scope"), region), "period": goal.get("period"),
        "period_class": period_class, "year": year, "kind": goal.get("kind"),
        "evidence": goal.get("evidence"), "span_start": start, "span_end": end,
    }
    return GoalRow(row, canonical, indicator, fts.index_tokens(f"{indicator} {canonical}"))


def _assignment_rows(record: NoticeRecord) -> list[AssignmentRow]:
    region = record.meta.get("region")
    rule = lead_rule(record)
    out: list[AssignmentRow] = []
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
        row = {
            "seq": seq, "task": assignment.get("task"), "task_text": task_text,
            "explicit": int(explicit), "lead_basis": basis, "lead_rule": rule if inferred else None,
            "span_start": start, "span_end": end, "annotation_start": ann_start, "annotation_end": ann_end,
        }
        listed = [(name, "lead") for name in lead] + [(name, "unit") for name in units]
        unit_rows = []
        for position, (printed, printed_role) in enumerate(listed):
            unit = canon.canonical_unit(printed, region)
            first_inferred = inferred and position == 0
            unit_rows.append((UnitKey(unit.key, unit.name, unit.region, bool(unit.generic)), {
                "position": position, "role": "lead" if first_inferred else printed_role,
                "printed_role": printed_role, "inferred": int(first_inferred), "printed_name": printed,
                "core_name": canon.unit_core(printed),
            }))
        names = [name for unit, link in unit_rows for name in (link["printed_name"], unit.name)]
        out.append(AssignmentRow(row, unit_rows, fts.task_tokens(task_text, names) if task_text else None))
    return out


def _deadline_row(seq: int, deadline: dict[str, Any]) -> dict[str, Any]:
    start, end = _span(deadline)
    return {
        "seq": seq, "text": deadline.get("text"), "start": deadline.get("start"), "end": deadline.get("end"),
        "recurrence": deadline.get("recurrence"), "day": deadline.get("day"), "task": deadline.get("task"),
        "span_start": start, "span_end": end,
    }
