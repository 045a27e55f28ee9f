"""The store's tables, keys, indexes and views (documented in store/SCHEMA.md).

Tables are created with sqlite-utils so Datasette and `sqlite-utils` see their primary
and foreign keys; the two views give Datasette one row per fact with region and year
to facet on. `open_db` is the only way the store opens a database: it refuses files
that are not policydb stores, turns on WAL and foreign keys, and puts the connection
in autocommit mode, so each notice's write is an explicit BEGIN IMMEDIATE … COMMIT of
its own (sqlite-utils' writers commit as they go, so the notice writer uses plain SQL
inside its transaction).
"""
from __future__ import annotations

import os
import sqlite3
from functools import cache, lru_cache
from pathlib import Path

import sqlite_utils

from policydb.errors import PolicydbError

# 1: the first store. 2: search_fts holds character bigrams, not jieba words (migrated
# in place by re-tokenising search_docs). 3: notices hold the region's division code and
# its city's and province's (empty on old rows until a re-run re-parses them). 4: notices
# and sources keep the URL a scraper supplied, notices which fields it supplied, goals the
# top of a range. 5: notices, goals and assignments carry the rowid of their full-text
# entry (`search_id`), so Datasette's own table search reaches them, and notices' texts
# have an index of their own, `notice_fts`, filled by `policydb index` (store/text_index.py);
# sources keep a crawl record's fetch time.
SCHEMA_VERSION = 5
DEFAULT_DB = "outputs/policydb.sqlite"
# How long a writer waits for another process's transaction before giving up.
BUSY_TIMEOUT_S = 60.0
WAL_CHECKPOINT_PAGES = 10_000
FTS_TABLE = "search_fts"
NOTICE_FTS = "notice_fts"

# rowid = notices.search_id. Contentless: the tokens are a pure function of the notice's
# text, which its id (a hash of it) fixes, so they are recomputed to delete an entry
# rather than stored a second time (the index is a third of the size with content).
_NOTICE_FTS_SQL = f"CREATE VIRTUAL TABLE {NOTICE_FTS} USING fts5(tokens, content = '', tokenize = 'unicode61')"

_VIEWS = {
    "task_units": """
        SELECT au.id, n.region, n.year, n.title, a.task, au.role, u.name AS unit, au.printed_name,
               au.inferred, a.explicit, a.task_text, a.notice_id, a.id AS assignment_id, a.search_id
        FROM assignment_units au
        JOIN assignments a ON a.id = au.assignment_id
        JOIN notices n ON n.id = a.notice_id
        JOIN units u ON u.id = au.unit_id""",
    "goal_list": """
        SELECT g.id, n.region, g.year, g.kind, i.name AS indicator, g.indicator AS printed_indicator,
               g.comparator, g.value, g.unit, g.scope, g.period, g.evidence, n.title, g.notice_id, g.search_id
        FROM goals g
        JOIN notices n ON n.id = g.notice_id
        JOIN indicators i ON i.id = g.indicator_id""",
}


def open_db(path: str | os.PathLike[str] | None = None, *, readonly: bool = False) -> sqlite_utils.Database:
    """Open (creating if need be) the store at `path`; `None` or ':memory:' for a scratch store.

    A file that is not a policydb store (not SQLite, or SQLite with other tables) or
    one written by a newer policydb is refused (E012, E013), never written to. With
    `readonly`, an existing store is opened for queries alone (`open_readonly`).
    """
    if readonly and path is not None and str(path) != ":memory:":
        return open_readonly(path)
    memory = path is None or str(path) == ":memory:"
    name = "<memory>" if memory else str(path)
    try:
        if not memory:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # timeout: another process's write transaction is waited for, not an error.
        conn = sqlite3.connect(":memory:" if memory else str(path), isolation_level=None, timeout=BUSY_TIMEOUT_S)
    except (OSError, sqlite3.Error) as exc:
        raise write_fault(name, exc) or exc from None
    try:
        # The file is checked before anything is set on it: switching a file to WAL
        # rewrites its header, and a file that is not our store must stay untouched.
        ensure_schema(conn, name)
        conn.execute("PRAGMA foreign_keys = ON")
        if not memory:
            # WAL: readers never block the writer, a killed writer leaves the last
            # committed notice intact, and two ingest processes take turns. NORMAL sync
            # is safe in WAL (a power cut may lose the last commits, never corrupt).
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            # Copy the WAL into the database every 10,000 pages (40 MB), not SQLite's
            # 1,000: every group of notices rewrites index pages all over the file, and a
            # page changed by many groups is then written back (and synced) once for
            # them all. A batch of 2,000 notices wrote 266 MB to disk instead of 356 MB,
            # 0.2 ms less per notice. A power cut may lose the commits since the last
            # checkpoint, which a re-run parses again.
            conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        # Each notice is written in a savepoint (store/write.py), whose journal of the
        # pages it changes outgrows SQLite's 64 KiB in memory and spills to a temp file
        # (~90 writes to /var/tmp per notice, 0.1 ms of a 1.4 ms write). In memory it
        # holds one notice's pages at most.
        conn.execute("PRAGMA temp_store = MEMORY")
    except sqlite3.Error as exc:
        conn.close()
        raise write_fault(name, exc) or exc from None
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


def open_readonly(path: str | os.PathLike[str]) -> sqlite_utils.Database:
    """Open an existing store for queries without writing to it or beside it: a store on a
    read-only file, folder or mount, or one shared with analysts who must not change it.

    With no writer about (no -wal file beside it: the last one closed cleanly) the file is
    read as immutable, which leaves nothing beside it; with one, in SQLite's read-only WAL
    mode, which sees the writer's commits through the -shm file the writer keeps.
    A store of another schema version is refused (E013): it needs a writable open first."""
    absolute = Path(path).resolve()
    name = str(path)
    if not absolute.is_file():
        raise PolicydbError("E001", f"no store at {name}")
    uri = absolute.as_uri()
    conn = None
    writing = absolute.with_name(absolute.name + "-wal").exists()
    modes = ("mode=ro", "mode=ro&immutable=1") if writing else ("mode=ro&immutable=1", "mode=ro")
    for mode in modes:
        try:
            conn = sqlite3.connect(f"{uri}?{mode}", uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_S)
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            break
        except sqlite3.OperationalError:
            if conn is not None:
                conn.close()
            conn = None
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            raise store_error(name, exc) from None
    if conn is None:
        raise PolicydbError("E009", f"{name} cannot be opened for reading")
    try:
        version = _stored_version(conn, name, tables)
        if version != SCHEMA_VERSION:
            raise PolicydbError("E013", f"{name} has schema version {version}; this policydb reads {SCHEMA_VERSION} "
                                        "read-only. Open it once with write access (policydb ingest … --db "
                                        f"{name}) to migrate it, or use the policydb that wrote it")
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


def ensure_schema(conn: sqlite3.Connection, name: str = "<db>") -> None:
    """Check the database is a policydb store this version can read; create the schema
    in a blank one. Creation is one transaction, so two processes opening a new file at
    once cannot interleave half a schema each."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise write_fault(name, exc) or store_error(name, exc) from None
    try:
        if not tables:
            for statement in _schema_statements():
                conn.execute(statement)
            conn.execute("INSERT INTO store_info (key, value) VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        else:
            _check_store(conn, name, tables)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _stored_version(conn: sqlite3.Connection, name: str, tables: set[str]) -> int:
    """The schema version of a policydb store; E012 for a database that is none."""
    if "store_info" not in tables or "notices" not in tables:
        shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
        raise _not_a_store(f"{name} is an SQLite database with other tables ({shown})")
    row = conn.execute("SELECT value FROM store_info WHERE key = 'schema_version'").fetchone()
    if not row or not str(row[0]).isdigit():
        raise _not_a_store(f"{name} has no policydb schema version")
    return int(row[0])


def _check_store(conn: sqlite3.Connection, name: str, tables: set[str]) -> None:
    version = _stored_version(conn, name, tables)
    if version > SCHEMA_VERSION:
        raise PolicydbError("E013", f"{name} has schema version {version}; this policydb reads up to "
                                    f"{SCHEMA_VERSION}. Upgrade policydb (pip install -U policydb) to open it")
    if version < SCHEMA_VERSION:
        _migrate(conn, version)


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    """Bring an older store up to this version, inside the caller's transaction."""
    if version < 2:
        from store import canon, fts

        conn.execute(f"DELETE FROM {FTS_TABLE}")
        rows = conn.execute("SELECT id, kind, body FROM search_docs").fetchall()
        conn.executemany(f"INSERT INTO {FTS_TABLE} (rowid, tokens) VALUES (?, ?)", [
            (doc_id, fts.index_tokens(f"{body} {canon.canonical_indicator(body)}" if kind == "goal" else body))
            for doc_id, kind, body in rows])
    if version < 3:
        present = {row[1] for row in conn.execute("PRAGMA table_info(notices)")}
        for column in ("region_code", "city_code", "province_code"):
            if column not in present:
                conn.execute(f"ALTER TABLE notices ADD COLUMN {column} TEXT")
        conn.execute("CREATE INDEX IF NOT EXISTS idx_notices_city_code ON notices (city_code)")
        conn.execute("CREATE INDEX IF NOT EXISTS idx_notices_province_code ON notices (province_code)")
    if version < 4:
        added = (("notices", "url", "TEXT"), ("notices", "supplied", "TEXT"), ("sources", "url", "TEXT"),
                 ("goals", "upper", "FLOAT"))
        for table, column, kind in added:
            if column not in {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
        conn.execute("CREATE INDEX IF NOT EXISTS idx_notices_region_code ON notices (region_code)")
    if version < 5:
        _migrate_search_ids(conn)
    conn.execute("UPDATE store_info SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])


def _migrate_search_ids(conn: sqlite3.Connection) -> None:
    """4 → 5: each notice, goal and task learns the rowid of its full-text entry, and the
    notice-text index is created empty (`policydb index` fills it); a source keeps when a
    crawler fetched it."""
    if "fetched_at" not in {row[1] for row in conn.execute("PRAGMA table_info(sources)")}:
        conn.execute("ALTER TABLE sources ADD COLUMN fetched_at TEXT")
    for table in ("notices", "goals", "assignments"):
        if "search_id" not in {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN search_id INTEGER")
    from store import fts

    # A task's entry now holds its units' names too (fts.task_tokens).
    tasks = conn.execute("SELECT d.id, d.body, group_concat(au.printed_name || char(31) || u.name, char(31)) "
                         "FROM search_docs d LEFT JOIN assignment_units au ON au.assignment_id = d.ref_id "
                         "LEFT JOIN units u ON u.id = au.unit_id WHERE d.kind = 'task' GROUP BY d.id").fetchall()
    conn.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(doc_id,) for doc_id, _, _ in tasks])
    conn.executemany(f"INSERT INTO {FTS_TABLE} (rowid, tokens) VALUES (?, ?)", [
        (doc_id, fts.task_tokens(body, names.split(chr(31)) if names else [])) for doc_id, body, names in tasks])
    for table, kind in (("goals", "goal"), ("assignments", "task")):
        conn.execute(f"UPDATE {table} SET search_id = (SELECT d.id FROM search_docs d WHERE d.kind = ? "
                     f"AND d.ref_id = {table}.id)", [kind])
        conn.execute(f"CREATE INDEX IF NOT EXISTS idx_{table}_search_id ON {table} (search_id)")
    conn.execute("UPDATE notices SET search_id = rowid")
    conn.execute("CREATE UNIQUE INDEX IF NOT EXISTS idx_notices_search_id ON notices (search_id)")
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [NOTICE_FTS]).fetchone():
        conn.execute(_NOTICE_FTS_SQL)
    for name, sql in _VIEWS.items():
        conn.execute(f"DROP VIEW IF EXISTS {name}")
        conn.execute(f"CREATE VIEW {name} AS {sql}")


def write_fault(name: str, exc: BaseException) -> PolicydbError | None:
    """The coded error for a store its surroundings will not let us write, or None for any
    other error: a read-only file, folder or mount, a folder that cannot be made (E019);
    a full or failing disk (E020). What is stored stays as it was in every case."""
    if isinstance(exc, OSError):
        where = exc.filename or name
        return PolicydbError("E019", f"{name}: the folder {where} cannot be made or written ({exc.strerror}); "
                                     "give a --db in a folder you can write")
    if not isinstance(exc, sqlite3.Error):
        return None
    code = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if code.startswith("SQLITE_FULL") or "disk is full" in text:
        return PolicydbError("E020", f"{name}: {text}. Free space on its disk (or give a --db on another) and "
                                     "re-run: the notices stored so far are kept")
    if code.startswith("SQLITE_IOERR") or "disk I/O error" in text:
        return PolicydbError("E020", f"{name}: {text} (the disk failed or was removed). Check it and re-run: "
                                     "the notices stored so far are kept")
    if code.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")) or "readonly" in text or \
            "unable to open database file" in text:
        return PolicydbError("E019", f"{name}: {text}. The file, its folder (SQLite keeps -wal and -shm files "
                                     "beside it) or its mount is read-only to this user; queries can still read "
                                     "it, and ingest needs a --db it can write")
    return None


def damaged_store(exc: BaseException) -> bool:
    """Whether SQLite's error says the file's pages are damaged (cut short, overwritten)."""
    return isinstance(exc, sqlite3.DatabaseError) and any(
        words in str(exc) for words in ("malformed", "not a database", "disk image"))


def store_error(name: str, exc: sqlite3.DatabaseError) -> PolicydbError:
    """The error for a file SQLite cannot read: not SQLite at all (E012), or an SQLite store
    damaged — cut short, bytes overwritten (E018), which SQLite's own tools may recover."""
    if "not a database" in str(exc):
        return _not_a_store(f"{name} is not an SQLite database")
    return PolicydbError("E018", f"{name}: {exc}. It was left as it is; SQLite's .recover may save what it "
                                 "holds (sqlite3 FILE .recover | sqlite3 recovered.sqlite), or ingest again into a "
                                 "new --db file")


def _not_a_store(why: str) -> PolicydbError:
    return PolicydbError("E012", f"{why}; policydb will not write to it. Give another --db file")


@cache
def column_types(table: str) -> dict[str, type]:
    """A table's columns and their Python types, as the schema declares them."""
    scratch = sqlite_utils.Database(memory=True)
    _define(scratch)
    return scratch[table].columns_dict


@lru_cache(maxsize=1)
def _schema_statements() -> tuple[str, ...]:
    """The CREATE statements of the whole schema, in dependency order.

    The schema is declared with sqlite-utils (so its primary and foreign keys are the
    ones Datasette reads) on a scratch in-memory database, and its SQL replayed in one
    transaction: sqlite-utils commits after each table, which would let another
    process see a half-made store."""
    scratch = sqlite_utils.Database(memory=True)
    _define(scratch)
    rows = scratch.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")
    # FTS5 makes its shadow tables itself when its virtual table is created.
    return tuple(sql for kind, name, sql in rows
                 if not name.startswith((f"{FTS_TABLE}_", f"{NOTICE_FTS}_")))


def _define(db: sqlite_utils.Database) -> None:
    """The whole schema, created on a blank database (see `_schema_statements`)."""
    db["notices"].create({
        "id": str, "source": str, "title": str, "issuer": str, "issued": str, "region": str,
        "region_code": str, "city_code": str, "province_code": str, "year": int, "doc_number": str, "script": str,
        "document_rules": str, "url": str, "supplied": str, "raw_text": str,
        "text": str, "record_hash": str, "ingested_at": str, "pipeline_version": str, "search_id": int,
    }, pk="id", not_null={"source", "text", "ingested_at"})
    db["notices"].create_index(["search_id"], unique=True)
    db["notices"].create_index(["region", "year"])
    db["notices"].create_index(["region_code"])
    db["notices"].create_index(["city_code"])
    db["notices"].create_index(["province_code"])
    db["sources"].create({
        "path": str, "notice_id": str, "url": str, "fetched_at": str, "file_hash": str, "pipeline_version": str,
        "ingested_at": str,
    }, pk="path", foreign_keys=[("notice_id", "notices", "id")], not_null={"notice_id"})
    db["sources"].create_index(["notice_id"])
    db["units"].create({"id": int, "key": str, "name": str, "region": str, "generic": int},
                       pk="id", not_null={"key", "name"})
    db["units"].create_index(["key"], unique=True)
    db["units"].create_index(["name"])
    db["indicators"].create({"id": int, "name": str}, pk="id", not_null={"name"})
    db["indicators"].create_index(["name"], unique=True)
    db["goals"].create({
        "id": int, "notice_id": str, "seq": int, "indicator": str, "indicator_id": int,
        "value": float, "upper": float, "unit": str, "base_value": float, "base_unit": str, "comparator": str,
        "scope": str, "scope_key": str, "period": str, "period_class": str, "year": int,
        "kind": str, "evidence": str, "span_start": int, "span_end": int, "search_id": int,
    }, pk="id", foreign_keys=[("notice_id", "notices", "id"), ("indicator_id", "indicators", "id")],
        not_null={"notice_id"})
    db["goals"].create_index(["notice_id"])
    db["goals"].create_index(["search_id"])
    db["goals"].create_index(["indicator_id", "year"])
    db["assignments"].create({
        "id": int, "notice_id": str, "seq": int, "task": str, "task_text": str, "explicit": int,
        "lead_basis": str, "lead_rule": str, "span_start": int, "span_end": int,
        "annotation_start": int, "annotation_end": int, "search_id": int,
    }, pk="id", foreign_keys=[("notice_id", "notices", "id")], not_null={"notice_id"})
    db["assignments"].create_index(["notice_id"])
    db["assignments"].create_index(["search_id"])
    db["assignment_units"].create({
        "id": int, "assignment_id": int, "notice_id": str, "position": int, "role": str,
        "printed_role": str, "inferred": int, "printed_name": str, "core_name": str, "unit_id": int,
    }, pk="id", foreign_keys=[("assignment_id", "assignments", "id"), ("notice_id", "notices", "id"),
                              ("unit_id", "units", "id")], not_null={"assignment_id", "unit_id"})
    db["assignment_units"].create_index(["assignment_id"])
    db["assignment_units"].create_index(["notice_id"])
    db["assignment_units"].create_index(["unit_id", "role"])
    db["assignment_units"].create_index(["core_name"])
    db["deadlines"].create({
        "id": int, "notice_id": str, "seq": int, "text": str, "start": str, "end": str,
        "recurrence": str, "day": int, "task": str, "span_start": int, "span_end": int,
    }, pk="id", foreign_keys=[("notice_id", "notices", "id")], not_null={"notice_id"})
    db["deadlines"].create_index(["notice_id"])
    db["rejections"].create({"path": str, "code": str, "reason": str, "file_hash": str, "rejected_at": str},
                            pk="path", not_null={"code", "reason"})
    db["search_docs"].create({
        "id": int, "kind": str, "ref_id": int, "notice_id": str, "region": str, "year": int,
        "title": str, "body": str,
    }, pk="id", foreign_keys=[("notice_id", "notices", "id")], not_null={"kind", "ref_id", "notice_id"})
    db["search_docs"].create_index(["notice_id"])
    db["search_docs"].create_index(["kind", "ref_id"])
    # rowid = search_docs.id; `tokens` holds the text's index tokens (store/fts.py) joined by spaces.
    db.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(tokens, tokenize = 'unicode61')")
    db.execute(_NOTICE_FTS_SQL)
    db["store_info"].create({"key": str, "value": str}, pk="key")
    for name, sql in _VIEWS.items():
        db.create_view(name, sql)
