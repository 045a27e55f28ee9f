"""The store's commands: ingest, lead, tasks, goals, notices. Each parses, calls `store`, formats.
The year-over-year commands (diff, series, attainment, cascade) are in commands_yoy.py.

`register(main)` adds them to the `policydb` group. Listing commands print a rich table
on a terminal and JSON otherwise (`--format` chooses); CSV flattens nested fields.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import sys
from collections.abc import Callable, Iterable
from typing import Any

import click

from policydb.errors import PolicydbError
from policydb.options import max_size_option, time_limit_option

FORMATS = ("table", "json", "csv")
_TEXT_WIDTH = 60  # characters of covered text / evidence shown in a table cell


def _db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=str),
                        default=None, help="SQLite file of the store  [default: outputs/policydb.sqlite]")(func)


def _format_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                        help="table (default on a terminal), json (default otherwise) or csv.")(func)


def _fmt(fmt: str | None) -> str:
    return fmt or ("table" if sys.stdout.isatty() else "json")


def _open_existing(db_path: str | None):
    import store

    path = db_path or store.DEFAULT_DB
    if not os.path.exists(path):
        raise PolicydbError("E001", f"no store at {path}; run `policydb ingest PATH… --db {path}` first")
    # Queries only read: a store on a read-only file, folder or mount answers them too.
    return store.open_db(path, readonly=True)


def _plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        data = dataclasses.asdict(obj)
        note = getattr(obj, "note", None)
        if note is not None:
            data["note"] = note
        return data
    return obj


def _flatten(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}_"))
        elif isinstance(value, list):
            flat[name] = "、".join("" if v is None else str(v) for v in value)
        else:
            flat[name] = value
    return flat


def _emit_data(rows: Iterable[Any], fmt: str, *, wrapper: dict[str, Any] | None = None) -> bool:
    """Print rows as JSON or CSV; returns False for the table format (caller draws it)."""
    plain = [_plain(r) for r in rows]
    if fmt == "json":
        payload: Any = plain if wrapper is None else {**wrapper, "rows": plain}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=1))
        return True
    if fmt == "csv":
        flat = [_flatten(r) for r in plain]
        columns = list(dict.fromkeys(k for r in flat for k in r))
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat)
        click.echo(buffer.getvalue(), nl=False)
        return True
    return False


def _table(title: str, headers: list[str], rows: list[list[str]], notes: Iterable[str] = ()) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=title, show_lines=True)
    for header in headers:
        table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*row)
    console.print(table)
    for note in notes:
        console.print(note, markup=False)


def _short(text: str | None, width: int = _TEXT_WIDTH) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def _num(value: float | None) -> str:
    if value is None:
        return "—"
    from policydb.summary import figure

    return figure(value)


def _where(row: Any) -> str:
    """Region, year, task path and notice title in one cell."""
    return f"{row.region or '—'} {row.year or ''}\ntask {row.task or '—'}\n{_short(row.title, 30)}"


def _names(names: list[str]) -> str:
    return "、".join(names) or "—"


# --- ingest ----------------------------------------------------------------------------

@click.command("ingest")
@click.argument("paths", nargs=-1)
@click.option("--manifest", type=click.Path(dir_okay=False, path_type=str),
              help="CSV, TSV or JSON Lines file: a `path` column (relative to its folder) and any of url, title, "
                   "issuer, issued, region, year, doc_number. Its notices are ingested, the fields it gives winning.")
@_db_option
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Parse files in this many processes (one process writes).")
@click.option("--force", is_flag=True, help="Parse files again even when their bytes are unchanged.")
@max_size_option
@time_limit_option
@_format_option
def ingest_command(paths: tuple[str, ...], manifest: str | None, db_path: str | None, workers: int, force: bool,
                   max_bytes: int, seconds: float, fmt: str | None) -> None:
    """Ingest notice files, folders (recursively) and globs into the store.

    Each notice is written in one transaction. Re-running on the same files changes
    nothing; a changed file replaces what its path held. Files that are not notices are
    recorded in the `rejections` table with their error code, and the run goes on.

    Metadata a scraper knows comes from --manifest or from a sidecar NAME.meta.json
    beside a notice (the same fields, as a JSON object); supplied fields win over those
    the text gives and are listed in the notice's `supplied` column.

    Exit status: 0 when every file was ingested (or was already), 1 when the run
    finished but some files were rejected, 2 when the run could not start.
    """
    from policydb.batch import Limits, ingest_paths
    from store.schema import DEFAULT_DB

    fmt = _fmt(fmt)
    if not paths and not manifest:
        raise click.UsageError("give the notices to ingest: PATHS, or --manifest FILE")
    target = db_path or DEFAULT_DB
    with _progress_bar(enabled=sys.stderr.isatty()) as progress:
        summary = ingest_paths(list(paths), target, workers=workers, force=force, progress=progress,
                               limits=Limits(max_bytes, seconds or None), manifest=manifest)
    _report_ingest(summary, target, fmt)
    if summary.rejected:
        sys.exit(REJECTED_EXIT_STATUS)


# The run finished, but some files are in `rejections`: scripts must be able to tell.
REJECTED_EXIT_STATUS = 1


def _report_ingest(summary: Any, target: str, fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False, indent=1))
        return
    if _emit_data(summary.files, fmt):
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
        kinds = sorted({os.path.splitext(f.path)[1] or "(none)" for f in summary.skipped})
        click.echo(f"  skipped {len(summary.skipped)} file(s) of other types: {', '.join(kinds)}")


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

    def _advance(self, done: int, total: int, path: str, outcome: str) -> None:
        if self._task is None:
            self._task = self._progress.add_task("", total=total)
        self._progress.update(self._task, completed=done, description=_short(os.path.basename(path), 40))

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
@_db_option
@_format_option
def lead_command(query: str, region: str | None, year: int | None, limit: int, db_path: str | None,
                 fmt: str | None) -> None:
    """Which unit leads task QUERY: the best-matching tasks with their lead and responsible units.

    Where a task has no printed lead its responsible units are shown; where the notice
    says the first listed unit leads (列第一位的为牵头单位), that unit is shown as an
    inferred lead.
    """
    import store

    fmt = _fmt(fmt)
    answers = store.who_leads(_open_existing(db_path), query, region=region, year=year, limit=limit)
    if _emit_data(answers, fmt):
        return
    if not answers:
        click.echo(f"No task matches {query!r}.")
        return
    rows = [[str(a.rank), _where(a), _lead_cell(a), _names(a.units), _short(a.covered_text)] for a in answers]
    _table(f"Who leads: {query}", ["#", "Notice / task", "Lead", "Responsible units", "Covered text"], rows)


# --- tasks -----------------------------------------------------------------------------

@click.command("tasks")
@click.option("--unit", "unit", required=True, help="Unit name, as printed (市发改委) or canonical (沧州市发展改革委).")
@click.option("--region", help="Only notices of this region.")
@click.option("--within", is_flag=True, help="With --region: its counties or cities too (宜春市 → 万载县 …).")
@click.option("--role", type=click.Choice(["lead", "unit", "any"]), default="any", show_default=True,
              help="lead: tasks it leads; unit: tasks it shares; any: both.")
@click.option("--year", type=int, help="Only notices whose plan year is this.")
@_db_option
@_format_option
def tasks_command(unit: str, region: str | None, within: bool, role: str, year: int | None, db_path: str | None,
                  fmt: str | None) -> None:
    """What a unit leads or shares, across notices."""
    import store

    fmt = _fmt(fmt)
    tasks = store.tasks_for_unit(_open_existing(db_path), unit, region=region, role=role, year=year, within=within)
    if _emit_data(tasks, fmt):
        return
    if not tasks:
        click.echo(f"No task names {unit!r}" + (f" in {region}" if region else "") + ".")
        return
    rows = [[t.role + (" (inferred)" if t.inferred else ""),
             t.printed_name if t.printed_name == t.unit else f"{t.printed_name}\n= {t.unit}",
             _where(t), _names(t.lead), _short(t.covered_text)] for t in tasks]
    _table(f"Tasks of {unit}", ["Role", "Unit", "Notice / task", "Lead", "Covered text"], rows)


# --- goals -----------------------------------------------------------------------------

@click.command("goals")
@click.option("--region", help="Only this region (`万载` finds 万载县).")
@click.option("--within", is_flag=True, help="With --region: its counties or cities too (宜春市 → 万载县 …).")
@click.option("--year", type=int, help="Only goals for this year.")
@click.option("--kind", type=click.Choice(["target", "stretch", "actual", "reward"]), help="Only this kind.")
@click.option("--indicator", help="Only this indicator (canonical or as printed).")
@click.option("--limit", type=click.IntRange(min=1), help="Most goals to show.")
@_db_option
@_format_option
def goals_command(region: str | None, within: bool, year: int | None, kind: str | None, indicator: str | None,
                  limit: int | None, db_path: str | None, fmt: str | None) -> None:
    """List goals with their evidence."""
    import store

    fmt = _fmt(fmt)
    goals = store.list_goals(_open_existing(db_path), region=region, year=year, kind=kind, indicator=indicator,
                             limit=limit, within=within)
    if _emit_data(goals, fmt):
        return
    if not goals:
        click.echo("No goals match.")
        return
    rows = [[g.region or "—", str(g.year or "—"), g.kind or "—", g.indicator,
             f"{'' if g.comparator in (None, '=') else g.comparator + ' '}{_num(g.value)} {g.unit or ''}",
             g.scope or "—", g.period or "—", _short(g.evidence)] for g in goals]
    _table("Goals", ["Region", "Year", "Kind", "Indicator", "Value", "Scope", "Period", "Evidence"], rows)


# --- notices ---------------------------------------------------------------------------

@click.command("notices")
@click.option("--region", help="Only this region (`广西` finds 广西壮族自治区).")
@click.option("--within", is_flag=True, help="With --region: its counties or cities too.")
@click.option("--year", type=int, help="Only notices whose year is this.")
@click.option("--flagged", is_flag=True, help="Only notices with no region or no year (diff cannot use them).")
@click.option("--limit", type=click.IntRange(min=1), help="Most notices to show.")
@_db_option
@_format_option
def notices_command(region: str | None, within: bool, year: int | None, flagged: bool, limit: int | None,
                    db_path: str | None, fmt: str | None) -> None:
    """What the store holds: each notice's region, year, title and URL, flagging those
    with no region or no year (supply them with `ingest --manifest`)."""
    import store

    fmt = _fmt(fmt)
    rows = store.list_notices(_open_existing(db_path), region=region, year=year, within=within, flagged=flagged,
                              limit=limit)
    if _emit_data(rows, fmt):
        return
    if not rows:
        click.echo("No notice matches.")
        return
    table = [[n.region or "— (no region)", str(n.year or "— (no year)"), _short(n.title, 40),
              n.url or n.source, f"{n.goals} / {n.assignments}",
              ", ".join(n.supplied) or "—"] for n in rows]
    flagged_count = sum(1 for n in rows if n.flags)
    _table("Notices", ["Region", "Year", "Title", "URL or file", "Goals / tasks", "Supplied"], table,
           notes=[f"{flagged_count} notice(s) with no region or no year"] if flagged_count else [])


COMMANDS = (ingest_command, lead_command, tasks_command, goals_command, notices_command)


def register(main: click.Group) -> None:
    """Add the store's commands to the `policydb` group (idempotent)."""
    for command in COMMANDS:
        if command.name not in main.commands:
            main.add_command(command)
