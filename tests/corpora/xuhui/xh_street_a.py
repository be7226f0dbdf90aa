"""Street-office files, part A: the 分片 monthly report, the 平安建设 wide sheet, the 一网统管 工单 export, the
volunteering pivot, the 就业 本月 | 本年累计 sheet and the 社区事务综合 sheet with 元 and 万元."""
import random

import xh_grid
from xh_grid import Sheet, header, qval, val
from xh_tables import Out, Rate, V, num_of, rows, side, total
from xh_world import AREA, AREA_NAME, CODES, MONTHS, name
from xh_writers import save

B = "batch1/"


def area_codes(a):
    return [c for c in CODES if AREA[c] == a]


def s1_area_monthly():
    """2025年10月 月报, one sheet per 片区, each with its 小计."""
    m, sheets = "2025-10", []
    notes = {"310104007001": "含国庆、中秋期间12345工单9件", "310104007050": "10月29日重阳节走访高龄老人46户",
             "310104007015": "群租整治1户"}
    for a in (1, 2, 3):
        sh = Sheet(AREA_NAME[a])
        sh.merge(0, 0, 0, 9, "斜土路街道居民区工作月报（2025年10月）")
        sh.put(1, 0, f"片区：{AREA_NAME[a]}")
        sh.put(1, 7, "报送：社区自治办")
        sh.row(2, 0, ["序号", "居民区", "实有人口（人）", "其中：来沪人员（人）", "户籍人口（人）", "居民诉求受理（件）",
                      "已办结（件）", "办结率", "人民调解（起）", "备注"])
        specs = [V("residents", fmt="#,##0"), V("floating_population"), side("户籍人口"), V("petitions_received"),
                 V("petitions_resolved"), Rate(6, 5), V("disputes_mediated"),
                 Out(lambda code, month: notes.get(code), summable=False)]
        r, done = rows(sh, 3, area_codes(a), m, specs, lambda c: name(c, "jmq"))
        r = total(sh, r, done, 2, 8, label="小计", label_col=1, specs=specs)
        sh.put(r + 1, 0, "填报人：陈××　　审核人：王××　　报送日期：2025年11月5日")
        sh.widths.update({1: 18, 9: 28})
        sheets.append(sh)
    save(B + "斜土路街道2025年10月居民区工作月报（分片汇总）.xlsx", sheets, "openpyxl",
         ["street_file_rows", "sheet_per_area", "area_subtotal_rows", "names_jmq", "shiyou_renkou", "laihu_renyuan",
          "huji_outside", "derived_percent_text", "notes_column", "footer_date_trap", "xlsx_openpyxl"], (2025, 11, 5, 16, 20))


def s2_safety_wide():
    """2025年11月 平安建设: indicators down, 居民区 across under 片区 headings (two header rows), 全街道 column."""
    m, rnd = "2025-11", random.Random(7102)
    sh = Sheet("平安建设")
    order = area_codes(1) + area_codes(2) + area_codes(3)
    last = 3 + len(order)
    sh.merge(0, 0, 0, last, "斜土路街道平安建设工作统计表")
    sh.put(1, 0, "统计月份：2025年11月")
    sh.put(1, last - 6, "填报单位：街道平安办（综治中心）")
    sh.merge(2, 0, 3, 0, "类别")
    sh.merge(2, 1, 3, 1, "项目")
    sh.merge(2, 2, 3, 2, "单位")
    c = 3
    for a in (1, 2, 3):
        n = len(area_codes(a))
        sh.merge(2, c, 2, c + n - 1, AREA_NAME[a])
        c += n
    sh.merge(2, last, 3, last, "全街道")
    for j, code in enumerate(order):
        sh.put(3, 3 + j, name(code, "short"))
    side_vals = {k: {code: rnd.randint(a, b) for code in order} for k, a, b in
                 (("值守", 60, 180), ("排查", 6, 20), ("群租", 0, 3))}
    lines = [("群防群治", "巡逻队员", "人", "patrol_members"), (None, "平安信息员", "人", "informants"),
             (None, "进博会安保值守", "人次", "值守"), ("治安", "治安案件（立案）", "起", "security_cases"),
             ("矛盾纠纷", "排查", "次", "排查"), (None, "人民调解成功", "起", "disputes_mediated"),
             ("综合治理", "群租整治", "户", "群租")]
    specials = {("310104007014", "informants"): "未统计", ("310104007050", "security_cases"): "—"}
    r = 4
    groups = {"群防群治": 3, "治安": 1, "矛盾纠纷": 2, "综合治理": 1}
    for cat, item, unit, ind in lines:
        if cat:
            sh.merge(r, 0, r + groups[cat] - 1, 0, cat)
        sh.put(r, 1, item)
        sh.put(r, 2, unit)
        for j, code in enumerate(order):
            if ind in side_vals:
                sh.put(r, 3 + j, side_vals[ind][code])
            elif (code, ind) in specials:
                xh_grid.miss(sh, r, 3 + j, code, m, ind, specials[(code, ind)])
            else:
                val(sh, r, 3 + j, code, m, ind)
        nums = [num_of(sh.cells.get((r, 3 + j), (None,))[0]) for j in range(len(order))]
        sh.put(r, last, sum(x for x in nums if x is not None))
        r += 1
    sh.merge(r + 1, 0, r + 1, last, "注：1.进博会期间（11月5日—10日）各居民区增派巡逻力量，值守人次单列；"
                                    "2.治安案件数据由斜土路派出所提供；3.上影居委会信息员名册调整中，本月未统计。")
    save(B + "斜土路街道2025年11月平安建设工作统计表.xlsx", [sh], "xlsxwriter",
         ["street_file_columns", "indicators_as_rows", "area_group_header_two_rows", "names_short", "label_split_category",
          "unit_column", "total_column", "outside_catalogue_rows", "weitongji", "dash_missing", "note_row",
          "xlsx_xlsxwriter"], (2025, 12, 4, 10, 5))


def s3_work_orders():
    """一网统管 工单 export: one row per 居民区 × month × 工单类型, 派单 / 签收 / 办结 / 满意 columns."""
    rnd = random.Random(7103)
    sh = Sheet("工单统计")
    sh.put(0, 0, "查询条件：街镇=斜土路街道；统计周期=2026-01 至 2026-02；工单类型=全部")
    sh.put(1, 0, "导出时间：2026-03-03 09:12:47　导出人：xtljd_zhb")
    sh.row(2, 0, ["序号", "区", "街镇", "居民区", "统计周期", "工单类型", "派单量", "签收量", "办结量", "满意量", "满意率"])
    r, n = 3, 0
    sums = [0] * 4
    for code in CODES:
        for m in ("2026-01", "2026-02"):
            for typ in ("居民诉求", "矛盾纠纷", "城运事件"):
                n += 1
                sh.row(r, 0, [n, "徐汇区", "斜土路街道", name(code, "full"), m, typ])
                if typ == "居民诉求":
                    val(sh, r, 6, code, m, "petitions_received", role="duplicate")
                    val(sh, r, 7, code, m, "petitions_received")
                    val(sh, r, 8, code, m, "petitions_resolved")
                    done = xh_grid.W.v[(code, m, "petitions_resolved")]
                elif typ == "矛盾纠纷":
                    got = xh_grid.W.v[(code, m, "disputes_mediated")] + rnd.choice([0, 0, 1, 1, 2])
                    sh.put(r, 6, got)
                    sh.put(r, 7, got)
                    val(sh, r, 8, code, m, "disputes_mediated")
                    done = xh_grid.W.v[(code, m, "disputes_mediated")]
                else:
                    got = rnd.randint(8, 40)
                    done = got - rnd.choice([0, 0, 1, 2])
                    sh.put(r, 6, got)
                    sh.put(r, 7, got)
                    sh.put(r, 8, done)
                sat = max(0, done - rnd.choice([0, 0, 1, 1, 2]))
                sh.put(r, 9, sat)
                sh.put(r, 10, f"{100.0 * sat / done:.2f}%" if done else "—")
                for j in range(4):
                    sums[j] += num_of(sh.cells[(r, 6 + j)][0])
                r += 1
    sh.row(r, 0, ["合计", None, None, None, None, None] + sums + [f"{100.0 * sums[3] / sums[2]:.2f}%"])
    sh.widths.update({3: 20, 5: 10})
    save(B + "一网统管工单统计导出_202601-202602.xlsx", [sh], "xlsxwriter",
         ["street_file_long", "work_order_export", "period_column_text", "type_column_meaning", "paidan_qianshou_equal",
          "names_full", "export_header_lines", "no_period_in_title", "derived_percent_text", "total_row",
          "xlsx_xlsxwriter"], (2026, 3, 3, 9, 15))


def s4_volunteer_pivot():
    """2025年四季度 志愿服务: a pivot-table sheet (行标签 / 列标签 / 总计) over a 数据源 sheet in long format."""
    q = ["2025-10", "2025-11", "2025-12"]
    src = Sheet("数据源")
    src.row(0, 0, ["居民区", "月份", "指标", "数值", "单位"])
    r = 1
    for code in sorted(CODES, key=lambda c: name(c, "jmq")):
        for m in q:
            for ind, label, unit in (("volunteer_person_times", "志愿服务人次", "人次"), ("volunteers", "注册志愿者数", "人")):
                src.row(r, 0, [name(code, "jmq"), m, label])
                val(src, r, 3, code, m, ind)
                src.put(r, 4, unit)
                r += 1
    pv = Sheet("透视表")
    pv.row(0, 0, ["指标", "志愿服务人次"])
    pv.row(2, 0, ["求和项:数值", "列标签"])
    pv.row(3, 0, ["行标签"] + q + ["总计"])
    r = 4
    col_tot = [0, 0, 0, 0]
    for code in sorted(CODES, key=lambda c: name(c, "jmq")):
        pv.put(r, 0, name(code, "jmq"))
        for j, m in enumerate(q):
            val(pv, r, 1 + j, code, m, "volunteer_person_times", role="duplicate")
            col_tot[j] += xh_grid.W.v[(code, m, "volunteer_person_times")]
        qval(pv, r, 4, code, "2025-Q4", "volunteer_person_times")
        col_tot[3] += xh_grid.W.quarter(code, "2025-Q4", "volunteer_person_times")
        r += 1
    pv.row(r, 0, ["总计"] + col_tot)
    pv.widths[0] = 20
    save(B + "斜土路街道2025年四季度志愿服务统计.xlsx", [pv, src], "openpyxl",
         ["street_file_long", "pivot_table_sheet", "pivot_total_column_quarter", "pivot_total_row", "source_sheet_long",
          "month_text_yyyy_mm", "names_jmq", "title_quarter_only_in_file_name", "xlsx_openpyxl"], (2026, 1, 8, 14, 0))


def s5_jobs_ytd():
    """2026年3月 就业创业: every indicator over 本月 | 本年累计, 创业担保贷款 in 万元, 零就业家庭 「无」."""
    m = "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 12, "斜土路街道就业创业工作统计表")
    sh.merge(1, 0, 1, 12, "（2026年3月）")
    inds = [("新增就业岗位（个）", "jobs_created", 1), ("其中：公益性岗位（个）", "public_welfare_jobs", 1),
            ("实现就业（人）", "people_employed", 1), ("职业技能培训（场）", "training_sessions", 1),
            ("创业担保贷款（万元）", "micro_loans_yuan", 10000)]
    tree = [("序号", "seq"), ("居民区", "name")] + [(t, [("本月", (ind, d, False)), ("本年累计", (ind, d, True))])
                                                  for t, ind, d in inds] + [("零就业家庭（户）", ("zero_employment_households", 1, False))]
    leaves = header(sh, 2, 0, tree, 2)
    r = 4
    data = []
    for i, code in enumerate(CODES):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, name(code, "jw"))
        for c, leaf in leaves[2:]:
            ind, d, cum = leaf
            if cum:
                y = xh_grid.W.ytd(code, m, ind) / d
                sh.put(r, c, int(y) if float(y).is_integer() else y)
            elif ind == "zero_employment_households":
                val(sh, r, c, code, m, ind, style="wu")
            else:
                val(sh, r, c, code, m, ind, div=d)
        data.append(r)
        r += 1
    r = total(sh, r, data, 2, 11, label="合计", label_col=1)
    sh.put(r + 1, 0, "填表：社区事务受理服务中心就业岗　　联系电话：021-64182735　　填报日期：2026年4月3日")
    sh.widths[1] = 16
    save(B + "斜土路街道2026年3月就业创业工作统计表.xls", [sh], "xlwt",
         ["street_file_rows", "header_two_row_merged", "month_ytd_pairs", "ytd_restart_january", "qizhong_group",
          "values_wan_header", "wu_zero", "names_jw", "total_row", "footer_phone", "footer_date_trap", "xls_xlwt"],
         (2026, 4, 3, 11, 0))


def s6_affairs_mixed_units():
    """2025年12月 社区事务综合: a three-row header, 低保金 in 元 and 创业担保贷款 in 万元 on one sheet, a hidden 底稿."""
    m, rnd = "2025-12", random.Random(7106)
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 10, "斜土路街道社区事务综合统计表（2025年12月）")
    tree = [("序号", None), ("居民区", None),
            ("一、社会救助", [("城市低保", [("户数（户）", V("dibao_households")), ("人数（人）", V("dibao_persons")),
                                        ("低保金（元）", V("dibao_payout_yuan", fmt="#,##0"))])]),
            ("二、就业创业", [("新增岗位（个）", V("jobs_created")), ("实现就业（人）", V("people_employed")),
                          ("创业担保贷款（万元）", V("micro_loans_yuan", div=10000))]),
            ("三、为老服务", [("老年人免费体检（人）", V("free_health_checks")), ("长护险评估（人）", side("长护险")),
                          ("社区助餐（人次）", side("助餐"))])]
    leaves = header(sh, 1, 0, tree, 3)
    specs = [leaf for _, leaf in leaves[2:]]
    r, done = rows(sh, 4, CODES, m, specs, lambda c: name(c, "full"))
    r = total(sh, r, done, 2, 9, label="合计", label_col=1)
    sh.put(r + 1, 0, "说明：低保金为当月实际发放数；创业担保贷款为当月放款金额（万元）。")
    sh.widths[1] = 20
    draft = Sheet("底稿", )
    draft.hidden = True
    draft.row(0, 0, ["居民区", "11月低保金", "调整", "12月"])
    for i, code in enumerate(CODES[:8]):
        draft.row(i + 1, 0, [name(code, "short"), rnd.randint(9000, 60000), rnd.randint(-900, 900), rnd.randint(9000, 60000)])
    save(B + "斜土路街道2025年12月社区事务综合统计.xlsx", [sh, draft], "openpyxl",
         ["street_file_rows", "header_three_row_merged", "group_headings_numbered", "yuan_and_wan_same_sheet",
          "values_wan_header", "thousands_format", "names_full", "outside_catalogue_column", "hidden_sheet",
          "total_row", "note_row", "xlsx_openpyxl"], (2026, 1, 7, 9, 40))


def build():
    s1_area_monthly()
    s2_safety_wide()
    s3_work_orders()
    s4_volunteer_pivot()
    s5_jobs_ytd()
    s6_affairs_mixed_units()
