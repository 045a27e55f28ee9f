"""`policydb serve`: Datasette on a store of any name, its own search finding Chinese words
of 2 to 8 characters (and each hit holding the word), facets, canned queries, long
columns off the table pages; checked over HTTP and in headless Chromium."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

import store
from policydb.batch import ingest_paths
from policydb.errors import PolicydbError
from store import text_index
from tests.test_review import chromium

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
# What users type into a search box: units, policy terms, indicators; 2 to 8 characters.
QUERIES = ("招商", "外资", "商务局", "市商务局", "招商引资", "发展改革", "重点项目", "营商环境", "地区生产总值",
           "实际利用外资", "高新技术企业", "重点招商企业目录")
START_TIMEOUT_S = 60


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The bundled corpus in a store named real.sqlite, served on a free port."""
    db_path = tmp_path_factory.mktemp("serve") / "real.sqlite"
    ingest_paths([str(CORPUS)], str(db_path))
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "policydb.cli", "serve", "--db", str(db_path), "--port",
                               str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}/real"
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=5)
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"policydb serve did not start: {server.stdout.read()[-2000:]}")
            time.sleep(0.3)
    yield base, str(db_path)
    server.terminate()
    server.wait(timeout=30)


def fetch(base: str, path: str, **params: str) -> dict:
    url = f"{base}/{path}.json?" + urllib.parse.urlencode({"_shape": "objects", "_size": "max", **params})
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def _holding(db_path: str, word: str) -> dict[str, set]:
    """The rows of each searchable table whose searched text holds `word`, read directly."""
    db = store.open_db(db_path, readonly=True)
    sql = {
        "notices": "SELECT id FROM notices WHERE instr(text, :w)",
        "assignments": "SELECT a.id FROM assignments a WHERE a.task_text IS NOT NULL AND (instr(a.task_text, :w) "
                       "OR EXISTS (SELECT 1 FROM assignment_units au JOIN units u ON u.id = au.unit_id "
                       "WHERE au.assignment_id = a.id AND (instr(au.printed_name, :w) OR instr(u.name, :w))))",
        "goals": "SELECT g.id FROM goals g JOIN indicators i ON i.id = g.indicator_id "
                 "WHERE instr(g.indicator, :w) OR instr(i.name, :w)",
    }
    return {table: {row[0] for row in db.execute(query, {"w": word})} for table, query in sql.items()}


@pytest.mark.parametrize("word", QUERIES)
def test_datasette_search_finds_every_row_holding_the_word_and_no_other(served, word):
    base, db_path = served
    expected = _holding(db_path, word)
    for table, key in (("notices", "id"), ("assignments", "id"), ("goals", "id")):
        found = {row[key] for row in fetch(base, table, _search=word)["rows"]}
        assert found == expected[table], (table, word, len(found), len(expected[table]))
    assert any(expected.values()), f"{word} is in no row: a query that cannot fail"


def test_views_search_and_facet_too(served):
    base, _ = served
    units = fetch(base, "task_units", _search="目录清单")
    assert units["rows"] and all("目录清单" in r["task_text"] for r in units["rows"])
    facets = units["facet_results"]
    assert {"region", "year", "unit", "printed_name", "role"} <= set(facets.get("results", facets))
    goals = fetch(base, "goal_list", _search="外资")
    assert {"region", "year", "kind", "indicator"} <= set(goals["facet_results"])


def test_a_printed_unit_name_finds_its_tasks_as_the_canonical_one_does(served):
    base, _ = served
    printed = fetch(base, "unit_tasks", unit="市商务局", role="lead")["rows"]
    canonical = fetch(base, "unit_tasks", unit="沧州市商务局", role="lead")["rows"]
    assert printed and {r["unit"] for r in printed} >= {"沧州市商务局"}
    assert {(r["task"], r["title"]) for r in canonical} <= {(r["task"], r["title"]) for r in printed}


def test_canned_queries_answer(served):
    base, _ = served
    lead = fetch(base, "who_leads", text="目录清单")["rows"]
    assert lead[0]["lead"] == "市商务局"
    targets = fetch(base, "region_targets", region="万载县", kind="")["rows"]
    assert {r["year"] for r in targets} == {2015, 2022}


def test_long_columns_are_off_the_table_page_but_not_the_row_page(served):
    base, db_path = served
    profile = Path(db_path).parent / "chromium"
    page = chromium("--dump-dom", f"{base}/notices?_search=招商引资", profile=profile).stdout
    assert 'name="_search"' in page and "招商引资" in page  # the search box, holding the query
    assert 'class="col-raw_text' not in page and 'class="col-title' in page  # no scraped page in the grid
    assert "facet-info" in page  # facets shown
    notice_id = fetch(base, "notices", _search="招商引资")["rows"][0]["id"]
    row_page = chromium("--dump-dom", f"{base}/notices/{notice_id}", profile=profile).stdout
    assert 'class="col-raw_text' in row_page


def test_notice_texts_are_indexed_before_serving_and_by_index(tmp_path):
    db_path = tmp_path / "s.sqlite"
    ingest_paths([str(CORPUS / "000_de8a73357565e53b.txt")], str(db_path))
    db = store.open_db(db_path)
    assert text_index.pending(db) == 1 and not store.search(db, "招商引资", kind="notice")
    assert text_index.index_notices(db) == 1 and text_index.pending(db) == 0
    assert store.search(db, "招商引资", kind="notice")[0].body.count("招商引资")
    assert text_index.index_notices(db) == 0  # idempotent


def test_a_deleted_notice_leaves_the_text_index(tmp_path):
    notice = tmp_path / "n.txt"
    notice.write_bytes((CORPUS / "000_de8a73357565e53b.txt").read_bytes())
    db_path = str(tmp_path / "s.sqlite")
    ingest_paths([str(notice)], db_path)
    text_index.index_notices(store.open_db(db_path))
    notice.write_text("万载县人民政府关于印发2022年工作要点的通知\n全县新签约项目30个。", encoding="utf-8")
    ingest_paths([str(notice)], db_path)  # the path now holds another notice; the old one goes
    db = store.open_db(db_path)
    assert not store.search(db, "招商企业目录", kind="notice")
    text_index.index_notices(db)
    assert store.search(db, "新签约项目", kind="notice")


def test_serve_without_datasette_is_e008(monkeypatch):
    from policydb import serve

    monkeypatch.setitem(sys.modules, "datasette.cli", None)  # import datasette.cli now fails
    with pytest.raises(PolicydbError) as error:
        serve._datasette()
    assert error.value.code == "E008" and "policydb[serve]" in str(error.value)


def test_a_notice_stored_after_the_last_one_indexed_was_deleted_is_indexed_too(tmp_path):
    """Deleting the newest indexed notice frees its id; the next notice must not take it, or
    the index, whose mark is past that id, would never hold the new notice."""
    notice = tmp_path / "n.txt"
    notice.write_bytes((CORPUS / "000_de8a73357565e53b.txt").read_bytes())
    db_path = str(tmp_path / "s.sqlite")
    ingest_paths([str(notice)], db_path)
    text_index.index_notices(store.open_db(db_path))
    notice.write_text("")
    ingest_paths([str(notice)], db_path)  # now rejected (E003): its notice goes
    other = tmp_path / "other.txt"
    other.write_text("万载县人民政府关于印发2022年工作要点的通知\n全县新签约项目30个。", encoding="utf-8")
    ingest_paths([str(other)], db_path)
    db = store.open_db(db_path)
    assert text_index.index_notices(db) == 1
    assert store.search(db, "新签约项目", kind="notice")
