"""Regex helpers shared by the stages' rule tables."""
from __future__ import annotations

import re
from collections.abc import Iterable

NEVER = re.compile("(?!)")  # matches nowhere, not even in an empty string


def any_of(patterns: Iterable[str]) -> re.Pattern[str]:
    """One pattern that matches wherever any of `patterns` would; never, for none.

    It answers *whether* a rule list can match a text in one search, before the rules
    are tried in their order (the alternation does not tell which rule comes first).
    The patterns must not use global inline flags or numbered backreferences, which do
    not survive being joined.
    """
    joined = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(joined) if joined else NEVER
