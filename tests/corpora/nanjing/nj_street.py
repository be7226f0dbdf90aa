"""The street office's returns, communities down (凤凰街道的科室: 社区建设科 / 社会事务科 / 平安办 / 党建办 / 民生服务中心)."""
from nj_grid import Sheet, header, qval
from nj_table import V, cell, total_cell
from nj_world import COMMS
from nj_writers import save

CODES = [c for _, c, _ in COMMS]


def rows_down(sh, r0, leaves, m, total=None, formula=False, total_label="凤凰街道合计", name_col=1):
    """Communities from r0 (after a top 合计 row when total == "top"); returns the next free row."""
    first = r0 + (1 if total == "top" else 0)
    last = first + len(COMMS) - 1
    for i, code in enumerate(CODES):
        for c, leaf in leaves:
            cell(sh, first + i, c, leaf, code, m, i)
    tr = r0 if total == "top" else (last + 1 if total == "bottom" else None)
    if tr is not None:
        sh.put(tr, name_col, total_label)
        for c, leaf in leaves:
            total_cell(sh, tr, c, leaf, CODES, m, (first, last), formula)
    return last + (2 if total == "bottom" else 1)


def colno_row(sh, r, leaves, lead=("甲", "乙")):
    """The statistical form's 栏次 row: 甲 乙 under the label columns, 1 2 3 … under the figures."""
    n = 0
    for c, leaf in leaves:
        if leaf[0] in ("no", "name"):
            sh.put(r, c, lead[min(c, len(lead) - 1)])
        else:
            n += 1
            sh.put(r, c, n)


def base_info(W):
    """2025年9月 社区基本情况: the city's statistical form (表号 / 制定机关 / 有效期至 block), a 栏次 row, the 街道合计
    row above the communities, registry names."""
    m = "2025-09"
    sh = Sheet("表1")
    sh.merge(0, 0, 0, 10, "社区基本情况统计表")
    sh.put(1, 8, "表　　号：鼓民统社01表")
    sh.put(2, 8, "制定机关：鼓楼区民政局")
    sh.put(3, 8, "有效期至：2026年12月")
    sh.put(3, 0, "填报单位（盖章）：鼓楼区凤凰街道办事处")
    sh.put(3, 4, "2025年9月")
    tree = [("序号", ("no",)), ("社区居委会名称", ("name", "reg")),
            ("常住户数（户）", V("households")), ("常住人口（人）", V("residents")),
            ("其中：60周岁以上（人）", ("x", "old60", (900, 2600))), ("流动人口（人）", V("floating_population")),
            ("在职社区工作者（人）", V("staff")), ("党组织在册党员（名）", V("party_members")),
            ("网格数（个）", ("x", "grid", (6, 14))), ("小区数（个）", ("x", "xq", (2, 9))),
            ("物业覆盖率", ("xp", "wy", (85, 100)))]
    leaves = header(sh, 4, 0, tree, 1)
    leaves = [(c, leaf) for c, leaf in leaves]
    colno_row(sh, 5, leaves)
    nxt = rows_down(sh, 6, leaves, m, total="top", total_label="凤凰街道合计")
    sh.put(nxt + 1, 0, "单位负责人：　　　　统计负责人：　　　　填表人：张玮　　　　联系电话：025-83713260　　　　报出日期：2025年10月9日")
    sh.put(nxt + 2, 0, "说明：1.常住人口以“我的南京·网格”人口库9月30日数据为准；2.物业覆盖率为百分数，不含“%”。")
    save("batch1/凤凰街道社区基本情况统计表（2025年9月）.xlsx", [sh], "openpyxl",
         ["street_rows", "form_code_block", "colno_row", "total_row_top", "registry_names", "outside_columns",
          "footer_date_trap"], (2025, 10, 9, 10, 20))


def four_level(W):
    """2025年10月 民生保障: FOUR header rows — domain → object → measure → 本月 / 1-10月累计; the 合计 row first, formulas."""
    m = "2025-10"
    sh = Sheet("民生保障")
    sh.merge(0, 0, 0, 17, "凤凰街道2025年10月民生保障工作进度表")
    sh.merge(1, 0, 1, 17, "报送科室：社会事务科（民政）、社区建设科（就业）　　　　　　　　　　单位：户、人、元、个")
    def bm(ind):
        return [("本月", V(ind)), ("1-10月累计", ("ytd", ind))]
    tree = [("序号", ("no",)), ("社区", ("name", "sq")),
            ("社会救助", [("城市最低生活保障", [("户数", V("dibao_households")), ("人数", V("dibao_persons")),
                                           ("保障金", bm("dibao_payout_yuan"))]),
                      ("特困供养", [("人数", ("x", "tk", (0, 4)))])]),
            ("就业创业", [("城镇新增就业", [("人数", bm("people_employed"))]),
                      ("就业岗位开发", [("新开发岗位", bm("jobs_created")), ("其中：公益性岗位", bm("public_welfare_jobs"))]),
                      ("创业担保贷款", [("发放金额", bm("micro_loans_yuan"))])]),
            ("零就业家庭", V("zero_employment_households"))]
    leaves = header(sh, 2, 0, tree, 4)
    rows_down(sh, 6, leaves, m, total="top", formula=True, total_label="合计")
    sh.put(20, 0, "注：保障金、贷款金额单位为元；累计为2025年1月至本月。填报人：社会事务科 陈静　2025年11月6日")
    save("batch1/凤凰街道2025年10月民生保障工作进度表.xlsx", [sh], "xlsxwriter",
         ["street_rows", "four_level_header", "month_and_ytd", "total_row_top", "total_row_formula",
          "stock_leaf_merged_down", "outside_columns"], (2025, 11, 6, 15, 40))


def quarterly_party(W):
    """2025年第四季度 党建和志愿服务季报 (.xls): 季末数 (12月末) for the stocks, 10月 | 11月 | 12月 | 本季度 for 志愿服务人次,
    a 注册率 percent column and a 是否完成季度目标 column."""
    sh = Sheet("四季度")
    sh.merge(0, 0, 0, 11, "凤凰街道2025年第四季度党建引领和志愿服务工作季报")
    sh.merge(1, 0, 1, 11, "报送单位：凤凰街道党群工作办公室　　　　季末数为2025年12月31日数")
    tree = [("序号", ("no",)), ("社区", ("name", "short")),
            ("党员队伍（季末数）", [("在册党员（名）", V("party_members", month="2025-12")),
                             ("党员结对帮扶（对）", V("pairings", month="2025-12"))]),
            ("注册志愿者", [("季末人数（人）", V("volunteers", month="2025-12")),
                       ("注册率（%）", ("regrate",))]),
            ("志愿服务人次", [("10月", V("volunteer_person_times", month="2025-10")),
                         ("11月", V("volunteer_person_times", month="2025-11")),
                         ("12月", V("volunteer_person_times", month="2025-12")),
                         ("本季度", ("q", "volunteer_person_times", "2025-Q4"))]),
            ("在职党员进社区报到（人次）", ("x", "bd", (20, 90))), ("是否完成季度目标", ("ynx", "q4goal"))]
    leaves = header(sh, 2, 0, tree, 2)
    for i, (short, code, f) in enumerate(COMMS):
        r = 4 + i
        for c, leaf in leaves:
            if leaf[0] == "regrate":
                v, p = W.v[(code, "2025-12", "volunteers")], W.v[(code, "2025-12", "residents")]
                sh.put(r, c, round(100.0 * v / p, 2))
            else:
                cell(sh, r, c, leaf, code, "2025-12", i)
    sh.put(17, 0, "注：注册率=注册志愿者/常住人口×100；志愿服务人次以“志愿江苏”平台记录为准。2026年1月7日")
    save("batch1/凤凰街道2025年第四季度党建和志愿服务季报.xls", [sh], "xlwt",
         ["street_rows", "quarterly_form", "quarter_end_stock", "months_and_quarter_columns", "percent_column_bare",
          "yes_no_column", "two_level_header"], (2026, 1, 7, 9, 10))


def petitions_codes(W):
    """2025年12月 民情诉求 (.ods): a row of the city platform's 指标编码 above the names, 办结率 and 是否有超期件."""
    m = "2025-12"
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 9, "鼓楼区凤凰街道民情诉求办理情况月报（2025年12月）")
    codes = ["", "", "MQ0101", "MQ0102", "MQ0103", "MQ0104", "MQ0105", "PA0201", "PA0202", ""]
    names = ["序号", "社区", "受理诉求（件）", "其中：12345转办（件）", "办结诉求（件）", "办结率", "是否有超期件",
             "矛盾纠纷调解成功（起）", "治安案件（起）", "备注"]
    sh.row(1, 0, ["指标编码"] + codes[1:])
    sh.row(2, 0, names)
    leaves = [(0, ("no",)), (1, ("name", "sq")), (2, V("petitions_received")), (3, ("x", "12345", (8, 20))),
              (4, V("petitions_resolved")), (5, ("rate", "petitions_resolved", "petitions_received")),
              (6, ("ynx", "overdue")), (7, V("disputes_mediated")), (8, V("security_cases", style="wu"))]
    nxt = rows_down(sh, 3, leaves, m, total="bottom", total_label="合计")
    sh.put(nxt, 0, "数据来源：南京市12345政务服务便民热线工单系统、鼓楼区网格化社会治理平台；统计截至2025年12月31日")
    save("batch1/凤凰街道2025年12月民情诉求办理情况月报.ods", [sh], "odfpy",
         ["street_rows", "indicator_code_row", "derived_rate_text", "yes_no_column", "wu_for_zero",
          "outside_columns"], (2026, 1, 5, 14, 0))


def quarterly_jobs(W):
    """2026年第一季度 就业 季报: 一季度 | 其中：3月 — the quarter (quarter_truth) beside its last month (truth)."""
    sh = Sheet("就业季报")
    sh.merge(0, 0, 0, 11, "凤凰街道2026年一季度就业创业工作情况")
    sh.put(1, 0, "填报科室：社区建设科（劳动保障所）")
    sh.put(1, 9, "金额单位：万元")
    tree = [("序号", ("no",)), ("社区", ("name", "short"))]
    for lab, ind, div in [("城镇新增就业（人）", "people_employed", 1), ("新开发就业岗位（个）", "jobs_created", 1),
                          ("其中：公益性岗位（个）", "public_welfare_jobs", 1),
                          ("创业担保贷款（万元）", "micro_loans_yuan", 10000)]:
        qleaf = ("qd", ind, div)
        tree.append((lab, [("一季度", qleaf), ("其中：3月", V(ind, month="2026-03", div=div))]))
    tree += [("春风行动招聘会（场）", ("x", "zph", (0, 3))), ("是否完成一季度任务", ("ynx", "q1job"))]
    leaves = header(sh, 2, 0, tree, 2)
    for i, (short, code, f) in enumerate(COMMS):
        r = 4 + i
        for c, leaf in leaves:
            if leaf[0] == "qd":
                qval(sh, r, c, code, "2026-Q1", leaf[1], div=leaf[2])
            else:
                cell(sh, r, c, leaf, code, "2026-03", i)
    sh.put(17, 0, "说明：一季度为1-3月合计；3月为当月数。填报人：吴婷　2026年4月3日")
    save("batch1/凤凰街道2026年一季度就业创业工作情况.xlsx", [sh], "xlsxwriter",
         ["street_rows", "quarterly_form", "quarter_then_month", "wan_yuan_header_unit", "yes_no_column",
          "outside_columns"], (2026, 4, 3, 16, 20))


def build(W):
    base_info(W)
    four_level(W)
    quarterly_party(W)
    petitions_codes(W)
    quarterly_jobs(W)
