"""Community returns of 2025-12 … 2026-03 (and the 凤凰花园 sheet its batch2 resend reuses)."""
import nj_comm
from nj_comm import LAB, down
from nj_grid import Sheet, qval, val
from nj_street2 import instructions
from nj_table import seeded
from nj_world import BY_SHORT, FLOWS
from nj_writers import save


def huayuan_sheet(W, note=None):
    """凤凰花园 2026年1月: 办结率 and 就业任务完成进度 as percent-formatted numbers, 是否达标 是/否, beside the figures."""
    code, m = BY_SHORT["凤凰花园"], "2026-01"
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 6, "凤凰花园社区2026年1月工作数据")
    sh.row(1, 0, ["序号", "工作内容", "单位", "1月完成", "完成率/占比", "是否达标", "备注"])
    rows = [("petitions_received", None), ("petitions_resolved", ("petitions_resolved", "petitions_received")),
            ("disputes_mediated", None), ("jobs_created", None), ("public_welfare_jobs", ("public_welfare_jobs", "jobs_created")),
            ("people_employed", None), ("people_assisted", None), ("goods_distributed", None),
            ("cultural_activities", None), ("security_cases", None), ("volunteers", None), ("residents", None)]
    for i, (ind, rate) in enumerate(rows):
        r = 2 + i
        lab, unit = LAB[ind]
        sh.row(r, 0, [i + 1, lab, unit])
        val(sh, r, 3, code, m, ind)
        if rate:
            a, b = W.v[(code, m, rate[0])], W.v[(code, m, rate[1])]
            sh.put(r, 4, round(a / b, 4) if b else 0, "0.0%")
            sh.put(r, 5, ("是" if a / b >= 0.9 else "否") if ind == "petitions_resolved" else "—")
        elif ind == "volunteers":
            sh.put(r, 4, round(W.v[(code, m, "volunteers")] / W.v[(code, m, "residents")], 4), "0.00%")
            sh.put(r, 5, "是")
    sh.put(14, 0, note or "填报人：钱晓燕　2026年2月5日（春节前报送）")
    return sh


def huayuan_jan(W):
    save("batch1/凤凰花园社区2026年1月工作数据.xlsx", [huayuan_sheet(W)], "openpyxl",
         ["community_file", "indicators_down", "percent_format_numbers", "yes_no_column", "dash_cells"],
         (2026, 2, 5, 16, 40))


def huayang_csv(W):
    """华阳佳园 2026年1月: the 鼓楼区 社区数据填报系统 export (GBK CSV) — 指标编码, 本月值, 本年累计值 (January: equal), 是否按时填报."""
    code, m = BY_SHORT["华阳佳园"], "2026-01"
    sh = Sheet("csv")
    sh.row(0, 0, ["统计期", "街道", "社区", "指标编码", "指标名称", "计量单位", "本月值", "本年累计值", "是否按时填报"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "people_employed", "jobs_created",
            "micro_loans_yuan", "dibao_households", "dibao_persons", "dibao_payout_yuan", "free_health_checks",
            "people_assisted", "patrol_members", "security_cases", "volunteer_person_times"]
    for i, ind in enumerate(inds):
        r = 1 + i
        lab, unit = LAB[ind]
        sh.row(r, 0, ["2026年01月", "凤凰街道", "华阳佳园社区", f"GL{i + 1:03d}", lab, unit])
        val(sh, r, 6, code, m, ind, style="t")
        sh.put(r, 7, str(W.ytd(code, m, ind)) if ind in FLOWS else "")
        sh.put(r, 8, "是")
    save("batch1/华阳佳园社区_202601_月报导出.csv", [sh], "csv-gbk",
         ["community_file", "long_rows", "indicator_code_column", "month_and_ytd_january", "yes_no_column",
          "period_text_column"], (2026, 2, 3, 10, 5))


def suchengyuan_two(W):
    """苏城苑 2026年1-2月: one workbook, sheets 「1月」 and 「2月」 (春节 in February), 本月 | 1-本月累计."""
    code = BY_SHORT["苏城苑"]
    sheets = []
    inds = ["petitions_received", "petitions_resolved", "people_employed", "jobs_created", "people_assisted",
            "goods_distributed", "cultural_activities", "volunteer_person_times", "party_members", "staff"]
    for m, lab in [("2026-01", "1月"), ("2026-02", "2月")]:
        sh = Sheet(lab)
        sh.merge(0, 0, 0, 5, f"苏城苑社区2026年{lab}工作统计")
        sh.row(1, 0, ["序号", "指标", "单位", "本月", f"1-{lab}累计" if lab != "1月" else "本年累计", "备注"])
        r = down(sh, 2, code, m, inds, ["no", "label", "unit", "m", "ytd"], outside=1)
        if lab == "2月":
            sh.put(6, 5, "春节走访慰问")
        sh.put(r + 1, 0, "苏城苑社区　2026年3月4日" if lab == "2月" else "苏城苑社区　2026年2月4日")
        sheets.append(sh)
    save("batch1/苏城苑社区2026年1-2月工作统计.xlsx", sheets, "openpyxl",
         ["community_file", "two_month_sheets", "indicators_down", "month_and_ytd"], (2026, 3, 4, 9, 0))


def baiyun_feb(W):
    """白云园 2026年2月 (.xls): 有/无 and 是/否 answers among the figures, 治安案件 「无」 when none (not 白云亭 / 白云)."""
    code, m = BY_SHORT["白云园"], "2026-02"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "凤凰街道白云园社区2026年2月份工作报表")
    sh.row(1, 0, ["项目", "单位", "数量", "是否按要求完成", "说明"])
    rows = [("petitions_received", "n"), ("petitions_resolved", "n"), ("disputes_mediated", "n"),
            ("security_cases", "wu"), ("patrol_members", "n"), ("informants", "n"), ("people_assisted", "n"),
            ("goods_distributed", "n"), ("cultural_activities", "n"), ("lectures_held", "n")]
    r = 2
    for ind, st in rows:
        lab, unit = LAB[ind]
        sh.row(r, 0, [lab, unit])
        val(sh, r, 2, code, m, ind, style=st)
        sh.put(r, 3, "是")
        r += 1
    sh.row(r, 0, ["是否发生重大安全事故", "", "无", "是", ""])
    sh.row(r + 1, 0, ["燃放烟花爆竹劝导", "次", seeded(code, m, "yhbz").randint(6, 20), "是", "春节期间"])
    sh.put(r + 3, 0, "白云园社区居委会（盖章）　填报日期：2026.3.3")
    save("batch1/白云园社区2026年2月份工作报表.xls", [sh], "xlwt",
         ["community_file", "indicators_down", "yes_no_column", "wu_for_zero", "near_name_other_street",
          "dotted_date"], (2026, 3, 3, 17, 0))


def lantian_mar(W):
    """蓝天园 2026年3月: numbered sections 一、二、三、 over the rows, 栏次 columns 甲 乙 1 2 3, 本月 | 1-3月累计 |
    全年目标 | 完成进度（%）."""
    code, m = BY_SHORT["蓝天园"], "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 6, "蓝天园社区2026年3月重点工作推进表")
    sh.row(1, 0, ["指标名称", "计量单位", "本月", "1-3月累计", "全年目标", "完成进度（%）", "责任人"])
    sh.row(2, 0, ["甲", "乙", 1, 2, 3, 4, "丙"])
    secs = [("一、民情诉求", ["petitions_received", "petitions_resolved", "disputes_mediated"]),
            ("二、就业创业", ["people_employed", "jobs_created", "public_welfare_jobs", "training_sessions"]),
            ("三、志愿服务（学雷锋月）", ["volunteer_person_times", "volunteers"]),
            ("四、平安建设", ["patrol_members", "security_cases"])]
    r = 3
    for sec, inds in secs:
        sh.merge(r, 0, r, 6, sec)
        r += 1
        for ind in inds:
            lab, unit = LAB[ind]
            sh.row(r, 0, ["　" + lab, unit])
            val(sh, r, 2, code, m, ind)
            if ind in FLOWS and ind != "security_cases":
                y = W.ytd(code, m, ind)
                goal = (y * 4 // 10 + 1) * 10
                sh.row(r, 3, [y, goal, round(100.0 * y / goal, 1)])
            elif ind == "security_cases":
                sh.put(r, 3, W.ytd(code, m, ind))
            sh.put(r, 6, ["李娜", "陈刚", "王静"][r % 3])
            r += 1
    sh.put(r + 1, 0, "注：完成进度=1-3月累计÷全年目标×100。2026年4月3日")
    save("batch1/蓝天园社区2026年3月重点工作推进表.xlsx", [sh], "openpyxl",
         ["community_file", "numbered_sections", "colno_row", "month_and_ytd", "target_and_progress_percent",
          "person_name_column"], (2026, 4, 3, 11, 20))


def xian_csv(W):
    """凤凰熙岸 2026年3月 (UTF-8 BOM CSV): label | 3月 | 1-3月 with units in the label 「受理居民诉求（件）」."""
    code, m = BY_SHORT["凤凰熙岸"], "2026-03"
    sh = Sheet("csv")
    sh.row(0, 0, ["凤凰熙岸社区2026年3月数据"])
    sh.row(1, 0, ["项目", "3月", "1-3月"])
    inds = ["petitions_received", "petitions_resolved", "people_employed", "jobs_created", "people_assisted",
            "cultural_activities", "lectures_held", "volunteer_person_times", "volunteers", "households", "residents",
            "floating_population"]
    for i, ind in enumerate(inds):
        lab, unit = LAB[ind]
        sh.put(2 + i, 0, f"{lab}（{unit}）")
        val(sh, 2 + i, 1, code, m, ind)
        sh.put(2 + i, 2, W.ytd(code, m, ind) if ind in FLOWS else "")
    sh.put(3 + len(inds), 0, "报送人：朱敏 2026-04-02")
    save("batch1/凤凰熙岸社区2026年3月数据.csv", [sh], "csv-utf8bom",
         ["community_file", "units_in_label", "month_and_ytd", "stocks_blank_ytd"], (2026, 4, 2, 18, 0))


def erchun_ledger(W):
    """凤凰二村 2025年9-12月 台账: months across (9月 … 12月), a 合计 column over four months (no quarter), sent in January."""
    code = BY_SHORT["凤凰二村"]
    ms = ["2025-09", "2025-10", "2025-11", "2025-12"]
    sh = Sheet("台账")
    sh.merge(0, 0, 0, 7, "凤凰二村社区2025年9-12月工作台账")
    sh.row(1, 0, ["序号", "指标", "单位", "9月", "10月", "11月", "12月", "合计"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "people_employed", "free_health_checks",
            "people_assisted", "cultural_activities", "volunteer_person_times", "dibao_households", "party_members"]
    for i, ind in enumerate(inds):
        lab, unit = LAB[ind]
        sh.row(2 + i, 0, [i + 1, lab, unit])
        for j, mm in enumerate(ms):
            val(sh, 2 + i, 3 + j, code, mm, ind)
        sh.put(2 + i, 7, sum(W.v[(code, mm, ind)] for mm in ms) if ind in FLOWS else "/")
    sh.put(13, 0, "凤凰二村社区　2026年1月5日")
    save("batch1/凤凰二村社区2025年9-12月工作台账.xlsx", [sh], "xlsxwriter",
         ["community_file", "months_as_columns", "four_month_total_not_quarter", "slash_for_stock_total"],
         (2026, 1, 5, 9, 40))


def lanwan_q1(W):
    """西城岚湾 2026年第一季度 (.xls): 1月 | 2月 | 3月 | 一季度合计 | 一季度目标 | 完成率 | 是否完成."""
    code = BY_SHORT["西城岚湾"]
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, 9, "西城岚湾社区2026年第一季度重点指标完成情况")
    sh.row(1, 0, ["指标", "单位", "1月", "2月", "3月", "一季度合计", "一季度目标", "完成率", "是否完成"])
    inds = ["people_employed", "jobs_created", "public_welfare_jobs", "training_sessions", "free_health_checks",
            "cultural_activities", "lectures_held", "volunteer_person_times"]
    for i, ind in enumerate(inds):
        r = 2 + i
        lab, unit = LAB[ind]
        sh.row(r, 0, [lab, unit])
        for j, mm in enumerate(["2026-01", "2026-02", "2026-03"]):
            val(sh, r, 2 + j, code, mm, ind)
        q = W.quarter(code, "2026-Q1", ind)
        qval(sh, r, 5, code, "2026-Q1", ind)
        goal = max(1, (q * 9 // 10) // 5 * 5) if q >= 10 else max(1, q)
        sh.row(r, 6, [goal, f"{100.0 * q / goal:.0f}%", "是" if q >= goal else "否"])
    sh.put(11, 0, "西城岚湾社区　2026年4月2日")
    save("batch1/西城岚湾社区2026年第一季度重点指标完成情况.xls", [sh], "xlwt",
         ["community_file", "quarterly_form", "months_as_columns", "quarter_column", "target_rate_yes_no"],
         (2026, 4, 2, 15, 0))


def moshou_feb(W):
    """莫愁新寓 2026年2月 (.ods): 本月 | 1-2月累计, 上月 beside (ignore when nobody else reports January)."""
    code, m = BY_SHORT["莫愁新寓"], "2026-02"
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 5, "莫愁新寓社区2026年2月重点工作数据统计表")
    sh.row(1, 0, ["序号", "指标", "单位", "上月", "本月", "1-2月累计"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "people_employed", "jobs_created",
            "people_assisted", "goods_distributed", "cultural_activities", "volunteer_person_times", "volunteers",
            "patrol_members", "dibao_households", "dibao_persons"]
    r = down(sh, 2, code, m, inds, ["no", "label", "unit", "prev", "m", "ytd"], outside=2)
    sh.put(r + 1, 0, "填报人：刘洋　2026年3月3日（元宵节）")
    save("batch1/莫愁新寓社区2026年2月重点工作数据统计表.ods", [sh], "odfpy",
         ["community_file", "indicators_down", "prev_month_column", "month_and_ytd"], (2026, 3, 3, 10, 0))


def fhj_mar(W):
    """凤凰街社区 2026年3月: the template again (填报说明 first) — this time figures typed with units 「36件」."""
    code, m = BY_SHORT["凤凰街"], "2026-03"
    ins = instructions(
        ["1. 本表为凤凰街道社区月度工作统计表，各社区每月5日前报社区建设科。",
         "2. “本月数”填当月发生数；人数类填月末在册数。",
         "3. 示例中的数字仅说明填法。"],
        ["指标", "单位", "本月数"], [["受理居民诉求", "件", 35], ["在册党员", "名", 210]])
    sh = Sheet("月报表")
    sh.merge(0, 0, 0, 4, "凤凰街道凤凰街社区2026年3月工作统计表")
    sh.row(1, 0, ["序号", "指标", "单位", "本月数", "备注"])
    inds = ["petitions_received", "petitions_resolved", "people_employed", "jobs_created", "public_welfare_jobs",
            "volunteer_person_times", "volunteers", "party_members", "pairings", "lectures_held"]
    r = down(sh, 2, code, m, inds, ["no", "label", "unit", "m"], outside=1, num="u")
    sh.put(7, 4, "学雷锋志愿服务月")
    sh.put(r + 1, 0, "报送：凤凰街社区居委会　2026年4月3日")
    save("batch1/凤凰街社区2026年3月工作统计表.xlsx", [ins, sh], "openpyxl",
         ["community_file", "instructions_sheet_first", "example_numbers", "name_is_head_of_street_name",
          "units_glued"], (2026, 4, 3, 9, 50))


def build(W):
    nj_comm.W_ = W
    huayuan_jan(W)
    huayang_csv(W)
    suchengyuan_two(W)
    baiyun_feb(W)
    lantian_mar(W)
    xian_csv(W)
    erchun_ledger(W)
    lanwan_q1(W)
    moshou_feb(W)
    fhj_mar(W)
