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

import importlib.util
import logging
import re
from functools import lru_cache
from pathlib import Path

from extract.dates import ARABIC_DAY, CHINESE_DAY, parse_date
from extract.lexicon import data_lines
from extract.model import Meta
from policydb.errors import missing_dependency

log = logging.getLogger(__name__)

# A line that is only a date: the signature date of a notice.
_DATE_LINE = re.compile(rf"^[（(]?\s*(?:{ARABIC_DAY}|{CHINESE_DAY}|\d{{4}}年\d{{1,2}}月)\s*[）)]?$")
# 发文字号 standing on its own line: 国办发〔2018〕128号.
_DOC_NUMBER_LINE = re.compile(r"^[\u4e00-\u9fff]{1,14}[〔\[［(（【]\s*\d{4}\s*[〕\]］)）】]\s*\d{1,5}\s*号$")
_SENTENCE_PUNCT = re.compile(r"[。；;！？!?]")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_TITLE_YEARS = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:[-－—–~～至到]\s*((?:19|20)\d{2}))?\s*年")
_NATIONAL = re.compile(r"^(?:国务院|中共中央|全国|国家|中华人民共和国)")


@lru_cache(maxsize=1)
def _tables() -> dict[str, object]:
    doc_types = sorted(data_lines("meta_doc_types.txt"), key=len, reverse=True)
    orgs = sorted(data_lines("meta_org_suffixes.txt"), key=len, reverse=True)
    regions = sorted(data_lines("meta_region_suffixes.txt"), key=len, reverse=True)
    return {
        "doc_type": re.compile("(?:" + "|".join(map(re.escape, doc_types)) + r")》?$"),
        "org_end": re.compile("(?:" + "|".join(map(re.escape, orgs)) + ")$"),
        "region_suffixes": regions,
        "not_regions": set(data_lines("meta_not_regions.txt")),
    }


# A line of jieba's dict.txt (`word frequency part-of-speech`) whose word of 3 to 8
# characters ends like an administrative name.
_PLACE_LINE = re.compile(r"^\S{2,7}(?:省|市|县|区|旗|州)[ \t][^\n]*$", re.M)


@lru_cache(maxsize=1)
def _gazetteer() -> frozenset[str]:
    """Place names ending in 省/市/县/自治区/自治州 from jieba's dictionary (loaded once
    per process; the goal rules ask for every notice).

    The dictionary keeps common words like 上市 out of the count.
    """
    # Found, not imported: importing jieba costs a worker 0.17 s (it loads pkg_resources),
    # and only its dictionary file is read here. One regex pass picks the few thousand
    # candidate lines out of 350,000 (a loop over every line cost a worker 0.2 s).
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise missing_dependency("jieba")
    text = (Path(spec.origin).parent / "dict.txt").read_text(encoding="utf-8")
    names = set()
    bad = ("城市", "上市", "超市", "夜市", "股市", "楼市", "门市", "黑市")
    for line in _PLACE_LINE.findall(text):
        parts = line.split()
        word = parts[0]
        if word.endswith(bad):
            continue
        # 区/旗/州 end many common words (社区, 景区): only those tagged as places.
        if word.endswith(("省", "市", "县", "自治区", "自治州")) or (
                word.endswith(("区", "旗", "州")) and parts[-1] == "ns"):
            names.add(word)
    return frozenset(names)


def is_place(name: str) -> bool:
    """Whether `name` is a known administrative name (沧州市, 樊城区)."""
    return name in _gazetteer()


def _clean_key(key: str) -> str:
    return re.sub(r"[\s\u3000:：]", "", key)


def _text_lines(text: str) -> list[str]:
    stripped = (ln.strip().strip("\u3000\u00a0 ") for ln in text.splitlines())
    return [ln for ln in stripped if ln]


def _is_title_line(line: str) -> bool:
    t = _tables()
    return (len(line) <= 80 and not _SENTENCE_PUNCT.search(line) and not line.endswith((":", "："))
            and bool(t["doc_type"].search(line)) and not line.startswith("《"))


def find_title(lines: list[str]) -> str | None:
    """The 关于…的通知 line (joined when wrapped), else the plan's title, else the headline."""
    head = lines[:12]
    for i, line in enumerate(head):
        if "关于" not in line or _SENTENCE_PUNCT.search(line) or line.endswith((":", "：")):
            continue
        if _is_title_line(line):
            return line
        # A title wrapped over two lines (the gov.cn layout).
        if i + 1 < len(head) and _is_title_line(line + head[i + 1]) and len(head[i + 1]) <= 40:
            return line + head[i + 1]
    for line in lines[:40]:
        if _is_title_line(line) and len(line) >= 6:
            return line
    return lines[0] if lines else None


def issuer_from_title(title: str | None) -> str | None:
    if not title:
        return None
    m = re.match(r"^(.{2,40}?)关于", title)
    if not m:
        return None
    issuer = m.group(1).strip()
    # A year or a region alone before 关于 is not an issuer (2018年关于…).
    if _tables()["org_end"].search(issuer):
        return issuer
    return None


def issuer_from_signature(lines: list[str]) -> str | None:
    """The body's name on the line just above the signature date."""
    org_end = _tables()["org_end"]
    for i in range(1, len(lines)):
        if _DATE_LINE.match(lines[i]):
            cand = re.split(r"\s{2,}|\u3000", lines[i - 1])[0].strip()
            if 2 <= len(cand) <= 30 and org_end.search(cand) and not re.search(r"[，,。：:；;]", cand):
                return cand
    return None


def signature_date(lines: list[str]) -> str | None:
    for line in lines:
        if _DATE_LINE.match(line):
            iso = parse_date(line)
            if iso:
                return iso
    return None


def find_doc_number(lines: list[str]) -> str | None:
    """This notice's own 发文字号: a line of its own near the top (a cited one sits in a sentence)."""
    for line in lines[:15]:
        compact = line.replace(" ", "").replace("\u3000", "")
        if _DOC_NUMBER_LINE.match(compact):
            return compact
    return None


def region_of_name(name: str | None) -> str | None:
    """The administrative name a body or title starts with: 沧州市人民政府办公室 → 沧州市."""
    if not name:
        return None
    name = re.sub(r"^(?:中共|中国共产党)", "", name)
    name = re.sub(r"^(?:19|20)\d{2}(?:[-－—–至到](?:19|20)\d{2})?年(?:度)?", "", name)
    if _NATIONAL.match(name):
        return "全国"
    # The place ends where the body's name begins: 临江市委办公室临江市人民政府办公室 must
    # not read as a place 临江市委办公室临江市.
    organ = re.search(r"人民政府|政府|委员会|党工委|管委会|委|办公室|办|局|厅", name)
    if organ:
        name = name[:organ.start()]
    t = _tables()
    best = None
    for end in range(3, min(len(name), 14) + 1):
        prefix = name[:end]
        for suffix in t["region_suffixes"]:
            if prefix.endswith(suffix) and len(prefix) > len(suffix) + 1:
                if not any(prefix.endswith(bad) for bad in t["not_regions"]):
                    best = prefix
                break
    if not best:
        return None
    # 河北省沧州市 → 沧州市: keep the lowest level when a higher one is spelt out first.
    m = re.match(r"^(.{2,6}?(?:省|自治区|市))(.{2,}(?:市|县|区|旗|州))$", best)
    if m and not any(m.group(2).endswith(bad) or m.group(2) == bad for bad in t["not_regions"]):
        return m.group(2)
    return best


def region_from_body(text: str) -> str | None:
    """The most named place in the text (news names its city, not an issuer)."""
    names = _gazetteer()
    counts: dict[str, int] = {}
    # Districts (区) are left out of the count: a news report names its city.
    first: dict[str, int] = {}
    for m in re.finditer(r"(?:省|市|县|自治区|自治州)", text):
        for length in range(7, 2, -1):
            start = m.end() - length
            if start < 0:
                continue
            cand = text[start:m.end()]
            if cand in names and not cand.endswith(("区", "旗")):
                counts[cand] = counts.get(cand, 0) + 1
                first.setdefault(cand, start)
                break
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


def is_report_title(title: str | None, issuer: str | None) -> bool:
    """A report (news, statistical bulletin) rather than a plan: its figures are achieved ones."""
    if title and re.search(r"公报|统计|快报", title) and not re.search(r"关于印发", title):
        return True
    # 关于2024年上半年重点工作推进情况的通报: a notice that reports progress made.
    if title and re.search(r"(?:完成|推进|进展|执行|落实|开展)情况|工作总结", title) \
            and not re.search(r"关于印发|实施方案|工作要点|计划", title):
        return True
    return bool(issuer is None and title and not _tables()["doc_type"].search(title))


def _reported_year(text: str) -> int | None:
    """The year a news report is about: the latest year it names, or the one after it when
    that year is only a past baseline (在2021年…基础上) of a report about 今年."""
    years = [int(y) for y in re.findall(r"(?<![\d.])((?:19|20)\d{2})年", text)]
    if not years:
        # An event named with its year (2023镇海(深圳)产业合作推介会) still dates the report.
        years = [int(y) for y in re.findall(r"(?<![\d.])((?:19|20)\d{2})(?=[\u4e00-\u9fff])", text)]
    if not years:
        return None
    latest = max(years)
    if "今年" in text:
        past = re.search(rf"(?:在|比|较|与|同|超过|高于){latest}年|{latest}年[^。；;，,]{{0,30}}基础上"
                         rf"|{latest}年同期", text)
        if past:
            return latest + 1
    return latest


_TARGET_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．])?\s*"
                             r"(?:主要|工作|总体|试点|发展|预期|具体)?目标(?:任务)?[。.：:]?")
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])")
_SECTION_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?!以来|来|的基础|基础|同期)")


def _target_section_years(text: str) -> list[int]:
    """Years named in the notice's 目标 section: its heading's line and the lines up to
    the next numbered heading."""
    lines = text.split("\n")
    years: list[int] = []
    for i, line in enumerate(lines):
        heading = _TARGET_HEADING.match(line)
        if not heading:
            continue
        section = [line[heading.end():]]
        for following in lines[i + 1:]:
            if _NUMBERED.match(following):
                break
            section.append(following)
        years += [int(m.group(1)) for m in _SECTION_YEAR.finditer("\n".join(section))]
    return years


def _plan_years(text: str, title: str | None, issued: str | None) -> list[int]:
    years: set[int] = set()
    if title:
        for m in _TITLE_YEARS.finditer(title):
            a = int(m.group(1))
            b = int(m.group(2)) if m.group(2) else a
            if a <= b <= a + 10:
                years.update(range(a, b + 1))
    if years:
        return sorted(years)
    floor = int(issued[:4]) if issued else 0
    cues = [
        r"(?:到|至|力争到|争取到)((?:19|20)\d{2})年",
        r"(?:^|\n)\s*((?:19|20)\d{2})年\s*[，,]",
        r"有效期(?:至|到)((?:19|20)\d{2})年",
        r"自((?:19|20)\d{2})年\d{1,2}月\d{1,2}日起",
        r"((?:19|20)\d{2})年(?:底|末)前",
        r"((?:19|20)\d{2})年\d{1,2}月(?:底|末|\d{1,2}日)?(?:前|之前)",
    ]
    for cue in cues:
        for m in re.finditer(cue, text):
            y = int(m.group(1))
            if y >= floor:
                years.add(y)
    return sorted(years)


_WORK_REPORT_DELIVERY = re.compile(
    rf"^[—\-－\s]*(?P<date>(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日|{CHINESE_DAY})"
    r"在(?P<congress>[^\n]{2,30}?)人民代表大会", re.M)


def find_meta(text: str, *, page_meta: dict[str, str] | None = None, script: str | None = None) -> Meta:
    """Metadata of one clean notice; `page_meta` fields win where present."""
    pm = {_clean_key(k): (v or "").strip() for k, v in (page_meta or {}).items()}
    lines = _text_lines(text)

    title = pm.get("标题") or find_title(lines)
    if title:
        title = re.sub(r"\s+", "", title) if re.search(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", title) else title
    issuer = pm.get("发文机关") or issuer_from_title(title) or issuer_from_signature(lines)
    issued = parse_date(pm.get("成文日期")) or signature_date(lines)
    delivered = _WORK_REPORT_DELIVERY.search(text) if title and "政府工作报告" in title else None
    if delivered:
        # A 政府工作报告 is the government's, delivered on the date its subtitle gives
        # (——2021年1月26日在临江市第十七届人民代表大会第五次会议上).
        issued = issued or parse_date(delivered.group("date"))
        place = region_of_name(title) or region_of_name(delivered.group("congress"))
        issuer = issuer or (f"{place}人民政府" if place and place != "全国" else None)
    doc_number = pm.get("发文字号") or find_doc_number(lines)
    if doc_number:
        doc_number = re.sub(r"\s+", "", doc_number)

    region = region_of_name(issuer) or region_of_name(title)
    if region is None:
        region = region_from_body(text)

    report = is_report_title(title, issuer)
    if report and not (title and _TITLE_YEARS.search(title)):
        published = _YEAR.search(pm.get("发布日期", ""))
        # A report about 今年 is about the year it was published in, when the page says so.
        year = int(published.group(1)) if published and "今年" in text else _reported_year(text)
        if year is None and pm.get("发布日期"):
            found = _YEAR.search(pm["发布日期"])
            year = int(found.group(1)) if found else None
        plan_years = [year] if year else []
    else:
        plan_years = _plan_years(text, title, issued)
        # The years of the notice's own 目标 section (主要目标, 工作目标, 试点目标) say what
        # its targets are for, ahead of dates scattered through its schedule.
        floor = int(issued[:4]) if issued else 0
        section = [y for y in _target_section_years(text) if y >= floor and y in plan_years]
        year = min(section) if section else plan_years[0] if plan_years else (int(issued[:4]) if issued else None)
        if not plan_years and year:
            plan_years = [year]

    meta = Meta(title=title, issuer=issuer, issued=issued, region=region, year=year,
                doc_number=doc_number, script=script, plan_years=plan_years, report=report)
    log.debug("meta: %s", meta)
    return meta
