"""How Datasette's own search box does on Chinese words, by index design: recall and
precision on real queries over real notice texts, and the index's size per notice.

    .venv/bin/python eval/search_recall.py STORE.sqlite [--queries eval/search_queries.txt]

The truth for a query is the set of notices whose clean text contains it (instr). Each
design is asked as Datasette asks (`MATCH escape_fts(:search)`), with the escape its
setup gives it:

- bigram + policydb escape: the store's index (store/fts.py bigrams) with the plugin's
  escape_fts (policydb/datasette_plugin.py): a word is the phrase of its bigrams.
- bigram + Datasette escape: the same index with Datasette's own escape_fts (the word as
  one token): what a store served without the plugin did.
- trigram: FTS5's trigram tokenizer on the text, Datasette's escape; words of fewer than
  three characters cannot match, and are answered by a LIKE scan of every text instead
  (the fallback such a design needs), timed apart.
- unicode61 on the text: what `sqlite-utils enable-fts` makes; a run of Han characters
  is one token, so only a whole run between punctuation matches.

Sizes are of the index alone (its shadow tables), per notice and per KB of text.
"""
from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policydb.datasette_plugin import escape_fts as policydb_escape  # noqa: E402
from store import fts  # noqa: E402

QUERIES = Path(__file__).with_name("search_queries.txt")


def datasette_escape(query: str) -> str:
    from datasette.utils import escape_fts

    return escape_fts(query)


def _index_bytes(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE ?", [f"{table}_%"]).fetchone()[0] or 0


def build(texts: list[str]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE bigram USING fts5(tokens, content = '', tokenize = 'unicode61')")
    conn.execute("CREATE VIRTUAL TABLE trigram USING fts5(text, content = '', tokenize = 'trigram')")
    conn.execute("CREATE VIRTUAL TABLE words USING fts5(text, content = '', tokenize = 'unicode61')")
    conn.execute("CREATE TABLE texts (id INTEGER PRIMARY KEY, text TEXT)")
    for i, text in enumerate(texts, start=1):
        conn.execute("INSERT INTO texts VALUES (?, ?)", [i, text])
        conn.execute("INSERT INTO bigram (rowid, tokens) VALUES (?, ?)", [i, fts.index_tokens(text)])
        conn.execute("INSERT INTO trigram (rowid, text) VALUES (?, ?)", [i, text])
        conn.execute("INSERT INTO words (rowid, text) VALUES (?, ?)", [i, text])
    return conn


def found(conn: sqlite3.Connection, design: str, query: str) -> set[int]:
    if design == "trigram" and len(query) < 3:
        return {r[0] for r in conn.execute("SELECT id FROM texts WHERE text LIKE ?", [f"%{query}%"])}
    table, escape = {"bigram + policydb escape": ("bigram", policydb_escape),
                     "bigram + Datasette escape": ("bigram", datasette_escape),
                     "trigram": ("trigram", datasette_escape),
                     "unicode61 on the text": ("words", datasette_escape)}[design]
    try:
        return {r[0] for r in conn.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", [escape(query)])}
    except sqlite3.OperationalError:
        return set()


DESIGNS = ("bigram + policydb escape", "bigram + Datasette escape", "trigram", "unicode61 on the text")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store")
    parser.add_argument("--queries", default=str(QUERIES))
    args = parser.parse_args()
    texts = [r[0] for r in sqlite3.connect(args.store).execute("SELECT text FROM notices ORDER BY rowid")]
    queries = [q.strip() for q in Path(args.queries).read_text(encoding="utf-8").splitlines()
               if q.strip() and not q.startswith("#")]
    conn = build(texts)
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1024
    print(f"{len(texts)} notices, {kb:.0f} KB of text (median {statistics.median(map(len, texts)):.0f} "
          f"characters); {len(queries)} queries of {min(map(len, queries))}-{max(map(len, queries))} characters\n")
    print("| design | recall | precision | queries fully answered | index bytes per notice | per KB of text "
          "| 100k such notices | ms per query |")
    print("|---|---|---|---|---|---|---|---|")
    sizes = {"bigram + policydb escape": "bigram", "bigram + Datasette escape": "bigram", "trigram": "trigram",
             "unicode61 on the text": "words"}
    truths = {q: {r[0] for r in conn.execute("SELECT id FROM texts WHERE instr(text, ?)", [q])} for q in queries}
    for design in DESIGNS:
        hit = truth_total = got_total = full = 0
        began = time.perf_counter()
        for query in queries:
            truth = truths[query]
            got = found(conn, design, query)
            hit += len(truth & got)
            truth_total += len(truth)
            got_total += len(got)
            full += truth == got
        per_query = (time.perf_counter() - began) / len(queries) * 1000
        size = _index_bytes(conn, sizes[design])
        print(f"| {design} | {hit / truth_total:.3f} | {hit / got_total if got_total else 0:.3f} | "
              f"{full}/{len(queries)} | {size / len(texts):,.0f} | {size / kb:,.0f} | "
              f"{size / len(texts) * 100_000 / 1e9:.2f} GB | {per_query:.2f} |")


if __name__ == "__main__":
    main()
