"""The CLI: every command has help; bad input gives one coded line and a non-zero exit."""
from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from policydb.cli import main
from tests.conftest import CORPUS


def all_commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


@pytest.mark.parametrize("path", [p for p, _ in all_commands(main)], ids=lambda p: " ".join(p))
def test_every_command_has_help(path):
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0
    command = dict(all_commands(main))[path]
    assert command.help and len(command.help.strip()) > 20, f"{path} has no real help text"


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.txt", b"", "E003"),
        ("scan.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>", "E004"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "E004"),
        ("bundle.zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00abc", "E004"),
        ("noise.txt", bytes(range(128, 256)) * 30 + b"\x00", "E004"),
        ("noise2.txt", bytes(range(129, 255, 3)) * 40 + b"\x01\x02" * 60, "E005"),
    ],
)
def test_bad_files_get_one_coded_line(write_file, name, data, code):
    result = CliRunner().invoke(main, ["extract", str(write_file(name, data))])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error {code}:"), result.output
    assert "Traceback" not in result.output


def test_missing_path_and_directory(tmp_path):
    for target, code in ((tmp_path / "missing.txt", "E001"), (tmp_path, "E002")):
        result = CliRunner().invoke(main, ["extract", str(target)])
        assert result.exit_code == 2
        assert result.output.startswith(f"Error {code}:")


def test_extract_json_is_the_export_object():
    result = CliRunner().invoke(main, ["extract", str(CORPUS / "002_72a7f9041d76440c.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"source", "meta", "text", "goals", "assignments", "deadlines"}
    assert set(data["meta"]) == {"title", "issuer", "issued", "region", "year", "doc_number", "script", "url",
                                 "supplied"}
    assert (data["meta"]["url"], data["meta"]["supplied"]) == (None, [])  # no manifest, no sidecar
    assert data["meta"]["script"] == "hans"
    assert "第一时间传导" in data["text"] and "主办单位" not in data["text"]


def test_extract_text_summary_reports_repairs():
    result = CliRunner().invoke(main, ["extract", str(CORPUS / "002_72a7f9041d76440c.txt"), "--format", "text"])
    assert result.exit_code == 0, result.output
    assert "spinner" in result.output
