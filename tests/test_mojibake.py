"""GBK text decoded one byte late: detection, byte-level repair, and leaving good text alone.

The first cases are lines copied from a real scrape (Traditional text with pinyin aids,
site 003 of the corpus); the simulated ones damage a clean line the same way
(`gbk_shift_damage`, the model of the damage), so the repair is checked against the model rather than against strings.
"""
from __future__ import annotations

import pytest

from normalize.edits import apply_edits
from normalize.latin1_gbk import latin1_gbk_edits
from normalize.mojibake import REPLACEMENT, damaged_indent_edits, find_gbk_shift_repairs, gbk_shift_damage


def _damage(line: str) -> str:
    damaged = gbk_shift_damage(line)
    assert damaged is not None, f"{line!r} has characters GBK lacks"
    return damaged


def _repair(text: str) -> str:
    return apply_edits(text, find_gbk_shift_repairs(text))[0]


# (name, text, the line to check, what that line must read after the repair)
REAL = [
    # 。ù思 = A1A3 A8B4 CBBC, two shifted pairs (FEB9, ABE9) dropped, '_' = trail 5F of 開;
    # 件/公 come back only through the formula 此件公开发布, 開 through its aid (kāi).
    ("gbk_shift_dropped_pairs_formula",
     "2024年2月28日\n?。ù思_(kāi)發(fā)布)",
     1, "（此件公開(kāi)發(fā)布)"),
    # '?' = A7 + '(' : 導 = 8C|A7 from its aid dǎo; the heading opens its section.
    ("gbk_shift_heading",
     "一、總體要求\n?。ㄒ唬┲笇?dǎo)思想。以習(xí)近平新時(shí)代中國(guó)特色社會(huì)主義思想為指導(dǎo),"
     "\n(二)主要目標(biāo)。",
     1, "（一）指導(dǎo)思想。以習(xí)近平新時(shí)代中國(guó)特色社會(huì)主義思想為指導(dǎo),"),
    ("gbk_shift_invalid_trail_eats_paren",
     "二、主要任務(wù)\n?。ㄒ唬﹫?jiān)持市縣統(tǒng)籌,構(gòu)建全市“一盤(pán)棋”招商格局。"
     "\n(二)實(shí)施精準(zhǔn)招商,大力引進(jìn)全球優(yōu)質(zhì)產(chǎn)業(yè)項(xiàng)目。",
     1, "（一）堅(jiān)持市縣統(tǒng)籌,構(gòu)建全市“一盤(pán)棋”招商格局。"),
    # Two dropped pairs (FEA3 → 二/）, AACB → 要/素), folded full-width U and B,
    # and 實 from its aid; 要素 is a word the notice uses elsewhere.
    ("gbk_shift_dropped_pua_pair",
     "5.聚焦產(chǎn)業(yè)鏈招商。建立“鏈長(zhǎng)+部門(mén)+鏈主+項(xiàng)目+要素+活動(dòng)”聯(lián)動(dòng)工作機(jī)制。"
     "\n(一)強(qiáng)化考核評(píng)價(jià)。"
     "\n?。ǘ┩晟埔乇U稀B鋵?shí)招大引強(qiáng)雙周例會(huì)機(jī)制,加快推進(jìn)項(xiàng)目進(jìn)程。"
     "\n(三)優(yōu)化營(yíng)商環(huán)境。促進(jìn)要素資源在更大範(fàn)圍內(nèi)暢通流動(dòng)。",
     2, "（二）完善要素保障。落實(shí)招大引強(qiáng)雙周例會(huì)機(jī)制,"
        "加快推進(jìn)項(xiàng)目進(jìn)程。"),
    ("gbk_shift_heading_numbering",
     "(三)優(yōu)化營(yíng)商環(huán)境。\n?。ㄋ模┞鋵?shí)容錯(cuò)免責(zé)。",
     1, "（四）落實(shí)容錯(cuò)免責(zé)。"),
    # 。“ = A1A3 A1B0: the skipped A1 is the stray '?', the shifted A3A1 a folded '!';
    # the lost lead before an opening quote is the clause's closing mark.
    ("gbk_shift_after_a_closing_mark",
     "投資過億元的項目439個,占到位資金總數(shù)的91%?!拔鍍?yōu)一新”產業(yè)項目502個",
     0, "投資過億元的項目439個,占到位資金總數(shù)的91%。“五優(yōu)一新”產業(yè)項目502個"),
]

# (name, sibling lines before, the clean line to damage, sibling lines after)
SIMULATED = [
    ("sim_heading_numeral_from_siblings_dropped_pair",
     ["(一)強化考核評價。"], "（二）加強組(zǔ)織領(lǐng)導(dǎo),落實責任。", ["(三)優化營商環境。"]),
    ("sim_dropped_pair_inside_word",
     ["二、保障措施"], "（一）健全工作機(jī)制,", ["(二)加大資金支持。"]),
    ("sim_invalid_trail_eats_paren",
     ["(二)加大資金支持。"], "（三）嚴(yán)格督查考核,", ["(四)其他事項。"]),
    ("sim_ascii_trail_letter_ends_run",
     ["一、總體要求"], "（一）基本原則。堅(jiān)持", ["(二)主要目標"]),
    ("sim_dropped_pair_then_ascii_trail",
     ["(四)其他事項。"], "（五）營造良好氛圍", ["(六)其他事項。"]),
    ("sim_plain_paragraph_without_heading",
     [], "各地要完善工作機(jī)制。", []),
]

UNTOUCHED = [
    ("simplified_text", "各县（市、区）人民政府，市政府各部门：现印发给你们，请认真贯彻实施。"),
    ("traditional_with_aids", "各縣(市、區(qū))人民政府,市政府各部門(mén)、直屬各單位:"),
    ("stray_question_mark_kept", "第十二届中国·廊坊国际经济贸易洽谈会(5?18廊洽会)期间签约"),
    ("ascii_and_fullwidth_question_marks", "是否需要？是否需要?對此"),
    ("line_start_question_mark_before_plain_text", "?关于印发方案的通知"),
    ("url_with_query_string", "详见http://www.gov.cn/a.jsp?id=5&k=中文&n=2"),
    ("pinyin_in_text", "lǜsè發展(zhǎn)理念"),
    ("circled_number_list", "①加强组织领导，②完善工作机制"),
    ("bopomofo_in_text", "（ㄅ）注音符號"),
    ("fullwidth_letters_in_text", "全域QFLP試點,A股上市"),
]


@pytest.mark.parametrize(("text", "line_no", "expected"), [c[1:] for c in REAL], ids=[c[0] for c in REAL])
def test_real_damaged_lines(text: str, line_no: int, expected: str) -> None:
    assert _repair(text).split("\n")[line_no] == expected


@pytest.mark.parametrize(("before", "clean", "after"), [c[1:] for c in SIMULATED],
                         ids=[c[0] for c in SIMULATED])
def test_simulated_damage(before: list[str], clean: str, after: list[str]) -> None:
    damaged = _damage(clean)
    assert damaged != clean and damaged.startswith("?")
    text = "\n".join([*before, damaged, *after])
    assert _repair(text).split("\n")[len(before)] == clean


@pytest.mark.parametrize("text", [c[1] for c in UNTOUCHED], ids=[c[0] for c in UNTOUCHED])
def test_must_not_touch(text: str) -> None:
    assert find_gbk_shift_repairs(text) == []


def test_unknown_lost_byte_is_marked() -> None:
    # The '?' ate a byte that was not an aid's '(' (here a ','): it cannot be known.
    fixed = _repair("?。ㄒ唬┲笇?,")
    assert fixed.startswith("（一）指") and fixed.endswith(REPLACEMENT + ",")


def test_edits_are_spans_with_notes() -> None:
    text = "(三)優化營商環境。\n?。ㄋ模┞鋵?shí)容錯(cuò)免責(zé)。"
    (edit,) = find_gbk_shift_repairs(text)
    assert text[edit.start:edit.end] == "?。ㄋ模┞鋵?"
    assert edit.new == "（四）落實("
    assert "A1A3A8CBC4A3A9C2E48C" in edit.note and "實" in edit.note


def test_clean_traditional_notice_is_untouched() -> None:
    text = ("各縣(市、區(qū))人民政府,市政府各部門(mén)、直屬各單位:現印發(fā)給你們,請認真貫徹實施。\n"
            "(一)強化考核評價。將招大引強工作納入年度綜合考核,分值權重分別不低於15%和10%。\n") * 120
    assert find_gbk_shift_repairs(text) == []


@pytest.mark.parametrize("text", ["АТЦ", "иуФ»  тЙ«тЇџтЙ«С┐А  СИЅСИфжЊЙТјЦ--> "])
def test_odd_runs_without_context_do_not_crash(text: str) -> None:
    # Cyrillic runs once made the candidate scorer divide by an empty list.
    find_gbk_shift_repairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each ideographic space of a paragraph indent became two '?' (its bytes A1 A1)
        ("????梧州日报讯\n????近年来，我市全面实施“东向”战略。", "\u3000\u3000梧州日报讯\n\u3000\u3000近年来，我市全面实施“东向”战略。"),
        # a question in the text, or an odd run of '?', is no indent
        ("是否完成??\n???未知", "是否完成??\n???未知"),
        # a signature's deep indent and a blank line, their spaces lost to '?'
        ("现印发给你们。\n?\n????????????????????????? ?泰州市人民政府\n????????????????????? 2018年12月24日",
         "现印发给你们。\n\n泰州市人民政府\n2018年12月24日"),
    ],
)
def test_a_damaged_paragraph_indent_is_restored(text: str, expected: str) -> None:
    assert apply_edits(text, damaged_indent_edits(text))[0] == expected



# GBK read as Latin-1 (or as UTF-8 falling back to Latin-1): the first line is copied from a
# real scrape, whose bytes E5 A3 AC happened to read as UTF-8 (壬) and whose cut lost a byte.
@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("¡¶Òâ¼û¡·½øÒ»²½Ç¿µ÷Á˺ÓÄÏÁ¸Ê³Éú²úºËÐÄÇø½¨ÉèµÄÖØÒªÒâÒ壬", "《意见》进一步强调了河南粮食生产核心区建设的重要意义，"),
        ("作为全国第一人口大省，到2015年全省粮食综合生产能力达到600亿公斤。".encode("gbk").decode("latin-1"),
         "作为全国第一人口大省，到2015年全省粮食综合生产能力达到600亿公斤。"),
    ],
)
def test_gbk_read_as_latin1_is_read_back(damaged: str, clean: str) -> None:
    assert apply_edits(damaged, latin1_gbk_edits(damaged))[0] == clean


@pytest.mark.parametrize("text", ["Café crème à Paris, été 2024: très bien.", "价格 €12,50 • 2024年", "ÄÖÜ äöü ß"])
def test_latin_text_is_not_read_as_gbk(text: str) -> None:
    assert latin1_gbk_edits(text) == []
