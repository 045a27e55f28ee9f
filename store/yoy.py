"""Year over year: a region's goals compared between years, followed over years, judged
against what was achieved, and set beside those of the regions it contains.

    store.diff_targets(db, "上海", 2024, 2025)          # targets of 2024 beside those of 2025
    store.goal_series(db, "上海", "地区生产总值增长")        # every year's target and actual
    store.attainment(db, "上海", 2024)                  # 2024's targets against 2024's actuals
    store.cascade(db, "广东省", 2024, "地区生产总值增长")    # the province's target, then its cities'

Goals meet by what they are for: the canonical indicator (indicator_aliases.tsv), the
scope (`''` for the whole region), the kind (a target with a target, an actual with an
actual) and the year the goal is for, never the year of the notice that printed it —
a 2025 work report's review of 2024 is 2024's actual. Regions meet by their division
code (`matching_regions`). Values are compared in base units (6.6亿美元 = 66000万美元).
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any

import sqlite_utils

from store import canon
from store.query import _in, checked_query, matching_regions

# Kinds that say what a year should reach, and the kind that says what it reached.
TARGET_KINDS = ("target", "stretch")
ACTUAL = "actual"
STATUSES = ("changed", "same", "incomparable", "new", "dropped")
# The statuses `diff` shows unless asked for all: the pairs, each side with its evidence.
PAIRED = ("changed", "same", "incomparable")

_FIGURE_SQL = (
    "SELECT g.id, n.region, n.region_code, n.year AS notice_year, g.year, g.kind, i.name AS canonical, g.indicator, "
    "g.comparator, g.value, g.upper, g.unit, g.base_value, g.base_unit, g.scope, g.scope_key, g.period, "
    "g.period_class, g.evidence, g.span_start, g.span_end, g.seq, n.title, n.url, g.notice_id "
    "FROM goals g JOIN notices n ON n.id = g.notice_id JOIN indicators i ON i.id = g.indicator_id WHERE ")


@dataclass
class Figure:
    """One goal as a side of a comparison: what was printed, where, and for when."""

    value: float | None
    upper: float | None  # the top of a range (5.0%—5.5%), else None
    unit: str | None
    comparator: str | None
    kind: str | None
    year: int | None  # the year the goal is for
    period: str | None
    indicator: str | None  # as printed
    scope: str | None
    region: str | None
    evidence: str | None
    span: list[int] | None
    title: str | None
    notice_id: str
    url: str | None = None
    others: int = 0  # further goals of the same key and year, not shown

    @property
    def text(self) -> str:
        """The figure as one reads it: `>= 5—5.5 %`, `~ 1200 万人`."""
        return figure_text(self.value, self.upper, self.unit, self.comparator)


def figure_text(value: float | None, upper: float | None, unit: str | None, comparator: str | None = None) -> str:
    """A figure with its comparator, its range's top and its unit: `>= 5—5.5 %`."""
    shown = canon.number_text(value) if value is not None else "?"
    if upper is not None:
        shown += f"—{canon.number_text(upper)}"
    words = "" if comparator in (None, "=") else f"{comparator} "
    return f"{words}{shown} {unit or ''}".strip()


@dataclass
class DiffRow:
    indicator: str  # canonical
    scope: str | None
    kind: str | None
    period_class: str
    status: str  # one of STATUSES
    before: Figure | None
    after: Figure | None
    change: float | None = None  # in the `after` side's unit (percentage points for %)
    change_unit: str | None = None
    relative: float | None = None  # (after − before) / before


@dataclass
class DiffReport:
    region: str
    regions: list[str]  # the stored regions that matched
    from_year: int
    to_year: int
    rows: list[DiffRow] = field(default_factory=list)
    hidden: dict[str, int] = field(default_factory=dict)  # status → rows left out by the filters


@dataclass
class SeriesPoint:
    year: int
    kind: str
    figure: Figure


@dataclass
class AttainmentRow:
    indicator: str  # canonical
    scope: str | None
    target: Figure
    actual: Figure | None
    status: str  # "met" | "missed" | "unknown"
    reason: str  # why, in words: the rule applied, or what is missing


@dataclass
class CascadeRow:
    region: str
    region_code: str | None
    level: str  # "province" | "city" | "county" | "region"
    parent: str | None  # the stored region above it in this answer
    figure: Figure
    above_parent: float | None  # its value minus its parent's, in the parent's unit (层层加码 > 0)


# --- reading goals ---------------------------------------------------------------------

def _figures(db: sqlite_utils.Database, where: str, params: list[Any]) -> list[dict[str, Any]]:
    return list(db.query(_FIGURE_SQL + where + " ORDER BY g.year, g.notice_id, g.seq", params))


def _figure(row: dict[str, Any], others: int = 0) -> Figure:
    return Figure(value=row["value"], upper=row["upper"], unit=row["unit"], comparator=row["comparator"],
                  kind=row["kind"], year=row["year"], period=row["period"], indicator=row["indicator"],
                  scope=row["scope"], region=row["region"], evidence=row["evidence"],
                  span=[row["span_start"], row["span_end"]] if row["span_start"] is not None else None,
                  title=row["title"], notice_id=row["notice_id"], url=row["url"], others=others)


def _best(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The goal that speaks for a key's year: one from a notice of that year (the year's
    own work report, not a later one quoting it), then the first printed."""
    return min(rows, key=lambda r: (r["notice_year"] != r["year"], r["notice_year"] or 0, r["seq"]))


def _indicator_filter(indicator: str | None) -> tuple[str, list[Any]]:
    if not indicator:
        return "", []
    return " AND (i.name = ? OR g.indicator = ?)", [canon.canonical_indicator(indicator), indicator]


def _key(row: dict[str, Any]) -> tuple[str, str, str, str]:
    return row["canonical"], row["scope_key"] or "", row["kind"] or "", row["period_class"] or ""


# --- diff ------------------------------------------------------------------------------

@checked_query
def diff_targets(db: sqlite_utils.Database, region: str, from_year: int, to_year: int, *,
                 kind: str | None = None, indicator: str | None = None,
                 statuses: Iterable[str] | None = None) -> DiffReport:
    """Compare one region's goals for two years, indicator by indicator (and scope, kind,
    period class): `changed`, `same`, `incomparable` (units differ), `new`, `dropped`.

    `statuses` keeps only rows of those statuses (the others are counted in `hidden`);
    `kind` and `indicator` (canonical or as printed) narrow the goals compared.
    """
    regions = matching_regions(db, region) or []
    report = DiffReport(region=region, regions=regions, from_year=from_year, to_year=to_year)
    if not regions:
        return report
    where = f"{_in('n.region', regions)} AND g.year IN (?, ?)"
    params: list[Any] = [*regions, from_year, to_year]
    if kind:
        where += " AND g.kind = ?"
        params.append(kind)
    extra, extra_params = _indicator_filter(indicator)
    by_key: dict[tuple[str, str, str, str], dict[int, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for row in _figures(db, where + extra, params + extra_params):
        by_key[_key(row)][row["year"]].append(row)
    wanted = set(statuses) if statuses is not None else set(STATUSES)
    for (name, scope, kind_of, period_class), years in by_key.items():
        old, new = years.get(from_year), years.get(to_year)
        diff = DiffRow(indicator=name, scope=(old or new)[0]["scope"] if scope else None, kind=kind_of or None,
                       period_class=period_class, status="new" if not old else "dropped" if not new else "changed",
                       before=_figure(_best(old), len(old) - 1) if old else None,
                       after=_figure(_best(new), len(new) - 1) if new else None)
        if old and new:
            _compare(diff, _best(old), _best(new))
        if diff.status in wanted:
            report.rows.append(diff)
        else:
            report.hidden[diff.status] = report.hidden.get(diff.status, 0) + 1
    order = {status: rank for rank, status in enumerate(("changed", "same", "incomparable", "dropped", "new"))}

    def reading_order(row: DiffRow) -> tuple[int, int, str]:
        # Within a status, rows follow the notice (a report opens with GDP), not the
        # code-point order of indicator names.
        side = row.after or row.before
        return min(order[row.status], 1), side.span[0] if side and side.span else 0, row.indicator

    report.rows.sort(key=reading_order)
    return report


def _compare(diff: DiffRow, old: dict[str, Any], new: dict[str, Any]) -> None:
    if old["base_value"] is None or new["base_value"] is None or old["base_unit"] != new["base_unit"]:
        diff.status = "incomparable"
        return
    factor, _ = canon.split_unit(new["unit"])
    delta = new["base_value"] - old["base_value"]
    diff.change = round(delta / factor, 6)
    diff.change_unit = "个百分点" if new["base_unit"] == "%" else new["unit"]
    if old["base_value"]:
        diff.relative = round(delta / old["base_value"], 6)
    # A range is compared as a range (5.0—5.5 and 5.0—6.0 share a floor but differ), and
    # the words around a figure are part of it: 1200万人左右 → 1200万人以上 is a change.
    same_top = _base_upper(old) == _base_upper(new)
    same_words = (old["comparator"] or "=") == (new["comparator"] or "=")
    diff.status = "same" if _close(delta, old["base_value"]) and same_top and same_words else "changed"


def _base_upper(row: dict[str, Any]) -> float | None:
    if row["upper"] is None:
        return None
    return row["upper"] * canon.split_unit(row["unit"])[0]


def _close(delta: float, scale: float) -> bool:
    return abs(delta) < 1e-9 * max(1.0, abs(scale))


# --- series ----------------------------------------------------------------------------

@checked_query
def goal_series(db: sqlite_utils.Database, region: str, indicator: str, *, kind: str | None = None,
                scope: str | None = None) -> list[SeriesPoint]:
    """One indicator's targets and actuals for a region, year by year, over every year
    stored: one point per year and kind, from the year's own notice where there is one.
    Only goals for a whole year count (not a quarter's, not a five-year range's)."""
    regions = matching_regions(db, region) or []
    if not regions:
        return []
    where = f"{_in('n.region', regions)} AND g.period_class = '' AND g.year IS NOT NULL AND g.scope_key = ?"
    params: list[Any] = [*regions, canon.scope_key(scope)]
    if kind:
        where += " AND g.kind = ?"
        params.append(kind)
    extra, extra_params = _indicator_filter(indicator)
    grouped: dict[tuple[int, str], list[dict[str, Any]]] = defaultdict(list)
    for row in _figures(db, where + extra, params + extra_params):
        grouped[(row["year"], row["kind"] or "")].append(row)
    return [SeriesPoint(year=year, kind=kind_of, figure=_figure(_best(rows), len(rows) - 1))
            for (year, kind_of), rows in sorted(grouped.items())]


# --- attainment ------------------------------------------------------------------------

@cache
def _lower_is_better() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words of indicators a bare target caps, words that make it a floor again)."""
    lines = [canon.clean(line) for line in canon._lines("indicator_lower_is_better.txt")]
    return tuple(w for w in lines if not w.startswith("!")), tuple(w[1:] for w in lines if w.startswith("!"))


def lower_is_better(indicator: str) -> bool:
    """Whether a bare figure caps the indicator (失业率5.5%: at most), rather than floors it;
    a fall is a floor again (能耗下降3%: at least 3 points of fall)."""
    capped, falls = _lower_is_better()
    return any(w in indicator for w in capped) and not any(w in indicator for w in falls)


@checked_query
def attainment(db: sqlite_utils.Database, region: str, year: int, *,
               indicator: str | None = None) -> list[AttainmentRow]:
    """The region's targets for `year`, each beside the actual figure stored for that
    year (usually from the next year's work report or a 完成情况 通报), judged `met`,
    `missed` or `unknown` (see `judge`)."""
    regions = matching_regions(db, region) or []
    if not regions:
        return []
    where = f"{_in('n.region', regions)} AND g.year = ? AND g.period_class = ''"
    extra, extra_params = _indicator_filter(indicator)
    targets: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    actuals: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in _figures(db, where + extra, [*regions, year, *extra_params]):
        name, scope = row["canonical"], row["scope_key"] or ""
        if row["kind"] in TARGET_KINDS:
            targets[(name, scope, row["kind"])].append(row)
        elif row["kind"] == ACTUAL:
            actuals[(name, scope)].append(row)
    rows = []
    for (name, scope, _), found in targets.items():
        target = _best(found)
        reached = _reported(actuals.get((name, scope), []))
        status, reason = judge(target, reached, name)
        rows.append(AttainmentRow(indicator=name, scope=target["scope"] if scope else None,
                                  target=_figure(target, len(found) - 1),
                                  actual=_figure(reached) if reached else None, status=status, reason=reason))
    rows.sort(key=lambda r: (r.target.notice_id, r.target.span[0] if r.target.span else 0))
    return rows


def _reported(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The actual that reports a whole year: from a notice of a later year (the next
    work report, a bulletin) before one of the year itself (a mid-year estimate)."""
    if not rows:
        return None
    return min(rows, key=lambda r: (not (r["notice_year"] or 0) > r["year"], r["notice_year"] or 0, r["seq"]))


def judge(target: dict[str, Any], actual: dict[str, Any] | None, indicator: str) -> tuple[str, str]:
    """Whether `actual` meets `target`, by the target's comparator:

    - `>=` / `>` (以上, 超过, a range's floor): met when the actual reaches it (`>= 6` is met by 6.0);
    - `<=` / `<` (以内, 控制在…以下): met when the actual stays within it;
    - `=` (a figure printed bare): a floor, or a cap for an indicator listed in
      indicator_lower_is_better.txt (失业率, 居民消费价格涨幅 …);
    - `~` (左右, 约): met when the actual, rounded to the figure's own printed precision,
      reaches it (6%左右 is met by 5.6%, not by 5.4%) — or stays within it, for a cap.
    """
    if actual is None:
        return "unknown", "no actual figure for the year is stored"
    if target["base_value"] is None or actual["base_value"] is None or target["base_unit"] != actual["base_unit"]:
        return "unknown", f"units differ: {target['unit']} and {actual['unit']}"
    aim, got = target["base_value"], actual["base_value"]
    comparator = target["comparator"] or "="
    capped = comparator in ("<=", "<") or (comparator in ("=", "~") and lower_is_better(indicator))
    if comparator == "~":
        got = _rounded_as(got / _factor(target), target["value"]) * _factor(target)
    if comparator in (">", "<"):
        met = got > aim if comparator == ">" else got < aim
    else:
        met = got <= aim + _slack(aim) if capped else got >= aim - _slack(aim)
    rule = f"{'cap' if capped else 'floor'} {figure_text(target['value'], target['upper'], target['unit'], comparator)}"
    return ("met" if met else "missed"), f"{rule}; actual {figure_text(actual['value'], None, actual['unit'])}"


def _factor(row: dict[str, Any]) -> float:
    return canon.split_unit(row["unit"])[0]


def _slack(value: float) -> float:
    # Floating-point noise only: 6.0 in one unit is 6.0 in the other.
    return 1e-9 * max(1.0, abs(value))


def _rounded_as(value: float, printed: float) -> float:
    """`value` rounded half up to the decimals `printed` was written with (5.5 → one)."""
    places = max(0, -Decimal(str(printed)).normalize().as_tuple().exponent)
    scale = 10 ** places
    return math.floor(value * scale + 0.5) / scale



# --- cascade ---------------------------------------------------------------------------

@checked_query
def cascade(db: sqlite_utils.Database, region: str, year: int, indicator: str, *,
            kind: str = "target") -> list[CascadeRow]:
    """A region's goal for `year` beside those of the regions stored within it (a
    province's cities and counties, a city's counties), each with how far it sets its
    figure above the region directly over it (层层加码), by the division codes."""
    regions = matching_regions(db, region, within=True) or []
    if not regions:
        return []
    where = f"{_in('n.region', regions)} AND g.year = ? AND g.kind = ? AND g.period_class = '' AND g.scope_key = ''"
    extra, extra_params = _indicator_filter(indicator)
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in _figures(db, where + extra, [*regions, year, kind, *extra_params]):
        grouped[row["region"]].append(row)
    best = {name: _best(rows) for name, rows in grouped.items()}
    codes = {name: row["region_code"] for name, row in best.items()}
    rows = []
    for name, row in best.items():
        parent = _parent_in(codes.get(name), codes)
        above = None
        if parent and best[parent]["base_value"] is not None and row["base_value"] is not None \
                and best[parent]["base_unit"] == row["base_unit"]:
            above = round((row["base_value"] - best[parent]["base_value"]) / _factor(best[parent]), 6)
        rows.append(CascadeRow(region=name, region_code=codes.get(name), level=_level(codes.get(name)), parent=parent,
                               figure=_figure(row, len(grouped[name]) - 1), above_parent=above))
    rows.sort(key=lambda r: (r.region_code or "999999", r.region))
    return rows


def _level(code: str | None) -> str:
    if not code:
        return "region"
    if code.endswith("0000"):
        return "province"
    return "city" if code.endswith("00") else "county"


def _parent_in(code: str | None, codes: dict[str, str | None]) -> str | None:
    """The answer's region directly above `code`: its city if stored, else its province."""
    if not code:
        return None
    by_code = {c: name for name, c in codes.items() if c}
    for above in (code[:4] + "00", code[:2] + "0000"):
        if above != code and above in by_code:
            return by_code[above]
    return None
