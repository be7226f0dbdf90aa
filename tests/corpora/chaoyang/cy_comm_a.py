"""Community files, 2025-10 … 2026-02 (10 files)."""
from cy_grid import Sheet, header, miss, pair, prior, qval, serial, val, xz
from cy_names import nm, pct, yoy_text
from cy_world import BY_SHORT
from cy_writers import save

B = "batch1/"


def item(sh, r, c, W, code, m, spec, style="n", unit=""):
    """A value cell for spec: an indicator code, ("x", name, lo, hi) outside, ("pair",) 户/人, ("miss", ind, text)."""
    if isinstance(spec, tuple):
        if spec[0] == "x":
            sh.put(r, c, W.out(code, m, spec[1], spec[2], spec[3]))
        elif spec[0] == "pair":
            pair(sh, r, c, code, m)
        elif spec[0] == "miss":
            miss(sh, r, c, code, m, spec[1], spec[2])
        elif spec[0] == "xz":
            xz(sh, r, c, code, m, spec[1], spec[2])
        return
    val(sh, r, c, code, m, spec, style, unit)


def c01_songyuli_oct(W):
    code, m = BY_SHORT["松榆里"], "2025-10"
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 6, "松榆里社区居委会2025年10月工作报表")
    sh.put(1, 0, "填报单位：松榆里社区居委会（盖章）")
    sh.put(1, 4, "统计期：2025年10月")
    sh.row(2, 0, ["序号", "工作类别", "指标名称", "计量单位", "本月", "本年累计", "同比增减（%）"])
    groups = [("接诉即办", [("派单量", "件", "petitions_received"), ("其中：市级派单", "件", ("x", "市级", 10, 40)),
                            ("解决量", "件", "petitions_resolved"), ("响应率", "%", "rate")]),
              ("就业保障", [("开发就业岗位", "个", "jobs_created"), ("促进就业", "人", "people_employed"),
                            ("零就业家庭", "户", "zero_employment_households")]),
              ("民政救助", [("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
                            ("低保金", "元", "dibao_payout_yuan")]),
              ("为老服务", [("老年人健康体检", "人", "free_health_checks"), ("养老驿站助餐", "人次", ("x", "助餐", 300, 1500))]),
              ("文化宣传", [("文体活动", "场", "cultural_activities"), ("政策宣讲", "次", "lectures_held")]),
              ("志愿服务", [("“志愿北京”注册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times")]),
              ("党的建设", [("社区党员", "名", "party_members"), ("在职党员回社区报到", "人", ("x", "在职报到", 40, 260))]),
              ("城市管理", [("垃圾分类桶前值守", "人次", ("x", "桶前", 120, 900)), ("老旧小区综合整治", "栋", ("x", "整治", 0, 6))])]
    r, n = 3, 0
    for g, items in groups:
        top = r
        for label, unit, spec in items:
            n += 1
            sh.row(r, 0, [n])
            sh.row(r, 2, [label, unit])
            if spec == "rate":
                sh.put(r, 4, "100%")
            else:
                item(sh, r, 4, W, code, m, spec)
            if isinstance(spec, str) and spec != "rate":
                if spec in W_FLOWS:
                    sh.put(r, 5, W.ytd(code, m, spec))
                y = W.yoy(code, m, spec)
                if y is not None:
                    sh.put(r, 6, round(y, 1))
            r += 1
        sh.merge(top, 1, r - 1, 1, g)
    sh.put(r + 1, 0, "填报人：韩静　　联系电话：010-87730125　　报送日期：2025年11月4日")
    save(B + "松榆里社区2025年10月工作报表.xlsx", [sh], "xlsxwriter",
         ["community_file", "indicators_as_rows", "xlsx_xlsxwriter", "category_merged_down", "benyue_ytd_yoy_columns",
          "title_month_full", "qizhong_row_outside", "derived_rate_row", "outside_rows", "footer_date_trap"],
         (2025, 11, 4, 10, 5))


W_FLOWS = set()


def c02_huaweibeilinan_oct(W):
    code, m = BY_SHORT["华威北里南"], "2025-10"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "华威北里南社区10月份统计表")
    sh.merge(1, 0, 1, 3, "（2025年）")
    sh.row(2, 0, ["项目", "完成情况", "项目", "完成情况"])
    pairs = [("接诉即办派单", ("petitions_received", "u", "件")), ("已解决", ("petitions_resolved", "u", "件")),
             ("低保", ("pair",)), ("低保金", ("dibao_payout_yuan", "cu", "元")),
             ("老年人健康体检", ("free_health_checks", "u", "人")), ("走访慰问困难群众", ("people_assisted", "u", "人")),
             ("发放慰问品", ("goods_distributed", "u", "件")), ("文体活动", ("cultural_activities", "u", "场")),
             ("注册志愿者", ("volunteers", "u", "人")), ("志愿服务", ("volunteer_person_times", "about", "人次")),
             ("社区党员", ("party_members", "u", "名")), ("党员结对帮扶", ("xz", "pairings", 2)),
             ("平安信息员", ("informants", "u", "人")), ("治安案件", ("security_cases", "wu_u", "起")),
             ("社区工作者", ("staff", "u", "人")), ("垃圾分类督导", ("x", "督导", 10, 60))]
    for i, (label, spec) in enumerate(pairs):
        r, c = 3 + i // 2, (i % 2) * 2
        sh.put(r, c, label)
        if spec[0] in ("pair", "xz", "x"):
            item(sh, r, c + 1, W, code, m, spec)
            if spec[0] == "x":
                sh.put(r, c + 1, f"{W.out(code, m, spec[1], spec[2], spec[3])}人次")
        else:
            val(sh, r, c + 1, code, m, spec[0], spec[1], spec[2])
    sh.put(12, 0, "填报人：马丽萍　　报送日期：2025年11月3日")
    save(B + "华威北里南社区10月份统计表.xls", [sh], "xlwt",
         ["community_file", "xls_xlwt", "label_value_pairs_two_per_row", "month_fen_year_second_line",
          "units_glued", "values_approx", "households_persons_one_cell", "values_with_new_part", "wu_zero",
          "outside_rows", "footer_date_trap"],
         (2025, 11, 3, 15, 20))


def c03_huaweili_nov(W):
    code, m = BY_SHORT["华威里"], "2025-11"
    sh = Sheet("11月报表")
    sh.merge(0, 0, 0, 4, "华威里社区2025年11月工作报表")
    sh.row(1, 0, ["类别", "项目", "单位", "本月数", "备注"])
    groups = [("接诉即办", [("派单量", "件", "petitions_received", "n", "11月15日起供暖，供暖类工单集中"),
                            ("解决量", "件", "petitions_resolved", "n", "")]),
              ("平安建设", [("“朝阳群众”巡逻队员", "人", "patrol_members", "n", ""), ("平安信息员", "人", "informants", "n", ""),
                            ("治安案件", "起", "security_cases", "wu", ""), ("矛盾纠纷调解", "起", "disputes_mediated", "n", "")]),
              ("社会保障", [("低保户数", "户", "dibao_households", "n", ""), ("低保人数", "人", "dibao_persons", "n", ""),
                            ("低保金", "万元", "dibao_payout_yuan", "wan1", ""),
                            ("零就业家庭", "户", "zero_employment_households", "n", "")]),
              ("为老服务", [("走访慰问困难群众", "人", "people_assisted", "n", ""),
                            ("发放慰问品", "件", "goods_distributed", "n", "")]),
              ("基本情况", [("常住户数", "户", "households", "n", ""), ("常住人口", "人", "residents", "n", ""),
                            ("来京人员", "人", "floating_population", "n", "含短期租住人员"),
                            ("社区工作者", "人", "staff", "n", "")])]
    r = 2
    for g, items in groups:
        top = r
        for label, unit, ind, style, note in items:
            sh.row(r, 1, [label, unit])
            if style == "wan1":
                val(sh, r, 3, code, m, ind, div=10000)
            else:
                val(sh, r, 3, code, m, ind, style)
            if note:
                sh.put(r, 4, note)
            r += 1
        sh.merge(top, 0, r - 1, 0, g)
    sh.put(r + 1, 0, "报送日期：2025年12月2日")
    save(B + "华威里社区2025年11月报表.ods", [sh], "odfpy",
         ["community_file", "indicators_as_rows", "ods_odfpy", "category_merged_down", "title_month_full",
          "values_wan_unit_column", "wu_zero", "laijing_is_floating", "notes_dates", "footer_date_trap"],
         (2025, 12, 2, 9, 40))


def c04_pjydlx_nov(W):
    code, m = BY_SHORT["潘家园东里西"], "2025-11"
    sh = Sheet("csv")
    sh.put(0, 0, "潘家园东里西社区2025.11月报")
    sh.row(1, 0, ["项目", "单位", "本月数", "备注"])
    rows = [("接诉即办派单", "件", "petitions_received", "t", ""), ("解决", "件", "petitions_resolved", "t", ""),
            ("志愿服务", "人次", "volunteer_person_times", "about", "含“邻里守望”志愿服务"),
            ("注册志愿者", "人", "volunteers", "c", ""), ("走访慰问困难群众", "人", "people_assisted", "t", ""),
            ("发放慰问品", "件", "goods_distributed", "u", ""), ("文体活动", "场", "cultural_activities", "t", ""),
            ("政策宣讲", "次", "lectures_held", "t", ""), ("社区党员", "名", "party_members", "t", ""),
            ("党员结对帮扶", "对", "pairings", "t", ""), ("来京人员", "人", "floating_population", "c", ""),
            ("常住人口", "人", "residents", "c", ""), ("常住户数", "户", "households", "c", ""),
            ("社区议事厅议事", "次", ("x", "议事", 1, 4), "", ""), ("网格事件上报", "件", ("x", "网格上报", 20, 90), "", "")]
    for i, (label, unit, spec, style, note) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [label, unit])
        if isinstance(spec, tuple):
            sh.put(r, 2, str(W.out(code, m, spec[1], spec[2], spec[3])))
        else:
            val(sh, r, 2, code, m, spec, style, unit if style == "u" else "")
        if note:
            sh.put(r, 3, note)
    sh.put(18, 0, "填报：潘家园东里西社区居委会　2025年12月3日")
    save(B + "潘家园东里西社区2025.11月报.csv", [sh], "csv-utf8bom",
         ["community_file", "indicators_as_rows", "csv_utf8_bom", "title_dot_month", "values_approx",
          "values_thousands_text", "units_glued", "outside_rows", "footer_date_trap"],
         (2025, 12, 3, 11, 10))


def c05_wsdl_dec(W):
    code, m = BY_SHORT["武圣东里"], "2025-12"
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 11, "武圣东里社区2025年12月工作月报")
    tree = [("期别", "lab"),
            ("接诉即办", [("派单量（件）", "petitions_received"), ("解决量（件）", "petitions_resolved"), ("解决率", "rate")]),
            ("民政", [("低保（户/人）", "pair"), ("低保金（元）", "dibao_payout_yuan")]),
            ("为老", [("健康体检（人）", "free_health_checks"), ("走访慰问（人）", "people_assisted")]),
            ("文化", [("文体活动（场）", "cultural_activities"), ("宣讲（次）", "lectures_held")]),
            ("志愿", [("注册志愿者（人）", "volunteers"), ("志愿服务（人次）", "volunteer_person_times")])]
    leaves = header(sh, 1, 0, tree, 2)
    last = W.last_year(m)
    for r, lab in ((3, "本期（2025年12月）"), (4, "上年同期（2024年12月）"), (5, "同比增减")):
        sh.put(r, 0, lab)
        for c, leaf in leaves[1:]:
            if leaf == "rate":
                mm = m if r == 3 else last
                if r < 5:
                    sh.put(r, c, pct(W.v[(code, mm, "petitions_resolved")] / W.v[(code, mm, "petitions_received")], 1))
            elif leaf == "pair":
                if r == 3:
                    pair(sh, r, c, code, m)
                elif r == 4:
                    a, b = W.v[(code, last, "dibao_households")], W.v[(code, last, "dibao_persons")]
                    sh.put(r, c, f"{a}户{b}人")
                    sh.rec(r, c, ("ignore", (code, last, "dibao_households"), a, None))
                    sh.rec(r, c, ("ignore", (code, last, "dibao_persons"), b, None))
                else:
                    sh.put(r, c, yoy_text(W, code, m, "dibao_persons"))
            elif r == 3:
                val(sh, r, c, code, m, leaf)
            elif r == 4:
                prior(sh, r, c, code, m, leaf)
            else:
                sh.put(r, c, yoy_text(W, code, m, leaf))
    sh.put(7, 0, "填报人：吴桂兰　电话：13810672294　填报日期：2026年1月5日")
    save(B + "武圣东里社区2025年12月工作月报.xlsx", [sh], "openpyxl",
         ["community_file", "indicators_as_columns", "xlsx_openpyxl", "header_two_row_merged", "period_rows_this_lastyear_yoy",
          "prior_year_row", "households_persons_one_cell", "derived_rate_text", "footer_phone", "footer_date_trap"],
         (2026, 1, 5, 14, 45))


def c06_syxlb_dec(W):
    code, m = BY_SHORT["松榆西里北"], "2025-12"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "松榆西里北社区2025年12月工作统计")
    sh.row(1, 0, ["序号", "指标", "单位", "数量", "备注"])
    rows = [("接诉即办派单", "件", "petitions_received", "n"), ("解决", "件", "petitions_resolved", "n"),
            ("人民调解", "起", "disputes_mediated", "n"), ("开发就业岗位", "个", "jobs_created", "n"),
            ("其中：公益性岗位", "个", "public_welfare_jobs", "wu"), ("促进就业", "人", "people_employed", "n"),
            ("职业技能培训", "场", "training_sessions", "n"), ("创业担保贷款", "元", "micro_loans_yuan", "wu"),
            ("“朝阳群众”巡逻队员", "人", "patrol_members", "n"), ("平安信息员", "人", "informants", "n"),
            ("治安案件", "起", ("miss", "security_cases", "/"), "派出所未反馈"),
            ("注册志愿者", "人", "volunteers", "n"), ("志愿服务", "人次", "volunteer_person_times", "n"),
            ("社区党员", "名", "party_members", "n"), ("党员结对帮扶", "对", "pairings", "n")]
    for i, (label, unit, spec, style) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit])
        if isinstance(spec, tuple):
            item(sh, r, 3, W, code, m, spec)
            sh.put(r, 4, style)
        else:
            val(sh, r, 3, code, m, spec, style)
    sh.put(18, 0, "社区负责人：高志强　　填表：李娜　　2026年1月6日")
    save(B + "松榆西里北社区12月工作统计.et", [sh], "xlwt-et",
         ["community_file", "indicators_as_rows", "wps_et", "yearless_filename_year_in_title", "wu_zero",
          "missing_slash", "footer_date_trap"],
         (2026, 1, 6, 16, 0))


def c07_pjynl_jan(W):
    code, m = BY_SHORT["潘家园南里"], "2026-01"
    a = Sheet("表1 接诉即办")
    a.merge(0, 0, 0, 9, "潘家园南里社区2026年1月工作报表（表1　接诉即办）")
    a.row(1, 0, ["月份", "派单量（件）", "其中：市级派单", "其中：区级派单", "响应量", "解决量", "满意量", "响应率", "解决率", "满意率"])
    recv, solv = W.v[(code, m, "petitions_received")], W.v[(code, m, "petitions_resolved")]
    city = W.out(code, m, "市级", 5, recv // 2)
    a.put(2, 0, "2026年1月")
    val(a, 2, 1, code, m, "petitions_received")
    a.row(2, 2, [city, recv - city, recv])
    val(a, 2, 5, code, m, "petitions_resolved")
    a.row(2, 6, [solv - 1, 1.0, round(solv / recv, 4), round((solv - 1) / recv, 4)])
    for c in (7, 8, 9):
        a.cells[(2, c)] = (a.cells[(2, c)][0], "0.0%")
    b = Sheet("表2 民生保障")
    b.merge(0, 0, 0, 2, "潘家园南里社区2026年1月工作报表（表2　民生保障）")
    b.row(1, 0, ["项目", "单位", "本月"])
    rows2 = [("开发就业岗位", "个", "jobs_created"), ("促进就业", "人", "people_employed"),
             ("零就业家庭", "户", "zero_employment_households"), ("低保户数", "户", "dibao_households"),
             ("低保人数", "人", "dibao_persons"), ("低保金", "元", "dibao_payout_yuan"),
             ("老年人健康体检", "人", "free_health_checks"), ("走访慰问困难群众", "人", "people_assisted"),
             ("发放慰问品", "件", "goods_distributed")]
    for i, (label, unit, ind) in enumerate(rows2):
        b.row(2 + i, 0, [label, unit])
        val(b, 2 + i, 2, code, m, ind)
    c = Sheet("表3 党建志愿")
    c.merge(0, 0, 0, 2, "潘家园南里社区2026年1月工作报表（表3　党建志愿）")
    c.row(1, 0, ["项目", "单位", "本月"])
    rows3 = [("社区党员", "名", "party_members"), ("党员结对帮扶", "对", "pairings"),
             ("在职党员回社区报到", "人", ("x", "在职报到", 40, 260)), ("“志愿北京”注册志愿者", "人", "volunteers"),
             ("志愿服务", "人次", "volunteer_person_times"), ("文体活动", "场", "cultural_activities")]
    for i, (label, unit, spec) in enumerate(rows3):
        c.row(2 + i, 0, [label, unit])
        item(c, 2 + i, 2, W, code, m, spec)
    c.put(9, 0, "报送日期：2026年2月3日")
    save(B + "潘家园南里社区2026年1月工作报表.xlsx", [a, b, c], "xlsxwriter",
         ["community_file", "xlsx_xlsxwriter", "sheets_by_theme", "title_month_full", "one_data_row_sheet",
          "city_district_dispatch_subcolumns", "derived_rates_percent_format", "month_cell_text",
          "zaizhi_dangyuan_outside", "footer_date_trap"],
         (2026, 2, 3, 10, 25))


def c08_mfnl_jan(W):
    code, m = BY_SHORT["磨房南里"], "2026-01"
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 3, "磨房南里社区26年1月报表")
    sh.row(1, 0, ["序号", "项目", "本月", "备注"])
    rows = [("接诉即办派单", ("petitions_received", "u", "件")), ("已解决", ("petitions_resolved", "u", "件")),
            ("低保", ("pair",)), ("低收入", ("lowinc",)), ("低保金", ("dibao_payout_yuan", "wan", "")),
            ("零就业家庭", ("zero_employment_households", "wu_u", "户")),
            ("创业担保贷款", ("micro_loans_yuan", "wan", "")), ("开发就业岗位", ("jobs_created", "u", "个")),
            ("促进就业", ("people_employed", "u", "人")), ("走访慰问困难群众", ("people_assisted", "u", "人")),
            ("发放慰问品", ("goods_distributed", "u", "份")), ("文体活动", ("cultural_activities", "u", "场")),
            ("“朝阳群众”巡逻", ("patrol_members", "u", "人")), ("治安案件", ("security_cases", "wu_u", "起"))]
    for i, (label, spec) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [i + 1, label])
        if spec[0] == "pair":
            pair(sh, r, 2, code, m)
        elif spec[0] == "lowinc":
            lh = W.out(code, m, "低收入", 1, 4)
            sh.put(r, 2, f"{lh}户{lh + W.out(code, m, '低收入人', 0, 3)}人")
        else:
            val(sh, r, 2, code, m, spec[0], spec[1], spec[2])
        if spec[0] == "people_assisted":
            sh.put(r, 3, "春节前走访慰问")
    sh.put(17, 0, "填报：磨房南里社区　2026年2月4日")
    save(B + "磨房南里社区26年1月报表.xlsx", [sh], "openpyxl",
         ["community_file", "indicators_as_rows", "xlsx_openpyxl", "title_yy_month", "units_glued", "values_wan_text",
          "households_persons_one_cell", "dibao_outside_neighbours", "wu_zero", "footer_date_trap"],
         (2026, 2, 4, 9, 5))


def c09_wsng_ledger(W):
    code = BY_SHORT["武圣农光"]
    sh = Sheet("台账")
    sh.merge(0, 0, 0, 7, "武圣农光社区工作台账（2025年10月-2026年3月）")
    cols = [("接诉即办派单（件）", "petitions_received"), ("解决（件）", "petitions_resolved"),
            ("走访慰问（人）", "people_assisted"), ("文体活动（场）", "cultural_activities"),
            ("志愿服务（人次）", "volunteer_person_times"), ("注册志愿者（人）", "volunteers")]
    sh.row(1, 0, ["月份"] + [c[0] for c in cols] + ["备注"])
    r = 2
    notes = {"2025-12": "12月起供暖类诉求增多", "2026-02": "春节（2月17日）前集中走访", "2026-03": "3月5日学雷锋日集中服务"}
    for q, months in (("2025-Q4", ["2025-10", "2025-11", "2025-12"]), ("2026-Q1", ["2026-01", "2026-02", "2026-03"])):
        for m in months:
            sh.put(r, 0, serial(m))
            for j, (_, ind) in enumerate(cols):
                val(sh, r, 1 + j, code, m, ind)
            if m in notes:
                sh.put(r, 7, notes[m])
            r += 1
        sh.put(r, 0, f"{q[:4]}年{'四' if q.endswith('4') else '一'}季度小计")
        for j, (_, ind) in enumerate(cols):
            if ind == "volunteers":
                sh.put(r, 1 + j, "—")
            else:
                qval(sh, r, 1 + j, code, q, ind)
        r += 1
    sh.put(r + 1, 0, "制表：武圣农光社区居委会　2026年4月2日")
    save(B + "武圣农光社区工作台账（2025年10月-2026年3月）.xls", [sh], "xlwt",
         ["community_file", "xls_xlwt", "months_as_rows", "excel_date_serials_general", "across_year_change",
          "quarter_subtotal_rows", "title_month_span", "notes_dates", "footer_date_trap"],
         (2026, 4, 2, 11, 30))


def c10_hwxln_janfeb(W):
    code = BY_SHORT["华威西里南"]
    sh = Sheet("1-2月")
    sh.merge(0, 0, 0, 4, "华威西里南社区2026年1-2月工作报表")
    sh.row(1, 0, ["指标", "单位", "1月", "2月", "1-2月累计"])
    rows = [("接诉即办派单", "件", "petitions_received"), ("解决", "件", "petitions_resolved"),
            ("走访慰问困难群众", "人", "people_assisted"), ("发放慰问品", "件", "goods_distributed"),
            ("文体活动", "场", "cultural_activities"), ("低保户数", "户", "dibao_households"),
            ("低保人数", "人", "dibao_persons"), ("低保金", "元", "dibao_payout_yuan")]
    for i, (label, unit, ind) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [label, unit])
        for j, m in enumerate(["2026-01", "2026-02"]):
            val(sh, r, 2 + j, code, m, ind, "wan" if ind == "dibao_payout_yuan" else "n")
        if ind in W_FLOWS and ind != "dibao_payout_yuan":
            sh.put(r, 4, W.ytd(code, "2026-02", ind))
        elif ind == "dibao_payout_yuan":
            sh.put(r, 4, f"{W.ytd(code, '2026-02', ind) / 10000:g}万元")
        else:
            sh.put(r, 4, "—")
    sh.put(11, 0, "注：春节期间（2月15日—23日）值班走访。报送日期：2026年3月3日")
    save(B + "华威西里南社区2026年1-2月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "indicators_as_rows", "xlsx_openpyxl", "two_months_as_columns", "title_month_span",
          "values_wan_text_unit_column_yuan", "cumulative_column", "notes_dates", "footer_date_trap"],
         (2026, 3, 3, 10, 0))


def build(W):
    from cy_world import FLOWS
    W_FLOWS.update(FLOWS)
    for f in (c01_songyuli_oct, c02_huaweibeilinan_oct, c03_huaweili_nov, c04_pjydlx_nov, c05_wsdl_dec, c06_syxlb_dec,
              c07_pjynl_jan, c08_mfnl_jan, c09_wsng_ledger, c10_hwxln_janfeb):
        f(W)
