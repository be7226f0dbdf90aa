"""More street-office files: 冬季送温暖 民政 (2025-12), 12345接诉即办 (2026-02, pasted from the platform page with
no-break and zero-width spaces), 春节走访 and 闹红火 (2026-01), 一季度末 低保 (2026-03), 民情诉求 (2026-05)."""
from ty_grid import Formula, Sheet, miss, val
from ty_street import ALL, FOOT, table
from ty_writers import save


def minzheng(W, m, title, sheet, extra_note=None):
    sh = Sheet(sheet)
    sh.merge(0, 0, 0, 6, title)
    sh.row(1, 0, ["序号", "社区", "低保户数", "低保人数", "低保金（元）", "零就业家庭（户）", "临时救助（人次）"])
    r = table(W, sh, 2, m, [("dibao_households", None), ("dibao_persons", None), ("dibao_payout_yuan", None),
                            ("zero_employment_households", None), (None, lambda i: i % 3)], how="she")
    if extra_note:
        sh.put(r, 0, extra_note)
    sh.put(r + 1, 0, FOOT)
    return sh


def build(W):
    # 8. 2025-12 冬季送温暖: 民政 + 慰问, xlsxwriter, 合计 as SUM formulas
    m = "2025-12"
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 7, "黄陵街道2025年12月民政工作及“冬季送温暖”情况表")
    sh.row(1, 0, ["序号", "社区", "低保户（户）", "低保人口（人）", "低保金（元）", "走访慰问（人）", "慰问物资（件）",
                  "发放取暖煤（吨）"])
    for i, (short, code) in enumerate(ALL):
        r = 2 + i
        sh.row(r, 0, [i + 1, short])
        for j, ind in enumerate(["dibao_households", "dibao_persons", "dibao_payout_yuan", "people_assisted",
                                 "goods_distributed"]):
            val(sh, r, 2 + j, code, m, ind, fmt="#,##0" if ind == "dibao_payout_yuan" else None)
        sh.put(r, 7, round(0.5 * (1 + i % 4), 1))
    r = 2 + len(ALL)
    sh.put(r, 1, "合计")
    for j in range(6):
        col = "CDEFGH"[j]
        tot = sum(sh.cells[(2 + i, 2 + j)][0] for i in range(len(ALL)))
        sh.put(r, 2 + j, Formula(f"=SUM({col}3:{col}{r})", round(tot, 1)))
    sh.put(r + 1, 0, "备注：城中村清洁取暖“煤改气”后仍有散煤户，取暖煤为区里统一调拨。")
    save("batch1/黄陵街道2025年12月民政工作及冬季送温暖情况表.xlsx", [sh], "xlsxwriter",
         ["street_file", "sum_formula_total", "outside_column_decimal", "thousands_format"], (2026, 1, 5, 9, 10))

    # 9. 12345 接诉即办 2026-02: UTF-8 CSV pasted from the platform page (NBSP, zero-width spaces), rates outside
    m = "2026-02"
    sh = Sheet("csv")
    sh.put(0, 0, "2026年2月黄陵街道12345接诉即办工单统计（平台导出后整理）")
    sh.row(1, 0, ["序号", "承办社区", "派单量", "办结量", "响应率", "满意率", "调解纠纷"])
    styles = {}
    for i, (short, _) in enumerate(ALL):
        styles[(short, "petitions_received")] = ["nbsp", "n", "zw"][i % 3]
        styles[(short, "petitions_resolved")] = ["n", "zw", "nbsp"][i % 3]
    r = 2
    for i, (short, code) in enumerate(ALL):
        sh.row(r + i, 0, [i + 1, short + "社区居委会"])
        val(sh, r + i, 2, code, m, "petitions_received", style=styles[(short, "petitions_received")])
        val(sh, r + i, 3, code, m, "petitions_resolved", style=styles[(short, "petitions_resolved")])
        sh.put(r + i, 4, "100%")
        sh.put(r + i, 5, f"{96 + i % 4}.{i % 10}%")
        val(sh, r + i, 6, code, m, "disputes_mediated")
    sh.put(14, 0, "注：派单量含三晋通、市长信箱转办工单；春节假期（2月15日—23日）工单顺延。")
    save("batch1/黄陵街道2026年2月12345接诉即办工单统计.csv", [sh], "csv-utf8",
         ["street_file", "csv_utf8_no_bom", "nbsp_in_numbers", "zero_width_in_numbers", "outside_rate_columns",
          "no_total"], (2026, 3, 4, 14, 20))

    # 10. 2026-01 春节走访 + 文化 (闹红火 rehearsals outside), xls
    m = "2026-01"
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 7, "黄陵街道2026年1月“我们的节日·春节”走访慰问及文化活动统计")
    sh.row(1, 0, ["序号", "社区", "走访困难群众（人）", "发放米面油等物资（件）", "文化活动（场）", "宣讲（次）",
                  "闹红火排练（场）", "写春联送福（幅）"])
    r = table(W, sh, 2, m, [("people_assisted", None), ("goods_distributed", None), ("cultural_activities", None),
                            ("lectures_held", None), (None, lambda i: 2 + i % 5), (None, lambda i: 80 + i * 13)],
              how="short", total=False)
    sh.put(r + 1, 0, "注：元宵节闹红火（踩高跷、舞龙、跑旱船）排练次数单列，不计入文化活动。")
    sh.put(r + 2, 0, "黄陵街道综合文化站　2026年2月2日")
    save("batch1/黄陵街道2026年1月春节走访慰问及文化活动统计.xls", [sh], "xlwt",
         ["street_file", "festival_title", "outside_columns", "no_total"], (2026, 2, 2, 16, 0))

    # 11. 低保 2026-03 (ods)
    m = "2026-03"
    sh = minzheng(W, m, "黄陵街道2026年3月城乡低保动态管理统计表", "3月",
                  "说明：本月低保金含一季度价格临时补贴以外部分；五大龙沟村农村低保另表报送。")
    save("batch1/黄陵街道2026年3月城乡低保动态管理统计表.ods", [sh], "odfpy",
         ["street_file", "total_row", "outside_column", "village_mentioned_not_reported"], (2026, 4, 2, 10, 0))

    # 12. 民情诉求 2026-05 (openpyxl), 东峰's 调解 「/」
    m = "2026-05"
    sh = Sheet("5月")
    sh.merge(0, 0, 0, 5, "黄陵街道2026年5月民情诉求受理办结情况")
    sh.row(1, 0, ["序号", "社区", "受理", "办结", "化解矛盾纠纷", "备注"])
    r = table(W, sh, 2, m, [("petitions_received", None), ("petitions_resolved", None), ("disputes_mediated", None)],
              how="she", skip={("东峰", "disputes_mediated"): "/"})
    sh.put(2 + 7, 5, "司法所统一统计")
    sh.put(r + 1, 0, FOOT)
    save("batch1/黄陵街道2026年5月民情诉求受理办结情况.xlsx", [sh], "openpyxl",
         ["street_file", "total_row", "slash_marker", "remark_column"], (2026, 6, 2, 9, 30))
