"""What the store writes for one notice: the export object plus what export leaves out.

`NoticeRecord` is the seam between the pipeline and the store. It is built from a
`ProcessedNotice` (the pipeline's result) or from an EXPORT.md dict (tests, other
tools), and it pickles, so worker processes can hand it to the one writer.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

META_FIELDS = ("title", "issuer", "issued", "region", "year", "doc_number", "script")


@dataclass
class NoticeRecord:
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


def from_export(data: dict[str, Any], *, source: str | None = None, raw_text: str | None = None,
                document_rules: list[str] | None = None, pipeline_version: str | None = None) -> NoticeRecord:
    """A record from an EXPORT.md object. `raw_text` and `document_rules` are not part of
    the export format, so they may be given here or as keys of the same name in `data`."""
    meta = {name: (data.get("meta") or {}).get(name) for name in META_FIELDS}
    return NoticeRecord(
        source=source or data.get("source") or "<export>",
        text=data.get("text") or "",
        meta=meta,
        goals=list(data.get("goals") or []),
        assignments=list(data.get("assignments") or []),
        deadlines=list(data.get("deadlines") or []),
        raw_text=raw_text if raw_text is not None else data.get("raw_text"),
        document_rules=list(document_rules if document_rules is not None else data.get("document_rules") or []),
        pipeline_version=pipeline_version or data.get("pipeline_version"),
    )


def from_processed(notice: Any) -> NoticeRecord:
    """A record from a `policydb.api.ProcessedNotice`."""
    from policydb.api import PIPELINE_VERSION, export

    data = export(notice)
    record = from_export(data, source=notice.ingested.source, raw_text=notice.ingested.raw_text,
                         document_rules=list(notice.extraction.document_rules),
                         pipeline_version=PIPELINE_VERSION)
    # The export drops where each annotation stands; the store keeps it for display.
    for row, assignment in zip(record.assignments, notice.extraction.assignments, strict=True):
        if assignment.annotation_span is not None:
            row["annotation_span"] = list(assignment.annotation_span)
    return record


def as_record(notice: Any, **kwargs: Any) -> NoticeRecord:
    """Whatever the caller has — record, export dict or ProcessedNotice — as a record."""
    if isinstance(notice, NoticeRecord):
        return notice
    if isinstance(notice, dict):
        return from_export(notice, **kwargs)
    return from_processed(notice)
