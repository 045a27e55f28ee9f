"""Command-line options shared by several commands."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from ingest import MAX_BYTES


def _megabytes(ctx: click.Context, param: click.Parameter, value: float) -> int:
    return int(value * 1024 * 1024)


def max_size_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--max-size MB` → the command's `max_bytes`: larger files are refused with E011."""
    return click.option(
        "--max-size", "max_bytes", type=click.FloatRange(min=0, min_open=True), default=MAX_BYTES / 1024 / 1024,
        show_default=True, callback=_megabytes, metavar="MB",
        help="Refuse files larger than this many MB (E011); a notice is rarely over 1 MB.")(func)


# How long one file may take to parse before ingest gives it up as a rejection (E017): an
# 8 MB notice takes about 16 s, so this is far past any real one, and a pathological file
# cannot stall a batch of thousands.
TIME_LIMIT_S = 300.0


def time_limit_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--time-limit SECONDS` → the command's `seconds` (0: no limit)."""
    return click.option(
        "--time-limit", "seconds", type=click.FloatRange(min=0), default=TIME_LIMIT_S, show_default=True,
        metavar="SECONDS", help="Give up a file that takes longer than this to parse (E017); 0: no limit.")(func)
