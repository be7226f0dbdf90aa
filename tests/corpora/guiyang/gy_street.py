"""Street-office files, part one: 基本情况 (10月), 诉求旬报 (11月), 就业 (12月), 冬春救助台账 (10月—2月), 综治 (1月)."""
from gy_common import cell, total
from gy_grid import Formula, Sheet, col_letter, header, pair, val
from gy_world import CN_MONTH, CODES, NAME, NARROW
from gy_writers import save

B1 = "batch1/"


def s1_jiben(W):
    """A 斜线表头 corner cell 「项目＼社区」, the units listed in the title, 来筑人员 for 流动人口, 十联户 outside."""
    m = "2025-10"
    sh = Sheet("基本情况")
    sh.put(0, 0, "油榨街道社区基本情况统计表（单位：户、人、个）")
    sh.put(1, 0, "报送科室：党政办（社区建设）")
    sh.row(2, 0, ["序号", "　　　　　项目\n社区", "常住户数", "常住人口", "其中：户籍人口", "来筑人员", "社区工作者\n（含“两委”成员）",
                  "十联户\n联户单元"])
    r = 3
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, NAME[code])
        val(sh, r, 2, code, m, "households")
        val(sh, r, 3, code, m, "residents")
        res = W.v[(code, m, "residents")]
        sh.put(r, 4, res - W.v[(code, m, "floating_population")] + W.out(code, m, "人户分离", -400, 300))
        val(sh, r, 5, code, m, "floating_population")
        val(sh, r, 6, code, m, "staff")
        cell(W, sh, r, 7, code, m, ("out", 40, 160))
        r += 1
    sh.put(r, 1, "全街道")
    for c, ind in ((2, "households"), (3, "residents"), (5, "floating_population"), (6, "staff")):
        sh.put(r, c, total(W, CODES, m, ind))
    sh.put(r + 1, 0, "注：来筑人员指在辖区居住半年以上的非本市户籍人员；数据截至2025年10月31日。")
    sh.put(r + 2, 0, "填报人：杨梅　电话：0851-85712406　报送日期：2025年11月4日")
    sh.widths = {1: 22, 6: 14}
    save(B1 + "油榨街道2025年10月社区基本情况统计表.xlsx", [sh], "openpyxl",
         ["street_rows", "diagonal_corner_header", "units_listed_in_title", "laizhu_for_floating", "outside_columns",
          "part_column_huji", "jiezhi_date_note", "footer_date_trap", "phone_trap", "xlsx_openpyxl"], (2025, 11, 4, 10, 20))


def s2_xunbao(W):
    """诉求 by 旬: 上旬 | 中旬 | 下旬 | 本月合计 (the dekads are parts; only 本月合计 is the month's figure)."""
    m = "2025-11"
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 11, "油榨街道2025年11月民情诉求办理旬报汇总表")
    sh.merge(1, 0, 1, 11, "填报单位：油榨街道网格化服务管理中心（热线工单按转办日期计入对应旬）")
    sh.merge(2, 0, 4, 0, "序号")
    sh.merge(2, 1, 4, 1, "社区")
    for g, (title, ind) in enumerate([("受理群众诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved")]):
        c0 = 2 + 4 * g
        sh.merge(2, c0, 2, c0 + 3, title)
        for j, (a, b) in enumerate([("上旬", "1—10日"), ("中旬", "11—20日"), ("下旬", "21—30日")]):
            sh.put(3, c0 + j, a)
            sh.put(4, c0 + j, b)
        sh.merge(3, c0 + 3, 4, c0 + 3, "本月合计")
    sh.merge(2, 10, 4, 10, "调处矛盾\n纠纷（起）")
    sh.merge(2, 11, 4, 11, "备注")
    r = 5
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, NAME[code].replace("社区", "社区居委会"))
        for g, ind in enumerate(["petitions_received", "petitions_resolved"]):
            c0 = 2 + 4 * g
            parts = W.split3(code, m, ind)
            for j, p in enumerate(parts):
                sh.put(r, c0 + j, p)
            L = col_letter
            val(sh, r, c0 + 3, code, m, ind, formula=f"SUM({L(c0)}{r + 1}:{L(c0 + 2)}{r + 1})")
        val(sh, r, 10, code, m, "disputes_mediated")
        if NAME[code] == "南浦路社区":
            sh.put(r, 11, "含11月8日停水集中反映诉求6件（合并为1件计）")
        r += 1
    sh.put(r, 1, "全街道")
    tot = {}
    for c in range(2, 11):
        tot[c] = 0
    for rr in range(5, r):
        for c in range(2, 11):
            v = sh.cells[(rr, c)][0]
            tot[c] += v.cached if isinstance(v, Formula) else v
    for c in range(2, 11):
        sh.put(r, c, Formula(f"SUM({col_letter(c)}6:{col_letter(c)}{r})", tot[c]))
    sh.put(r + 1, 0, "说明：上旬1—10日、中旬11—20日、下旬21—30日；同一诉求多次反映计1件。联系电话：0851-85790312")
    save(B1 + "油榨街道2025年11月民情诉求办理旬报汇总.xlsx", [sh], "xlsxwriter",
         ["street_rows", "dekad_columns_parts", "header_three_rows_dekad_dates", "total_formula", "registry_plus_jwh_names",
          "notes_numbers", "phone_trap", "xlsx_xlsxwriter"], (2025, 12, 3, 15, 40))


def s3_jiuye(W):
    """Vertical headers, one character per line (「新\\n增\\n岗\\n位」), units on their own row, 创业担保贷款 in 千元."""
    m = "2025-12"
    sh = Sheet("12月")
    sh.put(0, 0, "油榨街道就业和社会保障服务中心2025年12月就业工作月报")
    cols = [("新增岗位", "个", "jobs_created"), ("其中公益岗", "个", "public_welfare_jobs"), ("实现就业", "人", "people_employed"),
            ("就业见习", "人", None), ("零就业家庭", "户", "zero_employment_households"),
            ("技能培训", "场", "training_sessions"), ("创业担保贷款", "千元", "micro_loans_yuan"), ("零工市场服务", "人次", None)]
    sh.put(1, 0, "序号")
    sh.put(1, 1, "社区")
    sh.put(2, 1, "单位")
    for j, (label, unit, _) in enumerate(cols):
        sh.put(1, 2 + j, "\n".join(label))
        sh.put(2, 2 + j, unit)
    r = 3
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, NAME[code])
        for j, (label, unit, ind) in enumerate(cols):
            if ind is None:
                cell(W, sh, r, 2 + j, code, m, ("out", 0, 9 if unit == "人" else 60))
            else:
                val(sh, r, 2 + j, code, m, ind, div=1000 if unit == "千元" else 1)
        r += 1
    sh.put(r, 1, "合计")
    for j, (label, unit, ind) in enumerate(cols):
        if ind:
            sh.put(r, 2 + j, total(W, CODES, m, ind, div=1000 if unit == "千元" else 1))
    sh.put(r + 1, 0, "注：创业担保贷款按“千元”填报，如15万元填150。报送日期：2026年1月5日")
    save(B1 + "油榨街道2025年12月就业工作月报.xls", [sh], "xlwt",
         ["street_rows", "vertical_one_char_headers", "units_row_under_header", "thousand_yuan_units_row",
          "abbreviated_headers", "outside_columns", "notes_numbers", "footer_date_trap", "xls_xlwt"], (2026, 1, 5, 11, 5))


def jiuzhu_sheet(W, m, revised=False):
    """One month of the 冬春救助台账: 保障对象 「户（人）」 as 「36（58）」, 保障金（元）, 临时救助 / 特困 outside."""
    mm = int(m[5:])
    sh = Sheet(f"{CN_MONTH[mm]}月份")
    sh.merge(0, 0, 0, 6, "油榨街道2025—2026年度冬春救助台账" + ("（修订）" if revised else ""))
    sh.merge(1, 0, 1, 6, f"（{CN_MONTH[mm]}月份）　社会事务办")
    leaves = header(sh, 2, 0, [("序号", "n"), ("社区", "s"), ("城市低保", [("保障对象\n户（人）", "p"), ("保障金\n（元）", "y")]),
                                ("临时救助\n（人次）", "t"), ("特困供养\n（人）", "k"), ("备注", "b")], 2)
    r = 4
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, NAME[code])
        pair(sh, r, 2, code, m, ua="（", ub="）")
        val(sh, r, 3, code, m, "dibao_payout_yuan", fmt="#,##0")
        cell(W, sh, r, 4, code, m, ("out", 0, 6))
        cell(W, sh, r, 5, code, m, ("out", 0, 4))
        if revised and any((code, m, k) in W.old for k in ("dibao_households", "dibao_persons", "dibao_payout_yuan")):
            sh.put(r, 6, "▲年审后修订")
        r += 1
    h, p = total(W, CODES, m, "dibao_households"), total(W, CODES, m, "dibao_persons")
    if not revised:
        h += sum(W.old[k] - W.v[k] for k in W.old if k[1] == m and k[2] == "dibao_households")
        p += sum(W.old[k] - W.v[k] for k in W.old if k[1] == m and k[2] == "dibao_persons")
    sh.put(r, 1, "合计")
    sh.put(r, 2, f"{h}（{p}）")
    note = "注：“户（人）”栏填户数，括号内为人数；保障金为当月实发金额。"
    if revised:
        note += "标“▲”的社区为年审后修订数据，以本表为准。"
    sh.put(r + 1, 0, note)
    return sh


def s4_jiuzhu(W):
    sheets = [jiuzhu_sheet(W, m) for m in ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02"]]
    save(B1 + "油榨街道2025—2026年度冬春救助台账.xlsx", sheets, "openpyxl",
         ["street_rows", "sheet_per_month_chinese_numeral_tabs", "year_rollover_in_tabs", "season_span_title",
          "households_persons_bracket", "header_two_row_merged", "outside_columns", "xlsx_openpyxl"], (2026, 3, 4, 9, 40))


def s5_zongzhi(W):
    """GBK CSV, indicators down, communities across under narrow names (路 / 巷 dropped), 单位 column, 合计."""
    m = "2026-01"
    sh = Sheet("s5")
    sh.put(0, 0, "油榨街道综治中心2026年1月平安建设工作统计")
    sh.put(1, 0, "统计时段：2026.1.1—2026.1.31")
    sh.row(2, 0, ["项目", "单位"] + [NARROW[c] for c in CODES] + ["合计"])
    rows = [("群防群治力量（巡逻队员）", "人", "patrol_members"), ("平安信息员", "人", "informants"),
            ("治安案件（立案）", "起", "security_cases"), ("调处化解矛盾纠纷", "起", "disputes_mediated"),
            ("十联户联户长", "人", ("out", 30, 140)), ("凝冻天气安全巡查", "次", ("out", 4, 20))]
    r = 3
    for label, unit, ind in rows:
        sh.put(r, 0, label)
        sh.put(r, 1, unit)
        for j, code in enumerate(CODES):
            if ind == "security_cases":
                cell(W, sh, r, 2 + j, code, m, ind, style="wu")
            else:
                cell(W, sh, r, 2 + j, code, m, ind)
        if isinstance(ind, str):
            sh.put(r, 2 + len(CODES), total(W, CODES, m, ind))
        r += 1
    sh.put(r, 0, "备注：1月20日至29日凝冻期间各社区开展夜间巡查；“无”表示本月未发生。")
    save(B1 + "油榨街道2026年1月平安建设工作统计.csv", [sh], "csv-gbk",
         ["street_across", "narrow_names_suffix_dropped", "unit_column", "wu_for_zero", "outside_rows",
          "period_dotted_span_line", "notes_numbers", "csv_gbk"], (2026, 2, 2, 17, 10))


def build(W):
    s1_jiben(W)
    s2_xunbao(W)
    s3_jiuye(W)
    s4_jiuzhu(W)
    s5_zongzhi(W)
