"""Community files, part 2: the 富源里 return (a name shared with 北京), the 立达博兰 seven-month ledger in domain
blocks, the 体育学院 .et, the 五一阳光 return with a 图表数据 sheet, the 高风里 UTF-8 CSV, the 环湖东里 form with
a metadata block, the 宾水北里 quarter sheet and the 宾水南里 .ods."""
from tj_comm import ITEMS, STOCKS
from tj_grid import Formula, Sheet, miss, pair, qval, ref, val
from tj_world import BY_SHORT, REG
from tj_writers import save


def fuyuan(W, note=None, rel=None, sent=(2026, 3, 5, 10, 0), feats=()):
    """富源里 2月: title with the whole path 「天津市河西区天塔街道富源里社区」, 序号 in 一、二…, 春节 note."""
    short, m = "富源里", "2026-02"
    code = BY_SHORT[short]
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 4, "天津市河西区天塔街道富源里社区2026年2月工作月报" + ("（更正）" if note else ""))
    sh.row(1, 0, ["序号", "工作项目", "单位", "完成数", "备注"])
    cn = "一二三四五六七八九"
    items = [it for it in ITEMS if it[2] not in ("training_sessions",)]
    for i, (lab, unit, ind) in enumerate(items):
        r = 2 + i
        n = i + 1
        num = (cn[n // 10 - 1] if n >= 20 else "") + ("十" if n >= 10 else "") + (cn[n % 10 - 1] if n % 10 else "")
        sh.row(r, 0, [num, lab, unit])
        if ind:
            val(sh, r, 3, code, m, ind)
        else:
            sh.put(r, 3, 9 if unit == "件" else 31)
    r = 2 + len(items)
    sh.merge(r, 0, r, 4, "备注：2月17日春节，节前（2月9日—15日）集中走访慰问困难群众、发放慰问品；元宵节猜灯谜活动计入文体活动。")
    if note:
        sh.merge(r + 1, 0, r + 1, 4, note)
    sh.put(r + 2, 0, "富源里社区居委会　2026年3月5日")
    save(rel or "batch1/富源里社区2026年2月工作月报.xlsx", [sh], "openpyxl",
         ["community_file", "title_full_city_path", "seq_cn_numerals", "qizhong_row", "loumenzhang_outside",
          "name_shared_with_other_city", "notes_dates"] + list(feats), sent)


def lida_ledger(W):
    """立达博兰 9月–3月: months across 「2025年9月」…「2026年3月」, indicators stacked in domain blocks with heading
    rows, the table from B4, 合计 of the flows (not values), 「—」 in 合计 for stocks."""
    short = "立达博兰"
    code = BY_SHORT[short]
    months = W.period_list
    sh = Sheet("台账")
    sh.merge(1, 1, 1, 3 + len(months), "立达博兰社区2025年9月—2026年3月工作台账")
    sh.row(3, 1, ["指标", "单位"] + [f"{m[:4]}年{int(m[5:])}月" for m in months] + ["合计"])
    blocks = [("【民情诉求】", ITEMS[0:4]), ("【就业社保】", ITEMS[4:10]), ("【为老助残】", ITEMS[10:13]),
              ("【文化志愿】", ITEMS[13:17]), ("【平安建设】", ITEMS[17:21]), ("【党建】", ITEMS[21:23])]
    r = 4
    for title, its in blocks:
        sh.merge(r, 1, r, 3 + len(months), title)
        r += 1
        for lab, unit, ind in its:
            sh.row(r, 1, [lab, unit])
            for k, m in enumerate(months):
                if ind:
                    val(sh, r, 3 + k, code, m, ind)
                else:
                    sh.put(r, 3 + k, 5 + (k * 3 + r) % 7)
            if ind in STOCKS:
                sh.put(r, 3 + len(months), "—")
            else:
                sh.put(r, 3 + len(months), Formula(f"SUM({ref(r, 3)}:{ref(r, 2 + len(months))})",
                                                   sum(sh.cells[(r, 3 + k)][0] for k in range(len(months)))))
            r += 1
    sh.put(r + 1, 1, "立达博兰社区　2026年4月2日")
    save("batch1/立达博兰社区工作台账（2025.9-2026.3）.xlsx", [sh], "xlsxwriter",
         ["community_file", "months_across_year_change", "domain_blocks_stacked", "table_starts_B4",
          "block_heading_brackets", "span_total_column_formula", "dash_for_stock_total", "outside_rows"],
         (2026, 4, 2, 9, 0))


def tiyu_et(W):
    """体育学院 1月 (WPS .et): small form, 「N户M人」, 「约」 values, 无."""
    short, m = "体育学院", "2026-01"
    code = BY_SHORT[short]
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 2, "体育学院社区2026年1月工作报表")
    sh.row(1, 0, ["项目", "本月", "说明"])
    rows = [("受理诉求（件）", "petitions_received", "n"), ("办结（件）", "petitions_resolved", "n"),
            ("低保（户/人）", "pair", ""), ("走访慰问困难群众（人）", "people_assisted", "n"),
            ("发放慰问品（件）", "goods_distributed", "n"), ("文体活动（场）", "cultural_activities", "n"),
            ("志愿服务（人次）", "volunteer_person_times", "yue"), ("注册志愿者（人）", "volunteers", "n"),
            ("治安案件（起）", "security_cases", "wu"), ("社区工作者（人）", "staff", "n")]
    for i, (lab, ind, st) in enumerate(rows):
        r = 2 + i
        sh.put(r, 0, lab)
        if ind == "pair":
            pair(sh, r, 1, code, m)
        else:
            val(sh, r, 1, code, m, ind, style=st)
    sh.put(3, 2, "含天津体育学院教职工宿舍区诉求")
    sh.put(4 + len(rows), 0, "报送日期：2026年2月3日")
    save("batch1/体育学院社区2026年1月工作报表.et", [sh], "xlwt-et",
         ["community_file", "wps_et", "pair_hh_persons", "approx_yue", "wu_zero", "units_in_labels", "footer_date_trap"],
         (2026, 2, 3, 14, 30))


def wuyi_chart(W):
    """五一阳光 11月: sheet 报表 (indicators down) and sheet 图表数据 (three indicators × 9月/10月/11月 behind a chart):
    the November figures twice, September and October once more."""
    short, m = "五一阳光", "2025-11"
    code = BY_SHORT[short]
    rep = Sheet("报表")
    rep.merge(0, 0, 0, 3, "五一阳光社区2025年11月工作报表")
    rep.row(1, 0, ["序号", "指标", "单位", "本月完成"])
    its = [it for it in ITEMS if it[2] is not None]
    for i, (lab, unit, ind) in enumerate(its):
        rep.row(2 + i, 0, [i + 1, lab, unit])
        val(rep, 2 + i, 3, code, m, ind)
    rep.put(3 + len(its), 0, "填报人：杨帆　2025年12月4日")
    ch = Sheet("图表数据")
    ch.row(0, 0, ["月份", "受理诉求", "办结", "志愿服务人次"])
    for k, mm in enumerate(("2025-09", "2025-10", "2025-11")):
        ch.put(1 + k, 0, f"{int(mm[5:])}月")
        for j, ind in enumerate(("petitions_received", "petitions_resolved", "volunteer_person_times")):
            val(ch, 1 + k, 1 + j, code, mm, ind, role="duplicate" if mm == m else "prevmonth")
    save("batch1/五一阳光社区2025年11月工作报表.xlsx", [rep, ch], "openpyxl",
         ["community_file", "chart_data_sheet_repeats_months", "month_column_no_year", "indicators_as_rows",
          "footer_date_trap"], (2025, 12, 4, 16, 10))


def gaofeng_csv(W):
    """高风里 2月 (UTF-8 CSV): 项目,数量 lines with 「约」「余」, a blank 宣讲 (not reported)."""
    short, m = "高风里", "2026-02"
    code = BY_SHORT[short]
    sh = Sheet("csv")
    sh.row(0, 0, ["高风里社区2026年2月份数据"])
    sh.row(1, 0, ["项目", "数量"])
    rows = [("受理居民诉求", "petitions_received", "u", "件"), ("诉求办结", "petitions_resolved", "u", "件"),
            ("实现就业", "people_employed", "u", "人"), ("新增就业岗位", "jobs_created", "u", "个"),
            ("走访慰问困难群众", "people_assisted", "yu", "人"), ("发放慰问品", "goods_distributed", "yue", "件"),
            ("文体活动", "cultural_activities", "u", "场"), ("宣讲", "lectures_held", None, ""),
            ("志愿服务", "volunteer_person_times", "yu", "人次"), ("巡逻队员", "patrol_members", "u", "人")]
    for i, (lab, ind, st, unit) in enumerate(rows):
        sh.put(2 + i, 0, lab)
        if st is None:
            miss(sh, 2 + i, 1, code, m, ind, "")
        else:
            val(sh, 2 + i, 1, code, m, ind, style=st, unit=unit)
    sh.row(3 + len(rows), 0, ["报送人", "周丽 2026-03-03"])
    save("batch1/高风里社区2026年2月份数据.csv", [sh], "csv-utf8",
         ["community_file", "csv_utf8", "units_glued", "approx_yue_yu", "blank_not_reported", "title_month_fen",
          "footer_date_trap"], (2026, 3, 3, 8, 45))


def huanhu_meta(W):
    """环湖东里 10月: a metadata block (填报单位 / 统计期间 2025-10-01至2025-10-31 / 联系人 / 电话) in B2:E5, the
    table from B7, 本月 | 本年累计."""
    short, m = "环湖东里", "2025-10"
    code = BY_SHORT[short]
    sh = Sheet("报表")
    meta = [("填报单位", REG[code], "联系人", "赵雅琴"), ("统计期间", "2025-10-01至2025-10-31", "联系电话", "022-23367721"),
            ("报送日期", "2025-11-05", "审核人", "社区书记")]
    for k, row in enumerate(meta):
        sh.row(1 + k, 1, list(row))
    sh.row(5, 1, ["指标名称", "计量单位", "本月", "本年累计"])
    its = [it for it in ITEMS if it[2] is not None and it[2] not in ("party_members", "pairings")]
    for i, (lab, unit, ind) in enumerate(its):
        r = 6 + i
        sh.row(r, 1, [lab, unit])
        val(sh, r, 3, code, m, ind)
        if ind not in STOCKS:
            sh.put(r, 4, W.ytd(code, m, ind))
    save("batch1/环湖东里社区月报202510.xlsx", [sh], "openpyxl",
         ["community_file", "metadata_block_above_table", "period_as_date_span", "no_title", "ytd_column",
          "yyyymm_filename", "table_starts_B6"], (2025, 11, 5, 10, 30))


def binshui_bei_quarter(W):
    """宾水北里 一季度: 1月 | 2月 | 3月 | 一季度合计 (quarter_truth for flows, 「—」 for stocks)."""
    short = "宾水北里"
    code = BY_SHORT[short]
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, 5, "宾水北里社区2026年第一季度工作数据")
    sh.row(1, 0, ["指标", "单位", "1月", "2月", "3月", "一季度合计"])
    its = [it for it in ITEMS if it[2] is not None]
    for i, (lab, unit, ind) in enumerate(its):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        for k, mm in enumerate(("2026-01", "2026-02", "2026-03")):
            val(sh, r, 2 + k, code, mm, ind)
        if ind in STOCKS:
            sh.put(r, 5, "—")
        else:
            qval(sh, r, 5, code, "2026-Q1", ind)
    sh.put(3 + len(its), 0, "宾水北里社区　2026年4月3日")
    save("batch1/宾水北里社区2026年第一季度工作数据.xlsx", [sh], "openpyxl",
         ["community_file", "quarterly_with_months", "quarter_total_column", "dash_for_stocks", "footer_date_trap"],
         (2026, 4, 3, 15, 0))


def binshui_nan_ods(W):
    """宾水南里 12月 (.ods): two sheets by theme 民生 / 平安党建, 创业担保贷款（万元）."""
    short, m = "宾水南里", "2025-12"
    code = BY_SHORT[short]
    a = Sheet("民生")
    a.row(0, 0, ["宾水南里社区2025年12月民生工作", None])
    a.row(1, 0, ["项目", "数量"])
    rows = [("受理居民诉求（件）", "petitions_received", 1), ("诉求办结（件）", "petitions_resolved", 1),
            ("实现就业（人）", "people_employed", 1), ("创业担保贷款（万元）", "micro_loans_yuan", 10000),
            ("低保户数（户）", "dibao_households", 1), ("低保人数（人）", "dibao_persons", 1),
            ("低保金发放（元）", "dibao_payout_yuan", 1), ("走访慰问（人）", "people_assisted", 1)]
    for i, (lab, ind, div) in enumerate(rows):
        a.put(2 + i, 0, lab)
        val(a, 2 + i, 1, code, m, ind, div=div)
    b = Sheet("平安党建")
    b.row(0, 0, ["宾水南里社区2025年12月平安和党建工作"])
    b.row(1, 0, ["项目", "数量"])
    rows = [("群防群治巡逻队员（人）", "patrol_members"), ("平安信息员（人）", "informants"), ("治安案件（起）", "security_cases"),
            ("在册党员（名）", "party_members"), ("党员结对帮扶（对）", "pairings")]
    for i, (lab, ind) in enumerate(rows):
        b.put(2 + i, 0, lab)
        val(b, 2 + i, 1, code, m, ind)
    b.put(8, 0, "宾水南里社区　2026.1.5")
    save("batch1/宾水南里社区2025年12月工作报表.ods", [a, b], "odfpy",
         ["community_file", "two_sheets_by_theme", "wan_in_label", "units_in_labels", "footer_dot_date"],
         (2026, 1, 5, 16, 0))


def build(W):
    fuyuan(W)
    lida_ledger(W)
    tiyu_et(W)
    wuyi_chart(W)
    gaofeng_csv(W)
    huanhu_meta(W)
    binshui_bei_quarter(W)
    binshui_nan_ods(W)
