"""The regex helpers the rule tables are compiled with."""
from __future__ import annotations

import pytest

from ingest.chrome import load_rules
from policydb.patterns import any_of, any_of_split, top_level_branches


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        ("^a|b(c|d)", ["^a", "b(c|d)"]),
        (r"[|]|a\|b", ["[|]", r"a\|b"]),
        (r"[\]|]|x", [r"[\]|]", "x"]),
        ("[]|]|y", ["[]|]", "y"]),
        ("[^]|]|z", ["[^]|]", "z"]),
        ("(?:^a|b)", ["(?:^a|b)"]),
    ],
)
def test_top_level_branches(pattern: str, branches: list[str]) -> None:
    assert top_level_branches(pattern) == branches


@pytest.mark.parametrize("kind", ["line", "tail", "contact"])
@pytest.mark.parametrize(
    "line",
    ["首页 > 政务公开 > 通知公告", "京ICP备12345号", "本站 网站地图 | 联系我们", "相关文章", "联系电话：13912345678",
     "（一）制定重点招商企业目录清单。", "未经本网授权不得转载", ""],
)
def test_split_alternation_agrees_with_the_joined_one(kind: str, line: str) -> None:
    patterns = [rule.pattern.pattern for rule in load_rules() if rule.kind == kind]
    assert any_of_split(patterns).found_in(line) == bool(any_of(patterns).search(line))
