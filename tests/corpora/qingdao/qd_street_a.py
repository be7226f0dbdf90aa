"""Street-office files, part one (八大峡街道's departments): 基础数据, 民生在线 export, 社会救助, 一季度就业, 平安, 志愿, 党建, 民生保障."""
import qd_grid as G
from qd_grid import Formula, Sheet, qval, ref, val
from qd_lib import cell, footer, name, table, total
from qd_world import COMMUNITIES as CS
from qd_writers import save


def s1_base(W):
    m = "2025-11"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 8, "八大峡街道社区基础数据统计表")
    sh.put(1, 0, "统计月份：2025年11月")
    sh.put(1, 6, "单位：户、人")
    sh.row(2, 0, ["序号", "社区名称", "区划代码", "常住户数（户）", "常住人口（人）", "其中：户籍人口（人）", "流动人口（人）",
                  "社区工作者（人）", "专职网格员（人）"])
    r = table(sh, 3, 0, CS, m, [("code",), "households", "residents", ("o", "huji"), "floating_population", "staff",
                                ("o", "wangge")], name_form="sq")
    footer(sh, r + 1, 0, date="2025年12月3日")
    save("batch1/八大峡街道2025年11月社区基础数据统计表.xlsx", [sh], "openpyxl",
         ["street_rows", "xlsx_openpyxl", "title_no_month", "period_line", "code_column_text", "huji_outside",
          "wangge_outside", "total_row", "footer_fill_check", "footer_date_trap"], (2025, 12, 3, 9, 20))


def s2_export(W):
    sh = Sheet("x")
    sh.put(0, 0, "民生在线·12345政务服务热线诉求办理情况导出")
    sh.put(1, 0, "导出时间：2026-02-03 10:15:22")
    sh.row(2, 0, ["序号", "区划代码", "街道", "社区", "统计月份", "指标", "数值"])
    r, n = 3, 1
    for m in ["2025-11", "2025-12", "2026-01"]:
        for code, short in CS:
            for lab, ind in [("诉求受理量", "petitions_received"), ("其中：12345热线转办量", ("o", "rexian12345")),
                             ("诉求办结量", "petitions_resolved"), ("按期办结率", ("rate",))]:
                sh.row(r, 0, [str(n), "3.70202E+11", "八大峡街道", short + "社区", m, lab])
                if isinstance(ind, str):
                    val(sh, r, 6, code, m, ind, style="t")
                else:
                    cell(sh, r, 6, code, m, ind)
                r += 1
                n += 1
    save("batch1/八大峡街道民生在线诉求办理情况导出（2025年11月-2026年1月）.csv", [sh], "csv-utf8bom",
         ["street_long", "csv_utf8bom", "system_export", "code_sci_notation", "month_iso_text", "indicator_in_column",
          "span_filename", "part_row_12345", "derived_rate_row", "numbers_as_text"], (2026, 2, 3, 10, 16))


def s3_dibao(W):
    m = "2025-12"
    sh = Sheet("社会救助")
    sh.merge(0, 0, 0, 5, "八大峡街道社会救助工作月报（2025年12月）")
    sh.put(1, 0, "填报单位：八大峡街道社会事务办（民政）")
    sh.put(1, 4, "单位：户、人、元")
    sh.row(2, 0, ["序号", "社区", "城市低保（户/人）", "低保金发放（元）", "特困供养（人）", "临时救助（元）"])
    r = table(sh, 3, 0, CS, m, [("pair",), {"i": "dibao_payout_yuan", "s": "k"}, ("o", "tekun"), ("o", "linshi_yuan")],
              name_form="jwh")
    footer(sh, r, 0, who="赵敏", checker="孙志强", date="2026年1月6日")
    save("batch1/八大峡街道社会救助月报（2025年12月）.xls", [sh], "xlwt",
         ["street_rows", "xls_xlwt", "title_month_paren", "households_persons_one_cell", "thousands_text",
          "tekun_linshi_outside", "names_jwh", "total_row_pair", "footer_fill_check"], (2026, 1, 6, 15, 5))


def s4_jobs_q1(W):
    ms = ["2026-01", "2026-02", "2026-03"]
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, 17, "八大峡街道2026年第一季度就业工作统计表")
    q = ["1月", "2月", "3月", "季度合计"]
    tree = [("社区", "name"), ("城镇新增就业（人）", [(x, ("people_employed", x)) for x in q]),
            ("新开发就业岗位（个）", [(x, ("jobs_created", x)) for x in q]),
            ("其中：公益性岗位（个）", [(x, ("public_welfare_jobs", x)) for x in q]),
            ("零就业家庭（户）", [(x, ("zero_employment_households", x)) for x in q[:3]]),
            ("创业担保贷款（万元）", [(x, ("micro_loans_yuan", x)) for x in q])]
    leaves = G.header(sh, 1, 0, tree, 2)
    r = 3
    for code, short in CS:
        first = {}
        for c, leaf in leaves:
            if leaf == "name":
                sh.put(r, c, short)
                continue
            ind, x = leaf
            div, fmt, st = (10000, "0.00", "f2") if ind == "micro_loans_yuan" else (1, None, "n")
            if x == "季度合计":
                qval(sh, r, c, code, "2026-Q1", ind, style=st, div=div, fmt=fmt,
                     formula=f"=SUM({ref(r, first[ind])}:{ref(r, c - 1)})")
            else:
                first.setdefault(ind, c)
                val(sh, r, c, code, ms[q.index(x)], ind, style=st, div=div, fmt=fmt)
        r += 1
    sh.put(r, 0, "合计")
    for c, leaf in leaves:
        if leaf != "name":
            sh.put(r, c, Formula(f"=SUM({ref(3, c)}:{ref(r - 1, c)})", total_q(W, leaf, ms)))
    sh.put(r + 2, 0, "注：1.零就业家庭为月末数，实行动态清零；2.创业担保贷款以人社局放款数为准。")
    sh.put(r + 3, 0, "八大峡街道社区服务中心（就业）  2026年4月7日")
    save("batch1/八大峡街道2026年第一季度就业工作统计表.xlsx", [sh], "xlsxwriter",
         ["street_rows", "xlsx_xlsxwriter", "quarter_sheet_month_columns", "header_two_row_merged", "quarter_total_formula",
          "wanyuan_header", "zero_households_stock", "total_formula", "notes_below"], (2026, 4, 7, 11, 0))


def total_q(W, leaf, ms):
    ind, x = leaf
    mm = ms if x == "季度合计" else [ms[["1月", "2月", "3月"].index(x)]]
    t = sum(W.v[(c, m, ind)] for c, _ in CS for m in mm)
    return round(t / 10000, 2) if ind == "micro_loans_yuan" else t


def s5_safety(W):
    m = "2026-01"
    sh = Sheet("平安建设")
    sh.merge(0, 0, 0, 9, "八大峡街道平安建设工作统计表")
    sh.put(1, 0, "报表期：2026年1月")
    sh.put(1, 7, "填报单位：综治中心")
    sh.row(2, 0, ["序号", "项目", "计量单位"] + [s for _, s in CS] + ["合计"])
    rows = [("平安志愿者（巡逻队员）", "人", "patrol_members"), ("治安案件", "起", {"i": "security_cases", "s": "wu"}),
            ("矛盾纠纷排查", "起", ("o", "paicha")), ("矛盾纠纷调解成功", "起", "disputes_mediated"),
            ("安全生产检查", "家次", ("o", "anquan"))]
    r = 3
    for i, (lab, unit, sp) in enumerate(rows):
        sh.row(r, 0, [i + 1, lab, unit])
        for j, (code, _) in enumerate(CS):
            cell(sh, r, 3 + j, code, m, sp)
        sh.put(r, 3 + len(CS), total([c for c, _ in CS], m, sp))
        r += 1
    sh.put(r + 1, 0, "备注：1月份开展冬季安全生产大检查，共检查沿街商铺、九小场所等。")
    footer(sh, r + 2, 0, who="韩磊", checker="周涛", date="2026年2月4日")
    save("batch1/八大峡街道平安建设工作统计表（1月）.et", [sh], "xlwt-et",
         ["street_across", "et_wps_xls", "communities_across_indicators_down", "unit_column", "period_cell_only",
          "month_no_year_filename", "wu_zero", "total_column", "paicha_anquan_outside", "footer_fill_check"],
         (2026, 2, 4, 16, 40))


def s6_volunteer(W):
    m = "2026-02"
    sh = Sheet("x")
    sh.put(0, 0, "八大峡街道2026年2月志愿服务情况统计")
    sh.put(1, 0, "数据来源：山东志愿服务平台（截至2026年2月28日）")
    sh.row(2, 0, ["社区", "注册志愿者（人）", "本月新增注册（人）", "志愿服务（人次）", "志愿服务时长（小时）", "文明实践站活动（场）"])
    r = table(sh, 3, 0, CS, m, [{"i": "volunteers", "s": "k"}, ("o", "xinzeng_zc"), "volunteer_person_times",
                                ("o", "shichang_h"), ("o", "wenming")], name_form="sq", seq=False)
    sh.put(r, 0, "联系人：街道团工委 陈晓  电话：0532-82617533")
    save("batch1/八大峡街道志愿服务统计2026年2月.csv", [sh], "csv-gbk",
         ["street_rows", "csv_gbk", "title_month_full", "source_line_date_trap", "thousands_text", "new_registrations_outside",
          "hours_outside", "wenming_outside", "total_row"], (2026, 3, 3, 9, 45))


def s7_party(W):
    m = "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 7, "八大峡街道2026年3月党建和新时代文明实践工作统计表")
    tree = [("序号", "seq"), ("社区党组织", "name"),
            ("党员队伍", [("在册党员（名）", "party_members"), ("在职党员“双报到”（人）", ("o", "shuangbaodao"))]),
            ("结对帮扶", [("党员结对帮扶困难群众（对）", "pairings")]),
            ("新时代文明实践", [("文体活动（场）", "cultural_activities"), ("理论宣讲（次）", "lectures_held"),
                          ("文明实践站活动（场）", ("o", "wenming"))])]
    leaves = G.header(sh, 1, 0, tree, 2)
    r = 3
    for i, (code, short) in enumerate(CS):
        for c, leaf in leaves:
            if leaf == "seq":
                sh.put(r, c, i + 1)
            elif leaf == "name":
                sh.put(r, c, short + "社区党委")
            else:
                cell(sh, r, c, code, m, leaf)
        r += 1
    sh.put(r + 1, 0, "注：3月5日学雷锋纪念日各社区集中开展志愿服务；在职党员“双报到”为到社区报到人数。")
    save("batch1/八大峡街道2026年3月党建和文明实践工作统计.ods", [sh], "odfpy",
         ["street_rows", "ods_odfpy", "title_month_full", "header_two_row_merged", "names_party_org",
          "shuangbaodao_outside", "wenming_outside", "notes_date_trap"], (2026, 4, 3, 10, 30))


def s8_minsheng(W):
    m = "2026-04"
    sh = Sheet("4月")
    sh.merge(0, 0, 0, 12, "八大峡街道2026年4月民生保障工作月报")
    tree = [("序号", "seq"), ("社区", "name"),
            ("民生保障", [("社会救助", [("低保户数（户）", "dibao_households"), ("低保人数（人）", "dibao_persons"),
                                      ("低保金（万元）", {"i": "dibao_payout_yuan", "d": 10000, "s": "f2", "fmt": "0.00"})]),
                      ("为老服务", [("65岁以上老人免费体检（人）", "free_health_checks"),
                                   ("走访慰问困难群众（人）", "people_assisted")])]),
            ("就业创业", [("城镇新增就业（人）", "people_employed"),
                      ("新增就业岗位", [("合计（个）", "jobs_created"), ("其中：公益岗（个）", "public_welfare_jobs")]),
                      ("公益岗占比", ("share",)), ("零就业家庭（户）", "zero_employment_households")])]
    leaves = G.header(sh, 1, 0, tree, 3)
    r = 4
    for i, (code, short) in enumerate(CS):
        for c, leaf in leaves:
            if leaf == "seq":
                sh.put(r, c, i + 1)
            elif leaf == "name":
                sh.put(r, c, short)
            else:
                cell(sh, r, c, code, m, leaf)
        r += 1
        if short == "挪庄":   # a hidden draft row: 4月初稿, not what the sheet shows
            sh.put(r, 1, "挪庄")
            for c, leaf in leaves[2:]:
                if isinstance(leaf, str):
                    sh.put(r, c, W.v[(code, m, leaf)] + 3)
            sh.hidden_rows.add(r)
            r += 1
    sh.put(r, 1, "合计")
    for c, leaf in leaves[2:]:
        t = total([c2 for c2, _ in CS], m, leaf)
        if t is not None:
            sh.put(r, c, t)
    footer(sh, r + 2, 0, who="赵敏", checker="孙志强", date="2026年5月6日")
    save("batch1/八大峡街道2026年4月民生保障工作月报.xlsx", [sh], "openpyxl",
         ["street_rows", "xlsx_openpyxl", "title_month_full", "header_three_row_merged", "wanyuan_header_decimals",
          "derived_share_column", "hidden_row_draft", "total_row", "footer_fill_check"], (2026, 5, 6, 14, 10))


def build(W):
    for f in (s1_base, s2_export, s3_dibao, s4_jobs_q1, s5_safety, s6_volunteer, s7_party, s8_minsheng):
        f(W)
