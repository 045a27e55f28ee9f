from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
CASES = Path(__file__).resolve().parent / "cases"

_BRACKETS = str.maketrans({"〔": "(", "〕": ")", "【": "(", "】": ")", "［": "(", "］": ")",
                           "“": '"', "”": '"', "‘": "'", "’": "'"})


def canon(text: str) -> str:
    """Compare text as the scorer does: NFKC, one bracket style, no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).translate(_BRACKETS))


@pytest.fixture
def write_file(tmp_path):
    def write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path
    return write


# A project list flattened a cell a line, a column naming the unit of its figures.
PROJECT_TABLE = "\n".join(["序号 |", "项目名称 |", "建设地点 |", "建设时间 |", "2024年建设内容 |", "年度投资金额 (万元) |",
                         "责任单位 |", "|", "1 |", "中小学幼儿园基础设施提升改造项目 |", "相关镇 (街道) |", "2024 |",
                         "对学校运动场地进行改造。 |", "300 |", "教体局 |", "|", "2 |", "城北小学门前道路建设项目 |",
                         "纸坊街道 |", "2024 |", "建成唐塔北路延伸段道路。 |", "1360 |", "住建局 |"])
