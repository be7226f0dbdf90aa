"""Community files (2), 2025-12 … 2026-03: 福南 (units only in the number formats, 12月 | 1-12月累计; corrected in
batch2), 福民 党群服务中心 (.ods), 福安 (indicators across, 低保金 in 万元 with four decimals), 福山 (①②③ labels,
「1200+」, 「约85」), 海滨 (a sheet per month, the month a date cell), 皇岗 (本月 | 上月 | 增减), 岗厦 (.et,
「月份：2026年01月」, 「5起（含劳资纠纷3起）」)."""
import datetime

from ft_grid import Sheet, items, val
from ft_world import BY_SHORT
from ft_writers import save

FN_SPEC = [("受理民生诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
           ("调解矛盾纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
           ("实现就业", "人", "people_employed"), ("职业技能培训", "场", "training_sessions"),
           ("创业担保贷款", "元", "micro_loans_yuan"), ("长者免费体检", "人", "free_health_checks"),
           ("走访慰问困难群众", "人", "people_assisted"), ("发放慰问物资", "件", "goods_distributed"),
           ("文体活动", "场", "cultural_activities"), ("政策宣讲", "次", "lectures_held"),
           ("义工服务", "人次", "volunteer_person_times")]


def funan_dec(W, note=None):
    m, code = "2025-12", BY_SHORT["福南"]
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 5, "福南社区2025年12月工作报表" + ("（修改版）" if note else ""))
    sh.row(1, 0, ["序号", "指标", "单位", "12月", "1-12月累计", "备注"])
    for i, (lab, unit, ind) in enumerate(FN_SPEC):
        r = 2 + i
        fmt = '#,##0"元"' if unit == "元" else f'0"{unit}"'
        sh.row(r, 0, [i + 1, lab, unit])
        val(sh, r, 3, code, m, ind, fmt=fmt)
        ytd = W.ytd(code, m, ind)
        key = (code, m, ind)
        if key in W.old and not note:
            ytd += W.old[key] - W.v[key]
        sh.put(r, 4, ytd, fmt)
        if ind == "cultural_activities" and note:
            sh.put(r, 5, "含深圳马拉松观赛活动")
    r = 2 + len(FN_SPEC)
    if note:
        sh.merge(r + 1, 0, r + 1, 5, note)
    sh.put(r + 2, 1, "福南社区工作站")
    sh.put(r + 2, 3, "2026年1月9日" if note else "2026年1月5日")
    sh.widths.update({1: 18, 4: 12})
    return sh


def fumin_jan(W):
    m, code = "2026-01", BY_SHORT["福民"]
    sh = Sheet("1月份")
    sh.merge(0, 0, 0, 4, "福民社区党群服务中心2026年1月份服务数据月报")
    sh.merge(1, 0, 1, 4, "填报单位：福田街道福民社区党群服务中心（福民社区居委会）")
    sh.row(2, 0, ["服务类别", "服务项目", "单位", "数量", "备注"])
    groups = [("党建", [("在册党员", "人", "party_members", "n"), ("党员结对帮扶", "对", "pairings", "n")]),
              ("义工", [("注册义工", "人", "volunteers", "n"), ("义工服务", "人次", "volunteer_person_times", "n")]),
              ("为老", [("长者免费体检（社康）", "人", "free_health_checks", "n"),
                      ("走访慰问困难群众", "人", "people_assisted", "n", "迎春送暖"),
                      ("发放慰问物资", "件", "goods_distributed", "n", "米、油、年货包")]),
              ("文化", [("文体活动", "场", "cultural_activities", "n"), ("政策宣讲", "次", "lectures_held", "n"),
                      ("四点半课堂", "期", None, ("out", "寒假暂停"))])]
    r = 3
    for cat, spec in groups:
        sh.merge(r, 0, r + len(spec) - 1, 0, cat)
        r = items(sh, r, code, m, spec, (1, 2, 3))
    sh.put(r + 1, 3, "2026年2月3日")
    save("batch1/福民社区党群服务中心2026年1月服务数据.ods", [sh], "odfpy",
         ["community_file", "party_service_centre_sender", "category_column_merged", "outside_rows", "period_yuefen"],
         (2026, 2, 3, 14, 0))


def fuan_feb(W):
    m, code = "2026-02", BY_SHORT["福安"]
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 11, "福安社区2026年2月工作报表")
    sh.merge(1, 0, 3, 0, "社区")
    groups = [("民生诉求", [("受理", "件", "petitions_received"), ("办结", "件", "petitions_resolved")]),
              ("就业", [("新增岗位", "个", "jobs_created"), ("其中公益性岗位", "个", "public_welfare_jobs"),
                      ("实现就业", "人", "people_employed"), ("技能培训", "场", "training_sessions")]),
              ("民政", [("低保户", "户", "dibao_households"), ("低保人", "人", "dibao_persons"),
                      ("低保金", "万元", "dibao_payout_yuan")]),
              ("人口", [("常住人口", "人", "residents"), ("流动人口", "人", "floating_population")])]
    c = 1
    sh.put(4, 0, "福安")
    for g, spec in groups:
        sh.merge(1, c, 1, c + len(spec) - 1, g)
        for lab, unit, ind in spec:
            sh.put(2, c, lab)
            sh.put(3, c, f"（{unit}）")
            if unit == "万元":
                val(sh, 4, c, code, m, ind, div=10000, fmt="0.0000")
            else:
                val(sh, 4, c, code, m, ind)
            c += 1
    sh.merge(6, 0, 6, 11, "说明：1. 2月下旬回南天，墙体渗水、返潮类诉求增多；2. 春节（2月17日）前后来深建设者返乡，流动人口较1月减少。")
    sh.merge(7, 8, 7, 11, "福安社区工作站　2026年3月5日")
    save("batch1/福安社区2026年2月工作报表.xlsx", [sh], "xlsxwriter",
         ["community_file", "indicators_across_one_row", "merged_group_header", "units_row", "wan_yuan_four_decimals"],
         (2026, 3, 5, 10, 30))


def fushan_mar(W):
    m, code = "2026-03", BY_SHORT["福山"]
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 2, "福山社区2026年3月份工作报表")
    sh.row(1, 0, ["项目", "数量", "备注"])
    spec = [("①受理民生诉求（件）", "", "petitions_received", "n", "回南天渗水类较多"),
            ("②办结（件）", "", "petitions_resolved", "n"), ("③调解纠纷（起）", "", "disputes_mediated", "n"),
            ("④新增就业岗位（个）", "", "jobs_created", "n", "春风行动"), ("⑤实现就业（人）", "", "people_employed", "n"),
            ("⑥长者免费体检（人）", "", "free_health_checks", "yue"),
            ("⑦文体活动（场）", "", "cultural_activities", ("multi", "元宵游园等{0}场", ["cultural_activities"])),
            ("⑧註冊義工（人）", "", "volunteers", "n"), ("⑨义工服务（人次）", "", "volunteer_person_times", "plus", "学雷锋月"),
            ("⑩走访慰问（人）", "", "people_assisted", "n")]
    r = items(sh, 2, code, m, spec, (0, None, 1))
    sh.merge(r + 1, 0, r + 1, 2, "学雷锋月开展“义工在福山”系列活动，义工服务人次按平台记录取整。")
    sh.put(r + 2, 1, "福山社区工作站　2026年4月3日")
    sh.widths.update({0: 22, 2: 20})
    save("batch1/福山社区2026年3月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "circled_number_labels", "units_in_labels", "approx_plus", "approx_yue", "figure_with_words",
          "traditional_label"], (2026, 4, 3, 9, 15))


HB_SPEC = [("受理民生诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
           ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
           ("实现就业", "人", "people_employed"), ("低保户数", "户", "dibao_households"),
           ("低保人数", "人", "dibao_persons"), ("长者免费体检", "人", "free_health_checks"),
           ("走访慰问", "人", "people_assisted"), ("文体活动", "场", "cultural_activities"),
           ("义工服务", "人次", "volunteer_person_times")]


def haibin_feb_mar(W):
    code = BY_SHORT["海滨"]
    sheets = []
    for m, note in (("2026-02", "回南天期间（2月下旬）协助独居长者加装除湿设备"), ("2026-03", "3月5日学雷锋日义工集中服务")):
        sh = Sheet(f"{int(m[5:])}月")
        sh.merge(0, 0, 0, 3, "海滨社区工作报表")
        sh.put(1, 0, "报表月份：")
        sh.put(1, 1, datetime.datetime(int(m[:4]), int(m[5:]), 1), 'yyyy"年"m"月"')
        sh.row(2, 0, ["指标", "单位", "数值", "备注"])
        spec = [(lab, unit, ind, "n") for lab, unit, ind in HB_SPEC]
        r = items(sh, 3, code, m, spec, (0, 1, 2))
        sh.put(r, 3, note)
        sh.put(r + 1, 0, "海滨社区工作站")
        sheets.append(sh)
    save("batch1/海滨社区2026年2-3月工作报表.xlsx", sheets, "openpyxl",
         ["community_file", "sheet_per_month", "month_as_date_cell", "title_without_period"], (2026, 4, 2, 10, 0))


def huanggang_mar(W):
    m, code = "2026-03", BY_SHORT["皇岗"]
    p = W.prev(m)
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 5, "皇岗社区2026年3月工作报表")
    sh.row(1, 0, ["序号", "指标", "单位", "本月", "上月", "增减"])
    spec = [("受理民生诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
            ("实现就业", "人", "people_employed"), ("走访慰问", "人", "people_assisted"),
            ("义工服务", "人次", "volunteer_person_times"), ("注册义工", "人", "volunteers"),
            ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons")]
    for i, (lab, unit, ind) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [i + 1, lab, unit])
        val(sh, r, 3, code, m, ind)
        val(sh, r, 4, code, p, ind, role="prevmonth")
        d = W.v[(code, m, ind)] - W.v[(code, p, ind)]
        sh.put(r, 5, "持平" if d == 0 else f"{d:+d}")
    sh.put(13, 1, "皇岗社区工作站（盖章）")
    sh.put(13, 3, "2026年4月2日")
    save("batch1/皇岗社区2026年3月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "previous_month_column", "change_column_words"], (2026, 4, 2, 16, 20))


def gangxia_jan(W):
    m, code = "2026-01", BY_SHORT["岗厦"]
    sh = Sheet("月报")
    sh.merge(0, 0, 0, 3, "岗厦社区工作月报")
    sh.merge(1, 0, 1, 3, "月份：2026年01月")
    sh.row(2, 0, ["指标", "单位", "数量", "备注"])
    d = W.v[(code, m, "disputes_mediated")]
    disp = ("multi", "{0}起（含劳资纠纷" + str(max(1, d // 2)) + "起）", ["disputes_mediated"]) if d else "n"
    spec = [("受理民生诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
            ("调解矛盾纠纷", "起", "disputes_mediated", disp, "春节前欠薪类纠纷"),
            ("新增就业岗位", "个", "jobs_created", "n"), ("其中：公益性岗位", "个", "public_welfare_jobs", "n"),
            ("实现就业", "人", "people_employed", "n"), ("职业技能培训", "场", "training_sessions", "n"),
            ("长者免费体检", "人", "free_health_checks", "n"), ("走访慰问", "人", "people_assisted", "n"),
            ("发放慰问物资", "件", "goods_distributed", "n"), ("文体活动", "场", "cultural_activities", "n")]
    r = items(sh, 3, code, m, spec, (0, 1, 2))
    loan_row = r
    sh.row(r, 0, ["创业担保贷款", "万元"])
    val(sh, r, 2, code, m, "micro_loans_yuan", div=10000)
    sh.put(loan_row + 2, 0, "岗厦社区工作站　报送：2026年2月4日")
    save("batch1/岗厦社区2026年1月工作月报.et", [sh], "xlwt-et",
         ["community_file", "period_label_line", "part_in_brackets", "wan_yuan_unit_column"], (2026, 2, 4, 11, 10))


def build(W):
    save("batch1/福南社区2025年12月工作报表.xlsx", [funan_dec(W)], "openpyxl",
         ["community_file", "units_in_number_format_only", "month_and_ytd_columns"], (2026, 1, 5, 17, 0))
    fumin_jan(W)
    fuan_feb(W)
    fushan_mar(W)
    haibin_feb_mar(W)
    huanggang_mar(W)
    gangxia_jan(W)
