"""Community files (3) and the street's 一季度 救助台账: 陆集 November (.ods, 类别 merged down), 施河 December (.xls,
「18（29）」 under 低保户数（人数）), 高王 April (统计时间 range only), 骆岗街道 1-3月 低保金 with a 一季度合计 column."""
from hf_comm import items
from hf_grid import Sheet, miss, multi, qval, val
from hf_world import BY_SHORT, COMMS
from hf_writers import save


def build(W):
    # 陆集 2025-11 .ods: 类别 merged down, — for not reported
    m, code = "2025-11", BY_SHORT["陆集"]
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 4, "陆集社区居委会2025年11月工作报表")
    sh.row(1, 0, ["类别", "序号", "项目", "单位", "本月"])
    groups = [("民情", [("受理居民诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
                        ("调解纠纷", "起", "disputes_mediated", "n")]),
              ("就业", [("新增就业岗位", "个", "jobs_created", "n"), ("公益性岗位", "个", "public_welfare_jobs", ("miss", "—")),
                        ("实现就业", "人", "people_employed", "n"), ("职业技能培训", "场", "training_sessions", "n")]),
              ("民政", [("低保户数", "户", "dibao_households", "n"), ("低保人数", "人", "dibao_persons", "n"),
                        ("低保金", "元", "dibao_payout_yuan", "n")]),
              ("基础", [("常住户数", "户", "households", "n"), ("常住人口", "人", "residents", "n"),
                        ("流动人口", "人", "floating_population", "yue"), ("社区工作者", "人", "staff", "n")])]
    r, n = 2, 1
    for cat, spec in groups:
        sh.merge(r, 0, r + len(spec) - 1, 0, cat)
        r2 = items(sh, r, 1, code, m, spec, cols=(0, 1, 2, 3), num=False)
        for k in range(len(spec)):
            sh.put(r + k, 1, n)
            n += 1
        r = r2
    sh.put(r + 1, 0, "陆集社区　2025年12月3日（流动人口为网格员估算，待派出所比对）")
    save("batch1/陆集社区居委会2025年11月工作报表.ods", [sh], "odfpy",
         ["community_file", "category_column_merged", "dash", "approx_yue", "luji_ludacun_trap"], (2025, 12, 3, 10, 0))

    # 施河 2025-12 .xls: 「18（29）」 under 低保户数（人数）
    m, code = "2025-12", BY_SHORT["施河"]
    sh = Sheet("施河12月")
    sh.merge(0, 0, 0, 3, "施河社区2025年12月工作报表")
    sh.row(1, 0, ["序号", "指标名称", "计量单位", "本期数"])
    spec = [("受理群众诉求", "件", "petitions_received", "n"), ("办结群众诉求", "件", "petitions_resolved", "n"),
            ("低保户数（人数）", "户（人）", "dibao_households",
             ("multi", "{0}（{1}）", ["dibao_households", "dibao_persons"])),
            ("零就业家庭", "户", "zero_employment_households", "wu"), ("帮扶困难群众", "人", "people_assisted", "n"),
            ("发放慰问物资", "件", "goods_distributed", "n"), ("文化活动", "场", "cultural_activities", "n"),
            ("宣讲活动", "次", "lectures_held", "n"), ("平安巡逻队员", "人", "patrol_members", "n"),
            ("平安信息员", "人", "informants", "n"), ("治安案件", "起", "security_cases", "wu")]
    r = items(sh, 2, 0, code, m, spec)
    sh.put(r + 1, 0, "元旦前走访慰问已计入帮扶。　施河社区　2026年1月4日")
    save("batch1/施河社区2025年12月工作报表.xls", [sh], "xlwt",
         ["community_file", "pair_in_brackets", "wu_zero", "unit_compound"], (2026, 1, 4, 9, 30))

    # 高王 2026-04: the period only as 统计时间 range
    m, code = "2026-04", BY_SHORT["高王"]
    sh = Sheet("工作报表")
    sh.merge(0, 0, 0, 3, "高王社区工作报表")
    sh.merge(1, 0, 1, 3, "统计时间：2026年4月1日—4月30日")
    sh.row(2, 0, ["序号", "项目", "单位", "数量"])
    spec = [("受理诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
            ("免费体检（暖民心）", "人", "free_health_checks", "zy"), ("走访慰问", "人", "people_assisted", "yue"),
            ("文体活动", "场", "cultural_activities", "n"), ("志愿服务", "人次", "volunteer_person_times", "yu"),
            ("党员", "名", "party_members", "n"), ("结对帮扶", "对", "pairings", "n"),
            ("清明祭扫劝导", "人次", None, ("out", "约200"))]
    r = items(sh, 3, 0, code, m, spec)
    sh.put(r + 1, 0, "报送日期：2026年5月6日")
    save("batch1/高王社区工作报表（4月）.xlsx", [sh], "openpyxl",
         ["community_file", "period_only_as_date_range", "approx_zuoyou", "approx_yue", "approx_yu", "outside_rows"],
         (2026, 5, 6, 8, 30))

    # the street's Q1 救助台账: 1月份 | 2月份 | 3月份 | 一季度合计
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, 9, "骆岗街道2026年一季度城市低保金发放台账")
    sh.put(1, 9, "单位：元、户")
    sh.merge(2, 0, 3, 0, "社区")
    sh.merge(2, 1, 2, 4, "低保金发放（元）")
    sh.merge(2, 5, 2, 7, "低保户数（户）")
    sh.merge(2, 8, 3, 8, "备注")
    sh.row(3, 1, ["1月份", "2月份", "3月份", "一季度合计", "1月份", "2月份", "3月份"])
    for i, (short, code, _) in enumerate(COMMS):
        r = 4 + i
        sh.put(r, 0, short)
        for k, m in enumerate(("2026-01", "2026-02", "2026-03")):
            val(sh, r, 1 + k, code, m, "dibao_payout_yuan", fmt="#,##0.00")
            val(sh, r, 5 + k, code, m, "dibao_households")
        qval(sh, r, 4, code, "2026-Q1", "dibao_payout_yuan", fmt="#,##0.00")
        if short == "官塘":
            sh.put(r, 8, "金额为当月实发数（含分类施保金）")
    sh.put(17, 0, "骆岗街道社会事务办　2026年4月8日")
    save("batch1/骆岗街道2026年一季度城市低保金发放台账.xlsx", [sh], "openpyxl",
         ["street_file", "months_across_year_in_title", "quarter_total_column", "two_row_header", "number_format_decimals"],
         (2026, 4, 8, 11, 0))


def build_more(W):
    """骆岗街道 December 文化站 return (transposed, registry names across) and 繁华 December (letter-less GBK CSV
    typed as 项目：数值 lines)."""
    from hf_world import REG
    m = "2025-12"
    sh = Sheet("文化宣传")
    n = len(COMMS)
    sh.merge(0, 0, 0, n + 1, "骆岗街道2025年12月文化活动及宣讲情况统计（综合文化站）")
    sh.row(1, 0, ["项目", "单位"])
    for k, (short, code, _) in enumerate(COMMS):
        sh.put(1, 2 + k, REG[code])
        sh.widths[2 + k] = 9
    spec = [("群众性文体活动", "场", "cultural_activities", "n"), ("其中：元旦迎新活动", "场", None, None),
            ("政策宣讲、法治讲座", "次", "lectures_held", "n"), ("参与群众", "人次", None, None),
            ("新时代文明实践志愿服务", "人次", "volunteer_person_times", "n")]
    for i, (lab, unit, ind, st) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        for k, (short, code, _) in enumerate(COMMS):
            if ind is None:
                sh.put(r, 2 + k, 1 + (k + i) % 2 if i == 1 else 120 + (k * 29) % 200)
            elif short == "石桥" and ind == "lectures_held":
                miss(sh, r, 2 + k, code, m, ind, "未报")
            else:
                val(sh, r, 2 + k, code, m, ind)
    sh.put(8, 0, "备注：石桥社区宣讲次数未报；12月31日“骆岗公园”跨年志愿服务计入。制表：文化站　2026年1月6日")
    save("batch1/骆岗街道2025年12月文化活动及宣讲情况统计.xlsx", [sh], "xlsxwriter",
         ["street_file", "transposed_communities_across", "registry_names_as_headers", "part_row_outside",
          "not_reported_word"], (2026, 1, 6, 14, 20))

    m, code = "2025-12", BY_SHORT["繁华"]
    sh = Sheet("csv")
    sh.put(0, 0, "繁华社区2025年12月份数据")
    lines = [("居民诉求：", "petitions_received", "u", "件"), ("已办结：", "petitions_resolved", "u", "件"),
             ("新增就业岗位：", "jobs_created", "u", "个"), ("实现就业：", "people_employed", "u", "人"),
             ("创业担保贷款：", "micro_loans_yuan", "wan", ""), ("低保户/人：", None, None, None),
             ("低保金：", "dibao_payout_yuan", "sp", "元"), ("走访慰问：", "people_assisted", "fw", "人"),
             ("党员人数：", "party_members", "u", "名"), ("注册志愿者：", "volunteers", "u", "人")]
    for i, (lab, ind, st, unit) in enumerate(lines):
        r = 2 + i
        sh.put(r, 0, lab)
        if ind is None:
            multi(sh, r, 1, code, m, "{0}/{1}", ["dibao_households", "dibao_persons"])
        elif st == "wan":
            v = W.v[(code, m, ind)]
            if v == 0:
                val(sh, r, 1, code, m, ind, style="t")
            else:
                val(sh, r, 1, code, m, ind, style="wan", div=10000)
        else:
            val(sh, r, 1, code, m, ind, style=st, unit=unit)
    sh.put(13, 0, "繁华社区　2026年1月5日")
    save("batch1/繁华社区2025年12月份数据.csv", [sh], "csv-gbk",
         ["community_file", "csv_gbk_wps", "label_colon_value_lines", "pair_slash", "units_glued", "wan_in_cell",
          "space_thousands", "fullwidth_with_unit"], (2026, 1, 5, 16, 0))
