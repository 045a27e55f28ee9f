"""Questions users ask of the store, as functions returning plain dataclasses.

Every value a user supplies reaches SQLite as a parameter; search text is turned into
quoted FTS phrases by `store.fts.match_expression` first. Regions are matched in Python
against the regions the store holds (`万载` finds `万载县`), then passed as parameters.
"""
from __future__ import annotations

import functools
import inspect
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import sqlite_utils

from policydb.errors import CODES, PolicydbError
from store import canon, fts
from store.schema import FTS_TABLE, NOTICE_FTS

T = TypeVar("T")

ROLES = ("lead", "unit", "any")


@dataclass
class SearchHit:
    kind: str  # "task" | "goal" | "notice"
    ref_id: int  # assignments.id, goals.id or notices.search_id
    notice_id: str
    region: str | None
    year: int | None
    title: str | None
    body: str
    score: float


@dataclass
class LeadAnswer:
    """One task matching a `who leads` query, with who leads it and why we say so."""

    rank: int
    region: str | None
    year: int | None
    title: str | None
    task: str | None
    lead: list[str]  # as printed (or, when inferred, the first unit listed)
    lead_canonical: list[str]
    units: list[str]  # the other responsible units, as printed
    units_canonical: list[str]
    lead_basis: str  # "printed" | "document_rule" | "none"
    rule: str | None  # the notice's own words the lead was inferred from
    explicit: bool
    covered_text: str | None
    span: list[int] | None
    notice_id: str
    assignment_id: int
    match: str  # "exact" (holds the query as written) or "words" (holds each of its words)
    score: float | None
    url: str | None = None  # where the notice was scraped from, when its scraper said

    @property
    def note(self) -> str:
        if self.lead_basis == "document_rule":
            return f"lead inferred: the notice says 「{self.rule}」, and {self.lead[0]} is listed first"
        if self.lead_basis == "none":
            return "no lead unit printed; responsible units listed"
        return "lead printed in the notice"


@dataclass
class UnitTask:
    role: str  # "lead" | "unit"
    inferred: bool
    printed_name: str
    unit: str  # canonical
    region: str | None
    year: int | None
    title: str | None
    task: str | None
    lead: list[str]
    units: list[str]
    covered_text: str | None
    notice_id: str
    assignment_id: int
    url: str | None = None


@dataclass
class GoalRow:
    region: str | None
    year: int | None
    kind: str | None
    indicator: str
    printed_indicator: str | None
    comparator: str | None
    value: float | None
    unit: str | None
    scope: str | None
    period: str | None
    evidence: str | None
    span: list[int] | None
    title: str | None
    notice_id: str
    goal_id: int
    url: str | None = None


# --- helpers ---------------------------------------------------------------------------

# SQLite's integers are 64-bit: a larger year or limit cannot reach it as a parameter.
_SQLITE_INT = (-(2 ** 63), 2 ** 63 - 1)


def checked_query(func: Callable[..., T]) -> Callable[..., T]:
    """A query function that refuses, with E016 naming the value, what SQLite cannot take:
    text holding a lone surrogate (a broken escape, half a character) and integers beyond
    64 bits. Caught here, before any SQL runs, rather than as an encoder's or driver's error."""
    signature = inspect.signature(func)

    @functools.wraps(func)
    def checked(*args: Any, **kwargs: Any) -> T:
        for name, value in signature.bind(*args, **kwargs).arguments.items():
            if isinstance(value, str):
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError as exc:
                    raise PolicydbError("E016", f"{name} holds {value[exc.start]!r} at {exc.start}, half of a "
                                                "character (a lone surrogate): it cannot be searched for") from None
            elif isinstance(value, int) and not isinstance(value, bool) and \
                    not _SQLITE_INT[0] <= value <= _SQLITE_INT[1]:
                raise PolicydbError("E016", f"{name} {value} is beyond what the store can compare (64-bit integers)")
        return func(*args, **kwargs)
    return checked


@checked_query
def matching_regions(db: sqlite_utils.Database, region: str | None, *, within: bool = False) -> list[str] | None:
    """The stored regions a user's region names; None when no region was asked for.

    A name the division table knows is matched by its code, however it is written (广西
    and 广西壮族自治区, 浦东新区 and 上海市浦东新区); any name also by its stem (万载 for 万载县,
    a place the table lacks). With `within`, every stored region that lies in it too
    (宜春市 → 万载县, 袁州区 …), by the division codes the notices carry.
    """
    if not region:
        return None
    code = canon.division_code(region)
    # A stored region the user's names starts with its stem (万载 for 万载县): only those
    # are read, by a range on the region index, however many regions the store holds.
    stem = canon.region_stem(region)
    stored = [row[0] for row in db.execute("SELECT DISTINCT region FROM notices WHERE region >= ? AND region < ?",
                                           [stem, stem + "\U0010ffff"])]
    named = {r for r in stored if canon.region_matches(region, r)}
    if code:
        named.update(row[0] for row in db.execute("SELECT DISTINCT region FROM notices WHERE region_code = ?", [code]))
    if not within or not named:
        return sorted(named)
    codes = {code} if code else set()
    codes.update(row[0] for row in db.execute(
        f"SELECT DISTINCT region_code FROM notices WHERE region_code IS NOT NULL AND {_in('region', list(named))}",
        list(named)))
    inside = [row[0] for code in codes for row in db.execute(
        "SELECT DISTINCT region FROM notices WHERE city_code = ? OR province_code = ?", [code, code])]
    return sorted(named | set(inside))


def _in(column: str, values: list[Any]) -> str:
    return f"{column} IN ({', '.join('?' for _ in values)})"


def _filters(regions: list[str] | None, year: int | None, region_col: str, year_col: str) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if regions is not None:
        clauses.append(_in(region_col, regions) if regions else "0")
        params.extend(regions)
    if year is not None:
        clauses.append(f"{year_col} = ?")
        params.append(year)
    return "".join(f" AND {c}" for c in clauses), params


# --- search ----------------------------------------------------------------------------

@checked_query
def search(db: sqlite_utils.Database, query: str, *, kind: str | None = None, region: str | None = None,
           year: int | None = None, limit: int = 20) -> list[SearchHit]:
    """Full-text search over notices' texts (as far as `policydb index` has indexed them),
    task texts and goal indicators: every word of the query in each hit, best first (bm25).

    A notice hit's `body` is the stretch of its text around the first word found."""
    expression = fts.match_expression(query)
    if expression is None:
        return []
    regions = matching_regions(db, region)
    hits: list[SearchHit] = []
    if kind in (None, "task", "goal"):
        where, params = _filters(regions, year, "d.region", "d.year")
        if kind:
            where += " AND d.kind = ?"
            params.append(kind)
        where, params = _rank_window(db, FTS_TABLE, expression, where, params)
        sql = (f"SELECT d.kind, d.ref_id, d.notice_id, d.region, d.year, d.title, d.body, bm25({FTS_TABLE}) AS score "
               f"FROM {FTS_TABLE} JOIN search_docs d ON d.id = {FTS_TABLE}.rowid "
               f"WHERE {FTS_TABLE} MATCH ?{where} ORDER BY score, d.id LIMIT ?")
        hits.extend(SearchHit(*row) for row in db.execute(sql, [expression, *params, limit]).fetchall())
    if kind in (None, "notice"):
        where, params = _filters(regions, year, "n.region", "n.year")
        where, params = _rank_window(db, NOTICE_FTS, expression, where, params)
        sql = (f"SELECT n.search_id, n.id, n.region, n.year, n.title, n.text, bm25({NOTICE_FTS}) AS score "
               f"FROM {NOTICE_FTS} JOIN notices n ON n.search_id = {NOTICE_FTS}.rowid "
               f"WHERE {NOTICE_FTS} MATCH ?{where} ORDER BY score, n.search_id LIMIT ?")
        words = fts.query_words(query)
        hits.extend(SearchHit("notice", search_id, notice_id, notice_region, notice_year, title,
                              _passage(text, words), score)
                    for search_id, notice_id, notice_region, notice_year, title, text, score
                    in db.execute(sql, [expression, *params, limit]).fetchall())
    return sorted(hits, key=lambda hit: hit.score)[:limit]


# Characters of a notice's text shown on each side of the word a search found in it.
_PASSAGE_REACH = 40


def _passage(text: str, words: list[str]) -> str:
    at = min((i for i in (text.find(word) for word in words) if i >= 0), default=0)
    start = max(0, at - _PASSAGE_REACH)
    return ("…" if start else "") + text[start:at + _PASSAGE_REACH * 2].replace("\n", " ") + "…"


# Ranking (bm25) costs a lookup per matching document. A query that names no region or
# year and matches more documents than this (招商引资 in a store of 100,000 notices) is
# ranked among its most recently stored matches, so an answer comes in milliseconds.
RANK_AT_MOST = 3000


def _rank_window(db: sqlite_utils.Database, table: str, expression: str, where: str,
                 params: list[Any]) -> tuple[str, list[Any]]:
    if where:  # filtered: bm25 is computed only for the rows that pass
        return where, params
    floor = db.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC "
                       "LIMIT 1 OFFSET ?", [expression, RANK_AT_MOST - 1]).fetchone()
    if floor is None:
        return where, params
    return f" AND {table}.rowid >= ?", [floor[0]]


# --- who leads -------------------------------------------------------------------------

def _assignment_units(db: sqlite_utils.Database, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    if not ids:
        return {}
    rows = db.query(
        "SELECT au.assignment_id, au.role, au.inferred, au.printed_name, u.name AS unit "
        f"FROM assignment_units au JOIN units u ON u.id = au.unit_id WHERE {_in('au.assignment_id', ids)} "
        "ORDER BY au.assignment_id, au.position", ids)
    grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[row["assignment_id"]].append(row)
    return grouped


@checked_query
def who_leads(db: sqlite_utils.Database, query: str, *, region: str | None = None, year: int | None = None,
              limit: int = 10) -> list[LeadAnswer]:
    """Which unit leads the task the query describes: best-matching tasks, each with its leads.

    Tasks holding the query as written come first, then tasks holding each of its
    words; each group is ranked by full-text relevance (bm25).
    """
    regions = matching_regions(db, region)
    filters, filter_params = _filters(regions, year, "d.region", "d.year")
    ranked: list[tuple[int, str, float | None]] = []
    seen: set[int] = set()
    # A task holding the query's exact words answers it better than one that only shares
    # its words (`明确重点招商方向` is item 4's heading, though item 6 also says
    # 明确的招商方向): exact matches first, then the rest, each ranked by bm25.
    for how, expression in (("exact", fts.exact_expression(query)), ("words", fts.match_expression(query))):
        if expression is None or len(ranked) >= limit:
            continue
        where, params = _rank_window(db, FTS_TABLE, expression, filters, filter_params)
        sql = ("SELECT d.ref_id, bm25(search_fts) AS score FROM search_fts JOIN search_docs d "
               f"ON d.id = search_fts.rowid WHERE search_fts MATCH ? AND d.kind = 'task'{where} "
               "ORDER BY score, d.id LIMIT ?")
        for ref_id, score in db.execute(sql, [expression, *params, limit]).fetchall():
            if ref_id not in seen:
                seen.add(ref_id)
                ranked.append((ref_id, how, score))
    ranked = ranked[:limit]
    ids = [r[0] for r in ranked]
    if not ids:
        return []
    info = {row["id"]: row for row in db.query(
        "SELECT a.id, a.task, a.task_text, a.explicit, a.lead_basis, a.lead_rule, a.span_start, a.span_end, "
        "a.notice_id, n.region, n.year, n.title, n.url FROM assignments a JOIN notices n ON n.id = a.notice_id "
        f"WHERE {_in('a.id', ids)}", ids)}
    ids = [r[0] for r in ranked]
    members = _assignment_units(db, ids)
    answers = []
    for rank, (assignment_id, how, score) in enumerate(ranked, start=1):
        row = info[assignment_id]
        lead = [m for m in members[assignment_id] if m["role"] == "lead"]
        units = [m for m in members[assignment_id] if m["role"] == "unit"]
        answers.append(LeadAnswer(
            rank=rank, region=row["region"], year=row["year"], title=row["title"], task=row["task"],
            lead=[m["printed_name"] for m in lead], lead_canonical=[m["unit"] for m in lead],
            units=[m["printed_name"] for m in units], units_canonical=[m["unit"] for m in units],
            lead_basis=row["lead_basis"], rule=row["lead_rule"], explicit=bool(row["explicit"]),
            covered_text=row["task_text"],
            span=[row["span_start"], row["span_end"]] if row["span_start"] is not None else None,
            notice_id=row["notice_id"], assignment_id=assignment_id, match=how, score=score, url=row["url"]))
    return answers


# --- what a unit does ------------------------------------------------------------------

@checked_query
def tasks_for_unit(db: sqlite_utils.Database, unit: str, *, region: str | None = None, role: str = "any",
                   year: int | None = None, within: bool = False) -> list[UnitTask]:
    """Tasks a unit leads (`role='lead'`), shares (`'unit'`) or either, across notices
    (of a region, with `within` its counties or cities too).

    The name may be printed (`市发改委`, matched through the aliases to rows printed
    `市发展改革委`) or canonical (`沧州市发展改革委`).
    """
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}, not {role!r}")
    regions = matching_regions(db, region, within=within)
    core = canon.unit_core(unit)
    names = {canon.clean(unit), core}
    for resolved in regions or []:
        names.add(canon.canonical_unit(unit, resolved).name)
    names_list = sorted(names)
    where, params = _filters(regions, year, "n.region", "n.year")
    if role != "any":
        where += " AND au.role = ?"
        params.append(role)
    sql = ("SELECT au.assignment_id, au.role, au.inferred, au.printed_name, u.name AS unit, n.region, n.year, "
           "n.title, n.url, a.task, a.task_text, a.notice_id FROM assignment_units au "
           "JOIN units u ON u.id = au.unit_id JOIN assignments a ON a.id = au.assignment_id "
           "JOIN notices n ON n.id = a.notice_id "
           f"WHERE ({_in('au.core_name', names_list)} OR {_in('u.name', names_list)} OR au.printed_name = ?)"
           f"{where} ORDER BY n.year, n.region, a.notice_id, a.seq, au.position")
    rows = list(db.query(sql, [*names_list, *names_list, unit.strip(), *params]))
    members = _assignment_units(db, sorted({row["assignment_id"] for row in rows}))
    tasks = []
    seen: set[tuple[int, str]] = set()
    for row in rows:
        # A unit printed twice in one annotation (as lead and unit) is one task.
        if (row["assignment_id"], row["role"]) in seen:
            continue
        seen.add((row["assignment_id"], row["role"]))
        group = members[row["assignment_id"]]
        tasks.append(UnitTask(
            role=row["role"], inferred=bool(row["inferred"]), printed_name=row["printed_name"], unit=row["unit"],
            region=row["region"], year=row["year"], title=row["title"], task=row["task"],
            lead=[m["printed_name"] for m in group if m["role"] == "lead"],
            units=[m["printed_name"] for m in group if m["role"] == "unit"],
            covered_text=row["task_text"], notice_id=row["notice_id"], assignment_id=row["assignment_id"],
            url=row["url"]))
    return tasks


# --- goals -----------------------------------------------------------------------------

_GOAL_SQL = ("SELECT g.id, n.region, g.year, g.kind, i.name AS canonical, g.indicator, g.comparator, g.value, "
             "g.unit, g.base_value, g.base_unit, g.scope, g.scope_key, g.period, g.period_class, g.evidence, "
             "g.span_start, g.span_end, n.title, n.url, g.notice_id FROM goals g JOIN notices n ON n.id = g.notice_id "
             "JOIN indicators i ON i.id = g.indicator_id WHERE 1")


@checked_query
def list_goals(db: sqlite_utils.Database, *, region: str | None = None, year: int | None = None,
               kind: str | None = None, indicator: str | None = None, limit: int | None = None,
               within: bool = False) -> list[GoalRow]:
    """Goals, filtered by region (with `within`, its counties or cities too), the year they
    are for, kind and (canonical) indicator."""
    where, params = _filters(matching_regions(db, region, within=within), year, "n.region", "g.year")
    if kind:
        where += " AND g.kind = ?"
        params.append(kind)
    if indicator:
        where += " AND (i.name = ? OR g.indicator = ?)"
        params.extend([canon.canonical_indicator(indicator), indicator])
    sql = f"{_GOAL_SQL}{where} ORDER BY n.region, g.year, g.notice_id, g.seq"
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return [GoalRow(
        region=r["region"], year=r["year"], kind=r["kind"], indicator=r["canonical"],
        printed_indicator=r["indicator"], comparator=r["comparator"], value=r["value"], unit=r["unit"],
        scope=r["scope"], period=r["period"], evidence=r["evidence"],
        span=[r["span_start"], r["span_end"]] if r["span_start"] is not None else None,
        title=r["title"], notice_id=r["notice_id"], goal_id=r["id"], url=r["url"]) for r in db.query(sql, params)]


# --- notices ---------------------------------------------------------------------------

@dataclass
class NoticeRow:
    """A stored notice as `policydb notices` lists it: what it is, where it came from, and
    what a year-over-year question cannot use it for (no region, no year)."""

    notice_id: str
    region: str | None
    region_code: str | None
    year: int | None
    issued: str | None
    title: str | None
    url: str | None
    source: str
    sources: int  # paths holding this notice's text
    supplied: list[str]  # the fields a manifest or sidecar supplied
    goals: int
    assignments: int
    flags: list[str]  # "no region", "no year"


@checked_query
def list_notices(db: sqlite_utils.Database, *, region: str | None = None, year: int | None = None,
                 within: bool = False, flagged: bool = False, limit: int | None = None) -> list[NoticeRow]:
    """Stored notices by region and year; `flagged` keeps those with no region or no year."""
    where, params = _filters(matching_regions(db, region, within=within), year, "n.region", "n.year")
    if flagged:
        where += " AND (n.region IS NULL OR n.region = '' OR n.year IS NULL)"
    sql = ("SELECT n.id, n.region, n.region_code, n.year, n.issued, n.title, n.url, n.source, n.supplied, "
           "(SELECT COUNT(*) FROM sources s WHERE s.notice_id = n.id) AS sources, "
           "(SELECT COUNT(*) FROM goals g WHERE g.notice_id = n.id) AS goals, "
           "(SELECT COUNT(*) FROM assignments a WHERE a.notice_id = n.id) AS assignments "
           f"FROM notices n WHERE 1{where} ORDER BY n.region IS NULL, n.region, n.year, n.issued, n.id")
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    rows = []
    for r in db.query(sql, params):
        flags = [flag for flag, missing in (("no region", not r["region"]), ("no year", r["year"] is None)) if missing]
        rows.append(NoticeRow(
            notice_id=r["id"], region=r["region"], region_code=r["region_code"], year=r["year"], issued=r["issued"],
            title=r["title"], url=r["url"], source=r["source"], sources=r["sources"],
            supplied=json.loads(r["supplied"]) if r["supplied"] else [], goals=r["goals"],
            assignments=r["assignments"], flags=flags))
    return rows


def document_rules(db: sqlite_utils.Database, notice_id: str) -> list[str]:
    row = db.execute("SELECT document_rules FROM notices WHERE id = ?", [notice_id]).fetchone()
    return json.loads(row[0]) if row and row[0] else []


# --- why an answer is empty ----------------------------------------------------------------

# What each question counts (its rows, joined to their notice), and the year it is asked by:
# a goal's own year (the year it is for), a task's or notice's notice year.
_COUNTED = {
    "goals": ("goals g JOIN notices n ON n.id = g.notice_id", "g.year"),
    "tasks": ("assignments a JOIN notices n ON n.id = a.notice_id", "n.year"),
    "notices": ("notices n", "n.year"),
}


@checked_query
def explain_empty(db: sqlite_utils.Database, what: str = "goals", *, region: str | None = None,
                  year: int | None = None, within: bool = False) -> str | None:
    """Why a question about `what` (goals, tasks or notices) of a region and year finds
    nothing, as far as the store can tell; None when the region and year are not why (the
    other filters or the query's words are)."""
    rows, year_col = _COUNTED[what]
    if not db.execute("SELECT COUNT(*) FROM notices").fetchone()[0]:
        return "the store holds no notice yet (policydb ingest PATH… fills it)"
    regions = matching_regions(db, region, within=within)
    place = "/".join(regions) if regions else "the store"
    if regions is not None and not regions:
        return f"no notice of region {region!r} is stored (policydb notices lists the regions stored)"
    where, params = _filters(regions, None, "n.region", year_col)
    if not db.execute(f"SELECT COUNT(*) FROM {rows} WHERE 1{where}", params).fetchone()[0]:
        notices = db.execute(f"SELECT COUNT(*) FROM notices n WHERE 1{where}", params).fetchone()[0]
        return f"{place} has {notices} notice(s) but no {what}"
    if year is None:
        return None
    years = [row[0] for row in db.execute(
        f"SELECT DISTINCT {year_col} FROM {rows} WHERE {year_col} IS NOT NULL{where} ORDER BY 1", params)]
    if year in years:
        return None
    undated = db.execute(f"SELECT COUNT(*) FROM notices n WHERE n.year IS NULL{where}", params).fetchone()[0]
    shown = ", ".join(map(str, years)) if len(years) <= 8 else f"{len(years)} years, {years[0]}–{years[-1]}"
    reason = f"{place} has {what}, but none for {year} (years stored: {shown or 'none'})"
    if undated:
        reason += f"; {undated} notice(s) have no year (policydb notices --flagged; ingest --manifest supplies one)"
    return reason


# --- rejections ----------------------------------------------------------------------------

@dataclass
class RejectionRow:
    """A file ingest could not store, with its error code and what the code means."""

    path: str
    code: str
    meaning: str
    reason: str
    rejected_at: str | None


@checked_query
def list_rejections(db: sqlite_utils.Database, *, code: str | None = None,
                    limit: int | None = None) -> list[RejectionRow]:
    """The files ingest rejected and has not since stored, newest first."""
    sql = "SELECT path, code, reason, rejected_at FROM rejections WHERE 1"
    params: list[Any] = []
    if code:
        sql += " AND code = ?"
        params.append(code.upper())
    sql += " ORDER BY rejected_at DESC, path"
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return [RejectionRow(path=r["path"], code=r["code"], meaning=CODES.get(r["code"], CODES["E999"]),
                         reason=r["reason"], rejected_at=r["rejected_at"]) for r in db.query(sql, params)]
