"""Street-office files, part one (莲华街道 collects the communities' figures): 2025-12 … 2026-04."""
import random

import corpus_grid as G
from corpus_grid import Formula, Sheet, header, miss, qval, val
from corpus_world import CODE, COMMUNITIES, nm
from corpus_writers import save

B1 = "batch1/"
CODES = [c for c, _ in COMMUNITIES]
PCT = "0.0%"


def s1_petitions_dec():
    """合计 row first, blank template rows, a 数据来源 column, 办结率 as text, 排查 outside the catalogue."""
    m = "2025-12"
    rnd = random.Random(101)
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 9, "莲华街道2025年12月民情诉求和矛盾纠纷化解情况统计表")
    sh.put(1, 0, "填报单位：莲华街道党政综合办（平安办）")
    sh.put(1, 8, "单位：件、起")
    tree = [("序号", "seq"), ("社区", "name"),
            ("民情诉求", [("接件（件）", "petitions_received"), ("办结（件）", "petitions_resolved"), ("办结率", "rate")]),
            ("矛盾纠纷", [("排查（起）", "out"), ("调处化解（起）", "disputes_mediated")]),
            ("数据来源", "src"), ("备注", "note")]
    leaves = header(sh, 2, 0, tree, 2)
    template = {CODE["昆明冶金高等专科学校"], CODE["云南省第二监狱"]}
    sources = ["12345热线+来访登记", "网格员走访", "社区诉求台账", "12345热线", "来访登记簿"]
    notes = {CODE["虹山"]: "含11月结转3件", CODE["江北"]: "12月18日调处邻里漏水纠纷1起"}
    tot = {"petitions_received": 0, "petitions_resolved": 0, "disputes_mediated": 0, "out": 0}
    r = 5
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, nm(code))
        if code not in template:
            for c, leaf in leaves[2:]:
                if leaf in tot and leaf != "out":
                    val(sh, r, c, code, m, leaf)
                    tot[leaf] += G.W.v[(code, m, leaf)]
                elif leaf == "out":
                    x = G.W.v[(code, m, "disputes_mediated")] + rnd.randint(0, 4)
                    sh.put(r, c, x)
                    tot["out"] += x
                elif leaf == "rate":
                    a, b = G.W.v[(code, m, "petitions_resolved")], G.W.v[(code, m, "petitions_received")]
                    sh.put(r, c, f"{100 * a / b:.1f}%")
                elif leaf == "src":
                    sh.put(r, c, rnd.choice(sources))
                elif leaf == "note" and code in notes:
                    sh.put(r, c, notes[code])
        r += 1
    # the total row sits above the communities
    sh.put(4, 1, "合计")
    for c, leaf in leaves[2:]:
        if leaf in tot:
            sh.put(4, c, tot[leaf])
        elif leaf == "rate":
            sh.put(4, c, f"{100 * tot['petitions_resolved'] / tot['petitions_received']:.1f}%")
    sh.put(r + 1, 0, "说明：昆明冶金高等专科学校社区、云南省第二监狱社区本月未按时报送。")
    sh.put(r + 2, 0, "填表人：杨丽　　审核人：段志明　　联系电话：0871-65152376　　填报日期：2026年1月6日")
    sh.widths = {1: 22, 8: 20, 9: 18}
    save(B1 + "莲华街道2025年12月民情诉求和矛盾纠纷统计.xlsx", [sh], "openpyxl",
         ["street_file_rows", "indicators_as_columns", "title_month_full", "header_two_row_merged", "group_headings",
          "header_units_brackets", "seq_column", "names_sq", "total_row_first", "template_rows_blank",
          "source_column_words", "outside_catalogue_column", "derived_percent_text", "notes_column", "footer",
          "footer_date_trap", "footer_phone", "xlsx_openpyxl"], (2026, 1, 6, 16, 20))


def s2_jobs_jan():
    """Three-row merged header with numbered groups, 其中 sub-column, 贷免扶补 loans in 万元, 居委会 names."""
    m = "2026-01"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 12, "莲华街道26年1月就业和社会救助工作报表")
    sh.merge(1, 0, 1, 12, "（各社区居委会报送汇总）")
    tree = [("序号", "seq"), ("社区居委会", "name"),
            ("一、就业创业", [("就业岗位（个）", [("新开发", "jobs_created"), ("其中：公益性岗位开发", "public_welfare_jobs")]),
                         ("城镇新增就业（人）", "people_employed"),
                         ("贷免扶补创业贷款（万元）", "micro_loans_yuan"),
                         ("技能培训（场）", "training_sessions"), ("零就业家庭（户）", "zero_employment_households")]),
            ("二、社会救助", [("城市低保", [("在保户数（户）", "dibao_households"), ("在保人数（人）", "dibao_persons"),
                                     ("发放低保金（元）", "dibao_payout_yuan")])])]
    leaves = header(sh, 2, 0, tree, 3)
    r = 5
    tot = {}
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, nm(code, "jwh"))
        for c, ind in leaves[2:]:
            div = 10000 if ind == "micro_loans_yuan" else 1
            val(sh, r, c, code, m, ind, div=div, fmt="0.0" if div > 1 else None)
            tot[c] = tot.get(c, 0) + G.W.v[(code, m, ind)] / div
        r += 1
    sh.put(r, 1, "合计")
    for c, x in tot.items():
        sh.put(r, c, x)
    sh.put(r + 2, 0, "制表：莲华街道社会事务办　　　2026年2月5日")
    sh.widths = {1: 24}
    save(B1 + "莲华街道26年1月就业和社会救助工作报表.xls", [sh], "xlwt",
         ["street_file_rows", "indicators_as_columns", "title_yy_month", "header_three_row_merged",
          "group_headings_numbered", "qizhong_subcolumn", "header_units_brackets", "values_wan_header",
          "yunnan_daimianfubu", "chengzhen_xinzeng_jiuye", "seq_column", "names_jwh", "total_row", "footer",
          "footer_date_trap", "xls_xlwt"], (2026, 2, 5, 10, 2))


def s3_petitions_mar_apr():
    """Two months side by side (3月 | 4月 under merged headings), year in the title only, formulas with cached
    values, a homophone slip (较场北路), a √/× column."""
    rnd = random.Random(103)
    sh = Sheet("诉求办理")
    sh.merge(0, 0, 0, 11, "莲华街道2026年3-4月民情诉求办理情况")
    sub = [("登记诉求（件）", "petitions_received"), ("办理完结（件）", "petitions_resolved"),
           ("调解纠纷（起）", "disputes_mediated"), ("办结率", "rate")]
    tree = [("序号", "seq"), ("社区", "name"), ("3月", [(t, ("2026-03", k)) for t, k in sub]),
            ("4月", [(t, ("2026-04", k)) for t, k in sub]), ("按期报送", "tick")]
    leaves = header(sh, 1, 0, tree, 2)
    col = {leaf: c for c, leaf in leaves}
    r = 3
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, "较场北路" if code == CODE["教场北路"] else nm(code, "short"))
        for c, leaf in leaves[2:]:
            if leaf == "tick":
                sh.put(r, c, "×" if rnd.random() < 0.2 else "√")
                continue
            month, ind = leaf
            if ind == "rate":
                cr, cs = G.ref(r, col[(month, "petitions_received")]), G.ref(r, col[(month, "petitions_resolved")])
                a = sh.cells[(r, col[(month, "petitions_resolved")])][0]
                b = sh.cells[(r, col[(month, "petitions_received")])][0]
                sh.put(r, c, Formula(f"=IF({cr}=0,\"\",{cs}/{cr})", a / b), PCT)
            else:
                val(sh, r, c, code, month, ind)
        r += 1
    sh.put(r, 1, "合计")
    for c, leaf in leaves[2:]:
        if leaf == "tick":
            continue
        month, ind = leaf
        if ind == "rate":
            cr, cs = col[(month, "petitions_received")], col[(month, "petitions_resolved")]
            a, b = sh.cells[(r, cs)][0].cached, sh.cells[(r, cr)][0].cached
            sh.put(r, c, Formula(f"={G.ref(r, cs)}/{G.ref(r, cr)}", a / b), PCT)
        else:
            s = sum(sh.cells[(rr, c)][0] for rr in range(3, r))
            sh.put(r, c, Formula(f"=SUM({G.ref(3, c)}:{G.ref(r - 1, c)})", s))
    sh.put(r + 1, 0, "注：4月数据截至4月30日，办结率=已办结÷登记诉求。联系人：普晓燕 13577089236")
    save(B1 + "莲华街道2026年3-4月民情诉求办理情况.xlsx", [sh], "xlsxwriter",
         ["street_file_rows", "indicators_as_columns", "two_months_side_by_side", "month_only_headers_year_in_title",
          "header_two_row_merged", "seq_column", "names_short", "names_homophone", "derived_rate_formula",
          "total_formula", "tick_cross_column", "notes_rows", "footer_phone", "xlsx_xlsxwriter"],
         (2026, 5, 8, 9, 40))


def s4_basics_feb():
    """GBK CSV: a header with a trailing empty column, 备注 with commas inside quotes, "12,345", a community
    written twice (the second row is the 更正 and is the truth)."""
    m = "2026-02"
    sh = Sheet("csv")
    sh.put(0, 0, "莲华街道2026年2月社区基本情况统计")
    cols = [("实有户数（户）", "households", "n"), ("常住人口（人）", "residents", "c"),
            ("流动人口（人）", "floating_population", "c"), ("社区工作者（人）", "staff", "n"),
            ("在册党员（人）", "party_members", "n")]
    sh.row(1, 0, ["社区"] + [t for t, _, _ in cols] + ["备注", ""])
    notes = {CODE["教场中路"]: "新增商品房小区1个,入住约60户", CODE["马村"]: "城中村改造片区,出租房屋较多",
             CODE["学府"]: "含学府路沿线新建小区"}
    r = 2
    tot = [0] * len(cols)
    for code in CODES:
        twice = code == CODE["江北"]
        sh.put(r, 0, nm(code))
        for j, (_, ind, st) in enumerate(cols):
            key = (code, m, ind)
            if twice and key in G.W.rowfix:
                val(sh, r, j + 1, code, m, ind, style=st, value=G.W.rowfix[key])
            else:
                val(sh, r, j + 1, code, m, ind, style=st)
            tot[j] += G.W.v[key]
        if code in notes:
            sh.put(r, len(cols) + 1, notes[code])
        r += 1
        if twice:
            sh.put(r, 0, nm(code))
            for j, (_, ind, st) in enumerate(cols):
                role = "correction" if (code, m, ind) in G.W.rowfix else "duplicate"
                val(sh, r, j + 1, code, m, ind, style=st, role=role)
            sh.put(r, len(cols) + 1, "更正：上一行常住人口、户数录入有误,以此行为准")
            r += 1
    sh.row(r, 0, ["合计"] + [f"{x:,}" for x in tot])
    sh.put(r + 1, 0, "填报人：王敏,电话：13708712645,填报日期：2026年3月4日")
    save(B1 + "莲华街道2026年2月社区基本情况.csv", [sh], "csv-gbk",
         ["street_file_rows", "indicators_as_columns", "title_month_full", "header_one_row", "header_units_brackets",
          "header_trailing_empty_column", "notes_column_commas_quoted", "values_thousands_text", "names_sq",
          "community_twice_correction_row", "total_row", "footer", "footer_phone", "footer_date_trap", "csv_gbk"],
         (2026, 3, 4, 15, 5))


def s5_elderly_culture_jan():
    """.ods with merged header cells; 其中：失能老人 outside the catalogue."""
    m = "2026-01"
    rnd = random.Random(105)
    sh = Sheet("2026年1月")
    sh.merge(0, 0, 0, 8, "莲华街道2026年1月为老服务和文体活动统计")
    tree = [("社区", "name"),
            ("为老助残", [("老年人免费体检（人）", "free_health_checks"), ("其中：失能老人（人）", "out"),
                      ("困难群众帮扶（人）", "people_assisted"), ("慰问物品发放（件）", "goods_distributed")]),
            ("文体宣传", [("文艺体育活动（场）", "cultural_activities"), ("理论政策宣讲（次）", "lectures_held")]),
            ("备注", "note")]
    leaves = header(sh, 1, 0, tree, 2)
    r = 3
    for code in CODES:
        sh.put(r, 0, nm(code))
        for c, leaf in leaves[1:]:
            if leaf == "out":
                sh.put(r, c, max(0, G.W.v[(code, m, "free_health_checks")] // 10 - rnd.randint(0, 2)))
            elif leaf == "note":
                if code == CODE["马村"]:
                    sh.put(r, c, "1月28日开展迎春慰问，发放米油")
            else:
                val(sh, r, c, code, m, leaf, style="t" if code in (CODE["虹山"], CODE["江北"]) else "n")
        r += 1
    sh.put(r, 0, "合计")
    for c, leaf in leaves[1:-1]:
        if leaf != "out":
            sh.put(r, c, sum(G.W.v[(code, m, leaf)] for code in CODES))
    sh.put(r + 1, 0, "报送：莲华街道民政办　2026年2月6日")
    save(B1 + "莲华街道2026年1月为老服务和文体活动.ods", [sh], "odfpy",
         ["street_file_rows", "indicators_as_columns", "title_month_full", "header_two_row_merged", "group_headings",
          "header_units_brackets", "qizhong_outside_catalogue", "values_number_text", "names_sq", "total_row",
          "notes_column", "footer_date_trap", "ods_odfpy", "ods_merged_header"], (2026, 2, 6, 11, 30))


def s6_safety_feb():
    """Communities as columns, indicators as rows with a 单位 column, 合计 column, comments, rows outside."""
    m = "2026-02"
    rnd = random.Random(106)
    sh = Sheet("平安建设")
    sh.merge(0, 0, 0, 16, "莲华街道平安建设工作统计表（2026.2）")
    sh.row(1, 0, ["序号", "项目", "单位"] + [nm(c) for c in CODES] + ["合计"])
    rows = [("义务巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
            ("治安案件（立案）", "起", "security_cases"), ("社区戒毒社区康复人员", "人", None),
            ("消防安全检查", "处", None)]
    for i, (label, unit, ind) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit])
        tot = 0
        for j, code in enumerate(CODES):
            c = 3 + j
            if ind is None:
                x = rnd.randint(0, 6) if label.startswith("社区戒毒") else rnd.randint(8, 40)
                sh.put(r, c, x)
                tot += x
            elif ind == "security_cases" and code == CODE["云南省第二监狱"]:
                miss(sh, r, c, code, m, ind, "/")
            else:
                com = None
                if ind == "patrol_members" and code == CODE["马村"]:
                    com = "含春节期间新招募的志愿巡逻人员5人"
                if ind == "security_cases" and code == CODE["江岸"]:
                    com = "派出所2月27日反馈"
                val(sh, r, c, code, m, ind, comment=com)
                tot += G.W.v[(code, m, ind)]
        sh.put(r, 3 + len(CODES), tot)
    sh.put(8, 0, "注：治安案件数以莲华派出所、虹山派出所反馈为准；云南省第二监狱社区治安案件由监狱单独统计。")
    save(B1 + "莲华街道平安建设工作统计表（2026.2）.xlsx", [sh], "openpyxl",
         ["street_file_cols", "communities_as_columns", "indicators_as_rows", "unit_column", "title_period_dot",
          "seq_column", "names_sq", "total_column", "cell_comments", "outside_catalogue_row", "slash_value",
          "notes_rows", "xlsx_openpyxl"], (2026, 3, 5, 10, 15))


def s7_volunteers_q1():
    """Months as columns under an indicator group with a 第一季度 total beside them; 千人志愿者数 (derived)."""
    sh = Sheet("志愿服务")
    sh.merge(0, 0, 0, 10, "莲华街道2026年第一季度志愿服务统计")
    tree = [("序号", "seq"), ("社区", "name"),
            ("志愿服务参与（人次）", [("1月", ("vt", "2026-01")), ("2月", ("vt", "2026-02")), ("3月", ("vt", "2026-03")),
                          ("第一季度", ("vtq", None))]),
            ("志愿者注册人数（人）", [("1月末", ("vo", "2026-01")), ("2月末", ("vo", "2026-02")),
                            ("3月末", ("vo", "2026-03"))]),
            ("每千人志愿者数", ("rate", None))]
    leaves = header(sh, 1, 0, tree, 2)
    r = 3
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, nm(code))
        for c, (kind, month) in leaves[2:]:
            if kind == "vt":
                val(sh, r, c, code, month, "volunteer_person_times", fmt="#,##0")
            elif kind == "vtq":
                a, b = G.ref(r, c - 3), G.ref(r, c - 1)
                qval(sh, r, c, code, "2026-Q1", "volunteer_person_times", formula=f"=SUM({a}:{b})", fmt="#,##0")
            elif kind == "vo":
                val(sh, r, c, code, month, "volunteers", fmt="#,##0")
            else:
                x = 1000 * G.W.v[(code, "2026-03", "volunteers")] / G.W.v[(code, "2026-03", "residents")]
                sh.put(r, c, round(x, 1), "0.0")
        r += 1
    sh.put(r, 1, "全街道")
    for c, (kind, month) in leaves[2:-1]:
        s = sum(sh.cells[(rr, c)][0].cached if kind == "vtq" else sh.cells[(rr, c)][0] for rr in range(3, r))
        sh.put(r, c, Formula(f"=SUM({G.ref(3, c)}:{G.ref(r - 1, c)})", s), "#,##0")
    sh.put(r + 1, 0, "注：3月为“学雷锋志愿服务月”，人次含高校学生志愿者。")
    save(B1 + "莲华街道2026年第一季度志愿服务统计.xlsx", [sh], "xlsxwriter",
         ["street_file_rows", "months_as_columns_under_group", "quarter_total_column", "title_quarter",
          "header_two_row_merged", "seq_column", "names_sq", "number_format_thousands", "derived_per_1000",
          "total_formula", "notes_rows", "xlsx_xlsxwriter"], (2026, 4, 7, 17, 0))


def s8_social_apr():
    """Three tables stacked on one sheet, each with its own header and 合计, notes with dates and phones between."""
    m = "2026-04"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "莲华街道2026年4月社会事务综合表")
    tables = [
        ("一、城市最低生活保障", [("保障户数（户）", "dibao_households", 1), ("保障人数（人）", "dibao_persons", 1),
                          ("保障金发放（万元）", "dibao_payout_yuan", 10000)],
         "注：自2026年4月1日起按昆明市新调整的城市低保标准发放。咨询电话：0871-65101882"),
        ("二、为老助残服务", [("65岁以上老人免费体检（人）", "free_health_checks", 1),
                        ("入户帮扶困难群众（人）", "people_assisted", 1), ("慰问物资发放（件）", "goods_distributed", 1)],
         "注：4月15日至4月30日集中开展老年人健康体检，由莲华街道社区卫生服务中心承担。"),
        ("三、文化宣传", [("群众文体活动（场）", "cultural_activities", 1), ("开展宣讲（次）", "lectures_held", 1)], None),
    ]
    r = 2
    for title, cols, note in tables:
        sh.merge(r, 0, r, 4, title)
        sh.row(r + 1, 0, ["社区"] + [t for t, _, _ in cols])
        r += 2
        first = r
        for code in CODES:
            sh.put(r, 0, nm(code))
            for j, (_, ind, div) in enumerate(cols):
                val(sh, r, 1 + j, code, m, ind, div=div, fmt="0.0000" if div > 1 else None)
            r += 1
        sh.put(r, 0, "合计")
        for j in range(len(cols)):
            sh.put(r, 1 + j, round(sum(sh.cells[(rr, 1 + j)][0] for rr in range(first, r)), 4))
        r += 1
        if note:
            sh.merge(r, 0, r, 4, note)
            r += 1
        r += 1
    sh.put(r, 0, "报送时间：2026年5月7日　　经办人：李春梅")
    save(B1 + "莲华街道2026年4月社会事务综合表.xlsx", [sh], "openpyxl",
         ["street_file_rows", "indicators_as_columns", "title_month_full", "tables_stacked", "group_headings_numbered",
          "header_units_brackets", "values_wan_header", "names_sq", "total_row", "notes_between_tables",
          "footer_phone", "footer_date_trap", "xlsx_openpyxl"], (2026, 5, 7, 16, 45))


def build():
    s1_petitions_dec()
    s2_jobs_jan()
    s3_petitions_mar_apr()
    s4_basics_feb()
    s5_elderly_culture_jan()
    s6_safety_feb()
    s7_volunteers_q1()
    s8_social_apr()
