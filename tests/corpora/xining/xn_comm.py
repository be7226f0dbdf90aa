"""Community files (1): 海晏路 10月 (「指标：数值；」 strings per 类别), 医财巷东 10月 (本月发生 | 月末实有), 冷湖路 11月
(GBK CSV, 「3，562」 and 「〇」), 殷家庄 11月 (本月 | 供暖期累计), 新西 12月 (「3万2千4百元」), 虎台 12月 + 1月 (sheets 十二月 /
一月, 二〇二五年 in the titles), 医财巷西 1月 (a Tibetan label column), 冷湖路 2月 (「12+9+7」 typed as text)."""
from xn_grid import Sheet, multi, val
from xn_world import BY_SHORT
from xn_writers import save

TBL = {"petitions_received": "ཞུ་གཏུག་ལེན་པ", "petitions_resolved": "ཐག་གཅོད་ཟིན་པ", "jobs_created": "ལས་གནས་གསར་པ",
       "public_welfare_jobs": "སྤྱི་ཕན་ལས་གནས", "people_employed": "ལས་ཞུགས་མི་གྲངས", "training_sessions": "ལག་རྩལ་སྦྱོང་བརྡར",
       "dibao_households": "དམའ་འགེལ་ཁྱིམ་ཚང", "dibao_persons": "དམའ་འགེལ་མི་གྲངས", "dibao_payout_yuan": "དམའ་འགེལ་དངུལ",
       "volunteers": "རང་འགུལ་ཞབས་ཞུ་བ", "volunteer_person_times": "རང་འགུལ་ཞབས་ཞུའི་མི་ཚོགས", "party_members": "ཏང་ཡོན",
       "pairings": "ཆ་སྒྲིག་རོགས་རམ", "households": "ཁྱིམ་ཚང", "residents": "སྡོད་མི་འབོར",
       "floating_population": "འགུལ་བསྐྱོད་མི་འབོར", "staff": "སྡོད་ཁུལ་ལས་བྱེད་པ"}


def haiyan_oct(W):
    m, code = "2025-10", BY_SHORT["海晏路"]
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 2, "海晏路社区2025年10月工作情况统计")
    sh.row(1, 0, ["类别", "工作数据（指标：数值）", "备注"])
    loan = W.v[(code, m, "micro_loans_yuan")]
    rows = [("民情诉求", "受理诉求：{0}件；办结：{1}件；调解纠纷：{2}起",
             ["petitions_received", "petitions_resolved", "disputes_mediated"], {}, "含国庆假期值班受理"),
            ("就业创业", "新增就业岗位：{0}个（其中公益性岗位{1}个）；实现就业：{2}人；技能培训：{3}场；创业担保贷款：{4}" +
             ("万元" if loan else ""), ["jobs_created", "public_welfare_jobs", "people_employed", "training_sessions",
                                       "micro_loans_yuan"], {4: ("wu", "", 10000)}, ""),
            ("民政救助", "低保：{0}户{1}人；低保金：{2}元；零就业家庭：{3}户",
             ["dibao_households", "dibao_persons", "dibao_payout_yuan", "zero_employment_households"], {2: "k"}, ""),
            ("为老服务", "老年人免费体检：{0}人；走访慰问：{1}人；慰问物资：{2}件",
             ["free_health_checks", "people_assisted", "goods_distributed"], {}, "10月29日重阳节走访高龄老人"),
            ("平安建设", "巡逻队员：{0}人；平安信息员：{1}人；治安案件：{2}起",
             ["patrol_members", "informants", "security_cases"], {}, ""),
            ("党建", "党员结对帮扶：{0}对", ["pairings"], {}, "")]
    for i, (cat, tpl, inds, styles, note) in enumerate(rows):
        r = 2 + i
        sh.put(r, 0, cat)
        multi(sh, r, 1, code, m, tpl, inds, styles=styles)
        if note:
            sh.put(r, 2, note)
    sh.put(9, 0, "注：10月15日起供暖，暖气不热诉求已计入受理诉求。")
    sh.put(10, 0, "海晏路社区居委会　2025年11月3日")
    sh.widths.update({0: 10, 1: 70, 2: 24})
    save("batch1/海晏路社区2025年10月工作情况统计.xlsx", [sh], "openpyxl",
         ["community_file", "packed_label_value_strings", "several_values_one_cell", "pair_hh_persons", "wan_in_cell",
          "thousands_text", "category_column"], (2025, 11, 3, 9, 20))


def yicai_east_oct(W):
    m, code = "2025-10", BY_SHORT["医财巷东"]
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 5, "医财巷东社区2025年10月份工作统计")
    sh.merge(1, 0, 1, 5, "（医财巷东居委会）")
    sh.row(2, 0, ["序号", "项目", "单位", "本月发生", "月末实有", "备注"])
    spec = [("受理诉求", "件", "petitions_received", 3), ("办结诉求", "件", "petitions_resolved", 3),
            ("调解纠纷", "起", "disputes_mediated", 3), ("新增就业岗位", "个", "jobs_created", 3),
            ("其中：公益性岗位", "个", "public_welfare_jobs", 3), ("实现就业", "人", "people_employed", 3),
            ("职业技能培训", "场", "training_sessions", 3), ("低保金发放", "元", "dibao_payout_yuan", 3),
            ("老年人免费体检", "人", "free_health_checks", 3), ("走访慰问困难群众", "人", "people_assisted", 3),
            ("发放慰问物资", "件", "goods_distributed", 3), ("治安案件", "起", "security_cases", 3),
            ("低保户数", "户", "dibao_households", 4), ("低保人数", "人", "dibao_persons", 4),
            ("零就业家庭", "户", "zero_employment_households", 4), ("巡逻队员", "人", "patrol_members", 4),
            ("平安信息员", "人", "informants", 4), ("党员结对帮扶", "对", "pairings", 4), ("注册志愿者", "人", "volunteers", 4)]
    for i, (lab, unit, ind, c) in enumerate(spec):
        r = 3 + i
        sh.row(r, 0, [i + 1, lab, unit])
        val(sh, r, c, code, m, ind)
    sh.merge(4 + len(spec), 0, 4 + len(spec), 5, "说明：“本月发生”填当月工作量，“月末实有”填10月31日实有数。")
    sh.merge(5 + len(spec), 0, 5 + len(spec), 5, "填报人：韩玉兰　　2025年11月4日")
    save("batch1/医财巷东社区2025年10月份工作统计.ods", [sh], "odfpy",
         ["community_file", "flow_and_stock_value_columns", "each_row_fills_one_column", "registry_short_jwh"],
         (2025, 11, 4, 15, 5))


def lenghu_nov(W):
    m, code = "2025-11", BY_SHORT["冷湖路"]
    sh = Sheet("csv")
    sh.put(0, 0, "冷湖路社区2025年11月工作月报")
    sh.row(1, 0, ["项目", "单位", "本月", "备注"])
    rows = [("受理诉求", "件", "petitions_received", "n", ""),
            ("其中：暖气不热、管道漏水", "件", None, "n", "已转供热公司"),
            ("调解纠纷", "起", "disputes_mediated", "ling", ""), ("新增就业岗位", "个", "jobs_created", "n", ""),
            ("其中：公益性岗位", "个", "public_welfare_jobs", "ling", ""), ("实现就业", "人", "people_employed", "n", ""),
            ("老年人免费体检", "人", "free_health_checks", "n", ""), ("走访慰问", "人", "people_assisted", "n", ""),
            ("慰问物资", "件", "goods_distributed", "n", "米、面、清油"), ("治安案件", "起", "security_cases", "ling", ""),
            ("巡逻队员", "人", "patrol_members", "n", ""), ("平安信息员", "人", "informants", "n", ""),
            ("常住户数", "户", "households", "fwc", ""), ("常住人口", "人", "residents", "fwc", ""),
            ("流动人口", "人", "floating_population", "fwc", ""), ("社区工作者", "人", "staff", "n", "")]
    for i, (lab, unit, ind, st, note) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        if ind is None:
            sh.put(r, 2, str(W.v[(code, m, "petitions_received")] * 4 // 10))
        else:
            val(sh, r, 2, code, m, ind, style="t" if st == "n" else st)
        if note:
            sh.put(r, 3, note)
    sh.row(2 + len(rows), 0, ["填报人：马晓燕", "", "2025年12月3日", ""])
    save("batch1/冷湖路社区2025年11月工作月报.csv", [sh], "csv-gbk",
         ["community_file", "csv_gbk_wps", "fullwidth_comma_thousands", "ling_for_zero", "part_row_outside",
          "lenghu_place_name"], (2025, 12, 3, 16, 45))


def yinjia_nov(W):
    m, code = "2025-11", BY_SHORT["殷家庄"]
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 5, "殷家庄社区2025年11月工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "本月", "供暖期累计\n（10月15日起）", "备注"])
    spec = [("受理诉求", "件", "petitions_received"), ("其中：暖气不热诉求", "件", None),
            ("办结诉求", "件", "petitions_resolved"), ("调解纠纷", "起", "disputes_mediated"),
            ("新增就业岗位", "个", "jobs_created"), ("实现就业", "人", "people_employed"),
            ("职业技能培训", "场", "training_sessions"), ("老年人免费体检", "人", "free_health_checks"),
            ("走访慰问困难群众", "人", "people_assisted"), ("发放慰问物资", "件", "goods_distributed"),
            ("治安案件", "起", "security_cases"), ("志愿服务", "人次", "volunteer_person_times"),
            ("党员", "名", "party_members"), ("党员结对帮扶", "对", "pairings")]
    for i, (lab, unit, ind) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [i + 1, lab, unit])
        if ind is None:
            a = W.v[(code, m, "petitions_received")] // 2
            sh.row(r, 3, [a, a + W.v[(code, "2025-10", "petitions_received")] // 5])
        elif ind in ("party_members", "pairings"):
            val(sh, r, 3, code, m, ind)
            sh.put(r, 4, "—")
        else:
            val(sh, r, 3, code, m, ind)
            sh.put(r, 4, W.heating(code, m, ind))
    sh.merge(17, 0, 17, 5, "说明：供暖期累计自2025年10月15日供暖起算（10月按整月计）。")
    sh.merge(18, 0, 18, 5, "殷家庄社区居委会　冶海燕　2025年12月4日")
    save("batch1/殷家庄社区2025年11月工作报表.xls", [sh], "xlwt",
         ["community_file", "heating_season_cumulative_column", "part_row_outside", "dash_for_stock_cumulative"],
         (2025, 12, 4, 10, 25))


def xinxi_dec(W):
    m, code = "2025-12", BY_SHORT["新西"]
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "城西区虎台街道新西社区2025年12月工作情况")
    sh.row(1, 0, ["序号", "工作内容", "完成情况", "备注"])
    spec = [("低保金发放", "dibao_payout_yuan", "cnwan", ""), ("创业担保贷款", "micro_loans_yuan", "loan", ""),
            ("新增公益性岗位", "public_welfare_jobs", "u个", ""), ("职业技能培训", "training_sessions", "u场", ""),
            ("零就业家庭", "zero_employment_households", "wu户", "动态清零"),
            ("走访慰问困难群众", "people_assisted", "yue人", "元旦前"),
            ("发放慰问物资", "goods_distributed", "u件", "米、面、清油"), ("党员", "party_members", "u名", ""),
            ("党员结对帮扶", "pairings", "u对", ""), ("流动人口", "floating_population", "u人", "年底返乡减少")]
    for i, (lab, ind, st, note) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [i + 1, lab])
        if st == "loan":
            v = W.v[(code, m, ind)]
            val(sh, r, 2, code, m, ind, style="wu" if v == 0 else "wan", div=1 if v == 0 else 10000)
        elif st == "cnwan":
            val(sh, r, 2, code, m, ind, style="cnwan")
        else:
            val(sh, r, 2, code, m, ind, style=st[:-1], unit=st[-1])
        if note:
            sh.put(r, 3, note)
    sh.put(13, 0, "新西社区居委会（盖章）　2026年1月5日")
    save("batch1/新西社区2025年12月工作情况.xlsx", [sh], "openpyxl",
         ["community_file", "amount_wan_qian_bai_words", "wan_in_cell", "units_glued", "approx_yue", "wu_zero",
          "district_street_path_title"], (2026, 1, 5, 11, 0))


def hutai_two(W):
    code = BY_SHORT["虎台"]
    spec = [("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
            ("其中：公益性岗位", "个", "public_welfare_jobs"), ("实现就业", "人", "people_employed"),
            ("创业担保贷款", "万元", "micro_loans_yuan"), ("职业技能培训", "场", "training_sessions"),
            ("零就业家庭", "户", "zero_employment_households"), ("老年人免费体检", "人", "free_health_checks"),
            ("走访慰问", "人", "people_assisted"), ("慰问物资", "件", "goods_distributed"),
            ("文体活动", "场", "cultural_activities"), ("政策宣讲", "次", "lectures_held"), ("治安案件", "起", "security_cases"),
            ("巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
            ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers"), ("党员", "名", "party_members"),
            ("结对帮扶", "对", "pairings"), ("流动人口", "人", "floating_population")]
    sheets = []
    for m, tab, title in (("2025-12", "十二月", "二〇二五年十二月"), ("2026-01", "一月", "二〇二六年一月")):
        sh = Sheet(tab)
        sh.merge(0, 0, 0, 4, f"虎台街道虎台社区{title}工作月报")
        sh.row(1, 0, ["序号", "项目", "单位", "数量", "备注"])
        for i, (lab, unit, ind) in enumerate(spec):
            r = 2 + i
            sh.row(r, 0, [i + 1, lab, unit])
            val(sh, r, 3, code, m, ind, div=10000 if unit == "万元" else 1)
        sh.put(2 + 10, 4, "含元旦迎新活动" if m == "2025-12" else "含腊八节、小年活动")
        sh.put(3 + len(spec), 0, "注：本表为虎台社区居委会数据，不含虎台街道机关。")
        sheets.append(sh)
    save("batch1/虎台社区工作月报（12月、1月）.xlsx", sheets, "openpyxl",
         ["community_file", "sheet_per_month", "chinese_numeral_sheet_names", "chinese_numeral_year_in_title",
          "year_boundary_in_workbook", "street_name_is_community_name", "wan_unit_column"], (2026, 2, 3, 9, 0))


def yicai_west_jan(W):
    m, code = "2026-01", BY_SHORT["医财巷西"]
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 4, "སྡོད་ཁུལ་གྱི་ཟླ་རེའི་ལས་ཀའི་རེའུ་མིག")
    sh.merge(1, 0, 1, 4, "医财巷西居委会2026年1月工作报表")
    sh.row(2, 0, ["项目", "རྣམ་གྲངས", "单位", "本月", "备注"])
    spec = [("受理诉求", "件"), ("办结诉求", "件"), ("新增就业岗位", "个"), ("其中：公益性岗位", "个"), ("实现就业", "人"),
            ("职业技能培训", "场"), ("低保户数", "户"), ("低保人数", "人"), ("低保金", "元"), ("注册志愿者", "人"),
            ("志愿服务", "人次"), ("党员", "名"), ("结对帮扶", "对"), ("常住户数", "户"), ("常住人口", "人"),
            ("流动人口", "人"), ("社区工作者", "人")]
    inds = ["petitions_received", "petitions_resolved", "jobs_created", "public_welfare_jobs", "people_employed",
            "training_sessions", "dibao_households", "dibao_persons", "dibao_payout_yuan", "volunteers",
            "volunteer_person_times", "party_members", "pairings", "households", "residents", "floating_population", "staff"]
    for i, ((lab, unit), ind) in enumerate(zip(spec, inds)):
        r = 3 + i
        sh.row(r, 0, [lab, TBL[ind], unit])
        val(sh, r, 3, code, m, ind)
    sh.merge(21, 0, 21, 4, "填表人：多杰才让　　审核：　　2026年2月4日")
    sh.widths.update({0: 18, 1: 26})
    save("batch1/医财巷西社区2026年1月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "tibetan_label_column", "tibetan_title_line", "registry_name_jwh_title"], (2026, 2, 4, 17, 30))


def lenghu_feb(W):
    m, code = "2026-02", BY_SHORT["冷湖路"]
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 3, "冷湖路社区2026年2月工作报表")
    sh.row(1, 0, ["项目", "单位", "本月", "说明"])
    rows = [("受理诉求（来电来访+网格上报+12345转办）", "件", "petitions_received", 3, ""),
            ("办结诉求", "件", "petitions_resolved", 0, ""), ("调解纠纷", "起", "disputes_mediated", 0, ""),
            ("新增就业岗位", "个", "jobs_created", 0, ""), ("实现就业", "人", "people_employed", 0, ""),
            ("老年人免费体检", "人", "free_health_checks", 0, ""),
            ("文体活动（社火排练+藏历新年联欢）", "场", "cultural_activities", 2, ""),
            ("政策宣讲", "次", "lectures_held", 0, ""),
            ("志愿服务（春节值守+清雪）", "人次", "volunteer_person_times", 2, "2月17日春节、2月18日藏历新年"),
            ("治安案件", "起", "security_cases", 0, "")]
    for i, (lab, unit, ind, parts, note) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        v = W.v[(code, m, ind)]
        if parts and v >= parts:
            ps = [v * 5 // 10, v * 3 // 10] if parts == 3 else [v * 6 // 10]
            ps.append(v - sum(ps))
            val(sh, r, 2, code, m, ind, style="t")
            sh.cells[(r, 2)] = ("+".join(map(str, ps)), None)
        else:
            val(sh, r, 2, code, m, ind)
        if note:
            sh.put(r, 3, note)
    sh.put(13, 0, "冷湖路社区　2026年3月3日")
    save("batch1/冷湖路社区2026年2月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "text_arithmetic_no_equals", "parts_named_in_label", "festival_dates_in_note"],
         (2026, 3, 3, 15, 30))


def build(W):
    haiyan_oct(W)
    yicai_east_oct(W)
    lenghu_nov(W)
    yinjia_nov(W)
    xinxi_dec(W)
    hutai_two(W)
    yicai_west_jan(W)
    lenghu_feb(W)

