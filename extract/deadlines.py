"""Deadlines and schedules (GUIDE §6): dates, quarters, ranges, recurring reporting days.

Each time expression the notice sets becomes one `Deadline` whose `text` is the words as
written (`text[span[0]:span[1]] == text`), with ISO `start`/`end` resolved against the
notice's plan year, a `recurrence` for schedules (`每月26日前` → monthly, day 26) and the
task path of the item it stands in. Not deadlines: a bare period word that only scopes a
goal (`全年`, `第四季度全区完成…116个`), a minimum count per period (`每季度至少召开一次`,
a goal by GUIDE §4), dates a report narrates, the signature date.

Patterns and word lists are data files (`extract/data/deadline_*`), compiled once.
"""
from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.lexicon import data_lines, data_table, read_int
from extract.model import Block, Deadline, Section
from extract.structure import block_at

if TYPE_CHECKING:
    from extract.pipeline import ExtractionDoc

log = logging.getLogger(__name__)

NUM = r"(?:\d{1,3}|[一二两三四五六七八九十半]{1,3})"
DATE = r"(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]"
CLAUSE_END = "，,。；;！？!?\n"
# Days of the ten-day parts of a month (上旬 1-10, 中旬 11-20, 下旬 21-end).
DEKADS = {"上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "下旬": (21, 31)}
BEFORE = ("前", "之前", "以前")


@dataclass
class _Hit:
    kind: str
    start: int
    end: int
    match: re.Match[str]


# ---- data ------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]:
    """(kind, pattern, words one of which every match holds) in the order they are tried."""
    cadence = "|".join(re.escape(w) for w, _ in sorted(data_table("deadline_cadence_verbs.tsv"),
                                                       key=lambda r: -len(r[0])))
    out = []
    for kind, pattern, *needs in data_table("deadline_patterns.tsv"):
        pattern = pattern.replace("{DATE}", DATE).replace("{NUM}", NUM).replace("{CADENCE}", cadence)
        # No pattern may start inside a longer number (`112月`, `2025年` as `25年`).
        words = tuple(w for w in (needs[0] if needs else "").split("|") if w)
        out.append((kind, re.compile(r"(?<![\d.])" + pattern), words))
    return tuple(out)


class _LineIndex:
    """The lines of a notice, and which of them hold a given word.

    Patterns are only tried on the lines that hold one of their words: a pattern tried
    at every position of a notice costs more than everything else deadlines do. Each
    word is looked for once per notice, however many patterns need it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.windows: list[tuple[int, int]] = []  # (start, end), the newline kept
        pos = 0
        for line in text.split("\n"):
            # The newline is kept in the window: a pattern may look at what ends its line.
            self.starts.append(pos)
            self.windows.append((pos, min(len(text), pos + len(line) + 1)))
            pos += len(line) + 1
        self._holding: dict[str, set[int]] = {}

    def _lines_with(self, word: str) -> set[int]:
        found = self._holding.get(word)
        if found is None:
            found = set()
            at = self.text.find(word)
            while at >= 0:
                line = bisect_right(self.starts, at) - 1
                found.add(line)
                if line + 1 >= len(self.starts):
                    break
                at = self.text.find(word, self.starts[line + 1])
            self._holding[word] = found
        return found

    def holding(self, words: tuple[str, ...]) -> list[tuple[int, int]]:
        """The windows of the lines that hold one of the words; the whole text for none."""
        if not words:
            return [(0, len(self.text))]
        lines = set().union(*(self._lines_with(w) for w in words))
        return [self.windows[n] for n in sorted(lines)]


@lru_cache(maxsize=1)
def _recurrence() -> dict[str, str]:
    return dict(data_table("deadline_recurrence.tsv"))


@lru_cache(maxsize=1)
def _cadence_kinds() -> dict[str, str]:
    return dict(data_table("deadline_cadence_verbs.tsv"))


@lru_cache(maxsize=1)
def _light_re() -> re.Pattern[str]:
    lights = sorted(data_lines("deadline_light_verbs.txt"), key=len, reverse=True)
    words = "|".join(re.escape(w) for w in lights)
    # 开展 is light only with a count (每半年开展一次); 每月开展明察暗访 is 每月.
    return re.compile(rf"(?:(?:{words})+(?:{NUM}次)?|开展{NUM}次)")


@lru_cache(maxsize=1)
def _goal_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in data_lines("deadline_goal_words.txt"))
    return re.compile(rf"{words}|以上(?=[，,。；;！？!?\n）)]|$)")


@lru_cache(maxsize=1)
def _actions() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = data_table("deadline_actions.tsv")
    before = tuple(sorted((w for k, w in rows if k == "before"), key=len, reverse=True))
    after = tuple(w for k, w in rows if k == "after")
    return before, after


@lru_cache(maxsize=1)
def _past_re() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in data_lines("deadline_past_markers.txt")))


# Counted measures: a clause that states such a number is a goal the period word scopes.
GOAL_NUMBER = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|个|家|项|亿|万|元|人|次|批|场|条|件|户|亩|平方米|吨|公里"
                         r"|台|套|所|名)")


# ---- dates -----------------------------------------------------------------------------
def _iso(y: int, m: int, d: int) -> str | None:
    try:
        last = calendar.monthrange(y, m)[1]
    except (ValueError, calendar.IllegalMonthError):
        return None
    if not 1 <= d <= last:
        d = min(max(d, 1), last)
    return f"{y:04d}-{m:02d}-{d:02d}"


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _year_of(token: str | None, default: int | None) -> int | None:
    if token and token[:4].isdigit():
        return int(token[:4])
    return default


def _parse_date(s: str, default_year: int | None) -> tuple[int | None, int, int] | None:
    m = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]", s)
    if not m:
        return None
    year = int(m.group(1)) if m.group(1) else default_year
    return year, int(m.group(2)), int(m.group(3))


# ---- context tests ---------------------------------------------------------------------
def _clause_after(text: str, pos: int) -> str:
    end = pos
    while end < len(text) and text[end] not in CLAUSE_END:
        end += 1
    return text[pos:end]


def _clause_around(text: str, start: int, end: int) -> str:
    a = start
    while a > 0 and text[a - 1] not in CLAUSE_END:
        a -= 1
    return text[a:start] + text[start:end] + _clause_after(text, end)


def _times_an_action(text: str, start: int, end: int) -> bool:
    before, after = _actions()
    head = text[max(0, start - 2):start]
    if any(head.endswith(w) for w in before):
        return True
    rest = text[end:end + 4].lstrip("均要需须应将")
    if rest.startswith(after):
        return True
    # A period that opens its sentence and is followed by a comma times the clause after
    # it (`2019年上半年，试点城市政府印发实施方案`): look for an action verb there. Not a
    # day date: `6月23日，市委书记主持召开座谈会` is how news narrates an event.
    opens_sentence = start == 0 or text[start - 1] in "。；;\n"
    day_date = text[start:end].endswith(("日", "号"))
    if opens_sentence and not day_date and text[end:end + 1] in "，,":
        clause = _clause_after(text, end + 1)
        return any(verb in clause for verb in after if len(verb) > 1)
    return False


def _scopes_goal(text: str, start: int, end: int) -> bool:
    return bool(GOAL_NUMBER.search(_clause_after(text, end)))


# ---- resolution ------------------------------------------------------------------------
# (text, start, end, recurrence, day) of a resolved deadline.
_Resolved = tuple[str, str | None, str | None, str | None, int | None]


def _bare_scope(text: str, hit: _Hit, in_time_cell: bool = False) -> bool:
    """A bare period word that times no action or scopes a goal (`第四季度…完成116个`)."""
    if in_time_cell:
        return False
    return not _times_an_action(text, hit.start, hit.end) or _scopes_goal(text, hit.start, hit.end)


def _resolve(hit: _Hit, text: str, year: int | None, issued: str | None = None,
             in_time_cell: bool = False) -> _Resolved | None:
    """(text, start, end, recurrence, day) of a hit, or None when it is no deadline."""
    m, kind = hit.match, hit.kind
    words = text[hit.start:hit.end]
    if kind == "range":
        a = _parse_date(m.group("a"), year)
        b = _parse_date(m.group("b"), a[0] if a and a[0] else year)
        if not a or not b:
            return None
        start = _iso(*a) if a[0] else None
        end = _iso(*b) if b[0] else None
        return words, start, end, None, None
    if kind == "until":
        b = _parse_date(m.group("b"), year)
        return words, None, _iso(*b) if b and b[0] else None, None, None
    if kind in ("recur", "recur_day", "recur_date"):
        if re.search(r"每(?:人|户|家|名|个企业|个人)$", text[max(0, hit.start - 3):hit.start]):
            return None  # `每人每年只享受一次`: a per-person quota, not a schedule
        after = _clause_after(text, hit.end)
        if _goal_re().search(after) or re.search(r"\d+\s*(?:个|家|次|场|项|人|户|批|名|所)以上", after):
            return None  # `每季度至少召开一次`, `每年推动100家以上…`: a count per period is a goal
        per = m.group("per").replace("个", "")
        recurrence = _recurrence().get(per)
        if recurrence is None:
            return None
        day = read_int(m.group("day")) if kind in ("recur_day", "recur_date") else None
        return words, None, None, recurrence, day
    if kind == "wholeyear":
        # Only a time-limit cell that says 全年 sets the year as its span; elsewhere 全年
        # scopes goals (GUIDE §6).
        if not in_time_cell or year is None:
            return None
        return words, _iso(year, 1, 1), _iso(year, 12, 31), None, None
    if kind == "cadence_one":
        recurrence = _recurrence().get(m.group("per"))
        return (words, None, None, recurrence, None) if recurrence else None
    if kind == "cadence":
        per, verb = m.group("per"), m.group("verb")
        recurrence = _recurrence().get(per)
        if recurrence is None:
            return None
        if _cadence_kinds().get(verb) == "noun" and len(per) >= 2:
            words = per
        return words, None, None, recurrence, None
    if kind == "quarter":
        q = read_int(m.group("q"))
        y = _year_of(m.group("y"), year)
        bare = not m.group("end") and not m.group("mod")
        if bare and _bare_scope(text, hit, in_time_cell):
            return None
        if not q or not 1 <= q <= 4 or y is None:
            return (words, None, None, None, None) if q else None
        first, last = 3 * q - 2, 3 * q
        start = None if m.group("end") or (m.group("mod") or "") in BEFORE else _iso(y, first, 1)
        return words, start, _iso(y, last, _last_day(y, last)), None, None
    if kind == "half":
        y = _year_of(m.group("y"), year)
        bare = not m.group("mod")
        if bare and _bare_scope(text, hit, in_time_cell):
            return None
        if y is None:
            return words, None, None, None, None
        first, last = (1, 6) if m.group("h") == "上" else (7, 12)
        start = None if (m.group("mod") or "") in BEFORE else _iso(y, first, 1)
        return words, start, _iso(y, last, _last_day(y, last)), None, None
    if kind == "fromissue":
        return _resolve_from_issue(words, m, issued)
    if kind == "byyear":
        # `到2020年，…` limits the tasks of its sentence; where the sentence sets numbers
        # (`到2020年，…利用率达到75%以上`) it is those goals' period, not a deadline.
        sentence_end = min((i for i in (text.find(ch, hit.end) for ch in "。；;\n") if i != -1), default=len(text))
        if GOAL_NUMBER.search(text[hit.end:sentence_end]):
            return None
        y = int(m.group("y"))
        return words, None, _iso(y, 12, 31), None, None
    if kind == "yearend":
        y = _year_of(m.group("y"), year)
        return words, None, _iso(y, 12, 31) if y else None, None, None
    if kind == "yearin":
        if _scopes_goal(text, hit.start, hit.end):
            return None
        return words, _iso(year, 1, 1) if year else None, _iso(year, 12, 31) if year else None, None, None
    if kind == "month":
        return _resolve_month(hit, text, year)
    if kind == "relative":
        head = text[max(0, hit.start - 3):hit.start]
        tail = text[hit.end:hit.end + 2]
        # Durations that count or measure (`不少于6个月`, `按6个月的…`, `3—12个月`) set no limit.
        if re.search(r"(不少于|至少|不低于|连续|每|近|前|最近|满|按|—|－|-|~|～|至|到)$", head) \
                or tail.startswith(("以上", "以下", "以来", "来")):
            return None
        # 办理时间压缩至3个工作日、1个工作日以内: a service time to reach is a goal.
        if re.search(r"压缩|缩短|压减|减少|控制|精简|时间", _clause_around(text, hit.start, hit.start)):
            return None
        return words, None, None, None, None
    return None


def _resolve_from_issue(words: str, m: re.Match[str], issued: str | None) -> _Resolved:
    """`本意见印发之日起30日内`: from the issue date, when the notice prints it."""
    n, unit = read_int(m.group("n")), m.group("u")
    if not issued or not n or "工作日" in unit:
        return words, issued, None, None, None  # working days need a holiday calendar
    start = dt.date.fromisoformat(issued)
    if unit in ("日", "天"):
        end = start + dt.timedelta(days=n)
    else:
        month = start.month - 1 + n
        year, month = start.year + month // 12, month % 12 + 1
        end = dt.date(year, month, min(start.day, _last_day(year, month)))
    return words, start.isoformat(), end.isoformat(), None, None


def _resolve_month(hit: _Hit, text: str, year: int | None) -> _Resolved | None:
    m = hit.match
    words = text[hit.start:hit.end]
    month = read_int(m.group("m")) or 0  # 6月 or 三月
    if not m.group("m").isdigit() and re.match(r"[一二三四五六七八九十]{1,3}日", text[hit.end:hit.end + 4]):
        return None  # 二〇二三年四月十日: a date written out in full is a signature
    if not 1 <= month <= 12:
        return None
    y = _year_of(m.group("y"), year)
    part, mod = m.group("d"), m.group("mod") or ""
    clause = _clause_around(text, hit.start, hit.end)
    # A bare day date is a deadline only when it times an action (`于6月30日完成`);
    # otherwise it is a signature or an event a report narrates.
    if part and part.endswith(("日", "号")) and not mod and not _times_an_action(text, hit.start, hit.end):
        return None
    if not mod and _past_re().search(clause):
        return None
    # 截至9月底，全市共签约项目218个: "as of" dates a report's figures; it sets no limit.
    if not mod and re.search(r"(?:截至|截止到?|到)$", text[max(0, hit.start - 3):hit.start]) \
            and GOAL_NUMBER.search(_clause_after(text, hit.end + 1)):
        return None
    printed = m.group("y") or ""
    if not mod and year is not None and printed[:4].isdigit() and int(printed[:4]) < year:
        return None  # a month before the plan year is history the notice recounts
    if y is None:
        return words, None, None, None, None
    last = _last_day(y, month)
    if not part:
        first_day, last_day = 1, last
    elif part in DEKADS:
        first_day, last_day = DEKADS[part][0], min(DEKADS[part][1], last)
    elif part in ("底", "末"):
        first_day, last_day = None, last
    else:
        day = int(part[:-1])
        first_day, last_day = day, day
    start = _iso(y, month, first_day) if first_day else None
    end = _iso(y, month, last_day)
    if mod in BEFORE or mod in ("止", "为止"):
        start = None
    elif mod in ("起", "开始"):
        start, end = _iso(y, month, first_day or 1), None
    return words, start, end, None, None


# ---- main ------------------------------------------------------------------------------
def _extend_light(text: str, hit: _Hit) -> None:
    """`每季度` + `组织召开1次` → `每季度组织召开1次`: the cadence's own light verbs."""
    m = _light_re().match(text, hit.end)
    if m:
        hit.end = m.end()


# A table column that holds time limits (完成时限, 完成时间, 时间节点): whatever it says is
# a deadline, bare period words included (`2022年上半年`).
TIME_COLUMN = re.compile(r"时限|时间|节点|期限")


# `（县发改局、县统计局，三季度）`: the time limit closing a responsibility annotation
# stands like a table's time cell.
ANNOTATION_TIME = re.compile(r"[（(〔][^（）()〔〕\n]{2,80}?[，,；;]\s*(?P<t>[^，,；;（）()〔〕\n]{2,24})[）)〕]")


def _time_cells(text: str, blocks: list[Block]) -> list[tuple[int, int]]:
    spans = [m.span("t") for m in ANNOTATION_TIME.finditer(text)]
    for block in blocks:
        for header, value in (block.cells or {}).items():
            if TIME_COLUMN.search(header) and value.strip():
                at = text.find(value, block.start, block.end)
                if at >= 0:
                    spans.append((at, at + len(value)))
    return spans


# A notice's own title line (关于…的通报) names a period, it sets no limit.
TITLE_LINE = re.compile(r"关于.*的(?:通知|通报|意见|决定|批复|函|报告|方案|要点)\s*$")


def _narrated_spans(text: str, sections: dict[int, Section]) -> list[tuple[int, int]]:
    """Lines whose dates narrate: the title line, and a section reviewing the past."""
    spans, pos = [], 0
    for number, line in enumerate(text.split("\n")):
        section = sections.get(number)
        if (section and section.role == "review") or TITLE_LINE.search(line):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def find_deadlines(doc: ExtractionDoc) -> list[Deadline]:
    """Every time limit or schedule the notice sets, in text order.

    In a report (a bulletin, news of progress) a bare month or date narrates what
    happened; only limits with 前/底前 and schedules count there.
    """
    text, blocks, report = doc.text, doc.blocks, doc.meta.report
    year, issued = doc.meta.year, doc.meta.issued
    time_cells = _time_cells(text, blocks)
    narrated = _narrated_spans(text, doc.sections)
    hits: list[_Hit] = []
    taken = bytearray(len(text))  # 1 where an earlier (stronger) pattern matched
    lines = _LineIndex(text)
    for kind, pattern, words in _patterns():
        for start, end in lines.holding(words):
            for m in pattern.finditer(text, start, end):
                s, e = m.start(), m.end()
                if taken.find(1, s, e) != -1:
                    continue
                hits.append(_Hit(kind, s, e, m))
                taken[s:e] = b"\x01" * (e - s)
    hits.sort(key=lambda h: h.start)

    out: list[Deadline] = []
    last_year: tuple[int, int] | None = None  # (sentence start, year) carried along a sentence
    for hit in hits:
        if hit.kind == "recur":
            _extend_light(text, hit)
        sent_start = max(text.rfind(ch, 0, hit.start) for ch in "。；;\n") + 1
        doc_year = year
        if last_year and last_year[0] == sent_start:
            doc_year = last_year[1]
        if any(a <= hit.start < b for a, b in narrated):
            continue
        in_time_cell = any(a <= hit.start and hit.end <= b for a, b in time_cells)
        if report and hit.kind == "month" and not hit.match.group("mod"):
            continue
        resolved = _resolve(hit, text, doc_year, issued, in_time_cell)
        if resolved is None:
            continue
        words, start, end, recurrence, day = resolved
        span_start = hit.start
        span_end = span_start + len(words)
        if text[span_start:span_end] != words:  # `双周例会` → `双周` keeps the start
            continue
        explicit_year = re.match(r"(?:自|从)?(\d{4})年", words)
        if explicit_year:
            last_year = (sent_start, int(explicit_year.group(1)))
        block = block_at(blocks, span_start)
        out.append(Deadline(text=words, start=start, end=end, recurrence=recurrence, day=day,
                            task=block.task if block else None, span=(span_start, span_end)))
    log.debug("deadlines: %d of %d candidates", len(out), len(hits))
    return out
