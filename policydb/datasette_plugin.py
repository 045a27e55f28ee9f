"""Datasette plugin: Chinese words in Datasette's own table search, and long columns kept
out of the default table pages. Loaded by `policydb serve`, and by plain `datasette` once
policydb is installed (its `datasette` entry point).

Search. Datasette turns `?_search=商务局` into `MATCH escape_fts(:search)`, each
whitespace-separated word as one quoted FTS token; the store's index holds character
bigrams (store/fts.py), so a word of three or more characters found nothing. On a
policydb store, `escape_fts` is replaced by the store's own: each word becomes the
phrase of its bigrams, which matches exactly the rows whose text contains the word, for
words of any length (two to eight characters, or a whole clause).

Long columns. A notice's `raw_text` (the whole scraped page) and `text` fill a table page
with screens of one row. Table pages of `notices` leave them out by default
(`?_nocol=`); `?_col=text` or the row page shows them.
"""
from __future__ import annotations

import sqlite3
from typing import Any
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl

from store import fts

# Columns a table page leaves out unless asked for: (table, column).
HIDDEN_COLUMNS = {"notices": ("raw_text", "text")}


def escape_fts(query: str) -> str:
    """Datasette's search text as a MATCH expression over bigram tokens: every word of it
    (pieces between spaces and punctuation) as a phrase; a query of no word matches nothing."""
    return fts.exact_expression(query or "") or '""'


def _is_store(conn: sqlite3.Connection) -> bool:
    try:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'store_info'").fetchone() is not None
    except sqlite3.DatabaseError:
        return False


@hookimpl(trylast=True)
def prepare_connection(conn: sqlite3.Connection, database: str, datasette: Any) -> None:
    # trylast: Datasette registers its own escape_fts first; ours replaces it on our stores.
    if _is_store(conn):
        conn.create_function("escape_fts", 1, escape_fts, deterministic=True)


def _hide_columns(scope: dict[str, Any]) -> dict[str, Any]:
    parts = scope.get("path", "").strip("/").split("/")
    if len(parts) != 2 or parts[1] not in HIDDEN_COLUMNS:
        return scope
    query = parse_qsl(scope.get("query_string", b"").decode("utf-8", "replace"), keep_blank_values=True)
    if any(key in ("_col", "_nocol") for key, _ in query):
        return scope
    query += [("_nocol", column) for column in HIDDEN_COLUMNS[parts[1]]]
    return {**scope, "query_string": urlencode(query).encode("ascii")}


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    def wrap(app: Any) -> Any:
        async def hide_long_columns(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope.get("type") == "http":
                scope = _hide_columns(scope)
            await app(scope, receive, send)
        return hide_long_columns
    return wrap
