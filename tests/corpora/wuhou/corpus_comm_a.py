"""Community files, part one: each community committee's own monthly report, every clerk in her own way."""
from corpus_grid import Sheet
from corpus_render import d, item_rows
from corpus_world import Q4, first_day


def rate(ctx, s, p):
    return f"{100.0 * ctx.v(s, p, 'petitions_resolved') / ctx.v(s, p, 'petitions_received'):.1f}%"


def c1_yulinbei_oct(ctx):
    """玉林北路 2025-10: indicators as rows under （一）…（八） group rows, 序号, 单位, 备注, derived and outside rows."""
    s, p = "玉林北路", "2025-10"
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 4, "玉林北路社区2025年10月工作报表")
    sh.put(1, 0, "填报单位：玉林北路社区居委会（盖章）")
    sh.row(2, 0, ["序号", "工作事项", "单位", "本月完成", "备注"])
    items = [
        ("#", "（一）民情诉求"), ("接收居民诉求", "件", "petitions_received", "num"),
        ("已办结", "件", "petitions_resolved", "num"), ("诉求办结率", "%", None, rate(ctx, s, p)),
        ("调解邻里纠纷", "起", "disputes_mediated", "num"),
        ("#", "（二）就业创业"), ("新增就业岗位", "个", "jobs_created", "num"),
        ("其中：公益性岗位", "个", "public_welfare_jobs", "num"), ("实现就业", "人", "people_employed", "num"),
        ("零就业家庭", "户", "zero_employment_households", "num"),
        ("创业担保贷款", "万元", "micro_loans_yuan", "wan"), ("组织技能培训", "场", "training_sessions", "num"),
        ("#", "（三）民政保障"), ("低保户", "户", "dibao_households", "num"),
        ("低保对象", "人", "dibao_persons", "num"), ("发放低保金", "元", "dibao_payout_yuan", "num"),
        ("#", "（四）为老服务"), ("免费健康体检", "人", "free_health_checks", "num"),
        ("走访慰问困难群众", "人", "people_assisted", "num"), ("发放慰问品", "件", "goods_distributed", "num"),
        ("#", "（五）文化宣传"), ("文体活动", "场", "cultural_activities", "num"),
        ("政策宣讲", "次", "lectures_held", "num"),
        ("#", "（六）平安建设"), ("巡逻队员", "人", "patrol_members", "num"),
        ("平安信息员", "人", "informants", "num"), ("治安案件", "起", "security_cases", "num"),
        ("#", "（七）党建和志愿服务"), ("党员", "人", "party_members", "num"),
        ("党员结对帮扶", "对", "pairings", "num"), ("注册志愿者", "人", "volunteers", "num"),
        ("志愿服务", "人次", "volunteer_person_times", "num"),
        ("#", "（八）基本情况"), ("户数", "户", "households", "num"), ("常住人口", "人", "residents", "num"),
        ("流动人口", "人", "floating_population", "num"), ("社区工作者", "人", "staff", "num"),
        ("院落", "个", None, 23),
    ]
    r = item_rows(ctx, sh, 3, s, p, items, c_label=1, c_value=3, c_unit=2, c_seq=0)
    sh.put(18, 4, "10月8日发放")
    sh.put(r, 0, "填表人：刘芳　　联系电话：13808012345　　填报日期：2025年11月3日")
    ctx.write("batch1/玉林北路社区2025年10月工作报表.xlsx", [sh], "openpyxl", d(2025, 11, 3),
              ["community_file", "indicators_as_rows", "title_month_full", "unit_column", "group_headings",
               "seq_column", "qizhong_row", "values_wan_unit_column", "derived_rate_row", "row_outside_catalogue",
               "notes_column", "footer_date_trap", "footer_phone", "xlsx_openpyxl"])


def c2_yulinbei_jan(ctx):
    """玉林北路 2026-01: label/value pairs, three 项目|数值 pairs a row, units in the labels."""
    s, p = "玉林北路", "2026-01"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 5, "玉林北路社区26年1月工作数据")
    sh.row(1, 0, ["项目", "数值", "项目", "数值", "项目", "数值"])
    pairs = [("受理诉求(件)", "petitions_received"), ("办结诉求(件)", "petitions_resolved"),
             ("调解纠纷(起)", "disputes_mediated"), ("新增岗位(个)", "jobs_created"),
             ("就业人数(人)", "people_employed"), ("培训场次(场)", "training_sessions"),
             ("低保户数(户)", "dibao_households"), ("低保人数(人)", "dibao_persons"),
             ("低保金(元)", "dibao_payout_yuan"), ("健康体检(人)", "free_health_checks"),
             ("慰问帮扶(人)", "people_assisted"), ("慰问物资(件)", "goods_distributed"),
             ("文体活动(场)", "cultural_activities"), ("宣讲次数(次)", "lectures_held"),
             ("巡逻队员(人)", "patrol_members"), ("志愿者(人)", "volunteers"),
             ("志愿服务(人次)", "volunteer_person_times"), ("党员(人)", "party_members")]
    for i, (label, ind) in enumerate(pairs):
        r, c = 2 + i // 3, (i % 3) * 2
        sh.put(r, c, label)
        ctx.val(sh, r, c + 1, s, p, ind)
    sh.row(8, 0, ["填报人", "刘芳", "填报日期", "2026.2.4", "审核", "郑主任"])
    ctx.write("batch1/玉林北路社区26年1月报表.xlsx", [sh], "xlsxwriter", d(2026, 2, 4),
              ["community_file", "label_value_pairs", "title_yy_month", "header_units_brackets",
               "footer_date_trap", "xlsx_xlsxwriter"])


def c3_yulindong_nov(ctx):
    """玉林东路 2025-11 in .xls: 计量单位 column, 无 for none, / for a slot not filled."""
    s, p = "玉林东路", "2025-11"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "玉林东路社区2025年11月月报表")
    sh.row(1, 0, ["项目", "计量单位", "本月数", "备注"])
    items = [("民情诉求受理", "件", "petitions_received", "num"), ("民情诉求办结", "件", "petitions_resolved", "num"),
             ("矛盾纠纷调解", "起", "disputes_mediated", "wu"), ("开发就业岗位", "个", "jobs_created", "wu"),
             ("公益性岗位", "个", "public_welfare_jobs", "wu"), ("就业人员", "人", "people_employed", "num"),
             ("零就业家庭", "户", "zero_employment_households", "wu"), ("技能培训", "场", "training_sessions", "/"),
             ("城市低保户", "户", "dibao_households", "num"), ("低保人员", "人", "dibao_persons", "num"),
             ("低保金支出", "元", "dibao_payout_yuan", "num"), ("老年人免费体检", "人", "free_health_checks", "num"),
             ("困难群众帮扶", "人", "people_assisted", "num"), ("慰问物资", "件", "goods_distributed", "wu"),
             ("文化活动", "场", "cultural_activities", "num"), ("宣讲活动", "次", "lectures_held", "num"),
             ("义务巡逻队员", "人", "patrol_members", "num"), ("平安信息员", "人", "informants", "num"),
             ("治安案件", "起", "security_cases", "wu"), ("志愿者", "人", "volunteers", "num"),
             ("志愿服务", "人次", "volunteer_person_times", "num"), ("党员", "人", "party_members", "num"),
             ("结对帮扶", "对", "pairings", "num")]
    r = item_rows(ctx, sh, 2, s, p, items, c_label=0, c_value=2, c_unit=1)
    sh.put(9, 3, "本月未组织培训")
    sh.put(r + 1, 0, "填报：周丽　2025年12月2日")
    ctx.write("batch1/玉林东路社区2025年11月月报.xls", [sh], "xlwt", d(2025, 12, 2),
              ["community_file", "indicators_as_rows", "title_month_full", "unit_column", "values_wu_zero",
               "values_slash", "notes_column", "footer_date_trap", "xls_biff8"])


def c4_yulindong_mar(ctx):
    """玉林东路 2026-03 in .ods: a 类别 column merged down each group, "12,345" text, an 占比 row."""
    s, p = "玉林东路", "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 3, "玉林东路社区2026年3月工作月报")
    sh.row(1, 0, ["类别", "指标", "单位", "数量"])
    groups = [("诉求", [("受理", "件", "petitions_received", "num"), ("办结", "件", "petitions_resolved", "num")]),
              ("就业", [("新增岗位", "个", "jobs_created", "num"), ("公益岗", "个", "public_welfare_jobs", "num"),
                      ("公益岗占比", "%", None, None), ("实现就业", "人", "people_employed", "num"),
                      ("创业担保贷款", "万元", "micro_loans_yuan", "wan"), ("技能培训", "场", "training_sessions", "num")]),
              ("民政", [("低保户", "户", "dibao_households", "num"), ("低保人口", "人", "dibao_persons", "num"),
                      ("低保金", "元", "dibao_payout_yuan", "comma")]),
              ("平安", [("巡逻队员", "人", "patrol_members", "num"), ("信息员", "人", "informants", "num"),
                      ("治安案件", "起", "security_cases", "num")]),
              ("人口", [("户数", "户", "households", "comma"), ("常住人口", "人", "residents", "comma"),
                      ("流动人口", "人", "floating_population", "comma"), ("社工", "人", "staff", "num")])]
    r = 2
    for cat, items in groups:
        sh.merge(r, 0, r + len(items) - 1, 0, cat)
        jobs, pw = ctx.v(s, p, "jobs_created"), ctx.v(s, p, "public_welfare_jobs")
        items = [(a, b, c, f"{100.0 * pw / jobs:.1f}%" if jobs else "—") if a == "公益岗占比" else (a, b, c, e)
                 for a, b, c, e in items]
        r = item_rows(ctx, sh, r, s, p, items, c_label=1, c_value=3, c_unit=2)
    sh.put(r, 0, "报送人：周丽　　报送日期：2026年4月3日")
    ctx.write("batch1/玉林东路社区2026年3月月报.ods", [sh], "odfpy", d(2026, 4, 3),
              ["community_file", "indicators_as_rows", "title_month_full", "category_column_merged",
               "unit_column", "values_wan_unit_column", "values_comma_text", "derived_share_row",
               "footer_date_trap", "ods_odfpy"])


def c5_nijiaqiao_dec(ctx):
    """倪家桥 2025-12, written 倪家乔 (乔/桥 sound alike) in the file name and the title."""
    s, p = "倪家桥", "2025-12"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "倪家乔社区2025年12月工作统计表")
    sh.row(1, 0, ["序号", "指标名称", "计量单位", "12月", "备注"])
    items = [("群众诉求受理数", "件", "petitions_received", "num"), ("群众诉求办结数", "件", "petitions_resolved", "num"),
             ("调处矛盾纠纷", "起", "disputes_mediated", "num"), ("新增就业", "人", "people_employed", "num"),
             ("开发岗位", "个", "jobs_created", "num"), ("零就业户", "户", "zero_employment_households", "num"),
             ("低保家庭", "户", "dibao_households", "num"), ("低保人数", "人", "dibao_persons", "num"),
             ("低保资金", "元", "dibao_payout_yuan", "num"), ("帮扶困难群众", "人", "people_assisted", "num"),
             ("慰问物资", "件", "goods_distributed", "num"), ("文体活动", "场", "cultural_activities", "num"),
             ("理论宣讲", "次", "lectures_held", "num"), ("治安案件", "起", "security_cases", "num"),
             ("在册志愿者", "人", "volunteers", "num"), ("志愿服务", "人次", "volunteer_person_times", "num"),
             ("党员总数", "人", "party_members", "num"), ("常住户", "户", "households", "num"),
             ("常住人口", "人", "residents", "num")]
    r = item_rows(ctx, sh, 2, s, p, items, c_label=1, c_value=3, c_unit=2, c_seq=0)
    sh.put(r + 1, 0, "倪家乔社区居委会　2026年1月5日")
    ctx.write("batch1/倪家乔社区2025年12月工作统计.xlsx", [sh], "openpyxl", d(2026, 1, 5),
              ["community_file", "indicators_as_rows", "title_month_full", "month_column_header", "unit_column",
               "seq_column", "names_homophone", "footer_date_trap", "xlsx_openpyxl"])


def c6_jiurucun_q4(ctx):
    """九如村 第四季度: months as columns with 四季度合计 (quarter) for flows, a 月末数 block without it."""
    s = "九如村"
    sh = Sheet("四季度")
    sh.merge(0, 0, 0, 5, "九如村社区2025年第四季度分月统计表")
    sh.row(1, 0, ["项目", "单位", "10月", "11月", "12月", "四季度合计"])
    flows = [("受理群众诉求", "件", "petitions_received"), ("诉求办结", "件", "petitions_resolved"),
             ("调解纠纷", "起", "disputes_mediated"), ("新增岗位", "个", "jobs_created"),
             ("实现就业", "人", "people_employed"), ("免费体检", "人", "free_health_checks"),
             ("帮扶困难群众", "人", "people_assisted"), ("发放物资", "件", "goods_distributed"),
             ("文体活动", "场", "cultural_activities"), ("宣讲", "次", "lectures_held"),
             ("志愿服务", "人次", "volunteer_person_times"), ("治安案件", "起", "security_cases")]
    r = 2
    for label, unit, ind in flows:
        sh.row(r, 0, [label, unit])
        for j, p in enumerate(Q4):
            ctx.val(sh, r, 2 + j, s, p, ind)
        ctx.quarter(sh, r, 5, s, "2025-Q4", ind, Q4, formula=f"=SUM(C{r + 1}:E{r + 1})")
        r += 1
    sh.put(r, 0, "月末数")
    r += 1
    for label, unit, ind in [("低保户", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
                             ("注册志愿者", "人", "volunteers"), ("党员", "人", "party_members")]:
        sh.row(r, 0, [label, unit])
        for j, p in enumerate(Q4):
            ctx.val(sh, r, 2 + j, s, p, ind)
        sh.put(r, 5, "—")
        r += 1
    sh.put(r + 1, 0, "填报日期：2026年1月6日")
    ctx.write("batch1/九如村社区第四季度分月统计.xlsx", [sh], "xlsxwriter", d(2026, 1, 6),
              ["community_file", "indicators_as_rows", "months_as_columns", "title_quarter", "unit_column",
               "quarter_total_column", "total_formula", "group_headings", "footer_date_trap", "xlsx_xlsxwriter"])


def c7_dianxin_jan(ctx):
    """电信路 2026-01: one data row under a two-row merged header and a row of units."""
    s, p = "电信路", "2026-01"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 12, "电信路社区2026年1月工作数据")
    sh.merge(1, 0, 3, 0, "社区")
    sh.merge(1, 1, 1, 2, "诉求")
    sh.merge(1, 3, 2, 3, "纠纷调解")
    sh.merge(1, 4, 1, 6, "就业")
    sh.merge(1, 7, 1, 9, "低保")
    sh.merge(1, 10, 1, 11, "志愿服务")
    sh.merge(1, 12, 2, 12, "党员")
    sh.row(2, 1, ["受理", "办结", None, "新增岗位", "其中公益岗", "实现就业", "户数", "人数", "发放金额",
                  "注册人数", "服务人次"])
    sh.row(3, 1, ["（件）", "（件）", "（起）", "（个）", "（个）", "（人）", "（户）", "（人）", "（元）", "（人）",
                  "（人次）", "（人）"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
            "people_employed", "dibao_households", "dibao_persons", "dibao_payout_yuan", "volunteers",
            "volunteer_person_times", "party_members"]
    sh.put(4, 0, "电信路社区")
    for j, ind in enumerate(inds):
        ctx.val(sh, 4, 1 + j, s, p, ind)
    sh.put(5, 0, "备注：1月份低保金含春节一次性生活补贴。")
    ctx.write("batch1/电信路社区2026年1月报表.xlsx", [sh], "openpyxl", d(2026, 2, 5),
              ["community_file", "indicators_as_columns", "single_data_row", "header_two_row_merged",
               "units_row", "title_month_full", "notes_rows", "xlsx_openpyxl"])


def c8_dianxin_dec(ctx):
    """电信路 2025.12 in .xls: 数量 before 单位, 15万元 written in the cell with the 单位 left empty."""
    s, p = "电信路", "2025-12"
    sh = Sheet("月报")
    sh.merge(0, 0, 0, 3, "电信路社区2025.12月报")
    sh.row(1, 0, ["项目", "数量", "单位", "说明"])
    items = [("诉求受理", "件", "petitions_received", "num"), ("诉求办结", "件", "petitions_resolved", "num"),
             ("新开发就业岗位", "个", "jobs_created", "num"), ("促进就业", "人", "people_employed", "num"),
             ("创业担保贷款发放", "", "micro_loans_yuan", "wantext"), ("就业培训", "场", "training_sessions", "num"),
             ("低保户数", "户", "dibao_households", "num"), ("低保人数", "人", "dibao_persons", "num"),
             ("免费体检", "人", "free_health_checks", "num"), ("文体活动", "场", "cultural_activities", "num"),
             ("巡逻队员", "人", "patrol_members", "num"), ("信息员", "人", "informants", "num"),
             ("治安案件", "起", "security_cases", "num"), ("社区工作者", "人", "staff", "num"),
             ("流动人口", "人", "floating_population", "num")]
    r = item_rows(ctx, sh, 2, s, p, items, c_label=0, c_value=1, c_unit=2)
    sh.put(6, 3, "2户个体工商户")
    sh.put(r + 1, 0, "报送：电信路社区　2026.1.6")
    ctx.write("batch1/电信路社区2025.12月报.xls", [sh], "xlwt", d(2026, 1, 6),
              ["community_file", "indicators_as_rows", "title_dot_month", "unit_column", "values_wan_text",
               "notes_column", "footer_date_trap", "xls_biff8"])


HONGMEN_ITEMS = [("受理诉求", "件", "petitions_received", "num"), ("办结诉求", "件", "petitions_resolved", "num"),
                 ("调解纠纷", "起", "disputes_mediated", "num"), ("新增岗位", "个", "jobs_created", "num"),
                 ("实现就业", "人", "people_employed", "num"), ("低保户", "户", "dibao_households", "num"),
                 ("低保人数", "人", "dibao_persons", "num"), ("免费体检", "人", "free_health_checks", "num"),
                 ("走访帮扶", "人", "people_assisted", "num"), ("慰问物资", "件", "goods_distributed", "num"),
                 ("文体活动", "场", "cultural_activities", "num"), ("巡逻队员", "人", "patrol_members", "num"),
                 ("注册志愿者", "人", "volunteers", "num"), ("志愿服务", "人次", "volunteer_person_times", "num"),
                 ("党员", "人", "party_members", "num"), ("常住人口", "人", "residents", "num")]
# the figures of 黉门街社区 2026-01 as first sent; the batch2 correction replaces them
HONGMEN_OLD = {"petitions_received": -12, "petitions_resolved": 3, "volunteers": 90}


def hongmen_sheet(ctx, title, old=None, role="primary"):
    s, p = "黉门街", "2026-01"
    sh = Sheet("月报")
    sh.merge(0, 0, 0, 3, title)
    sh.put(1, 0, "统计月份：")
    sh.put(1, 1, first_day(p))
    sh.put(1, 2, "填报单位：黉门街社区居委会")
    sh.row(2, 0, ["序号", "项目", "单位", "数量"])
    r = item_rows(ctx, sh, 3, s, p, HONGMEN_ITEMS, c_label=1, c_value=3, c_unit=2, c_seq=0, role=role, old=old)
    sh.put(r + 1, 0, "填报日期：2026年2月5日　　联系电话：028-85221093")
    return sh


def c9_hongmen_jan(ctx):
    """黉门街 2026-01: the month only in a real date cell (统计月份) — the file name and title carry none."""
    old = {k: ctx.v("黉门街", "2026-01", k) + dv for k, dv in HONGMEN_OLD.items()}
    sh = hongmen_sheet(ctx, "黉门街社区工作月报", old=old)
    ctx.write("batch1/黉门街社区月报.xlsx", [sh], "openpyxl", d(2026, 2, 5),
              ["community_file", "indicators_as_rows", "period_date_cell_only", "unit_column", "seq_column",
               "footer_date_trap", "footer_phone", "superseded_by_batch2", "xlsx_openpyxl"])


def c10_zongnan_jan_feb(ctx):
    """棕南 一月份 | 二月份: two month blocks side by side, the year in the title."""
    s = "棕南"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 6, "棕南社区2026年1-2月工作情况")
    items = [("诉求受理", "件", "petitions_received", "num"), ("诉求办结", "件", "petitions_resolved", "num"),
             ("新增岗位", "个", "jobs_created", "num"), ("就业人数", "人", "people_employed", "num"),
             ("担保贷款", "万元", "micro_loans_yuan", "wan"), ("低保户", "户", "dibao_households", "num"),
             ("低保金", "元", "dibao_payout_yuan", "num"), ("慰问困难群众", "人", "people_assisted", "num"),
             ("慰问物资", "件", "goods_distributed", "num"), ("文体活动", "场", "cultural_activities", "num"),
             ("宣讲", "次", "lectures_held", "num"), ("志愿者注册", "人", "volunteers", "num"),
             ("志愿服务", "人次", "volunteer_person_times", "num"), ("结对帮扶", "对", "pairings", "num")]
    for c0, p, head in ((0, "2026-01", "一月份"), (4, "2026-02", "二月份")):
        sh.merge(1, c0, 1, c0 + 2, head)
        sh.row(2, c0, ["项目", "单位", "数量"])
        item_rows(ctx, sh, 3, s, p, items, c_label=c0, c_value=c0 + 2, c_unit=c0 + 1)
    sh.put(3 + len(items) + 1, 0, "棕南社区　3月4日报")
    ctx.write("batch1/棕南社区2026年一月、二月工作情况.xlsx", [sh], "xlsxwriter", d(2026, 3, 4),
              ["community_file", "indicators_as_rows", "tables_side_by_side", "month_block_headings_cn",
               "title_month_range", "unit_column", "values_wan_unit_column", "footer_date_trap", "xlsx_xlsxwriter"])


def build(ctx):
    for f in (c1_yulinbei_oct, c2_yulinbei_jan, c3_yulindong_nov, c4_yulindong_mar, c5_nijiaqiao_dec,
              c6_jiurucun_q4, c7_dianxin_jan, c8_dianxin_dec, c9_hongmen_jan, c10_zongnan_jan_feb):
        f(ctx)
