"""Helpers for testing the store without the extraction stages.

`gold_export` turns a gold-like answer (GUIDE.md: goals with `evidence`, assignments
with `snippet` — or `covered`, the covered text itself — deadlines with `text`) and the
notice text into an EXPORT.md object with spans, so store tests are built from
realistic facts and do not depend on how well extraction does today.
`json_file_processor` is an ingest processor for files holding such an object as JSON;
it is module-level so worker processes can run it.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from policydb.records import NoticeRecord
from store.record import from_export

# Where a printed responsibility annotation opens: it ends the text a snippet's task covers.
_ANNOTATION = re.compile(r"[(（〔](?:牵头单位|责任单位|配合单位)")


def _find(text: str, needle: str, start: int = 0) -> int:
    at = text.find(needle, start)
    if at < 0:
        at = text.find(needle)
    if at < 0:
        raise ValueError(f"{needle!r} is not in the text")
    return at


def covered_span(text: str, snippet: str, start: int = 0) -> list[int]:
    """The text an annotation covers, as GUIDE §5 says: from the start of the snippet's
    line (or the end of an earlier annotation on it) up to the next annotation."""
    at = _find(text, snippet, start)
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    begin = line_start
    for match in _ANNOTATION.finditer(text, line_start, at):
        begin = max(begin, _closing(text, match.start()))
    opener = _ANNOTATION.search(text, at, line_end)
    return [begin, opener.start() if opener else line_end]


def _closing(text: str, start: int) -> int:
    """The index after the bracket that closes the one at `start` (brackets nest: 〔…(市、区)…〕)."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] in "(（〔":
            depth += 1
        elif text[i] in ")）〕":
            depth -= 1
            if depth == 0:
                return i + 1
    return len(text)


def gold_export(text: str, meta: dict[str, Any], *, goals: list[dict[str, Any]] = (),
                assignments: list[dict[str, Any]] = (), deadlines: list[dict[str, Any]] = (),
                source: str = "<gold>", document_rules: list[str] = ()) -> dict[str, Any]:
    """An EXPORT.md dict from gold-like rows: spans are found in `text`, answer-only keys dropped."""
    full_meta = {"title": None, "issuer": None, "issued": None, "region": None, "year": None,
                 "doc_number": None, "script": "hans", **meta}
    out_goals = []
    cursor = 0
    for goal in goals:
        at = _find(text, goal["evidence"], cursor)
        cursor = at
        row = {k: v for k, v in goal.items() if k != "keys"}
        row.setdefault("period", str(full_meta["year"]) if full_meta["year"] else None)
        row.setdefault("comparator", "=")
        row.setdefault("scope", None)
        row.setdefault("kind", "target")
        out_goals.append({**row, "span": [at, at + len(goal["evidence"])]})
    out_assignments = []
    cursor = 0
    for assignment in assignments:
        if "covered" in assignment:  # the covered text itself, for annotations without a label
            at = _find(text, assignment["covered"], cursor)
            span = [at, at + len(assignment["covered"])]
        else:
            span = covered_span(text, assignment["snippet"], cursor)
        cursor = span[0]
        row = {k: v for k, v in assignment.items() if k not in ("snippet", "covered")}
        row.setdefault("explicit", True)
        row.setdefault("lead", [])
        out_assignments.append({**row, "span": span})
    out_deadlines = []
    cursor = 0
    for deadline in deadlines:
        at = _find(text, deadline["text"], cursor)
        cursor = at + 1
        row = {"start": None, "end": None, "recurrence": None, "day": None, "task": None, **deadline}
        out_deadlines.append({**row, "span": [at, at + len(deadline["text"])]})
    return {"source": source, "meta": full_meta, "text": text, "goals": out_goals,
            "assignments": out_assignments, "deadlines": out_deadlines, "document_rules": list(document_rules)}


def json_file_processor(path: str) -> NoticeRecord:
    """Ingest processor for a file holding an export object as JSON (the file stands in for a scrape)."""
    from policydb.errors import PolicydbError

    data = Path(path).read_bytes()
    if not data.strip():
        raise PolicydbError("E003", f"{path} has no content")
    return from_export(json.loads(data.decode("utf-8")), source=path, raw_text=data.decode("utf-8"))


def slow_processor(path: str) -> NoticeRecord:
    """`json_file_processor`, but a file named slow* takes ten seconds (a time-limit test)."""
    import time

    if Path(path).name.startswith("slow"):
        for _ in range(1000):  # ten seconds, in steps a time limit can stop between
            time.sleep(0.01)
    return json_file_processor(path)
