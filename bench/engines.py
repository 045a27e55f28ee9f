"""Which distributed engine: Dask or Ray, each as a local cluster of 2 workers, beside the
built-in process pool, on the benchmark corpus (`make bench` runs the chosen one).

    .venv/bin/python bench/engines.py --notices 2000

Each path ingests the same folder into a fresh store, end to end (cluster start, parse,
Parquet, load); the fastest of `--passes` is reported, in notices per second. Ray is only
measured where it is installed (`pip install ray`): it is not a policydb dependency.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

# The repository, not this folder, whose bench.py would shadow the bench package (in the
# cluster's worker processes too, which import this module again).
_HERE = Path(__file__).resolve().parent
sys.path[:] = [str(_HERE.parent), *(p for p in sys.path if Path(p or ".").resolve() != _HERE)]

from bench.bench import corpus  # noqa: E402
from policydb.batch import ingest_paths  # noqa: E402
from policydb.engine import DaskEngine, PartitionEngine, parse_part  # noqa: E402


class RayEngine(PartitionEngine):
    """The same partitions through Ray tasks on a local Ray cluster, for the comparison."""

    def __init__(self, workers: int = 2, parquet: str | None = None) -> None:
        import ray

        self.ray = ray
        ray.init(num_cpus=workers, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
        self._task = ray.remote(num_cpus=1)(parse_part)
        super().__init__(workers, parquet)

    def _submit(self, *args):
        ref = self._task.remote(*args)
        ray = self.ray

        class Handle:
            def result(self):
                return ray.get(ref)

            def done(self):
                return bool(ray.wait([ref], timeout=0)[0])

        return Handle()

    def _stop(self) -> None:
        self.ray.shutdown()


def run(folder: Path, how: str, workers: int) -> tuple[float, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        began = time.perf_counter()
        if how == "pool":
            summary = ingest_paths([str(folder)], str(Path(tmp) / "s.sqlite"), workers=workers)
        else:
            with (DaskEngine(workers) if how == "dask" else RayEngine(workers)) as engine:
                summary = ingest_paths([str(folder)], str(Path(tmp) / "s.sqlite"), workers=engine)
        return time.perf_counter() - began, summary.counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notices", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args()
    folder = corpus(args.notices, 0)
    hows = ["pool", "dask"]
    try:
        import ray  # noqa: F401

        hows.append("ray")
    except ImportError:
        print("ray is not installed: measured pool and dask only")
    rates = {}
    for how in hows:
        runs = [run(folder, how, args.workers) for _ in range(args.passes)]
        took, counts = min(runs, key=lambda r: r[0])
        rates[how] = args.notices / took
        print(f"  {how:5} {rates[how]:6.1f} notices/s ({took:.1f} s, fastest of "
              + ", ".join(f"{t:.1f}" for t, _ in runs) + f" s; {counts['ingested']} ingested)")
    for how in hows[1:]:
        print(f"  {how} / pool: {rates[how] / rates['pool']:.0%}  (target >= 80%)")


if __name__ == "__main__":
    main()
