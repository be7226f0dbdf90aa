"""Street-office files of 黄陵街道 (党政办, 社会事务办（民政）, 综治中心 / 12345接诉即办专班, 平安办, 人社所, 党建办,
综合文化站, 社区办). Communities are rows unless the file is transposed."""
from ty_grid import Formula, Sheet, header, miss, val
from ty_world import COMMS
from ty_writers import save

ALL = [(s, c) for s, c, _ in COMMS]
FOOT = "填表人：郭晓燕　　审核人：李建军　　联系电话：0351-7623416"


def label(short, how):
    return {"short": short, "she": short + "社区", "jwh": short + "社区居委会", "sq": short + "社区党委"}[how]


def table(W, sh, r0, m, cols, how="she", total=True, styles=None, skip=None, fmt=None):
    """Communities down from r0: column 0 序号, column 1 the name, then `cols` [(ind | None, outside_fn)]."""
    styles, skip = styles or {}, skip or {}
    sums = [0] * len(cols)
    for i, (short, code) in enumerate(ALL):
        r = r0 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, label(short, how))
        for j, (ind, outside) in enumerate(cols):
            c = 2 + j
            if ind is None:
                x = outside(i)
                sh.put(r, c, x)
                sums[j] += x if isinstance(x, (int, float)) else 0
            elif (short, ind) in skip:
                miss(sh, r, c, code, m, ind, skip[(short, ind)])
            else:
                st = styles.get((short, ind), styles.get(ind, "n"))
                val(sh, r, c, code, m, ind, style=st, fmt=fmt if st == "n" else None)
                sums[j] += W.v[(code, m, ind)]
    r = r0 + len(ALL)
    if total:
        sh.put(r, 1, "合计")
        for j in range(len(cols)):
            sh.put(r, 2 + j, sums[j], fmt)
    return r + 1


def jobs(W, m, note=None):
    sh = Sheet("就业")
    y, mo = int(m[:4]), int(m[5:])
    sh.put(0, 0, f"黄陵街道{y}年{mo}月份就业创业工作进度表" + ("（更正）" if note else ""))
    sh.put(1, 0, "报送单位：黄陵街道人社所（劳动保障所）")
    sh.row(2, 0, ["序号", "社区名称", "新增就业岗位（个）", "其中公益性岗位（个）", "实现就业（人）",
                  "创业担保贷款（万元）", "技能培训（场）", "失业登记（人）"])
    for i, (short, code) in enumerate(ALL):
        r = 3 + i
        sh.row(r, 0, [i + 1, short + "社区"])
        val(sh, r, 2, code, m, "jobs_created")
        val(sh, r, 3, code, m, "public_welfare_jobs")
        val(sh, r, 4, code, m, "people_employed")
        val(sh, r, 5, code, m, "micro_loans_yuan", style="t", div=10000)
        val(sh, r, 6, code, m, "training_sessions")
        sh.put(r, 7, 3 + i % 5)
    sh.put(15, 0, note or "说明：1月份为春风行动筹备阶段，招聘会安排在正月十六以后。")
    sh.put(16, 0, "联系人：贾敏 13834512276")
    return sh


def build(W):
    # 1. 民政 2025-11: registry names, 合计, 特困 outside, footer
    m = "2025-11"
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 6, "黄陵街道2025年11月困难群众救助统计表")
    sh.put(1, 0, "填报单位（盖章）：黄陵街道社会事务办")
    sh.put(1, 5, "单位：户、人、元")
    sh.row(2, 0, ["序号", "社区", "城市低保户", "城市低保人员", "发放低保金", "特困供养人员", "零就业家庭"])
    r = table(W, sh, 3, m, [("dibao_households", None), ("dibao_persons", None), ("dibao_payout_yuan", None),
                            (None, lambda i: (i * 7) % 4), ("zero_employment_households", None)], how="jwh", fmt="#,##0.00")
    sh.put(r + 1, 0, FOOT)
    sh.put(r + 2, 0, "报送日期：2025年12月3日")
    save("batch1/黄陵街道2025年11月困难群众救助统计表.xlsx", [sh], "openpyxl",
         ["street_file", "registry_names_jwh", "total_row", "outside_column", "footer_phone_0351"], (2025, 12, 3, 9, 40))

    # 2. 民情诉求 半月报 2025-12: 上半月 / 下半月 / 全月 (halves are parts), 统计周期 11.26–12.25
    m = "2025-12"
    sh = Sheet("汇总")
    sh.merge(0, 0, 0, 11, "黄陵街道民情诉求办理半月报（2025年12月汇总）")
    sh.merge(1, 0, 1, 11, "统计周期：2025年11月26日—12月25日（按区里要求，每月25日截止）")
    tree = [("序号", 0), ("社区", 1), ("受理诉求（件）", [("上半月", 2), ("下半月", 3), ("全月", 4)]),
            ("其中：供暖（暖气不热）", 5), ("办结（件）", [("上半月", 6), ("下半月", 7), ("全月", 8)]),
            ("办结率", 9), ("调解纠纷（起）", 10), ("备注", 11)]
    header(sh, 2, 0, tree, 2)
    for i, (short, code) in enumerate(ALL):
        r = 4 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, short)
        rec, res = W.v[(code, m, "petitions_received")], W.v[(code, m, "petitions_resolved")]
        h1, h2 = rec * 4 // 10 + i % 3, res * 4 // 10 + i % 2
        sh.put(r, 2, h1)
        sh.put(r, 3, rec - h1)
        val(sh, r, 4, code, m, "petitions_received")
        sh.put(r, 5, rec // 3)
        sh.put(r, 6, h2)
        sh.put(r, 7, res - h2)
        val(sh, r, 8, code, m, "petitions_resolved")
        sh.put(r, 9, f"{res * 100 / rec:.1f}%")
        val(sh, r, 10, code, m, "disputes_mediated")
    sh.put(4 + 4, 11, "含供暖公司转办")
    sh.put(16, 0, "注：全月数为上、下半月之和；供暖诉求已转太原市热力公司小店分公司。")
    sh.put(17, 0, "综治中心　　填表：王璐　　2025年12月27日")
    save("batch1/黄陵街道2025年12月民情诉求半月报汇总.xls", [sh], "xlwt",
         ["street_file", "half_month_columns", "cutoff_25th_period", "two_row_header", "rate_text", "outside_part_column"],
         (2025, 12, 27, 16, 5))

    # 3. 就业 2026-01: UTF-8 BOM CSV, 万元 loans (corrected in batch2)
    save("batch1/黄陵街道2026年1月就业创业工作进度表.csv", [jobs(W, "2026-01")], "csv-utf8bom",
         ["street_file", "csv_utf8_bom", "wan_yuan_column", "outside_column", "no_total"], (2026, 2, 4, 11, 0))

    # 4. 平安 2026-02: transposed, communities across; 治安案件 「无」; 防煤气中毒入户宣传 outside; one 待核
    m = "2026-02"
    sh = Sheet("平安建设")
    n = len(ALL)
    sh.merge(0, 0, 0, n + 1, "黄陵街道2026年2月平安建设工作月报表")
    sh.merge(1, 0, 1, n + 1, "（春节、元宵节期间平安守护专项行动）")
    sh.row(2, 0, ["项目", "单位"] + [s for s, _ in ALL])
    items = [("群防群治巡逻队员", "人", "patrol_members", "n"), ("平安信息员", "人", "informants", "n"),
             ("治安案件", "起", "security_cases", "wu"), ("矛盾纠纷调处", "起", "disputes_mediated", "n"),
             ("防煤气中毒入户宣传", "户", None, None), ("烟花爆竹禁放劝导", "人次", None, None)]
    for k, (lab, unit, ind, st) in enumerate(items):
        r = 3 + k
        sh.row(r, 0, [lab, unit])
        for j, (short, code) in enumerate(ALL):
            if ind is None:
                sh.put(r, 2 + j, 40 + (j * 37 + k * 11) % 160)
            elif short == "郑村" and ind == "security_cases":
                miss(sh, r, 2 + j, code, m, ind, "待核")
            else:
                val(sh, r, 2 + j, code, m, ind, style=st)
    sh.put(10, 0, "备注：郑村社区治安案件数待小店分局黄陵派出所反馈后补报。")
    sh.put(11, 0, "黄陵街道平安办　2026年3月2日")
    save("batch1/黄陵街道2026年2月平安建设工作月报表.ods", [sh], "odfpy",
         ["street_file", "transposed_communities_across", "wu_zero", "daihe_marker", "outside_rows"], (2026, 3, 2, 10, 30))

    # 5. 党建 + 志愿 2026-03: 社区党委 names, SUM 合计 formulas, “志愿山西” registered volunteers
    m = "2026-03"
    sh = Sheet("党建志愿")
    sh.merge(0, 0, 0, 6, "黄陵街道2026年3月党建引领志愿服务情况统计")
    sh.row(1, 0, ["序号", "党组织", "党员（名）", "结对帮扶（对）", "“志愿山西”注册志愿者（人）", "志愿服务（人次）",
                  "服务时长（小时）"])
    r = table(W, sh, 2, m, [("party_members", None), ("pairings", None), ("volunteers", None),
                            ("volunteer_person_times", None), (None, lambda i: 300 + i * 47)], how="sq", total=False)
    sh.put(r, 1, "合计")
    for j in range(5):
        col = "CDEFG"[j]
        tot = sum(sh.cells[(2 + i, 2 + j)][0] for i in range(len(ALL)))
        sh.put(r, 2 + j, Formula(f"=SUM({col}3:{col}{r})", tot))
    sh.put(r + 1, 0, "说明：3月5日学雷锋纪念日、清明节前文明祭扫劝导志愿服务计入本月。")
    save("batch1/黄陵街道2026年3月党建引领志愿服务情况统计.xlsx", [sh], "xlsxwriter",
         ["street_file", "party_committee_names", "sum_formula_total", "outside_column", "zhiyuan_shanxi"], (2026, 4, 3, 9, 0))

    # 6. 基本情况 2026-04: 「数据截至2026年4月25日」, 实有人口 / 户籍人口 / 网格 outside
    m = "2026-04"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 8, "黄陵街道各社区基本情况统计表")
    sh.merge(1, 0, 1, 8, "（数据截至2026年4月25日）")
    sh.row(2, 0, ["序号", "社区", "常住户数", "常住人口", "流动人口", "实有人口", "户籍人口", "社区工作者", "网格数"])
    sh.row(3, 0, ["", "", "（户）", "（人）", "（人）", "（人）", "（人）", "（人）", "（个）"])
    for i, (short, code) in enumerate(ALL):
        r = 4 + i
        sh.row(r, 0, [i + 1, short])
        val(sh, r, 2, code, m, "households")
        val(sh, r, 3, code, m, "residents")
        val(sh, r, 4, code, m, "floating_population")
        sh.put(r, 5, W.v[(code, m, "residents")] + W.v[(code, m, "floating_population")] // 2)
        sh.put(r, 6, W.v[(code, m, "residents")] - 700 - i * 53)
        val(sh, r, 7, code, m, "staff")
        sh.put(r, 8, 4 + i % 4)
    sh.put(16, 0, "社区办　2026年4月28日")
    save("batch1/黄陵街道2026年4月社区基本情况统计表.xlsx", [sh], "openpyxl",
         ["street_file", "period_cutoff_25th", "units_row", "outside_columns"], (2026, 4, 28, 15, 0))

    # 7. 文化 卫生 为老 2026-05: GBK CSV
    m = "2026-05"
    sh = Sheet("csv")
    sh.put(0, 0, "黄陵街道2026年5月文化卫生为老服务统计")
    sh.row(1, 0, ["序号", "社区", "文化活动（场）", "理论宣讲（次）", "老年人免费体检（人）", "走访慰问困难群众（人）",
                  "发放慰问物资（件）", "“一老一小”助餐（人次）"])
    r = table(W, sh, 2, m, [("cultural_activities", None), ("lectures_held", None), ("free_health_checks", None),
                            ("people_assisted", None), ("goods_distributed", None), (None, lambda i: 600 + i * 31)])
    sh.put(r, 0, "综合文化站、社会事务办 2026年6月3日")
    save("batch1/黄陵街道2026年5月文化卫生为老服务统计.csv", [sh], "csv-gbk",
         ["street_file", "csv_gbk", "total_row", "outside_column"], (2026, 6, 3, 10, 0))
