"""The street office's departments: 民政 (two-row communities), 平安 (transposed, table parked at D7 under a
long 说明), 志愿/党建 (ods, two sheets), 就业 (GBK CSV, 万元 loans, 累计), 民情 (元月, 上月 column, formula rate),
基础信息 (BOM CSV, period only as 202602 and 「2月底」), 为老+文化 (two tables side by side), 低保金 Q4 (months + 季度合计)."""
from yc_grid import Formula, Sheet, miss, prior, qval, val
from yc_world import COMMS, SHORT
from yc_writers import save

ST = "西陵街道"


def s1_minzheng(W):
    m = "2025-09"
    sh = Sheet("9月低保")
    sh.merge(0, 0, 0, 5, "西陵区西陵街道2025年9月城市低保对象统计表")
    sh.put(1, 0, "报送科室：社会事务办（民政）")
    sh.put(1, 4, "单位：户、人、元")
    sh.row(2, 0, ["社区", "项目", "本月", "上月", "增减", "当月发放金额"])
    r = 3
    for code, short, _ in COMMS:
        sh.merge(r, 0, r + 1, 0, short)
        sh.put(r, 1, "户数")
        sh.put(r + 1, 1, "人数")
        for k, ind in ((0, "dibao_households"), (1, "dibao_persons")):
            val(sh, r + k, 2, code, m, ind)
            prior_month(sh, r + k, 3, W, code, m, ind)
            sh.put(r + k, 4, W.v[(code, m, ind)] - W.v[(code, W.prev(m), ind)])
        sh.merge(r, 5, r + 1, 5)
        val(sh, r, 5, code, m, "dibao_payout_yuan")
        r += 2
    sh.put(r, 0, "注：「增减」为本月减上月；发放金额含分类施保加发部分。")
    save("batch1/西陵街道2025年9月城市低保对象统计表.xlsx", [sh], "openpyxl",
         ["street_file", "community_spans_two_rows", "item_column_hushu_renshu", "prev_month_column", "diff_column",
          "merged_amount_over_two_rows", "unit_list_top_right"], (2025, 10, 9, 10, 0))


def prior_month(sh, r, c, W, code, m, ind):
    """A 上月 figure: kept as a 'prevmonth' record (duplicate when the month is held elsewhere, else ignored)."""
    pm = W.prev(m)
    v = W.v[(code, pm, ind)]
    sh.put(r, c, v)
    sh.rec(r, c, ("truth", (code, pm, ind), v, "prevmonth"))


NAMES_PA = {"石板溪": "石版溪", "刘家大堰": "刘家大堰", "土城路": "土城路"}


def s2_pingan(W):
    m = "2025-10"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 8, "说明：1.巡逻队员含“红袖标”志愿巡逻队；2.平安信息员以街道综治中心备案为准；3.治安案件数由西陵派出所、"
                         "铁路坝派出所提供，不含交通事故。请各社区于每月5日前核对。")
    sh.merge(2, 3, 2, 16, "西陵街道平安建设工作情况月报（2025.10）")
    sh.put(4, 3, "项目＼社区")
    for j, (code, short, _) in enumerate(COMMS):
        sh.put(4, 4 + j, NAMES_PA.get(short, short))
    sh.put(4, 16, "合计")
    rows = [("群防群治巡逻队员（人）", "patrol_members"), ("平安信息员（名）", "informants"), ("治安案件（起）", "security_cases")]
    for i, (lab, ind) in enumerate(rows):
        r = 5 + i
        sh.put(r, 3, lab)
        for j, (code, short, _) in enumerate(COMMS):
            if ind == "security_cases" and short == "船柴":
                miss(sh, r, 4 + j, code, m, ind, "派出所未反馈")
            else:
                val(sh, r, 4 + j, code, m, ind)
        sh.put(r, 16, sum(W.v[(c, m, ind)] for c, s, _ in COMMS if not (ind == "security_cases" and s == "船柴")))
    sh.put(9, 3, "附：上年同期治安案件（起）")
    for j, (code, short, _) in enumerate(COMMS):
        prior(sh, 9, 4 + j, code, m, "security_cases")
    sh.put(11, 3, "综治办　2025年11月4日")
    save("batch1/西陵街道平安建设月报（2025.10）.xls", [sh], "xlwt",
         ["street_file", "transposed_communities_across", "long_note_above_table", "table_parked_at_D", "typo_community",
          "period_dotted_in_brackets", "text_missing_marker", "prior_year_row_below", "total_column"],
         (2025, 11, 4, 15, 0))


def s3_zhiyuan(W):
    m = "2025-11"
    a = Sheet("志愿服务")
    a.merge(0, 0, 0, 3, "“红帆西陵”志愿服务统计（2025年11月）")
    a.row(1, 0, ["社区名称", "注册志愿者", "服务人次", "备注"])
    a.row(2, 0, ["", "人", "人次", ""])
    for i, (code, short, _) in enumerate(COMMS):
        r = 3 + i
        a.put(r, 0, f"{short}社区居民委员会")
        val(a, r, 1, code, m, "volunteers", style="t" if i % 3 == 0 else "n")
        val(a, r, 2, code, m, "volunteer_person_times")
        if short == "大学路":
            a.put(r, 3, "含三峡大学青年志愿者")
    b = Sheet("党建")
    b.merge(0, 0, 0, 2, "11月 党员及结对情况")
    b.row(1, 0, ["社区", "在册党员", "结对帮扶"])
    for i, (code, short, _) in enumerate(COMMS):
        r = 2 + i
        b.put(r, 0, short)
        val(b, r, 1, code, m, "party_members", style="u", unit="名")
        val(b, r, 2, code, m, "pairings", style="u", unit="对")
    save("batch1/2025年11月西陵街道红帆西陵志愿服务和党建统计.ods", [a, b], "odfpy",
         ["street_file", "unit_row_under_header", "two_sheets_two_topics", "month_only_in_second_sheet_title",
          "text_numbers", "units_glued_ming_dui", "remark_column"], (2025, 12, 3, 9, 30))


def s4_jiuye(W):
    m = "2025-12"
    sh = Sheet("jy")
    sh.put(0, 0, "西陵街道2025年12月就业创业工作统计")
    sh.row(1, 0, ["社区", "新增就业岗位", "其中：公益性岗位", "实现就业", "1-12月累计就业", "零就业家庭（户）",
                  "创业担保贷款/万元", "技能培训/场"])
    tot = [0] * 7
    for i, (code, short, _) in enumerate(COMMS):
        r = 2 + i
        sh.put(r, 0, short + "社区")
        val(sh, r, 1, code, m, "jobs_created", style="u", unit="个")
        val(sh, r, 2, code, m, "public_welfare_jobs")
        val(sh, r, 3, code, m, "people_employed")
        sh.put(r, 4, sum(W.v[(code, f"2025-{k:02d}", "people_employed")] for k in range(1, 13)))
        val(sh, r, 5, code, m, "zero_employment_households")
        val(sh, r, 6, code, m, "micro_loans_yuan", style="t", div=10000)
        val(sh, r, 7, code, m, "training_sessions", style="wu")
    sh.put(14, 0, "街道合计")
    sh.put(14, 1, sum(W.v[(c, m, "jobs_created")] for c, _, _ in COMMS))
    sh.put(15, 0, "制表：就业保障服务中心　审核：　　2026年1月6日")
    save("batch1/西陵街道2025年12月就业创业统计.csv", [sh], "csv-gbk",
         ["street_file", "csv_gbk_wps", "wan_yuan_slash_header", "ytd_column_1_12", "qizhong_column", "wu_for_zero",
          "units_glued", "total_row"], (2026, 1, 6, 11, 0))


def s5_minqing(W, batch="batch1", corrected=False):
    m = "2026-01"
    sh = Sheet("元月")
    title = "西陵街道2026年元月民情诉求办理台账" + ("（更正版）" if corrected else "")
    sh.merge(0, 0, 0, 6, title)
    sh.row(1, 0, ["序", "社区", "上月受理（件）", "本月受理（件）", "本月办结（件）", "办结率", "调处纠纷（起）"])
    for i, (code, short, _) in enumerate(COMMS):
        r = 2 + i
        sh.row(r, 0, [i + 1, short])
        prior_month(sh, r, 2, W, code, m, "petitions_received")
        val(sh, r, 3, code, m, "petitions_received")
        val(sh, r, 4, code, m, "petitions_resolved")
        rec = W.v[(code, m, "petitions_received")] if batch == "batch2" or (code, m, "petitions_received") not in W.old \
            else W.old[(code, m, "petitions_received")]
        res = W.v[(code, m, "petitions_resolved")] if batch == "batch2" or (code, m, "petitions_resolved") not in W.old \
            else W.old[(code, m, "petitions_resolved")]
        sh.put(r, 5, Formula(f"=IF(D{r + 1}=0,\"\",E{r + 1}/D{r + 1})", round(res / rec, 4) if rec else ""), "0.0%")
        val(sh, r, 6, code, m, "disputes_mediated")
    sh.put(15, 1, "备注：12345热线转办件已并入本月受理数。" + ("大学路社区原报数漏计网格员走访收集诉求5件，已更正。" if corrected else ""))
    feats = ["street_file", "yuanyue_for_january", "sheet_named_yuanyue", "prev_month_column", "formula_rate_percent"]
    if corrected:
        feats += ["correction_full_resend", "gengzhengban_in_name"]
    save(f"{batch}/{title}.xlsx", [sh], "xlsxwriter", feats, (2026, 2, 5, 9, 0) if not corrected else (2026, 2, 12, 9, 0))


def s6_jichu(W):
    m = "2026-02"
    sh = Sheet("jc")
    sh.put(0, 0, "社区基础信息表")
    sh.put(1, 0, "统计时点：2026年2月底")
    sh.row(2, 0, ["社区", "常住户数（户）", "常住人口（人）", "流动人口（人）", "社工（人）"])
    for i, (code, short, _) in enumerate(COMMS):
        r = 3 + i
        sh.put(r, 0, short)
        val(sh, r, 1, code, m, "households", style="k")
        val(sh, r, 2, code, m, "residents", style="k")
        val(sh, r, 3, code, m, "floating_population")
        val(sh, r, 4, code, m, "staff", style="cj")
    save("batch1/西陵街道社区基础信息表_202602.csv", [sh], "csv-utf8bom",
         ["street_file", "csv_utf8_bom", "period_yyyymm_in_name", "yuedi_month_end", "thousands_commas_quoted",
          "ji_prefix_number"], (2026, 3, 4, 16, 0))


def s7_weilao(W):
    m = "2026-03"
    sh = Sheet("2026.3")
    sh.merge(0, 0, 0, 3, "一、为老助残服务（3月）")
    sh.row(1, 0, ["社区", "免费体检", "走访慰问", "慰问物资"])
    sh.row(2, 0, ["", "（人）", "（人）", "（件）"])
    for i, (code, short, _) in enumerate(COMMS):
        sh.put(3 + i, 0, short)
        val(sh, 3 + i, 1, code, m, "free_health_checks")
        val(sh, 3 + i, 2, code, m, "people_assisted")
        val(sh, 3 + i, 3, code, m, "goods_distributed")
    sh.merge(0, 6, 0, 8, "二、文化活动（3月）")
    sh.row(1, 6, ["社区", "文体活动场次", "宣讲（次）"])
    order = sorted(COMMS, key=lambda x: x[0], reverse=True)
    for i, (code, short, _) in enumerate(order):
        sh.put(3 + i, 6, short)
        val(sh, 3 + i, 7, code, m, "cultural_activities", style="u", unit="场")
        val(sh, 3 + i, 8, code, m, "lectures_held")
    sh.put(16, 0, "3月含“学雷锋月”及清明前“峡州孝老”走访。西陵街道社会事务办，2026年4月3日")
    save("batch1/西陵街道2026年3月为老服务和文化活动情况.xlsx", [sh], "openpyxl",
         ["street_file", "two_tables_side_by_side", "second_table_other_order", "units_in_own_row_brackets",
          "sheet_named_2026_dot_3", "numbered_table_titles"], (2026, 4, 3, 10, 0))


def s8_dibaojin(W):
    sh = Sheet("四季度")
    sh.merge(0, 0, 0, 5, "西陵街道2025年第四季度城市低保金发放汇总（单位：元）")
    sh.row(1, 0, ["编号", "10月", "11月", "12月", "季度合计", "备注"])
    for i, (code, short, _) in enumerate(COMMS):
        r = 2 + i
        sh.put(r, 0, f"XL-{code[-3:]}")
        for k, m in enumerate(["2025-10", "2025-11", "2025-12"]):
            val(sh, r, 1 + k, code, m, "dibao_payout_yuan")
        qval(sh, r, 4, code, "2025-Q4", "dibao_payout_yuan")
    legend = "　".join(f"XL-{c[-3:]} {s}" for c, s, _ in COMMS)
    sh.merge(15, 0, 15, 5, "编号对照（低保系统社区编号）：" + legend)
    save("batch1/西陵街道2025年第四季度城市低保金发放汇总.xls", [sh], "xlwt",
         ["street_file", "communities_by_system_number_only", "legend_row_maps_numbers_to_names", "months_as_columns",
          "quarter_total_column", "unit_in_title"], (2026, 1, 8, 9, 0))


def build(W):
    s1_minzheng(W)
    s2_pingan(W)
    s3_zhiyuan(W)
    s4_jiuye(W)
    s5_minqing(W)
    s6_jichu(W)
    s7_weilao(W)
    s8_dibaojin(W)
