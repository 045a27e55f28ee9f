"""Extraction as a pipeline of registered components over one annotated document.

The `ExtractionDoc` is the notice as every component sees it, in the way spaCy's `Doc`
is: the text, then what each component has worked out about it, recorded once. Each
component is a plain function `(doc) -> None`, registered by name with the attributes it
`requires` (set by earlier components) and the ones it `assigns`:

| component   | requires                                           | assigns |
|-------------|----------------------------------------------------|---------|
| structure   | text                                               | line_starts, blocks, sections, |
|             |                                                    | cell_sections, row_names, row_scopes, |
|             |                                                    | quantities, clauses |
| meta        | text, page_meta, supplied                          | meta (with `report`: news or a bulletin; |
|             |                                                    | a scraper's supplied fields win)  |
| goals       | meta, sections, cell_sections, row_names,          | goals |
|             | row_scopes, quantities, clauses                    |       |
| assignments | blocks                                             | assignments, document_rules |
| deadlines   | meta, blocks, sections, quantities, goals          | deadlines |

Goals and deadlines also append to `decisions` the numbers and time words they weighed
and left, each with a short reason code.

The runner checks both sides: a pipeline that runs a component before what it requires
is refused before anything runs, and after each component it checks that every fact's
span holds its own words, naming the component that broke it. Components
can be swapped by name (a HanLP-backed unit finder, say) without code changes.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from extract.model import Assignment, Block, Clause, Deadline, Decision, Goal, Meta, Section
from extract.numbers import Quantity

log = logging.getLogger(__name__)

_INPUTS = frozenset({"text", "page_meta", "script", "supplied"})


@dataclass
class ExtractionDoc:
    text: str
    page_meta: dict[str, str] = field(default_factory=dict)
    script: str | None = None
    # Metadata the scraper supplied (a manifest row or a sidecar): it wins over the text's.
    supplied: dict[str, object] = field(default_factory=dict)
    # structure
    line_starts: list[int] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    sections: dict[int, Section] = field(default_factory=dict)  # line → its top-level section's role
    # cell start → (cell end, its column's role) in task tables printed a row a line
    cell_sections: dict[int, tuple[int, Section]] = field(default_factory=dict)
    # line start → its row's name, in tables flattened a cell a line with a 指标 column
    row_names: dict[int, str] = field(default_factory=dict)
    # line start → the unit its row is labelled by, in a table of targets by unit (长沙县 | 2180 | …)
    row_scopes: dict[int, str] = field(default_factory=dict)
    quantities: list[Quantity] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)  # of the lines that hold a quantity
    # meta
    meta: Meta = field(default_factory=Meta)
    # facts
    goals: list[Goal] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    document_rules: list[str] = field(default_factory=list)
    # Numbers and time words a component weighed and left, with the reason (review page).
    decisions: list[Decision] = field(default_factory=list)
    assigned: set[str] = field(default_factory=lambda: set(_INPUTS))
    timings: dict[str, float] = field(default_factory=dict)

    def line_text(self, number: int) -> str:
        start = self.line_starts[number]
        end = self.text.find("\n", start)
        return self.text[start:end if end >= 0 else len(self.text)]


@dataclass(frozen=True)
class Component:
    name: str
    run: Callable[[ExtractionDoc], None]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


COMPONENTS: dict[str, Component] = {}
DEFAULT_PIPELINE = ("structure", "meta", "goals", "assignments", "deadlines")


class ContractError(RuntimeError):
    """A component broke its contract: it was set to run before what it requires, or it
    produced a fact whose span does not hold its own words."""


def component(name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()
              ) -> Callable[[Callable[[ExtractionDoc], None]], Callable[[ExtractionDoc], None]]:
    """Register `func` as the extraction component `name` (replacing one of that name)."""
    def register(func: Callable[[ExtractionDoc], None]) -> Callable[[ExtractionDoc], None]:
        COMPONENTS[name] = Component(name, func, requires, assigns)
        return func
    return register


@component("structure", requires=("text",),
           assigns=("line_starts", "blocks", "sections", "cell_sections", "row_names", "row_scopes", "quantities",
                    "clauses"))
def _structure(doc: ExtractionDoc) -> None:
    from extract.structure import annotate_structure

    annotate_structure(doc)


@component("meta", requires=("text", "page_meta", "supplied", "sections"), assigns=("meta",))
def _meta(doc: ExtractionDoc) -> None:
    from extract.meta import apply_supplied, find_meta

    found = find_meta(doc.text, page_meta=doc.page_meta, script=doc.script, sections=doc.sections)
    doc.meta = apply_supplied(found, doc.supplied)


@component("goals", requires=("meta", "sections", "cell_sections", "row_names", "row_scopes", "quantities",
                             "clauses"),
           assigns=("goals",))
def _goals(doc: ExtractionDoc) -> None:
    from extract.goals import find_goals

    doc.goals = find_goals(doc)


@component("assignments", requires=("blocks",), assigns=("assignments", "document_rules"))
def _assignments(doc: ExtractionDoc) -> None:
    from extract.assignments import find_assignments, find_document_rules

    doc.assignments = find_assignments(doc.text, doc.blocks)
    doc.document_rules = find_document_rules(doc.text)


@component("deadlines", requires=("meta", "blocks", "sections", "quantities", "goals"), assigns=("deadlines",))
def _deadlines(doc: ExtractionDoc) -> None:
    from extract.deadlines import find_deadlines

    doc.deadlines = find_deadlines(doc)


def _components(pipeline: tuple[str, ...], available: set[str]) -> list[Component]:
    """The pipeline's components, refused whole when one is unknown or runs before what it
    requires is `available` (on the document already, or assigned by an earlier step)."""
    steps, available = [], set(available)
    for name in pipeline:
        try:
            step = COMPONENTS[name]
        except KeyError:
            raise ValueError(f"no extraction component named {name!r}; known: {sorted(COMPONENTS)}") from None
        missing = [need for need in step.requires if need not in available]
        if missing:
            raise ContractError(f"component {name!r} requires {missing}, which no component before it assigns")
        available.update(step.assigns)
        steps.append(step)
    return steps


def check_contract(doc: ExtractionDoc, step: str) -> None:
    text = doc.text
    for goal in doc.goals:
        if text[goal.span[0]:goal.span[1]] != goal.evidence:
            raise ContractError(f"component {step!r}: goal evidence {goal.evidence!r} not at {goal.span}")
    for deadline in doc.deadlines:
        if text[deadline.span[0]:deadline.span[1]] != deadline.text:
            raise ContractError(f"component {step!r}: deadline {deadline.text!r} not at {deadline.span}")
    for assignment in doc.assignments:
        start, end = assignment.span
        if not 0 <= start <= end <= len(text):
            raise ContractError(f"component {step!r}: assignment span {assignment.span} outside the text")


def run_components(doc: ExtractionDoc, pipeline: tuple[str, ...] = DEFAULT_PIPELINE) -> ExtractionDoc:
    """Run the named components over `doc` in order, checking each one's contract."""
    for step in _components(pipeline, doc.assigned):
        began = time.perf_counter()
        step.run(doc)
        doc.timings[step.name] = time.perf_counter() - began
        doc.assigned.update(step.assigns)
        check_contract(doc, step.name)
    return doc


def run_extraction(text: str, *, page_meta: dict[str, str] | None = None, script: str | None = None,
                   supplied: dict[str, object] | None = None,
                   pipeline: tuple[str, ...] = DEFAULT_PIPELINE) -> ExtractionDoc:
    doc = ExtractionDoc(text=text, page_meta=dict(page_meta or {}), script=script, supplied=dict(supplied or {}))
    run_components(doc, pipeline)
    doc.meta.script = script or doc.meta.script
    return doc


def annotate(text: str, meta: Meta) -> ExtractionDoc:
    """The structure of `text`, with `meta` given instead of found (for a caller, or a
    test, that runs one fact component on a notice whose metadata it knows)."""
    doc = run_components(ExtractionDoc(text=text), ("structure",))
    doc.meta = meta
    doc.assigned.add("meta")
    return doc
