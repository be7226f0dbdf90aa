"""The street office's own departments: 社会事务办 (低保), 平安办 (综治), 就业社保服务中心, 党建办, 新时代文明实践所."""
from my_grid import Formula, Sheet, col_letter, month_date, qval, val
from my_world import COMMS, PERIOD
from my_writers import save

ABBR = {"花园第一": "花一", "花园第二": "花二", "城郊": "城郊", "三里": "三里", "沿江": "沿江", "平政": "平政",
        "高水": "高水", "圣水": "圣水", "南河": "南河", "牌坊": "牌坊", "新庙": "新庙", "白土": "白土村",
        "下龙溪": "下龙溪"}


def full(short, code):
    return short + ("村" if code[-3] == "2" else "社区")


def minzheng(W, months, comms, title, note=None):
    """One sheet per figure; communities down, months across as real dates shown 「2025年9月」; a 合计 formula row."""
    sheets = []
    for name, ind, unit in [("低保户数", "dibao_households", "户"), ("低保人数", "dibao_persons", "人"),
                            ("低保金", "dibao_payout_yuan", "元")]:
        sh = Sheet(name)
        sh.merge(0, 0, 0, len(months) + 1, f"{title}——{name}")
        sh.put(1, len(months) + 1, f"单位：{unit}")
        sh.put(2, 0, "序号")
        sh.put(2, 1, "社区（村）")
        for j, m in enumerate(months):
            sh.put(2, 2 + j, month_date(m), "yyyy\"年\"m\"月\"")
        for i, (short, code) in enumerate(comms):
            sh.row(3 + i, 0, [i + 1, full(short, code)])
            for j, m in enumerate(months):
                val(sh, 3 + i, 2 + j, code, m, ind)
        r = 3 + len(comms)
        sh.put(r, 1, "合计")
        for j, m in enumerate(months):
            c = col_letter(2 + j)
            tot = sum(W.v[(code, m, ind)] for _, code in comms)
            sh.put(r, 2 + j, Formula(f"=SUM({c}4:{c}{r})", tot))
        if note:
            sh.merge(r + 2, 0, r + 2, len(months) + 1, note)
        sheets.append(sh)
    return sheets


def build(W):
    comms = [(s, c) for s, c, _ in COMMS]
    save("batch1/城郊街道社会事务办2025年9月-2026年3月城市低保统计.xlsx",
         minzheng(W, PERIOD, comms, "城郊街道城市低保月度统计（2025年9月—2026年3月）"), "xlsxwriter",
         ["street_file", "sheet_per_indicator", "months_across_as_dates", "total_formula_row", "unit_line_top_right"],
         (2026, 4, 7, 15))

    # 平安办: one sheet a month, figures down, communities across in two-character abbreviations with a legend
    sheets = []
    for m in ("2025-12", "2026-01", "2026-02", "2026-03"):
        sh = Sheet(f"{m[:4]}.{int(m[5:])}")
        sh.merge(0, 0, 0, len(comms), f"城郊街道平安建设（综治）工作月报　{m[:4]}年{int(m[5:])}月")
        sh.put(1, 0, "项目＼社区")
        for j, (s, _) in enumerate(comms):
            sh.put(1, 1 + j, ABBR[s])
        for i, (lab, ind) in enumerate([("群防群治巡逻队员（人）", "patrol_members"), ("平安信息员（人）", "informants"),
                                        ("治安案件（起）", "security_cases")]):
            sh.put(2 + i, 0, lab)
            for j, (_, code) in enumerate(comms):
                val(sh, 2 + i, 1 + j, code, m, ind, style="mode" if ind == "security_cases" else "n")
        sh.merge(6, 0, 6, len(comms), "注：花一=花园第一社区，花二=花园第二社区；「莫得」即无案件。冬季烤火季加强消防巡查。")
        sheets.append(sh)
    save("batch1/城郊街道平安办2025年12月至2026年3月综治月报.ods", sheets, "odfpy",
         ["street_file", "transposed_communities_across", "two_char_abbreviations_with_legend", "mode_for_zero",
          "sheet_name_dotted_yyyy_m"], (2026, 4, 3, 11))

    # 就业社保服务中心: GBK CSV, one row per community and month, month as 202510, loans in 万元
    sh = Sheet("csv")
    sh.put(0, 0, "城郊街道就业创业工作统计（2025年10-12月）")
    sh.row(1, 0, ["社区", "月份", "新增就业岗位（个）", "其中公益性岗位（个）", "实现就业（人）", "创业担保贷款（万元）",
                  "技能培训（场）"])
    r = 2
    for m in ("2025-10", "2025-11", "2025-12"):
        for s, code in comms:
            sh.row(r, 0, [full(s, code), int(m.replace("-", ""))])
            for k, ind in enumerate(["jobs_created", "public_welfare_jobs", "people_employed"]):
                val(sh, r, 2 + k, code, m, ind)
            val(sh, r, 5, code, m, "micro_loans_yuan", div=10000)
            val(sh, r, 6, code, m, "training_sessions")
            r += 1
    save("batch1/城郊街道就业创业统计2025年10-12月.csv", [sh], "csv-gbk",
         ["street_file", "long_rows_community_month", "yyyymm_integer_month_column", "wanyuan_in_header"],
         (2026, 1, 9, 10))

    # 就业 2026 一季度: xls, monthly columns and a 一季度合计 (quarter truth)
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, 8, "城郊街道2026年一季度“春风行动”就业统计")
    sh.merge(1, 0, 2, 0, "社区")
    for k, (lab, ind) in enumerate([("新增就业岗位（个）", "jobs_created"), ("实现就业（人）", "people_employed")]):
        sh.merge(1, 1 + 4 * k, 1, 4 + 4 * k, lab)
        sh.row(2, 1 + 4 * k, ["1月", "2月", "3月", "合计"])
    for i, (s, code) in enumerate(comms):
        sh.put(3 + i, 0, full(s, code))
        for k, ind in enumerate(["jobs_created", "people_employed"]):
            for j, m in enumerate(("2026-01", "2026-02", "2026-03")):
                val(sh, 3 + i, 1 + 4 * k + j, code, m, ind)
            qval(sh, 3 + i, 4 + 4 * k, code, "2026-Q1", ind)
    save("batch1/城郊街道2026年一季度春风行动就业统计.xls", [sh], "xlwt",
         ["street_file", "quarter_total_column", "two_group_headers"], (2026, 4, 8, 9))

    # 党建办: UTF-8 BOM CSV, 「12月党员数」「1月党员数」… one row a community
    ms = ("2025-12", "2026-01", "2026-02", "2026-03")
    sh = Sheet("csv")
    sh.put(0, 0, "城郊街道党建办 党员及结对帮扶统计（2025年12月—2026年3月）")
    head = ["党组织"]
    for m in ms:
        head += [f"{int(m[5:])}月党员数", f"{int(m[5:])}月结对对数"]
    sh.row(1, 0, head)
    for i, (s, code) in enumerate(comms):
        sh.put(2 + i, 0, f"{full(s, code)}党委" if i < 2 else f"{full(s, code)}党支部")
        for j, m in enumerate(ms):
            val(sh, 2 + i, 1 + 2 * j, code, m, "party_members")
            val(sh, 2 + i, 2 + 2 * j, code, m, "pairings")
    save("batch1/城郊街道党建办党员结对统计2025年12月-2026年3月.csv", [sh], "csv-utf8bom",
         ["street_file", "month_in_every_header", "party_org_names_not_community_names"], (2026, 4, 6, 14))

    # 新时代文明实践所: 本月新增 and 累计注册 per month (累计 is the stock)
    sh = Sheet("志愿者")
    sh.merge(0, 0, 0, 1 + 2 * len(PERIOD), "城郊街道“科技城·志愿绵州”注册志愿者月报")
    sh.merge(1, 0, 2, 0, "社区（村）")
    for j, m in enumerate(PERIOD):
        sh.merge(1, 1 + 2 * j, 1, 2 + 2 * j, f"{m[:4]}年{int(m[5:])}月")
        sh.row(2, 1 + 2 * j, ["本月新增", "累计注册"])
    for i, (s, code) in enumerate(comms):
        sh.put(3 + i, 0, full(s, code))
        for j, m in enumerate(PERIOD):
            sh.put(3 + i, 1 + 2 * j, W.v[(code, m, "volunteers")] - W.v[(code, W.prev(m), "volunteers")])
            val(sh, 3 + i, 2 + 2 * j, code, m, "volunteers")
    save("batch1/城郊街道新时代文明实践所志愿者月报2025年9月-2026年3月.xlsx", [sh], "openpyxl",
         ["street_file", "new_and_cumulative_pairs", "cumulative_is_the_stock"], (2026, 4, 5, 10))
