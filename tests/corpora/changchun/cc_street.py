"""The street office's files (batch1): 长通街道 社区建设办 / 综治中心 / 劳动保障事务所 / 民政办 / 平安办 / 党建办 / 文化站 / 区网格平台."""
from cc_grid import Formula, Sheet, val
import cc_grid
from cc_util import down, footer, full, junk, short, with_secretary
from cc_world import CODES
from cc_writers import save

B = "batch1/"


def basics_oct():
    sh = Sheet("基本情况")
    sh.merge(0, 0, 0, 8, "长通街道2025年10月各社区基本情况统计表")
    sh.put(1, 0, "填报单位：长通街道社区建设办公室（盖章）")
    sh.put(1, 6, "统计时点：2025年10月31日")
    cols = [("常住户数（户）", "households", "n"), ("常住人口（人）", "residents", "n"),
            ("流动人口（人）", "floating_population", "n"), ("社区工作者（人）", "staff", "n"),
            ("楼院数（个）", None, "lou", 80), ("物业服务小区（个）", None, "wy", 12), ("弃管楼（栋）", None, "qg", 20)]
    r = down(sh, 2, "2025-10", cols, namer=with_secretary, village=True)
    sh.put(r, 0, "注：1.东安村委会由街道农经站另行统计，本表不填（“/”）。2.社区名称后括号内为社区党委书记姓名。")
    sh.put(r + 1, 0, "3.弃管楼指无物业管理的老旧楼栋，已纳入“红色物业”托管。")
    footer(sh, r + 2, "孙丽", "周建国", "2025年11月3日")
    sh.widths[1] = 30
    save(B + "长通街道2025年10月各社区基本情况统计表.xlsx", [sh], "openpyxl",
         ["street_file", "secretary_in_name_cell", "village_row_slash", "outside_columns", "total_row"], (2025, 11, 3, 10, 0))


def petitions_oct():
    sh = Sheet("诉求")
    sh.merge(0, 0, 0, 7, "长通街道2025年10月民情诉求办理情况统计表")
    sh.put(1, 0, "统计周期：2025年9月26日—10月25日（供热开栓后诉求单列）")
    sh.merge(2, 0, 3, 0, "序号")
    sh.merge(2, 1, 3, 1, "社区")
    sh.merge(2, 2, 2, 5, "受理群众诉求（件）")
    for j, h in enumerate(["合计", "其中：12345热线", "其中：“吉事办”留言", "其中：供热诉求"]):
        sh.put(3, 2 + j, h)
    sh.merge(2, 6, 3, 6, "已办结（件）")
    sh.merge(2, 7, 3, 7, "调处矛盾纠纷（起）")
    r = 4
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, full(code))
        val(sh, r, 2, code, "2025-10", "petitions_received")
        sh.put(r, 3, junk(code, "12345", lo=6, hi=12))
        sh.put(r, 4, junk(code, "jsb", lo=1, hi=5))
        sh.put(r, 5, junk(code, "gr", lo=4, hi=9))
        val(sh, r, 6, code, "2025-10", "petitions_resolved")
        val(sh, r, 7, code, "2025-10", "disputes_mediated")
        r += 1
    sh.put(r, 1, "合计")
    sh.put(r, 2, sum(cc_grid.W.v[(c, "2025-10", "petitions_received")] for c in CODES))
    sh.put(r + 1, 0, "说明：供热诉求主要为暖气不热、跑冒滴漏，已转长春市供热集团及各换热站处理；“吉事办”为省政务服务APP。")
    footer(sh, r + 2, "高明", "刘洋", "2025.10.28")
    save(B + "长通街道2025年10月民情诉求办理情况.xls", [sh], "xlwt",
         ["street_file", "two_row_header", "received_with_parts", "stat_cycle_26_to_25", "jishiban_part"], (2025, 10, 28, 16, 0))


def jobs_nov():
    sh = Sheet("x")
    sh.put(0, 0, "长通街道2025年11月就业创业工作统计表")
    sh.put(1, 0, "报送单位：长通街道劳动保障事务所")
    sh.put(1, 6, "贷款单位：万元")
    cols = [("新增就业岗位（个）", "jobs_created", "n"), ("其中公益性岗位（个）", "public_welfare_jobs", "n"),
            ("实现就业（人）", "people_employed", "n"), ("零就业家庭（户）", "zero_employment_households", "n"),
            ("创业担保贷款", "micro_loans_yuan", "t", 10000), ("技能培训（场）", "training_sessions", "n")]
    r = down(sh, 2, "2025-11", cols, seq=False)
    sh.put(r, 0, "备注：公益性岗位含冬季清雪保洁岗；技能培训为“长春工匠”家政、育婴师班。")
    footer(sh, r + 1, "于海燕", "周建国", "2025年12月1日")
    save(B + "长通街道2025年11月就业创业工作统计表.csv", [sh], "csv-gbk",
         ["street_file", "gbk_wps_padded", "wan_yuan_line_right", "total_row"], (2025, 12, 1, 9, 30))


def minzheng_dec(sheet_name="民政", comms=CODES, rel=B + "长通街道2025年12月民政工作月报表.xlsx", sent=(2026, 1, 4, 14, 0),
                 note=None):
    sh = Sheet(sheet_name)
    sh.merge(0, 0, 0, 7, "长通街道2025年12月民政工作月报表" + ("（更正）" if note else ""))
    sh.put(1, 0, "金额单位：元")
    heads = ["社区", "低保户数", "低保人数", "低保金发放", "冬季取暖补贴（元）", "临时救助（人次）", "零就业家庭（户）"]
    sh.row(2, 0, heads)
    r = 3
    for code in comms:
        sh.put(r, 0, full(code))
        val(sh, r, 1, code, "2025-12", "dibao_households")
        val(sh, r, 2, code, "2025-12", "dibao_persons")
        val(sh, r, 3, code, "2025-12", "dibao_payout_yuan", fmt="#,##0.00")
        sh.put(r, 4, junk(code, "qn", lo=20, hi=40) * 500, "#,##0.00")
        sh.put(r, 5, junk(code, "ls", lo=0, hi=6))
        val(sh, r, 6, code, "2025-12", "zero_employment_households")
        r += 1
    if not note:
        sh.put(r, 0, "合计")
        for c in (1, 2, 3, 4, 5, 6):
            col = "ABCDEFG"[c]
            total = sum((sh.cells[(k, c)][0].cached if isinstance(sh.cells[(k, c)][0], Formula) else sh.cells[(k, c)][0])
                        for k in range(3, r))
            sh.put(r, c, Formula(f"SUM({col}4:{col}{r})", total), "#,##0.00" if c in (3, 4) else None)
        r += 1
    sh.put(r, 0, note or "说明：取暖补贴按每户每采暖期一次性发放，不计入低保金。")
    footer(sh, r + 1, "韩雪", "周建国", "2026年1月4日" if not note else "2026年1月12日")
    save(rel, [sh], "xlsxwriter", ["street_file", "sum_formula_total_row", "outside_columns", "amount_fmt"]
         + (["correction_partial"] if note else []), sent)


def safety_jan():
    sh = Sheet("平安建设")
    sh.merge(0, 0, 0, 6, "长通街道2026年1月平安建设工作情况")
    sh.put(1, 0, "社区")
    sh.row(1, 1, ["治安巡逻队员", "平安信息员", "治安案件", "调解纠纷", "清雪除冰安全巡查（次）"])
    sh.put(2, 1, "（人）")
    sh.put(2, 2, "（人）")
    sh.put(2, 3, "（起）")
    sh.put(2, 4, "（起）")
    r = 3
    for code in CODES:
        sh.put(r, 0, short(code))
        val(sh, r, 1, code, "2026-01", "patrol_members")
        val(sh, r, 2, code, "2026-01", "informants")
        val(sh, r, 3, code, "2026-01", "security_cases", "cn")
        val(sh, r, 4, code, "2026-01", "disputes_mediated", "cn" if code != CODES[3] else "gong", unit="起" if code == CODES[3] else "")
        sh.put(r, 5, junk(code, "qx", lo=8, hi=30))
        r += 1
    sh.put(r, 0, "注：治安案件以南关分局长通派出所通报为准，“无”即本月未发生。")
    footer(sh, r + 1, "杨帆", "刘洋", "2026.2.2")
    save(B + "长通街道2026年1月平安建设工作情况.ods", [sh], "odfpy",
         ["street_file", "unit_row_under_header", "cn_numerals", "gongji_prefix", "outside_columns"], (2026, 2, 2, 10, 0))


def festival_feb():
    """Sent in February, holds January's figures: the title says 「（2026年1月数据）」."""
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 5, "长通街道2026年2月报送 春节前走访慰问及为老服务统计表（数据月份：2026年1月）")
    cols = [("免费健康体检（人）", "free_health_checks", "n"), ("走访慰问困难群众（人）", "people_assisted", "n"),
            ("发放米面油等慰问品（件）", "goods_distributed", "n"), ("慰问金（元）", None, "wwj", 90)]
    r = down(sh, 1, "2026-01", cols, namer=full)
    sh.put(r, 0, "说明：本表于2月3日报送，统计的是1月1日至1月31日的数据；2月数据随2月月报另报。")
    footer(sh, r + 1, "韩雪", "周建国", "2026年2月3日")
    save(B + "长通街道2026年2月报送春节走访慰问统计表.xlsx", [sh], "openpyxl",
         ["street_file", "data_month_differs_from_send_month", "total_row", "outside_columns"], (2026, 2, 3, 11, 0))


def party_mar():
    sh = Sheet("党建")
    sh.merge(0, 0, 0, 6, "长通街道2026年3月党建引领基层治理统计表")
    cols = [("党员（名）", "party_members", "n"), ("结对帮扶（对）", "pairings", "n"),
            ("注册志愿者（人）", "volunteers", "n"), ("志愿服务（人次）", "volunteer_person_times", "n"),
            ("志愿服务时长（小时）", None, "sc", 900)]
    r = down(sh, 1, "2026-03", cols, namer=lambda c: f"{short(c)}社区党委（书记：{with_secretary(c).split('：')[1]}")
    sh.put(r, 0, "备注：3月“学雷锋”志愿服务月，含清理积雪、冰雪融化后环境整治。")
    footer(sh, r + 1, "吴迪", "周建国", "2026年4月1日")
    save(B + "长通街道2026年3月党建引领基层治理统计表.xlsx", [sh], "openpyxl",
         ["street_file", "party_org_names_with_secretary", "total_row", "outside_columns"], (2026, 4, 1, 9, 0))


def culture_six():
    sh = Sheet("文化活动")
    months = ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
    sh.merge(0, 0, 0, 8, "长通街道综合文化站 2025年10月至2026年3月各社区文化活动开展情况（场）")
    sh.put(1, 0, "社区")
    for j, m in enumerate(months):
        sh.put(1, 1 + j, f"{m[2:4]}年{int(m[5:])}月")
    sh.put(1, 7, "合计")
    sh.put(1, 8, "其中冰雪活动")
    r = 2
    for code in CODES:
        sh.put(r, 0, full(code))
        for j, m in enumerate(months):
            val(sh, r, 1 + j, code, m, "cultural_activities")
        sh.put(r, 7, sum(cc_grid.W.v[(code, m, "cultural_activities")] for m in months))
        sh.put(r, 8, junk(code, "bx", lo=1, hi=4))
        r += 1
    sh.put(r, 0, "注：月份栏“25年10月”即2025年10月；冰雪活动含冰雪嘉年华、雪雕、冰上趣味运动会，已含在各月场次内。")
    footer(sh, r + 1, "李娜", "吴迪", "2026年4月2日")
    save(B + "长通街道2025年10月至2026年3月文化活动统计.xlsx", [sh], "openpyxl",
         ["street_file", "months_across_two_digit_year", "total_column", "part_column"], (2026, 4, 2, 15, 0))


def basics_apr():
    sh = Sheet("四月")
    sh.merge(0, 0, 0, 6, "长通街道各社区基本情况（2026年4月）")
    cols = [("户数", "households", "t"), ("人口", "residents", "t"), ("流动人口", "floating_population", "t"),
            ("社工人数", "staff", "n"), ("网格数", None, "wg", 20)]
    r = down(sh, 1, "2026-04", cols, namer=full, total=None)
    sh.put(r, 0, "单位：户、人、人、人、个")
    footer(sh, r + 1, "孙丽", "周建国", "2026年4月29日")
    save(B + "长通街道2026年4月各社区基本情况.et", [sh], "xlwt-et",
         ["street_file", "units_in_a_footer_line", "numbers_as_text", "outside_columns"], (2026, 4, 29, 16, 0))


def platform_mar():
    """The 南关区 网格化服务管理平台's long export: counts as text 「23.0」, a 街道合计 row per indicator."""
    sh = Sheet("x")
    sh.row(0, 0, ["所属区", "所属街道", "社区名称", "统计月份", "指标", "数值", "数据来源"])
    inds = [("诉求受理量", "petitions_received"), ("诉求办结量", "petitions_resolved"),
            ("矛盾纠纷调处量", "disputes_mediated"), ("治安案件数", "security_cases"), ("流动人口数", "floating_population")]
    r = 1
    for label, ind in inds:
        for code in CODES:
            sh.row(r, 0, ["南关区", "长通街道", full(code), "202603", label])
            val(sh, r, 5, code, "2026-03", ind, "d0")
            sh.put(r, 6, "网格员上报")
            r += 1
        sh.row(r, 0, ["南关区", "长通街道", "长通街道合计", "202603", label,
                      f"{sum(cc_grid.W.v[(c, '2026-03', ind)] for c in CODES)}.0", "系统汇总"])
        r += 1
    save(B + "南关区网格化平台导出_长通街道_202603.csv", [sh], "csv-utf8bom",
         ["platform_export", "long_format", "dot_zero_text_counts", "street_total_rows", "yyyymm_period"], (2026, 4, 3, 8, 40))


def jobs_apr():
    sh = Sheet("x")
    sh.put(0, 0, "长通街道2026年4月就业工作月报（春风行动）")
    sh.row(1, 0, ["社区", "新增岗位", "公益性岗位", "实现就业", "职业培训", "招聘会（场）"])
    r = 2
    for i, code in enumerate(CODES):
        sh.put(r, 0, short(code))
        st = "gong" if i % 3 == 0 else ("ji" if i % 3 == 1 else "t")
        val(sh, r, 1, code, "2026-04", "jobs_created", st, unit="个" if st != "t" else "")
        val(sh, r, 2, code, "2026-04", "public_welfare_jobs", "t")
        val(sh, r, 3, code, "2026-04", "people_employed", st, unit="人" if st != "t" else "")
        val(sh, r, 4, code, "2026-04", "training_sessions", "t")
        sh.put(r, 5, str(junk(code, "zph", lo=0, hi=2)))
        r += 1
    sh.put(r, 0, "备注：春风行动专场招聘会在长通路人力资源市场举办。")
    save(B + "长通街道2026年4月就业工作月报.csv", [sh], "csv-utf8",
         ["street_file", "utf8_no_bom", "gongji_prefix", "outside_columns"], (2026, 4, 30, 17, 0))


def build(W):
    basics_oct()
    petitions_oct()
    jobs_nov()
    minzheng_dec()
    safety_jan()
    festival_feb()
    party_mar()
    culture_six()
    basics_apr()
    platform_mar()
    jobs_apr()
    practice_q4()


def practice_q4():
    """新时代文明实践所: 宣讲 and 志愿服务 by month of 2025-Q4, with a 四季度合计 (quarter_truth); 东大's 11月 宣讲 未报."""
    from cc_grid import miss, qval
    sh = Sheet("四季度")
    sh.merge(0, 0, 0, 8, "长通街道新时代文明实践所2025年第四季度理论宣讲及志愿服务统计")
    sh.merge(1, 0, 2, 0, "社区")
    sh.merge(1, 1, 1, 4, "理论宣讲（次）")
    sh.merge(1, 5, 1, 8, "志愿服务（人次）")
    for j, h in enumerate(["10月", "11月", "12月", "四季度合计"] * 2):
        sh.put(2, 1 + j, h)
    months = ["2025-10", "2025-11", "2025-12"]
    r = 3
    for code in CODES:
        sh.put(r, 0, full(code))
        for k, ind in enumerate(("lectures_held", "volunteer_person_times")):
            for j, m in enumerate(months):
                if code == CODES[2] and ind == "lectures_held" and m == "2025-11":
                    miss(sh, r, 1 + 4 * k + j, code, m, ind, "未报")
                else:
                    val(sh, r, 1 + 4 * k + j, code, m, ind)
            if code == CODES[2] and ind == "lectures_held":
                sh.put(r, 4 + 4 * k, "—")
            else:
                qval(sh, r, 4 + 4 * k, code, "2025-Q4", ind)
        r += 1
    sh.put(r, 0, "注：东大社区11月宣讲数据未报，季度合计暂不统计；12月志愿服务含清雪志愿活动。")
    footer(sh, r + 1, "李娜", "吴迪", "2026年1月6日")
    save(B + "长通街道2025年第四季度理论宣讲及志愿服务统计.ods", [sh], "odfpy",
         ["street_file", "months_across_with_quarter_total", "two_row_header", "weibao_cell"], (2026, 1, 6, 10, 0))
