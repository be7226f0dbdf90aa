"""Community files, part two: 兴韵 6月 (本月/累计; batch2 corrects it), 天鹅 2月 and the same file sent again as
「- 副本」, 乐意居 5月 (.ods, 暂无数据), 建丽 4月 (一、二、 groups with 工作亮点), 科艺 5月 (UTF-8 BOM, a 月份
column), 兴安 6月 (.xls), 长湴西 12月 (村改居 name, line breaks), 岑村西 6月 (.et), 兴韵 11月 (.ods) and 兴科 12月
(UTF-8 CSV)."""
import copy
import random

import corpus_render as R
import corpus_world as W
from corpus_grid import Book

B1 = "batch1/"

C11_ITEMS = [("受理群众诉求", "宗", "petitions_received"), ("办结群众诉求", "宗", "petitions_resolved"),
             ("调解纠纷", "宗", "disputes_mediated"), ("开发岗位", "个", "jobs_created"),
             ("公益性岗位", "个", "public_welfare_jobs"), ("促进就业", "人", "people_employed"),
             ("长者免费体检", "人", "free_health_checks"), ("探访困难群众", "人", "people_assisted"),
             ("发放慰问品", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
             ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers"),
             ("在册党员", "名", "party_members"), ("低保户", "户", "dibao_households"),
             ("常住人口", "人", "residents")]


def xingyun_june(fig, wrong, batch, corrected):
    """兴韵 June: batch1 is the first report, batch2 the corrected one (the whole report again)."""
    code, per = W.CODE["兴韵"], "2026-06"
    name = "兴韵社区2026年6月报表（更正）.xlsx" if corrected else "兴韵社区2026年6月报表.xlsx"
    when = W.sent(2026, 7, 14, 10, 0) if corrected else W.sent(2026, 7, 3, 17, 20)
    feats = ["community_file", "indicators_as_rows", "unit_column", "month_and_ytd_columns", "values_trailing_spaces",
             "values_approx", "double_dash_for_stocks", "title_month_full", "xlsx_openpyxl"]
    feats.append("correction_batch2" if corrected else "corrected_later")
    b = Book(f"{batch}/{name}", "openpyxl", when, feats)
    sh = b.sheet("6月")
    sh.merge(0, 0, 0, 4, "兴韵社区2026年6月工作报表" + ("（更正）" if corrected else ""))
    sh.row(1, 0, ["指标", "单位", "本月", "累计", "备注"])
    for i, (label, unit, ind) in enumerate(C11_ITEMS):
        r = 2 + i
        key = (code, per, ind)
        if key in wrong:
            v, role = (fig[key], "correction") if corrected else (wrong[key], "superseded")
        else:
            v, role = fig[key], ("duplicate" if corrected else "primary")
        sh.row(r, 0, [label, unit])
        if ind == "volunteer_person_times":
            shown = R.approx(v, "余")
        elif ind in ("petitions_received", "people_employed", "cultural_activities"):
            shown = R.trailing(v, 2)
        else:
            shown = v
        sh.tput(r, 2, shown, code, per, ind, v, role=role)
        if ind in W.FLOWS:
            sh.put(r, 3, W.ytd(fig, code, per, ind) - fig[key] + v)
        else:
            sh.put(r, 3, "——")
    r = 2 + len(C11_ITEMS)
    if corrected:
        sh.put(r + 1, 0, "更正说明：6月受理、办结诉求漏统计12345转办件，慰问品误将5月数计入，现予更正。2026年7月14日")
    else:
        sh.put(r + 1, 0, "填报人：吴碧珊    电话：020-87073316    2026年7月3日")
    return b


def c11_xingyun_jun(fig, wrong):
    return xingyun_june(fig, wrong, "batch1", False)


C12_GROUPS = [("（一）民生诉求", [("1.接收群众诉求", "宗", "petitions_received"), ("2.办结", "宗", "petitions_resolved"),
                                ("3.化解矛盾纠纷", "宗", "disputes_mediated")]),
              ("（二）社会保障", [("4.低保家庭", "户", "dibao_households"), ("5.低保人口", "人", "dibao_persons"),
                                ("6.低保金", "元", "dibao_payout_yuan"), ("7.零就业家庭", "户", "zero_employment_households")]),
              ("（三）为老助困", [("8.春节走访慰问", "人", "people_assisted"), ("9.发放年货慰问品", "件", "goods_distributed"),
                                ("10.长者免费体检", "人", "free_health_checks")]),
              ("（四）平安建设", [("11.治安巡逻队员", "人", "patrol_members"), ("12.治安信息员", "人", "informants"),
                                ("13.治安案件", "宗", "security_cases")])]


def c12_tiane_feb(fig, wrong):
    code, per = W.CODE["天鹅"], "2026-02"
    b = Book(B1 + "天鹅社区2026年2月报表.xlsx", "xlsxwriter", W.sent(2026, 3, 4, 10, 5),
             ["community_file", "indicators_as_rows", "group_rows_numbered", "items_numbered", "unit_column",
              "sent_twice_identical_first", "title_month_full", "xlsx_xlsxwriter"])
    sh = b.sheet("2月")
    sh.merge(0, 0, 0, 3, "天鹅社区2026年2月工作报表")
    sh.row(1, 0, ["项目", "单位", "数值", "说明"])
    r = 2
    for grp, rows in C12_GROUPS:
        sh.merge(r, 0, r, 3, grp)
        r += 1
        for label, unit, ind in rows:
            v = fig[(code, per, ind)]
            sh.row(r, 0, [label, unit])
            sh.tput(r, 2, v, code, per, ind, v)
            r += 1
    sh.put(12, 3, "春节（2月17日）前集中走访")
    sh.put(r + 1, 0, "填报：天鹅社区居委会  2026年3月4日")
    return b


def c12b_copy(book):
    """The same bytes sent again under Windows' copy name (the role of its cells: duplicate); make_corpus copies
    the file's bytes, this book only carries the name, the time and the records."""
    b = copy.deepcopy(book)
    b.relpath = B1 + "天鹅社区2026年2月报表 - 副本.xlsx"
    b.sent = W.sent(2026, 3, 4, 10, 7)
    b.features = ["community_file", "sent_twice_identical_copy", "xlsx_xlsxwriter"]
    for sh in b.sheets:
        sh.records = [(k, r, c, code, per, ind, v, "duplicate" if k == "truth" else role)
                      for k, r, c, code, per, ind, v, role in sh.records]
    return b


def c13_leyiju_may(fig, wrong):
    code, per = W.CODE["乐意居"], "2026-05"
    b = Book(B1 + "乐意居社区2026年5月报表.ods", "odfpy", W.sent(2026, 6, 3, 15, 0),
             ["community_file", "indicators_as_rows", "unit_column", "value_no_data_words", "value_slash",
              "title_month_full", "ods_odfpy"])
    sh = b.sheet("5月")
    sh.merge(0, 0, 0, 2, "乐意居社区居委会2026年5月报表")
    sh.row(1, 0, ["指标", "单位", "完成数"])
    items = [("群众诉求受理", "宗", "petitions_received"), ("群众诉求办结", "宗", "petitions_resolved"),
             ("新开发岗位", "个", "jobs_created"), ("促进就业", "人", "people_employed"),
             ("技能培训", "场", "training_sessions"), ("创业担保贷款", "元", "micro_loans_yuan"),
             ("长者免费体检", "人", "free_health_checks"), ("走访慰问", "人", "people_assisted"),
             ("慰问品", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
             ("平安信息员", "人", "informants"), ("治安案件", "宗", "security_cases"),
             ("注册志愿者", "人", "volunteers"), ("党员", "名", "party_members"), ("结对帮扶", "对", "pairings")]
    holes = {"informants": "暂无数据", "micro_loans_yuan": "/"}
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [label, unit])
        if ind in holes:
            sh.iput(r, 2, holes[ind], code, per, ind)
        else:
            v = fig[(code, per, ind)]
            sh.tput(r, 2, v, code, per, ind, v)
    sh.put(2 + len(items) + 1, 0, "2026年6月3日报送")
    return b


def c14_jianli_apr(fig, wrong):
    code, per = W.CODE["建丽"], "2026-04"
    b = Book(B1 + "建丽社区2026年4月工作情况.xlsx", "xlsxwriter", W.sent(2026, 5, 7, 16, 30),
             ["community_file", "indicators_as_rows", "group_rows_chinese_numerals", "unit_column",
              "free_text_highlights", "names_full", "title_month_full", "xlsx_xlsxwriter"])
    sh = b.sheet("4月")
    sh.merge(0, 0, 0, 3, "建丽社区居委会2026年4月工作情况")
    sh.row(1, 0, ["工作内容", "完成数", "单位", "工作亮点"])
    groups = [("一、民生服务", [("受理群众诉求", "宗", "petitions_received", "“回南天”漏水投诉集中，协调物业维修18处"),
                                ("诉求办结", "宗", "petitions_resolved", ""),
                                ("调解邻里纠纷", "宗", "disputes_mediated", "")]),
              ("二、就业创业", [("开发就业岗位", "个", "jobs_created", "4月12日举办招聘会，12家企业参与"),
                                ("其中：公益性岗位", "个", "public_welfare_jobs", ""),
                                ("创业担保贷款", "元", "micro_loans_yuan", "")]),
              ("三、文明实践", [("文体活动", "场", "cultural_activities", "清明节“文明祭扫”宣传2场"),
                                ("政策宣讲", "次", "lectures_held", ""),
                                ("志愿服务", "人次", "volunteer_person_times", "登革热防控清积水行动出动志愿者36人次"),
                                ("注册志愿者", "人", "volunteers", "")]),
              ("四、平安建设", [("巡逻队员", "人", "patrol_members", ""), ("治安案件", "宗", "security_cases", "")])]
    r = 2
    for grp, rows in groups:
        sh.merge(r, 0, r, 3, grp)
        r += 1
        for label, unit, ind, text in rows:
            v = fig[(code, per, ind)]
            sh.put(r, 0, label)
            sh.tput(r, 1, v, code, per, ind, v)
            sh.put(r, 2, unit)
            if text:
                sh.put(r, 3, text)
            r += 1
    sh.put(r + 1, 0, "建丽社区居委会    2026年5月7日")
    sh.widths.update({0: 18, 3: 44})
    return b


def c15_keyi_may(fig, wrong):
    code, per = W.CODE["科艺"], "2026-05"
    b = Book(B1 + "科艺社区2026年5月报表.csv", "csv-utf8-bom", W.sent(2026, 6, 4, 9, 10),
             ["community_file", "indicators_as_columns", "single_data_row", "month_column_text", "values_approx",
              "names_full", "csv_utf8_bom"])
    sh = b.sheet("csv")
    cols = [("受理诉求(宗)", "petitions_received"), ("办结诉求(宗)", "petitions_resolved"),
            ("长者体检(人)", "free_health_checks"), ("帮扶困难群众(人)", "people_assisted"),
            ("文体活动(场)", "cultural_activities"), ("宣讲(次)", "lectures_held"),
            ("低保户(户)", "dibao_households"), ("低保人数(人)", "dibao_persons"),
            ("低保金(元)", "dibao_payout_yuan"), ("社区工作人员(人)", "staff")]
    sh.row(0, 0, ["社区", "月份"] + [h for h, _ in cols])
    sh.row(1, 0, ["科艺社区居委会", "2026年5月"])
    for j, (_h, ind) in enumerate(cols):
        v = fig[(code, per, ind)]
        shown = R.approx(v) if ind == "free_health_checks" else str(v)
        sh.tput(1, 2 + j, shown, code, per, ind, v)
    return b


def c16_xingan_jun(fig, wrong):
    code, per = W.CODE["兴安"], "2026-06"
    b = Book(B1 + "兴安社区2026年6月报表.xls", "xlwt", W.sent(2026, 7, 2, 10, 40),
             ["community_file", "indicators_as_rows", "unit_column", "value_wu", "title_month_full", "xls_xlwt"])
    sh = b.sheet("6月")
    sh.merge(0, 0, 0, 2, "兴安社区2026年6月报表")
    sh.row(1, 0, ["项目", "单位", "本月"])
    items = [("受理诉求", "宗", "petitions_received"), ("办结诉求", "宗", "petitions_resolved"),
             ("新增岗位", "个", "jobs_created"), ("创业担保贷款", "元", "micro_loans_yuan"),
             ("长者体检", "人", "free_health_checks"), ("慰问困难群众", "人", "people_assisted"),
             ("文体活动", "场", "cultural_activities"), ("法治宣讲", "次", "lectures_held"),
             ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers"),
             ("治安巡逻队员", "人", "patrol_members"), ("低保户", "户", "dibao_households"),
             ("低保人数", "人", "dibao_persons"), ("低保金", "元", "dibao_payout_yuan")]
    for i, (label, unit, ind) in enumerate(items):
        v = fig[(code, per, ind)]
        sh.row(2 + i, 0, [label, unit])
        sh.tput(2 + i, 2, R.zero_word(v), code, per, ind, v)
    sh.put(2 + len(items) + 1, 0, "报送日期：2026年7月2日")
    return b


def c17_changbanxi_dec(fig, wrong):
    code, per = W.CODE["长湴西"], "2025-12"
    b = Book(B1 + "长湴西社区2025年12月工作统计.xlsx", "xlsxwriter", W.sent(2026, 1, 6, 14, 20),
             ["community_file", "indicators_as_columns", "single_data_row", "header_two_row_merged",
              "header_line_breaks", "names_village_style", "title_month_full", "xlsx_xlsxwriter"])
    sh = b.sheet("12月")
    cols = [("民生诉求", "受理\n（宗）", "petitions_received"), ("民生诉求", "办结\n（宗）", "petitions_resolved"),
            ("民生诉求", "调处纠纷\n（宗）", "disputes_mediated"), ("平安建设", "巡逻队员\n（人）", "patrol_members"),
            ("平安建设", "信息员\n（人）", "informants"), ("平安建设", "治安案件\n（宗）", "security_cases"),
            ("文明实践", "文体活动\n（场）", "cultural_activities"), ("文明实践", "宣讲\n（次）", "lectures_held"),
            ("文明实践", "志愿服务\n（人次）", "volunteer_person_times")]
    sh.merge(0, 0, 0, len(cols), "长湴西社区（长湴村）2025年12月工作统计")
    sh.merge(1, 0, 2, 0, "社区")
    for g, c0 in (("民生诉求", 1), ("平安建设", 4), ("文明实践", 7)):
        sh.merge(1, c0, 1, c0 + 2, g)
    for j, (_g, head, _i) in enumerate(cols):
        sh.put(2, 1 + j, head)
    sh.put(3, 0, "长湴西社区")
    for j, (_g, _h, ind) in enumerate(cols):
        v = fig[(code, per, ind)]
        sh.tput(3, 1 + j, v, code, per, ind, v)
    sh.put(5, 0, "统计：潘慧珍  2026年1月6日")
    return b


def c18_cencunxi_jun(fig, wrong):
    code, per = W.CODE["岑村西"], "2026-06"
    b = Book(B1 + "岑村西社区2026年6月报表.et", "xlwt", W.sent(2026, 7, 3, 11, 0),
             ["community_file", "indicators_as_rows", "unit_column", "counts_decimal_numbers", "values_qianyuan_unit",
              "title_month_full", "et_wps"])
    sh = b.sheet("6月报表")
    sh.merge(0, 0, 0, 2, "岑村西社区居委会2026年6月报表")
    sh.row(1, 0, ["项目", "计量单位", "数量"])
    items = [("受理诉求", "宗", "petitions_received"), ("办结诉求", "宗", "petitions_resolved"),
             ("来穗人员", "人", "floating_population"), ("常住人口", "人", "residents"), ("户数", "户", "households"),
             ("低保户", "户", "dibao_households"), ("低保对象", "人", "dibao_persons"),
             ("低保金", "千元", "dibao_payout_yuan"), ("零就业家庭", "户", "zero_employment_households"),
             ("治安案件", "宗", "security_cases"), ("平安信息员", "人", "informants"),
             ("党员", "名", "party_members"), ("结对帮扶", "对", "pairings"), ("社区工作人员", "人", "staff")]
    for i, (label, unit, ind) in enumerate(items):
        v = fig[(code, per, ind)]
        sh.row(2 + i, 0, [label, unit])
        if unit == "千元":
            sh.tput(2 + i, 2, R.qianyuan(v), code, per, ind, v)
        elif ind in ("security_cases", "zero_employment_households", "informants"):
            sh.tput(2 + i, 2, R.as_float(v), code, per, ind, v, fmt="0.0")
        else:
            sh.tput(2 + i, 2, v, code, per, ind, v)
    sh.put(2 + len(items) + 1, 0, "岑村西社区  2026年7月3日")
    return b


def c19_xingyun_nov(fig, wrong):
    code, per = W.CODE["兴韵"], "2025-11"
    b = Book(B1 + "兴韵社区2025年11月报表.ods", "odfpy", W.sent(2025, 12, 4, 16, 0),
             ["community_file", "indicators_as_rows", "unit_in_label", "outside_catalogue_rows", "title_month_full",
              "ods_odfpy"])
    sh = b.sheet("11月")
    sh.merge(0, 0, 0, 1, "兴韵社区2025年11月报表")
    sh.row(1, 0, ["项目", "数量"])
    items = [("受理诉求（宗）", "petitions_received"), ("办结诉求（宗）", "petitions_resolved"),
             ("调解纠纷（宗）", "disputes_mediated"), ("新增就业岗位（个）", "jobs_created"),
             ("促进就业（人）", "people_employed"), ("零就业家庭（户）", "zero_employment_households"),
             ("长者免费体检（人）", "free_health_checks"), ("走访慰问（人）", "people_assisted"),
             ("慰问品（件）", "goods_distributed"), ("长者饭堂就餐（人次）", None),
             ("文体活动（场）", "cultural_activities"), ("宣讲（次）", "lectures_held"),
             ("巡逻队员（人）", "patrol_members"), ("治安案件（宗）", "security_cases"),
             ("垃圾分类督导（人次）", None), ("注册志愿者（人）", "volunteers"),
             ("志愿服务（人次）", "volunteer_person_times"), ("党员（名）", "party_members")]
    rng = random.Random(1130)
    for i, (label, ind) in enumerate(items):
        sh.put(2 + i, 0, label)
        if ind is None:
            sh.put(2 + i, 1, rng.randrange(300, 1200))
        else:
            v = fig[(code, per, ind)]
            sh.tput(2 + i, 1, v, code, per, ind, v)
    sh.put(2 + len(items) + 1, 0, "填报日期：2025年12月4日")
    return b


def c20_xingke_dec(fig, wrong):
    code, per = W.CODE["兴科"], "2025-12"
    b = Book(B1 + "兴科社区2025年12月报表.csv", "csv-utf8", W.sent(2026, 1, 5, 9, 0),
             ["community_file", "indicators_as_rows", "unit_column", "csv_utf8", "values_comma_text",
              "title_month_full"])
    sh = b.sheet("csv")
    sh.put(0, 0, "兴科社区2025年12月报表")
    sh.row(1, 0, ["项目", "单位", "数量"])
    items = [("受理诉求", "宗", "petitions_received"), ("办结", "宗", "petitions_resolved"),
             ("新开发岗位", "个", "jobs_created"), ("实现就业", "人", "people_employed"),
             ("低保金发放", "元", "dibao_payout_yuan"), ("长者免费体检", "人", "free_health_checks"),
             ("走访慰问", "人", "people_assisted"), ("发放慰问品", "件", "goods_distributed"),
             ("文体活动", "场", "cultural_activities"), ("宣讲", "次", "lectures_held"),
             ("常住人口", "人", "residents"), ("户数", "户", "households"), ("来穗人员", "人", "floating_population")]
    for i, (label, unit, ind) in enumerate(items):
        v = fig[(code, per, ind)]
        sh.row(2 + i, 0, [label, unit])
        sh.tput(2 + i, 2, R.comma(v), code, per, ind, v)
    sh.put(2 + len(items) + 1, 0, "联系人：关凯琳 020-87041178")
    return b


FILES = [c11_xingyun_jun, c12_tiane_feb, c13_leyiju_may, c14_jianli_apr, c15_keyi_may, c16_xingan_jun,
         c17_changbanxi_dec, c18_cencunxi_jun, c19_xingyun_nov, c20_xingke_dec]
