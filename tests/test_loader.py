from pathlib import Path

import duckdb

from ingest.loader import BatchReport, FileReport, ingest_paths
from jiedao.settings import Settings
from sheets import write_docx_named, write_xlsx


def summary(path: Path, value: int) -> Path:
    return write_xlsx(path, {"Sheet1": [["和平街道2025年1月"], ["社区名称", "受理数"], ["建设街社区", value]]})


def test_same_file_again_changes_nothing(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home", workers=2)
    inbox = tmp_path / "inbox"
    summary(inbox / "a.xlsx", 5)
    write_docx_named(inbox / "b.xlsx")
    first = ingest_paths(settings, [inbox])
    assert (first.batch_id, first.files_seen, first.files_new, first.files_skipped, first.files_rejected,
            first.values_loaded, first.problems) == (1, 2, 2, 0, 1, 1, 1)
    again = ingest_paths(settings, [inbox])
    assert again == BatchReport(2, 2, 0, 2, 0, 0, 0, (
        FileReport("a.xlsx", again.file_reports[0].file_sha256, "skipped", 0, 0, ("已导入过相同内容的文件，跳过",)),
        FileReport("b.xlsx", again.file_reports[1].file_sha256, "skipped", 0, 0, ("已导入过相同内容的文件，跳过",)),
    ))
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        assert con.execute("select count(*) from observations").fetchone() == (1,)
        assert con.execute("select count(*) from files").fetchone() == (2,)
        assert con.execute("select batch_id, files_seen, files_new from batches order by 1").fetchall() == [
            (1, 2, 2), (2, 2, 0)]


def test_resubmission_keeps_both_versions_with_lineage(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    ingest_paths(settings, [summary(tmp_path / "v1" / "和平街道2025年1月.xlsx", 5)])
    ingest_paths(settings, [summary(tmp_path / "v2" / "和平街道2025年1月.xlsx", 6)])
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        assert con.execute(
            "select batch_id, file_name, sheet, cell_ref, header_text, community_text, period_text, raw_text,"
            " community_code, indicator_code, period_grain, period, value, unit from observations order by 1"
        ).fetchall() == [
            (1, "和平街道2025年1月.xlsx", "Sheet1", "B3", "受理数", "建设街社区", "和平街道2025年1月", "5",
             "654201001001", "petitions_received", "month", "2025-01", 5.0, "件"),
            (2, "和平街道2025年1月.xlsx", "Sheet1", "B3", "受理数", "建设街社区", "和平街道2025年1月", "6",
             "654201001001", "petitions_received", "month", "2025-01", 6.0, "件"),
        ]


def test_a_file_that_takes_too_long_is_stopped(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home", file_timeout_seconds=1e-6)
    report = ingest_paths(settings, [summary(tmp_path / "slow.xlsx", 5)])
    assert report.file_reports[0].status == "rejected"
    assert report.file_reports[0].messages == ("文件「slow.xlsx」：解析超时（超过 1e-06 秒），已停止",)


def test_registry_is_seeded_and_missing_paths_are_ignored(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    report = ingest_paths(settings, [tmp_path / "nowhere"])
    assert (report.files_seen, report.values_loaded) == (0, 0)
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        assert con.execute("select count(*) from registry_communities").fetchone() == (21,)


def test_worker_processes_load_exactly_what_in_process_parsing_loads(tmp_path: Path, monkeypatch) -> None:
    from ingest import loader

    inbox = tmp_path / "inbox"
    for month, value in ((1, 5), (2, "l60"), (3, "3000余")):
        write_xlsx(inbox / f"和平街道2025年{month}月.xlsx", {"Sheet1": [
            [f"和平街道2025年{month}月"], ["社区名称", "受理数", "已办结"], ["建设街社区", value, 2], ["无名社区", 1, 1]]})
    write_docx_named(inbox / "b.xlsx")
    tables = {
        "observations": "select * exclude (ingested_at) from observations order by file_name, cell_ref",
        "problems": "select * from problems order by file_name, cell_ref, problem_code",
        "cells": "select * from cells order by file_sha256, sheet, row_index, col_index",
        "files": "select * exclude (ingested_at, file_mtime) from files order by file_name",
    }
    contents = []
    monkeypatch.setattr(loader, "POOL_MIN_WORKERS", 2)
    for pool_min_files, workers in ((1, 2), (64, 1)):  # worker processes, then this process
        monkeypatch.setattr(loader, "POOL_MIN_FILES", pool_min_files)
        settings = Settings(home=tmp_path / f"home-{workers}", workers=workers)
        report = ingest_paths(settings, [inbox])
        with duckdb.connect(str(settings.raw_db), read_only=True) as con:
            contents.append((report.values_loaded, report.problems,
                             {name: con.execute(sql).fetchall() for name, sql in tables.items()}))
    assert contents[0] == contents[1]
    assert (contents[0][0], contents[0][1], len(contents[0][2]["cells"])) == (5, 5, 30)


def test_cells_the_loader_cannot_take_each_reach_raw_with_a_named_problem(tmp_path: Path) -> None:
    """A negative count, a formula never calculated, a line with a damaged byte: each one problem
    naming file, sheet and cell (or line); the other values of the same files load."""
    settings = Settings(home=tmp_path / "home")
    inbox = tmp_path / "inbox"
    write_xlsx(inbox / "和平街道2025年1月.xlsx", {"Sheet1": [
        ["和平街道2025年1月"], ["社区名称", "受理数", "已办结"], ["建设街社区", -2, 3], ["商业街社区", 5, "=B4-1"]]})
    text = "和平街道2025年2月诉求统计\r\n社区名称,受理数\r\n建设街社区,8\r\n商业街社区,4\r\n填表人：李娟\r\n".encode("gbk")
    cut = text.index("商业".encode("gbk")) + 1
    (inbox / "和平街道2025年2月.csv").write_bytes(text[:cut] + b"\xff" + text[cut + 1:])
    ingest_paths(settings, [inbox])
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        assert con.execute("select file_name, cell_ref, value from observations order by 1, 2").fetchall() == [
            ("和平街道2025年1月.xlsx", "B4", 5.0), ("和平街道2025年1月.xlsx", "C3", 3.0), ("和平街道2025年2月.csv", "B3", 8.0)]
        problems = con.execute("select file_name, cell_ref, problem_code, message from problems order by 1, 2").fetchall()
    assert [row[:3] for row in problems] == [
        ("和平街道2025年1月.xlsx", "B3", "negative_value"), ("和平街道2025年1月.xlsx", "C4", "formula_no_result"),
        ("和平街道2025年2月.csv", "", "damaged_bytes"), ("和平街道2025年2月.csv", "A4", "unknown_community")]
    assert problems[1][3].startswith("文件「和平街道2025年1月.xlsx」工作表「Sheet1」单元格 C4：公式「=B4-1」没有保存计算结果")
    assert "第 4 行" in problems[2][3]


def test_a_cover_sheet_says_the_period_and_community_of_the_whole_file(tmp_path: Path) -> None:
    """封面: 报告期 and 填报单位 on a sheet of words; the figures on the next sheet, which names neither.
    The sending day on the cover (报送日期：2025年2月4日) is not the period."""
    settings = Settings(home=tmp_path / "home")
    path = write_xlsx(tmp_path / "inbox" / "月度工作报表.xlsx", {
        "封面": [["塔城市和平街道"], ["社区月度工作报表"], [], ["填报单位：建设街社区居委会"], ["报告期：2025年1月"],
                 ["填报人：周××"], ["报送日期：2025年2月4日"]],
        "报表": [["序号", "项目", "单位", "本月"], [1, "受理数", "件", 12], [2, "办结数", "件", 11]]})
    report = ingest_paths(settings, [path])
    assert report.values_loaded == 2
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        assert con.execute("select community_code, period, indicator_code, value from observations order by 3").fetchall() == [
            ("654201001001", "2025-01", "petitions_received", 12.0), ("654201001001", "2025-01", "petitions_resolved", 11.0)]
