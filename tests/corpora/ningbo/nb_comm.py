"""Community returns, part one (2025-10 … 2025-12 and 2026-01)."""
from nb_grid import Sheet, val
from nb_items import M, O, V, VT, X, XV, base, replace
from nb_lay import BY, footer
from nb_writers import save

TEL = "0574-8739{:04d}"


def listing(sh, r0, code, m, items, heads=("序号", "项目", "单位", "本月数", "备注"), num=True):
    """A 序号 | 项目 | 单位 | 本月数 | 备注 table from row r0; returns the next free row."""
    sh.row(r0, 0, list(heads))
    r = r0 + 1
    off = 1 if num else 0
    for i, (lab, unit, w, note) in enumerate(items):
        if num:
            sh.put(r, 0, i + 1)
        sh.put(r, off, lab)
        if unit:
            sh.put(r, off + 1, unit)
        w(sh, r, off + 2, code, m)
        if note and note != "outside":
            sh.put(r, off + 3, note)
        r += 1
    return r


def yunle_10(W):
    code, m = BY["云乐"], "2025-10"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "云乐社区2025年10月工作报表")
    sh.merge(1, 0, 1, 4, "填报单位（盖章）：白云街道云乐社区居委会")
    items = base(0)
    items = replace(items, "低保户数", ("低保/低边户数", "户", VT("dibao_households", "低保{0}户/低边{1}户", "lb", 3, 9), "低边不计入低保"))
    r = listing(sh, 2, code, m, items)
    footer(sh, r + 1, "沈佳", TEL.format(1201), "2025年11月3日")
    save("batch1/云乐社区2025年10月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "list_layout", "低保_低边_in_one_cell", "outside_row_垃圾分类桶边督导", "footer"],
         (2025, 11, 3, 9, 20))


def yunfeng_10(W):
    code, m = BY["云丰"], "2025-10"
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 3, "云丰社区2025年10月份工作情况统计")
    secs = [("一、民情民意", [("受理居民诉求（件）", V("petitions_received")), ("其中：81890转办（件）", O("81890", 3, 9)),
                          ("办结（件）", V("petitions_resolved")), ("调解纠纷（起）", V("disputes_mediated"))]),
            ("二、就业创业", [("新增岗位（个）", V("jobs_created")), ("实现就业（人）", V("people_employed")),
                          ("其中：共富工坊吸纳就业（人）", O("gfgf", 1, 5)), ("技能培训（场）", V("training_sessions"))]),
            ("三、民政为老", [("低保户（户）", V("dibao_households")), ("低保人员（人）", V("dibao_persons")),
                          ("重阳节免费体检（人）", V("free_health_checks")), ("重阳慰问高龄困难老人（人）", V("people_assisted")),
                          ("发放重阳糕（份）", V("goods_distributed"))]),
            ("四、文明实践", [("文体活动（场）", V("cultural_activities")), ("宣讲（次）", V("lectures_held")),
                          ("志愿服务（人次）", V("volunteer_person_times"))])]
    sh.row(1, 0, ["类别", "工作内容", "数量", "说明"])
    r = 2
    for sec, rows in secs:
        sh.merge(r, 0, r + len(rows) - 1, 0, sec)
        for lab, w in rows:
            sh.put(r, 1, lab)
            w(sh, r, 2, code, m)
            r += 1
    sh.put(r, 0, "说明：81890转办、共富工坊吸纳就业为其中数。")
    footer(sh, r + 1, "王慧", TEL.format(2210), "2025.11.2")
    save("batch1/云丰社区2025年10月份工作情况.xls", [sh], "xlwt",
         ["community_file", "sections_merged_down_一二三四", "parts_81890_共富工坊", "units_in_labels"],
         (2025, 11, 2, 20, 45))


def nanya_11(W):
    code, m = BY["南雅"], "2025-11"
    sh = Sheet("南雅")
    sh.put(0, 0, "南雅社区2025年11月工作数据（半月报合并）")
    sh.row(1, 0, ["项目", "单位", "上半月", "下半月", "全月", "备注"])
    inds = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"), ("新增就业岗位", "个", "jobs_created"),
            ("实现就业", "人", "people_employed"), ("消防安全宣讲", "次", "lectures_held"), ("志愿服务", "人次", "volunteer_person_times"),
            ("走访慰问", "人", "people_assisted"), ("文体活动", "场", "cultural_activities")]
    for i, (lab, unit, ind) in enumerate(inds):
        r = 2 + i
        a, b = W.half(code, m, ind)
        sh.row(r, 0, [lab, unit, str(a), str(b)])
        val(sh, r, 4, code, m, ind, style="t")
    r = 2 + len(inds)
    sh.row(r, 0, ["低保户数", "户", "", ""])
    val(sh, r, 4, code, m, "dibao_households", style="t")
    sh.put(r, 5, "月末数")
    sh.row(r + 1, 0, ["低保人数", "人", "", ""])
    val(sh, r + 1, 4, code, m, "dibao_persons", style="t")
    sh.put(r + 2, 0, "11月为消防宣传月，宣讲以消防安全为主。　报送人：俞 2025.12.1")
    save("batch1/南雅社区2025年11月份数据（半月）.csv", [sh], "csv-gbk",
         ["community_file", "gbk_csv_wps_padded", "half_month_columns_上半月_下半月_全月", "stocks_only_in_全月"],
         (2025, 12, 1, 17, 5))


def antai_11(W):
    code, m = BY["安泰"], "2025-11"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "安泰社区居委会2025年11月工作报表")
    items = base(1)
    items = replace(items, "免费健康体检", ("免费健康体检", "人", XV("free_health_checks", "{}（预估，待卫生服务站核实）"), "待核实"))
    items = replace(items, "创业担保贷款", ("创业担保贷款", "万元", V("micro_loans_yuan", div=10000), ""))
    r = listing(sh, 1, code, m, items, heads=("序号", "项目", "单位", "本月", "说明"))
    footer(sh, r + 1, "陈伟", TEL.format(3318), "2025年12月2日")
    save("batch1/安泰社区2025年11月工作报表.xls", [sh], "xlwt",
         ["community_file", "list_layout", "预估_cell_not_a_value", "loan_万元_unit_column"], (2025, 12, 2, 10, 0))


def liya_3m(W):
    code = BY["丽雅"]
    months = ["2025-11", "2025-12", "2026-01"]
    sh = Sheet("丽雅社区")
    sh.merge(0, 0, 0, 5, "丽雅社区2025年11月—2026年1月工作报表")
    sh.row(1, 0, ["项目", "单位", "11月", "12月", "1月", "备注"])
    rows = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"), ("调解纠纷", "起", "disputes_mediated"),
            ("新增就业岗位", "个", "jobs_created"), ("实现就业", "人", "people_employed"), ("低保户", "户", "dibao_households"),
            ("低保人", "人", "dibao_persons"), ("低保金", "元", "dibao_payout_yuan"), ("走访慰问", "人", "people_assisted"),
            ("文体活动", "场", "cultural_activities"), ("志愿服务", "人次", "volunteer_person_times"),
            ("治安案件", "起", "security_cases")]
    for i, (lab, unit, ind) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        for j, m in enumerate(months):
            val(sh, r, 2 + j, code, m, ind)
    sh.put(2 + len(rows), 0, "11、12月因社区换届未及时报送，现一并补报。")
    footer(sh, 3 + len(rows), "潘晓", TEL.format(4127), "2026年2月4日")
    save("batch1/丽雅社区2025年11月—2026年1月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "three_months_across_year_change", "late_补报"], (2026, 2, 4, 11, 30))


def lian_12(W):
    m = "2025-12"
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 4, "联南社区、联北社区2025年12月工作报表（联合党委汇总）")
    sh.row(1, 0, ["项目", "单位", "联南社区", "联北社区", "备注"])
    rows = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"), ("调解矛盾", "起", "disputes_mediated"),
            ("新增岗位", "个", "jobs_created"), ("就业人数", "人", "people_employed"), ("低保户数", "户", "dibao_households"),
            ("低保人数", "人", "dibao_persons"), ("冬至送温暖走访", "人", "people_assisted"), ("慰问物资", "件", "goods_distributed"),
            ("文化活动", "场", "cultural_activities"), ("注册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times"),
            ("党员", "名", "party_members"), ("巡防队员", "人", "patrol_members")]
    for i, (lab, unit, ind) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        val(sh, r, 2, BY["联南"], m, ind)
        val(sh, r, 3, BY["联北"], m, ind)
    sh.put(2 + len(rows), 0, "联南、联北两社区联合党委统一报送，数据分列。")
    footer(sh, 3 + len(rows), "叶青", TEL.format(5530), "2026.1.5")
    save("batch1/联南联北社区2025年12月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "two_communities_side_by_side_联南_联北", "joint_party_committee"], (2026, 1, 5, 14, 0))


def baiyunzhuang_12(W):
    code, m = BY["白云庄"], "2025-12"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "海曙区白云街道白云庄社区2025年12月工作报表")
    sh.row(1, 0, ["工作项目", "本月完成", "较上月", "备注"])
    rows = [("受理诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"), ("调解纠纷（起）", "disputes_mediated"),
            ("新增就业岗位（个）", "jobs_created"), ("实现就业（人）", "people_employed"), ("免费体检（人）", "free_health_checks"),
            ("冬至走访慰问（人）", "people_assisted"), ("文体活动（场）", "cultural_activities"), ("宣讲（次）", "lectures_held"),
            ("志愿服务（人次）", "volunteer_person_times"), ("低保户数（户）", "dibao_households"), ("低保人数（人）", "dibao_persons")]
    for i, (lab, ind) in enumerate(rows):
        r = 2 + i
        sh.put(r, 0, lab)
        val(sh, r, 1, code, m, ind)
        d = W.v[(code, m, ind)] - W.v[(code, W.prev(m), ind)]
        sh.put(r, 2, "持平" if d == 0 else f"{'+' if d > 0 else ''}{d}")
    sh.put(15, 0, "冬至（12月21日）为辖区独居老人送汤果、年糕。")
    sh.put(16, 0, "白云庄社区居委会　2026年1月4日")
    save("batch1/白云庄社区2025年12月工作报表.ods", [sh], "odfpy",
         ["community_file", "name_contains_street_name_白云庄", "change_column_较上月_signed", "units_in_labels"],
         (2026, 1, 4, 16, 40))


def mudan_01(W):
    code, m = BY["牡丹"], "2026-01"
    sh = Sheet("1月小结")
    sh.put(0, 0, "牡丹社区2026年1月工作小结")
    lines = [("一、本月共受理居民诉求{0}件，办结{1}件，其中寒潮期间水管冻裂报修较多。", ["petitions_received", "petitions_resolved"]),
             ("二、调解邻里纠纷{0}起。", ["disputes_mediated"]),
             ("三、新增就业岗位{0}个，帮助{1}名居民实现就业。", ["jobs_created", "people_employed"]),
             ("四、春节前走访慰问困难群众{0}人，发放年糕、大米等慰问物资{1}件。", ["people_assisted", "goods_distributed"]),
             ("五、开展迎新春文体活动{0}场，志愿服务{1}人次。", ["cultural_activities", "volunteer_person_times"])]
    for i, (tpl, inds) in enumerate(lines):
        styles = {k: "cnbig" for k in range(len(inds))} if i in (1, 3) else None
        M(tpl, inds, styles)(sh, 2 + i, 0, code, m)
    sh.put(8, 0, "六、下月计划：做好春节期间值班值守，预计开展元宵活动3场。")
    sh.put(10, 0, "牡丹社区居委会　2026年2月2日")
    save("batch1/牡丹社区2026年1月工作小结.ods", [sh], "odfpy",
         ["community_file", "sentences_in_cells", "cn_numerals_above_ten_二十三", "下月计划_forecast"], (2026, 2, 2, 9, 0))


def yunle_01(W):
    code, m = BY["云乐"], "2026-01"
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 4, "云乐社区2026年1月工作报表")
    items = base(0)
    items = replace(items, "低保户数", ("低保户（户/人）", "户/人", M("{0}/{1}", ["dibao_households", "dibao_persons"]), ""))
    items = replace(items, "低保人数", None)
    items = replace(items, "志愿服务", ("志愿服务", "人次", XV("volunteer_person_times", "{}", annual=True), "此为2025年全年累计"))
    items = replace(items, "创业担保贷款", ("创业担保贷款", "元", X("micro_loans_yuan", "/"), "无申请"))
    r = listing(sh, 1, code, m, items)
    footer(sh, r + 1, "沈佳", TEL.format(1201), "2026年2月3日")
    save("batch1/云乐社区2026年1月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "list_layout", "slash_pair_户/人", "annual_total_in_month_cell_note_全年累计", "slash_not_reported"],
         (2026, 2, 3, 10, 10))


def build(W):
    yunle_10(W)
    yunfeng_10(W)
    nanya_11(W)
    antai_11(W)
    liya_3m(W)
    lian_12(W)
    baiyunzhuang_12(W)
    mudan_01(W)
    yunle_01(W)
