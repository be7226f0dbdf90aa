"""The street office's files (communities as rows unless noted)."""
from zz_grid import Sheet, header, miss, pair, qval, val, Formula, ref
from zz_world import COMMS, NAME, REG
from zz_writers import save

ST = "南阳新村街道"


def base_info(W):
    """10月 基础信息: headers with line breaks inside the cells (Alt+Enter), registry names, 千分位 number format."""
    m = "2025-10"
    sh = Sheet("基础信息")
    sh.merge(0, 0, 0, 9, "南阳新村街道社区基础信息统计表")
    sh.merge(1, 0, 1, 9, "统计时间：2025年10月　　　　　　　　　　　　　　填报单位：南阳新村街道社区治理办（盖章）")
    sh.row(2, 0, ["序号", "社区名称", "常住\n户数\n（户）", "常住\n人口\n（人）", "其中：\n户籍人口\n（人）", "流动\n人口\n（人）",
                  "社区\n工作者\n（人）", "专职\n网格员\n（人）", "楼院长\n（人）", "网格\n数（个）"])
    for i, (short, code, f) in enumerate(COMMS):
        r = 3 + i
        sh.row(r, 0, [i + 1, REG[code]])
        val(sh, r, 2, code, m, "households", fmt="#,##0")
        val(sh, r, 3, code, m, "residents", fmt="#,##0")
        sh.put(r, 4, int(W.v[(code, m, "residents")] * 0.71), "#,##0")
        val(sh, r, 5, code, m, "floating_population", fmt="#,##0")
        val(sh, r, 6, code, m, "staff")
        sh.row(r, 7, [int(4 + f * 3), int(20 + f * 11), int(4 + f * 3)])
    sh.put(16, 0, "注：常住人口以“一网统管”人口模块10月31日数据为准；报送日期：2025年11月4日")
    save("batch1/南阳新村街道社区基础信息统计表（2025年10月）.xlsx", [sh], "openpyxl",
         ["street_rows", "header_linebreaks", "registry_names", "outside_columns", "footer_date_trap"], (2025, 11, 4, 10, 20))


def three_level(W):
    """11月 民生三级表: communities down; domain → indicator → 本月 / 累计 across three header rows."""
    m = "2025-11"
    sh = Sheet("民生工作")
    sh.merge(0, 0, 0, 16, "南阳新村街道2025年11月民生工作情况统计表")
    tree = [("序号", "no"), ("社区", "name"),
            ("民情诉求", [("诉求受理（件）", [("本月", ("petitions_received", 0)), ("累计", ("petitions_received", 1))]),
                      ("诉求办结（件）", [("本月", ("petitions_resolved", 0)), ("累计", ("petitions_resolved", 1))]),
                      ("办结率", "rate")]),
            ("就业创业", [("城镇新增就业（人）", [("本月", ("people_employed", 0)), ("累计", ("people_employed", 1))]),
                      ("新开发就业岗位（个）", [("本月", ("jobs_created", 0)), ("累计", ("jobs_created", 1))]),
                      ("失业人员再就业（人）", [("本月", "x"), ("累计", "x")])]),
            ("社会救助", [("低保户数（户）", ("dibao_households", 0)), ("低保人数（人）", ("dibao_persons", 0)),
                      ("特困供养（人）", "x")])]
    leaves = header(sh, 1, 0, tree, 3)
    for i, (short, code, f) in enumerate(COMMS):
        r = 4 + i
        for c, leaf in leaves:
            if leaf == "no":
                sh.put(r, c, i + 1)
            elif leaf == "name":
                sh.put(r, c, short + "社区")
            elif leaf == "rate":
                a, b = W.v[(code, m, "petitions_resolved")], W.v[(code, m, "petitions_received")]
                sh.put(r, c, f"{100 * a / b:.1f}%")
            elif leaf == "x":
                sh.put(r, c, 3 + (i * 7 + c) % 6)
            elif leaf[1] == 0:
                val(sh, r, c, code, m, leaf[0])
            else:
                sh.put(r, c, W.ytd(code, m, leaf[0]))
    r = 4 + len(COMMS)
    sh.put(r, 1, "合计")
    for c, leaf in leaves:
        if isinstance(leaf, tuple):
            tot = sum((W.v[(cd, m, leaf[0])] if leaf[1] == 0 else W.ytd(cd, m, leaf[0])) for _, cd, _ in COMMS)
            sh.put(r, c, Formula(f"SUM({ref(4, c)}:{ref(r - 1, c)})", tot))
    sh.put(r + 1, 0, "说明：累计为2025年1月至本月累计数；低保数据以民政系统11月30日为准。")
    save("batch1/南阳新村街道2025年11月民生工作情况统计表.xlsx", [sh], "xlsxwriter",
         ["street_rows", "three_level_header", "month_and_ytd", "derived_rate_text", "total_row_formula",
          "outside_columns"], (2025, 12, 3, 16, 5))


def long_merged(W):
    """12月-1月 长表: 月份 merged down over each community's block of indicator rows, 社区 merged too."""
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 5, "南阳新村街道各社区为老服务和文化活动情况（2025年12月—2026年1月）")
    sh.row(1, 0, ["月份", "社区", "指标名称", "计量单位", "完成数", "备注"])
    items = [("老年人免费健康体检", "人", "free_health_checks"), ("走访慰问困难群众", "人", "people_assisted"),
             ("发放慰问物资", "件", "goods_distributed"), ("群众性文体活动", "场", "cultural_activities"),
             ("政策宣讲、法治讲座", "次", "lectures_held"), ("助老餐桌就餐", "人次", None)]
    r = 2
    for m, mt in (("2025-12", "2025年12月"), ("2026-01", "2026年1月")):
        for i, (short, code, f) in enumerate(COMMS):
            n = len(items)
            sh.merge(r, 0, r + n - 1, 0, mt)
            sh.merge(r, 1, r + n - 1, 1, short + "社区")
            for j, (label, unit, ind) in enumerate(items):
                sh.row(r + j, 2, [label, unit])
                if ind:
                    val(sh, r + j, 4, code, m, ind)
                else:
                    sh.put(r + j, 4, int(300 * f) + j * 7 + i)
            if i == 3 and m == "2026-01":
                sh.put(r + 1, 5, "含春节前走访（1月20日—26日）")
            r += n
    sh.put(r, 0, "报送：社会事务办　2026年2月5日")
    save("batch1/南阳新村街道为老服务和文化活动长表（2025年12月-2026年1月）.xlsx", [sh], "openpyxl",
         ["street_long", "month_merged_down", "community_merged_down", "two_months", "outside_rows", "note_date_trap"],
         (2026, 2, 5, 9, 40))


def summary_formulas(W):
    """1月 民政: a 汇总 sheet of formulas into per-community sheets (values cached) — one value, not two."""
    m = "2026-01"
    items = [("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
             ("低保金发放", "元", "dibao_payout_yuan"), ("特困供养人员", "人", None),
             ("残疾人两项补贴", "人", None), ("走访慰问困难群众", "人", "people_assisted"),
             ("发放慰问物资", "件", "goods_distributed")]
    summ = Sheet("汇总")
    summ.merge(0, 0, 0, len(items) + 1, "南阳新村街道2026年1月民政工作汇总表")
    summ.row(1, 0, ["序号", "社区"] + [f"{a}（{u}）" for a, u, _ in items])
    sheets = []
    for i, (short, code, f) in enumerate(COMMS):
        sh = Sheet(short)
        sh.merge(0, 0, 0, 3, f"{short}社区2026年1月民政工作统计")
        sh.row(1, 0, ["项目", "单位", "数量", "备注"])
        summ.row(2 + i, 0, [i + 1, short])
        for j, (label, unit, ind) in enumerate(items):
            sh.row(2 + j, 0, [label, unit])
            if ind:
                val(sh, 2 + j, 2, code, m, ind, fmt="#,##0.00" if unit == "元" else None)
                v = W.v[(code, m, ind)]
                summ.put(2 + i, 2 + j, Formula(f"'{short}'!C{3 + j}", v), "#,##0.00" if unit == "元" else None)
                summ.rec(2 + i, 2 + j, ("truth", (code, m, ind), v, "duplicate"))
            else:
                x = 2 + (i * 3 + j) % 7
                sh.put(2 + j, 2, x)
                summ.put(2 + i, 2 + j, Formula(f"'{short}'!C{3 + j}", x))
        sh.put(10, 0, "填报人：" + ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"][i] + "**")
        sheets.append(sh)
    r = 2 + len(COMMS)
    summ.put(r, 1, "合计")
    for j, (_, _, ind) in enumerate(items):
        tot = sum(summ.cells[(2 + i, 2 + j)][0].cached for i in range(len(COMMS)))
        summ.put(r, 2 + j, Formula(f"SUM({ref(2, 2 + j)}:{ref(r - 1, 2 + j)})", tot))
    save("batch1/南阳新村街道2026年1月民政工作汇总表.xlsx", [summ] + sheets, "xlsxwriter",
         ["street_rows", "summary_formulas_to_sheets", "sheet_per_community", "cached_values", "total_row_formula",
          "outside_rows"], (2026, 2, 4, 11, 0))


def build(W):
    base_info(W)
    three_level(W)
    long_merged(W)
    summary_formulas(W)
