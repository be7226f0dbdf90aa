"""Community files, part B (C8–C13)."""
import random

import cs_grid
from cs_common import code, items, name
from cs_grid import Sheet, miss, pair, qval, val
from cs_writers import save


def c8_across_units_row():
    """银桥 2026-02: indicators across, one data row, units on a second header row, 春节 notes."""
    s, m = "银桥", "2026-02"
    cd = code(s)
    sh = Sheet("Sheet1")
    sh.put(0, 0, "银桥社区2026年2月主要工作数据")
    cols = [("常住户数", "（户）", "households"), ("常住人口", "（人）", "residents"), ("流动人口", "（人）", "floating_population"),
            ("受理诉求", "（件）", "petitions_received"), ("办结", "（件）", "petitions_resolved"),
            ("春节走访慰问", "（人）", "people_assisted"), ("慰问物资", "（件）", "goods_distributed"),
            ("文体活动\n（含广场舞）", "（场）", "cultural_activities"), ("志愿服务", "（人次）", "volunteer_person_times"),
            ("注册志愿者", "（人）", "volunteers"), ("低保金", "（万元）", "dibao_payout_yuan")]
    sh.put(1, 0, "社区")
    sh.put(2, 0, "单位")
    sh.put(3, 0, "银桥社区")
    for j, (h, u, ind) in enumerate(cols):
        sh.put(1, 1 + j, h)
        sh.put(2, 1 + j, u)
        val(sh, 3, 1 + j, cd, m, ind, div=10000 if ind == "dibao_payout_yuan" else 1)
    sh.put(5, 0, "说明：2月17日春节，2月10日—16日集中走访慰问；流动人口返乡较多。")
    save("batch1/银桥社区2026年2月报表.xlsx", [sh], "xlsxwriter",
         ["indicators_across_one_row", "units_second_header_row", "wanyuan_units_row", "newline_in_header",
          "spring_festival_note", "xlsx_xlsxwriter"], (2026, 3, 3, 10, 0))


def c9_months_down():
    """林海 2025-09 … 2026-02: months down written 「2025.09」, indicators across, 四季度小计 (quarter)."""
    s = "林海"
    cd = code(s)
    sh = Sheet("台账")
    sh.put(0, 0, "林海社区工作台账（2025年9月至2026年2月）")
    inds = [("受理诉求(件)", "petitions_received"), ("办结(件)", "petitions_resolved"), ("新增岗位(个)", "jobs_created"),
            ("实现就业(人)", "people_employed"), ("低保户(户)", "dibao_households"), ("低保人数(人)", "dibao_persons"),
            ("老年人体检(人)", "free_health_checks"), ("文体活动(场)", "cultural_activities"),
            ("宣讲(次)", "lectures_held"), ("党员(名)", "party_members")]
    sh.row(1, 0, ["月份"] + [h for h, _ in inds])
    r = 2
    for mo in ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"]:
        sh.put(r, 0, f"{mo[:4]}.{mo[5:]}")
        for j, (_, ind) in enumerate(inds):
            val(sh, r, 1 + j, cd, mo, ind)
        r += 1
        if mo == "2025-12":
            sh.put(r, 0, "四季度小计")
            for j, (_, ind) in enumerate(inds):
                if ind in ("dibao_households", "dibao_persons", "party_members"):
                    sh.put(r, 1 + j, "—")
                else:
                    qval(sh, r, 1 + j, cd, "2025-Q4", ind)
            r += 1
    sh.put(r + 1, 0, "制表：林海社区居委会  2026年3月2日")
    save("batch1/林海社区工作台账（2025年9月至2026年2月）.xlsx", [sh], "openpyxl",
         ["months_down_dotted", "quarter_subtotal_row", "halfwidth_brackets", "xlsx_openpyxl"], (2026, 3, 2, 16, 0))


def c10_tongpenhu():
    """铜盆湖 2025-10: full name with the street in the title; 类别 merged down; 在职党员报到 outside."""
    s, m = "铜盆湖", "2025-10"
    cd = code(s)
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 4, "岳麓区银盆岭街道铜盆湖社区2025年10月工作报表")
    sh.row(1, 0, ["类别", "指标", "单位", "本月数", "备注"])
    groups = [("民情诉求", [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
                          ("屋场会", "场", None)]),
              ("就业保障", [("新增就业岗位", "个", "jobs_created"), ("公益性岗位", "个", "public_welfare_jobs"),
                          ("失业再就业", "人", None), ("零就业家庭", "户", "zero_employment_households")]),
              ("民政", [("低保户", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
                      ("临时救助", "人次", None)]),
              ("党建", [("在册党员", "名", "party_members"), ("在职党员报到", "名", None), ("结对帮扶", "对", "pairings")]),
              ("平安", [("巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
                      ("治安案件", "起", "security_cases")])]
    rnd = random.Random(40)
    r = 2
    for g, rows in groups:
        sh.merge(r, 0, r + len(rows) - 1, 0, g)
        for lab, unit, ind in rows:
            sh.row(r, 1, [lab, unit])
            if ind:
                val(sh, r, 3, cd, m, ind)
            else:
                sh.put(r, 3, rnd.randint(1, 30))
            r += 1
    sh.put(r, 0, "报送：铜盆湖社区居委会  2025年11月5日")
    save("batch1/铜盆湖社区2025年10月工作报表.xlsx", [sh], "openpyxl",
         ["community_items", "category_merged_down", "street_name_in_title", "name_near_street", "outside_rows",
          "xlsx_openpyxl"], (2025, 11, 5, 9, 45))


def c11_yinshuang():
    """银双 2025-12 CSV (GBK): 0.95 as a fraction rate, 「N户M人」, 千分位, blank for 0 (ignore)."""
    s, m = "银双", "2025-12"
    cd = code(s)
    sh = Sheet("csv")
    sh.row(0, 0, ["银双社区2025年12月报表"])
    sh.row(1, 0, ["指标", "数值", "单位"])
    r = items(sh, 2, cd, m, [("常住人口", "人", "residents", "k"), ("户数", "户", "households", "k"),
                              ("受理诉求", "件", "petitions_received", "t"), ("办结", "件", "petitions_resolved", "t"),
                              ("办结率", "", None, None, (0, 0)), ("低保（户/人）", "", "pair"),
                              ("创业担保贷款", "万元", "micro_loans_yuan", "t"), ("公益性岗位", "个", "miss", "public_welfare_jobs", ""),
                              ("注册志愿者", "人", "volunteers", "k"), ("志愿服务", "人次", "volunteer_person_times", "t")],
              c_label=0, c_unit=2, c_val=1, seq=False)
    w = cs_grid.W.v
    sh.put(6, 1, f"{w[(cd, m, 'petitions_resolved')] / w[(cd, m, 'petitions_received')]:.2f}")
    # 创业担保贷款 written in 万元 by its 单位 column
    sh.cells[(8, 1)] = (f"{w[(cd, m, 'micro_loans_yuan')] / 10000:g}", None)
    sh.recs[(8, 1)] = [("truth", (cd, m, "micro_loans_yuan"), w[(cd, m, "micro_loans_yuan")], "primary")]
    save("batch1/银双社区2025年12月报表.csv", [sh], "csv-gbk",
         ["community_items", "csv_gbk", "rate_fraction", "pair_hu_ren", "wanyuan_unit_column", "blank_not_reported"],
         (2026, 1, 4, 20, 15))


def c12_yinxing_jan():
    """银星 2026-01: 「（2026年）」 only in the sheet name 「2026年1月」; two sheets (数据, 说明)."""
    s, m = "银星", "2026-01"
    cd = code(s)
    sh = Sheet("2026年1月")
    sh.put(0, 0, "银星社区工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "本月"])
    r = items(sh, 2, cd, m, [("常住户数", "户", "households"), ("常住人口", "人", "residents"),
                              ("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
                              ("新增就业", "人", "people_employed"), ("技能培训", "场", "training_sessions"),
                              ("走访慰问", "人", "people_assisted"), ("注册志愿者", "人", "volunteers"),
                              ("平安巡逻队员", "人", "patrol_members"), ("社区工作者", "人", "staff")])
    note = Sheet("说明")
    note.put(0, 0, "1.新增就业为实现就业人数（含灵活就业）。2.报送时间：2月3日。")
    save("batch1/银星社区工作报表.xlsx", [sh, note], "openpyxl",
         ["community_items", "period_only_in_sheet_name", "note_sheet", "xlsx_openpyxl"], (2026, 2, 3, 9, 20))


def c13_huoju_feb():
    """火炬城 2026-02 ODS: two sheets by theme; 「N户M人」; 「约」."""
    s, m = "火炬城", "2026-02"
    cd = code(s)
    a = Sheet("民生")
    a.put(0, 0, "火炬城社区2026年2月民生工作")
    a.row(1, 0, ["序号", "项目", "单位", "数值"])
    items(a, 2, cd, m, [("受理群众诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
                        ("低保", "户/人", "pair"), ("低保金", "元", "dibao_payout_yuan", "k"),
                        ("春节走访慰问困难群众", "人", "people_assisted", "yue", "人"),
                        ("新增就业岗位", "个", "jobs_created"), ("零就业家庭", "户", "zero_employment_households", "wu")])
    b = Sheet("党建平安")
    b.put(0, 0, "火炬城社区2026年2月党建和平安工作")
    b.row(1, 0, ["序号", "项目", "单位", "数值"])
    items(b, 2, cd, m, [("在册党员", "名", "party_members"), ("结对帮扶", "对", "pairings"),
                        ("治安巡逻队员", "人", "patrol_members"), ("治安案件", "起", "security_cases", "wu"),
                        ("邻里纠纷调解", "起", "disputes_mediated")])
    save("batch1/火炬城社区2026年2月工作月报.ods", [a, b], "odfpy",
         ["community_items", "two_sheets_by_theme", "pair_hu_ren", "approx_yue", "ods"], (2026, 3, 3, 15, 30))


def build():
    for f in (c8_across_units_row, c9_months_down, c10_tongpenhu, c11_yinshuang, c12_yinxing_jan, c13_huoju_feb):
        f()
