"""The page's labelled fields (`page_meta`) as extract reads them.

Ingest keeps a label as the page prints it (`發文機關`, `标　　题`); extract looks fields
up by their Simplified label. So labels lose the padding and colon sites print around
them, and a Traditional notice's labels and values are converted with t2s, as its
text is. A Simplified notice's values are passed on exactly as the page states them.
"""
from __future__ import annotations

import re

from policydb.han import convert_lines, to_simplified

# Padding and colons around a label: "标　　题：", "发文机关:", "索 引 号".
_LABEL_PADDING = re.compile(r"[\s:：]")


def normalize_page_meta(page_meta: dict[str, str], script: str) -> dict[str, str]:
    """Labels without padding, and on a `hant` notice labels and values in Simplified.
    A label met twice (a page printing `發佈日期` beside a derived `发布日期`) keeps its
    first value, as ingest does."""
    labels, values = list(page_meta), list(page_meta.values())
    if script == "hant" and labels:
        converted = _t2s_each([*labels, *values])
        labels, values = converted[:len(labels)], converted[len(labels):]
    folded: dict[str, str] = {}
    for label, value in zip(labels, values, strict=True):
        folded.setdefault(_LABEL_PADDING.sub("", label), value)
    return folded


def _t2s_each(parts: list[str]) -> list[str]:
    """t2s of each string: in one OpenCC call, as lines of one text, when each is one
    line (not empty, no line break), which is what ingest gives."""
    if all(part.splitlines() == [part] for part in parts):
        return convert_lines(to_simplified, "\n".join(parts))
    return [to_simplified(part) for part in parts]
