"""The test corpus: every layout, format and value form of issue 3, built in code and ingested
as one batch. Each case asserts the exact values loaded and the exact problems reported.
Each case uses its own year so no two cases share a (community, indicator, period)."""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable

import duckdb
import pytest

from ingest.loader import ingest_paths
from jiedao.settings import Settings
from sheets import write_csv, write_docx_named, write_ods, write_xls, write_xlsx

# Registry codes of the demo city (seeds/registry_communities.csv).
建设, 商业, 文化, 新华 = "654201001001", "654201001003", "654201001004", "654201001006"
塔尔巴哈台, 广场, 营盘 = "654201001007", "654201001008", "654201001009"
杜别克, 公园, 花园, 光明 = "654201002001", "654201002002", "654201002003", "654201002005"
新城, 边城, 东门外, 哈尔墩 = "654201003001", "654201003002", "654201003003", "654201003008"


@dataclass(frozen=True)
class Case:
    file: str
    build: Callable[[Path], object]
    # (sheet!cell, community_code, indicator_code, period, value, flags) ; flags: "", "approx", "cum"
    values: set[tuple[str, str, str, str, float, str]]
    # (sheet!cell or "" for the file, problem_code)
    problems: set[tuple[str, str]] = field(default_factory=set)
    status: str = "loaded"


CASES: list[Case] = []


def case(file: str, values: set, problems: set | None = None, status: str | None = None):
    def register(build: Callable[[Path], object]) -> Callable[[Path], object]:
        CASES.append(Case(file, build, values, problems or set(),
                          status or ("partial" if problems else "loaded")))
        return build
    return register


# --- layouts -------------------------------------------------------------------------------
@case("和平街道2001年1月民情民意统计表.xlsx", {
    ("Sheet1!C4", 建设, "petitions_received", "2001-01", 12, ""),
    ("Sheet1!D4", 建设, "petitions_resolved", "2001-01", 10, ""),
    ("Sheet1!C5", 商业, "petitions_received", "2001-01", 8, ""),
    ("Sheet1!D5", 商业, "petitions_resolved", "2001-01", 8, ""),
})
def street_summary_with_merged_group(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["和平街道2001年1月民情民意统计表"],
        ["序号", "社区名称", "民情诉求", None],
        [None, None, "受理数", "已办结"],
        [1, "建设街社区", 12, 10],
        [2, "商业街社区居委会", 8, 8],
        ["合计", None, 20, 18],
        ["填表人：王芳", None, "审核人：李强"],
        ["填报日期：2001-02-03"],
    ]}, merged={"Sheet1": ["A1:D1", "C2:D2", "A2:A3", "B2:B3", "A6:B6"]})


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


@case("和平街道2011年11月合计.xlsx", {
    ("Sheet1!B3", 建设, "staff", "2011-11", 10, ""),
    ("Sheet1!B4", 商业, "staff", "2011-11", 12, ""),
}, {("Sheet1!B5", "total_mismatch")})
def total_mismatch(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["和平街道2011年11月"],
        ["社区名称", "社区工作者人数"],
        ["建设街社区", 10],
        ["商业街社区", 12],
        ["合计", 23],
    ]})


@case("杜别克街道2012年12月.xlsx", {
    ("Sheet1!C3", 杜别克, "party_members", "2012-12", 30, ""),
    ("Sheet1!C4", 公园, "party_members", "2012-12", 20, ""),
    ("Sheet1!C6", 花园, "party_members", "2012-12", 5, ""),
})
def subtotals_and_total(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["杜别克街道2012年12月党建"],
        ["序号", "社区名称", "党员人数"],
        [1, "杜别克街社区", 30],
        [2, "公园街社区", 20],
        ["小计", None, 50],
        [3, "花园街社区", 5],
        ["小计", None, 5],
        ["总计", None, 55],
    ]})


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


@case("光明社区2014-05.csv", {("光明社区2014-05!B2", 光明, "training_sessions", "2014-05", 2, "")})
def csv_utf8_bom(path: Path) -> None:
    write_csv(path, [["指标", "数值"], ["职业技能培训场次", "2"]], encoding="utf-8-sig")


@case("杜别克街道201406.csv", {("杜别克街道201406!B2", 光明, "security_cases", "2014-06", 1, "")})
def csv_gbk(path: Path) -> None:
    write_csv(path, [["社区名称", "治安案件数"], ["光明街社区", "1"]], encoding="gbk")


@case("新城街道2015年7月.tsv", {("新城街道2015年7月!B2", 哈尔墩, "informants", "2015-07", 6, "")})
def tsv_utf16(path: Path) -> None:
    write_csv(path, [["社区名称", "平安信息员数"], ["哈尔墩社区", "6"]], encoding="utf-16", delimiter="\t")


@case("新城街道2015年8月.txt", {("新城街道2015年8月!B2", 边城, "informants", "2015-08", 4, "")})
def txt_gb18030_tabs(path: Path) -> None:
    write_csv(path, [["社区名称", "平安信息员数"], ["边城街社区", "4"]], encoding="gb18030", delimiter="\t")


@case("和平街道2016年1月.xls", {
    ("Sheet1!C4", 建设, "dibao_households", "2016-01", 3, ""),
    ("Sheet1!D4", 建设, "dibao_persons", "2016-01", 5, ""),
})
def xls_with_merges(path: Path) -> None:
    write_xls(path, {"Sheet1": [
        ["和平街道2016年1月低保"],
        ["序号", "社区名称", "低保户数", None],
        [None, None, "户数", "人数"],
        [1, "建设街社区", 3, 5],
    ]}, merged={"Sheet1": [(0, 0, 0, 3), (1, 1, 2, 3), (1, 2, 0, 0), (1, 2, 1, 1)]})


@case("和平街道2016年2月.et", {("Sheet1!B2", 商业, "lectures_held", "2016-02", 2, "")})
def wps_et(path: Path) -> None:
    write_xls(path, {"Sheet1": [["社区名称", "宣讲活动次数"], ["商业街社区", 2]]})


@case("新城街道2017年3月.ods", {
    ("Sheet1!C3", 新城, "cultural_activities", "2017-03", 4, ""),
    ("Sheet1!D3", 新城, "lectures_held", "2017-03", 1, ""),
})
def ods_group_without_merge_info(path: Path) -> None:
    write_ods(path, {"Sheet1": [
        ["序号", "社区名称", "文化", None],
        [None, None, "文化活动场次", "宣讲活动次数"],
        [1, "新城街社区", 4, 1],
    ]})


@case("建设街社区2018年工作台账.xlsx", {
    ("台账!C3", 建设, "petitions_received", "2018-01", 10, ""),
    ("台账!D3", 建设, "petitions_received", "2018-02", 12, ""),
    ("台账!C4", 建设, "petitions_resolved", "2018-01", 9, ""),
    ("台账!C5", 建设, "micro_loans_yuan", "2018-01", 15000, ""),
    ("台账!D5", 建设, "micro_loans_yuan", "2018-02", 20000, ""),
})
def indicators_as_rows_months_as_columns(path: Path) -> None:
    write_xlsx(path, {"台账": [
        ["建设街社区2018年工作台账"],
        ["指标", "单位", "1月", "2月", "3月"],
        ["民情诉求受理数", "件", 10, 12, None],
        ["其中：已办结", "件", 9, "—", None],
        ["创业担保贷款金额", "万元", 1.5, 2, None],
        ["诉求办结率", "%", 90, None, None],
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


@case("和平街道2022年5月综合.xlsx", {
    ("Sheet1!B3", 建设, "petitions_received", "2022-05", 1, ""),
    ("Sheet1!B8", 建设, "jobs_created", "2022-05", 2, ""),
    ("Sheet1!C8", 建设, "people_employed", "2022-05", 3, ""),
})
def several_tables_on_one_sheet(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["一、民情诉求"],
        ["社区名称", "受理数"],
        ["建设街社区", 1],
        [],
        ["二、就业"],
        [],
        ["社区名称", "新增就业岗位数", "实现就业人数"],
        ["建设街社区", 2, 3],
    ]})


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


@case("和平街道2030年1月.xlsx", {
    ("Sheet1!C2", 建设, "jobs_created", "2030-01", 10, ""),
    ("Sheet1!D2", 建设, "public_welfare_jobs", "2030-01", 2, ""),
})
def sub_column_qi_zhong(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["序号", "社区名称", "新增就业岗位数(个)", "其中：公益性岗位"],
        [1, "建设街社区", 10, 2],
    ]})


@case("商业街社区2031年2月.xlsx", {
    ("Sheet1!C3", 商业, "petitions_received", "2031-02", 6, ""),
    ("Sheet1!C4", 商业, "petitions_resolved", "2031-02", 5, ""),
    ("Sheet1!C5", 商业, "disputes_mediated", "2031-02", 1, ""),
})
def indicators_as_rows_with_merged_category(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["商业街社区2031年2月工作情况"],
        ["类别", "项目", "本月"],
        ["民情诉求", "受理数", 6],
        [None, "已办结", 5],
        ["矛盾纠纷", "矛盾纠纷调解数", 1],
    ]}, merged={"Sheet1": ["A3:A4"]})


@case("和平街道2032年3月横表.xlsx", {
    ("Sheet1!B3", 建设, "staff", "2032-03", 9, ""),
    ("Sheet1!C3", 商业, "staff", "2032-03", 11, ""),
})
def communities_as_columns(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["和平街道2032年3月"],
        ["指标", "建设街社区", "商业街社区"],
        ["社区工作者人数", 9, 11],
    ]})


@case("和平街道2033年12月社区工作月报表.xlsx", {
    ("月报!D3", 建设, "petitions_received", "2033-12", 3, ""),
    ("月报!E3", 建设, "petitions_resolved", "2033-12", 2, ""),
    ("月报!F3", 建设, "micro_loans_yuan", "2033-12", 1000, ""),
})
def dashboard_template(path: Path) -> None:
    write_xlsx(path, {"月报": [
        ["和平街道2033年12月社区工作月报表"],
        ["序号", "社区代码", "社区名称", "民情诉求受理数(件)", "民情诉求办结数(件)", "创业担保贷款金额(元)"],
        [1, "654201001001", "建设街社区居委会", 3, 2, 1000],
        [2, "654201001003", "商业街社区居委会", None, None, None],
        [],
        ["填表人：", None, None, "填报日期："],
    ]})


@case("和平街道2034年4月代码表头.csv", {
    ("和平街道2034年4月代码表头!B2", 建设, "petitions_received", "2034-04", 2, ""),
    ("和平街道2034年4月代码表头!C2", 建设, "zero_employment_households", "2034-04", 0, ""),
})
def indicator_codes_as_headers(path: Path) -> None:
    write_csv(path, [["社区名称", "petitions_received", "zero_employment_households"], ["建设街社区", "2", "0"]])


@case("和平街道2035年5月重复.xlsx", {("Sheet1!B2", 建设, "households", "2035-05", 100, "")},
      {("Sheet1!B3", "duplicate_value")})
def duplicate_in_one_file(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [["社区名称", "户数"], ["建设街社区", 100], ["建设社区", 101]]})


@case("和平街道2036年6月说明.xlsx", {("Sheet1!B3", 建设, "households", "2036-06", 7, "")},
      {("Sheet1!A6", "orphan_value")})
def orphan_number_after_table(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["和平街道2036年6月"], ["社区名称", "户数"], ["建设街社区", 7], [], ["备注：户数按月末统计"], [12345],
    ]})


@case("和平街道2037年7月旧.xlsx", {("Sheet1!B2", 建设, "households", "2037-07", 50, "")},
      {("Sheet1!B2", "conflicting_value")})
def conflict_older_file(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [["社区名称", "户数"], ["建设街社区", 50]]})
    os.utime(path, (1_600_000_000, 1_600_000_000))


@case("和平街道2037年7月新.xlsx", {("Sheet1!B2", 建设, "households", "2037-07", 55, "")})
def conflict_newer_file(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [["社区名称", "户数"], ["建设街社区", 55]]})
    os.utime(path, (1_700_000_000, 1_700_000_000))


@case("和平街道2038年8月无表头.xlsx", {
    ("Sheet1!B2", 广场, "households", "2038-08", 300, ""),
    ("Sheet1!B3", 广场, "residents", "2038-08", 900, ""),
})
def headerless_indicator_rows(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [["广场街社区2038年8月基本情况"], ["户数", 300], ["常住人口", 900]]})



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

# --- files rejected as a whole ------------------------------------------------------------
@case("伪装的表格.xlsx", set(), {("", "not_a_spreadsheet")}, "rejected")
def docx_renamed(path: Path) -> None:
    write_docx_named(path)


@case("截断的表格.xlsx", set(), {("", "corrupt_file")}, "rejected")
def truncated_zip(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [["社区名称", "户数"], ["建设街社区", 1]]})
    path.write_bytes(path.read_bytes()[:300])


@case("加密的表格.xlsx", set(), {("", "password_protected")}, "rejected")
def password_protected(path: Path) -> None:
    # An encrypted workbook is an OLE2 container holding an "EncryptedPackage" stream.
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    path.write_bytes(header + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 512)


@case("扫描件.pdf", set(), {("", "not_a_spreadsheet")}, "rejected")
def pdf_file(path: Path) -> None:
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")


# --- the batch ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, object]:
    root = tmp_path_factory.mktemp("corpus")
    inbox = root / "inbox"
    inbox.mkdir()
    for item in CASES:
        item.build(inbox / item.file)
    settings = Settings(home=root / "home", workers=2)
    return settings, ingest_paths(settings, [inbox])


def test_corpus_has_at_least_forty_cases() -> None:
    assert len(CASES) >= 40
    assert len({item.file for item in CASES}) == len(CASES)


@pytest.mark.parametrize("item", CASES, ids=[item.build.__name__ for item in CASES])
def test_case_loads_exactly(corpus: tuple[Settings, object], item: Case) -> None:
    settings, report = corpus
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        values = {
            (f"{sheet}!{cell}", community, indicator, period, value,
             "approx" if approx else "cum" if cumulative else "")
            for sheet, cell, community, indicator, period, value, approx, cumulative in con.execute(
                "select sheet, cell_ref, community_code, indicator_code, period, value, is_approximate,"
                " is_cumulative from observations where file_name = ?", [item.file]).fetchall()
        }
        problems = {
            (f"{sheet}!{cell}" if sheet else "", code)
            for sheet, cell, code in con.execute(
                "select sheet, cell_ref, problem_code from problems where file_name = ?", [item.file]).fetchall()
        }
        (status,) = con.execute("select status from files where file_name = ?", [item.file]).fetchone()
    assert values == item.values
    assert problems == item.problems
    assert status == item.status


def test_messages_name_file_sheet_and_cell(corpus: tuple[Settings, object]) -> None:
    _, report = corpus
    by_name = {item.file_name: item for item in report.file_reports}
    assert by_name["和平街道2005年5月.xlsx"].messages[3] == \
        "文件「和平街道2005年5月.xlsx」工作表「Sheet1」单元格 B6：无法识别的数值「l60」"
    assert by_name["伪装的表格.xlsx"].messages == ("文件「伪装的表格.xlsx」：文件内容不是表格（Word 文档），未解析",)


def test_nothing_lost_on_the_whole_corpus(corpus: tuple[Settings, object]) -> None:
    settings, _ = corpus
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        rows = con.execute("""
            select f.file_name, f.cells_nonempty, f.cells_value + f.cells_label + f.cells_problem,
                   (select count(*) from cells c where c.file_sha256 = f.file_sha256),
                   (select count(*) from cells c where c.file_sha256 = f.file_sha256 and role = 'value'),
                   (select count(*) from observations o where o.file_sha256 = f.file_sha256)
            from files f
        """).fetchall()
    assert len(rows) == len(CASES)
    for name, nonempty, classified, cells, value_cells, observations in rows:
        assert (name, classified, cells, value_cells) == (name, nonempty, nonempty, observations)


def test_batch_totals(corpus: tuple[Settings, object]) -> None:
    _, report = corpus
    assert report.files_seen == len(CASES)
    assert report.files_new == len(CASES)
    assert report.files_rejected == 4
    assert report.values_loaded == sum(len(item.values) for item in CASES)
    assert report.problems == sum(len(item.problems) for item in CASES)
