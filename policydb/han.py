"""Small facts about Chinese text that several stages need: Han characters, t2s."""
from __future__ import annotations

import re
from functools import lru_cache

from policydb.errors import missing_dependency

# A parenthesised Latin syllable after a character, the shape of a pinyin reading aid.
# Loose on purpose: used to compare lines against rules, never to rewrite text.
_AID_SHAPE = re.compile(r"(?<=[\u3400-\u9fff])[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}[)）]")


def is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or "\uf900" <= char <= "\ufaff"


_HAN_RUN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]+")


def han_count(text: str) -> int:
    """How many Han characters (as `is_han` counts them) the text holds."""
    return sum(map(len, _HAN_RUN.findall(text)))


@lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc
    except ImportError as exc:  # a broken install, not a user choice: say what to do
        raise missing_dependency("opencc") from exc
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """OpenCC t2s: characters and phrase variants only, no vocabulary rewriting."""
    return _t2s().convert(text)


def fold(line: str) -> str:
    """A line as Simplified text without reading aids, for matching rules against."""
    return to_simplified(_AID_SHAPE.sub("", line))
