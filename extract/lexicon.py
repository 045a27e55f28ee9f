"""The one lexicon of extract/: how its data files are read, and the few definitions
every component shares (brackets, Han characters, numerals).

Words live in `extract/data/`, one file per list, read here and compiled once by the
component that uses them. Code names what a word list is for; it does not spell the
words again (tests/test_lexicon.py fails when a data file's word reappears as a string
literal in extract/).
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources

import cn2an

from policydb.han import HAN

HAN_CHAR = re.compile(f"[{HAN}]")
HAN_RUN = re.compile(f"[{HAN}]*")
OPEN_BRACKETS = "(（〔[［【"
CLOSE_BRACKETS = ")）〕]］】"
CIRCLED_NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# The characters of a Chinese numeral as item numbers, months and days print them.
_NUMERAL_CHARS = frozenset("零〇一二两三四五六七八九十百")
# Zeros as years are printed (二○二六年, 二Ｏ二六年): read as 〇.
_ZERO_VARIANTS = str.maketrans("○ＯO", "〇〇〇")
_TYPED_ZEROS = str.maketrans("0", "〇")


@cache
def data_lines(name: str) -> tuple[str, ...]:
    """Non-comment, non-blank lines of `extract/data/<name>`, without surrounding blanks."""
    text = resources.files("extract").joinpath("data", name).read_text(encoding="utf-8")
    stripped = (line.strip() for line in text.splitlines())
    return tuple(line for line in stripped if line and not line.startswith("#"))


def data_table(name: str) -> list[list[str]]:
    """Tab-separated rows of a data file, each cell without surrounding blanks."""
    return [[cell.strip() for cell in line.split("\t")] for line in data_lines(name)]


@cache
def data_words(name: str, tag: str | None = None) -> tuple[str, ...]:
    """The first cell of each row of a `word<TAB>tag…` data file, in file order; with a
    `tag`, only the rows that carry it among their other cells."""
    return tuple(row[0] for row in data_table(name) if tag is None or tag in row[1:])


@cache
def data_kinds(name: str) -> dict[str, tuple[str, ...]]:
    """The words of a `kind<TAB>word` data file, by kind, in file order."""
    out: dict[str, tuple[str, ...]] = {}
    for kind, word, *_ in data_table(name):
        out[kind] = (*out.get(kind, ()), word)
    return out


def admin_levels(kind: str | None = None) -> tuple[str, ...]:
    """China's administrative level words (省, 市, 自治县 …), longest first: the one list
    every stage reads (data/admin_levels.tsv); `kind="level"` for those also printed
    before a department's name (市商务局)."""
    kinds = data_kinds("admin_levels.tsv")
    return longest_first(word for name, words in kinds.items() if kind in (None, name) for word in words)


def longest_first(words: Iterable[str]) -> tuple[str, ...]:
    """Words ordered so that an alternation tries the longest match first."""
    return tuple(sorted(words, key=len, reverse=True))


def alternation(words: Iterable[str]) -> str:
    """A regex alternative of literal words, longest first."""
    return "|".join(map(re.escape, longest_first(words)))


# cn2an takes ~15 µs a call, and notices spell the same few numerals (一, 三, 两) again
# and again: a small cache of this pure function pays.
@lru_cache(maxsize=512)
def read_numeral(s: str) -> float | None:
    """`一百二十` → 120, `四点六` → 4.6, `两` → 2, `二〇二六` → 2026; None when cn2an cannot read it."""
    s = s.translate(_ZERO_VARIANTS).replace("〇", "零")
    try:
        value = float(cn2an.cn2an(s, "smart"))
    except (ValueError, KeyError, TypeError, IndexError, OverflowError):
        return None
    return value if math.isfinite(value) else None


def read_int(s: str) -> int | None:
    """A printed whole number: `12`, `十二`, `③`, `二〇二六`; None if it is no such number."""
    if not s:
        return None
    if len(s) == 1 and s in CIRCLED_NUMBERS:  # before isdigit(), which is True for ③
        return CIRCLED_NUMBERS.index(s) + 1
    if s.isascii() and s.isdigit():
        return int(s)
    s = s.translate(_TYPED_ZEROS)  # 二00四: a year typed with ASCII zeros among its numerals
    if not _NUMERAL_CHARS.issuperset(s.translate(_ZERO_VARIANTS)):
        return None
    value = read_numeral(s)
    return int(value) if value is not None and value == int(value) else None
