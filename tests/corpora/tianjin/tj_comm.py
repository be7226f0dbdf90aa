"""Community files, part 1: forms not starting in A1, grouped headers, pairs, GBK CSV, sheets per month."""
from tj_grid import Sheet, header, miss, pair, prior, val
from tj_world import BY_SHORT
from tj_writers import save

# (label, unit, indicator or None = outside the catalogue)
ITEMS = [("受理居民诉求", "件", "petitions_received"), ("其中：8890便民专线转办", "件", None),
         ("诉求办结", "件", "petitions_resolved"), ("矛盾纠纷调处化解", "起", "disputes_mediated"),
         ("实现就业（含灵活就业）", "人", "people_employed"), ("新增就业岗位", "个", "jobs_created"),
         ("其中：公益性岗位", "个", "public_welfare_jobs"), ("职业技能培训", "场", "training_sessions"),
         ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
         ("65岁以上老年人免费体检", "人", "free_health_checks"), ("走访慰问困难群众", "人", "people_assisted"),
         ("发放慰问品", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
         ("政策宣讲", "次", "lectures_held"), ("注册志愿者", "人", "volunteers"),
         ("志愿服务", "人次", "volunteer_person_times"), ("群防群治巡逻队员", "人", "patrol_members"),
         ("平安信息员", "人", "informants"), ("治安案件", "起", "security_cases"), ("楼门长", "人", None),
         ("在册党员", "名", "party_members"), ("党员结对帮扶", "对", "pairings")]
STOCKS = {"dibao_households", "dibao_persons", "volunteers", "patrol_members", "informants", "party_members",
          "pairings", "zero_employment_households", "households", "residents", "floating_population", "staff"}


def off_a1_form(W):
    """环湖南里 9月: the table from C5 (title in C2, a 填报单位 line), 本月 | 上月 (August: outside the period)."""
    short, m = "环湖南里", "2025-09"
    code = BY_SHORT[short]
    sh = Sheet("Sheet1")
    sh.merge(1, 2, 1, 7, "环湖南里社区2025年9月份工作数据报表")
    sh.put(2, 2, "填报单位（章）：环湖南里社区居委会")
    sh.put(2, 6, "单位：件、人、场")
    sh.row(4, 2, ["序号", "项目", "计量单位", "本月", "上月", "备注"])
    for i, (lab, unit, ind) in enumerate(ITEMS):
        r = 5 + i
        sh.row(r, 2, [i + 1, lab, unit])
        if ind is None:
            sh.row(r, 5, [8 + i % 5, 7 + i % 4])
            continue
        val(sh, r, 5, code, m, ind)
        prior_m = W.prev(m)
        v = W.v[(code, prior_m, ind)]
        sh.put(r, 6, v)
        sh.rec(r, 6, ("ignore", (code, prior_m, ind), v, None))
    sh.put(5 + 10, 7, "金秋招聘月")
    sh.put(6 + len(ITEMS), 2, "填表人：王淑芬　　联系电话：022-28351146　　报送日期：2025年10月8日")
    save("batch1/环湖南里社区2025年9月份工作数据报表.xlsx", [sh], "openpyxl",
         ["community_file", "table_starts_C5", "title_month_fen", "prev_month_column_outside_period", "qizhong_row",
          "qizhong_outside", "loumenzhang_outside", "units_line_in_title_area", "footer_phone", "footer_date_trap"],
         (2025, 10, 8, 9, 10))


def across_grouped(W):
    """宾水西里 10月 (.xls): indicators across in one data row under a two-row group header, units in brackets."""
    short, m = "宾水西里", "2025-10"
    code = BY_SHORT[short]
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 13, "宾水西里社区居委会2025年10月工作情况统计表")
    tree = [("社区", "name"),
            ("接诉即办", [("受理\n（件）", "petitions_received"), ("办结\n（件）", "petitions_resolved"),
                      ("满意率", "rate")]),
            ("为老服务", [("免费体检\n（人）", "free_health_checks"), ("重阳走访慰问\n（人）", "people_assisted"),
                      ("慰问品\n（件）", "goods_distributed"), ("助餐\n（人次）", "x")]),
            ("文化宣传", [("文体活动\n（场）", "cultural_activities"), ("宣讲\n（次）", "lectures_held")]),
            ("志愿服务", [("注册志愿者\n（人）", "volunteers"), ("服务人次", "volunteer_person_times")]),
            ("平安建设", [("巡逻队员\n（人）", "patrol_members"), ("治安案件\n（起）", "security_cases")])]
    leaves = header(sh, 1, 0, tree, 2)
    for c, leaf in leaves:
        if leaf == "name":
            sh.put(3, c, "宾水西里")
        elif leaf == "rate":
            sh.put(3, c, "98.5%")
        elif leaf == "x":
            sh.put(3, c, 412)
        else:
            val(sh, 3, c, code, m, leaf)
    sh.put(5, 0, "备注：10月1日—8日国庆中秋假期，开展“我们的节日·中秋”活动3场，已计入文体活动。")
    sh.put(6, 0, "报送：宾水西里社区　2025.11.4")
    save("batch1/宾水西里社区2025年10月工作情况统计表.xls", [sh], "xlwt",
         ["community_file", "indicators_across_one_row", "header_two_row_merged", "header_line_breaks",
          "derived_rate_text", "outside_columns", "notes_numbers", "footer_dot_date"], (2025, 11, 4, 16, 0))


def pairs_two_per_row(W):
    """气象南里 11月: label/value pairs two per row, units glued on the values, 「N户M人」, a 共建 note naming
    马场街道气象里社区 (one character from 气象南里)."""
    short, m = "气象南里", "2025-11"
    code = BY_SHORT[short]
    sh = Sheet("工作数据")
    sh.merge(0, 0, 0, 3, "河西区天塔街道气象南里社区2025年11月工作数据")
    cells = [("受理居民诉求", "petitions_received", "件"), ("诉求办结", "petitions_resolved", "件"),
             ("调处化解纠纷", "disputes_mediated", "起"), ("实现就业", "people_employed", "人"),
             ("新增岗位", "jobs_created", "个"), ("低保", "pair", ""), ("免费体检", "free_health_checks", "人"),
             ("走访慰问", "people_assisted", "人"), ("文体活动", "cultural_activities", "场"),
             ("政策宣讲", "lectures_held", "次"), ("注册志愿者", "volunteers", "人"),
             ("志愿服务", "volunteer_person_times", "人次"), ("巡逻队员", "patrol_members", "人"),
             ("平安信息员", "informants", "人"), ("治安案件", "security_cases", "起"), ("供热诉求", None, "件")]
    for k, (lab, ind, unit) in enumerate(cells):
        r, c = 1 + k // 2, (k % 2) * 2
        sh.put(r, c, lab)
        if ind == "pair":
            pair(sh, r, c + 1, code, m)
        elif ind:
            val(sh, r, c + 1, code, m, ind, style="u", unit=unit)
        else:
            sh.put(r, c + 1, "23件")
    r = 2 + len(cells) // 2
    sh.merge(r, 0, r, 3, "备注：11月15日起供暖，供热诉求单列；与马场街道气象里社区开展共建活动2场（已计入文体活动）。")
    sh.put(r + 1, 0, "填报人：刘建华　2025年12月3日")
    save("batch1/气象南里社区2025年11月工作数据.xlsx", [sh], "openpyxl",
         ["community_file", "label_value_pairs_two_per_row", "units_glued", "pair_hh_persons", "name_one_char_other_street",
          "notes_name_other_community", "outside_cells", "footer_date_trap"], (2025, 12, 3, 10, 0))


def gbk_csv(W):
    """宾水东里 12月 (GBK CSV): 指标 | 本月 | 本年累计, 「无」 = 0, 「/」 not reported, 千分位 text."""
    short, m = "宾水东里", "2025-12"
    code = BY_SHORT[short]
    sh = Sheet("csv")
    sh.row(0, 0, ["宾水东里社区2025年12月工作报表"])
    sh.row(1, 0, ["指标", "单位", "本月", "本年累计"])
    rows = [("受理居民诉求", "件", "petitions_received"), ("诉求办结", "件", "petitions_resolved"),
            ("矛盾纠纷调处化解", "起", "disputes_mediated"), ("实现就业", "人", "people_employed"),
            ("新增就业岗位", "个", "jobs_created"), ("公益性岗位", "个", "public_welfare_jobs"),
            ("创业担保贷款", "元", "micro_loans_yuan"), ("低保金发放", "元", "dibao_payout_yuan"),
            ("走访慰问困难群众", "人", "people_assisted"), ("发放慰问品", "件", "goods_distributed"),
            ("文体活动", "场", "cultural_activities"), ("志愿服务", "人次", "volunteer_person_times"),
            ("治安案件", "起", "security_cases"), ("常住户数", "户", "households"), ("常住人口", "人", "residents")]
    for i, (lab, unit, ind) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        if ind == "training_sessions":
            miss(sh, r, 2, code, m, ind, "/")
        elif ind in ("security_cases", "micro_loans_yuan") and W.v[(code, m, ind)] == 0:
            val(sh, r, 2, code, m, ind, style="wu")
        elif ind in ("households", "residents", "micro_loans_yuan", "dibao_payout_yuan"):
            val(sh, r, 2, code, m, ind, style="k")
        else:
            val(sh, r, 2, code, m, ind, style="t")
        if ind not in STOCKS:
            ytd = W.ytd(code, m, ind) - (W.v[(code, m, ind)] - W.old.get((code, m, ind), W.v[(code, m, ind)]))
            sh.put(r, 3, f"{ytd:,}")   # as the clerk knew it: before the batch2 correction
    r = 2 + len(rows)
    sh.row(r, 0, ["职业技能培训", "场"])
    miss(sh, r, 2, code, m, "training_sessions", "/")
    sh.put(r, 3, "/")
    sh.row(r + 1, 0, ["填报：陈静", "2026.1.6"])
    save("batch1/宾水东里社区2025年12月工作报表.csv", [sh], "csv-gbk",
         ["community_file", "csv_gbk", "ytd_column", "wu_zero", "slash_not_reported", "thousands_text",
          "name_one_char_neighbours", "footer_dot_date"], (2026, 1, 6, 9, 0))


def month_sheets(W):
    """育贤里 9–12月: one sheet per month named 「2025.09」…「2025.12」, the same short form in each, the year only in
    the sheet names and the file name."""
    short = "育贤里"
    code = BY_SHORT[short]
    sheets = []
    items = [(lab, u, ind) for lab, u, ind in ITEMS if ind not in (None, "training_sessions", "pairings")]
    for m in ("2025-09", "2025-10", "2025-11", "2025-12"):
        sh = Sheet(m.replace("-", "."))
        sh.merge(0, 0, 0, 2, f"育贤里社区{int(m[5:])}月份数据")
        sh.row(1, 0, ["项目", "单位", "数值"])
        for i, (lab, unit, ind) in enumerate(items):
            sh.row(2 + i, 0, [lab, unit])
            val(sh, 2 + i, 2, code, m, ind)
        sheets.append(sh)
    save("batch1/育贤里社区2025年9-12月数据.xlsx", sheets, "openpyxl",
         ["community_file", "sheet_per_month_dotted", "title_month_no_year", "span_filename", "indicators_as_rows"],
         (2026, 1, 7, 15, 20))


def prior_year_ods(W):
    """紫金里 1月 (.ods): 本月 | 去年同期 (outside the period) | 同比 text, 类别 merged down."""
    short, m = "紫金里", "2026-01"
    code = BY_SHORT[short]
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 5, "紫金里社区2026年1月工作报表")
    sh.row(1, 0, ["类别", "指标", "单位", "本月", "去年同期", "同比"])
    cats = [("民情诉求", ITEMS[0:4]), ("就业", ITEMS[4:8]), ("民政为老", ITEMS[8:13]), ("文化志愿", ITEMS[13:17]),
            ("平安党建", ITEMS[17:23])]
    r = 2
    for cat, its in cats:
        sh.merge(r, 0, r + len(its) - 1, 0, cat)
        for lab, unit, ind in its:
            sh.row(r, 1, [lab, unit])
            if ind:
                val(sh, r, 3, code, m, ind)
                prior(sh, r, 4, code, m, ind)
                a, b = W.v[(code, m, ind)], W.v[(code, W.last_year(m), ind)]
                sh.put(r, 5, f"{100 * (a - b) / b:+.1f}%" if b else "—")
            else:
                sh.row(r, 3, [12, 11, "+9.1%"])
            r += 1
    sh.put(r + 1, 0, "紫金里社区居委会　2026年2月4日（春节前）")
    save("batch1/紫金里社区2026年1月工作报表.ods", [sh], "odfpy",
         ["community_file", "category_merged_down", "prior_year_column", "yoy_text", "qizhong_outside", "footer_date_trap"],
         (2026, 2, 4, 11, 0))


def build(W):
    off_a1_form(W)
    across_grouped(W)
    pairs_two_per_row(W)
    gbk_csv(W)
    month_sheets(W)
    prior_year_ods(W)
