"""Document structure: the numbering hierarchy of a Chinese official notice, line by line.

Every non-empty line becomes a `Block` whose `path` is the numbering path of the item it
belongs to (`("三", "一")` for a line under 三、… （一）…). Levels are decided per notice by
the order in which numbering styles first appear (the style seen first is the outermost):
notices differ in which styles they use and in which order, but never nest an outer style
inside an inner one. A numbered line of some level closes every deeper level; an
unnumbered line belongs to the item before it. Table rows (`a | b | c` lines) are blocks
too: a header row names the columns, each following row gets `cells` keyed by header and a
path made of the enclosing item plus its 序号 cell. A table scraped one cell per line
(header cells, then each row as its bare serial and its cells) gets the same: each of its
lines takes the row's path, and a row's first line (or a sub-row's) holds its `cells`.

The word lists and patterns live in `extract/data/structure_*` and are compiled once.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from extract.lexicon import HAN_RUN, data_lines, data_table, read_int
from extract.model import Block, Clause, Section
from policydb.patterns import any_of

log = logging.getLogger(__name__)

# Indentation a scraped line may carry before its number: ASCII and full-width spaces, NBSP.
INDENT = r"[ \t\u3000\xa0]*"
# Punctuation after which a run-on line may start a new item (`…。(责任单位:X)2.强化…`).
INLINE_BREAK = "。；;！？!?）)〕】"


# ---- data files ------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _styles() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rows = data_table("structure_numbering.tsv")
    return tuple((style, re.compile(INDENT + pattern)) for style, pattern in rows)


@lru_cache(maxsize=1)
def _inline_styles() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # The same markers, searched after sentence-final punctuation inside a line.
    return tuple((style, re.compile(f"(?<=[{re.escape(INLINE_BREAK)}])" + INDENT + pattern))
                 for style, pattern in data_table("structure_numbering.tsv"))


@lru_cache(maxsize=1)
def _header_words() -> tuple[str, ...]:
    return tuple(data_lines("structure_table_headers.txt"))


@lru_cache(maxsize=1)
def _serial_headers() -> frozenset[str]:
    return frozenset(data_lines("structure_serial_headers.txt"))


@lru_cache(maxsize=1)
def _any_marker() -> re.Pattern[str]:
    # Most lines open with no marker: one match says so instead of one per style.
    return any_of(pattern.pattern for _, pattern in _styles())


def match_marker(line: str, pos: int = 0) -> tuple[str, str, int] | None:
    """(style, number, end of marker) when `line[pos:]` opens with an item number."""
    if not _any_marker().match(line, pos):
        return None
    for style, pattern in _styles():
        m = pattern.match(line, pos)
        if m:
            return style, m.group(1), m.end()
    return None


# ---- tables ----------------------------------------------------------------------------
def split_cells(line: str) -> list[tuple[int, int]] | None:
    """Spans of the cells of a table row (`a | b | c`, optional outer pipes; or cells
    separated by tabs, as text scrapes of tables come), else None."""
    if "|" in line:
        separator = "|"
    elif "\t" in line.strip():
        separator = "\t"
    else:
        return None
    spans: list[tuple[int, int]] = []
    start = 0
    for i, ch in enumerate(line + separator):
        if ch == separator:
            spans.append((start, i))
            start = i + 1
    # Outer pipes of a markdown row leave empty first/last cells. A row with a pipe on one
    # side only has an empty cell there (a merged cell of the row above).
    if line.strip().startswith("|") and line.strip().endswith("|") and len(spans) > 2:
        spans = spans[1:-1]
    if len(spans) < 2:
        return None
    # Trim the spaces around each cell so cell spans hold only the cell's words.
    trimmed = []
    for a, b in spans:
        while a < b and line[a].isspace():
            a += 1
        while b > a and line[b - 1].isspace():
            b -= 1
        trimmed.append((a, b))
    return trimmed


def _is_separator_row(cells: list[str]) -> bool:
    return all(re.fullmatch(r"[:：\-—–=\s]*", c) for c in cells)


def _is_header_row(cells: list[str]) -> bool:
    words = _header_words()
    cells = ["".join(c.split()) for c in cells]  # spaced out to align them: 牵 头 部 门
    hits = sum(1 for c in cells if c and len(c) <= 12 and any(w in c for w in words))
    # A year column (2021年, 2022年目标) is a header, not a number of a data row.
    numeric = [c for c in cells if re.match(r"\d", c) and not re.fullmatch(r"(?:19|20)\d{2}年.{0,8}", c)]
    years = sum(1 for c in cells if re.fullmatch(r"(?:19|20)\d{2}年.{0,8}", c))
    return hits + years >= 2 and hits >= 1 and not numeric


def _serial(cells: list[str], header: list[str] | None) -> str | None:
    """The row's printed serial number (序号 column, else a numeric first cell)."""
    idx = None
    if header:
        idx = next((i for i, h in enumerate(header) if h in _serial_headers()), None)
    candidates = [cells[idx]] if idx is not None and idx < len(cells) else cells[:1]
    for c in candidates:
        c = c.strip().strip("（()）.．、")
        if c and read_int(c) is not None:
            return c
    return None


# ---- tables flattened one cell per line -------------------------------------------------
# A scraped table often comes one cell per line: a run of header cells, then each row as
# its bare serial number on a line of its own followed by its cells. Cells are mapped to
# columns by their order; a cell may span lines, and a row may hold sub-rows that share
# its first cells (merged cells of the task column).
_BARE_SERIAL = re.compile(INDENT + r"(\d{1,3})" + INDENT)
_CELL_SERIAL = re.compile(INDENT + r"(\d{1,3})[.、．](?!\d)\s*\S")
_CLOSING_PIPE = re.compile(r"(?<=[^|｜\s])\s*[|｜]\s*$")
_PIPES_ONLY = re.compile(r"\s*[|｜]+\s*")
_CELL_BREAKS = re.compile(r"[。，,；;：:！？!?]")
MAX_HEADER_CELL = 12
MAX_SHORT_CELL = 25
MIN_FLAT_HEADER = 3
MAX_TIME_ACTION = 4  # 5月底前动工: the action a time cell may name after its limit
@lru_cache(maxsize=1)
def _time_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a cell that is a time limit and nothing else: 2023年底, 2022年6月底前, 三季度; the
    header of a time column: one of deadline_time_columns.txt's words, 完成时限)."""
    year_parts = [w for kind, w in data_table("assign_time_tails.tsv") if kind in ("period", "standing")]
    month_parts = [w for w, *_ in data_table("deadline_month_parts.tsv")]
    before = [w for kind, w in data_table("deadline_modifiers.tsv") if kind == "before"]
    cell = re.compile(rf"(?!$)(?:\d{{4}}年)?(?:\d{{1,2}}月(?:\d{{1,2}}日)?|{'|'.join(year_parts)})?"
                      rf"(?:{'|'.join(month_parts)})?(?:{'|'.join(before)})?")
    return cell, re.compile("|".join(map(re.escape, data_lines("deadline_time_columns.txt"))))


@lru_cache(maxsize=1)
def _header_lines() -> re.Pattern[str]:
    """Two header cells on lines of their own, one after the other (牵头单位 / 责任单位): a
    flattened table whose rows may have no bare serial."""
    cell = r"[ \t]*[\u4e00-\u9fff]{0,4}(?:" + "|".join(map(re.escape, _header_words())) + r")[ \t]*[|｜]?[ \t]*"
    return re.compile(rf"(?m)^{cell}\n(?:[ \t]*\n)*{cell}$")


def _is_header_cell(line: str) -> bool:
    return _is_label_cell(line) and any(w in line for w in _header_words())


def _bare_serial(line: str) -> int | None:
    m = _BARE_SERIAL.fullmatch(line)
    return int(m.group(1)) if m else None


def _cell_serial(line: str) -> int | None:
    """The row number a table without a 序号 column prints at the start of its task cell
    (1.主动对接国家战略…)."""
    m = _CELL_SERIAL.match(line)
    return int(m.group(1)) if m else None


def _is_short_cell(line: str) -> bool:
    """A cell line that reads as a name, not a sentence (a unit, a date)."""
    s = line.strip()
    return len(s) <= MAX_SHORT_CELL and not _CELL_BREAKS.search(s)


def _fill_row(lines: list[str], width: int, time_column: int | None = None) -> list[tuple[int, list[list[int]]]]:
    """(first column, line groups, one per column from it; a group may be empty) of a row
    and its sub-rows.

    With more lines than columns, adjacent short lines after the task column are one cell
    (a unit cell of several lines), a time limit never. The row's first time-limit line
    (2023年底) anchors the time column: short lines between the task and it beyond the
    columns between them are one cell first. A short line left over once the row is full
    opens a sub-row filling the columns after the task column (whose cell the sub-rows
    share); a longer one is a second task under the same serial where the row ends with
    its time limit (merged serial cells), else it runs on the last cell (a progress cell of
    several paragraphs). A time limit in a sub-row goes to the time column."""
    task = 1  # column 0 is the serial, column 1 the task: never merged, never repeated
    groups = [[k] for k in range(len(lines))]
    if (items := _sub_items(lines, width)) is not None:
        return items
    timed = [_is_time_cell(line) for line in lines]
    at = next((k for k in range(task + 1, len(lines)) if timed[k]), None)
    if time_column is not None and at is not None and at > time_column \
            and all(_is_short_cell(lines[k]) for k in range(time_column - 1, at)):
        groups[time_column - 1:at] = [list(range(time_column - 1, at))]
    # A cell printed an item a line, each closed by ；(公众参与; / 专家论证; / 集体讨论决定。): one cell.
    k = task + 1
    while len(groups) > width and k < len(groups):
        if lines[groups[k - 1][-1]].rstrip().endswith(_ITEM_CLOSERS) and not timed[groups[k][0]]:
            groups[k - 1:k + 1] = [groups[k - 1] + groups[k]]
        else:
            k += 1
    k = task + 2
    while len(groups) > width and k < len(groups):
        pair = groups[k - 1] + groups[k]
        if all(_is_short_cell(lines[i]) and not timed[i] for i in pair):
            groups[k - 1:k + 1] = [pair]
        else:
            k += 1
    rows = [(0, groups[:width])]
    for group in groups[width:]:
        first, cells = rows[-1]
        column = first + len(cells)
        to_time = time_column is not None and timed[group[0]]
        if column < width:
            cells.extend([] for _ in range(time_column - column if to_time and column < time_column else 0))
            cells.append(group)
        elif _is_short_cell(lines[group[0]]):
            rows.append((task + 1, [[] for _ in range(time_column - task - 1 if to_time else 0)] + [group]))
        elif time_column == width - 1:
            rows.append((task, [group]))
        else:
            cells[-1] = cells[-1] + group
    return rows


# What closes an item of a list a cell prints one item a line.
_ITEM_CLOSERS = (";", "；")


# A task cell numbered within its row (1.地区生产总值增长5%以上。 2.一般公共预算收入…):
# the row holds several tasks under one serial, each a sub-row.
_SUB_ITEM_STYLES = frozenset({"ar_dot", "ar_dun"})


def _is_sub_item(line: str) -> bool:
    marker = match_marker(line.lstrip())
    return marker is not None and marker[0] in _SUB_ITEM_STYLES and not _is_short_cell(line)


def _sub_items(lines: list[str], width: int) -> list[tuple[int, list[list[int]]]] | None:
    """A row whose task column holds numbered sub-items, one sub-row each (merged cells
    of a category and a person printed once): the first fills the row from its serial;
    each later one starts at the task column, its other cells ending at the last column
    (the columns it shares with the rows above are the ones in between). None where the
    row holds no such items."""
    starts = [k for k, line in enumerate(lines) if _is_sub_item(line)]
    # The first item stands where the task does: after the serial and short labels only
    # (主要预期目标), not after a task of the row's own (numbered items of a progress cell).
    if len(starts) < 2 or starts[0] >= width or not all(_is_short_cell(lines[k]) for k in range(1, starts[0])):
        return None
    task = starts[0]
    rows = [(0, [[k] for k in range(starts[1])])]
    room = width - task - 1  # the columns after the task
    for a, b in zip(starts[1:], [*starts[2:], len(lines)], strict=True):
        rest = [[k] for k in range(a + 1, b)]
        if len(rest) > room > 0:
            rest[room - 1:] = [[k for group in rest[room - 1:] for k in group]]  # runs on the last cell
        rest = rest[:room]
        rows.append((task, [[a], *([[]] * (room - len(rest))), *rest]))
    return rows


def _is_time_cell(line: str) -> bool:
    """A cell that is a time limit, with at most a short action after it (5月底前动工,
    9月投入使用)."""
    s = line.strip()
    m = _time_patterns()[0].match(s)
    return bool(m) and m.end() > 0 and (m.end() == len(s) or (
        len(s) - m.end() <= MAX_TIME_ACTION and HAN_RUN.fullmatch(s, m.end()) is not None))


def _ends_table(line: str) -> bool:
    """A heading numbered in Chinese numerals (二、, （三）) or a row of cells: the text after
    the table. A cell may open with 1. or （1）, so those do not end it."""
    marker = match_marker(line)
    return (marker is not None and not marker[1].isdigit()) or split_cells(line) is not None


@dataclass(frozen=True)
class FlatLine:
    """A line of a table flattened one cell per line: the row's serial, the row's cells
    (on a row's first line only), the column the line's cell is in ("" for the serial),
    and where the table's header begins (its caption stands above)."""

    serial: str
    cells: dict[str, str] | None
    column: str
    header_start: int
    numbered: bool = True  # False: the row prints no number; `serial` only tells it apart


def _flat_rows(text: str, lines: list[tuple[int, int]], at: int, header: list[str],
               out: dict[int, FlatLine], header_start: int, empty_cells: dict[int, bool] | None = None,
               serial_of: Callable[[str], int | None] = _bare_serial) -> int:
    """Rows from `lines[at]` (its serial 1 unless the table is an excerpt) on, into `out`
    (line start → FlatLine); the index after the table. `empty_cells`: line index →
    whether the empty cell printed before it counts always (between two pipe lines) or
    only where the row is short of a cell (a whitespace-only line). `serial_of`
    reads a row's number: a bare serial line, or (`_cell_serial`) the start of its task
    cell, where a heading (二、…) between rows heads the next group."""
    # Without a 序号 column the bare serial is a column of its own, nameless.
    columns = header if any(h in _serial_headers() for h in header) else ["", *header]
    in_cell = serial_of is _cell_serial
    expected, cap = serial_of(text[lines[at][0]:lines[at][1]]), 2 * len(columns)
    time_column = next((i for i, c in enumerate(columns) if _time_patterns()[1].search(c)), None)

    def line(k: int) -> str:
        return text[lines[k][0]:lines[k][1]]

    while at < len(lines):
        if in_cell and _ends_table(line(at)) and at + 1 < len(lines) \
                and serial_of(line(at + 1)) in (expected, 1):
            at += 1  # 二、… between two rows: the next group's heading
            expected = serial_of(line(at)) or expected
        if serial_of(line(at)) != expected:
            break
        end, row_cap = at + 1, cap
        while end < len(lines) and end - at < row_cap and not _ends_table(line(end)) \
                and not _next_serial(serial_of(line(end)), expected, end - at - 1, len(columns),
                                     line(end + 1) if end + 1 < len(lines) else "",
                                     columns[end - at] if end - at < len(columns) else ""):
            if _is_sub_item(line(end)):
                row_cap = end - at + len(columns)  # a numbered sub-item: room for its cells
            end += 1
        serial = str(expected)
        for k in range(at, end):
            out[lines[k][0]] = FlatLine(serial, None, "", header_start)
        # The row's lines (None: an empty cell printed as a space, kept where the row is
        # short; an empty cell between two pipe lines, always).
        empty_cells = empty_cells or {}
        short = [k for k in range(at + 1, end) if empty_cells.get(k) is False] if end - at < len(columns) else []
        short = short[:len(columns) - (end - at)]
        row: list[int | None] = [None] if in_cell else []  # the serial column the task cell holds
        for k in range(at, end):
            row.extend([None] if k in short or empty_cells.get(k) else [])
            row.append(k)
        row = _merged_cells_after_serial(row, line(row[-1]) if row[-1] is not None else "", len(columns),
                                         time_column, in_cell)
        for first_col, groups in _fill_row([line(k) if k is not None else "" for k in row], len(columns),
                                           time_column):
            cells = {}
            for col, group in zip(columns[first_col:], groups, strict=False):  # a row may end short
                group = [row[g] for g in group if row[g] is not None]
                if not group:
                    continue  # a column the sub-row leaves empty
                # A cell of several lines runs from its first line to its last.
                a, b = lines[group[0]][0], lines[group[-1]][1]
                value = text[a:b].strip()
                if col and value:
                    cells[col] = value
                for k in group:
                    out[lines[k][0]] = FlatLine(serial, None, col, header_start)
            first = lines[next(row[g] for group in groups for g in group if row[g] is not None)][0]
            out[first] = FlatLine(serial, cells, out[first].column, header_start)
        at = end
        expected = serial_of(line(at)) if at < len(lines) and serial_of(line(at)) else expected + 1
    return at


def _merged_cells_after_serial(row: list[int | None], last_cell: str, width: int, time_column: int | None,
                               in_cell: bool) -> list[int | None]:
    """A row short of cells that ends on its time limit (1 / 及时发布政策信息… / 各区直部门 / 持续推进)
    leaves out the cells merged over its group's rows, which stand between its serial and
    its task (工作任务, printed once as the group's heading): its cells close on the time
    column, empty ones in front of them."""
    missing = width - len(row)
    if in_cell or time_column is None or missing <= 0 or len(row) < 3 or not last_cell.strip() \
            or not _is_time_cell(last_cell) or len(row) - 1 + missing != time_column:
        return row
    return [row[0], *([None] * missing), *row[1:]]


def _unnumbered_row(text: str, lines: list[tuple[int, int]], at: int, width: int) -> bool:
    """Whether `lines[at:]` opens with a row of `width` cells that prints no number: a task
    cell that reads as a sentence, then short cells (units, a time limit)."""
    if width < 2 or at + width > len(lines):
        return False
    cells = [text[a:b] for a, b in lines[at:at + width]]
    return not _is_short_cell(cells[0]) and not _ends_table(cells[0]) \
        and all(_is_short_cell(c) and not _is_header_cell(c) for c in cells[1:])


def _unnumbered_rows(text: str, lines: list[tuple[int, int]], at: int, columns: list[str],
                     out: dict[int, FlatLine], header_start: int) -> int:
    """Rows from `lines[at]` on while each is an unnumbered row of the columns' width, into
    `out`; the index after the table."""
    row = 0
    while _unnumbered_row(text, lines, at, len(columns)):
        row += 1
        cells = {col: text[a:b].strip() for col, (a, b) in zip(columns, lines[at:at + len(columns)], strict=True)}
        for k, col in enumerate(columns):
            out[lines[at + k][0]] = FlatLine(str(row), cells if k == 0 else None, col, header_start, numbered=False)
        at += len(columns)
    return at


def _next_serial(n: int | None, serial: int, cells_read: int, columns: int, after: str = "",
                 column: str = "") -> bool:
    """Whether a line numbered `n` opens the next row after row `serial`, `cells_read` cell
    lines into it: the next number, or — in a table excerpted from a longer numbered list
    (rows 6, 52, 53 …) — a higher one once at least half the row's cells are read and a
    row's words follow it (a number in a cell, 2, or a figure before a share, 700 / 54%,
    is no serial; nor is one under a column that names its unit, 年度投资金额 (万元))."""
    if n is None:
        return False
    if n == serial + 1:
        return True
    return n > serial and 2 * cells_read >= columns - 1 and not _BARE_FIGURE.fullmatch(after.rstrip(" |｜")) \
        and not _UNIT_COLUMN.search(column)


# A column that names the unit of its figures in brackets (年度投资金额(万元), 合同外资(万美元)).
_UNIT_COLUMN = re.compile(r"[（(][^（()）\d]{1,6}[)）]$")


def _first_row_cells(text: str, lines: list[tuple[int, int]], at: int) -> int | None:
    """How many lines the first row (serial 1) holds before the line of serial 2, or None."""
    if at >= len(lines) or _bare_serial(text[lines[at][0]:lines[at][1]]) != 1:
        return None
    return next((k - at for k in range(at + 1, min(len(lines), at + _MAX_ROW_LINES))
                 if _bare_serial(text[lines[k][0]:lines[k][1]]) == 2), None)


_MAX_ROW_LINES = 40
_WRAPPED_PART = 4  # a header cell wrapped over lines: parts this short (责任 / 科室)


def _unwrapped_header(header: list[str], cells: int | None) -> list[str]:
    """A header whose cells wrapped over two lines (责任 / 科室, 第二季度 / 完成情况), as many
    cells as its first row holds: a short part that names no column joins the part after
    it, then a part of two characters the part before it. Unchanged where that does not
    make the counts meet."""
    if cells is None or len(header) <= cells:
        return header
    joined = list(header)
    k = 0
    while k + 1 < len(joined) and len(joined) > cells:
        a, b = joined[k], joined[k + 1]
        if len(a) <= _WRAPPED_PART and len(b) <= _WRAPPED_PART and not _is_header_cell(a) \
                and a not in _serial_headers():
            joined[k:k + 2] = [a + b]
        k += 1
    k = 1
    while k < len(joined) and len(joined) > cells:
        if len(joined[k]) <= 2 and joined[k - 1] not in _serial_headers():
            joined[k - 1:k + 1] = [joined[k - 1] + joined[k]]
        else:
            k += 1
    return joined if len(joined) == cells else header


def flat_tables(text: str) -> dict[int, FlatLine]:
    """Line start → FlatLine for the lines of tables flattened one cell per line; empty
    where there is none."""
    if not re.search(r"(?m)^" + _BARE_SERIAL.pattern + r"(?:[|｜]\s*)?$", text) \
            and not _header_lines().search(text):
        return {}
    lines, pos = [], 0
    empty_cells: dict[int, bool] = {}  # line index → an empty cell before it counts always
    piped: set[int] = set()  # lines closed by a pipe: a table's cells, not a list's items
    previous = ""
    for line in text.split("\n"):
        if line.strip() == "|" and previous.strip() == "|":
            empty_cells[len(lines)] = True  # 3.规上工业… / | / | / ★区工信局: between two pipe lines
        elif _PIPES_ONLY.fullmatch(line):
            pass  # 1.地区生产总值增长5%以上。 / | / 钱宇 / |: a pipe line closing each cell
        elif line.strip():
            # 常住人口规模 |: a cell a line, each closed by a pipe; the cell is without it.
            closed = _CLOSING_PIPE.search(line)
            if closed:
                piped.add(len(lines))
            lines.append((pos, pos + (closed.start() if closed else len(line))))
        elif line:
            empty_cells.setdefault(len(lines), False)  # 市发改委 / " " / 完成…: printed as a space
        if line.strip():
            previous = line
        pos += len(line) + 1
    out: dict[int, FlatLine] = {}
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _is_label_cell(text[lines[j][0]:lines[j][1]]):
            j += 1
        cells = [text[a:b].strip().replace(" ", "") for a, b in lines[i:j]]
        # The header starts at its serial column, else at its first header cell (a 附件
        # line above it is no column); one column may be named by a word of its own
        # (民生实事) between cells the header words name.
        start = next((k for k, c in enumerate(cells) if c in _serial_headers()), None)
        if start is None:
            start = next((k for k, c in enumerate(cells) if _is_header_cell(c)), len(cells))
        # A header closing its cells with pipes starts at its first piped cell: the line above
        # without one is the table's caption (2022年…重点工作任务清单 / 工作任务 | / …).
        while start + 1 < len(cells) and i + start not in piped and i + start + 1 in piped:
            start += 1
        header = cells[start:]
        # A group's heading may stand between the header and the first row (一、主要经济
        # 社会发展指标…): the rows are under it.
        rows_at = j + 1 if j + 1 < len(lines) and _ends_table(text[lines[j][0]:lines[j][1]]) else j
        header = _unwrapped_header(header, _first_row_cells(text, lines, rows_at))
        named = sum(1 for c in header if _is_header_cell(c))
        table = named >= MIN_FLAT_HEADER and named >= len(header) - 1 and rows_at < len(lines)
        opening = text[lines[rows_at][0]:lines[rows_at][1]] if table else ""
        if table and _bare_serial(opening):
            i = _flat_rows(text, lines, rows_at, header, out, lines[i + start][0], empty_cells)
        elif table and not any(h in _serial_headers() for h in header) and _cell_serial(opening) \
                and (_has_cells_after(text, lines, rows_at)
                     or (rows_at in piped and any(k in piped for k in range(i + start, j)))):
            # No 序号 column: each row's number opens its task cell.
            i = _flat_rows(text, lines, rows_at, header, out, lines[i + start][0], empty_cells,
                           serial_of=_cell_serial)
        elif table and any(h in _serial_headers() for h in header) \
                and _unnumbered_row(text, lines, rows_at, len(header) - 1):
            # The 序号 column printed empty: each row is its task cell and its short cells.
            i = _unnumbered_rows(text, lines, rows_at, [h for h in header if h not in _serial_headers()],
                                 out, lines[i + start][0])
        else:
            i = max(j, i + 1)
    return out


def _has_cells_after(text: str, lines: list[tuple[int, int]], at: int) -> bool:
    """Whether the task cell at `at` is followed by a short cell of its row (a unit's name),
    not by the next item of a numbered list."""
    if at + 1 >= len(lines):
        return False
    nxt = text[lines[at + 1][0]:lines[at + 1][1]]
    return _is_short_cell(nxt) and _cell_serial(nxt) is None and not _ends_table(nxt)


def _is_label_cell(line: str) -> bool:
    """A line that could name a column: short, no digit but a year's (2016年预期目标), no
    clause mark. Its length is counted without spaces: a header may be letter-spaced
    (主  要  工  作  任  务)."""
    s = _PERIOD_AND_UNIT.sub("", re.sub(r"\s+", "", line))
    return (0 < len(s) <= MAX_HEADER_CELL and not _CELL_BREAKS.search(s)
            and not re.search(r"\d", _HEADING_YEAR.sub("", s)))


# The months a column covers before its name and the unit after it (1-8月实际完成率%): no
# figure, though they hold digits.
_PERIOD_AND_UNIT = re.compile(r"^(?:(?:19|20)\d{2}年)?\d{1,2}[-—–至~～]\d{1,2}月份?|[（(]?[%％][)）]?$")


# ---- main ------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _duty_columns() -> re.Pattern[str]:
    """A header cell of a column whose cells name units (牵头单位, 责任单位) or a time limit."""
    labels = [label for label, role in data_table("assign_labels.tsv") if role in ("lead", "units")]
    return re.compile("|".join(map(re.escape, [*labels, *data_lines("deadline_time_columns.txt")])))


def _spaced_header(line: str) -> list[str] | None:
    """The header a line closes on where only spaces separate its cells (序号 类别 主要任务
    牵头单位 责任单位; the header after a notice run on one line), with a unit or time column
    last: three cells at least that each name a column."""
    if not _duty_columns().search(line, max(0, len(line) - MAX_HEADER_CELL)):
        return None  # most lines end on no column's name
    tokens = line.split()
    k = len(tokens)
    while k > 0 and (tokens[k - 1] in _serial_headers() or _is_header_cell(tokens[k - 1])):
        k -= 1
    header = tokens[k:]
    if len(header) < MIN_FLAT_HEADER or not _duty_columns().search(header[-1]):
        return None
    return header


_MAX_DUTY_CELL = 80
_SENTENCE_IN_CELL = re.compile(r"[。；;！？!?]|[.](?!\d)")
_SPACED_SERIAL = re.compile(r"\s*(\d{1,3})\s+(?=\S)")


def _spaced_row(line: str, header: list[str]) -> tuple[str, dict[str, str]] | None:
    """(serial, cells) of a row under a header whose cells only spaces separate: its number,
    its words, then one cell a unit or time column at its end (1 任务… 市水利局 市发展改革委、
    工业和信息化委), the words a row's text may break with spaces kept in the task cell."""
    m = _SPACED_SERIAL.match(line)
    if m is None:
        return None
    duty = 0
    while duty < len(header) and _duty_columns().search(header[len(header) - 1 - duty]):
        duty += 1
    parts = line[m.end():].rsplit(None, duty)
    if duty == 0 or duty >= len(header) or len(parts) != duty + 1 \
            or any(len(p) > _MAX_DUTY_CELL or _SENTENCE_IN_CELL.search(p) for p in parts[1:]):
        return None  # a cell that reads as a sentence is no unit's or time's
    columns = header[len(header) - 1 - duty:]
    return m.group(1), dict(zip(columns, parts, strict=True))


def _row_cells(header: list[str], values: list[str]) -> dict[str, str]:
    """A row's cells by column. A row printing fewer cells than the header, padded with
    empty ones at its end, lost its first cells to merged cells of the rows above (a
    rowspan flattened to markdown): where its last time limit stands left of the time
    column, its cells move right until the limit is in that column."""
    filled = len(values)
    while filled and not values[filled - 1]:
        filled -= 1
    if 0 < filled < len(header):  # most rows print every cell: nothing to move
        time_columns = [i for i, h in enumerate(header) if _time_patterns()[1].search(h)]
        timed = [i for i in range(filled) if looks_like_time(values[i])] if time_columns else []
        if timed and timed[-1] < time_columns[-1] and time_columns[-1] - timed[-1] + filled <= len(header):
            shift = time_columns[-1] - timed[-1]
            return {header[shift + i]: values[i] for i in range(filled)}
    return {header[i]: values[i] for i in range(min(len(header), len(values)))}


_DOTTED_MONTH = re.compile(r"(?:19|20)\d{2}[.．/]\d{1,2}(?:[.．/]\d{1,2})?")


def looks_like_time(cell: str) -> bool:
    """A cell that is a time limit (2025年11月底前, 10月底; 2021.12), maybe with a remark
    after a comma (2025年11月底前,并长期坚持)."""
    if not cell:
        return False
    return _is_time_cell(_CELL_BREAKS.split(cell, 1)[0]) or _DOTTED_MONTH.fullmatch(cell.strip()) is not None


def parse_structure(text: str, flat: dict[int, FlatLine] | None = None) -> list[Block]:
    """One Block per non-empty line (or per item where a run-on line holds several);
    `flat` is `flat_tables(text)` where the caller has it already."""
    blocks: list[Block] = []
    levels: dict[str, int] = {}      # style -> level, in order of first appearance
    current: list[str | None] = []  # printed number at each level, None where closed
    header: list[str] | None = None
    last_row_path: tuple[str, ...] | None = None

    def enter(style: str, number: str) -> tuple[str, ...]:
        level = levels.setdefault(style, len(levels))
        while len(current) <= level:
            current.append(None)
        current[level] = number
        del current[level + 1:]
        return tuple(n for n in current if n is not None)

    def path_now() -> tuple[str, ...]:
        return tuple(n for n in current if n is not None)

    flat = flat_tables(text) if flat is None else flat
    spaced: list[str] | None = None  # the columns of a table whose cells only spaces separate
    pos = 0
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        if not line.strip():
            continue
        cells = split_cells(line)
        if cells is None:
            if spaced and (row := _spaced_row(line, spaced)):
                serial, row_cells = row
                blocks.append(Block(line_start, line_end, path_now() + (serial,), is_heading=False, cells=row_cells))
                continue
            if spaced and not match_marker(line, len(line) - len(line.lstrip())):
                spaced = None  # a group's heading (一、…) stands between rows; other text ends the table
            spaced = _spaced_header(line) or spaced
        if line_start in flat:
            row = flat[line_start]
            path = path_now() + (row.serial,) if row.numbered else path_now()
            blocks.append(Block(line_start, line_end, path, is_heading=False, cells=row.cells))
            continue

        if cells is not None:
            values = [line[a:b] for a, b in cells]
            if _is_separator_row(values):
                continue
            if _is_header_row(values):
                header = [v.replace(" ", "") for v in values]
                last_row_path = None
                blocks.append(Block(line_start, line_end, path_now(), is_heading=False, cells=None))
                continue
            serial = _serial(values, header)
            # A row without a serial continues the row above (merged 序号 cells).
            row_path = path_now() + (serial,) if serial is not None else last_row_path or path_now()
            last_row_path = row_path
            row_cells = _row_cells(header, values) if header else None
            blocks.append(Block(line_start, line_end, row_path, is_heading=False, cells=row_cells))
            continue
        header, last_row_path = None, None

        # Split a run-on line where the next expected item number follows sentence-final
        # punctuation; scraped pages often lose the line breaks between items.
        pieces = _split_run_on(line, levels, current)
        for a, b in pieces:
            marker = match_marker(line, a)
            if marker:
                style, number, _ = marker
                path = enter(style, number)
                blocks.append(Block(line_start + a, line_start + b, path, is_heading=True))
            else:
                blocks.append(Block(line_start + a, line_start + b, path_now(), is_heading=False))
    log.debug("structure: %d blocks, styles %s", len(blocks), levels)
    return blocks


def _split_run_on(line: str, levels: dict[str, int], current: list[str | None]) -> list[tuple[int, int]]:
    """Cut points inside one line where an item of a known style continues the count."""
    expected: dict[str, int] = {}
    first = match_marker(line)
    # Numbers seen so far at each known style; a marker counts only as the successor.
    state = {style: (current[lvl] if lvl < len(current) else None) for style, lvl in levels.items()}
    if first:
        state[first[0]] = first[1]
    for style, number in state.items():
        value = read_int(number) if number else None
        if value is not None:
            expected[style] = value + 1
    if not expected:
        return [(0, len(line))]
    cuts: list[int] = []
    for style, pattern in _inline_styles():
        if style not in expected:
            continue
        for m in pattern.finditer(line):
            if read_int(m.group(1)) == expected[style]:
                cuts.append(m.start())
                expected[style] += 1
    if not cuts:
        return [(0, len(line))]
    bounds = [0, *sorted(set(cuts)), len(line)]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i] < bounds[i + 1]]


# ---- section roles ------------------------------------------------------------------------
_TOP_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+、(?P<title>[^。\n]{0,40})")
_HEADING_YEAR = re.compile(r"((?:19|20)\d{2})年")
# A five-year plan named by its number (“十四五”): the 11th ran 2006-2010, each since five years on.
FIVE_YEAR_PLAN = re.compile(r"[“\"]?十([一二三四五六七八九])五[”\"]?")
# The same, without its group, to stand inside larger patterns.
FIVE_YEAR_PLAN_WORD = FIVE_YEAR_PLAN.pattern.replace("(", "").replace(")", "")
# A heading line of a news digest or a report that is not numbered (`▎2025年`, `这些目标,催人奋进!`):
# short, no sentence or clause end but a closing `!`, and no figure but a year.
_SHORT_HEADING = 16
_ROLE_HEADING = 24
_HEADING_MARKS = re.compile(r"^[\s▎■□●◆◇▶►★☆#—\-]+")
_NOT_A_HEADING = re.compile(r"[。；;：:？?]|(?<!\d)\d{1,3}(?!\d)|\d{5,}")


@lru_cache(maxsize=1)
def _period_heading() -> re.Pattern[str]:
    """A heading that names only a period (`2025年`, `“十四五”时期`)."""
    spans = "|".join(re.escape(w) for w, meaning in data_table("goal_calendar_words.tsv") if meaning == "plan-span")
    return re.compile(rf"^(?:(?:19|20)\d{{2}}年(?:度)?|{FIVE_YEAR_PLAN_WORD})(?:{spans})?[!！]?$")


def five_year_span(n_char: str) -> str:
    """`十四五` → `2021-2025`, from the plan's number (`四`)."""
    n = 10 + (read_int(n_char) or 0)
    start = 2006 + 5 * (n - 11)
    return f"{start}-{start + 4}"


@lru_cache(maxsize=1)
def _section_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rows = data_table("structure_section_roles.tsv")
    return tuple((role, re.compile("|".join(re.escape(w) for r, w in rows if r == role)))
                 for role in ("review", "progress", "plan"))


def _role(title: str) -> str | None:
    return next((r for r, words in _section_words() if words.search(title)), None)


_PART_FILLER = 2


def names_a_part(line: str) -> bool:
    """Whether a short line only names a part of a report (2022年工作回顾, 2023年工作安排,
    回顾2017年): a section's heading, never the notice's title."""
    if len(line) > _SHORT_HEADING:
        return False
    year = _HEADING_YEAR.match(line) or _HEADING_YEAR.search(line)
    if year is None:
        return False
    if year.start() > 0:
        # The role may come first (回顾2017年, 展望2018年: a news summary's parts), alone before the year.
        head = line[:year.start()]
        return not line[year.end():].strip() and any(words.fullmatch(head) for _, words in _section_words())
    rest = line[year.end():]
    role = next((m for _, words in _section_words() if (m := words.search(rest))), None)
    # What the heading names besides its year and role is at most a word of work (工作):
    # 2011年招商引资工作总结 names its subject, a title.
    return role is not None and len(rest) - len(role.group(0)) <= _PART_FILLER


@lru_cache(maxsize=1)
def _plan_span_cues() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(cue) for cue in data_lines("meta_plan_spans.txt"))


def plan_span(text: str) -> int | None:
    """How many years a plan (or a goal's words) says it spans (今后五年 → 5), if it says so."""
    for cue in _plan_span_cues():
        if (m := cue.search(text)) and (n := read_int(m.group(1))) and 1 < n <= 10:
            return n
    return None


@lru_cache(maxsize=1)
def _review_span() -> re.Pattern[str]:
    frames = (re.escape(f).replace("N", r"(\d{1,2}|[一二三四五六七八九十]{1,2})")
              for f in data_lines("structure_review_spans.txt"))
    return re.compile("|".join(frames))


def _years_back(title: str) -> tuple[int, int] | None:
    """(how many years, where) a review heading looks back on (过去五年工作回顾 → 5)."""
    for m in _review_span().finditer(title):
        n = next((g for g in m.groups() if g), None)
        years = read_int(n) if n else None
        if years and years > 1:
            return years, m.start()
    return None


def years_back(text: str) -> int | None:
    """How many years the last review phrase of `text` looks back on (…报告提到,五年来, → 5)."""
    found = list(_review_span().finditer(text))
    back = _years_back(found[-1].group(0)) if found else None
    return back[0] if back else None


@lru_cache(maxsize=1)
def _speech_verbs() -> tuple[str, ...]:
    return tuple(data_lines("structure_speech_verbs.txt"))


@lru_cache(maxsize=1)
def _speech_lead() -> re.Pattern[str]:
    """A lead-in of reported speech opening a paragraph (陈武在报告中…时说,)."""
    verbs = "|".join(map(re.escape, _speech_verbs()))
    return re.compile(rf"^[^，,。；;:：]{{2,{_SPEECH_LEAD_MAX}}}?(?:{verbs})[，,:：]\s*")


_SPEECH_LEAD_MAX = 40  # a speaker's lead-in is one short clause


def _opening_years_back(line: str) -> int | None:
    """How many years a paragraph that opens on them looks back on (五年来，…; 过去五年，…),
    after a lead-in of reported speech if one stands first (…回顾过去五年工作时说,过去五年,…)."""
    opening = line.strip()
    head = opening[:_SPEECH_LEAD_MAX + 4]
    if any(verb in head for verb in _speech_verbs()):  # most lines quote nobody: a look spares the regex
        opening = _speech_lead().sub("", opening, count=1)
    m = _review_span().match(opening)
    if not m or opening[m.end():m.end() + 1] not in "，,":
        return None
    back = _years_back(opening[:m.end()])
    return back[0] if back else None


def _years_ahead_listed(line: str) -> int | None:
    """How many years ahead a paragraph's list is of, where its words before their colon
    name them (今后五年福州发展蓝图:…)."""
    colon = next((i for i, ch in enumerate(line[:_AHEAD_REACH]) if ch in ":："), None)
    return plan_span(line[:colon]) if colon else None


_AHEAD_REACH = 40  # the words that introduce a paragraph's list stand in its first characters


def _heading_section(title: str, role: str | None, current: Section | None, last_review: int | None
                     ) -> Section | None:
    """The section a heading opens: its role and the year or span it names. A heading that
    names only a period keeps the role of the section it stands in; a plan heading that
    names no year, after a review of one year, plans the year after it (a work report
    reviews last year and sets this year's targets). A review of the last years (过去五年
    发展成就和2021年上半年工作回顾) looks back on them even where a year follows."""
    named = _HEADING_YEAR.search(title)
    fyp = FIVE_YEAR_PLAN.search(title)
    year = int(named.group(1)) if named else None
    span = five_year_span(fyp.group(1)) if fyp and not named else None
    back = _years_back(title) if role == "review" else None
    if back and (named is None or back[1] < named.start()):
        return Section(role, None, None, back[0])
    if role is None:
        role = current.role if current else None
        if role is None:
            return None
    elif role == "plan" and year is None and span is None:
        if ahead := plan_span(title):
            return Section(role, None, ahead=ahead)  # 今后五年的重点目标: the notice's year on
        if last_review is not None:
            year = last_review + 1
    return Section(role, year, span, quarter=_heading_quarter(title) if span is None else None)


# A heading's one quarter: 一季度 / 第二季度, or the run of its three months (1-3月份).
_QUARTER_MONTHS = re.compile(r"(?<![\d])(1|4|7|10)\s*[-－—–~～至到]\s*(3|6|9|12)\s*月")


@lru_cache(maxsize=1)
def _quarter_word() -> re.Pattern[str]:
    word = next(w for w, meaning in data_table("goal_calendar_words.tsv") if meaning == "quarter")
    return re.compile(rf"(?<![前后头上下])第?([一二三四1-4]){word}")


def _heading_quarter(title: str) -> int | None:
    """The quarter a heading names alone (一季度, 1-3月份), else None."""
    quarters = {read_int(m.group(1)) for m in _quarter_word().finditer(title)}
    quarters |= {(int(m.group(1)) - 1) // 3 + 1 for m in _QUARTER_MONTHS.finditer(title)
                 if int(m.group(2)) == int(m.group(1)) + 2}
    return quarters.pop() if len(quarters) == 1 else None


@lru_cache(maxsize=1)
def _plan_list_lead() -> re.Pattern[str]:
    """A line that leads a numbered list of the year's plans (今年,我市将办好…“十件实事”)."""
    return re.compile("|".join(data_lines("structure_plan_list_leads.txt")))


_LIST_LEAD_MAX = 80  # a lead is one short line; a longer one is a paragraph of its own


def _leads_plan_list(lines: list[str], number: int) -> bool:
    """Whether the line leads a numbered list of plans: the next line with words is an item."""
    line = lines[number]
    if len(line.strip()) > _LIST_LEAD_MAX or not _plan_list_lead().match(line):
        return False
    after = next((x for x in lines[number + 1:] if x.strip()), "")
    return match_marker(after.strip()) is not None


@lru_cache(maxsize=1)
def _plan_lead() -> re.Pattern[str]:
    """A paragraph that opens on what is still to be done (下一步，…)."""
    leads = "|".join(map(re.escape, data_lines("structure_plan_leads.txt")))
    return re.compile(rf"^\s*(?:{leads})[，,]")


def _short_heading(line: str) -> str | None:
    """The words of an unnumbered heading line, or None."""
    title = _HEADING_MARKS.sub("", line).strip()
    # A summary's heading may close on a colon over its list (2021年目标:), when it names its role.
    if title.endswith((":", "：")) and _role(title):
        title = title[:-1].rstrip()
    # A heading naming its role may be longer (“十二五”时期国民经济和社会发展回顾).
    # A template's masked year (20XX年工作回顾) is a year all the same.
    if not title or len(title) > _ROLE_HEADING or (len(title) > _SHORT_HEADING and not _role(title)) \
            or _NOT_A_HEADING.search(_MASKED_YEAR.sub("年", title).rstrip("!！")):
        return None
    return title


_MASKED_YEAR = re.compile(r"(?:19|20)[Xx×*＊]{2}年")


def _caption_year(lines: list[str], first_row: int) -> int | None:
    """The year the table's caption names (2022年度重点工作任务完成情况): the nearest line
    above its header that names a year and a role, with no sentence punctuation."""
    for line in reversed(lines[:first_row]):
        cell = line.strip()
        named = _HEADING_YEAR.search(cell)
        if named and _role(cell) and not _NOT_A_HEADING.search(cell):
            return int(named.group(1))
    return None


def _table_sections(lines: list[str], flat: dict[int, FlatLine]) -> dict[int, Section]:
    """The lines of a task table flattened one cell a line whose columns name both the
    task and the progress made (工作任务 / 完成情况): each cell takes its column's role
    (plan or progress), of the year the table's caption names."""
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    number_at = {start: number for number, start in enumerate(starts)}
    by_table: dict[int, list[tuple[int, str, str | None]]] = {}
    for start, row in flat.items():
        by_table.setdefault(row.header_start, []).append(
            (number_at[start], row.column, _role(row.column) if row.column else None))
    out: dict[int, Section] = {}
    for header_start, cells in by_table.items():
        if not {"plan", "progress"} <= {role for _, _, role in cells}:
            continue
        # A column may name its own year (2016年预期目标): it wins over the caption's, and
        # stands for the table's where the caption names none (全年完成情况 beside it).
        column_years = [int(m.group(1)) for _, column, _ in cells if (m := _HEADING_YEAR.search(column))]
        year = _caption_year(lines, number_at[header_start]) or (column_years[0] if column_years else None)
        for number, column, role in cells:
            if role:
                named = _HEADING_YEAR.search(column)
                out[number] = Section(role, int(named.group(1)) if named else year)
    return out


def row_names(flat: dict[int, FlatLine]) -> dict[int, str]:
    """Line start → the name its row gives in a column naming what the row measures (指标名称),
    for the lines of tables flattened one cell a line: the cells under other columns
    (增长8.5%左右) are figures of that name."""
    names: dict[tuple[int, str], str] = {}
    cells: dict[tuple[int, str], dict[str, str]] = {}
    for row in flat.values():
        if row.cells:
            cells[(row.header_start, row.serial)] = row.cells
            column = next((c for c in row.cells if any(w in c for w in _name_headers())), None)
            if column:
                names[(row.header_start, row.serial)] = row.cells[column]
    out: dict[int, str] = {}
    for start, row in flat.items():
        key = (row.header_start, row.serial)
        if not row.column or any(w in row.column for w in _name_headers()):
            continue
        if _UNIT_COLUMN.search(row.column):
            out[start] = name_and_unit(row.column)[0].strip()  # 300 under 年度投资金额(万元)
            continue
        if key in names:
            out[start] = names[key]
        elif _BARE_FIGURE.fullmatch(cells.get(key, {}).get(row.column, "")):
            # 80%(新区实验幼儿园进度滞后) under 当前进度: a figure only its column names.
            out[start] = row.column
    return out


# A cell that holds a figure and nothing else but a remark in brackets after it (closed or cut).
_BARE_FIGURE = re.compile(r"\s*\d+(?:\.\d+)?\s*%?\s*(?:[（(][^（()）]*[)）]?)?\s*")


def with_row_figures(text: str, flat: dict[int, FlatLine], found: list) -> list:
    """`found` and the bare numbers of flattened-table rows (目标任务 7699套 | 完成情况 4629):
    each takes the unit its row's plan cell prints, else the one in brackets after the row's
    name (城市棚户区改造(户)); a row that prints no unit gives its bare numbers none."""
    from extract.numbers import unit_table

    if not flat:
        return found
    units = unit_table()
    rows: dict[tuple[int, str], list[int]] = {}
    for start, row in flat.items():
        rows.setdefault((row.header_start, row.serial), []).append(start)
    starts = sorted(q.start for q in found)
    # 300 under 年度投资金额 (万元): a column naming its unit gives it to its bare numbers.
    by_column = {start: name_and_unit(row.column)[1].strip() for start, row in flat.items()
                 if row.column and _UNIT_COLUMN.search(row.column)}
    for line_starts in rows.values():
        unit = _row_unit(text, flat, line_starts, found, starts)
        if unit is None or unit not in units:
            continue
        for start in line_starts:
            if flat[start].column and _role(flat[start].column):
                by_column.setdefault(start, unit)
    added = [q for start, unit in by_column.items() if (q := bare_figure(text, start, unit))]
    return sorted(found + added, key=lambda q: q.start) if added else found


def with_matrix_figures(text: str, matrix: dict[int, tuple[str, str, str]], found: list) -> list:
    """`found` and the bare figures of a table of targets by unit, each with its column's unit."""
    taken = {q.start for q in found}
    added = [q for start, (_, unit, _) in matrix.items()
             if (q := bare_figure(text, start, unit)) and q.start not in taken]
    return sorted(found + added, key=lambda q: q.start) if added else found


def bare_figure(text: str, start: int, unit: str):
    """The Quantity of the bare number on the cell line at `start` (4629 |), in the `unit` its
    column or row names; None where the line holds more or the unit is none the table knows."""
    from extract.numbers import Quantity

    end = text.find("\n", start)
    bare = _BARE_NUMBER.fullmatch(text[start:end if end >= 0 else len(text)])
    category = _category(unit) if bare else None
    if not category:
        return None
    a, b = start + bare.start(1), start + bare.end(1)
    return Quantity(a, b, float(bare.group(1)), unit, category, False, number_end=b)


@lru_cache(maxsize=256)
def _category(unit: str) -> str | None:
    """The category of a unit a header prints (万元: money, 个: count), magnitude and all."""
    from extract.numbers import unit_table

    units = unit_table()
    if unit in units:
        return units[unit]
    magnitude = next((m for m in sorted(units, key=len, reverse=True)
                      if units[m] == "magnitude" and unit.startswith(m)), None)
    rest = unit[len(magnitude):] if magnitude else ""
    return units[rest] if rest and units.get(rest) not in (None, "magnitude") else None


# A cell that is a number and nothing else (4629 |): the serial column aside.
_BARE_NUMBER = re.compile(r"\s*(\d+(?:\.\d+)?)\s*[|｜]?\s*")
# The unit a row's name prints in brackets at its end (城市棚户区改造(户)).
_NAME_UNIT = re.compile(r"[（(]([^（）()\d]{1,4})[)）]\s*[|｜]?\s*$")


def _row_unit(text: str, flat: dict[int, FlatLine], line_starts: list[int], found: list,
              starts: list[int]) -> str | None:
    """The unit of a flattened row's figures: its plan cell's amount's, else its name's."""
    named = None
    for start in line_starts:
        column = flat[start].column
        end = text.find("\n", start)
        end = end if end >= 0 else len(text)
        if column and _role(column) == "plan":
            i = bisect_left(starts, start)
            if i < len(found) and found[i].start < end and found[i].unit:
                return found[i].unit
        if column and any(w in column for w in _name_headers()) and (m := _NAME_UNIT.search(text, start, end)):
            named = named or m.group(1)
    return named


@lru_cache(maxsize=1)
def _name_headers() -> tuple[str, ...]:
    return tuple(data_lines("structure_name_headers.txt"))


def cell_sections(lines: list[str], starts: list[int]) -> dict[int, tuple[int, Section]]:
    """Cells of task tables printed a row a line (`1 | 新增学位5000个 | 县教体局 | 新增学位5500个`)
    whose header names the task (具体工作任务), and the progress made where it does (落实情况):
    cell start → (cell end, the Section of its column), of the year the table's caption names."""
    out: dict[int, tuple[int, Section]] = {}
    roles: list[str | None] | None = None
    year = None
    if not any("|" in line or "\t" in line for line in lines):
        return out  # most notices print no table a row a line
    last_line = max((n for n, line in enumerate(lines) if line.strip()), default=-1)
    for number, line in enumerate(lines):
        spans = split_cells(line)
        if spans is None:
            roles = None
            continue
        while spans and spans[-1][0] == spans[-1][1]:
            spans = spans[:-1]  # the empty cell after a row's closing pipe
        cells = [line[a:b] for a, b in spans]
        if sum(1 for c in cells if _is_header_cell(c.replace(" ", ""))) >= MIN_FLAT_HEADER:
            # Header cells are often spaced out to align them (项 目 内 容).
            column_roles = [_role("".join(c.split())) for c in cells]
            # A register of the year's tasks (项目名称 | 工作任务 | 计划完成时间 | 牵头单位) plans
            # in its task column, whatever its caption says of progress.
            roles = column_roles if "plan" in column_roles else None
            year = _caption_year(lines, number) if roles else None
        # (a short last row of the text was cut by the scrape: its cells are still in their columns)
        elif roles is not None and (len(cells) == len(roles) or len(cells) < len(roles) and number == last_line):
            for (a, b), role in zip(spans, roles[:len(spans)], strict=True):
                if role:
                    out[starts[number] + a] = (starts[number] + b, Section(role, year))
    return out


def find_sections(lines: list[str], flat: dict[int, FlatLine] | None = None) -> dict[int, Section]:
    """Line number → the Section of lines under a heading that reviews (`review`), reports
    progress (`progress`) or plans (`plan`); other lines are left out. Headings are the
    top-level numbered ones (一、…) and short unnumbered lines (▎2025年); in a task table
    flattened one cell a line (`flat`, from `flat_tables`), each cell has its column's role."""
    table = _table_sections(lines, flat or {})
    if table:
        return table
    out: dict[int, Section] = {}
    current: Section | None = None
    # An unnumbered heading with a role heads a part (2025年工作回顾): the numbered headings
    # in it that name no role of their own (一、经济运行量质齐升) stay in its role.
    part: Section | None = None
    last_review: int | None = None
    opening = False  # the next line is the first of a section
    plan_list = False  # the lines are the items of a list of plans, led by the line above
    outline = _outline_lines(lines)
    for number, line in enumerate(lines):
        if number in outline:
            # 报告分为三部分: / 一、2019年工作回顾; / 二、奋力做好2020年工作; …: the report's
            # outline heads no lines; what follows is of no part it names.
            current = part = None
            opening = False
            continue
        if plan_list and line.strip():
            plan_list = match_marker(line.strip()) is not None
            if plan_list:
                out[number] = Section("plan", None, None)
                continue
        heading = _TOP_HEADING.match(line)
        title = heading.group("title") if heading else _short_heading(line)
        if title is not None:
            role = _role(title)
            if heading or role or _period_heading().match(title):
                current = _heading_section(title, role, current if not heading else part, last_review)
                opening = current is not None
                if not heading and role:
                    part = current
                if current and current.role == "review" and current.year is not None:
                    last_review = current.year
        elif opening and current and current.year is None and current.span is None and current.back is None \
                and (year := _OPENING_YEAR.match(line)):
            # 一、主要目标 / 到2020年，全面建成…: the section's first paragraph opens on the year
            # its list of goals is for; 过去一年工作成效显著 / 2019年，是…的一年: the year reviewed.
            current = Section(current.role, int(year.group(1)), quarter=current.quarter)
            opening = False
        elif _leads_plan_list(lines, number):
            plan_list = True
        elif _plan_lead().match(line):
            # Only its own paragraph: news goes back to what was done after it.
            out[number] = Section("plan", None, None)
            continue
        elif back := _opening_years_back(line):
            # 五年来，我们稳经济… under a heading of the five years and the last: this
            # paragraph is of the five years.
            out[number] = Section("review", None, None, back)
            continue
        elif ahead := _years_ahead_listed(line):
            # 报告明确了今后五年福州发展蓝图:地区生产总值增速保持7.6%左右…: this paragraph
            # lists the targets of the years ahead.
            out[number] = Section("plan", None, ahead=ahead)
            continue
        if current:
            out[number] = current
        if title is None and line.strip():
            opening = False
    return out


def _outline_lines(lines: list[str]) -> set[int]:
    """The lines of a run of two top-level headings or more with no line of text between
    them: an outline of the parts (一、…回顾; / 二、…工作;), not the parts themselves."""
    out: set[int] = set()
    run: list[int] = []
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        if _TOP_HEADING.match(line):
            run.append(number)
            continue
        if len(run) >= _MIN_OUTLINE:
            out.update(run)
        run = []
    if len(run) >= _MIN_OUTLINE:
        out.update(run)
    return out


_MIN_OUTLINE = 2


# A section's first paragraph opening on one year: 到2020年，… / 2019年，是… / 到2025年底,
_OPENING_YEAR = re.compile(r"\s*(?:到)?((?:19|20)\d{2})年(?:底|末)?[，,]")


# ---- clauses -----------------------------------------------------------------------------
_OPEN = "(（〔[［【“《「"
_CLOSE = ")）〕]］】”》」"
# A table cell (` | ` after ingest, or a tab in a text scrape) stands on its own.
_SENTENCE_END = "。！？!?|\t"
_CHAIN_END = "；;"
_CLAUSE_END = "，,：:"
_LIST_MARK = "、"
# Quotes that may open speech, and round brackets that may hold a list of items, with
# their closing mark: quoted speech holds a clause mark, a bracketed list a chain mark
# ((GDP增长7.8%,高0.8个点;投资增长11.2%,高1.2个点;…)); either is clauses like any other.
_QUOTES = "“「"
_CLAUSES_INSIDE = {"“": "”", "「": "」", "(": ")", "（": "）"}
_QUOTED_CLAUSE = re.compile("[" + re.escape(_SENTENCE_END + _CHAIN_END + _CLAUSE_END) + "]")
_LISTED_CHAIN = re.compile("[" + re.escape(_CHAIN_END) + "]")
# Every character that ends a sentence, chain or clause, or opens or closes a bracket.
_BREAKS = re.compile("[" + re.escape(_SENTENCE_END + _CHAIN_END + _CLAUSE_END + _OPEN + _CLOSE) + "]")


_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")


def find_clauses(text: str, line_spans: list[tuple[int, int, int]]) -> list[Clause]:
    """The clauses of the given lines (line number, start, end), in text order.

    A sentence ends at any of _SENTENCE_END, even inside brackets; chains (；) and clauses
    (，) end only outside brackets and quotes, counted from the sentence's start (a
    stray closing bracket counts for nothing).
    """
    clauses: list[Clause] = []
    sentence = chain = 0
    for line_no, lstart, lend in line_spans:
        depth, last, speech_close = 0, lstart, -1
        for m in _BREAKS.finditer(text, lstart, lend):
            ch, at = m.group(), m.start()
            if ch == "《" and text.find("》", at, lend) < 0:
                continue  # a title quote whose 》 the copy lost closes nothing: clauses go on
            if at == speech_close:
                continue
            if ch in _CLAUSES_INSIDE:
                close = text.find(_CLAUSES_INSIDE[ch], at, lend)
                if close < 0 or (_QUOTED_CLAUSE if ch in _QUOTES else _LISTED_CHAIN).search(text, at, close):
                    # Quoted speech (“今年全县力争新签约项目60个以上，签约总投资突破300亿元。”)
                    # is clauses like any other; a quoted name (“六稳”) stays one word.
                    speech_close = close
                    if at > last and ch not in _QUOTES:
                        # 如期超额完成(GDP增长7.8%,…): the list opens a clause of its own
                        clauses.append(Clause(last, at, chain, sentence, line_no))
                    if at == last or ch not in _QUOTES:
                        last = at + 1  # the clause is the speech's, not the mark's
                    continue
            if ch in _OPEN:
                depth += 1
            elif ch in _CLOSE:
                depth = max(0, depth - 1)
            elif ch in _CLAUSE_END and text.startswith(_LIST_MARK, at + 1):
                continue  # 7%,、8%: a content farm doubles the mark between list items
            elif ch == "," and _THOUSANDS.match(text, at - 1):
                continue  # 1,000万元: a comma grouping a number's digits ends nothing
            elif ch in _SENTENCE_END or depth == 0:
                if at > last:
                    clauses.append(Clause(last, at, chain, sentence, line_no))
                last = at + 1
                if ch in _SENTENCE_END:
                    depth = 0
                    sentence += 1
                    chain += 1
                elif ch in _CHAIN_END:
                    chain += 1
        if lend > last:
            clauses.append(Clause(last, lend, chain, sentence, line_no))
        sentence += 1
        chain += 1
    return clauses


# ---- blocks ------------------------------------------------------------------------------
def block_before(blocks: list[Block], pos: int) -> Block | None:
    """The last block that starts at or before `pos` (the item a position falls under)."""
    index = bisect_right(blocks, pos, key=lambda block: block.start) - 1
    return blocks[index] if index >= 0 else None


def block_at(blocks: list[Block], pos: int) -> Block | None:
    """The block holding `pos` (its end included), None between blocks."""
    block = block_before(blocks, pos)
    return block if block is not None and pos <= block.end else None


# ---- a matrix of targets by unit, flattened a cell a line ----------------------------------
def unit_matrix(text: str) -> dict[int, tuple[str, str, str]]:
    """Line start → (indicator, unit, the row's unit) for the figures of a table of targets
    by unit flattened one cell a line (考核单位 | 合同外资 (万美元) | … / 长沙县 | 2180 | 11000 | …): a header
    of label cells, two or more naming their unit in brackets, perhaps a second header row
    (本年任务 | 其中:外省 | …), then rows of a label and one figure per column."""
    # Most notices hold no line closing on a unit in brackets: they are spared the reading.
    if len(list(islice(_UNIT_CELL_LINE.finditer(text), _MIN_UNIT_COLUMNS))) < _MIN_UNIT_COLUMNS:
        return {}
    cells = [(m.start(), cell) for m in re.finditer(r"(?m)^.*\S.*$", text)
             if (cell := _TRAILING_BORDERS.sub("", m.group()).strip())]
    out: dict[int, tuple[str, str, str]] = {}
    i = 0
    while i < len(cells):
        run, end = _label_run(cells, i)
        named = [k for k, c in enumerate(run) if _UNIT_COLUMN.search(c.replace(" ", ""))]
        if len(named) < _MIN_UNIT_COLUMNS or end >= len(cells):
            i = max(end, i + 1)
            continue
        # The run's last cell labels the first row; between the last unit column and it, a
        # second header row as long as the row's figures (本年任务 | 其中:外省 | …) if any.
        columns = [run[k].replace(" ", "") for k in named]
        figures = _figures_from(cells, end)
        rest = run[named[-1] + 1:-1]
        if figures > len(columns) and len(rest) >= figures:
            columns = _split_columns(columns, rest[len(rest) - figures:])
        i = _matrix_rows(cells, end - 1, columns, out)
    return out


def _figures_from(cells: list[tuple[int, str]], i: int) -> int:
    """How many bare figures stand one after another from `i`."""
    n = 0
    while i + n < len(cells) and _BARE_NUMBER.fullmatch(cells[i + n][1]):
        n += 1
    return n


_MIN_UNIT_COLUMNS = 2
_UNIT_CELL_LINE = re.compile(r"[（(][^（()）\d\n]{1,6}[)）][ \t|｜]*$", re.M)
_TRAILING_BORDERS = re.compile(r"[\s|｜]+$")


def _label_run(cells: list[tuple[int, str]], i: int) -> tuple[list[str], int]:
    """The label cells from `i` on (no figure in them, short), and where the run ends."""
    run = []
    while i < len(cells) and (_is_label_cell(cells[i][1]) or _sub_part().match(cells[i][1])) \
            and not _BARE_NUMBER.fullmatch(cells[i][1]):
        run.append(cells[i][1])
        i += 1
    return run, i


def _split_columns(columns: list[str], sub: list[str]) -> list[str]:
    """The figure columns under a second header row: a sub-cell 其中:X belongs to the column
    before it (市外境内资金 / 其中:外省 → 市外境内资金其中外省); the others stand for their column."""
    out, k = [], -1
    for cell in sub:
        if (part := _sub_part().match(cell)) and out:
            name, unit = name_and_unit(out[-1])
            out.append(f"{name}{part.group(1)}{cell[part.end():]}({unit})")
        elif k + 1 < len(columns):
            k += 1
            out.append(columns[k])
    return out


@lru_cache(maxsize=1)
def _sub_part() -> re.Pattern[str]:
    """The mark of a part of the column or row before it (其中:), the mark as group 1."""
    return re.compile(rf"^({'|'.join(map(re.escape, data_lines('structure_sub_columns.txt')))})[:：]?")


def name_and_unit(column: str) -> tuple[str, str]:
    unit = _UNIT_COLUMN.search(column)
    return (column[:unit.start()], unit.group(0)[1:-1]) if unit else (column, "")


def _matrix_rows(cells: list[tuple[int, str]], i: int, columns: list[str],
                 out: dict[int, tuple[str, str, str]]) -> int:
    """Rows of a label and one figure per column (a row cut short by the scrape keeps the
    figures it has); a remark cell after the figures is skipped. Returns where they end."""
    while i < len(cells) and not _BARE_NUMBER.fullmatch(cells[i][1]):
        figures = [(start, c) for start, c in cells[i + 1:i + 1 + len(columns)] if _BARE_NUMBER.fullmatch(c)]
        if not figures or cells[i + 1][1] != figures[0][1]:
            break
        # 其中:经济技术开发区, 合 计: the row's unit without the mark and the letter-spacing
        label = _sub_part().sub("", re.sub(r"\s+", "", cells[i][1]))
        for (start, _), column in zip(figures, columns, strict=False):
            out[start] = (*name_and_unit(column), label)
        i += 1 + len(figures)
        if len(figures) == len(columns) and i + 1 < len(cells) and not _BARE_NUMBER.fullmatch(cells[i + 1][1]):
            i += 1  # 含LG全部: the row's remark, the next cell is no figure's label
    return i


# ---- the component ---------------------------------------------------------------------
def annotate_structure(doc) -> None:
    """Lines, blocks, sections, quantities and the clauses of the lines that hold one."""
    from extract.numbers import find_quantities

    text = doc.text
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    doc.line_starts = starts
    flat = flat_tables(text)
    doc.blocks = parse_structure(text, flat)
    doc.sections = find_sections(lines, flat)
    doc.cell_sections = cell_sections(lines, starts)
    doc.row_names = row_names(flat)
    doc.quantities = with_row_figures(text, flat, find_quantities(text))
    if matrix := unit_matrix(text):
        doc.row_names |= {start: name for start, (name, _, _) in matrix.items()}
        doc.row_scopes = {start: row for start, (_, _, row) in matrix.items()}
        doc.quantities = with_matrix_figures(text, matrix, doc.quantities)
    # Only lines holding an amount are cut into clauses: the others yield no goal and
    # lend no subject (a subject is carried at most to the end of its line).
    amount_lines = sorted({bisect_right(starts, q.start) - 1 for q in doc.quantities})
    doc.clauses = find_clauses(text, [(n, starts[n], starts[n] + len(lines[n])) for n in amount_lines])
