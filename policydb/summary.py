"""A readable terminal summary of one processed notice (`policydb extract --format text`)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from policydb.api import ProcessedNotice
from store.canon import number_text

figure = number_text  # a figure as notices print it (store.canon.number_text)


def print_summary(notice: ProcessedNotice, data: dict, console: Console | None = None) -> None:
    console = console or Console()
    meta = data["meta"]
    console.print(f"[bold]{meta.get('title') or notice.ingested.source}[/bold]")
    fields = ("issuer", "issued", "region", "year", "doc_number", "script")
    console.print("  ".join(f"{f}: {meta.get(f)}" for f in fields if meta.get(f) is not None))
    ingested = notice.ingested
    console.print(f"source: {ingested.source} ({ingested.format}, {ingested.encoding}); "
                  f"{len(ingested.dropped)} chrome lines dropped; "
                  f"{len(notice.normalized.repairs)} normalisation changes")
    for repair in notice.normalized.repairs:
        if repair.step in ("mojibake", "spinner", "tw_term"):
            console.print(f"  repaired ({repair.step}): {repair.before!r} → {repair.after!r}  {repair.note}")

    if data["goals"]:
        table = Table(title=f"Goals ({len(data['goals'])})", show_lines=False)
        for column in ("indicator", "value", "unit", "cmp", "scope", "period", "kind"):
            table.add_column(column)
        for g in data["goals"]:
            table.add_row(g["indicator"], figure(g["value"]), g["unit"], g["comparator"], g["scope"] or "",
                          g["period"] or "", g["kind"])
        console.print(table)
    if data["assignments"]:
        table = Table(title=f"Assignments ({len(data['assignments'])})")
        for column in ("task", "lead", "units", "explicit", "covers"):
            table.add_column(column)
        text = data["text"]
        for a in data["assignments"]:
            covered = text[a["span"][0]:a["span"][1]].strip().replace("\n", " ")
            table.add_row(a["task"] or "", "、".join(a["lead"]), "、".join(a["units"]),
                          "yes" if a["explicit"] else "prose", covered[:40] + ("…" if len(covered) > 40 else ""))
        console.print(table)
    if data["deadlines"]:
        table = Table(title=f"Deadlines ({len(data['deadlines'])})")
        for column in ("text", "start", "end", "recurrence", "day", "task"):
            table.add_column(column)
        for d in data["deadlines"]:
            table.add_row(d["text"], d["start"] or "", d["end"] or "", d["recurrence"] or "",
                          "" if d["day"] is None else str(d["day"]), d["task"] or "")
        console.print(table)
    if not (data["goals"] or data["assignments"] or data["deadlines"]):
        console.print("no goals, assignments or deadlines found")
