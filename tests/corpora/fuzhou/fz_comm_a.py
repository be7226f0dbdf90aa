"""Community files (1): 屏西 July (类别 merged, 台风 notes, a part in brackets), 天元's workbook with a sheet per month
named in seven ways, 左海 August (WPS GBK CSV, full-width commas as thousands separators), 铜盘's third quarter with
three months in one cell, 湖前 September (完成数/任务数, corrected in batch2 by a 「(1)」 copy), 广厦 September (.xls,
small counts in Chinese numerals, 数量 before 单位), 白龙 October (本月 | 本年累计, accounting format showing 0 as 「-」)."""
from fz_grid import Sheet, keys, miss, multi, pair, val
from fz_world import BY_SHORT
from fz_writers import save


def listing(sh, r0, code, m, spec, c0=0, num=True, unit_col=True, note_col=None):
    """Rows 序号 | 项目 | 单位 | 值 (| 备注) from spec: (label, unit, ind, how[, note]). how: a render style, ('miss', text),
    ('multi', template, [inds]), ('pair',), ('out', text). Returns the next row."""
    r = r0
    for i, item in enumerate(spec):
        lab, unit, ind, how = item[:4]
        note = item[4] if len(item) > 4 else ""
        c = c0
        if num:
            sh.put(r, c, i + 1)
            c += 1
        sh.put(r, c, lab)
        c += 1
        if unit_col:
            if unit:
                sh.put(r, c, unit)
            c += 1
        if isinstance(how, tuple) and how[0] == "miss":
            miss(sh, r, c, code, m, ind, how[1])
        elif isinstance(how, tuple) and how[0] == "multi":
            multi(sh, r, c, code, m, how[1], how[2])
        elif isinstance(how, tuple) and how[0] == "pair":
            pair(sh, r, c, code, m)
        elif isinstance(how, tuple) and how[0] == "out":
            sh.put(r, c, how[1])
        else:
            glue = unit if how in ("u", "fw", "zy", "yu", "yue", "cn", "fwc") and not unit_col else ""
            val(sh, r, c, code, m, ind, style=how, unit=glue)
        if note and note_col is not None:
            sh.put(r, note_col, note)
        r += 1
    return r


def pingxi_july(W):
    m, code = "2025-07", BY_SHORT["屏西"]
    sh = Sheet("7月")
    sh.merge(0, 0, 0, 5, "五凤街道屏西社区2025年7月工作月报")
    sh.row(1, 0, ["类别", "序号", "工作项目", "单位", "完成情况", "备注"])
    rec = W.v[(code, m, "petitions_received")]
    groups = [("民情", [("受理群众诉求", "件", "petitions_received",
                         ("multi", "{0}件（含“e福州”随手拍" + str(rec // 5) + "件）", ["petitions_received"])),
                        ("已办结", "件", "petitions_resolved", ("multi", "{0}件", ["petitions_resolved"])),
                        ("调处矛盾纠纷", "起", "disputes_mediated", "n")]),
              ("就业", [("开发就业岗位", "个", "jobs_created", "n"), ("其中公益性岗位", "个", "public_welfare_jobs", "n"),
                        ("促进就业", "人", "people_employed", ("multi", "{0}人", ["people_employed"]))]),
              ("民政", [("城市低保", "户/人", "dibao_households", ("pair",)),
                        ("低保金", "元", "dibao_payout_yuan", "k")]),
              ("为老", [("老年人免费体检", "人", "free_health_checks", "yue"), ("走访慰问", "人", "people_assisted", "n"),
                        ("发放慰问品", "份", "goods_distributed", "n")]),
              ("文化", [("文体活动（含暑期“小候鸟”活动）", "场", "cultural_activities", "n"),
                        ("政策宣讲", "次", "lectures_held", "n")]),
              ("平安", [("治安案件", "起", "security_cases", "wu"), ("防台风转移群众", "人", None, ("out", "126人"))]),
              ("队伍", [("注册志愿者", "人", "volunteers", "n"), ("志愿服务", "人次", "volunteer_person_times", "zy"),
                        ("党员结对帮扶", "对", "pairings", "n")])]
    r, n = 2, 1
    for cat, spec in groups:
        sh.merge(r, 0, r + len(spec) - 1, 0, cat)
        for k, item in enumerate(spec):
            sh.put(r + k, 1, n)
            n += 1
        r = listing(sh, r, code, m, spec, c0=2, num=False)
    sh.put(r + 1, 0, "备注：7月下旬防御台风，转移低洼地带及危旧房群众126人（已另报防汛办，不计入上表）；志愿服务含防台值守。")
    sh.put(r + 2, 0, "屏西社区居委会　2025年8月4日")
    sh.widths.update({2: 30, 4: 30})
    save("batch1/屏西社区2025年7月工作月报.xlsx", [sh], "openpyxl",
         ["community_file", "category_column_merged", "part_in_brackets", "pair_hh_persons", "approx_yue",
          "approx_zuoyou", "typhoon_outside_row", "wu_zero"], (2025, 8, 4, 9, 20))


SHEETS = [("2025-07", "7月"), ("2025-08", "八月"), ("2025-09", "2025.9"), ("2025-10", "10月份"), ("2025-11", "十一月"),
          ("2025-12", "12月"), ("2026-01", "2026年1月")]


def tianyuan_book(W):
    code = BY_SHORT["天元"]
    spec = [("受理诉求", "件", "petitions_received", "n"), ("办结诉求", "件", "petitions_resolved", "n"),
            ("走访慰问困难群众", "人", "people_assisted", "n"), ("文体活动", "场", "cultural_activities", "n"),
            ("宣讲活动", "次", "lectures_held", "n"), ("注册志愿者", "人", "volunteers", "n"),
            ("志愿服务", "人次", "volunteer_person_times", "n"), ("党员", "名", "party_members", "n")]
    sheets = []
    for m, name in SHEETS:
        sh = Sheet(name)
        sh.merge(0, 0, 0, 3, f"天元社区{m[:4]}年度工作月报")
        sh.row(1, 0, ["序号", "项目", "单位", "数量"])
        r = listing(sh, 2, code, m, spec)
        if m == "2025-08":
            sh.put(r + 1, 0, "台风期间组织志愿者清理倒伏树木、排查积水点。")
        if m == "2025-10":
            sh.put(r + 1, 0, "国庆中秋“我们的节日”活动已计入文体活动；国庆期间志愿者赴三坊七巷、西湖公园开展文明引导，已计入志愿服务。")
        sheets.append(sh)
    sheets[-1].put(12, 0, "天元社区　2026年2月3日")
    save("batch1/天元社区2025年工作月报（7月起）.xlsx", sheets, "openpyxl",
         ["community_file", "sheet_per_month", "month_only_in_sheet_names", "sheet_names_mixed_forms",
          "year_boundary_in_workbook", "cn_month_sheet_names"], (2026, 2, 3, 17, 10))


def zuohai_aug(W):
    m, code = "2025-08", BY_SHORT["左海"]
    sh = Sheet("csv")
    sh.put(0, 0, "左海社区2025年8月工作报表")
    sh.row(1, 0, ["项目", "单位", "数量", "备注"])
    spec = [("受理居民诉求", "件", "petitions_received", "t", "台风期间左海公园周边树木倒伏、积水诉求较多"),
            ("办结", "件", "petitions_resolved", "t"), ("调处纠纷", "起", "disputes_mediated", "t"),
            ("常住户数", "户", "households", "fwc"), ("常住人口", "人", "residents", "fwc"),
            ("流动人口", "人", "floating_population", "fwc"), ("低保户数", "户", "dibao_households", "t"),
            ("低保人数", "人", "dibao_persons", "t"), ("低保金", "元", "dibao_payout_yuan", "fwc"),
            ("注册志愿者", "人", "volunteers", "fwc"), ("志愿服务", "人次", "volunteer_person_times", "t", "含防台值守、左海公园文明劝导"),
            ("义务巡逻队员", "人", "patrol_members", "t"), ("平安信息员", "人", "informants", "t"),
            ("治安案件", "起", "security_cases", "wu")]
    for i, item in enumerate(spec):
        r = 2 + i
        lab, unit, ind, st = item[:4]
        sh.row(r, 0, [lab, unit])
        v = W.v[(code, m, ind)]
        val(sh, r, 2, code, m, ind, style=st if (st != "fwc" or v >= 1000) else "t")
        if len(item) > 4:
            sh.put(r, 3, item[4])
    sh.row(2 + len(spec) + 1, 0, ["左海社区居委会", "", "2025年9月3日", ""])
    save("batch1/左海社区2025年8月工作报表.csv", [sh], "csv-gbk",
         ["community_file", "csv_gbk_wps", "fullwidth_comma_thousands", "wu_zero", "park_name_trap"],
         (2025, 9, 3, 15, 30))


def tongpan_q3(W):
    code = BY_SHORT["铜盘"]
    ms = ["2025-07", "2025-08", "2025-09"]
    sh = Sheet("三季度")
    sh.merge(0, 0, 0, 4, "铜盘社区2025年第三季度工作数据（分月）")
    sh.row(1, 0, ["序号", "项目", "单位", "7月/8月/9月", "备注"])
    spec = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
            ("实现就业", "人", "people_employed"), ("低保户数", "户", "dibao_households"),
            ("低保人数", "人", "dibao_persons"), ("老年人体检", "人", "free_health_checks"),
            ("文体活动", "场", "cultural_activities"), ("志愿服务", "人次", "volunteer_person_times")]
    for i, (lab, unit, ind) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [i + 1, lab, unit])
        keys(sh, r, 3, "{0}/{1}/{2}", [(code, m, ind) for m in ms])
    sh.put(2, 4, "8月台风影响，铜盘路沿线积水点诉求集中")
    sh.put(2 + len(spec) + 1, 0, "铜盘社区居委会　2025年10月9日")
    save("batch1/铜盘社区2025年第三季度工作数据.ods", [sh], "odfpy",
         ["community_file", "three_months_in_one_cell", "months_in_header_slash", "road_name_trap"],
         (2025, 10, 9, 10, 5))


HUQIAN_SEPT = [("受理群众诉求", "件", "petitions_received", None), ("办结", "件", "petitions_resolved", None),
               ("调处矛盾纠纷", "起", "disputes_mediated", None), ("新增就业岗位", "个", "jobs_created", 15),
               ("实现就业", "人", "people_employed", 12), ("老年人免费体检", "人", "free_health_checks", 50),
               ("低保户数", "户", "dibao_households", None), ("低保人数", "人", "dibao_persons", None),
               ("走访慰问", "人", "people_assisted", None), ("文体活动", "场", "cultural_activities", 4),
               ("注册志愿者", "人", "volunteers", None), ("志愿服务", "人次", "volunteer_person_times", 280)]


def huqian_sept(W, final=False):
    m, code = "2025-09", BY_SHORT["湖前"]
    sh = Sheet("9月")
    sh.merge(0, 0, 0, 4, "湖前社区2025年9月重点工作完成情况" + ("（以此为准）" if final else ""))
    sh.row(1, 0, ["序号", "工作项目", "单位", "完成数/任务数", "备注"])
    for i, (lab, unit, ind, task) in enumerate(HUQIAN_SEPT):
        r = 2 + i
        sh.row(r, 0, [i + 1, lab, unit])
        if task is None:
            val(sh, r, 3, code, m, ind)
        else:
            multi(sh, r, 3, code, m, "{0}/" + str(task), [ind])
    r = 2 + len(HUQIAN_SEPT) + 1
    if final:
        sh.merge(r, 0, r, 4, "注：9月26日报送表中“新增就业岗位”完成数误填为任务数，老年人免费体检漏计9月28日上门体检12人，现重新报送，以此表为准。")
        sh.put(r + 1, 0, "湖前社区居委会　2025年10月13日")
    else:
        sh.merge(r, 0, r, 4, "注：无任务数的项目只填完成数。")
        sh.put(r + 1, 0, "湖前社区居委会　2025年9月26日")
    return sh


def guangsha_sept(W):
    m, code = "2025-09", BY_SHORT["广厦"]
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "广厦社区9月份工作报表")
    sh.merge(1, 0, 1, 3, "报告年月：2025年09月")
    sh.row(2, 0, ["序号", "项目", "数量", "单位"])
    spec = [("受理诉求", "件", "petitions_received", "n"), ("办结诉求", "件", "petitions_resolved", "n"),
            ("调处纠纷", "起", "disputes_mediated", "cn"), ("新增就业岗位", "个", "jobs_created", "cn"),
            ("其中：公益性岗位", "个", "public_welfare_jobs", "cn"), ("实现就业", "人", "people_employed", "cn"),
            ("职业技能培训", "场", "training_sessions", "cn"), ("老年人免费体检", "人", "free_health_checks", "n"),
            ("走访慰问", "人", "people_assisted", "cn"), ("文体活动", "场", "cultural_activities", "cn"),
            ("政策宣讲", "次", "lectures_held", "cn"), ("治安案件", "起", "security_cases", "cn"),
            ("平安信息员", "人", "informants", "cn"), ("结对帮扶", "对", "pairings", "cn")]
    for i, (lab, unit, ind, st) in enumerate(spec):
        r = 3 + i
        sh.row(r, 0, [i + 1, lab])
        val(sh, r, 2, code, m, ind, style=st)
        sh.put(r, 3, unit)
    sh.put(3 + len(spec) + 1, 0, "广厦社区居委会（盖章）　　填报人：吴　　2025年10月8日")
    save("batch1/广厦社区2025年9月工作报表.xls", [sh], "xlwt",
         ["community_file", "cn_numerals_to_99", "value_before_unit", "period_label_line", "month_only_in_title"],
         (2025, 10, 8, 9, 0))


def bailong_oct(W):
    m, code = "2025-10", BY_SHORT["白龙"]
    acct = '_ * #,##0_ ;_ * -#,##0_ ;_ * "-"_ ;_ @_ '
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 4, "白龙社区2025年10月工作情况")
    sh.row(1, 0, ["项目", "单位", "本月", "本年累计", "备注"])
    flows = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
             ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("其中：公益性岗位", "个", "public_welfare_jobs"), ("实现就业", "人", "people_employed"),
             ("创业担保贷款", "元", "micro_loans_yuan"), ("职业技能培训", "场", "training_sessions"),
             ("老年人免费体检", "人", "free_health_checks"), ("走访慰问", "人", "people_assisted"),
             ("发放慰问品", "份", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
             ("政策宣讲", "次", "lectures_held"), ("治安案件", "起", "security_cases")]
    stocks = [("零就业家庭", "户", "zero_employment_households"), ("低保户数", "户", "dibao_households"),
              ("低保人数", "人", "dibao_persons")]
    r = 2
    for lab, unit, ind in flows:
        sh.row(r, 0, [lab, unit])
        val(sh, r, 2, code, m, ind, fmt=acct)
        sh.put(r, 3, W.ytd(code, m, ind), acct)
        r += 1
    for lab, unit, ind in stocks:
        sh.row(r, 0, [lab, unit])
        val(sh, r, 2, code, m, ind, fmt=acct)
        sh.put(r, 4, "月末数")
        r += 1
    sh.put(2 + 9, 4, "含10月29日重阳节走访")
    sh.put(r + 1, 0, "注：国庆中秋双节（10月1日—8日）开展“我们的节日”活动，已计入文体活动。")
    sh.put(r + 2, 0, "白龙社区　2025年11月4日")
    save("batch1/白龙社区2025年10月工作情况.xlsx", [sh], "xlsxwriter",
         ["community_file", "month_and_ytd_columns", "accounting_format_zero_dash", "stocks_without_ytd"],
         (2025, 11, 4, 8, 45))


def build(W):
    pingxi_july(W)
    tianyuan_book(W)
    zuohai_aug(W)
    tongpan_q3(W)
    save("batch1/湖前社区2025年9月重点工作完成情况.xlsx", [huqian_sept(W)], "openpyxl",
         ["community_file", "done_over_task_pairs", "corrected_in_batch2_by_copy"], (2025, 9, 26, 17, 40))
    guangsha_sept(W)
    bailong_oct(W)
