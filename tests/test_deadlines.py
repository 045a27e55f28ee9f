"""Deadlines and schedules (GUIDE §6): text as written, ISO dates, recurrence, task."""
# Tables of real sentences read better one case per line, so long lines are allowed here.
# ruff: noqa: E501
from __future__ import annotations

import pytest

from extract.dates import iso, parse_date, read_day_date, read_run_together_date
from extract.deadlines import find_deadlines
from extract.model import Decision, Meta
from extract.pipeline import ContractError, ExtractionDoc, annotate, run_components


def annotated(text: str, meta: Meta) -> ExtractionDoc:
    """The notice as deadlines see it in the pipeline: structure, the given meta, goals."""
    return run_components(annotate(text, meta), ("goals",))


def run(text: str, year: int | None = 2020, issued: str | None = None):
    rows = find_deadlines(annotated(text, Meta(year=year, issued=issued)))
    for d in rows:
        assert text[d.span[0]:d.span[1]] == d.text
    return [(d.text, d.start, d.end, d.recurrence, d.day) for d in rows]


CASES = [
    # a PDF copy sets its digits apart with spaces
    ("继续推进既有住宅增设电梯,12 月底前开工建设 200部。", 2021, [("12 月底前", None, "2021-12-31", None, None)]),
    # gov.cn 005: a time phrase opening its sentence times the clause after the comma
    ("实施方案按程序报送生态环境部。2019年上半年，试点城市政府印发实施方案。", 2019,
     [("2019年上半年", "2019-01-01", "2019-06-30", None, None)]),
    ("请于每年12月20日前将工作总结报送市发展改革委。", 2019, [("每年12月20日前", None, None, "yearly", 20)]),
    # a day printed with its weekday
    ("于4月20日(星期五)前上报区督查组。", 2007, [("4月20日(星期五)前", None, "2007-04-20", None, None)]),
    # dates listed up to the last one's 前: a limit each
    ("各责任单位务于4月25日、6月25日、9月25日、12月25日前分四次向市政府报告工作落实情况。", 2005,
     [("4月25日", None, "2005-04-25", None, None), ("6月25日", None, "2005-06-25", None, None),
      ("9月25日", None, "2005-09-25", None, None), ("12月25日前", None, "2005-12-25", None, None)]),
    # a limit over goals is their period (GUIDE §6); one over tasks is a deadline, the year
    # said twice (今年年底前, 2025年年底前)
    ("今年年底前，全面完成县级国土空间规划编制；2025年年底前，实现乡村地区规划全覆盖。", 2021,
     [("今年年底前", None, "2021-12-31", None, None), ("2025年年底前", None, "2025-12-31", None, None)]),
    ("今年年底前，行政村快递物流服务通达率达80%以上。", 2021, []),
    # a schedule that starts with a quarter, and its reporting day in each quarter's last month
    ("三、从2023年第一季度开始,各责任单位要在每季度最后一个月的30日前报送进展情况。", 2023,
     [("从2023年第一季度开始", "2023-01-01", None, None, None), ("每季度最后一个月的30日前", None, None, "quarterly", 30)]),
    # a time cell's limit keeps the short action the cell names after it
    ("序号\n民生实事\n责任单位\n完成时限\n2\n新建2座人行天桥。\n县住建局\n9月投入使用", 2016,
     [("9月投入使用", "2016-09-01", "2016-09-30", None, None)]),
    # a limit alone in its cell is no signature
    ("完成时限\n2021年6月底前", 2021, [("2021年6月底前", None, "2021-06-30", None, None)]),
    ("2019年，全市实际利用外资增长8%。", 2019, []),
    ("6月23日，秦皇岛市委书记王曦主持召开座谈会。", 2022, []),
    ("截至9月底，全市共签约项目218个，总投资1386.5亿元。", 2023, []),
    ("对全县重点工作继续实行“一月一调度、一季一通报”，各牵头单位每月5日前报送进展。", 2024,
     [("一月一调度", None, None, "monthly", None), ("一季一通报", None, None, "quarterly", None), ("每月5日前", None, None, "monthly", 5)]),
    ("建立一月一汇报、一季一督办、半年一考核、一年一结帐的工作机制。", 2013,
     [("一月一汇报", None, None, "monthly", None), ("一季一督办", None, None, "quarterly", None),
      ("半年一考核", None, None, "half-yearly", None), ("一年一结帐", None, None, "yearly", None)]),
    ("请于每季度末月25日前报送进展。", 2021, [("每季度末月25日前", None, None, "quarterly", 25)]),
    ("序号 | 项目名称 | 牵头单位 | 完成时限\n3 | 建设公园 | 市住建局 | 全年", 2021, [("全年", "2021-01-01", "2021-12-31", None, None)]),
    ("全年实际利用外资完成6.6亿美元。", 2021, []),
    ("1.强化经济运行监测分析。（县发改局、县统计局，三季度）", 2022, [("三季度", "2022-07-01", "2022-09-30", None, None)]),
    # narration and titles set no limit; a per-year count with 以上 is a goal
    ("一、2020年工作回顾\n项目建设提速增效。9月，临江港一期工程建成投运。\n二、2021年重点工作\n6月底前开工建设。", 2021,
     [("6月底前", None, "2021-06-30", None, None)]),
    ("松林县人民政府督查室关于2024年上半年重点工作推进情况的通报\n各乡（镇）人民政府：", 2024, []),
    ("白水市人民政府办公室\n二〇二三年四月十日", 2023, []),
    ("每年推动100家以上小微企业升级为规模以上工业企业。", 2023, []),
    ("上半年设立产业引导基金，首期规模不低于五亿元。", 2022, [("上半年", "2022-01-01", "2022-06-30", None, None)]),
    ("三月底前完成驻外招商联络处人员选派。", 2022, [("三月底前", None, "2022-03-31", None, None)]),
    ("实行“月通报、季讲评”。", 2022, [("月通报", None, None, "monthly", None), ("季讲评", None, None, "quarterly", None)]),
    ("市政府督查室每半年开展一次专项督查。", 2022, [("每半年开展一次", None, None, "half-yearly", None)]),
    ("每月开展窗口作风明察暗访。", 2022, [("每月", None, None, "monthly", None)]),
    # work done by the period (按季制定, 按月制定); 按月份统计 counts by month and sets nothing
    ("各责任单位要按季制定工作举措,按月制定序时进度。", 2023,
     [("按季", None, None, "quarterly", None), ("按月", None, None, "monthly", None)]),
    ("数据按月份统计。", 2023, []),
    # a span of months in a time column, dotted or written out
    ("实施时间 | 2023.01-2023.12 |", 2023, [("2023.01-2023.12", "2023-01-01", "2023-12-31", None, None)]),
    ("实行月抽查、季通报、年末考评。", 2023, [("月抽查", None, None, "monthly", None), ("季通报", None, None, "quarterly", None),
                                        ("年末考评", None, None, "yearly", None)]),
    ("实行季调度、年考核。", 2023, [("季调度", None, None, "quarterly", None), ("年考核", None, None, "yearly", None)]),
    ("把年度考核结果运用到干部选拔中。", 2023, []),
    ("制定招商引资攻坚年考核实施细则。", 2022, []),
    # a task table's time-limit column: whatever it says is a deadline; service times are goals
    ("序号 | 重点任务 | 牵头单位 | 完成时限\n5 | 简化用水用气报装流程。 | 县住建局 | 2022年上半年", 2022,
     [("2022年上半年", "2022-01-01", "2022-06-30", None, None)]),
    ("一般登记、抵押登记办理时间分别压缩至3个工作日、1个工作日以内。", 2022, []),
    # gov.cn: 到YYYY年 limits tasks, unless its sentence sets numbers (then it is their period)
    ("到2020年，试点城市的大中型矿山达到绿色矿山建设要求和标准。", 2019, [("到2020年", None, "2020-12-31", None, None)]),
    ("到2020年，规模养殖场粪污处理设施装备配套率达到95%以上。", 2019, []),
    # 000
    ("所有目录均在一季度制定完成并发布实施。", 2018, [("一季度", "2018-01-01", "2018-03-31", None, None)]),
    ("力争第一季度完成对接。", 2018, [("第一季度", "2018-01-01", "2018-03-31", None, None)]),
    ("实行月通报、季调度,并定期向市政府报告。", 2018,
     [("月通报", None, None, "monthly", None), ("季调度", None, None, "quarterly", None)]),
    ("实行季调度、半年通报、年终考核制度。", 2018, [("季调度", None, None, "quarterly", None),
                                              ("半年通报", None, None, "half-yearly", None),
                                              ("年终考核", None, None, "yearly", None)]),
    ("每季度召开重大招商项目协调调度会。", 2018, [("每季度召开", None, None, "quarterly", None)]),
    # 001
    ("行动自10月1日开始,12月31日结束,其中11月份为“重点攻坚月”。", 2020,
     [("自10月1日开始,12月31日结束", "2020-10-01", "2020-12-31", None, None),
      ("11月份", "2020-11-01", "2020-11-30", None, None)]),
    ("2021年1月上旬对各园区进行验收考核。", 2020, [("2021年1月上旬", "2021-01-01", "2021-01-10", None, None)]),
    # a stage's label opening its line, over the work it lists (第一季度:1.制定…), not one over
    # a report of the progress made
    ("年度阶段性工作目标:\n第一季度:1.制定年度重点工作计划。2.开展试验区前期谋划。     第二季度:印发实施工作计划。\n"
     "进展落实情况:\n第一季度:\n按计划推进中。", 2019,
     [("第一季度", "2019-01-01", "2019-03-31", None, None), ("第二季度", "2019-04-01", "2019-06-30", None, None)]),
    # a quarter whose clause after it speaks of the work to come (三季度,市招商局将大力开展…)
    ("在前期工作的基础上,三季度,市招商局将大力开展走出去活动。", 2016,
     [("三季度", "2016-07-01", "2016-09-30", None, None)]),
    # a phase's days of one month, the month printed once (1月8日-9日, 2009年1月8日至15日)
    ("(一)宣传发动阶段(1月8日-9日)。各单位要召开动员会议。", 2009, [("1月8日-9日", "2009-01-08", "2009-01-09", None, None)]),
    ("第一阶段:2009年1月8日至15日,完成摸底排查。", 2008, [("2009年1月8日至15日", "2009-01-08", "2009-01-15", None, None)]),
    ("2021年1月,经发局进行集中考核。", 2020, [("2021年1月", "2021-01-01", "2021-01-31", None, None)]),
    ("三园区于每月26日前将附件表发至邮箱。", 2020, [("每月26日前", None, None, "monthly", 26)]),
    ("每月转发全市排名情况。", 2020, [("每月", None, None, "monthly", None)]),
    # 002
    ("七大产业专班每月组织相关成员单位走访调研;每季度组织召开1次联席工作会议。", 2020,
     [("每月组织", None, None, "monthly", None), ("每季度组织召开1次", None, None, "quarterly", None)]),
    ("每月通报一次全市目标任务完成进展情况,每季度召开一次全市调度会。", 2020,
     [("每月通报一次", None, None, "monthly", None), ("每季度召开一次", None, None, "quarterly", None)]),
    # 003
    ("凡重大签约项目,须提前一周报市投促中心备案。", 2024, [("提前一周", None, None, None, None)]),
    ("赋予首报地1个月的排他性首谈资格。", 2024, [("1个月", None, None, None, None)]),
    ("落实招大引强双周例会机制。", 2024, [("双周", None, None, "biweekly", None)]),
    ("本方案自2024年4月1日起施行,有效期至2025年12月31日。", 2024,
     [("自2024年4月1日起施行,有效期至2025年12月31日", "2024-04-01", "2025-12-31", None, None)]),
    # 004
    ("对各县区工作实行“周调度、半月通报、月考核”机制。", 2022,
     [("周调度", None, None, "weekly", None), ("半月通报", None, None, "biweekly", None),
      ("月考核", None, None, "monthly", None)]),
    # gov.cn and made-up variants
    ("2019年6月底前,研究建立指标体系。", 2019, [("2019年6月底前", None, "2019-06-30", None, None)]),
    ("请于2月7日前报送。", 2021, [("2月7日前", None, "2021-02-07", None, None)]),
    ("6月底前完成清单编制,12月底前全面建成。", 2021,
     [("6月底前", None, "2021-06-30", None, None), ("12月底前", None, "2021-12-31", None, None)]),
    ("2019年1月1日至12月31日,对企业返还失业保险费。", 2019,
     [("2019年1月1日至12月31日", "2019-01-01", "2019-12-31", None, None)]),
    ("从2019年1月1日起,实施见习计划。", 2019, [("从2019年1月1日起", "2019-01-01", None, None, None)]),
    ("上半年完成摸底排查。", 2021, [("上半年", "2021-01-01", "2021-06-30", None, None)]),
    ("年底前完成验收。", 2021, [("年底前", None, "2021-12-31", None, None)]),
    ("年内完成改造。", 2021, [("年内", "2021-01-01", "2021-12-31", None, None)]),
    ("各地于每个季度第1个月的20日前报送上季度情况。", 2021, [("每个季度第1个月的20日前", None, None, "quarterly", 20)]),
    ("在本意见印发之日起30日内制定实施办法。", 2019, [("本意见印发之日起30日内", None, None, None, None)]),
    ("每周听取工作汇报。", 2024, [("每周", None, None, "weekly", None)]),
    ("每年选派一批优秀年轻干部到招商一线锻炼。", 2024, [("每年", None, None, "yearly", None)]),
    ("每月由分管领导协调推进50亿元以上重大产业项目。", 2024, [("每月", None, None, "monthly", None)]),
    # a schedule after 按 (`按季度报送`)
    ("各责任单位按季度反馈工作进展情况。", 2024, [("按季度反馈", None, None, "quarterly", None)]),
    ("各县区按月报送项目推进情况。", 2023, [("按月报送", None, None, "monthly", None)]),
    ("实行“月度盘点+季度研判”动态监管。", 2025, [("月度盘点", None, None, "monthly", None), ("季度研判", None, None, "quarterly", None)]),
    # a commitment word times the period word after it
    ("力争二季度一批续建项目竣工投产。", 2022, [("二季度", "2022-04-01", "2022-06-30", None, None)]),
    # a time limit labelled on its own line reads like a table's time cell
    ("责任单位:区发改局。    完成时限:2025年底。", 2025, [("2025年底", None, "2025-12-31", None, None)]),
    ("年底建成投用。", 2023, [("年底", None, "2023-12-31", None, None)]),
    # a single day in a labelled time limit: the day the work is due, whatever the clause says
    ("协同责任单位:市政府各部门。\n完成时限:2021年12月31日", 2021, [("2021年12月31日", None, "2021-12-31", None, None)]),
    ("请于7月10日前报送进展。", 2022, [("7月10日前", None, "2022-07-10", None, None)]),
    # dates listed under one 于 … 前: each is a limit
    ("各牵头单位分别于2022年4月10日、7月10日、10月10日和2023年1月10日前报送省政府督查室。", 2022,
     [("2022年4月10日", None, "2022-04-10", None, None), ("7月10日", None, "2022-07-10", None, None),
      ("10月10日", None, "2022-10-10", None, None), ("2023年1月10日前", None, "2023-01-10", None, None)]),
    # a month date before a goal still to reach is its due date (到 is not "as of" there)
    ("到2021年9月底,企业开办时间压缩至2个工作日以内。", 2021, [("2021年9月底", None, "2021-09-30", None, None)]),
    # a campaign's window
    ("各地要大干一百天,确保完成全年目标任务。", 2019, [("一百天", None, None, None, None)]),
    ("奋战90天,全力冲刺四季度。", 2019, [("90天", None, None, None, None)]),
    # the time column of a table flattened one cell per line
    ("序号\n重点任务\n责任单位\n完成时限\n1\n建成农贸市场2个。\n县商务局\n2024年底", 2024,
     [("2024年底", None, "2024-12-31", None, None)]),
    # a reporting day with the hour it closes at
    ("纸质材料需各乡(镇)长签字并在每月28日15点前送县林业局413室。", 2017, [("每月28日15点前", None, None, "monthly", 28)]),
    # a stage's span whose ends are a day or a part of a month, and a stage dated in its heading's brackets
    ("三、组织实施\n(一)动员部署(2025年1月10日)。\n(二)集中攻坚(2025年1月11日-2025年10月底)。\n(三)持续推进(2025年10月底-2025年12月底)。", 2025,
     [("2025年1月10日", None, "2025-01-10", None, None), ("2025年1月11日-2025年10月底", "2025-01-11", "2025-10-31", None, None),
      ("2025年10月底-2025年12月底", "2025-10-31", "2025-12-31", None, None)]),
    ("(一)宣传动员自查阶段(4月~7月中旬)。制定实施方案。", 2012, [("4月~7月中旬", "2012-04-01", "2012-07-20", None, None)]),
    # a stage's months, the first written without 月 (2017年4—5月)
    ("2017年4—5月,按照确定的种植结构调整规划,加强技术指导。", 2017, [("2017年4—5月", "2017-04-01", "2017-05-31", None, None)]),
    # …but 2019年1-5月 is the year so far, a report's period: no deadline
    ("2019年1-5月,全县新签约项目12个,完成年度任务的60%。", 2019, []),
    # an item's number right before its month (1.4月底前…完工 2.8月底前…竣工)
    ("1 | 新建成幼儿园7所。 | 1.4月底前幼儿园主体完工。 2.8月底前竣工交付。 | 教育局 |", 2022,
     [("4月底前", None, "2022-04-30", None, None), ("8月底前", None, "2022-08-31", None, None)]),
    # mid-year and the year's end, listed under one 于
    ("市政府将于年中、年末对重点工作进展情况进行专项督查。", 2020, [("年中", None, "2020-06-30", None, None), ("年末", None, "2020-12-31", None, None)]),
]


@pytest.mark.parametrize("text,year,expected", CASES)
def test_deadlines(text: str, year: int, expected: list) -> None:
    assert run(text, year) == expected


NOT_DEADLINES = [
    ("全年全市实际利用外资完成6.6亿美元。", 2018),
    ("坚持量质并举,第四季度全区完成签约亿元以上招商项目116个。", 2020),          # scopes a goal
    ("特制定第四季度招商引资亿元以上签约项目指标分解及考核办法。", 2020),        # names a plan
    ("2013年12月30日,省政府印发《大气污染防治行动计划实施方案》。", 2014),     # a day narrated
    ("每季度至少召开一次招商引资工作调度会。", 2020),                         # a goal (GUIDE §4)
    ("每年至少召开2次以上重点外资企业座谈会。", 2018),
    ("各地党政主要负责人轮流外出招商每月合计不少于7天。", 2020),
    ("每年须牵头引进总投资超亿美元重大产业项目各2个以上。", 2024),
    ("到2020年,试点城市固体废物综合利用率达到80%。", 2019),
    ("沧州市人民政府办公室\n2018年5月14日", 2018),                           # signature date
    ("9月9日,秦皇岛市委、市政府在北京成功举办推介签约会。", 2022),              # narrated event
    ("9月9日、10月12日,市委、市政府在北京和深圳先后举办推介签约会。", 2022),   # narrated events listed
    ("2018年11月,党中央、国务院印发了若干意见。", 2019),                     # past month
    ("定期晾晒招商实绩,及时反馈,第一时间传导。", 2024),
    ("确保具有2年以上招商工作经验的招商员人数占比在50%以上。", 2024),
    ("对考核得分连续两年排名全市末位的进行约谈。", 2024),
    ("生活费补贴政策每人每年只享受一次。", 2019),
    ("组织失业青年参加3—12个月的就业见习。", 2019),
    ("截至2023年底,全市共有市场主体12.6万户。", 2024),                      # dates a figure
    ("到9月底,全县累计签约项目37个。", 2023),                              # as of, achieved
    ("去年底召开了全市招商大会。", 2024),
    ("2023年底建成了县级物流中心。", 2023),                                  # narrated
    ("扎实开展“百日攻坚”行动。", 2022),
    ("全力拼出“决战四季度、大干一百天”加速度。", 2022),
    ("2020年中央经济工作会议作出部署。", 2021),                              # 年中 inside a word                       # a quoted campaign name                                    # a campaign's name
]


@pytest.mark.parametrize("text,year", NOT_DEADLINES)
def test_not_deadlines(text: str, year: int) -> None:
    assert run(text, year) == []


def test_task_paths_and_year_none() -> None:
    text = "四、保障措施\n(二)建立台账。实行月通报、季调度。\n(四)严格考核。一季度完成。"
    rows = find_deadlines(annotated(text, Meta()))
    assert [(d.text, d.task) for d in rows] == [("月通报", "四/二"), ("季调度", "四/二"), ("一季度", "四/四")]
    assert rows[2].start is None and rows[2].end is None  # no plan year: nothing to resolve against


@pytest.mark.parametrize(
    ("text", "issued", "expected"),
    [
        ("各省级人民政府要在本意见印发之日起30日内，制定出台具体实施办法。", "2018-11-16",
         [("本意见印发之日起30日内", "2018-11-16", "2018-12-16", None, None)]),
        ("自本通知印发之日起3个月内完成清理。", "2018-11-30", [("自本通知印发之日起3个月内", "2018-11-30", "2019-02-28", None, None)]),
        ("自本通知印发之日起3个月内完成清理。", None, [("自本通知印发之日起3个月内", None, None, None, None)]),
    ],
)
def test_limits_counted_from_the_issue_date(text, issued, expected):
    assert run(text, 2018, issued) == expected


def test_a_report_narrates_bare_months():
    text = "规模以上工业企业86家。7月，兰山经济开发区二期建成投产。12月底前完成整改。"
    rows = find_deadlines(annotated(text, Meta(year=2021, report=True)))
    assert [d.text for d in rows] == ["12月底前"]


def test_a_report_times_the_work_it_plans_for_a_month():
    text = "目前项目总体完成投资3亿多元。该项目计划今年6月底完成100MW全容量并网目标。"
    rows = find_deadlines(annotated(text, Meta(year=2023, report=True)))
    assert [(d.text, d.end) for d in rows] == [("今年6月底", "2023-06-30")]


def test_a_span_ending_in_a_month_no_calendar_has_is_no_date_and_no_crash():
    rows = find_deadlines(annotated("2月30日到2025年13月完成。", Meta(year=2025)))
    assert all(d.end is None or d.end[5:7] != "13" for d in rows)


def test_a_report_times_the_stages_it_sets_with_a_floor():
    text = "全市农村危房改造任务,8月底竣工50%以上,9月底竣工80%以上。12月底,全面完成2016年脱贫任务。"
    rows = find_deadlines(annotated(text, Meta(year=2016, report=True)))
    assert [(d.text, d.end) for d in rows] == [("8月底", "2016-08-31"), ("9月底", "2016-09-30")]


def test_a_report_times_the_work_it_announces_for_a_part_of_the_year():
    text = "上半年,全市新签约项目101个。下半年将进一步加快推动资金到位和重点在谈项目落地。"
    rows = find_deadlines(annotated(text, Meta(year=2022, report=True)))
    assert [(d.text, d.start, d.end) for d in rows] == [("下半年", "2022-07-01", "2022-12-31")]


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("6月底前完成清单编制。", 2021, [("6月底前", "deadline:month")]),
        ("实行季调度、年考核。", 2023, [("季调度", "deadline:cadence"), ("年考核", "deadline:cadence")]),
        ("请于每年12月20日前报送。", 2019, [("每年12月20日前", "deadline:recur_date")]),
        ("到2020年，试点城市的大中型矿山达到绿色矿山建设要求。", 2019, [("到2020年", "deadline:byyear")]),
        ("序号 | 项目名称 | 牵头单位 | 完成时限\n3 | 建设公园 | 市住建局 | 全年", 2021, [("全年", "deadline:wholeyear")]),
    ],
)
def test_a_deadline_keeps_the_rule_that_read_it(text: str, year: int, expected: list) -> None:
    rows = find_deadlines(annotated(text, Meta(year=year)))
    assert [(d.text, d.reason) for d in rows] == expected


def _left(text: str, year: int | None = 2020, *, report: bool = False) -> list[tuple[str, str]]:
    doc = annotated(text, Meta(year=year, report=report))
    find_deadlines(doc)
    return [(text[d.span[0]:d.span[1]], d.reason) for d in doc.decisions if d.reason.startswith("deadline:")]


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("一、2020年工作回顾\n项目建设提速增效。9月，临江港一期工程建成投运。\n二、2021年重点工作\n6月底前开工建设。", 2021,
         [("9月", "deadline:review-section")]),
        ("松林县人民政府督查室关于2024年上半年重点工作推进情况的通报\n各乡（镇）人民政府：", 2024,
         [("2024年上半年", "deadline:title-line")]),
        ("坚持量质并举,第四季度全区完成签约亿元以上招商项目116个。", 2020, [("第四季度", "deadline:no-action")]),
        ("第四季度完成签约招商项目116个。", 2020, [("第四季度", "deadline:scopes-goal")]),
        ("每季度至少召开一次招商引资工作调度会。", 2020, [("每季度", "deadline:count-per-period")]),
        ("生活费补贴政策每人每年只享受一次。", 2019, [("每年", "deadline:per-person")]),
        ("奖励政策每个企业每年只享受一次。", 2019, [("每年", "deadline:per-person")]),
        ("序号 | 项目名称 | 全年\n3 | 建设公园 | 全年", 2021, [("全年", "deadline:year-scope"), ("全年", "deadline:year-scope")]),
        ("9月9日,秦皇岛市委、市政府在北京成功举办推介签约会。", 2022, [("9月9日", "deadline:untimed-date")]),
        ("2018年11月,党中央、国务院印发了若干意见。", 2019, [("2018年11月", "deadline:before-plan-year")]),
        ("11月已完成全部验收。", 2019, [("11月", "deadline:past")]),
        ("截至9月底，全市共签约项目218个。", 2023, [("9月底", "deadline:as-of")]),
        ("白水市人民政府办公室\n二〇二三年四月十日", 2023, [("四月", "deadline:signature-date")]),
        ("白水市人民政府\n2021年2月22", 2021, [("2021年2月", "deadline:date-line")]),
        # a bulletin's masthead: the body and its date on one line
        ("寿县人民政府督查室           2022年8月19\n", 2022, [("2022年8月", "deadline:date-line")]),
        ("从督查情况看,1-6月,各责任单位紧紧围绕目标任务。", 2022, [("6月", "deadline:cumulative-span")]),
        ("1月至9月,全县新增市场主体2100户。", 2022, [("1月至9月", "deadline:cumulative-span")]),
        ("在同一天内,南京、扬州也召开了人代会。", 2019, [("一天内", "deadline:counted-duration")]),
        ("组织失业青年参加3—12个月的就业见习。", 2019, [("12个月", "deadline:counted-duration")]),
        ("一般登记办理时间压缩至3个工作日以内。", 2022, [("3个工作日以内", "deadline:counted-duration")]),
        ("一般登记办理时间缩短为3个工作日内。", 2022, [("3个工作日内", "deadline:service-time")]),
    ],
)
def test_a_time_word_left_is_a_decision_with_its_reason(text: str, year: int, expected: list) -> None:
    assert _left(text, year) == expected


def test_a_goal_keeps_its_period_and_the_time_word_is_left_with_its_code() -> None:
    text = "到2020年，规模养殖场粪污处理设施装备配套率达到95%以上。"
    doc = annotated(text, Meta(year=2019))
    assert find_deadlines(doc) == []
    assert [d for d in doc.decisions if d.reason.startswith("deadline:")] == [Decision((0, 6), "deadline:goal-period")]
    assert [(g.value, g.period) for g in doc.goals] == [(95.0, "2020")]


def test_a_year_that_lost_its_nian_and_days_listed_up_to_a_limit() -> None:
    text = "并于20251月20日前报送。将完成情况于20254月8日、7月8日、10月8日及12月8日前报送至区政府督查室。"
    doc = annotated(text, Meta(year=2025))
    assert [(d.text, d.start, d.end) for d in find_deadlines(doc)] == [
        ("20251月20日前", None, "2025-01-20"), ("20254月8日", None, "2025-04-08"), ("7月8日", None, "2025-07-08"),
        ("10月8日", None, "2025-10-08"), ("12月8日前", None, "2025-12-08")]


def test_a_schedule_starts_from_the_date_printed_just_before_it() -> None:
    text = "从2022年3月起,务于每月25日前将推进情况报旗政府督查室。"
    assert run(text, 2022) == [("每月25日前", "2022-03-01", None, "monthly", 25)]
    text = "从第二季度起,每季度第1个月的10日前将上季度工作完成情况报区政府督查室。"
    assert run(text, 2017) == [("每季度第1个月的10日前", "2017-04-01", None, "quarterly", 10)]
    # a from-date that no schedule follows stays a row of its own
    assert run("自2022年3月起施行。", 2022) == [("自2022年3月起", "2022-03-01", None, None, None)]


def test_a_report_narrates_its_bare_months_with_a_code() -> None:
    assert _left("7月，兰山经济开发区二期建成投产。", 2021, report=True) == [("7月", "deadline:report-narrates")]


@pytest.mark.parametrize(
    ("text", "issued", "found", "left"),
    [
        # A part of the year a report names is what it narrates, dated or not ...
        ("我县今年第一季度实现招商“开门红”。", "2018-04-12", [], [("今年第一季度", "deadline:report-narrates")]),
        ("现将重点工作一季度完成情况通报如下。", None, [], [("一季度", "deadline:report-narrates")]),
        ("上半年,民营投资落地项目1539个。", None, [], [("上半年", "deadline:report-narrates")]),
        # ... a limit stays a limit, and a period still ahead is a schedule.
        ("要求各乡镇一季度前完成项目签约。", "2018-04-12", ["一季度前"], []),
        ("力争三季度一批项目正式投产。", "2018-04-12", ["三季度"], []),
        # A month that begins after the report's date cannot be narrated: it times work to do
        # (news of a city's task list, dated 16 March).
        ("今年,市住建局要在8月底完成57个村燃煤散烧综合治理任务。", "2018-03-16", ["8月底"], []),
        ("青山文投公司6月下旬建成投用星剧场。", "2018-03-16", ["6月下旬"], []),
        ("3月,兰山经济开发区二期建成投产。", "2018-04-12", [], [("3月", "deadline:report-narrates")]),
        ("2018年1月至2019年9月,各市共带队到省外招商231次。", None, [],
         [("2018年1月至2019年9月", "deadline:report-narrates")]),
        # ... unless the report forecasts it: a forecast sets no limit.
        ("预计到4月中旬,该市亿元以上重大项目将实现全部开工。", "2018-04-10", [],
         [("4月中旬", "deadline:report-narrates")]),
    ],
)
def test_a_report_narrates_the_periods_over_before_its_date(text: str, issued: str | None, found: list,
                                                           left: list) -> None:
    doc = annotated(text, Meta(year=2018, issued=issued, report=True))
    assert [d.text for d in find_deadlines(doc)] == found
    assert [(text[d.span[0]:d.span[1]], d.reason) for d in doc.decisions if d.reason.startswith("deadline:")] == left


# extract/dates.py: the one date reader of meta and deadlines.
@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2018年5月14日", "2018-05-14"),
        ("二〇一八年五月十四日", "2018-05-14"),
        ("二○一八年十二月三十一日", "2018-12-31"),
        ("二零二四年二月二十九日", "2024-02-29"),
        ("2019-01-21", "2019-01-21"),
        ("2019/1/2", "2019-01-02"),
        ("（2018年5月14日）", "2018-05-14"),
        ("2018年13月1日", None),
        ("2023年5月", None),
        ("", None),
        (None, None),
    ],
)
def test_printed_dates_are_read_as_iso(written: str | None, expected: str | None) -> None:
    assert parse_date(written) == expected


@pytest.mark.parametrize(
    ("written", "default_year", "expected"),
    [
        ("6月30日", 2021, (2021, 6, 30)),
        ("2024年4月1日", 2021, (2024, 4, 1)),
        ("10月1号", None, (None, 10, 1)),
        ("6月底", 2021, None),
    ],
)
def test_day_dates_take_the_plan_year(written: str, default_year: int | None, expected: tuple | None) -> None:
    assert read_day_date(written, default_year) == expected


@pytest.mark.parametrize(
    ("ymd", "expected"),
    [((2021, 6, 30), "2021-06-30"), ((2021, 2, 31), "2021-02-28"), ((2024, 2, 30), "2024-02-29"),
     ((2021, 13, 1), None), ((2021, 4, 0), "2021-04-01")],
)
def test_iso_keeps_a_day_inside_its_month(ymd: tuple[int, int, int], expected: str | None) -> None:
    assert iso(*ymd) == expected


def test_deadlines_refuse_a_doc_without_goals() -> None:
    with pytest.raises(ContractError, match="goals"):
        find_deadlines(annotate("6月底前完成。", Meta(year=2021)))


def test_a_period_word_before_a_figure_that_is_no_goal_is_no_deadline() -> None:
    # News compares with a period; the figure after it is a size, not a goal, yet the
    # quarter is still that figure's period, not a time limit.
    text = "外资项目平均规模达到了352万美元，也远远高于今年一季度全区合同外资额平均规模112万美元的水平。"
    doc = annotated(text, Meta(year=2020, report=True))
    assert find_deadlines(doc) == []


@pytest.mark.parametrize(
    ("printed", "iso_date"),
    [
        # a signature date whose 年 and 月 the scrape lost: read where one split alone is a date
        ("2023925日", "2023-09-25"),
        ("202446", "2024-04-06"),
        ("20231231", "2023-12-31"),
        ("20230205", "2023-02-05"),
        ("2024111", None),  # 1月11日 or 11月1日
        ("20233月13", "2023-03-13"),  # its 年 and 日 lost, its 月 kept
        ("2023", None),
    ],
)
def test_read_run_together_date(printed: str, iso_date: str | None) -> None:
    assert read_run_together_date(printed) == iso_date


def test_a_signature_year_typed_with_ascii_zeros_is_read() -> None:
    assert parse_date("长沙市人民政府办公厅\n二00四年二月十七日") == "2004-02-17"


def test_a_run_together_date_is_not_after_the_page_published_it() -> None:
    assert read_run_together_date("2024115") is None  # 1月15日 or 11月5日
    assert read_run_together_date("2024115", not_after="2024-01-18") == "2024-01-15"



def test_a_day_date_that_lost_its_month_is_the_nearest_reading_after_the_notice() -> None:
    doc = annotated("各责任单位要于128日前,将工作方案报送。", Meta(year=2022, issued="2022-01-07"))
    assert [(d.text, d.end) for d in find_deadlines(doc)] == [("128日前", "2022-01-28")]
    # undated, 1月28日 and 12月8日 stay two readings: no limit is guessed
    assert run("各责任单位要于128日前,将工作方案报送。", 2022) == []


def test_day_dates_that_lost_their_month_are_read_where_only_one_split_is_valid() -> None:
    text = ("一是区直各责任单位须分别于615日、1215日前将半年进展、全年完成情况报送牵头单位。"
            "二是对120日、360日内未完成的事项进行通报。")
    doc = annotated(text, Meta(year=2021))
    # 120日 and 360日 count days of a limit, none lost its 月 (no 于/在 before them).
    assert [(d.text, d.start, d.end) for d in find_deadlines(doc) if "日" in d.text and "内" not in d.text] == [
        ("615日", None, "2021-06-15"), ("1215日前", None, "2021-12-15")]


def test_a_monthly_day_and_its_exception_in_brackets_and_cadences_by_month() -> None:
    text = ("正式项目按月度填报进度月报表;前期预备项目按季度填报前期工作进度。"
            "请各地、各单位于每月28日(12月25日)前登录系统填报项目建设进展情况。")
    doc = annotated(text, Meta(year=2024))
    got = [(d.text, d.end, d.recurrence, d.day) for d in find_deadlines(doc)]
    assert got == [("按月度填报", None, "monthly", None), ("按季度填报", None, "quarterly", None),
                   ("每月28日", None, "monthly", 28), ("12月25日", "2024-12-25", None, None)]
