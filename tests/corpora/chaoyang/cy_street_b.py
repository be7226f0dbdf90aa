"""Street-office files, 2026-01 … 2026-05 (7 files)."""
import random

from cy_grid import Sheet, header, miss, val, xz
from cy_names import nm, pct, yoy_text
from cy_world import CODES, SHORT
from cy_writers import save

B = "batch1/"


def s09_ledger_q1(W):
    sheets = []
    for k, m in enumerate(["2026-01", "2026-02", "2026-03"]):
        sh = Sheet(f"{k + 1}月")
        sh.merge(0, 0, 0, 10, "潘家园街道民生诉求办理台账")
        sh.put(1, 0, f"统计月份：{k + 1}月")
        sh.put(1, 6, "填报科室：接诉即办办公室")
        groups = [("受理诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"),
                  ("矛盾纠纷调解（起）", "disputes_mediated")]
        tree = [("序号", "seq"), ("社区", "name")] + [
            (g, [("本月", (ind, "m")), ("累计", (ind, "ytd")), ("同比", (ind, "yoy"))]) for g, ind in groups]
        leaves = header(sh, 2, 0, tree, 2)
        for i, code in enumerate(CODES):
            r = 4 + i
            for c, leaf in leaves:
                if leaf == "seq":
                    sh.put(r, c, i + 1)
                elif leaf == "name":
                    sh.put(r, c, nm(code, "jwh"))
                elif leaf[1] == "m":
                    val(sh, r, c, code, m, leaf[0])
                elif leaf[1] == "ytd":
                    sh.put(r, c, W.ytd(code, m, leaf[0]))
                else:
                    sh.put(r, c, yoy_text(W, code, m, leaf[0]))
        sh.put(21, 1, "合计")
        for c, leaf in leaves[2:]:
            if leaf[1] != "yoy":
                sh.put(21, c, sum(sh.cells[(4 + i, c)][0] for i in range(17)))
        sh.put(23, 0, f"注：受理诉求含12345市级、区级派单及社区自接诉求；累计为自2026年1月1日起累计。")
        sheets.append(sh)
    save(B + "潘家园街道2026年一季度民生诉求台账.xlsx", sheets, "openpyxl",
         ["street_rows", "xlsx_openpyxl", "sheet_per_month_yearless", "year_in_filename_only", "benyue_leiji_tongbi",
          "header_two_row_merged", "ytd_columns", "yoy_text", "names_jwh", "total_row"],
         (2026, 4, 3, 11, 45))


def s10_elderly_feb(W):
    m = "2026-02"
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 11, "潘家园街道2026年2月为老服务和社会救助工作统计")
    sh.row(1, 0, ["序号", "社区", "老年人健康体检", "走访慰问困难群众", "发放慰问品", "养老驿站助餐", "低保户数", "低保人数",
                  "低保金", "低收入家庭", "备注"])
    sh.row(2, 2, ["（人）", "（人）", "（件）", "（人次）", "（户）", "（人）", "（万元）", "（户）"])
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, nm(code, "sq"))
        val(sh, r, 2, code, m, "free_health_checks")
        val(sh, r, 3, code, m, "people_assisted")
        val(sh, r, 4, code, m, "goods_distributed")
        sh.put(r, 5, W.out(code, m, "助餐", 200, 1800))
        val(sh, r, 6, code, m, "dibao_households")
        val(sh, r, 7, code, m, "dibao_persons")
        val(sh, r, 8, code, m, "dibao_payout_yuan", div=10000)
        sh.put(r, 9, W.out(code, m, "低收入", 0, 6))
        if i in (2, 9):
            sh.put(r, 10, "春节前（2月10日—16日）集中走访慰问")
    sh.put(20, 1, "合计")
    for c in range(2, 10):
        sh.put(20, c, round(sum(sh.cells[(3 + i, c)][0] for i in range(17)), 2))
    sh.put(22, 0, "民生保障办　2026年3月4日")
    save(B + "潘家园街道2026年2月为老服务和社会救助统计.ods", [sh], "odfpy",
         ["street_rows", "ods_odfpy", "title_month_full", "header_units_second_row", "values_wan_units_row",
          "zhucan_outside", "dibao_in_two_columns", "notes_dates", "total_row", "footer_date_trap"],
         (2026, 3, 4, 9, 50))


CATS = ["物业管理", "市容环卫", "供暖", "噪声扰民", "房屋修缮", "交通停车", "公共服务", "其他"]


def _split(r, total, n):
    w = [r.uniform(1, 5) for _ in range(n)]
    parts = [int(total * x / sum(w)) for x in w]
    for _ in range(total - sum(parts)):
        parts[r.randrange(n)] += 1
    return parts


def s11_export(W):
    r0 = random.Random(11)
    sh = Sheet("工单分类统计")
    sh.put(0, 0, "接诉即办工单分类统计")
    sh.put(1, 0, "统计条件：派单时间 2026-03-01 00:00:00 至 2026-04-30 23:59:59；所属街乡：潘家园街道；导出时间：2026-05-06 09:32:15")
    tree = [("序号", 0), ("街乡", 0), ("社区", 0), ("月份", 0), ("诉求类别", 0),
            ("派单量", [("市级派单", 0), ("区级派单", 0), ("合计", 0)]), ("响应量", 0), ("解决量", 0), ("满意量", 0),
            ("响应率", 0), ("解决率", 0), ("满意率", 0)]
    header(sh, 2, 0, tree, 2)
    r, seq = 4, 0
    for code in CODES:
        for m in ("2026-03", "2026-04"):
            recv, solv = W.v[(code, m, "petitions_received")], W.v[(code, m, "petitions_resolved")]
            pool = [c for c in CATS if c != "供暖"]
            cats = r0.sample(pool, r0.randint(3, 5)) + (["供暖"] if m == "2026-03" else [])
            cats = [c for c in CATS if c in cats]
            counts = _split(r0, recv, len(cats))
            solved = counts[:]
            for _ in range(recv - solv):
                j = r0.choice([j for j in range(len(cats)) if solved[j] > 0])
                solved[j] -= 1
            tot_city = tot_resp = tot_sat = 0
            for cat, n, s in zip(cats, counts, solved):
                seq += 1
                city = r0.randint(0, n)
                resp = n - (1 if n > 3 and r0.random() < 0.2 else 0)
                sat = max(0, s - r0.choice([0, 0, 1]))
                tot_city, tot_resp, tot_sat = tot_city + city, tot_resp + resp, tot_sat + sat
                sh.row(r, 0, [seq, "潘家园街道", nm(code, "reg"), m, cat, city, n - city, n, resp, s, sat,
                              pct(resp / n) if n else "—", pct(s / n) if n else "—", pct(sat / n) if n else "—"])
                r += 1
            sh.row(r, 1, ["潘家园街道", nm(code, "reg"), m, "小计", tot_city, recv - tot_city])
            val(sh, r, 7, code, m, "petitions_received")
            sh.put(r, 8, tot_resp)
            val(sh, r, 9, code, m, "petitions_resolved")
            sh.row(r, 10, [tot_sat, pct(tot_resp / recv), pct(solv / recv), pct(tot_sat / recv)])
            r += 1
    sh.row(r, 1, ["潘家园街道", "总计"])
    sh.widths = {1: 12, 2: 30, 4: 10}
    save(B + "接诉即办工单分类统计（2026年3-4月）.xlsx", [sh], "xlsxwriter",
         ["street_long", "xlsx_xlsxwriter", "system_export", "one_row_per_category", "community_month_subtotal_rows",
          "city_district_dispatch_subcolumns", "month_text_iso", "two_months_in_rows", "names_reg",
          "export_time_trap", "derived_rates_text", "title_month_span"],
         (2026, 5, 6, 9, 40))


def s12_jobs_mar(W):
    m = "2026-03"
    sh = Sheet("csv")
    sh.put(0, 0, "潘家园街道社会保障事务所 就业数据（2026年3月）")
    sh.row(1, 0, ["序号", "社区居委会", "新开发就业岗位(个)", "其中公益性岗位(个)", "促进就业(人)", "就业困难人员帮扶就业(人)",
                  "城镇登记失业人员(人)", "零就业家庭(户)", "职业技能培训(场)", "创业担保贷款(元)"])
    for i, code in enumerate(CODES):
        r = 2 + i
        sh.put(r, 0, str(i + 1))
        sh.put(r, 1, "武胜西里社区居委会" if SHORT[code] == "武圣西里" else nm(code, "jwh"))
        val(sh, r, 2, code, m, "jobs_created", "about" if i == 2 else "yu" if i == 4 else "t")
        val(sh, r, 3, code, m, "public_welfare_jobs", "t")
        val(sh, r, 4, code, m, "people_employed", "t")
        sh.put(r, 5, str(min(W.v[(code, m, "people_employed")], W.out(code, m, "困难帮扶", 0, 3))))
        sh.put(r, 6, str(W.out(code, m, "失业", 15, 95)))
        val(sh, r, 7, code, m, "zero_employment_households", "wu")
        if i in (6, 13):
            miss(sh, r, 8, code, m, "training_sessions", "—")
        else:
            val(sh, r, 8, code, m, "training_sessions", "t")
        val(sh, r, 9, code, m, "micro_loans_yuan", "wan_n")
    sh.put(20, 0, "制表：社保所　审核：周敏　2026年4月7日")
    save(B + "就业数据（2026年3月）.csv", [sh], "csv-gbk",
         ["street_rows", "csv_gbk", "title_month_paren", "values_approx", "values_wu", "values_wan_in_yuan_column",
          "missing_dash", "names_jwh", "names_homophone", "kunnan_outside", "shiye_outside", "footer_date_trap"],
         (2026, 4, 7, 16, 20))


def s13_vol_apr(W):
    m = "2026-04"
    sh = Sheet("csv")
    sh.put(0, 0, "潘家园街道志愿服务统计（2026年4月）")
    sh.put(1, 0, "数据来源：“志愿北京”平台导出，截至2026年4月30日")
    sh.row(2, 0, ["社区", "注册志愿者（人）", "本月新增注册（人）", "志愿服务（人次）", "志愿服务时长（小时）", "志愿服务队伍（支）"])
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.put(r, 0, nm(code, "sq"))
        val(sh, r, 1, code, m, "volunteers", "c")
        sh.put(r, 2, str(W.v[(code, m, "volunteers")] - W.v[(code, "2026-03", "volunteers")]))
        val(sh, r, 3, code, m, "volunteer_person_times", "c")
        sh.put(r, 4, f"{W.out(code, m, '时长', 400, 3500):,}")
        sh.put(r, 5, str(W.out(code, m, "队伍", 2, 9)))
    save(B + "潘家园街道志愿服务统计2026年4月.csv", [sh], "csv-utf8bom",
         ["street_rows", "csv_utf8_bom", "title_month_paren", "zhiyuan_beijing", "values_thousands_text",
          "xinzeng_outside", "hours_outside", "source_line_date_trap", "copied_first_version"],
         (2026, 5, 8, 10, 0))


def s14_party_safety_apr(W):
    m = "2026-04"
    a = Sheet("党建")
    a.merge(0, 0, 0, 5, "潘家园街道2026年4月党建工作情况")
    a.row(1, 0, ["序号", "社区", "在册党员（名）", "在职党员回社区报到（人）", "党员结对帮扶（对）", "备注"])
    for i, code in enumerate(CODES):
        r = 2 + i
        a.put(r, 0, i + 1)
        a.put(r, 1, nm(code, "sq"))
        val(a, r, 2, code, m, "party_members")
        a.put(r, 3, W.out(code, m, "在职报到", 40, 260))
        if i in (3, 10, 15):
            xz(a, r, 4, code, m, "pairings", W.v[(code, m, "pairings")] - W.v[(code, "2026-03", "pairings")] + 2)
        else:
            val(a, r, 4, code, m, "pairings")
        if i == 7:
            a.put(r, 5, "4月转入党员2名、转出1名")
    a.put(20, 0, "党群工作办　2026年5月7日")
    b = Sheet("平安")
    b.merge(0, 0, 0, 5, "潘家园街道2026年4月平安建设情况")
    b.row(1, 0, ["序号", "社区", "治安巡逻（“朝阳群众”）（人）", "平安信息员（人）", "治安案件（起）", "“吹哨报到”（次）"])
    for i, code in enumerate(CODES):
        r = 2 + i
        b.put(r, 0, i + 1)
        b.put(r, 1, nm(code, "sq"))
        val(b, r, 2, code, m, "patrol_members")
        val(b, r, 3, code, m, "informants")
        val(b, r, 4, code, m, "security_cases", "wu")
        b.put(r, 5, W.out(code, m, "哨", 0, 3))
    b.put(20, 0, "平安建设办　2026年5月7日")
    save(B + "潘家园街道2026年4月党建和平安工作情况.xls", [a, b], "xlwt",
         ["street_rows", "xls_xlwt", "two_sheets_by_theme", "title_month_full", "values_with_new_part",
          "zaizhi_dangyuan_outside", "chaoyang_qunzhong", "chuishao_baodao_outside", "wu_zero", "notes_column",
          "footer_date_trap"],
         (2026, 5, 7, 15, 30))


def s15_summary_may(W):
    m = "2026-05"
    sh = Sheet("csv")
    cols = [("社区名称", None), ("常住户数", "households"), ("常住人口", "residents"), ("来京人员", "floating_population"),
            ("实有人口", "x_shiyou"), ("社区工作者", "staff"), ("党员", "party_members"), ("注册志愿者", "volunteers"),
            ("志愿服务人次", "volunteer_person_times"), ("文体活动场次", "cultural_activities"),
            ("宣讲活动次数", "lectures_held"), ("老年人体检人数", "free_health_checks"),
            ("接诉即办派单量", "petitions_received"), ("接诉即办解决量", "petitions_resolved"),
            ("垃圾分类桶前值守人次", "x_laji")]
    sh.row(0, 0, [c[0] for c in cols])
    for i, code in enumerate(CODES):
        r = 1 + i
        sh.put(r, 0, nm(code, "bj"))
        for j, (_, ind) in enumerate(cols[1:], 1):
            if ind == "x_shiyou":
                sh.put(r, j, str(W.v[(code, m, "residents")] + W.out(code, m, "实有", 150, 900)))
            elif ind == "x_laji":
                sh.put(r, j, str(W.out(code, m, "桶前", 120, 900)))
            elif (i, ind) == (5, "lectures_held"):
                miss(sh, r, j, code, m, ind, "")
            elif (i, ind) == (12, "free_health_checks"):
                miss(sh, r, j, code, m, ind, "未统计")
            else:
                val(sh, r, j, code, m, ind, "t")
    save(B + "2026年5月社区工作数据汇总.csv", [sh], "csv-utf8",
         ["street_rows", "csv_utf8", "no_title_header_first", "period_in_filename_only", "names_bj_prefix",
          "shiyou_outside", "laji_fenlei_outside", "missing_blank", "missing_weitongji", "numbers_as_text"],
         (2026, 6, 5, 9, 15))


def build(W):
    for f in (s09_ledger_q1, s10_elderly_feb, s11_export, s12_jobs_mar, s13_vol_apr, s14_party_safety_apr,
              s15_summary_may):
        f(W)
