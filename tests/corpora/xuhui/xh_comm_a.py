"""Community files, part A: 日晖新城's six-month 台账 (months as rows, Excel serial numbers), 康巨's January form with
本月 | 本年累计, 日晖六村一居's .ods, the joint return of 日晖六村 第一 and 第二, 上影's return with a 封面 sheet, 大木桥路
第四's one-row return named with its sending date, 茶陵's GBK CSV, 江南新村's April return (corrected in batch2) and
恒益's .ods."""
import random

import xh_grid
from xh_grid import Sheet, miss, qval, serial, val
from xh_world import FLOWS, QUARTERS
from xh_writers import save

B = "batch1/"
C = {s: "310104007" + s for s in ("001", "002", "003", "004", "008", "009", "013", "014", "015", "024", "025", "028")}


def form(sh, r, items, code, month, label_col=1, unit_col=2, value_col=3, seq_col=0, ytd_col=None, note_col=None,
         sec_to=None):
    """Indicators down: a section row ("§", text) or (label, unit, ind, val-keywords[, note]); ind may be a number or
    text for a row outside the catalogue. Returns the next row."""
    n = 0
    for it in items:
        if it[0] == "§":
            if sec_to:
                sh.merge(r, seq_col, r, sec_to, it[1])
            else:
                sh.put(r, seq_col, it[1])
            r += 1
            continue
        label, unit, ind, kw = it[:4]
        n += 1
        if seq_col is not None and seq_col != label_col:
            sh.put(r, seq_col, n)
        sh.put(r, label_col, label)
        if unit_col is not None and unit:
            sh.put(r, unit_col, unit)
        if isinstance(ind, str) and (code, month, ind) in xh_grid.W.v:
            kw = dict(kw)
            if kw.pop("miss", None) is not None:
                miss(sh, r, value_col, code, month, ind, kw.get("text", "—"))
            else:
                val(sh, r, value_col, code, month, ind, **kw)
            if ytd_col is not None:
                if ind in FLOW_SET:
                    y = xh_grid.W.ytd(code, month, ind) / kw.get("div", 1)
                    sh.put(r, ytd_col, int(y) if float(y).is_integer() else y, kw.get("fmt"))
                else:
                    sh.put(r, ytd_col, "—")
        elif ind is not None:
            sh.put(r, value_col, ind)
        if note_col is not None and len(it) > 4 and it[4]:
            sh.put(r, note_col, it[4])
        r += 1
    return r


FLOW_SET = set(FLOWS)


def c1_rihui_ledger():
    code = C["001"]
    sh = Sheet("台账")
    cols = [("居民诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"), ("人民调解（起）", "disputes_mediated"),
            ("文体活动（场）", "cultural_activities"), ("宣讲（次）", "lectures_held"), ("志愿服务（人次）", "volunteer_person_times"),
            ("帮扶困难群众（人）", "people_assisted"), ("注册志愿者（人）", "volunteers"), ("党员（人）", "party_members")]
    sh.merge(0, 0, 0, 10, "日晖新城居民区重点工作台账（2025年10月—2026年3月）")
    sh.row(1, 0, ["月份"] + [c[0] for c in cols] + ["备注"])
    notes = {"2025-10": "重阳节走访慰问", "2026-01": "寒潮期间水管冻裂报修集中", "2026-03": "学雷锋志愿服务月"}
    r = 2
    for q, months in QUARTERS.items():
        for m in months:
            sh.put(r, 0, serial(m))
            for j, (_, ind) in enumerate(cols):
                val(sh, r, 1 + j, code, m, ind)
            if m in notes:
                sh.put(r, 10, notes[m])
            r += 1
        sh.put(r, 0, f"{q[:4]}年{'四' if q.endswith('4') else '一'}季度小计")
        for j, (_, ind) in enumerate(cols):
            if ind in FLOW_SET:
                qval(sh, r, 1 + j, code, q, ind)
            else:
                sh.put(r, 1 + j, "—")
        r += 1
    sh.put(r + 1, 0, "填报：日晖新城居民区　　2026年4月9日")
    save(B + "日晖新城居民区工作台账（2025.10-2026.3）.xlsx", [sh], "openpyxl",
         ["community_file", "months_as_rows", "month_excel_serial_general", "year_change_in_rows", "quarter_subtotal_rows",
          "span_in_title_and_file_name", "footer_date_trap", "xlsx_openpyxl"], (2026, 4, 9, 16, 0))


FULL_ITEMS = [
    ("§", "一、居民自治"), ("居民诉求受理", "件", "petitions_received", {}), ("诉求办结", "件", "petitions_resolved", {}),
    ("人民调解", "起", "disputes_mediated", {}),
    ("§", "二、平安建设"), ("治安巡逻队员", "人", "patrol_members", {}), ("平安信息员", "人", "informants", {}),
    ("治安案件", "起", "security_cases", {"style": "wu"}),
    ("§", "三、就业帮扶"), ("新增就业岗位", "个", "jobs_created", {}), ("其中：公益性岗位", "个", "public_welfare_jobs", {}),
    ("实现就业", "人", "people_employed", {}), ("零就业家庭", "户", "zero_employment_households", {"style": "wu"}),
    ("职业技能培训", "场", "training_sessions", {}), ("创业担保贷款", "元", "micro_loans_yuan", {}),
    ("§", "四、社会救助和为老服务"), ("低保户", "户", "dibao_households", {}), ("低保人员", "人", "dibao_persons", {}),
    ("低保金发放", "元", "dibao_payout_yuan", {"fmt": "#,##0"}), ("老年人免费体检", "人", "free_health_checks", {}),
    ("走访帮扶困难群众", "人", "people_assisted", {}), ("发放慰问物资", "件", "goods_distributed", {}),
    ("长护险服务对象", "人", None, {}),
    ("§", "五、文化和志愿服务"), ("文体活动", "场", "cultural_activities", {}), ("宣讲活动", "次", "lectures_held", {}),
    ("注册志愿者", "人", "volunteers", {}), ("志愿服务", "人次", "volunteer_person_times", {}),
    ("§", "六、基本情况"), ("实有户数", "户", "households", {}), ("实有人口", "人", "residents", {}),
    ("来沪人员", "人", "floating_population", {}), ("党员", "名", "party_members", {}),
    ("党员结对帮扶", "对", "pairings", {}), ("社区工作者", "人", "staff", {})]


def with_side(items, code, month, **repl):
    out = []
    for it in items:
        if it[0] != "§" and it[2] is None:
            it = (it[0], it[1], xh_grid.W.side[(code, month, "长护险")], {})
        out.append(repl.get(it[0], it) if it[0] != "§" else it)
    return out


def c2_kangju_ytd():
    code, m = C["008"], "2026-01"
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 5, "康巨居委会2026年1月工作报表")
    sh.put(1, 0, "填报单位：康巨居委会（盖章）")
    sh.put(1, 4, "报送日期：2026年2月3日")
    sh.row(2, 0, ["序号", "项目", "计量单位", "本月", "本年累计", "备注"])
    items = with_side(FULL_ITEMS, code, m)
    items[items.index(next(i for i in items if i[0] == "居民诉求受理"))] = ("居民诉求受理", "件", "petitions_received", {},
                                                                        "寒潮期间报修较多")
    r = form(sh, 3, items, code, m, ytd_col=4, note_col=5, sec_to=5)
    sh.put(r, 0, "填表人：顾××　　联系电话：64380127")
    save(B + "康巨居委会2026年1月工作报表.xlsx", [sh], "xlsxwriter",
         ["community_file", "indicators_as_rows", "section_rows_numbered", "month_ytd_columns", "ytd_january",
          "unit_column", "all_indicators", "outside_catalogue_row", "wu_zero", "footer_phone", "footer_date_trap",
          "xlsx_xlsxwriter"], (2026, 2, 3, 11, 20))


def c3_rihui6_one_ods():
    code, m = C["003"], "2025-11"
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 3, "日晖六村一居2025年11月工作情况")
    sh.row(1, 0, ["序号", "工作项目", "本月情况", "说明"])
    add = xh_grid.W.added(code, m, "volunteers")
    items = [("受理居民诉求", "", "petitions_received", {"style": "unit", "unit": "件"}, "其中12345工单15件"),
             ("办结", "", "petitions_resolved", {"style": "unit", "unit": "件"}),
             ("矛盾纠纷调解成功", "", "disputes_mediated", {"style": "unit", "unit": "起"}),
             ("治安案件", "", "security_cases", {"style": "wu"}),
             ("巡逻队员", "", "patrol_members", {"style": "unit", "unit": "人"}, "11月5日—10日进博会期间增派"),
             ("平安信息员", "", "informants", {"style": "unit", "unit": "人"}),
             ("困难群众走访帮扶", "", "people_assisted", {"style": "unit", "unit": "人"}),
             ("慰问物资", "", "goods_distributed", {"style": "unit", "unit": "件"}),
             ("老年人免费体检", "", "free_health_checks", {"text": lambda v: f"约{v}人"}, "秋季体检第二批"),
             ("文体活动", "", "cultural_activities", {"style": "unit", "unit": "场"}),
             ("注册志愿者", "", "volunteers", {"text": (lambda v: f"{v}（其中新增{add}）") if add else None}),
             ("志愿服务", "", "volunteer_person_times", {"text": lambda v: f"约{v}人次"}),
             ("垃圾分类志愿值守", "", "28人", {})]
    form(sh, 2, items, code, m, unit_col=None, value_col=2, note_col=3)
    save(B + "日晖六村第一居委2025年11月工作情况.ods", [sh], "odfpy",
         ["community_file", "indicators_as_rows", "names_yiju", "units_in_value", "approx_values", "wu_zero",
          "value_with_qizhong_xinzeng", "notes_column", "outside_catalogue_row", "ods_odfpy"], (2025, 12, 5, 10, 10))


def c4_rihui6_joint():
    m = "2026-02"
    a, b = C["003"], C["004"]
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 5, "日晖六村第一、第二居委会2026年2月联合工作报表")
    sh.merge(1, 0, 1, 5, "（日晖六村联合党总支）")
    sh.row(2, 0, ["序号", "项目", "单位", "日晖六村第一居委", "日晖六村第二居委", "合计"])
    items = [("居民诉求", "件", "petitions_received"), ("已办结", "件", "petitions_resolved"),
             ("人民调解", "起", "disputes_mediated"), ("走访帮扶困难群众", "人", "people_assisted"),
             ("发放慰问物资", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
             ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers"),
             ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"), ("来沪人员", "人", "floating_population"),
             ("党员", "名", "party_members"), ("结对帮扶", "对", "pairings")]
    r = 3
    for i, (label, unit, ind) in enumerate(items):
        sh.row(r, 0, [i + 1, label, unit])
        val(sh, r, 3, a, m, ind)
        val(sh, r, 4, b, m, ind)
        sh.put(r, 5, xh_grid.W.v[(a, m, ind)] + xh_grid.W.v[(b, m, ind)])
        r += 1
    sh.put(r + 1, 0, "说明：春节（2月17日）前后走访慰问困难家庭、独居老人；来沪人员春节返乡后未全部返回。")
    save(B + "日晖六村第一、第二居委会2026年2月联合工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "two_communities_as_columns", "joint_report", "indicators_as_rows", "unit_column",
          "total_column", "note_row", "xlsx_openpyxl"], (2026, 3, 5, 9, 45))


def c5_shangying_cover():
    code, m = C["014"], "2026-01"
    cover = Sheet("封面")
    for i, t in enumerate(["上海市徐汇区斜土路街道", "居民区月度工作报表", "", "填报单位：上影居委会",
                           "报告期：2026年1月", "填报人：周××", "审核人：沈××", "报送日期：2026年2月4日"]):
        if t:
            cover.put(i + 1, 1, t)
    cover.widths[1] = 36
    sh = Sheet("报表")
    sh.merge(0, 0, 0, 3, "月度工作报表")
    sh.row(1, 0, ["序号", "指标名称", "计量单位", "本月数"])
    keep = {"居民诉求受理", "诉求办结", "人民调解", "治安巡逻队员", "平安信息员", "治安案件", "实现就业", "低保户", "低保人员",
            "低保金发放", "老年人免费体检", "走访帮扶困难群众", "发放慰问物资", "文体活动", "宣讲活动", "注册志愿者", "志愿服务",
            "实有户数", "实有人口", "来沪人员", "党员"}
    items = [it for it in FULL_ITEMS if it[0] != "§" and it[0] in keep]
    form(sh, 2, items, code, m)
    save(B + "上影居委会月度工作报表.xlsx", [cover, sh], "openpyxl",
         ["community_file", "cover_sheet", "period_only_on_cover", "indicators_as_rows", "unit_column",
          "no_period_in_file_name", "xlsx_openpyxl"], (2026, 2, 4, 14, 30))


def c6_damuqiao4_dated():
    code, m = C["024"], "2026-02"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 10, "大木桥路第四居民区2026年2月工作月报")
    from xh_grid import header
    tree = [("诉求", [("受理（件）", "petitions_received"), ("办结（件）", "petitions_resolved")]),
            ("调解（起）", "disputes_mediated"),
            ("帮困", [("走访帮扶（人）", "people_assisted"), ("慰问物资（件）", "goods_distributed")]),
            ("为老", [("免费体检（人）", "free_health_checks")]), ("文体活动（场）", "cultural_activities"),
            ("志愿服务", [("注册（人）", "volunteers"), ("服务（人次）", "volunteer_person_times")]),
            ("来沪人员（人）", "floating_population"), ("党员（名）", "party_members")]
    for c, ind in header(sh, 1, 0, tree, 2):
        val(sh, 3, c, code, m, ind)
    sh.put(5, 0, "（居民区盖章）")
    sh.put(5, 7, "3月5日")
    save(B + "大木桥路第四居委会月报_20260305.xlsx", [sh], "openpyxl",
         ["community_file", "indicators_as_columns", "header_two_row_merged", "one_data_row_no_name",
          "sending_date_in_file_name", "footer_date_no_year", "xlsx_openpyxl"], (2026, 3, 5, 17, 30))


def c7_chaling_gbk():
    code, m = C["015"], "2025-12"
    rnd = random.Random(7207)
    sh = Sheet("x")
    sh.put(0, 0, "茶陵居委会2025年12月工作报表")
    sh.row(1, 0, ["项目", "数量", "单位", "备注"])
    got = xh_grid.W.v[(code, m, "petitions_received")]
    items = [("居民诉求受理", "件", "petitions_received", {}), ("其中：12345工单", "件", int(got * rnd.uniform(.4, .6)), {}),
             ("已办结", "件", "petitions_resolved", {}), ("人民调解", "起", "disputes_mediated", {}),
             ("低保户数", "户", "dibao_households", {}), ("低保人数", "人", "dibao_persons", {}),
             ("低保金发放", "元", "dibao_payout_yuan", {"style": "comma"}),
             ("新增就业岗位", "个", "jobs_created", {}), ("实现就业", "人", "people_employed", {}),
             ("创业担保贷款", "元", "micro_loans_yuan", {"style": "wu"}),
             ("走访帮扶困难群众", "人", "people_assisted", {}),
             ("发放慰问物资", "件", "goods_distributed", {"style": "yu"}, "元旦慰问"),
             ("老年人免费体检", "人", "free_health_checks", {}), ("文体活动", "场", "cultural_activities", {}),
             ("宣讲活动", "次", "lectures_held", {}), ("志愿服务", "人次", "volunteer_person_times", {"style": "yue"}),
             ("社区助餐", "人次", xh_grid.W.side[(code, m, "助餐")], {}), ("来沪人员", "人", "floating_population", {})]
    r = form(sh, 2, items, code, m, seq_col=None, label_col=0, value_col=1, unit_col=2, note_col=3)
    sh.row(r, 0, ["填报人：许××", "", "2026年1月5日"])
    save(B + "茶陵居委会2025年12月报表.csv", [sh], "csv-gbk",
         ["community_file", "csv_gbk", "label_value_rows", "unit_column", "approx_values", "values_thousands_text",
          "wu_zero", "qizhong_outside", "outside_catalogue_row", "footer_date_trap"], (2026, 1, 5, 10, 30))


def c8_jiangnan_april(batch="batch1", old=None):
    code, m = C["009"], "2026-04"
    sh = Sheet("4月", batch=batch, old=old)
    sh.merge(0, 0, 0, 4, "江南新村居委会2026年4月报表" + ("（更正）" if batch == "batch2" else ""))
    sh.row(1, 0, ["序号", "指标", "单位", "本月", "备注"])
    keep = {"居民诉求受理", "诉求办结", "人民调解", "治安巡逻队员", "平安信息员", "治安案件", "新增就业岗位", "其中：公益性岗位",
            "实现就业", "职业技能培训", "创业担保贷款", "低保户", "低保人员", "低保金发放", "老年人免费体检", "文体活动", "宣讲活动",
            "注册志愿者", "志愿服务", "来沪人员", "党员"}
    items = [it for it in FULL_ITEMS if it[0] != "§" and it[0] in keep]
    r = form(sh, 2, items, code, m, note_col=4)
    if batch == "batch2":
        sh.merge(r, 0, r, 4, "更正说明：居民诉求受理漏计12345转办件5件；诉求办结数误填；实现就业误含外区人员4人。以本表为准。")
        r += 1
    sh.put(r, 0, "填报人：江××　　报送日期：" + ("2026年5月13日" if batch == "batch2" else "2026年5月6日"))
    feats = ["community_file", "indicators_as_rows", "unit_column", "footer_date_trap", "xlsx_openpyxl"]
    if batch == "batch2":
        save("batch2/江南新村居委会2026年4月报表（更正）.xlsx", [sh], "openpyxl", feats + ["correction_gengzheng"],
             (2026, 5, 13, 10, 0))
    else:
        save(B + "江南新村居委会2026年4月报表.xlsx", [sh], "openpyxl", feats, (2026, 5, 6, 9, 20))


def c9_hengyi_ods():
    code, m = C["028"], "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 3, "恒益居委会2026年3月工作报表")
    sh.row(1, 0, ["类别", "项目", "单位", "数量"])
    add = xh_grid.W.added(code, m, "volunteers")
    groups = [("自治共治", [("居民诉求受理", "件", "petitions_received", {}), ("诉求办结", "件", "petitions_resolved", {}),
                        ("人民调解", "起", "disputes_mediated", {})]),
              ("平安建设", [("巡逻队员", "人", "patrol_members", {}), ("治安案件", "起", "security_cases", {"style": "wu"})]),
              ("就业", [("新增岗位", "个", "jobs_created", {}), ("实现就业", "人", "people_employed", {}),
                      ("技能培训", "场", "training_sessions", {"style": "wu"})]),
              ("志愿服务", [("注册志愿者", "人", "volunteers", {"text": (lambda v: f"{v}（其中新增{add}）") if add else None}),
                        ("志愿服务", "人次", "volunteer_person_times", {})]),
              ("为老帮困", [("帮扶困难群众", "人", "people_assisted", {}), ("老年人体检", "人", "free_health_checks", {}),
                        ("社区助餐", "人次", xh_grid.W.side[(code, m, "助餐")], {})])]
    r = 2
    for cat, items in groups:
        sh.merge(r, 0, r + len(items) - 1, 0, cat)
        r = form(sh, r, items, code, m, seq_col=None)
    save(B + "恒益居委会2026年3月工作报表.ods", [sh], "odfpy",
         ["community_file", "indicators_as_rows", "category_merged_down", "unit_column", "value_with_qizhong_xinzeng",
          "wu_zero", "outside_catalogue_row", "ods_odfpy"], (2026, 4, 2, 15, 0))


def build(old_k1):
    c1_rihui_ledger()
    c2_kangju_ytd()
    c3_rihui6_one_ods()
    c4_rihui6_joint()
    c5_shangying_cover()
    c6_damuqiao4_dated()
    c7_chaling_gbk()
    c8_jiangnan_april(old=old_k1)
    c9_hengyi_ods()
