"""Remove the furniture a site adds around a plain-text scrape (GUIDE §1).

Phrases are data (data/text_chrome.toml): `line` rules drop a line wherever it stands,
`tail` rules drop a trailer from its first line to the end, and `contact` rules drop
advertising/contact lines only inside the page's header or trailer.

Most chrome is modelled by shape rather than phrase:
- a field line, made only of `label: value` pairs or `label | value` cells of the
  labels sites print (索引号, 发布机构, 来源, 阅读次数 …): an info-disclosure table or a
  news byline. Its values are evidence (`page_fields`); a table's 标题 is the notice's
  title, so it stays as a line of its own when the text has it nowhere else;
- a dateline: a date with a clock time, or a date followed by fields
  (`2025年01月13日10:05 | 来源:人民网`);
- in the header (above the first prose line) or trailer (below the last), a short
  line with a widget word (分享, 字号, 无障碍 …), a field line of one weak label, and at
  the top edge a row of short menu items;
- above a news headline that a byline follows, the short lines of the site (its name,
  a topic banner);
- a line printed twice with only furniture between the copies keeps the second copy.
A crawler's Markdown heading marker is removed from its line, which stays, and so is
a table-cell border after a finished sentence.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

from policydb.han import convert_lines, fold, han_count
from policydb.patterns import HEADING_NUMBER, AnyOfSplit, any_of, any_of_split
from policydb.records import DroppedLine

RULES_FILE = Path(__file__).parent / "data" / "text_chrome.toml"
# The labels sites print around an article: one vocabulary for HTML and text pages.
LABELS_FILE = Path(__file__).parent / "data" / "html_chrome.toml"

# Rules whose lines are labelled fields: page_fields reads their values.
_BYLINE_RULES = ("dateline", "page_fields", "byline_fields", "stacked_label", "stacked_value")
_BREADCRUMB_RULES = ("breadcrumb", "breadcrumb_trail", "breadcrumb_row")
FIELD_RULES = ("page_fields", "dateline", "date_banner", "byline_fields", "info_table_title", "file_name",
               "paper_issue")
_DATE = re.compile(r"((?:19|20)\d{2})[年\-/.](\d{1,2})[月\-/.](\d{1,2})")
# (2022/12/26/ 17:46: a site's path-like date may close with a slash)
_DATELINE = re.compile(r"(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2}/?)"
                       r"(?P<clock>\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[|｜]?\s*")
# A site's or channel's name before a byline's date (某某网 2018-03-20 10:33:06), a row
# of such names set apart by dots (上海发布 · 公众号 · 上海 · 2016-12-29 20:02) or by
# spaces (网络编辑 财经 2022-06-17 06:19:21).
_SITE_PREFIX = re.compile(r"^(?:(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?\s+)?"  # the site's address first
                          r"(?:[^\s，。；,;:：·•]{1,12}\s*[·•]\s*)*"
                          # a channel's name may be glued to the date (新闻资讯2024-01-24 14:26:44橙橘网)
                          r"(?:(?:[^\s，。；,;:：·•]{1,12}\s+){1,3}|[^\s\d，。；,;:：·•]{1,12})?"
                          r"(?=(?:19|20)\d{2})")
_DIGIT = re.compile(r"\d")
# A breadcrumb among this many first lines of a page opens the page's own part.
_HEADER_LINES = 10
# A run of this many label lines, each over its value, is an info table scraped a cell a line.
_MIN_STACKED_FIELDS = 3
# The shortest headline a byline may be glued to on its line.
_MIN_GLUED_HEADLINE = 6
# A line holding one label alone (发 布 日 期:) is no longer than this.
_MAX_LABEL_LINE = 16
# Reporters' names before the fields of a byline (贾楠 景诗雁 发布时间:…).
_NAMES_BEFORE = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}\s+){1,3}(?=\S)")
# A site's name and its address before the fields of its byline.
_SITE_AND_ADDRESS = re.compile(r"^[^\s，。；,;:：]{1,12}\s+(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?\s+", re.I)
# A date alone, as a page prints when it published an item (2018-04-12, 2018年4月12日).
_DAY = r"(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})"
_DATE_ALONE = re.compile(_DAY)
# A paper's or site's name and the day it printed the report, set apart by a wide gap
# (四川日报    2020年06月01日; a body's name there is a masthead or a signature instead), or a
# channel's name and the date in cells (| 招商动态 |2016-12-23).
_SOURCE_AND_DATE = re.compile(rf"^(?P<name>[\u4e00-\u9fff]{{2,10}})[ \u3000]{{2,}}{_DAY}\s*$"
                              rf"|^[|｜\s]*(?P<channel>[\u4e00-\u9fff]{{2,10}})\s*[|｜]\s*{_DAY}\s*[|｜]?\s*$")
# The outlet a byline names after its date (2023-05-08 江苏省开发区协会).
# Not a report's subtitle broken after its date (2023年1月9日在凤县第十八届), nor the weekday
# of a date banner (2024年10月16日 星期三: the day the page was viewed).
_SOURCE_NAME = re.compile(r"(?![在于经由])(?!星期|礼拜|周[一二三四五六日天]$)(?!.*(?:届|会议|大会))"
                          r"[\u4e00-\u9fff]{2,12}")
# The same with its time of day: a page's publication stamp (来源: 淄博新闻网2024-03-29 15:34:51).
_STAMP = re.compile(_DAY + r"\s*\d{1,2}:\d{2}")
_PIPES = re.compile(r"[|｜]")
_LONE_CLOSING_PIPE = re.compile(r"^(?P<cell>[^|｜:：]+?)\s*[|｜]$")
_TRAILING_PIPES = re.compile(r"(?:\s*[|｜])+\s*$")  # 浏览量:1 | | | |: empty cells after the fields
# A value may list a few short words with semicolons (主题分类 | 经济运行;统计 |, 分  类:
# 五年发展规划;国民经济和社会发展规划 ; 通知): no clause.
_LIST_IN_CELL = re.compile(r"(?<=[^\s|｜;；]{2})\s*[;；]\s*(?=[^\s|｜;；]{2,12}(?:\s*[;；]|\s*[|｜]|\s*$))")
_PAD = re.compile(r"[\s:：]+")
_SENTENCE_END = re.compile(r"[。；;]")
_DATE_BITS = re.compile(r"\d{1,2}/\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?")
# A disclosure index number (113701130042070099-A/2021-4059841, 764137824/2021-18688): an
# organisation code, the year and a serial.
_INDEX_NUMBER = re.compile(r"[0-9A-Z]{6,}(?:-[0-9A-Z]{1,4})?/(?:19|20)\d{2}-\d{1,8}")
# Signs with at most a count (- +1): a table's bare number (6), a share (54% |) or a lone cell
# border (|) is no widget.
_NO_WORD = re.compile(r"(?=.*[^\d\s|｜%％.])(?!\s*\d+(?:\.\d+)?\s*[%％])[^\u4e00-\u9fffA-Za-z\d]*\d{0,3}"
                      r"[^\u4e00-\u9fffA-Za-z\d]*")


@dataclass(frozen=True)
class Rule:
    kind: str  # "line" | "tail" | "contact"
    name: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class _Shapes:
    """The settings of the structural rules, compiled once."""

    label_at: re.Pattern[str]  # a label and its colon (the colon optional in a cell)
    strong: frozenset[str]  # labels that mark a site's field line on their own (counters too)
    duty_labels: frozenset[str]  # labels a notice names its responsible units with
    counters: frozenset[str]  # labels whose values say nothing of the notice
    value_end: re.Pattern[str]
    same: dict[str, str]
    title_label: str  # the field that gives the notice's title (标题)
    max_value_len: int
    value_breaks: re.Pattern[str]
    empty_values: frozenset[str]
    prose: re.Pattern[str]
    prose_min_len: int
    widget: re.Pattern[str]
    widget_max_len: int
    toolbar_items: frozenset[str]
    nav_menu_words: re.Pattern[str]
    header_strip_words: frozenset[str]
    header_strip_min: int
    toolbar_initials: frozenset[str]  # the first characters of toolbar items
    toolbar_split: re.Pattern[str]
    nav_min_items: int
    nav_max_item: int
    site_name: re.Pattern[str]
    above_headline_max_len: int
    title_copy_min_len: int
    organ_end: re.Pattern[str]
    file_name: re.Pattern[str]
    delivery_subtitle: re.Pattern[str]
    crawl_stamp: re.Pattern[str]
    headline_tag: re.Pattern[str]
    blurb_title: re.Pattern[str]
    site_title: re.Pattern[str]
    attachment: re.Pattern[str]
    tab_label_max_len: int
    document_file: re.Pattern[str]
    markdown_heading: re.Pattern[str]
    trailing_cell: re.Pattern[str]
    flat_page_min_len: int
    source_labels: frozenset[str]  # a source's labels, whose value may be the page's date alone
    bullet: re.Pattern[str]
    editor_labels: frozenset[str]  # the editor's credit that closes a news article


@lru_cache(maxsize=1)
def _data() -> dict:
    return tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    data = _data()
    return tuple(
        Rule(kind, entry["name"], re.compile(entry["pattern"]))
        for kind in ("line", "tail", "contact")
        for entry in data.get(kind, [])
    )


@lru_cache(maxsize=1)
def _shapes() -> _Shapes:
    data = _data()
    fields, edge = data["fields"], data["edge"]
    meta = tomllib.loads(LABELS_FILE.read_text(encoding="utf-8"))["meta"]
    counters = {*meta["counters"], *fields["extra_counters"]}
    strong = {*meta["strong"], *counters}
    labels = sorted({*strong, *meta["weak"], *fields["extra_labels"]}, key=len, reverse=True)
    # Sites pad labels to a fixed width: "索 引 号：", "标　　题:". Lines are folded to
    # Simplified before they are matched, so the Simplified labels suffice.
    alternation = "|".join(r"[ \t　]*".join(map(re.escape, label)) for label in labels)
    return _Shapes(
        # A law database boxes its labels instead of a colon (【制定机关】武汉市人民政府办公厅).
        label_at=re.compile(rf"(?P<label>{alternation})[ \t　]*(?P<colon>[:：]|】)?"),
        strong=frozenset(strong),
        duty_labels=frozenset(fields["duty_labels"]),
        counters=frozenset(counters),
        value_end=re.compile(fields["value_end"]),
        same=dict(fields["same"]),
        title_label=meta["title_label"],
        max_value_len=int(fields["max_value_len"]),
        value_breaks=re.compile(fields["value_breaks"]),
        empty_values=frozenset(fields["empty_values"]),
        prose=re.compile(edge["prose_marks"]),
        prose_min_len=int(edge["prose_min_len"]),
        widget=any_of(map(re.escape, edge["widget_words"])),
        widget_max_len=int(edge["widget_max_len"]),
        toolbar_items=frozenset(edge["toolbar_items"]),
        nav_menu_words=any_of(map(re.escape, edge["nav_menu_words"])),
        header_strip_words=frozenset(edge["header_strip_words"]),
        header_strip_min=edge["header_strip_min"],
        toolbar_initials=frozenset(item[0] for item in edge["toolbar_items"]),
        toolbar_split=re.compile(edge["toolbar_split"]),
        nav_min_items=int(edge["nav_min_items"]),
        nav_max_item=int(edge["nav_max_item"]),
        site_name=re.compile(edge["site_name"]),
        above_headline_max_len=int(edge["above_headline_max_len"]),
        title_copy_min_len=int(edge["title_copy_min_len"]),
        organ_end=re.compile(edge["organ_endings"]),
        file_name=re.compile(edge["file_name"]),
        delivery_subtitle=re.compile(edge["delivery_subtitle"]),
        crawl_stamp=re.compile(edge["crawl_stamp"]),
        headline_tag=re.compile(edge["headline_tag"]),
        blurb_title=re.compile(edge["blurb_title"]),
        site_title=re.compile(edge["site_title"]),
        attachment=re.compile(edge["attachment"]),
        tab_label_max_len=int(edge["tab_label_max_len"]),
        document_file=re.compile(edge["document_file"]),
        markdown_heading=re.compile(data["markdown"]["heading"]),
        trailing_cell=re.compile(data["layout"]["trailing_cell"]),
        flat_page_min_len=int(data["layout"]["flat_page_min_len"]),
        source_labels=frozenset(fields["source_labels"]),
        bullet=re.compile(data["markdown"]["bullet"]),
        editor_labels=frozenset(edge["editor_labels"]),
    )


@lru_cache(maxsize=1)
def _rules_by_kind() -> dict[str, tuple[AnyOfSplit, tuple[Rule, ...]]]:
    """Per kind: one alternation of all its patterns, and the rules in order.

    Most lines match no rule; the alternation says so in one search instead of one per
    rule. (It cannot name the rule: the first rule in order wins, not the leftmost match.)
    Most rules are anchored at the line's start: those are tried there only.
    """
    rules = load_rules()
    out = {}
    for kind in ("line", "tail", "contact"):
        of_kind = tuple(r for r in rules if r.kind == kind)
        out[kind] = (any_of_split(r.pattern.pattern for r in of_kind), of_kind)
    return out


def _first_match(line: str, kind: str) -> str | None:
    any_rule, rules = _rules_by_kind()[kind]
    if not any_rule.found_in(line):
        return None
    for rule in rules:
        if rule.pattern.search(line):
            return rule.name
    return None


# --------------------------------------------------------------------------- fields


@lru_cache(maxsize=4096)
def parse_fields(line: str) -> tuple[tuple[str, str], ...] | None:
    """The `(label, value)` pairs a line is made of, labels without padding; None when
    the line holds anything else (a sentence, an unlabelled cell first, a long value).

    Two layouts: cells between pipes (`索 引 号 | 0084/2022-0140 | 发布机构 | 某县政府 |`,
    a label's colon optional, a label followed by a label has an empty value), and
    pairs in a run, glued or spaced (`发布时间:2024-04-09 15:23信息来源: 某市政府阅读次数:`).
    """
    shapes = _shapes()
    line = line.strip()
    # No label and no value holds a clause mark: a line with one (most lines of a notice)
    # is no field line, and the label search over it is spared.
    # (The list's semicolons are taken out only where the line holds one: the sub scans the
    # whole line, 2.4 µs for most lines, which hold none.)
    if not line or shapes.value_breaks.search(
            _LIST_IN_CELL.sub("", line) if ";" in line or "；" in line else line):
        return None
    core = _TRAILING_PIPES.sub("", line)
    pairs = _parse_cells(line, shapes) if _PIPES.search(core) else _parse_run(core, shapes)
    if not pairs and (site := _SITE_AND_ADDRESS.match(line)):
        # 中企天津报道 www.zqtjnews.com.cn 时间:2024-03-18 17:26:11点击: — the site's name
        # and address lead its byline.
        pairs = _parse_run(line[site.end():], shapes)
    if not pairs and (names := _NAMES_BEFORE.match(line)):
        # 贾楠 景诗雁 发布时间:2024-01-23 09:33:00来源: 中国新闻网 — the reporters lead it.
        pairs = _parse_run(line[names.end():], shapes)
        pairs = pairs if pairs and any(label in shapes.strong for label, _ in pairs) else None
    if pairs and all(label in shapes.duty_labels for label, _ in pairs):
        return None  # 责任部门:城建局 配合部门:各街道 — the notice charging its units, no site's field
    return tuple(pairs) if pairs else None


def _label_of(cell: str, shapes: _Shapes) -> str | None:
    """The label a cell holds, if it holds only one; a label may be boxed (`[ 索引号 ]`)."""
    m = shapes.label_at.fullmatch(cell.strip().strip("[]［］【】").strip())
    return _PAD.sub("", m.group("label")) if m else None


def _parse_cells(line: str, shapes: _Shapes) -> list[tuple[str, str]] | None:
    pairs: list[tuple[str, str]] = []
    for cell in (c.strip() for c in _PIPES.split(line)):
        if not cell:
            continue
        label = _label_of(cell, shapes)
        if label is not None:
            pairs.append((label, ""))
        elif run := _parse_run(cell, shapes):
            pairs.extend(run)  # 发布时间:2023-02-08 09:20|栏目: 地方政策 |: a label and its value in one cell
        elif not pairs or not _is_value(cell, shapes) or (pairs[-1][1] and len(pairs) > 1):
            return None  # a cell no label owns: a row of the notice's own table
        else:
            # 属性 | 专业属性 | 其他: a row of one label may hold several values.
            pairs[-1] = (pairs[-1][0], f"{pairs[-1][1]} {cell}".strip())
    return pairs or None


def _spaced(line: str, m: re.Match[str]) -> bool:
    """A label standing between spaces (or the line's ends): `成文日期 2021-02-22 废止日期`."""
    end = m.end("label")
    return (m.start() == 0 or line[m.start() - 1].isspace()) and (end == len(line) or line[end].isspace())


def _colon(line: str, m: re.Match[str]) -> bool:
    """Whether a label closes on its colon, or on the box it opened in (【公布日期】)."""
    colon = m.group("colon")
    return bool(colon) and (colon != "】" or line[m.start() - 1:m.start()] == "【")


def _parse_run(line: str, shapes: _Shapes) -> list[tuple[str, str]] | None:
    labels = list(shapes.label_at.finditer(line))
    found = [m for m in labels if _colon(line, m)]
    # A byline may stand in brackets: 【字体：, （责任编辑：某某）.
    lead = len(line) - len(line.lstrip("【[（( 　"))
    if not found or found[0].start() != lead:
        # An info table printed without colons, or some of them (文  号 洪政办〔2025〕1号
        # 信息分类: 综合政务): labels and values set apart by spaces.
        found = [m for m in labels if _colon(line, m) or _spaced(line, m)]
    if (not found or found[0].start() != lead) and _glued_info_row(line, labels, lead, shapes):
        # 发文机构武汉市人民政府办公厅发文字号武政办〔2020〕1号: an info table's row with no
        # colons or spaces at all, told by its strong labels.
        found = [m for m in labels if _PAD.sub("", m.group("label")) in shapes.strong]
    if not found or found[0].start() != lead:
        return None
    pairs = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(line)
        segment = line[m.end():end].strip()
        if segment and not _is_value(segment, shapes):
            return None
        value = _unbracketed(shapes.value_end.split(segment, maxsplit=1)[0].strip())
        pairs.append((_PAD.sub("", m.group("label")), value))
    return pairs


def _glued_info_row(line: str, labels: list[re.Match[str]], lead: int, shapes: _Shapes) -> bool:
    """Whether the line opens on a strong label and holds another, or holds one and a date
    right after it (成文日期2020年01月17日)."""
    strong = [m for m in labels if _PAD.sub("", m.group("label")) in shapes.strong]
    if not strong or strong[0].start() != lead:
        return False
    return len(strong) >= 2 or bool(_DATE_ALONE.fullmatch(line[strong[0].end():].strip()))


def _unbracketed(value: str) -> str:
    """The value without the closing bracket of a byline printed in brackets."""
    for opening, closing in ("（）", "()", "【】", "[]"):
        if value.endswith(closing) and value.count(opening) < value.count(closing):
            return value[:-1].strip()
    return value


def _is_value(text: str, shapes: _Shapes) -> bool:
    return len(text) <= shapes.max_value_len and not shapes.value_breaks.search(_LIST_IN_CELL.sub("", text))


_BYLINE_CELL = 32  # what a byline prints after its date and time: an outlet with its address, a reporter


def _dateline_match(line: str) -> re.Match[str] | None:
    """The byline date at the start of `line`, after a short site name if one stands
    before it with a clock time after it (亳州新报 2017-04-07 10:00 大字: `_dateline`
    judges what follows)."""
    if m := _DATELINE.match(line):
        return m
    prefix = _SITE_PREFIX.match(line)
    m = _DATELINE.match(line, prefix.end()) if prefix else None
    return m if m and m.group("clock") else None


def _dateline(line: str) -> bool:
    """A date with a clock time, or a date with fields after it: a byline, not a
    signature date (which stands alone, without a time)."""
    m = _dateline_match(line)
    if not m:
        return _source_and_date(line) is not None
    rest = line[m.end():].strip()
    if not rest:
        return bool(m.group("clock"))
    if parse_fields(rest):
        return True
    shapes = _shapes()
    if not m.group("clock") and _SOURCE_NAME.fullmatch(rest) and not shapes.organ_end.search(rest):
        return True  # 2023-05-08 江苏省开发区协会: the day and the outlet, a byline
    # 2013年03月01日16:39 | 中国发展门户网 www.chinagate.cn | 给编辑写信: a row of short cells after it
    return bool(m.group("clock")) and all(len(cell) <= _BYLINE_CELL and not shapes.prose.search(cell)
                                          for cell in re.split(r"\s*[|｜]\s*", rest))


def _source_and_date(line: str) -> re.Match[str] | None:
    m = _SOURCE_AND_DATE.match(line)
    return m if m and not _shapes().organ_end.search(m.group("name") or m.group("channel")) else None


# A paper's page label and the section it names (第06版:2022阜阳两会).
_PAGE_SECTION = re.compile(r"^第[A-Z]{0,2}\d{1,3}版\s*[:：]\s*(\S{2,12})(?:\s|$)")


def page_fields(dropped: list[DroppedLine]) -> dict[str, str]:
    """The labelled values of the dropped field lines, keyed by their Simplified label
    (a synonym by the name extract reads: 名称 → 标题), first value winning; the date of
    a byline or of an e-paper's issue as 发布日期 (it dates a news report's 今年); a paper's
    section as 版面."""
    shapes = _shapes()
    out: dict[str, str] = {}
    label = None
    epaper = any(line.rule in ("page_guide", "paper_issue") for line in dropped)
    for line in dropped:
        if line.rule == "stacked_label":
            label = _label_of(shapes.bullet.sub("", fold(line.text)).rstrip(":："), shapes)
            continue
        if line.rule == "stacked_value" and label:
            # • 涪陵区政府办公室: a bulleted list's mark is no part of the value
            out.setdefault(shapes.same.get(label, label), shapes.bullet.sub("", line.text).strip())
        label = None
        if line.rule == "page_guide" and (section := _PAGE_SECTION.match(line.text)):
            out.setdefault("版面", section.group(1))  # 第06版:2022阜阳两会: the paper's section
            continue
        if line.rule not in FIELD_RULES:
            continue
        text = shapes.bullet.sub("", line.text)
        if line.rule == "file_name":
            stem = shapes.document_file.sub("", text)
            if stem != text and _DOC_NUMBER.fullmatch(stem):
                out.setdefault("发文字号", stem)  # 繁政秘〔2021〕19号.doc: the notice's own file, by its number
            elif stem != text and han_count(stem) >= 4:
                out.setdefault("标题", stem)
            continue
        if line.rule == "dateline" and (m := _dateline_match(text) or _DATE_ALONE.match(text)
                                        or _source_and_date(text)):
            out.setdefault("发布日期", _date_of(m.group()))
            text = text[m.end():]
        for label, value in parse_fields(fold(text)) or ():
            if value and value not in shapes.empty_values and label not in shapes.counters:
                if _DATE_ALONE.fullmatch(value.strip()) and label in shapes.source_labels:
                    # 来源: 2025年01月22日 — a source left empty before the page's date.
                    out.setdefault("发布日期", _date_of(value))
                    continue
                if label in shapes.source_labels and (dated := _URL_DATE.search(value)):
                    # 文章来源:http://…/2016/0927/278246.shtml — the page's address dates it.
                    out.setdefault("发布日期", "-".join(dated.groups()))
                key = shapes.same.get(label, label)
                if key == shapes.title_label and (tag := shapes.headline_tag.match(value)):
                    value = value[tag.end():]  # 标题:(本地)兰州一季度… — the farm's tag is no part of it
                out.setdefault(key, value)
        # A date banner (2024年10月16日 星期三) shows the day the page was viewed, not when
        # it was published (GUIDE §1): only a byline's date dates the page. Under an
        # e-paper's page banner (第A1版:今日要闻) it is the date, and dates the article.
        if line.rule == "date_banner" and epaper and (d := _DATE.search(line.text)):
            out.setdefault("发布日期", _date_of(d.group()))
        if line.rule in ("byline_fields", "paper_issue") and (d := _DATE.search(line.text)):
            out.setdefault("发布日期", _date_of(d.group()))
        if line.rule == "page_fields" and (d := _STAMP.search(text)):
            out.setdefault("发布日期", _date_of(d.group()))  # a source glued to its stamp
    return out


# A date in a page's address: /2016/0927/, /2020/05/15/, /20200515/.
_URL_DATE = re.compile(r"https?://\S*?/((?:19|20)\d{2})/?(0[1-9]|1[0-2])/?([0-2]\d|3[01])/")


def _date_of(text: str) -> str:
    m = _DATE.search(text)
    return f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日" if m else text.strip()


# --------------------------------------------------------------------------- stripping


def strip_chrome(text: str) -> tuple[str, list[DroppedLine]]:
    """The notice's own text and the lines removed, each with the rule that removed it."""
    shapes = _shapes()
    stamp = shapes.crawl_stamp.match(text)
    if stamp:
        text = text[stamp.end():]
    text = _unflatten(text, shapes.flat_page_min_len)
    lines = [shapes.markdown_heading.sub("", line) for line in text.splitlines()]
    folded = [line.strip() for line in convert_lines(fold, "\n".join(lines))]
    if len(folded) != len(lines):  # a text ending in a line break, or none at all
        folded = [fold(line).strip() for line in lines]
    # A link bar printed one item a line closes each with a pipe (中国政府网|): read without it.
    # Only a line ending in a pipe is tried: a sub whose template names a group calls back
    # into Python's re module on every line, match or none (0.07 ms a notice).
    folded = [shapes.bullet.sub("", line) for line in folded]
    folded = [_LONE_CLOSING_PIPE.sub(r"\g<cell>", line) if line.endswith(("|", "｜")) else line for line in folded]
    reasons: list[str | None] = [None] * len(lines)

    _drop_stacked_fields(folded, reasons)
    _drop_anywhere(folded, reasons)
    _drop_header_strip(folded, reasons)
    _drop_forum_profile(folded, reasons)
    _drop_at_edges(folded, reasons)
    _drop_contact_edges(lines, folded, reasons)
    _drop_above_headline(folded, reasons)
    _drop_above_breadcrumb(folded, reasons)
    _drop_above_footer(folded, reasons)
    _drop_below_toolbar(folded, reasons)
    _drop_below_editor(folded, reasons)
    # The site's labels above its footer and the lines below its editor's credit are gone
    # now: its contact lines above them reach the edge.
    _drop_contact_edges(lines, folded, reasons)
    _drop_summary_box(folded, reasons)
    _drop_below_byline(folded, reasons)
    _drop_site_title_copies(lines, reasons)
    _drop_headline_index(folded, reasons)
    restored = _restore_table_title(lines, folded, reasons) | _blurb_titles(lines, folded, reasons)
    tags = _headline_tags(lines, folded, reasons)
    bylines = _glued_bylines(lines, folded, reasons)

    kept = [_without_trailing_cell(_without_byline(restored.get(i, line)[len(tags.get(i, "")):], bylines.get(i)),
                                   shapes)
            for i, (line, reason) in enumerate(zip(lines, reasons, strict=True)) if reason is None or i in restored]
    while kept and not kept[0].strip():
        kept.pop(0)
    while kept and not kept[-1].strip():
        kept.pop()
    dropped = [DroppedLine(tags[i].strip(), "headline_tag") if i in tags
               else DroppedLine(bylines[i].strip(), "byline_fields") if i in bylines
               else DroppedLine(line.strip(), reason)
               for i, (line, reason) in enumerate(zip(lines, reasons, strict=True))
               if (reason is not None and line.strip()) or i in tags or i in bylines]
    if stamp:
        dropped.insert(0, DroppedLine(stamp.group().strip(), "byline_fields"))
    return "\n".join(kept), dropped


def _without_trailing_cell(line: str, shapes: _Shapes) -> str:
    """A table border left after a finished sentence (…县域招商。 |) goes; a row of cells keeps its own.

    Only a line with a pipe is tried: a sub whose template names a group calls back into
    Python's re module on every line, match or none."""
    if "|" not in line and "｜" not in line:
        return line
    return shapes.trailing_cell.sub(r"\g<line>", line)


def _unflatten(text: str, min_len: int) -> str:
    """A page a copy put on one line, its line breaks turned into spaces: on a line at
    least `min_len` long, each space between two words not both ASCII becomes a line break
    again (one character for one, so every offset stays), except around a document
    number's year (大政办发 〔2022〕 29号)."""
    chars: list[str] | None = None
    pos = 0
    for line in text.split("\n"):
        # Paragraphs run together: a space after the end of a sentence, several times, and
        # words between the spaces as long as lines (a PDF's layout spaces words apart: 、 一 市交通委).
        if len(line) >= min_len and len(_PARAGRAPH_GAP.findall(line)) >= _FLAT_PARAGRAPHS \
                and len(line) >= _FLAT_MEAN_LINE * (len(_FLAT_GAP.findall(line)) + 1):
            for m in _FLAT_GAP.finditer(line):
                before, after = line[m.start() - 1], line[m.end()]
                if not (before.isascii() and after.isascii()) and before != "〕" and after != "〔":
                    chars = chars or list(text)
                    chars[pos + m.start()] = "\n"
        pos += len(line) + 1
    return "".join(chars) if chars else text


# A run of spaces between two words of a line.
_FLAT_GAP = re.compile(r"(?<=\S)[ \u3000]+(?=\S)")
_PARAGRAPH_GAP = re.compile(r"[。！？：:；)）][ \u3000]+(?=\S)")
_FLAT_PARAGRAPHS = 3
_FLAT_MEAN_LINE = 20


def _glued_bylines(lines: list[str], folded: list[str], reasons: list[str | None]) -> dict[int, str]:
    """Line → the byline a headline carries on its own line (洋县:招商引资绘就…新图景 来源:
    文化艺术网 作者: 时间:2025-08-01), among the page's first lines: the byline goes (its
    fields are evidence), the headline stays."""
    shapes = _shapes()
    out = {}
    for i in _first_lines(folded):
        if reasons[i] is not None or i in out:
            continue
        line = lines[i].rstrip()
        for m in shapes.label_at.finditer(line):
            head = line[:m.start()]
            if not (m.group("colon") in (":", "：") and _PAD.sub("", m.group("label")) in shapes.strong
                    and head[-1:].isspace()):
                continue
            if parse_fields(line[m.start():]) and _is_headline_part(head.strip(), shapes):
                out[i] = line[m.start():]
            break
    return out


def _is_headline_part(head: str, shapes: _Shapes) -> bool:
    return len(head) >= _MIN_GLUED_HEADLINE and len(head) <= shapes.max_value_len and "。" not in head


def _without_byline(line: str, byline: str | None) -> str:
    return line[:len(line.rstrip()) - len(byline)].rstrip() if byline else line


def _headline_tags(lines: list[str], folded: list[str], reasons: list[str | None]) -> dict[int, str]:
    """Line → the content farm's tag that opens it (世界热门:), for the kept lines down to
    the notice's first sentence: the tag goes and the headline (or the lead) stays."""
    shapes = _shapes()
    first, _ = _edges(folded, reasons)
    out = {}
    for i in range(min(first + 1, len(lines))):
        if reasons[i] is None and (m := shapes.headline_tag.match(lines[i].lstrip())):
            out[i] = lines[i][:len(lines[i]) - len(lines[i].lstrip()) + m.end()]
    return out


def _drop_anywhere(folded: list[str], reasons: list[str | None]) -> None:
    """Phrase rules, a trailer from its first line on, and the shapes that are chrome
    wherever they stand: datelines, field lines with a strong label or several labels,
    toolbar rows."""
    shapes = _shapes()
    prose_above = False
    for i, line in enumerate(folded):
        if not line:
            continue
        if tail := _first_match(line, "tail"):
            if not prose_above:
                # 关键词:通知 in the info list above the notice: a trailer follows a body, it
                # does not open one. The line alone goes.
                reasons[i] = reasons[i] or tail
                continue
            for j in range(i, len(folded)):
                reasons[j] = reasons[j] or (tail if j == i else f"{tail} (below)")
            return
        prose_above = prose_above or (reasons[i] is None and _is_prose(line, shapes))
        # A line of fields is read as one (its values are evidence) before any phrase rule.
        reasons[i] = reasons[i] or _shape_anywhere(line) or _first_match(line, "line")


def _shape_anywhere(line: str) -> str | None:
    shapes = _shapes()
    if _dateline(line):
        return "dateline"
    fields = parse_fields(line)
    if fields and (len(fields) >= 2 or any(label in shapes.strong for label, _ in fields)):
        return "page_fields"
    return "toolbar" if _is_toolbar(line, shapes) else None


_ARROW_DIGIT = re.compile(r"^\d(?!\d)|(?<!\d)\d$")


def _is_toolbar(line: str, shapes: _Shapes) -> bool:
    # Whether whole or split, a toolbar row starts with an item's first character:
    # most lines are told apart by that alone, before splitting them.
    leading = shapes.toolbar_split.match(line)
    start = leading.end() if leading else 0
    if line[start:start + 1].isdigit() and not line[start + 1:start + 2].isdigit():
        after = shapes.toolbar_split.match(line, start + 1)  # an arrow drawn as a digit (3 上一篇)
        start = after.end() if after else start + 1
    if start == len(line) or line[start] not in shapes.toolbar_initials:
        return False
    items = [item for item in shapes.toolbar_split.split(line) if item]
    compact = shapes.toolbar_split.sub("", line)
    if compact in shapes.toolbar_items:
        return len(compact) > 1  # one character alone (大, 中) is a table cell more often than a font button
    # An e-paper draws its links' arrows with a symbol font, left as digits in the scrape
    # (3 上一篇  下一篇 4, 4下一版): a digit standing alone or glued to an item is the arrow.
    named = [_ARROW_DIGIT.sub("", item) for item in items]
    named = [item for item in named if item]
    return len("".join(named)) > 1 and all(item in shapes.toolbar_items for item in named)


def _first_lines(folded: list[str]) -> list[int]:
    """The page's first `_HEADER_LINES` lines with words: where its header stands."""
    return [i for i, line in enumerate(folded) if line][:_HEADER_LINES]


def _is_site_label(line: str, shapes: _Shapes) -> bool:
    """A short line with no sentence in it: a site's name, a channel, a box's label."""
    return len(re.sub(r"\s", "", line)) <= shapes.above_headline_max_len and not _is_prose(line, shapes)


def _is_prose(line: str, shapes: _Shapes) -> bool:
    # The length first: a long line (most of a notice's) needs no search.
    return len(line) >= shapes.prose_min_len or shapes.prose.search(line) is not None


_FORUM_RULE = "forum_furniture"


def _drop_forum_profile(folded: list[str], reasons: list[str | None]) -> None:
    """A forum thread's poster profile (TA的每日心情, 1万 主题, 146508 积分, Rank: 7) stands in
    the header between lines of the thread's furniture: the short lines between them are
    its fields, never a headline."""
    if _FORUM_RULE not in reasons:
        return  # most pages are no forum thread
    first, _ = _edges(folded, reasons)
    # The post's stamp (发表于 2023-6-5 22:20:33 | 显示全部楼层) was read as a dateline first.
    forum = next(rule.pattern for rule in load_rules() if rule.name == _FORUM_RULE)
    marks = [i for i in range(min(first, len(folded))) if reasons[i] and forum.search(folded[i])]
    for i in range(marks[0] + 1, marks[-1]) if len(marks) > 1 else ():
        if reasons[i] is None and folded[i] and _is_site_label(folded[i], _shapes()):
            reasons[i] = "forum_profile"


def _drop_header_strip(folded: list[str], reasons: list[str | None]) -> None:
    """A header line that holds the site's strip words (设为首页, 加入收藏, 天气预报) as words of
    their own is the site's, whatever else it holds (a weather and air-quality widget)."""
    shapes = _shapes()
    for i in _first_lines(folded):
        words = set(folded[i].split()) & shapes.header_strip_words
        if reasons[i] is None and len(words) >= shapes.header_strip_min:
            reasons[i] = "site_header"


def _edges(folded: list[str], reasons: list[str | None]) -> tuple[int, int]:
    """The first and last prose line still kept (the header lies above the first, the
    trailer below the last); a page without prose is all header and all trailer."""
    shapes = _shapes()
    prose = [i for i, line in enumerate(folded) if reasons[i] is None and _is_prose(line, shapes)]
    return (prose[0], prose[-1]) if prose else (len(folded), -1)


def _drop_at_edges(folded: list[str], reasons: list[str | None]) -> None:
    """In the header and trailer: widget lines, field lines of one weak label, a file
    name heading; at the top edge, a navigation row or the site's name. Anywhere, a field line of one weak
    label next to another field line (a run of an info table's rows)."""
    shapes = _shapes()
    first, last = _edges(folded, reasons)
    top = set(_first_lines(folded))
    at_top = True
    for i, line in enumerate(folded):
        if reasons[i] is not None or not line:
            continue
        edge = i < first or i > last
        if edge and len(re.sub(r"\s", "", line)) <= shapes.widget_max_len and shapes.widget.search(line) \
                and not _is_prose(line, shapes):
            reasons[i] = "widget"
        elif parse_fields(line) and (edge or _next_to_fields(i, folded, reasons)):
            reasons[i] = "page_fields"
        elif i < first and shapes.file_name.match(line):
            reasons[i] = "file_name"
        elif i < first and _DATE_ALONE.fullmatch(line) and not _signs(i, folded, shapes):
            reasons[i] = "dateline"  # above the notice, when the page published it
        elif (i < first or i in top) and _DATE_BITS.fullmatch(line):
            reasons[i] = "dateline"  # 04/24, 15:45: a byline's date and time printed a part a line
        elif i < first and _INDEX_NUMBER.fullmatch(line):
            reasons[i] = "page_fields"  # an info table's 索引号 printed without its label
        elif i < first and _NO_WORD.fullmatch(line):
            reasons[i] = "widget"  # - +1: a share or like widget's signs above the notice
        elif i > last and _BARE_COUNT.fullmatch(line) and _between_chrome(i, folded, reasons):
            reasons[i] = "view_counter"  # …删除。 / 1074 / 收藏 / 分享: the page's count of views
        elif i < first and _in_label_run(i, folded, reasons):
            reasons[i] = "page_fields"  # 政策级别:市级 / 发文部门:… / 政策主题:…: an info table's rows
        elif at_top and _is_nav_row(line, shapes):
            reasons[i] = "navigation_bar"
        elif at_top and shapes.site_name.match(line):
            reasons[i] = "site_name"
        at_top = at_top and reasons[i] is not None


# A label the lists lack, with its colon: a short word, perhaps letter-spaced (状 态:), at
# the line's start or after a space (文章出自: 责任编辑: 作者:未知 访问量:30).
_ANY_LABEL = re.compile(r"(?:^|(?<=\s))(?P<label>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,5})[ \u3000]*[:：]")
_ANY_VALUE_MAX = 40


def _label_pairs(line: str) -> list[tuple[str, str]] | None:
    """The `(label, value)` pairs of a line made only of short labels, known or not, each
    closed by its colon and followed by a short value or none; None for any other line."""
    found = list(_ANY_LABEL.finditer(line))
    if not found or found[0].start() != 0:
        return None
    shapes = _shapes()
    pairs = []
    for k, m in enumerate(found):
        value = line[m.end():found[k + 1].start() if k + 1 < len(found) else len(line)].strip()
        if len(value) > _ANY_VALUE_MAX or shapes.value_breaks.search(value):
            return None
        pairs.append((_PAD.sub("", m.group("label")), value))
    if any(label in shapes.duty_labels for label, _ in pairs):
        return None  # 责任单位:县发改局: the notice charging its units
    return pairs


def _in_label_run(i: int, folded: list[str], reasons: list[str | None]) -> bool:
    """Whether line `i`, above the notice's first sentence, is a row of an info table whose
    labels the lists lack: a line of two such pairs or more, or one next to another field line."""
    pairs = _label_pairs(folded[i])
    if pairs is None:
        return False
    if not all(_field_value(value) for _, value in pairs):
        return False  # 洋县:招商引资绘就高质量发展新图景 — a headline after its tag, no field
    if len(pairs) >= 2:
        return True
    (label, value), = pairs
    if value and len(label) < _ROW_LABEL_MIN:
        return False  # 云霄:开门红 — a place's name tags a headline
    if _SALUTATION.search(label):
        return False  # 各位代表: — a report addressing its audience
    # a row of the same table beside it (发布时间:2022-08-12 / 政策级别:市级)
    return any(j is not None and _label_pairs(folded[j]) for j in _neighbours(i, folded))


def _field_value(value: str) -> bool:
    """A field's value: none, a short name (市级, 盐城市工业和信息化局) or a date, code or count
    (2019/11/12 14:38:04) — not a headline's words (quoted: 逐新向优奋力“往前赶”)."""
    if _QUOTE_MARKS.search(value):
        return False
    return len(value) <= _ROW_VALUE_MAX or han_count(value) <= _ROW_VALUE_HAN


# An address to the audience (各位代表, 同志们, 各位委员), no field's label.
_SALUTATION = re.compile(r"^各|们$|代表$|委员$")
_QUOTE_MARKS = re.compile("[“”《》「」]")


# A field row standing alone names a field of four characters or more (政策级别, 有效时间):
# a place's name (洋县, 石家庄) tags a headline.
_ROW_LABEL_MIN = 4
_ROW_VALUE_MAX = 12
_ROW_VALUE_HAN = 4


_BARE_COUNT = re.compile(r"\d{1,7}")


def _between_chrome(i: int, folded: list[str], reasons: list[str | None]) -> bool:
    """Whether the lines around line `i` are the page's: the one after it chrome (a widget,
    a toolbar), the one before it chrome or a finished sentence."""
    before, after = _neighbours(i, folded)
    return after is not None and reasons[after] is not None and before is not None and (
        reasons[before] is not None or folded[before].endswith(("。", "！", "？")))


def _signs(i: int, folded: list[str], shapes: _Shapes) -> bool:
    """Whether the date on line `i` dates a signature (the line above names a body) or a
    report's delivery (the line below is its subtitle: 在某区第五届人民代表大会第二次会议上)."""
    above = next((line for line in reversed(folded[:i]) if line), "")
    below = next((line for line in folded[i + 1:] if line), "")
    return bool(shapes.organ_end.search(above)) or bool(shapes.delivery_subtitle.match(below))


def _next_to_fields(i: int, folded: list[str], reasons: list[str | None]) -> bool:
    return any(j is not None and reasons[j] in ("page_fields", "dateline") for j in _neighbours(i, folded))


def _neighbours(i: int, folded: list[str]) -> tuple[int | None, int | None]:
    """The lines with words right before and after line `i` (None at the text's edge)."""
    before = next((j for j in range(i - 1, -1, -1) if folded[j]), None)
    after = next((j for j in range(i + 1, len(folded)) if folded[j]), None)
    return before, after


_SITE_LINK = re.compile(r"[\u4e00-\u9fff]{2,14}(?:网|网站)")
_MIN_SITE_LINKS = 2


_SPACED_HEADING_MAX = 20  # 一 图 读 懂 政 府 工 作 报 告: titles run to twenty letters


def _is_nav_row(line: str, shapes: _Shapes) -> bool:
    """A row of short section names, or of sites' names and toolbar items (中国政府网| 贵州省
    人民政府网| 无障碍浏览|)."""
    items = [item for item in re.split(r"[\s|｜·•]+", line) if item]
    if len(items) <= _SPACED_HEADING_MAX and all(len(item) == 1 for item in items) \
            and not shapes.nav_menu_words.search("".join(items)):
        return False  # 政 府 工 作 报 告: a heading printed letter-spaced, not a menu (首 页 政 务 公 开)
    if len(items) >= _MIN_SITE_LINKS and "|" in line and all(_SITE_LINK.fullmatch(item) for item in items):
        return True  # 中国政府网 | 重庆市人民政府网 | 万州经济技术开发区网 | |: links to sites, set apart by bars
    return len(items) >= shapes.nav_min_items and all(
        (len(item) <= shapes.nav_max_item and re.fullmatch(r"[\u4e00-\u9fff]+", item))
        or shapes.site_name.match(item) or item in shapes.toolbar_items for item in items)


def _drop_stacked_fields(folded: list[str], reasons: list[str | None]) -> None:
    """An info table scraped one cell a line (索引号 / 011437144/2023-06550 / 文件类型 /
    政府文件 …): a run of `_MIN_STACKED_FIELDS` label lines or more, each with its value on
    the next line unless the next line is a label too."""
    shapes = _shapes()
    filled = [i for i, line in enumerate(folded) if line]
    pairs: list[tuple[int, int | None]] = []  # (label line, value line) of the current run

    def close_run() -> None:
        if len(pairs) >= _MIN_STACKED_FIELDS:
            for label, value in pairs:
                reasons[label] = reasons[label] or "stacked_label"
                if value is not None:
                    reasons[value] = reasons[value] or "stacked_value"
        pairs.clear()

    k = 0
    while k < len(filled):
        i = filled[k]
        if len(folded[i]) > _MAX_LABEL_LINE or _label_of(folded[i].rstrip(":："), shapes) is None:
            close_run()
            k += 1
            continue
        nxt = filled[k + 1] if k + 1 < len(filled) else None
        after = filled[k + 2] if k + 2 < len(filled) else None
        if nxt is not None and _label_of(folded[nxt].rstrip(":："), shapes) is None \
                and _is_value(folded[nxt], shapes) and not _is_prose(folded[nxt], shapes) \
                and not HEADING_NUMBER.match(folded[nxt]) \
                and not _headline_over_byline(folded[nxt], folded[after] if after is not None else "", shapes):
            pairs.append((i, nxt))
            k += 2
        else:
            pairs.append((i, None))  # a label with no value: the next line is a label too
            k += 1
    close_run()


def _headline_over_byline(line: str, below: str, shapes: _Shapes) -> bool:
    """Whether `line`, after a label left empty (有效性:), is the headline the page prints
    between its info list and its byline (发布时间:2023-02-22 09:12): a long name that is
    no body's, over a line of filled fields."""
    if len(line) < shapes.title_copy_min_len or shapes.organ_end.search(line):
        return False
    fields = parse_fields(below)
    return _dateline(below) or bool(fields and any(value for _, value in fields))


def _is_keyword_row(line: str) -> bool:
    """A row of search keywords joined by dashes (a spam copy's page title: 某某一区-某某精品-…)."""
    parts = _KEYWORD_JOINT.split(line.strip())
    return len(parts) >= _MIN_KEYWORDS and all(0 < len(p) <= _MAX_KEYWORD and not _SENTENCE_MARK.search(p)
                                               for p in parts)


_KEYWORD_JOINT = re.compile(r"\s*[-_|｜]\s*")
_SENTENCE_MARK = re.compile(r"[，。；！？,;!?:：]")
_MIN_KEYWORDS = 4
_MAX_KEYWORD = 16


def _drop_above_breadcrumb(folded: list[str], reasons: list[str | None]) -> None:
    """A breadcrumb (当前位置:首页 > …) opens the page's own part: the short sentence-less
    lines above it are the site's header (its name, menus, keywords a spam copy adds)."""
    shapes = _shapes()
    first, last = _edges(folded, reasons)
    # A breadcrumb among the page's first lines opens it even below a sentence: a site's
    # blurb, or teasers of other articles, stand above it. One below the last sentence is
    # the trailer's (更多>同类资讯 under a short article): the article stands above it.
    top = _first_lines(folded)
    crumbs = [i for i in range(len(folded))
              if reasons[i] in _BREADCRUMB_RULES and (i < first or (i in top and i < last))]
    if not crumbs:
        return
    # The page's first line is the site's name even where it ends like a body's (某某县人民政府):
    # an issuer printed over its title stands below the breadcrumb.
    keywords = {i for i in range(crumbs[0]) if reasons[i] is None and _is_keyword_row(folded[i])}
    for i in keywords:
        reasons[i] = "above_breadcrumb"  # a spam copy's keyword title over the site's name
    top_line = next((i for i in top if i not in keywords), -1)
    for i in range(crumbs[0]):
        line = folded[i]
        if reasons[i] is None and line and (not shapes.organ_end.search(line) or i == top_line) \
                and (_is_site_label(line, shapes) or _is_prose(line, shapes)):
            reasons[i] = "above_breadcrumb"
    # Right below it, a side box's or tab's labels (热闻, 图片) before anything else.
    for i in range(crumbs[-1] + 1, len(folded)):
        line = folded[i]
        if not line:
            continue
        if reasons[i] is not None or len(re.sub(r"\s", "", line)) > shapes.tab_label_max_len \
                or _is_prose(line, shapes):
            break
        reasons[i] = "below_breadcrumb"


def _drop_above_headline(folded: list[str], reasons: list[str | None]) -> None:
    """A byline in the header follows the headline; the short sentence-less lines
    above the headline are the site's (its name, a topic banner, a channel)."""
    shapes = _shapes()
    first, _ = _edges(folded, reasons)
    bylines = [i for i in range(min(first, len(folded))) if reasons[i] in _BYLINE_RULES]
    profiled = False
    if not bylines and (profile := _site_profile(folded, reasons, first)) is not None:
        # 封丘县地处河南省东北部…总人口89.02万。 over the headline and its byline: the site's
        # paragraph about its place, in its header.
        reasons[first] = "site_profile"
        bylines, profiled = [profile], True  # a header that long: its slogans go too
    if not bylines:
        return
    above = [i for i in range(bylines[0]) if reasons[i] is None and folded[i]]
    below = [i for i in range(bylines[-1] + 1, first) if reasons[i] is None and folded[i]]
    if below and not _DATE.search(folded[bylines[-1]]) and _is_headline_shape(folded[below[0]], shapes):
        # 本报新闻 / 字体: 放大 还原 缩小 / 武汉百个重大项目集中开工 / 【中新社武汉4月10日电】…: the
        # headline stands under the page's toolbar, and every short line above it is the site's. (A
        # dated byline follows its headline: what stands under it is a subtitle.)
        above = [i for i in range(bylines[-1]) if reasons[i] is None and folded[i]] + [len(folded)]
        headline = folded[below[0]]
    elif not above or len(folded[above[-1]]) < 6:
        return
    else:
        headline = folded[above[-1]]
    for i in above[:-1]:
        line = folded[i]
        # A body's name is the site's where the headline opens with it (郧阳区人民政府 over
        # 郧阳区人民政府关于…的通知), else it may be the issuer printed above its title.
        site = _is_site_label(line, shapes) or (profiled and not _is_prose(line, shapes))
        if site and (not shapes.organ_end.search(line) or headline.startswith(line)):
            reasons[i] = "above_headline"


def _is_headline_shape(line: str, shapes: _Shapes) -> bool:
    """A line that can head an article: long enough, no sentence, no label before a colon."""
    return len(line) >= _MIN_HEADLINE and not _is_prose(line, shapes) and not line.endswith((":", "：")) \
        and not parse_fields(line)


# A headline holds a few words at least (招商引资签约通知).
_MIN_HEADLINE = 6


def _site_profile(folded: list[str], reasons: list[str | None], first: int) -> int | None:
    """The byline under the headline that follows the first prose line, where nothing else
    stands between them (a paragraph / a headline / its byline): that paragraph is the
    site's header. None otherwise."""
    shapes = _shapes()
    after = [j for j in range(first + 1, min(len(folded), first + _PROFILE_REACH)) if folded[j]]
    if len(after) < 2:
        return None
    headline, byline = after[0], after[1]
    if reasons[headline] is None and not _is_prose(folded[headline], shapes) and len(folded[headline]) >= 6 \
            and reasons[byline] in _BYLINE_RULES and _DATE.search(folded[byline]):
        return byline
    return None


# How far below a site's paragraph its headline and byline may stand (blank lines between).
_PROFILE_REACH = 8


def _restore_table_title(lines: list[str], folded: list[str], reasons: list[str | None]) -> dict[int, str]:
    """An info table's 标题 is the notice's title line: where the kept text lacks it, the
    row holding it gives way to the title alone (the row is still reported dropped)."""
    shapes = _shapes()
    kept = re.sub(r"\s", "", "".join(f for f, r in zip(folded, reasons, strict=True) if r is None))
    for i, line in enumerate(folded):
        if reasons[i] != "page_fields":
            continue
        for label, value in parse_fields(line) or ():
            if shapes.same.get(label, label) == "标题" and value and re.sub(r"\s", "", value) not in kept:
                reasons[i] = "info_table_title"
                # The value as the page printed it, where folding kept the line's length.
                original = lines[i].strip()
                start = line.find(value)
                return {i: original[start:start + len(value)] if len(original) == len(line) else value}
    return {}


def _blurb_titles(lines: list[str], folded: list[str], reasons: list[str | None]) -> dict[int, str]:
    """A header line that holds the title and something the site glued to it: a document
    site's blurb ([title] 由 [site]小编精心整理分享…) or the site's name after a dash (the
    page's <title>). The line gives way to the title alone (the line is still reported dropped)."""
    shapes = _shapes()
    out = {}
    for i in _first_lines(folded):
        if reasons[i] is not None:
            continue
        for reason, pattern in (("site_blurb", shapes.blurb_title), ("site_name_after_title", shapes.site_title)):
            if m := pattern.match(folded[i]):
                reasons[i] = reason
                original = lines[i].strip()  # the title as the page printed it, where folding kept its length
                out[i] = original[m.start("title"):m.end("title")] if len(original) == len(folded[i]) \
                    else m.group("title")
                break
    return out


def _is_furniture(line: str, reason: str | None) -> bool:
    return reason is not None or not line.strip()


def _drop_above_footer(folded: list[str], reasons: list[str | None]) -> None:
    """Above a footer the rules know (版权所有 …), the short sentence-less lines after the
    notice's last sentence are the site's (a teaser box's labels: 深度 / Depth更多); a
    body's name, a date or a number there signs the notice and stays."""
    shapes = _shapes()
    _, last = _edges(folded, reasons)
    if last < 0:
        return  # a page of short lines only (a digest's bullets): no sentence tells where it ends
    footer = next((i for i in range(len(folded) - 1, last, -1) if reasons[i] is not None), None)
    if footer is None:
        return
    for i in range(last + 1, footer):
        line = folded[i]
        if reasons[i] is not None or not line:
            continue
        if shapes.attachment.match(line) or line.endswith((":", "：")):
            return  # 附件: — the notice's list of attachments goes on to the footer
        following = next((x for x in folded[i + 1:footer] if x), "")
        if "|" in following or "\t" in following:
            return  # 单位:个、亿元 over a table's header: the notice's table goes on to the footer
        if _is_site_label(line, shapes) and not shapes.organ_end.search(line) and not _DIGIT.search(line):
            reasons[i] = "above_footer"


def _drop_below_toolbar(folded: list[str], reasons: list[str | None]) -> None:
    """Below the notice's text, a toolbar row (上一篇 下一篇, 【打印】【关闭】) with no paragraph
    after it ends the page's article: what follows is the site's (an e-paper's page list,
    other articles' headlines), unless the notice's attachments follow."""
    shapes = _shapes()
    first, _ = _edges(folded, reasons)
    toolbar = None
    for i in range(len(folded) - 1, first, -1):
        if reasons[i] is None and (len(folded[i]) >= shapes.prose_min_len or _SENTENCE_END.search(folded[i])):
            break  # a paragraph: the toolbars above it are the article's
        if reasons[i] == "toolbar":
            toolbar = i
    if toolbar is None or any(shapes.attachment.match(line) for line in folded[toolbar:]):
        return
    for j in range(toolbar + 1, len(folded)):
        reasons[j] = reasons[j] or "below_toolbar"


# Widgets between a news byline and the lead are a word or two (關注新華網, Qzone, 圖集), a
# few of them; a table's header printed a cell a line is longer and has its numbers.
_BELOW_BYLINE_MAX = 8
_BELOW_BYLINE_LINES = 5
_NOT_A_WIDGET = re.compile(r"[\d。，,；;：:|]")


def _drop_below_byline(folded: list[str], reasons: list[str | None]) -> None:
    """Between a news page's dateline (2020-01-03 17:11:40 來源: 新華網) and its lead, a run
    of a few very short lines with no sentence and no number (關注新華網 / 微博 / Qzone / 評論
    / 圖集) is the page's share bar."""
    first, _ = _edges(folded, reasons)
    byline = next((i for i in range(first) if reasons[i] == "dateline"), None)
    if byline is None:
        return
    gap = [j for j in range(byline + 1, first) if folded[j] and reasons[j] is None]
    if 0 < len(gap) <= _BELOW_BYLINE_LINES and all(
            len(folded[j]) <= _BELOW_BYLINE_MAX and not _NOT_A_WIDGET.search(folded[j]) for j in gap):
        for j in gap:
            reasons[j] = "below_byline"


def _drop_below_editor(folded: list[str], reasons: list[str | None]) -> None:
    """An editor's credit (【编辑:付子豪】, 责任编辑:余梁) closes a news article: short lines
    after it (an app's download promo, a share widget) are the site's, unless the notice's
    attachments follow."""
    shapes = _shapes()
    credits = [i for i, reason in enumerate(reasons) if reason == "editor_credit" or (
        reason == "page_fields" and any(label in shapes.editor_labels for label, _ in parse_fields(folded[i]) or ()))]
    first, _ = _edges(folded, reasons)
    if not credits or credits[-1] < first:
        return  # a byline's editor above the notice closes nothing
    after = [j for j in range(credits[-1] + 1, len(folded)) if folded[j]]
    if any(len(folded[j]) >= shapes.prose_min_len or shapes.attachment.match(folded[j]) for j in after):
        return
    for j in after:
        reasons[j] = reasons[j] or "below_editor"


def _drop_summary_box(folded: list[str], reasons: list[str | None]) -> None:
    """A summary box's label alone on its line ([导读]) heads the site's summary: the line
    below it goes too."""
    shapes = _shapes()
    for i, line in enumerate(folded):
        if reasons[i] == "site_summary" and not shapes.prose.search(line) and len(line) <= _MAX_LABEL_LINE:
            below = next((j for j in range(i + 1, len(folded)) if folded[j]), None)
            if below is not None and reasons[below] is None:
                reasons[below] = "site_summary"


def _drop_contact_edges(lines: list[str], folded: list[str], reasons: list[str | None]) -> None:
    """Contact/ad lines count as furniture only in a run reaching the page's start or end."""
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        from_top = order.step == 1
        for i in order:
            if _is_furniture(lines[i], reasons[i]):
                continue
            contact = _first_match(folded[i], "contact")
            # A reporter's credit goes only where it stands alone at the end (GUIDE §1).
            if contact is None or _is_table_row(folded[i]) or _is_paragraph(folded[i]) \
                    or (from_top and contact == _CREDIT_RULE):
                # A task table's last row may close on its 监督电话 cell, a report's last paragraph
                # on its 新闻热线 in brackets: a row or a paragraph, no contact line.
                break
            reasons[i] = contact


def _is_table_row(line: str) -> bool:
    """A row of a table set in pipes with a sentence in a cell (…投入使用。 | 教育体育局 |)."""
    cells = [c for c in _PIPES.split(line) if c.strip()]
    return len(cells) >= _MIN_ROW_CELLS and any("。" in c for c in cells)


_MIN_ROW_CELLS = 3
_CREDIT_RULE = "reporter_credit"


def _is_paragraph(line: str) -> bool:
    """A paragraph of the report that closes on its contact in brackets (…完成省下目标。(新闻热线:
    028-26221630)); a site's disclaimer holding its phone in the sentence is no such paragraph."""
    shapes = _shapes()
    body = _CLOSING_BRACKET.sub("", line)
    return body != line and len(body) >= shapes.prose_min_len and bool(shapes.prose.search(body)) \
        and _first_match(body, "contact") is None


_CLOSING_BRACKET = re.compile(r"[（(][^（）()]{1,40}[)）]\s*$")


def _drop_site_title_copies(lines: list[str], reasons: list[str | None]) -> None:
    """A line printed twice with only furniture between the copies, or a long line (a
    title: the page's heading above the article's) printed twice with only blank lines
    between: the first copy is the site's. A portal's headline that glues the document
    number to a copy of the title (鞍立政发〔2023〕2号立山区人民政府关于印发…的通知, the
    title printed beside it with 《》 and a line-wrap space) is the site's copy wherever it
    stands; so is a list page's teaser, the title followed by the text's start cut with …,
    and a summary box, the title and the text's start over the title printed again."""
    shapes = _shapes()
    # Each line stripped and keyed once: the loop compares every line with the next kept one.
    stripped = [line.strip() for line in lines]
    keys: dict[int, tuple[str, bool]] = {}

    def key_of(k: int) -> tuple[str, bool]:
        if k not in keys:
            keys[k] = _title_key(lines[k])
        return keys[k]

    for i in _first_lines(stripped):  # a summary stands in the page's header
        if reasons[i] is None and _summary_over_title(lines, reasons, i, shapes):
            reasons[i] = "site_teaser"
    seen: set[str] = set()
    for i, line in enumerate(lines):
        here = stripped[i]
        if reasons[i] is not None or not here:
            continue
        # 座谈会在咸阳召开_fororder_图片1: the headline again with an image's or the site's
        # suffix after an underscore.
        copy = _SUFFIXED.match(here) if "_" in line else None
        if copy and copy.group("title") in seen:
            reasons[i] = "site_title_copy"
            continue
        if len(here) >= shapes.title_copy_min_len:
            seen.add(here)
        j = i + 1
        while j < len(lines) and (reasons[j] is not None or not stripped[j]):  # furniture
            j += 1
        if j == len(lines):
            continue
        (key, glued), (other, other_glued) = key_of(i), key_of(j)
        below = stripped[j]
        if below in (here, _BOARD_TAG.sub("", here)):
            between_has_chrome = any(reasons[k] is not None for k in range(i + 1, j))
            if between_has_chrome or len(here) >= shapes.title_copy_min_len:
                reasons[i] = "site_title_copy"
        elif key and key == other and glued != other_glued:
            reasons[j if other_glued else i] = "site_title_copy"
        elif len(below) >= shapes.title_copy_min_len and here.startswith(below) \
                and _SITE_SUFFIX.fullmatch(here[len(below):]):
            reasons[i] = "site_title_copy"  # the page's title (…的意见-湖南省人民政府门户网站), then the notice's
        elif len(here) >= shapes.title_copy_min_len and lines[j].rstrip().endswith(_ELLIPSES) \
                and below.startswith(here):
            reasons[j] = "site_teaser"  # the title, then the text's start cut with …: a list's teaser
        elif len(here) >= shapes.title_copy_min_len and below.startswith(here + " ") \
                and any(stripped[k] == here for k in range(j + 1, min(j + 1 + _TEASER_REPEAT, len(lines)))):
            reasons[j] = "site_teaser"  # a summary box: the title and the text's start, the title again below


def _drop_headline_index(folded: list[str], reasons: list[str | None]) -> None:
    """An e-paper's or portal's index of its headlines above the article (本版标题导航 and
    seven titles): a block of sentence-less lines, no blank line between them, above the
    first prose line, that holds the article's own headline, printed again below the
    block. The whole block is the site's."""
    shapes = _shapes()
    # The first prose line kept, found from the top (the page's end is not needed).
    first = next((i for i, line in enumerate(folded) if reasons[i] is None and _is_prose(line, shapes)), len(folded))
    i = 0
    while i < first:
        end = i
        while end < first and folded[end]:
            end += 1  # the block: lines up to the next blank one
        block = [k for k in range(i, end) if reasons[k] is None]
        headlines = {folded[k] for k in block if _is_headline_shape(folded[k], shapes)}
        again = any(folded[k] in headlines for k in range(end, min(first + 1, len(folded))))
        if len(block) >= _MIN_INDEX and again and not any(_is_prose(folded[k], shapes) for k in block):
            for k in block:
                reasons[k] = "headline_index"
        i = end + 1


_MIN_INDEX = 3  # an index lists a few headlines at least


def _summary_over_title(lines: list[str], reasons: list[str | None], i: int, shapes: _Shapes) -> bool:
    """A site's summary glued into one line over the notice (title, number, addressees and
    the text's first words, cut: 吉林省人民政府关于…的落实意见(吉政发〔2014〕37号)各市(州)人民政府,…为深):
    it opens with the title printed on a line of its own right below."""
    line = lines[i].strip()
    if len(line) <= 2 * shapes.title_copy_min_len or line.endswith(_SENTENCE_ENDS):
        return False  # a summary is cut off mid-sentence; a paragraph of the notice ends one
    below = list(islice((k for k in range(i + 1, len(lines)) if not _is_furniture(lines[k], reasons[k])),
                        _TEASER_REPEAT))
    # The title printed whole over its copy wrapped on a few lines is the title, not a summary.
    wrapped = {"".join(lines[k].strip() for k in below[:n]) for n in range(2, len(below) + 1)}
    return line not in wrapped and any(
        len(title := lines[k].strip()) >= shapes.title_copy_min_len and not shapes.prose.search(title)
        and line.startswith(title) and len(line) - len(title) > shapes.title_copy_min_len
        and not line.startswith(_QUOTE_CLOSE, len(title)) for k in below)


_SENTENCE_ENDS = ("。", "！", "？", "!", "?")
_QUOTE_CLOSE = ("》", "”")


_ELLIPSES = ("…", "...")
# A forum board's or a channel's tag before a thread's subject ([浙江] 2023年龙游县政府工作报告),
# which the post below prints again without it.
_BOARD_TAG = re.compile(r"^[\[【][^\]】]{1,8}[\]】]\s*(?=\S)")
# How many lines below a summary box the title it opens with is printed again.
_TEASER_REPEAT = 3
_SUFFIXED = re.compile(r"^(?P<title>.+?)_[^\s，。；,;]{1,24}$")
# A site's name after the title in a page's title bar (-湖南省人民政府门户网站).
_SITE_SUFFIX = re.compile(r"\s*[-—_|｜]\s*[^\s，。；,;]{2,24}")
# A document number opening a line (鞍立政发〔2023〕2号…), and the marks a title's copies
# print differently (《》, line-wrap spaces).
_DOC_NUMBER = re.compile(r"^\S{1,12}?[〔［\[(（]\d{4}[〕］\])）]\d{1,4}号")
_TITLE_MARKS = re.compile(r"[\s《》〈〉]")


def _title_key(line: str) -> tuple[str, bool]:
    """A line as its copies compare (without title marks and a leading document number),
    and whether it had one glued before it."""
    line = line.strip()
    m = _DOC_NUMBER.match(line)
    return _TITLE_MARKS.sub("", line[m.end():] if m else line), m is not None
