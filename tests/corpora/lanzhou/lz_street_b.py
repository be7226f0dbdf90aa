"""The street office's own files, part two: 平安 (Excel's 「Unicode 文本」 saved as .csv), 民情诉求台账 (one block per
indicator, months 9月 … 3月 across the year end), 报表系统 long export with a code legend sheet, 下半年 文化宣讲 (.xls),
一季度 走访慰问 and 民族团结 (.ods)."""
from lz_grid import Formula, Sheet, col_letter, header, prior, qval, val
from lz_world import BY_SHORT, CODES, NAME, PERIOD, SHORT, STREET
from lz_writers import save

B1 = "batch1/"


def s6_pingan(W):
    """UTF-16LE with a BOM, tab-separated: Excel's 「Unicode 文本(*.txt)」 saved under a .csv name."""
    m = "2026-01"
    sh = Sheet("平安")
    sh.put(0, 0, f"{STREET}2026年1月平安建设工作统计表")
    sh.row(1, 0, ["序号", "社区", "群防群治巡逻队员（人）", "平安信息员（人）", "治安案件（起）", "矛盾纠纷排查（次）",
                  "矛盾纠纷调解成功（起）", "冬防巡查（次）", "燃气安全入户检查（户）"])
    r, tot = 2, [0] * 7
    for i, code in enumerate(CODES):
        sh.row(r, 0, [str(i + 1), SHORT[code] + "社区"])
        val(sh, r, 2, code, m, "patrol_members", style="t")
        val(sh, r, 3, code, m, "informants", style="t")
        val(sh, r, 4, code, m, "security_cases", style="wu" if i % 2 else "t")
        x1 = W.out(code, m, "排查", 4, 15)
        sh.put(r, 5, str(x1))
        val(sh, r, 6, code, m, "disputes_mediated", style="t")
        x2, x3 = W.out(code, m, "冬防", 8, 31), W.out(code, m, "燃气", 40, 260)
        sh.put(r, 7, str(x2))
        sh.put(r, 8, str(x3))
        for j, x in enumerate((W.v[(code, m, "patrol_members")], W.v[(code, m, "informants")],
                               W.v[(code, m, "security_cases")], x1, W.v[(code, m, "disputes_mediated")], x2, x3)):
            tot[j] += x
        r += 1
    sh.row(r, 0, ["", "合计"] + [str(x) for x in tot])
    sh.put(r + 1, 0, "注：冬防巡查指冬季大气污染防治散煤、露天焚烧巡查；燃气安全入户检查1月8日—1月20日集中开展。")
    sh.put(r + 2, 0, "雁南街道综治中心　2026年2月3日")
    save(B1 + "雁南街道2026年1月平安建设工作统计.csv", [sh], "csv-utf16",
         ["street_rows", "utf16_tab_separated_csv", "numbers_as_text", "wu_for_zero", "outside_columns", "total_row",
          "notes_numbers", "footer_date_trap", "csv_utf16"], (2026, 2, 3, 10, 15))


def s7_taizhang(W):
    """Three blocks stacked on one sheet, one per indicator: the indicator only in the block's heading row, communities
    down, months 9月 10月 11月 12月 1月 2月 3月 across (the year only in the title), a 说明 line between blocks."""
    sh = Sheet("台账")
    sh.merge(0, 0, 0, 9, f"{STREET}民情诉求和矛盾纠纷调解工作台账（2025年9月—2026年3月）")
    blocks = [("一、民情诉求受理数（单位：件）", "petitions_received",
               "说明：11月1日起集中供暖，暖气不热、管道跑冒滴漏类诉求明显增多；1月中旬寒潮期间水管冻裂报修集中。"),
              ("二、民情诉求办结数（单位：件）", "petitions_resolved",
               "说明：办结数含往月结转本月办结件；2月春节假期（2月15日—23日）部分诉求顺延办理。"),
              ("三、矛盾纠纷调解成功数（单位：起）", "disputes_mediated",
               "说明：调解成功数以社区人民调解委员会结案登记为准，司法所、派出所调处的不计入。")]
    r = 2
    for title, ind, note in blocks:
        sh.merge(r, 0, r, 9, title)
        r += 1
        sh.row(r, 0, ["社区"] + [f"{int(m[5:])}月" for m in PERIOD] + ["合计"])
        r += 1
        first = r
        for code in CODES:
            sh.put(r, 0, SHORT[code])
            for j, m in enumerate(PERIOD):
                val(sh, r, 1 + j, code, m, ind, value=W.v[(code, m, ind)])
            sh.put(r, 8, Formula(f"SUM(B{r + 1}:H{r + 1})", W.span(code, PERIOD, ind)))
            r += 1
        sh.put(r, 0, "全街道")
        for j in range(8):
            L = col_letter(1 + j)
            s = sum(W.v[(code, m, ind)] for code in CODES for m in ([PERIOD[j]] if j < 7 else PERIOD))
            sh.put(r, 1 + j, Formula(f"SUM({L}{first + 1}:{L}{r})", s))
        r += 1
        sh.merge(r, 0, r, 9, note)
        r += 2
    sh.put(r, 0, "雁南街道网格化服务管理中心　　报送日期：2026年4月3日")
    save(B1 + "雁南街道民情诉求和矛盾纠纷调解台账（2025年9月—2026年3月）.xlsx", [sh], "xlsxwriter",
         ["street_rows", "block_per_indicator_stacked", "indicator_only_in_block_heading",
          "months_across_year_rollover_implicit", "notes_between_blocks", "total_formula", "seven_month_span",
          "footer_date_trap", "xlsx_xlsxwriter"],
         (2026, 4, 3, 9, 30))


LEGEND = [("SQ0401", "65岁以上老年人免费健康体检", "人", "free_health_checks"),
          ("SQ0402", "走访慰问困难群众", "人", "people_assisted"),
          ("SQ0403", "发放慰问物资", "件", "goods_distributed"),
          ("SQ0404", "虚拟养老院上门服务", "人次", None),
          ("SQ0501", "群众文化体育活动", "场", "cultural_activities"),
          ("SQ0502", "政策宣讲、法治讲座", "次", "lectures_held"),
          ("SQ0601", "注册志愿者（月末）", "人", "volunteers"),
          ("SQ0602", "志愿服务", "人次", "volunteer_person_times"),
          ("SQ0603", "志愿服务时长", "小时", None),
          ("SQ0701", "在册党员（月末）", "名", "party_members"),
          ("SQ0702", "党员结对帮扶困难群众（月末）", "对", "pairings")]


def s8_baobiao(W):
    """A 报表系统 long export: 指标代码 only in the data sheet; the names, units and 口径 in a second sheet 指标说明."""
    m = "2026-02"
    data = Sheet("数据")
    data.row(0, 0, ["统计期", "单位代码", "单位名称", "指标代码", "本期值", "审核状态"])
    r = 1
    for code in CODES:
        for cd, name, unit, ind in LEGEND:
            data.row(r, 0, ["202602", code, NAME[code], cd])
            if ind:
                val(data, r, 4, code, m, ind)
            elif cd == "SQ0404":
                data.put(r, 4, W.out(code, m, cd, 30, 160))
            else:
                data.put(r, 4, round(W.v[(code, m, "volunteer_person_times")] * 2.5, 1))
            data.put(r, 5, "已审核" if code != BY_SHORT["南河"] else "待审核")
            r += 1
    leg = Sheet("指标说明")
    leg.row(0, 0, ["指标代码", "指标名称", "计量单位", "统计口径"])
    for i, (cd, name, unit, ind) in enumerate(LEGEND):
        note = {"SQ0401": "本月为辖区65岁以上老人提供免费健康体检的人数", "SQ0404": "城关区虚拟养老院签约老人本月接受上门服务人次",
                "SQ0601": "月末在“志愿甘肃”平台注册的辖区志愿者人数", "SQ0603": "不作为考核指标"}.get(cd, "")
        leg.row(i + 1, 0, [cd, name, unit, note])
    leg.put(len(LEGEND) + 2, 0, "导出时间：2026-03-04 10:12:55　导出人：雁南街道党群服务中心")
    save(B1 + "城关区社区统计报表系统导出_雁南街道_2026年2月.xlsx", [data, leg], "xlsxwriter",
         ["street_long_export", "indicator_codes_with_legend_sheet", "names_reg", "period_yyyymm_column", "outside_codes",
          "status_column", "footer_date_trap", "xlsx_xlsxwriter"], (2026, 3, 4, 10, 20))


def s9_wenhua(W):
    """A half-year report: 7月 … 12月 and 下半年合计 under two indicators; 7月 / 8月 are before the corpus period;
    「摊尖子」 for 滩尖子 in one row."""
    months = ["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"]
    sh = Sheet("下半年")
    sh.put(0, 0, f"{STREET}2025年下半年群众文化和宣讲活动统计表")
    tree = [("序号", 0), ("社区", 1)]
    for k, label in enumerate(("文体活动（场）", "宣讲活动（次）")):
        b = 2 + 7 * k
        tree.append((label, [(f"{int(mm[5:])}月", b + j) for j, mm in enumerate(months)] + [("下半年合计", b + 6)]))
    header(sh, 1, 0, tree, 2)
    r = 3
    for i, code in enumerate(CODES):
        name = "摊尖子社区" if code == BY_SHORT["滩尖子"] else SHORT[code] + "社区"
        sh.row(r, 0, [i + 1, name])
        for k, ind in enumerate(("cultural_activities", "lectures_held")):
            b = 2 + 7 * k
            for j, mm in enumerate(months):
                if mm < PERIOD[0]:
                    prior(sh, r, b + j, code, mm, ind)
                else:
                    val(sh, r, b + j, code, mm, ind)
            sh.put(r, b + 6, W.span(code, months, ind))
        r += 1
    sh.put(r, 1, "合计")
    for c in range(2, 16):
        sh.put(r, c, sum(sh.cells[(rr, c)][0] for rr in range(3, r)))
    sh.put(r + 1, 0, "备注：10月1日—8日国庆、中秋双节“我们的节日”系列活动计入10月；7月、8月数据已于三季度报送。")
    sh.put(r + 2, 0, "雁南街道文化站（综合文化服务中心）　2026年1月9日")
    save(B1 + "雁南街道2025年下半年群众文化和宣讲活动统计表.xls", [sh], "xlwt",
         ["street_rows", "half_year_report", "months_before_period", "half_year_total_column", "header_two_row_merged",
          "homophone_slip_row", "total_row", "notes_dates", "footer_date_trap", "xls_xlwt"], (2026, 1, 9, 15, 0))


def s10_weiwen(W):
    """.ods, 1月 | 2月 | 3月 | 一季度合计 under 走访慰问 and 慰问物资, each with an 其中 column (回族群众 / 清真米面油)
    that is a part, never a value; 民族团结进步创建活动 outside."""
    months = ["2026-01", "2026-02", "2026-03"]
    sh = Sheet("一季度")
    sh.put(0, 0, f"{STREET}2026年一季度走访慰问和民族团结进步创建工作统计表")
    header(sh, 1, 0, [("社区", 0),
                      ("走访慰问困难群众（人）", [("1月", 1), ("2月", 2), ("3月", 3), ("一季度合计", 4),
                                            ("其中：开斋节慰问回族群众", 5)]),
                      ("发放慰问物资（件）", [("1月", 6), ("2月", 7), ("3月", 8), ("一季度合计", 9),
                                         ("其中：清真米面油", 10)]),
                      ("民族团结进步创建活动（场）", 11)], 2)
    r = 3
    for code in CODES:
        sh.put(r, 0, SHORT[code])
        for b, ind in ((1, "people_assisted"), (6, "goods_distributed")):
            for j, mm in enumerate(months):
                val(sh, r, b + j, code, mm, ind)
            qval(sh, r, b + 3, code, "2026-Q1", ind)
            sh.put(r, b + 4, W.out(code, "2026-03", ind + "回族", 2, max(3, W.v[(code, "2026-03", ind)] // 2)))
        sh.put(r, 11, W.out(code, "2026-Q1", "民族团结", 1, 4))
        r += 1
    sh.put(r + 1, 0, "说明：春节（2月17日）前集中走访慰问；3月20日开斋节前走访慰问辖区回族困难群众，发放清真米面油，"
                     "均已计入当月。")
    sh.put(r + 2, 0, "雁南街道统战（民族宗教）工作站　报送日期：2026年4月7日")
    save(B1 + "雁南街道2026年一季度走访慰问和民族团结工作统计.ods", [sh], "odfpy",
         ["street_rows", "quarter_report_months_under_indicator", "quarter_column", "part_columns_minority",
          "outside_columns", "header_two_row_merged", "notes_dates", "footer_date_trap", "ods_odfpy"],
         (2026, 4, 7, 11, 30))


def build(W):
    s6_pingan(W)
    s7_taizhang(W)
    s8_baobiao(W)
    s9_wenhua(W)
    s10_weiwen(W)
