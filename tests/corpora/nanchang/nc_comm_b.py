"""Community files (2): 江中花园 10月、11月 (two sheets; a figure, a line break and its remark in one cell), 江西師大家委會
10月 (traditional characters throughout), 新祺周 10月 (.et, the unit of each row in the 备注 column), 福州路北 11月 (indicators
across, a 上年同期 row, 创业担保贷款's unit only in the footnote), 青山北路 11月 (「35→37」, 报告期 二〇二五年十一月)."""
from nc_comm_a import items
from nc_grid import Sheet, multi, prior, val
from nc_world import BY_SHORT
from nc_writers import save


def jiangzhong(W):
    code = BY_SHORT["江中花园"]
    sheets = []
    notes = {"2025-10": {"petitions_received": "（含国庆假期{x}件）", "cultural_activities": "（重阳敬老{x}场）",
                         "people_assisted": "（中秋、重阳）"},
             "2025-11": {"petitions_received": "（含12345转办{x}件）", "volunteer_person_times": "（含南昌马拉松赛道服务{x}人次）"}}
    spec = [("受理居民诉求", "件", "petitions_received"), ("已办结", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
            ("实现就业", "人", "people_employed"), ("职业技能培训", "场", "training_sessions"),
            ("免费健康体检", "人", "free_health_checks"), ("走访慰问困难群众", "人", "people_assisted"),
            ("文体活动", "场", "cultural_activities"), ("志愿服务", "人次", "volunteer_person_times"),
            ("平安巡逻队员", "人", "patrol_members")]
    for m, name in (("2025-10", "10月"), ("2025-11", "11月")):
        sh = Sheet(name)
        mo = int(m[5:])
        sh.merge(0, 0, 0, 3, f"江中花园社区2025年{mo}月工作统计")
        sh.row(1, 0, ["序号", "指标", "单位", "数值"])
        for i, (lab, unit, ind) in enumerate(spec):
            r = 2 + i
            sh.row(r, 0, [i + 1, lab, unit])
            note = notes[m].get(ind)
            if note:
                v = W.v[(code, m, ind)]
                multi(sh, r, 3, code, m, "{0}\n" + note.format(x=max(1, v // 4)), [ind])
            else:
                val(sh, r, 3, code, m, ind)
        sh.put(15, 0, f"江中花园社区　2025年{mo + 1}月{3 + mo % 3}日")
        sh.widths.update({1: 20, 3: 22})
        sheets.append(sh)
    return sheets


def shida(W):
    m, code = "2025-10", BY_SHORT["江西师大"]
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 4, "江西師大家委會2025年10月工作統計表")
    sh.row(1, 0, ["序號", "項目", "單位", "本月", "備註"])
    spec = [("受理訴求", "件", "petitions_received", "n"), ("辦結", "件", "petitions_resolved", "n"),
            ("調解糾紛", "起", "disputes_mediated", "n"),
            ("免費健康體檢", "人", "free_health_checks", "n", "重陽節集中體檢"),
            ("走訪慰問困難老人", "人", "people_assisted", "n"), ("發放慰問品", "件", "goods_distributed", "n"),
            ("文體活動", "場", "cultural_activities", "n", "含重陽敬老文藝演出"), ("政策宣講", "次", "lectures_held", "n"),
            ("黨員人數", "名", "party_members", "n", "含離退休教職工黨員"), ("註冊志願者", "人", "volunteers", "n"),
            ("志願服務", "人次", "volunteer_person_times", "n"), ("常住戶數", "戶", "households", "n"),
            ("常住人口", "人", "residents", "n")]
    r = items(sh, 2, code, m, spec, note_col=4)
    sh.put(r + 1, 0, "填報人：江西師大家委會　　2025年11月4日")
    sh.widths.update({1: 18, 4: 22})
    return sh


def xinqizhou(W):
    m, code = "2025-10", BY_SHORT["新祺周"]
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 3, "新祺周社区2025年10月工作报表")
    sh.row(1, 0, ["序号", "项目", "数量", "备注（单位）"])
    spec = [("受理诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
            ("新增就业岗位", "个", "jobs_created", "n"), ("其中公益性岗位", "个", "public_welfare_jobs", "n"),
            ("实现就业", "人", "people_employed", "n"), ("创业担保贷款", "万元", "micro_loans_yuan", ("div", 10000)),
            ("职业技能培训", "场", "training_sessions", "n"), ("低保户数", "户", "dibao_households", "n"),
            ("低保人数", "人", "dibao_persons", "n"), ("低保金", "元", "dibao_payout_yuan", "n"),
            ("免费健康体检", "人", "free_health_checks", "n"), ("文体活动", "场", "cultural_activities", "n")]
    r = items(sh, 2, code, m, spec, cols=(0, 1, 3, 2))
    sh.put(r + 1, 0, "国庆中秋双节期间（10月1日—8日）社区安排值班，诉求含节日期间工单。")
    sh.put(r + 2, 0, "新祺周社区　2025年11月3日")
    return sh


def fuzhoubei(W):
    m, code = "2025-11", BY_SHORT["福州路北"]
    sh = Sheet("11月")
    heads = [("受理诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"),
             ("调解纠纷（起）", "disputes_mediated"), ("新增就业岗位（个）", "jobs_created"),
             ("实现就业（人）", "people_employed"), ("创业担保贷款", "micro_loans_yuan"),
             ("职业技能培训（场）", "training_sessions"), ("免费体检（人）", "free_health_checks"),
             ("走访慰问（人）", "people_assisted"), ("文体活动（场）", "cultural_activities"),
             ("志愿服务（人次）", "volunteer_person_times")]
    sh.merge(0, 0, 0, len(heads), "东湖区彭家桥街道福州路北社区2025年11月工作报表")
    sh.put(1, 0, "项目")
    for k, (h, _) in enumerate(heads):
        sh.put(1, 1 + k, h)
    sh.put(2, 0, "本月")
    sh.put(3, 0, "上年同期")
    for k, (_, ind) in enumerate(heads):
        div = 10000 if ind == "micro_loans_yuan" else 1
        val(sh, 2, 1 + k, code, m, ind, div=div)
        prior(sh, 3, 1 + k, code, m, ind, div=div)
    sh.put(5, 0, "注：创业担保贷款金额单位：万元。")
    sh.put(6, 0, "填报人：福州路北社区　熊　　2025年12月2日")
    return sh


def qingshanbei(W):
    m, code = "2025-11", BY_SHORT["青山北路"]
    sh = Sheet("报表")
    sh.merge(0, 0, 0, 3, "青山北路社区（彭家桥街道）工作报表")
    sh.merge(1, 0, 1, 3, "报告期：二〇二五年十一月")
    sh.row(2, 0, ["序号", "指标", "本月", "说明"])
    rec = W.v[(code, m, "petitions_received")]
    res = W.v[(code, m, "petitions_resolved")]
    spec = [("受理诉求（件）", None, "petitions_received", ("multi", f"{rec + 2}→{{0}}", ["petitions_received"]),
             "→后为核实后数据（剔除重复工单2件）"),
            ("办结（件）", None, "petitions_resolved", ("multi", f"{res + 2}→{{0}}", ["petitions_resolved"])),
            ("调解纠纷（起）", None, "disputes_mediated", "n"), ("治安案件（起）", None, "security_cases", "n"),
            ("巡逻队员（人）", None, "patrol_members", "n"), ("平安信息员（人）", None, "informants", "n"),
            ("党员（名）", None, "party_members", "n"), ("结对帮扶（对）", None, "pairings", "n"),
            ("实现就业（人）", None, "people_employed", "n"), ("走访慰问（人）", None, "people_assisted", "n"),
            ("文体活动（场）", None, "cultural_activities", "n"), ("志愿服务（人次）", None, "volunteer_person_times", "n")]
    r = items(sh, 3, code, m, spec, cols=(0, 1, None, 2), note_col=3)
    sh.put(r + 1, 0, "报送：青山北路社区　2025年12月3日")
    return sh


def build(W):
    save("batch1/江中花园社区2025年10月、11月工作统计.xlsx", jiangzhong(W), "openpyxl",
         ["community_file", "two_months_one_workbook", "sheet_per_month", "value_newline_remark", "part_in_brackets",
          "jiangzhong_other_street_trap"], (2025, 12, 5, 10, 30))
    save("batch1/江西師大家委會2025年10月工作統計表.xlsx", [shida(W)], "openpyxl",
         ["community_file", "traditional_characters", "jiaweihui_unit", "notes_column"], (2025, 11, 4, 15, 50))
    save("batch1/新祺周社区2025年10月工作报表.et", [xinqizhou(W)], "xlwt-et",
         ["community_file", "unit_in_remarks_column", "wan_unit_in_remarks", "holiday_dates_in_text"],
         (2025, 11, 3, 9, 10))
    save("batch1/福州路北社区2025年11月工作报表.xlsx", [fuzhoubei(W)], "openpyxl",
         ["community_file", "indicators_across_one_row", "last_year_row", "unit_only_in_footnote",
          "fuzhoulu_other_street_trap"], (2025, 12, 2, 14, 0))
    save("batch1/青山北路社区2025年11月报表.xlsx", [qingshanbei(W)], "xlsxwriter",
         ["community_file", "in_cell_correction_arrow", "period_in_chinese_numerals", "units_in_labels",
          "qingshan_nan_bei_trap"], (2025, 12, 3, 11, 45))
