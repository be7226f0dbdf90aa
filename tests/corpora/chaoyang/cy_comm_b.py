"""Community files, 2026-02 … 2026-05 (9 files); the batch1 华威西里 April return is also the base of its 更正."""
import random

from cy_comm_a import item
from cy_grid import Sheet, miss, pair, val, xz
from cy_world import BY_SHORT, FLOWS
from cy_writers import save

B = "batch1/"


def c11_pjy_feb(W):
    code, m = BY_SHORT["潘家园"], "2026-02"
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 6, "潘家园社区居委会2026年2月工作报表")
    sh.row(1, 0, ["序号", "指标", "单位", "全年任务", "本月完成", "累计完成", "完成进度"])
    rows = [("开发就业岗位", "个", "jobs_created", 120), ("促进就业", "人", "people_employed", 80),
            ("职业技能培训", "场", "training_sessions", 12), ("老年人健康体检", "人", "free_health_checks", 400),
            ("文体活动", "场", "cultural_activities", 60), ("政策宣讲", "次", "lectures_held", 30),
            ("志愿服务", "人次", "volunteer_person_times", 5000), ("“志愿北京”注册志愿者", "人", "volunteers", 2100),
            ("社区党员", "名", "party_members", None), ("接诉即办派单", "件", "petitions_received", None),
            ("接诉即办解决", "件", "petitions_resolved", None)]
    for i, (label, unit, ind, task) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit, task if task else "—"])
        val(sh, r, 4, code, m, ind, "about" if ind == "volunteer_person_times" else "n")
        if ind in FLOWS:
            ytd = W.ytd(code, m, ind)
            sh.put(r, 5, ytd)
            sh.put(r, 6, f"{ytd / task * 100:.1f}%" if task else "—")
        else:
            sh.put(r, 5, "—")
            sh.put(r, 6, f"{W.v[(code, m, ind)] / task * 100:.1f}%" if task else "—")
    sh.put(14, 0, "注：全年任务为街道下达的2026年度任务指标。填报人：杨帆　2026年3月4日")
    save(B + "潘家园社区2026年2月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "indicators_as_rows", "xlsx_openpyxl", "annual_task_column", "completion_percent_derived",
          "cumulative_column", "name_equals_street", "values_approx", "footer_date_trap"],
         (2026, 3, 4, 15, 35))


def c12_syd_mar(W):
    code, m = BY_SHORT["松榆东里"], "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 4, "松裕东里社区2026年3月工作报表")
    sh.row(1, 0, ["序号", "项目", "数量", "单位", "备注"])
    rows = [("接诉即办派单", "件", "petitions_received", "n", "供暖季结束前供暖类工单较多"),
            ("解决", "件", "petitions_resolved", "n", ""), ("人民调解", "起", "disputes_mediated", "n", ""),
            ("开发就业岗位", "个", "jobs_created", "about", "春风行动专场招聘会"),
            ("其中：公益性岗位", "个", "public_welfare_jobs", "n", ""), ("促进就业", "人", "people_employed", "n", ""),
            ("职业技能培训", "场", "training_sessions", "n", ""), ("创业担保贷款", "元", "micro_loans_yuan", "n", ""),
            ("低保", "户/人", ("pair",), "", ""), ("志愿服务", "人次", "volunteer_person_times", "n", "3月5日学雷锋日集中服务"),
            ("注册志愿者", "人", "volunteers", "n", ""), ("社区党员", "名", "party_members", "n", ""),
            ("党员结对帮扶", "对", ("xz", "pairings", 2), "", "")]
    for i, (label, unit, spec, style, note) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [i + 1, label])
        sh.put(r, 3, unit)
        if isinstance(spec, tuple):
            item(sh, r, 2, W, code, m, spec)
        else:
            val(sh, r, 2, code, m, spec, style)
        if note:
            sh.put(r, 4, note)
    sh.put(16, 0, "填报人：郑爽　联系电话：010-67768830　报送日期：2026年4月3日")
    save(B + "松裕东里社区2026年3月工作报表.xlsx", [sh], "xlsxwriter",
         ["community_file", "indicators_as_rows", "xlsx_xlsxwriter", "value_before_unit", "names_homophone",
          "values_approx", "households_persons_one_cell", "values_with_new_part", "notes_dates", "footer_phone",
          "footer_date_trap"],
         (2026, 4, 3, 9, 55))


def c13_wsxl_mar(W):
    code, m = BY_SHORT["武圣西里"], "2026-03"
    sh = Sheet("工作月报")
    sh.merge(0, 0, 0, 4, "武圣西里社区居委会工作月报")
    sh.merge(1, 0, 1, 4, "（2026年）")
    sh.row(2, 0, ["类别", "指标", "单位", "3月", "备注"])
    groups = [("接诉即办", [("派单量", "件", "petitions_received"), ("解决量", "件", "petitions_resolved")]),
              ("平安建设", [("“朝阳群众”巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
                            ("治安案件", "起", "security_cases"), ("矛盾纠纷调解", "起", "disputes_mediated")]),
              ("社会救助", [("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
                            ("低保金", "元", "dibao_payout_yuan")]),
              ("基本情况", [("常住户数", "户", "households"), ("常住人口", "人", "residents"),
                            ("来京人员", "人", "floating_population"), ("社区工作者", "人", "staff")])]
    r = 3
    for g, items in groups:
        top = r
        for label, unit, ind in items:
            sh.row(r, 1, [label, unit])
            val(sh, r, 3, code, m, ind)
            r += 1
        sh.merge(top, 0, r - 1, 0, g)
    sh.put(3, 4, "含“吹哨报到”协调解决2件")
    sh.put(r + 1, 0, "报送日期：4月2日")
    save(B + "武圣西里社区3月份工作月报.ods", [sh], "odfpy",
         ["community_file", "indicators_as_rows", "ods_odfpy", "category_merged_down", "month_column_header_only",
          "year_second_line", "yearless_filename", "notes_numbers", "footer_date_no_year"],
         (2026, 4, 2, 14, 15))


def c14_pjydl_apr(W):
    code, m = BY_SHORT["潘家园东里"], "2026-04"
    sh = Sheet("4月")
    sh.merge(0, 0, 0, 4, "北京市朝阳区潘家园街道潘家园东里社区居委会2026年4月工作报表")
    sh.row(1, 0, ["序号", "重点工作", "完成情况", "数据", "单位"])
    rows = [("接诉即办", "本月接收市级、区级派单，全部先行联系；“未诉先办”走访12户", "petitions_received", "件"),
            ("接诉即办", "已解决并回访", "petitions_resolved", "件"),
            ("矛盾调解", "调解邻里、物业纠纷", "disputes_mediated", "起"),
            ("为老服务", "联合社区卫生服务站开展老年人健康体检", "free_health_checks", "人"),
            ("为老服务", "走访慰问独居、高龄及困难群众", "people_assisted", "人"),
            ("文化宣传", "开展“春暖潘家园”文体活动", "cultural_activities", "场"),
            ("文化宣传", "开展防诈骗、民法典宣讲", "lectures_held", "次"),
            ("志愿服务", "组织志愿者参与垃圾分类桶前值守、环境整治", "volunteer_person_times", "人次"),
            ("志愿服务", "“志愿北京”平台注册志愿者（月末）", "volunteers", "人"),
            ("就业服务", "开发就业岗位，其中公益性岗位2个", "jobs_created", "个"),
            ("就业服务", "促进就业", "people_employed", "人"),
            ("老旧小区", "综合整治完成楼本体改造3栋、加装电梯1部", None, "栋"),
            ("党的建设", "社区党委在册党员", "party_members", "名")]
    for i, (work, text, ind, unit) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [i + 1, work, text])
        if ind:
            val(sh, r, 3, code, m, ind)
        else:
            sh.put(r, 3, 3)
        sh.put(r, 4, unit)
    sh.put(16, 0, "填报人：曹颖　审核：刘建华　2026年5月6日")
    save(B + "潘家园东里社区2026年4月工作报表.xlsx", [sh], "xlsxwriter",
         ["community_file", "indicators_as_rows", "xlsx_xlsxwriter", "names_bj_prefix", "narrative_column_numbers",
          "label_in_narrative", "outside_rows", "footer_date_trap"],
         (2026, 5, 6, 10, 40))


HWXL_ROWS = [("接诉即办派单", "件", "petitions_received"), ("解决", "件", "petitions_resolved"),
             ("人民调解", "起", "disputes_mediated"), ("开发就业岗位", "个", "jobs_created"),
             ("促进就业", "人", "people_employed"), ("老年人健康体检", "人", "free_health_checks"),
             ("走访慰问困难群众", "人", "people_assisted"), ("文体活动", "场", "cultural_activities"),
             ("注册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times"),
             ("社区党员", "名", "party_members"), ("平安信息员", "人", "informants"),
             ("治安案件", "起", "security_cases"), ("垃圾分类桶前值守", "人次", None)]


def hwxl_sheet(W, note=None):
    code, m = BY_SHORT["华威西里"], "2026-04"
    sh = Sheet("4月")
    sh.merge(0, 0, 0, 4, "华威西里社区2026年4月工作报表" + ("（更正）" if note else ""))
    r = 1
    if note:
        sh.merge(1, 0, 1, 4, note)
        r = 2
    sh.row(r, 0, ["序号", "指标", "单位", "数值", "备注"])
    for i, (label, unit, ind) in enumerate(HWXL_ROWS):
        rr = r + 1 + i
        sh.row(rr, 0, [i + 1, label, unit])
        if ind:
            val(sh, rr, 3, code, m, ind, "wu" if ind == "security_cases" else "n")
        else:
            sh.put(rr, 3, W.out(code, m, "桶前", 120, 900))
    sh.put(r + 16, 0, "填报人：许文静　联系电话：010-67721569　报送日期：" + ("2026年5月12日" if note else "2026年5月5日"))
    return sh


def c15_hwxl_apr(W):
    save(B + "华威西里社区2026年4月工作报表.xlsx", [hwxl_sheet(W)], "openpyxl",
         ["community_file", "indicators_as_rows", "xlsx_openpyxl", "title_month_full", "wu_zero", "outside_rows",
          "corrected_later", "footer_date_trap"],
         (2026, 5, 5, 16, 50))


def c16_syxl_apr(W):
    code, m = BY_SHORT["松榆西里"], "2026-04"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 9, "松榆西里社区2026年4月统计表")
    heads = [("社区", None), ("接诉即办\n派单量（件）", "petitions_received"), ("解决量\n（件）", "petitions_resolved"),
             ("“朝阳群众”\n巡逻队员（人）", "patrol_members"), ("平安\n信息员（人）", "informants"),
             ("治安案件\n（起）", "security_cases"), ("注册\n志愿者（人）", "volunteers"),
             ("志愿服务\n（人次）", "volunteer_person_times"), ("老年人\n健康体检（人）", "free_health_checks"),
             ("党员\n（名）", "party_members")]
    sh.row(1, 0, [h[0] for h in heads])
    sh.put(2, 0, "松榆西里")
    for j, (_, ind) in enumerate(heads[1:], 1):
        val(sh, 2, j, code, m, ind)
    sh.put(4, 0, "报送：2026年5月6日")
    save(B + "松榆西里社区2026年4月统计表.xls", [sh], "xlwt",
         ["community_file", "indicators_as_columns", "xls_xlwt", "one_data_row", "header_line_breaks", "names_short",
          "title_month_full", "footer_date_trap"],
         (2026, 5, 6, 8, 50))


def c17_hwbl_may(W):
    code, m = BY_SHORT["华威北里"], "2026-05"
    sh = Sheet("5月")
    sh.merge(0, 0, 0, 4, "华威北里社区2026年5月工作报表")
    sh.row(1, 0, ["序号", "指标", "单位", "本月", "备注"])
    rows = [("接诉即办派单", "件", "petitions_received", "含华威北里南社区转来3件"),
            ("解决", "件", "petitions_resolved", ""), ("人民调解", "起", "disputes_mediated", ""),
            ("老年人健康体检", "人", "free_health_checks", "5月20日社区卫生服务站入户体检"),
            ("走访慰问困难群众", "人", "people_assisted", ""), ("文体活动", "场", "cultural_activities", ""),
            ("政策宣讲", "次", "lectures_held", ""), ("“朝阳群众”巡逻队员", "人", "patrol_members", ""),
            ("平安信息员", "人", "informants", ""), ("治安案件", "起", "security_cases", ""),
            ("注册志愿者", "人", "volunteers", ""), ("志愿服务", "人次", "volunteer_person_times", ""),
            ("社区党员", "名", "party_members", ""), ("党员结对帮扶", "对", "pairings", ""),
            ("老旧小区综合整治", "栋", None, "外保温改造5栋")]
    for i, (label, unit, ind, note) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit])
        if ind:
            val(sh, r, 3, code, m, ind)
        else:
            sh.put(r, 3, 5)
        if note:
            sh.put(r, 4, note)
    sh.put(18, 0, "填报人：冯晓东　2026年6月3日")
    save(B + "华威北里社区2026年5月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "indicators_as_rows", "xlsx_openpyxl", "title_month_full", "notes_other_community_name",
          "notes_dates", "outside_rows", "footer_date_trap"],
         (2026, 6, 3, 11, 20))


def c18_wsdl_may(W):
    code, m = BY_SHORT["武圣东里"], "2026-05"
    sh = Sheet("2026年5月")
    sh.merge(0, 0, 0, 6, "武圣东里社区工作月报表")
    sh.merge(1, 0, 1, 2, "一、民生服务")
    sh.merge(1, 4, 1, 6, "二、党建和平安")
    sh.row(2, 0, ["指标", "单位", "数值"])
    sh.row(2, 4, ["指标", "单位", "数值"])
    left = [("接诉即办派单", "件", "petitions_received"), ("解决", "件", "petitions_resolved"),
            ("开发就业岗位", "个", "jobs_created"), ("促进就业", "人", "people_employed"),
            ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
            ("低保金", "元", "dibao_payout_yuan"), ("老年人健康体检", "人", "free_health_checks")]
    right = [("社区党员", "名", "party_members"), ("党员结对帮扶", "对", "pairings"),
             ("在职党员回社区报到", "人", ("x", "在职报到", 40, 260)), ("“朝阳群众”巡逻队员", "人", "patrol_members"),
             ("平安信息员", "人", "informants"), ("治安案件", "起", ("miss", "security_cases", "")),
             ("“吹哨报到”", "次", ("x", "哨", 0, 3))]
    for c0, rows in ((0, left), (4, right)):
        for i, (label, unit, spec) in enumerate(rows):
            r = 3 + i
            sh.row(r, c0, [label, unit])
            item(sh, r, c0 + 2, W, code, m, spec)
    sh.put(12, 0, "填报：武圣东里社区　　报送日期：2026年6月4日")
    save(B + "武圣东里社区工作报表.xlsx", [sh], "xlsxwriter",
         ["community_file", "indicators_as_rows", "xlsx_xlsxwriter", "period_only_in_sheet_name", "two_tables_side_by_side",
          "zaizhi_dangyuan_outside", "chuishao_baodao_outside", "missing_blank", "footer_date_trap"],
         (2026, 6, 4, 9, 30))


def c19_mfnl_may(W):
    code, m = BY_SHORT["磨房南里"], "2026-05"
    sh = Sheet("分网格")
    sh.merge(0, 0, 0, 7, "磨房南里社区2026年5月分网格工作统计")
    sh.row(1, 0, ["网格", "网格长", "入户走访（户）", "网格事件（件）", "志愿服务（人次）", "来京人员（人）", "常住人口（人）", "常住户数（户）"])
    inds = ["volunteer_person_times", "floating_population", "residents", "households"]
    parts = {}
    r0 = random.Random(19)
    size = [r0.uniform(0.8, 1.3) for _ in range(4)]
    for ind in inds:
        total = W.v[(code, m, ind)]
        w = [x * r0.uniform(0.9, 1.1) if ind != "volunteer_person_times" else r0.uniform(0.5, 1.5) for x in size]
        p = [int(total * x / sum(w)) for x in w]
        p[r0.randrange(4)] += total - sum(p)
        parts[ind] = p
    heads = ["张红", "李振军", "王淑芬", "赵刚"]
    for g in range(4):
        r = 2 + g
        sh.row(r, 0, [f"第{'一二三四'[g]}网格", heads[g], W.out(code, m, f"走访{g}", 40, 160), W.out(code, m, f"事件{g}", 5, 40)])
        for j, ind in enumerate(inds):
            sh.put(r, 4 + j, parts[ind][g])
    sh.put(6, 0, "社区合计")
    sh.put(6, 2, sum(sh.cells[(2 + g, 2)][0] for g in range(4)))
    sh.put(6, 3, sum(sh.cells[(2 + g, 3)][0] for g in range(4)))
    for j, ind in enumerate(inds):
        val(sh, 6, 4 + j, code, m, ind)
    sh.put(8, 0, "填报：磨房南里社区居委会　2026年6月5日")
    save(B + "磨房南里社区2026年5月分网格工作统计.xlsx", [sh], "openpyxl",
         ["community_file", "xlsx_openpyxl", "grid_rows_community_total", "grid_leader_names", "title_month_full",
          "outside_columns", "footer_date_trap"],
         (2026, 6, 5, 14, 0))


def build(W):
    for f in (c11_pjy_feb, c12_syd_mar, c13_wsxl_mar, c14_pjydl_apr, c15_hwxl_apr, c16_syxl_apr, c17_hwbl_may,
              c18_wsdl_may, c19_mfnl_may):
        f(W)
