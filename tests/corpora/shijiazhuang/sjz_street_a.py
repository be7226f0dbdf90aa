"""Street-office files (1): 城市管理办（网格化服务管理中心） 基本情况 (October), 党政综合办 四季度 诉求 with flattened
month×indicator headers, 12345 / 冀时办 channels (January), 公共服务办 就业 本月 | 累计 (November, .et), 社会事务办 救助
(December, transposed, ordinal pairs under a merged parent name), 平安建设办 本月 / 上月 rows (December, .ods)."""
import datetime

from sjz_grid import Formula, Sheet, header, miss, qval, val  # noqa: F401
from sjz_world import COMMS, SHORT, full, jwh, mid
from sjz_writers import save

CODES = [c for c, _, _, _ in COMMS]


def basics(W):
    m = "2025-10"
    sh = Sheet("基本情况")
    sh.merge(0, 0, 0, 9, "长安区谈固街道社区基本情况统计表")
    sh.put(1, 0, "统计月份：")
    sh.put(1, 1, datetime.datetime(2025, 10, 1), 'yyyy"年"m"月"')
    sh.put(1, 6, "填报单位：谈固街道城市管理办公室（网格化服务管理中心）")
    leaves = header(sh, 2, 0, [("序号", None), ("社区", None),
                               ("户数与人口", [("常住户数\n（户）", "households"), ("常住人口\n（人）", "residents"),
                                          ("其中：流动人口\n（人）", "floating_population")]),
                               ("社区力量", [("社区工作者\n（人）", "staff"), ("专职网格员\n（人）", "x_grid"),
                                         ("网格数\n（个）", "x_cells")]),
                               ("备注", None)], 2)
    tot = {}
    for i, code in enumerate(CODES):
        r = 4 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, full(code))
        for c, ind in leaves[2:]:
            if ind is None:
                continue
            if ind.startswith("x_"):
                x = 6 + (i * 5) % 7 if ind == "x_grid" else 5 + (i * 3) % 6
                sh.put(r, c, x)
            else:
                fmt = '0"户"' if ind == "households" else ("#,##0" if ind == "residents" else None)
                val(sh, r, c, code, m, ind, fmt=fmt)
                x = W.v[(code, m, ind)]
            tot[c] = tot.get(c, 0) + x
        if code == "130102011020":
            sh.put(r, 9, "2021年新建社区，入住率约七成")
        if code == "130102011011":
            sh.put(r, 9, "含原长东村回迁楼")
    r = 4 + len(CODES)
    sh.put(r, 1, "谈固街道合计")
    for c, x in tot.items():
        sh.put(r, c, x, '0"户"' if c == 2 else None)
    sh.put(r + 1, 0, "注：常住人口以网格员入户核查为准，流动人口含租住人员；专职网格员、网格数为网格化平台口径。")
    sh.put(r + 2, 0, "审核人：　　　　填表人：李　　联系电话：0311-85925316　　2025年11月4日")
    sh.widths.update({1: 20})
    save("batch1/谈固街道2025年10月社区基本情况统计表.xlsx", [sh], "openpyxl",
         ["street_file", "period_as_date_cell", "custom_number_format_unit", "two_row_group_header", "part_is_indicator",
          "total_row_street_name", "outside_columns", "full_names"], (2025, 11, 4, 10, 30))


def petitions_q4(W):
    months = ["2025-10", "2025-11", "2025-12"]
    sh = Sheet("四季度")
    sh.merge(0, 0, 0, 10, "谈固街道2025年第四季度民情诉求（12345热线、冀时办）办理情况统计表")
    sh.put(1, 10, "单位：件")
    sh.row(2, 0, ["序号", "社区", "10月受理", "10月办结", "11月受理", "11月办结", "12月受理", "12月办结",
                  "四季度受理合计", "四季度办结合计", "办结率"])
    tot = [0] * 8
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.row(r, 0, [i + 1, SHORT[code]])
        for k, m in enumerate(months):
            val(sh, r, 2 + 2 * k, code, m, "petitions_received")
            val(sh, r, 3 + 2 * k, code, m, "petitions_resolved")
        qval(sh, r, 8, code, "2025-Q4", "petitions_received")
        qval(sh, r, 9, code, "2025-Q4", "petitions_resolved")
        a, b = W.quarter(code, "2025-Q4", "petitions_received"), W.quarter(code, "2025-Q4", "petitions_resolved")
        sh.put(r, 10, f"{b / a * 100:.1f}%")
        for j, x in enumerate([W.v[(code, m, ind)] for m in months for ind in ("petitions_received", "petitions_resolved")]
                              + [a, b]):
            tot[j] += x
    r = 3 + len(CODES)
    sh.row(r, 0, ["", "合计"] + tot + [f"{tot[7] / tot[6] * 100:.1f}%"])
    sh.put(r + 1, 0, "说明：受理含12345热线转办、“冀时办”留言、网格员上报及来电来访；11月15日供暖开始后，暖气不热、跑冒滴漏类诉求明显增多。")
    sh.put(r + 2, 0, "谈固街道党政综合办公室　2026年1月6日")
    save("batch1/谈固街道2025年第四季度民情诉求办理统计表.xlsx", [sh], "openpyxl",
         ["street_file", "flattened_month_indicator_headers", "quarter_total_column", "short_names", "total_row",
          "rate_text", "heating_season"], (2026, 1, 6, 15, 20))


def channels_jan(W):
    m = "2026-01"
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 11, "谈固街道12345热线及冀时办诉求分渠道统计表")
    sh.merge(1, 0, 1, 11, "统计期间：2026年1月1日至1月31日")
    leaves = header(sh, 2, 0, [("序号", None), ("社区居委会", None),
                               ("受理诉求（件）", [("12345热线", "p1"), ("冀时办", "p2"), ("网格员上报", "p3"),
                                              ("来电来访", "p4"), ("合计", "petitions_received")]),
                               ("办结（件）", "petitions_resolved"), ("办结率", "rate"),
                               ("调解矛盾纠纷（起）", "disputes_mediated"), ("备注", None)], 2)
    del leaves
    for i, code in enumerate(CODES):
        r = 4 + i
        sh.row(r, 0, [i + 1, jwh(code)])
        rec = W.v[(code, m, "petitions_received")]
        p1 = rec * 9 // 20
        p2 = rec // 5
        p3 = rec // 6
        sh.row(r, 2, [p1, p2, p3, rec - p1 - p2 - p3])
        val(sh, r, 6, code, m, "petitions_received")
        val(sh, r, 7, code, m, "petitions_resolved")
        sh.put(r, 8, f"{W.v[(code, m, 'petitions_resolved')] / rec * 100:.0f}%")
        val(sh, r, 9, code, m, "disputes_mediated")
        if code == "130102011016":
            sh.put(r, 10, "供暖类诉求11件")
    sh.put(4 + len(CODES) + 1, 0, "注：1月中旬重污染天气橙色预警期间，渣土、烧烤、燃放类诉求较多；冀时办为“冀时办”APP我要留言。")
    sh.put(4 + len(CODES) + 2, 0, "填报人：赵　　电话：0311-85925307　　填报日期：2026年2月4日")
    save("batch1/谈固街道12345热线及冀时办诉求分渠道统计（2026年1月）.xls", [sh], "xlwt",
         ["street_file", "received_with_parts_that_add_up", "period_as_date_range", "jwh_names", "rate_text",
          "two_row_group_header", "local_platforms"], (2026, 2, 4, 9, 40))


def jobs_nov(W):
    m = "2025-11"
    sh = Sheet("就业")
    sh.merge(0, 0, 0, 12, "谈固街道2025年11月就业创业工作月报")
    sh.put(1, 0, "填报单位：谈固街道公共服务办公室（劳动保障所）")
    sh.put(1, 11, "金额单位：万元")
    pairs = [("新增就业岗位（个）", "jobs_created"), ("其中：公益性岗位（个）", "public_welfare_jobs"),
             ("实现就业（人）", "people_employed"), ("创业担保贷款（万元）", "micro_loans_yuan"),
             ("职业技能培训（场）", "training_sessions")]
    tree = [("社区", None)] + [(lab, [("本月", ind), ("1-11月累计", "ytd:" + ind)]) for lab, ind in pairs] + \
           [("零就业家庭\n（户）", "zero_employment_households"), ("备注", None)]
    leaves = header(sh, 2, 0, tree, 2)
    for i, code in enumerate(CODES):
        r = 4 + i
        sh.put(r, 0, mid(code))
        for c, ind in leaves[1:]:
            if ind is None:
                continue
            div = 10000 if "micro_loans" in ind else 1
            if ind.startswith("ytd:"):
                sh.put(r, c, W.ytd(code, m, ind[4:]) / div if div != 1 else W.ytd(code, m, ind[4:]))
            else:
                val(sh, r, c, code, m, ind, div=div)
        if code == "130102011013":
            sh.put(r, 12, "贷款为个体餐饮")
    r = 4 + len(CODES) + 1
    sh.put(r, 0, "注：累计数自2025年1月起算；11月下旬组织“冬季送岗位”专场招聘会1场。")
    sh.put(r + 1, 0, "填报人：孙　　审核人：　　　　2025年12月3日")
    save("batch1/谈固街道2025年11月就业创业工作月报.et", [sh], "xlwt-et",
         ["street_file", "month_and_ytd_pairs", "wan_yuan_header", "unit_line_right", "part_is_indicator",
          "mid_ordinal_names", "two_row_group_header"], (2025, 12, 3, 16, 10))


PAIRS = {"130102011003": ("建明小区", "第一"), "130102011004": ("建明小区", "第二"),
         "130102011008": ("银龙小区", "第一"), "130102011009": ("银龙小区", "第二"),
         "130102011017": ("瑞城", "一"), "130102011018": ("瑞城", "二")}


def assistance(W, m, codes, note=None):
    """社会事务办 救助 table, transposed: items down, communities across; an ordinal pair's parent name merged over
    its two columns (「建明小区」 over 「第一」「第二」)."""
    sh = Sheet("救助")
    n = len(codes)
    sh.merge(0, 0, 0, n + 2, "谈固街道社会救助工作统计表" + ("（更正）" if note else ""))
    sh.put(1, 0, "所属月份：2025年12月")
    sh.put(1, n, "填报时间：" + ("2026年1月12日" if note else "2026年1月5日"))
    sh.merge(2, 0, 3, 0, "项目")
    sh.merge(2, 1, 3, 1, "单位")
    k = 0
    while k < n:
        code = codes[k]
        if code in PAIRS and k + 1 < n and PAIRS.get(codes[k + 1], ("",))[0] == PAIRS[code][0]:
            sh.merge(2, 2 + k, 2, 3 + k, PAIRS[code][0])
            sh.put(3, 2 + k, PAIRS[code][1])
            sh.put(3, 3 + k, PAIRS[codes[k + 1]][1])
            k += 2
            continue
        name = PAIRS[code][0] + PAIRS[code][1] if code in PAIRS else ("长东联合" if SHORT[code] == "长东" else SHORT[code])
        sh.merge(2, 2 + k, 3, 2 + k, name)
        k += 1
    if not note:
        sh.merge(2, 2 + n, 3, 2 + n, "合计")
    items = [("城市低保户数", "户", "dibao_households"), ("城市低保人数", "人", "dibao_persons"),
             ("低保金", "元", "dibao_payout_yuan"), ("特困供养人员", "人", None), ("临时救助", "人次", None),
             ("走访慰问困难群众", "人", "people_assisted"), ("发放慰问物资", "件", "goods_distributed")]
    for i, (lab, unit, ind) in enumerate(items):
        r = 4 + i
        sh.row(r, 0, [lab, unit])
        tot = 0
        for k, code in enumerate(codes):
            if ind is None:
                x = (len(SHORT[code]) * 3 + i + k) % 4
                sh.put(r, 2 + k, x)
            else:
                val(sh, r, 2 + k, code, m, ind)
                x = W.v[(code, m, ind)] if note or (code, m, ind) not in W.old else W.old[(code, m, ind)]
            tot += x
        if not note:
            sh.put(r, 2 + n, tot)
    r = 4 + len(items) + 1
    if note:
        sh.put(r, 0, note)
        sh.put(r + 1, 0, "谈固街道社会事务办公室　2026年1月12日")
    else:
        sh.put(r, 0, "说明：低保金为当月实发数（含分类施保金）；元旦前走访慰问计入走访慰问困难群众。")
        sh.put(r + 1, 0, "经办人：　　　　　分管领导：　　　　　（民政所）")
    return sh


def peace_dec(W):
    m = "2025-12"
    sh = Sheet("平安建设")
    sh.merge(0, 0, 0, 8, "谈固街道2025年12月份平安建设（“三零”创建）工作月报")
    sh.put(1, 0, "报送单位：谈固街道平安建设办公室（综治中心）")
    sh.row(2, 0, ["序号", "社区", "月份", "治安巡逻队员（人）", "平安信息员（人）", "矛盾纠纷排查（起）", "调解成功（起）",
                  "治安案件（起）", "“三零”创建"])
    for i, code in enumerate(CODES):
        r = 3 + 2 * i
        sh.merge(r, 0, r + 1, 0, i + 1)
        sh.merge(r, 1, r + 1, 1, full(code))
        for k, mm in enumerate((m, W.prev(m))):
            rr = r + k
            sh.put(rr, 2, "本月" if k == 0 else "上月")
            role = None if k == 0 else "prevmonth"
            val(sh, rr, 3, code, mm, "patrol_members", role=role)
            val(sh, rr, 4, code, mm, "informants", role=role)
            sh.put(rr, 5, W.v[(code, mm, "disputes_mediated")] + (i + k) % 3)
            val(sh, rr, 6, code, mm, "disputes_mediated", role=role)
            val(sh, rr, 7, code, mm, "security_cases", style="wu", role=role)
            sh.put(rr, 8, "达标" if W.v[(code, mm, "security_cases")] == 0 else "未达标")
    r = 3 + 2 * len(CODES) + 1
    sh.put(r, 0, "注：“三零”创建指零上访、零事故、零案件；12月10日—16日重污染天气应急期间巡逻队员加强夜间巡查。")
    sh.put(r + 1, 0, "平安建设办　2026年1月7日")
    save("batch1/谈固街道2025年12月份平安建设工作月报.ods", [sh], "odfpy",
         ["street_file", "two_rows_per_community_this_and_last_month", "name_merged_down", "wu_zero", "outside_columns",
          "sanling_campaign"], (2026, 1, 7, 11, 0))


def build(W):
    basics(W)
    petitions_q4(W)
    channels_jan(W)
    jobs_nov(W)
    save("batch1/谈固街道社会救助工作统计表（2025年12月）.xlsx", [assistance(W, "2025-12", CODES)], "openpyxl",
         ["street_file", "transposed_communities_across", "ordinal_pair_parent_merged", "report_date_vs_period",
          "total_column", "outside_rows"], (2026, 1, 5, 14, 30))
    peace_dec(W)
