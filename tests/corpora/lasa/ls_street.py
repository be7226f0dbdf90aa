"""The street office's files: 民政 低保 台账 (one sheet per month), two 基本情况 tables, two 就业 returns (one a WeChat
接龙 pasted into a text CSV)."""
from ls_grid import Sheet, cn_month, miss, val, REC
from ls_world import COMM, PERIOD
from ls_writers import save

FULL = {c: f"{s}社区居委会" for c, s, _ in COMM}


def dibao_sheet(m, codes, note=None):
    sh = Sheet(f"{int(m[5:])}月")
    sh.put(0, 0, f"八廓街道城市最低生活保障动态管理台账（{cn_month(m)}）")
    if note:
        sh.put(1, 0, note)
    sh.row(2, 0, ["单位", "保障户数", "保障人数", "发放金额", "零就业家庭"])
    sh.row(3, 0, ["", "户", "人", "元", "户"])
    r = 4
    for code in codes:
        sh.put(r, 0, FULL[code])
        val(sh, r, 1, code, m, "dibao_households")
        val(sh, r, 2, code, m, "dibao_persons")
        val(sh, r, 3, code, m, "dibao_payout_yuan", fmt="#,##0.00")
        val(sh, r, 4, code, m, "zero_employment_households")
        r += 1
    if note is None:
        sh.put(r, 0, "合计")
        for c in range(1, 5):
            sh.put(r, c, sum(sh.cells[(rr, c)][0] for rr in range(4, r)))
        sh.put(r + 1, 0, "经办：索朗旺姆    复核：李卫东    民政专干电话：0891-6324158")
    return sh


def build_dibao(W):
    codes = [c for c, _, _ in COMM]
    sheets = [dibao_sheet(m, codes) for m in PERIOD]
    tmpl = Sheet("模板")
    tmpl.put(0, 0, "（空表，勿删）")
    tmpl.hidden = True
    save("batch1/八廓街道城市低保动态台账2025.10-2026.4.xlsx", sheets + [tmpl], "openpyxl",
         ["street_file", "one_sheet_per_month", "sheet_names_month_only", "year_change_inside_workbook",
          "units_row", "total_row", "hidden_template_sheet"], (2026, 5, 6, 9, 0))


def base_down(W, m, rel, writer, sent, tsuffix=""):
    """基本情况, communities down, units glued to the figures."""
    sh = Sheet("基本情况")
    sh.put(0, 0, f"八廓街道各社区基本情况统计表{tsuffix}")
    sh.put(1, 0, f"截止时间：{cn_month(m)}底")
    heads = [("常住户数", "households", "户"), ("常住人口", "residents", "人"), ("流动人口", "floating_population", "人"),
             ("社区干部", "staff", "人"), ("党员", "party_members", "名"), ("注册志愿者", "volunteers", "人"),
             ("护院队员（巡逻）", "patrol_members", "人"), ("平安信息员", "informants", "人"),
             ("“结对认亲”对数", "pairings", "对"), ("双联户单位数", None, "个")]
    sh.row(2, 0, ["社区"] + [h for h, _, _ in heads])
    for k, (code, short, _) in enumerate(COMM):
        r = 3 + k
        sh.put(r, 0, short)
        for c, (_, ind, unit) in enumerate(heads, start=1):
            if ind is None:
                sh.put(r, c, f"{60 + k * 7}个")
            elif ind == "floating_population" and k == 4:
                val(sh, r, c, code, m, ind, "yue", unit)
            else:
                val(sh, r, c, code, m, ind, "u", unit)
    sh.put(11, 0, "注：流动人口含暂住拉萨的转经群众中已办理居住登记者；双联户单位数不在考核范围。")
    save(rel, [sh], writer, ["street_file", "communities_down_short", "units_glued_in_cells", "outside_column",
                             "as_of_month_end"], sent)


def base_across(W, m, rel, writer, sent):
    """基本情况, transposed: items down, communities across, 千位 with a space."""
    sh = Sheet("Sheet1")
    sh.put(0, 0, f"八廓街道{cn_month(m)}社区基础数据一览")
    sh.row(1, 0, ["项目", "单位"] + [s for _, s, _ in COMM] + ["街道合计"])
    items = [("households", "常住户", "户", "sp"), ("residents", "常住人口", "人", "sp"),
             ("floating_population", "流动人口", "人", "n"), ("staff", "社区工作者", "人", "n"),
             ("party_members", "在册党员", "人", "n"), ("volunteers", "志愿者（已注册）", "人", "n"),
             ("patrol_members", "群防群治巡逻", "人", "n"), ("informants", "信息员", "人", "n"),
             ("pairings", "结对帮扶", "对", "n")]
    for k, (ind, lab, unit, st) in enumerate(items):
        r = 2 + k
        sh.row(r, 0, [lab, unit])
        for c, (code, _, _) in enumerate(COMM, start=2):
            val(sh, r, c, code, m, ind, st)
        sh.put(r, 2 + len(COMM), sum(W.v[(code, m, ind)] for code, _, _ in COMM))
    sh.put(12, 0, "填表人：旦增    审核人：王建华")
    save(rel, [sh], writer, ["street_file", "transposed_communities_across", "space_thousands", "total_column"], sent)


def jobs_table(W, m, rel, sent):
    sh = Sheet("就业")
    sh.put(0, 0, f"八廓街道{cn_month(m)}就业创业工作进度表")
    sh.row(1, 0, ["社区", "新增就业岗位（个）", "其中：公益性岗位（个）", "实现就业（人）", "技能培训（场）",
                  "创业担保贷款（万元）", "备注"])
    for k, (code, short, _) in enumerate(COMM):
        r = 2 + k
        sh.put(r, 0, short)
        val(sh, r, 1, code, m, "jobs_created")
        val(sh, r, 2, code, m, "public_welfare_jobs")
        val(sh, r, 3, code, m, "people_employed")
        val(sh, r, 4, code, m, "training_sessions")
        val(sh, r, 5, code, m, "micro_loans_yuan", div=10000)
        if k == 3:
            sh.put(r, 6, "含八廓古城商户招聘")
    sh.put(10, 0, "劳动保障所  0891-6327703")
    save(rel, [sh], "openpyxl", ["street_file", "wanyuan_header", "part_column_is_indicator"], sent)


def jielong(W, m, rel, sent):
    """A WeChat 接龙 pasted into Notepad and saved as .csv (UTF-8): one line per community, figures in words."""
    sh = Sheet("x")
    sh.put(0, 0, f"#接龙 八廓街道{int(m[5:])}月春风行动就业数据（{m[:4]}年），各社区请于{int(m[5:]) + 1}月3日前接龙")
    sh.put(1, 0, "例 XX社区 新增岗位X个（公益性X个） 就业X人 培训X场 贷款X万")
    for k, (code, short, _) in enumerate(COMM):
        r = 2 + k
        v = {i: W.v[(code, m, i)] for i in ("jobs_created", "public_welfare_jobs", "people_employed",
                                              "training_sessions", "micro_loans_yuan")}
        loan = "无" if v["micro_loans_yuan"] == 0 else f"{v['micro_loans_yuan'] / 10000:g}万"
        sh.put(r, 0, f"{k + 1}. {short}社区 新增岗位{v['jobs_created']}个（公益性{v['public_welfare_jobs']}个） "
                     f"就业{v['people_employed']}人 培训{v['training_sessions']}场 贷款{loan}")
        for ind, x in v.items():
            sh.rec(r, 0, ("truth", (code, m, ind), x, "primary"))
    sh.put(9, 0, "以上接龙已截图存档。")
    save(rel, [sh], "csv-utf8", ["street_file", "wechat_jielong_pasted", "one_line_per_community",
                                 "five_values_in_one_line", "wanyuan_in_text"], sent)


def build(W):
    build_dibao(W)
    base_down(W, "2025-12", "batch1/八廓街道各社区基本情况（2025年12月）.ods", "odfpy", (2026, 1, 6, 9, 0))
    base_across(W, "2026-03", "batch1/八廓街道2026年3月社区基础数据.xls", "xlwt", (2026, 4, 2, 9, 0))
    base_down(W, "2025-10", "batch1/八廓街道基本情况10月.xlsx", "xlsxwriter", (2025, 11, 4, 9, 0), "（2025年度）")
    jobs_table(W, "2025-11", "batch1/八廓街道2025年11月就业创业进度表.xlsx", (2025, 12, 3, 9, 0))
    jielong(W, "2026-03", "batch1/3月春风行动接龙.csv", (2026, 4, 3, 9, 0))
