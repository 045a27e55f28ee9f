"""The review page: one notice's clean text with every extracted fact highlighted beside a list of them.

    from store.review import render_review, review_from_db
    html = render_review(export(process_path("corpus/000_de8a73357565e53b.txt")))
    html = render_review(review_from_db("outputs/policydb.sqlite", "de8a73"))

The page is for checking extraction by eye, so it shows the spans exactly as the export
states them: each goal's evidence, each assignment's covered text and each deadline's
words is a `<mark>` with an id and a tooltip, and the side list links to it. A span
whose text is not its fact's evidence is flagged in the list rather than corrected.

The spans are held in a spaCy `Doc` (a blank `zh` pipeline with the `char` segmenter,
one span group per fact kind), and the marks are drawn from its `Doc.spans` groups.
displaCy is not used to draw them, on purpose:

- its `span` style renders token by token and joins the tokens with spaces; with a
  per-character Chinese tokenizer that puts a space after every character outside a
  span and wraps every character inside one in its own inline-block, so the text no
  longer reads as Chinese and a highlight's text is no longer the evidence;
- its `ent` style keeps the text intact but cannot show overlapping spans, and here
  they always overlap (goals and deadlines stand inside assignments, deadlines inside
  goal evidence);
- neither gives a span an id or a title, which the links and tooltips need.
"""
from __future__ import annotations

import html
import logging
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from policydb.errors import PolicydbError

log = logging.getLogger(__name__)

# Fact kinds, outermost first: when spans start together, the longer assignment wraps the
# goal, which wraps the deadline, so the inner marks stay visible on the outer background.
GROUPS = ("assignments", "goals", "deadlines")
_LABEL = {"assignments": "ASSIGNMENT", "goals": "GOAL", "deadlines": "DEADLINE"}
_ID_PREFIX = {"assignments": "asg", "goals": "goal", "deadlines": "dl"}
_RANK = {group: rank for rank, group in enumerate(GROUPS)}

_NOTICE_ID = re.compile(r"[0-9a-f]{6,64}")
MIN_ID_PREFIX = 6


# --- the spaCy container ------------------------------------------------------------

@cache
def _nlp() -> Any:
    """A blank Chinese pipeline that segments by character.

    The segmenter is named explicitly: `char` needs no model, while `jieba` and `pkuseg`
    would load (pkuseg: download) one, and the review only needs character offsets.
    """
    import spacy

    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})


def fact_id(group: str, index: int) -> str:
    """The id of a fact's highlight (and, prefixed `item-`, of its list entry)."""
    return f"{_ID_PREFIX[group]}-{index}"


def _valid_span(span: Any, length: int) -> tuple[int, int] | None:
    if not isinstance(span, list | tuple) or len(span) != 2:
        return None
    start, end = span
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length):
        return None
    return start, end


def build_doc(export: dict[str, Any]) -> Any:
    """The notice text as a spaCy `Doc` with one span group per fact kind.

    `doc.spans["goals"|"assignments"|"deadlines"]` hold one `Span` per fact that has a
    usable span, labelled GOAL/ASSIGNMENT/DEADLINE, its `id_` the fact's highlight id
    (so a span finds its fact even when facts without spans are skipped).
    """
    text = export.get("text") or ""
    doc = _nlp().make_doc(text)
    for group in GROUPS:
        spans = []
        for index, fact in enumerate(export.get(group) or []):
            ident = fact_id(group, index)
            bounds = _valid_span(fact.get("span"), len(text))
            if bounds is None:
                if fact.get("span") is not None:
                    log.warning("%s: span %r is outside the text (%d chars); not highlighted",
                                ident, fact.get("span"), len(text))
                continue
            # "expand" never drops a span: with per-character tokens it only moves an
            # edge that falls inside a whitespace run (the check below reports that).
            span = doc.char_span(*bounds, label=_LABEL[group], alignment_mode="expand", span_id=ident)
            if span is None:
                log.warning("%s: no span for %r", ident, bounds)
                continue
            if (span.start_char, span.end_char) != bounds:
                log.warning("%s: span %r aligned to tokens as %r", ident, bounds, (span.start_char, span.end_char))
            spans.append(span)
        doc.spans[group] = spans
    return doc


# --- marks ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    group: str
    ident: str
    title: str


def _marks(doc: Any, titles: dict[str, str]) -> list[_Mark]:
    marks = [_Mark(span.start_char, span.end_char, group, span.id_, titles.get(span.id_, ""))
             for group in GROUPS for span in doc.spans[group]]
    # Outer before inner: earlier start, then longer, then assignment > goal > deadline.
    marks.sort(key=lambda m: (m.start, -m.end, _RANK[m.group]))
    return marks


def _open(mark: _Mark, first: bool) -> str:
    # Only the first fragment carries the id; a mark split where spans cross continues
    # in fragments that share its data-fact, so its whole text is still recoverable.
    ident = f' id="{mark.ident}"' if first else ""
    cls = "hl " + mark.group + ("" if first else " cont")
    return (f'<mark{ident} class="{cls}" data-fact="{mark.ident}" '
            f'title="{html.escape(mark.title, quote=True)}">')


def marked_text(text: str, marks: list[_Mark]) -> str:
    """`text`, escaped, with each mark as nested `<mark>` elements.

    Marks nest where they can; where two cross, the inner one is closed at the outer
    one's end and reopened as a continuation fragment, so the HTML stays well formed.
    """
    opens: dict[int, list[_Mark]] = {}
    for mark in marks:
        opens.setdefault(mark.start, []).append(mark)
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    stack: list[_Mark] = []
    pos = 0
    for bound in bounds:
        out.append(html.escape(text[pos:bound], quote=False))
        pos = bound
        ending = [i for i, m in enumerate(stack) if m.end <= bound]
        if ending:
            lowest = ending[0]
            reopen = [m for m in stack[lowest:] if m.end > bound]
            out.append("</mark>" * (len(stack) - lowest))
            del stack[lowest:]
            for mark in reopen:
                out.append(_open(mark, first=False))
                stack.append(mark)
        for mark in opens.get(bound, []):
            out.append(_open(mark, first=True))
            stack.append(mark)
    out.append("</mark>" * len(stack))
    return "".join(out)


# --- what each fact says -------------------------------------------------------------

def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list | tuple):
        return "、".join(_value(v) for v in value) or "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _fields(group: str, fact: dict[str, Any]) -> list[tuple[str, str]]:
    """The (name, shown value) pairs a reviewer checks for one fact."""
    if group == "goals":
        names = ("indicator", "value", "unit", "comparator", "scope", "period", "kind")
        return [(name, _value(fact.get(name))) for name in names] + _why(fact)
    if group == "assignments":
        rows = [("task", _value(fact.get("task"))), ("lead", _value(fact.get("lead"))),
                ("units", _value(fact.get("units"))),
                ("form", "explicit annotation" if fact.get("explicit") else "prose")]
        if fact.get("inferred_lead"):
            rows.insert(2, ("lead by rule", _value(fact.get("inferred_lead"))))
        return rows
    names = ("text", "start", "end", "recurrence", "day", "task")
    return [(name, _value(fact.get(name))) for name in names] + _why(fact)


def _why(fact: dict[str, Any]) -> list[tuple[str, str]]:
    """The rule's reason code, where the page was made from a processed file."""
    return [("why", fact["reason"])] if fact.get("reason") else []


def _headline(group: str, fact: dict[str, Any]) -> str:
    if group == "goals":
        return " ".join(p for p in (_value(fact.get("indicator")), _value(fact.get("comparator")),
                                    _value(fact.get("value")) + (fact.get("unit") or "")) if p)
    if group == "assignments":
        lead = _value(fact.get("lead") or fact.get("inferred_lead"))
        return f"{_value(fact.get('task'))} · lead {lead}"
    start, end = fact.get("start"), fact.get("end")
    when = start if start == end else f"{_value(start)} … {_value(end)}"
    return f"{_value(fact.get('text'))} → {when}"


def _expected(group: str, fact: dict[str, Any]) -> str | None:
    """The text the span must cover, where the export states one."""
    return fact.get("evidence") if group == "goals" else fact.get("text") if group == "deadlines" else None


def _title(group: str, index: int, fact: dict[str, Any]) -> str:
    shown = "; ".join(f"{name}: {value}" for name, value in _fields(group, fact) if name != "text")
    return f"{_LABEL[group].title()} {index + 1} — {shown}"


# --- the page ------------------------------------------------------------------------

_CSS = """
:root { --goal: #ffd966; --goal-edge: #b8860b; --dl: #9fd3ff; --dl-edge: #1f6fb2;
        --asg: #e3f4e1; --asg-edge: #3c9a3c; --ink: #1d1d1f; --muted: #6b6b70; --warn: #b3261e; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fafaf7;
       font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB",
                    "Microsoft YaHei", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans SC",
                    "SimSun", system-ui, sans-serif; }
header { padding: 1rem 1.5rem .6rem; border-bottom: 1px solid #ddd; background: #fff; }
header h1 { font-size: 1.3rem; margin: 0 0 .4rem; line-height: 1.4; }
.meta { display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; margin: 0; font-size: .85rem; }
.meta div { display: flex; gap: .35rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; }
.legend { margin-top: .5rem; font-size: .85rem; display: flex; gap: 1rem; flex-wrap: wrap; }
.legend .hl { padding: 0 .3em; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(18rem, 30rem); align-items: start; }
main { padding: 1rem 1.5rem 3rem; }
.text { white-space: pre-wrap; word-break: break-word; line-height: 2; font-size: 1.02rem;
        background: #fff; padding: 1rem 1.2rem; border: 1px solid #e4e4e0; border-radius: 6px; }
mark.hl { color: inherit; background: none; border-radius: 2px; scroll-margin-top: 4rem; }
mark.assignments { background: var(--asg); border-left: 3px solid var(--asg-edge);
                   padding-left: 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.assignments.cont { border-left: none; padding-left: 0; }
mark.goals { background: var(--goal); border-bottom: 2px solid var(--goal-edge);
             border-left: 1px solid var(--goal-edge);
             box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.deadlines { background: var(--dl); border-bottom: 2px solid var(--dl-edge); font-weight: 600; }
mark.hl:target { outline: 3px solid #e8590c; outline-offset: 1px; }
aside { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; padding: 1rem 1.2rem 3rem;
        border-left: 1px solid #ddd; background: #fff; font-size: .86rem; }
aside h2 { font-size: 1rem; margin: 1rem 0 .4rem; display: flex; align-items: center; gap: .4rem; }
aside h2:first-child { margin-top: 0; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; }
.swatch.goals { background: var(--goal); border: 1px solid var(--goal-edge); }
.swatch.assignments { background: var(--asg); border: 1px solid var(--asg-edge); }
.swatch.deadlines { background: var(--dl); border: 1px solid var(--dl-edge); }
aside ol { margin: 0; padding-left: 1.6rem; }
aside li { margin: 0 0 .55rem; }
aside li a { color: inherit; text-decoration: none; font-weight: 600; }
aside li a:hover { text-decoration: underline; }
.facts { display: flex; flex-wrap: wrap; gap: 0 .9rem; margin: .1rem 0 0; color: #333; }
.facts div { display: flex; gap: .3rem; }
.facts div.wide { flex-basis: 100%; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.warn, .facts .warn dt { color: var(--warn); }
.none { color: var(--muted); font-style: italic; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; }
                            aside { position: static; max-height: none; border-left: 0; } }
"""

_HEADINGS = {"goals": "Goals", "assignments": "Assignments", "deadlines": "Deadlines"}
# The side list reads in the order a reviewer checks: goals, then who does what, then when.
_LIST_ORDER = ("goals", "assignments", "deadlines")


def _e(value: Any) -> str:
    return html.escape(_value(value) if not isinstance(value, str) else value, quote=True)


def _meta_block(export: dict[str, Any]) -> Iterator[str]:
    meta = export.get("meta") or {}
    rows = [("issuer", meta.get("issuer")), ("issued", meta.get("issued")), ("region", meta.get("region")),
            ("year", meta.get("year")), ("doc number", meta.get("doc_number")), ("script", meta.get("script")),
            ("source", export.get("source")), ("notice id", export.get("notice_id"))]
    yield '<dl class="meta">'
    for name, value in rows:
        if value is not None:
            yield f"<div><dt>{_e(name)}</dt><dd>{_e(value)}</dd></div>"
    yield "</dl>"


def _legend(export: dict[str, Any]) -> str:
    parts = [f'<span><mark class="hl {g}">{_HEADINGS[g]}</mark> {len(export.get(g) or [])}</span>'
             for g in _LIST_ORDER]
    return '<div class="legend">' + "".join(parts) + "</div>"


def _list_items(group: str, facts: list[dict[str, Any]], text: str, placed: set[str]) -> Iterator[str]:
    yield f'<h2><span class="swatch {group}"></span>{_HEADINGS[group]} ({len(facts)})</h2>'
    if not facts:
        yield '<p class="none">none extracted</p>'
        return
    yield f'<ol class="{group}">'
    for index, fact in enumerate(facts):
        ident = fact_id(group, index)
        headline = _e(_headline(group, fact))
        if ident in placed:
            head = f'<a href="#{ident}">{headline}</a>'
        else:
            head = f'{headline} <span class="warn">(no span in the text)</span>'
        yield f'<li id="item-{ident}">{head}<dl class="facts">'
        for name, value in _fields(group, fact):
            yield f"<div><dt>{_e(name)}</dt><dd>{_e(value)}</dd></div>"
        bounds = _valid_span(fact.get("span"), len(text))
        expected = _expected(group, fact)
        if bounds and expected is not None and text[bounds[0]:bounds[1]] != expected:
            # The page shows what the span covers; a mismatch is an extraction bug to see.
            yield (f'<div class="wide warn"><dt>⚠ span</dt><dd>covers 「{_e(text[bounds[0]:bounds[1]])}」, '
                   f"not the {'evidence' if group == 'goals' else 'text'}</dd></div>")
        if group == "goals" and fact.get("evidence"):
            yield f'<div class="wide"><dt>evidence</dt><dd>{_e(fact.get("evidence"))}</dd></div>'
        yield "</dl></li>"
    yield "</ol>"


def _left_items(left: list[dict[str, Any]]) -> Iterator[str]:
    """Numbers and time words the rules weighed and left, with the reason code of each."""
    yield f'<h2><span class="swatch"></span>Left out ({len(left)})</h2>'
    yield '<ol class="left">'
    for item in left:
        yield f'<li>「{_e(item.get("text"))}」 <span class="muted">{_e(item.get("reason"))}</span></li>'
    yield "</ol>"


def render_review(export: dict[str, Any]) -> str:
    """The whole review page (a self-contained HTML document) for one EXPORT.md object.

    Extra keys are shown when present: `notice_id` (in the header); on assignments,
    `inferred_lead` (a lead the store took from the notice's own rule); on goals and
    deadlines, `reason` (the rule's code); and `left`, the numbers and time words the
    rules weighed and left, each with its text and reason (policydb.api.review_export).
    """
    text = export.get("text") or ""
    meta = export.get("meta") or {}
    doc = build_doc(export)
    titles = {fact_id(g, i): _title(g, i, fact) for g in GROUPS for i, fact in enumerate(export.get(g) or [])}
    marks = _marks(doc, titles)
    placed = {m.ident for m in marks}
    title = meta.get("title") or export.get("source") or "notice"

    parts: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="zh-Hans">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Review: {_e(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{_e(title)}</h1>",
        *_meta_block(export),
        _legend(export),
        "</header>",
        '<div class="layout">',
        f'<main><div class="text" id="text">{marked_text(text, marks)}</div></main>',
        '<aside id="facts">',
    ]
    for group in _LIST_ORDER:
        parts.extend(_list_items(group, list(export.get(group) or []), text, placed))
    if export.get("left"):
        parts.extend(_left_items(export["left"]))
    parts += ["</aside>", "</div>", "</body>", "</html>", ""]
    return "\n".join(parts)


# --- a stored notice -----------------------------------------------------------------

def review_from_db(db_path: str | os.PathLike[str], notice_id: str) -> dict[str, Any]:
    """The export-shaped dict of a stored notice, by its id or an id prefix of ≥ 6 hex digits."""
    wanted = notice_id.strip().lower()
    if not _NOTICE_ID.fullmatch(wanted):
        raise PolicydbError("E001", f"{notice_id!r} is not a notice id (at least {MIN_ID_PREFIX} hex digits)")
    if not Path(db_path).is_file():
        raise PolicydbError("E001", f"no store at {db_path}; run `policydb ingest PATH… --db {db_path}` first")
    # Read-only: reviewing must never create or migrate a store.
    conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        found = [row[0] for row in conn.execute(
            "SELECT id FROM notices WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 6", [len(wanted), wanted])]
        if not found:
            raise PolicydbError("E010", f"no notice with id {notice_id!r} in {db_path}")
        if len(found) > 1:
            raise PolicydbError("E010", f"id prefix {notice_id!r} matches several notices in {db_path}: "
                                        f"{', '.join(found)}; give more digits")
        return load_notice(conn, found[0])
    finally:
        conn.close()


def _span_of(row: sqlite3.Row) -> list[int] | None:
    return None if row["span_start"] is None else [row["span_start"], row["span_end"]]


def load_notice(conn: sqlite3.Connection, notice_id: str) -> dict[str, Any]:
    """One stored notice as an EXPORT.md object (store/schema.py's tables; rows by `seq`).

    `lead`/`units` are the roles as printed, as in the export; a lead the store inferred
    from the notice's first-listed-leads rule is given as `inferred_lead`.
    """
    notice = conn.execute("SELECT * FROM notices WHERE id = ?", [notice_id]).fetchone()
    meta_names = ("title", "issuer", "issued", "region", "year", "doc_number", "script")
    goals = [{
        "indicator": r["indicator"], "value": r["value"], "unit": r["unit"], "comparator": r["comparator"],
        "scope": r["scope"], "period": r["period"], "kind": r["kind"], "evidence": r["evidence"],
        "span": _span_of(r),
    } for r in conn.execute("SELECT * FROM goals WHERE notice_id = ? ORDER BY seq", [notice_id])]
    units: dict[int, list[sqlite3.Row]] = {}
    for r in conn.execute("SELECT * FROM assignment_units WHERE notice_id = ? ORDER BY assignment_id, position",
                          [notice_id]):
        units.setdefault(r["assignment_id"], []).append(r)
    assignments = []
    for r in conn.execute("SELECT * FROM assignments WHERE notice_id = ? ORDER BY seq", [notice_id]):
        listed = units.get(r["id"], [])
        assignments.append({
            "task": r["task"],
            "lead": _names(u for u in listed if u["printed_role"] == "lead"),
            "units": _names(u for u in listed if u["printed_role"] == "unit"),
            "explicit": bool(r["explicit"]),
            "span": _span_of(r),
            "inferred_lead": _names(u for u in listed if u["inferred"]),
        })
    deadlines = [{
        "text": r["text"], "start": r["start"], "end": r["end"], "recurrence": r["recurrence"], "day": r["day"],
        "task": r["task"], "span": _span_of(r),
    } for r in conn.execute("SELECT * FROM deadlines WHERE notice_id = ? ORDER BY seq", [notice_id])]
    return {
        "source": notice["source"], "notice_id": notice_id,
        "meta": {name: notice[name] for name in meta_names},
        "text": notice["text"], "goals": goals, "assignments": assignments, "deadlines": deadlines,
    }


def _names(rows: Iterable[sqlite3.Row]) -> list[str]:
    return [row["printed_name"] for row in rows]
