"""Street-office files, part A (S1–S7)."""
import random

import cs_grid
from cs_common import code, name, table
from cs_grid import Sheet, cum, val
from cs_world import COMMUNITIES
from cs_writers import save

SHORTS = [c[0] for c in COMMUNITIES]


def s1_basic():
    """Basic data, 2025-08: 常住人口 in 万人 with four decimals, frozen header, 户籍人口 outside."""
    m = "2025-08"
    sh = Sheet("基本情况")
    sh.merge(0, 0, 0, 7, "银盆岭街道社区基本情况统计表（2025年8月）")
    sh.put(1, 0, "填报单位：银盆岭街道社区建设办")
    sh.put(1, 6, "单位：户、万人、人")
    sh.row(2, 0, ["序号", "社区", "常住户数（户）", "常住人口（万人）", "其中：户籍人口（万人）", "流动人口（人）",
                  "社区工作者（人）", "网格数（个）"])
    rnd = random.Random(11)
    r = table(sh, 3, 0, [("v", "households"), ("v", "residents", "n", 10000, "0.0000"), ("o", 3000, 9000),
                         ("v", "floating_population"), ("v", "staff"), ("o", 4, 12)], m, form="sq", rnd=rnd)
    # the outside 户籍人口 column is written in 万人 like its header
    for rr in range(3, r):
        v = sh.cells.get((rr, 4))
        if v and isinstance(v[0], int):
            sh.cells[(rr, 4)] = (round(v[0] / 10000, 4), "0.0000")
    sh.put(r + 1, 0, "填报人：周晓敏    审核人：刘建军    填报日期：2025年9月3日")
    sh.freeze = (3, 2)
    sh.print_rows = "1:3"
    save("batch1/银盆岭街道社区基本情况统计表（2025年8月）.xlsx", [sh], "openpyxl",
         ["street_rows", "wanren_column_4dp", "freeze_panes_print_titles", "huji_outside", "grid_count_outside",
          "total_row", "footer_date_trap", "xlsx_openpyxl"], (2025, 9, 3, 16, 20))


def s2_hotline():
    """2025-09: 12345市长热线 / 信访 / 网格上报 parts and 受理合计; 办结率 as a % fraction; 屋场会 outside."""
    m = "2025-09"
    sh = Sheet("9月")
    sh.merge(0, 0, 0, 9, "银盆岭街道2025年9月民情诉求（12345市长热线、信访）办理情况统计表")
    hdr = ["序号", "社区", "12345市长热线交办（件）", "信访（件次）", "网格员走访收集（件）", "受理合计（件）", "办结（件）",
           "办结率", "邻里纠纷调解（起）", "屋场会（场）"]
    sh.row(1, 0, hdr)
    rnd = random.Random(12)
    r = 2
    for i, s in enumerate(SHORTS):
        cd = code(s)
        tot = cs_grid.W.v[(cd, m, "petitions_received")]
        a = int(tot * rnd.uniform(.45, .6))
        b = rnd.randint(0, min(3, tot - a))
        sh.row(r, 0, [i + 1, name(s, "jwh"), a, b, tot - a - b])
        val(sh, r, 5, cd, m, "petitions_received")
        val(sh, r, 6, cd, m, "petitions_resolved")
        sh.put(r, 7, round(cs_grid.W.v[(cd, m, "petitions_resolved")] / tot, 4), "0.00%")
        val(sh, r, 8, cd, m, "disputes_mediated")
        sh.put(r, 9, rnd.randint(0, 3))
        r += 1
    sh.put(r, 1, "全街道")
    sh.put(r + 1, 0, "注：受理合计=12345市长热线交办+信访+网格员走访收集；屋场会为“屋场恳谈会”。联系电话：0731-88512366")
    save("batch1/银盆岭街道2025年9月12345市长热线及信访工作统计.xls", [sh], "xlwt",
         ["street_rows", "channels_sum_to_total", "rate_percent_fraction", "wuchanghui_outside", "names_jwh",
          "phone_trap", "xls"], (2025, 10, 9, 10, 5))


def s3_catalogue():
    """2025-10: a 目录 sheet and one sheet per indicator; 创业担保贷款 in 万元."""
    m = "2025-10"
    toc = Sheet("目录")
    toc.put(0, 0, "银盆岭街道2025年10月就业工作指标统计（分表）")
    toc.row(1, 0, ["表号", "表名", "报送科室"])
    defs = [("表1", "新增就业岗位", "jobs_created", "个", 1, None), ("表2", "公益性岗位开发", "public_welfare_jobs", "个", 1, None),
            ("表3", "实现就业（含灵活就业）", "people_employed", "人", 1, None),
            ("表4", "零就业家庭", "zero_employment_households", "户", 1, None),
            ("表5", "创业担保贷款发放", "micro_loans_yuan", "万元", 10000, "0.0"),
            ("表6", "职业技能培训", "training_sessions", "场", 1, None)]
    sheets = [toc]
    for i, (no, title, ind, unit, div, fmt) in enumerate(defs):
        toc.row(2 + i, 0, [no, title, "社会事务办（就业）"])
        sh = Sheet(f"{no}{title[:4]}")
        sh.put(0, 0, f"{no}  {title}情况（2025年10月）")
        sh.row(1, 0, ["序号", "社区", f"本月（{unit}）", "备注"])
        table(sh, 2, 0, [("v", ind, "n", div, fmt)], m, form="sq", total="小计")
        if ind == "zero_employment_households":
            sh.put(2, 3, "已落实帮扶措施")
        sheets.append(sh)
    toc.put(9, 0, "说明：各表均为本月数；表5单位为万元。")
    save("batch1/银盆岭街道2025年10月就业工作指标（分表）.xlsx", sheets, "openpyxl",
         ["toc_sheet", "sheet_per_indicator", "wanyuan_header", "subtotal_row", "xlsx_openpyxl"], (2025, 11, 6, 9, 0))


def s4_relief():
    """Months down, one sheet per community (2025-08 … 2026-01); 特困 / 临时救助 outside."""
    months = cs_grid.W.period[:6]
    sheets = []
    for s in SHORTS:
        cd = code(s)
        sh = Sheet(s)
        sh.put(0, 0, f"{name(s, 'sq')}社会救助台账（2025年8月-2026年1月）")
        sh.row(1, 0, ["月份", "低保户数（户）", "低保人数（人）", "低保金（元）", "特困供养（人）", "临时救助（元）"])
        rnd = random.Random(s)
        for i, m in enumerate(months):
            r = 2 + i
            sh.put(r, 0, "2025年8月" if i == 0 else ("2026年1月" if m == "2026-01" else f"{int(m[5:])}月"))
            val(sh, r, 1, cd, m, "dibao_households")
            val(sh, r, 2, cd, m, "dibao_persons")
            val(sh, r, 3, cd, m, "dibao_payout_yuan")
            sh.put(r, 4, rnd.randint(0, 3))
            sh.put(r, 5, rnd.choice((0, 0, 800, 1500, 2000)))
        sheets.append(sh)
    save("batch1/银盆岭街道社会救助台账（2025年8月-2026年1月）.ods", sheets, "odfpy",
         ["sheet_per_community", "months_down", "year_change_in_rows", "tekun_linshi_outside", "ods"],
         (2026, 2, 5, 11, 40))


def s5_stacked():
    """2025-11: two tables stacked on one sheet, each with its title, header and 合计 (SUM formulas)."""
    m = "2025-11"
    sh = Sheet("Sheet1")
    sh.put(0, 0, "银盆岭街道2025年11月新时代文明实践和志愿服务统计")
    sh.put(1, 0, "一、新时代文明实践活动开展情况")
    sh.row(2, 0, ["序号", "社区", "文体活动（场）（含广场舞）", "宣讲活动（次）", "参与群众（人次）"])
    r = table(sh, 3, 0, [("v", "cultural_activities"), ("v", "lectures_held"), ("o", 100, 900)], m, total=None)
    sh.put(r, 1, "合计")
    for c in (2, 3, 4):
        col = "CDE"[c - 2]
        tot = sum(int(sh.cells[(rr, c)][0]) for rr in range(3, r))
        sh.put(r, c, cs_grid.Formula(f"=SUM({col}4:{col}{r})", tot))
    r2 = r + 2
    sh.put(r2, 0, "二、志愿服务情况（“志愿湖南”平台数据）")
    sh.row(r2 + 1, 0, ["序号", "社区", "注册志愿者（人）", "志愿服务（人次）", "服务时长（小时）", "本月新增注册（人）"])
    table(sh, r2 + 2, 0, [("v", "volunteers"), ("v", "volunteer_person_times"), ("o", 300, 2400), ("o", 3, 30)], m)
    save("batch1/银盆岭街道2025年11月新时代文明实践和志愿服务统计.xlsx", [sh], "xlsxwriter",
         ["two_tables_stacked", "formula_total", "volunteer_hours_outside", "xlsx_xlsxwriter"], (2025, 12, 4, 15, 12))


def s6_cumulative():
    """Only 1-11月累计 and 1-12月累计: the December value is their difference (truth)."""
    m = "2025-12"
    sh = Sheet("就业进度")
    sh.merge(0, 0, 0, 8, "银盆岭街道2025年1-12月就业工作进度表")
    sh.merge(1, 0, 2, 0, "序号")
    sh.merge(1, 1, 2, 1, "社区")
    sh.merge(1, 2, 1, 5, "新增就业岗位（个）")
    sh.merge(1, 6, 1, 8, "城镇新增就业（人）")
    sh.row(2, 2, ["全年任务", "1-11月累计", "1-12月累计", "完成率", "1-11月累计", "1-12月累计", "完成率"])
    rnd = random.Random(16)
    for i, s in enumerate(SHORTS):
        cd, r = code(s), 3 + i
        sh.row(r, 0, [i + 1, name(s, "sq")])
        task = (cs_grid.W.ytd(cd, m, "jobs_created") // 50 + 1) * 50
        sh.put(r, 2, task)
        sh.put(r, 3, cs_grid.W.ytd(cd, "2025-11", "jobs_created"))
        cum(sh, r, 4, cd, m, "jobs_created")
        sh.put(r, 5, round(cs_grid.W.ytd(cd, m, "jobs_created") / task, 4), "0.0%")
        sh.put(r, 6, cs_grid.W.ytd(cd, "2025-11", "people_employed"))
        cum(sh, r, 7, cd, m, "people_employed")
        sh.put(r, 8, f"{100 * cs_grid.W.ytd(cd, m, 'people_employed') / (task * .8):.1f}%")
    sh.put(3 + len(SHORTS), 1, "合计")
    sh.put(5 + len(SHORTS), 0, "注：城镇新增就业全年任务按新增岗位任务的80%下达。截至2025年12月31日。")
    save("batch1/银盆岭街道2025年1-12月就业工作进度表.xlsx", [sh], "xlsxwriter",
         ["ytd_only_difference", "annual_target", "completion_rate", "two_row_header", "xlsx_xlsxwriter"],
         (2026, 1, 7, 10, 30))


def s7_export():
    """2025-12: 一网统管 platform export, tab-separated GBK text named .xls; the department's own 指标编码."""
    m = "2025-12"
    sh = Sheet("export")
    sh.row(0, 0, ["序号", "区划代码", "街道", "社区", "统计期", "指标编码", "指标名称", "数值", "计量单位"])
    spec = [("YPL-MQ-01", "受理群众诉求", "petitions_received", "件"), ("YPL-MQ-02", "诉求办结", "petitions_resolved", "件"),
            ("YPL-MQ-03", "按期办结率", "rate", "%"), ("YPL-WG-01", "网格事件上报", None, "件"),
            ("YPL-WG-02", "网格事件处置", None, "件"), ("YPL-PA-01", "治安案件", "security_cases", "起"),
            ("YPL-PA-02", "矛盾纠纷调解", "disputes_mediated", "起")]
    r, n = 1, 1
    rnd = random.Random(17)
    for s in SHORTS:
        cd = code(s)
        for ec, label, ind, unit in spec:
            sh.row(r, 0, [str(n), cd, "银盆岭街道", name(s, "reg"), "202512", ec, label])
            if ind == "rate":
                a, b = (cs_grid.W.v[(cd, m, x)] for x in ("petitions_resolved", "petitions_received"))
                sh.put(r, 7, f"{100 * a / b:.2f}")
            elif ind is None:
                sh.put(r, 7, str(rnd.randint(20, 160)))
            else:
                val(sh, r, 7, cd, m, ind, style="t")
            sh.put(r, 8, unit)
            r += 1
            n += 1
    sh.put(r, 0, "导出时间：2026-01-05 08:47:31   导出人：ypl_admin   数据来源：长沙市“一网统管”平台")
    save("batch1/一网统管平台数据导出_银盆岭街道_202512.xls", [sh], "tsv-xls",
         ["tsv_named_xls", "long_export", "dept_indicator_codes", "registry_names", "grid_events_outside",
          "rate_rows", "export_time_trap"], (2026, 1, 5, 8, 50))


def build():
    for f in (s1_basic, s2_hotline, s3_catalogue, s4_relief, s5_stacked, s6_cumulative, s7_export):
        f()
