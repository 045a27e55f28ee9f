"""The whole pipeline on every bundled notice: each fact stands at its span."""
from __future__ import annotations

import pytest

from policydb.api import export, process_path
from tests.conftest import CORPUS

NOTICES = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html"))


@pytest.fixture(scope="module", params=NOTICES, ids=lambda p: p.name[:24])
def exported(request):
    notice = process_path(request.param)
    return notice, export(notice)


def test_every_fact_stands_at_its_span(exported):
    _, data = exported
    text = data["text"]
    for goal in data["goals"]:
        assert text[goal["span"][0]:goal["span"][1]] == goal["evidence"]
    for deadline in data["deadlines"]:
        assert text[deadline["span"][0]:deadline["span"][1]] == deadline["text"]
    for assignment in data["assignments"]:
        start, end = assignment["span"]
        assert 0 <= start < end <= len(text)
        assert assignment["lead"] or assignment["units"]


def test_every_fact_maps_back_to_the_scrape(exported):
    notice, data = exported
    source = notice.ingested.text
    for goal in data["goals"]:
        a, b = notice.normalized.to_source_span(*goal["span"])
        assert 0 <= a < b <= len(source)


def test_export_has_every_field(exported):
    _, data = exported
    for goal in data["goals"]:
        assert set(goal) == {"indicator", "value", "unit", "comparator", "scope", "period", "kind", "evidence", "span"}
        assert goal["comparator"] in {"=", ">=", ">", "~", "<=", "<"}
        assert goal["kind"] in {"target", "stretch", "actual", "reward"}
    for deadline in data["deadlines"]:
        assert set(deadline) == {"text", "start", "end", "recurrence", "day", "task", "span"}
    for assignment in data["assignments"]:
        assert set(assignment) == {"task", "lead", "units", "explicit", "span"}


def test_bundled_corpus_is_there():
    assert len(NOTICES) >= 16
