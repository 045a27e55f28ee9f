"""Undo synonym-spinner swaps (`头部时间` → `第一时间`) where the context is unambiguous.

The swaps and their contexts are rows of data/spinner.tsv: a regular expression whose
match is the swapped word (context in look-arounds) and the word to restore. A page the
spinner rewrote whole (加鼎力度, 羁系平台, 生长改造委) has more swaps undone, from
data/spinner_page.tsv, once it shows enough signs of one.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from normalize.edits import Edit
from policydb.patterns import required_words

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def _rules() -> list[tuple[re.Pattern[str], str, str, frozenset[str] | None]]:
    """(pattern, replacement, why, words one of which every match holds, None if untold)."""
    rules = []
    for line in (DATA / "spinner.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, replacement, why = (line.split("\t") + [""])[:3]
            rules.append((re.compile(pattern), replacement, why, required_words(pattern)))
    return rules


def _rules_for(text: str) -> list[tuple[re.Pattern[str], str, str]]:
    """The rules that can match the text: a rule's swapped word (头部, 蕞) is in few texts,
    and its pattern, opening on a lookbehind, would be tried at every position."""
    return [(pattern, new, why) for pattern, new, why, words in _rules()
            if words is None or any(word in text for word in words)]


@lru_cache(maxsize=1)
def _page_rules() -> tuple[int, re.Pattern[str], list[tuple[str, re.Pattern[str], str, str]]]:
    """(how many distinct signs make a page spun, the signs' core words in one pattern, the
    rules: kind, pattern, replacement, why)."""
    min_signs, rules, cores = 0, [], []
    for line in (DATA / "spinner_page.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, *rest = line.split("\t")
        if kind == "min_signs":
            min_signs = int(rest[0])
        else:
            pattern, replacement, why, core = (rest + ["", ""])[:4]
            rules.append((kind, re.compile(pattern), replacement, why))
            cores.append(core)
    # One scan for the signs' core words tells most pages apart (they hold too few).
    return min_signs, re.compile("|".join(filter(None, cores))), rules


def _spun_page_rules(text: str) -> list[tuple[re.Pattern[str], str, str]]:
    """The rules of a page a spinner rewrote whole: none unless it shows enough signs."""
    min_signs, cores, rules = _page_rules()
    if len(set(cores.findall(text))) < min_signs:
        return []
    signs = sum(1 for kind, pattern, _, _ in rules if kind == "sign" and pattern.search(text))
    return [(pattern, new, why) for _, pattern, new, why in rules] if signs >= min_signs else []


def spinner_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    taken: set[int] = set()
    for pattern, replacement, why in _rules_for(text) + _spun_page_rules(text):
        for match in pattern.finditer(text):
            span = range(match.start(), match.end())
            if taken.intersection(span):
                continue
            taken.update(span)
            edits.append(Edit(match.start(), match.end(), replacement, note=why))
    return sorted(edits, key=lambda e: e.start)
