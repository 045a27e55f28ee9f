"""Remove the furniture a site adds around a plain-text scrape (GUIDE §1).

What counts as furniture is data (data/text_chrome.toml). Three kinds of rule: `line`
rules drop a line wherever it stands, `tail` rules drop a trailer from its first line
to the end, and `contact` rules drop advertising/contact lines only inside the page's
header or trailer. One structural rule needs no data: a line printed twice with only
furniture between the copies (the site's title above its byline, then the notice's own
title) keeps only the second copy.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from policydb.han import convert_lines, fold
from policydb.patterns import any_of
from policydb.records import DroppedLine

RULES_FILE = Path(__file__).parent / "data" / "text_chrome.toml"


@dataclass(frozen=True)
class Rule:
    kind: str  # "line" | "tail" | "contact"
    name: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    data = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))
    return tuple(
        Rule(kind, entry["name"], re.compile(entry["pattern"]))
        for kind in ("line", "tail", "contact")
        for entry in data.get(kind, [])
    )


@lru_cache(maxsize=1)
def _rules_by_kind() -> dict[str, tuple[re.Pattern[str], tuple[Rule, ...]]]:
    """Per kind: one alternation of all its patterns, and the rules in order.

    Most lines match no rule; the alternation says so in one search instead of one per
    rule. (It cannot name the rule: the first rule in order wins, not the leftmost match.)
    """
    rules = load_rules()
    out = {}
    for kind in ("line", "tail", "contact"):
        of_kind = tuple(r for r in rules if r.kind == kind)
        out[kind] = (any_of(r.pattern.pattern for r in of_kind), of_kind)
    return out


def _first_match(line: str, kind: str) -> str | None:
    any_rule, rules = _rules_by_kind()[kind]
    if not any_rule.search(line):
        return None
    for rule in rules:
        if rule.pattern.search(line):
            return rule.name
    return None


def strip_chrome(text: str) -> tuple[str, list[DroppedLine]]:
    """The notice's own text and the lines removed, each with the rule that removed it."""
    lines = text.splitlines()
    folded = [line.strip() for line in convert_lines(fold, text)]
    reasons: list[str | None] = [None] * len(lines)

    for i, stripped in enumerate(folded):
        if not stripped:
            continue
        if tail := _first_match(stripped, "tail"):
            for j in range(i, len(lines)):
                reasons[j] = reasons[j] or (tail if j == i else f"{tail} (below)")
            break
        reasons[i] = _first_match(stripped, "line")

    _drop_contact_edges(lines, folded, reasons)
    _drop_site_title_copies(lines, reasons)

    kept = [line for line, reason in zip(lines, reasons, strict=True) if reason is None]
    while kept and not kept[0].strip():
        kept.pop(0)
    while kept and not kept[-1].strip():
        kept.pop()
    dropped = [DroppedLine(line.strip(), reason) for line, reason in zip(lines, reasons, strict=True)
               if reason is not None and line.strip()]
    return "\n".join(kept), dropped


def _is_furniture(line: str, reason: str | None) -> bool:
    return reason is not None or not line.strip()


def _drop_contact_edges(lines: list[str], folded: list[str], reasons: list[str | None]) -> None:
    """Contact/ad lines count as furniture only in a run reaching the page's start or end."""
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        for i in order:
            if _is_furniture(lines[i], reasons[i]):
                continue
            contact = _first_match(folded[i], "contact")
            if contact is None:
                break
            reasons[i] = contact


def _drop_site_title_copies(lines: list[str], reasons: list[str | None]) -> None:
    for i, line in enumerate(lines):
        if reasons[i] is not None or not line.strip():
            continue
        j = i + 1
        while j < len(lines) and _is_furniture(lines[j], reasons[j]):
            j += 1
        between_has_chrome = any(reasons[k] is not None for k in range(i + 1, j))
        if j < len(lines) and between_has_chrome and lines[j].strip() == line.strip():
            reasons[i] = "site_title_copy"
