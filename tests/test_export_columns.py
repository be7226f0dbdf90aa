"""One mapping of column name → Chinese header and of unit → decimals, for people's tables."""

import re
from decimal import Decimal
from pathlib import Path

import pandas as pd

from jiedao.export import EXPORT_TABLES
from jiedao.export_columns import (COLUMNS, UNIT_DECIMALS, IndicatorLabel, for_people, indicator_labels,
                                   round_to)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_every_exported_column_has_a_chinese_header():
    for table in EXPORT_TABLES.values():
        names = re.match(r"select (.*) from ", table.query).group(1).split(", ")
        assert [name for name in names if name not in COLUMNS] == [], table.name
    assert all(re.search(r"[\u4e00-\u9fff]", column.header) for column in COLUMNS.values())


def test_every_catalogue_unit_has_a_precision():
    units = {label.unit for label in indicator_labels(SEEDS).values()}
    assert units <= set(UNIT_DECIMALS)
    assert (UNIT_DECIMALS["件"], UNIT_DECIMALS["元"], UNIT_DECIMALS["%"]) == (0, 2, 1)


def test_rounding_is_half_up_like_a_person_rounds():
    assert round_to(2.675, 2) == Decimal("2.68")  # float round() gives 2.67
    assert round_to(0.25, 1) == Decimal("0.3")
    assert round_to(48.5, 0) == 49 and isinstance(round_to(48.5, 0), int)
    assert str(round_to(-0.04, 1)) == "0.0"
    assert round_to(float("nan"), 1) is None and round_to(None, 0) is None


def test_a_table_naming_indicators_by_code_gains_their_name_and_unit():
    frame = pd.DataFrame({"community_code": ["654201001001"], "indicator_code": ["micro_loans_yuan"],
                          "value": [100000.126]})
    table = for_people(frame, {"micro_loans_yuan": IndicatorLabel("创业担保贷款金额", "元")})
    assert list(table.frame.columns) == ["社区代码", "指标代码", "指标名称", "数值", "单位"]
    assert table.frame.iloc[0].tolist() == ["654201001001", "micro_loans_yuan", "创业担保贷款金额",
                                            Decimal("100000.13"), "元"]
    assert table.text_columns == ("社区代码",)
