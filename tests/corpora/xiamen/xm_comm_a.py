"""Community files, part one (2025-09 … 2025-12): 湖里 (the district's, the street's and the community's name), 东渡
(.ods with 其中 rows), 徐厝 (units only in the number format), 壕头 (for 濠头), 塘边 (8-digit 统计周期), 后浦 (a late
month stacked under the current one), 金鼎 (the street template's 示例 row left in), 南山 (「12/19」, 「￥…」, 「856↑12」)."""
from xm_grid import Sheet, pair, val
from xm_world import BY_SHORT, STREET
from xm_writers import save

B1 = "batch1/"

# (类别, 指标, 单位, indicator): the Xiamen wording of the full return
ITEMS = [("民生诉求", "受理群众诉求", "件", "petitions_received"), ("民生诉求", "办结群众诉求", "件", "petitions_resolved"),
         ("民生诉求", "调处化解矛盾纠纷", "起", "disputes_mediated"), ("就业保障", "新增就业岗位", "个", "jobs_created"),
         ("就业保障", "其中：公益性岗位", "个", "public_welfare_jobs"), ("就业保障", "城镇新增就业", "人", "people_employed"),
         ("就业保障", "零就业家庭", "户", "zero_employment_households"), ("就业保障", "职业技能培训", "场", "training_sessions"),
         ("就业保障", "创业担保贷款", "元", "micro_loans_yuan"), ("社会救助", "低保户数", "户", "dibao_households"),
         ("社会救助", "低保人数", "人", "dibao_persons"), ("社会救助", "低保金发放", "元", "dibao_payout_yuan"),
         ("为老服务", "65岁以上老人免费体检", "人", "free_health_checks"),
         ("为老服务", "走访慰问困难群众", "人", "people_assisted"), ("为老服务", "发放慰问品", "件", "goods_distributed"),
         ("文化宣传", "文体活动", "场", "cultural_activities"), ("文化宣传", "政策宣讲", "次", "lectures_held"),
         ("平安建设", "群防群治巡逻队员", "人", "patrol_members"), ("平安建设", "平安信息员", "人", "informants"),
         ("平安建设", "治安案件", "起", "security_cases"), ("志愿服务", "志愿汇注册志愿者", "人", "volunteers"),
         ("志愿服务", "志愿服务", "人次", "volunteer_person_times"), ("党的建设", "党员人数", "名", "party_members"),
         ("党的建设", "党员结对帮扶", "对", "pairings"), ("基本情况", "常住户数", "户", "households"),
         ("基本情况", "常住人口", "人", "residents"), ("基本情况", "流动人口", "人", "floating_population"),
         ("基本情况", "社区工作者", "人", "staff")]
STOCKS = {"zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants", "volunteers",
          "party_members", "pairings", "households", "residents", "floating_population", "staff"}


def pick(*inds):
    return [it for it in ITEMS if it[3] in inds]


def c1_huli(W):
    """湖里社区, September: title 「湖里区湖里街道湖里社区…」 (湖里 three times); 类别 merged down; 受理 written
    「41\\n（含12345转办15件）」 in one cell; 防台转移群众 and 志愿服务时长 outside; 文体活动（含中秋博饼）."""
    code, m = BY_SHORT["湖里"], "2025-09"
    sh = Sheet("9月")
    sh.merge(0, 0, 0, 5, "湖里区湖里街道湖里社区2025年9月工作报表")
    sh.merge(1, 0, 1, 2, "填报单位：湖里社区居委会（盖章）")
    sh.merge(1, 3, 1, 5, "统计月份：2025年9月")
    sh.row(2, 0, ["类别", "序号", "工作指标", "计量单位", "本月数", "备注"])
    items = []
    for it in ITEMS:
        if it[3] == "cultural_activities":
            it = (it[0], "文体活动（含中秋博饼）", it[2], it[3])
        items.append(it)
        if it[3] == "security_cases":
            items.append(("平安建设", "防台转移群众", "人", None))
        if it[3] == "volunteer_person_times":
            items.append(("志愿服务", "志愿服务时长", "小时", None))
    r, start, cat = 3, 3, items[0][0]
    for i, (k, label, unit, ind) in enumerate(items):
        if k != cat:
            sh.merge(start, 0, r - 1, 0, cat)
            start, cat = r, k
        sh.row(r, 1, [i + 1, label, unit])
        if ind is None:
            sh.put(r, 4, W.out(code, m, label, 40, 260))
            sh.put(r, 5, "9月台风期间" if label == "防台转移群众" else "志愿汇记录")
        elif ind == "petitions_received":
            n = int(W.v[(code, m, ind)] * 0.37)
            val(sh, r, 4, code, m, ind, style="nl", extra=f"含12345转办{n}件")
        elif ind in ("security_cases", "micro_loans_yuan", "zero_employment_households"):
            val(sh, r, 4, code, m, ind, style="wu")
        else:
            val(sh, r, 4, code, m, ind)
        r += 1
    sh.merge(start, 0, r - 1, 0, cat)
    sh.merge(r + 1, 0, r + 1, 5, "填表人：庄秀琴　　联系电话：0592-5601276　　报送日期：2025年10月8日")
    sh.widths.update({2: 22, 4: 14, 5: 16})
    save(B1 + "湖里社区2025年9月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "name_is_district_street_and_community", "category_merged_down", "value_newline_part_note",
          "outside_rows", "wu_for_zero", "all_indicators", "xlsx_openpyxl"], (2025, 10, 8, 16, 30))


def c2_dongdu(W):
    """东渡, September (.ods): 9月 | 1-9月累计 (blank for stocks); 其中：中秋博饼 and 其中：九八投洽会志愿服务 are parts."""
    code, m = BY_SHORT["东渡"], "2025-09"
    sh = Sheet("东渡9月")
    sh.merge(0, 0, 0, 4, "湖里街道东渡社区2025年9月工作月报")
    sh.row(1, 0, ["项目", "单位", "9月", "1-9月累计", "备注"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
            "people_employed", "free_health_checks", "people_assisted", "goods_distributed", "cultural_activities",
            "lectures_held", "volunteer_person_times", "volunteers", "patrol_members", "informants", "security_cases"]
    r = 2
    for _, label, unit, ind in pick(*inds):
        sh.row(r, 0, [label, unit])
        val(sh, r, 2, code, m, ind)
        if ind not in STOCKS:
            sh.put(r, 3, W.ytd(code, m, ind))
        if ind == "goods_distributed":
            sh.put(r, 4, "含中秋慰问月饼")
        r += 1
        if ind == "cultural_activities":
            n = min(W.v[(code, m, ind)], 3)
            sh.row(r, 0, ["其中：中秋博饼", "场", n, n + 1])
            r += 1
        if ind == "volunteer_person_times":
            sh.row(r, 0, ["其中：九八投洽会志愿服务", "人次", W.out(code, m, "投洽会", 20, 50), None, "9月8日—11日"])
            r += 1
    sh.put(r + 1, 0, "东渡社区居委会　2025年10月9日")
    save(B1 + "东渡社区2025年9月工作月报.ods", [sh], "odfpy",
         ["community_file", "month_and_ytd_columns", "qizhong_part_rows", "blank_ytd_for_stocks", "ods_odfpy"],
         (2025, 10, 9, 11, 0))


def c3_xucuo(W):
    """徐厝, October (.xls): 序号 | 工作内容 | 完成数 | 备注 — no unit in any header or label: each figure is a number
    whose custom number format shows the unit (0"件", #,##0"元")."""
    code, m = BY_SHORT["徐厝"], "2025-10"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "徐厝社区2025年10月工作报表")
    sh.merge(1, 0, 1, 3, "湖里街道徐厝社区居委会")
    sh.row(2, 0, ["序号", "工作内容", "完成数", "备注"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "people_employed",
            "dibao_households", "dibao_persons", "dibao_payout_yuan", "free_health_checks", "people_assisted",
            "goods_distributed", "cultural_activities", "lectures_held", "patrol_members", "informants",
            "volunteers", "volunteer_person_times", "party_members", "floating_population"]
    notes = {"people_assisted": "10月29日重阳节走访高龄、独居老人", "floating_population": "出租房屋登记在册人员"}
    for i, (_, label, unit, ind) in enumerate(pick(*inds)):
        r = 3 + i
        sh.row(r, 0, [i + 1, label])
        val(sh, r, 2, code, m, ind, fmt='#,##0"元"' if unit == "元" else f'0"{unit}"')
        if ind in notes:
            sh.put(r, 3, notes[ind])
    sh.merge(4 + len(inds), 0, 4 + len(inds), 3, "填报人：徐丽娟　电话：13959213076　2025年11月4日")
    save(B1 + "徐厝社区2025年10月工作报表.xls", [sh], "xlwt",
         ["community_file", "unit_only_in_number_format", "village_name_cuo", "xls_xlwt"], (2025, 11, 4, 10, 20))


def c4_haotou(W):
    """壕头 for 濠头 (same sound háo), October: three 项目 | 数量 | 单位 triples… two to a row."""
    code, m = BY_SHORT["濠头"], "2025-10"
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 5, "壕头社区2025年10月工作报表")
    sh.merge(1, 0, 1, 5, "填报单位：湖里街道壕头社区居委会　　　　统计月份：2025年10月")
    sh.row(2, 0, ["项目", "数量", "单位", "项目", "数量", "单位"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
            "people_employed", "training_sessions", "micro_loans_yuan", "free_health_checks", "people_assisted",
            "cultural_activities", "lectures_held", "patrol_members", "security_cases", "volunteers",
            "volunteer_person_times", "households", "residents"]
    for i, (_, label, unit, ind) in enumerate(pick(*inds)):
        r, c = 3 + i // 2, 3 * (i % 2)
        sh.put(r, c, label)
        val(sh, r, c + 1, code, m, ind, style="wu" if ind in ("security_cases", "micro_loans_yuan") else "n")
        sh.put(r, c + 2, unit)
    sh.merge(4 + len(inds) // 2, 0, 4 + len(inds) // 2, 5, "报送日期：2025年11月5日　联系人：杨明辉 0592-5625511")
    save(B1 + "壕头社区2025年10月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "homophone_name_slip", "label_value_unit_triples_two_per_row", "wu_for_zero", "xlsx_openpyxl"],
         (2025, 11, 5, 9, 0))


def c5_tangbian(W):
    """塘边, November (GBK CSV): 统计周期：20251101-20251130; 「约30」, 「260余」; 治安案件 「无」; 报送日期 20251203."""
    code, m = BY_SHORT["塘边"], "2025-11"
    sh = Sheet("塘边")
    sh.put(0, 0, "塘边社区2025年11月工作统计")
    sh.put(1, 0, "统计周期：20251101-20251130")
    sh.row(2, 0, ["项目", "数值", "单位", "备注"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "people_employed",
            "dibao_households", "dibao_persons", "dibao_payout_yuan", "free_health_checks", "people_assisted",
            "goods_distributed", "cultural_activities", "volunteer_person_times", "volunteers", "security_cases",
            "floating_population", "residents", "households"]
    style = {"people_assisted": "about", "volunteer_person_times": "yu", "security_cases": "wu"}
    r = 3
    for _, label, unit, ind in pick(*inds):
        sh.row(r, 0, [label])
        val(sh, r, 1, code, m, ind, style=style.get(ind, "t"))
        sh.put(r, 2, unit)
        if ind == "floating_population":
            sh.put(r, 3, "含出租房屋登记人员")
        r += 1
    sh.put(r, 0, "填报单位：湖里街道塘边社区居委会　报送日期：20251203")
    save(B1 + "塘边社区2025年11月工作统计.csv", [sh], "csv-gbk",
         ["community_file", "period_as_8digit_date_range", "date_8digit_footer", "about_yu_values", "wu_for_zero",
          "numbers_as_text", "csv_gbk"], (2025, 12, 3, 15, 40))


def c6_houpu(W):
    """后浦, November, with October's 为老 figures sent late in a second block 「二、2025年10月…（补报）」."""
    code = BY_SHORT["后浦"]
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 3, "后浦社区2025年11月工作报表")
    sh.merge(1, 0, 1, 3, "一、2025年11月工作数据")
    sh.row(2, 0, ["指标", "单位", "数值", "备注"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
            "people_employed", "zero_employment_households", "free_health_checks", "people_assisted",
            "goods_distributed", "cultural_activities", "lectures_held", "patrol_members", "informants",
            "security_cases", "volunteers", "volunteer_person_times", "party_members", "pairings"]
    r = 3
    for _, label, unit, ind in pick(*inds):
        sh.row(r, 0, [label, unit])
        val(sh, r, 2, code, "2025-11", ind, style="wu" if ind in ("security_cases", "zero_employment_households") else "n")
        r += 1
    r += 1
    sh.merge(r, 0, r, 3, "二、2025年10月为老服务数据（补报）")
    sh.row(r + 1, 0, ["指标", "单位", "数值", "备注"])
    r += 2
    for _, label, unit, ind in pick("free_health_checks", "people_assisted", "goods_distributed"):
        sh.row(r, 0, [label, unit])
        val(sh, r, 2, code, "2025-10", ind)
        sh.put(r, 3, "10月份漏报，现补报")
        r += 1
    sh.merge(r + 1, 0, r + 1, 3, "后浦社区居委会　报送日期：2025年12月4日")
    save(B1 + "后浦社区2025年11月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "late_month_block_stacked_below", "two_blocks_two_months", "wu_for_zero", "xlsx_openpyxl"],
         (2025, 12, 4, 17, 10))


def c7_jinding(W):
    """金鼎, December, on the street's template: the template's 示例 row (naming 湖里社区, with made-up figures) is
    left above 金鼎's own row; 填报社区 and the month in a line above the header."""
    code, m = BY_SHORT["金鼎"], "2025-12"
    sh = Sheet("填报表")
    cols = [("受理群众诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"), ("调处纠纷（起）", "disputes_mediated"),
            ("城镇新增就业（人）", "people_employed"), ("新增就业岗位（个）", "jobs_created"),
            ("65岁以上老人免费体检（人）", "free_health_checks"), ("走访慰问（人）", "people_assisted"),
            ("文体活动（场）", "cultural_activities"), ("政策宣讲（次）", "lectures_held"), ("注册志愿者（人）", "volunteers"),
            ("志愿服务（人次）", "volunteer_person_times"), ("治安案件（起）", "security_cases")]
    n = 2 + len(cols)
    sh.merge(0, 0, 0, n - 1, f"{STREET}社区月度工作数据表")
    sh.merge(1, 0, 1, n - 1, "填报月份：2025年12月　　　　填报社区：金鼎社区")
    sh.row(2, 0, ["序号", "社区名称"] + [h for h, _ in cols])
    sh.row(3, 0, ["示例", "湖里社区", 25, 23, 2, 5, 8, 30, 12, 4, 2, 1000, 300, 1])
    sh.row(4, 0, [1, "金鼎社区"])
    for j, (_, ind) in enumerate(cols):
        val(sh, 4, 2 + j, code, m, ind)
    sh.merge(6, 0, 6, n - 1, "注：第4行为填写示例，请勿删除；每个社区填写一行，1月5日前报街道党政综合办。")
    save(B1 + "金鼎社区2025年12月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "template_example_row_left_in", "example_row_names_other_community", "indicators_across",
          "xlsx_openpyxl"], (2026, 1, 5, 10, 25))


def c8_nanshan(W):
    """南山, December: 低保（户/人） 「12/19」, 低保金 「￥10,680.00」 (text), 注册志愿者 「856↑12」, 创业担保贷款 「无」."""
    code, m = BY_SHORT["南山"], "2025-12"
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 4, "湖里街道南山社区2025年12月工作月报")
    sh.row(1, 0, ["序号", "指标", "单位", "本月", "备注"])
    rows = [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
            ("调处化解矛盾纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
            ("城镇新增就业", "人", "people_employed"), ("创业担保贷款", "元", "micro_loans_yuan"),
            ("低保（户/人）", "户/人", "pair"), ("低保金发放", "元", "dibao_payout_yuan"),
            ("65岁以上老人免费体检", "人", "free_health_checks"), ("走访慰问困难群众", "人", "people_assisted"),
            ("文体活动", "场", "cultural_activities"), ("政策宣讲", "次", "lectures_held"),
            ("志愿汇注册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times"),
            ("群防群治巡逻队员", "人", "patrol_members"), ("治安案件", "起", "security_cases"),
            ("党员人数", "名", "party_members"), ("社区工作者", "人", "staff")]
    for i, (label, unit, ind) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit])
        if ind == "pair":
            pair(sh, r, 3, code, m, sep="/")
        elif ind == "dibao_payout_yuan":
            val(sh, r, 3, code, m, ind, style="yen")
        elif ind == "volunteers":
            d = W.v[(code, m, ind)] - W.v[(code, W.prev(m), ind)]
            val(sh, r, 3, code, m, ind, style="arrow_tight", extra=d)
            sh.put(r, 4, "较上月增减")
        elif ind in ("micro_loans_yuan", "security_cases"):
            val(sh, r, 3, code, m, ind, style="wu")
        else:
            val(sh, r, 3, code, m, ind)
    sh.merge(3 + len(rows), 0, 3 + len(rows), 4, "南山社区居委会　填报人：吴淑华　2026年1月6日")
    save(B1 + "南山社区2025年12月工作月报.xlsx", [sh], "openpyxl",
         ["community_file", "slash_pair_households_persons", "yen_text_amount", "value_with_arrow_delta", "wu_for_zero",
          "common_name_elsewhere", "xlsx_openpyxl"], (2026, 1, 6, 14, 15))


def build(W):
    c1_huli(W)
    c2_dongdu(W)
    c3_xucuo(W)
    c4_haotou(W)
    c5_tangbian(W)
    c6_houpu(W)
    c7_jinding(W)
    c8_nanshan(W)
