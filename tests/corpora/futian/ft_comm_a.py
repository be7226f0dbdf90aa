"""Community files (1), 2025-09 … 2025-12: 福华 (工作站 | 居委会 side by side), 水围 (9—10月 together, 台风 rows),
岗厦 (GBK CSV, 「26+9+7=42」), 皇岗 (sheets 「10月」 and 「10月 (2)」), 福田 (福田区福田街道福田社区, 「本月/本年累计」
in one cell), 口岸 (traditional item names), 渔农 (台账 7月—3月 with quarter columns), 圩镇 (long table, month and
类别 only on their first row)."""
from ft_grid import Sheet, items, miss, multi, prior, qval, val
from ft_world import BY_SHORT
from ft_writers import save


def fuhua_sep(W):
    m, code = "2025-09", BY_SHORT["福华"]
    sh = Sheet("9月")
    sh.merge(0, 0, 0, 8, "福田街道福华社区2025年9月工作报表")
    sh.merge(1, 0, 1, 3, "社区工作站填报")
    sh.merge(1, 5, 1, 8, "社区居委会填报")
    sh.row(2, 0, ["序号", "项目", "单位", "数量"])
    sh.row(2, 5, ["序号", "项目", "单位", "数量"])
    left = [("受理民生诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
            ("新增就业岗位", "个", "jobs_created", "n"), ("其中：公益性岗位", "个", "public_welfare_jobs", "n"),
            ("实现就业", "人", "people_employed", "n"), ("低保户数", "户", "dibao_households", "n"),
            ("低保人数", "人", "dibao_persons", "n"), ("低保金发放", "元", "dibao_payout_yuan", "k"),
            ("民生微实事项目", "个", None, ("out", 2))]
    right = [("调解矛盾纠纷", "起", "disputes_mediated", "n"), ("文体活动", "场", "cultural_activities", "n"),
             ("政策宣讲", "次", "lectures_held", "n"), ("注册义工", "人", "volunteers", "n"),
             ("义工服务", "人次", "volunteer_person_times", "n"), ("走访慰问困难群众", "人", "people_assisted", "n"),
             ("楼栋长", "人", None, ("out", 46))]
    r1 = items(sh, 3, code, m, left, (1, 2, 3), num=0)
    items(sh, 3, code, m, right, (6, 7, 8), num=5)
    sh.merge(r1 + 1, 0, r1 + 1, 8, "说明：9月24日台风“桦加沙”期间组织义工清理倒伏树木，计入义工服务人次；中秋慰问提前至9月底开展。")
    sh.put(r1 + 2, 0, "工作站填报人：陈　　站长：")
    sh.put(r1 + 2, 5, "居委会填报人：林　　主任：")
    sh.put(r1 + 3, 6, "2025年10月8日")
    sh.widths.update({1: 18, 6: 18})
    save("batch1/福华社区2025年9月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "two_tables_side_by_side", "workstation_and_committee", "thousands_text", "outside_rows",
          "signature_lines"], (2025, 10, 8, 17, 10))


def shuiwei_sep_oct(W):
    code = BY_SHORT["水围"]
    months = ["2025-09", "2025-10"]
    sh = Sheet("水围")
    sh.merge(0, 0, 0, 5, "水围社区（水围村）2025年9—10月工作数据")
    sh.merge(1, 0, 1, 5, "报送单位：福田街道水围社区工作站")
    sh.row(2, 0, ["类别", "指标", "单位", "9月", "10月", "备注"])
    groups = [("民生诉求", [("受理民生诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved")]),
              ("平安建设", [("治安巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
                        ("治安案件", "起", "security_cases"), ("调处矛盾纠纷", "起", "disputes_mediated")]),
              ("人口", [("常住人口", "人", "residents"), ("流动人口（来深建设者）", "人", "floating_population")]),
              ("为老", [("长者免费体检（社康）", "人", "free_health_checks")]),
              ("三防", [("台风期间转移安置群众", "人", None), ("三防巡查", "次", None)])]
    r = 3
    for cat, spec in groups:
        sh.merge(r, 0, r + len(spec) - 1, 0, cat)
        for lab, unit, ind in spec:
            sh.row(r, 1, [lab, unit])
            for j, m in enumerate(months):
                if ind is None:
                    sh.put(r, 3 + j, [86, "—"][j] if unit == "人" else [14, 6][j])
                elif ind == "security_cases" and m == "2025-10":
                    miss(sh, r, 3 + j, code, m, ind, "待派出所反馈")
                else:
                    val(sh, r, 3 + j, code, m, ind)
            if ind == "petitions_received":
                sh.put(r, 5, "9月含台风诉求")
            r += 1
    sh.merge(r + 1, 0, r + 1, 5, "9月数据因防御台风“桦加沙”（9月23日—25日）延迟报送，与10月一并报送。")
    sh.put(r + 2, 4, "2025年11月4日")
    save("batch1/水围社区2025年9-10月工作数据.xls", [sh], "xlwt",
         ["community_file", "two_month_columns", "category_column_merged", "outside_rows", "not_reported_words",
          "village_name_in_title"], (2025, 11, 4, 10, 25))


def gangxia_oct(W):
    m, code = "2025-10", BY_SHORT["岗厦"]
    sh = Sheet("csv")
    sh.put(0, 0, "岗厦社区2025年10月工作报表")
    sh.row(1, 0, ["项目", "数量", "单位", "备注"])
    spec = [("受理民生诉求", "件", "petitions_received", ("arith", (0.6, 0.22)), "12345+i深圳+网格员巡查"),
            ("办结民生诉求", "件", "petitions_resolved", "t"),
            ("调解矛盾纠纷", "起", "disputes_mediated", "t"),
            ("新增就业岗位", "个", "jobs_created", "fwsp"),
            ("实现就业", "人", "people_employed", "t"),
            ("社康长者体检", "人", "free_health_checks", "t"),
            ("走访慰问", "人", "people_assisted", ("multi", "重阳节走访长者{0}人", ["people_assisted"])),
            ("文体活动", "场", "cultural_activities", "t"),
            ("义工服务", "人次", "volunteer_person_times", "t", "含“岗厦北”枢纽文明引导"),
            ("出租屋巡查", "栋次", None, ("out", "1260"), "不计入考核")]
    r = items(sh, 2, code, m, spec, (0, 2, 1), note_col=3, glue=False)
    sh.put(r + 1, 0, "岗厦社区工作站　2025年11月5日")
    save("batch1/岗厦社区2025年10月工作报表.csv", [sh], "csv-gbk",
         ["community_file", "csv_gbk", "arithmetic_text", "fullwidth_space_pad", "figure_with_words", "outside_rows"],
         (2025, 11, 5, 9, 0))


HG_SPEC = [("受理民生诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
           ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
           ("实现就业", "人", "people_employed"), ("低保户数", "户", "dibao_households"),
           ("低保人数", "人", "dibao_persons"), ("长者免费体检", "人", "free_health_checks"),
           ("走访慰问", "人", "people_assisted"), ("文体活动", "场", "cultural_activities"),
           ("政策宣讲", "次", "lectures_held"), ("义工服务", "人次", "volunteer_person_times")]


def huanggang_oct_nov(W):
    code = BY_SHORT["皇岗"]
    sheets = []
    for name, m, note, sent in (("10月", "2025-10", "配合皇岗口岸国庆假期出入境高峰疏导", "2025年11月5日"),
                                ("10月 (2)", "2025-11", "含福田口岸“双十一”跨境购物人流引导", "2025年12月3日")):
        sh = Sheet(name)
        sh.merge(0, 0, 0, 3, f"皇岗社区{m[:4]}年{int(m[5:])}月工作报表")
        sh.row(1, 0, ["序号", "指标", "本月", "备注"])
        spec = [(lab, unit, ind, "u", note if ind == "volunteer_person_times" else None) for lab, unit, ind in HG_SPEC]
        r = items(sh, 2, code, m, spec, (1, None, 2), num=0)
        sh.put(r + 1, 1, "皇岗社区工作站")
        sh.put(r + 1, 2, sent)
        sh.widths.update({1: 16, 3: 36})
        sheets.append(sh)
    save("batch1/皇岗社区2025年10-11月工作报表.xlsx", sheets, "openpyxl",
         ["community_file", "copied_sheet_name_wrong_month", "units_glued", "port_name_trap", "two_months_one_workbook"],
         (2025, 12, 3, 11, 45))


def futian_nov(W):
    m, code = "2025-11", BY_SHORT["福田"]
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 4, "福田区福田街道福田社区2025年11月工作月报")
    sh.row(1, 0, ["序号", "工作项目", "单位", "本月/本年累计", "说明"])
    flows = [("受理民生诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
             ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("实现就业", "人", "people_employed"), ("职业技能培训", "场", "training_sessions"),
             ("长者免费体检", "人", "free_health_checks"), ("文体活动", "场", "cultural_activities"),
             ("政策宣讲", "次", "lectures_held"), ("义工服务", "人次", "volunteer_person_times")]
    spec = [(lab, unit, ind, ("multi", "{0}/" + str(W.ytd(code, m, ind)), [ind])) for lab, unit, ind in flows]
    spec += [("在册党员", "人", "party_members", "n"), ("注册义工", "人", "volunteers", "n")]
    r = items(sh, 2, code, m, spec, (1, 2, 3), num=0)
    sh.put(2 + 7, 4, "含“深圳读书月”社区书吧阅读分享会")
    sh.put(2 + 8, 4, "含“法治讲堂”")
    sh.put(r, 1, "注：党员、注册义工为月末在册数。")
    sh.put(r + 1, 1, "福田社区居委会（福田社区工作站）　2025年12月4日")
    save("batch1/福田社区2025年11月工作月报.ods", [sh], "odfpy",
         ["community_file", "month_and_ytd_in_one_cell", "district_street_community_same_name", "stock_rows_single"],
         (2025, 12, 4, 15, 30))


def kouan_dec(W):
    m, code = "2025-12", BY_SHORT["口岸"]
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "口岸社区2025年12月工作报表")
    sh.row(1, 0, ["項目", "單位", "數量", "備註"])
    spec = [("受理民生訴求", "件", "petitions_received", "n", "福田口岸周邊噪音投訴為主"),
            ("辦結", "件", "petitions_resolved", "n"), ("調解糾紛", "起", "disputes_mediated", "n"),
            ("新增就業崗位", "個", "jobs_created", "n"), ("實現就業", "人", "people_employed", "n"),
            ("低保戶數", "戶", "dibao_households", "u"), ("低保人數", "人", "dibao_persons", "u"),
            ("低保金發放", "元", "dibao_payout_yuan", "k"), ("走訪慰問困難群眾", "人", "people_assisted", "n"),
            ("發放慰問物資", "件", "goods_distributed", "n"), ("文體活動", "場", "cultural_activities", "n"),
            ("註冊義工", "人", "volunteers", "n"), ("義工服務人次", "人次", "volunteer_person_times", "n", "含12月深圳馬拉松志願服務"),
            ("來深建設者（流動人口）", "人", "floating_population", "n")]
    r = items(sh, 2, code, m, spec, (0, 1, 2))
    sh.put(r + 1, 0, "填表：何　　口岸社區工作站　2026年1月6日")
    save("batch1/口岸社区2025年12月工作报表.xls", [sh], "xlwt",
         ["community_file", "traditional_item_names", "units_glued", "thousands_text", "port_name_trap"],
         (2026, 1, 6, 10, 10))


def yunong_ledger(W):
    code = BY_SHORT["渔农"]
    sh = Sheet("台账")
    sh.merge(0, 0, 0, 14, "渔农社区重点工作数据台账（2025年7月—2026年3月）")
    sh.merge(1, 0, 2, 0, "项目")
    sh.merge(1, 1, 2, 1, "单位")
    sh.merge(1, 2, 1, 9, "2025年")
    sh.merge(1, 10, 1, 13, "2026年")
    sh.merge(1, 14, 2, 14, "备注")
    cols = [("7月", "2025-07"), ("8月", "2025-08"), ("9月", "2025-09"), ("三季度", "2025-Q3"), ("10月", "2025-10"),
            ("11月", "2025-11"), ("12月", "2025-12"), ("四季度", "2025-Q4"), ("1月", "2026-01"), ("2月", "2026-02"),
            ("3月", "2026-03"), ("一季度", "2026-Q1")]
    sh.row(2, 2, [c for c, _ in cols])
    spec = [("民生诉求受理", "件", "petitions_received", True, ""), ("民生诉求办结", "件", "petitions_resolved", True, ""),
            ("矛盾纠纷调解", "起", "disputes_mediated", True, "1月含春节前劳资纠纷"),
            ("新增就业岗位", "个", "jobs_created", True, ""), ("实现就业", "人", "people_employed", True, ""),
            ("文体活动", "场", "cultural_activities", True, ""), ("义工服务", "人次", "volunteer_person_times", True,
                                                              "9月含台风后清障"),
            ("常住人口", "人", "residents", False, ""), ("流动人口", "人", "floating_population", False, "2月春节返乡"),
            ("注册义工", "人", "volunteers", False, "")]
    for i, (lab, unit, ind, flow, note) in enumerate(spec):
        r = 3 + i
        sh.row(r, 0, [lab, unit])
        for j, (_, p) in enumerate(cols):
            c = 2 + j
            if "Q" in p:
                if flow:
                    L = [chr(65 + c - 3), chr(65 + c - 1)]
                    qval(sh, r, c, code, p, ind, formula=f"=SUM({L[0]}{r + 1}:{L[1]}{r + 1})")
                else:
                    sh.put(r, c, "/")
            elif p in W.period:
                val(sh, r, c, code, p, ind)
            else:
                prior(sh, r, c, code, p, ind)
        if note:
            sh.put(r, 14, note)
    sh.put(14, 0, "说明：季度列为三个月合计，人口、义工注册数为月末数，季度列不填。")
    sh.put(15, 0, "渔农社区工作站　统计：郑　　2026年4月7日")
    save("batch1/渔农社区工作台账（2025年7月-2026年3月）.xlsx", [sh], "xlsxwriter",
         ["community_file", "months_across", "year_group_header", "quarter_columns_interleaved", "months_before_period",
          "sum_formulas", "indicators_as_rows"], (2026, 4, 7, 16, 40))


def xuzhen_long(W):
    code = BY_SHORT["圩镇"]
    sh = Sheet("长表")
    sh.merge(0, 0, 0, 5, "圩镇社区2025年第四季度月度数据（长表）")
    sh.row(1, 0, ["月份", "类别", "指标名称", "计量单位", "数值", "数据来源"])
    groups = [("民生诉求", [("受理民生诉求", "件", "petitions_received", "民生诉求系统"),
                        ("办结民生诉求", "件", "petitions_resolved", "民生诉求系统"),
                        ("调解矛盾纠纷", "起", "disputes_mediated", "人民调解台账")]),
              ("为老助困", [("走访慰问困难群众", "人", "people_assisted", "社区台账"),
                        ("发放慰问物资", "件", "goods_distributed", "社区台账")]),
              ("文化", [("文体活动", "场", "cultural_activities", "社区台账"), ("政策宣讲", "次", "lectures_held", "社区台账")]),
              ("义工", [("义工服务", "人次", "volunteer_person_times", "志愿深圳")])]
    r = 2
    for m in ("2025-10", "2025-11", "2025-12"):
        sh.put(r, 0, f"{m[:4]}年{int(m[5:])}月")
        for cat, spec in groups:
            sh.put(r, 1, cat)
            for lab, unit, ind, source in spec:
                sh.row(r, 2, [lab, unit])
                val(sh, r, 4, code, m, ind)
                sh.put(r, 5, source)
                r += 1
    sh.put(r + 1, 0, "圩镇社区工作站　2026年1月8日")
    save("batch1/圩镇社区2025年10-12月数据长表.xlsx", [sh], "openpyxl",
         ["community_file", "long_format", "month_only_on_first_row", "category_only_on_first_row", "source_column"],
         (2026, 1, 8, 9, 20))


def build(W):
    fuhua_sep(W)
    shuiwei_sep_oct(W)
    gangxia_oct(W)
    huanggang_oct_nov(W)
    futian_nov(W)
    kouan_dec(W)
    yunong_ledger(W)
    xuzhen_long(W)
