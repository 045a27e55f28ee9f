"""Document metadata (GUIDE §3): title, issuer, date of issue, region, year, 发文字号.

`find_meta(text, page_meta=…, script=…)` reads the clean notice. Labelled fields that an
HTML page printed around the article (`page_meta`: 发文机关, 成文日期, 发文字号, 标题 …)
win over what the text suggests, because the site states them explicitly.

Choices worth knowing:
- `region` of a national notice (国务院, 中共中央, a ministry) is `全国`: the notice
  governs the whole country, and a null would read as "not found".
- `year` is the first year the targets are for; `plan_years` lists every year the plan
  sets targets for (title years, `到2020年`, a `2024年,` target paragraph, the
  validity clause). For a report (news, statistical bulletin) it is the year reported on.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from functools import lru_cache

from extract import gazetteer
from extract.dates import ARABIC_DAY, CHINESE_DAY, parse_date, read_run_together_date
from extract.gazetteer import Division
from extract.lexicon import (
    HAN_CHAR,
    admin_levels,
    alternation,
    data_kinds,
    data_lines,
    data_table,
    data_words,
    read_int,
)
from extract.model import Meta, Section
from extract.numbers import unit_table
from extract.structure import FIVE_YEAR_PLAN, five_year_span, names_a_part, plan_span
from policydb.han import HAN
from policydb.patterns import HEADING_NUMBER
from policydb.records import SUPPLIED_FIELDS

log = logging.getLogger(__name__)

# A line that is only a date: the signature date of a notice (its 年 and 月 maybe lost).
_RUN_TOGETHER = r"(?:19|20)\d{4,6}日?|(?:19|20)\d{3,4}月\d{1,2}日?"
_DATE_LINE = re.compile(rf"^[（(]?\s*(?:{ARABIC_DAY}|{CHINESE_DAY}|\d{{4}}年\d{{1,2}}月|{_RUN_TOGETHER})\s*[）)]?$")
# A 发文字号 as printed: 国办发〔2018〕128号, its brackets and spaces as a page sets them.
_DOC_NUMBER = rf"{HAN_CHAR.pattern}{{1,14}}[〔\[［(（【]\s*\d{{4}}\s*[〕\]］)）】]\s*\d{{1,5}}\s*号"
# 发文字号 standing on its own line.
_DOC_NUMBER_LINE = re.compile(rf"^{_DOC_NUMBER}$")
_SENTENCE_PUNCT = re.compile(r"[。；;！？!?]")
# A headline led by the notice's number, the title in 《》 after it (武政办〔2023〕1号《…的通知》),
# or glued to it with at most a space (盘政办发〔2009〕15号 盘锦市人民政府办公室关于…的通知).
_NUMBER_LEADS_TITLE = re.compile(rf"^(?P<number>{_DOC_NUMBER})\s*《(?P<title>[^《》]{{6,100}})》$")
_NUMBER_BEFORE_TITLE = re.compile(rf"^(?P<number>{_DOC_NUMBER})\s*(?P<title>[^《》\s]{{6,100}})$")
_TITLE_NUMBER = re.compile(r"\s*[（(]([^（()）\s]{1,12}[〔\[［][12]\d{3}[〕\]］]\d{1,4}号)[)）]$")
_LETTER_SPACED = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]+){3,}[\u4e00-\u9fff]")
_SPACED_OUT = re.compile(r"[ \u3000]+")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
@lru_cache(maxsize=1)
def _title_years() -> re.Pattern[str]:
    """A year or span a title names (2021年, 2021-2025年); not 2016年以来, the start of a span
    running to the report's day (meta_year_baselines.tsv's `not_target` words)."""
    since = alternation(data_kinds("meta_year_baselines.tsv")["not_target"])
    return re.compile(rf"(?<!\d)((?:19|20)\d{{2}})\s*(?:[-－—–~～至到]\s*((?:19|20)\d{{2}}))?\s*年(?!{since})")


# A report's title may close on the day it was delivered, with the speaker (政府工作报告(2022年1月13日
# 沈宏宇)).
_DELIVERY_NOTE = r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^()（）]{0,8}"
# Or on its edition (…行动方案(6.0版), …指南(2024年版)).
_EDITION_NOTE = r"(?:\d{1,2}(?:\.\d{1,2})?|(?:19|20)\d{2}年?)版"


# The years a title closes on in brackets (…责任分解(2023年), …行动计划(2024—2025年)).
_YEARS_NOTE = r"(?:19|20)\d{2}(?:年?\s*[—\-－~至到]\s*(?:19|20)\d{2})?年?"


@lru_cache(maxsize=1)
def _tables() -> dict[str, object]:
    return {
        "doc_type": re.compile(f"(?:{alternation(data_lines('meta_doc_types.txt'))})》?"
                               f"(?:[（(](?:{alternation(data_lines('meta_title_notes.txt'))}|{_DELIVERY_NOTE}|{_EDITION_NOTE}"
                               f"|{_YEARS_NOTE})[)）])?$"),
        # …27日开幕 陈吉明作报告: a headline that ends narrating who delivered the report (工作报告's
        # 作 is no verb).
        "delivery_told": re.compile(f"(?<!工)(?:{alternation(data_kinds('meta_headline.tsv')['delivers'])})"
                                    f"{HAN_CHAR.pattern}{{0,8}}(?:{alternation(data_lines('meta_doc_types.txt'))})$"),
        "delivered": re.compile(f"(?:{alternation(data_kinds('meta_headline.tsv')['delivered_to'])})"
                                f"{HAN_CHAR.pattern}{{1,8}}"
                                f"(?:{alternation(data_kinds('meta_headline.tsv')['delivers'])})"
                                f"{HAN_CHAR.pattern}{{0,12}}(?:{alternation(data_lines('meta_doc_types.txt'))})$"),
        "org_end": re.compile(f"(?:{alternation(data_lines('meta_org_suffixes.txt'))})$"),
        "region_suffixes": list(admin_levels()),
        "not_regions": set(data_lines("meta_not_regions.txt")),
        "not_place_starts": tuple(data_lines("meta_not_place_starts.txt")) + data_words("goal_periods.txt"),
        "counted": re.compile(f"[{''.join(data_lines('meta_not_place_marks.txt'))}]"),
        "organ": re.compile(alternation(data_lines("meta_organ_words.txt"))),
    }


@lru_cache(maxsize=1)
def _national() -> tuple[re.Pattern[str], str]:
    """(the opening of a national body's name, the region of a national notice)."""
    words = data_kinds("meta_national.tsv")
    # 国家级生态县创建工作方案: a national rank a county seeks, not a national body; so is a
    # national honour a place seeks (全国绿化模范县迎检实施方案, 创建全国文明城市).
    honour = (rf"{HAN_CHAR.pattern}{{0,4}}(?:{alternation(words['honour'])})"
              rf"{HAN_CHAR.pattern}{{0,2}}(?:{alternation(words['honoured'])})")
    return re.compile(f"^(?:{alternation(words['prefix'])})(?!级)(?!{honour})"), words["region"][0]


# How far into a text its opening reaches: a report of the nation's work report says so
# in its lead, not somewhere down a provincial page that quotes it.
_NATION_REACH = 800


@lru_cache(maxsize=1)
def _nation_delivers() -> re.Pattern[str]:
    words = data_kinds("meta_national.tsv")
    report = _work_report()[0]["title"]
    return re.compile(rf"(?:{alternation(words['delivers'] + words['congress'])})[^。\n]{{0,30}}?{report}")


# The National People's Congress has sat for five-year terms since its sixth (1983): the
# Nth term's Mth session meets in 1983 + 5·(N − 6) + M − 1 (十四届…一次会议: 2023).
_SIXTH_TERM_YEAR, _TERM_YEARS, _FIRST_FIVE_YEAR_TERM = 1983, 5, 6


@lru_cache(maxsize=1)
def _national_session() -> re.Pattern[str]:
    congress = alternation(data_kinds("meta_national.tsv")["congress"])
    return re.compile(
        rf"第?(?P<term>[一二三四五六七八九十]{{1,3}})届(?:{congress})第?(?P<session>[一二三四五六])次会议")


def national_session_year(text: str) -> int | None:
    """The year of the national congress session a text names first (十四届全国人大一次会议
    → 2023); None when it names none of the five-year terms."""
    found = _national_session().search(text)
    if not found:
        return None
    term, session = read_int(found.group("term")), read_int(found.group("session"))
    if term is None or session is None or term < _FIRST_FIVE_YEAR_TERM:
        return None
    return _SIXTH_TERM_YEAR + _TERM_YEARS * (term - _FIRST_FIVE_YEAR_TERM) + session - 1


def _delivered_at_session(text: str) -> bool:
    """Whether a sentence names both a national congress session and the work report."""
    report = _work_report()[0]["title"]
    return any(report in sentence and _national_session().search(sentence) for sentence in text.split("。"))


def _reports_to_the_nation(text: str) -> bool:
    """Whether the text opens on a work report delivered to the nation (by the premier,
    to the 全国人大)."""
    return _nation_delivers().search(text, 0, _NATION_REACH) is not None


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    """A page field's label (发文机关, 名称 …) → the field it fills (data/meta_page_labels.tsv)."""
    return {label: field for field, label in data_table("meta_page_labels.tsv")}


def _table_fields(lines: list[str]) -> dict[str, str]:
    """`label | value |` pairs of an info-disclosure table left at the top of a text
    scrape (索引号 | … | 发布机构 | 苍溪县政府 |), as page fields: label → value. A label
    followed by another label is blank."""
    labels = _labels()
    found: dict[str, str] = {}
    for line in lines[:20]:
        if "|" not in line:
            continue
        cells = [_clean_key(c) if _clean_key(c) in labels else c.strip() for c in line.split("|")]
        for label, value in zip(cells, cells[1:], strict=False):
            if label in labels and value and value not in labels:
                found.setdefault(label, value)
    return found


def page_fields(page_meta: dict[str, str] | None, lines: list[str]) -> dict[str, str]:
    """Field (title, issuer, publisher, issued, doc_number, published) → value, from the
    page's labelled fields, else from an info table left in the text; blank values left out."""
    labels = _labels()
    pm = {_clean_key(k): (v or "").strip() for k, v in (page_meta or {}).items()}
    fields: dict[str, str] = {}
    for source in (pm, _table_fields(lines)):
        for label, value in source.items():
            field = labels.get(label)
            if field and value and labels.get(value) != "empty":
                fields.setdefault(field, value)
    return fields


@lru_cache(maxsize=1)
def _work_report() -> tuple[dict[str, str], re.Pattern[str]]:
    """The words of a 政府工作报告, and its subtitle: the date (a repost may leave it out) and
    the congress it was delivered to."""
    words = {kind: word for kind, word in data_table("meta_work_report.tsv")}
    delivery = re.compile(
        # The date may have lost its 年 and 月 (——20191225日在…).
        # It may have lost them to spaces in a PDF copy (——2020 1 7 日在…). A text copy may
        # draw its dash with box-drawing lines (──2013年1月20日在…), or bracket the subtitle.
        rf"(?:^|(?<=[—\-－─(（]))[—\-－─(（\s]*(?P<date>(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日|(?:19|20)\d{{4,6}}日"
        rf"|{_SPACED_DAY}|{CHINESE_DAY})?"
        # The congress's name may wrap onto the next line (在青龙满族自治县 / 第九届人民代表大会…).
        # (or in brackets, naming the congress short: (2021年3月29日在州八届人大七次会议…上))
        rf"在(?P<congress>[^\n]{{2,30}}?(?:\s*\n\s*[^\n]{{1,12}}?)?)\s*"
        rf"(?:{re.escape(words['congress'])}|{re.escape(words['congress_short'])})", re.M)
    return words, delivery


@lru_cache(maxsize=1)
def _this_year() -> tuple[str, ...]:
    return data_lines("meta_this_year.txt")


def _says_this_year(text: str) -> bool:
    return any(word in text for word in _this_year())


def is_place(name: str) -> bool:
    """Whether `name` is the full name of an administrative division (沧州市, 樊城区)."""
    return gazetteer.is_division(name)


def _clean_key(key: str) -> str:
    return re.sub(r"[\s\u3000:：]", "", key)


def _text_lines(text: str) -> list[str]:
    """The text's lines with words, each without its padding and without the border a
    table cell closes it with (…的通知 |: a title in a layout table's cell)."""
    stripped = (ln.strip().strip("\u3000\u00a0 ") for ln in text.splitlines())
    return [_CELL_BORDER.sub(r"\g<cell>", ln) if ln.endswith(_BORDERS) else ln for ln in stripped if ln]


# One border closing a line that holds no other (a cell a line), not the cells of a row.
_CELL_BORDER = re.compile(r"^(?P<cell>[^|｜]+?)\s*[|｜]$")
_BORDERS = ("|", "｜")


@lru_cache(maxsize=1)
def _attachment_list() -> re.Pattern[str]:
    """附件:1.经济社会发展…进展情况表: the list of a notice's attachments."""
    return re.compile(rf"^(?:{alternation(data_kinds('meta_headline.tsv')['attachment'])})\s*[:：]\s*\d")


def _is_title_line(line: str) -> bool:
    t = _tables()
    # A portal's headline may close on the notice's number (…的通知 (粤府〔2021〕22号)).
    line = _TITLE_NUMBER.sub("", line).rstrip()
    return (len(line) <= 80 and not _SENTENCE_PUNCT.search(line) and not line.endswith((":", "："))
            and "|" not in line and bool(t["doc_type"].search(line)) and not line.startswith("《")
            and not _attachment_list().match(line) and not HEADING_NUMBER.match(line))


@lru_cache(maxsize=1)
def _headline() -> dict[str, re.Pattern[str]]:
    words = data_kinds("meta_headline.tsv")
    return {
        "chrome": re.compile(alternation(words["chrome"]), re.I),
        # A stamp label opening the line, or a date with its time of day (2025年01月13日10:05).
        "stamp": re.compile(rf"^(?:{alternation(words['stamp'])})"
                            r"|\d{4}[年\-/.]\d{1,2}[月\-/.]\d{1,2}日?\s*\d{1,2}:\d{2}"),
        "lead": re.compile(rf"^[^，,。]{{0,16}}?(?:{alternation(words['lead'])})(?:[:：(（\s]|$)"),
        "file": re.compile(rf"(?:{alternation(words['file'])})$", re.I),
        "date": re.compile(r"^[\d\s年月日:：\-/.]+$"),
        "when": re.compile(rf"(?:{alternation(words['when'])})?[(（]?(?:\d{{1,2}}月\d{{1,2}}日)?[)）]?"
                           rf"(?:{alternation(words['daypart'])})?"),
        "announces": re.compile(rf"^[^《》\s]{{2,12}}?(?:{alternation(words['announces'])})(?!.*关于)[^《》]+$"),
        # 海南日报记者 金昌波: a credit line, and the name after the word.
        "explains": re.compile(rf"^(?:{alternation(words['explains'])})"),
        "kicker": re.compile(rf"^《[^《》]{{2,20}}》(?:{alternation(words['kicker'])})$"),
        "credit": re.compile(rf"(?:{alternation(words['credit'])})[\s:：]*{HAN_CHAR.pattern}{{2,3}}"
                             rf"(?!{HAN_CHAR.pattern})"),
    }


# A reporter's credit standing as a line of its own is short (海南日报记者 金昌波).
MAX_CREDIT_LINE = 20


def is_headline(line: str) -> bool:
    """A line that can be a news headline: short, no sentence (。！？), no label (…:), no
    table row, breadcrumb, numbered heading or notice number (甘政发〔2022〕9号), no site
    furniture, no outlet's dateline."""
    h = _headline()
    compact = re.sub(r"\s+", "", line)
    # A headline may exclaim (同比增长25.7%!一季度…, …全面完成啦!) and close with a question
    # (“3万亿”如何炼成?); a full stop or a question inside it ends a sentence.
    compact = compact.rstrip("!！?？")
    return (_MIN_HEADLINE <= len(compact) <= 100 and len(HAN_CHAR.findall(compact)) >= 2
            and not re.search(r"[。？?|>›»]", compact) and not compact.endswith((":", "："))
            and not HEADING_NUMBER.match(compact) and not _DOC_NUMBER_LINE.match(compact)
            and not h["chrome"].search(compact)
            and not h["lead"].match(compact) and not h["stamp"].search(compact) and not h["date"].match(compact)
            and not h["when"].fullmatch(compact)
            and not (len(compact) <= MAX_CREDIT_LINE and h["credit"].search(line)))


_MIN_HEADLINE = 6
# A channel's tag before a headline (2022全国地方两会|广西GDP增长7.5%): the headline is
# read without it; a row of several cells is no headline.
_CHANNEL_TAG = re.compile(r"^[^|｜\s]{2,12}[|｜](?=[^|｜]+$)")


def _headline_of(lines: list[str]) -> str | None:
    """A news page's headline: the line above its publication stamp (来源:…, a date and
    time), else the first line that is not site furniture; None where that line is a lead
    sentence or a section heading (a scrape cut below its headline)."""
    h = _headline()
    head = lines[:15]
    for i, line in enumerate(head):
        if h["stamp"].search(line):
            above = [cand for cand in head[:i] if is_headline(_CHANNEL_TAG.sub("", cand))]
            if above:
                return above[-1]
            break
    for i, line in enumerate(head):
        if h["kicker"].match(line) and i + 1 < len(head) and is_headline(head[i + 1]):
            continue  # 《政府工作报告》解读 over the headline
        if not h["chrome"].search(line):
            # A scrape that opens on a report's part (2022年工作回顾) has lost its headline.
            return line if is_headline(_CHANNEL_TAG.sub("", line)) and not names_a_part(line) else None
    return None


def _unwrapped(lines: list[str], i: int, text: str) -> str:
    """A plan's title printed over two lines, as the covering notice cites it in 《》."""
    if i > 0 and f"《{lines[i - 1]}{lines[i]}》" in text:
        return lines[i - 1] + lines[i]
    return lines[i]


def _is_report_subject(line: str) -> bool:
    """A report's title that names its subject and no document type (关于…重点工作完成情况)."""
    return (line.startswith("关于") and len(line) <= 60 and not _SENTENCE_PUNCT.search(line)
            and line.endswith(_report_subjects()))


@lru_cache(maxsize=1)
def _report_subjects() -> tuple[str, ...]:
    return data_lines("meta_report_subjects.txt")


def _issuer_line(lines: list[str], i: int) -> str:
    """The body's name printed on its own line above a title that opens with 关于 (金乡县人民政府
    / 关于下达…的通知: 发文机关 and 事由 on two lines), else ""."""
    if i == 0 or not lines[i].startswith("关于"):
        return ""
    above = lines[i - 1].strip()
    if len(above) <= 30 and _tables()["org_end"].search(above) and not re.search(r"[，,。：:；;\s]", above):
        return above
    return ""


_WRAPPED_TITLE_TAIL = 30  # the rest of a 关于… title wrapped onto the next line (主要目标任务的通知)


def _closes_wrapped_title(below: str, line: str) -> bool:
    """Whether the short line below a 关于… line ends the title with the notice's own type
    (…的通知), the 关于… line naming only a document it cites (市政府工作报告)."""
    if not below or len(below) > _WRAPPED_TITLE_TAIL or _SENTENCE_PUNCT.search(below) or "关于" in below:
        return False
    def closed(s: str) -> bool:  # …的通知: a type of the notice's own closes it
        s = s.rstrip()
        return any(m.end() == len(s) and s[m.start() - 1:m.start()] == "的" for m in _tables()["doc_type"].finditer(s))

    # (关于印发某县招商引资实施方案的通知 / 某县招商引资实施方案: the plan's own title, no wrap)
    return closed(below) and not closed(line) and _is_title_line(line + below) and not HEADING_NUMBER.match(below)


def find_title(lines: list[str], text: str = "") -> str | None:
    """The 关于…的通知 line (joined when wrapped), else the plan's title, else the headline."""
    head = lines[:12]
    for i, line in enumerate(head):
        if "关于" not in line or _SENTENCE_PUNCT.search(line) or line.endswith((":", "：")):
            continue
        # A line whose only document type is the cited one's (关于印发2022年省《政府工作报告》)
        # goes on below: its own type (重点任务分工方案的通知) is on the next line.
        if _closes_wrapped_title(head[i + 1] if i + 1 < len(head) else "", line):
            # 关于分解落实2019年市政府工作报告 / 主要目标任务的通知: the type below is the notice's own.
            return _issuer_line(head, i) + line + head[i + 1]
        if _is_title_line(line) and _tables()["doc_type"].search(_CITED.sub("", line)):
            # …的实施意见 / (试行): a note on a line of its own below still closes the title.
            note = head[i + 1] if i + 1 < len(head) else ""
            noted = line + note
            closes = _TITLE_NOTE_LINE.fullmatch(note) and _is_title_line(noted)
            return _issuer_line(head, i) + (noted if closes else line)
        # A title wrapped over two or three lines (the gov.cn layout).
        for more in (1, 2):
            wrapped = head[i + 1:i + 1 + more]
            joined = line + "".join(wrapped)
            if len(wrapped) == more and all(len(w) <= 40 for w in wrapped) and (
                    _is_title_line(joined) or _is_report_subject(joined)):
                return _issuer_line(head, i) + joined
        if _is_title_line(line) or _is_report_subject(line):
            return _issuer_line(head, i) + line
    for i, line in enumerate(lines[:40]):
        if _attachment_list().match(line):
            break  # 附件:1.…表 / 2.…表: the notice's attachments are listed, its title is above
        # A heading printed with a space between its characters (政 府 工 作 报 告).
        line = _SPACED_OUT.sub("", line) if _LETTER_SPACED.fullmatch(line) else line
        # 向大会作《政府工作报告》: a line whose only document is the one it quotes speaks of it.
        if _is_title_line(line) and len(line) >= 6 and not _tables()["delivered"].search(line) \
                and _tables()["doc_type"].search(_CITED.sub("", line)):
            return _unwrapped(lines, i, text) if line == lines[i] else line
    headline = _headline_of(lines)
    # ——数读政府工作报告中的民生情怀(上): a column's dash before its headline is no part of it.
    return _LEADING_DASH.sub("", _headline()["file"].sub("", headline)) if headline else None


# A title's note in brackets on a line of its own ((试行), (2025年版)).
_TITLE_NOTE_LINE = re.compile(r"[（(][^（）()\n]{1,10}[)）]")


# A year a template masks (**年, 20XX年, ××年) and a year printed in full.
_MASKED_YEAR = re.compile(r"(?:\*\*|(?:19|20)?(?:XX|xx|××|＊＊))年")
_PRINTED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}\s?年")


@lru_cache(maxsize=1)
def _column_tag() -> re.Pattern[str]:
    """A portal's column tag before a title (【保基本民生】); not a tag saying the page explains
    the notice (【文字解读】): that one is the headline's, and dates the page as a reading."""
    reading = alternation(data_kinds("meta_report_titles.tsv")["dated-by-page"])
    return re.compile(rf"^【(?![^】]*(?:{reading}))[^】\s]{{2,16}}】\s*")


# A document the title cites, in its quotes.
_CITED = re.compile(r"《[^《》]*》")
_LEADING_DASH = re.compile(r"^[—\-－]{1,2}\s*(?=\S)")
_LEADING_BULLET = re.compile(r"^[•●◆▪·]\s*(?=\S)")


@lru_cache(maxsize=1)
def _issuing_verb() -> re.Pattern[str]:
    return re.compile(rf"^([^《》]{{2,90}}?)(?:{alternation(data_lines('meta_title_issue_verbs.txt'))})《")


def issuer_from_title(title: str | None) -> str | None:
    if not title:
        return None
    # Joint issuers may be four bodies or more (成都市发展和改革委员会 中共成都市委社会工作部 …).
    m = re.match(r"^(.{2,90}?)关于", title)
    if not m or "《" in m.group(1):
        m = _issuing_verb().match(title)
    if not m:
        return None
    issuer = m.group(1).strip()
    # A year or a region alone before 关于 is not an issuer (2018年关于…).
    if _tables()["org_end"].search(issuer):
        return issuer
    return None


# A bulletin's masthead (简报, 督查通报): the issuing body and the date on one line, set
# apart by a wide gap (寿县人民政府督查室           2022年8月19), its 日 sometimes lost; a copy
# may glue the two (新安县人民政府办公室2010年5月5日).
_MASTHEAD = re.compile(r"^(?P<body>[^\s，,。；;：:]{2,30}?)[ \u3000]*(?P<date>\d{4}年\d{1,2}月\d{1,2}日?)\s*$")
_MASTHEAD_LINES = 15


def _masthead(lines: list[str]) -> re.Match[str] | None:
    """The masthead line among the first lines whose left part is a body's name."""
    for line in lines[:_MASTHEAD_LINES]:
        m = _MASTHEAD.match(line)
        if m and _is_body_name(m.group("body")):
            return m
    return None


def issuer_from_signature(lines: list[str]) -> str | None:
    """The body's name on the line just above the signature date, else on the notice's
    last line right under its closing formula (特此公示。/ 六安市投资创业中心), else on a
    bulletin's masthead."""
    for i in range(1, len(lines)):
        if _DATE_LINE.match(lines[i]):
            cand = re.split(r"\s{2,}|\u3000", lines[i - 1])[0].strip()
            if _is_body_name(cand):
                return cand
    if len(lines) >= 2 and _CLOSING_FORMULA.match(lines[-2]) and _is_body_name(lines[-1].strip()):
        return lines[-1].strip()
    masthead = _masthead(lines)
    return masthead.group("body") if masthead else None


def _is_body_name(cand: str) -> bool:
    """A line that is a body's name alone (临江市人民政府办公室), as a signature prints it."""
    return 2 <= len(cand) <= 30 and bool(_tables()["org_end"].search(cand)) and not re.search(r"[，,。：:；;]", cand)


# 特此通知。 特此公示 特此函告: the formula that closes a notice above its signature.
_CLOSING_FORMULA = re.compile(r"^\s*特此\S{1,3}[。！]?\s*$")


def signature_date(lines: list[str], published: str | None = None) -> str | None:
    """The date on the notice's signature line; one whose 年 and 月 the scrape lost
    (2023925日) is read where only one date fits, under a body's name or at the end, and
    not after the day the page `published` it (ISO)."""
    for i, line in enumerate(lines):
        if _DATE_LINE.match(line):
            signs = i >= len(lines) - 3 or issuer_from_signature(lines[i - 1:i + 1]) is not None
            iso = parse_date(line) or (read_run_together_date(line, published) if signs else None)
            if iso:
                return iso
    masthead = _masthead(lines)
    return parse_date(masthead.group("date")) if masthead else None


def _table_issuer(table: str | None, titled: str | None) -> str | None:
    """The issuer: an info table's 发文机关, unless the title names a body of the same place
    (发文机关: 盘锦市政府 over 盘锦市人民政府办公室关于…: the notice names its own)."""
    place = division_of_name(table)[0] if table and titled else None
    if place is not None and place == division_of_name(titled)[0]:
        return titled
    return table or titled


def find_doc_number(lines: list[str]) -> str | None:
    """This notice's own 发文字号: a line of its own near the top (a cited one sits in a sentence)."""
    for line in lines[:15]:
        # 津政办规〔2023〕4号           2023-04-11: the page's date beside it; a gazette prints
        # the notice's own date there (川府发〔2011〕8号 二○一一年三月十七日).
        line = _TRAILING_DATE.sub("", _GAZETTE_DATE.sub("", line))
        compact = line.replace(" ", "").replace("\u3000", "")
        # A law site prints it in brackets under the title: (汴政办〔2005〕34号). (Only a line
        # opening on a bracket is tried: a sub with a group in its template calls back into
        # Python's re module even where nothing matches.)
        if compact.startswith(("（", "(")):
            compact = _BRACKETED_LINE.sub(r"\1", compact)
        if _DOC_NUMBER_LINE.match(compact):
            return compact
        # 淮政办发〔2020〕1号各县区人民政府,市各委办局:: a copy that ran the number into the
        # addressees below it.
        if m := _NUMBER_OVER_ADDRESSEES.match(compact):
            return m.group("number")
    return None


_NUMBER_OVER_ADDRESSEES = re.compile(rf"^(?P<number>{_DOC_NUMBER})(?=各)")


_BRACKETED_LINE = re.compile(r"^[（(](.+)[)）]$")
_GAZETTE_DATE = re.compile(rf"[\s\u3000]+(?P<date>{CHINESE_DAY})\s*$")


def number_line_date(lines: list[str]) -> str | None:
    """The date a gazette prints beside the notice's number (川府发〔2011〕8号 二○一一年三月十七日)."""
    for line in lines[:15]:
        if (m := _GAZETTE_DATE.search(line)) and _DOC_NUMBER_LINE.match(re.sub(r"\s", "", line[:m.start()])):
            return parse_date(m.group("date"))
    return None
_TRAILING_DATE = re.compile(r"[\s\u3000]{2,}(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*$")


def _name_start(name: str) -> str:
    """A body's or title's name from where its place may start: without opening marks
    (《鹿寨县…》, mojibake `????`), the party's prefix and a leading year."""
    # A site's bracketed tag of the province it files the page under: (内蒙古)2020年呼和浩特市….
    name = re.sub(r"^[（(][^（()）]{2,6}[)）](?=\S)", "", name.strip())
    name = re.sub(rf"^[^{HAN}\d]+", "", name)
    name = re.sub(r"^(?:中共|中国共产党)", "", name)
    return re.sub(r"^(?:19|20)\d{2}(?:[-－—–至到](?:19|20)\d{2})?年(?:度)?", "", name)


def division_of_name(name: str | None) -> tuple[str | None, Division | None]:
    """(region, its division) of the administrative name a body or title starts with:
    沧州市人民政府办公室 → 沧州市, 亳州市谯城区… → 谯城区, 《鹿寨县…》 → 鹿寨县. A zone
    named after its division (沧州渤海新区) is the region, in that division."""
    if not name:
        return None, None
    name = _name_start(name)
    national, everywhere = _national()
    if national.match(name):
        return everywhere, None
    end, division = gazetteer.chain_at(name)
    if division is None:
        return None, None
    # The place ends where the body's name begins: 临江市委办公室临江市 is no place.
    t = _tables()
    organ = t["organ"].search(name, end)
    rest = name[end:organ.start() if organ else len(name)]
    zone = re.match(rf"^{HAN_CHAR.pattern}{{0,6}}?(?:{alternation(data_kinds('meta_division_words.tsv')['zone'])})",
                    rest)
    if zone and not any(zone.group(0).endswith(bad) for bad in t["not_regions"]):
        return name[:end] + zone.group(0), division
    return division.name, division


def unlisted_place(name: str | None, text: str) -> str | None:
    """A place the gazetteer does not list (a division made or renamed after its data, a
    gap in it): 2 to 4 characters and a level word opening a body's name right before its
    organ (丰阳市人民政府), or opening a title and named again in the text. No division code."""
    if not name:
        return None
    name = _name_start(name)
    t = _tables()
    m = re.match(rf"^(?!关于){HAN_CHAR.pattern}{{2,4}}?(?:{alternation(t['region_suffixes'])})", name)
    if not m or any(m.group(0).endswith(bad) for bad in t["not_regions"]) or t["counted"].search(m.group(0)) \
            or m.group(0).startswith(t["not_place_starts"]):
        return None
    place = m.group(0)
    return place if t["organ"].match(name, m.end()) or text.count(place) >= 2 else None


def region_of_name(name: str | None) -> str | None:
    """The region a body's or title's name starts with (see `division_of_name`)."""
    return division_of_name(name)[0]


def _printed_place(congress: str) -> str | None:
    """The place a congress is named by, as printed with its parents (遂宁市安居区第五届人民代表大会
    → 遂宁市安居区), for the government that delivered its report; else its region."""
    place = region_of_name(congress)
    if not place:
        return None
    at = congress.find(place)
    printed = congress[:at + len(place)] if at > 0 else place
    return printed if region_of_name(printed) == place and gazetteer.chain_at(printed)[0] == len(printed) else place


# Asked of one notice by the headline, the body and the page source in turn: read once.
@lru_cache(maxsize=2)
def _text_level(text: str) -> str | None:
    """The level word a text calls its own place by (我市, 本县; else 全市, 全省): the most
    used. 我/本 come first: 全省 also ranks a city within its province (居全省第一)."""
    words = data_kinds("meta_self_reference.tsv")
    for kind in ("own", "whole"):
        found = re.findall(f"(?:{alternation(words[kind])})({alternation(words['level'])})", text)
        if found:
            return _most_used(found, words["level"])
    # A notice that names its own government by level alone (县政府重点工作任务, 县人民政府同意).
    found = _report_phrases()["own_government"].findall(text)
    if not found:
        # A table naming its own bodies by level alone (县教育局, 县交通局 under 牵头单位).
        found = _report_phrases()["own_bodies"].findall(text)
    return _most_used(found, words["level"]) if found else None


def _most_used(found: list[str], levels: tuple[str, ...]) -> str:
    """The level word used most; of two used as often, the lower level (never set order:
    the same notice must give the same answer in every run)."""
    counts = Counter(found)
    return max(counts, key=lambda word: (counts[word], levels.index(word) if word in levels else -1))


_TWO_CHAR_COUNTY = re.compile(rf"{HAN_CHAR.pattern}(?:{alternation(admin_levels())})")
_TWO_CHAR_COUNTY_MIN = 3


# A government body's unified social credit code (11330600002577014T) opens a portal's
# 索引号: 11 marks an organ of state, the next six digits are its division's code.
_ORGAN_CREDIT_CODE = re.compile(r"^\s*11(\d{6})[0-9A-Z]{10}")


def division_of_index(index: str | None) -> Division | None:
    """The division of the body that published the page, from its info table's 索引号."""
    m = _ORGAN_CREDIT_CODE.match(index or "")
    return gazetteer.by_code(m.group(1)) if m else None


def _own_mentions(text: str, away: tuple[str, ...], honours: tuple[str, ...] = ()) -> Counter[Division]:
    """How often the text names each division, but for places named after one of the
    `away` words (赴广东省: a place gone to), and every place of a list after one
    (赴上海、北京、苏州等地), and names an honour word follows (平安区称号: a title)."""
    counts: Counter[Division] = Counter()
    away_until = -1  # where the last place not the text's own ends
    for at, division in gazetteer.mentions(text):
        if text.endswith(away, 0, at) or (at == away_until + 1 and text[away_until] == "、"):
            away_until = _name_end(text, at)
            continue
        if honours and text.startswith(honours, _name_end(text, at)):
            continue
        counts[division] += 1
    return counts


def _name_end(text: str, at: int) -> int:
    """Where the division's name read at `at` ends (its full name or a short one)."""
    found = gazetteer.name_at(text, at)
    return at + len(found[0]) if found else at


def division_from_body(text: str) -> Division | None:
    """The division a text is about, from the places it names: from the province most
    names fall in, down to the city or county that most of them stay in (a city with
    its counties named once each stays the city; a list of one province's cities is
    the province), and down further while the text calls its place by a lower level
    (全市 in a text naming its province once and its city once)."""
    body = _headline()["credit"].sub("", text)
    words = data_kinds("meta_division_words.tsv")
    counts = _own_mentions(body, words["travel"] + words["rival"], words["honour"])
    level = _text_level(text)
    if level and (own := {d: n for d, n in counts.items() if d.name.endswith(level)}):
        # A text that calls its place 全市 is about a city (or a county-level city), when it
        # names one: a province named beside it is where the city lies.
        counts = own
    # A county of two characters (忠县) is a word as often as a place (全市和县级): it
    # counts where the text names it again and again.
    # Not one ending a word that names a kind of place (模范县 holds 范县).
    not_regions = _tables()["not_regions"]
    two_char = Counter(m.group() for m in _TWO_CHAR_COUNTY.finditer(body)
                       if body[max(0, m.start() - 1):m.end()] not in not_regions)
    for name, n in two_char.items():
        division = next((d for d in gazetteer.divisions(name) if d.name == name and d.level == gazetteer.COUNTY), None)
        if division and n >= _TWO_CHAR_COUNTY_MIN:
            counts[division] = counts.get(division, 0) + n
    if not counts:
        return None

    def support(node: Division) -> int:
        return sum(n for d, n in counts.items() if gazetteer.contains(node, d))

    def children(node: Division | None) -> list[Division]:
        kids = {_child_towards(node, d) for d in counts if node is None or (d != node and gazetteer.contains(node, d))}
        return sorted(kids, key=lambda k: (-support(k), k.code))

    node: Division | None = None
    while kids := children(node):
        best = kids[0]
        named_here = node is not None and level is not None and node.name.endswith(level)
        if named_here and counts.get(node, 0) >= support(best):
            break
        if len(kids) > 1 and support(kids[1]) == support(best):
            break
        # Below the province, a place is the text's when most names fall in it, or when
        # the text calls its place by a lower level than the node's.
        majority = node is None or 2 * support(best) > support(node)
        if not (majority or (level is not None and not named_here)):
            break
        node = best
    if node is not None and node.level == gazetteer.CITY and counts.get(node, 0) == 0 \
            and level in _COUNTY_LEVEL_WORDS:
        # A text of 全县 naming only its peers (other counties of one city, in a ranking) is
        # about a county it does not name: not the city they share.
        return None
    # Names spread over several provinces (a national report): the most named place.
    return node or max(counts, key=lambda d: counts[d])


# The level words a county calls its own place by (全县, 我区, 本旗).
_COUNTY_LEVEL_WORDS = frozenset("县区旗")


# The date a news report opens its lead with: 华商报讯(记者 陈永辉)2月25日，…; or, as the
# first line under the headline, 2月26日，…推进会召开 / 1月19日上午9时，…会议开幕.
@lru_cache(maxsize=1)
def _dateline() -> re.Pattern[str]:
    credit = alternation(data_kinds("meta_headline.tsv")["credit"])
    daypart = alternation(data_kinds("meta_headline.tsv")["daypart"])
    return re.compile(
        # …客户端讯 记者李小涛报道:10月20日,…: the outlet's credit, its reporter's after it
        rf"^\s*(?P<credit>[^，,。\s]{{1,12}}讯\s*(?:[（(][^）)]{{0,40}}[）)])?\s*"
        rf"(?:(?:{credit})[^，,。\s:：]{{1,6}}?(?:报道)?\s*[:：]\s*)?"
        # 21世纪经济报道记者李莎 北京报道 1月11日,…: a reporter's credit
        rf"|[^，,。\s]{{0,20}}(?:{credit})[^，,。\s]{{1,4}}\s+[^，,。\s]{{2,6}}报道\s*"
        # 中国网/宜春头条客户端新闻记者曾志祥摄影报道:2020年5月19日上午,…
        rf"|[^，,。\s]{{0,24}}(?:{credit})[^，,。\s:：]{{2,8}}报道[:：]\s*)?"
        rf"(?:(?P<year>(?:19|20)\d{{2}})年)?(?P<month>\d{{1,2}})月(?P<day>\d{{1,2}})日(?:(?:{daypart})(?:\d{{1,2}}时)?)?\s*[，,]"
        # a wire's dateline, the date inside its credit: 中新社北京11月28日电 (记者)
        r"|^\s*(?P<wire>[^，,。\s\d]{2,12}?)(?P<wire_month>\d{1,2})月(?P<wire_day>\d{1,2})日电")


def dateline_date(lines: list[str], title: str | None, year: int, *, credited: bool = False) -> str | None:
    """A news report's dateline date, in the year the text implies (GUIDE §3): the date
    its lead opens with, after the outlet's credit (…讯) or as the first line under the
    headline. A bare opening date whose sentence narrates a finished event (9月9日，…成功
    举办…) opens a roundup written later: no dateline."""
    # The headline may print spaces the title was read without.
    compact = re.sub(r"\s+", "", title or "")
    # (A cell border alone on a line, |, above the lead is no line of the body.)
    body = [line for line in lines[:40] if re.sub(r"\s+", "", line) != compact and HAN_CHAR.search(line)]
    for i, line in enumerate(body):
        m = _dateline().match(line)
        if m and m.group("wire"):
            return parse_date(f"{year}年{m.group('wire_month')}月{m.group('wire_day')}日")
        if not m or not (m.group("credit") or (i == 0 and not credited)):
            continue
        sentence = line[m.end():].split("。")[0]
        # 4月8日,记者从市招商投资局了解到: a reporter's lead is a dateline, whatever it narrates.
        reporter = sentence.lstrip("，, ").startswith(tuple(data_kinds("meta_headline.tsv")["credit"]))
        narrates = any(word in sentence for word in data_lines("deadline_past_markers.txt"))
        if m.group("credit") or reporter or not narrates:
            return parse_date(f"{m.group('year') or year}年{m.group('month')}月{m.group('day')}日")
    return None


@lru_cache(maxsize=1)
def _report_phrases() -> dict[str, re.Pattern[str]]:
    words = data_kinds("meta_work_report.tsv")
    levels = data_kinds("meta_self_reference.tsv")["level"]
    daypart = alternation(data_kinds("meta_headline.tsv")["daypart"])
    return {
        # The day a congress met, where news of its work report gives no dateline (在1月9日
        # 召开的镇江市八届人大三次会议上): the day the report was delivered.
        "session_day": re.compile(
            rf"(?P<month>\d{{1,2}})月(?P<day>\d{{1,2}})日(?:{daypart})?(?:{alternation(words['met'])})的"
            rf"[^。，,]{{0,30}}?(?:{alternation(words['congress_short'] + words['congress'])})"
            rf"[^。，,]{{0,12}}?(?:{alternation(words['session'])})"),
        # …or the day leads the sentence that tells it met (2月14日,县文化馆…三穗县第十五届人民
        # 代表大会第五次会议在这里隆重开幕).
        "day_then_session": re.compile(
            rf"(?P<month>\d{{1,2}})月(?P<day>\d{{1,2}})日(?:{daypart})?[^。]{{0,40}}?"
            rf"(?:{alternation(words['congress_short'] + words['congress'])})"
            rf"[^。，,]{{0,12}}?(?:{alternation(words['session'])})"
            rf"(?:[^。，,]{{0,10}}?(?:{alternation(words['met'])})|(?:{alternation(words['at_session'])}))"),
        # …or it follows the session's name (四川省第十一届人大第二次会议1月15日上午在成都开幕).
        "session_then_day": re.compile(
            rf"(?:{alternation(words['congress_short'] + words['congress'])})[^。，,]{{0,12}}?"
            rf"(?:{alternation(words['session'])})(?P<month>\d{{1,2}})月(?P<day>\d{{1,2}})日(?:{daypart})?"
            rf"[^。，,]{{0,10}}?(?:{alternation(words['met'])})"),
        # A work report's opening as delivered (现在,我代表南开区人民政府,向大会作政府工作报告).
        "opening": re.compile(rf"(?:{alternation(words['opening'])})(?P<government>[^，,。\n]{{0,16}}?"
                              rf"(?:{alternation(words['government'])}))[，,]?\s*(?:{alternation(words['audience'])})"),
        # A year whose targets the text names (对2019年仍确定了较高的预期目标).
        # (2023年,鄂城区经济社会发展主要预期目标是: the year may stand apart with a comma)
        "planned_year": re.compile(rf"((?:19|20)\d{{2}})年[，,]?[^。，,；;]{{0,16}}?"
                                   rf"(?:{alternation(words['planned'])})"),
        # …or estimates a year's results (预计2015年全市实现地区生产总值450亿元): a year over.
        # (2021年,长寿实现了“十四五”良好开局。预计地区生产总值820亿元: the next sentence estimates)
        "estimated_year": re.compile(rf"(?:{alternation(words['estimated'])})((?:19|20)\d{{2}})年"
                                     rf"|((?:19|20)\d{{2}})年[，,]?(?:{alternation(words['estimated'])})"
                                     rf"|((?:19|20)\d{{2}})年[，,][^。\n]{{0,60}}。(?:{alternation(words['estimated'])})"),
        # …or calls it this year (今年,该市经济社会发展的主要预期目标是).
        "planned_this_year": re.compile(rf"(?:{alternation(list(_this_year()))})[，,]?[^。，,；;]{{0,16}}?"
                                        rf"(?:{alternation(words['planned'])})"),
        # A notice naming its own government by level alone (县政府重点工作任务, 县人民政府同意).
        "own_government": re.compile(rf"(?<!{HAN_CHAR.pattern})({alternation(levels)})"
                                     rf"(?:{alternation(words['government'] + words['government_short'])})"),
        "own_bodies": re.compile(rf"(?<!{HAN_CHAR.pattern})({alternation(levels)}){HAN_CHAR.pattern}{{1,5}}?"
                                 rf"(?:局|委)(?!{HAN_CHAR.pattern})"),
    }


# The first month in which a congress meets to hear the report for the year after.
_SESSIONS_BEFORE_THE_YEAR = 10


def session_date(text: str, year: int) -> str | None:
    """The day the congress that heard a work report met, in `year` (the report's)."""
    phrases = _report_phrases()
    m = (phrases["session_day"].search(text) or phrases["day_then_session"].search(text)
         or phrases["session_then_day"].search(text))
    return parse_date(f"{year}年{m.group('month')}月{m.group('day')}日") if m else None


def body_of_source(source: str | None, title: str | None) -> str | None:
    """The page's source (来源) as the issuer, where it is a body the title names without
    its place: 农业农村局2023年11月…完成情况 from 来源: 怀远县农业农村局."""
    if not source or not title or not _tables()["org_end"].search(source):
        return None
    place, _ = division_of_name(source)
    organ = source[len(place):] if place and source.startswith(place) else ""
    if len(organ) >= 2 and report_kind(title, None) == "report" and place in title:
        return source  # 辰溪县2021年…统计公报 from 来源: 辰溪县统计局: a place's bulletin, by its organ
    return source if len(organ) >= 2 and title.startswith(organ) else None


def _body_or_source(text: str, source: str | None) -> Division | None:
    """The division the body names, unless the page's source names one inside it at the
    text's own level (重庆英才大会 once in a text of 全区, from 来源: 万州区政府办公室: 万州区)."""
    body = division_from_body(text)
    sourced = place_of_source(source, text)
    if sourced is not None and (body is None or gazetteer.contains(body, sourced)):
        return sourced
    return body


def place_of_source(source: str | None, text: str) -> Division | None:
    """The division of the body a page names as its source (来源: 怀远县农业农村局), for a
    text that calls its place only by its level (我县): when the levels agree. A news
    outlet (人民网) names no division."""
    level = _text_level(text)
    if not source or level is None or not _tables()["org_end"].search(source):
        return None
    _, division = division_of_name(source)
    return division if division is not None and division.name.endswith(level) else None


@lru_cache(maxsize=1)
def _issued_herewith_re() -> re.Pattern[str]:
    words = data_kinds("meta_issued_herewith.tsv")
    return re.compile(rf"《(?P<title>[^《》\n]{{6,80}})》(?:{alternation(words['approved'])})[^。\n]{{0,24}}?"
                      rf"(?:{alternation(words['issued'])})")


_HEREWITH_REACH = 400  # a covering notice issues its document in its first lines


def _issued_herewith(text: str) -> str | None:
    """The title of the document a covering notice scraped without its own title issues
    (《平湖市推动经济高质量发展若干政策(2025年版)》已经市政府同意,现印发给你们)."""
    m = _issued_herewith_re().search(text, 0, _HEREWITH_REACH)
    if not m:
        return None
    # 《A》和《B》已经市政府同意: a notice issuing several documents is titled by the first.
    listed = _LISTED_BEFORE.search(text, 0, m.start())
    return listed.group("title") if listed else m.group("title")


# The documents listed before the last one a covering notice issues (《A》和《B》, 《A》、《B》及).
_LISTED_BEFORE = re.compile(r"《(?P<title>[^《》\n]{6,80})》(?:[和及、与]《[^《》\n]{6,80}》)*[和及、与]$")


def division_of_number(doc_number: str | None, issuer: str | None, text: str) -> Division | None:
    """The division a body named by its level alone (区人民政府办公室) abbreviates at the head
    of its own number (武昌政办[2017]1号 → 武昌区): the short name with that level."""
    level = next((w for w in admin_levels("level") if issuer and issuer.startswith(w)), None) or _text_level(text)
    head = _number_head().match(doc_number or "")
    if not head or level is None:
        return None
    found = [d for d in gazetteer.divisions(head.group(1) + level) if d.name == head.group(1) + level]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1)
def _number_head() -> re.Pattern[str]:
    """A place's short name before the organ a document number abbreviates (武昌政办, 嘉政发)."""
    return re.compile(rf"({HAN_CHAR.pattern}{{2,3}}?)(?:{alternation(data_lines('meta_number_organs.txt'))})")


def county_of_headline(title: str | None, text: str) -> Division | None:
    """A county a news headline opens with by its short name (云霄:“三步走”实现招商“开门红”),
    read as the county of the level the text calls its own place by (我县 → 云霄县). Short
    county names are too often words to be looked for in running text (和平, 新华)."""
    level = _text_level(text)
    head = re.match(rf"^({HAN_CHAR.pattern}{{2,3}})[:：]", title or "")
    if not head or level is None:
        return None
    counties = [d for d in gazetteer.divisions(head.group(1) + level) if d.level == gazetteer.COUNTY]
    return counties[0] if len(counties) == 1 else None


def division_of_headline(title: str | None, text: str) -> Division | None:
    """The one division a headline names (2019年…黔西南州专场专题调度会在贵阳召开: not the place a
    meeting is held at), where the text names it more often than any other."""
    if not title:
        return None
    words = data_kinds("meta_division_words.tsv")
    named = set(_own_mentions(title, words["travel"] + words["held_at"]))
    if len(named) != 1:
        return None
    counts = _own_mentions(text, words["travel"] + words["rival"])
    (place,) = named
    return place if all(counts[place] > n for d, n in counts.items() if d != place) else None


def _child_towards(node: Division | None, inner: Division) -> Division:
    """The division just below `node` on the way to `inner` (a province when `node` is None)."""
    path = [inner]
    while (up := gazetteer.parent(path[-1])) is not None:
        path.append(up)
    path.reverse()
    return path[0] if node is None else path[path.index(node) + 1]


def _issuer_with_place(issuer: str | None, region: str | None) -> str | None:
    """A body named by its level alone (市人民政府办公室 in the title) takes the name of
    the place the notice governs: 六盘水市人民政府办公室."""
    if not issuer or not region:
        return issuer
    t = _tables()
    for level in admin_levels("level"):
        if issuer.startswith(level) and t["organ"].match(issuer, len(level)) and region.endswith(level):
            return region + issuer[len(level):]
    return issuer


def report_kind(title: str | None, issuer: str | None) -> str | None:
    """What kind of report the notice is, if one: `report` (a statistical bulletin),
    `progress` (a notice of progress made) or `news`; None for a plan."""
    cues = data_kinds("meta_report_titles.tsv")

    def names(kind: str) -> bool:
        return any(word in (title or "") for word in cues[kind])

    if title and names("report") and not names("issue"):
        return "report"
    # 关于2024年上半年重点工作推进情况的通报: a notice that reports progress made. What a
    # title closes on is what the notice is: 关于印发…上半年落实情况的通报 issues no plan.
    if title and names("progress") and not (names("issue") or names("plan")):
        return "progress"
    if title and _closes_on_progress(title, cues):
        return "progress"
    # News: no issuer, and a headline (or none) rather than a document's title.
    # (…27日开幕 陈吉明作报告: a headline narrating the report's delivery names no document of its own)
    titled = title and _tables()["doc_type"].search(title) and not announces_a_document(title) \
        and not _headline()["explains"].match(title) \
        and not _tables()["delivered"].search(title) and not _tables()["delivery_told"].search(title)
    arranged = bool(title) and title.rstrip().endswith(tuple(cues["arrangement"]))
    return "news" if issuer is None and not titled and not arranged else None


def announces_a_document(title: str) -> bool:
    """Whether a headline tells that a place or body issued the document it names
    (四川发布招商引资三年规划): a short subject, a verb of issuing, no 《》 and no 关于."""
    return bool(_headline()["announces"].match(title))


def _closes_on_progress(title: str, cues: dict[str, tuple[str, ...]]) -> bool:
    """Whether the title ends on a progress cue and a report's document type (…落实情况的通报)."""
    head = title.rstrip()
    for kind in cues["closing"]:
        if head.endswith(kind):
            head = head[:-len(kind)].removesuffix("的")
            return head.endswith(tuple(cues["progress"]))
    return False


def is_report_title(title: str | None, issuer: str | None) -> bool:
    """A report (news, statistical bulletin) rather than a plan: its figures are achieved ones."""
    return report_kind(title, issuer) is not None


_QUOTED = re.compile(r"“[^“”]{0,80}”")


def _reported_year(text: str) -> int | None:
    """The year a news report is about: the latest year it names, or the one after it when
    that year is only a past baseline (在2021年…基础上) of a report about 今年."""
    # A year that closes a range, a 到…年 horizon (行动计划(2018-2020年)) or a limit
    # (2025年年底前) is a plan's end, not the year reported on.
    # A year inside quotation marks belongs to a slogan or a long-term goal the report
    # quotes (聚焦“…2035年城市规模达到50平方公里…”的主要支撑目标), not to what it reports.
    unquoted = _QUOTED.sub("", text)
    years = [int(y) for y in re.findall(r"(?<![\d.\-－—–~～至到])((?:19|20)\d{2})年(?!年?[底末]?前)", unquoted)]
    if not years:
        # An event named with its year (2023镇海(深圳)产业合作推介会) still dates the report.
        # A count (1900个, 2000万元) is no year.
        counted = "".join(sorted({unit[0] for unit in unit_table()} | {"年"}))
        named = rf"(?<![\d.])((?:19|20)\d{{2}})(?![{counted}])(?={HAN_CHAR.pattern})"
        years = [int(y) for y in re.findall(named, text)]
    if not years:
        return _milestone_year(text)
    latest = max(years)
    base = data_kinds("meta_year_baselines.tsv")
    next_year = alternation(base["next"])
    if re.search(rf"{latest}年[^。]*(?:{next_year})|(?:{next_year})[^。]*{latest}年", text):
        return latest - 1
    if data_kinds("meta_work_report.tsv")["title"][0] in text \
            and re.search(rf"(?:{alternation(base['reviewed'])}){latest}年", text):
        return latest + 1  # news of a work report that reviews 2014: the report of 2015
    if _says_this_year(text):
        past = re.search(rf"(?:{alternation(base['before'])}){latest}年"
                         rf"|{latest}年[^。；;，,]{{0,30}}(?:{alternation(base['within'])})"
                         rf"|{latest}年(?:{alternation(base['after'])})", text)
        if past:
            return latest + 1
    return latest




@lru_cache(maxsize=1)
def _milestone_re() -> re.Pattern[str]:
    words = data_kinds("meta_plan_milestones.tsv")
    return re.compile(rf"(?P<purpose>{alternation(words['purpose'])})?[^，,。；;]{{0,6}}"
                      rf"{FIVE_YEAR_PLAN.pattern}[^，,。；;]{{0,4}}?(?:(?P<first>{alternation(words['first'])})"
                      rf"|(?P<last>{alternation(words['last'])}))")


def _milestone_year(text: str) -> int | None:
    """The year a five-year plan's milestone dates, said of this year (实现“十五五”良好开局
    → 2026); None where the text names none, or names it as a later aim (为实现…)."""
    for m in _milestone_re().finditer(text):
        if m.group("purpose"):
            continue
        first, last = map(int, five_year_span(m.group(2)).split("-"))  # group 1 is `purpose`
        return first if m.group("first") else last
    return None


@lru_cache(maxsize=1)
def _target_section() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the heading of a 目标 section, a target year in it)."""
    heading = data_kinds("meta_target_heading.tsv")
    not_target = data_kinds("meta_year_baselines.tsv")["not_target"]
    return (re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．])?\s*"
                       rf"(?:{alternation(heading['qualifier'])})?(?:{alternation(heading['head'])})"
                       rf"(?:{alternation(heading['tail'])})?[。.：:]?"),
            re.compile(rf"(?<!\d)((?:19|20)\d{{2}})年(?!{alternation(not_target)})"))


def _target_section_years(text: str) -> list[int]:
    """Years named in the notice's 目标 section: its heading's line and the lines up to
    the next numbered heading."""
    lines = text.split("\n")
    years: list[int] = []
    target_heading, target_year = _target_section()
    for i, line in enumerate(lines):
        heading = target_heading.match(line)
        if not heading:
            continue
        section = [line[heading.end():]]
        for following in lines[i + 1:]:
            if HEADING_NUMBER.match(following):
                break
            section.append(following)
        years += [int(m.group(1)) for m in target_year.finditer("\n".join(section))]
    return years


@lru_cache(maxsize=1)
def _plan_year_cues() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(cue) for cue in data_lines("meta_plan_year_cues.txt"))


def _plan_years(text: str, title: str | None, issued: str | None) -> list[int]:
    years: set[int] = set()
    if title:
        for m in _title_years().finditer(title):
            a = int(m.group(1))
            b = int(m.group(2)) if m.group(2) else a
            if a <= b <= a + 10:
                years.update(range(a, b + 1))
    if years:
        return sorted(years)
    floor = int(issued[:4]) if issued else 0
    for cue in _plan_year_cues():
        for m in cue.finditer(text):
            y = int(m.group(1))
            if y >= floor:
                years.add(y)
    if years and (span := plan_span(text)):
        years.update(range(min(years) - span + 1, min(years)))
    return sorted(years)


@lru_cache(maxsize=1)
def _plan_text_cues() -> re.Pattern[str]:
    return re.compile("|".join(data_lines("meta_plan_text_cues.txt")))


@lru_cache(maxsize=1)
def _report_formula() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in data_kinds("meta_report_titles.tsv")["formula"]))


def _says_it_reports(text: str) -> bool:
    """Whether an untitled text opens by saying it reports (现将…情况汇报如下)."""
    return _report_formula().search(text, 0, _OPENING_REACH) is not None


def _speaks_as_plan(text: str) -> bool:
    """Whether a text scraped without its title sets measures rather than reports news."""
    return _plan_text_cues().search(text) is not None


# A plan whose first target year lies this many years or more after its issue runs from
# its issue on (到2022年、到2025年 in a plan of 2020; 到2029年 in one of 2024), as the real
# answers read it; a target the year after may be a one-year plan's own.
_MULTI_YEAR_GAP = 2
# The year of a document number a text cites (根据…(昆政发〔2016〕13号)).
_CITED_NUMBER_YEAR = re.compile(r"[〔［\[(（]((?:19|20)\d{2})[〕］\])）]\d{1,4}号")


def _dated_by_page(title: str | None) -> bool:
    return any(word in (title or "") for word in data_kinds("meta_report_titles.tsv")["dated-by-page"])


def _news_year(text: str, fields: dict[str, str], sections: dict[int, Section] | None) -> int | None:
    """The year a report without a year in its title is about."""
    published = _YEAR.search(fields.get("published", "") or fields.get("edition", ""))
    # A report about 今年 is about the year it was published in, when the page says so.
    year = int(published.group(1)) if published and _says_this_year(text) else _reported_year(text)
    if published and (year is None or year < int(published.group(1)) - 1):
        # None named, or only the start of a span long past (2016至2019年,全省共引进…, in
        # news of 2020): the year the page was published in.
        year = int(published.group(1))
    # News of a work report: its review of 2025 and then 这些目标 — the year planned.
    planned = [s.year for s in (sections or {}).values() if s.role == "plan" and s.year]
    if planned and max(planned) > (year or 0):
        year = max(planned)
    return year


def _names_the_report_of(title: str, year: int) -> bool:
    """Whether the title names the work report of `year` (关于2023年度政府工作报告重点工作完成
    情况): a report on that report's work is of its year, whenever it was published."""
    return re.search(rf"{year}\s*年(?:度)?{_work_report()[0]['title']}", title) is not None


def _year_planned_after(text: str, year: int, fields: dict[str, str], title: str | None) -> int:
    """The year after `year` where news of a work report plans it: the text sets that
    year's 预期目标 (对2019年仍确定了较高的预期目标), or a headline naming the year reviewed
    stands on a page published the year after (2021年…全面完成, published 2022)."""
    planned = any(int(m.group(1)) == year + 1 for m in _report_phrases()["planned_year"].finditer(text))
    published = _YEAR.search(fields.get("published", ""))
    # (the title may name the report where the text spells it out spaced: 政 府 工 作 报 告)
    delivered = _work_report()[0]["title"] in f"{title or ''}{text}"
    if delivered and any(int(next(g for g in m.groups() if g)) == year
                         for m in _report_phrases()["estimated_year"].finditer(text)):
        return year + 1  # 预计2015年全市实现…: the report delivered once 2015 was over
    if planned or (delivered and published and int(published.group(1)) == year + 1):
        return year + 1
    # 政府工作报告显示,2024年,该市地区生产总值… 今年,该市…主要预期目标是: the review's year, then
    # this year's targets: this year is the one after it.
    this_year = _report_phrases()["planned_this_year"].search(text) if delivered else None
    if this_year and max((int(m.group(1)) for m in _YEAR.finditer(text)), default=None) == year \
            and re.search(rf"{year}年[，,]", text[:this_year.start()]):
        return year + 1
    return year


_OPENING_REACH = 300  # a delivered report opens on its formula within its first lines
_SPACED_DAY = r"((?:19|20)\d{2})\s+(\d{1,2})\s+(\d{1,2})\s*日"  # 2020 1 7 日: 年 and 月 lost to spaces
_SPACED_DAY_RE = re.compile(_SPACED_DAY)
_SUBTITLE_TAIL = 12  # what a subtitle says after the congress's name (第五次会议上)
_OWN_TITLE_REACH = 8  # a report's own title line stands among the page's first lines


def _is_subtitle(text: str, title: str, delivery: re.Pattern[str]) -> bool:
    """Whether the line read as the title is a report's subtitle, on its own or wrapped onto
    the next line (—— 2016年2月19日在准格尔旗 / 第十六届人民代表大会第五次会议上)."""
    if (sub := delivery.match(title)) and sub.group("date") and len(title) - sub.end() <= _SUBTITLE_TAIL:
        return True
    at = text.find(title)
    line_start = text.rfind("\n", 0, at) + 1 if at >= 0 else -1
    sub = delivery.match(text, line_start) if line_start >= 0 else None
    return bool(sub and sub.group("date") and sub.end() > at + len(title))


def _delivery_day(delivered: re.Match[str]) -> str | None:
    """The day a report's subtitle says it was delivered (——2021年1月26日在…), ISO."""
    day = delivered.group("date")
    if day and (spaced := _SPACED_DAY_RE.fullmatch(day)):
        day = "{}年{}月{}日".format(*spaced.groups())
    return (parse_date(day) or read_run_together_date(day)) if day else None


def _opening(text: str) -> re.Match[str] | None:
    return _report_phrases()["opening"].search(text, 0, _OPENING_REACH)


def _issue_year(issued: str | None, doc_number: str | None, fields: dict[str, str]) -> int | None:
    """The year a document was issued in: its date, else its own number's year
    (绍政发〔2024〕10号), else the year its page published it."""
    if issued:
        return int(issued[:4])
    if doc_number and (number := _CITED_NUMBER_YEAR.search(doc_number)):
        return int(number.group(1))
    published = _YEAR.search(fields.get("published", ""))
    return int(published.group(1)) if published else None


def _plan_year(text: str, title: str | None, issued: str | None, fields: dict[str, str],
               doc_number: str | None = None) -> tuple[int | None, list[int]]:
    """(the year a plan's targets are for — its first for a multi-year plan —, its years)."""
    plan_years = _plan_years(text, title, issued)
    # The years of the notice's own 目标 section (主要目标, 工作目标, 试点目标) say what
    # its targets are for, ahead of dates scattered through its schedule; a year it names
    # there from the issue on is a target year (2023年完成2家…；到2025年…).
    floor = int(issued[:4]) if issued else 0
    section = [y for y in _target_section_years(text) if y >= floor and (y in plan_years or issued)]
    titled = list(_title_years().finditer(title or ""))
    if len(titled) == 1 and not titled[0].group(2) and int(titled[0].group(1)) in section:
        # 赵县2023年民生工程实施方案 …同时谋划2024年20项民生工程: a plan its title dates to one
        # year is that year's; a later year its targets name is theirs alone.
        section = [int(titled[0].group(1))]
    plan_years = sorted(set(plan_years) | set(section))
    year = min(section) if section else plan_years[0] if plan_years else (floor or None)
    if title and (span := _title_years().search(title)) and span.group(2):
        year = int(span.group(1))  # 实施方案(2023—2025年): a plan's years, its first the plan's
    issued_in = _issue_year(issued, doc_number, fields)
    if issued_in and year and year - issued_in >= _MULTI_YEAR_GAP and not (title and _title_years().search(title)):
        # Issued in 2024 with targets 到2029年: a plan of 2024—2029, whose year is its first.
        plan_years = sorted(set(plan_years) | set(range(issued_in, year)))
        year = issued_in
    if year is None:
        # Nothing in the text dates it: its own number's year (吉政发〔2014〕37号, reposted in
        # 2025), else the year the page was published in.
        year = issued_in
    if year is None and (cited := [int(y) for y in _CITED_NUMBER_YEAR.findall(text)]):
        # Measures implementing a document (昆政发〔2016〕13号) date from its year on.
        year = max(cited)
    return year, plan_years or ([year] if year else [])


def _first_line(text: str) -> int:
    """The number of the text's first line with words (as the structure numbers lines)."""
    return next((i for i, line in enumerate(text.split("\n")) if line.strip()), 0)


# The space first, its neighbours told by a lookbehind: re then looks for the space alone
# (a lookbehind first is tried at every position of the text).
_PDF_DATE_SPACE = re.compile(r" (?:(?<=\d )(?=[年月日])|(?<=[年月] )(?=\d))")


def apply_supplied(meta: Meta, supplied: dict[str, object] | None) -> Meta:
    """The notice's metadata with what its scraper supplied (a manifest row, a sidecar)
    put over what the text gave, and the supplied fields named in `meta.supplied`.

    A supplied region is read as a division (上海 → 上海市, with its code); a place the
    gazetteer lacks is kept as given, without a code. A supplied year is the year the
    targets are for: a plan's own years are kept only when they begin with it.
    """
    if not supplied:
        return meta
    for name in ("url", "title", "issuer", "issued", "doc_number"):
        if name in supplied:
            setattr(meta, name, str(supplied[name]))
    if "region" in supplied:
        given = str(supplied["region"])
        region, division = division_of_name(given)
        meta.region = region or given
        meta.region_code = division.code if division else None
    if "year" in supplied:
        year = int(supplied["year"])  # type: ignore[call-overload]
        if meta.plan_years[:1] != [year]:
            meta.plan_years = [year]
        meta.year = year
    elif meta.year is None and meta.issued:
        # Nothing in the text dated it, but its scraper knew the day it was issued.
        meta.year = int(meta.issued[:4])
        meta.plan_years = [meta.year]
    meta.supplied = tuple(name for name in SUPPLIED_FIELDS if name in supplied)
    return meta



def find_meta(text: str, *, page_meta: dict[str, str] | None = None, script: str | None = None,
              sections: dict[int, Section] | None = None) -> Meta:
    """Metadata of one clean notice; `page_meta` fields win where present. `sections`
    (from the structure) tell a report's year where a plan section follows its review."""
    # A PDF copy sets its numbers apart (2019 年 1-5 月): metadata are values, not spans, so
    # its dates are read joined.
    text = _PDF_DATE_SPACE.sub("", text)
    lines = _text_lines(text)
    fields = page_fields(page_meta, lines)
    title = fields.get("title") or find_title(lines, text) or _issued_herewith(text)
    if title and title.startswith("《") and title.endswith("》") and title.count("《") == 1:
        title = title[1:-1]  # a headline in title marks (《武汉市人民政府办公厅关于印发…的通知》)
    if title:
        title = _LEADING_BULLET.sub("", title)  # • 前五个月…: a list bullet a page put before its headline
    if title and (tagged := _column_tag().match(title)) and _is_title_line(title[tagged.end():]):
        title = title[tagged.end():]  # 【保基本民生】某市…的通知: the portal's column tag is no part of it
    if title and re.search(rf"{HAN_CHAR.pattern}\s+{HAN_CHAR.pattern}", title):
        title = re.sub(r"\s+", "", title)
    # 武政办〔2023〕1号《武汉市人民政府办公厅关于印发…的通知》: a headline glued to the notice's
    # number, the title in 《》 after it.
    led = (_NUMBER_LEADS_TITLE.match(title) or _NUMBER_BEFORE_TITLE.match(title)) if title else None
    if led and (led.re is _NUMBER_LEADS_TITLE or _is_title_line(led.group("title"))):
        title = led.group("title")
    else:
        led = None
    signed = _table_issuer(fields.get("issuer"), issuer_from_title(title)) or issuer_from_signature(lines)
    # A publisher that is no body (发布机构: 365彩票数, a spam site's injection) issues nothing.
    publisher = fields.get("publisher") if _tables()["org_end"].search(fields.get("publisher") or "") else None
    issuer = signed or publisher or body_of_source(fields.get("source"), title)
    report_words, delivery = _work_report()
    if title and _is_subtitle(text, title.strip(), delivery):
        title = None  # a scrape opening on a report's subtitle (——2016年1月6日在…会议上) lost its title
    # A report scraped without its title still opens as delivered: on its subtitle, or on its
    # formula (现在,我代表南开区人民政府,向大会…), whose government is the report's.
    # A report titled 政府工作报告 alone opens on the formula too (我代表闽清县人民政府,向大会…).
    opening = _opening(text) if title is None or report_words["title"] in title else None
    if issuer is None and opening:
        issuer = opening.group("government")
    issued = (parse_date(fields.get("issued")) or signature_date(lines, parse_date(fields.get("published")))
              or number_line_date(lines))
    untitled_report = title is None and (opening or delivery.search(text, 0, _OPENING_REACH))
    # (a site's headline may stand over the report's own title line: 泉州人民政府2011年工作报告 / 政府工作报告)
    own_title_line = any(line.strip() == report_words["title"] for line in lines[:_OWN_TITLE_REACH])
    delivered = delivery.search(text) if (title and report_words["title"] in title) or untitled_report \
        or own_title_line else None
    if delivered and title is None:
        issued = issued or _delivery_day(delivered)
        place = _printed_place(delivered.group("congress"))
        if place and place != _national()[1] and not signed and not (issuer and region_of_name(issuer)):
            issuer = place + report_words["government"]
    elif delivered:
        # A 政府工作报告 is the government's, delivered on the date its subtitle gives
        # (——2021年1月26日在临江市第十七届人民代表大会第五次会议上); a headline may run on
        # into that subtitle (政府工作报告—2021年7月29日在…会议上自治县人民政府代理县长): the
        # title ends before it.
        cut = title.find(delivered.group(0).lstrip("—-－─ \t"))
        if cut > 0 and title[cut - 1] in "—-－─":
            title = title[:cut].rstrip("—-－─ ")
        issued = issued or _delivery_day(delivered)
        place = region_of_name(title) or _printed_place(delivered.group("congress"))
        national = place == _national()[1]
        # The site's poster (发布机构:政府办) does not issue the report: the government does.
        issuer = signed or (place + report_words["government"] if place and not national else None) or issuer
    # A portal's headline may close with the notice's number in brackets (…重点工作任务(华政发
    # 〔2021〕2号)): the title is without it, the number is the notice's.
    numbered = _TITLE_NUMBER.search(title) if title else None
    if numbered:
        title = title[:numbered.start()].rstrip()
    doc_number = (fields.get("doc_number") or (numbered.group(1) if numbered else None)
                  or (led.group("number") if led else None) or find_doc_number(lines))
    if doc_number:
        doc_number = re.sub(r"\s+", "", doc_number)

    region, division = division_of_name(issuer)
    if region is None:
        region, division = division_of_name(title)
    if region is None:
        region = unlisted_place(issuer, text) or unlisted_place(title, text)
    if region is None and fields.get("publisher"):
        # 区人民政府办公室 issues it; the info table's 发布机构 names the place (下陆区政府办公室).
        region, division = division_of_name(fields["publisher"])
    if region is None and _reports_to_the_nation(text):
        # 新华社北京3月5日电 李强总理代表国务院…作《政府工作报告》: the dateline's 北京 is where the
        # news was filed; the report is the nation's.
        region = _national()[1]
    if region is None:
        division = (county_of_headline(title, text) or division_of_number(doc_number, issuer, text)
                    or division_of_index(fields.get("index"))
                    or division_of_headline(title, text) or _body_or_source(text, fields.get("source")))
        region = division.name if division else None

    issuer = _issuer_with_place(issuer, region)
    # A scrape cut below its title that opens on a plan's numbered 目标 section is a plan.
    kind = report_kind(title, issuer)
    report = kind is not None and not (title is None and not _says_it_reports(text)
                                       and (_target_section_years(text) or _speaks_as_plan(text)))
    news = report and kind == "news"
    if issued is None and _dated_by_page(title) and not news:
        # A page explaining a notice, without a signature date: its byline's date.
        issued = parse_date(fields.get("published"))
    if report and not (title and _title_years().search(title)):
        year = _news_year(text, fields, sections)
        year = _year_planned_after(text, year, fields, title) if year else year
        plan_years = [year] if year else []
        if year is None:
            # Nothing dates a report but the limits it sets (a task table's 2024年底前 cells).
            year, plan_years = _plan_year(text, title, issued, fields, doc_number)
    elif report and title and is_headline(title):
        # A headline that reviews one year and plans the next (2024年…预计实现,2025年计划
        # 增长…) is about the latest year it names.
        year = max(int(m.group(1)) for m in _title_years().finditer(title))
        # 辰溪县2021年国民经济和社会发展统计公报 or …2019年重点工作全年完成情况的通报, published the
        # year after: a bulletin or a progress report is of the year it names.
        if not _names_the_report_of(title, year) and kind not in ("report", "progress"):
            year = _year_planned_after(text, year, fields, title)
        plan_years = [year]
    else:
        year, plan_years = _plan_year(text, title, issued, fields, doc_number)
    if year is None and (reported := _reported_year(text)):
        # 现将2019年1-5月招商引资工作情况汇报如下, no date or title above: the year it names.
        year, plan_years = reported, [reported]
    if region == _national()[1] and (session := national_session_year(text)) \
            and (year is None or _delivered_at_session(text)):
        # A national report that prints no year (今年发展主要预期目标…) names its session; news
        # of the report delivered at a session (…在十三届全国人大一次会议上所作的《政府工作报告》)
        # is of that session's year, whatever years its commentary names.
        year, plan_years = session, [session]
    planned_spans = [sec.span for sec in (sections or {}).values() if sec.role == "plan" and sec.span]
    if year is None and planned_spans:
        # “十四五”主要目标 heading a text that prints no year: the plan's years, its first the year.
        first, last = (int(y) for y in planned_spans[0].split("-"))
        year, plan_years = first, list(range(first, last + 1))
    # A printed year is looked for first: most texts have one, and it is the cheaper search.
    if year is not None and not _PRINTED_YEAR.search(text) and _MASKED_YEAR.search(text):
        # A template a content farm serves masks its year (**年是我县…的迎检年): the date the
        # farm stamped its page with is not the year the plan was for.
        year, plan_years = None, []

    if issued is None and news:
        # News: the date an outlet's dateline gives (中新社北京11月28日电: a copy may be
        # posted days later), else its byline's, else the date its lead opens with. A
        # body's own bulletin or 通报 is dated by its signature alone.
        published = parse_date(fields.get("published"))
        # The dateline's month and day are of the year the page was published in, if it says.
        dated_in = int(published[:4]) if published else year
        issued = ((dateline_date(lines, title, dated_in, credited=True) if dated_in else None)
                  or published or (dateline_date(lines, title, year) if year else None)
                  or (session_date(text, year) if year else None))
        if issued and not published and _work_report()[0]["title"] in text \
                and issued[:4] == str(year) and int(issued[5:7]) >= _SESSIONS_BEFORE_THE_YEAR:
            # A congress meeting late in the year hears the report for the year after: news
            # of 2022's report dated 12月28日 is of 2021. One whose report only reviews the
            # year (2020年,全市完成…) met after that year was over.
            planned = any(int(m.group(1)) == year for m in _report_phrases()["planned_year"].finditer(text))
            issued = f"{year - 1 if planned else year + 1}{issued[4:]}"
    if issued is None and title and title.rstrip().endswith(tuple(data_kinds("meta_report_titles.tsv")["closing"])) \
            and (heard := delivery.search(text, 0, _OPENING_REACH + len(title))) and heard.group("date"):
        # A plan's or a budget's report to the congress (…计划执行情况与2016年计划(草案)的报告 /
        # ——2016年1月31日在深圳市第六届人民代表大会第二次会议上): the day it was delivered.
        issued = _delivery_day(heard)
    reviewed = [sec.year for sec in (sections or {}).values() if sec.role == "review" and sec.year]
    # A scrape that opens on its review (一、2013年工作回顾…), with no title above, is a work
    # report cut below its title.
    opens_on_review = title is None and bool(sections) and min(sections) == _first_line(text) \
        and sections[min(sections)].role == "review"
    if (delivered or untitled_report or opening or opens_on_review) and reviewed \
            and (year is None or year <= max(reviewed)):
        # 一、2023年工作回顾 in a report delivered on 2023年12月13日: it plans the year after.
        year = max(reviewed) + 1
        plan_years = [year]
    meta = Meta(title=title, issuer=issuer, issued=issued, region=region,
                region_code=division.code if division else None, year=year,
                doc_number=doc_number, script=script, plan_years=plan_years, report=report)
    log.debug("meta: %s", meta)
    return meta
