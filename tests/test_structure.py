"""Numbering hierarchy: paths of lines, run-on items, tables (GUIDE §5 task paths)."""
# Tables of real sentences read better one case per line, so long lines are allowed here.
# ruff: noqa: E501
from __future__ import annotations

import pytest

from extract.lexicon import read_int
from extract.structure import find_sections, names_a_part, parse_structure


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


# A task table flattened one cell per line: header cells, then each row as its bare
# serial and its cells; a unit cell of several lines, a sub-row sharing the task cell
# (merged cells), a progress cell of two numbered paragraphs.
FLAT = ("序号\n\n工作任务\n\n责任单位\n\n推进情况\n\n"
        "1\n\n新建改造城市燃气管网120公里。\n\n区住建局\n\n区城管局\n\n已完成招标。\n\n"
        "2\n\n城乡居民医保参保率保持稳定。\n\n区医保局\n\n城镇居民参保率达到96%。\n\n区卫健委\n\n农村居民参保工作正在推进。\n\n"
        "3\n\n完善养老服务网络。\n\n区民政局\n\n1. 新建社区食堂4个。\n\n2. 开展老年人能力评估。\n\n"
        "二、下一步工作\n加强调度。")


def test_flattened_table_rows_get_cells_and_serial_paths() -> None:
    rows = [b for b in parse_structure(FLAT) if b.cells]
    assert [r.task for r in rows] == ["1", "2", "2", "3"]
    assert rows[0].cells["责任单位"] == "区住建局\n\n区城管局"
    assert rows[1].cells["工作任务"] == "城乡居民医保参保率保持稳定。"
    assert rows[2].cells == {"责任单位": "区卫健委", "推进情况": "农村居民参保工作正在推进。"}
    assert rows[3].cells["推进情况"].startswith("1. 新建") and rows[3].cells["推进情况"].endswith("能力评估。")
    assert path_of(FLAT, "加强调度") == "二"


def test_flattened_table_without_serial_header() -> None:
    text = "重点任务\n牵头单位\n完成时限\n1\n建成5G基站300个。\n县工信局\n2024年底\n2\n推进数字乡村试点。\n县农业农村局\n县网信办\n6月底前"
    rows = [b for b in parse_structure(text) if b.cells]
    assert [r.task for r in rows] == ["1", "2"]
    assert rows[1].cells == {"重点任务": "推进数字乡村试点。", "牵头单位": "县农业农村局\n县网信办", "完成时限": "6月底前"}


def test_flattened_table_whose_header_cells_wrapped_over_two_lines() -> None:
    text = ("序号\n重点工作\n责任\n领导\n责任\n科室\n攻坚目标\n任务\n第二季度\n完成情况\n"
            "1\n白仙山水库工程政策处理\n欧乾震\n工作领导小组\n推进大坝建设。\n迁移进度达60%。\n"
            "2\n现代化美丽城镇\n吴宇凡\n乡村振兴办\n创建美丽城镇。\n完成投资3000万元。")
    rows = [b for b in parse_structure(text) if b.cells]
    assert [r.task for r in rows] == ["1", "2"]
    assert rows[1].cells == {"序号": "2", "重点工作": "现代化美丽城镇", "责任领导": "吴宇凡", "责任科室": "乡村振兴办",
                             "攻坚目标任务": "创建美丽城镇。", "第二季度完成情况": "完成投资3000万元。"}


def test_flattened_table_with_a_group_heading_before_its_first_row() -> None:
    text = ("序号\n目  标  任  务\n牵头单位\n责任单位\n"
            "一、主要经济社会发展指标(牵头领导:某某)\n1\n★地区生产总值增长15%。\n区发改局\n区统计局\n"
            "2\n★一般公共预算收入增长8%。\n区财政局\n区税务局")
    rows = [b for b in parse_structure(text) if b.cells]
    assert [r.task for r in rows] == ["一/1", "一/2"]
    assert rows[0].cells["牵头单位"] == "区发改局" and rows[1].cells["责任单位"] == "区税务局"


def test_flattened_table_whose_rows_number_their_task_cells() -> None:
    # No 序号 column: each row's number opens its task cell; a group heading stands between rows.
    text = ("主要工作任务\n牵头单位\n责任单位\n一、优结构、谋发展\n1.主动对接国家战略。\n区发改局\n区工信局、区商务局\n"
            "2.积极培育未来产业。\n发改局\n区工信局、各街道办事处\n二、抓改革、促开放\n3.深化营商环境改革。\n区营商局\n各街道办事处")
    rows = [b for b in parse_structure(text) if b.cells]
    assert [r.task for r in rows] == ["一/1", "一/2", "二/3"]
    assert rows[0].cells == {"主要工作任务": "1.主动对接国家战略。", "牵头单位": "区发改局", "责任单位": "区工信局、区商务局"}
    assert rows[2].cells["牵头单位"] == "区营商局"


def test_a_numbered_list_under_a_unit_heading_is_no_table() -> None:
    text = "牵头单位\n1.市发改委负责统筹。\n2.市财政局负责资金。"
    assert not [b for b in parse_structure(text) if b.cells]


def test_flattened_table_with_an_empty_cell_printed_as_a_space() -> None:
    text = ("序号\n\n工作任务\n\n牵头部门\n\n主要配合部门\n\n上半年进展情况\n\n"
            "1\n\n地区生产总值增长7%左右\n\n市发改委\n\n \n\n完成地区生产总值9109.8亿元,增长6.9%\n\n"
            "2\n\n一般公共预算收入增长8%以上\n\n市财政局\n\n市税务局\n\n完成一般公共预算收入1115.9亿元")
    rows = [b for b in parse_structure(text) if b.cells]
    assert rows[0].cells == {"序号": "1", "工作任务": "地区生产总值增长7%左右", "牵头部门": "市发改委",
                             "上半年进展情况": "完成地区生产总值9109.8亿元,增长6.9%"}
    assert rows[1].cells["主要配合部门"] == "市税务局"


def test_a_part_heading_opening_with_a_year_is_a_heading() -> None:
    text = "一、2024年全区经济社会发展主要预期目标\n1.地区生产总值增长5%以上。\n二、重点工作\n1.新建5G基站300个。"
    assert path_of(text, "地区生产总值") == "一/1" and path_of(text, "新建5G") == "二/1"


@pytest.mark.parametrize(("line", "part"), [
    ("2022年工作回顾", True), ("回顾2017年", True), ("展望2018年", True),
    # a subject makes a title; a word before the year that is no part's name too
    ("2011年招商引资工作总结", False), ("关于2017年回顾", False),
])
def test_a_line_naming_only_a_reports_part_and_its_year(line: str, part: bool) -> None:
    assert names_a_part(line) is part


def test_flattened_table_excerpted_from_a_longer_numbered_list() -> None:
    # Rows 6, 52, 53 of a county's list; the time cell anchors its column, so a unit cell of
    # two lines (or a stray number in it) does not push the limit into the progress column.
    text = ("序号\n目标任务\n牵头责任单位\n计划完成时间\n目前完成情况\n"
            "6\n农村居民收入与经济增长同步。\n经管站\n2\n2023年底\n三季度增幅7.4%。\n"
            "52\n建成高标准农田8.3万亩。\n农田建设管理股\n农业股\n2023年底\n正在施工中。\n"
            "53\n完成改革试验20万亩。\n经管站\n2023年底\n已完成31.7万亩。")
    rows = [b for b in parse_structure(text) if b.cells]
    assert [r.task for r in rows] == ["6", "52", "53"]
    assert [r.cells["计划完成时间"] for r in rows] == ["2023年底"] * 3
    assert rows[1].cells["牵头责任单位"] == "农田建设管理股\n农业股"


def test_flattened_table_with_a_column_named_in_its_own_words() -> None:
    # 民生实事 names no column by the header words, between cells that do; a 附件 line above
    # is no column. Row 5 holds two tasks under one serial (merged cells): the second with
    # its own time limit, the unit cell only on the first.
    text = ("附件\n序号\n民生实事\n责任单位\n完成时限\n"
            "4\n建成县残疾人综合服务中心。\n县残联\n5月底前动工\n"
            "5\n开工建设县老年养护楼。\n县民政局\n5月底前动工\n开工建设老年大学。\n12月底前\n"
            "6\n迁建县政务服务中心。\n县政务服务中心\n县代建中心\n12月底前")
    rows = [b for b in parse_structure(text) if b.cells]
    assert [r.task for r in rows] == ["4", "5", "5", "6"]
    assert rows[1].cells == {"序号": "5", "民生实事": "开工建设县老年养护楼。", "责任单位": "县民政局", "完成时限": "5月底前动工"}
    assert rows[2].cells == {"民生实事": "开工建设老年大学。", "完成时限": "12月底前"}
    assert rows[3].cells["责任单位"] == "县政务服务中心\n县代建中心"


def test_short_lines_without_a_serial_are_no_table() -> None:
    text = "工作任务\n责任单位\n完成时限\n一、总体要求\n1.加强领导。"
    assert not [b for b in parse_structure(text) if b.cells]


def test_an_outline_of_the_reports_parts_heads_no_lines() -> None:
    # 报告分为三部分: then its parts, one a line: what follows is of none of them; a part's
    # own heading over its text heads its lines.
    lines = ["报告分为三部分:", "一、2019年工作回顾;", "二、奋力做好2020年工作;", "三、提升政府治理能力。",
             "报告指出,2019年全市地区生产总值增长7.5%。", "二、2020年工作安排", "地区生产总值增长7%左右。"]
    sections = find_sections(lines)
    assert 4 not in sections and all(n not in sections for n in (1, 2, 3))
    assert (sections[6].role, sections[6].year) == ("plan", 2020)
