"""Community files: 24 files from 12 communities in seven layouts (CL1 卡片 label：value, CL2 months across under a
year row, CL3 one wide row under three header rows, CL4 sentences, CL5 blocks headed 「二〇二五年十二月」, CL6 one sheet
per month 「12月份」, CL7 long table 月份｜项目｜数值｜单位)."""
from yc_grid import Sheet, miss, multi, pair, val
from yc_world import BY_SHORT
from yc_writers import save

NAME = {"土街头": "土街头社区居委会", "樵湖岭": "樵湖岭社区", "石板溪": "石版溪社区", "铁路坝": "铁路坝",
        "刘家大堰": "刘家大偃社区", "常刘路": "常刘路社区居民委员会", "绿萝路": "绿箩路社区", "营盘路": "营盘路社区",
        "船柴": "西陵区船柴社区", "香锦": "香锦社区", "大学路": "西陵街道大学路社区", "土城路": "土城路社区"}
SET_A = ["petitions_received", "petitions_resolved", "disputes_mediated", "people_assisted", "cultural_activities",
         "lectures_held", "volunteer_person_times", "security_cases"]
SET_B = ["jobs_created", "people_employed", "dibao_households", "dibao_persons", "free_health_checks",
         "goods_distributed", "training_sessions", "floating_population"]
LAB = {"petitions_received": ("收集民情民意", "件"), "petitions_resolved": ("其中已化解办结", "件"),
       "disputes_mediated": ("调处矛盾纠纷", "起"), "people_assisted": ("走访帮扶困难对象", "人"),
       "cultural_activities": ("群众文体活动（含楚剧票友会）", "场"), "lectures_held": ("“板凳课堂”宣讲", "次"),
       "volunteer_person_times": ("参与志愿服务", "人次"), "security_cases": ("辖区治安发案", "起"),
       "jobs_created": ("开发就业岗位", "个"), "people_employed": ("帮助实现就业", "人"),
       "dibao_households": ("在册低保户", "户"), "dibao_persons": ("在册低保人口", "人"),
       "free_health_checks": ("老年人免费体检", "人"), "goods_distributed": ("发放米油等慰问品", "件"),
       "training_sessions": ("技能培训", "场次"), "floating_population": ("流动人口登记", "人")}
CN = "〇一二三四五六七八九"
EVENT = {"2025-09": "开展“我们的节日·中秋”活动", "2025-10": "重阳节搞了百家宴", "2025-11": "消防宣传月入户",
         "2025-12": "冬至包饺子送独居老人", "2026-01": "元旦迎新长江边健步走", "2026-02": "春节前走访慰问",
         "2026-03": "学雷锋月志愿服务"}


def cn_month(m):
    y, mo = m[:4], int(m[5:])
    mm = "十" if mo == 10 else ("十" + CN[mo - 10] if mo > 10 else CN[mo])
    return "".join(CN[int(d)] for d in y) + "年" + mm + "月"


def unit_of(ind):
    return LAB[ind][1].replace("场次", "场") if ind == "training_sessions" else LAB[ind][1]


def cl1(W, short, months, inds, writer, rel, sent, dx=False):
    """卡片: 「项目：」 in A, the figure with its unit glued in B; remarks in C."""
    code, m = BY_SHORT[short], months[0]
    sh = Sheet(f"{int(m[5:])}月")
    sh.merge(0, 0, 0, 2, f"{NAME[short]}{m[:4]}年{int(m[5:])}月工作数据")
    r = 2
    for ind in inds:
        lab, unit = LAB[ind]
        sh.put(r, 0, lab + "：")
        if dx and ind in ("dibao_households", "dibao_persons"):
            val(sh, r, 1, code, m, ind, style="dx")
            sh.put(r, 2, unit + "（大写）")
        elif ind == "security_cases" and short == "香锦":
            miss(sh, r, 1, code, m, ind, "待派出所反馈")
        else:
            val(sh, r, 1, code, m, ind, style="u", unit=unit)
        r += 1
    sh.put(r + 1, 0, "备注：")
    sh.put(r + 1, 1, EVENT[m])
    save(rel, [sh], writer, ["community_file", "card_label_colon_value", "units_glued", "event_remark"]
         + (["daxie_numerals"] if dx else []), sent)


def cl2(W, short, months, inds, writer, rel, sent):
    """Months across under a year row (「2025年」 merged over 12月, 「2026年」 over 1月 2月); 累计 and 备注 columns."""
    code = BY_SHORT[short]
    sh = Sheet("指标")
    sh.merge(0, 0, 0, len(months) + 3, f"{NAME[short]}主要工作指标（{int(months[0][5:])}—{int(months[-1][5:])}月）")
    sh.merge(1, 0, 2, 0, "项目")
    sh.merge(1, 1, 2, 1, "计量单位")
    c = 2
    for y in sorted({m[:4] for m in months}):
        ms = [m for m in months if m[:4] == y]
        sh.merge(1, c, 1, c + len(ms) - 1, f"{y}年")
        for k, m in enumerate(ms):
            sh.put(2, c + k, f"{int(m[5:])}月")
        c += len(ms)
    sh.merge(1, c, 2, c, "合计")
    sh.merge(1, c + 1, 2, c + 1, "备注")
    for i, ind in enumerate(inds):
        r = 3 + i
        sh.put(r, 0, LAB[ind][0])
        sh.put(r, 1, LAB[ind][1])
        for k, m in enumerate(months):
            val(sh, r, 2 + k, code, m, ind)
        if ind not in ("dibao_households", "dibao_persons", "floating_population"):
            sh.put(r, c, sum(W.v[(code, m, ind)] for m in months))
        else:
            sh.put(r, c, "/")
    if inds[0] == "jobs_created":
        sh.put(5, c + 1, "时点数不合计")
    else:
        sh.put(3, c + 1, "含12345转办")
    save(rel, [sh], writer, ["community_file", "months_across", "year_row_over_months", "unit_column",
                             "sum_column_not_for_stocks", "emdash_month_range_title"], sent)


def cl3(W, short, months, inds, writer, rel, sent):
    """One wide row: group, name and unit on three header rows, the month as the row label."""
    code, m = BY_SHORT[short], months[0]
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, len(inds), f"{NAME[short]}月度报表")
    sh.merge(1, 0, 3, 0, "月份")
    half = len(inds) // 2
    sh.merge(1, 1, 1, half, "一、基本工作")
    sh.merge(1, half + 1, 1, len(inds), "二、服务群众")
    for i, ind in enumerate(inds):
        sh.put(2, 1 + i, LAB[ind][0])
        sh.put(3, 1 + i, f"({LAB[ind][1]})")
    sh.put(4, 0, f"{m[:4]}.{int(m[5:])}")
    for i, ind in enumerate(inds):
        if ind == "security_cases" and short == "船柴":
            miss(sh, 4, 1 + i, code, m, ind, "暂缺")
        else:
            val(sh, 4, 1 + i, code, m, ind, style="t" if i % 2 else "n")
    sh.put(6, 0, "填报人：")
    sh.put(6, 3, "联系电话：0717-62")
    save(rel, [sh], writer, ["community_file", "one_wide_row", "three_header_rows_group_name_unit",
                             "period_as_row_label_yyyy_dot_m", "text_numbers_alternating", "phone_0717"], sent)


def cl4(W, short, months, inds, writer, rel, sent):
    """Sentences: one line per topic, figures inside words."""
    code, m = BY_SHORT[short], months[0]
    sh = Sheet(f"{int(m[5:])}月份")
    sh.put(0, 0, f"{NAME[short]}{m[:4]}年{int(m[5:])}月份工作小结（数据部分）")
    r = 2
    s = set(inds)
    if "petitions_received" in s:
        multi(sh, r, 0, code, m, "一是民情：本月收集居民诉求{0}件，化解办结{1}件，调处纠纷{2}起。",
              ["petitions_received", "petitions_resolved", "disputes_mediated"])
        multi(sh, r + 1, 0, code, m, "二是服务：走访帮扶{0}人，搞了文体活动{1}场、“板凳课堂”{2}次，志愿服务{3}人次。",
              ["people_assisted", "cultural_activities", "lectures_held", "volunteer_person_times"])
        multi(sh, r + 2, 0, code, m, "三是平安：辖区治安案件{0}起。", ["security_cases"])
    else:
        multi(sh, r, 0, code, m, "一是就业：开发岗位{0}个，帮助{1}人实现就业，开展技能培训{2}场。",
              ["jobs_created", "people_employed", "training_sessions"])
        pair(sh, r + 1, 1, code, m)
        sh.put(r + 1, 0, "二是低保（户/人）：")
        multi(sh, r + 2, 0, code, m, "三是为老：为{0}名老人免费体检，发放慰问品{1}件；流动人口登记{2}人。",
              ["free_health_checks", "goods_distributed", "floating_population"])
    sh.put(r + 4, 0, EVENT[m] + "。")
    save(rel, [sh], writer, ["community_file", "sentences_with_figures", "yishi_ershi_numbering", "dialect_gaole"]
         + ([] if "petitions_received" in s else ["hu_ren_pair_cell"]), sent)


def cl5(W, short, months, inds, writer, rel, sent):
    """Blocks stacked down one sheet, each headed by the month in Chinese numerals."""
    code = BY_SHORT[short]
    sh = Sheet("data")
    sh.put(0, 0, f"{NAME[short]}报表")
    r = 2
    for m in months:
        sh.put(r, 0, cn_month(m))
        sh.row(r + 1, 0, ["项目", "数量", "单位"])
        for i, ind in enumerate(inds):
            sh.put(r + 2 + i, 0, LAB[ind][0])
            val(sh, r + 2 + i, 1, code, m, ind, style="fw" if (i + len(m)) % 4 == 0 else "n")
            sh.put(r + 2 + i, 2, LAB[ind][1])
        r += len(inds) + 4
    save(rel, [sh], writer, ["community_file", "blocks_per_month", "chinese_numeral_dates_ling", "unit_column_after",
                             "fullwidth_digits_some"], sent)


def cl6(W, short, months, inds, writer, rel, sent):
    """One sheet per month named 「12月份」; the year only in the file name (a range across the year end)."""
    code = BY_SHORT[short]
    sheets = []
    for m in months:
        sh = Sheet(f"{int(m[5:])}月份")
        sh.row(0, 0, ["序号", "内容", "本月", "上年同月", "备注"])
        for i, ind in enumerate(inds):
            r = 1 + i
            sh.row(r, 0, [i + 1, f"{LAB[ind][0]}（{LAB[ind][1]}）"])
            val(sh, r, 2, code, m, ind)
            from yc_grid import prior
            prior(sh, r, 3, code, m, ind)
        sh.put(1, 4, EVENT[m])
        sheets.append(sh)
    save(rel, sheets, writer, ["community_file", "sheet_per_month_yuefen", "year_only_in_file_name_range",
                               "prior_year_column", "unit_in_brackets_in_label"], sent)


def cl7(W, short, months, inds, writer, rel, sent):
    """Long table: 月份｜项目｜数值｜单位, the month written 「2025/10」."""
    code = BY_SHORT[short]
    sh = Sheet("long")
    sh.row(0, 0, ["社区", "月份", "项目", "数值", "单位"])
    r = 1
    for m in months:
        for ind in inds:
            sh.row(r, 0, [NAME[short], f"{m[:4]}/{int(m[5:])}", LAB[ind][0]])
            val(sh, r, 3, code, m, ind)
            sh.put(r, 4, LAB[ind][1])
            r += 1
    save(rel, [sh], writer, ["community_file", "long_table_one_value_per_row", "month_slash_no_pad",
                             "community_name_every_row"], sent)


PLAN = [("土街头", cl1, ["2025-10"], SET_A, "openpyxl"), ("土街头", cl5, ["2025-12", "2026-01"], SET_B, "csv-utf8"),
        ("樵湖岭", cl2, ["2025-09", "2025-10", "2025-11"], SET_A, "xlsxwriter"),
        ("樵湖岭", cl7, ["2026-01", "2026-02"], SET_B, "csv-gbk"),
        ("石板溪", cl3, ["2026-01"], SET_A, "xlwt"), ("石板溪", cl4, ["2025-11"], SET_B, "odfpy"),
        ("铁路坝", cl6, ["2025-12", "2026-01"], SET_A, "openpyxl"), ("铁路坝", cl1, ["2025-10"], SET_B, "xlwt"),
        ("刘家大堰", cl4, ["2026-02"], SET_A, "odfpy"),
        ("刘家大堰", cl2, ["2025-10", "2025-11", "2025-12"], SET_B, "openpyxl"),
        ("常刘路", cl5, ["2025-09", "2025-10"], SET_A, "csv-utf8bom"), ("常刘路", cl3, ["2026-03"], SET_B, "xlsxwriter"),
        ("绿萝路", cl7, ["2025-11", "2025-12"], SET_A, "csv-gbk"), ("绿萝路", cl1, ["2026-02"], SET_B, "openpyxl"),
        ("营盘路", cl2, ["2026-01", "2026-02", "2026-03"], SET_A, "xlsxwriter"),
        ("营盘路", cl6, ["2025-09", "2025-10"], SET_B, "odfpy"),
        ("船柴", cl3, ["2025-12"], SET_A, "xlwt"), ("船柴", cl4, ["2026-03"], SET_B, "odfpy"),
        ("香锦", cl1, ["2025-09"], SET_A, "openpyxl"), ("香锦", cl5, ["2026-02", "2026-03"], SET_B, "csv-utf8"),
        ("大学路", cl7, ["2025-10", "2025-11"], SET_A, "csv-utf8bom"),
        ("大学路", cl2, ["2025-12", "2026-01", "2026-02"], SET_B, "xlsxwriter"),
        ("土城路", cl6, ["2026-02", "2026-03"], SET_A, "openpyxl"), ("土城路", cl1, ["2025-11"], SET_B, "xlwt")]
EXT = {"openpyxl": "xlsx", "xlsxwriter": "xlsx", "xlwt": "xls", "odfpy": "ods", "csv-gbk": "csv", "csv-utf8": "csv",
       "csv-utf8bom": "csv"}


def span(months):
    a, b = months[0], months[-1]
    if a == b:
        return f"{a[:4]}年{int(a[5:])}月"
    if a[:4] == b[:4]:
        return f"{a[:4]}年{int(a[5:])}-{int(b[5:])}月"
    return f"{a[:4]}年{int(a[5:])}月-{b[:4]}年{int(b[5:])}月"


def build(W):
    for short, fn, months, inds, writer in PLAN:
        last = months[-1]
        y, mo = int(last[:4]), int(last[5:]) + 1
        if mo == 13:
            y, mo = y + 1, 1
        sent = (y, mo, 3 + len(short), 10, 0)
        kind = {cl1: "工作数据", cl2: "主要指标", cl3: "月度报表", cl4: "工作小结", cl5: "报表", cl6: "数据",
                cl7: "数据明细"}[fn]
        rel = f"batch1/{NAME[short]}{span(months)}{kind}.{EXT[writer]}"
        if fn is cl1:
            fn(W, short, months, inds, writer, rel, sent, dx=(short == "铁路坝"))
        else:
            fn(W, short, months, inds, writer, rel, sent)
