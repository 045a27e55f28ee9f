"""Chinese full-text search: bigrams in the index, jieba words in queries, quoted phrases only."""
from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import tempfile

import pytest

import store
from store import fts
from tests.test_store import ALL_NOTICES


@pytest.fixture(scope="module")
def db():
    db = store.open_db(None)
    for build in ALL_NOTICES:
        store.write_notice(db, build())
    return db


# query, kind, a substring every hit's text must hold, a text that must be among the hits
CASES = [
    # two characters, inside longer words (跨国公司 → 跨国)
    ("招商", "task", "招商", "(二)制定重点招商企业目录清单"),
    ("跨国", "task", "跨国", "(二)制定重点招商企业目录清单"),
    ("外资", "goal", "外资", "实际使用外资"),
    ("稳岗", "task", "稳岗", "（一）加大稳岗支持力度"),
    # three characters
    ("实验室", "task", "实验室", "(九)加强境外研发机构定向招商"),
    ("产业链", "task", "产业链", "5.聚焦产业链招商"),
    ("增加值", "goal", "增加值", "非公有制经济增加值"),
    # four characters
    ("目录清单", "task", "目录清单", "(二)制定重点招商企业目录清单"),
    ("外资企业", None, None, None),
    ("生产总值", "goal", "生产总值", "生产总值(GDP)"),
    ("招商引资", "task", "招商引资", "21.完善重大项目领导包保机制"),
]


@pytest.mark.parametrize("query,kind,must_hold,expected", CASES, ids=[c[0] for c in CASES])
def test_queries_of_two_three_and_four_characters(db, query, kind, must_hold, expected):
    hits = store.search(db, query, kind=kind)
    if expected is None:
        assert hits == []  # no fixture text holds it: nothing, and no error
        return
    assert hits, query
    assert all(must_hold in h.body for h in hits)
    assert any(h.body.startswith(expected) for h in hits)


def test_canonical_indicators_are_searchable(db):
    # 地区生产总值 is the canonical name of 生产总值(GDP); the goal is indexed under both.
    assert {h.body for h in store.search(db, "地区生产总值")} >= {"生产总值(GDP)"}


def test_search_is_ranked_and_filtered(db):
    hits = store.search(db, "招商", region="沧州")
    assert hits and {h.region for h in hits} == {"沧州市"}
    assert [h.score for h in hits] == sorted(h.score for h in hits)
    assert store.search(db, "招商", year=1999) == []


def test_unit_names_stay_one_query_word():
    assert fts.query_words("市发展改革委牵头，市人力资源社会保障局配合") == [
        "市发展改革委", "牵头", "市人力资源社会保障局", "配合"]


TEXTS = ["由市发展改革委牵头，市人力资源社会保障局配合", "2020年实际利用外资达到12.5亿美元（GDP增长7%）",
         "制定重点招商企业目录清单", "区"]


def test_every_substring_of_an_indexed_text_is_found_exactly():
    """No segmentation choice hides a substring: each one, 1 to 6 characters, finds its text."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(tokens)")
    for rowid, text in enumerate(TEXTS):
        conn.execute("INSERT INTO t (rowid, tokens) VALUES (?, ?)", [rowid, fts.index_tokens(text)])
    for rowid, text in enumerate(TEXTS):
        for size in range(1, 7):
            for start in range(len(text) - size + 1):
                needle = text[start:start + size]
                expression = fts.exact_expression(needle)
                if expression is None or re.search(r"[0-9A-Za-z]", needle):
                    continue  # punctuation only; numbers and Latin words are found whole (below)
                found = {r for (r,) in conn.execute("SELECT rowid FROM t WHERE t MATCH ?", [expression])}
                assert rowid in found, needle
                pieces = [p for p in re.split(r"[^\w]+", needle) if p]
                assert all(all(p in TEXTS[r] for p in pieces) for r in found), needle
    for word in ("2020", "GDP", "gdp", "12"):
        found = {r for (r,) in conn.execute("SELECT rowid FROM t WHERE t MATCH ?", [fts.exact_expression(word)])}
        assert found == {1}, word


@pytest.mark.parametrize("query,expected", [
    ('招商"引资', '"招商" AND "引资"'),
    ("NEAR(招商)", '"near" AND "招商"'),
    ("招商*", '"招商"'),
    ("-外资", '"外资"'),
    ("市发展改革委", '"市发 发展 展改 改革 革委"'),
    ("'; DROP TABLE notices; --", '"drop" AND "table" AND "notices"'),
    ("、。！", None),
    ("", None),
])
def test_match_expression_quotes_every_word(query, expected):
    assert fts.match_expression(query) == expected


def test_segmenter_loads_lazily_and_leaves_global_jieba_alone():
    # Indexing needs no segmenter; the first query loads it, with its units, privately.
    code = ("import store, store.fts, jieba; store.fts.index_tokens('市商务局'); "
            "assert store.fts._tokenizer is None; store.fts.query_words('市商务局'); "
            "assert store.fts._tokenizer is not None; "
            "jieba.initialize(); assert '市人力资源社会保障局' not in jieba.dt.FREQ")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=store.__file__.rsplit("/store/", 1)[0])


def test_jiebas_cache_lives_in_a_folder_of_ours(tmp_path, monkeypatch):
    """/tmp/jieba.cache may belong to another user: every query then logged tracebacks."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert fts.jieba_cache_dir() == str(tmp_path / "cache" / "policydb")
    (tmp_path / "blocked").write_text("a file, not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "blocked"))
    fallback = fts.jieba_cache_dir()
    assert fallback is not None and fallback.startswith(tempfile.gettempdir()) and os.access(fallback, os.W_OK)
