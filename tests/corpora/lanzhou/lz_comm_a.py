"""Community files, part one: 雁宁路 9月, 滩尖子 台账, 大雁滩 10月 (xlsx bytes named .xls), 大雁滩村 11月 (GBK CSV,
「52/49」), 沙洼河 10月 with 9月补报, 沙洼河村 台账 (「同上」), 张苏滩 12月 (.xlsm template), 张苏滩村 1月 (sentences)."""
from lz_grid import Sheet, figure, slash, text_val, val
from lz_world import BY_SHORT, PERIOD, STOCKS, W_ITEMS
from lz_writers import save

B1 = "batch1/"


def c1_yanninglu(W):
    """A list with the remark on a second line inside the value cell 「45\\n（含12345转办12）」 and 「50左右」."""
    code, m = BY_SHORT["雁宁路"], "2025-09"
    sh = Sheet("9月")
    sh.put(0, 0, "雁宁路社区2025年9月工作报表")
    sh.row(1, 0, ["序号", "工作项目", "单位", "本月完成", "备注"])
    items = [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("黄河防汛巡堤查险", "人次", None),
             ("新增就业岗位", "个", "jobs_created"), ("城镇新增就业", "人", "people_employed"),
             ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
             ("低保金发放", "元", "dibao_payout_yuan"), ("65岁以上老人免费体检", "人", "free_health_checks"),
             ("走访慰问困难群众", "人", "people_assisted"), ("群众文化活动", "场", "cultural_activities"),
             ("政策宣讲", "次", "lectures_held"), ("注册志愿者", "人", "volunteers"),
             ("志愿服务", "人次", "volunteer_person_times"), ("在册党员", "名", "party_members"),
             ("常住户数", "户", "households"), ("常住人口", "人", "residents"), ("流动人口", "人", "floating_population")]
    r = 2
    for i, (label, unit, ind) in enumerate(items):
        sh.row(r, 0, [i + 1, label, unit])
        if ind is None:
            sh.put(r, 3, W.out(code, m, label, 40, 90))
            sh.put(r, 4, "黄河秋汛期间雁滩段堤防巡查")
        elif ind == "petitions_received":
            part = W.out(code, m, "转办", 5, 14)
            text_val(sh, r, 3, lambda v: f"{v}\n（含12345转办{part}）", [(code, m, ind)])
        elif ind == "people_assisted":
            val(sh, r, 3, code, m, ind, style="zuoyou")
            sh.put(r, 4, "中秋节前走访")
        elif ind in ("dibao_payout_yuan", "residents"):
            val(sh, r, 3, code, m, ind, style="c")
        else:
            val(sh, r, 3, code, m, ind)
        r += 1
    sh.put(r + 1, 0, "填报人：马秀兰　　联系电话：0931-8465203　　报送日期：2025年10月8日")
    save(B1 + "雁宁路社区2025年9月工作报表.xlsx", [sh], "openpyxl",
         ["comm_list", "value_with_linebreak_remark", "approx_zuoyou", "thousands_text", "outside_rows",
          "footer_date_trap", "phone_trap", "xlsx_openpyxl"], (2025, 10, 8, 9, 40))


def c2_tanjianzi(W):
    """Indicators down, 9月 10月 11月 12月 1月 2月 3月 across: the year only in the title (2025年9月至2026年3月)."""
    code = BY_SHORT["滩尖子"]
    sh = Sheet("台账")
    sh.put(0, 0, "滩尖子社区2025年9月至2026年3月主要工作指标台账")
    sh.row(1, 0, ["序号", "指标", "单位"] + [f"{int(m[5:])}月" for m in PERIOD] + ["备注"])
    r = 2
    for i, (label, unit, ind) in enumerate(W_ITEMS):
        sh.row(r, 0, [i + 1, label, unit])
        for j, m in enumerate(PERIOD):
            val(sh, r, 3 + j, code, m, ind, value=W.v[(code, m, ind)])
        if ind == "petitions_received":
            sh.put(r, 10, "11月起供暖诉求增多")
        r += 1
    sh.put(r + 1, 0, "滩尖子社区居委会　2026年4月2日")
    save(B1 + "滩尖子社区工作台账（2025年9月至2026年3月）.xlsx", [sh], "openpyxl",
         ["comm_indicators_down", "months_across_year_rollover_implicit", "seven_month_span", "all_indicators",
          "footer_date_trap", "xlsx_openpyxl"], (2026, 4, 2, 17, 0))


def c3_dayantan(W):
    """xlsx bytes under an .xls name (the clerk renamed it to match 「请报送.xls格式」); 类别 merged down, 本月 | 本年累计."""
    code, m = BY_SHORT["大雁滩"], "2025-10"
    sh = Sheet("Sheet1")
    sh.put(0, 0, "雁南街道大雁滩社区2025年10月工作报表")
    sh.row(1, 0, ["类别", "指标", "单位", "本月", "本年累计"])
    groups = [("民情", [("受理群众诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
                      ("矛盾纠纷调解", "起", "disputes_mediated")]),
              ("就业", [("新开发就业岗位", "个", "jobs_created"), ("其中：公益性岗位", "个", "public_welfare_jobs"),
                      ("实现就业", "人", "people_employed"), ("创业担保贷款", "万元", "micro_loans_yuan")]),
              ("民政为老", [("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
                        ("重阳节走访慰问老人及困难群众", "人", "people_assisted"), ("发放慰问品", "件", "goods_distributed"),
                        ("老年人健康体检", "人", "free_health_checks")]),
              ("文化平安", [("文体活动", "场", "cultural_activities"), ("治安案件", "起", "security_cases"),
                        ("巡逻队员", "人", "patrol_members")])]
    r = 2
    for g, items in groups:
        sh.merge(r, 0, r + len(items) - 1, 0, g)
        for label, unit, ind in items:
            sh.row(r, 1, [label, unit])
            div = 10000 if unit == "万元" else 1
            val(sh, r, 3, code, m, ind, div=div)
            if ind not in STOCKS:
                y = W.ytd(code, m, ind)
                sh.put(r, 4, round(y / div, 4) if div > 1 else y)
            r += 1
    sh.put(r, 0, "备注：10月29日重阳节开展“敬老月”走访慰问；国庆中秋双节文艺演出3场。")
    sh.put(r + 1, 0, "报送日期：2025年11月4日")
    save(B1 + "大雁滩社区2025年10月工作报表.xls", [sh], "openpyxl-xls",
         ["comm_list", "xlsx_bytes_named_xls", "category_merged_down", "ytd_column", "unit_column_wan",
          "notes_dates", "footer_date_trap", "xls_is_xlsx"], (2025, 11, 4, 10, 0))


def c4_dayantancun(W):
    """GBK CSV, the 村社区; two figures in one cell under 「受理/办结」 and 「低保户数/人数」: 「52/49」."""
    code, m = BY_SHORT["大雁滩村"], "2025-11"
    sh = Sheet("x")
    sh.put(0, 0, "雁南街道大雁滩村社区2025年11月工作报表")
    sh.row(1, 0, ["项目", "数据", "单位", "备注"])
    rows = [("受理/办结群众诉求", ("petitions_received", "petitions_resolved"), "件", "暖气不热诉求{x}件"),
            ("矛盾纠纷调解", "disputes_mediated", "起", ""),
            ("新增就业岗位/其中公益性岗位", ("jobs_created", "public_welfare_jobs"), "个", ""),
            ("城镇新增就业", "people_employed", "人", ""), ("零就业家庭", "zero_employment_households", "户", ""),
            ("低保户数/人数", ("dibao_households", "dibao_persons"), "户/人", ""),
            ("低保金发放", "dibao_payout_yuan", "元", ""), ("出租房屋登记", None, "户", "城中村出租屋"),
            ("巡逻队员/平安信息员", ("patrol_members", "informants"), "人", ""), ("治安案件", "security_cases", "起", ""),
            ("注册志愿者", "volunteers", "人", ""), ("志愿服务", "volunteer_person_times", "人次", ""),
            ("常住人口", "residents", "人", ""), ("流动人口", "floating_population", "人", "")]
    r = 2
    for label, ind, unit, note in rows:
        sh.put(r, 0, label)
        if isinstance(ind, tuple):
            slash(sh, r, 1, code, m, ind[0], ind[1])
        elif ind is None:
            sh.put(r, 1, str(W.out(code, m, label, 600, 1400)))
        else:
            val(sh, r, 1, code, m, ind, style="t")
        sh.put(r, 2, unit)
        if note:
            sh.put(r, 3, note.format(x=W.out(code, m, "暖气", 8, 20)))
        r += 1
    sh.put(r, 0, "填报人：马国强　2025年12月2日")
    save(B1 + "大雁滩村社区2025年11月工作报表.csv", [sh], "csv-gbk",
         ["comm_list", "slash_pair_two_indicators", "slash_pair_households_persons", "numbers_as_text", "village_community",
          "outside_rows", "notes_numbers", "footer_date_trap", "csv_gbk"], (2025, 12, 2, 15, 20))


def c5_shawahe(W):
    """The October return with a second value column 「9月（补报）」: September was not sent on time."""
    code = BY_SHORT["沙洼河"]
    sh = Sheet("10月")
    sh.put(0, 0, "沙洼河社区2025年10月工作报表（附9月补报数据）")
    sh.row(1, 0, ["序号", "项目", "单位", "10月", "9月（补报）", "备注"])
    items = [("受理群众诉求", "件", "petitions_received"), ("诉求办结", "件", "petitions_resolved"),
             ("矛盾纠纷调解", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("实现就业", "人", "people_employed"), ("职业技能培训", "场", "training_sessions"),
             ("老年人免费体检", "人", "free_health_checks"), ("走访慰问困难群众", "人", "people_assisted"),
             ("文体活动", "场", "cultural_activities"), ("治安案件", "起", "security_cases"),
             ("注册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times"),
             ("党员", "名", "party_members"), ("社区工作者", "人", "staff")]
    r = 2
    for i, (label, unit, ind) in enumerate(items):
        sh.row(r, 0, [i + 1, label, unit])
        val(sh, r, 3, code, "2025-10", ind, style="wu" if ind == "security_cases" else "n")
        val(sh, r, 4, code, "2025-09", ind, style="wu" if ind == "security_cases" else "n")
        r += 1
    sh.put(r, 0, "说明：9月报表因社区换届交接未按时报送，现随10月报表一并补报。")
    sh.put(r + 1, 0, "沙洼河社区居委会　2025年11月5日")
    save(B1 + "沙洼河社区2025年10月工作报表.xlsx", [sh], "xlsxwriter",
         ["comm_list", "late_month_column_bubao", "two_months_side_by_side", "wu_for_zero", "footer_date_trap",
          "xlsx_xlsxwriter"], (2025, 11, 5, 11, 10))


def c6_shawahecun(W):
    """Months down (2025年9月 … 2026年2月), stocks across; a figure unchanged from the row above written 「同上」 or 「〃」."""
    code = BY_SHORT["沙洼河村"]
    months = PERIOD[:6]
    sh = Sheet("月度台账")
    sh.put(0, 0, "沙洼河村社区基础数据月度台账（2025.9-2026.2）")
    cols = [("常住户数（户）", "households"), ("常住人口（人）", "residents"), ("流动人口（人）", "floating_population"),
            ("社区工作者（人）", "staff"), ("平安信息员（人）", "informants"), ("巡逻队员（人）", "patrol_members"),
            ("党员（名）", "party_members"), ("结对帮扶（对）", "pairings"), ("零就业家庭（户）", "zero_employment_households"),
            ("低保户（户）", "dibao_households"), ("低保人员（人）", "dibao_persons"), ("注册志愿者（人）", "volunteers")]
    sh.row(1, 0, ["月份"] + [c[0] for c in cols])
    ditto = {"staff", "informants", "pairings", "zero_employment_households"}
    for i, m in enumerate(months):
        r = 2 + i
        sh.put(r, 0, f"{m[:4]}年{int(m[5:])}月")
        for j, (_, ind) in enumerate(cols):
            key = (code, m, ind)
            if i and ind in ditto and figure(key) == figure((code, months[i - 1], ind)):
                text_val(sh, r, 1 + j, "同上" if j % 2 else "〃", [key])
            else:
                val(sh, r, 1 + j, code, m, ind)
    sh.put(2 + len(months) + 1, 0, "注：与上月相同的填“同上”。　沙洼河村社区　2026年3月4日")
    save(B1 + "沙洼河村社区基础数据月度台账（2025.9-2026.2）.xlsx", [sh], "openpyxl",
         ["comm_months_down", "ditto_tongshang", "stocks_only", "village_community", "six_month_span",
          "footer_date_trap", "xlsx_openpyxl"], (2026, 3, 4, 16, 45))


ZST = [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
       ("矛盾纠纷调解", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
       ("城镇新增就业", "人", "people_employed"), ("零就业家庭", "户", "zero_employment_households"),
       ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"), ("低保金", "元", "dibao_payout_yuan"),
       ("走访慰问困难群众", "人", "people_assisted"), ("发放慰问物资", "件", "goods_distributed"),
       ("文体活动", "场", "cultural_activities"), ("宣讲活动", "次", "lectures_held"),
       ("巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"), ("治安案件", "起", "security_cases"),
       ("注册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times"),
       ("党员", "名", "party_members"), ("结对帮扶", "对", "pairings")]


def zst_sheet(W, resent=False):
    """The street's .xlsm template (请勿增删行列, a 校验 column of √), filled by 张苏滩 for December."""
    code, m = BY_SHORT["张苏滩"], "2025-12"
    sh = Sheet("填报")
    sh.put(0, 0, "雁南街道社区工作月报表（模板）")
    sh.put(1, 0, "填报单位：张苏滩社区　　所属月份：2025年12月")
    sh.put(2, 0, "注：本表为街道统一模板，请勿增删行列、修改公式；黄色单元格为必填项。")
    sh.row(3, 0, ["序号", "指标名称", "计量单位", "本月数", "校验"])
    r = 4
    for i, (label, unit, ind) in enumerate(ZST):
        sh.row(r, 0, [i + 1, label, unit])
        val(sh, r, 3, code, m, ind)
        sh.fills[(r, 3)] = "FFFF99"
        sh.put(r, 4, "√")
        r += 1
    if resent:
        sh.put(r, 0, "修改说明：受理诉求、办结诉求（供暖诉求重复统计14件）、志愿服务人次已更正。2026年1月8日")
    sh.put(r + 1, 0, "填报人：白玉兰　　审核人：马俊　　报送日期：2026年1月5日")
    kz = Sheet("说明")
    kz.put(0, 0, "填报说明：1.受理群众诉求含12345热线转办、网格员走访发现、来电来访；2.低保数为月末在保数；"
                 "3.本模板含数据校验宏，请启用宏后填报。")
    return [sh, kz]


def c7_zhangsutan(W):
    save(B1 + "张苏滩社区2025年12月工作报表.xlsm", zst_sheet(W), "xlsm",
         ["comm_list", "xlsm_macro_enabled", "street_template", "check_column", "cell_fill", "footer_date_trap",
          "xlsm_openpyxl"], (2026, 1, 5, 17, 30))


def c8_zhangsutancun(W):
    """A 工作情况 table: the figures inside sentences, several to a cell; the file and title say 「张苏滩村」."""
    code, m = BY_SHORT["张苏滩村"], "2026-01"
    k = lambda ind: (code, m, ind)
    sh = Sheet("1月")
    sh.put(0, 0, "雁南街道张苏滩村2026年1月工作情况汇报表")
    sh.put(1, 0, "填报单位：张苏滩村社区居委会")
    sh.row(2, 0, ["序号", "工作板块", "主要工作完成情况", "备注"])
    heat = W.out(code, m, "暖气", 9, 24)
    lines = [
        ("民情诉求", lambda a, b: f"本月受理群众诉求{a}件，办结{b}件，其中暖气不热、管道漏水类诉求{heat}件。",
         ["petitions_received", "petitions_resolved"]),
        ("矛盾调解", lambda a: f"调解成功矛盾纠纷{a}起。", ["disputes_mediated"]),
        ("就业创业", lambda a, b, c, d: f"新增就业岗位{a}个（其中公益性岗位{b}个），城镇新增就业{c}人，组织职业技能培训{d}场。",
         ["jobs_created", "public_welfare_jobs", "people_employed", "training_sessions"]),
        ("社会救助", lambda a, b, c: f"城市低保在保{a}户{b}人，发放低保金{c:,}元。",
         ["dibao_households", "dibao_persons", "dibao_payout_yuan"]),
        ("为老服务", lambda a, b, c: f"春节前走访慰问困难群众{a}人，发放慰问物资{b}件；为65岁以上老人免费体检{c}人。",
         ["people_assisted", "goods_distributed", "free_health_checks"]),
        ("文化宣传", lambda a, b: f"开展群众文化活动{a}场、政策宣讲{b}次。", ["cultural_activities", "lectures_held"]),
        ("平安建设", lambda a, b, c: f"巡逻队员{a}人，平安信息员{b}人，" + (f"本月发生治安案件{c}起。" if c else "本月未发生治安案件。"),
         ["patrol_members", "informants", "security_cases"]),
        ("志愿党建", lambda a, b, c, d: f"注册志愿者{a}人，开展志愿服务{b}人次；在册党员{c}名，党员结对帮扶{d}对。",
         ["volunteers", "volunteer_person_times", "party_members", "pairings"]),
    ]
    r = 3
    for i, (g, fn, inds) in enumerate(lines):
        sh.row(r, 0, [i + 1, g])
        text_val(sh, r, 2, fn, [k(x) for x in inds])
        r += 1
    sh.put(r, 3, "报送日期：2026年2月4日")
    save(B1 + "张苏滩村2026年1月工作情况.xlsx", [sh], "openpyxl",
         ["comm_sentences", "figures_inside_sentences", "several_values_one_cell", "village_name_without_shequ",
          "name_prefix_trap", "footer_date_trap", "xlsx_openpyxl"], (2026, 2, 4, 9, 0))


def build(W):
    c1_yanninglu(W)
    c2_tanjianzi(W)
    c3_dayantan(W)
    c4_dayantancun(W)
    c5_shawahe(W)
    c6_shawahecun(W)
    c7_zhangsutan(W)
    c8_zhangsutancun(W)
