"""Community files, part two: sheets per month, traditional characters, glued units, 本年累计, quarters."""
from corpus_grid import Sheet
from corpus_render import d, item_rows
from corpus_world import Q1, Q4


def c11_zongbei_q4(ctx):
    """棕北 10-12月: a sheet per month named 2025.10…, a 汇总 sheet repeating them with 合计, hidden 底稿."""
    s = "棕北"
    items = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
             ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("实现就业", "人", "people_employed"), ("体检人数", "人", "free_health_checks"),
             ("文体活动", "场", "cultural_activities"), ("志愿服务", "人次", "volunteer_person_times"),
             ("注册志愿者", "人", "volunteers"), ("低保户", "户", "dibao_households"),
             ("社区工作者", "人", "staff")]
    stocks = {"volunteers", "dibao_households", "staff"}
    sheets = []
    for p in Q4:
        sh = Sheet(p.replace("-", "."))
        sh.merge(0, 0, 0, 2, "棕北社区工作数据")
        sh.row(1, 0, ["指标", "单位", "本月"])
        item_rows(ctx, sh, 2, s, p, [(a, b, c, "num") for a, b, c in items], c_label=0, c_value=2, c_unit=1)
        sheets.append(sh)
    sm = Sheet("汇总")
    sm.merge(0, 0, 0, 5, "棕北社区2025年第四季度汇总")
    sm.row(1, 0, ["指标", "单位", "10月", "11月", "12月", "合计"])
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sm.row(r, 0, [label, unit])
        for j, p in enumerate(Q4):
            ctx.val(sm, r, 2 + j, s, p, ind, role="duplicate")
        if ind not in stocks:
            ctx.quarter(sm, r, 5, s, "2025-Q4", ind, Q4)
    sheets.append(sm)
    dr = Sheet("底稿", hidden=True)
    dr.row(0, 0, ["10月初稿", "11月初稿", "12月初稿"])
    for i in range(1, 7):
        dr.row(i, 0, [ctx.rng.randint(5, 90) for _ in range(3)])
    sheets.append(dr)
    ctx.write("batch1/棕北社区2025年10-12月数据.xlsx", sheets, "openpyxl", d(2026, 1, 7),
              ["community_file", "indicators_as_rows", "sheet_per_month", "period_in_sheet_names",
               "title_month_range", "unit_column", "pivot_summary_duplicate", "quarter_total_column",
               "hidden_scratch_sheet", "xlsx_openpyxl"])


def c12_tiaosanta_feb_trad(ctx):
    """跳伞塔 2026-02 in traditional characters (跳傘塔社區…工作報表)."""
    s, p = "跳伞塔", "2026-02"
    sh = Sheet("工作報表")
    sh.merge(0, 0, 0, 4, "跳傘塔社區2026年2月工作報表")
    sh.row(1, 0, ["序號", "項目", "單位", "本月數", "備註"])
    items = [("受理訴求", "件", "petitions_received", "num"), ("辦結訴求", "件", "petitions_resolved", "num"),
             ("調解糾紛", "起", "disputes_mediated", "num"), ("新增就業崗位", "個", "jobs_created", "num"),
             ("其中：公益性崗位", "個", "public_welfare_jobs", "num"), ("實現就業", "人", "people_employed", "num"),
             ("零就業家庭", "戶", "zero_employment_households", "num"),
             ("職業技能培訓", "場", "training_sessions", "num"), ("低保戶", "戶", "dibao_households", "num"),
             ("低保人數", "人", "dibao_persons", "num"), ("低保金發放", "元", "dibao_payout_yuan", "num"),
             ("免費體檢", "人", "free_health_checks", "num"), ("走訪慰問困難群眾", "人", "people_assisted", "num"),
             ("發放慰問物資", "件", "goods_distributed", "num"), ("文體活動", "場", "cultural_activities", "num"),
             ("宣講活動", "次", "lectures_held", "num"), ("巡邏隊員", "人", "patrol_members", "num"),
             ("平安信息員", "人", "informants", "num"), ("治安案件", "起", "security_cases", "num"),
             ("註冊志願者", "人", "volunteers", "num"), ("志願服務", "人次", "volunteer_person_times", "num"),
             ("黨員", "人", "party_members", "num"), ("結對幫扶", "對", "pairings", "num")]
    r = item_rows(ctx, sh, 2, s, p, items, c_label=1, c_value=3, c_unit=2, c_seq=0)
    sh.put(15, 4, "春節慰問")
    sh.put(r + 1, 0, "填報人：黃淑芬　　填報日期：2026年3月4日")
    ctx.write("batch1/跳傘塔社區2026年2月工作報表.xlsx", [sh], "openpyxl", d(2026, 3, 4),
              ["community_file", "indicators_as_rows", "title_month_full", "traditional_characters", "unit_column",
               "seq_column", "qizhong_row", "notes_column", "footer_date_trap", "xlsx_openpyxl"])


def c13_xinnanlu_mar_csv(ctx):
    """新南路 2026-03 as a GBK CSV: 约50, 47件, 30余, 2.3万元, "12,345" — what a clerk types in WPS."""
    s, p = "新南路", "2026-03"
    sh = Sheet("csv")
    sh.put(0, 0, "新南路社区2026年3月工作报表")
    sh.row(1, 0, ["项目", "本月", "备注"])
    items = [("受理群众诉求", "", "petitions_received", "yue"), ("诉求已办结", "", "petitions_resolved", "glue:件"),
             ("调解矛盾纠纷", "", "disputes_mediated", "glue:起"), ("帮扶困难群众", "", "people_assisted", "glue:人"),
             ("慰问物资发放", "", "goods_distributed", "yu"), ("低保金发放", "", "dibao_payout_yuan", "wantext"),
             ("低保户数", "", "dibao_households", "glue:户"), ("文体活动", "", "cultural_activities", "glue:场"),
             ("宣讲", "", "lectures_held", "num"), ("志愿服务人次", "", "volunteer_person_times", "yu"),
             ("注册志愿者", "", "volunteers", "num"), ("巡逻队员", "", "patrol_members", "num"),
             ("实现就业", "", "people_employed", "glue:人"), ("常住人口", "", "residents", "comma"),
             ("流动人口", "", "floating_population", "comma")]
    r = item_rows(ctx, sh, 2, s, p, items, c_label=0, c_value=1)
    sh.put(2, 2, "含12345转办")
    sh.put(r, 0, "报送日期：2026-04-03")
    ctx.write("batch1/新南路社区2026年3月报表.csv", [sh], "csv", d(2026, 4, 3),
              ["community_file", "indicators_as_rows", "title_month_full", "values_approx", "values_glued_units",
               "values_wan_text", "values_comma_text", "notes_column", "footer_date_trap", "csv_gbk"],
              encoding="gbk", fmt_name="csv")


NANHONG_FLOWS = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
                 ("调解纠纷", "起", "disputes_mediated"), ("新增岗位", "个", "jobs_created"),
                 ("实现就业", "人", "people_employed"), ("免费体检", "人", "free_health_checks"),
                 ("帮扶困难群众", "人", "people_assisted"), ("发放物资", "件", "goods_distributed"),
                 ("文体活动", "场", "cultural_activities"), ("宣讲", "次", "lectures_held"),
                 ("志愿服务", "人次", "volunteer_person_times"), ("治安案件", "起", "security_cases")]
NANHONG_STOCKS = [("低保户", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
                  ("注册志愿者", "人", "volunteers"), ("党员", "人", "party_members"), ("常住人口", "人", "residents")]


def nanhong(ctx, p, writer, sent, name, features):
    """南虹村: 本月 beside 本年累计 (flows only; January is the first month of the year)."""
    s = "南虹村"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, f"南虹村社区2026年{int(p[5:])}月工作报表")
    sh.row(1, 0, ["项目", "单位", "本月", "本年累计", "备注"])
    months = [q for q in Q1 if q <= p]
    r = 2
    for label, unit, ind in NANHONG_FLOWS:
        sh.row(r, 0, [label, unit])
        ctx.val(sh, r, 2, s, p, ind)
        sh.put(r, 3, sum(ctx.v(s, q, ind) for q in months))
        r += 1
    for label, unit, ind in NANHONG_STOCKS:
        sh.row(r, 0, [label, unit])
        ctx.val(sh, r, 2, s, p, ind)
        r += 1
    sh.put(r + 1, 0, f"填表：南虹村社区　{sent.year}年{sent.month}月{sent.day}日")
    ctx.write(name, [sh], writer, sent, features)


def c14_nanhong_feb(ctx):
    nanhong(ctx, "2026-02", "xlsxwriter", d(2026, 3, 3), "batch1/南虹村社区2026年2月报表.xlsx",
            ["community_file", "indicators_as_rows", "title_month_full", "unit_column", "ytd_beside_month",
             "footer_date_trap", "xlsx_xlsxwriter"])


def c18_nanhong_jan(ctx):
    nanhong(ctx, "2026-01", "openpyxl", d(2026, 2, 4), "batch1/南虹村社区2026年1月报表.xlsx",
            ["community_file", "indicators_as_rows", "title_month_full", "unit_column", "ytd_beside_month",
             "footer_date_trap", "xlsx_openpyxl"])


def c15_tiaosanta_oct_fullwidth(ctx):
    """跳伞塔 2025-10: full-width digits in the title and in the values (the IME left in full-width mode)."""
    s, p = "跳伞塔", "2025-10"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 2, "跳伞塔社区２０２５年１０月工作报表")
    sh.row(1, 0, ["项目", "单位", "本月"])
    items = [("诉求受理", "件", "petitions_received", "fw"), ("诉求办结", "件", "petitions_resolved", "fw"),
             ("纠纷调解", "起", "disputes_mediated", "fw"), ("岗位开发", "个", "jobs_created", "fw"),
             ("实现就业", "人", "people_employed", "fw"), ("创业担保贷款", "元", "micro_loans_yuan", "wu"),
             ("低保户", "户", "dibao_households", "fw"), ("低保人数", "人", "dibao_persons", "fw"),
             ("低保金", "元", "dibao_payout_yuan", "fw"), ("老年人体检", "人", "free_health_checks", "fw"),
             ("文体活动", "场", "cultural_activities", "num"), ("巡逻队员", "人", "patrol_members", "num"),
             ("志愿者", "人", "volunteers", "fw"), ("常住人口", "人", "residents", "fw")]
    r = item_rows(ctx, sh, 2, s, p, items, c_label=0, c_value=2, c_unit=1)
    sh.put(r + 1, 0, "跳伞塔社区居委会　２０２５年１１月５日")
    ctx.write("batch1/跳伞塔社区2025年10月报表.xlsx", [sh], "openpyxl", d(2025, 11, 5),
              ["community_file", "indicators_as_rows", "title_fullwidth_digits", "unit_column",
               "values_fullwidth", "values_wu_zero", "footer_date_trap", "xlsx_openpyxl"])


def c16_xinnanlu_dec(ctx):
    """新南路 十二月份, the year only in a second title line （2025年度）."""
    s, p = "新南路", "2025-12"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "新南路社区十二月份工作报表")
    sh.merge(1, 0, 1, 3, "（2025年度）")
    sh.row(2, 0, ["序号", "内容", "单位", "完成数"])
    items = [("接待群众诉求", "件", "petitions_received", "num"), ("办理完毕", "件", "petitions_resolved", "num"),
             ("化解矛盾纠纷", "起", "disputes_mediated", "num"), ("新开发岗位", "个", "jobs_created", "num"),
             ("帮助就业", "人", "people_employed", "num"), ("技能培训", "场", "training_sessions", "num"),
             ("低保户", "户", "dibao_households", "num"), ("低保人口", "人", "dibao_persons", "num"),
             ("发放低保金", "元", "dibao_payout_yuan", "num"), ("为老体检", "人", "free_health_checks", "num"),
             ("群众文体活动", "场", "cultural_activities", "num"), ("法治讲座和政策宣讲", "次", "lectures_held", "num"),
             ("党员人数", "人", "party_members", "num"), ("一帮一结对", "对", "pairings", "num"),
             ("社工", "人", "staff", "num")]
    r = item_rows(ctx, sh, 3, s, p, items, c_label=1, c_value=3, c_unit=2, c_seq=0)
    sh.put(r + 1, 0, "2026年1月4日")
    ctx.write("batch1/新南路社区十二月份工作报表.xlsx", [sh], "xlsxwriter", d(2026, 1, 4),
              ["community_file", "indicators_as_rows", "title_cn_month", "year_in_subtitle", "unit_column",
               "seq_column", "footer_date_trap", "xlsx_xlsxwriter"])


def c17_jiurucun_q1(ctx):
    """九如村 2026 第一季度: months as rows (1月…3月), two-row header, a 1-3月合计 row (quarter)."""
    s = "九如村"
    sh = Sheet("台账")
    sh.merge(0, 0, 0, 8, "九如村社区2026年第一季度工作台账")
    sh.merge(1, 0, 2, 0, "月份")
    sh.merge(1, 1, 1, 2, "民情诉求")
    sh.merge(1, 3, 1, 4, "就业")
    sh.merge(1, 5, 1, 6, "为老服务")
    sh.merge(1, 7, 2, 7, "注册志愿者（人）")
    sh.merge(1, 8, 2, 8, "志愿服务（人次）")
    sh.row(2, 1, ["受理（件）", "办结（件）", "新增岗位（个）", "实现就业（人）", "体检（人）", "帮扶（人）"])
    inds = ["petitions_received", "petitions_resolved", "jobs_created", "people_employed", "free_health_checks",
            "people_assisted", "volunteers", "volunteer_person_times"]
    for i, p in enumerate(Q1):
        r = 3 + i
        sh.put(r, 0, f"{i + 1}月")
        for j, ind in enumerate(inds):
            ctx.val(sh, r, 1 + j, s, p, ind)
    sh.put(6, 0, "1-3月合计")
    for j, ind in enumerate(inds):
        if ind == "volunteers":
            sh.put(6, 1 + j, "—")
        else:
            ctx.quarter(sh, 6, 1 + j, s, "2026-Q1", ind, Q1)
    sh.put(8, 0, "注：志愿者人数为月末在册数。报送：2026年4月3日")
    ctx.write("batch1/九如村社区2026年第一季度工作台账.xlsx", [sh], "openpyxl", d(2026, 4, 3),
              ["community_file", "indicators_as_columns", "months_as_rows", "title_quarter", "header_two_row_merged",
               "header_units_brackets", "quarter_total_row", "notes_rows", "footer_date_trap", "xlsx_openpyxl"])


def c19_zongnan_nov(ctx):
    """棕南 25年11月: items numbered inside the label under 一、二、三、 group rows."""
    s, p = "棕南", "2025-11"
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 2, "棕南社区25年11月工作报表")
    sh.row(1, 0, ["工作项目", "单位", "本月"])
    items = [("#", "一、民生服务"), ("受理居民诉求", "件", "petitions_received", "num"),
             ("诉求办结", "件", "petitions_resolved", "num"), ("调解纠纷", "起", "disputes_mediated", "num"),
             ("走访慰问", "人", "people_assisted", "num"), ("为老年人免费体检", "人", "free_health_checks", "num"),
             ("#", "二、就业和保障"), ("新开发岗位", "个", "jobs_created", "num"),
             ("实现就业", "人", "people_employed", "num"), ("零就业家庭", "户", "zero_employment_households", "num"),
             ("低保户", "户", "dibao_households", "num"), ("低保人数", "人", "dibao_persons", "num"),
             ("#", "三、平安和志愿"), ("巡逻队员", "人", "patrol_members", "num"),
             ("信息员", "人", "informants", "num"), ("志愿者", "人", "volunteers", "num"),
             ("志愿服务", "人次", "volunteer_person_times", "num")]
    r = item_rows(ctx, sh, 2, s, p, items, c_label=0, c_value=2, c_unit=1, numbered="{n}.{label}")
    sh.put(r + 1, 0, "棕南社区居委会　2025年12月4日")
    ctx.write("batch1/棕南社区25年11月报表.xlsx", [sh], "xlsxwriter", d(2025, 12, 4),
              ["community_file", "indicators_as_rows", "title_yy_month", "group_headings_numbered",
               "items_numbered_in_label", "unit_column", "footer_date_trap", "xlsx_xlsxwriter"])


def c20_nijiaqiao_mar(ctx):
    """倪家桥 26年3月 in .ods: 无 for none and 60余."""
    s, p = "倪家桥", "2026-03"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 2, "倪家桥社区26年3月工作报表")
    sh.row(1, 0, ["指标", "单位", "本月"])
    items = [("诉求受理", "件", "petitions_received", "num"), ("诉求办结", "件", "petitions_resolved", "num"),
             ("纠纷调解", "起", "disputes_mediated", "wu"), ("新增岗位", "个", "jobs_created", "wu"),
             ("公益性岗位", "个", "public_welfare_jobs", "wu"), ("零就业家庭", "户", "zero_employment_households", "wu"),
             ("帮扶困难群众", "人", "people_assisted", "yu"), ("慰问物资", "件", "goods_distributed", "wu"),
             ("宣讲活动", "次", "lectures_held", "num"), ("治安案件", "起", "security_cases", "wu"),
             ("平安信息员", "人", "informants", "num"), ("社区工作者", "人", "staff", "num")]
    r = item_rows(ctx, sh, 2, s, p, items, c_label=0, c_value=2, c_unit=1)
    sh.put(r + 1, 0, "报送：倪家桥社区　2026年4月7日")
    ctx.write("batch1/倪家桥社区26年3月报表.ods", [sh], "odfpy", d(2026, 4, 7),
              ["community_file", "indicators_as_rows", "title_yy_month", "unit_column", "values_wu_zero",
               "values_approx", "footer_date_trap", "ods_odfpy"])


def c21_tiaosanta_dec_datecell(ctx):
    """跳伞塔 2025-12: the month only in a date cell beside 统计月份; 填报日期 is a date cell too (a trap)."""
    s, p = "跳伞塔", "2025-12"
    sh = Sheet("工作月报")
    sh.merge(0, 0, 0, 3, "跳伞塔社区工作月报")
    sh.put(1, 0, "统计月份")
    sh.put(1, 1, d(2025, 12, 1))
    sh.put(1, 2, "填报日期")
    sh.put(1, 3, d(2026, 1, 6), fmt="yyyy/m/d")
    sh.row(2, 0, ["工作内容", "单位", "完成情况", "备注"])
    items = [("开发就业岗位", "个", "jobs_created", "num"), ("其中公益性岗位", "个", "public_welfare_jobs", "num"),
             ("帮助实现就业", "人", "people_employed", "num"), ("零就业家庭", "户", "zero_employment_households", "num"),
             ("就业技能培训", "场", "training_sessions", "num"), ("老年人健康体检", "人", "free_health_checks", "num"),
             ("走访慰问困难群众", "人", "people_assisted", "num"), ("发放慰问物资", "件", "goods_distributed", "num"),
             ("开展文体活动", "场", "cultural_activities", "num"), ("政策宣讲", "次", "lectures_held", "num"),
             ("义务巡逻队员", "人", "patrol_members", "num"), ("平安信息员", "人", "informants", "num"),
             ("治安案件", "起", "security_cases", "wu"), ("在岗社工", "人", "staff", "num")]
    item_rows(ctx, sh, 3, s, p, items, c_label=0, c_value=2, c_unit=1)
    sh.put(9, 3, "元旦前走访")
    ctx.write("batch1/跳伞塔社区工作月报.xlsx", [sh], "xlsxwriter", d(2026, 1, 6),
              ["community_file", "indicators_as_rows", "period_date_cell_only", "date_cell_trap", "unit_column",
               "qizhong_row", "values_wu_zero", "notes_column", "xlsx_xlsxwriter"])


def build(ctx):
    for f in (c11_zongbei_q4, c12_tiaosanta_feb_trad, c13_xinnanlu_mar_csv, c14_nanhong_feb, c15_tiaosanta_oct_fullwidth,
              c16_xinnanlu_dec, c17_jiurucun_q1, c18_nanhong_jan, c19_zongnan_nov, c20_nijiaqiao_mar,
              c21_tiaosanta_dec_datecell):
        f(ctx)
