"""Canonical names: units, indicators, scopes, regions and numeric units.

Every rule here is read from a data file in `store/data/` on first use, so adding an
alias or a generic-body pattern is a one-line data edit. Canonical forms are what the
store joins on; the names as printed are always kept beside them.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from extract.lexicon import admin_levels

DATA = Path(__file__).resolve().parent / "data"

# Level prefixes a unit is printed with inside its own region's notice (`市商务局`).
LEVELS = ("市", "县", "区", "省", "州", "旗")
# Words that start with a level character without being prefixed by it (`市场监管总局`).
_NOT_PREFIXED = ("市场", "市级", "县级", "区级", "省级", "州级", "区域")

_BRACKETS = str.maketrans({"〔": "(", "〕": ")", "（": "(", "）": ")", "【": "(", "】": ")",
                           "［": "(", "］": ")"})
# Chinese multipliers a numeric unit may start with (`亿美元`, `万元`).
_MULTIPLIERS = {"十": 10, "百": 100, "千": 1_000, "万": 10_000, "亿": 100_000_000}
# Units whose first character is part of the unit, not a multiplier.
_UNSPLIT = {"百分点", "个百分点", "千瓦", "千瓦时", "千米", "千克", "百分比"}


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


# Compiled once: `clean` runs for every unit, indicator and scope of every notice.
_SPACES = re.compile(r"\s+")


def clean(name: str) -> str:
    """One spelling for comparison: NFKC, one bracket style, no whitespace."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", name).translate(_BRACKETS))


# --- aliases -------------------------------------------------------------------------

@cache
def _alias_rows(name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    rows = []
    for line in _lines(name):
        cells = [clean(c) for c in line.split("\t") if c.strip()]
        if cells:
            rows.append((cells[0], tuple(cells[1:])))
    return tuple(rows)


@cache
def _unit_suffixes() -> tuple[tuple[str, str], ...]:
    """(spelling, canonical) for every unit alias and canonical, longest spelling first."""
    pairs = {}
    for canonical, aliases in _alias_rows("unit_aliases.tsv"):
        for spelling in (canonical, *aliases):
            pairs.setdefault(spelling, canonical)
    return tuple(sorted(pairs.items(), key=lambda kv: -len(kv[0])))


def unit_alias_names() -> list[str]:
    """Every level-free spelling in unit_aliases.tsv (for the segmenter's dictionary)."""
    return [spelling for spelling, _ in _unit_suffixes()]


@cache
def _generic_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(line.strip()) for line in _lines("generic_units.txt"))


def is_generic(name: str) -> bool:
    """A body named by kind, not by name (`各县(市、区)政府`, `市有关部门`)."""
    name = clean(name)
    return any(p.search(name) for p in _generic_patterns())


# A named body heading the group it is printed with (`区住建局等区直部门`).
_HEADS_A_GROUP = re.compile(r"(?P<head>[^等]{2,})等(?![和及与])\S+")


@lru_cache(maxsize=1 << 13)  # names repeat across a batch; a pure function of its text
def unit_core(name: str) -> str:
    """The printed name with its alias resolved but no region applied: `市发改委` → `市发展改革委`.

    The alias must be the whole name or follow a level character (`沧州市`, `沧县`), so
    `国家发改委` is not read as a 发改委 of a place called 国家.
    """
    name = clean(name)
    if (heading := _HEADS_A_GROUP.match(name)) and not is_generic(heading.group("head")):
        # `市财政局等有关部门`, kept as printed, is filed under the body it names first: a
        # query for what 市财政局 leads finds it.
        name = heading.group("head")
    if is_generic(name):
        return name
    for spelling, canonical in _unit_suffixes():
        if name.endswith(spelling):
            head = name[: len(name) - len(spelling)]
            if not head or head[-1] in LEVELS:
                return head + canonical
    return name


@dataclass(frozen=True)
class CanonicalUnit:
    name: str  # canonical name: `沧州市商务局`, or the printed name of a generic body
    region: str | None  # the region that qualifies it; None for a name unique on its own
    generic: bool

    @property
    def key(self) -> str:
        return f"{self.name}@{self.region}" if self.region else self.name


@lru_cache(maxsize=1 << 13)
def canonical_unit(printed: str, region: str | None) -> CanonicalUnit:
    """Resolve a printed unit name against the region of the notice that prints it.

    `市商务局` in a 沧州市 notice is `沧州市商务局`. Generic bodies stay as printed and are
    qualified by region; so is a level-prefixed name the region cannot resolve (`省商务厅`
    in a city's notice), since the same words name a different body elsewhere.
    """
    core = unit_core(printed)
    if is_generic(core):
        return CanonicalUnit(core, region or None, True)
    if not level_prefixed(core):
        return CanonicalUnit(core, None, False)
    region = clean(region) if region else None
    if region and region.endswith(core[0]):
        return CanonicalUnit(region + core[1:], None, False)
    return CanonicalUnit(core, region, False)


def level_prefixed(name: str) -> bool:
    """`市商务局` is; `市场监管总局`, `县级招商公司` and `沧州市商务局` are not."""
    return len(name) > 1 and name[0] in LEVELS and not name.startswith(_NOT_PREFIXED)


# --- indicators and scopes -----------------------------------------------------------

@cache
def _indicator_spellings() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern of every spelling, longest first (so at a position the longest wins),
    and the canonical name of each."""
    pairs: dict[str, str] = {}
    for canonical, aliases in _alias_rows("indicator_aliases.tsv"):
        pairs.setdefault(canonical, canonical)
        for alias in aliases:
            pairs.setdefault(alias, canonical)
    ordered = sorted((spelling for spelling in pairs if spelling), key=len, reverse=True)
    return re.compile("|".join(re.escape(spelling) for spelling in ordered)), pairs


@cache
def _indicator_noise() -> tuple[str, ...]:
    return tuple(sorted((clean(x) for x in _lines("indicator_noise.txt")), key=len, reverse=True))


@cache
def _indicator_heads() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(what an indicator may open with, framing removed anywhere, what it may close with)."""
    heads = tomllib.loads((DATA / "indicator_heads.toml").read_text(encoding="utf-8"))
    words = [re.escape(clean(w)) for w in sorted(heads["subjects"] + heads["verbs"], key=len, reverse=True)]
    verbs = "|".join(re.escape(clean(w)) for w in heads["verbs"] if len(w) > 1)
    # A list's serial glued before its verb (1确保地区生产总值增长): not 5大结构性指标, a count.
    serial = rf"\d{{1,2}}(?={verbs})"
    opening = re.compile("^(?:" + "|".join([*(clean(t) for t in heads["times"]), serial, *words]) + ")")
    framing = re.compile("|".join(re.escape(clean(w)) for w in sorted(heads["framing"], key=len, reverse=True)))
    closing = re.compile("(?:" + "|".join(clean(t) for t in heads["tails"]) + ")$")
    return opening, framing, closing


@cache
def _growth_totals() -> frozenset[str]:
    return frozenset(clean(line) for line in _lines("indicator_growth_totals.txt"))


# Shorter than this, what is left is no indicator: the words as printed are kept.
_MIN_INDICATOR = 2
# Marks a list or a page puts before an indicator (●2023年…, ◆地区生产总值增长).
_LEADING_MARKS = re.compile(r"^[^\w(]+")


@lru_cache(maxsize=1 << 13)
def canonical_indicator(indicator: str, unit: str | None = None) -> str:
    """`实际使用外资同比增长` → `实际利用外资增长`; `2023年广东GDP增速` → `地区生产总值增长`.

    The indicator loses what it opens with that is not the quantity (a year, a place, a
    verb: indicator_heads.toml), its framing and noise words; then one left-to-right
    scan puts each known spelling's canonical name in its place (the longest spelling
    wins at a position, and a canonical name is kept as it is). A total given in %
    (地区生产总值 6%) is its growth: indicator_growth_totals.txt lists such totals.
    """
    text = _bare_indicator(clean(indicator))
    for noise in _indicator_noise():
        text = text.replace(noise, "")
    pattern, canonical = _indicator_spellings()
    text = pattern.sub(lambda m: canonical[m.group(0)], text)
    if unit and clean(unit) == "%" and text in _growth_totals():
        text += _GROWTH
    return text


_GROWTH = "增长"


def _bare_indicator(text: str) -> str:
    """The indicator without the time, place, subject and verb it opens with and the
    framing it holds; the words as they were when too little would be left."""
    opening, framing, closing = _indicator_heads()
    bare = framing.sub("", _LEADING_MARKS.sub("", text))
    while True:
        shorter = opening.sub("", bare, count=1)
        shorter = _without_place(shorter)
        if shorter == bare or len(shorter) < _MIN_INDICATOR:
            break
        bare = shorter
    bare = closing.sub("", bare)
    return bare if len(bare) >= _MIN_INDICATOR else text


def _without_place(text: str) -> str:
    """The text without the division names it opens with (广东, 合肥市, 广西梧州)."""
    from extract import gazetteer

    end, division = gazetteer.chain_at(text)
    if division is None or (end < gazetteer._MIN_MENTION and division.level == gazetteer.COUNTY):
        return text
    return text[end:]


@cache
def _whole_region_scopes() -> frozenset[str]:
    return frozenset(clean(x) for x in _lines("scope_whole_region.txt"))


def scope_key(scope: str | None, region: str | None = None) -> str:
    """The scope for comparing years: '' for none or the whole region — 全市, 全县, or the
    notice's own region by any of its names (广东 and 广东省 in a 广东省 report, 全国 and
    我国 in a national one)."""
    if not scope:
        return ""
    scope = clean(scope)
    if scope in _whole_region_scopes():
        return ""
    if region and (region_matches(scope, region) or _same_division(scope, region)):
        return ""
    return scope


def _same_division(scope: str, region: str) -> bool:
    code = division_code(scope)
    return code is not None and code == division_code(region)


# --- regions ---------------------------------------------------------------------------

@cache
def _admin_suffixes() -> tuple[str, ...]:
    # One list of level words for every stage: extract/data/admin_levels.tsv.
    return admin_levels()


def region_stem(region: str) -> str:
    """`万载县` → `万载`; a name that is only a suffix is left alone."""
    region = clean(region)
    for suffix in _admin_suffixes():
        if region.endswith(suffix) and len(region) > len(suffix) + 1:
            return region[: -len(suffix)]
    return region


@lru_cache(maxsize=1024)
def division_code(name: str) -> str | None:
    """The official division code of a region as a user or scraper writes it (广西,
    上海市浦东新区, 万载县); None for 全国 and a place the division table lacks."""
    from extract.meta import division_of_name

    _, division = division_of_name(clean(name))
    return division.code if division else None


def region_matches(query: str, region: str | None) -> bool:
    """Whether a user's region (`万载`, `万载县`) names the notice's region (`万载县`)."""
    if not region:
        return False
    q, r = clean(query), clean(region)
    return q == r or region_stem(q) == region_stem(r)


# --- numbers ---------------------------------------------------------------------------

def number_text(value: float) -> str:
    """A figure as notices print it: no exponent (1102284, not 1.10228e+06), no float noise."""
    return f"{value:.4f}".rstrip("0").rstrip(".") if abs(value) < 1e15 else str(value)


def split_unit(unit: str | None) -> tuple[float, str]:
    """`亿美元` → (1e8, `美元`); `%` → (1, `%`): the multiplier and the base unit."""
    unit = clean(unit or "")
    if unit in _UNSPLIT:
        return 1.0, unit
    factor = 1.0
    i = 0
    while i < len(unit) - 1 and unit[i] in _MULTIPLIERS and unit[i:] not in _UNSPLIT:
        factor *= _MULTIPLIERS[unit[i]]
        i += 1
    return factor, unit[i:]
