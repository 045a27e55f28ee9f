"""Score the year-over-year answers (series, diff, attainment, cascade) on real series.

    python eval/yoy.py eval/validation [--manifest] [-v]

The folder holds `corpus/`, `gold/` (answers made by GUIDE.md, by people who never saw
the code) and `SERIES.tsv` (number, region, report_year, series): pages of one region
over consecutive years, a province beside its cities, a report beside the next one.
Two stores are built: one from the answers (what a perfect extraction would store)
and one by the pipeline from the pages. Each question is asked of both, and the
pipeline's answer is scored against the answer key's:

- series: every (region, year, kind, value) point of 地区生产总值增长 — P, R, F1;
- diff: each pair of consecutive years of a region, the GDP growth target row's
  status and change — the share that agree;
- attainment: each (region, year, indicator) the answer key can judge (met or missed)
  — the share the pipeline judges the same;
- cascade: each region of a province's cascade with its target — P, R.

With --manifest, the pipeline is given each page's region and year as a scraper's
manifest would (SERIES.tsv), to show what supplied metadata buys.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import store  # noqa: E402
from policydb.batch import ingest_paths  # noqa: E402

GDP_GROWTH = "地区生产总值增长"


def gold_export(number: str, gold_dir: Path, corpus_file: Path) -> dict:
    """The answer key's notice as an export object: its clean text and its goals with spans."""
    answer = json.loads((gold_dir / f"{number}.json").read_text(encoding="utf-8"))
    clean = gold_dir / f"{number}.txt"
    # Early answers have no clean text: their evidences, a line each, stand in for it.
    text = clean.read_text(encoding="utf-8") if clean.exists() else "\n".join(
        g["evidence"] for g in answer.get("goals", []))
    goals = []
    for goal in answer.get("goals", []):
        at = text.find(goal["evidence"])
        if at < 0:
            continue
        row = {k: goal.get(k) for k in ("indicator", "value", "unit", "comparator", "scope", "period", "kind",
                                        "evidence")}
        goals.append({**row, "span": [at, at + len(goal["evidence"])]})
    meta = {"title": None, "issuer": None, "issued": None, "region": None, "year": None, "doc_number": None,
            "script": "hans", **answer.get("meta", {})}
    return {"source": str(corpus_file), "meta": meta, "text": text, "goals": goals, "assignments": [],
            "deadlines": []}


def build_stores(folder: Path, rows: list[dict], workdir: Path, manifest: bool) -> tuple:
    corpus = {p.name.split("_")[0]: p for p in (folder / "corpus").iterdir()}
    rows[:] = [row for row in rows if row["number"] in corpus]
    gold_db = store.open_db(workdir / "gold.sqlite")
    files = []
    for row in rows:
        page = corpus[row["number"]]
        store.write_notice(gold_db, gold_export(row["number"], folder / "gold", page))
        files.append(page)
    pipeline_path = workdir / "pipeline.sqlite"
    if manifest:
        listing = workdir / "manifest.csv"
        with listing.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["path", "region", "year"])
            for row in rows:
                writer.writerow([str(corpus[row["number"]].resolve()), row["region"], row["report_year"]])
        ingest_paths([], pipeline_path, manifest=listing)
    else:
        ingest_paths([str(f) for f in files], pipeline_path)
    return gold_db, store.open_db(pipeline_path)


def _points(db, region: str) -> set[tuple]:
    # The answer key has no field for the top of a range: points compare without it.
    return {(region, p.year, p.kind, p.figure.value, p.figure.comparator)
            for p in store.goal_series(db, region, GDP_GROWTH)}


def _diff_row(db, region: str, a: int, b: int) -> tuple | None:
    report = store.diff_targets(db, region, a, b, kind="target", indicator=GDP_GROWTH)
    row = next((r for r in report.rows if r.indicator == GDP_GROWTH and r.scope is None), None)
    return (row.status, row.change) if row else None


def _judged(db, region: str, year: int) -> dict[str, str]:
    return {f"{r.indicator}|{r.scope or ''}|{r.target.kind}": r.status for r in store.attainment(db, region, year)}


def every_page(folder: Path) -> list[dict]:
    """Every page of the folder as a series row of its own (region and year from its answer):
    `--all-pages` asks where each page's GDP growth figures land, series or not."""
    rows = []
    for answer in sorted((folder / "gold").glob("*.json")):
        meta = json.loads(answer.read_text(encoding="utf-8")).get("meta", {})
        if meta.get("region") and meta.get("year"):
            rows.append({"number": answer.stem, "region": meta["region"], "report_year": str(meta["year"]),
                         "series": "page"})
    return rows


def score(folder: Path, manifest: bool, verbose: bool, all_pages: bool = False) -> dict:
    rows = every_page(folder) if all_pages else list(
        csv.DictReader((folder / "SERIES.tsv").open(encoding="utf-8"), delimiter="\t"))
    with tempfile.TemporaryDirectory() as tmp:
        gold_db, pipe_db = build_stores(folder, rows, Path(tmp), manifest)
        years: dict[str, set[int]] = defaultdict(set)
        for row in rows:
            years[row["region"]].add(int(row["report_year"]))
        result: dict[str, dict] = {}
        # series
        want = set().union(*(_points(gold_db, r) for r in years))
        got = set().union(*(_points(pipe_db, r) for r in years))
        result["series"] = _prf(want, got)
        # diff of consecutive years
        agree = total = 0
        misses = []
        for region, stored in years.items():
            for a in sorted(stored):
                if a + 1 in stored or any(a < y for y in stored):
                    b = min(y for y in stored if y > a) if any(y > a for y in stored) else None
                    if b is None:
                        continue
                    expected = _diff_row(gold_db, region, a, b)
                    if expected is None:
                        continue
                    total += 1
                    answer = _diff_row(pipe_db, region, a, b)
                    agree += answer == expected
                    if answer != expected:
                        misses.append(f"diff {region} {a}→{b}: want {expected} got {answer}")
        result["diff"] = {"agree": round(agree / total, 4) if total else None, "n": total}
        # attainment: the rows the answer key can judge
        agree = total = 0
        for region, stored in years.items():
            for year in sorted(set(stored) | {y - 1 for y in stored}):
                expected = {k: s for k, s in _judged(gold_db, region, year).items() if s != "unknown"}
                answer = _judged(pipe_db, region, year)
                for key, status in expected.items():
                    total += 1
                    agree += answer.get(key) == status
                    if answer.get(key) != status:
                        misses.append(f"attainment {region} {year} {key}: want {status} got {answer.get(key)}")
        result["attainment"] = {"agree": round(agree / total, 4) if total else None, "n": total}
        # cascade: a province's own rows and its cities'
        provinces = {r["region"] for r in rows if r["series"] == "cascade" and r["region"].endswith("省")}
        want, got = set(), set()
        for province in provinces:
            for year in years[province]:
                want |= {(c.region, c.figure.value) for c in store.cascade(gold_db, province, year, GDP_GROWTH)}
                got |= {(c.region, c.figure.value) for c in store.cascade(pipe_db, province, year, GDP_GROWTH)}
        result["cascade"] = _prf(want, got)
        if verbose:
            for p in sorted(result["series"].pop("missed"), key=str):
                print("  series missed", p)
            for p in sorted(result["series"].pop("extra"), key=str):
                print("  series extra ", p)
            for line in misses:
                print(" ", line)
        for part in ("series", "cascade"):
            result[part].pop("missed", None)
            result[part].pop("extra", None)
        return result


def _prf(want: set, got: set) -> dict:
    tp = len(want & got)
    p = tp / len(got) if got else 1.0
    r = tp / len(want) if want else 1.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "n": len(want), "missed": want - got, "extra": got - want}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--manifest", action="store_true", help="give the pipeline each page's region and year")
    parser.add_argument("--all-pages", action="store_true",
                        help="every page with a region and year in its answer, not only SERIES.tsv's")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    print(json.dumps(score(args.folder, args.manifest, args.verbose, args.all_pages), ensure_ascii=False))


if __name__ == "__main__":
    main()
