"""Community files: one 社区居委会, one month, the groups the street's tables of that month do not carry.
Labels are the ones the 古城 clerks use: 厝边 (neighbours), 老人会, 讲古, 南音, 侨属, 博饼, 踩街."""
from qz_grid import Sheet, cn_month, multi, val
from qz_render import daxie
from qz_world import BY_SHORT, REG
from qz_writers import save

GROUPS = {
    "minsheng": [("群众诉求受理", "件", "petitions_received"), ("诉求办结", "件", "petitions_resolved"),
                 ("调处矛盾纠纷", "起", "disputes_mediated")],
    "minzheng": [("低保户", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
                 ("低保金", "元", "dibao_payout_yuan")],
    "laoren": [("长者免费体检", "人", "free_health_checks"), ("走访慰问（老人会、侨属、困难户）", "人", "people_assisted"),
               ("慰问物资", "件", "goods_distributed")],
    "wenhua": [("文体活动（南音、讲古、踩街）", "场", "cultural_activities"), ("政策法治宣讲", "次", "lectures_held")],
    "jichu": [("户数", "户", "households"), ("常住人口", "人", "residents"), ("流动人口", "人", "floating_population"),
              ("在岗社工", "人", "staff")],
    "zhiyuan": [("「好厝边」注册志愿者", "人", "volunteers"), ("厝边头尾志愿服务", "人次", "volunteer_person_times"),
                ("党员", "名", "party_members"), ("结对帮扶", "对", "pairings")],
}
EN = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EVENT = {"2025-09": "防台风", "2025-10": "中秋博饼·国庆", "2025-11": "古城秋游", "2025-12": "冬至搓圆",
         "2026-01": "元旦·迎春", "2026-02": "春节·侨亲返乡", "2026-03": "元宵踩街·学雷锋"}


def items(groups):
    return [it for g in groups for it in GROUPS[g]]


def pairs(W, short, m, groups):
    """Two columns 项目 | 数值, units in the label; the sheet named in English 「Sep-25」."""
    code = BY_SHORT[short]
    sh = Sheet(f"{EN[int(m[5:])]}-{m[2:4]}")
    sh.merge(0, 0, 0, 2, f"{short}社区{cn_month(m)}工作数据（{EVENT[m]}）")
    sh.row(1, 0, ["项目", "数值", "备注"])
    for i, (lab, unit, ind) in enumerate(items(groups)):
        sh.put(2 + i, 0, f"{lab}（{unit}）")
        val(sh, 2 + i, 1, code, m, ind)
    sh.put(3 + len(items(groups)), 0, f"{REG[code]}　填报人：黄　联系电话：0595-22{int(code[-2:]) * 1373 % 100000:05d}")
    return [sh]


def one_row(W, short, m, groups):
    """One wide row: a head row of labels with units in a second row, one data row."""
    code = BY_SHORT[short]
    its = items(groups)
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, len(its), f"{REG[code]}{m[:4]}年{int(m[5:])}月份报表（{EVENT[m]}月）")
    sh.put(1, 0, "月份")
    sh.put(2, 0, "单位")
    sh.put(3, 0, f"{int(m[5:])}月")
    for j, (lab, unit, ind) in enumerate(its):
        sh.put(1, 1 + j, lab)
        sh.put(2, 1 + j, unit)
        val(sh, 3, 1 + j, code, m, ind)
    return [sh]


def sentences(W, short, m, groups):
    """The 工作小结 as sentences, one per row, the figures inside."""
    code = BY_SHORT[short]
    sh = Sheet(f"{int(m[5:])}月小结")
    sh.put(0, 0, f"{short}社区居委会{cn_month(m)}工作小结")
    r = 2
    for g in groups:
        t = {"minsheng": ("本月共受理群众诉求{0}件，已办结{1}件，调处邻里纠纷{2}起。", GROUPS["minsheng"]),
             "laoren": ("组织长者免费体检{0}人；联合老人会走访慰问{1}人，发放慰问品{2}件。", GROUPS["laoren"]),
             "wenhua": ("开展南音、讲古等文体活动{0}场，政策宣讲{1}次。", GROUPS["wenhua"]),
             "zhiyuan": ("好厝边志愿者{0}人，服务{1}人次；党员{2}名，结对{3}对。", GROUPS["zhiyuan"]),
             "jichu": ("辖区{0}户，常住人口{1}人，流动人口{2}人，社工{3}人。", GROUPS["jichu"]),
             "minzheng": ("低保{0}户{1}人，发放低保金{2}元。", GROUPS["minzheng"])}[g]
        multi(sh, r, 0, code, m, t[0], [ind for _, _, ind in t[1]])
        r += 1
    sh.put(r + 1, 0, f"{short}社区　{m[:4]}年{int(m[5:])}月底")
    return [sh]


def daxie_cells(W, short, m, groups):
    """Counts written twice in one cell, 小写 then 大写 in brackets: 「32（叁拾贰）」."""
    code = BY_SHORT[short]
    sh = Sheet("csv")
    sh.put(0, 0, f"{short}社区{cn_month(m)}工作情况统计")
    sh.row(1, 0, ["序号", "项目", "单位", "本月数"])
    for i, (lab, unit, ind) in enumerate(items(groups)):
        r = 2 + i
        sh.row(r, 0, [str(i + 1), lab, unit])
        v = W.old.get((code, m, ind), W.v[(code, m, ind)])
        sh.put(r, 3, f"{v}（{daxie(v)}）")
        sh.rec(r, 3, ("truth", (code, m, ind), v, "superseded" if (code, m, ind) in W.old else "primary"))
    return [sh]


def minnan(W, short, m, groups, title=None):
    """本月 / 其中 / 备注: the 其中 column splits a figure (南音 of 文体活动) and is not a value."""
    code = BY_SHORT[short]
    sh = Sheet(f"{short}{int(m[5:])}月")
    sh.merge(0, 0, 0, 4, title or f"鲤城区开元街道{short}社区{cn_month(m)}工作台账")
    sh.row(1, 0, ["类别", "项目", "本月", "其中", "备注"])
    r = 2
    for g in groups:
        its = GROUPS[g]
        sh.merge(r, 0, r + len(its) - 1, 0, {"minsheng": "民情", "laoren": "为老", "wenhua": "文化", "zhiyuan": "厝边",
                                               "jichu": "基础", "minzheng": "民政"}[g])
        for lab, unit, ind in its:
            sh.put(r, 1, f"{lab}/{unit}")
            val(sh, r, 2, code, m, ind)
            if ind == "cultural_activities":
                sh.put(r, 3, f"南音{max(0, W.v[(code, m, ind)] - 2)}场")
            if ind == "people_assisted":
                sh.put(r, 3, f"侨属{W.v[(code, m, ind)] // 4}人")
            r += 1
    return [sh]


PLAN = [("梅山", "2025-09", ["laoren", "wenhua", "jichu"], pairs, "openpyxl"),
        ("刺桐", "2025-09", ["laoren", "wenhua"], minnan, "odfpy"),
        ("开元", "2025-10", ["minzheng", "wenhua", "laoren"], one_row, "xlsxwriter"),
        ("华新", "2025-10", ["laoren", "wenhua"], sentences, "xlwt"),
        ("泉山", "2025-11", ["minsheng", "laoren", "jichu"], daxie_cells, "csv-gbk"),
        ("西湖", "2025-11", ["minsheng", "laoren"], pairs, "openpyxl"),
        ("东升", "2025-12", ["laoren", "zhiyuan"], minnan, "odfpy"),
        ("新春", "2025-12", ["laoren", "zhiyuan"], one_row, "xlsxwriter"),
        ("双塔", "2026-01", ["minsheng", "wenhua", "zhiyuan"], minnan, "xlwt"),
        ("红梅", "2026-01", ["minsheng", "wenhua"], sentences, "csv-utf8bom"),
        ("梅峰", "2026-02", ["minsheng", "laoren"], pairs, "openpyxl"),
        ("北山", "2026-02", ["minsheng", "laoren"], daxie_cells, "csv-gbk"),
        ("东北", "2026-03", ["laoren", "wenhua", "jichu"], one_row, "xlsxwriter"),
        ("开元", "2026-03", ["laoren", "wenhua", "jichu"], sentences, "odfpy")]
EXT = {"openpyxl": "xlsx", "xlsxwriter": "xlsx", "xlwt": "xls", "odfpy": "ods", "csv-gbk": "csv", "csv-utf8bom": "csv"}
FEAT = {pairs: ["label_value_pairs", "english_month_sheet_name", "units_in_brackets", "phone_trap"],
        one_row: ["one_data_row", "units_row_under_header", "event_in_title"],
        sentences: ["sentences_one_per_line", "several_values_one_cell", "footer_month_end"],
        daxie_cells: ["daxie_in_brackets_same_cell", "csv"],
        minnan: ["category_merged_down", "qizhong_column_not_value", "minnan_words", "unit_after_slash"]}


def name(short, m, fn):
    y, mo = m[:4], int(m[5:])
    return {pairs: f"{short}社区{y}年{mo}月工作数据", one_row: f"{short}社区居委会{y}.{mo:02d}月报",
            sentences: f"{short}社区{y}年{mo}月工作小结", daxie_cells: f"{short}社区{y}年{mo}月工作情况统计",
            minnan: f"{short}社区{y}年{mo}月工作台账"}[fn]


def build(W):
    for i, (short, m, groups, fn, writer) in enumerate(PLAN):
        rel = f"batch1/{name(short, m, fn)}.{EXT[writer]}"
        y, mo = int(m[:4]), int(m[5:])
        sent = (y + (mo == 12), mo % 12 + 1, 2 + i % 5, 9, 30)
        save(rel, fn(W, short, m, groups), writer, ["community_file"] + FEAT[fn], sent)
