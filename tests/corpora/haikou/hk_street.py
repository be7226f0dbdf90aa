"""The nine files of 滨海街道's own departments (社会事务办, 综治中心, 劳动保障所, 平安办, 党建办, 文化站, 社区管理办)."""
import datetime

from hk_grid import Formula, Sheet, qval, val
from hk_world import COMMS, REG
from hk_writers import save

DIGIT = {"盐灶一": "盐灶1", "盐灶二": "盐灶2", "盐灶三": "盐灶3"}
ROMAN = {"盐灶一": "盐灶Ⅰ", "盐灶二": "盐灶Ⅱ", "盐灶三": "盐灶Ⅲ"}


def minzheng(W, m, note=None, marks=()):
    """社会事务办's 民政 table: 低保金 in 万元 announced only by a ※ and a footnote."""
    sh = Sheet("民政")
    sh.merge(0, 0, 0, 7, f"滨海街道{int(m[5:])}月份民政工作统计表（{m[:4]}年）")
    sh.merge(1, 0, 1, 4, "填报科室：滨海街道社会事务办")
    sh.merge(1, 5, 1, 7, "报送日期：2025年11月12日" if note else "报送日期：2025年11月4日")
    sh.row(2, 0, ["序号", "社区", "低保户数（户）", "低保人数（人）", "低保金※", "特困供养（人）", "走访慰问困难群众（人）", "备注"])
    for i, (s, code, _) in enumerate(COMMS):
        r = 3 + i
        sh.row(r, 0, [i + 1, DIGIT.get(s, s)])
        val(sh, r, 2, code, m, "dibao_households")
        val(sh, r, 3, code, m, "dibao_persons")
        val(sh, r, 4, code, m, "dibao_payout_yuan", div=10000, fmt="0.00")
        sh.put(r, 5, (i * 7 + 3) % 5 + 1)
        val(sh, r, 6, code, m, "people_assisted")
        if s in marks:
            sh.put(r, 7, "更正")
    r = 3 + len(COMMS)
    sh.row(r, 0, ["合计", ""])
    sh.put(r, 2, sum(W.v[(c, m, "dibao_households")] for _, c, _ in COMMS))
    sh.put(r, 3, sum(W.v[(c, m, "dibao_persons")] for _, c, _ in COMMS))
    sh.merge(r + 1, 0, r + 1, 7, "※低保金单位：万元（保留两位小数）；其余单位见表头。走访慰问含中秋、国庆、重阳节走访。")
    if note:
        sh.merge(r + 2, 0, r + 2, 7, note)
    sh.merge(r + 3, 0, r + 3, 7, "填表人：符海燕　　审核人：王　　联系电话：0898-66212035")
    return sh


def shuqiu(W):
    m = "2025-11"
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 9, "滨海街道2025年11月民情诉求办理情况统计表")
    sh.merge(1, 0, 1, 9, "综治中心（网格化服务管理中心）　　　　单位：件、起")
    sh.merge(2, 0, 3, 0, "序号")
    sh.merge(2, 1, 3, 1, "社区居委会")
    sh.merge(2, 2, 2, 5, "受理诉求")
    sh.row(3, 2, ["合计", "其中：12345转办", "其中：椰城市民云", "其中：网格巡查发现"])
    sh.merge(2, 6, 3, 6, "办结")
    sh.merge(2, 7, 3, 7, "办结率")
    sh.merge(2, 8, 3, 8, "调解纠纷")
    sh.merge(2, 9, 3, 9, "备注")
    for i, (s, code, _) in enumerate(COMMS):
        r = 4 + i
        sh.row(r, 0, [i + 1, s + "社区居委会"])
        rec = W.v[(code, m, "petitions_received")]
        if s == "龙华中":   # the clerk corrected the figure in the cell itself
            sh.put(r, 2, f"原{rec - 3}，改为{rec}")
            sh.rec(r, 2, ("truth", (code, m, "petitions_received"), rec, "primary"))
            sh.put(r, 9, "网格员补录3件")
        else:
            val(sh, r, 2, code, m, "petitions_received")
        a = rec * 4 // 10
        sh.row(r, 3, [a, rec // 4, rec // 5])
        val(sh, r, 6, code, m, "petitions_resolved")
        sh.put(r, 7, f"{W.v[(code, m, 'petitions_resolved')] / rec * 100:.1f}%")
        val(sh, r, 8, code, m, "disputes_mediated")
    r = 4 + len(COMMS)
    sh.row(r, 0, ["", "合计", sum(W.v[(c, m, "petitions_received")] for _, c, _ in COMMS)])
    sh.put(r, 6, sum(W.v[(c, m, "petitions_resolved")] for _, c, _ in COMMS))
    sh.merge(r + 1, 0, r + 1, 9, "说明：候鸟人员集中返琼，出租屋噪音、停车类诉求增多；受理诉求合计含来电来访，不等于三项之和。")
    sh.merge(r + 2, 0, r + 2, 9, "制表：吴清妹　审核：陈　2025年12月3日")
    sh.widths = {1: 16}
    save("batch1/滨海街道2025年11月民情诉求办理情况.xls", [sh], "xlwt",
         ["street_file", "received_with_parts", "two_row_header", "in_cell_correction_yuan_gaiwei", "rate_text",
          "total_row", "yecheng_shiminyun_part"], (2025, 12, 3, 16, 20))


def jiuye(W):
    m = "2025-12"
    sh = Sheet("jy")
    sh.put(0, 0, "滨海街道2025年12月就业创业工作统计表")
    sh.put(1, 0, "填报单位：滨海街道劳动保障所")
    sh.put(1, 5, "统计月份：2025年12月")
    sh.row(2, 0, ["社区", "开发就业岗位（个）", "其中：社区公益岗（个）", "促进就业（人）", "零就业家庭（户）",
                  "创业担保贷款（万元）", "技能培训（场）", "备注"])
    for i, (s, code, _) in enumerate(COMMS):
        r = 3 + i
        sh.put(r, 0, s + "社区")
        for c, ind in enumerate(["jobs_created", "public_welfare_jobs", "people_employed", "zero_employment_households"]):
            val(sh, r, 1 + c, code, m, ind, style="t")
        val(sh, r, 5, code, m, "micro_loans_yuan", style="t", div=10000)
        val(sh, r, 6, code, m, "training_sessions", style="t")
        if s == "滨港":
            sh.put(r, 7, "含候鸟季家政服务岗位")
    r = 3 + len(COMMS)
    sh.row(r, 0, ["合计", str(sum(W.v[(c, m, "jobs_created")] for _, c, _ in COMMS))])
    sh.put(r + 1, 0, "填表人：黎　电话：0898-66223418　2026年1月5日")
    save("batch1/滨海街道2025年12月就业创业统计.csv", [sh], "csv-utf8bom",
         ["street_file", "csv_utf8_bom", "wan_yuan_in_header", "total_row", "period_line_right"], (2026, 1, 5, 10, 40))


def pingan(W):
    m = "2026-01"
    sh = Sheet("平安建设")
    sh.merge(0, 0, 0, 6, "滨海街道2026年1月平安建设工作统计表")
    sh.merge(1, 0, 1, 6, "报送单位：滨海街道平安办")
    sh.row(2, 0, ["序号", "社区", "平安巡防队员（人）", "平安信息员（人）", "治安案件（起）", "防风隐患排查（处）", "出租屋检查（间）"])
    y2, y3 = COMMS[4][1], COMMS[5][1]
    for i, (s, code, _) in enumerate(COMMS):
        r = 3 + i
        sh.row(r, 0, [i + 1, s])
        if s == "盐灶二":   # one merged figure for the joint patrol of 盐灶二 and 盐灶三
            tot = W.v[(y2, m, "patrol_members")] + W.v[(y3, m, "patrol_members")]
            sh.merge(r, 2, r + 1, 2, tot)
            sh.rec(r, 2, ("ignore", (y2, m, "patrol_members"), tot, None))
            sh.rec(r, 2, ("ignore", (y3, m, "patrol_members"), tot, None))
        elif s != "盐灶三":
            val(sh, r, 2, code, m, "patrol_members")
        val(sh, r, 3, code, m, "informants")
        val(sh, r, 4, code, m, "security_cases", style="wu", unit="起")
        sh.row(r, 5, [(i * 3) % 7 + 2, 40 + (i * 13) % 30])
    r = 3 + len(COMMS)
    sh.merge(r, 0, r, 6, "注：盐灶二、盐灶三社区共组一支联合巡防队，队员人数合并填报。")
    sh.merge(r + 1, 0, r + 1, 6, "填报人：云　　联系电话：0898-66213570")
    save("batch1/滨海街道2026年1月平安建设统计表.ods", [sh], "odfpy",
         ["street_file", "merged_value_over_two_communities", "wu_for_zero", "outside_columns"], (2026, 2, 4, 9, 10))


def dangjian(W):
    m = "2026-02"
    sh = Sheet("党建志愿")
    sh.merge(0, 0, 0, 6, "滨海街道党建和志愿服务统计表")
    sh.put(1, 0, "统计期：")
    sh.put(1, 1, datetime.datetime(2026, 2, 1), "mmm-yy")
    sh.row(2, 0, ["序号", "社区", "在册党员（名）", "党员结对帮扶（对）", "“志愿海南”注册志愿者（人）", "志愿服务（人次）", "服务时长（小时）"])
    for i, (s, code, _) in enumerate(COMMS):
        r = 3 + i
        sh.row(r, 0, [i + 1, s + "社区居委会"])
        for c, ind in enumerate(["party_members", "pairings", "volunteers", "volunteer_person_times"]):
            val(sh, r, 2 + c, code, m, ind)
        sh.put(r, 6, W.v[(code, m, "volunteer_person_times")] * 2 + 5)
    r = 3 + len(COMMS)
    sh.row(r, 0, ["合计", ""])
    for c in range(2, 7):
        L = "ABCDEFG"[c]
        sh.put(r, c, Formula(f"=SUM({L}4:{L}{r})", sum(sh.cells[(x, c)][0] for x in range(3, r))))
    sh.merge(r + 1, 0, r + 1, 6, "备注：2月正值春节，志愿服务以“双创”文明劝导、候鸟老人关爱为主。")
    save("batch1/滨海街道2026年2月党建和志愿服务统计.xlsx", [sh], "xlsxwriter",
         ["street_file", "period_as_date_cell_mmm_yy", "sum_formula_total_row", "outside_columns"], (2026, 3, 5, 11, 0))


def taizhang(W):
    sh = Sheet("一季度")
    n = len(COMMS)
    sh.merge(0, 0, 0, n + 1, "滨海街道2026年一季度城市低保金发放台账")
    sh.merge(1, 0, 1, n + 1, "金额单位：元")
    sh.row(2, 0, ["月份", "项目"] + [REG[c] for _, c, _ in COMMS])
    r = 3
    for mo in (1, 2, 3):
        m = f"2026-{mo:02d}"
        sh.merge(r, 0, r + 1, 0, f"{mo}月")
        sh.put(r, 1, "低保户数（户）")
        sh.put(r + 1, 1, "发放金额")
        for j, (_, code, _) in enumerate(COMMS):
            val(sh, r, 2 + j, code, m, "dibao_households")
            val(sh, r + 1, 2 + j, code, m, "dibao_payout_yuan", fmt="#,##0.00")
        r += 2
    sh.merge(r, 0, r, 1, "一季度发放合计")
    for j, (_, code, _) in enumerate(COMMS):
        qval(sh, r, 2 + j, code, "2026-Q1", "dibao_payout_yuan", fmt="#,##0.00")
    sh.merge(r + 1, 0, r + 1, n + 1, "经办：社会事务办　复核：　　打印日期：2026-04-03")
    sh.widths = {c: 14 for c in range(2, n + 2)}
    save("batch1/滨海街道2026年一季度低保金发放台账.xlsx", [sh], "openpyxl",
         ["street_file", "transposed_communities_across", "registry_full_names", "months_down_in_blocks",
          "quarter_total_row", "thousands_format"], (2026, 4, 3, 15, 0))


def wenti(W):
    m = "2026-03"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "滨海街道2026年3月文体活动及宣讲情况统计（军坡节期间）")
    sh.row(1, 0, ["社区", "文体活动", "政策宣讲（含自贸港政策）（次）", "军坡节群众参与（人次）", "备注"])
    for i, (s, code, _) in enumerate(COMMS):
        r = 2 + i
        sh.put(r, 0, s)
        k = (code, m, "cultural_activities")
        sh.put(r, 1, f"{W.v[k]}场（参与{W.v[k] * 60 + 20 * i}人次）")
        sh.rec(r, 1, ("truth", k, W.v[k], "primary"))
        val(sh, r, 2, code, m, "lectures_held")
        sh.put(r, 3, 300 + 37 * i)
        if s == "龙华中":
            sh.put(r, 4, "公期装军活动")
    sh.merge(12, 0, 12, 4, "综合文化站　2026年4月2日")
    save("batch1/滨海街道2026年3月文体活动统计（军坡节）.xlsx", [sh], "openpyxl",
         ["street_file", "count_with_participants_in_brackets", "junpo_festival", "outside_columns"], (2026, 4, 2, 9, 30))


def jiben(W):
    m = "2026-04"
    sh = Sheet("基本情况")
    sh.merge(0, 0, 0, 6, "滨海街道各社区基本情况表（2026年4月）")
    sh.row(1, 0, ["社区", "常住户数", "常住人口", "流动人口", "其中：候鸟人员", "社区工作者", "网格数"])
    sh.row(2, 0, ["", "（户）", "（人）", "（人）", "（人）", "（人）", "（个）"])
    for i, (s, code, _) in enumerate(COMMS):
        r = 3 + i
        sh.put(r, 0, s)
        val(sh, r, 1, code, m, "households", style="k" if i % 2 else "n")
        val(sh, r, 2, code, m, "residents", style="k")
        val(sh, r, 3, code, m, "floating_population", style="k" if i % 3 == 0 else "n")
        sh.put(r, 4, W.v[(code, m, "floating_population")] // 5)
        val(sh, r, 5, code, m, "staff")
        sh.put(r, 6, 6 + i % 4)
    sh.merge(13, 0, 13, 6, "社区管理办公室　数据截至2026年4月30日；候鸟人员4月起陆续离琼")
    save("batch1/滨海街道2026年4月社区基本情况.xls", [sh], "xlwt",
         ["street_file", "units_row", "thousands_text", "houniao_part_column_outside", "outside_columns"],
         (2026, 5, 6, 10, 0))


def weilao(W):
    m = "2026-04"
    sh = Sheet("wl")
    sh.put(0, 0, "滨海街道2026年4月为老服务及文体活动统计")
    sh.row(1, 0, ["社区", "老年人健康体检（人）", "走访慰问困难群众（人）", "发放慰问品（件）", "文体活动（场）", "备注"])
    for i, (s, code, _) in enumerate(COMMS):
        r = 2 + i
        sh.put(r, 0, ROMAN.get(s, s) + "社区")
        for c, ind in enumerate(["free_health_checks", "people_assisted", "goods_distributed", "cultural_activities"]):
            val(sh, r, 1 + c, code, m, ind, style="t")
        if i == 2:
            sh.put(r, 5, "含“三月三”游园1场")
    sh.put(13, 0, "说明：文体活动含4月19日“三月三”活动。填报：社会事务办　2026年5月6日")
    save("batch1/滨海街道2026年4月为老服务和三月三活动统计.csv", [sh], "csv-gbk",
         ["street_file", "csv_gbk_wps", "roman_numeral_community_names", "sanyuesan_festival"], (2026, 5, 6, 16, 0))


def build(W):
    save("batch1/滨海街道2025年10月民政工作统计表.xlsx", [minzheng(W, "2025-10")], "openpyxl",
         ["street_file", "footnote_mark_unit_wan_yuan", "digit_in_community_names", "total_row", "outside_columns"],
         (2025, 11, 4, 17, 0))
    shuqiu(W)
    jiuye(W)
    pingan(W)
    dangjian(W)
    taizhang(W)
    wenti(W)
    jiben(W)
    weilao(W)
