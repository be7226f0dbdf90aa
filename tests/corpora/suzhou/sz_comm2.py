"""Community files, part two (2026-03 … 2026-06), and the 领秀金品 return corrected in batch2."""
from sz_comm import cell
from sz_grid import Sheet, miss, pair, prior, val
from sz_world import BY_SHORT, STREET
from sz_writers import save

B1 = "batch1/"


def c9_yujingwan(W):
    """项目 | 完成数 pairs two to a row with units glued on, 「无」, 「N户M人」."""
    code, m = BY_SHORT["玉景湾"], "2026-03"
    sh = Sheet("Sheet1")
    sh.put(0, 0, "玉景湾社区2026年3月工作月报")
    sh.row(1, 0, ["项目", "完成数", "项目", "完成数"])
    items = [("受理诉求", "petitions_received", "件"), ("办结诉求", "petitions_resolved", "件"),
             ("矛盾纠纷调处", "disputes_mediated", "起"), ("治安案件", "security_cases", "起"),
             ("新增就业岗位", "jobs_created", "个"), ("公益性岗位", "public_welfare_jobs", "个"),
             ("城镇新增就业", "people_employed", "人"), ("创业担保贷款", "micro_loans_yuan", "元"),
             ("城市低保", "pair", ""), ("低保金", "dibao_payout_yuan", "元"),
             ("志愿服务", "volunteer_person_times", "人次"), ("宣讲活动", "lectures_held", "次")]
    for i, (label, ind, unit) in enumerate(items):
        r, c = 2 + i // 2, (i % 2) * 2
        sh.put(r, c, label)
        if ind == "pair":
            pair(sh, r, c + 1, code, m)
        else:
            val(sh, r, c + 1, code, m, ind, style="wu_u" if ind in ("security_cases", "micro_loans_yuan",
                                                                      "public_welfare_jobs") else "cu", unit=unit)
    sh.put(9, 0, "报送时间：4月3日")
    save(B1 + "玉景湾社区2026年3月工作月报.xls", [sh], "xlwt",
         ["comm_pairs", "units_glued", "households_persons_one_cell", "wu_for_zero", "text_thousands",
          "footer_date_trap", "xls_xlwt"], (2026, 4, 3, 16, 40))


def c10_changqing(W):
    """项目 | 本月 | 上月 | 环比: numbers as text with thousands separators and a trailing space; 上月 is March."""
    code, m = BY_SHORT["长青"], "2026-04"
    sh = Sheet("4月")
    sh.put(0, 0, "长青社区2026年4月报表")
    sh.row(1, 0, ["项目", "本月", "上月", "环比"])
    items = [("常住户数（户）", "households"), ("常住人口（人）", "residents"), ("流动人口（人）", "floating_population"),
             ("注册志愿者（人）", "volunteers"), ("志愿服务（人次）", "volunteer_person_times"),
             ("老年人体检（人）", "free_health_checks"), ("低保户数（户）", "dibao_households"),
             ("低保人数（人）", "dibao_persons"), ("低保金（元）", "dibao_payout_yuan")]
    for i, (label, ind) in enumerate(items):
        r = 2 + i
        sh.put(r, 0, label)
        val(sh, r, 1, code, m, ind, style="csp")
        prior(sh, r, 2, code, W.prev(m), ind, style="csp")
        a, b = W.v[(code, m, ind)], W.v[(code, W.prev(m), ind)]
        sh.put(r, 3, f"{(a - b) / b * 100:.1f}%" if b else "—")
    sh.put(12, 0, "注：4月低保金含3月补发1,200元。")
    save(B1 + "长青社区2026年4月报表.xlsx", [sh], "openpyxl",
         ["comm_list", "text_thousands_trailing_space", "previous_month_column", "mom_text", "label_with_unit_in_one_cell",
          "notes_numbers", "xlsx_openpyxl"], (2026, 5, 5, 10, 0))


LXJP = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
        ("老年人体检", "人", "free_health_checks"), ("志愿服务", "人次", "volunteer_person_times"),
        ("注册志愿者", "人", "volunteers"), ("在册党员", "人", "party_members"), ("结对帮扶", "对", "pairings"),
        ("文体活动", "场", "cultural_activities"), ("群防群治巡防队员", "人", "patrol_members"),
        ("古城保护宣传", "次", ("out", 1, 3))]


def lxjp_sheet(W, corrected=False):
    code, m = BY_SHORT["领秀金品"], "2026-04"
    sh = Sheet("4月")
    sh.put(0, 0, "领秀金品社区2026年4月工作报表" + ("（更正）" if corrected else ""))
    sh.row(1, 0, ["序号", "指标", "单位", "数值", "备注"])
    for i, (label, unit, ind) in enumerate(LXJP):
        sh.row(2 + i, 0, [i + 1, label, unit])
        cell(W, sh, 2 + i, 3, code, m, ind)
    if corrected:
        o = W.old
        k = (code, m)
        sh.put(13, 0, f"更正说明：老年人体检原报{o[k + ('free_health_checks',)]}人（重复统计），志愿服务原报"
                      f"{o[k + ('volunteer_person_times',)]}人次，办结原报{o[k + ('petitions_resolved',)]}件含5月初办结件。")
    sh.put(14, 0, "报送日期：2026年5月" + ("12日" if corrected else "6日"))
    return sh


def c11_lxjp(W):
    save(B1 + "领秀金品社区2026年4月工作报表.xlsx", [lxjp_sheet(W)], "openpyxl",
         ["comm_list", "corrected_later", "outside_rows", "footer_date_trap", "xlsx_openpyxl"], (2026, 5, 6, 17, 20))


def c12_hetai(W):
    """LibreOffice .ods: 类别 merged down, 「100余」, blank vs 0."""
    code, m = BY_SHORT["和泰"], "2026-05"
    sh = Sheet("5月")
    sh.put(0, 0, "和泰社区2026年5月工作报表")
    sh.row(1, 0, ["类别", "项目", "单位", "本月", "备注"])
    groups = [("民生", [("受理诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
                        ("老年人免费体检", "人", "free_health_checks", "yu"), ("走访慰问", "人", "people_assisted", "n")]),
              ("就业", [("新增岗位", "个", "jobs_created", "n"), ("公益性岗位", "个", "public_welfare_jobs", "zero0"),
                        ("零就业家庭", "户", "zero_employment_households", "n"),
                        ("创业担保贷款", "万元", "micro_loans_yuan", "n")]),
              ("平安", [("平安信息员", "人", "informants", "n"), ("治安案件", "起", ("miss", "", "security_cases"), "n")])]
    r = 2
    for g, items in groups:
        sh.merge(r, 0, r + len(items) - 1, 0, g)
        for label, unit, ind, style in items:
            sh.row(r, 1, [label, unit])
            cell(W, sh, r, 3, code, m, ind, style=style, div=10000 if unit == "万元" else 1,
                 fmt="0.00" if unit == "万元" else None)
            if ind == "free_health_checks":
                sh.put(r, 4, "5月12日—16日集中体检")
            r += 1
    sh.put(r, 4, "治安案件派出所未反馈")
    save(B1 + "和泰社区2026年5月工作报表.ods", [sh], "odfpy",
         ["comm_list", "category_merged_down", "approx_yue_yu", "blank_not_reported", "unit_column_wan",
          "notes_numbers", "ods_odfpy"], (2026, 6, 3, 9, 20))


def c13_huchiyuan(W):
    """UTF-8 CSV with a BOM: 项目,数量,单位 (value before unit), 「/」 for not reported, a 合计 line of 诉求."""
    code, m = BY_SHORT["虎池苑"], "2026-05"
    sh = Sheet("csv")
    sh.put(0, 0, "虎池苑社区2026年5月报表")
    sh.row(1, 0, ["项目", "数量", "单位"])
    items = [("常住户数", "households", "户"), ("常住人口", "residents", "人"), ("社区工作者", "staff", "人"),
             ("低保户", "dibao_households", "户"), ("低保人数", "dibao_persons", "人"),
             ("低保金发放", "dibao_payout_yuan", "元"), ("平安信息员", "informants", "人"),
             ("治安案件", ("miss", "/", "security_cases"), "起"), ("矛盾纠纷调处", "disputes_mediated", "起"),
             ("零就业家庭", "zero_employment_households", "户")]
    for i, (label, ind, unit) in enumerate(items):
        sh.put(2 + i, 0, label)
        cell(W, sh, 2 + i, 1, code, m, ind, style="t")
        sh.put(2 + i, 2, unit)
    save(B1 + "虎池苑社区2026年5月报表.csv", [sh], "csv-utf8bom",
         ["comm_list", "csv_utf8_bom", "value_before_unit", "slash_not_reported", "numbers_as_text"], (2026, 6, 2, 8, 40))


def c14_qingjiayuan(W):
    """清佳苑 for 清嘉苑 (嘉/佳 jiā) in the file name and title; indicators across with line breaks in headers."""
    code, m = BY_SHORT["清嘉苑"], "2026-06"
    sh = Sheet("6月")
    sh.put(0, 0, "清佳苑社区2026年6月工作报表")
    cols = [("受理\n诉求(件)", "petitions_received"), ("办结\n(件)", "petitions_resolved"), ("老年人\n体检(人)", "free_health_checks"),
            ("走访\n慰问(人)", "people_assisted"), ("防汛\n巡查(人次)", None), ("文体\n活动(场)", "cultural_activities"),
            ("理论\n宣讲(场)", "lectures_held"), ("志愿\n服务(人次)", "volunteer_person_times"),
            ("注册\n志愿者(人)", "volunteers"), ("在册\n党员(名)", "party_members")]
    sh.put(1, 0, "社区")
    sh.put(2, 0, "清佳苑")
    for j, (h, ind) in enumerate(cols):
        sh.put(1, 1 + j, h)
        if ind:
            val(sh, 2, 1 + j, code, m, ind)
        else:
            sh.put(2, 1 + j, W.out(code, m, "防汛", 30, 80))
    sh.put(4, 0, "填报：周婷　2026年7月2日")
    save(B1 + "清佳苑社区2026年6月工作报表.xlsx", [sh], "xlsxwriter",
         ["comm_across_one_row", "name_typo_one_char", "header_line_breaks", "outside_columns", "footer_date_trap",
          "xlsx_xlsxwriter"], (2026, 7, 2, 11, 10))


def c15_baolin6(W):
    """Section headings inside the list (一、民生诉求 …) and 本月 | 1-6月累计 (累计 blank for stocks)."""
    code, m = BY_SHORT["宝邻"], "2026-06"
    sh = Sheet("工作报表")
    sh.put(0, 0, "宝邻社区居委会工作报表")
    sh.put(1, 0, "报表期：2026年6月")
    sh.row(2, 0, ["项目", "单位", "本月", "1-6月累计"])
    sections = [("一、民生诉求", [("受理", "件", "petitions_received"), ("办结", "件", "petitions_resolved")]),
                ("二、就业创业", [("新增就业岗位", "个", "jobs_created"), ("城镇新增就业", "人", "people_employed"),
                              ("创业担保贷款", "元", "micro_loans_yuan")]),
                ("三、社会救助", [("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons")]),
                ("四、平安建设", [("矛盾纠纷调处", "起", "disputes_mediated"), ("治安案件", "起", "security_cases"),
                              ("巡防队员", "人", "patrol_members")])]
    stocks = {"dibao_households", "dibao_persons", "patrol_members"}
    r = 3
    for title, items in sections:
        sh.put(r, 0, title)
        r += 1
        for label, unit, ind in items:
            sh.row(r, 0, [label, unit])
            val(sh, r, 2, code, m, ind, style="wu" if ind == "micro_loans_yuan" else "n")
            if ind not in stocks:
                sh.put(r, 3, W.ytd(code, m, ind))
            r += 1
    save(B1 + "宝邻社区2026年6月工作报表.xlsx", [sh], "xlsxwriter",
         ["comm_list", "section_heading_rows", "period_line_baobiaoqi", "ytd_column", "wu_for_zero", "xlsx_xlsxwriter"],
         (2026, 7, 3, 10, 30))


def build(W):
    c9_yujingwan(W)
    c10_changqing(W)
    c11_lxjp(W)
    c12_hetai(W)
    c13_huchiyuan(W)
    c14_qingjiayuan(W)
    c15_baolin6(W)
