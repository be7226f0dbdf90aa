"""Street-office files (2): 党建工作办 二月份 (志愿服务 in 万人次, SUM row), 3月 为老服务和文体活动 (任务数 | 完成数),
the 12345 platform export of February filtered by 「谈固」 (河东街道's 谈固小区第一 / 第二 included), the April 综合月报
with a sheet per community, the 四季度 文化宣讲 台账 (months in characters), the 1—3月 低保金 long table (年度 | 月份)."""
from sjz_grid import Formula, Sheet, header, miss, qval, val
from sjz_world import COMMS, HEDONG, SHORT, STEM, full, reg
from sjz_writers import save

CODES = [c for c, _, _, _ in COMMS]
ARABIC = {"130102011003": "建明1", "130102011004": "建明2", "130102011008": "银龙1", "130102011009": "银龙2",
          "130102011017": "瑞城1", "130102011018": "瑞城2"}


def party_name(W, code, i):
    """「…社区党委」 (100 members or more), 「…社区党总支」 (fewer); three written 「中共…社区委员会」."""
    if i in (0, 7, 12):
        return f"中共{full(code)}委员会"
    return full(code) + ("党委" if W.v[(code, "2026-02", "party_members")] >= 100 else "党总支")


def party_feb(W):
    m = "2026-02"
    sh = Sheet("党建志愿")
    sh.merge(0, 0, 0, 8, "谈固街道2026年二月份党建和志愿服务统计表")
    sh.put(1, 0, "填报单位（盖章）：谈固街道党建工作办公室")
    sh.row(2, 0, ["序号", "社区党组织", "党员（名）", "其中：在职党员\n到社区报到（名）", "结对帮扶（对）",
                  "“志愿河北”注册\n志愿者（人）", "志愿服务\n（万人次）", "志愿服务时长\n（小时）", "备注"])
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.row(r, 0, [i + 1, party_name(W, code, i)])
        val(sh, r, 2, code, m, "party_members")
        sh.put(r, 3, 20 + (i * 11) % 37)
        val(sh, r, 4, code, m, "pairings")
        val(sh, r, 5, code, m, "volunteers")
        val(sh, r, 6, code, m, "volunteer_person_times", style="f", div=10000, fmt="0.0000")
        sh.put(r, 7, round(W.v[(code, m, "volunteer_person_times")] * 2.2))
    r = 3 + len(CODES)
    sh.put(r, 1, "合计")
    for c, L in ((2, "C"), (3, "D"), (4, "E"), (5, "F"), (6, "G"), (7, "H")):
        tot = sum(sh.cells[(3 + i, c)][0] for i in range(len(CODES)))
        sh.put(r, c, Formula(f"=SUM({L}4:{L}{r})", round(tot, 4)), "0.0000" if c == 6 else None)
    sh.put(r + 1, 0, "注：志愿服务以万人次填报；春节（2月17日）期间“我们的节日·春节”、文明祭扫、烟花爆竹禁放劝导计入。")
    sh.put(r + 2, 0, "2026年3月4日")
    save("batch1/谈固街道2026年二月份党建和志愿服务统计表.xlsx", [sh], "xlsxwriter",
         ["street_file", "wan_renci_unit", "sum_formula_row", "party_org_names", "month_in_characters_title",
          "outside_columns"], (2026, 3, 4, 10, 0))


def elderly_mar(W):
    m = "2026-03"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 10, "谈固街道3月份为老服务和文体活动统计表")
    leaves = header(sh, 1, 0, [("社区", None),
                               ("65岁以上老人免费健康体检（人）", [("任务数", "task1"), ("完成数", "free_health_checks"),
                                                          ("完成率", "rate")]),
                               ("走访慰问困难群众（人）", "people_assisted"),
                               ("群众文体活动（场）", [("任务数", "task2"), ("完成数", "cultural_activities")]),
                               ("其中：元宵节\n活动（场）", "x_yuanxiao"), ("政策宣讲（次）", "lectures_held"),
                               ("学雷锋志愿活动（场）", "x_leifeng"), ("备注", None)], 2)
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.put(r, 0, ARABIC.get(code, SHORT[code]))
        task = 50 if W.v[(code, m, "free_health_checks")] < 70 else 70
        for c, ind in leaves[1:]:
            if ind is None:
                continue
            if ind == "task1":
                sh.put(r, c, task)
            elif ind == "rate":
                sh.put(r, c, f"{W.v[(code, m, 'free_health_checks')] / task * 100:.0f}%")
            elif ind == "task2":
                sh.put(r, c, 6)
            elif ind == "x_yuanxiao":
                sh.put(r, c, 1 + i % 2)
            elif ind == "x_leifeng":
                sh.put(r, c, 2 + i % 3)
            else:
                val(sh, r, c, code, m, ind)
    r = 3 + len(CODES) + 1
    sh.put(r, 0, "注：元宵节（3月3日）猜灯谜、扭秧歌计入文体活动；学雷锋志愿活动场次另报，不计入文体活动。")
    sh.put(r + 1, 0, "谈固街道新时代文明实践所　2026年4月3日")
    save("batch1/谈固街道2026年3月为老服务和文体活动统计.xlsx", [sh], "openpyxl",
         ["street_file", "task_and_done_columns", "year_not_in_title", "arabic_ordinal_names", "two_row_group_header",
          "rate_text", "outside_columns"], (2026, 4, 3, 15, 0))


def platform_feb(W):
    m = "2026-02"
    sh = Sheet("csv")
    sh.row(0, 0, ["统计月份", "所属区县", "所属街道", "所属社区", "受理量", "办结量", "按期办结率", "满意率"])
    rows = [(code, "谈固街道") for code in CODES]
    rows.insert(1, (HEDONG[0][0], "河东街道"))
    rows.insert(2, (HEDONG[1][0], "河东街道"))
    for i, (code, street) in enumerate(rows):
        r = 1 + i
        sh.row(r, 0, ["2026-02", "长安区", street, reg(code)])
        val(sh, r, 4, code, m, "petitions_received", style="t")
        if code == "130102011020":
            miss(sh, r, 5, code, m, "petitions_resolved", "NULL")
            sh.row(r, 6, ["NULL", "NULL"])
            continue
        val(sh, r, 5, code, m, "petitions_resolved", style="t")
        a, b = W.v[(code, m, "petitions_received")], W.v[(code, m, "petitions_resolved")]
        sh.put(r, 6, f"{b / a * 100:.2f}%")
        sh.put(r, 7, "NULL" if code == "130102011014" else f"{96 + (i * 7) % 4}.{(i * 3) % 10}%")
    save("batch1/长安区12345热线工单统计_谈固_202602.csv", [sh], "csv-utf8",
         ["street_file", "platform_export", "csv_utf8", "other_street_rows_same_district", "null_marker",
          "registry_names", "iso_month_column"], (2026, 3, 2, 9, 15))


def monthly_apr(W):
    m = "2026-04"
    sheets = []
    sh = Sheet("填报说明")
    for k, line in enumerate(["填报说明：", "1. 各社区于5月5日前报送，一社区一表，表名为社区简称；",
                              "2. 本年累计自2026年1月起算（1—4月）；",
                              "3. 志愿服务含学雷锋、清明文明祭扫、创城志愿服务；",
                              "4. 报送后如需修改，请联系党政综合办 0311-85925301。"]):
        sh.put(k, 0, line)
    sheets.append(sh)
    spec = [("受理居民诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
            ("新增就业岗位", "个", "jobs_created"), ("实现就业", "人", "people_employed"),
            ("免费健康体检", "人", "free_health_checks"), ("志愿服务", "人次", "volunteer_person_times")]
    for i, code in enumerate(CODES):
        sh = Sheet(SHORT[code])
        sh.merge(0, 0, 0, 5, f"{full(code)}2026年4月工作月报")
        sh.row(1, 0, ["序号", "项目", "单位", "本月", "本年累计", "备注"])
        for k, (lab, unit, ind) in enumerate(spec):
            r = 2 + k
            sh.row(r, 0, [k + 1, lab, unit])
            val(sh, r, 3, code, m, ind)
            sh.put(r, 4, W.ytd(code, m, ind))
        if i % 5 == 2:
            sh.put(7, 5, "含清明节文明祭扫劝导")
        sh.put(9, 0, f"填报人：{full(code)}　　审核：")
        sheets.append(sh)
    save("batch1/谈固街道2026年4月社区工作综合月报.xlsx", sheets, "openpyxl",
         ["street_file", "sheet_per_community", "short_name_sheet_tabs", "instructions_sheet", "month_and_ytd",
          "ytd_column"], (2026, 5, 6, 17, 0))


def culture_q4(W):
    months = ["2025-10", "2025-11", "2025-12"]
    sh = Sheet("四季度台账")
    sh.merge(0, 0, 0, 9, "谈固街道2025年第四季度文化活动及政策宣讲台账")
    tree = [("序号", None), ("社区", None)]
    for lab, ind in (("文体活动（场）", "cultural_activities"), ("政策宣讲（次）", "lectures_held")):
        tree.append((lab, [("十月", (ind, 0)), ("十一月", (ind, 1)), ("十二月", (ind, 2)), ("季度合计", (ind, "q"))]))
    leaves = header(sh, 1, 0, tree, 2)
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.row(r, 0, [i + 1, reg(code)])
        for c, leaf in leaves[2:]:
            ind, k = leaf
            if k == "q":
                qval(sh, r, c, code, "2025-Q4", ind)
            else:
                val(sh, r, c, code, months[k], ind)
    r = 3 + len(CODES) + 1
    sh.put(r, 0, "注：12月重污染天气应急响应期间暂停广场舞等户外文体活动；12月4日国家宪法日开展宪法宣传。")
    sh.put(r + 1, 0, "谈固街道综合文化站　2026年1月8日")
    save("batch1/谈固街道2025年第四季度文化宣讲活动台账.ods", [sh], "odfpy",
         ["street_file", "months_in_characters", "quarter_total_column", "year_only_in_title", "registry_names",
          "two_row_group_header"], (2026, 1, 8, 10, 30))


def dibao_q1(W):
    months = ["2026-01", "2026-02", "2026-03"]
    sh = Sheet("低保金发放明细")
    sh.merge(0, 0, 0, 5, "谈固街道城市低保金发放明细（1—3月）")
    sh.row(1, 0, ["年度", "月份", "社区", "低保户数（户）", "低保金（元）", "备注"])
    r = 2
    first = r
    for k, m in enumerate(months):
        r0 = r
        for code in CODES:
            sh.put(r, 2, STEM[code])
            val(sh, r, 3, code, m, "dibao_households")
            val(sh, r, 4, code, m, "dibao_payout_yuan", fmt="#,##0.00")
            r += 1
        sh.merge(r0, 1, r - 1, 1, k + 1)
        sh.put(r, 2, "小计")
        sh.put(r, 3, sum(W.v[(c, m, "dibao_households")] for c in CODES))
        sh.put(r, 4, sum(W.v[(c, m, "dibao_payout_yuan")] for c in CODES), "#,##0.00")
        r += 1
    sh.merge(first, 0, r - 1, 0, 2026)
    sh.put(r + 1, 0, "注：金额为当月实发数；2月春节前提前发放。社会事务办（民政所）　2026年4月7日")
    save("batch1/谈固街道2026年1—3月城市低保金发放明细.xls", [sh], "xlwt",
         ["street_file", "long_table", "year_and_month_integer_columns", "merged_down_month", "subtotal_rows",
          "registry_stem_names"], (2026, 4, 7, 11, 30))


def grid_export(W):
    """The 网格化 platform's long table: one line per community, 统计时点 (the month's last day) and indicator."""
    sh = Sheet("csv")
    sh.row(0, 0, ["序号", "社区名称", "统计时点", "指标名称", "计量单位", "指标值", "数据来源"])
    r = 1
    for code in CODES:
        for m, day in (("2025-11", "2025-11-30"), ("2025-12", "2025-12-31")):
            for lab, unit, ind in (("常住户数", "户", "households"), ("常住人口", "人", "residents"),
                                   ("流动人口", "人", "floating_population")):
                sh.row(r, 0, [str(r), full(code), day, lab, unit])
                val(sh, r, 5, code, m, ind, style="t")
                sh.put(r, 6, "网格员采集" if ind != "floating_population" else "网格员采集/派出所比对")
                r += 1
    save("batch1/谈固街道网格化平台人口数据导出（2025年11—12月）.csv", [sh], "csv-gbk",
         ["street_file", "long_table", "csv_gbk_wps", "period_as_month_end_date",
          "full_names"], (2026, 1, 9, 14, 45))


def build(W):
    grid_export(W)
    party_feb(W)
    elderly_mar(W)
    platform_feb(W)
    monthly_apr(W)
    culture_q4(W)
    dibao_q1(W)
