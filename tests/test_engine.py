"""The distributed engine: a local Dask cluster of 2 workers parses, Parquet carries the
store's tables, one writer loads them. The store it makes is the built-in pool's, row for
row; a kept Parquet folder loads into another store the same, and nothing twice."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from bench.generate import write_corpus
from policydb.batch import ingest_paths, load_parquet
from policydb.engine import DaskEngine
from policydb.errors import PolicydbError
from tests.conftest import CORPUS

# Columns that say when, not what.
_WHEN = {"ingested_at", "rejected_at"}


def store_rows(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows (full-text index included), without the times they were written."""
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE '%fts_%' AND name NOT IN ('store_info')")]
    rows = {}
    for table in tables:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in _WHEN]
        rows[table] = sorted(conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(), key=repr)
    rows["search_fts"] = sorted(conn.execute("SELECT rowid, tokens FROM search_fts").fetchall())
    conn.close()
    return rows


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    """The bundled corpus and 2,000 benchmark notices."""
    folder = tmp_path_factory.mktemp("bench")
    write_corpus(2000, folder, seed=0)
    return [str(CORPUS), str(folder)]


@pytest.fixture(scope="module")
def engine_run(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("engine")
    with DaskEngine(workers=2, parquet=str(out / "parquet")) as engine:
        summary = ingest_paths(inputs, str(out / "engine.sqlite"), workers=engine)
    return out, summary


def test_the_engine_makes_the_built_in_pools_store(inputs, engine_run, tmp_path):
    out, summary = engine_run
    pool = ingest_paths(inputs, str(tmp_path / "pool.sqlite"), workers=2)
    assert summary.counts == pool.counts and summary.counts["ingested"] > 2000
    assert [f.path for f in summary.files] == [f.path for f in pool.files]
    assert store_rows(out / "engine.sqlite") == store_rows(tmp_path / "pool.sqlite")


def test_a_kept_parquet_folder_loads_into_another_store_the_same_and_nothing_twice(engine_run, tmp_path):
    out, _ = engine_run
    loaded = load_parquet(str(out / "parquet"), str(tmp_path / "loaded.sqlite"))
    assert loaded.counts["ingested"] > 2000
    assert store_rows(tmp_path / "loaded.sqlite") == store_rows(out / "engine.sqlite")
    again = load_parquet(str(out / "parquet"), str(tmp_path / "loaded.sqlite"))
    assert again.counts["ingested"] == 0 and again.counts["unchanged"] == loaded.counts["ingested"]


def test_the_parquet_is_a_dataset_of_its_own(engine_run):
    import pyarrow.dataset as ds

    out, _ = engine_run
    goals = ds.dataset(out / "parquet" / "goals", format="parquet").to_table(columns=["notice_id", "value"])
    conn = sqlite3.connect(out / "engine.sqlite")
    assert goals.num_rows == conn.execute("SELECT COUNT(*) FROM goals").fetchone()[0]


def test_a_rerun_through_the_engine_parses_nothing(engine_run, inputs):
    out, first = engine_run
    with DaskEngine(workers=2) as engine:
        again = ingest_paths(inputs, str(out / "engine.sqlite"), workers=engine)
    assert again.counts["unchanged"] == first.counts["ingested"] and again.counts["ingested"] == 0


def test_crawl_records_and_bad_files_through_the_engine(tmp_path):
    from tests.test_crawl import TEXT, write_warc

    crawl = write_warc(tmp_path / "c.warc.gz", [("http://cz.gov.cn/a.txt", "200 OK", TEXT.read_bytes(), "text/plain"),
                                                ("http://cz.gov.cn/p.png", "200 OK", b"\x89PNG\r\n", "image/png")])
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with DaskEngine(workers=2) as engine:
        summary = ingest_paths([str(crawl), str(empty)], str(tmp_path / "s.sqlite"), workers=engine)
    assert [f.outcome for f in summary.files] == ["ingested", "skipped", "skipped", "rejected"]
    assert summary.rejected[0].code == "E003"


def test_a_broken_parquet_part_is_a_coded_error(engine_run, tmp_path):
    import shutil

    out, _ = engine_run
    copy = tmp_path / "parquet"
    shutil.copytree(out / "parquet", copy)
    (copy / "goals" / "part-00000.parquet").write_bytes(b"not parquet")
    with pytest.raises(PolicydbError) as error:
        load_parquet(str(copy), str(tmp_path / "s.sqlite"))
    assert error.value.code == "E021" and "part-00000" in str(error.value)


def test_the_engine_without_dask_is_e008(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    with pytest.raises(PolicydbError) as error:
        DaskEngine(workers=1)
    assert error.value.code == "E008" and "policydb[cluster]" in str(error.value)
