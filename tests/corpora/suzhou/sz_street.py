"""The street office's own files (白洋湾街道 departments), part one: 平安, 民生诉求, 就业, 文化宣讲, 社会救助, 人口."""
import random

from sz_grid import Formula, Sheet, cn_month, header, miss, pair, qval, val
from sz_world import AREA, CODES, NAME, SHORT, STREET
from sz_writers import save

B1 = "batch1/"


def parts(total, n, seed):
    """Split a total into n seeded parts (channels of 诉求)."""
    r = random.Random(seed)
    cuts = sorted(r.randint(0, total) for _ in range(n - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [total])]


def s1_pingan(W):
    """Indicators as rows, communities across with the 街道合计 column in the middle (between 中片 and 北片)."""
    m = "2025-12"
    sh = Sheet("平安建设")
    sh.put(0, 0, f"{STREET}2025年12月平安建设工作统计表")
    sh.put(1, 0, "填报单位：白洋湾街道综治办（网格化社会治理联动分中心）")
    sh.put(1, 12, "填报日期：2026年1月5日")
    left = [c for c in CODES if AREA[c] != "北片"]
    right = [c for c in CODES if AREA[c] == "北片"]
    sh.put(2, 0, "项目")
    sh.put(2, 1, "单位")
    col = {}
    c = 2
    for code in left:
        col[code] = c
        sh.put(2, c, SHORT[code])
        c += 1
    tot = c
    sh.put(2, tot, "街道合计")
    c += 1
    for code in right:
        col[code] = c
        sh.put(2, c, SHORT[code])
        c += 1
    rows = [("群防群治巡防队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
            ("治安案件（立案）", "起", "security_cases"), ("矛盾纠纷排查", "次", None),
            ("矛盾纠纷调处成功", "起", "disputes_mediated"), ("调处成功率", "%", "rate"),
            ("消防安全检查", "家次", None), ("群租房整治", "户", None)]
    r = 3
    for label, unit, ind in rows:
        sh.put(r, 0, label)
        sh.put(r, 1, unit)
        total = 0
        for code in CODES:
            if ind == "rate":
                sh.put(r, col[code], "100%")
            elif ind is None:
                x = W.out(code, m, label, 3, 40)
                total += x
                sh.put(r, col[code], x)
            else:
                total += W.v[(code, m, ind)]
                style = "wu" if ind == "security_cases" and code in CODES[:3] else "n"
                val(sh, r, col[code], code, m, ind, style=style)
        sh.put(r, tot, "100%" if ind == "rate" else total)
        r += 1
    sh.put(r + 1, 0, "备注：调处成功率=调处成功数÷排查发现纠纷数；12月开展冬季消防安全专项检查2轮，出动人员约160人次。")
    save(B1 + "白洋湾街道2025年12月平安建设工作统计表.xlsx", [sh], "openpyxl",
         ["street_indicators_down", "total_column_in_middle", "unit_column", "derived_rate_row", "outside_rows",
          "wu_for_zero", "notes_numbers", "xlsx_openpyxl"], (2026, 1, 5, 16, 20))


def s2_suqiu(W):
    """One sheet per month named 2026.1 / 2026.2 / 2026.3; 受理 channels (12345 · 寒山闻钟 · 来电来访) add up to 合计."""
    sheets = []
    for m in ("2026-01", "2026-02", "2026-03"):
        sh = Sheet(f"2026.{int(m[5:])}")
        sh.put(0, 0, f"{STREET}民生诉求受理办结情况统计")
        leaves = header(sh, 1, 0, [("序号", 0), ("社区", 1), ("受理诉求（件）", [("12345热线", 2), ("寒山闻钟", 3),
                        ("来电来访", 4), ("合计", 5)]), ("办结（件）", 6), ("办结率", 7), ("受理环比", 8)], 2)
        r = 3
        sums = [0] * 5
        for i, code in enumerate(CODES):
            sh.put(r, 0, i + 1)
            sh.put(r, 1, SHORT[code] + "社区")
            recv = W.v[(code, m, "petitions_received")]
            ps = parts(recv, 3, f"{code}{m}ch")
            for j, p in enumerate(ps):
                sh.put(r, 2 + j, p)
                sums[j] += p
            val(sh, r, 5, code, m, "petitions_received")
            val(sh, r, 6, code, m, "petitions_resolved")
            sums[3] += recv
            sums[4] += W.v[(code, m, "petitions_resolved")]
            sh.put(r, 7, W.v[(code, m, "petitions_resolved")] / recv, "0.0%")
            prev = W.v[(code, W.prev(m), "petitions_received")]
            ch = (recv - prev) / prev * 100
            sh.put(r, 8, "持平" if abs(ch) < 0.05 else f"{ch:+.1f}%")
            r += 1
        sh.put(r, 1, "合计")
        for j in range(5):
            col = j + 2 if j < 4 else 6
            sh.put(r, col, Formula(f"SUM({chr(65 + col)}4:{chr(65 + col)}{r})", sums[j]))
        sh.put(r, 7, sums[4] / sums[3], "0.0%")
        sh.put(r + 2, 0, "说明：寒山闻钟为苏州市网上民生诉求平台；来电来访含网格员走访收集。")
        sheets.append(sh)
    save(B1 + "白洋湾街道民生诉求办理情况（2026年1-3月）.xlsx", sheets, "xlsxwriter",
         ["street_rows", "sheet_per_month_dotted", "year_only_in_sheet_and_filename", "channels_add_to_total",
          "header_two_row_merged", "derived_rate_percent", "mom_text", "total_formula", "xlsx_xlsxwriter"],
         (2026, 4, 3, 10, 5))


EMP = [("新增就业岗位（个）", "jobs_created", 1), ("其中：公益性岗位（个）", "public_welfare_jobs", 1),
       ("城镇新增就业（人）", "people_employed", 1), ("援助困难人员就业（人）", None, 1),
       ("创业担保贷款（万元）", "micro_loans_yuan", 10000), ("零就业家庭（户）", "zero_employment_households", 1)]


def s3_jiuye(W):
    """Two header blocks stacked on one sheet: 一、本月 and 二、本年累计 (the same communities twice)."""
    m = "2026-03"
    sh = Sheet("3月")
    sh.put(0, 0, f"{STREET}2026年3月就业工作月报")
    sh.put(1, 0, "报送单位：白洋湾街道社会事业局（劳动保障所）")
    r = 2
    for block in ("本月", "累计"):
        sh.put(r, 0, "一、本月完成情况" if block == "本月" else "二、本年累计完成情况（1-3月）")
        r += 1
        sh.put(r, 0, "社区")
        for j, (h, _, _) in enumerate(EMP):
            sh.put(r, 1 + j, h)
        r += 1
        for code in CODES:
            sh.put(r, 0, SHORT[code])
            for j, (h, ind, div) in enumerate(EMP):
                c = 1 + j
                if ind is None:
                    x = W.out(code, m, "援助困难", 0, 4)
                    sh.put(r, c, x if block == "本月" else x + W.out(code, m, "援助困难累计", 1, 6))
                elif block == "本月":
                    val(sh, r, c, code, m, ind, div=div, fmt="0.00" if div > 1 else None)
                elif ind == "zero_employment_households":
                    sh.put(r, c, "—")
                else:
                    x = W.ytd(code, m, ind)
                    sh.put(r, c, round(x / div, 4) if div > 1 else x, "0.00" if div > 1 else None)
            r += 1
        sh.put(r, 0, "合计")
        for j, (h, ind, div) in enumerate(EMP):
            if ind is None or (block == "累计" and ind == "zero_employment_households"):
                continue
            f = (lambda code: W.v[(code, m, ind)]) if block == "本月" else (lambda code: W.ytd(code, m, ind))
            s = sum(f(code) for code in CODES)
            sh.put(r, 1 + j, round(s / div, 4) if div > 1 else s, "0.00" if div > 1 else None)
        r += 2
    sh.put(r, 0, "注：春风行动专场招聘会3场（3月6日、3月13日、3月20日），提供岗位约1200个，不计入社区新增岗位。")
    save(B1 + "白洋湾街道2026年3月就业工作月报.xlsx", [sh], "openpyxl",
         ["street_rows", "stacked_blocks_month_then_ytd", "wan_two_decimals", "outside_columns", "dash_for_stock_ytd",
          "notes_numbers", "footer_date_trap", "xlsx_openpyxl"], (2026, 4, 7, 9, 40))


def s4_wenhua(W):
    """Month columns 1-3月 (cumulative, a quarter) | 4月 | 5月 | 合计 under two indicators."""
    sh = Sheet("文化宣讲")
    sh.put(0, 0, f"{STREET}2026年1-5月群众文化和理论宣讲活动统计表")
    leaves = header(sh, 1, 0, [("社区", 0), ("群众文体活动（场）", [("1-3月", 1), ("4月", 2), ("5月", 3), ("合计", 4)]),
                               ("理论宣讲（场次）", [("1-3月", 5), ("4月", 6), ("5月", 7), ("合计", 8)])], 2)
    r = 3
    for code in CODES:
        sh.put(r, 0, SHORT[code])
        for base, ind in ((1, "cultural_activities"), (5, "lectures_held")):
            L = chr(65 + base)
            qval(sh, r, base, code, "2026-Q1", ind)
            val(sh, r, base + 1, code, "2026-04", ind)
            val(sh, r, base + 2, code, "2026-05", ind)
            tot = W.quarter(code, "2026-Q1", ind) + W.v[(code, "2026-04", ind)] + W.v[(code, "2026-05", ind)]
            sh.put(r, base + 3, Formula(f"SUM({L}{r + 1}:{chr(65 + base + 2)}{r + 1})", tot))
        r += 1
    sh.put(r, 0, "全街道")
    for c in range(1, 9):
        L = chr(65 + c)
        s = sum(sh.cells[(rr, c)][0].cached if isinstance(sh.cells[(rr, c)][0], Formula) else sh.cells[(rr, c)][0]
                for rr in range(3, r))
        sh.put(r, c, Formula(f"SUM({L}4:{L}{r})", s))
    sh.put(r + 1, 0, "填表：宣传办　　审核：　　　2026年6月3日")
    save(B1 + "白洋湾街道2026年1-5月文化和宣讲活动统计.xlsx", [sh], "xlsxwriter",
         ["street_rows", "cumulative_first_then_months", "quarter_column", "total_formula", "header_two_row_merged",
          "footer_date_trap", "xlsx_xlsxwriter"], (2026, 6, 3, 15, 10))


def s5_jiuzhu(W):
    """The 合计 row at the TOP, then the communities; 「N户M人」; 低保金 in 万元 with two decimals; notes with numbers."""
    m = "2026-02"
    sh = Sheet("Sheet1")
    sh.put(0, 0, f"{STREET}2026年2月社会救助统计表")
    sh.put(1, 0, "单位：户、人、万元")
    hd = ["序号", "社区", "城市低保（户/人）", "低保金（万元）", "低保边缘（户/人）", "特困供养（人）", "人均补差（元）", "备注"]
    sh.row(2, 0, hd)
    r0 = 3
    sh.put(r0, 1, "合计")
    hh = sum(W.v[(c, m, "dibao_households")] for c in CODES)
    pp = sum(W.v[(c, m, "dibao_persons")] for c in CODES)
    pay = sum(W.v[(c, m, "dibao_payout_yuan")] for c in CODES)
    sh.put(r0, 2, f"{hh}户{pp}人")
    sh.put(r0, 3, round(pay / 10000, 2), "0.00")
    sh.put(r0, 6, round(pay / pp))
    notes = {CODES[2]: "新增1户2人（2月6日审批）", CODES[7]: "春节一次性生活补贴另发，每人500元", CODES[12]: "退出1户"}
    r = r0 + 1
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, NAME[code])
        pair(sh, r, 2, code, m)
        val(sh, r, 3, code, m, "dibao_payout_yuan", div=10000, fmt="0.00")
        b = W.out(code, m, "边缘户", 0, 5)
        sh.put(r, 4, f"{b}户{b + W.out(code, m, '边缘人', 0, 3)}人" if b else "0")
        sh.put(r, 5, W.out(code, m, "特困", 0, 4))
        sh.put(r, 6, round(W.v[(code, m, "dibao_payout_yuan")] / W.v[(code, m, "dibao_persons")]))
        if code in notes:
            sh.put(r, 7, notes[code])
        r += 1
    sh.put(r + 1, 0, "审核人：　　　　填报人：　　　　报送日期：2026年3月4日")
    save(B1 + "白洋湾街道2026年2月社会救助统计表.xls", [sh], "xlwt",
         ["street_rows", "total_row_at_top", "households_persons_one_cell", "wan_two_decimals", "names_reg",
          "dibao_outside_neighbours", "derived_per_person", "notes_numbers", "footer_date_trap", "xls_xlwt"],
         (2026, 3, 4, 11, 0))


def s6_renkou(W):
    """Numbers typed as text with thousands separators and a trailing space; a 备注 with its own numbers."""
    m = "2026-04"
    sh = Sheet("人口")
    sh.put(0, 0, f"{STREET}社区人口基础信息（2026年4月）")
    sh.put(1, 0, "统计时点：2026年4月30日")
    hd = ["序号", "社区名称", "常住户数", "常住人口", "其中：户籍人口", "流动人口", "60周岁以上老人", "社区工作者", "户均人口", "备注"]
    sh.row(2, 0, hd)
    notes = {CODES[8]: "含玉景湾二期新交付286户", CODES[5]: "宝祥新村拆迁过渡安置32户未计入", CODES[13]: "流动人口较上月减少约40人"}
    r = 3
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, SHORT[code] + "社区")
        val(sh, r, 2, code, m, "households", style="csp")
        val(sh, r, 3, code, m, "residents", style="csp")
        res = W.v[(code, m, "residents")]
        sh.put(r, 4, f"{int(res * 0.7) + W.out(code, m, 'huji', -50, 50):,} ")
        val(sh, r, 5, code, m, "floating_population", style="csp")
        sh.put(r, 6, f"{int(res * 0.24):,} ")
        val(sh, r, 7, code, m, "staff", style="csp")
        sh.put(r, 8, f"{res / W.v[(code, m, 'households')]:.2f}")
        if code in notes:
            sh.put(r, 9, notes[code])
        r += 1
    sh.put(r + 1, 0, "数据来源：网格化社会治理信息平台（截至4月30日）")
    save(B1 + "白洋湾街道社区人口基础信息（2026年4月）.xlsx", [sh], "openpyxl",
         ["street_rows", "text_thousands_trailing_space", "title_month_paren", "huji_outside", "derived_per_household",
          "notes_numbers", "footer_date_trap", "xlsx_openpyxl"], (2026, 5, 6, 9, 15))


def build(W):
    s1_pingan(W)
    s2_suqiu(W)
    s3_jiuye(W)
    s4_wenhua(W)
    s5_jiuzhu(W)
    s6_renkou(W)
