"""Repair GBK text that was decoded starting one byte late.

The damage this undoes (seen on a site that serves Traditional text with pinyin reading
aids in GBK): a line's bytes were decoded from its second byte, so every character
came out as the trail byte of one character glued to the lead byte of the next. That
gives rare or odd characters (bopomofo, box drawing, Latin letters with diacritics,
compatibility forms) until the decoder meets an ASCII byte and falls back into step.
On the way:

* the byte the decoder skipped shows as a stray '?' (for a line-start indent U+3000,
  A1A1, it is the first A1; the second A1 is the first byte of the damaged run);
* shifted pairs that fall in a GBK user-defined or unassigned area were dropped
  silently, losing two bytes;
* a shifted pair whose second byte is an ASCII byte below 0x40 (typically the '(' of a
  pinyin aid) is invalid and became one '?', losing both bytes;
* shifted full-width letters and digits (A3C1 'Ａ' …) were folded to ASCII.

`find_gbk_shift_repairs` finds such runs by how they behave (odd characters whose
shifted reading is common text), puts their bytes back in order and decodes them.
Bytes that survived are decoded exactly. A character with a lost byte is inferred only
when one candidate clearly fits: the reading of the pinyin aid that follows it, the
numbering of sibling headings, a word of jieba's dictionary; otherwise it becomes
U+FFFD so that the loss stays visible.
"""
from __future__ import annotations

import importlib.util
import logging
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from normalize.edits import Edit
from policydb.errors import missing_dependency
from policydb.han import TONE_LETTERS, pinyin_table

log = logging.getLogger(__name__)

REPLACEMENT = "\ufffd"
_DATA = Path(__file__).resolve().parent / "data"

# Tone-marked letters a pinyin aid can contain; ü for lü/nü without a tone.
_PINYIN_LETTERS = "a-zü" + TONE_LETTERS
# An aid whose '(' is intact, and the body of one whose '(' was eaten with a lost byte.
_AID = re.compile(rf"\(([{_PINYIN_LETTERS}]{{1,6}})\)")
_AID_BODY = re.compile(rf"([{_PINYIN_LETTERS}]{{1,6}})\)")
# The body of such an aid after the '?' its lost byte left: group 1 is never damage.
_EATEN_AID = re.compile(rf"\?([{_PINYIN_LETTERS}]{{1,6}}\))")

# Scoring constants, natural-log units. The language model is jieba's unigram word
# model (log of word frequency over the total), so a common two-character word costs
# about -9 and a common single character about -8.
_CHAR_BONUS = 4.0        # offsets the cost of each character, so hypotheses of different
                         # length compare on how well they read, not on how short they are
_DROP_COST = 3.0         # a dropped pair is a priori rarer than no drop (about 1 pair in 10)
_MARGIN = 3.0            # a lost byte is inferred only when its best fit wins by this much
_HEADING_BONUS = 12.0    # the numeral sibling headings call for, and its closing bracket
_PUNCT_LOGP = -6.0       # CJK punctuation: as cheap as a very common character
_OPENING_BONUS = 4.0     # a clause's closing mark before an opening one (。“ 。《): the word
                         # model cannot see that a lost 。 there is likelier than a character
_UNKNOWN_LOGP = -16.0    # a character jieba's dictionary never uses
_MAX_WORD = 8            # longest word looked up when segmenting a scoring window
_CONTEXT = 4             # characters of context on each side of a scoring window
_CACHE_WEIGHT = 0.3      # share of the notice's own word counts in the word model
_PREFILTER = 40          # candidates kept after the cheap pairwise score
_RARE_COST = 11.0        # a character this rare in running text is a sign of damage
_COMMON_COST = 7.5       # a surviving pair this common is taken as it stands
_MIDDLE_MAX_COST = 8.0   # a character with both bytes lost must be at least this common

_CJK_PUNCT = frozenset("，。、；：？！（）《》〈〉“”‘’「」『』〔〕【】—…·")
_CLAUSE_CLOSE = frozenset("，。；：？！")
_OPENING = frozenset("“‘《〈（「『【〔")
_NUMERALS = "一二三四五六七八九十"
_HEADING = re.compile(rf"^\s*[（(]([{_NUMERALS}]{{1,3}})[）)]")
_TOP_HEADING = re.compile(rf"^\s*[{_NUMERALS}]{{1,3}}、")


# ---------------------------------------------------------------- byte tables


@lru_cache(maxsize=1)
def _gbk_tables() -> tuple[dict[int, str], frozenset[int]]:
    """All GBK double-byte characters, keyed lead << 8 | trail, and the undecodable pairs.

    A pair in the valid byte ranges that Python's codec rejects is a user-defined or
    unassigned code point: a decoder maps it to private use (later stripped) or skips
    it, which is how a shifted pair vanishes without a trace.
    """
    decode: dict[int, str] = {}
    dropped: set[int] = set()
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            if trail == 0x7F:
                continue
            try:
                decode[lead << 8 | trail] = bytes((lead, trail)).decode("gbk")
            except UnicodeDecodeError:
                dropped.add(lead << 8 | trail)
    return decode, frozenset(dropped)


@lru_cache(maxsize=1)
def _drop_partners() -> dict[int, tuple[int, ...]]:
    """For each byte x, the bytes y such that the shifted pair (x, y) would be dropped."""
    partners: dict[int, list[int]] = {}
    for code in _gbk_tables()[1]:
        partners.setdefault(code >> 8, []).append(code & 0xFF)
    return {x: tuple(sorted(ys)) for x, ys in partners.items()}


@lru_cache(maxsize=65536)
def _gbk2(char: str) -> bytes | None:
    """The two GBK bytes of a character, or None when it is ASCII or not in GBK."""
    try:
        data = char.encode("gbk")
    except UnicodeEncodeError:
        return None
    return data if len(data) == 2 else None


def _is_sandwiched_alnum(text: str, i: int) -> bool:
    """A lone ASCII letter or digit between two GBK characters: possibly a shifted
    full-width one (A3xx) that the site folded to ASCII."""
    c = text[i]
    if not (c.isascii() and c.isalnum()):
        return False
    return 0 < i < len(text) - 1 and _gbk2(text[i - 1]) is not None and _gbk2(text[i + 1]) is not None


def _opens_after_stray(text: str, i: int) -> bool:
    """An ASCII sign right after the stray `?` and before a GBK character (`?!墩`): the
    shifted pair A3A1 of 。 and the next mark's lead (。“, 。《) read as ！ and folded."""
    c = text[i]
    return (0 < i < len(text) - 1 and text[i - 1] == "?" and "!" <= c <= "~" and c != "?" and not c.isalnum()
            and _gbk2(text[i + 1]) is not None)


def _run_bytes(chars: str) -> list[int]:
    out: list[int] = []
    for c in chars:
        data = _gbk2(c)
        if data is None:  # a folded full-width letter or digit: A3 + (code + 0x80)
            out.extend((0xA3, ord(c) + 0x80))
        else:
            out.extend(data)
    return out


# ----------------------------------------------------------- character classes


# Characters ordinary Chinese prose (outside reading aids) almost never uses, but a
# one-byte-shifted GBK decode produces all the time.
_ODD_RANGES = (
    (0x3100, 0x312F),  # bopomofo (GBK row A8)
    (0x2500, 0x257F),  # box drawing (row A9)
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE30, 0xFE6F),  # vertical and small form variants
    (0x00C0, 0x024F),  # Latin letters with diacritics (pinyin, row A8)
    (0x0370, 0x04FF),  # Greek and Cyrillic (rows A6, A7)
    (0x3040, 0x30FF),  # kana (rows A4, A5)
    (0x2160, 0x217F),  # Roman numerals (row A2)
    (0x2460, 0x249B),  # circled and parenthesised numbers (row A2)
    (0xE000, 0xF8FF),  # private use
)
_ODD_CHARS = frozenset(chr(o) for lo, hi in _ODD_RANGES for o in range(lo, hi + 1))
# Any sign of damage: an odd character or a stray `?` before a non-ASCII one (or before
# a folded full-width sign and one: `?!拔`). Text with
# neither, nearly every notice, skips the line-by-line search.
_DAMAGE_SIGN = re.compile("[" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in _ODD_RANGES) + "]"
                          "|\\?[!-/:-@\\[-`{-~]?[^\\x00-\\x7f]")


def _is_odd(char: str) -> bool:
    return char in _ODD_CHARS


@lru_cache(maxsize=65536)
def _simplified_char(char: str) -> str:
    from policydb.han import to_simplified

    out = to_simplified(char)
    return out if len(out) == 1 else char


# -------------------------------------------------------------- language model


@dataclass
class _Lexicon:
    words: dict[str, float] = field(default_factory=dict)  # word -> log probability
    chars: dict[str, float] = field(default_factory=dict)  # char -> summed word frequency
    total_log: float = 0.0


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """jieba's word-frequency dictionary as a unigram model, plus the boilerplate phrases
    of government notices (`normalize/data/mojibake_phrases.txt`), which a general
    dictionary lacks and which damaged runs often are (`此件公开发布`)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise missing_dependency("jieba")
    freqs: dict[str, int] = {}
    dict_path = Path(spec.origin).resolve().parent / "dict.txt"
    for line in dict_path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ", 2)
        if len(parts) >= 2 and parts[1].isdigit():
            freqs[parts[0]] = int(parts[1])
    phrases = _DATA / "mojibake_phrases.txt"
    for line in phrases.read_text(encoding="utf-8").splitlines():
        parts = line.split("#", 1)[0].split()
        if len(parts) == 2 and parts[1].isdigit():
            freqs[parts[0]] = max(freqs.get(parts[0], 0), int(parts[1]))
    total_log = math.log(sum(freqs.values()))
    lex = _Lexicon(total_log=total_log)
    lex.words = {w: math.log(f) - total_log for w, f in freqs.items() if f > 0 and len(w) <= _MAX_WORD}
    # How often a character is used at all: the summed frequency of the words it is in.
    chars: Counter[str] = Counter()
    for word, freq in freqs.items():
        if len(word) == 1:
            chars[word] += freq
        else:
            for c in word:
                chars[c] += freq
    lex.chars = dict(chars)
    log.debug("mojibake lexicon: %d words", len(lex.words))
    return lex


@lru_cache(maxsize=65536)
def _char_cost(char: str) -> float:
    """How surprising one character is in Chinese prose: -log of its share of the
    dictionary's running text (Traditional characters via their Simplified form)."""
    if char in _CJK_PUNCT:
        return -_PUNCT_LOGP
    if _is_odd(char) or char == REPLACEMENT:
        return -_UNKNOWN_LOGP
    lex = _lexicon()
    freq = lex.chars.get(_simplified_char(char), 0.0)
    if freq <= 0:
        return -_UNKNOWN_LOGP
    return min(-_UNKNOWN_LOGP, lex.total_log - math.log(freq))


class _DocModel:
    """jieba's unigram model mixed with word counts of the notice itself (a cache model):
    a word the notice uses elsewhere (`要素`) is a likelier fill for lost bytes than an
    equally common word it never uses (`隐藏`)."""

    def __init__(self, text: str) -> None:
        from policydb.han import to_simplified

        self.doc = to_simplified(_AID.sub("", text))
        self.doc_words = max(1.0, len(self.doc) / 1.5)
        self._cache: dict[str, float] = {}

    def _boosted_logp(self, word: str, lp: float) -> float:
        """The log probability `lp` of a dictionary word of two or more characters,
        mixed with its share of the notice's own words."""
        boosted = self._cache.get(word)
        if boosted is None:
            count = self.doc.count(word)
            boosted = math.log((1 - _CACHE_WEIGHT) * math.exp(lp) + _CACHE_WEIGHT * count / self.doc_words)
            self._cache[word] = boosted
        return boosted

    def segment_logp(self, text: str) -> float:
        """Best log probability of `text` as a sequence of words (jieba's DAG route)."""
        words = _lexicon().words  # most substrings are no word: one lookup settles them
        n = len(text)
        best = [0.0] + [-math.inf] * n
        for i in range(n):
            if best[i] == -math.inf:
                continue
            c = text[i]
            single = words.get(c)  # a single character is not boosted
            if single is None:
                single = _PUNCT_LOGP if c in _CJK_PUNCT else _UNKNOWN_LOGP
            if best[i] + single > best[i + 1]:
                best[i + 1] = best[i] + single
            for j in range(i + 2, min(n, i + _MAX_WORD) + 1):
                word = text[i:j]
                lp = words.get(word)
                if lp is not None:
                    lp = self._boosted_logp(word, lp)
                    if best[i] + lp > best[j]:
                        best[j] = best[i] + lp
        return best[n]


def _simp(text: str) -> str:
    return "".join(_simplified_char(c) for c in text)


# --------------------------------------------------------------------- readings


@lru_cache(maxsize=8192)
def _norm_syllable(s: str) -> str:
    return unicodedata.normalize("NFC", s.lower()).replace("v", "ü")


@lru_cache(maxsize=8192)
def _toneless(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def _readings(char: str) -> frozenset[str]:
    found = pinyin_table().get(ord(char), "")
    return frozenset(_norm_syllable(r) for r in found.split(",") if r)


@lru_cache(maxsize=1)
def _reading_index() -> dict[str, dict[int, tuple[int, ...]]]:
    """Every reading (with and without its tone mark) -> GBK codes, as lead -> trails."""
    table = _gbk_tables()[0]
    pinyin = pinyin_table()
    index: dict[str, dict[int, list[int]]] = {}
    syllables_of: dict[str, set[str]] = {}  # many characters share one list of readings
    for code, ch in table.items():
        found = pinyin.get(ord(ch))
        if not found:
            continue
        syllables = syllables_of.get(found)
        if syllables is None:
            readings = {_norm_syllable(r) for r in found.split(",")}
            syllables = syllables_of[found] = readings | {_toneless(r) for r in readings}
        for syllable in syllables:
            index.setdefault(syllable, {}).setdefault(code >> 8, []).append(code & 0xFF)
    return {s: {lead: tuple(t) for lead, t in leads.items()} for s, leads in index.items()}


def _codes_reading(syllable: str) -> dict[int, tuple[int, ...]]:
    """GBK codes (lead -> trails) of the characters that can read `syllable`."""
    return _reading_index().get(_norm_syllable(syllable), {})


@lru_cache(maxsize=262144)
def _reads_as(char: str, syllable: str) -> bool:
    syllable = _norm_syllable(syllable)
    readings = _readings(char)
    if syllable in readings:
        return True
    # Aids written without tone marks still name the syllable.
    return syllable == _toneless(syllable) and syllable in {_toneless(r) for r in readings}


# ------------------------------------------------------------------- headings


def _numeral_value(text: str) -> int | None:
    digits = {c: i + 1 for i, c in enumerate(_NUMERALS[:9])}
    if text == "十":
        return 10
    if len(text) == 1:
        return digits.get(text)
    if len(text) == 2 and text[0] == "十":
        return 10 + digits.get(text[1], 100)
    if len(text) == 2 and text[1] == "十":
        return 10 * digits.get(text[0], 100)
    if len(text) == 3 and text[1] == "十":
        return 10 * digits.get(text[0], 100) + digits.get(text[2], 100)
    return None


def _numeral_text(value: int) -> str:
    if value <= 0 or value >= 100:
        return ""
    tens, ones = divmod(value, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _NUMERALS[tens - 1] + "十")
    return head + ("" if ones == 0 else _NUMERALS[ones - 1])


def _expected_heading(lines: Sequence[str], index: int) -> str | None:
    """The numeral of a `（N）` heading on line `index`, from its siblings.

    Looks back to the previous `（N）` heading (a top-level `X、` heading in between
    restarts the count at 一) and forward to the next one (stopping at a top-level
    heading); used only when the two agree or one is missing.
    """
    before = after = None
    for line in reversed(lines[max(0, index - 80):index]):
        m = _HEADING.match(line)
        if m and (value := _numeral_value(m.group(1))):
            before = value + 1
            break
        if _TOP_HEADING.match(line):
            before = 1
            break
    for line in lines[index + 1:index + 80]:
        m = _HEADING.match(line)
        if m and (value := _numeral_value(m.group(1))):
            after = value - 1
            break
        if _TOP_HEADING.match(line):
            break
    if before and after and before != after:
        return None
    value = before or after
    return _numeral_text(value) if value else None


# ------------------------------------------------------------------ detection


@dataclass
class _Run:
    start: int            # offset in the text of the stray '?' or of the first damaged char
    seg_start: int        # first damaged character
    seg_end: int          # end of the damaged characters (exclusive)
    end: int              # end of the edit span (includes a trailing ASCII byte or '?')
    line_start: bool      # the run opens its line (after the stray '?')
    stray: bool           # a '?' stands for the skipped first byte
    last_trail: int | None  # trail byte of the last character when it survived as ASCII
    trail_lost: bool      # the last character's trail byte was lost
    eaten: str | None     # the ASCII byte lost with it: '(' of an aid, or None if unknown
    aid: str | None       # reading of the aid after the last character
    cross_ascii: str | None  # the run ended in a character whose 2nd byte is ASCII


def _masked_aids(line: str) -> list[bool]:
    """Positions inside pinyin aids, which are never part of a damaged run."""
    mask = [False] * len(line)
    for m in _AID.finditer(line):
        mask[m.start():m.end()] = [True] * (m.end() - m.start())
    for m in _EATEN_AID.finditer(line):
        mask[m.start(1):m.end(1)] = [True] * (m.end(1) - m.start(1))
    return mask


def _blank_aids(text: str) -> str:
    """`text` with the positions `_masked_aids` masks turned into spaces. Their tone
    marks are odd characters (U+00C0-024F) to `_DAMAGE_SIGN`, but never damage; the two
    shapes cannot overlap (an aid holds no '?', an eaten one no '('), so blanking one
    leaves the other's matches as they were."""
    text = _AID.sub(lambda m: " " * len(m[0]), text)
    return _EATEN_AID.sub(lambda m: "?" + " " * len(m[1]), text)


def _segments(line: str) -> Iterable[tuple[int, int]]:
    """Maximal stretches of GBK double-byte characters (and folded full-width alnums)."""
    mask = _masked_aids(line)
    i, n = 0, len(line)
    while i < n:
        if mask[i] or (_gbk2(line[i]) is None and not _opens_after_stray(line, i)):
            i += 1
            continue
        j = i
        while j < n and not mask[j] and (_gbk2(line[j]) is not None or _is_sandwiched_alnum(line, j)
                                         or (j == i and _opens_after_stray(line, j))):
            data = _gbk2(line[j])
            j += 1
            # A character whose second byte is ASCII cannot be a shifted pair (a lead byte
            # is never ASCII): if this stretch is a damaged run it ends here.
            if data is not None and data[1] < 0x80:
                break
        yield i, j
        i = j


def _looks_shifted(chars: str, stray: bool) -> bool:
    """Does reading these characters' bytes one byte earlier give more common text?"""
    if not any(_is_odd(c) for c in chars) and not stray:
        return False
    data = _run_bytes(chars)
    table = _gbk_tables()[0]
    shifted: list[str] = []
    for k in range(1, len(data) - 1, 2):
        ch = table.get(data[k] << 8 | data[k + 1])
        shifted.append(ch if ch is not None else REPLACEMENT)
    known = [c for c in shifted if c != REPLACEMENT]
    if len(known) < 2:
        return False
    odd_before = sum(1 for c in chars if _is_odd(c))
    odd_after = sum(1 for c in shifted if _is_odd(c))
    cost_before = sum(_char_cost(c) for c in chars) / len(chars)
    cost_after = sum(_char_cost(c) for c in shifted) / len(shifted)
    # Dropped pairs leave a few wrong characters in the no-drop reading, so demand a
    # clear gain on average rather than clean text everywhere.
    verdict = odd_before > odd_after and cost_after + 2.0 < cost_before
    if stray and not odd_before:
        verdict = cost_after + 3.0 < cost_before and odd_after == 0
    log.debug("shift test %r: odd %d->%d cost %.1f->%.1f -> %s",
              chars, odd_before, odd_after, cost_before, cost_after, verdict)
    return verdict


def _cut_at_ascii_trail(line: str, s: int, e: int) -> int:
    """End of the damaged run within the stretch `line[s:e]`.

    A lone ASCII letter inside a damaged stretch is either a folded full-width letter
    (the run goes on) or the ASCII trail byte of the last character, after which the
    decoder is back in step (`則` = 84 74 ends a run as 't'). It is the latter when the
    text after it reads as ordinary text: no odd or rare characters.
    """
    for k in range(s + 1, e - 1):
        if _gbk2(line[k]) is None and not any(
                _is_odd(c) or _char_cost(c) >= _RARE_COST for c in line[k + 1:e]):
            return k
    return e


def _find_runs(line: str, offset: int) -> list[_Run]:
    runs: list[_Run] = []
    for s, e in _segments(line):
        stray = s > 0 and line[s - 1] == "?"
        if not stray and not any(_is_odd(c) for c in line[s:e]):
            continue  # cheap exit for ordinary text: no table is loaded
        e = _cut_at_ascii_trail(line, s, e)
        if not _looks_shifted(line[s:e], stray):
            continue
        start = s - 1 if stray else s
        line_start = not line[:start].strip()
        last = _gbk2(line[e - 1])
        run = _Run(start=offset + start, seg_start=offset + s, seg_end=offset + e, end=offset + e,
                   line_start=line_start, stray=stray, last_trail=None, trail_lost=False,
                   eaten=None, aid=None, cross_ascii=None)
        rest = line[e:]
        if last is not None and last[1] < 0x80:
            run.cross_ascii = chr(last[1])
        elif rest[:1] == "?":
            # The last trail byte and the next (ASCII, < 0x40) byte made one invalid pair.
            run.trail_lost = True
            run.end += 1
            m = _AID_BODY.match(rest, 1)
            if m:
                run.eaten, run.aid = "(", m.group(1)
        elif rest and 0x40 <= ord(rest[0]) <= 0x7E:
            # The last character's trail byte is ASCII and was read as itself.
            run.last_trail = ord(rest[0])
            run.end += 1
            m = _AID.match(rest, 1)
            if m:
                run.aid = m.group(1)
        else:
            run.trail_lost = True
        runs.append(run)
    return runs


# ------------------------------------------------------------------- inference


@dataclass
class _Cand:
    text: str        # Traditional characters as the bytes decode
    lost: int        # how many of its characters have a lost byte
    drops: int       # dropped pairs assumed
    score: float = 0.0


class _Reading(NamedTuple):
    """One way to read a junction's bytes, with what `_prefilter` needs of it worked out
    once per junction (the readings are cached) rather than at every use."""
    text: str                         # Traditional characters as the bytes decode
    lost: int                         # how many of its characters have a lost byte
    drops: int                        # dropped pairs assumed
    simp: str                         # `text` in Simplified, character by character
    inner_pairs: tuple[float, ...]    # `_pair_logp` of each adjacent pair within `simp`
    mean_cost: float                  # average `_char_cost` of its characters


# An entry holds hundreds of readings (~0.1 MB). 128 junctions keep 95% of the hits of
# 512 over the benchmark's damaged notices, and cap the cache near 13 MB per worker
# instead of letting it grow over a long batch.
@lru_cache(maxsize=128)
def _junction_readings(left: int | None, right: int | None, right_min: int,
                       aid: str | None, allow_two: bool) -> tuple[_Reading, ...]:
    """The readings of a junction; the enumeration, the dear part, is shared by every
    junction with the same bytes."""
    words = _lexicon().words
    cands = _enumerate_junction(left, right, right_min, aid, allow_two)
    # The readings share most of their characters: look each one up once.
    simp_of = {c: _simplified_char(c) for text, _, _ in cands for c in text}
    cost_of = {c: _char_cost(c) for c in simp_of}
    readings = []
    for text, lost, drops in cands:
        simp = "".join([simp_of[c] for c in text])
        inner = tuple([_pair_logp(words, simp[k], simp[k + 1]) for k in range(len(simp) - 1)])
        mean_cost = sum([cost_of[c] for c in text]) / len(text)
        readings.append(_Reading(text, lost, drops, simp, inner, mean_cost))
    return tuple(readings)


def _pair_logp(words: dict[str, float], a: str, b: str) -> float:
    """How well two Simplified characters join into a dictionary word. A pair across
    punctuation is no evidence either way: it scores as a fair word."""
    return words.get(a + b, -11.0 if a in _CJK_PUNCT or b in _CJK_PUNCT else -20.0)


def _enumerate_junction(left: int | None, right: int | None, right_min: int,
                        aid: str | None, allow_two: bool) -> list[tuple[str, int, int]]:
    """Characters that can sit between a lead byte `left` and a trail byte `right`,
    as (text, lost, drops): see `_Reading`.

    With no drop they are the one character (left, right); with one dropped pair (x, y)
    they are (left, x)(y, right); with two, (left, x1)(y1, x2)(y2, right). `None` is a
    lost byte. `aid` is the reading the last character must have.
    """
    table, _ = _gbk_tables()
    partners = _drop_partners()
    trails = [t for t in range(max(0x40, right_min), 0xFF) if t != 0x7F] if right is None else [right]

    by_reading = _codes_reading(aid) if aid is not None else None
    allowed = frozenset(trails)

    @lru_cache(maxsize=256)
    def last_chars(lead: int) -> tuple[str, ...]:
        if by_reading is not None:  # only characters with the aid's reading
            return tuple(table[lead << 8 | t] for t in by_reading.get(lead, ()) if t in allowed)
        found = (table.get(lead << 8 | t) for t in trails)
        return tuple(ch for ch in found if ch is not None)

    if left is None:  # the skipped first byte: any lead
        return [(ch, 1, 0) for lead in range(0x81, 0xFF) for ch in last_chars(lead)]
    lost_last = int(right is None)
    cands = [(ch, lost_last, 0) for ch in last_chars(left)]
    if right is None and aid is None:
        return cands  # too little is known to place dropped pairs
    # A character whose byte was lost is only ever inferred as one the dictionary
    # knows: anything rarer could not be told apart from its neighbours' candidates.
    firsts = [(x, c1) for x in partners
              if (c1 := table.get(left << 8 | x)) is not None and _char_cost(c1) < -_UNKNOWN_LOGP]
    for x, c1 in firsts:
        for y in partners[x]:
            cands.extend((c1 + c2, 2, 1) for c2 in last_chars(y) if _char_cost(c2) < -_UNKNOWN_LOGP)
    if allow_two:
        words = _lexicon().words
        # Third characters reachable after a second dropped pair starting with x2.
        thirds = {x2: [c3 for y2 in ys for c3 in last_chars(y2)] for x2, ys in partners.items()}
        # Second characters (y1, x2) common enough to infer, by their lead y1.
        middles: dict[int, list[tuple[str, str, int]]] = {}
        for x2, c3s in thirds.items():
            if not c3s:
                continue
            for y1 in range(0x81, 0xFF):
                c2 = table.get(y1 << 8 | x2)
                if c2 is not None and _char_cost(c2) <= _MIDDLE_MAX_COST:
                    middles.setdefault(y1, []).append((c2, _simplified_char(c2), x2))
        # The third characters that make a word with a second one (s2, x2): worked out
        # once, not again for every first character it follows.
        joining: dict[tuple[str, int], list[str]] = {}
        for x1, c1 in firsts:
            s1 = _simplified_char(c1)
            for y1 in partners[x1]:
                for c2, s2, x2 in middles.get(y1, ()):
                    # A character with both bytes lost is only ever inferred inside a
                    # word with a neighbour: alone, nothing would single it out.
                    c3s = thirds[x2]
                    if s1 + s2 not in words:
                        c3s = joining.get((s2, x2))
                        if c3s is None:
                            c3s = [c3 for c3 in thirds[x2] if s2 + _simplified_char(c3) in words]
                            joining[s2, x2] = c3s
                    cands.extend((c1 + c2 + c3, 3, 2) for c3 in c3s)
    return cands


def _prefilter(readings: Sequence[_Reading], left_ctx: str, right_ctx: str,
               keep_prefix: str = "") -> Sequence[_Reading]:
    """Keep the readings whose characters join their neighbours into dictionary words
    (a cheap look at adjacent pairs) before the full segmentation score. Readings with
    no dropped pair are always kept: they need no inference."""
    if len(readings) <= _PREFILTER:
        return readings
    words = _lexicon().words
    left = _simplified_char(left_ctx[-1]) if left_ctx else ""
    right = _simplified_char(right_ctx[0]) if right_ctx else ""
    # Only the pairs with the context differ between calls; each first or last
    # character is looked up once.
    left_pair = {r.simp[0]: 0.0 for r in readings} if left else {}
    for first in left_pair:
        left_pair[first] = _pair_logp(words, left, first)
    right_pair = {r.simp[-1]: 0.0 for r in readings} if right else {}
    for last in right_pair:
        right_pair[last] = _pair_logp(words, last, right)
    neg_scores = []
    for r in readings:
        pairs = r.inner_pairs
        if left:
            pairs = (left_pair[r.simp[0]], *pairs)
        if right:
            pairs = (*pairs, right_pair[r.simp[-1]])
        # A lone character with no context has no pair to judge: it scores as unknown.
        pairs = pairs or (-20.0,)
        score = max(pairs) + sum(pairs) / len(pairs) - _DROP_COST * r.drops - r.mean_cost
        neg_scores.append(-score)
    order = sorted(range(len(readings)), key=neg_scores.__getitem__)  # stable: best first
    kept = [readings[i] for i in order[:_PREFILTER]]
    return kept + [r for r in (readings[i] for i in order[_PREFILTER:])
                   if (r.drops == 0 and r.lost == 0) or (keep_prefix and r.text.startswith(keep_prefix))]


def _score(model: _DocModel, cand: _Cand, left_ctx: str, right_ctx: str, heading: str | None,
           prefix: str) -> float:
    window = _simp(left_ctx[-_CONTEXT:] + cand.text + right_ctx[:_CONTEXT])
    score = model.segment_logp(window) + _CHAR_BONUS * len(cand.text) - _DROP_COST * cand.drops
    if cand.text[-1:] in _CLAUSE_CLOSE and right_ctx[:1] in _OPENING:
        score += _OPENING_BONUS
    if heading:
        # A heading line that opens with a bracket continues its siblings' numbering.
        hyp = prefix + cand.text
        for target in ("（" + heading, "（" + heading + "）"):
            if hyp.startswith(target) and len(prefix) < len(target):
                score += _HEADING_BONUS
    return score


def _decide(model: _DocModel, cands: list[_Cand], left_ctx: str, right_ctx: str, heading: str | None,
            prefix: str) -> tuple[str, list[str]]:
    """The best candidate, with each character it could not pin down as U+FFFD.

    The reading the bytes give as they stand wins unless another beats it clearly; a
    character with a lost byte is kept only where every candidate within `_MARGIN` of
    the best agrees on it ("exactly one fits").
    """
    for cand in cands:
        cand.score = _score(model, cand, left_ctx, right_ctx, heading, prefix)
    cands.sort(key=lambda c: -c.score)
    best = cands[0]
    exact = [c for c in cands if c.lost == 0]
    if exact and best.score - exact[0].score < _MARGIN:
        return exact[0].text, []
    rivals = [c for c in cands[1:] if best.score - c.score < _MARGIN]
    out = []
    for k, ch in enumerate(best.text):
        if any(len(r.text) != len(best.text) or r.text[k] != ch for r in rivals):
            out.append(REPLACEMENT)
        else:
            out.append(ch)
    decided = "".join(out)
    drops = f"{best.drops} dropped pair(s)" if best.drops else "no dropped pair"
    alt = ", ".join(f"{r.text} {r.score - best.score:+.1f}" for r in cands[1:3])
    return decided, [f"'{decided}' inferred ({drops}; best of {len(cands)}"
                     + (f", next {alt})" if alt else ")")]


def _repair(model: _DocModel, text: str, run: _Run, lines: Sequence[str], line_no: int,
            line_offset: int) -> Edit | None:
    chars = text[run.seg_start:run.seg_end]
    data = _run_bytes(chars)
    cross = run.cross_ascii
    if cross is not None:
        data = data[:-1]
    # Junctions: (lead, trail) of each original character. The first lead is the byte the
    # decoder skipped; the last trail is the ASCII byte after the run, or lost.
    juncs: list[tuple[int | None, int | None]] = [(None, data[0])]
    for k in range(1, len(data), 2):
        lead = data[k]
        trail = data[k + 1] if k + 1 < len(data) else run.last_trail
        juncs.append((lead, trail))
    heading = _expected_heading(lines, line_no) if run.line_start else None
    line = lines[line_no]
    after_run = text[run.end:line_offset + len(line)]
    right_tail = _simp(_AID.sub("", after_run))
    if run.eaten == "(":
        right_tail = _simp(_AID_BODY.sub("", after_run, count=1))
    before = _simp(_AID.sub("", text[line_offset:run.start]))
    table = _gbk_tables()[0]

    # First pass: the reading of each junction as its bytes stand, and whether it is
    # common or part of a word with its plain neighbours. Only such readings serve as
    # context for the junctions that need inference.
    plain_chars = [table.get(a << 8 | b, "") if a is not None and b is not None else "" for a, b in juncs]
    plain_ok = []
    for k, ch in enumerate(plain_chars):
        ok = bool(ch) and not _is_odd(ch) and (
            _char_cost(ch) <= _COMMON_COST
            or _fits(ch, "".join(plain_chars[max(0, k - 3):k]), "".join(plain_chars[k + 1:k + 4])))
        plain_ok.append(ok)
    if run.aid is not None and plain_chars[-1] and not _reads_as(plain_chars[-1], run.aid):
        plain_ok[-1] = False
    # As right-hand context any plain reading serves that is not itself a sign of damage.
    plain_usable = [ok or (bool(ch) and not _is_odd(ch) and _char_cost(ch) < _RARE_COST)
                    for ok, ch in zip(plain_ok, plain_chars, strict=True)]
    if run.aid is not None and plain_chars[-1] and not _reads_as(plain_chars[-1], run.aid):
        plain_usable[-1] = False
    out = ""
    notes: list[str] = []
    for idx, (lead, trail) in enumerate(juncs):
        is_last = idx == len(juncs) - 1
        if idx == 0 and run.line_start and trail == 0xA1:
            # (?, A1) at the start of a line: the second half of the ideographic space
            # U+3000 (A1A1) the site indents paragraphs with. The other lines of such a
            # scrape carry no indent, so the repaired line gets none either.
            notes.append("A1 = 2nd byte of indent U+3000 (dropped)")
            continue
        # Context to the right: the characters the following junctions give without
        # drops, as far as they are known, then the text after the run.
        right_ctx = ""
        for k in range(idx + 1, len(juncs)):
            if not plain_usable[k]:
                break
            right_ctx += plain_chars[k]
        else:
            right_ctx += (cross or "") + right_tail
        right_ctx = _simp(right_ctx)
        aid = run.aid if is_last else None
        right_min = 0x80 if (is_last and run.trail_lost and run.eaten) else 0x40
        plain = table.get(lead << 8 | trail) if lead is not None and trail is not None else None
        numeral_slot = heading is not None and out in ("（", "(")
        if (plain is not None and (aid is None or _reads_as(plain, aid))
                and not (numeral_slot and plain != heading[0])
                and (_char_cost(plain) <= _COMMON_COST or _fits(plain, before + out, right_ctx))):
            out += plain  # the bytes as they stand read well: no lost bytes to look for
            continue
        readings = _junction_readings(lead, trail, right_min, aid, allow_two=False)
        if not any(r.drops == 0 for r in readings):
            # The bytes as they stand make no fitting character: two pairs may be gone.
            readings = _junction_readings(lead, trail, right_min, aid, allow_two=True)
        if not readings:
            out += REPLACEMENT
            notes.append(f"{_hex(lead)}{_hex(trail)}: no character fits")
            continue
        # In the numeral slot of a heading, the numeral its siblings call for (with its
        # closing bracket) is always scored, however poor a word pair it makes.
        kept = _prefilter(readings, before + out, right_ctx,
                          heading + "）" if numeral_slot and heading else "")
        cands = [_Cand(r.text, r.lost, r.drops) for r in kept]
        decided, why = _decide(model, cands, before + out, right_ctx, heading, out)
        out += decided
        notes.extend(f"{_hex(lead)}…{_hex(trail)} {w}" for w in why)
    if cross is not None:
        out += cross
    if run.trail_lost and run.eaten == "(":
        out += "("  # give the pinyin aid back its bracket, so the next stage sees it whole
    elif run.trail_lost and run.eaten is None and text[run.seg_end:run.end] == "?":
        out += REPLACEMENT  # the ASCII byte lost with the last trail is unknown
    old = text[run.start:run.end]
    if out == old:
        return None
    hex_bytes = "".join(f"{b:02X}" for b in data)
    note = (f"GBK read one byte late: bytes {hex_bytes} re-paired → '{out}'"
            + ("; " + "; ".join(notes) if notes else ""))
    return Edit(run.start, run.end, out, note)


def _fits(char: str, left_ctx: str, right_ctx: str) -> bool:
    """Is `char` punctuation, or part of a dictionary word with its neighbours?"""
    if char in _CJK_PUNCT:
        return True
    words = _lexicon().words
    left, right = _simp(left_ctx[-3:]), _simp(right_ctx[:3])
    window = left + _simplified_char(char) + right
    pos = len(left)
    return any(window[i:j] in words
               for i in range(max(0, pos - 3), pos + 1)
               for j in range(max(i + 2, pos + 1), min(len(window), i + 4) + 1))


def _hex(b: int | None) -> str:
    return "??" if b is None else f"{b:02X}"


def gbk_shift_damage(line: str) -> str | None:
    """The damage this module repairs, made: what a scraper got from an indented GBK
    line decoded from its second byte (the forward model the tests and the benchmark's
    generator damage clean lines with). None when the line has characters GBK lacks."""
    try:
        data = ("\u3000" + line).encode("gbk")
    except UnicodeEncodeError:
        return None
    out = ["?"]  # the skipped first byte
    i = 1
    while i < len(data):
        lead = data[i]
        if lead < 0x80:  # an ASCII byte is read as itself: the decoder is back in step
            out.append(chr(lead))
            i += 1
            continue
        trail = data[i + 1] if i + 1 < len(data) else 0
        if 0x40 <= trail <= 0xFE and trail != 0x7F:
            try:
                char = bytes((lead, trail)).decode("gbk")
            except UnicodeDecodeError:
                char = ""  # a user-defined or unassigned pair vanishes
            if 0xFF01 <= ord(char or " ") <= 0xFF5E and char.isalnum():
                char = chr(ord(char) - 0xFEE0)  # full-width letters and digits fold to ASCII
            out.append(char)
        else:
            out.append("?")  # an invalid pair (ASCII trail below 0x40) becomes one '?'
        i += 2
    return "".join(out)


def find_gbk_shift_repairs(text: str) -> list[Edit]:
    """Edits that replace each one-byte-shifted GBK run with what its bytes were."""
    if not _DAMAGE_SIGN.search(text):
        return []
    # Only a line with a sign of damage outside its pinyin aids can hold a run (a run is
    # a stretch of unmasked characters with an odd one or a stray '?' before it), so the
    # line-by-line search skips the others: all of a notice whose only odd characters
    # are the tone marks of its aids.
    blanked_lines = _blank_aids(text).split("\n")
    if not any(_DAMAGE_SIGN.search(line) for line in blanked_lines):
        return []
    edits: list[Edit] = []
    lines = text.split("\n")
    model: _DocModel | None = None
    memo: dict[tuple[str, int, str | None], tuple[str | None, str]] = {}
    offset = 0
    for line_no, line in enumerate(lines):
        if not _DAMAGE_SIGN.search(blanked_lines[line_no]):
            offset += len(line) + 1
            continue
        taken_to = offset
        for run in _find_runs(line, offset):
            if run.start < taken_to:
                continue  # a stray `?` claimed by the run before (`奈?唬`): repaired once
            taken_to = run.end
            model = model or _DocModel(text)
            # A notice repeats its damaged lines (a signature block, `(此件公开发布)`):
            # the same line between the same sibling headings repairs the same way.
            key = (line, run.start - offset, _expected_heading(lines, line_no) if run.line_start else None)
            if key in memo:
                new, note = memo[key]
                edit = Edit(run.start, run.end, new, note) if new is not None else None
            else:
                edit = _repair(model, text, run, lines, line_no, offset)
                memo[key] = (edit.new, edit.note) if edit is not None else (None, "")
            if edit is not None:
                log.info("mojibake repair at %d: %r -> %r", edit.start, text[edit.start:edit.end], edit.new)
                edits.append(edit)
        offset += len(line) + 1
    return edits


# A paragraph indent of ideographic spaces (GBK A1 A1 each) whose bytes a scrape turned
# into one '?' each: an even run of '?' opening a line, before the paragraph's text.
_DAMAGED_INDENT = re.compile(r"(?m)^((?:\?\?){1,4})(?=[^?\s])")


# A signature's deep indent (????????????????????? 2018年12月24日), and a blank line that
# held only spaces, each lost to question marks.
_DAMAGED_SPACE_RUN = re.compile(r"(?m)^[ \t]*\?[? \t]{5,}(?=[^?\s])|^[ \t]*\?+[ \t]*$")


def damaged_indent_edits(text: str) -> list[Edit]:
    """`????梧州日报讯…` → `　　梧州日报讯…`: the indent the question marks were."""
    if "??" not in text and "\n?" not in text:
        return []
    edits = [Edit(m.start(), m.end(), "", "indent or blank line of spaces, each a '?'")
             for m in _DAMAGED_SPACE_RUN.finditer(text)]
    taken = {e.start for e in edits}
    return edits + [Edit(m.start(), m.end(), "\u3000" * (len(m.group(1)) // 2),
                         "indent of ideographic spaces, each byte a '?'")
                    for m in _DAMAGED_INDENT.finditer(text) if m.start() not in taken]

