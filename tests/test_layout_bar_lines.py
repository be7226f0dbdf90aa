"""A message pasted down one column with a bar between each line's fields (1.受理居民诉求｜28｜件):
read as the cells each line stands for, lineage on the cell typed. (Sheet helpers from
tests/test_layout_readings.py.)"""

from ingest.layout import extract_sheet
from ingest.layout.bar_lines import bar_fields
from test_layout_readings import CONTEXT, grid, loaded, problems

MESSAGE = (("【建设街社区2025年12月工作情况】",), ("发自政务微信 2026-01-03 08:41",),
           ("1.受理居民诉求｜28｜件",), ("2.办结诉求｜26｜件",), ("3.调解矛盾纠纷｜0｜起",),
           ("4.新增就业岗位｜13｜个",), ("5.常住户数｜2999｜户",), ("6.清雪｜13｜次",), ("以上数据已经书记审核。",),
           ("建设街社区居民委员会    书记：刘春燕    电话：0431-84628643    2026年1月3日",))


def test_bar_lines_of_a_pasted_message_are_read_as_item_figure_unit() -> None:
    """Each line's figure under the title's month (the sending date is never the period); the
    line the catalogue does not know is a problem on the cell typed."""
    sheet = grid(*MESSAGE)
    assert loaded(sheet) == [("A3", "001", "petitions_received", 28.0), ("A4", "001", "petitions_resolved", 26.0),
                             ("A5", "001", "disputes_mediated", 0.0), ("A6", "001", "jobs_created", 13.0),
                             ("A7", "001", "households", 2999.0)]
    assert {v.period.period for v in extract_sheet(sheet, CONTEXT).values} == {"2025-12"}
    assert problems(sheet) == [("A8", "unknown_indicator")]


def test_every_typed_cell_keeps_one_role_and_its_text() -> None:
    """Nothing lost: one role per cell typed, with the text as written (no split field left over)."""
    cells = list(extract_sheet(grid(*MESSAGE), CONTEXT).cell_rows)
    assert [(ref, text, role) for _, ref, _, _, text, role in cells][2:4] == [
        ("A3", "1.受理居民诉求｜28｜件", "value"), ("A4", "2.办结诉求｜26｜件", "value")]
    assert len(cells) == len(MESSAGE)


def test_a_bar_in_a_line_or_two_is_no_message() -> None:
    assert bar_fields("受理｜办结") is None            # no figure: a header written with a bar
    sheet = grid(("建设街社区2025年12月",), ("备注：受理｜28｜件",), ("受理居民诉求（件）", 30))
    assert loaded(sheet) == [("B3", "001", "petitions_received", 30.0)]
