"""Community files, part B: 尚海湾's one-row UTF-8 CSV, 医学院路's first quarter (months across, SUM formulas),
肇清's 十月份 .xls with 二〇二五年十月, 景泰's 家门口服务站 form, 日辉五村 (the 晖/辉 slip) with a units row,
肇嘉浜路第一's May form with 本年累计, 日晖七村's form under a 填报说明 block and 大木桥路第五's .ods with 环比."""
import xh_grid
from xh_comm_a import FLOW_SET, FULL_ITEMS, form, with_side
from xh_grid import Sheet, header, qval, ref, val
from xh_world import name
from xh_writers import save

B = "batch1/"
C = {s: "310104007" + s for s in ("002", "021", "022", "023", "025", "026", "049", "050")}


def c10_shanghaiwan_csv():
    code, m = C["049"], "2026-05"
    sh = Sheet("x")
    cols = [("居民诉求受理(件)", "petitions_received", {}), ("办结(件)", "petitions_resolved", {}),
            ("人民调解(起)", "disputes_mediated", {"style": "wu"}), ("治安案件(起)", "security_cases", {"style": "wu"}),
            ("巡逻队员(人)", "patrol_members", {}), ("平安信息员(人)", "informants", {}),
            ("低保户数(户)", "dibao_households", {}), ("低保人数(人)", "dibao_persons", {}),
            ("低保金(元)", "dibao_payout_yuan", {}), ("注册志愿者(人)", "volunteers", {}),
            ("志愿服务(人次)", "volunteer_person_times", {}), ("文体活动(场)", "cultural_activities", {}),
            ("党员(名)", "party_members", {})]
    sh.row(0, 0, ["居民区", "月份"] + [c[0] for c in cols])
    sh.row(1, 0, [name(code, "jmq"), "2026年5月"])
    for j, (_, ind, kw) in enumerate(cols):
        val(sh, 1, 2 + j, code, m, ind, **kw)
    save(B + "尚海湾居委会2026年5月数据.csv", [sh], "csv-utf8bom",
         ["community_file", "csv_utf8_bom", "indicators_as_columns", "one_header_row", "month_column_text", "names_jmq",
          "wu_zero", "no_title"], (2026, 6, 3, 11, 0))


def c11_yixueyuan_quarter():
    code, q = C["050"], ["2026-01", "2026-02", "2026-03"]
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, 6, "医学院路居委会2026年第一季度工作统计")
    sh.row(1, 0, ["序号", "项目", "单位", "1月", "2月", "3月", "一季度合计"])
    items = [("受理居民诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
             ("人民调解", "起", "disputes_mediated"), ("文体活动", "场", "cultural_activities"),
             ("宣讲活动", "次", "lectures_held"), ("志愿服务", "人次", "volunteer_person_times"),
             ("走访帮扶困难群众", "人", "people_assisted"), ("慰问物资", "件", "goods_distributed"),
             ("老年人免费体检", "人", "free_health_checks"), ("注册志愿者", "人", "volunteers"),
             ("党员", "名", "party_members"), ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
             ("来沪人员", "人", "floating_population")]
    r = 2
    for i, (label, unit, ind) in enumerate(items):
        sh.row(r, 0, [i + 1, label, unit])
        for j, m in enumerate(q):
            val(sh, r, 3 + j, code, m, ind)
        if ind in FLOW_SET:
            qval(sh, r, 6, code, "2026-Q1", ind, formula=f"=SUM({ref(r, 3)}:{ref(r, 5)})")
        else:
            sh.put(r, 6, "—")
        r += 1
    sh.put(r + 1, 0, "填报：医学院路居委会　　2026年4月7日")
    save(B + "医学院路居委会2026年第一季度工作统计.xlsx", [sh], "xlsxwriter",
         ["community_file", "indicators_as_rows", "months_as_columns", "year_in_title_only", "quarter_total_column",
          "formulas_cached", "dash_for_stocks", "footer_date_trap", "xlsx_xlsxwriter"], (2026, 4, 7, 16, 40))


def c12_zhaoqing_cn_month():
    code, m = C["022"], "2025-10"
    sh = Sheet("十月份")
    sh.merge(0, 0, 0, 4, "肇清居委会十月份工作报表")
    sh.put(1, 0, "报告期：二〇二五年十月")
    sh.put(1, 3, "填报日期：二〇二五年十一月四日")
    sh.row(2, 0, ["序号", "项目", "单位", "数量", "备注"])
    keep = {"居民诉求受理", "诉求办结", "人民调解", "治安巡逻队员", "平安信息员", "治安案件", "实现就业", "零就业家庭", "低保户",
            "低保人员", "低保金发放", "老年人免费体检", "走访帮扶困难群众", "发放慰问物资", "文体活动", "宣讲活动", "志愿服务",
            "实有户数", "实有人口", "来沪人员"}
    items = [it if it[0] != "老年人免费体检" else it + ("重阳节前后集中体检",) for it in FULL_ITEMS
             if it[0] == "§" or it[0] in keep]
    form(sh, 3, items, code, m, note_col=4, sec_to=4)
    save(B + "肇清居委会十月份工作报表.xls", [sh], "xlwt",
         ["community_file", "indicators_as_rows", "section_rows_numbered", "month_cn_no_year_in_name",
          "period_cn_numerals_cell", "filled_date_cn_numerals", "unit_column", "wu_zero", "notes_column", "xls_xlwt"],
         (2025, 11, 4, 10, 0))


def c13_jingtai_service_station():
    code, m = C["023"], "2025-11"
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 3, "景泰居民区“家门口”服务站2025年11月服务情况")
    sh.row(1, 0, ["服务板块", "服务内容", "数量", "单位"])
    groups = [("居民诉求", [("接待居民诉求", "件", "petitions_received"), ("诉求办结", "件", "petitions_resolved"),
                        ("人民调解", "起", "disputes_mediated")]),
              ("为老服务", [("老年人免费体检", "人", "free_health_checks"), ("社区助餐", "人次", None),
                        ("困难群众帮扶", "人", "people_assisted")]),
              ("文化服务", [("文体活动", "场", "cultural_activities"), ("政策宣讲", "次", "lectures_held")]),
              ("志愿服务", [("志愿服务参与", "人次", "volunteer_person_times"), ("实名注册志愿者", "人", "volunteers")]),
              ("平安服务", [("治安巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants")]),
              ("就业服务", [("帮助实现就业", "人", "people_employed"), ("开发就业岗位", "个", "jobs_created")])]
    r = 2
    for cat, items in groups:
        sh.merge(r, 0, r + len(items) - 1, 0, cat)
        for label, unit, ind in items:
            sh.put(r, 1, label)
            if ind:
                val(sh, r, 2, code, m, ind)
            else:
                sh.put(r, 2, xh_grid.W.side[(code, m, "助餐")])
            sh.put(r, 3, unit)
            r += 1
    sh.put(r + 1, 0, "景泰居民区　12月3日")
    save(B + "景泰居委会2025年11月月报.xlsx", [sh], "xlsxwriter",
         ["community_file", "indicators_as_rows", "category_merged_down", "value_before_unit", "service_station_wording",
          "outside_catalogue_row", "footer_date_no_year", "xlsx_xlsxwriter"], (2025, 12, 3, 9, 10))


def c14_rihui5_slip():
    code, m = C["026"], "2026-04"
    sh = Sheet("4月")
    sh.merge(0, 0, 0, 12, "日辉五村居委会2026年4月工作报表")
    tree = [("居民区", "name"),
            ("民情", [("诉求受理", "petitions_received"), ("办结", "petitions_resolved"), ("调解", "disputes_mediated")]),
            ("平安", [("治安案件", "security_cases")]),
            ("就业", [("新增岗位", "jobs_created"), ("实现就业", "people_employed")]),
            ("民政", [("低保户", "dibao_households"), ("低保人员", "dibao_persons")]),
            ("文化", [("文体活动", "cultural_activities"), ("宣讲", "lectures_held")]),
            ("志愿", [("服务人次", "volunteer_person_times")]), ("老年人体检", "free_health_checks")]
    leaves = header(sh, 1, 0, tree, 2)
    units = {"petitions_received": "件", "petitions_resolved": "件", "disputes_mediated": "起", "security_cases": "起",
             "jobs_created": "个", "people_employed": "人", "dibao_households": "户", "dibao_persons": "人",
             "cultural_activities": "场", "lectures_held": "次", "volunteer_person_times": "人次", "free_health_checks": "人"}
    for c, ind in leaves:
        if ind == "name":
            sh.put(3, c, "单位")
            sh.put(4, c, "日辉五村")
        else:
            sh.put(3, c, units[ind])
            val(sh, 4, c, code, m, ind, style="wu" if ind == "security_cases" else "n")
    sh.put(6, 0, "填表人：王××　　2026年5月7日")
    save(B + "日辉五村居委会2026年4月报表.xlsx", [sh], "openpyxl",
         ["community_file", "indicators_as_columns", "header_two_row_merged", "units_row", "names_homophone",
          "one_data_row", "wu_zero", "footer_date_trap", "xlsx_openpyxl"], (2026, 5, 7, 10, 30))


def c15_zhaojiabang1_ytd():
    code, m = C["021"], "2026-05"
    sh = Sheet("5月")
    sh.merge(0, 0, 0, 5, "肇嘉浜路第一居民区2026年5月工作报表")
    sh.row(1, 0, ["序号", "项目", "计量单位", "本月", "本年累计", "备注"])
    keep = {"居民诉求受理", "诉求办结", "人民调解", "治安巡逻队员", "平安信息员", "治安案件", "新增就业岗位", "实现就业",
            "低保户", "低保人员", "低保金发放", "老年人免费体检", "走访帮扶困难群众", "文体活动", "宣讲活动", "注册志愿者",
            "志愿服务", "党员"}
    items = [it for it in FULL_ITEMS if it[0] == "§" or it[0] in keep]
    items = [it if it[0] != "治安案件" else ("治安案件", "起", "security_cases", {}, "派出所反馈") for it in items]
    form(sh, 2, items, code, m, ytd_col=4, note_col=5, sec_to=5)
    save(B + "肇嘉浜路第一居民区2026年5月工作报表.xlsx", [sh], "xlsxwriter",
         ["community_file", "indicators_as_rows", "section_rows_numbered", "month_ytd_columns", "unit_column",
          "names_jmq", "xlsx_xlsxwriter"], (2026, 6, 3, 16, 0))


def c16_rihui7_instructions():
    code, m = C["002"], "2025-12"
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 3, "日晖七村居委会2025年12月工作报表")
    sh.merge(1, 0, 3, 3, "填报说明：1.本表每月5日前报送街道社区自治办；2.请填写阿拉伯数字，无数据填0；"
                         "3.诉求受理数含12345市民服务热线转办件。")
    sh.row(4, 0, ["序号", "项目", "单位", "数值"])
    rec = xh_grid.W.v[(code, m, "petitions_received")]
    items = [("居民诉求受理", "件", "petitions_received", {"text": lambda v: f"{v}（其中12345转办{int(rec * .4)}）"}),
             ("诉求办结", "件", "petitions_resolved", {}), ("人民调解", "起", "disputes_mediated", {}),
             ("低保户", "户", "dibao_households", {}), ("低保人员", "人", "dibao_persons", {}),
             ("低保金发放", "元", "dibao_payout_yuan", {"style": "comma"}), ("新增就业岗位", "个", "jobs_created", {}),
             ("实现就业", "人", "people_employed", {}), ("创业担保贷款", "元", "micro_loans_yuan", {}),
             ("老年人免费体检", "人", "free_health_checks", {}), ("文体活动", "场", "cultural_activities", {}),
             ("志愿服务", "人次", "volunteer_person_times", {}), ("注册志愿者", "人", "volunteers", {}),
             ("社区工作者", "人", "staff", {})]
    form(sh, 5, items, code, m)
    save(B + "日晖七村居委会2025年12月工作报表.xlsx", [sh], "xlsxwriter",
         ["community_file", "indicators_as_rows", "instructions_block_above", "value_with_qizhong_part",
          "values_thousands_text", "unit_column", "xlsx_xlsxwriter"], (2026, 1, 5, 15, 0))


def c17_damuqiao5_ods():
    code, m = C["025"], "2026-01"
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 4, "大木桥路第五居委2026年1月报表")
    sh.row(1, 0, ["序号", "项目", "单位", "本月", "环比"])
    items = with_side([it for it in FULL_ITEMS if it[0] in (
        "居民诉求受理", "诉求办结", "人民调解", "走访帮扶困难群众", "发放慰问物资", "长护险服务对象", "文体活动", "宣讲活动",
        "志愿服务", "注册志愿者", "来沪人员", "实有人口")], code, m)
    items = [it if it[0] != "发放慰问物资" else (it[0], it[1], it[2], {"style": "yu"}) for it in items]
    r = form(sh, 2, items, code, m)
    prev = "2025-12"
    for rr, it in zip(range(2, r), items):
        ind = it[2]
        if isinstance(ind, str):
            d = xh_grid.W.v[(code, m, ind)] - xh_grid.W.v[(code, prev, ind)]
        else:
            d = ind - xh_grid.W.side[(code, prev, "长护险")]
        sh.put(rr, 4, "持平" if d == 0 else f"{d:+d}")
    save(B + "大木桥路第五居委2026年1月报表.ods", [sh], "odfpy",
         ["community_file", "indicators_as_rows", "names_jw", "change_column_text", "approx_values", "unit_column",
          "outside_catalogue_row", "ods_odfpy"], (2026, 2, 4, 9, 0))


def build():
    c10_shanghaiwan_csv()
    c11_yixueyuan_quarter()
    c12_zhaoqing_cn_month()
    c13_jingtai_service_station()
    c14_rihui5_slip()
    c15_zhaojiabang1_ytd()
    c16_rihui7_instructions()
    c17_damuqiao5_ods()
