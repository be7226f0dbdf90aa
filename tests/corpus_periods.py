"""Corpus cases: finding the period — in the file name, a title cell, the sheet name, one
sheet per month, a period column (text or Excel dates), month rows with the year in the title,
quarters, a year, and no period at all."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from corpus_case import Cases, 建设, 商业, 营盘, 公园, 花园, 新城
from sheets import write_csv, write_xlsx

CASES = Cases()
case = CASES.add


@case("杜别克街道2013年一季度.csv", {
    ("杜别克街道2013年一季度!C2", 公园, "petitions_received", "2013-01", 5, ""),
    ("杜别克街道2013年一季度!C3", 公园, "petitions_received", "2013-02", 6, ""),
    ("杜别克街道2013年一季度!C4", 花园, "petitions_received", "2013-03", 7, ""),
    ("杜别克街道2013年一季度!D2", 公园, "petitions_resolved", "2013-01", 5, ""),
    ("杜别克街道2013年一季度!D4", 花园, "petitions_resolved", "2013-03", 7, ""),
}, {("杜别克街道2013年一季度!D3", "unreadable_value")})
def long_layout_csv(path: Path) -> None:
    write_csv(path, [
        ["社区", "月份", "受理数", "办结数"],
        ["公园街社区", "2013年1月", "5", "5"],
        ["公园街社区", "2013-02", "6", "xx"],
        ["花园街社区", "2013.3", "7", "7"],
    ])


@case("营盘街社区202004.xlsx", {("Sheet1!B2", 营盘, "floating_population", "2020-04", 77, "")})
def single_value_period_in_file_name(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [["指标名称", "数量"], ["流动人口", 77]]})


@case("新城街道2021年.xlsx", {
    ("1月!B2", 新城, "petitions_received", "2021-01", 3, ""),
    ("2月!B2", 新城, "petitions_received", "2021-02", 4, ""),
})
def one_sheet_per_month(path: Path) -> None:
    write_xlsx(path, {"1月": [["社区名称", "受理数"], ["新城街社区", 3]],
                      "2月": [["社区名称", "受理数"], ["新城街社区", 4]]})


@case("和平街道统计表.xlsx", {("Sheet1!B4", 建设, "pairings", "2023-03", 8, "")})
def period_from_a_title_cell(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["和平街道结对帮扶统计表"],
        ["统计时间：2023.3"],
        ["社区名称", "结对帮扶对数"],
        ["建设街社区", 8],
    ]})


@case("和平街道月报.xlsx", {("2024-01!B2", 建设, "goods_distributed", "2024-01", 40, "")})
def period_from_sheet_name(path: Path) -> None:
    write_xlsx(path, {"2024-01": [["社区名称", "发放慰问物资件数"], ["建设街社区", 40]]})


@case("和平街道2025年第一季度.xlsx", {("Sheet1!B2", 建设, "free_health_checks", "2025-Q1", 90, "")})
def quarter_in_title(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [["社区名称", "免费健康体检人数"], ["建设街社区", 90]]})


@case("和平街道2026Q2.xlsx", {("Sheet1!B3", 商业, "people_assisted", "2026-Q2", 15, "")})
def quarter_q2_in_title(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [["和平街道2026年Q2帮扶"], ["社区名称", "帮扶困难群众人数"], ["商业街社区", 15]]})


@case("和平街道2027年度.xlsx", {("Sheet1!B3", 商业, "patrol_members", "2027", 25, "")})
def yearly(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [["和平街道2027年平安建设"], ["社区名称", "治安巡逻队员数"], ["商业街社区", 25]]})


@case("和平街道长表2028.xlsx", {
    ("Sheet1!C2", 建设, "residents", "2028-01", 3000, ""),
    ("Sheet1!C3", 建设, "residents", "2028-02", 3010, ""),
})
def excel_dates_in_period_column(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["社区名称", "月份", "常住人口"],
        ["建设街社区", datetime(2028, 1, 1), 3000],
        ["建设街社区", datetime(2028, 2, 1), 3010],
    ]})


@case("建设街社区月度表.xlsx", {
    ("Sheet1!B3", 建设, "volunteer_person_times", "2029-01", 100, ""),
    ("Sheet1!B4", 建设, "volunteer_person_times", "2029-02", 120, ""),
})
def month_rows_year_from_title(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["建设街社区2029年志愿服务"],
        ["月份", "志愿服务人次(人次)"],
        ["1月", 100],
        ["2月", 120],
    ]})


@case("和平街道无期间.xlsx", set(), {("Sheet1!A1", "no_period")})
def no_period(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [["社区名称", "受理数"], ["建设街社区", 3]]})
