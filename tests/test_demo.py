"""The demo inbox: deterministic, in the four layouts, with the planted problems where it says."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from jiedao.demo import (DEMO_HEADERS, DemoManifest, MONTHS, cell_ref, short_name, shortest_name,
                         write_demo_inbox)
from jiedao.settings import PROJECT_DIR, Settings

SEEDS = PROJECT_DIR / "seeds"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, DemoManifest]:
    inbox = tmp_path_factory.mktemp("demo") / "inbox"
    return inbox, write_demo_inbox(inbox)


def sheet_rows(path: Path, sheet: str | None = None) -> list[list[object]]:
    workbook = CalamineWorkbook.from_path(str(path))
    chosen = workbook.get_sheet_by_name(sheet) if sheet else workbook.get_sheet_by_index(0)
    return chosen.to_python(skip_empty_area=False)


def cell_at(rows: list[list[object]], ref: str) -> object:
    letters = "".join(ch for ch in ref if ch.isalpha())
    col = 0
    for letter in letters:
        col = col * 26 + ord(letter) - 64
    return rows[int(ref[len(letters):]) - 1][col - 1]


def non_derived_indicators() -> list[str]:
    with open(SEEDS / "indicators.csv", encoding="utf-8", newline="") as handle:
        return [row["indicator_code"] for row in csv.DictReader(handle) if row["kind"] != "derived"]


def registry_codes() -> list[str]:
    with open(SEEDS / "registry_communities.csv", encoding="utf-8", newline="") as handle:
        return [row["community_code"] for row in csv.DictReader(handle)]


def test_same_seed_gives_byte_identical_files_and_mtimes(tmp_path, demo):
    inbox, manifest = demo
    again = write_demo_inbox(tmp_path / "inbox")
    assert [p.relative_to(tmp_path / "inbox") for p in again.files] == \
        [p.relative_to(inbox) for p in manifest.files]
    for first, second in zip(manifest.files, again.files):
        assert first.read_bytes() == second.read_bytes(), first.name
        assert first.stat().st_mtime == second.stat().st_mtime, first.name
    assert again.truth == manifest.truth
    assert again.planted_problems == manifest.planted_problems


def test_another_seed_gives_other_figures(tmp_path, demo):
    _, manifest = demo
    other = write_demo_inbox(tmp_path / "inbox", seed=7)
    assert len(other.truth) == len(manifest.truth)
    assert other.truth != manifest.truth


def test_inbox_holds_the_four_layouts_per_street(demo):
    inbox, manifest = demo
    names = Counter((path.parent.name, path.suffix) for path in manifest.files)
    assert names == {
        # 24 monthly summaries (+1 correction for 和平) and 2 month-sheet workbooks; 7 or 6
        # communities × 2 years of ledgers; 2 yearly CSVs.
        ("和平街道", ".xlsx"): 24 + 1 + 2, ("和平街道", ".xls"): 14, ("和平街道", ".csv"): 2,
        ("杜别克街道", ".xlsx"): 24 + 2, ("杜别克街道", ".xls"): 16, ("杜别克街道", ".csv"): 2,
        ("新城街道", ".xlsx"): 24 + 2, ("新城街道", ".ods"): 12, ("新城街道", ".csv"): 2,
    }
    assert all(path.is_file() and path.parent.parent == inbox for path in manifest.files)


def test_street_summary_has_title_merged_header_total_and_footer(demo):
    inbox, _ = demo
    rows = sheet_rows(inbox / "和平街道" / "和平街道2025年1月民情民意统计表.xlsx")
    assert rows[0][0] == "和平街道2025年1月民情民意统计表"
    assert rows[1] == ["序号", "社区名称", "民情诉求", "", "矛盾纠纷调解(起)", "就业", "", "",
                       "零就业家庭(户)", "创业担保贷款(万元)", "技能培训(场次)"]
    assert rows[2] == ["", "", "受理诉求(件)", "已办结(件)", "", "新增就业岗位(个)",
                       "其中：公益性岗位(个)", "实现就业(人)", "", "", ""]
    assert [row[0] for row in rows[3:10]] == [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]
    assert rows[10][1] == "合计"
    assert rows[11][0] == "填表人：王芳" and rows[11][4] == "审核人：李建国"
    assert rows[11][8].startswith("填报日期：2025年2月")
    short = sheet_rows(inbox / "杜别克街道" / "杜别克街道2025年1月民情民意统计表.xlsx")
    assert short[2][2:8] == ["受理数", "办结数", "", "新增岗位", "其中：公益性岗位", "实现就业"]


def test_community_names_are_written_in_the_clerks_variants(demo):
    inbox, manifest = demo
    names = set()
    for path in manifest.files:
        if path.name.endswith("民情民意统计表.xlsx") and path.parent.name == "和平街道":
            names |= {row[1] for row in sheet_rows(path)[3:10]}
    assert {"建设街社区居委会", "建设街社区", "建设社区"} <= names
    assert short_name("建设街社区居委会") == "建设街社区"
    assert shortest_name("建设街社区居委会") == "建设社区"
    assert shortest_name("哈尔墩社区居委会") == "哈尔墩社区"


def test_ledger_has_months_as_columns_and_amounts_in_wan(demo):
    inbox, manifest = demo
    truth = {key[:3]: key[3] for key in manifest.truth}
    rows = sheet_rows(inbox / "和平街道" / "建设街社区2025年民政为老文化工作台账.xls")
    assert rows[0][0] == "建设街社区居委会2025年民政、为老助残、文化工作统计表"
    assert rows[1] == ["项目"] + [f"{month}月" for month in range(1, 13)]
    assert [row[0] for row in rows[2:10]] == [
        "低保户数(户)", "低保人数(人)", "低保金(万元)", "免费健康体检(人)", "帮扶困难群众(人)",
        "发放慰问物资(件)", "文化活动(场)", "宣讲活动(次)"]
    assert rows[4][3] * 10000 == pytest.approx(truth[("654201001001", "2025-03", "dibao_payout_yuan")])
    ods = sheet_rows(inbox / "新城街道" / "新城街社区2025年民政为老文化工作台账.ods")
    assert ods[1] == ["项目"] + [f"{month}月" for month in range(1, 13)]
    assert ods[2][1] == truth[("654201003001", "2025-01", "dibao_households")]


def test_csv_is_gbk_and_long_by_code(demo):
    inbox, manifest = demo
    text = (inbox / "新城街道" / "新城街道2025年平安建设和基础信息.csv").read_bytes().decode("gbk")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["社区代码", "社区名称", "月份", "常住人口(人)", "户数(户)", "流动人口(人)",
                       "社区工作者(人)", "巡逻队员(人)", "平安信息员(人)", "治安案件(起)"]
    assert len(rows) == 1 + 6 * 12
    assert rows[1][:3] == ["654201003001", "新城街社区居委会", "2025年1月"]
    truth = {key[:3]: key[3] for key in manifest.truth}
    assert int(rows[1][6]) == truth[("654201003001", "2025-01", "staff")]
    dubieke = (inbox / "杜别克街道" / "杜别克街道2024年平安建设和基础信息.csv").read_bytes().decode("gbk")
    assert list(csv.reader(io.StringIO(dubieke)))[1][2] == "2024-01"


def test_month_sheets_carry_year_to_date_columns(demo):
    inbox, manifest = demo
    truth = {key[:3]: key[3] for key in manifest.truth}
    path = inbox / "和平街道" / "和平街道2025年志愿服务和党建工作月报.xlsx"
    assert CalamineWorkbook.from_path(str(path)).sheet_names == [f"{m}月" for m in range(1, 13)]
    rows = sheet_rows(path, "3月")
    assert rows[1][3] == "志愿服务人次" and rows[2][3:5] == ["本月", "本年累计"]
    year_to_date = sum(truth[("654201001001", f"2025-{m:02d}", "volunteer_person_times")]
                       for m in (1, 2, 3))
    assert rows[3][1] == "建设街社区" and rows[3][4] == year_to_date
    only_ytd = sheet_rows(inbox / "新城街道" / "新城街道2025年志愿服务和党建工作月报.xlsx", "1月")
    assert only_ytd[1] == ["序号", "社区", "注册志愿者(人)", "志愿服务人次(本年累计)", "党员人数(人)",
                           "结对帮扶(对)"]


def test_planted_problems_are_where_the_manifest_says(demo):
    inbox, manifest = demo
    truth_resolved = {key[:3]: key[3] for key in manifest.truth}[
        ("654201001009", "2025-03", "petitions_resolved")]
    found = {}
    for problem in manifest.planted_problems:
        path = next(p for p in manifest.files if p.name == problem.file_name)
        if path.suffix == ".csv":
            continue
        found[problem.problem_code, problem.file_name] = cell_at(sheet_rows(path, problem.sheet),
                                                                 problem.cell)
    assert found == {
        ("unreadable_value", "文化街社区2024年民政为老文化工作台账.xls"): "l60",
        ("unreadable_value", "和平街道2024年志愿服务和党建工作月报.xlsx"): "#DIV/0!",
        ("unknown_community", "新城街道2024年志愿服务和党建工作月报.xlsx"): "幸福社区",
        ("total_mismatch", "新城街道2024年8月民情民意统计表.xlsx"): found[
            "total_mismatch", "新城街道2024年8月民情民意统计表.xlsx"],
        ("conflicting_value", "和平街道2025年3月民情民意统计表.xlsx"):
            truth_resolved - 12,
    }
    rows = sheet_rows(inbox / "新城街道" / "新城街道2024年8月民情民意统计表.xlsx")
    assert rows[9][1] == "合计"
    assert rows[9][2] - sum(float(str(r[2]).translate(str.maketrans("０１２３４５６７８９", "0123456789"))
                                  .removesuffix("件")) for r in rows[3:9]) == 10


def test_resubmission_corrects_one_figure_with_a_later_mtime(demo):
    inbox, manifest = demo
    assert manifest.resubmissions == (("和平街道2025年3月民情民意统计表.xlsx",
                                       "和平街道2025年3月民情民意统计表（更正）.xlsx"),)
    first = inbox / "和平街道" / manifest.resubmissions[0][0]
    corrected = inbox / "和平街道" / manifest.resubmissions[0][1]
    assert corrected.stat().st_mtime > first.stat().st_mtime
    truth = {key[:3]: key[3] for key in manifest.truth}
    conflict = next(p for p in manifest.planted_problems if p.problem_code == "conflicting_value")
    assert (conflict.file_name, conflict.cell) == (first.name, "D10")
    assert sheet_rows(corrected)[9][1] in ("营盘街社区居委会", "营盘街社区", "营盘社区")
    assert sheet_rows(corrected)[9][3] == truth[("654201001009", "2025-03", "petitions_resolved")]
    assert sheet_rows(first)[9][3] == truth[("654201001009", "2025-03", "petitions_resolved")] - 12


def test_truth_covers_the_catalogue_for_every_community_and_month(demo):
    _, manifest = demo
    keys = {key[:3] for key in manifest.truth}
    expected = {(code, f"{y}-{m:02d}", indicator) for code in registry_codes()
                for y, m in MONTHS for indicator in non_derived_indicators()}
    missing = expected - keys
    # l60, #DIV/0!, and 拜格托别街社区 sending no 2025-12 street summary (9 indicators).
    assert len(expected) == 21 * 24 * 28
    assert keys <= expected
    assert sorted(missing)[:2] == [("654201001004", "2024-06", "free_health_checks"),
                                   ("654201001008", "2024-05", "volunteer_person_times")]
    assert len(missing) == 2 + 9
    assert all(key[0] == "654201002009" and key[1] == "2025-12" for key in sorted(missing)[2:])


def test_truth_is_plausible(demo):
    _, manifest = demo
    truth = {key[:3]: key[3] for key in manifest.truth}
    by = lambda indicator: [v for (c, p, i), v in truth.items() if i == indicator]
    assert 20 <= min(by("petitions_received")) and max(by("petitions_received")) <= 90
    assert 5 <= min(by("jobs_created")) and max(by("jobs_created")) <= 30
    assert 3000 <= min(by("residents")) and max(by("residents")) <= 12500
    for (code, period, indicator), value in truth.items():
        if indicator == "petitions_resolved":
            received = truth[(code, period, "petitions_received")]
            assert 0.7 * received - 1 <= value <= received
        if indicator == "public_welfare_jobs":
            assert value <= truth[(code, period, "jobs_created")]
    assert set(manifest.approximate) <= set(truth)
    assert 20 <= len(manifest.approximate) <= 200


def test_every_demo_header_names_a_catalogue_indicator():
    assert {h.indicator_code for h in DEMO_HEADERS} == set(non_derived_indicators())
    assert cell_ref(0, 0) == "A1" and cell_ref(9, 27) == "AB10"


def test_ingest_reports_exactly_the_planted_problems_and_loads_the_truth(tmp_path, demo):
    """End to end with the loader: fails (not skips) until ingest.loader exists."""
    from ingest.loader import ingest_paths
    from ingest.store import connect

    inbox, manifest = demo
    settings = Settings(home=tmp_path / "home")
    report = ingest_paths(settings, [inbox])
    assert report.files_seen == len(manifest.files)
    assert report.files_rejected == 0
    con = connect(settings.raw_db, read_only=True)
    try:
        problems = con.execute(
            "select file_name, sheet, cell_ref, problem_code from problems order by all").fetchall()
        observations = con.execute("""
            select community_code, period, indicator_code, value, is_cumulative
            from observations where period_grain = 'month'
            qualify row_number() over (
                partition by community_code, indicator_code, period, is_cumulative
                order by batch_id desc, file_mtime desc, file_name desc) = 1
        """).fetchall()
    finally:
        con.close()
    assert sorted(problems) == sorted((p.file_name, p.sheet, p.cell, p.problem_code)
                                      for p in manifest.planted_problems)
    monthly = {(c, p, i): v for c, p, i, v, cumulative in observations if not cumulative}
    truth = {key[:3]: key[3] for key in manifest.truth}
    year_to_date = {(c, p, i): v for c, p, i, v, cumulative in observations if cumulative}
    # Where only 本年累计 was sent, the month is the difference the warehouse will derive.
    for (code, period, indicator), value in year_to_date.items():
        if (code, period, indicator) not in monthly:
            previous = year_to_date.get((code, f"{period[:5]}{int(period[5:]) - 1:02d}", indicator), 0.0)
            monthly[(code, period, indicator)] = value - previous
    assert monthly.keys() == truth.keys()
    wrong = {key: (monthly[key], truth[key]) for key in truth
             if monthly[key] != pytest.approx(truth[key])}
    assert wrong == {}
