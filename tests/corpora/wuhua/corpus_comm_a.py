"""Community files, part one: one community's return, indicators mostly as rows."""
import random

import corpus_grid as G
from corpus_grid import Sheet, header, miss, prior, val
from corpus_render import trad
from corpus_world import CODE, FLOWS
from corpus_writers import save

B1 = "batch1/"


def c1_jiangan_apr(rel=B1 + "江岸社区2026年4月报表.xlsx", sent=(2026, 5, 6, 11, 20), correction=False):
    """The community only in the file name, the period only in the file name; a footer date of the next month.
    Also written again as the batch2 correction (「（更正）」, a 更正说明 line)."""
    code, m = CODE["江岸"], "2026-04"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "社区工作月报表")
    sh.row(1, 0, ["序号", "项目", "单位", "数量", "备注"])
    items = [("接收群众诉求", "件", "petitions_received"), ("诉求办结", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("开发就业岗位", "个", "jobs_created"),
             ("其中：公益性就业岗位", "个", "public_welfare_jobs"), ("帮助实现就业", "人", "people_employed"),
             ("零就业家庭", "户", "zero_employment_households"), ("低保户", "户", "dibao_households"),
             ("低保人数", "人", "dibao_persons"), ("低保金", "元", "dibao_payout_yuan"),
             ("老年人免费体检", "人", "free_health_checks"), ("帮扶困难群众", "人", "people_assisted"),
             ("文体活动", "场", "cultural_activities"), ("实名注册志愿者", "人", "volunteers"),
             ("志愿服务", "人次", "volunteer_person_times"), ("在册党员", "人", "party_members"),
             ("社区专职网格员", "人", None)]
    notes = {"dibao_households": "本月新纳入1户", "petitions_received": "含12345转办件"}
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit])
        if ind is None:
            sh.put(r, 3, 9)
        else:
            val(sh, r, 3, code, m, ind)
            if ind in notes:
                sh.put(r, 4, notes[ind])
    r = 2 + len(items) + 1
    if correction:
        sh.merge(r, 0, r, 4, "更正说明：诉求办结数、低保人数、老年人免费体检人数上报有误，以本表为准。")
        r += 1
    sh.merge(r, 0, r, 4, "填报人：张艳　　联系电话：13888562014　　报送日期：2026年5月" + ("12日" if correction else "6日"))
    feats = ["community_file", "indicators_as_rows", "unit_column", "community_only_in_file_name",
             "period_only_in_file_name", "seq_column", "qizhong_row", "outside_catalogue_row", "notes_column",
             "footer", "footer_phone", "footer_date_trap", "xlsx_openpyxl"]
    if correction:
        feats = ["correction_file", "correction_note"] + feats
    save(rel, [sh], "openpyxl", feats, sent)


def c2_hongshan_may():
    """The community only in the file name, the period only in the sheet name (2026年5月); 其中：已办结."""
    code, m = CODE["虹山"], "2026-05"
    sh = Sheet("2026年5月")
    sh.merge(0, 0, 0, 3, "工作情况报表")
    sh.row(1, 0, ["指标", "计量单位", "本月数", "备注"])
    items = [("受理居民诉求", "件", "petitions_received", 1), ("其中：办结", "件", "petitions_resolved", 1),
             ("纠纷调解", "起", "disputes_mediated", 1), ("就业岗位开发", "个", "jobs_created", 1),
             ("实现就业", "人", "people_employed", 1), ("创业担保贷款", "万元", "micro_loans_yuan", 10000),
             ("职业技能培训", "场", "training_sessions", 1), ("低保户数", "户", "dibao_households", 1),
             ("低保人数", "人", "dibao_persons", 1), ("低保金", "元", "dibao_payout_yuan", 1),
             ("免费体检", "人", "free_health_checks", 1), ("慰问物资", "件", "goods_distributed", 1),
             ("文体活动", "场", "cultural_activities", 1), ("宣讲", "次", "lectures_held", 1),
             ("巡逻队员", "人", "patrol_members", 1), ("平安信息员", "人", "informants", 1),
             ("治安案件", "起", "security_cases", 1), ("电动自行车集中充电点", "个", None, 1),
             ("常住人口", "人", "residents", 1), ("流动人口", "人", "floating_population", 1),
             ("户数", "户", "households", 1), ("社区工作者", "人", "staff", 1)]
    for i, (label, unit, ind, div) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [label, unit])
        if ind is None:
            sh.put(r, 2, 4)
            sh.put(r, 3, "新建2个")
        else:
            val(sh, r, 2, code, m, ind, div=div, style="wu" if ind == "security_cases" else "n")
    sh.put(2 + len(items) + 1, 0, "审核：社区党委　　报送：2026年6月4日")
    sh.widths = {0: 22}
    save(B1 + "虹山社区工作报表.xlsx", [sh], "xlsxwriter",
         ["community_file", "indicators_as_rows", "unit_column", "community_only_in_file_name",
          "period_only_in_sheet_name", "qizhong_row", "values_wan_unit_column", "wu_zero", "outside_catalogue_row",
          "footer", "footer_date_trap", "xlsx_xlsxwriter"], (2026, 6, 4, 17, 35))


def c3_xuefu_feb():
    """The community named only in a 填报单位 line; indicators as columns under a two-row header; one data row."""
    code, m = CODE["学府"], "2026-02"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 13, "社区工作情况统计表（2026年2月）")
    sh.merge(1, 0, 1, 5, "填报单位：学府社区居民委员会")
    sh.merge(1, 9, 1, 13, "填报日期：2026年3月3日")
    tree = [("民情", [("诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"),
                    ("调解（起）", "disputes_mediated")]),
            ("就业", [("新增岗位（个）", "jobs_created"), ("就业人数（人）", "people_employed"),
                    ("培训（场）", "training_sessions")]),
            ("民政", [("低保户数（户）", "dibao_households"), ("低保人（人）", "dibao_persons"),
                    ("低保金（元）", "dibao_payout_yuan")]),
            ("为老", [("体检（人）", "free_health_checks"), ("关爱帮扶（人）", "people_assisted"),
                    ("慰问物品（件）", "goods_distributed")]),
            ("平安", [("治安案件（起）", "security_cases"), ("信息员（人）", "informants")])]
    leaves = header(sh, 2, 0, tree, 2)
    for c, ind in leaves:
        val(sh, 4, c, code, m, ind)
    sh.merge(6, 0, 6, 13, "联系人：赵红梅　0871-65031145")
    save(B1 + "2026年2月社区工作情况统计表.xlsx", [sh], "openpyxl",
         ["community_file", "indicators_as_columns", "community_only_in_filler_line", "title_month_full",
          "header_two_row_merged", "group_headings", "header_units_brackets", "single_data_row", "footer",
          "footer_phone", "footer_date_trap", "xlsx_openpyxl"], (2026, 3, 3, 16, 0))


def _coded(sh, r0, code, m, rows, prior_col=True, div_fmt="0.00"):
    """Rows of a department form: code | name | unit | 本月 | 本年累计 | 上年同期 | 同比增减%. A group row is
    (code, name, None, None)."""
    r = r0
    for rc, label, unit, ind, div in rows:
        sh.put(r, 0, rc)
        sh.put(r, 1, label)
        if ind is None:
            r += 1
            continue
        sh.put(r, 2, unit)
        val(sh, r, 3, code, m, ind, div=div, fmt=div_fmt if div > 1 else None)
        stock = ind not in FLOWS
        if not stock:
            y = G.W.ytd(code, m, ind) / div
            sh.put(r, 4, round(y, 4) if div > 1 else y, div_fmt if div > 1 else None)
        if div == 1:
            prior(sh, r, 5, code, m, ind)
            now, before = G.W.v[(code, m, ind)], G.W.v[(code, G.W.last_year(m), ind)]
            sh.put(r, 6, round(100 * (now - before) / before, 1) if before else "—")
        r += 1
    return r



def c4_jiaochang_east_mar():
    """Indicators down with the department's codes A01…F02, 计量单位, 本月 | 本年累计 | 上年同期 | 同比增减%."""
    code, m = CODE["教场东路"], "2026-03"
    sh = Sheet("统计报表")
    sh.merge(0, 0, 0, 6, "教场东路社区2026年3月统计报表")
    sh.merge(1, 0, 1, 3, "表号：LH-01")
    sh.merge(1, 4, 1, 6, "制表单位：莲华街道办事处")
    sh.row(2, 0, ["指标代码", "指标名称", "计量单位", "本月", "本年累计", "上年同期", "同比增减%"])
    rows = [("A01", "受理群众诉求", "件", "petitions_received", 1), ("A02", "办结群众诉求", "件", "petitions_resolved", 1),
            ("A03", "人民调解纠纷", "起", "disputes_mediated", 1), ("B01", "新增就业岗位", "个", "jobs_created", 1),
            ("B02", "　其中：开发公益性岗位", "个", "public_welfare_jobs", 1), ("B03", "实现就业", "人", "people_employed", 1),
            ("B04", "发放创业担保贷款", "元", "micro_loans_yuan", 1), ("B05", "技能培训", "场", "training_sessions", 1),
            ("C01", "低保户", "户", "dibao_households", 1), ("C02", "低保对象", "人", "dibao_persons", 1),
            ("C03", "低保金支出", "元", "dibao_payout_yuan", 1), ("D01", "免费体检", "人", "free_health_checks", 1),
            ("D02", "困难群众帮扶", "人", "people_assisted", 1), ("E01", "文体活动", "场", "cultural_activities", 1),
            ("E02", "政策宣讲", "次", "lectures_held", 1), ("F01", "注册志愿者总数", "人", "volunteers", 1),
            ("F02", "志愿服务", "人次", "volunteer_person_times", 1)]
    r = _coded(sh, 3, code, m, rows)
    sh.merge(r + 1, 0, r + 1, 6, "单位负责人：马永红　统计负责人：李娜　填表人：李娜　电话：0871-65230518　报出日期：2026年4月2日")
    save(B1 + "教场东路社区2026年3月统计报表.xlsx", [sh], "openpyxl",
         ["community_file", "indicators_as_rows", "indicator_codes_column", "unit_column", "title_month_full",
          "ytd_column", "prior_year_column", "yoy_percent_column", "qizhong_row", "footer", "footer_phone",
          "footer_date_trap", "xlsx_openpyxl"], (2026, 4, 2, 14, 10))


def c5_macun_jan():
    """一、（一） numbering in a code column, 本月 | 本年累计 | 上年同期 | 同比增减%, 低保金 in 万元 (.xls)."""
    code, m = CODE["马村"], "2026-01"
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 6, "马村社区2026年1月统计月报")
    sh.row(1, 0, ["序号", "指标", "计量单位", "本月", "本年累计", "上年同期", "同比增减%"])
    rows = [("一、", "民生诉求", None, None, 1), ("（一）", "诉求接件", "件", "petitions_received", 1),
            ("（二）", "诉求办结", "件", "petitions_resolved", 1), ("（三）", "矛盾纠纷调处", "起", "disputes_mediated", 1),
            ("二、", "就业和社会保障", None, None, 1), ("（一）", "开发就业岗位", "个", "jobs_created", 1),
            ("（二）", "城镇新增就业", "人", "people_employed", 1),
            ("（三）", "零就业家庭", "户", "zero_employment_households", 1),
            ("（四）", "城市低保户", "户", "dibao_households", 1), ("（五）", "城市低保人数", "人", "dibao_persons", 1),
            ("（六）", "发放低保资金", "万元", "dibao_payout_yuan", 10000),
            ("三、", "为老助残", None, None, 1), ("（一）", "老年人免费体检", "人", "free_health_checks", 1),
            ("（二）", "慰问帮扶困难群众", "人", "people_assisted", 1), ("（三）", "春节慰问物资", "件", "goods_distributed", 1),
            ("四、", "平安建设", None, None, 1), ("（一）", "巡逻队员", "人", "patrol_members", 1),
            ("（二）", "治安案件", "起", "security_cases", 1)]
    r = _coded(sh, 2, code, m, rows, div_fmt="0.0000")
    sh.put(r + 1, 0, "填报人：普家兴　　审核人：杨建华　　2026年2月4日")
    save(B1 + "马村社区2026年1月统计月报.xls", [sh], "xlwt",
         ["community_file", "indicators_as_rows", "indicator_codes_column", "group_rows_numbered", "unit_column",
          "title_month_full", "ytd_column", "prior_year_column", "yoy_percent_column", "values_wan_unit_column",
          "chengzhen_xinzeng_jiuye", "footer", "footer_date_trap", "xls_xlwt"], (2026, 2, 4, 10, 0))


def c6_macun_apr_traditional():
    """The whole file in traditional characters: 类别 merged down, 项目 | 单位 | 数值, 無 for none."""
    code, m = CODE["马村"], "2026-04"
    sh = Sheet("工作报表")
    sh.merge(0, 0, 0, 3, "马村社区2026年4月工作报表")
    sh.row(1, 0, ["类别", "项目", "单位", "数值"])
    groups = [("民情诉求", [("诉求受理", "件", "petitions_received"), ("诉求办结", "件", "petitions_resolved"),
                        ("调解纠纷", "起", "disputes_mediated")]),
              ("就业", [("新增岗位", "个", "jobs_created"), ("实现就业", "人", "people_employed"),
                      ("创业贷款", "元", "micro_loans_yuan")]),
              ("民政", [("低保户", "户", "dibao_households"), ("低保人数", "人", "dibao_persons")]),
              ("平安", [("治安案件", "起", "security_cases")]),
              ("志愿服务", [("在册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times")]),
              ("党建", [("党员", "人", "party_members"), ("结对帮扶", "对", "pairings")]),
              ("基础信息", [("常住人口", "人", "residents"), ("流动人口", "人", "floating_population"),
                        ("户数", "户", "households")])]
    r = 2
    for group, items in groups:
        sh.merge(r, 0, r + len(items) - 1, 0, group)
        for label, unit, ind in items:
            sh.row(r, 1, [label, unit])
            val(sh, r, 3, code, m, ind, style="wu" if ind in ("security_cases", "micro_loans_yuan") else "n")
            r += 1
    sh.merge(r + 1, 0, r + 1, 3, "报送日期：2026年5月7日")
    sh.convert(trad)
    save(B1 + "馬村社區2026年4月工作報表.xlsx", [sh], "openpyxl",
         ["community_file", "indicators_as_rows", "unit_column", "category_merged_down", "title_month_full",
          "traditional_characters", "wu_zero", "footer_date_trap", "xlsx_openpyxl"], (2026, 5, 7, 9, 5))


def c7_sujiatang_feb_typo():
    """「苏家堂」 for 苏家塘 (file name and title); label/value pairs two to a row, units glued on the values."""
    code, m = CODE["苏家塘"], "2026-02"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "苏家堂社区2026年2月工作报表")
    sh.row(1, 0, ["项目", "完成情况", "项目", "完成情况"])
    items = [("接收诉求", "件", "petitions_received"), ("办理完结", "件", "petitions_resolved"),
             ("纠纷调解", "起", "disputes_mediated"), ("就业岗位", "个", "jobs_created"),
             ("实现就业", "人", "people_employed"), ("低保户", "户", "dibao_households"),
             ("低保人口", "人", "dibao_persons"), ("低保金", "元", "dibao_payout_yuan"),
             ("免费体检", "人", "free_health_checks"), ("帮扶困难群众", "人", "people_assisted"),
             ("发放慰问物资", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
             ("宣讲", "次", "lectures_held"), ("志愿者", "人", "volunteers"),
             ("志愿服务", "人次", "volunteer_person_times"), ("党员", "名", "party_members"),
             ("常住人口", "人", "residents"), ("流动人口", "人", "floating_population")]
    for i, (label, unit, ind) in enumerate(items):
        r, c = 2 + i // 2, 2 * (i % 2)
        sh.put(r, c, label)
        val(sh, r, c + 1, code, m, ind, style="cu", unit=unit)
    r = 2 + (len(items) + 1) // 2 + 1
    sh.put(r, 0, "填表人：普丽　电话：13759418827")
    save(B1 + "苏家堂社区2026年2月报表.xlsx", [sh], "xlsxwriter",
         ["community_file", "label_value_pairs", "title_month_full", "names_homophone", "values_unit_glued",
          "values_thousands_text", "footer", "footer_phone", "xlsx_xlsxwriter"], (2026, 3, 4, 18, 12))


def c8_jiaochang_mid_may():
    """.ods: 类别 merged down, 本月情况 merged over 数量 | 单位, 「—」 for a figure not known."""
    code, m = CODE["教场中路"], "2026-05"
    rnd = random.Random(208)
    sh = Sheet("5月")
    sh.merge(0, 0, 0, 4, "教场中路社区2026年5月工作月报")
    tree = [("类别", "cat"), ("项目", "item"), ("本月情况", [("数量", "n"), ("单位", "u")]), ("备注", "note")]
    header(sh, 1, 0, tree, 2)
    groups = [("民生", [("接收居民诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
                      ("调解纠纷", "起", "disputes_mediated")]),
              ("就业", [("岗位开发", "个", "jobs_created"), ("公益性岗位", "个", "public_welfare_jobs"),
                      ("实现就业", "人", "people_employed"), ("技能培训", "场", "training_sessions")]),
              ("为老", [("老年人体检", "人", "free_health_checks"), ("帮扶困难群众", "人", "people_assisted")]),
              ("平安", [("义务巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
                      ("治安案件", "起", "security_cases")]),
              ("其他", [("垃圾分类督导（户）", "户", None), ("零就业家庭", "户", "zero_employment_households")])]
    r = 3
    for group, items in groups:
        sh.merge(r, 0, r + len(items) - 1, 0, group)
        for label, unit, ind in items:
            sh.put(r, 1, label)
            sh.put(r, 3, unit)
            if ind is None:
                sh.put(r, 2, rnd.randint(200, 400))
            elif ind == "training_sessions":
                miss(sh, r, 2, code, m, ind, "—")
                sh.put(r, 4, "培训计划6月开展")
            else:
                val(sh, r, 2, code, m, ind)
            r += 1
    sh.put(r + 1, 0, "报送：教场中路社区居委会　2026年6月5日")
    save(B1 + "教场中路社区2026年5月工作月报.ods", [sh], "odfpy",
         ["community_file", "indicators_as_rows", "unit_column", "category_merged_down", "header_two_row_merged",
          "title_month_full", "dash_value", "outside_catalogue_row", "notes_column", "footer_date_trap", "ods_odfpy",
          "ods_merged_header"], (2026, 6, 5, 8, 50))


def build():
    c1_jiangan_apr()
    c2_hongshan_may()
    c3_xuefu_feb()
    c4_jiaochang_east_mar()
    c5_macun_jan()
    c6_macun_apr_traditional()
    c7_sujiatang_feb_typo()
    c8_jiaochang_mid_may()
