"""Bytes → str, once, at the edge.

Order of trust: a byte-order mark; strict UTF-8; the charset an HTML page declares,
verified by decoding strictly; then GB18030 (a superset of GBK/GB2312) and Big5,
decided between by which reads as ordinary Chinese. A file no single encoding reads — UTF-8
lines pasted into a GBK file, a file cut in the middle of a character, a few bad bytes —
is read line by line, each line in whichever of UTF-8 and the file's legacy encoding
reads it as Chinese. Only bytes that neither reads are replaced — visibly, with U+FFFD,
never dropped — so normalize can see and sometimes repair the damage. The one exception
is NUL: no notice contains it, so a few (stray bytes, the zero padding of an unfinished
download) are removed, and many make the file binary.
"""
from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass
from functools import lru_cache

import webencodings

from policydb.errors import PolicydbError, missing_dependency
from policydb.han import to_simplified

log = logging.getLogger(__name__)

# Signatures of files that are certainly not a notice's text.
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a zip archive (or .docx/.xlsx)"),
    (b"\xd0\xcf\x11\xe0", "an OLE document (.doc/.xls/.wps)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"\x7fELF", "an executable"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Declared names browsers treat as GB18030 supersets; decoding with gb18030 is the
# same for valid GBK/GB2312 and better for pages that mislabel.
# The WHATWG encodings a page may declare, read by the codec that covers them: GB18030 is a
# superset of GBK (and GB2312), Big5-HKSCS of Big5.
CHARSET_ALIASES = {"gbk": "gb18030", "big5": "big5hkscs"}

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)

# When a decode needs replacements, more than this share of bad characters means the
# file is not text in any supported encoding.
MAX_REPLACED_SHARE = 0.02
# Bytes that decode without error into mostly rare characters are not Chinese text:
# real notices, Simplified or Traditional, score far above this.
MIN_CHINESE_SCORE = 0.6
MIN_HAN_TO_JUDGE = 50
# NUL bytes, not counting a file's trailing zero padding, above this share of its bytes
# make it binary; fewer are stray bytes in a text.
MAX_NUL_SHARE = 0.01
# Punctuation notices use in every encoding; with the common characters it tells which
# reading of a line is Chinese.
CHINESE_PUNCTUATION = "，。、：；？！（）“”‘’《》〈〉〔〕【】「」『』—…·　"


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: int  # number of U+FFFD characters the decode introduced


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of binary file `data` is, or None when it may be text."""
    for magic, kind in BINARY_MAGIC:
        if data.startswith(magic):
            return kind
    if any(data.startswith(bom) for bom, _ in BOMS) or b"\x00" not in data:
        return None
    nuls = data.rstrip(b"\x00").count(b"\x00")
    if nuls > MAX_NUL_SHARE * len(data) and _bomless_utf16(data) is None:
        return f"a binary file ({nuls} NUL bytes)"
    return None


def _without_nuls(data: bytes, name: str) -> bytes:
    """The bytes without NULs. A NUL byte is never part of a multi-byte character in the
    supported encodings (UTF-16 aside, read before this), so removing it splits none."""
    nuls = data.count(b"\x00")
    if nuls:
        log.warning("%s: %d NUL bytes removed", name, nuls)
    return data.replace(b"\x00", b"")


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without its byte-order mark, when it reads as Chinese text."""
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _strict(data, encoding)
        if text and _control_share(text) <= MAX_REPLACED_SHARE and _chinese_score(text) >= MIN_CHINESE_SCORE:
            return encoding, text
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB, as the Python codec that reads
    it, or None. A label is read as browsers read it, by the WHATWG Encoding Standard's
    table (webencodings): gb2312, GBK and x-gbk are one encoding, latin1 is windows-1252,
    and a name that labels no page encoding (zlib, idna, rot13 — codecs Python has for
    other things) declares nothing."""
    match = META_CHARSET.search(data[:4096])
    if not match:
        return None
    label = match.group(1).decode("ascii")
    encoding = webencodings.lookup(label)
    name = CHARSET_ALIASES.get(encoding.name, encoding.codec_info.name) if encoding else None
    try:
        # The standard's own stand-ins (replacement, x-user-defined) are no Python codecs.
        codecs.lookup(name or "")
    except LookupError:
        log.warning("page declares unknown charset %r; ignoring it", label)
        return None
    return name


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """Characters a notice is made of, in either script: level-1 GB2312 and Big5 characters
    (A440–C67E, the frequent ones) and Chinese punctuation."""
    big5 = set()
    for lead in range(0xA4, 0xC7):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            try:
                big5.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                continue
    return _common_hanzi() | big5 | frozenset(CHINESE_PUNCTUATION)


@lru_cache(maxsize=1)
def _common_hanzi() -> frozenset[str]:
    """The 3,755 level-1 GB2312 characters: the everyday Simplified repertoire."""
    chars = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


def _chinese_score(text: str) -> float:
    """Share of Han characters that are everyday ones once converted to Simplified.

    Big5 bytes decode as GBK without error (the byte ranges overlap), and the other way
    round, so a strict decode proves nothing; reading well as Chinese does. Private-use
    characters count as rare Han: no notice holds them, but legacy bytes read in the
    wrong legacy encoding give many (Big5 read as GBK).
    """
    sample = to_simplified(text[:20000])
    # The runs joined into one string: a per-character Python loop over 20,000
    # characters was most of this function's time.
    han = "".join(_HAN_OR_PRIVATE_RUN.findall(sample))
    if not han:
        return 0.0
    return sum(map(_common_hanzi().__contains__, han)) / len(han)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeError, LookupError):  # UnicodeError too: utf-16 without a BOM raises it bare
        return None


def decode_bytes(data: bytes, *, declared: str | None = None, name: str = "<bytes>") -> Decoded:
    """Decode a notice's bytes; raise PolicydbError E003/E004/E005 when they are not one."""
    decoded = _decode(data, declared, name)
    if _control_share(decoded.text) > MAX_REPLACED_SHARE:
        raise PolicydbError("E005", f"{name} decodes as {decoded.encoding} but is mostly control characters")
    if not decoded.text.strip():
        raise PolicydbError("E003", f"{name} contains only whitespace")
    return decoded


def _decode(data: bytes, declared: str | None, name: str) -> Decoded:
    try:
        return _decode_text(data, declared, name)
    except PolicydbError as exc:
        if exc.code == "E005" and b"\x00" in data:
            # Few NULs are tolerated in text, but NULs in bytes that are not text at all
            # mark a binary file, and that is the clearer thing to say.
            raise PolicydbError("E004", f"{name} is a binary file (NUL bytes, and the rest is not text)") from exc
        raise


def _decode_text(data: bytes, declared: str | None, name: str) -> Decoded:
    if not data.strip():
        raise PolicydbError("E003", f"{name} " + ("is empty" if not data else "contains only whitespace"))
    kind = sniff_binary(data)
    if kind:
        raise PolicydbError("E004", f"{name} is {kind}")

    for bom, encoding in BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            return Decoded(text, encoding, text.count("\ufffd"))

    if b"\x00" in data:
        if (utf16 := _bomless_utf16(data)) is not None:
            return Decoded(utf16[1], utf16[0], 0)
        data = _without_nuls(data, name)
        if not data.strip():
            raise PolicydbError("E003", f"{name} contains only NUL bytes and whitespace")

    text = _strict(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", 0)

    # A declared legacy charset is verified twice: it must decode every byte, and it must
    # read as Chinese at least as well as the alternatives (GBK bytes decode as Big5
    # without error, and sites mislabel). The declaration wins ties.
    names = [n for n in dict.fromkeys((declared, "gb18030", "big5hkscs")) if n and n not in ("utf-8", "utf8")]

    def score(candidate: tuple[str, str]) -> float:
        return _chinese_score(candidate[1]) + (0.02 if candidate[0] == declared else 0.0)

    candidates = [(enc, t) for enc in names if (t := _strict(data, enc)) is not None]
    if candidates:
        # Each reading scored once: the winner's score also decides whether it reads well.
        plain_scores = {enc: _chinese_score(t) for enc, t in candidates}
        encoding, text = max(candidates, key=lambda c: plain_scores[c[0]] + (0.02 if c[0] == declared else 0.0))
        reads_well = _han_count(text) < MIN_HAN_TO_JUDGE or plain_scores[encoding] >= MIN_CHINESE_SCORE
        # The best strict reading, unless it reads badly or some of its lines read better
        # as UTF-8 (UTF-8 pasted into a legacy file).
        if reads_well and _decode_lines(data, encoding).encoding == encoding:
            if declared and encoding != declared:
                log.warning("%s declares %s but reads as %s; using %s", name, declared, encoding, encoding)
            return Decoded(text, encoding, 0)
    else:
        # Nothing we expect fits (a rarer legacy codec): ask a detector, but take its
        # answer only when it reads as Chinese — a notice decoded into Cyrillic is a
        # damaged UTF-8 file, better read as UTF-8 with its bad bytes shown.
        guess = _detected(data)
        if guess and _han_count(guess[1]) >= MIN_HAN_TO_JUDGE and _chinese_score(guess[1]) >= MIN_CHINESE_SCORE:
            return Decoded(guess[1], guess[0], 0)

    # No encoding reads every byte as Chinese. The legacy one is judged on the lines UTF-8
    # does not read: UTF-8 lines in a Big5 file can make the whole read as GB18030.
    foreign = b"\n".join(line for line in data.split(b"\n") if _strict(line, "utf-8") is None)
    encoding = max(names, key=lambda enc: score((enc, foreign.decode(enc, errors="replace"))))
    decoded = _decode_lines(data, encoding)
    if decoded.replaced / max(len(decoded.text), 1) > MAX_REPLACED_SHARE:
        raise PolicydbError(
            "E005",
            f"{name}: no supported encoding (UTF-8, GB18030/GBK, Big5, UTF-16) reads it, even line by line; "
            f"{decoded.replaced} of {len(decoded.text)} characters undecodable",
        )
    if not _reads_as_chinese(decoded.text):
        raise PolicydbError("E005", f"{name}: decodes as {decoded.encoding} only into rare characters; "
                                    "not text in a supported encoding")
    if decoded.replaced:
        log.warning("%s: %d undecodable bytes replaced with U+FFFD (%s)", name, decoded.replaced, decoded.encoding)
    return decoded


def _reads_as_chinese(text: str) -> bool:
    return _han_count(text) < MIN_HAN_TO_JUDGE or _chinese_score(text) >= MIN_CHINESE_SCORE


def _decode_lines(data: bytes, legacy: str) -> Decoded:
    """Decode each line in whichever of UTF-8 and `legacy` reads it as more Chinese.

    The byte 0x0A is never part of a multi-byte character in UTF-8, GB18030 or Big5, so
    lines split the same in all of them, and damage stays in its line. The result is
    named "utf-8+<legacy>" when both encodings contributed lines.
    """
    texts: list[str] = []
    used: set[str] = set()
    for line in data.split(b"\n"):
        if line.isascii():
            texts.append(line.decode("ascii"))
            continue
        text, encoding = _read_line(line, legacy)
        texts.append(text)
        used.add(encoding)
    text = "\n".join(texts)
    encoding = "+".join(enc for enc in ("utf-8", legacy) if enc in used) or legacy
    return Decoded(text, encoding, text.count("\ufffd"))


def _read_line(line: bytes, legacy: str) -> tuple[str, str]:
    utf8 = line.decode("utf-8", errors="replace")
    other = line.decode(legacy, errors="replace")
    bad_utf8, bad_other = utf8.count("\ufffd"), other.count("\ufffd")
    # Most lines are settled by the bad bytes alone: read in the wrong encoding, a line
    # is a quarter or more U+FFFD. A UTF-8 line with a few bad bytes often reads without
    # error in GB18030, into rare characters, so the rest is decided by the score.
    if bad_utf8 * 4 > len(utf8) and bad_other * 4 <= len(other):
        return other, legacy
    if bad_other * 4 > len(other) and bad_utf8 * 4 <= len(utf8):
        return utf8, "utf-8"
    common = _common_chars()

    def score(text: str, bad: int) -> int:
        return sum(map(common.__contains__, text)) - 2 * bad  # counted in C, not per character in Python

    # Ties (a lone bad byte, a line of rare characters) go to UTF-8 only when it reads
    # every byte: random legacy bytes seldom make valid UTF-8.
    if (score(utf8, bad_utf8), bad_utf8 == 0) > (score(other, bad_other), False):
        return utf8, "utf-8"
    return other, legacy


def _detected(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best strict reading of `data`, or None."""
    try:
        from charset_normalizer import from_bytes
    except ImportError as exc:  # a declared dependency: a broken install, say so
        raise missing_dependency("charset-normalizer") from exc
    match = from_bytes(data[:200_000]).best()
    if match is None:
        return None
    text = _strict(data, match.encoding)
    return (match.encoding, text) if text is not None else None


_HAN_RUN = re.compile("[\u4e00-\u9fff]+")
_HAN_OR_PRIVATE_RUN = re.compile("[\u4e00-\u9fff\ue000-\uf8ff]+")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def _han_count(text: str) -> int:
    return sum(map(len, _HAN_RUN.findall(text, 0, 20000)))


def _control_share(text: str) -> float:
    """Share of control characters other than tab, newline, CR and form feed."""
    return len(_CONTROL.findall(text)) / max(len(text), 1)
