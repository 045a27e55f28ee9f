"""Hypothesis strategies built from the damage real scrapes carry (tests/test_properties.py).

Random `st.text()` almost never reaches the interesting paths (numbering, annotations,
goals, dates, mojibake runs, pinyin aids), so documents are spliced from real lines of
`corpus/00[0-4]_*.txt` and from tokens of the genres the pipeline reads, then damaged:
truncated, shuffled, mixed line endings, control characters, Traditional script, pinyin
aids glued after characters, GBK text decoded one byte late.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def corpus_paths() -> list[Path]:
    return sorted(CORPUS.glob("00[0-4]_*.txt"))


@lru_cache(maxsize=1)
def corpus_lines() -> tuple[str, ...]:
    lines: list[str] = []
    for path in corpus_paths():
        lines += [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return tuple(lines)


@lru_cache(maxsize=1)
def corpus_texts() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8") for p in corpus_paths())


# ---- tokens ----------------------------------------------------------------------------
CN_NUMS = "一二三四五六七八九十"
NUMBERING = [
    "一、", "二、", "三、", "十一、", "（一）", "（二）", "(三)", "（十）", "1.", "2．", "3、", "（1）",
    "(2)", "1)", "2）", "①", "②", "第一章", "第二条 ", "第三节", "一是", "二是", "〔一〕", "【二】",
    "一.", "四．", "（ 五 ）", "12.", "100.", "1.1", "2.3.", "（一）1.", "\u3000\u3000（一）", "  1、",
]
NUMBERS = [
    "12.5%", "8%", "8％", "3000万元", "1.2亿", "1.2亿元", "百分之五", "百分之十二点五", "5个百分点",
    "0.5个百分点", "120个", "42家", "20项", "6.6亿美元", "2066.95亿元", "10万人次", "3倍", "5‰",
    "一百二十个", "两千万元", "三成", "50%以上", "8%左右", "不低于15%", "超过100亿元", "达到300家",
    "增长7.2%", "下降3%", "1,000万元", "1，200万元", "12.", ".5%", "5..5%", "1e5", "１２３４万元",
    "%", "亿", "万亿元", "0%", "00000000000000000000000001%", "9" * 40 + "亿元", "-3%", "+5%",
    "5%—8%", "5%-8%", "5～8%", "5%至8%", "3-5个", "三至五个", "10余个", "数十个", "近千亿元",
    # Past float range: a scraped serial number or a table's run-together digits.
    "9" * 309 + "%", "1" + "0" * 320 + "个", "9" * 300 + "万亿元", "0." + "0" * 400 + "1%",
]
DATES = [
    "2020年", "2018年5月14日", "6月底前", "2021年第三季度", "第一季度", "今年", "年内", "年底前",
    "2024年2月28日", "9月9日", "到2025年", "力争到2022年，", "2021年12月31日前", "每月10日前",
    "每季度", "每年", "上半年", "下半年内", "2019年—2021年", "2019年至2021年", "自2020年1月1日起施行",
    "本通知印发之日起30日内", "10个工作日内", "提前3天", "3个月内", "13月", "2月30日", "0年", "99999年",
    "2020年13月45日", "十二月底", "十一月份", "3月上旬", "季调度、年考核", "一月一调度", "每周",
    "2020-05-14", "2020/5/14", "2020.5.14", "二〇二〇年", "2020年度", "“十四五”时期", "十四五末",
]
UNITS = [
    "市商务局", "市发改委", "市财政局", "市发展改革委", "县人民政府", "各县(市、区)人民政府",
    "市政府有关部门", "渤海新区管委会", "市自然资源和规划局", "市市场监管局", "各县（市、区）政府",
    "省商务厅", "市委宣传部", "生态环境部", "国家发展改革委", "市投促中心", "各开发区",
]
ANNOTATIONS = [
    "（牵头单位：市商务局；责任单位：市发改委、市财政局）", "（牵头单位:市商务局;责任单位:各县(市、区)政府）",
    "责任单位：市发改委、市财政局", "牵头单位：市商务局  责任单位：市财政局", "〔责任单位：市发改委〕",
    "【牵头单位：市投促中心】", "（市商务局牵头，市发改委、市财政局参与）", "（市发改委、市财政局负责）",
    "（市商务局指导）", "（牵头单位：）", "（责任单位：、，；）", "（牵头单位：市商务局；责任单位：",
    "牵头单位：", "（市商务局、市发改委）", "由市商务局负责", "由市商务局牵头，市财政局配合",
    "由市发改委会同市财政局负责", "市商务局要落实主体责任", "（牵头单位：市商务局（市投促中心））",
    "（牵头单位：市商务局；配合单位：各县（市、区）政府，渤海新区管委会）", "列第一位者为牵头单位，下同",
    "（责任单位：市商务局、市发改委，各县(市、区)人民政府；完成时限：2020年6月底前）",
]
TABLE_ROWS = [
    "序号 | 任务 | 牵头单位 | 责任单位 | 完成时限", "1 | 制定重点招商企业目录清单 | 市商务局 | 市发改委 | 6月底前",
    "指标 | 2021年 | 2022年目标 | 责任单位", "地区生产总值增速 | 7% | 8% | 市发改委", "|", "| |", " | a | ",
    "序号\t任务\t责任单位\t时限", "2\t建立项目库\t市商务局、市财政局\t2020年底前", "\t\t",
    "指标 | 2021年", "GDP | 12.5% | 13% | 14% | 15% | 市统计局 |",
]
PHRASES = [
    "全市GDP增长", "新引进投资过5亿元的工业项目", "力争全年", "确保", "实际到位资金", "同比增长",
    "较去年同期", "地区生产总值", "招商引资", "签约项目", "总投资", "一般公共预算收入", "完成",
    "不少于", "以上", "左右", "达到", "以内", "控制在", "主要目标", "工作任务", "保障措施", "总体要求",
    "各地各部门要", "头部时间", "排名头部、二位", "蕞后", "蕞尔", "软体", "资料库", "网际网路",
    "关于印发", "的通知", "实施方案", "政府工作报告", "过去一年", "预计", "同比", "环比", "亿元和",
    "截至目前", "》", "《", "“", "”", "——", "……", "发布者：", "编辑：", "来源：", "当前位置:首页 >",
]
TRADITIONAL = [
    "區", "縣", "實施", "發展", "經濟", "項目", "進一步", "單位", "責任單位：市商務局", "嘉興市人民政府辦公室",
    "為全面落實", "關於印發", "網際網路", "軟體", "資料庫", "數位化", "著", "乾", "後", "裡", "於",
    "總投資2066.95億元", "（牽頭單位：市發改委）", "開發區", "臺灣", "台灣", "薴", "苧", "乾", "係", "個", "穀",
]
PINYIN_AIDS = [
    "區(qū)", "縣(xiàn)", "實(shí)", "進(jìn)", "發(fā)", "關(guan)", "綠(lǜ)", "項（xiàng）", "網(beta)", "關(shi)",
    "門(mén)", "(qū)", "(", "（xiàng", "女(nǚ)", "略(lüè)", "呣(ḿ)", "嗯(ň)", "區(QŪ)", "區(qu1)",
    "區(qū）", "區（qū)", "(PPP)", "(试行)", "區(ū)", "區(qūū)", "a(b)", "區(qū)(qū)",
]
MOJIBAKE = [
    "?。ㄒ唬┲笇?dǎo)", "?。ù思_(kāi)發(fā)布)", "?。ǘ", "鋵?shí)", "?。", "?", "?？", "（?）", "┲笇",
    "ㄒ唬", "\ufffd", "\ufffd\ufffd", "?。ㄈ", "篇?", "?\u3000", "\u3000", "ú", "ǎ", "ü", "à",
    "é", "ê", "ㄅ", "┼", "╋", "ｑ", "丨", "　?", "?。ㄒ唬",
]
PUNCT = list("，。、；：？！（）《》〈〉“”‘’「」『』〔〕【】—…·,.;:?!()[]{}<>\"'/\\|-_=+*&^%$#@~`")
WHITESPACE = [
    " ", "  ", "\t", "\u3000", "\u3000\u3000", "\xa0", "\u2002", "\u200b", "\ufeff", "\u200d", "\u2028",
    "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\r", "\r\n", "\n", "\n\n",
]
CONTROLS = ["\x00", "\x01", "\x07", "\x08", "\x1b", "\x7f", "\x9f", "\ud7ff", "\ue000", "\uffff", "\U0010ffff"]
EMOJI = ["😀", "👍🏽", "🇨🇳", "👨‍👩‍👧", "\U00020000", "𠀀", "𪚥", "㐀", "\u0301", "é", "e\u0301", "ﬁ", "Ⅻ", "²", "½"]
LATIN = ["GDP", "PPP", "admin10个月前", "My JSP 'header.jsp' starting page", "http://www.gov.cn/a.html",
         "<p>", "</p>", "&nbsp;", "&amp;", "<br/>", "<!-- x -->"]

ALL_TOKENS = (NUMBERING + NUMBERS + DATES + UNITS + ANNOTATIONS + TABLE_ROWS + PHRASES + TRADITIONAL
              + PINYIN_AIDS + MOJIBAKE + PUNCT + WHITESPACE + CONTROLS + EMOJI + LATIN)

# Line ends str.splitlines() knows; a pipeline that splits lines one way and counts
# offsets another drifts on these.
LINE_ENDS = ["\n", "\n", "\n", "\r\n", "\r", "\n\n", "\u2028", "\x85", "\x0b", "\x0c", "\x1c", "\u2029"]

# Characters that appear in the tokens, for character-level noise that still looks Chinese.
HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
ANY_CHAR = st.characters(blacklist_categories=("Cs",))
CHAR = st.one_of(HAN, ANY_CHAR, st.sampled_from(sorted(set("".join(ALL_TOKENS)))))


def tokens() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(NUMBERING), st.sampled_from(NUMBERS), st.sampled_from(DATES),
        st.sampled_from(UNITS), st.sampled_from(ANNOTATIONS), st.sampled_from(TABLE_ROWS),
        st.sampled_from(PHRASES), st.sampled_from(TRADITIONAL), st.sampled_from(PINYIN_AIDS),
        st.sampled_from(MOJIBAKE), st.sampled_from(PUNCT), st.sampled_from(WHITESPACE),
        st.sampled_from(CONTROLS), st.sampled_from(EMOJI), st.sampled_from(LATIN),
        st.text(CHAR, min_size=1, max_size=4),
    )


@st.composite
def corpus_piece(draw) -> str:
    """A corpus line, whole or sliced at arbitrary code points."""
    line = draw(st.sampled_from(corpus_lines()))
    if draw(st.booleans()):
        return line
    a = draw(st.integers(0, len(line)))
    b = draw(st.integers(a, len(line)))
    return line[a:b]


@st.composite
def synthetic_line(draw) -> str:
    """A line in the shape of a plan item: numbering, goal, unit annotation, deadline …"""
    parts = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(NUMBERING)))
    parts += draw(st.lists(tokens(), min_size=1, max_size=10))
    return "".join(parts)


@st.composite
def gbk_shifted(draw) -> str:
    """A line of Chinese text as a GBK site's decoder got it, starting one byte late."""
    line = draw(st.one_of(corpus_piece(), synthetic_line(), traditional_with_aids()))
    if draw(st.booleans()):
        line = "\u3000\u3000" + line  # the indent whose first byte shows as the stray '?'
    data = line.encode("gbk", errors="ignore")
    if len(data) < 2:
        return line
    cut = draw(st.integers(0, min(len(data) - 1, 6)))
    # The stray byte shows as '?', undecodable pairs as '?' or nothing: both seen in scrapes.
    errors = draw(st.sampled_from(["replace", "ignore"]))
    shifted = data[:cut] + draw(st.sampled_from([b"", b"?"])) + data[cut + 1:]
    out = shifted.decode("gbk", errors=errors)
    return out.replace("\ufffd", "?") if draw(st.booleans()) else out


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


@st.composite
def traditional_with_aids(draw) -> str:
    """Simplified → Traditional with pinyin aids glued after some characters."""
    line = draw(st.one_of(corpus_piece(), synthetic_line()))
    trad = _s2t().convert(line)
    try:
        from pypinyin import Style, pinyin
    except ImportError:
        return trad
    out = []
    for ch in trad:
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff" and draw(st.integers(0, 4)) == 0:
            reading = pinyin(ch, style=Style.TONE)[0][0]
            bracket = draw(st.sampled_from(["()", "()", "（）", "(）"]))
            out.append(bracket[0] + reading + bracket[1])
    return "".join(out)


def lines() -> st.SearchStrategy[str]:
    return st.one_of(
        corpus_piece(), corpus_piece(), synthetic_line(), synthetic_line(), gbk_shifted(),
        traditional_with_aids(), st.text(CHAR, max_size=30),
    )


@st.composite
def splice(draw, line_strategy=None) -> str:
    """Text spliced from lines with mixed line ends, sometimes shuffled, truncated or noised."""
    items = draw(st.lists(lines() if line_strategy is None else line_strategy, min_size=1, max_size=12))
    if draw(st.booleans()):
        items = draw(st.permutations(items))
    out = []
    for item in items:
        out.append(item)
        out.append(draw(st.sampled_from(LINE_ENDS)))
    text = "".join(out)
    mode = draw(st.sampled_from(["keep", "keep", "truncate", "insert", "delete"]))
    if mode == "truncate" and text:
        text = text[: draw(st.integers(0, len(text)))]
    elif mode == "insert":
        for _ in range(draw(st.integers(1, 4))):
            k = draw(st.integers(0, len(text)))
            text = text[:k] + draw(st.one_of(tokens(), st.sampled_from(CONTROLS + WHITESPACE))) + text[k:]
    elif mode == "delete" and text:
        k = draw(st.integers(0, len(text) - 1))
        text = text[:k] + text[k + 1:]
    return text


@st.composite
def whole_corpus_slice(draw) -> str:
    """A contiguous stretch of a whole corpus notice (keeps the numbering hierarchy)."""
    text = draw(st.sampled_from(corpus_texts()))
    a = draw(st.integers(0, len(text)))
    b = draw(st.integers(a, min(len(text), a + 3000)))
    return text[a:b]


def documents() -> st.SearchStrategy[str]:
    return st.one_of(splice(), splice(), whole_corpus_slice(), st.text(max_size=200),
                     st.text(CHAR, max_size=200))


# ---- bytes -----------------------------------------------------------------------------
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "gbk", "gb2312", "big5", "big5hkscs", "utf-16",
             "utf-16-le", "utf-16-be", "utf-32", "latin-1", "shift_jis", "euc-kr", "cp1252"]


@st.composite
def html_page(draw, body: str) -> str:
    charset = draw(st.sampled_from(["", '<meta charset="utf-8">', '<meta charset="gbk">',
                                    '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
                                    '<meta charset="big5">', '<meta charset="nonsense-x">',
                                    '<meta charset="utf-16">']))
    cells = draw(st.booleans())
    if cells:
        rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in ln.split("|")) + "</tr>"
                       for ln in body.splitlines())
        inner = f"<table>{rows}</table>"
    else:
        inner = "".join(f"<p>{ln}</p>" for ln in body.splitlines())
    title = draw(st.sampled_from(["", "<title>关于印发实施方案的通知</title>", "<title></title>"]))
    panel = draw(st.sampled_from(["", "<table><tr><td>发文机关：</td><td>国务院办公厅</td></tr>"
                                      "<tr><td>成文日期：</td><td>2019年1月2日</td></tr>"
                                      "<tr><td>发文字号：</td><td>国办发〔2019〕1号</td></tr></table>"]))
    return (f"<!DOCTYPE html><html><head>{charset}{title}</head><body>{panel}"
            f"<div class=\"article\">{inner}</div></body></html>")


TAGS = ["<p>", "</p>", "<br>", "<br/>", "<div class=\"TRS_Editor\">", "<div id=\"zoom\">", "</div>", "<table>",
        "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<td colspan=\"3\">", "<td rowspan=2>",
        "<span style=\"font-family:仿宋\">", "</span>", "<script>var a='<p>';</script>", "<style>p{}</style>",
        "<!--", "-->", "<![CDATA[", "]]>", "<title>", "</title>", "<meta name=\"ArticleTitle\" content=\"关于印发",
        "\">", "<h1>", "</h1>", "<li>", "<ul>", "</ul>", "&nbsp;", "&#12288;", "&#x4e00;", "&lt;", "&", "&#0;",
        "&#xD800;", "&#99999999;", "<", ">", "</", "<a href=\"x\">", "</a>", "<img src=x>", "<body>", "</body>",
        "<head>", "</head>", "<html>", "</html>", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>",
        "<meta charset=\"gbk\">", "<pre>", "</pre>", "<textarea>", "<iframe>", "<noscript>", "<tbody>",
        "<td>发文机关：</td><td>", "<td>成文日期：</td><td>", "<td>发文字号：</td><td>", "<b>", "</b>"]


@st.composite
def tag_soup(draw) -> str:
    """HTML as a broken CMS emits it: tags, entities and text in any order."""
    parts = draw(st.lists(st.one_of(st.sampled_from(TAGS), lines(), tokens()), min_size=1, max_size=40))
    return "".join(parts)


@st.composite
def notice_bytes(draw) -> bytes:
    """Bytes a scraper could save: a document in some encoding, maybe as HTML, maybe damaged."""
    kind = draw(st.sampled_from(["raw", "text", "text", "html", "html", "soup"]))
    if kind == "raw":
        return draw(st.binary(max_size=400))
    text = draw(tag_soup()) if kind == "soup" else draw(documents())
    if kind == "html":
        text = draw(html_page(text))
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors=draw(st.sampled_from(["ignore", "replace", "surrogatepass"]))
                       if encoding.startswith("utf") else draw(st.sampled_from(["ignore", "replace"])))
    mutation = draw(st.sampled_from(["none", "none", "flip", "insert", "cut", "prefix"]))
    if mutation == "flip" and data:
        k = draw(st.integers(0, len(data) - 1))
        data = data[:k] + bytes([draw(st.integers(0, 255))]) + data[k + 1:]
    elif mutation == "insert":
        k = draw(st.integers(0, len(data)))
        data = data[:k] + draw(st.binary(min_size=1, max_size=8)) + data[k:]
    elif mutation == "cut" and data:
        data = data[: draw(st.integers(0, len(data)))]
    elif mutation == "prefix":
        data = draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00",
                                     b"%PDF", b"PK\x03\x04", b"\x00", b"<html>", b" \n"])) + data
    return data
