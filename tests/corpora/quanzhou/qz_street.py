"""Street-office files of 开元街道, part 1 (2025-09 … 2025-12): 社会事务办 (民政), 综治中心 (平安), 劳动保障事务所,
党建办 / 新时代文明实践所 (刺桐红志愿服务), 社区管理办. Each builder takes the month and returns Sheets."""
from qz_grid import Formula, Sheet, cn_month, val
from qz_render import daxie
from qz_world import COMMS, REG
from qz_writers import save

PINYIN = {"梅山": "Meishan", "新春": "Xinchun", "东北": "Dongbei", "梅峰": "Meifeng", "刺桐": "Citong",
          "东升": "Dongsheng", "华新": "Huaxin", "泉山": "Quanshan", "双塔": "Shuangta", "红梅": "Hongmei",
          "开元": "Kaiyuan", "西湖": "Xihu", "北山": "Beishan"}
ALLC = [(s, c) for s, c, _ in COMMS]


def cards(W, m):
    """社会事务办: one small 「名片」 card per community, three cards across, five bands down (no common table)."""
    sh = Sheet(f"{int(m[5:])}月")
    sh.merge(0, 0, 0, 10, f"开元街道{cn_month(m)}城市低保对象分社区统计")
    sh.merge(1, 0, 1, 10, "（每社区一格；金额单位：元）")
    items = [("低保户", "dibao_households"), ("低保人口", "dibao_persons"), ("当月发放", "dibao_payout_yuan")]
    for k, (short, code) in enumerate(ALLC):
        r0, c0 = 3 + (k // 3) * 5, (k % 3) * 4
        sh.merge(r0, c0, r0, c0 + 2, REG[code] if k % 2 else f"{short}社区")
        for i, (lab, ind) in enumerate(items):
            sh.merge(r0 + 1 + i, c0, r0 + 1 + i, c0 + 1, lab)
            val(sh, r0 + 1 + i, c0 + 2, code, m, ind)
    sh.put(29, 0, "注：低保金含分类施保金。社会事务办　2025年10月9日")
    return [sh]


def window_csv(W, m):
    """民情 long list with the 统计时段 26th–25th: the month is the one named in the title, not the window's first."""
    sh = Sheet("csv")
    y, mo = int(m[:4]), int(m[5:])
    sh.put(0, 0, f"开元街道{mo}月份民情诉求办理汇总（{y}年度）")
    sh.put(1, 0, f"统计时段：{y}年{mo - 1}月26日至{y}年{mo}月25日（按区里口径，每月26日起算）")
    sh.row(2, 0, ["序号", "社区", "项目", "数量", "单位", "备注"])
    r, n = 3, 1
    items = [("受理群众诉求", "件", "petitions_received"), ("其中已办结", "件", "petitions_resolved"),
             ("人民调解结案", "起", "disputes_mediated")]
    for k, (short, code) in enumerate(ALLC):
        for lab, unit, ind in items:
            sh.row(r, 0, [n, f"{short}居委" if k % 3 == 0 else REG[code], lab])
            val(sh, r, 3, code, m, ind, style="t")
            sh.put(r, 4, unit)
            if ind == "petitions_received":
                sh.put(r, 5, f"含12345转办{(k * 7 + mo) % 6 + 1}件、防台排查诉求{(k + mo) % 4}件")
            r, n = r + 1, n + 1
    sh.put(r + 1, 0, "填报：综治中心　2025年9月28日")
    return [sh]


def pinyin_jobs(W, m):
    """劳动保障事务所: items down, communities across, each head 「梅山\\nMeishan」 (the city's bilingual road-sign
    spelling); 创业担保贷款 in 万元 on its own row; a 合计 column of SUM formulas."""
    sh = Sheet(f"{m[:4]}.{int(m[5:])}")
    n = len(ALLC)
    sh.merge(0, 0, 0, n + 2, f"开元街道{cn_month(m)}就业创业工作进度表 Kaiyuan Sub-district Employment")
    sh.row(1, 0, ["项目 Item", "单位"])
    for k, (short, code) in enumerate(ALLC):
        sh.put(1, 2 + k, f"{short}\n{PINYIN[short]}")
    sh.put(1, 2 + n, "合计 Total")
    items = [("新增就业岗位", "个", "jobs_created", 1), ("　其中：公益性岗位", "个", "public_welfare_jobs", 1),
             ("实现就业（含灵活就业）", "人", "people_employed", 1), ("创业担保贷款", "万元", "micro_loans_yuan", 10000),
             ("技能培训", "场", "training_sessions", 1), ("零就业家庭（月末）", "户", "zero_employment_households", 1)]
    for i, (lab, unit, ind, div) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        tot = 0
        for k, (short, code) in enumerate(ALLC):
            val(sh, r, 2 + k, code, m, ind, div=div)
            tot += W.v[(code, m, ind)] / div
        col = chr(65 + 2) + str(r + 1) + ":" + chr(65 + 1 + n) + str(r + 1)
        sh.put(r, 2 + n, Formula(f"=SUM({col})", int(tot) if float(tot).is_integer() else tot))
    sh.put(9, 0, "备注：贷款一栏按万元填，10万即填10。劳动保障事务所 2025-11-05")
    return [sh]


def prev_in_cell(W, m):
    """综治中心 平安: the clerk writes this month and, in brackets, last month's figure in the same cell."""
    sh = Sheet("平安建设")
    y, mo = int(m[:4]), int(m[5:])
    sh.merge(0, 0, 0, 4, f"{y}年{mo}月开元街道群防群治力量及治安情况")
    sh.row(1, 0, ["社区", "巡逻队员（人）\n本月（上月）", "平安信息员（人）\n本月（上月）", "治安案件（起）", "说明"])
    p = W.prev(m)
    for k, (short, code) in enumerate(ALLC):
        r = 2 + k
        sh.put(r, 0, short)
        for j, ind in enumerate(("patrol_members", "informants")):
            v = W.v[(code, m, ind)]
            sh.put(r, 1 + j, f"{v}（{W.v[(code, p, ind)]}）")
            sh.rec(r, 1 + j, ("truth", (code, m, ind), v, "primary"))
        val(sh, r, 3, code, m, "security_cases", style="u", unit="起")
        if k % 4 == 1:
            sh.put(r, 4, "老人会协助夜巡")
    sh.put(16, 0, "括号内为上月数。综治中心　2025年11月3日")
    return [sh]


def wrapped(W, m):
    """党建办: a table too wide for the A4 page, so the clerk wrapped it: communities 1–7 across in a first block,
    8–13 in a second block below, each with its own head row."""
    sh = Sheet("党建志愿")
    sh.merge(0, 0, 0, 8, f"开元街道{cn_month(m)}「古城红」党建引领·「刺桐红」志愿服务统计")
    items = [("在册党员（含预备）", "party_members"), ("党员结对帮扶（对）", "pairings"),
             ("刺桐红注册志愿者（人）", "volunteers"), ("志愿服务（人次）", "volunteer_person_times")]
    r = 2
    for block in (ALLC[:7], ALLC[7:]):
        sh.put(r, 0, "项目＼社区")
        for k, (short, code) in enumerate(block):
            sh.put(r, 1 + k, short + "社区")
        for i, (lab, ind) in enumerate(items):
            sh.put(r + 1 + i, 0, lab)
            for k, (short, code) in enumerate(block):
                val(sh, r + 1 + i, 1 + k, code, m, ind)
        r += len(items) + 3
    sh.put(r, 0, "（续表在上）党建办　2025年12月5日")
    return [sh]


def daxie_table(W, m, comms=ALLC, note=None):
    """社会事务办 低保: 小写 and 大写 amount columns side by side as on a 财务 voucher."""
    sh = Sheet("低保")
    sh.merge(0, 0, 0, 5, f"开元街道{cn_month(m)}城市最低生活保障金发放统计表" + ("（更正）" if note else ""))
    sh.row(1, 0, ["社区居委会", "保障户数", "保障人数", "发放金额（小写·元）", "发放金额（大写）", "备注"])
    for k, (short, code) in enumerate(comms):
        r = 2 + k
        sh.put(r, 0, REG[code])
        val(sh, r, 1, code, m, "dibao_households")
        val(sh, r, 2, code, m, "dibao_persons")
        val(sh, r, 3, code, m, "dibao_payout_yuan", fmt="#,##0.00")
        amt = sh.cells[(r, 3)][0]
        sh.put(r, 4, daxie(amt) + "元整")
    r = 3 + len(comms)
    sh.put(r, 0, note or "经办：社会事务办　审核：　　　2025年12月8日")
    return [sh]


def offset_table(W, m):
    """文明实践所: a 填表说明 block in A:F, the table itself starts at H6."""
    sh = Sheet("12月")
    lines = ["填表说明：", "1. 文体活动含南音、讲古、提线木偶、高甲戏进社区；", "2. 宣讲含「古城红」理论宣讲、防诈讲座；",
             "3. 诉求件数以网格平台为准；", f"4. 本表为{cn_month(m)}数据。"]
    for i, t in enumerate(lines):
        sh.merge(1 + i, 0, 1 + i, 5, t)
    sh.merge(3, 7, 3, 12, f"开元街道{cn_month(m)}文化宣讲及民情工作表")
    sh.row(5, 7, ["社区", "文体活动（场）\n南音/讲古/木偶", "宣讲（次）", "诉求受理（件）", "诉求办结（件）", "调解（起）"])
    inds = ["cultural_activities", "lectures_held", "petitions_received", "petitions_resolved", "disputes_mediated"]
    for k, (short, code) in enumerate(ALLC):
        r = 6 + k
        sh.put(r, 7, short)
        for j, ind in enumerate(inds):
            val(sh, r, 8 + j, code, m, ind)
    return [sh]


def build(W):
    save("batch1/开元街道2025年9月低保对象分社区统计.xlsx", cards(W, "2025-09"), "openpyxl",
         ["street_file", "card_grid_one_block_per_community", "merged_card_titles", "mixed_full_and_short_names",
          "footer_date_trap"], (2025, 10, 9, 9, 0))
    save("batch1/开元街道9月份民情诉求办理汇总.csv", window_csv(W, "2025-09"), "csv-gbk",
         ["street_file", "csv_gbk_wps", "long_format", "stat_window_26th_to_25th", "year_only_in_title_paren",
          "numbers_as_text", "remark_parts_not_values", "name_suffix_juwei"], (2025, 9, 28, 16, 0))
    save("batch1/开元街道2025年10月就业创业工作进度表.xlsx", pinyin_jobs(W, "2025-10"), "xlsxwriter",
         ["street_file", "transposed_communities_across", "pinyin_under_names", "bilingual_headers", "wan_row_unit",
          "qizhong_row_is_value", "sum_formula_total_column", "sheet_name_dotted"], (2025, 11, 5, 10, 0))
    save("batch1/开元街道2025年10月平安建设月报.xls", prev_in_cell(W, "2025-10"), "xlwt",
         ["street_file", "prev_month_in_brackets_same_cell", "units_glued", "remark_column_words"], (2025, 11, 3, 9, 0))
    save("batch1/开元街道2025年11月党建志愿服务统计.ods", wrapped(W, "2025-11"), "odfpy",
         ["street_file", "wide_table_wrapped_into_two_blocks", "local_brand_words", "transposed_communities_across"],
         (2025, 12, 5, 11, 0))
    save("batch1/开元街道2025年11月城市低保金发放统计表.xlsx", daxie_table(W, "2025-11"), "openpyxl",
         ["street_file", "daxie_amount_column", "number_format_two_decimals", "registry_names"], (2025, 12, 8, 15, 0))
    save("batch1/开元街道2025年12月文化宣讲及民情工作表.xlsx", offset_table(W, "2025-12"), "xlsxwriter",
         ["street_file", "instructions_block_left_table_at_H6", "line_breaks_in_headers", "sheet_month_only"],
         (2026, 1, 6, 10, 0))
