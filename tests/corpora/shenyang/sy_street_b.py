"""The street office's files, part two: 志愿辽宁 quarter, 为老 template with its 示例 row, 平安 (a table transposed under
another), the per-community cards, the 供暖期 诉求 table across the year end."""
from sy_grid import Formula, Sheet, header, qval, ref, val, written
from sy_world import AREA, COMMS, REG
from sy_writers import save

B1 = "batch1/"
CN = "一二三四五六七八九十"


def cn_ord(i):
    """1 → 一, 11 → 十一, 17 → 十七."""
    return CN[i - 1] if i <= 10 else "十" + CN[i - 11]


def volunteers_q4(W):
    """2025年第四季度 志愿服务和党员: stocks under **「截至10.31」「截至11.30」「截至12.31」** (month-end dates as column
    headers, the year only in the title), 志愿服务 10月 | 11月 | 12月 | 四季度合计 (SUM formulas: quarter_truth)."""
    sh = Sheet("四季度")
    ends = [("截至10.31", "2025-10"), ("截至11.30", "2025-11"), ("截至12.31", "2025-12")]
    tree = [("序号", "no"), ("社区", "name"),
            ("注册志愿者（人）", [(t, ("volunteers", m)) for t, m in ends]),
            ("志愿服务（人次）", [("10月", ("volunteer_person_times", "2025-10")), ("11月", ("volunteer_person_times", "2025-11")),
                          ("12月", ("volunteer_person_times", "2025-12")), ("四季度合计", "q")]),
            ("党员（名）", [(t, ("party_members", m)) for t, m in ends]),
            ("结对帮扶（对）", [("截至12.31", ("pairings", "2025-12"))]), ("备注", "note")]
    sh.merge(0, 0, 0, 14, "工人村街道2025年第四季度志愿服务和党员队伍情况统计表")
    leaves = header(sh, 1, 0, tree, 2)
    r0 = 3
    for i, (short, code, f) in enumerate(COMMS):
        r = r0 + i
        for c, leaf in leaves:
            if leaf == "no":
                sh.put(r, c, i + 1)
            elif leaf == "name":
                sh.put(r, c, short + "社区")
            elif leaf == "q":
                qval(sh, r, c, code, "2025-Q4", "volunteer_person_times", formula=f"SUM({ref(r, c - 3)}:{ref(r, c - 1)})")
            elif leaf == "note":
                if short == "仙女湖":
                    sh.put(r, c, "12月组织清雪志愿服务6次")
            else:
                val(sh, r, c, code, leaf[1], leaf[0])
    r = r0 + len(COMMS)
    sh.put(r, 1, "全街道")
    for c, leaf in leaves:
        if isinstance(leaf, tuple) or leaf == "q":
            tot = sum(sh.cells[(q, c)][0].cached if isinstance(sh.cells[(q, c)][0], Formula) else sh.cells[(q, c)][0]
                      for q in range(r0, r))
            sh.put(r, c, Formula(f"SUM({ref(r0, c)}:{ref(r - 1, c)})", tot))
    sh.put(r + 1, 0, "数据来源：“志愿辽宁”信息平台、铁西区智慧党建系统；注册志愿者、党员为时点数。")
    sh.put(r + 2, 0, "工人村街道党群服务中心　　报送日期：2026年1月8日")
    save(B1 + "工人村街道2025年第四季度志愿服务和党员队伍统计.xlsx", [sh], "xlsxwriter",
         ["street_rows", "month_end_date_headers", "months_under_group", "quarter_total_column", "formula_cached",
          "total_row", "year_only_in_title", "xlsx_xlsxwriter"], (2026, 1, 8, 11, 5))


def elderly_template(W):
    """2026年1月 为老和文化: the street's template **with its 示例 row still in it** (「示例」 | 「XX社区」 | figures), a
    填报说明 line, and **「以下空白」** under the last community followed by empty numbered rows; 送温暖慰问金 (元, outside)."""
    m = "2026-01"
    sh = Sheet("Sheet1")
    heads = [("序号", None), ("社区", None), ("老年人免费体检（人）", "free_health_checks"),
             ("走访慰问困难群众（人）", "people_assisted"), ("发放慰问物资（件）", "goods_distributed"),
             ("送温暖慰问金（元）", "x_money"), ("文体活动（场）", "cultural_activities"), ("宣讲活动（次）", "lectures_held"),
             ("备注", None)]
    w = len(heads) - 1
    sh.merge(0, 0, 0, w, "工人村街道2026年1月为老服务和文化活动统计表")
    sh.merge(1, 0, 1, w, "填报说明：1.请按示例格式填报本月数，不含往月；2.慰问物资按件（袋、桶）计；3.1月31日前报社会事务办。")
    sh.row(2, 0, [h for h, _ in heads])
    sh.row(3, 0, ["示例", "XX社区", 30, 20, 40, 6000, 3, 2, "示例行"])
    r = 4
    for i, (short, code, f) in enumerate(COMMS):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, short)
        for c, (_, ind) in enumerate(heads):
            if ind == "x_money":
                sh.put(r, c, W.v[(code, m, "people_assisted")] * 200)
            elif ind:
                val(sh, r, c, code, m, ind)
        if short == "壮工":
            sh.put(r, w, "体检改为入户，1月暂停集中体检")
        r += 1
    sh.merge(r, 0, r, w, "以下空白")
    for k in range(3):
        sh.put(r + 1 + k, 0, len(COMMS) + 1 + k)
    r += 5
    sh.put(r, 0, "备注：1月22日（小年）前完成“送温暖”入户走访；受寒潮影响，老年人体检以入户为主。")
    sh.put(r + 1, 0, "工人村街道社会事务办公室　　2026年2月5日")
    save(B1 + "工人村街道2026年1月为老服务和文化活动统计.xlsx", [sh], "openpyxl",
         ["street_rows", "template_example_row", "below_blank_marker", "empty_numbered_rows", "short_names",
          "outside_columns", "footer_date_trap", "xlsx_openpyxl"], (2026, 2, 5, 10, 30))


def safety_sheet(W, corrected=False):
    """2026年3月 平安建设: table 一 with communities as rows (巡逻队员, 平安信息员), then **table 二 transposed under it:
    indicators as rows and the communities as columns** (治安案件, 矛盾纠纷调解成功; 排查, 消防检查 outside)."""
    m = "2026-03"
    sh = Sheet("平安建设")
    title = "工人村街道2026年3月平安建设工作月报" + ("（更正）" if corrected else "")
    sh.merge(0, 0, 0, 8, title)
    sh.put(1, 0, "一、群防群治力量（截至3月31日）")
    head1 = ["序号", "社区", "群防群治巡逻队员（人）", "平安信息员（人）", "专职网格员（人）", "修改说明" if corrected else "备注"]
    sh.row(2, 0, head1)
    notes = {"泰山": "巡逻队员原报数误填2月数，更正", "西站": "平安信息员原报少报新聘2人，更正"}
    r = 3
    for i, (short, code, f) in enumerate(COMMS):
        sh.row(r, 0, [i + 1, REG[code]])
        val(sh, r, 2, code, m, "patrol_members")
        val(sh, r, 3, code, m, "informants")
        sh.put(r, 4, 3 + int(f * 2))
        if corrected and short in notes:
            sh.put(r, 5, notes[short])
        r += 1
    sh.put(r, 1, "合计")
    sh.put(r, 2, sum(written(sh, q, 2) for q in range(3, r)))
    sh.put(r, 3, sum(written(sh, q, 3) for q in range(3, r)))
    r += 2
    sh.put(r, 0, "二、治安案件和矛盾纠纷（3月）")
    r += 1
    sh.row(r, 0, ["项目", "单位"] + [s for s, _, _ in COMMS] + ["合计"])
    items = [("治安案件（立案）", "起", "security_cases"), ("矛盾纠纷调解成功", "起", "disputes_mediated"),
             ("矛盾纠纷排查", "次", "x_pc"), ("消防安全检查", "家次", "x_fire")]
    for label, unit, ind in items:
        r += 1
        sh.row(r, 0, [label, unit])
        tot = 0
        for j, (short, code, f) in enumerate(COMMS):
            if ind.startswith("x_"):
                v = W.out(code, m, ind, 2, 9) if ind == "x_pc" else W.out(code, m, ind, 8, 40)
                sh.put(r, 2 + j, v)
            else:
                val(sh, r, 2 + j, code, m, ind)
                v = written(sh, r, 2 + j)
            tot += v
        sh.put(r, 2 + len(COMMS), tot)
    r += 2
    if corrected:
        sh.put(r, 0, "修改说明：中海社区治安案件原报数含2月末立案1起，经派出所核实更正。")
        r += 1
    sh.put(r, 0, "工人村街道平安建设办公室（综治中心）　填报人：马丽　024-25712335　" +
           ("2026年4月10日" if corrected else "2026年4月3日"))
    return sh


def safety(W):
    save(B1 + "工人村街道2026年3月平安建设工作月报.xlsx", [safety_sheet(W)], "openpyxl",
         ["street_rows", "transposed_table_below", "communities_across", "registry_names", "short_names",
          "outside_rows", "footer_date_trap", "phone_trap", "xlsx_openpyxl"], (2026, 4, 3, 16, 45))


def cards(W):
    """2026年2月 各社区工作数据: **one small card per community stacked down the sheet** — 「（一）劳模社区」 heading, its
    own header row, one value row, a blank row — 17 times; 新喜 written **新禧** (xǐ, the 春节 greeting's 禧)."""
    m = "2026-02"
    sh = Sheet("各社区")
    items = [("常住户数（户）", "households"), ("常住人口（人）", "residents"), ("流动人口（人）", "floating_population"),
             ("社区工作者（人）", "staff"), ("受理诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"),
             ("城镇新增就业（人）", "people_employed"), ("新增岗位（个）", "jobs_created"),
             ("注册志愿者（人）", "volunteers"), ("志愿服务（人次）", "volunteer_person_times")]
    sh.merge(0, 0, 0, len(items) - 1, "工人村街道2026年2月各社区工作数据")
    r = 2
    for i, (short, code, f) in enumerate(COMMS):
        name = "新禧社区" if short == "新喜" else short + "社区"
        sh.put(r, 0, f"（{cn_ord(i + 1)}）{name}")
        sh.row(r + 1, 0, [h for h, _ in items])
        for c, (_, ind) in enumerate(items):
            val(sh, r + 2, c, code, m, ind)
        r += 4
    sh.put(r, 0, "注：春节（2月17日）期间社区值班值守，2月志愿服务以“送温暖”“清雪除冰”为主。")
    sh.put(r + 1, 0, "工人村街道办事处综合办　2026年3月4日")
    save(B1 + "工人村街道2026年2月各社区工作数据.xls", [sh], "xlwt",
         ["street_cards", "header_repeated_per_community", "community_heading_rows", "homophone_name_slip",
          "year_only_in_title", "footer_date_trap", "xls_xlwt"], (2026, 3, 4, 9, 40))


def heating_season(W):
    """2025—2026年度供暖期 诉求: 受理 and 办结 each over **11月 | 12月 | 1月 | 2月 | 3月 | 合计**, the year only in the
    title's span 「2025—2026年度」 and 「2025年11月1日—2026年3月31日」: 1月–3月 are 2026; 其中：供暖类 (a part) outside."""
    months = ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
    sh = Sheet("供暖期")
    mlab = [f"{int(x[5:])}月" for x in months]
    tree = [("序号", "no"), ("社区", "name"),
            ("受理诉求（件）", [(l, ("petitions_received", x)) for l, x in zip(mlab, months)] + [("合计", "s_rec")]),
            ("其中：供暖类（件）", "x_heat"),
            ("办结诉求（件）", [(l, ("petitions_resolved", x)) for l, x in zip(mlab, months)] + [("合计", "s_res")])]
    sh.merge(0, 0, 0, 14, "工人村街道2025—2026年度供暖期民生诉求受理办结情况统计")
    sh.merge(1, 0, 1, 14, "供暖期：2025年11月1日—2026年3月31日　　　统计截止：2026年3月31日")
    leaves = header(sh, 2, 0, tree, 2)
    r0 = 4
    for i, (short, code, f) in enumerate(COMMS):
        r = r0 + i
        for c, leaf in leaves:
            if leaf == "no":
                sh.put(r, c, i + 1)
            elif leaf == "name":
                sh.put(r, c, short + "社区")
            elif leaf in ("s_rec", "s_res"):
                sh.put(r, c, Formula(f"SUM({ref(r, c - 5)}:{ref(r, c - 1)})", sum(written(sh, r, k) for k in range(c - 5, c))))
            elif leaf == "x_heat":
                sh.put(r, c, int(W.span(code, months, "petitions_received") * 0.41))
            else:
                val(sh, r, c, code, leaf[1], leaf[0])
    r = r0 + len(COMMS)
    sh.put(r, 1, "全街道")
    for c, leaf in leaves:
        if leaf not in ("no", "name"):
            tot = sum(sh.cells[(q, c)][0].cached if isinstance(sh.cells[(q, c)][0], Formula) else sh.cells[(q, c)][0]
                      for q in range(r0, r))
            sh.put(r, c, Formula(f"SUM({ref(r0, c)}:{ref(r - 1, c)})", tot))
    sh.put(r + 1, 0, "说明：3月31日24时停暖；供暖类诉求主要为室温不达标、暖气不热、跑冒滴漏，均已转供热企业处理。")
    sh.put(r + 2, 0, f"北片{len(AREA['北片'])}个社区、南片{len(AREA['南片'])}个社区；报送日期：2026年4月3日")
    save(B1 + "工人村街道2025-2026年度供暖期民生诉求统计.xlsx", [sh], "xlsxwriter",
         ["street_rows", "months_under_group", "months_cross_year_span_title", "span_total_column", "part_column_outside",
          "formula_cached", "footer_date_trap", "xlsx_xlsxwriter"], (2026, 4, 3, 10, 10))


def build(W):
    volunteers_q4(W)
    elderly_template(W)
    safety(W)
    cards(W)
    heating_season(W)
