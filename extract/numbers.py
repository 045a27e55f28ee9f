"""Numbers with their units, as written in a notice: `6.6亿美元`, `3千万`, `一百二十个`, `百分之四点六`.

`find_quantities(text)` returns every number that carries a known unit (or a bare
magnitude such as `3千万`), with its span, value, unit and whether it was written in
Chinese numerals. Goal extraction (goals.py) decides which of them are goals.

Value and unit follow the export's convention: the value is the number as written with
the small multipliers (十/百/千) folded in, and the large ones (万/亿/万亿) stay in front
of the unit, so `3千万` → 3000 `万` and `1.5亿元` → 1.5 `亿元`. The scorer reads such
prefixed units itself.
"""
from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from extract.lexicon import HAN_CHAR, alternation, data_lines, data_table, longest_first, read_numeral

log = logging.getLogger(__name__)

# Multipliers folded into the value; the larger ones stay in the unit.
_SMALL_MAGNITUDES = {"十": 10, "百": 100, "千": 1000}
# Every multiplier `parse_number` reads after digits (`3千`, `1.5万`).
_MULTIPLIERS = {**_SMALL_MAGNITUDES, "万": 1e4, "亿": 1e8}
_PERCENT = "百分之"  # `百分之四点六`: the per-cent written out, before the numeral
# Signs read as %: the full-width one, and the care-of sign a typist took for it (增长15℅).
_PERCENT_SIGNS = ("％", "℅")
_MORE_THAN = "余多"  # `640余次`, `110多个`: more than the number
# A range joins two numbers with a dash or 至/到; its lower bound is the goal.
_DASH = "[-－—–~～至到]{1,2}"
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float
    unit: str
    category: str  # money, ratio, count, measure, duration, magnitude (bare 万/亿)
    chinese: bool  # written in Chinese numerals (一个, 三千万)
    upper: float | None = None  # upper bound of a range (1-2支)
    number_end: int = 0  # where the digits stop (before magnitude and unit)
    approx_more: bool = False  # 640余次, 110多个: more than the number


@lru_cache(maxsize=1)
def unit_table() -> dict[str, str]:
    """unit → category, from data/number_units.txt."""
    return {unit: category for unit, category in data_table("number_units.txt")}


@lru_cache(maxsize=1)
def _big_magnitudes() -> tuple[str, ...]:
    """The magnitudes that stay in the unit (万, 亿, 万亿): those without 十/百/千."""
    return longest_first(unit for unit, category in unit_table().items()
                         if category == "magnitude" and not set(unit) & set(_SMALL_MAGNITUDES))


@lru_cache(maxsize=1)
def _big_magnitude_chars() -> str:
    return "".join(sorted(set("".join(_big_magnitudes()))))


@lru_cache(maxsize=1)
def _per_unit() -> re.Pattern[str]:
    """`5批次/千人`: a rate's denominator, part of its unit (data/number_per_units.txt).
    A concentration may spell the slash out (29微克每立方米)."""
    return re.compile(f"(?:[/／](?:每)?|(?<=克)每)(?:{alternation(data_lines('number_per_units.txt'))})")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = unit_table()
    magnitudes = sorted((u for u, c in table.items() if c == "magnitude"), key=len, reverse=True)
    units = sorted((u for u, c in table.items() if c != "magnitude"), key=len, reverse=True)
    cn_chars = data_lines("number_cn_digits.txt")[0].strip()
    mag = "|".join(map(re.escape, magnitudes))
    unit = "|".join(map(re.escape, units))
    digits = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
    # ASCII thousands separators only where exactly three digits follow: a bare ","
    # is also this corpus's clause separator.
    arabic = rf"[0-9０-９]{{1,3}}(?:,[0-9]{{3}}(?![0-9]))+(?:\.[0-9]+)?|{digits}"
    chinese = rf"[{cn_chars}]+"
    # Each pattern opens with a lookahead for the character every match starts with: it
    # changes no match, but turns most positions of the text (no digit, no numeral)
    # down at one test, which halves the time of the scans.
    arabic_pat = re.compile(
        rf"(?=[0-9０-９])(?<![0-9０-９.．A-Za-z])(?P<num>{arabic})(?:(?P<dash>{_DASH})(?P<num2>{arabic}))?"
        rf"(?P<approx>[{_MORE_THAN}])?(?:[ \u00a0]?(?P<mag>{mag}))?(?P<approx2>[{_MORE_THAN}])?"
        rf"(?:[ \u00a0]?(?P<unit>{unit}))?"
    )
    # A Chinese numeral counts only with a unit, or ending in 万/亿 after a digit
    # character (三千万): bare 一/十 runs are words (一是, 十四五).
    chinese_pat = re.compile(
        rf"(?=[{_PERCENT[0]}{cn_chars}])(?:"
        rf"(?:{_PERCENT}(?P<pct>{chinese}))|(?P<cn>{chinese})(?P<capprox>[{_MORE_THAN}])?(?P<cunit>{unit})"
        rf"|(?P<cn2>{chinese}[一二两三四五六七八九十百千][{_big_magnitude_chars()}]))"
    )
    return arabic_pat, chinese_pat


def _to_float(s: str) -> float:
    """The number's value; ValueError for one too long to be an amount (309 nines)."""
    value = float(s.translate(_FULLWIDTH_DIGITS).replace(",", ""))
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {s[:20]}…")
    return value


def _split_magnitude(number: float, mag: str) -> tuple[float, str]:
    """Fold 十/百/千 into the value, keep 万/亿 (and what follows them) for the unit."""
    big = ""
    small = 1.0
    for ch in mag:
        if ch in _SMALL_MAGNITUDES and not big:
            small *= _SMALL_MAGNITUDES[ch]
        else:
            big += ch
    return round(number * small, 10), big


def _clean(value: float) -> float:
    return float(int(value)) if value == int(value) else value


@lru_cache(maxsize=1)
def _trailing_big_magnitude() -> re.Pattern[str]:
    return re.compile(f"^(.*?)({alternation(_big_magnitudes())})$")


def _chinese_with_magnitude(cn: str) -> tuple[float | None, str]:
    """`三千万` → (3000, '万'): a trailing 万/亿 becomes the unit prefix like in `3千万`."""
    m = _trailing_big_magnitude().match(cn)
    if m and m.group(1) and not set(m.group(1)) & set(_big_magnitude_chars()):
        value = read_numeral(m.group(1))
        return value, m.group(2)
    return read_numeral(cn), ""


def parse_number(s: str) -> float | None:
    """Read one number as written: `6.6`, `2,066.95`, `一百二十`, `3千`, `百分之四点六` → 4.6."""
    s = s.strip()
    if not s:
        return None
    if s.startswith(_PERCENT):
        return read_numeral(s[len(_PERCENT):])
    m = re.fullmatch(f"([0-9０-９.,．]+)([{''.join(_MULTIPLIERS)}]*)", s)
    if m:
        try:
            number = _to_float(m.group(1))
        except ValueError:
            return None
        mult = 1.0
        for ch in m.group(2):
            mult *= _MULTIPLIERS[ch]
        return _clean(round(number * mult, 10))
    value = read_numeral(s)
    return _clean(value) if value is not None else None


# Characters a Chinese numeral cannot start with (点五, 万个); 十/百/千 may, see below.
_NOT_A_NUMERAL_START = re.compile(f"[点{''.join(_MULTIPLIERS)}]*")


def find_quantities(text: str) -> list[Quantity]:
    """Every number with a unit (or a bare 万/亿 magnitude) in `text`, in text order."""
    found = _arabic_quantities(text) + _chinese_quantities(text)
    found.sort(key=lambda q: q.start)
    return _merge_ranges(text, _share_units(text, _inherit_units(text, _drop_overlaps(found))))


def _arabic_quantities(text: str) -> list[Quantity]:
    """Numbers written in digits (`6.6亿美元`, `3千万`, `1-2支`, `增长-3.2%`)."""
    table = unit_table()
    found: list[Quantity] = []
    for m in _patterns()[0].finditer(text):
        num, _, num2, approx_before, mag, approx_after, unit = m.groups()
        if not mag and not unit:
            continue  # a bare number (most matches): neither unit nor magnitude
        mag, unit = mag or "", unit or ""
        # 640余次, 110多个, 3万余元: more than the number. A 多 after a bare magnitude
        # (3万多家 aside) may begin the next word, so it counts only before a unit.
        approx = bool(approx_before) or bool(approx_after and unit)
        try:
            number = _to_float(num)
        except ValueError:
            continue
        value, big = _split_magnitude(number, mag)
        if not math.isfinite(value):
            continue
        upper = None
        if num2:
            try:
                upper, _ = _split_magnitude(_to_float(num2), mag)
            except ValueError:
                upper = None
            if upper is not None and (upper < value or not math.isfinite(upper)):
                # `2020-2025` style pairs or reversed dashes are not ranges of one amount.
                upper = None
        category = table.get(unit, "magnitude") if unit else "magnitude"
        if unit in _PERCENT_SIGNS:
            unit = "%"
        end = m.end() if unit or not approx_after else m.start("approx2")
        # 5批次/千人, 2.5张/千人: a rate's denominator is part of its unit.
        per = _per_unit().match(text, end) if unit and unit != "%" else None
        if per:
            unit, end = unit + per.group(0), per.end()
        begin = m.start()
        # 3万元-5万元: a dash right after an amount with its unit joins a range's two ends.
        if found and begin >= 1 and found[-1].end == begin - 1 and text[begin - 1] in "-－—–~～" \
                and found[-1].unit == big + unit and value >= found[-1].value:
            found[-1] = replace(found[-1], end=end, upper=_clean(value))
            continue
        # 增长-3.2%: a minus sign straight after a word (not after a digit, where `1-2` is a
        # range) belongs to the number; statistical bulletins print falls this way.
        if begin >= 1 and text[begin - 1] in "-－−" and (begin < 2 or not text[begin - 2].isascii()
                                                           or not text[begin - 2].isalnum()):
            begin -= 1
            value = -value
            upper = None
        found.append(Quantity(begin, end, _clean(value), big + unit, category, False,
                              _clean(upper) if upper is not None else None, m.end("num"), approx))
    return found


# Numeral characters with no place word between them (六三, 三五): no amount.
_DIGIT_BY_DIGIT = re.compile("[〇○零一二三四五六七八九两]{2,}")


def _chinese_quantities(text: str) -> list[Quantity]:
    """Numbers written in Chinese numerals (`一百二十个`, `三千万`, `百分之四点六`)."""
    table = unit_table()
    found: list[Quantity] = []
    for m in _patterns()[1].finditer(text):
        if m.group("pct"):
            value = read_numeral(m.group("pct"))
            if value is not None:
                found.append(Quantity(m.start(), m.end(), _clean(value), "%", "ratio", True, None, m.end()))
            continue
        if m.group("cn2"):
            cn, unit = m.group("cn2"), ""
        else:
            cn, unit = m.group("cn"), m.group("cunit")
        # Strip characters that cannot start a numeral (a run like 点五 or 万个).
        offset = _NOT_A_NUMERAL_START.match(cn).end()
        if cn[offset:offset + 1] in ("点",) or offset == len(cn):
            continue
        if offset and cn[offset - 1] in _SMALL_MAGNITUDES:
            offset -= 1  # 十五 / 百万 may legitimately start a numeral
        cn = cn[offset:]
        if _DIGIT_BY_DIGIT.fullmatch(cn):
            continue  # 六三种业, 三五个: a name spelt digit by digit, or a rough "three or five"
        value, big = _chinese_with_magnitude(cn)
        if value is None:
            continue
        category = table.get(unit, "count") if unit else "magnitude"
        found.append(Quantity(m.start("cn2" if m.group("cn2") else "cn") + offset, m.end(), _clean(value),
                              big + unit, category, True, None, m.end("cn2" if m.group("cn2") else "cn"),
                              bool(m.group("capprox"))))
    return found


def _drop_overlaps(qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in qs:
        if out and q.start < out[-1].end:
            if q.end - q.start > out[-1].end - out[-1].start:
                out[-1] = q
            continue
        out.append(q)
    return out


def _inherit_units(text: str, qs: list[Quantity]) -> list[Quantity]:
    """`500万、300万元`: a bare magnitude listed before a full amount takes its base unit;
    `1.74个、3.22个、4.0个百分点`: a unit cut short in a list takes the last item's whole unit."""
    out = list(qs)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        between = text[q.end:nxt.start]
        if q.category == "magnitude" and nxt.category != "magnitude":
            if between not in ("、", "和", "及", "，", ",", "或"):
                continue
        elif not (q.unit and between in ("、", "和", "及") and len(nxt.unit) > len(q.unit)):
            continue
        if not nxt.unit.startswith(q.unit):
            continue
        out[i] = Quantity(q.start, q.end, q.value, nxt.unit, nxt.category, q.chinese, q.upper, q.number_end,
                          q.approx_more)
    return out


# Bare numbers listed with 、 right before an amount (分别高于总体进度的9.8、6.2、5.8、2.0个百分点),
# after a word: a list of amounts printing the unit once. At a line's start `1、` numbers an item.
_BARE_LIST = re.compile(rf"(?<={HAN_CHAR.pattern})(?:\d+(?:\.\d+)?、)+$")
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _share_units(text: str, qs: list[Quantity]) -> list[Quantity]:
    """The bare numbers of a list whose last amount prints the unit, as amounts of that unit."""
    out: list[Quantity] = []
    for q in qs:
        # Most amounts follow no 、: the list search is spared for them.
        if q.unit and not q.chinese and q.upper is None and text[q.start - 1:q.start] == "、":
            window = max(0, q.start - 80)
            run = _BARE_LIST.search(text, window, q.start)
            if run and (not out or out[-1].end <= run.start()):
                for m in _BARE_NUMBER.finditer(text, run.start(), run.end()):
                    out.append(Quantity(m.start(), m.end(), _clean(_to_float(m.group())), q.unit, q.category,
                                        False, None, m.end(), False))
        out.append(q)
    return out


_RANGE_DASH = re.compile(f"^{_DASH}$")


def _merge_ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    """`5.0%—5.5%`: two amounts of one unit joined by a dash are one range (lower bound kept)."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        if i + 1 < len(qs):
            nxt = qs[i + 1]
            if (_RANGE_DASH.match(text[q.end:nxt.start]) and nxt.unit == q.unit
                    and q.upper is None and nxt.value >= q.value):
                out.append(Quantity(q.start, nxt.end, q.value, q.unit, q.category, q.chinese,
                                    nxt.value, q.number_end, q.approx_more))
                i += 2
                continue
        out.append(q)
        i += 1
    return out
