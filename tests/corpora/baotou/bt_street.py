"""The street office's own returns (昆北街道 departments): 社会事务办公室（民政）, 综治中心, 社区服务中心（劳动保障）,
党建工作办公室, 综合文化站, 党政综合办公室 and the 农牧业（乡村振兴）办公室."""
from bt_grid import Sheet, _value_role, cn_month, header, miss, prior, qval, val
from bt_render import daxie
from bt_world import BY_SHORT, FULL, NAME, RURAL, URBAN
from bt_writers import save

REGN = {c: NAME[c] + ("社区居委会" if c in URBAN else "村委会") for c in URBAN + RURAL}
REGN[BY_SHORT["番茄"]] = "番茄社区"
REGN[BY_SHORT["龙悦"]] = "龙悦社区"
# the clerks' own spellings: 蕃茄 (typo for 番茄), 甲儿坝 (儿 for 尔), 边墙濠 (濠 for 壕)
TYPO = dict(FULL)
TYPO[BY_SHORT["番茄"]] = "蕃茄社区"
TYPO[BY_SHORT["甲尔坝"]] = "甲儿坝村"
TYPO[BY_SHORT["边墙壕"]] = "边墙濠村"


def minzheng(W, m, note=None, only=None):
    """城乡低保: two stacked tables on one sheet — 城市 (社区: 户数, 人数) and 农村牧区 (村: **人数 before 户数**);
    a 金额大写 column beside every amount (not a value)."""
    sh = Sheet(f"{int(m[5:])}月低保")
    sh.merge(0, 0, 0, 6, f"昆北街道{cn_month(m)}城乡低保统计表")
    sh.merge(1, 0, 1, 3, "填报单位：昆北街道社会事务办公室（民政）")
    sh.merge(1, 4, 1, 6, "单位：户、人、元")
    r = 2
    for title, units, order in (("一、城市最低生活保障（社区）", URBAN, ("dibao_households", "dibao_persons")),
                                ("二、农村牧区最低生活保障（村）", RURAL, ("dibao_persons", "dibao_households"))):
        units = [c for c in units if only is None or c in only]
        if not units:
            continue
        sh.merge(r, 0, r, 6, title)
        hd = {"dibao_households": "保障户数", "dibao_persons": "保障人数"}
        sh.row(r + 1, 0, ["序号", "社区" if units[0] in URBAN else "村", hd[order[0]], hd[order[1]], "本月发放金额",
                          "金额大写", "备注"])
        r += 2
        for i, c in enumerate(units):
            sh.row(r, 0, [i + 1, REGN[c]])
            val(sh, r, 2, c, m, order[0])
            val(sh, r, 3, c, m, order[1])
            val(sh, r, 4, c, m, "dibao_payout_yuan")
            sh.put(r, 5, daxie(_value_role((c, m, "dibao_payout_yuan"), None, None)[0]))
            r += 1
        r += 1
    if note:
        sh.merge(r, 0, r, 6, note)
        r += 1
    sh.merge(r, 0, r, 6, f"审核：高　　制表：其木格　　{m[:4]}年{int(m[5:]) + 1 if m[5:] != '12' else 1}月5日")
    return sh


def build(W):
    # S1 民政 2025-09
    save("batch1/昆北街道2025年9月城乡低保统计表.xlsx", [minzheng(W, "2025-09")], "openpyxl",
         ["street_file", "two_tables_one_sheet", "rural_table_persons_before_households", "amount_in_capitals_column",
          "nongcun_muqu_dibao"], (2025, 10, 5, 10, 0))

    # S2 民情诉求 2025-10: 统计周期 26日—25日, 其中：供热类 part, 办结率 text
    m = "2025-10"
    sh = Sheet("诉求办理")
    sh.merge(0, 0, 0, 6, "昆北街道2025年10月民情诉求办理情况\n（含12345政务服务便民热线转办、“昆区民情直通车”小程序）")
    sh.merge(1, 0, 1, 6, "统计周期：2025年9月26日—2025年10月25日（按市热线办月度结算口径）")
    sh.row(2, 0, ["单位", "受理件数", "其中：供热类", "办结件数", "办结率", "调解纠纷（起）", "说明"])
    for i, c in enumerate(URBAN + RURAL):
        r = 3 + i
        sh.put(r, 0, TYPO[c])
        val(sh, r, 1, c, m, "petitions_received")
        sh.put(r, 2, W.v[(c, m, "petitions_received")] // 3 if c in URBAN else 0)
        val(sh, r, 3, c, m, "petitions_resolved")
        sh.put(r, 4, f"{100 * W.v[(c, m, 'petitions_resolved')] / W.v[(c, m, 'petitions_received')]:.1f}%")
        val(sh, r, 5, c, m, "disputes_mediated", style="mei")
        if c == BY_SHORT["丽日"]:
            sh.put(r, 6, "10月15日开栓后暖气不热集中反映")
    sh.put(13, 0, "合计")
    sh.put(13, 1, sum(W.v[(c, m, "petitions_received")] for c in URBAN + RURAL))
    save("batch1/昆北街道2025年10月民情诉求办理情况.xls", [sh], "xlwt",
         ["street_file", "cycle_26th_to_25th", "heating_part_column", "rate_text", "zero_as_meila", "typo_names",
          "total_row"], (2025, 10, 28, 9, 0))

    # S3 就业 2025-11 CSV GBK, 贷款 in 万元 said only by a footnote under the table
    m = "2025-11"
    sh = Sheet("就业")
    sh.put(0, 0, "昆北街道2025年11月就业创业工作统计表")
    sh.put(1, 0, "报送科室：社区服务中心（劳动保障）")
    sh.row(2, 0, ["单位", "新增就业岗位（个）", "其中公益性岗位", "实现就业（含农村劳动力转移就业）（人）", "创业担保贷款",
                  "职业技能培训（场）", "零就业家庭（户）"])
    for i, c in enumerate(URBAN + RURAL):
        r = 3 + i
        sh.put(r, 0, REGN[c])
        if c in URBAN:
            val(sh, r, 1, c, m, "jobs_created")
            val(sh, r, 2, c, m, "public_welfare_jobs")
            val(sh, r, 4, c, m, "micro_loans_yuan", div=10000)
            val(sh, r, 6, c, m, "zero_employment_households")
        else:
            for col in (1, 2, 4, 6):
                sh.put(r, col, "/")
        val(sh, r, 3, c, m, "people_employed")
        val(sh, r, 5, c, m, "training_sessions")
    sh.put(14, 0, "注：创业担保贷款金额单位为万元；村不统计新增岗位、贷款和零就业家庭，填“/”。")
    save("batch1/昆北街道2025年11月就业创业工作统计.csv", [sh], "csv-gbk",
         ["street_file", "loans_wan_by_footnote", "slash_for_not_applicable", "transfer_employment_label"],
         (2025, 12, 3, 16, 0))

    # S4 平安 2025-12 ODS transposed, two-level 社区 / 村 header over short names
    m = "2025-12"
    sh = Sheet("平安建设")
    sh.merge(0, 0, 0, 12, "昆北街道2025年12月平安建设工作月报（综治中心）")
    sh.merge(1, 0, 2, 0, "项目")
    sh.merge(1, 1, 2, 1, "单位")
    sh.merge(1, 2, 1, 6, "社区")
    sh.merge(1, 7, 1, 11, "村")
    sh.merge(1, 12, 2, 12, "合计")
    for j, c in enumerate(URBAN + RURAL):
        sh.put(2, 2 + j, NAME[c])
    rows = [("群防群治巡逻队员", "人", "patrol_members", "n"), ("平安信息员", "人", "informants", "n"),
            ("治安案件", "起", "security_cases", "mei"), ("调处矛盾纠纷", "起", "disputes_mediated", "n")]
    for i, (lab, u, ind, st) in enumerate(rows):
        r = 3 + i
        sh.row(r, 0, [lab, u])
        for j, c in enumerate(URBAN + RURAL):
            val(sh, r, 2 + j, c, m, ind, style=st)
        sh.put(r, 12, sum(W.v[(c, m, ind)] for c in URBAN + RURAL))
    sh.merge(8, 0, 8, 12, "备注：冬季“守护鹿城”夜间巡逻每周三次，寒假期间重点巡查冰面。")
    save("batch1/昆北街道2025年12月平安建设工作月报.ods", [sh], "odfpy",
         ["street_file", "transposed_units_across", "two_level_shequ_cun_header", "short_names", "zero_as_meila",
          "total_column"], (2026, 1, 4, 11, 0))

    # S5 党建·志愿 2026-01 xlsxwriter: stocks with their change glued on 「856（较上月+12）」
    m = "2026-01"
    sh = Sheet("党建志愿")
    sh.merge(0, 0, 0, 5, "昆北街道“北疆先锋·鹿城红色驿站”党建和志愿服务统计（2026年1月）")
    sh.row(1, 0, ["社区（村）", "党员（名）", "结对帮扶（对）", "注册志愿者（志愿内蒙古平台）", "志愿服务人次", "备注"])
    for i, c in enumerate(URBAN + RURAL):
        r = 2 + i
        sh.put(r, 0, FULL[c])
        val(sh, r, 1, c, m, "party_members")
        val(sh, r, 2, c, m, "pairings")
        d = W.v[(c, m, "volunteers")] - W.v[(c, W.prev(m), "volunteers")]
        v = W.v[(c, m, "volunteers")]
        sh.put(r, 3, f"{v}（较上月+{d}）")
        sh.rec(r, 3, ("truth", (c, m, "volunteers"), v, "primary"))
        val(sh, r, 4, c, m, "volunteer_person_times")
        if c in RURAL:
            sh.put(r, 5, "含冬闲“村晚”排练服务")
    save("batch1/昆北街道2026年1月党建和志愿服务统计.xlsx", [sh], "xlsxwriter",
         ["street_file", "stock_with_change_vs_last_month", "brand_in_title"], (2026, 2, 4, 9, 30))

    # S6 春节走访慰问·文化 2026-02 openpyxl: two-level header, 上年同期 column, 社火二人台 part
    m = "2026-02"
    sh = Sheet("2026年2月")
    sh.merge(0, 0, 0, 7, "昆北街道2026年春节期间走访慰问和群众文化活动统计（2月）")
    leaves = header(sh, 1, 0, [("单位", "name"), ("走访慰问", [("人数", "people_assisted"), ("上年同期", "prior"),
                                                        ("慰问品（件）", "goods_distributed")]),
                               ("群众文化活动", [("场次", "cultural_activities"), ("其中：社火、二人台", "part")]),
                               ("政策宣讲（次）", "lectures_held"), ("体检（人）", "free_health_checks")], 2)
    for i, c in enumerate(URBAN + RURAL):
        r = 3 + i
        for col, leaf in leaves:
            if leaf == "name":
                sh.put(r, col, TYPO[c])
            elif leaf == "prior":
                prior(sh, r, col, c, m, "people_assisted")
            elif leaf == "part":
                sh.put(r, col, 1 if c in URBAN else 2)
            elif leaf == "free_health_checks" and c == BY_SHORT["玉泉"]:
                miss(sh, r, col, c, m, leaf, "春节后补报")
            else:
                val(sh, r, col, c, m, leaf)
    save("batch1/昆北街道2026年2月春节走访慰问和文化活动统计.xlsx", [sh], "openpyxl",
         ["street_file", "two_level_header", "prior_year_column", "shehuo_errentai_part", "text_note_for_missing"],
         (2026, 3, 4, 10, 0))

    # S7 基础信息 2026-03: 户籍 columns beside 常住 ones (distractors), period only as 截至日期 + sheet name
    m = "2026-03"
    sh = Sheet("2026.3")
    sh.merge(0, 0, 0, 7, "昆北街道社区（村）基本情况统计表（截至2026年3月31日）")
    sh.row(1, 0, ["序号", "社区（村）", "户籍户数", "常住户数", "户籍人口", "常住人口", "流动人口（外来务工）",
                  "社区工作者（村“两委”干部）"])
    for i, c in enumerate(URBAN + RURAL):
        r = 2 + i
        sh.row(r, 0, [i + 1, REGN[c], int(W.v[(c, m, "households")] * 0.93)])
        val(sh, r, 3, c, m, "households")
        sh.put(r, 4, int(W.v[(c, m, "residents")] * 1.05))
        val(sh, r, 5, c, m, "residents")
        val(sh, r, 6, c, m, "floating_population")
        val(sh, r, 7, c, m, "staff")
    save("batch1/昆北街道社区村基本情况统计表.xlsx", [sh], "openpyxl",
         ["street_file", "period_as_as_of_date", "huji_distractor_columns", "staff_label_with_cun_liangwei"],
         (2026, 4, 3, 15, 0))

    # S8 2025年四季度 农村牧区低保金 (quarter only) with the amounts in 万元 and 大写
    sh = Sheet("四季度")
    sh.merge(0, 0, 0, 4, "昆北街道2025年第四季度农村牧区低保金发放汇总")
    sh.row(1, 0, ["村", "10—12月发放合计（万元）", "大写", "发放方式", "备注"])
    for i, c in enumerate(RURAL):
        r = 2 + i
        sh.put(r, 0, REGN[c])
        qval(sh, r, 1, c, "2025-Q4", "dibao_payout_yuan", div=10000)
        sh.put(r, 2, daxie(W.quarter(c, "2025-Q4", "dibao_payout_yuan")))
        sh.row(r, 3, ["“一卡通”代发", ""])
    save("batch1/昆北街道2025年四季度农村牧区低保金发放汇总.xls", [sh], "xlwt",
         ["street_file", "quarter_only", "wan_yuan_header", "amount_in_capitals_column"], (2026, 1, 8, 10, 0))
