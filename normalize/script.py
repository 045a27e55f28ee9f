"""Traditional → Simplified with OpenCC `t2s`, and the few Taiwan terms it leaves.

`t2s` converts characters and phrase-level variants only; `tw2sp` would also rewrite
vocabulary that was right (建立 → 创建), so Taiwan terms are restored from a short
data table instead (GUIDE §2).
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache
from operator import ne
from pathlib import Path

from normalize.edits import Edit
from policydb.han import convert_lines, han_count, to_simplified

DATA = Path(__file__).parent / "data"

# GUIDE §3: a notice is `hant` when t2s changes at least this share of its Han characters.
HANT_THRESHOLD = 0.01


def script_of(text: str, edits: list[Edit] | None = None) -> str:
    """`hant` when t2s changes at least 1% of the Han characters, else `hans`.

    Pass the text's `t2s_edits` when they are at hand, so it is not converted twice.
    """
    if edits is None:
        edits = t2s_edits(text)
    if not edits:
        return "hans"  # nothing to convert (most notices): no Han character needs counting
    han = han_count(text)
    changed = han_count("".join([text[e.start:e.end] for e in edits]))
    return "hant" if han and changed / han >= HANT_THRESHOLD else "hans"


def _opcodes(before: str, after: str) -> list[tuple[str, int, int, int, int]]:
    return difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()


def t2s_edits(text: str) -> list[Edit]:
    """Edits turning `text` into its t2s conversion, one per changed run of characters."""
    lines = text.splitlines(keepends=True)
    converted_lines = convert_lines(to_simplified, text, keepends=True)
    if converted_lines == lines:  # Simplified text, or a converted notice on its next round
        return []
    edits: list[Edit] = []
    offset = 0
    for line, converted in zip(lines, converted_lines, strict=True):
        if converted != line:
            if len(converted) == len(line):
                edits.extend(_same_length_edits(line, converted, offset))
            else:
                edits.extend(
                    Edit(offset + i1, offset + i2, converted[j1:j2])
                    for tag, i1, i2, j1, j2 in _opcodes(line, converted)
                    if tag != "equal"
                )
        offset += len(line)
    return edits


def outside_simplified_set(text: str, edits: list[Edit]) -> list[Edit]:
    """The edits of a Simplified page that change characters outside GB2312, the standard
    Simplified set (a stray 們). One inside it is already Simplified, and t2s only guesses
    a reading for it: in a name, 金奉乾 is no 金奉干."""
    return [e for e in edits if not _in_gb2312(text[e.start:e.end])]


def _in_gb2312(chars: str) -> bool:
    try:
        chars.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


# A run of changed characters in a mask of 1 (changed) and 0 (kept) bytes.
_CHANGED_RUN = re.compile(b"\x01+")


def _same_length_edits(line: str, converted: str, offset: int) -> list[Edit]:
    """One edit per maximal run of changed characters; the runs are found in a byte
    mask, built and scanned in C rather than character by character in Python."""
    changed = bytes(map(ne, line, converted))
    return [Edit(offset + m.start(), offset + m.end(), converted[m.start():m.end()])
            for m in _CHANGED_RUN.finditer(changed)]


@lru_cache(maxsize=1)
def _tw_terms() -> dict[str, str]:
    terms = {}
    for line in (DATA / "tw_terms.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            taiwan, mainland = line.split("\t")[:2]
            terms[taiwan] = mainland
    return terms


def tw_term_edits(text: str) -> list[Edit]:
    """Restore mainland terms for the Taiwan vocabulary listed in data/tw_terms.tsv."""
    terms = _tw_terms()
    edits = []
    for taiwan, mainland in terms.items():
        start = text.find(taiwan)
        while start != -1:
            edits.append(Edit(start, start + len(taiwan), mainland, note=f"{taiwan} → {mainland}"))
            start = text.find(taiwan, start + len(taiwan))
    edits.sort(key=lambda e: e.start)
    # Two listed terms could overlap; keep the first of any overlapping pair.
    kept: list[Edit] = []
    for edit in edits:
        if not kept or edit.start >= kept[-1].end:
            kept.append(edit)
    return kept
