"""Edits with an offset map: every normaliser proposes edits, this module applies them.

A normaliser never rewrites text itself; it returns `Edit`s (replace `[start, end)` by
`new`). `TrackedText` applies one batch at a time and keeps `origin`, the index in the
starting text of every current character, so any fact found later can be shown in the
words that were scraped.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    new: str
    note: str = ""


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, list[int]]:
    """Apply non-overlapping edits; return the new text and its map into `text`.

    The map has one entry per new character plus a final `len(text)`. Inside a
    replacement of unequal length, new characters map to successive old positions and
    the surplus to the last old one, so spans stay monotonic.
    """
    ordered = _checked_order(text, edits)
    pieces: list[str] = []
    origin: list[int] = []
    pos = 0
    for edit in ordered:
        start, end, new = edit.start, edit.end, edit.new
        pieces.append(text[pos:start])
        origin.extend(range(pos, start))
        pieces.append(new)
        # New character k maps to old position min(start + k, last): the surplus of a
        # longer replacement (all of an insertion) to the last old position.
        last = start + max(end - start - 1, 0)
        if start + len(new) <= last + 1:
            origin.extend(range(start, start + len(new)))
        else:
            origin.extend(range(start, last))
            origin.extend([last] * (start + len(new) - last))
        pos = end
    pieces.append(text[pos:])
    origin.extend(range(pos, len(text)))
    origin.append(len(text))
    return "".join(pieces), origin


def _checked_order(text: str, edits: Iterable[Edit]) -> list[Edit]:
    """The edits in text order; ValueError if two overlap or one lies outside `text`."""
    ordered = sorted(edits, key=attrgetter("start", "end"))
    pos = 0
    for edit in ordered:
        if edit.start < pos or edit.end < edit.start or edit.end > len(text):
            raise ValueError(f"overlapping or invalid edit {edit!r}")
        pos = edit.end
    return ordered


def _spliced(text: str, edits: Iterable[Edit]) -> str:
    """`apply_edits`'s text alone, for replacements that keep their length (whose map
    is the identity)."""
    pieces: list[str] = []
    pos = 0
    for edit in _checked_order(text, edits):
        pieces.append(text[pos:edit.start])
        pieces.append(edit.new)
        pos = edit.end
    pieces.append(text[pos:])
    return "".join(pieces)


class TrackedText:
    """Text under normalisation, with the composed map back to where it started."""

    def __init__(self, text: str) -> None:
        self.source = text
        self.text = text
        self.origin = list(range(len(text) + 1))

    def apply(self, edits: Iterable[Edit], report: bool = True) -> list[tuple[Edit, tuple[int, int]]]:
        """Apply a batch of edits to the current text.

        Returns each edit with the span of the *source* text it replaced, for reporting
        (nothing when `report` is false: t2s is reported as one summary).
        """
        batch = list(edits)
        if not batch:
            return []
        located = [(e, (self.origin[e.start], self._source_end(e.start, e.end))) for e in batch] if report else []
        if any(len(e.new) != e.end - e.start for e in batch):
            self.text, step_origin = apply_edits(self.text, batch)
            self.origin = list(map(self.origin.__getitem__, step_origin))
        else:
            # Replacements of equal length (most of t2s) leave every character where it was.
            self.text = _spliced(self.text, batch)
        return located

    def _source_end(self, start: int, end: int) -> int:
        if end == start:
            return self.origin[start]
        return max(self.origin[end - 1] + 1, self.origin[end])
