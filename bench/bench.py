"""Benchmark: throughput against the physical floor, time per stage, cold start, memory
and query latency, on a seeded synthetic corpus (bench/generate.py).

    make bench                                     # the full run, about 15 minutes
    .venv/bin/python bench/bench.py --notices 500 --memory-notices 1000 --query-notices 10000   # a quick one

The floor is what any pipeline that segments Chinese must pay: OpenCC t2s and
`jieba.lcut` over the same notice texts, warm, in one process. Corpora and the large
query store are cached in outputs/bench/ (keyed by their sizes and seed), so a second
run only measures.
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402

import store  # noqa: E402
from extract import run_extraction  # noqa: E402
from ingest import ingest_path  # noqa: E402
from normalize import normalize_notice  # noqa: E402
from policydb.api import ProcessedNotice, to_record  # noqa: E402
from policydb.records import PIPELINE_VERSION  # noqa: E402
from store.rows import notice_rows  # noqa: E402
from store.schema import SCHEMA_VERSION  # noqa: E402
from store.write import GroupCommit  # noqa: E402

CACHE = ROOT / "outputs" / "bench"
POLICYDB = Path(sys.executable).parent / "policydb"
clock = time.perf_counter


def _generator_version() -> str:
    """A digest of the generator and its data: a changed generator makes new corpora."""
    digest = hashlib.sha256()
    for path in sorted([ROOT / "bench" / "generate.py", *(ROOT / "bench" / "data").glob("*")]):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


def corpus(n: int, seed: int) -> Path:
    """The generated corpus of n notices, written once into the cache."""
    folder = CACHE / f"corpus-{_generator_version()}-s{seed}-n{n}"
    stamp = folder / ".complete"
    if not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        began = clock()
        stats = generate.write_corpus(n, folder, seed)
        stamp.write_text(str(stats))
        print(f"  generated {n} notices in {clock() - began:.0f} s")
    return folder


def notice_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if not p.name.startswith("."))


# --- single process: the floor and each stage ------------------------------------------

def floor_seconds(texts: list[str]) -> float:
    """OpenCC t2s + jieba.lcut over the texts, warm: the least a segmenting pipeline pays."""
    import jieba
    import opencc

    jieba.setLogLevel(60)
    jieba.initialize()
    t2s = opencc.OpenCC("t2s")
    jieba.lcut(t2s.convert(texts[0]))
    began = clock()
    for text in texts:
        jieba.lcut(t2s.convert(text))
    return clock() - began


def stage_seconds(paths: list[Path]) -> tuple[dict[str, float], list[str]]:
    """Seconds per stage over all paths (warm), and the notice texts for the floor."""
    totals: dict[str, float] = {}
    texts: list[str] = []

    def add(name: str, seconds: float) -> None:
        totals[name] = totals.get(name, 0.0) + seconds

    with tempfile.TemporaryDirectory() as tmp:
        db = store.open_db(Path(tmp) / "stages.sqlite")
        group = GroupCommit(db.conn)  # as `ingest` writes: notices committed in groups
        for path in paths[:20]:  # warm-up: tables, dictionaries, caches of first use
            ingested = ingest_path(path)
            normalize_notice(ingested)
        for path in paths:
            t0 = clock()
            ingested = ingest_path(path)
            t1 = clock()
            normalized = normalize_notice(ingested)
            t2 = clock()
            doc = run_extraction(normalized.text, page_meta=normalized.page_meta, script=normalized.script)
            t3 = clock()
            rows = notice_rows(to_record(ProcessedNotice(ingested, normalized, doc)))
            t4 = clock()
            group.before_write()
            store.write_notice(db, rows, path=str(path), search_rows=group.search_rows)
            group.after_write()
            t5 = clock()
            add("ingest", t1 - t0)
            add("normalize", t2 - t1)
            for name, seconds in doc.timings.items():
                add(f"extract.{name}", seconds)
            add("extract (with contract checks)", t3 - t2)
            add("rows (canonical names, search tokens)", t4 - t3)
            add("store write", t5 - t4)
            texts.append(normalized.text)
        group.__exit__()
        db.conn.close()
    return totals, texts


# --- end to end: the CLI in a fresh process ---------------------------------------------

def ingest_run(folder: Path, db_path: Path, workers: int) -> tuple[float, dict]:
    db_path.unlink(missing_ok=True)
    began = clock()
    result = subprocess.run([str(POLICYDB), "ingest", str(folder), "--db", str(db_path), "--workers", str(workers),
                             "--format", "json"], capture_output=True, text=True)
    took = clock() - began
    if result.returncode not in (0, 1):
        raise SystemExit(f"ingest failed ({result.returncode}): {result.stderr[-2000:]}")
    return took, json.loads(result.stdout)["counts"]


def cold_start(args: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = clock()
        subprocess.run([str(POLICYDB), *args], capture_output=True, check=True)
        times.append(clock() - began)
    return statistics.median(times)


# --- memory: resident set of the ingest process and its workers ------------------------

def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(c) for c in (task / "children").read_text().split()]
    return found


def memory_run(folder: Path, db_path: Path, workers: int, total: int) -> list[tuple[int, int, int]]:
    """Ingest while sampling RSS: (notices stored, whole tree MB, largest process MB) samples."""
    db_path.unlink(missing_ok=True)
    process = subprocess.Popen([str(POLICYDB), "ingest", str(folder), "--db", str(db_path), "--workers",
                                str(workers), "--format", "json"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    samples = []
    while process.poll() is None:
        pids = [process.pid, *_children(process.pid)]
        sizes = [_rss_kb(pid) for pid in pids]
        samples.append((_stored(db_path), sum(sizes) // 1024, max(sizes) // 1024))
        time.sleep(0.25)
    if process.returncode not in (0, 1):
        raise SystemExit(f"ingest failed: {process.stderr.read().decode()[-2000:]}")
    return samples


def _stored(db_path: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM sources").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


# --- queries on a large store -----------------------------------------------------------

# Tables copied per clone, with the id columns that must move with it: (table, id column,
# {column: table whose id offset it takes}).
_CLONED = [
    ("goals", "id", {}),
    ("assignments", "id", {}),
    ("assignment_units", "id", {"assignment_id": "assignments"}),
    ("deadlines", "id", {}),
    ("search_docs", "id", {}),
]


def query_store(base_db: Path, target: int) -> Path:
    """A store of `target` notices: the base store's notices cloned under new regions.

    Clone c of a notice keeps its text, year and facts; its region gets c inside its
    name (万载县 → 万载7县), so a region holds as many notices as in the base store and
    the store as a whole as many as a large collection would.
    """
    path = CACHE / f"query-{target}-from-{base_db.stem}-v{SCHEMA_VERSION}-p{PIPELINE_VERSION}.sqlite"
    if path.exists():
        return path
    began = clock()
    tmp = path.with_suffix(".partial")
    tmp.unlink(missing_ok=True)
    store.open_db(tmp).conn.close()
    conn = sqlite3.connect(tmp, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("ATTACH ? AS base", [str(base_db)])
    base_count = conn.execute("SELECT count(*) FROM base.notices").fetchone()[0]
    copies = -(-target // base_count)
    offsets = {t: conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM base.{t}").fetchone()[0] for t, _, _ in _CLONED}
    conn.execute("BEGIN")
    for table in ("units", "indicators"):
        conn.execute(f"INSERT INTO {table} SELECT * FROM base.{table}")
    notice_cols = [r[1] for r in conn.execute("PRAGMA base.table_info(notices)")]
    notice_offset = conn.execute("SELECT coalesce(max(search_id), 0) + 1 FROM base.notices").fetchone()[0]
    for c in range(copies):
        limit = min(base_count, target - c * base_count)
        suffix = f"'-{c:03d}'"
        region = "region" if c == 0 else f"substr(region, 1, length(region) - 1) || '{c}' || substr(region, -1)"
        picked = "(SELECT id FROM base.notices ORDER BY id LIMIT ?)"
        cols = {col: col for col in notice_cols}
        cols.update(id=f"id || {suffix}", region=region, raw_text="NULL",
                    search_id=f"search_id + {c * notice_offset}")
        conn.execute(f"INSERT INTO notices ({', '.join(cols)}) SELECT {', '.join(cols.values())} "
                     f"FROM base.notices WHERE id IN {picked}", [limit])
        conn.execute(f"INSERT INTO sources (path, notice_id, url, file_hash, pipeline_version, ingested_at) "
                     f"SELECT path || {suffix}, notice_id || {suffix}, url, file_hash, pipeline_version, ingested_at "
                     f"FROM base.sources WHERE notice_id IN {picked}", [limit])
        for table, key, refs in _CLONED:
            cols = [r[1] for r in conn.execute(f"PRAGMA base.table_info({table})")]
            values = []
            for col in cols:
                if col == key:
                    values.append(f"{col} + {c * offsets[table]}")
                elif col in refs:
                    values.append(f"{col} + {c * offsets[refs[col]]}")
                elif col == "notice_id":
                    values.append(f"notice_id || {suffix}")
                elif col == "search_id":  # a goal's or task's full-text entry
                    values.append(f"search_id + {c * offsets['search_docs']}")
                elif table == "search_docs" and col == "ref_id":
                    values.append(f"ref_id + {c} * (CASE kind WHEN 'goal' THEN {offsets['goals']} "
                                  f"ELSE {offsets['assignments']} END)")
                elif table == "search_docs" and col == "region":
                    values.append(region)
                else:
                    values.append(col)
            conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(values)} FROM base.{table} "
                         f"WHERE notice_id IN {picked}", [limit])
        conn.execute(f"INSERT INTO search_fts (rowid, tokens) SELECT f.rowid + {c * offsets['search_docs']}, f.tokens "
                     f"FROM base.search_fts f JOIN base.search_docs d ON d.id = f.rowid WHERE d.notice_id IN {picked}",
                     [limit])
    conn.execute("COMMIT")
    conn.execute("DETACH base")
    conn.close()
    tmp.rename(path)
    print(f"  built a store of {target} notices in {clock() - began:.0f} s ({path.stat().st_size / 2**30:.1f} GB)")
    return path


def engine_and_load(folder: Path, tmp: Path, n: int, pool_seconds: float, passes: int) -> None:
    """`ingest --engine dask` on a local cluster of 2 workers beside the pool's 2 workers,
    then `policydb load` of the Parquet it kept into a fresh store."""
    runs = []
    for i in range(passes):
        for leftover in (tmp / f"engine-{i}.sqlite", tmp / f"parquet-{i}"):
            shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else leftover.unlink(missing_ok=True)
        began = clock()
        subprocess.run([str(POLICYDB), "ingest", str(folder), "--db", str(tmp / f"engine-{i}.sqlite"), "--engine",
                        "dask", "--workers", "2", "--parquet", str(tmp / f"parquet-{i}"), "--json"],
                       capture_output=True, check=True)
        runs.append(clock() - began)
    took = min(runs)
    print(f"  --engine dask, a local cluster of 2 workers: {n / took:6.1f} notices/s ({took:.1f} s, fastest of "
          + ", ".join(f"{t:.1f}" for t in runs) + f" s; cluster start included): {pool_seconds / took:.0%} of the "
          "pool's 2 workers (target >= 80%)")
    parquet = tmp / "parquet-0"
    size = sum(p.stat().st_size for p in parquet.rglob("*.parquet"))
    began = clock()
    subprocess.run([str(POLICYDB), "load", str(parquet), "--db", str(tmp / "loaded.sqlite"), "--json"],
                   capture_output=True, check=True)
    took = clock() - began
    store_size = (tmp / "loaded.sqlite").stat().st_size
    print(f"  policydb load of that Parquet ({size / 1e6:.1f} MB) into a fresh store: {n / took:6.1f} notices/s "
          f"({took:.1f} s; store {store_size / 1e6:.1f} MB)")


def latencies(call: Callable[[], object], repeat: int = 1) -> float:
    began = clock()
    for _ in range(repeat):
        call()
    return (clock() - began) / repeat


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def query_latency(db_path: Path, queries: int, seed: int) -> dict[str, list[float]]:
    """p50/p95 inputs: seconds per `lead`, `tasks` and `diff` call on the store, the
    arguments drawn from what the store holds (task words, unit names, region/years)."""
    rng = random.Random(seed)
    db = store.open_db(db_path)

    def sample(sql: str) -> list[tuple]:
        """`queries` rows of a query, drawn with the seed: the same arguments every run."""
        rows = db.execute(sql).fetchall()
        return rng.sample(rows, min(queries, len(rows)))

    tasks = [r[0] for r in sample("SELECT task_text FROM assignments WHERE length(task_text) > 12 ORDER BY id")]
    phrases = []
    for text in tasks:
        start = rng.randrange(0, max(1, len(text) - 10))
        phrases.append(text[start:start + rng.randint(4, 10)])
    units = sample("SELECT DISTINCT au.printed_name, n.region FROM assignment_units au JOIN notices n "
                   "ON n.id = au.notice_id ORDER BY 1, 2")
    pairs = sample("SELECT n.region, min(g.year), max(g.year) FROM goals g JOIN notices n ON n.id = g.notice_id "
                   "WHERE n.region IS NOT NULL AND g.year IS NOT NULL GROUP BY n.region ORDER BY 1")
    store.who_leads(db, "招商")  # the query segmenter loads once per process
    db.conn.close()
    timings = {}
    # In two states of the OS's file cache, set here rather than left to whatever ran
    # before: "cold", the store's pages dropped from it (the first queries after a
    # reboot, read from disk), and "warm", the file read into it (a store in daily use).
    for state in ("cold", "warm"):
        if state == "cold":
            _drop_from_os_cache(db_path)
        else:
            _read_into_os_cache(db_path)
        fresh = store.open_db(db_path)  # a new connection: SQLite's own page cache empty too
        timings[f"lead, {state}"] = [latencies(lambda p=p, d=fresh: store.who_leads(d, p)) for p in phrases]
        timings[f"tasks, {state}"] = [latencies(lambda u=u, r=r, d=fresh: store.tasks_for_unit(d, u, region=r))
                                      for u, r in units]
        timings[f"diff, {state}"] = [latencies(lambda r=r, a=a, b=b, d=fresh: store.diff_targets(d, r, a, b))
                                     for r, a, b in pairs]
        fresh.conn.close()
    return timings


def _drop_from_os_cache(path: Path) -> None:
    """Ask the kernel to forget the file's cached pages (clean pages go; no root needed)."""
    for part in (path, path.with_name(path.name + "-wal")):
        if part.exists():
            fd = os.open(part, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def _read_into_os_cache(path: Path) -> None:
    with path.open("rb") as fh:
        while fh.read(1 << 24):
            pass


def profile(paths: list[Path]) -> None:
    """Where a warm process spends its time, as a pyinstrument page to open in a browser."""
    from pyinstrument import Profiler

    stage_seconds(paths[:50])  # warm-up: the one-off costs of first use are not the question
    profiler = Profiler(interval=0.0005)
    profiler.start()
    stage_seconds(paths)
    profiler.stop()
    out = CACHE / "profile.html"
    out.write_text(profiler.output_html(), encoding="utf-8")
    print(profiler.output_text(unicode=True, color=False, show_all=False)[:6000])
    print(f"the whole profile: {out}")


# --- size scaling ------------------------------------------------------------------------

def size_scaling(megabytes: tuple[int, ...], paths: list[Path]) -> list[tuple[float, float]]:
    """(MB, seconds) of the whole pipeline on one notice of each size: the benchmark's
    plain-text notices (each different, with their tables, lists and amounts) joined
    into one file of the size asked. Each step must grow at most linearly with its input,
    so the seconds per MB stay flat."""
    from ingest import ingest_bytes
    from policydb.api import process_ingested

    texts = [p.read_bytes() for p in paths if p.suffix == ".txt"]
    out = []
    for mb in megabytes:
        parts, size = [], 0
        for text in texts * (1 + mb * 1_000_000 // max(1, sum(map(len, texts)))):
            if size >= mb * 1_000_000:
                break
            parts.append(text)
            size += len(text) + 1
        data = b"\n".join(parts).decode("utf-8", "ignore").encode()
        began = clock()
        process_ingested(ingest_bytes(data, source=f"scaling-{mb}mb.txt"))
        out.append((len(data) / 1e6, clock() - began))
    return out


# --- report -----------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notices", type=int, default=2000, help="corpus for throughput and stages")
    parser.add_argument("--memory-notices", type=int, default=10000, help="corpus ingested while sampling memory")
    parser.add_argument("--query-notices", type=int, default=100000, help="size of the store queries run on")
    parser.add_argument("--queries", type=int, default=200, help="queries of each kind")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--passes", type=int, default=3,
                        help="passes of the stage, floor and end-to-end timings (the fastest is reported)")
    parser.add_argument("--scaling", default="1,2,4,8", help="sizes in MB of the one-notice scaling runs")
    parser.add_argument("--profile", action="store_true",
                        help="only profile the stages over the corpus (pyinstrument) into outputs/bench/profile.html")
    args = parser.parse_args()
    if args.profile:
        profile(notice_files(corpus(args.notices, args.seed)))
        return
    CACHE.mkdir(parents=True, exist_ok=True)
    print(f"policydb {PIPELINE_VERSION} benchmark, {os.cpu_count()} cores, seed {args.seed}")

    folder = corpus(args.notices, args.seed)
    paths = notice_files(folder)
    size_mb = sum(p.stat().st_size for p in paths) / 1e6
    sizes = sorted(p.stat().st_size for p in paths)
    print(f"\n== corpus: {len(paths)} notices, {size_mb:.1f} MB, median {statistics.median(sizes) / 1024:.1f} KB "
          f"({(folder / '.complete').read_text().splitlines()[0]})")

    # Passes of the same work differ by 5-10% on a shared machine, the floor as much as
    # the pipeline: each is measured `--passes` times, alternating, and the fastest pass
    # of each is compared (the least disturbed one, as timeit reports).
    n = len(paths)
    passes: list[tuple[float, dict[str, float]]] = []
    floors: list[float] = []
    for _ in range(args.passes):
        totals, texts = stage_seconds(paths)
        passes.append((sum(v for k, v in totals.items() if not k.startswith("extract.")), totals))
        floors.append(floor_seconds(texts))
    pipeline, totals = min(passes, key=lambda p: p[0])
    floor = min(floors)
    print(f"\n== one process, warm (ms per notice, mean over {n}; fastest of {args.passes} passes)")
    for name, seconds in totals.items():
        print(f"  {name:40} {1000 * seconds / n:7.2f}")
    print(f"  {'pipeline, all stages':40} {1000 * pipeline / n:7.2f}   passes: "
          + ", ".join(f"{1000 * p / n:.2f}" for p, _ in passes))
    print(f"  {'floor: OpenCC t2s + jieba.lcut':40} {1000 * floor / n:7.2f}   passes: "
          + ", ".join(f"{1000 * f / n:.2f}" for f in floors))
    print(f"  ratio pipeline / floor: {pipeline / floor:.2f}  (target <= 2.5)")

    print("\n== end to end: `policydb ingest` into a fresh store, FTS included, process start included")
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for workers in (1, 2):
            runs = [ingest_run(folder, Path(tmp) / f"e2e-{workers}.sqlite", workers) for _ in range(args.passes)]
            took, counts = min(runs, key=lambda r: r[0])
            results[workers] = took
            print(f"  {workers} worker(s): {n / took:6.1f} notices/s, {size_mb / took:5.2f} MB/s "
                  f"({took:.1f} s, fastest of " + ", ".join(f"{t:.1f}" for t, _ in runs) + f" s; {counts})")
        print(f"  single-core ratio to the floor, end to end: {results[1] / floor:.2f}")
        took, counts = ingest_run(folder, Path(tmp) / "e2e-2.sqlite", 2)
        base_db = CACHE / f"base-s{args.seed}-n{args.notices}.sqlite"
        shutil.copy(Path(tmp) / "e2e-2.sqlite", base_db)
        began = clock()
        subprocess.run([str(POLICYDB), "ingest", str(folder), "--db", str(base_db), "--format", "json"],
                       capture_output=True, check=False)
        print(f"  re-run on the same {n} unchanged files: {clock() - began:.1f} s")
        engine_and_load(folder, Path(tmp), n, results[2], args.passes)

    print("\n== cold start (median of 5)")
    print(f"  policydb --help: {cold_start(['--help'], 5):.2f} s  (target < 0.5)")
    print(f"  policydb extract <one notice>: {cold_start(['extract', str(paths[0]), '--format', 'json'], 5):.2f} s")
    damaged = next((p for p in paths if "damaged" in p.name), None)
    if damaged:
        print(f"  policydb extract <one damaged notice>: "
              f"{cold_start(['extract', str(damaged), '--format', 'json'], 3):.2f} s")

    print("\n== one notice of growing size (the corpus's text notices joined): time per MB stays flat")
    runs = size_scaling(tuple(int(x) for x in args.scaling.split(",")), paths)
    for mb, seconds in runs:
        print(f"  {mb:4.1f} MB: {seconds:6.1f} s   {seconds / mb:5.2f} s/MB")
    (mb0, s0), (mb1, s1) = runs[0], runs[-1]
    print(f"  slope from {mb0:.0f} to {mb1:.0f} MB: time x{s1 / s0:.1f} for size x{mb1 / mb0:.1f} (linear: equal; "
          "target: 8 MB under 30 s)")

    print(f"\n== memory while ingesting {args.memory_notices} notices with 2 workers")
    big = corpus(args.memory_notices, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        began = clock()
        samples = memory_run(big, Path(tmp) / "memory.sqlite", 2, args.memory_notices)
        took = clock() - began
    peak_tree = max(s[1] for s in samples)
    peak_one = max(s[2] for s in samples)
    print(f"  {args.memory_notices / took:.1f} notices/s; peak RSS {peak_tree} MB for the ingest process and its "
          f"workers together (largest single process {peak_one} MB; target < 500)")
    marks = []
    for share in (0.1, 0.25, 0.5, 0.75, 1.0):
        done = [s for s in samples if s[0] <= share * args.memory_notices]
        if done:
            marks.append(f"{done[-1][0]}: {max(s[1] for s in done)} MB")
    print(f"  peak so far at notices stored — {'; '.join(marks)}")

    print(f"\n== queries on a store of {args.query_notices} notices ({args.queries} of each, library calls)")
    big_db = query_store(base_db, args.query_notices)
    timings = query_latency(big_db, args.queries, args.seed)
    for name, values in timings.items():
        p50, p95 = 1000 * percentile(values, 0.5), 1000 * percentile(values, 0.95)
        print(f"  {name:19} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   max {1000 * max(values):6.1f} ms"
              f"  ({len(values)} queries)")
    print("  (targets: lead and diff p95 < 50 ms)")


if __name__ == "__main__":
    main()
