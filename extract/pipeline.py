"""Extraction as a pipeline of registered components over one shared document.

Each component is a plain function `(doc) -> None` that reads what earlier ones put on
the `ExtractionDoc` and adds its own facts. Components are registered by name, so a
configuration can swap one (a HanLP-backed unit finder, say) without code changes; the
runner checks the span contract after each component and names the one that broke it.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from extract.model import Assignment, Block, Deadline, Goal, Meta

log = logging.getLogger(__name__)


@dataclass
class ExtractionDoc:
    text: str
    page_meta: dict[str, str] = field(default_factory=dict)
    script: str | None = None
    blocks: list[Block] = field(default_factory=list)
    meta: Meta = field(default_factory=Meta)
    goals: list[Goal] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    document_rules: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


Component = Callable[[ExtractionDoc], None]
COMPONENTS: dict[str, Component] = {}
DEFAULT_PIPELINE = ("structure", "meta", "goals", "assignments", "deadlines")


class ContractError(RuntimeError):
    """A component produced a fact whose span does not hold its own words."""


def component(name: str) -> Callable[[Component], Component]:
    def register(func: Component) -> Component:
        COMPONENTS[name] = func
        return func
    return register


@component("structure")
def _structure(doc: ExtractionDoc) -> None:
    from extract.structure import parse_structure

    doc.blocks = parse_structure(doc.text)


@component("meta")
def _meta(doc: ExtractionDoc) -> None:
    from extract.meta import find_meta

    doc.meta = find_meta(doc.text, page_meta=doc.page_meta, script=doc.script)


@component("goals")
def _goals(doc: ExtractionDoc) -> None:
    from extract.goals import find_goals

    doc.goals = find_goals(doc.text, doc.meta)


@component("assignments")
def _assignments(doc: ExtractionDoc) -> None:
    from extract.assignments import find_assignments, find_document_rules

    doc.assignments = find_assignments(doc.text, doc.blocks)
    doc.document_rules = find_document_rules(doc.text)


@component("deadlines")
def _deadlines(doc: ExtractionDoc) -> None:
    from extract.deadlines import find_deadlines
    from extract.meta import is_report_title

    report = is_report_title(doc.meta.title, doc.meta.issuer)
    doc.deadlines = find_deadlines(doc.text, doc.blocks, doc.meta.year, doc.meta.issued, report=report)


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


def run_extraction(text: str, *, page_meta: dict[str, str] | None = None, script: str | None = None,
                   pipeline: tuple[str, ...] = DEFAULT_PIPELINE) -> ExtractionDoc:
    doc = ExtractionDoc(text=text, page_meta=dict(page_meta or {}), script=script)
    for name in pipeline:
        try:
            step = COMPONENTS[name]
        except KeyError:
            raise ValueError(f"no extraction component named {name!r}; known: {sorted(COMPONENTS)}") from None
        began = time.perf_counter()
        step(doc)
        doc.timings[name] = time.perf_counter() - began
        check_contract(doc, name)
    doc.meta.script = script or doc.meta.script
    return doc
