"""Fuzzed input: every seeded mutation of a real notice ends in an answer or a coded error.

`make test` runs 300 cases. `make fuzz` runs 10,000 (`FUZZ_CASES`, `FUZZ_SEED` choose
others) and also holds each case to `FUZZ_LIMIT_S` seconds (20): a larger run is where a
step that grows faster than its input shows. A failing case prints its seed and index,
which rebuild it (tests/fuzzing.py).
"""
from __future__ import annotations

import os
import time

import pytest

from ingest import ingest_bytes
from policydb.api import process_ingested
from policydb.errors import PolicydbError
from tests.fuzzing import cases

COUNT = int(os.environ.get("FUZZ_CASES", "300"))
SEED = int(os.environ.get("FUZZ_SEED", "0"))
# Only the large run, asked for by name, holds cases to a time: the default run is a
# behaviour test, not a timing one.
LIMIT_S = float(os.environ["FUZZ_LIMIT_S"]) if "FUZZ_LIMIT_S" in os.environ else None


def test_every_fuzzed_notice_ends_in_an_answer_or_a_coded_error():
    crashes = []
    slow = []
    for case in cases(SEED, COUNT):
        began = time.perf_counter()
        try:
            ingested = ingest_bytes(case.data, source="fuzz.html" if case.html else "fuzz.txt",
                                    html=True if case.html else None)
            process_ingested(ingested)
        except PolicydbError:
            pass
        except Exception as exc:  # the failure this test exists to find
            crashes.append(f"{case.name}: {type(exc).__name__}: {exc}")
        took = time.perf_counter() - began
        if LIMIT_S is not None and took > LIMIT_S:
            slow.append(f"{case.name}: {took:.1f} s ({len(case.data)} bytes)")
    assert not crashes, f"{len(crashes)} of {COUNT} cases crashed:\n" + "\n".join(crashes[:20])
    assert not slow, f"{len(slow)} of {COUNT} cases took over {LIMIT_S} s:\n" + "\n".join(slow[:20])


@pytest.mark.parametrize("seed", [1, 2])
def test_the_cases_are_the_same_for_a_seed(seed):
    first = [(c.name, c.data) for c in cases(seed, 20)]
    assert first == [(c.name, c.data) for c in cases(seed, 20)]
    assert len({name for name, _ in first}) == 20


# Shapes the fuzzer found slow (each quadratic or worse before its fix), kept as cases:
# they must end, and keep the notice's words around the damage.
PATHOLOGICAL = [
    ("blank lines in a table cell",
     "<html><body><table><tr><td>索引号:</td><td>000014349/" + " \n" * 30000 + "2018-00229</td></tr></table>"
     "<p>各县要抓好落实，全市生产总值增长6%。</p></body></html>", True, "全市生产总值增长6%"),
    ("amounts joined by 、 on one line",
     "通知\n" + "、".join(f"指标{i}增长{i % 97}%" for i in range(4000)) + "\n", False, "指标3999增长22%"),
    ("amounts joined by commas on one line",
     "通知\n全市" + "，".join(f"指标{i}增长{i % 90}%" for i in range(10000)) + "。\n", False, "指标9999增长9%"),
    ("tables nested 2,000 deep, each cell a label: value line",
     "<html><body>" + "".join(f"<table><tr><td>来源：第{i}层</td><td>" for i in range(2000)) + "发布机构：某市人民政府"
     + "</td></tr></table>" * 2000 + "<p>全年新签约项目30个，实际利用外资5000万美元。</p></body></html>", True,
     "实际利用外资5000万美元"),
    ("a work report over a run of blank lines",
     "政府工作报告\n——2024年1月5日在某市第十届人民代表大会第三次会议上\n今年全市生产总值增长6%。" + "\n" * 100000 + "结束。",
     False, "今年全市生产总值增长6%"),
]


@pytest.mark.parametrize(("name", "page", "html", "kept"), PATHOLOGICAL, ids=[p[0] for p in PATHOLOGICAL])
def test_pathological_shapes_end_with_their_words(name, page, html, kept):
    notice = process_ingested(ingest_bytes(page.encode("utf-8"), source="p.html" if html else "p.txt",
                                           html=True if html else None))
    assert kept in notice.normalized.text
