"""The records that flow ingest → normalize → extract → store.

Each stage takes the previous stage's record and returns its own; no stage knows the
next. Offsets are Python string indices (code points), half-open `[start, end)`.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

# Stored with every notice: a store re-parses files stored by another version.
PIPELINE_VERSION = "0.5.0"
# The metadata a scraper may supply beside its files (a manifest row, a sidecar), in the
# order a notice lists the ones supplied: ingest reads them, extract's meta puts them first.
SUPPLIED_FIELDS = ("url", "title", "issuer", "issued", "region", "year", "doc_number")


@dataclass(frozen=True)
class DroppedLine:
    """A line of the scrape that ingest removed as page chrome, and the rule that fired."""

    text: str
    rule: str


@dataclass
class IngestedNotice:
    """Output of ingest: the notice's own text, decoded once, page chrome removed.

    `text` is what the later stages read. `raw_text` is the whole decoded file (HTML
    markup included) so a store can keep the original. `page_meta` holds labelled
    fields a site prints around the article (发文机关, 成文日期, 发文字号 …) that are
    chrome for the text but evidence for the metadata.
    """

    source: str
    text: str
    raw_text: str
    encoding: str
    format: str  # "text" | "html"
    replaced_bytes: int = 0
    dropped: list[DroppedLine] = field(default_factory=list)
    page_meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Repair:
    """One change normalize made, located in the ingested text (`source_span`)."""

    step: str  # "mojibake" | "pinyin_aid" | "t2s" | "tw_term" | "spinner" | copy damage
    source_span: tuple[int, int]
    before: str
    after: str
    note: str = ""


@dataclass
class NormalizedNotice:
    """Output of normalize: clean Simplified text and the map back to the ingested text.

    `origin[i]` is the index in `ingested.text` of the character `text[i]` came from;
    `origin[len(text)]` is `len(ingested.text)`, so a span `[a, b)` of `text` maps to
    `[origin[a], origin[b])` of the ingested text (see `to_source_span`).

    `page_meta` is the ingested `page_meta` as extract reads it: labels without padding
    or colon, and on a `hant` notice labels and values converted to Simplified.
    """

    ingested: IngestedNotice
    text: str
    origin: list[int]
    script: str  # "hans" | "hant"
    repairs: list[Repair] = field(default_factory=list)
    page_meta: dict[str, str] = field(default_factory=dict)

    def to_source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the span of the ingested text it came from."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside text of length {len(self.text)}")
        if start == end:
            return self.origin[start], self.origin[start]
        # The end is the position just after the source of the last character, so a
        # character that replaced several (鋵?shí) → 实) covers all of them.
        last = self.origin[end - 1]
        following = self.origin[end]
        return self.origin[start], max(last + 1, following)

    @property
    def source(self) -> str:
        return self.ingested.source


@dataclass
class NoticeRecord:
    """What the store writes for one notice: the export object (EXPORT.md) plus what
    export leaves out (the raw file, the document's rules, where annotations stand).

    The seam between the pipeline and the store: `policydb.api.to_record` builds one from
    a processed notice, `store.from_export` from an EXPORT.md dict (tests, other tools).
    It pickles, so worker processes can hand it to the one writer.
    """

    source: str
    text: str
    meta: dict[str, Any]
    goals: list[dict[str, Any]] = field(default_factory=list)
    assignments: list[dict[str, Any]] = field(default_factory=list)
    deadlines: list[dict[str, Any]] = field(default_factory=list)
    raw_text: str | None = None
    document_rules: list[str] = field(default_factory=list)
    pipeline_version: str | None = None

    @property
    def notice_id(self) -> str:
        """Content hash of the normalised text: the same notice has the same id wherever it is."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]
