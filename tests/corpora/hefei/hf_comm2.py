"""Community files (2): 施河's letter (.ods, corrected in batch2), 高王 (.xls, full-width and 左右), 陆集 (待核),
义兴 (label row / value row bands), 石桥 (WPS GBK CSV with 较上月 words), 繁华 (「19人（12户）」, 两起), 观园 (sums
typed as formulas), 包河苑 (.et, indicators across), 院塘 March."""
from hf_comm import items, letter
from hf_grid import Formula, Sheet, miss, multi, val
from hf_world import BY_SHORT
from hf_writers import save

SHIHE = [("受理群众诉求", "件", "petitions_received", "n"), ("办结群众诉求", "件", "petitions_resolved", "n"),
         ("化解矛盾纠纷", "起", "disputes_mediated", "cn"), ("春节走访慰问困难群众", "人", "people_assisted", "u"),
         ("发放米、油等慰问品", "件", "goods_distributed", "u"), ("元宵、春节文体活动", "场", "cultural_activities", "n"),
         ("政策宣讲", "次", "lectures_held", "n"), ("志愿服务", "人次", "volunteer_person_times", "yu")]


def shihe_letter(W):
    m = "2026-02"
    closing = ["　　其他：春节期间（2月15日—23日）安排值班人员每日2人，燃放烟花爆竹劝导巡查10次（不计入上表）。"]
    return letter(W, "施河", m, SHIHE, closing, (2026, 3, 3), sheet="2月")


def build(W):
    save("batch1/关于施河社区2026年2月份工作开展情况的报告.ods", [shihe_letter(W)], "odfpy",
         ["community_file", "letter_like_report", "small_table_inside_letter", "cn_small_numerals", "units_glued",
          "approx_yu", "holiday_dates_in_text"], (2026, 3, 3, 16, 0))

    # 高王 2026-02 .xls: full-width digits typed with a Chinese IME, 左右
    m, code = "2026-02", BY_SHORT["高王"]
    sh = Sheet("高王社区")
    sh.merge(0, 0, 0, 3, "高王社区二月份工作报表")
    sh.merge(1, 0, 1, 3, "（2026年度）")
    sh.row(2, 0, ["序号", "项目", "单位", "本月"])
    spec = [("受理诉求", "件", "petitions_received", "fw"), ("办结", "件", "petitions_resolved", "fw"),
            ("新增就业岗位", "个", "jobs_created", "fw"), ("公益性岗位", "个", "public_welfare_jobs", "fw"),
            ("实现就业", "人", "people_employed", "n"), ("职业技能培训", "场", "training_sessions", "n"),
            ("免费健康体检", "人", "free_health_checks", "zy"), ("帮扶困难群众", "人", "people_assisted", "n"),
            ("注册志愿者", "人", "volunteers", "fw"), ("志愿服务", "人次", "volunteer_person_times", "zy"),
            ("网格员入户走访", "户", None, ("out", "６２０"))]
    r = items(sh, 3, 0, code, m, spec)
    sh.put(r + 1, 0, "高王社区居委会　　2026年3月2日")
    save("batch1/高王社区二月份工作报表.xls", [sh], "xlwt",
         ["community_file", "fullwidth_digits", "fullwidth_with_unit", "approx_zuoyou", "year_only_second_line",
          "month_in_words"], (2026, 3, 2, 11, 30))

    # 陆集 2026-03 xlsx: 待核 cells, 暂无, two values in one cell
    m, code = "2026-03", BY_SHORT["陆集"]
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 4, "陆集社区2026年3月工作数据")
    sh.row(1, 0, ["序号", "项目", "单位", "数据", "备注"])
    spec = [("受理诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
            ("调解纠纷", "起", "disputes_mediated", ("miss", "待核")),
            ("新增就业岗位", "个", "jobs_created", ("multi", "{0}（其中公益性岗位{1}个）", ["jobs_created", "public_welfare_jobs"])),
            ("实现就业", "人", "people_employed", "n"), ("创业担保贷款", "万元", "micro_loans_yuan", "t"),
            ("零就业家庭", "户", "zero_employment_households", "wu"), ("免费体检", "人", "free_health_checks", "n"),
            ("学雷锋志愿服务", "人次", "volunteer_person_times", "n"), ("注册志愿者", "人", "volunteers", ("miss", "暂无")),
            ("治安案件", "起", "security_cases", ("miss", "待核"))]
    r = 2
    for i, (lab, unit, ind, how) in enumerate(spec):
        sh.row(r, 0, [i + 1, lab, unit])
        if ind == "micro_loans_yuan":
            val(sh, r, 3, code, m, ind, style="t", div=10000)
        elif isinstance(how, tuple) and how[0] == "miss":
            miss(sh, r, 3, code, m, ind, how[1])
            sh.put(r, 4, {"disputes_mediated": "司法所未反馈", "volunteers": "“志愿汇”平台升级中",
                          "security_cases": "派出所数据待核"}[ind])
        elif isinstance(how, tuple):
            multi(sh, r, 3, code, m, how[1], how[2])
        else:
            val(sh, r, 3, code, m, ind, style=how)
        r += 1
    sh.put(r + 1, 0, "填表人：陆集社区　　审核：　　2026年4月2日")
    save("batch1/陆集社区2026年3月工作数据.xlsx", [sh], "openpyxl",
         ["community_file", "daihe_marker", "zanwu", "two_values_one_cell", "wan_unit_column", "wu_zero",
          "luji_ludacun_trap"], (2026, 4, 2, 9, 0))

    # 义兴 2026-03: label row / value row bands, five per band
    m, code = "2026-03", BY_SHORT["义兴"]
    sh = Sheet("义兴社区3月")
    sh.merge(0, 0, 0, 4, "骆岗街道义兴社区2026年3月份工作统计")
    bands = [[("受理诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"), ("调解（起）", "disputes_mediated"),
              ("新增岗位（个）", "jobs_created"), ("实现就业（人）", "people_employed")],
             [("低保户（户）", "dibao_households"), ("低保人员（人）", "dibao_persons"), ("低保金（元）", "dibao_payout_yuan"),
              ("体检（人）", "free_health_checks"), ("慰问（人）", "people_assisted")],
             [("文体活动（场）", "cultural_activities"), ("宣讲（次）", "lectures_held"), ("巡逻队员（人）", "patrol_members"),
              ("信息员（人）", "informants"), ("志愿服务（人次）", "volunteer_person_times")]]
    r = 2
    for band in bands:
        for k, (lab, ind) in enumerate(band):
            sh.put(r, k, lab)
            val(sh, r + 1, k, code, m, ind, style="k" if ind == "dibao_payout_yuan" else "n")
        r += 3
    sh.put(r, 0, "义兴社区　2026年4月3日报")
    save("batch1/义兴社区2026年3月份工作统计.xlsx", [sh], "xlsxwriter",
         ["community_file", "label_row_value_row_bands", "units_in_labels", "thousands_text", "short_labels"],
         (2026, 4, 3, 10, 10))

    # 石桥 2026-04: WPS GBK CSV, figure then words in the 备注-less value column
    m, code = "2026-04", BY_SHORT["石桥"]
    sh = Sheet("csv")
    sh.row(0, 0, ["石桥社区2026年4月工作情况", "", "", ""])
    sh.row(1, 0, ["项目", "单位", "本月数", "与上月比"])
    rows = [("居民诉求受理", "件", "petitions_received"), ("居民诉求办结", "件", "petitions_resolved"),
            ("新增就业岗位", "个", "jobs_created"), ("实现就业人数", "人", "people_employed"),
            ("65岁以上老人免费体检", "人", "free_health_checks"), ("文化活动", "场", "cultural_activities"),
            ("注册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times"),
            ("党员", "名", "party_members"), ("常住人口", "人", "residents")]
    for i, (lab, unit, ind) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        v, p = W.v[(code, m, ind)], W.v[(code, W.prev(m), ind)]
        val(sh, r, 2, code, m, ind, style="sp" if v >= 1000 else "t")
        sh.put(r, 3, "持平" if v == p else (f"增加{v - p}" if v > p else f"减少{p - v}"))
    sh.row(2 + len(rows) + 1, 0, ["石桥社区居委会", "", "2026年5月6日", ""])
    save("batch1/石桥社区2026年4月工作情况.csv", [sh], "csv-gbk",
         ["community_file", "csv_gbk_wps", "change_words_column", "space_thousands", "shiqiao_common_name"],
         (2026, 5, 6, 15, 45))

    # 繁华 2026-04: 「19人（12户）」, 两起, /
    m, code = "2026-04", BY_SHORT["繁华"]
    sh = Sheet("4月报表")
    sh.merge(0, 0, 0, 3, "繁华社区居委会2026年4月报表")
    sh.row(1, 0, ["序号", "工作内容", "单位", "完成情况"])
    spec = [("受理居民诉求", "件", "petitions_received", "u"), ("办结", "件", "petitions_resolved", "u"),
            ("调解矛盾纠纷", "起", "disputes_mediated", "cn"),
            ("城市低保", "人（户）", "dibao_persons", ("multi", "{1}人（{0}户）", ["dibao_households", "dibao_persons"])),
            ("发放低保金", "元", "dibao_payout_yuan", "u"), ("创业担保贷款", "元", "micro_loans_yuan", ("miss", "/")),
            ("免费体检", "人", "free_health_checks", "u"), ("文化活动", "场", "cultural_activities", "cn"),
            ("治安巡逻队员", "人", "patrol_members", "u"), ("治安案件", "起", "security_cases", "cn")]
    r = items(sh, 2, 0, code, m, spec)
    sh.put(r + 1, 0, "4月5日清明文明祭扫劝导、4月15日全民国家安全教育日宣传不计入。填报：繁华社区　2026年5月5日")
    save("batch1/繁华社区居委会2026年4月报表.xlsx", [sh], "openpyxl",
         ["community_file", "persons_first_pair", "cn_small_numerals", "units_glued", "slash", "fanhua_common_name"],
         (2026, 5, 5, 9, 20))

    # 观园 2026-05 xlsxwriter: sums typed as formulas in the cells
    m, code = "2026-05", BY_SHORT["观园"]
    sh = Sheet("5月")
    sh.merge(0, 0, 0, 3, "观园社区2026年5月工作报表")
    sh.row(1, 0, ["项目", "单位", "本月", "说明"])
    rows = [("受理诉求", "件", "petitions_received", 3, "12345＋网格＋来访"), ("办结", "件", "petitions_resolved", 0, ""),
            ("免费体检", "人", "free_health_checks", 2, "两批次"), ("走访慰问", "人", "people_assisted", 0, ""),
            ("慰问物资", "件", "goods_distributed", 0, ""), ("文体活动", "场", "cultural_activities", 0, "含五一、母亲节"),
            ("志愿服务", "人次", "volunteer_person_times", 3, "骆岗公园＋五一＋防汛"), ("宣讲", "次", "lectures_held", 0, ""),
            ("常住户数", "户", "households", 0, ""), ("常住人口", "人", "residents", 0, "")]
    for i, (lab, unit, ind, parts, note) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        v = W.v[(code, m, ind)]
        if parts:
            ps = [v // parts + (1 if k < v % parts else 0) for k in range(parts)]
            val(sh, r, 2, code, m, ind, formula="=" + "+".join(map(str, ps)))
        else:
            val(sh, r, 2, code, m, ind)
        if note:
            sh.put(r, 3, note)
    sh.put(13, 0, "观园社区　2026年6月3日")
    save("batch1/观园社区2026年5月工作报表.xlsx", [sh], "xlsxwriter",
         ["community_file", "in_cell_arithmetic_formula", "parts_named_in_note", "guanyuan_common_name"],
         (2026, 6, 3, 8, 40))

    # 包河苑 2026-05 .et: indicators across, one data row, text numbers padded with spaces
    m, code = "2026-05", BY_SHORT["包河苑"]
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 9, "包河苑社区2026年5月份工作报表")
    heads = [("社区", None), ("受理诉求(件)", "petitions_received"), ("办结(件)", "petitions_resolved"),
             ("调解(起)", "disputes_mediated"), ("新增岗位(个)", "jobs_created"), ("实现就业(人)", "people_employed"),
             ("体检(人)", "free_health_checks"), ("志愿服务(人次)", "volunteer_person_times"), ("党员(名)", "party_members"),
             ("流动人口(人)", "floating_population")]
    for k, (h, ind) in enumerate(heads):
        sh.put(1, k, h)
        if ind:
            val(sh, 2, k, code, m, ind, style="pad")
        else:
            sh.put(2, k, "包河苑")
    sh.put(4, 0, "报送人：包河苑社区 周　2026.6.2")
    save("batch1/包河苑社区2026年5月份工作报表.et", [sh], "xlwt-et",
         ["community_file", "indicators_across_one_row", "padded_text_number", "baohe_prefix_trap", "ascii_brackets"],
         (2026, 6, 2, 16, 30))

    # 院塘 2026-03 .xlsx: 本月 | 上月 with full-width and 余
    m, code = "2026-03", BY_SHORT["院塘"]
    sh = Sheet("院塘3月")
    sh.merge(0, 0, 0, 4, "院塘社区2026年3月份工作月报")
    sh.row(1, 0, ["序号", "项目", "单位", "本月", "上月"])
    spec = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"), ("新增就业岗位", "个", "jobs_created"),
            ("实现就业", "人", "people_employed"), ("走访慰问", "人", "people_assisted"), ("慰问物资", "件", "goods_distributed"),
            ("元宵文体活动", "场", "cultural_activities"), ("志愿服务", "人次", "volunteer_person_times"),
            ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons")]
    for i, (lab, unit, ind) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [i + 1, lab, unit])
        val(sh, r, 3, code, m, ind, style="yu" if ind == "volunteer_person_times" else ("fw" if i % 3 == 0 else "n"))
        val(sh, r, 4, code, W.prev(m), ind, role="prevmonth")
    sh.put(13, 0, "院塘社区　2026年4月1日")
    save("batch1/院塘社区2026年3月份工作月报.xlsx", [sh], "openpyxl",
         ["community_file", "this_month_last_month", "fullwidth_digits", "approx_yu", "yuantang_guantang_one_char"],
         (2026, 4, 1, 14, 0))
