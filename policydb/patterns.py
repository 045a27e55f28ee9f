"""Regex helpers shared by the stages' rule tables."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

NEVER = re.compile("(?!)")  # matches nowhere, not even in an empty string
# A numbered heading or item opening a line (二、 (一) 1.): never a title, a label's value
# or a headline. A copy may space the mark off its number (1 . 严格管控…).
HEADING_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+ ?、|[（(][一二三四五六七八九十\d]+[)）]"
                            r"|\d+ ?[.、．](?!\d))")


def any_of(patterns: Iterable[str]) -> re.Pattern[str]:
    """One pattern that matches wherever any of `patterns` would; never, for none.

    It answers *whether* a rule list can match a text in one search, before the rules
    are tried in their order (the alternation does not tell which rule comes first).
    The patterns must not use global inline flags or numbered backreferences, which do
    not survive being joined.
    """
    joined = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(joined) if joined else NEVER


@dataclass(frozen=True)
class AnyOfSplit:
    """`any_of`, with the alternatives anchored at the text's start kept apart.

    One alternative that may match anywhere makes a search try every alternative at
    every position, the anchored ones too; most line rules are anchored, so they are
    tried once, at the start, and only the few others are searched for.
    """

    at_start: re.Pattern[str]  # the alternatives that begin with ^, without it
    anywhere: re.Pattern[str] | None  # the others; None for none (NEVER is searched at every position)

    def found_in(self, text: str) -> bool:
        if self.at_start.match(text) is not None:
            return True
        return self.anywhere is not None and self.anywhere.search(text) is not None


def any_of_split(patterns: Iterable[str]) -> AnyOfSplit:
    """Whether any of `patterns` matches a text, as `any_of(patterns).search` says, in
    fewer steps. (Without re.MULTILINE, which joined patterns cannot carry, ^ is the
    text's start: `^x` searched is `x` matched.)"""
    at_start: list[str] = []
    anywhere: list[str] = []
    for pattern in patterns:
        for branch in top_level_branches(pattern):
            if branch.startswith("^"):
                at_start.append(branch[1:])
            else:
                anywhere.append(branch)
    return AnyOfSplit(any_of(at_start), any_of(anywhere) if anywhere else None)


def top_level_branches(pattern: str) -> list[str]:
    """The alternatives of `pattern` outside any group or character class:
    `^a|b(c|d)|[|]` → `^a`, `b(c|d)`, `[|]`."""
    branches: list[str] = []
    start = depth = 0
    class_start = -1  # where the character class being read starts its members, or -1
    escaped = False
    for i, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif class_start >= 0:
            # A ] first among the members ([]…], [^]…]) is one of them.
            if char == "]" and i > class_start:
                class_start = -1
        elif char == "[":
            class_start = i + 2 if pattern[i + 1 : i + 2] == "^" else i + 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
    branches.append(pattern[start:])
    return branches
