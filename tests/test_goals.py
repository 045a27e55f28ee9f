"""Numeric goals (extract/goals.py), one table row per sentence pattern of GUIDE §4.

Sentences come from the corpus notices, the gov.cn pages and statistical bulletins, and
made-up variants of each pattern. Each expected goal is
(value, unit, comparator, kind, period, scope, a key that must be inside the indicator).
"""
# The tables hold whole real sentences; wrapping them would hide what is tested.
# ruff: noqa: E501
from __future__ import annotations

import pytest

from extract.goals import find_goals, reason_codes
from extract.model import Meta
from extract.pipeline import annotate
from tests.conftest import PROJECT_TABLE

# A one-year city plan, a multi-year plan, a news report and a national notice.
PLAN = Meta(title="沧州市人民政府办公室关于印发2018年沧州市强化精准招商工作实施方案的通知",
            issuer="沧州市人民政府办公室", region="沧州市", year=2018, plan_years=[2018])
PLAN_XY = Meta(title="襄阳市招商引资工作委员会关于印发2020年全市招商引资工作要点的通知",
               issuer="襄阳市招商引资工作委员会", region="襄阳市", year=2020, plan_years=[2020])
MULTI = Meta(title="嘉兴市进一步推动招大引强工作实施方案", issuer="嘉兴市人民政府办公室", region="嘉兴市",
             year=2024, plan_years=[2024, 2025])
NEWS = Meta(title="秦皇岛市招商引资工作综述", issuer=None, region="秦皇岛市", year=2022, plan_years=[2022], report=True)
QUARTER = Meta(title="沧州渤海新区管理委员会关于印发《沧州渤海新区2020年招商引资“百日攻坚”行动实施方案》的通知",
               issuer="沧州渤海新区管理委员会", region="沧州渤海新区", year=2020, plan_years=[2020])
NATIONAL = Meta(title="国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见", issuer="国务院",
                region="全国", year=2020, plan_years=[2020, 2025])
BULLETIN = Meta(title="万载县2022年国民经济和社会发展统计公报", issuer="万载县统计局", region="万载县",
                year=2022, plan_years=[2022], report=True)

REPORT = Meta(title="2020年某某县政府工作报告", issuer=None, region="某某县", year=2020, plan_years=[2020])
TABLE = Meta(title="某某市人民政府办公室关于印发2021年优化营商环境重点任务清单的通知", issuer="某某市人民政府办公室",
             region="某某市", year=2021, plan_years=[2021])

OPINION = Meta(title="莆田市人民政府关于加快发展养老服务业的实施意见", issuer="莆田市人民政府", region="莆田市",
               year=2014, plan_years=[])
MISTITLED_REPORT = Meta(title="2019年梨树县政府工作报告", issuer=None, region="梨树县", year=2019,
                        plan_years=[2019])
PLAN_NEWS = Meta(title="山西全面推行林长制", issuer=None, issued="2020-09-16", region="山西省", year=2020,
                 plan_years=[2020], report=True)

CASES = [
    # -- a section's first paragraph opening on a year: its goals' period, or the year reviewed --
    (OPINION, "一、主要目标\n到2020年，全面建成覆盖城乡的养老服务体系。\n——养老服务设施覆盖90%以上乡镇。",
     [(90, "%", ">=", "target", "2020", None, "乡镇")]),
    (MISTITLED_REPORT, "一、过去一年政府工作成效显著\n2019年，是我县极具挑战的一年。\n全县地区生产总值增长3.3%。",
     [(3.3, "%", "=", "actual", "2019", "全县", "地区生产总值增长")]),
    # -- news of a plan: a figure of a year still to come is a target, not a result --
    (PLAN_NEWS, "通过全面推行林长制，到2025年，全省森林覆盖率达到26%以上。",
     [(26, "%", ">=", "target", "2025", "全省", "森林覆盖率")]),
    (PLAN_NEWS, "全省地区生产总值平均每年要增长5000多亿元。",
     [(5000, "亿元", ">", "actual", "per-year", "全省", "地区生产总值")]),
    # -- news of a work report: the targets it introduces with a dash or a colon --
    (NEWS, "报告提出了今年发展的主要预期目标——地区生产总值增长7.5%，全社会固定资产投资增长8%。",
     [(7.5, "%", "=", "target", "2022", None, "地区生产总值增长"), (8, "%", "=", "target", "2022", None, "固定资产投资增长")]),
    (NEWS, "全年地区生产总值实现预期目标，增长6.1%。", [(6.1, "%", "=", "actual", "2022", None, "增长")]),
    # -- a progress report: the amount after a noun naming a target is that target; the
    #    rate of completing it is a result --
    (NEWS, "1-6月份，全市引进省外项目资金额219.22亿元，完成年度目标任务589亿元的37.22%。",
     [(219.22, "亿元", "=", "actual", "2022", "全市", "资金额"), (589, "亿元", "=", "target", "2022", "全市", "目标任务"),
      (37.22, "%", "=", "actual", "2022", "全市", "目标任务")]),
    # -- averages (年均) of a five-year plan the line names are over its years; a baseline word
    #    before 分别 names no items, and each growth borrows the indicators just named --
    (Meta(title="政府工作报告", issuer="某某市人民政府", region="某某市", year=2016, plan_years=[2016], report=True),
     "报告说,“十二五”时期,预计2015年实现地区生产总值450亿元,五年年均增长8.5%;财政总收入46.8亿元,"
     "其中公共财政预算收入29.2亿元,年均分别增长13%和15.6%。",
     [(450, "亿元", "=", "actual", "2015", None, "地区生产总值"), (8.5, "%", "=", "actual", "2011-2015", None, "地区生产总值"),
      (46.8, "亿元", "=", "actual", "2015", None, "财政总收入"), (29.2, "亿元", "=", "actual", "2015", None, "公共财政预算收入"),
      (13, "%", "=", "actual", "2011-2015", None, "财政总收入增长"),
      (15.6, "%", "=", "actual", "2011-2015", None, "公共财政预算收入增长")]),
    # -- a growth named after a label and its colon is the label's; a rate named 增速 is a growth --
    (NEWS, "1.地区生产总值(第1项):增长6.1%。\n2.城镇居民人均可支配收入2.8万元,增速7%。",
     [(6.1, "%", "=", "actual", "2022", None, "地区生产总值增长"),
      (2.8, "万元", "=", "actual", "2022", None, "城镇居民人均可支配收入"),
      (7, "%", "=", "actual", "2022", None, "城镇居民人均可支配收入增速")]),
    # -- a count after a size class alone counts the things named before, of that size; a
    #    completion rate borrows the item of the figure before it --
    (NEWS, "上半年,全县新签约过亿元项目57个,过10亿元7个。续建项目完成投资191.1亿元,完成年度计划的81.75%。",
     [(57, "个", "=", "actual", "2022", "全县", "新签约过亿元项目"), (7, "个", "=", "actual", "2022", "全县", "新签约过10亿元项目"),
      (191.1, "亿元", "=", "actual", "2022", None, "续建项目完成投资"),
      (81.75, "%", "=", "actual", "2022", None, "续建项目完成年度计划")]),
    # -- a place's figures in a bracket that opens on their months: the measure is inside --
    (NEWS, "1.棣花镇(1-6月份累计到位资金9050万元,占年度目标任务的36.2%);",
     [(9050, "万元", "=", "actual", "2022", None, "累计到位资金"), (36.2, "%", "=", "actual", "2022", None, "占年度目标任务")]),
    # -- a year's programme of projects, given by its planned investment, is a plan --
    (NEWS, "2021年,全县实施项目117个,年度投资84.6亿元。",
     [(117, "个", "=", "actual", "2021", "全县", "实施项目"), (84.6, "亿元", "=", "actual", "2021", "全县", "年度投资")]),
    (NEWS, "今年,全县共实施重点项目105个,总投资258.4亿元,年度投资140.3亿元,其中产业类项目53个。",
     [(105, "个", "=", "target", "2022", "全县", "实施重点项目"), (258.4, "亿元", "=", "target", "2022", "全县", "总投资"),
      (140.3, "亿元", "=", "target", "2022", "全县", "年度投资"), (53, "个", "=", "target", "2022", "全县", "产业类项目")]),
    # -- a paragraph whose words before their colon name the years ahead lists their targets;
    #    an average after 五年来 on its line is over the years reviewed --
    (Meta(title="政府工作报告", issuer="某某市人民政府", region="某某市", year=2022, plan_years=[2022], report=True),
     "报告提到,五年来,居民人均可支配收入年均增长7.8%。\n报告明确了今后五年发展蓝图:地区生产总值增速保持7.6%左右,常住人口达1000万人左右。",
     [(7.8, "%", "=", "actual", "2017-2021", None, "居民人均可支配收入"),
      (7.6, "%", "~", "target", "2022-2026", None, "地区生产总值增速"), (1000, "万人", "~", "target", "2022-2026", None, "常住人口")]),
    # -- an estimate (预计) after a sentence reviewing a past year is that year's result --
    (Meta(title="政府工作报告", issuer="某某市人民政府", region="某某市", year=2015, plan_years=[2015], report=True),
     "市长说,2014年,经济社会持续健康发展。预计完成地区生产总值7810亿元,增长10%。",
     [(7810, "亿元", "=", "actual", "2014", None, "地区生产总值"), (10, "%", "=", "actual", "2014", None, "地区生产总值")]),
    # -- a multiple of a five-year plan's end, and an average after it, are over the years since;
    #    an estimate's word leaves the indicator --
    (Meta(title="政府工作报告", issuer="某某区人民政府", region="某某区", year=2016, plan_years=[2016], report=True),
     "一、2015年工作回顾\n2015年,生产总值预计达到739亿元,是“十一五”末的1.6倍,年均增长10%。",
     [(739, "亿元", "=", "actual", "2015", None, "生产总值"), (1.6, "倍", "=", "actual", "2011-2015", None, "生产总值"),
      (10, "%", "=", "actual", "2011-2015", None, "生产总值增长")]),
    # -- a register's task column plans, though its caption says it reports progress --
    (Meta(title="2021年某县民生实事进展情况登记表", issuer=None, region="某县", year=2021, plan_years=[2021], report=True),
     "项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |\n1.城市人居环境提升项目 | 新建城市口袋公园2处; | 11月 | 建设局 |",
     [(2, "处", "=", "target", "2021", None, "城市口袋公园")]),
    # -- a report's proposed targets, broken down in the sentence after the one naming them --
    (NEWS, "市长还在报告中阐述了2019年经济社会发展的预期目标建议。其中地区生产总值增长6.5%左右,固定资产投资增长6%以上。",
     [(6.5, "%", "~", "target", "2019", None, "地区生产总值增长"), (6, "%", ">=", "target", "2019", None, "固定资产投资增长")]),
    (NEWS, "报告提出了今年发展主要预期目标建议:地区生产总值增长5.7%以上;固定资产投资增长5%以上。",
     [(5.7, "%", ">=", "target", "2022", None, "地区生产总值增长"), (5, "%", ">=", "target", "2022", None, "固定资产投资增长")]),
    # -- a change from one amount to another: both are of the subject named before 由/从,
    #    each of its own year; a subject in the clause before serves too --
    (NEWS, "社会物流总费用与国内生产总值的比率由2012年的18%,降至2021年的14.4%。",
     [(18, "%", "=", "actual", "2012", None, "物流总费用与国内生产总值的比率"),
      (14.4, "%", "=", "actual", "2021", None, "物流总费用与国内生产总值的比率")]),
    # -- a count that only names the set the next clause gives figures of is no goal; a count
    #    with its verb is one --
    (NEWS, "全县133个重点项目,累计完成投资167.1亿元。全县新开工12个重点项目,总投资50亿元。",
     [(167.1, "亿元", "=", "actual", "2022", "全县", "完成投资"), (12, "个", "=", "actual", "2022", "全县", "新开工重点项目"),
      (50, "亿元", "=", "actual", "2022", "全县", "总投资")]),
    # -- a reward each of the names listed before 各 gets; a heading's count of the names under it --
    (NEWS, "一、先进市州(3个)\n一等奖:酒泉市,奖励100万元。\n二等奖:武威市、庆阳市,各奖励80万元。",
     [(100, "万元", "=", "reward", "2022", "酒泉市", "酒泉市奖励"), (80, "万元", "=", "reward", "2022", "武威市", "武威市奖励"),
      (80, "万元", "=", "reward", "2022", "庆阳市", "庆阳市奖励")]),
    # -- the level a change starts from, with no year of its own, is a baseline, no goal:
    #    the level it reaches is (a start with its own year is that year's figure, above) --
    (PLAN, "将中小微企业返还标准由企业及职工缴纳失业保险费的50%提高到100%。",
     [(100, "%", "=", "target", "2018", None, "将中小微企业返还标准")]),
    (NEWS, "全市城镇化率由58%提高到62%。", [(62, "%", "=", "actual", "2022", "全市", "城镇化率")]),
    (NEWS, "每百元营业收入中的成本,从85元下降到83元。", [(83, "元", "=", "actual", "2022", None, "营业收入中的成本")]),
    (PLAN, "到2020年,全省规模以上企业研发机构覆盖率从18%提升至30%。",
     [(30, "%", "=", "target", "2020", "全省", "研发机构覆盖率")]),
    # -- a growth and the level it reached, named once (增长12.6%达92.9亿元); a word naming
    #    two things (城乡) before 分别 names two indicators --
    (NEWS, "全县地区生产总值增长12.6%达92.9亿元。",
     [(12.6, "%", "=", "actual", "2022", "全县", "地区生产总值增长"), (92.9, "亿元", "=", "actual", "2022", "全县", "地区生产总值")]),
    # -- items joined by 和 before 分别, and ordinals sharing one noun (一、二、三产业) --
    (NEWS, "城镇和农村常住居民人均可支配收入分别达36739元和12555元,分别增长8.2%和9.7%。",
     [(36739, "元", "=", "actual", "2022", None, "城镇常住居民人均可支配收入"),
      (12555, "元", "=", "actual", "2022", None, "农村常住居民人均可支配收入"),
      (8.2, "%", "=", "actual", "2022", None, "城镇常住居民人均可支配收入增长"),
      (9.7, "%", "=", "actual", "2022", None, "农村常住居民人均可支配收入增长")]),
    # ... each with the bound printed after it; a bound after the last binds every amount of
    #    the list, unless the list names the same figure twice (8%和8%以上: the bound tells them apart)
    (NEWS, "城镇居民和农村居民人均可支配收入分别增长7%左右和8%以上。",
     [(7, "%", "~", "actual", "2022", None, "城镇居民人均可支配收入增长"),
      (8, "%", ">=", "actual", "2022", None, "农村居民人均可支配收入增长")]),
    (NEWS, "城乡居民人均可支配收入分别增长7%、8%左右。",
     [(7, "%", "~", "actual", "2022", None, "城镇居民人均可支配收入增长"),
      (8, "%", "~", "actual", "2022", None, "农村居民人均可支配收入增长")]),
    (NEWS, "城乡居民人均可支配收入分别增长8%和8%以上。",
     [(8, "%", "=", "actual", "2022", None, "城镇居民人均可支配收入增长"),
      (8, "%", ">=", "actual", "2022", None, "农村居民人均可支配收入增长")]),
    (NEWS, "全市实现地区生产总值4300亿元,其中,一、二、三产业增加值分别增长6%、7.6%、9.3%。",
     [(4300, "亿元", "=", "actual", "2022", "全市", "地区生产总值"),
      (6, "%", "=", "actual", "2022", "全市", "第一产业增加值"), (7.6, "%", "=", "actual", "2022", "全市", "第二产业增加值"),
      (9.3, "%", "=", "actual", "2022", "全市", "第三产业增加值")]),
    # -- the market jin is a unit --
    (PLAN_XY, "粮食产量稳定在100亿斤以上。", [(100, "亿斤", ">=", "target", "2020", None, "粮食产量")]),
    # -- an enumeration closed by 等 names one measure's scope (a plan's growth) --
    (PLAN_XY, "2020年,全市工业、建筑、交通、农业等重点领域设备投资增长9%。",
     [(9, "%", "=", "target", "2020", "全市", "重点领域设备投资增长")]),
    # -- a multiple of a base year's amount: of the indicator just named, over the years since --
    (NEWS, "2020年,全市完成地区生产总值963.6亿元,是2015年的1.5倍;社会消费品零售总额、固定资产投资分别是2015年的1.55倍、1.67倍。",
     [(963.6, "亿元", "=", "actual", "2020", "全市", "地区生产总值"),
      (1.5, "倍", "=", "actual", "2016-2020", "全市", "地区生产总值为2015年的倍数"),
      (1.55, "倍", "=", "actual", "2016-2020", "全市", "社会消费品零售总额"),
      (1.67, "倍", "=", "actual", "2016-2020", "全市", "固定资产投资")]),
    # -- a report's list of expected indicators, and targets it introduces with 其中包括; money a
    #    report strives to reach --
    (NEWS, "2022年,全市主要预期指标为:地区生产总值增长8%左右;财政总收入增长5%左右。",
     [(8, "%", "~", "target", "2022", "全市", "地区生产总值增长"), (5, "%", "~", "target", "2022", "全市", "财政总收入增长")]),
    (NEWS, "报告提出了2022年新的预期目标,其中包括地区生产总值增长6%左右。此外,规模工业增加值增长7%。",
     [(6, "%", "~", "target", "2022", None, "地区生产总值增长"), (7, "%", "=", "target", "2022", None, "规模工业增加值增长")]),
    (NEWS, "争取省级重点产业集群营业收入突破3000亿元。",
     [(3000, "亿元", ">", "stretch", "2022", None, "省级重点产业集群营业收入")]),
    # -- in news, a subject that will reach a figure sets a target --
    (NEWS, "根据规划,制造业、服务业引资额比重将分别达到35%、50%以上。",
     [(35, "%", ">=", "target", "2022", None, "制造业引资额比重"), (50, "%", ">=", "target", "2022", None, "服务业引资额比重")]),
    # -- a five-year plan's opening told as an achievement names no period --
    (NEWS, "过去的一年,我们圆满完成了目标任务,实现了“十三五”良好开局。全市实现地区生产总值4300亿元。",
     [(4300, "亿元", "=", "actual", "2021", "全市", "地区生产总值")]),
    (NEWS, "城乡常住居民人均可支配收入分别增长12%和13%,分别达43366元和13835元。",
     [(12, "%", "=", "actual", "2022", None, "城镇常住居民人均可支配收入增长"),
      (13, "%", "=", "actual", "2022", None, "农村常住居民人均可支配收入增长"),
      (43366, "元", "=", "actual", "2022", None, "城镇常住居民"), (13835, "元", "=", "actual", "2022", None, "农村常住居民")]),
    # -- a preliminary estimate (初步预计) is a result, a bare estimate a forecast; trains run in 列 --
    (NEWS, "初步预计,地区生产总值增长7.5%,海铁联运班列突破6000列。",
     [(7.5, "%", "=", "actual", "2022", None, "地区生产总值增长"), (6000, "列", ">", "actual", "2022", None, "海铁联运班列")]),
    (NEWS, "预计地区生产总值增长7.5%。", []),
    # -- ages: a goal where it ends its phrase, a description of the people it precedes;
    #    a plant's capacity describes the project --
    (REPORT, "人均预期寿命达到80.5岁，将见习补贴范围扩展至16—24岁失业青年。",
     [(80.5, "岁", "=", "target", "2020", None, "预期寿命")]),
    (NEWS, "推动年产120亿只医疗级手套等项目开工建设，新签约项目12个。",
     [(12, "个", "=", "actual", "2022", None, "新签约项目")]),
    # -- a quoted plan of several targets is no name: its figures are goals, each item
    #    of its own --
    (PLAN, "大力实施“20个项目推出去、10个项目引进来、2家企业入园区”的项目攻坚计划。",
     [(20, "个", "=", "target", "2018", None, "项目推出去"), (10, "个", "=", "target", "2018", None, "项目引进来"),
      (2, "家", "=", "target", "2018", None, "企业入园区")]),
    # -- government work report: last year's results, this year's targets --
    (REPORT, "过去一年，全县地区生产总值增长7.2%，达到235亿元。",
     [(7.2, "%", "=", "actual", "2019", "全县", "地区生产总值增长"), (235, "亿元", "=", "actual", "2019", "全县", "地区生产总值")]),
    (REPORT, "全县地区生产总值增长6.5%左右，城乡居民人均可支配收入分别增长8%和9%，城镇登记失业率控制在4.5%以内。",
     [(6.5, "%", "~", "target", "2020", "全县", "地区生产总值增长"), (8, "%", "=", "target", "2020", "全县", "人均可支配收入增长"),
      (9, "%", "=", "target", "2020", "全县", "人均可支配收入增长"), (4.5, "%", "<=", "target", "2020", "全县", "失业率")]),
    # -- gov.cn: coordinated activities share subject and measure; counts of listed names;
    #    benefit rules and qualifying durations are not goals --
    (NATIONAL, "其中马铃薯种植、收获机械化率均达到45%，花生种植、收获机械化率分别达到65%和55%。",
     [(45, "%", "=", "target", None, None, "马铃薯种植机械化率"), (45, "%", "=", "target", None, None, "马铃薯收获机械化率"),
      (65, "%", "=", "target", None, None, "花生种植机械化率"), (55, "%", "=", "target", None, None, "花生收获机械化率")]),
    (NATIONAL, "确定北京、吉林、安徽、山东、湖北、湖南、广东、广西、重庆、贵州10个省（区、市）作为试点地区。", []),
    (NATIONAL, "对不裁员或少裁员的参保企业，可返还其上年度实际缴纳失业保险费的50%。", []),
    (NATIONAL, "组织失业青年参加3—12个月的就业见习，按规定给予就业见习补贴。", []),
    # -- rewards and penalties: each amount's own recipients --
    (TABLE, "对年度考核排名第一的乡镇给予50万元奖励，对未完成任务的乡镇处以10万元罚款。",
     [(50, "万元", "=", "reward", "2021", "年度考核排名第一的乡镇", "奖励"), (10, "万元", "=", "reward", "2021", "未完成任务的乡镇", "罚款")]),
    # -- a forecast is no goal; a quarter's batch event sets its figures' period, an award's quarter none;
    #    long quoted speech counts --
    (NEWS, "据测算，项目全部建成达产后，预计可实现年产值120亿元，新增就业岗位3000个以上。", []),
    (NEWS, "3月28日上午，淮沅县2023年一季度重大项目集中签约仪式举行，现场集中签约项目15个。",
     [(15, "个", "=", "actual", "2023Q1", None, "签约项目")]),
    (NEWS, "完成固定资产投资141.3亿元，我县获得二季度全省投资“赛马”激励；社会消费品零售总额181.7亿元。",
     [(141.3, "亿元", "=", "actual", "2022", None, "固定资产投资"), (181.7, "亿元", "=", "actual", "2022", None, "社会消费品零售总额")]),
    (NEWS, "林海峰表示：“今年全县力争全年新签约亿元以上项目60个以上，签约总投资突破300亿元。”",
     [(60, "个", ">=", "stretch", "2022", "全县", "新签约亿元以上项目"), (300, "亿元", ">", "stretch", "2022", "全县", "签约总投资")]),
    # -- a growth reckoned on a comparable basis is the growth of the amount before it, quoted too --
    (NEWS, "县长说：“2021年，全县实现生产总值255亿元，按可比价计算增长8.5%。”",
     [(255, "亿元", "=", "actual", "2021", "全县", "生产总值"), (8.5, "%", "=", "actual", "2021", "全县", "生产总值按可比价计算增长")]),
    # -- a document's years in brackets, and a year dating one amount, set no later figure's period --
    (NEWS, "国土空间总体规划(2021—2035年)获批实施，全市地区生产总值增长5.7%。",
     [(5.7, "%", "=", "actual", "2022", "全市", "地区生产总值增长")]),
    (NEWS, "一般公共预算收入由2016年的9.6亿元增加至2021年的20.7亿元；累计完成固定资产投资601亿元。",
     [(9.6, "亿元", "=", "actual", "2016", None, "一般公共预算收入"), (20.7, "亿元", "=", "actual", "2021", None, "一般公共预算收入"),
      (601, "亿元", "=", "actual", "2022", None, "完成固定资产投资")]),
    # -- a bracket listing items (；between them) is clauses like any other; 个点 is spoken 个百分点 --
    (NEWS, "年初七项主要经济指标的预期全部超额完成(GDP增长7.8%,高0.8个点;投资增长11.2%,高1.2个点)。",
     [(7.8, "%", "=", "actual", "2022", None, "GDP增长"), (0.8, "个点", "=", "actual", "2022", None, "高"),
      (11.2, "%", "=", "actual", "2022", None, "投资增长"), (1.2, "个点", "=", "actual", "2022", None, "高")]),
    # -- a 分别 list whose items are not all subjects: one goal per amount, not one per subject and amount --
    (NEWS, "产业园区、旅游景区、城市综合体完成投资分别占年度计划的74.3%、97%、81.9%。",
     [(74.3, "%", "=", "actual", "2022", None, "产业园区"), (97, "%", "=", "actual", "2022", None, "旅游景区"),
      (81.9, "%", "=", "actual", "2022", None, "城市综合体完成投资")]),
    # -- a report's floor or duty is a target; 三年内 spans the years from the notice's --
    (NEWS, "全市农村生活污水治理率不低于58.33%，需新增完成97个行政村治理。",
     [(58.33, "%", ">=", "target", "2022", "全市", "农村生活污水治理率"), (97, "个", "=", "target", "2022", "全市", "行政村治理")]),
    (NEWS, "按照省里任务要求，昆明市三年内需新增完成229个行政村的农村生活污水治理任务。",
     [(229, "个", "=", "target", "2022-2024", "昆明市", "农村生活污水治理任务")]),
    # -- quoted speech counts, a quoted name does not; 较去年同期 is a baseline; a cut in time is a goal --
    (NEWS, "局长说，“下一步，我们将力争全年新签约亿元以上项目240个以上，签约总额突破1600亿元。”",
     [(240, "个", ">=", "stretch", "2022", None, "新签约亿元以上项目"), (1600, "亿元", ">", "stretch", "2022", None, "签约总额")]),
    (NEWS, "制造业项目占签约项目总数的78.1%，较去年同期提高6.3个百分点。",
     [(78.1, "%", "=", "actual", "2022", None, "占签约项目总数"), (6.3, "个百分点", "=", "actual", "2022", None, "提高")]),
    (NEWS, "新引进工业项目平均审批时限较去年同期缩短9个工作日。", [(9, "个工作日", "=", "actual", "2022", None, "审批时限")]),
    # -- news of progress: 分别 pairs subjects with amounts; 等地 closes a list; 前三季度 is no quarter --
    (NEWS, "高新区、临港经济开发区分别签约项目52个、41个。",
     [(52, "个", "=", "actual", "2022", "高新区", "签约项目"), (41, "个", "=", "actual", "2022", "临港经济开发区", "签约项目")]),
    (NEWS, "今年以来，市领导带队赴长三角、珠三角等地开展招商活动60余场。", [(60, "场", ">", "actual", "2022", None, "开展招商活动")]),
    (NEWS, "前三季度，全市实际利用外资2.36亿美元。", [(2.36, "亿美元", "=", "actual", "2022", "全市", "实际利用外资")]),
    # -- a paragraph that opens on what is still to do (下半年，…将) plans: its figures are targets,
    #    even in sentences after the one with 将, and the next paragraph may report again;
    #    下半年以来 looks back --
    (NEWS, "上半年，全县签约项目3个。\n下半年，大荔将坚持“双轮驱动”。推动重点项目实现年度投资58亿元以上，招引5亿元以上项目3个。"
     "\n此外，全县出台政策措施12条。",
     [(3, "个", "=", "actual", "2022", "全县", "签约项目"), (58, "亿元", ">=", "target", "2022", None, "重点项目实现年度投资"),
      (3, "个", "=", "target", "2022", None, "招引5亿元以上项目"), (12, "条", "=", "actual", "2022", "全县", "出台政策措施")]),
    (NEWS, "下半年以来，全县签约项目5个。", [(5, "个", "=", "actual", "2022", "全县", "签约项目")]),
    # -- news of a district's teams: a count reported as the means to another figure is a figure
    #    of its own; 7成 is tenths; the whole a share is counted among (143个项目中) is no goal --
    (NEWS, "商务物流专班以20个签约项目实现合同额13.76亿元；工业专班合同额占全区总量的7成以上。"
     "1-9月签约的143个项目中，134个处于正常推进状态。",
     [(20, "个", "=", "actual", "2022", None, "签约项目"), (13.76, "亿元", "=", "actual", "2022", None, "合同额"),
      (7, "成", ">=", "actual", "2022", None, "占全区总量"), (134, "个", "=", "actual", "2022", None, "处于正常推进状态")]),
    # -- a length with 的 is how much was built; an area where something happens is no goal;
    #    a figure in a quoted list of aims that 目标 closes is a target --
    (NEWS, "200公里的农村通畅公路、500公里的农村公路安防工程建设。在5.4万平方米的展区内,1600余家企业集中展示产品。",
     [(200, "公里", "=", "actual", "2022", None, "农村通畅公路"), (500, "公里", "=", "actual", "2022", None, "农村公路安防工程"),
      (1600, "家", ">", "actual", "2022", None, "企业")]),
    (NEWS, "该县围绕“总体工作全市居首位、工业销售收入突破1200亿元”目标,突出招大引优。",
     [(1200, "亿元", ">", "target", "2022", None, "工业销售收入")]),
    # -- a size right before a project's name describes the project --
    (NEWS, "投资6.5亿元的100兆瓦分散式风力发电项目已获市级核准,新增风电装机30万千瓦。",
     [(30, "万千瓦", "=", "actual", "2022", None, "新增风电装机")]),
    # -- news of a year's plan: what is 计划 for the year is a target --
    (NEWS, "启动“招商引资和项目建设攻坚年”行动,全年计划实施5000万元以上项目36个,完成投资27.3亿元。",
     [(36, "个", "=", "target", "2022", None, "项目"), (27.3, "亿元", "=", "target", "2022", None, "完成投资")]),
    # -- 人均 alone is the average of the indicator just named; 跨越 crosses a level --
    (NEWS, "湖北省地区生产总值迈上4万亿元大台阶,人均超过1万美元。“十四五”时期的目标为经济总量跨越6万亿元。",
     [(4, "万亿元", ">=", "actual", "2022", "湖北省", "地区生产总值"), (1, "万美元", ">", "actual", "2022", "湖北省", "人均地区生产总值"),
      (6, "万亿元", ">", "target", "2021-2025", None, "经济总量")]),
    # -- news of a report: the targets a list opens with 目标,即 --
    (NEWS, "主席在报告中同时提出了2018年的主要目标,即地区生产总值增长10%左右,社会消费品零售总额增长13%以上。",
     [(10, "%", "~", "target", "2018", None, "地区生产总值增长"), (13, "%", ">=", "target", "2018", None, "社会消费品零售总额增长")]),
    # -- a bracket naming a noun of its own before its amount holds a goal under that noun --
    (NEWS, "力争新签约项目达50个以上，其中亿元以上项目达15个以上(亿元以上工业项目11个以上)。",
     [(50, "个", ">=", "stretch", "2022", None, "新签约项目"), (15, "个", ">=", "stretch", "2022", None, "亿元以上项目"),
      (11, "个", ">=", "stretch", "2022", None, "亿元以上工业项目")]),
    # -- work report: the review section reports last year, the plan section sets this year's --
    (Meta(title="2021年临江市政府工作报告", issuer=None, region="临江市", year=2021, plan_years=[2021]),
     "一、2020年工作回顾\n项目建设提速增效。实施市级重点项目126个，完成投资218.5亿元。\n"
     "二、2021年主要目标和重点工作\n2021年是“十四五”开局之年。主要预期目标是：地区生产总值增长6%左右。全年安排市级重点项目150个。",
     [(126, "个", "=", "actual", "2020", None, "重点项目"), (218.5, "亿元", "=", "actual", "2020", None, "完成投资"),
      (6, "%", "~", "target", "2021", None, "地区生产总值增长"), (150, "个", "=", "target", "2021", None, "重点项目")]),
    # -- a full work report: an unnumbered part heading (2025年工作回顾) keeps its role over
    #    the numbered headings inside it; the next part's heading sets its own --
    (Meta(title="政府工作报告", issuer="临江县人民政府", region="临江县", year=2026, plan_years=[2026]),
     "2025年和“十四五”工作回顾\n一、经济运行量质齐升\n全年完成地区生产总值181.8亿元。\n"
     "2026年工作安排\n一、主要预期目标\n地区生产总值增长6%左右。",
     [(181.8, "亿元", "=", "actual", "2025", None, "地区生产总值"), (6, "%", "~", "target", "2026", None, "地区生产总值增长")]),
    # -- a review of the last five years (过去五年) is of the five years before the report's;
    #    what is 预计 in a review is the reviewed year's result; 分别完成 names nothing itself --
    (Meta(title="政府工作报告", issuer="某某市人民政府", region="某某市", year=2022, plan_years=[2022]),
     "一、过去五年工作回顾\n五年来,全市地区生产总值年均增长5.2%,实施产业、科技、教育等各类扶贫项目257个。",
     [(5.2, "%", "=", "actual", "2017-2021", "全市", "地区生产总值年均增长"),
      (257, "个", "=", "actual", "2017-2021", "全市", "扶贫项目")]),
    # ... where a line names the last year's level, its average (年均) is still the five years';
    #    a plan for the next five years (今后五年) sets targets for the report's year on
    (Meta(title="政府工作报告", issuer="某某区人民政府", region="某某区", year=2022, plan_years=[2022]),
     "一、过去五年工作回顾\n2021年,实现生产总值288.7亿元,年均增长5.1%。\n二、今后五年的重点目标\n财政总收入突破500亿元。",
     [(288.7, "亿元", "=", "actual", "2021", None, "生产总值"), (5.1, "%", "=", "actual", "2017-2021", None, "生产总值"),
      (500, "亿元", ">", "target", "2022-2026", None, "财政总收入")]),
    (Meta(title="政府工作报告", issuer="某某县人民政府", region="某某县", year=2023, plan_years=[2023]),
     "2022年工作回顾\n预计全年地区生产总值完成100.6亿元;城乡居民人均可支配收入分别完成38305元和15716元,同比增长4.2%和6.4%。",
     [(100.6, "亿元", "=", "actual", "2022", None, "地区生产总值"),
      (38305, "元", "=", "actual", "2022", None, "城镇居民人均可支配收入"),
      (15716, "元", "=", "actual", "2022", None, "农村居民人均可支配收入"),
      (4.2, "%", "=", "actual", "2022", None, "城镇居民人均可支配收入"),
      (6.4, "%", "=", "actual", "2022", None, "农村居民人均可支配收入")]),
    # -- a paragraph of a review that opens on the years it looks back on (五年来，) is of those
    #    years, under a heading of the five years and the last; what it 争取 it secured --
    (Meta(title="2026年青龙满族自治县政府工作报告", issuer="青龙满族自治县人民政府", region="青龙满族自治县",
          year=2026, plan_years=[2026]),
     "一、“十四五”时期及2025年工作回顾\n五年来,我们稳经济、促增长。一般公共预算收入达到7亿元,争取上级转移支付资金140亿元,"
     "获批各类债券项目109个。\n2025年,全县地区生产总值增长5.5%。",
     [(7, "亿元", "=", "actual", "2021-2025", None, "一般公共预算收入"),
      (140, "亿元", "=", "actual", "2021-2025", None, "上级转移支付资金"),
      (109, "个", "=", "actual", "2021-2025", None, "债券项目"),
      (5.5, "%", "=", "actual", "2025", "全县", "地区生产总值增长")]),
    # -- a work report's review: two items with 分别 pair with their own amounts; two counts
    #    joined by 和 before one verb are each a figure, under its own noun --
    (Meta(title="2026年某某自治区政府工作报告", issuer="某某自治区人民政府", region="某某自治区", year=2026,
          plan_years=[2026]),
     "一、2025年工作回顾\n接待游客、旅游总花费分别增长10.7%和9.5%。173名个人和6个科技创新团队入选“珠峰英才”计划。",
     [(10.7, "%", "=", "actual", "2025", None, "接待游客"), (9.5, "%", "=", "actual", "2025", None, "旅游总花费"),
      (173, "名", "=", "actual", "2025", None, "个人"), (6, "个", "=", "actual", "2025", None, "科技创新团队")]),
    # -- news of a congress: a plan named a sentence before sets no span; a baseline before
    #    分别 names no item; the care-of sign typed for % --
    (Meta(title="三穗第十五届人民代表大会第五次会议胜利召开", region="三穗县", year=2011, plan_years=[2011], report=True),
     "报告指出:2010年,是实施“十一五”规划的最后一年,顺利完成了“十一五”确定的目标任务。初步核算,全县生产总值实现131487万元,"
     "同比增长15℅;一般预算收入完成7309万元,累计支出64338万元,同比分别增长43.6℅和32.4℅。",
     [(131487, "万元", "=", "actual", "2010", "全县", "生产总值"), (15, "%", "=", "actual", "2010", "全县", "生产总值"),
      (7309, "万元", "=", "actual", "2010", "全县", "一般预算收入"), (64338, "万元", "=", "actual", "2010", "全县", "支出"),
      (43.6, "%", "=", "actual", "2010", "全县", "一般预算收入"), (32.4, "%", "=", "actual", "2010", "全县", "支出")]),
    # -- a milestone passed (突破…大关) is of the indicator before it; 净增 and a bracketed note
    #    (下同) borrow it; a list of changes after a list 分别 distributed follows its order --
    (Meta(title=None, region="柳林县", year=2023, plan_years=[2023], report=True),
     "2022年工作回顾\n2022年,地区生产总值突破400亿元大关,达到417亿元,净增110.8亿元,同比(下同)增长9.4%;"
     "城镇、农村居民人均可支配收入分别达到39098元、16340元,增长4.7%、5.1%。",
     [(400, "亿元", ">", "actual", "2022", None, "地区生产总值"), (417, "亿元", "=", "actual", "2022", None, "地区生产总值"),
      (110.8, "亿元", "=", "actual", "2022", None, "地区生产总值净增"),
      (9.4, "%", "=", "actual", "2022", None, "地区生产总值同比增长"),
      (39098, "元", "=", "actual", "2022", None, "城镇居民"), (16340, "元", "=", "actual", "2022", None, "农村居民"),
      (4.7, "%", "=", "actual", "2022", None, "城镇居民人均可支配收入增长"),
      (5.1, "%", "=", "actual", "2022", None, "农村居民人均可支配收入增长")]),
    # -- 均 after 人 is 人均, no distributive: the list's items share the change --
    (PLAN, "城镇居民人均可支配收入、农民人均纯收入均增长12%以上。",
     [(12, "%", ">=", "target", "2018", None, "城镇居民人均可支配收入增长"),
      (12, "%", ">=", "target", "2018", None, "农民人均纯收入增长")]),
    # -- a long heading naming its role reviews; a figure of a year gone in a notice that
    #    sets targets is a result; in a report, the share of a target completed is a result --
    (Meta(title="西藏自治区政府工作报告", issuer=None, region="西藏自治区", year=2016, plan_years=[2016]),
     "“十二五”时期国民经济和社会发展回顾\n2015年,全区生产总值达到1026.39亿元。",
     [(1026.39, "亿元", "=", "actual", "2015", "全区", "生产总值")]),
    (PLAN_XY, "2019年,全市实际利用外资达到12亿美元。", [(12, "亿美元", "=", "actual", "2019", "全市", "实际利用外资")]),
    (NEWS, "1-6月,全市落地项目总投资6791亿元,完成年度招商目标58%。",
     [(6791, "亿元", "=", "actual", "2022", "全市", "总投资"), (58, "%", "=", "actual", "2022", "全市", "招商目标")]),
    # -- a share named in a bracket after the amount it is of; the count of the places a
    #    figure ranks among is no goal --
    (NEWS, "工业项目总投资3824亿元(占比56%)。", [(3824, "亿元", "=", "actual", "2022", None, "总投资"),
                                             (56, "%", "=", "actual", "2022", None, "总投资占比")]),
    (NEWS, "全区14个地州市中,乌鲁木齐市到位资金超过1000亿元。", [(1000, "亿元", ">", "actual", "2022", "乌鲁木齐市", "到位资金")]),
    # …nor is the count of places whose sum a figure is
    (NEWS, "今年上半年,全省118个县(市)实现生产总值11268.4亿元。", [(11268.4, "亿元", "=", "actual", "2022", "全省", "生产总值")]),
    # -- a quarter's figure against the year's target in brackets --
    (QUARTER, "一季度,全区地区生产总值增长58.3%(目标10.5%)。",
     [(58.3, "%", "=", "target", "2020Q1", "全区", "地区生产总值增长"), (10.5, "%", "=", "target", "2020", "全区", "地区生产总值")]),
    # -- a post that sets its figures apart with spaces: the noun after still names it --
    (NEWS, "新增 7069张 公办养老床位。", [(7069, "张", "=", "actual", "2022", None, "公办养老床位")]),
    # -- a target set at a figure (目标定为); a level stepped onto (迈上) is reached at least;
    #    an estimate in a sentence going on about the last one's past year is a result --
    (REPORT, "今年全县主要目标定为GDP增长8.5%左右。", [(8.5, "%", "~", "target", "2020", "全县", "GDP增长")]),
    (REPORT, "全县经济总量自2012年迈上2万亿元台阶。", [(2, "万亿元", ">=", "actual", "2012", "全县", "经济总量")]),
    (Meta(title="某市政府工作报告", issuer=None, region="某市", year=2019, plan_years=[2019], report=True),
     "南京也召开了人代会,公布了2018年的GDP数据。其中,南京预计实现地区生产总值1.27万亿,可比价增长8%。",
     [(1.27, "万亿", "=", "actual", "2018", None, "地区生产总值"), (8, "%", "=", "actual", "2018", None, "增长")]),
    # -- a year-end summary's estimate of its whole year is its result; two counts run
    #    together count two things --
    (NEWS, "全年共接待客商考察投资40余次400余人。全年完成7个项目签约入园,预计引进到位市外资金6.6亿元。",
     [(40, "次", ">", "actual", "2022", None, "接待客商"), (400, "人", ">", "actual", "2022", None, "接待客商"),
      (7, "个", "=", "actual", "2022", None, "项目签约入园"), (6.6, "亿元", "=", "actual", "2022", None, "到位市外资金")]),
    # ... but not where the year is still going on, or what is still to come
    (NEWS, "1至11月份,全县签约项目28个。全年预计到位资金23.68亿元。预计全年将完成投资126亿元。",
     [(28, "个", "=", "actual", "2022", "全县", "签约项目")]),
    # -- a growth after a change from one level to another is the changed indicator's; an
    #    average (年均) of it is over the years of the change --
    (NEWS, "地区生产总值从2011年的1520亿元增加到2016年的2243.1亿元,年均增长8.6%。",
     [(1520, "亿元", "=", "actual", "2011", None, "地区生产总值"), (2243.1, "亿元", "=", "actual", "2016", None, "地区生产总值"),
      (8.6, "%", "=", "actual", "2012-2016", None, "地区生产总值增长")]),
    # -- a year in a bracketed note names no period for the figures after it --
    (NEWS, "2012年1—4月,该县新开工项目26个(含2011年签约项目),开工率为81.25%。该县履约项目32个。",
     [(26, "个", "=", "actual", "2012", None, "新开工项目"), (81.25, "%", "=", "actual", "2012", None, "开工率"),
      (32, "个", "=", "actual", "2012", None, "履约项目")]),
    # -- a rate per unit of output (吨标煤/万元) held below a level; 单位 alone is no subject --
    (PLAN, "力争单位GDP能耗保持在0.9吨标煤/万元以下,城镇登记失业率控制在4.5%以内。",
     [(0.9, "吨标煤/万元", "<=", "stretch", "2018", None, "单位GDP能耗"),
      (4.5, "%", "<=", "stretch", "2018", None, "城镇登记失业率")]),
    # -- a stretch word that raises a figure just stated (超330亿元、力争达350亿元) strives for
    #    that one; the ；-items after it are plain targets --
    (PLAN, "到2020年,地区生产总值超330亿元、力争达350亿元;固定资产投资增长7%。",
     [(330, "亿元", ">", "target", "2020", None, "地区生产总值"), (350, "亿元", "=", "stretch", "2020", None, "地区生产总值"),
      (7, "%", "=", "target", "2020", None, "固定资产投资增长")]),
    # -- a slogan counts in words, whatever its length; a yearly quantity of things is a goal,
    #    a cadence of occasions a deadline's; 未来五年 spans the years from the plan's on --
    (PLAN, "努力实现“一个翻番、两个突破、三个建成”的发展目标。每年招引亿元以上制造业项目100个,带动未来五年制造业投资1000亿元以上。",
     [(100, "个", "=", "target", "per-year", None, "制造业项目"),
      (1000, "亿元", ">=", "target", "2018-2022", None, "制造业投资")]),
    # -- the objects a verb opening a list builds are counted: a goal --
    (PLAN, "建成投用沿浦、宜山、莒溪、炎亭等4家卫生院。", [(4, "家", "=", "target", "2018", None, "卫生院")]),
    # -- a month's limit before the clause is no part of the indicator; a PDF copy's spaces --
    (PLAN, "继续推进既有住宅增设电梯,12 月底前开工建设 200部。5月底前开工老旧小区改造项目50个。",
     [(200, "部", "=", "target", "2018", None, "开工建设"), (50, "个", "=", "target", "2018", None, "开工老旧小区")]),
    # -- news whose headline tells that a body issued a document restates its plan: figures
    #    with no cue are its targets; one of a period gone before its year is a result --
    (Meta(title="呼和浩特政府公布今年重点任务分工及时限", issuer=None, region="呼和浩特市", year=2021,
          plan_years=[2021], report=True),
     "其他重点任务还包括新建公交场站5个,新增公交站点294个。2016—2019年,共引进到位资金4.11万亿元。",
     [(5, "个", "=", "target", "2021", None, "公交场站"), (294, "个", "=", "target", "2021", None, "公交站点"),
      (4.11, "万亿元", "=", "actual", "2016-2019", None, "到位资金")]),
    # -- a news summary of a work report: 回顾 one year, 展望 the next --
    (Meta(title=None, issuer=None, region="商洛市", year=2018, plan_years=[2018], report=True),
     "回顾2017年\n生产总值增长9.5%\n展望2018年\n生产总值增长9%左右\n全年接待游客人数超过5000万人次",
     [(9.5, "%", "=", "actual", "2017", None, "生产总值增长"), (9, "%", "~", "target", "2018", None, "生产总值增长"),
      (5000, "万人次", ">", "target", "2018", None, "接待游客人数")]),
    # -- news digest of a work report: unnumbered short headings set role and period; a plan
    #    heading after a review of one year plans the year after it --
    (Meta(title=None, issuer=None, region="临江市", year=2022, plan_years=[2022], report=True),
     "这份成绩单，亮眼!\n■2021年\n——城镇新增就业超5万人\n■“十三五”时期\n——累计完成投资1200亿元\n"
     "这些目标，鼓舞人心!\n——地区生产总值增长6%左右",
     [(5, "万人", ">", "actual", "2021", None, "城镇新增就业"), (1200, "亿元", "=", "actual", "2016-2020", None, "完成投资"),
      (6, "%", "~", "target", "2022", None, "地区生产总值增长")]),
    # -- a report's plan broken down in the sentences after it (其中…, 涉及…): targets too --
    (REPORT, "2020年,全县计划实施项目126个。其中,续建项目33个。涉及生态环保方面项目9个。",
     [(126, "个", "=", "target", "2020", "全县", "计划实施项目"), (33, "个", "=", "target", "2020", "全县", "续建项目"),
      (9, "个", "=", "target", "2020", "全县", "涉及生态环保方面项目")]),
    (NEWS, "46个重点项目集中开工,年内计划完成投资107亿元。其中,涉及汽车及零部件项目9个。",
     [(46, "个", "=", "actual", "2022", None, "重点项目集中开工"), (107, "亿元", "=", "target", "2022", None, "完成投资"),
      (9, "个", "=", "actual", "2022", None, "涉及汽车及零部件项目")]),
    # -- a summary's headings closed by a colon: 成就 reviews, 目标 plans, each of its own period --
    (Meta(title=None, issuer=None, region="某省", year=2021, plan_years=[2021], report=True),
     "2020年成就:\n固定资产投资增长4.1%\n“十三五”成就:\n生产总值年均增长6.3%\n“十四五”目标:\n人均生产总值达到9万元左右\n"
     "2021年目标:\n城镇新增就业40万人",
     [(4.1, "%", "=", "actual", "2020", None, "固定资产投资增长"), (6.3, "%", "=", "actual", "2016-2020", None, "生产总值年均增长"),
      (9, "万元", "~", "target", "2021-2025", None, "人均生产总值"), (40, "万人", "=", "target", "2021", None, "城镇新增就业")]),
    # -- a progress bulletin: its 进展情况 section reports results, though its heading names 目标 --
    (NEWS, "一、目标任务进展情况\n1-6月份，全市新开工工业项目78个，同比增长16.4%。",
     [(78, "个", "=", "actual", "2022", "全市", "新开工工业项目"), (16.4, "%", "=", "actual", "2022", "全市", "增长")]),
    # -- a task table scraped one cell a line: the task cell sets a target, the progress cell reports --
    (NEWS, "2021年度重点工作任务完成情况\n序号\n工作任务\n牵头单位\n完成情况\n1\n地区生产总值增长7%以上。\n市发改委\n"
     "全市实现地区生产总值2100亿元，增长6.5%。",
     [(7, "%", ">=", "target", "2021", None, "地区生产总值增长"), (2100, "亿元", "=", "actual", "2021", "全市", "地区生产总值"),
      (6.5, "%", "=", "actual", "2021", "全市", "增长")]),
    # -- news of a work report: 目标是 states targets; a cue remarking on the figure before it
    #    reaches none after it; a total to reach by a year ahead is a target --
    (NEWS, "今年的主要预期目标是：地区生产总值增长6%左右，在实际工作中努力争取更好结果；规上工业增加值增长7%。",
     [(6, "%", "~", "target", "2022", None, "地区生产总值增长"), (7, "%", "=", "target", "2022", None, "规上工业增加值增长")]),
    (MULTI, "到2027年，全市市场主体活跃度达到70%，累计新增“个转企”3万户。",
     [(70, "%", "=", "target", "2027", "全市", "活跃度"), (3, "万户", "=", "target", "2027", "全市", "个转企")]),
    (NEWS, "今年以来，全市累计新增市场主体1.2万户。", [(1.2, "万户", "=", "actual", "2022", "全市", "新增市场主体")]),
    # -- a run of months: the first quarter's three months are the quarter, any other run its
    #    year; the year printed with it wins over the notice's --
    (NEWS, "2021年1—3月实际使用外资12.5亿元，比增20.4%；1—5月实际使用外资20.1亿元。",
     [(12.5, "亿元", "=", "actual", "2021Q1", None, "实际使用外资"), (20.4, "%", "=", "actual", "2021Q1", None, "比增"),
      (20.1, "亿元", "=", "actual", "2021", None, "实际使用外资")]),
    (NEWS, "2021年一季度，全市地区生产总值增长8.1%。", [(8.1, "%", "=", "actual", "2021Q1", "全市", "地区生产总值增长")]),
    # ... but a quarter compared with (较1季度, 比一季度) is a baseline, not the period
    (NEWS, "上半年，全区第三产业增加值增长5.3%，增速较1季度提高0.1个百分点。",
     [(5.3, "%", "=", "actual", "2022", "全区", "第三产业增加值增长"), (0.1, "个百分点", "=", "actual", "2022", "全区", "提高")]),
    # -- news of a work report: 预计 of a year before the notice's is a preliminary result (and
    #    全年 after it is that year); of the year ahead it stays a forecast --
    (NEWS, "根据政府工作报告，2021年地区生产总值预计可实现全年预期目标，固定资产投资预计增长4.1%左右。",
     [(4.1, "%", "~", "actual", "2021", None, "固定资产投资")]),
    (NEWS, "全市固定资产投资预计增长6%。", []),
    # -- news of a work report heard early in the year: a bare 预计 gives last year's preliminary
    #    result; one that names a period stays a forecast --
    (Meta(title=None, issuer=None, issued="2018-01-24", region="某区", year=2018, plan_years=[2018], report=True),
     "区长作政府工作报告。\n预计地区生产总值超过2100亿元,增长8.8%左右。预计今年固定资产投资增长6%。",
     [(2100, "亿元", ">", "actual", "2017", None, "地区生产总值"), (8.8, "%", "~", "actual", "2017", None, "增长")]),
    # -- 近 is about; 近三年 names the span a figure covers; a session and a plan's own tasks are no goals --
    (NEWS, "港口货物吞吐量近5亿吨，近三年合同外资到资比例居全省第一。", [(5, "亿吨", "~", "actual", "2022", None, "港口货物吞吐量")]),
    (NEWS, "方案经市政府六届35次常务会议通过，分解为四个方面62项重点工作任务（分解任务12项）。", []),
    # -- shared tails and a comparator after a list of amounts; quoted names keep their words --
    (TABLE, "一般登记、抵押登记办理时间分别压缩至3个工作日、1个工作日以内。",
     [(3, "个工作日", "<=", "target", "2021", None, "一般登记办理时间"), (1, "个工作日", "<=", "target", "2021", None, "抵押登记办理时间")]),
    (TABLE, "用水、用气报装环节均精简至2个以内。",
     [(2, "个", "<=", "target", "2021", None, "用水报装环节"), (2, "个", "<=", "target", "2021", None, "用气报装环节")]),
    (REPORT, "城镇、农村居民人均可支配收入分别达到36850元、17320元。",
     [(36850, "元", "=", "target", "2020", None, "城镇居民人均可支配收入"), (17320, "元", "=", "target", "2020", None, "农村居民人均可支配收入")]),
    (TABLE, "“最多跑一次”事项占比不低于95%。", [(95, "%", ">=", "target", "2021", None, "“最多跑一次”事项占比")]),
    # -- a shortfall that selects whom a sanction hits is no goal; a reward is named by its recipient;
    #    年均 over a multi-year plan is a range --
    (TABLE, "对全年完成目标任务不足百分之六十的单位，取消年度评先评优资格，并对其主要负责人进行约谈。", []),
    (TABLE, "对新认定的国家级专精特新“小巨人”企业，一次性给予奖励50万元。",
     [(50, "万元", "=", "reward", "2021", "新认定的国家级专精特新“小巨人”企业", "小巨人")]),
    (Meta(title="白水市推进制造业高质量发展三年行动方案（2023—2025年）", issuer="白水市人民政府办公室", region="白水市",
          year=2023, plan_years=[2023, 2024, 2025]),
     "到2025年，规模以上工业增加值年均增长8%以上。", [(8, "%", ">=", "target", "2023-2025", None, "年均增长")]),
    # -- a metrics table: the unit in the indicator's brackets, one goal per year column --
    (TABLE, "指标 | 2020年 | 2021年目标 | 责任单位\n固定资产投资增长（%） | 8.6 | 10 | 县发展改革局、县统计局\n外贸进出口总额（亿元） | 21.3 | 24以上 | 县商务局",
     [(8.6, "%", "=", "actual", "2020", None, "固定资产投资增长"), (10, "%", "=", "target", "2021", None, "固定资产投资增长"),
      (21.3, "亿元", "=", "actual", "2020", None, "外贸进出口总额"), (24, "亿元", ">=", "target", "2021", None, "外贸进出口总额")]),
    # -- task table row: each cell stands alone --
    (TABLE, "1 | 企业开办时间压缩至1个工作日以内 | 市市场监管局 | 市公安局 市税务局 | 2021年6月底前",
     [(1, "个工作日", "<=", "target", "2021", None, "企业开办时间")]),
    # -- statistical bulletins: 分别 over the indicators just named; negative growth --
    (BULLETIN, "第一产业增加值142145万元，第二产业增加值626858万元，第三产业增加值333281万元，按可比价格计算，分别比上年增长4.0%、9.2%、12.3%。",
     [(142145, "万元", "=", "actual", "2022", None, "第一产业"), (626858, "万元", "=", "actual", "2022", None, "第二产业"),
      (333281, "万元", "=", "actual", "2022", None, "第三产业"), (4.0, "%", "=", "actual", "2022", None, "第一产业增加值比上年增长"),
      (9.2, "%", "=", "actual", "2022", None, "第二产业增加值比上年增长"), (12.3, "%", "=", "actual", "2022", None, "第三产业增加值比上年增长")]),
    (BULLETIN, "一般公共预算收入17.9亿元，比上年增收1.4亿元。",
     [(17.9, "亿元", "=", "actual", "2022", None, "一般公共预算收入"), (1.4, "亿元", "=", "actual", "2022", None, "一般公共预算收入比上年增收")]),
    (BULLETIN, "第一、二、三产业增加值占地区生产总值的比重分别为16.2%、34.4%和49.4%。",
     [(16.2, "%", "=", "actual", "2022", None, "第一产业增加值占"), (34.4, "%", "=", "actual", "2022", None, "第二产业增加值占"),
      (49.4, "%", "=", "actual", "2022", None, "第三产业增加值占")]),
    (BULLETIN, "牧业产值89081万元，增长-3.2%。",
     [(89081, "万元", "=", "actual", "2022", None, "牧业产值"), (-3.2, "%", "=", "actual", "2022", None, "牧业产值增长")]),
    # -- qualifiers vs targets --
    (PLAN, "力争全年外资到位3000万美元以上项目达到5个以上,新增境外世界500强投资和合同外资1000万美元以上项目5个以上。",
     [(5, "个", ">=", "stretch", "2018", None, "外资到位"), (5, "个", ">=", "stretch", "2018", None, "合同外资")]),
    (PLAN, "实际利用外资3000万美元以上开发区达到5家以上,其中5000万美元以上的开发区1家,1亿美元以上开发区1家。",
     [(5, "家", ">=", "target", "2018", None, "开发区"), (1, "家", "=", "target", "2018", None, "5000万美元以上"),
      (1, "家", "=", "target", "2018", None, "1亿美元以上")]),
    (PLAN_XY, "新引进投资过5亿元的工业项目120个。", [(120, "个", "=", "target", "2020", None, "工业项目")]),
    (PLAN, "依托沧州市招商中心,全年确保引进投资总额3千万以上项目300个。",
     [(300, "个", "=", "target", "2018", None, "投资总额")]),
    (MULTI, "引进总投资10亿元以上项目350个,其中50亿元以上项目60个。",
     [(350, "个", "=", "target", None, None, "10亿元以上项目"), (60, "个", "=", "target", None, None, "50亿元以上项目")]),
    (MULTI, "建立全市连片100亩以上可供土地清单,加大对200亩以上连片净地的储备。", []),
    (NEWS, "在全省率先配套制定12个方面69条稳定经济运行政策措施。",
     [(69, "条", "=", "actual", "2022", None, "稳定经济运行")]),
    (PLAN_XY, "高新区、东津新区每年至少要谋划招引一个50亿元的重大产业项目。",
     [(1, "个", ">=", "target", "per-year", "高新区", "50亿元"), (1, "个", ">=", "target", "per-year", "东津新区", "50亿元")]),
    # -- lists of subjects distribute, joint figures do not --
    (PLAN, "力争实现沧州高新区、黄骅开发区、东光开发区实际利用外资超3000万美元,沧州开发区实际利用外资超5000万美元;实施行动。",
     [(3000, "万美元", ">", "stretch", "2018", "沧州高新区", "实际利用外资"),
      (3000, "万美元", ">", "stretch", "2018", "黄骅开发区", "实际利用外资"),
      (3000, "万美元", ">", "stretch", "2018", "东光开发区", "实际利用外资"),
      (5000, "万美元", ">", "stretch", "2018", "沧州开发区", "实际利用外资")]),
    (PLAN_XY, "高新区、东津新区、襄州区全年引进外资项目不少于2个,其他县(市)引进外资项目不少于1个。",
     [(2, "个", ">=", "target", "2020", "高新区", "外资项目"), (2, "个", ">=", "target", "2020", "东津新区", "外资项目"),
      (2, "个", ">=", "target", "2020", "襄州区", "外资项目"), (1, "个", ">=", "target", "2020", "其他县(市)", "外资项目")]),
    (NEWS, "市委书记、市长多次带队外出开展招商活动,促成数字医疗创新港项目等39个项目成功签约,拟投资额800.78亿元。",
     [(39, "个", "=", "actual", "2022", None, "签约"), (800.78, "亿元", "=", "actual", "2022", None, "投资额")]),
    (NEWS, "市直产业招商牵头部门和各县区领导共开展招商对接活动640余次。",
     [(640, "次", ">", "actual", "2022", None, "对接活动")]),
    (PLAN, "全年服务业利用外资和高新技术产业利用外资占全市比重分别达到15%以上。",
     [(15, "%", ">=", "target", "2018", None, "服务业"), (15, "%", ">=", "target", "2018", None, "高新技术产业")]),
    (MULTI, "将招大引强工作纳入红旗奖和年度综合考核,分值权重分别不低于15%和10%。",
     [(15, "%", ">=", "target", None, None, "分值权重"), (10, "%", ">=", "target", None, None, "分值权重")]),
    (MULTI, "各地主要负责人每年须牵头引进总投资超亿美元、50亿元以上重大产业项目各2个以上。",
     [(2, "个", ">=", "target", "per-year", "各地主要负责人", "超亿美元"),
      (2, "个", ">=", "target", "per-year", "各地主要负责人", "50亿元以上")]),
    (PLAN_XY, "各县(市、区)、开发区应根据实际财力情况设立1-2支产业发展基金。",
     [(1, "支", ">=", "target", "2020", "各县(市、区)", "产业发展基金"),
      (1, "支", ">=", "target", "2020", "开发区", "产业发展基金")]),
    (NATIONAL, "到2025年，花生种植、收获机械化率分别达到65%和55%。",
     [(65, "%", "=", "target", "2025", None, "花生种植"), (55, "%", "=", "target", "2025", None, "收获机械化率")]),
    # -- growth rates are goals of their own --
    (PLAN, "全年全市实际利用外资完成6.6亿美元,同比增长5%。力争实际利用外资超过6.8亿美元,同比增长10%。",
     [(6.6, "亿美元", "=", "target", "2018", "全市", "实际利用外资"), (5, "%", "=", "target", "2018", "全市", "增长"),
      (6.8, "亿美元", ">", "stretch", "2018", "全市", "实际利用外资"), (10, "%", "=", "stretch", "2018", "全市", "增长")]),
    (PLAN_XY, "力争全年工业项目正式合同金额、工业项目实际到位资金、新引进战略性新兴产业项目个数、项目开工及投产入库数5项指标"
              "同比增长8%以上。",
     [(8, "%", ">=", "stretch", "2020", None, "正式合同金额"), (8, "%", ">=", "stretch", "2020", None, "工业项目实际到位"),
      (8, "%", ">=", "stretch", "2020", None, "战略性新兴产业项目个数"), (8, "%", ">=", "stretch", "2020", None, "项目开工"),
      (8, "%", ">=", "stretch", "2020", None, "投产入库")]),
    (PLAN, "全市地区生产总值增长6%左右。", [(6, "%", "~", "target", "2018", "全市", "增长")]),
    (PLAN, "全市规模以上工业增加值增长5.0%—5.5%。", [(5.0, "%", ">=", "target", "2018", "全市", "增长")]),
    (PLAN_XY, "新签约正式项目合同投资额、招商引资实际到位资金同比增长8%。",
     [(8, "%", "=", "target", "2020", None, "正式项目合同投资额"), (8, "%", "=", "target", "2020", None, "招商引资实际到位")]),
    # -- Chinese and mixed numerals --
    (PLAN, "全年新引进一百二十个亿元以上项目。", [(120, "个", "=", "target", "2018", None, "亿元以上项目")]),
    (PLAN, "全市居民人均可支配收入增长百分之四点六。", [(4.6, "%", "=", "target", "2018", "全市", "增长")]),
    (PLAN_XY, "各地要参照市招商引资工作委员会成立相应机构,每季度至少召开一次招商引资工作调度会。",
     [(1, "次", ">=", "target", "per-quarter", "各地", "调度会")]),
    (PLAN_XY, "对年度考核排名第一、二位的县(市、区)、开发区分别给予500万、300万元资金奖励。",
     [(500, "万元", "=", "reward", "2020", None, "奖励"), (300, "万元", "=", "reward", "2020", None, "奖励")]),
    # -- comparators from the surrounding words --
    (PLAN_XY, "各地每年选派不少于30人赴北京、上海等地开展驻外招商。",
     [(30, "人", ">=", "target", "per-year", "各地", "驻外招商")]),
    (PLAN, "每年至少召开2次以上重点外资企业座谈会。", [(2, "次", ">=", "target", "per-year", None, "座谈会")]),
    (MULTI, "“十四五”期间,全市实际利用外资超150亿美元;引进世界500强投资项目130个。",
     [(150, "亿美元", ">", "target", "2021-2025", "全市", "实际利用外资"),
      (130, "个", "=", "target", "2021-2025", "全市", "世界500强投资项目")]),
    (MULTI, "对新引进的总部企业和功能性机构按有关规定,最高给予5000万元奖励。",
     [(5000, "万元", "<=", "reward", None, "新引进的总部企业", "奖励"),
      (5000, "万元", "<=", "reward", None, "新引进的功能性机构", "奖励")]),
    (PLAN, "全市单位生产总值能耗下降3%以内。", [(3, "%", "<=", "target", "2018", "全市", "下降")]),
    (PLAN, "全市城镇调查失业率控制在5.5%以下。", [(5.5, "%", "<=", "target", "2018", "全市", "失业率")]),
    (PLAN, "全年新增城镇就业突破1万人。", [(1, "万人", ">", "target", "2018", None, "城镇就业")]),
    (PLAN, "全年引进项目约30个。", [(30, "个", "~", "target", "2018", None, "引进项目")]),
    (PLAN, "全年新增市场主体不低于8000户。", [(8000, "户", ">=", "target", "2018", None, "市场主体")]),
    (NEWS, "今年以来共引进项目110多个。", [(110, "个", ">", "actual", "2022", None, "引进项目")]),
    (PLAN, "投资额低于500万元的项目不予支持。", []),
    (PLAN, "力争全年招商引资到位资金最高达到1000亿元。", [(1000, "亿元", "<=", "stretch", "2018", None, "到位资金")]),
    (PLAN, "重点企业亩均税收超过30万元。", [(30, "万元", ">", "target", "2018", None, "亩均税收")]),
    # -- kinds --
    (PLAN, "全年力争合作举办洽谈活动10场以上,推动签订合作意向或协议10项以上。",
     [(10, "场", ">=", "stretch", "2018", None, "洽谈活动"), (10, "项", ">=", "stretch", "2018", None, "协议")]),
    (PLAN, "确保完成固定资产投资500亿元,力争达到550亿元。",
     [(500, "亿元", "=", "target", "2018", None, "固定资产投资"), (550, "亿元", "=", "stretch", "2018", None, "")]),
    (NEWS, "今年以来,秦皇岛市认真贯彻落实会议精神。截至目前,共签约项目192个,总投资2066.95亿元。",
     [(192, "个", "=", "actual", "2022", "秦皇岛市", "签约项目"), (2066.95, "亿元", "=", "actual", "2022", "秦皇岛市", "总投资")]),
    (PLAN, "截至目前,全市已签约项目45个。", [(45, "个", "=", "actual", "2018", "全市", "签约项目")]),
    (PLAN_XY, "对排名倒数第一、二位的县(市、区)、开发区分别处以300万、100万元的经济惩罚(由市级财政统筹兑付)。",
     [(300, "万元", "=", "reward", "2020", None, "惩罚"), (100, "万元", "=", "reward", "2020", None, "惩罚")]),
    (BULLETIN, "全年实现生产总值(GDP)262.6亿元，按可比价格计算，同比增长5.3％。",
     [(262.6, "亿元", "=", "actual", "2022", None, "生产总值"), (5.3, "%", "=", "actual", "2022", None, "增长")]),
    (BULLETIN, "年末规模以上工业企业资产负债率提高7.4个百分点。",
     [(7.4, "个百分点", "=", "actual", "2022", None, "资产负债率")]),
    (BULLETIN, "全年累计争取科技经费750万元。", [(750, "万元", "=", "actual", "2022", None, "科技经费")]),
    (BULLETIN, "三次产业对GDP增长的贡献率分别为8.3%、53.9%和37.9%。",
     [(8.3, "%", "=", "actual", "2022", None, "贡献率"), (53.9, "%", "=", "actual", "2022", None, "贡献率"),
      (37.9, "%", "=", "actual", "2022", None, "贡献率")]),
    (BULLETIN, "出生率为7.19‰,比上年下降1.15个千分点。",
     [(7.19, "‰", "=", "actual", "2022", None, "出生率"), (1.15, "个千分点", "=", "actual", "2022", None, "下降")]),
    # a progress report restates each item's target under its label; the progress line reports
    (NEWS, "一、公共文化设施建设项目\n目标任务:建设村级文化大院100个。\n目前进度:已建成村级文化大院62个。",
     [(100, "个", "=", "target", "2022", None, "文化大院"), (62, "个", "=", "actual", "2022", None, "文化大院")]),
    # a comma grouping a number's digits splits no clause: a size class stays in its indicator
    (NEWS, "今年一季度,亿元以下、1,000万元以上项目385个。", [(385, "个", "=", "actual", "2022Q1", None, "1,000万元以上项目")]),
    # a stretch word raising the figure before it reaches no later clause, and borrows its indicator
    (PLAN, "PM2.5年均浓度保持在30微克/立方米以下,力争保持在25微克/立方米以下,空气质量优良天数比率保持在95%以上。",
     [(30, "微克/立方米", "<=", "target", "2018", None, "PM2.5年均浓度"), (25, "微克/立方米", "<=", "stretch", "2018", None, "PM2.5年均浓度"),
      (95, "%", ">=", "target", "2018", None, "优良天数比率")]),
    (PLAN, "确保“落地提效”,力争全年工业项目正式合同金额同比增长8%以上,新引进投资过5亿元的工业项目120个。",
     [(8, "%", ">=", "stretch", "2018", None, "合同金额"), (120, "个", "=", "stretch", "2018", None, "工业项目")]),
    (PLAN, "力争全年实现地区生产总值增长8%,固定资产投资增长10%。",
     [(8, "%", "=", "stretch", "2018", None, "地区生产总值"), (10, "%", "=", "stretch", "2018", None, "固定资产投资")]),
    # a progress table's project column holds the year's targets, its progress column results
    (NEWS, "序号\n实事内容\n牵头单位\n进展情况\n1\n全市新增城乡公交线路35条。\n市交通运输局\n已完成新增线路37条。",
     [(35, "条", "=", "target", "2022", "全市", "城乡公交线路"), (37, "条", "=", "actual", "2022", None, "线路")]),
    # a plan's account of how last year's plan was carried out reports results
    (PLAN, "一、2017年国民经济和社会发展计划执行情况\n全市粮食总产量达到100万吨。\n二、2018年主要目标\n粮食总产量稳定在100万吨以上。",
     [(100, "万吨", "=", "actual", "2017", "全市", "粮食总产量"), (100, "万吨", ">=", "target", "2018", None, "粮食总产量")]),
    # a document's title quote whose 》 the copy lost quotes nothing after it
    (PLAN, "根据《广东省发展改革委关于下达广东省2023年重点建设项目计划的通知(粤发改重点〔2023〕72号),2023年共安排我市省重点建设项目62个。",
     [(62, "个", "=", "target", "2023", None, "省重点建设项目")]),
    # work a report says is planned is a target
    (NEWS, "今年拟签约项目10个。", [(10, "个", "=", "target", "2022", None, "签约项目")]),
    # -- periods --
    (QUARTER, "坚持量质并举、以质为先,第四季度全区完成签约亿元以上招商项目116个。",
     [(116, "个", "=", "target", "2020Q4", "全区", "招商项目")]),
    # news of a plan: a figure under a limit, or in a sentence citing the plan or saying what
    # a place is to do, is a target, though a report's figures are otherwise results
    (NEWS, "根据《方案》，郑州市今年要集中力量打造50个美丽乡村精品村。今年年底前，行政村快递物流服务通达率达80%以上。",
     [(50, "个", "=", "target", "2022", "郑州市", "美丽乡村精品村"),
      (80, "%", ">=", "target", "2022", None, "行政村快递物流服务通达率")]),
    # news of one quarter: its figures that name no period, or only the year so far, are the
    # quarter's; a year the line names stays
    (Meta(title="蒙城一季度招商引资工作开门红", issuer=None, region="蒙城县", year=2017, plan_years=[2017], report=True),
     "据统计,今年以来,全县实际利用内资110.4亿元。全县新签约项目26个。2016年全县签约项目80个。",
     [(110.4, "亿元", "=", "actual", "2017Q1", "全县", "实际利用内资"), (26, "个", "=", "actual", "2017Q1", "全县", "新签约项目"),
      (80, "个", "=", "actual", "2016", "全县", "签约项目")]),
    # a strong start (开门红) is the first quarter's campaign
    (PLAN, "力争“开门红”引进市外项目到位资金22亿元,引进工业项目到位资金14亿元。",
     [(22, "亿元", "=", "stretch", "2018Q1", None, "引进市外项目到位资金"),
      (14, "亿元", "=", "stretch", "2018Q1", None, "引进工业项目到位资金")]),
    (PLAN_XY, "各地党政主要负责人轮流外出招商每月合计不少于7天;政府(管委会)分管负责人外出招商每月不少于10天。",
     [(7, "天", ">=", "target", "per-month", "各地党政主要负责人", "外出招商"),
      (10, "天", ">=", "target", "per-month", "政府(管委会)分管负责人", "外出招商")]),
    (PLAN_XY, "承担有招商任务的市直部门主要负责人每月至少外出招商1次(不少于2天)。",
     [(1, "次", ">=", "target", "per-month", "承担有招商任务的市直部门主要负责人", "外出招商"),
      (2, "天", ">=", "target", "per-month", "承担有招商任务的市直部门主要负责人", "外出招商")]),
    (MULTI, "2024年,实际利用外资30亿美元;引进世界500强投资项目25个。",
     [(30, "亿美元", "=", "target", "2024", None, "实际利用外资"), (25, "个", "=", "target", "2024", None, "世界500强")]),
    (MULTI, "确保具有2年以上招商工作经验的招商员人数占比在50%以上。",
     [(50, "%", ">=", "target", None, None, "占比")]),
    (MULTI, "各地确保要素总量的70%以上向省级以上开发区倾斜,全年落地省级以上开发区的重大项目不少于70%。",
     [(70, "%", ">=", "target", None, "各地", "要素总量"), (70, "%", ">=", "target", "2024", "各地", "重大项目")]),
    (NEWS, "在2021年高规格组建了市级招商机构的基础上,又抽调14名优秀业务骨干充实到市级招商队伍。",
     [(14, "名", "=", "actual", "2022", None, "业务骨干")]),
    (NATIONAL, "到2020年，全国农机总动力超过10亿千瓦。", [(10, "亿千瓦", ">", "target", "2020", "全国", "农机总动力")]),
    # 努力实现 is no 力争/争取: a plain target
    (PLAN, "努力实现地区生产总值增长6.2%左右。", [(6.2, "%", "~", "target", "2018", None, "地区生产总值增长")]),
    # a target a report restates in brackets after its noun; 全年任务 names the target
    (NEWS, "市外到位资金25.47亿元,完成市上全年任务(42.5亿元)的59.94%。",
     [(25.47, "亿元", "=", "actual", "2022", None, "市外到位资金"), (42.5, "亿元", "=", "target", "2022", None, "全年任务"),
      (59.94, "%", "=", "actual", "2022", None, "全年任务")]),
    # a margin states the gap itself (GUIDE §4); a year's planned investment is its target
    (NEWS, "全区完成投资367.1亿元,高于去年同期1.6个百分点。新建项目年内计划投资246.5亿元。",
     [(367.1, "亿元", "=", "actual", "2022", "全区", "完成投资"), (1.6, "个百分点", "=", "actual", "2022", "全区", "去年同期"),
      (246.5, "亿元", "=", "target", "2022", None, "计划投资")]),
    # money arranged is a commitment (安排 is no rank); a bound restated in a bracket stays a qualifier
    (PLAN, "区级财政安排4000万元重大项目前期费。辖区范围内6亩以下(不含6亩)的土地使用转让手续,区政府审查后办理。",
     [(4000, "万元", "=", "target", "2018", None, "前期费")]),
    # a service time: 内 after its duration bounds it; each item's name ends at the 、 before it
    (PLAN, "环评报告书14个工作日内、环评登记表3个工作日内完成审批。",
     [(14, "个工作日", "<=", "target", "2018", None, "环评报告书"), (3, "个工作日", "<=", "target", "2018", None, "环评登记表")]),
    # 项目前期 holds no 目前; “十三五”规划项目库 names the plan's list, no period
    (PLAN, "完善“十三五”规划项目库,加大项目前期工作力度,区级财政安排4000万元重大项目前期费。",
     [(4000, "万元", "=", "target", "2018", None, "前期费")]),
    # an energy total in tonnes of standard coal; ordinals listed are all ordinals
    (BULLETIN, "规上工业能源消耗总量549.5万吨标准煤。", [(549.5, "万吨标准煤", "=", "actual", "2022", None, "能源消耗总量")]),
    (NEWS, "县卫健局负责的第17、18件确定事项进展滞后。", []),
    # an amount said to be done already (现已完成10个) is of the indicator just named
    (NEWS, "全县新签约亿元以上项目12个,现已完成10个。",
     [(12, "个", "=", "actual", "2022", "全县", "亿元以上项目"), (10, "个", "=", "actual", "2022", "全县", "亿元以上项目")]),
    # a result printed with the target it is measured against (任务数)
    (NEWS, "引进优强企业21家(任务数18家)。", [(21, "家", "=", "actual", "2022", None, "优强企业"), (18, "家", "=", "target", "2022", None, "优强企业")]),
    # -- not goals --
    (NEWS, "大会应到代表331人,实到代表308人,符合法定人数。", []),
    (NEWS, "会议实际到会代表153人,符合法定人数。", []),
    # how often a place ranked first is a count of rankings, no goal
    (NEWS, "垃圾分类考评中7次位居第一;2次城市综合管理考评、文明城区测评中均名列榜首。", []),
    (NEWS, "常务会议确定事项22件,截至9月14日,已办结6件,正在办理16件。会议确定的22件事项中,16件正在办理。",
     [(6, "件", "=", "actual", "2022", None, "办结")]),
    (NEWS, "高标准农田8.3万亩正在施工中,整体进度70%。其中水稻抽样25组。",
     [(70, "%", "=", "actual", "2022", None, "整体进度"), (25, "组", "=", "actual", "2022", None, "水稻抽样")]),
    (MULTI, "对年度目标任务完成率低于70%的,在招大引强条线考评中不得评定为优秀等次。", []),
    (PLAN_XY, "各地超过6个月未取得土地使用权的正式签约项目数,超过其年度新签约项目总数5%的,当年不得评为先进单位。", []),
    (PLAN, "重点以我市“18+7”特色产业集群为主攻方向,围绕“六大新动能”和“五大新引擎”。", []),
    (PLAN, "加强与境外世界500强、知名跨国公司的对接,加强我市与三对友谊城市经贸交流。", []),
    (PLAN_XY, "实行“一个项目、一名领导、一套班子”的“五个一”推进机制。", []),
    (PLAN_XY, "每月通报一次全市目标任务完成进展情况,每季度召开一次全市招商引资工作调度会。", []),
    (PLAN_XY, "七大产业专班每季度组织召开1次联席工作会议。", []),
    (MULTI, "经市投促中心协调,赋予首报地1个月的排他性首谈资格,凡重大签约项目须提前一周报备。", []),
    (PLAN_XY, "对年度考核排名前5名的市直部门给予20万元资金奖励。",
     [(20, "万元", "=", "reward", "2020", "年度考核排名前5名的市直部门", "奖励")]),
    (PLAN_XY, "力争全年工业项目等5项指标同比增长8%以上。", [(8, "%", ">=", "stretch", "2020", None, "增长")]),
    (PLAN, "九届市人民政府第42次常务会议审议通过,联系电话:0317-2155555,2018年5月14日印发。", []),
    (QUARTER, "投资总额1.5亿元2.5亿元的每个项目加1分,5亿元以上的加4分,每多签约一个项目加分。", []),
    (PLAN_XY, "结合20个特色产业园区产业特色,推动10个以上特色园区项目满园。",
     [(10, "个", ">=", "target", "2020", None, "特色园区")]),
    # -- a progress report: a target named by its own noun, the rate of completing it; a
    #    bare 目标任务 is that of the indicator just named --
    (NEWS, "签约金额达57.78亿元,完成签约目标50亿元的115.56%。",
     [(57.78, "亿元", "=", "actual", "2022", None, "签约金额"), (50, "亿元", "=", "target", "2022", None, "签约目标"),
      (115.56, "%", "=", "actual", "2022", None, "签约目标完成率")]),
    (NEWS, "其中省外到位资金10.33亿元,完成目标任务20亿元的51.65%。",
     [(10.33, "亿元", "=", "actual", "2022", None, "省外到位资金"),
      (20, "亿元", "=", "target", "2022", None, "省外到位资金目标任务"),
      (51.65, "%", "=", "actual", "2022", None, "省外到位资金目标任务完成率")]),
    # -- a list of places and their amounts shares the measure named before the first --
    (NEWS, "当月新开工项目36个,其中聊城9个、滨州7个,青岛4个、烟台4个、济南3个。",
     [(36, "个", "=", "actual", "2022", None, "新开工项目"), (9, "个", "=", "actual", "2022", "聊城", "新开工项目"),
      (7, "个", "=", "actual", "2022", "滨州", "新开工项目"), (4, "个", "=", "actual", "2022", "青岛", "新开工项目"),
      (4, "个", "=", "actual", "2022", "烟台", "新开工项目"), (3, "个", "=", "actual", "2022", "济南", "新开工项目")]),
    (NEWS, "9市共带队招商10次,新签约项目14个。其中,新签约项目潍坊5个、聊城3个、济南2个。",
     [(10, "次", "=", "actual", "2022", None, "招商"), (14, "个", "=", "actual", "2022", None, "新签约项目"),
      (5, "个", "=", "actual", "2022", "潍坊", "新签约项目"), (3, "个", "=", "actual", "2022", "聊城", "新签约项目"),
      (2, "个", "=", "actual", "2022", "济南", "新签约项目")]),
    # -- news of a work report: 今年 is the report's year after a past year the line names;
    #    an estimate of a past year's figure is its result; a dash ends an introducer --
    (NEWS, "初步预计,2021年全市生产总值为21910亿元,增长11%。报告还提出,今年全市GDP预期增长10.5%左右。",
     [(21910, "亿元", "=", "actual", "2021", "全市", "生产总值"), (11, "%", "=", "actual", "2021", "全市", "增长"),
      (10.5, "%", "~", "target", "2022", "全市", "GDP预期增长")]),
    # a list of targets introduced by 目标是: goes on past its first sentence; a content
    # farm's doubled marks (7%,、8%) still part a list
    (NEWS, "今年主要预期目标是:全市地区生产总值增长6.5%,在实际工作中争取更好结果,。一般公共预算收入增长5%,,"
           "城镇居民、农村居民人均可支配收入分别增长7%,、8%,。",
     [(6.5, "%", "=", "target", "2022", "全市", "地区生产总值增长"), (5, "%", "=", "target", "2022", "全市", "预算收入增长"),
      (7, "%", "=", "target", "2022", "全市", "城镇居民人均可支配收入"),
      (8, "%", "=", "target", "2022", "全市", "农村居民人均可支配收入")]),
    (NEWS, "我市去年多个指标迈进重要大关——城镇居民可支配收入30816元。",
     [(30816, "元", "=", "actual", "2021", None, "城镇居民可支配收入")]),
    # -- a quarter's report: a year's target restated in brackets after its noun is of the year
    (Meta(title="一季度全省实际利用内外资大幅增长", issuer=None, region="黑龙江省", year=2023, plan_years=[2023],
          report=True),
     "实际利用外资7804万美元,同比增长84.1%,增速高于全年预定目标(增长10%)74.1个百分点。",
     [(7804, "万美元", "=", "actual", "2023Q1", None, "实际利用外资"), (84.1, "%", "=", "actual", "2023Q1", None, "增长"),
      (10, "%", "=", "target", "2023", None, "目标"), (74.1, "个百分点", "=", "actual", "2023Q1", None, "目标")]),
    # -- a grant: what selects its recipients and the base it is reckoned from are its
    #    conditions; qualifiers before the last 的 make one recipient --
    (PLAN, "对总投资5000万元以上、补足重点产业关键环节短板的重大工业项目,竣工投产后按照设备投资额的10%,"
           "给予最高5000万元支持。",
     [(5000, "万元", "<=", "reward", "2018", "总投资5000万元以上、补足重点产业关键环节短板的重大工业项目", "支持")]),
    # -- a 分别为: list of counties and a zone; a second list names its own measure
    (NEWS, "全市新签约开工项目285个,分别为:霍邱县45个、市开发区34个、叶集区17个;"
           "各县区新签约项目开工率分别为:金安区93.5%、叶集区89.5%。",
     [(285, "个", "=", "actual", "2022", "全市", "新签约开工项目"),
      (45, "个", "=", "actual", "2022", "霍邱县", "新签约开工项目"),
      (34, "个", "=", "actual", "2022", "市开发区", "新签约开工项目"),
      (17, "个", "=", "actual", "2022", "叶集区", "新签约开工项目"),
      (93.5, "%", "=", "actual", "2022", "金安区", "开工率"), (89.5, "%", "=", "actual", "2022", "叶集区", "开工率")]),
    # -- a bulletin's ranking: after 依次为: each short name (a county's two characters too) is an
    #    item's scope, two names before one amount are two items, and the measure is the one named
    #    before the class of places (第一类县(市、区)) --
    (NEWS, "新开工亿元以上项目数量从高到低,第一类县(市、区)依次为:宜都13个,高新区2个,枝江、当阳0个;"
           "第二类县(市、区)依次为:秭归3个。",
     [(13, "个", "=", "actual", "2022", "宜都", "新开工亿元以上项目数量"),
      (2, "个", "=", "actual", "2022", "高新区", "新开工亿元以上项目数量"),
      (0, "个", "=", "actual", "2022", "枝江", "新开工亿元以上项目数量"),
      (0, "个", "=", "actual", "2022", "当阳", "新开工亿元以上项目数量"),
      (3, "个", "=", "actual", "2022", "秭归", "新开工亿元以上项目数量")]),
    # -- the places that rank first, after 有: (the ranking and the class of places are no part of
    #    the measure); a threshold the places after 的有 each passed --
    (NEWS, "区外到位资金总量排名靠前的地州市有:乌鲁木齐市927.46亿元,阿克苏地区701.48亿元。"
           "区外到位资金增速超过50%的有乌鲁木齐市、阿勒泰地区。",
     [(927.46, "亿元", "=", "actual", "2022", "乌鲁木齐市", "区外到位资金总量"),
      (701.48, "亿元", "=", "actual", "2022", "阿克苏地区", "区外到位资金总量"),
      (50, "%", ">", "actual", "2022", "乌鲁木齐市", "区外到位资金增速"),
      (50, "%", ">", "actual", "2022", "阿勒泰地区", "区外到位资金增速")]),
    # -- 去年全年: the whole of last year --
    (NEWS, "去年全年实现地区生产总值6524.7亿元。", [(6524.7, "亿元", "=", "actual", "2021", None, "地区生产总值")]),
    # -- news of a report: 争取 before a count still strives (before money it secured);
    #    the report's count of its own key tasks is no goal
    (NEWS, "在2023年河北的8项重点工作中,第一项即深入落实重大国家战略。全面落实中央疏解清单,争取30家央企二三级子公司落户新区。",
     [(30, "家", "=", "stretch", "2023", None, "央企二三级子公司落户新区")]),
    (NEWS, "累计争取科技经费750万元。", [(750, "万元", "=", "actual", "2022", None, "科技经费")]),
    # -- figures of a run of months across years span those years; the leaders who led
    #    the trips are the subject --
    (NEWS, "2018年1月至2019年9月,各市党政主要负责同志共带队到省外招商231次,累计对接项目1018个。",
     [(231, "次", "=", "actual", "2018-2019", "各市党政主要负责同志", "招商"),
      (1018, "个", "=", "actual", "2018-2019", "各市党政主要负责同志", "对接项目")]),
    # -- a list that cuts a unit short before the item that prints it whole (1.74个、…4.0个百分点)
    (NEWS, "第一、二、三产业分别拉动经济增长1.74个、3.22个、4.0个百分点。",
     [(1.74, "个百分点", "=", "actual", "2022", None, "第一产业"), (3.22, "个百分点", "=", "actual", "2022", None, "第二产业"),
      (4.0, "个百分点", "=", "actual", "2022", None, "第三产业")]),
    # -- a measure after a count of projects is those projects' (自治区重大项目年度计划投资); a
    #    programme given by its planned investment is a plan, its counts too
    (NEWS, "按项目类型分:自治区重大项目11项,年度计划投资33亿元;市级层面重大项目36项,年度计划投资41.35亿元。",
     [(11, "项", "=", "target", "2022", None, "自治区重大项目"),
      (33, "亿元", "=", "target", "2022", None, "自治区重大项目年度计划投资"),
      (36, "项", "=", "target", "2022", None, "市级层面重大项目"),
      (41.35, "亿元", "=", "target", "2022", None, "市级层面重大项目年度计划投资")]),
    # -- 均 (each) opening a change after a clause listing amounts: the change of each item
    (NEWS, "进出口额和实际利用外资分别达到335亿元、15亿美元,均增长8.5%。",
     [(335, "亿元", "=", "actual", "2022", None, "进出口额"), (15, "亿美元", "=", "actual", "2022", None, "实际利用外资"),
      (8.5, "%", "=", "actual", "2022", None, "进出口额增长"), (8.5, "%", "=", "actual", "2022", None, "实际利用外资增长")]),
    (NEWS, "城乡居民收入分别达到33550元、15200元,均增长8.5%。",
     [(33550, "元", "=", "actual", "2022", None, "城镇居民收入"), (15200, "元", "=", "actual", "2022", None, "农村居民收入"),
      (8.5, "%", "=", "actual", "2022", None, "城镇居民收入增长"), (8.5, "%", "=", "actual", "2022", None, "农村居民收入增长")]),
    # -- a list 分别 distributed, then its levels in the same order (…年均分别增长…,达…); growth in
    #    real terms and a conversion into dollars are of the indicator just named
    (NEWS, "全市生产总值、全社会固定资产投资年均分别增长14.1%和26.8%,达4270亿元和1573亿元。",
     [(14.1, "%", "=", "actual", "2022", "全市", "生产总值"), (26.8, "%", "=", "actual", "2022", "全市", "全社会固定资产投资年均增长"),
      (4270, "亿元", "=", "actual", "2022", "全市", "生产总值"), (1573, "亿元", "=", "actual", "2022", "全市", "全社会固定资产投资")]),
    (NEWS, "城镇居民人均可支配收入19742.4元,实际增长8.5%;人均生产总值9.5万元,约合1.5万美元,增长6.1%。",
     [(19742.4, "元", "=", "actual", "2022", None, "城镇居民人均可支配收入"),
      (8.5, "%", "=", "actual", "2022", None, "城镇居民人均可支配收入实际增长"),
      (9.5, "万元", "=", "actual", "2022", None, "人均生产总值"), (1.5, "万美元", "=", "actual", "2022", None, "人均生产总值"),
      (6.1, "%", "=", "actual", "2022", None, "人均生产总值增长")]),
    # -- 分别 after a clause that lists the items (…和农村居民人均可支配收入,预计分别增长…)
    (NEWS, "全年地区生产总值、规模工业增加值、城镇居民人均可支配收入和农村居民人均可支配收入,预计分别增长5.8%、5%、6.5%和7.5%。",
     [(5.8, "%", "=", "actual", "2022", None, "地区生产总值增长"), (5, "%", "=", "actual", "2022", None, "规模工业增加值增长"),
      (6.5, "%", "=", "actual", "2022", None, "城镇居民人均可支配收入增长"),
      (7.5, "%", "=", "actual", "2022", None, "农村居民人均可支配收入增长")]),
    # -- a stretch word naming a class of items counted before it (35个争取开工项目) strives for nothing
    (NEWS, "35个争取开工项目中15个项目已开工建设,完成投资7.2亿元。",
     [(15, "个", "=", "actual", "2022", None, "已开工建设"), (7.2, "亿元", "=", "actual", "2022", None, "完成投资")]),
    # -- in rules, the tier of amounts before a grant is its condition; a count of work before a
    #    grant is none
    (PLAN, "投资总额300万元—1000万元(含1000万元),一次性奖励2万元;1000万元(不含1000万元)以上,一次性奖励3万元。",
     [(2, "万元", "=", "reward", "2018", None, "一次性奖励"), (3, "万元", "=", "reward", "2018", None, "一次性奖励")]),
    (PLAN, "实施主导产业延链补链重点项目75个,市财政安排200万元对产业延链补链重点项目进行奖补。",
     [(75, "个", "=", "target", "2018", None, "重点项目"), (200, "万元", "=", "reward", "2018", None, "")]),
    # -- a reward given as a rate of the base it is reckoned by, and a reward on top of another
    (PLAN, "工业项目按实际固定资产投资额的0.5%奖励;凡成功引进世界500强的另奖10—50万。",
     [(0.5, "%", "=", "reward", "2018", None, "奖励"), (10, "万", ">=", "reward", "2018", None, "另奖")]),
    # -- a change alone in a table cell is of the name in the cell before it
    (PLAN, "序号 | 任务名称 | 指标要求 |\n1 | 地区生产总值 | 增长5.5%(市下达指标) |\n2 | 服务业增加值 | 增长6% |",
     [(5.5, "%", "=", "target", "2018", None, "地区生产总值增长"), (6, "%", "=", "target", "2018", None, "服务业增加值增长")]),
    # -- what a counted set of projects completed is that set's (续建项目完成投资), its share of
    #    the year's plan too
    (NEWS, "1-4月,其中续建项目35宗,完成投资47.7亿元;县重点项目55宗,年度投资计划67.9亿元,完成投资7.7亿元,完成年度计划的11.4%。",
     [(35, "宗", "=", "actual", "2022", None, "续建项目"), (47.7, "亿元", "=", "actual", "2022", None, "续建项目完成投资"),
      (55, "宗", "=", "actual", "2022", None, "县重点项目"),
      (67.9, "亿元", "=", "target", "2022", None, "县重点项目年度投资计划"),
      (7.7, "亿元", "=", "actual", "2022", None, "县重点项目完成投资"),
      (11.4, "%", "=", "actual", "2022", None, "县重点项目完成年度计划")]),
    # -- a share said after a counted set is the set's
    (NEWS, "现代农业项目15个,总投资81.2亿元,占总投资额的5.7%。",
     [(15, "个", "=", "actual", "2022", None, "现代农业项目"), (81.2, "亿元", "=", "actual", "2022", None, "现代农业项目总投资"),
      (5.7, "%", "=", "actual", "2022", None, "现代农业项目占总投资额")]),
    # -- a target in brackets after a result, with a verb after its noun (目标控制在…以内)
    (NEWS, "居民消费价格涨幅2.8%(目标控制在3.5%以内);城镇登记失业率2.3%。",
     [(2.8, "%", "=", "actual", "2022", None, "居民消费价格涨幅"), (3.5, "%", "<=", "target", "2022", None, "居民消费价格涨幅"),
      (2.3, "%", "=", "actual", "2022", None, "城镇登记失业率")]),
    # -- a list of cities by their short names distributes, its 等市 no part of the measure
    (NEWS, "濮阳、漯河、三门峡则是7%以上,开封、洛阳等市也将2023年GDP增速目标定为7%。",
     [(7, "%", ">=", "actual", "2022", "濮阳", ""), (7, "%", ">=", "actual", "2022", "漯河", ""),
      (7, "%", ">=", "actual", "2022", "三门峡", ""), (7, "%", "=", "target", "2023", "开封", "GDP增速"),
      (7, "%", "=", "target", "2023", "洛阳", "GDP增速")]),
    # -- a margin against a target or last year's pace is the margin of the figure just named
    (NEWS, "全区实现地区生产总值806亿元,同比增长3.2%,塌目标1.8个百分点;规模以上工业增加值同比增长10.1%,"
           "较去年同期加快2.1个百分点。",
     [(806, "亿元", "=", "actual", "2022", "全区", "地区生产总值"), (3.2, "%", "=", "actual", "2022", "全区", "增长"),
      (1.8, "个百分点", "=", "actual", "2022", "全区", "地区生产总值塌目标"),
      (10.1, "%", "=", "actual", "2022", None, "规模以上工业增加值"),
      (2.1, "个百分点", "=", "actual", "2022", None, "规模以上工业增加值较去年同期加快")]),
    # -- a report's plan figures are targets (年度投资计划, 计划新开工), what it says was done
    #    after them (实际已开工) results
    (NEWS, "年度投资计划1015亿元。本年度计划新开工项目270项,实际已开工129项。",
     [(1015, "亿元", "=", "target", "2022", None, "年度投资计划"), (270, "项", "=", "target", "2022", None, "新开工项目"),
      (129, "项", "=", "actual", "2022", None, "开工")]),
    # -- a clause listing and counting items, then 分别 with their amounts: each item's measure
    (NEWS, "汽车制造业、食品制造业、燃气生产和供应业三个行业增加值增势较好,分别增长89.2%、11.4%、159.4%。",
     [(89.2, "%", "=", "actual", "2022", None, "汽车制造业增加值增长"), (11.4, "%", "=", "actual", "2022", None, "食品制造业增加值"),
      (159.4, "%", "=", "actual", "2022", None, "燃气生产和供应业增加值")]),
    # -- news of a report: the targets a list introduces with 目标建议为 are targets
    (NEWS, "主要预期目标建议为地区生产总值增长8.5%,城镇新增就业2.25万人。",
     [(8.5, "%", "=", "target", "2022", None, "地区生产总值增长"), (2.25, "万人", "=", "target", "2022", None, "城镇新增就业")]),
    # -- a bounded amount of what reaches a standard, no amount after it: the goal
    (PLAN, "到2025年底,50平方公里以上建设用地面积达到海绵城市建设目标要求。",
     [(50, "平方公里", ">=", "target", "2025", None, "建设用地面积")]),
    # -- a length in brackets after a project names its size: no goal
    (NEWS, "龙华大道DN500管道改造工程(1698米)、黄桥中学管网工程(2233米)已完工。", []),
]


def _match(goal, want) -> bool:
    value, unit, comp, kind, period, scope, key = want
    return (goal.value == value and goal.unit == unit and goal.comparator == comp and goal.kind == kind
            and goal.period == period and goal.scope == scope and key in goal.indicator)


@pytest.mark.parametrize(("meta", "text", "expected"), CASES, ids=[c[1][:24] for c in CASES])
def test_goals(meta: Meta, text: str, expected: list[tuple]) -> None:
    goals = find_goals(annotate(text, meta))
    got = [(g.value, g.unit, g.comparator, g.kind, g.period, g.scope, g.indicator) for g in goals]
    assert len(goals) == len(expected), got
    for want in expected:
        assert any(_match(g, want) for g in goals), (want, got)
    for g in goals:
        assert text[g.span[0]:g.span[1]] == g.evidence


def test_bare_figures_under_a_column_naming_its_unit_are_goals_of_that_column() -> None:
    goals = find_goals(annotate(PROJECT_TABLE, PLAN))
    assert [(g.value, g.unit, g.indicator) for g in goals] == [(300, "万元", "年度投资金额"), (1360, "万元", "年度投资金额")]


def test_a_table_of_targets_by_unit_gives_each_figure_its_column_unit_and_row() -> None:
    # One cell a line, a second header row whose 其中 cell splits the column before it, a
    # remark after a row's figures; the last row cut short by the scrape.
    table = "\n".join(["考核单位 |", "合同外资 (万美元) |", "市外境内资金 (亿元) |", "备 注 | |", "本年任务 |", "本年任务 |",
                       "其中:外省 |", "| |", "合 计 |", "85000 |", "280 |", "142 |", "|", "长沙县 |", "2180 |", "32 |",
                       "15.5 |", "含LG全部 |", "其中:经济技术开发区 |", "17000 |", "9 |"])
    goals = find_goals(annotate(table, PLAN))
    assert [(g.indicator, g.value, g.unit, g.scope) for g in goals] == [
        ("合同外资", 85000, "万美元", "合计"), ("市外境内资金", 280, "亿元", "合计"), ("市外境内资金其中外省", 142, "亿元", "合计"),
        ("合同外资", 2180, "万美元", "长沙县"), ("市外境内资金", 32, "亿元", "长沙县"), ("市外境内资金其中外省", 15.5, "亿元", "长沙县"),
        ("合同外资", 17000, "万美元", "经济技术开发区"), ("市外境内资金", 9, "亿元", "经济技术开发区")]


def test_an_item_number_is_no_part_of_a_goal_on_any_line() -> None:
    goals = find_goals(annotate("1.坚持稳中求进。\n2.年均经济增速7%左右，到2025年，城镇化率达到60%以上。", MULTI))
    assert [(g.indicator, g.evidence[:2], g.period) for g in goals] == [
        ("经济增速", "年均", "2024-2025"), ("城镇化率", "城镇", "2025")]


def test_a_clause_of_a_place_and_its_amount_is_of_the_indicator_just_named() -> None:
    goals = find_goals(annotate("区外到位资金完成总量排在前三位的是岑溪市82.0亿元,万秀区80.0亿元。", NEWS))
    second = next(g for g in goals if g.value == 80)
    assert (second.scope, "到位资金" in second.indicator) == ("万秀区", True)


def test_evidence_spans_on_a_whole_notice() -> None:
    text = "\n".join(c[1] for c in CASES if c[0] is PLAN_XY)
    goals = find_goals(annotate(text, PLAN_XY))
    assert goals
    for g in goals:
        assert text[g.span[0]:g.span[1]] == g.evidence
        assert g.evidence


def test_headline_figures_are_counted_once() -> None:
    headline = "截至目前,共签约项目192个,总投资2066.95亿元"
    meta = Meta(title=headline, issuer=None, region="秦皇岛市", year=2022, plan_years=[2022], report=True)
    text = headline + "\n今年以来,秦皇岛市认真贯彻落实会议精神。截至目前,共签约项目192个,总投资2066.95亿元。"
    goals = find_goals(annotate(text, meta))
    assert [(g.value, g.unit) for g in goals] == [(192, "个"), (2066.95, "亿元")]
    assert all(g.span[0] > len(headline) for g in goals)


def test_a_headline_subtitle_repeating_the_body_is_counted_once() -> None:
    title = "政府工作报告提出全市经济社会发展主要预期目标"
    meta = Meta(title=title, issuer=None, region="福州市", year=2026, plan_years=[2026], report=True)
    text = (title + "\n今年地区生产总值增长5.5%左右\n20日，政府工作报告提出了今年主要预期目标。\n"
            "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；规上工业增加值增长6.5%。")
    goals = find_goals(annotate(text, meta))
    assert [(g.value, g.kind) for g in goals] == [(5.5, "target"), (6.5, "target")]
    # A line under the headline whose figure the body does not repeat is no subtitle.
    lone = title + "\n全市新签约项目26个\n今年主要预期目标是：地区生产总值增长5.5%左右。"
    assert [g.value for g in find_goals(annotate(lone, meta))] == [26, 5.5]


WORK_REPORT = Meta(title="2021年临江市政府工作报告", issuer=None, region="临江市", year=2021, plan_years=[2021])

# Why each goal has its kind and period: (meta, sentence, value, the goal's reason).
REASON_CASES = [
    (WORK_REPORT, "一、2020年工作回顾\n项目建设提速增效。实施市级重点项目126个，完成投资218.5亿元。",
     126, "kind:section-review period:section"),
    (WORK_REPORT, "二、2021年主要目标\n全市地区生产总值增长6%左右。", 6, "kind:section-plan period:section"),
    (NEWS, "一、目标任务进展情况\n1-6月份，全市新开工工业项目78个。", 78, "kind:section-progress period:months"),
    # a line saying what this year will do leads a numbered list of plans, in news too
    (NEWS, "今年,我市将办好事关人民群众切身利益的“十件实事”\n1.新增新型公交车50台。\n2.开工建设第六水厂。",
     50, "kind:section-plan period:section"),
    # a table's column of the year's projects, its header spaced out, beside their progress;
    # a last row cut by the scrape keeps its cells in their columns
    (NEWS, "序号 | 项 目 内 容 | 年度完成情况 | 责任单位 |\n1 | 新增托位1140个 | 新增托位1155个 | 市卫健局 |\n"
     "2 | 新改扩建公办幼儿园3所 | 新建成", 3, "kind:section-plan period:section"),
    (NEWS, "2021年1—3月实际使用外资12.5亿元。", 12.5, "kind:report-default period:quarter-months"),
    # so far this year looks back: no list of plans
    (NEWS, "今年以来,我市将招商引资作为一号工程\n1.新签约项目26个。", 26, "kind:report-default period:plan-year"),
    (PLAN, "力争全年新增市场主体8000户。", 8000, "kind:cue period:year-word"),
    (NEWS, "前三季度，全市实际利用外资2.36亿美元。", 2.36, "kind:report-default period:plan-year"),
    (MULTI, "到2025年，全市引进项目350个。", 350, "kind:plan-default period:named-year"),
    (MULTI, "“十四五”期间,全市实际利用外资超150亿美元。", 150, "kind:plan-default period:five-year-plan"),
    (QUARTER, "第四季度全区完成签约亿元以上招商项目116个。", 116, "kind:plan-default period:quarter"),
    (PLAN_XY, "每季度至少召开一次招商引资工作调度会。", 1, "kind:plan-default period:recurrence"),
    (TABLE, "对年度考核排名第一的乡镇给予50万元奖励。", 50, "kind:reward period:plan-year"),
    (WORK_REPORT, "2021年是“十四五”开局之年。主要预期目标是：地区生产总值增长6%左右。",
     6, "kind:cue period:named-year"),
    (TABLE, "指标 | 2020年 | 2021年目标\n外贸进出口总额（亿元） | 21.3 | 24以上", 21.3, "kind:table-past period:table-column"),
]


@pytest.mark.parametrize(("meta", "text", "value", "reason"), REASON_CASES, ids=[c[1][:24] for c in REASON_CASES])
def test_each_goal_keeps_the_reason_for_its_kind_and_period(meta: Meta, text: str, value: float, reason: str) -> None:
    goals = [g for g in find_goals(annotate(text, meta)) if g.value == value]
    assert goals and {g.reason for g in goals} == {reason}, [(g.value, g.reason) for g in goals]


# Numbers weighed and left, each in doc.decisions with its reason: (meta, sentence, the
# number's words, the reason).
LEFT_CASES = [
    (PLAN_XY, "紧盯全市“353”产业体系（钢铁、食品、新材料3个千亿级，装备制造等5个500亿级）招大引强。", "5个",
     "goal:label-explained"),
    (PLAN, "力争全年外资到位3000万美元以上项目达到5个以上。", "3000万美元", "goal:qualifier"),
    (PLAN_XY, "新引进投资过5亿元的工业项目120个。", "5亿元", "goal:qualifier"),
    (MULTI, "对年度目标任务完成率低于70%的,在招大引强条线考评中不得评定为优秀等次。", "70%", "goal:threshold"),
    (PLAN_XY, "每月通报一次全市目标任务完成进展情况。", "一次", "goal:cadence"),
    (MULTI, "赋予首报地1个月的排他性首谈资格。", "1个月", "goal:duration-of-noun"),
    (PLAN_XY, "建立“五个一”推进机制，实行“一个项目、一名领导、一套班子”的工作方法。", "五个", "goal:quoted-name"),
    (PLAN, "九届市人民政府第42次常务会议审议通过。", "42次", "goal:context-before"),
    (NEWS, "全市上下将深入贯彻落实省十一次党代会精神。", "十一次", "goal:context-after"),
    (NEWS, "根据责任分解方案,具体分解目标任务405项。", "405项", "goal:context-before"),
    (NEWS, "本次大会应到代表490人,因事因病请假缺席13人。", "13人", "goal:context-before"),
    (NEWS, "会议应到代表180名,出席大会代表165名,因事因病请假15名,符合法定人数。", "165名", "goal:context-before"),
    (NEWS, "会议应到代表180名,出席大会代表165名,因事因病请假15名,符合法定人数。", "15名", "goal:context-before"),
    (NEWS, "大会还有49名市民旁听大会。", "49名", "goal:context-after"),
    (NEWS, "占地2700亩、总投资4.6亿元的光伏发电项目正如火如荼建设中。", "2700亩", "goal:context-before"),
    (NEWS, "来自全市各地各条战线的170位人大代表齐聚一堂。", "170位", "goal:context-after"),
    (NEWS, "香河县4个省重点项目、8个市重点项目,当年投资完成率分别达到100%和204%。", "4个", "goal:counted-subjects"),
    (PLAN, "区政府2024年重点工作目标任务分解落实方案\n(共118项)\n序号", "118项", "goal:context-before"),
    (PLAN, "各部门要将121项区政府重点工作进行分解。", "121项", "goal:context-after"),
    (PLAN, "《任务分解》明确133项具体任务,涉及34个牵头单位。", "133项", "goal:context-after"),
    (PLAN, "《任务分解》明确133项具体任务,涉及34个牵头单位。", "34个", "goal:context-after"),
    (PLAN, "现将《规划》中明确提出的9项具体建设任务进行责任分解。", "9项", "goal:context-after"),
    (NEWS, "2022年度省市县三级民生实事共计126项,均全部完成年度目标任务。", "126项", "goal:context-before"),
    (PLAN, "市政府将2015年政府工作任务分解为15项工作目标和37项工作任务。", "15项", "goal:context-after"),
    (NEWS, "列入本次督查通报的量化指标任务共55项。截至目前,达到序时进度44项。", "55项", "goal:context-before"),
    (NEWS, "列入本次督查通报的量化指标任务共55项。截至目前,达到序时进度44项。", "44项", "goal:context-before"),
    (NEWS, "据测算，项目全部建成达产后，预计可实现年产值120亿元。", "120亿元", "goal:context-sentence"),
    (NEWS, "实现这一目标后,可节约社会物流总费用1万亿元以上。", "1万亿元", "goal:context-sentence"),
    (NEWS, "在报告中,“发展”出现67次,“建设”出现57次。", "67次", "goal:context-before"),
    (NEWS, "全县没有出现1例本土病例,没有采取1次静默管控措施。", "1次", "goal:context-before"),
    (NEWS, "来自县内的162名代表汇聚一堂,庄严履行宪法和法律赋予的神圣职责。", "162名", "goal:context-after"),
    (PLAN, "2. 以兰考、鄢陵、新安、南乐、新郑5个国家级县城新型城镇化建设示范县为引领,强化县城综合承载能力。", "5个",
     "goal:count-of-list"),
    (NEWS, "北部湾港开启通航30万吨级巨轮的历史。", "30万吨", "goal:context-after"),
    (NEWS, "即每创造100元GDP所支出的物流费用为14.4元。", "100元", "goal:context-before"),
    (PLAN, "每新增1家规模以上工业企业给予奖励10万元。", "1家", "goal:context-before"),
]


@pytest.mark.parametrize(("meta", "text", "words", "reason"), LEFT_CASES, ids=[c[3] + c[2] for c in LEFT_CASES])
def test_numbers_left_are_recorded_with_the_reason(meta: Meta, text: str, words: str, reason: str) -> None:
    doc = annotate(text, meta)
    find_goals(doc)
    left = {text[d.span[0]:d.span[1]]: d.reason for d in doc.decisions}
    assert left.get(words) == reason, left


def test_reason_codes_are_the_documented_ones() -> None:
    codes = reason_codes()
    for meta, text, *_ in CASES + REASON_CASES:
        doc = annotate(text, meta)
        for goal in find_goals(doc):
            assert goal.reason and all(code in codes for code in goal.reason.split()), goal.reason
        for decision in doc.decisions:
            assert decision.reason.removeprefix("goal:") in codes, decision.reason


def test_a_headline_printed_with_spaces_repeats_the_bodys_figures() -> None:
    meta = Meta(title="重庆市招商投资促进工作开局良好一季度签约4231亿元到位619亿元", year=2021, plan_years=[2021],
                report=True)
    text = ("重庆市招商投资促进工作开局良好 一季度签约4231亿元 到位619亿元\n"
            "今年1至3月,重庆市实现合同引资4231亿元,到位资金619亿元。")
    assert [g.evidence for g in find_goals(annotate(text, meta))] == ["重庆市实现合同引资4231亿元", "到位资金619亿元"]


def test_a_data_box_restating_the_bodys_figures_gives_them_once() -> None:
    text = ("1至9月,全区引入项目82个,协议投资额229.66亿元,完成年度任务的143.5%。\n"
            "1至9月\n三水区引入项目82个\n协议投资额229.66亿元\n完成年度任务的143.5%")
    doc = annotate(text, NEWS)
    assert sorted(g.value for g in find_goals(doc)) == [82, 143.5, 229.66]
    assert sum(1 for d in doc.decisions if d.reason == "goal:restating-box") == 3


def test_a_paragraph_printed_twice_gives_its_goals_once() -> None:
    paragraph = "全市农民人均纯收入11184元,增长12.2%。"
    goals = find_goals(annotate(paragraph + "\n导报讯 会议开幕。\n" + paragraph, NEWS))
    assert [(g.value, g.span[0]) for g in goals] == [(11184, 0), (12.2, goals[1].span[0])]
    assert goals[1].span[0] < len(paragraph)


def test_a_task_tables_columns_set_the_kind_of_their_figures() -> None:
    # 具体工作任务 cells plan, 落实情况 cells report: in a report, the one is a target, the
    # other a result; 10件民生实事 counts the table's own tasks.
    text = ("一、10件民生实事任务分解表\n序号 | 具体工作任务和要求 | 责任单位 | 落实情况 |\n"
            "1 | 增加义务教育学位5000个。 | 县教体局 | 新增义务教育学位5500个。 |\n"
            "2 | 实现县域内就诊率91%以上。 | 县卫健委 | 县域内就诊率达到92%。 |")
    meta = Meta(title=None, issuer=None, region="吉水县", year=2023, plan_years=[2023], report=True)
    got = {(g.value, g.kind) for g in find_goals(annotate(text, meta))}
    assert got == {(5000, "target"), (5500, "actual"), (91, "target"), (92, "actual")}


def test_a_progress_tables_bare_percentages_are_results_named_by_their_column() -> None:
    # 项目内容 cells set the work, 当前进度 cells say how far it is: one figure per row,
    # even where two rows print the same figure.
    text = ("2022年度民生实事未完成项目进度表(截至10月31日)\n序号\n项目内容\n当前进度\n牵头单位\n备注\n"
            "1\n建设四好农村路55公里。\n95%\n县交通局\n县民生实事\n"
            "2\n建成投用中小学3所。\n95%\n县教育局\n县民生实事\n"
            "3\n开工建设矾山镇、马站镇等2家中心敬老院。\n50%(马站未开工\n县民政局\n县民生实事")
    meta = Meta(title="2022年度民生实事未完成项目进度表(截至10月31日)", region="苍南县", year=2022, plan_years=[2022],
                report=True)
    got = sorted((g.indicator, g.value, g.kind) for g in find_goals(annotate(text, meta)))
    assert got == sorted([("建设四好农村路", 55, "target"), ("当前进度", 95, "actual"), ("建成投用中小学", 3, "target"),
                          ("当前进度", 95, "actual"), ("开工中心敬老院", 2, "target"), ("当前进度", 50, "actual")])


def test_a_completion_tables_bare_numbers_take_their_rows_unit() -> None:
    # A cell a line closed by pipes; 1-8月 before two column names; a bare number is the
    # row's actual in the unit its target prints (700 after 1300人), not the next row's serial.
    text = ("某区2017年1-8月民生实事完成情况表 |\n序号 |\n民生实事项目名称 |\n责任单位 |\n目标任务 |\n"
            "1-8月实际完成情况 |\n1-8月实际完成率% |\n备注 |\n"
            "1 |\n农村饮用水安全巩固提升 |\n农林水务局 |\n1300人 |\n700 |\n54% |\n|\n"
            "2 |\n城市棚户区改造(户) |\n房产分局 |\n7699套 |\n4629 |\n60% |\n|")
    meta = Meta(title="某区2017年1-8月民生实事完成情况表", region="某区", year=2017, plan_years=[2017], report=True)
    got = sorted((g.indicator, g.value, g.unit, g.kind) for g in find_goals(annotate(text, meta)))
    assert got == sorted([("农村饮用水安全巩固提升", 1300, "人", "target"), ("农村饮用水安全巩固提升", 700, "人", "actual"),
                          ("农村饮用水安全巩固提升", 54, "%", "actual"), ("城市棚户区改造(户)", 7699, "套", "target"),
                          ("城市棚户区改造(户)", 4629, "套", "actual"), ("城市棚户区改造(户)", 60, "%", "actual")])


def test_results_in_news_of_a_work_report_are_of_the_year_it_reviews() -> None:
    news = Meta(title="某县政府工作报告摘要", region="某县", year=2022, plan_years=[2022], report=True)
    text = "县长在作《政府工作报告》时作了全面回顾。\n全县地区生产总值增长12.6%。"
    goals = find_goals(annotate(text, news))
    assert [(g.period, g.reason) for g in goals] == [("2021", "kind:report-default period:reviewed-year")]
    # A headline may name the report the text does not (一 图 读 懂 政 府 工 作 报 告, spaced).
    goals = find_goals(annotate("全县地区生产总值增长12.6%。", news))
    assert [g.period for g in goals] == ["2021"]
    # A report that names no work report is of its own year.
    other = Meta(title="某县经济运行综述", region="某县", year=2022, plan_years=[2022], report=True)
    goals = find_goals(annotate("全县地区生产总值增长12.6%。", other))
    assert [g.period for g in goals] == ["2022"]


def test_a_paragraph_quoting_a_review_of_five_years_is_of_those_years() -> None:
    news = Meta(title="自治区十三届人大一次会议在南宁开幕", region="广西壮族自治区", year=2018, plan_years=[2018], report=True)
    text = "陈武在报告中回顾过去五年工作时说,过去五年,我们奋力完成各项目标任务。财政收入达2604亿元,年均增长7.5%。"
    assert {g.period for g in find_goals(annotate(text, news))} == {"2013-2017"}


def test_a_metrics_table_flattened_a_cell_a_line_gives_each_figure_its_rows_name() -> None:
    plan = Meta(title="关于某区2016年计划执行情况与2017年计划草案的报告", region="某区", year=2017, plan_years=[2017])
    text = ("表1:2016年某区计划主要指标完成情况\n序号 |\n指 标 名 称 |\n属 性 |\n2016年预期目标 |\n全年完成情况 |\n"
            "1 |\n常住人口规模 |\n约束性 |\n控制在555万人以内 |\n550.1万人 |\n"
            "2 |\n地区生产总值 |\n预期性 |\n增长8.5%左右 |\n增长8.2% |")
    got = {(g.indicator, g.value, g.comparator, g.kind, g.period) for g in find_goals(annotate(text, plan))}
    assert got == {("常住人口规模", 555, "<=", "target", "2016"), ("常住人口规模", 550.1, "=", "actual", "2016"),
                   ("地区生产总值增长", 8.5, "~", "target", "2016"), ("地区生产总值增长", 8.2, "=", "actual", "2016")}


def test_a_forecast_reaches_to_the_end_of_its_chain_and_a_bracketed_share_ends_an_item() -> None:
    text = ("剩余8项中,2个嵌入式养老机构建设已完成1个(50%)、15个农村幸福院建设已完成8个(53%),"
            "这5项预计10月底前全部完成;1170件困难群体法律援助已完成948件(81%)。")
    goals = {g.value: g for g in find_goals(annotate(text, NEWS))}
    assert "嵌入式" not in goals[8.0].indicator and "农村幸福院" in goals[8.0].indicator
    assert goals[948.0].kind == "actual" and "法律援助" in goals[948.0].indicator


def test_a_heading_naming_one_quarter_sets_the_period_of_the_figures_under_it() -> None:
    text = ("今年以来,全县扎实推动高质量发展。\n一、1-3月份主要经济指标完成情况。\n"
            "全县地区生产总值总量为52.22亿元,同比增长4.0%。\n二、存在的问题\n部分指标增速回落。")
    meta = Meta(title=None, issuer=None, region="某县", year=2025, plan_years=[2025], report=True)
    doc = annotate(text, meta)
    assert {g.period for g in find_goals(doc)} == {"2025Q1"}


def test_a_list_of_full_names_is_not_cut_at_a_short_name_inside_one() -> None:
    text = "乌鲁木齐市、阿克苏地区、伊犁州、昌吉州对全区到位资金增长贡献率均大于10%。"
    scopes = [g.scope for g in find_goals(annotate(text, NEWS))]
    assert scopes == ["乌鲁木齐市", "阿克苏地区", "伊犁州", "昌吉州"]


def test_a_review_under_a_heading_whose_year_a_template_masked_is_of_results() -> None:
    text = "各位代表:\n20XX年工作回顾\n20XX年,我们扎实推进各项工作。财政收入38.74亿元,增长4.26%。"
    meta = Meta(title=None, issuer=None, region="某县", year=None, plan_years=[])
    assert {g.kind for g in find_goals(annotate(text, meta))} == {"actual"}


def test_a_list_of_subjects_read_as_indicator_items_too_gives_one_goal_per_subject() -> None:
    # 均 over a list of places: each place's 项目落地率, never each place's "昭通和…的项目落地率".
    goals = find_goals(annotate("昭通、保山、文山、大理、曲靖和楚雄六州市的项目落地率均达到或超过30%。", NEWS))
    assert {g.indicator for g in goals} == {"项目落地率"} and {g.comparator for g in goals} == {">="}  # 达到或超过
    assert len(goals) == len({g.scope for g in goals}) >= 5
