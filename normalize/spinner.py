"""Undo synonym-spinner swaps (`头部时间` → `第一时间`) where the context is unambiguous.

The swaps and their contexts are rows of data/spinner.tsv: a regular expression whose
match is the swapped word (context in look-arounds) and the word to restore.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from normalize.edits import Edit

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def _rules() -> list[tuple[re.Pattern[str], str, str]]:
    rules = []
    for line in (DATA / "spinner.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, replacement, why = (line.split("\t") + [""])[:3]
            rules.append((re.compile(pattern), replacement, why))
    return rules


def spinner_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    taken: set[int] = set()
    for pattern, replacement, why in _rules():
        for match in pattern.finditer(text):
            span = range(match.start(), match.end())
            if taken.intersection(span):
                continue
            taken.update(span)
            edits.append(Edit(match.start(), match.end(), replacement, note=why))
    return sorted(edits, key=lambda e: e.start)
