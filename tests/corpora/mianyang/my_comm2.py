"""Community files, part 2: months across with a year band, offset tables, a village quarter sheet, a long CSV."""
from my_comm import CI, LAB, vform
from my_grid import Formula, Sheet, qval, val
from my_world import BY_SHORT, PERIOD
from my_writers import save


def build(W):
    # C2 花园第二 2025-09 … 2026-03: months across under a merged 2025年 / 2026年 band
    code = BY_SHORT["花园第二"]
    sh = Sheet("月度汇总")
    sh.merge(0, 0, 0, 9, "花园第二社区月度数据汇总（9月—次年3月）")
    sh.merge(1, 0, 2, 0, "指标")
    sh.merge(1, 1, 2, 1, "单位")
    sh.merge(1, 2, 1, 5, "2025年")
    sh.merge(1, 6, 1, 8, "2026年")
    for j, m in enumerate(PERIOD):
        sh.put(2, 2 + j, f"{int(m[5:])}月")
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "cultural_activities",
            "volunteer_person_times", "households", "residents"]
    for i, ind in enumerate(inds):
        sh.row(3 + i, 0, list(LAB[ind]))
        for j, m in enumerate(PERIOD):
            val(sh, 3 + i, 2 + j, code, m, ind)
    save("batch1/花园第二社区2025年9月-2026年3月月度数据汇总.xlsx", [sh], "xlsxwriter",
         ["community_file", "months_across", "merged_year_band_over_months"], (2026, 4, 2, 17))

    # C11 新庙 2026-01: table starts at F8, a notice block at A1; text decimals 「38.0」 from a phone app
    m, code = "2026-01", BY_SHORT["新庙"]
    sh = Sheet("数据")
    sh.put(0, 0, "新庙社区（2026年1月）")
    sh.put(1, 0, "说明：数据由“绵州通”手机端导出后粘贴")
    sh.put(2, 0, "数据口径：月末时点/本月发生")
    inds = ["petitions_received", "petitions_resolved", "free_health_checks", "people_assisted", "goods_distributed",
            "households", "residents", "floating_population"]
    vform(W, sh, 7, 5, code, m, inds, style={i: "dot0" for i in inds})
    save("batch1/新庙社区2026年1月数据.xlsx", [sh], "openpyxl",
         ["community_file", "table_offset_F8", "text_decimal_dot0", "notes_block_top_left"], (2026, 2, 3, 11))

    # C12 白土村 2025-10 … 12 with a 四季度合计 formula column (quarter truth)
    code = BY_SHORT["白土"]
    sh = Sheet("四季度")
    sh.merge(0, 0, 0, 5, "城郊街道白土村2025年第四季度村务工作统计")
    sh.row(1, 0, ["项目", "单位", "10月", "11月", "12月", "四季度合计"])
    ms = ["2025-10", "2025-11", "2025-12"]
    for i, ind in enumerate(["petitions_received", "petitions_resolved", "people_assisted", "goods_distributed",
                             "households", "residents"]):
        r = 2 + i
        sh.row(r, 0, list(LAB[ind]))
        for j, m in enumerate(ms):
            val(sh, r, 2 + j, code, m, ind)
        if ind in ("households", "residents"):
            sh.put(r, 5, "—")
        else:
            qval(sh, r, 5, code, "2025-Q4", ind, formula=f"=SUM(C{r + 1}:E{r + 1})")
    sh.put(9, 0, "注：户数、人口为各月末数，不合计。")
    save("batch1/白土村2025年第四季度村务工作统计.xlsx", [sh], "xlsxwriter",
         ["village_file", "months_across", "quarter_sum_formula_column", "stock_not_summed_dash"], (2026, 1, 8, 10))

    # C13 下龙溪村 2026-02: a long CSV (UTF-8 with BOM): 统计月份, 指标名称, 计量单位, 数值
    m, code = "2026-02", BY_SHORT["下龙溪"]
    sh = Sheet("csv")
    sh.row(0, 0, ["村（社区）", "统计月份", "指标名称", "计量单位", "数值"])
    for i, ind in enumerate(["petitions_received", "petitions_resolved", "people_assisted", "goods_distributed",
                             "cultural_activities", "households", "residents"]):
        sh.row(1 + i, 0, ["下龙溪村", "2026年02月", LAB[ind][0], LAB[ind][1]])
        val(sh, 1 + i, 4, code, m, ind)
    save("batch1/下龙溪村202602.csv", [sh], "csv-utf8bom",
         ["village_file", "long_format_rows", "yyyymm_file_name", "zero_padded_cn_month"], (2026, 3, 5, 9))

    # C14 城郊 2026-03: 本月 + 上月 + 环比 text, 院地共建 title
    m, code = "2026-03", BY_SHORT["城郊"]
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 5, "城郊社区2026年3月“院地共建”工作数据")
    end = vform(W, sh, 1, 0, code, m, CI, cols=("本月", "上月"))
    sh.put(1, 5, "环比")
    for i, ind in enumerate(CI):
        a, b = W.v[(code, m, ind)], W.v[(code, "2026-02", ind)]
        sh.put(2 + i, 5, f"{(a - b) / b * 100:+.1f}%" if b else "—")
    sh.put(end + 1, 0, "学雷锋月：与九院离退休党支部联合开展志愿服务")
    save("batch1/城郊社区2026年3月院地共建工作数据.xlsx", [sh], "xlsxwriter",
         ["community_file", "prev_month_column", "mom_percent_text_column"], (2026, 4, 2, 9))

    # C15 三里 2026-02: note rows 「▲…」 between the figures
    m, code = "2026-02", BY_SHORT["三里"]
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 3, "三里社区2026年2月（春节月）工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "本月"])
    r = 2
    notes = {"people_assisted": "▲正月初一游喜神方，社区设服务点3处", "cultural_activities": "▲坝坝宴、川剧坐唱进院落"}
    for i, ind in enumerate(CI):
        sh.row(r, 0, [i + 1] + list(LAB[ind]))
        val(sh, r, 3, code, m, ind)
        r += 1
        if ind in notes:
            sh.merge(r, 0, r, 3, notes[ind])
            r += 1
    save("batch1/三里社区2026年2月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "note_rows_between_figures"], (2026, 3, 3, 10))

    # C16 花园第一 2026-03: 「上月（2月）」 and 「本月（3月）」 side by side
    m, code = "2026-03", BY_SHORT["花园第一"]
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "花园1社区2026年3月工作统计表")
    sh.row(1, 0, ["序号", "项目", "单位", "上月（2月）", "本月（3月）"])
    for i, ind in enumerate(CI):
        sh.row(2 + i, 0, [i + 1] + list(LAB[ind]))
        val(sh, 2 + i, 3, code, "2026-02", ind, role="prevmonth")
        val(sh, 2 + i, 4, code, m, ind)
    save("batch1/花园1社区2026年3月工作统计表.xlsx", [sh], "openpyxl",
         ["community_file", "arabic_ordinal_name", "prev_month_left_of_current"], (2026, 4, 1, 16))

    # C19 南河 2026-01: a merged 类别 column down the side
    m, code = "2026-01", BY_SHORT["南河"]
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 4, "南河社区2026年1月份工作报表")
    sh.row(1, 0, ["类别", "项目", "单位", "本月", "说明"])
    groups = [("民情", CI[0:4]), ("服务", CI[4:9]), ("底数", CI[9:])]
    r = 2
    for g, inds in groups:
        sh.merge(r, 0, r + len(inds) - 1, 0, g)
        for ind in inds:
            sh.row(r, 1, list(LAB[ind]))
            val(sh, r, 3, code, m, ind)
            r += 1
    sh.put(2, 4, "含元旦前后燃气、漏水诉求")
    save("batch1/南河社区2026年1月份工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "merged_category_column"], (2026, 2, 2, 9))
    Formula  # noqa: B018
