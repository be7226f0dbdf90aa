"""Street-office files, part B (6 files): 文化宣讲 month columns across the year end (SUM formulas), 诉求 sheet per
month, 志愿服务 with 上月 columns, 低保金 with a hidden 底稿 sheet, a 系统导出 long CSV, a traditional-character .xls."""
import random

from cq_grid import Formula, Sheet, col_letter, header, miss, prior, val
from cq_names import nm
from cq_world import CODES
from cq_writers import save


def s8_culture(W):
    months = ["2025-11", "2025-12", "2026-01"]
    sh = Sheet("文化宣讲")
    sh.merge(0, 0, 0, 9, "石油路街道文化活动和宣讲活动开展情况（2025年11月—2026年1月）")
    heads = ["2025年11月", "12月", "2026年1月", "小计"]
    leaves = header(sh, 1, 0, [("序号", 0), ("社区", 1),
                               ("群众文体活动（场）", [(h, ("cultural_activities", j)) for j, h in enumerate(heads)]),
                               ("政策宣讲、法治讲座（次）", [(h, ("lectures_held", j)) for j, h in enumerate(heads)])], 2)
    for i, code in enumerate(CODES):
        r = 3 + i
        for c, leaf in leaves:
            if leaf == 0:
                sh.put(r, c, i + 1)
            elif leaf == 1:
                sh.put(r, c, nm(code, "sq"))
            else:
                ind, j = leaf
                if j < 3:
                    val(sh, r, c, code, months[j], ind)
                else:
                    a, b = col_letter(c - 3), col_letter(c - 1)
                    sh.put(r, c, Formula(f"SUM({a}{r + 1}:{b}{r + 1})", sum(W.v[(code, x, ind)] for x in months)))
    r = 3 + len(CODES)
    sh.put(r, 1, "全街道")
    for c, leaf in leaves:
        if isinstance(leaf, tuple):
            L = col_letter(c)
            sh.put(r, c, Formula(f"SUM({L}4:{L}{r})", sum(
                W.v[(code, months[leaf[1]], leaf[0])] if leaf[1] < 3 else sum(W.v[(code, x, leaf[0])] for x in months)
                for code in CODES)))
    sh.put(r + 1, 0, "注：12月、1月含“迎新春”坝坝舞、川剧进社区等活动。")
    save("batch1/石油路街道文化宣讲活动统计（2025年11月-2026年1月）.xlsx", [sh], "xlsxwriter",
         ["street_rows", "month_columns", "span_across_year_end", "two_level_header", "sum_formulas",
          "span_subtotal_not_quarter", "street_total_row", "xlsx_xlsxwriter"], (2026, 2, 5, 14, 30))


def s9_petitions(W):
    R = random.Random(909)
    sheets = []
    for m in ("2026-02", "2026-03"):
        sh = Sheet(f"{int(m[5:])}月")
        sh.put(0, 0, "石油路街道群众诉求办理情况统计")
        sh.put(1, 0, f"月份：{int(m[5:])}月")
        sh.row(2, 0, ["社区", "上月结转（件）", "本月受理（件）", "本月办结（件）", "办结率", "本年累计受理", "本年累计办结"])
        t = [0, 0, 0, 0, 0, 0]
        for i, code in enumerate(CODES):
            r = 3 + i
            carry = R.randint(0, 4)
            sh.row(r, 0, [nm(code, "sq"), carry])
            val(sh, r, 2, code, m, "petitions_received")
            val(sh, r, 3, code, m, "petitions_resolved")
            a, b = W.v[(code, m, "petitions_resolved")], W.v[(code, m, "petitions_received")]
            sh.put(r, 4, f"{100 * a / b:.2f}%")
            ca, cb = W.cum(code, m, "petitions_received"), W.cum(code, m, "petitions_resolved")
            sh.row(r, 5, [ca, cb])
            for j, x in enumerate([carry, b, a, 0, ca, cb]):
                t[j] += x
        sh.row(13, 0, ["合计", t[0], t[1], t[2], f"{100 * t[2] / t[1]:.2f}%", t[4], t[5]])
        sh.put(14, 0, "注：受理含12345转办、民生热线、网格员走访收集及来访；同一诉求重复反映计1件。")
        sheets.append(sh)
    save("batch1/石油路街道2026年2-3月诉求办理情况.xlsx", sheets, "openpyxl",
         ["street_rows", "sheet_per_month", "year_only_in_filename", "month_and_ytd", "carry_over_outside",
          "derived_rate_text", "total_row", "xlsx_openpyxl"], (2026, 4, 2, 11, 18))


def s10_volunteers(W):
    m = "2026-05"
    sh = Sheet("5月")
    sh.merge(0, 0, 0, 9, "石油路街道志愿服务工作统计表（2026年5月）")
    leaves = header(sh, 1, 0, [("序号", 0), ("社区", 1),
                               ("注册志愿者（人）", [("本月末", ("volunteers", "m")), ("上月末", ("volunteers", "p")),
                                                ("增减", ("volunteers", "d"))]),
                               ("志愿服务（人次）", [("本月", ("volunteer_person_times", "m")),
                                                ("上月", ("volunteer_person_times", "p")),
                                                ("增减", ("volunteer_person_times", "d"))]),
                               ("服务时长（小时）", "时长")], 2)
    for i, code in enumerate(CODES):
        r = 3 + i
        for c, leaf in leaves:
            if leaf == 0:
                sh.put(r, c, i + 1)
            elif leaf == 1:
                sh.put(r, c, nm(code))
            elif leaf == "时长":
                sh.put(r, c, W.out[(code, m, "时长")])
            else:
                ind, k = leaf
                if k == "m":
                    val(sh, r, c, code, m, ind)
                elif k == "p":
                    prior(sh, r, c, code, m, ind)
                else:
                    d = W.v[(code, m, ind)] - W.v[(code, W.prev(m), ind)]
                    sh.put(r, c, f"+{d}" if d > 0 else str(d))
    sh.put(14, 0, "数据来源：“志愿重庆”信息系统，截至2026年5月31日；服务时长不计入考核。")
    sh.put(15, 0, "填报人：街道团工委 陈露")
    save("batch1/石油路街道志愿服务统计2026年5月.xlsx", [sh], "openpyxl",
         ["street_rows", "title_month", "two_level_header", "previous_month_columns", "change_columns_text",
          "outside_columns", "xlsx_openpyxl"], (2026, 6, 3, 10, 0))


def s11_dibao(W):
    m = "2026-04"
    R = random.Random(1111)
    sh = Sheet("4月")
    sh.put(0, 0, "石油路街道2026年4月城市低保金发放汇总表")
    sh.row(1, 0, ["序号", "社区名称", "低保户数", "低保人数", "发放金额（元）", "备注"])
    draft = Sheet("底稿")
    draft.hidden = True
    draft.row(0, 0, ["社区", "户数", "人数", "金额", "说明"])
    for i, code in enumerate(CODES):
        r = 2 + i
        sh.row(r, 0, [i + 1, nm(code, "jwh")])
        val(sh, r, 2, code, m, "dibao_households")
        val(sh, r, 3, code, m, "dibao_persons")
        val(sh, r, 4, code, m, "dibao_payout_yuan", fmt="#,##0.00")
        draft.row(1 + i, 0, [nm(code), W.v[(code, m, "dibao_households")] + R.randint(1, 3),
                             W.v[(code, m, "dibao_persons")] + R.randint(2, 5),
                             W.v[(code, m, "dibao_payout_yuan")] + 100 * R.randint(3, 20), "3月审批前名单"])
    sh.put(12, 1, "合计")
    for j, ind in enumerate(["dibao_households", "dibao_persons", "dibao_payout_yuan"]):
        sh.put(12, 2 + j, sum(W.v[(c, m, ind)] for c in CODES), "#,##0.00" if j == 2 else None)
    sh.put(13, 0, "制表：石油路街道社会事务办    2026年5月8日")
    save("batch1/石油路街道2026年4月城市低保金发放汇总表.xlsx", [sh, draft], "openpyxl",
         ["street_rows", "title_month", "yuan_with_cents_format", "hidden_sheet_draft", "total_row",
          "names_jwh", "xlsx_openpyxl"], (2026, 5, 8, 16, 45))


def s12_export(W):
    m = "2026-05"
    sh = Sheet("csv")
    sh.row(0, 0, ["统计月份", "区县", "街道", "社区", "指标名称", "计量单位", "本期数值", "填报状态"])
    items = [("常住户数", "户", "households"), ("常住人口", "人", "residents"), ("流动人口", "人", "floating_population"),
             ("社区工作者", "人", "staff"), ("网格员入户走访", "户次", "家访"), ("民情诉求受理", "件", "petitions_received"),
             ("民情诉求办结", "件", "petitions_resolved"), ("诉求办结率", "%", "rate"), ("院坝会", "场", "院坝会")]
    r = 1
    for code in CODES:
        for label, unit, ind in items:
            sh.row(r, 0, ["202605", "渝中区", "石油路街道", nm(code, "full"), label, unit])
            if ind == "rate":
                a, b = W.v[(code, m, "petitions_resolved")], W.v[(code, m, "petitions_received")]
                sh.put(r, 6, f"{100 * a / b:.1f}")
                sh.put(r, 7, "系统计算")
            elif ind in W.out_names:
                sh.put(r, 6, str(W.out[(code, m, ind)]))
                sh.put(r, 7, "已审核")
            elif code == "500103014012" and ind == "floating_population":
                miss(sh, r, 6, code, m, ind, "")
                sh.put(r, 7, "未填报")
            else:
                val(sh, r, 6, code, m, ind, style="t")
                sh.put(r, 7, "已审核")
            r += 1
    save("batch1/社区基础数据导出_石油路街道_202605.csv", [sh], "csv-utf8bom",
         ["street_rows", "long_format_export", "period_yyyymm_column", "names_full_prefix", "unit_column",
          "derived_rate_rows", "outside_rows", "blank_unreported", "csv_utf8bom"], (2026, 6, 4, 8, 55))


def s13_traditional(W):
    months = ["2026-01", "2026-02"]
    sh = Sheet("統計表")
    sh.merge(0, 0, 0, 7, "石油路街道健康體檢和走訪慰問統計表（2026年1—2月）")
    leaves = header(sh, 1, 0, [("序號", 0), ("社區", 1)] + [
        (h, [(f"{int(x[5:])}月", (ind, x)) for x in months]) for h, ind in
        [("免費健康體檢（人）", "free_health_checks"), ("走訪慰問困難群眾（人）", "people_assisted"),
         ("發放慰問物資（件）", "goods_distributed")]], 2)
    for i, code in enumerate(CODES):
        r = 3 + i
        for c, leaf in leaves:
            if leaf == 0:
                sh.put(r, c, i + 1)
            elif leaf == 1:
                sh.put(r, c, nm(code, "trad"))
            else:
                val(sh, r, c, code, leaf[1], leaf[0])
    sh.put(13, 1, "合計")
    for c, leaf in leaves:
        if isinstance(leaf, tuple):
            sh.put(13, c, sum(W.v[(code, leaf[1], leaf[0])] for code in CODES))
    sh.put(14, 0, "備註：春節（2月17日）前集中走訪慰問；體檢對象為65歲以上老人及殘疾人。")
    save("batch1/石油路街道健康體檢和走訪慰問統計表（2026年1-2月）.xls", [sh], "xlwt",
         ["street_rows", "traditional_chinese", "month_columns", "two_level_header", "total_row", "xls"],
         (2026, 3, 4, 9, 30))


def build(W):
    for f in (s8_culture, s9_petitions, s10_volunteers, s11_dibao, s12_export, s13_traditional):
        f(W)
