"""The bad-input battery (cases/bad_input.toml): every broken file a scrape folder holds is
read right or rejected with its code in one line, alone and in a whole-folder CLI run."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

import store
from ingest import MAX_BYTES, ingest_path
from policydb.api import process_path
from policydb.batch import printable_path
from policydb.cli import main
from policydb.errors import PolicydbError
from tests.conftest import CASES

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "bad_input"
ALL_CASES = tomllib.loads((CASES / "bad_input.toml").read_text(encoding="utf-8"))["case"]
POLICYDB = Path(sys.executable).parent / "policydb"
NOTICE_LINES = (FIXTURES / "gbk.txt").read_bytes().decode("gbk").splitlines()
# Deep enough to overflow Python's recursion limit (1000) several times over.
DEPTH = 10_000


# --------------------------------------------------------------------------- builders


def build_nested_divs(folder: Path) -> Path:
    body = "".join(f"<p>{line}</p>" for line in NOTICE_LINES)
    path = folder / "nested_divs.html"
    path.write_text(f"<html><body>{'<div>' * DEPTH}{body}{'</div>' * DEPTH}</body></html>", encoding="utf-8")
    return path


def build_unclosed_fonts(folder: Path) -> Path:
    per_line = DEPTH // len(NOTICE_LINES) + 1
    body = "".join('<font face="宋体">' * per_line + line + "<br>" for line in NOTICE_LINES)
    path = folder / "unclosed_fonts.html"
    path.write_text(f"<html><body><div class=content>{body}", encoding="utf-8")
    return path


def build_big_text(folder: Path) -> Path:
    chunk = ("\n".join(NOTICE_LINES) + "\n").encode() * 1024
    path = folder / "big_50mb.txt"
    with path.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            fh.write(chunk)
    return path


def build_directory(folder: Path) -> Path:
    path = folder / "2018年通知"
    path.mkdir()
    return path


def build_broken_symlink(folder: Path) -> Path:
    path = folder / "broken_link.txt"
    path.symlink_to("deleted_notice.txt")
    return path


def build_fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


BUILDERS = {
    "nested_divs": build_nested_divs,
    "unclosed_fonts": build_unclosed_fonts,
    "big_text": build_big_text,
    "directory": build_directory,
    "broken_symlink": build_broken_symlink,
    "fifo": build_fifo,
}


def materialize(case: dict, folder: Path) -> Path:
    """Write the case's file into folder and return its path."""
    if "build" in case:
        return BUILDERS[case["build"]](folder)
    name = case.get("save_as", case["file"])
    if "name_encoding" in case:
        path = Path(os.fsdecode(os.fsencode(folder) + b"/" + name.encode(case["name_encoding"])))
    else:
        path = folder / name
    shutil.copyfile(FIXTURES / case["file"], path)
    return path


def case_id(case: dict) -> str:
    return case["name"]


OK = [c for c in ALL_CASES if c["outcome"] == "ok"]
REJECTED = [c for c in ALL_CASES if c["outcome"] == "rejected"]
IN_FOLDER = [c for c in ALL_CASES if c.get("in_folder", True)]


# --------------------------------------------------------------------------- the table


def test_cases_and_fixtures_match():
    assert len(ALL_CASES) >= 30
    assert len({c["name"] for c in ALL_CASES}) == len(ALL_CASES)
    for case in ALL_CASES:
        assert case["outcome"] in ("ok", "rejected"), case["name"]
        assert ("file" in case) != ("build" in case), case["name"]
        assert case.get("build", "nothing") in BUILDERS or "file" in case, case["name"]
        assert "code" in case or case["outcome"] == "ok", case["name"]
        assert case.get("in_folder", True) or case.get("why"), f"{case['name']}: say why it is left out"
    used = {c["file"] for c in ALL_CASES if "file" in c}
    assert used == {p.name for p in FIXTURES.iterdir()}, "every fixture has a case, every case its fixture"


@pytest.mark.parametrize("case", OK, ids=case_id)
def test_read_right(case, tmp_path):
    path = materialize(case, tmp_path)
    notice = ingest_path(path)
    for phrase in case.get("contains", []):
        assert phrase in notice.text, phrase
    for phrase in case.get("absent", []):
        assert phrase not in notice.text, phrase
    assert "\x00" not in notice.text
    assert notice.text.count("\ufffd") == notice.replaced_bytes == case.get("replaced", 0)
    if "encoding" in case:
        assert notice.encoding == case["encoding"]
    notice.source.encode("utf-8")  # printable and storable, whatever the file's name
    process_path(path)  # the whole pipeline takes it


@pytest.mark.parametrize("case", REJECTED, ids=case_id)
def test_rejected_with_code_and_one_line(case, tmp_path):
    path = materialize(case, tmp_path)
    with pytest.raises(PolicydbError) as caught:
        ingest_path(path)
    message = str(caught.value)
    assert caught.value.code == case["code"], message
    assert "\n" not in message
    for phrase in case.get("says", []):
        assert phrase in message


@pytest.mark.parametrize("case", REJECTED, ids=case_id)
def test_extract_prints_one_error_line(case, tmp_path):
    path = materialize(case, tmp_path)
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error {case['code']}: ")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_size_limit_can_be_raised(tmp_path):
    path = tmp_path / "notice.txt"
    shutil.copyfile(FIXTURES / "gbk.txt", path)
    size = path.stat().st_size
    with pytest.raises(PolicydbError) as caught:
        ingest_path(path, max_bytes=size - 1)
    assert caught.value.code == "E011"
    assert f"over the {size - 1:,} bytes limit" in str(caught.value)
    assert "实际利用外资" in ingest_path(path, max_bytes=size).text


PEAK_RSS = """
import resource, sys
from ingest import ingest_path
notice = ingest_path(sys.argv[1])
assert "实际利用外资" in notice.text
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def test_a_page_just_under_the_limit_fits_in_memory(tmp_path):
    # The limit is there to keep memory bounded: the largest page it lets through, parsed
    # into a tree, must stay well within half a gigabyte.
    paragraphs = "".join(f"<p>{line}</p>\n" for line in NOTICE_LINES).encode()
    head, tail = b"<html><body><div class=content>\n", b"</div></body></html>\n"
    count = (MAX_BYTES - len(head) - len(tail)) // len(paragraphs)
    path = tmp_path / "big_page.html"
    path.write_bytes(head + paragraphs * count + tail)
    assert MAX_BYTES - len(paragraphs) < path.stat().st_size <= MAX_BYTES
    done = subprocess.run([sys.executable, "-c", PEAK_RSS, str(path)], capture_output=True, text=True,
                          timeout=300, check=True)
    assert int(done.stdout.split()[-1]) < 500


# --------------------------------------------------------------------------- a whole folder


def run_ingest(folder: Path, db: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(POLICYDB), "ingest", str(folder), "--db", str(db), "--format", "json"],
                          capture_output=True, text=True, timeout=timeout, cwd=folder.parent)


def test_whole_battery_through_the_cli(tmp_path):
    folder = tmp_path / "scrapes"
    folder.mkdir()
    # A name that is not UTF-8 is stored and shown with its bytes as \xNN.
    names = {printable_path(materialize(case, folder).name): case for case in IN_FOLDER}
    db = tmp_path / "store.sqlite"
    done = run_ingest(folder, db, timeout=600)
    assert "Traceback" not in done.stdout + done.stderr
    assert done.returncode == 1, done.stderr  # finished, some files rejected
    summary = json.loads(done.stdout)
    assert summary["counts"]["rejected"] == len([c for c in IN_FOLDER if c["outcome"] == "rejected"])

    tables = store.open_db(db)
    rejections = {Path(row["path"]).name: row for row in tables["rejections"].rows}
    sources = {Path(row["path"]).name for row in tables["sources"].rows}
    expected_rejections = {name: case["code"] for name, case in names.items() if case["outcome"] == "rejected"}
    assert {name: row["code"] for name, row in rejections.items()} == expected_rejections
    assert all("\n" not in row["reason"] for row in rejections.values())
    assert sources == {name for name, case in names.items() if case["outcome"] == "ok"}


def test_the_size_limit_is_a_flag_of_every_command_that_reads_files(tmp_path):
    notice = tmp_path / "notice.txt"
    shutil.copyfile(FIXTURES / "gbk.txt", notice)
    size_kb = notice.stat().st_size / 1024
    below = f"{size_kb / 2 / 1024:.6f}"  # MB: half the file
    runner = CliRunner()
    for args in (["extract", str(notice)], ["review", str(notice), "--html", str(tmp_path / "r.html")],
                 ["ingest", str(notice), "--db", str(tmp_path / "s.sqlite")]):
        refused = runner.invoke(main, [*args, "--max-size", below])
        assert refused.exit_code in (1, 2) and "Traceback" not in refused.output
        assert "E011" in refused.output, args
        assert runner.invoke(main, args).exit_code == 0, args  # the default limit takes it
    rows = store.open_db(tmp_path / "s.sqlite")
    assert rows["sources"].count == 1 and rows["rejections"].count == 0  # the later run replaced the rejection
