"""Repair GBK text that a scraper read as Latin-1 (`×÷Ϊȫ¹úµÚÒ»` was `作为全国第一`).

A page served in GBK and decoded as Latin-1 (or cp1252, or UTF-8 falling back to Latin-1
on invalid bytes) turns every Chinese character into two accented Latin letters or signs.
The bytes are all still there: each character is encoded back the way it was decoded and
the bytes are read as GBK. A line is repaired only where it holds no Han character, many
Latin-1 letters, and reads back as Chinese; a line of French or a price in euros stays.
"""
from __future__ import annotations

import re

from normalize.edits import Edit

# Latin-1's upper half, the letters and signs a GBK byte above 0x80 turns into.
_LATIN1_UPPER = re.compile("[\u00a0-\u00ff]")
_HAN = re.compile("[\u4e00-\u9fff]")
# A line is a candidate with this many Latin-1 letters, and hardly a Han character among them.
_MAX_HAN_IN_DAMAGE = 0.05
_MIN_LATIN1 = 6
# Read back, it must be this much Chinese (of its non-ASCII characters) with this few
# characters GBK cannot read.
_MIN_HAN_SHARE = 0.7
_MAX_LOST_SHARE = 0.05


def _bytes_of(line: str) -> bytes:
    """The bytes the line was decoded from: Latin-1 where it can say, cp1252's signs for
    0x80–0x9F, else UTF-8 (a decoder that read valid UTF-8 pairs as such)."""
    out = bytearray()
    for char in line:
        for codec in ("latin-1", "cp1252", "utf-8"):
            try:
                out += char.encode(codec)
                break
            except UnicodeEncodeError:
                continue
    return bytes(out)


def _repaired(line: str) -> str | None:
    latin1 = len(_LATIN1_UPPER.findall(line))
    # (A few byte triples read as UTF-8 may have made Han characters: 壬 among the letters.)
    if latin1 < _MIN_LATIN1 or len(_HAN.findall(line)) > _MAX_HAN_IN_DAMAGE * latin1:
        return None
    text = _bytes_of(line).decode("gbk", errors="replace")
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return None
    han = sum(1 for c in wide if _HAN.match(c))
    lost = text.count("\ufffd")
    # (A line cut mid-character loses its last one.)
    if han / len(wide) < _MIN_HAN_SHARE or lost > max(1, _MAX_LOST_SHARE * len(text)):
        return None
    return text


def latin1_gbk_edits(text: str) -> list[Edit]:
    """One edit per line of GBK read as Latin-1, giving the line's Chinese back."""
    if not _LATIN1_UPPER.search(text):
        return []  # most pages hold no Latin-1 letter at all: one search spares the lines
    edits = []
    pos = 0
    for line in text.split("\n"):
        if (new := _repaired(line)) is not None and new != line:
            edits.append(Edit(pos, pos + len(line), new, "GBK text that was read as Latin-1"))
        pos += len(line) + 1
    return edits
