"""More street-office returns: a workbook opening on 填报说明 (with example numbers), a platform export (HTML .xls)
with a 指标编码 row, the 社会救助 system's monthly export and a monthly form whose latest month sits beside 1-本月累计."""
from nj_grid import Sheet, header, prior
from nj_street import CODES, colno_row, rows_down
from nj_table import V
from nj_writers import save


def instructions(lines, example_head, example_rows):
    sh = Sheet("填报说明")
    sh.merge(0, 0, 0, 5, "填报说明")
    r = 1
    for t in lines:
        sh.merge(r, 0, r, 5, t)
        r += 1
    r += 1
    sh.put(r, 0, "填报示例：")
    sh.row(r + 1, 0, example_head)
    for i, row in enumerate(example_rows):
        sh.row(r + 2 + i, 0, row)
    return sh


def safety(W):
    """2026年1月 平安建设: sheet 1 is 填报说明 with an example table (XX社区 | 45 | 12 | 0 | 2); sheet 2 the return,
    the 街道合计 row first, 治安案件 本月 | 1-1月累计 (January: the same figure twice)."""
    m = "2026-01"
    ins = instructions(
        ["一、本表由各社区于每月5日前报街道平安办，数据口径截至上月末。",
         "二、“群防群治巡逻队员”“平安信息员”填月末在册人数，“治安案件”填经派出所立案的起数，没有的填0，不要空着。",
         "三、“矛盾纠纷调解成功”只填人民调解委员会调解结案的起数，不含咨询。",
         "四、请勿修改表样、合并或拆分单元格；示例中的数字仅为说明填法，不是任何社区的数据。"],
        ["社区", "巡逻队员（人）", "平安信息员（人）", "治安案件（起）", "矛盾纠纷调解成功（起）"],
        [["XX社区", 45, 12, 0, 2], ["（例）凤凰XX社区", 60, 15, 1, 3]])
    sh = Sheet("2026年1月")
    sh.merge(0, 0, 0, 8, "凤凰街道2026年1月平安建设工作统计表")
    tree = [("序号", ("no",)), ("社区", ("name", "sq")),
            ("群防群治", [("巡逻队员（人）", V("patrol_members")), ("平安信息员（人）", V("informants"))]),
            ("治安案件（起）", [("本月", V("security_cases")), ("1-1月累计", ("ytd", "security_cases"))]),
            ("矛盾纠纷调解成功（起）", [("本月", V("disputes_mediated")), ("1-1月累计", ("ytd", "disputes_mediated"))]),
            ("“雪亮工程”视频点位（个）", ("x", "cam", (20, 80)))]
    leaves = header(sh, 1, 0, tree, 2)
    nxt = rows_down(sh, 3, leaves, m, total="top", total_label="凤凰街道合计")
    sh.put(nxt + 1, 0, "凤凰街道平安办　2026年2月4日")
    save("batch1/凤凰街道2026年1月平安建设工作统计表.xlsx", [ins, sh], "openpyxl",
         ["street_rows", "instructions_sheet_first", "example_numbers", "total_row_top", "month_and_ytd_january",
          "outside_columns"], (2026, 2, 4, 10, 0))


def elderly_export(W):
    """2026年2月 为老服务和文体活动: an export of 鼓楼区“智慧社区”综合服务平台 (HTML table named .xls, GBK): 指标编码 row
    under the names row, 社区 by registry name, a 数据状态 column."""
    m = "2026-02"
    sh = Sheet("导出数据")
    sh.merge(0, 0, 0, 9, "月度指标填报数据导出（填报期：2026年02月　导出时间：2026-03-06 09:12:44）")
    names = ["序号", "所属街道", "社区名称", "65岁以上老年人免费体检（人）", "走访慰问困难群众（人）", "发放慰问品（件）",
             "群众性文体活动（场）", "政策理论宣讲（次）", "助餐服务（人次）", "数据状态"]
    codes = ["", "", "", "WL-03", "WL-05", "WL-06", "WH-01", "WH-04", "WL-11", ""]
    sh.row(1, 0, names)
    sh.row(2, 0, codes)
    leaves = [(0, ("no",)), (2, ("name", "reg")), (3, V("free_health_checks", style="t")),
              (4, V("people_assisted", style="t")), (5, V("goods_distributed", style="t")),
              (6, V("cultural_activities", style="t")), (7, V("lectures_held", style="t")),
              (8, ("x", "meal", (150, 600)))]
    for i, code in enumerate(CODES):
        sh.put(3 + i, 1, "凤凰街道")
        sh.put(3 + i, 9, "已审核" if i % 5 else "待审核")
    rows_down(sh, 3, leaves, m)
    save("batch1/智慧社区平台_月度指标导出_凤凰街道_202602.xls", [sh], "html",
         ["street_rows", "html_as_xls", "indicator_code_row_below_names", "numbers_as_text", "registry_names",
          "street_column", "status_column"], (2026, 3, 6, 9, 15))


def assistance(W):
    """2026年3月 社会救助: 低保 户数 / 人数 with 上月 beside them and the payout in 元 to the fen, 1-3月累计 first
    then 其中：本月 (.xls)."""
    m = "2026-03"
    sh = Sheet("低保")
    sh.merge(0, 0, 0, 10, "城乡低保分社区情况表（2026年3月）")
    sh.put(1, 0, "统计单位：凤凰街道社会事务科　　　　数据来源：江苏省社会救助信息系统")
    tree = [("序号", ("no",)), ("社区", ("name", "jw")),
            ("低保户数（户）", [("上月", ("lm", "dibao_households")), ("本月", V("dibao_households"))]),
            ("低保人数（人）", [("上月", ("lm", "dibao_persons")), ("本月", V("dibao_persons"))]),
            ("低保金（元）", [("1-3月累计", ("ytd", "dibao_payout_yuan", "0.00")),
                          ("其中：本月", V("dibao_payout_yuan", fmt="0.00"))]),
            ("低保边缘户（户）", ("x", "by", (2, 9))), ("零就业家庭（户）", V("zero_employment_households")),
            ("动态管理是否完成", ("ynx", "dt"))]
    leaves = header(sh, 2, 0, tree, 2)
    for i, code in enumerate(CODES):
        for c, leaf in leaves:
            if leaf[0] == "lm":
                prior(sh, 4 + i, c, code, "2026-02", leaf[1])
    leaves = [(c, leaf) for c, leaf in leaves if leaf[0] != "lm"]
    nxt = rows_down(sh, 4, leaves, m, total="bottom", total_label="合计")
    sh.put(nxt, 0, "审核人：周蕾　　制表：许敏　　2026年4月7日")
    save("batch1/凤凰街道2026年3月城乡低保分社区情况表.xls", [sh], "xlwt",
         ["street_rows", "prev_month_beside", "ytd_then_month", "yuan_two_decimals_format", "yes_no_column",
          "outside_columns"], (2026, 4, 7, 11, 30))


def culture_colno(W):
    """2025年11月 文化和宣讲: a 栏次 row 甲 乙 丙 1…, a 计量单位 row, and the 合计 row first."""
    m = "2025-11"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 8, "凤凰街道2025年11月新时代文明实践活动统计表")
    sh.row(1, 0, ["序号", "社区", "文体活动", "宣讲活动", "“莫愁讲堂”专场", "志愿服务", "服务老人体检", "走访慰问", "慰问物资"])
    sh.row(2, 0, ["", "", "场", "次", "场", "人次", "人", "人", "件"])
    leaves = [(0, ("no",)), (1, ("name", "short")), (2, V("cultural_activities")), (3, V("lectures_held")),
              (4, ("x", "mc", (0, 2))), (5, V("volunteer_person_times")), (6, V("free_health_checks")),
              (7, V("people_assisted")), (8, V("goods_distributed"))]
    colno_row(sh, 3, leaves)
    nxt = rows_down(sh, 4, leaves, m, total="top", total_label="全街道")
    sh.put(nxt + 1, 0, "凤凰街道综合文化站（新时代文明实践所）　2025年12月3日")
    save("batch1/凤凰街道2025年11月新时代文明实践活动统计表.et", [sh], "xlwt-et",
         ["street_rows", "unit_row", "colno_row", "total_row_top", "short_names", "outside_columns"],
         (2025, 12, 3, 17, 5))


def build(W):
    safety(W)
    elderly_export(W)
    assistance(W)
    culture_colno(W)
