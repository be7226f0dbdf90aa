"""Street-office files (1): 社区建设办 基本情况 (七月), 综治中心 8月 民生诉求通报, 社会保障服务所 9月 就业 (.et), 社会事务办
10月 低保金发放汇总 (小写 and 大写; corrected in batch2), 新时代文明实践所 三季度 (quarter-only 宣讲, a joint row of two
communities), 平安办 11月 (.ods, transposed, 江中 / 师大 short names)."""
from nc_grid import Formula, Sheet, header, miss, qval, val
from nc_world import BY_SHORT, COMMS, NAME, REG, SHIDA, full
from nc_writers import save

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮"
CODES = [c for _, c, _, _ in COMMS]
SHEQU = [c for c in CODES if c != SHIDA]          # the 13 社区; the 家委会 comes last in most street tables
ORDER = SHEQU + [SHIDA]


def short(code):
    return "师大家委会" if code == SHIDA else NAME[code]


def jiben(W):
    """2025-07 社区基本情况: registry names, circled 序号, the 家委会 under its own section row, parts outside."""
    m = "2025-07"
    sh = Sheet("基本情况")
    sh.merge(0, 0, 0, 9, "彭家桥街道社区基本情况统计表（七月）")
    sh.row(1, 0, ["序号", "社区名称", "户数\n（户）", "常住人口\n（人）", "其中：60岁\n以上（人）", "流动人口\n（人）",
                  "社区工作者\n（人）", "其中：专职\n网格员（人）", "在册党员\n（人）", "住宅小区\n（个）"])
    r = 2
    tot = [0] * 4
    for i, code in enumerate(ORDER):
        if code == SHIDA:
            sh.merge(r, 0, r, 9, "家属委员会")
            r += 1
        sh.row(r, 0, [CIRCLED[i], REG[code]])
        val(sh, r, 2, code, m, "households", fmt="#,##0")
        val(sh, r, 3, code, m, "residents", fmt="#,##0")
        sh.put(r, 4, int(W.v[(code, m, "residents")] * (0.19 + (i % 5) / 100)), "#,##0")
        val(sh, r, 5, code, m, "floating_population", fmt="#,##0")
        val(sh, r, 6, code, m, "staff")
        sh.put(r, 7, min(3 + i % 4, W.v[(code, m, 'staff')] - 3))
        val(sh, r, 8, code, m, "party_members")
        sh.put(r, 9, 4 + (i * 5) % 9)
        for j, ind in enumerate(("households", "residents", "floating_population", "staff")):
            tot[j] += W.v[(code, m, ind)]
        r += 1
    sh.row(r, 1, ["合计", tot[0], tot[1], None, tot[2], tot[3]], fmt="#,##0")
    sh.put(r + 2, 0, "说明：家属委员会为江西师范大学家属区居民自治组织，数据一并统计；流动人口以公安“一标三实”采集为准。")
    sh.put(r + 3, 0, "填报：彭家桥街道社区建设办　　审核：　　　　2025年8月6日")
    sh.widths.update({1: 24})
    return sh


def susu(W):
    """2025-08 民生诉求办理情况通报: 全街道 first, communities sorted by 办结率 with a 排名 column, four channels that add
    up to the total, 满意率 (outside), 调处矛盾纠纷."""
    m = "2025-08"
    sh = Sheet("8月通报")
    sh.merge(0, 0, 0, 11, "彭家桥街道2025年8月民生诉求办理情况通报")
    sh.merge(1, 0, 1, 11, "通报范围：2025年8月1日—8月31日　　数据来源：东湖区社会治理综合平台")
    sh.row(2, 0, ["排名", "社区", "受理总量\n（件）", "12345热线", "赣服通", "网格巡查\n发现", "来电来访", "办结\n（件）",
                  "办结率", "满意率", "调处矛盾\n纠纷（起）", "备注"])
    rows = []
    for code in ORDER:
        rec, res = W.v[(code, m, "petitions_received")], W.v[(code, m, "petitions_resolved")]
        rows.append((-res / rec, code))
    rows.sort()
    tr = sum(W.v[(c, m, "petitions_received")] for c in CODES)
    ts = sum(W.v[(c, m, "petitions_resolved")] for c in CODES)
    a = [0, 0, 0]
    r0 = 4
    for i, (_, code) in enumerate(rows):
        r = r0 + i
        rec = W.v[(code, m, "petitions_received")]
        p = [rec * 4 // 10, rec // 6, rec // 4]
        p.append(rec - sum(p))
        sh.row(r, 0, [i + 1, short(code)])
        val(sh, r, 2, code, m, "petitions_received")
        sh.row(r, 3, p)
        val(sh, r, 7, code, m, "petitions_resolved")
        sh.put(r, 8, f"{W.v[(code, m, 'petitions_resolved')] / rec * 100:.1f}%")
        sh.put(r, 9, f"{96 + (i * 7) % 40 / 10:.1f}%")
        val(sh, r, 10, code, m, "disputes_mediated")
        if code == BY_SHORT["湖滨南路"]:
            sh.put(r, 11, "含停水诉求9件（供水管网抢修）")
        for k in range(3):
            a[k] += p[k]
    sh.row(3, 0, ["", "全街道", tr] + a + [tr - sum(a), ts, f"{ts / tr * 100:.1f}%", "",
                                             sum(W.v[(c, m, "disputes_mediated")] for c in CODES)])
    r = r0 + len(rows) + 1
    sh.put(r, 0, "注：8月持续高温，停水停电、空调外机噪音、高空抛物类诉求集中；排名按办结率。")
    sh.put(r + 1, 0, "彭家桥街道综治中心（网格化服务管理中心）　　2025年9月3日　　联系电话：0791-86xxxx52")
    return sh


LOAN_FMT = '_ * #,##0.0_ ;_ * -#,##0.0_ ;_ * "-"_ ;_ @_ '


def jiuye(W):
    """2025-09 就业和社会保障 (.et): 本月 | 本年累计 under each flow; 万元 in an accounting format (0 shows 「-」)."""
    m = "2025-09"
    sh = Sheet("9月")
    sh.merge(0, 0, 0, 12, "彭家桥街道2025年9月就业和社会保障工作统计表")
    sh.merge(1, 0, 1, 6, "填报单位：彭家桥街道社会保障服务所")
    sh.merge(1, 9, 1, 12, "金额单位：万元")
    tree = [("社区", "name"),
            ("新增就业岗位（个）", [("本月", ("jobs_created", "m")), ("本年累计", ("jobs_created", "y"))]),
            ("其中：公益性岗位（个）", [("本月", ("public_welfare_jobs", "m")), ("本年累计", ("public_welfare_jobs", "y"))]),
            ("实现就业（人）", [("本月", ("people_employed", "m")), ("本年累计", ("people_employed", "y"))]),
            ("零就业家庭（户）", [("月末", ("zero_employment_households", "m"))]),
            ("创业担保贷款（万元）", [("本月", ("micro_loans_yuan", "m")), ("本年累计", ("micro_loans_yuan", "y"))]),
            ("职业技能培训（场次）", [("本月", ("training_sessions", "m")), ("本年累计", ("training_sessions", "y"))])]
    leaves = header(sh, 2, 0, tree, 2)
    for i, code in enumerate(ORDER):
        r = 4 + i
        for c, leaf in leaves:
            if leaf == "name":
                sh.put(r, c, full(code))
                continue
            ind, kind = leaf
            div = 10000 if ind == "micro_loans_yuan" else 1
            fmt = LOAN_FMT if div != 1 else None
            if kind == "m":
                val(sh, r, c, code, m, ind, div=div, fmt=fmt)
            else:
                y = W.ytd(code, m, ind)
                sh.put(r, c, y / div if div != 1 else y, fmt)
    r = 4 + len(ORDER)
    sh.put(r, 0, "合计")
    for c, leaf in leaves:
        if leaf != "name":
            ind, kind = leaf
            s = sum(W.v[(x, m, ind)] if kind == "m" else W.ytd(x, m, ind) for x in CODES)
            sh.put(r, c, s / 10000 if ind == "micro_loans_yuan" else s, LOAN_FMT if ind == "micro_loans_yuan" else None)
    sh.put(r + 2, 0, "说明：9月为“金秋招聘月”，9月12日在街道便民服务中心举办“家门口”招聘会；高校毕业生就业见习另报。")
    sh.put(r + 3, 0, "制表：社保所　　　审核：　　　　2025年10月9日")
    return sh


def dibao(W, batch_note=None):
    """2025-10 城市低保金发放汇总: 小写 with #,##0.00 and the same amount in 人民币大写 beside it; a 合计 row."""
    m = "2025-10"
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 6, "彭家桥街道2025年10月城市低保金发放汇总表" + ("（修正版）" if batch_note else ""))
    r = 1
    if batch_note:
        sh.merge(1, 0, 1, 6, batch_note)
        r = 2
    sh.merge(r, 0, r, 3, "经办科室：社会事务办（民政）")
    sh.merge(r, 4, r, 6, "发放时间：2025年10月20日")
    h = r + 1
    sh.merge(h, 0, h + 1, 0, "序号")
    sh.merge(h, 1, h + 1, 1, "社区（家委会）")
    sh.merge(h, 2, h + 1, 2, "保障户数\n（户）")
    sh.merge(h, 3, h + 1, 3, "保障人数\n（人）")
    sh.merge(h, 4, h, 5, "发放金额")
    sh.row(h + 1, 4, ["小写（元）", "大写"])
    sh.merge(h, 6, h + 1, 6, "备注")
    tot = [0, 0, 0]
    for i, code in enumerate(ORDER):
        r = h + 2 + i
        sh.row(r, 0, [i + 1, full(code)])
        val(sh, r, 2, code, m, "dibao_households")
        val(sh, r, 3, code, m, "dibao_persons")
        val(sh, r, 4, code, m, "dibao_payout_yuan", fmt="#,##0.00")
        sh.put(r, 5, _dx(sh.cells[(r, 4)][0]))
        for j, ind in enumerate(("dibao_households", "dibao_persons", "dibao_payout_yuan")):
            tot[j] += sh.cells[(r, 2 + j)][0]
        if code == BY_SHORT["光明"]:
            sh.put(r, 6, "含分类施保金" if not batch_note else "补录1人，补发当月保障金")
        if batch_note and code == BY_SHORT["建新"]:
            sh.put(r, 6, "停保1户2人，已追回")
    r = h + 2 + len(ORDER)
    sh.row(r, 0, ["", "合计", tot[0], tot[1]])
    sh.put(r, 4, tot[2], "#,##0.00")
    sh.put(r, 5, _dx(tot[2]))
    sh.put(r + 2, 0, "经办人：　　　　复核：　　　　分管领导：　　　　" + ("2025年11月12日" if batch_note else "2025年11月5日"))
    sh.widths.update({1: 16, 5: 26})
    return sh


def _dx(v):
    from nc_render import daxie
    return daxie(v)


def wenming(W):
    """2025-Q3 新时代文明实践: months under 群众文化活动 with a 小计 (SUM formula), 理论宣讲 only for the quarter, 志愿服务 by
    month; 文教路 and 文教路北 reported jointly in one row (not a value of either)."""
    ms = ["2025-07", "2025-08", "2025-09"]
    sh = Sheet("三季度")
    sh.merge(0, 0, 0, 10, "彭家桥街道2025年第三季度新时代文明实践活动统计表")
    sh.put(1, 0, "填报单位：彭家桥街道新时代文明实践所")
    tree = [("序号", "no"), ("社区", "name"),
            ("群众文化活动（场）", [("7月", 0), ("8月", 1), ("9月", 2), ("小计", "q")]),
            ("理论宣讲（次）", [("三季度", "lq")]),
            ("志愿服务（人次）", [("7月", 10), ("8月", 11), ("9月", 12)]), ("备注", "note")]
    header(sh, 2, 0, tree, 2)
    wj, wb = BY_SHORT["文教路"], BY_SHORT["文教路北"]
    r = 4
    sh.row(r, 0, [1, "文教路、文教路北社区（联合开展）"])
    for k, mm in enumerate(ms):
        sh.put(r, 2 + k, W.v[(wj, mm, "cultural_activities")] + W.v[(wb, mm, "cultural_activities")] - 1)
        sh.put(r, 7 + k, W.v[(wj, mm, "volunteer_person_times")] + W.v[(wb, mm, "volunteer_person_times")] - 40)
    sh.put(r, 5, Formula(f"=SUM(C{r + 1}:E{r + 1})", sum(sh.cells[(r, 2 + k)][0] for k in range(3))))
    sh.put(r, 6, W.quarter(wj, "2025-Q3", "lectures_held") + 2)
    sh.put(r, 10, "两社区联合开展，不分拆")
    for i, code in enumerate([c for c in ORDER if c not in (wj, wb)]):
        r = 5 + i
        sh.row(r, 0, [i + 2, short(code)])
        for k, mm in enumerate(ms):
            val(sh, r, 2 + k, code, mm, "cultural_activities")
            val(sh, r, 7 + k, code, mm, "volunteer_person_times")
        qval(sh, r, 5, code, "2025-Q3", "cultural_activities", formula=f"=SUM(C{r + 1}:E{r + 1})")
        qval(sh, r, 6, code, "2025-Q3", "lectures_held")
        if code == BY_SHORT["七里街"]:
            sh.put(r, 10, "7月含防汛志愿巡查")
    r = 5 + len(ORDER) - 2
    sh.put(r + 1, 0, "注：理论宣讲按季度统计（含“七一”专题党课、防汛知识宣讲）；高温期间（7月中旬至8月）户外文体活动暂停。")
    sh.put(r + 2, 0, "新时代文明实践所　2025年10月10日")
    sh.widths.update({1: 30})
    return sh


def pingan(W):
    """2025-11 平安建设 (.ods): items down, the 14 units across by short name (江中 for 江中花园, 师大 for the 家委会)."""
    m = "2025-11"
    sh = Sheet("平安建设月报")
    n = len(ORDER)
    sh.merge(0, 0, 0, n + 1, "彭家桥街道2025年11月平安建设工作月报")
    sh.merge(1, 0, 1, 6, "报送单位：彭家桥街道平安办（综治中心）")
    sh.row(2, 0, ["项目", "单位"])
    heads = {BY_SHORT["江中花园"]: "江中", SHIDA: "师大"}
    for k, code in enumerate(ORDER):
        sh.put(2, 2 + k, heads.get(code, NAME[code]))
    items = [("群防群治巡逻力量（含洪城义警）", "人", "patrol_members"), ("平安信息员", "人", "informants"),
             ("矛盾纠纷排查", "起", None), ("调解成功", "起", "disputes_mediated"), ("治安案件", "起", "security_cases"),
             ("消防安全检查", "家次", None)]
    for i, (lab, unit, ind) in enumerate(items):
        r = 3 + i
        sh.row(r, 0, [lab, unit])
        for k, code in enumerate(ORDER):
            if ind is None:
                sh.put(r, 2 + k, 5 + (k * 3 + i * 7) % 17)
            elif ind == "security_cases" and code == BY_SHORT["新祺周"]:
                miss(sh, r, 2 + k, code, m, ind, "派出所未反馈")
            elif ind == "security_cases":
                val(sh, r, 2 + k, code, m, ind, style="wu")
            else:
                val(sh, r, 2 + k, code, m, ind)
    sh.put(10, 0, "备注：新祺周社区治安案件数待辖区派出所反馈后补报；11月开展冬季消防安全“百日攻坚”入户检查。")
    sh.put(11, 0, "彭家桥街道平安办　2025年12月4日")
    return sh


def build(W):
    save("batch1/彭家桥街道2025年社区基本情况统计表（七月）.xlsx", [jiben(W)], "openpyxl",
         ["street_file", "month_in_words_title", "year_in_file_name_only", "registry_names", "circled_serials",
          "section_row_jiaweihui", "parts_outside", "total_row", "line_breaks_in_headers"], (2025, 8, 6, 10, 30))
    save("batch1/彭家桥街道2025年8月民生诉求办理情况通报.xls", [susu(W)], "xlwt",
         ["street_file", "total_row_first", "sorted_by_rate_rank_column", "channels_add_up", "ganfutong_channel",
          "rate_text", "satisfaction_outside", "short_names"], (2025, 9, 3, 15, 20))
    save("batch1/彭家桥街道2025年9月就业和社会保障工作统计表.et", [jiuye(W)], "xlwt-et",
         ["street_file", "month_and_ytd_columns", "two_level_header", "wan_yuan_line", "accounting_format_dash_zero",
          "total_row"], (2025, 10, 9, 9, 40))
    save("batch1/彭家桥街道2025年10月城市低保金发放汇总表.xlsx", [dibao(W)], "openpyxl",
         ["street_file", "amount_in_words_beside", "number_format_decimals", "two_row_header", "total_row",
          "footer_date_trap"], (2025, 11, 5, 11, 0))
    save("batch1/彭家桥街道2025年第三季度新时代文明实践活动统计.xlsx", [wenming(W)], "xlsxwriter",
         ["street_file", "months_across_quarter", "quarter_only_column", "sum_formula_subtotal", "joint_row_two_communities",
          "two_level_header"], (2025, 10, 10, 16, 0))
    save("batch1/彭家桥街道2025年11月平安建设工作月报.ods", [pingan(W)], "odfpy",
         ["street_file", "transposed_communities_across", "abbreviated_names", "wu_zero", "not_reported_words",
          "outside_rows", "hongcheng_yijing"], (2025, 12, 4, 14, 30))
