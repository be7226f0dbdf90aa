"""Community files, part two (2026-04 … 2026-05) and the 埌西 return that batch2 corrects."""
from nn_grid import Sheet, _value_role, prior, val, words
from nn_street_a import movement
from nn_world import BY_SHORT, STOCKS
from nn_writers import save

B1 = "batch1/"


def c9_tongguling(W):
    """Value columns headed by day spans: 「4月1日—4月30日」 (the month) and 「1月1日—4月30日」 (year to date), the year
    only in the title 「2026年度」."""
    code, m = BY_SHORT["铜鼓岭"], "2026-04"
    sh = Sheet("4月")
    sh.put(0, 0, "铜鼓岭社区2026年度工作月报表")
    sh.row(1, 0, ["序号", "工作内容", "计量单位", "4月1日—4月30日", "1月1日—4月30日", "备注"])
    items = [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("城镇新增就业", "人", "people_employed"), ("老年人免费体检", "人", "free_health_checks"),
             ("走访慰问困难群众", "人", "people_assisted"), ("文体活动", "场", "cultural_activities"),
             ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers"),
             ("平安信息员", "人", "informants"), ("常住人口", "人", "residents")]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit])
        val(sh, r, 3, code, m, ind)
        if ind not in STOCKS:
            sh.put(r, 4, W.ytd(code, m, ind))
    sh.put(9, 5, "含“三月三”山歌会、竹竿舞")
    sh.put(15, 0, "填报人：莫丽　　报送日期：2026年5月5日")
    save(B1 + "铜鼓岭社区2026年4月工作月报.xlsx", [sh], "openpyxl",
         ["comm_list", "month_as_day_span_header", "ytd_as_day_span_header", "year_only_in_title", "xlsx_openpyxl"],
         (2026, 5, 5, 10, 15))


def c10_guihua(W):
    """A department template kept whole: a 填写示例 column of sample numbers beside 本月数, and the template's 填表说明
    block under the table."""
    code, m = BY_SHORT["桂花"], "2026-04"
    sh = Sheet("月报")
    sh.put(0, 0, "桂花社区2026年4月社区工作数据报表")
    sh.put(1, 0, "（依据《青秀区社区工作数据月报制度》统一模板填报）")
    sh.row(2, 0, ["序号", "指标名称", "计量单位", "填写示例", "本月数", "备注"])
    items = [("受理群众诉求", "件", "petitions_received", 25), ("办结群众诉求", "件", "petitions_resolved", 23),
             ("调解矛盾纠纷", "起", "disputes_mediated", 3), ("新增就业岗位", "个", "jobs_created", 10),
             ("其中：公益性岗位", "个", "public_welfare_jobs", 2), ("城镇新增就业", "人", "people_employed", 8),
             ("零就业家庭", "户", "zero_employment_households", 0), ("职业技能培训", "场", "training_sessions", 1),
             ("低保户数", "户", "dibao_households", 20), ("低保人数", "人", "dibao_persons", 35),
             ("低保金发放金额", "元", "dibao_payout_yuan", 32000), ("老年人免费体检", "人", "free_health_checks", 40),
             ("走访慰问困难群众", "人", "people_assisted", 15), ("发放慰问物资", "件", "goods_distributed", 30),
             ("注册志愿者", "人", "volunteers", 1200), ("志愿服务", "人次", "volunteer_person_times", 300)]
    for i, (label, unit, ind, ex) in enumerate(items):
        r = 3 + i
        sh.row(r, 0, [i + 1, label, unit, ex])
        val(sh, r, 4, code, m, ind)
    sh.put(16, 5, "“三月三”五色糯米饭")
    r = 4 + len(items)
    for j, line in enumerate(["填表说明：", "1. 本表统计时段为当月1日至月末最后一日，存量指标填月末数；",
                              "2. “填写示例”列为模板示例数据，请勿修改、删除；",
                              "3. 金额单位为元，保留整数；无数据的填0，不得空项；",
                              "4. 请于次月5日前报送街道社区建设办公室，联系电话0771-5532186。"]):
        sh.put(r + j, 0, line)
    sh.put(r + 6, 0, "填报人：覃美玲　　审核人：黄伟　　2026年5月6日")
    save(B1 + "桂花社区2026年4月社区工作数据报表.xlsx", [sh], "xlsxwriter",
         ["comm_list", "template_example_column", "template_instructions_block", "instructions_numbers_trap",
          "qizhong_is_value", "one_char_from_neighbour", "xlsx_xlsxwriter"], (2026, 5, 6, 9, 5))


def c11_qinghuan(W):
    """Amounts as a 财务 voucher writes them: 「12300元（壹万贰仟叁佰元整）」 and 「贰拾万元整」 (大写 only)."""
    code, m = BY_SHORT["青环"], "2026-04"
    sh = Sheet("Sheet1")
    sh.put(0, 0, "青环社区2026年4月工作情况报表")
    sh.row(1, 0, ["项目", "本月", "单位", "说明"])
    items = [("受理群众诉求", "petitions_received", "件", "n"), ("办结群众诉求", "petitions_resolved", "件", "n"),
             ("新增就业岗位", "jobs_created", "个", "n"), ("城镇新增就业", "people_employed", "人", "n"),
             ("创业担保贷款", "micro_loans_yuan", "元", "loan"), ("低保户数", "dibao_households", "户", "n"),
             ("低保人数", "dibao_persons", "人", "n"), ("发放低保金", "dibao_payout_yuan", "元", "daxie"),
             ("老年人免费体检", "free_health_checks", "人", "n"), ("党员人数", "party_members", "名", "n"),
             ("结对帮扶", "pairings", "对", "n")]
    for i, (label, ind, unit, style) in enumerate(items):
        r = 2 + i
        sh.put(r, 0, label)
        if style == "loan":
            v = W.v[(code, m, ind)]
            assert v == 200000
            words(sh, r, 1, "贰拾万元整", [(code, m, ind)])
        else:
            val(sh, r, 1, code, m, ind, style=style)
        sh.put(r, 2, unit)
    sh.put(6, 3, "4月22日放款，扶持1户创业")
    sh.put(14, 0, "填报：凌霞　　2026年5月4日")
    save(B1 + "青环社区2026年4月工作情况报表.et", [sh], "xlwt-et",
         ["comm_list", "amount_with_capital_numerals", "capital_numerals_only", "value_before_unit", "et_biff8"],
         (2026, 5, 4, 16, 0))


def c12_huizhan(W):
    """Indicators across, one data row, the template's required fields marked with a trailing 「*」 in the headers."""
    code, m = BY_SHORT["会展"], "2026-04"
    sh = Sheet("4月")
    sh.put(0, 0, "会展社区2026年4月工作数据")
    cols = [("受理群众诉求（件）*", "petitions_received"), ("办结（件）*", "petitions_resolved"),
            ("调解矛盾纠纷（起）", "disputes_mediated"), ("新增就业岗位（个）", "jobs_created"),
            ("实现就业（人）", "people_employed"), ("低保户数（户）*", "dibao_households"),
            ("低保人数（人）*", "dibao_persons"), ("低保金（元）*", "dibao_payout_yuan"),
            ("老年人体检（人）", "free_health_checks"), ("文体活动（场）", "cultural_activities"),
            ("注册志愿者（人）*", "volunteers"), ("志愿服务（人次）", "volunteer_person_times"),
            ("党员人数（名）*", "party_members")]
    sh.row(1, 0, ["社区名称*", "统计月份*"] + [c for c, _ in cols])
    sh.row(2, 0, ["会展社区", "2026年4月"])
    for j, (_, ind) in enumerate(cols):
        val(sh, 2, 2 + j, code, m, ind, style="zuoyou" if ind == "volunteer_person_times" else "n")
    sh.put(4, 0, "注：带*为必填项。")
    sh.put(5, 0, "报送人：小农　　2026年5月7日")
    save(B1 + "会展社区2026年4月工作数据.xlsx", [sh], "openpyxl",
         ["comm_one_row", "required_asterisk_headers", "month_column", "zuoyou_approx", "xlsx_openpyxl"],
         (2026, 5, 7, 8, 50))


def c13_pingling(W):
    """Sub-items shown only by indentation (full-width spaces): 「城市低保」 with no figure, then 「　　户数」「　　人数」
    「　　发放金额」; 登革热防控 rows (outside); 龙舟水 notes."""
    code, m = BY_SHORT["平岭"], "2026-05"
    sh = Sheet("5月")
    sh.put(0, 0, "平岭社区2026年5月工作报表")
    sh.row(1, 0, ["项目", "单位", "本月", "备注"])
    ind = "　　"
    items = [("常住户数", "户", "households"), ("常住人口", "人", "residents"), (ind + "流动人口", "人", "floating_population"),
             ("社区工作者", "人", "staff"), ("受理群众诉求", "件", "petitions_received"),
             (ind + "已办结", "件", "petitions_resolved"), ("矛盾纠纷调解", "起", "disputes_mediated"),
             ("新增就业岗位", "个", "jobs_created"), (ind + "公益性岗位", "个", "public_welfare_jobs"),
             ("实现就业", "人", "people_employed"), ("城市低保", "", None), (ind + "户数", "户", "dibao_households"),
             (ind + "人数", "人", "dibao_persons"), (ind + "发放金额", "元", "dibao_payout_yuan"),
             ("老年人健康体检", "人", "free_health_checks"), ("走访慰问困难群众", "人", "people_assisted"),
             ("登革热防控", "", None), (ind + "入户宣传", "户", ("out", 200, 600)), (ind + "清理积水容器", "个", ("out", 80, 400)),
             ("志愿服务", "", None), (ind + "注册志愿者", "人", "volunteers"), (ind + "服务人次", "人次", "volunteer_person_times")]
    for i, (label, unit, x) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [label, unit])
        if isinstance(x, tuple):
            sh.put(r, 2, W.out(code, m, label, x[1], x[2]))
        elif x:
            val(sh, r, 2, code, m, x)
    sh.put(6, 3, "5月下旬“龙舟水”强降雨，积水、漏雨诉求增多")
    sh.put(18, 3, "爱国卫生运动")
    sh.put(25, 0, "填报人：凌霞　　联系电话：0771-5868125　　2026年6月3日")
    save(B1 + "平岭社区2026年5月工作报表.xlsx", [sh], "openpyxl",
         ["comm_list", "indent_marks_subitem", "terse_leaf_labels", "group_row_without_value", "outside_rows",
          "notes_numbers", "xlsx_openpyxl"], (2026, 6, 3, 11, 25))


def c14_zijing(W):
    """UTF-8 CSV with BOM: 「约80」, 「200左右」, 低保（户/人） written 「15/24」."""
    code, m = BY_SHORT["紫荆"], "2026-05"
    sh = Sheet("csv")
    sh.put(0, 0, "紫荆社区2026年5月工作数据")
    sh.row(1, 0, ["项目", "数值", "单位", "备注"])
    items = [("受理群众诉求", "petitions_received", "件", "n", "含龙舟水期间内涝诉求"), ("办结群众诉求", "petitions_resolved", "件", "n", ""),
             ("调解矛盾纠纷", "disputes_mediated", "起", "n", ""), ("新增就业岗位", "jobs_created", "个", "n", ""),
             ("城镇新增就业", "people_employed", "人", "n", ""), ("低保（户/人）", "slash", "户/人", "", ""),
             ("低保金", "dibao_payout_yuan", "元", "c", ""), ("老年人免费体检", "free_health_checks", "人", "about", "5月集中体检"),
             ("走访慰问困难群众", "people_assisted", "人", "n", ""), ("文体活动", "cultural_activities", "场", "n", ""),
             ("志愿服务", "volunteer_person_times", "人次", "zuoyou", "登革热防控清积水"), ("登革热防控入户", None, "户", "", ""),
             ("治安案件", "security_cases", "起", "wu", "")]
    for i, (label, ind, unit, style, note) in enumerate(items):
        r = 2 + i
        sh.put(r, 0, label)
        if ind == "slash":
            words(sh, r, 1, "{0}/{1}", [(code, m, "dibao_households"), (code, m, "dibao_persons")])
        elif ind is None:
            sh.put(r, 1, W.out(code, m, label, 150, 500))
        else:
            val(sh, r, 1, code, m, ind, style=style)
        sh.put(r, 2, unit)
        if note:
            sh.put(r, 3, note)
    sh.put(16, 0, "填报人：韦姐　2026年6月2日")
    save(B1 + "紫荆社区2026年5月工作数据.csv", [sh], "csv-utf8bom",
         ["comm_list", "about_approx", "zuoyou_approx", "households_persons_slash", "value_before_unit",
          "thousands_text", "outside_rows", "csv_utf8bom"], (2026, 6, 2, 17, 30))


def c15_daling(W):
    """Two tables stacked: 一、队伍和对象变动 as 期初 | 本期增加 | 本期减少 | 期末 (期末 is the month's stock, 期初 April's),
    二、本月工作 with the flows."""
    code, m = BY_SHORT["大岭"], "2026-05"
    p = W.prev(m)
    sh = Sheet("5月")
    sh.put(0, 0, "大岭社区2026年5月工作统计表")
    sh.put(1, 0, "一、队伍和对象变动情况")
    sh.row(2, 0, ["项目", "单位", "期初", "本期增加", "本期减少", "期末", "备注"])
    stocks = [("注册志愿者", "人", "volunteers"), ("党员", "名", "party_members"), ("群防群治巡逻队员", "人", "patrol_members"),
              ("平安信息员", "人", "informants"), ("党员结对帮扶", "对", "pairings"), ("低保户", "户", "dibao_households"),
              ("低保人员", "人", "dibao_persons")]
    for i, (label, unit, ind) in enumerate(stocks):
        r = 3 + i
        sh.row(r, 0, [label, unit])
        prior(sh, r, 2, code, p, ind)
        a, b = W.v[(code, p, ind)], W.v[(code, m, ind)]
        inc, dec = movement(a, b, f"dl{ind}")
        sh.row(r, 3, [inc, dec])
        val(sh, r, 5, code, m, ind)
        if ind == "party_members" and (inc or dec):
            sh.put(r, 6, "、".join(t for t in (f"转入{inc}名" if inc else "", f"转出{dec}名" if dec else "") if t))
    r = 4 + len(stocks)
    sh.put(r, 0, "二、本月工作完成情况")
    sh.row(r + 1, 0, ["项目", "单位", "本月数"])
    flows = [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("实现就业", "人", "people_employed"), ("老年人免费体检", "人", "free_health_checks"),
             ("志愿服务", "人次", "volunteer_person_times"), ("治安案件", "起", "security_cases")]
    for i, (label, unit, ind) in enumerate(flows):
        sh.row(r + 2 + i, 0, [label, unit])
        val(sh, r + 2 + i, 2, code, m, ind)
    sh.put(r + 3 + len(flows), 0, "填报人：梁春　　报送日期：2026年6月4日")
    save(B1 + "大岭社区2026年5月工作统计表.xlsx", [sh], "xlsxwriter",
         ["comm_list", "stock_movement_columns", "prior_month_stock_columns", "two_tables_stacked", "xlsx_xlsxwriter"],
         (2026, 6, 4, 9, 40))


LX_GROUPS = [("民情诉求", [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
                           ("调解矛盾纠纷", "起", "disputes_mediated")]),
             ("就业保障", [("新增就业岗位", "个", "jobs_created"), ("城镇新增就业", "人", "people_employed"),
                           ("零就业家庭", "户", "zero_employment_households")]),
             ("民政为老", [("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
                           ("老年人免费体检", "人", "free_health_checks"), ("走访慰问困难群众", "人", "people_assisted")]),
             ("平安志愿", [("治安巡逻队员", "人", "patrol_members"), ("治安案件", "起", "security_cases"),
                           ("注册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times")])]


def langxi_sheet(W, corrected=False):
    """埌西 (the registry's own 埌) May return: 类别 merged down | 指标 | 单位 | 本月 | 本年累计 (flows, from January) |
    备注. The batch2 resend marks each changed figure 「…（改）」 and says why in a 更正说明 line."""
    code, m = BY_SHORT["埌西"], "2026-05"
    sh = Sheet("5月")
    sh.put(0, 0, "青秀区津头街道埌西社区居委会2026年5月工作报表" + ("（更正）" if corrected else ""))
    sh.row(1, 0, ["类别", "指标", "单位", "本月", "本年累计", "备注"])
    r = 2
    for g, items in LX_GROUPS:
        sh.merge(r, 0, r + len(items) - 1, 0, g)
        for label, unit, ind in items:
            sh.row(r, 1, [label, unit])
            key = (code, m, ind)
            v, _ = _value_role(key, None, None)
            val(sh, r, 3, code, m, ind, style="gai" if corrected and key in W.old else "n")
            if ind not in STOCKS:
                sh.put(r, 4, W.ytd(code, m, ind) - W.v[key] + v)
            r += 1
    if corrected:
        sh.put(r + 1, 0, "更正说明：5月老年人体检人数重复统计，志愿服务误计入4月“三月三”活动人次，办结数漏报5件，"
                         "已更正（标“改”处），请以本表为准。")
    sh.put(r + 2, 0, "填报人：韦丽华　　联系电话：0771-5861203　　2026年6月" + ("9日" if corrected else "3日"))
    return sh


def c16_langxi(W):
    save(B1 + "埌西社区2026年5月工作报表.xlsx", [langxi_sheet(W)], "openpyxl",
         ["comm_list", "category_merged_down", "ytd_column", "registry_rare_char", "village_of_same_name_in_street",
          "title_with_district_path", "xlsx_openpyxl"], (2026, 6, 3, 15, 10))


def build(W):
    c9_tongguling(W)
    c10_guihua(W)
    c11_qinghuan(W)
    c12_huizhan(W)
    c13_pingling(W)
    c14_zijing(W)
    c15_daling(W)
    c16_langxi(W)
