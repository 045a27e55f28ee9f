"""The README documents every command and every error code, as sqlite-utils' docs tests
check its CLI reference: a command added without a line in the README fails here."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from policydb.cli import main
from policydb.errors import CODES

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
# The README's shell examples: the lines of its ```sh blocks.
EXAMPLES = "\n".join(re.findall(r"^```sh\n(.*?)^```", README, re.M | re.S))


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_shown_in_the_readme(command):
    assert re.search(rf"^policydb (--db \S+ )?{command}\b", EXAMPLES, re.M), \
        f"`policydb {command}` has no example line in README.md's Use section"


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_error_code_is_in_the_readme_table(code):
    assert re.search(rf"^\| {code} \|", README, re.M), f"{code} is missing from README.md's Errors table"


def test_the_readme_names_no_command_that_does_not_exist():
    shown = set(re.findall(r"^policydb (?:--db \S+ )?([a-z]+)\b", EXAMPLES, re.M))
    assert len(shown) > 5
    assert shown <= set(main.commands), shown - set(main.commands)
