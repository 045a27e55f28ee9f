"""Deadlines and schedules (GUIDE §6): dates, quarters, ranges, recurring reporting days.

Each time expression the notice sets becomes one `Deadline` whose `text` is the words as
written (`text[span[0]:span[1]] == text`), with ISO `start`/`end` resolved against the
notice's plan year, a `recurrence` for schedules (`每月26日前` → monthly, day 26) and the
task path of the item it stands in. Not deadlines: a bare period word that only scopes a
goal (`全年`, `第四季度全区完成…116个`), a minimum count per period (`每季度至少召开一次`,
a goal by GUIDE §4), dates a report narrates, the signature date. Whether a time word
scopes a figure is asked of what goals decided about each number (`Figures`).

Each pattern kind (`extract/data/deadline_patterns.tsv`) has one resolver, registered in
`_RESOLVERS`; it reads a hit as a `_Resolution` or leaves it with a reason (`_Left`).
Every deadline keeps the code of the rule that read it (`deadline:<kind>`), and every
time word left is recorded in `doc.decisions` with the code of the rule that left it.

Patterns and word lists are data files (`extract/data/deadline_*`), compiled once.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING

from extract.dates import CN_MONTH_DAY, DAY_DATE, iso, last_day, month_and_day, read_day_date
from extract.lexicon import HAN_RUN, alternation, data_kinds, data_lines, data_table, longest_first, read_int
from extract.model import Block, Deadline, Decision, Section
from extract.structure import MAX_TIME_ACTION, block_at
from policydb.patterns import first_class

if TYPE_CHECKING:
    from extract.pipeline import ExtractionDoc

log = logging.getLogger(__name__)

NUM = r"(?:\d{1,3}|[一二两三四五六七八九十半]{1,3})"
CLAUSE_END = "，,。；;！？!?\n"
SENTENCE_END = "。；;\n"


@dataclass
class _Hit:
    kind: str
    start: int
    end: int
    match: re.Match[str]


@dataclass(frozen=True)
class _Context:
    """What every resolver may look at besides its hit."""

    figures: Figures
    text: str
    year: int | None  # the plan year, or the year an earlier time word of the sentence printed
    issued: str | None
    in_time_cell: bool  # in a time-limit column or annotation: whatever it says is a limit


@dataclass(frozen=True)
class _Resolution:
    """A hit read as a deadline: its words (from the hit's start), dates, schedule and rule."""

    words: str
    start: str | None = None
    end: str | None = None
    recurrence: str | None = None
    day: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class _Left:
    """A hit that is no deadline, and the code of the rule that left it."""

    reason: str


_Resolver = Callable[[_Hit, _Context], _Resolution | _Left]
_RESOLVERS: dict[str, _Resolver] = {}


def _resolves(*kinds: str) -> Callable[[_Resolver], _Resolver]:
    """Register a resolver for the pattern kinds it reads."""
    def register(func: _Resolver) -> _Resolver:
        for kind in kinds:
            _RESOLVERS[kind] = func
        return func
    return register


# ---- data ------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]:
    """(kind, pattern, words one of which every match holds) in the order they are tried."""
    cadence = alternation(_cadence_kinds())
    # After a campaign verb (奋战百天): each a lookbehind of its own, as they differ in length.
    campaign = "|".join(f"(?<={re.escape(w)})" for w in data_lines("deadline_campaign_verbs.txt"))
    out = []
    for kind, pattern, *needs in data_table("deadline_patterns.tsv"):
        if kind not in _RESOLVERS:
            raise ValueError(f"deadline_patterns.tsv: no resolver for the kind {kind!r}")
        pattern = pattern.replace("{DATE}", DAY_DATE).replace("{NUM}", NUM).replace("{CADENCE}", cadence)
        pattern = pattern.replace("{CAMPAIGN}", campaign)
        # No pattern may start inside a longer number (`112月`, `2025年` as `25年`); an item's
        # number may stand right before it (1.4月底前…完工 2.8月底前…竣工).
        words = tuple(w for w in (needs[0] if needs else "").split("|") if w)
        # (?=[…]) of the characters a match starts with changes no match, but halves the scans.
        first = first_class(pattern)
        out.append((kind, re.compile((f"(?={first})" if first else "") + _NOT_INSIDE_A_NUMBER + pattern), words))
    return tuple(out)


@lru_cache(maxsize=1)
def _recurrence() -> dict[str, str]:
    return dict(data_table("deadline_recurrence.tsv"))


@lru_cache(maxsize=1)
def _cadence_kinds() -> dict[str, str]:
    return dict(data_table("deadline_cadence_verbs.tsv"))


@lru_cache(maxsize=1)
def _light_re() -> re.Pattern[str]:
    lights = alternation(data_lines("deadline_light_verbs.txt"))
    counted = alternation(data_lines("deadline_counted_light_verbs.txt"))
    return re.compile(rf"(?:(?:{lights})+(?:{NUM}次)?|(?:{counted}){NUM}次)")


@lru_cache(maxsize=1)
def _actions() -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """(words before a period word, words after it, modal characters between) of an action."""
    words = data_kinds("deadline_actions.tsv")
    return longest_first(words["before"]), words["after"], "".join(words["modal"])


@lru_cache(maxsize=1)
def _future_words() -> tuple[str, ...]:
    """Words after a period word that announce the work it will see (下半年将…)."""
    return longest_first(data_kinds("deadline_actions.tsv")["future"])


@lru_cache(maxsize=1)
def _past_re() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in data_lines("deadline_past_markers.txt")))


@lru_cache(maxsize=1)
def _modifiers() -> dict[str, tuple[str, ...]]:
    return data_kinds("deadline_modifiers.tsv")


_NOT_INSIDE_A_NUMBER = r"(?:(?<![\d.])|(?<=[\s|｜；;。：:]\d[.．])|(?<=[\s|｜；;。：:]\d\d[.．]))"


@lru_cache(maxsize=1)
def _month_parts() -> dict[str, tuple[int | None, int]]:
    """上旬 → (1, 10), 底 → (None, 31): the days of a part of a month."""
    return {word: (None if first == "-" else int(first), int(last))
            for word, first, last in data_table("deadline_month_parts.tsv")}


@lru_cache(maxsize=1)
def _issue_units() -> dict[str, str]:
    """个月 → month: the unit of a limit counted from the issue date."""
    return dict(data_table("deadline_issue_units.tsv"))


@lru_cache(maxsize=1)
def _durations() -> dict[str, tuple[str, ...]]:
    return data_kinds("deadline_durations.tsv")


# ---- context tests ---------------------------------------------------------------------
def _clause_end(text: str, pos: int) -> int:
    end = pos
    while end < len(text) and text[end] not in CLAUSE_END:
        end += 1
    return end


def _clause_after(text: str, pos: int) -> str:
    return text[pos:_clause_end(text, pos)]


def _clause_around(text: str, start: int, end: int) -> str:
    a = start
    while a > 0 and text[a - 1] not in CLAUSE_END:
        a -= 1
    return text[a:start] + text[start:end] + _clause_after(text, end)


def _sentence_end(text: str, pos: int) -> int:
    ends = (i for i in (text.find(ch, pos) for ch in SENTENCE_END) if i != -1)
    return min(ends, default=len(text))


def _times_an_action(text: str, start: int, end: int) -> bool:
    before, after, modal = _actions()
    # (2013年12月30日,省政府…印发《行动计划》: a day a report narrates is no time of work to come)
    if text.startswith(_future_words(), end) or (not text.endswith(("日", "号"), 0, end)
                                                 and _future_after(text, end)):
        return True
    # A date among a list of dates (分别于2022年4月10日、7月10日、10月10日和2023年1月10日前
    # 报送): the list's head and its end time all of them.
    if listed := _DATE_LIST_BEFORE.search(text, max(0, start - 80), start):
        start = listed.start()
    if listed := _DATE_LIST_AFTER.match(text, end):
        end = listed.end()
        if text.startswith(_modifiers()["before"], end):
            return True
    head = text[max(0, start - 2):start]
    if any(head.endswith(w) for w in before):
        return True
    rest = text[end:end + 4].lstrip(modal)
    if rest.startswith(after):
        return True
    # A period that opens its sentence and is followed by a comma times the clause after
    # it (`2019年上半年，试点城市政府印发实施方案`): look for an action verb there. Not a
    # day date: `6月23日，市委书记主持召开座谈会` is how news narrates an event.
    before_start = len(text[:start].rstrip(" \u3000\t"))
    opens_sentence = before_start == 0 or text[before_start - 1] in SENTENCE_END
    day_date = text[start:end].endswith(("日", "号"))
    # A stage's label before the date (第一阶段:2009年1月8日至15日,完成摸底排查) names no event.
    labelled = _after_short_label(text, before_start)
    if ((opens_sentence and not day_date) or labelled) and text[end:end + 1] in "，,":
        clause = _clause_after(text, end + 1)
        return any(verb in clause for verb in after if len(verb) > 1)
    # A stage's label opening its line (第一季度:1.制定…工作计划。2.开展…): the work it lists on
    # that line. (第一季度: alone on its line, over a report of progress, times nothing.)
    if opens_sentence and not day_date and text[end:end + 1] in ":：":
        line_end = text.find("\n", end)
        listed = text[end + 1:line_end if line_end >= 0 else len(text)]
        return any(verb in listed for verb in after if len(verb) > 1)
    return False


def _after_short_label(text: str, end: int) -> bool:
    """Whether `end` closes a short label opening its line (第一阶段:, 动员部署：): what follows
    is the label's own clause."""
    if end == 0 or text[end - 1] not in ":：":
        return False
    line_start = text.rfind("\n", 0, end) + 1
    return _SHORT_LABEL.fullmatch(text, line_start, end - 1) is not None


_SHORT_LABEL = re.compile(r"\s*[^\s，,。；;：:]{2,10}")


# Dates joined into a list (、 和 及): before a date, and after it.
_LISTED_DATE = r"(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}[日号]|[上中下]旬|底|末)?"
_DATE_LIST_BEFORE = re.compile(rf"(?:{_LISTED_DATE}[、和及])+$")
_DATE_LIST_AFTER = re.compile(rf"(?:[、和及]{_LISTED_DATE})+")

# What goals left as no figure at all: a schedule's count (每月通报一次), a time limit, an
# article (一个). Every other number is a figure, whether a goal or not.
_NOT_FIGURES = frozenset({"goal:cadence", "goal:time-limit", "goal:article", "goal:unit"})
# Goals still to reach: a month date before one is its due date, not an "as of".
_TARGET_KINDS = frozenset({"target", "stretch"})


class Figures:
    """Where the notice states figures: THE answer to "goal or deadline" for time words.

    A time word sets no limit where a figure stands in the words after it (the clause, or
    for 到YYYY年 the sentence): it is that figure's period (`第四季度完成签约项目116个`,
    `到2020年，…利用率达到75%以上`), a count per period (`每季度至少召开一次`, GUIDE §4),
    the "as of" of a figure (`截至9月底，全市共签约项目218个`) or the period of a
    comparison (`高于今年一季度…平均规模112万美元`). A figure is a goal, or a number the
    goals left for any reason but that it is none (extract/goals.py decides, before
    deadlines run; this only asks). Reason codes: `deadline:scopes-goal`,
    `deadline:goal-period` (到YYYY年), `deadline:count-per-period` (每X), `deadline:as-of`.
    """

    def __init__(self, doc: ExtractionDoc) -> None:
        not_figures = {d.span for d in doc.decisions if d.reason in _NOT_FIGURES}
        by_end = itemgetter(1)
        self._goals = sorted((g.span for g in doc.goals), key=by_end)
        self._targets = sorted((g.span for g in doc.goals if g.kind in _TARGET_KINDS), key=by_end)
        others = [(q.start, q.end) for q in doc.quantities if (q.start, q.end) not in not_figures]
        self._figures = sorted(self._goals + others, key=by_end)
        self._periods = sorted(((g.span, g.period) for g in doc.goals), key=lambda sp: sp[0][1])

    def within(self, start: int, end: int, *, goals_only: bool = False, targets_only: bool = False) -> bool:
        """Whether a figure (with `goals_only`, a goal; with `targets_only`, a goal still to
        reach) overlaps `[start, end)`. A count after a recurrence word (每月…) is asked
        about as a goal: a count per period is a goal, a size in it (每月…推进50亿元以上
        项目) is not, and leaves it a schedule."""
        spans = self._targets if targets_only else self._goals if goals_only else self._figures
        first = bisect_right(spans, start, key=itemgetter(1))
        return any(a < end for a, _ in spans[first:])


    def of_period(self, start: int, end: int, period: str | None) -> bool:
        """Whether a goal of `period` overlaps `[start, end)`: a limit the goals after it
        took as their period (今年年底前，…通达率达80%以上 → 2021), not one whose words
        only run on to a goal of another (2023年底前认定一批…，到2025年…突破1500亿元)."""
        return any(a < end and b > start and p == period for (a, b), p in self._periods)


# ---- resolvers -------------------------------------------------------------------------
def _bare_scope(hit: _Hit, ctx: _Context) -> _Left | None:
    """A bare period word that times no action or scopes a goal (`第四季度…完成116个`)."""
    if ctx.in_time_cell:
        return None
    if not _times_an_action(ctx.text, hit.start, hit.end):
        return _Left("deadline:no-action")
    if ctx.figures.within(hit.end, _clause_end(ctx.text, hit.end)):
        return _Left("deadline:scopes-goal")
    return None


def _words(hit: _Hit, ctx: _Context) -> str:
    return ctx.text[hit.start:hit.end]


def _year_of(token: str | None, default: int | None) -> int | None:
    if token and token[:4].isdigit():
        return int(token[:4])
    return default


@_resolves("range")
def _range(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    a = read_day_date(hit.match.group("a"), ctx.year)
    b = read_day_date(hit.match.group("b"), a[0] if a and a[0] else ctx.year)
    if not a or not b:
        return _Left("deadline:no-such-date")
    start = iso(*a) if a[0] else None
    end = iso(*b) if b[0] else None
    return _Resolution(_words(hit, ctx), start, end, reason="deadline:range")


def _untimed_day(hit: _Hit, ctx: _Context) -> bool:
    """Whether a day date (or days) without a modifier times no action (`于6月30日完成`) nor a
    stage, outside a time cell: a signature or an event a report narrates."""
    return not ctx.in_time_cell and not _times_an_action(ctx.text, hit.start, hit.end) \
        and not _dates_a_stage(ctx.text, hit.start, hit.end)


@_resolves("dayspan")
def _day_span(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    """1月8日-9日, 2009年1月8日至15日: days of one month, from the first to the last."""
    m, text = hit.match, ctx.text
    if not m.group("mod") and _untimed_day(hit, ctx):
        return _Left("deadline:untimed-date")  # 12月12日至15日,…会议召开: days a report narrates
    if not m.group("mod") and _past_re().search(_clause_around(text, hit.start, hit.end)):
        return _Left("deadline:past")
    year = _year_of(m.group("y"), ctx.year)
    if year is None:
        return _Resolution(_words(hit, ctx), reason="deadline:range")
    start = iso(year, int(m.group("m")), int(m.group("d1")))
    end = iso(year, int(m.group("m")), int(m.group("d2")))
    if start is None or end is None or end < start:
        return _Left("deadline:no-such-date")
    return _Resolution(_words(hit, ctx), start, end, reason="deadline:range")


@_resolves("monthspan")
def _month_span(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    m = hit.match
    start = iso(int(m.group("y1")), int(m.group("m1")), 1)
    end = iso(int(m.group("y2")), int(m.group("m2")), 31)  # iso moves day 31 to the month's last
    if start is None or end is None or end < start:
        return _Left("deadline:no-such-date")
    return _Resolution(_words(hit, ctx), start, end, reason="deadline:range")


@_resolves("partspan")
def _part_span(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    """2025年1月11日-2025年10月底: from the first end's first day to the last end's last."""
    m = hit.match
    cumulative = any(a <= hit.start < b for a, b in _cumulative_spans(ctx.text, hit.start))
    if cumulative and not (m.group("p1") or m.group("p2")):
        return _Left("deadline:cumulative-span")  # 1月至9月,全县新增…: months a statistic adds up
    y1 = _year_of(m.group("y1"), None) or _year_of(m.group("y2"), ctx.year)
    y2 = _year_of(m.group("y2"), None) or y1
    if y1 is None or y2 is None:
        return _Resolution(_words(hit, ctx), reason="deadline:range")
    start = _span_end(y1, int(m.group("m1")), m.group("p1"), first=True)
    end = _span_end(y2, int(m.group("m2")), m.group("p2"), first=False)
    if start is None or end is None or end < start:
        return _Left("deadline:no-such-date")
    return _Resolution(_words(hit, ctx), start, end, reason="deadline:range")


_MONTHS_A_YEAR = 12


def _span_end(year: int, month: int, part: str | None, first: bool) -> str | None:
    """The first (or last) day of a month or of its part (上旬, 底), or the day it names;
    None for a month no calendar has (2025年13月, a typo or a damaged scrape)."""
    if not 1 <= month <= _MONTHS_A_YEAR:
        return None
    last = last_day(year, month)
    if not part:
        return iso(year, month, 1 if first else last)
    if part in _month_parts():
        low, high = _month_parts()[part]
        return iso(year, month, (low or min(high, last)) if first else min(high, last))
    return iso(year, month, int(part[:-1]))


@_resolves("until")
def _until(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    b = read_day_date(hit.match.group("b"), ctx.year)
    return _Resolution(_words(hit, ctx), None, iso(*b) if b and b[0] else None, reason="deadline:until")


@_resolves("recur", "recur_day", "recur_date")
def _recur(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    m, text = hit.match, ctx.text
    per_person = data_lines("deadline_per_person.txt")
    if text[max(0, hit.start - max(map(len, per_person))):hit.start].endswith(per_person):
        return _Left("deadline:per-person")  # `每人每年只享受一次`: a quota, not a schedule
    if ctx.figures.within(hit.end, _clause_end(text, hit.end), goals_only=True):
        return _Left("deadline:count-per-period")  # `每季度至少召开一次`: a goal (GUIDE §4)
    recurrence = _recurrence().get(m.group("per").replace("个", ""))
    if recurrence is None:
        return _Left("deadline:no-such-period")
    day = read_int(m.group("day")) if hit.kind in ("recur_day", "recur_date") else None
    return _Resolution(_words(hit, ctx), recurrence=recurrence, day=day, reason=f"deadline:{hit.kind}")


@_resolves("wholeyear")
def _whole_year(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    # Only a time-limit cell that says 全年 sets the year as its span; elsewhere 全年
    # scopes goals (GUIDE §6).
    if not ctx.in_time_cell:
        return _Left("deadline:year-scope")
    if ctx.year is None:
        return _Left("deadline:no-year")
    return _Resolution(_words(hit, ctx), iso(ctx.year, 1, 1), iso(ctx.year, 12, 31), reason="deadline:wholeyear")


@_resolves("cadence_one")
def _cadence_one(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    recurrence = _recurrence().get(hit.match.group("per"))
    if recurrence is None:
        return _Left("deadline:no-such-period")
    return _Resolution(_words(hit, ctx), recurrence=recurrence, reason="deadline:cadence_one")


@_resolves("cadence")
def _cadence(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    per, verb = hit.match.group("per"), hit.match.group("verb")
    recurrence = _recurrence().get(per)
    if recurrence is None:
        return _Left("deadline:no-such-period")
    words = _words(hit, ctx)
    if _cadence_kinds().get(verb) == "noun" and len(per) >= 2:
        words = per  # `双周例会` → `双周`: a meeting named by its cadence
    return _Resolution(words, recurrence=recurrence, reason="deadline:cadence")


@_resolves("quarter")
def _quarter(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    m = hit.match
    q = read_int(m.group("q"))
    y = _year_of(m.group("y"), ctx.year)
    bare = not m.group("end") and not m.group("mod")
    left = _bare_scope(hit, ctx) if bare else None
    if left:
        return left
    if not q:
        return _Left("deadline:no-such-quarter")
    if not 1 <= q <= 4 or y is None:
        return _Resolution(_words(hit, ctx), reason="deadline:quarter")
    first, last = 3 * q - 2, 3 * q
    mod = m.group("mod") or ""
    if mod in _modifiers()["from"]:
        return _Resolution(_words(hit, ctx), iso(y, first, 1), None, reason="deadline:quarter")
    by_end = m.group("end") or mod in _modifiers()["before"]
    start = None if by_end else iso(y, first, 1)
    return _Resolution(_words(hit, ctx), start, iso(y, last, last_day(y, last)), reason="deadline:quarter")


@_resolves("half")
def _half(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    m = hit.match
    y = _year_of(m.group("y"), ctx.year)
    left = _bare_scope(hit, ctx) if not m.group("mod") else None
    if left:
        return left
    if y is None:
        return _Resolution(_words(hit, ctx), reason="deadline:half")
    first, last = (1, 6) if m.group("h") == "上" else (7, 12)
    start = None if (m.group("mod") or "") in _modifiers()["before"] else iso(y, first, 1)
    return _Resolution(_words(hit, ctx), start, iso(y, last, last_day(y, last)), reason="deadline:half")


@_resolves("fromissue")
def _from_issue(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    """`本意见印发之日起30日内`: from the issue date, when the notice prints it."""
    n, unit = read_int(hit.match.group("n")), _issue_units()[hit.match.group("u")]
    words, issued = _words(hit, ctx), ctx.issued
    if not issued or not n or unit == "workday":
        return _Resolution(words, issued, reason="deadline:fromissue")  # workdays need a holiday calendar
    start = dt.date.fromisoformat(issued)
    if unit == "day":
        end = start + dt.timedelta(days=n)
    else:
        month = start.month - 1 + n
        year, month = start.year + month // 12, month % 12 + 1
        end = dt.date(year, month, min(start.day, last_day(year, month)))
    return _Resolution(words, start.isoformat(), end.isoformat(), reason="deadline:fromissue")


@_resolves("byyear")
def _by_year(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    # `到2020年，…` limits the tasks of its sentence; where the sentence sets numbers
    # (`到2020年，…利用率达到75%以上`) it is those goals' period, not a deadline.
    if ctx.figures.within(hit.end, _sentence_end(ctx.text, hit.end)):
        return _Left("deadline:goal-period")
    y = int(hit.match.group("y"))
    return _Resolution(_words(hit, ctx), None, iso(y, 12, 31), reason="deadline:byyear")


# 于年中、年末: the year's end listed after its middle, timed by the same words.
_AFTER_MID_YEAR = re.compile(r"[于在到至]年中[、和及与]\s*$")


@_resolves("yearmid")
def _year_mid(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    y = _year_of(hit.match.group("y"), ctx.year)
    return _Resolution(_words(hit, ctx), None, iso(y, 6, 30) if y else None, reason="deadline:yearmid")


@_resolves("yearend")
def _year_end(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    # `年底前` limits; a bare `2024年底` only in a time cell or right before an action
    # (`年底建成`): elsewhere it dates figures (`截至2023年底，全市共有…`).
    y = _year_of(hit.match.group("y"), ctx.year)
    # 今年年底前，全市通达率达80%以上: a limit over goals is their period (GUIDE §6).
    sentence = (hit.end, _sentence_end(ctx.text, hit.end))
    if hit.match.group("mod") and not ctx.in_time_cell and ctx.figures.of_period(*sentence, str(y) if y else None):
        return _Left("deadline:goal-period")
    if not hit.match.group("mod") and not ctx.in_time_cell:
        _, after, modal = _actions()
        listed = _AFTER_MID_YEAR.search(ctx.text, max(0, hit.start - 8), hit.start)
        if not listed and not ctx.text[hit.end:hit.end + 4].lstrip(modal).startswith(after):
            return _Left("deadline:no-action")
        if _past_re().search(_clause_around(ctx.text, hit.start, hit.end)):
            return _Left("deadline:past")
        if ctx.figures.within(hit.end, _clause_end(ctx.text, hit.end)):
            return _Left("deadline:scopes-goal")
    return _Resolution(_words(hit, ctx), None, iso(y, 12, 31) if y else None, reason="deadline:yearend")


@_resolves("yearin")
def _year_in(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    if ctx.figures.within(hit.end, _clause_end(ctx.text, hit.end)):
        return _Left("deadline:scopes-goal")
    y = ctx.year
    return _Resolution(_words(hit, ctx), iso(y, 1, 1) if y else None, iso(y, 12, 31) if y else None,
                       reason="deadline:yearin")


# How far a quoted name reaches either side of a duration in it.
_QUOTED_NAME = 16


@_resolves("relative")
def _relative(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    text, words = ctx.text, _durations()
    head = text[max(0, hit.start - 3):hit.start]
    tail = text[hit.end:hit.end + 2]
    # Durations that count or measure (`不少于6个月`, `按6个月的…`, `3—12个月`) set no limit.
    if head.endswith(words["before"]) or tail.startswith(words["after"]):
        return _Left("deadline:counted-duration")
    # “决战四季度、大干一百天”: a campaign's name in quotes, not a window it sets.
    opened = text.rfind("“", max(0, hit.start - _QUOTED_NAME), hit.start)
    if opened >= 0 and "”" not in text[opened:hit.start] and "”" in text[hit.end:hit.end + _QUOTED_NAME]:
        return _Left("deadline:campaign-name")
    # 办理时间压缩至3个工作日、1个工作日以内: a service time to reach is a goal.
    clause = _clause_around(text, hit.start, hit.start)
    if any(word in clause for word in words["service"]):
        return _Left("deadline:service-time")
    return _Resolution(_words(hit, ctx), reason="deadline:relative")


def _signature_like(hit: _Hit, ctx: _Context) -> bool:
    """Whether a plain date with its year closes its line outside a time-limit cell, alone
    or after a masthead's body name, but for the digits of a day whose 日 the scrape lost
    (2021年2月22): a signature or a dateline, not a limit."""
    m, text = hit.match, ctx.text
    day = _day_part(m)
    with_year = (m.group("y") or "")[:4].isdigit()
    if ctx.in_time_cell or m.group("mod") or not with_year or (day and not day[0].isdigit()):
        return False
    line_start = text.rfind("\n", 0, hit.start) + 1
    line_end = text.find("\n", hit.end)
    rest = text[hit.end:line_end if line_end >= 0 else len(text)]
    before = text[line_start:hit.start]
    return _DATELINE_HEAD.fullmatch(before) is not None and re.fullmatch(r"\s*\d{0,2}(?:日|号)?\s*", rest) is not None


# What a date line may print before its date: nothing, or a body's name set apart by a
# wide gap (a bulletin's masthead: 寿县人民政府督查室           2022年8月19).
_DATELINE_HEAD = re.compile(r"\s*(?:[^\s，,。；;：:]{2,30}[ \u3000]{2,})?")


def _day_part(m: re.Match[str]) -> str | None:
    """The part of the month a month date names (20日, 底), without the weekday printed
    after a day (4月20日(星期五)前)."""
    part, weekday = m.group("d"), m.group("weekday")
    return part[:-len(weekday)] if part and weekday else part


def _month_left(hit: _Hit, ctx: _Context) -> _Left | None:
    """Why a month or day date sets no limit, if it does not."""
    m, text = hit.match, ctx.text
    month = read_int(m.group("m")) or 0  # 6月 or 三月
    if not m.group("m").isdigit() and re.match(f"{CN_MONTH_DAY}日", text[hit.end:hit.end + 4]):
        return _Left("deadline:signature-date")  # 二〇二三年四月十日: a date written out in full
    if not 1 <= month <= 12:
        return _Left("deadline:no-such-month")
    if _signature_like(hit, ctx):
        return _Left("deadline:date-line")  # a signature date, its 日 lost or not (2021年2月22)
    if any(a <= hit.start < b for a, b in _cumulative_spans(text, hit.start)):
        return _Left("deadline:cumulative-span")
    part, mod = _day_part(m), _mod_of(hit, ctx)
    # A bare day date is a deadline only when it times an action (`于6月30日完成`);
    # otherwise it is a signature or an event a report narrates.
    if part and part.endswith(("日", "号")) and not mod and _untimed_day(hit, ctx):
        return _Left("deadline:untimed-date")
    if not mod and _past_re().search(_clause_around(text, hit.start, hit.end)):
        return _Left("deadline:past")
    # 截至9月底，全市共签约项目218个: "as of" dates a report's figures; it sets no limit.
    # Before a goal still to reach (到6月底，审批时间压缩至90个工作日以内) it is its due date.
    after = (hit.end + 1, _clause_end(text, hit.end + 1))
    if not mod and text[max(0, hit.start - 3):hit.start].endswith(data_lines("deadline_as_of.txt")) \
            and ctx.figures.within(*after) and not ctx.figures.within(*after, targets_only=True):
        return _Left("deadline:as-of")
    printed = m.group("y") or ""
    if not mod and ctx.year is not None and printed[:4].isdigit() and int(printed[:4]) < ctx.year:
        return _Left("deadline:before-plan-year")  # history the notice recounts
    return None


# A numbered stage heading up to the bracket its date stands in ((一)动员部署(2025年1月10日)。).
_STAGE_HEADING = re.compile(r"(?:^|\n)\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、"
                            r"|\d{1,2}[.、．])[^\s，,。；;（()）]{2,12}[（(]$")


def _dates_a_stage(text: str, start: int, end: int) -> bool:
    """Whether a day date is the time of a stage whose heading it closes, in brackets."""
    return text[end:end + 1] in ("）", ")") and bool(_STAGE_HEADING.search(text, max(0, start - 24), start))


# 1-6月, 1月至9月: the months a statistic adds up since the year began, never a limit.
_CUMULATIVE_SPAN = re.compile(r"(?<![\d.])1月?份?\s*[-－—–~～至到]\s*(?:1[0-2]|[1-9])月份?")


def _cumulative_spans(text: str, pos: int) -> list[tuple[int, int]]:
    """The cumulative month spans (1-6月) near `pos`."""
    lo = max(0, pos - 8)
    return [(lo + m.start(), lo + m.end()) for m in _CUMULATIVE_SPAN.finditer(text[lo:pos + 8])]


# Day dates listed up to the last one's 前 (4月25日、6月25日、9月25日及12月25日前): each
# is a limit of its own.
@lru_cache(maxsize=1)
def _listed_days() -> re.Pattern[str]:
    return re.compile(rf"(?:[、及和](?:\d{{1,2}}月)?\d{{1,2}}日)+(?P<mod>{alternation(_modifiers()['before'])})")


def _listed_mod(hit: _Hit, ctx: _Context) -> str:
    """The bound the last date of a list gives the dates listed before it, or ""."""
    m = _listed_days().match(ctx.text, hit.end)
    return m.group("mod") if m and hit.match.group("d") else ""


def _mod_of(hit: _Hit, ctx: _Context) -> str:
    """The bound of a month or day date: its own (6月30日前), the one the last date of its list
    gives (7月8日、10月8日前), or, for a date in brackets, the one after them (每月28日(12月
    25日)前: December's exception to a monthly day)."""
    own = hit.match.group("mod") or _listed_mod(hit, ctx)
    text = ctx.text
    if own or not hit.match.group("d") or text[hit.start - 1:hit.start] not in ("(", "（") \
            or text[hit.end:hit.end + 1] not in (")", "）"):
        return own
    return next((w for w in longest_first(_modifiers()["before"]) if text.startswith(w, hit.end + 1)), "")


@_resolves("month")
def _month(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    left = _month_left(hit, ctx)
    if left:
        return left
    m = hit.match
    month = read_int(m.group("m")) or 0
    y = _year_of(m.group("y"), ctx.year)
    if y is None:
        return _Resolution(_words(hit, ctx), reason="deadline:month")
    part, mod, last = _day_part(m), _mod_of(hit, ctx), last_day(y, month)
    single_day = bool(part) and part not in _month_parts()
    if not part:
        first_day, last_day_ = 1, last
    elif not single_day:
        first_day, last_day_ = _month_parts()[part][0], min(_month_parts()[part][1], last)
    else:
        first_day = last_day_ = int(part[:-1])
    # A single day (完成时限:2021年12月31日) is the day the work is due by: an end, no start.
    start = iso(y, month, first_day) if first_day and not single_day else None
    end = iso(y, month, last_day_)
    modifiers = _modifiers()
    if mod in modifiers["before"] or mod in modifiers["until"]:
        start = None
    elif mod in modifiers["from"]:
        start, end = iso(y, month, first_day or 1), None
    return _Resolution(_words(hit, ctx), start, end, reason="deadline:month")


@lru_cache(maxsize=1)
def _lost_month_lists() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A list of day dates that lost their 月, the first after 于/在/至/到 (分别于615日、
    1215日前); and the bound its last date gives the dates before it."""
    before = alternation(_modifiers()["before"])
    return (re.compile(rf"[于在至到](?:\d{{3,4}}日(?:{before})?、)+$"),
            re.compile(rf"(?:、\d{{3,4}}日)+(?P<mod>{before})"))


@_resolves("lostmonth")
def _lost_month(hit: _Hit, ctx: _Context) -> _Resolution | _Left:
    """615日 for 6月15日: the one month and day the digits can be, of the notice's year."""
    m, text = hit.match, ctx.text
    listed, bounded = _lost_month_lists()
    if text[hit.start - 1] == "、" and not listed.search(text, 0, hit.start):
        return _Left("deadline:no-such-month")
    if ctx.year is None or (md := month_and_day(ctx.year, m.group("md"), ctx.issued)) is None:
        return _Left("deadline:no-such-month")
    mod = m.group("mod") or ((later := bounded.match(text, hit.end)) and later.group("mod")) or ""
    end = iso(ctx.year, *md)
    start = None if mod in _modifiers()["before"] else end
    return _Resolution(_words(hit, ctx), start, end, reason="deadline:month")


# ---- main ------------------------------------------------------------------------------
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


def _find_hits(text: str) -> list[_Hit]:
    """Every match of every pattern, a later (weaker) one dropped where it overlaps an
    earlier, in text order."""
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
    return hits


def _extend_light(text: str, hit: _Hit) -> None:
    """`每季度` + `组织召开1次` → `每季度组织召开1次`: the cadence's own light verbs."""
    m = _light_re().match(text, hit.end)
    if m:
        hit.end = m.end()


@lru_cache(maxsize=1)
def _time_column() -> re.Pattern[str]:
    """A table column that holds time limits (完成时限, 时间节点)."""
    return re.compile(alternation(data_lines("deadline_time_columns.txt")))


# `（县发改局、县统计局，三季度）`: the time limit closing a responsibility annotation
# stands like a table's time cell.
ANNOTATION_TIME = re.compile(r"[（(〔][^（）()〔〕\n]{2,80}?[，,；;]\s*(?P<t>[^，,；;（）()〔〕\n]{2,24})[）)〕]")


@lru_cache(maxsize=1)
def _time_label() -> re.Pattern[str]:
    """`完成时限：2024年底`: a time limit labelled on a line, like a table's time cell."""
    labels = alternation(data_lines("deadline_time_labels.txt"))
    # The labels' first characters looked at first: a position without one is turned
    # down at one test instead of at the line-start and lookbehind tests (half the scan).
    return re.compile(rf"(?={first_class(labels)})(?:^|(?<=[\s。；;]))(?:{labels})\s*[:：]\s*"
                      rf"(?P<t>[^，,。；;\n]{{2,30}})", re.M)


def _time_cells(text: str, blocks: list[Block]) -> list[tuple[int, int]]:
    spans = [m.span("t") for m in ANNOTATION_TIME.finditer(text)]
    spans += [m.span("t") for m in _time_label().finditer(text)]
    for block in blocks:
        for header, value in (block.cells or {}).items():
            if _time_column().search(header) and value.strip():
                # A cell of a table flattened one cell per line stands on a later line.
                at = text.find(value, block.start)
                if at >= 0:
                    spans.append((at, at + len(value)))
    return spans


@lru_cache(maxsize=1)
def _title_line() -> re.Pattern[str]:
    """A notice's own title line (关于…的通报): it names a period, it sets no limit."""
    return re.compile(rf"关于.*的(?:{alternation(data_lines('deadline_title_types.txt'))})\s*$")


def _narrated_spans(text: str, sections: dict[int, Section]) -> list[tuple[int, int, str]]:
    """Lines whose dates narrate, with the reason: the title line, and a section reviewing
    the past."""
    spans, pos = [], 0
    for number, line in enumerate(text.split("\n")):
        section = sections.get(number)
        if section and section.role == "review":
            spans.append((pos, pos + len(line), "deadline:review-section"))
        elif _title_line().search(line):
            spans.append((pos, pos + len(line), "deadline:title-line"))
        pos += len(line) + 1
    return spans


# The parts of a year a report names to narrate what happened in them (一季度，我市实现…;
# 一季度完成情况): a limit still when 前/底前 or 内 bounds them or a commitment leads them
# (力争三季度一批项目投产).
_PARTS_OF_YEAR = frozenset({"quarter", "half"})
_NARRATES = "deadline:report-narrates"


_MONTHS = frozenset({"month", "monthspan", "partspan"})


def _narrated(hit: _Hit, narrated: list[tuple[int, int, str]], report: bool, text: str) -> _Left | None:
    for a, b, reason in narrated:
        if a <= hit.start < b:
            return _Left(reason)
    if not report or hit.kind not in _PARTS_OF_YEAR | _MONTHS or hit.match.groupdict().get("mod"):
        return None
    if hit.kind in _MONTHS and not _announced(text, hit.start) and not _staged_target(text, hit.end):
        return _Left(_NARRATES)  # 2018年1月至2019年9月,各市…共带队招商231次: what a report narrates
    if hit.kind in _PARTS_OF_YEAR and not text[max(0, hit.start - 2):hit.start].endswith(_actions()[0]) \
            and not text.startswith(_future_words(), hit.end) and not _future_after(text, hit.end):
        return _Left(_NARRATES)
    return None


def _future_after(text: str, end: int) -> bool:
    """Whether the clause after a period opening its sentence speaks of what is to come
    (三季度,市招商局将大力开展…): the period is the time of that work, not narrated."""
    if text[end:end + 1] not in "，,":
        return False
    clause = text[end + 1:_clause_end(text, end + 1)]
    return any(word in clause for word in _future_words())


def _after_the_report(read: _Resolution | _Left, issued: str | None) -> bool:
    """Whether a period a report names begins after the report's date (市住建局要在8月底完成…,
    in news of 16 March): the report cannot narrate it, so it times work still to do."""
    if isinstance(read, _Left) or not issued or read.recurrence or not (read.start or read.end):
        return False
    begins = read.start or read.end[:8] + "01"
    return begins > issued


def _forecast(text: str, start: int) -> bool:
    """Whether a word just before the date forecasts what happens by it (预计到4月中旬)."""
    before = text[max(0, start - _ANNOUNCED_REACH):start]
    return any(word in before for word in _forecast_words())


@lru_cache(maxsize=1)
def _forecast_words() -> tuple[str, ...]:
    return tuple(data_kinds("deadline_actions.tsv")["forecast"])


@lru_cache(maxsize=1)
def _floor_after_amount() -> re.Pattern[str]:
    """An amount closed by a floor (50%以上), from goal_comparators.txt's `>=` words after one."""
    floors = [row[0] for row in data_table("goal_comparators.txt") if row[2] == "post" and row[1] == ">="]
    return re.compile(rf"\d[^，,。；;\d]{{0,4}}?(?:{alternation(floors)})")


def _staged_target(text: str, end: int) -> bool:
    """Whether the clause after a date sets a floor to reach by it (8月底竣工50%以上, 9月底
    竣工80%以上): a stage of a plan in a report too, not its narration."""
    return bool(_floor_after_amount().search(text, end, _clause_end(text, end)))


def _announced(text: str, start: int) -> bool:
    """Whether the words before a date announce the work it times (该项目计划今年6月底完成…):
    a report's plan, not its narration."""
    before = text[max(0, start - _ANNOUNCED_REACH):start]
    return any(word in before for word in _future_words())


# How far before a date the word announcing its work may stand (计划今年6月底).
_ANNOUNCED_REACH = 4


def _with_cell_action(resolved: _Resolution, text: str, start: int, cell_end: int) -> _Resolution:
    """A time cell's limit with the short action the cell names after it (9月投入使用,
    5月底前动工): the cell's words are the deadline's."""
    rest = text[start + len(resolved.words):cell_end].rstrip()
    if rest and len(rest) <= MAX_TIME_ACTION and HAN_RUN.fullmatch(rest):
        return replace(resolved, words=resolved.words + rest)
    return resolved


def _over_before_the_report(resolved: _Resolution, issued: str | None) -> _Left | None:
    """A report's period that ended before the report was dated (我县今年第一季度实现招商
    “开门红”, in news of 12 April) is narrated, unless it is a limit (3月底前完成)."""
    if not issued or not resolved.end or resolved.recurrence or resolved.end >= issued:
        return None
    if resolved.words.endswith(tuple(_modifiers()["before"])):
        return None
    return _Left("deadline:report-past-period")


def find_deadlines(doc: ExtractionDoc) -> list[Deadline]:
    """Every time limit or schedule the notice sets, in text order; the time words left
    are appended to `doc.decisions` with their reason.

    In a report (a bulletin, news of progress) a bare month or date narrates what
    happened; only limits with 前/底前 and schedules count there.
    """
    if "goals" not in doc.assigned:
        from extract.pipeline import ContractError

        raise ContractError("deadlines ask the goals which time words scope them: run the goals component first")
    text, blocks = doc.text, doc.blocks
    time_cells = _time_cells(text, blocks)
    narrated = _narrated_spans(text, doc.sections)
    figures = Figures(doc)
    hits = _find_hits(text)
    out: list[Deadline] = []
    last_year: tuple[int, int] | None = None  # (sentence start, year) carried along a sentence
    for hit in hits:
        if hit.kind == "recur":
            _extend_light(text, hit)
        sent_start = max(text.rfind(ch, 0, hit.start) for ch in SENTENCE_END) + 1
        year = last_year[1] if last_year and last_year[0] == sent_start else doc.meta.year
        cell = next(((a, b) for a, b in time_cells if a <= hit.start and hit.end <= b), None)
        in_time_cell = cell is not None
        ctx = _Context(figures, text, year, doc.meta.issued, in_time_cell)
        resolved = _narrated(hit, narrated, doc.meta.report, text)
        if resolved is None or resolved.reason == _NARRATES:
            read = _RESOLVERS[hit.kind](hit, ctx)
            # A later date a report names times work still to do, unless it is forecast.
            if resolved is None or (_after_the_report(read, doc.meta.issued) and not _forecast(text, hit.start)):
                resolved = read
        if not isinstance(resolved, _Left) and doc.meta.report:
            resolved = _over_before_the_report(resolved, doc.meta.issued) or resolved
        if isinstance(resolved, _Left):
            doc.decisions.append(Decision((hit.start, hit.end), resolved.reason))
            continue
        if cell:
            resolved = _with_cell_action(resolved, text, hit.start, cell[1])
        span = (hit.start, hit.start + len(resolved.words))  # `双周例会` → `双周` keeps the start
        explicit_year = re.match(r"(?:自|从)?(\d{4})年", resolved.words)
        if explicit_year:
            last_year = (sent_start, int(explicit_year.group(1)))
        block = block_at(blocks, span[0])
        out.append(Deadline(text=resolved.words, start=resolved.start, end=resolved.end,
                            recurrence=resolved.recurrence, day=resolved.day,
                            task=block.task if block else None, span=span, reason=resolved.reason))
    log.debug("deadlines: %d of %d candidates", len(out), len(hits))
    return _starts_of_schedules(text, out)


# How far a schedule may stand after the date it starts from (从2022年3月起,务于每月25日前).
_SCHEDULE_REACH = 6


def _starts_of_schedules(text: str, found: list[Deadline]) -> list[Deadline]:
    """A date a schedule runs from, printed just before it in its sentence (从2022年3月起,
    每月25日前报送; 从第二季度起,每季度第1个月的10日前): the schedule's start, one fact
    with it (as 自10月1日开始,12月31日结束 is one), not a limit of its own."""
    out: list[Deadline] = []
    for row in found:
        last = out[-1] if out else None
        if last and row.recurrence and not row.start and last.start and not last.end and not last.recurrence \
                and last.text.endswith(tuple(_modifiers()["from"])) \
                and row.span[0] - last.span[1] <= _SCHEDULE_REACH \
                and not any(ch in SENTENCE_END for ch in text[last.span[1]:row.span[0]]):
            out[-1] = replace(row, start=last.start)
            continue
        out.append(row)
    return out
