"""The street office's own files: 指挥室 诉求, 劳动保障 半月报, 社会事务 低保/低边 (BOM CSV), 平安办 (ods, transposed),
党群服务中心 (xlsxwriter, SUM row), 文化站 一季度 (quarter), 社区管理 基本情况, 重阳 敬老, 月报（第7期）."""
from nb_grid import Formula, Sheet, header, miss, qval, val
from nb_lay import FULL_PARTY, cname, codes, footer, outside
from nb_world import NAME
from nb_writers import save

TEL = "0574-87361{:03d}"


def susu(W):
    m = "2025-10"
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 10, "白云街道2025年10月份社区民情诉求受理办结情况统计表")
    sh.merge(1, 0, 1, 10, "填报单位：白云街道基层治理综合信息指挥室　　　　统计时间：2025年10月1日至10月31日")
    leaves = header(sh, 2, 0, [("序号", "no"), ("社区", "name"),
                               ("受理诉求（件）", [("合计", "rec"), ("其中81890转办", "p1"), ("其中12345转办", "p2"),
                                               ("其中四平台网格上报", "p3")]),
                               ("办结（件）", "res"), ("办结率", "rate"), ("调解矛盾纠纷（起）", "med"),
                               ("信访件（件）", "xf"), ("备注", "note")], 2)
    col = {k: c for c, k in leaves}
    r = 4
    for i, code in enumerate(codes()):
        rec = W.v[(code, m, "petitions_received")]
        sh.put(r, 0, i + 1)
        sh.put(r, 1, cname(code))
        val(sh, r, col["rec"], code, m, "petitions_received")
        p1 = outside(code, m, "81890", 3, max(4, rec // 4))
        p2 = outside(code, m, "12345", 2, max(3, rec // 5))
        sh.put(r, col["p1"], p1)
        sh.put(r, col["p2"], p2)
        sh.put(r, col["p3"], max(0, rec - p1 - p2 - outside(code, m, "lf", 2, 6)))
        val(sh, r, col["res"], code, m, "petitions_resolved")
        sh.put(r, col["rate"], f"{W.v[(code, m, 'petitions_resolved')] / rec * 100:.1f}%")
        val(sh, r, col["med"], code, m, "disputes_mediated")
        sh.put(r, col["xf"], outside(code, m, "xf", 0, 2))
        if i in (2, 9):
            sh.put(r, col["note"], "含9月结转办结2件")
        r += 1
    sh.put(r, 1, "合计")
    for k, ind in (("rec", "petitions_received"), ("res", "petitions_resolved"), ("med", "disputes_mediated")):
        sh.put(r, col[k], sum(W.v[(c, m, ind)] for c in codes()))
    sh.put(r + 1, 0, "说明：受理诉求合计含来访、来电，81890、12345、四平台为其中部分渠道，不单独相加。")
    footer(sh, r + 2, "林晓燕", TEL.format(112), "2025年11月4日")
    save("batch1/白云街道2025年10月民情诉求受理办结情况.xlsx", [sh], "openpyxl",
         ["street_file", "two_row_header", "parts_81890_12345", "rate_text", "total_row", "outside_column_信访件",
          "footer"], (2025, 11, 4, 16, 20))


def jiuye(W):
    m = "2025-11"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 11, "白云街道2025年11月就业创业工作统计表（半月报汇总）")
    sh.merge(1, 0, 1, 11, "劳动保障所　　　贷款单位：万元")
    leaves = header(sh, 2, 0, [("社区", "name"),
                               ("新增就业岗位（个）", [("上半月", "j1"), ("下半月", "j2"), ("全月", "jobs")]),
                               ("其中公益性岗位（个）", "pwj"),
                               ("实现就业（人）", [("男", "e1"), ("女", "e2"), ("小计", "emp")]),
                               ("创业担保贷款", "loan"), ("职业技能培训（场）", "tr"), ("失业登记（人）", "sy"),
                               ("备注", "note")], 2)
    col = {k: c for c, k in leaves}
    r = 4
    for code in codes():
        sh.put(r, 0, cname(code, "b"))
        a, b = W.half(code, m, "jobs_created")
        sh.put(r, col["j1"], a)
        sh.put(r, col["j2"], b)
        val(sh, r, col["jobs"], code, m, "jobs_created")
        val(sh, r, col["pwj"], code, m, "public_welfare_jobs")
        e1, e2 = W.half(code, m, "people_employed")
        sh.put(r, col["e1"], e1)
        sh.put(r, col["e2"], e2)
        val(sh, r, col["emp"], code, m, "people_employed")
        val(sh, r, col["loan"], code, m, "micro_loans_yuan", div=10000)
        val(sh, r, col["tr"], code, m, "training_sessions")
        sh.put(r, col["sy"], outside(code, m, "sy", 1, 9))
        r += 1
    sh.put(r, 0, "合计")
    sh.put(r, col["jobs"], sum(W.v[(c, m, "jobs_created")] for c in codes()))
    sh.put(r + 1, 0, "注：上半月、下半月为半月报数，全月为本月合计；贷款为当月新发放额。")
    footer(sh, r + 2, "周海波", TEL.format(131), "2025.12.3")
    save("batch1/白云街道2025年11月就业创业统计（半月报汇总）.xls", [sh], "xlwt",
         ["street_file", "half_month_columns_上半月_下半月_全月", "male_female_subtotal", "loan_万元_in_unit_line",
          "outside_column_失业登记"], (2025, 12, 3, 10, 5))


def dibao(W, m="2025-12", only=None, rel=None, note=None, sent=(2026, 1, 6, 9, 30)):
    sh = Sheet("低保低边")
    sh.put(0, 0, f"白云街道{int(m[:4])}年{int(m[5:])}月城市低保、低保边缘家庭情况统计表")
    heads = ["社区", "低保户数（户）", "低保人数（人）", "低边户数（户）", "低边人数（人）", "低保金发放（元）",
             "低边生活补助（元）", "零就业家庭（户）"]
    sh.row(1, 0, heads)
    r = 2
    for code in only or codes():
        sh.put(r, 0, cname(code))
        val(sh, r, 1, code, m, "dibao_households", style="t")
        val(sh, r, 2, code, m, "dibao_persons", style="t")
        lb = outside(code, m, "lb", 3, 11)
        sh.put(r, 3, str(lb))
        sh.put(r, 4, str(lb + outside(code, m, "lbp", 1, 6)))
        val(sh, r, 5, code, m, "dibao_payout_yuan", style="t")
        sh.put(r, 6, str(lb * 300))
        val(sh, r, 7, code, m, "zero_employment_households", style="t")
        r += 1
    if only is None:
        sh.put(r, 0, "合计")
        for c, ind in ((1, "dibao_households"), (2, "dibao_persons"), (5, "dibao_payout_yuan")):
            sh.put(r, c, str(sum(W.v[(x, m, ind)] for x in codes())))
        r += 1
    sh.put(r, 0, note or "注：低边即低保边缘家庭，不计入低保户数、人数；低边生活补助另行发放。")
    sh.put(r + 1, 0, "社会事务科　经办人：方敏　0574-87361145")
    if rel is None:
        save(f"batch1/白云街道{int(m[:4])}年{int(m[5:])}月低保低边家庭统计.csv", [sh], "csv-utf8bom",
             ["street_file", "utf8_bom_csv", "低边_columns_beside_低保", "numbers_as_text", "total_row"], sent)
    else:
        save(rel, [sh], "openpyxl", ["street_file", "correction_partial_rows", "低边_columns_beside_低保"], sent)


def pingan(W):
    m = "2026-01"
    sh = Sheet("平安")
    cs = codes()
    sh.merge(0, 0, 0, len(cs) + 1, "白云街道2026年1月平安建设工作月报")
    sh.put(1, 0, "项目")
    sh.put(1, 1, "单位")
    for j, code in enumerate(cs):
        sh.put(1, 2 + j, cname(code, "b"))
    rows = [("平安巡防队员", "人", "patrol_members"), ("平安信息员", "人", "informants"), ("治安案件", "起", "security_cases"),
            ("电动自行车违规充电劝导", "次", None), ("消防隐患整改", "处", None)]
    for i, (lab, unit, ind) in enumerate(rows):
        r = 2 + i
        sh.put(r, 0, lab)
        sh.put(r, 1, unit)
        for j, code in enumerate(cs):
            if ind == "security_cases" and NAME[code] == "宝善":
                miss(sh, r, 2 + j, code, m, ind, "待核")
            elif ind == "security_cases":
                val(sh, r, 2 + j, code, m, ind, style="cn" if j % 3 == 0 else "wu")
            elif ind:
                val(sh, r, 2 + j, code, m, ind)
            else:
                sh.put(r, 2 + j, outside(code, m, lab, 4, 30))
    sh.put(8, 0, "备注：宝善社区治安案件数待派出所核对后补报；巡防队员含“红袖章”义务巡防。")
    sh.put(9, 0, "平安办　报送：2026年2月3日")
    save("batch1/白云街道2026年1月平安建设工作月报.ods", [sh], "odfpy",
         ["street_file", "transposed_communities_across", "cn_numerals_起", "待核", "outside_rows_电动车_消防"],
         (2026, 2, 3, 15, 0))


ZZD = [("petitions_received", "受理群众诉求", "件"), ("petitions_resolved", "诉求办结", "件"),
       ("disputes_mediated", "化解矛盾纠纷", "起"), ("people_assisted", "春节走访慰问困难群众", "人"),
       ("goods_distributed", "发放年货慰问品", "份"), ("cultural_activities", "迎新春文体活动", "场"),
       ("volunteer_person_times", "志愿服务", "人次")]


def zhengding(W):
    """浙政钉「智能填表」 export: one row per submitted figure; 所属组织 as a path; 提交时间 is in March."""
    m = "2026-02"
    sh = Sheet("数据")
    sh.row(0, 0, ["序号", "提交人", "提交时间", "所属组织", "填报月份", "指标名称", "数值", "计量单位", "说明"])
    who = ["张丽", "陈军", "王静", "李娜", "胡建平", "徐芳", "邵丹", "俞斌"]
    picks = ["云乐", "南雅", "联南", "牡丹", "云丰", "安泰", "白云庄", "丽雅"]
    r, n = 1, 1
    for k, short in enumerate(picks):
        code = codes()[[NAME[c] for c in codes()].index(short)]
        for j, (ind, lab, unit) in enumerate(ZZD):
            sh.row(r, 0, [n, who[k], f"2026-03-0{2 + k % 4} {9 + j}:{10 + 3 * k:02d}:{17 + 5 * j:02d}",
                          f"宁波市/海曙区/白云街道/{short}社区", "2026年02月", lab])
            val(sh, r, 6, code, m, ind, style="t" if (k + j) % 3 == 0 else "n")
            sh.put(r, 7, unit)
            if ind == "people_assisted" and k == 3:
                sh.put(r, 8, "含独居老人上门慰问")
            r += 1
            n += 1
    save("batch1/社区月报数据_智能填表导出_20260306.xlsx", [sh], "xlsxwriter",
         ["street_file", "zhengding_smart_form_export_long", "org_path_宁波市/海曙区/白云街道/…", "submit_time_next_month",
          "period_only_in_填报月份_column"], (2026, 3, 6, 11, 45))


def dangjian(W):
    m = "2026-03"
    sh = Sheet("党建志愿")
    sh.merge(0, 0, 0, 6, "白云街道2026年3月党建引领志愿服务情况统计表")
    sh.row(1, 0, ["党组织", "党员（名）", "结对帮扶（对）", "“志愿浙江”注册志愿者（人）", "志愿服务（人次）", "服务时长（小时）",
                  "学雷锋活动（场）"])
    cs = codes()
    for i, code in enumerate(cs):
        r = 2 + i
        org = FULL_PARTY.format(NAME[code]) if i % 2 == 0 else f"{NAME[code]}社区党委"
        sh.put(r, 0, "曙悦社区（筹）临时党支部" if NAME[code] == "曙悦" else org)
        val(sh, r, 1, code, m, "party_members")
        val(sh, r, 2, code, m, "pairings")
        val(sh, r, 3, code, m, "volunteers")
        val(sh, r, 4, code, m, "volunteer_person_times")
        sh.put(r, 5, outside(code, m, "hrs", 300, 900))
        sh.put(r, 6, outside(code, m, "lf", 2, 6))
    r = 2 + len(cs)
    sh.put(r, 0, "合计")
    for c, ind in ((1, "party_members"), (2, "pairings"), (3, "volunteers"), (4, "volunteer_person_times")):
        tot = sum(W.v[(x, m, ind)] for x in cs)
        L = "BCDE"[c - 1]
        sh.put(r, c, Formula(f"=SUM({L}3:{L}{r})", tot))
    sh.put(r + 1, 0, "备注：3月5日学雷锋纪念日、“三服务”进小区集中开展；曙悦社区（筹）党组织为临时党支部。")
    save("batch1/白云街道2026年3月党建引领志愿服务统计.xlsx", [sh], "xlsxwriter",
         ["street_file", "party_org_names", "sum_formula_total_row", "outside_columns_服务时长_学雷锋活动"],
         (2026, 4, 7, 14, 10))


def wenhua_q1(W):
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, 8, "白云街道2026年一季度各社区文化活动及理论宣讲统计表")
    leaves = header(sh, 1, 0, [("社区", "name"),
                               ("文体活动（场）", [("1月", ("cultural_activities", 1)), ("2月", ("cultural_activities", 2)),
                                              ("3月", ("cultural_activities", 3)), ("一季度", ("cultural_activities", 0))]),
                               ("理论宣讲（次）", [("1月", ("lectures_held", 1)), ("2月", ("lectures_held", 2)),
                                              ("3月", ("lectures_held", 3)), ("一季度", ("lectures_held", 0))])], 2)
    for i, code in enumerate(codes()):
        r = 3 + i
        sh.put(r, 0, cname(code))
        for c, leaf in leaves[1:]:
            ind, k = leaf
            if k:
                val(sh, r, c, code, f"2026-{k:02d}", ind)
            else:
                qval(sh, r, c, code, "2026-Q1", ind)
    sh.put(3 + len(codes()), 0, "综合文化站　2026年4月3日　（元宵“甬城闹元宵”系列活动计入2月、3月）")
    save("batch1/白云街道2026年一季度文化活动宣讲统计.xlsx", [sh], "openpyxl",
         ["street_file", "months_across_with_quarter_total", "year_only_in_title"], (2026, 4, 3, 9, 40))


def jiben(W):
    m = "2026-04"
    sh = Sheet("基本情况")
    sh.merge(0, 0, 0, 6, "白云街道各社区基本情况表")
    sh.merge(1, 0, 1, 6, "数据截至：2026年4月30日")
    sh.row(2, 0, ["社区名称", "网格数（个）", "常住户数（户）", "常住人口（人）", "其中：流动人口（人）", "社工人数（人）",
                  "辖区面积（平方公里）"])
    for i, code in enumerate(codes()):
        r = 3 + i
        sh.put(r, 0, cname(code, "j"))
        sh.put(r, 1, outside(code, m, "wg", 5, 12))
        val(sh, r, 2, code, m, "households", fmt="#,##0")
        val(sh, r, 3, code, m, "residents", fmt="#,##0")
        val(sh, r, 4, code, m, "floating_population", fmt="#,##0")
        val(sh, r, 5, code, m, "staff")
        sh.put(r, 6, outside(code, m, "km", 30, 95) / 100)
    save("batch1/白云街道各社区基本情况表（2026年4月）.xlsx", [sh], "openpyxl",
         ["street_file", "period_only_截至_line_and_name_bracket", "thousands_number_format", "outside_columns_网格_面积"],
         (2026, 5, 6, 10, 0))


def chongyang(W):
    m = "2025-10"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 5, "白云街道2025年重阳节敬老爱老活动情况汇总（10月）")
    sh.row(1, 0, ["社区", "老年人免费健康体检（人）", "走访慰问困难老人（人）", "发放重阳糕等慰问品（份）",
                  "80周岁以上高龄老人（人）", "百岁老人（人）"])
    for i, code in enumerate(codes()):
        r = 2 + i
        sh.put(r, 0, cname(code))
        val(sh, r, 1, code, m, "free_health_checks")
        val(sh, r, 2, code, m, "people_assisted")
        val(sh, r, 3, code, m, "goods_distributed")
        sh.put(r, 4, outside(code, m, "80", 120, 420))
        sh.put(r, 5, outside(code, m, "100", 0, 2))
    sh.put(16, 0, "重阳节（10月29日）前后集中开展，体检为海曙区老年人免费健康体检项目。")
    save("batch1/白云街道2025年10月重阳敬老活动情况.xlsx", [sh], "xlsxwriter",
         ["street_file", "festival_title", "outside_columns_高龄_百岁"], (2025, 11, 5, 9, 15))


def yuebao7(W):
    m = "2026-01"
    sh = Sheet("第7期")
    sh.merge(0, 0, 0, 4, "白云街道社区工作月报")
    sh.merge(1, 0, 1, 4, "第7期　　　　白云街道党政办编　　　　2026年2月5日")
    sh.merge(2, 0, 2, 4, "（2026年1月各社区数据）")
    sh.row(3, 0, ["社区", "健康体检（人）", "困难群众走访（人）", "年糕汤圆慰问品（份）", "文体活动（场）"])
    for i, code in enumerate(codes()):
        r = 4 + i
        sh.put(r, 0, cname(code, "b"))
        val(sh, r, 1, code, m, "free_health_checks")
        val(sh, r, 2, code, m, "people_assisted")
        val(sh, r, 3, code, m, "goods_distributed", style="u", unit="份")
        val(sh, r, 4, code, m, "cultural_activities")
    sh.put(18, 0, "本刊自2025年7月起按月编发。")
    save("batch1/白云街道社区工作月报（第7期）.xlsx", [sh], "openpyxl",
         ["street_file", "issue_number_第7期_not_a_month", "period_in_third_line", "units_glued_份"], (2026, 2, 5, 16, 0))


def build(W):
    susu(W)
    jiuye(W)
    dibao(W)
    pingan(W)
    zhengding(W)
    dangjian(W)
    wenhua_q1(W)
    jiben(W)
    chongyang(W)
    yuebao7(W)
