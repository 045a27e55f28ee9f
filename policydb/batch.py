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

Metadata a scraper knows (URL, region, date …) comes from a manifest (`manifest=`, a
CSV or JSON Lines file naming each notice's path) and from sidecars (`NAME.meta.json`
beside a notice, which win over the manifest's row); see ingest/supplied.py. What is
supplied is part of the file's digest, so a changed manifest row re-parses its notice.
"""
from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import logging
import os
import signal
import sqlite3
import stat
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import sqlite_utils

from ingest.supplied import Manifest, Supplied, is_sidecar, read_manifest, read_sidecar
from policydb.api import process_path, to_record
from policydb.errors import CODES, PolicydbError
from policydb.options import TIME_LIMIT_S
from policydb.records import PIPELINE_VERSION, NoticeRecord
from store.rows import NoticeRows, notice_rows
from store.schema import DEFAULT_DB, open_db, write_fault
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

@dataclass(frozen=True)
class Limits:
    """What one file may cost: bytes (larger files are refused with E011; None: the
    ingest default) and seconds of parsing (E017; None or 0: no limit)."""

    max_bytes: int | None = None
    seconds: float | None = TIME_LIMIT_S


class _TooSlow(Exception):
    """Raised inside a file's parse when its time limit passes."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise _TooSlow in the block once `seconds` have passed (by SIGALRM, which also stops
    a long regular-expression search). Where signals cannot be set — not the main thread,
    no setitimer (Windows) — the block runs unlimited."""
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise _TooSlow

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

# A path → what `write_notice` takes (rows, or a record it turns into rows). A processor
# is called with `supplied=` (a dict of supplied metadata) when the path has any.
Processor = Callable[..., NoticeRows | NoticeRecord]
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


def process_file(path: str, max_bytes: int | None = None, supplied: Supplied | None = None) -> NoticeRows:
    """The default processor: the whole pipeline (ingest → normalize → extract) on one
    file, and the rows it will be stored as, so the writer only has to insert them.
    `supplied` was read by the batch (manifest row and sidecar): the file's sidecar is
    not read again."""
    options: dict[str, Any] = {"supplied": supplied or {}}
    if max_bytes is not None:
        options["max_bytes"] = max_bytes
    processed = process_path(path, **options)
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
            if is_sidecar(name):
                continue  # a notice's metadata, read with it
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


def _safe_process(processor: Processor, job: tuple[str, Supplied], seconds: float | None = None
                  ) -> tuple[str, Any, Any]:
    """Run the processor within the time limit, turning every failure into data that
    crosses a process boundary."""
    path, supplied = job
    try:
        with time_limit(seconds):
            return "ok", processor(path, supplied=supplied) if supplied else processor(path), None
    except _TooSlow:
        return "rejected", "E017", (f"{printable_path(path)} took more than {seconds:g} s to parse; "
                                    "ingest it alone with a larger --time-limit")
    except PolicydbError as exc:
        return "rejected", exc.code, exc.detail
    except Exception as exc:  # a bug in a stage must not stop a batch of thousands of files
        return "error", f"{type(exc).__name__}: {exc}", traceback.format_exc()


def _results(processor: Processor, jobs: list[tuple[str, Supplied]], workers: int, seconds: float | None
             ) -> Iterator[tuple[str, Any, Any]]:
    run = partial(_safe_process, processor, seconds=seconds)
    if workers <= 1 or len(jobs) <= 1:
        yield from map(run, jobs)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_watch_parent, initargs=(os.getpid(),)) as pool:
        # map keeps input order, so the database is written in the same order however
        # many workers parse.
        yield from pool.map(run, jobs, chunksize=1)


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
                 progress: Progress | None = None, limits: Limits = Limits(),
                 manifest: str | os.PathLike[str] | None = None) -> IngestSummary:
    """Ingest files, folders and globs into the store; returns what happened to each file.

    A file whose bytes, supplied metadata and pipeline version are those already stored
    for its path is not parsed again (`force` parses it anyway). `processor` turns a path
    into a record (default: the whole pipeline); it must be picklable when workers > 1.
    `limits` bounds each file's bytes and parsing time (`Limits`). `manifest` names a
    manifest file: the notices it lists are ingested too, with the metadata it supplies.
    """
    listed = read_manifest(manifest) if manifest is not None else None
    files, skipped = collect_paths(paths) if paths else ([], [])
    if listed is not None:
        # A notice whose row cannot be read is still named, so it is rejected, not forgotten.
        named = [*listed.entries, *(p.where for p in listed.problems if p.names_notice)]
        files = list(dict.fromkeys([*files, *(_display_path(p) for p in named)]))
    # A custom processor's records carry no pipeline version: its files are settled by bytes.
    pipeline_version = None
    if processor is None:
        processor = partial(process_file, max_bytes=limits.max_bytes) if limits.max_bytes is not None \
            else process_file
        pipeline_version = PIPELINE_VERSION
    owned = not isinstance(db_path, sqlite_utils.Database)
    db = open_db(db_path) if owned else db_path
    # Closed here, not left to the garbage collector: the last connection's close
    # checkpoints the WAL and removes the -wal and -shm files beside the store.
    with contextlib.closing(db.conn) if owned else contextlib.nullcontext():
        summary = IngestSummary(db_path=str(db_path) if owned else "<db>")
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
        group = GroupCommit(db.conn)
        try:
            run = _Run(db, names, listed, force, pipeline_version, processor, workers, limits)
            unlisted = _ingest_files(run, files, group, report)
        except (sqlite3.Error, OSError) as exc:
            fault = write_fault(summary.db_path, exc)
            if fault is None:
                raise
            # Every file the store did not take: the abandoned group's and those not reached.
            settled = {f.path for f in summary.files} - set(group.lost)
            lost = [names[p] for p in files if names[p] in group.lost or names[p] not in settled]
            raise _stopped(fault, summary, lost) from None
        # Settled files are reported as they are found; the summary lists files in input order.
        order = {names[path]: i for i, path in enumerate(files)}
        summary.files.sort(key=lambda f: order[f.path])
        summary.files.extend(unlisted)
        summary.files.extend(skipped)
        log.info("ingest into %s: %s", summary.db_path, summary.counts)
        return summary


@dataclass(frozen=True)
class _Run:
    """What one ingest run works with, besides its files."""

    db: sqlite_utils.Database
    names: dict[str, str]  # path → the printable name it is stored and shown by
    listed: Manifest | None
    force: bool
    pipeline_version: str | None
    processor: Processor
    workers: int
    limits: Limits


def _ingest_files(run: _Run, files: list[str], group: GroupCommit,
                  report: Callable[[FileOutcome], None]) -> list[FileOutcome]:
    """Settle, parse and store the files (in `group`'s commits), reporting each outcome;
    returns the rejections of manifest rows that name no file."""
    db, names = run.db, run.names
    supplied, unreadable = _supplied(files, run.listed)
    digests = {path: _input_digest(path, supplied.get(path)) for path in files}
    todo: list[str] = []
    for path in files:
        if path in unreadable:
            code, reason = unreadable[path]
            report(_rejected(db, names[path], code, reason, digests[path]))
            continue
        settled = None if run.force else _settled(db, names[path], digests[path], run.pipeline_version)
        if settled:
            report(settled)
        else:
            todo.append(path)

    # Rows of the manifest that name no notice (no path, not JSON) are rejections of their own.
    unlisted = [_rejected(db, printable_path(where), *unreadable[where], None)
                for where in sorted(unreadable.keys() - set(files))]
    jobs = [(path, supplied.get(path) or {}) for path in todo]
    with group:
        results = _results(run.processor, jobs, run.workers, run.limits.seconds)
        for path, (status, value, extra) in zip(todo, results, strict=True):
            name, digest = names[path], digests[path]
            group.before_write()
            if status == "ok":
                outcome = _store(db, value, name, digest, group.search_rows)
            elif status == "rejected":
                outcome = _rejected(db, name, value, extra, digest)
            else:
                log.warning("%s: internal error while processing: %s", name, value)
                log.debug("%s", extra)
                outcome = _rejected(db, name, INTERNAL_ERROR, f"internal error: {value}", digest)
            group.after_write(name)
            report(outcome)
    return unlisted


def _stopped(fault: PolicydbError, summary: IngestSummary, lost: list[str]) -> PolicydbError:
    """The error that stops a batch the store cannot take any more of, naming the files it
    did not store (a re-run parses exactly those)."""
    stored = [f.path for f in summary.files if f.outcome in ("ingested", "replaced", "duplicate")
              and f.path not in set(lost)]
    shown = ", ".join(lost[:_NAMED_AT_MOST]) + (f" and {len(lost) - _NAMED_AT_MOST} more"
                                                if len(lost) > _NAMED_AT_MOST else "")
    return PolicydbError(fault.code, f"{fault.detail}. Ingest stopped: {len(stored)} file(s) stored in this run "
                                     f"stay stored; {len(lost)} not stored: {shown}")


# Files an error names before it counts the rest.
_NAMED_AT_MOST = 10


def _supplied(files: list[str], listed: Manifest | None
              ) -> tuple[dict[str, Supplied], dict[str, tuple[str, str]]]:
    """Each file's supplied metadata (its manifest row, then its sidecar over it), and the
    files whose metadata cannot be read, with the code and reason to reject them by.
    A manifest row naming no file that exists is such a file too: it was meant to be
    ingested, and the user must hear that it was not."""
    rows = {_display_path(p): fields for p, fields in listed.entries.items()} if listed else {}
    supplied: dict[str, Supplied] = {}
    unreadable: dict[str, tuple[str, str]] = {}
    for problem in listed.problems if listed else []:
        where = _display_path(problem.where) if problem.names_notice else problem.where
        unreadable[where] = (problem.code, problem.reason)
    for path in files:
        if path in unreadable:
            continue
        if path in rows and not os.path.exists(path):
            unreadable[path] = ("E001", f"{path} is listed in manifest {listed.path} but does not exist")
            continue
        try:
            fields = {**rows.get(path, {}), **read_sidecar(path)}
        except PolicydbError as exc:
            unreadable[path] = (exc.code, exc.detail)
            continue
        if fields:
            supplied[path] = fields
    return supplied, unreadable


def _input_digest(path: str, supplied: Supplied | None) -> str | None:
    """The file's digest, with its supplied metadata folded in: a new URL or year for the
    same bytes is a change to parse again."""
    digest = file_digest(path)
    if digest is None or not supplied:
        return digest
    fields = json.dumps(supplied, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(f"{digest}\n{fields}".encode()).hexdigest()[:16]


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
    except (sqlite3.Error, OSError) as exc:
        if write_fault(path, exc) is not None:
            raise  # the store, not this notice: the batch stops (ingest_paths)
        log.warning("%s: could not be stored: %s", path, exc, exc_info=log.isEnabledFor(logging.DEBUG))
        return _rejected(db, path, INTERNAL_ERROR, f"could not be stored: {type(exc).__name__}: {exc}",
                         digest, forget=False)
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
