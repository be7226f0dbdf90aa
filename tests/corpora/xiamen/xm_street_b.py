"""The street office's own files, part two: 社会事务 (two stacked tables of opposite orientation), the 12345 weekly
通报 summary, the 志愿汇 export, the fourth-quarter 文化 table that starts at column G, and the 党建 CSV."""
from xm_grid import Formula, Sheet, qval, ref, val
from xm_street_a import parts
from xm_world import CODES, SHORT, STREET
from xm_writers import save

B1 = "batch1/"


def shehui_sheet(W, second=False):
    """February 社会事务: 一、社会救助 with communities as rows (低保金 as 「￥12,340.00」 text), then 二、为老服务和春节
    走访慰问 with indicators as rows and communities across. The 第二版 marks its changed cells yellow with a comment."""
    m = "2026-02"
    sh = Sheet("2月")
    title = f"{STREET}2026年2月社会事务统计表" + ("（第二版）" if second else "")
    sh.merge(0, 0, 0, 7, title)
    sh.merge(1, 0, 1, 7, "一、社会救助（城乡低保）")
    sh.row(2, 0, ["序号", "社区", "低保户数（户）", "低保人数（人）", "低保金（元）", "特困供养（人）", "临时救助（人次）", "备注"])
    tot = [0, 0, 0, 0, 0]
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.row(r, 0, [i + 1, SHORT[code]])
        for j, ind in enumerate(["dibao_households", "dibao_persons", "dibao_payout_yuan"]):
            key = (code, m, ind)
            v = W.old[key] if key in W.old and not second else W.v[key]
            val(sh, r, 2 + j, code, m, ind, style="yen" if ind == "dibao_payout_yuan" else "n")
            tot[j] += v
            if second and key in W.old:
                sh.fills[(r, 2 + j)] = "FFFF00"
                sh.comments[(r, 2 + j)] = f"原填{W.old[key]}，经复核修改"
        tk, ls = W.out(code, m, "特困", 0, 3), W.out(code, m, "临时救助", 0, 6)
        sh.row(r, 5, [tk, ls])
        tot[3] += tk
        tot[4] += ls
    r = 3 + len(CODES)
    sh.row(r, 0, [None, "合计", tot[0], tot[1], f"￥{tot[2]:,.2f}", tot[3], tot[4]])
    r0 = r + 2
    ncol = 2 + len(CODES) + 1
    sh.merge(r0, 0, r0, ncol - 1, "二、为老服务和春节走访慰问")
    sh.row(r0 + 1, 0, ["项目", "单位"] + [SHORT[c] for c in CODES] + ["合计"])
    rows = [("65岁以上老人免费体检", "人", "free_health_checks"), ("走访慰问困难群众", "人", "people_assisted"),
            ("发放慰问品", "件", "goods_distributed"), ("长者食堂助餐", "人次", None)]
    for i, (label, unit, ind) in enumerate(rows):
        r = r0 + 2 + i
        sh.row(r, 0, [label, unit])
        t = 0
        for k, code in enumerate(CODES):
            if ind is None:
                x = W.out(code, m, label, 150, 900)
                sh.put(r, 2 + k, x)
            else:
                x = W.v[(code, m, ind)]
                val(sh, r, 2 + k, code, m, ind)
            t += x
        sh.put(r, 2 + len(CODES), t)
    r = r0 + 2 + len(rows) + 1
    sh.merge(r, 0, r, 12, "备注：腊月廿三（2月10日）起开展春节走访慰问，除夕前全部完成；正月初八（2月24日）起长者食堂恢复助餐。")
    if second:
        sh.merge(r + 1, 0, r + 1, 12, "说明：黄色单元格为3月复核后修改的数据，其余与第一版相同。")
    sh.merge(r + 2, 0, r + 2, 12, "填报单位：湖里街道社会事务服务中心　　联系电话：0592-5623315　　报送日期："
             + ("2026年3月16日" if second else "2026年3月4日"))
    return sh


def s6_shehui(W):
    save(B1 + "湖里街道2026年2月社会事务统计.xlsx", [shehui_sheet(W)], "openpyxl",
         ["street_comm_rows", "stacked_tables_opposite_orientation", "communities_across", "yen_text_amount",
          "lunar_dates_in_notes", "outside_columns", "outside_rows", "xlsx_openpyxl"], (2026, 3, 4, 17, 5))


def s7_weekly(W):
    """March 民生诉求: under 受理 and 办结 the four weekly 通报 columns (parts) and 3月合计 (the month, a SUM formula
    with its cached value); 后浦 written 后埔 (江头街道 has a real 后埔社区, but this is the 湖里街道 list)."""
    m = "2026-03"
    sh = Sheet("3月汇总")
    weeks = ["3.1-3.8", "3.9-3.15", "3.16-3.22", "3.23-3.31"]
    sh.merge(0, 0, 0, 12, f"{STREET}2026年3月民生诉求办理情况汇总（按周通报）")
    sh.merge(1, 0, 2, 0, "序号")
    sh.merge(1, 1, 2, 1, "社区")
    sh.merge(1, 2, 1, 6, "受理诉求（件）")
    sh.merge(1, 7, 1, 11, "办结诉求（件）")
    sh.merge(1, 12, 2, 12, "按期办结率")
    sh.row(2, 2, weeks + ["3月合计"] + weeks + ["3月合计"])
    for i, code in enumerate(CODES):
        r = 3 + i
        name = "后埔" if SHORT[code] == "后浦" else SHORT[code]
        sh.row(r, 0, [i + 1, name])
        for j, ind in enumerate(["petitions_received", "petitions_resolved"]):
            c0 = 2 + 5 * j
            v = W.v[(code, m, ind)]
            sh.row(r, c0, parts(v, 4, f"{code}{ind}"))
            val(sh, r, c0 + 4, code, m, ind, formula=f"=SUM({ref(r, c0)}:{ref(r, c0 + 3)})")
        rate = W.v[(code, m, "petitions_resolved")] / W.v[(code, m, "petitions_received")]
        sh.put(r, 12, f"{rate * 100:.1f}%")
    r = 3 + len(CODES)
    sh.put(r, 1, "合计")
    for c in range(2, 12):
        col = [sh.cells[(3 + i, c)][0] for i in range(len(CODES))]
        cached = sum(x.cached if isinstance(x, Formula) else x for x in col)
        sh.put(r, c, Formula(f"=SUM({ref(3, c)}:{ref(r - 1, c)})", cached))
    sh.merge(r + 1, 0, r + 1, 12, "注：周数据为当周新受理、办结件数（含12345转办、来电来访、网格员走访），摘自每周一《民生诉求办理情况通报》；3月合计为全月数。")
    sh.merge(r + 2, 0, r + 2, 12, "湖里街道网格化服务管理中心　2026年4月3日")
    save(B1 + "湖里街道2026年3月民生诉求办理周通报汇总.xlsx", [sh], "xlsxwriter",
         ["street_comm_rows", "weekly_columns_then_month_total", "formula_cached_truth", "homophone_real_other_community",
          "derived_rate_text", "two_row_header", "xlsx_xlsxwriter"], (2026, 4, 3, 16, 45))


def s8_zhiyuanhui(W):
    """志愿汇 export (March, the 学雷锋 month): organisations, not communities (「湖里街道东渡社区新时代文明实践站」), a 所属区域 path with
    slashes, rows sorted by 注册志愿者, 「1,248（↑36）」 (the change on last month beside the stock), the street's own
    实践所 first (its own volunteers: not a community)."""
    m = "2026-03"
    pm = W.prev(m)
    sh = Sheet("组织数据")
    sh.merge(0, 0, 0, 7, "数据来源：志愿汇·组织管理后台　　统计区间：2026-03-01 至 2026-03-31　　导出时间：2026-04-02 10:26:41")
    sh.row(1, 0, ["序号", "组织名称", "所属区域", "注册志愿者（人）", "本月开展活动（场）", "服务人次", "服务时长（小时）",
                  "统计截止日期"])
    order = sorted(CODES, key=lambda c: -W.v[(c, m, "volunteers")])
    sh.row(2, 0, [1, "湖里区湖里街道新时代文明实践所", "福建省/厦门市/湖里区/湖里街道", "412（↑26）", 9, 835, 2104.5,
                  "2026/3/31"])
    for i, code in enumerate(order):
        r = 3 + i
        sh.row(r, 0, [i + 2, f"湖里街道{SHORT[code]}社区新时代文明实践站", f"福建省/厦门市/湖里区/湖里街道/{SHORT[code]}社区"])
        d = W.v[(code, m, "volunteers")] - W.v[(code, pm, "volunteers")]
        val(sh, r, 3, code, m, "volunteers", style="arrow", extra=d)
        sh.put(r, 4, W.out(code, m, "活动", 3, 18))
        val(sh, r, 5, code, m, "volunteer_person_times")
        sh.put(r, 6, round(W.v[(code, m, "volunteer_person_times")] * 2.5 + W.out(code, m, "时长", 0, 9) / 2, 1))
        sh.put(r, 7, "2026/3/31")
    save(B1 + "志愿汇数据导出_湖里街道_202603.xlsx", [sh], "xlsxwriter",
         ["street_comm_rows", "platform_export", "org_names_not_community_names", "slash_region_path",
          "value_with_arrow_delta", "rows_sorted_by_value", "street_org_row_not_a_community", "outside_columns",
          "xlsx_xlsxwriter"], (2026, 4, 2, 10, 40))


def s9_wenhua(W):
    """Fourth quarter 文化 and 宣讲: a 填报说明 panel merged over A1:E30, the table from column G; 10月 | 11月 | 12月 |
    四季度合计 under each indicator (the quarter in quarter_truth), 社区书院开课 outside, a 全街道 row."""
    sh = Sheet("四季度")
    tips = ("填报说明：\n1. 文体活动指社区组织的群众性文化体育活动，含中秋博饼、重阳敬老文艺演出、广场舞展演等，"
            "以活动台账为准；\n2. 政策宣讲含政策宣讲、法治讲座、防诈骗宣传讲座等，需有签到表；\n3. 社区书院开课单独统计，"
            "不计入政策宣讲；\n4. 请于2026年1月8日前报街道综合文化站。\n联系人：何老师 0592-5623158")
    sh.merge(0, 0, 29, 4, tips)
    c0 = 6
    sh.merge(0, c0, 0, c0 + 10, f"{STREET}2025年第四季度文化活动和政策宣讲统计表")
    sh.merge(1, c0, 2, c0, "序号")
    sh.merge(1, c0 + 1, 2, c0 + 1, "社区")
    sh.merge(1, c0 + 2, 1, c0 + 5, "文体活动（场）")
    sh.merge(1, c0 + 6, 1, c0 + 9, "政策宣讲（次）")
    sh.merge(1, c0 + 10, 2, c0 + 10, "社区书院开课（场）")
    sh.row(2, c0 + 2, ["10月", "11月", "12月", "四季度合计"] * 2)
    months = ["2025-10", "2025-11", "2025-12"]
    tot = [0] * 9
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.row(r, c0, [i + 1, SHORT[code]])
        for j, ind in enumerate(["cultural_activities", "lectures_held"]):
            c = c0 + 2 + 4 * j
            for k, mm in enumerate(months):
                val(sh, r, c + k, code, mm, ind)
                tot[4 * j + k] += W.v[(code, mm, ind)]
            qval(sh, r, c + 3, code, "2025-Q4", ind)
            tot[4 * j + 3] += W.quarter(code, "2025-Q4", ind)
        x = W.out(code, "2025-Q4", "书院", 4, 20)
        sh.put(r, c0 + 10, x)
        tot[8] += x
    r = 3 + len(CODES)
    sh.row(r, c0 + 1, ["全街道"] + tot)
    sh.put(r + 2, c0, "湖里街道综合文化站　2026年1月7日")
    save(B1 + "湖里街道2025年第四季度文化活动和政策宣讲统计.xlsx", [sh], "openpyxl",
         ["street_comm_rows", "table_starts_column_g", "instructions_panel_left", "months_across_under_indicator",
          "quarter_total_column", "outside_columns", "total_row_quanjiedao", "xlsx_openpyxl"], (2026, 1, 8, 9, 15))


def s10_dangjian(W):
    """党建 (November, GBK CSV): rows named by the 党组织's full name 「中共厦门市湖里区湖里街道东渡社区委员会」, 社区代码
    written as a formula text 「="350206001005"」 so Excel keeps the 12 digits."""
    m = "2025-11"
    sh = Sheet("党建")
    sh.put(0, 0, f"{STREET}2025年11月党建工作统计表（党政综合办公室）")
    sh.row(1, 0, ["序号", "社区代码", "党组织名称", "党员人数（名）", "其中：预备党员（名）", "在职党员“双报到”（人）",
                  "党员结对帮扶困难群众（对）", "“近邻”党建服务活动（场）", "备注"])
    tot = [0, 0, 0, 0, 0]
    for i, code in enumerate(CODES):
        r = 2 + i
        party = W.v[(code, m, "party_members")]
        sh.row(r, 0, [i + 1, f'="{code}"', f"中共厦门市湖里区湖里街道{SHORT[code]}社区委员会"])
        val(sh, r, 3, code, m, "party_members")
        ybd, sbd, jl = W.out(code, m, "预备", 0, 4), W.out(code, m, "双报到", 20, 160), W.out(code, m, "近邻", 2, 12)
        sh.put(r, 4, ybd)
        sh.put(r, 5, sbd)
        val(sh, r, 6, code, m, "pairings")
        sh.put(r, 7, jl)
        if i % 7 == 3:
            sh.put(r, 8, "11月转入党员1名")
        for j, x in enumerate([party, ybd, sbd, W.v[(code, m, "pairings")], jl]):
            tot[j] += x
    r = 2 + len(CODES)
    sh.row(r, 0, ["合计", None, None] + tot)
    sh.put(r + 1, 0, "填报人：郭丽萍　联系电话：0592-5623009　填报日期：2025年12月3日")
    save(B1 + "湖里街道2025年11月党建工作统计.csv", [sh], "csv-gbk",
         ["street_comm_rows", "party_org_full_names", "code_as_formula_text", "outside_columns", "csv_gbk"],
         (2025, 12, 4, 8, 50))


def build(W):
    s6_shehui(W)
    s7_weekly(W)
    s8_zhiyuanhui(W)
    s9_wenhua(W)
    s10_dangjian(W)
