"""The street office's own files (吾斯塘博依街道 党政办, 民政, 综治中心, 劳动保障所, 文化站, 访惠聚工作队)."""
from ks_core import COMMS, LAT, MONTHS, UY, Sheet, save

ST = "吾斯塘博依街道"
VAR = {"吾斯塘博依路": ["乌斯塘博依路社区", "吾斯唐博依路社区", "吾斯塘博依社区"],
       "其尼瓦克": ["其尼巴格社区", "奇尼瓦克社区", "其尼瓦克"],
       "色满路": ["色曼路社区", "色满社区", "色满路"],
       "古扎": ["古扎社区居委会", "古扎社区", "古扎"],
       "萨合亚": ["萨克亚社区", "萨合雅社区", "萨合亚"],
       "吐尔亚瓦格": ["吐尔亚巴格社区", "吐尔亚瓦克社区", "吐尔亚瓦格"],
       "布拉克贝西": ["布拉克别西社区", "布拉克贝希社区", "布拉克贝西"],
       "库木代尔瓦扎": ["库木达尔瓦扎社区", "库木代尔瓦孜社区", "库木代尔瓦扎社区"],
       "徕宁城": ["来宁城社区", "徕宁社区", "徕宁城"],
       "吐曼路": ["吐曼社区", "吐曼路社区居委会", "吐曼路"],
       "尤木拉克协海尔": ["尤木拉克谢海尔社区", "玉木拉克协海尔社区", "尤木拉克"],
       "夏马勒巴格": ["夏玛勒巴格社区", "夏马力巴格社区", "夏马勒巴格社区"]}


def nm(c, k):
    return VAR[c][k % 3]


def ym(m):
    y, mo = m.split("-")
    return f"{y}年{int(mo)}月", int(mo)


def bi(zh, uy):
    return f"{zh}\n{uy}"


def s1_petitions(m="2025-10"):
    """communities down, names with Uyghur script beside, bilingual headers, 合计 row."""
    t, mo = ym(m)
    sh = Sheet(f"{mo}月 {mo}-ئاي")
    sh.merge(0, 0, 0, 4, f"{ST}{t}民情诉求受理办结统计表")
    sh.merge(1, 0, 1, 4, f"{ST} ئۆستەڭبويى كوچا باشقارمىسى {mo}-ئاي")
    sh.row(2, 0, [bi("序号", "رەت"), bi("社区", "مەھەللە"), bi("受理（件）", "قوبۇل قىلىنغان ئەرز"),
                  bi("办结（件）", "بىر تەرەپ قىلىنغان"), bi("调解纠纷（起）", "مۇرەسسە")])
    for i, c in enumerate(COMMS):
        r = 3 + i
        sh.row(r, 0, [i + 1, f"{nm(c, i)} {UY[c]}"])
        for j, ind in enumerate(["petitions_received", "petitions_resolved", "disputes_mediated"]):
            sh.val(r, 2 + j, c, m, ind)
    sh.row(15, 0, ["合计 جەمئىي", ""])
    save(f"{ST}{t}民情诉求统计表.xlsx", [sh], "openpyxl",
         ["street_file", "bilingual_headers_uyghur_below", "uyghur_name_beside_chinese", "uyghur_sheet_name", "total_row"])


def s2_jobs(W):
    """RTL sheets, one per month, community name in the rightmost column, 贷款 in 万元 stated only in a footnote."""
    sheets = []
    for m in ("2025-11", "2025-12", "2026-01"):
        t, mo = ym(m)
        sh = Sheet(f"{mo}月")
        sh.rtl = True
        sh.merge(0, 0, 0, 5, f"{ST}劳动保障所{t}就业创业工作进度")
        sh.row(1, 0, ["创业担保贷款", "职业技能培训（场）", "实现就业（人）", "其中：公益性岗位", "新开发岗位（个）", "社区名称"])
        for i, c in enumerate(COMMS):
            r = 2 + i
            k = W.v[(__import__("ks_core").CODE[c], m, "micro_loans_yuan")] / 10000
            sh.val(r, 0, c, m, "micro_loans_yuan", raw=k if k != int(k) else int(k))
            sh.val(r, 1, c, m, "training_sessions")
            sh.val(r, 2, c, m, "people_employed")
            sh.val(r, 3, c, m, "public_welfare_jobs")
            sh.val(r, 4, c, m, "jobs_created")
            sh.put(r, 5, nm(c, i + mo))
        sh.merge(15, 0, 15, 5, "注：创业担保贷款金额单位为万元，其余按表头单位填报。")
        sheets.append(sh)
    save(f"{ST}2025年11月-2026年1月就业创业统计.xlsx", sheets, "xlsxwriter",
         ["street_file", "right_to_left_sheet", "name_column_rightmost", "one_sheet_per_month_across_year_end",
          "unit_only_in_footnote_wanyuan", "month_range_in_file_name"])


def s3_dibao(m="2025-12", fname=None, writer="xlwt", role="primary", note=None):
    t, mo = ym(m)
    sh = Sheet("低保")
    sh.merge(0, 0, 0, 4, f"{ST}{t}城市最低生活保障统计" + ("（更正）" if note else ""))
    sh.row(1, 0, ["统计时段：2025年12月1日—2025年12月31日"])
    sh.row(2, 0, ["序号", "社区", "低保户/人", "当月发放低保金（元）", "备注"])
    for i, c in enumerate(COMMS):
        r = 3 + i
        from ks_core import CODE, W
        h, p = W.v[(CODE[c], m, "dibao_households")], W.v[(CODE[c], m, "dibao_persons")]
        sh.row(r, 0, [i + 1, nm(c, i + 1)])
        sh.val(r, 2, c, m, "dibao_households", raw=f"{h}/{p}", role=role)
        sh.extra(r, 2, c, m, "dibao_persons", f"{h}/{p}", p)
        sh.recs[-1]["role"] = role
        sh.val(r, 3, c, m, "dibao_payout_yuan", role=role)
    if note:
        sh.merge(16, 0, 16, 4, note)
    save(fname or f"{ST}{t}民政低保统计表.xls", [sh], writer,
         ["street_file", "slash_pair_households_persons", "period_as_date_range"] + (["correction_whole_table"] if note else []))


def s4_ping_an(m="2026-02"):
    """communities across (transposed), rows are indicators, Latin Uyghur name under the Chinese one."""
    t, mo = ym(m)
    sh = Sheet("平安建设")
    sh.merge(0, 0, 0, 13, f"{ST}综治中心 平安建设情况（{t}）")
    sh.put(1, 0, "项目")
    sh.put(2, 0, "Mehelle")
    sh.put(1, 1, "单位")
    for i, c in enumerate(COMMS):
        sh.put(1, 2 + i, nm(c, i + 2))
        sh.put(2, 2 + i, LAT[c])
    for j, (lab, u, ind) in enumerate([("群防群治巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
                                       ("治安案件（公安立案）", "起", "security_cases")]):
        sh.row(3 + j, 0, [lab, u])
        for i, c in enumerate(COMMS):
            sh.val(3 + j, 2 + i, c, m, ind)
    sh.put(7, 0, "说明：巡逻队员、信息员为月末在册数。")
    save(f"{ST}{t}平安建设统计.ods", [sh], "odfpy",
         ["street_file", "communities_across", "latin_uyghur_name_row_under_header", "unit_column"])


def s5_volunteer(m="2026-01"):
    """CSV, UTF-8 without BOM, Uyghur-script names in their own column; 「志愿者（名）」."""
    t, mo = ym(m)
    sh = Sheet("")
    sh.row(0, 0, ["新时代文明实践所·石榴籽志愿服务队数据", "", "", ""])
    sh.row(1, 0, ["月份", "社区（汉）", "مەھەللە", "注册志愿者（名）", "服务人次"])
    for i, c in enumerate(COMMS):
        sh.row(2 + i, 0, [f"{mo}月/2026", nm(c, i), UY[c]])
        sh.val(2 + i, 3, c, m, "volunteers")
        sh.val(2 + i, 4, c, m, "volunteer_person_times")
    save(f"石榴籽志愿服务_{ST}_2026年1月.csv", [sh], "csv",
         ["street_file", "csv_utf8_no_bom", "uyghur_name_column", "month_slash_year_in_column"], enc="utf-8")


def s6_party(m="2025-12"):
    """GBK CSV: Uyghur script cannot be written in GBK, so the clerk typed Latin Uyghur."""
    sh = Sheet("")
    sh.row(0, 0, ["吾斯塘博依街道党工委 2025年12月 基层党建统计（Ostengboyi kocha 2025-yili 12-ay）"])
    sh.row(1, 0, ["社区 / Mehelle", "在册党员", "党员结对帮扶（对）", "民族团结一家亲结亲户", "备注"])
    for i, c in enumerate(COMMS):
        sh.row(2 + i, 0, [f"{nm(c, i + 2)}（{LAT[c]}）"])
        sh.val(2 + i, 1, c, m, "party_members")
        sh.val(2 + i, 2, c, m, "pairings")
        sh.put(2 + i, 3, 30 + 3 * i)
    save(f"{ST}党建统计2025年12月.csv", [sh], "csv",
         ["street_file", "csv_gbk", "latin_uyghur_in_parentheses", "uyghur_calendar_words_latin", "distractor_column_jieqin"], enc="gbk")


def s7_base(W, m="2026-03"):
    """stock figures 「截至2026年3月31日」; one 社工 cell 「9+2」 (sum with 访惠聚 team) left to a person."""
    from ks_core import CODE
    sh = Sheet("基础数据")
    sh.merge(0, 0, 0, 5, "社区基础信息台账")
    sh.merge(1, 0, 1, 5, "数据截至：2026年3月31日")
    sh.row(2, 0, ["社区", "常住户数（户）", "常住人口（人）", "流动人口（人）", "社区工作者（人）", "备注"])
    for i, c in enumerate(COMMS):
        r = 3 + i
        sh.put(r, 0, nm(c, i + 1))
        sh.val(r, 1, c, m, "households")
        sh.val(r, 2, c, m, "residents")
        sh.val(r, 3, c, m, "floating_population")
        if c == "布拉克贝西":
            sh.ign(r, 4, c, m, "staff", f"{W.v[(CODE[c], m, 'staff')]}+2")
            sh.put(r, 5, "含访惠聚工作队队员")
        else:
            sh.val(r, 4, c, m, "staff")
    save("吾斯塘博依街道社区基础信息（截至2026年3月底）.xlsx", [sh], "openpyxl",
         ["street_file", "as_of_date_period", "plus_expression_cell"])


def s8_culture(m="2026-03"):
    sh = Sheet("肉孜节")
    sh.merge(0, 0, 0, 4, "吾斯塘博依街道文化站2026年3月（肉孜节期间）文化活动及慰问情况")
    sh.row(1, 0, ["社区", "文体活动", "政策宣讲", "肉孜节慰问物资", "单位"])
    sh.row(2, 0, ["", "场", "次", "件（份）", ""])
    for i, c in enumerate(COMMS):
        r = 3 + i
        sh.put(r, 0, nm(c, i))
        sh.val(r, 1, c, m, "cultural_activities")
        sh.val(r, 2, c, m, "lectures_held")
        sh.val(r, 3, c, m, "goods_distributed")
    save("文化站2026年3月肉孜节活动统计.xlsx", [sh], "xlsxwriter",
         ["street_file", "units_row_under_header", "festival_title_ruozi", "empty_unit_column"])


def s9_fanghuiju(m="2025-11"):
    """访惠聚 work team: two tables side by side on one sheet (入户帮扶 | 健康体检)."""
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 6, "访惠聚驻街工作队2025年11月入户走访帮扶与免费体检情况")
    sh.row(1, 0, ["社区", "帮扶困难群众（人）"])
    sh.row(1, 4, ["社区", "免费健康体检（人）"])
    for i, c in enumerate(COMMS):
        sh.put(2 + i, 0, nm(c, i))
        sh.val(2 + i, 1, c, m, "people_assisted")
    for i, c in enumerate(reversed(COMMS)):
        sh.put(2 + i, 4, nm(c, i + 1))
        sh.val(2 + i, 5, c, m, "free_health_checks")
    save("访惠聚工作队2025年11月入户走访统计.xls", [sh], "xlwt",
         ["street_file", "two_tables_side_by_side", "different_row_order_per_table"])


def s10_petitions(m="2026-01"):
    """上月 | 本月 pairs; 上月 (2025-12) is a duplicate where a community reported December, else ignored."""
    sh = Sheet("诉求")
    sh.merge(0, 0, 0, 6, "吾斯塘博依街道民情诉求办理（2026年1月，附上月数）")
    sh.merge(1, 1, 1, 2, "受理（件）")
    sh.merge(1, 3, 1, 4, "办结（件）")
    sh.merge(1, 5, 1, 6, "调解（起）")
    sh.row(2, 1, ["上月", "本月", "上月", "本月", "上月", "本月"])
    sh.put(1, 0, "社区")
    for i, c in enumerate(COMMS):
        r = 3 + i
        sh.put(r, 0, nm(c, i + 2))
        for j, ind in enumerate(["petitions_received", "petitions_resolved", "disputes_mediated"]):
            sh.val(r, 1 + 2 * j, c, "2025-12", ind, role="prevmonth")
            sh.val(r, 2 + 2 * j, c, m, ind)
    save("吾斯塘博依街道2026年1月民情诉求.ods", [sh], "odfpy",
         ["street_file", "prev_month_columns_interleaved", "merged_group_headers"])


def s11_zero(W):
    """months across with the year merged above (2025年 over 10-12, 2026年 over 1-3)."""
    sh = Sheet("零就业家庭")
    sh.merge(0, 0, 0, 6, "零就业家庭动态台账（户）")
    sh.merge(1, 1, 1, 3, "2025年")
    sh.merge(1, 4, 1, 6, "2026年")
    sh.put(1, 0, "社区")
    sh.row(2, 1, ["10月", "11月", "12月", "1月", "2月", "3月"])
    for i, c in enumerate(COMMS):
        sh.put(3 + i, 0, nm(c, i + 1))
        for k, m in enumerate(MONTHS):
            sh.val(3 + i, 1 + k, c, m, "zero_employment_households")
    save("零就业家庭动态台账2025.10-2026.3.xlsx", [sh], "openpyxl",
         ["street_file", "months_across_year_merged_above", "dotted_range_in_name"])


def build(W):
    s1_petitions()
    s2_jobs(W)
    s3_dibao()
    s4_ping_an()
    s5_volunteer()
    s6_party()
    s7_base(W)
    s8_culture()
    s9_fanghuiju()
    s10_petitions()
    s11_zero(W)
