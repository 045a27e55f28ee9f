"""A distributed engine for ingest: the per-notice pipeline on a Dask cluster's workers,
the store's tables out as partitioned Parquet, one SQLite writer in.

    from policydb.batch import ingest_paths
    from policydb.engine import DaskEngine
    with DaskEngine(workers=2, parquet="out/parquet") as engine:   # a local cluster
        ingest_paths(["crawl/"], "store.sqlite", workers=engine)
    DaskEngine(address="tcp://scheduler:8786")                     # a real one (dask-scheduler)

The driver reads the inputs and settles what needs no parsing (unchanged files, records
that are no pages) against the store, as `ingest` does; the jobs left go to the cluster
in partitions of `PART_SIZE` (smaller at first), each parsed by one worker task (ingest
→ normalize → extract → rows: `policydb.batch.parse_job`, the pool's own function) and
written as one Parquet partition of every table (store/parquet.py). The driver loads partitions in
input order as they finish, while later ones are parsed, through the same writer as the
local pool: the store it makes is the same, and a re-run writes nothing twice. With
`parquet=` the folder is kept (`policydb load DIR --db FILE` merges it again, or into
another store); without, it is a temporary folder. Dask is the `cluster` extra, imported
only here (E008 when missing).

Dask, not Ray: on the benchmark's 2,000 notices with 2 local workers Dask reached the
built-in pool's rate and Ray fell short of it (`bench/engines.py`, figures in the README),
and Dask's install is 30 MB of pure Python where Ray's is 285 MB.
"""
from __future__ import annotations

import collections
import logging
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from policydb.batch import NOT_PARSED, Job, Limits, Processor, Run, outcome_result, parse_job
from policydb.errors import PolicydbError
from store.parquet import Outcome, read_part, write_part

# Jobs per partition: a task's overhead (scheduling, a Parquet file per table) is spread
# over this many notices. The first partitions are smaller, so the writer has notices to
# store while the cluster is still warming up.
PART_SIZE = 50
_FIRST_PART_SIZES = (10, 25)
# Partitions handed out ahead of the one being loaded, per worker.
_AHEAD_PER_WORKER = 3


def _dask():
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise PolicydbError("E008", "--engine dask needs Dask: pip install 'policydb[cluster]'") from None
    # Dask logs every worker's start and stop at INFO on its own handlers: ours decide (-v).
    logging.getLogger("distributed").setLevel(max(logging.WARNING, logging.getLogger("policydb").getEffectiveLevel()))
    return Client, LocalCluster


def parse_part(jobs: list[tuple[int, Job]], processor: Processor, limits: Limits, folder: str, part: int) -> int:
    """On a worker: parse a partition's jobs and write their outcomes as Parquet."""
    outcomes = []
    for order, job in jobs:
        status, value, extra = parse_job(processor, job, seconds=limits.seconds, max_bytes=limits.max_bytes)
        outcome = Outcome(order=order, name=job.name, status=status, digest=job.digest, fetched_at=job.fetched)
        if status == "ok":
            outcome.rows = value
        else:
            outcome.code, outcome.reason = value, extra
        outcomes.append(outcome)
    write_part(folder, part, outcomes)
    return len(outcomes)


class PartitionEngine:
    """Parse partitions of jobs somewhere else, through Parquet: what a cluster engine is,
    apart from how it submits a task (`_submit`, returning a handle with `result()` and
    `done()`) and how it stops (`_stop`). A context manager."""

    def __init__(self, workers: int, parquet: str | None) -> None:
        self.workers = workers
        self.kept = parquet is not None
        self.folder = parquet or tempfile.mkdtemp(prefix="policydb-parquet-")
        Path(self.folder).mkdir(parents=True, exist_ok=True)
        self._part = _next_part(self.folder)
        self._submitted = 0

    def _part_size(self) -> int:
        return _FIRST_PART_SIZES[self._submitted] if self._submitted < len(_FIRST_PART_SIZES) else PART_SIZE

    def _submit(self, *args: Any) -> Any:
        raise NotImplementedError

    def _stop(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> PartitionEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stop()
        if not self.kept:
            shutil.rmtree(self.folder, ignore_errors=True)

    def results(self, run: Run, jobs: Iterable[Job]) -> Iterator[tuple[Job, tuple[str, Any, Any]]]:
        """Each job with its result, in input order: jobs to parse go out in partitions,
        whose Parquet is read back as each finishes; the others pass straight through."""
        # Every job in input order with where its result will be: None (not parsed), or
        # (partition, order); a partition is numbered as it starts filling.
        queue: collections.deque[tuple[Job, tuple[int, int] | None]] = collections.deque()
        batch: list[tuple[int, Job]] = []
        pending: dict[int, Any] = {}  # partition → its future, until loaded
        loaded: dict[int, dict[int, Outcome]] = {}

        def submit() -> None:
            pending[self._part] = self._submit(list(batch), run.processor, run.limits, self.folder, self._part)
            self._part += 1
            self._submitted += 1
            batch.clear()

        def ready(keep: int) -> bool:
            if not queue:
                return False
            where = queue[0][1]
            if where is None:
                return True
            part = where[0]
            if part in loaded:
                return True
            # The partition still filling is not out yet; one out is waited for when too
            # many are, and taken at once when it is done.
            return part in pending and (len(pending) > keep or pending[part].done())

        def drain(keep: int) -> Iterator[tuple[Job, tuple[str, Any, Any]]]:
            while ready(keep):
                job, where = queue.popleft()
                if where is None:
                    yield job, NOT_PARSED
                    continue
                part, order = where
                if part not in loaded:
                    pending.pop(part).result()  # a worker's error surfaces here
                    loaded[part] = {o.order: o for o in read_part(self.folder, part)}
                outcome = loaded[part].pop(order)
                if not loaded[part]:
                    del loaded[part]
                yield job, outcome_result(outcome)

        for order, job in enumerate(jobs):
            if job.parses:
                queue.append((job, (self._part, order)))
                batch.append((order, job))
                if len(batch) >= self._part_size():
                    submit()
            else:
                queue.append((job, None))
            yield from drain(keep=self.workers * _AHEAD_PER_WORKER)
        if batch:
            submit()
        yield from drain(keep=0)


class DaskEngine(PartitionEngine):
    """Parse on a Dask cluster: a local one of `workers` processes, or the scheduler at
    `address`. A context manager: the local cluster stops on leaving it."""

    def __init__(self, workers: int = 2, *, address: str | None = None, parquet: str | None = None) -> None:
        client_type, cluster_type = _dask()
        self._cluster = None
        if address is None:
            # One thread per worker process: the pipeline is pure Python, so threads would
            # share one interpreter lock.
            self._cluster = cluster_type(n_workers=workers, threads_per_worker=1, processes=True,
                                         dashboard_address=":0", silence_logs=50)
            self.client = client_type(self._cluster)
        else:
            self.client = client_type(address)
            workers = max(1, len(self.client.scheduler_info()["workers"]))
        super().__init__(workers, parquet)

    def _submit(self, *args: Any) -> Any:
        return self.client.submit(parse_part, *args, pure=False)

    def _stop(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def _next_part(folder: str) -> int:
    """The first free partition number of a folder, so a kept folder gathers runs."""
    found = [int(p.stem.split("-")[1]) for p in (Path(folder) / "outcomes").glob("part-*.parquet")]
    return max(found, default=-1) + 1
