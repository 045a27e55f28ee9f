"""Year over year: diff, series, attainment and cascade on small real series.

The notices are the target paragraphs of real work reports (the State Council's of
2023–2025, 广东省 and three of its cities for 2024), stored with the goals their
answers give (store_fixtures.gold_export), so these tests check the questions, not
today's extraction.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

import store
from policydb.cli import main
from store import canon
from store.yoy import judge, lower_is_better
from tests.store_fixtures import gold_export

NATIONAL = {
    2023: ("2022年国内生产总值增长3%。今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右，"
           "城镇调查失业率5.5%左右；居民消费价格涨幅3%左右。",
           [("国内生产总值增长", 3, "%", "=", "2022", "actual", "2022年国内生产总值增长3%"),
            ("国内生产总值增长", 5, "%", "~", "2023", "target", "国内生产总值增长5%左右"),
            ("城镇新增就业", 1200, "万人", "~", "2023", "target", "城镇新增就业1200万人左右"),
            ("城镇调查失业率", 5.5, "%", "~", "2023", "target", "城镇调查失业率5.5%左右"),
            ("居民消费价格涨幅", 3, "%", "~", "2023", "target", "居民消费价格涨幅3%左右")]),
    2024: ("2023年国内生产总值超过126万亿元，增长5.2%；城镇新增就业1244万人，城镇调查失业率平均5.2%；"
           "居民消费价格上涨0.2%。今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，"
           "城镇调查失业率5.5%左右；居民消费价格涨幅3%左右。",
           [("国内生产总值增长", 5.2, "%", "=", "2023", "actual", "增长5.2%"),
            ("城镇新增就业", 1244, "万人", "=", "2023", "actual", "城镇新增就业1244万人"),
            ("城镇调查失业率", 5.2, "%", "=", "2023", "actual", "城镇调查失业率平均5.2%"),
            ("居民消费价格涨幅", 0.2, "%", "=", "2023", "actual", "居民消费价格上涨0.2%"),
            ("国内生产总值增长", 5, "%", "~", "2024", "target", "国内生产总值增长5%左右"),
            ("城镇新增就业", 1200, "万人", ">=", "2024", "target", "城镇新增就业1200万人以上"),
            ("城镇调查失业率", 5.5, "%", "~", "2024", "target", "城镇调查失业率5.5%左右"),
            ("居民消费价格涨幅", 3, "%", "~", "2024", "target", "居民消费价格涨幅3%左右")]),
    2025: ("2024年国内生产总值134.9万亿元，增长5%；城镇调查失业率平均5.1%。今年发展主要预期目标是：国内生产总值"
           "增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅2%左右。",
           [("国内生产总值增长", 5, "%", "=", "2024", "actual", "增长5%"),
            ("城镇调查失业率", 5.1, "%", "=", "2024", "actual", "城镇调查失业率平均5.1%"),
            ("国内生产总值增长", 5, "%", "~", "2025", "target", "国内生产总值增长5%左右"),
            ("城镇调查失业率", 5.5, "%", "~", "2025", "target", "城镇调查失业率5.5%左右"),
            ("城镇新增就业", 1200, "万人", ">=", "2025", "target", "城镇新增就业1200万人以上"),
            ("居民消费价格涨幅", 2, "%", "~", "2025", "target", "居民消费价格涨幅2%左右")]),
}
# 2024's targets of a province and of cities and a district in it (增长 printed as GDP增速, a range).
CASCADE = {
    "广东省": ("今年主要预期目标：地区生产总值增长5%左右。", ("地区生产总值增长", 5, "~", None)),
    "深圳市": ("今年经济社会发展主要预期目标是：GDP增速5.5%以上。", ("GDP增速", 5.5, ">=", None)),
    "惠州市": ("全市生产总值增长6%—6.5%。", ("全市生产总值增长", 6, ">=", 6.5)),
    "南山区": ("全区地区生产总值增长6%左右。", ("全区地区生产总值增长", 6, "~", None)),
}


def _goal(indicator, value, unit, comparator, period, kind, evidence, upper=None):
    return {"indicator": indicator, "value": value, "unit": unit, "comparator": comparator, "period": period,
            "kind": kind, "evidence": evidence, "upper": upper}


@pytest.fixture(scope="module")
def db():
    db = store.open_db(None)
    for year, (text, goals) in NATIONAL.items():
        store.write_notice(db, gold_export(text, {"region": "全国", "year": year, "title": f"{year}年政府工作报告"},
                                           goals=[_goal(*g) for g in goals], source=f"national-{year}.txt"))
    for region, (text, (indicator, value, comparator, upper)) in CASCADE.items():
        evidence = text.split("：")[-1].rstrip("。")
        goal = _goal(indicator, value, "%", comparator, "2024", "target", evidence, upper)
        # 南山区 alone is a district of 深圳 and of 鹤岗: the pipeline tells them by the text.
        meta = {"region": region, "year": 2024, **({"region_code": "440305"} if region == "南山区" else {})}
        store.write_notice(db, gold_export(text, meta, goals=[goal], source=f"{region}.txt"))
    return db


# --- diff --------------------------------------------------------------------------------

def test_diff_pairs_targets_with_targets_across_wording(db):
    report = store.diff_targets(db, "全国", 2024, 2025, kind="target")
    rows = {r.indicator: r for r in report.rows}
    assert rows["地区生产总值增长"].status == "same"  # 国内生产总值增长 both years
    cpi = rows["居民消费价格涨幅"]
    assert (cpi.status, cpi.change, cpi.change_unit) == ("changed", -1, "个百分点")
    assert cpi.before.evidence == "居民消费价格涨幅3%左右" and cpi.after.evidence == "居民消费价格涨幅2%左右"


def test_diff_keeps_actuals_apart_from_targets(db):
    """The 2025 report reviews 2024: its actual figure never pairs with 2024's target."""
    report = store.diff_targets(db, "全国", 2023, 2024)
    kinds = {(r.indicator, r.kind): r for r in report.rows}
    actual = kinds[("地区生产总值增长", "actual")]
    assert (actual.before.value, actual.after.value, actual.change) == (5.2, 5, pytest.approx(-0.2))
    assert kinds[("地区生产总值增长", "target")].status == "same"


def test_diff_filters_and_counts_what_it_hides(db):
    report = store.diff_targets(db, "全国", 2023, 2025, statuses=("changed",))
    assert {(r.indicator, r.status) for r in report.rows} >= {("居民消费价格涨幅", "changed"),
                                                              ("城镇新增就业", "changed")}  # 左右 → 以上
    assert report.hidden["same"] == 2  # GDP growth and unemployment
    only = store.diff_targets(db, "全国", 2024, 2025, indicator="GDP增长")
    assert {r.indicator for r in only.rows} == {"地区生产总值增长"}


def test_a_range_is_compared_as_a_range(db):
    store.write_notice(db, gold_export("全市生产总值增长6%—7%。", {"region": "惠州市", "year": 2025},
                                       goals=[_goal("全市生产总值增长", 6, "%", ">=", "2025", "target",
                                                    "全市生产总值增长6%—7%", 7)], source="huizhou-2025.txt"))
    [row] = store.diff_targets(db, "惠州", 2024, 2025, kind="target").rows
    assert (row.before.upper, row.after.upper, row.change, row.status) == (6.5, 7, 0, "changed")


# --- regions -----------------------------------------------------------------------------

@pytest.mark.parametrize(("asked", "found"), [
    ("全国", ["全国"]), ("广东", ["广东省"]), ("深圳", ["深圳市"]), ("深圳市南山区", ["南山区"]),
    ("南山区", ["南山区"]), ("广东省", ["广东省"]), ("北京", []),
])
def test_regions_meet_by_division_code(db, asked, found):
    assert store.matching_regions(db, asked) == found


@pytest.mark.parametrize(("scope", "region", "key"), [
    ("全省", "广东省", ""), ("广东", "广东省", ""), ("广东省", "广东省", ""), ("我国", "全国", ""),
    ("广州", "广东省", "广州"), ("城区", "惠州市", "城区"), (None, "广东省", ""), ("我市", "惠州市", ""),
])
def test_a_scope_naming_the_notices_own_region_is_the_whole_region(scope, region, key):
    assert canon.scope_key(scope, region) == key


# --- indicators --------------------------------------------------------------------------

@pytest.mark.parametrize(("printed", "unit", "canonical"), [
    ("国内生产总值增长", "%", "地区生产总值增长"),
    ("GDP增速", "%", "地区生产总值增长"),
    ("●2023年广东地区生产总值增长", "%", "地区生产总值增长"),
    ("广东设定了GDP增长预期目标", "%", "地区生产总值增长"),
    ("经济社会发展主要预期目标是地区生产总值增长", "%", "地区生产总值增长"),
    ("我市实现地区生产总值增长", "%", "地区生产总值增长"),
    ("地区生产总值", "%", "地区生产总值增长"),  # a total in % is its growth
    ("地区生产总值", "亿元", "地区生产总值"),
    ("1-9月份全市固投亿元以上新签约项目", "个", "固投亿元以上新签约项目"),
    ("城镇居民人均可支配收入", "%", "城镇居民人均可支配收入增长"),
    ("1确保地区生产总值增长", "%", "地区生产总值增长"),  # a list's serial before its verb
    ("5大结构性指标增长", "%", "5大结构性指标增长"),  # a count that is part of the name
    ("城区绿化覆盖率", "%", "城区绿化覆盖率"),  # 城区 is a county's name, too short to be taken as one
    ("建成区", "%", "建成区"),  # nothing would be left: kept as printed
    ("规模以上高新技术产业产值占规模以上工业总产值比重2024年", "%", "规模以上高新技术产业产值占规模以上工业总产值比重"),
])
def test_indicators_meet_across_wording(printed, unit, canonical):
    assert canon.canonical_indicator(printed, unit) == canonical


# --- series and attainment ---------------------------------------------------------------

def test_series_lists_targets_and_actuals_year_by_year(db):
    points = [(p.year, p.kind, p.figure.value) for p in store.goal_series(db, "全国", "GDP增长")]
    assert points == [(2022, "actual", 3), (2023, "actual", 5.2), (2023, "target", 5), (2024, "actual", 5),
                      (2024, "target", 5), (2025, "target", 5)]


def test_attainment_pairs_a_year_target_with_the_next_reports_actual(db):
    rows = {r.indicator: r for r in store.attainment(db, "全国", 2023)}
    gdp = rows["地区生产总值增长"]
    assert (gdp.status, gdp.target.value, gdp.actual.value) == ("met", 5, 5.2)
    assert gdp.actual.notice_id != gdp.target.notice_id  # from the 2024 report
    assert rows["城镇调查失业率"].status == "met"  # 5.2 within a 5.5 cap
    assert rows["居民消费价格涨幅"].status == "met"  # 0.2 within a 3 cap
    assert rows["城镇新增就业"].status == "met"
    assert store.attainment(db, "全国", 2025)[0].status == "unknown"  # no 2026 report yet


def _row(value, unit="%", comparator="=", upper=None):
    factor = canon.split_unit(unit)[0]
    return {"value": value, "upper": upper, "unit": unit, "comparator": comparator, "base_value": value * factor,
            "base_unit": canon.split_unit(unit)[1]}


@pytest.mark.parametrize(("target", "actual", "indicator", "status"), [
    (_row(6, comparator=">="), _row(6.0), "地区生产总值增长", "met"),  # >= 6 is met by 6.0
    (_row(6, comparator=">="), _row(5.9), "地区生产总值增长", "missed"),
    (_row(6, comparator=">"), _row(6.0), "地区生产总值增长", "missed"),
    (_row(6, comparator="~"), _row(5.6), "地区生产总值增长", "met"),  # 左右: 5.6 is 6 at its precision
    (_row(6, comparator="~"), _row(5.4), "地区生产总值增长", "missed"),
    (_row(5.5, comparator="~"), _row(5.46), "地区生产总值增长", "met"),
    (_row(5.5, comparator="~"), _row(5.6), "城镇调查失业率", "missed"),  # a cap: above it misses
    (_row(3, comparator="~"), _row(0.2), "居民消费价格涨幅", "met"),
    (_row(3.5, comparator="<="), _row(2.8), "居民消费价格涨幅", "met"),
    (_row(5, comparator=">=", upper=5.5), _row(5.0), "地区生产总值增长", "met"),  # a range's floor
    (_row(5, comparator=">=", upper=5.5), _row(4.9), "地区生产总值增长", "missed"),
    (_row(3, comparator="="), _row(3.4), "单位地区生产总值能耗下降", "met"),  # a fall is a floor
    (_row(6.6, "亿美元"), _row(66000, "万美元"), "实际利用外资", "met"),  # units converted
    (_row(6, "%"), _row(6, "亿元"), "地区生产总值增长", "unknown"),
])
def test_judge_honours_the_comparator(target, actual, indicator, status):
    assert judge(target, actual, indicator)[0] == status


@pytest.mark.parametrize(("indicator", "capped"), [
    ("城镇调查失业率", True), ("居民消费价格涨幅", True), ("单位地区生产总值能耗下降", False),
    ("地区生产总值增长", False), ("赤字率", True),
])
def test_which_indicators_a_target_caps(indicator, capped):
    assert lower_is_better(indicator) == capped


# --- cascade -----------------------------------------------------------------------------

def test_cascade_sets_a_province_beside_its_cities_and_districts(db):
    rows = {r.region: r for r in store.cascade(db, "广东省", 2024, "地区生产总值增长")}
    assert list(rows) == ["广东省", "深圳市", "南山区", "惠州市"]  # in division-code order
    assert rows["广东省"].level == "province" and rows["广东省"].above_parent is None
    assert (rows["深圳市"].parent, rows["深圳市"].above_parent) == ("广东省", 0.5)
    assert (rows["南山区"].level, rows["南山区"].parent, rows["南山区"].above_parent) == ("county", "深圳市", 0.5)
    assert rows["惠州市"].figure.upper == 6.5


# --- commands and charts -----------------------------------------------------------------

@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("yoy") / "series.sqlite"
    disk = store.open_db(path)
    for year, (text, goals) in NATIONAL.items():
        store.write_notice(disk, gold_export(text, {"region": "全国", "year": year}, goals=[_goal(*g) for g in goals],
                                             source=f"national-{year}.txt"))
    disk.conn.close()
    return str(path)


def run(*args):
    return CliRunner().invoke(main, [*args], env={"COLUMNS": "200"})


@pytest.mark.parametrize("args", [
    ("diff", "--region", "全国", "--from", "2023", "--to", "2024"),
    ("series", "--region", "全国", "--indicator", "GDP增长"),
    ("attainment", "--region", "全国", "--year", "2023"),
    ("cascade", "--region", "全国", "--year", "2024", "--indicator", "GDP增长"),
], ids=lambda a: a[0])
def test_commands_answer_in_every_format(db_path, args):
    data = json.loads(run(*args, "--db", db_path, "--format", "json").stdout)
    rows = data["rows"] if isinstance(data, dict) else data
    assert rows
    assert run(*args, "--db", db_path, "--format", "csv").output.count("\n") == len(rows) + 1
    assert run(*args, "--db", db_path, "--format", "table").exit_code == 0


def test_attainment_json_carries_target_actual_and_status(db_path):
    rows = json.loads(run("attainment", "--region", "全国", "--year", "2024", "--db", db_path, "--json").stdout)
    gdp = next(r for r in rows if r["indicator"] == "地区生产总值增长")
    assert gdp["status"] == "met"
    for side in ("target", "actual"):
        assert {"value", "unit", "comparator", "period", "evidence", "notice_id", "span"} <= set(gdp[side])


def test_diff_shows_pairs_unless_asked_for_all(db_path):
    shown = json.loads(run("diff", "--region", "全国", "--from", "2022", "--to", "2025", "--db", db_path,
                           "--json").stdout)
    every = json.loads(run("diff", "--region", "全国", "--from", "2022", "--to", "2025", "--all", "--db",
                           db_path, "--json").stdout)
    assert {r["status"] for r in shown["rows"]} <= {"changed", "same", "incomparable"}
    assert {r["status"] for r in every["rows"]} >= {"new", "dropped"}
    assert sum(shown["hidden"].values()) == len(every["rows"]) - len(shown["rows"])


def test_png_chart_is_a_real_image(db_path, tmp_path):
    from PIL import Image

    chart = tmp_path / "gdp.png"
    result = run("series", "--region", "全国", "--indicator", "GDP增长", "--chart", str(chart), "--db", db_path)
    assert result.exit_code == 0, result.output
    with Image.open(chart) as image:
        image.load()  # decodes every pixel
        assert image.size == (700, 400)
        assert sum(1 for count in image.convert("L").histogram() if count) > 20  # lines, markers, text: not blank


def test_svg_chart_holds_its_title_and_years_as_text(db_path, tmp_path):
    chart = tmp_path / "gdp.svg"
    result = run("diff", "--region", "全国", "--from", "2022", "--to", "2025", "--indicator", "GDP增长",
                 "--chart", str(chart), "--db", db_path, "--all")
    assert result.exit_code == 0, result.output
    text = "".join(ET.parse(chart).getroot().itertext())
    assert "全国 GDP增长" in text and "2024" in text


def test_chart_of_another_type_is_refused(db_path, tmp_path):
    result = run("series", "--region", "全国", "--indicator", "GDP增长", "--chart", str(tmp_path / "x.pdf"),
                 "--db", db_path)
    assert result.exit_code == 2 and "E007" in result.output


def test_html_chart_renders_in_chromium(db_path, tmp_path):
    from tests.test_review import chromium

    chart = tmp_path / "gdp.html"
    assert run("series", "--region", "全国", "--indicator", "GDP增长", "--chart", str(chart),
               "--db", db_path).exit_code == 0
    dom = chromium("--dump-dom", chart.as_uri(), profile=tmp_path / "profile").stdout
    assert "<svg" in dom and "国内生产总值增长5%左右" in dom
    shot = tmp_path / "shot.png"
    chromium("--window-size=900,900", f"--screenshot={shot}", chart.as_uri(), profile=tmp_path / "profile")
    from PIL import Image

    with Image.open(shot) as image:
        assert sum(1 for count in image.convert("L").histogram() if count) > 20
