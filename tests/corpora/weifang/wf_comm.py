"""The ten communities' own reports: two files each (2025-09…12 and 2026-01…03), five layouts in rotation:
名片 (label：value pairs two to a row, a sheet per month named 「2025.09」), 横排 (months across, a 单位 column, a
SUM 合计 formula), 竖排 (months down, 合计 row FIRST, two-row group header), 流水 CSV (long format, numbers with units),
叙述 ods (one sentence per month holding every figure)."""
from wf_grid import Formula, Sheet, multi, val
from wf_world import COMMS
from wf_writers import save

INDS = [("受理群众诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
        ("调解矛盾纠纷", "起", "disputes_mediated"), ("文体活动", "场", "cultural_activities"),
        ("志愿服务", "人次", "volunteer_person_times")]
# how each committee writes its own name (涧头苑 is a clerk's typo for 涧头院; 崇文 drops its 街)
SELF = {"鑫叶": "鑫叶社区居委会", "南屯": "南屯社区", "新茂": "新茂社区居民委员会", "广潍": "廿里堡街道广潍社区",
        "宝通街": "宝通街社区居委会", "凤凰街": "凤凰街居委", "崇文街": "崇文社区", "南家": "南家社区居委会",
        "金沙窝": "金沙窝社区", "涧头院": "涧头苑社区"}
A = ["2025-09", "2025-10", "2025-11", "2025-12"]
B = ["2026-01", "2026-02", "2026-03"]


def ym(m):
    return f"{int(m[:4])}年{int(m[5:])}月"


def mingpian(W, s, c, months):
    out = []
    for m in months:
        sh = Sheet(f"{m[:4]}.{m[5:]}")
        sh.merge(0, 0, 0, 3, f"{SELF[s]}{ym(m)}工作情况一览")
        r = 2
        for i in range(0, len(INDS), 2):
            for k, (lab, unit, ind) in enumerate(INDS[i:i + 2]):
                multi(sh, r, 2 * k, c, m, lab + "：{0}" + unit, [ind])
            r += 1
        sh.put(r + 1, 0, "备注：志愿服务含“鸢都志愿红”风筝节筹备及学雷锋活动。")
        out.append(sh)
    return out


def hengpai(W, s, c, months):
    sh = Sheet("汇总")
    y = months[0][:4]
    sh.merge(0, 0, 0, len(months) + 2, f"{SELF[s]}{y}年{int(months[0][5:])}—{int(months[-1][5:])}月重点工作统计")
    sh.row(1, 0, ["事项", "单位"] + [f"{int(m[5:])}月份" for m in months] + ["小计"])
    for i, (lab, unit, ind) in enumerate(INDS):
        r = 2 + i
        sh.row(r, 0, [lab if ind != "petitions_resolved" else "诉求办结", unit])
        for j, m in enumerate(months):
            val(sh, r, 2 + j, c, m, ind)
        tot = sum(W.v[(c, m, ind)] if (c, m, ind) not in W.old else W.old[(c, m, ind)] for m in months)
        a, b = chr(67), chr(66 + len(months))
        sh.put(r, 2 + len(months), Formula(f"SUM({a}{r + 1}:{b}{r + 1})", tot))
    return [sh]


def shupai(W, s, c, months):
    sh = Sheet(f"{months[0][:4]}年")
    sh.merge(0, 0, 0, 5, f"{SELF[s]}民情诉求及文明实践月统计（{ym(months[0])}至{ym(months[-1])}）")
    sh.merge(1, 0, 2, 0, "月份")
    sh.merge(1, 1, 1, 2, "民情诉求（件）")
    sh.row(2, 1, ["受理", "办结"])
    sh.merge(1, 3, 2, 3, "调处纠纷（起）")
    sh.merge(1, 4, 2, 4, "文体活动（场）")
    sh.merge(1, 5, 2, 5, "志愿服务（人次）")
    sh.put(3, 0, "合计")
    for k, (_, _, ind) in enumerate(INDS):
        sh.put(3, 1 + k, sum(W.v[(c, m, ind)] if (c, m, ind) not in W.old else W.old[(c, m, ind)] for m in months))
    for i, m in enumerate(months):
        r = 4 + i
        sh.put(r, 0, f"{int(m[5:])}月")
        for k, (_, _, ind) in enumerate(INDS):
            val(sh, r, 1 + k, c, m, ind)
    return [sh]


def liushui(W, s, c, months):
    sh = Sheet("x")
    sh.row(0, 0, ["单位", "月份", "事项", "数量"])
    r = 1
    for m in months:
        for lab, unit, ind in INDS:
            sh.row(r, 0, [SELF[s], f"{m[:4]}/{m[5:]}", lab if ind != "petitions_resolved" else "诉求办结"])
            val(sh, r, 3, c, m, ind, style="u", unit=unit)
            r += 1
    return [sh]


def xushu(W, s, c, months):
    sh = Sheet("工作记实")
    sh.merge(0, 0, 0, 1, f"{SELF[s]}月度工作记实（{months[0][:4]}年）")
    sh.row(1, 0, ["月份", "主要工作及数据"])
    for i, m in enumerate(months):
        r = 2 + i
        sh.put(r, 0, f"{int(m[5:])}月")
        multi(sh, r, 1, c, m, "本月共接待群众诉求{0}件，已办结{1}件；调处矛盾纠纷{2}起；组织秧歌、风筝、"
              "红色电影等文体活动{3}场；志愿服务{4}人次。", [i3 for _, _, i3 in INDS])
    return [sh]


LAYOUTS = [("mingpian", mingpian, "openpyxl", "xlsx", ["label_value_pairs_in_one_cell", "two_pairs_per_row",
                                                        "sheet_per_month_dotted_name"]),
           ("hengpai", hengpai, "xlsxwriter", "xlsx", ["months_across", "unit_column", "sum_formula_total"]),
           ("shupai", shupai, "xlwt", "xls", ["months_down", "total_row_first", "two_row_group_header"]),
           ("liushui", liushui, "csv-utf8", "csv", ["long_format_csv", "slash_month", "unit_glued_numbers"]),
           ("xushu", xushu, "odfpy", "ods", ["sentence_per_month", "five_figures_in_one_cell"])]
TITLE = {"mingpian": "工作情况一览", "hengpai": "重点工作统计", "shupai": "民情诉求及文明实践月统计",
         "liushui": "工作数据流水", "xushu": "月度工作记实"}


def build(W):
    for i, (s, c, _) in enumerate(COMMS):
        for months, k in ((A, i % 5), (B, (i + 2) % 5)):
            key, fn, writer, ext, feats = LAYOUTS[k]
            span = f"{ym(months[0])}-{int(months[-1][5:])}月"
            rel = f"batch1/{SELF[s]}{span}{TITLE[key]}.{ext}"
            extra = ["community_file"] + (["name_typo"] if s == "涧头院" else []) + \
                    (["name_drops_jie"] if s == "崇文街" else [])
            save(rel, fn(W, s, c, months), writer, extra + feats, (int(months[-1][:4]), int(months[-1][5:]), 28, 9, 0))
