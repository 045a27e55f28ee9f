"""Small facts about Chinese text that several stages need: Han characters, t2s."""
from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import lru_cache

from policydb.errors import missing_dependency

# Han characters, as a regex character-class body: the unified ideographs, extension A
# and the compatibility ideographs (the planes beyond the BMP are left to callers that
# need them, as FTS does).
HAN = "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff"
# Pinyin letters with a tone mark (and ü), as reading aids print them.
TONE_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"

# A parenthesised Latin syllable after a character, the shape of a pinyin reading aid.
# Loose on purpose: used to compare lines against rules, never to rewrite text. The
# bracket first, the character before it a lookbehind: the search skips to brackets.
_AID_SHAPE = re.compile(rf"[(（](?<=[\u3400-\u9fff].)[a-zA-Z{TONE_LETTERS}ü]{{1,6}}[)）]")


def is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or "\uf900" <= char <= "\ufaff"


_HAN_RUN = re.compile(f"[{HAN}]+")


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


def convert_lines(convert: Callable[[str], str], text: str, *, keepends: bool = False) -> list[str]:
    """`[convert(line) for line in text.splitlines(keepends)]`, converting the text in one call.

    OpenCC costs ~10 µs a call whatever the length, and a notice has hundreds of lines.
    No OpenCC phrase and no reading aid holds a line break, and what starts a line is
    not Han, so the whole text converts as its lines do. Should a line boundary ever
    move, the lines are converted one by one.
    """
    lines = text.splitlines(keepends=keepends)
    converted = convert(text).splitlines(keepends=keepends)
    return converted if len(converted) == len(lines) else [convert(line) for line in lines]


@lru_cache(maxsize=1)
def pinyin_table() -> dict[int, str]:
    """pypinyin's readings of single characters (code point → 'kāi,qiān'); it covers
    Traditional characters too.

    Read from pypinyin's data file alone: importing the package loads its phrase
    dictionary as well, 50 MB more in every worker, which reading aids never need."""
    import importlib.util

    spec = importlib.util.find_spec("pypinyin")  # locates the package without running it
    if spec is None or spec.origin is None:
        raise missing_dependency("pypinyin")
    path = os.path.join(os.path.dirname(spec.origin), "pinyin_dict.py")
    module_spec = importlib.util.spec_from_file_location("_policydb_pinyin_dict", path)
    if module_spec is None or module_spec.loader is None:
        raise missing_dependency("pypinyin")
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module.pinyin_dict

