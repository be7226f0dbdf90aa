"""Street-office files, part two: 文明实践和志愿服务 (2月), 为老服务 一季度, 党建 (3月), 工作数据汇总 (4月)."""
from gy_common import cell, total
from gy_grid import Formula, Sheet, col_letter, qval, val
from gy_world import CODES, NAME, SHORT
from gy_writers import save

B1 = "batch1/"


def s6_wenming(W):
    """A three-row header whose third row carries the unit *and* the time basis (（截至月底，人） / （本月，人次）);
    the period line gives the lunar months as context only."""
    m = "2026-02"
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 8, "油榨街道新时代文明实践活动及志愿服务统计表")
    sh.merge(1, 0, 1, 8, "统计月份：2026年2月（农历腊月中旬至正月中旬）　填报：新时代文明实践所")
    sh.merge(2, 0, 4, 0, "序号")
    sh.merge(2, 1, 4, 1, "社区")
    sh.merge(2, 2, 2, 4, "文明实践活动")
    sh.merge(2, 5, 2, 7, "志愿服务")
    heads = [("文体活动", "（场）"), ("其中：“我们的\n节日·春节”", "（场）"), ("宣讲", "（次）"), ("注册志愿者", "（截至月底，人）"),
             ("志愿服务", "（本月，人次）"), ("服务时长", "（小时）")]
    for j, (a, b) in enumerate(heads):
        sh.put(3, 2 + j, a)
        sh.put(4, 2 + j, b)
    sh.merge(2, 8, 4, 8, "备注")
    r = 5
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, SHORT[code])
        val(sh, r, 2, code, m, "cultural_activities")
        sh.put(r, 3, min(W.v[(code, m, "cultural_activities")], W.out(code, m, "我们的节日", 1, 3)))
        val(sh, r, 4, code, m, "lectures_held")
        val(sh, r, 5, code, m, "volunteers")
        val(sh, r, 6, code, m, "volunteer_person_times")
        cell(W, sh, r, 7, code, m, ("out", 80, 900))
        if SHORT[code] == "粑粑街":
            sh.put(r, 8, "2月14日（腊月廿七）写春联送福活动")
        r += 1
    sh.put(r, 1, "合计")
    for c, ind in ((2, "cultural_activities"), (4, "lectures_held"), (5, "volunteers"), (6, "volunteer_person_times")):
        sh.put(r, c, total(W, CODES, m, ind))
    sh.put(r + 1, 0, "数据来源：全国志愿服务信息系统（贵州），截至2026年2月28日。")
    save(B1 + "油榨街道2026年2月新时代文明实践活动及志愿服务统计.ods", [sh], "odfpy",
         ["street_rows", "header_three_rows_unit_and_basis", "lunar_month_context_line", "part_column_festival",
          "outside_columns", "short_names", "jiezhi_date_note", "ods_odfpy"], (2026, 3, 3, 14, 30))


def s7_weilao(W):
    """1月 | 2月 | 3月 | 一季度 under 老年人健康体检（例）, 走访慰问（人次）, 慰问物资（份); SUM formulas (xlsxwriter)."""
    months = ["2026-01", "2026-02", "2026-03"]
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, 13, "油榨街道2026年第1季度为老服务统计表")
    sh.merge(1, 0, 2, 0, "序号")
    sh.merge(1, 1, 2, 1, "社区")
    groups = [("老年人健康体检（例）", "free_health_checks"), ("走访慰问困难群众（人次）", "people_assisted"),
              ("发放慰问物资（份）", "goods_distributed")]
    for g, (title, ind) in enumerate(groups):
        c0 = 2 + 4 * g
        sh.merge(1, c0, 1, c0 + 3, title)
        sh.row(2, c0, ["1月", "2月", "3月", "一季度"])
    r = 3
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, NAME[code])
        for g, (title, ind) in enumerate(groups):
            c0 = 2 + 4 * g
            for j, m in enumerate(months):
                val(sh, r, c0 + j, code, m, ind)
            L = col_letter
            qval(sh, r, c0 + 3, code, "2026-Q1", ind, formula=f"SUM({L(c0)}{r + 1}:{L(c0 + 2)}{r + 1})")
        r += 1
    sh.put(r, 1, "合计")
    for g, (title, ind) in enumerate(groups):
        c0 = 2 + 4 * g
        for j in range(4):
            c = c0 + j
            cached = sum(W.v[(code, mm, ind)] for code in CODES for mm in (months if j == 3 else [months[j]]))
            sh.put(r, c, Formula(f"SUM({col_letter(c)}4:{col_letter(c)}{r})", cached))
    sh.put(r + 1, 0, "注：健康体检按人次计“例”；春节走访集中在1月下旬至2月上旬。报送日期：2026年4月3日")
    save(B1 + "油榨街道2026年第1季度为老服务统计表.xlsx", [sh], "xlsxwriter",
         ["street_rows", "months_across_with_quarter", "quarter_column", "measure_word_li", "total_formula",
          "footer_date_trap", "xlsx_xlsxwriter"], (2026, 4, 3, 10, 0))


def s8_dangjian(W):
    """正式党员 | 预备党员 | 党员合计 (only the total is 党员人数), 结对帮扶（对子）, 双报到 and 流动党员 outside."""
    m = "2026-03"
    sh = Sheet("党建")
    sh.put(0, 0, "油榨街道2026年3月基层党建工作统计表")
    sh.put(1, 0, "填报单位：街道党建办　　　　　　　　　　　　截至：2026年3月31日")
    sh.row(2, 0, ["序号", "党组织", "正式党员（名）", "预备党员（名）", "党员合计（名）", "党员结对帮扶（对子）",
                  "在职党员“双报到”（人）", "流动党员（名）"])
    r = 3
    for i, code in enumerate(CODES):
        total_p = W.v[(code, m, "party_members")]
        prep = W.out(code, m, "预备", 0, 4)
        sh.put(r, 0, i + 1)
        sh.put(r, 1, f"{SHORT[code]}社区党委")
        sh.put(r, 2, total_p - prep)
        sh.put(r, 3, prep)
        val(sh, r, 4, code, m, "party_members")
        val(sh, r, 5, code, m, "pairings")
        cell(W, sh, r, 6, code, m, ("out", 20, 120))
        cell(W, sh, r, 7, code, m, ("out", 0, 9))
        r += 1
    sh.put(r, 1, "合计")
    sh.put(r, 4, total(W, CODES, m, "party_members"))
    sh.put(r, 5, total(W, CODES, m, "pairings"))
    save(B1 + "油榨街道2026年3月基层党建工作统计表.xlsx", [sh], "openpyxl",
         ["street_rows", "parts_then_total_column", "party_committee_names", "measure_word_duizi", "outside_columns",
          "jiezhi_date_line", "xlsx_openpyxl"], (2026, 4, 7, 16, 20))


ABBR = [("诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"), ("调解", "起", "disputes_mediated"),
        ("岗位", "个", "jobs_created"), ("公益岗", "个", "public_welfare_jobs"), ("就业", "人", "people_employed"),
        ("零就业", "户", "zero_employment_households"), ("低保户", "户", "dibao_households"),
        ("低保人", "人", "dibao_persons"), ("保障金", "万", "dibao_payout_yuan"), ("体检", "例", "free_health_checks"),
        ("帮扶", "人", "people_assisted"), ("文体", "场", "cultural_activities"), ("宣讲", "次", "lectures_held"),
        ("巡逻", "人", "patrol_members"), ("信息员", "人", "informants"), ("志愿者", "人", "volunteers"),
        ("志愿", "人次", "volunteer_person_times"), ("党员", "名", "party_members"), ("结对", "对", "pairings")]


def s9_huizong(W):
    """Abbreviated headers (诉求, 公益岗, 低保人, 保障金 …) with the 计量单位 row ABOVE them; 保障金 in 万 (4 decimals)."""
    m = "2026-04"
    sh = Sheet("4月汇总")
    sh.put(0, 0, "油榨街道社区工作数据汇总（2026年4月）")
    sh.put(1, 1, "计量单位")
    sh.put(2, 1, "社区＼项目")
    sh.put(2, 0, "序号")
    for j, (label, unit, ind) in enumerate(ABBR):
        sh.put(1, 2 + j, unit)
        sh.put(2, 2 + j, label)
    r = 3
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, SHORT[code])
        for j, (label, unit, ind) in enumerate(ABBR):
            val(sh, r, 2 + j, code, m, ind, div=10000 if unit == "万" else 1, fmt="0.0000" if unit == "万" else None)
        r += 1
    sh.put(r + 1, 0, "说明：保障金单位为万元；诉求含12345热线转办、来访来电及网格员收集。报送日期：2026年5月6日")
    save(B1 + "油榨街道社区工作数据汇总（2026年4月）.xlsx", [sh], "openpyxl",
         ["street_rows", "abbreviated_headers", "units_row_above_header", "wan_without_yuan", "corner_header_text",
          "period_in_brackets", "footer_date_trap", "xlsx_openpyxl"], (2026, 5, 6, 11, 30))


def build(W):
    s6_wenming(W)
    s7_weilao(W)
    s8_dangjian(W)
    s9_huizong(W)
