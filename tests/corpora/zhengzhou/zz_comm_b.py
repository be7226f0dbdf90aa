"""Community files, part two: the 小孟寨 .ods, the 新村 CSV, the 丰二 one-row sheet, the sheets-by-community
workbook, the 东风 return (corrected in batch2) and the 富田 list."""
from zz_grid import Sheet, header, miss, pair, val
from zz_world import BY_SHORT, COMMS
from zz_writers import save


def xmz_ods(W):
    """小孟砦 11月 .ods written 小孟寨 (砦/寨 zhài); 类别 merged down; a two-row merged header 本月 / 累计."""
    m, code = "2025-11", BY_SHORT["小孟砦"]
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 5, "小孟寨社区2025年11月份工作统计")
    sh.merge(1, 0, 2, 0, "类别")
    sh.merge(1, 1, 2, 1, "内容")
    sh.merge(1, 2, 2, 2, "单位")
    sh.merge(1, 3, 1, 4, "完成情况")
    sh.row(2, 3, ["本月", "1-11月"])
    sh.merge(1, 5, 2, 5, "备注")
    groups = [("民情民意", [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
                        ("信访接待", "件次", None)]),
              ("就业社保", [("城镇新增就业", "人", "people_employed"), ("失业人员再就业", "人", None),
                        ("创业担保贷款", "万元", "micro_loans_yuan")]),
              ("为老助残", [("老年人体检", "人", "free_health_checks"), ("慰问物资", "件", "goods_distributed")]),
              ("平安建设", [("巡逻队员", "人", "patrol_members"), ("治安案件", "起", "security_cases")])]
    r = 3
    for g, items in groups:
        sh.merge(r, 0, r + len(items) - 1, 0, g)
        for lab, unit, ind in items:
            sh.row(r, 1, [lab, unit])
            if ind is None:
                sh.row(r, 3, [2, 19])
            elif ind == "patrol_members":
                val(sh, r, 3, code, m, ind)
                sh.put(r, 4, "—")
            else:
                d = 10000 if unit == "万元" else 1
                val(sh, r, 3, code, m, ind, div=d)
                sh.put(r, 4, W.ytd(code, m, ind) / d)
            r += 1
    sh.put(r, 5, "11月15日起集中供暖，诉求增多")
    save("batch1/小孟寨社区2025年11月份工作统计.ods", [sh], "odfpy",
         ["community_file", "ods_merged_header", "variant_char_name", "category_merged_down", "month_and_ytd",
          "values_wan_unit_column", "outside_rows", "note_date_trap"], (2025, 12, 2, 15, 0))


def xincun_csv(W):
    """新村 12月 CSV (UTF-8 BOM): 指标,本月,备注 with 约 / 余, 「/」, 「无」, a title naming the street."""
    m, code = "2025-12", BY_SHORT["新村"]
    sh = Sheet("x")
    sh.put(0, 0, "金水区南阳新村街道新村社区2025年12月工作情况")
    sh.row(1, 0, ["指标", "本月", "备注"])
    rows = [("常住户数（户）", "households", "k"), ("常住人口（人）", "residents", "k"),
            ("流动人口（人）", "floating_population", "yue"), ("社区工作者（人）", "staff", "n"),
            ("群众诉求受理（件）", "petitions_received", "n"), ("群众诉求办结（件）", "petitions_resolved", "n"),
            ("零就业家庭（户）", "zero_employment_households", "wu"), ("职业技能培训（场）", "training_sessions", "slash"),
            ("注册志愿者（人）", "volunteers", "yu"), ("志愿服务（人次）", "volunteer_person_times", "yue"),
            ("党员（名）", "party_members", "n"), ("结对帮扶（对）", "pairings", "n"),
            ("网格员（人）", None, "n"), ("文明城市创建志愿者（人次）", None, "n")]
    for i, (lab, ind, st) in enumerate(rows):
        r = 2 + i
        sh.put(r, 0, lab)
        if ind is None:
            sh.put(r, 1, str(9 + i))
        elif st == "slash":
            miss(sh, r, 1, code, m, ind, "/")
            sh.put(r, 2, "本月未开展")
        else:
            val(sh, r, 1, code, m, ind, style="t" if st == "n" else st)
    sh.put(2 + len(rows), 0, "填报人：新村社区　电话：0371-63912345　2026年1月4日")
    save("batch1/新村社区2025年12月工作情况.csv", [sh], "csv-utf8bom",
         ["community_file", "csv_utf8bom", "numbers_as_text", "approx_yue_yu", "slash_missing", "wu_zero",
          "street_name_in_title", "outside_rows", "footer_date_trap"], (2026, 1, 4, 9, 0))


def fenger_row(W):
    """丰二 3月: indicators across, line breaks in the header cells, units on their own row, one data row."""
    m, code = "2026-03", BY_SHORT["丰二"]
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 11, "丰二社区2026年3月重点工作数据")
    cols = [("群众\n诉求\n受理", "件", "petitions_received"), ("诉求\n办结", "件", "petitions_resolved"),
            ("新开发\n就业岗位", "个", "jobs_created"), ("其中\n公益性\n岗位", "个", "public_welfare_jobs"),
            ("城镇\n新增就业", "人", "people_employed"), ("创业\n担保贷款", "万元", "micro_loans_yuan"),
            ("低保金\n发放", "万元", "dibao_payout_yuan"), ("志愿\n服务", "人次", "volunteer_person_times"),
            ("宣讲\n活动", "次", "lectures_held"), ("诉求\n办结率", "%", None), ("千人\n志愿者数", "人/千人", None)]
    sh.row(1, 0, ["社区"] + [c[0] for c in cols])
    sh.row(2, 0, ["单位"] + [c[1] for c in cols])
    sh.put(3, 0, "丰二社区")
    for j, (lab, unit, ind) in enumerate(cols):
        if ind:
            val(sh, 3, 1 + j, code, m, ind, div=10000 if unit == "万元" else 1)
        elif unit == "%":
            sh.put(3, 1 + j, round(100 * W.v[(code, m, "petitions_resolved")] / W.v[(code, m, "petitions_received")], 1))
        else:
            sh.put(3, 1 + j, round(1000 * W.v[(code, m, "volunteers")] / W.v[(code, m, "residents")], 1))
    sh.put(5, 0, "3月5日学雷锋纪念日开展集中志愿服务；填报日期：2026年4月1日")
    save("batch1/丰二社区2026年3月重点工作数据.xlsx", [sh], "openpyxl",
         ["community_file", "indicators_across", "header_linebreaks", "units_row_under_header", "values_wan_header",
          "derived_columns", "note_date_trap"], (2026, 4, 1, 14, 0))


def sheets_by_name(W):
    """2月: one sheet per community (sheet name = the community), every sheet titled 「社区工作月报表」 — the
    period in the file name and an 所属期 cell."""
    m = "2026-02"
    sheets = []
    for short, code, f in COMMS:
        if short in ("东风", "三北"):
            continue
        sh = Sheet(short)
        sh.put(0, 0, "社区工作月报表")
        sh.row(1, 0, ["所属期：2026年02月", "", "单位：件、人、户"])
        sh.row(2, 0, ["项目", "数值", "说明"])
        items = [("诉求受理", "petitions_received"), ("诉求办结", "petitions_resolved"), ("调解", "disputes_mediated"),
                 ("新增就业", "people_employed"), ("零就业家庭", "zero_employment_households"),
                 ("走访困难群众", "people_assisted"), ("慰问品", "goods_distributed"), ("文化活动", "cultural_activities"),
                 ("巡逻队员", "patrol_members"), ("信息员", "informants"), ("楼院长", None)]
        for i, (lab, ind) in enumerate(items):
            r = 3 + i
            sh.put(r, 0, lab)
            if ind:
                val(sh, r, 1, code, m, ind)
            else:
                sh.put(r, 1, int(18 * f))
        sh.put(4 + len(items), 0, "报送日期：3月3日")
        sheets.append(sh)
    save("batch1/南阳新村街道各社区2026年2月月报.xlsx", sheets, "openpyxl",
         ["street_workbook", "sheet_per_community", "generic_titles", "period_cell_zero_padded", "short_labels",
          "outside_rows"], (2026, 3, 3, 17, 0))


def dongfeng_sheet(W, note=None):
    """东风 2月: 项目 | 完成情况 with units glued, 「N户M人」, 「1.52万元」, 办结率 「93.8%」; corrected in batch2."""
    m, code = "2026-02", BY_SHORT["东风"]
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "东风社区2026年2月工作报表" + ("（更正）" if note else ""))
    sh.merge(1, 0, 1, 3, "填报单位：南阳新村街道东风社区居民委员会")
    sh.row(2, 0, ["项目", "完成情况", "项目", "完成情况"])
    left = [("受理群众诉求", "petitions_received", "u", "件"), ("办结", "petitions_resolved", "u", "件"),
            ("办结率", None, "rate", ""), ("城镇新增就业", "people_employed", "u", "人"),
            ("新增岗位", "jobs_created", "u", "个"), ("低保", "pair", "", "")]
    right = [("低保金", "dibao_payout_yuan", "wan", ""), ("走访慰问", "people_assisted", "u", "人"),
             ("慰问物资", "goods_distributed", "u", "件"), ("志愿服务", "volunteer_person_times", "u", "人次"),
             ("特困供养", None, "x", ""), ("治安案件", "security_cases", "wu", "起")]
    for k, items in enumerate((left, right)):
        for i, (lab, ind, st, unit) in enumerate(items):
            r, c = 3 + i, 2 * k
            sh.put(r, c, lab)
            if ind == "pair":
                pair(sh, r, c + 1, code, m)
            elif st == "rate":
                sh.put(r, c + 1, f"{100 * W.v[(code, m, 'petitions_resolved')] / W.v[(code, m, 'petitions_received')]:.1f}%")
            elif st == "x":
                sh.put(r, c + 1, "3人")
            elif st == "wan":
                val(sh, r, c + 1, code, m, ind, style="wan", div=10000)
            else:
                val(sh, r, c + 1, code, m, ind, style=st, unit=unit)
    if note:
        sh.merge(10, 0, 10, 3, note)
    sh.put(11, 0, "2026年3月" + ("10日" if note else "2日"))
    return sh


def futian_list(W):
    """富田 10月: 序号 | 工作内容 | 数量 | 单位 — value before unit; 「无」; 重阳 note; 三所联动 outside."""
    m, code = "2025-10", BY_SHORT["富田"]
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 3, "富田社区10月份工作量统计")
    sh.merge(1, 0, 1, 3, "（2025年度）")
    sh.row(2, 0, ["序号", "工作内容", "数量", "单位"])
    items = [("居民诉求受理", "petitions_received", "件"), ("诉求办结", "petitions_resolved", "件"),
             ("“三所联动”化解矛盾纠纷", None, "起"), ("人民调解成功", "disputes_mediated", "起"),
             ("实现就业", "people_employed", "人"), ("零就业家庭", "zero_employment_households", "户"),
             ("创业担保贷款", "micro_loans_yuan", "元"), ("重阳节走访慰问老人", "people_assisted", "人"),
             ("发放慰问品", "goods_distributed", "份"), ("老年人体检", "free_health_checks", "人"),
             ("平安信息员", "informants", "人"), ("社区党员", "party_members", "名"), ("结对帮扶", "pairings", "对")]
    for i, (lab, ind, unit) in enumerate(items):
        r = 3 + i
        sh.row(r, 0, [i + 1, lab])
        sh.put(r, 3, unit)
        if ind is None:
            sh.put(r, 2, 1)
        elif ind in ("zero_employment_households", "micro_loans_yuan"):
            val(sh, r, 2, code, m, ind, style="wu")
        else:
            val(sh, r, 2, code, m, ind)
    sh.put(17, 0, "重阳节（10月29日）集中走访；报送日期2025年11月3日")
    save("batch1/富田社区10月份工作量统计.xlsx", [sh], "xlsxwriter",
         ["community_file", "value_before_unit", "year_second_line", "wu_zero", "outside_rows", "note_date_trap"],
         (2025, 11, 3, 10, 0))


def build(W):
    xmz_ods(W)
    xincun_csv(W)
    fenger_row(W)
    sheets_by_name(W)
    save("batch1/东风社区2026年2月工作报表.xlsx", [dongfeng_sheet(W)], "openpyxl",
         ["community_file", "label_value_pairs", "pair_hh_persons", "units_glued", "wan_in_cell", "derived_rate_text",
          "outside_rows"], (2026, 3, 2, 17, 30))
    futian_list(W)
