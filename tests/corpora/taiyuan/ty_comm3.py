"""Community files of 黄陵街道 (part 3): 马练营 (indicators across, one row per month), 窑子上 (统计周期 to the 25th;
figures pasted from the platform), 教育学院 (ticks and arrows), 农科南路二 (本月 | 上月), 煤机 (类别 merged, tally),
民航 (三晋通 part), 郑村 (a hidden 模板 sheet)."""
from ty_comm import SIGN, clist
from ty_grid import Sheet, val
from ty_world import BY_SHORT
from ty_writers import save

ACROSS = [("受理诉求(件)", "petitions_received"), ("办结(件)", "petitions_resolved"), ("调解(起)", "disputes_mediated"),
          ("新增岗位(个)", "jobs_created"), ("实现就业(人)", "people_employed"), ("走访慰问(人)", "people_assisted"),
          ("慰问物资(件)", "goods_distributed"), ("文化活动(场)", "cultural_activities"),
          ("志愿服务(人次)", "volunteer_person_times"), ("低保户(户)", "dibao_households"), ("低保人数(人)", "dibao_persons")]


def across(W, code, months, title, name):
    sh = Sheet(name)
    sh.merge(0, 0, 0, len(ACROSS), title)
    sh.row(1, 0, ["月份"] + [h for h, _ in ACROSS])
    for i, m in enumerate(months):
        sh.put(2 + i, 0, f"{int(m[5:])}月")
        for j, (_, ind) in enumerate(ACROSS):
            val(sh, 2 + i, 1 + j, code, m, ind)
    return sh, 2 + len(months)


def build(W):
    # C9 马练营 2025-12: indicators across, one row 「12月」 (xlsxwriter)
    code = BY_SHORT["马练营"]
    sh, r = across(W, code, ["2025-12"], "马练营社区2025年12月主要工作指标", "Sheet1")
    sh.put(r + 1, 0, "备注：12月受理诉求中供暖类占四成，均已转热力公司并回访。")
    save("batch1/马练营社区2025年12月主要工作指标.xlsx", [sh], "xlsxwriter",
         ["community_file", "indicators_across", "ascii_brackets_units", "month_row_label"], (2026, 1, 5, 17, 20))

    # C10 窑子上 2026-01: 统计周期 2025年12月26日至2026年1月25日; the year only there (xls)
    code, m = BY_SHORT["窑子上"], "2026-01"
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 4, "窑子上社区1月份工作报表")
    sh.merge(1, 0, 1, 4, "统计周期：2025年12月26日至2026年1月25日")
    sh.row(2, 0, ["序号", "项目", "单位", "本月", "备注"])
    items = [("受理诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
             ("调解纠纷", "起", "disputes_mediated", "n"), ("实现就业", "人", "people_employed", "n"),
             ("走访慰问", "人", "people_assisted", "fw"), ("慰问物资", "件", "goods_distributed", "fw"),
             ("文化活动", "场", "cultural_activities", "n"), ("治安案件", "起", "security_cases", "wu"),
             ("流动人口", "人", "floating_population", "n"), ("防煤气中毒入户", "户", None, 312)]
    r = clist(sh, 3, code, m, items, notes={"防煤气中毒入户": "城中村散煤取暖户全覆盖"})
    sh.put(r + 1, 0, SIGN.format("冯娟", "王海龙", "13513610974"))
    save("batch1/窑子上社区1月份工作报表.xls", [sh], "xlwt",
         ["community_file", "cutoff_25th_period", "year_only_in_period_line", "fullwidth_with_unit", "outside_row"],
         (2026, 1, 27, 10, 0))

    # C11 教育学院 2026-03: ticks and one arrow
    code, m = BY_SHORT["教育学院"], "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 4, "教育学院社区2026年3月份工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "本月数", "备注"])
    items = [("受理居民诉求", "件", "petitions_received", "tick"), ("已办结", "件", "petitions_resolved", "tick"),
             ("调解邻里纠纷", "起", "disputes_mediated", "n"), ("新增就业岗位", "个", "jobs_created", "arrow"),
             ("公益性岗位", "个", "public_welfare_jobs", "n"), ("实现就业", "人", "people_employed", "tick"),
             ("学雷锋志愿服务", "人次", "volunteer_person_times", "n"), ("文化活动", "场", "cultural_activities", "n"),
             ("政策宣讲", "次", "lectures_held", "n"), ("党员", "名", "party_members", "n")]
    r = clist(sh, 2, code, m, items, notes={"新增就业岗位": "春风行动招聘会补录"})
    sh.put(r + 1, 0, SIGN.format("韩丽", "赵卫东", "0351-7046218"))
    save("batch1/教育学院社区2026年3月份工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "tick_marks_after_figures", "arrow_change_in_cell"], (2026, 4, 2, 9, 15))

    # C12 农科南路二 2026-04: GBK CSV, 本月 | 上月 (上月 = March: duplicate or ignore)
    code, m, p = BY_SHORT["农科南路二"], "2026-04", "2026-03"
    sh = Sheet("csv")
    sh.put(0, 0, "农科南路二社区2026年4月工作报表")
    sh.row(1, 0, ["项目", "单位", "本月", "上月"])
    for i, (lab, unit, ind) in enumerate([("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
                                          ("低保户", "户", "dibao_households"), ("低保人员", "人", "dibao_persons"),
                                          ("低保金", "元", "dibao_payout_yuan"), ("免费体检", "人", "free_health_checks"),
                                          ("志愿服务", "人次", "volunteer_person_times"), ("常住人口", "人", "residents")]):
        sh.row(2 + i, 0, [lab, unit])
        val(sh, 2 + i, 2, code, m, ind)
        val(sh, 2 + i, 3, code, p, ind, role="prevmonth")
    sh.put(11, 0, "农科南路二社区　2026年5月5日（五一假期后报送）")
    save("batch1/农科南路二社区2026年4月工作报表.csv", [sh], "csv-gbk",
         ["community_file", "csv_gbk", "prev_month_column"], (2026, 5, 6, 9, 0))
