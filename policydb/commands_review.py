"""The `review` command: one notice as a self-contained HTML page for checking extraction by eye.

`register(main)` adds it to the `policydb` group.
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import click

from policydb.commands_store import db_option
from policydb.errors import PolicydbError
from policydb.options import max_size_option

# An argument that is no file is read as a notice id (or a prefix of one) in the store.
_ID_LIKE = re.compile(r"[0-9a-fA-F]{6,64}")


@click.command()
@click.argument("target", metavar="PATH|NOTICE_ID")
@click.option("--html", "out", required=True, type=click.Path(dir_okay=False, path_type=str),
              help="Write the page here ('-' for stdout).")
@db_option
@max_size_option
def review(target: str, out: str, db_path: str, max_bytes: int) -> None:
    """Write an HTML page of one notice's clean text with every goal, responsible-unit
    assignment and deadline highlighted and listed beside it.

    PATH is a notice file (.txt or .html), processed now; anything else is a notice id
    (at least 6 hex digits of it) looked up in the store given by --db.
    """
    from store.review import render_review, review_from_db

    if os.path.exists(target):
        from policydb.api import process_path, review_export

        data = review_export(process_path(target, max_bytes=max_bytes))
    elif _ID_LIKE.fullmatch(target):
        data = review_from_db(db_path, target)
    else:
        raise PolicydbError("E001", f"{target}: no such file, and not a notice id (6 or more hex digits)")
    page = render_review(data)
    if out == "-":
        sys.stdout.write(page)
        return
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(page, encoding="utf-8")
    counts = ", ".join(f"{len(data.get(k) or [])} {k}" for k in ("goals", "assignments", "deadlines"))
    click.echo(f"wrote {out} ({counts})", err=True)


def register(main: click.Group) -> None:
    """Add `review` to the `policydb` command group."""
    main.add_command(review)
