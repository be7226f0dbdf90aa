"""Street-office files, part one: the 玉林街道 staff collect one topic from all 11 communities."""
from corpus_grid import Sheet
from corpus_render import d, total, wan
from corpus_world import AREA_1, AREA_2, COMMS, full

SHORTS = [s for _, s in COMMS]


def s1_petitions_oct(ctx):
    """2025-10 诉求 and 纠纷: two-row merged header with a 其中 column outside the catalogue, text rates."""
    p = "2025-10"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 8, "玉林街道2025年10月民情诉求办理情况统计表")
    sh.put(1, 0, "填报单位：玉林街道社区发展治理办公室")
    sh.put(1, 6, "单位：件、起、人")
    sh.merge(2, 0, 3, 0, "序号")
    sh.merge(2, 1, 3, 1, "社区名称")
    sh.merge(2, 2, 2, 5, "群众诉求")
    sh.merge(2, 6, 2, 7, "矛盾纠纷")
    sh.merge(2, 8, 3, 8, "备注")
    sh.row(3, 2, ["受理（件）", "其中：12345转办（件）", "办结（件）", "办结率", "调处成功（起）", "涉及群众（人）"])
    r = 4
    sums = [0, 0, 0, 0, 0]
    for i, s in enumerate(SHORTS, 1):
        rec, res, dis = ctx.v(s, p, "petitions_received"), ctx.v(s, p, "petitions_resolved"), ctx.v(s, p, "disputes_mediated")
        hot = ctx.rng.randint(rec // 3, rec * 2 // 3)
        people = dis * ctx.rng.randint(2, 5)
        sh.put(r, 0, i)
        sh.put(r, 1, full(s))
        ctx.val(sh, r, 2, s, p, "petitions_received")
        sh.put(r, 3, hot)
        ctx.val(sh, r, 4, s, p, "petitions_resolved")
        sh.put(r, 5, f"{100.0 * res / rec:.1f}%")
        ctx.val(sh, r, 6, s, p, "disputes_mediated")
        sh.put(r, 7, people)
        if i in (3, 8):
            sh.put(r, 8, f"含9月结转{ctx.rng.randint(1, 3)}件")
        for j, x in enumerate([rec, hot, res, dis, people]):
            sums[j] += x
        r += 1
    sh.merge(r, 0, r, 1, "合计")
    sh.row(r, 2, [sums[0], sums[1], sums[2], f"{100.0 * sums[2] / sums[0]:.1f}%", sums[3], sums[4]])
    sh.put(r + 1, 0, "注：1.诉求含12345市长公开电话转办件、天府市民云留言及来电来访；2.办结率=办结件数÷受理件数。")
    sh.put(r + 2, 0, "填表人：李晓燕　　审核人：王建国　　联系电话：028-85432176　　填报日期：2025年11月4日")
    ctx.write("batch1/玉林街道2025年10月民情诉求办理情况统计表.xlsx", [sh], "openpyxl", d(2025, 11, 4),
              ["street_file_rows", "indicators_as_columns", "title_month_full", "header_two_row_merged",
               "group_headings", "header_units_brackets", "qizhong_outside_catalogue", "seq_column", "names_full",
               "total_row", "derived_percent_text", "notes_column", "notes_rows", "footer_date_trap",
               "footer_phone", "xlsx_openpyxl"])


def s2_social_nov(ctx):
    """2025-11 民政 and 就业: three-row header, 片区 merged down a column, 小计 rows, 万元, short names."""
    p = "2025-11"
    inds = ["dibao_households", "dibao_persons", "dibao_payout_yuan", "people_assisted", "goods_distributed",
            "jobs_created", "public_welfare_jobs", "people_employed", "zero_employment_households"]
    sh = Sheet("社会事务")
    sh.merge(0, 0, 0, 10, "玉林街道25年11月社会事务数据统计表")
    sh.put(1, 8, "单位：户、人、万元、件、个")
    sh.merge(2, 0, 4, 0, "片区")
    sh.merge(2, 1, 4, 1, "社区")
    sh.merge(2, 2, 2, 6, "民政")
    sh.merge(2, 7, 2, 10, "就业")
    sh.merge(3, 2, 3, 4, "城市低保")
    sh.merge(3, 5, 3, 6, "关爱帮扶")
    sh.merge(3, 7, 3, 8, "岗位开发")
    sh.merge(3, 9, 4, 9, "实现就业（人）")
    sh.merge(3, 10, 4, 10, "零就业家庭（户）")
    sh.row(4, 2, ["户数", "人数", "保障金（万元）", "走访慰问（人）", "发放物资（件）", "新开发（个）", "其中公益性（个）"])
    r = 5
    for area, members in (("第一片区", AREA_1), ("第二片区", AREA_2)):
        sh.merge(r, 0, r + len(members), 0, area)
        for s in members:
            sh.put(r, 1, "南鸿村" if s == "南虹村" else s)
            for j, ind in enumerate(inds):
                ctx.val(sh, r, 2 + j, s, p, ind, "wan" if ind == "dibao_payout_yuan" else "num")
            r += 1
        sh.put(r, 1, "小计")
        for j, ind in enumerate(inds):
            t = total(ctx, members, p, ind)
            sh.put(r, 2 + j, round(t / 10000.0, 4) if ind == "dibao_payout_yuan" else t)
        r += 1
    sh.merge(r, 0, r, 1, "全街合计")
    for j, ind in enumerate(inds):
        t = total(ctx, SHORTS, p, ind)
        sh.put(r, 2 + j, round(t / 10000.0, 4) if ind == "dibao_payout_yuan" else t)
    sh.put(r + 2, 0, "审核：民政办　　　报送日期：2025年12月5日")
    ctx.write("batch1/玉林街道25年11月社会事务数据统计.xls", [sh], "xlwt", d(2025, 12, 5),
              ["street_file_rows", "indicators_as_columns", "title_yy_month", "header_three_row_merged",
               "group_headings", "header_units_brackets", "qizhong_subcolumn", "values_wan_header", "names_short",
               "names_homophone", "area_column_merged", "subtotal_rows", "total_row", "footer_date_trap", "xls_biff8"])


def s3_basics_dec(ctx):
    """2025-12 基本情况 as a GBK CSV exported from WPS: "1,234" text, 网格 column outside the catalogue."""
    p = "2025-12"
    inds = ["households", "residents", "floating_population", "party_members", "pairings", "volunteers",
            "volunteer_person_times"]
    sh = Sheet("csv")
    sh.put(0, 0, "玉林街道2025年12月社区基本情况表")
    sh.row(1, 0, ["社区", "户数（户）", "常住人口（人）", "流动人口（人）", "党员（名）", "结对帮扶（对）",
                  "注册志愿者（人）", "志愿服务（人次）", "网格（个）"])
    r = 2
    for s in SHORTS:
        sh.put(r, 0, full(s))
        for j, ind in enumerate(inds):
            if s == "跳伞塔" and ind == "volunteer_person_times":
                ctx.hole(sh, r, 1 + j, s, p, ind, "—")
            else:
                ctx.val(sh, r, 1 + j, s, p, ind, "comma")
        sh.put(r, 8, ctx.rng.randint(4, 12))
        r += 1
    sh.put(r, 0, "合计")
    for j, ind in enumerate(inds):
        t = total(ctx, [s for s in SHORTS if not (s == "跳伞塔" and ind == "volunteer_person_times")], p, ind)
        sh.put(r, 1 + j, f"{t:,}")
    sh.put(r + 1, 0, "说明：人口数据来自社区综合信息平台，截至2025年12月31日；跳伞塔社区志愿服务人次未报。")
    sh.put(r + 2, 0, "制表：玉林街道社区发展治理办公室　2026年1月7日")
    ctx.write("batch1/玉林街道2025年12月社区基本情况.csv", [sh], "csv", d(2026, 1, 7),
              ["street_file_rows", "indicators_as_columns", "title_month_full", "header_units_brackets",
               "names_full", "values_comma_text", "values_dash", "column_outside_catalogue", "total_row",
               "notes_rows", "footer_date_trap", "csv_gbk"], encoding="gbk", fmt_name="csv")


def s4_safety_jan(ctx):
    """2026-01 平安建设: communities as columns, indicators as rows with a 单位 column, SUM formulas."""
    p = "2026-01"
    rows = [("群防群治巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
            ("治安案件（立案）", "起", "security_cases"), ("矛盾纠纷调解成功", "起", "disputes_mediated"),
            ("排查安全隐患", "处", None), ("隐患整改到位", "处", None)]
    sh = Sheet("平安建设")
    n = len(SHORTS)
    sh.merge(0, 0, 0, n + 3, "玉林街道2026年1月平安建设工作统计表")
    sh.row(1, 0, ["序号", "项目", "单位"] + SHORTS + ["合计"])
    last = 3 + n - 1
    hazards = [ctx.rng.randint(3, 15) for _ in SHORTS]
    fixed = [ctx.rng.randint(max(0, h - 2), h) for h in hazards]
    for i, (label, unit, ind) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit])
        tot = 0
        for j, s in enumerate(SHORTS):
            if ind is None:
                x = (hazards if i == 4 else fixed)[j]
                sh.put(r, 3 + j, x)
                tot += x
            elif s == "南虹村" and ind == "security_cases":
                ctx.hole(sh, r, 3 + j, s, p, ind, "/")
            else:
                ctx.val(sh, r, 3 + j, s, p, ind)
                tot += ctx.v(s, p, ind)
        sh.put(r, last + 1, tot, formula=f"=SUM(D{r + 1}:{_col(last)}{r + 1})")
    sh.put(9, 0, "注：治安案件以派出所立案数为准，南虹村社区数据待核。")
    sh.put(10, 0, "报送时间：2026年2月3日　　联系人：陈静　　028-85550312")
    ctx.write("batch1/玉林街道2026年1月平安建设情况统计.xlsx", [sh], "xlsxwriter", d(2026, 2, 3),
              ["street_file_columns", "indicators_as_rows", "title_month_full", "unit_column", "seq_column",
               "names_short", "total_column_formula", "rows_outside_catalogue", "values_slash", "notes_rows",
               "footer_date_trap", "footer_phone", "xlsx_xlsxwriter"])


def _col(c):
    from corpus_grid import col_letter
    return col_letter(c)


def s5_jobs_feb(ctx):
    """2026-02 就业创业 in an .ods: two-row header, 其中 column, 占比 column (derived), 万元 header."""
    p = "2026-02"
    sh = Sheet("就业创业")
    sh.merge(0, 0, 0, 7, "玉林街道2026.2就业创业工作月报")
    sh.merge(1, 0, 2, 0, "社区")
    sh.merge(1, 1, 1, 3, "新增就业岗位")
    sh.merge(1, 4, 2, 4, "帮助实现就业（人）")
    sh.merge(1, 5, 2, 5, "零就业家庭（户）")
    sh.merge(1, 6, 2, 6, "发放创业担保贷款（万元）")
    sh.merge(1, 7, 2, 7, "职业技能培训（场）")
    sh.row(2, 1, ["合计（个）", "其中：公益性岗位（个）", "公益性岗位占比（%）"])
    r = 3
    for s in SHORTS:
        sh.put(r, 0, full(s))
        ctx.val(sh, r, 1, s, p, "jobs_created", "wu")
        ctx.val(sh, r, 2, s, p, "public_welfare_jobs", "wu")
        jobs, pw = ctx.v(s, p, "jobs_created"), ctx.v(s, p, "public_welfare_jobs")
        sh.put(r, 3, round(100.0 * pw / jobs, 1) if jobs else "—")
        ctx.val(sh, r, 4, s, p, "people_employed")
        if s == "棕北":
            ctx.hole(sh, r, 5, s, p, "zero_employment_households", "—")
        else:
            ctx.val(sh, r, 5, s, p, "zero_employment_households", "wu")
        ctx.val(sh, r, 6, s, p, "micro_loans_yuan", "wan")
        ctx.val(sh, r, 7, s, p, "training_sessions", "wu")
        r += 1
    sh.put(r, 0, "合计")
    for j, ind in enumerate(["jobs_created", "public_welfare_jobs"]):
        sh.put(r, 1 + j, total(ctx, SHORTS, p, ind))
    sh.put(r, 4, total(ctx, SHORTS, p, "people_employed"))
    sh.put(r, 6, wan(total(ctx, SHORTS, p, "micro_loans_yuan")))
    sh.put(r, 7, total(ctx, SHORTS, p, "training_sessions"))
    sh.put(r + 1, 0, "备注：贷款金额以区就业局放款数为准；棕北社区零就业家庭数正在核实。2026年3月5日")
    ctx.write("batch1/玉林街道2026.2就业创业工作月报.ods", [sh], "odfpy", d(2026, 3, 5),
              ["street_file_rows", "indicators_as_columns", "title_dot_month", "header_two_row_merged",
               "qizhong_subcolumn", "derived_share_column", "values_wan_header", "values_wu_zero", "values_dash",
               "names_full", "total_row", "notes_rows", "footer_date_trap", "ods_odfpy"])


def s6_culture_mar(ctx):
    """三月份 文化活动: the year only in the file name; a column outside the catalogue."""
    p = "2026-03"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 5, "三月份各社区文化活动开展情况")
    sh.row(1, 0, ["序号", "社区", "文体活动（场）", "参与群众（人次）", "政策法治宣讲（次）", "备注"])
    r = 2
    for i, s in enumerate(SHORTS, 1):
        sh.row(r, 0, [i, full(s)])
        ctx.val(sh, r, 2, s, p, "cultural_activities")
        sh.put(r, 3, ctx.v(s, p, "cultural_activities") * ctx.rng.randint(25, 70))
        ctx.val(sh, r, 4, s, p, "lectures_held")
        if i == 5:
            sh.put(r, 5, "3月5日学雷锋主题活动1场")
        r += 1
    sh.merge(r, 0, r, 1, "合计")
    sh.put(r, 2, total(ctx, SHORTS, p, "cultural_activities"))
    sh.put(r, 4, total(ctx, SHORTS, p, "lectures_held"))
    sh.put(r + 1, 0, "玉林街道综合文化站　2026年4月2日")
    ctx.write("batch1/玉林街道2026年三月份文化活动统计.xls", [sh], "xlwt", d(2026, 4, 2),
              ["street_file_rows", "indicators_as_columns", "title_cn_month", "year_in_filename_only",
               "header_units_brackets", "seq_column", "names_full", "column_outside_catalogue", "notes_column",
               "total_row", "footer_date_trap", "xls_biff8"])


def s7_jobs_q1(ctx):
    """2026 一季度 就业台账: one sheet per month (1月…3月), a 汇总 sheet with 一季度合计, a hidden 草稿."""
    sheets = []
    for p, name in (("2026-01", "1月"), ("2026-02", "2月"), ("2026-03", "3月")):
        sh = Sheet(name)
        sh.merge(0, 0, 0, 5, "玉林街道就业工作台账")
        sh.put(1, 0, "填报单位：玉林街道劳动保障服务站")
        sh.row(2, 0, ["序号", "社区", "实现就业（人）", "新开发岗位（个）", "技能培训（场）", "备注"])
        r = 3
        for i, s in enumerate(SHORTS, 1):
            sh.row(r, 0, [i, s])
            ctx.val(sh, r, 2, s, p, "people_employed")
            ctx.val(sh, r, 3, s, p, "jobs_created")
            ctx.val(sh, r, 4, s, p, "training_sessions")
            if ctx.rng.random() < 0.25:
                sh.put(r, 5, f"含灵活就业{ctx.rng.randint(1, 4)}人")
            r += 1
        sh.merge(r, 0, r, 1, "合计")
        for j, ind in enumerate(["people_employed", "jobs_created", "training_sessions"]):
            sh.put(r, 2 + j, total(ctx, SHORTS, p, ind))
        sheets.append(sh)
    sm = Sheet("汇总")
    sm.merge(0, 0, 0, 4, "2026年第一季度实现就业人数汇总")
    sm.merge(1, 0, 2, 0, "社区")
    sm.merge(1, 1, 1, 4, "实现就业人数（人）")
    sm.row(2, 1, ["1月", "2月", "3月", "一季度合计"])
    for i, s in enumerate(SHORTS):
        r = 3 + i
        sm.put(r, 0, s)
        for j, p in enumerate(["2026-01", "2026-02", "2026-03"]):
            ctx.val(sm, r, 1 + j, s, p, "people_employed", role="duplicate")
        ctx.quarter(sm, r, 4, s, "2026-Q1", "people_employed", ["2026-01", "2026-02", "2026-03"])
    sheets.append(sm)
    dr = Sheet("草稿", hidden=True)
    dr.row(0, 0, ["草稿", "待核", "2月初报"])
    for i in range(1, 9):
        dr.row(i, 0, [f"{SHORTS[i]}?", ctx.rng.randint(1, 40), ctx.rng.randint(1, 40)])
    sheets.append(dr)
    ctx.write("batch1/玉林街道2026年第一季度就业工作台账.xlsx", sheets, "openpyxl", d(2026, 4, 7),
              ["street_file_rows", "indicators_as_columns", "sheet_per_month", "period_in_sheet_names",
               "title_quarter_filename", "seq_column", "names_short", "header_units_brackets", "notes_column",
               "total_row", "pivot_summary_duplicate", "quarter_total_column", "hidden_scratch_sheet",
               "xlsx_openpyxl"])


def build(ctx):
    for f in (s1_petitions_oct, s2_social_nov, s3_basics_dec, s4_safety_jan, s5_jobs_feb, s6_culture_mar, s7_jobs_q1):
        f(ctx)
