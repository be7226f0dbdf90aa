import pytest

from ingest.values import CellValue, parse_value


@pytest.mark.parametrize("text, expected", [
    ("1,869", CellValue("number", 1869.0)),
    ("1869条", CellValue("number", 1869.0)),
    ("17例", CellValue("number", 17.0)),     # 例: health checks counted by case
    ("１８６９", CellValue("number", 1869.0)),
    ("3000余", CellValue("number", 3000.0, is_approximate=True)),
    ("近140", CellValue("number", 140.0, is_approximate=True)),
    ("约30", CellValue("number", 30.0, is_approximate=True)),
    ("≈436", CellValue("number", 436.0, is_approximate=True)),   # ≈ is 约 written as a sign
    ("140多", CellValue("number", 140.0, is_approximate=True)),
    ("85.3%", CellValue("number", 85.3, is_percent=True)),
    ("12.5万", CellValue("number", 125000.0, has_magnitude=True)),
    ("无", CellValue("number", 0.0)),
    ("本月未发生", CellValue("number", 0.0)),   # none this month
    ("0", CellValue("number", 0.0)),
    ("-3", CellValue("number", -3.0)),
    ("123456789012345", CellValue("number", 123456789012345.0)),  # 15 digits: still a number
    ("十二", CellValue("number", 12.0)),            # Chinese numerals: counts written out
    ("一百零五", CellValue("number", 105.0)),
    ("两", CellValue("number", 2.0)),
    ("5人/次", CellValue("number", 5.0)),           # a unit with a slash, or in brackets
    ("12（人）", CellValue("number", 12.0)),
    ("100+", CellValue("number", 100.0, is_approximate=True)),   # a lower bound: the number written, marked
    ("50以上", CellValue("number", 50.0, is_approximate=True)),
    ("673（其中新增29）", CellValue("number", 673.0)),   # a part said after the figure: the figure
    ("544，其中新增33", CellValue("number", 544.0)),
    ("'577", CellValue("number", 577.0)),          # an export's keep-as-text mark
    ("'1,124", CellValue("number", 1124.0)),
    ("￥42,283.00", CellValue("number", 42283.0)),  # a currency sign before an amount
    ("¥1,027", CellValue("number", 1027.0)),
    ("79*", CellValue("number", 79.0)),            # a footnote mark after the figure
    ("51①", CellValue("number", 51.0)),            # not 511 (NFKC makes ① a digit)
    ("12（注1）", CellValue("number", 12.0)),
    ("12(含3人)", CellValue("number", 12.0)),
    ("120（估）", CellValue("number", 120.0, is_approximate=True)),   # marked an estimate: read, marked
    ("2.5万(估算)", CellValue("number", 25000.0, is_approximate=True, has_magnitude=True)),
    ("2,996（↑39）", CellValue("number", 2996.0)),   # the change on last month after the figure
    ("1799↑14", CellValue("number", 1799.0)),
    ("887(↓7)", CellValue("number", 887.0)),
    ("71（较上月+41）", CellValue("number", 71.0)),   # the change on last month said in words
    ("45（较上月-14）", CellValue("number", 45.0)),
    ("19（与上月持平）", CellValue("number", 19.0)),
    ("8804（—）", CellValue("number", 8804.0)),   # no change on last month, a dash beside 2249（↑9）
    ("￥49,890.00", CellValue("number", 49890.0)),   # a currency format typed as text: 元
    ("¥12", CellValue("number", 12.0)),
    ("42+15+14=71", CellValue("number", 71.0)),     # the figure with the sum that makes it
    ("1,200+300=1,500", CellValue("number", 1500.0)),
])
def test_numbers(text: str, expected: CellValue) -> None:
    assert parse_value(text) == expected


@pytest.mark.parametrize("text", ["", "—", "-", "/", "  ", "未统计", "待统计", "未上报", "(空)", "（空）",
                                  "见台账", "详见附表"])   # kept in another record, not written here
def test_not_reported(text: str) -> None:
    assert parse_value(text) == CellValue("blank")


@pytest.mark.parametrize("text", ["xx", "**", "?7", "l60", "#DIV/0!", "12abc", "2025年1月",
                                  "12345678901234567890123", "654201199001011234",  # IDs, not counts
                                  "不足10", "一二", "十十", "七八", "其中10", "含5",  # an upper bound, digits in a row: no guess
                                  "①", "②3",  # an item's number, not a figure
                                  "（估）", "xx（估）",  # an estimate of nothing
                                  "↑39", "¥", "12↑",
                                  "42+15+14=70"])  # a sum that does not add up; a change alone, a currency sign alone
def test_unreadable(text: str) -> None:
    assert parse_value(text) == CellValue("unreadable")


@pytest.mark.parametrize("text, expected", [
    ("無", CellValue("number", 0.0)),            # traditional zero words, as 无 / 没有 / 暂无
    ("沒有", CellValue("number", 0.0)),
    ("暫無", CellValue("number", 0.0)),
    ("〇", CellValue("number", 0.0)),
    ("没啦", CellValue("number", 0.0)), ("没了", CellValue("number", 0.0)),  # the spoken none, as said
    ("莫得", CellValue("number", 0.0)), ("莫有", CellValue("number", 0.0)),  # southwestern Mandarin's 没有
    ("本月莫得", CellValue("number", 0.0)),
    ("本月未发生", CellValue("number", 0.0)), ("本月无", CellValue("number", 0.0)),  # none this month
    ("約30", CellValue("number", 30.0, is_approximate=True)),
    ("3000餘", CellValue("number", 3000.0, is_approximate=True)),
    ("12條", CellValue("number", 12.0)),
    ("5場次", CellValue("number", 5.0)),
])
def test_traditional_characters_read_as_simplified(text: str, expected: CellValue) -> None:
    assert parse_value(text) == expected


def in_words(number: int) -> str:
    """1 → 一, 2 → 两, 12 → 十二, 40 → 四十, 57 → 五十七: how a clerk writes a small count in words."""
    digits = "零一二三四五六七八九"
    if number < 10:
        return "两" if number == 2 else digits[number]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


@pytest.mark.parametrize("number", [1, 2, 3, 9, 10, 12, 20, 47, 99])
@pytest.mark.parametrize("unit", ["起", "场", "件", "人", "户", "个", "人次", "场次"])
def test_a_count_in_words_with_its_count_word(number: int, unit: str) -> None:
    """五起, 两起, 九场, 四十七人次: a figure in words, then the word it counts by."""
    assert parse_value(in_words(number) + unit) == CellValue("number", float(number))


@pytest.mark.parametrize("text", ["千户", "百户", "万元", "个", "起", "一万元"])
def test_a_name_or_a_unit_alone_is_no_count_in_words(text: str) -> None:
    """千户 (a community's short name) has no digit word; 一万元 is an amount that needs its header."""
    assert parse_value(text).status == "unreadable"


@pytest.mark.parametrize("text, expected", [
    ("42件（已全部回访）", 42.0), ("17(均已办结)", 17.0), ("3起（已调解）", 3.0), ("26（全部入户走访）", 26.0)])
def test_a_remark_in_brackets_after_the_figure_is_not_part_of_it(text: str, expected: float) -> None:
    assert parse_value(text) == CellValue("number", expected)


@pytest.mark.parametrize("text, expected", [("44件（份）", 44.0), ("88件(份)", 88.0), ("12场（次）", 12.0), ("30人（名）", 30.0)])
def test_another_count_word_for_the_same_things_in_brackets_leaves_the_figure(text: str, expected: float) -> None:
    """The form's 件（份） copied into the cell after the figure: both words count the same things."""
    assert parse_value(text) == CellValue("number", expected)


@pytest.mark.parametrize("text", ["30人（户）", "5户（人）", "12件（人次）"])
def test_a_count_word_for_other_things_in_brackets_leaves_it_unread(text: str) -> None:
    """30人（户）: persons, or households? Never a guess."""
    assert parse_value(text).status == "unreadable"


@pytest.mark.parametrize("text, expected", [("45（汛期积水、漏雨27件）", 45.0), ("45(居民来电30)", 45.0)])
def test_a_part_named_with_its_count_after_the_figure_leaves_the_figure(text: str, expected: float) -> None:
    assert parse_value(text) == CellValue("number", expected)


@pytest.mark.parametrize("text, expected", [("41件（余4件转下月）", 41.0), ("22（剩余2件结转下月办理）", 22.0),
                                           ("18(尚余1起转入下月)", 18.0)])
def test_what_is_left_over_for_next_month_is_not_part_of_the_figure(text: str, expected: float) -> None:
    """41件（余4件转下月）: 41 done; the 4 left for next month were not — the figure is the 41."""
    assert parse_value(text) == CellValue("number", expected)


@pytest.mark.parametrize("text", ["45（另有3件转区）", "12（上月8）", "30（计划40）", "5（漏雨27件）", "45（比上月多5件）"])
def test_a_figure_beside_it_of_another_kind_leaves_it_unread(text: str) -> None:
    """Another figure (另有), another period's, a plan, or a 'part' larger than the whole: never a guess."""
    assert parse_value(text).status == "unreadable"


@pytest.mark.parametrize("text", ["8（上月）", "12（待核）", "30（计划）", "5（累计）", "9（去年同期）", "30（户数、人数不明）"])
def test_a_remark_that_changes_what_the_figure_is_leaves_it_unread(text: str) -> None:
    """Last month's, an unsure, a planned or a running figure: not this month's count, never a guess."""
    assert parse_value(text).status == "unreadable"


@pytest.mark.parametrize("text, expected", [("1万3900", 13900.0), ("1万4700", 14700.0), ("2万0500元", 20500.0)])
def test_wan_then_all_four_lower_places_in_digits_is_the_spoken_amount(text: str, expected: float) -> None:
    """「1万3900」 as a clerk says 一万三千九百: every place below 万 written, so nothing is guessed."""
    assert parse_value(text) == CellValue("number", expected, has_magnitude=True)


@pytest.mark.parametrize("text", ["1万2", "1万39"])
def test_wan_then_fewer_digits_stays_unread(text: str) -> None:
    assert parse_value(text).status == "unreadable"


@pytest.mark.parametrize("text, expected", [("共计67件", 67.0), ("计12个", 12.0), ("共42人", 42.0), ("共计403人次", 403.0)])
def test_in_all_said_before_the_figure_is_the_figure(text: str, expected: float) -> None:
    """共计67件, 计12个: the clerk says "in all" before the cell's own figure."""
    assert parse_value(text) == CellValue("number", expected)


@pytest.mark.parametrize("text", ["合计38", "累计38件", "计划30"])
def test_a_total_a_year_to_date_or_a_plan_before_the_figure_stays_unread(text: str) -> None:
    assert parse_value(text).status == "unreadable"


@pytest.mark.parametrize("text, expected", [("3场（参与180人次）", 3.0), ("12次（覆盖300户）", 12.0), ("4场(服务60人)", 4.0)])
def test_a_bracket_counting_something_else_in_another_count_word_leaves_the_figure(text: str, expected: float) -> None:
    """3 场 of 文体活动 and, in brackets, the 180 人次 who took part: the figure is the 3."""
    assert parse_value(text) == CellValue("number", expected)


@pytest.mark.parametrize("text", ["3（参与180人次）", "3场（180人次）", "8场（上月6场）", "33户（共59人）", "33户（其59人）",
                                  "3场（参与180人次计划）"])
def test_a_bracket_figure_not_plainly_of_something_else_leaves_it_unread(text: str) -> None:
    """No count word on the figure, no words naming the other figure, the same count word, another period,
    or 户 beside 人 (the two figures of 低保, pairs.py's): never a guess."""
    assert parse_value(text).status == "unreadable"


@pytest.mark.parametrize("text, expected", [("廿六", 26.0), ("卅二", 32.0), ("卅", 30.0), ("廿", 20.0), ("卌一", 41.0),
                                            ("廿四人", 24.0), ("一百廿五", 125.0)])
def test_the_old_characters_for_twenty_thirty_forty_are_those_tens(text: str, expected: float) -> None:
    assert parse_value(text) == CellValue("number", expected)


@pytest.mark.parametrize("text", ["廿十", "二廿", "廿廿"])
def test_a_tens_character_in_a_place_it_cannot_stand_stays_unread(text: str) -> None:
    assert parse_value(text).status == "unreadable"


@pytest.mark.parametrize("text, expected", [("贰拾肆", 24.0), ("肆拾捌", 48.0), ("壹佰零伍", 105.0), ("玖", 9.0)])
def test_a_count_in_capital_numerals_is_that_count(text: str, expected: float) -> None:
    """贰拾肆 is how a form writes 24 so it cannot be altered: the same figure as 二十四."""
    assert parse_value(text) == CellValue("number", expected)
