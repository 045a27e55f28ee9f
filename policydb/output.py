"""How the listing commands print rows, the way sqlite-utils does it.

A table by default, on a terminal or piped alike (output is never switched behind the
user's back); `--json`, `--nl` (JSON Lines), `--csv` or `--tsv` chosen explicitly, with
`--format X` kept as a synonym. CSV and TSV have a fixed column list per command, taken
from the row type rather than from the first row: a nested figure (a diff's `before`)
becomes `before_value`, `before_unit` … whether or not a row has one, a span becomes
`span_start` and `span_end`, and a list of names is joined with 、.

An empty answer prints nothing on a terminal but its reason, `[]` as JSON, a header as
CSV, and exits with NO_ROWS_EXIT_STATUS, the reason on stderr.
"""
from __future__ import annotations

import csv
import dataclasses
import functools
import io
import json
import types
import typing
from collections.abc import Callable, Iterable
from typing import Any

import click

FORMATS = ("table", "json", "nl", "csv", "tsv")
_FLAG_HELP = {
    "table": "A table (the default).",
    "json": "A JSON array of rows.",
    "nl": "JSON Lines: one row object per line.",
    "csv": "CSV with a header and a fixed column list.",
    "tsv": "TSV, as --csv with tabs.",
}
# The command ran, but its answer is empty (grep's convention; ingest uses the same status
# when some files were rejected): scripts can tell "nothing" from "something" and from
# an error (2) or an internal error (3).
NO_ROWS_EXIT_STATUS = 1


def output_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--table, --json, --nl, --csv, --tsv (at most one) and --format X → the command's `fmt`."""

    @functools.wraps(func)
    def command(*args: Any, **kwargs: Any) -> Any:
        chosen = [name for name in FORMATS if kwargs.pop(f"as_{name}")]
        synonym = kwargs.pop("fmt")
        chosen = list(dict.fromkeys([*chosen, *([synonym] if synonym else [])]))
        if len(chosen) > 1:
            raise click.UsageError(f"choose one output format, not {' and '.join(chosen)}")
        return func(*args, fmt=chosen[0] if chosen else "table", **kwargs)

    for name in reversed(FORMATS):
        command = click.option(f"--{name}", f"as_{name}", is_flag=True, help=_FLAG_HELP[name])(command)
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                        help="The same as the flag of that name.")(command)


# --- columns -----------------------------------------------------------------------------

def _nested_type(hint: Any) -> type | None:
    """The dataclass a field holds (`Figure | None` → Figure), else None."""
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union \
        else (hint,)
    found = [t for t in options if dataclasses.is_dataclass(t)]
    return found[0] if found else None


def _is_span(name: str) -> bool:
    return name == "span" or name.endswith("_span")


def _has_note(row_type: type) -> bool:
    return isinstance(getattr(row_type, "note", None), property)


@functools.cache
def _layout(row_type: type) -> tuple[tuple[str, type | None, bool], ...]:
    """Each field of a row dataclass: (name, the dataclass it nests or None, is a span),
    read from its type hints once per type."""
    hints = typing.get_type_hints(row_type)
    return tuple((f.name, _nested_type(hints[f.name]), _is_span(f.name)) for f in dataclasses.fields(row_type))


@functools.cache
def columns(row_type: type) -> tuple[str, ...]:
    """The flat column names of a row dataclass, nested dataclasses and spans spread out."""
    names: list[str] = []
    for name, nested, span in _layout(row_type):
        if nested is not None:
            names.extend(f"{name}_{column}" for column in columns(nested))
        elif span:
            names.extend((f"{name}_start", f"{name}_end"))
        else:
            names.append(name)
    return (*names, "note") if _has_note(row_type) else tuple(names)


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return "、".join("" if v is None else str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def flat_row(row: Any) -> dict[str, Any]:
    """One row dataclass as {column: cell}, in `columns(type(row))` order."""
    out: dict[str, Any] = {}
    for name, nested, span in _layout(type(row)):
        value = getattr(row, name)
        if nested is not None:
            inner = flat_row(value) if value is not None else dict.fromkeys(columns(nested))
            out.update({f"{name}_{key}": cell for key, cell in inner.items()})
        elif span:
            start, end = value if value else (None, None)
            out.update({f"{name}_start": start, f"{name}_end": end})
        else:
            out[name] = _cell(value)
    if _has_note(type(row)):
        out["note"] = row.note
    return out


def plain(row: Any) -> Any:
    """A row dataclass as JSON-ready nested data (its `note` property included)."""
    if dataclasses.is_dataclass(row) and not isinstance(row, type):
        data = dataclasses.asdict(row)
        if _has_note(type(row)):
            data["note"] = row.note
        return data
    return row


# --- printing ----------------------------------------------------------------------------

def emit(rows: Iterable[Any], fmt: str, row_type: type, *, wrapper: dict[str, Any] | None = None) -> bool:
    """Print rows as JSON, JSON Lines, CSV or TSV; False for the table format (the caller
    draws it). `wrapper` puts JSON rows inside an object of the answer's own fields."""
    rows = list(rows)
    if fmt == "json":
        data = [plain(r) for r in rows]
        click.echo(json.dumps(data if wrapper is None else {**wrapper, "rows": data}, ensure_ascii=False, indent=1))
    elif fmt == "nl":
        for row in rows:
            click.echo(json.dumps(plain(row), ensure_ascii=False))
    elif fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns(row_type), lineterminator="\n",
                                delimiter="\t" if fmt == "tsv" else ",")
        writer.writeheader()
        writer.writerows(flat_row(r) for r in rows)
        click.echo(buffer.getvalue(), nl=False)
    else:
        return False
    return True


def no_rows(reason: str, fmt: str) -> None:
    """End a command whose answer is empty: its reason (on stderr unless a table was asked
    for, so machine output stays parseable) and NO_ROWS_EXIT_STATUS."""
    click.echo(reason, err=fmt != "table")
    raise click.exceptions.Exit(NO_ROWS_EXIT_STATUS)
