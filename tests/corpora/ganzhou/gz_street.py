"""The street office's own files (解放街道 党政办 / 社会事务办 / 综治中心 / 劳动保障所 / 党建办 / 文化站)."""
from gz_core import COMM, Sheet, fullwidth, save, wan
from gz_world import CLERK, SHORT

TALLY = {0: "无", 1: "一", 2: "丅", 3: "下", 4: "止", 5: "正", 6: "正一", 7: "正丅"}


def qian(v):
    """元 -> 千元 with one decimal (v is a multiple of 100)."""
    return round(v / 1000, 1)


def fw_comma(v):
    """thousands written with the full-width comma 「，」, as an IME leaves it: 「12，400」."""
    return f"{v:,}".replace(",", "，")


def minzheng_sep(m="2025-09", batch="batch1", suffix=""):
    sh = Sheet("低保")
    sh.merge(0, 0, 0, 4, f"章贡区解放街道2025年9月份城市低保情况统计表{suffix}")
    sh.row(1, 0, ["填报科室：社会事务办", None, None, "金额单位：千元", None])
    sh.row(2, 0, ["序号", "居委会", "在保户数", "在保人数", "当月发放低保金（千元）"])
    for i, (code, name) in enumerate(COMM):
        r = 3 + i
        sh.row(r, 0, [i + 1, name])
        sh.val(r, 2, code, m, "dibao_households")
        sh.val(r, 3, code, m, "dibao_persons")
        sh.val(r, 4, code, m, "dibao_payout_yuan", fmt=qian)
    sh.row(18, 0, ["注：金额按千元填报，保留一位小数。", None, None, None, None])
    sh.row(19, 0, ["审核：", None, "填表：刘", None, "2025年10月9日"])
    return sh


def build():
    save("batch1/解放街道2025年9月份城市低保情况统计表.xlsx", [minzheng_sep()], "openpyxl",
         ["street_file", "unit_qianyuan", "full_registry_names_without_shequ", "footer_date_next_month"])
    # 2. 平安: 统计周期 26日—25日; 治安案件 by 正字 tally marks
    m = "2025-10"
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 4, "解放街道综治中心10月份群防群治情况统计")
    sh.merge(1, 0, 1, 4, "统计周期：2025年9月26日—2025年10月25日（按综治月报口径，计入10月）")
    sh.row(2, 0, ["单位", "巡逻队员（名）", "平安信息员（名）", "治安案件（正字记数）", "备注"])
    for i, (code, _) in enumerate(COMM):
        r = 3 + i
        sh.put(r, 0, CLERK[code])
        sh.val(r, 1, code, m, "patrol_members")
        sh.val(r, 2, code, m, "informants")
        sh.val(r, 3, code, m, "security_cases", fmt=lambda v: TALLY[v])
    sh.put(4, 4, "宋城文化节期间加密巡逻")
    sh.put(18, 0, "说明：治安案件一栏用“正”字计数，一画为1起，“无”为0起。")
    save("batch1/解放街道综治中心2025年10月群防群治统计.xls", [sh], "xlwt",
         ["street_file", "period_26_to_25", "tally_marks_zheng", "clerk_short_names_with_typo"])
    # 3. 志愿: transposed, communities across; header brand 「宋城红·先锋志愿」
    m = "2025-11"
    sh = Sheet("2025.11")
    sh.merge(0, 0, 0, 15, "“宋城红·先锋志愿”服务队伍情况（2025年11月）")
    sh.put(1, 0, "项目＼居委会")
    for j, (code, _) in enumerate(COMM):
        sh.put(1, 1 + j, SHORT[code])
        sh.val(2, 1 + j, code, m, "volunteers")
        sh.val(3, 1 + j, code, m, "volunteer_person_times")
    sh.row(2, 15, ["人"])
    sh.row(3, 15, ["人次"])
    sh.put(1, 15, "单位")
    sh.put(2, 0, "在“志愿江西”注册志愿者")
    sh.put(3, 0, "本月参与志愿服务")
    sh.put(4, 0, "其中：郁孤台、八境台文明引导（人次）")
    for j in range(14):
        sh.put(4, 1 + j, "见附件")
    save("batch1/解放街道志愿服务统计2025年11月.ods", [sh], "odfpy",
         ["street_file", "transposed_communities_across", "unit_column_at_right_end", "part_row_text_only"])
    # 4. 就业 CSV GBK, loans with the full-width comma
    m = "2025-12"
    sh = Sheet("就业")
    sh.put(0, 0, "解放街道劳动保障所2025年十二月份就业工作统计")
    sh.row(1, 0, ["社区", "新增岗位", "其中公益岗", "实现就业(人)", "培训(场)", "创业担保贷款(元)"])
    for i, (code, name) in enumerate(COMM):
        r = 2 + i
        sh.put(r, 0, name.replace("居委会", "居委").replace("社区居民委员会", "居委"))
        sh.val(r, 1, code, m, "jobs_created")
        sh.val(r, 2, code, m, "public_welfare_jobs")
        sh.val(r, 3, code, m, "people_employed")
        sh.val(r, 4, code, m, "training_sessions")
        sh.val(r, 5, code, m, "micro_loans_yuan", fmt=lambda v: fw_comma(v) if v else "0")
    sh.put(16, 0, "备注：贷款金额为元，千位用逗号隔开（输入法全角）。")
    save("batch1/解放街道就业统计（2025年十二月份）.csv", [sh], "csv-gbk",
         ["street_file", "csv_gbk", "fullwidth_thousands_comma", "names_ending_juwei", "month_in_chinese_numerals"])
    # 5. 民情: two tables side by side on one sheet, the right one in another community order
    m = "2026-01"
    sh = Sheet("元月")
    sh.put(0, 0, "2026年元月解放街道民情诉求及矛盾调处情况")
    sh.row(1, 0, ["表一 诉求受理", None, None, None, None, "表二 矛盾调处"])
    sh.row(2, 0, ["居委会", "受理(件)", "办结(件)", None, None, "居委会", "调处成功(起)"])
    rev = list(reversed(COMM))
    for i, (code, _) in enumerate(COMM):
        r = 3 + i
        sh.put(r, 0, SHORT[code])
        sh.val(r, 1, code, m, "petitions_received")
        sh.val(r, 2, code, m, "petitions_resolved")
        c2 = rev[i][0]
        sh.put(r, 5, CLERK[c2])
        sh.val(r, 6, c2, m, "disputes_mediated")
    save("batch1/解放街道2026年元月民情诉求及矛盾调处.xlsx", [sh], "xlsxwriter",
         ["street_file", "two_tables_side_by_side_different_order", "yuanyue_for_january"])
    # 6. 党建 UTF-8 BOM CSV
    m = "2026-02"
    sh = Sheet("党建")
    sh.row(0, 0, ["党组织", "统计月份", "党员（名）", "“党员+客家乡贤”结对（对）"])
    for i, (code, name) in enumerate(COMM):
        sh.put(1 + i, 0, f"{SHORT[code]}居委会党支部")
        sh.put(1 + i, 1, "2026年2月")
        sh.val(1 + i, 2, code, m, "party_members")
        sh.val(1 + i, 3, code, m, "pairings")
    save("batch1/党建办_党员结对统计_202602.csv", [sh], "csv-utf8-bom",
         ["street_file", "csv_utf8_bom", "period_column", "party_branch_names", "hakka_xiangxian_pairing"])
    # 7. 基础: 常住户数/人口 as 「2，345户/6，120人」 in one cell, 流动人口, 社工, 零就业
    m = "2026-03"
    sh = Sheet("基础信息")
    sh.merge(0, 0, 0, 5, "解放街道各居委会基本情况（截至2026年3月31日）")
    sh.row(1, 0, ["名称", "常住户数", "常住人口", "流动人口", "社区工作者", "零就业家庭"])
    sh.row(2, 0, [None, "（户）", "（人）", "（人）", "（人）", "（户）"])
    for i, (code, name) in enumerate(COMM):
        r = 3 + i
        sh.put(r, 0, name)
        sh.val(r, 1, code, m, "households")
        sh.val(r, 2, code, m, "residents")
        sh.val(r, 3, code, m, "floating_population")
        sh.val(r, 4, code, m, "staff")
        sh.val(r, 5, code, m, "zero_employment_households", fmt=lambda v: v if v else "清零")
    save("batch1/解放街道2026年3月居委会基本情况.xlsx", [sh], "openpyxl",
         ["street_file", "unit_row_under_header", "qingling_word_for_zero", "as_of_date_title"])
    # 8. 文化: two months stacked, the second table's header repeated with a different wording
    sh = Sheet("文体")
    r = 0
    for m, title, hd in (("2025-12", "一、2025年12月（冬至·客家擂茶会）", ["居委会", "文体活动场", "宣讲次"]),
                         ("2026-01", "二、2026年1月（迎新春·九狮拜象排练）", ["单位", "活动(场)", "讲座宣讲(次)"])):
        sh.put(r, 0, title)
        sh.row(r + 1, 0, hd)
        for i, (code, _) in enumerate(COMM):
            sh.put(r + 2 + i, 0, SHORT[code])
            sh.val(r + 2 + i, 1, code, m, "cultural_activities")
            sh.val(r + 2 + i, 2, code, m, "lectures_held")
        r += 18
    save("batch1/解放街道综合文化站文体活动统计（2025年12月—2026年1月）.xlsx", [sh], "openpyxl",
         ["street_file", "two_months_stacked", "event_names_in_table_titles"])
    # 9. 民政 Feb: households and persons in one cell 「15户/23人」, payout in 元 with 全角 comma
    m = "2026-02"
    sh = Sheet("二月")
    sh.merge(0, 0, 0, 2, "解放街道社会事务办 2026年2月 低保发放")
    sh.row(1, 0, ["居委会", "户/人", "发放金额"])
    for i, (code, _) in enumerate(COMM):
        sh.put(2 + i, 0, CLERK[code])
        sh.val(2 + i, 1, code, m, "dibao_households", fmt=lambda v, c=code: f"{v}户/{0}人")
        sh.recs.pop()
        h, p = sh_pair(sh, 2 + i, 1, code, m)
        sh.val(2 + i, 2, code, m, "dibao_payout_yuan", fmt=lambda v: f"{fw_comma(v)}元")
    save("batch1/解放街道2026年2月低保发放.ods", [sh], "odfpy",
         ["street_file", "households_slash_persons_one_cell", "yuan_suffix_with_fullwidth_comma"])
    # 10. 为老 UTF-8 CSV (no BOM), period as 「2025.10」 in a column, communities down
    m = "2025-10"
    sh = Sheet("为老")
    sh.row(0, 0, ["月份", "居委会", "免费体检(人)", "走访帮扶(人)", "慰问品(件)", "备注"])
    for i, (code, name) in enumerate(COMM):
        sh.put(1 + i, 0, "2025.10")
        sh.put(1 + i, 1, name)
        sh.val(1 + i, 2, code, m, "free_health_checks")
        sh.val(1 + i, 3, code, m, "people_assisted")
        sh.val(1 + i, 4, code, m, "goods_distributed")
    sh.put(1, 5, "重阳节敬老")
    save("batch1/wl_jfjd_202510.csv", [sh], "csv-utf8", ["street_file", "csv_utf8_no_bom", "pinyin_filename",
                                                           "period_column_dotted_2025.10"])


def sh_pair(sh, r, c, code, m):
    from gz_core import W
    h, p = W["v"][(code, m, "dibao_households")], W["v"][(code, m, "dibao_persons")]
    text = f"{h}户/{p}人"
    sh.put(r, c, text)
    sh.recs.append((r, c, (code, m, "dibao_households"), h, "primary", text))
    sh.recs.append((r, c, (code, m, "dibao_persons"), p, "primary", text))
    return h, p
