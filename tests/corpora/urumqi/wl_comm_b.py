"""Community files (2/2): 建国南路南, 中环路北, 宏大 (CSV), 湖东 (corrected in batch2), 幸福城市花园 (.et, xlsx inside),
幸福园, 幸福路南 (.et, xls inside)."""
from wl_comm_a import X, items
from wl_grid import Sheet, header, miss, val
from wl_world import BY_SHORT, W_OUT as out, nm
from wl_writers import save

B = "batch1/"


def jgnln(W):
    code, m = BY_SHORT["建国南路南"], "2026-01"
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 9, "建国南路南社区居民委员会2026年1月工作月报")
    leaves = header(sh, 1, 0, [("项目", "lab"),
                               ("民情诉求", [("受理（件）", "petitions_received"), ("办结（件）", "petitions_resolved")]),
                               ("平安建设", [("巡逻队员（人）", "patrol_members"), ("信息员（人）", "informants"),
                                         ("治安案件（起）", "security_cases")]),
                               ("为民服务", [("走访慰问（人）", "people_assisted"), ("慰问物资（件）", "goods_distributed"),
                                         ("体检（人）", "free_health_checks")]),
                               ("冬季供暖", [("暖气不热报修（件）", "nq")])], 2)
    for r, lab in ((3, "本月完成"), (4, "截至本月累计")):
        for c, leaf in leaves:
            if leaf == "lab":
                sh.put(r, c, lab)
            elif leaf == "nq":
                sh.put(r, c, out(code, m, "nq", 5, 20))
            elif r == 3:
                val(sh, r, c, code, m, leaf, "wu" if leaf == "security_cases" else "n")
            else:
                sh.put(r, c, "—" if leaf in ("patrol_members", "informants") else W.ytd(code, m, leaf))
    sh.put(6, 0, "注：暖气不热报修已含在受理件数中。报送日期：2026年2月4日")
    save(B + "建国南路南社区2026年1月工作月报.xlsx", [sh], "openpyxl",
         ["community_file", "xlsx_openpyxl", "title_month_full", "indicators_across_grouped", "rows_benyue_leiji",
          "name_jmwyh", "name_trap_other_street_jiangguo_nanlu_bei", "part_outside_column"], (2026, 2, 4, 18, 10))


def zhlb(W):
    code, m = BY_SHORT["中环路北"], "2026-05"
    sh = Sheet("5月")
    sh.merge(0, 0, 0, 3, "中环路北社区2026年5月工作报表")
    sh.row(1, 0, ["类别", "项目", "单位", "数值"])
    groups = [("民情", [("受理诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n")]),
              ("为老助残", [("老年人健康体检", "人", "free_health_checks", "n"), ("走访慰问", "人", "people_assisted", "n"),
                        ("古尔邦节慰问物资", "件", "goods_distributed", "yu")]),
              ("就业", [("新开发就业岗位", "个", "jobs_created", "n"), ("公益性岗位", "个", "public_welfare_jobs", "n"),
                      ("实现就业", "人", "people_employed", "n"), ("创业担保贷款", "万元", "micro_loans_yuan", "n")]),
              ("平安", [("治安案件", "起", "security_cases", "n"), ("矛盾纠纷调解", "起", "disputes_mediated", "n"),
                      ("燃气安全检查", "户次", X, "", 60, 200)])]
    r = 2
    for g, its in groups:
        sh.merge(r, 0, r + len(its) - 1, 0, g)
        r = items(sh, r, code, m, its, cl=1, cu=2, cv=3, seq=False)
    sh.put(r + 1, 0, "备注：5月27日古尔邦节，慰问物资300余件（米、面、油）。")
    save(B + "中环路北社区2026年5月工作报表.ods", [sh], "odfpy",
         ["community_file", "ods_odfpy", "title_month_full", "category_merged_down", "yu_value", "wanyuan_unit_column",
          "notes_numbers"], (2026, 6, 2, 10, 30))


def hd_csv(W):
    code, m = BY_SHORT["宏大"], "2026-03"
    sh = Sheet("x")
    sh.row(0, 0, ["项目", "2026年3月", "说明"])
    r = 1
    for label, ind, style in [("受理诉求(件)", "petitions_received", "n"), ("办结(件)", "petitions_resolved", "n"),
                              ("调解纠纷(起)", "disputes_mediated", "n"), ("走访慰问困难群众(人)", "people_assisted", "n"),
                              ("慰问物资(件)", "goods_distributed", "n"), ("新增就业岗位(个)", "jobs_created", "n"),
                              ("职业技能培训(场)", "training_sessions", "miss—"), ("零就业家庭(户)", "zero_employment_households", "n"),
                              ("低保户数(户)", "dibao_households", "n"), ("低保人数(人)", "dibao_persons", "n"),
                              ("低保金(元)", "dibao_payout_yuan", "c"), ("治安案件(起)", "security_cases", "miss"),
                              ("志愿服务(人次)", "volunteer_person_times", "n"), ("宣讲活动(次)", "lectures_held", "n")]:
        sh.put(r, 0, label)
        if style.startswith("miss"):
            miss(sh, r, 1, code, m, ind, style[4:])
        else:
            val(sh, r, 1, code, m, ind, style)
        r += 1
    sh.put(12, 2, "派出所未反馈")
    sh.put(7, 2, "本月未组织")
    save(B + "宏大社区2026年3月工作数据.csv", [sh], "csv-utf8bom",
         ["community_file", "csv_utf8bom", "no_title", "month_only_column_header", "half_width_brackets_units",
          "dash_not_reported", "blank_not_reported", "thousands_text"], (2026, 4, 1, 17, 55))


def hudong_sheet(W, corrected=False):
    code, m = BY_SHORT["湖东"], "2026-02"
    sh = Sheet("2月")
    sh.put(0, 0, "湖东社区2026年2月工作报表" + ("（更正）" if corrected else ""))
    sh.row(1, 0, ["序号", "项目", "单位", "数量", "备注"])
    r = items(sh, 2, code, m, [("受理诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
                               ("走访慰问困难群众", "人", "people_assisted", "n"), ("发放慰问物资", "件", "goods_distributed", "n"),
                               ("文体活动", "场", "cultural_activities", "n"), ("志愿服务", "人次", "volunteer_person_times", "about"),
                               ("注册志愿者", "人", "volunteers", "n"), ("在册党员", "人", "party_members", "n"),
                               ("党员结对帮扶", "对", "pairings", "n"), ("城市低保", "户/人", "pair", ""),
                               ("临时救助", "人次", X, "", 0, 4), ("冬季供暖入户巡查", "户", X, "", 100, 300)])
    sh.put(5, 4, "春节前2月10日—16日集中慰问")
    if corrected:
        o = W.old
        t = (code, m)
        sh.put(r + 1, 0, f"更正说明：办结原报{o[t + ('petitions_resolved',)]}件，漏报3件；走访慰问原报"
                         f"{o[t + ('people_assisted',)]}人、慰问物资原报{o[t + ('goods_distributed',)]}件，含3月初数据，现更正。")
    sh.put(r + 2, 0, "湖东社区居委会  " + ("2026年3月12日" if corrected else "2026年3月2日"))
    return sh


def hudong(W):
    save(B + "湖东社区2026年2月工作报表.xls", [hudong_sheet(W)], "xlwt",
         ["community_file", "xls_xlwt", "title_month_full", "item_list", "about_value", "households_persons_one_cell",
          "outside_rows", "corrected_later"], (2026, 3, 2, 11, 20))


def xfcshy(W):
    code, m = BY_SHORT["幸福城市花园"], "2026-04"
    sh = Sheet("月报")
    sh.put(0, 0, "幸福城市花园社区月报")
    sh.put(1, 0, "月份")
    sh.put(1, 1, "2026.04")
    sh.row(2, 0, ["项目", "数值", "单位"])
    r = 3
    for label, ind, unit in [("受理诉求", "petitions_received", "件"), ("办结", "petitions_resolved", "件"),
                             ("新开发岗位", "jobs_created", "个"), ("实现就业", "people_employed", "人"),
                             ("健康体检", "free_health_checks", "人"), ("文体活动", "cultural_activities", "场"),
                             ("常住户数", "households", "户"), ("常住人口", "residents", "人"),
                             ("流动人口", "floating_population", "人"), ("社区工作者", "staff", "人"),
                             ("巡逻队员", "patrol_members", "人"), ("平安信息员", "informants", "人")]:
        sh.put(r, 0, label)
        val(sh, r, 1, code, m, ind, "sp")
        sh.put(r, 2, unit)
        r += 1
    sh.put(r, 0, "流动人口含短期租住人员；4月15日停暖。")
    save(B + "幸福城市花园社区2026年4月月报.et", [sh], "openpyxl-et",
         ["community_file", "et_wps_xlsx", "period_cell_dot", "no_period_in_title", "trailing_space_text_numbers",
          "value_before_unit"], (2026, 5, 3, 16, 45))


def xfy(W):
    code, m = BY_SHORT["幸福园"], "2026-05"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "幸福园社区居民委员会2026年5月工作报表")
    sh.row(1, 0, ["序号", "项目", "计量单位", "本月", "备注"])
    r = items(sh, 2, code, m, [("受理诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
                               ("走访慰问困难群众", "人", "people_assisted", "about"), ("慰问物资", "件", "goods_distributed", "n"),
                               ("老年人健康体检", "人", "free_health_checks", "n"), ("文体活动", "场", "cultural_activities", "n"),
                               ("政策宣讲", "次", "lectures_held", "n"), ("注册志愿者", "人", "volunteers", "n"),
                               ("志愿服务", "人次", "volunteer_person_times", "n"), ("城市低保", "户/人", "pair", ""),
                               ("低保金", "元", "dibao_payout_yuan", "wan"), ("零就业家庭", "户", "zero_employment_households", "wu"),
                               ("在职党员报到", "人", X, "", 20, 60)])
    sh.put(4, 4, "古尔邦节走访")
    sh.put(r + 1, 0, "填表：热娜古丽  电话：18999201234  日期：2026年6月1日")
    save(B + "幸福园社区2026年5月工作报表.xlsx", [sh], "xlsxwriter",
         ["community_file", "xlsx_xlsxwriter", "title_month_full", "name_jmwyh", "item_list", "about_value",
          "wanyuan_in_cell_yuan_column", "households_persons_one_cell", "wu_for_zero", "outside_rows"],
         (2026, 6, 1, 19, 0))


def xflN(W):
    code, m = BY_SHORT["幸福路南"], "2025-12"
    sh = Sheet("12月")
    sh.put(0, 0, "幸福路南社区2025年12月工作月报")
    sh.row(1, 0, ["序号", "工作项目", "单位", "完成数", "备注"])
    r = items(sh, 2, code, m, [("受理诉求", "件", "petitions_received", "u"), ("办结诉求", "件", "petitions_resolved", "u"),
                               ("调解矛盾纠纷", "起", "disputes_mediated", "u"), ("城镇新增就业", "人", "people_employed", "u"),
                               ("职业技能培训", "场", "training_sessions", "wu"), ("注册志愿者", "人", "volunteers", "u"),
                               ("在册党员", "人", "party_members", "u"), ("党员结对帮扶", "对", "pairings", "u"),
                               ("治安案件", "起", "security_cases", "miss/"), ("社区工作者", "人", "staff", "u"),
                               ("网格数", "个", X, "", 4, 8)])
    sh.put(10, 4, "派出所未提供")
    sh.put(r + 1, 0, "幸福路南社区  2026年1月3日")
    save(B + "幸福路南社区12月工作月报.et", [sh], "xlwt-et",
         ["community_file", "et_wps_xls", "no_year_in_name", "title_month_full", "units_glued", "wu_for_zero",
          "slash_not_reported", "prefix_name_trap"], (2026, 1, 3, 9, 5))


def build(W):
    jgnln(W)
    zhlb(W)
    hd_csv(W)
    hudong(W)
    xfcshy(W)
    xfy(W)
    xflN(W)
