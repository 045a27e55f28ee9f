"""The store: writing notices, re-ingest, replacement, transactions, queries, Datasette.

Fixtures are export objects built with `tests.store_fixtures.gold_export` from lines and
answer rows copied from the gold notices (/work/shared/gold 000, 002, 003) and the
corpus (国务院 2018 促进就业 for the document rule; the 万载县 2015 and 2022 statistical
bulletins for achieved figures), so the tests do not depend on extraction quality.
"""
from __future__ import annotations

import asyncio
import copy
import json
import time
from pathlib import Path

import pytest

import store
from policydb.batch import Limits, ingest_paths
from policydb.errors import PolicydbError
from store import query as store_query
from store import write as store_write
from tests.conftest import CORPUS
from tests.store_fixtures import gold_export, json_file_processor, slow_processor

# --- fixtures: realistic notices -------------------------------------------------------

CANGZHOU_2018_TEXT = """沧州市人民政府办公室关于印发2018年沧州市强化精准招商工作实施方案的通知
二、主要目标
全年全市实际利用外资完成6.6亿美元,同比增长5%。力争实际利用外资超过6.8亿美元,同比增长10%。
三、主要举措
(二)制定重点招商企业目录清单。瞄准境外世界500强和跨国公司、研发机构,选择合作目标企业,制定重点招商企业目录清单,一季度完成并开始组织对接。(牵头单位:市商务局;责任单位:市工业和信息化局、市发展改革委、市科技局、各县(市、区)政府、渤海新区、沧州开发区、沧州高新区管委会)
(八)借助高端交流合作平台招商。积极参加博鳌亚洲论坛、达沃斯论坛中国(廊坊)国际经济贸易洽谈会等高层次活动,利用会议平台和客户资源组织我市企业参与场内、场外专题对接活动,发挥中捷对外推介会等展会品牌优势,谋划对外招商推介活动,确保取得实效。(责任单位:市商务局、市发展改革委、各县(市、区)政府、渤海新区、沧州开发区、沧州高新区管委会)
(九)加强境外研发机构定向招商。吸引境外知名研发机构在我市建设工程(技术)研究中心、重点实验室、工程试验室、制造业创新中心等研发机构,打造一批高新技术成果转化基地。(牵头单位:市科技局;责任单位:市发展改革委、市工业和信息化局、市商务局、各县(市、区)政府、渤海新区、沧州开发区、沧州高新区管委会)
(二)建立项目调度督导台账。完善市级重大招商项目协调推动机制,每季度召开重大招商项目协调调度会或现场办公会。对项目引进实行挂账式督导、台账式管理,对在谈、签约、新批备案、开工投产等各类项目的进展情况实行月通报、季调度,并定期向市政府专题报告新签项目、签约项目履约和外资到位情况。(牵头单位:市发展改革委;责任单位:市商务局,各县(市、区)政府、渤海新区、沧州开发区、沧州高新区管委会)
"""

CANGZHOU_UNITS = ["各县(市、区)政府", "渤海新区", "沧州开发区", "沧州高新区管委会"]


def cangzhou_2018() -> dict:
    return gold_export(
        CANGZHOU_2018_TEXT, source="corpus/000_de8a73357565e53b.txt",
        meta={"title": "沧州市人民政府办公室关于印发2018年沧州市强化精准招商工作实施方案的通知",
              "issuer": "沧州市人民政府办公室", "issued": "2018-05-14", "region": "沧州市", "year": 2018},
        goals=[
            {"indicator": "实际利用外资", "value": 6.6, "unit": "亿美元", "comparator": "=", "scope": "全市",
             "period": "2018", "kind": "target", "evidence": "全年全市实际利用外资完成6.6亿美元"},
            {"indicator": "实际利用外资同比增长", "value": 5, "unit": "%", "comparator": "=", "scope": "全市",
             "period": "2018", "kind": "target", "evidence": "同比增长5%"},
            {"indicator": "实际利用外资", "value": 6.8, "unit": "亿美元", "comparator": ">", "scope": "全市",
             "period": "2018", "kind": "stretch", "evidence": "力争实际利用外资超过6.8亿美元"},
        ],
        assignments=[
            {"task": "三/二", "snippet": "瞄准境外世界500强和跨国公司", "lead": ["市商务局"],
             "units": ["市工业和信息化局", "市发展改革委", "市科技局", *CANGZHOU_UNITS], "explicit": True},
            {"task": "三/八", "snippet": "借助高端交流合作平台招商", "lead": [],
             "units": ["市商务局", "市发展改革委", *CANGZHOU_UNITS], "explicit": True},
            {"task": "三/九", "snippet": "加强境外研发机构定向招商", "lead": ["市科技局"],
             "units": ["市发展改革委", "市工业和信息化局", "市商务局", *CANGZHOU_UNITS], "explicit": True},
            {"task": "四/二", "snippet": "建立项目调度督导台账", "lead": ["市发展改革委"],
             "units": ["市商务局", *CANGZHOU_UNITS], "explicit": True},
        ],
        deadlines=[
            {"text": "一季度", "start": "2018-01-01", "end": "2018-03-31", "task": "三/二"},
            {"text": "每季度", "recurrence": "quarterly", "task": "四/二"},
        ])


# Built from the 2018 plan to exercise aliases and units: 实际使用外资 66000万美元 is the
# 2018 target of 6.6亿美元 written another way.
CANGZHOU_2019_TEXT = "2019年沧州市利用外资工作要点\n全年全市实际使用外资完成66000万美元,同比增长5%。\n"


def cangzhou_2019() -> dict:
    return gold_export(
        CANGZHOU_2019_TEXT, source="constructed/cangzhou-2019.txt",
        meta={"title": "2019年沧州市利用外资工作要点", "region": "沧州市", "year": 2019},
        goals=[
            {"indicator": "实际使用外资", "value": 66000, "unit": "万美元", "scope": "全市",
             "evidence": "全年全市实际使用外资完成66000万美元"},
            {"indicator": "实际使用外资同比增长", "value": 5, "unit": "%", "scope": "全市",
             "evidence": "同比增长5%"},
        ])


XIANGYANG_2020_TEXT = """襄阳市招商引资工作委员会关于印发2020年全市招商引资工作要点的通知
2.突出地方主体责任。强化招商引资“一号工程”地位。对于重大招商引资项目,各地党政主要负责人要亲自谋划部署、亲自对接服务、亲自推动落地。各地党政主要负责人轮流外出招商每月合计不少于7天;政府(管委会)分管负责人外出招商每月不少于10天。〔责任单位:各县(市、区)、开发区,市发改委、市经信局〕
21.完善重大项目领导包保机制。对市级认定的重点招商引资项目,实行“一个项目、一名领导、一套班子、一套方案、一抓到底”的“五个一”推进机制,由市“四大家”领导牵头挂帅,包保推进;各地参照制定重点招商引资项目“四大家”领导包保责任制。〔牵头单位:市发改委;责任单位:各县(市、区)、开发区、市招商局〕
"""


def xiangyang_2020() -> dict:
    return gold_export(
        XIANGYANG_2020_TEXT, source="corpus/002_72a7f9041d76440c.txt",
        meta={"title": "襄阳市招商引资工作委员会关于印发2020年全市招商引资工作要点的通知",
              "issuer": "襄阳市招商引资工作委员会", "region": "襄阳市", "year": 2020},
        goals=[
            {"indicator": "轮流外出招商合计", "value": 7, "unit": "天", "comparator": ">=",
             "scope": "各地党政主要负责人", "period": "per-month", "kind": "target",
             "evidence": "各地党政主要负责人轮流外出招商每月合计不少于7天"},
        ],
        assignments=[
            {"task": "一/2", "snippet": "突出地方主体责任", "lead": [],
             "units": ["各县(市、区)", "开发区", "市发改委", "市经信局"], "explicit": True},
            {"task": "四/21", "snippet": "完善重大项目领导包保机制", "lead": ["市发改委"],
             "units": ["各县(市、区)", "开发区", "市招商局"], "explicit": True},
            {"task": "四/21", "covered": "由市“四大家”领导牵头挂帅", "lead": ["市“四大家”领导"], "units": [],
             "explicit": False},
        ])


JIAXING_2024_TEXT = """嘉兴市进一步推动招大引强工作实施方案
5.聚焦产业链招商。围绕全市主导产业链,建立“链长+部门+链主+项目+要素+活动”联动工作机制,筛选重点领域细分赛道,研究绘制产业链招商图谱。(责任单位:市经信局)加强与链主企业互动交流,大力挖掘内生性优质项目和产业链上下游资源,新增一批“高大上”“链群配”项目,持续做强主导产业,做到“服务好一个、引进来一批、集聚成一片”。(责任单位:市经信局、市商务局、嘉兴经济技术开发区、浙江乍浦经济开发区〔嘉兴港区〕,各县〔市、区〕政府)
"""


def jiaxing_2024() -> dict:
    return gold_export(
        JIAXING_2024_TEXT, source="corpus/003_fe593d6981b822e8.txt",
        meta={"title": "嘉兴市进一步推动招大引强工作实施方案", "issuer": "嘉兴市人民政府办公室",
              "issued": "2024-02-28", "region": "嘉兴市", "year": 2024, "script": "hant"},
        assignments=[
            {"task": "二/二/5", "snippet": "研究绘制产业链招商图谱", "lead": [], "units": ["市经信局"]},
            {"task": "二/二/5", "snippet": "加强与链主企业互动交流", "lead": [],
             "units": ["市经信局", "市商务局", "嘉兴经济技术开发区", "浙江乍浦经济开发区〔嘉兴港区〕",
                       "各县〔市、区〕政府"]},
        ])


# 国务院关于做好当前和今后一个时期促进就业工作的若干意见 (corpus/007), shortened.
JOBS_2018_TEXT = """国务院关于做好当前和今后一个时期促进就业工作的若干意见
一、支持企业稳定发展
（一）加大稳岗支持力度。对不裁员或少裁员的参保企业，可返还其上年度实际缴纳失业保险费的50%。（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）
（二）发挥政府性融资担保机构作用支持小微企业。充分发挥国家融资担保基金作用，引导更多金融资源支持创业就业。（财政部、工业和信息化部、人民银行、银保监会负责）
（十三）明确部门组织协调责任。人力资源社会保障部要统筹协调促进就业政策制定、督促落实、统计监测等工作。财政部要加大资金支持力度，保障促进就业政策落实。（各有关部门和单位按职责分工负责）
"""


def jobs_2018() -> dict:
    return gold_export(
        JOBS_2018_TEXT, source="corpus/007_govcn-2018-cujinjiuye.html",
        meta={"title": "国务院关于做好当前和今后一个时期促进就业工作的若干意见", "issuer": "国务院",
              "issued": "2018-11-16", "region": "全国", "year": 2018, "doc_number": "国发〔2018〕39号"},
        document_rules=["列第一位者为牵头单位，下同"],
        assignments=[
            {"task": "一/一", "covered": "（一）加大稳岗支持力度。对不裁员或少裁员的参保企业，可返还其上年度实际缴纳失业保险费的50%。",
             "units": ["人力资源社会保障部", "财政部"]},
            {"task": "一/二", "covered": "（二）发挥政府性融资担保机构作用支持小微企业。充分发挥国家融资担保基金作用，"
                                      "引导更多金融资源支持创业就业。",
             "units": ["财政部", "工业和信息化部", "人民银行", "银保监会"]},
            # A prose assignment: the rule is about printed annotations, so it is not applied.
            {"task": "五/十三", "covered": "财政部要加大资金支持力度，保障促进就业政策落实。", "units": ["财政部"],
             "explicit": False},
        ])


# 万载县 statistical bulletins (corpus/001 and 002): achieved figures, kind actual.
WANZAI_2015_TEXT = """万载县2015年国民经济和社会发展统计公报
一、综合
国民经济继续健康稳定发展。2015年，全县实现生产总值(GDP)1102284万元，按可比价格计算，比上年增长9.3％，其中：第一产业增加值142145万元，第二产业增加值626858万元，第三产业增加值333281万元。
财政收入大幅增长。2015年全县实现财政总收入为232033万元，比上年增长16.0％，其中公共财政预算收入142712万元，增长17.1％。
"""

WANZAI_2022_TEXT = """万载县2022年国民经济和社会发展统计公报
一、综合
全年实现生产总值(GDP)262.6亿元，按可比价格计算，同比增长5.3％。其中：第一产业增加值22.9亿元，同比增长3.7%；第二产业增加值127.2亿元，同比增长6.9%；第三产业增加值112.5亿元，同比增长4.0%。非公经济活力持续增强。全县非公有制经济实现增加值188.99亿元，增长6.3%，占GDP的比重为72.0%。
八、财政金融
全年一般公共预算收入17.9亿元，比上年增收1.4亿元，增长8.6%。
"""


def wanzai_2015() -> dict:
    return gold_export(
        WANZAI_2015_TEXT, source="corpus/001_wanzai-2015-tjgb.html",
        meta={"title": "万载县2015年国民经济和社会发展统计公报", "region": "万载县", "year": 2015},
        goals=[
            {"indicator": "生产总值(GDP)", "value": 1102284, "unit": "万元", "scope": "全县", "kind": "actual",
             "evidence": "全县实现生产总值(GDP)1102284万元"},
            {"indicator": "生产总值比上年增长", "value": 9.3, "unit": "％", "scope": "全县", "kind": "actual",
             "evidence": "比上年增长9.3％"},
            {"indicator": "财政总收入", "value": 232033, "unit": "万元", "scope": "全县", "kind": "actual",
             "evidence": "全县实现财政总收入为232033万元"},
            {"indicator": "公共财政预算收入", "value": 142712, "unit": "万元", "kind": "actual",
             "evidence": "公共财政预算收入142712万元"},
        ])


def wanzai_2022() -> dict:
    return gold_export(
        WANZAI_2022_TEXT, source="corpus/002_wanzai-2022-tjgb.html",
        meta={"title": "万载县2022年国民经济和社会发展统计公报", "region": "万载县", "year": 2022},
        goals=[
            {"indicator": "生产总值(GDP)", "value": 262.6, "unit": "亿元", "kind": "actual",
             "evidence": "全年实现生产总值(GDP)262.6亿元"},
            {"indicator": "生产总值同比增长", "value": 5.3, "unit": "％", "kind": "actual",
             "evidence": "同比增长5.3％"},
            {"indicator": "非公有制经济增加值", "value": 188.99, "unit": "亿元", "scope": "全县", "kind": "actual",
             "evidence": "全县非公有制经济实现增加值188.99亿元"},
            {"indicator": "一般公共预算收入", "value": 17.9, "unit": "亿元", "kind": "actual",
             "evidence": "全年一般公共预算收入17.9亿元"},
        ])


ALL_NOTICES = (cangzhou_2018, cangzhou_2019, xiangyang_2020, jiaxing_2024, jobs_2018, wanzai_2015, wanzai_2022)
TABLES = ("notices", "sources", "units", "indicators", "goals", "assignments", "assignment_units", "deadlines",
          "rejections", "search_docs", "search_fts")


def counts(db) -> dict[str, int]:
    return {table: db[table].count for table in TABLES}


@pytest.fixture
def db():
    return store.open_db(None)


@pytest.fixture
def full_db(db):
    for build in ALL_NOTICES:
        store.write_notice(db, build())
    return db


def write_files(folder: Path, builds=ALL_NOTICES) -> dict[str, Path]:
    """Each export as a JSON file standing in for a scrape (read by json_file_processor)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for build in builds:
        path = folder / f"{build.__name__}.txt"
        path.write_text(json.dumps(build(), ensure_ascii=False), encoding="utf-8")
        paths[build.__name__] = path
    return paths


def rows_of(db, notice_id: str) -> dict[str, int]:
    found = {t: db.execute(f"SELECT count(*) FROM {t} WHERE notice_id = ?", [notice_id]).fetchone()[0]
             for t in ("goals", "assignments", "assignment_units", "deadlines", "search_docs", "sources")}
    found["notices"] = db.execute("SELECT count(*) FROM notices WHERE id = ?", [notice_id]).fetchone()[0]
    return found


# --- writing ---------------------------------------------------------------------------

def test_write_notice_stores_every_fact_with_span_and_evidence(db):
    export = cangzhou_2018()
    result = store.write_notice(db, export)
    assert result.outcome == "ingested"
    notice = db["notices"].get(result.notice_id)
    assert notice["region"] == "沧州市" and notice["year"] == 2018 and notice["text"] == CANGZHOU_2018_TEXT
    assert result.notice_id == store.from_export(export).notice_id  # content hash of the text
    for goal in db["goals"].rows_where("notice_id = ?", [result.notice_id]):
        assert CANGZHOU_2018_TEXT[goal["span_start"]:goal["span_end"]] == goal["evidence"]
    first = next(db["assignments"].rows_where("task = ?", ["三/二"]))
    assert first["task_text"].startswith("(二)制定重点招商企业目录清单")
    assert "牵头单位" not in first["task_text"]  # the covered text, not the annotation
    deadline = next(db["deadlines"].rows_where("text = ?", ["一季度"]))
    assert (deadline["start"], deadline["end"]) == ("2018-01-01", "2018-03-31")


def test_write_accepts_a_processed_notice_shape_and_keeps_document_rules(db):
    record = store.from_export(jobs_2018(), raw_text="<html>raw</html>")
    store.write_notice(db, record)
    row = next(db["notices"].rows)
    assert json.loads(row["document_rules"]) == ["列第一位者为牵头单位，下同"]
    assert row["raw_text"] == "<html>raw</html>"


def test_units_are_canonical_with_printed_names_kept(full_db):
    names = {r["printed_name"]: r for r in full_db.query(
        "SELECT au.printed_name, au.core_name, u.name, u.region, u.generic FROM assignment_units au "
        "JOIN units u ON u.id = au.unit_id JOIN notices n ON n.id = au.notice_id WHERE n.region = '沧州市'")}
    assert names["市商务局"]["name"] == "沧州市商务局"
    assert names["市发展改革委"]["name"] == "沧州市发展改革委"
    generic = names["各县(市、区)政府"]
    assert (generic["name"], generic["region"], generic["generic"]) == ("各县(市、区)政府", "沧州市", 1)
    # 市发改委 (襄阳) and 市发展改革委 (沧州) are one body name, resolved per region.
    xiangyang = full_db.execute("SELECT u.name FROM assignment_units au JOIN units u ON u.id = au.unit_id "
                                "WHERE au.printed_name = '市发改委'").fetchone()[0]
    assert xiangyang == "襄阳市发展改革委"
    # The same generic words in two regions are two units; bracket styles meet.
    jiaxing = full_db.execute("SELECT u.name, u.region FROM assignment_units au JOIN units u ON u.id = au.unit_id "
                              "WHERE au.printed_name = '各县〔市、区〕政府'").fetchone()
    assert tuple(jiaxing) == ("各县(市、区)政府", "嘉兴市")


def test_indicators_merge_aliases_and_keep_scope_apart(full_db):
    rows = list(full_db.query("SELECT g.indicator, i.name FROM goals g JOIN indicators i ON i.id = g.indicator_id"))
    canonical = {r["indicator"]: r["name"] for r in rows}
    assert canonical["实际使用外资"] == canonical["实际利用外资"] == "实际利用外资"
    assert canonical["生产总值(GDP)"] == "地区生产总值"
    assert canonical["生产总值比上年增长"] == canonical["生产总值同比增长"] == "地区生产总值增长"
    assert canonical["公共财政预算收入"] == "一般公共预算收入"


# --- ingest: idempotence, replacement, transactions -------------------------------------

@pytest.mark.parametrize("workers", [1, 2])
def test_reingest_changes_nothing(tmp_path, workers):
    folder = tmp_path / "scrapes"
    write_files(folder)
    db_path = tmp_path / "store.sqlite"
    first = ingest_paths([folder], db_path, workers=workers, processor=json_file_processor)
    assert first.counts["ingested"] == len(ALL_NOTICES) and not first.rejected
    before = counts(store.open_db(db_path))
    second = ingest_paths([folder], db_path, workers=workers, processor=json_file_processor)
    assert second.counts["unchanged"] == len(ALL_NOTICES)
    assert sum(second.counts.values()) == len(ALL_NOTICES)
    assert counts(store.open_db(db_path)) == before
    # Forced re-parsing finds the same records and still writes nothing.
    forced = ingest_paths([folder], db_path, force=True, processor=json_file_processor)
    assert forced.counts["unchanged"] == len(ALL_NOTICES)
    assert counts(store.open_db(db_path)) == before


def test_changed_file_at_same_path_replaces_its_rows(tmp_path):
    paths = write_files(tmp_path / "scrapes", [cangzhou_2018, xiangyang_2020])
    db_path = tmp_path / "store.sqlite"
    ingest_paths([tmp_path / "scrapes"], db_path, processor=json_file_processor)
    db = store.open_db(db_path)
    old_id = db.execute("SELECT id FROM notices WHERE region = '沧州市'").fetchone()[0]

    changed = cangzhou_2018()
    changed["text"] = changed["text"].replace("6.6亿美元", "7.0亿美元")
    changed["goals"][0].update(value=7.0, evidence="全年全市实际利用外资完成7.0亿美元")
    paths["cangzhou_2018"].write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    summary = ingest_paths([tmp_path / "scrapes"], db_path, processor=json_file_processor)

    assert [f.outcome for f in summary.files] == ["replaced", "unchanged"]
    db = store.open_db(db_path)
    assert rows_of(db, old_id) == {t: 0 for t in rows_of(db, old_id)}
    new_id = db.execute("SELECT id FROM notices WHERE region = '沧州市'").fetchone()[0]
    assert new_id != old_id
    assert db.execute("SELECT value FROM goals WHERE notice_id = ? AND seq = 0", [new_id]).fetchone()[0] == 7.0
    assert db["notices"].count == 2 and db["sources"].count == 2
    assert db.execute("SELECT count(*) FROM search_fts").fetchone()[0] == db["search_docs"].count


def test_each_notice_is_one_transaction(tmp_path, monkeypatch):
    write_files(tmp_path / "scrapes", [cangzhou_2018, xiangyang_2020, jiaxing_2024])
    db_path = tmp_path / "store.sqlite"
    real = store_write._write_deadlines

    def failing(conn, rows):
        if rows.notice["region"] == "沧州市":  # goals and assignments are written by now
            raise RuntimeError("disk on fire")
        real(conn, rows)

    monkeypatch.setattr(store_write, "_write_deadlines", failing)
    summary = ingest_paths([tmp_path / "scrapes"], db_path, processor=json_file_processor)

    db = store.open_db(db_path)
    failed_id = store.from_export(cangzhou_2018()).notice_id
    assert rows_of(db, failed_id) == {t: 0 for t in rows_of(db, failed_id)}
    assert not list(db.query("SELECT * FROM goals JOIN notices n ON n.id = goals.notice_id WHERE n.region = '沧州市'"))
    assert db["notices"].count == 2
    for build in (xiangyang_2020, jiaxing_2024):
        nid = store.from_export(build()).notice_id
        assert rows_of(db, nid)["assignments"] == len(build()["assignments"])
    rejected = summary.rejected
    assert len(rejected) == 1 and rejected[0].code == "E999" and "disk on fire" in rejected[0].reason
    assert db["rejections"].count == 1

    # The next run, with the fault gone, stores it and clears the rejection.
    monkeypatch.setattr(store_write, "_write_deadlines", real)
    again = ingest_paths([tmp_path / "scrapes"], db_path, processor=json_file_processor)
    assert again.counts["ingested"] == 1 and again.counts["unchanged"] == 2
    assert store.open_db(db_path)["rejections"].count == 0


def test_failed_replacement_keeps_the_old_rows(tmp_path, monkeypatch):
    paths = write_files(tmp_path / "scrapes", [cangzhou_2018])
    db_path = tmp_path / "store.sqlite"
    ingest_paths([tmp_path / "scrapes"], db_path, processor=json_file_processor)
    before = counts(store.open_db(db_path))
    changed = cangzhou_2018()
    changed["text"] += "\n附件:\n"
    paths["cangzhou_2018"].write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")

    def failing(conn, record):
        raise RuntimeError("fail")

    monkeypatch.setattr(store_write, "_write_deadlines", failing)
    ingest_paths([tmp_path / "scrapes"], db_path, processor=json_file_processor)
    after = counts(store.open_db(db_path))
    assert {k: v for k, v in after.items() if k != "rejections"} == {k: v for k, v in before.items()
                                                                    if k != "rejections"}


def test_rejections_are_recorded_with_code_and_reason(tmp_path):
    folder = tmp_path / "scrapes"
    write_files(folder, [cangzhou_2018])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / ".hidden.txt").write_text("{}")
    db_path = tmp_path / "store.sqlite"
    summary = ingest_paths([folder], db_path, processor=json_file_processor)
    assert summary.counts == {"ingested": 1, "unchanged": 0, "replaced": 0, "duplicate": 0, "rejected": 1,
                              "skipped": 1}
    row = next(store.open_db(db_path)["rejections"].rows)
    assert row["code"] == "E003" and row["path"].endswith("empty.txt") and row["rejected_at"]
    # Rejected again on a rerun, without a new row or a new time.
    ingest_paths([folder], db_path, processor=json_file_processor)
    assert list(store.open_db(db_path)["rejections"].rows) == [row]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_file_over_the_time_limit_is_a_rejection_and_the_batch_goes_on(tmp_path, workers):
    folder = tmp_path / "scrapes"
    write_files(folder, builds=(cangzhou_2018, wanzai_2015))
    slow = jiaxing_2024()
    (folder / "slow.txt").write_text(json.dumps(slow, ensure_ascii=False), encoding="utf-8")
    # The slow file sleeps ten seconds: were it waited for, it would be ingested.
    summary = ingest_paths([folder], tmp_path / "s.sqlite", workers=workers, processor=slow_processor,
                           limits=Limits(seconds=0.5))
    outcomes = {Path(f.path).name: (f.outcome, f.code) for f in summary.files}
    assert outcomes == {"cangzhou_2018.txt": ("ingested", None), "wanzai_2015.txt": ("ingested", None),
                        "slow.txt": ("rejected", "E017")}
    [reason] = [f.reason for f in summary.rejected]
    assert "0.5 s" in reason and "--time-limit" in reason


def test_the_time_limit_holds_in_a_worker_thread_too(tmp_path):
    """A cluster's worker runs a job in a thread, where no SIGALRM reaches: the limit still
    stops it (E017), and a job that ends in time is not interrupted afterwards."""
    import threading

    from policydb.batch import Job, parse_job

    slow = tmp_path / "slow.txt"
    slow.write_text(json.dumps(jiaxing_2024(), ensure_ascii=False), encoding="utf-8")
    quick = tmp_path / "quick.txt"
    quick.write_text(json.dumps(cangzhou_2018(), ensure_ascii=False), encoding="utf-8")
    results = {}

    def work() -> None:
        results["slow"] = parse_job(slow_processor, Job("slow.txt", str(slow)), seconds=0.5)
        results["quick"] = parse_job(slow_processor, Job("quick.txt", str(quick)), seconds=0.5)
        time.sleep(0.7)  # past the quick job's limit: nothing may land now
        results["after"] = "fine"

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=30)
    assert results["slow"][:2] == ("rejected", "E017") and results["quick"][0] == "ok" and results["after"] == "fine"


def test_same_text_at_two_paths_is_one_notice(tmp_path):
    folder = tmp_path / "scrapes"
    paths = write_files(folder, [cangzhou_2018])
    (folder / "copy.txt").write_bytes(paths["cangzhou_2018"].read_bytes())
    summary = ingest_paths([folder], tmp_path / "s.sqlite", processor=json_file_processor)
    assert sorted(f.outcome for f in summary.files) == ["duplicate", "ingested"]
    db = store.open_db(tmp_path / "s.sqlite")
    assert db["notices"].count == 1 and db["sources"].count == 2


def test_same_notice_from_two_sites_is_one_notice(tmp_path):
    # Two scrapes whose chrome differs but whose notice text is the same: one notice, two
    # sources, and neither write disturbs the other (the second once broke a foreign key).
    folder = tmp_path / "scrapes"
    folder.mkdir()
    body = (CORPUS / "000_de8a73357565e53b.txt").read_text(encoding="utf-8")
    (folder / "site_a.txt").write_text("当前位置:首页 > 信息公开\n" + body, encoding="utf-8")
    (folder / "site_b.txt").write_text(body + "\n分享给朋友:\n相关文章\n某县召开招商会", encoding="utf-8")
    summary = ingest_paths([folder], tmp_path / "s.sqlite")
    assert sorted(f.outcome for f in summary.files) == ["duplicate", "ingested"]
    db = store.open_db(tmp_path / "s.sqlite")
    assert db["notices"].count == 1 and db["sources"].count == 2 and db["rejections"].count == 0
    again = ingest_paths([folder], tmp_path / "s.sqlite")
    assert {f.outcome for f in again.files} == {"unchanged"}


def test_missing_path_is_a_coded_error(tmp_path):
    with pytest.raises(PolicydbError) as caught:
        ingest_paths([tmp_path / "nope"], tmp_path / "s.sqlite", processor=json_file_processor)
    assert caught.value.code == "E001"


def test_globs_expand(tmp_path):
    write_files(tmp_path / "a", [cangzhou_2018, xiangyang_2020])
    summary = ingest_paths([str(tmp_path / "a" / "cang*.txt")], tmp_path / "s.sqlite",
                                 processor=json_file_processor)
    assert [Path(f.path).name for f in summary.files] == ["cangzhou_2018.txt"]


# --- who leads -------------------------------------------------------------------------

def test_lead_of_an_explicit_assignment(full_db):
    answers = store.who_leads(full_db, "制定重点招商企业目录清单")
    best = answers[0]
    assert (best.region, best.year, best.task) == ("沧州市", 2018, "三/二")
    assert best.lead == ["市商务局"] and best.lead_canonical == ["沧州市商务局"]
    assert best.units == ["市工业和信息化局", "市发展改革委", "市科技局", *CANGZHOU_UNITS]
    assert best.lead_basis == "printed" and best.match == "exact"
    assert best.covered_text.startswith("(二)制定重点招商企业目录清单")
    assert best.title.startswith("沧州市人民政府办公室")


def test_lead_by_the_task_words_in_another_order(full_db):
    # No task says 重点企业清单, but one holds each of its words: found, marked as such.
    answers = store.who_leads(full_db, "重点企业清单")
    assert answers and all(a.match == "words" for a in answers)
    assert any(a.task == "三/二" and a.lead == ["市商务局"] for a in answers)


def test_a_word_in_very_many_tasks_is_ranked_among_the_newest(full_db, monkeypatch):
    everything = store.who_leads(full_db, "招商", limit=100)
    monkeypatch.setattr(store_query, "RANK_AT_MOST", 3)
    capped = store.who_leads(full_db, "招商", limit=100)
    assert 0 < len(capped) < len(everything)
    newest = max(a.assignment_id for a in everything)
    assert any(a.assignment_id == newest for a in capped)
    # A region filters before ranking: its tasks are all there, none capped away.
    in_region = [a for a in everything if a.region == "沧州市"]
    assert len(store.who_leads(full_db, "招商", region="沧州", limit=100)) == len(in_region)


def test_regions_are_matched_by_stem_without_reading_every_region(full_db):
    assert store.matching_regions(full_db, "沧州") == ["沧州市"]
    assert store.matching_regions(full_db, "沧州市") == ["沧州市"]
    assert store.matching_regions(full_db, "不存在") == []


def test_a_region_goes_down_to_the_divisions_in_it(tmp_path):
    # Three notices: 宜春市's, and two of its counties'. --within 宜春 finds all three;
    # without it, 宜春市's own; the county's division codes name their city and province.
    texts = {"yichun.txt": "宜春市人民政府关于印发2022年工作要点的通知\n全市新签约项目100个。",
             "wanzai.txt": "万载县人民政府关于印发2022年工作要点的通知\n全县新签约项目30个。",
             "yuanzhou.txt": "袁州区人民政府关于印发2022年工作要点的通知\n全区新签约项目20个。"}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db_path = tmp_path / "store.sqlite"
    ingest_paths(sorted(tmp_path.glob("*.txt")), db_path)
    db = store.open_db(db_path)
    assert db.execute("SELECT region_code, city_code, province_code FROM notices WHERE region = '万载县'").fetchone() \
        == ("360922", "360900", "360000")
    assert store.matching_regions(db, "宜春") == ["宜春市"]
    assert store.matching_regions(db, "宜春", within=True) == ["万载县", "宜春市", "袁州区"]
    assert {g.region for g in store.list_goals(db, region="宜春市", within=True)} == {"宜春市", "万载县", "袁州区"}


def test_lead_when_none_is_printed(full_db):
    best = store.who_leads(full_db, "高端交流合作平台")[0]
    assert best.task == "三/八" and best.lead == [] and best.lead_basis == "none"
    assert best.units[:2] == ["市商务局", "市发展改革委"]
    assert "no lead" in best.note


def test_document_rule_makes_the_first_listed_unit_lead(full_db):
    best = store.who_leads(full_db, "稳岗支持")[0]
    assert best.task == "一/一"
    assert best.lead == ["人力资源社会保障部"] and best.units == ["财政部"]
    assert best.lead_basis == "document_rule" and best.rule == "列第一位者为牵头单位，下同"
    assert "inferred" in best.note and "人力资源社会保障部" in best.note
    prose = store.who_leads(full_db, "加大资金支持力度")[0]
    assert prose.lead == [] and prose.units == ["财政部"] and prose.lead_basis == "none"
    flagged = full_db.execute("SELECT inferred, role, printed_role FROM assignment_units "
                              "WHERE printed_name = '人力资源社会保障部'").fetchone()
    assert tuple(flagged) == (1, "lead", "unit")


def test_lead_filters_by_region_and_year(full_db):
    assert all(a.region == "襄阳市" for a in store.who_leads(full_db, "招商", region="襄阳"))
    assert store.who_leads(full_db, "招商", region="沧州", year=2017) == []
    assert store.who_leads(full_db, "招商", region="不存在") == []


def test_lead_finds_literal_text_that_is_no_word(full_db):
    # `企业目` is no word; the index still finds it, as an exact match.
    answers = store.who_leads(full_db, "企业目")
    assert answers and answers[0].task == "三/二" and answers[0].match == "exact"


# --- tasks of a unit -------------------------------------------------------------------

def test_tasks_by_printed_alias_and_canonical_name(full_db):
    by_alias = store.tasks_for_unit(full_db, "市发改委")
    printed = {t.printed_name for t in by_alias}
    assert printed == {"市发改委", "市发展改革委"}  # 市发改委 finds rows printed 市发展改革委
    assert {t.region for t in by_alias} == {"沧州市", "襄阳市"}
    cangzhou = store.tasks_for_unit(full_db, "沧州市发展改革委")
    assert cangzhou and {t.region for t in cangzhou} == {"沧州市"}
    assert {t.unit for t in cangzhou} == {"沧州市发展改革委"}
    assert len(store.tasks_for_unit(full_db, "市发展和改革委员会", region="沧州")) == len(cangzhou)
    leads = store.tasks_for_unit(full_db, "市发改委", region="沧州", role="lead")
    assert [t.task for t in leads] == ["四/二"]
    shares = store.tasks_for_unit(full_db, "市发改委", region="沧州", role="unit")
    assert [t.task for t in shares] == ["三/二", "三/八", "三/九"]


def test_tasks_of_a_generic_body_stay_in_their_region(full_db):
    cangzhou = store.tasks_for_unit(full_db, "各县(市、区)政府", region="沧州市")
    assert {t.region for t in cangzhou} == {"沧州市"} and len(cangzhou) == 4
    everywhere = store.tasks_for_unit(full_db, "各县(市、区)政府")
    assert {t.region for t in everywhere} == {"沧州市", "嘉兴市"}


def test_a_unit_printed_with_its_group_is_found_under_the_body_it_names(db):
    text = "一、加大资金支持\n(一)积极争取省级专项资金。(责任单位:市财政局等有关部门)"
    store.write_notice(db, gold_export(text, source="group.txt", meta={"region": "淮安市", "year": 2022}, assignments=[
        {"task": "一/一", "snippet": "积极争取省级专项资金", "units": ["市财政局等有关部门"]}]))
    found = store.tasks_for_unit(db, "淮安市财政局")
    assert [(t.task, t.printed_name) for t in found] == [("一/一", "市财政局等有关部门")]


def test_inferred_leads_are_found_by_role(full_db):
    leads = store.tasks_for_unit(full_db, "人力资源社会保障部", role="lead")
    assert [(t.task, t.inferred) for t in leads] == [("一/一", True)]


# --- goals and diff --------------------------------------------------------------------

def test_list_goals_filters(full_db):
    stretch = store.list_goals(full_db, region="沧州", kind="stretch")
    assert [(g.indicator, g.value, g.unit) for g in stretch] == [("实际利用外资", 6.8, "亿美元")]
    assert {g.year for g in store.list_goals(full_db, region="万载")} == {2015, 2022}
    assert len(store.list_goals(full_db, indicator="实际使用外资")) == 3


def test_diff_of_two_statistical_bulletins(full_db):
    report = store.diff_targets(full_db, "万载", 2015, 2022)
    assert report.regions == ["万载县"]
    rows = {(r.indicator, r.status): r for r in report.rows}
    gdp = rows[("地区生产总值", "changed")]
    assert (gdp.before.value, gdp.before.unit, gdp.after.value, gdp.after.unit) == (1102284, "万元", 262.6, "亿元")
    assert gdp.change == pytest.approx(152.3716) and gdp.change_unit == "亿元"
    assert gdp.relative == pytest.approx(2626000 / 1102284 - 1)
    assert gdp.before.evidence == "全县实现生产总值(GDP)1102284万元"
    assert gdp.after.evidence == "全年实现生产总值(GDP)262.6亿元"
    growth = rows[("地区生产总值增长", "changed")]
    assert growth.change == pytest.approx(-4.0) and growth.change_unit == "个百分点"
    revenue = rows[("一般公共预算收入", "changed")]  # 公共财政预算收入 was its name in 2015
    assert revenue.change == pytest.approx(3.6288)
    assert rows[("财政总收入", "dropped")].after is None
    assert rows[("非公有制经济增加值", "new")].before is None


def test_diff_converts_multipliers_and_matches_aliases(full_db):
    report = store.diff_targets(full_db, "沧州市", 2018, 2019)
    rows = {(r.indicator, r.kind, r.status): r for r in report.rows}
    fdi = rows[("实际利用外资", "target", "same")]
    assert (fdi.before.value, fdi.before.unit, fdi.after.value, fdi.after.unit) == (6.6, "亿美元", 66000, "万美元")
    assert fdi.change == 0 and fdi.relative == 0
    assert ("实际利用外资", "stretch", "dropped") in rows  # kinds are compared with their own kind
    assert ("实际利用外资增长", "target", "same") in rows


def test_diff_of_unknown_region_is_empty(full_db):
    report = store.diff_targets(full_db, "北京", 2018, 2019)
    assert report.regions == [] and report.rows == []


# --- hostile input ---------------------------------------------------------------------

HOSTILE = ["'; DROP TABLE notices; --", '" OR 1=1 --', "招商*", "NEAR(招商 外资)", "-招商", '"', "商务局\" OR \"",
           "%", "_"]


@pytest.mark.parametrize("text", HOSTILE)
def test_sql_and_fts_syntax_are_plain_text(full_db, text):
    before = counts(full_db)
    assert store.who_leads(full_db, text, region=text) == []
    store.who_leads(full_db, text)
    store.search(full_db, text)
    assert store.tasks_for_unit(full_db, text) == []
    assert store.list_goals(full_db, region=text, indicator=text) == []
    assert store.diff_targets(full_db, text, 2018, 2019).rows == []
    assert counts(full_db) == before


QUERIES = [
    lambda db, v: store.who_leads(db, v), lambda db, v: store.tasks_for_unit(db, v),
    lambda db, v: store.diff_targets(db, v, 2018, 2019), lambda db, v: store.list_goals(db, region=v),
    lambda db, v: store.search(db, v), lambda db, v: store.goal_series(db, "沧州", v),
    lambda db, v: store.attainment(db, v, 2018), lambda db, v: store.cascade(db, v, 2018, "GDP"),
]


@pytest.mark.parametrize("value", ["招商\udc80", "\ud800"], ids=["trailing", "alone"])
@pytest.mark.parametrize("query", QUERIES, ids=[f"q{i}" for i in range(len(QUERIES))])
def test_a_lone_surrogate_in_a_query_is_a_coded_error(full_db, query, value):
    with pytest.raises(PolicydbError) as error:
        query(full_db, value)
    assert error.value.code == "E016" and "surrogate" in str(error.value)


@pytest.mark.parametrize("call", [
    lambda db: store.who_leads(db, "招商", year=10 ** 30), lambda db: store.who_leads(db, "招商", limit=2 ** 64),
    lambda db: store.tasks_for_unit(db, "市商务局", year=-(10 ** 20)), lambda db: store.diff_targets(db, "沧州", 10 ** 30, 1),
    lambda db: store.attainment(db, "沧州", 2 ** 63),
])
def test_a_number_beyond_sqlite_is_a_coded_error(full_db, call):
    with pytest.raises(PolicydbError) as error:
        call(full_db)
    assert error.value.code == "E016" and "64-bit" in str(error.value)


def test_fts_operators_do_not_act(full_db):
    # Unquoted, `招商*` would be a prefix query and `-招商` a syntax error; quoted they are words.
    assert [a.task for a in store.who_leads(full_db, "招商*")] == [a.task for a in store.who_leads(full_db, "招商")]


# --- Datasette -------------------------------------------------------------------------

METADATA = Path(store.__file__).parent / "data" / "datasette-metadata.json"


def test_datasette_serves_the_store_with_facets_and_search(tmp_path):
    import datasette.app as datasette_app  # a dev extra: the check must run, not skip
    db_path = tmp_path / "policydb.sqlite"
    db = store.open_db(db_path)
    for build in ALL_NOTICES:
        store.write_notice(db, build())
    db.conn.close()
    metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    ds = datasette_app.Datasette([str(db_path)], metadata=metadata)

    async def fetch(path: str) -> dict:
        response = await ds.client.get(path)
        assert response.status_code == 200, (path, response.text[:500])
        return response.json()

    async def run() -> None:
        found = await fetch("/policydb/search_docs.json?_search=招商&_shape=objects")
        assert found["rows"] and all("招商" in r["body"] for r in found["rows"])
        two = await fetch("/policydb/search_docs.json?_search=外资&_shape=objects")
        assert any(r["kind"] == "goal" for r in two["rows"])
        units = await fetch("/policydb/task_units.json?_shape=objects")
        facets = units["facet_results"]
        facets = facets.get("results", facets)  # the shape differs between Datasette versions
        assert {"region", "year", "unit"} <= set(facets)
        goals = await fetch("/policydb/goal_list.json?region=万载县&_shape=objects")
        assert {r["year"] for r in goals["rows"]} == {2015, 2022}
        query = await fetch("/policydb/who_leads.json?text=目录清单&_shape=objects")
        assert query["rows"][0]["lead"] == "市商务局"
        series = await fetch("/policydb/indicator_series.json?region=万载县&indicator=地区生产总值增长&_shape=objects")
        assert [(r["year"], r["kind"], r["value"]) for r in series["rows"]] == [(2015, "actual", 9.3),
                                                                              (2022, "actual", 5.3)]

    asyncio.run(run())


def test_fixture_helper_keeps_spans_honest():
    export = copy.deepcopy(jiaxing_2024())
    first, second = export["assignments"]
    text = export["text"]
    assert text[first["span"][0]:first["span"][1]].endswith("研究绘制产业链招商图谱。")
    assert text[second["span"][0]:second["span"][1]].startswith("加强与链主企业互动交流")
