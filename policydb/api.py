"""The Python API: everything the CLI does, as plain functions.

    from policydb.api import process_path, export, to_record
    notice = process_path("corpus/000_de8a73357565e53b.txt")
    export(notice)["goals"]
    store.write_notice(db, to_record(notice))
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from extract import ExtractionDoc, run_extraction
from extract.model import Meta, as_export
from ingest import MAX_BYTES, ingest_path
from ingest.supplied import Supplied, read_sidecar
from normalize import normalize_notice
from policydb.records import PIPELINE_VERSION, IngestedNotice, NormalizedNotice, NoticeRecord


@dataclass
class ProcessedNotice:
    ingested: IngestedNotice
    normalized: NormalizedNotice
    extraction: ExtractionDoc


def process_ingested(ingested: IngestedNotice, supplied: Supplied | None = None) -> ProcessedNotice:
    """Normalise and extract an ingested notice; `supplied` metadata (a scraper's manifest
    row or sidecar) wins over what the text gives."""
    normalized = normalize_notice(ingested)
    extraction = run_extraction(normalized.text, page_meta=normalized.page_meta, script=normalized.script,
                                supplied=supplied)
    return ProcessedNotice(ingested, normalized, extraction)


def process_path(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES,
                 supplied: Supplied | None = None) -> ProcessedNotice:
    """Ingest, normalise and extract one notice file (refused with E011 over `max_bytes`).

    `supplied` is the metadata a scraper gave for it; by default the sidecar beside the
    file (`NAME.meta.json`), if any (E015 when it cannot be read).
    """
    if supplied is None:
        supplied = read_sidecar(path)
    return process_ingested(ingest_path(path, max_bytes=max_bytes), supplied)


def meta_dict(meta: Meta) -> dict:
    return {
        "title": meta.title, "issuer": meta.issuer, "issued": meta.issued, "region": meta.region,
        "year": meta.year, "doc_number": meta.doc_number, "script": meta.script, "url": meta.url,
        "supplied": list(meta.supplied),
    }


def export(notice: ProcessedNotice) -> dict:
    """The export object of EXPORT.md: meta, the clean text, and every fact with its span."""
    doc = notice.extraction
    return {
        "source": notice.ingested.source,
        "meta": meta_dict(doc.meta),
        "text": notice.normalized.text,
        "goals": [as_export(g) for g in doc.goals],
        "assignments": [as_export(a) for a in doc.assignments],
        "deadlines": [as_export(d) for d in doc.deadlines],
    }


def to_record(notice: ProcessedNotice) -> NoticeRecord:
    """What the store writes for the notice: its export, plus the raw file, the document's
    rules, where each annotation stands and the region's division code, which the export
    leaves out."""
    data = export(notice)
    data["meta"]["region_code"] = notice.extraction.meta.region_code
    for row, goal in zip(data["goals"], notice.extraction.goals, strict=True):
        row["upper"] = goal.upper
    for row, assignment in zip(data["assignments"], notice.extraction.assignments, strict=True):
        if assignment.annotation_span is not None:
            row["annotation_span"] = list(assignment.annotation_span)
    return NoticeRecord(source=data["source"], text=data["text"], meta=data["meta"], goals=data["goals"],
                        assignments=data["assignments"], deadlines=data["deadlines"],
                        raw_text=notice.ingested.raw_text, document_rules=list(notice.extraction.document_rules),
                        pipeline_version=PIPELINE_VERSION)


def review_export(notice: ProcessedNotice) -> dict:
    """The export, plus what the review page shows beyond it: why each goal and deadline
    was read as it was (`reason`), and the numbers and time words left (`left`)."""
    data = export(notice)
    doc = notice.extraction
    for group, facts in (("goals", doc.goals), ("deadlines", doc.deadlines)):
        for row, fact in zip(data[group], facts, strict=True):
            row["reason"] = fact.reason
    data["left"] = [{"text": doc.text[d.span[0]:d.span[1]], "span": list(d.span), "reason": d.reason}
                    for d in sorted(doc.decisions, key=lambda d: d.span)]
    return data
