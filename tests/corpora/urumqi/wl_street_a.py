"""Street-office files (1/2): 基础数据 by 片区, 民情诉求 months × 本月|累计, 就业 two-row header, 社会救助 GB18030 CSV,
访惠聚 / 民族团结一家亲, the 2月 workbook of 片区 sheets + 汇总 + a hidden 辅助 sheet."""
import random

from wl_grid import Formula, Sheet, col_letter, cur, dup, header, miss, pair, val
from wl_world import AREA, AREAS, CODES, W_OUT, nm
from wl_writers import save

B = "batch1/"


def out(code, month, name, lo, hi):
    return W_OUT(code, month, name, lo, hi)


def base_2511(W):
    m = "2025-11"
    sh = Sheet("基础数据")
    sh.merge(0, 0, 0, 9, "幸福路街道2025年11月社区基础数据统计表")
    sh.put(1, 0, "填报单位：幸福路街道社区管理办公室")
    sh.put(1, 7, "单位：户、人、个")
    sh.row(2, 0, ["序号", "社区", "常住户数", "常住人口", "其中：少数民族人口", "流动人口", "社区工作者",
                  "其中：专职网格员", "网格数", "备注"])
    r = 3
    tot_rows = []
    for area in AREAS:
        sh.merge(r, 0, r, 9, area)
        r += 1
        first = r
        for i, code in enumerate([c for c in CODES if AREA[c] == area], 1):
            sh.put(r, 0, i)
            sh.put(r, 1, nm(code, "jwh"))
            val(sh, r, 2, code, m, "households")
            val(sh, r, 3, code, m, "residents")
            sh.put(r, 4, int(W.v[(code, m, "residents")] * out(code, m, "minzu", 18, 46) / 100))
            val(sh, r, 5, code, m, "floating_population")
            val(sh, r, 6, code, m, "staff")
            sh.put(r, 7, out(code, m, "wgy", 6, 14))
            sh.put(r, 8, out(code, m, "wgs", 5, 12))
            if nm(code, "short") == "百信花园":
                sh.put(r, 9, "含代管天福花园社区7号楼")
            r += 1
        sh.put(r, 1, f"{area}小计")
        for c in range(2, 9):
            L = col_letter(c)
            sh.put(r, c, sum(sh.cells[(x, c)][0] for x in range(first, r)))
        tot_rows.append(r)
        r += 1
    sh.put(r, 1, "全街道合计")
    for c in range(2, 9):
        sh.put(r, c, sum(sh.cells[(x, c)][0] for x in tot_rows))
    sh.put(r + 2, 0, "注：常住人口含少数民族人口；流动人口以居住证登记为准。统计截止2025年11月30日，报送日期2025年12月4日。")
    save(B + "幸福路街道2025年11月社区基础数据统计表.xlsx", [sh], "openpyxl",
         ["street_rows", "xlsx_openpyxl", "title_month_full", "pianqu_rows_seq_restart", "pianqu_subtotal_rows",
          "names_jwh", "outside_columns", "footer_date_trap"], (2025, 12, 4, 10, 12))


def petitions_span(W):
    months = ["2025-11", "2025-12", "2026-01"]
    sheets = []
    for ind, sname, title in [("petitions_received", "受理", "民情诉求受理情况（件，含12345热线转办、网格员入户发现）"),
                              ("petitions_resolved", "办结", "民情诉求办结情况（件）"),
                              ("disputes_mediated", "调解", "矛盾纠纷调解成功情况（起）")]:
        sh = Sheet(sname)
        sh.merge(0, 0, 0, 7, f"幸福路街道{title}")
        sh.put(1, 0, "统计区间：2025年11月—2026年1月（累计数自当年1月1日起算）")
        sh.merge(2, 0, 3, 0, "序号")
        sh.merge(2, 1, 3, 1, "社区")
        for j, m in enumerate(months):
            c = 2 + 2 * j
            sh.merge(2, c, 2, c + 1, f"{int(m[:4])}年{int(m[5:])}月")
            sh.put(3, c, "本月")
            sh.put(3, c + 1, "累计")
        for i, code in enumerate(CODES):
            r = 4 + i
            sh.put(r, 0, i + 1)
            sh.put(r, 1, nm(code, "sq"))
            for j, m in enumerate(months):
                val(sh, r, 2 + 2 * j, code, m, ind)
                sh.put(r, 3 + 2 * j, W.ytd(code, m, ind))
        r = 4 + len(CODES)
        sh.put(r, 1, "合计")
        for c in range(2, 8):
            L = col_letter(c)
            sh.put(r, c, Formula(f"SUM({L}5:{L}{r})", sum(sh.cells[(x, c)][0] for x in range(4, r))))
        sh.put(r + 1, 0, "数据来源：街道12345工单系统及社区民情台账，2026年2月2日导出。")
        sheets.append(sh)
    save(B + "幸福路街道民情诉求及矛盾纠纷调处统计（2025年11月-2026年1月）.xlsx", sheets, "xlsxwriter",
         ["street_rows", "xlsx_xlsxwriter", "span_3_months", "months_two_level_columns", "benyue_leiji_per_month",
          "leiji_across_year_end", "sheet_per_indicator", "total_formula", "names_sq"], (2026, 2, 2, 17, 40))


def jobs_2512(W):
    m = "2025-12"
    sh = Sheet("Sheet1")
    sh.put(0, 0, "幸福路街道2025年12月就业和再就业工作月报表")
    sh.put(1, 0, "报送单位：幸福路街道劳动保障事务所")
    sh.put(1, 7, "金额单位：万元")
    sh.row(2, 0, ["序号", "社区名称", "新开发就业", "其中：公益性", "城镇新增", "转移就业", "零就业",
                  "创业担保", "职业技能", "公益性岗位"])
    sh.row(3, 2, ["岗位（个）", "岗位（个）", "就业（人）", "（人）", "家庭（户）", "贷款", "培训（场次）", "占比（%）"])
    for i, code in enumerate(CODES):
        r = 4 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, nm(code, "short"))
        val(sh, r, 2, code, m, "jobs_created")
        val(sh, r, 3, code, m, "public_welfare_jobs")
        val(sh, r, 4, code, m, "people_employed")
        sh.put(r, 5, out(code, m, "zyjy", 0, 9))
        val(sh, r, 6, code, m, "zero_employment_households")
        val(sh, r, 7, code, m, "micro_loans_yuan", div=10000)
        val(sh, r, 8, code, m, "training_sessions")
        j, p = W.v[(code, m, "jobs_created")], W.v[(code, m, "public_welfare_jobs")]
        sh.put(r, 9, round(p / j * 100, 1))
    r = 4 + len(CODES)
    sh.put(r, 1, "合计")
    for c in range(2, 9):
        sh.put(r, c, round(sum(sh.cells[(x, c)][0] for x in range(4, r)), 2))
    sh.put(r + 1, 0, "填报人：王丽娟    审核人：马军    联系电话：0991-2813467    2026年1月5日")
    save(B + "幸福路街道2025年12月就业月报.xls", [sh], "xlwt",
         ["street_rows", "xls_xlwt", "title_month_full", "header_split_two_rows_no_merge", "wanyuan_unit_line",
          "zhuanyi_jiuye_outside", "derived_share_column", "names_short", "total_row", "footer_date_trap"],
         (2026, 1, 5, 11, 3))


def relief_2601(W, batch="batch1", rel=None):
    m = "2026-01"
    sh = Sheet("救助")
    sh.put(0, 0, "幸福路街道2026年1月城市低保及社会救助情况统计表" + ("（修订）" if batch == "batch2" else ""))
    sh.put(1, 0, "单位：户、人、元")
    sh.row(2, 0, ["序号", "社区", "城市低保", "低保金（元）", "人均补差（元）", "特困供养（人）", "临时救助（人次）",
                  "临时救助金额（元）", "备注"])
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, nm(code, "jd"))
        pair(sh, r, 2, code, m)
        val(sh, r, 3, code, m, "dibao_payout_yuan", "dec2")
        sh.put(r, 4, f"{cur(code, m, 'dibao_payout_yuan') / cur(code, m, 'dibao_persons'):.2f}")
        sh.put(r, 5, out(code, m, "tk", 0, 4))
        t = out(code, m, "lsjz", 0, 5)
        sh.put(r, 6, t)
        sh.put(r, 7, f"{t * random.Random(code).choice([800, 1000, 1500]):,.2f}")
        if batch == "batch2" and (code, m, "dibao_persons") in W.old:
            sh.put(r, 8, f"人数由{W.old[(code, m, 'dibao_persons')]}人更正为{W.v[(code, m, 'dibao_persons')]}人")
        if batch == "batch2" and (code, m, "dibao_payout_yuan") in W.old:
            sh.put(r, 8, "低保金已更正（原报含2月预发部分）")
    r = 3 + len(CODES)
    sh.put(r + 1, 0, "填报人：阿依古丽·吐尔逊（ئايگۈل تۇرسۇن）  联系电话：0991-2856013  报送日期：2026年2月3日")
    if batch == "batch1":
        save(B + "幸福路街道2026年1月社会救助统计.csv", [sh], "csv-gb18030",
             ["street_rows", "csv_gb18030", "uyghur_script_in_footer", "title_line", "title_month_full",
              "households_persons_one_cell", "amount_two_decimals_text", "derived_per_capita", "names_street_prefix",
              "tekun_linshi_outside", "footer_date_trap"], (2026, 2, 3, 16, 20))
    else:
        save(rel, [sh], "openpyxl", ["street_rows", "xlsx_openpyxl", "correction_full_resend", "title_month_full",
                                     "households_persons_one_cell", "amount_two_decimals_text", "names_street_prefix",
                                     "correction_note_column"], (2026, 2, 11, 12, 5))


def fhj_2512(W):
    m = "2025-12"
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 8, "幸福路街道“访惠聚”工作队及“民族团结一家亲”活动开展情况统计（2025年12月）")
    leaves = header(sh, 1, 0, [("社区", "name"),
                               ("入户走访", [("户次", "zf_h"), ("人数", "zf_p")]),
                               ("民族团结一家亲", [("结对认亲（户）", "rq"), ("联谊活动（次）", "ly")]),
                               ("帮扶救助", [("走访慰问困难群众（人）", "people_assisted"),
                                         ("发放慰问物资（件）", "goods_distributed")]),
                               ("党员结对帮扶（对）", "pairings"), ("备注", "note")], 2)
    for i, code in enumerate(CODES):
        r = 3 + i
        for c, leaf in leaves:
            if leaf == "name":
                sh.put(r, c, nm(code, "jwh"))
            elif leaf in ("people_assisted", "goods_distributed", "pairings"):
                val(sh, r, c, code, m, leaf)
            elif leaf == "zf_h":
                sh.put(r, c, out(code, m, "zfh", 120, 420))
            elif leaf == "zf_p":
                sh.put(r, c, out(code, m, "zfp", 300, 1100))
            elif leaf == "rq":
                sh.put(r, c, out(code, m, "rq", 20, 90))
            elif leaf == "ly":
                sh.put(r, c, out(code, m, "ly", 1, 5))
    sh.put(3 + len(CODES), 0, "说明：入户走访含工作队与社区干部联合走访；结对认亲户数为月末在册数。")
    save(B + "幸福路街道2025年12月访惠聚及民族团结一家亲工作统计.ods", [sh], "odfpy",
         ["street_rows", "ods_odfpy", "title_month_paren", "header_two_row_merged", "ruhu_zoufang_outside",
          "jiedui_renqin_outside", "names_jwh"], (2026, 1, 6, 9, 50))


def feb_areas(W):
    m = "2026-02"
    cols = [("受理诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"),
            ("走访慰问（人）", "people_assisted"), ("慰问物资（件）", "goods_distributed"),
            ("文体活动（场）", "cultural_activities"), ("志愿服务（人次）", "volunteer_person_times")]
    sheets, where = [], {}
    for area in AREAS:
        sh = Sheet(area)
        sh.put(0, 0, f"幸福路街道{area}2026年2月社区工作数据")
        sh.row(1, 0, ["社区"] + [h for h, _ in cols] + ["办结率"])
        for i, code in enumerate([c for c in CODES if AREA[c] == area]):
            r = 2 + i
            sh.put(r, 0, nm(code, "sq"))
            for j, (_, ind) in enumerate(cols):
                style = "about" if (ind == "volunteer_person_times" and nm(code, "short") == "湖东") else "n"
                val(sh, r, 1 + j, code, m, ind, style)
            sh.put(r, 7, f"{cur(code, m, 'petitions_resolved') / cur(code, m, 'petitions_received') * 100:.1f}%")
            where[code] = (area, r)
        sheets.append(sh)
    s = Sheet("汇总")
    s.put(0, 0, "幸福路街道2026年2月社区工作数据汇总（春节期间）")
    s.row(1, 0, ["片区", "社区"] + [h for h, _ in cols])
    r = 2
    for area in AREAS:
        for code in [c for c in CODES if AREA[c] == area]:
            s.put(r, 0, area)
            s.put(r, 1, nm(code, "sq"))
            a, ar = where[code]
            for j, (_, ind) in enumerate(cols):
                style = "about" if (ind == "volunteer_person_times" and nm(code, "short") == "湖东") else "n"
                dup(s, r, 2 + j, code, m, ind, style, formula=f"'{a}'!{col_letter(1 + j)}{ar + 1}")
            r += 1
    s.put(r, 1, "合计")
    for j in range(len(cols)):
        c = 2 + j
        s.put(r, c, sum(cur(code, m, cols[j][1]) for code in CODES))
    s.put(r + 1, 0, "注：2月17日春节，2月10日—16日集中走访慰问；湖东社区志愿服务人次为估算数。")
    h = Sheet("辅助")
    h.hidden = True
    h.row(0, 0, ["社区", "代码", "户数基数", "上月受理", "上月办结"])
    for i, code in enumerate(CODES):
        h.row(1 + i, 0, [nm(code, "short"), code[-3:], W.v[(code, "2025-06", "households")],
                         W.v[(code, "2026-01", "petitions_received")] + 4, W.v[(code, "2026-01", "petitions_resolved")] + 1])
    save(B + "幸福路街道2026年2月社区工作数据.xlsx", sheets + [s, h], "xlsxwriter",
         ["street_rows", "xlsx_xlsxwriter", "title_month_full", "sheet_per_pianqu", "huizong_sheet_repeats",
          "huizong_formulas_cached", "hidden_helper_sheet", "derived_rate_text", "about_value", "names_sq"],
         (2026, 3, 3, 18, 2))


def build(W):
    base_2511(W)
    petitions_span(W)
    jobs_2512(W)
    relief_2601(W)
    fhj_2512(W)
    feb_areas(W)
