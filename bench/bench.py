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
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak resident memory: {peak_kb / 1024:.0f} MB")


if __name__ == "__main__":
    main()
