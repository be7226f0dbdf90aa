"""Community files, part two: 天庆嘉园 11月 (.ods, 较上月增减, 「近150」, 「零」), 南河 12月 (网格 columns, the
社区合计 column is the figure), 雁宁路 2月 (a CSV with two tables), 滩尖子村 2月 (集体经济 in 万元 beside the return),
大雁滩 3月 (numbered 1.1 / 1.2.1 with indentation), 张苏滩 一季度 (stocks merged across the months), 天庆嘉园 3月 (.xls),
沙洼河村 3月 (label rows and value rows in bands)."""
import random

from lz_grid import Sheet, miss, qval, span_val, val
from lz_world import BY_SHORT, STOCKS
from lz_writers import save

B1 = "batch1/"


def c9_tianqing(W):
    code, m = BY_SHORT["天庆嘉园"], "2025-11"
    sh = Sheet("11月")
    sh.put(0, 0, "天庆嘉园社区11月份工作统计")
    sh.put(1, 0, "（2025年度）")
    sh.row(2, 0, ["项目", "单位", "本月", "较上月增减", "本年累计", "备注"])
    items = [("受理居民诉求", "件", "petitions_received", "11月1日起集中供暖，暖气不热诉求增多"),
             ("办结居民诉求", "件", "petitions_resolved", ""), ("矛盾纠纷调解", "起", "disputes_mediated", ""),
             ("新增就业岗位", "个", "jobs_created", ""), ("实现就业", "人", "people_employed", ""),
             ("零就业家庭", "户", "zero_employment_households", ""), ("走访慰问困难群众", "人", "people_assisted", ""),
             ("群众文化活动", "场", "cultural_activities", ""), ("治安案件", "起", "security_cases", ""),
             ("志愿服务", "人次", "volunteer_person_times", "“温暖过冬”志愿服务"), ("注册志愿者", "人", "volunteers", ""),
             ("党员", "名", "party_members", "")]
    r = 3
    for label, unit, ind, note in items:
        sh.row(r, 0, [label, unit])
        style = {"volunteer_person_times": "jin", "zero_employment_households": "ling",
                 "security_cases": "ling"}.get(ind, "n")
        val(sh, r, 2, code, m, ind, style=style)
        d = W.v[(code, m, ind)] - W.v[(code, W.prev(m), ind)]
        sh.put(r, 3, "持平" if d == 0 else f"{d:+d}")
        if ind not in STOCKS:
            sh.put(r, 4, W.ytd(code, m, ind))
        if note:
            sh.put(r, 5, note)
        r += 1
    sh.put(r + 1, 0, "天庆嘉园社区居委会　　2025年12月1日")
    save(B1 + "天庆嘉园社区2025年11月份工作统计.ods", [sh], "odfpy",
         ["comm_list", "month_fen", "year_second_line", "mom_change_column", "ytd_column", "approx_jin",
          "ling_for_zero", "footer_date_trap", "ods_odfpy"], (2025, 12, 1, 10, 30))


GRID_SHARE = [0.29, 0.21, 0.32, 0.18]


def _split(v, seed):
    """A community figure split over its four 网格 (shares of the 网格's size, a little noise)."""
    rnd = random.Random(seed)
    w = [s * rnd.uniform(0.85, 1.15) for s in GRID_SHARE]
    ps = [int(v * x / sum(w)) for x in w]
    ps[rnd.randrange(4)] += v - sum(ps)
    return ps


def _cap(v, recv_parts, recv):
    """办结 per 网格: about the same share of each 网格's 受理, never more than it."""
    ps = [int(p * v / recv) for p in recv_parts]
    i = 0
    while sum(ps) < v:
        if ps[i % 4] < recv_parts[i % 4]:
            ps[i % 4] += 1
        i += 1
    return ps


def c10_nanhe(W):
    """Indicators down, one column per 网格 and a 社区合计 column: only 社区合计 is the community's figure."""
    code, m = BY_SHORT["南河"], "2025-12"
    sh = Sheet("12月")
    sh.put(0, 0, "城关区雁南街道南河社区2025年12月工作月报")
    grids = ["第一网格", "第二网格", "第三网格", "第四网格"]
    sh.row(1, 0, ["序号", "指标", "单位"] + grids + ["社区合计"])
    items = [("受理群众诉求", "件", "petitions_received", True), ("办结群众诉求", "件", "petitions_resolved", True),
             ("矛盾纠纷调解", "起", "disputes_mediated", True), ("走访慰问困难群众", "人", "people_assisted", True),
             ("常住户数", "户", "households", True), ("常住人口", "人", "residents", True),
             ("流动人口", "人", "floating_population", True), ("巡逻队员", "人", "patrol_members", True),
             ("平安信息员", "人", "informants", True), ("注册志愿者", "人", "volunteers", True),
             ("志愿服务", "人次", "volunteer_person_times", True), ("新增就业岗位", "个", "jobs_created", False),
             ("创业担保贷款", "元", "micro_loans_yuan", False), ("低保金发放", "元", "dibao_payout_yuan", False),
             ("社区工作者", "人", "staff", False)]
    r = 2
    parts = {}
    for i, (label, unit, ind, split) in enumerate(items):
        sh.row(r, 0, [i + 1, label, unit])
        v = W.v[(code, m, ind)]
        if split:
            if ind == "petitions_resolved":
                ps = _cap(v, parts["petitions_received"], W.v[(code, m, "petitions_received")])
            else:
                ps = _split(v, f"{code}{m}{ind}")
            parts[ind] = ps
            for j, p in enumerate(ps):
                sh.put(r, 3 + j, p)
        else:
            for j in range(4):
                sh.put(r, 3 + j, "—")
        val(sh, r, 7, code, m, ind)
        r += 1
    sh.put(r, 0, "注：就业、创业担保贷款、低保金及社区工作者不分网格统计，直接填社区合计。")
    sh.put(r + 1, 0, "南河社区　网格长：马文军（第一）、王丽（第二）、沙玉梅（第三）、李强（第四）　2026年1月5日")
    save(B1 + "南河社区2025年12月工作月报.xlsx", [sh], "openpyxl",
         ["comm_indicators_down", "grid_columns_then_community_total", "total_column_is_the_value", "dash_in_parts",
          "name_prefix_trap", "footer_date_trap", "xlsx_openpyxl"], (2026, 1, 5, 15, 0))


def c11_yanninglu(W):
    """A UTF-8 (BOM) CSV holding two tables one under the other, each with its own heading and header line."""
    code, m = BY_SHORT["雁宁路"], "2026-02"
    sh = Sheet("x")
    sh.put(0, 0, "雁宁路社区2026年2月工作报表")
    blocks = [("一、民生服务", [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
                             ("新增就业岗位", "个", "jobs_created"), ("城镇新增就业", "人", "people_employed"),
                             ("春节走访慰问困难群众", "人", "people_assisted"), ("发放米面油等慰问物资", "件", "goods_distributed"),
                             ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
                             ("社火、太平鼓等文体活动", "场", "cultural_activities")]),
              ("二、党建和平安", [("在册党员", "名", "party_members"), ("党员结对帮扶", "对", "pairings"),
                              ("巡逻队员", "人", "patrol_members"), ("治安案件", "起", "security_cases"),
                              ("矛盾纠纷调解", "起", "disputes_mediated"), ("志愿服务", "人次", "volunteer_person_times")])]
    r = 2
    for title, items in blocks:
        sh.put(r, 0, title)
        sh.row(r + 1, 0, ["项目", "单位", "数量"])
        r += 2
        for label, unit, ind in items:
            sh.row(r, 0, [label, unit])
            val(sh, r, 2, code, m, ind, style="t")
            r += 1
        r += 1
    sh.put(r, 0, "备注：春节（2月17日）期间开展走访慰问；元宵节社火表演3月3日举行，计入3月。")
    sh.put(r + 1, 0, "报送：雁宁路社区　2026年3月3日")
    save(B1 + "雁宁路社区2026年2月工作报表.csv", [sh], "csv-utf8bom",
         ["comm_list", "csv_two_tables_stacked", "numbers_as_text", "notes_dates", "footer_date_trap", "csv_utf8bom"],
         (2026, 3, 3, 9, 15))


def c12_tanjianzicun(W):
    """Indicators across, a units row, one data row; the 村社区's 集体经济 figures (万元) beside the return."""
    code, m = BY_SHORT["滩尖子村"], "2026-02"
    sh = Sheet("2月")
    sh.put(0, 0, "滩尖子村社区2026年2月报表")
    cols = [("受理诉求", "件", "petitions_received", 1), ("办结", "件", "petitions_resolved", 1),
            ("调解纠纷", "起", "disputes_mediated", 1), ("新增岗位", "个", "jobs_created", 1),
            ("实现就业", "人", "people_employed", 1), ("创业担保贷款", "万元", "micro_loans_yuan", 10000),
            ("低保户", "户", "dibao_households", 1), ("低保人", "人", "dibao_persons", 1),
            ("低保金", "万元", "dibao_payout_yuan", 10000), ("村集体经济收入", "万元", None, 0),
            ("股份经济合作社分红", "万元", None, 0), ("出租房屋", "户", None, 0), ("流动人口", "人", "floating_population", 1),
            ("慰问物资", "件", "goods_distributed", 1), ("志愿服务", "人次", "volunteer_person_times", 1)]
    sh.put(1, 0, "社区")
    sh.put(2, 0, "单位")
    sh.put(3, 0, "滩尖子村社区")
    for j, (label, unit, ind, div) in enumerate(cols):
        sh.put(1, 1 + j, label)
        sh.put(2, 1 + j, f"（{unit}）")
        if ind:
            fmt = ("0.0000" if ind == "dibao_payout_yuan" else "0.00") if div > 1 else None
            val(sh, 3, 1 + j, code, m, ind, div=div, fmt=fmt)
        elif unit == "万元":
            sh.put(3, 1 + j, round(W.out(code, m, label, 300, 9000) / 100, 2), "0.00")
        else:
            sh.put(3, 1 + j, W.out(code, m, label, 900, 1800))
    sh.put(5, 0, "注：集体经济收入、分红为1-2月累计；春节前发放年货慰问物资。")
    sh.put(6, 0, "填报：滩尖子村社区　2026年3月2日")
    save(B1 + "滩尖子村社区2026年2月报表.xlsx", [sh], "openpyxl",
         ["comm_across_one_row", "units_row", "wan_four_decimals", "village_collective_economy_outside", "village_community",
          "name_prefix_trap", "footer_date_trap", "xlsx_openpyxl"], (2026, 3, 2, 14, 0))


def c13_dayantan(W):
    """Items numbered 1 / 1.1 / 1.2 / 1.2.1 with the label indented by full-width spaces under its number."""
    code, m = BY_SHORT["大雁滩"], "2026-03"
    sh = Sheet("3月")
    sh.put(0, 0, "大雁滩社区2026年3月工作报表")
    sh.row(1, 0, ["编号", "指标", "单位", "本月", "备注"])
    items = [("1", "民情诉求", None, None, ""), ("1.1", "　受理群众诉求", "件", "petitions_received", ""),
             ("1.2", "　办结群众诉求", "件", "petitions_resolved", ""),
             ("1.2.1", "　　其中：按期办结", "件", "part", ""), ("1.3", "　矛盾纠纷调解", "起", "disputes_mediated", ""),
             ("2", "就业创业", None, None, ""), ("2.1", "　新增就业岗位", "个", "jobs_created", "春风行动"),
             ("2.1.1", "　　其中：公益性岗位", "个", "public_welfare_jobs", ""),
             ("2.2", "　城镇新增就业", "人", "people_employed", ""), ("2.3", "　创业担保贷款", "万元", "micro_loans_yuan", ""),
             ("2.4", "　职业技能培训", "场", "training_sessions", ""),
             ("3", "民政为老", None, None, ""), ("3.1", "　走访慰问困难群众", "人", "people_assisted", "3月20日开斋节前走访回族困难群众"),
             ("3.1.1", "　　其中：回族群众", "人", "part2", ""), ("3.2", "　发放慰问物资", "件", "goods_distributed", ""),
             ("3.3", "　65岁以上老人免费体检", "人", "free_health_checks", ""),
             ("4", "志愿服务", None, None, ""), ("4.1", "　注册志愿者", "人", "volunteers", ""),
             ("4.2", "　志愿服务", "人次", "volunteer_person_times", "3月5日学雷锋日集中服务"),
             ("5", "文化宣传", None, None, ""), ("5.1", "　群众文化活动", "场", "cultural_activities", ""),
             ("5.2", "　政策宣讲", "次", "lectures_held", "")]
    r = 2
    for no, label, unit, ind, note in items:
        sh.put(r, 0, no)
        sh.put(r, 1, label)
        if unit:
            sh.put(r, 2, unit)
        if ind == "part":
            sh.put(r, 3, max(0, W.v[(code, m, "petitions_resolved")] - W.out(code, m, "逾期", 0, 2)))
        elif ind == "part2":
            sh.put(r, 3, W.out(code, m, "回族", 2, max(3, W.v[(code, m, "people_assisted")] // 2)))
        elif ind:
            val(sh, r, 3, code, m, ind, div=10000 if unit == "万元" else 1)
        if note:
            sh.put(r, 4, note)
        r += 1
    sh.put(r + 1, 0, "报送日期：2026年4月3日　联系人：沙建华 13909312876")
    save(B1 + "大雁滩社区2026年3月工作报表.xlsx", [sh], "openpyxl",
         ["comm_list", "hierarchical_numbering_indent", "part_rows", "unit_column_wan", "notes_dates", "footer_date_trap",
          "phone_trap", "xlsx_openpyxl"], (2026, 4, 3, 16, 20))


def c14_zhangsutan(W):
    """1月 | 2月 | 3月 | 一季度合计; a stock that did not change in the quarter written once, merged across the three
    month columns (一季度合计 「—」)."""
    code, months = BY_SHORT["张苏滩"], ["2026-01", "2026-02", "2026-03"]
    sh = Sheet("一季度")
    sh.put(0, 0, "张苏滩社区2026年第一季度工作统计表")
    sh.row(1, 0, ["序号", "项目", "单位", "1月", "2月", "3月", "一季度合计"])
    items = [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
             ("新增就业岗位", "个", "jobs_created"), ("城镇新增就业", "人", "people_employed"),
             ("创业担保贷款", "元", "micro_loans_yuan"), ("走访慰问困难群众", "人", "people_assisted"),
             ("发放慰问物资", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
             ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers"),
             ("社区工作者", "人", "staff"), ("平安信息员", "人", "informants"), ("党员结对帮扶", "对", "pairings"),
             ("低保户数", "户", "dibao_households"), ("常住人口", "人", "residents")]
    merged = {"staff", "informants", "pairings"}
    r = 2
    for i, (label, unit, ind) in enumerate(items):
        sh.row(r, 0, [i + 1, label, unit])
        if ind in merged:
            span_val(sh, r, 3, 5, code, months, ind)
            sh.put(r, 6, "—")
        else:
            for j, mm in enumerate(months):
                val(sh, r, 3 + j, code, mm, ind)
            if ind in STOCKS:
                sh.put(r, 6, "—")
            else:
                qval(sh, r, 6, code, "2026-Q1", ind)
        r += 1
    sh.put(r, 0, "注：一季度无变化的项目合并填写。")
    sh.put(r + 1, 0, "张苏滩社区　2026年4月3日")
    save(B1 + "张苏滩社区2026年第一季度工作统计表.xlsx", [sh], "openpyxl",
         ["comm_indicators_down", "quarter_report_months_across", "quarter_column", "stock_merged_across_months",
          "dash_for_stock_total", "footer_date_trap", "xlsx_openpyxl"], (2026, 4, 3, 11, 45))


def c15_tianqing(W):
    code, m = BY_SHORT["天庆嘉园"], "2026-03"
    sh = Sheet("Sheet1")
    sh.put(0, 0, "天庆嘉园社区2026年3月报表")
    sh.row(1, 0, ["序号", "项目", "单位", "数量", "备注"])
    items = [("受理诉求", "件", "petitions_received", None), ("办结诉求", "件", "petitions_resolved", None),
             ("调解纠纷", "起", "disputes_mediated", None), ("新增就业岗位", "个", "jobs_created", None),
             ("职业技能培训", "场", "training_sessions", "/"), ("走访慰问", "人", "people_assisted", None),
             ("老年人体检", "人", "free_health_checks", None), ("文体活动", "场", "cultural_activities", None),
             ("宣讲活动", "次", "lectures_held", ""), ("治安案件", "起", "security_cases", "—"),
             ("志愿服务", "人次", "volunteer_person_times", None), ("注册志愿者", "人", "volunteers", None),
             ("常住户数", "户", "households", None), ("常住人口", "人", "residents", None)]
    notes = {"training_sessions": "本月未开展，计划4月", "security_cases": "派出所数据未反馈",
             "people_assisted": "开斋节走访", "volunteer_person_times": "学雷锋活动月"}
    r = 2
    for i, (label, unit, ind, missing) in enumerate(items):
        sh.row(r, 0, [i + 1, label, unit])
        if missing is not None:
            miss(sh, r, 3, code, m, ind, missing)
        else:
            val(sh, r, 3, code, m, ind)
        if ind in notes:
            sh.put(r, 4, notes[ind])
        r += 1
    sh.put(r, 0, "备注：3月31日停止供暖。　天庆嘉园社区　2026年4月2日")
    save(B1 + "天庆嘉园社区2026年3月报表.xls", [sh], "xlwt",
         ["comm_list", "slash_dash_blank_not_reported", "notes_dates", "footer_date_trap", "xls_xlwt"], (2026, 4, 2, 10, 0))


def c16_shawahecun(W):
    """A one-page form: a row of labels, the row of values under it, then the next band of labels and values."""
    code, m = BY_SHORT["沙洼河村"], "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 5, "沙洼河村社区2026年3月工作报表")
    sh.merge(1, 0, 1, 5, "填报单位：沙洼河村社区（盖章）　　　　填报时间：2026年4月2日")
    bands = [[("受理诉求（件）", "petitions_received"), ("办结诉求（件）", "petitions_resolved"),
              ("调解纠纷（起）", "disputes_mediated"), ("新增岗位（个）", "jobs_created"),
              ("公益性岗位（个）", "public_welfare_jobs"), ("实现就业（人）", "people_employed")],
             [("零就业家庭（户）", "zero_employment_households"), ("低保户数（户）", "dibao_households"),
              ("低保人数（人）", "dibao_persons"), ("低保金（元）", "dibao_payout_yuan"),
              ("走访慰问（人）", "people_assisted"), ("慰问物资（件）", "goods_distributed")],
             [("巡逻队员（人）", "patrol_members"), ("信息员（人）", "informants"), ("治安案件（起）", "security_cases"),
              ("注册志愿者（人）", "volunteers"), ("志愿服务（人次）", "volunteer_person_times"),
              ("党员（名）", "party_members")]]
    r = 2
    for band in bands:
        for j, (label, ind) in enumerate(band):
            sh.put(r, j, label)
            val(sh, r + 1, j, code, m, ind)
        r += 2
    sh.merge(r, 0, r, 5, "备注：3月5日学雷锋日、3月20日开斋节期间集中开展志愿服务和走访慰问。")
    save(B1 + "沙洼河村社区2026年3月工作报表.xlsx", [sh], "openpyxl",
         ["comm_form_bands", "label_row_value_row_alternating", "village_community", "notes_dates", "footer_date_trap",
          "xlsx_openpyxl"], (2026, 4, 2, 17, 10))


def build(W):
    c9_tianqing(W)
    c10_nanhe(W)
    c11_yanninglu(W)
    c12_tanjianzicun(W)
    c13_dayantan(W)
    c14_zhangsutan(W)
    c15_tianqing(W)
    c16_shawahecun(W)
