"""Document metadata (extract/meta.py): title, issuer, date, region, year, 发文字号."""
# The tables hold whole real lines; wrapping them would hide what is tested.
# ruff: noqa: E501
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from extract.dates import parse_date
from extract.meta import find_meta, national_session_year, region_of_name, report_kind
from extract.pipeline import ExtractionDoc, run_components
from extract.structure import find_sections
from ingest import ingest_bytes

NOTICE_CANGZHOU = """沧州市人民政府办公室关于印发2018年沧州市强化精准招商工作实施方案的通知

各县(市、区)人民政府,渤海新区、沧州开发区、沧州高新区管委会,市政府有关部门:

2018年沧州市强化精准招商工作实施方案》已经市政府研究通过,现予以印发。

沧州市人民政府办公室\u3000\u3000

2018年5月14日\u00a0\u00a0

2018年沧州市强化精准招商工作实施方案
二、主要目标
全年全市实际利用外资完成6.6亿美元,同比增长5%。
"""

NOTICE_BOHAI = """  沧州渤海新区管理委员会关于印发《沧州渤海新区2020年招商引资“百日攻坚”行动实施方案》的通知

  中捷产业园区、南大港产业园区管委会,区直各部门:
  坚持量质并举、以质为先,第四季度全区完成签约亿元以上招商项目116个。
"""

# No covering notice: the plan's title, the signature block, a multi-year plan.
PLAN_JIAXING = """各县(市、区)人民政府,市政府各部门、直属各单位:
《嘉兴市进一步推动招大引强工作实施方案》已经九届市人民政府第42次常务会议审议通过,现印发给你们。
嘉兴市人民政府办公室
2024年2月28日
嘉兴市进一步推动招大引强工作实施方案
(二)主要目标。“十四五”期间,全市实际利用外资超150亿美元。
2024年,实际利用外资30亿美元。
本方案自2024年4月1日起施行,有效期至2025年12月31日。
"""

# A cited 发文字号 in a sentence is not the notice's own.
POINTS_XIANGYANG = """襄阳市招商引资工作委员会关于印发2020年全市招商引资工作要点的通知
各县(市、区)人民政府、开发区管委会,市直各有关单位:
深入落实《市委办公室 市政府办公室关于进一步强化产业招商和项目服务的通知》(襄办发电〔2019〕25号),七大产业专班每月组织。
"""

NEWS_QINHUANGDAO = """截至目前,共签约项目192个,总投资2066.95亿元
今年以来,秦皇岛市认真贯彻落实省委十届二次全会精神。截至目前,共签约项目192个,总投资2066.95亿元。
6月23日,秦皇岛市委书记王曦主持召开座谈会。在2021年高规格组建了市级招商机构的基础上,又抽调14名优秀业务骨干。
"""

# A gov.cn page: the title wraps, the 发文字号 stands on its own line.
GOVCN = """国务院办公厅关于印发“无废城市”建设
试点工作方案的通知
国办发〔2018〕128号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
《“无废城市”建设试点工作方案》已经国务院同意，现印发给你们，请认真贯彻执行。
国务院办公厅
二〇一八年十二月二十九日
（此件公开发布）
到2020年，系统构建“无废城市”建设指标体系。
"""

NEWS_EVENT_YEAR = """镇海市招商引资跑出“加速度”
今年以来,镇海市深入开展产业链精准招商。截至9月底,全市共签约项目218个。
9月15日,2023镇海(深圳)产业合作推介会成功举办,现场签约项目18个。
"""

JOINT_ISSUERS = """中共临江市委办公室 临江市人民政府办公室关于印发《临江市优化营商环境三年行动计划（2021—2023年）》的通知
临办发〔2021〕5号
"""

WORK_REPORT = """2021年临江市政府工作报告（摘要）
政府工作报告（摘要）
——2021年1月26日在临江市第十七届人民代表大会第五次会议上
临江市人民政府市长　陈立新
各位代表：
"""

WRAPPED_SUBTITLE = """2026年青龙满族自治县政府工作报告
——2026年1月27日在青龙满族自治县
第九届人民代表大会第六次会议上
代县长 邱中凯
各位代表:
"""

BULLETIN = """万载县2022年国民经济和社会发展统计公报
万载县统计局    国家统计局万载调查队
（2023年5月）
全年实现生产总值(GDP)262.6亿元，按可比价格计算，同比增长5.3％。
"""


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        (NEWS_EVENT_YEAR, "year", 2023),
        (WORK_REPORT, "issuer", "临江市人民政府"),
        ("松林县人民政府督查室关于2024年上半年重点工作推进情况的通报\n各乡（镇）人民政府：", "issuer", "松林县人民政府督查室"),
        (WORK_REPORT, "issued", "2021-01-26"),
        # a title in a layout table's cell, closed by the cell's border
        ("海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知 |\n||\n各镇人民政府:", "title",
         "海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知"),
        # a column's dash before its headline is no part of the title
        ("——数读政府工作报告中的民生情怀(上)\n特约评论员 马各驰\n家事国事天下事,让人民过上幸福生活是政府的头等大事。",
         "title", "数读政府工作报告中的民生情怀(上)"),
        # the congress's name may wrap onto the next line
        (WRAPPED_SUBTITLE, "issuer", "青龙满族自治县人民政府"),
        (WRAPPED_SUBTITLE, "issued", "2026-01-27"),
        # a repost that leaves the delivery date out of the subtitle: still the government's
        ("2023年临江市政府工作报告\n在临江市第十七届人民代表大会第二次会议上\n临江市市长  李明\n各位代表:",
         "issuer", "临江市人民政府"),
        ("2023年临江市政府工作报告\n在临江市第十七届人民代表大会第二次会议上\n临江市市长  李明\n各位代表:",
         "issued", None),
        (WORK_REPORT, "year", 2021),
        (JOINT_ISSUERS, "region", "临江市"),
        (JOINT_ISSUERS, "year", 2021),
        (NOTICE_CANGZHOU, "title", "沧州市人民政府办公室关于印发2018年沧州市强化精准招商工作实施方案的通知"),
        (NOTICE_CANGZHOU, "issuer", "沧州市人民政府办公室"),
        (NOTICE_CANGZHOU, "issued", "2018-05-14"),
        (NOTICE_CANGZHOU, "region", "沧州市"),
        (NOTICE_CANGZHOU, "year", 2018),
        (NOTICE_CANGZHOU, "doc_number", None),
        (NOTICE_BOHAI, "title", "沧州渤海新区管理委员会关于印发《沧州渤海新区2020年招商引资“百日攻坚”行动实施方案》的通知"),
        (NOTICE_BOHAI, "issuer", "沧州渤海新区管理委员会"),
        (NOTICE_BOHAI, "issued", None),
        (NOTICE_BOHAI, "region", "沧州渤海新区"),
        (NOTICE_BOHAI, "year", 2020),
        (PLAN_JIAXING, "title", "嘉兴市进一步推动招大引强工作实施方案"),
        (PLAN_JIAXING, "issuer", "嘉兴市人民政府办公室"),
        (PLAN_JIAXING, "issued", "2024-02-28"),
        (PLAN_JIAXING, "region", "嘉兴市"),
        (PLAN_JIAXING, "year", 2024),
        (PLAN_JIAXING, "plan_years", [2024, 2025]),
        (POINTS_XIANGYANG, "issuer", "襄阳市招商引资工作委员会"),
        (POINTS_XIANGYANG, "region", "襄阳市"),
        (POINTS_XIANGYANG, "year", 2020),
        (POINTS_XIANGYANG, "doc_number", None),
        (NEWS_QINHUANGDAO, "title", "截至目前,共签约项目192个,总投资2066.95亿元"),
        (NEWS_QINHUANGDAO, "issuer", None),
        (NEWS_QINHUANGDAO, "region", "秦皇岛市"),
        (NEWS_QINHUANGDAO, "year", 2022),
        (GOVCN, "title", "国务院办公厅关于印发“无废城市”建设试点工作方案的通知"),
        (GOVCN, "issuer", "国务院办公厅"),
        (GOVCN, "issued", "2018-12-29"),
        (GOVCN, "doc_number", "国办发〔2018〕128号"),
        (GOVCN, "region", "全国"),
        # issued 2018 with targets 到2020年: a plan running from its issue (real answers 025/026)
        (GOVCN, "year", 2018),
        (BULLETIN, "title", "万载县2022年国民经济和社会发展统计公报"),
        (BULLETIN, "region", "万载县"),
        (BULLETIN, "year", 2022),
    ],
)
def test_meta_fields(text: str, field: str, expected: object) -> None:
    assert getattr(find_meta(text), field) == expected


def test_a_repost_is_dated_by_the_notices_own_number_not_the_page() -> None:
    # 吉政发〔2014〕37号 reposted on a content site in 2025: the notice is of 2014.
    text = "吉林省人民政府关于国务院近期支持东北振兴若干重大政策举措的落实意见\n(吉政发〔2014〕37号)\n各市(州)人民政府:\n为深入实施振兴战略。"
    assert find_meta(text, page_meta={"发布时间": "2025-06-08 15:00"}).year == 2014


def test_a_work_report_delivered_in_december_plans_the_year_after_its_review() -> None:
    text = ("政府工作报告\n——2023年12月13日在新宾满族自治县\n第十届人民代表大会第三次会议上\n县长 李富光\n各位代表:\n"
            "一、2023年工作回顾\n过去一年,全县地区生产总值增长5%。")
    meta = find_meta(text, sections=find_sections(text.split("\n")))
    assert (meta.year, meta.issued) == (2024, "2023-12-13")


def test_a_portals_poster_does_not_issue_a_work_report() -> None:
    # 发布机构:政府办 is who posted the page; the government delivered the report.
    meta = find_meta(WRAPPED_SUBTITLE, page_meta={"发布机构": "政府办", "发布时间": "2026-02-28"})
    assert meta.issuer == "青龙满族自治县人民政府"
    assert meta.issued == "2026-01-27"


def test_page_meta_wins_and_script_passes_through() -> None:
    page_meta = {"发文机关": "国务院办公厅", "成文日期": "2018年12月29日", "发文字号": "国办发〔2018〕128号",
                 "标　　题": "国务院办公厅关于印发“无废城市”建设试点工作方案的通知", "发布日期": "2019年01月21日"}
    meta = find_meta("正文没有标题。\n到2020年，系统构建指标体系。", page_meta=page_meta, script="hans")
    assert meta.issuer == "国务院办公厅"
    assert meta.issued == "2018-12-29"
    assert meta.doc_number == "国办发〔2018〕128号"
    assert meta.title == "国务院办公厅关于印发“无废城市”建设试点工作方案的通知"
    assert meta.region == "全国"
    assert meta.script == "hans"


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2018年5月14日", "2018-05-14"),
        ("二〇一八年五月十四日", "2018-05-14"),
        ("二〇二四年十二月三十一日", "2024-12-31"),
        ("2019-01-21", "2019-01-21"),
        ("2023年5月", None),
        (None, None),
    ],
)
def test_parse_date(written: str | None, iso: str | None) -> None:
    assert parse_date(written) == iso


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("沧州市人民政府办公室", "沧州市"),
        ("沧州渤海新区管理委员会", "沧州渤海新区"),
        ("襄阳市招商引资工作委员会", "襄阳市"),
        ("河北省沧州市人民政府", "沧州市"),
        ("江西省统计局", "江西省"),
        ("国务院办公厅", "全国"),
        ("中共临江市委办公室临江市人民政府办公室", "临江市"),
        ("秦皇岛市委、市政府", "秦皇岛市"),
        ("2020年全市招商引资工作要点", None),
        # 区外 (outside the region) ends no zone; a zone ends in a zone's word.
        ("2023年新疆引进区外到位资金超8400亿元", "新疆维吾尔自治区"),
        ("临江市高新区2023年招商引资工作要点", "临江市高新区"),
    ],
)
def test_region_of_name(name: str, region: str | None) -> None:
    assert region_of_name(name) == region


def test_a_news_report_about_this_year_takes_the_page_date():
    text = "清河市前三季度招商引资量质齐升\n今年以来，全市签约总额1268.4亿元，已超过2023年全年1172.5亿元的签约规模。"
    assert find_meta(text, page_meta={"发布日期": "2024年10月16日"}).year == 2024
    assert find_meta(text).year == 2024  # 超过2023年 is a baseline


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("《融安县2022年招商引资工作方案》政策解读", "融安县"),  # an opening mark before the place
        ("????南湖都市报讯", None),  # mojibake, then a phrase that only ends in 市
        ("上海推进数字化转型三年行动方案", "上海市"),  # a short name is read as the full one
        ("蚌埠市禹会区人民政府办公室", "禹会区"),  # a district after its parent city
        ("广西柳州市招商局", "柳州市"),
        ("县级市扩权强县工作方案", None),
        ("各县市区招商引资工作要点", None),
        ("贫困县脱贫摘帽实施方案", None),
        # A headline read on after a short name is no zone of it (省长 is no province).
        ("福建两会昨日开幕省长做报告 GDP突破两万亿", "福建省"),
    ],
)
def test_region_is_a_real_division(name: str, region: str | None) -> None:
    assert region_of_name(name) == region


@pytest.mark.parametrize(
    ("text", "region", "code"),
    [
        # A news report naming its city and two of its counties once each: the city.
        ("今年以来，梧州市招商引资成效明显。梧州市完成到位资金50亿元，其中岑溪市12亿元、藤县8亿元。", "梧州市", "450400"),
        # A list of one province's cities: the province, though it is never named.
        ("全省各地积极推进。南宁市签约项目30个，柳州市签约项目25个，桂林市签约项目20个。", "广西壮族自治区", "450000"),
        # The text calls its place 全市: the city, not the province it also names once.
        ("贯彻对福建、福州工作的重要指示精神，全市地区生产总值增长5.5%。全市固定资产投资增长6%。", "福州市", "350100"),
        # Only a short name in a campaign name.
        ("会议要求，全市要以“百企千项进渭南”活动为抓手，全市新引进项目50个。", "渭南市", "610500"),
        # A news headline opening with a county's short name, in a text that calls its place 我县;
        # a short county name in running text is no mention (和平 is a county and a word).
        ("云霄:“三步走”实现招商“开门红”\n本网讯 我县今年第一季度实现招商“开门红”。全县签约项目13个。", "云霄县", "350622"),
        ("和平发展是主题。我县今年签约项目13个。", None, None),
        # A reporter's name is no place (金昌波 names no 金昌市).
        ("海南日报记者 金昌波\n新蓝图振奋人心。全省地区生产总值增长9%左右。", None, None),
        # Phrases that end in 市 or 县 but are no place.
        ("各县市要落实县级市和贫困县的扶持政策，全县招商引资到位资金25亿元。", None, None),
        # An autonomous county named in running text by its place and level (都安县 = 都安瑶族自治县).
        ("现将招商引资工作情况汇报如下:我县共实施招商引资项目9个,签约投资0.8亿元的都安县扶贫车间项目。",
         "都安瑶族自治县", "451228"),
        # A national notice.
        ("国务院办公厅关于印发“无废城市”建设试点工作方案的通知\n各省、自治区、直辖市人民政府：", "全国", None),
    ],
)
def test_region_and_code_of_text(text: str, region: str | None, code: str | None) -> None:
    meta = find_meta(text)
    assert (meta.region, meta.region_code) == (region, code)


def test_region_code_goes_up_to_parents() -> None:
    from extract import gazetteer

    district = gazetteer.divisions("谯城区")[0]
    city = gazetteer.parent(district)
    assert (city.name, gazetteer.parent(city).name) == ("亳州市", "安徽省")
    assert find_meta("亳州市谯城区人民政府办公室关于印发2020年重点工作任务的通知").region_code == district.code


@pytest.mark.parametrize(
    ("text", "region", "code"),
    [
        # A place the gazetteer lacks (made after its data) opening the issuer before its organ.
        ("丰阳市人民政府办公室关于印发2023年优化营商环境方案的通知\n各县区人民政府：", "丰阳市", None),
        # ... or opening a headline and named again in the text.
        ("淮沅县举行重大项目集中签约仪式\n3月28日，淮沅县集中签约项目15个。", "淮沅县", None),
        # A phrase ending in 市 at the head of a lead is no such place.
        ("西江都市报讯 记者从会上获悉，全市完成到位资金50亿元。", None, None),
        # An ordinal before 县 counts a meeting: no county 第八次县.
        ("2022年第八次县政府常务会议确定事项落实情况的通报\n近期，县政府督查室开展了专项督查。", None, None),
    ],
)
def test_unlisted_places(text: str, region: str | None, code: str | None) -> None:
    meta = find_meta(text)
    assert (meta.region, meta.region_code) == (region, code)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # Share buttons at the top edge, then a lead sentence: a scrape with no headline.
        ("点击右上角\n微信好友\n请使用浏览器分享功能进行分享\n1月20日上午，市人民代表大会开幕。会议听取了政府工作报告。", None),
        # An outlet's dateline opens the lead.
        ("本报讯（记者 王明）记者从市商务局获悉，今年以来全市利用外资增长12%。", None),
        ("新闻网讯:\n会议通报了全县1—6月份招商引资情况。", None),
        # A covering notice scraped without its own title: the document it issues by name.
        ("各镇人民政府:\n《平湖市推动经济高质量发展若干政策(2025年版)》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
         "平湖市人民政府\n2025年4月30日", "平湖市推动经济高质量发展若干政策(2025年版)"),
        # A report printing no title line: its list of attachments names tables, no title of its own.
        ("区政府:\n现将重点工作任务一季度推进情况报告如下。\n一、预期目标情况\n10项指标均符合预期目标。\n"
         "附件:1.经济社会发展10项预期目标任务进展情况表\n2.区级重点民生实事任务进展情况表", None),
        # A poster's phrase a line: the lead's time words and a line about the report are no title.
        ("今天(2月10日)上午\n宜都市第九届人民代表大会第五次会议\n在宜都大剧院开幕\n市委副书记、市长夏明海\n"
         "代表市人民政府\n向大会作《政府工作报告》\n回首2024年\n地区生产总值增长7.7%", None),
        # A title's note on a line of its own still closes it.
        ("关于优化企业奖补投入助推省域副中心城市建设的实施意见\n(试行)\n为深入贯彻落实讲话精神,特制定如下实施意见。",
         "关于优化企业奖补投入助推省域副中心城市建设的实施意见(试行)"),
        # A list bullet a page put before its headline is no part of it.
        ("• 前五个月全省招商引资实际到位资金同比增长超三成\n新华社沈阳6月25日电 记者从省商务厅获悉,1至5月全省实际到位资金增长31.3%。",
         "前五个月全省招商引资实际到位资金同比增长超三成"),
        # A numbered section heading is no title.
        ("二、2024年经济社会发展主要预期目标和任务\n预期全省地区生产总值增长5.5%左右。", None),
        # The headline is the line above the publication stamp, not the site's name or column.
        ("新闻网\n聚焦两会\n全市经济运行稳中向好，全年增长6%\n2025年01月13日10:05 | 来源:新闻网\n正文。", "全市经济运行稳中向好，全年增长6%"),
        ("logo\n2022年度市政府重点工作任务完成情况\n新闻中心 > 文件政策\n2023-01-17 00:00 来源: 市人民政府\n", "2022年度市政府重点工作任务完成情况"),
        # A channel's tag before the headline stays in it; a row of cells is no headline.
        ("2022全国地方两会|广西GDP增长7.5%\n1月17日,自治区人民代表大会开幕。", "2022全国地方两会|广西GDP增长7.5%"),
        ("首页|新闻中心|政务公开\n1月17日,自治区人民代表大会开幕。", None),
        # A headline that is a figure; a 解读 headline opening with 《.
        ("7959.3亿元\n2018年全区共引进到位资金7959.3亿元。", "7959.3亿元"),
        ("无障碍浏览 长者模式\n《2024年重点工作任务分工方案》政策解读\n一、起草背景", "《2024年重点工作任务分工方案》政策解读"),
        # A reporter's credit on a line of its own is no headline.
        ("海南日报记者 金昌波\n“地区生产总值增长9%左右,地方一般公共预算收入增长10%”。\n新蓝图振奋人心。", None),
        # A caption of the report being delivered is no title: the headline is.
        ("福建两会开幕 GDP突破两万亿\n苏树林向大会作省政府工作报告\n报告提出今年全省GDP预期增长10.5%左右。",
         "福建两会开幕 GDP突破两万亿"),
        # A title wrapped after the document it cites: its own type is on the next line.
        ("某省人民政府关于印发2022年省《政府工作报告》\n重点任务分工方案的通知\n某府〔2022〕13号",
         "某省人民政府关于印发2022年省《政府工作报告》重点任务分工方案的通知"),
        # A plan's title wrapped over two lines and closing on its edition, as the notice cites it.
        ("《临江市营商环境行动方案(6.0版)》已经市政府同意。\n临江市人民政府办公室\n2025年3月25日\n临江市营商环境\n行动方案(6.0版)\n一、总体目标",
         "临江市营商环境行动方案(6.0版)"),
        # A report titled by its subject, wrapped, with no document type.
        ("关于2023年度政府工作报告重点工作\n完成情况\n区政府办公室对2023年度政府工作报告重点工作完成情况进行了督查督办汇总。",
         "关于2023年度政府工作报告重点工作完成情况"),
        # A document's file name: the title without its extension.
        ("大气污染防治2021年行动计划.pdf\n附件1", "大气污染防治2021年行动计划"),
        # A plan title wrapped over two lines, as the covering notice cites it.
        ("《临江市构建分类培育机制促进个体工商户发展实施方案》已经市政府同意。\n临江市人民政府办公厅\n2024年9月30日\n临江市构建分类培育机制\n促进个体工商户发展实施方案\n一、总体目标",
         "临江市构建分类培育机制促进个体工商户发展实施方案"),
    ],
)
def test_title_kinds(text: str, title: str | None) -> None:
    assert find_meta(text).title == title


def test_info_table_rows_left_in_the_text_are_page_fields() -> None:
    text = ("索 引 号: | 000014349/2023-91150 | 信息分类: | |\n发布机构: | 生成日期: | 2022-12-02 08:54:33 | |\n"
            "文 号: | 临府办发〔2022〕10号 | 是否有效: | |\n名 称: | 市人民政府办公室关于印发临江市数字经济三年行动方案的通知 |\n"
            "各县(市、区)人民政府:\n现将《临江市数字经济三年行动方案》印发给你们。")
    meta = find_meta(text)
    assert meta.title == "市人民政府办公室关于印发临江市数字经济三年行动方案的通知"
    assert meta.doc_number == "临府办发〔2022〕10号"
    # 市人民政府办公室 takes the name of the city the notice governs.
    assert (meta.issuer, meta.region) == ("临江市人民政府办公室", "临江市")


@pytest.mark.parametrize(
    ("table", "issuer", "region"),
    [
        ("索 引 号 | 008478033/2022-0140 | 公文种类 | 其他 | 发布机构 | 苍溪县政府 |\n发文字号 | 无 |", "苍溪县政府", "苍溪县"),
        # The body a portal names responsible for publishing (公开责任部门) is its publisher.
        ("索引号 | zyxzfzyxzfbgs/2022-4992 | 公开目录: | 政务督查 |\n公开责任部门 | 紫阳县政府办公室 | 公开形式: | 主动公开 |",
         "紫阳县政府办公室", "紫阳县"),
    ],
)
def test_publishing_body_is_the_issuer_only_where_nothing_else_names_one(table: str, issuer: str, region: str) -> None:
    meta = find_meta(table + "\n⑴强化招商意识。")
    assert (meta.issuer, meta.region, meta.doc_number, meta.title) == (issuer, region, None, None)


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        # A lead opening on its date under a lone cell border: the border is no line of the body.
        ("|\n3月11日上午,耒阳市举行2022年重大项目集中签约暨重点项目集中开工仪式。此次集中签约、开工项目共73个。",
         "2022-03-11"),
        # A lead opening with the outlet's credit and a date: the dateline, in the report's year.
        ("华商报讯(记者 陈永辉)2月25日,商洛市第四届人民代表大会第三次会议开幕。"
         "市长作政府工作报告时指出,2018年商洛全面落实“五新”战略任务。", "2018-02-25"),
        # A roundup's lead opening with a bare date narrates a finished event: no dateline.
        ("9月9日,秦皇岛市委、市政府在北京成功举办招商引资推介签约会。2022年全市签约项目110个。", None),
        # A first line dated by the meeting it reports: the dateline.
        ("1月19日上午9时,广州市第十六届人民代表大会第六次会议开幕,市长作政府工作报告。\n▎2025年\n"
         "——城镇新增就业超35万人", "2025-01-19"),
        # A reporter's credit before the lead's date (…记者李莎 北京报道 1月11日,…).
        ("21世纪经济报道记者李莎 北京报道 1月11日,河北省省长作政府工作报告时指出,2023年主要预期目标是"
         "地区生产总值增长6%左右。", "2023-01-11"),
        # ... with the part of the day but no hour; a caption of the speaker delivering the
        # report is no title of the report.
        ("福建两会昨日开幕省长做报告 GDP突破两万亿\n1月12日上午,福建省十二届人大二次会议在福建会堂开幕。\n"
         "苏树林向大会作省政府工作报告\n报告明确提出了2014年全省经济社会发展的主要预期目标:全省生产总值增长10.5%左右。",
         "2014-01-12"),
    ],
)
def test_a_news_dateline_dates_the_report(text: str, issued: str | None) -> None:
    assert find_meta(text).issued == issued


def test_a_work_report_scraped_without_its_title_opens_as_delivered() -> None:
    # On its formula: the government it names issues it; it reviews 2009 and plans 2010.
    text = "现在,我代表南开区人民政府,向大会作政府工作报告,请予审议。\n2009年工作回顾\n2009年,全区生产总值增长16.5%。"
    meta = find_meta(text, sections=find_sections(text.split("\n")))
    assert (meta.title, meta.issuer, meta.region, meta.year) == (None, "南开区人民政府", "南开区", 2010)
    # On its subtitle: no title, dated and placed by the congress it was delivered to.
    text = ("——2016年1月6日在马鞍山市第十五届人民代表大会第五次会议上\n市长 魏尧\n各位代表:\n"
            "现在,我代表市人民政府,向大会报告政府工作。\n一、2015年工作回顾\n2015年,全市生产总值增长9.2%。")
    meta = find_meta(text, sections=find_sections(text.split("\n")))
    assert (meta.title, meta.issuer, meta.issued, meta.year) == (None, "马鞍山市人民政府", "2016-01-06", 2016)


def test_a_body_named_by_its_level_is_placed_by_the_head_of_its_own_number() -> None:
    page = {"名称": "区人民政府办公室关于印发2017年重点工作责任分工的通知", "发布机构": "区政府", "文号": "武昌政办[2017]1号"}
    meta = find_meta("各街道办事处:\n现将责任分工通知如下。", page_meta=page)
    assert (meta.region, meta.issuer) == ("武昌区", "武昌区人民政府办公室")


def test_a_text_without_title_that_sets_work_against_dated_limits_is_a_plan() -> None:
    plan = ("（二）服务承诺阶段。4月底前,各部门将服务承诺向社会公开。各乡镇要于4月底前将落实情况报县政府办公室。\n"
            "（三）督查阶段。6月20日前完成专项督查。")
    assert find_meta(plan).report is False
    news = "新闻网讯 今年以来,全县签约项目28个。该项目计划6月底前建成投产。"
    assert find_meta(news).report is True


def test_a_text_without_title_that_draws_up_its_measures_is_a_plan_of_the_year_it_opens_a_target_with() -> None:
    text = ("根据《2023年政府工作报告》主要工作安排,从产业、生态、科技七个方面,制定推动经济社会高质量发展的若干政策。\n"
            "1.充分发挥财政保障作用。市财政安排预算资金8500万元。2023年,争取上级专项资金增长10%以上。")
    meta = find_meta(text)
    assert (meta.report, meta.year) == (False, 2023)


def test_a_national_rank_a_county_seeks_makes_no_national_notice() -> None:
    assert find_meta("国家级生态县创建工作方案\n为切实做好国家级生态县创建工作,特制定如下工作方案。").region is None


def test_a_table_naming_its_bodies_by_level_takes_its_place_from_the_source() -> None:
    text = "2022年度民生实事项目进度表\n序号\n项目内容\n牵头单位\n1\n建设四好农村路55公里。\n县交通局\n2\n新增学位3800位。\n县教育局"
    assert find_meta(text, page_meta={"来源": "苍南县人民政府办公室"}).region == "苍南县"


def test_a_places_bulletin_is_issued_by_the_organ_its_page_names_as_source() -> None:
    meta = find_meta("辰溪县2021年国民经济和社会发展统计公报\n全年实现地区生产总值134.87亿元。",
                     page_meta={"信息来源": "辰溪县统计局"})
    assert (meta.issuer, meta.region) == ("辰溪县统计局", "辰溪县")


def test_the_source_names_the_place_inside_the_one_the_body_mentions_once() -> None:
    text = ("2022年区政府工作报告目标任务半年完成情况\n2022年上半年,全区实现地区生产总值513.8亿元。"
            "首届人才节纳入重庆英才大会唯一区县专项活动。")
    assert find_meta(text, page_meta={"来源": "万州区政府办公室"}).region == "万州区"


def test_a_publisher_that_is_no_body_issues_nothing() -> None:
    meta = find_meta("类别 | 民生事项名称 | 责任单位 |\n四、教育文化 | 14.改扩建学校 | 教育体育局 |",
                     page_meta={"发布机构": "365彩票数"})
    assert meta.issuer is None


@pytest.mark.parametrize(
    ("page_meta", "issuer", "region"),
    [
        # The title names its body without its place; the page's source names it with it.
        ({"来源": "怀远县农业农村局"}, "怀远县农业农村局", "怀远县"),
        # A news outlet names no body and no place.
        ({"来源": "人民网"}, None, None),
        # A source of another level than the text's own place is not its place.
        ({"来源": "蚌埠市人民政府"}, None, None),
    ],
)
def test_the_page_source_completes_a_body_named_by_its_level(page_meta: dict, issuer: str | None,
                                                             region: str | None) -> None:
    meta = find_meta("农业农村局2023年11月承担政府重点工作完成情况\n2023年我县小麦总产69.65万吨。", page_meta=page_meta)
    assert (meta.issuer, meta.region) == (issuer, region)


@pytest.mark.parametrize(
    ("text", "page_meta", "year"),
    [
        # A news report on a year, naming the three-year plan it is part of: the year reported on.
        ("全区招商引资到位资金7959.3亿元\n2018年我区深入实施产业大招商三年行动计划(2018-2020年)，全区到位资金7959.3亿元。",
         None, 2018),
        # A headline that reviews one year and plans the next: the year planned.
        ("2024年全省生产总值预计实现预期目标,2025年计划增长5.0%—5.5%\n会议在省会开幕。", None, 2025),
        # A headline naming the year a work report reviews: the year its text plans, or the
        # year after where the page was published then.
        ("某市2018年GDP增长3%\n市长在政府工作报告中说,镇江市对2019年仍确定了较高的预期目标。", None, 2019),
        ("摘要(一):2021年全县各项目标任务全面完成\n县长在作《政府工作报告》时,作了全面回顾。",
         {"发布日期": "2022-01-24"}, 2022),
        ("摘要(一):2021年全县各项目标任务全面完成\n县长作了全面回顾。", {"发布日期": "2022-01-24"}, 2021),
        # News of a work report that looks back on the year it names: the report is the next year's;
        # a looking back with no work report (a year's summary) is of that year.
        ("某市七届人大六次会议开幕\n市长向大会作政府工作报告。他在报告中回顾了2014年政府工作,全年实现生产总值690亿元。",
         None, 2015),
        ("某县回顾2014年招商工作\n全年引进项目32个。", None, 2014),
        # Working measures that print no year: the year the page was published in.
        ("发布机构 | 某县政府 |\n⑴强化招商意识。科学合理下达“开门红”目标任务。", {"发布日期": "2022-02-22"}, 2022),
        # A report preparing next year's list (已启动了2018年…为明年…): of the year before.
        ("至9月底，全区重点建设项目累计完成投资367.1亿元。上月已启动了2018年区重点项目梳排等工作，为明年各项经济指标的完成打下基础。",
         None, 2017),
        # Measures scraped without a title, implementing a cited document: its year, and a plan.
        ("根据《昆明市人民政府关于印发昆明市稳增长促发展若干政策措施的通知》(昆政发〔2016〕13号),特制定如下政策措施。\n"
         "1. 精简项目审批手续。(区政务服务局牵头,区发改局配合)", None, 2016),
        # A plan whose 发展目标 names this year and a later one: this year, from its damaged
        # signature date (2023925日) on.
        ("应县人民政府办公室\n2023925日\n应县促进专业镇高质量发展实施方案\n一、总体要求\n"
         "(二)发展目标。2023年完成2家市级专业镇评定;到2025年,省级专业镇达到1个。", None, 2023),
        # A plan issued in 2024 with targets 到2029年 runs from its issue: its year is 2024.
        ("重庆市人民政府办公厅\n2024年9月30日\n重庆市促进个体工商户高质量发展实施方案\n一、总体目标\n"
         "到2029年,全市个体工商户活跃度达到70%。", None, 2024),
        # A plan whose title gives its years is of its first, whatever its 目标 section reaches.
        ("东阳市人民政府办公室关于印发《东阳市促进残疾人就业行动实施方案(2023—2025年)》的通知\n一、主要目标\n"
         "到2025年,全市残疾人就业率达到80%以上。", None, 2023),
        # Undated but numbered in 2024, with targets 到2027年: a plan of 2024 on, like a dated one.
        ("临江市人民政府关于推进低空经济高质量发展的实施意见\n临政发〔2024〕10号\n一、总体要求\n"
         "到2027年,新建通用机场2个。", None, 2024),
        # Undated and unnumbered, published in 2024 with targets 到2027年: the same.
        ("临江市人民政府关于推进低空经济高质量发展的实施意见\n一、总体要求\n到2027年,新建通用机场2个。",
         {"发布日期": "2024-08-14"}, 2024),
        # A plan for 今后五年 with targets 到2026年: it runs 2022—2026, its year is the first.
        ("咸阳市人民政府关于落实《政府工作报告》重点工作部门分工的意见\n一、今后五年主要目标和重点任务\n"
         "2.年均经济增速7%左右，到2026年，城镇化率达到60%以上。", None, 2022),
        # A bulletin or a progress report titled with a year, published the year after a work
        # report: of the year it names.
        ("辰溪县2021年国民经济和社会发展统计公报\n全年实现地区生产总值134.87亿元,完成政府工作报告确定的目标。",
         {"发布日期": "2022-04-11"}, 2021),
        ("关于《政府工作报告》确定的2019年重点工作全年完成情况的通报\n市政府政务督查室近期进行了督办。\n"
         "全年引进投资项目3个。", {"发布日期": "2020-09-16"}, 2019),
        # An untitled report from a PDF, its dates set apart by spaces: the year it names.
        ("2019\n2019 年以来,我县不断创新招商思路。现将 2019 年 1-5 月招商引资工作情况汇报如下:\n"
         "(一) 目标任务完成情况。2019 年市政府下达我县的目标任务数为引进资金 27 亿元。", None, 2019),
        # News of a plan that says 今年 and names a later limit only: no year it reports on
        # (2025年年底前 is the plan's end, 1900个 a count).
        ("近日，郑州市政府办公厅下发《郑州市乡村建设行动实施方案》。今年年底前，5G基站数量达到1900个；"
         "2025年年底前，建成100个以上美丽乡村精品村。", None, None),
    ],
)
def test_year_kinds(text: str, page_meta: dict[str, str] | None, year: int | None) -> None:
    assert find_meta(text, page_meta=page_meta).year == year


def test_news_of_a_work_report_is_about_the_year_it_plans() -> None:
    # A review of 2025, then 这些目标 with no year: the structure plans 2026; so is the report.
    text = ("1月19日上午9时，广州市第十六届人民代表大会第六次会议开幕。\n这份成绩单，分量十足!\n▎2025年\n"
            "——城镇新增就业超35万人\n这些目标，催人奋进!\n——地区生产总值增长5%左右")
    doc = run_components(ExtractionDoc(text=text), ("structure",))
    assert find_meta(text, sections=doc.sections).year == 2026
    assert find_meta(text).year == 2025  # without the structure, the latest year named


@pytest.mark.parametrize(
    ("text", "page_meta", "issued"),
    [
        # News without a signature: dated by its byline.
        ("某市今年招商引资签约项目120个\n本网讯 今年以来，我市共签约项目120个，总投资350亿元。",
         {"发布时间": "2024-04-09 15:23"}, "2024-04-09"),
        # A page explaining a notice, likewise.
        ("《某县2024年重点工作任务分工方案》政策解读\n一、出台背景。为抓好落实，制定本方案。",
         {"发布日期": "2024年4月2日"}, "2024-04-02"),
        # A task split titled with its year in brackets is a document, not news: not dated by its page.
        ("市政府工作报告重点工作责任分解(2023年)\n一、主要预期目标\n1.生产总值增长6%以上。",
         {"发布时间": "2023-07-11 17:01"}, None),
        # A body's own progress 通报 is dated by its signature alone, not by the page.
        ("2022年度市政府重点工作任务完成情况\n一、总体情况。全年完成重点任务86项。",
         {"发布日期": "2023-01-17"}, None),
    ],
)
def test_issued_of_a_page_without_a_signature(text: str, page_meta: dict[str, str], issued: str | None) -> None:
    assert find_meta(text, page_meta=page_meta).issued == issued


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # No year printed: a five-year plan's milestone said of this year dates it.
        ("政府工作报告提出今年主要预期目标\n今年要奋力实现“十五五”良好开局。地区生产总值增长5.5%左右。", 2026),
        ("今年是“十四五”规划收官之年。全市签约项目120个。", 2025),
    ],
)
def test_a_report_without_a_year_is_dated_by_a_plan_milestone(text: str, year: int) -> None:
    assert find_meta(text).year == year


def test_a_milestone_named_as_a_later_aim_dates_nothing() -> None:
    assert find_meta("今年全市签约项目120个，为实现“十五五”良好开局打牢基础。").year is None


def test_a_document_number_printed_in_brackets_under_the_title_is_the_notices() -> None:
    text = "临江市人民政府办公室关于印发重点工作分解落实意见的通知\n(临政办〔2005〕34号)\n各县、区人民政府:\n现印发给你们。"
    assert find_meta(text).doc_number == "临政办〔2005〕34号"


def test_a_place_the_text_travels_to_is_not_its_own() -> None:
    text = ("本报讯 全省实际利用外资增长84.1%。1月12日,我省赴广东省开展招商活动,召开黑龙江—广东经贸合作交流会。"
            "4月22日,我省党政代表团赴广东开展学习考察,广东省商务厅与黑龙江省商务厅对口交流。")
    assert find_meta(text).region == "黑龙江省"
    # Every place of a list gone to (赴上海、北京、苏州等地) is a destination.
    text = ("记者从会上了解到,2023年,全市累计到位省外资金670.1亿元。全年组织市委、市政府主要领导带队赴上海、北京、苏州等地"
            "开展招商引资活动11次。")
    assert find_meta(text).region is None


def test_a_document_number_with_the_pages_date_beside_it_is_the_notices() -> None:
    text = "天津市人民政府办公厅关于印发若干政策措施的通知\n津政办规〔2023〕4号           2023-04-11\n各区人民政府:"
    assert find_meta(text).doc_number == "津政办规〔2023〕4号"


def test_a_body_signing_under_the_closing_formula_without_a_date_issues_the_notice() -> None:
    text = "2022年1-9月份全市招商引资工作成效\n按照市政府要求,现予以公示:\n一、新签约项目344个。\n特此公示。\n六安市投资创业中心"
    assert find_meta(text).issuer == "六安市投资创业中心"


def test_an_info_tables_publisher_places_a_body_named_by_its_level_alone() -> None:
    scrape = ("名 称: 区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知\n"
              "索 引 号: 000014349/2020-105482 发布日期: 2020-06-28 发布机构: 下陆区政府办公室\n"
              "文 号: 文件分类: 综合政务 所属机构:\n区人民政府办公室\n关于印发2020年区政府重点工作责任分解的\n通 知\n"
              "各新区、区政府各部门:\n现印发给你们。\n2020年6月28日")
    notice = ingest_bytes(scrape.encode(), html=False)
    meta = find_meta(notice.text, page_meta=notice.page_meta)
    assert (meta.issuer, meta.region, meta.doc_number) == ("下陆区人民政府办公室", "下陆区", None)


def test_a_county_of_two_characters_named_again_and_again_is_the_texts() -> None:
    text = ("忠县坚持把总书记视察重庆激发的干事创业激情转化为坚决行动,聚焦“2029年前后全县工业总产值突破1000亿元,"
            "2035年城市规模达到50平方公里”的主要支撑目标。\n2024年,忠县地区生产总值增长6.7%,位居全市区县第四。\n"
            "聚焦“双千亿”目标,忠县将持续壮大现代制造业集群,力争2025年底常住人口城镇化率达到54%以上。"
            "加快建设重庆市优化营商环境标杆城市。")
    meta = find_meta(text)
    assert meta.region == "忠县"
    assert meta.year == 2025  # 2029 and 2035 are inside the goals it quotes


def test_joint_issuers_before_about_are_the_issuer() -> None:
    title = ("成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局 "
             "关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知")
    assert find_meta(title + "\n各区(市)县政府:\n现印发给你们。").issuer == (
        "成都市发展和改革委员会中共成都市委社会工作部成都市规划和自然资源局成都市住房和城乡建设局")


def test_a_full_work_report_under_a_sites_province_tag() -> None:
    text = ("(内蒙古)2020年呼和浩特市人民政府工作报告(全文)\n本地事\n——2020年4月22日在呼和浩特市第十五届\n\n"
            "人民代表大会第三次会议上\n呼和浩特市人民政府市长 张佰成\n各位代表:\n一、2019年工作回顾\n"
            "过去一年,地区生产总值增长5.5%。")
    meta = find_meta(text)
    assert (meta.issuer, meta.issued, meta.region, meta.year) == ("呼和浩特市人民政府", "2020-04-22", "呼和浩特市", 2020)


def test_a_work_reports_title_closing_on_the_day_it_was_delivered() -> None:
    text = ("导航菜单\n(陕西省)凤县人民政府工作报告(2023年1月9日)\n2023年1月9日在凤县第十八届\n\n"
            "人民代表大会第二次会议上\n凤县人民政府县长 蒋 铃\n各位代表:\n2022年工作回顾\n预计全年地区生产总值完成100.6亿元。")
    meta = find_meta(text)
    assert (meta.title, meta.issuer, meta.issued, meta.year) == (
        "(陕西省)凤县人民政府工作报告(2023年1月9日)", "凤县人民政府", "2023-01-09", 2023)


def test_a_headline_running_on_into_the_reports_subtitle() -> None:
    text = ("政府工作报告—2021年7月29日在围场满族蒙古族自治县第八届人民代表大会第一次会议上自治县人民政府代理县长 孙立良\n"
            "2021-08-16 17:31浏览次数:\n各位代表:\n一、过去五年发展成就和2021年上半年工作回顾\n五年来,地区生产总值年均增长5%。")
    meta = find_meta(text)
    assert (meta.title, meta.issuer, meta.issued, meta.year) == (
        "政府工作报告", "围场满族蒙古族自治县人民政府", "2021-07-29", 2021)


def test_joint_offices_issuing_a_document_in_their_title_without_about() -> None:
    text = ("中共某某市委办公室某某市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(某办发〔2017〕2号)\n"
            "各县市区委、人民政府:\n《关于全面推进政务公开工作的实施意见》已经同意,现印发给你们。\n中共某某市委办公室\n"
            "某某市人民政府办公室\n2017年1月10日")
    meta = find_meta(text)
    assert (meta.title, meta.issuer, meta.doc_number) == (
        "中共某某市委办公室某某市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知",
        "中共某某市委办公室某某市人民政府办公室", "某办发〔2017〕2号")


def test_news_of_a_congress_dated_by_the_day_it_opened() -> None:
    text = ("三穗第十五届人民代表大会第五次会议胜利召开\n阳光明媚,春意盎然,2月14日,县文化馆会议室华灯璀璨,"
            "三穗县第十五届人民代表大会第五次会议在这里隆重开幕。\n县长代表县人民政府向大会作政府工作报告。"
            "报告指出:2010年,全县生产总值实现131487万元。要扎实做好2011年工作。")
    meta = find_meta(text)
    assert (meta.region, meta.year, meta.issued) == ("三穗县", 2011, "2011-02-14")


def test_a_scrape_opening_on_a_reports_part_has_no_title() -> None:
    meta = find_meta("2022年工作回顾\n2022年,是我县发展史上极不平凡的一年。\n2022年,全县地区生产总值达到417亿元。")
    assert meta.title is None
    # A title naming its subject besides its year and kind is the notice's.
    assert find_meta("2011年招商引资工作总结\n2011年,全县招商引资工作取得新成效。").title == "2011年招商引资工作总结"


def test_an_info_tables_title_led_by_the_number_and_its_generic_issuer() -> None:
    text = ("发文机关: | 盘锦市政府 | 成文日期: | |\n"
            "标 题: | 盘政办发〔2009〕15号 盘锦市人民政府办公室关于印发2009年市政府各部门招商引资工作任务安排意见的通知 | ||\n"
            "市政府各部门、各直属机构:\n经市政府同意,现将《意见》印发给你们。\n盘锦市人民政府办公室\n二○○九年二月二十七日")
    meta = find_meta(text)
    assert (meta.title, meta.issuer, meta.doc_number) == (
        "盘锦市人民政府办公室关于印发2009年市政府各部门招商引资工作任务安排意见的通知", "盘锦市人民政府办公室", "盘政办发〔2009〕15号")


def test_a_gazettes_number_line_carries_the_notices_date_and_is_no_title() -> None:
    text = ("四川省人民政府\n关于落实《政府工作报告》重点工作\n部门分工的意见\n川府发〔2011〕8号 二○一一年三月十七日\n"
            "省政府各部门、各直属机构:\n现就重点工作提出部门分工意见如下。")
    meta = find_meta(text)
    assert (meta.doc_number, meta.issued) == ("川府发〔2011〕8号", "2011-03-17")
    meta = find_meta("甘政发〔2022〕9号\n各市、自治州人民政府:\n省政府决定,将主要指标予以分解下达。")
    assert (meta.title, meta.doc_number) == (None, "甘政发〔2022〕9号")


def test_the_division_a_headline_names_and_the_text_names_most() -> None:
    text = ("2019年第一次“两大行动”黔西南州专场专题调度会在贵阳召开\n2月15日,贵州省产业大招商工作领导小组办公室在贵阳召开"
            "专题调度会(黔西南州专场),贵州省投资促进局局长出席,黔西南州人民政府副州长出席会议。会上,黔西南州汇报了全省"
            "产业大招商工作,黔西南州新引进项目52个。")
    assert find_meta(text).region == "黔西南布依族苗族自治州"


def test_a_columns_kicker_over_the_headline_is_no_title() -> None:
    text = "《政府工作报告》解读\n\n今年,我们撸起袖子这样干\n\n  今年经济社会发展的主要预期目标是:生产总值增长8.5%。"
    assert find_meta(text).title == "今年,我们撸起袖子这样干"


_NATIONAL_REPORT = ("新华社北京3月14日电 新华社受权于14日全文播发李克强总理代表国务院在十四届全国人大一次会议上所作的《政府工作报告》。\n"
                    "报告指出,今年发展主要预期目标是:国内生产总值增长5%左右。")
_ANNOUNCED = ("四川发布招商引资三年规划\n省经济合作局日前发布《四川省招商引资三年规划(2020-2022年)》。"
              "到2022年,四川将引进到位国内省外资金超3万亿元。\n2016至2019年,全省共引进到位国内省外资金4.11万亿元。")
_BULLETIN = ("关于印发2022年《政府工作报告》主要任务上半年落实情况的通报\n寿县政务督查\n20期\n"
             "寿县人民政府督查室           2022年8月19\n各乡镇人民政府,县政府各部门:\n现将落实情况通报如下。")


@pytest.mark.parametrize(
    ("text", "page_meta", "field", "value"),
    [
        # A portal headline closing with the notice's number: the title without it, the number the notice's.
        ("2021年县政府重点工作任务(华政发〔2021〕2号)\n县政府重点工作任务实行县政府分线领导牵头负责制。",
         {"来源": "华容县政府"}, "doc_number", "华政发〔2021〕2号"),
        ("2021年县政府重点工作任务(华政发〔2021〕2号)\n县政府重点工作任务实行县政府分线领导牵头负责制。",
         {"来源": "华容县政府"}, "title", "2021年县政府重点工作任务"),
        # A text naming its government by level alone takes its place from the page's source.
        ("2021年县政府重点工作任务(华政发〔2021〕2号)\n县政府重点工作任务实行县政府分线领导牵头负责制。",
         {"来源": "华容县政府"}, "region", "华容县"),
        # News of a work report without a dateline: the day its congress met.
        ("某市2018年GDP增长3%\n在1月9日召开的镇江市八届人大三次会议上,市长在政府工作报告中如是说。对2019年仍确定了较高的预期目标。",
         None, "issued", "2019-01-09"),
        # A heading printed letter-spaced is read whole.
        ("各乡镇人民政府:\n现印发给你们。\n中宁县人民政府\n2026年2月9日\n政 府 工 作 报 告\n——2026年1月14日在中宁县第十八届人民代表大会",
         None, "title", "政府工作报告"),
        # A title wrapped over three lines.
        ("广东省人民政府办公厅关于印发广东省\n\n进一步支持民间投资发展\n\n实施方案的通知\n粤府办〔2023〕5号", None, "title",
         "广东省人民政府办公厅关于印发广东省进一步支持民间投资发展实施方案的通知"),
        # A headline exclaiming inside, or closing with a question.
        ("同比增长25.7%!一季度贵州引进产业项目1457个\n近日,记者从省投资促进局获悉。", None, "title",
         "同比增长25.7%!一季度贵州引进产业项目1457个"),
        ("专家解读:“3万亿”如何炼成?\n1月21日,市人民代表大会开幕。", None, "title", "专家解读:“3万亿”如何炼成?"),
        # A byline's 更新 date publishes the page.
        ("兰洽会圆满落幕我省共签约合同项目1172个\n记者从省政府新闻办获悉。", {"更新": "2023年07月11日 15:32"}, "year", 2023),
        # A headline closing with an exclamation.
        ("【提示】今年市政府实事项目全面完成啦!\n截至目前,实事项目已全部完成。", None, "title", "【提示】今年市政府实事项目全面完成啦!"),
        # News of a work report published the year after the one it reviews: the year it plans.
        ("昆明市十四届人大一次会议开幕\n3月19日上午,昆明市第十四届人民代表大会第一次会议开幕。市长作政府工作报告。"
         "过去的一年,我们实现了“十三五”良好开局。", {"发布时间": "2017-03-22 13:26:03"}, "year", 2017),
        # A headline telling that a place issued a plan is news of it, dated by its page; a span
        # long past that the news names is not the year it reports.
        (_ANNOUNCED, {"发布日期": "2020年6月1日"}, "issued", "2020-06-01"),
        (_ANNOUNCED, {"发布日期": "2020年6月1日"}, "year", 2020),
        (_ANNOUNCED, {"发布日期": "2020年6月1日"}, "report", True),
        # A congress meeting in December hears the report for the year after: its dateline is of the year before.
        ("石嘴山市第十五届人民代表大会第一次会议开幕\n人民网银川12月28日电 (梁宏鑫)今天上午,石嘴山市第十五届人民代表大会"
         "第一次会议开幕。代市长王伟代表市人民政府向大会作政府工作报告。\n王伟说,2022年是实施“十四五”规划的关键之年。"
         "2022年经济社会发展的主要预期目标是:地区生产总值增长7%以上。", None, "issued", "2021-12-28"),
        # A headline printed with spaces, then a reporter's lead that opens with the day: the dateline.
        ("重庆市招商投资促进工作开局良好 一季度签约4231亿元 到位619亿元\n4月8日,记者从市招商投资局了解到,今年1至3月,"
         "重庆市实现合同引资4231亿元,到位资金619.4亿元,比2020年同期增加237.6亿元。", None, "issued", "2021-04-08"),
        # The outlet's credit, then its reporter's, then the day; a report that only reviews a
        # year was heard after it ended.
        ("大江网/萍乡头条客户端讯 记者李小涛报道:10月20日,萍乡市第十六届人民代表大会第一次会议开幕。"
         "代理市长刘烁作政府工作报告。\n2020年,全市完成地区生产总值963.6亿元。", None, "issued", "2021-10-20"),
        # A reporter's credit glued to 报道: and a full date.
        ("宜春市人代会开幕\n中国网/宜春头条客户端新闻记者曾志祥摄影报道:2020年5月19日上午,宜春市第四届人民代表大会"
         "第六次会议召开,代市长徐南吉作政府工作报告。", None, "issued", "2020-05-19"),
        # An info table's 索引号 opens with the publishing body's credit code, its division's
        # code inside (330600: 绍兴市); a table a body publishes is titled like a notice.
        ("2021年市政府重点工作完成情况表\n序号内容与要求完成情况责任单位\n1确保地区生产总值增长7%以上。",
         {"索引号": "11330600002577014T/2022-227934"}, "region", "绍兴市"),
        ("2021年市政府重点工作完成情况表\n序号内容与要求完成情况责任单位\n1确保地区生产总值增长7%以上。",
         {"索引号": "11330600002577014T/2022-227934"}, "title", "2021年市政府重点工作完成情况表"),
        # A task table scraped without its title, dated only by its limits: a plan of that year.
        ("1\n一、经济社会发展的主要预期目标\n粮食产量稳定在100亿斤以上。\n法规科\n2024年底前\n2\n新增规上企业20家。\n"
         "产业科\n2024年底前", None, "year", 2024),
        ("1\n一、经济社会发展的主要预期目标\n粮食产量稳定在100亿斤以上。\n法规科\n2024年底前\n2\n新增规上企业20家。\n"
         "产业科\n2024年底前", None, "report", False),
        # A headline glued to the notice's number, the title in 《》 after it.
        ("武政办〔2023〕1号《武汉市人民政府办公厅关于印发2023年市〈政府工作报告〉目标任务责任分解方案的通知》\n各区人民政府:",
         None, "title", "武汉市人民政府办公厅关于印发2023年市〈政府工作报告〉目标任务责任分解方案的通知"),
        ("武政办〔2023〕1号《武汉市人民政府办公厅关于印发2023年市〈政府工作报告〉目标任务责任分解方案的通知》\n各区人民政府:",
         None, "doc_number", "武政办〔2023〕1号"),
        # A part of the year after the title's year is no place (上半年市政府…: no 上半年市).
        ("2018年上半年市政府工作任务进展情况汇总表\n序号\n工作任务\n1\n地区生产总值增长7%左右", None, "region", None),
        # A bulletin's masthead names its body and date on one line, the day's 日 lost.
        (_BULLETIN, None, "issuer", "寿县人民政府督查室"),
        (_BULLETIN, None, "issued", "2022-08-19"),
        # A title closing on a progress cue and 通报 reports progress, even as it 印发s.
        (_BULLETIN, None, "report", True),
        # A masthead whose copy glued the body to the date.
        ("政务督查\n第9期\n新安县人民政府办公室2010年5月5日\n2010年1-4月份民生建设十件实事进展情况通报\n现通报如下:",
         None, "issued", "2010-05-05"),
        # A covering notice issuing two documents is titled by the first.
        ("各区县人民政府:\n《2020年政府工作报告重点工作责任分解》和《十方面民生实事责任分解》已经市政府同意,现印发给你们,请认真贯彻执行。",
         None, "title", "2020年政府工作报告重点工作责任分解"),
        # A page explaining a plan under a 【…解读】 tag: the tag is the headline's, and the
        # reading is dated and issued by its page.
        ("【文字解读】后湖管理区清洁家园行动方案\n一、工作背景:为深入贯彻落实市委市政府关于工作的总体要求。",
         {"发布日期": "2025年03月03日 15:35", "解读单位": "后湖管理区"}, "issued", "2025-03-03"),
        ("【文字解读】后湖管理区清洁家园行动方案\n一、工作背景:为深入贯彻落实市委市政府关于工作的总体要求。",
         {"发布日期": "2025年03月03日 15:35", "解读单位": "后湖管理区"}, "issuer", "后湖管理区"),
        # A national honour a county seeks makes no national notice; nor does 模范县 hold 范县.
        ("全国绿化模范县迎检实施方案\n为确保创建工作顺利开展,结合我县实际,特制定本方案。全县创建全国绿化模范县,"
         "各乡镇要把创建全国绿化模范县作为重点,确保全国绿化模范县创建成功。", None, "region", None),
        # A template that masks its year is of no year, whatever the farm stamped on its page.
        ("全国绿化模范县迎检实施方案\n**年是我县创建的迎检年,特制定本方案。\n(一)宣传动员阶段(**年4月~7月中旬)。",
         {"发布时间": "2022-10-30 05:14:00"}, "year", None),
        # A county text naming only its rivals of one city is about a county it does not name.
        ("本报讯 前三季度,全县主要指标与比拼对象保康县比,增速全面赶超,在16个县市区经济排名中位居郧阳区、丹江口市、茅箭区之前。"
         "全县完成生产总值56.7亿元。", None, "region", None),
        # A paper's layout mark is no part of the title (a repost's 原标题: went with the chrome).
        ("1至9月全省签约招商引资项目3989个(主题)\n签约金额9433.27亿元(副题)\n兰州日报讯 记者获悉,"
         "1至9月,全省签约招商引资项目3989个,签约金额9433.27亿元。", None, "title", "1至9月全省签约招商引资项目3989个"),
        # News of a congress naming the day after the session (…第二次会议1月15日上午在成都开幕).
        ("四川省第十一届人大第二次会议1月15日上午在成都开幕。今天上午的大会听取了政府工作报告。\n"
         "2009年四川省经济社会发展的主要预期目标:全省生产总值增长9%。", None, "issued", "2009-01-15"),
        # A congress in December hears the report for the year after, the year set apart by a comma.
        ("湖北日报讯(记者吕鉴蕾)12月19日,鄂州市鄂城区十届人大二次会议开幕。当天出炉的政府工作报告指出。\n2023年,鄂城区经济社会发展主要预期目标是:"
         "固定资产投资增幅16%以上。", None, "issued", "2022-12-19"),
        # The government that delivered a report is named as the congress prints its place.
        ("政 府 工 作 报 告\n2022年1月19日\n在遂宁市安居区第五届人民代表大会第二次会议上\n各位代表:\n"
         "我代表区人民政府,向大会报告工作。", None, "issuer", "遂宁市安居区人民政府"),
        # An untitled list whose items each name their units is a plan.
        ("1.建设水池山休闲健身公园,14个街道打造绿化精品工程。\n责任部门:城建局、农海局 配合部门:各街道\n"
         "2.建立区高校毕业生创业中心。\n责任部门:人社局 配合部门:各街道", None, "report", False),
        # A numbered section heading naming a table is no title.
        ("一、10件民生实事任务分解表\n1\n新建城北学校。\n县教体局", None, "title", None),
        # A task table titled …分解表 is a plan, not news.
        ("2021年重大民生实事项目目标任务责任分解表\n1增加教育资源供给实施新建学校重点建设项目12个。", None, "report", False),
        # News of the nation's work report: the dateline's 北京 is where it was filed, the
        # session (十四届全国人大一次会议) dates it, and the dateline's day then has its year.
        (_NATIONAL_REPORT, None, "region", "全国"),
        (_NATIONAL_REPORT, None, "year", 2023),
        (_NATIONAL_REPORT, None, "issued", "2023-03-14"),
        ("十四届全国人大三次会议5日上午在人民大会堂开幕,国务院总理李强向大会作政府工作报告。\n2024年工作回顾\n"
         "国内生产总值达到134.9万亿元,增长5%。", None, "region", "全国"),
        # News of a work report reviewing a year, then setting 今年's targets: the year after it.
        ("2月19日,惠州市第十三届人民代表大会第六次会议开幕。代市长向大会作政府工作报告。\n政府工作报告显示,2024年,该市地区生产总值"
         "6136.4亿元。\n今年,该市经济社会发展的主要预期目标是:地区生产总值增长6%左右。", None, "year", 2025),
        # A province's news of its own report, which quotes the nation's, is the province's.
        ("广东GDP突破14万亿,2025年增长目标设定为5%左右\n李强总理在政府工作报告中提出。今年广东设定GDP增长预期目标为5%左右。",
         None, "region", "广东省"),
    ],
)
def test_meta_of_portal_and_news_pages(text: str, page_meta: dict | None, field: str, value: str) -> None:
    assert getattr(find_meta(text, page_meta=page_meta), field) == value


@pytest.mark.parametrize(("text", "year"), [
    ("李克强总理在十三届全国人大一次会议上作政府工作报告", 2018),
    ("中华人民共和国第十四届全国人民代表大会第二次会议在北京开幕", 2024),
    ("十二届全国人大五次会议", 2017),
    ("五届全国人大一次会议", None),  # before the five-year terms settled
    ("湖北省十四届人大一次会议", None),  # a province's congress, on terms of its own
])
def test_the_national_congress_session_dates_a_report(text: str, year: int | None) -> None:
    assert national_session_year(text) == year


def test_the_same_notice_gives_the_same_region_in_every_run() -> None:
    """Level words used as often (全省 once, 全市 once) are no coin toss: string hashing
    differs from run to run, and so would a choice made in set order. The lower level is
    the text's (居全省第一 ranks the city in its province)."""
    text = ("人代会开幕五年成绩单出炉\n萍乡市地区生产总值增长8%,居全省第一。"
            "萍乡市城镇化率达到68%,全市新增就业2万人。萍乡市位于江西省西部。")
    code = f"from extract.meta import find_meta; print(find_meta({text!r}).region)"
    answers = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip() for seed in range(1, 5)}
    assert answers == {"萍乡市"}


def test_a_report_on_a_years_work_report_is_of_that_year_when_published_the_next() -> None:
    text = ("关于2023年度政府工作报告重点工作\n完成情况\n"
            "区政府办公室对2023年度政府工作报告重点工作完成情况进行了督查督办汇总。现将有关情况报告如下:\n"
            "截至12月底,38项工作任务完成或超额完成。")
    assert find_meta(text, page_meta={"发布日期": "2024-05-29"}).year == 2023


def test_a_number_run_into_the_addressees_is_the_notices() -> None:
    text = ("市政府办公室关于做好2020年市政府为民办十件实事的通知\n"
            "淮政办发〔2020〕1号各县区人民政府,市各委办局:现将《实施方案》印发给你们。")
    assert find_meta(text).doc_number == "淮政办发〔2020〕1号"


def test_a_repost_of_a_whole_plan_under_a_news_lead_is_the_plan() -> None:
    text = ("近日,某盟委员会、某盟行政公署印发了《某盟“六个行动”实施方案》,全文如下:\n"
            "为全力推进“六个行动”,结合我盟实际,制定本方案。\n"
            "到2025年底,全盟建设投资达到465.7亿元以上。")
    assert find_meta(text).report is False


def test_a_work_report_dated_in_a_subtitle_that_lost_its_year_and_month_marks() -> None:
    meta = find_meta("2020年政府工作报告\n——20191225日在某区第五届人民代表大会第四次会议上\n某区人民政府副区长  张某")
    assert meta.issued == "2019-12-25"


@pytest.mark.parametrize("tag", ["【保基本民生】", "【市政府重点工作及责任分解】"])
def test_a_portal_column_tag_is_no_part_of_the_title(tag: str) -> None:
    meta = find_meta("各县区:\n现将有关事项通知如下。", page_meta={"名称": tag + "某市民生工作领导小组办公室关于2024年实施47项民生实事的通知"})
    assert meta.title == "某市民生工作领导小组办公室关于2024年实施47项民生实事的通知"


def test_a_plan_its_title_dates_to_one_year_is_that_years_though_its_targets_name_the_next() -> None:
    text = ("某县人民政府办公室关于印发《某县2023年民生工程实施方案》的通知\n各乡镇人民政府:\n现将方案印发给你们。\n"
            "某县人民政府办公室\n2023年4月6日\n一、主要目标\n全年任务力争2023年10月底前全部完成,同时谋划2024年20项民生工程。\n二、主要任务\n改造老旧小区11个。")
    meta = find_meta(text)
    assert (meta.year, meta.plan_years) == (2023, [2023])


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # A report titled 政府工作报告 alone, delivered (我代表…向大会报告), reviewing 2018: of 2019.
        ("政府工作报告\n政府工作报告(第十七届人民代表大会第三次会议)\n各位代表:\n"
         "现在,我代表闽清县人民政府,向大会报告政府工作,请予审议。\n一、2018年工作回顾\n"
         "2018年,各项工作都取得了新的进展。预计全县地区生产总值突破200亿元。", 2019),
        # A scrape cut below its title that opens on the review of 2013: the report of 2014.
        ("一、2013年工作回顾\n2013年,我们圆满完成了年度工作任务。\n(一)经济平稳健康发展\n"
         "1.经济实力不断增强。预计全年实现地区生产总值突破2000亿元。", 2014),
    ],
)
def test_a_work_report_reviewing_a_year_is_of_the_year_after(text: str, year: int) -> None:
    doc = run_components(ExtractionDoc(text=text), ("structure",))
    assert find_meta(text, sections=doc.sections).year == year


def test_a_headline_narrating_who_delivered_the_report_is_news_dated_by_its_byline() -> None:
    text = ("资阳市三届人大五次会议27日开幕 陈吉明作报告\n"
            "四川在线资阳频道消息(记者 梁小雨)2月27日下午3点,资阳市第三届人民代表大会第五次会议开幕。")
    assert find_meta(text, page_meta={"发布日期": "2015-02-27"}).issued == "2015-02-27"


def test_news_of_a_report_dated_by_the_session_and_estimating_the_year_it_reviews() -> None:
    text = ("长寿:未来五年坚持以区域协同带动全域开放\n"
            "1月8日,长寿区第十九届人民代表大会第一次会议上,戴明在代表区政府作政府工作报告时表示,过去五年成绩显著。\n"
            "报告指出,2021年,长寿实现了“十四五”良好开局。预计地区生产总值820亿元、增长8%以上。")
    meta = find_meta(text)
    assert (meta.year, meta.issued) == (2022, "2022-01-08")


@pytest.mark.parametrize(("title", "kind"), [("招商引资工作自查报告", "progress"), ("关于2023年招商工作情况的报告", "progress"),
                                              ("2021年临江市政府工作报告", None), ("某县招商引资实施方案", None)])
def test_a_bodys_report_of_its_own_work_is_a_progress_report(title: str, kind: str | None) -> None:
    assert report_kind(title, None) == kind


def test_news_of_the_national_report_is_of_its_sessions_year_whatever_years_it_names() -> None:
    text = ("编者按:\n3月22日,新华社受权全文播发李克强总理代表国务院在十三届全国人大一次会议上所作的《政府工作报告》。\n"
            "数字1:6.5%左右\n国内生产总值增长6.5%左右。到2020年实现全面建成小康社会。")
    meta = find_meta(text)
    assert (meta.region, meta.year, meta.issued) == ("全国", 2018, "2018-03-22")


def test_a_progress_report_since_a_year_is_of_the_year_its_page_dates() -> None:
    text = ("关于2016年以来发改渠道下达项目进展情况的通报\n县直各有关单位:\n"
            "2017年项目未竣工1项。2020年已下达中央预算内项目20项,开工7项。")
    assert find_meta(text, page_meta={"生效日期": "2020-08-13"}).year == 2020


@pytest.mark.parametrize(("text", "title", "issuer", "issued"), [
    # a dash drawn with box lines
    ("2013年珠海市政府工作报告/全文\n政府工作报告\n──2013年1月20日在珠海市第八届人民代表大会第三次会议上\n各位代表:",
     "政府工作报告", "珠海市人民政府", "2013-01-20"),
    # a subtitle wrapped onto the next line, opening the scrape: no title
    ("—— 2016年2月19日在准格尔旗\n第十六届人民代表大会第五次会议上\n准格尔旗旗长 额登毕力格\n各位代表:",
     None, "准格尔旗人民政府", "2016-02-19"),
    # a subtitle in brackets naming the congress short
    ("政府工作报告\n(2021年3月29日在州八届人大七次会议第一次全体会议上)\n州人民政府代理州长 黄兴文\n各位代表:",
     "政府工作报告", None, "2021-03-29"),
    # a site's headline over the report's own title line
    ("泉州人民政府2011年工作报告\n政府工作报告\n——2012年1月5日在泉州市第十五届\n人民代表大会第一次会议上\n各位代表:",
     "泉州人民政府2011年工作报告", "泉州市人民政府", "2012-01-05"),
])
def test_a_work_reports_subtitle_in_the_shapes_copies_give_it(text: str, title: str | None, issuer: str | None,
                                                               issued: str) -> None:
    meta = find_meta(text)
    assert (meta.title, meta.issued) == (title, issued)
    if issuer:
        assert meta.issuer == issuer


@pytest.mark.parametrize(("lines", "title"), [
    (["盐城市人民政府办公室", "关于分解落实2019年市政府工作报告", "主要目标任务的通知", "各县(市、区)人民政府:"],
     "盐城市人民政府办公室关于分解落实2019年市政府工作报告主要目标任务的通知"),
    # a notice's title over its plan's own: no wrap
    (["某县人民政府", "关于印发某县招商引资实施方案的通知", "某县招商引资实施方案", "各乡镇:"],
     "某县人民政府关于印发某县招商引资实施方案的通知"),
    # a headline in title marks
    (["《武汉市人民政府办公厅关于印发2023年市〈政府工作报告〉目标任务责任分解方案的通知》", "武政办〔2023〕1号", "各区人民政府:"],
     "武汉市人民政府办公厅关于印发2023年市〈政府工作报告〉目标任务责任分解方案的通知"),
])
def test_the_notices_title_as_copies_print_it(lines: list[str], title: str) -> None:
    assert find_meta("\n".join(lines)).title == title


def test_a_plan_report_to_the_congress_is_dated_by_its_delivery() -> None:
    text = ("关于深圳市2015年国民经济和社会发展计划执行情况与2016年计划(草案)的报告\n"
            "——2016年1月31日在深圳市第六届人民代表大会第二次会议上\n深圳市发展和改革委员会主任 王宏彬\n各位代表:")
    assert find_meta(text).issued == "2016-01-31"


def test_a_place_named_as_an_honour_is_no_place_of_the_text() -> None:
    # 平安区 is a district of 海东市, and the title 全省平安区 a county or district earns
    text = ("2022年是本届政府开局之年。成功获评全省粮食生产标兵区,连续十三年保持全省平安区称号。\n"
            "岳阳市君山区坚持稳中求进工作总基调,区委坚强领导。")
    assert find_meta(text).region == "君山区"


def test_a_headline_explaining_a_report_spaced_out_is_news_of_the_year_it_plans() -> None:
    # 一图读懂 names the report it explains: news, dated by its byline, of the year it plans
    text = ("一 图 读 懂 政 府 工 作 报 告\n"
            "2018年,我们坚持稳中求进工作总基调,保持了经济持续健康发展和社会大局稳定。\n"
            "预计地区生产总值360亿元、增长8.5%。")
    meta = find_meta(text, page_meta={"发布日期": "2019-01-17"})
    assert (meta.report, meta.issued, meta.year) == (True, "2019-01-17", 2019)


def test_an_untitled_text_that_says_it_reports_is_a_report_though_it_names_its_targets() -> None:
    text = ("2019年以来,我县不断创新招商思路。现将2019年1-5月招商引资工作情况汇报如下:\n"
            "一、产业大招商工作方面\n(一)目标任务完成情况。2019年市政府下达我县的目标任务数为引进资金27亿元。")
    meta = find_meta(text)
    assert (meta.report, meta.year) == (True, 2019)


def test_a_text_that_prints_no_year_but_a_five_year_plans_targets_is_of_the_plans_first_year() -> None:
    text = "报告也谋划了发展蓝图\n“十四五”主要目标\n力争高新技术企业增加到4000家以上,海洋生产总值达4250亿元。"
    meta = find_meta(text, sections=find_sections(text.split("\n")))
    assert (meta.year, meta.plan_years) == (2021, [2021, 2022, 2023, 2024, 2025])


@pytest.mark.parametrize("opening", ["预计2021年全市地区生产总值增长9%左右。", "2021年,预计全市地区生产总值增长9%左右。"])
def test_news_of_a_report_estimating_a_years_results_is_of_the_year_after(opening: str) -> None:
    text = f"新华网福州1月8日电 {opening}\n在1月7日开幕的福州市第十六届人民代表大会第一次会议上,市长代表市政府向大会作政府工作报告。"
    assert find_meta(text).year == 2022


@pytest.mark.parametrize(("title", "report"), [("2019年崇明区政府实事项目和重点工程安排", False),
                                                ("崇明区召开实事项目推进会", True)])
def test_a_title_naming_a_years_arrangement_is_a_plan_not_news(title: str, report: bool) -> None:
    assert find_meta(f"{title}\n完成30台多层住宅电梯加装工作。").report is report
