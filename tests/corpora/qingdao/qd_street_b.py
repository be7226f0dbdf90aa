"""Street-office files, part two: 本月|累计, 繁體, hidden sheet, 救助系统导出, sheets per month, 上年同期, 上半年台账,
sheet per community."""
import qd_grid as G
from qd_grid import Sheet, prior, val
from qd_lib import cell, footer, name, table
from qd_world import COMMUNITIES as CS
from qd_writers import save

ALLC = [c for c, _ in CS]


def s9_ytd(W):
    m = "2026-05"
    sh = Sheet("5月")
    sh.merge(0, 0, 0, 12, "八大峡街道2026年5月社区重点工作情况汇总")
    items = [("民情诉求受理（件）", "petitions_received"), ("民情诉求办结（件）", "petitions_resolved"),
             ("矛盾纠纷化解（起）", "disputes_mediated"), ("文体活动（场）", "cultural_activities"),
             ("政策宣讲（次）", "lectures_held"), ("志愿服务（人次）", "volunteer_person_times")]
    tree = [("社区", "name")] + [(lab, [("本月", ind), ("累计", ("ytd", ind))]) for lab, ind in items]
    leaves = G.header(sh, 1, 0, tree, 2)
    r = 3
    for code, short in CS:
        for c, leaf in leaves:
            if leaf == "name":
                sh.put(r, c, name(short, "sq"))
            else:
                cell(sh, r, c, code, m, leaf)
        r += 1
    sh.put(r, 0, "全街道")
    for c, leaf in leaves[1:]:
        ind = leaf if isinstance(leaf, str) else leaf[1]
        sh.put(r, c, sum((W.v[(x, m, ind)] if isinstance(leaf, str) else W.ytd(x, m, ind)) for x in ALLC))
    sh.put(r + 1, 0, "说明：累计为2026年1月1日起累计数。")
    save("batch1/八大峡街道2026年5月社区重点工作情况汇总.xlsx", [sh], "xlsxwriter",
         ["street_rows", "xlsx_xlsxwriter", "title_month_full", "month_ytd_pairs", "header_two_row_merged",
          "total_row_quanjiedao"], (2026, 6, 4, 9, 0))


def s10_trad(W):
    m = "2026-06"
    sh = Sheet("6月")
    sh.merge(0, 0, 0, 9, "八大峽街道社區基礎數據統計表（2026年6月）")
    sh.row(1, 0, ["序號", "社區", "常住戶數（戶）", "常住人口（人）", "流動人口（人）", "社區工作者（人）", "黨員人數（名）",
                  "註冊志願者（人）", "治安巡邏隊員（人）", "備註"])
    r = table(sh, 2, 0, CS, m, ["households", {"i": "residents", "s": "k"}, "floating_population", "staff", "party_members",
                                "volunteers", "patrol_members"], total_label="合計", name_form="trad")
    sh.put(2 + [s for _, s in CS].index("西鎮" if False else "西镇"), 9, "含代管臺西社區2號樓")
    sh.put(r + 1, 0, "填表人：李靜　　審核：劉建國　　2026年7月3日")
    save("batch1/八大峽街道2026年6月社區基礎數據.xlsx", [sh], "openpyxl",
         ["street_rows", "xlsx_openpyxl", "traditional_chars", "title_month_paren", "names_trad", "thousands_text",
          "notes_column_names_other", "total_row", "footer_date_trap"], (2026, 7, 3, 16, 0))


def s11_hidden(W):
    m = "2026-06"
    sh = Sheet("6月报表")
    sh.merge(0, 0, 0, 9, "八大峡街道低保及就业工作月报表")
    sh.put(1, 0, "所属期：2026年6月")
    sh.row(2, 0, ["序号", "社区", "低保户数", "低保人数", "低保金发放（元）", "新增就业岗位（个）", "城镇新增就业（人）",
                  "其中：公益岗（个）", "职业技能培训（场）", "零就业家庭（户）"])
    r = table(sh, 3, 0, CS, m, ["dibao_households", "dibao_persons", {"i": "dibao_payout_yuan", "fmt": "#,##0"},
                                "jobs_created", "people_employed", "public_welfare_jobs", "training_sessions",
                                "zero_employment_households"], name_form="sq")
    footer(sh, r, 0, who="赵敏", checker="孙志强", date="2026年7月6日")
    hid = Sheet("底稿")
    hid.row(0, 0, ["社区", "低保户数", "低保人数", "低保金", "备注"])
    for i, (code, short) in enumerate(CS):
        hid.row(i + 1, 0, [short, W.v[(code, m, "dibao_households")] + 1, W.v[(code, m, "dibao_persons")] + 2,
                           W.v[(code, m, "dibao_payout_yuan")] + 1500, "5月底数据，待核"])
    hid.hidden = True
    save("batch1/八大峡街道2026年6月低保及就业月报表.xlsx", [sh, hid], "openpyxl",
         ["street_rows", "xlsx_openpyxl", "period_line", "hidden_sheet_draft", "amount_number_format", "part_column_gongyi",
          "total_row", "footer_fill_check"], (2026, 7, 6, 10, 20))


def s12_jiuzhu_export(W):
    sh = Sheet("Sheet1")
    sh.row(0, 0, ["行政区划代码", "社区名称", "统计年月", "项目", "数量", "计量单位"])
    r = 1
    for m in ["2026-03", "2026-04", "2026-05"]:
        for code, short in CS:
            for lab, unit, ind in [("城市低保户数", "户", "dibao_households"), ("城市低保人数", "人", "dibao_persons"),
                                   ("城市低保金", "元", "dibao_payout_yuan"), ("特困供养人数", "人", None)]:
                sh.row(r, 0, [code, name(short, "jmwh"), m.replace("-", "")[:6], lab])
                if ind:
                    val(sh, r, 4, code, m, ind)
                else:
                    sh.put(r, 4, W.outside[(code, m, "tekun")])
                sh.put(r, 5, unit)
                r += 1
    save("batch1/社会救助信息系统导出_八大峡街道_202603-202605.xls", [sh], "xlwt",
         ["street_long", "xls_xlwt", "system_export", "code_text", "month_yyyymm_text", "indicator_in_column",
          "unit_column", "names_jmwh", "tekun_outside", "span_filename"], (2026, 6, 2, 8, 50))


def s13_culture(W):
    sheets = []
    for m, sname in [("2025-11", "11月份"), ("2025-12", "12月份")]:
        sh = Sheet(sname)
        sh.merge(0, 0, 0, 5, "八大峡街道社区文化活动统计")
        sh.put(1, 0, "年度：2025")
        sh.put(1, 4, "文化站")
        sh.row(2, 0, ["序号", "社区", "文体活动场次", "宣讲活动次数", "文明实践站活动（场）", "参与群众（人次）"])
        table(sh, 3, 0, CS, m, ["cultural_activities", "lectures_held", ("o", "wenming"), ("o", "shichang_h")],
              name_form="s")
        sheets.append(sh)
    save("batch1/八大峡街道社区文化活动统计.xlsx", sheets, "openpyxl",
         ["street_rows", "xlsx_openpyxl", "month_in_sheet_name_only", "year_cell_only", "wenming_outside",
          "participants_outside", "total_row"], (2026, 1, 5, 11, 30))


def s14_prior(W):
    m = "2026-01"
    sh = Sheet("民情诉求")
    sh.merge(0, 0, 0, 10, "八大峡街道民情诉求及矛盾纠纷多元化解情况（2026年1月）")
    tree = [("社区", "name"), ("受理诉求（件）", [("本月", "petitions_received"), ("上年同期", ("prior", "petitions_received")),
                                              ("增减%", ("yoy", "petitions_received"))]),
            ("办结（件）", [("本月", "petitions_resolved"), ("上年同期", ("prior", "petitions_resolved"))]),
            ("办结率", ("rate",)), ("矛盾纠纷化解（起）", [("本月", "disputes_mediated"), ("上年同期", ("prior", "disputes_mediated"))]),
            ("信访事项（件）", ("o", "xinfang"))]
    leaves = G.header(sh, 1, 0, tree, 2)
    r = 3
    for code, short in CS:
        for c, leaf in leaves:
            if leaf == "name":
                sh.put(r, c, name(short, "jwh"))
            elif isinstance(leaf, tuple) and leaf[0] == "yoy":
                a, b = W.v[(code, m, leaf[1])], W.v[(code, W.last_year(m), leaf[1])]
                sh.put(r, c, f"{100 * (a - b) / b:+.1f}%" if b else "—")
            else:
                cell(sh, r, c, code, m, leaf)
        r += 1
    footer(sh, r + 1, 0, who="周涛", checker="韩磊", date="2026年2月5日")
    save("batch1/八大峡街道2026年1月民情诉求及矛盾化解统计.xls", [sh], "xlwt",
         ["street_rows", "xls_xlwt", "title_month_paren", "prior_year_column", "yoy_column", "derived_rate_column",
          "xinfang_outside", "names_jwh", "header_two_row_merged", "footer_fill_check"], (2026, 2, 5, 15, 0))


def s15_halfyear(W):
    ms = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]
    heads = ["一月", "二月", "三月", "四月", "五月", "六月"]
    sheets = []
    for sname, ind, unit in [("治安案件", "security_cases", "起"), ("矛盾纠纷调解", "disputes_mediated", "起")]:
        sh = Sheet(sname)
        sh.merge(0, 0, 0, 8, f"八大峡街道2026年上半年{sname}统计台账（单位：{unit}）")
        sh.row(1, 0, ["序号", "社区"] + heads + ["合计"])
        for i, (code, short) in enumerate(CS):
            sh.row(2 + i, 0, [i + 1, short])
            for j, m in enumerate(ms):
                val(sh, 2 + i, 2 + j, code, m, ind)
            sh.put(2 + i, 8, sum(W.v[(code, m, ind)] for m in ms))
        sheets.append(sh)
    save("batch1/八大峡街道2026年上半年平安稳定台账.xlsx", sheets, "openpyxl",
         ["street_rows", "xlsx_openpyxl", "month_columns_chinese", "sheet_per_indicator", "unit_in_title",
          "halfyear_total_column"], (2026, 7, 2, 9, 10))


def s16_per_community(W):
    m = "2026-02"
    sheets = []
    items = [("民情诉求受理", "件", "petitions_received"), ("民情诉求办结", "件", "petitions_resolved"),
             ("65岁以上老年人免费查体", "人", "free_health_checks"), ("走访慰问困难群众", "人", "people_assisted"),
             ("网格员入户走访", "户", None), ("文体活动", "场", "cultural_activities"), ("新开发就业岗位", "个", "jobs_created"),
             ("实现就业", "人", "people_employed"), ("职业技能培训", "场", "training_sessions")]
    for code, short in CS:
        sh = Sheet(short)
        sh.merge(0, 0, 0, 3, f"{short}社区2026年2月工作数据")
        sh.row(1, 0, ["序号", "项目", "计量单位", "本月"])
        for i, (lab, unit, ind) in enumerate(items):
            sh.row(2 + i, 0, [i + 1, lab, unit])
            if ind:
                val(sh, 2 + i, 3, code, m, ind)
            else:
                sh.put(2 + i, 3, W.outside[(code, m, "wenming")] * 10)
        sheets.append(sh)
    save("batch1/八大峡街道各社区2026年2月工作数据.xlsx", sheets, "xlsxwriter",
         ["sheet_per_community", "xlsx_xlsxwriter", "title_month_full", "unit_column", "indicators_down",
          "rufang_outside"], (2026, 3, 4, 17, 20))


def build(W):
    for f in (s9_ytd, s10_trad, s11_hidden, s12_jiuzhu_export, s13_culture, s14_prior, s15_halfyear, s16_per_community):
        f(W)
