"""The one date reader of extract/: printed dates in, ISO dates out.

Notices print a date in a few fixed ways: `2018年5月14日`, `2018-05-14` (page fields),
`二〇一八年五月十四日` (signatures) and, in deadlines, a day date whose year the plan
supplies (`6月30日`). Chinese numerals are read by `extract.lexicon.read_int` (cn2an),
which also takes the 〇/○/Ｏ zeros years are printed with.

No `dateparser`-style library: python-dateutil is installed (sqlite-utils needs it) but
reads neither 年月日 nor Chinese numerals, and these few forms are easier to read
exactly than to configure a general parser for.
"""
from __future__ import annotations

import calendar
import re

from extract.lexicon import read_int

# Pattern fragments for modules that look for dates inside longer patterns.
# (a typist may key its zeros as ASCII digits: 二00四年二月十七日)
CN_YEAR = "[〇零○Ｏ0一二三四五六七八九]{4}"
CN_MONTH_DAY = "[一二三四五六七八九十]{1,3}"
ARABIC_DAY = r"\d{4}年\d{1,2}月\d{1,2}日"
CHINESE_DAY = f"{CN_YEAR}年{CN_MONTH_DAY}月{CN_MONTH_DAY}日"
# A day date whose year may be left to the plan (`6月30日`, `2024年4月1日`).
DAY_DATE = r"(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]"

_ARABIC = re.compile(r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?")
_CHINESE = re.compile(f"({CN_YEAR})年({CN_MONTH_DAY})月({CN_MONTH_DAY})日")
_DAY_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]")


def last_day(year: int, month: int) -> int:
    """The last day of a month: 28 to 31."""
    return calendar.monthrange(year, month)[1]


def iso(year: int, month: int, day: int) -> str | None:
    """`2020-06-30`; a day outside the month is moved to its nearest end (`2月30日` → 02-29),
    None for no such month."""
    try:
        last = last_day(year, month)
    except (ValueError, calendar.IllegalMonthError):
        return None
    return f"{year:04d}-{month:02d}-{min(max(day, 1), last):02d}"


def parse_date(s: str | None) -> str | None:
    """The first full date in `s` (`2018年5月14日`, `二〇一八年五月十四日`, `2018-05-14`) as
    ISO; None when there is none."""
    if not s:
        return None
    m = _ARABIC.search(s) or _CHINESE.search(s)
    if not m:
        return None
    year, month, day = (read_int(g) for g in m.groups())
    if year is None or month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return iso(year, month, day)


# A signature date whose 年 and 月 a scrape lost (2023925日, 202446): digits only.
_RUN_TOGETHER = re.compile(r"((?:19|20)\d{2})(\d{2,4})日?")
# A date that lost its 年 and its 日 but kept its 月 (20233月13): one reading only.
_MARKS_LOST = re.compile(r"((?:19|20)\d{2})(\d{1,2})月(\d{1,2})日?")


def _month_day_splits(year: int, digits: str) -> set[tuple[int, int]]:
    """Every (month, day) a run of digits that lost 月 can be in `year` (128: 1, 28 and 12, 8)."""
    return {(int(digits[:k]), int(digits[k:])) for k in (1, 2) if k < len(digits)
            and 1 <= int(digits[:k]) <= 12 and 1 <= int(digits[k:]) <= last_day(year, int(digits[:k]))}


def month_and_day(year: int, digits: str, after: str | None = None) -> tuple[int, int] | None:
    """The one (month, day) a run of digits can be in `year` (615 → 6, 15; 1215 → 12, 15),
    or None when no split is valid or more than one is (128: 1月28日 or 12月8日). A limit
    set by a notice dated `after` (ISO) is the nearest reading after that date (128 in a
    notice of 2022-01-07: 1月28日)."""
    valid = _month_day_splits(year, digits)
    if len(valid) > 1 and after:
        ahead = sorted(md for md in valid if iso(year, *md) >= after)
        return ahead[0] if ahead else None
    return valid.pop() if len(valid) == 1 else None


def read_run_together_date(s: str, not_after: str | None = None) -> str | None:
    """The date a run of digits can only be (2023925日 → 2023-09-25, 202446 → 2024-04-06,
    20233月13 → 2023-03-13),
    as ISO; None when no split of month and day, or more than one, is valid (2024111). A
    date after `not_after` (ISO: the day the page published the notice) is no valid one
    (2024115 published 2024-01-18 is 2024-01-15, not 2024-11-05)."""
    if marked := _MARKS_LOST.fullmatch(s.strip()):
        return iso(int(marked.group(1)), int(marked.group(2)), int(marked.group(3)))  # 20233月13
    m = _RUN_TOGETHER.fullmatch(s.strip())
    if not m:
        return None
    year = int(m.group(1))
    valid = {iso(year, month, day) for month, day in _month_day_splits(year, m.group(2))}
    if not_after:
        valid = {d for d in valid if d <= not_after}
    return valid.pop() if len(valid) == 1 else None


def read_day_date(s: str, default_year: int | None) -> tuple[int | None, int, int] | None:
    """(year, month, day) of a whole day date (`6月30日`, `2024年4月1日`); the year is
    `default_year` when not printed. None when `s` is no such date."""
    m = _DAY_DATE.fullmatch(s)
    if not m:
        return None
    year = int(m.group(1)) if m.group(1) else default_year
    return year, int(m.group(2)), int(m.group(3))
