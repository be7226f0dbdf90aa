"""Community files, part 1: the vertical 项目/单位/本月 form in its many local dresses (C1–C10)."""
from my_grid import Sheet, cn_month, miss, val
from my_world import BY_SHORT, FLOWS
from my_writers import save

LAB = {"petitions_received": ("受理群众诉求（含12345转办）", "件"), "petitions_resolved": ("其中：已办结", "件"),
       "disputes_mediated": ("化解矛盾纠纷", "起"), "free_health_checks": ("65岁以上老人免费体检", "人"),
       "people_assisted": ("走访帮扶困难群众", "人"), "goods_distributed": ("发放慰问品", "件"),
       "cultural_activities": ("坝坝舞、川剧坐唱等文体活动", "场"), "lectures_held": ("政策宣讲/法治讲座", "次"),
       "volunteer_person_times": ("志愿服务参与", "人次"), "households": ("常住户", "户"),
       "residents": ("常住人口", "人"), "floating_population": ("流动人口（含九院项目外来人员）", "人"),
       "staff": ("社区工作者（含专职网格员）", "人")}
CI = list(LAB)
CN_MON = "〇一二三四五六七八九"


def cn_digits_month(month):
    """「二〇二五年十月」"""
    y = "".join(CN_MON[int(d)] for d in month[:4])
    mo = int(month[5:])
    return f"{y}年{['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'][mo]}月"


def vform(W, sh, r0, c0, code, month, inds, cols=("本月",), style=None, unit_col=True, labels=None, seq=True):
    """项目 | 单位 | 本月 [| 上月 | 本年累计 | 备注]. Returns the next free row."""
    head = (["序号"] if seq else []) + ["项目"] + (["单位"] if unit_col else []) + list(cols)
    sh.row(r0, c0, head)
    for i, ind in enumerate(inds):
        r = r0 + 1 + i
        lab, unit = (labels or {}).get(ind, LAB[ind])
        row = ([i + 1] if seq else []) + [lab] + ([unit] if unit_col else [])
        c = sh.row(r, c0, row)
        for col in cols:
            if col.startswith("本月") or col == "数量" or col == month:
                st = (style or {}).get(ind, "n")
                val(sh, r, c, code, month, ind, style=st, unit=unit)
            elif col.startswith("上月"):
                val(sh, r, c, code, W.prev(month), ind, role="prevmonth")
            elif "累计" in col:
                sh.put(r, c, W.ytd(code, month, ind) if ind in FLOWS else "/")
            c += 1
    return r0 + 1 + len(inds)


def build(W):
    # C1 花园第一 2025-09: short name 「花园一社区」, 本月 / 上月 / 本年累计
    m, code = "2025-09", BY_SHORT["花园第一"]
    sh = Sheet("9月")
    sh.merge(0, 0, 0, 5, "花园一社区2025年9月工作台账")
    sh.put(1, 0, "报送单位（盖章）：花园一社区居委会")
    sh.put(1, 4, "科博会服务保障月")
    vform(W, sh, 2, 0, code, m, CI, cols=("本月", "上月", "本年累计"))
    sh.put(17, 0, "填表人：何　审核：罗书记　电话：0816-2xxxxx1")
    save("batch1/花园一社区2025年9月工作台账.xlsx", [sh], "openpyxl",
         ["community_file", "short_name_ordinal_dropped", "prev_month_column", "ytd_column"], (2025, 10, 8, 9))

    # C3 城郊 2025-10: two tables side by side, 二〇二五年十月
    m, code = "2025-10", BY_SHORT["城郊"]
    sh = Sheet("十月")
    sh.merge(0, 0, 0, 8, f"城郊社区{cn_digits_month(m)}份工作报表")
    sh.put(1, 0, "一、民情民意")
    vform(W, sh, 2, 0, code, m, ["petitions_received", "petitions_resolved", "disputes_mediated", "lectures_held"],
          seq=False)
    sh.put(1, 4, "二、人口底数（月末）")
    vform(W, sh, 2, 4, code, m, ["households", "residents", "floating_population", "staff"], seq=False)
    sh.put(8, 0, "三、为民服务（国庆、重阳）")
    vform(W, sh, 9, 0, code, m, ["free_health_checks", "people_assisted", "goods_distributed",
                                 "cultural_activities", "volunteer_person_times"], seq=False)
    save("batch1/城郊社区二〇二五年十月份工作报表.xls", [sh], "xlwt",
         ["community_file", "cn_digit_year_title", "two_tables_side_by_side", "third_table_below"], (2025, 11, 5, 10))

    # C4 三里 2025-11: ods, 数量 + 备注 in 四川话, 「莫得」 for none
    m, code = "2025-11", BY_SHORT["三里"]
    sh = Sheet("2025.11")
    sh.merge(0, 0, 0, 4, "三里社区11月份工作情况统计")
    sh.put(1, 0, "统计时段：2025.11.01—2025.11.30")
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "people_assisted", "cultural_activities",
            "lectures_held", "volunteer_person_times", "residents", "staff"]
    dialect = {"petitions_received": ("收到群众反映", "件"), "petitions_resolved": ("搞定了的", "件"),
               "disputes_mediated": ("扯皮事情调解", "起"), "people_assisted": ("入户摆谈帮扶困难群众", "人"),
               "cultural_activities": ("坝坝舞、坝坝电影", "场"), "lectures_held": ("院坝会宣讲", "次")}
    vform(W, sh, 2, 0, code, m, inds, cols=("数量", "备注"), style={i: "mode" for i in inds}, labels=dialect)
    sh.put(3, 4, "好多都是问物业漏水的")
    sh.put(5, 4, "本月莫得纠纷就写莫得" if W.v[(code, m, "disputes_mediated")] == 0 else "邻里噪音、停车各一类")
    sh.put(9, 4, "巴适，“红袖标”志愿小分队")
    save("batch1/三里社区2025年11月份工作情况统计.ods", [sh], "odfpy",
         ["community_file", "dotted_sheet_period", "sichuan_dialect_remarks", "sichuan_dialect_labels", "mode_for_zero"], (2025, 12, 3, 16))

    # C5 沿江 2025-12: UTF-8 CSV, title typo 「延江」, 「38 件」
    m, code = "2025-12", BY_SHORT["沿江"]
    sh = Sheet("csv")
    sh.put(0, 0, "延江社区2025年12月份工作情况")
    sh.put(1, 0, "填报单位：城郊街道沿江社区居委会")
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "free_health_checks", "people_assisted",
            "goods_distributed", "households", "residents", "floating_population"]
    vform(W, sh, 2, 0, code, m, inds, unit_col=False, style={i: "su" for i in inds})
    save("batch1/沿江社区2025年12月工作情况.csv", [sh], "csv-utf8",
         ["community_file", "typo_in_title_name", "space_before_unit_in_value", "no_unit_column"], (2026, 1, 6, 11))

    # C6 平政 2026-01: 「元月」, values with an arrow against December
    m, code = "2026-01", BY_SHORT["平政"]
    sh = Sheet("元月")
    sh.merge(0, 0, 0, 3, "平政社区2026年元月工作月报")
    sh.put(1, 3, "箭头为与上月比")
    sty = {}
    for ind in CI:
        a, b = W.old.get((code, m, ind), W.v[(code, m, ind)]), W.v[(code, "2025-12", ind)]
        sty[ind] = "arrow" + ("↑" if a > b else "↓" if a < b else "→")
    vform(W, sh, 2, 0, code, m, CI, style=sty)
    save("batch1/平政社区2026年元月工作月报.xlsx", [sh], "openpyxl",
         ["community_file", "yuanyue_for_january", "arrow_suffix_vs_last_month"], (2026, 2, 4, 9))

    # C7 高水 2025-12 … 2026-02: one sheet a month named 「12月」「1月」「2月」, the years only in the file title
    code = BY_SHORT["高水"]
    sheets = []
    for m in ("2025-12", "2026-01", "2026-02"):
        sh = Sheet(f"{int(m[5:])}月")
        sh.merge(0, 0, 0, 3, "高水社区冬季工作台账（2025.12—2026.02）")
        sh.put(1, 0, f"{int(m[5:])}月份")
        vform(W, sh, 2, 0, code, m, ["petitions_received", "petitions_resolved", "people_assisted", "goods_distributed",
                                     "cultural_activities", "households", "residents"])
        sheets.append(sh)
    save("batch1/高水社区冬季工作台账（2025.12-2026.02）.xlsx", sheets, "xlsxwriter",
         ["community_file", "sheet_per_month_crossing_year", "year_only_in_title"], (2026, 3, 4, 10))

    # C8 圣水 2026-03: the old name 「圣水寺社区」 in the title, the registry name in 填报单位
    m, code = "2026-03", BY_SHORT["圣水"]
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "圣水寺社区2026年3月工作报表")
    sh.put(1, 0, "填报单位：城郊街道圣水社区居民委员会（原圣水寺社区）")
    vform(W, sh, 2, 0, code, m, CI)
    save("batch1/圣水寺社区2026年3月工作报表.xls", [sh], "xlwt",
         ["community_file", "old_name_in_title"], (2026, 4, 3, 9))

    # C9 南河 2025-10 and 2025-11 stacked in one GBK CSV
    code = BY_SHORT["南河"]
    sh = Sheet("csv")
    r = 0
    sh.put(r, 0, "南河社区工作数据（10、11月）")
    for m in ("2025-10", "2025-11"):
        sh.put(r + 1, 0, f"【{cn_month(m)}】")
        r = vform(W, sh, r + 2, 0, code, m, ["petitions_received", "petitions_resolved", "disputes_mediated",
                                             "free_health_checks", "volunteer_person_times", "households"]) + 1
    save("batch1/南河社区2025年10-11月工作数据.csv", [sh], "csv-gbk",
         ["community_file", "two_months_stacked_blocks", "bracket_month_lines"], (2025, 12, 2, 15))

    # C10 牌坊 2025-12: ods, units glued on the figures, no unit column
    m, code = "2025-12", BY_SHORT["牌坊"]
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 2, "牌坊社区2025年12月工作完成情况")
    inds = ["petitions_received", "petitions_resolved", "lectures_held", "people_assisted", "goods_distributed",
            "residents", "staff"]
    vform(W, sh, 1, 0, code, m, inds, cols=("完成数",), unit_col=False)
    for i, ind in enumerate(inds):   # re-write as 「38件」
        val(sh, 2 + i, 2, code, m, ind, style="u", unit=LAB[ind][1])
    sh.recs = {k: v[-1:] for k, v in sh.recs.items()}
    save("batch1/牌坊社区2025年12月工作完成情况.ods", [sh], "odfpy",
         ["community_file", "unit_glued_to_value"], (2026, 1, 5, 14))
    miss  # noqa: B018 (kept for the second module)
