"""Community files, part A (C1–C7)."""
import random

import cs_grid
from cs_common import code, items
from cs_grid import Sheet, cum, miss, pair, val
from cs_writers import save


def c1_three_across():
    """银星 2025-08: label/value pairs three across, units glued, 「N户M人」."""
    s, m = "银星", "2025-08"
    cd = code(s)
    sh = Sheet("8月")
    sh.merge(0, 0, 0, 5, "银星社区2025年8月工作报表")
    sh.row(1, 0, ["项目", "数值", "项目", "数值", "项目", "数值"])
    cells = [("常住户数", "households", "u", "户"), ("常住人口", "residents", "u", "人"), ("流动人口", "floating_population", "u", "人"),
             ("受理居民诉求", "petitions_received", "u", "件"), ("已办结", "petitions_resolved", "u", "件"),
             ("邻里纠纷调解", "disputes_mediated", "u", "起"), ("新增就业岗位", "jobs_created", "u", "个"),
             ("实现就业", "people_employed", "u", "人"), ("低保", "pair", None, None),
             ("低保金", "dibao_payout_yuan", "u", "元"), ("文体活动（广场舞）", "cultural_activities", "u", "场"),
             ("志愿服务", "volunteer_person_times", "u", "人次"), ("高温慰问", None, None, None),
             ("治安案件", "security_cases", "wu", "起"), ("社区工作者", "staff", "u", "人")]
    for i, (lab, ind, style, unit) in enumerate(cells):
        r, c = 2 + i // 3, (i % 3) * 2
        sh.put(r, c, lab)
        if ind == "pair":
            pair(sh, r, c + 1, cd, m)
        elif ind is None:
            sh.put(r, c + 1, "46人次")
        else:
            val(sh, r, c + 1, cd, m, ind, style=style, unit=unit)
    sh.put(8, 0, "填报人：黄丽  联系电话：13874912036  2025年9月2日")
    save("batch1/银星社区2025年8月工作报表.xlsx", [sh], "openpyxl",
         ["community_items", "pairs_three_across", "units_glued", "pair_hu_ren", "wu_is_zero", "phone_trap",
          "xlsx_openpyxl"], (2025, 9, 2, 18, 3))


def c2_months_across():
    """银建 2025-08 … 12: indicators down, months across, a 合计 column of formulas (5-month span, not truth)."""
    s = "银建"
    cd = code(s)
    months = ["2025-08", "2025-09", "2025-10", "2025-11", "2025-12"]
    sh = Sheet("台账")
    sh.merge(0, 0, 0, 8, "银建社区2025年8-12月工作台账")
    sh.row(1, 0, ["序号", "指标", "单位"] + [f"{int(x[5:])}月" for x in months] + ["合计"])
    inds = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
            ("新增就业岗位", "个", "jobs_created"), ("其中：公益性岗位", "个", "public_welfare_jobs"),
            ("职业技能培训", "场", "training_sessions"), ("走访慰问困难群众", "人", "people_assisted"),
            ("文体活动", "场", "cultural_activities"), ("政策宣讲", "次", "lectures_held"),
            ("在册党员", "名", "party_members"), ("注册志愿者（志愿湖南）", "人", "volunteers")]
    for i, (lab, unit, ind) in enumerate(inds):
        r = 2 + i
        sh.row(r, 0, [i + 1, lab, unit])
        for j, mo in enumerate(months):
            val(sh, r, 3 + j, cd, mo, ind)
        if ind in ("party_members", "volunteers"):
            sh.put(r, 8, "—")
        else:
            tot = sum(cs_grid.W.v[(cd, mo, ind)] for mo in months)
            sh.put(r, 8, cs_grid.Formula(f"=SUM(D{r + 1}:H{r + 1})", tot))
    sh.put(13, 0, "备注：8月受高温影响停水停电诉求较多。")
    save("batch1/银建社区2025年8-12月工作台账.xlsx", [sh], "xlsxwriter",
         ["community_items", "months_across", "span_total_formula", "stock_dash_in_total", "xlsx_xlsxwriter"],
         (2026, 1, 6, 9, 30))


def c3_numerals():
    """银太 2025-09 CSV (UTF-8 BOM): 十二 in a cell, 「无」, 「暂无」 (not reported), 千分位."""
    s, m = "银太", "2025-09"
    cd = code(s)
    sh = Sheet("csv")
    sh.put(0, 0, "银太社区2025年9月工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "本月", "备注"])
    r = items(sh, 2, cd, m, [("常住户数", "户", "households", "k"), ("常住人口", "人", "residents", "k"),
                              ("受理群众诉求", "件", "petitions_received", "cn"), ("办结", "件", "petitions_resolved", "cn"),
                              ("矛盾纠纷调解", "起", "disputes_mediated", "wu"), ("新增就业岗位", "个", "jobs_created", "cn"),
                              ("公益性岗位", "个", "public_welfare_jobs", "wu"), ("职业技能培训", "场", "miss", "training_sessions", "暂无"),
                              ("老年人体检", "人", "free_health_checks", "t"), ("信访接待", "次", None, None, (0, 4)),
                              ("在册党员", "名", "party_members", "t"), ("治安案件", "起", "security_cases", "wu")])
    sh.put(r, 0, "报送日期：2025年10月8日")
    save("batch1/银太社区2025年9月工作报表.csv", [sh], "csv-utf8bom",
         ["community_items", "csv_utf8_bom", "chinese_numerals", "wu_is_zero", "zanwu_not_reported",
          "xinfang_outside"], (2025, 10, 8, 8, 40))


def c4_fullwidth():
    """火炬城 2025-10 ODS: full-width digits, 办结率 as 「95%」 text."""
    s, m = "火炬城", "2025-10"
    cd = code(s)
    sh = Sheet("10月")
    sh.put(0, 0, "火炬城社区10月份工作月报")
    sh.put(1, 0, "（2025年度）")
    sh.row(2, 0, ["序号", "工作项目", "单位", "完成数", "备注"])
    r = items(sh, 3, cd, m, [("受理民情诉求", "件", "petitions_received", "fw"), ("诉求办结", "件", "petitions_resolved", "fw"),
                              ("诉求办结率", "%", None, None, (90, 100)), ("新增就业岗位", "个", "jobs_created", "fw"),
                              ("实现就业", "人", "people_employed", "fw"), ("免费健康体检", "人", "free_health_checks", "fw"),
                              ("重阳节走访慰问", "人", "people_assisted", "fw"), ("慰问物资", "件", "goods_distributed", "fw"),
                              ("文体活动", "场", "cultural_activities", "fw"), ("宣讲活动", "次", "lectures_held", "fw"),
                              ("流动人口", "人", "floating_population", "fw")])
    sh.cells[(5, 3)] = (f"{sh.cells[(5, 3)][0]}%", None)
    sh.put(r, 0, "10月29日重阳节集中走访慰问辖区困难老人。")
    save("batch1/火炬城社区2025年10月工作月报.ods", [sh], "odfpy",
         ["community_items", "fullwidth_digits", "rate_text_percent", "year_second_line", "ods"], (2025, 11, 4, 15, 0))


def c5_ytd_beside():
    """英才园 2025-11 WPS .et: 本月 | 1-11月累计 (truth from 本月; 累计 blank for stocks)."""
    s, m = "英才园", "2025-11"
    cd = code(s)
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "英才园社区2025年11月工作情况统计")
    sh.row(1, 0, ["序号", "指标名称", "计量单位", "本月", "1-11月累计"])
    specs = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
             ("调解邻里纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("实现就业", "人", "people_employed"), ("创业担保贷款", "元", "micro_loans_yuan"),
             ("帮扶困难群众", "人", "people_assisted"), ("文体活动", "场", "cultural_activities"),
             ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers"),
             ("巡逻队员", "人", "patrol_members"), ("结对帮扶", "对", "pairings")]
    for i, (lab, unit, ind) in enumerate(specs):
        r = 2 + i
        sh.row(r, 0, [i + 1, lab, unit])
        val(sh, r, 3, cd, m, ind)
        if ind not in ("volunteers", "patrol_members", "pairings"):
            sh.put(r, 4, cs_grid.W.ytd(cd, m, ind))
    save("batch1/英才园社区2025年11月工作情况.et", [sh], "xlwt-et",
         ["community_items", "month_and_ytd", "wps_et", "yuan_loans"], (2025, 12, 3, 10, 20))


def c6_yinhong(batch="batch1"):
    """银鸿 2025-12: 约, 「/」, 「—」, blank, 「1.25万元」 in a 元 row. batch2 resends it corrected."""
    s, m = "银鸿", "2025-12"
    cd = code(s)
    sh = Sheet("12月")
    title = "银鸿社区2025年12月工作月报" + ("（更正）" if batch == "batch2" else "")
    sh.merge(0, 0, 0, 4, title)
    sh.row(1, 0, ["序号", "项目", "单位", "数量", "备注"])
    r = items(sh, 2, cd, m, [("常住人口", "人", "residents", "k"), ("受理诉求", "件", "petitions_received", "n"),
                              ("办结", "件", "petitions_resolved", "n"), ("城镇新增就业", "人", "people_employed", "yue"),
                              ("零就业家庭", "户", "zero_employment_households", "wu"),
                              ("职业技能培训", "场", "miss", "training_sessions", "/"),
                              ("低保户数", "户", "dibao_households", "n"), ("低保人数", "人", "dibao_persons", "n"),
                              ("低保金发放", "元", "dibao_payout_yuan", "wan", "元"),
                              ("志愿服务", "人次", "volunteer_person_times", "yue", "人次"),
                              ("平安信息员", "人", "informants", "n"), ("治安案件", "起", "miss", "security_cases", "—"),
                              ("社区工作者", "人", "staff", "n"), ("宣讲活动", "次", "miss", "lectures_held", "")])
    sh.put(r - 3, 4, "派出所数据未反馈")
    if batch == "batch2":
        sh.put(r, 0, "更正说明：原报受理诉求、办结数有误，已按一网统管平台核对更正。2026年1月12日")
    rel = f"{batch}/银鸿社区2025年12月月报" + ("（更正）" if batch == "batch2" else "") + ".xlsx"
    save(rel, [sh], "openpyxl", ["community_items", "approx_yue", "slash_dash_blank", "wanyuan_in_yuan_row",
                                 "xlsx_openpyxl"] + (["correction_full_resend"] if batch == "batch2" else []),
         (2026, 1, 12, 9, 0) if batch == "batch2" else (2026, 1, 5, 17, 30))


def c7_wuchang():
    """桐梓坡 2026-01 .xls: 屋场会, 网格化管理, 12345 part of 受理 (其中), a 完成情况 sentence."""
    s, m = "桐梓坡", "2026-01"
    cd = code(s)
    sh = Sheet("1月")
    sh.put(0, 0, "桐梓坡社区2026年1月工作报表")
    sh.row(1, 0, ["序号", "工作内容", "计量单位", "完成数", "备注"])
    w = cs_grid.W.v
    rec = w[(cd, m, "petitions_received")]
    r = items(sh, 2, cd, m, [("受理居民诉求（含12345市长热线转办）", "件", "petitions_received", "n"),
                              ("其中：12345市长热线转办", "件", None, None, (rec // 2, rec // 2)),
                              ("诉求办结", "件", "petitions_resolved", "n"), ("召开屋场会", "场", None, None, (1, 4)),
                              ("网格化管理事件上报", "件", None, None, (30, 90)), ("邻里纠纷调解", "起", "disputes_mediated", "n"),
                              ("低保", "户/人", "pair"), ("春节走访慰问", "人", "people_assisted", "n"),
                              ("发放慰问品", "件", "goods_distributed", "n"), ("消防安全检查", "家次", None, None, (10, 40)),
                              ("在册党员", "名", "party_members", "n"), ("党员结对帮扶", "对", "pairings", "n"),
                              ("创文志愿服务", "人次", "volunteer_person_times", "n")])
    sh.put(r, 1, "备注：1月22日召开迎新春屋场会，收集意见12条。")
    save("batch1/桐梓坡社区2026年1月工作报表.xls", [sh], "xlwt",
         ["community_items", "hotline_part_qizhong", "wuchanghui_outside", "grid_events_outside", "pair_hu_ren",
          "xls"], (2026, 2, 4, 11, 11))


def build():
    for f in (c1_three_across, c2_months_across, c3_numerals, c4_fullwidth, c5_ytd_beside, c6_yinhong, c7_wuchang):
        f()
