"""Benchmark: time and memory of each stage over the bundled corpus.

    make bench            # or: .venv/bin/python bench/bench.py [--repeat N]

Prints per-stage milliseconds per notice (median over repeats, after one warm-up run
that pays the one-off costs: OpenCC and pinyin tables, jieba's dictionary) and the
process's peak resident memory.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import store  # noqa: E402
from extract import run_extraction  # noqa: E402
from ingest import ingest_path  # noqa: E402
from normalize import normalize_notice  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("paths", nargs="*", type=Path, default=sorted((ROOT / "corpus").iterdir()))
    args = parser.parse_args()

    began = time.perf_counter()
    first = ingest_path(args.paths[0])
    run_extraction(normalize_notice(first).text)
    print(f"cold start (first notice, tables loaded): {1000 * (time.perf_counter() - began):.0f} ms")

    stages: dict[str, list[float]] = {"ingest": [], "normalize": [], "extract": []}
    sizes = 0
    for _ in range(args.repeat):
        for path in args.paths:
            t0 = time.perf_counter()
            ingested = ingest_path(path)
            t1 = time.perf_counter()
            normalized = normalize_notice(ingested)
            t2 = time.perf_counter()
            run_extraction(normalized.text, page_meta=ingested.page_meta, script=normalized.script)
            t3 = time.perf_counter()
            stages["ingest"].append(t1 - t0)
            stages["normalize"].append(t2 - t1)
            stages["extract"].append(t3 - t2)
            sizes += path.stat().st_size
    n = len(args.paths)
    print(f"{n} notices x {args.repeat} repeats, {sizes / args.repeat / 1024:.0f} KB per pass")
    for stage, times in stages.items():
        print(f"  {stage:9} median {1000 * statistics.median(times):6.1f} ms/notice   "
              f"max {1000 * max(times):6.1f} ms")
    total = sum(sum(t) for t in stages.values()) / args.repeat
    print(f"  all       {1000 * total / n:6.1f} ms/notice mean, {n / total:.1f} notices/s on one core")
    bench_store(args.paths)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak resident memory: {peak_kb / 1024:.0f} MB")


SCALE_COPIES = 20


def bench_store(paths: list[Path]) -> None:
    """Batch ingest into a fresh store, with one and two worker processes, then a re-run."""
    with tempfile.TemporaryDirectory() as tmp:
        for workers in (1, 2):
            db_path = Path(tmp) / f"bench-{workers}.sqlite"
            began = time.perf_counter()
            summary = store.ingest_paths(paths, db_path, workers=workers)
            took = time.perf_counter() - began
            print(f"store ingest, {workers} worker(s): {len(paths)} notices in {took:.2f} s "
                  f"({len(paths) / took:.1f} notices/s; {summary.counts})")
        began = time.perf_counter()
        summary = store.ingest_paths(paths, db_path, workers=1)
        took = time.perf_counter() - began
        print(f"re-ingest of unchanged files: {took:.2f} s ({summary.counts['unchanged']} unchanged)")

        # A batch of a few hundred notices: copies of the corpus, each made distinct by a
        # line at its end, so every one is parsed and written.
        batch = Path(tmp) / "batch"
        batch.mkdir()
        for i in range(SCALE_COPIES):
            for path in paths:
                data = path.read_bytes()
                middle = data.find("。".encode(), len(data) // 2)
                mark = f"（副本{i}）".encode()
                (batch / f"{i:03d}_{path.name}").write_bytes(data[:middle] + mark + data[middle:])
        began = time.perf_counter()
        summary = store.ingest_paths([batch], Path(tmp) / "batch.sqlite", workers=2)
        took = time.perf_counter() - began
        size = (Path(tmp) / "batch.sqlite").stat().st_size / 2**20
        print(f"batch of {len(summary.files)} files, 2 workers: {took:.1f} s "
              f"({len(summary.files) / took:.1f} files/s), database {size:.0f} MB; {summary.counts}")


if __name__ == "__main__":
    main()
