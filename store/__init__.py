"""The store: processed notices → one SQLite file of notices, goals, assignments, deadlines.

    import store
    summary = store.ingest_paths(["corpus/"], "outputs/policydb.sqlite", workers=4)
    db = store.open_db("outputs/policydb.sqlite")
    store.who_leads(db, "招商企业目录", region="沧州")
    store.tasks_for_unit(db, "市发改委", region="沧州", role="lead")
    store.diff_targets(db, "万载", 2015, 2022)
    store.list_goals(db, region="沧州", year=2018, kind="target")

Tables and views are described in store/SCHEMA.md.
"""
from store.ingest import FileOutcome, IngestSummary, collect_paths, ingest_paths, process_file
from store.query import (
    DiffReport,
    DiffRow,
    DiffSide,
    GoalRow,
    LeadAnswer,
    SearchHit,
    UnitTask,
    diff_targets,
    list_goals,
    matching_regions,
    search,
    tasks_for_unit,
    who_leads,
)
from store.record import NoticeRecord, as_record, from_export, from_processed
from store.schema import DEFAULT_DB, open_db
from store.write import WriteResult, write_notice

__all__ = [
    "DEFAULT_DB", "DiffReport", "DiffRow", "DiffSide", "FileOutcome", "GoalRow", "IngestSummary", "LeadAnswer",
    "NoticeRecord", "SearchHit", "UnitTask", "WriteResult", "as_record", "collect_paths", "diff_targets",
    "from_export", "from_processed", "ingest_paths", "list_goals", "matching_regions", "open_db", "process_file",
    "search", "tasks_for_unit", "who_leads", "write_notice",
]
