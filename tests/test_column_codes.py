"""English column codes of system exports read as the structural columns they are; a long export
(one row per community × month × indicator, the indicator named in a column) loads."""

from ingest.column_codes import code_kind
from ingest.headers import structural_kind
from ingest.layout import extract_sheet

from tests.test_layout_readings import CONTEXT, grid


def test_field_codes_say_what_the_column_holds() -> None:
    kinds = {code: code_kind(code) for code in
             ("comm_name", "comm_code", "stat_month", "idx_code", "idx_name", "idx_value", "unit", "update_time",
              "communityName", "indicatorValue", "street_name", "period", "remark")}
    assert kinds == {"comm_name": "community_name", "comm_code": "community_code", "stat_month": "period",
                     "idx_code": "seq", "idx_name": "indicator_name", "idx_value": "current_value",
                     "unit": "unit", "update_time": "note", "communityName": "community_name",
                     "indicatorValue": "current_value", "street_name": "street", "period": "period",
                     "remark": "note"}


def test_chinese_headers_and_unknown_codes_are_not_read_as_codes() -> None:
    assert code_kind("社区名称") is None and code_kind("foo_bar") is None and code_kind("x1") is None
    assert structural_kind(["idx_name"]) == "indicator_name"


def test_a_long_system_export_with_field_codes_loads_each_row() -> None:
    sheet = grid(
        ("comm_name", "comm_code", "stat_month", "idx_code", "idx_name", "idx_value", "unit", "update_time"),
        ("和平街道建设街社区", "HP001", "202501", "MQ01", "群众诉求受理量", 44, "件", "2025-02-03 08:10:00"),
        ("和平街道建设街社区", "HP001", "202501", "MQ02", "群众诉求办结量", 42, "件", "2025-02-03 08:10:00"),
        ("和平街道商业街社区", "HP002", "202502", "MQ01", "群众诉求受理量", 30, "件", "2025-03-03 08:10:00"),
    )
    values = extract_sheet(sheet, CONTEXT).values
    assert [(v.cell_ref, v.community_code[-3:], v.period.period, v.indicator_code, v.value) for v in values] == [
        ("F2", "001", "2025-01", "petitions_received", 44.0), ("F3", "001", "2025-01", "petitions_resolved", 42.0),
        ("F4", "003", "2025-02", "petitions_received", 30.0)]


def test_pinyin_initials_of_a_platforms_field_codes_are_read_as_their_words() -> None:
    """社区代码 → SQDM, 统计开始日期 → TJKSRQ, 指标值 → ZBZ (网格化平台 exports)."""
    kinds = {code: code_kind(code) for code in
             ("XH", "SQDM", "SQMC", "TJKSRQ", "TJJZRQ", "ZBDM", "ZBMC", "ZBZ", "JLDW", "TBR", "SHZT", "GXSJ")}
    assert kinds == {"XH": "seq", "SQDM": "community_code", "SQMC": "community_name", "TJKSRQ": "period",
                     "TJJZRQ": "note", "ZBDM": "seq", "ZBMC": "indicator_name", "ZBZ": "current_value",
                     "JLDW": "unit", "TBR": "note", "SHZT": "note", "GXSJ": "note"}
    assert code_kind("XYZ") is None and code_kind("ZZ") is None   # letters that split into no words


def test_a_long_export_with_pinyin_field_codes_loads_each_row() -> None:
    sheet = grid(
        ("XH", "SQDM", "SQMC", "TJKSRQ", "TJJZRQ", "ZBMC", "ZBZ", "JLDW", "GXSJ"),
        (1, "654201001001", "建设街社区居委会", "20250101", "20250131", "受理群众诉求", 44, "件", "2025-02-03"),
        (2, "654201001003", "商业街社区居委会", "20250201", "20250228", "办结群众诉求", 30, "件", "2025-03-03"),
    )
    values = extract_sheet(sheet, CONTEXT).values
    assert [(v.cell_ref, v.community_code[-3:], v.period.period, v.indicator_code, v.value) for v in values] == [
        ("G2", "001", "2025-01", "petitions_received", 44.0), ("G3", "003", "2025-02", "petitions_resolved", 30.0)]
