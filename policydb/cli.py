"""The `policydb` command: a thin layer over policydb.api. It parses, calls, prints.

Library errors (PolicydbError) become one line, `Error E00n: …`, and exit status 2;
nothing a user types should show a traceback (use --debug to see one for a bug).
"""
from __future__ import annotations

import json
import logging
import sqlite3
import sys

import click

from policydb.errors import PolicydbError
from policydb.options import max_size_option

log = logging.getLogger("policydb")


class PolicydbGroup(click.Group):
    """Turns library errors into one clean line at the edge."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except PolicydbError as exc:
            click.echo(f"Error {exc}", err=True)
            ctx.exit(2)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except Exception as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            if isinstance(exc, sqlite3.DatabaseError):
                from store.schema import damaged_store, store_error

                if damaged_store(exc):
                    # Pages of the store that read as damaged mid-query or mid-write.
                    click.echo(f"Error {store_error('the --db file', exc)}", err=True)
                    ctx.exit(2)
            click.echo(f"Error E999: internal error ({type(exc).__name__}: {exc}); "
                       "rerun with --debug and report it", err=True)
            ctx.exit(3)


@click.group(cls=PolicydbGroup)
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug) to stderr.")
@click.option("--debug", is_flag=True, help="Show tracebacks of internal errors.")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="SQLite file of the store, for every command (a command's own --db wins; "
                   "else $POLICYDB_DB, else outputs/policydb.sqlite).")
@click.version_option(package_name="policydb")
@click.pass_context
def main(ctx: click.Context, verbose: int, debug: bool, db_path: str | None) -> None:
    """policydb: scraped Chinese policy notices → goals, responsible units and deadlines."""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    ctx.obj["db"] = db_path
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@main.command()
@click.argument("path", type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True,
              help="json: the export object (EXPORT.md); text: a readable summary.")
@max_size_option
def extract(path: str, fmt: str, max_bytes: int) -> None:
    """Ingest, normalise and extract one notice file (.txt or .html) and print the result."""
    from policydb.api import export, process_path

    notice = process_path(path, max_bytes=max_bytes)
    data = export(notice)
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        from policydb.summary import print_summary

        print_summary(notice, data)


def _register_commands() -> None:
    # The store and review commands live beside their libraries; registering them here
    # keeps `policydb --help` the one list of everything.
    from policydb.commands_review import register as register_review
    from policydb.commands_store import register as register_store
    from policydb.commands_yoy import register as register_yoy

    register_store(main)
    register_yoy(main)
    register_review(main)


_register_commands()

if __name__ == "__main__":
    main()
