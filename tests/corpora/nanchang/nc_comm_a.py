"""Community files (1): 文教路 7月 (防汛 and 高温 items), 文教路北 七月份 (the year only in the 报送日期), 北京西路 8月 (.ods, 上月
before 本月), 七里街 8月 (WPS GBK CSV, 「本月/累计」 in one cell), 李家庄 三季度台账 (months across, a stock merged across
7–9月, 「=C9」 formulas copying an unchanged stock), 光明 9月份 (统计周期 8月26日—9月25日)."""
from nc_grid import Formula, Sheet, miss, multi, qval, span, val
from nc_world import BY_SHORT
from nc_writers import save

GLUE = ("u", "us", "fw", "zy", "yu", "cn", "wu", "yue")


def items(sh, r0, code, m, spec, cols=(0, 1, 2, 3), num=True, note_col=None):
    """Rows 序号 | 项目 | 单位 | 数值 (| 备注) from spec: (label, unit, ind or None, how[, note]). how: a render style;
    ('miss', text); ('multi', template, [inds]); ('out', text) for an item outside the catalogue; ('div', n) for 万元.
    Returns the next row."""
    r = r0
    for i, it in enumerate(spec):
        lab, unit, ind, how = it[:4]
        if num:
            sh.put(r, cols[0], i + 1)
        sh.put(r, cols[1], lab)
        if unit and cols[2] is not None:
            sh.put(r, cols[2], unit)
        c = cols[3]
        if isinstance(how, tuple) and how[0] == "miss":
            miss(sh, r, c, code, m, ind, how[1])
        elif isinstance(how, tuple) and how[0] == "multi":
            multi(sh, r, c, code, m, how[1], how[2])
        elif isinstance(how, tuple) and how[0] == "out":
            sh.put(r, c, how[1])
        elif isinstance(how, tuple) and how[0] == "div":
            val(sh, r, c, code, m, ind, div=how[1])
        else:
            val(sh, r, c, code, m, ind, style=how, unit=unit if how in GLUE else "")
        if len(it) > 4 and note_col is not None:
            sh.put(r, note_col, it[4])
        r += 1
    return r


def wenjiao_jul(W):
    m, code = "2025-07", BY_SHORT["文教路"]
    sh = Sheet("7月")
    sh.merge(0, 0, 0, 4, "文教路社区2025年7月工作报表")
    sh.merge(1, 0, 1, 4, "填报单位：彭家桥街道文教路社区居委会")
    sh.row(2, 0, ["序号", "工作项目", "计量单位", "完成数", "备注"])
    spec = [("受理居民诉求", "件", "petitions_received", "n", "含出梅前强降雨积水、停电诉求"),
            ("办结", "件", "petitions_resolved", "n"),
            ("调解邻里纠纷", "起", "disputes_mediated", "cn"),
            ("防汛值守", "人次", None, ("out", "126"), "7月主汛期24小时值班"),
            ("新增就业岗位", "个", "jobs_created", "n"),
            ("其中：公益性岗位", "个", "public_welfare_jobs", "n"),
            ("帮助实现就业", "人", "people_employed", "n", "含高校毕业生"),
            ("高温走访独居、困难老人", "人", "people_assisted", "n"),
            ("向困难老人发放防暑降温慰问品", "件", "goods_distributed", "n"),
            ("夏送清凉慰问环卫工人等户外劳动者", "人", None, ("out", "60"), "不计入走访慰问"),
            ("群众文体活动", "场", "cultural_activities", "n"),
            ("理论宣讲（含“七一”专题党课）", "次", "lectures_held", "n"),
            ("志愿服务", "人次", "volunteer_person_times", ("multi", "{0}（含防汛巡查）", ["volunteer_person_times"]))]
    r = items(sh, 3, code, m, spec, cols=(0, 1, 2, 3), note_col=4)
    sh.put(r + 1, 0, "文教路社区居委会　　2025年8月3日")
    sh.widths.update({1: 34, 4: 24})
    return sh


def wenbei_jul(W):
    m, code = "2025-07", BY_SHORT["文教路北"]
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 2, "文教路北社区七月份工作情况")
    sh.row(1, 0, ["项目", "数量", "单位"])
    spec = [("受理诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
            ("新增就业岗位", "个", "jobs_created", "n"), ("实现就业", "人", "people_employed", "n"),
            ("零就业家庭", "户", "zero_employment_households", "wu"), ("低保户", "户", "dibao_households", "n"),
            ("低保人员", "人", "dibao_persons", "n"), ("低保金", "元", "dibao_payout_yuan", "k"),
            ("走访慰问", "人", "people_assisted", "zy"), ("文体活动", "场", "cultural_activities", "n"),
            ("志愿服务", "人次", "volunteer_person_times", "yu"), ("巡逻队员", "人", "patrol_members", "n"),
            ("平安信息员", "人", "informants", "n")]
    r = items(sh, 2, code, m, spec, cols=(None, 0, 2, 1), num=False)
    sh.put(r + 1, 0, "报送日期：2025年8月4日　　填报人：文教路北社区　刘")
    return sh


def beijingxi_aug(W):
    m, code = "2025-08", BY_SHORT["北京西路"]
    p = W.prev(m)
    sh = Sheet("8月")
    sh.merge(0, 0, 0, 5, "北京西路社区2025年8月工作月报")
    sh.row(1, 0, ["序号", "项目", "单位", "上月", "本月", "备注"])
    spec = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("新增岗位", "个", "jobs_created"),
            ("实现就业", "人", "people_employed"), ("创业担保贷款", "万元", "micro_loans_yuan"),
            ("免费体检", "人", "free_health_checks"), ("走访慰问", "人", "people_assisted"),
            ("慰问物资", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
            ("注册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times")]
    for i, (lab, unit, ind) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [i + 1, lab, unit])
        div = 10000 if unit == "万元" else 1
        val(sh, r, 3, code, p, ind, div=div, role="prevmonth")
        val(sh, r, 4, code, m, ind, div=div)
        if ind == "people_assisted":
            sh.put(r, 5, "高温慰问独居老人")
        if ind == "free_health_checks":
            sh.put(r, 5, "高温期间体检暂缓")
    sh.put(15, 0, "8月1日建军节走访慰问退役军人及军属38户，不计入走访慰问。")
    sh.put(16, 0, "北京西路社区　2025年9月2日")
    return sh


def qilijie_aug(W):
    m, code = "2025-08", BY_SHORT["七里街"]
    sh = Sheet("csv")
    sh.put(0, 0, "七里街社区2025年8月份数据")
    sh.row(1, 0, ["序号", "项目", "单位", "本月/累计", "备注"])
    spec = [("受理诉求", "件", "petitions_received", True), ("办结", "件", "petitions_resolved", True),
            ("新增就业岗位", "个", "jobs_created", True), ("实现就业", "人", "people_employed", True),
            ("创业担保贷款", "元", "micro_loans_yuan", True), ("职业技能培训", "场", "training_sessions", True),
            ("低保户", "户", "dibao_households", False), ("低保人数", "人", "dibao_persons", False),
            ("免费体检", "人", "free_health_checks", True), ("文体活动", "场", "cultural_activities", True),
            ("志愿服务", "人次", "volunteer_person_times", True), ("常住人口", "人", "residents", False),
            ("流动人口", "人", "floating_population", False)]
    for i, (lab, unit, ind, flow) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [str(i + 1), lab, unit])
        if flow:
            multi(sh, r, 3, code, m, "{0}/" + str(W.ytd(code, m, ind)), [ind])
        else:
            val(sh, r, 3, code, m, ind, style="t")
        if ind == "residents":
            sh.put(r, 4, "月末数")
    sh.row(2 + len(spec), 0, ["", "七里街社区", "", "2025年9月3日", ""])
    return sh


def lijiazhuang_q3(W):
    code = BY_SHORT["李家庄"]
    ms = ["2025-07", "2025-08", "2025-09"]
    sh = Sheet("三季度台账")
    sh.merge(0, 0, 0, 6, "李家庄社区2025年第三季度工作台账")
    sh.row(1, 0, ["序号", "项目", "单位", "7月", "8月", "9月", "三季度合计"])
    flows = [("受理居民诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
             ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("公益性岗位", "个", "public_welfare_jobs"), ("实现就业", "人", "people_employed"),
             ("免费健康体检", "人", "free_health_checks"), ("走访慰问", "人", "people_assisted"),
             ("发放慰问物资", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
             ("宣讲活动", "次", "lectures_held")]
    stocks = [("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
              ("党员人数", "名", "party_members")]
    r = 2
    for i, (lab, unit, ind) in enumerate(flows):
        sh.row(r, 0, [i + 1, lab, unit])
        for k, mm in enumerate(ms):
            val(sh, r, 3 + k, code, mm, ind)
        qval(sh, r, 6, code, "2025-Q3", ind, formula=f"=SUM(D{r + 1}:F{r + 1})")
        r += 1
    for j, (lab, unit, ind) in enumerate(stocks):
        sh.row(r, 0, [len(flows) + j + 1, lab, unit])
        for k, mm in enumerate(ms):
            if k and W.v[(code, mm, ind)] == W.v[(code, ms[k - 1], ind)] and not (code, mm, ind) in W.old:
                L = "DEF"[k - 1]
                val(sh, r, 3 + k, code, mm, ind, formula=f"={L}{r + 1}")
            else:
                val(sh, r, 3 + k, code, mm, ind)
        sh.put(r, 6, "—")
        r += 1
    sh.row(r, 0, [len(flows) + len(stocks) + 1, "社区工作者", "人"])
    sh.merge(r, 3, r, 5)
    span(sh, r, 3, code, ms, "staff")
    sh.put(r, 6, "—")
    sh.put(r + 2, 0, "注：低保、党员、社区工作者为月末数，三季度无变化的合并填写。")
    sh.put(r + 3, 0, "李家庄社区居委会　2025年10月8日")
    return sh


def guangming_sep(W):
    m, code = "2025-09", BY_SHORT["光明"]
    sh = Sheet("9月份")
    sh.merge(0, 0, 0, 2, "光明社区9月份工作报表")
    sh.merge(1, 0, 1, 2, "统计周期：2025年8月26日—9月25日")
    sh.merge(2, 0, 2, 2, "填报单位：东湖区彭家桥街道光明社区居委会")
    sh.row(3, 0, ["项目", "单位", "数据"])
    sec = W.v[(code, m, "security_cases")]
    spec = [("受理诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
            ("调解矛盾纠纷", "起", "disputes_mediated", "n"),
            ("治安案件", "起", "security_cases", ("multi", "本月未发生", ["security_cases"]) if sec == 0 else "u"),
            ("新增就业岗位", "个", "jobs_created", "n"), ("实现就业", "人", "people_employed", "n"),
            ("65岁以上老人免费体检", "人", "free_health_checks", "n"),
            ("中秋前走访慰问困难群众", "人", "people_assisted", "n"),
            ("发放月饼等慰问品", "份", "goods_distributed", "n"), ("文体活动", "场", "cultural_activities", "n"),
            ("政策宣讲", "次", "lectures_held", "n"), ("巡逻队员", "人", "patrol_members", "n"),
            ("平安信息员", "人", "informants", "n"), ("“志愿江西”注册志愿者", "人", "volunteers", "n")]
    r = items(sh, 4, code, m, spec, cols=(None, 0, 1, 2), num=False)
    sh.put(r + 1, 0, "光明社区居委会　2025年9月28日报")
    sh.widths.update({0: 26})
    return sh


def build(W):
    save("batch1/文教路社区2025年7月工作报表.xlsx", [wenjiao_jul(W)], "openpyxl",
         ["community_file", "flood_and_heat_items_outside", "cn_small_numerals", "figure_with_words", "notes_column",
          "wenjiao_prefix_trap"], (2025, 8, 3, 17, 10))
    save("batch1/文教路北社区七月份工作情况.xls", [wenbei_jul(W)], "xlwt",
         ["community_file", "month_in_words", "year_only_in_sending_date", "value_before_unit", "thousands_text",
          "approx_zuoyou", "approx_yu", "wu_zero", "wenjiao_prefix_trap"], (2025, 8, 4, 9, 5))
    save("batch1/北京西路社区2025年8月工作月报.ods", [beijingxi_aug(W)], "odfpy",
         ["community_file", "last_month_before_this_month", "wan_unit_column", "outside_note"], (2025, 9, 2, 10, 40))
    save("batch1/七里街社区2025年8月份数据.csv", [qilijie_aug(W)], "csv-gbk",
         ["community_file", "csv_gbk_wps", "month_and_ytd_in_one_cell", "qilijie_other_county_trap"],
         (2025, 9, 3, 16, 20))
    save("batch1/李家庄社区2025年第三季度工作台账.xlsx", [lijiazhuang_q3(W)], "xlsxwriter",
         ["community_file", "indicators_down_months_across", "quarter_total_column", "stock_merged_across_months",
          "formula_copies_previous_month", "sum_formula_subtotal"], (2025, 10, 8, 11, 25))
    save("batch1/光明社区9月份工作报表.xlsx", [guangming_sep(W)], "openpyxl",
         ["community_file", "period_26th_to_25th", "year_only_in_period_line", "zero_as_words", "measure_word_fen",
          "guangming_common_name"], (2025, 9, 28, 15, 0))
