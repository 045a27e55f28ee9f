"""Charts of one indicator's targets and actuals per year, drawn with matplotlib.

    from policydb.charts import series_chart
    series_chart(store.goal_series(db, "上海", "地区生产总值增长"), "gdp.png", title="上海市 地区生产总值增长")

The file's suffix picks the format: .png, .svg, or .html (the SVG inline, with the
figures as a table beneath, so the page needs no script and no network). matplotlib
is an optional extra (`policydb[charts]`), imported when a chart is asked for (E008
when missing). Chinese labels need a CJK font on the system (fonts-wqy-microhei or
fonts-noto-cjk); without one the labels are drawn, but as boxes, and a warning says so.
"""
from __future__ import annotations

import html
import io
import logging
import math
import os
from collections.abc import Sequence
from typing import Any

from policydb.errors import PolicydbError, missing_dependency
from store import canon

log = logging.getLogger(__name__)

CHART_SUFFIXES = (".png", ".svg", ".html")
# Fonts with Chinese glyphs, most common on Linux, macOS and Windows first.
_CJK_FONTS = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC",
              "Microsoft YaHei", "SimHei", "Heiti SC", "Arial Unicode MS")
# How each kind is drawn: targets as open markers on a dashed line, actuals solid.
_STYLE = {"target": ("o", "--", "#1f77b4"), "stretch": ("^", ":", "#9467bd"), "actual": ("s", "-", "#d62728")}


def chart_format(path: str) -> str:
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in CHART_SUFFIXES:
        raise PolicydbError("E007", f"{path}: a chart is written as {', '.join(CHART_SUFFIXES)}")
    return suffix[1:]


def series_chart(points: Sequence[Any], path: str, *, title: str) -> str:
    """Write the chart of `points` (store.SeriesPoint: year, kind, figure) to `path`;
    returns the format written. Values are drawn in one unit: the most recent figure's
    (a 万元 figure beside an 亿元 one is converted)."""
    fmt = chart_format(path)
    if not points:
        raise ValueError(f"nothing to chart for {title}")
    plt = _pyplot()
    unit, scale = _common_unit(points)
    figure, axes = plt.subplots(figsize=(7, 4), dpi=100)
    for kind in ("target", "stretch", "actual"):
        mine = sorted((p for p in points if p.kind == kind), key=lambda p: p.year)
        if not mine:
            continue
        marker, line, colour = _STYLE[kind]
        years = [p.year for p in mine]
        values = [_in_unit(p.figure.value, p.figure.unit, scale) for p in mine]
        axes.plot(*_gapped(years, values), marker=marker, linestyle=line, color=colour, label=kind,
                  markerfacecolor="white" if kind != "actual" else colour)
        for point, value in zip(mine, values, strict=True):
            if point.figure.upper is not None:  # a range: drawn from its floor to its top
                top = _in_unit(point.figure.upper, point.figure.unit, scale)
                axes.vlines(point.year, value, top, color=colour, linewidth=3, alpha=0.4)
    axes.set_title(title)
    axes.set_xlabel("year")
    axes.set_ylabel(unit or "")
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.grid(alpha=0.3)
    axes.legend()
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png" if fmt == "png" else "svg")
    plt.close(figure)
    data = buffer.getvalue()
    if fmt == "html":
        data = _html_page(title, data.decode("utf-8"), points).encode("utf-8")
    with open(path, "wb") as handle:
        handle.write(data)
    return fmt


def _gapped(years: list[int], values: list[float | None]) -> tuple[list[int], list[float]]:
    """The points with a NaN between years that are not consecutive, so no line is drawn
    across years with no figure stored (2014 → 2023 is no trend)."""
    xs: list[int] = []
    ys: list[float] = []
    for year, value in zip(years, values, strict=True):
        if xs and year - xs[-1] > 1:
            xs.append(year - 1)
            ys.append(math.nan)
        xs.append(year)
        ys.append(math.nan if value is None else value)
    return xs, ys


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError:
        raise missing_dependency("matplotlib", "charts") from None
    matplotlib.use("Agg")  # files only: never a window
    from matplotlib import font_manager, pyplot

    installed = {font.name for font in font_manager.fontManager.ttflist}
    fonts = [name for name in _CJK_FONTS if name in installed]
    if not fonts:
        log.warning("no font with Chinese characters found (install fonts-wqy-microhei or fonts-noto-cjk): "
                    "the chart's Chinese labels will show as boxes")
    pyplot.rcParams["font.sans-serif"] = [*fonts, "DejaVu Sans"]
    pyplot.rcParams["axes.unicode_minus"] = False  # the CJK fonts lack U+2212
    pyplot.rcParams["svg.fonttype"] = "none"  # SVG text stays text: searchable, and small
    return pyplot


def _common_unit(points: Sequence[Any]) -> tuple[str | None, float]:
    latest = max(points, key=lambda p: p.year).figure.unit
    return latest, canon.split_unit(latest)[0]


def _in_unit(value: float | None, unit: str | None, scale: float) -> float | None:
    if value is None:
        return None
    return value * canon.split_unit(unit)[0] / scale


def _html_page(title: str, svg: str, points: Sequence[Any]) -> str:
    svg = svg[svg.find("<svg"):]  # the XML prolog and doctype do not belong inside HTML
    rows = "\n".join(
        f"<tr><td>{p.year}</td><td>{html.escape(p.kind)}</td><td>{html.escape(p.figure.text)}</td>"
        f"<td>{html.escape(p.figure.evidence or '')}</td><td>{html.escape(p.figure.region or '')}</td></tr>"
        for p in sorted(points, key=lambda p: (p.year, p.kind)))
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
            "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}</style></head><body>\n"
            f"<h1>{html.escape(title)}</h1>\n<figure>{svg}</figure>\n"
            "<table><thead><tr><th>year</th><th>kind</th><th>figure</th><th>evidence</th><th>region</th></tr></thead>"
            f"<tbody>\n{rows}\n</tbody></table>\n</body></html>\n")
