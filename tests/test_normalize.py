"""Normalisation: one table of small cases per normaliser, then whole notices."""
from __future__ import annotations

import tomllib

import pytest

from ingest import ingest_bytes, ingest_path
from normalize import normalize_notice
from normalize.copy_damage import (
    anti_copy_edits,
    hard_wrap_edits,
    ideographic_point_edits,
    injected_spam_edits,
    jump_mark_edits,
    page_mark_edits,
    quote_edits,
    script_note_edits,
    spaced_decimal_edits,
    stray_space_edits,
)
from normalize.edits import Edit, TrackedText, apply_edits
from normalize.page_meta import normalize_page_meta
from normalize.pinyin_aids import pinyin_aid_edits
from normalize.script import script_of
from normalize.spinner import spinner_edits
from tests.conftest import CASES, CORPUS, canon

NOTICES = tomllib.loads((CASES / "notices.toml").read_text(encoding="utf-8"))["notice"]


def apply(text: str, edits: list[Edit]) -> str:
    return apply_edits(text, edits)[0]


def normalized(text: str) -> str:
    return normalize_notice(ingest_bytes(text.encode("utf-8"), source="case.txt")).text


@pytest.mark.parametrize(
    ("case", "before", "after"),
    [
        ("aid_in_unit_list", "各縣(市、區(qū))人民政府", "各縣(市、區)人民政府"),
        ("aid_with_tone_mark", "市政府各部門(mén)、直屬各單位", "市政府各部門、直屬各單位"),
        ("consecutive_aids", "實(shí)施", "實施"),
        ("aid_umlaut", "綠(lǜ)色", "綠色"),
        ("toneless_aid_that_is_a_reading", "關(guan)于", "關于"),
        ("fullwidth_parens_aid", "項（xiàng）目", "項目"),
        ("real_parens_acronym", "政府和社会资本合作(PPP)模式", "政府和社会资本合作(PPP)模式"),
        ("real_parens_unit_list", "各县(市、区)政府", "各县(市、区)政府"),
        ("real_parens_pilot", "考核办法(试行)", "考核办法(试行)"),
        ("toneless_word_not_a_reading", "网站(beta)版", "网站(beta)版"),
        ("toneless_syllable_of_another_char", "關(shi)于", "關(shi)于"),
        ("latin_after_latin", "QFLP(qflp)试点", "QFLP(qflp)试点"),
        ("uppercase_not_aid", "秦皇岛(QHD)", "秦皇岛(QHD)"),
        ("aid_cut_by_the_end_of_the_scrape", "實(shí)施一個(g", "實施一個"),
        ("cut_letters_on_a_page_without_aids", "实施一个(g", "实施一个(g"),
    ],
)
def test_pinyin_aids(case, before, after):
    assert apply(before, pinyin_aid_edits(before)) == after, case


@pytest.mark.parametrize(
    ("case", "before", "after"),
    [
        ("first_time", "根据落地条件头部时间传导相关县(市、区)", "根据落地条件第一时间传导相关县(市、区)"),
        ("ranked_first_second", "对年度考核排名头部、二位的县(市、区)", "对年度考核排名第一、二位的县(市、区)"),
        ("ranked_last", "对排名倒数头部、二位的县(市、区)", "对排名倒数第一、二位的县(市、区)"),
        ("first_issue", "青创大讲堂(头部期)举行", "青创大讲堂(第一期)举行"),
        ("last_swapped", "考核结果蕞后一名的园区通报批评", "考核结果最后一名的园区通报批评"),
        ("leading_firms_real_word", "国内外头部企业合作", "国内外头部企业合作"),
        ("leading_investors_real_word", "吸引全球头部投资机构", "吸引全球头部投资机构"),
        ("head_injury_real_word", "头部受伤", "头部受伤"),
        ("tiny_real_word", "蕞尔小国", "蕞尔小国"),
        ("head_during", "头部期间", "头部期间"),
        ("variant_left_by_opencc", "民生“十件实事”取得较好成傚", "民生“十件实事”取得较好成效"),
        # A page the spinner rewrote whole shows its signs: its swaps are undone.
        ("spun_page", "进一步加鼎力度支持民间投资生长实行方案。依托在线审批羁系平台,施展重大项目作用,支持民间资本介入。(省生长改造委牵头卖力)",
         "进一步加大力度支持民间投资发展实施方案。依托在线审批监管平台,发挥重大项目作用,支持民间资本参与。(省发展改革委牵头负责)"),
        # Another spinner's table (完成→完结, 任务→使命, 投资→出资, 显著→显着): undone on its page.
        ("spun_page_2", "数据显现,协议出资额229.66亿元,完结年度使命的143.5%。长鹿国际生态旅游休假区让招商成效显着。",
         "数据显示,协议投资额229.66亿元,完成年度任务的143.5%。长鹿国际生态旅游度假区让招商成效显著。"),
        # One real word the spinner also uses is no sign of a spun page.
        ("unspun_page", "支持民间资本介入重点领域,植物生长,实行河长制。", "支持民间资本介入重点领域,植物生长,实行河长制。"),
    ],
)
def test_spinner_swaps(case, before, after):
    assert apply(before, spinner_edits(before)) == after, case


_WRAPPED = ("一年来,地区生产总值增长5.1%,一般公共预算收入完成3.98亿元,固定资产投资\n"
            "完成15亿元,社会消费品零售总额完成16亿元,城乡常住居民人均可支配收入分别达到\n"
            "37462元和17597元、增长7%和10%。\n"
            "(一)聚焦聚力打好三大攻坚战,为经济社会高质量发展提供坚强保障。规范政\n"
            "府举债行为,政府债务全部纳入预算管理,严格落实政府性债务化解方案,2018年化解\n"
            "政府性债务4.75亿元,完成年度任务的115%,其中十个全覆盖及人居环境整治工程\n"
            "款全部化解。争取上级化债奖励资金5500万元。对隐性债务进行深入甄别,制定了化解\n"
            "政府隐性债务风险实施方案。")


@pytest.mark.parametrize(
    ("case", "step", "before", "after"),
    [
        # A forum's jammer runs before, after or instead of a line's text go; a row of numbers stays.
        ("jammer_before", anti_copy_edits, "- a# q/ r; Y9 ~2 }; F2 ^2009年,汶上县新开工项目113个",
         "2009年,汶上县新开工项目113个"),
        ("jammer_after", anti_copy_edits, "确保取得显著成效。2 }, w# j1 H\" I6 z6 g& S\n孙琪强调", "确保取得显著成效。\n孙琪强调"),
        ("jammer_after_a_space", anti_copy_edits, "等多个领域。 \" w\" \\0 }( B6 T% K; i\n本次集中签约的项目33个",
         "等多个领域。\n本次集中签约的项目33个"),
        ("jammer_line", anti_copy_edits, "2 t0 d2 Y7 n8 G8 R& p5 b * [4 L# L7 d' V+ R) d7 h\n会议", "\n会议"),
        ("numbers_stay", anti_copy_edits, "1 2 3 4 5 6 7\n会议", "1 2 3 4 5 6 7\n会议"),
        # A token glued to the end of many paragraphs goes; an abbreviation stays.
        ("tail_token", anti_copy_edits, "各位代表:vfO\n工作回顾vfO\n任务。vfO\n工作。vfO\n增长GDP",
         "各位代表:\n工作回顾\n任务。\n工作。\n增长GDP"),
        # A copy that flattened its paragraphs into one line keeps the token before each gap: a break.
        ("tail_token_before_gaps", anti_copy_edits, "政府工作报告jZD  2019年5月23日jZD   各位代表:jZD   现在,我代表jZD   一、回顾",
         "政府工作报告\n2019年5月23日\n各位代表:\n现在,我代表\n一、回顾"),
        ("tail_token_rare", anti_copy_edits, "任务。vfO\n工作。vfO\n", "任务。vfO\n工作。vfO\n"),
        ("abbreviation", anti_copy_edits, "增长GDP\n占GDP\n拉动GDP\n带动GDP", "增长GDP\n占GDP\n拉动GDP\n带动GDP"),
        # A copy that split its years puts spaces inside words too: they go; names set apart stay elsewhere.
        ("stray_spaces", stray_space_edits, "决定对我市承担的 20 21 年省、 郑州市政府工作报告\n责任单位: 市 住建局 、资源规划 局\n"
         "(郑政办〔 20 21 〕 15 号)", "决定对我市承担的2021年省、郑州市政府工作报告\n责任单位:市住建局、资源规划局\n(郑政办〔2021〕15号)"),
        ("spaces_between_names_stay", stray_space_edits, "县长 蒋 铃\n责任单位:市发改委 市财政局\n2021年",
         "县长 蒋 铃\n责任单位:市发改委 市财政局\n2021年"),
        ("quotes", quote_edits, "打好;;三大攻坚战;;,其中;;十个全覆盖;;及", "打好“三大攻坚战”,其中“十个全覆盖”及"),
        # A paper's marks where the article jumps pages go; the paragraph reads on. A page named in a sentence stays.
        ("jump_marks", jump_mark_edits, "提供了行动指南。（下转第四版）（紧接第一版） 我们坚持人民至上。(上接A1版)全年增长5%。",
         "提供了行动指南。我们坚持人民至上。全年增长5%。"),
        ("page_named_in_a_sentence", jump_mark_edits, "本报第四版刊登全文(见第四版)。", "本报第四版刊登全文(见第四版)。"),
        ("jump_mark_in_square_brackets", jump_mark_edits, "成为重要力量。【下转第9版①】 ", "成为重要力量。"),
        # A document site's page counter spliced where its pages break goes; one naming pages stays.
        ("page_mark", page_mark_edits, "成立领导小组,负责全县第1页共18页秸秆禁烧和综合利用指导工作。",
         "成立领导小组,负责全县秸秆禁烧和综合利用指导工作。"),
        ("pages_named_in_a_sentence", page_mark_edits, "报告第1页共列出18项任务。", "报告第1页共列出18项任务。"),
        # A spam copy's gambling names injected mid-sentence go; a sentence naming 澳门 stays.
        ("injected_spam", injected_spam_edits, "请于每月28日之前将澳门金沙城中心_欧洲杯足球网-【投注官网平台】2017年林区公路建设进度表报送至县林业局。",
         "请于每月28日之前将2017年林区公路建设进度表报送至县林业局。"),
        # A content farm's notes on characters go; a bracket of the notice's own stays.
        ("script_notes", script_note_edits, "着力化解“入园[繁体:園]难”问题,新建公办(繁体:辦)幼儿园9所。\n二(读:èr)、实施步骤(读书活动)"
         "\n其中{拼音:zhōng}:古浪县4所", "着力化解“入园难”问题,新建公办幼儿园9所。\n二、实施步骤(读书活动)\n其中:古浪县4所"),
        ("macao_in_a_sentence", injected_spam_edits, "组织企业赴澳门-香港开展招商推介,签约项目12个。",
         "组织企业赴澳门-香港开展招商推介,签约项目12个。"),
        # A fixed-width copy's breaks inside sentences join; the end of a sentence and an item stay.
        ("hard_wrap", hard_wrap_edits, _WRAPPED, _WRAPPED.replace("投资\n", "投资").replace("达到\n", "达到")
         .replace("规范政\n", "规范政").replace("化解\n", "化解").replace("工程\n", "工程")),
        # …and a line it justified to the width loses the spaces spread between its words.
        ("justified_line", hard_wrap_edits, _WRAPPED.replace("城乡常住居民人均可支配收入", "城乡居民人 均可 支 配收入"),
         _WRAPPED.replace("城乡常住居民", "城乡居民").replace("投资\n", "投资").replace("达到\n", "达到")
         .replace("规范政\n", "规范政").replace("化解\n", "化解").replace("工程\n", "工程")),
        # A decimal a copy broke after its point joins; an item number opening a line stays.
        ("spaced_decimal", spaced_decimal_edits, "全省生产总值6835. 27亿元,人口自然增长率6. 2‰。\n1. 27个乡镇完成任务。",
         "全省生产总值6835.27亿元,人口自然增长率6.2‰。\n1. 27个乡镇完成任务。"),
        # Decimal points a converter made 。 come back on a page with several; a sentence ending on
        # a figure before a date, or one such figure alone, stays.
        ("ideographic_points", ideographic_point_edits, "全县生产总值同比增长9。5%,规模以上工业增加值373。15亿元。共签约15个。3月召开推进会。",
         "全县生产总值同比增长9.5%,规模以上工业增加值373.15亿元。共签约15个。3月召开推进会。"),
        ("one_point_stays", ideographic_point_edits, "全年签约项目15。6个项目已开工。", "全年签约项目15。6个项目已开工。"),
        ("paragraphs_stay", hard_wrap_edits, "一年来,全市地区生产总值增长5.1%\n二、主要工作\n规范政府举债行为,政府债务全部纳入"
         "预算管理,严格落实政府性债务化解方案\n化解政府性债务", "一年来,全市地区生产总值增长5.1%\n二、主要工作\n"
         "规范政府举债行为,政府债务全部纳入预算管理,严格落实政府性债务化解方案\n化解政府性债务"),
    ],
)
def test_copy_damage(case, step, before, after):
    assert apply(before, step(before)) == after, case


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("嘉興市進一步推動招大引強工作實施方案", "hant"),
        ("嘉兴市进一步推动招大引强工作实施方案", "hans"),
        # One traditional character in over a hundred Han characters stays below 1%.
        ("沧州市" * 40 + "區", "hans"),
    ],
)
def test_script(text, script):
    assert script_of(text) == script


@pytest.mark.parametrize(
    ("case", "page_meta", "script", "expected"),
    [
        ("hant_label_and_value", {"發文機關": "臨江市人民政府辦公室"}, "hant", {"发文机关": "临江市人民政府办公室"}),
        ("hant_padded_label", {"標　　題：": "關於印發實施方案的通知"}, "hant", {"标题": "关于印发实施方案的通知"}),
        ("half_width_colon_and_spaces", {"发文字号 :": "国办发〔2019〕3号"}, "hans", {"发文字号": "国办发〔2019〕3号"}),
        ("hans_values_as_printed", {"发文机关": "臺灣事務辦公室"}, "hans", {"发文机关": "臺灣事務辦公室"}),
        ("printed_label_before_derived", {"發佈日期": "2021年3月8日", "发布日期": "2021-03-09"}, "hant",
         {"发布日期": "2021年3月8日"}),
        ("value_with_line_break", {"標題": "關於開展\n治理工作的通知", "來源": ""}, "hant",
         {"标题": "关于开展\n治理工作的通知", "来源": ""}),
        ("empty", {}, "hant", {}),
    ],
)
def test_page_meta(case, page_meta, script, expected):
    assert normalize_page_meta(page_meta, script) == expected


def test_page_meta_reaches_the_normalized_notice():
    page = ("<html><body><div><p>發文機關：臨江市人民政府辦公室</p><p>成文日期：2021年3月2日</p>"
            "<p>各鄉鎮人民政府、街道辦事處，市政府各部門：現將有關事項通知如下，請認真貫徹執行。</p></div></body></html>")
    notice = normalize_notice(ingest_bytes(page.encode("utf-8"), source="page.html"))
    assert notice.page_meta["发文机关"] == "临江市人民政府办公室"
    assert notice.ingested.page_meta["發文機關"] == "臨江市人民政府辦公室"  # ingest keeps what the page printed


def test_t2s_only_where_traditional_and_no_vocabulary_rewrite():
    assert normalized("建立實施方案,網際網路最佳化") == "建立实施方案,互联网优化"
    assert normalized("建立实施方案,推动资源优化") == "建立实施方案,推动资源优化"


def test_a_traditional_page_gets_the_mainland_form_of_taiwans_variant_characters():
    # 著 stands for 着 in Taiwan's print (著力, 著眼, 意味著); 著名, 顯著 and 卓著 keep 著 (where
    # OpenCC's tw2s would not); a Simplified page keeps its 著.
    assert normalized("著力建設大宗貿易中心城市,著眼長遠,透過兼併重組培育著名企業,成效顯著,三農工作成效卓著,"
                      "這意味著全市生活垃圾分類全面推開") == \
        "着力建设大宗贸易中心城市,着眼长远,通过兼并重组培育著名企业,成效显著,三农工作成效卓著,这意味着全市生活垃圾分类全面推开"
    assert normalized("著力建设大宗贸易中心城市") == "著力建设大宗贸易中心城市"


def test_a_traditional_page_gets_the_standard_form_of_a_variant_opencc_leaves():
    assert normalized("陜西省第十三屆人民代表大會第五次會議在西安開幕") == "陕西省第十三届人民代表大会第五次会议在西安开幕"


def test_a_simplified_page_keeps_its_standard_characters_and_converts_stray_traditional_ones():
    # t2s reads 乾 as 干 by a guess: in a reporter's name on a Simplified page it is no 干.
    # A stray 們 is outside the Simplified set and is converted.
    lead = "新甘肃·甘肃日报记者 金奉乾\n" + "今年以来，武威市实施强科技、强工业、强县域行动，推动经济运行稳步提质。" * 3
    assert normalized(lead).startswith("新甘肃·甘肃日报记者 金奉乾")
    assert "他们" in normalized(lead + "他們")


def test_numbers_units_punctuation_untouched():
    text = "全年全市实际利用外资完成6.6亿美元,同比增长5%;(牵头单位:市商务局)"
    assert normalized(text) == text


def test_offset_map_points_back_to_the_scraped_words():
    scraped = "各縣(市、區(qū))人民政府,市政府各部門(mén):\n考核排名头部、二位"
    notice = normalize_notice(ingest_bytes(scraped.encode(), source="case.txt"))
    assert notice.text == "各县(市、区)人民政府,市政府各部门:\n考核排名第一、二位"
    start = notice.text.index("部门")
    a, b = notice.to_source_span(start, start + 2)
    assert scraped[a:b].startswith("部門")
    start = notice.text.index("第一")
    a, b = notice.to_source_span(start, start + 2)
    assert scraped[a:b] == "头部"
    assert len(notice.origin) == len(notice.text) + 1


def test_tracked_text_composes_batches():
    tracked = TrackedText("abcdef")
    tracked.apply([Edit(1, 3, "X")])           # aXdef
    tracked.apply([Edit(0, 0, ">>"), Edit(2, 3, "")])  # >>aXef
    assert tracked.text == ">>aXef"
    assert tracked.origin[tracked.text.index("e")] == 4
    assert tracked.origin[-1] == 6


@pytest.mark.parametrize("notice", NOTICES, ids=[n["file"][:3] for n in NOTICES])
def test_whole_notice_normalisation(notice):
    result = normalize_notice(ingest_path(CORPUS / notice["file"]))
    text = canon(result.text)
    missing = [s for s in notice["text_keep"] if canon(s) not in text]
    left_in = [s for s in notice["text_drop"] if canon(s) in text]
    assert not missing, f"lost or not repaired: {missing}"
    assert not left_in, f"artifacts left in: {left_in}"
