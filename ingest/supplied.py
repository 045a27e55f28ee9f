"""Metadata a scraper supplies beside its files: a manifest (CSV or JSON Lines) or a sidecar.

Scrapers know what the text may not print: the URL, often the region and the date.

    manifest = read_manifest("crawl/manifest.csv")   # path,url,region,year,…
    manifest.entries["crawl/pages/a.html"]            # {'url': 'http://…', 'year': 2024}
    read_sidecar("crawl/pages/a.html")                # crawl/pages/a.html.meta.json, or a.meta.json

A manifest's `path` column is relative to the manifest's folder. Values are checked
here, at the edge, so a bad year or date is reported against the row that gave it
(E015) instead of reaching the store. Columns other than `FIELDS` are a scraper's own
(fetch time, status) and are listed in `ignored_columns`, never stored.
"""
from __future__ import annotations

import csv
import datetime
import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policydb.errors import PolicydbError
from policydb.records import SUPPLIED_FIELDS

# The fields a manifest or sidecar may supply, as the notice's metadata names them.
FIELDS = SUPPLIED_FIELDS
SIDECAR_SUFFIX = ".meta.json"
MANIFEST_SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
# Years a notice of the People's Republic can be for: anything else is a typo in a column.
_FIRST_YEAR, _LAST_YEAR = 1949, 2100

Supplied = dict[str, Any]


@dataclass
class ManifestProblem:
    """A manifest row that supplies nothing usable: where it stands and why."""

    where: str  # the notice path it names, or `manifest.csv:7` when it names none
    code: str
    reason: str
    names_notice: bool = False  # `where` is a notice's path (its fields could not be read)


@dataclass
class Manifest:
    path: str
    entries: dict[str, Supplied] = field(default_factory=dict)  # notice path (as given to ingest) → fields
    problems: list[ManifestProblem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


def check_fields(raw: dict[str, Any], where: str) -> Supplied:
    """The supplied fields of one row or sidecar, checked and typed; empty values are absent.

    Raises E015 naming the field and the value when a year or a date cannot be read.
    """
    supplied: Supplied = {}
    for name in FIELDS:
        value = raw.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if name == "year":
            supplied[name] = _year(value, where)
        elif name == "issued":
            supplied[name] = _date(value, where)
        elif isinstance(value, str):
            supplied[name] = value.strip()
        else:
            raise PolicydbError("E015", f"{where}: {name} must be text, not {json.dumps(value, ensure_ascii=False)}")
    return supplied


def _year(value: Any, where: str) -> int:
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit() or not _FIRST_YEAR <= int(text) <= _LAST_YEAR:
        raise PolicydbError("E015", f"{where}: year {value!r} is not a year between {_FIRST_YEAR} and {_LAST_YEAR}")
    return int(text)


def _date(value: Any, where: str) -> str:
    text = str(value).strip()
    try:
        # A timestamp (2024-04-09T15:23:00, 2024-04-09 15:23) dates the day it names.
        return datetime.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise PolicydbError("E015", f"{where}: issued {value!r} is not an ISO date (YYYY-MM-DD)") from None


# --- manifest ----------------------------------------------------------------------------

def read_manifest(path: str | os.PathLike[str]) -> Manifest:
    """Read a manifest file. A file that cannot be a manifest at all (missing, of another
    type, not UTF-8, no `path` column) raises E001/E014; a bad row is a problem of that
    row alone, and the others are read."""
    shown = os.fspath(path)
    kind = MANIFEST_SUFFIXES.get(Path(shown).suffix.lower())
    if kind is None:
        raise PolicydbError("E014", f"{shown}: a manifest is a .csv, .tsv or .jsonl file")
    try:
        data = Path(shown).read_bytes()
    except FileNotFoundError:
        raise PolicydbError("E001", f"manifest {shown} does not exist") from None
    except OSError as exc:
        raise PolicydbError("E014", f"{shown}: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PolicydbError("E014", f"{shown} is not UTF-8 (byte {exc.start}); save it as UTF-8") from None
    rows = _jsonl_rows(text, shown) if kind == "jsonl" else _table_rows(text, shown, "\t" if kind == "tsv" else ",")
    manifest = Manifest(path=shown)
    folder = Path(shown).parent
    columns: dict[str, None] = {}
    for where, row in rows:
        if isinstance(row, ManifestProblem):
            manifest.problems.append(row)
            continue
        columns.update(dict.fromkeys(row))
        _add_row(manifest, folder, where, row)
    manifest.ignored_columns = [c for c in columns if c not in FIELDS and c != "path"]
    return manifest


def _table_rows(text: str, shown: str, delimiter: str) -> list[tuple[str, Any]]:
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [name.strip() for name in reader.fieldnames or []]
    if "path" not in header:
        raise PolicydbError("E014", f"{shown} has no `path` column (its header: {', '.join(header) or 'none'})")
    reader.fieldnames = header
    return [(f"{shown}:{reader.line_num}", row) for row in reader]


def _jsonl_rows(text: str, shown: str) -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{shown}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            rows.append((where, ManifestProblem(where, "E014", f"{where} is not JSON ({exc.msg})")))
            continue
        if not isinstance(row, dict):
            rows.append((where, ManifestProblem(where, "E014", f"{where} is not a JSON object")))
            continue
        rows.append((where, row))
    if rows and not any(isinstance(row, dict) and "path" in row for _, row in rows):
        raise PolicydbError("E014", f"{shown}: no line has a `path` field")
    return rows


def _add_row(manifest: Manifest, folder: Path, where: str, row: dict[str, Any]) -> None:
    named = row.get("path")
    if not isinstance(named, str) or not named.strip():
        manifest.problems.append(ManifestProblem(where, "E014", f"{where} has no path"))
        return
    # Relative to the manifest's folder, as the notice is then named to ingest.
    notice = os.path.normpath(folder / named.strip())
    try:
        manifest.entries[notice] = check_fields(row, where)
    except PolicydbError as exc:
        manifest.problems.append(ManifestProblem(notice, exc.code, exc.detail, names_notice=True))


# --- sidecar -----------------------------------------------------------------------------

def sidecar_path(path: str | os.PathLike[str]) -> Path | None:
    """The sidecar beside a notice, if there is one: `a.html.meta.json`, else `a.meta.json`."""
    notice = Path(path)
    for candidate in (notice.with_name(notice.name + SIDECAR_SUFFIX), notice.with_name(notice.stem + SIDECAR_SUFFIX)):
        if candidate != notice and candidate.is_file():
            return candidate
    return None


def read_sidecar(path: str | os.PathLike[str]) -> Supplied:
    """The fields a sidecar beside the notice supplies ({} when it has none); E015 when
    the sidecar is not a JSON object of readable fields."""
    found = sidecar_path(path)
    if found is None:
        return {}
    try:
        raw = json.loads(found.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PolicydbError("E015", f"sidecar {found} cannot be read as JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise PolicydbError("E015", f"sidecar {found} is not a JSON object")
    return check_fields(raw, f"sidecar {found}")


def is_sidecar(path: str | os.PathLike[str]) -> bool:
    return os.fspath(path).lower().endswith(SIDECAR_SUFFIX)
