"""Community returns (indicators down unless noted): the 凤凰街道 template and each clerk's own habits."""
from nj_grid import Sheet, header, prior, qval, val
from nj_street2 import instructions
from nj_table import seeded
from nj_world import BY_SHORT, FLOWS
from nj_writers import save

LAB = {"petitions_received": ("受理居民诉求", "件"), "petitions_resolved": ("诉求办结", "件"),
       "disputes_mediated": ("矛盾纠纷调解成功", "起"), "jobs_created": ("新开发就业岗位", "个"),
       "public_welfare_jobs": ("其中：公益性岗位", "个"), "people_employed": ("城镇新增就业", "人"),
       "micro_loans_yuan": ("创业担保贷款", "元"), "training_sessions": ("职业技能培训", "场"),
       "zero_employment_households": ("零就业家庭", "户"), "dibao_households": ("低保户数", "户"),
       "dibao_persons": ("低保人数", "人"), "dibao_payout_yuan": ("低保金发放", "元"),
       "free_health_checks": ("老年人免费体检", "人"), "people_assisted": ("走访慰问困难群众", "人"),
       "goods_distributed": ("发放慰问物资", "件"), "cultural_activities": ("群众性文体活动", "场"),
       "lectures_held": ("政策宣讲、法治讲座", "次"), "patrol_members": ("群防群治巡逻队员", "人"),
       "informants": ("平安信息员", "人"), "security_cases": ("治安案件", "起"), "volunteers": ("注册志愿者", "人"),
       "volunteer_person_times": ("志愿服务", "人次"), "party_members": ("在册党员", "名"),
       "pairings": ("党员结对帮扶", "对"), "households": ("常住户数", "户"), "residents": ("常住人口", "人"),
       "floating_population": ("流动人口", "人"), "staff": ("社区工作者", "人")}
OUTSIDE = [("垃圾分类督导", "次", (4, 20)), ("电动自行车充电桩巡查", "次", (2, 8)), ("居家养老上门服务", "人次", (40, 160))]


def down(sh, r0, code, m, inds, cols, no=True, outside=1, num="n", start_no=1):
    """One row per indicator; cols: m 本月, ytd 1-本月累计, ly 上年同期, prev 上月, yn 是否完成, pct 同比增减%,
    unit 单位, label 指标. Returns the next free row."""
    r = r0
    items = [(ind,) + LAB[ind] for ind in inds] + [(None, lab, u) for lab, u, _ in OUTSIDE[:outside]]
    for k, (ind, lab, unit) in enumerate(items):
        c = 0
        for col in cols:
            if col == "no":
                sh.put(r, c, start_no + k)
            elif col == "label":
                sh.put(r, c, lab)
            elif col == "unit":
                sh.put(r, c, unit)
            elif ind is None:
                if col in ("m", "ytd"):
                    lo, hi = OUTSIDE[[o[0] for o in OUTSIDE].index(lab)][2]
                    sh.put(r, c, seeded(code, m, lab).randint(lo, hi) * (1 if col == "m" else int(m[5:])))
            elif col == "m":
                val(sh, r, c, code, m, ind, style=num if num != "u" else "u", unit=unit if num == "u" else "")
            elif col == "ytd":
                sh.put(r, c, W_.ytd(code, m, ind) if ind in FLOWS else "—")
            elif col == "ly":
                prior(sh, r, c, code, W_.last_year(m), ind)
            elif col == "prev":
                prior(sh, r, c, code, W_.prev(m), ind)
            elif col == "yn":
                sh.put(r, c, "是" if seeded(code, m, ind).random() < 0.85 else "否")
            elif col == "pct":
                a, b = W_.v[(code, m, ind)], W_.v[(code, W_.last_year(m), ind)]
                sh.put(r, c, f"{100.0 * (a - b) / b:+.1f}%" if b else "—")
            c += 1
        r += 1
    return r


W_ = None


def moshou_sep(W):
    """莫愁新寓 2025年9月: 本月 | 1-9月累计 | 上年同期 | 是否完成月度任务 (是/否)."""
    code, m = BY_SHORT["莫愁新寓"], "2025-09"
    sh = Sheet("9月")
    sh.merge(0, 0, 0, 7, "莫愁新寓社区2025年9月重点工作数据统计表")
    sh.row(1, 0, ["序号", "指标", "单位", "本月", "1-9月累计", "上年同期", "是否完成月度任务", "备注"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "people_employed", "jobs_created",
            "public_welfare_jobs", "cultural_activities", "lectures_held", "free_health_checks", "volunteer_person_times",
            "volunteers", "patrol_members"]
    r = down(sh, 2, code, m, inds, ["no", "label", "unit", "m", "ytd", "ly", "yn"], outside=2)
    sh.put(r + 1, 0, "填报人：刘洋　社区书记：王芳　2025年10月8日（国庆中秋假期后报送）")
    save("batch1/莫愁新寓社区2025年9月重点工作数据统计表.xlsx", [sh], "openpyxl",
         ["community_file", "indicators_down", "month_and_ytd", "last_year_column", "yes_no_column",
          "outside_rows", "holiday_note"], (2025, 10, 8, 9, 30))


def fhj_oct(W):
    """凤凰街社区 2025年10月: the street's template — 填报说明 sheet with example numbers first, then the return; the
    title says 凤凰街道凤凰街社区 (the community's name is the head of the street's)."""
    code, m = BY_SHORT["凤凰街"], "2025-10"
    ins = instructions(
        ["1. 本表为凤凰街道社区月度工作统计表，各社区每月5日前报社区建设科。",
         "2. “本月数”填当月发生数；人数类（党员、志愿者、巡逻队员等）填月末在册数。",
         "3. 数字请填阿拉伯数字，不加单位，没有的填0。",
         "4. 下面示例中的数字仅说明填法，填报时请删除或勿改动本页。"],
        ["指标", "单位", "本月数", "备注"],
        [["受理居民诉求", "件", 35, "示例"], ["诉求办结", "件", 33, "示例"], ["在册党员", "名", 210, "示例"],
         ["注册志愿者", "人", 1200, "示例"]])
    sh = Sheet("月报表")
    sh.merge(0, 0, 0, 4, "凤凰街道凤凰街社区2025年10月工作统计表")
    sh.row(1, 0, ["序号", "指标", "单位", "本月数", "备注"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "people_employed", "jobs_created",
            "people_assisted", "goods_distributed", "cultural_activities", "free_health_checks", "party_members",
            "volunteers", "volunteer_person_times", "informants", "security_cases"]
    r = down(sh, 2, code, m, inds, ["no", "label", "unit", "m"], outside=1)
    sh.put(5, 4, "含重阳节慰问")
    sh.put(r + 1, 0, "报送：凤凰街社区居委会　2025年11月4日")
    save("batch1/凤凰街社区2025年10月工作统计表.xlsx", [ins, sh], "openpyxl",
         ["community_file", "instructions_sheet_first", "example_numbers", "name_is_head_of_street_name",
          "indicators_down", "outside_rows"], (2025, 11, 4, 11, 0))


def xijie_nov(W):
    """凤凰西街 2025年11月 (.xls): 1-11月累计 first, then 其中：11月 (the month sits after the year-to-date)."""
    code, m = BY_SHORT["凤凰西街"], "2025-11"
    sh = Sheet("2025.11")
    sh.merge(0, 0, 0, 5, "凤凰西街社区工作完成情况（2025.11）")
    sh.row(1, 0, ["项目", "计量单位", "1-11月累计", "其中：11月", "同比增减", "完成情况说明"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "people_employed", "jobs_created",
            "training_sessions", "micro_loans_yuan", "people_assisted", "lectures_held", "volunteer_person_times"]
    r = down(sh, 2, code, m, inds, ["label", "unit", "ytd", "m", "pct"], outside=1)
    sh.put(r, 0, "月末数")
    sh.put(r, 1, "")
    r = down(sh, r + 1, code, m, ["party_members", "volunteers", "patrol_members", "dibao_households",
                                  "dibao_persons"], ["label", "unit", "ytd", "m"], outside=0)
    sh.put(r + 1, 0, "制表：孙丽　2025年12月2日")
    save("batch1/凤凰西街社区2025年11月工作完成情况.xls", [sh], "xlwt",
         ["community_file", "indicators_down", "ytd_then_month", "yoy_percent_text", "stocks_block_dash_ytd",
          "one_char_apart_name"], (2025, 12, 2, 15, 0))


def lanwan_dec(W):
    """西城岚湾 2025年12月: one community's wide form — four header rows (domain → object → measure → 本月 / 本年累计),
    a 栏次 row, one data row (xlsxwriter)."""
    code, m = BY_SHORT["西城岚湾"], "2025-12"
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 13, "西城岚湾社区2025年12月民生服务工作月报")

    def bm(ind):
        return [("本月", ("m", ind)), ("本年累计", ("ytd", ind))]
    tree = [("社区", ("name",)),
            ("民情诉求", [("12345及网格诉求", [("受理（件）", bm("petitions_received")), ("办结（件）", bm("petitions_resolved"))])]),
            ("就业", [("城镇新增就业", [("人数（人）", bm("people_employed"))]),
                    ("岗位开发", [("新开发（个）", bm("jobs_created"))])]),
            ("为老助残", [("走访慰问", [("人数（人）", bm("people_assisted")), ("物资（件）", bm("goods_distributed"))])])]
    leaves = header(sh, 1, 0, tree, 4)
    r = 5
    n = 0
    for c, leaf in leaves:
        sh.put(r, c, "甲" if leaf[0] == "name" else n)
        n += 1
    r = 6
    for c, leaf in leaves:
        if leaf[0] == "name":
            sh.put(r, c, "西城岚湾社区")
        elif leaf[0] == "m":
            val(sh, r, c, code, m, leaf[1])
        else:
            sh.put(r, c, W.ytd(code, m, leaf[1]))
    sh.put(8, 0, "注：本年累计为2025年1-12月合计。填报：西城岚湾社区 赵敏　2026年1月6日")
    save("batch1/西城岚湾社区2025年12月民生服务工作月报.xlsx", [sh], "xlsxwriter",
         ["community_file", "single_row_wide", "four_level_header", "colno_row", "month_and_ytd_december"],
         (2026, 1, 6, 10, 10))


def jiaogong_q4(W):
    """教工新村 2025年第四季度台账 (.ods): 10月 | 11月 | 12月 | 第四季度 (flows: the quarter total; stocks: 季末数)."""
    code = BY_SHORT["教工新村"]
    sh = Sheet("四季度台账")
    sh.merge(0, 0, 0, 6, "教工新村社区2025年第四季度工作台账")
    sh.row(1, 0, ["类别", "指标", "单位", "10月", "11月", "12月", "第四季度"])
    groups = [("民情", ["petitions_received", "petitions_resolved", "disputes_mediated"]),
              ("就业", ["people_employed", "jobs_created", "training_sessions"]),
              ("文化", ["cultural_activities", "lectures_held"]),
              ("队伍", ["party_members", "volunteers", "informants"])]
    r = 2
    for g, inds in groups:
        sh.merge(r, 0, r + len(inds) - 1, 0, g)
        for ind in inds:
            lab, unit = LAB[ind]
            sh.row(r, 1, [lab, unit])
            for j, mm in enumerate(["2025-10", "2025-11", "2025-12"]):
                val(sh, r, 3 + j, code, mm, ind)
            if ind in FLOWS:
                qval(sh, r, 6, code, "2025-Q4", ind)
            else:
                sh.put(r, 6, f"季末{W.v[(code, '2025-12', ind)]}")
            r += 1
    sh.put(r + 1, 0, "教工新村社区居委会　2026年1月8日")
    save("batch1/教工新村社区2025年第四季度工作台账.ods", [sh], "odfpy",
         ["community_file", "quarterly_form", "months_as_columns", "quarter_column", "category_merged_down",
          "quarter_end_stock_text"], (2026, 1, 8, 14, 30))


def build(W):
    global W_
    W_ = W
    moshou_sep(W)
    fhj_oct(W)
    xijie_nov(W)
    lanwan_dec(W)
    jiaogong_q4(W)
