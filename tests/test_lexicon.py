"""Words live in extract/data/, not in code: a word of a data file that reappears as a
string literal in extract/ is a second definition that will drift from the first."""
from __future__ import annotations

import ast
import re
from functools import lru_cache
from pathlib import Path

import pytest

from extract.lexicon import data_table, read_int

EXTRACT = Path(__file__).resolve().parent.parent / "extract"
HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
# Files of regular expressions, not of words: their fragments are no vocabulary.
PATTERN_FILES = {"deadline_patterns.tsv", "structure_numbering.tsv", "assign_document_rules.txt",
                 "goal_not_goals.txt"}


@lru_cache(maxsize=1)
def _data_words() -> dict[str, str]:
    words: dict[str, str] = {}
    for path in sorted((EXTRACT / "data").iterdir()):
        if path.name in PATTERN_FILES:
            continue
        for row in data_table(path.name):
            for cell in row:
                if HAN_RUN.fullmatch(cell.lstrip("*")):
                    words.setdefault(cell.lstrip("*"), path.name)
    return words


def _literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


MODULES = sorted(path.name for path in EXTRACT.glob("*.py"))


def test_the_lexicon_and_the_modules_are_found() -> None:
    assert len(_data_words()) > 100 and "goals.py" in MODULES


@pytest.mark.parametrize("module", MODULES)
def test_no_data_word_is_spelt_again_in_code(module: str) -> None:
    words = _data_words()
    again = [f"{module}:{line} {run!r} (in data/{words[run]})"
             for line, literal in _literals(EXTRACT / module)
             for run in HAN_RUN.findall(literal) if run in words]
    assert not again, "\n".join(again)


@pytest.mark.parametrize(("printed", "value"), [
    ("十二", 12), ("二十", 20), ("十", 10), ("三", 3), ("12", 12), ("③", 3), ("二十一", 21), ("两", 2),
    ("二〇二六", 2026), ("二○二六", 2026), ("一百零五", 105), ("甲", None), ("", None), ("十二五", None),
])
def test_printed_whole_numbers_are_read(printed: str, value: int | None) -> None:
    assert read_int(printed) == value
