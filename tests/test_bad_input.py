"""The bad-input battery (cases/bad_input.toml): every broken file a scrape folder holds is
read right or rejected with its code in one line, alone and in a whole-folder CLI run."""
from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest import ingest_path
from policydb.api import process_path
from policydb.cli import main
from policydb.errors import PolicydbError
from tests.conftest import CASES

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "bad_input"
ALL_CASES = tomllib.loads((CASES / "bad_input.toml").read_text(encoding="utf-8"))["case"]
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


BUILDERS = {
    "nested_divs": build_nested_divs,
    "unclosed_fonts": build_unclosed_fonts,
}


def materialize(case: dict, folder: Path) -> Path:
    """Write the case's file into folder and return its path."""
    if "build" in case:
        return BUILDERS[case["build"]](folder)
    path = folder / case["file"]
    shutil.copyfile(FIXTURES / case["file"], path)
    return path


def case_id(case: dict) -> str:
    return case["name"]


OK = [c for c in ALL_CASES if c["outcome"] == "ok"]
REJECTED = [c for c in ALL_CASES if c["outcome"] == "rejected"]


# --------------------------------------------------------------------------- the table


def test_cases_and_fixtures_match():
    assert ALL_CASES
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
