"""Remove pinyin reading aids a site glued after characters: `區(qū)` → `區`.

A parenthesised lower-case Latin syllable right after a Han character is an aid when
it is pinyin: with a tone mark, any valid syllable; without one (`關(guan)`), only a
reading of that very character, checked with pypinyin. Real parentheses — `(PPP)`,
`(市、区)`, `(试行)` — never match.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from normalize.edits import Edit
from policydb.han import HAN, TONE_LETTERS, pinyin_table

# The aid after its character: the match starts at the bracket. The bracket comes first
# in the pattern and the character is told by a lookbehind after it, so that the search
# skips ahead to brackets (a pattern opening on a lookbehind is tried at every position).
AID = re.compile(
    rf"(?P<open>[(（])(?<=[{HAN}].)"
    rf"(?P<syllable>[a-zü{TONE_LETTERS}]{{1,6}})(?P<close>[)）])"
)


def _base(syllable: str) -> str:
    """Toneless form with ü written v, as pypinyin's NORMAL style does."""
    decomposed = unicodedata.normalize("NFD", syllable)
    out = []
    for ch in decomposed:
        if ch == "\u0308":  # the diaeresis of ü
            out[-1] = "v"
        elif not unicodedata.combining(ch):
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=1)
def _valid_syllables() -> frozenset[str]:
    return frozenset(_base(s) for value in pinyin_table().values() for s in value.split(","))


@lru_cache(maxsize=8192)
def _readings(char: str) -> frozenset[str]:
    """The character's readings, toneless (as pypinyin's NORMAL style gives them)."""
    return frozenset(_base(r) for r in pinyin_table().get(ord(char), "").split(",") if r)


def is_reading_aid(char: str, syllable: str) -> bool:
    base = _base(syllable)
    if base in _readings(char):
        return True
    has_tone = any(c in TONE_LETTERS for c in syllable)
    return has_tone and base in _valid_syllables()


def pinyin_aid_edits(text: str) -> list[Edit]:
    edits = []
    for match in AID.finditer(text):
        if match.group("open") + match.group("close") not in ("()", "（）"):
            continue
        char_at = match.start() - 1
        if is_reading_aid(text[char_at], match.group("syllable")):
            edits.append(Edit(match.start(), match.end(), "", note=text[char_at:match.end()]))
    # A scrape cut inside an aid (…一個(g): on a page that has aids, the cut one goes too.
    if edits and (cut := _CUT_AID.search(text)) and _starts_reading(text[cut.start() - 1], cut.group("letters")):
        edits.append(Edit(cut.start(), cut.end(), "", note=text[cut.start() - 1:cut.end()]))
    return edits


# An aid's opening and first letters at the very end of the text.
_CUT_AID = re.compile(rf"(?<=[{HAN}])[(（](?P<letters>[a-zü{TONE_LETTERS}]{{1,5}})\s*$")


def _starts_reading(char: str, letters: str) -> bool:
    """Whether the letters start one of the character's readings (個 and g: gè)."""
    return any(reading.startswith(_base(letters)) for reading in _readings(char))
