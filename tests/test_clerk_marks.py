import pytest

from ingest.clerk_marks import capital_amount, without_marks
from ingest.values import CellValue, parse_value


@pytest.mark.parametrize("text, expected", [
    ("￥41,500.00", "41,500.00"),
    ("¥ 900", "900"),
    ("82（改）", "82"),
    ("82(已改)", "82"),
    ("更正为51（原填48）", "51"),
    ("680（原报620）", "680"),
    ("49→51", "51"),                  # changed in place: the figure after the arrow stands
    ("31800->33000", "33000"),
    ("20改23", "23"),                 # overtyped with 改 (changed to) for the arrow
    ("8改为7", "7"),
    ("原35改为39", "39"),             # the old figure said first, the one it was changed to stands
    ("原53，改为56", "56"),
    ("原填7件，现改为6件", "6件"),
    ("原35", "原35"),                  # no figure it was changed to: left as written (unreadable)
    ("22500元（贰万贰仟伍佰元整）", "22500元"),
    ("673（其中新增29）", "673（其中新增29）"),   # a part note is not a correction: values.py reads it
])
def test_marks_around_a_figure(text, expected):
    assert without_marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("贰拾万元整", 200000.0),
    ("贰万贰仟伍佰元整", 22500.0),
    ("壹仟零伍元", 1005.0),
    ("壹万贰仟伍佰元伍角", 12500.5),
    ("人民币叁佰元整", 300.0),
    ("贰拾万", None),          # no 元: not an amount
    ("二十万元", None),         # everyday numerals are not 大写
    ("万元", None),             # a unit (a units row under the headers) is no amount
    ("亿元整", None),
])
def test_capital_amounts(text, expected):
    assert capital_amount(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("￥41,500.00", CellValue("number", 41500.0)),
    ("112（改）", CellValue("number", 112.0)),
    ("更正为28（原填30）", CellValue("number", 28.0)),   # the old figure is never the value
    ("680（原报620）", CellValue("number", 680.0)),
    ("27→26", CellValue("number", 26.0)),
    ("20改23", CellValue("number", 23.0)),             # never 20 or 2023
    ("原35改为39", CellValue("number", 39.0)),         # changed in the cell: 35 is never the value
    ("原7，改为6", CellValue("number", 6.0)),             # the old figure before the arrow is never the value
    ("3万1千7百元", CellValue("number", 31700.0, has_magnitude=True)),   # an amount said as it is spoken
    ("2千5百", CellValue("number", 2500.0, has_magnitude=True)),
    ("1万2", CellValue("unreadable")),                 # 一万二 or 一万零二: never a guess
    ("20+12+8", CellValue("number", 40.0)),            # a sum typed as text, no 「=」
    ("42+15+14=71", CellValue("number", 71.0)),
    ("42+15+14=70", CellValue("unreadable")),          # the total written disagrees: doubtful
    ("707+", CellValue("number", 707.0, is_approximate=True)),   # at least 707, not a sum
    ("287人次（学雷锋月）", CellValue("number", 287.0)),   # a campaign's month names no period
    ("8（上月）", CellValue("unreadable")),                 # last month's figure: never this month's
    ("12（3月）", CellValue("unreadable")),
    ("22500元（贰万贰仟伍佰元整）", CellValue("number", 22500.0)),
    ("贰拾万元整", CellValue("number", 200000.0, has_magnitude=True)),
    ("百余", CellValue("number", 100.0, is_approximate=True)),
    ("约二十", CellValue("number", 20.0, is_approximate=True)),
    ("未开展", CellValue("number", 0.0)),
])
def test_figures_as_clerks_write_them(text, expected):
    assert parse_value(text) == expected
