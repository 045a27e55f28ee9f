"""Records the store takes besides the pipeline's own: an EXPORT.md object as a `NoticeRecord`.

`NoticeRecord` itself is one of the pipeline's records (policydb/records.py); the
pipeline's result becomes one in `policydb.api.to_record`, so the store never needs
to know the API.
"""
from __future__ import annotations

from typing import Any

from policydb.records import NoticeRecord
from store import canon

META_FIELDS = ("title", "issuer", "issued", "region", "year", "doc_number", "script", "url", "supplied")


def from_export(data: dict[str, Any], *, source: str | None = None, raw_text: str | None = None,
                document_rules: list[str] | None = None, pipeline_version: str | None = None) -> NoticeRecord:
    """A record from an EXPORT.md object. `raw_text` and `document_rules` are not part of
    the export format, so they may be given here or as keys of the same name in `data`."""
    given = data.get("meta") or {}
    meta = {name: given.get(name) for name in META_FIELDS}
    # Another tool's export names its region without a code: the division table gives it,
    # so queries go up and down from it as from the pipeline's notices.
    meta["region_code"] = given.get("region_code") or (canon.division_code(meta["region"]) if meta["region"] else None)
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


def as_record(notice: NoticeRecord | dict[str, Any], **kwargs: Any) -> NoticeRecord:
    """A record, or an export dict as a record."""
    if isinstance(notice, NoticeRecord):
        return notice
    if isinstance(notice, dict):
        return from_export(notice, **kwargs)
    raise TypeError(f"the store takes a NoticeRecord or an export dict, not {type(notice).__name__} "
                    "(policydb.api.to_record turns a ProcessedNotice into a record)")
