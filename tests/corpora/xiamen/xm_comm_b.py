"""Community files, part two (2025-09 … 2026-03): 康乐 (resent in batch2), 康晖's 台账 (date cells 2025/9/1 …,
「同上」), 康泰 (CSV rows 2025/12/1 and 2026/1/1), 怡景 (the period only as the sheet name 20260201-20260228), 和通 (an
Excel table with its 汇总 total row), 新港, 海天 (.et, two-row header, one data row), 村里 (村里 also a word)."""
from xm_comm_a import ITEMS, STOCKS, pick
from xm_grid import Sheet, miss, month_date, pair, qval, val
from xm_world import BY_SHORT
from xm_writers import save

B1 = "batch1/"


def kangle_sheet(W, final=False):
    """康乐, January: 工作类别 merged down | 指标 | 单位 | 数量 | 备注. The 最终版 (batch2) adds an 更正说明 line."""
    code, m = BY_SHORT["康乐"], "2026-01"
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 4, "康乐社区2026年1月工作报表" + ("（最终版）" if final else ""))
    sh.row(1, 0, ["工作类别", "指标", "单位", "数量", "备注"])
    r, start, cat = 2, 2, None
    for k, label, unit, ind in ITEMS:
        if k != cat:
            if cat is not None:
                sh.merge(start, 0, r - 1, 0, cat)
            start, cat = r, k
        sh.row(r, 1, [label, unit])
        val(sh, r, 3, code, m, ind, style="wu" if ind in ("security_cases", "micro_loans_yuan") else "n")
        if ind == "volunteer_person_times":
            sh.put(r, 4, "含1月4日厦门马拉松赛道服务")
        if ind == "people_assisted":
            sh.put(r, 4, "春节前走访慰问")
        r += 1
    sh.merge(start, 0, r - 1, 0, cat)
    if final:
        o = {ind: W.old[(code, m, ind)] for ind in ("petitions_received", "petitions_resolved", "people_assisted")}
        sh.merge(r + 1, 0, r + 1, 4, f"更正说明：受理群众诉求漏计12345转办件，原报{o['petitions_received']}件；办结群众诉求误计"
                 f"12月办结件，原报{o['petitions_resolved']}件；走访慰问困难群众重复统计，原报{o['people_assisted']}人。以本表为准。")
        r += 1
    sh.merge(r + 1, 0, r + 1, 4, "康乐社区居委会　联系人：邱雅芳　0592-5622870　" + ("2026年2月12日" if final else "2026年2月3日"))
    return sh


def c9_kangle(W):
    save(B1 + "康乐社区2026年1月工作报表.xlsx", [kangle_sheet(W)], "openpyxl",
         ["community_file", "category_merged_down", "all_indicators", "wu_for_zero", "xlsx_openpyxl"], (2026, 2, 3, 9, 45))


def c10_kanghui(W):
    """康晖's 台账 2025.9-2026.2: months as rows, real date cells shown 2025/9/1 (yyyy/m/d); a stock unchanged since
    the row above is written 「同上」."""
    code = BY_SHORT["康晖"]
    months = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"]
    cols = [("常住户数（户）", "households"), ("常住人口（人）", "residents"), ("流动人口（人）", "floating_population"),
            ("社区工作者（人）", "staff"), ("党员（名）", "party_members"), ("注册志愿者（人）", "volunteers"),
            ("志愿服务（人次）", "volunteer_person_times"), ("受理诉求（件）", "petitions_received"),
            ("办结（件）", "petitions_resolved"), ("调处纠纷（起）", "disputes_mediated"), ("文体活动（场）", "cultural_activities")]
    sh = Sheet("台账")
    sh.merge(0, 0, 0, len(cols) + 1, "康晖社区工作台账")
    sh.row(1, 0, ["月份"] + [h for h, _ in cols] + ["备注"])
    notes = {"2025-09": "中秋博饼活动3场", "2026-01": "1月4日厦门马拉松志愿服务", "2026-02": "春节期间流动人口返乡"}
    for i, m in enumerate(months):
        r = 2 + i
        sh.put(r, 0, month_date(m), "yyyy/m/d")
        for j, (_, ind) in enumerate(cols):
            same = i > 0 and ind in ("staff", "party_members") and W.v[(code, m, ind)] == W.v[(code, months[i - 1], ind)]
            val(sh, r, 1 + j, code, m, ind, style="ditto" if same else "n")
        if m in notes:
            sh.put(r, len(cols) + 1, notes[m])
    sh.put(3 + len(months), 0, "制表：康晖社区居委会　2026年3月3日")
    sh.widths[0] = 12
    save(B1 + "康晖社区工作台账（2025.9-2026.2）.xlsx", [sh], "openpyxl",
         ["community_file", "months_as_rows", "month_date_cells_slash_format", "ditto_same_as_above", "across_year_end",
          "period_span_in_file_name", "xlsx_openpyxl"], (2026, 3, 3, 11, 20))


def c11_kangtai(W):
    """康泰 (UTF-8 BOM CSV): no title; one row per month, 统计月份 as text 「2025/12/1」 and 「2026/1/1」."""
    code = BY_SHORT["康泰"]
    cols = [("受理诉求(件)", "petitions_received"), ("办结(件)", "petitions_resolved"), ("调处纠纷(起)", "disputes_mediated"),
            ("新增就业岗位(个)", "jobs_created"), ("城镇新增就业(人)", "people_employed"), ("低保户数(户)", "dibao_households"),
            ("低保人数(人)", "dibao_persons"), ("低保金(元)", "dibao_payout_yuan"), ("志愿服务(人次)", "volunteer_person_times"),
            ("注册志愿者(人)", "volunteers"), ("走访慰问(人)", "people_assisted")]
    sh = Sheet("康泰")
    sh.row(0, 0, ["社区", "统计月份"] + [h for h, _ in cols])
    for i, m in enumerate(["2025-12", "2026-01"]):
        sh.row(1 + i, 0, ["康泰社区", f"{int(m[:4])}/{int(m[5:])}/1"])
        for j, (_, ind) in enumerate(cols):
            val(sh, 1 + i, 2 + j, code, m, ind, style="t")
    sh.put(4, 0, "报送日期：2026/2/4")
    save(B1 + "康泰社区2026年1月报表.csv", [sh], "csv-utf8bom",
         ["community_file", "months_as_rows", "month_as_slash_date_text", "two_months_in_one_return", "no_title",
          "numbers_as_text", "csv_utf8bom"], (2026, 2, 4, 16, 0))


def c12_yijing(W):
    """怡景, February: the title says no month; the period is only the sheet name 「20260201-20260228」; lunar dates."""
    code, m = BY_SHORT["怡景"], "2026-02"
    sh = Sheet("20260201-20260228")
    sh.merge(0, 0, 0, 3, "怡景社区月度工作数据")
    sh.row(1, 0, ["项目", "数据", "单位", "备注"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
            "people_employed", "training_sessions", "dibao_households", "dibao_persons", "dibao_payout_yuan",
            "free_health_checks", "people_assisted", "goods_distributed", "cultural_activities", "lectures_held",
            "volunteers", "volunteer_person_times", "patrol_members", "informants", "security_cases",
            "floating_population", "residents"]
    notes = {"people_assisted": "腊月廿五（2月12日）集中走访", "goods_distributed": "米、油、春联礼包",
             "floating_population": "春节返乡，正月初八（2月24日）后陆续返厦", "cultural_activities": "元宵游园活动在3月"}
    for i, (_, label, unit, ind) in enumerate(pick(*inds)):
        r = 2 + i
        sh.put(r, 0, label)
        val(sh, r, 1, code, m, ind, style="wu" if ind == "security_cases" else "n")
        sh.put(r, 2, unit)
        if ind in notes:
            sh.put(r, 3, notes[ind])
    sh.merge(3 + len(inds), 0, 3 + len(inds), 3, "怡景社区居委会　报送日期：2026/3/4")
    save(B1 + "怡景社区月度工作数据.xlsx", [sh], "openpyxl",
         ["community_file", "period_only_in_sheet_name_as_8digit_range", "no_period_in_file_name_or_title",
          "lunar_dates_in_notes", "xlsx_openpyxl"], (2026, 3, 4, 10, 50))


def c13_hetong(W):
    """和通, first quarter: an Excel table (ListObject, autofilter) with months as rows 1月 | 2月 | 3月 and its total
    row 「汇总」 (SUBTOTAL formulas with cached values; nothing under the stocks)."""
    code = BY_SHORT["和通"]
    cols = [("受理诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"), ("调处纠纷（起）", "disputes_mediated"),
            ("文体活动（场）", "cultural_activities"), ("政策宣讲（次）", "lectures_held"), ("走访慰问（人）", "people_assisted"),
            ("免费体检（人）", "free_health_checks"), ("志愿服务（人次）", "volunteer_person_times"),
            ("注册志愿者（人）", "volunteers"), ("党员（名）", "party_members")]
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, len(cols), "和通社区2026年第一季度工作台账")
    sh.row(2, 0, ["月份"] + [h for h, _ in cols])
    months = ["2026-01", "2026-02", "2026-03"]
    for i, m in enumerate(months):
        sh.put(3 + i, 0, f"{int(m[5:])}月")
        for j, (_, ind) in enumerate(cols):
            val(sh, 3 + i, 1 + j, code, m, ind)
    tr = 3 + len(months)
    spec = [{"header": "月份", "total_string": "汇总"}]
    sh.put(tr, 0, "汇总")
    for j, (h, ind) in enumerate(cols):
        if ind in STOCKS:
            spec.append({"header": h})
        else:
            q = W.quarter(code, "2026-Q1", ind)
            spec.append({"header": h, "total_function": "sum", "total_value": q})
            qval(sh, tr, 1 + j, code, "2026-Q1", ind)
    sh.tables.append(dict(first_row=2, first_col=0, last_row=tr, last_col=len(cols), name="表1", columns=spec))
    sh.put(tr + 2, 0, "和通社区居委会　2026年4月2日")
    save(B1 + "和通社区2026年第一季度工作台账.xlsx", [sh], "xlsxwriter",
         ["community_file", "excel_table_object_total_row", "months_as_rows", "quarter_total_row", "xlsx_xlsxwriter"],
         (2026, 4, 2, 15, 30))


def c14_xingang(W):
    """新港 (ours, not 福州台江's), February: 项目 | 完成情况 two pairs a row, units glued, 「9户15人」, 「15万元」."""
    code, m = BY_SHORT["新港"], "2026-02"
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 3, "湖里区湖里街道新港社区2026年2月工作报表")
    sh.row(1, 0, ["项目", "完成情况", "项目", "完成情况"])
    rows = [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
            ("调处矛盾纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
            ("城镇新增就业", "人", "people_employed"), ("创业担保贷款", "元", "micro_loans_yuan"),
            ("低保", "", "pair"), ("低保金发放", "元", "dibao_payout_yuan"), ("走访慰问困难群众", "人", "people_assisted"),
            ("发放慰问品", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
            ("志愿服务", "人次", "volunteer_person_times"), ("巡逻队员", "人", "patrol_members"),
            ("治安案件", "起", "security_cases")]
    for i, (label, unit, ind) in enumerate(rows):
        r, c = 2 + i // 2, 2 * (i % 2)
        sh.put(r, c, label)
        if ind == "pair":
            pair(sh, r, c + 1, code, m)
        elif ind == "micro_loans_yuan":
            val(sh, r, c + 1, code, m, ind, style="wan")
        else:
            val(sh, r, c + 1, code, m, ind, style="wu_u" if ind == "security_cases" else "u", unit=unit)
    r = 3 + len(rows) // 2
    sh.merge(r, 0, r, 3, "备注：腊月廿八（2月15日）前完成春节走访慰问；1户个体工商户获创业担保贷款。")
    sh.merge(r + 1, 0, r + 1, 3, "新港社区居委会　2026年3月3日")
    save(B1 + "新港社区2026年2月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "label_value_pairs_two_per_row", "units_glued", "households_persons_in_one_cell",
          "wan_in_cell", "name_shared_with_same_province_city", "xlsx_openpyxl"], (2026, 3, 3, 9, 30))


def c15_haitian(W):
    """海天, March (WPS .et): indicators across under domain groups, a units row, one data row 「海天社区」; 「约600」."""
    code, m = BY_SHORT["海天"], "2026-03"
    groups = [("民生诉求", [("受理", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
                            ("调处纠纷", "起", "disputes_mediated")]),
              ("就业", [("新增岗位", "个", "jobs_created"), ("其中公益性岗位", "个", "public_welfare_jobs"),
                        ("城镇新增就业", "人", "people_employed")]),
              ("志愿服务", [("注册志愿者", "人", "volunteers"), ("服务人次", "人次", "volunteer_person_times")]),
              ("为老服务", [("老人免费体检", "人", "free_health_checks"), ("走访慰问", "人", "people_assisted")]),
              ("文化宣传", [("文体活动", "场", "cultural_activities"), ("政策宣讲", "次", "lectures_held")]),
              ("平安建设", [("巡逻队员", "人", "patrol_members"), ("信息员", "人", "informants"),
                            ("治安案件", "起", "security_cases")])]
    n = sum(len(g[1]) for g in groups)
    sh = Sheet("3月")
    sh.merge(0, 0, 0, n, "海天社区2026年3月工作报表")
    sh.merge(1, 0, 3, 0, "社区")
    c = 1
    for g, leaves in groups:
        sh.merge(1, c, 1, c + len(leaves) - 1, g)
        for label, unit, ind in leaves:
            sh.put(2, c, label)
            sh.put(3, c, unit)
            val(sh, 4, c, code, m, ind, style="about" if ind == "volunteer_person_times" else "n")
            c += 1
    sh.put(4, 0, "海天社区")
    sh.merge(6, 0, 6, n, "备注：3月5日学雷锋日开展“鹭岛志愿红”集中服务；3月3日（正月十五）元宵游园1场。")
    sh.merge(7, 0, 7, n, "填报人：蔡美华　报送日期：2026年4月3日")
    save(B1 + "海天社区2026年3月工作报表.et", [sh], "xlwt-et",
         ["community_file", "indicators_across", "domain_group_header", "units_row", "one_data_row", "about_values",
          "et_wps"], (2026, 4, 3, 10, 10))


def c16_cunli(W):
    """村里 (a name that is also the word 村里), March: 本月 | 1-3月累计 (blank for stocks); the note says 村里 too."""
    code, m = BY_SHORT["村里"], "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 5, "村里社区2026年3月工作报表")
    sh.row(1, 0, ["序号", "指标", "单位", "本月", "1-3月累计", "备注"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
            "people_employed", "zero_employment_households", "training_sessions", "dibao_households", "dibao_persons",
            "dibao_payout_yuan", "free_health_checks", "people_assisted", "cultural_activities", "lectures_held",
            "patrol_members", "informants", "security_cases", "volunteers", "volunteer_person_times",
            "floating_population", "residents"]
    for i, (_, label, unit, ind) in enumerate(pick(*inds)):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit])
        if ind == "training_sessions":
            miss(sh, r, 3, code, m, ind, "/")
            sh.put(r, 5, "3月培训课程调整至4月")
            continue
        val(sh, r, 3, code, m, ind, style="wu" if ind in ("security_cases", "zero_employment_households") else "n")
        if ind not in STOCKS:
            sh.put(r, 4, W.ytd(code, m, ind))
    r = 3 + len(inds)
    sh.merge(r, 0, r, 5, "备注：3月5日学雷锋日，组织党员志愿者到村里出租房集中区开展消防安全排查；春风行动招聘会提供岗位约300个。")
    sh.merge(r + 1, 0, r + 1, 5, "村里社区居委会　2026年4月2日")
    save(B1 + "村里社区2026年3月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "name_is_a_common_word", "month_and_ytd_columns", "blank_ytd_for_stocks", "wu_for_zero",
          "slash_not_reported", "xlsx_openpyxl"], (2026, 4, 2, 11, 5))


def build(W):
    c9_kangle(W)
    c10_kanghui(W)
    c11_kangtai(W)
    c12_yijing(W)
    c13_hetong(W)
    c14_xingang(W)
    c15_haitian(W)
    c16_cunli(W)
