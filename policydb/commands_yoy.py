"""Year-over-year commands: diff, series, attainment, cascade. Each parses, calls `store`,
formats (table, json or csv, as the store's other commands), and `series` and `diff`
draw a chart on request (`--chart FILE`: .png, .svg or .html).
"""
from __future__ import annotations

from typing import Any

import click

from policydb.commands_store import db_option, empty_reason, open_existing, short, table
from policydb.output import emit, no_rows, output_options

KINDS = ("target", "stretch", "actual", "reward")


def _figure_cell(figure: Any, width: int = 40) -> str:
    if figure is None:
        return "—"
    more = f" (+{figure.others} more)" if figure.others else ""
    source = f"\n{figure.url}" if figure.url else ""
    return f"{figure.text}{more}\n{short(figure.evidence, width)}{source}"


def _chart_option(func: Any) -> Any:
    return click.option("--chart", "chart_path", type=click.Path(dir_okay=False, path_type=str),
                        help="Also draw the indicator's targets and actuals per year: FILE.png, .svg or .html.")(func)


def _draw(points: list[Any], chart_path: str, title: str) -> None:
    from policydb.charts import series_chart

    if not points:
        click.echo(f"No chart: no yearly goal of {title} is stored.", err=True)
        return
    fmt = series_chart(points, chart_path, title=title)
    click.echo(f"Chart ({fmt}) written to {chart_path}", err=True)


# --- diff ------------------------------------------------------------------------------

def _change_cell(row: Any) -> str:
    if row.status == "incomparable":
        return "units differ"
    if row.change is None:
        return "—"
    text = f"{row.change:+g} {row.change_unit or ''}"
    if row.relative is not None:
        text += f"\n{row.relative:+.1%}"
    return text


@click.command("diff")
@click.option("--region", required=True, help="Region to compare (`上海` finds 上海市; a district with or without "
                                              "its city).")
@click.option("--from", "from_year", type=int, required=True, help="The earlier year.")
@click.option("--to", "to_year", type=int, required=True, help="The later year.")
@click.option("--status", "statuses", multiple=True, type=click.Choice(["changed", "same", "incomparable", "new",
                                                                        "dropped"]),
              help="Only rows of this status (repeatable).  [default: changed, same, incomparable]")
@click.option("--all", "show_all", is_flag=True, help="Also indicators only one of the years has (new, dropped).")
@click.option("--kind", type=click.Choice(KINDS), help="Only goals of this kind.")
@click.option("--indicator", help="Only this indicator (canonical or as printed).")
@_chart_option
@db_option
@output_options
def diff_command(region: str, from_year: int, to_year: int, chart_path: str | None, db_path: str,
                 fmt: str, **filters: Any) -> None:
    """Compare a region's goals for two years: each year's target with the other year's
    target, actual with actual, indicator by indicator (aliases meet: GDP增速 = 地区生产总值增长).

    Shows the value then and now with the evidence of each side, and the change
    (absolute and relative, 万/亿 converted). --chart needs --indicator.
    """
    import store
    from store.yoy import PAIRED, STATUSES

    kind, indicator = filters["kind"], filters["indicator"]
    if chart_path and not indicator:
        raise click.UsageError("--chart draws one indicator: give --indicator too")
    wanted = filters["statuses"] or (STATUSES if filters["show_all"] else PAIRED)
    db = open_existing(db_path)
    report = store.diff_targets(db, region, from_year, to_year, kind=kind, indicator=indicator, statuses=wanted)
    if chart_path:
        points = [p for p in store.goal_series(db, region, indicator, kind=kind) if from_year <= p.year <= to_year]
        _draw(points, chart_path, f"{'/'.join(report.regions) or region} {indicator}")
    header = {"region": report.region, "regions": report.regions, "from_year": from_year, "to_year": to_year,
              "hidden": report.hidden}
    emit(report.rows, fmt, store.DiffRow, wrapper=header if fmt == "json" else None)
    hidden = ", ".join(f"{count} {status}" for status, count in sorted(report.hidden.items()))
    if not report.rows:
        why = (f"no goals of {'/'.join(report.regions)} pair between {from_year} and {to_year}"
               + (f" ({hidden}; --all shows them)" if hidden else ""))
        if not report.hidden:
            reasons = (empty_reason(db, "goals", "", region=region, year=year) for year in (from_year, to_year))
            why = "; ".join(dict.fromkeys(filter(None, reasons))) or why
        no_rows(f"No rows: {why}", fmt)
    if fmt != "table":
        return
    rows = [[r.indicator, r.scope or "—", r.kind or "—", r.status, _figure_cell(r.before), _figure_cell(r.after),
             _change_cell(r)] for r in report.rows]
    table(f"{'/'.join(report.regions)}: {from_year} → {to_year}",
           ["Indicator", "Scope", "Kind", "Status", str(from_year), str(to_year), "Change"], rows,
           notes=[f"Not shown: {hidden} (--all shows them)."] if hidden else [])


# --- series ----------------------------------------------------------------------------

@click.command("series")
@click.option("--region", required=True, help="Region (`上海` finds 上海市).")
@click.option("--indicator", required=True, help="Indicator, canonical or as printed (地区生产总值增长, GDP增长).")
@click.option("--kind", type=click.Choice(KINDS), help="Only this kind (default: targets and actuals).")
@click.option("--scope", help="A part of the region the goals are scoped to (default: the whole region).")
@_chart_option
@db_option
@output_options
def series_command(region: str, indicator: str, kind: str | None, scope: str | None, chart_path: str | None,
                   db_path: str, fmt: str) -> None:
    """One indicator's targets and actuals for a region over every year stored."""
    import store

    db = open_existing(db_path)
    points = store.goal_series(db, region, indicator, kind=kind, scope=scope)
    if chart_path:
        _draw(points, chart_path, f"{'/'.join(store.matching_regions(db, region) or [region])} {indicator}")
    emit(points, fmt, store.SeriesPoint)
    if not points:
        no_rows("No series: " + empty_reason(db, "goals", f"no yearly goal of {indicator!r} is stored for "
                                                          f"{region!r}", region=region), fmt)
    if fmt != "table":
        return
    rows = [[str(p.year), p.kind, _figure_cell(p.figure, 50), short(p.figure.title, 30)] for p in points]
    table(f"{region}: {indicator}", ["Year", "Kind", "Figure", "Notice"], rows)


# --- attainment ------------------------------------------------------------------------

@click.command("attainment")
@click.option("--region", required=True, help="Region (`上海` finds 上海市).")
@click.option("--year", type=int, required=True, help="The year whose targets are judged.")
@click.option("--indicator", help="Only this indicator.")
@db_option
@output_options
def attainment_command(region: str, year: int, indicator: str | None, db_path: str, fmt: str) -> None:
    """Were a region's targets for YEAR met? Each target beside the actual figure stored
    for that year (usually from the next year's work report or a 完成情况 通报): met,
    missed, or unknown when no actual is stored. A `>=` target is met by reaching it; a
    左右 target by reaching it at its own printed precision; see the README."""
    import store

    db = open_existing(db_path)
    rows = store.attainment(db, region, year, indicator=indicator)
    emit(rows, fmt, store.AttainmentRow)
    if not rows:
        no_rows("No target: " + empty_reason(db, "goals", f"no target for {year} is stored for {region!r}",
                                             region=region, year=year), fmt)
    if fmt != "table":
        return
    counts = {status: sum(1 for r in rows if r.status == status) for status in ("met", "missed", "unknown")}
    cells = [[r.indicator + (f"\n({r.scope})" if r.scope else ""), r.target.kind or "—", r.status,
              _figure_cell(r.target), _figure_cell(r.actual), r.reason] for r in rows]
    table(f"{region}: targets for {year}", ["Indicator", "Kind", "Status", "Target", "Actual", "Why"], cells,
           notes=[", ".join(f"{n} {status}" for status, n in counts.items())])


# --- cascade ---------------------------------------------------------------------------

@click.command("cascade")
@click.option("--region", required=True, help="The higher region (a province or a city).")
@click.option("--year", type=int, required=True, help="The year the targets are for.")
@click.option("--indicator", required=True, help="Indicator, canonical or as printed.")
@click.option("--kind", type=click.Choice(KINDS), default="target", show_default=True)
@db_option
@output_options
def cascade_command(region: str, year: int, indicator: str, kind: str, db_path: str, fmt: str) -> None:
    """A region's target beside those of its cities and counties (层层加码): each with how
    far it sets its figure above the region directly over it."""
    import store

    db = open_existing(db_path)
    rows = store.cascade(db, region, year, indicator, kind=kind)
    emit(rows, fmt, store.CascadeRow)
    if not rows:
        no_rows("No cascade: " + empty_reason(db, "goals", f"no {kind} of {indicator!r} for {year} is stored for "
                                                           f"{region!r} or the regions in it",
                                              region=region, year=year, within=True), fmt)
    if fmt != "table":
        return
    cells = [[("  " if r.level == "county" else "") + r.region, r.level, _figure_cell(r.figure),
              f"{r.above_parent:+g} vs {r.parent}" if r.above_parent is not None else "—"] for r in rows]
    table(f"{region} {year}: {indicator} ({kind})", ["Region", "Level", "Figure", "Above its parent"], cells)


COMMANDS = (diff_command, series_command, attainment_command, cascade_command)


def register(main: click.Group) -> None:
    """Add the year-over-year commands to the `policydb` group (idempotent)."""
    for command in COMMANDS:
        if command.name not in main.commands:
            main.add_command(command)
