"""Community files, part 2: 2026-01 … 2026-04 (春节, 军坡节, 三月三, 候鸟 leaving)."""
import datetime

from hk_comm import MINSHENG, PINGAN, rows
from hk_grid import Sheet, val
from hk_world import BY_SHORT
from hk_writers import save


def bingang_jan(W):
    code, m = BY_SHORT["滨港"], "2026-01"
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 7, "滨港社区2026年1月工作报表")
    sh.merge(1, 0, 1, 3, "一、民生服务")
    sh.merge(1, 4, 1, 7, "二、平安与党建")
    sh.row(2, 0, ["序号", "项目", "单位", "数量", "序号", "项目", "单位", "数量"])
    a = rows(sh, 3, 0, code, m, MINSHENG[:3] + MINSHENG[5:12], styles={"dibao_payout_yuan": "k"})
    b = rows(sh, 3, 4, code, m, PINGAN + ["floating_population"], out=["houniao"],
             styles={"security_cases": "wu"})
    sh.merge(max(a, b) + 1, 0, max(a, b) + 1, 7, "备注：1月为候鸟人员高峰，流动人口含候鸟老人。填表人：冯　0898-66218063")
    save("batch1/滨港社区2026年1月工作报表.ods", [sh], "odfpy",
         ["community_file", "two_tables_side_by_side", "thousands_text", "houniao_outside_row"], (2026, 2, 3, 10, 0))


def yuhe_jan(W):
    code, m = BY_SHORT["玉河"], "2026-01"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "玉河社区2026年1月份月报")
    sh.row(1, 0, ["项目", "单位", "本月", "备注"])
    inds = ["petitions_received", "petitions_resolved", "jobs_created", "people_employed", "micro_loans_yuan",
            "dibao_households", "dibao_persons", "dibao_payout_yuan", "people_assisted", "goods_distributed",
            "cultural_activities", "volunteers", "volunteer_person_times", "residents"]
    labels = {"micro_loans_yuan": ("创业担保贷款※", ""), "dibao_payout_yuan": ("低保资金※", "")}
    r = 2
    for ind in inds:
        if ind in labels:
            sh.row(r, 0, list(labels[ind]))
            val(sh, r, 2, code, m, ind, div=10000, fmt="0.00")
            r += 1
        else:
            r = rows(sh, r, 0, code, m, [ind], seq=False, styles={"residents": "k"})
    sh.merge(r, 0, r, 3, "※金额单位：万元")
    sh.merge(r + 1, 0, r + 1, 3, "春节前走访慰问困难群众、发放米油慰问品。玉河社区　2026.2.2")
    save("batch1/玉河社区2026年1月份月报.xlsx", [sh], "openpyxl",
         ["community_file", "footnote_mark_unit_wan_yuan", "empty_unit_cells"], (2026, 2, 2, 9, 20))


def bazao_feb(W):
    code, m = BY_SHORT["八灶"], "2026-02"
    sh = Sheet("报表")
    sh.merge(0, 0, 0, 3, "八灶社区工作报表（春节）")
    sh.put(1, 0, "报表月份")
    sh.put(1, 1, datetime.datetime(2026, 2, 1), "mmm-yy")
    sh.row(2, 0, ["工作事项", "单位", "完成数", "备注"])
    r = rows(sh, 3, 0, code, m, MINSHENG + ["volunteer_person_times", "patrol_members"], seq=False,
             out=["shuangchuang"], notes={"people_assisted": "春节走访", "cultural_activities": "迎春游园、元宵灯谜"})
    sh.merge(r + 1, 0, r + 1, 3, "八灶社区居委会　填表：邢小玲")
    save("batch1/八灶社区2月工作报表（春节）.xlsx", [sh], "xlsxwriter",
         ["community_file", "period_only_as_date_cell_mmm_yy", "no_year_in_name_or_title", "outside_rows"],
         (2026, 3, 3, 9, 0))


def yanzao1_feb(W):
    code, m = BY_SHORT["盐灶一"], "2026-02"
    p = W.prev(m)
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 4, "盐灶一社区2026年2月工作月报")
    sh.row(1, 0, ["项目", "单位", "本月", "上月", "备注"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "people_employed",
            "dibao_households", "dibao_persons", "people_assisted", "goods_distributed", "cultural_activities",
            "patrol_members", "informants", "security_cases", "party_members"]
    r = rows(sh, 2, 0, code, m, inds, seq=False)
    for i, ind in enumerate(inds):
        val(sh, 2 + i, 3, code, p, ind, role="prevmonth")
    sh.merge(r, 0, r, 4, "盐灶一社区　2026年3月2日")
    save("batch1/盐灶一社区2026年2月工作月报.xlsx", [sh], "openpyxl",
         ["community_file", "this_month_and_last_month"], (2026, 3, 2, 14, 0))


def binhai_mar(W):
    code, m = BY_SHORT["滨海"], "2026-03"
    sh = Sheet("数据")
    sh.merge(0, 0, 0, 3, "滨海社区工作数据")
    sh.merge(1, 0, 1, 3, "统计月份：2026年3月　　　填报单位：滨海街道滨海社区居委会")
    sh.row(2, 0, ["指标", "单位", "数值", "备注"])
    r = rows(sh, 3, 0, code, m, MINSHENG + PINGAN + ["staff"], seq=False,
             styles={"goods_distributed": "slash", "volunteer_person_times": "yu"},
             notes={"cultural_activities": "军坡节期间", "goods_distributed": "本月未发放"}, out=["jishui"])
    sh.merge(r, 0, r, 3, "注：“三月三”筹备工作已启动。")
    save("batch1/滨海社区2026年3月工作数据.xls", [sh], "xlwt",
         ["community_file", "period_line", "street_name_is_community_name", "slash_missing"], (2026, 4, 3, 10, 0))


def xincun_mar(W):
    code, m = BY_SHORT["滨海新村"], "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 5, "滨海新村社区2026年3月工作报表")
    sh.row(1, 0, ["项目（单位）", "数量", "项目（单位）", "数量", "项目（单位）", "数量"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
            "people_employed", "training_sessions", "dibao_households", "dibao_persons", "free_health_checks",
            "people_assisted", "cultural_activities", "lectures_held", "volunteers", "volunteer_person_times",
            "informants", "security_cases", "households"]
    from hk_comm import L
    for i, ind in enumerate(inds):
        r, c = 2 + i // 3, 2 * (i % 3)
        lab, unit = L[ind]
        sh.put(r, c, f"{lab.replace('其中：', '')}（{unit}）")
        val(sh, r, c + 1, code, m, ind)
    sh.merge(9, 0, 9, 5, "学雷锋月开展“双创”志愿服务；填报：滨海新村社区　2026年4月1日")
    save("batch1/滨海新村社区2026年3月工作报表.ods", [sh], "odfpy",
         ["community_file", "three_label_value_pairs_per_row", "units_in_label_brackets"], (2026, 4, 1, 16, 0))


LHZ_MAR = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "people_employed",
           "dibao_households", "dibao_persons", "free_health_checks", "cultural_activities", "lectures_held",
           "volunteer_person_times", "party_members"]


def longhuazhong_mar(W, revised=False):
    code, m = BY_SHORT["龙华中"], "2026-03"
    sh = Sheet("报告")
    sh.merge(0, 0, 0, 3, "龙华中社区2026年3月份工作报告" + ("（修订版）" if revised else ""))
    sh.merge(1, 0, 1, 3, "滨海街道办事处：")
    sh.merge(2, 0, 2, 3, "　　现将我社区3月份主要工作完成情况报告如下：")
    sh.row(3, 0, ["序号", "事项", "单位", "完成情况"])
    r = rows(sh, 4, 0, code, m, LHZ_MAR, styles={"cultural_activities": "u", "volunteer_person_times": "yu"})
    sh.merge(r, 0, r, 3, "　　下月计划：“三月三”期间预计开展文体活动8场，组织健康体检120人左右。")
    if revised:
        sh.merge(r + 1, 0, r + 1, 3, "　　说明：第2项、第9项数据经核实有修订，以本版为准。")
    sh.merge(r + 2, 2, r + 2, 3, "龙华中社区居委会")
    sh.merge(r + 3, 2, r + 3, 3, "2026年4月9日" if revised else "2026年4月2日")
    return sh


def taihua_mar(W):
    code, m = BY_SHORT["泰华"], "2026-03"
    sh = Sheet("th")
    sh.put(0, 0, "泰华社区2026年3月报表")
    sh.row(1, 0, ["指标", "单位", "本月", "本年累计"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
            "people_employed", "training_sessions", "free_health_checks", "people_assisted", "goods_distributed",
            "cultural_activities", "lectures_held", "volunteer_person_times"]
    r = rows(sh, 2, 0, code, m, inds, seq=False, styles={i: "t" for i in inds})
    for i, ind in enumerate(inds):
        sh.put(2 + i, 3, str(sum(W.v[(code, f"2026-{k:02d}", ind)] for k in (1, 2, 3))))
    r = rows(sh, r, 0, code, m, ["volunteers", "party_members", "households", "residents"], seq=False,
             styles={"volunteers": "t", "party_members": "t", "households": "t", "residents": "t"})
    sh.put(r, 0, "注：本年累计为1-3月合计；常住户数、人口为月末数")
    save("batch1/泰华社区2026年3月报表.csv", [sh], "csv-utf8",
         ["community_file", "csv_utf8_no_bom", "ytd_column", "stocks_below_flows"], (2026, 4, 2, 17, 30))


def yanzao2_apr(W):
    code, m = BY_SHORT["盐灶二"], "2026-04"
    sh = Sheet("4月")
    sh.merge(0, 0, 0, 3, "盐灶二社区2026年4月工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "数量"])
    r = rows(sh, 2, 0, code, m, MINSHENG + ["volunteers", "volunteer_person_times", "floating_population"],
             styles={"free_health_checks": "yue", "volunteer_person_times": "zy", "floating_population": "yue",
                     "micro_loans_yuan": "zanwu"}, out=["houniao"])
    pe = W.v[(code, m, "people_employed")]
    sh.put(2 + MINSHENG.index("people_employed"), 3, f"原{pe + 1}，改为{pe}")
    sh.merge(r, 0, r, 3, "说明：候鸟老人4月基本离琼；三月三游园活动计入文体活动。")
    save("batch1/盐灶二社区2026年4月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "in_cell_correction_yuan_gaiwei", "approx_words", "zanwu_missing"], (2026, 5, 6, 9, 0))


def yuhe_apr(W):
    code, m = BY_SHORT["玉河"], "2026-04"
    sh = Sheet("4月")
    sh.merge(0, 0, 0, 2, "玉河社区2026年4月工作报表")
    sh.row(1, 0, ["序号", "工作内容", "完成情况"])
    inds = MINSHENG[:6] + ["dibao_households", "dibao_persons", "free_health_checks", "people_assisted",
                           "cultural_activities", "lectures_held", "security_cases", "volunteer_person_times"]
    r = rows(sh, 2, 0, code, m, inds, col_unit=False, styles={i: "u" for i in inds} | {"security_cases": "cn"})
    sh.merge(r, 0, r, 2, "玉河社区　2026年5月5日")
    save("batch1/玉河社区2026年4月工作报表.ods", [sh], "odfpy",
         ["community_file", "units_glued", "cn_small_numerals"], (2026, 5, 5, 11, 0))


def bingang_apr(W):
    code, m = BY_SHORT["滨港"], "2026-04"
    p = W.prev(m)
    sh = Sheet("4月")
    sh.merge(0, 0, 0, 4, "滨港社区2026年4月工作数据")
    sh.row(1, 0, ["项目", "单位", "3月（备查）", "4月", "备注"])
    inds = MINSHENG[:3] + ["jobs_created", "people_employed", "free_health_checks", "people_assisted",
                           "cultural_activities", "volunteer_person_times", "floating_population"]
    from hk_comm import L
    for i, ind in enumerate(inds):
        r = 2 + i
        sh.row(r, 0, list(L[ind]))
        val(sh, r, 2, code, p, ind, role="prevmonth")   # the clerk's copy of March, column hidden
        val(sh, r, 3, code, m, ind)
    sh.put(2 + inds.index("floating_population"), 4, "候鸟离琼，流动人口回落")
    sh.hidden_cols = {2}
    r = 2 + len(inds)
    sh.merge(r, 0, r, 4, "滨港社区居委会　2026年5月6日")
    save("batch1/滨港社区2026年4月工作数据.xlsx", [sh], "xlsxwriter",
         ["community_file", "hidden_last_month_column"], (2026, 5, 6, 15, 0))


def yanzao3_febmar(W):
    code = BY_SHORT["盐灶三"]
    sh = Sheet("2-3月")
    sh.merge(0, 0, 0, 5, "盐灶三社区2026年2月、3月工作报表")
    sh.row(1, 0, ["项目", "单位", "2月", "3月", "2-3月合计", "备注"])
    inds = ["petitions_received", "petitions_resolved", "jobs_created", "people_employed", "dibao_households",
            "dibao_persons", "people_assisted", "goods_distributed", "cultural_activities", "lectures_held",
            "volunteer_person_times"]
    from hk_comm import L
    for i, ind in enumerate(inds):
        r = 2 + i
        sh.row(r, 0, list(L[ind]))
        val(sh, r, 2, code, "2026-02", ind)
        val(sh, r, 3, code, "2026-03", ind)
        if ind not in ("dibao_households", "dibao_persons"):
            sh.put(r, 4, W.v[(code, "2026-02", ind)] + W.v[(code, "2026-03", ind)])
    sh.put(2 + len(inds), 0, "注：2月报表因春节假期未单独报送，与3月合并报送。")
    save("batch1/盐灶三社区2026年2月3月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "two_months_side_by_side", "two_month_total_column"], (2026, 4, 3, 8, 30))


def build(W):
    bingang_jan(W)
    yuhe_jan(W)
    bazao_feb(W)
    yanzao1_feb(W)
    binhai_mar(W)
    xincun_mar(W)
    save("batch1/龙华中社区2026年3月份工作报告.xlsx", [longhuazhong_mar(W)], "openpyxl",
         ["community_file", "report_layout", "forecast_line_not_value", "district_name_in_community_name"],
         (2026, 4, 2, 10, 0))
    taihua_mar(W)
    yanzao2_apr(W)
    yuhe_apr(W)
    bingang_apr(W)
    yanzao3_febmar(W)
