"""Street-office files, part two: 2026-01 … 2026-07."""
import random

import corpus_grid as G
from corpus_grid import Formula, Sheet, header, miss, month_date, qval, val
from corpus_world import CODE, COMMUNITIES, nm
from corpus_writers import save

B1 = "batch1/"
CODES = [c for c, _ in COMMUNITIES]
YM = 'yyyy"年"m"月"'


def s9_party_may():
    """五月份 with the period as 「统计时间：二〇二六年五月」 in a cell and a 填报日期 in Chinese numerals beside it."""
    m = "2026-05"
    rnd = random.Random(109)
    sh = Sheet("五月")
    sh.merge(0, 0, 0, 7, "莲华街道五月份党建和志愿服务情况")
    sh.merge(1, 0, 1, 3, "统计时间：二〇二六年五月")
    sh.merge(1, 4, 1, 7, "填报日期：二〇二六年六月三日")
    cols = [("在册党员（人）", "party_members"), ("党员结对帮扶（对）", "pairings"), ("实名注册志愿者（人）", "volunteers"),
            ("参加志愿服务（人次）", "volunteer_person_times"), ("志愿服务时长（小时）", None)]
    sh.row(2, 0, ["序号", "社区名称"] + [t for t, _ in cols] + ["备注"])
    forms = ["jwh", "jwh2", "jwh", "sq", "jwh"]
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, nm(code, forms[i % len(forms)]))
        for j, (_, ind) in enumerate(cols):
            if ind is None:
                sh.put(r, 2 + j, G.W.v[(code, m, "volunteer_person_times")] * rnd.choice([2, 3]))
            else:
                val(sh, r, 2 + j, code, m, ind)
        if code == CODE["云南财经大学"]:
            sh.put(r, 7, "5月4日青年节新增学生党员4名")
    sh.put(3 + len(CODES) + 1, 0, "填表人：和丽萍　　电话：0871-65168420")
    save(B1 + "莲华街道五月份党建和志愿服务情况.xls", [sh], "xlwt",
         ["street_file_rows", "indicators_as_columns", "title_month_chinese", "period_cell_chinese_numerals",
          "date_cell_chinese_numerals_trap", "header_one_row", "header_units_brackets", "seq_column", "names_jwh_mixed",
          "outside_catalogue_column", "notes_column", "footer", "footer_phone", "xls_xlwt"], (2026, 6, 3, 9, 10))


def s10_long_may_jun():
    """Long format 社区 | 月份 | 指标 | 数值: the community merged over its rows, the month a merged date cell."""
    sh = Sheet("数据")
    sh.merge(0, 0, 0, 3, "莲华街道2026年5-6月社区工作数据")
    sh.row(1, 0, ["社区", "月份", "指标", "数值"])
    inds = [("群众诉求登记（件）", "petitions_received"), ("诉求办结（件）", "petitions_resolved"),
            ("纠纷调处（起）", "disputes_mediated"), ("治安案件（起）", "security_cases"),
            ("文体活动（场）", "cultural_activities")]
    r = 2
    for code in CODES:
        sh.merge(r, 0, r + 2 * len(inds) - 1, 0, nm(code, "full"))
        for month in ("2026-05", "2026-06"):
            sh.merge(r, 1, r + len(inds) - 1, 1, month_date(month), YM)
            for label, ind in inds:
                sh.put(r, 2, label)
                val(sh, r, 3, code, month, ind, style="wu" if ind == "security_cases" else "n")
                r += 1
    sh.put(r + 1, 0, "说明：治安案件为派出所反馈立案数，“无”为本月未发生。")
    save(B1 + "莲华街道2026年5-6月社区工作数据.xlsx", [sh], "openpyxl",
         ["street_file_long", "long_format", "merged_community_cells", "merged_month_date_cells", "month_date_cells",
          "title_month_span", "indicator_units_in_label", "names_full", "wu_zero", "notes_rows", "xlsx_openpyxl"],
         (2026, 7, 6, 14, 30))


def s11_jobs_jun():
    """UTF-8 BOM CSV of messy values: 约50, 30余, 23万元 under a (元) header, full-width digits, 无, —, /, blank."""
    m = "2026-06"
    sh = Sheet("csv")
    sh.put(0, 0, "莲华街道2026.6就业情况统计")
    cols = [("开发岗位(个)", "jobs_created"), ("其中公益岗(个)", "public_welfare_jobs"), ("公益岗占比", "share"),
            ("实现就业(人)", "people_employed"), ("创业担保贷款(元)", "micro_loans_yuan"),
            ("技能培训(场)", "training_sessions"), ("零就业家庭(户)", "zero_employment_households")]
    sh.row(1, 0, ["序号", "社区"] + [t for t, _ in cols])
    special = {(CODE["马村"], "jobs_created"): ("yue", None), (CODE["虹山"], "people_employed"): ("yu", None),
               (CODE["苏家塘"], "micro_loans_yuan"): ("wan", "元"), (CODE["江北"], "jobs_created"): ("fw", None),
               (CODE["学府"], "people_employed"): ("fw", None), (CODE["教场东路"], "training_sessions"): ("miss", "—"),
               (CODE["云南省第二监狱"], "zero_employment_households"): ("miss", "/"),
               (CODE["昆明冶金高等专科学校"], "micro_loans_yuan"): ("miss", "")}
    for i, code in enumerate(CODES):
        r = 2 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, nm(code))
        for j, (_, ind) in enumerate(cols):
            c = 2 + j
            if ind == "share":
                a, b = G.W.v[(code, m, "public_welfare_jobs")], G.W.v[(code, m, "jobs_created")]
                sh.put(r, c, f"{round(100 * a / b)}%")
                continue
            st, unit = special.get((code, ind), ("wu" if ind in ("micro_loans_yuan", "training_sessions") else "n", ""))
            if st == "miss":
                miss(sh, r, c, code, m, ind, unit)
            else:
                val(sh, r, c, code, m, ind, style=st, unit=unit or "")
    r = 2 + len(CODES)
    sh.put(r, 0, "联系电话：0871-65330217（街道就业服务站）")
    save(B1 + "莲华街道2026.6就业情况.csv", [sh], "csv-utf8bom",
         ["street_file_rows", "indicators_as_columns", "title_period_dot", "header_one_row", "header_units_brackets",
          "qizhong_subcolumn", "derived_share_text", "values_approx", "values_fullwidth", "values_wan_in_cell",
          "wu_zero", "dash_slash_blank", "seq_column", "names_sq", "footer_phone", "csv_utf8_bom"],
         (2026, 7, 3, 11, 0))


def s12_livelihood_jul():
    """UTF-8 CSV without BOM: one header row, 居委会 names, a 合计 row, a blank cell."""
    m = "2026-07"
    sh = Sheet("csv")
    cols = [("诉求受理(件)", "petitions_received"), ("诉求办结(件)", "petitions_resolved"),
            ("纠纷调解(起)", "disputes_mediated"), ("低保家庭(户)", "dibao_households"), ("低保对象(人)", "dibao_persons"),
            ("低保金(元)", "dibao_payout_yuan"), ("免费体检(人)", "free_health_checks"), ("困难帮扶(人)", "people_assisted"),
            ("慰问物资(件)", "goods_distributed")]
    sh.row(0, 0, ["社区"] + [t for t, _ in cols])
    for i, code in enumerate(CODES):
        r = 1 + i
        sh.put(r, 0, nm(code, "jwh"))
        for j, (_, ind) in enumerate(cols):
            if code == CODE["江岸"] and ind == "goods_distributed":
                miss(sh, r, 1 + j, code, m, ind, "")
            else:
                val(sh, r, 1 + j, code, m, ind)
    r = 1 + len(CODES)
    sh.put(r, 0, "合计")
    for j, (_, ind) in enumerate(cols):
        sh.put(r, 1 + j, sum(G.W.v[(c, m, ind)] for c in CODES if not (c == CODE["江岸"] and ind == "goods_distributed")))
    save(B1 + "莲华街道2026年7月民生数据汇总.csv", [sh], "csv-utf8",
         ["street_file_rows", "indicators_as_columns", "title_month_full", "no_title", "header_one_row",
          "header_units_brackets", "names_jwh", "total_row", "blank_value", "csv_utf8"], (2026, 8, 5, 10, 20))


def s13_dibao_q1():
    """One sheet per month (1月, 2月, 3月; the year only in the title row), a 汇总 sheet of formulas over them
    with cached values (3月末 stocks = duplicates, the quarter's payout = quarter total), a hidden 草表."""
    rnd = random.Random(113)
    sheets = []
    first = 2
    for month in ("2026-01", "2026-02", "2026-03"):
        sh = Sheet(f"{int(month[5:])}月")
        sh.merge(0, 0, 0, 5, "莲华街道城市低保动态管理台账（2026年）")
        sh.row(1, 0, ["序号", "社区", "在保户数（户）", "在保人数（人）", "当月发放低保金（元）", "变动情况"])
        for i, code in enumerate(CODES):
            r = first + i
            sh.put(r, 0, i + 1)
            sh.put(r, 1, nm(code))
            val(sh, r, 2, code, month, "dibao_households")
            val(sh, r, 3, code, month, "dibao_persons")
            val(sh, r, 4, code, month, "dibao_payout_yuan", fmt="#,##0")
            if rnd.random() < 0.25:
                sh.put(r, 5, rnd.choice(["新增1户", "退出1户（收入超标）", "新增1人", "死亡注销1人"]))
        r = first + len(CODES)
        sh.put(r, 1, "合计")
        for c in (2, 3, 4):
            s = sum(sh.cells[(rr, c)][0] for rr in range(first, r))
            sh.put(r, c, Formula(f"=SUM({G.ref(first, c)}:{G.ref(r - 1, c)})", s), "#,##0" if c == 4 else None)
        sheets.append(sh)
    su = Sheet("汇总")
    su.merge(0, 0, 0, 3, "莲华街道城市低保一季度汇总（2026年）")
    su.row(1, 0, ["社区", "3月末在保户数（户）", "3月末在保人数（人）", "一季度累计发放低保金（元）"])
    for i, code in enumerate(CODES):
        r, src = 2 + i, first + i
        su.put(r, 0, Formula(f"='3月'!B{src + 1}", nm(code)))
        val(su, r, 1, code, "2026-03", "dibao_households", role="duplicate", formula=f"='3月'!C{src + 1}")
        val(su, r, 2, code, "2026-03", "dibao_persons", role="duplicate", formula=f"='3月'!D{src + 1}")
        qval(su, r, 3, code, "2026-Q1", "dibao_payout_yuan", fmt="#,##0",
             formula=f"='1月'!E{src + 1}+'2月'!E{src + 1}+'3月'!E{src + 1}")
    sheets.append(su)
    scratch = Sheet("草表")
    scratch.put(0, 0, "核对用，勿报")
    for i in range(8):
        scratch.row(1 + i, 0, [rnd.randint(10, 60), rnd.randint(20, 90), rnd.randint(9000, 40000)])
    scratch.hidden = True
    sheets.append(scratch)
    save(B1 + "莲华街道2026年1-3月低保动态台账.xlsx", sheets, "xlsxwriter",
         ["street_file_rows", "indicators_as_columns", "sheet_per_month", "year_only_in_title_row",
          "summary_sheet_formulas", "summary_duplicates", "quarter_total_formula", "hidden_sheet", "seq_column",
          "names_sq", "total_formula", "number_format_thousands", "notes_column", "xlsx_xlsxwriter"],
         (2026, 4, 3, 15, 50))


def s14_safety_culture_jun():
    """Two tables side by side on one sheet (平安建设 | 文化宣传), each with its own community column."""
    m = "2026-06"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 8, "莲华街道2026年6月平安和文化工作统计")
    sh.merge(1, 0, 1, 3, "（一）平安建设")
    sh.merge(1, 5, 1, 7, "（二）文化宣传")
    sh.row(2, 0, ["社区", "巡防队员（人）", "信息员（人）", "治安案件（起）"])
    sh.row(2, 5, ["社区名称", "文体活动（场）", "宣讲（次）"])
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.put(r, 0, nm(code, "short"))
        val(sh, r, 1, code, m, "patrol_members")
        val(sh, r, 2, code, m, "informants")
        val(sh, r, 3, code, m, "security_cases", style="wu")
        sh.put(r, 5, nm(code))
        val(sh, r, 6, code, m, "cultural_activities")
        val(sh, r, 7, code, m, "lectures_held")
    r = 3 + len(CODES)
    sh.put(r, 0, "合计")
    sh.put(r, 5, "合计")
    for c, ind in ((1, "patrol_members"), (2, "informants"), (3, "security_cases"), (6, "cultural_activities"),
                   (7, "lectures_held")):
        sh.put(r, c, sum(G.W.v[(code, m, ind)] for code in CODES))
    sh.put(r + 2, 0, "填报：莲华街道综治中心　电话：0871-65183300　2026年7月4日")
    save(B1 + "莲华街道2026年6月平安和文化工作.xls", [sh], "xlwt",
         ["street_file_rows", "indicators_as_columns", "title_month_full", "tables_side_by_side",
          "group_headings_numbered", "header_units_brackets", "names_short", "names_sq", "wu_zero", "total_row",
          "footer", "footer_phone", "footer_date_trap", "xls_xlwt"], (2026, 7, 4, 16, 5))


def s15_services_mar():
    """A hidden column holding last month's stale 帮扶 figures under the same header; √/× and 数据来源 columns."""
    m, prev = "2026-03", "2026-02"
    rnd = random.Random(115)
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 9, "莲华街道2026年3月社区工作月报")
    heads = ["序号", "社区", "老年人体检（人）", "帮扶困难群众（人）", "帮扶困难群众（人）", "慰问物资（件）",
             "文体活动（场）", "宣讲活动（次）", "是否录入系统", "数据来源"]
    sh.row(1, 0, heads)
    sh.hidden_cols = {4}
    for i, code in enumerate(CODES):
        r = 2 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, nm(code))
        val(sh, r, 2, code, m, "free_health_checks")
        val(sh, r, 3, code, m, "people_assisted")
        sh.put(r, 4, G.W.v[(code, prev, "people_assisted")])        # stale: February's figure, hidden
        val(sh, r, 5, code, m, "goods_distributed")
        val(sh, r, 6, code, m, "cultural_activities")
        val(sh, r, 7, code, m, "lectures_held")
        sh.put(r, 8, "√" if rnd.random() < 0.8 else "×")
        sh.put(r, 9, rnd.choice(["社区台账", "民政系统导出", "网格员上报", "社区卫生服务站"]))
    r = 2 + len(CODES)
    sh.put(r, 1, "合计")
    for c, ind in ((2, "free_health_checks"), (3, "people_assisted"), (5, "goods_distributed"),
                   (6, "cultural_activities"), (7, "lectures_held")):
        sh.put(r, c, sum(G.W.v[(code, m, ind)] for code in CODES))
    sh.put(r + 1, 0, "注：“是否录入系统”指是否已录入云南省社会救助信息系统。")
    save(B1 + "莲华街道2026年3月社区工作月报.xlsx", [sh], "openpyxl",
         ["street_file_rows", "indicators_as_columns", "title_month_full", "header_one_row", "header_units_brackets",
          "hidden_column_stale", "tick_cross_column", "source_column_words", "seq_column", "names_sq", "total_row",
          "notes_rows", "xlsx_openpyxl"], (2026, 4, 6, 10, 40))


def s16_safety_volunteers_jul():
    """Two-row header over three groups, 「冶金高专社区」 for 昆明冶金高等专科学校社区, 「约600」."""
    m = "2026-07"
    sh = Sheet("7月")
    sh.merge(0, 0, 0, 8, "莲华街道2026年7月平安建设、志愿服务和党建工作统计")
    tree = [("序号", "seq"), ("社区", "name"),
            ("平安建设", [("巡逻队员（人）", "patrol_members"), ("平安信息员（人）", "informants"),
                      ("治安案件（起）", "security_cases")]),
            ("志愿服务", [("在册志愿者（人）", "volunteers"), ("服务人次", "volunteer_person_times")]),
            ("党建", [("党员（人）", "party_members"), ("党员结对（对）", "pairings")])]
    leaves = header(sh, 1, 0, tree, 2)
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, "冶金高专社区" if code == CODE["昆明冶金高等专科学校"] else nm(code))
        for c, ind in leaves[2:]:
            st = "yue" if (code, m, ind) == (CODE["江北"], m, "volunteer_person_times") else "n"
            val(sh, r, c, code, m, ind, style=st)
    r = 3 + len(CODES)
    sh.put(r + 1, 0, "注：治安案件数据来源于莲华派出所，截至2026年7月31日。")
    save(B1 + "莲华街道2026年7月平安志愿党建.xlsx", [sh], "xlsxwriter",
         ["street_file_rows", "indicators_as_columns", "title_month_full", "header_two_row_merged", "group_headings",
          "header_units_brackets", "seq_column", "names_sq", "names_abbreviation", "values_approx", "notes_rows",
          "note_date_trap", "xlsx_xlsxwriter"], (2026, 8, 4, 9, 25))


def build():
    s9_party_may()
    s10_long_may_jun()
    s11_jobs_jun()
    s12_livelihood_jul()
    s13_dibao_q1()
    s14_safety_culture_jun()
    s15_services_mar()
    s16_safety_volunteers_jul()
