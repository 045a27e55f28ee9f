"""Saved web pages -> the notice's own text: real pages from corpus/ plus small synthetic cases,
and a Traditional page whose info panel must be read as page fields and give the notice's metadata."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from ingest import ingest_bytes
from ingest.html import HtmlArticle, html_to_article
from policydb.api import export, process_ingested, process_path
from policydb.han import to_simplified
from tests.conftest import CASES, CORPUS

PAGE_CASES: dict[str, dict] = tomllib.loads((CASES / "html_pages.toml").read_text(encoding="utf-8"))
PAGES = sorted(CORPUS.glob("*.html"))


def _nows(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _article(path) -> HtmlArticle:
    return html_to_article(path.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- real pages


def test_every_page_has_a_case() -> None:
    assert PAGES, "no corpus/*.html pages found"
    stems = {p.stem for p in PAGES}
    assert not stems - PAGE_CASES.keys(), (
        f"pages without an entry in html_pages.toml: {stems - PAGE_CASES.keys()}"
    )
    assert not PAGE_CASES.keys() - stems, f"cases without a page in corpus/: {PAGE_CASES.keys() - stems}"


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_page(path) -> None:
    case = PAGE_CASES[path.stem]
    raw = path.read_text(encoding="utf-8")
    art = html_to_article(raw)
    lines = art.text.split("\n")

    assert art.title == case["title"]
    missing = [s for s in case["keep"] if s not in art.text]
    assert not missing, f"main text lost: {missing}"
    not_lines = [s for s in case.get("keep_lines", []) if s not in lines]
    assert not not_lines, f"not a line of its own: {not_lines}"
    for snippet in case["drop"]:
        # The snippet must really be on the page, or the assertion proves nothing.
        assert _nows(snippet) in _nows(raw), f"drop snippet {snippet!r} is not on the page"
        assert _nows(snippet) not in _nows(art.text), f"furniture kept: {snippet!r}"
    for label, value in case.get("meta", {}).items():
        assert art.page_meta.get(label) == value, f"page_meta[{label!r}]"
    assert case["min_lines"] <= len(lines) <= case["max_lines"]
    assert all(line == line.strip() and line for line in lines), "blank or padded line"
    assert not re.search(r"[ \u3000\xa0]{2,}", art.text), "whitespace run left inside a line"


# --------------------------------------------------------------------------- synthetic pages


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


BODY_P = "<p>各县（市、区）人民政府，市政府各部门：现将有关事项通知如下，请认真贯彻执行。</p>"


def test_inline_spans_join_into_their_block_line() -> None:
    art = html_to_article(
        _page(
            '<div><p><span style="x">2015</span><span>年，全县实现生产总值</span>\n'
            "   <span>(GDP)1102284</span>万元，<b>增长</b><font>9.3</font>％。</p></div>"
        )
    )
    assert art.text == "2015年，全县实现生产总值(GDP)1102284万元，增长9.3％。"


def test_whitespace_between_inline_elements() -> None:
    art = html_to_article(
        _page(
            "<p><font>宜春市统计局</font> <font> 国家统计局宜春调查队</font></p>"
            "<p>GDP\n  grew fast in 2022年</p>"
        )
    )
    assert art.text.split("\n") == ["宜春市统计局 国家统计局宜春调查队", "GDP grew fast in 2022年"]


def test_br_and_padding() -> None:
    art = html_to_article(
        _page(
            "<div>一、总体要求<br>（一）指导思想。坚持稳中求进。<br><br>&nbsp;<br>"
            "<p>　　国务院办公厅&nbsp;&nbsp;&nbsp;</p><p>2018年12月29日&nbsp;　</p><p>&nbsp;</p></div>"
        )
    )
    assert art.text.split("\n") == [
        "一、总体要求",
        "（一）指导思想。坚持稳中求进。",
        "国务院办公厅",
        "2018年12月29日",
    ]


def test_characters_are_not_normalised() -> None:
    art = html_to_article(_page("<p>ＧＤＰ增长（约）５％，〔2018〕128号，區(qū)域</p>"))
    assert art.text == "ＧＤＰ增长（约）５％，〔2018〕128号，區(qū)域"


def test_table_rows_become_pipe_lines() -> None:
    table = (
        "<table><thead><tr><th>序号</th><th>任务</th><th>牵头单位</th><th>责任单位</th><th>完成时限</th></tr></thead>"
        "<tbody><tr><td><p>1</p></td><td><p>制定招商目录</p></td><td>市商务局</td>"
        "<td><p>市发改委、</p><p>市财政局</p></td><td>2019年6月底前</td></tr>"
        "<tr><td>2</td><td>开展<span>对接</span></td><td>市招商局</td><td></td><td></td></tr></tbody></table>"
    )
    art = html_to_article(_page(BODY_P + table))
    assert art.text.split("\n")[1:] == [
        "序号 | 任务 | 牵头单位 | 责任单位 | 完成时限",
        "1 | 制定招商目录 | 市商务局 | 市发改委、 市财政局 | 2019年6月底前",
        "2 | 开展对接 | 市招商局",
    ]


def test_nested_tables_layout_cell_holds_a_data_table() -> None:
    inner = (
        "<table><tr><td>指标</td><td>目标值</td></tr>"
        "<tr><td>实际利用外资</td><td>3000万美元</td></tr></table>"
    )
    markup = _page(
        "<table><tr><td width='200'>栏目</td><td>"
        f"<p>关于印发2019年招商工作方案的通知</p>{BODY_P}{inner}<p>市政府办公室</p>"
        "</td></tr></table>"
    )
    lines = html_to_article(markup).text.split("\n")
    assert "指标 | 目标值" in lines
    assert "实际利用外资 | 3000万美元" in lines
    assert "市政府办公室" in lines
    assert not any("栏目 |" in line for line in lines), "layout row joined as data"


def test_scripts_styles_comments_forms_dropped() -> None:
    art = html_to_article(
        _page(
            "<script>var a='脚本文字';</script><style>.x{content:'样式'}</style><!-- 注释文字 -->"
            "<noscript>请启用脚本</noscript><form><input value='搜索词'><button>搜索</button></form>" + BODY_P
        )
    )
    assert art.text == "各县（市、区）人民政府，市政府各部门：现将有关事项通知如下，请认真贯彻执行。"


def test_furniture_around_an_article_without_known_classes() -> None:
    body = "".join(
        f"<p>（{n}）第{n}项工作要求各单位认真落实，确保按期完成各项任务目标，形成工作合力。</p>"
        for n in "一二三四五"
    )
    markup = _page(
        '<div class="top"><a href="/">首页</a><a href="/a">政务公开</a><a href="/b">政务服务</a>'
        "<a href='/c'>互动交流</a></div>"
        "<div class='where'>当前位置：<a href='/'>首页</a> &gt; <a href='/z'>政策文件</a></div>"
        "<div class='main'><div class='box'><h2 class='tt'>关于做好2019年重点工作的通知</h2>"
        "<div class='info'>发布时间：2019-03-01 来源：市政府办公室 浏览次数：312</div>"
        f"<div class='txt'>{body}<p>市人民政府办公室</p><p>2019年3月1日</p></div>"
        "<div>分享到：</div><div>【打印本页】【关闭窗口】</div>"
        "<div>上一篇：<a href='/p'>关于开展安全检查的通知</a></div>"
        "<div>下一篇：<a href='/n'>关于春节放假的通知</a></div>"
        "<div>相关文章</div><ul><li><a href='/1'>某县召开招商会</a></li><li><a href='/2'>签约项目6个</a></li>"
        "<li><a href='/3'>市长调研企业</a></li></ul></div></div>"
        "<div class='ft'><p>主办：某市人民政府 承办：某市人民政府办公室</p><p>网站标识码：1301000001 "
        "冀ICP备05001234号 冀公网安备 13010202000123号</p><p>技术支持：某某科技</p></div>"
    )
    art = html_to_article(markup)
    assert art.title == "关于做好2019年重点工作的通知"
    assert art.text.split("\n")[0] == "关于做好2019年重点工作的通知"
    assert "（五）第五项工作要求" in art.text
    assert art.text.endswith("市人民政府办公室\n2019年3月1日")
    for chrome in [
        "政务服务",
        "当前位置",
        "浏览次数",
        "分享到",
        "打印本页",
        "上一篇",
        "下一篇",
        "相关文章",
        "某县召开招商会",
        "网站标识码",
        "ICP备",
        "技术支持",
        "主办",
    ]:
        assert chrome not in art.text, chrome
    assert art.page_meta == {"发布时间": "2019-03-01", "来源": "市政府办公室"}


def test_info_table_fields_go_to_page_meta() -> None:
    markup = _page(
        "<table class='info'><tr><td><b>索 引 号：</b></td><td>000014349/2018-00230</td>"
        "<td><b>主题分类：</b></td><td>城乡建设、环境保护</td></tr>"
        "<tr><td><b>发文机关：</b></td><td>国务院办公厅</td><td><b>成文日期：</b></td><td>2018年12月29日</td></tr>"
        "<tr><td><b>标　　题：</b></td><td colspan='3'>国务院办公厅关于印发某方案的通知</td></tr>"
        "<tr><td><b>发文字号：</b></td><td>国办发〔2018〕128号</td><td><b>发布日期：</b></td><td>2019年01月21日</td></tr>"
        "<tr><td><b>主 题 词：</b></td><td></td><td></td><td></td></tr></table>"
        "<div id='UCAP-CONTENT'><p>国务院办公厅关于印发某方案的通知</p><p>国办发〔2018〕128号</p>"
        f"{BODY_P}<p>国务院办公厅</p><p>2018年12月29日</p></div><div>扫一扫在手机打开当前页</div>"
    )
    art = html_to_article(markup)
    assert art.page_meta == {
        "索引号": "000014349/2018-00230",
        "主题分类": "城乡建设、环境保护",
        "发文机关": "国务院办公厅",
        "成文日期": "2018年12月29日",
        "标题": "国务院办公厅关于印发某方案的通知",
        "发文字号": "国办发〔2018〕128号",
        "发布日期": "2019年01月21日",
    }
    assert art.title == "国务院办公厅关于印发某方案的通知"
    assert "索引号" not in art.text and "扫一扫" not in art.text
    assert art.text.split("\n")[:2] == ["国务院办公厅关于印发某方案的通知", "国办发〔2018〕128号"]


def test_info_panel_inside_the_article_is_cut_and_read() -> None:
    markup = _page(
        "<div class='article'><dl><dd><label>索 引 号：</label><div>014717475N/2023-0040295</div></dd>"
        "<dd><label>发布机构：</label><div>宜春市统计局</div></dd>"
        "<dd><label>公开方式：</label><div>主动公开</div></dd></dl>"
        f"<p>宜春市2022年国民经济和社会发展统计公报</p>{BODY_P * 3}</div>"
    )
    art = html_to_article(markup)
    assert art.page_meta == {
        "索引号": "014717475N/2023-0040295",
        "发布机构": "宜春市统计局",
        "公开方式": "主动公开",
    }
    assert "014717475N" not in art.text and "主动公开" not in art.text
    assert art.text.startswith("宜春市2022年国民经济和社会发展统计公报\n")


def test_split_title_rejoined_from_page_meta() -> None:
    markup = _page(
        "<table><tr><td>标题：</td><td>国务院办公厅关于印发“无废城市”建设试点工作方案的通知</td>"
        "<td>发文机关：</td><td>国务院办公厅</td></tr></table>"
        "<div id='UCAP-CONTENT'><p><span>国务院办公厅关于印发“无废城市”建设</span></p>"
        f"<p><span>试点工作方案的通知</span></p><p>国办发〔2018〕128号</p>{BODY_P}</div>"
    )
    lines = html_to_article(markup).text.split("\n")
    assert lines[:2] == ["国务院办公厅关于印发“无废城市”建设试点工作方案的通知", "国办发〔2018〕128号"]


def test_split_title_rejoined_inside_one_heading_but_not_its_doc_number() -> None:
    markup = _page(
        f"<div><h1>某市人民政府关于加快推进<br>农业机械化的实施意见<br>某政发〔2019〕5号</h1>{BODY_P}</div>"
    )
    lines = html_to_article(markup).text.split("\n")
    assert lines[:2] == ["某市人民政府关于加快推进农业机械化的实施意见", "某政发〔2019〕5号"]


def test_unrelated_short_lines_are_not_joined_to_the_title() -> None:
    markup = _page(
        f"<div><p>关于印发某方案的通知</p><p>各区政府：</p>{BODY_P}</div>", "<title>关于印发某方案</title>"
    )
    assert html_to_article(markup).text.split("\n")[:2] == ["关于印发某方案的通知", "各区政府："]


def test_title_outside_the_container_is_restored() -> None:
    body = "".join(
        f"<p>第{n}条 各部门要按照职责分工，切实做好相关工作，确保取得实效。</p>" for n in range(1, 8)
    )
    markup = _page(
        f"<div class='detail'><h1 class='article-title'>关于加强安全生产工作的通知</h1>"
        f"<div class='pages_content'>{body}</div></div>",
        "<title>关于加强安全生产工作的通知_某市人民政府</title>",
    )
    art = html_to_article(markup)
    assert art.title == "关于加强安全生产工作的通知"
    assert art.text.split("\n")[0] == "关于加强安全生产工作的通知"
    assert art.text.count("关于加强安全生产工作的通知") == 1


def test_title_from_head_title_is_not_injected_into_text() -> None:
    markup = _page(BODY_P, "<title>某市人民政府 | 关于开展节能宣传周活动的通知</title>")
    art = html_to_article(markup)
    assert art.title == "关于开展节能宣传周活动的通知"
    assert "节能宣传周" not in art.text


def test_attachment_links_are_main_text_but_related_links_are_not() -> None:
    markup = _page(
        f"<div class='content'>{BODY_P * 3}<p>附件：</p><ul>"
        "<li><a href='/f/1.docx'>1.重点任务分工表</a></li><li><a href='/f/2.pdf'>2.考核办法</a></li>"
        "<li><a href='/f/3.xls'>3.项目清单</a></li></ul>"
        "<p>相关链接：</p><ul><li><a href='/x'>市长调研企业</a></li><li><a href='/y'>招商会召开</a></li>"
        "<li><a href='/z'>项目集中开工</a></li></ul></div>"
    )
    text = html_to_article(markup).text
    assert "1.重点任务分工表" in text and "3.项目清单" in text
    assert "相关链接" not in text and "市长调研企业" not in text


def test_notice_lines_that_look_like_furniture_words_are_kept() -> None:
    kept = [
        "主办单位：市商务局、市工商联",
        "时间：2019年5月10日上午9时",
        "著作权人、版权所有人应当依法登记，打印、复印须经许可。",
        "三、相关政策：对新引进企业给予奖励",
    ]
    art = html_to_article(_page("<div>" + BODY_P + "".join(f"<p>{t}</p>" for t in kept) + "</div>"))
    for line in kept:
        assert line in art.text.split("\n"), line


def test_furniture_selector_that_matches_the_article_is_ignored() -> None:
    # A site that calls its article box "share" must not lose its article.
    body = "".join(
        f"<p>（{n}）各地要切实加强组织领导，确保各项任务落到实处，按期完成。</p>" for n in "一二三四"
    )
    art = html_to_article(_page(f"<div class='share'>{body}</div>"))
    assert art.text.count("各地要切实加强组织领导") == 4


@pytest.mark.parametrize(
    "markup",
    [
        "",
        "<html></html>",
        "<html><body>  &nbsp; <br> </body></html>",
        "<html><head><title>x</title></head>"
        "<body><script>var x='中文中文中文';</script><img src='a.png'></body></html>",
    ],
    ids=["empty", "bare_html", "whitespace_only", "markup_only"],
)
def test_empty_page_gives_empty_text(markup: str) -> None:
    art = html_to_article(markup)
    assert art.text == ""
    assert art.page_meta == {}


def test_old_table_layout_with_br_text_and_sidebar() -> None:
    markup = """<html><head><title>关于开展2019年度安全生产检查的通知-某县人民政府</title></head><body>
<table width=980><tr><td colspan=2><a href=/>首页</a> | <a href=/a>机构概况</a></td></tr>
<tr><td width=200 valign=top><table><tr><td>县长信箱</td></tr>
  <tr><td>联系电话：0311-1234567 地址：某县人民路1号 欢迎来信反映问题，我们将及时处理。</td></tr></table></td>
<td valign=top><table><tr><td class=title>关于开展2019年度安全生产检查的通知</td></tr>
  <tr><td>发布时间：2019-04-02 &nbsp; 来源：县应急管理局 &nbsp;点击数：125</td></tr>
  <tr><td class=bt_content>各乡镇人民政府，县直各单位：<br>
  　　为切实做好安全生产工作，经县政府同意，决定在全县开展安全生产大检查。<br>
  　　一、检查时间<br>　　2019年4月10日至5月31日。<br>
  　　　　某县人民政府办公室<br>　　　　2019年4月1日</td></tr></table></td></tr>
<tr><td colspan=2>版权所有：某县人民政府 冀ICP备12345678号<br>地址：某县人民路1号</td></tr></table>
</body></html>"""
    art = html_to_article(markup)
    assert art.title == "关于开展2019年度安全生产检查的通知"
    assert art.page_meta == {"发布时间": "2019-04-02", "来源": "县应急管理局"}
    assert art.text.split("\n") == [
        "关于开展2019年度安全生产检查的通知",
        "各乡镇人民政府，县直各单位：",
        "为切实做好安全生产工作，经县政府同意，决定在全县开展安全生产大检查。",
        "一、检查时间",
        "2019年4月10日至5月31日。",
        "某县人民政府办公室",
        "2019年4月1日",
    ]


def test_short_notice_beats_a_longer_sidebar_blurb() -> None:
    markup = _page(
        "<div class=wrap><div class=left><h3>热点专题</h3>"
        "<p>扫黑除恶专项斗争、营商环境建设、乡村振兴战略专题报道持续更新中，敬请关注。</p></div>"
        "<div class=right><div class=tit>关于调整办公时间的通知</div><div class=text><p>各科室：</p>"
        "<p>根据工作需要，自6月1日起，办公时间调整为上午8:30-12:00，下午14:30-18:00。</p><p>特此通知。</p>"
        "<p>局办公室</p><p>2020年5月28日</p></div></div></div>"
    )
    lines = html_to_article(markup).text.split("\n")
    assert lines[0] == "关于调整办公时间的通知"
    assert lines[-2:] == ["局办公室", "2020年5月28日"]
    assert "热点专题" not in lines


def test_pre_keeps_its_line_breaks() -> None:
    art = html_to_article(_page("<pre>一、总体要求\n  （一）指导思想。\n\n二、主要任务</pre>"))
    assert art.text.split("\n") == ["一、总体要求", "（一）指导思想。", "二、主要任务"]


def test_generic_label_words_opening_a_notice_line_are_kept() -> None:
    kept = ["分类：按行业划分为三类。", "标题：统一使用黑体。"]
    art = html_to_article(_page("<div>" + BODY_P + "".join(f"<p>{t}</p>" for t in kept) + "</div>"))
    assert art.text.split("\n")[1:] == kept


# --------------------------------------------------------------------------- Traditional pages

HANT_PANEL_PAGE = Path(__file__).resolve().parent / "fixtures" / "pages" / "hant_info_panel.html"
HANT_PANEL_LABELS = ["索引號", "發文機關", "成文日期", "標題", "發文字號", "發布日期"]


def test_traditional_info_panel_goes_to_page_meta_as_printed() -> None:
    art = _article(HANT_PANEL_PAGE)
    assert [label for label in HANT_PANEL_LABELS if label not in art.page_meta] == []
    assert art.page_meta["發文機關"] == "臨江市人民政府辦公室"  # normalize converts it, not ingest
    assert not [line for line in art.text.split("\n") if "：" in line and "機關" in line], "panel left in the text"


@pytest.mark.parametrize(("field", "expected"), [
    ("title", "临江市人民政府办公室关于印发临江市2021年优化营商环境工作要点的通知"),
    ("issuer", "临江市人民政府办公室"),
    ("issued", "2021-03-02"),
    ("doc_number", "临政办发〔2021〕5号"),
    ("region", "临江市"),
    ("script", "hant"),
])
def test_traditional_info_panel_gives_the_notice_meta(field, expected) -> None:
    meta = export(process_path(HANT_PANEL_PAGE))["meta"]
    assert meta[field] == expected


def test_traditional_page_reads_as_its_simplified_twin() -> None:
    raw = HANT_PANEL_PAGE.read_text(encoding="utf-8")
    hant = export(process_ingested(ingest_bytes(raw.encode("utf-8"), source="hant.html")))["meta"]
    hans = export(process_ingested(ingest_bytes(to_simplified(raw).encode("utf-8"), source="hans.html")))["meta"]
    assert {**hant, "script": "hans"} == hans
