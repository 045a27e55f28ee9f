"""`lead` answers every printed assignment of the hand-annotated notices with its units.

The notices go through the whole pipeline (ingest → normalize → extract → store); the
expected units are the annotators' (tests/cases/gold_assignments.toml).
"""
from __future__ import annotations

import tomllib

import pytest

import store
from policydb.batch import ingest_paths
from tests.conftest import CASES, CORPUS, canon

GOLD = tomllib.loads((CASES / "gold_assignments.toml").read_text(encoding="utf-8"))["assignment"]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("lead") / "policydb.sqlite"
    notices = sorted({case["notice"] for case in GOLD})
    summary = ingest_paths([CORPUS / name for name in notices], db_path)
    assert summary.counts["ingested"] == len(notices)
    return store.open_db(db_path)


@pytest.mark.parametrize("case", GOLD, ids=[f'{c["notice"][:3]}:{c["snippet"][:12]}' for c in GOLD])
def test_lead_returns_the_printed_units(corpus_db, case):
    answers = store.who_leads(corpus_db, case["snippet"], limit=5)
    assert answers, f"no task found for {case['snippet']!r}"
    best = answers[0]
    assert canon(case["snippet"]) in canon(best.covered_text or "")
    printed_lead = best.lead if best.lead_basis == "printed" else []
    assert {canon(u) for u in printed_lead} == {canon(u) for u in case["lead"]}
    got_units = {canon(u) for u in best.units}
    if best.lead_basis == "document_rule":
        got_units |= {canon(u) for u in best.lead}
    assert got_units == {canon(u) for u in case["units"]}


def test_every_case_file_notice_is_bundled():
    assert GOLD and all((CORPUS / case["notice"]).exists() for case in GOLD)
