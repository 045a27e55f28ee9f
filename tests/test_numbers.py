"""Numbers with units as written (extract/numbers.py)."""
# ruff: noqa: E501
from __future__ import annotations

import pytest

from extract.numbers import find_quantities, parse_number


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("6.6", 6.6),
        ("2,066.95", 2066.95),
        ("一百二十", 120),
        ("三千", 3000),
        ("两", 2),
        ("百分之四点六", 4.6),
        ("3千", 3000),
        ("１２", 12),
        ("二十", 20),
        ("", None),
    ],
)
def test_parse_number(written: str, value: float | None) -> None:
    assert parse_number(written) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (span text, value, unit, upper bound of a range)
        ("全年全市实际利用外资完成6.6亿美元,同比增长5%。", [("6.6亿美元", 6.6, "亿美元", None), ("5%", 5, "%", None)]),
        ("投资总额3千万以上项目300个", [("3千万", 3000, "万", None), ("300个", 300, "个", None)]),
        ("新引进一百二十个项目", [("一百二十个", 120, "个", None)]),
        ("增长百分之四点六", [("百分之四点六", 4.6, "%", None)]),
        ("分别给予500万、300万元资金奖励", [("500万", 500, "万元", None), ("300万元", 300, "万元", None)]),
        ("设立1-2支产业发展基金", [("1-2支", 1, "支", 2)]),
        ("牧业产值增长-3.2%", [("-3.2%", -3.2, "%", None)]),
        ("食品安全抽检量达到5批次/千人", [("5批次/千人", 5, "批次/千人", None)]),
        # a pollutant's concentration, its slash spelt out or not
        ("PM2.5年均浓度控制在29微克每立方米以下", [("29微克每立方米", 29, "微克每立方米", None)]),
        ("PM2.5年均浓度保持在30微克/立方米以下", [("30微克/立方米", 30, "微克/立方米", None)]),
        ("（-0.5个百分点）", [("-0.5个百分点", -0.5, "个百分点", None)]),
        ("增长5.0%—5.5%", [("5.0%—5.5%", 5.0, "%", 5.5)]),
        # A dash right after an amount with its unit joins a range, no minus sign.
        ("给予3万元-5万元资金支持", [("3万元-5万元", 3, "万元", 5)]),
        ("投资三千万元", [("三千万元", 3000, "万元", None)]),
        # numerals with no place word between them: a name (六三种业) or "three or five", no amount
        ("六三种业获评国家级企业", []),
        ("组建三五个专家团", []),
        ("每季度至少召开一次调度会", [("一次", 1, "次", None)]),
        ("规模以上工业企业实现营业收入452.7亿元,同比增长16.1 %", [("452.7亿元", 452.7, "亿元", None),
                                                           ("16.1 %", 16.1, "%", None)]),
        ("农业机械总动力33.7万千瓦", [("33.7万千瓦", 33.7, "万千瓦", None)]),
        ("实际机耕面积48.4千公顷", [("48.4千公顷", 48400, "公顷", None)]),
        ("共开展招商对接活动640余次", [("640余次", 640, "次", None)]),
        ("出生率为9.56‰", [("9.56‰", 9.56, "‰", None)]),
        ("比上年末上升0.02个百分点", [("0.02个百分点", 0.02, "个百分点", None)]),
        ("同比增长5.3％", [("5.3％", 5.3, "%", None)]),
        # a list of amounts printing the unit once; a line's own item number is no amount
        ("分别低于总体进度4.0、8.3、15.4个百分点", [("4.0", 4.0, "个百分点", None), ("8.3", 8.3, "个百分点", None),
                                            ("15.4个百分点", 15.4, "个百分点", None)]),
        ("1、20个项目集中签约", [("20个", 20, "个", None)]),
        # dates, phone numbers, section numbers and names carry no unit
        ("2018年5月14日", []),
        ("联系电话:0317-2155555", []),
        ("1.落实招委会工作机制", []),
        ("“十四五”期间", []),
        ("千万不要", []),
        ("突出5G基建", []),
    ],
)
def test_find_quantities(text: str, expected: list[tuple]) -> None:
    got = [(text[q.start:q.end], q.value, q.unit, q.upper) for q in find_quantities(text)]
    assert got == expected


def test_more_than_flag() -> None:
    (q,) = find_quantities("成功签约项目110多个")
    assert q.approx_more and q.value == 110 and q.unit == "个"


def test_chinese_flag() -> None:
    (q,) = find_quantities("每年至少要谋划招引一个重大产业项目")
    assert q.chinese and q.value == 1
