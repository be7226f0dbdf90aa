"""Street-office files: the departments of 骆岗街道 (社会事务办, 综治中心 / 平安办, 劳动保障事务所, 党建办, 社区管理办,
暖民心行动 专班). Communities are rows unless the file is transposed."""
from hf_grid import Formula, Sheet, miss, multi, val
from hf_world import COMMS, REG
from hf_writers import save


def vertical(short):
    """Narrow columns: the name one character per line 「官\n塘」."""
    return "\n".join(short)


def minzheng(W, m, comms, batch="batch1", note=None):
    """社会事务办 民政 table, transposed: items down, communities across with vertical names."""
    y, mo = int(m[:4]), int(m[5:])
    sh = Sheet("民政")
    n = len(comms)
    sh.merge(0, 0, 0, n + 2, f"骆岗街道{y}年{mo}月民政救助数据统计表" + ("（更正）" if note else ""))
    sh.put(1, 0, "填报单位：骆岗街道社会事务办公室（民政）")
    sh.put(1, n, "金额：元")
    sh.row(2, 0, ["项目", "单位"])
    for k, (short, code) in enumerate(comms):
        sh.put(2, 2 + k, vertical(short))
    if not note:
        sh.put(2, 2 + n, "合\n计")
    items = [("城市低保户数", "户", "dibao_households"), ("城市低保人数", "人", "dibao_persons"),
             ("低保金发放", "元", "dibao_payout_yuan"), ("特困供养人员", "人", None), ("临时救助", "人次", None),
             ("零就业家庭", "户", "zero_employment_households")]
    for i, (lab, unit, ind) in enumerate(items):
        r = 3 + i
        sh.row(r, 0, [lab, unit])
        tot = 0
        for k, (short, code) in enumerate(comms):
            if ind is None:
                x = (len(short) * 3 + i + k) % 5
                sh.put(r, 2 + k, x)
                tot += x
            else:
                val(sh, r, 2 + k, code, m, ind)
                tot += W.v[(code, m, ind)] if batch == "batch2" or (code, m, ind) not in W.old else W.old[(code, m, ind)]
        if not note:
            sh.put(r, 2 + n, tot)
    r = 3 + len(items) + 1
    if note:
        sh.put(r, 0, note)
        sh.put(r + 1, 0, "骆岗街道社会事务办　2025年12月12日")
    else:
        sh.put(r, 0, "说明：低保金含分类施保金；特困供养、临时救助为区民政局口径，另报。")
        sh.put(r + 1, 0, "经办人：　　　　　分管领导：　　　　　2025年12月4日")
    for k in range(n):
        sh.widths[2 + k] = 4.5
    return sh


def build(W):
    allc = [(s, c) for s, c, _ in COMMS]
    save("batch1/骆岗街道2025年11月民政救助数据统计表.xlsx", [minzheng(W, "2025-11", allc)], "openpyxl",
         ["street_file", "transposed_communities_across", "vertical_char_headers", "total_column", "outside_rows",
          "unit_line_right"], (2025, 12, 4, 10, 20))

    # 综治中心 2025-12: communities down, 受理 with its parts
    m = "2025-12"
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 9, "骆岗街道2025年12月民情诉求办理及矛盾纠纷调解情况统计表")
    sh.put(1, 0, "填报单位：骆岗街道综治中心（网格化服务管理中心）")
    hdr = ["序号", "社区", "受理诉求\n合计（件）", "其中：\n12345热线转办", "其中：\n“皖事通”\n线上反映", "其中：\n网格员\n走访发现",
           "办结\n（件）", "办结率", "矛盾纠纷\n调解（起）", "备注"]
    sh.row(2, 0, hdr)
    tot = [0, 0, 0, 0, 0, 0]
    for i, (short, code, _) in enumerate(COMMS):
        r = 3 + i
        sh.row(r, 0, [i + 1, REG[code].replace("居民委员会", "居委会")])
        rec = W.v[(code, m, "petitions_received")]
        a = rec * 3 // 10
        b = rec // 5
        parts = [a, b, rec - a - b - 4]
        val(sh, r, 2, code, m, "petitions_received")
        sh.row(r, 3, parts)
        val(sh, r, 6, code, m, "petitions_resolved")
        sh.put(r, 7, f"{W.v[(code, m, 'petitions_resolved')] / rec * 100:.1f}%")
        val(sh, r, 8, code, m, "disputes_mediated")
        if i == 4:
            sh.put(r, 9, "含11月结转2件")
        for j, x in enumerate([rec] + parts + [W.v[(code, m, "petitions_resolved")]]):
            tot[j] += x
    r = 3 + len(COMMS)
    sh.row(r, 0, ["", "合计"] + tot[:5] + [f"{tot[4] / tot[0] * 100:.1f}%"])
    sh.put(r + 2, 0, "注：受理合计含居民来访来电（未单列）。12月中旬起取暖用电、燃气、水管防冻诉求增多。")
    sh.put(r + 3, 0, "填报人：王　　电话：0551-63456712　　填报日期：2026年1月5日")
    save("batch1/骆岗街道2025年12月民情诉求办理情况.xls", [sh], "xlwt",
         ["street_file", "received_with_parts", "line_breaks_in_headers", "rate_text", "total_row", "wanshitong_platform_part"],
         (2026, 1, 5, 16, 40))

    # 劳动保障事务所 2026-01: GBK CSV exported by WPS, 贷款 in 元 with spaces as thousands separators
    m = "2026-01"
    sh = Sheet("csv")
    sh.put(0, 0, "骆岗街道2026年1月就业创业工作统计表")
    for c in range(1, 8):
        sh.put(0, c, "")
    sh.put(2, 0, "填报单位：骆岗街道劳动保障事务所")
    sh.put(2, 7, "金额单位：元")
    sh.row(3, 0, ["序号", "社区", "新增就业岗位（个）", "其中：公益性岗位（个）", "实现就业（人）", "零就业家庭（户）",
                  "创业担保贷款（元）", "职业技能培训（场）"])
    for i, (short, code, _) in enumerate(COMMS):
        r = 4 + i
        sh.row(r, 0, [str(i + 1), short + "社区"])
        val(sh, r, 2, code, m, "jobs_created", style="t")
        val(sh, r, 3, code, m, "public_welfare_jobs", style="t")
        val(sh, r, 4, code, m, "people_employed", style="t")
        val(sh, r, 5, code, m, "zero_employment_households", style="t")
        val(sh, r, 6, code, m, "micro_loans_yuan", style="sp")
        val(sh, r, 7, code, m, "training_sessions", style="t")
    r = 4 + len(COMMS)
    sh.row(r, 0, ["", "合计", str(sum(W.v[(c, m, "jobs_created")] for _, c, _ in COMMS))])
    sh.put(r + 1, 0, "制表：刘　　审核：　　2026年2月3日（春风行动2月10日启动）")
    save("batch1/骆岗街道2026年1月就业创业工作统计表.csv", [sh], "csv-gbk",
         ["street_file", "csv_gbk_wps", "space_thousands", "unit_line_right", "total_row", "title_padded_commas"],
         (2026, 2, 3, 11, 0))

    # 平安办 2026-02 .ods: items down, communities across under 片区 groups
    m = "2026-02"
    sh = Sheet("平安建设")
    sh.merge(0, 0, 0, 13, "骆岗街道2026年2月平安建设工作月报")
    sh.put(1, 0, "报送单位：骆岗街道平安办")
    groups = [("一片区", COMMS[0:4]), ("二片区", COMMS[4:8]), ("三片区", COMMS[8:12])]
    sh.merge(2, 0, 3, 0, "项目")
    sh.merge(2, 1, 3, 1, "单位")
    c = 2
    for g, cs in groups:
        sh.merge(2, c, 2, c + 3, g)
        for short, code, _ in cs:
            sh.put(3, c, short)
            c += 1
    items = [("群防群治巡逻队员", "人", "patrol_members", "n"), ("平安信息员", "人", "informants", "n"),
             ("治安案件", "起", "security_cases", "cn"), ("矛盾纠纷调解成功", "起", "disputes_mediated", "n"),
             ("安全隐患排查", "处", None, None), ("“雪亮工程”视频点位", "个", None, None)]
    for i, (lab, unit, ind, st) in enumerate(items):
        r = 4 + i
        sh.row(r, 0, [lab, unit])
        for k, (short, code, _) in enumerate(COMMS):
            if ind is None:
                sh.put(r, 2 + k, 6 + (k * 7 + i) % 11)
            elif ind == "security_cases" and short == "陆集":
                miss(sh, r, 2 + k, code, m, ind, "待核")
            else:
                val(sh, r, 2 + k, code, m, ind, style=st, unit="起" if st == "cn" else "")
    sh.put(11, 0, "备注：陆集社区治安案件待派出所核实后补报；春节期间（2月15日—23日）巡逻队员每日两班。")
    sh.put(12, 0, "2026年3月4日")
    save("batch1/骆岗街道2026年2月平安建设工作月报.ods", [sh], "odfpy",
         ["street_file", "transposed_communities_across", "group_header_pianqu", "cn_small_numerals", "daihe_marker",
          "outside_rows"], (2026, 3, 4, 15, 10))

    # 党建办 2026-03 xlsxwriter: SUM row and arithmetic formulas typed in cells
    m = "2026-03"
    sh = Sheet("党建和志愿服务")
    sh.merge(0, 0, 0, 6, "骆岗街道2026年3月党建引领和志愿服务统计")
    sh.row(1, 0, ["序号", "社区党组织", "在册党员（名）", "结对帮扶（对）", "“志愿汇”注册志愿者（人）", "志愿服务（人次）",
                  "服务时长（小时）"])
    for i, (short, code, _) in enumerate(COMMS):
        r = 2 + i
        sh.row(r, 0, [i + 1, f"{short}社区党委" if i % 3 else f"中共合肥市包河区骆岗街道{short}社区委员会"])
        val(sh, r, 2, code, m, "party_members")
        val(sh, r, 3, code, m, "pairings")
        val(sh, r, 4, code, m, "volunteers")
        v = W.v[(code, m, "volunteer_person_times")]
        if i % 4 == 1:
            a, b = v // 2, v // 3
            val(sh, r, 5, code, m, "volunteer_person_times", formula=f"={a}+{b}+{v - a - b}")
        else:
            val(sh, r, 5, code, m, "volunteer_person_times")
        sh.put(r, 6, round(v * 2.5))
    r = 2 + len(COMMS)
    sh.put(r, 1, "合计")
    for c, L in ((2, "C"), (3, "D"), (4, "E"), (5, "F"), (6, "G")):
        tot = sum((sh.cells[(2 + i, c)][0].cached if isinstance(sh.cells[(2 + i, c)][0], Formula)
                   else sh.cells[(2 + i, c)][0]) for i in range(len(COMMS)))
        sh.put(r, c, Formula(f"=SUM({L}3:{L}{r})", tot))
    sh.put(r + 1, 0, "注：3月5日学雷锋日、骆岗公园“周末护园”志愿服务计入志愿服务人次；部分社区按活动分次相加填报。")
    save("batch1/骆岗街道2026年3月党建引领和志愿服务统计.xlsx", [sh], "xlsxwriter",
         ["street_file", "in_cell_arithmetic_formula", "sum_formula_row", "party_org_names", "outside_columns"],
         (2026, 4, 3, 9, 30))

    # 社区管理办 2026-04: basic data, numbers as text with a space as thousands separator
    m = "2026-04"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 7, "骆岗街道各社区基本情况表（截至2026年4月30日）")
    sh.row(1, 0, ["社区", "常住户数", "常住人口", "流动人口", "社区工作者", "网格数", "楼栋数", "备注"])
    sh.row(2, 0, ["", "（户）", "（人）", "（人）", "（人）", "（个）", "（栋）", ""])
    for i, (short, code, _) in enumerate(COMMS):
        r = 3 + i
        sh.put(r, 0, short)
        val(sh, r, 1, code, m, "households", style="sp")
        val(sh, r, 2, code, m, "residents", style="sp")
        val(sh, r, 3, code, m, "floating_population", style="sp")
        val(sh, r, 4, code, m, "staff")
        sh.row(r, 5, [6 + i % 5, 40 + (i * 13) % 60])
        if short == "观园":
            sh.put(r, 7, "含骆岗公园周边安置小区")
    sh.put(3 + len(COMMS) + 1, 0, "骆岗街道社区管理办公室　2026年5月6日")
    save("batch1/骆岗街道2026年4月各社区基本情况表.xlsx", [sh], "openpyxl",
         ["street_file", "space_thousands", "units_row", "period_as_as_of_date", "outside_columns", "short_names"],
         (2026, 5, 6, 10, 0))

    # 暖民心行动 2026-05 .et: 为老服务
    m = "2026-05"
    sh = Sheet("5月")
    sh.merge(0, 0, 0, 7, "骆岗街道“暖民心行动”为老服务及文体活动月报表")
    sh.put(1, 0, "统计月份：2026年5月")
    sh.row(2, 0, ["社区", "65岁以上老年人\n免费体检（人）", "走访慰问\n困难群众（人）", "发放慰问\n物资（件）",
                  "老年助餐\n（人次）", "文体活动\n（场）", "政策宣讲\n（次）", "备注"])
    for i, (short, code, _) in enumerate(COMMS):
        r = 3 + i
        sh.put(r, 0, short + "社区")
        val(sh, r, 1, code, m, "free_health_checks", style="fw" if i in (2, 7) else "n")
        val(sh, r, 2, code, m, "people_assisted")
        val(sh, r, 3, code, m, "goods_distributed")
        sh.put(r, 4, 300 + (i * 37) % 250)
        val(sh, r, 5, code, m, "cultural_activities")
        val(sh, r, 6, code, m, "lectures_held")
    sh.put(16, 0, "注：老年助餐为“暖民心行动”社区食堂就餐人次，不计入慰问。5月19日起开展防汛隐患排查。")
    save("batch1/骆岗街道2026年5月暖民心行动为老服务月报.et", [sh], "xlwt-et",
         ["street_file", "campaign_name_title", "period_label_line", "line_breaks_in_headers", "fullwidth_digits",
          "outside_columns"], (2026, 6, 3, 14, 0))
