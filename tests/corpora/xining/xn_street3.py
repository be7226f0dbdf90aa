"""Street-office files (3): the 采暖季 民情诉求 台账 (community merged down, items down, 10月 … 4月 across), the
traditional-character 4月 民生 table, the 3月 workbook with a sheet per community, and the 2月 队伍 table with two
rows per community (2月 | 1月)."""
from xn_grid import Sheet, val
from xn_world import COMMS, PERIOD
from xn_writers import save

TRAD = {"海晏路": "海晏路", "医财巷东": "醫財巷東", "医财巷西": "醫財巷西", "冷湖路": "冷湖路", "新西": "新西",
        "殷家庄": "殷家莊", "虎台": "虎臺"}


def cainuan(W):
    """综治中心 采暖季台账: 社区 merged down over 受理 / 其中：供暖类 (a part) / 办结 / 办结率 (text); months 10月 … 4月
    across and 采暖季合计; the years only in the title (1月 … 4月 are 2026)."""
    sh = Sheet("台账")
    sh.merge(0, 0, 0, 10, "虎台街道2025—2026年采暖季民情诉求台账")
    sh.merge(1, 0, 1, 10, "采暖期：2025年10月15日—2026年4月15日（10月、4月按整月统计）")
    sh.row(2, 0, ["社区", "项目"] + [f"{int(m[5:])}月" for m in PERIOD] + ["采暖季合计", "备注"])
    r = 3
    for short, code, f in COMMS:
        sh.merge(r, 0, r + 3, 0, short)
        sh.put(r, 1, "受理诉求（件）")
        sh.put(r + 1, 1, "其中：供暖类（件）")
        sh.put(r + 2, 1, "办结（件）")
        sh.put(r + 3, 1, "办结率")
        t = [0, 0, 0]
        for k, m in enumerate(PERIOD):
            c = 2 + k
            rec, res = W.v[(code, m, "petitions_received")], W.v[(code, m, "petitions_resolved")]
            heat = rec * {10: 2, 11: 5, 12: 5, 1: 5, 2: 3, 3: 3, 4: 1}[int(m[5:])] // 10
            val(sh, r, c, code, m, "petitions_received")
            sh.put(r + 1, c, heat)
            val(sh, r + 2, c, code, m, "petitions_resolved")
            sh.put(r + 3, c, f"{res / rec * 100:.1f}%")
            t = [t[0] + rec, t[1] + heat, t[2] + res]
        sh.row(r, 9, [t[0]])
        sh.put(r + 1, 9, t[1])
        sh.put(r + 2, 9, t[2])
        sh.put(r + 3, 9, f"{t[2] / t[0] * 100:.1f}%")
        if short == "殷家庄":
            sh.put(r + 1, 10, "含杨家寨村回迁楼院暖气不热")
        r += 4
    sh.merge(r + 1, 0, r + 1, 10, "说明：供暖类诉求指暖气不热、管道跑冒滴漏、换热站故障等，已含在受理诉求内；办结率=办结÷受理。")
    sh.merge(r + 2, 0, r + 2, 10, "虎台街道综治中心（网格化服务管理中心）　2026年5月8日")
    sh.widths.update({0: 10, 1: 18})
    save("batch1/虎台街道2025—2026年采暖季民情诉求台账.xlsx", [sh], "openpyxl",
         ["street_file", "indicators_rows_months_columns", "community_merged_down", "year_only_in_title",
          "months_cross_year", "part_row_outside", "rate_text_row", "span_total_column"], (2026, 5, 8, 9, 0))


def fanti(W):
    """2026-04 民生 table in traditional characters: title, headers, community names, footer."""
    m = "2026-04"
    sh = Sheet("4月")
    sh.merge(0, 0, 0, 10, "虎臺街道2026年4月社區民生工作統計表")
    sh.row(1, 0, ["序號", "社區", "低保戶數（戶）", "低保人數（人）", "低保金發放（元）", "老年人免費體檢（人）",
                  "走訪慰問（人）", "發放慰問物資（件）", "文體活動（場）", "政策宣講（次）", "備註"])
    inds = ["dibao_households", "dibao_persons", "dibao_payout_yuan", "free_health_checks", "people_assisted",
            "goods_distributed", "cultural_activities", "lectures_held"]
    for i, (short, code, _) in enumerate(COMMS):
        r = 2 + i
        sh.row(r, 0, [i + 1, TRAD[short] + "社區"])
        for k, ind in enumerate(inds):
            val(sh, r, 2 + k, code, m, ind, fmt="#,##0" if ind == "dibao_payout_yuan" else None)
        if short == "虎台":
            sh.put(r, 10, "4月15日停暖後開展入戶回訪")
    r = 2 + len(COMMS)
    sh.put(r, 1, "合計")
    for k, ind in enumerate(inds):
        sh.put(r, 2 + k, sum(W.v[(c, m, ind)] for _, c, _ in COMMS), "#,##0" if ind == "dibao_payout_yuan" else None)
    sh.merge(r + 2, 0, r + 2, 10, "註：老年人免費體檢為65歲以上老年人健康體檢；清明節（4月5日）文明祭掃勸導不計入文體活動。")
    sh.merge(r + 3, 0, r + 3, 10, "填表人：祁　　聯繫電話：0971-6318254　　2026年5月6日")
    save("batch1/虎臺街道2026年4月社區民生工作統計表.xls", [sh], "xlwt",
         ["street_file", "traditional_characters", "traditional_community_names", "total_row", "thousands_format"],
         (2026, 5, 6, 15, 40))


def per_comm(W):
    """2026-03: a 填报说明 sheet, then one sheet per community named by its short name, each the same small form."""
    m = "2026-03"
    sheets = []
    note = Sheet("填报说明")
    for k, line in enumerate(["虎台街道2026年3月各社区工作数据", "1. 每个社区一个工作表，请勿改动表格格式；",
                              "2. 数据口径：受理诉求含来电来访、网格上报、12345热线转办；",
                              "3. 流动人口以城西区网格化服务管理平台登记数为准；", "4. 4月5日前报街道党政办。"]):
        note.put(k, 0, line)
    sheets.append(note)
    spec = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("低保户数", "户", "dibao_households"),
            ("低保人数", "人", "dibao_persons"), ("低保金发放", "元", "dibao_payout_yuan"),
            ("老年人免费体检", "人", "free_health_checks"), ("走访慰问困难群众", "人", "people_assisted"),
            ("发放慰问物资", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
            ("政策宣讲", "次", "lectures_held"), ("巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
            ("治安案件", "起", "security_cases"), ("常住户数", "户", "households"), ("常住人口", "人", "residents"),
            ("流动人口", "人", "floating_population"), ("社区工作者", "人", "staff")]
    for short, code, _ in COMMS:
        sh = Sheet(short)
        sh.merge(0, 0, 0, 4, f"{short}社区2026年3月工作数据")
        sh.merge(1, 0, 1, 4, f"填报单位：{short}社区居委会")
        sh.row(2, 0, ["序号", "项目", "单位", "本月", "备注"])
        for i, (lab, unit, ind) in enumerate(spec):
            r = 3 + i
            sh.row(r, 0, [i + 1, lab, unit])
            val(sh, r, 3, code, m, ind)
        if short == "殷家庄":
            sh.put(3 + 7, 4, "含开斋节走访回族困难群众")
        if short == "冷湖路":
            sh.put(3 + 9, 4, "含元宵社火展演")
        sh.put(3 + len(spec) + 1, 0, "填表人：　　　审核人：　　　")
        sheets.append(sh)
    save("batch1/虎台街道2026年3月各社区工作数据.xlsx", sheets, "xlsxwriter",
         ["street_file", "sheet_per_community", "sheet_name_short_name", "instructions_sheet_first", "list_form"],
         (2026, 4, 5, 16, 0))


def duiwu(W):
    """2026-02 队伍和基础数据 (.xls): two rows per community — the name merged down, a 月份 column 「2月」 / 「1月」 (the
    year in the title only); the 1月 row repeats January's stocks (duplicate where January is reported, else ignore)."""
    m, p = "2026-02", "2026-01"
    sh = Sheet("Sheet1")
    inds = [("常住户数（户）", "households"), ("常住人口（人）", "residents"), ("流动人口（人）", "floating_population"),
            ("社区工作者（人）", "staff"), ("党员（名）", "party_members"), ("结对帮扶（对）", "pairings"),
            ("注册志愿者（人）", "volunteers"), ("巡逻队员（人）", "patrol_members"), ("平安信息员（人）", "informants"),
            ("零就业家庭（户）", "zero_employment_households")]
    sh.merge(0, 0, 0, 2 + len(inds), "虎台街道2026年2月社区人口和队伍情况统计表")
    sh.row(1, 0, ["社区", "月份"] + [h for h, _ in inds] + ["备注"])
    r = 2
    for short, code, _ in COMMS:
        sh.merge(r, 0, r + 1, 0, short + "社区")
        sh.put(r, 1, "2月")
        sh.put(r + 1, 1, "1月")
        for k, (_, ind) in enumerate(inds):
            val(sh, r, 2 + k, code, m, ind)
            val(sh, r + 1, 2 + k, code, p, ind, role="prevmonth")
        if short == "海晏路":
            sh.put(r, 2 + len(inds), "春节后流动人口回流中")
        r += 2
    sh.merge(r + 1, 0, r + 1, 2 + len(inds), "注：“1月”行为上月数，供对比；数据截至2026年2月28日。")
    sh.merge(r + 2, 0, r + 2, 2 + len(inds), "虎台街道社区建设办公室　拉毛　2026年3月4日")
    save("batch1/虎台街道2026年2月社区人口和队伍情况统计表.xls", [sh], "xlwt",
         ["street_file", "two_rows_per_community", "month_label_column", "previous_month_rows", "year_only_in_title",
          "community_merged_down"], (2026, 3, 4, 10, 10))


def build(W):
    cainuan(W)
    fanti(W)
    per_comm(W)
    duiwu(W)

