"""Corpus cases: naming communities and indicators — traditional characters, a community the
registry does not know, by 12-digit code, by alias, an unknown header, indicator codes as
headers."""

from __future__ import annotations

from pathlib import Path

from corpus_case import Cases, 建设, 文化, 塔尔巴哈台, 杜别克, 边城, 东门外
from sheets import write_csv, write_xlsx

CASES = Cases()
case = CASES.add


@case("和平街道2006年6月.xlsx", {
    ("工作表!B3", 建设, "petitions_resolved", "2006-06", 7, ""),
    ("工作表!B4", 文化, "petitions_resolved", "2006-06", 5, ""),
})
def traditional_characters(path: Path) -> None:
    write_xlsx(path, {"工作表": [
        ["和平街道2006年6月"],
        ["社區名稱", "已辦結"],
        ["建設街社區", 7],
        ["文化街社區居委會", 5],
    ]})


@case("和平街道2007年7月.xlsx", {
    ("Sheet1!B3", 建设, "petitions_received", "2007-07", 4, ""),
}, {("Sheet1!A4", "unknown_community")})
def unknown_community(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["和平街道2007年7月"],
        ["社区名称", "受理数"],
        ["建设街社区", 4],
        ["阳光社区", 9],
    ]})


@case("2008年8月汇总.xlsx", {
    ("Sheet1!C2", 边城, "jobs_created", "2008-08", 3, ""),
    ("Sheet1!C3", 杜别克, "jobs_created", "2008-08", 2, ""),
})
def community_by_code(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["社区代码", "社区名称", "新增就业岗位数"],
        ["654201003002", "边城社区(原名)", 3],
        [654201002001, None, 2],
    ]})


@case("新城街道2009年9月.xlsx", {
    ("Sheet1!B2", 东门外, "households", "2009-09", 1200, ""),
    ("Sheet1!B3", 塔尔巴哈台, "households", "2009-09", 900, ""),
})
def community_by_alias(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["社区名称", "户数"],
        ["东门社区", 1200],
        ["塔街社区", 900],
    ]})


@case("和平街道2010年10月.xlsx", {
    ("Sheet1!B2", 建设, "volunteers", "2010-10", 50, ""),
}, {("Sheet1!C1", "unknown_header")})
def unknown_header(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["社区名称", "注册志愿者人数", "联系电话"],
        ["建设街社区", 50, "0901-6222222"],
    ]})


@case("和平街道2034年4月代码表头.csv", {
    ("和平街道2034年4月代码表头!B2", 建设, "petitions_received", "2034-04", 2, ""),
    ("和平街道2034年4月代码表头!C2", 建设, "zero_employment_households", "2034-04", 0, ""),
})
def indicator_codes_as_headers(path: Path) -> None:
    write_csv(path, [["社区名称", "petitions_received", "zero_employment_households"], ["建设街社区", "2", "0"]])
