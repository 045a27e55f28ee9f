"""The annotated document's contract: components run in an order that gives each what
it requires, can be swapped by name, and are stopped when a fact's span is wrong."""
from __future__ import annotations

import pytest

from extract.model import Goal, Meta
from extract.pipeline import COMPONENTS, ContractError, annotate, component, run_extraction

TEXT = "一、2020年工作回顾\n地区生产总值增长6.1%。\n二、2021年主要目标\n地区生产总值增长7%左右。"


def test_a_component_before_what_it_requires_is_refused_before_anything_runs() -> None:
    with pytest.raises(ContractError, match="'goals' requires"):
        run_extraction(TEXT, pipeline=("structure", "goals"))


def test_an_unknown_component_is_named() -> None:
    with pytest.raises(ValueError, match="no extraction component named 'gaols'"):
        run_extraction(TEXT, pipeline=("structure", "gaols"))


def test_structure_records_sections_and_clauses_once_for_every_component() -> None:
    doc = annotate(TEXT, Meta(year=2021))
    assert [(n, s.role, s.year) for n, s in sorted(doc.sections.items())] == [
        (0, "review", 2020), (1, "review", 2020), (2, "plan", 2021), (3, "plan", 2021)]
    assert {doc.text[q.start:q.end] for q in doc.quantities} == {"6.1%", "7%"}
    assert all(doc.clauses[i].start < doc.clauses[i + 1].start for i in range(len(doc.clauses) - 1))


def test_a_component_swapped_by_name_is_checked_like_the_others() -> None:
    original = COMPONENTS["goals"]

    @component("goals", requires=("meta",), assigns=("goals",))
    def misplaced_goals(doc) -> None:
        doc.goals = [Goal("GDP", 7, "%", "~", None, "2021", "target", "wrong words", (0, 3))]

    try:
        with pytest.raises(ContractError, match="component 'goals': goal evidence"):
            run_extraction(TEXT)
    finally:
        COMPONENTS["goals"] = original


def test_goals_read_the_sections_structure_found() -> None:
    doc = run_extraction(TEXT)
    by_value = {g.value: (g.kind, g.period) for g in doc.goals}
    assert by_value == {6.1: ("actual", "2020"), 7: ("target", "2021")}
