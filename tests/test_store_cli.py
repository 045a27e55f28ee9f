"""The store's commands through click's CliRunner: help, formats, errors, real ingest."""
from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

import store
from policydb.cli import main
from policydb.commands_store import COMMANDS, register
from policydb.commands_yoy import COMMANDS as YOY_COMMANDS
from policydb.commands_yoy import register as register_yoy
from policydb.output import NO_ROWS_EXIT_STATUS
from tests.test_store import ALL_NOTICES

register(main)  # the lead registers them in policydb/cli.py; this keeps the tests independent of that
register_yoy(main)
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("store") / "policydb.sqlite"
    db = store.open_db(path)
    for build in ALL_NOTICES:
        store.write_notice(db, build())
    db.conn.close()
    return str(path)


def run(*args: str):
    # A wide terminal, so rich does not fold names inside table cells.
    return CliRunner().invoke(main, list(args), env={"COLUMNS": "240"})


@pytest.mark.parametrize("command", [c.name for c in (*COMMANDS, *YOY_COMMANDS)])
def test_every_command_has_help(command):
    assert main.commands[command].help
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "--db" in result.output
    if command not in NOT_LISTINGS:
        assert all(flag in result.output for flag in ("--json", "--nl", "--csv", "--tsv", "--format"))


# Commands that act on the store rather than list rows from it.
NOT_LISTINGS = {"index", "serve"}


LISTINGS = [
    ("lead", "制定重点招商企业目录清单", "--region", "沧州"),
    ("tasks", "--unit", "市发改委", "--role", "any"),
    ("diff", "--region", "万载", "--from", "2015", "--to", "2022"),
    ("goals", "--region", "沧州市", "--year", "2018"),
]


@pytest.mark.parametrize("args", LISTINGS, ids=[a[0] for a in LISTINGS])
def test_json_and_csv_parse(db_path, args):
    result = run(*args, "--db", db_path, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    rows = data["rows"] if isinstance(data, dict) else data
    assert rows
    result = run(*args, "--db", db_path, "--format", "csv")
    assert result.exit_code == 0, result.output
    parsed = list(csv.DictReader(io.StringIO(result.output)))
    assert len(parsed) == len(rows)
    result = run(*args, "--db", db_path, "--format", "table")
    assert result.exit_code == 0 and result.output.strip()


def test_piped_output_stays_a_table_unless_a_format_is_chosen(db_path):
    # CliRunner's stdout is no terminal: the table is still what comes out.
    table = run("goals", "--db", db_path, "--kind", "stretch")
    assert table.exit_code == 0 and "实际利用外资" in table.stdout and not table.stdout.lstrip().startswith("[")
    as_json = run("goals", "--db", db_path, "--kind", "stretch", "--json")
    assert json.loads(as_json.stdout)[0]["indicator"] == "实际利用外资"
    assert json.loads(run("goals", "--db", db_path, "--kind", "stretch", "--format", "json").stdout) == \
        json.loads(as_json.stdout)


def test_json_lines_and_tsv(db_path):
    lines = run("goals", "--db", db_path, "--region", "沧州", "--nl").stdout.splitlines()
    assert len(lines) > 1 and all(json.loads(line)["region"] == "沧州市" for line in lines)
    tsv = list(csv.DictReader(io.StringIO(run("goals", "--db", db_path, "--region", "沧州", "--tsv").stdout),
                              delimiter="\t"))
    assert len(tsv) == len(lines) and tsv[0]["region"] == "沧州市"


def test_two_formats_at_once_is_a_usage_error(db_path):
    result = run("goals", "--db", db_path, "--json", "--csv")
    assert result.exit_code == 2 and "choose one output format" in result.output


def test_csv_columns_are_fixed_by_the_command_not_by_its_rows(db_path):
    """The diff CSV has the same header whether its first row has a `before` side or not,
    and spans are two numbers, not `147、163`."""
    changed = run("diff", "--region", "万载", "--from", "2015", "--to", "2022", "--db", db_path, "--csv",
                  "--status", "changed").stdout
    new = run("diff", "--region", "万载", "--from", "2015", "--to", "2022", "--db", db_path, "--csv",
              "--status", "new").stdout
    assert changed.splitlines()[0] == new.splitlines()[0]
    header = changed.splitlines()[0].split(",")
    assert {"before_value", "before_span_start", "before_span_end", "after_evidence"} <= set(header)
    first_new = next(csv.DictReader(io.StringIO(new)))
    assert first_new["before_value"] == "" and first_new["after_value"] != ""
    assert first_new["after_span_start"].isdigit() and first_new["after_span_end"].isdigit()


def test_db_before_the_command_or_from_the_environment(db_path):
    before = run("--db", db_path, "goals", "--kind", "stretch", "--json")
    assert json.loads(before.stdout)[0]["indicator"] == "实际利用外资"
    from_env = CliRunner().invoke(main, ["goals", "--kind", "stretch", "--json"], env={"POLICYDB_DB": db_path})
    assert json.loads(from_env.stdout) == json.loads(before.stdout)
    # The command's own --db wins over the group's.
    missing = run("--db", db_path, "goals", "--db", db_path + ".none")
    assert missing.exit_code == 2 and "E001" in missing.output


@pytest.mark.parametrize(("args", "reason"), [
    (("goals", "--region", "万载", "--year", "2024"), "万载县 has goals, but none for 2024 (years stored: 2015, 2022)"),
    (("goals", "--region", "火星"), "no notice of region '火星' is stored"),
    (("tasks", "--unit", "市商务局", "--region", "万载"), "万载县 has 2 notice(s) but no tasks"),
    (("lead", "不存在的任务名称", "--region", "沧州"), "no task's text holds the words of '不存在的任务名称'"),
], ids=["year", "region", "no-tasks", "no-words"])
def test_an_empty_answer_says_why_and_exits_1(db_path, args, reason):
    shown = run(*args, "--db", db_path)
    assert shown.exit_code == 1 and reason in shown.stdout
    machine = run(*args, "--db", db_path, "--json")
    assert machine.exit_code == 1 and json.loads(machine.stdout) == [] and reason in machine.stderr


def test_goals_within_a_city_take_its_counties(tmp_path):
    for name, text in {"yichun.txt": "宜春市人民政府关于印发2022年工作要点的通知\n全市新签约项目100个。",
                       "wanzai.txt": "万载县人民政府关于印发2022年工作要点的通知\n全县新签约项目30个。"}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "store.sqlite")
    assert run("ingest", str(tmp_path / "yichun.txt"), str(tmp_path / "wanzai.txt"), "--db", db).exit_code == 0
    alone = json.loads(run("goals", "--db", db, "--region", "宜春市", "--format", "json").stdout)
    within = json.loads(run("goals", "--db", db, "--region", "宜春市", "--within", "--format", "json").stdout)
    assert {g["region"] for g in alone} == {"宜春市"} and {g["region"] for g in within} == {"宜春市", "万载县"}


def test_lead_output(db_path):
    data = json.loads(run("lead", "制定重点招商企业目录清单", "--db", db_path, "--format", "json").stdout)
    best = data[0]
    assert best["lead"] == ["市商务局"] and best["task"] == "三/二" and best["region"] == "沧州市"
    assert best["covered_text"].startswith("(二)制定重点招商企业目录清单")
    table = run("lead", "稳岗支持", "--db", db_path, "--format", "table").output
    assert "人力资源社会保障部" in table and "inferred" in table
    none = run("lead", "高端交流合作平台", "--db", db_path, "--format", "table").output
    assert "none printed" in none
    assert "No task matches" in run("lead", "'; DROP TABLE notices; --", "--db", db_path, "--format", "table").output


def test_tasks_output(db_path):
    data = json.loads(run("tasks", "--unit", "市发改委", "--region", "沧州", "--db", db_path, "--json").stdout)
    assert {r["printed_name"] for r in data} == {"市发展改革委"}
    assert {r["unit"] for r in data} == {"沧州市发展改革委"}


def test_diff_output(db_path):
    data = json.loads(run("diff", "--region", "万载", "--from", "2015", "--to", "2022", "--db", db_path,
                          "--json").stdout)
    assert data["regions"] == ["万载县"]
    gdp = next(r for r in data["rows"] if r["indicator"] == "地区生产总值")
    assert gdp["before"]["value"] == 1102284 and gdp["after"]["unit"] == "亿元"
    table = run("diff", "--region", "万载", "--from", "2015", "--to", "2022", "--db", db_path,
                "--format", "table").output
    assert "地区生产总值" in table and "dropped" in table and "new" in table


def test_query_on_a_missing_store_is_a_coded_error(tmp_path):
    result = run("goals", "--db", str(tmp_path / "none.sqlite"))
    assert result.exit_code == 2
    assert result.output.startswith("Error E001:") and result.output.count("\n") == 1


def test_ingest_of_a_missing_path_is_one_coded_line(tmp_path):
    result = run("ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "s.sqlite"))
    assert result.exit_code == 2
    assert result.output.startswith("Error E001:") and result.output.count("\n") == 1
    assert "Traceback" not in result.output


def test_ingest_folder_with_bad_files_records_rejections(tmp_path):
    """The real pipeline on a corpus notice, an empty file and a PDF named .html."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / "000_de8a73357565e53b.txt", folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.html").write_bytes(b"%PDF-1.4\n\x00\x01\x02 binary")
    (folder / "image.png").write_bytes(b"\x89PNG")
    db = str(tmp_path / "s.sqlite")

    result = run("ingest", str(folder), "--db", db, "--format", "table")
    assert result.exit_code == 1, result.output  # finished, but some files were rejected
    assert "1 ingested, 0 unchanged, 0 replaced, 2 rejected" in result.output
    assert "E003" in result.output and "E004" in result.output and "skipped 1" in result.output
    stored = store.open_db(db)
    assert {r["code"] for r in stored["rejections"].rows} == {"E003", "E004"}
    assert stored["notices"].count == 1
    notice = next(stored["notices"].rows)
    assert notice["raw_text"] and notice["pipeline_version"]

    again = run("ingest", str(folder), "--db", db, "--format", "json")
    summary = json.loads(again.stdout)
    assert summary["counts"]["unchanged"] == 1 and summary["counts"]["ingested"] == 0
    rows = list(csv.DictReader(io.StringIO(run("ingest", str(folder), "--db", db, "--format", "csv").output)))
    assert {r["outcome"] for r in rows} == {"unchanged", "rejected", "skipped"}


def test_queries_read_a_store_without_writing_to_it_or_beside_it(tmp_path):
    """A store on a read-only file, folder or mount must answer queries: they open it read-only,
    so its bytes stay as they are and no -wal or -shm file appears beside it."""
    db = tmp_path / "shared" / "store.sqlite"
    assert run("ingest", str(CORPUS / "000_de8a73357565e53b.txt"), "--db", str(db)).exit_code == 0
    before = db.read_bytes()
    for args in (("lead", "制定重点招商企业目录清单"), ("goals", "--limit", "3"), ("notices",),
                 ("series", "--region", "沧州", "--indicator", "实际利用外资"),
                 ("diff", "--region", "沧州", "--from", "2017", "--to", "2018")):
        result = run(*args, "--db", str(db), "--format", "json")
        assert result.exit_code in (0, NO_ROWS_EXIT_STATUS) and "Error" not in result.output, (args, result.output)
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["store.sqlite"]


def test_a_read_only_open_refuses_what_is_not_a_current_store(tmp_path):
    not_sqlite = tmp_path / "notes.sqlite"
    not_sqlite.write_text("not a database")
    assert run("goals", "--db", str(not_sqlite)).output.startswith("Error E012")
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    assert run("goals", "--db", str(other)).output.startswith("Error E012")


@pytest.mark.parametrize("damage", ["truncated", "overwritten"])
def test_a_damaged_store_is_a_coded_error_and_left_as_it_is(tmp_path, damage):
    db = tmp_path / "store.sqlite"
    assert run("ingest", str(CORPUS / "000_de8a73357565e53b.txt"), "--db", str(db)).exit_code == 0
    data = bytearray(db.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 3]
    else:  # 200 bytes overwritten past the header, as a failing disk or a bad copy does
        for i in range(200):
            data[4096 + i * 97 % (len(data) - 4096)] ^= 0x5A
    db.write_bytes(bytes(data))
    for args in (("goals",), ("ingest", str(CORPUS / "001_d908b3f7dd381c3d.txt"))):
        result = run(*args, "--db", str(db))
        assert result.output.startswith("Error E018"), result.output
        assert ".recover" in result.output and "Traceback" not in result.output
    assert db.read_bytes() == bytes(data)
