"""The store: notice records → one SQLite file of notices, goals, assignments, deadlines.

    import store
    db = store.open_db("outputs/policydb.sqlite")
    store.write_notice(db, record)   # a NoticeRecord (policydb.api.to_record) or an export dict
    store.who_leads(db, "招商企业目录", region="沧州")
    store.tasks_for_unit(db, "市发改委", region="沧州", role="lead")
    store.diff_targets(db, "万载", 2015, 2022)
    store.list_goals(db, region="沧州", year=2018, kind="target")
    store.goal_series(db, "上海", "地区生产总值增长")
    store.attainment(db, "上海", 2024)
    store.cascade(db, "广东省", 2024, "地区生产总值增长")

Tables and views are described in store/SCHEMA.md. The store only stores: running the
pipeline over files and writing what it makes is `policydb.batch.ingest_paths`, which
sits above both, so nothing here imports the API or the CLI.
"""
from policydb.records import NoticeRecord
from store.query import (
    GoalRow,
    LeadAnswer,
    NoticeRow,
    RejectionRow,
    SearchHit,
    UnitTask,
    explain_empty,
    list_goals,
    list_notices,
    list_rejections,
    matching_regions,
    search,
    tasks_for_unit,
    who_leads,
)
from store.record import as_record, from_export
from store.schema import DEFAULT_DB, open_db
from store.write import WriteResult, write_notice
from store.yoy import (
    AttainmentRow,
    CascadeRow,
    DiffReport,
    DiffRow,
    Figure,
    SeriesPoint,
    attainment,
    cascade,
    diff_targets,
    goal_series,
)

__all__ = [
    "DEFAULT_DB", "AttainmentRow", "CascadeRow", "DiffReport", "DiffRow", "Figure", "GoalRow", "LeadAnswer",
    "NoticeRecord", "NoticeRow", "RejectionRow", "SearchHit", "SeriesPoint", "UnitTask", "WriteResult", "as_record",
    "attainment", "cascade", "diff_targets", "explain_empty", "from_export", "goal_series", "list_goals",
    "list_notices", "list_rejections", "matching_regions", "open_db", "search", "tasks_for_unit", "who_leads",
    "write_notice",
]
