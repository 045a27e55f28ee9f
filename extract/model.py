"""The facts extraction produces, one dataclass each, in the shape of the export format.

Spans are `[start, end)` character offsets into the normalised text that extraction
was given; `text[start:end]` is the evidence (goals), the covered task text
(assignments) or the deadline's words.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache


@dataclass
class Block:
    """One line of the notice with its place in the numbering hierarchy.

    `path` is the numbering path of the item the line belongs to, outer to inner, numbers
    as printed without brackets (`("三", "一")`); empty before the first numbered item.
    `cells` is set for table rows (`a | b | c` lines) keyed by header, when a header row
    was seen.
    """

    start: int
    end: int
    path: tuple[str, ...]
    is_heading: bool = False
    cells: dict[str, str] | None = None

    @property
    def task(self) -> str | None:
        return "/".join(self.path) if self.path else None


@dataclass(frozen=True)
class Section:
    """The role of a section for the lines under it: `review` of the past (一、2020年工作回顾),
    `progress` made this year (一、目标任务进展情况) or `plan` (二、2021年主要目标); the year its
    heading names, and the span of years where it names a plan's (“十四五”时期) or, in
    `back`, how many years before the notice's it looks back on (过去五年工作回顾), in `ahead`
    how many from the notice's on it plans (今后五年的重点目标); the one
    quarter it names (一、1-3月份主要经济指标完成情况)."""

    role: str
    year: int | None
    span: str | None = None
    back: int | None = None
    ahead: int | None = None
    quarter: int | None = None


@dataclass(slots=True)
class Clause:
    """One clause (，) of a line, as goals read them: `chain` (；) and `sentence` (。)
    numbers tell clauses of one chain or sentence apart; `line` is the line number."""

    start: int
    end: int
    chain: int
    sentence: int
    line: int


@dataclass(frozen=True)
class Decision:
    """A number or time word a component weighed and left, and why (a short code, e.g.
    `goal:qualifier`, `deadline:scopes-goal`), for the review page."""

    span: tuple[int, int]
    reason: str


@dataclass
class Meta:
    title: str | None = None
    issuer: str | None = None
    issued: str | None = None  # ISO date
    region: str | None = None
    # The region's 6-digit administrative division code (extract/gazetteer.py), so that a
    # query can go up to its province or down to its counties. Not exported.
    region_code: str | None = None
    year: int | None = None
    doc_number: str | None = None
    script: str | None = None
    # Years the plan sets targets for; more than one for a multi-year plan.
    plan_years: list[int] = field(default_factory=list)
    # A report (news, a statistical bulletin, a progress 通报) rather than a plan: its
    # figures are achieved ones and its dates narrate. Not exported.
    report: bool = False
    # Where the scrape came from, when its scraper said (a manifest or sidecar).
    url: str | None = None
    # The fields a manifest or sidecar supplied, which won over those the text gave.
    supplied: tuple[str, ...] = ()


@dataclass
class Goal:
    indicator: str
    value: float
    unit: str
    comparator: str
    scope: str | None
    period: str | None
    kind: str
    evidence: str
    span: tuple[int, int]
    # Why the number was taken as this kind of goal (not exported; the review page shows it).
    reason: str = ""
    # The top of a range (5.0%—5.5%: value 5.0 with `>=`, upper 5.5). Not exported; the
    # store keeps it, so years compare ranges as ranges.
    upper: float | None = None


@dataclass
class Assignment:
    task: str | None
    lead: list[str]
    units: list[str]
    explicit: bool
    span: tuple[int, int]
    # Where the annotation itself stands (not exported; the store shows it).
    annotation_span: tuple[int, int] | None = None


@dataclass
class Deadline:
    text: str
    start: str | None
    end: str | None
    recurrence: str | None
    day: int | None
    task: str | None
    span: tuple[int, int]
    # Which rule read the words as a deadline (not exported; the review page shows it).
    reason: str = ""


_PRIVATE_FIELDS = frozenset({"annotation_span", "reason", "upper"})


@cache
def _export_fields(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind) if f.name not in _PRIVATE_FIELDS)


def as_export(fact: Goal | Assignment | Deadline) -> dict:
    """The fact as an export-format dict (EXPORT.md): spans as lists, private fields dropped."""
    # A shallow copy (lists copied): `asdict` deep-copies every value, at 10% of the
    # time of parsing a notice.
    data = {name: getattr(fact, name) for name in _export_fields(type(fact))}
    for name, value in data.items():
        if isinstance(value, list | tuple):
            data[name] = list(value)
    return data
