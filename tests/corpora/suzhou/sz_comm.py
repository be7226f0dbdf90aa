"""Community files, part one (2025-12 … 2026-03)."""
from sz_grid import Sheet, header, miss, pair, prior, val
from sz_world import BY_SHORT, NAME, STREET
from sz_writers import save

B1 = "batch1/"


def cell(W, sh, r, c, code, m, ind, style="n", unit="", div=1, fmt=None):
    """One item of a community list: ind may be a catalogue code, 'pair' (低保 户/人), ('out', lo, hi) or
    ('miss', text)."""
    if ind == "pair":
        return pair(sh, r, c, code, m)
    if isinstance(ind, tuple) and ind[0] == "out":
        sh.put(r, c, W.out(code, m, str(r), ind[1], ind[2]))
        return c + 1
    if isinstance(ind, tuple) and ind[0] == "miss":
        return miss(sh, r, c, code, m, ind[2], ind[1])
    return val(sh, r, c, code, m, ind, style=style, unit=unit, div=div, fmt=fmt)


def c1_lunan(W):
    """Long format: the indicator and its unit in one cell 「受理诉求（件）」, the value beside it, a 备注 with numbers."""
    code, m = BY_SHORT["路南"], "2025-12"
    sh = Sheet("12月")
    sh.put(0, 0, "路南社区2025年12月工作数据报表")
    sh.row(1, 0, ["序号", "指标（单位）", "数值", "备注"])
    items = [("受理诉求（件）", "petitions_received", "其中12345热线转办9件、寒山闻钟3件"),
             ("其中：12345热线（件）", ("out", 5, 12), ""),
             ("办结诉求（件）", "petitions_resolved", ""),
             ("矛盾纠纷调处（起）", "disputes_mediated", ""),
             ("新增就业岗位（个）", "jobs_created", ""),
             ("公益性岗位（个）", "public_welfare_jobs", ""),
             ("城镇新增就业（人）", "people_employed", ""),
             ("零就业家庭（户）", "zero_employment_households", ""),
             ("低保（户/人）", "pair", "12月新增1户"),
             ("低保金（万元）", "dibao_payout_yuan", ""),
             ("老年人体检（人）", "free_health_checks", ""),
             ("走访慰问困难群众（人）", "people_assisted", "元旦前走访，发放慰问金每户300元"),
             ("文体活动（场）", "cultural_activities", ""),
             ("垃圾分类督导（次）", ("out", 10, 30), ""),
             ("常住人口（人）", "residents", ""),
             ("流动人口（人）", "floating_population", "")]
    r = 2
    for i, (label, ind, note) in enumerate(items):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, label)
        cell(W, sh, r, 2, code, m, ind, div=10000 if ind == "dibao_payout_yuan" else 1,
             fmt="0.00" if ind == "dibao_payout_yuan" else None)
        if note:
            sh.put(r, 3, note)
        r += 1
    sh.put(r + 1, 0, "填报人：王丽　联系电话：0512-65712231　报送日期：2026年1月4日")
    save(B1 + "路南社区2025年12月工作报表.xlsx", [sh], "openpyxl",
         ["comm_long", "label_with_unit_in_one_cell", "part_row", "households_persons_one_cell", "wan_two_decimals",
          "notes_numbers", "outside_rows", "footer_date_trap", "phone_trap", "xlsx_openpyxl"], (2026, 1, 4, 16, 0))


def c2_fuqiang(W):
    """类别 merged down | 项目 | 单位 | 本月 | 本年累计 | 环比; 累计 from 2025-01 (blank for stocks)."""
    code, m = BY_SHORT["富强"], "2025-12"
    sh = Sheet("月报")
    sh.put(0, 0, "富强社区12月份工作月报")
    sh.put(1, 0, "（2025年度）")
    sh.row(2, 0, ["类别", "项目", "单位", "本月", "本年累计", "环比"])
    groups = [("民生诉求", [("受理", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
                            ("矛盾纠纷调处", "起", "disputes_mediated")]),
              ("就业社保", [("新开发岗位", "个", "jobs_created"), ("城镇新增就业", "人", "people_employed"),
                            ("创业担保贷款", "万元", "micro_loans_yuan")]),
              ("民政为老", [("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
                            ("低保金发放", "元", "dibao_payout_yuan"), ("走访慰问", "人", "people_assisted")]),
              ("党建志愿", [("党员人数", "名", "party_members"), ("注册志愿者", "人", "volunteers"),
                            ("志愿服务", "人次", "volunteer_person_times")])]
    stocks = {"dibao_households", "dibao_persons", "party_members", "volunteers"}
    r = 3
    for g, items in groups:
        sh.merge(r, 0, r + len(items) - 1, 0, g)
        for label, unit, ind in items:
            sh.put(r, 1, label)
            sh.put(r, 2, unit)
            div = 10000 if unit == "万元" else 1
            val(sh, r, 3, code, m, ind, div=div)
            if ind not in stocks:
                y = W.ytd(code, m, ind)
                sh.put(r, 4, round(y / div, 4) if div > 1 else y)
            p = W.v[(code, W.prev(m), ind)]
            ch = "—" if p == 0 else f"{(W.v[(code, m, ind)] - p) / p * 100:+.1f}%"
            sh.put(r, 5, ch)
            r += 1
    sh.put(r, 0, "报送日期：2026年1月5日")
    save(B1 + "富强社区2025年12月份工作月报.xls", [sh], "xlwt",
         ["comm_list", "category_merged_down", "month_fen", "year_second_line", "ytd_column", "mom_text",
          "unit_column_wan", "footer_date_trap", "xls_xlwt"], (2026, 1, 5, 9, 30))


def c3_baolin(W):
    """LibreOffice .ods: a first 受理 / 志愿服务 row kept but hidden above the right one (原填)."""
    code, m = BY_SHORT["宝邻"], "2026-01"
    sh = Sheet("Sheet1")
    sh.put(0, 0, "宝邻社区2026年1月工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "数量", "备注"])
    items = [("受理居民诉求", "件", "petitions_received"), ("办结居民诉求", "件", "petitions_resolved"),
             ("矛盾纠纷调处", "起", "disputes_mediated"), ("老年人体检", "人", "free_health_checks"),
             ("走访慰问困难群众", "人", "people_assisted"), ("春节慰问品", "份", "goods_distributed"),
             ("群众文体活动", "场", "cultural_activities"), ("志愿服务", "人次", "volunteer_person_times"),
             ("注册志愿者", "人", "volunteers"), ("在册党员", "人", "party_members")]
    hidden = {"petitions_received": 11, "volunteer_person_times": 40}
    r, n = 2, 1
    for label, unit, ind in items:
        if ind in hidden:
            sh.hidden_rows.add(r)
            sh.row(r, 0, [n, label, unit, W.v[(code, m, ind)] + hidden[ind], "原填"])
            r += 1
        sh.row(r, 0, [n, label, unit])
        cell(W, sh, r, 3, code, m, ind)
        r += 1
        n += 1
    sh.put(r, 4, "2026年2月3日")
    save(B1 + "宝邻社区2026年1月工作报表.ods", [sh], "odfpy",
         ["comm_list", "ods_libreoffice", "hidden_stale_rows", "outside_rows", "footer_date_trap", "ods_odfpy"],
         (2026, 2, 3, 11, 45))


def c4_nanshan(W):
    """GBK CSV: 指标名称,计量单位,本月数,备注 with 约 / 余."""
    code, m = BY_SHORT["南山"], "2026-01"
    sh = Sheet("csv")
    sh.put(0, 0, "南山社区2026年1月工作统计")
    sh.row(1, 0, ["指标名称", "计量单位", "本月数", "备注"])
    items = [("民情诉求受理", "件", "petitions_received", "n", ""), ("民情诉求办结", "件", "petitions_resolved", "n", ""),
             ("走访慰问困难群众", "人", "people_assisted", "about", "春节前集中走访"),
             ("老年人免费体检", "人", "free_health_checks", "yu", ""),
             ("平安信息员", "人", "informants", "n", ""), ("群防群治队员", "人", "patrol_members", "n", ""),
             ("治安案件", "起", "security_cases", "wu", ""), ("低保户", "户", "dibao_households", "n", ""),
             ("低保人员", "人", "dibao_persons", "n", ""), ("低保边缘户", "户", ("out", 1, 5), "n", ""),
             ("居家养老服务", "人次", ("out", 90, 260), "n", "")]
    r = 2
    for label, unit, ind, style, note in items:
        sh.row(r, 0, [label, unit])
        cell(W, sh, r, 2, code, m, ind, style=style)
        if note:
            sh.put(r, 3, note)
        r += 1
    save(B1 + "南山社区2026年1月工作统计.csv", [sh], "csv-gbk",
         ["comm_list", "csv_gbk", "approx_yue_yu", "wu_for_zero", "outside_rows"], (2026, 2, 4, 8, 55))


def c5_jinzhu(W):
    """序号 | 工作事项 | 完成情况 with footnote marks 「45①」「12*」 and the footnotes under the table."""
    code, m = BY_SHORT["金筑"], "2026-02"
    sh = Sheet("2月")
    sh.put(0, 0, "金筑社区2026年2月工作完成情况")
    sh.row(1, 0, ["序号", "工作事项", "完成情况", "计量单位"])
    items = [("受理诉求", "件", "petitions_received", "circ"), ("办结诉求", "件", "petitions_resolved", "n"),
             ("走访慰问困难群众", "人", "people_assisted", "star"), ("低保户数", "户", "dibao_households", "n"),
             ("低保人数", "人", "dibao_persons", "n"), ("低保金", "元", "dibao_payout_yuan", "c"),
             ("新增就业岗位", "个", "jobs_created", "n"), ("其中公益性岗位", "个", "public_welfare_jobs", "wu"),
             ("城镇新增就业", "人", "people_employed", "n"), ("文体活动", "场", "cultural_activities", "n"),
             ("志愿服务", "人次", "volunteer_person_times", "n")]
    r = 2
    for i, (label, unit, ind, style) in enumerate(items):
        sh.row(r, 0, [i + 1, label])
        val(sh, r, 2, code, m, ind, style=style)
        sh.put(r, 3, unit)
        r += 1
    sh.put(r + 1, 0, "① 含寒山闻钟平台转办3件。")
    sh.put(r + 2, 0, "* 春节前（2月9日—2月14日）集中走访，含低保、低保边缘和特困对象。")
    save(B1 + "金筑社区2026年2月工作报表.xlsx", [sh], "openpyxl",
         ["comm_list", "footnote_marks", "unit_after_value", "text_thousands", "wu_for_zero", "notes_numbers",
          "xlsx_openpyxl"], (2026, 3, 3, 10, 10))


def c6_baoxiang(W):
    """Indicators across, one data row, units on a second header row, 办结率 and 公益性岗位占比 as percentages."""
    code, m = BY_SHORT["宝祥"], "2026-02"
    sh = Sheet("Sheet1")
    sh.put(0, 0, "宝祥社区2026年2月报表")
    cols = [("受理诉求", "（件）", "petitions_received"), ("办结诉求", "（件）", "petitions_resolved"),
            ("办结率", "（%）", "rate"), ("新增岗位", "（个）", "jobs_created"), ("公益性岗位", "（个）", "public_welfare_jobs"),
            ("公益性岗位占比", "（%）", "share"), ("城镇新增就业", "（人）", "people_employed"),
            ("创业担保贷款", "（万元）", "micro_loans_yuan"), ("零就业家庭", "（户）", "zero_employment_households"),
            ("注册志愿者", "（人）", "volunteers"), ("志愿服务", "（人次）", "volunteer_person_times")]
    sh.put(1, 0, "社区")
    sh.put(2, 0, "")
    for j, (h, u, ind) in enumerate(cols):
        sh.put(1, 1 + j, h)
        sh.put(2, 1 + j, u)
        if ind == "rate":
            sh.put(3, 1 + j, round(W.v[(code, m, "petitions_resolved")] / W.v[(code, m, "petitions_received")] * 100, 1))
        elif ind == "share":
            jobs = W.v[(code, m, "jobs_created")]
            sh.put(3, 1 + j, f"{W.v[(code, m, 'public_welfare_jobs')] / jobs * 100:.1f}%")
        else:
            val(sh, 3, 1 + j, code, m, ind, div=10000 if u == "（万元）" else 1, fmt="0.00" if u == "（万元）" else None)
    sh.put(3, 0, "宝祥")
    sh.put(5, 0, "说明：志愿服务人次2月受春节假期影响减少。报送日期2026年3月2日")
    save(B1 + "宝祥社区2026年2月报表.xlsx", [sh], "xlsxwriter",
         ["comm_across_one_row", "units_second_header_row", "derived_rate_percent", "derived_share", "wan_two_decimals",
          "footer_date_trap", "xlsx_xlsxwriter"], (2026, 3, 2, 15, 30))


def c7_jinse(W):
    """Sheets 「2026.2」「2026.3」: the period only in the sheet names."""
    code = BY_SHORT["金色里程"]
    sheets = []
    for m in ("2026-02", "2026-03"):
        sh = Sheet(f"2026.{int(m[5:])}")
        sh.put(0, 0, "金色里程社区工作数据")
        sh.row(1, 0, ["项目", "单位", "数量"])
        items = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
                 ("调解矛盾纠纷", "起", "disputes_mediated"), ("治安案件", "起", "security_cases"),
                 ("平安信息员", "人", "informants"), ("巡防队员", "人", "patrol_members"),
                 ("理论宣讲", "场", "lectures_held"), ("文体活动", "场", "cultural_activities"),
                 ("社区工作者", "人", "staff")]
        for i, (label, unit, ind) in enumerate(items):
            sh.row(2 + i, 0, [label, unit])
            val(sh, 2 + i, 2, code, m, ind, style="wu" if ind == "security_cases" else "n")
        sheets.append(sh)
    save(B1 + "金色里程社区工作报表.xlsx", sheets, "openpyxl",
         ["comm_list", "period_only_in_sheet_name_dotted", "two_months_two_sheets", "wu_for_zero", "xlsx_openpyxl"],
         (2026, 4, 2, 9, 5))


def c8_hemei(W):
    """序号 | 项目 | 单位 | 数量 | 备注: 「N户M人」, 「约500」, 「20余」, 低保金 「1.86万元」 in a row whose 单位 is 万元."""
    code, m = BY_SHORT["和美"], "2026-03"
    sh = Sheet("3月")
    sh.put(0, 0, f"姑苏区{STREET}和美社区居委会2026年3月工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "数量", "备注"])
    items = [("受理群众诉求", "件", "petitions_received", "n", ""), ("已办结", "件", "petitions_resolved", "n", ""),
             ("新开发就业岗位", "个", "jobs_created", "yu", ""), ("城镇新增就业", "人", "people_employed", "n", ""),
             ("低保", "户/人", "pair", "n", ""), ("低保金", "万元", "dibao_payout_yuan", "n", ""),
             ("学雷锋志愿服务", "人次", "volunteer_person_times", "about", "3月5日集中服务约200人次"),
             ("注册志愿者", "人", "volunteers", "n", ""), ("党员结对帮扶", "对", "pairings", "n", ""),
             ("防汛物资检查", "次", ("out", 1, 4), "n", "")]
    r = 2
    for i, (label, unit, ind, style, note) in enumerate(items):
        sh.row(r, 0, [i + 1, label, unit])
        if ind == "dibao_payout_yuan":
            val(sh, r, 3, code, m, ind, div=10000, fmt="0.00")
        else:
            cell(W, sh, r, 3, code, m, ind, style=style)
        if note:
            sh.put(r, 4, note)
        r += 1
    save(B1 + "和美社区2026年3月工作报表.xlsx", [sh], "xlsxwriter",
         ["comm_list", "title_full_prefix", "households_persons_one_cell", "approx_yue_yu", "wan_two_decimals",
          "notes_numbers", "outside_rows", "xlsx_xlsxwriter"], (2026, 4, 3, 14, 0))


def build(W):
    c1_lunan(W)
    c2_fuqiang(W)
    c3_baolin(W)
    c4_nanshan(W)
    c5_jinzhu(W)
    c6_baoxiang(W)
    c7_jinse(W)
    c8_hemei(W)
