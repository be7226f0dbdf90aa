"""Corpus cases: table shapes — merged two-row headers, 序号 and 合计 rows, subtotals,
indicators as rows or communities as columns, several tables on one sheet, 其中 sub-columns,
the dashboard's own template, headerless rows, a number left after the table."""

from __future__ import annotations

from pathlib import Path

from corpus_case import Cases, 建设, 商业, 广场, 杜别克, 公园, 花园
from sheets import write_xlsx

CASES = Cases()
case = CASES.add


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


@case("和平街道2036年6月说明.xlsx", {("Sheet1!B3", 建设, "households", "2036-06", 7, "")},
      {("Sheet1!A6", "orphan_value")})
def orphan_number_after_table(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [
        ["和平街道2036年6月"], ["社区名称", "户数"], ["建设街社区", 7], [], ["备注：户数按月末统计"], [12345],
    ]})


@case("和平街道2038年8月无表头.xlsx", {
    ("Sheet1!B2", 广场, "households", "2038-08", 300, ""),
    ("Sheet1!B3", 广场, "residents", "2038-08", 900, ""),
})
def headerless_indicator_rows(path: Path) -> None:
    write_xlsx(path, {"Sheet1": [["广场街社区2038年8月基本情况"], ["户数", 300], ["常住人口", 900]]})
