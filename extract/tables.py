"""Goals read from tables of measures printed a row a line.

`隶 属 | 项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率`, under a caption giving the
units (单位:个、亿元), then `吉首市 | 57 | 82.5 | 65.1 | 78.9%`: each bare figure is a goal
named by its column, scoped by its row's name, in its column's unit. Sentences in cells are
read by the clause reader; this reads only the bare figures it leaves.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.lexicon import alternation, data_kinds, data_lines
from extract.model import Goal, Meta
from extract.numbers import unit_table
from extract.structure import name_and_unit, split_cells

_MIN_MEASURES = 2  # a header of one measure is a list, not a table of measures
_MAX_HEADER_CELL = 14
_CAPTION_REACH = 2  # the caption stands on one of the lines just above the header
_FIGURE = re.compile(r"^(?P<value>-?\d+(?:\.\d+)?)\s*(?P<percent>[%％])?$")


@dataclass(frozen=True)
class _Words:
    caption: re.Pattern[str]
    count: re.Pattern[str]
    total: frozenset[str]
    completing: re.Pattern[str]
    planning: re.Pattern[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    words = data_kinds("goal_measure_tables.tsv")
    return _Words(
        caption=re.compile(rf"^\s*[(（]?(?:{alternation(words['caption'])})\s*[:：]\s*(?P<units>[^)）|｜]{{1,24}})"
                           r"[)）]?\s*$"),
        count=re.compile(rf"(?:{alternation(words['count'])})$"),
        total=frozenset(words["total"]),
        completing=re.compile(alternation(data_lines("goal_completion_verbs.txt"))),
        planning=re.compile(alternation(data_lines("goal_table_plan_headers.txt"))),
    )


@lru_cache(maxsize=1)
def _magnitude_chars() -> frozenset[str]:
    return frozenset("".join(u for u, c in unit_table().items() if c == "magnitude"))


def _category(unit: str) -> str | None:
    """The category of a unit with its magnitude (亿元 → money), from number_units.txt."""
    table = unit_table()
    for k in range(len(unit)):
        if unit[k:] in table and _magnitude_chars().issuperset(unit[:k]):
            return table[unit[k:]]
    return None


def _cells(line: str) -> list[tuple[int, int]] | None:
    """Spans of a row's cells (structure.split_cells), empty cells at its ends left out."""
    spans = split_cells(line)
    while spans and spans[-1][0] >= spans[-1][1]:
        spans.pop()
    while spans and spans[0][0] >= spans[0][1]:
        spans.pop(0)
    return spans


@dataclass
class _Column:
    name: str
    unit: str | None  # None: the figure's own % or nothing
    kind: str
    count: bool


def _header(cells: list[str], units: list[str], report: bool) -> dict[int, _Column] | None:
    """The measure columns of a header row (column → its name, unit and kind), or None."""
    w = _words()
    if len(cells) < _MIN_MEASURES + 1 or any(_FIGURE.match(c) or len(c) > _MAX_HEADER_CELL for c in cells):
        return None
    counts = [u for u in units if _category(u) == "count"]
    amounts = [u for u in units if _category(u) not in (None, "count")]
    columns: dict[int, _Column] = {}
    for i, cell in enumerate(cells[1:], start=1):
        name, unit = name_and_unit("".join(cell.split()))
        count = bool(w.count.search(name))
        if not unit:
            unit = (counts or [None])[0] if count else (amounts or [None])[0]
        if w.completing.search(name):
            kind = "actual"
        elif w.planning.search(name):
            kind = "target"
        else:
            kind = "actual" if report else "target"
        columns[i] = _Column(name, unit, kind, count)
    return columns if len(columns) >= _MIN_MEASURES else None


def measure_table_goals(text: str, meta: Meta, report: bool) -> list[Goal]:
    """The goals of every table of measures in the text (see the module's doc)."""
    if "|" not in text and "｜" not in text and "\t" not in text:
        return []  # most notices print no table a row a line
    w = _words()
    goals: list[Goal] = []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    columns: dict[int, _Column] | None = None
    for n, line in enumerate(lines):
        spans = _cells(line)
        if spans is None:
            columns = None
            continue
        cells = [line[a:b] for a, b in spans]
        if not cells:
            continue  # a row of empty cells (| | |)
        if columns is None:
            caption = next((m for k in range(max(0, n - _CAPTION_REACH), n) if (m := w.caption.match(lines[k]))), None)
            units = [u.strip() for u in re.split(r"[、，,/;；\s]+", caption.group("units")) if u.strip()] \
                if caption else []
            columns = _header(cells, units, report)
            continue
        figures = {i: m for i, c in enumerate(cells) if (m := _FIGURE.match(c))}
        name = "".join(cells[0].split())
        if len(figures) < _MIN_MEASURES or 0 in figures or not name:
            continue
        for i, figure in figures.items():
            column = columns.get(i)
            unit = "%" if figure.group("percent") else column.unit if column else None
            if column is None or column.count or unit is None:
                continue
            a, b = starts[n] + spans[0][0], starts[n] + spans[i][1]
            goals.append(Goal(
                indicator=column.name, value=float(figure.group("value")), unit=unit, comparator="=",
                scope=None if name in w.total else name, period=str(meta.year) if meta.year else None,
                kind=column.kind, evidence=text[a:b], span=(a, b),
                reason=f"kind:table-{column.kind} period:plan-year"))
    return goals
