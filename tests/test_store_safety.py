"""The store survives what batch users do to it: a killed ingest, two ingests at once,
and a --db that points at the wrong file.

These run the real `policydb` command in subprocesses, on copies of the bundled
notices made distinct by a line inside each, so every file is parsed and written.
"""
from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils

import store
from policydb.batch import ingest_paths
from policydb.errors import PolicydbError
from store import text_index
from store.schema import SCHEMA_VERSION
from tests.conftest import CORPUS

POLICYDB = Path(sys.executable).parent / "policydb"
NOTICE_TABLES = ("goals", "assignments", "assignment_units", "deadlines", "search_docs")


def make_batch(folder: Path, copies: int) -> list[Path]:
    """`copies` distinct notices per bundled text notice (a marker sentence in the middle)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(copies):
        for source in sorted(CORPUS.glob("*.txt")):
            data = source.read_bytes()
            middle = data.find("。".encode(), len(data) // 2)
            path = folder / f"{i:03d}_{source.name}"
            path.write_bytes(data[:middle] + f"（副本{i}）".encode() + data[middle:])
            paths.append(path)
    return paths


def ingest(*args: str | Path, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([str(POLICYDB), "ingest", *map(str, args), "--format", "json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def finish(process: subprocess.Popen, timeout: float = 300) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


def count_notices(db_path: Path) -> int:
    """Notices committed so far, read the way a second user would while ingest runs."""
    if not db_path.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM notices").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0


def fact_counts(db_path: Path) -> dict[str, tuple[int, ...]]:
    """Per notice: how many rows of each kind it has (what a whole notice looks like)."""
    db = store.open_db(db_path)
    counts = {}
    for (nid,) in db.execute("SELECT id FROM notices").fetchall():
        counts[nid] = tuple(db.execute(f"SELECT count(*) FROM {t} WHERE notice_id = ?", [nid]).fetchone()[0]
                            for t in NOTICE_TABLES)
    db.conn.close()
    return counts


def processes_using(db_path: Path) -> list[str]:
    """Command lines of live processes that were started on this database."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            status = (entry / "status").read_text()
        except OSError:
            continue
        if str(db_path) in cmdline and "State:\tZ" not in status:
            found.append(cmdline)
    return found


def integrity(db_path: Path) -> str:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """A batch of 80 notices (more than one commit group) and the rows a clean,
    uninterrupted ingest stores for it."""
    root = tmp_path_factory.mktemp("batch")
    paths = make_batch(root / "notices", copies=16)
    reference = root / "reference.sqlite"
    status, out, err = finish(ingest(root / "notices", "--db", reference, "--workers", "2"))
    assert status == 0, err
    return root / "notices", paths, fact_counts(reference)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_killed_ingest_leaves_whole_notices_and_a_rerun_completes(tmp_path, batch, workers):
    folder, paths, reference = batch
    db_path = tmp_path / "store.sqlite"
    process = ingest(folder, "--db", db_path, "--workers", workers)
    deadline = time.monotonic() + 120
    while count_notices(db_path) < 5 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    # Its parsing workers notice and exit instead of living on.
    deadline = time.monotonic() + 10
    while processes_using(db_path) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not processes_using(db_path)

    assert integrity(db_path) == "ok"
    partial = fact_counts(db_path)
    assert 5 <= len(partial) < len(paths), "the kill should land mid-batch"
    for nid, counts in partial.items():
        assert counts == reference[nid], f"notice {nid} is not whole after the kill"

    status, out, err = finish(ingest(folder, "--db", db_path, "--workers", workers))
    assert status == 0, err
    assert fact_counts(db_path) == reference
    db = store.open_db(db_path)
    assert db["sources"].count == len(paths)
    assert db.execute("SELECT count(*) FROM rejections").fetchone()[0] == 0


def test_two_ingests_at_once_lose_nothing(tmp_path, batch):
    folder, paths, reference = batch
    db_path = tmp_path / "store.sqlite"
    # Overlapping halves: each process writes some notices the other also writes.
    first = ingest(*paths[: len(paths) * 2 // 3], "--db", db_path)
    second = ingest(*paths[len(paths) // 3:], "--db", db_path)
    for process in (first, second):
        status, out, err = finish(process)
        assert status == 0, err
        assert "Traceback" not in err and "locked" not in err
    assert integrity(db_path) == "ok"
    assert fact_counts(db_path) == reference
    db = store.open_db(db_path)
    assert db["sources"].count == len(paths)
    assert db.execute("SELECT count(*) FROM rejections").fetchone()[0] == 0


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sqlite_with(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def _not_sqlite(path: Path) -> Path:
    path.write_text("会议纪要：这不是数据库\n", encoding="utf-8")
    return path


def _png(path: Path) -> Path:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return path


WRONG_FILES = [
    ("text file", _not_sqlite, "E012", "is not an SQLite database"),
    ("image", _png, "E012", "is not an SQLite database"),
    ("another app's database",
     lambda p: _sqlite_with(p, "CREATE TABLE people (name TEXT)", "INSERT INTO people VALUES ('张三')"),
     "E012", "other tables (people)"),
    ("newer policydb",
     lambda p: _sqlite_with(p, "CREATE TABLE notices (id TEXT)", "CREATE TABLE store_info (key TEXT, value TEXT)",
                            "INSERT INTO store_info VALUES ('schema_version', '99')"),
     "E013", "schema version 99"),
]


@pytest.mark.parametrize(("make", "code", "words"), [w[1:] for w in WRONG_FILES], ids=[w[0] for w in WRONG_FILES])
def test_a_file_that_is_not_our_store_is_refused_and_left_untouched(tmp_path, make, code, words):
    path = make(tmp_path / "target.sqlite")
    before = _digest(path)
    with pytest.raises(PolicydbError) as caught:
        store.open_db(path)
    assert caught.value.code == code and words in str(caught.value)

    notice = tmp_path / "notice.txt"
    notice.write_bytes((CORPUS / "004_3b6aaed7471d5dee.txt").read_bytes())
    status, out, err = finish(ingest(notice, "--db", path))
    assert status == 2
    assert err.startswith(f"Error {code}") and err.count("\n") == 1 and "Traceback" not in err
    assert _digest(path) == before
    assert not (tmp_path / "target.sqlite-wal").exists()


def test_an_empty_file_becomes_a_store(tmp_path):
    path = tmp_path / "new.sqlite"
    path.touch()
    db = store.open_db(path)
    assert db.execute("SELECT value FROM store_info WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_opening_a_store_twice_at_once_creates_one_schema(tmp_path):
    """Two processes creating the same new store must not both create its tables."""
    path = tmp_path / "new.sqlite"
    code = f"import store; store.open_db({str(path)!r})"
    processes = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True,
                                  cwd=Path(__file__).resolve().parent.parent, env={**os.environ})
                 for _ in range(4)]
    for process in processes:
        _, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
    assert integrity(path) == "ok"
    assert store.open_db(path)["notices"].exists()


def test_a_store_of_schema_2_gains_division_codes(tmp_path):
    """Schema 2 had no division codes: the columns are added (empty until a re-parse) and
    a re-run fills them, since the pipeline version changed with them."""
    path = tmp_path / "old.sqlite"
    notice = tmp_path / "notice.txt"
    notice.write_text("万载县人民政府关于印发2022年工作要点的通知\n全县新签约项目30个。", encoding="utf-8")
    ingest_paths([notice], path)
    conn = sqlite3.connect(path)
    for column in ("region_code", "city_code", "province_code"):
        conn.execute(f"DROP INDEX IF EXISTS idx_notices_{column}")
        conn.execute(f"ALTER TABLE notices DROP COLUMN {column}")
    conn.execute("UPDATE store_info SET value = '2' WHERE key = 'schema_version'")
    conn.execute("UPDATE notices SET pipeline_version = 'old', record_hash = 'old'")
    conn.execute("UPDATE sources SET pipeline_version = 'old'")
    conn.commit()
    conn.close()

    db = store.open_db(path)
    assert db.execute("SELECT value FROM store_info WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    assert db.execute("SELECT region_code FROM notices").fetchone() == (None,)
    ingest_paths([notice], path)
    assert store.open_db(path).execute("SELECT region_code FROM notices").fetchone() == ("360922",)


def test_a_store_of_schema_1_is_migrated_and_searchable(tmp_path):
    """Schema 1 indexed jieba words; opening such a store re-indexes it as bigrams."""
    path = tmp_path / "old.sqlite"
    notice = tmp_path / "notice.txt"
    notice.write_bytes((CORPUS / "000_de8a73357565e53b.txt").read_bytes())
    ingest_paths([notice], path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE search_fts SET tokens = '制定 重点 招商 企业 目录 清单'")  # words, as schema 1 had
    conn.execute("UPDATE store_info SET value = '1' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()

    db = store.open_db(path)
    assert db.execute("SELECT value FROM store_info WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    best = store.who_leads(db, "制定重点招商企业目录清单")[0]
    assert best.match == "exact" and best.lead == ["市商务局"]


def test_a_store_of_schema_4_is_migrated_with_search_ids_and_unit_names_searchable(tmp_path):
    """Schema 4 had no search_id columns, no notice-text index, and task entries of the task
    text alone: opening it adds them, and a task is then found by its lead's name."""
    path = tmp_path / "old.sqlite"
    notice = tmp_path / "notice.txt"
    notice.write_bytes((CORPUS / "000_de8a73357565e53b.txt").read_bytes())
    ingest_paths([notice], path)
    conn = sqlite3.connect(path)
    conn.execute("DROP VIEW task_units")
    conn.execute("DROP VIEW goal_list")
    for table in ("notices", "goals", "assignments"):
        conn.execute(f"DROP INDEX idx_{table}_search_id")
        conn.execute(f"ALTER TABLE {table} DROP COLUMN search_id")
    conn.execute("DROP TABLE notice_fts")
    conn.execute("DELETE FROM search_fts")
    conn.execute("INSERT INTO search_fts (rowid, tokens) SELECT id, body FROM search_docs")  # no unit names
    conn.execute("UPDATE store_info SET value = '4' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()

    db = store.open_db(path)
    assert db.execute("SELECT value FROM store_info WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    assert db.execute("SELECT COUNT(*) FROM goals WHERE search_id IS NULL").fetchone()[0] == 0
    assert db.execute("SELECT search_id FROM task_units LIMIT 1").fetchone()[0] is not None
    assert any(hit.kind == "task" for hit in store.search(db, "市商务局"))
    text_index.index_notices(db)
    assert store.search(db, "重点招商企业目录", kind="notice")


# --- the store's surroundings: a full disk, a read-only store, a folder that cannot be made ---

def _notices_are_whole(db) -> bool:
    """Every stored notice has all its rows: each goal and task its full-text entry."""
    return db.execute("SELECT COUNT(*) FROM goals WHERE search_id NOT IN (SELECT id FROM search_docs)").fetchone()[0] \
        == 0 and db.execute("SELECT COUNT(*) FROM search_docs WHERE id NOT IN (SELECT rowid FROM search_fts)"
                            ).fetchone()[0] == 0


def test_a_full_disk_stops_the_batch_with_e020_naming_the_files_not_stored(tmp_path):
    """SQLite's max_page_count gives the error a full disk gives (SQLITE_FULL): the batch stops
    with E020 naming what it did not store, the store stays whole, and a re-run with room stores
    the rest, with no internal-error rejection left behind."""
    path = tmp_path / "store.sqlite"
    db = store.open_db(path)
    ingest_paths([str(CORPUS / "000_de8a73357565e53b.txt")], db)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 8}")
    with pytest.raises(PolicydbError) as error:
        ingest_paths([str(CORPUS)], db)
    assert error.value.code == "E020" and "not stored: " in str(error.value)
    assert "006_govcn-2018-nongjihua.html" in str(error.value) or " more" in str(error.value)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",) and _notices_are_whole(db)
    db.execute("PRAGMA max_page_count = 1073741823")
    summary = ingest_paths([str(CORPUS)], db)
    assert not summary.rejected and _notices_are_whole(db)
    assert db.execute("SELECT COUNT(*) FROM rejections").fetchone()[0] == 0


def test_a_read_only_store_is_e019_and_stays_as_it_was(tmp_path):
    """A store SQLite can only read (a read-only file, folder or mount: SQLite opens such a
    file read-only) refuses ingest with E019 naming the files, and is left unchanged."""
    path = tmp_path / "store.sqlite"
    ingest_paths([str(CORPUS / "000_de8a73357565e53b.txt")], str(path))
    before = path.read_bytes()
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    with pytest.raises(PolicydbError) as error:
        ingest_paths([str(CORPUS / "001_d908b3f7dd381c3d.txt")], sqlite_utils.Database(conn))
    conn.close()
    assert error.value.code == "E019" and "001_d908b3f7dd381c3d.txt" in str(error.value)
    assert path.read_bytes() == before


def test_a_store_folder_that_cannot_be_made_is_e019(tmp_path):
    (tmp_path / "a_file").write_text("x")
    with pytest.raises(PolicydbError) as error:
        store.open_db(tmp_path / "a_file" / "sub" / "store.sqlite")
    assert error.value.code == "E019" and "a_file" in str(error.value)
