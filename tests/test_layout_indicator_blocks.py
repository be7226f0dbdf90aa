"""Indicator blocks stacked in one communities-down table (ingest/layout/indicator_blocks.py): a
heading row inside the data names what the rows under it count, up to the next heading."""

from dataclasses import replace

from ingest.layout import extract_sheet
from test_layout_readings import CONTEXT, grid


def ledger(*blocks: tuple[str, str, list[list[int]]]):
    """社区 | 单位 | 1月 | 2月 | 3月 | 全年合计, then per block its heading (merged across), the rows
    of 建设街 and 商业街 in that unit and a 小计 row."""
    rows: list[tuple[object, ...]] = [("和平街道2025年就业工作月度台账",), ("社区", "单位", "1月", "2月", "3月", "全年合计")]
    merged = [(0, 0, 0, 5)]
    for heading, unit, figures in blocks:
        merged.append((len(rows), 0, len(rows), 5))
        rows.append((heading,))
        for name, row in zip(("建设街", "商业街"), figures):
            rows.append((name, unit, *row, sum(row)))
        rows.append(("小计", unit, *[a + b for a, b in zip(*figures)], ""))
    return grid(*rows, merged=tuple(merged))


def test_each_block_holds_the_indicator_its_heading_names() -> None:
    sheet = ledger(("一、实现就业人数（含灵活就业）", "人", [[6, 32, 12], [5, 19, 10]]),
                   ("二、新增就业岗位", "个", [[4, 12, 14], [5, 20, 17]]))
    extraction = extract_sheet(replace(sheet, name="2025年"), CONTEXT)
    found = {(v.cell_ref, v.community_code[-3:], v.period.period, v.indicator_code, v.value) for v in extraction.values}
    assert found == {
        ("C4", "001", "2025-01", "people_employed", 6.0), ("D4", "001", "2025-02", "people_employed", 32.0),
        ("E4", "001", "2025-03", "people_employed", 12.0), ("C5", "003", "2025-01", "people_employed", 5.0),
        ("D5", "003", "2025-02", "people_employed", 19.0), ("E5", "003", "2025-03", "people_employed", 10.0),
        ("C8", "001", "2025-01", "jobs_created", 4.0), ("D8", "001", "2025-02", "jobs_created", 12.0),
        ("E8", "001", "2025-03", "jobs_created", 14.0), ("C9", "003", "2025-01", "jobs_created", 5.0),
        ("D9", "003", "2025-02", "jobs_created", 20.0), ("E9", "003", "2025-03", "jobs_created", 17.0)}
    assert extraction.problems == []   # each 小计 adds up its own block; no heading is a community
    assert extraction.roles[(2, 0)] == extraction.roles[(6, 0)] == "label"


def test_a_blocks_unit_column_gives_its_amounts_unit() -> None:
    """五、创业担保贷款发放 over rows in 万元: the loans in 元."""
    sheet = ledger(("四、职业技能培训", "场", [[0, 2, 1], [2, 1, 3]]), ("五、创业担保贷款发放", "万元", [[0, 10, 0], [15, 0, 20]]))
    values = extract_sheet(replace(sheet, name="2025年"), CONTEXT).values
    assert sorted((v.cell_ref, v.indicator_code, v.value) for v in values if v.indicator_code == "micro_loans_yuan") == [
        ("C8", "micro_loans_yuan", 0.0), ("C9", "micro_loans_yuan", 150000.0), ("D8", "micro_loans_yuan", 100000.0),
        ("D9", "micro_loans_yuan", 0.0), ("E8", "micro_loans_yuan", 0.0), ("E9", "micro_loans_yuan", 200000.0)]
    assert {v.indicator_code for v in values if v.cell_ref[1] in "45"} == {"training_sessions"}


def test_a_heading_naming_no_indicator_heads_no_block() -> None:
    """一片区 over its communities (a part of the street) is no indicator: the title's stays."""
    sheet = grid(("和平街道2025年实现就业人数统计",), ("社区", "1月", "2月"), ("一片区",), ("建设街", 6, 32), ("商业街", 5, 19))
    values = extract_sheet(sheet, CONTEXT).values
    assert {(v.cell_ref, v.indicator_code) for v in values} == {
        ("B4", "people_employed"), ("C4", "people_employed"), ("B5", "people_employed"), ("C5", "people_employed")}
