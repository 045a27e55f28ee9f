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


def test_a_news_repost_is_dated_by_the_stamp_its_source_is_glued_to(tmp_path):
    # The lead's 3月26日 is the press conference; the page's stamp dates the report.
    page = tmp_path / "repost.txt"
    page.write_text("Copyright © www.example.com. All Rights Reserved\n来源: 某市新闻网2024-03-29 15:34:51\n"
                    "3月26日,市政府新闻办公室组织召开全市招商引资工作情况新闻发布会。\n"
                    "记者从会上了解到,2023年,全市累计到位省外资金670.1亿元,同比增长8.0%。", encoding="utf-8")
    meta = process_path(page).extraction.meta
    assert (meta.issued, meta.year) == ("2024-03-29", 2023)


def test_a_papers_page_label_dates_the_report_when_nothing_else_does(tmp_path):
    page = tmp_path / "epaper.txt"
    page.write_text("第06版:2022某市两会\n\n今年,我们撸起袖子这样干\n\n"
                    "  今年经济社会发展的主要预期目标是:生产总值增长8.5%,固定资产投资增长15%。", encoding="utf-8")
    notice = process_path(page)
    assert notice.extraction.meta.year == 2022
    assert [g.period for g in notice.extraction.goals] == ["2022", "2022"]
