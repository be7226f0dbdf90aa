"""The street office's files (batch1): 9 files from 松台街道's departments."""
from wz_grid import Sheet, cn_month, header, miss, prior, qval, val
from wz_writers import save

ZUTUAN = {"菱藕", "桂柑", "锦花", "茶花"}     # the 水心住宅区 组团 names the old clerks still use


def footer(sh, r, who, phone="0577-8821"):
    sh.put(r, 0, f"填表人：{who}    审核人：叶建微    联系电话：{phone}3165")


def daxie(n):
    """「人民币伍万肆仟玖佰元整」 (integers below one million)."""
    big, units = "零壹贰叁肆伍陆柒捌玖", ["", "拾", "佰", "仟", "万", "拾"]
    ds = str(n)
    out, zero = "", False
    for i, d in enumerate(ds):
        pos = len(ds) - 1 - i
        if d == "0":
            zero = True
            if pos == 4:
                out += "万"
            continue
        if zero and out:
            out += "零"
        zero = False
        out += big[int(d)] + units[pos]
    return "人民币" + out + "元整"


def s_petitions(W):
    """9月 防台: communities down, four of them as 「…组团」, a 合计 row, xls."""
    sh, m = Sheet("民情诉求"), "2025-09"
    sh.merge(0, 0, 0, 6, "松台街道2025年9月份民情诉求受理办结汇总（含防台期间）")
    sh.put(1, 0, "报送单位：松台街道基层治理综合信息指挥室")
    sh.put(1, 5, "单位：件、起")
    sh.row(2, 0, ["序号", "社区（组团）", "受理诉求", "其中：台风积水、广告牌类", "办结", "调解纠纷", "备注"])
    r = 3
    for i, (code, name) in enumerate(W.comms):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, f"{name}组团" if name in ZUTUAN else f"{name}社区")
        val(sh, r, 2, code, m, "petitions_received")
        sh.put(r, 3, W.v[(code, m, "petitions_received")] // 3)
        val(sh, r, 4, code, m, "petitions_resolved")
        val(sh, r, 5, code, m, "disputes_mediated")
        if name == "水心":
            sh.put(r, 6, "“桦加沙”台风期间地下车库进水，集中受理")
        r += 1
    sh.put(r, 1, "合计")
    for c, ind in ((2, "petitions_received"), (4, "petitions_resolved"), (5, "disputes_mediated")):
        sh.put(r, c, sum(W.v[(cd, m, ind)] for cd, _ in W.comms))
    footer(sh, r + 2, "林晓瓯")
    save("batch1/松台街道2025年9月份民情诉求汇总.xls", [sh], "xlwt",
         ["communities down", "组团 names", "合计 row", "part column outside"], (2025, 10, 8))


def s_dibao(W):
    """10月 低保: numeric 元 beside the amount in 大写 (the voucher habit); corrected in batch2."""
    sh, m = Sheet("10月"), "2025-10"
    sh.merge(0, 0, 0, 5, "松台街道城乡最低生活保障金发放明细（2025年10月）")
    sh.row(1, 0, ["社区", "保障户数（户）", "保障人数（人）", "发放金额（元）", "发放金额（大写）", "发放方式"])
    r = 2
    for code, name in W.comms:
        sh.put(r, 0, name)
        val(sh, r, 1, code, m, "dibao_households")
        val(sh, r, 2, code, m, "dibao_persons")
        val(sh, r, 3, code, m, "dibao_payout_yuan", fmt="#,##0.00")
        amt = sh.cells[(r, 3)][0]
        sh.put(r, 4, daxie(int(amt)))
        sh.put(r, 5, "社会化发放（农商银行）")
        r += 1
    sh.put(r + 1, 0, "说明：大写金额与小写金额不一致时，以银行代发清单为准。")
    footer(sh, r + 2, "郑思琪")
    save("batch1/松台街道2025年10月民政低保金发放明细.xlsx", [sh], "openpyxl",
         ["大写 amount column beside the figure", "#,##0.00"], (2025, 11, 5))


def s_jobs(W):
    """11月 就业: a tab-separated text saved by WPS (文本文件(制表符分隔)) and renamed .csv, UTF-8 with BOM."""
    sh, m = Sheet("jobs"), "2025-11"
    sh.put(0, 0, "松台街道2025年11月就业创业工作进度")
    sh.row(1, 0, ["社区", "新增岗位数", "其中公益性岗位", "实现就业（人）", "零就业家庭（户）", "创业担保贷款（万元）",
                  "技能培训（期）"])
    r = 2
    for code, name in W.comms:
        sh.put(r, 0, name + "社区")
        val(sh, r, 1, code, m, "jobs_created", style="t")
        val(sh, r, 2, code, m, "public_welfare_jobs", style="t")
        val(sh, r, 3, code, m, "people_employed", style="t")
        val(sh, r, 4, code, m, "zero_employment_households", style="t")
        val(sh, r, 5, code, m, "micro_loans_yuan", style="t", div=10000)
        val(sh, r, 6, code, m, "training_sessions", style="t")
        r += 1
    sh.put(r, 0, "劳动保障所 2025-12-03")
    save("batch1/松台街道2025年11月就业创业统计.csv", [sh], "csv-tab-utf8bom",
         ["tab-separated text renamed .csv", "UTF-8 BOM", "贷款 in 万元"], (2025, 12, 3))


def s_dongzhi(W):
    """12月 冬至: transposed, communities across; 汤圆、麦饼 慰问."""
    sh, m = Sheet("冬至慰问"), "2025-12"
    sh.merge(0, 0, 0, 13, "松台街道2025年12月“冬至大如年”走访慰问及为老服务情况")
    sh.put(1, 0, "项目")
    for i, (_, name) in enumerate(W.comms):
        sh.put(1, i + 1, name + "社区")
    sh.put(1, 13, "备注")
    rows = [("走访慰问困难群众（人）", "people_assisted", None), ("发放汤圆、麦饼等慰问品（份）", "goods_distributed",
            None), ("65周岁以上老人免费体检（人）", "free_health_checks", None)]
    for j, (label, ind, _) in enumerate(rows):
        sh.put(2 + j, 0, label)
        for i, (code, name) in enumerate(W.comms):
            if ind == "free_health_checks" and name == "蛟翔巷":
                miss(sh, 2 + j, i + 1, code, m, ind, "体检车未到")
            else:
                val(sh, 2 + j, i + 1, code, m, ind)
    sh.put(3, 13, "慰问品以份计，一份含汤圆1袋")
    sh.put(5, 0, "居家养老服务照料中心助餐（人次）")
    for i in range(12):
        sh.put(5, i + 1, 300 + 17 * i)
    sh.put(5, 13, "不属于慰问，仅供参考")
    footer(sh, 7, "陈瓯燕")
    save("batch1/松台街道2025年12月冬至走访慰问统计表.ods", [sh], "odfpy",
         ["transposed", "text in a value cell", "outside row"], (2026, 1, 4))


def s_pingan(W):
    """四季度 平安: 10 | 11 | 12 | 季度合计 for 治安案件, stocks at 12月末; 昌明、昌盛 share one 巡逻队 (merged)."""
    sh = Sheet("四季度")
    sh.merge(0, 0, 0, 7, "松台街道2025年第四季度平安建设工作报表")
    leaves = header(sh, 1, 0, [("社区", "name"), ("治安案件（起）", [("10月", "2025-10"), ("11月", "2025-11"),
                                ("12月", "2025-12"), ("季度合计", "q")]),
                               ("12月末在册", [("巡逻队员（人）", "patrol_members"), ("平安信息员（人）", "informants")])], 2)
    r = 3
    order = [x for x in W.comms if x[1] != "昌盛"]
    i = [n for _, n in order].index("昌明") + 1
    order.insert(i, (W.code["昌盛"], "昌盛"))
    for code, name in order:
        sh.put(r, 0, name)
        for c, leaf in leaves[1:5]:
            if leaf == "q":
                qval(sh, r, c, code, "2025-Q4", "security_cases", formula=f"=SUM(B{r + 1}:D{r + 1})")
            else:
                val(sh, r, c, code, leaf, "security_cases")
        if name == "昌盛":
            r += 1
            continue
        if name == "昌明":
            sh.merge(r, 5, r + 1, 5, None)
            tot = W.v[(code, "2025-12", "patrol_members")] + W.v[(W.code["昌盛"], "2025-12", "patrol_members")]
            sh.put(r, 5, tot)
            sh.rec(r, 5, ("ignore", (code, "2025-12", "patrol_members"), tot, None))
            sh.rec(r, 5, ("ignore", (W.code["昌盛"], "2025-12", "patrol_members"), tot, None))
            val(sh, r, 6, code, "2025-12", "informants")
        else:
            val(sh, r, 5, code, "2025-12", "patrol_members")
            val(sh, r, 6, code, "2025-12", "informants")
        r += 1
    val(sh, 3 + i, 6, W.code["昌盛"], "2025-12", "informants")   # 昌盛's row follows 昌明's
    sh.put(r + 1, 0, "注：昌明、昌盛两社区共用一支巡逻队（昌明牵头），合并填报。")
    footer(sh, r + 2, "黄承东")
    save("batch1/松台街道2025年第四季度平安建设报表.xlsx", [sh], "xlsxwriter",
         ["three months and a quarter total", "two communities share one merged value (ignore)", "SUM formulas"],
         (2026, 1, 9))


def s_culture(W):
    """1月 文化: a hidden 去年同期 column; 瓯剧/南戏进社区 part column outside."""
    sh, m = Sheet("文化"), "2026-01"
    sh.merge(0, 0, 0, 6, "松台街道2026年1月文化活动、宣讲及志愿服务统计")
    sh.row(1, 0, ["社区", "文体活动（场）", "去年同期（场）", "其中瓯剧·南戏进社区（场）", "宣讲（次）", "志愿服务（人次）",
                  "备注"])
    sh.hidden_cols.add(2)
    r = 2
    for code, name in W.comms:
        sh.put(r, 0, name)
        val(sh, r, 1, code, m, "cultural_activities")
        prior(sh, r, 2, code, m, "cultural_activities")
        sh.put(r, 3, 1 if W.v[(code, m, "cultural_activities")] > 5 else 0)
        val(sh, r, 4, code, m, "lectures_held")
        val(sh, r, 5, code, m, "volunteer_person_times")
        r += 1
    sh.put(2, 6, "含元旦迎新")
    footer(sh, r + 1, "潘文化站")
    save("batch1/松台街道2026年1月文化活动统计.xlsx", [sh], "openpyxl",
         ["hidden 去年同期 column", "part column outside"], (2026, 2, 3))


def s_party(W):
    """2月 党建 “瓯江红”: party organisations' names, xls."""
    sh, m = Sheet("党建"), "2026-02"
    sh.merge(0, 0, 0, 4, "松台街道“瓯江红”党建引领统计表（2026年2月）")
    sh.row(1, 0, ["党组织", "党员（名）", "结对帮扶（对）", "在册志愿者（名）", "“瓯江红”志愿活动（场）"])
    r = 2
    for i, (code, name) in enumerate(W.comms):
        sh.put(r, 0, f"中共{name}社区委员会" if i % 3 == 0 else f"{name}社区党委")
        val(sh, r, 1, code, m, "party_members")
        val(sh, r, 2, code, m, "pairings")
        val(sh, r, 3, code, m, "volunteers")
        sh.put(r, 4, 2 + i % 4)
        r += 1
    footer(sh, r + 1, "吴党建")
    save("batch1/松台街道2026年2月党建瓯江红统计.xls", [sh], "xlwt",
         ["party organisation names", "outside column"], (2026, 3, 5))


def s_basic(W):
    """3月 基础信息: the change since last month glued on as 「（↑12）」 / 「（↓3）」."""
    sh, m = Sheet("Sheet1"), "2026-03"
    sh.merge(0, 0, 0, 4, "松台街道各社区基础信息（截至3月底）")
    sh.put(1, 0, "2026年度")
    sh.row(2, 0, ["社区", "常住户数", "常住人口", "流动人口", "社区工作者"])
    r = 3
    for code, name in W.comms:
        sh.put(r, 0, name)
        for c, ind in ((1, "households"), (2, "residents"), (3, "floating_population")):
            v, p = W.v[(code, m, ind)], W.v[(code, "2026-02", ind)]
            d = v - p
            arrow = f"（↑{d}）" if d > 0 else (f"（↓{-d}）" if d < 0 else "（—）")
            val(sh, r, c, code, m, ind, style="u", unit=arrow)
        val(sh, r, 4, code, m, "staff")
        r += 1
    sh.put(r, 0, "括号内为较上月增减。")
    save("batch1/松台街道2026年3月基础信息表.ods", [sh], "odfpy",
         ["change since last month glued on with arrows", "year on its own line"], (2026, 4, 2))


def s_long(W):
    """一季度 长表: GBK CSV, 社区 | 月份 | 项目 | 数值, the header printed again before each community."""
    sh = Sheet("long")
    sh.put(0, 0, "松台街道2026年一季度民政就业数据（长表）")
    r = 1
    items = [("低保户数", "dibao_households", "户"), ("低保人数", "dibao_persons", "人"),
             ("低保金", "dibao_payout_yuan", "元"), ("新增岗位", "jobs_created", "个"), ("就业人数", "people_employed", "人")]
    for code, name in W.comms:
        sh.row(r, 0, ["社区", "月份", "项目", "数值", "单位"])
        r += 1
        for mm in ("2026-01", "2026-02", "2026-03"):
            for label, ind, unit in items:
                sh.row(r, 0, [name, cn_month(mm), label])
                val(sh, r, 3, code, mm, ind, style="t")
                sh.put(r, 4, unit)
                r += 1
    save("batch1/松台街道2026年一季度民政就业长表.csv", [sh], "csv-gbk",
         ["long format", "header repeated before each community", "GBK"], (2026, 4, 8))


def build(W):
    for f in (s_petitions, s_dibao, s_jobs, s_dongzhi, s_pingan, s_culture, s_party, s_basic, s_long):
        f(W)
