"""Street-office files of 开元街道, part 2 (2025-12 … 2026-03)."""
from qz_grid import Formula, Sheet, cn_month, prior, val
from qz_render import render
from qz_street import ALLC
from qz_world import REG
from qz_writers import save

# a 社区管理办 clerk's names: an old name, a one-character typo (梅峰 → 梅丰), 居委 / 居委会 / full names
VARIANT = {"梅山": "梅山社区", "新春": "新春居委会", "东北": "东北社区居委会", "梅峰": "梅丰社区", "刺桐": "刺桐社区",
           "东升": "东升", "华新": "华新社区", "泉山": "泉山社区", "双塔": "双塔社区（开元寺片）", "红梅": "红梅居委",
           "开元": "开元社区", "西湖": "西湖社区", "北山": "北山社区"}


def issue_csv(W, m):
    """社区管理办 人口基础信息 as the 简报 「第N期」: the issue number is the month; 「截至…」 gives the date."""
    sh = Sheet("csv")
    y, mo = int(m[:4]), int(m[5:])
    sh.put(0, 0, f"开元街道人口基础信息简报　{y}年第{mo}期")
    sh.put(1, 0, f"数据截至{y}年{mo}月31日")
    sh.row(2, 0, ["社区名称", "户数（户）", "常住人口（人）", "其中：户籍人口", "流动人口（人）", "侨眷侨属（人）", "社区工作者（人）"])
    for k, (short, code) in enumerate(ALLC):
        r = 3 + k
        sh.put(r, 0, REG[code])
        val(sh, r, 1, code, m, "households", style="k")
        val(sh, r, 2, code, m, "residents", style="k")
        res = W.v[(code, m, "residents")]
        sh.put(r, 3, render(res - W.v[(code, m, "floating_population")] - 40 - k, "k"))
        val(sh, r, 4, code, m, "floating_population", style="t")
        sh.put(r, 5, str(200 + (k * 37) % 300))
        val(sh, r, 6, code, m, "staff", style="t")
    sh.put(17, 0, "社区管理办编印　2026年1月8日")
    return [sh]


def typo_rows(W, m):
    """为老服务: names as the clerk typed them, 老人会 and 侨属 in the label."""
    sh = Sheet(f"{m[:4]}年{int(m[5:])}月")
    sh.merge(0, 0, 0, 4, f"开元街道{cn_month(m)}为老服务及走访慰问情况")
    sh.row(1, 0, ["社区", "65岁以上免费体检（人）", "走访慰问（含老人会、侨属）（人）", "慰问品（件）", "备注"])
    for k, (short, code) in enumerate(ALLC):
        r = 2 + k
        sh.put(r, 0, VARIANT[short])
        val(sh, r, 1, code, m, "free_health_checks")
        val(sh, r, 2, code, m, "people_assisted")
        val(sh, r, 3, code, m, "goods_distributed", style="u", unit="件")
        if k % 5 == 2:
            sh.put(r, 4, "含侨联送温暖")
    sh.put(16, 0, "制表：社会事务办　2026年2月4日")
    return [sh]


def ytd_long(W, m):
    """劳动保障所 long list: 本月, 本年累计 (equal in January) and 上年同期 (outside the period)."""
    sh = Sheet("就业")
    sh.merge(0, 0, 0, 5, f"开元街道{cn_month(m)}就业工作统计")
    sh.row(1, 0, ["社区", "项目", "本月", "本年累计", "上年同期", "单位"])
    items = [("新增岗位", "jobs_created", "个"), ("其中公益性岗位", "public_welfare_jobs", "个"),
             ("实现就业", "people_employed", "人"), ("创业担保贷款", "micro_loans_yuan", "元"),
             ("技能培训", "training_sessions", "场"), ("零就业家庭户", "zero_employment_households", "户")]
    r = 2
    for short, code in ALLC:
        for i, (lab, ind, unit) in enumerate(items):
            if i == 0:
                sh.merge(r, 0, r + len(items) - 1, 0, short)
            sh.put(r, 1, lab)
            val(sh, r, 2, code, m, ind)
            if ind != "zero_employment_households":
                sh.put(r, 3, W.ytd(code, m, ind))
                prior(sh, r, 4, code, m, ind)
            sh.put(r, 5, unit)
            r += 1
    return [sh]


def now_and_prev(W, m, sheet="低保"):
    """低保: this month and last month side by side (户/人/金额 twice)."""
    sh = Sheet(sheet)
    p = W.prev(m)
    sh.merge(0, 0, 0, 6, f"开元街道{cn_month(m)}低保动态管理表")
    sh.put(1, 0, "社区")
    sh.merge(1, 1, 1, 3, f"本月（{int(m[5:])}月）")
    sh.merge(1, 4, 1, 6, f"上月（{int(p[5:])}月）")
    sh.row(2, 1, ["户", "人", "金额（元）", "户", "人", "金额（元）"])
    for k, (short, code) in enumerate(ALLC):
        r = 3 + k
        sh.put(r, 0, short)
        for j, ind in enumerate(("dibao_households", "dibao_persons", "dibao_payout_yuan")):
            val(sh, r, 1 + j, code, m, ind)
            val(sh, r, 4 + j, code, p, ind, role="prevmonth")
    return [sh]


def period_col_csv(W, m):
    """综治+文化 export: one row per community, the period in a 所属期 column, mixed Chinese/English heads."""
    sh = Sheet("csv")
    sh.row(0, 0, ["No.", "所属期 Period", "社区 Community", "巡逻队员", "信息员", "治安案件", "文体活动", "宣讲"])
    inds = ["patrol_members", "informants", "security_cases", "cultural_activities", "lectures_held"]
    for k, (short, code) in enumerate(ALLC):
        r = 1 + k
        sh.row(r, 0, [str(k + 1), f"{m[:4]}年{m[5:]}月", short])
        for j, ind in enumerate(inds):
            val(sh, r, 3 + j, code, m, ind, style="t")
    return [sh]


def volunteer_sum(W, m):
    sh = Sheet(f"{m[:4]}.{int(m[5:])}")
    sh.merge(0, 0, 0, 4, f"学雷锋月·开元街道{cn_month(m)}「刺桐红」志愿服务和党建统计")
    sh.row(1, 0, ["社区", "注册志愿者", "服务人次", "党员", "结对帮扶"])
    inds = ["volunteers", "volunteer_person_times", "party_members", "pairings"]
    for k, (short, code) in enumerate(ALLC):
        r = 2 + k
        sh.put(r, 0, short + "社区")
        for j, ind in enumerate(inds):
            val(sh, r, 1 + j, code, m, ind)
    r = 2 + len(ALLC)
    sh.put(r, 0, "合计")
    for j, ind in enumerate(inds):
        col = chr(66 + j)
        sh.put(r, 1 + j, Formula(f"=SUM({col}3:{col}{r})", sum(W.v[(c, m, ind)] for _, c in ALLC)))
    return [sh]


def ytd_prev(W, m):
    sh = Sheet("民情")
    sh.merge(0, 0, 0, 6, f"开元街道{cn_month(m)}民情诉求办理统计（含1-{int(m[5:])}月累计）")
    sh.row(1, 0, ["社区", "本月受理", "本月办结", "1-3月累计受理", "1-3月累计办结", "上月受理", "调解纠纷（起）"])
    for k, (short, code) in enumerate(ALLC):
        r = 2 + k
        sh.put(r, 0, short)
        val(sh, r, 1, code, m, "petitions_received")
        val(sh, r, 2, code, m, "petitions_resolved")
        sh.put(r, 3, W.ytd(code, m, "petitions_received"))
        sh.put(r, 4, W.ytd(code, m, "petitions_resolved"))
        val(sh, r, 5, code, W.prev(m), "petitions_received", role="prevmonth")
        val(sh, r, 6, code, m, "disputes_mediated")
    return [sh]


def build(W):
    save("batch1/开元街道人口基础信息简报2025年第12期.csv", issue_csv(W, "2025-12"), "csv-utf8bom",
         ["street_file", "csv_utf8_bom", "issue_number_is_month", "as_of_date_line", "thousands_text",
          "qiaojuan_outside", "huji_outside"], (2026, 1, 8, 9, 0))
    save("batch1/开元街道2026年1月为老服务走访慰问情况.xls", typo_rows(W, "2026-01"), "xlwt",
         ["street_file", "name_typo_one_char", "name_with_pian_suffix", "units_glued", "laorenhui_qiaoshu_label"],
         (2026, 2, 4, 10, 0))
    save("batch1/开元街道2026年1月就业工作统计.ods", ytd_long(W, "2026-01"), "odfpy",
         ["street_file", "long_format", "community_merged_down", "ytd_equals_month_in_january", "prior_year_column"],
         (2026, 2, 5, 10, 0))
    save("batch1/开元街道2026年2月低保动态管理表.xlsx", now_and_prev(W, "2026-02"), "openpyxl",
         ["street_file", "this_month_and_last_month_blocks", "two_row_group_header"], (2026, 3, 5, 9, 0))
    save("batch1/kaiyuan_pingan_wenhua_202602.csv", period_col_csv(W, "2026-02"), "csv-utf8",
         ["street_file", "csv_utf8_no_bom", "pinyin_file_name", "period_column_cn", "bilingual_headers"],
         (2026, 3, 6, 9, 0))
    save("batch1/开元街道2026年3月刺桐红志愿服务统计.xlsx", volunteer_sum(W, "2026-03"), "xlsxwriter",
         ["street_file", "sum_formula_row", "local_brand_words", "campaign_in_title"], (2026, 4, 3, 9, 0))
    save("batch1/开元街道2026年3月民情诉求办理统计.xlsx", ytd_prev(W, "2026-03"), "openpyxl",
         ["street_file", "ytd_columns", "prev_month_column", "title_month_span"], (2026, 4, 3, 10, 0))
