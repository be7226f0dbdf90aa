"""Corpus cases: how a figure is written — "1,869", "1869条", full-width digits,
approximate forms ("3000余", "近140"), 万元, zeros and blanks, unreadable text, 本月 and 本年累计,
the same figure twice in a file, and two files disagreeing (the newer one wins)."""

from __future__ import annotations

import os
from pathlib import Path

from corpus_case import Cases, 建设, 商业, 文化, 新华, 塔尔巴哈台, 广场, 营盘
from sheets import write_ods, write_xlsx

CASES = Cases()
case = CASES.add


@case("和平街道2002年2月.xlsx", {
    ("Sheet1!B3", 建设, "petitions_received", "2002-02", 1869, ""),
    ("Sheet1!B4", 商业, "petitions_received", "2002-02", 1869, ""),
    ("Sheet1!B5", 文化, "petitions_received", "2002-02", 1869, ""),
    ("Sheet1!B6", 新华, "petitions_received", "2002-02", 3000, "approx"),
    ("Sheet1!B7", 塔尔巴哈台, "petitions_received", "2002-02", 140, "approx"),
    ("Sheet1!B8", 广场, "petitions_received", "2002-02", 30, "approx"),
    ("Sheet1!B9", 营盘, "petitions_received", "2002-02", 140, "approx"),
})
def value_forms(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["和平街道2002年2月诉求统计"],
        ["社区", "受理数"],
        ["建设街社区", "1,869"],
        ["商业街社区", "1869条"],
        ["文化街社区", "１８６９"],
        ["新华街社区", "3000余"],
        ["塔尔巴哈台街社区", "近140"],
        ["广场街社区", "约30"],
        ["营盘街社区", "140多"],
    ]})


@case("和平街道2003年3月就业.xlsx", {
    ("Sheet1!B3", 建设, "micro_loans_yuan", "2003-03", 15000, ""),
    ("Sheet1!C3", 建设, "dibao_payout_yuan", "2003-03", 125000, ""),
    ("Sheet1!B4", 商业, "micro_loans_yuan", "2003-03", 125000, ""),
    ("Sheet1!C4", 商业, "dibao_payout_yuan", "2003-03", 800, ""),
})
def wan_yuan_headers(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["和平街道2003年3月就业和民政"],
        ["社区名称", "创业担保贷款金额(万元)", "低保金发放金额（元）"],
        ["建设街社区", 1.5, "12.5万"],
        ["商业街社区", "12.5", 800],
    ]})


@case("和平街道2004年4月.xlsx", {
    ("Sheet1!B3", 建设, "disputes_mediated", "2004-04", 0, ""),
    ("Sheet1!B4", 商业, "disputes_mediated", "2004-04", 0, ""),
})
def zeros_and_blanks(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["和平街道2004年4月"],
        ["社区名称", "矛盾纠纷调解数"],
        ["建设街社区", "无"],
        ["商业街社区", "0"],
        ["文化街社区", "—"],
        ["新华街社区", "-"],
        ["广场街社区", "/"],
        ["营盘街社区", None],
    ]})


@case("和平街道2005年5月.xlsx", set(), {
    ("Sheet1!B3", "unreadable_value"), ("Sheet1!B4", "unreadable_value"), ("Sheet1!B5", "unreadable_value"),
    ("Sheet1!B6", "unreadable_value"), ("Sheet1!B7", "unreadable_value"),
})
def unreadable_values(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["和平街道2005年5月"],
        ["社区名称", "受理数"],
        ["建设街社区", "xx"],
        ["商业街社区", "**"],
        ["文化街社区", "?7"],
        ["新华街社区", "l60"],
        ["广场街社区", "#DIV/0!"],
    ]})


@case("文化街社区2019年3月.ods", {
    ("Sheet1!B3", 文化, "petitions_received", "2019-03", 4, ""),
    ("Sheet1!C3", 文化, "petitions_received", "2019-03", 15, "cum"),
    ("Sheet1!B4", 文化, "jobs_created", "2019-03", 2, ""),
    ("Sheet1!C4", 文化, "jobs_created", "2019-03", 6, "cum"),
})
def this_month_and_year_to_date(path: Path) -> None:
    write_ods(path, {"Sheet1": [
        ["和平街道文化街社区2019年3月报表"],
        ["项目", "本月", "本年累计"],
        ["受理数", 4, 15],
        ["新增就业岗位", 2, "6"],
    ]})


@case("和平街道2035年5月重复.xlsx", {("Sheet1!B2", 建设, "households", "2035-05", 100, "")},
      {("Sheet1!B3", "duplicate_value")})
def duplicate_in_one_file(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [["社区名称", "户数"], ["建设街社区", 100], ["建设社区", 101]]})


@case("和平街道2037年7月旧.xlsx", {("Sheet1!B2", 建设, "households", "2037-07", 50, "")},
      {("Sheet1!B2", "conflicting_value")})
def conflict_older_file(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [["社区名称", "户数"], ["建设街社区", 50]]})
    os.utime(path, (1_600_000_000, 1_600_000_000))


@case("和平街道2037年7月新.xlsx", {("Sheet1!B2", 建设, "households", "2037-07", 55, "")})
def conflict_newer_file(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [["社区名称", "户数"], ["建设街社区", 55]]})
    os.utime(path, (1_700_000_000, 1_700_000_000))


@case("和平街道2039年9月志愿服务.xlsx", {
    ("Sheet1!B3", 建设, "volunteer_person_times", "2039-09", 12, ""),
    ("Sheet1!C3", 建设, "volunteer_person_times", "2039-09", 40, "cum"),
    ("Sheet1!B4", 商业, "volunteer_person_times", "2039-09", 5, ""),
    ("Sheet1!C4", 商业, "volunteer_person_times", "2039-09", 18, "cum"),
})
def year_to_date_marker_in_brackets(path: Path) -> None:
    # "(本年累计)" in brackets is the year-to-date marker, not a unit.
    write_xlsx(path, {"Sheet1": [
        ["和平街道2039年9月志愿服务"],
        ["社区名称", "志愿服务人次", "志愿服务人次(本年累计)"],
        ["建设街社区", 12, 40],
        ["商业街社区", 5, "18"],
    ]})
