"""Goals read from tables of measures: each bare figure named by its column, scoped by its row."""
from __future__ import annotations

import pytest

from extract.model import Meta
from extract.tables import measure_table_goals

REPORT = Meta(title="1-9月份州重点项目投资完成情况汇总表", issuer=None, region="湘西土家族苗族自治州", year=2021,
              plan_years=[2021], report=True)
PLAN = Meta(title="2024年重点项目投资计划", issuer=None, region="某县", year=2024, plan_years=[2024])

PROGRESS = ("单位:个、亿元\n"
            "隶 属 | 项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率 |\n"
            "吉首市 | 57 | 82.5 | 65.1 | 78.9% |\n"
            "合计 | 316 | 640.1 | 474.5 | 74.1% |")


def _rows(text: str, meta: Meta) -> list[tuple]:
    return [(g.indicator, g.value, g.unit, g.kind, g.scope, g.period) for g in measure_table_goals(text, meta, meta.report)]


def test_each_figure_is_named_by_its_column_in_the_captions_unit_and_scoped_by_its_row() -> None:
    rows = _rows(PROGRESS, REPORT)
    # the count column (项目个数) counts the table's own items: no goal
    assert rows[:3] == [("年投资计划", 82.5, "亿元", "target", "吉首市", "2021"),
                        ("完成投资额", 65.1, "亿元", "actual", "吉首市", "2021"),
                        ("年计划投资完成率", 78.9, "%", "actual", "吉首市", "2021")]
    # a total row is of the whole table
    assert {r[4] for r in rows[3:]} == {None} and len(rows) == 6


def test_every_goal_points_back_to_its_row() -> None:
    for g in measure_table_goals(PROGRESS, REPORT, True):
        assert PROGRESS[g.span[0]:g.span[1]] == g.evidence
        last_cell = g.evidence.split(" | ")[-1].rstrip("%")
        assert g.evidence.split(" | ")[0] in ("吉首市", "合计") and float(last_cell) == g.value


def test_a_unit_in_a_header_cell_wins_and_a_plan_reads_its_plain_columns_as_targets() -> None:
    text = "乡镇 | 新开工项目投资(万元) | 新增就业(人) |\n城关镇 | 5000 | 120 |"
    assert _rows(text, PLAN) == [("新开工项目投资", 5000, "万元", "target", "城关镇", "2024"),
                                 ("新增就业", 120, "人", "target", "城关镇", "2024")]


@pytest.mark.parametrize("text", [
    # a task table: its cells are sentences, read by the clause reader
    "序号 | 工作任务 | 牵头单位 |\n1 | 新增学位5000个 | 县教体局 |",
    # figures with no unit anywhere measure nothing a reader can name
    "隶属 | 年投资计划 | 完成投资额 |\n吉首市 | 82.5 | 65.1 |",
    # one measure column: a list, not a table of measures
    "单位:亿元\n县区 | 完成投资 |\n吉首市 | 65.1 |",
])
def test_tables_that_are_not_tables_of_measures_give_nothing(text: str) -> None:
    assert _rows(text, REPORT) == []
