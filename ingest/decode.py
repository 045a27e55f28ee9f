"""Bytes → str, once, at the edge.

Order of trust: a byte-order mark; strict UTF-8; the charset an HTML page declares,
verified by decoding strictly; then GB18030 (a superset of GBK/GB2312) and Big5,
decided between by which reads as ordinary Chinese. Only when nothing decodes cleanly
are bad bytes replaced — visibly, with U+FFFD, never dropped — so normalize can see
and sometimes repair the damage.
"""
from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass
from functools import lru_cache

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
CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)

# When a decode needs replacements, more than this share of bad characters means the
# file is not text in any supported encoding.
MAX_REPLACED_SHARE = 0.02
# Bytes that decode without error into mostly rare characters are not Chinese text:
# real notices, Simplified or Traditional, score far above this.
MIN_CHINESE_SCORE = 0.6
MIN_HAN_TO_JUDGE = 50


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
    head = data[:4096]
    if any(head.startswith(bom) for bom, _ in BOMS):
        return None
    if b"\x00" in head and _bomless_utf16(data) is None:
        return "a binary file (contains NUL bytes)"
    return None


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without its byte-order mark, when it reads as Chinese text."""
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _strict(data, encoding)
        if text and _control_share(text) <= MAX_REPLACED_SHARE and _chinese_score(text) >= MIN_CHINESE_SCORE:
            return encoding, text
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB, normalised, or None."""
    match = META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        log.warning("page declares unknown charset %r; ignoring it", name)
        return None
    return CHARSET_ALIASES.get(name, name)


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
    round, so a strict decode proves nothing; reading well as Chinese does.
    """
    sample = to_simplified(text[:20000])
    han = [c for c in sample if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return 0.0
    common = _common_hanzi()
    return sum(c in common for c in han) / len(han)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, *, declared: str | None = None, name: str = "<bytes>") -> Decoded:
    """Decode a notice's bytes; raise PolicydbError E003/E004/E005 when they are not one."""
    decoded = _decode(data, declared, name)
    if _control_share(decoded.text) > MAX_REPLACED_SHARE:
        raise PolicydbError("E005", f"{name} decodes as {decoded.encoding} but is mostly control characters")
    if not decoded.text.strip():
        raise PolicydbError("E003", f"{name} has no content")
    return decoded


def _decode(data: bytes, declared: str | None, name: str) -> Decoded:
    if not data.strip():
        raise PolicydbError("E003", f"{name} has no content")
    kind = sniff_binary(data)
    if kind:
        raise PolicydbError("E004", f"{name} is {kind}")

    for bom, encoding in BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            return Decoded(text, encoding, text.count("\ufffd"))

    if b"\x00" in data[:4096] and (utf16 := _bomless_utf16(data)) is not None:
        return Decoded(utf16[1], utf16[0], 0)

    text = _strict(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", 0)

    # A declared legacy charset is verified twice: it must decode every byte, and it must
    # read as Chinese at least as well as the alternatives (GBK bytes decode as Big5
    # without error, and sites mislabel). The declaration wins ties.
    names = [n for n in (declared, "gb18030", "big5hkscs") if n and n not in ("utf-8", "utf8")]
    candidates = [(enc, t) for enc in dict.fromkeys(names) if (t := _strict(data, enc)) is not None]
    # Nothing we expect fits (a rarer legacy codec): ask a detector, but take its answer
    # only when it reads as Chinese — a notice decoded into Cyrillic is a damaged UTF-8
    # file, better read as UTF-8 with its bad bytes shown.
    guess = None if candidates else _detected(data)
    if guess and _han_count(guess[1]) >= MIN_HAN_TO_JUDGE and _chinese_score(guess[1]) >= MIN_CHINESE_SCORE:
        candidates = [guess]
    if candidates:
        def score(candidate: tuple[str, str]) -> float:
            return _chinese_score(candidate[1]) + (0.02 if candidate[0] == declared else 0.0)

        encoding, text = max(candidates, key=score)
        if _han_count(text) >= MIN_HAN_TO_JUDGE and _chinese_score(text) < MIN_CHINESE_SCORE:
            # UTF-8 with a few bad bytes also decodes as GB18030, into rare characters:
            # read it as the damaged UTF-8 it is, when the damage is small.
            damaged = data.decode("utf-8", errors="replace")
            replaced = damaged.count("\ufffd")
            if replaced / max(len(damaged), 1) <= MAX_REPLACED_SHARE:
                log.warning("%s: %d undecodable bytes replaced with U+FFFD (utf-8)", name, replaced)
                return Decoded(damaged, "utf-8", replaced)
            raise PolicydbError("E005", f"{name}: decodes as {encoding} only into rare characters; "
                                        "not text in a supported encoding")
        if declared and encoding != declared:
            log.warning("%s declares %s but reads as %s; using %s", name, declared, encoding, encoding)
        return Decoded(text, encoding, 0)

    return _decode_damaged(data, name)


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


def _decode_damaged(data: bytes, name: str) -> Decoded:
    """No encoding fits every byte: pick the one that fits best and replace the rest."""
    best: Decoded | None = None
    for encoding in ("utf-8", "gb18030", "big5hkscs"):
        text = data.decode(encoding, errors="replace")
        decoded = Decoded(text, encoding, text.count("\ufffd"))
        if best is None or decoded.replaced < best.replaced:
            best = decoded
    assert best is not None
    if best.replaced / max(len(best.text), 1) > MAX_REPLACED_SHARE:
        raise PolicydbError(
            "E005",
            f"{name}: no supported encoding (UTF-8, GB18030/GBK, Big5, UTF-16) reads it; "
            f"best was {best.encoding} with {best.replaced} bad characters",
        )
    log.warning("%s: %d undecodable bytes replaced with U+FFFD (%s)", name, best.replaced, best.encoding)
    return best


def _han_count(text: str) -> int:
    return sum(1 for c in text[:20000] if "\u4e00" <= c <= "\u9fff")


def _control_share(text: str) -> float:
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    return controls / max(len(text), 1)
