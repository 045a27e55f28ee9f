"""Responsibility annotations and prose assignments (GUIDE §5)."""
# Tables of real sentences read better one case per line, so long lines are allowed here.
# ruff: noqa: E501
from __future__ import annotations

import pytest

from extract.assignments import find_assignments, find_document_rules, seed_units, split_units
from extract.lexicon import admin_levels, data_table
from extract.structure import parse_structure
from tests.conftest import PROJECT_TABLE


def run(text: str):
    rows = find_assignments(text, parse_structure(text))
    for a in rows:
        assert 0 <= a.span[0] <= a.span[1] <= len(text)
        if a.annotation_span:
            # The covered text ends before the annotation and never contains it.
            assert a.span[1] <= a.annotation_span[0]
    return rows


EXPLICIT = [
    # units and the item's time limit in one bracket
    ("一、经济发展\n1.强化经济运行监测分析，每季度召开经济形势分析会。（县发改局、县统计局，每季度）",
     "强化经济运行监测分析", "一/1", [], ["县发改局", "县统计局"]),
    ("一、经济发展\n3.推进园区扩区提质。（县工信局，4月底前启动、11月底前完工）", "推进园区扩区提质", "一/3", [], ["县工信局"]),
    # a list closing on 等, whatever its last name looks like
    ("一、项目建设\n7.修编经济开发区整体规划。(牵头单位:县政府园区发展服务中心;责任单位:新材料产业园、商贸物流园等)",
     "修编经济开发区整体规划", "一/7", ["县政府园区发展服务中心"], ["新材料产业园", "商贸物流园"]),
    # a city's task split: the verb after a labelled list makes its units the leads
    ("一、主要预期目标\n4.城乡居民收入增速保持全省领先。\n责任单位:市人力社保局、市农业农村局分别牵头",
     "城乡居民收入增速", "一/4", ["市人力社保局", "市农业农村局"], []),
    # a prefecture's division of work: the time limit closes the labelled lists
    ("一、优化营商环境\n1.加大简政放权力度。下放一批管理审批权限。(牵头单位:州行政审批服务局;责任单位:州司法局、各县市人民政府,6月底完成)",
     "加大简政放权力度", "一/1", ["州行政审批服务局"], ["州司法局", "各县市人民政府"]),
    # gov.cn: a comma groups one list before the verb (`A、B，C按职责分工负责`)
    ("（四）支持创业载体建设。鼓励各地加快建设重点群体创业孵化载体。（人力资源社会保障部、科技部、市场监管总局，各省级人民政府按职责分工负责）",
     "创业孵化载体", "四", [], ["人力资源社会保障部", "科技部", "市场监管总局", "各省级人民政府"]),
    ("（十四）切实抓好政策服务。要建立实名制管理服务信息系统。（各有关部门和单位，各省级人民政府按职责分工负责）",
     "实名制", "十四", [], ["各有关部门和单位", "各省级人民政府"]),
    # a standing rule riding in the first annotation (以下工作均需…落实,不再列出) names no unit
    ("一、攻坚目标\n2022年全市固定资产投资力争增长12%以上。(市发展改革委,各县区政府、市管各园区管委会牵头,"
     "以下工作均需各区县政府、市管各园区管委会落实,不再列出)",
     "固定资产投资", "一", ["市发展改革委", "各县区政府", "市管各园区管委会"], []),
    # a document rule in brackets after the first unit names no unit (the store applies it)
    ("一、经济发展\n1.全县生产总值增长7.5%左右。(县发改局(首位单位为牵头单位,下同)、县财政局、县税务局)",
     "全县生产总值", "一/1", [], ["县发改局", "县财政局", "县税务局"]),
    # …the rule after the last unit, naming the lead 工作牵头单位 or 汇总单位
    ("一、市长主抓重点工作\n1.坚定不移支持企业发展。力争减轻企业各类负担200亿元。\n责任单位:市经信局、市财政局、市税务局"
     "(列第一位者为工作牵头单位或汇总单位,下同)", "坚定不移", "一/1", [], ["市经信局", "市财政局", "市税务局"]),
    # …按照职责分工负责, the verb spelt with 按照 (a prefecture's measures)
    ("（一）高效统筹疫情防控和经济社会发展。坚持总策略不动摇。(州商务局、州卫生健康委,各县市人民政府、大理经开区管委会按照职责分工负责)",
     "高效统筹", "一", [], ["州商务局", "州卫生健康委", "各县市人民政府", "大理经开区管委会"]),
    # `X等有关部门和单位`: the body heading its group is one unit as printed (five code-blind
    # answers of seven rows keep it whole; the store files it under X)
    ("（五）扩大就业见习补贴范围。实施三年百万青年见习计划。（人力资源社会保障部等有关部门和单位负责）",
     "青年见习计划", "五", [], ["人力资源社会保障部等有关部门和单位"]),
    # 000: （牵头单位：…；责任单位：…） with nested (市、区)
    ("三、主要举措\n(一)制定目录。所有目录均在一季度制定完成。(牵头单位:市商务局;责任单位:市发展改革委、各县(市、区)政府、"
     "渤海新区、沧州高新区管委会)", "制定目录", "三/一", ["市商务局"], ["市发展改革委", "各县(市、区)政府", "渤海新区", "沧州高新区管委会"]),
    # 002: 〔牵头单位：…；责任单位：…〕
    ("(二)明确方向\n6.聚焦重点产业精准招商。谋划项目。〔牵头单位:市招商局;责任单位:各县(市、区)、开发区〕",
     "聚焦重点产业", "二/6", ["市招商局"], ["各县(市、区)", "开发区"]),
    # 003: (责任单位:…) with 〔〕 inside units
    ("（一）坚持统筹。\n1.突出招商。建立领导小组。(责任单位:市发展改革委、浙江乍浦经济开发区〔嘉兴港区〕,各县〔市、区〕政府)",
     "建立领导小组", "一/1", [], ["市发展改革委", "浙江乍浦经济开发区〔嘉兴港区〕", "各县〔市、区〕政府"]),
    # 003 item 10: an unlabelled unit list in the annotation slot
    ("（三）实行融合。\n10.推进全覆盖。各地组建公司。(嘉兴经济技术开发区、浙江乍浦经济开发区〔嘉兴港区〕,各县〔市、区〕政府)",
     "推进全覆盖", "三/10", [], ["嘉兴经济技术开发区", "浙江乍浦经济开发区〔嘉兴港区〕", "各县〔市、区〕政府"]),
    # gov.cn 005: （X牵头，Y、Z参与）
    ("（一）强化顶层设计。\n建立指标体系。\n（生态环境部牵头，国家发展改革委、工业和信息化部参与）",
     "建立指标体系", "一", ["生态环境部"], ["国家发展改革委", "工业和信息化部"]),
    # gov.cn 006/007: （A、B负责。列第一位者为牵头单位，下同）
    ("（三）完善体系。\n瞄准需求。（工业和信息化部、发展改革委、科技部等负责。列第一位者为牵头单位，下同）",
     "瞄准需求", "三", [], ["工业和信息化部", "发展改革委", "科技部"]),
    # gov.cn 009: X等和各有关省级人民政府负责
    ("（四）打通供应链条。\n支持城市。（商务部、农业农村部等和各有关省级人民政府负责）",
     "支持城市", "四", [], ["商务部", "农业农村部", "各有关省级人民政府"]),
    # (X主办,Y协办): the host leads, the co-hosts assist; a district's sectors are units
    ("一、聚力提升发展能级\n2.社会消费品零售总额增长6%以上。(区商务局主办,各街道板块协办)",
     "社会消费品零售总额", "一/2", ["区商务局"], ["各街道板块"]),
    # （X指导）
    ("（二）实施生产。\n全面实施绿色开采。\n（自然资源部、工业和信息化部指导）", "绿色开采", "二", [], ["自然资源部", "工业和信息化部"]),
    # a time tail made of data words (年底, 完成) after the units
    ("一、经济发展\n2.加快建设园区。（县工信局，年底前完成）", "加快建设园区", "一/2", [], ["县工信局"]),
    # bare labels separated by spaces, on their own line
    ("一、任务\n1.建立台账。按月更新。\n牵头单位:市商务局  责任单位:市财政局、市统计局",
     "建立台账", "一/1", ["市商务局"], ["市财政局", "市统计局"]),
    # 配合单位 / 协办单位 go to units
    ("一、任务\n（一）建立机制。（牵头单位：市委组织部；配合单位：市人社局；协办单位：市总工会）",
     "建立机制", "一/一", ["市委组织部"], ["市人社局", "市总工会"]),
    # a lead marked inside the list
    ("一、任务\n（二）优化环境。（责任单位：市发改委（牵头）、市市场监管局）", "优化环境", "一/二", ["市发改委"], ["市市场监管局"]),
    # 及 / 和 do not split
    ("一、任务\n（三）建立平台。（责任单位：市科技局及所属单位、市教育局和市人社局）", "建立平台", "一/三", [],
     ["市科技局及所属单位", "市教育局和市人社局"]),
    # lead and partner labels on lines of their own: one annotation (GUIDE §5 synonyms)
    ("二、重点任务\n3.推进标准厂房建设。新建厂房8万平方米。\n牵头责任单位:县工信局\n协同责任单位:县自然资源局、县住建局",
     "推进标准厂房建设", "二/3", ["县工信局"], ["县自然资源局", "县住建局"]),
    ("二、重点任务\n4.优化审批服务。推行容缺受理。\n牵头单位：县行政审批局\n责任单位：县市场监管局、县税务局等",
     "优化审批服务", "二/4", ["县行政审批局"], ["县市场监管局", "县税务局"]),
    # a person's label is no unit; angle brackets stay inside a unit; a rule riding in the list
    ("一、任务\n（二）盘活闲置用地。（牵头负责领导：分管副县长；牵头单位：县自然资源局）", "盘活闲置用地", "一/二", ["县自然资源局"], []),
    ("一、任务\n（三）清理拖欠账款。（责任单位：各县〈市、区〉政府、市财政局）", "清理拖欠账款", "一/三", [], ["各县〈市、区〉政府", "市财政局"]),
    # ASCII angle brackets too, and the notice's rule riding in the list is no unit
    ("一、任务\n（一）健全管理体制。(市教育局,市委农办,各县<市、区>人民政府,排名第一位为牵头单位,下同)", "健全管理体制", "一/一",
     [], ["市教育局", "市委农办", "各县<市、区>人民政府"]),
    # units with their verb after the manner of their duty (按职责分工分别负责)
    ("一、任务\n（一）推进法治政府建设。\n责任单位:县政府办公室、县司法局,乡镇人民政府按职责分工分别负责", "推进法治政府建设", "一/一",
     [], ["县政府办公室", "县司法局", "乡镇人民政府"]),
    ("一、任务\n（四）建立专班。（牵头单位：市商务局，列第一位者为牵头单位；责任单位：市投促局，下同）", "建立专班", "一/四",
     ["市商务局"], ["市投促局"]),
    # a province's prefectures charged with its cities (各州、市人民政府), after a semicolon
    ("一、推进重大项目建设\n全力推进全省20个重点项目。(省发展改革委、财政厅牵头;省水利厅,各州、市人民政府配合)", "全力推进", "一",
     ["省发展改革委", "财政厅"], ["省水利厅", "各州", "市人民政府"]),
    # leaders named by post charge no body; a scrape cut inside the last annotation keeps its whole names
    ("一、目标\n(一)主要预期目标:经济增长7.5%;规模工业增加值增长7%(分管副省长、协管副秘书长负责,省发展改革委牵头,"
     "省工业和信息化厅、省", "规模工业增加值增长7%", "一/一", ["省发展改革委"], ["省工业和信息化厅"]),
    # a body's manner before its verb (结合实际落实) is no part of its name; 下同 is a rule
    ("一、科技创新\n1.实施关键核心技术攻关。推动成果中试熟化。(省发展改革委、科技厅按职责分工负责;各地级以上市人民政府结合实际落实,下同)",
     "实施关键核心技术攻关", "一/1", [], ["省发展改革委", "科技厅", "各地级以上市人民政府"]),
    # a sentence after the list inside the bracket (。以下政策措施均需…落实) names no unit
    ("一、稳增长\n1.积极争取省级专项资金。(责任单位:市工信局、园区管委会。以下政策措施均需各县区人民政府落实,不再单独列出)",
     "积极争取省级专项资金", "一/1", [], ["市工信局", "园区管委会"]),
    # … or inside its next label
    ("一、抓龙头\n3.支持企业绿色发展。对新获评省级绿色工厂的企业,一次性奖励50万元。〔牵头单位:市工信局、市财政局;责任",
     "支持企业绿色发展", "一/3", ["市工信局", "市财政局"], []),
    # units in brackets closing the item's sentence, no label (…增长11%(市发改委,各县市区政府)。)
    ("一、主要工作目标\n1、地区生产总值增长11%(市发改委,市政府相关部门,各县市区政府,荆州开发区)。 2、固定资产投资增长25%",
     "地区生产总值增长11%", "一/1", [], ["市发改委", "市政府相关部门", "各县市区政府", "荆州开发区"]),
    # a label after a comma; a labelled list whose verbs give the roles, its last names waiting
    # for no verb (the label's role)
    ("二、部分项目进展情况\n1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。",
     "农村道路畅通工程", "二/1", ["市交通局"], []),
    ("一、巩固成果\n1.保持帮扶政策总体稳定。(责任单位:县扶贫开发办牵头,县民政局、县医疗保障局参加,各镇街落实)",
     "保持帮扶政策总体稳定", "一/1", ["县扶贫开发办"], ["县民政局", "县医疗保障局", "各镇街"]),
    # a bracket right after the last unit of a bare line is that unit's other name, no annotation
    ("一、防控\n1.坚持“外防输入、内防反弹”总体防控策略。\n责任单位:市卫生健康委等,各县(市、区)政府(管委会)",
     "总体防控策略", "一/1", [], ["市卫生健康委", "各县(市、区)政府(管委会)"]),
]


@pytest.mark.parametrize("text,snippet,task,lead,units", EXPLICIT)
def test_explicit(text: str, snippet: str, task: str, lead: list[str], units: list[str]) -> None:
    rows = [a for a in run(text) if a.explicit]
    assert len(rows) == 1
    a = rows[0]
    assert snippet in text[a.span[0]:a.span[1]]
    assert (a.task, a.lead, a.units) == (task, lead, units)


def test_several_annotations_in_one_item_cover_their_own_text() -> None:
    text = ("(二)明确方向\n8.面向核心区域招群招新。扎实开展。〔牵头单位:市招商局;责任单位:各县(市、区)、开发区〕\n"
            "加大境外招商力度。吸引企业。〔牵头单位:市招商局;责任单位:市商务局〕\n"
            "加大园区招商力度。推动满园。〔牵头单位:市经信局;责任单位:开发区〕")
    rows = [a for a in run(text) if a.explicit]
    covered = [text[a.span[0]:a.span[1]] for a in rows]
    assert [a.task for a in rows] == ["二/8"] * 3
    assert covered[1].startswith("加大境外招商力度") and "扎实开展" not in covered[1]
    assert covered[2].startswith("加大园区招商力度") and [a.lead for a in rows][2] == ["市经信局"]


def test_table_columns_assign() -> None:
    text = ("序号 | 任务 | 牵头单位 | 责任单位 | 完成时限\n"
            "1 | 制定产业招商指导目录 | 市商务局 | 市发展改革委 市科技局 | 2024年6月底前\n")
    rows = [a for a in run(text) if a.explicit]
    assert len(rows) == 1
    a = rows[0]
    assert a.task == "1" and a.lead == ["市商务局"] and a.units == ["市发展改革委", "市科技局"]
    assert "制定产业招商指导目录" in text[a.span[0]:a.span[1]]


def test_a_header_spaced_out_to_align_its_cells_still_names_the_columns() -> None:
    text = ("序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 |\n"
            "1 | 地区生产总值 | 增长5.5% | 区发改经信局 | 区财政局、区统计局 |\n")
    rows = [a for a in run(text) if a.explicit]
    assert [(a.task, a.lead, a.units) for a in rows] == [("1", ["区发改经信局"], ["区财政局", "区统计局"])]



def test_a_row_that_lost_its_first_cells_to_merged_cells_takes_the_last_columns() -> None:
    # A rowspan flattened to markdown: the row prints its cells first, padded at its end.
    text = ("| 工作内容 | 工作措施 | 责任单位 | 完成时限 |\n"
            "| (一)强化源头治理 | 1.加强农用地土壤污染源头防控。 | ****分局牵头,各有关部门按照职责分工负责 | 2025年11月底前 |\n"
            "| 2.持续开展兽药使用减量行动。 | 县农业农村局 | 2025年11月底前,并长期坚持 | |\n")
    rows = [a for a in run(text) if a.explicit]
    # a site's mask over a name stays in it; the verbs in a unit cell give the roles
    assert [(a.lead, a.units) for a in rows] == [(["****分局"], ["各有关部门"]), ([], ["县农业农村局"])]
    assert all(a.explicit for a in run(text))  # the cells' verbs (牵头) are no prose assignment


def test_a_register_of_a_departments_offices_with_standing_limits() -> None:
    # 责任处室 names the offices; a row that prints no 细化分工 closes on its standing limit (长期推进).
    text = ("序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |\n"
            "1 | 做好常态化疫情防控信息发布 | 重点围绕散发疫情发布权威信息 | 应急处、疾控处 | 长期推进 |\n"
            "2 | 扎实做好疫苗接种信息公开工作 | 疾控处 | 长期推进 |\n")
    rows = [a for a in run(text) if a.explicit]
    assert [(a.task, a.units) for a in rows] == [("1", ["应急处", "疾控处"]), ("2", ["疾控处"])]


def test_lead_and_partner_lines_under_each_item() -> None:
    text = ("一、实施“畅通出行”工程\n1.加快建设中山路上跨立交桥。\n牵头责任单位:市城乡建设委员会、市城建投公司\n"
            "配合实施单位:郾城区人民政府、源汇区人民政府")
    rows = [a for a in run(text) if a.explicit]
    assert [(a.task, a.lead, a.units) for a in rows] == [
        ("一/1", ["市城乡建设委员会", "市城建投公司"], ["郾城区人民政府", "源汇区人民政府"])]


def test_a_host_body_without_a_lead_label_is_one_of_the_units() -> None:
    # GUIDE §5: the lead comes from 牵头 labels; 主办单位 and 协办单位 both name units.
    text = "一、人居环境提升工程\n(1)实施老旧小区改造提升。改造凤园西侧片区老旧小区。\n主办单位:县城投公司,协办单位:住建局、凤城镇。"
    rows = [a for a in run(text) if a.explicit]
    assert [(a.task, a.lead, a.units) for a in rows] == [("一/1", [], ["县城投公司", "住建局", "凤城镇"])]


def test_a_register_row_that_lost_its_name_cell_and_a_sub_row_of_a_second_lead() -> None:
    text = ("项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |\n"
            "1.城市人居环境提升项目 | 对人民中路等3条城区道路进行综合提升改造; | 11月 | 建设局 |\n"
            "2021.8 | 城投集团 | ||\n"
            "新建城市口袋公园2处; | 11月 | 建设局 | |\n")
    rows = [a for a in run(text) if a.explicit]
    assert [a.lead for a in rows] == [["建设局", "城投集团"], ["建设局"]]
    assert "新建城市口袋公园2处" in text[rows[1].span[0]:rows[1].span[1]]


def test_a_table_whose_cells_only_spaces_separate() -> None:
    # The header may close a notice run on one line; a row's text keeps its broken words.
    text = ("附件:2018年政府工作任务分解表 序号 类别 主要任务 牵头单位 参与单位\n"
            "一、主要预期目标\n"
            "1 加强水资源保 护 实施用水总量控制。到2020年,用水总量控制在11.88亿立方米以内。 市水利局 市发展改革委、农业局\n"
            "2 推进节水型社会建设。 市水利局 各县(市、区)人民政府,高新区管委会\n")
    rows = [a for a in run(text) if a.explicit]
    assert [(a.task, a.lead, a.units) for a in rows] == [
        ("一/1", ["市水利局"], ["市发展改革委", "农业局"]),
        ("一/2", ["市水利局"], ["各县(市、区)人民政府", "高新区管委会"])]
    assert "实施用水总量控制" in text[rows[0].span[0]:rows[0].span[1]]


def test_a_table_one_cell_a_line_whose_serial_column_is_empty() -> None:
    text = "\n\n".join(["2020年度重点工作任务分解表", "序号", "目标与任务", "牵头责任单位", "责任单位",
                       "秉持共抓大保护理念,加快推进国土空间规划编制。", "市自然资源和规划局", "各县(市)区政府、开发区管委会",
                       "扎实打好污染防治攻坚战。抓好突出生态环境问题整改。", "市生态环境局", "各县(市)区政府"])
    rows = [a for a in run(text) if a.explicit]
    assert [(a.task, a.lead, a.units) for a in rows] == [
        (None, ["市自然资源和规划局"], ["各县(市)区政府", "开发区管委会"]), (None, ["市生态环境局"], ["各县(市)区政府"])]
    assert "扎实打好污染防治攻坚战" in text[rows[1].span[0]:rows[1].span[1]]


def test_a_table_scraped_with_a_pipe_line_after_each_cell_and_numbered_tasks_in_one_row() -> None:
    # Category and leader cells merged down the rows: a later task prints its units alone,
    # or after an empty cell (two pipe lines); a star marks the lead unit.
    text = "\n|\n".join(["序号", "项目", "重点工作目标任务", "牵头领导", "责任单位",
                           "1", "主要预期目标", "1.地区生产总值增长5%以上。", "钱宇", "★区发改委、统计局",
                           "2.一般公共预算收入同口径增长6%以上。", "★区财政局、税务局\n|\n|||",
                           "3.规上工业总产值增长5%左右。\n|", "★区工信局、统计局\n|\n||"]) + "\n|"
    rows = [a for a in run(text) if a.explicit]
    assert [(a.lead, a.units) for a in rows] == [
        (["区发改委"], ["统计局"]), (["区财政局"], ["税务局"]), (["区工信局"], ["统计局"])]


def test_a_task_list_without_a_serial_column_its_cells_closed_by_pipes() -> None:
    # The caption over the header has no pipe; each task opens with its number.
    text = "\n".join(["2022年11—12月政务公开重点工作任务清单", "工作任务 |", "具 体 要 求 |", "责任单位 |", "完成情况 |", "||",
                      "1.行政规范性文件集中公开 |", "1.开展行政规范性文件清理。2.发布文件标准电子文本。 |",
                      "市政府各部门、各直属机构,各县市区政府 |", "推进中 |", "||",
                      "2.基层政务公开提升 |", "1.全面公开各领域政府信息。 |", "各县市区政府 |", "推进中 |"])
    rows = [a for a in run(text) if a.explicit]
    assert [(a.task, a.units) for a in rows] == [("1", ["市政府各部门", "各直属机构", "各县市区政府"]), ("2", ["各县市区政府"])]


def test_a_figure_under_a_column_naming_its_unit_is_no_rows_number() -> None:
    rows = [a for a in run(PROJECT_TABLE) if a.explicit]
    assert [(a.task, a.units) for a in rows] == [("1", ["教体局"]), ("2", ["住建局"])]


def test_this_work_by_a_body_charges_it_with_the_sentence_before() -> None:
    text = "国内生产总值增长6.5%—7%。这项工作由国家发展改革委负责。城镇新增就业1000万人以上。这项工作由人力资源社会保障部负责。"
    rows = [a for a in run(text) if not a.explicit]
    assert [(text[a.span[0]:a.span[1]].split("。")[0], a.units) for a in rows] == [
        ("国内生产总值增长6.5%—7%", ["国家发展改革委"]), ("城镇新增就业1000万人以上", ["人力资源社会保障部"])]


def test_flattened_table_rows_assign() -> None:
    # One cell per line; row 2's two units each with their own progress cell share the
    # task cell (merged cells): one assignment with both.
    text = ("序号\n工作任务\n牵头责任单位\n完成情况\n"
            "1\n新增城镇就业1.2万人。\n区人社局\n已完成。\n"
            "2\n居民收入增长与经济增长同步。\n区人社局\n城镇居民收入增长5.1%。\n区农业农村局\n农村居民收入增长6.8%。\n"
            "3\n推进老旧小区改造。\n区住建局\n区财政局\n完成改造12个。\n")
    rows = [a for a in run(text) if a.explicit]
    assert [(a.task, a.lead, a.units) for a in rows] == [
        ("1", ["区人社局"], []), ("2", ["区人社局", "区农业农村局"], []), ("3", ["区住建局", "区财政局"], [])]
    assert text[rows[1].span[0]:rows[1].span[1]].endswith("居民收入增长与经济增长同步。")
    # every unit, a sub-row's too, is printed inside the row's annotation
    for row in rows:
        a, z = row.annotation_span
        assert all(unit in text[a:z] for unit in row.lead + row.units), row



def test_a_flat_row_that_leaves_out_its_groups_merged_task_cell_ends_on_its_time_limit() -> None:
    # 工作任务 is printed once, as the group's heading; each row prints its serial, its
    # requirement, its units and its time limit: the units are the units column's.
    text = ("|\n工作任务 |\n具体工作要求 |\n责任单位 |\n完成时限 |\n|\n|\n一、深入推进政策公开,服务高质量发展 |\n"
            "1 |\n及时规范发布政策信息及执行效果。 |\n各区直部门、各镇(办)、经开区 |\n持续推进 |\n|\n"
            "2 |\n集中发布政务服务事项目录。 |\n区数据资源局、区投资促进局 |\n持续推进 |\n")
    rows = [a for a in run(text) if a.explicit]
    assert [a.units for a in rows] == [["各区直部门", "各镇(办)", "经开区"], ["区数据资源局", "区投资促进局"]]


def test_a_cell_printed_an_item_a_line_is_one_cell() -> None:
    text = ("序号\n\n事项名称\n\n需履行的程序\n\n承办单位\n\n拟决策时间\n\n1\n\n《某县国土空间总体规划》\n\n公众参与;\n\n"
            "专家论证;\n\n合法性审查;\n\n集体讨论决定。\n\n某县自然资源局\n\n2023年6月30日\n\n2\n\n《某县林业发展规划》\n\n"
            "公众参与;\n\n专家论证;\n\n集体讨论决定。\n\n某县林业局\n\n2023年12月")
    rows = [a for a in run(text) if a.explicit]
    assert [(a.task, a.lead, a.units) for a in rows] == [("1", [], ["某县自然资源局"]), ("2", [], ["某县林业局"])]


def test_units_end_where_the_next_field_label_is_glued_to_them() -> None:
    text = ("一、10万平方米老旧小区改造项目\n牵头单位:县城管执法局\n"
            "责任单位:莲塘镇任务目标:2024年计划改造完成莲水巷、橡西巷等住宅小区,改造内容包括建筑物外立面、楼梯间等部位。")
    rows = [a for a in run(text) if a.explicit]
    assert [(a.lead, a.units) for a in rows] == [(["县城管执法局"], ["莲塘镇"])]


def test_a_primary_responsible_unit_leads() -> None:
    text = "一、主要预期目标\n1.地区生产总值比上年增长4.5%以上。\n牵头领导:常务副区长\n主要责任单位:区发展改革委\n完成时限:2023年12月"
    rows = [a for a in run(text) if a.explicit]
    assert [(a.task, a.lead, a.units) for a in rows] == [("一/1", ["区发展改革委"], [])]


def test_a_letter_spaced_header_and_a_unit_with_its_other_name_in_brackets() -> None:
    # 主  要  工  作  任  务 names a column; 发改局(服务业发展局) is one unit cell, no annotation.
    text = ("序号\n\n主  要  工  作  任  务\n\n责 任 单 位\n\n1\n\n生产总值增长6%左右。\n\n发改局\n\n"
            "2\n\n服务业增加值增长5.5%。\n\n发改局(服务业发展局)\n\n3\n\n社会消费品零售总额增长6%。\n\n商务局")
    rows = [a for a in run(text) if a.explicit]
    assert [(a.task, a.lead, a.units) for a in rows] == [
        ("1", [], ["发改局"]), ("2", [], ["发改局(服务业发展局)"]), ("3", [], ["商务局"])]


def test_a_division_line_gives_the_roles_by_its_verbs() -> None:
    # 部门分工：X牵头，Y配合 under an item; the person line above it names nobody.
    text = "1.地区生产总值增长6%以上。\n分管省领导:林克庆\n部门分工:省发展改革委牵头,各地、各部门配合。"
    rows = [a for a in run(text) if a.explicit]
    assert [(a.lead, a.units) for a in rows] == [(["省发展改革委"], ["各地", "各部门"])]
    assert "地区生产总值增长6%以上" in text[rows[0].span[0]:rows[0].span[1]]


def test_a_bare_body_word_after_deng_adds_nobody() -> None:
    text = "4. 加强项目谋划储备。(区发改局牵头,区财政局、区水务局等部门,区国投公司、各街道办事处配合)"
    rows = [a for a in run(text) if a.explicit]
    assert [(a.lead, a.units) for a in rows] == [(["区发改局"], ["区财政局", "区水务局", "区国投公司", "各街道办事处"])]


def test_a_task_list_of_work_and_units_with_undefined_marks() -> None:
    # 主要工作 names the task column; ▲ is not defined by the notice, so it names no role; a
    # unit cut open by the end of the scrape (各镇乡( ) is no unit.
    text = ("分块\n序号\n主要工作\n责任单位\n1\n生产总值增长7.5%左右\n▲发改局,各部门,各镇乡(街道)\n"
            "2\n力争引进10亿元以上项目8个\n▲招商投资促进中心,各镇乡(")
    rows = [a for a in run(text) if a.explicit]
    assert [(a.task, a.lead, a.units) for a in rows] == [
        ("1", [], ["发改局", "各部门", "各镇乡(街道)"]), ("2", [], ["招商投资促进中心"])]


def test_a_stray_number_in_a_unit_cell_names_nobody() -> None:
    text = "序号\n目标任务\n牵头责任单位\n计划完成时间\n6\n农村居民收入与经济增长同步。\n经管站\n2\n2023年底"
    assert [(a.task, a.lead) for a in run(text) if a.explicit] == [("6", ["经管站"])]


def test_a_unit_cut_to_one_character_names_nobody() -> None:
    assert [(a.lead, a.units) for a in run("(四)工业投资增长12%以上\n责任单位:区") if a.explicit] == []


def test_person_columns_are_no_units() -> None:
    text = "序号\t工作任务\t牵头领导\t牵头单位\t责任单位\n1\t建设标准厂房10万平方米\t副县长\t县工信局\t县财政局、县住建局"
    rows = [a for a in run(text) if a.explicit]
    assert [(a.lead, a.units) for a in rows] == [(["县工信局"], ["县财政局", "县住建局"])]


def test_table_row_with_merged_task_cell_joins_the_row_above() -> None:
    text = ("序号 | 工作任务 | 牵头单位 | 完成情况\n"
            "1 | 居民收入增长与经济增长同步 | 区人社局 | 增长5.1%\n"
            " |  | 区农业农村局 | 增长6.8%\n")
    rows = [a for a in run(text) if a.explicit]
    assert [(a.task, a.lead) for a in rows] == [("1", ["区人社局", "区农业农村局"])]


NOT_ANNOTATIONS = [
    # boilerplate: a label alone or as a unit is a role, no body
    "一、任务\n（一）推进园区扩容。（牵头单位）",
    "一、任务\n（一）推进园区扩容。（责任单位：各牵头单位）",
    "一、任务\n（一）推进建设。区域内(含高新区,下同)开展试点。",
    "一、任务\n（一）推进建设。经费(由市级财政统筹兑付)按时拨付。",
    "（此件公开发布）",
    "一、任务\n（一）发挥中国(廊坊)国际经济贸易洽谈会作用。",
    "各省（区、市）人民政府要加强领导。",
]


@pytest.mark.parametrize("text", NOT_ANNOTATIONS)
def test_not_annotations(text: str) -> None:
    assert [a for a in run(text) if a.explicit] == []


PROSE = [
    ("（一）推进改革。由市行政审批局牵头，市司法局、市市场监管局配合，全面推行承诺制。",
     "由市行政审批局牵头，市司法局、市市场监管局配合", ["市行政审批局"], ["市司法局", "市市场监管局"]),
    ("（二）推行电子票据。由市财政局会同市税务局负责推行非税收入电子票据。", "由市财政局会同市税务局负责", [], ["市财政局", "市税务局"]),
    ("（三）强化统筹。市优化营商环境工作领导小组对全市营商环境建设负总责。", "对全市营商环境建设负总责", [], ["市优化营商环境工作领导小组"]),
    ("（一）压实工作责任。各街道办事处、镇人民政府要落实招商引资主体责任，主要负责同志亲自抓招商。",
     "要落实招商引资主体责任", [], ["各街道办事处", "镇人民政府"]),
    ("（三）严格督查考核。2025年11月底前，由市工信局汇总后报市政府。", "由市工信局汇总后报市政府", [], ["市工信局"]),
    # a name holds no duty word: 办公室, not a name running on to the 办 of 督办
    ("三、工作要求\n由办公室负责抓好综合督办协调工作。", "由办公室负责抓好综合督办协调工作", [], ["办公室"]),
    # gov.cn: the frames `X是…责任主体` and `X对…负总责`; a named body opening the sentence
    ("（三）组织开展试点。试点城市政府是“无废城市”建设试点责任主体，要围绕试点内容，有力有序开展试点。",
     "建设试点责任主体", [], ["试点城市政府"]),
    ("（一）加强组织领导。试点地区政府办公厅（室）对政府网站集约化试点工作的统筹推进、组织协调和考核管理负总责。",
     "考核管理负总责", ["试点地区政府办公厅（室）"], []),  # 统筹推进 in the frame makes it the lead
    ("（一）建立指标体系。研究建立指标体系。（生态环境部牵头，国家统计局参与）\n（二）加强组织领导。生态环境部会同有关部门组建协调小组，统筹研究重大问题。",
     "统筹研究重大问题", ["生态环境部"], []),
    # 001
    ("(一)明确责任分工。招商引资行动由渤海新区党工委、管委会主要领导总牵头、渤海新区经发局具体负责。",
     "渤海新区经发局具体负责", ["渤海新区党工委", "管委会主要领导"], ["渤海新区经发局"]),
    ("(一)明确分工。各园区管委会要落实主体责任,班子领导带头招商。", "各园区管委会要落实主体责任", [], ["各园区管委会"]),
    ("(一)强化督导。行动在渤海新区党工委、管委会统筹领导下实施。", "统筹领导下实施", ["渤海新区党工委", "管委会"], []),
    ("(二)强化通报。区直有关部门、各园区管委会要确定专人负责,每月报送。", "确定专人负责", [], ["区直有关部门", "各园区管委会"]),
    ("(二)强化通报。港城区项目由新区经发局负责汇总梳理。", "由新区经发局负责", [], ["新区经发局"]),
    # 002 / 003
    ("1.落实机制。市招商引资工作委员会统筹协调全市招商引资工作,研究问题。", "统筹协调", ["市招商引资工作委员会"], []),
    ("7.瞄准重点企业。谋划项目,由市招商局汇总形成清单。", "由市招商局汇总", [], ["市招商局"]),
    ("2.强化协同。充分发挥市商务局统筹协调作用,完善机制。", "发挥市商务局统筹协调作用", ["市商务局"], []),
    ("11.统筹驻外力量。市投促中心完善考核管理制度,统筹指导全市驻外招商工作。", "市投促中心完善", ["市投促中心"], []),
    ("3.加强统筹。各地项目须及时报备,由市投促中心纳库管理。", "由市投促中心纳库管理", [], ["市投促中心"]),
    # gov.cn 007
    ("（十三）明确责任。人力资源社会保障部要统筹协调促进就业政策制定。", "统筹协调", ["人力资源社会保障部"], []),
    # made-up: 由X牵头 alone
    ("（一）建立机制。由市商务局牵头，制定招商目录。", "由市商务局牵头", ["市商务局"], []),
    # made-up: 由X牵头，Y配合 stays one row with both roles
    ("（一）建立机制。由市商务局牵头、市财政局具体负责资金保障。", "资金保障", ["市商务局"], ["市财政局"]),
]


# One sentence per trigger word of data/assign_triggers.tsv; the role comes from the file.
TRIGGER_SENTENCES = {
    "牵头": "（一）建立机制。市商务局牵头制定招商目录。",
    "统筹": "（一）建立机制。市商务局统筹协调全市招商工作。",
    "负责": "（一）建立机制。市商务局负责制定招商目录。",
    "主抓": "（一）建立机制。市商务局主抓招商引资工作。",
    "承担": "（一）建立机制。市商务局承担招商引资任务。",
    "主体责任": "（一）建立机制。市商务局要落实招商引资主体责任。",
    "责任主体": "（一）建立机制。市商务局是招商引资责任主体。",
    "负总责": "（一）建立机制。市商务局对全市招商工作负总责。",
}


@pytest.mark.parametrize("row", data_table("assign_triggers.tsv"), ids=lambda row: row[0])
def test_each_trigger_word_assigns_its_role(row: list[str]) -> None:
    word, role = row[0], row[1]
    assert word in TRIGGER_SENTENCES, f"add a sentence for the trigger {word}"
    rows = [a for a in run(TRIGGER_SENTENCES[word]) if not a.explicit]
    assert len(rows) == 1
    assert (rows[0].lead, rows[0].units) == ((["市商务局"], []) if role == "lead" else ([], ["市商务局"]))


def test_seed_names_take_every_level_word() -> None:
    levels = admin_levels("level")
    assert {"市商务局", "自治区商务局"} <= {level + "商务局" for level in levels} <= seed_units()
    assert "盟商务局" not in seed_units()  # a `region` word ends a region's name, it heads no department


@pytest.mark.parametrize("text,snippet,lead,units", PROSE)
def test_prose(text: str, snippet: str, lead: list[str], units: list[str]) -> None:
    rows = [a for a in run(text) if not a.explicit]
    hits = [a for a in rows if snippet in text[a.span[0]:a.span[1]]]
    assert len(hits) == 1, rows
    assert (hits[0].lead, hits[0].units) == (lead, units)


NOT_PROSE = [
    "成立由市政府主要负责同志任组长的市制造业高质量发展工作专班。",            # a person of the body
    "市商务局要落实工作统筹整合要求。",                                        # 统筹 as a noun
    "市政府是全市招商工作的领导机关。",                                        # 是 without a duty word
    "市商务局要加大对招商工作的统筹整合力度。",                                # 统筹 as a noun in the gap
    "各地要建立起政府(管委会)主要负责人牵头调度招商引资项目入库的工作机制。",  # role + 各地
    "对排名倒数的县(市、区)处以300万元的经济惩罚(由市级财政统筹兑付)。",      # money source
    "完善联席会议制度,每月由分管领导综合协调推进重大项目。",                  # a role
    "积极参加省商务厅牵头组织的拜访活动。",                                  # attributive
    "县发展和改革局牵头起草了《县域商业体系建设实施方案》。",                  # narrates a past act
    "市商务局已牵头召开两次推进会。",
    "建立由农业农村部、工业和信息化部牵头的国家农业机械化工作协调机制。",     # attributive
    "各地党政主要负责人要亲自谋划部署。",                                    # 负责人 is a noun
    "加大对200亩以上连片净地的储备,由市县两级进行清单化管理。",              # 市县两级 is generic
    "由多个单位共同落实的工作,各责任单位要加强与牵头单位沟通联系。",          # a count of bodies
    "试点城市政府要加大各级财政资金统筹整合力度。",                          # 统筹 inside the object
    "鼓励地方政府统筹运用相关政策。",                                        # 鼓励 opens no subject
    "（十二）落实地方政府主体责任",                                          # heading, no subject
    "市直产业招商牵头部门和各县区领导共开展招商对接活动640余次。",             # 牵头部门 is a noun
]


@pytest.mark.parametrize("text", NOT_PROSE)
def test_not_prose(text: str) -> None:
    assert [a for a in run(text) if not a.explicit] == []


@pytest.mark.parametrize("value,spaces,units", [
    ("市发展改革委、各县(市、区)政府,渤海新区", False, ["市发展改革委", "各县(市、区)政府", "渤海新区"]),
    ("市商务局；市财政局", False, ["市商务局", "市财政局"]),
    ("市发展改革委 市科技局", True, ["市发展改革委", "市科技局"]),
    ("市发展改革委 市科技局", False, ["市发展改革委 市科技局"]),
    ("人力资源社会保障部、财政部等有关部门和单位", False, ["人力资源社会保障部", "财政部等有关部门和单位"]),
    ("区文化旅游体育局等相关区直部门", False, ["区文化旅游体育局等相关区直部门"]),
    ("市商务局等部门", False, ["市商务局"]),
    ("财政部、人民银行等按职责分工负责", False, ["财政部", "人民银行"]),
    ("农业农村部等", False, ["农业农村部"]),
    # a time field after the units in one annotation ends them
    ("市供电公司、市发展改革委,完成时限:2023年9月", False, ["市供电公司", "市发展改革委"]),
])
def test_split_units(value: str, spaces: bool, units: list[str]) -> None:
    assert split_units(value, spaces=spaces) == units


def test_document_rules() -> None:
    text = ("（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）\n"
            "（税务总局、财政部负责，排在第一位的部门为牵头部门，下同）\n"
            "（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）")
    assert find_document_rules(text) == ["列第一位者为牵头单位，下同", "排在第一位的部门为牵头部门，下同",
                                         "以下均需试点城市政府落实，不再列出"]
