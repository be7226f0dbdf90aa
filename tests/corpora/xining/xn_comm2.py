"""Community files (2): 海晏路 2月 (.et, indicators across, a units row, full-width digits), 殷家庄 3月 (本月 | 上月;
resent in batch2), 新西 一季度台账 (SUM formulas, 一季度合计), 医财巷东 3月 (figures with remarks in the cell), 虎台 26年4月
(.ods, 「〇」), 医财巷西 4月 (计划数 | 完成数 | 完成率), 殷家庄 冬季台账 (months as rows, 2025年12月 … 2026年2月)."""
from xn_grid import Formula, Sheet, col_letter, multi, qval, val
from xn_world import BY_SHORT
from xn_writers import save


def haiyan_feb(W):
    m, code = "2026-02", BY_SHORT["海晏路"]
    sh = Sheet("Sheet1")
    heads = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"), ("调解纠纷", "起", "disputes_mediated"),
             ("新增岗位", "个", "jobs_created"), ("公益性岗位", "个", "public_welfare_jobs"), ("实现就业", "人", "people_employed"),
             ("技能培训", "场", "training_sessions"), ("老年人体检", "人", "free_health_checks"), ("文体活动", "场", "cultural_activities"),
             ("宣讲", "次", "lectures_held"), ("志愿服务", "人次", "volunteer_person_times"), ("巡逻队员", "人", "patrol_members"),
             ("信息员", "人", "informants"), ("治安案件", "起", "security_cases"), ("注册志愿者", "人", "volunteers"),
             ("党员", "名", "party_members")]
    n = len(heads)
    sh.merge(0, 0, 0, n, "海晏路社区2026年2月工作数据")
    sh.put(1, 0, "社区")
    sh.put(2, 0, "")
    sh.put(3, 0, "海晏路")
    for k, (lab, unit, ind) in enumerate(heads):
        sh.put(1, 1 + k, lab)
        sh.put(2, 1 + k, f"（{unit}）")
        val(sh, 3, 1 + k, code, m, ind, style="fw" if k % 4 == 1 else "n")
    sh.put(5, 0, "2026.3.4　海晏路社区　填报人：冶")
    save("batch1/海晏路社区2026年2月工作数据.et", [sh], "xlwt-et",
         ["community_file", "indicators_across_one_row", "units_row", "fullwidth_digits", "short_labels"],
         (2026, 3, 4, 9, 50))


def yinjia_mar(W, batch="batch1"):
    m, code = "2026-03", BY_SHORT["殷家庄"]
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 5, "殷家庄社区2026年3月工作报表" + ("（修改后）" if batch == "batch2" else ""))
    sh.row(1, 0, ["序号", "项目", "单位", "本月", "上月", "备注"])
    spec = [("受理诉求", "件", "petitions_received", "n"), ("办结诉求", "件", "petitions_resolved", "n"),
            ("调解纠纷", "起", "disputes_mediated", "n"), ("新增就业岗位", "个", "jobs_created", "n"),
            ("实现就业", "人", "people_employed", "n"), ("老年人免费体检", "人", "free_health_checks", "yue"),
            ("走访慰问困难群众", "人", "people_assisted", "n"), ("发放慰问物资", "件", "goods_distributed", "yu"),
            ("文体活动", "场", "cultural_activities", "n"), ("志愿服务", "人次", "volunteer_person_times", "yu"),
            ("巡逻队员", "人", "patrol_members", "n"), ("注册志愿者", "人", "volunteers", "n"), ("党员", "名", "party_members", "n")]
    for i, (lab, unit, ind, st) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [i + 1, lab, unit])
        val(sh, r, 3, code, m, ind, style=st)
        val(sh, r, 4, code, W.prev(m), ind, role="prevmonth")
        if batch == "batch2" and (code, m, ind) in W.old:
            sh.put(r, 5, "原报有误，已修改")
        elif ind == "people_assisted":
            sh.put(r, 5, "含开斋节走访回族困难群众")
    if batch == "batch2":
        sh.merge(16, 0, 16, 5, "说明：志愿服务漏统“全域无垃圾”清洁行动一批次，体检重复计入8人，现修改后重新报送，以本表为准。")
    else:
        sh.merge(16, 0, 16, 5, "注：3月20日开斋节；3月5日学雷锋志愿服务。")
    sh.merge(17, 0, 17, 5, "殷家庄社区居委会　" + ("2026年4月10日" if batch == "batch2" else "2026年4月2日"))
    return sh


def xinxi_q1(W):
    code = BY_SHORT["新西"]
    ms = ["2026-01", "2026-02", "2026-03"]
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, 6, "新西社区2026年第一季度工作台账")
    sh.row(1, 0, ["项目", "单位", "1月", "2月", "3月", "一季度合计", "备注"])
    spec = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"), ("实现就业", "人", "people_employed"),
            ("老年人免费体检", "人", "free_health_checks"), ("走访慰问", "人", "people_assisted"),
            ("慰问物资", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"), ("政策宣讲", "次", "lectures_held"),
            ("志愿服务", "人次", "volunteer_person_times"), ("低保金", "元", "dibao_payout_yuan"),
            ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"), ("注册志愿者", "人", "volunteers"),
            ("党员", "名", "party_members")]
    stocks = {"dibao_households", "dibao_persons", "volunteers", "party_members"}
    for i, (lab, unit, ind) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        for k, m in enumerate(ms):
            val(sh, r, 2 + k, code, m, ind, fmt="#,##0" if unit == "元" else None)
        if ind in stocks:
            sh.put(r, 5, "—")
        else:
            qval(sh, r, 5, code, "2026-Q1", ind, formula=f"=SUM(C{r + 1}:E{r + 1})", fmt="#,##0" if unit == "元" else None)
    sh.put(2 + 6, 6, "春节、藏历新年走访")
    sh.merge(19, 0, 19, 6, "新西社区居委会　2026年4月3日")
    save("batch1/新西社区2026年第一季度工作台账.xlsx", [sh], "xlsxwriter",
         ["community_file", "indicators_rows_months_columns", "quarter_total_column", "sum_formulas_cached",
          "dash_for_stock_total", "month_without_year_columns"], (2026, 4, 3, 16, 20))


def yicai_east_mar(W):
    m, code = "2026-03", BY_SHORT["医财巷东"]
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 2, "医财巷东社区2026年3月工作报表")
    sh.row(1, 0, ["项目", "完成情况", "备注"])
    loan = W.v[(code, m, "micro_loans_yuan")]
    cul = W.v[(code, m, "cultural_activities")]
    rec = W.v[(code, m, "petitions_received")]
    rows = [("受理诉求", "{0}件（含“青松办”线上反映" + str(rec // 4) + "件）", ["petitions_received"], {}),
            ("办结诉求", "{0}件", ["petitions_resolved"], {}), ("调解纠纷", "{0}起", ["disputes_mediated"], {}),
            ("新增就业岗位", "{0}个（其中公益性岗位{1}个，保洁、护绿）", ["jobs_created", "public_welfare_jobs"], {}),
            ("实现就业", "{0}人（春风行动招聘会）", ["people_employed"], {}),
            ("职业技能培训", "{0}场（含青绣技能培训1场）", ["training_sessions"], {}),
            ("创业担保贷款", "{0}" + ("万元" if loan else ""), ["micro_loans_yuan"], {0: ("wu", "", 10000)}),
            ("老年人免费体检", "{0}人", ["free_health_checks"], {}),
            ("走访慰问困难群众", "{0}人（开斋节、困难家庭）", ["people_assisted"], {}),
            ("发放慰问物资", "{0}件", ["goods_distributed"], {}),
            ("文体活动", "{0}场（含元宵社火展演" + str(min(2, cul)) + "场）", ["cultural_activities"], {}),
            ("政策宣讲", "{0}次", ["lectures_held"], {}), ("志愿服务", "{0}人次（学雷锋月）", ["volunteer_person_times"], {}),
            ("治安案件", "{0}", ["security_cases"], {0: ("wu", "起")})]
    for i, (lab, tpl, inds, styles) in enumerate(rows):
        r = 2 + i
        sh.put(r, 0, lab)
        multi(sh, r, 1, code, m, tpl, inds, styles=styles)
    sh.put(2 + 5, 2, "街道统一组织")
    sh.merge(17, 0, 17, 2, "医财巷东居委会　2026年4月2日")
    save("batch1/医财巷东社区2026年3月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "figure_with_remark_in_cell", "part_in_brackets", "two_values_one_cell", "wu_zero",
          "qingsongban_platform_part"], (2026, 4, 2, 14, 40))


def hutai_apr(W):
    m, code = "2026-04", BY_SHORT["虎台"]
    sh = Sheet("4月")
    sh.merge(0, 0, 0, 3, "虎台社区26年4月工作报表")
    sh.row(1, 0, ["项目", "单位", "数量", "备注"])
    spec = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"), ("调解纠纷", "起", "disputes_mediated"),
            ("新增就业岗位", "个", "jobs_created"), ("公益性岗位", "个", "public_welfare_jobs"), ("实现就业", "人", "people_employed"),
            ("职业技能培训", "场", "training_sessions"), ("创业担保贷款", "万元", "micro_loans_yuan"),
            ("零就业家庭", "户", "zero_employment_households"), ("注册志愿者", "人", "volunteers"),
            ("志愿服务", "人次", "volunteer_person_times"), ("党员", "名", "party_members"), ("结对帮扶", "对", "pairings"),
            ("常住户数", "户", "households"), ("常住人口", "人", "residents"), ("社区工作者", "人", "staff"),
            ("治安案件", "起", "security_cases")]
    for i, (lab, unit, ind) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        v = W.v[(code, m, ind)]
        val(sh, r, 2, code, m, ind, style="ling" if v == 0 else "n", div=10000 if unit == "万元" and v else 1)
    sh.put(2, 3, "含停暖后暖气回访诉求")
    sh.merge(20, 0, 20, 3, "说明：4月15日停暖；表中“〇”为零。　虎台社区　2026年5月5日")
    save("batch1/虎台社区26年4月工作报表.ods", [sh], "odfpy",
         ["community_file", "ling_for_zero", "two_digit_year", "wan_unit_column", "street_name_is_community_name"],
         (2026, 5, 5, 10, 50))


def yicai_west_apr(W):
    m, code = "2026-04", BY_SHORT["医财巷西"]
    sh = Sheet("4月")
    sh.merge(0, 0, 0, 5, "医财巷西社区2026年4月重点工作完成情况")
    sh.row(1, 0, ["项目", "单位", "计划数", "完成数", "完成率", "备注"])
    spec = [("新增就业岗位", "个", "jobs_created", 12), ("实现就业", "人", "people_employed", 15),
            ("职业技能培训", "场", "training_sessions", 2), ("老年人免费体检", "人", "free_health_checks", 90),
            ("志愿服务", "人次", "volunteer_person_times", 300), ("文体活动", "场", "cultural_activities", 4),
            ("政策宣讲", "次", "lectures_held", 3), ("注册志愿者", "人", "volunteers", None), ("党员", "名", "party_members", None)]
    for i, (lab, unit, ind, plan) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [lab, unit, plan if plan else "—"])
        val(sh, r, 3, code, m, ind)
        v = W.v[(code, m, ind)]
        sh.put(r, 4, f"{v / plan * 100:.1f}%" if plan else "—")
    sh.put(2 + 3, 5, "4月为老年人体检集中月")
    sh.merge(12, 0, 12, 5, "医财巷西社区　2026年5月6日")
    save("batch1/医财巷西社区2026年4月重点工作完成情况.xlsx", [sh], "openpyxl",
         ["community_file", "plan_done_rate_columns", "rate_text", "dash_for_stock_plan"], (2026, 5, 6, 9, 10))


def yinjia_winter(W):
    code = BY_SHORT["殷家庄"]
    ms = ["2025-12", "2026-01", "2026-02"]
    heads = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"), ("调解", "起", "disputes_mediated"),
             ("老年人体检", "人", "free_health_checks"), ("文体活动", "场", "cultural_activities"), ("宣讲", "次", "lectures_held"),
             ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers"), ("巡逻队员", "人", "patrol_members"),
             ("信息员", "人", "informants"), ("流动人口", "人", "floating_population"), ("常住人口", "人", "residents")]
    sh = Sheet("冬季台账")
    n = len(heads)
    sh.merge(0, 0, 0, n, "殷家庄社区冬季工作台账（2025年12月—2026年2月）")
    sh.put(1, 0, "月份")
    sh.put(2, 0, "单位")
    for k, (lab, unit, _) in enumerate(heads):
        sh.put(1, 1 + k, lab)
        sh.put(2, 1 + k, unit)
    for j, m in enumerate(ms):
        r = 3 + j
        sh.put(r, 0, f"{m[:4]}年{int(m[5:])}月")
        for k, (_, _, ind) in enumerate(heads):
            val(sh, r, 1 + k, code, m, ind)
    sh.put(6, 0, "合计")
    for k, (_, _, ind) in enumerate(heads[:7]):
        L = col_letter(1 + k)
        sh.put(6, 1 + k, Formula(f"=SUM({L}4:{L}6)", sum(W.v[(code, m, ind)] for m in ms)))
    sh.merge(8, 0, 8, n, "注：合计为12月至2月三个月合计；注册志愿者、巡逻队员、信息员、人口为月末数。冶海燕　2026年3月5日")
    save("batch1/殷家庄社区冬季工作台账（2025年12月—2026年2月）.xlsx", [sh], "xlsxwriter",
         ["community_file", "months_as_rows", "units_row", "span_total_row", "sum_formulas_cached", "months_cross_year"],
         (2026, 3, 5, 11, 15))


def build(W):
    haiyan_feb(W)
    save("batch1/殷家庄社区2026年3月工作报表.xls", [yinjia_mar(W)], "xlwt",
         ["community_file", "this_month_last_month", "approx_yue", "approx_yu", "festival_note"], (2026, 4, 2, 10, 0))
    xinxi_q1(W)
    yicai_east_mar(W)
    hutai_apr(W)
    yicai_west_apr(W)
    yinjia_winter(W)
