"""Numbering hierarchy: paths of lines, run-on items, tables (GUIDE §5 task paths)."""
# Tables of real sentences read better one case per line, so long lines are allowed here.
# ruff: noqa: E501
from __future__ import annotations

import pytest

from extract.lexicon import read_int
from extract.structure import parse_structure


def path_of(text: str, needle: str) -> str | None:
    blocks = parse_structure(text)
    pos = text.index(needle)
    block = next(b for b in blocks if b.start <= pos < b.end)
    return block.task


CASES = [
    # 000-style: 一、 then (一), half-width brackets
    ("三、主要举措\n(一)制定重点发展产业招商指导目录。围绕…\n(二)制定重点招商企业目录清单。", "制定重点招商", "三/二"),
    # full-width brackets, 〔〕 and mixed in one notice keep one style
    ("一、总体要求\n（一）指导思想。以…\n〔二〕主要目标。到…", "主要目标", "一/二"),
    # 002: (一) sections, 1. items numbered across sections, unnumbered paragraph joins item 8
    ("(一)加强组织领导\n1.落实机制。\n(二)明确方向\n8.面向核心区域招群招新。\n加大承接转移力度。突出粤港澳",
     "加大承接", "二/8"),
    # 003: continuous numbering keeps its section
    ("二、主要任务\n（一）坚持市县统筹。\n1.突出招商。\n（三）实行内外融合。\n12.提升招商队伍业务水平。", "12.提升", "二/三/12"),
    # an outer heading closes the inner levels
    ("一、目标\n（一）甲。\n1.乙。\n二、措施\n推动发展。", "推动发展", "二"),
    # 1、 and （1） and ① below 1.
    ("一、任务\n1、建设平台。\n（1）建立数据库。\n①完成采集。", "完成采集", "一/1/1/①"),
    ("一、任务\n1)建设平台。\n2)完善制度。", "完善制度", "一/2"),
    # full-width digits do not arrive (normaliser) but ．does
    ("一、任务\n1．建设平台。\n2．完善制度。", "完善制度", "一/2"),
    # a decimal at line start is no item number
    ("一、目标\n1.5亿元以上项目达到5个。", "1.5亿元", "一"),
    # lines before any number have no path
    ("关于印发方案的通知\n各县(市、区)人民政府:\n一、总体要求", "各县", None),
    # 001: only (一) survives; paths restart with the second group
    ("(一)明确责任分工。\n(四)拓宽招商渠道。\n(一)强化督导调度。招商", "强化督导", "一"),
    # run-on line: the next item follows an annotation on the same line
    ("一、任务\n1.强化协同。(责任单位:市商务局)2.加强统筹。做好", "加强统筹", "一/2"),
    # indentation with full-width spaces and NBSP
    ("一、任务\n\u3000\u3000（一）加强领导。\n\xa0（二）强化保障。", "强化保障", "一/二"),
    # 第X章 / 第X条 styles
    ("第一章 总则\n第一条 为了规范管理。\n第二条 本办法适用于", "本办法", "一/二"),
]


@pytest.mark.parametrize("text,needle,expected", CASES)
def test_paths(text: str, needle: str, expected: str | None) -> None:
    assert path_of(text, needle) == expected


def test_table_rows_get_cells_and_serial_paths() -> None:
    text = ("三、重点任务分解\n序号 | 任务 | 牵头单位 | 责任单位 | 完成时限\n"
            "1 | 制定产业招商指导目录 | 市商务局 | 市发展改革委 市科技局 | 2024年6月底前\n"
            "2 | 建立项目库 | 市发展改革委 | 各县(市、区)政府 | 每月\n")
    blocks = parse_structure(text)
    rows = [b for b in blocks if b.cells]
    assert [r.task for r in rows] == ["三/1", "三/2"]
    assert rows[0].cells["牵头单位"] == "市商务局"
    assert rows[1].cells["完成时限"] == "每月"


def test_markdown_table_separator_is_skipped() -> None:
    text = "| 序号 | 任务 | 责任单位 |\n|---|---|---|\n| 1 | 建立台账 | 市商务局 |\n"
    rows = [b for b in parse_structure(text) if b.cells]
    assert len(rows) == 1 and rows[0].task == "1" and rows[0].cells["责任单位"] == "市商务局"


def test_blocks_cover_lines_exactly() -> None:
    text = "一、总体要求\n\n（一）指导思想。\n正文"
    for b in parse_structure(text):
        assert "\n" not in text[b.start:b.end] and text[b.start:b.end].strip()


@pytest.mark.parametrize("s,value", [("十二", 12), ("二十", 20), ("十", 10), ("三", 3), ("12", 12), ("③", 3),
                                     ("二十一", 21), ("甲", None)])
def test_item_numbers_read(s: str, value: int | None) -> None:
    assert read_int(s) == value


def test_tab_separated_rows_are_table_rows():
    text = "序号\t重点任务\t牵头单位\t责任单位\t完成时限\n1\t建设智能工厂10家\t市工信局\t市发改委、市科技局\t2023年12月底前"
    blocks = parse_structure(text)
    row = blocks[-1]
    assert row.task == "1"
    assert row.cells == {"序号": "1", "重点任务": "建设智能工厂10家", "牵头单位": "市工信局",
                         "责任单位": "市发改委、市科技局", "完成时限": "2023年12月底前"}
