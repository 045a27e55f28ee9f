"""The store's commands: ingest, index, lead, tasks, goals, notices, search, rejections, serve.
Each parses, calls `store`, formats. The year-over-year commands (diff, series,
attainment, cascade) are in commands_yoy.py.

`register(main)` adds them to the `policydb` group. Listing commands print a table
unless --json, --nl, --csv or --tsv asks otherwise (policydb/output.py); an empty
answer says why and exits with status 1.
"""
from __future__ import annotations

import contextlib
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import click

from policydb.errors import PolicydbError
from policydb.options import max_size_option, time_limit_option
from policydb.output import emit, no_rows, output_options

_TEXT_WIDTH = 60  # characters of covered text / evidence shown in a table cell
# The store a command uses when no --db is given, before the default file.
DB_ENVVAR = "POLICYDB_DB"


def resolve_db(ctx: click.Context, param: click.Parameter | None, value: str | None) -> str:
    """The store's file: the command's --db, else `policydb --db`, else $POLICYDB_DB, else
    outputs/policydb.sqlite."""
    from store.schema import DEFAULT_DB

    root = ctx.find_root().obj or {}
    return value or root.get("db") or os.environ.get(DB_ENVVAR) or DEFAULT_DB


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=str), default=None,
                        callback=resolve_db, expose_value=True,
                        help=f"SQLite file of the store (also before the command, or ${DB_ENVVAR})  "
                             "[default: outputs/policydb.sqlite]")(func)


def open_existing(db_path: str, *, write: bool = False):
    """An existing store (E001 when there is none), read-only unless `write`: queries only
    read, so a store on a read-only file, folder or mount answers them too."""
    import store

    if not os.path.exists(db_path):
        raise PolicydbError("E001", f"no store at {db_path}; run `policydb ingest PATH… --db {db_path}` first")
    return store.open_db(db_path, readonly=not write)


def table(title: str, headers: list[str], rows: list[list[str]], notes: Iterable[str] = ()) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    grid = Table(title=title, show_lines=True)
    for header in headers:
        grid.add_column(header, overflow="fold")
    for row in rows:
        grid.add_row(*row)
    console.print(grid)
    for note in notes:
        console.print(note, markup=False)


def short(text: str | None, width: int = _TEXT_WIDTH) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def _num(value: float | None) -> str:
    if value is None:
        return "—"
    from policydb.summary import figure

    return figure(value)


def _where(row: Any) -> str:
    """Region, year, task path and notice title in one cell."""
    return f"{row.region or '—'} {row.year or ''}\ntask {row.task or '—'}\n{short(row.title, 30)}"


def _names(names: list[str]) -> str:
    return "、".join(names) or "—"


def empty_reason(db: Any, what: str, fallback: str, **scope: Any) -> str:
    """Why an answer is empty: the store's reason when the region or year explain it."""
    import store

    return store.explain_empty(db, what, **scope) or fallback


# --- ingest ----------------------------------------------------------------------------

@click.command("ingest")
@click.argument("paths", nargs=-1)
@click.option("--manifest", type=click.Path(dir_okay=False, path_type=str),
              help="CSV, TSV or JSON Lines file: a `path` column (relative to its folder) and any of url, title, "
                   "issuer, issued, region, year, doc_number. Its notices are ingested, the fields it gives winning.")
@db_option
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Parse files in this many processes (one process writes).")
@click.option("--force", is_flag=True, help="Parse files again even when their bytes are unchanged.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: a process pool on this machine; dask: a Dask cluster's workers (the `cluster` extra), "
                   "the store's tables through Parquet.")
@click.option("--scheduler", metavar="ADDRESS", help="With --engine dask: a running Dask scheduler (tcp://host:8786); "
                                                      "default: a local cluster of --workers processes.")
@click.option("--parquet", "parquet_dir", type=click.Path(file_okay=False, path_type=str),
              help="With --engine dask: keep the Parquet in this folder (policydb load merges it again).")
@max_size_option
@time_limit_option
@output_options
def ingest_command(paths: tuple[str, ...], manifest: str | None, db_path: str, workers: int, force: bool,
                   max_bytes: int, seconds: float, fmt: str, **where: Any) -> None:
    """Ingest notice files, folders (recursively) and globs into the store.

    Each notice is written in one transaction. Re-running on the same files changes
    nothing; a changed file replaces what its path held. Files that are not notices are
    recorded in the `rejections` table with their error code, and the run goes on.

    Metadata a scraper knows comes from --manifest or from a sidecar NAME.meta.json
    beside a notice (the same fields, as a JSON object); supplied fields win over those
    the text gives and are listed in the notice's `supplied` column.

    --json prints the summary object; --nl, --csv and --tsv one row per file.

    Exit status: 0 when every file was ingested (or was already), 1 when the run
    finished but some files were rejected, 2 when the run could not start or stopped
    (the files it did not store are named).
    """
    from policydb.batch import Limits, ingest_paths

    if not paths and not manifest:
        raise click.UsageError("give the notices to ingest: PATHS, or --manifest FILE")
    if where["engine"] == "local" and (where["scheduler"] or where["parquet_dir"]):
        raise click.UsageError("--scheduler and --parquet go with --engine dask")
    target = db_path
    with _parsers(workers=workers, **where) as parsers, \
            _progress_bar(enabled=sys.stderr.isatty()) as progress:
        summary = ingest_paths(list(paths), target, workers=parsers, force=force, progress=progress,
                               limits=Limits(max_bytes, seconds or None), manifest=manifest)
    _report_ingest(summary, target, fmt)
    if summary.rejected:
        sys.exit(REJECTED_EXIT_STATUS)


@contextlib.contextmanager
def _parsers(*, engine: str, workers: int, scheduler: str | None, parquet_dir: str | None) -> Iterator[Any]:
    """What parses: a number of local processes, or a Dask engine, stopped afterwards."""
    if engine == "local":
        yield workers
        return
    from policydb.engine import DaskEngine

    with DaskEngine(workers, address=scheduler, parquet=parquet_dir) as dask_engine:
        yield dask_engine


@click.command("load")
@click.argument("folder", type=click.Path(file_okay=False, path_type=str))
@db_option
@output_options
def load_command(folder: str, db_path: str, fmt: str) -> None:
    """Merge a folder of Parquet written by `ingest --engine dask --parquet FOLDER` (or a
    cluster's workers on shared storage) into the store, full-text index included: in
    input order, each notice whole, nothing stored twice. Exit status as ingest's."""
    from policydb.batch import load_parquet

    if not os.path.isdir(folder):
        raise PolicydbError("E001", f"{folder} is not a folder")
    with _progress_bar(enabled=sys.stderr.isatty()) as progress:
        summary = load_parquet(folder, db_path, progress=progress)
    _report_ingest(summary, db_path, fmt)
    if summary.rejected:
        sys.exit(REJECTED_EXIT_STATUS)


# The run finished, but some files are in `rejections`: scripts must be able to tell.
REJECTED_EXIT_STATUS = 1


def _report_ingest(summary: Any, target: str, fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False, indent=1))
        return
    from policydb.batch import FileOutcome

    if emit(summary.files, fmt, FileOutcome):
        return
    counts = summary.counts
    line = ", ".join(f"{counts[k]} {k}" for k in ("ingested", "unchanged", "replaced", "rejected"))
    extra = [f"{counts[k]} {k}" for k in ("duplicate", "skipped") if counts[k]]
    click.echo(f"{target}: {line}" + (f" ({', '.join(extra)})" if extra else ""))
    from policydb.batch import describe_code

    for item in summary.rejected:
        click.echo(f"  rejected {item.path}: {item.code} {describe_code(item.code or '')}: {item.reason}")
    for item in summary.duplicates:
        click.echo(f"  duplicate {item.path}: same text as notice {item.notice_id}")
    if summary.skipped:
        # Grouped by why: a folder's other file types, a crawl's records that are no notice pages.
        reasons = Counter(_skip_reason(f) for f in summary.skipped)
        click.echo(f"  skipped {len(summary.skipped)}: " + "; ".join(
            f"{count} × {reason}" if count > 1 else reason for reason, count in reasons.most_common()))


def _skip_reason(item: Any) -> str:
    if item.code:  # a page read and found to be no notice (E022): its reason names the record
        return item.reason.split(": ", 1)[-1]
    return item.reason or "skipped"


class _progress_bar:
    """A rich progress bar on stderr when it is a terminal; a no-op callback otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._progress = None
        self._task = None

    def __enter__(self) -> Callable[[int, int, str, str], None] | None:
        if not self.enabled:
            return None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self._progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                                  TextColumn("{task.description}"), console=Console(stderr=True), transient=True)
        self._progress.start()
        return self._advance

    def _advance(self, done: int, total: int | None, path: str, outcome: str) -> None:
        if self._task is None:
            self._task = self._progress.add_task("", total=total)
        self._progress.update(self._task, completed=done, description=short(os.path.basename(path), 40))

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()


# --- lead ------------------------------------------------------------------------------

def _lead_cell(answer: Any) -> str:
    if answer.lead_basis == "document_rule":
        return f"{_names(answer.lead)}\n(inferred: 「{answer.rule}」)"
    if answer.lead_basis == "none":
        return "— none printed"
    return _names(answer.lead)


@click.command("lead")
@click.argument("query")
@click.option("--region", help="Only notices of this region (`万载` finds 万载县).")
@click.option("--year", type=int, help="Only notices whose plan year is this.")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="Most tasks to show.")
@db_option
@output_options
def lead_command(query: str, region: str | None, year: int | None, limit: int, db_path: str, fmt: str) -> None:
    """Which unit leads task QUERY: the best-matching tasks with their lead and responsible units.

    Where a task has no printed lead its responsible units are shown; where the notice
    says the first listed unit leads (列第一位的为牵头单位), that unit is shown as an
    inferred lead.
    """
    import store

    db = open_existing(db_path)
    answers = store.who_leads(db, query, region=region, year=year, limit=limit)
    emit(answers, fmt, store.LeadAnswer)
    if not answers:
        no_rows("No task matches: " + empty_reason(db, "tasks", f"no task's text holds the words of {query!r}",
                                                   region=region, year=year), fmt)
    if fmt == "table":
        rows = [[str(a.rank), _where(a), _lead_cell(a), _names(a.units), short(a.covered_text)] for a in answers]
        table(f"Who leads: {query}", ["#", "Notice / task", "Lead", "Responsible units", "Covered text"], rows)


# --- tasks -----------------------------------------------------------------------------

@click.command("tasks")
@click.option("--unit", "unit", required=True, help="Unit name, as printed (市发改委) or canonical (沧州市发展改革委).")
@click.option("--region", help="Only notices of this region.")
@click.option("--within", is_flag=True, help="With --region: its counties or cities too (宜春市 → 万载县 …).")
@click.option("--role", type=click.Choice(["lead", "unit", "any"]), default="any", show_default=True,
              help="lead: tasks it leads; unit: tasks it shares; any: both.")
@click.option("--year", type=int, help="Only notices whose plan year is this.")
@db_option
@output_options
def tasks_command(unit: str, region: str | None, within: bool, role: str, year: int | None, db_path: str,
                  fmt: str) -> None:
    """What a unit leads or shares, across notices."""
    import store

    db = open_existing(db_path)
    tasks = store.tasks_for_unit(db, unit, region=region, role=role, year=year, within=within)
    emit(tasks, fmt, store.UnitTask)
    if not tasks:
        named = f"no task names {unit!r}" + (f" as {role}" if role != "any" else "")
        no_rows("No task: " + empty_reason(db, "tasks", named, region=region, year=year, within=within), fmt)
    if fmt == "table":
        rows = [[t.role + (" (inferred)" if t.inferred else ""),
                 t.printed_name if t.printed_name == t.unit else f"{t.printed_name}\n= {t.unit}",
                 _where(t), _names(t.lead), short(t.covered_text)] for t in tasks]
        table(f"Tasks of {unit}", ["Role", "Unit", "Notice / task", "Lead", "Covered text"], rows)


# --- goals -----------------------------------------------------------------------------

@click.command("goals")
@click.option("--region", help="Only this region (`万载` finds 万载县).")
@click.option("--within", is_flag=True, help="With --region: its counties or cities too (宜春市 → 万载县 …).")
@click.option("--year", type=int, help="Only goals for this year.")
@click.option("--kind", type=click.Choice(["target", "stretch", "actual", "reward"]), help="Only this kind.")
@click.option("--indicator", help="Only this indicator (canonical or as printed).")
@click.option("--limit", type=click.IntRange(min=1), help="Most goals to show.")
@db_option
@output_options
def goals_command(region: str | None, within: bool, year: int | None, kind: str | None, indicator: str | None,
                  limit: int | None, db_path: str, fmt: str) -> None:
    """List goals with their evidence."""
    import store

    db = open_existing(db_path)
    goals = store.list_goals(db, region=region, year=year, kind=kind, indicator=indicator, limit=limit,
                             within=within)
    emit(goals, fmt, store.GoalRow)
    if not goals:
        wanted = " and ".join(f"{name} {value!r}" for name, value in (("kind", kind), ("indicator", indicator))
                              if value)
        no_rows("No goals: " + empty_reason(db, "goals", f"none of {wanted}" if wanted else "none match",
                                            region=region, year=year, within=within), fmt)
    if fmt == "table":
        rows = [[g.region or "—", str(g.year or "—"), g.kind or "—", g.indicator,
                 f"{'' if g.comparator in (None, '=') else g.comparator + ' '}{_num(g.value)} {g.unit or ''}",
                 g.scope or "—", g.period or "—", short(g.evidence)] for g in goals]
        table("Goals", ["Region", "Year", "Kind", "Indicator", "Value", "Scope", "Period", "Evidence"], rows)


# --- notices ---------------------------------------------------------------------------

@click.command("notices")
@click.option("--region", help="Only this region (`广西` finds 广西壮族自治区).")
@click.option("--within", is_flag=True, help="With --region: its counties or cities too.")
@click.option("--year", type=int, help="Only notices whose year is this.")
@click.option("--flagged", is_flag=True, help="Only notices with no region or no year (diff cannot use them).")
@click.option("--limit", type=click.IntRange(min=1), help="Most notices to show.")
@db_option
@output_options
def notices_command(region: str | None, within: bool, year: int | None, flagged: bool, limit: int | None,
                    db_path: str, fmt: str) -> None:
    """What the store holds: each notice's region, year, title and URL, flagging those
    with no region or no year (supply them with `ingest --manifest`)."""
    import store

    db = open_existing(db_path)
    rows = store.list_notices(db, region=region, year=year, within=within, flagged=flagged, limit=limit)
    emit(rows, fmt, store.NoticeRow)
    if not rows:
        fallback = "every one has a region and a year" if flagged else "none match"
        no_rows("No notice: " + empty_reason(db, "notices", fallback, region=region, year=year, within=within), fmt)
    if fmt == "table":
        cells = [[n.region or "— (no region)", str(n.year or "— (no year)"), short(n.title, 40),
                  n.url or n.source, f"{n.goals} / {n.assignments}", ", ".join(n.supplied) or "—"] for n in rows]
        flagged_count = sum(1 for n in rows if n.flags)
        table("Notices", ["Region", "Year", "Title", "URL or file", "Goals / tasks", "Supplied"], cells,
              notes=[f"{flagged_count} notice(s) with no region or no year"] if flagged_count else [])


# --- search ----------------------------------------------------------------------------

@click.command("search")
@click.argument("query")
@click.option("--kind", type=click.Choice(["notice", "task", "goal"]), help="Only hits of this kind.")
@click.option("--region", help="Only notices of this region.")
@click.option("--year", type=int, help="Only notices (tasks, goals) of this year.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="Most hits to show.")
@db_option
@output_options
def search_command(query: str, kind: str | None, region: str | None, year: int | None, limit: int, db_path: str,
                   fmt: str) -> None:
    """Full-text search over notices' texts, task texts and goal indicators: every word
    of QUERY (Chinese words of any length) must be in the hit, best first.

    Notices' whole texts are searched once `policydb index` has indexed them."""
    import store
    from store import text_index

    db = open_existing(db_path)
    hits = store.search(db, query, kind=kind, region=region, year=year, limit=limit)
    emit(hits, fmt, store.SearchHit)
    behind = text_index.pending(db) if kind in (None, "notice") else 0
    if behind:
        click.echo(f"{behind} notice(s) are not in the text index yet: policydb index --db {db_path}", err=True)
    if not hits:
        no_rows("No hit: " + empty_reason(db, "notices", f"nothing holds every word of {query!r}", region=region,
                                          year=year), fmt)
    if fmt == "table":
        rows = [[h.kind, f"{h.region or '—'} {h.year or ''}\n{short(h.title, 30)}", short(h.body, 70)] for h in hits]
        table(f"Search: {query}", ["Kind", "Notice", "Text"], rows)


# --- rejections ------------------------------------------------------------------------

@click.command("rejections")
@click.option("--code", help="Only this error code (E005).")
@click.option("--limit", type=click.IntRange(min=1), help="Most rejections to show.")
@db_option
@output_options
def rejections_command(code: str | None, limit: int | None, db_path: str, fmt: str) -> None:
    """The files ingest could not store, with the error code and reason of each (newest
    first). A file leaves this list when a later ingest stores it."""
    import store

    rows = store.list_rejections(open_existing(db_path), code=code, limit=limit)
    emit(rows, fmt, store.RejectionRow)
    if not rows:
        no_rows("No rejection" + (f" with code {code}" if code else "") + " is recorded.", fmt)
    if fmt == "table":
        table("Rejections", ["Code", "File", "Why"],
              [[f"{r.code}\n{r.meaning}", r.path, r.reason] for r in rows])


# --- index and serve -------------------------------------------------------------------

@click.command("index")
@db_option
def index_command(db_path: str) -> None:
    """Add the notices stored since the last run to the index of notices' whole texts
    (what `search` and Datasette's search box find in notices). Safe to re-run."""
    from store import text_index

    db = open_existing(db_path, write=True)
    with _progress_bar(enabled=sys.stderr.isatty()) as progress:
        added = text_index.index_notices(db, progress=(lambda done, total: progress(done, total, "", ""))
                                         if progress else None)
    db.conn.close()
    click.echo(f"{db_path}: {added} notice(s) added to the text index")


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True, help="Port to listen on.")
@click.option("--no-index", is_flag=True, help="Do not bring the notice text index up to date first.")
@click.option("--open", "open_browser", is_flag=True, help="Open the site in a browser.")
def serve_command(db_path: str, host: str, port: int, no_index: bool, open_browser: bool) -> None:
    """Browse the store in Datasette (the `serve` extra), whatever its file is called: facets
    on region, year, kind and unit, canned queries (who leads, what a unit leads, a
    region's targets by year, an indicator's series) and a search box that finds Chinese
    words in notices, tasks and goals."""
    from policydb.serve import serve
    from store import text_index

    open_existing(db_path).conn.close()  # a coded error now for a missing, foreign or damaged file
    if not no_index:
        try:
            db = open_existing(db_path, write=True)
        except PolicydbError as exc:
            if exc.code != "E019":
                raise
            click.echo(f"not indexing notice texts: {exc.detail}", err=True)  # served as it is
        else:
            if waiting := text_index.pending(db):
                click.echo(f"indexing {waiting} notice text(s) for search…", err=True)
                text_index.index_notices(db)
            db.conn.close()
    serve(db_path, host=host, port=port, open_browser=open_browser)


COMMANDS = (ingest_command, load_command, index_command, lead_command, tasks_command, goals_command, notices_command,
            search_command, rejections_command, serve_command)


def register(main: click.Group) -> None:
    """Add the store's commands to the `policydb` group (idempotent)."""
    for command in COMMANDS:
        if command.name not in main.commands:
            main.add_command(command)
