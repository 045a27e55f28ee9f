"""The batch runner: expand paths, run the pipeline on each file (optionally in worker
processes), write what it makes into the store.

    from policydb.batch import ingest_paths
    summary = ingest_paths(["corpus/"], "outputs/policydb.sqlite", workers=4)

It composes the stages (policydb.api) with the store, so it lives above both: the store
only stores. Parsing is the slow part and parallelises; SQLite wants one writer. So
workers only turn a path into rows (or a rejection) and the calling process writes each
notice whole, in input order, whatever the number of workers.

Files met while walking a folder are taken when they are notices by name (.txt, .htm,
.html, .shtml, or no extension) and are not hidden; other files there are skipped and
counted in the summary, not recorded as rejections (a folder of scrapes often holds
images, JSON exports and the like). A file named explicitly is always tried, so an
unsupported one is rejected with E007 and recorded.
"""
from __future__ import annotations

import glob
import hashlib
import logging
import os
import stat
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import sqlite_utils

from policydb.api import process_path, to_record
from policydb.errors import CODES, PolicydbError
from policydb.records import PIPELINE_VERSION, NoticeRecord
from store.rows import NoticeRows, notice_rows
from store.schema import DEFAULT_DB, open_db
from store.write import GroupCommit, SearchRows, record_rejection, rejection_of, source_of, write_notice

log = logging.getLogger(__name__)

NOTICE_SUFFIXES = frozenset({".txt", ".htm", ".html", ".shtml", ""})
# Rejections that the bytes alone decide (empty, binary, undecodable): the same bytes are
# not tried again. Others depend on the run (E011, the size limit) or on the pipeline
# (E006, what chrome rules leave; E999, a bug) and are retried.
SETTLED_CODES = frozenset({"E003", "E004", "E005"})
# How often a worker checks that the process it parses for is still alive.
PARENT_CHECK_S = 0.5
# The code stored for a file that failed for a reason that is a bug, not the file's fault.
INTERNAL_ERROR = "E999"

# A path → what `write_notice` takes (rows, or a record it turns into rows).
Processor = Callable[[str], NoticeRows | NoticeRecord]
Progress = Callable[[int, int, str, str], None]


@dataclass(frozen=True)
class FileOutcome:
    path: str
    outcome: str  # ingested | unchanged | replaced | duplicate | rejected | skipped
    code: str | None = None
    reason: str | None = None
    notice_id: str | None = None


@dataclass
class IngestSummary:
    db_path: str
    files: list[FileOutcome] = field(default_factory=list)

    def _with(self, outcome: str) -> list[FileOutcome]:
        return [f for f in self.files if f.outcome == outcome]

    # The files of each outcome: summary.ingested, summary.rejected, …
    ingested = property(lambda self: self._with("ingested"))
    unchanged = property(lambda self: self._with("unchanged"))
    replaced = property(lambda self: self._with("replaced"))
    duplicates = property(lambda self: self._with("duplicate"))
    rejected = property(lambda self: self._with("rejected"))
    skipped = property(lambda self: self._with("skipped"))

    @property
    def counts(self) -> dict[str, int]:
        names = ("ingested", "unchanged", "replaced", "duplicate", "rejected", "skipped")
        return {name: len(self._with(name)) for name in names}

    def to_dict(self) -> dict[str, Any]:
        return {"db": self.db_path, "counts": self.counts, "files": [asdict(f) for f in self.files]}


def process_file(path: str, max_bytes: int | None = None) -> NoticeRows:
    """The default processor: the whole pipeline (ingest → normalize → extract) on one
    file, and the rows it will be stored as, so the writer only has to insert them."""
    processed = process_path(path) if max_bytes is None else process_path(path, max_bytes=max_bytes)
    record = to_record(processed)
    record.source = printable_path(record.source)
    return notice_rows(record)


def collect_paths(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[str], list[FileOutcome]]:
    """Expand files, folders (recursively) and globs into the files to ingest, in a stable order.

    Returns (files, skipped). A path that exists nowhere — not as a file, a folder or a
    glob with matches — raises E001 before anything is written.
    """
    files: list[str] = []
    skipped: list[FileOutcome] = []
    for raw in paths:
        given = os.fspath(raw)
        if os.path.exists(given):
            matches = [given]
        elif glob.has_magic(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                raise PolicydbError("E001", f"{given} matches no file")
        else:
            raise PolicydbError("E001", f"{given} does not exist")
        for match in matches:
            if os.path.isdir(match):
                found, passed = _walk(match)
                files.extend(found)
                skipped.extend(passed)
            else:
                files.append(match)
    unique = list(dict.fromkeys(_display_path(f) for f in files))
    return unique, skipped


def _walk(folder: str) -> tuple[list[str], list[FileOutcome]]:
    files: list[str] = []
    skipped: list[FileOutcome] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            suffix = Path(name).suffix.lower()
            if suffix in NOTICE_SUFFIXES:
                files.append(path)
            else:
                skipped.append(FileOutcome(printable_path(_display_path(path)), "skipped",
                                           reason=f"'{suffix}' is not a notice type"))
    return files, skipped


def _display_path(path: str) -> str:
    """The path to read: relative to the working folder when inside it, else absolute."""
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute)
    return absolute if relative.startswith("..") else relative


def printable_path(path: str) -> str:
    """The path as stored and shown: a name that is not UTF-8 (a zip made on Chinese
    Windows holds GBK names) keeps its bytes as \\xNN, which SQLite and terminals take."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def file_digest(path: str) -> str | None:
    """A digest of a regular file's bytes, read in chunks; None for anything else (a
    pipe would block, a directory or a vanished file has no bytes): ingest says why."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()[:16]


def _safe_process(processor: Processor, path: str) -> tuple[str, Any, Any]:
    """Run the processor, turning every failure into data that crosses a process boundary."""
    try:
        return "ok", processor(path), None
    except PolicydbError as exc:
        return "rejected", exc.code, exc.detail
    except Exception as exc:  # a bug in a stage must not stop a batch of thousands of files
        return "error", f"{type(exc).__name__}: {exc}", traceback.format_exc()


def _results(processor: Processor, paths: list[str], workers: int) -> Iterator[tuple[str, Any, Any]]:
    job = partial(_safe_process, processor)
    if workers <= 1 or len(paths) <= 1:
        yield from map(job, paths)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_watch_parent, initargs=(os.getpid(),)) as pool:
        # map keeps input order, so the database is written in the same order however
        # many workers parse.
        yield from pool.map(job, paths, chunksize=1)


def _watch_parent(parent_pid: int) -> None:
    """In a worker: exit when the ingest process is gone. A parent killed with SIGKILL
    cannot stop its pool, and its workers would otherwise live on, parsing for nobody."""
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_CHECK_S)
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def ingest_paths(paths: Iterable[str | os.PathLike[str]], db_path: str | os.PathLike[str] | sqlite_utils.Database
                 = DEFAULT_DB, *, workers: int = 1, force: bool = False, processor: Processor | None = None,
                 pipeline_version: str | None = None, progress: Progress | None = None,
                 max_bytes: int | None = None) -> IngestSummary:
    """Ingest files, folders and globs into the store; returns what happened to each file.

    A file whose bytes and pipeline version are those already stored for its path is not
    parsed again (`force` parses it anyway). `processor` turns a path into a record
    (default: the whole pipeline, refusing files over `max_bytes`, default
    `ingest.MAX_BYTES`); it must be picklable when workers > 1.
    """
    files, skipped = collect_paths(paths)
    if processor is None:
        processor = partial(process_file, max_bytes=max_bytes) if max_bytes is not None else process_file
        pipeline_version = pipeline_version or PIPELINE_VERSION
    db = db_path if isinstance(db_path, sqlite_utils.Database) else open_db(db_path)
    summary = IngestSummary(db_path="<db>" if isinstance(db_path, sqlite_utils.Database) else str(db_path))
    total = len(files)
    done = 0

    def report(outcome: FileOutcome) -> None:
        nonlocal done
        summary.files.append(outcome)
        done += 1
        if progress:
            progress(done, total, outcome.path, outcome.outcome)

    # Files are read by the path the system gave; stored and shown by a printable name.
    names = {path: printable_path(path) for path in files}
    digests = {path: file_digest(path) for path in files}
    todo: list[str] = []
    for path in files:
        settled = None if force else _settled(db, names[path], digests[path], pipeline_version)
        if settled:
            report(settled)
        else:
            todo.append(path)

    with GroupCommit(db.conn) as group:
        for path, (status, value, extra) in zip(todo, _results(processor, todo, workers), strict=True):
            group.before_write()
            name, digest = names[path], digests[path]
            if status == "ok":
                report(_store(db, value, name, digest, group.search_rows))
            elif status == "rejected":
                report(_rejected(db, name, value, extra, digest))
            else:
                log.warning("%s: internal error while processing: %s", name, value)
                log.debug("%s", extra)
                report(_rejected(db, name, INTERNAL_ERROR, f"internal error: {value}", digest))
            group.after_write()
    # Settled files are reported as they are found; the summary lists files in input order.
    order = {names[path]: i for i, path in enumerate(files)}
    summary.files.sort(key=lambda f: order[f.path])
    summary.files.extend(skipped)
    log.info("ingest into %s: %s", summary.db_path, summary.counts)
    return summary


def _settled(db: sqlite_utils.Database, path: str, digest: str | None,
             pipeline_version: str | None) -> FileOutcome | None:
    """The outcome of a file that needs no work: same bytes, same pipeline, as last time."""
    if digest is None:
        return None
    row = source_of(db, path)
    if row and row[1] == digest and row[2] == pipeline_version:
        return FileOutcome(path, "unchanged", notice_id=row[0])
    row = rejection_of(db, path)
    if row and row[2] == digest and row[0] in SETTLED_CODES:
        return FileOutcome(path, "rejected", code=row[0], reason=row[1])
    return None


def _store(db: sqlite_utils.Database, record: NoticeRows | NoticeRecord, path: str, digest: str | None,
           search_rows: SearchRows) -> FileOutcome:
    try:
        result = write_notice(db, record, path=path, file_hash=digest, search_rows=search_rows)
    except Exception as exc:
        # The notice's transaction was rolled back; the batch goes on and the file is
        # listed with the error so it can be reported and retried.
        log.warning("%s: could not be stored: %s", path, exc, exc_info=log.isEnabledFor(logging.DEBUG))
        return _rejected(db, path, INTERNAL_ERROR, f"could not be stored: {type(exc).__name__}: {exc}",
                         digest, forget=False)
    return FileOutcome(path, result.outcome, notice_id=result.notice_id)


def _rejected(db: sqlite_utils.Database, path: str, code: str, reason: str, digest: str | None,
              *, forget: bool = True) -> FileOutcome:
    record_rejection(db, path, code, reason, digest, forget=forget)
    return FileOutcome(path, "rejected", code=code, reason=reason)


def describe_code(code: str) -> str:
    """The catalogue's words for a rejection code (E999: an internal error)."""
    return CODES.get(code, "internal error (a bug; rerun with -vv to see it)")
