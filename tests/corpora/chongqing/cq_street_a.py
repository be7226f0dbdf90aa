"""Street-office files, part A (7 files): 网格化 月报, 民生热线 long export, 社会救助 .xls, 就业 本月|本年累计,
平安 .et (communities across), 党建 .ods (党委 names), 人口基础信息 GBK CSV."""
import random

from cq_grid import Sheet, header, miss, pair, val
from cq_names import nm
from cq_render import wan
from cq_world import CODES
from cq_writers import save

FOOT = "填报人：谭晓燕        审核：刘德明        联系电话：023-68615327"


def s1_grid(W):
    m = "2025-11"
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 11, "石油路街道2025年11月网格化服务管理工作月报表")
    sh.put(1, 0, "填报单位：石油路街道网格化服务管理中心（盖章）")
    sh.put(1, 9, "单位：户、件、起、场")
    leaves = header(sh, 2, 0, [("序号", 0), ("社区", 1), ("网格数（个）", "grids"), ("民情家访（户）", "家访"),
                               ("群众诉求", [("受理（件）", "petitions_received"), ("办结（件）", "petitions_resolved"),
                                         ("办结率", "rate")]),
                               ("矛盾纠纷排查化解", [("排查（次）", "排查"), ("化解（起）", "disputes_mediated")]),
                               ("院坝会（场）", "院坝会"), ("备注", "note")], 2)
    r = 4
    tot = {}
    for i, code in enumerate(CODES):
        for c, leaf in leaves:
            if leaf == 0:
                sh.put(r, c, i + 1)
            elif leaf == 1:
                sh.put(r, c, nm(code, "short"))
            elif leaf == "grids":
                sh.put(r, c, 4 + i % 4)
            elif leaf in ("家访", "排查", "院坝会"):
                sh.put(r, c, W.out[(code, m, leaf)])
            elif leaf == "rate":
                a, b = W.v[(code, m, "petitions_resolved")], W.v[(code, m, "petitions_received")]
                sh.put(r, c, round(a / b, 4), "0.00%")
            elif leaf == "note":
                if code == "500103014008":
                    sh.put(r, c, "含协助金银湾社区化解1起")
            else:
                val(sh, r, c, code, m, leaf)
                tot[c] = tot.get(c, 0) + W.v[(code, m, leaf)]
        r += 1
    sh.put(r, 1, "合计")
    for c, t in tot.items():
        sh.put(r, c, t)
    sh.put(r + 2, 0, FOOT + "        报送时间：2025年12月3日")
    save("batch1/石油路街道2025年11月网格化服务管理月报.xlsx", [sh], "openpyxl",
         ["street_rows", "title_month", "two_level_header", "outside_columns", "derived_rate_pct", "total_row",
          "notes_name_other_community", "footer_date", "xlsx_openpyxl"], (2025, 12, 3, 16, 20))


def s2_hotline(W):
    R = random.Random(702)
    sh = Sheet("工单统计")
    sh.put(0, 0, "渝中区民生服务热线工单分社区统计（石油路街道）")
    sh.put(1, 0, "统计时段：2025-12-01 至 2026-01-31")
    sh.put(1, 7, "导出时间：2026-02-03 10:21:47")
    sh.row(2, 0, ["序号", "月份", "街道", "社区", "12345转办", "区长信箱", "来电来访", "受理合计", "已办结", "办理中",
                  "按时办结率"])
    r, n = 3, 1
    for m in ("2025-12", "2026-01"):
        st = [0] * 5
        for code in CODES:
            rec = W.v[(code, m, "petitions_received")]
            res = W.v[(code, m, "petitions_resolved")]
            a = int(rec * R.uniform(0.45, 0.65))
            b = R.randint(0, max(0, min(3, rec - a)))
            sh.row(r, 0, [n, f"{int(m[:4])}年{int(m[5:])}月", "石油路街道", nm(code, "reg"), a, b, rec - a - b])
            val(sh, r, 7, code, m, "petitions_received")
            val(sh, r, 8, code, m, "petitions_resolved")
            sh.put(r, 9, rec - res)
            sh.put(r, 10, f"{100 * R.uniform(0.93, 1):.1f}%")
            for j, x in enumerate([a, b, rec - a - b, rec, res]):
                st[j] += x
            r, n = r + 1, n + 1
        sh.row(r, 2, ["小计", None] + st)
        r += 1
    save("batch1/民生热线工单分社区统计（石油路街道2025年12月-2026年1月）.xlsx", [sh], "xlsxwriter",
         ["street_rows", "long_format_export", "month_column_text", "span_two_months", "source_parts_columns",
          "names_registry", "subtotal_rows", "export_time_trap", "xlsx_xlsxwriter"], (2026, 2, 3, 10, 40))


def s3_relief(W):
    m = "2026-01"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 6, "石油路街道2026年1月社会救助工作统计表")
    sh.put(1, 0, "单位：户、人、万元")
    sh.row(2, 0, ["序号", "社区", "城市低保（户/人）", "低保金发放（万元）", "特困供养（户/人）", "临时救助（人次）", "备注"])
    r = 3
    th = tp = tpay = 0
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, nm(code, "sq"))
        pair(sh, r, 2, code, m)
        val(sh, r, 3, code, m, "dibao_payout_yuan", style="wan", fmt="0.00")
        k = W.out[(code, m, "特困户")]
        sh.put(r, 4, f"{k}户{k}人" if k else "/")
        sh.put(r, 5, W.out[(code, m, "临时救助")])
        th += W.v[(code, m, "dibao_households")]
        tp += W.v[(code, m, "dibao_persons")]
        tpay += W.v[(code, m, "dibao_payout_yuan")]
        r += 1
    sh.put(r, 1, "合计")
    sh.put(r, 2, f"{th}户{tp}人")
    sh.put(r, 3, wan(tpay), "0.00")
    sh.put(r + 1, 0, "注：低保金含春节一次性生活补贴前的正常发放数；特困人员不计入低保。")
    sh.put(r + 2, 0, "填报人：冉春梅    审核：刘德明    2026年2月4日")
    save("batch1/石油路街道2026年1月社会救助工作统计表.xls", [sh], "xlwt",
         ["street_rows", "title_month", "pair_hu_ren", "wanyuan_header", "outside_columns_tekun", "total_row",
          "footer_date", "xls"], (2026, 2, 4, 11, 5))


def s4_jobs(W):
    m = "2026-02"
    sh = Sheet("就业")
    sh.merge(0, 0, 0, 14, "石油路街道就业和社会保障工作统计表")
    sh.merge(1, 0, 1, 14, "（2026年2月）")
    tree = [("序号", 0), ("社区", 1),
            ("新增就业岗位（个）", [("本月", ("jobs_created", 0)), ("本年累计", ("jobs_created", 1))]),
            ("其中：公益性岗位（个）", [("本月", ("public_welfare_jobs", 0)), ("本年累计", ("public_welfare_jobs", 1))]),
            ("公益性岗位占比（%）", "share"),
            ("城镇新增就业（人）", [("本月", ("people_employed", 0)), ("本年累计", ("people_employed", 1))]),
            ("零就业家庭（户）", ("zero_employment_households", 0)), ("稳岗返还企业（户）", "稳岗"),
            ("创业担保贷款（万元）", [("本月", ("micro_loans_yuan", 0)), ("本年累计", ("micro_loans_yuan", 1))]),
            ("职业技能培训（场）", ("training_sessions", 0))]
    leaves = header(sh, 2, 0, tree, 2)
    r = 4
    for i, code in enumerate(CODES):
        for c, leaf in leaves:
            if leaf == 0:
                sh.put(r, c, i + 1)
            elif leaf == 1:
                sh.put(r, c, nm(code, "short"))
            elif leaf == "share":
                j = W.v[(code, m, "jobs_created")]
                sh.put(r, c, round(100 * W.v[(code, m, "public_welfare_jobs")] / j, 1) if j else "—")
            elif leaf == "稳岗":
                sh.put(r, c, W.out[(code, m, "稳岗")])
            else:
                ind, cum = leaf
                loan = ind == "micro_loans_yuan"
                if cum:
                    x = W.cum(code, m, ind)
                    sh.put(r, c, wan(x) if loan else x)
                else:
                    val(sh, r, c, code, m, ind, style="wan" if loan else "n")
        r += 1
    sh.put(r + 1, 0, "说明：本年累计自2026年1月1日起算；公益性岗位含在新增就业岗位内。")
    sh.put(r + 2, 0, "石油路街道劳动就业和社会保障服务所    2026年3月5日")
    save("batch1/石油路街道就业和社会保障工作统计表（2026年2月）.xlsx", [sh], "openpyxl",
         ["street_rows", "title_month_second_line", "two_level_header", "month_and_ytd", "derived_share",
          "chengzhen_xinzeng_is_employed", "wanyuan_header", "outside_columns", "xlsx_openpyxl"], (2026, 3, 5, 9, 40))


def s5_safety(W):
    m = "2025-12"
    sh = Sheet("平安建设")
    sh.merge(0, 0, 0, 13, "石油路街道平安建设工作情况统计表")
    sh.put(1, 0, "统计月份：2025年12月")
    sh.row(2, 0, ["序号", "项目", "单位"] + [nm(c) for c in CODES] + ["合计"])
    rows = [("群防群治巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
            ("治安案件（立案）", "起", "security_cases"), ("矛盾纠纷调解", "起", "disputes_mediated"),
            ("燃气安全隐患排查整治", "处", "燃气"), ("五长制·楼栋长", "人", "楼栋长")]
    for i, (label, unit, ind) in enumerate(rows):
        r = 3 + i
        sh.row(r, 0, [i + 1, label, unit])
        t = 0
        for j, code in enumerate(CODES):
            if ind in W.out_names:
                sh.put(r, 3 + j, W.out[(code, m, ind)])
                t += W.out[(code, m, ind)]
            else:
                val(sh, r, 3 + j, code, m, ind, style="wu" if ind == "security_cases" else "n")
                t += W.v[(code, m, ind)]
        sh.put(r, 13, t)
    sh.put(10, 0, "备注：12月开展冬季燃气安全专项排查，五长制楼栋长为月末在册数。")
    sh.put(11, 0, "填报：街道平安办 何静  13983165207")
    save("batch1/石油路街道平安建设工作情况统计表12月.et", [sh], "xlwt-et",
         ["street_columns", "indicators_down", "unit_column", "month_in_cell", "wu_is_zero", "total_column",
          "outside_rows", "wps_et_xls"], (2026, 1, 6, 15, 12))


def s6_party(W):
    m = "2026-03"
    sh = Sheet("党建")
    sh.put(0, 0, "石油路街道2026年3月党建和志愿服务工作统计")
    sh.row(1, 0, ["序号", "党组织名称", "党员数(名)", "其中：退役军人(名)", "流动党员(名)", "党员结对帮扶(对)",
                  "注册志愿者(人)", "志愿服务(人次)", "志愿服务时长(小时)"])
    for i, code in enumerate(CODES):
        r = 2 + i
        sh.row(r, 0, [i + 1, nm(code, "party")])
        val(sh, r, 2, code, m, "party_members")
        sh.put(r, 3, min(W.out[(code, m, "退役军人")], W.v[(code, m, "party_members")]) // 4)
        sh.put(r, 4, (i * 7) % 9 + 2)
        val(sh, r, 5, code, m, "pairings")
        val(sh, r, 6, code, m, "volunteers")
        val(sh, r, 7, code, m, "volunteer_person_times")
        sh.put(r, 8, W.out[(code, m, "时长")])
    sh.put(13, 0, "注：3月5日学雷锋纪念日集中开展志愿服务；报送日期2026年4月3日。")
    save("batch1/石油路街道2026年3月党建和志愿服务统计.ods", [sh], "odfpy",
         ["street_rows", "title_month", "names_party_committee", "units_glued_ascii_brackets", "outside_columns",
          "ods"], (2026, 4, 3, 17, 2))


def s7_population(W):
    m = "2026-04"
    sh = Sheet("csv")
    sh.put(0, 0, "石油路街道2026年4月社区人口基础信息统计")
    sh.row(1, 0, ["社区", "户数（户）", "常住人口（人）", "其中：户籍人口", "流动人口（人）", "老旧小区（个）", "社区工作者（人）"])
    tot = [0, 0, 0, 0, 0]
    for i, code in enumerate(CODES):
        r = 2 + i
        sh.put(r, 0, nm(code, "jwh"))
        val(sh, r, 1, code, m, "households", style="th")
        val(sh, r, 2, code, m, "residents", style="th")
        sh.put(r, 3, f"{W.out[(code, m, '户籍人口')]:,}")
        val(sh, r, 4, code, m, "floating_population", style="th")
        sh.put(r, 5, str(2 + i % 5))
        val(sh, r, 6, code, m, "staff", style="t")
        for j, ind in enumerate(["households", "residents", "floating_population", "staff"]):
            tot[j] += W.v[(code, m, ind)]
    sh.row(12, 0, ["合计", f"{tot[0]:,}", f"{tot[1]:,}", "", f"{tot[2]:,}", "", str(tot[3])])
    sh.put(13, 0, "数据来源：渝中区网格化服务管理信息系统；统计时点：2026年4月30日")
    save("batch1/石油路街道2026年4月社区人口基础信息.csv", [sh], "csv-gbk",
         ["street_rows", "csv_gbk", "title_month", "thousands_text", "names_jwh", "huji_outside", "total_row",
          "stat_date_trap"], (2026, 5, 6, 9, 0))


def build(W):
    for f in (s1_grid, s2_hotline, s3_relief, s4_jobs, s5_safety, s6_party, s7_population):
        f(W)
