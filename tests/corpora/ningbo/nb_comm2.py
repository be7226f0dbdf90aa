"""Community returns, part two (2026-02 … 2026-04)."""
from nb_comm import TEL, listing
from nb_grid import Sheet, val
from nb_items import M, O, T, V, X, XV, base, replace
from nb_lay import BY, footer
from nb_writers import save

CHUNYUE_ITEMS = [("受理居民诉求", "件", V("petitions_received"), ""), ("办结", "件", V("petitions_resolved"), ""),
                 ("春节走访慰问困难群众", "人", V("people_assisted"), ""),
                 ("发放年糕、汤圆等慰问品", "件", V("goods_distributed"), ""),
                 ("新春文体活动", "场", V("cultural_activities"), ""), ("新增就业岗位", "个", V("jobs_created"), ""),
                 ("实现就业", "人", V("people_employed"), ""), ("志愿服务", "人次", V("volunteer_person_times"), ""),
                 ("春节值班值守", "人次", O("zb", 20, 60), "outside")]


def chunyue_02(W, batch2=False):
    code, m = BY["春悦"], "2026-02"
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 4, "春悦社区2026年2月工作报表" + ("（更正版）" if batch2 else ""))
    r = listing(sh, 1, code, m, CHUNYUE_ITEMS)
    if batch2:
        sh.put(r, 0, "更正说明：原报表春节走访慰问漏计网格员上门慰问独居老人，慰问人数、慰问品数已更正，其余不变。")
        r += 1
    footer(sh, r + 1, "钱丽", TEL.format(6602), "2026年3月12日" if batch2 else "2026年3月2日")
    if batch2:
        save("batch2/春悦社区2026年2月工作报表（更正版）.xlsx", [sh], "openpyxl",
             ["community_file", "correction_full_resend", "更正说明_line"], (2026, 3, 12, 15, 20))
    else:
        save("batch1/春悦社区2026年2月工作报表.xlsx", [sh], "openpyxl",
             ["community_file", "list_layout", "spring_festival_items", "outside_row_值班值守"], (2026, 3, 2, 8, 50))


def baoshan_02(W):
    code, m = BY["宝善"], "2026-02"
    sh = Sheet("x")
    sh.put(0, 0, "宝善社区2026年2月份工作数据")
    sh.row(1, 0, ["项目", "完成数", "备注"])
    rows = [("受理诉求", V("petitions_received", "u", "件")), ("办结", V("petitions_resolved", "u", "件")),
            ("调解纠纷", V("disputes_mediated", "u", "起")), ("新增就业岗位", V("jobs_created", "u", "个")),
            ("公益性岗位", V("public_welfare_jobs", "u", "个")), ("低保", M("{0}户{1}人", ["dibao_households", "dibao_persons"])),
            ("低保金", V("dibao_payout_yuan", "u", "元")), ("走访慰问", V("people_assisted", "u", "人")),
            ("慰问物资", V("goods_distributed", "u", "件")), ("元宵文体活动", V("cultural_activities", "u", "场")),
            ("志愿服务", V("volunteer_person_times", "u", "人次")), ("治安案件", V("security_cases", "wu", "起"))]
    for i, (lab, w) in enumerate(rows):
        sh.put(2 + i, 0, lab)
        w(sh, 2 + i, 1, code, m)
    sh.put(2 + len(rows), 0, "元宵（3月3日）活动提前于2月底开展。报送：宝善社区 2026/3/3")
    save("batch1/宝善社区2026年2月份工作数据.csv", [sh], "csv-utf8",
         ["community_file", "utf8_csv_no_bom", "units_glued_to_figures", "N户M人"], (2026, 3, 3, 9, 5))


def lianbei_02(W):
    code, m = BY["联北"], "2026-02"
    sh = Sheet("Sheet1")
    heads = [("受理诉求(件)", "petitions_received"), ("办结(件)", "petitions_resolved"), ("走访慰问(人)", "people_assisted"),
             ("慰问物资(件)", "goods_distributed"), ("文体活动(场)", "cultural_activities"), ("宣讲(次)", "lectures_held"),
             ("志愿服务(人次)", "volunteer_person_times"), ("巡防队员(人)", "patrol_members")]
    sh.merge(0, 0, 0, len(heads), "联北社区2026年2月工作数据")
    sh.put(1, 0, "社区")
    for j, (h, _) in enumerate(heads):
        sh.put(1, 1 + j, h)
    sh.put(2, 0, "联北")
    for j, (_, ind) in enumerate(heads):
        val(sh, 2, 1 + j, code, m, ind)
    sh.put(4, 0, "填报：联北社区　0574-87395531")
    save("batch1/联北社区2026年2月报表.xls", [sh], "xlwt",
         ["community_file", "indicators_across_one_row", "ascii_brackets_units"], (2026, 3, 4, 10, 0))


def antai_03(W):
    code, m = BY["安泰"], "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 4, "安泰社区2026年3月工作报表")
    sh.row(1, 0, ["类别", "项目", "单位", "数量", "备注"])
    a, b = W.half(code, m, "people_employed")
    v1 = W.v[(code, m, "volunteer_person_times")]
    x = v1 * 3 // 5
    rows = [("民情", "受理诉求", "件", V("petitions_received")), ("民情", "办结", "件", V("petitions_resolved")),
            ("就业", "新增就业岗位", "个", V("jobs_created")), ("就业", "实现就业（男）", "人", T(str(a))),
            ("就业", "实现就业（女）", "人", T(str(b))), ("就业", "实现就业合计", "人", V("people_employed")),
            ("就业", "春风行动招聘会", "场", O("cf", 1, 3)),
            ("志愿", "学雷锋志愿服务", "人次", T(str(x))), ("志愿", "日常志愿服务", "人次", T(str(v1 - x))),
            ("志愿", "志愿服务合计", "人次", V("volunteer_person_times")), ("志愿", "注册志愿者", "人", V("volunteers")),
            ("民政", "低保户数", "户", V("dibao_households")), ("民政", "低保人数", "人", V("dibao_persons")),
            ("文化", "文体活动", "场", V("cultural_activities")), ("文化", "理论宣讲", "次", V("lectures_held"))]
    r = 2
    start = 2
    for i, (cat, lab, unit, w) in enumerate(rows):
        sh.row(r, 1, [lab, unit])
        w(sh, r, 3, code, m)
        if i == len(rows) - 1 or rows[i + 1][0] != cat:
            sh.merge(start, 0, r, 0, cat)
            start = r + 1
        r += 1
    footer(sh, r + 1, "陈伟", TEL.format(3318), "2026年4月2日")
    save("batch1/安泰社区2026年3月工作报表.xlsx", [sh], "xlsxwriter",
         ["community_file", "category_merged_down", "male_female_rows_then_合计_row", "sub_rows_then_合计_row"],
         (2026, 4, 2, 9, 30))


def shuyue_03(W):
    code, m = BY["曙悦"], "2026-03"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "曙悦社区（筹）2026年3月工作月报")
    sh.merge(1, 0, 1, 4, "报送单位：曙悦社区筹建组")
    items = base(1)
    items = replace(items, "低保户数", ("低保", "户/人", M("{0}户{1}人", ["dibao_households", "dibao_persons"]), ""))
    items = replace(items, "低保人数", None)
    items = replace(items, "治安案件", ("治安案件", "起", X("security_cases", "待核"), "派出所数据未反馈"))
    r = listing(sh, 2, code, m, items)
    footer(sh, r + 1, "吴晨", TEL.format(7716), "2026年4月1日")
    save("batch1/曙悦社区（筹）2026年3月工作月报.xlsx", [sh], "openpyxl",
         ["community_file", "name_with_筹_suffix", "N户M人", "待核"], (2026, 4, 1, 18, 0))


def liya_03(W):
    code, m = BY["丽雅"], "2026-03"
    sh = Sheet("丽雅")
    sh.put(0, 0, "丽雅社区2026年3月报表")
    items = base(0)
    items = replace(items, "职业技能培训", ("职业技能培训", "场", X("training_sessions", "暂无"), ""))
    r = listing(sh, 1, code, m, items, heads=("序号", "指标", "单位", "3月", "备注"))
    sh.put(r, 0, "丽雅社区居委会　2026.4.3")
    save("batch1/丽雅社区2026年3月报表.csv", [sh], "csv-gbk",
         ["community_file", "gbk_csv_wps_padded", "month_as_column_header", "暂无"], (2026, 4, 3, 14, 15))


def yunfeng_03(W):
    code, m = BY["云丰"], "2026-03"
    sh = Sheet("云丰3月")
    sh.put(0, 0, "云丰社区2026年3月工作报表")
    items = base(1)
    items = replace(items, "矛盾纠纷调解", ("矛盾纠纷调解", "起", V("disputes_mediated", "cnbig"), ""))
    items = replace(items, "文化活动", ("文化活动", "场", V("cultural_activities", "cnbig", "场"), ""))
    r = listing(sh, 1, code, m, items, heads=("序号", "内容", "单位", "数量", "备注"))
    sh.put(r + 1, 0, "云丰社区　2026年4月2日")
    save("batch1/云丰社区2026年3月工作报表.ods", [sh], "odfpy",
         ["community_file", "list_layout", "cn_numerals"], (2026, 4, 2, 16, 30))


def anfeng_04(W):
    code, m = BY["安丰"], "2026-04"
    sh = Sheet("安丰")
    sh.put(0, 0, "安丰社区2026年4月工作报表")
    items = base(0)
    items = replace(items, "创业担保贷款", ("创业担保贷款", "万元", V("micro_loans_yuan", div=10000), ""))
    r = listing(sh, 1, code, m, items)
    sh.put(r, 0, "清明节文明祭扫劝导、“甬城护绿”志愿服务计入志愿服务。填报人：黄敏 2026.5.6")
    save("batch1/安丰社区2026年4月工作报表.csv", [sh], "csv-utf8",
         ["community_file", "utf8_csv_no_bom", "loan_万元_unit_column"], (2026, 5, 6, 8, 40))


def nanya_04(W):
    code, m = BY["南雅"], "2026-04"
    sh = Sheet("4月报表")
    sh.merge(0, 0, 0, 4, "南雅社区2026年4月工作报表")
    items = base(1)
    items = replace(items, "免费健康体检", ("免费健康体检", "人", XV("free_health_checks", "{}（预估）"), "体检未结束，预估数"))
    r = listing(sh, 1, code, m, items)
    sh.merge(r + 1, 0, r + 1, 4, "附：4月垃圾分类“定时定点”督导情况")
    sh.row(r + 2, 0, ["小区", "督导天数", "参与志愿者（人次）", "", ""])
    for i, xq in enumerate(["南雅新村", "雅戈尔小区", "白云新村"]):
        sh.row(r + 3 + i, 0, [xq, 30 - i, 40 + 7 * i])
    footer(sh, r + 7, "俞芳", TEL.format(2314), "2026年5月6日")
    save("batch1/南雅社区2026年4月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "second_table_on_sheet_by_小区", "预估_cell_not_a_value"], (2026, 5, 6, 11, 0))


def mudan_04(W):
    code, m = BY["牡丹"], "2026-04"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "牡丹社区2026年4月工作报表")
    items = base(0)
    items = [(lab, unit, w, note) for lab, unit, w, note in items]
    r = listing(sh, 1, code, m, items)
    footer(sh, r + 1, "孙杰", TEL.format(8820), "2026年5月7日")
    save("batch1/牡丹社区2026年4月工作报表.xlsx", [sh], "xlsxwriter", ["community_file", "list_layout"], (2026, 5, 7, 9, 0))


def baoshan_04(W):
    code, m = BY["宝善"], "2026-04"
    sh = Sheet("4月")
    sh.merge(0, 0, 0, 4, "宝善社区2026年4月工作报表")
    items = base(1)
    items = replace(items, "民情诉求受理", ("民情诉求受理", "件", V("petitions_received", "fw"), "含81890转办"))
    items = replace(items, "低保金发放", ("低保金发放", "元", V("dibao_payout_yuan", "k"), ""))
    r = listing(sh, 1, code, m, items)
    footer(sh, r + 1, "邵丹", TEL.format(9031), "2026.5.5")
    save("batch1/宝善社区2026年4月工作报表.xls", [sh], "xlwt",
         ["community_file", "full_width_digits", "thousands_comma_text"], (2026, 5, 5, 15, 10))


def build(W):
    chunyue_02(W)
    baoshan_02(W)
    lianbei_02(W)
    antai_03(W)
    shuyue_03(W)
    liya_03(W)
    yunfeng_03(W)
    anfeng_04(W)
    nanya_04(W)
    mudan_04(W)
    baoshan_04(W)
