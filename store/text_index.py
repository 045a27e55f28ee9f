"""The index of notices' whole texts, built apart from ingest: `policydb index` (and
`policydb serve`, before it serves) adds the notices stored since it last ran.

Task texts and goal indicators are indexed as each notice is written (`search_fts`):
they are short. A notice's whole text is the bulk of what a store holds, and indexing it
costs as much again as parsing the notice, so it is one step of its own, as sqlite-utils'
`enable-fts` is: a batch ingests at full speed, and the index catches up in one pass.

`notice_fts` holds each text's bigram tokens (store/fts.py) under the notice's
`search_id`; it is contentless, since the tokens follow from the text, which a notice's
id (the hash of its text) fixes. Ids only grow, so the notices to add are those above
`store_info.notice_index_upto`; a notice deleted below it is taken out of the index with
the tokens of its text.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils

from store import fts
from store.schema import NOTICE_FTS

_UPTO = "notice_index_upto"
# Notices indexed per transaction: a killed `index` keeps what it committed.
_BATCH = 500


def indexed_upto(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM store_info WHERE key = ?", [_UPTO]).fetchone()
    return int(row[0]) if row else 0


def pending(db: sqlite_utils.Database) -> int:
    """How many stored notices the text index does not yet hold."""
    return db.execute("SELECT COUNT(*) FROM notices WHERE search_id > ?", [indexed_upto(db.conn)]).fetchone()[0]


def next_search_id(conn: sqlite3.Connection) -> int:
    """The search_id of a notice about to be stored: above every one used, and above the
    index's mark too, so an id freed by a deleted notice is never given again below it
    (the index would take the new notice for one it already holds)."""
    used = conn.execute("SELECT coalesce(max(search_id), 0) FROM notices").fetchone()[0]
    return max(used, indexed_upto(conn)) + 1


def index_notices(db: sqlite_utils.Database, progress: Callable[[int, int], None] | None = None) -> int:
    """Add every notice stored since the last run to the text index; returns how many."""
    conn = db.conn
    total = pending(db)
    done = 0
    from store.write import atomic  # store.write imports this module

    while True:
        with atomic(conn):
            rows = conn.execute("SELECT search_id, text FROM notices WHERE search_id > ? ORDER BY search_id LIMIT ?",
                                [indexed_upto(conn), _BATCH]).fetchall()
            if rows:
                conn.executemany(f"INSERT INTO {NOTICE_FTS} (rowid, tokens) VALUES (?, ?)",
                                 [(search_id, fts.index_tokens(text)) for search_id, text in rows])
                conn.execute("INSERT OR REPLACE INTO store_info (key, value) VALUES (?, ?)", [_UPTO, str(rows[-1][0])])
        done += len(rows)
        if progress and rows:
            progress(done, total)
        if len(rows) < _BATCH:
            return done


def forget_notice(conn: sqlite3.Connection, notice_id: str) -> None:
    """Take a notice about to be deleted out of the text index, if it is in it."""
    row = conn.execute("SELECT search_id, text FROM notices WHERE id = ?", [notice_id]).fetchone()
    if row and row[0] is not None and row[0] <= indexed_upto(conn):
        conn.execute(f"INSERT INTO {NOTICE_FTS} ({NOTICE_FTS}, rowid, tokens) VALUES ('delete', ?, ?)",
                     [row[0], fts.index_tokens(row[1])])
