"""Community files, part two: ledgers over several months, one-row returns, CSV label/value lists."""
import random

import corpus_grid as G
from corpus_grid import Sheet, header, month_date, qval, val
from corpus_world import CODE, FLOWS
from corpus_writers import save

B1 = "batch1/"
YM = 'yyyy"年"m"月"'


def c9_caida_ledger():
    """Months as rows (real date cells) across the year change, a 2026年1-3月小计 row (a quarter total)."""
    code = CODE["云南财经大学"]
    sh = Sheet("台账")
    sh.merge(0, 0, 0, 8, "云南财经大学社区2025年12月-2026年3月重点工作台账")
    cols = [("诉求受理（件）", "petitions_received"), ("办结（件）", "petitions_resolved"),
            ("调解纠纷（起）", "disputes_mediated"), ("文体活动（场）", "cultural_activities"), ("宣讲（次）", "lectures_held"),
            ("志愿服务人次", "volunteer_person_times"), ("注册志愿者（人）", "volunteers"),
            ("慰问物资（件）", "goods_distributed")]
    sh.row(1, 0, ["月份"] + [t for t, _ in cols])
    r = 2
    for m in ("2025-12", "2026-01", "2026-02", "2026-03"):
        sh.put(r, 0, month_date(m), YM)
        for j, (_, ind) in enumerate(cols):
            yu = (m, ind) == ("2026-02", "goods_distributed")
            val(sh, r, 1 + j, code, m, ind, style="yu" if yu else "n", unit="件" if yu else "")
        r += 1
    sh.put(r, 0, "2026年1-3月小计")
    for j, (_, ind) in enumerate(cols):
        if ind in FLOWS:
            qval(sh, r, 1 + j, code, "2026-Q1", ind)
        else:
            sh.put(r, 1 + j, "—")
    sh.put(r + 2, 0, "备注：2月为寒假，学生志愿者离校，志愿服务人次下降；春节慰问物资含米、油、棉被。")
    save(B1 + "云南财经大学社区2025年12月-2026年3月工作台账.xlsx", [sh], "xlsxwriter",
         ["community_file", "months_as_rows", "month_date_cells", "year_change", "quarter_total_row",
          "title_month_span", "header_one_row", "header_units_brackets", "values_approx", "notes_rows",
          "xlsx_xlsxwriter"], (2026, 4, 3, 11, 45))


def c10_ligong_q2():
    """Indicators as rows, 4月 | 5月 | 6月 | 第二季度合计 (stocks 「—」 in the quarter column)."""
    code = CODE["昆明理工大学"]
    months = ("2026-04", "2026-05", "2026-06")
    sh = Sheet("二季度")
    sh.merge(0, 0, 0, 5, "昆明理工大学社区2026年第二季度工作报表")
    sh.row(1, 0, ["项目", "单位", "4月", "5月", "6月", "第二季度合计"])
    items = [("群众诉求受理", "件", "petitions_received"), ("群众诉求办结", "件", "petitions_resolved"),
             ("矛盾纠纷调解", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("实现就业", "人", "people_employed"), ("职业技能培训", "场", "training_sessions"),
             ("老年人免费体检", "人", "free_health_checks"), ("帮扶困难群众", "人", "people_assisted"),
             ("文体活动", "场", "cultural_activities"), ("宣讲活动", "次", "lectures_held"),
             ("志愿服务", "人次", "volunteer_person_times"), ("志愿者注册总数", "人", "volunteers"),
             ("党员", "人", "party_members"), ("常住人口", "人", "residents"), ("流动人口", "人", "floating_population")]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [label, unit])
        for j, m in enumerate(months):
            val(sh, r, 2 + j, code, m, ind)
        if ind in FLOWS:
            qval(sh, r, 5, code, "2026-Q2", ind)
        else:
            sh.put(r, 5, "—")
    sh.put(2 + len(items) + 1, 0, "说明：6月为毕业季，新增岗位含校企合作提供的见习岗位；报送日期2026年7月3日。")
    save(B1 + "昆明理工大学社区2026年第二季度报表.xlsx", [sh], "openpyxl",
         ["community_file", "indicators_as_rows", "months_as_columns", "quarter_total_column", "title_quarter",
          "unit_column", "dash_in_quarter_column", "notes_rows", "note_date_trap", "xlsx_openpyxl"],
         (2026, 7, 3, 15, 30))


def c11_jiaochang_north_jun():
    """A three-row header with numbered groups and terse leaves (低保 / 户), 其中 under 岗位, one data row."""
    code, m = CODE["教场北路"], "2026-06"
    sh = Sheet("6月")
    sh.merge(0, 0, 0, 13, "教场北路社区26年6月工作报表")
    tree = [("社区", "name"),
            ("一、民情诉求", [("诉求", [("接件（件）", "petitions_received"), ("办结（件）", "petitions_resolved")]),
                         ("纠纷调处（起）", "disputes_mediated")]),
            ("二、就业创业", [("岗位（个）", [("合计", "jobs_created"), ("其中：公益性", "public_welfare_jobs")]),
                         ("就业（人）", "people_employed"), ("贷款（万元）", "micro_loans_yuan")]),
            ("三、社会救助", [("低保", [("户", "dibao_households"), ("人", "dibao_persons")]),
                         ("低保金（元）", "dibao_payout_yuan")]),
            ("四、志愿服务", [("注册（人）", "volunteers"), ("服务（人次）", "volunteer_person_times")])]
    leaves = header(sh, 1, 0, tree, 3)
    sh.put(4, 0, "教场北路社区")
    for c, ind in leaves[1:]:
        val(sh, 4, c, code, m, ind, div=10000 if ind == "micro_loans_yuan" else 1)
    sh.merge(6, 0, 6, 13, "填报人：李晓雯　审核：赵国平　2026年7月5日")
    save(B1 + "教场北路社区26年6月报表.xlsx", [sh], "openpyxl",
         ["community_file", "indicators_as_columns", "title_yy_month", "header_three_row_merged",
          "group_headings_numbered", "qizhong_subcolumn", "terse_leaf_headers", "values_wan_header",
          "single_data_row", "names_sq", "footer", "footer_date_trap", "xlsx_openpyxl"], (2026, 7, 5, 9, 0))


def c12_prison_jul():
    """UTF-8 BOM CSV, label/value rows 项目,数值,单位; a 备注 row with numbers in a sentence; footer cells."""
    code, m = CODE["云南省第二监狱"], "2026-07"
    sh = Sheet("csv")
    sh.put(0, 0, "云南省第二监狱社区2026.7月报")
    sh.row(1, 0, ["项目", "数值", "单位"])
    items = [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("实现就业", "人", "people_employed"),
             ("低保户", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
             ("低保金", "元", "dibao_payout_yuan"), ("帮扶困难群众", "人", "people_assisted"),
             ("文体活动", "场", "cultural_activities"), ("巡逻队员", "人", "patrol_members"),
             ("治安案件", "起", "security_cases"), ("注册志愿者人数", "人", "volunteers"),
             ("党员", "人", "party_members"), ("常住人口", "人", "residents"), ("户数", "户", "households"),
             ("社区工作者", "人", "staff")]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.put(r, 0, label)
        val(sh, r, 1, code, m, ind, style="wut" if ind == "security_cases" else "t")
        sh.put(r, 2, unit)
    r = 2 + len(items)
    sh.row(r, 0, ["备注", "7月开展禁毒宣传活动2场，参与群众约150人"])
    sh.row(r + 1, 0, ["填报人：刘建华", "联系电话：0871-65189023", "报送日期：2026年8月3日"])
    save(B1 + "云南省第二监狱社区2026.7月报.csv", [sh], "csv-utf8bom",
         ["community_file", "label_value_rows", "unit_column", "title_period_dot", "values_number_text", "wu_zero",
          "notes_rows", "footer", "footer_phone", "footer_date_trap", "csv_utf8_bom"], (2026, 8, 3, 10, 10))


def c13_xuefu_jul():
    """「1.2万人」, 「3千余」, 「3.02万元」, a 数据来源 column of words, comments on cells, a √/× column."""
    code, m = CODE["学府"], "2026-07"
    sh = Sheet("7月")
    sh.merge(0, 0, 0, 5, "学府社区2026年7月工作报表")
    sh.row(1, 0, ["序号", "工作项目", "单位", "本月完成", "是否完成", "数据来源"])
    items = [("受理居民诉求", "件", "petitions_received", "n", "12345平台+来访"),
             ("办结居民诉求", "件", "petitions_resolved", "n", "12345平台+来访"),
             ("调解纠纷", "起", "disputes_mediated", "n", "人民调解委员会"),
             ("新增就业岗位", "个", "jobs_created", "n", "就业服务站"), ("实现就业", "人", "people_employed", "n", "就业服务站"),
             ("低保户", "户", "dibao_households", "n", "民政系统"), ("低保人数", "人", "dibao_persons", "n", "民政系统"),
             ("低保金", "元", "dibao_payout_yuan", "wan", "民政系统"),
             ("免费体检", "人", "free_health_checks", "n", "社区卫生服务站"),
             ("文体活动", "场", "cultural_activities", "n", "社区台账"), ("宣讲活动", "次", "lectures_held", "n", "社区台账"),
             ("平安信息员", "人", "informants", "n", "综治中心"), ("常住人口", "人", "residents", "wan", "网格采集"),
             ("流动人口", "人", "floating_population", "qianyu", "网格采集"),
             ("户数", "户", "households", "c", "网格采集")]
    comments = {"dibao_households": "7月有2户因收入超标退出", "residents": "按网格采集数估算",
                "petitions_received": "含12345转办14件"}
    rnd = random.Random(213)
    for i, (label, unit, ind, st, src) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit])
        val(sh, r, 3, code, m, ind, style=st, unit="元" if st == "wan" and unit == "元" else ("人" if st == "wan" else ""),
            comment=comments.get(ind))
        sh.put(r, 4, "×" if rnd.random() < 0.15 else "√")
        sh.put(r, 5, src)
    sh.merge(2 + len(items) + 1, 0, 2 + len(items) + 1, 5, "填报人：杨雪　电话：15887123409　2026年8月4日")
    save(B1 + "学府社区2026年7月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "indicators_as_rows", "unit_column", "title_month_full", "seq_column", "values_wan_in_cell",
          "values_qian_yu", "values_thousands_text", "source_column_words", "cell_comments", "tick_cross_column",
          "footer", "footer_phone", "footer_date_trap", "xlsx_openpyxl"], (2026, 8, 4, 16, 40))


def c14_yejin_may():
    """The name with 社区居委会 in the file name, 序号 | 内容 | 完成情况 with units glued on, 无 for none."""
    code, m = CODE["昆明冶金高等专科学校"], "2026-05"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 2, "昆明冶金高等专科学校社区居委会2026年5月工作报表")
    sh.row(1, 0, ["序号", "内容", "完成情况"])
    items = [("受理群众诉求", "件", "petitions_received"), ("诉求办结", "件", "petitions_resolved"),
             ("化解矛盾纠纷", "起", "disputes_mediated"), ("开发就业岗位", "个", "jobs_created"),
             ("公益性岗位", "个", "public_welfare_jobs"), ("实现就业", "人", "people_employed"),
             ("创业担保贷款", "元", "micro_loans_yuan"), ("技能培训", "场", "training_sessions"),
             ("免费健康体检", "人", "free_health_checks"), ("帮扶困难群众", "人", "people_assisted"),
             ("慰问物资", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
             ("宣讲", "次", "lectures_held"), ("治安案件", "起", "security_cases"), ("结对帮扶", "对", "pairings")]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [i + 1, label])
        v = G.W.v[(code, m, ind)]
        val(sh, r, 2, code, m, ind, style="wut" if v == 0 else "cu", unit=unit)
    sh.put(2 + len(items) + 1, 0, "报送人：段玉　13529047716　2026年6月4日")
    save(B1 + "昆明冶金高等专科学校社区居委会2026年5月工作报表.xlsx", [sh], "xlsxwriter",
         ["community_file", "indicators_as_rows", "units_only_in_values", "values_unit_glued", "title_month_full",
          "names_jwh", "seq_column", "wu_zero", "footer", "footer_phone", "footer_date_trap", "xlsx_xlsxwriter"],
         (2026, 6, 4, 18, 30))


def c15_jiangbei_mar():
    """三月份 in the title and the column, the year only in the file name; units in the labels (.xls)."""
    code, m = CODE["江北"], "2026-03"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 2, "江北社区三月份工作统计")
    sh.row(1, 0, ["项目", "三月份", "备注"])
    items = [("诉求接件（件）", "petitions_received"), ("诉求办结（件）", "petitions_resolved"),
             ("调解纠纷（起）", "disputes_mediated"), ("新增岗位（个）", "jobs_created"), ("实现就业（人）", "people_employed"),
             ("技能培训（场）", "training_sessions"), ("老年人体检（人）", "free_health_checks"),
             ("帮扶困难群众（人）", "people_assisted"), ("文体活动（场）", "cultural_activities"),
             ("志愿者注册总数（人）", "volunteers"), ("志愿服务活动（人次）", "volunteer_person_times"),
             ("党员结对帮扶（对）", "pairings"), ("流动人口（人）", "floating_population")]
    notes = {"volunteer_person_times": "3月5日学雷锋日集中服务", "jobs_created": "春风行动专场招聘会1场"}
    for i, (label, ind) in enumerate(items):
        r = 2 + i
        sh.put(r, 0, label)
        val(sh, r, 1, code, m, ind)
        if ind in notes:
            sh.put(r, 2, notes[ind])
    sh.put(2 + len(items) + 1, 0, "江北社区居委会　4月3日")
    save(B1 + "江北社区2026年三月份工作统计.xls", [sh], "xlwt",
         ["community_file", "indicators_as_rows", "title_month_chinese", "year_only_in_file_name",
          "units_in_labels", "notes_column", "note_date_trap", "xls_xlwt"], (2026, 4, 3, 17, 15))


def c16_sujiatang_dec():
    """25年12月 in the title, a 12月 column, full-width digits and 无."""
    code, m = CODE["苏家塘"], "2025-12"
    sh = Sheet("25年12月")
    sh.merge(0, 0, 0, 3, "苏家塘社区25年12月工作月报")
    sh.row(1, 0, ["项目", "计量单位", "12月", "备注"])
    items = [("受理群众诉求", "件", "petitions_received", "fw"), ("已办结", "件", "petitions_resolved", "fw"),
             ("调解矛盾纠纷", "起", "disputes_mediated", "n"), ("新增就业岗位", "个", "jobs_created", "n"),
             ("实现就业", "人", "people_employed", "n"), ("创业担保贷款", "元", "micro_loans_yuan", "wu"),
             ("低保户", "户", "dibao_households", "n"), ("低保人数", "人", "dibao_persons", "n"),
             ("低保金", "元", "dibao_payout_yuan", "fwc"), ("慰问物资", "件", "goods_distributed", "n"),
             ("治安案件", "起", "security_cases", "wu"), ("义务巡逻队员", "人", "patrol_members", "n"),
             ("平安信息员", "人", "informants", "n"), ("党员", "人", "party_members", "n"),
             ("社区工作者", "人", "staff", "fw")]
    for i, (label, unit, ind, st) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [label, unit])
        val(sh, r, 2, code, m, ind, style=st)
    sh.put(3, 3, "含11月结转2件")
    sh.put(2 + len(items) + 1, 0, "填报日期：2026年1月5日")
    save(B1 + "苏家塘社区25年12月工作月报.xlsx", [sh], "xlsxwriter",
         ["community_file", "indicators_as_rows", "unit_column", "title_yy_month", "month_column_header",
          "values_fullwidth", "wu_zero", "notes_column", "footer_date_trap", "xlsx_xlsxwriter"],
         (2026, 1, 5, 9, 30))


def build():
    c9_caida_ledger()
    c10_ligong_q2()
    c11_jiaochang_north_jun()
    c12_prison_jul()
    c13_xuefu_jul()
    c14_yejin_may()
    c15_jiangbei_mar()
    c16_sujiatang_dec()
