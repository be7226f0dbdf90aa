"""Street-office files, part two: quarter ledgers, long tables, CSV exports and the March petitions."""
from corpus_grid import Sheet, col_letter
from corpus_render import d, total
from corpus_world import COMMS, Q1, Q4, first_day, full, reg

SHORTS = [s for _, s in COMMS]


def s8_dibao_q4(ctx):
    """2025 第四季度 低保: three tables stacked on one sheet, months as columns, 季度合计 for the payout."""
    sh = Sheet("低保")
    sh.merge(0, 0, 0, 4, "玉林街道2025年第四季度城市低保动态统计")
    r = 1
    for title, ind, quarter in (("一、低保户数（户）", "dibao_households", False),
                                ("二、低保金发放（元）", "dibao_payout_yuan", True),
                                ("三、保障人数（人）", "dibao_persons", False)):
        sh.put(r, 0, title)
        sh.row(r + 1, 0, ["社区", "10月", "11月", "12月"] + (["第四季度合计"] if quarter else []))
        top = r + 2
        for i, s in enumerate(SHORTS):
            rr = top + i
            sh.put(rr, 0, full(s))
            for j, p in enumerate(Q4):
                ctx.val(sh, rr, 1 + j, s, p, ind, fmt="#,##0" if quarter else None)
            if quarter:
                ctx.quarter(sh, rr, 4, s, "2025-Q4", ind, Q4, fmt="#,##0", formula=f"=SUM(B{rr + 1}:D{rr + 1})")
        rr = top + len(SHORTS)
        sh.put(rr, 0, "合计")
        for j, p in enumerate(Q4 + (["Q"] if quarter else [])):
            col = col_letter(1 + j)
            t = sum(total(ctx, SHORTS, q, ind) for q in Q4) if p == "Q" else total(ctx, SHORTS, p, ind)
            sh.put(rr, 1 + j, t, fmt="#,##0" if quarter else None, formula=f"=SUM({col}{top + 1}:{col}{rr})")
        r = rr + 2
    sh.put(r, 0, "民政办制表　2026年1月8日")
    ctx.write("batch1/玉林街道2025年第四季度城市低保动态统计.xlsx", [sh], "xlsxwriter", d(2026, 1, 8),
              ["street_file_rows", "months_as_columns", "title_quarter", "tables_stacked", "names_full",
               "number_format_thousands", "quarter_total_column", "total_formula", "footer_date_trap",
               "xlsx_xlsxwriter"])


def s9_volunteers_mar(ctx):
    """2026-03 志愿服务和党建: numbered group headings, names with 居委会, 千人 rate and 服务时长 columns."""
    p = "2026-03"
    sh = Sheet("月报")
    sh.merge(0, 0, 0, 7, "玉林街道志愿服务和党建工作月报（2026年3月）")
    sh.merge(1, 0, 2, 0, "序号")
    sh.merge(1, 1, 2, 1, "单位名称")
    sh.merge(1, 2, 1, 5, "一、志愿服务")
    sh.merge(1, 6, 1, 7, "二、党的建设")
    sh.row(2, 2, ["注册志愿者（人）", "千人志愿者数", "服务人次", "服务时长（小时）", "在册党员（人）", "结对帮扶（对）"])
    r = 3
    for i, s in enumerate(SHORTS, 1):
        sh.row(r, 0, [i, reg(s)])
        ctx.val(sh, r, 2, s, p, "volunteers")
        sh.put(r, 3, round(1000.0 * ctx.v(s, p, "volunteers") / ctx.v(s, p, "residents"), 1))
        ctx.val(sh, r, 4, s, p, "volunteer_person_times")
        sh.put(r, 5, ctx.v(s, p, "volunteer_person_times") * ctx.rng.randint(2, 4))
        ctx.val(sh, r, 6, s, p, "party_members")
        ctx.val(sh, r, 7, s, p, "pairings")
        r += 1
    sh.merge(r, 0, r, 1, "合计")
    for j, ind in ((2, "volunteers"), (4, "volunteer_person_times"), (6, "party_members"), (7, "pairings")):
        sh.put(r, j, total(ctx, SHORTS, p, ind))
    new = total(ctx, SHORTS, p, "volunteers") - total(ctx, SHORTS, "2026-02", "volunteers")
    sh.put(r + 1, 0, f"注：本月开展“学雷锋志愿服务月”活动，全街新注册志愿者{new}名。")
    ctx.write("batch1/玉林街道志愿服务和党建工作月报（2026年3月）.xlsx", [sh], "openpyxl", d(2026, 4, 3),
              ["street_file_rows", "indicators_as_columns", "title_month_brackets", "header_two_row_merged",
               "group_headings_numbered", "header_units_brackets", "names_juweihui", "seq_column",
               "derived_per_1000_column", "column_outside_catalogue", "total_row", "notes_rows", "xlsx_openpyxl"])


def s10_petitions_q4_long(ctx):
    """Long ledger 社区 | 月份 | 指标 | 数值 | 单位, community merged over 9 rows, month date cells over 3."""
    sh = Sheet("台账")
    sh.merge(0, 0, 0, 4, "玉林街道2025年10-12月民情诉求办理台账")
    sh.row(1, 0, ["社区", "月份", "指标", "数值", "单位"])
    items = [("诉求受理", "件", "petitions_received"), ("诉求办结", "件", "petitions_resolved"),
             ("纠纷调解", "起", "disputes_mediated")]
    r = 2
    for s in SHORTS:
        sh.merge(r, 0, r + 8, 0, full(s))
        for p in Q4:
            sh.merge(r, 1, r + 2, 1, first_day(p))
            for label, unit, ind in items:
                sh.row(r, 2, [label])
                ctx.val(sh, r, 3, s, p, ind)
                sh.put(r, 4, unit)
                r += 1
    sh.put(r + 1, 0, "数据来源：12345热线平台、社区台账。整理：民情办 2026年1月9日")
    ctx.write("batch1/玉林街道2025年10-12月民情诉求台账.xlsx", [sh], "openpyxl", d(2026, 1, 9),
              ["street_file_rows", "long_format", "merged_community_cells", "month_date_cells_merged",
               "title_month_range", "unit_column", "names_full", "footer_date_trap", "xlsx_openpyxl"])


def s11_basics_q1_long(ctx):
    """Long ledger 序号 | 社区 | 统计月份 | 项目 | 数量 | 单位 with merged text months (2026年1月)."""
    sh = Sheet("基础数据")
    sh.merge(0, 0, 0, 5, "玉林街道2026年1-3月社区基础数据台账")
    sh.row(1, 0, ["序号", "社区", "统计月份", "项目", "数量", "单位"])
    items = [("常住户数", "户", "households"), ("常住人口", "人", "residents"),
             ("流动人口", "人", "floating_population"), ("在岗社区工作者", "人", "staff")]
    r = 2
    for i, s in enumerate(SHORTS, 1):
        sh.merge(r, 0, r + 11, 0, i)
        sh.merge(r, 1, r + 11, 1, s)
        for p in Q1:
            sh.merge(r, 2, r + 3, 2, f"2026年{int(p[5:])}月")
            for label, unit, ind in items:
                sh.put(r, 3, label)
                ctx.val(sh, r, 4, s, p, ind, fmt="#,##0")
                sh.put(r, 5, unit)
                r += 1
    sh.put(r, 0, "注：户数、人口为月末数。")
    ctx.write("batch1/玉林街道2026年1-3月社区基础数据台账.xlsx", [sh], "xlsxwriter", d(2026, 4, 8),
              ["street_file_rows", "long_format", "merged_community_cells", "month_text_merged", "seq_column",
               "title_month_range", "unit_column", "names_short", "number_format_thousands", "notes_rows",
               "xlsx_xlsxwriter"])


def s12_elderly_nov(ctx):
    """11月 为老助残 (the year on the first line only) as a UTF-8 CSV with BOM; a 其中 column outside."""
    p = "2025-11"
    sh = Sheet("csv")
    sh.put(0, 0, "统计年度：2025年")
    sh.put(1, 0, "玉林街道11月为老助残服务统计表")
    sh.row(2, 0, ["序号", "社区", "老年人免费体检（人）", "其中：80岁以上（人）", "走访帮扶困难群众（人）",
                  "慰问物资（件）", "备注"])
    r = 3
    for i, s in enumerate(SHORTS, 1):
        sh.row(r, 0, [i, full(s)])
        ctx.val(sh, r, 2, s, p, "free_health_checks")
        sh.put(r, 3, ctx.v(s, p, "free_health_checks") // ctx.rng.randint(4, 7))
        ctx.val(sh, r, 4, s, p, "people_assisted")
        ctx.val(sh, r, 5, s, p, "goods_distributed", "wu")
        if i == 2:
            sh.put(r, 6, "联合华西医院开展义诊2次")
        r += 1
    sh.put(r, 1, "合计")
    for j, ind in ((2, "free_health_checks"), (4, "people_assisted"), (5, "goods_distributed")):
        sh.put(r, j, total(ctx, SHORTS, p, ind))
    sh.put(r + 1, 0, "联系人：张敏，电话13981234567，2025年12月3日报")
    ctx.write("batch1/玉林街道11月为老助残服务统计.csv", [sh], "csv", d(2025, 12, 3),
              ["street_file_rows", "indicators_as_columns", "month_only_year_elsewhere", "header_units_brackets",
               "qizhong_outside_catalogue", "seq_column", "names_full", "values_wu_zero", "notes_column",
               "total_row", "footer_phone", "footer_date_trap", "csv_utf8_bom"], encoding="utf-8-sig",
              fmt_name="csv")


def s13_safety_feb(ctx):
    """2026-02 平安和志愿 as a UTF-8 CSV without BOM: header on line 1, no title, 无, 约400, a blank."""
    p = "2026-02"
    sh = Sheet("csv")
    sh.row(0, 0, ["社区名称", "巡逻队员数", "信息员数", "治安案件（起）", "志愿者注册数", "志愿服务人次", "备注"])
    r = 1
    for s in SHORTS:
        sh.put(r, 0, full(s))
        ctx.val(sh, r, 1, s, p, "patrol_members")
        if s == "电信路":
            ctx.hole(sh, r, 2, s, p, "informants", "")
            sh.put(r, 6, "信息员调整中")
        else:
            ctx.val(sh, r, 2, s, p, "informants")
        ctx.val(sh, r, 3, s, p, "security_cases", "wu")
        ctx.val(sh, r, 4, s, p, "volunteers")
        ctx.val(sh, r, 5, s, p, "volunteer_person_times", "yue" if s == "棕北" else "num")
        r += 1
    sh.put(r, 0, "汇总：平安办 2026-03-04")
    ctx.write("batch1/玉林街道2026年2月平安志愿数据.csv", [sh], "csv", d(2026, 3, 4),
              ["street_file_rows", "indicators_as_columns", "period_in_filename_only", "header_single_row",
               "names_full", "values_wu_zero", "values_approx", "values_blank", "notes_column",
               "footer_date_trap", "csv_utf8"], encoding="utf-8", fmt_name="csv")


def s14_petitions_mar(ctx):
    """2026-03 诉求: 办结率 as a formula with a % format, SUM formulas in the 合计 row, names mixed."""
    p = "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 5, "玉林街道2026年3月民情诉求及调解统计")
    sh.row(1, 0, ["社区", "诉求受理（件）", "诉求办结（件）", "办结率", "纠纷调解（起）", "备注"])
    r = 2
    for i, s in enumerate(SHORTS):
        sh.put(r, 0, full(s) if i % 3 else s)
        ctx.val(sh, r, 1, s, p, "petitions_received")
        ctx.val(sh, r, 2, s, p, "petitions_resolved")
        rec, res = ctx.v(s, p, "petitions_received"), ctx.v(s, p, "petitions_resolved")
        sh.put(r, 3, res / rec, fmt="0.0%", formula=f"=C{r + 1}/B{r + 1}")
        ctx.val(sh, r, 4, s, p, "disputes_mediated")
        r += 1
    n = len(SHORTS)
    sh.put(r, 0, "合计")
    tr, ts = total(ctx, SHORTS, p, "petitions_received"), total(ctx, SHORTS, p, "petitions_resolved")
    sh.put(r, 1, tr, formula=f"=SUM(B3:B{2 + n})")
    sh.put(r, 2, ts, formula=f"=SUM(C3:C{2 + n})")
    sh.put(r, 3, ts / tr, fmt="0.0%", formula=f"=C{r + 1}/B{r + 1}")
    sh.put(r, 4, total(ctx, SHORTS, p, "disputes_mediated"), formula=f"=SUM(E3:E{2 + n})")
    sh.put(r + 1, 0, "填报：民情办 刘洋　2026年4月6日")
    ctx.write("batch1/玉林街道2026年3月民情诉求统计.xlsx", [sh], "xlsxwriter", d(2026, 4, 6),
              ["street_file_rows", "indicators_as_columns", "title_month_full", "header_units_brackets",
               "names_full", "names_short", "derived_percent_formula", "total_formula", "footer_date_trap",
               "xlsx_xlsxwriter"])


def build(ctx):
    for f in (s8_dibao_q4, s9_volunteers_mar, s10_petitions_q4_long, s11_basics_q1_long, s12_elderly_nov,
              s13_safety_feb, s14_petitions_mar):
        f(ctx)
