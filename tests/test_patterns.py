"""The regex helpers the rule tables are compiled with."""
from __future__ import annotations

import pytest

from ingest.chrome import load_rules
from policydb.patterns import any_of, any_of_split, first_characters, first_class, required_words, top_level_branches


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
     "（一）制定重点招商企业目录清单。", "未经本网授权不得转载", "",
     # words that overlap or start one another (手机 and 机投注, 网 and 网站地图)
     "手机投注", "本站网站地图 |", "浏览次数：12", "【字体：大 中 小】", "摘要：某县召开会议"],
)
def test_split_alternation_agrees_with_the_joined_one(kind: str, line: str) -> None:
    patterns = [rule.pattern.pattern for rule in load_rules() if rule.kind == kind]
    assert any_of_split(patterns).found_in(line) == bool(any_of(patterns).search(line))


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"ICP备\d|公网安备", {"ICP备", "公网安备"}),
        (r"^\S{2,16}(?:门户网站|政府网)$", {"门户网站", "政府网"}),
        (r"(?=.*编印)\d+期", {"编印"}),  # a lookahead's words are in the text too
        (r"[（(]\d+[)）]", {"(", "（"}),
        (r"\d+\s*\S", None),
        (r"(?i)icp", None),
    ],
)
def test_required_words(pattern: str, words: set[str] | None) -> None:
    assert required_words(pattern) == (frozenset(words) if words is not None else None)


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        ("(?:摘要|提要)：", {"摘", "提"}),
        ("(?!附)[【\\[]", {"【", "["}),
        ("(?:您好)?欢迎", {"您", "欢"}),  # an optional first item, and what may follow it
        ("\\S{2}范文", None),
    ],
)
def test_first_characters(pattern: str, chars: set[str] | None) -> None:
    assert first_characters(pattern) == (frozenset(chars) if chars is not None else None)


@pytest.mark.parametrize(
    ("pattern", "cls"),
    [
        ("(?:自|从)?\\d+日", "[自从\\d]"),
        ("(?<=、)年[内底]", "[年]"),
        ("[^a]b", None),
        ("a?", None),  # it may match nothing, anywhere
    ],
)
def test_first_class(pattern: str, cls: str | None) -> None:
    assert first_class(pattern) == cls
