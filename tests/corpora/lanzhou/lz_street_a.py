"""The street office's own files, part one: 基础信息 (a 报表系统 tree), 民情诉求 (a 26日—25日 cycle), 四季度就业,
低保动态管理, 社会救助资金发放 (元 shown as 万元 by a number format)."""
import random

from lz_grid import Sheet, header, prior, qval, slash, span_val, val, figure
from lz_world import BY_SHORT, CODES, NAME, SHORT, STREET, STREET_CODE, full
from lz_writers import save

B1 = "batch1/"


def s1_jichu(W):
    """A 报表系统 export: the unit tree (街道, then its 社区 indented with full-width spaces), codes as text, the
    street's own row first (its totals), no 合计 word anywhere."""
    m = "2025-09"
    sh = Sheet("报表数据")
    sh.put(0, 0, "城关区社区基础信息统计表")
    sh.put(1, 0, "表号：城关社基01表　　制表机关：城关区民政局　　报告期：2025年09月　　金额单位：元")
    hd = ["单位代码", "单位名称", "常住户数（户）", "常住人口（人）", "其中：少数民族（人）", "其中：回族（人）",
          "流动人口（人）", "社区工作者（人）", "网格数（个）"]
    sh.row(2, 0, hd)
    inds = ["households", "residents", None, None, "floating_population", "staff"]
    sh.put(3, 0, STREET_CODE)
    sh.put(3, 1, STREET)
    for j, ind in enumerate(inds):
        if ind:
            sh.put(3, 2 + j, sum(W.v[(c, m, ind)] for c in CODES), "#,##0")
    minor = {c: int(W.v[(c, m, "residents")] * random.Random(c).uniform(0.12, 0.3)) for c in CODES}
    sh.put(3, 4, sum(minor.values()), "#,##0")
    sh.put(3, 5, sum(int(x * 0.82) for x in minor.values()), "#,##0")
    sh.put(3, 8, sum(W.out(c, m, "网格", 4, 9) for c in CODES))
    r = 4
    for code in CODES:
        sh.put(r, 0, code)
        sh.put(r, 1, "　　" + NAME[code])
        for j, ind in enumerate(inds):
            if ind:
                val(sh, r, 2 + j, code, m, ind, fmt="#,##0")
        sh.put(r, 4, minor[code], "#,##0")
        sh.put(r, 5, int(minor[code] * 0.82), "#,##0")
        sh.put(r, 8, W.out(code, m, "网格", 4, 9))
        r += 1
    sh.put(r + 1, 0, "数据状态：街道已审核　　导出人：ynjd_mzb　　导出时间：2025-10-09 15:22:41")
    save(B1 + "社区基础信息统计表_雁南街道_202509.xlsx", [sh], "xlsxwriter",
         ["street_rows", "system_tree_indented_names", "street_row_first_as_total", "codes_as_text", "names_reg",
          "period_zero_padded_line", "minority_outside_columns", "outside_columns", "footer_date_trap", "xlsx_xlsxwriter"],
         (2025, 10, 9, 15, 30))


def s2_minqing(W):
    """The 民情 month runs from the 26th to the 25th: 统计周期 2025年9月26日—2025年10月25日 is the October report."""
    m = "2025-10"
    sh = Sheet("10月")
    sh.put(0, 0, "城关区雁南街道民情诉求受理办理情况月报")
    sh.put(1, 0, "统计周期：2025年9月26日—2025年10月25日")
    sh.row(2, 0, ["序号", "社区", "受理诉求（件）", "其中：12345热线转办", "其中：网格员走访发现", "办结（件）",
                  "在办（件）", "办结率", "群众满意率", "备注"])
    notes = {BY_SHORT["大雁滩"]: "含供暖前管网打压试水漏水诉求5件", BY_SHORT["张苏滩村"]: "出租房屋噪音扰民诉求较多",
             BY_SHORT["南河"]: "9月26日—30日受理的7件已计入本期",
             BY_SHORT["大雁滩村"]: "含小雁滩村社区（雁北街道）转来跨界诉求2件"}
    r, tot = 3, [0] * 5
    for i, code in enumerate(CODES):
        recv, done = W.v[(code, m, "petitions_received")], W.v[(code, m, "petitions_resolved")]
        a = W.out(code, m, "12345", 2, max(3, recv // 3))
        b = W.out(code, m, "网格", 1, max(2, recv // 4))
        sh.row(r, 0, [i + 1, full(code)])
        val(sh, r, 2, code, m, "petitions_received")
        sh.put(r, 3, a)
        sh.put(r, 4, b)
        val(sh, r, 5, code, m, "petitions_resolved")
        sh.put(r, 6, recv - done)
        sh.put(r, 7, f"{done / recv * 100:.1f}%")
        sh.put(r, 8, f"{W.out(code, m, '满意', 960, 1000) / 10:.1f}%")
        if code in notes:
            sh.put(r, 9, notes[code])
        for j, x in enumerate((recv, a, b, done, recv - done)):
            tot[j] += x
        r += 1
    sh.row(r, 0, ["", "合计", tot[0], tot[1], tot[2], tot[3], tot[4], f"{tot[3] / tot[0] * 100:.1f}%"])
    sh.put(r + 2, 0, "说明：民情诉求按城关区网格化服务管理平台统计周期（上月26日至本月25日）汇总，含12345热线转办、"
                     "领导留言板、来电来访及网格员走访发现。")
    sh.put(r + 3, 0, "统计：雁南街道网格化服务管理中心　　联系电话：0931-8462317　　报送日期：2025年10月27日")
    save(B1 + "雁南街道民情诉求办理情况月报（10月）.xlsx", [sh], "openpyxl",
         ["street_rows", "cycle_26_to_25", "month_only_in_filename_and_sheet", "part_columns", "derived_rate_text",
          "outside_columns", "total_row", "notes_numbers", "footer_date_trap", "phone_trap", "xlsx_openpyxl"],
         (2025, 10, 27, 11, 5))


def s3_jiuye(W):
    """A quarterly table, month columns under each indicator with a 季度合计; 零就业家庭 (a stock) written once and merged
    across 10月末 | 11月末 | 12月末 when it did not change."""
    q, months = "2025-Q4", ["2025-10", "2025-11", "2025-12"]
    sh = Sheet("四季度")
    sh.put(0, 0, f"{STREET}2025年第四季度就业和再就业工作统计表")
    groups = [("新增就业岗位（个）", "jobs_created", 1), ("其中：公益性岗位（个）", "public_welfare_jobs", 1),
              ("城镇新增就业（人）", "people_employed", 1), ("职业技能培训（场）", "training_sessions", 1),
              ("创业担保贷款（万元）", "micro_loans_yuan", 10000)]
    tree = [("序号", 0), ("社区", 1)]
    c = 2
    for label, ind, div in groups:
        tree.append((label, [("10月", c), ("11月", c + 1), ("12月", c + 2), ("季度合计", c + 3)]))
        c += 4
    tree.append(("零就业家庭（户）", [("10月末", c), ("11月末", c + 1), ("12月末", c + 2)]))
    header(sh, 1, 0, tree, 2)
    r = 3
    for i, code in enumerate(CODES):
        sh.row(r, 0, [i + 1, SHORT[code]])
        c = 2
        for label, ind, div in groups:
            for j, mm in enumerate(months):
                val(sh, r, c + j, code, mm, ind, div=div, fmt="0.0" if div > 1 else None)
            qval(sh, r, c + 3, code, q, ind, div=div, fmt="0.0" if div > 1 else None)
            c += 4
        zs = [figure((code, mm, "zero_employment_households")) for mm in months]
        if len(set(zs)) == 1:
            span_val(sh, r, c, c + 2, code, months, "zero_employment_households")
        else:
            for j, mm in enumerate(months):
                val(sh, r, c + j, code, mm, "zero_employment_households")
        r += 1
    sh.put(r, 1, "全街道")
    for k in range(2, 2 + 4 * len(groups)):
        s = sum(sh.cells[(rr, k)][0] for rr in range(3, r))
        sh.put(r, k, round(s, 1) if isinstance(s, float) else s)
    sh.put(r + 1, 0, "注：零就业家庭户数季度内无变化的合并填写；创业担保贷款按放款月份统计。")
    sh.put(r + 2, 0, "填报单位：雁南街道劳动保障事务所（盖章）　填报人：马晓燕　报送日期：2026年1月6日")
    save(B1 + "雁南街道2025年第四季度就业工作统计表.xlsx", [sh], "openpyxl",
         ["street_rows", "quarter_report_months_under_indicator", "quarter_column", "stock_merged_across_months",
          "header_two_row_merged", "wan_one_decimal", "total_row", "footer_date_trap", "xlsx_openpyxl"],
         (2026, 1, 6, 10, 20))


def dongtai_sheet(W, m, corrected=False):
    """城市低保 动态管理: 上月末 | 本月新增 | 本月停保 | 本月末 for 户 and 人; only 本月末 is the month's stock;
    本月发放低保金 written 「￥36,520.00」."""
    p = W.prev(m)
    sh = Sheet("11月动态" if not corrected else "11月动态（更正）")
    sh.put(0, 0, f"{STREET}城市最低生活保障动态管理月报表" + ("（更正）" if corrected else ""))
    sh.put(1, 0, "所属月份：2025年11月")
    header(sh, 2, 0, [("序号", 0), ("社区", 1), ("在保户数（户）", [("上月末", 2), ("本月新增", 3), ("本月停保", 4),
                      ("本月末", 5)]), ("在保人数（人）", [("上月末", 6), ("本月新增", 7), ("本月停保", 8),
                      ("本月末", 9)]), ("本月发放低保金（元）", 10), ("备注", 11)], 2)
    r, tot = 4, [0] * 9
    changed = []
    for i, code in enumerate(CODES):
        sh.row(r, 0, [i + 1, NAME[code]])
        for base, ind in ((2, "dibao_households"), (6, "dibao_persons")):
            key = (code, m, ind)
            before, now, first = W.v[(code, p, ind)], figure(key), W.old.get(key, W.v[key])
            add = max(first - before, 0) + W.out(code, m, ind + "k", 0, 1) + (1 if key in W.old else 0)
            stop = before + add - now          # a correction changes 本月停保 and 本月末, never 本月新增
            prior(sh, r, base, code, p, ind)
            sh.put(r, base + 1, add)
            sh.put(r, base + 2, stop)
            val(sh, r, base + 3, code, m, ind)
            for j, x in enumerate((before, add, stop, now)):
                tot[(0 if base == 2 else 4) + j] += x
            if corrected and (code, m, ind) in W.old:
                changed += [(r, base + 2), (r, base + 3)]
        val(sh, r, 10, code, m, "dibao_payout_yuan", style="yen")
        tot[8] += figure((code, m, "dibao_payout_yuan"))
        if corrected and (code, m, "dibao_payout_yuan") in W.old:
            changed.append((r, 10))
        r += 1
    sh.row(r, 0, ["", "合计"] + tot[:8] + [f"￥{tot[8]:,.2f}"])
    sh.put(r + 1, 0, "说明：本月末在保数=上月末+本月新增-本月停保；低保标准城市每人每月790元。")
    if corrected:
        for rc in changed:
            sh.fills[rc] = "FFFF00"
        sh.put(r + 2, 0, "更正说明：黄色底纹为更正数据（张苏滩村社区本月停保2人漏录；滩尖子社区误录停保1人，低保金多录700元），"
                         "以本表为准。")
        sh.put(r + 3, 0, "雁南街道社会事务办　2025年12月10日")
    else:
        sh.put(r + 2, 0, "雁南街道社会事务办　填报人：穆丽娜　审核人：白建国　2025年12月3日")
    return sh


def s4_dibao(W):
    save(B1 + "雁南街道城市低保动态管理月报表（2025年11月）.xls", [dongtai_sheet(W, "2025-11")], "xlwt",
         ["street_rows", "dynamic_stock_prev_add_stop_end", "prev_month_end_column", "yen_amount_text", "names_reg",
          "header_two_row_merged", "total_row", "notes_numbers", "footer_date_trap", "xls_xlwt"], (2025, 12, 3, 16, 40))


def s5_zijin(W):
    """The amounts are kept in 元 in the cells but shown as 万元 by the number format 0!.0000 (the header says 万元):
    36520 is displayed 3.6520. 低保 户/人 as 「23/41」 in one cell."""
    m = "2025-12"
    sh = Sheet("12月")
    sh.put(0, 0, f"{STREET}2025年12月社会救助资金发放汇总表")
    header(sh, 1, 0, [("序号", 0), ("社区", 1), ("城市低保", [("户/人", 2), ("发放金额（万元）", 3)]),
                      ("特困供养", [("人数", 4), ("发放金额（万元）", 5)]), ("临时救助", [("人次", 6), ("发放金额（万元）", 7)]),
                      ("合计金额（万元）", 8)], 2)
    wan = "0!.0000"
    r, tot = 3, [0, 0, 0, 0, 0]
    for i, code in enumerate(CODES):
        sh.row(r, 0, [i + 1, SHORT[code]])
        slash(sh, r, 2, code, m, "dibao_households", "dibao_persons")
        val(sh, r, 3, code, m, "dibao_payout_yuan", fmt=wan)
        tk = W.out(code, m, "特困", 0, 3)
        lin = W.out(code, m, "临时", 0, 4)
        tkm, linm = tk * 1027, lin * W.out(code, m, "临时额", 5, 20) * 100
        sh.put(r, 4, tk)
        sh.put(r, 5, tkm, wan)
        sh.put(r, 6, lin)
        sh.put(r, 7, linm, wan)
        pay = W.v[(code, m, "dibao_payout_yuan")]
        sh.put(r, 8, pay + tkm + linm, wan)
        for j, x in enumerate((pay, tk, tkm, lin, linm)):
            tot[j] += x
        r += 1
    sh.put(r, 1, "合计")
    sh.put(r, 3, tot[0], wan)
    sh.put(r, 4, tot[1])
    sh.put(r, 5, tot[2], wan)
    sh.put(r, 6, tot[3])
    sh.put(r, 7, tot[4], wan)
    sh.put(r, 8, tot[0] + tot[2] + tot[4], wan)
    sh.put(r + 1, 0, "注：12月含冬季取暖补贴随低保金一并发放；临时救助含2户因病支出型救助。")
    sh.put(r + 2, 0, "制表：雁南街道社会事务办　　审核：　　　　2026年1月7日")
    save(B1 + "雁南街道2025年12月社会救助资金发放汇总表.xlsx", [sh], "openpyxl",
         ["street_rows", "yuan_shown_as_wan_by_number_format", "slash_pair_households_persons", "header_two_row_merged",
          "outside_columns", "total_row", "notes_numbers", "footer_date_trap", "xlsx_openpyxl"], (2026, 1, 7, 9, 50))


def build(W):
    s1_jichu(W)
    s2_minqing(W)
    s3_jiuye(W)
    s4_dibao(W)
    s5_zijin(W)
