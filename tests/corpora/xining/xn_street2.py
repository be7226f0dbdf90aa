"""Street-office files (2): the 第四季度 long table printed with its header repeated on every page, 党建和志愿服务
(志愿服务 typed as 「126+85+40」), the 网格化平台 CSV (「630104003005-冷湖路社区居民委员会」, 「41.00」), 为老服务 with
「完成数/任务数」, the 12月 综合表 with a struck-out 作废 row re-entered below."""
from xn_grid import Sheet, header, val, void
from xn_world import COMMS, REG
from xn_writers import save


def q4_long(W):
    """综合文化站 2025-Q4: one row per community × month × item; printed 30 rows a page, so the title (「（续表）」), the
    header and a 「第 N 页 共 4 页」 line repeat inside the sheet. Months 「10月」 … 「12月」, the year only in the title."""
    sh = Sheet("明细")
    items = [("群众性文体活动", "场", "cultural_activities"), ("政策宣讲", "次", "lectures_held"),
             ("注册志愿者（月末）", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times"),
             ("新时代文明实践活动参与群众", "人次", None)]
    notes = {("2025-10", "cultural_activities"): "含国庆中秋文艺汇演", ("2025-10", "volunteer_person_times"): "含重阳敬老",
             ("2025-12", "volunteer_person_times"): "含清雪除冰"}
    rows = []
    for m in ("2025-10", "2025-11", "2025-12"):
        for short, code, _ in COMMS:
            for lab, unit, ind in items:
                rows.append((m, short, code, lab, unit, ind))
    per_page = 30
    pages = (len(rows) + per_page - 1) // per_page
    r = 0
    for p in range(pages):
        sh.merge(r, 0, r, 6, "虎台街道2025年第四季度文化宣讲和志愿服务工作明细表" + ("（续表）" if p else ""))
        if p == 0:
            sh.merge(r + 1, 0, r + 1, 6, "填报单位：虎台街道综合文化站（新时代文明实践所）")
            r += 1
        sh.row(r + 1, 0, ["序号", "社区", "月份", "工作项目", "计量单位", "数量", "备注"])
        r += 2
        for k, (m, short, code, lab, unit, ind) in enumerate(rows[p * per_page:(p + 1) * per_page]):
            n = p * per_page + k + 1
            sh.row(r, 0, [n, short + "社区", f"{int(m[5:])}月", lab, unit])
            if ind is None:
                sh.put(r, 5, 60 + (n * 37) % 240)
            else:
                val(sh, r, 5, code, m, ind)
                if (m, ind) in notes and short in ("海晏路", "虎台", "殷家庄"):
                    sh.put(r, 6, notes[(m, ind)])
            r += 1
        sh.merge(r, 0, r, 6, f"第 {p + 1} 页　共 {pages} 页")
        r += 2
    sh.merge(r - 1, 0, r - 1, 6, "制表：综合文化站　卓玛　　2026年1月8日")
    sh.widths.update({1: 14, 3: 28, 6: 18})
    save("batch1/虎台街道2025年第四季度文化宣讲和志愿服务明细表.xlsx", [sh], "openpyxl",
         ["street_file", "long_format", "header_repeated_per_page", "page_number_lines", "month_without_year",
          "outside_rows", "stock_in_long_table"], (2026, 1, 8, 10, 0))


def dangjian(W):
    """党建办 2026-03: party organisations as rows; 志愿服务 cells typed as sums in text 「126+85+40」 (no 「=」), the
    parts named in 备注; 其中：学雷锋 and 服务时长 outside."""
    m = "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 8, "虎台街道2026年3月党建引领和志愿服务工作统计表")
    sh.row(1, 0, ["序号", "社区党组织", "党员人数\n（名）", "党员结对帮扶\n困难群众（对）", "注册志愿者\n（人）", "志愿服务\n（人次）",
                  "其中：学雷锋\n志愿服务（人次）", "志愿服务时长\n（小时）", "备注"])
    org = {"海晏路": "海晏路社区党委", "医财巷东": "医财巷东社区党支部", "医财巷西": "医财巷西社区党支部",
           "冷湖路": "冷湖路社区党委", "新西": "新西社区党总支", "殷家庄": "殷家庄社区党委", "虎台": "虎台社区党委"}
    for i, (short, code, _) in enumerate(COMMS):
        r = 2 + i
        sh.row(r, 0, [i + 1, org[short]])
        val(sh, r, 2, code, m, "party_members")
        val(sh, r, 3, code, m, "pairings")
        val(sh, r, 4, code, m, "volunteers")
        v = W.v[(code, m, "volunteer_person_times")] if (code, m, "volunteer_person_times") not in W.old \
            else W.old[(code, m, "volunteer_person_times")]
        lei = v // 2
        if i in (0, 3, 5):
            kai = v // 3 if short != "冷湖路" else v // 4
            parts = [lei, kai, v - lei - kai]
            val(sh, r, 5, code, m, "volunteer_person_times", style="t")
            sh.cells[(r, 5)] = ("+".join(map(str, parts)), None)
            sh.put(r, 8, "学雷锋+开斋节慰问+“全域无垃圾”清洁" if short != "冷湖路" else "学雷锋+元宵社火+“全域无垃圾”清洁")
        else:
            val(sh, r, 5, code, m, "volunteer_person_times")
        sh.put(r, 6, lei)
        sh.put(r, 7, round(v * 2.4))
    sh.merge(10, 0, 10, 8, "注：3月5日学雷锋纪念日、3月20日开斋节、“全域无垃圾”春季清洁行动计入志愿服务人次；注册志愿者以全国志愿服务信息系统为准。")
    sh.merge(11, 0, 11, 8, "虎台街道党建工作办公室　　2026年4月2日")
    save("batch1/虎台街道2026年3月党建引领和志愿服务统计.xlsx", [sh], "openpyxl",
         ["street_file", "party_org_names", "text_arithmetic_no_equals", "parts_named_in_note", "outside_columns",
          "line_breaks_in_headers"], (2026, 4, 2, 9, 15))


def pingtai(W):
    """城西区网格化服务管理平台 export 2026-04 (UTF-8 BOM): 单位 as 「代码-名称」, counts with two decimals, 网格事件 outside."""
    m = "2026-04"
    sh = Sheet("csv")
    sh.put(0, 0, "数据来源：城西区网格化服务管理平台　导出时间：2026-05-06 10:21:37")
    sh.row(1, 0, ["统计月份", "单位", "受理诉求(件)", "办结(件)", "调解纠纷(起)", "流动人口(人)", "巡逻队员(人)",
                  "平安信息员(人)", "网格事件(件)", "审核状态"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "floating_population", "patrol_members",
            "informants"]
    tot = [0] * 7
    for i, (short, code, _) in enumerate(COMMS):
        r = 2 + i
        sh.row(r, 0, [m, f"{code}-{REG[code]}"])
        for k, ind in enumerate(inds):
            val(sh, r, 2 + k, code, m, ind, style="dec2")
            tot[k] += W.v[(code, m, ind)]
        ev = 30 + (i * 23) % 50
        tot[6] += ev
        sh.row(r, 8, [f"{ev:.2f}", "已审核"])
    sh.row(2 + len(COMMS), 0, [m, "630104003-虎台街道（合计）"] + [f"{x:.2f}" for x in tot] + [""])
    save("batch1/城西区网格化服务管理平台_虎台街道_202604.csv", [sh], "csv-utf8bom",
         ["street_file", "platform_export", "code_dash_name_cell", "counts_with_decimals", "period_text_yyyy_mm",
          "total_row_last", "outside_columns"], (2026, 5, 6, 10, 30))


def weilao(W):
    """2026-01 为老服务和文体活动: 体检 as 「完成数/任务数」 「12/40」 (only the first is the month's figure)."""
    m = "2026-01"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 8, "虎台街道2026年1月为老服务和文体活动月报表")
    sh.row(1, 0, ["序号", "社区", "65岁以上老年人免费\n健康体检（人）\n完成数/任务数", "走访慰问\n困难群众（人）",
                  "发放慰问物资\n（件）", "老年助餐\n（人次）", "文体活动\n（场）", "政策宣讲\n（次）", "备注"])
    for i, (short, code, _) in enumerate(COMMS):
        r = 2 + i
        sh.row(r, 0, [i + 1, short + "社区"])
        task = 30 + 5 * ((i * 3) % 5)
        val(sh, r, 2, code, m, "free_health_checks", style="t")
        sh.cells[(r, 2)] = (f"{W.v[(code, m, 'free_health_checks')]}/{task}", None)
        val(sh, r, 3, code, m, "people_assisted")
        val(sh, r, 4, code, m, "goods_distributed")
        sh.put(r, 5, 400 + (i * 71) % 300)
        val(sh, r, 6, code, m, "cultural_activities")
        val(sh, r, 7, code, m, "lectures_held")
        if short in ("殷家庄", "冷湖路"):
            sh.put(r, 8, "冬季体检安排在社区卫生服务站")
    sh.merge(10, 0, 10, 8, "说明：体检任务数为区卫健局下达的本季度任务；老年助餐为社区老年食堂就餐人次，不计入走访慰问。")
    sh.merge(11, 0, 11, 8, "填报：虎台街道社会事务办公室　2026年2月5日")
    save("batch1/虎台街道2026年1月为老服务和文体活动月报表.xlsx", [sh], "openpyxl",
         ["street_file", "done_over_task_in_cell", "line_breaks_in_headers", "outside_columns"], (2026, 2, 5, 11, 45))


def zonghe(W):
    """2025-12 综合统计: two-level header; 新西's row typed one column to the left (常住户数 left out), struck through and
    marked 「作废（错行）」, then re-entered at the bottom as 「新西社区（重填）」."""
    m = "2025-12"
    sh = Sheet("12月")
    tree = [("序号", None), ("社区", None),
            ("基本情况", [("常住户数\n（户）", "households"), ("常住人口\n（人）", "residents"), ("社区工作者\n（人）", "staff")]),
            ("就业", [("新增就业岗位\n（个）", "jobs_created"), ("实现就业\n（人）", "people_employed")]),
            ("民政", [("低保户数\n（户）", "dibao_households"), ("低保人数\n（人）", "dibao_persons")]),
            ("为老", [("老年人免费\n体检（人）", "free_health_checks")]),
            ("平安", [("巡逻队员\n（人）", "patrol_members"), ("平安信息员\n（人）", "informants")]),
            ("备注", None)]
    sh.merge(0, 0, 0, 12, "虎台街道2025年12月社区工作综合统计表")
    leaves = header(sh, 1, 0, tree, 2)
    cols = [(c, ind) for c, ind in leaves if ind]
    order = [s for s, _, _ in COMMS]
    r = 3
    for i, short in enumerate(order):
        code = [c for s, c, _ in COMMS if s == short][0]
        sh.row(r, 0, [i + 1, short + "社区"])
        if short == "新西":
            vals = [W.v[(code, m, ind)] for _, ind in cols]
            for k, (c, ind) in enumerate(cols):
                shown = vals[k + 1] if k + 1 < len(vals) else None
                if shown is not None:
                    void(sh, r, c, code, m, ind, shown)
                sh.strike.add((r, c))
            sh.put(r, 12, "作废（错行），见第11行")
            sh.strike |= {(r, 0), (r, 1)}
        else:
            for c, ind in cols:
                val(sh, r, c, code, m, ind)
        r += 1
    code = [c for s, c, _ in COMMS if s == "新西"][0]
    sh.row(r, 0, ["", "新西社区（重填）"])
    for c, ind in cols:
        val(sh, r, c, code, m, ind)
    sh.put(r, 12, "重填")
    r += 1
    sh.put(r, 1, "合计")
    for c, ind in cols:
        sh.put(r, c, sum(W.v[(cd, m, ind)] for _, cd, _ in COMMS))
    sh.merge(r + 2, 0, r + 2, 12, "说明：新西社区一行录入时漏填常住户数，整行错位，已划线作废，按第11行重填数据为准。")
    sh.merge(r + 3, 0, r + 3, 12, "虎台街道党政办公室　2026年1月7日")
    save("batch1/虎台街道2025年12月社区工作综合统计表.xlsx", [sh], "openpyxl",
         ["street_file", "struck_out_void_row", "row_reentered_below", "two_level_header", "line_breaks_in_headers",
          "total_row"], (2026, 1, 7, 17, 0))


def build(W):
    q4_long(W)
    dangjian(W)
    pingtai(W)
    weilao(W)
    zonghe(W)
