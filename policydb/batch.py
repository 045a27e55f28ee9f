"""The batch runner: expand paths, run the pipeline on each file (optionally in worker
processes), write what it makes into the store.

    from policydb.batch import ingest_paths
    summary = ingest_paths(["corpus/"], "outputs/policydb.sqlite", workers=4)

It composes the stages (policydb.api) with the store, so it lives above both: the store
only stores. Parsing is the slow part and parallelises; SQLite wants one writer. So
workers only turn a path into rows (or a rejection) and the calling process writes each
notice whole, in input order, whatever the number of workers.

Crawl output is read record by record (ingest/crawl.py): a WARC file's pages and a
JSON Lines feed's items are notices named FILE#OFFSET and FILE#LINE, with their URLs and
fetch times kept with their sources; a record that is not a page is skipped with its
reason, one that cannot be read is rejected (E021), and a page with no notice in it (no
Chinese, an index or list page) is skipped and recorded (E022).

Files met while walking a folder are taken when they are notices by name (.txt, .htm,
.html, .shtml, or no extension) or WARC files, and are not hidden; other files there
(a JSON Lines feed too: name it to ingest it) are skipped and
counted in the summary, not recorded as rejections (a folder of scrapes often holds
images, JSON exports and the like). A file named explicitly is always tried, so an
unsupported one is rejected with E007 and recorded.

Metadata a scraper knows (URL, region, date …) comes from a manifest (`manifest=`, a
CSV or JSON Lines file naming each notice's path) and from sidecars (`NAME.meta.json`
beside a notice, which win over the manifest's row); see ingest/supplied.py. What is
supplied is part of the file's digest, so a changed manifest row re-parses its notice.
"""
from __future__ import annotations

import collections
import contextlib
import ctypes
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
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Protocol

import sqlite_utils

from ingest import ingest_bytes
from ingest.crawl import WARC_SUFFIXES, CrawlRecord, is_crawl_file, read_crawl
from ingest.supplied import Manifest, Supplied, is_sidecar, read_manifest, read_sidecar
from policydb.api import process_ingested, process_path, to_record
from policydb.errors import CODES, PolicydbError
from policydb.han import han_count
from policydb.options import TIME_LIMIT_S
from policydb.records import PIPELINE_VERSION, NoticeRecord
from store.parquet import Outcome
from store.rows import NoticeRows, notice_rows
from store.schema import DEFAULT_DB, open_db, write_fault
from store.write import GroupCommit, SearchRows, record_rejection, rejection_of, source_of, write_notice

log = logging.getLogger(__name__)

NOTICE_SUFFIXES = frozenset({".txt", ".htm", ".html", ".shtml", ""})
# Rejections that the bytes alone decide (empty, binary, undecodable): the same bytes are
# not tried again. Others depend on the run (E011, the size limit) or on the pipeline
# (E006, what chrome rules leave; E999, a bug) and are retried.
SETTLED_CODES = frozenset({"E003", "E004", "E005", "E022"})
# A crawl record that is no notice page (no Chinese; an index or list page): skipped, and
# recorded so a re-run does not parse it again (`--force` does).
NOT_A_NOTICE_PAGE = "E022"
# A crawl record with fewer Han characters than this in its text is no Chinese notice.
MIN_HAN = 20
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
    """Raise _TooSlow in the block once `seconds` have passed: by SIGALRM in the main
    thread (which also stops a long regular-expression search), by an exception set on
    the thread elsewhere (a Dask worker runs tasks in threads), which lands at the block's
    next Python step. Without setitimer (Windows) the main thread runs unlimited."""
    if not seconds:
        yield
        return
    if threading.current_thread() is not threading.main_thread():
        with _thread_time_limit(seconds):
            yield
        return
    if not hasattr(signal, "setitimer"):
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


@contextmanager
def _thread_time_limit(seconds: float) -> Iterator[None]:
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def expire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(_TooSlow))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            timer.cancel()
            if state["fired"]:
                # Set just as the block ended and not yet raised: it must not land later.
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)


# A path → what `write_notice` takes (rows, or a record it turns into rows). A processor
# is called with `supplied=` (a dict of supplied metadata) when the path has any.
Processor = Callable[..., NoticeRows | NoticeRecord]
Progress = Callable[[int, int | None, str, str], None]


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


def process_record(record: CrawlRecord, max_bytes: int | None = None) -> NoticeRows:
    """The record processor: the whole pipeline on one crawl record's page, its URL and a
    feed's fields supplied. A page with no Chinese text, or none left after its chrome (an
    index or list page), is E022."""
    if max_bytes is not None and len(record.data or b"") > max_bytes:
        raise PolicydbError("E011", f"{record.name}: the page is {len(record.data) / 2**20:.1f} MB, over the "
                                    f"{max_bytes / 2**20:.1f} MB limit (--max-size)")
    try:
        ingested = ingest_bytes(record.data or b"", source=record.name, html=record.html, charset=record.charset)
    except PolicydbError as exc:
        if exc.code == "E006":
            raise PolicydbError(NOT_A_NOTICE_PAGE, f"{record.name}: no article text (an index or list page, or "
                                                   "only the site's furniture)") from None
        raise
    if han_count(ingested.text) < MIN_HAN:
        raise PolicydbError(NOT_A_NOTICE_PAGE, f"{record.name}: no Chinese text")
    record_ = to_record(process_ingested(ingested, record.supplied))
    return notice_rows(record_)


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
            if suffix in NOTICE_SUFFIXES or name.lower().endswith(WARC_SUFFIXES):
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


def parse_job(processor: Processor, job: Job, seconds: float | None = None,
              max_bytes: int | None = None) -> tuple[str, Any, Any]:
    """Run the processor (a crawl record: the record processor) within the time limit,
    turning every failure into data that crosses a process boundary."""
    try:
        with time_limit(seconds):
            if job.record is not None:
                return "ok", process_record(job.record, max_bytes), None
            return "ok", processor(job.path, supplied=job.supplied) if job.supplied else processor(job.path), None
    except _TooSlow:
        return "rejected", "E017", (f"{job.name} took more than {seconds:g} s to parse; "
                                    "ingest it alone with a larger --time-limit")
    except PolicydbError as exc:
        return "rejected", exc.code, exc.detail
    except Exception as exc:  # a bug in a stage must not stop a batch of thousands of files
        return "error", f"{type(exc).__name__}: {exc}", traceback.format_exc()


# Jobs handed to the pool ahead of the one being written: enough to keep every worker
# busy, few enough that a crawl file's records are not all held in memory at once.
_AHEAD_PER_WORKER = 8
# The result paired with a job that is not parsed (settled, or rejected or skipped as read).
NOT_PARSED = ("", None, None)


def _results(run: Run, jobs: Iterable[Job]) -> Iterator[tuple[Job, tuple[str, Any, Any]]]:
    """Each job with its result, in input order; jobs that need no parsing pass straight through."""
    parse = partial(parse_job, run.processor, seconds=run.limits.seconds, max_bytes=run.limits.max_bytes)
    if run.workers <= 1:
        for job in jobs:
            yield job, parse(job) if job.parses else NOT_PARSED
        return
    with ProcessPoolExecutor(max_workers=run.workers, initializer=_watch_parent, initargs=(os.getpid(),)) as pool:
        # A window of futures in input order, so the store is written in the same order
        # however many workers parse.
        window: collections.deque[tuple[Job, Future | None]] = collections.deque()
        for job in jobs:
            window.append((job, pool.submit(parse, job) if job.parses else None))
            while len(window) > run.workers * _AHEAD_PER_WORKER or (window and window[0][1] is None):
                done, future = window.popleft()
                yield done, future.result() if future is not None else NOT_PARSED
        for done, future in window:
            yield done, future.result() if future is not None else NOT_PARSED


def _watch_parent(parent_pid: int) -> None:
    """In a worker: exit when the ingest process is gone. A parent killed with SIGKILL
    cannot stop its pool, and its workers would otherwise live on, parsing for nobody."""
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_CHECK_S)
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def ingest_paths(paths: Iterable[str | os.PathLike[str]], db_path: str | os.PathLike[str] | sqlite_utils.Database
                 = DEFAULT_DB, *, workers: int | Engine = 1, force: bool = False, processor: Processor | None = None,
                 progress: Progress | None = None, limits: Limits = Limits(),
                 manifest: str | os.PathLike[str] | None = None) -> IngestSummary:
    """Ingest files, folders and globs into the store; returns what happened to each file.

    A file whose bytes, supplied metadata and pipeline version are those already stored
    for its path is not parsed again (`force` parses it anyway). `processor` turns a path
    into a record (default: the whole pipeline); it must be picklable when workers > 1.
    `limits` bounds each file's bytes and parsing time (`Limits`). `manifest` names a
    manifest file: the notices it lists are ingested too, with the metadata it supplies.
    `workers` is how many local processes parse, or an `Engine` that parses elsewhere
    (policydb.engine.DaskEngine: a Dask cluster's workers, through Parquet).
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
    # Files are read by the path the system gave; stored and shown by a printable name.
    names = {path: printable_path(path) for path in files}
    # A crawl file holds an unknown number of records: then the total is not known.
    total = None if any(is_crawl_file(path) for path in files) else len(files)

    def ingest(db: sqlite_utils.Database, group: GroupCommit, report: Callable[[FileOutcome], None]) -> None:
        engine = None if isinstance(workers, int) else workers
        run = Run(db, names, listed, force, pipeline_version, processor, 1 if engine else workers, limits)
        jobs = _jobs(run, files)
        _write(run, engine.results(run, jobs) if engine is not None else _results(run, jobs), group, report)

    summary = _into_store(db_path, ingest, progress, total, [names[p] for p in files])
    # Outcomes come in input order (a crawl file's records in its place), then the files
    # a folder walk passed over.
    summary.files.extend(skipped)
    log.info("ingest into %s: %s", summary.db_path, summary.counts)
    return summary


def load_parquet(folder: str | os.PathLike[str], db_path: str | os.PathLike[str] | sqlite_utils.Database
                 = DEFAULT_DB, *, progress: Progress | None = None) -> IngestSummary:
    """Merge a folder of the store's tables as Parquet (written by `ingest --engine`, or a
    cluster's workers) into the store: in input order, each notice whole, and a notice the
    store already holds from the same bytes is not written again."""
    from store.parquet import read_parts

    def load(db: sqlite_utils.Database, group: GroupCommit, report: Callable[[FileOutcome], None]) -> None:
        run = Run(db, {}, None, False, PIPELINE_VERSION, process_file, 1, Limits())
        _write(run, _loaded(run, read_parts(folder)), group, report)

    summary = _into_store(db_path, load, progress, None, None)
    log.info("load of %s into %s: %s", folder, summary.db_path, summary.counts)
    return summary


def _into_store(db_path: str | os.PathLike[str] | sqlite_utils.Database,
                body: Callable[[sqlite_utils.Database, GroupCommit, Callable[[FileOutcome], None]], None],
                progress: Progress | None, total: int | None, expected: list[str] | None) -> IngestSummary:
    """Open the store, run `body` with a commit group and an outcome reporter, and turn a
    fault of the store's surroundings into the error naming what was not stored."""
    owned = not isinstance(db_path, sqlite_utils.Database)
    db = open_db(db_path) if owned else db_path
    # Closed here, not left to the garbage collector: the last connection's close
    # checkpoints the WAL and removes the -wal and -shm files beside the store.
    with contextlib.closing(db.conn) if owned else contextlib.nullcontext():
        summary = IngestSummary(db_path=str(db_path) if owned else "<db>")

        def report(outcome: FileOutcome) -> None:
            summary.files.append(outcome)
            if progress:
                progress(len(summary.files), total, outcome.path, outcome.outcome)

        group = GroupCommit(db.conn)
        try:
            body(db, group, report)
        except (sqlite3.Error, OSError) as exc:
            fault = write_fault(summary.db_path, exc)
            if fault is None:
                raise
            # Every input the store did not take: the abandoned group's and those not reached.
            settled = {f.path for f in summary.files} - set(group.lost)
            lost = [name for name in expected if name in group.lost or name not in settled] if expected is not None \
                else [*group.lost, "every input after them"]
            raise _stopped(fault, summary, lost) from None
        return summary


class Engine(Protocol):
    """Where jobs are parsed, when not in a local pool: each job with its result, in input
    order (policydb.engine.DaskEngine)."""

    def results(self, run: Run, jobs: Iterable[Job]) -> Iterator[tuple[Job, tuple[str, Any, Any]]]: ...


@dataclass(frozen=True)
class Run:
    """What one ingest run works with, besides its files."""

    db: sqlite_utils.Database
    names: dict[str, str]  # path → the printable name it is stored and shown by
    listed: Manifest | None
    force: bool
    pipeline_version: str | None
    processor: Processor
    workers: int
    limits: Limits


@dataclass(frozen=True)
class Job:
    """One notice to settle, parse or reject, in input order: a file, or a record of a
    crawl file. Jobs that need no parsing carry what to do instead."""

    name: str  # as stored and shown
    path: str | None = None  # the file to parse (None for a crawl record)
    supplied: Supplied = field(default_factory=dict)
    digest: str | None = None
    record: CrawlRecord | None = None  # the crawl record to parse
    fetched: str | None = None  # when a crawler fetched it
    settled: FileOutcome | None = None  # nothing to do: unchanged, or rejected as before
    reject: tuple[str, str] | None = None  # (code, reason) to record without parsing
    skip: str | None = None  # not a page: counted, not parsed

    @property
    def parses(self) -> bool:
        return self.settled is None and self.reject is None and self.skip is None


def _jobs(run: Run, files: list[str]) -> Iterator[Job]:
    """The jobs of the files in order, a crawl file's records in its place; what needs no
    parsing is settled here, as it comes."""
    notice_files = [path for path in files if not is_crawl_file(path)]
    supplied, unreadable = _supplied(notice_files, run.listed)
    for path in files:
        name = run.names[path]
        if is_crawl_file(path):
            yield from _record_jobs(run, path)
            continue
        digest = _input_digest(path, supplied.get(path))
        if path in unreadable:
            yield Job(name, digest=digest, reject=unreadable[path])
            continue
        settled = None if run.force else _settled(run.db, name, digest, run.pipeline_version)
        yield Job(name, path, supplied.get(path) or {}, digest, settled=settled)
    # Rows of the manifest that name no notice (no path, not JSON) are rejections of their own.
    for where in sorted(unreadable.keys() - set(files)):
        yield Job(printable_path(where), reject=unreadable[where])


def _record_jobs(run: Run, path: str) -> Iterator[Job]:
    """The jobs of a crawl file's records (ingest/crawl.py)."""
    try:
        for record in read_crawl(path):
            name = printable_path(record.name)
            if record.error:
                yield Job(name, reject=(record.error_code, record.error))
            elif record.skip:
                yield Job(name, skip=record.skip)
            else:
                digest = _record_digest(record)
                settled = None if run.force else _settled(run.db, name, digest, run.pipeline_version)
                yield Job(name, supplied=record.supplied, digest=digest, record=record, fetched=record.fetched,
                           settled=settled)
    except OSError as exc:
        yield Job(run.names[path], reject=("E009", f"{run.names[path]} could not be read: {exc.strerror}"))


def _loaded(run: Run, outcomes: Iterable[Outcome]) -> Iterator[tuple[Job, tuple[str, Any, Any]]]:
    """Outcomes read back from Parquet as the writer takes a parse's results; those the
    store holds already from the same bytes are settled."""
    for outcome in outcomes:
        settled = _settled(run.db, outcome.name, outcome.digest, run.pipeline_version) if outcome.digest else None
        job = Job(outcome.name, digest=outcome.digest, fetched=outcome.fetched_at, settled=settled)
        yield job, outcome_result(outcome)


def outcome_result(outcome: Outcome) -> tuple[str, Any, Any]:
    """A parse's result as a worker returns it (`parse_job`), from its outcome in Parquet."""
    return (outcome.status, outcome.rows, None) if outcome.status == "ok" else \
        (outcome.status, outcome.code, outcome.reason)


def _record_digest(record: CrawlRecord) -> str:
    head = json.dumps([record.url, record.supplied], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(head.encode() + b"\n" + (record.data or b"")).hexdigest()[:16]


def _write(run: Run, pairs: Iterable[tuple[Job, tuple[str, Any, Any]]], group: GroupCommit,
           report: Callable[[FileOutcome], None]) -> None:
    """Store each job's result in input order (in `group`'s commits), reporting each outcome."""
    db = run.db
    with group:
        for job, (status, value, extra) in pairs:
            if job.settled is not None:
                report(job.settled)
                continue
            group.before_write()
            if job.skip is not None:
                outcome = FileOutcome(job.name, "skipped", reason=job.skip)
            elif job.reject is not None:
                outcome = _rejected(db, job.name, *job.reject, job.digest)
            elif status == "ok":
                outcome = _store(db, value, job.name, job.digest, group.search_rows, job.fetched)
            elif status == "rejected":
                outcome = _rejected(db, job.name, value, extra, job.digest)
                if value == NOT_A_NOTICE_PAGE:  # a crawl's list page: counted as a skip
                    outcome = FileOutcome(job.name, "skipped", code=value, reason=extra)
            else:
                log.warning("%s: internal error while processing: %s", job.name, value)
                log.debug("%s", extra)
                outcome = _rejected(db, job.name, INTERNAL_ERROR, f"internal error: {value}", job.digest)
            group.after_write(job.name)
            report(outcome)


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
        return FileOutcome(path, "skipped" if row[0] == NOT_A_NOTICE_PAGE else "rejected", code=row[0], reason=row[1])
    return None


def _store(db: sqlite_utils.Database, record: NoticeRows | NoticeRecord, path: str, digest: str | None,
           search_rows: SearchRows, fetched: str | None = None) -> FileOutcome:
    try:
        result = write_notice(db, record, path=path, file_hash=digest, search_rows=search_rows, fetched_at=fetched)
    except Exception as exc:
        if write_fault(path, exc) is not None:
            raise  # the store, not this notice: the batch stops (ingest_paths)
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
