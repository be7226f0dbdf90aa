"""Community files (2): 瑞城一 / 瑞城二 January (one workbook, sheets 「一社区」「二社区」), 嘉和城 February (a 「2月」 sheet
and a 「2月（修改）」 sheet that replaces it), 金嘉园 February (.et, the figures in a paragraph), 龚尚嘉苑 March (「45 件」,
较上月 words), 瑞景华庭 Q1 (2026-01 … Q1合计), 安联新青年 April (the title in a text box), 银龙小区第一 April (.xls,
二〇二六年四月, 待核), 建明小区第二 March and April side by side (增减 never a value)."""
from sjz_comm_a import items
from sjz_grid import Sheet, miss, multi, qval, val
from sjz_world import BY
from sjz_writers import save


def ruicheng_jan(W):
    m = "2026-01"
    spec = [("受理诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
            ("调解纠纷", "起", "disputes_mediated", "n"), ("实现就业", "人", "people_employed", "n"),
            ("零就业家庭", "户", "zero_employment_households", "wu"), ("走访慰问", "人", "people_assisted", "n"),
            ("慰问物资", "件", "goods_distributed", "n"), ("文体活动", "场", "cultural_activities", "n"),
            ("党员", "名", "party_members", "n"), ("结对帮扶", "对", "pairings", "n")]
    sheets = []
    for tab, stem in (("一社区", "瑞城一"), ("二社区", "瑞城二")):
        code = BY[stem]
        sh = Sheet(tab)
        sh.merge(0, 0, 0, 3, f"{stem}社区2026年1月工作报表")
        sh.row(1, 0, ["序号", "项目", "单位", "本月"])
        r = items(sh, 2, 0, code, m, spec)
        sh.put(r + 1, 0, f"{stem}社区居委会　2026年2月3日")
        sheets.append(sh)
    save("batch1/瑞城一社区、瑞城二社区2026年1月工作报表.xlsx", sheets, "openpyxl",
         ["community_file", "two_communities_one_workbook", "sheet_names_without_community", "ordinal_pair_ruicheng",
          "wu_zero"], (2026, 2, 3, 15, 30))


def jiahe_feb(W):
    m, code = "2026-02", BY["嘉和城"]
    spec = [("受理居民诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
            ("实现就业", "人", "people_employed"), ("春节走访慰问困难群众", "人", "people_assisted"),
            ("发放慰问物资", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
            ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers")]
    sheets = []
    for k, (tab, title) in enumerate((("2月", "嘉和城社区2026年2月工作月报"),
                                      ("2月（修改）", "嘉和城社区2026年2月工作月报（修改，以此表为准）"))):
        sh = Sheet(tab)
        sh.merge(0, 0, 0, 4, title)
        sh.row(1, 0, ["序号", "项目", "单位", "本月", "备注"])
        for i, (lab, unit, ind) in enumerate(spec):
            r = 2 + i
            sh.row(r, 0, [i + 1, lab, unit])
            key = (code, m, ind)
            if k == 0:
                val(sh, r, 3, code, m, ind)
            elif key in W.old:
                val(sh, r, 3, code, m, ind, value=W.v[key], role="primary")
                sh.put(r, 4, f"原报{W.old[key]}，漏统网格员代送")
            else:
                val(sh, r, 3, code, m, ind, value=W.v[key], role="duplicate")
        if k == 1:
            sh.put(13, 0, "修改说明：春节期间网格员代为走访的独居老人及代发慰问品未统计，已补充。")
        sh.put(14, 0, "嘉和城社区　2026年3月" + ("3日" if k == 0 else "5日"))
        sheets.append(sh)
    save("batch1/嘉和城社区2026年2月工作月报.xlsx", sheets, "openpyxl",
         ["community_file", "original_and_revised_sheet", "revision_inside_batch1", "spring_festival"],
         (2026, 3, 5, 11, 0))


def jinjia_feb(W):
    m, code = "2026-02", BY["金嘉园"]
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 5, "金嘉园社区2026年2月份工作情况")
    text = ("　　2月份，我社区共受理居民诉求{0}件，办结{1}件，调解邻里纠纷{2}起；春节前走访慰问困难群众、独居老人{3}人，"
            "发放米、面、油等慰问物资{4}件；组织“我们的节日·春节”文体活动{5}场，开展政策宣讲{6}次；春节假期安排值班24人次，"
            "组织志愿者参与烟花爆竹禁放劝导、文明祭扫等志愿服务{7}人次。")
    sh.merge(2, 0, 6, 5)
    multi(sh, 2, 0, code, m, text, ["petitions_received", "petitions_resolved", "disputes_mediated", "people_assisted",
                                    "goods_distributed", "cultural_activities", "lectures_held",
                                    "volunteer_person_times"])
    sh.put(8, 0, "基础数据（月末）")
    sh.row(9, 0, ["项目", "数值"])
    spec = [("常住户数（户）", "households"), ("常住人口（人）", "residents"), ("流动人口（人）", "floating_population"),
            ("社区工作者（人）", "staff"), ("党员（名）", "party_members")]
    for i, (lab, ind) in enumerate(spec):
        sh.put(10 + i, 0, lab)
        val(sh, 10 + i, 1, code, m, ind)
    sh.put(16, 3, "金嘉园社区居委会")
    sh.put(17, 3, "2026年3月2日")
    sh.widths.update({0: 18})
    save("batch1/金嘉园社区2026年2月份工作情况.et", [sh], "xlwt-et",
         ["community_file", "figures_in_a_paragraph", "duty_renci_trap", "small_table_below_text", "spring_festival"],
         (2026, 3, 2, 17, 20))


def gongshang_mar(W):
    m, code = "2026-03", BY["龚尚嘉苑"]
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 2, "龚尚嘉苑社区2026年3月份工作报表")
    sh.row(1, 0, ["指标", "完成情况", "较上月"])
    spec = [("受理诉求", "件", "petitions_received", "su"), ("办结", "件", "petitions_resolved", "su"),
            ("调解纠纷", "起", "disputes_mediated", "su"), ("新增就业岗位", "个", "jobs_created", "su"),
            ("公益性岗位", "个", "public_welfare_jobs", "su"), ("实现就业", "人", "people_employed", "su"),
            ("职业技能培训", "场", "training_sessions", "su"), ("免费健康体检", "人", "free_health_checks", "su"),
            ("元宵节文体活动", "场", "cultural_activities", "su"), ("政策宣讲", "次", "lectures_held", "su"),
            ("注册志愿者", "人", "volunteers", "k"), ("学雷锋志愿服务", "人次", "volunteer_person_times", "k"),
            ("创城文明交通劝导", "人次", None, "out")]
    for i, (lab, unit, ind, st) in enumerate(spec):
        r = 2 + i
        sh.put(r, 0, lab)
        if ind is None:
            sh.put(r, 1, "120 人次")
            sh.put(r, 2, "—")
            continue
        val(sh, r, 1, code, m, ind, style=st, unit=unit)
        d = W.v[(code, m, ind)] - W.v[(code, W.prev(m), ind)]
        sh.put(r, 2, "持平" if d == 0 else f"{d:+d}")
    sh.put(16, 0, "龚尚嘉苑社区　2026年4月2日")
    sh.widths.update({0: 20, 1: 14})
    save("batch1/龚尚嘉苑社区2026年3月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "space_before_unit", "thousands_with_unit", "signed_change_column", "outside_rows",
          "leifeng_month"], (2026, 4, 2, 9, 30))


def ruijing_q1(W):
    code = BY["瑞景华庭"]
    months = ["2026-01", "2026-02", "2026-03"]
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, 6, "瑞景华庭社区2026年一季度工作数据")
    sh.row(1, 0, ["指标", "单位", "2026-01", "2026-02", "2026-03", "Q1合计", "备注"])
    spec = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
            ("新增就业岗位", "个", "jobs_created"), ("实现就业", "人", "people_employed"),
            ("走访慰问", "人", "people_assisted"), ("慰问物资", "件", "goods_distributed"),
            ("文体活动", "场", "cultural_activities"), ("志愿服务", "人次", "volunteer_person_times"),
            ("低保户数", "户", "dibao_households"), ("党员", "名", "party_members")]
    for i, (lab, unit, ind) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        for k, m in enumerate(months):
            val(sh, r, 2 + k, code, m, ind)
        if ind in ("dibao_households", "party_members"):
            sh.put(r, 5, "—")
            sh.put(r, 6, "月末数")
        else:
            qval(sh, r, 5, code, "2026-Q1", ind)
    sh.put(13, 0, "瑞景华庭社区居委会　2026年4月3日")
    save("batch1/瑞景华庭社区2026年一季度工作数据.ods", [sh], "odfpy",
         ["community_file", "iso_month_headers", "quarter_total_column", "stock_quarter_dash", "months_across"],
         (2026, 4, 3, 10, 50))


def anlian_apr(W):
    m, code = "2026-04", BY["安联新青年"]
    sh = Sheet("Sheet1")
    sh.textboxes.append((0, 0, "安联新青年社区2026年4月工作报表"))
    sh.row(3, 0, ["序号", "工作内容", "单位", "数量", "说明"])
    spec = [("受理居民诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
            ("新增就业岗位", "个", "jobs_created", "n"), ("实现就业", "人", "people_employed", "n"),
            ("65岁以上老人免费体检", "人", "free_health_checks", "n"), ("文体活动", "场", "cultural_activities", "n"),
            ("政策宣讲", "次", "lectures_held", "n"), ("志愿服务", "人次", "volunteer_person_times", "n"),
            ("注册志愿者", "人", "volunteers", "n"), ("常住户数", "户", "households", "n"),
            ("常住人口", "人", "residents", "n"), ("流动人口", "人", "floating_population", "n")]
    r = items(sh, 4, 0, code, m, spec)
    sh.put(9, 4, "含清明节、社区春季运动会")
    sh.put(r + 1, 3, "安联新青年社区居委会")
    sh.put(r + 2, 3, "2026年5月6日")
    sh.widths.update({1: 24, 4: 24})
    save("batch1/安联新青年社区2026年4月工作报表.xlsx", [sh], "xlsxwriter",
         ["community_file", "title_in_text_box", "period_only_in_file_name", "footer_date_trap"],
         (2026, 5, 6, 16, 0))


def yinlong1_apr(W):
    m, code = "2026-04", BY["银龙小区第一"]
    sh = Sheet("四月")
    sh.merge(0, 0, 0, 4, "银龙一社区工作报表")
    sh.merge(1, 0, 1, 4, "填报期间：二〇二六年四月")
    sh.row(2, 0, ["序号", "项目", "单位", "数量", "备注"])
    spec = [("受理诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
            ("调解纠纷", "起", "disputes_mediated", ("miss", "待核")), ("治安案件", "起", "security_cases", "ling"),
            ("巡逻队员", "人", "patrol_members", "n"), ("平安信息员", "人", "informants", "n"),
            ("免费体检", "人", "free_health_checks", "yue"), ("走访慰问", "人", "people_assisted", "n"),
            ("清明文体活动", "场", "cultural_activities", "n"), ("志愿服务", "人次", "volunteer_person_times", "yu")]
    r = items(sh, 3, 0, code, m, spec)
    sh.put(5, 4, "司法所尚未反馈")
    sh.put(r + 1, 0, "银龙小区第一社区　2026年5月5日")
    save("batch1/银龙小区第一社区2026年4月工作报表.xls", [sh], "xlwt",
         ["community_file", "period_in_chinese_numerals", "daihe_marker", "ling_zero", "approx_yue", "approx_yu",
          "ordinal_pair_yinlong"], (2026, 5, 5, 14, 40))


def jianming2_mar_apr(W):
    code = BY["建明小区第二"]
    months = ["2026-03", "2026-04"]
    sh = Sheet("3-4月")
    sh.merge(0, 0, 0, 5, "建明二社区2026年3—4月工作报表")
    sh.row(1, 0, ["项目", "单位", "3月", "4月", "增减", "备注"])
    spec = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
            ("新增就业岗位", "个", "jobs_created"), ("公益性岗位", "个", "public_welfare_jobs"),
            ("实现就业", "人", "people_employed"), ("创业担保贷款", "元", "micro_loans_yuan"),
            ("免费体检", "人", "free_health_checks"), ("文体活动", "场", "cultural_activities"),
            ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers")]
    for i, (lab, unit, ind) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        for k, m in enumerate(months):
            val(sh, r, 2 + k, code, m, ind, style="k" if ind == "micro_loans_yuan" else "n")
        sh.put(r, 4, W.v[(code, months[1], ind)] - W.v[(code, months[0], ind)])
    sh.put(13, 0, "建明小区第二社区居委会　2026年5月4日")
    save("batch1/建明小区第二社区2026年3月、4月工作报表.ods", [sh], "odfpy",
         ["community_file", "two_months_side_by_side", "difference_column", "ordinal_pair_jianming"],
         (2026, 5, 4, 10, 0))


def build(W):
    ruicheng_jan(W)
    jiahe_feb(W)
    jinjia_feb(W)
    gongshang_mar(W)
    ruijing_q1(W)
    anlian_apr(W)
    yinlong1_apr(W)
    jianming2_mar_apr(W)
